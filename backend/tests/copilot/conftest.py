"""Copilot test plumbing: the fake Anthropic server, the local embedding model (loaded once), a
published flow with a history of sessions, and an SSE reader."""

import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from app.copilot.providers.anthropic import AnthropicProvider
from app.copilot.service import CopilotRuntime
from app.core.config import Settings
from app.embeddings.providers import WordLlamaProvider
from tests.factories import Factory, Member, auth_headers
from tests.fakes import anthropic as fake_anthropic
from tests.sessions.helpers import SESSIONS, answer, done, ended, note, published_flow, send, start

ANTHROPIC_KEY = "sk-ant-api03-test-key-0123456789"
COPILOT = "/api/v1/copilot"
Json = dict[str, Any]


@pytest.fixture(scope="session")
def anthropic_server() -> Iterator[fake_anthropic.FakeAnthropic]:
    with fake_anthropic.running(ANTHROPIC_KEY) as server:
        yield server


@pytest.fixture(scope="session")
def wordllama() -> WordLlamaProvider:
    return WordLlamaProvider()


@pytest.fixture(autouse=True)
def _shared_embedder(app: Any, wordllama: WordLlamaProvider) -> None:
    """One local model for all copilot tests (each app would load its own)."""
    app.state.embedder = wordllama


def model_settings(settings: Settings, server: fake_anthropic.FakeAnthropic, **overrides: Any) -> Settings:
    return settings.model_copy(
        update={
            "anthropic_api_key": SecretStr(ANTHROPIC_KEY),
            "anthropic_base_url": server.base_url,
            "copilot_timeout_seconds": 2.0,
            "copilot_max_retries": 2,
            "copilot_backoff_seconds": 0.01,
            "copilot_backoff_cap_seconds": 0.05,
            **overrides,
        }
    )


@pytest.fixture
async def fake(
    app: Any, settings: Settings, anthropic_server: fake_anthropic.FakeAnthropic
) -> AsyncIterator[fake_anthropic.FakeAnthropic]:
    """The app's copilot pointed at the fake Anthropic server through the real SDK."""
    anthropic_server.reset()
    configured = model_settings(settings, anthropic_server)
    app.state.copilot = CopilotRuntime(configured, AnthropicProvider(configured))
    yield anthropic_server
    await app.state.copilot.aclose()


async def read_sse(response: httpx.Response) -> list[tuple[str, Json]]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/event-stream")
    events = []
    for block in response.text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.split("\n"))
        events.append((lines["event"], json.loads(lines["data"])))
    return events


def final(events: list[tuple[str, Json]], name: str) -> Json:
    found = [data for event, data in events if event == name]
    assert found, f"no `{name}` event in {[event for event, _ in events]}"
    return found[-1]


def streamed_text(events: list[tuple[str, Json]]) -> str:
    return "".join(data["text"] for event, data in events if event == "delta")


@dataclass
class World:
    team_engineer: Member
    headers: dict[str, str]
    flow: Json


@pytest.fixture
async def world(client: httpx.AsyncClient, factory: Factory) -> World:
    """An engineer, the Outlook flow published, and a history: 4 resolved sessions that answered `ask`
    with Yes and 1 that answered No."""
    engineer = await factory.member(role="engineer")
    headers = await auth_headers(client, engineer)
    flow = await published_flow(client, headers, title="Outlook won't start")
    for index in (0, 0, 0, 0, 1):
        session = await start(client, headers, flow["id"])
        session = await send(client, headers, session, answer("ask", index))
        if index == 0:
            session = await send(client, headers, session, note("Disabled the Teams meeting add-in, Outlook starts."))
            session = await send(client, headers, session, done("addins"))
            session = await send(client, headers, session, answer("works", 0))
        await send(client, headers, session, ended("resolved" if index == 0 else "unresolved"))
    return World(engineer, headers, flow)


async def suggest(client: httpx.AsyncClient, headers: dict[str, str], session_id: str) -> list[tuple[str, Json]]:
    return await read_sse(await client.post(f"{SESSIONS}/{session_id}/copilot/suggest", headers=headers))
