"""Credentials: password login, registration, password change and reset, e-mail verification."""

import uuid
from datetime import timedelta

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import throttle
from app.auth.deps import Principal
from app.auth.logins import ClientInfo, IssuedLogin, revoke_logins, start_login
from app.auth.models import RevokeReason, TokenPurpose, UserToken
from app.auth.passwords import check_password_rules
from app.auth.schemas import RegisterIn
from app.core.clock import utcnow
from app.core.config import Settings
from app.core.email import Mailer
from app.core.errors import Conflict, InvalidCredentials, PermissionDenied, Unprocessable
from app.core.security import hash_password, hash_token, new_opaque_token, verify_password
from app.teams import service as teams_service
from app.teams.models import Membership, Team, TeamRole
from app.users.models import User, normalize_email
from app.users.service import find_for_creation

_dummy_hashes: dict[int, str] = {}


async def _dummy_hash(rounds: int) -> str:
    """A real hash at the configured cost, checked when the e-mail is unknown so that both
    failures cost one bcrypt verification and answer in the same time."""
    if rounds not in _dummy_hashes:
        _dummy_hashes[rounds] = await hash_password(new_opaque_token(), rounds)
    return _dummy_hashes[rounds]


async def login(
    db: AsyncSession,
    settings: Settings,
    email: str,
    password: str,
    client: ClientInfo,
    team_id: uuid.UUID | None = None,
) -> IssuedLogin:
    email = normalize_email(email)
    await throttle.ensure_not_locked(db, settings, email, client.ip)
    user = (await db.execute(select(User).where(User.email == email))).scalar_one_or_none()
    password_ok = await verify_password(
        password, user.password_hash if user else await _dummy_hash(settings.bcrypt_rounds)
    )
    if user is None or not password_ok:
        await throttle.record_failure(db, settings, email, client.ip)
        raise InvalidCredentials
    await throttle.clear_account_failures(db, email)

    memberships = (
        await db.execute(
            select(Membership, Team)
            .join(Team, Team.id == Membership.team_id)
            .where(Membership.user_id == user.id, Membership.disabled_at.is_(None))
            .order_by(Membership.created_at)
        )
    ).all()
    if team_id is not None:
        memberships = [row for row in memberships if row.Team.id == team_id]
    if not memberships:
        await db.commit()
        raise PermissionDenied("You have no active membership in that team.", code="no_active_membership")
    membership, team = memberships[0]
    return await start_login(db, settings, user, team, membership.role, client)


async def register(
    db: AsyncSession, settings: Settings, mailer: Mailer, data: RegisterIn, client: ClientInfo
) -> IssuedLogin:
    email = normalize_email(data.email)
    check_password_rules(data.password, email)
    if await find_for_creation(db, email) is not None:
        raise Conflict("An account with this e-mail already exists; log in instead.", code="email_taken")

    first_user = (await db.execute(select(func.count()).select_from(User))).scalar_one() == 0
    user = User(
        id=uuid.uuid4(),
        email=email,
        full_name=data.full_name,
        password_hash=await hash_password(data.password, settings.bcrypt_rounds),
        is_super_admin=first_user,
    )
    db.add(user)
    await db.flush()
    team = await teams_service.team_for_new_registration(db, settings, data.team_name, first_user)
    db.add(Membership(team_id=team.id, user_id=user.id, role=TeamRole.TEAM_ADMIN.value))
    token = await _new_user_token(db, settings, user, TokenPurpose.EMAIL_VERIFICATION)
    issued = await start_login(db, settings, user, team, TeamRole.TEAM_ADMIN.value, client)
    await send_verification_mail(mailer, settings, user, token)
    return issued


async def _new_user_token(db: AsyncSession, settings: Settings, user: User, purpose: TokenPurpose) -> str:
    """Create a single-use token, invalidating earlier unused ones of the same purpose. No commit."""
    now = utcnow()
    await db.execute(
        update(UserToken)
        .where(UserToken.user_id == user.id, UserToken.purpose == purpose.value, UserToken.used_at.is_(None))
        .values(used_at=now)
    )
    lifetime = (
        timedelta(minutes=settings.password_reset_minutes)
        if purpose is TokenPurpose.PASSWORD_RESET
        else timedelta(hours=settings.email_verification_hours)
    )
    token = new_opaque_token()
    db.add(
        UserToken(
            token_hash=hash_token(token),
            user_id=user.id,
            purpose=purpose.value,
            created_at=now,
            expires_at=now + lifetime,
        )
    )
    return token


async def _consume_user_token(db: AsyncSession, token: str, purpose: TokenPurpose) -> User:
    """Mark a single-use token used and return its user, or raise a 400 naming why not. No commit."""
    row = (
        await db.execute(
            select(UserToken, User)
            .join(User, User.id == UserToken.user_id)
            .where(UserToken.token_hash == hash_token(token), UserToken.purpose == purpose.value)
            .with_for_update(of=UserToken)
        )
    ).one_or_none()
    if row is None:
        raise Unprocessable("This link is not valid.", code="token_invalid")
    user_token, user = row
    if user_token.used_at is not None:
        raise Unprocessable("This link was already used.", code="token_used")
    if utcnow() >= user_token.expires_at:
        raise Unprocessable("This link has expired; ask for a new one.", code="token_expired")
    user_token.used_at = utcnow()
    return user


async def send_verification_mail(mailer: Mailer, settings: Settings, user: User, token: str) -> None:
    link = f"{settings.frontend_url}/verify-email?token={token}"
    await mailer.send(
        user.email,
        "Confirm your e-mail address for ResolutionFlow",
        f"Hello {user.full_name},\n\nconfirm your e-mail address by opening this link:\n{link}\n\n"
        f"The link is valid for {settings.email_verification_hours} hours.",
    )


async def _user_of(db: AsyncSession, principal: Principal) -> User:
    user = await db.get(User, principal.user_id)
    assert user is not None  # the principal was loaded from this very row
    return user


async def resend_verification(db: AsyncSession, settings: Settings, mailer: Mailer, principal: Principal) -> None:
    user = await _user_of(db, principal)
    if user.email_verified:
        raise Conflict("Your e-mail address is already verified.", code="email_already_verified")
    token = await _new_user_token(db, settings, user, TokenPurpose.EMAIL_VERIFICATION)
    await db.commit()
    await send_verification_mail(mailer, settings, user, token)


async def verify_email(db: AsyncSession, token: str) -> None:
    user = await _consume_user_token(db, token, TokenPurpose.EMAIL_VERIFICATION)
    user.email_verified_at = user.email_verified_at or utcnow()
    await db.commit()


async def _set_password(settings: Settings, user: User, new_password: str) -> None:
    check_password_rules(new_password, user.email)
    user.password_hash = await hash_password(new_password, settings.bcrypt_rounds)
    user.password_changed_at = utcnow()


async def change_password(
    db: AsyncSession, settings: Settings, principal: Principal, current_password: str, new_password: str
) -> None:
    user = await _user_of(db, principal)
    if not await verify_password(current_password, user.password_hash):
        raise Unprocessable("The current password is incorrect.", code="current_password_incorrect")
    if current_password == new_password:
        raise Unprocessable("Choose a password different from the current one.", code="password_unchanged")
    await _set_password(settings, user, new_password)
    # Every other login ends; the one that made the change stays signed in.
    await revoke_logins(db, user.id, RevokeReason.PASSWORD_CHANGED, keep=principal.login_id)
    await db.commit()


async def forgot_password(db: AsyncSession, settings: Settings, mailer: Mailer, email: str) -> None:
    """Send a reset link if the account exists; the caller answers the same either way."""
    user = (await db.execute(select(User).where(User.email == normalize_email(email)))).scalar_one_or_none()
    if user is None:
        return
    token = await _new_user_token(db, settings, user, TokenPurpose.PASSWORD_RESET)
    await db.commit()
    link = f"{settings.frontend_url}/reset-password?token={token}"
    await mailer.send(
        user.email,
        "Reset your ResolutionFlow password",
        f"Hello {user.full_name},\n\nsomeone asked to reset your password. If it was you, open:\n{link}\n\n"
        f"The link is valid for {settings.password_reset_minutes} minutes and works once. "
        "If it was not you, ignore this message.",
    )


async def reset_password(db: AsyncSession, settings: Settings, token: str, new_password: str) -> None:
    user = await _consume_user_token(db, token, TokenPurpose.PASSWORD_RESET)
    await _set_password(settings, user, new_password)
    # Opening the e-mailed link proves the address.
    user.email_verified_at = user.email_verified_at or utcnow()
    await revoke_logins(db, user.id, RevokeReason.PASSWORD_RESET)
    await throttle.clear_account_failures(db, user.email)
    await db.commit()
