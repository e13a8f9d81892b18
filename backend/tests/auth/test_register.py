"""Registration (first user becomes super_admin, unique e-mail) and e-mail verification."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.auth.models import UserToken
from app.core.clock import travel
from app.core.config import Settings
from app.core.security import hash_token
from app.teams.models import Membership
from app.teams.service import DEMO_TEAM_NAME, DEMO_TEAM_SLUG, create_team
from app.users.models import User
from tests.auth.helpers import AUTH, COOKIE, claims_of, token_from_mail
from tests.factories import PASSWORD, Factory, bearer


def registration(email: str, team_name: str | None = "Contoso Helpdesk", **extra: str) -> dict[str, str]:
    body = {"email": email, "password": PASSWORD, "full_name": "Ada Admin", **extra}
    if team_name is not None:
        body["team_name"] = team_name
    return body


async def test_first_user_of_an_empty_installation_becomes_super_admin(client, db, settings: Settings) -> None:
    assert (await db.execute(select(func.count()).select_from(User))).scalar_one() == 0
    await db.commit()

    response = await client.post(f"{AUTH}/register", json=registration("first@example.com"))

    assert response.status_code == 201, response.text
    body = response.json()
    assert body["user"]["is_super_admin"] is True
    assert body["user"]["role"] == "super_admin"
    assert body["user"]["team"]["name"] == "Contoso Helpdesk"
    assert body["user"]["email_verified"] is False
    assert claims_of(body["access_token"], settings)["role"] == "super_admin"
    assert COOKIE in response.cookies


async def test_later_users_register_as_team_admin_of_their_new_team(client, factory: Factory, db) -> None:
    await factory.member()  # the installation is no longer empty

    response = await client.post(f"{AUTH}/register", json=registration("second@example.com", "Fabrikam IT"))

    assert response.status_code == 201, response.text
    user = response.json()["user"]
    assert user["is_super_admin"] is False
    assert user["role"] == "team_admin"
    assert user["team"]["name"] == "Fabrikam IT"
    role = (
        await db.execute(
            select(Membership.role).join(User, User.id == Membership.user_id).where(User.email == "second@example.com")
        )
    ).scalar_one()
    await db.commit()
    assert role == "team_admin"


async def test_first_user_without_a_team_name_takes_over_the_demo_team(client, db, settings: Settings) -> None:
    demo = await create_team(db, settings, DEMO_TEAM_NAME, slug=DEMO_TEAM_SLUG)
    await db.commit()

    response = await client.post(f"{AUTH}/register", json=registration("owner@example.com", team_name=None))

    assert response.status_code == 201, response.text
    assert response.json()["user"]["team"] == {"id": str(demo.id), "name": DEMO_TEAM_NAME}
    assert response.json()["user"]["is_super_admin"] is True


async def test_registration_without_team_name_after_the_first_user_is_refused(client, factory: Factory) -> None:
    await factory.member()

    response = await client.post(f"{AUTH}/register", json=registration("later@example.com", team_name=None))

    assert response.status_code == 422
    assert response.json()["detail"] == "team_name_required"


async def test_registering_a_taken_email_in_any_case_is_409(client, factory: Factory) -> None:
    await factory.member(email="taken@example.com")

    response = await client.post(f"{AUTH}/register", json=registration("Taken@EXAMPLE.com", "Another"))

    assert response.status_code == 409
    assert response.json()["detail"] == "email_taken"


async def test_registered_email_is_stored_lower_case(client, db) -> None:
    await client.post(f"{AUTH}/register", json=registration("Grace.Hopper@Example.COM"))

    emails = (await db.execute(select(User.email))).scalars().all()
    await db.commit()

    assert emails == ["grace.hopper@example.com"]


@pytest.mark.parametrize("second", ["unique@example.com", "UNIQUE@example.com"])
async def test_database_keeps_emails_unique_case_insensitively(factory: Factory, db, second: str) -> None:
    await factory.member(email="unique@example.com")
    other = await factory.member()

    async def insert_twin() -> None:
        async with db.begin_nested():
            db.add(User(email=second, full_name="Twin", password_hash=other.user.password_hash))

    with pytest.raises(IntegrityError):
        await insert_twin()


# --- e-mail verification ---------------------------------------------------------------------


async def test_registration_mails_a_verification_link(client, mailbox, settings: Settings) -> None:
    await client.post(f"{AUTH}/register", json=registration("verify@example.com"))

    token = token_from_mail(mailbox, "verify@example.com", "verify-email")

    assert token


async def test_verify_email_marks_the_address_verified_once(client, mailbox) -> None:
    registered = await client.post(f"{AUTH}/register", json=registration("verify@example.com"))
    token = token_from_mail(mailbox, "verify@example.com", "verify-email")
    access = registered.json()["access_token"]
    assert (await client.get(f"{AUTH}/me", headers=bearer(access))).json()["email_verified"] is False

    first = await client.post(f"{AUTH}/verify-email", json={"token": token})
    second = await client.post(f"{AUTH}/verify-email", json={"token": token})

    assert first.status_code == 204, first.text
    assert (await client.get(f"{AUTH}/me", headers=bearer(access))).json()["email_verified"] is True
    assert second.status_code == 422
    assert second.json()["detail"] == "token_used"


async def test_verification_link_expires(client, mailbox, settings: Settings) -> None:
    await client.post(f"{AUTH}/register", json=registration("verify@example.com"))
    token = token_from_mail(mailbox, "verify@example.com", "verify-email")

    with travel(timedelta(hours=settings.email_verification_hours, minutes=1)):
        response = await client.post(f"{AUTH}/verify-email", json={"token": token})

    assert response.status_code == 422
    assert response.json()["detail"] == "token_expired"


async def test_garbage_verification_token_is_token_invalid(client) -> None:
    response = await client.post(f"{AUTH}/verify-email", json={"token": "not-a-real-token"})

    assert response.status_code == 422
    assert response.json()["detail"] == "token_invalid"


async def test_a_reset_token_does_not_verify_an_email(client, factory: Factory, mailbox) -> None:
    member = await factory.member(verified=False)
    await client.post(f"{AUTH}/password/forgot", json={"email": member.email})
    reset_token = token_from_mail(mailbox, member.email, "reset-password")

    response = await client.post(f"{AUTH}/verify-email", json={"token": reset_token})

    assert response.status_code == 422
    assert response.json()["detail"] == "token_invalid"


async def test_verification_token_is_stored_hashed(client, mailbox, db) -> None:
    await client.post(f"{AUTH}/register", json=registration("verify@example.com"))
    token = token_from_mail(mailbox, "verify@example.com", "verify-email")

    hashes = (await db.execute(select(UserToken.token_hash))).scalars().all()
    await db.commit()

    assert hashes == [hash_token(token)]
    assert token not in hashes


async def test_resend_verification_sends_a_fresh_link_and_retires_the_old(client, mailbox) -> None:
    registered = await client.post(f"{AUTH}/register", json=registration("verify@example.com"))
    old = token_from_mail(mailbox, "verify@example.com", "verify-email")

    resend = await client.post(f"{AUTH}/verify-email/resend", headers=bearer(registered.json()["access_token"]))

    new = token_from_mail(mailbox, "verify@example.com", "verify-email")
    assert resend.status_code == 202
    assert new != old
    assert (await client.post(f"{AUTH}/verify-email", json={"token": old})).status_code == 422
    assert (await client.post(f"{AUTH}/verify-email", json={"token": new})).status_code == 204
