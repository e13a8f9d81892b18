"""Refresh: rotation within a family, theft detection on reuse, cookie and body variants, bad tokens."""

import uuid
from datetime import timedelta

from sqlalchemy import select, update

from app.auth.models import RefreshFamily, RefreshToken
from app.core.config import Settings
from app.core.security import hash_token
from app.teams.models import Membership
from tests.auth.helpers import (
    AUTH,
    COOKIE,
    assert_access_refused,
    assert_refresh_refused,
    claims_of,
    family_state,
    login_tokens,
    other_key,
    refresh_with,
    sign,
)
from tests.factories import Factory, bearer


async def test_refresh_via_cookie_rotates_the_cookie_and_keeps_the_token_out_of_the_body(
    client, factory: Factory
) -> None:
    member = await factory.member()
    _, first = await login_tokens(client, member)

    response = await client.post(f"{AUTH}/refresh")  # the cookie from the login is sent

    assert response.status_code == 200, response.text
    body = response.json()
    assert body.get("refresh_token") is None
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 900
    assert body["user"]["id"] == str(member.user.id)
    rotated = response.cookies[COOKIE]
    assert rotated != first
    assert client.cookies[COOKIE] == rotated
    assert (await client.get(f"{AUTH}/me", headers=bearer(body["access_token"]))).status_code == 200


async def test_refresh_via_json_body_returns_the_new_refresh_token_in_the_body(client, factory: Factory) -> None:
    member = await factory.member()
    _, first = await login_tokens(client, member)
    client.cookies.clear()

    response = await refresh_with(client, first)

    assert response.status_code == 200, response.text
    rotated = response.json()["refresh_token"]
    assert rotated
    assert rotated != first
    assert (await refresh_with(client, rotated)).status_code == 200


async def test_rotation_marks_the_old_token_used_and_stays_in_the_family(
    client, factory: Factory, settings: Settings, db
) -> None:
    member = await factory.member()
    _, first = await login_tokens(client, member)

    rotated = (await refresh_with(client, first)).json()["refresh_token"]

    old_claims, new_claims = claims_of(first, settings), claims_of(rotated, settings)
    assert old_claims["type"] == new_claims["type"] == "refresh"
    assert old_claims["fam"] == new_claims["fam"]
    assert old_claims["jti"] != new_claims["jti"]
    stored = await db.execute(
        select(RefreshToken.jti_hash, RefreshToken.used_at).where(
            RefreshToken.family_id == uuid.UUID(old_claims["fam"])
        )
    )
    rows = dict(stored.all())
    await db.commit()
    # Stored hashed: the rows are keyed by SHA-256 of the jti, never the jti itself.
    assert set(rows) == {hash_token(old_claims["jti"]), hash_token(new_claims["jti"])}
    assert rows[hash_token(old_claims["jti"])] is not None
    assert rows[hash_token(new_claims["jti"])] is None


async def test_reusing_a_rotated_refresh_token_revokes_the_whole_family(client, factory: Factory, db) -> None:
    member = await factory.member()
    _, first = await login_tokens(client, member)
    second_response = await refresh_with(client, first)
    second, second_access = second_response.json()["refresh_token"], second_response.json()["access_token"]

    replay = await refresh_with(client, first)

    assert_refresh_refused(replay, "session_revoked")
    # The newest token of the family (held by the thief or by the user) is dead too, as is its access token.
    assert_refresh_refused(await refresh_with(client, second), "session_revoked")
    assert_access_refused(await client.get(f"{AUTH}/me", headers=bearer(second_access)), "invalid_token")
    assert await family_state(db, member.user.id) == [(True, "reuse_detected")]


async def test_reuse_in_one_login_leaves_the_users_other_logins_alone(client, factory: Factory) -> None:
    member = await factory.member()
    _, first = await login_tokens(client, member)
    _, other_login = await login_tokens(client, member)
    await refresh_with(client, first)

    assert_refresh_refused(await refresh_with(client, first), "session_revoked")

    assert (await refresh_with(client, other_login)).status_code == 200


async def test_refresh_rereads_role_from_the_membership(client, factory: Factory, settings: Settings, db) -> None:
    member = await factory.member(role="viewer")
    _, refresh = await login_tokens(client, member)
    await db.execute(update(Membership).where(Membership.user_id == member.user.id).values(role="engineer"))
    await db.commit()

    response = await refresh_with(client, refresh)

    assert claims_of(response.json()["access_token"], settings)["role"] == "engineer"
    assert response.json()["user"]["role"] == "engineer"


# --- invalid_refresh_token -------------------------------------------------------------------


async def test_refresh_without_any_token_is_invalid_refresh_token(client) -> None:
    assert_refresh_refused(await client.post(f"{AUTH}/refresh"), "invalid_refresh_token")


async def test_malformed_refresh_token_is_invalid_refresh_token(client) -> None:
    assert_refresh_refused(await refresh_with(client, "not.a.jwt-at-all"), "invalid_refresh_token")


async def test_malformed_refresh_cookie_is_invalid_refresh_token(client) -> None:
    client.cookies.set(COOKIE, "garbage-garbage-garbage")

    assert_refresh_refused(await client.post(f"{AUTH}/refresh"), "invalid_refresh_token")


async def test_refresh_token_with_bad_signature_is_invalid_refresh_token(
    client, factory: Factory, settings: Settings
) -> None:
    member = await factory.member()
    _, refresh = await login_tokens(client, member)
    claims = {k: v for k, v in claims_of(refresh, settings).items() if k not in ("iat", "exp")}

    assert_refresh_refused(await refresh_with(client, sign(claims, other_key())), "invalid_refresh_token")
    # The genuine token was not touched by the forgery.
    assert (await refresh_with(client, refresh)).status_code == 200


async def test_expired_refresh_token_with_bad_signature_is_invalid_not_idle(
    client, factory: Factory, settings: Settings
) -> None:
    member = await factory.member()
    _, refresh = await login_tokens(client, member)
    claims = {k: v for k, v in claims_of(refresh, settings).items() if k not in ("iat", "exp")}

    forged = sign(claims, other_key(), expires_in=-timedelta(minutes=5))

    assert_refresh_refused(await refresh_with(client, forged), "invalid_refresh_token")


async def test_access_token_used_as_refresh_token_is_invalid_refresh_token(client, factory: Factory) -> None:
    member = await factory.member()
    access, _ = await login_tokens(client, member)
    client.cookies.clear()

    assert_refresh_refused(await refresh_with(client, access), "invalid_refresh_token")


async def test_token_of_another_type_is_refused_even_if_its_other_claims_fit(
    client, factory: Factory, settings: Settings
) -> None:
    member = await factory.member()
    _, refresh = await login_tokens(client, member)
    claims = {k: v for k, v in claims_of(refresh, settings).items() if k not in ("iat", "exp")}

    # Our own key, a live jti, the right user: only `type` is wrong.
    retyped = sign({**claims, "type": "access"}, settings.signing_key)

    assert_refresh_refused(await refresh_with(client, retyped), "invalid_refresh_token")


async def test_refresh_token_with_unknown_jti_is_invalid_refresh_token(
    client, factory: Factory, settings: Settings
) -> None:
    member = await factory.member()
    _, refresh = await login_tokens(client, member)
    claims = {k: v for k, v in claims_of(refresh, settings).items() if k not in ("iat", "exp")}

    unknown = sign({**claims, "jti": uuid.uuid4().hex}, settings.signing_key)

    assert_refresh_refused(await refresh_with(client, unknown), "invalid_refresh_token")


async def test_refresh_token_without_jti_is_invalid_refresh_token(client, factory: Factory, settings: Settings) -> None:
    member = await factory.member()
    _, refresh = await login_tokens(client, member)
    claims = {k: v for k, v in claims_of(refresh, settings).items() if k not in ("iat", "exp", "jti")}

    assert_refresh_refused(await refresh_with(client, sign(claims, settings.signing_key)), "invalid_refresh_token")


async def test_refresh_token_naming_another_user_is_invalid_and_harmless(
    client, factory: Factory, settings: Settings, db
) -> None:
    member = await factory.member()
    other = await factory.member(member.team)
    _, refresh = await login_tokens(client, member)
    claims = {k: v for k, v in claims_of(refresh, settings).items() if k not in ("iat", "exp")}

    mismatched = sign({**claims, "sub": str(other.user.id)}, settings.signing_key)

    assert_refresh_refused(await refresh_with(client, mismatched), "invalid_refresh_token")
    assert (await refresh_with(client, refresh)).status_code == 200
    assert (await db.execute(select(RefreshFamily.revoked_at))).scalars().all() == [None]
    await db.commit()
