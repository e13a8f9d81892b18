"""Ending logins: logout, my sessions list and delete, disabled members."""

import uuid
from datetime import timedelta

from sqlalchemy import update

from app.core.clock import travel, utcnow
from app.teams.models import Membership
from tests.auth.helpers import (
    API,
    AUTH,
    COOKIE,
    assert_access_refused,
    assert_refresh_refused,
    family_state,
    login_as,
    login_tokens,
    refresh_with,
)
from tests.factories import Factory, auth_headers, bearer

# --- logout -----------------------------------------------------------------------------------


async def test_logout_with_cookie_revokes_the_login_and_clears_the_cookie(client, factory: Factory, db) -> None:
    member = await factory.member()
    access, refresh = await login_tokens(client, member)

    response = await client.post(f"{AUTH}/logout")

    assert response.status_code == 204
    cleared = response.headers["set-cookie"]
    assert cleared.startswith(f'{COOKIE}=""') or cleared.startswith(f"{COOKIE}=;")
    assert "max-age=0" in cleared.lower()
    assert "path=/api/v1/auth" in cleared.lower()
    assert COOKIE not in client.cookies
    assert_refresh_refused(await refresh_with(client, refresh), "session_revoked")
    assert_access_refused(await client.get(f"{AUTH}/me", headers=bearer(access)), "invalid_token")
    assert await family_state(db, member.user.id) == [(True, "logout")]


async def test_logout_revokes_the_whole_family_including_rotated_tokens(client, factory: Factory) -> None:
    member = await factory.member()
    _, first = await login_tokens(client, member)
    second = (await refresh_with(client, first)).json()["refresh_token"]
    client.cookies.clear()

    assert (await client.post(f"{AUTH}/logout", json={"refresh_token": second})).status_code == 204

    assert_refresh_refused(await refresh_with(client, second), "session_revoked")


async def test_logout_with_only_the_access_token_ends_that_login(client, factory: Factory) -> None:
    member = await factory.member()
    access, refresh = await login_tokens(client, member)
    client.cookies.clear()

    response = await client.post(f"{AUTH}/logout", headers=bearer(access))

    assert response.status_code == 204
    assert_refresh_refused(await refresh_with(client, refresh), "session_revoked")


async def test_logout_leaves_other_logins_of_the_user_alone(client, factory: Factory) -> None:
    member = await factory.member()
    _, kept = await login_tokens(client, member)
    _, ended = await login_tokens(client, member)
    client.cookies.clear()

    await client.post(f"{AUTH}/logout", json={"refresh_token": ended})

    assert (await refresh_with(client, kept)).status_code == 200


# --- my sessions ------------------------------------------------------------------------------


async def test_sessions_lists_my_active_logins_with_device_ip_times_and_current_flag(client, factory: Factory) -> None:
    member = await factory.member()
    other_user = await factory.member(member.team)
    await login_as(client, other_user)
    with travel(-timedelta(minutes=10)):
        await login_as(client, member, user_agent="Firefox on the laptop")
    current = await login_as(client, member, user_agent="Chrome on the phone")
    _, ended = await login_tokens(client, member)
    client.cookies.clear()
    await client.post(f"{AUTH}/logout", json={"refresh_token": ended})

    response = await client.get(f"{AUTH}/sessions", headers=bearer(current.json()["access_token"]))

    assert response.status_code == 200, response.text
    sessions = response.json()
    assert [s["user_agent"] for s in sessions] == ["Chrome on the phone", "Firefox on the laptop"]
    assert [s["current"] for s in sessions] == [True, False]
    for session in sessions:
        assert set(session) == {"id", "user_agent", "ip", "created_at", "last_used_at", "current"}
        assert session["ip"] == "203.0.113.10"
        uuid.UUID(session["id"])
    assert sessions[0]["created_at"] > sessions[1]["created_at"]


async def test_sessions_leave_out_logins_past_their_idle_timeout(client, factory: Factory) -> None:
    member = await factory.member()
    with travel(-timedelta(minutes=61)):
        await login_as(client, member, user_agent="stale")
    current = await login_as(client, member, user_agent="fresh")

    response = await client.get(f"{AUTH}/sessions", headers=bearer(current.json()["access_token"]))

    assert [s["user_agent"] for s in response.json()] == ["fresh"]


async def test_sessions_last_used_moves_on_refresh(client, factory: Factory) -> None:
    member = await factory.member()
    _, refresh = await login_tokens(client, member)
    with travel(timedelta(minutes=20)):
        refreshed = await refresh_with(client, refresh)
        sessions = (await client.get(f"{AUTH}/sessions", headers=bearer(refreshed.json()["access_token"]))).json()

    assert len(sessions) == 1
    assert sessions[0]["last_used_at"] > sessions[0]["created_at"]


async def test_deleting_one_of_my_sessions_ends_that_login_only(client, factory: Factory, db) -> None:
    member = await factory.member()
    current_access, current_refresh = await login_tokens(client, member)
    other_access, other_refresh = await login_tokens(client, member)
    client.cookies.clear()
    headers = bearer(current_access)
    other_id = next(s["id"] for s in (await client.get(f"{AUTH}/sessions", headers=headers)).json() if not s["current"])

    response = await client.delete(f"{AUTH}/sessions/{other_id}", headers=headers)

    assert response.status_code == 204
    assert_refresh_refused(await refresh_with(client, other_refresh), "session_revoked")
    assert_access_refused(await client.get(f"{AUTH}/me", headers=bearer(other_access)), "invalid_token")
    assert [s["current"] for s in (await client.get(f"{AUTH}/sessions", headers=headers)).json()] == [True]
    assert (await refresh_with(client, current_refresh)).status_code == 200
    assert sorted(await family_state(db, member.user.id)) == [(False, None), (True, "login_deleted")]


async def test_deleting_another_users_session_is_404_and_leaves_it_alive(client, factory: Factory) -> None:
    member = await factory.member()
    victim = await factory.member(member.team)
    victim_access, victim_refresh = await login_tokens(client, victim)
    victim_login_id = (await client.get(f"{AUTH}/sessions", headers=bearer(victim_access))).json()[0]["id"]
    client.cookies.clear()

    response = await client.delete(f"{AUTH}/sessions/{victim_login_id}", headers=await auth_headers(client, member))

    assert response.status_code == 404
    assert (await refresh_with(client, victim_refresh)).status_code == 200


async def test_deleting_an_unknown_session_is_404(client, factory: Factory) -> None:
    member = await factory.member()

    response = await client.delete(f"{AUTH}/sessions/{uuid.uuid4()}", headers=await auth_headers(client, member))

    assert response.status_code == 404


async def test_sessions_need_authentication(client) -> None:
    assert_access_refused(await client.get(f"{AUTH}/sessions"), "invalid_token")


# --- disabled members -------------------------------------------------------------------------


async def test_disabled_member_loses_access_token_and_refresh(client, factory: Factory) -> None:
    admin = await factory.member(role="team_admin")
    member = await factory.member(admin.team)
    access, refresh = await login_tokens(client, member)
    client.cookies.clear()

    disable = await client.patch(
        f"{API}/teams/current/members/{member.user.id}",
        json={"disabled": True},
        headers=await auth_headers(client, admin),
    )

    assert disable.status_code == 200, disable.text
    assert_access_refused(await client.get(f"{AUTH}/me", headers=bearer(access)), "invalid_token")
    assert_refresh_refused(await refresh_with(client, refresh), "session_revoked")


async def test_refresh_checks_the_membership_even_if_the_login_was_not_revoked(client, factory: Factory, db) -> None:
    member = await factory.member()
    access, refresh = await login_tokens(client, member)
    # Disabled behind the API's back: no revocation of the login, only the membership row changes.
    await db.execute(update(Membership).where(Membership.user_id == member.user.id).values(disabled_at=utcnow()))
    await db.commit()

    assert_access_refused(await client.get(f"{AUTH}/me", headers=bearer(access)), "invalid_token")
    assert_refresh_refused(await refresh_with(client, refresh), "session_revoked")
    assert await family_state(db, member.user.id) == [(True, "user_disabled")]


async def test_disabled_member_cannot_log_in(client, factory: Factory, db) -> None:
    member = await factory.member()
    await db.execute(update(Membership).where(Membership.user_id == member.user.id).values(disabled_at=utcnow()))
    await db.commit()

    response = await login_as(client, member)

    assert response.status_code == 403
    assert response.json()["detail"] == "no_active_membership"
