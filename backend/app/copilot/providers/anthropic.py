"""Anthropic's Messages API through the official SDK (`AsyncAnthropic`, `base_url` from settings).

The SDK's own retries are off (`max_retries=0`): this class retries 429, 529, 5xx, timeouts and
connection errors itself, with exponential backoff capped by settings and `retry-after` honoured up
to that cap, so every attempt is logged and the policy is tested. A stream is retried only while
nothing of it has reached the caller.
"""

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any

from app.copilot.providers.base import (
    ChatRequest,
    ChatResult,
    Completed,
    ProviderFailed,
    StreamEvent,
    TextDelta,
    ToolSnapshot,
)
from app.core.config import Settings
from app.core.logging import get_logger

if TYPE_CHECKING:
    pass

log = get_logger(__name__)

RETRYABLE_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504, 529})
RETRYABLE_TYPES = frozenset({"rate_limit_error", "overloaded_error", "api_error", "timeout_error"})


def classify(exc: BaseException) -> ProviderFailed:
    """An SDK exception as a ProviderFailed: retryable or not, with `retry-after` when given."""
    import anthropic

    if isinstance(exc, anthropic.APITimeoutError):
        return ProviderFailed("timeout", retryable=True)
    if isinstance(exc, anthropic.APIConnectionError):
        return ProviderFailed("connection_error", retryable=True)
    if isinstance(exc, anthropic.APIStatusError):
        status = exc.status_code
        error_type = _error_type(exc.body)
        retry_after = _retry_after(exc.response.headers.get("retry-after"))
        # An `error` event inside a stream arrives with the stream's 200: its type tells what happened.
        retryable = status in RETRYABLE_STATUSES or error_type in RETRYABLE_TYPES
        label = error_type or "http_error"
        return ProviderFailed(f"{label} (HTTP {status})", retryable=retryable, retry_after=retry_after)
    if isinstance(exc, anthropic.AnthropicError):
        return ProviderFailed(type(exc).__name__)
    return ProviderFailed(f"unexpected {type(exc).__name__}")


def _error_type(body: object) -> str | None:
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict) and isinstance(error.get("type"), str):
            return str(error["type"])
    return None


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


def _partial(text: str) -> dict[str, Any] | None:
    import jiter

    try:
        value = jiter.from_json(text.encode(), partial_mode="trailing-strings")
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _result(message: Any) -> ChatResult:
    text = "".join(block.text for block in message.content if block.type == "text")
    tool_input = next((block.input for block in message.content if block.type == "tool_use"), None)
    return ChatResult(
        text=text,
        tool_input=tool_input if isinstance(tool_input, dict) else None,
        model=message.model,
        stop_reason=message.stop_reason,
        input_tokens=message.usage.input_tokens or 0,
        output_tokens=message.usage.output_tokens or 0,
        content=[block.model_dump(mode="json", exclude_none=True) for block in message.content],
    )


class AnthropicProvider:
    name = "anthropic"

    def __init__(self, settings: Settings, *, sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        from anthropic import AsyncAnthropic

        assert settings.anthropic_api_key is not None
        self._client: AsyncAnthropic = AsyncAnthropic(
            api_key=settings.anthropic_api_key.get_secret_value(),
            base_url=settings.anthropic_base_url,
            max_retries=0,
            timeout=settings.copilot_timeout_seconds,
        )
        self._retries = settings.copilot_max_retries
        self._base = settings.copilot_backoff_seconds
        self._cap = settings.copilot_backoff_cap_seconds
        self._sleep = sleep

    def backoff(self, attempt: int, retry_after: float | None) -> float:
        """Seconds before retry number `attempt + 1`: `retry-after` when the server says, else exponential."""
        wait = retry_after if retry_after is not None else self._base * 2**attempt
        return min(wait, self._cap)

    @staticmethod
    def _params(request: ChatRequest) -> dict[str, Any]:
        params: dict[str, Any] = {
            "model": request.model,
            "max_tokens": request.max_tokens,
            "system": request.system,
            "messages": request.messages,
        }
        if request.tool is not None:
            params["tools"] = [
                {
                    "name": request.tool.name,
                    "description": request.tool.description,
                    "input_schema": request.tool.input_schema,
                }
            ]
            params["tool_choice"] = {"type": "tool", "name": request.tool.name}
        return params

    async def _retry_or_raise(self, exc: BaseException, attempt: int, model: str) -> None:
        failure = classify(exc)
        log.warning(
            "copilot.provider_error",
            extra={"provider": self.name, "model": model, "attempt": attempt + 1, "error": failure.reason},
        )
        if not failure.retryable or attempt >= self._retries:
            raise failure from exc
        await self._sleep(self.backoff(attempt, failure.retry_after))

    async def complete(self, request: ChatRequest) -> ChatResult:
        import anthropic

        attempt = 0
        while True:
            try:
                message = await self._client.messages.create(**self._params(request))
                return _result(message)
            except anthropic.AnthropicError as exc:
                await self._retry_or_raise(exc, attempt, request.model)
                attempt += 1

    async def stream(self, request: ChatRequest) -> AsyncIterator[StreamEvent]:
        import anthropic

        attempt = 0
        while True:
            emitted = False
            tool_json = ""
            try:
                async with self._client.messages.stream(**self._params(request)) as stream:
                    async for event in stream:
                        if event.type == "text":
                            emitted = True
                            yield TextDelta(event.text)
                        elif event.type == "input_json":
                            # The SDK's snapshot leaves out a string until it is complete; parsing with
                            # trailing strings lets a long field (a rationale) stream as it is written.
                            tool_json += event.partial_json
                            snapshot = _partial(tool_json)
                            if snapshot is not None:
                                emitted = True
                                yield ToolSnapshot(snapshot)
                    message = await stream.get_final_message()
                yield Completed(_result(message))
                return
            except anthropic.AnthropicError as exc:
                if emitted:
                    # Part of the answer is already out: no silent restart, the caller falls back.
                    failure = classify(exc)
                    failure.retryable = False
                    raise failure from exc
                await self._retry_or_raise(exc, attempt, request.model)
                attempt += 1

    async def aclose(self) -> None:
        await self._client.close()
