"""Search: full-text (weighted, type-ahead prefixes) and typo-tolerant titles over flows and steps."""

from typing import Any

import pytest
from sqlalchemy import select

from app.core.config import Settings
from app.search.models import SearchDocument
from app.seed import DEMO_PASSWORD, DEMO_USERS, seed_demo
from app.teams.models import Team
from app.teams.service import DEMO_TEAM_SLUG
from app.users.models import User
from tests.factories import Factory, Member, auth_headers
from tests.flows.test_flows_api import create

SEARCH = "/api/v1/search"
FLOWS = "/api/v1/flows"
STEPS = "/api/v1/steps"


def graph(body: str = "", title: str = "Check the thing") -> dict[str, Any]:
    return {
        "start": "a",
        "nodes": [
            {
                "id": "a",
                "kind": "question",
                "title": title,
                "body": body,
                "commands": [{"label": "Flush resolver", "shell": "cmd", "text": "ipconfig /flushdns"}],
                "answers": [{"label": "Fixed it", "target": "b"}],
            },
            {"id": "b", "kind": "resolution", "title": "Done"},
        ],
        "edges": [],
    }


async def search(client: Any, headers: dict[str, str], q: str, **params: Any) -> list[dict[str, Any]]:
    response = await client.get(SEARCH, params={"q": q, **params}, headers=headers)
    assert response.status_code == 200, response.text
    hits: list[dict[str, Any]] = response.json()
    return hits


async def create_flow(client: Any, headers: dict[str, str], **fields: Any) -> dict[str, Any]:
    return await create(client, headers, **{"title": "Untitled", "graph": graph(), **fields})


@pytest.fixture
async def engineer(factory: Factory) -> Member:
    return await factory.member(role="engineer")


@pytest.fixture
async def headers(client: Any, engineer: Member) -> dict[str, str]:
    return await auth_headers(client, engineer)


# --- the demo library ------------------------------------------------------------------------


@pytest.fixture
async def demo_viewer(db: Any, settings: Settings) -> Member:
    await seed_demo(db, settings)
    team = (await db.execute(select(Team).where(Team.slug == DEMO_TEAM_SLUG))).scalar_one()
    email = next(user.email for user in DEMO_USERS if user.role.value == "viewer")
    user = (await db.execute(select(User).where(User.email == email))).scalar_one()
    return Member(user=user, team=team, role="viewer", password=DEMO_PASSWORD)


def titles(hits: list[dict[str, Any]]) -> list[str]:
    return [hit["title"] for hit in hits]


async def test_demo_library_ranking(client, demo_viewer: Member) -> None:
    """A viewer searches; the wording of a ticket finds the right flow first, typos and prefixes too."""
    headers = await auth_headers(client, demo_viewer)

    hits = await search(client, headers, "outlook password prompt")
    assert hits[0]["title"] == "Outlook keeps prompting for a password"
    assert hits[0]["type"] == "flow"
    assert hits[0]["kind"] == "troubleshooting"
    assert hits[0]["version"] == 1
    assert "title" in hits[0]["matched"]
    assert "<mark>" in hits[0]["snippet"]

    typo = await search(client, headers, "outlok")
    assert "Outlook keeps prompting for a password" in titles(typo)
    outlook = next(hit for hit in typo if hit["title"] == "Outlook keeps prompting for a password")
    assert outlook["matched"][:2] == ["fuzzy", "title"]

    vpn = await search(client, headers, "vpn")
    assert "vpn" in vpn[0]["title"].lower()

    spool = await search(client, headers, "spool")
    assert any("printer" in title.lower() for title in titles(spool)[:3]), titles(spool)

    # Type-ahead: a partly typed last word still finds the flow.
    partial = await search(client, headers, "outlook passw")
    assert partial[0]["title"] == "Outlook keeps prompting for a password"


async def test_kind_filter_and_limit(client, demo_viewer: Member) -> None:
    headers = await auth_headers(client, demo_viewer)
    both = await search(client, headers, "dns")
    assert {hit["type"] for hit in both} == {"flow", "step"}
    steps = await search(client, headers, "dns", kind="step")
    assert steps
    assert {hit["type"] for hit in steps} == {"step"}
    assert all(hit["kind"] in {"action", "question", "input"} for hit in steps)
    flows = await search(client, headers, "dns", kind="flow", limit=2)
    assert len(flows) == 2
    assert {hit["type"] for hit in flows} == {"flow"}


# --- isolation and input ---------------------------------------------------------------------


async def test_another_teams_items_never_appear(client, factory: Factory, headers: dict[str, str]) -> None:
    await create_flow(client, headers, title="Zebra printer calibration")
    await client.post(STEPS, json={"title": "Zebra label reset", "body": "Hold feed."}, headers=headers)
    outsider = await factory.member(role="team_admin")
    outsider_headers = await auth_headers(client, outsider)
    assert await search(client, outsider_headers, "zebra") == []
    assert await search(client, outsider_headers, "zebr") == []  # prefix
    assert await search(client, outsider_headers, "zebar") == []  # fuzzy
    assert len(await search(client, headers, "zebra")) == 2


@pytest.mark.parametrize("params", [{"q": ""}, {"q": "x" * 201}, {"q": "   "}, {}, {"q": "a", "kind": "folder"}])
async def test_bad_queries_are_refused(client, headers: dict[str, str], params: dict[str, str]) -> None:
    response = await client.get(SEARCH, params=params, headers=headers)
    assert response.status_code == 422
    assert response.json()["detail"] == "validation_error"


@pytest.mark.parametrize("limit", [0, 51])
async def test_bad_limit_is_refused(client, headers: dict[str, str], limit: int) -> None:
    response = await client.get(SEARCH, params={"q": "a", "limit": limit}, headers=headers)
    assert response.status_code == 422


async def test_search_needs_a_login(client) -> None:
    assert (await client.get(SEARCH, params={"q": "vpn"})).status_code == 401


async def test_queries_with_only_symbols_or_stop_words_find_nothing(client, headers: dict[str, str]) -> None:
    await create_flow(client, headers, title="The printer")
    assert await search(client, headers, "!!! ???") == []
    assert await search(client, headers, '"the" -or &|') == []


async def test_websearch_syntax_excludes_words(client, headers: dict[str, str]) -> None:
    await create_flow(client, headers, title="Printer offline", description="Check the spooler.")
    await create_flow(client, headers, title="Printer jammed", description="Open the tray.")
    assert titles(await search(client, headers, "printer -spooler")) == ["Printer jammed"]


# --- what is indexed, and when -----------------------------------------------------------------


async def test_weights_title_over_tags_over_text(client, headers: dict[str, str]) -> None:
    await create_flow(client, headers, title="In the text", graph=graph(body="The kerberos ticket expired."))
    await create_flow(client, headers, title="Tagged", tags=["kerberos"])
    await create_flow(client, headers, title="Kerberos errors")
    hits = await search(client, headers, "kerberos")
    assert titles(hits) == ["Kerberos errors", "Tagged", "In the text"]
    assert [hit["matched"] for hit in hits] == [["title"], ["tags"], ["text"]]
    assert [hit["score"] for hit in hits] == sorted((hit["score"] for hit in hits), reverse=True)


async def test_node_text_commands_and_answers_are_searchable(client, headers: dict[str, str]) -> None:
    flow = await create_flow(client, headers, title="Name resolution")
    for q in ("flushdns", "resolver", "fixed"):
        assert [hit["id"] for hit in await search(client, headers, q)] == [flow["id"]], q


async def test_the_published_version_is_searched_until_the_next_publish(client, headers: dict[str, str]) -> None:
    flow = await create_flow(client, headers, title="Mailbox full", graph=graph(body="Archive old mail."))
    url = f"{FLOWS}/{flow['id']}"
    assert (await search(client, headers, "archive"))[0]["version"] is None  # draft only: the draft counts
    assert (await client.post(f"{url}/publish", json={}, headers=headers)).status_code == 201

    saved = await client.put(
        f"{url}/draft", json={"revision": 1, "graph": graph(body="Raise the quota instead.")}, headers=headers
    )
    assert saved.status_code == 200
    assert [hit["version"] for hit in await search(client, headers, "archive")] == [1]
    assert await search(client, headers, "quota") == []

    assert (await client.post(f"{url}/publish", json={}, headers=headers)).status_code == 201
    assert await search(client, headers, "archive") == []
    assert [hit["version"] for hit in await search(client, headers, "quota")] == [2]


async def test_flow_changes_are_reflected(
    client, factory: Factory, engineer: Member, headers: dict[str, str], db: Any
) -> None:
    flow = await create_flow(client, headers, title="Scanner offline")
    url = f"{FLOWS}/{flow['id']}"
    draft = {"revision": 1, "graph": graph(body="Reseat the cable.")}
    assert (await client.put(f"{url}/draft", json=draft, headers=headers)).status_code == 200
    assert len(await search(client, headers, "reseat")) == 1  # unpublished: the draft is indexed

    await client.patch(url, json={"title": "Copier offline", "tags": ["ricoh"]}, headers=headers)
    assert await search(client, headers, "scanner") == []
    assert (await search(client, headers, "ricoh"))[0]["matched"] == ["tags"]

    copy = await client.post(f"{url}/duplicate", headers=headers)
    assert copy.status_code == 201
    assert len(await search(client, headers, "copier")) == 2

    await client.post(f"{url}/archive", headers=headers)
    assert [hit["id"] for hit in await search(client, headers, "copier")] == [copy.json()["id"]]
    await client.post(f"{url}/unarchive", headers=headers)
    assert len(await search(client, headers, "copier")) == 2

    admin = await factory.member(engineer.team, role="team_admin")
    assert (await client.delete(url, headers=await auth_headers(client, admin))).status_code == 204
    assert [hit["id"] for hit in await search(client, headers, "copier")] == [copy.json()["id"]]
    rows = (await db.execute(select(SearchDocument.flow_id).where(SearchDocument.team_id == engineer.team.id))).all()
    assert [str(row.flow_id) for row in rows] == [copy.json()["id"]]


async def test_imported_flows_are_indexed(client, headers: dict[str, str]) -> None:
    flow = await create_flow(client, headers, title="Badge reader offline")
    exported = await client.get(f"{FLOWS}/{flow['id']}/export", headers=headers)
    assert exported.status_code == 200
    imported = await client.post(f"{FLOWS}/import", params={"publish": "true"}, json=exported.json(), headers=headers)
    assert imported.status_code == 201, imported.text
    hits = await search(client, headers, "badge reader")
    assert sorted(hit["version"] or 0 for hit in hits) == [0, 1]


async def test_step_changes_are_reflected(client, factory: Factory, engineer: Member, headers: dict[str, str]) -> None:
    created = await client.post(
        STEPS,
        json={
            "title": "Restart the print spooler",
            "body": "Stops and starts the service.",
            "commands": [{"label": "Restart", "shell": "powershell", "text": "Restart-Service Spooler"}],
            "tags": ["printing"],
            "kind_hint": "action",
        },
        headers=headers,
    )
    assert created.status_code == 201
    step_id = created.json()["id"]
    hits = await search(client, headers, "restart-service")
    assert [(hit["type"], hit["id"], hit["kind"]) for hit in hits] == [("step", step_id, "action")]

    await client.patch(
        f"{STEPS}/{step_id}", json={"title": "Bounce the spooler", "kind_hint": "question"}, headers=headers
    )
    assert (await search(client, headers, "bounce"))[0]["kind"] == "question"
    assert "title" not in (await search(client, headers, "restart"))[0]["matched"]
    assert (await search(client, headers, "restart"))[0]["matched"] == ["text"]

    admin = await factory.member(engineer.team, role="team_admin")
    assert (await client.delete(f"{STEPS}/{step_id}", headers=await auth_headers(client, admin))).status_code == 204
    assert await search(client, headers, "spooler") == []


async def test_snippets_escape_user_html(client, headers: dict[str, str]) -> None:
    body = 'Open <b>Outlook</b>, paste <script>alert("x")</script> & check the <mark>cache</mark> of outlook.'
    await create_flow(client, headers, title="Escaping", graph=graph(body=body))
    [hit] = await search(client, headers, "outlook")
    snippet = hit["snippet"]
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in snippet
    assert "&lt;b&gt;<mark>Outlook</mark>&lt;/b&gt;" in snippet
    assert "&amp; check the &lt;mark&gt;cache&lt;/mark&gt;" in snippet
    without_marks = snippet.replace("<mark>", "").replace("</mark>", "")
    assert "<" not in without_marks
    assert ">" not in without_marks
