"""Invitations: create, list with status, revoke, re-invite, preview and accept (new and existing users)."""

from datetime import datetime, timedelta

from sqlalchemy import select

from app.core.clock import travel
from app.core.security import hash_token
from app.teams.models import Invitation, Membership
from app.users.models import User
from tests.factories import Factory, auth_headers, bearer
from tests.teams.helpers import API, accept, invitation_token, invite, invite_and_get_token

INVITATIONS = f"{API}/teams/current/invitations"
NEW_PASSWORD = "violet-tangerine-71"


async def test_create_invitation_with_role_and_expiry_and_mail_the_link(client, factory: Factory, mailbox) -> None:
    admin = await factory.member(role="team_admin")

    response = await client.post(
        INVITATIONS,
        json={"email": "New.Person@Example.com", "role": "viewer", "expires_in_days": 3},
        headers=await auth_headers(client, admin),
    )

    assert response.status_code == 201, response.text
    invitation = response.json()
    assert invitation["email"] == "new.person@example.com"
    assert invitation["role"] == "viewer"
    assert invitation["status"] == "pending"
    assert invitation["invited_by_id"] == str(admin.user.id)
    lifetime = datetime.fromisoformat(invitation["expires_at"]) - datetime.fromisoformat(invitation["created_at"])
    assert lifetime == timedelta(days=3)
    mail = mailbox.last_to("new.person@example.com")
    assert admin.team.name in mail["Subject"]
    assert invitation_token(mailbox, "new.person@example.com")


async def test_invitation_expiry_defaults_to_seven_days(client, factory: Factory) -> None:
    admin = await factory.member(role="team_admin")
    invitation = await invite(client, await auth_headers(client, admin), "someone@example.com")
    lifetime = datetime.fromisoformat(invitation["expires_at"]) - datetime.fromisoformat(invitation["created_at"])
    assert lifetime == timedelta(days=7)


async def test_invitation_expiry_must_be_between_1_and_30_days(client, factory: Factory, mailbox) -> None:
    admin = await factory.member(role="team_admin")
    headers = await auth_headers(client, admin)
    for days, expected in ((0, 422), (31, 422), (-1, 422), (1, 201), (30, 201)):
        response = await client.post(
            INVITATIONS,
            json={"email": f"d{days}@example.com", "role": "engineer", "expires_in_days": days},
            headers=headers,
        )
        assert response.status_code == expected, (days, response.text)


async def test_invitation_cannot_grant_super_admin(client, factory: Factory) -> None:
    admin = await factory.member(role="team_admin")
    response = await client.post(
        INVITATIONS, json={"email": "x@example.com", "role": "super_admin"}, headers=await auth_headers(client, admin)
    )
    assert response.status_code == 422


async def test_invitation_tokens_are_stored_hashed(client, factory: Factory, db, mailbox) -> None:
    admin = await factory.member(role="team_admin")
    _, token = await invite_and_get_token(client, await auth_headers(client, admin), mailbox, "hash@example.com")

    stored = (await db.execute(select(Invitation.token_hash))).scalar_one()

    assert stored != token
    assert token not in stored
    assert stored == hash_token(token)


async def test_list_invitations_reports_each_status(client, factory: Factory, mailbox) -> None:
    admin = await factory.member(role="team_admin")
    headers = await auth_headers(client, admin)
    await invite(client, headers, "pending@example.com", expires_in_days=30)
    revoked = await invite(client, headers, "revoked@example.com", expires_in_days=30)
    await client.delete(f"{INVITATIONS}/{revoked['id']}", headers=headers)
    await invite(client, headers, "expiring@example.com", expires_in_days=1)
    await invite(client, headers, "accepted@example.com", expires_in_days=30)
    accepted = await accept(client, invitation_token(mailbox, "accepted@example.com"), NEW_PASSWORD, "Accepted")
    assert accepted.status_code == 200

    with travel(timedelta(days=1, minutes=1)):
        response = await client.get(INVITATIONS, headers=headers)

    assert response.status_code == 200
    assert {i["email"]: i["status"] for i in response.json()} == {
        "pending@example.com": "pending",
        "revoked@example.com": "revoked",
        "expiring@example.com": "expired",
        "accepted@example.com": "accepted",
    }


async def test_revoked_invitation_cannot_be_previewed_or_accepted(client, factory: Factory, mailbox) -> None:
    admin = await factory.member(role="team_admin")
    headers = await auth_headers(client, admin)
    invitation, token = await invite_and_get_token(client, headers, mailbox, "later@example.com")

    response = await client.delete(f"{INVITATIONS}/{invitation['id']}", headers=headers)

    assert response.status_code == 204
    preview = await client.post(f"{API}/invitations/preview", json={"token": token})
    assert preview.status_code == 409
    assert preview.json()["detail"] == "invitation_revoked"
    accepted = await accept(client, token, NEW_PASSWORD, "Later")
    assert accepted.status_code == 409
    assert accepted.json()["detail"] == "invitation_revoked"


async def test_revoking_unknown_invitation_is_404(client, factory: Factory) -> None:
    admin = await factory.member(role="team_admin")
    response = await client.delete(
        f"{INVITATIONS}/00000000-0000-0000-0000-000000000000", headers=await auth_headers(client, admin)
    )
    assert response.status_code == 404
    assert response.json()["detail"] == "invitation_not_found"


async def test_accepted_invitation_cannot_be_revoked(client, factory: Factory, mailbox) -> None:
    admin = await factory.member(role="team_admin")
    headers = await auth_headers(client, admin)
    invitation, token = await invite_and_get_token(client, headers, mailbox, "joined@example.com")
    assert (await accept(client, token, NEW_PASSWORD, "Joined")).status_code == 200

    response = await client.delete(f"{INVITATIONS}/{invitation['id']}", headers=headers)

    assert response.status_code == 409
    assert response.json()["detail"] == "invitation_accepted"


async def test_inviting_an_existing_member_is_409(client, factory: Factory, mailbox) -> None:
    admin = await factory.member(role="team_admin")
    engineer = await factory.member(admin.team, role="engineer")

    response = await client.post(
        INVITATIONS, json={"email": engineer.email.upper(), "role": "viewer"}, headers=await auth_headers(client, admin)
    )

    assert response.status_code == 409
    assert response.json()["detail"] == "already_member"
    assert mailbox.messages == []


async def test_reinviting_replaces_the_earlier_pending_link(client, factory: Factory, mailbox) -> None:
    admin = await factory.member(role="team_admin")
    headers = await auth_headers(client, admin)
    first, first_token = await invite_and_get_token(client, headers, mailbox, "twice@example.com", "viewer")
    second, second_token = await invite_and_get_token(client, headers, mailbox, "twice@example.com", "engineer")
    assert first_token != second_token

    listed = {i["id"]: i["status"] for i in (await client.get(INVITATIONS, headers=headers)).json()}
    assert listed == {first["id"]: "revoked", second["id"]: "pending"}
    old = await accept(client, first_token, NEW_PASSWORD, "Twice")
    assert old.status_code == 409
    assert old.json()["detail"] == "invitation_revoked"
    new = await accept(client, second_token, NEW_PASSWORD, "Twice")
    assert new.status_code == 200
    assert new.json()["user"]["role"] == "engineer"


async def test_preview_describes_the_invitation(client, factory: Factory, mailbox) -> None:
    admin = await factory.member(role="team_admin")
    existing = await factory.member(role="engineer")
    headers = await auth_headers(client, admin)
    await invite(client, headers, "fresh@example.com", "viewer")
    await invite(client, headers, existing.email, "engineer")

    fresh = await client.post(
        f"{API}/invitations/preview", json={"token": invitation_token(mailbox, "fresh@example.com")}
    )
    known = await client.post(f"{API}/invitations/preview", json={"token": invitation_token(mailbox, existing.email)})

    assert fresh.status_code == 200, fresh.text
    assert fresh.json() | {"expires_at": None} == {
        "team_name": admin.team.name,
        "email": "fresh@example.com",
        "role": "viewer",
        "expires_at": None,
        "account_exists": False,
    }
    assert known.json()["account_exists"] is True
    assert known.json()["role"] == "engineer"


async def test_preview_of_unknown_token_is_404(client) -> None:
    response = await client.post(f"{API}/invitations/preview", json={"token": "x" * 43})
    assert response.status_code == 404
    assert response.json()["detail"] == "invitation_not_found"


async def test_new_user_registers_through_an_invitation(client, factory: Factory, db, mailbox) -> None:
    admin = await factory.member(role="team_admin")
    _, token = await invite_and_get_token(
        client, await auth_headers(client, admin), mailbox, "newbie@example.com", "viewer"
    )

    response = await accept(client, token, NEW_PASSWORD, "New Bie")

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["user"]["email"] == "newbie@example.com"
    assert body["user"]["full_name"] == "New Bie"
    assert body["user"]["role"] == "viewer"
    assert body["user"]["team"]["id"] == str(admin.team.id)
    assert body["user"]["email_verified"] is True
    assert "rf_refresh" in response.cookies
    me = await client.get(f"{API}/auth/me", headers=bearer(body["access_token"]))
    assert me.json()["team"]["id"] == str(admin.team.id)
    # The new account logs in normally afterwards.
    login = await client.post(f"{API}/auth/login", json={"email": "newbie@example.com", "password": NEW_PASSWORD})
    assert login.status_code == 200
    user_id = await db.scalar(select(User.id).where(User.email == "newbie@example.com"))
    role = await db.scalar(select(Membership.role).where(Membership.user_id == user_id))
    assert role == "viewer"


async def test_new_user_must_give_a_full_name(client, factory: Factory, db, mailbox) -> None:
    admin = await factory.member(role="team_admin")
    _, token = await invite_and_get_token(client, await auth_headers(client, admin), mailbox, "nameless@example.com")

    response = await accept(client, token, NEW_PASSWORD)

    assert response.status_code == 422
    assert response.json()["detail"] == "full_name_required"
    assert await db.scalar(select(User.id).where(User.email == "nameless@example.com")) is None


async def test_new_user_password_rules_apply(client, factory: Factory, db, mailbox) -> None:
    admin = await factory.member(role="team_admin")
    _, token = await invite_and_get_token(client, await auth_headers(client, admin), mailbox, "weak@example.com")

    for password, code in (
        ("short1", "password_too_short"),
        ("password123", "password_too_common"),
        ("weak@example.com", "password_matches_email"),
        ("x" * 73, "password_too_long"),
    ):
        response = await accept(client, token, password, "Weak")
        assert response.status_code == 422, password
        assert response.json()["detail"] == code
    assert await db.scalar(select(User.id).where(User.email == "weak@example.com")) is None
    assert (await accept(client, token, NEW_PASSWORD, "Weak")).status_code == 200


async def test_existing_user_joins_with_their_password_and_is_logged_in_to_the_invited_team(
    client, factory: Factory, db, mailbox
) -> None:
    admin = await factory.member(role="team_admin")
    existing = await factory.member(role="team_admin")  # member of another team already
    _, token = await invite_and_get_token(
        client, await auth_headers(client, admin), mailbox, existing.email, "engineer"
    )

    response = await accept(client, token, existing.password)

    assert response.status_code == 200, response.text
    assert response.json()["user"]["team"]["id"] == str(admin.team.id)
    assert response.json()["user"]["role"] == "engineer"
    me = await client.get(f"{API}/auth/me", headers=bearer(response.json()["access_token"]))
    assert me.json()["team"]["id"] == str(admin.team.id)
    assert me.json()["id"] == str(existing.user.id)
    roles = dict(
        (
            await db.execute(select(Membership.team_id, Membership.role).where(Membership.user_id == existing.user.id))
        ).all()
    )
    assert roles == {existing.team.id: "team_admin", admin.team.id: "engineer"}


async def test_existing_user_with_wrong_password_is_refused(client, factory: Factory, db, mailbox) -> None:
    admin = await factory.member(role="team_admin")
    existing = await factory.member(role="engineer")
    _, token = await invite_and_get_token(client, await auth_headers(client, admin), mailbox, existing.email)

    response = await accept(client, token, "not-the-right-password", "Ignored Name")

    assert response.status_code == 401
    assert response.json()["detail"] == "invalid_credentials"
    joined = await db.scalar(
        select(Membership.id).where(Membership.user_id == existing.user.id, Membership.team_id == admin.team.id)
    )
    assert joined is None
    # The invitation is still usable with the right password.
    assert (await accept(client, token, existing.password)).status_code == 200


async def test_accepted_invitation_cannot_be_used_again(client, factory: Factory, mailbox) -> None:
    admin = await factory.member(role="team_admin")
    _, token = await invite_and_get_token(client, await auth_headers(client, admin), mailbox, "once@example.com")
    assert (await accept(client, token, NEW_PASSWORD, "Once")).status_code == 200

    again = await accept(client, token, NEW_PASSWORD, "Once")
    preview = await client.post(f"{API}/invitations/preview", json={"token": token})

    assert again.status_code == preview.status_code == 409
    assert again.json()["detail"] == preview.json()["detail"] == "invitation_accepted"


async def test_expired_invitation_is_refused(client, factory: Factory, db, mailbox) -> None:
    admin = await factory.member(role="team_admin")
    _, token = await invite_and_get_token(
        client, await auth_headers(client, admin), mailbox, "late@example.com", expires_in_days=2
    )

    with travel(timedelta(days=2, seconds=1)):
        response = await accept(client, token, NEW_PASSWORD, "Late")
        preview = await client.post(f"{API}/invitations/preview", json={"token": token})

    assert response.status_code == preview.status_code == 409
    assert response.json()["detail"] == preview.json()["detail"] == "invitation_expired"
    assert await db.scalar(select(User.id).where(User.email == "late@example.com")) is None


async def test_invitation_is_still_valid_just_before_it_expires(client, factory: Factory, mailbox) -> None:
    admin = await factory.member(role="team_admin")
    _, token = await invite_and_get_token(
        client, await auth_headers(client, admin), mailbox, "ontime@example.com", expires_in_days=2
    )
    with travel(timedelta(days=2) - timedelta(minutes=1)):
        response = await accept(client, token, NEW_PASSWORD, "On Time")
    assert response.status_code == 200


async def test_unknown_invitation_token_is_404(client) -> None:
    response = await accept(client, "no-such-invitation-token", NEW_PASSWORD, "Nobody")
    assert response.status_code == 404
    assert response.json()["detail"] == "invitation_not_found"


async def test_accept_validates_its_body(client) -> None:
    too_long_name = await accept(client, "t" * 43, NEW_PASSWORD, "n" * 121)
    short_token = await client.post(f"{API}/invitations/accept", json={"token": "abc", "password": NEW_PASSWORD})
    missing_password = await client.post(f"{API}/invitations/accept", json={"token": "t" * 43})
    for response in (too_long_name, short_token, missing_password):
        assert response.status_code == 422
        assert response.json()["detail"] == "validation_error"
