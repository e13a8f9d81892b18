import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Header, Query, Response, status
from pydantic import AwareDatetime

from app.auth.deps import CurrentPrincipal, Engineer
from app.copilot import service as copilot_service
from app.copilot.deps import CopilotDep
from app.core.db import DbSession
from app.core.schemas import PG_INT_MAX
from app.embeddings.deps import Embedder
from app.psa.runtime import Psa
from app.psa.service import verify_ticket
from app.sessions import service
from app.sessions.document import HTML_CSP, DocumentFormat
from app.sessions.events import EscalatedIn, SessionStatus
from app.sessions.schemas import (
    AppendIn,
    AppendOut,
    DocumentPreviewOut,
    EscalateOut,
    EscalationPageOut,
    EventOut,
    IdempotencyKey,
    SessionOut,
    SessionPageOut,
    SessionStartIn,
)

router = APIRouter(prefix="/sessions", tags=["sessions"])
escalations_router = APIRouter(prefix="/escalations", tags=["sessions"])

Limit = Annotated[int, Query(ge=1, le=service.PAGE_LIMIT_MAX)]
Cursor = Annotated[str | None, Query(max_length=500)]


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Start a session on a published version of a flow",
    description="With a `ticket_id` and a PSA connection the ticket is checked first: a ticket the PSA does not "
    "have is a 404; when the PSA cannot be reached the session starts with `ticket_verified: false`.",
    responses={
        404: {"description": "`flow_not_found`, `psa_ticket_not_found`"},
        409: {"description": "`flow_not_published`, `flow_archived`"},
        422: {"description": "`psa_ticket_id_invalid`"},
    },
)
async def start_session(body: SessionStartIn, principal: Engineer, db: DbSession, psa: Psa) -> SessionOut:
    ticket_verified = await verify_ticket(db, psa, principal.scope, body.ticket_id)
    return await service.start_session(db, principal, body, ticket_verified=ticket_verified)


@router.get("", summary="The team's sessions, newest first")
async def list_sessions(
    principal: CurrentPrincipal,
    db: DbSession,
    mine: Annotated[bool, Query(description="Only sessions I own.")] = False,
    session_status: Annotated[list[SessionStatus] | None, Query(alias="status")] = None,
    flow_id: uuid.UUID | None = None,
    engineer_id: Annotated[uuid.UUID | None, Query(description="Sessions this member owns.")] = None,
    ticket_id: Annotated[str | None, Query(max_length=64)] = None,
    started_from: Annotated[AwareDatetime | None, Query(description="Started at or after.")] = None,
    started_to: Annotated[AwareDatetime | None, Query(description="Started before.")] = None,
    mode: Annotated[
        Literal["path", "checklist"] | None,
        Query(description="`path`: troubleshooting sessions; `checklist`: procedural and maintenance ones."),
    ] = None,
    limit: Limit = 25,
    cursor: Cursor = None,
) -> SessionPageOut:
    filters = service.SessionFilters(
        owner_ids=tuple(owner for owner in (principal.user_id if mine else None, engineer_id) if owner),
        statuses=tuple(session_status or ()),
        flow_id=flow_id,
        ticket_id=ticket_id,
        started_from=started_from,
        started_to=started_to,
        mode=mode,
    )
    return await service.list_sessions(db, principal.scope, filters, limit, cursor)


@router.get("/{session_id}", summary="The session: current node with its content, path, variables")
async def read_session(session_id: uuid.UUID, principal: CurrentPrincipal, db: DbSession) -> SessionOut:
    return await service.get_session(db, principal.scope, session_id)


@router.get("/{session_id}/events", summary="The session's log in order, after `after` (a seq)")
async def list_events(
    session_id: uuid.UUID,
    principal: CurrentPrincipal,
    db: DbSession,
    after: Annotated[int, Query(ge=0, le=PG_INT_MAX)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> list[EventOut]:
    return await service.list_events(db, principal.scope, session_id, after, limit)


FormatQuery = Annotated[
    DocumentFormat,
    Query(alias="format", description="`md`, `txt`, `html` (a printable page) or `psa` (a ConnectWise note)."),
]


@router.get(
    "/{session_id}/document",
    summary="Download the session's documentation, redacted with the team's rules",
    response_class=Response,
    responses={
        200: {
            "description": "The document, as an attachment.",
            "content": {"text/markdown": {}, "text/plain": {}, "text/html": {}},
        },
        404: {"description": "`session_not_found`"},
    },
)
async def download_document(
    session_id: uuid.UUID, principal: CurrentPrincipal, db: DbSession, fmt: FormatQuery = DocumentFormat.MD
) -> Response:
    document = await service.export_document(db, principal.scope, session_id, fmt)
    headers = {
        "Content-Disposition": f'attachment; filename="{document.filename}"',
        "Cache-Control": "no-store",
    }
    if fmt == DocumentFormat.HTML:
        headers["Content-Security-Policy"] = HTML_CSP
    return Response(document.content, media_type=document.media_type, headers=headers)


@router.get(
    "/{session_id}/document/preview",
    summary="The session's documentation as JSON, for showing it: content and how much was redacted",
    responses={404: {"description": "`session_not_found`"}},
)
async def preview_document(
    session_id: uuid.UUID, principal: CurrentPrincipal, db: DbSession, fmt: FormatQuery = DocumentFormat.MD
) -> DocumentPreviewOut:
    document = await service.export_document(db, principal.scope, session_id, fmt)
    return DocumentPreviewOut(format=document.format.value, content=document.content, redactions=document.redactions)


@router.post(
    "/{session_id}/events",
    status_code=status.HTTP_201_CREATED,
    summary="Append one event (a path: its owner; a checklist: any engineer of the team)",
    description="Troubleshooting sessions walk a path (`answered`, `action_done`, `input_captured`, "
    "`output_pasted`, `went_back`); checklist sessions (procedural and maintenance flows) take `step_completed`, "
    "`step_reopened`, `step_assigned` and `step_noted`, in any order unless the step's section is sequential. "
    "Both take `note`, `paused`, `resumed` and `ended`.",
    responses={
        403: {"description": "`not_session_owner`"},
        409: {
            "description": "`stale_seq` (`current` holds the session now), `session_ended`, `session_escalated`, "
            "`session_paused`, `session_not_paused`, `nothing_to_undo`, `step_out_of_order` (`waiting_for` lists "
            "the open steps before it), `step_not_applicable`, `step_not_closed`, `flow_deleted`"
        },
        413: {"description": "`output_too_large`: command output over 256 KiB"},
        422: {
            "description": "`wrong_node`, `wrong_node_kind`, `invalid_answer`, `unknown_variable`, "
            "`invalid_input_value` (`rule`: required, type, length, choice, pattern), `invalid_back_target`, "
            "`wrong_session_mode`, `unknown_step`, `invalid_assignee`, `idempotency_key_reused`, `validation_error`"
        },
    },
)
async def append_event(
    session_id: uuid.UUID,
    body: AppendIn,
    principal: Engineer,
    db: DbSession,
    idempotency_key: Annotated[
        IdempotencyKey | None,
        Header(alias="Idempotency-Key", description="A retry with the same key appends nothing."),
    ] = None,
) -> AppendOut:
    return await service.append_event(db, principal, session_id, body, idempotency_key)


@router.post(
    "/{session_id}/escalate",
    summary="Hand the session to a member or the team queue, with a briefing (owner only)",
    responses={
        409: {"description": "`session_ended`, `session_escalated`"},
        422: {"description": "`invalid_escalation_target`, `wrong_session_mode` (checklists are not escalated)"},
    },
)
async def escalate(
    session_id: uuid.UUID,
    body: EscalatedIn,
    principal: Engineer,
    db: DbSession,
    copilot: CopilotDep,
    embedder: Embedder,
) -> EscalateOut:
    escalated = await service.escalate(db, principal, session_id, body)
    await copilot_service.attach_briefing(db, copilot, embedder, principal, escalated.briefing)
    return escalated


@router.post(
    "/{session_id}/take-over",
    summary="Become the owner of an escalated session and continue it",
    responses={403: {"description": "`not_escalation_receiver`"}, 409: {"description": "`session_not_escalated`"}},
)
async def take_over(session_id: uuid.UUID, principal: Engineer, db: DbSession) -> AppendOut:
    return await service.take_over(db, principal, session_id)


@escalations_router.get("", summary="Escalated sessions waiting for me and in the team queue, oldest first")
async def list_escalations(
    principal: CurrentPrincipal,
    db: DbSession,
    queue: Annotated[
        Literal["mine", "team"] | None,
        Query(description="`mine`: handed to me; `team`: the team queue; both if omitted."),
    ] = None,
    limit: Limit = 25,
    cursor: Cursor = None,
) -> EscalationPageOut:
    page = await service.list_escalations(db, principal, queue, limit, cursor)
    page.items = await copilot_service.with_briefings(db, principal.scope, page.items)
    return page
