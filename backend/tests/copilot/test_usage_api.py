"""The usage ledger and the monthly budget: warning at 80 %, offline at 100 %, set by a team_admin."""

import uuid
from decimal import Decimal

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from app.copilot.models import CopilotUsage
from app.core.clock import utcnow
from tests.copilot.conftest import COPILOT, World, final, suggest
from tests.copilot.test_suggest_api import MODEL_ANSWER
from tests.factories import Factory, auth_headers
from tests.fakes.anthropic import FakeAnthropic
from tests.sessions.helpers import start


async def spend(db: AsyncSession, world: World, usd: str) -> None:
    db.add(
        CopilotUsage(
            id=uuid.uuid4(), team_id=world.team_engineer.team.id, feature="chat", tier="deep", provider="anthropic",
            model="claude-sonnet-5-5", input_tokens=1000, output_tokens=100, cost_usd=Decimal(usd), latency_ms=900,
            outcome="ok", reason="test", created_at=utcnow(),
        )
    )  # fmt: skip
    await db.commit()


async def test_offline_answers_are_in_the_ledger_at_no_cost(
    client: httpx.AsyncClient, world: World, factory: Factory
) -> None:
    admin = await auth_headers(client, await factory.member(world.team_engineer.team, "team_admin"))
    session = await start(client, world.headers, world.flow["id"])
    await suggest(client, world.headers, session["id"])

    usage = (await client.get(f"{COPILOT}/usage", headers=admin)).json()

    assert usage["provider"] == "offline"
    assert usage["budget"]["state"] == "unlimited"
    assert usage["lines"] == [
        {
            "feature": "suggest",
            "tier": "fast",
            "requests": 1,
            "input_tokens": 0,
            "output_tokens": 0,
            "cost_usd": 0.0,
            "offline": 1,
        }
    ]
    [entry] = usage["recent"]
    assert (entry["provider"], entry["model"], entry["outcome"]) == ("offline", "offline", "offline")


async def test_budget_warns_at_80_percent_and_goes_offline_at_100(
    client: httpx.AsyncClient, world: World, fake: FakeAnthropic, factory: Factory, db: AsyncSession
) -> None:
    admin = await auth_headers(client, await factory.member(world.team_engineer.team, "team_admin"))
    budget = await client.put(f"{COPILOT}/budget", json={"monthly_budget_usd": 10}, headers=admin)
    assert budget.json() | {"resets_at": None} == {
        "state": "ok",
        "limit_usd": 10.0,
        "spent_usd": 0.0,
        "share": 0.0,
        "resets_at": None,
    }
    session = await start(client, world.headers, world.flow["id"])

    await spend(db, world, "8.50")
    fake.reply(tool_input=MODEL_ANSWER)
    warned = final(await suggest(client, world.headers, session["id"]), "suggestion")["provider"]
    assert warned["provider"] == "anthropic"
    assert warned["budget"]["state"] == "warning"
    assert warned["notice"].startswith("85% of the team's monthly AI budget")

    await spend(db, world, "1.50")
    fake.reset()
    exhausted = final(await suggest(client, world.headers, session["id"]), "suggestion")["provider"]
    assert exhausted["offline"] is True
    assert exhausted["budget"]["state"] == "exhausted"
    assert exhausted["reason"] == "monthly AI budget used up"
    assert "is used up: FlowPilot answers offline" in exhausted["notice"]
    assert fake.requests == []  # nothing reached the provider
    usage = (await client.get(f"{COPILOT}/usage", headers=admin)).json()
    assert usage["recent"][0]["outcome"] == "budget_exhausted"
    assert usage["budget"]["share"] >= 1

    raised = await client.put(f"{COPILOT}/budget", json={"monthly_budget_usd": 100}, headers=admin)
    assert raised.json()["state"] == "ok"
    status = (await client.get(f"{COPILOT}/status", headers=world.headers)).json()
    assert status["provider"] == "anthropic"
    assert status["budget"]["limit_usd"] == 100.0


async def test_budget_and_usage_are_the_team_admins_and_the_teams_own(
    client: httpx.AsyncClient, world: World, factory: Factory, db: AsyncSession
) -> None:
    await spend(db, world, "2.00")
    other_admin = await auth_headers(client, await factory.member(role="team_admin"))
    viewer = await auth_headers(client, await factory.member(world.team_engineer.team, "viewer"))

    assert (await client.get(f"{COPILOT}/usage", headers=world.headers)).status_code == 403
    assert (
        await client.put(f"{COPILOT}/budget", json={"monthly_budget_usd": 5}, headers=world.headers)
    ).status_code == 403
    assert (await client.get(f"{COPILOT}/status", headers=viewer)).json()["budget"]["spent_usd"] == 2.0
    theirs = (await client.get(f"{COPILOT}/usage", headers=other_admin)).json()
    assert theirs["lines"] == []
    assert theirs["recent"] == []
    assert theirs["budget"]["spent_usd"] == 0.0
    for body in ({"monthly_budget_usd": -1}, {"monthly_budget_usd": "lots"}, {}):
        response = await client.put(f"{COPILOT}/budget", json=body, headers=other_admin)
        assert (response.status_code, response.json()["detail"]) == (422, "validation_error")
    assert (await client.put(f"{COPILOT}/budget", json={"monthly_budget_usd": None}, headers=other_admin)).json()[
        "state"
    ] == "unlimited"
