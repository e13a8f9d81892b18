import uuid
from datetime import datetime
from typing import Literal

from pydantic import Field

from app.core.schemas import Email, Name, PasswordInput, RequestBody, ResponseBody, Token
from app.teams.models import TeamRole


class TeamOut(ResponseBody):
    id: uuid.UUID
    name: str
    slug: str
    created_at: datetime
    member_count: int


class TeamCreateIn(RequestBody):
    name: Name
    admin_email: Email = Field(description="Invited as the team's first team_admin.")


class TeamUpdateIn(RequestBody):
    name: Name


class MemberOut(ResponseBody):
    user_id: uuid.UUID
    email: str
    full_name: str
    role: TeamRole
    disabled: bool
    email_verified: bool
    joined_at: datetime


class MemberUpdateIn(RequestBody):
    role: TeamRole | None = None
    disabled: bool | None = None


InvitationStatus = Literal["pending", "accepted", "revoked", "expired"]


class InvitationCreateIn(RequestBody):
    email: Email
    role: TeamRole
    expires_in_days: int = Field(default=7, ge=1, le=30)


class InvitationOut(ResponseBody):
    id: uuid.UUID
    email: str
    role: TeamRole
    status: InvitationStatus
    expires_at: datetime
    created_at: datetime
    invited_by_id: uuid.UUID | None


class InvitationPreviewOut(ResponseBody):
    team_name: str
    email: str
    role: TeamRole
    expires_at: datetime
    account_exists: bool


class InvitationTokenIn(RequestBody):
    token: Token


class InvitationAcceptIn(RequestBody):
    token: Token
    password: PasswordInput
    full_name: Name | None = Field(default=None, description="Required when the invitation creates a new account.")


class SessionPolicyIn(RequestBody):
    idle_timeout_minutes: int = Field(ge=5, le=1440)
    absolute_lifetime_hours: int = Field(ge=1, le=720)


class SessionPolicyOut(ResponseBody):
    idle_timeout_minutes: int
    absolute_lifetime_hours: int
