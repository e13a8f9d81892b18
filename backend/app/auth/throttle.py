"""Login throttling with its state in PostgreSQL, so every API replica sees the same counts.

An account locks after `login_max_failures_per_account` failures inside the window, an IP after
`login_max_failures_per_ip`; the lock lifts when the oldest counted failure leaves the window, which
is what `Retry-After` reports. A successful login clears the account's failures.
"""

import math
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from app.auth.models import LoginFailure
from app.core.clock import utcnow
from app.core.config import Settings
from app.core.errors import RateLimited


async def _lock_release_time(
    db: AsyncSession, column: InstrumentedAttribute[str], value: str, limit: int, window_start: datetime
) -> datetime | None:
    """When the `limit`-th most recent failure leaves the window, or None if under the limit."""
    stmt = (
        select(LoginFailure.created_at)
        .where(column == value, LoginFailure.created_at > window_start)
        .order_by(LoginFailure.created_at.desc())
        .offset(limit - 1)
        .limit(1)
    )
    return (await db.execute(stmt)).scalar_one_or_none()


async def ensure_not_locked(db: AsyncSession, settings: Settings, email: str, ip: str) -> None:
    now = utcnow()
    window = timedelta(minutes=settings.login_window_minutes)
    for column, value, limit in (
        (LoginFailure.email, email, settings.login_max_failures_per_account),
        (LoginFailure.ip, ip, settings.login_max_failures_per_ip),
    ):
        counted_from = await _lock_release_time(db, column, value, limit, now - window)
        if counted_from is not None:
            raise RateLimited(math.ceil((counted_from + window - now).total_seconds()))


async def record_failure(db: AsyncSession, settings: Settings, email: str, ip: str) -> None:
    now = utcnow()
    expired_before = now - timedelta(minutes=settings.login_window_minutes)
    # Failures outside the window no longer count; prune this account's and this IP's as we go.
    await db.execute(
        delete(LoginFailure).where(
            or_(LoginFailure.email == email, LoginFailure.ip == ip), LoginFailure.created_at <= expired_before
        )
    )
    db.add(LoginFailure(email=email, ip=ip, created_at=now))
    await db.commit()


async def clear_account_failures(db: AsyncSession, email: str) -> None:
    await db.execute(delete(LoginFailure).where(LoginFailure.email == email))
