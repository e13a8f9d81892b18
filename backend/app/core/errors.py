"""One error hierarchy for domain failures, turned into HTTP in exactly one place.

Every error body is `{"detail": <machine-readable code>, "message": <human text>}`; clients branch
on `detail`, people read `message`.
"""

import re
from traceback import extract_tb
from typing import Any, ClassVar

import asyncpg
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.core.logging import get_logger

log = get_logger(__name__)


class AppError(Exception):
    status_code: ClassVar[int] = 400
    code: str = "bad_request"
    message: str = "The request could not be processed."

    def __init__(self, message: str | None = None, *, code: str | None = None) -> None:
        if code is not None:
            self.code = code
        if message is not None:
            self.message = message
        super().__init__(self.message)

    def headers(self) -> dict[str, str] | None:
        return None

    def body(self) -> dict[str, Any]:
        return {"detail": self.code, "message": self.message}


class BadRequest(AppError):
    status_code = 400


class NotFound(AppError):
    status_code = 404
    code = "not_found"
    message = "Not found."


class Conflict(AppError):
    status_code = 409
    code = "conflict"
    message = "The request conflicts with the current state."


class PermissionDenied(AppError):
    status_code = 403
    code = "insufficient_role"
    message = "Your role does not allow this."


class Unprocessable(AppError):
    status_code = 422
    code = "validation_error"


class NotAuthenticated(AppError):
    """Access-token failures: the client should refresh or log in again."""

    status_code = 401
    code = "invalid_token"
    message = "Missing or invalid access token."

    def headers(self) -> dict[str, str]:
        return {"WWW-Authenticate": "Bearer"}


class RefreshRejected(AppError):
    """`/auth/refresh` failures; `code` tells the SPA why the login ended."""

    status_code = 401
    code = "invalid_refresh_token"
    message = "The refresh token was not accepted; log in again."


class SessionExpiredIdle(RefreshRejected):
    """The login went unused longer than the idle timeout; the body says how long that was."""

    code = "session_expired_idle"
    message = "You were inactive for too long; log in again."

    def __init__(self, idle_timeout_minutes: int | None) -> None:
        self.idle_timeout_minutes = idle_timeout_minutes
        super().__init__()

    def body(self) -> dict[str, Any]:
        return {**super().body(), "idle_timeout_minutes": self.idle_timeout_minutes}


class InvalidCredentials(AppError):
    status_code = 401
    code = "invalid_credentials"
    message = "E-mail or password is incorrect."


class RateLimited(AppError):
    status_code = 429
    code = "too_many_attempts"
    message = "Too many failed attempts; try again later."

    def __init__(self, retry_after_seconds: int, message: str | None = None) -> None:
        self.retry_after_seconds = max(1, retry_after_seconds)
        super().__init__(message)

    def headers(self) -> dict[str, str]:
        return {"Retry-After": str(self.retry_after_seconds)}

    def body(self) -> dict[str, Any]:
        return {**super().body(), "retry_after": self.retry_after_seconds}


def error_response(status: int, code: str, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"detail": code, "message": message, **extra}, status_code=status)


async def _app_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AppError)
    return JSONResponse(exc.body(), status_code=exc.status_code, headers=exc.headers())


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"loc": list(err.get("loc", ())), "msg": err.get("msg", ""), "type": err.get("type", "")}
        for err in exc.errors()
    ]
    if any(err["type"] == "json_invalid" for err in errors):
        return error_response(400, "malformed_json", "The request body is not valid JSON.")
    return error_response(422, "validation_error", "The request is invalid.", errors=errors)


MACHINE_CODE = re.compile(r"[a-z][a-z_]*")
_HTTP_CODES = {
    400: "bad_request",
    401: "invalid_token",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "body_too_large",
    415: "unsupported_media_type",
}


async def _http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    # Our own HTTPExceptions carry a machine code as detail; Starlette's carry prose.
    if isinstance(exc.detail, str) and MACHINE_CODE.fullmatch(exc.detail):
        code = exc.detail
    else:
        code = _HTTP_CODES.get(exc.status_code, "http_error")
    return JSONResponse(
        {"detail": code, "message": str(exc.detail)},
        status_code=exc.status_code,
        headers=getattr(exc, "headers", None),
    )


# PostgreSQL aborts one side of a deadlock or a serialization conflict; retrying succeeds.
TRANSIENT_SQLSTATES = frozenset({"40001", "40P01"})
# Text PostgreSQL cannot store (a NUL character in text or JSONB): only ever the client's input.
UNSTORABLE_TEXT_SQLSTATES = frozenset({"22021", "22P05"})
# The server is gone, going or not yet there: connection exceptions (class 08), administrator or crash
# shutdown, still starting up, too many connections.
UNAVAILABLE_SQLSTATES = frozenset({"08000", "08001", "08003", "08004", "08006", "57P01", "57P02", "57P03", "53300"})
STATEMENT_TIMEOUT_SQLSTATE = "57014"  # query_canceled: statement_timeout (or a cancel) ended the statement
RETRY_AFTER_SECONDS = 2


def _retry_later(code: str, message: str, seconds: int = RETRY_AFTER_SECONDS) -> JSONResponse:
    response = error_response(503, code, message)
    response.headers["Retry-After"] = str(seconds)
    return response


def _database_unavailable(exc: Exception) -> JSONResponse:
    log.warning("database_unavailable", extra={"error_type": type(exc).__name__})
    return _retry_later("database_unavailable", "The database is not reachable right now; please retry.")


def is_database_unavailable(exc: BaseException) -> bool:
    """A failure to reach PostgreSQL that SQLAlchemy did not wrap: the driver's connect errors (refused,
    reset, timed out, server starting or shutting down) and a closed connection used directly."""
    if getattr(exc, "sqlstate", None) in UNAVAILABLE_SQLSTATES:
        return True
    # Statements sent on the driver connection directly (prepared hot paths) see a dead one as this.
    if isinstance(exc, asyncpg.InterfaceError) and "closed" in str(exc):
        return True
    if isinstance(exc, OSError | TimeoutError):
        # Only where the database is connected to: a mail server's refusal is not the database's.
        frames = extract_tb(exc.__traceback__)
        return any("sqlalchemy" in frame.filename or "asyncpg" in frame.filename for frame in frames)
    return False


async def _database_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DBAPIError)
    sqlstate = getattr(exc.orig, "sqlstate", None)
    if sqlstate in TRANSIENT_SQLSTATES:
        log.warning("transient_database_conflict", extra={"sqlstate": sqlstate})
        return _retry_later("transient_conflict", "A concurrent change got in the way; please retry.", 1)
    if sqlstate in UNSTORABLE_TEXT_SQLSTATES:
        return error_response(422, "invalid_characters", "Text may not contain NUL (\\u0000) characters.")
    if exc.connection_invalidated or sqlstate in UNAVAILABLE_SQLSTATES:
        return _database_unavailable(exc)
    if sqlstate == STATEMENT_TIMEOUT_SQLSTATE:
        log.warning("database_statement_timeout")
        return _retry_later("database_timeout", "The database took too long to answer; please retry.")
    return internal_error_response(exc)


def internal_error_response(exc: Exception) -> JSONResponse:
    """Log an unexpected exception (with its traceback) and answer a 500 that reveals nothing."""
    log.error("unhandled_error", exc_info=exc, extra={"error_type": type(exc).__name__})
    return error_response(500, "internal_error", "Something went wrong on our side.")


def unexpected_error_response(exc: Exception) -> JSONResponse:
    """An exception no handler took: 503 when it is the database being unreachable, else a 500."""
    if isinstance(exc, PoolTimeout):
        log.warning("database_pool_exhausted")
        return _retry_later("database_busy", "Every database connection is in use; please retry.")
    if is_database_unavailable(exc):
        return _database_unavailable(exc)
    return internal_error_response(exc)


async def _unexpected_error(_: Request, exc: Exception) -> JSONResponse:
    return unexpected_error_response(exc)


def install_error_handlers(app: FastAPI) -> None:
    from app.core.openapi import install_error_docs

    install_error_docs(app)  # the OpenAPI document lists these answers for every operation
    app.add_exception_handler(AppError, _app_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(DBAPIError, _database_error)
    app.add_exception_handler(Exception, _unexpected_error)
