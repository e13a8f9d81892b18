"""Pushing a session's documentation as a note: exactly once, whatever ConnectWise does.

Every fault of the fake server is injected at least once; each test ends with exactly one note of
the push on the ticket. Background retries are driven by `process_due` under `travel()`.
"""

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import travel, utcnow
from app.psa.models import PsaPush
from app.psa.pushes import LEASE, claim_due, process_due
from app.psa.runtime import PsaRuntime
from tests.factories import Factory, auth_headers
from tests.fakes.connectwise import FakeConnectWise
from tests.psa.conftest import CONNECTWISE, LATE, TICKET, PsaTeam, connect, psa_team
from tests.sessions.helpers import answer, ended, note, send

Json = dict[str, Any]


def marker(session: Json, number: int = 1) -> str:
    return f"[ResolutionFlow session {session['id']} note {number}]"


def session_notes(cw: FakeConnectWise, session: Json) -> list[Json]:
    return cw.notes_with(f"[ResolutionFlow session {session['id']} note ")


async def run_due(db: AsyncSession, runtime: PsaRuntime, after: timedelta) -> int:
    """The background worker's pass, `after` from now."""
    with travel(after):
        return await process_due(db, runtime)


async def stored(db: AsyncSession, push_id: str) -> PsaPush:
    stmt = select(PsaPush).where(PsaPush.id == push_id).execution_options(populate_existing=True)
    return (await db.execute(stmt)).scalar_one()


LATER = timedelta(minutes=2)  # past the test backoff (10 s, doubling, capped at 60 s)


# --- the normal path --------------------------------------------------------------------------


async def test_a_push_posts_one_internal_note_led_by_its_marker(t: PsaTeam, cw: FakeConnectWise) -> None:
    session = await t.session()
    session = await send(t.client, t.headers, session, answer("ask", 0))

    response = await t.push(session)

    assert response.status_code == 201, response.text
    push = response.json()
    [posted] = cw.posted(TICKET)
    assert (push["status"], push["note_id"], push["number"], push["is_update"]) == ("posted", posted["id"], 1, False)
    assert push["covers_seq"] == session["last_seq"]
    assert posted["text"].splitlines()[0] == marker(session)
    assert "ResolutionFlow: Outlook keeps prompting" in posted["text"]
    assert "Does Outlook start in safe mode?" in posted["text"]
    assert (posted["internalAnalysisFlag"], posted["detailDescriptionFlag"], posted["resolutionFlag"]) == (
        True,
        False,
        False,
    )
    assert push["ticket_url"].endswith(f"service_recid={TICKET}&companyName=contoso")
    assert [p["id"] for p in await t.pushes(session)] == [push["id"]]


async def test_the_note_is_redacted_with_the_teams_rules(t: PsaTeam, cw: FakeConnectWise) -> None:
    session = await t.session()
    session = await send(t.client, t.headers, session, note("Local admin password=Winter2026!Secret on 10.0.0.5"))
    rules = {"categories": ["ipv4"], "rules": []}
    assert (await t.client.put("/api/v1/teams/current/redaction-rules", json=rules, headers=t.admin_headers)).is_success

    assert (await t.push(session)).status_code == 201

    [posted] = session_notes(cw, session)
    assert "Winter2026" not in posted["text"]
    assert "10.0.0.5" not in posted["text"]
    assert "[IP-1]" in posted["text"]


async def test_the_same_content_again_is_a_no_op_returning_the_note(t: PsaTeam, cw: FakeConnectWise) -> None:
    session = await t.session()
    first = await t.push(session)

    second = await t.push(session)

    assert second.status_code == 200
    assert second.json()["reused"] is True
    assert (second.json()["id"], second.json()["note_id"]) == (first.json()["id"], first.json()["note_id"])
    assert len(session_notes(cw, session)) == 1
    assert cw.count("add_note") == 1


async def test_a_push_after_new_events_is_an_update_note(t: PsaTeam, cw: FakeConnectWise) -> None:
    session = await t.session()
    first = (await t.push(session)).json()
    session = await send(t.client, t.headers, session, answer("ask", 0))
    session = await send(t.client, t.headers, session, ended())

    second = await t.push(session)
    third = await t.push(session)

    assert second.status_code == 201
    update = second.json()
    assert (update["number"], update["is_update"], update["covers_seq"]) == (2, True, session["last_seq"])
    assert third.status_code == 200
    assert third.json()["id"] == update["id"]
    notes = session_notes(cw, session)
    assert [n["text"].splitlines()[0] for n in notes] == [marker(session, 1), marker(session, 2)]
    assert f"(note #{first['note_id']})" in notes[1]["text"].splitlines()[1]
    assert "Resolved" in notes[1]["text"]
    assert [p["number"] for p in await t.pushes(session)] == [2, 1]


async def test_the_edited_ticket_summary_leads_the_note_and_an_edit_is_an_update(
    t: PsaTeam, cw: FakeConnectWise
) -> None:
    session = await t.session()
    summary_url = f"/api/v1/sessions/{session['id']}/copilot/summary"
    assert (await t.client.post(summary_url, headers=t.headers)).status_code == 200
    edited = {"text": "Outlook kept prompting; a stale credential was removed."}
    assert (await t.client.put(summary_url, json=edited, headers=t.headers)).status_code == 200

    first = (await t.push(session)).json()
    edited = {"text": "Outlook kept prompting; the stale credential was removed and MFA re-registered."}
    await t.client.put(summary_url, json=edited, headers=t.headers)
    second = (await t.push(session)).json()

    notes = session_notes(cw, session)
    assert "\nSummary:\n  Outlook kept prompting; a stale credential was removed.\n" in notes[0]["text"]
    assert (second["number"], second["is_update"]) == (2, True)
    assert f"(note #{first['note_id']})" in notes[1]["text"]
    assert "and MFA re-registered." in notes[1]["text"]


async def test_note_type_and_resolution_flag(t: PsaTeam, cw: FakeConnectWise) -> None:
    await connect(t.client, t.admin_headers, cw, default_note_type="detail_description")
    session = await t.session()
    session = await send(t.client, t.headers, session, answer("ask", 0))

    by_default = (await t.push(session)).json()
    resolution = (await t.push(session, include_resolution=True)).json()
    internal = (await t.push(session, note_type="internal_analysis")).json()

    assert [by_default["note_type"], resolution["note_type"], internal["note_type"]] == [
        "detail_description",
        "detail_description",
        "internal_analysis",
    ]
    flags = [(n["detailDescriptionFlag"], n["internalAnalysisFlag"], n["resolutionFlag"]) for n in cw.posted(TICKET)]
    assert flags == [(True, False, False), (True, False, True), (False, True, False)]


async def test_the_note_is_written_as_the_engineers_mapped_member(
    t: PsaTeam, cw: FakeConnectWise, factory: Factory
) -> None:
    cw.add_member(31, "jdoe", t.engineer.email.upper())
    session = await t.session()
    unmapped = await t.push(session)
    matched = await t.client.post(f"{CONNECTWISE}/member-mappings/auto-match", headers=t.admin_headers)
    session = await send(t.client, t.headers, session, answer("ask", 0))

    mapped = await t.push(session)

    assert matched.json()["matched"] == 1
    assert unmapped.json()["member_id"] is None
    assert mapped.json()["member_id"] == 31
    assert [n["member"] for n in cw.posted(TICKET)] == [None, {"id": 31, "identifier": "jdoe"}]


# --- the fault matrix -------------------------------------------------------------------------


async def test_timeout_with_nothing_created_is_retried_after_looking_for_the_marker(
    t: PsaTeam, cw: FakeConnectWise, db: AsyncSession, runtime: PsaRuntime
) -> None:
    session = await t.session()
    cw.delay_next("add_note", LATE, effect=False)

    response = await t.push(session)

    assert response.status_code == 202, response.text
    pending = response.json()
    assert (pending["status"], pending["attempts"]) == ("pending", 1)
    assert pending["last_error"].startswith("psa_timeout")
    assert (await stored(db, pending["id"])).in_flight is True
    assert await run_due(db, runtime, LATER) == 1
    [push] = await t.pushes(session)
    assert (push["status"], push["attempts"], push["found_by_marker"]) == ("posted", 2, False)
    assert cw.operations()[-2:] == ["list_notes", "add_note"]  # looked before posting again
    assert len(session_notes(cw, session)) == 1


async def test_a_slow_answer_that_succeeds_after_the_client_gave_up_is_found_not_reposted(
    t: PsaTeam, cw: FakeConnectWise, db: AsyncSession, runtime: PsaRuntime
) -> None:
    session = await t.session()
    cw.delay_next("add_note", LATE, effect=True)

    assert (await t.push(session)).status_code == 202
    await run_due(db, runtime, LATER)

    [push] = await t.pushes(session)
    [created] = session_notes(cw, session)
    assert (push["status"], push["note_id"], push["found_by_marker"]) == ("posted", created["id"], True)
    assert cw.count("add_note") == 1


@pytest.mark.parametrize("created", [False, True], ids=["500-nothing-created", "502-note-created"])
async def test_5xx_is_uncertain_and_resolved_by_the_marker(
    t: PsaTeam, cw: FakeConnectWise, db: AsyncSession, runtime: PsaRuntime, created: bool
) -> None:
    session = await t.session()
    cw.fail_next("add_note", 502 if created else 500, effect=created)

    response = await t.push(session)
    await run_due(db, runtime, LATER)

    assert response.status_code == 202
    assert response.json()["last_error"].startswith("psa_server_error")
    [push] = await t.pushes(session)
    assert (push["status"], push["found_by_marker"]) == ("posted", created)
    assert cw.count("add_note") == (1 if created else 2)
    assert len(session_notes(cw, session)) == 1


async def test_429_waits_for_retry_after_and_needs_no_marker_search(
    t: PsaTeam, cw: FakeConnectWise, db: AsyncSession, runtime: PsaRuntime
) -> None:
    session = await t.session()
    cw.fail_next("add_note", 429, retry_after=90)

    response = await t.push(session)
    pending = response.json()
    early = await run_due(db, runtime, timedelta(seconds=80))  # past the backoff, before Retry-After
    on_time = await run_due(db, runtime, timedelta(seconds=91))

    assert response.status_code == 202
    assert pending["last_error"].startswith("psa_throttled")
    assert pending["next_attempt_at"] >= (utcnow() + timedelta(seconds=89)).isoformat().replace("+00:00", "Z")
    assert (await stored(db, pending["id"])).in_flight is False  # a 429 is certain: nothing was created
    assert (early, on_time) == (0, 1)
    assert cw.count("list_notes") == 0
    assert (await t.pushes(session))[0]["status"] == "posted"
    assert len(session_notes(cw, session)) == 1


@pytest.mark.parametrize(
    ("status", "http_status", "code"),
    [(401, 502, "psa_bad_credentials"), (403, 502, "psa_forbidden"), (404, 404, "psa_ticket_not_found")],
)
async def test_refusals_fail_at_once_and_pushing_again_retries_the_same_push(
    t: PsaTeam, cw: FakeConnectWise, db: AsyncSession, runtime: PsaRuntime, status: int, http_status: int, code: str
) -> None:
    session = await t.session()
    cw.fail_next("add_note", status)

    refused = await t.push(session)
    [failed] = await t.pushes(session)
    nothing_due = await run_due(db, runtime, timedelta(hours=1))
    again = await t.push(session)

    assert (refused.status_code, refused.json()["detail"]) == (http_status, code)
    assert (failed["status"], failed["attempts"], failed["next_attempt_at"]) == ("failed", 1, None)
    assert failed["last_error"].startswith(code)
    assert nothing_due == 0  # a refusal is not retried in the background
    assert again.status_code == 201
    assert (again.json()["id"], again.json()["number"], again.json()["status"]) == (failed["id"], 1, "posted")
    assert len(session_notes(cw, session)) == 1


async def test_a_psa_that_is_down_is_retried_in_the_background(
    t: PsaTeam, cw: FakeConnectWise, db: AsyncSession, runtime: PsaRuntime
) -> None:
    session = await t.session()
    await connect(t.client, t.admin_headers, cw, site="http://127.0.0.1:9")

    response = await t.push(session)
    await connect(t.client, t.admin_headers, cw)
    await run_due(db, runtime, LATER)

    assert response.status_code == 202
    assert response.json()["last_error"].startswith("psa_unreachable")
    assert (await t.pushes(session))[0]["status"] == "posted"
    assert cw.count("list_notes") == 0  # nothing was sent: no need to look
    assert len(session_notes(cw, session)) == 1


async def test_a_timeout_while_looking_for_the_marker_keeps_looking(
    t: PsaTeam, cw: FakeConnectWise, db: AsyncSession, runtime: PsaRuntime
) -> None:
    session = await t.session()
    cw.fail_next("add_note", 502, effect=True)
    cw.delay_next("list_notes", LATE, effect=False)

    await t.push(session)
    await run_due(db, runtime, LATER)
    [still] = await t.pushes(session)
    await run_due(db, runtime, 2 * LATER)

    assert (still["status"], still["last_error"][:11]) == ("pending", "psa_timeout")
    [push] = await t.pushes(session)
    assert (push["status"], push["found_by_marker"], push["attempts"]) == ("posted", True, 3)
    assert cw.count("add_note") == 1
    assert len(session_notes(cw, session)) == 1


async def test_retries_are_bounded_and_a_later_push_still_posts_once(
    t: PsaTeam, cw: FakeConnectWise, db: AsyncSession, runtime: PsaRuntime
) -> None:
    session = await t.session()
    cw.fail_next("add_note", 500, times=4)

    await t.push(session)
    for round_ in range(1, 6):
        await run_due(db, runtime, round_ * LATER)
    [given_up] = await t.pushes(session)
    again = await t.push(session)

    assert (given_up["status"], given_up["attempts"]) == ("failed", 4)  # PSA_PUSH_MAX_ATTEMPTS in these tests
    assert given_up["last_error"].startswith("psa_server_error")
    assert again.status_code == 201
    assert (again.json()["id"], again.json()["found_by_marker"]) == (given_up["id"], False)
    assert cw.count("list_notes") == 4  # every attempt after an uncertain one looked first
    assert len(session_notes(cw, session)) == 1


async def test_claims_of_a_crashed_process_come_back_after_the_lease(
    t: PsaTeam, cw: FakeConnectWise, db: AsyncSession, runtime: PsaRuntime
) -> None:
    session = await t.session()
    cw.fail_next("add_note", 500)
    await t.push(session)
    with travel(LATER):
        _, claimed = await claim_due(db)  # a worker that dies right after claiming

    held = await run_due(db, runtime, LATER)
    taken_over = await run_due(db, runtime, LATER + LEASE + timedelta(seconds=1))

    assert len(claimed) == 1
    assert (held, taken_over) == (0, 1)
    assert (await t.pushes(session))[0]["status"] == "posted"
    assert len(session_notes(cw, session)) == 1


# --- rules --------------------------------------------------------------------------------------


async def test_a_session_without_a_ticket_or_a_team_without_a_psa_cannot_push(
    t: PsaTeam, client: Any, factory: Factory, cw: FakeConnectWise
) -> None:
    no_ticket = await t.session(None)
    unconnected = await psa_team(client, factory, cw, connected=False)
    free_form = await unconnected.session("T-77")

    without_ticket = await t.push(no_ticket)
    without_psa = await unconnected.push(free_form)

    assert (without_ticket.status_code, without_ticket.json()["detail"]) == (409, "session_has_no_ticket")
    assert (without_psa.status_code, without_psa.json()["detail"]) == (409, "psa_not_connected")
    assert cw.count("add_note") == 0


async def test_bad_push_input_is_4xx_with_a_code(t: PsaTeam, cw: FakeConnectWise) -> None:
    session = await t.session()

    cases = [
        await t.push(session, note_type="public"),
        await t.push(session, include_resolution="maybe"),
        await t.push(session, member_id=3),
        await t.client.post("/api/v1/sessions/not-a-uuid/psa-push", headers=t.headers),
        await t.client.get("/api/v1/sessions/not-a-uuid/psa-pushes", headers=t.headers),
    ]

    assert [(r.status_code, r.json()["detail"]) for r in cases] == [(422, "validation_error")] * 5
    assert cw.count("add_note") == 0


async def test_viewers_see_pushes_but_do_not_push(t: PsaTeam, cw: FakeConnectWise, factory: Factory) -> None:
    session = await t.session()
    await t.push(session)
    viewer = await auth_headers(t.client, await factory.member(t.team, "viewer"))

    refused = await t.push(session, headers=viewer)
    listed = await t.pushes(session, headers=viewer)

    assert (refused.status_code, refused.json()["detail"]) == (403, "insufficient_role")
    assert [p["status"] for p in listed] == ["posted"]
    assert len(session_notes(cw, session)) == 1


async def test_another_team_neither_pushes_nor_sees_a_teams_session(
    t: PsaTeam, client: Any, factory: Factory, cw: FakeConnectWise
) -> None:
    session = await t.session()
    await t.push(session)
    other = await psa_team(client, factory, cw)  # connected to the same ConnectWise, even

    pushed = await other.push(session)
    listed = await client.get(f"/api/v1/sessions/{session['id']}/psa-pushes", headers=other.headers)
    admin_pushed = await other.push(session, headers=other.admin_headers)

    for response in (pushed, listed, admin_pushed):
        assert (response.status_code, response.json()["detail"]) == (404, "session_not_found")
        assert str(TICKET) not in response.text
    assert len(session_notes(cw, session)) == 1
