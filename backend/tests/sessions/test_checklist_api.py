"""Checklist sessions through the API: any engineer of the team writes, the seq and idempotency rules
hold, each mode refuses the other's events, documents show the checklist."""

import asyncio
import uuid
from collections import Counter
from typing import Any

import pytest

from tests.conftest import LiveApp
from tests.factories import Factory, Member, auth_headers
from tests.sessions.helpers import (
    SESSIONS,
    Json,
    completed,
    events,
    note,
    post_event,
    published_flow,
    published_project,
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
async def project(client, headers: dict[str, str]) -> Json:
    flow = await published_project(client, headers)
    return await start(client, headers, flow["id"], client_name="Contoso", ticket_id="T-77")


async def _colleague(client, factory: Factory, engineer: Member, role: str = "engineer") -> dict[str, str]:
    return await auth_headers(client, await factory.member(engineer.team, role))


async def test_a_procedural_flow_starts_a_checklist_session(project: Json) -> None:
    assert (project["mode"], project["current_node"], project["current"]["id"]) == ("checklist", "backup", "backup")
    checklist = project["checklist"]
    assert [(s["name"], s["sequential"], [step["node_id"] for step in s["steps"]]) for s in checklist["sections"]] == [
        ("Prepare", True, ["backup", "ticket"]),
        ("Accounts", False, ["where", "ad", "sync", "cloud"]),
        ("Finish", False, ["licence"]),
    ]
    assert checklist["progress"] == {
        "percent": 0,
        "applicable": 7,
        "open": 7,
        "done": 0,
        "failed": 0,
        "skipped": 0,
        "not_applicable": 0,
    }
    assert checklist["sections"][0]["steps"][1]["waiting_for"] == ["backup"]
    assert project["progress"]["percent"] == 0


async def test_troubleshooting_sessions_stay_paths(client, headers: dict[str, str]) -> None:
    session = await start(client, headers, (await published_flow(client, headers))["id"])
    assert (session["mode"], session["checklist"], session["progress"]) == ("path", None, None)
    response = await post_event(client, headers, session, completed("ask"))
    assert (response.status_code, response.json()["detail"]) == (422, "wrong_session_mode")


async def test_engineers_of_the_team_work_one_checklist_together(
    client, factory: Factory, engineer: Member, headers: dict[str, str], project: Json
) -> None:
    colleague = await _colleague(client, factory, engineer)
    after = await send(client, colleague, project, completed("licence", note="Licence **E3** assigned"))
    after = await send(client, headers, after, completed("where", answer=1))
    steps = {step["node_id"]: step for s in after["checklist"]["sections"] for step in s["steps"]}
    assert steps["licence"]["status"] == "done"
    assert steps["licence"]["by_id"] != str(engineer.user.id)
    assert (steps["ad"]["status"], steps["ad"]["ruled_out_by"]) == ("not_applicable", "where")
    assert after["progress"]["percent"] == 40  # 2 of 5 applicable
    assert after["owner_id"] == str(engineer.user.id)  # writing does not take the session over

    viewer = await _colleague(client, factory, engineer, "viewer")
    response = await post_event(client, viewer, after, note("not allowed"))
    assert (response.status_code, response.json()["detail"]) == (403, "insufficient_role")

    stranger = await auth_headers(client, await factory.member(role="engineer"))
    response = await post_event(client, stranger, after, note("other team"))
    assert (response.status_code, response.json()["detail"]) == (404, "session_not_found")


async def test_seq_and_idempotency_hold_between_engineers(
    client, factory: Factory, engineer: Member, headers: dict[str, str], project: Json
) -> None:
    colleague = await _colleague(client, factory, engineer)
    first = await post_event(client, headers, project, completed("backup"), key="k-1")
    assert first.status_code == 201, first.text
    stale = await post_event(client, colleague, project, completed("cloud"))
    assert (stale.status_code, stale.json()["detail"]) == (409, "stale_seq")
    assert stale.json()["current"]["last_seq"] == 2

    retry = await post_event(client, headers, project, completed("backup"), key="k-1")
    assert (retry.status_code, retry.json()["event"]["seq"]) == (201, 2)
    reused = await post_event(client, colleague, project, completed("backup"), key="k-1")
    assert (reused.status_code, reused.json()["detail"]) == (422, "idempotency_key_reused")
    assert [e["seq"] for e in await events(client, headers, project["id"])] == [1, 2]


async def test_rules_answer_with_their_codes(client, headers: dict[str, str], project: Json) -> None:
    cases: list[tuple[Json, int, str]] = [
        (completed("ticket", value="T-1"), 409, "step_out_of_order"),
        (completed("nope"), 422, "unknown_step"),
        (completed("where"), 422, "invalid_answer"),
        (completed("where", "failed"), 422, "wrong_node_kind"),
        ({"type": "step_reopened", "node_id": "cloud"}, 409, "step_not_closed"),
        ({"type": "action_done", "node_id": "backup", "result": "done"}, 422, "wrong_session_mode"),
        ({"type": "step_noted", "node_id": "cloud"}, 422, "validation_error"),
        (completed("cloud", "maybe"), 422, "validation_error"),
        ({"type": "step_assigned", "node_id": "cloud", "due_at": "2026-12-01T08:00"}, 422, "validation_error"),
        ({"type": "step_assigned", "node_id": "cloud", "due_at": "0001-01-01T00:00:00+05:00"}, 422, "validation_error"),
    ]
    for event, status, detail in cases:
        response = await post_event(client, headers, project, event)
        assert (response.status_code, response.json()["detail"]) == (status, detail), (event, response.text)
    out_of_order = await post_event(client, headers, project, completed("ticket", value="T-1"))
    assert out_of_order.json()["waiting_for"] == ["backup"]

    escalate = await client.post(f"{SESSIONS}/{project['id']}/escalate", json={"reason": "x"}, headers=headers)
    assert (escalate.status_code, escalate.json()["detail"]) == (422, "wrong_session_mode")


async def test_steps_are_assigned_to_engineers_of_the_team(
    client, factory: Factory, engineer: Member, headers: dict[str, str], project: Json
) -> None:
    colleague = await factory.member(engineer.team, "engineer")
    viewer = await factory.member(engineer.team, "viewer")
    stranger = await factory.member(role="engineer")
    for user_id in (viewer.user.id, stranger.user.id, uuid.uuid4()):
        event = {"type": "step_assigned", "node_id": "sync", "assignee_id": str(user_id)}
        response = await post_event(client, headers, project, event)
        assert (response.status_code, response.json()["detail"]) == (422, "invalid_assignee")
    due = "2020-01-01T08:00:00+02:00"
    event = {"type": "step_assigned", "node_id": "sync", "assignee_id": str(colleague.user.id), "due_at": due}
    after = await send(client, headers, project, event)
    sync = after["checklist"]["sections"][1]["steps"][2]
    assert (sync["assignee_id"], sync["due_at"], sync["overdue"]) == (
        str(colleague.user.id),
        "2020-01-01T06:00:00Z",
        True,
    )


async def test_the_document_shows_the_checklist_with_who_did_what(
    client, factory: Factory, engineer: Member, headers: dict[str, str], project: Json
) -> None:
    colleague_member = await factory.member(engineer.team, "engineer")
    colleague = await auth_headers(client, colleague_member)
    after = await send(client, headers, project, completed("backup", output="Backup job 42 OK"))
    after = await send(client, headers, after, completed("ticket", value="T-900"))
    after = await send(client, colleague, after, completed("where", answer=1, note="Cloud-only tenant"))
    after = await send(client, colleague, after, completed("cloud", "failed", output="Licence pool empty"))
    await send(client, headers, after, {"type": "step_noted", "node_id": "cloud", "text": "Asked Contoso to buy"})

    markdown = (await client.get(f"{SESSIONS}/{project['id']}/document?format=md", headers=headers)).text
    assert "## Checklist" in markdown
    assert "- **Progress:** 80 %: 4 of 5 steps closed (3 done, 1 failed, 0 skipped), 2 not applicable" in markdown
    assert "### Prepare (in order)" in markdown
    assert "- [x] Create the cloud user" not in markdown
    assert "[x] **failed** Create the cloud user" in markdown
    assert f"({colleague_member.user.full_name}, " in markdown
    assert "Licence pool empty" in markdown
    assert "Asked Contoso to buy" in markdown
    assert "Create the AD user (T-900)" in markdown  # {{change}} filled in
    assert "ruled out by the answer to: Where does the account live?" in markdown
    assert "Revisit (failed): Create the cloud user" in markdown
    assert "Open: Assign the licence" in markdown

    text = (await client.get(f"{SESSIONS}/{project['id']}/document?format=txt", headers=headers)).text
    assert "[!] Create the cloud user" in text
    assert "[~] Create the AD user (T-900) -> ruled out by the answer to: Where does the account live?" in text
    psa = (await client.get(f"{SESSIONS}/{project['id']}/document?format=psa", headers=headers)).text
    assert "Checklist: 80 %" in psa
    assert "[ ] Assign the licence" in psa
    html = (await client.get(f"{SESSIONS}/{project['id']}/document?format=html", headers=headers)).text
    assert '<ul class="checklist">' in html
    assert '<li class="failed">' in html


async def test_sessions_list_by_mode(client, headers: dict[str, str], project: Json) -> None:
    path = await start(client, headers, (await published_flow(client, headers))["id"])
    listed = (await client.get(f"{SESSIONS}?mode=checklist", headers=headers)).json()["items"]
    assert [(item["id"], item["mode"], item["progress"]["percent"]) for item in listed] == [
        (project["id"], "checklist", 0)
    ]
    listed = (await client.get(f"{SESSIONS}?mode=path", headers=headers)).json()["items"]
    assert [item["id"] for item in listed] == [path["id"]]


async def test_two_engineers_writing_at_once_lose_nothing(live: LiveApp) -> None:
    """Two engineers tick steps of one checklist concurrently, retrying from `current` on stale_seq."""
    client = live.client
    first = await auth_headers(client, live.members["engineer"])
    second = await auth_headers(client, live.members["team_admin"])
    flow = await published_project(client, first)
    session = await start(client, first, flow["id"])
    conflicts: Counter[str] = Counter()

    async def engineer(headers: dict[str, str], steps: list[str]) -> list[int]:
        seen, seqs = session, []
        for node_id in steps:
            key = f"{node_id}-{uuid.uuid4()}"
            while True:
                response = await post_event(client, headers, seen, completed(node_id), key=key)
                if response.status_code == 201:
                    seqs.append(response.json()["event"]["seq"])
                    seen = response.json()["session"]
                    break
                assert response.status_code == 409, response.text
                conflicts[response.json()["detail"]] += 1
                seen = response.json()["current"]
        return seqs

    results: list[Any] = await asyncio.gather(
        engineer(first, ["backup", "ad", "licence"]), engineer(second, ["sync", "cloud"])
    )

    log = await events(client, first, session["id"])
    assert [e["seq"] for e in log] == list(range(1, 7))
    assert sorted(e["payload"]["node_id"] for e in log[1:]) == ["ad", "backup", "cloud", "licence", "sync"]
    assert sorted(seq for seqs in results for seq in seqs) == [2, 3, 4, 5, 6]
    assert set(conflicts) <= {"stale_seq"}
    final = (await client.get(f"{SESSIONS}/{session['id']}", headers=first)).json()
    assert (final["last_seq"], final["progress"]["done"]) == (6, 5)
