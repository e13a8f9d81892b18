"""Real concurrent appends on a committed database: no event is lost or duplicated."""

import asyncio
import uuid
from collections import Counter
from typing import Any

from tests.conftest import LiveApp
from tests.factories import auth_headers
from tests.sessions.helpers import SESSIONS, events, note, post_event, published_flow, start


async def test_many_writers_each_get_their_event_in_exactly_once(live: LiveApp) -> None:
    """Each writer reads, appends with what it saw, and on `stale_seq` retries from `current`."""
    client = live.client
    headers = await auth_headers(client, live.members["engineer"])
    session = await start(client, headers, (await published_flow(client, headers))["id"])
    writers, conflicts = 24, Counter[str]()

    async def writer(number: int) -> dict[str, Any]:
        seen = session
        key = f"writer-{number}-{uuid.uuid4()}"
        while True:
            response = await post_event(client, headers, seen, note(f"note {number}"), key=key)
            if response.status_code == 201:
                result: dict[str, Any] = response.json()
                return result
            assert response.status_code == 409, response.text
            conflicts[response.json()["detail"]] += 1
            seen = response.json()["current"]

    results = await asyncio.gather(*(writer(n) for n in range(writers)))

    log = await events(client, headers, session["id"])
    assert [e["seq"] for e in log] == list(range(1, writers + 2))
    assert sorted(e["payload"]["text"] for e in log[1:]) == sorted(f"note {n}" for n in range(writers))
    assert sorted(r["event"]["seq"] for r in results) == list(range(2, writers + 2))
    assert set(conflicts) <= {"stale_seq"}
    final = (await client.get(f"{SESSIONS}/{session['id']}", headers=headers)).json()
    assert final["last_seq"] == writers + 1


async def test_writers_with_the_same_expected_seq_let_exactly_one_through(live: LiveApp) -> None:
    client = live.client
    headers = await auth_headers(client, live.members["engineer"])
    session = await start(client, headers, (await published_flow(client, headers))["id"])

    responses = await asyncio.gather(*(post_event(client, headers, session, note(f"n{i}")) for i in range(8)))

    assert sorted(r.status_code for r in responses) == [201] + [409] * 7
    assert {r.json()["current"]["last_seq"] for r in responses if r.status_code == 409} == {2}
    assert len(await events(client, headers, session["id"])) == 2


async def test_concurrent_retries_with_one_key_append_once(live: LiveApp) -> None:
    client = live.client
    headers = await auth_headers(client, live.members["engineer"])
    session = await start(client, headers, (await published_flow(client, headers))["id"])

    responses = await asyncio.gather(
        *(post_event(client, headers, session, note("only once"), key="same-key") for _ in range(6))
    )

    assert {r.status_code for r in responses} == {201}
    assert {r.json()["event"]["seq"] for r in responses} == {2}
    assert len(await events(client, headers, session["id"])) == 2
