"""Logging in: JSON and OAuth2 form, the answer's shape, the refresh cookie and the access token's claims."""

from http.cookies import SimpleCookie

import httpx

from app.core.config import Settings
from app.main import create_app
from tests.auth.helpers import AUTH, COOKIE, claims_of, login_as
from tests.factories import Factory, bearer


def refresh_cookie_header(response: httpx.Response) -> str:
    headers = [h for h in response.headers.get_list("set-cookie") if h.startswith(f"{COOKIE}=")]
    assert len(headers) == 1, response.headers.get_list("set-cookie")
    return headers[0]


def cookie_attributes(header: str) -> dict[str, str]:
    """Attribute names (lower-cased) of a Set-Cookie header, with their values ('' for flags)."""
    attributes = {}
    for part in header.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        attributes[name.lower()] = value
    return attributes


async def test_json_login_answers_access_token_type_lifetime_and_user(client, factory: Factory) -> None:
    member = await factory.member(role="engineer")

    response = await login_as(client, member)

    assert response.status_code == 200, response.text
    body = response.json()
    assert {"access_token", "token_type", "expires_in", "user"} <= body.keys()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 15 * 60
    assert body["user"] == {
        "id": str(member.user.id),
        "email": member.email,
        "full_name": member.user.full_name,
        "email_verified": True,
        "is_super_admin": False,
        "role": "engineer",
        "team": {"id": str(member.team.id), "name": member.team.name},
    }
    # Browsers get the refresh token only as an httpOnly cookie, never in the body.
    assert body.get("refresh_token") is None


async def test_login_sets_refresh_cookie_httponly_secure_samesite_strict_scoped_to_auth(
    client, factory: Factory
) -> None:
    member = await factory.member()

    response = await login_as(client, member)

    header = refresh_cookie_header(response)
    value = SimpleCookie(header)[COOKIE].value
    assert value.count(".") == 2  # a JWT
    attributes = cookie_attributes(header)
    assert "httponly" in attributes
    assert "secure" in attributes
    assert attributes["samesite"].lower() == "strict"
    assert attributes["path"] == "/api/v1/auth"
    # The cookie lives as long as the login can: the absolute lifetime (12 h by default).
    assert 12 * 3600 - 5 <= int(attributes["max-age"]) <= 12 * 3600


async def test_refresh_cookie_secure_flag_can_be_turned_off_for_plain_http_dev(
    settings: Settings, engine, sessionmaker, factory: Factory
) -> None:
    app = create_app(settings.model_copy(update={"refresh_cookie_secure": False}))
    app.state.engine = engine
    app.state.sessionmaker = sessionmaker
    member = await factory.member()
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
        response = await login_as(http, member)

    attributes = cookie_attributes(refresh_cookie_header(response))
    assert "secure" not in attributes
    assert "httponly" in attributes
    assert attributes["samesite"].lower() == "strict"


async def test_oauth2_form_login_also_returns_refresh_token_in_body(client, factory: Factory) -> None:
    member = await factory.member()

    response = await client.post(f"{AUTH}/token", data={"username": member.email, "password": member.password})

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 900
    assert body["user"]["email"] == member.email
    assert body["refresh_token"] == SimpleCookie(refresh_cookie_header(response))[COOKIE].value
    me = await client.get(f"{AUTH}/me", headers=bearer(body["access_token"]))
    assert me.status_code == 200


async def test_oauth2_form_login_with_wrong_password_is_invalid_credentials(client, factory: Factory) -> None:
    member = await factory.member()

    response = await client.post(f"{AUTH}/token", data={"username": member.email, "password": "not-the-password"})

    assert response.status_code == 401
    assert response.json()["detail"] == "invalid_credentials"


async def test_access_token_carries_sub_team_role_type_and_jti(client, factory: Factory, settings: Settings) -> None:
    member = await factory.member(role="viewer")

    first = (await login_as(client, member)).json()["access_token"]
    second = (await login_as(client, member)).json()["access_token"]

    claims = claims_of(first, settings)
    assert claims["sub"] == str(member.user.id)
    assert claims["team"] == str(member.team.id)
    assert claims["role"] == "viewer"
    assert claims["type"] == "access"
    assert claims["jti"]
    assert claims["jti"] != claims_of(second, settings)["jti"]


async def test_access_token_expires_after_15_minutes(client, factory: Factory, settings: Settings) -> None:
    member = await factory.member()

    claims = claims_of((await login_as(client, member)).json()["access_token"], settings)

    assert claims["exp"] - claims["iat"] == 15 * 60


async def test_super_admin_role_claim_and_me(client, factory: Factory, settings: Settings) -> None:
    member = await factory.member(role="engineer", super_admin=True)

    body = (await login_as(client, member)).json()

    assert claims_of(body["access_token"], settings)["role"] == "super_admin"
    me = await client.get(f"{AUTH}/me", headers=bearer(body["access_token"]))
    assert me.json()["role"] == "super_admin"
    assert me.json()["is_super_admin"] is True


async def test_login_email_is_case_insensitive(client, factory: Factory) -> None:
    member = await factory.member(email="mixed.case@example.com")

    response = await client.post(f"{AUTH}/login", json={"email": "Mixed.CASE@Example.com", "password": member.password})

    assert response.status_code == 200, response.text
    assert response.json()["user"]["email"] == "mixed.case@example.com"


async def test_me_answers_the_caller(client, factory: Factory) -> None:
    member = await factory.member(role="team_admin")
    access = (await login_as(client, member)).json()["access_token"]

    response = await client.get(f"{AUTH}/me", headers=bearer(access))

    assert response.status_code == 200
    assert response.json()["id"] == str(member.user.id)
    assert response.json()["role"] == "team_admin"
    assert response.json()["team"] == {"id": str(member.team.id), "name": member.team.name}


async def test_login_picks_the_requested_team(client, factory: Factory, settings: Settings) -> None:
    member = await factory.member(role="engineer")
    other_team = await factory.team()
    await factory.join(member, other_team, role="viewer")

    default = (await login_as(client, member)).json()
    chosen = await client.post(
        f"{AUTH}/login", json={"email": member.email, "password": member.password, "team_id": str(other_team.id)}
    )

    assert default["user"]["team"]["id"] == str(member.team.id)
    assert chosen.status_code == 200, chosen.text
    assert chosen.json()["user"]["role"] == "viewer"
    assert claims_of(chosen.json()["access_token"], settings)["team"] == str(other_team.id)


async def test_login_to_a_team_without_membership_is_refused(client, factory: Factory) -> None:
    member = await factory.member()
    stranger_team = await factory.team()

    response = await client.post(
        f"{AUTH}/login", json={"email": member.email, "password": member.password, "team_id": str(stranger_team.id)}
    )

    assert response.status_code == 403
    assert response.json()["detail"] == "no_active_membership"
