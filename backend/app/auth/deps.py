"""Who is calling: the access token is checked and the caller loaded in one query per request."""

import uuid
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal_cache import PrincipalCache
from app.core.errors import NotAuthenticated, PermissionDenied
from app.core.security import TokenExpired, TokenInvalid
from app.core.tenancy import TeamScope

SUPER_ADMIN = "super_admin"
ROLE_RANK = {"viewer": 0, "engineer": 1, "team_admin": 2, SUPER_ADMIN: 3}

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)


# Runs whenever the principal cache misses, so it is one prepared statement on the request's
# own connection (no ORM round trips, no extra BEGIN). Role and membership come from the database,
# not the token, so a demotion or a disabled member takes effect at once, and a revoked login
# stops its access tokens too.
PRINCIPAL_SQL = """
SELECT u.email, u.full_name, u.email_verified_at IS NOT NULL AS email_verified, u.is_super_admin,
       m.role, t.name AS team_name, f.revoked_at IS NOT NULL AS login_revoked
FROM users u
JOIN memberships m ON m.user_id = u.id AND m.team_id = $2 AND m.disabled_at IS NULL
JOIN teams t ON t.id = $2
LEFT JOIN refresh_families f ON f.id = $3
WHERE u.id = $1
"""


@dataclass(frozen=True, slots=True)
class Principal:
    user_id: uuid.UUID
    email: str
    full_name: str
    email_verified: bool
    is_super_admin: bool
    team_id: uuid.UUID
    team_name: str
    team_role: str
    login_id: uuid.UUID | None

    @property
    def role(self) -> str:
        return SUPER_ADMIN if self.is_super_admin else self.team_role

    @property
    def scope(self) -> TeamScope:
        return TeamScope(self.team_id)

    def has_role(self, minimum: str) -> bool:
        return ROLE_RANK[self.role] >= ROLE_RANK[minimum]


async def get_principal(request: Request, token: Annotated[str | None, Depends(oauth2_scheme)]) -> Principal:
    if not token:
        raise NotAuthenticated("Log in to continue.", code="invalid_token")
    try:
        claims = request.app.state.access_tokens.verify(token)
        key = (
            uuid.UUID(claims["sub"]),
            uuid.UUID(claims["team"]),
            uuid.UUID(claims["sid"]) if claims.get("sid") else None,
        )
    except TokenExpired as exc:
        raise NotAuthenticated("The access token has expired; refresh it.", code="token_expired") from exc
    except (TokenInvalid, KeyError, ValueError, TypeError) as exc:
        raise NotAuthenticated("The access token is not valid.", code="invalid_token") from exc

    cache: PrincipalCache = request.app.state.principal_cache
    principal = cache.get(key)
    if principal is None:
        generation = cache.generation
        # A short session of its own: a cache hit then costs no database session at all.
        async with request.app.state.sessionmaker() as db:
            principal = await _load_principal(db, *key)
        cache.put(key, principal, generation)
    return principal


async def _load_principal(
    db: AsyncSession, user_id: uuid.UUID, team_id: uuid.UUID, login_id: uuid.UUID | None
) -> Principal:
    pooled = await (await db.connection()).get_raw_connection()
    asyncpg_connection = pooled.driver_connection
    assert asyncpg_connection is not None
    row = await asyncpg_connection.fetchrow(PRINCIPAL_SQL, user_id, team_id, login_id)
    if row is None or row["login_revoked"]:
        raise NotAuthenticated("This login is no longer valid.", code="invalid_token")
    return Principal(
        user_id=user_id,
        email=row["email"],
        full_name=row["full_name"],
        email_verified=row["email_verified"],
        is_super_admin=row["is_super_admin"],
        team_id=team_id,
        team_name=row["team_name"],
        team_role=row["role"],
        login_id=login_id,
    )


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
