"""The AI flow builder: a draft that passes validation (repair loop, at most 3 rounds), never published."""

from typing import Any

import httpx

from tests.copilot.conftest import COPILOT, World
from tests.factories import Factory, auth_headers
from tests.fakes.anthropic import FakeAnthropic

RUNBOOK = """Printer offline runbook
1. Ping the printer from the print server (`Test-NetConnection 10.20.4.31`)
2. Is the print spooler running?
3. Restart the spooler: `Restart-Service Spooler`
4. Print a test page
"""
GOOD = {
    "start": "ping",
    "nodes": [
        {
            "id": "ping",
            "kind": "question",
            "title": "Does the printer answer a ping?",
            "answers": [{"label": "Yes", "target": "spooler"}, {"label": "No", "target": "onsite"}],
        },
        {
            "id": "spooler",
            "kind": "action",
            "title": "Restart the spooler",
            "commands": [{"text": "Restart-Service Spooler"}],
        },
        {"id": "done", "kind": "resolution", "title": "Printing again"},
        {"id": "onsite", "kind": "escalation", "title": "Send someone onsite"},
    ],
    "edges": [{"source": "spooler", "target": "done"}],
}
BROKEN = {**GOOD, "edges": []}  # the spooler step leads nowhere


def draft(graph: dict[str, Any]) -> dict[str, Any]:
    return {
        "title": "Printer offline",
        "description": "Printers that show offline.",
        "tags": ["Printing"],
        "graph": graph,
    }


async def build(client: httpx.AsyncClient, headers: dict[str, str], **body: Any) -> httpx.Response:
    return await client.post(
        f"{COPILOT}/flows/build", json={"description": "Printer shows offline for all users.", **body}, headers=headers
    )


async def test_offline_builder_turns_a_runbook_into_a_valid_draft(client: httpx.AsyncClient, world: World) -> None:
    response = await build(client, world.headers, runbook=RUNBOOK, title="Printer offline")

    assert response.status_code == 201, response.text
    built = response.json()
    assert built["validation"]["valid"] is True
    assert built["rounds"] == 0
    assert built["provider"]["offline"] is True
    flow = built["flow"]
    assert flow["status"] == "draft"
    assert flow["latest_version"] == 0
    assert flow["title"] == "Printer offline"
    titles = [node["title"] for node in flow["graph"]["nodes"]]
    assert "Is the print spooler running?" in titles
    assert "Is the problem solved?" in titles
    read = await client.get(f"/api/v1/flows/{flow['id']}", headers=world.headers)
    assert read.status_code == 200
    assert read.json()["status"] == "draft"


async def test_the_models_draft_is_repaired_with_the_validation_errors(
    client: httpx.AsyncClient, world: World, fake: FakeAnthropic
) -> None:
    fake.reply(tool_input=draft(BROKEN))
    fake.reply(tool_input=draft(GOOD))

    built = (await build(client, world.headers, runbook=RUNBOOK)).json()

    assert built["rounds"] == 2
    assert built["validation"]["valid"] is True
    assert built["provider"]["provider"] == "anthropic"
    assert built["provider"]["tier"] == "deep"
    assert built["flow"]["tags"] == ["printing"]
    assert built["flow"]["status"] == "draft"
    first, second = fake.requests
    assert "runbook>>>" in first.body["messages"][0]["content"]
    feedback = second.body["messages"][-1]["content"][0]
    assert feedback["type"] == "tool_result"
    assert feedback["is_error"] is True
    assert "dead_end" in feedback["content"]
    assert second.body["messages"][1]["role"] == "assistant"


async def test_three_bad_rounds_fall_back_to_the_offline_builder(
    client: httpx.AsyncClient, world: World, fake: FakeAnthropic
) -> None:
    fake.reply(tool_input=draft(BROKEN), times=2)
    fake.reply(tool_input={"title": "no graph at all"})

    built = (await build(client, world.headers, runbook=RUNBOOK)).json()

    assert len(fake.requests) == 3
    assert built["validation"]["valid"] is True
    assert built["provider"]["offline"] is True
    assert built["provider"]["reason"] == "fallback: the model's draft did not validate in 3 rounds"


async def test_builder_input_and_roles(client: httpx.AsyncClient, world: World, factory: Factory) -> None:
    viewer = await auth_headers(client, await factory.member(world.team_engineer.team, "viewer"))
    assert (await build(client, viewer)).status_code == 403
    for body in (
        {"description": "short"},
        {"description": "x" * 20, "kind": "bogus"},
        {"description": "x" * 20, "runbook": "y" * 50_001},
    ):
        response = await client.post(f"{COPILOT}/flows/build", json=body, headers=world.headers)
        assert (response.status_code, response.json()["detail"]) == (422, "validation_error")
