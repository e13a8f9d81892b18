"""The two clocks of a login (idle and absolute) and the team's session policy that sets them."""

from datetime import timedelta

import pytest

from app.core.clock import travel
from app.core.config import Settings
from tests.auth.helpers import (
    AUTH,
    POLICY,
    assert_refresh_refused,
    claims_of,
    family_state,
    login_tokens,
    refresh_with,
    set_policy,
)
from tests.factories import Factory, auth_headers

# --- idle clock -------------------------------------------------------------------------------


async def test_refresh_token_whose_jwt_expired_is_session_expired_idle(client, factory: Factory) -> None:
    member = await factory.member()
    # Logged in 61 minutes ago with the default 60-minute idle timeout: the JWT's `exp` has passed.
    with travel(-timedelta(minutes=61)):
        _, refresh = await login_tokens(client, member)

    response = await refresh_with(client, refresh)

    assert_refresh_refused(response, "session_expired_idle")
    assert response.json()["idle_timeout_minutes"] == 60


async def test_refresh_token_jwt_expiry_is_the_idle_timeout(client, factory: Factory, settings: Settings) -> None:
    member = await factory.member()
    await set_policy(factory.db, member.team.id, idle_minutes=30, absolute_hours=12)

    _, refresh = await login_tokens(client, member)

    claims = claims_of(refresh, settings)
    assert claims["exp"] - claims["iat"] == 30 * 60


async def test_idle_clock_is_checked_in_the_database_too(client, factory: Factory) -> None:
    member = await factory.member()
    _, refresh = await login_tokens(client, member)

    # The JWT is still valid on the real clock, but the login's last use is 61 minutes back.
    with travel(timedelta(minutes=61)):
        response = await refresh_with(client, refresh)

    assert_refresh_refused(response, "session_expired_idle")


async def test_each_refresh_restarts_the_idle_clock(client, factory: Factory) -> None:
    member = await factory.member()
    _, refresh = await login_tokens(client, member)

    with travel(timedelta(minutes=40)):
        first = await refresh_with(client, refresh)
    with travel(timedelta(minutes=80)):  # 80 minutes after login, 40 after the last refresh
        second = await refresh_with(client, first.json()["refresh_token"])

    assert first.status_code == 200, first.text
    assert second.status_code == 200, second.text


async def test_shortened_idle_timeout_applies_to_existing_logins_at_next_refresh(client, factory: Factory) -> None:
    member = await factory.member()
    _, refresh = await login_tokens(client, member)  # issued under the 60-minute default
    await set_policy(factory.db, member.team.id, idle_minutes=5, absolute_hours=12)

    with travel(timedelta(minutes=6)):
        response = await refresh_with(client, refresh)

    assert_refresh_refused(response, "session_expired_idle")
    # The SPA tells the user how long the idle timeout was: the team's current policy.
    assert response.json()["idle_timeout_minutes"] == 5


async def test_within_the_idle_timeout_refresh_works(client, factory: Factory) -> None:
    member = await factory.member()
    await set_policy(factory.db, member.team.id, idle_minutes=5, absolute_hours=12)
    _, refresh = await login_tokens(client, member)

    with travel(timedelta(minutes=4)):
        response = await refresh_with(client, refresh)

    assert response.status_code == 200, response.text


# --- absolute clock ---------------------------------------------------------------------------


async def test_login_older_than_the_absolute_lifetime_is_session_expired_absolute(client, factory: Factory) -> None:
    admin = await factory.member(role="team_admin")
    policy = await client.put(
        POLICY,
        json={"idle_timeout_minutes": 1440, "absolute_lifetime_hours": 1},
        headers=await auth_headers(client, admin),
    )
    assert policy.status_code == 200, policy.text
    member = await factory.member(admin.team)
    with travel(-timedelta(minutes=61)):
        _, refresh = await login_tokens(client, member)

    assert_refresh_refused(await refresh_with(client, refresh), "session_expired_absolute")


async def test_absolute_lifetime_holds_however_active_the_login_is(client, factory: Factory) -> None:
    member = await factory.member()
    await set_policy(factory.db, member.team.id, idle_minutes=60, absolute_hours=2)
    _, refresh = await login_tokens(client, member)

    # Refreshing every 50 minutes keeps the idle clock happy, but not the absolute one.
    for minutes in (50, 100):
        with travel(timedelta(minutes=minutes)):
            response = await refresh_with(client, refresh)
        assert response.status_code == 200, response.text
        refresh = response.json()["refresh_token"]
    with travel(timedelta(minutes=121)):
        response = await refresh_with(client, refresh)

    assert_refresh_refused(response, "session_expired_absolute")


async def test_shortened_absolute_lifetime_applies_to_existing_logins_at_next_refresh(client, factory: Factory) -> None:
    member = await factory.member()
    await set_policy(factory.db, member.team.id, idle_minutes=1440, absolute_hours=12)
    _, refresh = await login_tokens(client, member)
    await set_policy(factory.db, member.team.id, idle_minutes=1440, absolute_hours=1)

    with travel(timedelta(minutes=61)):
        response = await refresh_with(client, refresh)

    assert_refresh_refused(response, "session_expired_absolute")


async def test_an_expired_login_keeps_its_expiry_code_and_is_not_taken_for_token_theft(
    client, factory: Factory
) -> None:
    """Two browser tabs sharing the cookie both refresh after expiry: both are told why, and the
    second presentation of the same token is not mistaken for reuse of a rotated token."""
    member = await factory.member()
    await set_policy(factory.db, member.team.id, idle_minutes=1440, absolute_hours=1)
    _, refresh = await login_tokens(client, member)

    with travel(timedelta(minutes=61)):
        first = await refresh_with(client, refresh)
        second = await refresh_with(client, refresh)

    assert_refresh_refused(first, "session_expired_absolute")
    assert_refresh_refused(second, "session_expired_absolute")
    assert await family_state(factory.db, member.user.id) == [(False, None)]


async def test_an_idle_login_keeps_its_expiry_code_on_a_second_try(client, factory: Factory) -> None:
    member = await factory.member()
    _, refresh = await login_tokens(client, member)
    await set_policy(factory.db, member.team.id, idle_minutes=5, absolute_hours=12)

    with travel(timedelta(minutes=6)):
        first = await refresh_with(client, refresh)
        second = await refresh_with(client, refresh)

    assert_refresh_refused(first, "session_expired_idle")
    assert_refresh_refused(second, "session_expired_idle")


async def test_refresh_cookie_max_age_ends_with_the_absolute_lifetime(client, factory: Factory) -> None:
    member = await factory.member()
    await set_policy(factory.db, member.team.id, idle_minutes=60, absolute_hours=2)
    await login_tokens(client, member)

    with travel(timedelta(minutes=30)):
        response = await client.post(f"{AUTH}/refresh")

    set_cookie = response.headers["set-cookie"].lower()
    max_age = int(set_cookie.split("max-age=")[1].split(";")[0])
    assert 90 * 60 - 5 <= max_age <= 90 * 60


# --- session policy endpoint ------------------------------------------------------------------


async def test_any_member_reads_the_session_policy_with_defaults(client, factory: Factory) -> None:
    viewer = await factory.member(role="viewer")

    response = await client.get(POLICY, headers=await auth_headers(client, viewer))

    assert response.status_code == 200
    assert response.json() == {"idle_timeout_minutes": 60, "absolute_lifetime_hours": 12}


async def test_team_admin_sets_the_session_policy(client, factory: Factory) -> None:
    admin = await factory.member(role="team_admin")
    headers = await auth_headers(client, admin)

    response = await client.put(
        POLICY, json={"idle_timeout_minutes": 30, "absolute_lifetime_hours": 8}, headers=headers
    )

    assert response.status_code == 200, response.text
    assert response.json() == {"idle_timeout_minutes": 30, "absolute_lifetime_hours": 8}
    assert (await client.get(POLICY, headers=headers)).json() == response.json()


@pytest.mark.parametrize(("idle", "absolute"), [(5, 1), (1440, 720)])
async def test_session_policy_accepts_its_bounds(client, factory: Factory, idle: int, absolute: int) -> None:
    admin = await factory.member(role="team_admin")

    response = await client.put(
        POLICY,
        json={"idle_timeout_minutes": idle, "absolute_lifetime_hours": absolute},
        headers=await auth_headers(client, admin),
    )

    assert response.status_code == 200, response.text


@pytest.mark.parametrize(("idle", "absolute"), [(4, 12), (1441, 12), (60, 0), (60, 721)])
async def test_session_policy_outside_bounds_is_422(client, factory: Factory, idle: int, absolute: int) -> None:
    admin = await factory.member(role="team_admin")
    headers = await auth_headers(client, admin)

    response = await client.put(
        POLICY, json={"idle_timeout_minutes": idle, "absolute_lifetime_hours": absolute}, headers=headers
    )

    assert response.status_code == 422, response.text
    assert response.json()["detail"] == "validation_error"
    assert (await client.get(POLICY, headers=headers)).json() == {
        "idle_timeout_minutes": 60,
        "absolute_lifetime_hours": 12,
    }


@pytest.mark.parametrize("role", ["viewer", "engineer"])
async def test_only_team_admins_change_the_session_policy(client, factory: Factory, role: str) -> None:
    member = await factory.member(role=role)

    response = await client.put(
        POLICY,
        json={"idle_timeout_minutes": 30, "absolute_lifetime_hours": 8},
        headers=await auth_headers(client, member),
    )

    assert response.status_code == 403
