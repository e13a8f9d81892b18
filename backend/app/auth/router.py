import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from app.auth import logins, service
from app.auth.deps import CurrentPrincipal, get_principal, oauth2_scheme
from app.auth.http import clear_refresh_cookie, client_info, set_refresh_cookie, token_out
from app.auth.schemas import (
    AcceptedOut,
    LoginIn,
    LoginSessionOut,
    MeOut,
    PasswordChangeIn,
    PasswordForgotIn,
    PasswordResetIn,
    RefreshIn,
    RefreshRefusedOut,
    RegisterIn,
    TokenOut,
    VerifyEmailIn,
)
from app.core.db import DbSession
from app.core.deps import MailerDep, SettingsDep

router = APIRouter(prefix="/auth", tags=["auth"])

LOGIN_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "`invalid_credentials`"},
    403: {"description": "`no_active_membership` in the team asked for"},
    429: {"description": "`too_many_attempts`, with Retry-After"},
}


@router.post("/register", status_code=status.HTTP_201_CREATED, responses={409: {"description": "`email_taken`"}})
async def register(
    body: RegisterIn, request: Request, response: Response, db: DbSession, settings: SettingsDep, mailer: MailerDep
) -> TokenOut:
    issued = await service.register(db, settings, mailer, body, client_info(request))
    set_refresh_cookie(response, settings, issued)
    return token_out(issued)


@router.post("/login", responses=LOGIN_ERRORS)
async def login(body: LoginIn, request: Request, response: Response, db: DbSession, settings: SettingsDep) -> TokenOut:
    issued = await service.login(db, settings, body.email, body.password, client_info(request), body.team_id)
    set_refresh_cookie(response, settings, issued)
    return token_out(issued)


@router.post(
    "/token", summary="Log in with the OAuth2 password form (Swagger's Authorize button)", responses=LOGIN_ERRORS
)
async def token(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    request: Request,
    response: Response,
    db: DbSession,
    settings: SettingsDep,
) -> TokenOut:
    issued = await service.login(db, settings, form.username, form.password, client_info(request))
    set_refresh_cookie(response, settings, issued)
    return token_out(issued, include_refresh_token=True)


@router.post(
    "/refresh",
    responses={
        401: {
            "model": RefreshRefusedOut,
            "description": "`detail` is one of session_expired_idle, session_expired_absolute, "
            "session_revoked, invalid_refresh_token",
        }
    },
)
async def refresh(
    request: Request, response: Response, db: DbSession, settings: SettingsDep, body: RefreshIn | None = None
) -> TokenOut:
    from_body = body is not None and body.refresh_token is not None
    presented = (
        body.refresh_token if body is not None and from_body else request.cookies.get(settings.refresh_cookie_name)
    )
    issued = await logins.refresh(db, settings, presented)
    set_refresh_cookie(response, settings, issued)
    return token_out(issued, include_refresh_token=from_body)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
async def logout(
    request: Request,
    response: Response,
    db: DbSession,
    settings: SettingsDep,
    access_token: Annotated[str | None, Depends(oauth2_scheme)],
    body: RefreshIn | None = None,
) -> None:
    presented = (body.refresh_token if body else None) or request.cookies.get(settings.refresh_cookie_name)
    # The bearer token only matters when no refresh token names the login.
    principal = await get_principal(request, access_token) if access_token and not presented else None
    await logins.logout(db, settings, presented, principal)
    clear_refresh_cookie(response, settings)


@router.get("/me")
async def me(principal: CurrentPrincipal) -> MeOut:
    return logins.me_of(principal)


@router.post("/password/change", status_code=status.HTTP_204_NO_CONTENT)
async def change_password(
    body: PasswordChangeIn, principal: CurrentPrincipal, db: DbSession, settings: SettingsDep
) -> None:
    await service.change_password(db, settings, principal, body.current_password, body.new_password)


@router.post("/password/forgot", status_code=status.HTTP_202_ACCEPTED)
async def forgot_password(
    body: PasswordForgotIn, db: DbSession, settings: SettingsDep, mailer: MailerDep
) -> AcceptedOut:
    await service.forgot_password(db, settings, mailer, body.email)
    return AcceptedOut(
        detail="reset_requested", message="If an account exists for this address, a reset link is on its way."
    )


@router.post("/password/reset", status_code=status.HTTP_204_NO_CONTENT)
async def reset_password(body: PasswordResetIn, db: DbSession, settings: SettingsDep) -> None:
    await service.reset_password(db, settings, body.token, body.new_password)


@router.post("/verify-email", status_code=status.HTTP_204_NO_CONTENT)
async def verify_email(body: VerifyEmailIn, db: DbSession) -> None:
    await service.verify_email(db, body.token)


@router.post(
    "/verify-email/resend",
    status_code=status.HTTP_202_ACCEPTED,
    responses={409: {"description": "`email_already_verified`"}},
)
async def resend_verification(
    principal: CurrentPrincipal, db: DbSession, settings: SettingsDep, mailer: MailerDep
) -> AcceptedOut:
    await service.resend_verification(db, settings, mailer, principal)
    return AcceptedOut(detail="verification_sent", message="A new verification link is on its way.")


@router.get("/sessions", summary="My active logins")
async def list_sessions(principal: CurrentPrincipal, db: DbSession) -> list[LoginSessionOut]:
    return await logins.list_logins(db, principal)


@router.delete("/sessions/{login_id}", status_code=status.HTTP_204_NO_CONTENT, summary="End one of my logins")
async def delete_session(login_id: uuid.UUID, principal: CurrentPrincipal, db: DbSession) -> None:
    await logins.delete_login(db, principal, login_id)
