"""Shared helpers for the team tests: URLs, invitation links from the mailbox, snapshots of a team."""

import re
import uuid
from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import RefreshFamily
from app.teams.models import Invitation, Membership, Team

API = "/api/v1"
TOKEN_IN_LINK = re.compile(r"token=([A-Za-z0-9_-]+)")


def mail_body(message: Any) -> str:
    payload = message.get_payload(decode=True)
    return payload.decode() if isinstance(payload, bytes) else str(message.get_payload())


def invitation_token(mailbox: Any, email: str) -> str:
    """The token of the last invitation link e-mailed to `email` (as received by the SMTP server)."""
    body = mail_body(mailbox.last_to(email))
    assert "/invitations/accept?token=" in body, body
    match = TOKEN_IN_LINK.search(body)
    assert match, body
    return match.group(1)


async def invite(
    client: httpx.AsyncClient,
    headers: dict[str, str],
    email: str,
    role: str = "engineer",
    *,
    team_ref: str = "current",
    **extra: Any,
) -> dict[str, Any]:
    response = await client.post(
        f"{API}/teams/{team_ref}/invitations", json={"email": email, "role": role, **extra}, headers=headers
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def invite_and_get_token(
    client: httpx.AsyncClient, headers: dict[str, str], mailbox: Any, email: str, role: str = "engineer", **extra: Any
) -> tuple[dict[str, Any], str]:
    invitation = await invite(client, headers, email, role, **extra)
    return invitation, invitation_token(mailbox, email)


async def accept(client: httpx.AsyncClient, token: str, password: str, full_name: str | None = None) -> httpx.Response:
    body: dict[str, Any] = {"token": token, "password": password}
    if full_name is not None:
        body["full_name"] = full_name
    return await client.post(f"{API}/invitations/accept", json=body)


async def team_snapshot(db: AsyncSession, team_id: uuid.UUID) -> dict[str, Any]:
    """Everything a foreign request could change about a team, read with column queries (no stale ORM state)."""
    team = (
        await db.execute(
            select(Team.name, Team.slug, Team.idle_timeout_minutes, Team.absolute_lifetime_hours).where(
                Team.id == team_id
            )
        )
    ).one()
    members = (
        await db.execute(
            select(Membership.user_id, Membership.role, Membership.disabled_at).where(Membership.team_id == team_id)
        )
    ).all()
    invitations = (
        await db.execute(
            select(
                Invitation.id,
                Invitation.email,
                Invitation.role,
                Invitation.expires_at,
                Invitation.accepted_at,
                Invitation.revoked_at,
            ).where(Invitation.team_id == team_id)
        )
    ).all()
    logins = (
        await db.execute(select(RefreshFamily.id, RefreshFamily.revoked_at).where(RefreshFamily.team_id == team_id))
    ).all()
    await db.commit()  # end this session's savepoint; the app's own sessions share the connection
    return {
        "team": tuple(team),
        "members": sorted((tuple(row) for row in members), key=lambda row: str(row[0])),
        "invitations": sorted((tuple(row) for row in invitations), key=lambda row: str(row[0])),
        "logins": sorted((tuple(row) for row in logins), key=lambda row: str(row[0])),
    }
