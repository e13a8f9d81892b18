"""A fake Anthropic Messages API: a real HTTP server on 127.0.0.1 speaking the real wire format.

`POST /v1/messages` with the key (`x-api-key`, or `Authorization: Bearer` as the SDK sends it), an
`anthropic-version` and `{"model", "max_tokens", "system", "messages", "tools", "tool_choice", "stream", ...}`
answers a Message
(`{"id", "type": "message", "role": "assistant", "content": [...], "model", "stop_reason",
"stop_sequence", "usage": {"input_tokens", "output_tokens"}}`), or with `"stream": true` Server-Sent
Events: `message_start`, `content_block_start`, `ping`, `content_block_delta` (`text_delta` or
`input_json_delta`), `content_block_stop`, `message_delta` (stop_reason, usage), `message_stop`.
Errors are `{"type": "error", "error": {"type": ..., "message": ...}}` with the real statuses (429
with `retry-after`), or an `error` event in the middle of a stream.

What it answers: replies queued by the test (`reply(text=...)`, `reply(tool_input=...)` or a function
of the request), else for a forced tool a minimal input valid against the tool's schema, else a short
text. Tests queue failures (`fail_next(529)`, `fail_mid_stream_next()`), delays (`delay_next`), and
read every request received (`requests`), which is how redaction is proven.
"""

import itertools
import json
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

# The reference documents 2023-06-01; the SDK (2.x) sends a newer dated version. An unknown or
# missing version is refused as the real API does.
API_VERSIONS = frozenset({"2023-06-01", "2026-10-21"})
ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    529: "overloaded_error",
}
ERROR_MESSAGES = {
    "invalid_request_error": "Invalid request.",
    "authentication_error": "invalid x-api-key",
    "rate_limit_error": "Number of request tokens has exceeded your per-minute rate limit.",
    "api_error": "Internal server error",
    "overloaded_error": "Overloaded",
}
DEFAULT_TEXT = "According to the team's knowledge, start with [1]."


@dataclass
class Reply:
    text: str | None = None
    tool_input: dict[str, Any] | None = None
    stop_reason: str | None = None


@dataclass
class Recorded:
    headers: dict[str, str]
    body: dict[str, Any]

    @property
    def prompt(self) -> str:
        """Everything the request sent as text: system prompt and every message."""
        return json.dumps(
            {"system": self.body.get("system"), "messages": self.body.get("messages")}, ensure_ascii=False
        )


def minimal(schema: dict[str, Any]) -> Any:
    """The smallest value valid against a (ref-free) JSON schema."""
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = [option for option in schema[key] if option.get("type") != "null"] or schema[key]
            return minimal(options[0])
    kind = schema.get("type")
    if kind == "object":
        properties = schema.get("properties", {})
        return {name: minimal(properties[name]) for name in schema.get("required", [])}
    if kind == "array":
        return [minimal(schema.get("items", {})) for _ in range(schema.get("minItems", 0))]
    if kind == "string":
        return "x" * max(1, schema.get("minLength", 1))
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    if kind == "boolean":
        return False
    return None


def _tokens(value: Any) -> int:
    return max(1, len(json.dumps(value, ensure_ascii=False)) // 4)


@dataclass
class FakeAnthropic:
    api_key: str
    port: int = 0
    requests: list[Recorded] = field(default_factory=list)
    _replies: list[Reply | Callable[[dict[str, Any]], Reply]] = field(default_factory=list)
    _failures: list[tuple[int, float | None]] = field(default_factory=list)
    _mid_stream: list[str] = field(default_factory=list)
    _delays: list[float] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def reply(
        self,
        text: str | None = None,
        tool_input: dict[str, Any] | None = None,
        *,
        times: int = 1,
        respond: Callable[[dict[str, Any]], Reply] | None = None,
    ) -> None:
        with self._lock:
            self._replies += [respond or Reply(text=text, tool_input=tool_input)] * times

    def fail_next(self, status: int, times: int = 1, *, retry_after: float | None = None) -> None:
        with self._lock:
            self._failures += [(status, retry_after)] * times

    def fail_mid_stream_next(self, error_type: str = "overloaded_error") -> None:
        """The next streamed answer sends part of its content, then an `error` event."""
        with self._lock:
            self._mid_stream.append(error_type)

    def delay_next(self, seconds: float, times: int = 1) -> None:
        with self._lock:
            self._delays += [seconds] * times

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self._replies.clear()
            self._failures.clear()
            self._mid_stream.clear()
            self._delays.clear()

    # --- answering ---------------------------------------------------------------------

    def _error(self, status: int) -> dict[str, Any]:
        error_type = ERROR_TYPES.get(status, "api_error")
        return {"type": "error", "error": {"type": error_type, "message": ERROR_MESSAGES.get(error_type, "Error")}}

    def _invalid(self, body: Any) -> str | None:
        if not isinstance(body, dict):
            return "body must be an object"
        if not isinstance(body.get("model"), str) or not body["model"]:
            return "model: Field required"
        if not isinstance(body.get("max_tokens"), int) or body["max_tokens"] < 1:
            return "max_tokens: Field required"
        messages = body.get("messages")
        if not isinstance(messages, list) or not messages or messages[0].get("role") != "user":
            return "messages: the first message must use the user role"
        for first, second in itertools.pairwise(messages):
            if first.get("role") == second.get("role"):
                return "messages: roles must alternate between user and assistant"
        tools = body.get("tools") or []
        choice = body.get("tool_choice")
        if choice and choice.get("type") == "tool" and choice.get("name") not in {tool.get("name") for tool in tools}:
            return "tool_choice: tool not found"
        return None

    def _content(self, body: dict[str, Any], reply: Reply | None) -> tuple[list[dict[str, Any]], str]:
        choice = body.get("tool_choice") or {}
        forced = next((tool for tool in body.get("tools") or [] if tool.get("name") == choice.get("name")), None)
        if reply is None:
            reply = Reply(tool_input=minimal(forced["input_schema"])) if forced else Reply(text=DEFAULT_TEXT)
        content: list[dict[str, Any]] = []
        if reply.text is not None:
            content.append({"type": "text", "text": reply.text})
        if reply.tool_input is not None:
            name = forced["name"] if forced else "tool"
            content.append(
                {"type": "tool_use", "id": f"toolu_{uuid.uuid4().hex[:24]}", "name": name, "input": reply.tool_input}
            )
        stop = reply.stop_reason or ("tool_use" if reply.tool_input is not None else "end_turn")
        return content, stop

    def handle(self, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, dict[str, str], Any]:
        """(status, extra headers, JSON body or a list of SSE (event, data) pairs)."""
        if path != "/v1/messages":
            return 404, {}, {"type": "error", "error": {"type": "not_found_error", "message": "Not found"}}
        # The reference names `x-api-key`; the SDK (2.x) sends the key as a bearer token: both are accepted.
        if self.api_key not in (headers.get("x-api-key"), headers.get("authorization", "").removeprefix("Bearer ")):
            return 401, {}, self._error(401)
        if headers.get("anthropic-version") not in API_VERSIONS:
            return (
                400,
                {},
                {"type": "error", "error": {"type": "invalid_request_error", "message": "anthropic-version"}},
            )
        try:
            body = json.loads(raw)
        except ValueError:
            return 400, {}, self._error(400)
        with self._lock:
            self.requests.append(Recorded(headers, body if isinstance(body, dict) else {}))
            failure = self._failures.pop(0) if self._failures else None
            delay = self._delays.pop(0) if self._delays else 0.0
            mid_stream = self._mid_stream.pop(0) if self._mid_stream and body.get("stream") else None
            queued = self._replies.pop(0) if self._replies and failure is None else None
        time.sleep(delay)
        if failure is not None:
            status, retry_after = failure
            extra = {"retry-after": str(retry_after)} if retry_after is not None else {}
            return status, extra, self._error(status)
        problem = self._invalid(body)
        if problem is not None:
            return 400, {}, {"type": "error", "error": {"type": "invalid_request_error", "message": problem}}
        reply = queued(body) if callable(queued) else queued
        content, stop = self._content(body, reply)
        message_id = f"msg_{uuid.uuid4().hex[:24]}"
        usage = {
            "input_tokens": _tokens(body.get("system")) + _tokens(body["messages"]),
            "output_tokens": _tokens(content),
        }
        message = {
            "id": message_id,
            "type": "message",
            "role": "assistant",
            "content": content,
            "model": body["model"],
            "stop_reason": stop,
            "stop_sequence": None,
            "usage": usage,
        }
        if not body.get("stream"):
            return 200, {"request-id": f"req_{uuid.uuid4().hex[:12]}"}, message
        return 200, {}, self._events(message, mid_stream)

    @staticmethod
    def _events(message: dict[str, Any], mid_stream: str | None) -> list[tuple[str, dict[str, Any]]]:
        start = {**message, "content": [], "stop_reason": None, "usage": {**message["usage"], "output_tokens": 1}}
        events: list[tuple[str, dict[str, Any]]] = [("message_start", {"type": "message_start", "message": start})]
        for index, block in enumerate(message["content"]):
            if block["type"] == "text":
                opening = {"type": "text", "text": ""}
                pieces = [block["text"][i : i + 12] for i in range(0, len(block["text"]), 12)]
                deltas = [{"type": "text_delta", "text": piece} for piece in pieces]
            else:
                opening = {"type": "tool_use", "id": block["id"], "name": block["name"], "input": {}}
                encoded = json.dumps(block["input"], ensure_ascii=False)
                deltas = [
                    {"type": "input_json_delta", "partial_json": encoded[i : i + 16]}
                    for i in range(0, len(encoded), 16)
                ]
            events.append(
                ("content_block_start", {"type": "content_block_start", "index": index, "content_block": opening})
            )
            events.append(("ping", {"type": "ping"}))
            for number, delta in enumerate(deltas):
                events.append(("content_block_delta", {"type": "content_block_delta", "index": index, "delta": delta}))
                if mid_stream and number == len(deltas) // 2:
                    error = {
                        "type": "error",
                        "error": {"type": mid_stream, "message": ERROR_MESSAGES.get(mid_stream, "Error")},
                    }
                    events.append(("error", error))
                    return events
            events.append(("content_block_stop", {"type": "content_block_stop", "index": index}))
        delta = {"stop_reason": message["stop_reason"], "stop_sequence": None}
        events.append(
            (
                "message_delta",
                {
                    "type": "message_delta",
                    "delta": delta,
                    "usage": {"output_tokens": message["usage"]["output_tokens"]},
                },
            )
        )
        events.append(("message_stop", {"type": "message_stop"}))
        return events


def _handler(fake: FakeAnthropic) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            headers = {key.lower(): value for key, value in self.headers.items()}
            status, extra, payload = fake.handle(self.path, headers, raw)
            try:
                if isinstance(payload, list):
                    self.send_response(status)
                    self.send_header("Content-Type", "text/event-stream; charset=utf-8")
                    self.send_header("Cache-Control", "no-cache")
                    self.end_headers()
                    for event, data in payload:
                        self.wfile.write(f"event: {event}\ndata: {json.dumps(data)}\n\n".encode())
                        self.wfile.flush()
                    return
                encoded = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(encoded)))
                for key, value in extra.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(encoded)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout test)
                pass

        def log_message(self, format: str, *args: Any) -> None:  # quiet test output
            pass

    return Handler


@contextmanager
def running(api_key: str) -> Iterator[FakeAnthropic]:
    fake = FakeAnthropic(api_key)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    server.daemon_threads = True
    fake.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
