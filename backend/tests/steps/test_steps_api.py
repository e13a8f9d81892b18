"""Step library API: CRUD, ratings with average and count, sorting and paging, roles, team isolation."""

import base64
import json
import uuid
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from app.core.clock import travel
from app.steps.models import StepRating
from tests.factories import Factory, Member, auth_headers
from tests.flows.test_flows_api import create as create_flow

STEPS = "/api/v1/steps"

RESTART_SPOOLER = {
    "title": "Restart the Print Spooler",
    "body": "Stops the spooler, clears the queue and starts it again.",
    "commands": [{"label": "Restart", "shell": "powershell", "text": "Restart-Service -Name Spooler -Force"}],
    "tags": ["Printing", "spooler", "printing"],
}


async def create_step(client: Any, headers: dict[str, str], **fields: Any) -> dict[str, Any]:
    response = await client.post(STEPS, json={**RESTART_SPOOLER, **fields}, headers=headers)
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


async def rate(client: Any, headers: dict[str, str], step_id: str, rating: int, review: str = "") -> Any:
    response = await client.put(f"{STEPS}/{step_id}/rating", json={"rating": rating, "review": review}, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.fixture
async def engineer(factory: Factory) -> Member:
    return await factory.member(role="engineer")


async def test_engineer_creates_reads_and_edits_a_step(client, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    step = await create_step(client, headers)
    assert step["tags"] == ["printing", "spooler"]
    assert step["kind_hint"] == "action"
    assert step["author_id"] == str(engineer.user.id)
    assert step["commands"] == RESTART_SPOOLER["commands"]
    assert (step["use_count"], step["rating_count"], step["average_rating"], step["my_rating"]) == (0, 0, None, None)

    read = await client.get(f"{STEPS}/{step['id']}", headers=headers)
    assert read.status_code == 200
    assert read.json() == step

    with travel(timedelta(minutes=5)):
        edited = await client.patch(
            f"{STEPS}/{step['id']}",
            json={"title": "Restart the spooler service", "tags": ["Print"], "kind_hint": "question", "commands": []},
            headers=headers,
        )
    assert edited.status_code == 200
    body = edited.json()
    assert (body["title"], body["tags"], body["kind_hint"], body["commands"]) == (
        "Restart the spooler service",
        ["print"],
        "question",
        [],
    )
    assert body["body"] == RESTART_SPOOLER["body"]
    assert body["updated_at"] > step["updated_at"]
    assert body["created_at"] == step["created_at"]


async def test_a_step_field_cannot_be_set_to_null(client, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    step = await create_step(client, headers)
    response = await client.patch(f"{STEPS}/{step['id']}", json={"title": None}, headers=headers)
    assert response.status_code == 422
    assert response.json()["detail"] == "validation_error"
    assert (await client.get(f"{STEPS}/{step['id']}", headers=headers)).json()["title"] == RESTART_SPOOLER["title"]


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"title": ""}, id="empty-title"),
        pytest.param({"title": "   "}, id="blank-title"),
        pytest.param({"title": "x" * 201}, id="long-title"),
        pytest.param({"title": None}, id="null-title"),
        pytest.param({"body": "x" * (64 * 1024 + 1)}, id="body-over-64k"),
        pytest.param({"commands": [{"shell": "powershell", "text": ""}]}, id="empty-command"),
        pytest.param({"commands": [{"shell": "fish", "text": "ls"}]}, id="unknown-shell"),
        pytest.param({"commands": [{"text": "ls", "sudo": True}]}, id="unknown-command-field"),
        pytest.param({"commands": [{"text": "ls"}] * 21}, id="too-many-commands"),
        pytest.param({"tags": [f"t{i}" for i in range(31)]}, id="too-many-tags"),
        pytest.param({"tags": ["x" * 51]}, id="long-tag"),
        pytest.param({"tags": [""]}, id="empty-tag"),
        pytest.param({"kind_hint": "resolution"}, id="terminal-kind"),
        pytest.param({"use_count": 99}, id="counter-is-not-input"),
    ],
)
async def test_bad_step_input_is_refused(client, engineer: Member, change: dict[str, Any]) -> None:
    response = await client.post(
        STEPS, json={**RESTART_SPOOLER, **change}, headers=await auth_headers(client, engineer)
    )
    assert response.status_code == 422
    assert response.json()["detail"] == "validation_error"


async def test_bad_step_edits_are_refused(client, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    step = await create_step(client, headers)
    for change in ({"title": ""}, {"kind_hint": "escalation"}, {"rating_count": 3}, {"tags": ["x" * 51]}):
        response = await client.patch(f"{STEPS}/{step['id']}", json=change, headers=headers)
        assert response.status_code == 422, change
        assert response.json()["detail"] == "validation_error"
    missing = await client.get(f"{STEPS}/not-a-uuid", headers=headers)
    assert missing.status_code == 422


async def test_only_team_admins_delete_and_ratings_go_with_the_step(
    client, factory: Factory, engineer: Member, db
) -> None:
    headers = await auth_headers(client, engineer)
    step = await create_step(client, headers)
    await rate(client, headers, step["id"], 4)
    url = f"{STEPS}/{step['id']}"

    refused = await client.delete(url, headers=headers)
    assert refused.status_code == 403
    assert refused.json()["detail"] == "insufficient_role"
    admin = await auth_headers(client, await factory.member(engineer.team, "team_admin"))
    assert (await client.delete(url, headers=admin)).status_code == 204
    gone = await client.get(url, headers=admin)
    assert gone.status_code == 404
    assert gone.json()["detail"] == "step_not_found"
    assert (await db.execute(select(func.count()).select_from(StepRating))).scalar_one() == 0


# --- ratings -------------------------------------------------------------------------------


async def test_one_rating_per_user_editable_with_average_and_count(client, factory: Factory, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    step = await create_step(client, headers)
    url = f"{STEPS}/{step['id']}"

    mine = await rate(client, headers, step["id"], 4, "  Fixes most stuck queues.  ")
    assert (mine["user_id"], mine["user_name"], mine["rating"], mine["review"]) == (
        str(engineer.user.id),
        engineer.user.full_name,
        4,
        "Fixes most stuck queues.",
    )
    edited = await rate(client, headers, step["id"], 2, "Drops everyone's jobs.")
    assert edited["created_at"] == mine["created_at"]
    assert edited["updated_at"] >= mine["updated_at"]
    after_edit = (await client.get(url, headers=headers)).json()
    assert (after_edit["rating_count"], after_edit["average_rating"], after_edit["my_rating"]) == (1, 2.0, 2)

    colleague = await auth_headers(client, await factory.member(engineer.team, "team_admin"))
    await rate(client, colleague, step["id"], 5)
    both = (await client.get(url, headers=colleague)).json()
    assert (both["rating_count"], both["average_rating"], both["my_rating"]) == (2, 3.5, 5)
    assert (await client.get(url, headers=headers)).json()["my_rating"] == 2

    ratings = (await client.get(f"{url}/ratings", headers=headers)).json()
    assert [(r["rating"], r["review"]) for r in ratings] == [(5, ""), (2, "Drops everyone's jobs.")]

    assert (await client.delete(f"{url}/rating", headers=headers)).status_code == 204
    assert (await client.delete(f"{url}/rating", headers=headers)).status_code == 204  # nothing left: still fine
    after_delete = (await client.get(url, headers=headers)).json()
    assert (after_delete["rating_count"], after_delete["average_rating"], after_delete["my_rating"]) == (1, 5.0, None)
    assert [r["rating"] for r in (await client.get(f"{url}/ratings", headers=headers)).json()] == [5]


async def test_average_is_rounded_to_two_decimals(client, factory: Factory, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    step = await create_step(client, headers)
    for rating in (5, 4, 4):
        member = await factory.member(engineer.team, "engineer")
        await rate(client, await auth_headers(client, member), step["id"], rating)
    assert (await client.get(f"{STEPS}/{step['id']}", headers=headers)).json()["average_rating"] == 4.33


@pytest.mark.parametrize(
    "body",
    [
        pytest.param({"rating": 0}, id="zero"),
        pytest.param({"rating": 6}, id="six"),
        pytest.param({"rating": -1}, id="negative"),
        pytest.param({"rating": 4.5}, id="fraction"),
        pytest.param({"rating": "five"}, id="word"),
        pytest.param({"review": "Great"}, id="missing-rating"),
        pytest.param({"rating": 4, "review": "x" * 4001}, id="long-review"),
        pytest.param({"rating": 4, "stars": 4}, id="unknown-field"),
    ],
)
async def test_bad_ratings_are_refused(client, engineer: Member, body: dict[str, Any]) -> None:
    headers = await auth_headers(client, engineer)
    step = await create_step(client, headers)
    response = await client.put(f"{STEPS}/{step['id']}/rating", json=body, headers=headers)
    assert response.status_code == 422
    assert response.json()["detail"] == "validation_error"
    assert (await client.get(f"{STEPS}/{step['id']}", headers=headers)).json()["rating_count"] == 0


async def test_the_database_refuses_an_out_of_range_rating(client, engineer: Member, db) -> None:
    headers = await auth_headers(client, engineer)
    step = await create_step(client, headers)
    await rate(client, headers, step["id"], 3)
    with pytest.raises(DBAPIError, match="rating_range"):
        async with db.begin_nested():
            await db.execute(text("UPDATE step_ratings SET rating = 6 WHERE step_id = :id"), {"id": step["id"]})
    with pytest.raises(DBAPIError, match="rating_totals_consistent"):
        async with db.begin_nested():
            await db.execute(text("UPDATE steps SET rating_sum = 9 WHERE id = :id"), {"id": step["id"]})


# --- listing -------------------------------------------------------------------------------


async def _titles(client: Any, headers: dict[str, str], **params: Any) -> list[str]:
    response = await client.get(STEPS, params=params, headers=headers)
    assert response.status_code == 200, response.text
    return [item["title"] for item in response.json()["items"]]


async def test_sort_by_rating_use_and_newest(client, factory: Factory, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    other = await auth_headers(client, await factory.member(engineer.team, "engineer"))
    steps = {}
    for minutes, title in enumerate(("Alpha", "Bravo", "Charlie", "Delta", "Echo")):
        with travel(timedelta(minutes=minutes)):
            steps[title] = await create_step(client, headers, title=title)
    await rate(client, headers, steps["Alpha"]["id"], 5)  # 5.0 from one rating
    await rate(client, headers, steps["Bravo"]["id"], 5)  # 5.0 from two: ahead of Alpha
    await rate(client, other, steps["Bravo"]["id"], 5)
    await rate(client, headers, steps["Charlie"]["id"], 3)
    await rate(client, headers, steps["Delta"]["id"], 4)
    await rate(client, other, steps["Delta"]["id"], 3)  # 3.5
    flow = await create_flow(client, headers)
    revision = flow["draft_revision"]
    for title in ("Charlie", "Charlie", "Echo"):
        inserted = await client.post(
            f"{STEPS}/{steps[title]['id']}/insert", json={"flow_id": flow["id"], "revision": revision}, headers=headers
        )
        assert inserted.status_code == 200, inserted.text
        revision = inserted.json()["draft_revision"]

    assert await _titles(client, headers, sort="rating") == ["Bravo", "Alpha", "Delta", "Charlie", "Echo"]
    assert await _titles(client, headers) == ["Bravo", "Alpha", "Delta", "Charlie", "Echo"]  # the default
    assert (await _titles(client, headers, sort="use"))[:2] == ["Charlie", "Echo"]
    assert await _titles(client, headers, sort="newest") == ["Echo", "Delta", "Charlie", "Bravo", "Alpha"]

    page = (await client.get(STEPS, params={"sort": "rating"}, headers=other)).json()["items"]
    assert [(i["title"], i["average_rating"], i["rating_count"], i["my_rating"]) for i in page] == [
        ("Bravo", 5.0, 2, 5),
        ("Alpha", 5.0, 1, None),
        ("Delta", 3.5, 2, 3),
        ("Charlie", 3.0, 1, None),
        ("Echo", None, 0, None),
    ]
    assert {i["title"]: i["use_count"] for i in page} == {"Alpha": 0, "Bravo": 0, "Charlie": 2, "Delta": 0, "Echo": 1}
    assert "body" not in page[0]


@pytest.mark.parametrize("sort", ["rating", "use", "newest"])
async def test_cursor_pages_walk_every_sort_without_gaps(client, factory: Factory, engineer: Member, sort: str) -> None:
    headers = await auth_headers(client, engineer)
    for minutes, (title, rating) in enumerate((("A", 4), ("B", 4), ("C", None), ("D", 2), ("E", 5), ("F", None))):
        with travel(timedelta(minutes=minutes)):
            step = await create_step(client, headers, title=title)
        if rating:
            await rate(client, headers, step["id"], rating)
    expected = await _titles(client, headers, sort=sort, limit=100)

    seen, cursor = [], None
    while True:
        params = {"sort": sort, "limit": 2, **({"cursor": cursor} if cursor else {})}
        page = (await client.get(STEPS, params=params, headers=headers)).json()
        seen += [item["title"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == expected
    assert sorted(seen) == ["A", "B", "C", "D", "E", "F"]


async def test_list_filters_by_tag_kind_title_and_author(client, factory: Factory, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    colleague = await factory.member(engineer.team, "engineer")
    await create_step(client, headers, title="Flush the DNS cache", tags=["dns", "Network"])
    await create_step(client, headers, title="Is it one user or many?", tags=["triage"], kind_hint="question")
    await create_step(client, headers, title="Reset 100% of the stack_trace", tags=["network"])
    await create_step(client, await auth_headers(client, colleague), title="Ping the gateway", tags=["network"])

    assert sorted(await _titles(client, headers, tag="NETWORK")) == [
        "Flush the DNS cache",
        "Ping the gateway",
        "Reset 100% of the stack_trace",
    ]
    assert await _titles(client, headers, kind_hint="question") == ["Is it one user or many?"]
    assert await _titles(client, headers, q="dns") == ["Flush the DNS cache"]
    assert await _titles(client, headers, q="100%") == ["Reset 100% of the stack_trace"]
    assert await _titles(client, headers, q="_") == ["Reset 100% of the stack_trace"]
    assert await _titles(client, headers, q="nothing like this") == []
    assert await _titles(client, headers, author_id=str(colleague.user.id)) == ["Ping the gateway"]


def _cursor(*values: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(list(values)).encode()).decode()


@pytest.mark.parametrize(
    ("params", "status", "code"),
    [
        ({"sort": "title"}, 422, "validation_error"),
        ({"limit": 0}, 422, "validation_error"),
        ({"limit": 101}, 422, "validation_error"),
        ({"kind_hint": "resolution"}, 422, "validation_error"),
        ({"tag": "x" * 51}, 422, "validation_error"),
        ({"q": "x" * 201}, 422, "validation_error"),
        ({"cursor": "not-a-cursor"}, 400, "invalid_cursor"),
        ({"cursor": _cursor("rating", "no")}, 400, "invalid_cursor"),
        ({"cursor": _cursor("rating", True, 1, str(uuid.uuid4()))}, 400, "invalid_cursor"),
        ({"cursor": _cursor("rating", 4.5, 1, "not-a-uuid")}, 400, "invalid_cursor"),
        ({"cursor": _cursor("use", 3, str(uuid.uuid4()))}, 400, "invalid_cursor"),  # another sort's cursor
        ({"sort": "newest", "cursor": _cursor("newest", "yesterday", str(uuid.uuid4()))}, 400, "invalid_cursor"),
        ({"cursor": _cursor()}, 400, "invalid_cursor"),
        ({"cursor": _cursor("rating", 4.5, 10**30, str(uuid.uuid4()))}, 400, "invalid_cursor"),
        ({"cursor": _cursor("rating", 4.5, 1, 12345)}, 400, "invalid_cursor"),
        ({"sort": "use", "cursor": _cursor("use", -1, str(uuid.uuid4()))}, 400, "invalid_cursor"),
        (
            {"sort": "newest", "cursor": _cursor("newest", "2026-01-01T00:00:00", str(uuid.uuid4()))},
            400,
            "invalid_cursor",
        ),
        ({"sort": "newest", "cursor": _cursor("newest", 20260101, str(uuid.uuid4()))}, 400, "invalid_cursor"),
        ({"cursor": base64.urlsafe_b64encode(b"\xff\xfe").decode()}, 400, "invalid_cursor"),
    ],
)
async def test_bad_list_parameters_are_refused(
    client, engineer: Member, params: dict[str, Any], status: int, code: str
) -> None:
    response = await client.get(STEPS, params=params, headers=await auth_headers(client, engineer))
    assert response.status_code == status
    assert response.json()["detail"] == code


async def test_a_cursor_of_another_sort_is_refused(client, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    for title in ("A", "B"):
        await create_step(client, headers, title=title)
    cursor = (await client.get(STEPS, params={"sort": "use", "limit": 1}, headers=headers)).json()["next_cursor"]
    assert cursor
    response = await client.get(STEPS, params={"sort": "newest", "cursor": cursor}, headers=headers)
    assert response.status_code == 400
    assert response.json()["detail"] == "invalid_cursor"


# --- roles and teams -----------------------------------------------------------------------


VIEWER_DENIED: list[tuple[str, str, Any]] = [
    ("POST", "", RESTART_SPOOLER),
    ("PATCH", "/{step}", {"title": "Mine now"}),
    ("DELETE", "/{step}", None),
    ("PUT", "/{step}/rating", {"rating": 1}),
    ("DELETE", "/{step}/rating", None),
    ("POST", "/{step}/insert", {"flow_id": "{flow}", "revision": 1}),
]


@pytest.mark.parametrize(("method", "path", "body"), VIEWER_DENIED)
async def test_viewers_read_but_change_nothing(client, factory: Factory, method: str, path: str, body: Any) -> None:
    engineer = await factory.member(role="engineer")
    owner = await auth_headers(client, engineer)
    step = await create_step(client, owner)
    await rate(client, owner, step["id"], 4)
    flow = await create_flow(client, owner)
    viewer = await auth_headers(client, await factory.member(engineer.team, "viewer"))
    if body and body.get("flow_id"):
        body = {**body, "flow_id": flow["id"]}

    response = await client.request(method, STEPS + path.format(step=step["id"]), json=body, headers=viewer)
    assert response.status_code == 403
    assert response.json()["detail"] == "insufficient_role"

    listing = (await client.get(STEPS, headers=viewer)).json()["items"]
    assert [item["title"] for item in listing] == [RESTART_SPOOLER["title"]]
    after = (await client.get(f"{STEPS}/{step['id']}", headers=viewer)).json()
    assert (after["title"], after["rating_count"], after["use_count"]) == (step["title"], 1, 0)
    assert len((await client.get(f"{STEPS}/{step['id']}/ratings", headers=viewer)).json()) == 1
    assert (await client.get(f"/api/v1/flows/{flow['id']}", headers=owner)).json()["draft_revision"] == 1


STEP_ENDPOINTS: list[tuple[str, str, Any]] = [
    ("GET", "", None),
    ("PATCH", "", {"title": "Taken over"}),
    ("DELETE", "", None),
    ("PUT", "/rating", {"rating": 1, "review": "Not mine"}),
    ("DELETE", "/rating", None),
    ("GET", "/ratings", None),
    ("POST", "/insert", {"flow_id": "{own_flow}", "revision": 1}),
]


@pytest.mark.parametrize(("method", "suffix", "body"), STEP_ENDPOINTS)
async def test_another_teams_step_is_not_found(client, factory: Factory, method: str, suffix: str, body: Any) -> None:
    owner = await auth_headers(client, await factory.member(role="team_admin"))
    step = await create_step(client, owner)
    await rate(client, owner, step["id"], 5, "Mine")
    stranger = await auth_headers(client, await factory.member(role="team_admin"))
    stranger_flow = await create_flow(client, stranger)
    if body and "flow_id" in body:
        body = {**body, "flow_id": stranger_flow["id"]}

    response = await client.request(method, f"{STEPS}/{step['id']}{suffix}", json=body, headers=stranger)
    assert response.status_code == 404
    assert response.json()["detail"] == "step_not_found"

    assert (await client.get(STEPS, headers=stranger)).json()["items"] == []
    unchanged = (await client.get(f"{STEPS}/{step['id']}", headers=owner)).json()
    assert (unchanged["title"], unchanged["rating_count"], unchanged["average_rating"], unchanged["use_count"]) == (
        step["title"],
        1,
        5.0,
        0,
    )
    assert [r["review"] for r in (await client.get(f"{STEPS}/{step['id']}/ratings", headers=owner)).json()] == ["Mine"]
    stranger_draft = (await client.get(f"/api/v1/flows/{stranger_flow['id']}", headers=stranger)).json()
    assert stranger_draft["draft_revision"] == 1
