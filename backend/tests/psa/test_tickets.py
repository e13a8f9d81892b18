"""Ticket context (redacted, cached per team) and the ticket check when a session starts."""

from typing import Any

import pytest

from app.psa.runtime import PsaRuntime
from tests.factories import Factory, auth_headers
from tests.fakes.connectwise import FakeConnectWise
from tests.psa.conftest import CONNECTWISE, LATE, PSA, TICKET, PsaTeam, connect, psa_team
from tests.sessions.helpers import SESSIONS

TICKETS = f"{PSA}/tickets"


async def _ticket(t: PsaTeam, ticket_id: Any = TICKET, headers: dict[str, str] | None = None) -> Any:
    return await t.client.get(f"{TICKETS}/{ticket_id}", headers=headers or t.headers)


async def test_the_context_has_the_ticket_and_its_last_ten_notes_redacted(t: PsaTeam, cw: FakeConnectWise) -> None:
    cw.add_ticket(5000, summary="VPN drops for ceo@contoso.example", initialDescription="Since Monday.")
    for n in range(12):
        cw.add_note(5000, f"note {n}")
    cw.add_note(5000, "Tried password=Hunter2-Secret! and mailed ceo@contoso.example", internalAnalysisFlag=True)
    rules = {"categories": ["email"], "rules": []}
    assert (await t.client.put("/api/v1/teams/current/redaction-rules", json=rules, headers=t.admin_headers)).is_success

    response = await _ticket(t, 5000)

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["id"] == 5000
    assert body["summary"] == "VPN drops for [EMAIL-1]"
    assert (body["company"]["name"], body["contact"]["name"]) == ("Contoso Ltd", "Alex Doe")
    assert (body["board"]["name"], body["status"]["name"]) == ("Service Desk", "In Progress")
    assert body["priority"]["name"].startswith("Priority 3")
    assert body["initial_description"] == "Since Monday."
    assert len(body["notes"]) == 10
    newest = body["notes"][0]
    assert "Hunter2" not in newest["text"]
    assert "ceo@" not in response.text
    assert "[EMAIL-1]" in newest["text"]  # one numbering across the ticket
    assert newest["internal"] is True
    assert [note["text"] for note in body["notes"][1:]] == [f"note {n}" for n in range(11, 2, -1)]
    assert body["redactions"] >= 3
    assert body["url"].endswith("service_recid=5000&companyName=contoso")


async def test_without_an_initial_description_the_first_detail_note_is_used(t: PsaTeam, cw: FakeConnectWise) -> None:
    cw.add_note(TICKET, "Reported by phone: Outlook crashes on start.", detailDescriptionFlag=True)
    cw.add_note(TICKET, "Later detail.", detailDescriptionFlag=True)

    body = (await _ticket(t)).json()

    assert body["initial_description"] == "Reported by phone: Outlook crashes on start."


async def test_the_context_is_cached_per_team_until_the_connection_changes(
    t: PsaTeam, cw: FakeConnectWise, client: Any, factory: Factory
) -> None:
    first = await _ticket(t)
    again = await _ticket(t)
    calls = cw.count("get_ticket")
    other = await psa_team(client, factory, cw, connected=False)
    foreign = await _ticket(other)
    await connect(t.client, t.admin_headers, cw)
    after_change = await _ticket(t)

    assert first.json()["id"] == again.json()["id"] == TICKET
    assert calls == 1
    assert (foreign.status_code, foreign.json()["detail"]) == (409, "psa_not_connected")
    assert after_change.status_code == 200
    assert cw.count("get_ticket") == 2


async def test_viewers_read_ticket_context(t: PsaTeam, factory: Factory) -> None:
    viewer = await factory.member(t.team, "viewer")

    response = await _ticket(t, headers=await auth_headers(t.client, viewer))

    assert response.status_code == 200


@pytest.mark.parametrize(
    ("ticket_id", "fault", "status", "code"),
    [
        pytest.param("999", None, 404, "psa_ticket_not_found", id="no-such-ticket"),
        pytest.param("T-77", None, 422, "psa_ticket_id_invalid", id="not-a-number"),
        pytest.param(str(TICKET), 401, 502, "psa_bad_credentials", id="401"),
        pytest.param(str(TICKET), 403, 502, "psa_forbidden", id="403"),
        pytest.param(str(TICKET), 429, 503, "psa_throttled", id="429"),
        pytest.param(str(TICKET), 500, 502, "psa_server_error", id="500"),
        pytest.param(str(TICKET), "late", 504, "psa_timeout", id="timeout"),
    ],
)
async def test_psa_failures_are_machine_readable(
    t: PsaTeam, cw: FakeConnectWise, ticket_id: str, fault: Any, status: int, code: str
) -> None:
    if fault == "late":
        cw.delay_next("get_ticket", LATE, effect=False)
    elif fault is not None:
        cw.fail_next("get_ticket", fault, retry_after=9)

    response = await _ticket(t, ticket_id)

    assert (response.status_code, response.json()["detail"]) == (status, code), response.text
    if code == "psa_throttled":
        assert response.headers["Retry-After"] == "9"


# --- starting a session on a ticket -----------------------------------------------------------


async def test_a_session_on_an_existing_ticket_is_verified(t: PsaTeam) -> None:
    session = await t.session()

    read = await t.client.get(f"{SESSIONS}/{session['id']}", headers=t.headers)
    listed = await t.client.get(SESSIONS, headers=t.headers)
    assert session["ticket_verified"] is True
    assert read.json()["ticket_verified"] is True
    assert listed.json()["items"][0]["ticket_verified"] is True


async def test_a_ticket_the_psa_does_not_have_is_a_clear_404(t: PsaTeam) -> None:
    response = await t.start("999")
    listed = await t.client.get(SESSIONS, headers=t.headers)

    assert response.status_code == 404
    assert response.json()["detail"] == "psa_ticket_not_found"
    assert "999" in response.json()["message"]
    assert listed.json()["items"] == []


async def test_a_malformed_ticket_id_is_422_when_a_psa_is_connected(t: PsaTeam) -> None:
    response = await t.start("INC-4411")

    assert (response.status_code, response.json()["detail"]) == (422, "psa_ticket_id_invalid")


@pytest.mark.parametrize("fault", ["timeout", 500, 502, 401, 429, "down"])
async def test_the_session_starts_unverified_when_the_psa_cannot_tell(
    t: PsaTeam, cw: FakeConnectWise, fault: Any
) -> None:
    if fault == "timeout":
        cw.delay_next("get_ticket", LATE, effect=False)
    elif fault == "down":
        await connect(t.client, t.admin_headers, cw, site="http://127.0.0.1:9")
    else:
        cw.fail_next("get_ticket", fault)

    response = await t.start()

    assert response.status_code == 201, response.text
    assert response.json()["ticket_verified"] is False


async def test_without_a_connection_or_a_ticket_nothing_is_checked(
    client: Any, factory: Factory, cw: FakeConnectWise, t: PsaTeam
) -> None:
    unconnected = await psa_team(client, factory, cw, connected=False)

    free_form = await unconnected.session("T-77")
    no_ticket = await t.session(None)

    assert free_form["ticket_verified"] is None
    assert no_ticket["ticket_verified"] is None
    assert cw.count("get_ticket") == 0


async def test_a_cached_ticket_is_verified_without_a_call(t: PsaTeam, cw: FakeConnectWise, runtime: PsaRuntime) -> None:
    await _ticket(t)
    calls = cw.count("get_ticket")

    session = await t.session()

    assert session["ticket_verified"] is True
    assert cw.count("get_ticket") == calls
    assert (await t.client.get(CONNECTWISE, headers=t.admin_headers)).status_code == 200
