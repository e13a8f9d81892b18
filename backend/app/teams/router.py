import uuid
from typing import Any

from fastapi import APIRouter, Request, Response, status

from app.auth.deps import CurrentPrincipal, SuperAdmin
from app.auth.http import client_info, set_refresh_cookie, token_out
from app.auth.schemas import TokenOut
from app.core.db import DbSession
from app.core.deps import MailerDep, SettingsDep
from app.teams import service
from app.teams.deps import AdminTeam, MemberTeam
from app.teams.schemas import (
    InvitationAcceptIn,
    InvitationCreateIn,
    InvitationOut,
    InvitationPreviewOut,
    InvitationTokenIn,
    MemberOut,
    MemberUpdateIn,
    SessionPolicyIn,
    SessionPolicyOut,
    TeamCreateIn,
    TeamOut,
    TeamUpdateIn,
)

router = APIRouter(prefix="/teams", tags=["teams"])
invitations_router = APIRouter(prefix="/invitations", tags=["invitations"])

TEAM_REF_DOC = "`current` or a team id (other teams' ids only for super_admin)."


@router.get("", summary="Teams: all of them for a super_admin, your own otherwise")
async def list_teams(principal: CurrentPrincipal, db: DbSession) -> list[TeamOut]:
    return await service.list_teams(db, principal)


@router.post("", status_code=status.HTTP_201_CREATED, summary="Create a team and invite its first admin")
async def create_team(
    body: TeamCreateIn, principal: SuperAdmin, db: DbSession, settings: SettingsDep, mailer: MailerDep
) -> TeamOut:
    return await service.create_team_with_admin(db, settings, mailer, principal, body.name, body.admin_email)


@router.get("/{team_ref}", description=TEAM_REF_DOC)
async def read_team(team: MemberTeam, db: DbSession) -> TeamOut:
    return await service.team_out(db, team)


@router.patch("/{team_ref}", description=TEAM_REF_DOC)
async def update_team(body: TeamUpdateIn, team: AdminTeam, db: DbSession) -> TeamOut:
    return await service.rename_team(db, team, body.name)


@router.get("/{team_ref}/session-policy")
async def read_session_policy(team: MemberTeam) -> SessionPolicyOut:
    return SessionPolicyOut.model_validate(team)


@router.put("/{team_ref}/session-policy", summary="Set the idle timeout and absolute lifetime of logins")
async def update_session_policy(body: SessionPolicyIn, team: AdminTeam, db: DbSession) -> SessionPolicyOut:
    return SessionPolicyOut.model_validate(await service.set_session_policy(db, team, body))


@router.get("/{team_ref}/members")
async def list_members(team: MemberTeam, db: DbSession) -> list[MemberOut]:
    return await service.list_members(db, team)


@router.patch("/{team_ref}/members/{user_id}", summary="Change a member's role or disable/enable them")
async def update_member(
    user_id: uuid.UUID, body: MemberUpdateIn, team: AdminTeam, principal: CurrentPrincipal, db: DbSession
) -> MemberOut:
    return await service.update_member(db, principal, team, user_id, body)


@router.delete("/{team_ref}/members/{user_id}", status_code=status.HTTP_204_NO_CONTENT)
async def remove_member(user_id: uuid.UUID, team: AdminTeam, db: DbSession) -> None:
    await service.remove_member(db, team, user_id)


@router.post("/{team_ref}/invitations", status_code=status.HTTP_201_CREATED)
async def create_invitation(
    body: InvitationCreateIn,
    team: AdminTeam,
    principal: CurrentPrincipal,
    db: DbSession,
    settings: SettingsDep,
    mailer: MailerDep,
) -> InvitationOut:
    return await service.invite(db, settings, mailer, team, body.email, body.role, body.expires_in_days, principal)


@router.get("/{team_ref}/invitations")
async def list_invitations(team: AdminTeam, db: DbSession) -> list[InvitationOut]:
    return await service.list_invitations(db, team)


@router.delete("/{team_ref}/invitations/{invitation_id}", status_code=status.HTTP_204_NO_CONTENT)
async def revoke_invitation(invitation_id: uuid.UUID, team: AdminTeam, db: DbSession) -> None:
    await service.revoke_invitation(db, team, invitation_id)


INVITATION_ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"description": "`invitation_not_found`"},
    409: {"description": "`invitation_expired`, `invitation_revoked`, `invitation_accepted`, `already_member`"},
}


@invitations_router.post(
    "/accept",
    summary="Accept an invitation (registering if needed) and log in",
    responses={**INVITATION_ERRORS, 401: {"description": "`invalid_credentials` for an existing account"}},
)
async def accept_invitation(
    body: InvitationAcceptIn, request: Request, response: Response, db: DbSession, settings: SettingsDep
) -> TokenOut:
    issued = await service.accept_invitation(
        db, settings, body.token, body.password, body.full_name, client_info(request)
    )
    set_refresh_cookie(response, settings, issued)
    return token_out(issued)


@invitations_router.post(
    "/preview", summary="What an invitation link is for, before accepting it", responses=INVITATION_ERRORS
)
async def preview_invitation(body: InvitationTokenIn, db: DbSession) -> InvitationPreviewOut:
    # POST rather than GET so the token never lands in a URL (and from there in access logs).
    return await service.preview_invitation(db, body.token)
