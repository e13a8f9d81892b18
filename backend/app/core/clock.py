"""The one source of "now" for domain logic.

Tests move it with `travel()` instead of sleeping, or stop it with `freeze()`; the browser tests'
clock hook (app/dev/router.py, local only) sets it with `set_offset()`. Nothing else calls them.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

_offset = timedelta()
_frozen: datetime | None = None


def utcnow() -> datetime:
    if _frozen is not None:
        return _frozen
    return datetime.now(UTC) + _offset


def set_offset(delta: timedelta) -> None:
    """From now on, "now" is the real time plus `delta` (`timedelta()` puts the clock back)."""
    global _offset  # noqa: PLW0603 (a process-wide clock is the point)
    _offset = delta


@contextmanager
def travel(delta: timedelta) -> Iterator[None]:
    """Shift "now" by `delta` inside the block."""
    global _offset  # noqa: PLW0603 (a process-wide clock is the point)
    previous, _offset = _offset, _offset + delta
    try:
        yield
    finally:
        _offset = previous


@contextmanager
def freeze(at: datetime) -> Iterator[None]:
    """Stop "now" at `at` (timezone-aware) inside the block: for checks exactly at a boundary."""
    global _frozen  # noqa: PLW0603 (a process-wide clock is the point)
    if at.tzinfo is None:
        raise ValueError("freeze() needs an aware datetime")
    previous, _frozen = _frozen, at
    try:
        yield
    finally:
        _frozen = previous
