"""Password rules and hashing, password change, and reset by e-mailed link."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.auth.models import UserToken
from app.core.clock import travel
from app.core.config import Settings
from app.core.security import hash_password, hash_token, verify_password
from app.users.models import User
from tests.auth.helpers import (
    AUTH,
    assert_access_refused,
    assert_refresh_refused,
    login_as,
    login_tokens,
    mail_text,
    refresh_with,
    token_from_mail,
)
from tests.factories import Factory, bearer

NEW_PASSWORD = "a-brand-new-secret-7"

# (password, expected code); the e-mail of every account in these cases is `EMAIL`.
EMAIL = "rules.tester@example.com"
BAD_PASSWORDS = [
    ("zq8-vx4-w", "password_too_short"),  # 9 characters, one short
    ("é" * 40, "password_too_long"),  # 40 characters, 80 bytes: over bcrypt's 72-byte limit
    (EMAIL, "password_matches_email"),
    (EMAIL.upper(), "password_matches_email"),
    ("password123", "password_too_common"),
    ("Password123", "password_too_common"),
]
BAD_IDS = ["too_short", "too_long_bytes", "equals_email", "equals_email_other_case", "common", "common_other_case"]


# --- rules ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("password", "code"), BAD_PASSWORDS, ids=BAD_IDS)
async def test_register_enforces_password_rules(client, factory: Factory, password: str, code: str) -> None:
    response = await client.post(
        f"{AUTH}/register",
        json={"email": EMAIL, "password": password, "full_name": "Rules Tester", "team_name": "Rules"},
    )

    assert response.status_code == 422, response.text
    assert response.json()["detail"] == code


@pytest.mark.parametrize(("password", "code"), BAD_PASSWORDS, ids=BAD_IDS)
async def test_password_change_enforces_password_rules(client, factory: Factory, password: str, code: str) -> None:
    member = await factory.member(email=EMAIL)
    access, _ = await login_tokens(client, member)

    response = await client.post(
        f"{AUTH}/password/change",
        json={"current_password": member.password, "new_password": password},
        headers=bearer(access),
    )

    assert response.status_code == 422, response.text
    assert response.json()["detail"] == code
    assert (await login_as(client, member)).status_code == 200  # the old password still works


@pytest.mark.parametrize(("password", "code"), BAD_PASSWORDS, ids=BAD_IDS)
async def test_password_reset_enforces_password_rules(
    client, factory: Factory, mailbox, password: str, code: str
) -> None:
    member = await factory.member(email=EMAIL)
    await client.post(f"{AUTH}/password/forgot", json={"email": member.email})
    token = token_from_mail(mailbox, member.email, "reset-password")

    response = await client.post(f"{AUTH}/password/reset", json={"token": token, "new_password": password})

    assert response.status_code == 422, response.text
    assert response.json()["detail"] == code
    # The link was not used up by the refused attempt.
    retry = await client.post(f"{AUTH}/password/reset", json={"token": token, "new_password": NEW_PASSWORD})
    assert retry.status_code == 204, retry.text


async def test_password_of_exactly_72_bytes_and_10_characters_are_accepted(client) -> None:
    for email, password in (("bytes72@example.com", "é" * 36), ("ten@example.com", "zq8-vx4-wm")):
        response = await client.post(
            f"{AUTH}/register",
            json={"email": email, "password": password, "full_name": "Edge", "team_name": f"Team {email}"},
        )
        assert response.status_code == 201, response.text
        assert (await client.post(f"{AUTH}/login", json={"email": email, "password": password})).status_code == 200


def test_bcrypt_cost_defaults_to_12() -> None:
    assert Settings.model_fields["bcrypt_rounds"].default == 12


async def test_hashes_are_bcrypt_2b_at_the_configured_cost(client, db, settings: Settings) -> None:
    response = await client.post(
        f"{AUTH}/register",
        json={"email": "hash@example.com", "password": NEW_PASSWORD, "full_name": "Hash", "team_name": "Hash"},
    )
    assert response.status_code == 201, response.text

    stored = (await db.execute(select(User.password_hash).where(User.email == "hash@example.com"))).scalar_one()
    await db.commit()

    assert stored.startswith(f"$2b${settings.bcrypt_rounds:02d}$")
    assert NEW_PASSWORD not in stored
    assert (await hash_password(NEW_PASSWORD, 12)).startswith("$2b$12$")


async def test_password_over_72_bytes_never_verifies_against_its_truncation() -> None:
    stored = await hash_password("x" * 72, 4)

    assert await verify_password("x" * 72, stored)
    assert not await verify_password("x" * 72 + "suffix", stored)


# --- change -----------------------------------------------------------------------------------


async def test_password_change_with_wrong_current_password_is_refused(client, factory: Factory) -> None:
    member = await factory.member()
    access, _ = await login_tokens(client, member)

    response = await client.post(
        f"{AUTH}/password/change",
        json={"current_password": "not-my-password", "new_password": NEW_PASSWORD},
        headers=bearer(access),
    )

    assert response.status_code == 422
    assert response.json()["detail"] == "current_password_incorrect"


async def test_password_change_needs_a_valid_access_token(client) -> None:
    response = await client.post(
        f"{AUTH}/password/change", json={"current_password": "whatever-it-is", "new_password": NEW_PASSWORD}
    )

    assert_access_refused(response, "invalid_token")


async def test_password_change_ends_other_logins_keeps_this_one_and_swaps_the_password(
    client, factory: Factory
) -> None:
    member = await factory.member()
    other_access, other_refresh = await login_tokens(client, member)
    access, refresh = await login_tokens(client, member)
    client.cookies.clear()

    response = await client.post(
        f"{AUTH}/password/change",
        json={"current_password": member.password, "new_password": NEW_PASSWORD},
        headers=bearer(access),
    )

    assert response.status_code == 204, response.text
    assert_refresh_refused(await refresh_with(client, other_refresh), "session_revoked")
    assert_access_refused(await client.get(f"{AUTH}/me", headers=bearer(other_access)), "invalid_token")
    assert (await client.get(f"{AUTH}/me", headers=bearer(access))).status_code == 200
    assert (await refresh_with(client, refresh)).status_code == 200
    assert (await login_as(client, member, password=NEW_PASSWORD)).status_code == 200
    old = await login_as(client, member)
    assert old.status_code == 401
    assert old.json()["detail"] == "invalid_credentials"


# --- forgot and reset -------------------------------------------------------------------------


async def test_forgot_answers_the_same_for_unknown_and_known_addresses(client, factory: Factory, mailbox) -> None:
    member = await factory.member()

    known = await client.post(f"{AUTH}/password/forgot", json={"email": member.email})
    unknown = await client.post(f"{AUTH}/password/forgot", json={"email": "nobody-here@example.com"})

    assert known.status_code == unknown.status_code == 202
    assert known.json() == unknown.json()
    assert [m["To"] for m in mailbox.messages] == [member.email]


async def test_forgot_mails_a_reset_link_with_a_token(client, factory: Factory, mailbox, settings: Settings) -> None:
    member = await factory.member()

    await client.post(f"{AUTH}/password/forgot", json={"email": member.email.upper()})

    message = mailbox.last_to(member.email)
    assert "reset" in message["Subject"].lower()
    token = token_from_mail(mailbox, member.email, "reset-password")
    assert f"{settings.frontend_url}/reset-password?token={token}" in mail_text(message)


async def test_reset_sets_the_password_once(client, factory: Factory, mailbox) -> None:
    member = await factory.member()
    await client.post(f"{AUTH}/password/forgot", json={"email": member.email})
    token = token_from_mail(mailbox, member.email, "reset-password")

    first = await client.post(f"{AUTH}/password/reset", json={"token": token, "new_password": NEW_PASSWORD})
    second = await client.post(f"{AUTH}/password/reset", json={"token": token, "new_password": "yet-another-one-9"})

    assert first.status_code == 204, first.text
    assert second.status_code == 422
    assert second.json()["detail"] == "token_used"
    assert (await login_as(client, member, password=NEW_PASSWORD)).status_code == 200
    assert (await login_as(client, member)).status_code == 401


async def test_reset_link_expires_after_60_minutes(client, factory: Factory, mailbox) -> None:
    member = await factory.member()
    await client.post(f"{AUTH}/password/forgot", json={"email": member.email})
    token = token_from_mail(mailbox, member.email, "reset-password")

    with travel(timedelta(minutes=61)):
        response = await client.post(f"{AUTH}/password/reset", json={"token": token, "new_password": NEW_PASSWORD})

    assert response.status_code == 422
    assert response.json()["detail"] == "token_expired"


async def test_reset_link_works_within_its_lifetime(client, factory: Factory, mailbox) -> None:
    member = await factory.member()
    await client.post(f"{AUTH}/password/forgot", json={"email": member.email})
    token = token_from_mail(mailbox, member.email, "reset-password")

    with travel(timedelta(minutes=59)):
        response = await client.post(f"{AUTH}/password/reset", json={"token": token, "new_password": NEW_PASSWORD})

    assert response.status_code == 204, response.text


async def test_garbage_reset_token_is_token_invalid(client) -> None:
    response = await client.post(
        f"{AUTH}/password/reset", json={"token": "made-up-token-value", "new_password": NEW_PASSWORD}
    )

    assert response.status_code == 422
    assert response.json()["detail"] == "token_invalid"


async def test_a_new_reset_link_replaces_the_previous_one(client, factory: Factory, mailbox) -> None:
    member = await factory.member()
    await client.post(f"{AUTH}/password/forgot", json={"email": member.email})
    earlier = token_from_mail(mailbox, member.email, "reset-password")
    await client.post(f"{AUTH}/password/forgot", json={"email": member.email})
    later = token_from_mail(mailbox, member.email, "reset-password")

    stale = await client.post(f"{AUTH}/password/reset", json={"token": earlier, "new_password": NEW_PASSWORD})

    assert later != earlier
    assert stale.status_code == 422
    assert (
        await client.post(f"{AUTH}/password/reset", json={"token": later, "new_password": NEW_PASSWORD})
    ).status_code == 204


async def test_reset_revokes_every_login(client, factory: Factory, mailbox) -> None:
    member = await factory.member()
    access, refresh = await login_tokens(client, member)
    client.cookies.clear()
    await client.post(f"{AUTH}/password/forgot", json={"email": member.email})
    token = token_from_mail(mailbox, member.email, "reset-password")

    response = await client.post(f"{AUTH}/password/reset", json={"token": token, "new_password": NEW_PASSWORD})

    assert response.status_code == 204
    assert_refresh_refused(await refresh_with(client, refresh), "session_revoked")
    assert_access_refused(await client.get(f"{AUTH}/me", headers=bearer(access)), "invalid_token")


async def test_reset_lifts_the_login_lock(client, factory: Factory, mailbox) -> None:
    member = await factory.member()
    for _ in range(5):
        await login_as(client, member, password="wrong-password-x")
    assert (await login_as(client, member)).status_code == 429
    await client.post(f"{AUTH}/password/forgot", json={"email": member.email})
    token = token_from_mail(mailbox, member.email, "reset-password")

    await client.post(f"{AUTH}/password/reset", json={"token": token, "new_password": NEW_PASSWORD})

    assert (await login_as(client, member, password=NEW_PASSWORD)).status_code == 200


async def test_reset_tokens_are_stored_hashed_only(client, factory: Factory, mailbox, db) -> None:
    member = await factory.member()
    await client.post(f"{AUTH}/password/forgot", json={"email": member.email})
    token = token_from_mail(mailbox, member.email, "reset-password")

    rows = (await db.execute(select(UserToken).where(UserToken.user_id == member.user.id))).scalars().all()
    stored = [(row.token_hash, row.user_id, row.purpose, row.created_at, row.expires_at, row.used_at) for row in rows]
    await db.commit()

    assert len(stored) == 1
    assert stored[0][0] == hash_token(token)
    assert all(token not in str(value) for value in stored[0])
