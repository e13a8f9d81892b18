"""Members: list, role changes, disable/enable, removal, and the last-team_admin rule."""

from sqlalchemy import select

from app.auth.models import RefreshFamily
from app.teams.models import Membership
from tests.factories import Factory, auth_headers, bearer, login
from tests.teams.helpers import API

MEMBERS = f"{API}/teams/current/members"


async def test_members_list_shows_the_team_and_nobody_else(client, factory: Factory) -> None:
    admin = await factory.member(role="team_admin")
    viewer = await factory.member(admin.team, role="viewer")
    outsider = await factory.member(role="team_admin")

    response = await client.get(MEMBERS, headers=await auth_headers(client, viewer))

    assert response.status_code == 200
    by_id = {m["user_id"]: m for m in response.json()}
    assert set(by_id) == {str(admin.user.id), str(viewer.user.id)}
    assert by_id[str(admin.user.id)]["role"] == "team_admin"
    assert by_id[str(viewer.user.id)] | {"joined_at": None} == {
        "user_id": str(viewer.user.id),
        "email": viewer.email,
        "full_name": viewer.user.full_name,
        "role": "viewer",
        "disabled": False,
        "email_verified": True,
        "joined_at": None,
    }
    assert outsider.email not in response.text


async def test_team_admin_changes_a_members_role(client, factory: Factory, db) -> None:
    admin = await factory.member(role="team_admin")
    engineer = await factory.member(admin.team, role="engineer")

    response = await client.patch(
        f"{MEMBERS}/{engineer.user.id}", json={"role": "viewer"}, headers=await auth_headers(client, admin)
    )

    assert response.status_code == 200, response.text
    assert response.json()["role"] == "viewer"
    role = await db.scalar(select(Membership.role).where(Membership.user_id == engineer.user.id))
    assert role == "viewer"


async def test_member_role_cannot_be_set_to_super_admin(client, factory: Factory) -> None:
    admin = await factory.member(role="team_admin")
    engineer = await factory.member(admin.team, role="engineer")
    response = await client.patch(
        f"{MEMBERS}/{engineer.user.id}", json={"role": "super_admin"}, headers=await auth_headers(client, admin)
    )
    assert response.status_code == 422
    assert response.json()["detail"] == "validation_error"


async def test_unknown_member_is_404(client, factory: Factory) -> None:
    admin = await factory.member(role="team_admin")
    response = await client.patch(
        f"{MEMBERS}/00000000-0000-0000-0000-000000000000",
        json={"role": "viewer"},
        headers=await auth_headers(client, admin),
    )
    assert response.status_code == 404
    assert response.json()["detail"] == "member_not_found"


async def test_demoted_admin_loses_admin_rights_with_the_same_access_token(client, factory: Factory) -> None:
    first = await factory.member(role="team_admin")
    second = await factory.member(first.team, role="team_admin")
    second_headers = await auth_headers(client, second)
    assert (await client.get(f"{API}/teams/current/invitations", headers=second_headers)).status_code == 200

    demoted = await client.patch(
        f"{MEMBERS}/{second.user.id}", json={"role": "engineer"}, headers=await auth_headers(client, first)
    )
    assert demoted.status_code == 200

    after = await client.get(f"{API}/teams/current/invitations", headers=second_headers)
    assert after.status_code == 403
    assert after.json()["detail"] == "insufficient_role"
    me = await client.get(f"{API}/auth/me", headers=second_headers)
    assert me.json()["role"] == "engineer"


async def test_promoted_member_gains_admin_rights_at_once(client, factory: Factory) -> None:
    admin = await factory.member(role="team_admin")
    viewer = await factory.member(admin.team, role="viewer")
    viewer_headers = await auth_headers(client, viewer)
    assert (await client.get(f"{API}/teams/current/invitations", headers=viewer_headers)).status_code == 403

    await client.patch(
        f"{MEMBERS}/{viewer.user.id}", json={"role": "team_admin"}, headers=await auth_headers(client, admin)
    )

    assert (await client.get(f"{API}/teams/current/invitations", headers=viewer_headers)).status_code == 200


async def test_disabling_a_member_ends_their_logins(client, factory: Factory, db) -> None:
    admin = await factory.member(role="team_admin")
    engineer = await factory.member(admin.team, role="engineer")
    engineer_login = await login(client, engineer)
    refresh_cookie = client.cookies.get("rf_refresh")
    client.cookies.clear()

    response = await client.patch(
        f"{MEMBERS}/{engineer.user.id}", json={"disabled": True}, headers=await auth_headers(client, admin)
    )

    assert response.status_code == 200, response.text
    assert response.json()["disabled"] is True
    families = (
        await db.execute(select(RefreshFamily.revoke_reason).where(RefreshFamily.user_id == engineer.user.id))
    ).all()
    assert [row.revoke_reason for row in families] == ["user_disabled"]
    me = await client.get(f"{API}/auth/me", headers=bearer(engineer_login["access_token"]))
    assert me.status_code == 401
    refreshed = await client.post(f"{API}/auth/refresh", json={"refresh_token": refresh_cookie})
    assert refreshed.status_code == 401
    assert refreshed.json()["detail"] == "session_revoked"
    relogin = await client.post(f"{API}/auth/login", json={"email": engineer.email, "password": engineer.password})
    assert relogin.status_code == 403
    assert relogin.json()["detail"] == "no_active_membership"


async def test_disabled_member_can_be_enabled_again(client, factory: Factory) -> None:
    admin = await factory.member(role="team_admin")
    engineer = await factory.member(admin.team, role="engineer")
    headers = await auth_headers(client, admin)
    await client.patch(f"{MEMBERS}/{engineer.user.id}", json={"disabled": True}, headers=headers)

    response = await client.patch(f"{MEMBERS}/{engineer.user.id}", json={"disabled": False}, headers=headers)

    assert response.status_code == 200
    assert response.json()["disabled"] is False
    await login(client, engineer)  # asserts 200


async def test_disabling_a_member_keeps_their_logins_in_other_teams(client, factory: Factory, db) -> None:
    admin = await factory.member(role="team_admin")
    other_team = await factory.team()
    engineer = await factory.member(other_team, role="engineer")
    await factory.join(engineer, admin.team, role="engineer")
    other_login = await login(client, engineer, team_id=str(other_team.id))

    await client.patch(
        f"{MEMBERS}/{engineer.user.id}", json={"disabled": True}, headers=await auth_headers(client, admin)
    )

    me = await client.get(f"{API}/auth/me", headers=bearer(other_login["access_token"]))
    assert me.status_code == 200
    assert me.json()["team"]["id"] == str(other_team.id)


async def test_an_admin_cannot_disable_themselves(client, factory: Factory) -> None:
    admin = await factory.member(role="team_admin")
    await factory.member(admin.team, role="team_admin")  # so the last-admin rule is not what refuses

    response = await client.patch(
        f"{MEMBERS}/{admin.user.id}", json={"disabled": True}, headers=await auth_headers(client, admin)
    )

    assert response.status_code == 409
    assert response.json()["detail"] == "cannot_disable_self"


async def test_removing_a_member_deletes_the_membership_and_ends_their_logins(client, factory: Factory, db) -> None:
    admin = await factory.member(role="team_admin")
    engineer = await factory.member(admin.team, role="engineer")
    engineer_login = await login(client, engineer)
    headers = await auth_headers(client, admin)

    response = await client.delete(f"{MEMBERS}/{engineer.user.id}", headers=headers)

    assert response.status_code == 204
    assert await db.scalar(select(Membership.id).where(Membership.user_id == engineer.user.id)) is None
    listed = await client.get(MEMBERS, headers=headers)
    assert str(engineer.user.id) not in {m["user_id"] for m in listed.json()}
    assert (await client.get(f"{API}/auth/me", headers=bearer(engineer_login["access_token"]))).status_code == 401
    again = await client.delete(f"{MEMBERS}/{engineer.user.id}", headers=headers)
    assert again.status_code == 404
    assert again.json()["detail"] == "member_not_found"


# --- never the last active team_admin ------------------------------------------------------


async def test_only_admin_cannot_demote_themselves(client, factory: Factory, db) -> None:
    admin = await factory.member(role="team_admin")
    await factory.member(admin.team, role="engineer")

    response = await client.patch(
        f"{MEMBERS}/{admin.user.id}", json={"role": "engineer"}, headers=await auth_headers(client, admin)
    )

    assert response.status_code == 409
    assert response.json()["detail"] == "last_team_admin"
    assert await db.scalar(select(Membership.role).where(Membership.user_id == admin.user.id)) == "team_admin"


async def test_only_admin_cannot_be_disabled(client, factory: Factory) -> None:
    operator = await factory.member(role="viewer", super_admin=True)
    team = await factory.team()
    admin = await factory.member(team, role="team_admin")

    response = await client.patch(
        f"{API}/teams/{team.id}/members/{admin.user.id}",
        json={"disabled": True},
        headers=await auth_headers(client, operator),
    )

    assert response.status_code == 409
    assert response.json()["detail"] == "last_team_admin"


async def test_only_admin_cannot_be_removed(client, factory: Factory, db) -> None:
    admin = await factory.member(role="team_admin")

    response = await client.delete(f"{MEMBERS}/{admin.user.id}", headers=await auth_headers(client, admin))

    assert response.status_code == 409
    assert response.json()["detail"] == "last_team_admin"
    assert await db.scalar(select(Membership.id).where(Membership.user_id == admin.user.id)) is not None


async def test_a_disabled_admin_does_not_count_as_another_admin(client, factory: Factory) -> None:
    admin = await factory.member(role="team_admin")
    other_admin = await factory.member(admin.team, role="team_admin")
    headers = await auth_headers(client, admin)
    disabled = await client.patch(f"{MEMBERS}/{other_admin.user.id}", json={"disabled": True}, headers=headers)
    assert disabled.status_code == 200

    response = await client.patch(f"{MEMBERS}/{admin.user.id}", json={"role": "viewer"}, headers=headers)

    assert response.status_code == 409
    assert response.json()["detail"] == "last_team_admin"


async def test_with_two_admins_one_may_step_down(client, factory: Factory) -> None:
    admin = await factory.member(role="team_admin")
    await factory.member(admin.team, role="team_admin")

    response = await client.patch(
        f"{MEMBERS}/{admin.user.id}", json={"role": "engineer"}, headers=await auth_headers(client, admin)
    )

    assert response.status_code == 200
    assert response.json()["role"] == "engineer"
