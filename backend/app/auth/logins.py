"""Opening, rotating and ending logins (refresh families); shared by auth and team invitations."""

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.deps import Principal
from app.auth.models import RefreshFamily, RefreshToken, RevokeReason
from app.auth.schemas import LoginSessionOut, MeOut, TeamRef
from app.core.clock import utcnow
from app.core.config import Settings
from app.core.errors import NotFound, RefreshRejected, SessionExpiredIdle
from app.core.security import TokenExpired, TokenInvalid, decode_jwt_strict, encode_jwt, hash_token, new_jti
from app.teams.models import Membership, Team
from app.users.models import User


@dataclass(frozen=True, slots=True)
class ClientInfo:
    ip: str
    user_agent: str | None


@dataclass(frozen=True, slots=True)
class IssuedLogin:
    """What a successful login or refresh hands to the HTTP layer."""

    access_token: str
    expires_in: int
    refresh_token: str
    refresh_cookie_max_age: int
    user: MeOut


@dataclass(frozen=True, slots=True)
class LoginContext:
    """A login's caller plus what its tokens' lifetimes depend on."""

    principal: Principal
    idle_timeout_minutes: int
    absolute_lifetime_hours: int
    started_at: datetime


def me_of(principal: Principal) -> MeOut:
    return MeOut(
        id=principal.user_id,
        email=principal.email,
        full_name=principal.full_name,
        email_verified=principal.email_verified,
        is_super_admin=principal.is_super_admin,
        role=principal.role,
        team=TeamRef(id=principal.team_id, name=principal.team_name),
    )


def _issue(settings: Settings, login: LoginContext, now: datetime) -> tuple[IssuedLogin, str]:
    """Sign a new access and refresh token pair; return it with the refresh token's jti."""
    caller = login.principal
    access = encode_jwt(
        {
            "sub": str(caller.user_id),
            "team": str(caller.team_id),
            "role": caller.role,
            "type": "access",
            "jti": new_jti(),
            "sid": str(caller.login_id),
        },
        settings,
        issued_at=now,
        expires_at=now + timedelta(minutes=settings.access_token_minutes),
    )
    refresh_jti = new_jti()
    # The refresh token's own expiry is the idle clock as the team's policy stood at issue time;
    # the database re-checks both clocks against the current policy at every refresh.
    refresh = encode_jwt(
        {"sub": str(caller.user_id), "fam": str(caller.login_id), "type": "refresh", "jti": refresh_jti},
        settings,
        issued_at=now,
        expires_at=now + timedelta(minutes=login.idle_timeout_minutes),
    )
    absolute_end = login.started_at + timedelta(hours=login.absolute_lifetime_hours)
    issued = IssuedLogin(
        access_token=access,
        expires_in=settings.access_token_minutes * 60,
        refresh_token=refresh,
        refresh_cookie_max_age=max(0, int((absolute_end - now).total_seconds())),
        user=me_of(caller),
    )
    return issued, refresh_jti


async def start_login(
    db: AsyncSession, settings: Settings, user: User, team: Team, role: str, client: ClientInfo
) -> IssuedLogin:
    """Open a new refresh family for `user` in `team` and commit."""
    now = utcnow()
    family = RefreshFamily(
        id=uuid.uuid4(),
        user_id=user.id,
        team_id=team.id,
        created_at=now,
        last_used_at=now,
        user_agent=(client.user_agent or "")[:400] or None,
        ip=client.ip[:64],
    )
    caller = Principal(
        user_id=user.id,
        email=user.email,
        full_name=user.full_name,
        email_verified=user.email_verified,
        is_super_admin=user.is_super_admin,
        team_id=team.id,
        team_name=team.name,
        team_role=role,
        login_id=family.id,
    )
    login = LoginContext(caller, team.idle_timeout_minutes, team.absolute_lifetime_hours, started_at=now)
    issued, jti = _issue(settings, login, now)
    user.last_login_at = now
    db.add(family)
    await db.flush()
    db.add(RefreshToken(jti_hash=hash_token(jti), family_id=family.id, issued_at=now))
    await db.commit()
    return issued


async def revoke_family(db: AsyncSession, family_id: uuid.UUID, reason: RevokeReason) -> None:
    await db.execute(
        update(RefreshFamily)
        .where(RefreshFamily.id == family_id, RefreshFamily.revoked_at.is_(None))
        .values(revoked_at=utcnow(), revoke_reason=reason.value)
    )


async def revoke_logins(
    db: AsyncSession,
    user_id: uuid.UUID,
    reason: RevokeReason,
    *,
    team_id: uuid.UUID | None = None,
    keep: uuid.UUID | None = None,
) -> None:
    """Revoke a user's logins (optionally only in one team, optionally sparing one). No commit."""
    stmt = update(RefreshFamily).where(RefreshFamily.user_id == user_id, RefreshFamily.revoked_at.is_(None))
    if team_id is not None:
        stmt = stmt.where(RefreshFamily.team_id == team_id)
    if keep is not None:
        stmt = stmt.where(RefreshFamily.id != keep)
    await db.execute(stmt.values(revoked_at=utcnow(), revoke_reason=reason.value))


# Refresh is the hottest write path, so its two statements are built once (bound parameters),
# sparing SQLAlchemy their construction and cache-key work on every call.
_used_token = (
    update(RefreshToken)
    .where(RefreshToken.jti_hash == bindparam("presented_hash"), RefreshToken.used_at.is_(None))
    .values(used_at=bindparam("now"))
    .returning(RefreshToken.family_id)
    .cte("used")
)
_ROTATE_TOKEN = (
    select(
        RefreshFamily.id,
        RefreshFamily.user_id,
        RefreshFamily.created_at,
        RefreshFamily.last_used_at,
        RefreshFamily.revoked_at,
        User.email,
        User.full_name,
        User.email_verified_at,
        User.is_super_admin,
        Team.id.label("team_id"),
        Team.name.label("team_name"),
        Team.idle_timeout_minutes,
        Team.absolute_lifetime_hours,
        Membership.role,
        Membership.disabled_at,
    )
    .select_from(_used_token)
    .join(RefreshFamily, RefreshFamily.id == _used_token.c.family_id)
    .join(User, User.id == RefreshFamily.user_id)
    .join(Team, Team.id == RefreshFamily.team_id)
    .outerjoin(
        Membership,
        (Membership.user_id == RefreshFamily.user_id) & (Membership.team_id == RefreshFamily.team_id),
    )
)
# The rotated token and the login's idle clock, written in one statement.
_STORE_ROTATED = (
    update(RefreshFamily)
    .where(RefreshFamily.id == bindparam("login_id"))
    .values(last_used_at=bindparam("now"))
    .add_cte(
        insert(RefreshToken)
        .values(jti_hash=bindparam("rotated_hash"), family_id=bindparam("login_id"), issued_at=bindparam("now"))
        .cte("stored")
    )
)


def _refresh_claims(token: str, settings: Settings) -> tuple[str, uuid.UUID]:
    """Return (jti, user id) or raise the matching refusal."""
    try:
        claims = decode_jwt_strict(token, settings, expected_type="refresh")
        return str(claims["jti"]), uuid.UUID(str(claims["sub"]))
    except TokenExpired as exc:
        # A refresh token lives exactly the idle timeout that applied when it was issued.
        minutes = exc.lifetime_seconds // 60 if exc.lifetime_seconds is not None else None
        raise SessionExpiredIdle(minutes) from exc
    except (TokenInvalid, KeyError, ValueError) as exc:
        raise RefreshRejected(code="invalid_refresh_token") from exc


async def refresh(db: AsyncSession, settings: Settings, token: str | None) -> IssuedLogin:
    if not token:
        raise RefreshRejected("No refresh token was sent.", code="invalid_refresh_token")
    jti, user_id = _refresh_claims(token, settings)
    jti_hash = hash_token(jti)
    now = utcnow()

    # Marking the token used is one atomic statement: of two concurrent refreshes with the same
    # token exactly one wins, and the other is treated as reuse. The login, its user, team and
    # membership come back from the same round trip. The login row needs no lock: a logout that
    # commits meanwhile revokes the login, which refuses the tokens issued here at their first use.
    row = (await db.execute(_ROTATE_TOKEN, {"presented_hash": jti_hash, "now": now})).one_or_none()
    if row is None:
        reused_family = (
            await db.execute(select(RefreshToken.family_id).where(RefreshToken.jti_hash == jti_hash))
        ).scalar_one_or_none()
        if reused_family is None:
            raise RefreshRejected(code="invalid_refresh_token")
        await revoke_family(db, reused_family, RevokeReason.REUSE_DETECTED)
        await db.commit()
        raise RefreshRejected("This login was ended for your security; log in again.", code="session_revoked")

    if row.user_id != user_id:
        await db.rollback()
        raise RefreshRejected(code="invalid_refresh_token")
    if row.revoked_at is not None:
        await db.commit()
        raise RefreshRejected("This login was ended; log in again.", code="session_revoked")
    if row.role is None or row.disabled_at is not None:
        await revoke_family(db, row.id, RevokeReason.USER_DISABLED)
        await db.commit()
        raise RefreshRejected("Your access to this team was removed.", code="session_revoked")
    # An expired login leaves its token unused (rollback), so presenting it again, say from a
    # second tab, gets the same expiry answer rather than looking like token theft.
    if now >= row.created_at + timedelta(hours=row.absolute_lifetime_hours):
        await db.rollback()
        raise RefreshRejected("Your login reached its maximum age; log in again.", code="session_expired_absolute")
    if now >= row.last_used_at + timedelta(minutes=row.idle_timeout_minutes):
        await db.rollback()
        raise SessionExpiredIdle(row.idle_timeout_minutes)

    caller = Principal(
        user_id=row.user_id,
        email=row.email,
        full_name=row.full_name,
        email_verified=row.email_verified_at is not None,
        is_super_admin=row.is_super_admin,
        team_id=row.team_id,
        team_name=row.team_name,
        team_role=row.role,
        login_id=row.id,
    )
    login = LoginContext(caller, row.idle_timeout_minutes, row.absolute_lifetime_hours, started_at=row.created_at)
    issued, new_refresh_jti = _issue(settings, login, now)
    await db.execute(_STORE_ROTATED, {"login_id": row.id, "rotated_hash": hash_token(new_refresh_jti), "now": now})
    await db.commit()
    return issued


async def logout(db: AsyncSession, settings: Settings, refresh_token: str | None, principal: Principal | None) -> None:
    """End the login named by the refresh token (or, failing that, by the access token)."""
    family_id: uuid.UUID | None = None
    if refresh_token:
        try:
            jti, _ = _refresh_claims(refresh_token, settings)
        except RefreshRejected:
            jti = None
        if jti:
            family_id = (
                await db.execute(select(RefreshToken.family_id).where(RefreshToken.jti_hash == hash_token(jti)))
            ).scalar_one_or_none()
    if family_id is None and principal is not None:
        family_id = principal.login_id
    if family_id is not None:
        await revoke_family(db, family_id, RevokeReason.LOGOUT)
        await db.commit()


async def list_logins(db: AsyncSession, principal: Principal) -> list[LoginSessionOut]:
    """The caller's logins that could still refresh, newest activity first."""
    now = utcnow()
    rows = (
        await db.execute(
            select(RefreshFamily, Team)
            .join(Team, Team.id == RefreshFamily.team_id)
            .where(RefreshFamily.user_id == principal.user_id, RefreshFamily.revoked_at.is_(None))
            .order_by(RefreshFamily.last_used_at.desc())
        )
    ).all()
    return [
        LoginSessionOut(
            id=family.id,
            user_agent=family.user_agent,
            ip=family.ip,
            created_at=family.created_at,
            last_used_at=family.last_used_at,
            current=family.id == principal.login_id,
        )
        for family, team in rows
        if now < family.created_at + timedelta(hours=team.absolute_lifetime_hours)
        and now < family.last_used_at + timedelta(minutes=team.idle_timeout_minutes)
    ]


async def delete_login(db: AsyncSession, principal: Principal, login_id: uuid.UUID) -> None:
    result = await db.execute(
        update(RefreshFamily)
        .where(
            RefreshFamily.id == login_id,
            RefreshFamily.user_id == principal.user_id,
            RefreshFamily.revoked_at.is_(None),
        )
        .values(revoked_at=utcnow(), revoke_reason=RevokeReason.LOGIN_DELETED.value)
        .returning(RefreshFamily.id)
    )
    if result.scalar_one_or_none() is None:
        raise NotFound(code="login_not_found")
    await db.commit()
