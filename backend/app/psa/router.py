import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Body, Path, Query, Response, status

from app.auth.deps import CurrentPrincipal, Engineer, TeamAdmin
from app.core.db import DbSession
from app.psa import pushes, service
from app.psa.runtime import Psa
from app.psa.schemas import (
    AutoMatchOut,
    ConnectionTestOut,
    ConnectWiseConnectionIn,
    ConnectWiseConnectionOut,
    MemberMappingIn,
    MemberMappingOut,
    MemberMappingsOut,
    PsaMemberPageOut,
    PsaPushIn,
    PsaPushOut,
    TicketContextOut,
)

router = APIRouter(prefix="/psa", tags=["psa"])
pushes_router = APIRouter(prefix="/sessions/{session_id}", tags=["psa"])

PSA_ERRORS = (
    "`psa_bad_credentials`, `psa_forbidden`, `psa_site_unknown`, `psa_tls_error`, `psa_rejected`, "
    "`psa_server_error`, `psa_bad_response` (502); `psa_unreachable`, `psa_connection_lost`, "
    "`psa_throttled` with Retry-After (503); `psa_timeout` (504)"
)
NOT_CONNECTED: dict[int | str, dict[str, Any]] = {
    409: {"description": "`psa_not_connected`, `psa_credentials_unreadable`"}
}


@router.get(
    "/connectwise",
    summary="The team's ConnectWise connection (keys only as their last 4 characters)",
    responses={409: {"description": "`psa_not_connected`"}},
)
async def read_connection(principal: TeamAdmin, db: DbSession) -> ConnectWiseConnectionOut:
    return await service.read_connection(db, principal.scope)


@router.put(
    "/connectwise",
    summary="Create or change the team's ConnectWise connection (omitted keys are kept)",
    responses={422: {"description": "`psa_site_invalid`, `psa_site_insecure`, `psa_keys_required`"}},
)
async def save_connection(
    body: ConnectWiseConnectionIn, principal: TeamAdmin, db: DbSession, psa: Psa
) -> ConnectWiseConnectionOut:
    return await service.save_connectwise(db, psa, principal, body)


@router.delete(
    "/connectwise",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove the connection, its keys and the member mapping",
)
async def delete_connection(principal: TeamAdmin, db: DbSession, psa: Psa) -> None:
    await service.delete_connection(db, psa, principal.scope)


@router.post(
    "/connectwise/test",
    summary="Call ConnectWise's system info with the saved connection, or with the settings in the body",
    description="Answers 200 either way: `ok` with the server's version, or a `code` and a `message` saying "
    "what to fix. Keys omitted from the body are the saved ones; nothing is saved.",
    responses={**NOT_CONNECTED, 422: {"description": "`psa_site_invalid`, `psa_site_insecure`, `psa_keys_required`"}},
)
async def check_connection(
    principal: TeamAdmin, db: DbSession, psa: Psa, body: Annotated[ConnectWiseConnectionIn | None, Body()] = None
) -> ConnectionTestOut:
    return await service.test_connection(db, psa, principal.scope, body)


@router.get(
    "/connectwise/members",
    summary="A page of ConnectWise's active members",
    responses={**NOT_CONNECTED, 502: {"description": PSA_ERRORS}},
)
async def list_psa_members(
    principal: TeamAdmin,
    db: DbSession,
    psa: Psa,
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> PsaMemberPageOut:
    return await service.psa_members(db, psa, principal.scope, page, page_size)


@router.get(
    "/connectwise/member-mappings",
    summary="Which ConnectWise member each member of the team writes notes as, and who is unmatched",
    responses={409: {"description": "`psa_not_connected`"}},
)
async def read_member_mappings(principal: TeamAdmin, db: DbSession) -> MemberMappingsOut:
    return await service.member_mappings(db, principal.scope)


@router.post(
    "/connectwise/member-mappings/auto-match",
    summary="Map members of the team to active ConnectWise members by e-mail (manual mappings are kept)",
    responses={**NOT_CONNECTED, 502: {"description": PSA_ERRORS}},
)
async def auto_match(principal: TeamAdmin, db: DbSession, psa: Psa) -> AutoMatchOut:
    return await service.auto_match(db, psa, principal.scope)


@router.put(
    "/connectwise/member-mappings/{user_id}",
    summary="Map a member of the team to a ConnectWise member by hand (null: never map them)",
    responses={
        **NOT_CONNECTED,
        404: {"description": "`member_not_found`"},
        422: {"description": "`psa_member_not_found`"},
    },
)
async def set_member_mapping(
    user_id: uuid.UUID, body: MemberMappingIn, principal: TeamAdmin, db: DbSession, psa: Psa
) -> MemberMappingOut:
    return await service.set_mapping(db, psa, principal.scope, user_id, body)


@router.delete(
    "/connectwise/member-mappings/{user_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Drop a member's mapping (the next auto-match may map them again)",
    responses={404: {"description": "`member_not_found`"}},
)
async def delete_member_mapping(user_id: uuid.UUID, principal: TeamAdmin, db: DbSession) -> None:
    await service.delete_mapping(db, principal.scope, user_id)


@router.get(
    "/tickets/{ticket_id}",
    summary="A ticket's context for a session: summary, company, contact, board, status, priority, "
    "initial description and the last 10 notes, redacted",
    responses={
        **NOT_CONNECTED,
        404: {"description": "`psa_ticket_not_found`"},
        422: {"description": "`psa_ticket_id_invalid`"},
        502: {"description": PSA_ERRORS},
    },
)
async def read_ticket(
    ticket_id: Annotated[str, Path(min_length=1, max_length=64)], principal: CurrentPrincipal, db: DbSession, psa: Psa
) -> TicketContextOut:
    return await service.ticket_context(db, psa, principal.scope, ticket_id)


@pushes_router.post(
    "/psa-push",
    status_code=status.HTTP_201_CREATED,
    summary="Push the session's documentation to its ticket as a note, exactly once",
    description="201: posted now. 200: nothing new since the last push, which is returned (`reused`; its "
    "`status` may still be `pending`). 202: not through yet, retried in the background (see `GET .../psa-pushes`). "
    "After new events a push is an update note. A push that `failed` is tried again by pushing again.",
    responses={
        200: {"description": "Nothing new: the existing push.", "model": PsaPushOut},
        202: {"description": "Pending: retried in the background.", "model": PsaPushOut},
        404: {"description": "`session_not_found`, `psa_ticket_not_found`"},
        409: {"description": "`session_has_no_ticket`, `psa_not_connected`, `psa_credentials_unreadable`"},
        502: {"description": "`psa_bad_credentials`, `psa_forbidden`, `psa_rejected`: the push is `failed`"},
    },
)
async def push_to_psa(
    session_id: uuid.UUID,
    principal: Engineer,
    db: DbSession,
    psa: Psa,
    response: Response,
    body: Annotated[PsaPushIn | None, Body()] = None,
) -> PsaPushOut:
    result = await pushes.push_session(db, psa, principal, session_id, body or PsaPushIn())
    response.status_code = {"posted": 201, "existing": 200, "pending": 202}[result.outcome]
    return result.push


@pushes_router.get(
    "/psa-pushes",
    summary="The session's pushes to its ticket, newest first, with their status",
    responses={404: {"description": "`session_not_found`"}},
)
async def list_pushes(session_id: uuid.UUID, principal: CurrentPrincipal, db: DbSession) -> list[PsaPushOut]:
    return await pushes.list_pushes(db, principal.scope, session_id)
