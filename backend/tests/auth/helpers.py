"""Shared helpers for the auth tests: URLs, token forging and decoding, mail links, direct DB tweaks."""

import re
import secrets
import uuid
from datetime import timedelta
from typing import Any

import httpx
from jose import jwt
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import RefreshFamily
from app.core.clock import utcnow
from app.core.config import Settings
from app.teams.models import Team
from tests.factories import Member

API = "/api/v1"
AUTH = f"{API}/auth"
POLICY = f"{API}/teams/current/session-policy"
COOKIE = "rf_refresh"
TOKEN_IN_LINK = re.compile(r"token=([A-Za-z0-9_-]+)")


def claims_of(token: str, settings: Settings) -> dict[str, Any]:
    """Verify the signature with the app's key and return the claims (expiry not checked)."""
    claims: dict[str, Any] = jwt.decode(
        token, settings.signing_key, algorithms=[settings.jwt_algorithm], options={"verify_exp": False}
    )
    return claims


def sign(claims: dict[str, Any], key: str, *, expires_in: timedelta = timedelta(minutes=10)) -> str:
    """A JWT with the given claims, `iat` now and `exp` now + `expires_in` (real clock, as jose checks)."""
    now = utcnow()
    payload = {**claims, "iat": int(now.timestamp()), "exp": int((now + expires_in).timestamp())}
    return str(jwt.encode(payload, key, algorithm="HS256"))


def other_key() -> str:
    return secrets.token_urlsafe(48)


async def login_as(
    client: httpx.AsyncClient, member: Member, *, password: str | None = None, user_agent: str | None = None
) -> httpx.Response:
    return await client.post(
        f"{AUTH}/login",
        json={"email": member.email, "password": password if password is not None else member.password},
        headers={"User-Agent": user_agent} if user_agent else None,
    )


async def login_tokens(client: httpx.AsyncClient, member: Member) -> tuple[str, str]:
    """Log in and return (access token, refresh token from the cookie)."""
    response = await login_as(client, member)
    assert response.status_code == 200, response.text
    return response.json()["access_token"], response.cookies[COOKIE]


async def refresh_with(client: httpx.AsyncClient, token: str) -> httpx.Response:
    """Refresh the way non-browser clients do: the token in the JSON body."""
    return await client.post(f"{AUTH}/refresh", json={"refresh_token": token})


def assert_refresh_refused(response: httpx.Response, detail: str) -> None:
    assert response.status_code == 401, response.text
    assert response.json()["detail"] == detail, response.text


def assert_access_refused(response: httpx.Response, detail: str) -> None:
    assert response.status_code == 401, response.text
    assert response.json()["detail"] == detail, response.text
    assert response.headers["www-authenticate"] == "Bearer"


def mail_text(message: Any) -> str:
    payload = message.get_payload(decode=True)
    return payload.decode() if isinstance(payload, bytes) else str(message.get_payload())


def token_from_mail(mailbox: Any, email: str, path: str) -> str:
    """The token of the last `<frontend>/<path>?token=...` link e-mailed to `email`."""
    body = mail_text(mailbox.last_to(email))
    assert f"/{path}?token=" in body, body
    match = TOKEN_IN_LINK.search(body)
    assert match, body
    return match.group(1)


async def set_policy(db: AsyncSession, team_id: uuid.UUID, *, idle_minutes: int, absolute_hours: int) -> None:
    await db.execute(
        update(Team)
        .where(Team.id == team_id)
        .values(idle_timeout_minutes=idle_minutes, absolute_lifetime_hours=absolute_hours)
    )
    await db.commit()


async def family_state(db: AsyncSession, user_id: uuid.UUID) -> list[tuple[Any, ...]]:
    """(revoked, revoke_reason) of each login of the user, oldest first, read fresh from the database."""
    rows = (
        await db.execute(
            select(RefreshFamily.revoked_at.is_not(None), RefreshFamily.revoke_reason)
            .where(RefreshFamily.user_id == user_id)
            .order_by(RefreshFamily.created_at)
        )
    ).all()
    await db.commit()  # end this session's savepoint; the app's sessions share the connection
    return [tuple(row) for row in rows]
