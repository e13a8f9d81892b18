"""Who is calling: the access token is checked and the caller loaded in one query per request."""

import uuid
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy import select

from app.auth.models import RefreshFamily
from app.core.db import DbSession
from app.core.deps import SettingsDep
from app.core.errors import NotAuthenticated, PermissionDenied
from app.core.security import TokenExpired, TokenInvalid, decode_jwt_strict
from app.core.tenancy import TeamScope
from app.teams.models import Membership, Team
from app.users.models import User

SUPER_ADMIN = "super_admin"
ROLE_RANK = {"viewer": 0, "engineer": 1, "team_admin": 2, SUPER_ADMIN: 3}

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)


@dataclass(frozen=True, slots=True)
class Principal:
    user: User
    team_id: uuid.UUID
    team_name: str
    team_role: str
    login_id: uuid.UUID | None

    @property
    def role(self) -> str:
        return SUPER_ADMIN if self.user.is_super_admin else self.team_role

    @property
    def scope(self) -> TeamScope:
        return TeamScope(self.team_id)

    def has_role(self, minimum: str) -> bool:
        return ROLE_RANK[self.role] >= ROLE_RANK[minimum]


async def get_principal(
    token: Annotated[str | None, Depends(oauth2_scheme)], db: DbSession, settings: SettingsDep
) -> Principal:
    if not token:
        raise NotAuthenticated("Log in to continue.", code="invalid_token")
    try:
        claims = decode_jwt_strict(token, settings, expected_type="access")
        user_id = uuid.UUID(claims["sub"])
        team_id = uuid.UUID(claims["team"])
        login_id = uuid.UUID(claims["sid"]) if claims.get("sid") else None
    except TokenExpired as exc:
        raise NotAuthenticated("The access token has expired; refresh it.", code="token_expired") from exc
    except (TokenInvalid, KeyError, ValueError, TypeError) as exc:
        raise NotAuthenticated("The access token is not valid.", code="invalid_token") from exc

    # Role and membership come from the database, not the token, so a demotion or a disabled
    # member takes effect at once; a revoked login stops its access tokens too.
    stmt = (
        select(User, Membership.role, Team.name, RefreshFamily.revoked_at)
        .join(Membership, (Membership.user_id == User.id) & (Membership.team_id == team_id))
        .join(Team, Team.id == team_id)
        .outerjoin(RefreshFamily, RefreshFamily.id == login_id)
        .where(User.id == user_id, Membership.disabled_at.is_(None))
    )
    row = (await db.execute(stmt)).one_or_none()
    if row is None or row.revoked_at is not None:
        raise NotAuthenticated("This login is no longer valid.", code="invalid_token")
    return Principal(user=row.User, team_id=team_id, team_name=row.name, team_role=row.role, login_id=login_id)


def require_role(minimum: str) -> object:
    async def check(principal: Annotated[Principal, Depends(get_principal)]) -> Principal:
        if not principal.has_role(minimum):
            raise PermissionDenied(f"This needs the {minimum} role or higher.")
        return principal

    return Depends(check)


CurrentPrincipal = Annotated[Principal, Depends(get_principal)]
Engineer = Annotated[Principal, require_role("engineer")]
TeamAdmin = Annotated[Principal, require_role("team_admin")]
SuperAdmin = Annotated[Principal, require_role(SUPER_ADMIN)]
