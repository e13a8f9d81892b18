import uuid
from datetime import datetime

from pydantic import Field

from app.core.schemas import Email, Name, PasswordInput, RequestBody, ResponseBody, Token


class TeamRef(ResponseBody):
    id: uuid.UUID
    name: str


class MeOut(ResponseBody):
    id: uuid.UUID
    email: str
    full_name: str
    email_verified: bool
    is_super_admin: bool
    role: str = Field(description="Effective role in the current team (`super_admin` for operators).")
    team: TeamRef


class TokenOut(ResponseBody):
    access_token: str
    token_type: str = "bearer"
    expires_in: int = Field(description="Access-token lifetime in seconds.")
    user: MeOut
    refresh_token: str | None = Field(
        default=None,
        description="Only for clients that sent the refresh token in the body (or used /auth/token); "
        "browsers get it as an httpOnly cookie.",
    )


class RefreshRefusedOut(ResponseBody):
    detail: str = Field(
        description="session_expired_idle, session_expired_absolute, session_revoked or invalid_refresh_token"
    )
    message: str
    idle_timeout_minutes: int | None = Field(
        default=None, description="With session_expired_idle: the idle timeout that ended the login."
    )


class LoginIn(RequestBody):
    email: Email
    password: PasswordInput
    team_id: uuid.UUID | None = Field(default=None, description="Team to log in to; default: the oldest membership.")


class RefreshIn(RequestBody):
    refresh_token: Token | None = None


class RegisterIn(RequestBody):
    email: Email
    password: PasswordInput
    full_name: Name
    team_name: Name | None = Field(default=None, description="Name of the new team you will administer.")


class PasswordChangeIn(RequestBody):
    current_password: PasswordInput
    new_password: PasswordInput


class PasswordForgotIn(RequestBody):
    email: Email


class PasswordResetIn(RequestBody):
    token: Token
    new_password: PasswordInput


class VerifyEmailIn(RequestBody):
    token: Token


class AcceptedOut(ResponseBody):
    detail: str
    message: str


class LoginSessionOut(ResponseBody):
    id: uuid.UUID
    user_agent: str | None
    ip: str | None
    created_at: datetime
    last_used_at: datetime
    current: bool
