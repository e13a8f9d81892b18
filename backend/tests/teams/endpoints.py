"""The catalogue of every endpoint in app/teams/router.py, shared by the isolation and role matrices.

A new endpoint in the router makes `test_catalogue_covers_every_teams_endpoint` fail until it is
listed here, and listing it puts it into both matrices.
"""

import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import utcnow
from app.core.security import hash_token, new_opaque_token
from app.teams.models import Invitation, Team
from app.users.models import User
from tests.teams.helpers import API

ROLE_RANK = {"public": -1, "viewer": 0, "engineer": 1, "team_admin": 2, "super_admin": 3}


@dataclass(frozen=True)
class Endpoint:
    method: str
    route: str  # as declared in the router, prefix included
    min_role: str  # "public", "viewer", "engineer", "team_admin" or "super_admin"
    body: dict[str, Any] | None = None

    @property
    def name(self) -> str:
        return f"{self.method} {self.route}"

    @property
    def team_scoped(self) -> bool:
        return "{team_ref}" in self.route

    @property
    def has_child_id(self) -> bool:
        return "{user_id}" in self.route or "{invitation_id}" in self.route

    def url(self, team_ref: str = "current", user_id: Any = None, invitation_id: Any = None) -> str:
        return API + self.route.format(team_ref=team_ref, user_id=user_id, invitation_id=invitation_id)


ENDPOINTS = [
    Endpoint("GET", "/teams", "viewer"),
    Endpoint("POST", "/teams", "super_admin", {"name": "Intruder Team", "admin_email": "intruder@example.com"}),
    Endpoint("GET", "/teams/{team_ref}", "viewer"),
    Endpoint("PATCH", "/teams/{team_ref}", "team_admin", {"name": "Hijacked"}),
    Endpoint("GET", "/teams/{team_ref}/session-policy", "viewer"),
    Endpoint(
        "PUT",
        "/teams/{team_ref}/session-policy",
        "team_admin",
        {"idle_timeout_minutes": 5, "absolute_lifetime_hours": 1},
    ),
    Endpoint("GET", "/teams/{team_ref}/members", "viewer"),
    Endpoint("PATCH", "/teams/{team_ref}/members/{user_id}", "team_admin", {"role": "viewer", "disabled": True}),
    Endpoint("DELETE", "/teams/{team_ref}/members/{user_id}", "team_admin"),
    Endpoint(
        "POST", "/teams/{team_ref}/invitations", "team_admin", {"email": "intruder@example.com", "role": "team_admin"}
    ),
    Endpoint("GET", "/teams/{team_ref}/invitations", "team_admin"),
    Endpoint("DELETE", "/teams/{team_ref}/invitations/{invitation_id}", "team_admin"),
    # Token-based and public by design: the token is the credential, no team id is involved.
    Endpoint("POST", "/invitations/accept", "public"),
    Endpoint("POST", "/invitations/preview", "public"),
]


async def add_pending_invitation(db: AsyncSession, team: Team, invited_by: User, email: str) -> Invitation:
    now = utcnow()
    invitation = Invitation(
        id=uuid.uuid4(),
        team_id=team.id,
        email=email,
        role="engineer",
        token_hash=hash_token(new_opaque_token()),
        created_at=now,
        expires_at=now + timedelta(days=7),
        invited_by_id=invited_by.id,
    )
    db.add(invitation)
    await db.commit()
    return invitation
