"""HTTP details of logins: the refresh cookie, the token response and who the client is."""

from fastapi import Request, Response

from app.auth.logins import ClientInfo, IssuedLogin
from app.auth.schemas import TokenOut
from app.core.config import Settings

# The refresh cookie is only ever sent to the auth endpoints that need it.
REFRESH_COOKIE_PATH = "/api/v1/auth"


def client_info(request: Request) -> ClientInfo:
    return ClientInfo(
        ip=request.client.host if request.client else "unknown",
        user_agent=request.headers.get("user-agent"),
    )


def set_refresh_cookie(response: Response, settings: Settings, issued: IssuedLogin) -> None:
    response.set_cookie(
        settings.refresh_cookie_name,
        issued.refresh_token,
        max_age=issued.refresh_cookie_max_age,
        path=REFRESH_COOKIE_PATH,
        httponly=True,
        secure=settings.refresh_cookie_secure,
        samesite="strict",
    )


def clear_refresh_cookie(response: Response, settings: Settings) -> None:
    response.delete_cookie(
        settings.refresh_cookie_name,
        path=REFRESH_COOKIE_PATH,
        httponly=True,
        secure=settings.refresh_cookie_secure,
        samesite="strict",
    )


def token_out(issued: IssuedLogin, *, include_refresh_token: bool = False) -> TokenOut:
    return TokenOut(
        access_token=issued.access_token,
        expires_in=issued.expires_in,
        user=issued.user,
        refresh_token=issued.refresh_token if include_refresh_token else None,
    )
