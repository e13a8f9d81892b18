"""Opaque keyset-pagination cursors: the sort name plus the last row's key values.

A cursor is client input: every value is checked on the way back in, so a tampered or foreign
cursor is a 400 `invalid_cursor`, never a database error.
"""

import base64
import binascii
import json
import uuid
from datetime import datetime
from typing import Any

from app.core.errors import BadRequest

INT_MAX = 2**31 - 1


class InvalidCursor(BadRequest):
    code = "invalid_cursor"
    message = "The cursor is not valid."


def encode_cursor(sort: str, *values: str | int | float | datetime | uuid.UUID) -> str:
    plain = [value.isoformat() if isinstance(value, datetime) else value for value in values]
    plain = [str(value) if isinstance(value, uuid.UUID) else value for value in plain]
    return base64.urlsafe_b64encode(json.dumps([sort, *plain]).encode()).decode()


def decode_cursor(cursor: str, sort: str, arity: int) -> list[Any]:
    """The `arity` raw values of a cursor made for `sort`; convert each with the helpers below."""
    try:
        raw = json.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (ValueError, binascii.Error) as exc:
        raise InvalidCursor from exc
    if not isinstance(raw, list) or len(raw) != arity + 1 or raw[0] != sort:
        raise InvalidCursor
    return raw[1:]


def cursor_uuid(value: Any) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except (ValueError, TypeError, AttributeError) as exc:
        raise InvalidCursor from exc


def cursor_datetime(value: Any) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
    except (ValueError, TypeError) as exc:
        raise InvalidCursor from exc
    if parsed.tzinfo is None:
        raise InvalidCursor
    return parsed


def cursor_text(value: Any, max_length: int = 1000) -> str:
    if not isinstance(value, str) or len(value) > max_length:
        raise InvalidCursor
    return value


def cursor_count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= INT_MAX:
        raise InvalidCursor
    return value


def cursor_number(value: Any, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise InvalidCursor
    return float(value)
