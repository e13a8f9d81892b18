"""FlowPilot's HTTP surface: thin handlers over service.py, flywheel.py and usage.py.

Streaming answers (suggestions, chat) are Server-Sent Events: every check that can refuse the request
runs before the stream starts, so refusals are ordinary JSON errors; the stream then carries `meta`,
`delta` ({"text"}), maybe `fallback` ({"reason"}), the final object (`suggestion` or `answer`) and `done`.
"""

import uuid
from collections.abc import AsyncIterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, status
from fastapi.responses import StreamingResponse

from app.auth.deps import CurrentPrincipal, Engineer, TeamAdmin
from app.copilot import flywheel, service, usage
from app.copilot.deps import CopilotDep
from app.copilot.errors import BriefingNotFound
from app.copilot.schemas import (
    AiBriefingOut,
    BudgetIn,
    BudgetOut,
    ChatIn,
    ConversationOut,
    ConversationSummaryOut,
    CopilotStatusOut,
    FlowBuildIn,
    FlowBuildOut,
    FlywheelRunOut,
    ProposalOut,
    ProposalPageOut,
    RejectIn,
    SuggestionDecisionIn,
    SuggestionDecisionOut,
    SummaryIn,
    SummaryOut,
    UsageOut,
)
from app.core.db import DbSession
from app.core.deps import SettingsDep
from app.embeddings.deps import Embedder
from app.sessions import service as sessions

router = APIRouter(prefix="/copilot", tags=["copilot"])
session_router = APIRouter(prefix="/sessions/{session_id}/copilot", tags=["copilot"])
proposals_router = APIRouter(prefix="/proposals", tags=["copilot"])

SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def _sse_doc(final: str) -> dict[int | str, dict[str, Any]]:
    return {
        200: {
            "description": f"Server-Sent Events: `meta`, `delta` ({{text}}), maybe `fallback` ({{reason}}), `{final}` "
            "(the JSON object), `done`; `error` if the session changed meanwhile.",
            # One schema per event, as a client parses it (`event:` name and `data:` JSON text).
            "content": {
                "text/event-stream": {
                    "schema": {
                        "type": "object",
                        "properties": {"event": {"type": "string"}, "data": {"type": "string"}},
                        "required": ["data"],
                    }
                }
            },
        }
    }


def _stream(events: AsyncIterator[str]) -> StreamingResponse:
    return StreamingResponse(events, media_type="text/event-stream", headers=SSE_HEADERS)


# --- in a session --------------------------------------------------------------------------


@session_router.post(
    "/suggest",
    summary="Suggest the next step of the session (owner only), streamed as Server-Sent Events",
    description="The suggested answer or action with a one-paragraph rationale, a confidence, alternatives and "
    "a loop warning; logged as a `copilot_suggested` event whose seq comes back as `suggestion_seq`. Offline "
    "(no key, budget used up, or the provider failing) it is made from the team's past sessions and says so.",
    response_class=StreamingResponse,
    responses={
        **_sse_doc("suggestion"),
        403: {"description": "`not_session_owner`"},
        404: {"description": "`session_not_found`"},
        409: {"description": "`session_ended`, `session_escalated`, `flow_deleted`"},
        422: {"description": "`wrong_session_mode`: a checklist session has no single next step"},
    },
)
async def suggest(
    session_id: uuid.UUID, request: Request, principal: Engineer, db: DbSession, copilot: CopilotDep, embedder: Embedder
) -> StreamingResponse:
    context = await service.prepare_suggestion(db, copilot, embedder, principal, session_id)
    return _stream(service.stream_suggestion(context, copilot, request.app.state.sessionmaker))


@session_router.post(
    "/decision",
    status_code=status.HTTP_201_CREATED,
    summary="Accept or dismiss a suggestion (owner only): logged as a `copilot_accepted` event",
    description="Accepting only records the decision: the client then sends the answer or action as usual.",
    responses={
        403: {"description": "`not_session_owner`"},
        404: {"description": "`session_not_found`, `suggestion_not_found`"},
        409: {"description": "`suggestion_already_decided`, `session_ended`, `session_escalated`"},
    },
)
async def decide(
    session_id: uuid.UUID, body: SuggestionDecisionIn, principal: Engineer, db: DbSession
) -> SuggestionDecisionOut:
    return await service.decide_suggestion(db, principal, session_id, body)


@session_router.get(
    "/summary",
    summary="The session's ticket summary as generated or edited",
    responses={404: {"description": "`session_not_found`, `summary_not_found`"}},
)
async def read_summary(session_id: uuid.UUID, principal: CurrentPrincipal, db: DbSession) -> SummaryOut:
    return await service.read_summary(db, principal.scope, session_id)


@session_router.post(
    "/summary",
    summary="Generate the session's ticket summary (replaces an earlier one, edits included)",
    responses={404: {"description": "`session_not_found`"}},
)
async def generate_summary(
    session_id: uuid.UUID, principal: Engineer, db: DbSession, copilot: CopilotDep
) -> SummaryOut:
    return await service.generate_summary(db, copilot, principal, session_id)


@session_router.put(
    "/summary",
    summary="Edit the ticket summary before it is pushed to the ticket",
    responses={404: {"description": "`session_not_found`, `summary_not_found`"}},
)
async def edit_summary(session_id: uuid.UUID, body: SummaryIn, principal: Engineer, db: DbSession) -> SummaryOut:
    return await service.edit_summary(db, principal, session_id, body.text)


@session_router.get(
    "/briefing",
    summary="FlowPilot's escalation briefing of the session (written when it was escalated)",
    responses={404: {"description": "`session_not_found`, `briefing_not_found`"}},
)
async def read_briefing(session_id: uuid.UUID, principal: CurrentPrincipal, db: DbSession) -> AiBriefingOut:
    await sessions.get_session(db, principal.scope, session_id)
    briefing = await service.read_briefing(db, principal.scope, session_id)
    if briefing is None:
        raise BriefingNotFound
    return briefing


@session_router.post(
    "/briefing",
    summary="Write FlowPilot's escalation briefing of the session now (deep tier)",
    responses={404: {"description": "`session_not_found`"}},
)
async def generate_briefing(
    session_id: uuid.UUID, principal: Engineer, db: DbSession, copilot: CopilotDep, embedder: Embedder
) -> AiBriefingOut:
    return await service.generate_briefing(db, copilot, embedder, principal.scope, principal.user_id, session_id)


# --- assistant chat ------------------------------------------------------------------------


@router.post(
    "/chat",
    summary="Ask the assistant; the answer streams as Server-Sent Events and is stored in the conversation",
    description="Answers from the team's flows, library steps and resolved sessions (hybrid retrieval), citing "
    "each source used with a link; says so when the team's knowledge has nothing on it.",
    response_class=StreamingResponse,
    responses={**_sse_doc("answer"), 404: {"description": "`conversation_not_found`"}},
)
async def chat(
    body: ChatIn, request: Request, principal: Engineer, db: DbSession, copilot: CopilotDep, embedder: Embedder
) -> StreamingResponse:
    context = await service.prepare_chat(db, copilot, embedder, principal, body)
    return _stream(service.stream_chat(context, copilot, request.app.state.sessionmaker))


@router.get("/conversations", summary="My assistant conversations, latest first")
async def list_conversations(
    principal: CurrentPrincipal, db: DbSession, limit: Annotated[int, Query(ge=1, le=100)] = 50
) -> list[ConversationSummaryOut]:
    return await service.list_conversations(db, principal, limit)


@router.get(
    "/conversations/{conversation_id}",
    summary="One of my conversations with its messages",
    responses={404: {"description": "`conversation_not_found`"}},
)
async def read_conversation(conversation_id: uuid.UUID, principal: CurrentPrincipal, db: DbSession) -> ConversationOut:
    return await service.read_conversation(db, principal, conversation_id)


@router.delete(
    "/conversations/{conversation_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete one of my conversations",
    responses={404: {"description": "`conversation_not_found`"}},
)
async def delete_conversation(conversation_id: uuid.UUID, principal: CurrentPrincipal, db: DbSession) -> None:
    await service.delete_conversation(db, principal, conversation_id)


# --- flow builder --------------------------------------------------------------------------


@router.post(
    "/flows/build",
    status_code=status.HTTP_201_CREATED,
    summary="Build a draft flow from a description (and a pasted runbook); never published",
    description="With a model: draft, validate, feed the errors back, at most 3 rounds; a draft that still "
    "does not validate falls back to the offline builder (runbook lines as steps), which always validates.",
)
async def build_flow(body: FlowBuildIn, principal: Engineer, db: DbSession, copilot: CopilotDep) -> FlowBuildOut:
    return await service.build_flow(db, copilot, principal, body)


# --- status, usage and budget --------------------------------------------------------------


@router.get("/status", summary="Which provider answers, the models per tier, and the team's budget state")
async def copilot_status(principal: CurrentPrincipal, db: DbSession, copilot: CopilotDep) -> CopilotStatusOut:
    return CopilotStatusOut.model_validate(await service.status(db, copilot, principal.scope))


@router.get(
    "/usage", summary="The team's copilot usage this month per feature and tier, the latest entries, the budget"
)
async def read_usage(principal: TeamAdmin, db: DbSession, settings: SettingsDep, copilot: CopilotDep) -> UsageOut:
    return await usage.usage(db, settings, principal.scope, copilot.mode)


@router.put(
    "/budget",
    summary="Set the team's monthly AI budget in USD (null: the installation default)",
    description="From 80 % of it answers carry a warning; at 100 % the team is answered offline until the month ends.",
)
async def set_budget(body: BudgetIn, principal: TeamAdmin, db: DbSession, settings: SettingsDep) -> BudgetOut:
    return await usage.set_budget(db, settings, principal, body.monthly_budget_usd)


@router.post(
    "/flywheel/run",
    summary="Run the knowledge flywheel for the team now (it also runs nightly)",
    responses={409: {"description": "`flywheel_running`"}},
)
async def run_flywheel(principal: TeamAdmin, db: DbSession, copilot: CopilotDep, embedder: Embedder) -> FlywheelRunOut:
    result = await flywheel.run_for_team(db, copilot, embedder, principal.team_id)
    assert result is not None  # only scheduled runs are skipped
    return result


# --- the review queue ----------------------------------------------------------------------


@proposals_router.get("", summary="The flywheel's proposals, newest first")
async def list_proposals(
    principal: CurrentPrincipal,
    db: DbSession,
    proposal_status: Annotated[Literal["pending", "accepted", "rejected"] | None, Query(alias="status")] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 25,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> ProposalPageOut:
    return await flywheel.list_proposals(db, principal.scope, proposal_status, limit, cursor)


@proposals_router.get(
    "/{proposal_id}", summary="One proposal with its evidence", responses={404: {"description": "`proposal_not_found`"}}
)
async def read_proposal(proposal_id: uuid.UUID, principal: CurrentPrincipal, db: DbSession) -> ProposalOut:
    return await flywheel.get_proposal(db, principal.scope, proposal_id)


@proposals_router.post(
    "/{proposal_id}/accept",
    summary="Accept: a new flow becomes a draft flow, a branch a new answer in the flow's draft (nothing is published)",
    responses={
        404: {"description": "`proposal_not_found`"},
        409: {"description": "`proposal_decided`, `proposal_flow_gone`, `proposal_invalid`, `draft_conflict`"},
    },
)
async def accept_proposal(proposal_id: uuid.UUID, principal: TeamAdmin, db: DbSession) -> ProposalOut:
    return await flywheel.accept(db, principal, proposal_id)


@proposals_router.post(
    "/{proposal_id}/reject",
    summary="Reject with a reason",
    responses={404: {"description": "`proposal_not_found`"}, 409: {"description": "`proposal_decided`"}},
)
async def reject_proposal(proposal_id: uuid.UUID, body: RejectIn, principal: TeamAdmin, db: DbSession) -> ProposalOut:
    return await flywheel.reject(db, principal, proposal_id, body.reason)
