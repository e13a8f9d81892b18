"""One pure-ASGI middleware for the cross-cutting parts of every request.

It assigns the request id (accepted from `X-Request-ID` or generated) and echoes it, adds security
headers (a Content-Security-Policy per kind of path: API, documentation UIs, the SPA), refuses
bodies over the size limit with 413, and writes one structured access-log line.
The size limit is `max_body_bytes` for every path except those given their own in `body_limits`
(exact paths, e.g. the flow import with `MAX_IMPORT_BODY_BYTES`).
Pure ASGI rather than BaseHTTPMiddleware: it sits on the hot path of every request.
"""

import json
import re
import time
import uuid
from collections.abc import Mapping

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.errors import unexpected_error_response
from app.core.logging import get_logger, request_id_var
from app.core.paths import API_PREFIXES, is_under

log = get_logger("app.access")

VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
API_CSP = b"default-src 'none'; frame-ancestors 'none'"
# The built SPA (app/core/spa.py): its own scripts, styles and fonts only, API calls to the same origin.
SPA_CSP = (
    b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    b"connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
# Swagger UI and ReDoc load their bundles from jsDelivr and bootstrap with an inline script.
DOCS_CSP = (
    b"default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    b"style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
    b"font-src https://fonts.gstatic.com; img-src 'self' data: https://fastapi.tiangolo.com "
    b"https://cdn.redoc.ly; worker-src blob:; frame-ancestors 'none'"
)
BASE_SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]
HSTS = (b"strict-transport-security", b"max-age=63072000; includeSubDomains")


class BodyTooLarge(HTTPException):
    """An HTTPException so that FastAPI's body parsing re-raises it instead of turning it into 400."""

    def __init__(self) -> None:
        super().__init__(status_code=413, detail="body_too_large")


class RequestContextMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body_bytes: int,
        body_limits: Mapping[str, int] | None = None,
        docs_prefixes: tuple[str, ...],
        api_prefixes: tuple[str, ...] = API_PREFIXES,
        hsts: bool,
        access_log: bool,
    ) -> None:
        self.app = app
        self.access_log = access_log
        self.max_body_bytes = max_body_bytes
        self.body_limits = dict(body_limits or {})
        self.docs_prefixes = docs_prefixes
        self.api_prefixes = api_prefixes
        self.hsts = hsts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = time.perf_counter()
        request_id = self._request_id(scope)
        token = request_id_var.set(request_id)
        path: str = scope["path"]
        extra_headers = self._response_headers(request_id, path)
        limit = self.body_limits.get(path, self.max_body_bytes)
        status = 500
        response_started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                response_started = True
                status = message["status"]
                message["headers"] = [*message.get("headers", []), *extra_headers]
            await send(message)

        try:
            declared = self._declared_length(scope)
            if declared is not None and declared > limit:
                status = 413
                await self._send_too_large(send_with_headers, limit)
                return
            await self.app(scope, self._limited(receive, limit), send_with_headers)
        except BodyTooLarge:
            if response_started:
                raise
            status = 413
            await self._send_too_large(send_with_headers, limit)
        except Exception as exc:
            # Starlette's own 500 handler sits outside this middleware, where the response would
            # lose the request id and security headers and the error log its request id.
            if response_started:
                raise
            response = unexpected_error_response(exc)
            status = response.status_code
            await response(scope, receive, send_with_headers)
        finally:
            if self.access_log:
                self._log_access(scope, path, status, started)
            request_id_var.reset(token)

    @staticmethod
    def _log_access(scope: Scope, path: str, status: int, started: float) -> None:
        # The path only: query strings may carry tokens.
        log.info(
            "request",
            extra={
                "method": scope["method"],
                "path": path,
                "status": status,
                "duration_ms": round((time.perf_counter() - started) * 1000, 2),
            },
        )

    @staticmethod
    def _limited(receive: Receive, limit: int) -> Receive:
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge
            return message

        return limited_receive

    @staticmethod
    def _declared_length(scope: Scope) -> int | None:
        for name, value in scope["headers"]:
            if name == b"content-length":
                try:
                    return int(value)
                except ValueError:
                    return None
        return None

    @staticmethod
    def _request_id(scope: Scope) -> str:
        for name, value in scope["headers"]:
            if name == b"x-request-id":
                candidate: str = value.decode("latin-1")
                if VALID_REQUEST_ID.match(candidate):
                    return candidate
                break
        return uuid.uuid4().hex

    def _response_headers(self, request_id: str, path: str) -> list[tuple[bytes, bytes]]:
        if path.startswith(self.docs_prefixes):
            csp = DOCS_CSP
        elif is_under(path, self.api_prefixes):
            csp = API_CSP
        else:
            csp = SPA_CSP
        headers = [
            (b"x-request-id", request_id.encode("latin-1")),
            (b"content-security-policy", csp),
            *BASE_SECURITY_HEADERS,
        ]
        if self.hsts:
            headers.append(HSTS)
        return headers

    @staticmethod
    async def _send_too_large(send: Send, limit: int) -> None:
        body = json.dumps(
            {"detail": "body_too_large", "message": f"Request bodies are limited to {limit} bytes."}
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})
