"""The browser tests' clock hook: `PUT /api/v1/dev/clock`, only with ENVIRONMENT=local and
E2E_CLOCK_CONTROL=true; it lets frontend/e2e outlast an idle timeout without waiting."""

import secrets
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.core import clock
from app.core.config import Settings
from app.main import create_app
from tests.auth.helpers import assert_refresh_refused, login_tokens, refresh_with, set_policy
from tests.factories import Factory

CLOCK = "/api/v1/dev/clock"


def local_settings(settings: Settings, *, clock_control: bool) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        environment="local",
        database_url=settings.database_url,
        secret_key=secrets.token_urlsafe(48),
        bcrypt_rounds=4,
        log_level="WARNING",
        e2e_clock_control=clock_control,
    )


@asynccontextmanager
async def local_client(
    settings: Settings, engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]
) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings)
    app.state.engine = engine
    app.state.sessionmaker = sessionmaker
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://testserver") as http:
        yield http


@pytest.fixture(autouse=True)
def _clock_back() -> Iterator[None]:
    yield
    clock.set_offset(timedelta())


@pytest.mark.parametrize("environment", ["test", "production"])
def test_the_hook_is_refused_outside_local(environment: str) -> None:
    with pytest.raises(ValueError, match="E2E_CLOCK_CONTROL"):
        Settings(_env_file=None, environment=environment, e2e_clock_control=True)  # type: ignore[call-arg]


async def test_a_local_app_has_no_clock_unless_asked(
    settings: Settings, engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    async with local_client(local_settings(settings, clock_control=False), engine, sessionmaker) as http:
        response = await http.put(CLOCK, json={"offset_seconds": 360})

    assert response.status_code == 404
    assert abs(clock.utcnow() - datetime.now(UTC)) < timedelta(seconds=5)


async def test_moving_the_clock_outlasts_the_idle_timeout_and_zero_puts_it_back(
    settings: Settings, engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession], factory: Factory
) -> None:
    member = await factory.member()
    await set_policy(factory.db, member.team.id, idle_minutes=5, absolute_hours=12)
    async with local_client(local_settings(settings, clock_control=True), engine, sessionmaker) as http:
        _, refresh = await login_tokens(http, member)

        moved = await http.put(CLOCK, json={"offset_seconds": 6 * 60})
        expired = await refresh_with(http, refresh)
        back = await http.put(CLOCK, json={"offset_seconds": 0})
        refreshed = await refresh_with(http, refresh)

    assert moved.status_code == 200, moved.text
    assert datetime.fromisoformat(moved.json()["now"]) - datetime.now(UTC) > timedelta(minutes=5)
    assert_refresh_refused(expired, "session_expired_idle")
    assert expired.json()["idle_timeout_minutes"] == 5
    assert back.json()["offset_seconds"] == 0
    # An expired login leaves its token unused, so with the clock back the same token works again.
    assert refreshed.status_code == 200, refreshed.text
