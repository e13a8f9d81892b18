"""The Anthropic provider through the real SDK against the fake Messages API: sync, streaming, tool
use, usage, retries with backoff on 429/529/5xx and timeouts, no retry of what cannot succeed."""

import itertools
from typing import Any

import pytest

from app.copilot import prompts
from app.copilot.providers.anthropic import AnthropicProvider
from app.copilot.providers.base import ChatRequest, Completed, ProviderFailed, TextDelta, ToolSnapshot
from app.copilot.schemas import ModelSummary
from app.core.config import Settings
from tests.copilot.conftest import model_settings
from tests.fakes.anthropic import FakeAnthropic

TOOL = prompts.tool("write_summary", "Record it.", ModelSummary)


def request(tool: bool = False) -> ChatRequest:
    return ChatRequest(
        model="claude-haiku-5-5",
        system="Answer briefly.",
        messages=[{"role": "user", "content": "Why does Outlook prompt for a password?"}],
        max_tokens=300,
        tool=TOOL if tool else None,
    )


@pytest.fixture
def server(anthropic_server: FakeAnthropic) -> FakeAnthropic:
    anthropic_server.reset()
    return anthropic_server


def provider(
    settings: Settings, server: FakeAnthropic, sleeps: list[float] | None = None, **overrides: Any
) -> AnthropicProvider:
    async def sleep(seconds: float) -> None:
        if sleeps is not None:
            sleeps.append(seconds)

    return AnthropicProvider(model_settings(settings, server, **overrides), sleep=sleep)


async def test_complete_with_a_forced_tool_returns_its_input_and_usage(
    settings: Settings, server: FakeAnthropic
) -> None:
    server.reply(tool_input={"summary": "Disabled the add-in."})

    result = await provider(settings, server).complete(request(tool=True))

    assert result.tool_input == {"summary": "Disabled the add-in."}
    assert result.stop_reason == "tool_use"
    assert result.input_tokens > 0
    assert result.output_tokens > 0
    assert result.model == "claude-haiku-5-5"
    [sent] = server.requests
    assert sent.body["tools"][0]["name"] == "write_summary"
    assert sent.body["tool_choice"]["name"] == "write_summary"
    assert sent.body["system"] == "Answer briefly."
    assert "stream" not in sent.body


async def test_streaming_text_and_tool_input(settings: Settings, server: FakeAnthropic) -> None:
    server.reply(text="Modern authentication is off for this mailbox; enable it. [1]")
    server.reply(tool_input={"summary": "A long summary that streams in several pieces of JSON."})
    chat = provider(settings, server)

    text = [event async for event in chat.stream(request())]
    tool = [event async for event in chat.stream(request(tool=True))]

    deltas = [event.text for event in text if isinstance(event, TextDelta)]
    assert len(deltas) > 2
    assert "".join(deltas) == "Modern authentication is off for this mailbox; enable it. [1]"
    done = text[-1]
    assert isinstance(done, Completed)
    assert done.result.output_tokens > 0
    snapshots = [event.input.get("summary", "") for event in tool if isinstance(event, ToolSnapshot)]
    assert len(snapshots) > 2
    assert snapshots[-1] == "A long summary that streams in several pieces of JSON."
    assert all(later.startswith(earlier) for earlier, later in itertools.pairwise(snapshots))


@pytest.mark.parametrize(
    ("status", "reason"),
    [(429, "rate_limit_error (HTTP 429)"), (529, "overloaded_error (HTTP 529)"), (500, "api_error (HTTP 500)")],
)
async def test_retryable_statuses_are_retried_with_backoff(
    settings: Settings, server: FakeAnthropic, status: int, reason: str
) -> None:
    sleeps: list[float] = []
    server.fail_next(status, times=2)
    server.reply(text="ok")

    result = await provider(
        settings, server, sleeps, copilot_backoff_seconds=0.5, copilot_backoff_cap_seconds=8
    ).complete(request())

    assert result.text == "ok"
    assert len(server.requests) == 3
    assert sleeps == [0.5, 1.0]  # exponential

    server.reset()
    server.fail_next(status, times=3)
    with pytest.raises(ProviderFailed) as failed:
        await provider(settings, server).complete(request())
    assert failed.value.reason == reason
    assert len(server.requests) == 3


async def test_retry_after_is_honoured_up_to_the_cap(settings: Settings, server: FakeAnthropic) -> None:
    sleeps: list[float] = []
    server.fail_next(429, retry_after=3)
    server.fail_next(429, retry_after=60)
    server.reply(text="ok")

    await provider(settings, server, sleeps, copilot_backoff_cap_seconds=8).complete(request())

    assert sleeps == [3.0, 8.0]


@pytest.mark.parametrize("status", [400, 401])
async def test_what_cannot_succeed_is_not_retried(settings: Settings, server: FakeAnthropic, status: int) -> None:
    server.fail_next(status)
    with pytest.raises(ProviderFailed) as failed:
        await provider(settings, server).complete(request())
    assert not failed.value.retryable
    assert len(server.requests) == 1


async def test_wrong_key_is_an_authentication_error(settings: Settings, server: FakeAnthropic) -> None:
    from pydantic import SecretStr

    chat = AnthropicProvider(model_settings(settings, server, anthropic_api_key=SecretStr("sk-ant-wrong")))
    with pytest.raises(ProviderFailed, match="authentication_error"):
        await chat.complete(request())


async def test_timeouts_are_retried_then_fail(settings: Settings, server: FakeAnthropic) -> None:
    server.delay_next(0.5, times=2)
    with pytest.raises(ProviderFailed) as failed:
        await provider(settings, server, copilot_timeout_seconds=0.15, copilot_max_retries=1).complete(request())
    assert failed.value.reason == "timeout"
    assert len(server.requests) == 2


async def test_a_stream_is_retried_only_before_anything_was_shown(settings: Settings, server: FakeAnthropic) -> None:
    server.fail_next(529)
    server.reply(text="answer after a retry")
    events = [event async for event in provider(settings, server).stream(request())]
    assert "".join(event.text for event in events if isinstance(event, TextDelta)) == "answer after a retry"

    server.reset()
    server.fail_mid_stream_next("overloaded_error")
    server.reply(text="this answer breaks off in the middle")
    shown: list[str] = []

    async def consume() -> None:
        async for event in provider(settings, server).stream(request()):
            if isinstance(event, TextDelta):
                shown.append(event.text)

    with pytest.raises(ProviderFailed) as failed:
        await consume()
    assert shown
    assert failed.value.reason.startswith("overloaded_error")
    assert len(server.requests) == 1
