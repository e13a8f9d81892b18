"""Ticket summaries (editable before the push) and FlowPilot's escalation briefings."""

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.copilot.models import CopilotUsage
from tests.copilot.conftest import World
from tests.factories import Factory, auth_headers
from tests.fakes.anthropic import FakeAnthropic
from tests.sessions.helpers import ESCALATIONS, SESSIONS, answer, done, note, send, start


async def worked_session(client: httpx.AsyncClient, world: World) -> dict:  # type: ignore[type-arg]
    session = await start(
        client, world.headers, world.flow["id"], ticket_id="T-77", client_name="Contoso", target="CDL-LT-0042"
    )
    session = await send(client, world.headers, session, answer("ask", 0))
    session = await send(client, world.headers, session, note("User says it began after the Teams update."))
    return await send(client, world.headers, session, done("addins", "failed"))


async def test_offline_summary_is_generated_edited_and_marked_stale(
    client: httpx.AsyncClient, world: World, factory: Factory
) -> None:
    session = await worked_session(client, world)
    url = f"{SESSIONS}/{session['id']}/copilot/summary"
    assert (await client.get(url, headers=world.headers)).json()["detail"] == "summary_not_found"

    generated = (await client.post(url, headers=world.headers)).json()

    assert generated["provider"] == "offline"
    assert generated["route"]["offline"] is True
    assert generated["text"].startswith("Outlook won't start (Contoso, CDL-LT-0042).")
    assert "Does Outlook start in safe mode: Yes" in generated["text"]
    assert "Disable COM add-ins (failed)" in generated["text"]
    assert "Teams update" in generated["text"]
    assert generated["edited"] is False
    assert generated["stale"] is False

    edited = (
        await client.put(url, json={"text": "Outlook fixed by removing the Teams add-in."}, headers=world.headers)
    ).json()
    assert edited["edited"] is True
    assert edited["generated_text"] == generated["text"]
    await send(
        client,
        world.headers,
        (await client.get(f"{SESSIONS}/{session['id']}", headers=world.headers)).json(),
        note("More."),
    )
    read = (await client.get(url, headers=world.headers)).json()
    assert read["text"] == "Outlook fixed by removing the Teams add-in."
    assert read["stale"] is True

    viewer = await auth_headers(client, await factory.member(world.team_engineer.team, "viewer"))
    stranger = await auth_headers(client, await factory.member(role="team_admin"))
    assert (await client.get(url, headers=viewer)).status_code == 200
    assert (await client.post(url, headers=viewer)).status_code == 403
    assert (await client.put(url, json={"text": "x"}, headers=viewer)).status_code == 403
    assert (await client.get(url, headers=stranger)).json()["detail"] == "session_not_found"
    assert (await client.put(url, json={"text": ""}, headers=world.headers)).status_code == 422


async def test_model_summary_goes_through_the_fake_with_the_fast_tier(
    client: httpx.AsyncClient, world: World, fake: FakeAnthropic, db: AsyncSession
) -> None:
    session = await worked_session(client, world)
    fake.reply(tool_input={"summary": "Outlook did not start; disabling add-ins failed. Escalation pending."})

    generated = (await client.post(f"{SESSIONS}/{session['id']}/copilot/summary", headers=world.headers)).json()

    assert generated["provider"] == "anthropic"
    assert generated["model"] == "claude-haiku-5-5"
    assert generated["text"] == "Outlook did not start; disabling add-ins failed. Escalation pending."
    [request] = fake.requests
    assert request.body["tool_choice"]["name"] == "write_summary"
    assert "Disable COM add-ins" in request.body["messages"][0]["content"]
    row = (await db.execute(select(CopilotUsage).where(CopilotUsage.feature == "summary"))).scalar_one()
    assert (row.tier, row.outcome) == ("fast", "ok")


async def test_escalation_package_carries_flowpilots_briefing(
    client: httpx.AsyncClient, world: World, factory: Factory
) -> None:
    session = await worked_session(client, world)
    lead = await factory.member(world.team_engineer.team, "team_admin")

    escalated = await client.post(
        f"{SESSIONS}/{session['id']}/escalate", json={"reason": "Needs Exchange admin rights"}, headers=world.headers
    )

    assert escalated.status_code == 200, escalated.text
    ai = escalated.json()["briefing"]["ai"]
    assert ai["provider"] == "offline"
    assert "1 failed (Disable COM add-ins)" in ai["summary"]
    assert "Needs Exchange admin rights" in ai["summary"]
    assert ai["likely_cause"] == "The failing step “Disable COM add-ins” is the most likely place of the fault."
    assert any("Not done yet" in question or "Failed" in question for question in ai["open_questions"])
    lead_headers = await auth_headers(client, lead)
    queue = (await client.get(ESCALATIONS, headers=lead_headers)).json()
    assert queue["items"][0]["briefing"]["ai"]["summary"] == ai["summary"]
    read = await client.get(f"{SESSIONS}/{session['id']}/copilot/briefing", headers=lead_headers)
    assert read.status_code == 200
    assert read.json()["summary"] == ai["summary"]


async def test_model_briefing_uses_the_deep_tier(client: httpx.AsyncClient, world: World, fake: FakeAnthropic) -> None:
    session = await worked_session(client, world)
    fake.reply(
        tool_input={
            "summary": "Add-ins were disabled without effect.",
            "likely_cause": "A corrupt profile.",
            "next_steps": ["Rebuild the profile"],
            "open_questions": ["Which error code?"],
        }
    )

    briefing = (await client.post(f"{SESSIONS}/{session['id']}/copilot/briefing", headers=world.headers)).json()

    assert briefing["provider"] == "anthropic"
    assert briefing["model"] == "claude-sonnet-5-5"
    assert briefing["next_steps"] == ["Rebuild the profile"]
    assert (
        await client.get(f"{SESSIONS}/{session['id']}/copilot/briefing", headers=world.headers)
    ).json() == briefing | {
        "generated_at": (
            await client.get(f"{SESSIONS}/{session['id']}/copilot/briefing", headers=world.headers)
        ).json()["generated_at"]
    }


async def test_the_ticket_summary_as_edited_opens_every_export_redacted(
    client: httpx.AsyncClient, world: World
) -> None:
    session = await worked_session(client, world)
    url = f"{SESSIONS}/{session['id']}"
    assert "Summary" not in (await client.get(f"{url}/document?format=md", headers=world.headers)).text
    await client.post(f"{url}/copilot/summary", headers=world.headers)
    edited = "Outlook fixed by removing the Teams add-in; the old password=Hunter2! was reset."
    await client.put(f"{url}/copilot/summary", json={"text": edited}, headers=world.headers)

    exports = {
        fmt: (await client.get(f"{url}/document?format={fmt}", headers=world.headers)).text
        for fmt in ("md", "txt", "html", "psa")
    }

    summary = "## Summary\n\nOutlook fixed by removing the Teams add-in; the old password=[REDACTED:password]"
    assert summary in exports["md"]
    assert "SUMMARY\n-------\nOutlook fixed by removing the Teams add-in" in exports["txt"]
    assert "<h2>Summary</h2>" in exports["html"]
    assert "\nSummary:\n  Outlook fixed by removing the Teams add-in" in exports["psa"]
    assert all("Hunter2" not in text for text in exports.values())
