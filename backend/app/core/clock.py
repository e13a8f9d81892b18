"""The one source of "now" for domain logic.

Tests move it with `travel()` instead of sleeping; nothing else calls `travel()`.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

_offset = timedelta()


def utcnow() -> datetime:
    return datetime.now(UTC) + _offset


@contextmanager
def travel(delta: timedelta) -> Iterator[None]:
    """Shift "now" by `delta` inside the block."""
    global _offset  # noqa: PLW0603 (a process-wide clock is the point)
    previous, _offset = _offset, _offset + delta
    try:
        yield
    finally:
        _offset = previous
