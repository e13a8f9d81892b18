"""Login expiry exactly at the boundary, with the app's clock frozen (`clock.freeze`).

A login is idle-expired from the instant `last_used_at + idle timeout` and absolutely expired from the
instant `created_at + absolute lifetime`: one microsecond before still refreshes, the boundary itself
does not. (The refresh JWT's own `exp` is checked by python-jose against the real clock; the frozen app
clock stays within it, so these tests reach the database checks that decide.)
"""

from datetime import UTC, datetime, timedelta

from app.core.clock import freeze
from tests.auth.helpers import assert_refresh_refused, login_tokens, refresh_with, set_policy
from tests.factories import Factory

TICK = timedelta(microseconds=1)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


async def test_idle_expiry_starts_exactly_at_the_idle_timeout(client, factory: Factory) -> None:
    member = await factory.member()
    await set_policy(factory.db, member.team.id, idle_minutes=60, absolute_hours=12)
    t0 = _now()
    with freeze(t0):
        _, before = await login_tokens(client, member)
        _, at = await login_tokens(client, member)

    with freeze(t0 + timedelta(minutes=60) - TICK):
        response = await refresh_with(client, before)
    assert response.status_code == 200, response.text
    with freeze(t0 + timedelta(minutes=60)):
        response = await refresh_with(client, at)
    assert_refresh_refused(response, "session_expired_idle")


async def test_each_refresh_restarts_the_idle_clock_to_the_microsecond(client, factory: Factory) -> None:
    member = await factory.member()
    await set_policy(factory.db, member.team.id, idle_minutes=60, absolute_hours=12)
    t0 = _now()
    with freeze(t0):
        _, refresh = await login_tokens(client, member)
    t1 = t0 + timedelta(minutes=30)
    with freeze(t1):
        refresh = (await refresh_with(client, refresh)).json()["refresh_token"]
    with freeze(t1 + timedelta(minutes=60) - TICK):
        response = await refresh_with(client, refresh)
    assert response.status_code == 200, response.text
    refresh = response.json()["refresh_token"]
    with freeze(t1 + timedelta(minutes=120) - TICK):  # 60 minutes after the previous refresh, to the microsecond
        assert_refresh_refused(await refresh_with(client, refresh), "session_expired_idle")


async def test_absolute_expiry_starts_exactly_at_the_absolute_lifetime(client, factory: Factory) -> None:
    member = await factory.member()
    await set_policy(factory.db, member.team.id, idle_minutes=1440, absolute_hours=1)
    t0 = _now()
    with freeze(t0):
        _, before = await login_tokens(client, member)
        _, at = await login_tokens(client, member)

    with freeze(t0 + timedelta(hours=1) - TICK):
        response = await refresh_with(client, before)
    assert response.status_code == 200, response.text
    with freeze(t0 + timedelta(hours=1)):
        response = await refresh_with(client, at)
    assert_refresh_refused(response, "session_expired_absolute")


async def test_the_absolute_limit_wins_over_activity_at_the_boundary(client, factory: Factory) -> None:
    member = await factory.member()
    await set_policy(factory.db, member.team.id, idle_minutes=60, absolute_hours=1)
    t0 = _now()
    with freeze(t0):
        _, refresh = await login_tokens(client, member)
    with freeze(t0 + timedelta(minutes=59)):  # active a minute before the end
        refresh = (await refresh_with(client, refresh)).json()["refresh_token"]
    with freeze(t0 + timedelta(hours=1)):
        assert_refresh_refused(await refresh_with(client, refresh), "session_expired_absolute")
