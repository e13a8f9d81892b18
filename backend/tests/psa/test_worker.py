"""Pushes in a running app: the background worker retries what did not go through, and concurrent
pushes of one session (separate database connections) post one note."""

import asyncio
from typing import Any

import pytest

from tests.conftest import LiveApp
from tests.factories import auth_headers
from tests.fakes.connectwise import FakeConnectWise
from tests.psa.conftest import CONNECTWISE, TICKET, connection_body
from tests.sessions.helpers import SESSIONS, published_flow


@pytest.fixture
def live_overrides() -> dict[str, Any]:
    return {
        "psa_push_worker": True,
        "psa_push_poll_seconds": 0.2,
        "psa_push_backoff_seconds": 0.1,
        "psa_push_backoff_cap_seconds": 0.5,
        "psa_timeout_seconds": 0.75,
    }


@pytest.fixture
def fake(cw_server: FakeConnectWise) -> FakeConnectWise:
    cw_server.reset()
    cw_server.add_ticket(TICKET)
    return cw_server


async def _session(live: LiveApp, fake: FakeConnectWise) -> tuple[dict[str, str], dict[str, Any]]:
    admin = await auth_headers(live.client, live.members["team_admin"])
    assert (await live.client.put(CONNECTWISE, json=connection_body(fake), headers=admin)).status_code == 200
    headers = await auth_headers(live.client, live.members["engineer"])
    flow = await published_flow(live.client, headers)
    response = await live.client.post(SESSIONS, json={"flow_id": flow["id"], "ticket_id": str(TICKET)}, headers=headers)
    assert response.status_code == 201, response.text
    return headers, response.json()


async def _until_posted(live: LiveApp, headers: dict[str, str], session_id: str, within: float = 15.0) -> Any:
    deadline = asyncio.get_running_loop().time() + within
    while True:
        pushes = (await live.client.get(f"{SESSIONS}/{session_id}/psa-pushes", headers=headers)).json()
        if pushes and pushes[0]["status"] != "pending":
            return pushes[0]
        assert asyncio.get_running_loop().time() < deadline, f"still pending: {pushes}"
        await asyncio.sleep(0.05)


@pytest.mark.parametrize("fault", ["500", "slow-success"])
async def test_the_worker_finishes_a_push_in_the_background(live: LiveApp, fake: FakeConnectWise, fault: str) -> None:
    headers, session = await _session(live, fake)
    if fault == "500":
        fake.fail_next("add_note", 500, times=2)
    else:
        fake.delay_next("add_note", 1.5, effect=True)

    response = await live.client.post(f"{SESSIONS}/{session['id']}/psa-push", headers=headers)
    push = await _until_posted(live, headers, session["id"])

    assert response.status_code == 202, response.text
    assert push["status"] == "posted"
    assert push["found_by_marker"] is (fault == "slow-success")
    assert len(fake.notes_with(f"[ResolutionFlow session {session['id']} note 1]")) == 1


async def test_concurrent_pushes_of_one_session_post_one_note(live: LiveApp, fake: FakeConnectWise) -> None:
    headers, session = await _session(live, fake)
    fake.latency = 0.2

    responses = await asyncio.gather(
        *(live.client.post(f"{SESSIONS}/{session['id']}/psa-push", headers=headers) for _ in range(6))
    )

    assert sorted(r.status_code for r in responses) == [200] * 5 + [201]
    assert len({r.json()["id"] for r in responses}) == 1
    assert (await _until_posted(live, headers, session["id"]))["status"] == "posted"
    assert len(fake.notes_with(f"[ResolutionFlow session {session['id']} note")) == 1
    assert fake.count("add_note") == 1
