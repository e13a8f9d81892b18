"""Real concurrent requests on a committed database: ratings and inserts keep the step's counters exact."""

import asyncio
from typing import Any

from tests.conftest import LiveApp
from tests.factories import auth_headers
from tests.flows.test_flows_api import create as create_flow
from tests.steps.test_steps_api import STEPS, create_step


async def test_concurrent_ratings_keep_one_per_user_and_exact_totals(live: LiveApp) -> None:
    client = live.client
    headers = [await auth_headers(client, live.members["engineer"])]
    for _ in range(4):
        headers.append(await auth_headers(client, await live.factory.member(live.team, "engineer")))
    step = await create_step(client, headers[0])
    url = f"{STEPS}/{step['id']}/rating"

    puts: list[Any] = [client.put(url, json={"rating": 1 + i}, headers=h) for i, h in enumerate(headers)]
    puts += [client.put(url, json={"rating": 5}, headers=headers[0]) for _ in range(3)]  # one user, several at once
    responses = await asyncio.gather(*puts)

    assert {r.status_code for r in responses} == {200}
    read = (await client.get(f"{STEPS}/{step['id']}", headers=headers[0])).json()
    ratings = (await client.get(f"{STEPS}/{step['id']}/ratings", headers=headers[0])).json()
    assert len(ratings) == 5
    assert read["rating_count"] == 5
    assert read["average_rating"] == round(sum(r["rating"] for r in ratings) / 5, 2)


async def test_concurrent_inserts_with_one_revision_let_one_through_and_count_one_use(live: LiveApp) -> None:
    client = live.client
    headers = await auth_headers(client, live.members["engineer"])
    step = await create_step(client, headers)
    flow = await create_flow(client, headers)

    responses = await asyncio.gather(
        *(
            client.post(f"{STEPS}/{step['id']}/insert", json={"flow_id": flow["id"], "revision": 1}, headers=headers)
            for _ in range(4)
        )
    )

    assert sorted(r.status_code for r in responses) == [200, 409, 409, 409]
    assert {r.json()["detail"] for r in responses if r.status_code == 409} == {"draft_conflict"}
    assert (await client.get(f"{STEPS}/{step['id']}", headers=headers)).json()["use_count"] == 1
    after = (await client.get(f"/api/v1/flows/{flow['id']}", headers=headers)).json()
    assert (after["draft_revision"], len(after["graph"]["nodes"])) == (2, 4)
