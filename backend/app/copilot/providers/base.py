"""The one interface for chat completion (sync and streaming) that copilot features call.

Embeddings are the app's embedding provider (`app.embeddings.providers`), reused as they are.
The offline provider (`app.copilot.offline`) is not a chat model: with no key it answers each
feature straight from the team's data, so it sits behind the feature functions, not this interface.
"""

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True)
class Tool:
    """A tool the model must call: its input is the strict schema of the answer."""

    name: str
    description: str
    input_schema: dict[str, Any]


@dataclass(frozen=True)
class ChatRequest:
    model: str
    system: str
    # [{"role": "user"|"assistant", "content": str | [blocks]}], already redacted and delimited.
    messages: list[dict[str, Any]]
    max_tokens: int
    tool: Tool | None = None


@dataclass(frozen=True)
class ChatResult:
    text: str
    tool_input: dict[str, Any] | None
    model: str
    stop_reason: str | None
    input_tokens: int
    output_tokens: int
    # The assistant's content blocks as sent back (a repair loop replies to its tool call).
    content: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class TextDelta:
    text: str


@dataclass(frozen=True)
class ToolSnapshot:
    """The tool input parsed so far (partial JSON), while it streams."""

    input: dict[str, Any]


@dataclass(frozen=True)
class Completed:
    result: ChatResult


StreamEvent = TextDelta | ToolSnapshot | Completed


class ProviderFailed(Exception):
    """The provider did not answer (after retries). `reason` is short and secret-free: it goes to the
    usage ledger and the log, never the provider's message, which may echo the request."""

    def __init__(self, reason: str, *, retryable: bool = False, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retryable = retryable
        self.retry_after = retry_after


class ChatProvider(Protocol):
    name: str

    async def complete(self, request: ChatRequest) -> ChatResult: ...

    def stream(self, request: ChatRequest) -> AsyncIterator[StreamEvent]: ...
