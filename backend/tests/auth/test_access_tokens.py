"""Access-token failures: 401 with `token_expired` or `invalid_token` and `WWW-Authenticate: Bearer`."""

import base64
import json
from datetime import timedelta

from app.core.clock import travel
from app.core.config import Settings
from tests.auth.helpers import AUTH, assert_access_refused, claims_of, login_as, login_tokens, other_key, sign
from tests.factories import Factory, bearer


async def test_expired_access_token_is_token_expired(client, factory: Factory) -> None:
    member = await factory.member()
    # Issued 16 minutes ago, so its 15-minute `exp` is already past on the real clock.
    with travel(-timedelta(minutes=16)):
        access, _ = await login_tokens(client, member)

    response = await client.get(f"{AUTH}/me", headers=bearer(access))

    assert_access_refused(response, "token_expired")


async def test_access_token_signed_with_a_past_exp_is_token_expired(
    client, factory: Factory, settings: Settings
) -> None:
    member = await factory.member()
    access, _ = await login_tokens(client, member)
    claims = claims_of(access, settings)
    for reserved in ("iat", "exp"):
        claims.pop(reserved)

    stale = sign(claims, settings.signing_key, expires_in=-timedelta(seconds=30))

    assert_access_refused(await client.get(f"{AUTH}/me", headers=bearer(stale)), "token_expired")


async def test_missing_access_token_is_invalid_token(client) -> None:
    assert_access_refused(await client.get(f"{AUTH}/me"), "invalid_token")


async def test_garbage_access_token_is_invalid_token(client) -> None:
    response = await client.get(f"{AUTH}/me", headers=bearer("this-is-not-a-jwt"))

    assert_access_refused(response, "invalid_token")


async def test_access_token_with_wrong_signature_is_invalid_token(client, factory: Factory, settings: Settings) -> None:
    member = await factory.member()
    access, _ = await login_tokens(client, member)
    claims = claims_of(access, settings)
    for reserved in ("iat", "exp"):
        claims.pop(reserved)

    forged = sign(claims, other_key())

    assert_access_refused(await client.get(f"{AUTH}/me", headers=bearer(forged)), "invalid_token")


async def test_expired_access_token_with_wrong_signature_is_invalid_not_expired(
    client, factory: Factory, settings: Settings
) -> None:
    member = await factory.member()
    access, _ = await login_tokens(client, member)
    claims = {k: v for k, v in claims_of(access, settings).items() if k not in ("iat", "exp")}

    forged = sign(claims, other_key(), expires_in=-timedelta(minutes=1))

    assert_access_refused(await client.get(f"{AUTH}/me", headers=bearer(forged)), "invalid_token")


async def test_unsigned_alg_none_access_token_is_invalid_token(client, factory: Factory, settings: Settings) -> None:
    member = await factory.member()
    access, _ = await login_tokens(client, member)
    claims = claims_of(access, settings)

    def b64(data: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    unsigned = f"{b64({'alg': 'none', 'typ': 'JWT'})}.{b64(claims)}."

    assert_access_refused(await client.get(f"{AUTH}/me", headers=bearer(unsigned)), "invalid_token")


async def test_refresh_token_used_as_access_token_is_invalid_token(client, factory: Factory) -> None:
    member = await factory.member()
    _, refresh = await login_tokens(client, member)

    assert_access_refused(await client.get(f"{AUTH}/me", headers=bearer(refresh)), "invalid_token")


async def test_token_of_another_type_is_refused_even_if_its_other_claims_fit(
    client, factory: Factory, settings: Settings
) -> None:
    member = await factory.member()
    access, _ = await login_tokens(client, member)
    claims = {k: v for k, v in claims_of(access, settings).items() if k not in ("iat", "exp")}

    # Our own key and every claim an access token has; only `type` says refresh.
    retyped = sign({**claims, "type": "refresh"}, settings.signing_key)

    assert_access_refused(await client.get(f"{AUTH}/me", headers=bearer(retyped)), "invalid_token")


async def test_access_token_of_a_logged_out_login_stops_working(client, factory: Factory) -> None:
    member = await factory.member()
    access, _ = await login_tokens(client, member)
    assert (await client.get(f"{AUTH}/me", headers=bearer(access))).status_code == 200

    logout = await client.post(f"{AUTH}/logout")  # the refresh cookie names the login

    assert logout.status_code == 204
    assert_access_refused(await client.get(f"{AUTH}/me", headers=bearer(access)), "invalid_token")


async def test_access_token_naming_a_team_the_user_is_not_in_is_invalid(
    client, factory: Factory, settings: Settings
) -> None:
    member = await factory.member()
    access = (await login_as(client, member)).json()["access_token"]
    claims = {k: v for k, v in claims_of(access, settings).items() if k not in ("iat", "exp")}
    other_team = await factory.team()

    # Validly signed, but for a team the user is not a member of.
    foreign = sign({**claims, "team": str(other_team.id)}, settings.signing_key)

    assert_access_refused(await client.get(f"{AUTH}/me", headers=bearer(foreign)), "invalid_token")
