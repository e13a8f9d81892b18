"""Flows API: create, draft with optimistic concurrency, publish immutable versions, list."""

import base64
import json
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tests.factories import Factory, Member, auth_headers

FLOWS = "/api/v1/flows"


def valid_graph(answer_labels: tuple[str, ...] = ("Yes", "No")) -> dict[str, Any]:
    nodes = [
        {
            "id": "ask",
            "kind": "question",
            "title": "Does Outlook start in safe mode?",
            "body": "Run `outlook.exe /safe`.",
            "answers": [{"label": label, "target": f"end-{i}"} for i, label in enumerate(answer_labels)],
        }
    ]
    nodes += [
        {"id": f"end-{i}", "kind": "resolution", "title": f"Resolved ({label})"}
        for i, label in enumerate(answer_labels)
    ]
    return {"start": "ask", "nodes": nodes, "edges": []}


def dead_end_graph() -> dict[str, Any]:
    return {"start": "a", "nodes": [{"id": "a", "kind": "action", "title": "Do something"}], "edges": []}


async def create(client: Any, headers: dict[str, str], **fields: Any) -> dict[str, Any]:
    body = {"kind": "troubleshooting", "title": "Outlook keeps prompting", "graph": valid_graph(), **fields}
    response = await client.post(FLOWS, json=body, headers=headers)
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


@pytest.fixture
async def engineer(factory: Factory) -> Member:
    return await factory.member(role="engineer")


async def test_engineer_creates_a_draft_flow(client, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    flow = await create(client, headers, tags=["Outlook", "m365", "outlook"])
    assert flow["status"] == "draft"
    assert flow["draft_revision"] == 1
    assert flow["latest_version"] == 0
    assert flow["version"] is None
    assert flow["tags"] == ["m365", "outlook"]
    assert flow["owner_id"] == str(engineer.user.id)
    assert flow["graph"]["start"] == "ask"


async def test_without_a_graph_a_flow_starts_with_one_step(client, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    response = await client.post(FLOWS, json={"kind": "procedural", "title": "Onboarding"}, headers=headers)
    assert response.status_code == 201
    assert [n["id"] for n in response.json()["graph"]["nodes"]] == ["start"]


async def test_viewer_cannot_create(client, factory: Factory) -> None:
    viewer = await factory.member(role="viewer")
    response = await client.post(
        FLOWS, json={"kind": "procedural", "title": "X"}, headers=await auth_headers(client, viewer)
    )
    assert response.status_code == 403


@pytest.mark.parametrize(
    "body",
    [
        {"kind": "other", "title": "X"},
        {"kind": "procedural", "title": ""},
        {"kind": "procedural", "title": "x" * 201},
        {"kind": "procedural", "title": "X", "graph": {"start": "a", "nodes": [], "edges": []}},
        {"kind": "procedural", "title": "X", "graph": {"start": "bad id!", "nodes": [], "edges": []}},
        {"kind": "procedural", "title": "X", "unknown": 1},
        {
            "kind": "procedural",
            "title": "X",
            "graph": {
                "start": "n0",
                "nodes": [{"id": f"n{i}", "kind": "action", "title": "t"} for i in range(501)],
                "edges": [],
            },
        },
    ],
)
async def test_bad_flow_input_is_refused_with_a_reason(client, engineer: Member, body: dict[str, Any]) -> None:
    response = await client.post(FLOWS, json=body, headers=await auth_headers(client, engineer))
    assert response.status_code == 422
    assert response.json()["detail"] == "validation_error"


async def test_saving_the_draft_needs_the_current_revision(client, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    flow = await create(client, headers)
    url = f"{FLOWS}/{flow['id']}/draft"

    saved = await client.put(url, json={"revision": 1, "graph": valid_graph(("A", "B", "C"))}, headers=headers)
    assert saved.status_code == 200
    assert saved.json()["draft_revision"] == 2

    stale = await client.put(url, json={"revision": 1, "graph": valid_graph(("Z",))}, headers=headers)
    assert stale.status_code == 409
    assert stale.json()["detail"] == "draft_conflict"
    assert stale.json()["current"]["draft_revision"] == 2
    assert len(stale.json()["current"]["graph"]["nodes"]) == 4


async def test_validate_reports_problems_without_publishing(client, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    flow = await create(client, headers, graph=dead_end_graph())
    report = await client.post(f"{FLOWS}/{flow['id']}/validate", headers=headers)
    assert report.status_code == 200
    assert report.json()["valid"] is False
    assert any(p["code"] == "dead_end" and p["node_id"] == "a" for p in report.json()["errors"])
    assert (await client.get(f"{FLOWS}/{flow['id']}", headers=headers)).json()["latest_version"] == 0


async def test_an_invalid_draft_is_not_published(client, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    flow = await create(client, headers, graph=dead_end_graph())
    response = await client.post(f"{FLOWS}/{flow['id']}/publish", json={}, headers=headers)
    assert response.status_code == 422
    assert response.json()["detail"] == "flow_invalid"
    assert response.json()["validation"]["errors"]


async def test_publishing_freezes_numbered_versions(client, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    flow = await create(client, headers)
    url = f"{FLOWS}/{flow['id']}"

    first = await client.post(f"{url}/publish", json={"change_note": "First cut"}, headers=headers)
    assert first.status_code == 201
    assert first.json()["number"] == 1
    await client.put(f"{url}/draft", json={"revision": 1, "graph": valid_graph(("A", "B", "C"))}, headers=headers)
    second = await client.post(f"{url}/publish", json={"change_note": "Third branch"}, headers=headers)
    assert second.json()["number"] == 2

    versions = (await client.get(f"{url}/versions", headers=headers)).json()
    assert [(v["number"], v["change_note"]) for v in versions] == [(2, "Third branch"), (1, "First cut")]
    v1 = (await client.get(f"{url}?version=1", headers=headers)).json()
    assert v1["version"] == 1
    assert len(v1["graph"]["nodes"]) == 3
    assert (await client.get(url, headers=headers)).json()["status"] == "published"
    missing = await client.get(f"{url}?version=9", headers=headers)
    assert missing.status_code == 404
    assert missing.json()["detail"] == "version_not_found"


async def test_the_database_refuses_to_change_a_published_version(client, engineer: Member, db) -> None:
    headers = await auth_headers(client, engineer)
    flow = await create(client, headers)
    await client.post(f"{FLOWS}/{flow['id']}/publish", json={}, headers=headers)
    with pytest.raises(DBAPIError, match="immutable"):
        async with db.begin_nested():
            await db.execute(
                text("UPDATE flow_versions SET change_note = 'rewritten' WHERE flow_id = :id"), {"id": flow["id"]}
            )


async def _documented(client: Any, method: str, path: str) -> set[str]:
    """The statuses the OpenAPI document lists for an operation."""
    document = (await client.get("/api/openapi.json")).json()
    return set(document["paths"][f"/api/v1{path}"][method]["responses"])


async def test_discarding_the_draft_returns_to_the_latest_version(client, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    flow = await create(client, headers)
    url = f"{FLOWS}/{flow['id']}"
    nothing = await client.delete(f"{url}/draft", headers=headers)
    assert nothing.status_code == 409
    assert nothing.json()["detail"] == "nothing_published"
    assert "409" in await _documented(client, "delete", "/flows/{flow_id}/draft")  # the stateful fuzzer's find

    await client.post(f"{url}/publish", json={}, headers=headers)
    await client.put(f"{url}/draft", json={"revision": 1, "graph": dead_end_graph()}, headers=headers)
    reset = await client.delete(f"{url}/draft", headers=headers)
    assert reset.status_code == 200
    assert reset.json()["graph"]["start"] == "ask"
    assert reset.json()["draft_revision"] == 3


async def test_archive_unarchive_and_no_publishing_while_archived(client, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    flow = await create(client, headers)
    url = f"{FLOWS}/{flow['id']}"
    assert (await client.post(f"{url}/archive", headers=headers)).json()["status"] == "archived"
    refused = await client.post(f"{url}/publish", json={}, headers=headers)
    assert refused.status_code == 409
    assert refused.json()["detail"] == "flow_archived"
    assert "409" in await _documented(client, "post", "/flows/{flow_id}/publish")  # the stateful fuzzer's find
    assert (await client.post(f"{url}/unarchive", headers=headers)).json()["status"] == "draft"


async def test_only_team_admins_delete(client, factory: Factory, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    flow = await create(client, headers)
    url = f"{FLOWS}/{flow['id']}"
    assert (await client.delete(url, headers=headers)).status_code == 403
    admin = await factory.member(engineer.team, "team_admin")
    admin_headers = await auth_headers(client, admin)
    assert (await client.delete(url, headers=admin_headers)).status_code == 204
    assert (await client.get(url, headers=admin_headers)).status_code == 404


async def test_favourites_are_per_user(client, factory: Factory, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    flow = await create(client, headers)
    other = await auth_headers(client, await factory.member(engineer.team, "viewer"))
    assert (await client.put(f"{FLOWS}/{flow['id']}/favourite", headers=headers)).status_code == 204
    mine = (await client.get(f"{FLOWS}?favourite=true", headers=headers)).json()["items"]
    assert [f["id"] for f in mine] == [flow["id"]]
    assert mine[0]["favourite"] is True
    assert (await client.get(f"{FLOWS}?favourite=true", headers=other)).json()["items"] == []
    await client.delete(f"{FLOWS}/{flow['id']}/favourite", headers=headers)
    assert (await client.get(f"{FLOWS}?favourite=true", headers=headers)).json()["items"] == []


async def test_list_filters_sorts_and_pages_with_a_cursor(client, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    for title in ("Delta", "Alpha", "Charlie", "Bravo", "Echo"):
        await create(client, headers, title=title, tags=["vpn"] if title in ("Alpha", "Echo") else [])
    await create(client, headers, title="Onboarding", kind="procedural")

    seen, cursor = [], None
    while True:
        params = {"sort": "title", "limit": 2, "kind": "troubleshooting", **({"cursor": cursor} if cursor else {})}
        page = (await client.get(FLOWS, params=params, headers=headers)).json()
        seen += [f["title"] for f in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]
    tagged = (await client.get(FLOWS, params={"tag": "VPN"}, headers=headers)).json()["items"]
    assert sorted(f["title"] for f in tagged) == ["Alpha", "Echo"]
    bad = await client.get(FLOWS, params={"cursor": "not-a-cursor"}, headers=headers)
    assert bad.status_code == 400
    assert bad.json()["detail"] == "invalid_cursor"


async def test_diff_names_added_removed_and_changed_nodes(client, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    flow = await create(client, headers)
    url = f"{FLOWS}/{flow['id']}"
    await client.post(f"{url}/publish", json={}, headers=headers)
    changed = valid_graph(("Yes", "Maybe"))
    changed["nodes"][0]["title"] = "Does Outlook open in safe mode?"
    await client.put(f"{url}/draft", json={"revision": 1, "graph": changed}, headers=headers)
    await client.post(f"{url}/publish", json={}, headers=headers)

    diff = (await client.get(f"{url}/diff", params={"from": 1, "to": 2}, headers=headers)).json()
    assert diff["added"] == []
    assert diff["removed"] == []
    assert {c["id"]: c["fields"] for c in diff["changed"]} == {"ask": ["answers", "title"], "end-1": ["title"]}
    assert diff["start_changed"] is False

    await client.put(
        f"{url}/draft", json={"revision": 2, "graph": valid_graph(("Yes", "No", "Other"))}, headers=headers
    )
    to_draft = (await client.get(f"{url}/diff", params={"from": 2}, headers=headers)).json()
    assert to_draft["target"] is None
    assert to_draft["added"] == ["end-2"]
    missing = await client.get(f"{url}/diff", params={"from": 7}, headers=headers)
    assert missing.status_code == 404


async def test_duplicate_copies_the_draft_into_a_new_flow_of_mine(client, factory: Factory, engineer: Member) -> None:
    owner_headers = await auth_headers(client, engineer)
    flow = await create(client, owner_headers, tags=["outlook"])
    await client.post(f"{FLOWS}/{flow['id']}/publish", json={}, headers=owner_headers)
    colleague = await factory.member(engineer.team, "engineer")
    copy = await client.post(f"{FLOWS}/{flow['id']}/duplicate", headers=await auth_headers(client, colleague))
    assert copy.status_code == 201
    assert copy.json()["title"] == "Copy of Outlook keeps prompting"
    assert copy.json()["owner_id"] == str(colleague.user.id)
    assert copy.json()["status"] == "draft"
    assert copy.json()["latest_version"] == 0
    assert copy.json()["graph"] == flow["graph"]
    assert copy.json()["tags"] == ["outlook"]


FLOW_ENDPOINTS = [
    ("GET", "", None),
    ("PATCH", "", {"title": "Taken over"}),
    ("PUT", "/draft", {"revision": 1, "graph": valid_graph()}),
    ("DELETE", "/draft", None),
    ("POST", "/validate", None),
    ("POST", "/publish", {}),
    ("GET", "/versions", None),
    ("GET", "/diff?from=1", None),
    ("POST", "/duplicate", None),
    ("POST", "/archive", None),
    ("POST", "/unarchive", None),
    ("DELETE", "", None),
    ("PUT", "/favourite", None),
    ("DELETE", "/favourite", None),
]


@pytest.mark.parametrize(("method", "suffix", "body"), FLOW_ENDPOINTS)
async def test_another_teams_flow_is_not_found(client, factory: Factory, method: str, suffix: str, body: Any) -> None:
    owner = await factory.member(role="team_admin")
    flow = await create(client, await auth_headers(client, owner))
    stranger = await factory.member(role="team_admin")
    response = await client.request(
        method, f"{FLOWS}/{flow['id']}{suffix}", json=body, headers=await auth_headers(client, stranger)
    )
    assert response.status_code == 404
    assert response.json()["detail"] == "flow_not_found"
    listing = (await client.get(FLOWS, headers=await auth_headers(client, stranger))).json()["items"]
    assert listing == []
    unchanged = (await client.get(f"{FLOWS}/{flow['id']}", headers=await auth_headers(client, owner))).json()
    assert unchanged["title"] == flow["title"]
    assert unchanged["draft_revision"] == 1


VIEWER_DENIED = [
    ("PATCH", "", {"title": "Mine now"}),
    ("PUT", "/draft", {"revision": 1, "graph": valid_graph()}),
    ("DELETE", "/draft", None),
    ("POST", "/publish", {}),
    ("POST", "/archive", None),
    ("POST", "/unarchive", None),
    ("POST", "/duplicate", None),
    ("DELETE", "", None),
]


@pytest.mark.parametrize(("method", "suffix", "body"), VIEWER_DENIED)
async def test_viewers_change_nothing(client, factory: Factory, method: str, suffix: str, body: Any) -> None:
    engineer = await factory.member(role="engineer")
    flow = await create(client, await auth_headers(client, engineer))
    viewer = await factory.member(engineer.team, "viewer")
    headers = await auth_headers(client, viewer)
    response = await client.request(method, f"{FLOWS}/{flow['id']}{suffix}", json=body, headers=headers)
    assert response.status_code == 403
    assert response.json()["detail"] == "insufficient_role"
    after = (await client.get(f"{FLOWS}/{flow['id']}", headers=headers)).json()
    assert (after["title"], after["draft_revision"], after["status"]) == (flow["title"], 1, "draft")


async def test_a_cursor_only_works_for_the_sort_it_came_from(client, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    for title in ("One", "Two", "Three"):
        await create(client, headers, title=title)
    page = (await client.get(FLOWS, params={"sort": "title", "limit": 1}, headers=headers)).json()
    foreign = await client.get(FLOWS, params={"sort": "updated", "cursor": page["next_cursor"]}, headers=headers)
    assert foreign.status_code == 400
    assert foreign.json()["detail"] == "invalid_cursor"

    naive = base64.urlsafe_b64encode(
        json.dumps(["updated", "2026-01-01T00:00:00", str(page["items"][0]["id"])]).encode()
    )
    response = await client.get(FLOWS, params={"sort": "updated", "cursor": naive.decode()}, headers=headers)
    assert response.status_code == 400
    assert response.json()["detail"] == "invalid_cursor"
