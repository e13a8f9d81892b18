import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response, status

from app.auth.deps import CurrentPrincipal, Engineer, get_principal, oauth2_scheme
from app.core.db import DbSession
from app.core.deps import SettingsDep
from app.sessions.document import DocumentFormat
from app.shares import service
from app.shares.schemas import ShareCreatedOut, ShareCreateIn, SharedDocumentOut, ShareOut

router = APIRouter(prefix="/sessions/{session_id}/shares", tags=["shares"])
shared_router = APIRouter(prefix="/shared", tags=["shares"])


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Create a share link (the token is shown only in this answer)",
    responses={404: {"description": "`session_not_found`"}, 422: {"description": "`validation_error` (expiry)"}},
)
async def create_share(
    session_id: uuid.UUID, body: ShareCreateIn, principal: Engineer, db: DbSession, settings: SettingsDep
) -> ShareCreatedOut:
    return await service.create_share(db, principal, session_id, body, settings.frontend_url)


@router.get("", summary="The session's share links, newest first (never their tokens)")
async def list_shares(session_id: uuid.UUID, principal: CurrentPrincipal, db: DbSession) -> list[ShareOut]:
    return await service.list_shares(db, principal.scope, session_id)


@router.delete(
    "/{share_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Revoke a share link",
    responses={404: {"description": "`share_not_found`"}},
)
async def revoke_share(session_id: uuid.UUID, share_id: uuid.UUID, principal: Engineer, db: DbSession) -> None:
    await service.revoke_share(db, principal, session_id, share_id)


@shared_router.get(
    "/{token}",
    summary="A shared session's redacted documentation (no login for public links)",
    responses={
        401: {"description": "a `team` link without a login"},
        404: {"description": "`share_not_found`: unknown, or a `team` link of another team"},
        410: {"description": "`share_expired`, `share_revoked`"},
        429: {"description": "`rate_limited`, with Retry-After"},
    },
)
async def view_shared(
    request: Request,
    response: Response,
    db: DbSession,
    token: Annotated[str, Path(min_length=1, max_length=200)],
    bearer: Annotated[str | None, Depends(oauth2_scheme)],
    fmt: Annotated[Literal["html", "md"], Query(alias="format")] = "html",
) -> SharedDocumentOut:
    # The token is in the URL: keep it out of caches (every answer already says `no-referrer`).
    response.headers["Cache-Control"] = "no-store"
    await service.throttle_view(db, request.client.host if request.client else "unknown")
    share = await service.open_share(db, token)
    viewer = await get_principal(request, bearer) if share.scope == "team" else None
    return await service.view_share(db, share, viewer, DocumentFormat(fmt))
