"""Sessions API: start, read, list, append events (rules, concurrency token, idempotency)."""

import uuid
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from app.core.clock import travel
from app.sessions.models import Session, SessionEvent
from app.sessions.service import event_of, state_of
from app.sessions.state import replay
from tests.factories import Factory, Member, auth_headers
from tests.sessions.helpers import (
    FLOWS,
    SESSIONS,
    Json,
    answer,
    captured,
    done,
    ended,
    events,
    note,
    post_event,
    published_flow,
    send,
    start,
)


@pytest.fixture
async def engineer(factory: Factory) -> Member:
    return await factory.member(role="engineer")


@pytest.fixture
async def headers(client, engineer: Member) -> dict[str, str]:
    return await auth_headers(client, engineer)


@pytest.fixture
async def flow(client, headers: dict[str, str]) -> Json:
    return await published_flow(client, headers)


@pytest.fixture
async def session(client, headers: dict[str, str], flow: Json) -> Json:
    return await start(client, headers, flow["id"], ticket_id="T-1001", client_name="Contoso", target="LAPTOP-042")


async def test_starting_a_session_shows_the_start_node_with_its_answers(
    client, engineer: Member, headers: dict[str, str], flow: Json, session: Json
) -> None:
    assert session["status"] == "active"
    assert session["flow"] == {"id": flow["id"], "version": 1, "title": flow["title"]}
    assert (session["owner_id"], session["owner_name"]) == (str(engineer.user.id), engineer.user.full_name)
    assert (session["ticket_id"], session["client_name"], session["target"]) == ("T-1001", "Contoso", "LAPTOP-042")
    assert session["last_seq"] == 1
    assert session["current"]["id"] == "ask"
    assert session["current"]["body"] == "Run `outlook.exe /safe`."
    assert session["current"]["answers"] == [
        {"index": 0, "label": "Yes", "target": "addins"},
        {"index": 1, "label": "No", "target": "code"},
    ]
    assert [step["node_id"] for step in session["path"]] == ["ask"]
    assert session["variables"] == {}
    assert (await client.get(f"{SESSIONS}/{session['id']}", headers=headers)).json() == session

    [started] = await events(client, headers, session["id"])
    assert started["seq"] == 1
    assert started["author_id"] == str(engineer.user.id)
    assert started["payload"]["flow_id"] == flow["id"]
    assert started["payload"]["node_id"] == "ask"


async def test_a_session_runs_on_the_version_it_started_with(client, headers: dict[str, str], flow: Json) -> None:
    graph = (await client.get(f"{FLOWS}/{flow['id']}", headers=headers)).json()["graph"]
    graph["nodes"][0]["title"] = "Version two asks this"
    saved = await client.put(f"{FLOWS}/{flow['id']}/draft", json={"revision": 1, "graph": graph}, headers=headers)
    assert saved.status_code == 200
    await client.post(f"{FLOWS}/{flow['id']}/publish", json={}, headers=headers)

    latest = await start(client, headers, flow["id"])
    first = await start(client, headers, flow["id"], version=1)
    assert (latest["flow"]["version"], latest["current"]["title"]) == (2, "Version two asks this")
    assert (first["flow"]["version"], first["current"]["title"]) == (1, "Does Outlook start in safe mode?")
    missing = await client.post(SESSIONS, json={"flow_id": flow["id"], "version": 3}, headers=headers)
    assert (missing.status_code, missing.json()["detail"]) == (404, "version_not_found")


async def test_a_version_beyond_a_postgresql_integer_is_a_422_not_a_500(
    client, headers: dict[str, str], flow: Json
) -> None:
    # Found by the stateful fuzzer: only a real flow id reaches the version lookup.
    response = await client.post(SESSIONS, json={"flow_id": flow["id"], "version": 2**63 - 1}, headers=headers)

    assert (response.status_code, response.json()["detail"]) == (422, "validation_error")


async def test_only_published_unarchived_flows_of_the_team_can_be_run(
    client, factory: Factory, headers: dict[str, str], flow: Json
) -> None:
    from tests.flows.test_flows_api import create

    draft = await create(client, headers)
    refused = await client.post(SESSIONS, json={"flow_id": draft["id"]}, headers=headers)
    assert (refused.status_code, refused.json()["detail"]) == (409, "flow_not_published")

    await client.post(f"{FLOWS}/{flow['id']}/archive", headers=headers)
    refused = await client.post(SESSIONS, json={"flow_id": flow["id"]}, headers=headers)
    assert (refused.status_code, refused.json()["detail"]) == (409, "flow_archived")

    foreign = await published_flow(client, await auth_headers(client, await factory.member(role="engineer")))
    refused = await client.post(SESSIONS, json={"flow_id": foreign["id"]}, headers=headers)
    assert (refused.status_code, refused.json()["detail"]) == (404, "flow_not_found")


async def test_a_whole_run_to_resolution_then_only_late_notes_by_the_owner(
    client, factory: Factory, engineer: Member, headers: dict[str, str], session: Json
) -> None:
    session = await send(client, headers, session, answer("ask", 0))
    assert session["current"]["id"] == "addins"
    assert session["current"]["commands"][0]["text"].startswith("Get-ItemProperty")
    session = await send(client, headers, session, done("addins", "done", output="Add-ins: 3 disabled"))
    session = await send(client, headers, session, answer("works", 0))
    assert session["current"]["kind"] == "resolution"
    session = await send(client, headers, session, ended("resolved", "Disabled the faulty add-in."))
    assert (session["status"], session["summary"], session["last_seq"]) == (
        "resolved",
        "Disabled the faulty add-in.",
        5,
    )
    assert session["ended_at"] is not None
    assert [(s["node_id"], s["answer"], s["result"]) for s in session["path"]] == [
        ("ask", "Yes", None),
        ("addins", None, "done"),
        ("works", "Yes", None),
        ("fixed", None, None),
    ]

    refused = await post_event(client, headers, session, {"type": "output_pasted", "output": "late output"})
    assert (refused.status_code, refused.json()["detail"]) == (409, "session_ended")

    late = await post_event(client, headers, session, note("User confirmed **next day**."))
    assert late.status_code == 201
    assert late.json()["event"]["payload"] == {"type": "note", "text": "User confirmed **next day**.", "late": True}
    assert late.json()["session"]["status"] == "resolved"

    colleague = await auth_headers(client, await factory.member(engineer.team, "engineer"))
    refused = await post_event(client, colleague, late.json()["session"], note("me too"))
    assert (refused.status_code, refused.json()["detail"]) == (403, "not_session_owner")
    log = await events(client, headers, session["id"])
    assert [e["type"] for e in log] == ["started", "answered", "action_done", "answered", "ended", "note"]
    assert [e["seq"] for e in log] == [1, 2, 3, 4, 5, 6]
    page = await client.get(f"{SESSIONS}/{session['id']}/events", params={"after": 2, "limit": 2}, headers=headers)
    assert [e["seq"] for e in page.json()] == [3, 4]


async def test_inputs_are_checked_against_the_node_and_fill_later_steps(
    client, headers: dict[str, str], session: Json
) -> None:
    session = await send(client, headers, session, answer("ask", 1))
    assert session["current"]["input"] == {
        "variable": "error_code",
        "type": "text",
        "required": True,
        "pattern": "^0x[0-9A-Fa-f]{8}$",
        "choices": None,
    }
    for event, code, extra in [
        (captured("code", "error_code", "not-hex"), "invalid_input_value", {"rule": "pattern"}),
        (captured("code", "error_code", ""), "invalid_input_value", {"rule": "required"}),
        (captured("code", "error_code", 42), "invalid_input_value", {"rule": "type"}),
        (captured("code", "other_name", "0x8004010F"), "unknown_variable", {}),
    ]:
        response = await post_event(client, headers, session, event)
        assert response.status_code == 422, event
        assert response.json()["detail"] == code
        assert extra.items() <= response.json().items()

    session = await send(client, headers, session, captured("code", "error_code", "0x8004010F"))
    assert session["variables"] == {"error_code": "0x8004010F"}
    assert session["current"]["title"] == "Rebuild the profile (0x8004010F)"
    assert session["current"]["body"] == "Error 0x8004010F means a corrupt profile."
    assert session["current"]["commands"][0]["text"] == "outlook.exe /resetnavpane REM 0x8004010F"
    assert session["path"][1] | {"title": None} == {
        "node_id": "code",
        "title": None,
        "kind": "input",
        "entered_seq": 2,
        "left_seq": 3,
        "answer": None,
        "result": None,
        "variable": "error_code",
        "value": "0x8004010F",
    }


@pytest.mark.parametrize(
    ("event", "status", "code"),
    [
        (answer("ask", 2), 422, "invalid_answer"),
        (answer("works", 0), 422, "wrong_node"),
        (done("ask"), 422, "wrong_node_kind"),
        (captured("ask", "error_code", "x"), 422, "wrong_node_kind"),
        ({"type": "went_back"}, 409, "nothing_to_undo"),
        ({"type": "went_back", "to_node": "fixed"}, 409, "nothing_to_undo"),
        ({"type": "resumed"}, 409, "session_not_paused"),
        ({"type": "output_pasted", "output": "é" * (128 * 1024 + 1)}, 413, "output_too_large"),
        ({"type": "answered", "node_id": "ask", "answer": -1}, 422, "validation_error"),
        ({"type": "escalated", "reason": "only through /escalate"}, 422, "validation_error"),
        ({"type": "copilot_suggested", "node_id": "ask", "suggestion": "Reserved"}, 422, "validation_error"),
        ({"type": "started"}, 422, "validation_error"),
        ({"type": "note", "text": ""}, 422, "validation_error"),
        ({"type": "ended", "outcome": "escalated", "summary": "x"}, 422, "validation_error"),
        ({"type": "teleported"}, 422, "validation_error"),
    ],
)
async def test_bad_events_are_refused_with_a_reason_and_write_nothing(
    client, db, headers: dict[str, str], session: Json, event: Json, status: int, code: str
) -> None:
    response = await post_event(client, headers, session, event)
    assert response.status_code == status, response.text
    assert response.json()["detail"] == code
    after = (await client.get(f"{SESSIONS}/{session['id']}", headers=headers)).json()
    assert after == session
    count = select(func.count()).select_from(SessionEvent).where(SessionEvent.session_id == uuid.UUID(session["id"]))
    assert (await db.execute(count)).scalar_one() == 1


async def test_a_stale_expected_seq_is_refused_with_the_current_state(
    client, headers: dict[str, str], session: Json
) -> None:
    moved = await send(client, headers, session, answer("ask", 0))
    stale = await post_event(client, headers, session, answer("ask", 1))  # expected_seq 1, the session is at 2
    assert stale.status_code == 409
    assert stale.json()["detail"] == "stale_seq"
    assert stale.json()["current"] == moved
    ahead = await post_event(client, headers, moved, note("x"), expected_seq=9)
    assert (ahead.status_code, ahead.json()["detail"]) == (409, "stale_seq")
    assert len(await events(client, headers, session["id"])) == 2


async def test_an_idempotent_retry_returns_the_original_and_appends_nothing(
    client, headers: dict[str, str], session: Json
) -> None:
    first = await post_event(client, headers, session, answer("ask", 0), key="retry-1")
    retry = await post_event(client, headers, session, answer("ask", 0), key="retry-1")
    assert (first.status_code, retry.status_code) == (201, 201)
    assert retry.json() == first.json()
    assert len(await events(client, headers, session["id"])) == 2

    # Later retries still find the original event, and the session as it is now.
    now = await send(client, headers, first.json()["session"], done("addins"))
    again = await post_event(client, headers, session, answer("ask", 0), key="retry-1")
    assert again.json()["event"] == first.json()["event"]
    assert again.json()["session"] == now

    different = await post_event(client, headers, session, answer("ask", 1), key="retry-1")
    assert (different.status_code, different.json()["detail"]) == (422, "idempotency_key_reused")
    # Reused for a new event on the current seq: the key is taken, nothing is written.
    reused = await post_event(client, headers, now, note("new"), key="retry-1")
    assert (reused.status_code, reused.json()["detail"]) == (422, "idempotency_key_reused")
    assert len(await events(client, headers, session["id"])) == 3

    keyed = await post_event(client, headers, now, note("new"), key="retry-2")
    assert keyed.status_code == 201
    bad_key = await post_event(client, headers, keyed.json()["session"], note("x"), key="has space")
    assert bad_key.status_code == 422


async def test_going_back_replays_the_path_and_drops_what_was_captured_after(
    client, headers: dict[str, str], session: Json
) -> None:
    at_code = await send(client, headers, session, answer("ask", 1))
    at_profile = await send(client, headers, at_code, captured("code", "error_code", "0x00000001"))
    back = await send(client, headers, at_profile, {"type": "went_back"})
    assert (back["current"]["id"], back["variables"], back["path"]) == ("code", {}, at_code["path"])

    at_profile = await send(client, headers, back, captured("code", "error_code", "0x00000002"))
    to_start = await send(client, headers, at_profile, {"type": "went_back", "to_node": "ask"})
    assert [step["node_id"] for step in to_start["path"]] == ["ask"]
    log = await events(client, headers, session["id"])
    assert [e["payload"] for e in log if e["type"] == "went_back"] == [
        {"type": "went_back", "from_node": "profile", "to_node": "code"},
        {"type": "went_back", "from_node": "profile", "to_node": "ask"},
    ]


async def test_pausing_stops_the_walk_until_resumed(client, headers: dict[str, str], session: Json) -> None:
    paused = await send(client, headers, session, {"type": "paused", "reason": "User at lunch"})
    assert paused["status"] == "paused"
    refused = await post_event(client, headers, paused, answer("ask", 0))
    assert (refused.status_code, refused.json()["detail"]) == (409, "session_paused")
    resumed = await send(client, headers, paused, {"type": "resumed"})
    assert (await send(client, headers, resumed, answer("ask", 0)))["current"]["id"] == "addins"


async def test_the_stored_state_is_what_replaying_the_log_gives(
    client, db, headers: dict[str, str], session: Json
) -> None:
    for event in (
        answer("ask", 0),
        done("addins", "failed", output="error"),
        answer("works", 1),
        answer("ask", 1),
        captured("code", "error_code", "0xDEADBEEF"),
        {"type": "went_back"},
        {"type": "paused"},
        {"type": "resumed"},
        {"type": "output_pasted", "output": "Get-Mailbox: ok", "command": "Get-Mailbox"},
        captured("code", "error_code", "0xFEEDBEEF"),
        ended("unresolved", "Needs a new profile; booked a visit."),
        note("late"),
    ):
        session = await send(client, headers, session, event)

    row = await db.get(Session, uuid.UUID(session["id"]))
    assert row is not None
    await db.refresh(row)
    stmt = select(SessionEvent).where(SessionEvent.session_id == row.id).order_by(SessionEvent.seq)
    log = [event_of(stored) for stored in (await db.execute(stmt)).scalars()]
    assert replay(log) == state_of(row)
    assert row.variables == {"error_code": "0xFEEDBEEF"}


async def test_the_database_refuses_to_change_or_delete_events(client, db, session: Json) -> None:
    for sql in (
        "UPDATE session_events SET payload = '{}' WHERE session_id = :id",
        "DELETE FROM session_events WHERE session_id = :id",
    ):
        with pytest.raises(DBAPIError, match="append-only"):
            async with db.begin_nested():
                await db.execute(text(sql), {"id": session["id"]})
    # They go with their session (a cascade), nothing else removes them.
    async with db.begin_nested():
        await db.execute(text("DELETE FROM sessions WHERE id = :id"), {"id": session["id"]})
    left = await db.execute(text("SELECT count(*) FROM session_events WHERE session_id = :id"), {"id": session["id"]})
    assert left.scalar_one() == 0


async def test_listing_filters_and_pages(
    client, factory: Factory, engineer: Member, headers: dict[str, str], flow: Json
) -> None:
    colleague = await factory.member(engineer.team, "engineer")
    colleague_headers = await auth_headers(client, colleague)
    with travel(timedelta(days=-10)):
        old = await start(client, headers, flow["id"], ticket_id="T-OLD")
    mine = [await start(client, headers, flow["id"], ticket_id=f"T-{i}") for i in range(3)]
    theirs = await start(client, colleague_headers, flow["id"], ticket_id="T-9")
    await send(client, headers, mine[0], ended("abandoned", "Duplicate ticket"))
    other_flow = await published_flow(client, headers, title="VPN")
    elsewhere = await start(client, headers, other_flow["id"])

    async def ids(**params: Any) -> list[str]:
        response = await client.get(SESSIONS, params=params, headers=headers)
        assert response.status_code == 200, response.text
        return [item["id"] for item in response.json()["items"]]

    newest_first = [elsewhere, theirs, *reversed(mine), old]
    assert await ids() == [s["id"] for s in newest_first]
    assert await ids(mine=True) == [s["id"] for s in [elsewhere, *reversed(mine), old]]
    assert await ids(engineer_id=str(colleague.user.id)) == [theirs["id"]]
    assert await ids(mine=True, engineer_id=str(colleague.user.id)) == []
    assert await ids(status="abandoned") == [mine[0]["id"]]
    assert set(await ids(status=["abandoned", "active"])) == {s["id"] for s in newest_first}
    assert await ids(flow_id=other_flow["id"]) == [elsewhere["id"]]
    assert await ids(ticket_id="T-9") == [theirs["id"]]
    assert await ids(started_to=mine[0]["started_at"]) == [old["id"]]
    assert old["id"] not in await ids(started_from=mine[0]["started_at"])

    pages, cursor = [], None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = (await client.get(SESSIONS, params=params, headers=headers)).json()
        pages.append([item["id"] for item in page["items"]])
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert [i for page in pages for i in page] == [s["id"] for s in newest_first]
    assert len(pages) == 3
    item = (await client.get(SESSIONS, params={"ticket_id": "T-9"}, headers=headers)).json()["items"][0]
    assert (item["owner_name"], item["status"], item["current_node"]) == (colleague.user.full_name, "active", "ask")
    bad = await client.get(SESSIONS, params={"cursor": "nonsense"}, headers=headers)
    assert (bad.status_code, bad.json()["detail"]) == (400, "invalid_cursor")
    naive = await client.get(SESSIONS, params={"started_from": "2026-01-01T00:00:00"}, headers=headers)
    assert naive.status_code == 422


async def test_viewers_read_sessions_but_run_nothing(client, factory: Factory, engineer: Member, session: Json) -> None:
    viewer = await auth_headers(client, await factory.member(engineer.team, "viewer"))
    assert (await client.get(f"{SESSIONS}/{session['id']}", headers=viewer)).status_code == 200
    assert (await client.get(SESSIONS, headers=viewer)).json()["items"][0]["id"] == session["id"]
    assert (await client.get(f"{SESSIONS}/{session['id']}/events", headers=viewer)).status_code == 200
    assert (await client.get("/api/v1/escalations", headers=viewer)).status_code == 200
    for url, body in [
        (SESSIONS, {"flow_id": session["flow"]["id"]}),
        (f"{SESSIONS}/{session['id']}/events", {"expected_seq": 1, "event": note("hi")}),
        (f"{SESSIONS}/{session['id']}/escalate", {"reason": "help"}),
        (f"{SESSIONS}/{session['id']}/take-over", None),
    ]:
        response = await client.post(url, json=body, headers=viewer)
        assert response.status_code == 403, url
        assert response.json()["detail"] == "insufficient_role"


SESSION_ENDPOINTS = [
    ("GET", "", None),
    ("GET", "/events", None),
    ("POST", "/events", {"expected_seq": 1, "event": {"type": "note", "text": "intruder"}}),
    ("POST", "/escalate", {"reason": "intruder"}),
    ("POST", "/take-over", None),
    ("GET", "/document", None),
    ("GET", "/document/preview", None),
]


@pytest.mark.parametrize(("method", "suffix", "body"), SESSION_ENDPOINTS)
async def test_another_teams_session_is_not_found(
    client, factory: Factory, session: Json, headers: dict[str, str], method: str, suffix: str, body: Any
) -> None:
    stranger = await auth_headers(client, await factory.member(role="team_admin"))
    response = await client.request(method, f"{SESSIONS}/{session['id']}{suffix}", json=body, headers=stranger)
    assert response.status_code == 404
    assert response.json()["detail"] == "session_not_found"
    assert (await client.get(SESSIONS, headers=stranger)).json()["items"] == []
    assert (await client.get(f"{SESSIONS}/{session['id']}", headers=headers)).json() == session


def test_the_catalogue_covers_every_session_endpoint() -> None:
    from app.sessions.router import router

    declared = {f"{method} {route.path}" for route in router.routes for method in route.methods}  # type: ignore[attr-defined]
    catalogued = {f"{method} /sessions/{{session_id}}{suffix}" for method, suffix, _ in SESSION_ENDPOINTS}
    assert declared - catalogued == {"GET /sessions", "POST /sessions"}  # no id to cross: team-scoped lists/starts
