"""Teams, members, invitations and the team's login policy. No HTTP here.

Every function that touches a team's rows takes the `Team` resolved by `resolve_team`, which is
the only place a team id from a URL is turned into a team, and scopes child rows with
`core.tenancy`.
"""

import re
import secrets
import uuid
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import throttle
from app.auth.deps import Principal
from app.auth.logins import ClientInfo, IssuedLogin, revoke_logins, start_login
from app.auth.models import RevokeReason
from app.auth.passwords import check_password_rules
from app.core.clock import utcnow
from app.core.config import Settings
from app.core.email import Mailer
from app.core.errors import Conflict, InvalidCredentials, NotFound, Unprocessable
from app.core.security import hash_password, hash_token, new_opaque_token, verify_password
from app.core.tenancy import TeamScope, get_in_team, in_team
from app.teams.models import Invitation, Membership, Team, TeamRole
from app.teams.schemas import (
    InvitationOut,
    InvitationPreviewOut,
    InvitationStatus,
    MemberOut,
    MemberUpdateIn,
    SessionPolicyIn,
    TeamOut,
)
from app.users.models import User, normalize_email
from app.users.service import find_for_creation

CURRENT_TEAM = "current"
DEMO_TEAM_NAME = "Northwind IT"
DEMO_TEAM_SLUG = "northwind-it"


def _slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:120] or "team"


async def create_team(db: AsyncSession, settings: Settings, name: str, slug: str | None = None) -> Team:
    """Add a team with the default login policy; the slug gets a suffix if taken. No commit."""
    slug = slug or _slugify(name)
    if (await db.execute(select(Team.id).where(Team.slug == slug))).first() is not None:
        slug = f"{slug}-{secrets.token_hex(3)}"
    team = Team(
        id=uuid.uuid4(),
        name=name,
        slug=slug,
        idle_timeout_minutes=settings.default_idle_timeout_minutes,
        absolute_lifetime_hours=settings.default_absolute_lifetime_hours,
    )
    db.add(team)
    await db.flush()
    return team


async def team_for_new_registration(
    db: AsyncSession, settings: Settings, team_name: str | None, first_user: bool
) -> Team:
    """A registering user administers a new team; the installation's first user may instead
    take over the demo team when they name none."""
    if team_name:
        return await create_team(db, settings, team_name)
    if first_user:
        demo = (await db.execute(select(Team).where(Team.slug == DEMO_TEAM_SLUG))).scalar_one_or_none()
        if demo is not None:
            return demo
    raise Unprocessable("Name the team you are creating.", code="team_name_required")


async def resolve_team(db: AsyncSession, principal: Principal, ref: str) -> Team:
    """Turn `current` or a team id from the URL into a team the caller may see.

    Another team's id is answered exactly like an unknown id (404), except for super_admins.
    """
    if ref == CURRENT_TEAM:
        team_id = principal.team_id
    else:
        try:
            team_id = uuid.UUID(ref)
        except ValueError as exc:
            raise NotFound(code="team_not_found") from exc
        if team_id != principal.team_id and not principal.is_super_admin:
            raise NotFound(code="team_not_found")
    team = await db.get(Team, team_id)
    if team is None:
        raise NotFound(code="team_not_found")
    return team


async def _member_counts(db: AsyncSession, team_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    rows = await db.execute(
        select(Membership.team_id, func.count())
        .where(Membership.team_id.in_(team_ids), Membership.disabled_at.is_(None))
        .group_by(Membership.team_id)
    )
    return dict(rows.all())


async def team_out(db: AsyncSession, team: Team) -> TeamOut:
    counts = await _member_counts(db, [team.id])
    return TeamOut(
        id=team.id, name=team.name, slug=team.slug, created_at=team.created_at, member_count=counts.get(team.id, 0)
    )


async def list_teams(db: AsyncSession, principal: Principal) -> list[TeamOut]:
    """All teams for a super_admin; your own team for everyone else."""
    stmt = select(Team).order_by(Team.name)
    if not principal.is_super_admin:
        stmt = stmt.where(Team.id == principal.team_id)
    teams = list((await db.execute(stmt)).scalars())
    counts = await _member_counts(db, [team.id for team in teams])
    return [
        TeamOut(id=t.id, name=t.name, slug=t.slug, created_at=t.created_at, member_count=counts.get(t.id, 0))
        for t in teams
    ]


async def rename_team(db: AsyncSession, team: Team, name: str) -> TeamOut:
    team.name = name
    await db.commit()
    return await team_out(db, team)


async def set_session_policy(db: AsyncSession, team: Team, policy: SessionPolicyIn) -> Team:
    """Takes effect for existing logins at their next refresh, which re-reads the policy."""
    team.idle_timeout_minutes = policy.idle_timeout_minutes
    team.absolute_lifetime_hours = policy.absolute_lifetime_hours
    await db.commit()
    return team


# --- members -------------------------------------------------------------------------------


def _member_out(membership: Membership, user: User) -> MemberOut:
    return MemberOut(
        user_id=user.id,
        email=user.email,
        full_name=user.full_name,
        role=TeamRole(membership.role),
        disabled=membership.disabled_at is not None,
        email_verified=user.email_verified,
        joined_at=membership.created_at,
    )


async def list_members(db: AsyncSession, team: Team) -> list[MemberOut]:
    stmt = in_team(select(Membership, User).join(User, User.id == Membership.user_id), Membership, TeamScope(team.id))
    rows = await db.execute(stmt.order_by(User.full_name, User.email))
    return [_member_out(membership, user) for membership, user in rows]


async def _membership_for_update(db: AsyncSession, team: Team, user_id: uuid.UUID) -> tuple[Membership, User]:
    """Lock the member's row for a change, after the team's row.

    Taking the team first serializes membership changes within a team: two admins changing each
    other would otherwise each hold one membership and wait for the other's (a deadlock). NO KEY
    UPDATE leaves inserts that merely reference the team unblocked.
    """
    await db.execute(select(Team.id).where(Team.id == team.id).with_for_update(key_share=True))
    stmt = in_team(
        select(Membership, User).join(User, User.id == Membership.user_id).where(Membership.user_id == user_id),
        Membership,
        TeamScope(team.id),
    ).with_for_update(of=Membership)
    row = (await db.execute(stmt)).one_or_none()
    if row is None:
        raise NotFound(code="member_not_found")
    return row


async def _ensure_other_active_admin(db: AsyncSession, team: Team, user_id: uuid.UUID) -> None:
    """Refuse a change that would leave the team without an active team_admin (the caller holds
    the team lock, so two admins demoting each other cannot both succeed)."""
    admins = in_team(
        select(Membership.user_id, Membership.disabled_at).where(Membership.role == TeamRole.TEAM_ADMIN.value),
        Membership,
        TeamScope(team.id),
    )
    others = [uid for uid, disabled_at in (await db.execute(admins)) if uid != user_id and disabled_at is None]
    if not others:
        raise Conflict("A team needs at least one active team_admin.", code="last_team_admin")


async def update_member(
    db: AsyncSession, principal: Principal, team: Team, user_id: uuid.UUID, change: MemberUpdateIn
) -> MemberOut:
    membership, user = await _membership_for_update(db, team, user_id)
    is_active_admin = membership.role == TeamRole.TEAM_ADMIN.value and membership.disabled_at is None
    demoting = change.role is not None and change.role != TeamRole.TEAM_ADMIN
    if is_active_admin and (demoting or change.disabled):
        await _ensure_other_active_admin(db, team, user_id)
    if change.disabled and user_id == principal.user_id:
        raise Conflict("You cannot disable yourself.", code="cannot_disable_self")
    if change.role is not None:
        membership.role = change.role.value
    if change.disabled is not None:
        if change.disabled and membership.disabled_at is None:
            membership.disabled_at = utcnow()
            await revoke_logins(db, user_id, RevokeReason.USER_DISABLED, team_id=team.id)
        elif not change.disabled:
            membership.disabled_at = None
    await db.commit()
    return _member_out(membership, user)


async def remove_member(db: AsyncSession, team: Team, user_id: uuid.UUID) -> None:
    membership, _ = await _membership_for_update(db, team, user_id)
    if membership.role == TeamRole.TEAM_ADMIN.value and membership.disabled_at is None:
        await _ensure_other_active_admin(db, team, user_id)
    await revoke_logins(db, user_id, RevokeReason.MEMBER_REMOVED, team_id=team.id)
    await db.delete(membership)
    await db.commit()


# --- invitations ---------------------------------------------------------------------------


def invitation_status(invitation: Invitation) -> InvitationStatus:
    if invitation.accepted_at is not None:
        return "accepted"
    if invitation.revoked_at is not None:
        return "revoked"
    if utcnow() >= invitation.expires_at:
        return "expired"
    return "pending"


def _invitation_out(invitation: Invitation) -> InvitationOut:
    return InvitationOut(
        id=invitation.id,
        email=invitation.email,
        role=TeamRole(invitation.role),
        status=invitation_status(invitation),
        expires_at=invitation.expires_at,
        created_at=invitation.created_at,
        invited_by_id=invitation.invited_by_id,
    )


async def invite(
    db: AsyncSession,
    settings: Settings,
    mailer: Mailer,
    team: Team,
    email: str,
    role: TeamRole,
    expires_in_days: int,
    invited_by: Principal | None,
) -> InvitationOut:
    """Create (or renew) an invitation and e-mail its link. Commits."""
    email = normalize_email(email)
    scope = TeamScope(team.id)
    already_member = await db.execute(
        in_team(select(Membership.id).join(User, User.id == Membership.user_id), Membership, scope).where(
            User.email == email
        )
    )
    if already_member.first() is not None:
        raise Conflict("This person is already a member of the team.", code="already_member")
    now = utcnow()
    pending = in_team(select(Invitation), Invitation, scope).where(
        Invitation.email == email, Invitation.accepted_at.is_(None), Invitation.revoked_at.is_(None)
    )
    for earlier in (await db.execute(pending)).scalars():
        earlier.revoked_at = now  # a new invitation replaces the earlier link
    token = new_opaque_token()
    invitation = Invitation(
        id=uuid.uuid4(),
        team_id=team.id,
        email=email,
        role=role.value,
        token_hash=hash_token(token),
        created_at=now,
        expires_at=now + timedelta(days=expires_in_days),
        invited_by_id=invited_by.user_id if invited_by else None,
    )
    db.add(invitation)
    await db.commit()
    inviter = invited_by.full_name if invited_by else "The ResolutionFlow operator"
    await mailer.send(
        email,
        f"You are invited to {team.name} on ResolutionFlow",
        f"{inviter} invited you to join {team.name} as {role.value}.\n\n"
        f"Accept the invitation here:\n{settings.frontend_url}/invitations/accept?token={token}\n\n"
        f"The link is valid for {expires_in_days} days.",
    )
    return _invitation_out(invitation)


async def create_team_with_admin(
    db: AsyncSession, settings: Settings, mailer: Mailer, principal: Principal, name: str, admin_email: str
) -> TeamOut:
    team = await create_team(db, settings, name)
    await invite(
        db, settings, mailer, team, admin_email, TeamRole.TEAM_ADMIN, settings.invitation_default_days, principal
    )
    return await team_out(db, team)


async def list_invitations(db: AsyncSession, team: Team) -> list[InvitationOut]:
    stmt = in_team(select(Invitation), Invitation, TeamScope(team.id)).order_by(Invitation.created_at.desc())
    return [_invitation_out(invitation) for invitation in (await db.execute(stmt)).scalars()]


async def revoke_invitation(db: AsyncSession, team: Team, invitation_id: uuid.UUID) -> None:
    invitation = await get_in_team(db, Invitation, invitation_id, TeamScope(team.id), not_found="invitation_not_found")
    if invitation.accepted_at is not None:
        raise Conflict("This invitation was already accepted.", code="invitation_accepted")
    invitation.revoked_at = invitation.revoked_at or utcnow()
    await db.commit()


async def _usable_invitation(db: AsyncSession, token: str, *, lock: bool = False) -> tuple[Invitation, Team]:
    stmt = (
        select(Invitation, Team)
        .join(Team, Team.id == Invitation.team_id)
        .where(Invitation.token_hash == hash_token(token))
    )
    if lock:
        stmt = stmt.with_for_update(of=Invitation)
    row = (await db.execute(stmt)).one_or_none()
    if row is None:
        raise NotFound("This invitation link is not valid.", code="invitation_not_found")
    status = invitation_status(row[0])
    if status != "pending":
        raise Conflict(f"This invitation is {status}.", code=f"invitation_{status}")
    return row


async def preview_invitation(db: AsyncSession, token: str) -> InvitationPreviewOut:
    invitation, team = await _usable_invitation(db, token)
    exists = (await db.execute(select(User.id).where(User.email == invitation.email))).first() is not None
    return InvitationPreviewOut(
        team_name=team.name,
        email=invitation.email,
        role=TeamRole(invitation.role),
        expires_at=invitation.expires_at,
        account_exists=exists,
    )


async def accept_invitation(
    db: AsyncSession,
    settings: Settings,
    token: str,
    password: str,
    full_name: str | None,
    client: ClientInfo,
) -> IssuedLogin:
    """Join the team (registering if the e-mail has no account yet) and log in to it."""
    invitation, team = await _usable_invitation(db, token, lock=True)
    user = await find_for_creation(db, invitation.email)
    now = utcnow()
    if user is None:
        if not full_name:
            raise Unprocessable("Tell us your name to create your account.", code="full_name_required")
        check_password_rules(password, invitation.email)
        user = User(
            id=uuid.uuid4(),
            email=invitation.email,
            full_name=full_name,
            password_hash=await hash_password(password, settings.bcrypt_rounds),
        )
        db.add(user)
        await db.flush()
    else:
        # Same throttle as login: an invitation link must not become a password-guessing oracle.
        await throttle.ensure_not_locked(db, settings, user.email, client.ip)
        if not await verify_password(password, user.password_hash):
            await throttle.record_failure(db, settings, user.email, client.ip)
            raise InvalidCredentials("The password is incorrect for this existing account.")
    existing = await db.execute(
        in_team(select(Membership.id), Membership, TeamScope(team.id)).where(Membership.user_id == user.id)
    )
    if existing.first() is not None:
        raise Conflict("You are already a member of this team.", code="already_member")
    # The link arrived at this address, which proves it.
    user.email_verified_at = user.email_verified_at or now
    db.add(Membership(team_id=team.id, user_id=user.id, role=invitation.role, created_at=now))
    invitation.accepted_at = now
    invitation.accepted_by_id = user.id
    return await start_login(db, settings, user, team, invitation.role, client)
