"""The knowledge flywheel: similar unresolved sessions become proposals; team_admins accept or reject them."""

import uuid
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from app.copilot.flywheel import FlywheelScheduler
from app.copilot.models import Proposal
from app.core.clock import utcnow
from app.core.config import to_libpq_url
from app.core.scheduler import Scheduler
from tests.copilot.conftest import COPILOT, World
from tests.factories import Factory, auth_headers
from tests.fakes.anthropic import FakeAnthropic
from tests.sessions.helpers import answer, captured, done, ended, note, send, start

PROPOSALS = "/api/v1/proposals"


async def profile_failures(client: httpx.AsyncClient, world: World, count: int = 3) -> list[str]:
    """Sessions that took `No` at `ask`, rebuilt the profile in vain and ended unresolved."""
    ids = []
    for n in range(count):
        session = await start(client, world.headers, world.flow["id"])
        session = await send(client, world.headers, session, answer("ask", 1))
        session = await send(client, world.headers, session, captured("code", "error_code", "0x8004010F"))
        session = await send(
            client, world.headers, session, note(f"OST file locked by the Teams add-in again (case {n}).")
        )
        session = await send(client, world.headers, session, done("profile", "failed"))
        await send(
            client, world.headers, session, ended("unresolved", "Profile rebuild did not help; OST locked by Teams.")
        )
        ids.append(session["id"])
    return ids


async def run(client: httpx.AsyncClient, headers: dict[str, str]) -> dict[str, Any]:
    response = await client.post(f"{COPILOT}/flywheel/run", headers=headers)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


async def test_a_cluster_of_failures_becomes_a_branch_proposal_a_lead_accepts(
    client: httpx.AsyncClient, world: World, factory: Factory
) -> None:
    admin = await auth_headers(client, await factory.member(world.team_engineer.team, "team_admin"))
    failures = await profile_failures(client, world)

    result = await run(client, admin)

    assert result["sessions_read"] == 8
    assert result["sessions_embedded"] == 8
    assert result["candidates"] == 4
    assert result["clusters"] == 1
    assert result["proposals_created"] == 1
    [proposal] = (await client.get(PROPOSALS, headers=world.headers)).json()["items"]
    assert proposal["kind"] == "new_branch"
    assert proposal["flow_id"] == world.flow["id"]
    assert proposal["node_id"] == "ask"
    assert proposal["status"] == "pending"
    assert proposal["provider"] == "offline"
    assert set(failures) <= {item["session_id"] for item in proposal["evidence"]}
    assert "Teams" in proposal["description"] or "teams" in proposal["description"]
    # The next run finds nothing new.
    assert (await run(client, admin))["proposals_created"] == 0

    assert (await client.post(f"{PROPOSALS}/{proposal['id']}/accept", headers=world.headers)).status_code == 403
    accepted = (await client.post(f"{PROPOSALS}/{proposal['id']}/accept", headers=admin)).json()

    assert accepted["status"] == "accepted"
    assert accepted["result_flow_id"] == world.flow["id"]
    flow = (await client.get(f"/api/v1/flows/{world.flow['id']}", headers=world.headers)).json()
    ask = next(node for node in flow["graph"]["nodes"] if node["id"] == "ask")
    assert len(ask["answers"]) == 3
    assert ask["answers"][2]["target"].startswith("p")
    assert flow["latest_version"] == 1  # the draft changed; nothing was published
    validated = await client.post(f"/api/v1/flows/{world.flow['id']}/validate", headers=world.headers)
    assert validated.json()["valid"] is True
    again = await client.post(f"{PROPOSALS}/{proposal['id']}/reject", json={"reason": "late"}, headers=admin)
    assert (again.status_code, again.json()["detail"]) == (409, "proposal_decided")


async def test_the_model_writes_the_proposal_when_configured(
    client: httpx.AsyncClient, world: World, factory: Factory, fake: FakeAnthropic
) -> None:
    admin = await auth_headers(client, await factory.member(world.team_engineer.team, "team_admin"))
    await profile_failures(client, world)
    fake.reply(
        tool_input={
            "title": "OST locked by the Teams add-in",
            "description": "Three sessions failed to rebuild the profile while Teams held the OST.",
            "steps": [
                {"kind": "action", "title": "Quit Teams, then rebuild the OST", "body": "taskkill /im ms-teams.exe"}
            ],
        }
    )

    await run(client, admin)

    [proposal] = (await client.get(PROPOSALS, headers=admin)).json()["items"]
    assert proposal["provider"] == "anthropic"
    assert proposal["title"] == "OST locked by the Teams add-in"
    [request] = fake.requests
    assert request.body["model"] == "claude-sonnet-5-5"
    assert "OST file locked" in request.body["messages"][0]["content"]


async def test_new_flow_proposals_become_drafts_and_rejections_keep_the_reason(
    client: httpx.AsyncClient, world: World, factory: Factory, db: AsyncSession
) -> None:
    admin_member = await factory.member(world.team_engineer.team, "team_admin")
    admin = await auth_headers(client, admin_member)
    rows = [
        Proposal(
            id=uuid.uuid4(), team_id=world.team_engineer.team.id, kind="new_flow", status="pending", title=title,
            description="Scanner to e-mail fails after the mail relay change.", evidence=[], provider="offline",
            steps=[{"kind": "question", "title": "Does the scanner reach the relay?", "body": ""},
                   {"kind": "action", "title": "Update the relay IP in the scanner", "body": ""}],
            created_at=utcnow(),
        )
        for title in ("Scan to e-mail fails", "Something else")
    ]  # fmt: skip
    db.add_all(rows)
    await db.commit()

    accepted = (await client.post(f"{PROPOSALS}/{rows[0].id}/accept", headers=admin)).json()
    rejected = (
        await client.post(
            f"{PROPOSALS}/{rows[1].id}/reject", json={"reason": "Duplicate of the relay flow"}, headers=admin
        )
    ).json()

    flow = (await client.get(f"/api/v1/flows/{accepted['result_flow_id']}", headers=admin)).json()
    assert flow["status"] == "draft"
    assert flow["title"] == "Scan to e-mail fails"
    assert flow["tags"] == ["flowpilot"]
    assert flow["graph"]["nodes"][0]["title"] == "Does the scanner reach the relay?"
    assert rejected["status"] == "rejected"
    assert rejected["reject_reason"] == "Duplicate of the relay flow"
    assert rejected["decided_by_id"] == str(admin_member.user.id)
    pending = (await client.get(PROPOSALS, params={"status": "pending"}, headers=admin)).json()
    assert pending["items"] == []
    missing_reason = await client.post(f"{PROPOSALS}/{rows[1].id}/reject", json={"reason": ""}, headers=admin)
    assert missing_reason.status_code == 422


async def test_proposals_stay_in_their_team(
    client: httpx.AsyncClient, world: World, factory: Factory, db: AsyncSession
) -> None:
    row = Proposal(
        id=uuid.uuid4(), team_id=world.team_engineer.team.id, kind="new_flow", status="pending", title="Ours",
        description="d", evidence=[], steps=[], provider="offline", created_at=utcnow(),
    )  # fmt: skip
    db.add(row)
    await db.commit()
    stranger = await auth_headers(client, await factory.member(role="team_admin"))

    assert (await client.get(PROPOSALS, headers=stranger)).json()["items"] == []
    for method, path in (("GET", ""), ("POST", "/accept")):
        response = await client.request(method, f"{PROPOSALS}/{row.id}{path}", headers=stranger)
        assert (response.status_code, response.json()["detail"]) == (404, "proposal_not_found")
    assert (await client.post(f"{COPILOT}/flywheel/run", headers=world.headers)).status_code == 403
    assert (await client.get(PROPOSALS, params={"cursor": "garbage"}, headers=stranger)).json()[
        "detail"
    ] == "invalid_cursor"


async def test_the_nightly_job_is_scheduled(settings: Any, app: Any) -> None:
    scheduler = Scheduler(to_libpq_url(settings.database_url), poll_seconds=60)
    FlywheelScheduler(settings, app.state.sessionmaker, app.state.copilot, app.state.embedder).register(scheduler)
    await scheduler.start()
    try:
        next_run = scheduler.next_run(FlywheelScheduler.JOB_ID)
        assert next_run is not None
        assert next_run.hour == settings.copilot_flywheel_cron_hour
        assert next_run.minute == 0
    finally:
        await scheduler.stop()
