"""FlowPilot's features: next-step suggestion, ticket summary, escalation briefing, assistant chat and
the flow builder (the flywheel is in flywheel.py). No HTTP here, except the SSE text streams return.

Every feature runs the same way:
  1. gather the facts from the team's data (the log, history, retrieval), which the offline answer
     is made of anyway;
  2. route (fast or deep tier, `routing.py`) and check the budget (`usage.py`);
  3. with a key and budget left, ask the model: our task in the system prompt, the data redacted and
     fenced (`prompts.py`), the answer a forced tool call parsed into a strict schema and checked
     against the flow; on any failure, or with no key, or over budget: the offline answer, labelled;
  4. write one usage ledger row.
"""

import json
import re
import time
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.auth.deps import Principal
from app.copilot import history, offline, prompts, retrieval, usage
from app.copilot.errors import (
    ConversationNotFound,
    SuggestionAlreadyDecided,
    SuggestionNotFound,
    SummaryNotFound,
)
from app.copilot.history import NodeHistory, Trail
from app.copilot.models import CopilotConversation, CopilotDocument, CopilotMessage
from app.copilot.offline import OfflineSuggestion, RankedAnswer
from app.copilot.providers.anthropic import AnthropicProvider
from app.copilot.providers.base import (
    ChatProvider,
    ChatRequest,
    ChatResult,
    Completed,
    ProviderFailed,
    TextDelta,
    ToolSnapshot,
)
from app.copilot.retrieval import Source
from app.copilot.routing import Feature, Route, Signals, route
from app.copilot.schemas import (
    AiBriefingOut,
    AlternativeOut,
    AnswerRef,
    BudgetOut,
    ChatAnswerOut,
    ChatIn,
    CitationOut,
    ConversationOut,
    ConversationSummaryOut,
    FlowBuildIn,
    FlowBuildOut,
    MessageOut,
    ModelBriefing,
    ModelFlowDraft,
    ModelSuggestion,
    ModelSummary,
    ProviderOut,
    SuggestionDecisionIn,
    SuggestionDecisionOut,
    SuggestionOut,
    SummaryOut,
)
from app.core.clock import utcnow
from app.core.config import Settings
from app.core.logging import get_logger
from app.core.tenancy import TeamScope, in_team
from app.embeddings.providers import EmbeddingProvider
from app.flows import service as flows
from app.flows.graph import Node
from app.flows.schemas import FlowCreateIn
from app.flows.validation import ValidationReport, validate_graph
from app.redaction.engine import RedactionDocument
from app.redaction.service import redactor_for_team
from app.sessions import document
from app.sessions import service as sessions
from app.sessions.document import DocumentFormat
from app.sessions.errors import FlowDeleted, NotSessionOwner, SessionEnded, SessionEscalated, WrongSessionMode
from app.sessions.events import FINAL_STATUSES, CopilotAccepted, CopilotSuggested, SessionStatus
from app.sessions.models import SessionEvent
from app.sessions.schemas import Briefing, EscalationItemOut
from app.sessions.service import SessionLog
from app.sessions.state import FlowGraph, distances_to_resolution

log = get_logger(__name__)

OFFLINE = "offline"
NO_KEY = "no API key configured: answered from the team's own data"
MAX_BUILD_ROUNDS = 3
CHAT_HISTORY = 10
STREAM_CHUNK_WORDS = 8


# --- the runtime: one per process ------------------------------------------------------------


@dataclass
class CopilotRuntime:
    settings: Settings
    provider: ChatProvider | None

    @property
    def mode(self) -> str:
        return self.provider.name if self.provider is not None else OFFLINE

    async def aclose(self) -> None:
        close = getattr(self.provider, "aclose", None)
        if close is not None:
            await close()


def create_runtime(settings: Settings) -> CopilotRuntime:
    key = settings.anthropic_api_key
    provider = AnthropicProvider(settings) if key is not None and key.get_secret_value() else None
    return CopilotRuntime(settings, provider)


# --- planning: tier, budget, model or offline ------------------------------------------------


@dataclass
class Plan:
    feature: Feature
    route: Route
    budget: BudgetOut
    use_model: bool
    offline_reason: str
    notice: str | None


async def plan(db: AsyncSession, runtime: CopilotRuntime, scope: TeamScope, feature: Feature, signals: Signals) -> Plan:
    chosen = route(feature, signals, runtime.settings)
    budget = await usage.budget(db, runtime.settings, scope)
    notice = usage.budget_notice(budget)
    if runtime.provider is None:
        return Plan(feature, chosen, budget, False, NO_KEY, notice)
    if budget.state == "exhausted":
        return Plan(feature, chosen, budget, False, "monthly AI budget used up", notice)
    return Plan(feature, chosen, budget, True, "", notice)


def provider_out(
    runtime: CopilotRuntime, plan_: Plan, *, answered_by_model: bool, fallback: str | None = None
) -> ProviderOut:
    if answered_by_model:
        return ProviderOut(
            provider="anthropic",
            offline=False,
            tier=plan_.route.tier,
            model=plan_.route.model,
            reason=plan_.route.reason,
            route_reason=plan_.route.reason,
            notice=plan_.notice,
            budget=plan_.budget,
        )
    reason = f"fallback: {fallback}" if fallback else plan_.offline_reason
    notice = plan_.notice
    if fallback:
        notice = "FlowPilot could not reach the AI provider; this answer comes from the team's own data."
    return ProviderOut(
        provider="offline",
        offline=True,
        tier=plan_.route.tier,
        model=OFFLINE,
        reason=reason,
        route_reason=plan_.route.reason,
        notice=notice,
        budget=plan_.budget,
    )


@dataclass
class Outcome:
    """What one answer cost, for the ledger."""

    by_model: bool = False
    fallback: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = field(default_factory=time.monotonic)

    def add(self, result: ChatResult) -> None:
        self.input_tokens += result.input_tokens
        self.output_tokens += result.output_tokens


async def _record(
    db: AsyncSession,
    runtime: CopilotRuntime,
    scope: TeamScope,
    user_id: uuid.UUID | None,
    plan_: Plan,
    outcome: Outcome,
) -> None:
    if outcome.by_model:
        status, provider, model, reason = "ok", "anthropic", plan_.route.model, plan_.route.reason
    elif outcome.fallback:
        status, provider, model, reason = "fallback", OFFLINE, plan_.route.model, outcome.fallback
    elif plan_.budget.state == "exhausted" and runtime.provider is not None:
        status, provider, model, reason = "budget_exhausted", OFFLINE, OFFLINE, plan_.offline_reason
    else:
        status, provider, model, reason = "offline", OFFLINE, OFFLINE, plan_.offline_reason
    entry = usage.Entry(
        feature=plan_.feature,
        tier=plan_.route.tier,
        provider=provider,
        model=model,
        outcome=status,
        reason=reason,
        input_tokens=outcome.input_tokens,
        output_tokens=outcome.output_tokens,
        latency_ms=round((time.monotonic() - outcome.started) * 1000),
    )
    await usage.record(db, runtime.settings, scope, user_id, entry)


class InvalidAnswer(ValueError):
    """A model answer that parses but names something the flow does not have."""


def _failure(exc: BaseException) -> str:
    if isinstance(exc, ProviderFailed):
        return exc.reason
    if isinstance(exc, ValidationError | InvalidAnswer):
        return "the model's answer did not fit the schema or the flow"
    return f"unexpected {type(exc).__name__}"


async def _redaction(db: AsyncSession, scope: TeamScope) -> RedactionDocument:
    return (await redactor_for_team(db, scope.team_id)).document()


def sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, separators=(',', ':'), default=str)}\n\n"


def _chunks(text: str) -> list[str]:
    words = text.split(" ")
    return [" ".join(words[i : i + STREAM_CHUNK_WORDS]) + " " for i in range(0, len(words), STREAM_CHUNK_WORDS)]


def _citations(
    sources: list[Source], redaction: RedactionDocument, numbers: list[int] | None = None
) -> list[CitationOut]:
    wanted = numbers if numbers is not None else list(range(1, len(sources) + 1))
    return [
        CitationOut(
            n=n,
            type=sources[n - 1].type,
            id=sources[n - 1].id,
            title=redaction.redact(sources[n - 1].title).text,
            link=sources[n - 1].link,
            snippet=redaction.redact(sources[n - 1].snippet).text,
        )
        for n in wanted
    ]


def _sources_block(sources: list[Source]) -> str:
    return "\n\n".join(f"[{n}] ({source.type}) {source.title}\n{source.snippet}" for n, source in enumerate(sources, 1))


# --- next-step suggestion ------------------------------------------------------------------


@dataclass
class SuggestionContext:
    principal: Principal
    log: SessionLog
    graph: FlowGraph
    node: Node
    history: NodeHistory
    trail: Trail
    offline: OfflineSuggestion
    loop_warning: str | None
    sources: list[Source]
    plan: Plan
    redaction: RedactionDocument


def _check_open(log_: SessionLog, principal: Principal) -> FlowGraph:
    session = log_.session
    if session.owner_id != principal.user_id:
        raise NotSessionOwner
    if session.status in FINAL_STATUSES:
        raise SessionEnded
    if session.status == SessionStatus.ESCALATED:
        raise SessionEscalated
    if log_.graph is None or session.current_node not in log_.graph.nodes:
        raise FlowDeleted
    if session.mode != "path":
        raise WrongSessionMode("FlowPilot suggests next steps on troubleshooting paths; a checklist has none.")
    return log_.graph


async def prepare_suggestion(
    db: AsyncSession,
    runtime: CopilotRuntime,
    embedder: EmbeddingProvider | None,
    principal: Principal,
    session_id: uuid.UUID,
) -> SuggestionContext:
    """Everything a suggestion is made from; raises the session's errors before any streaming."""
    scope = principal.scope
    log_ = await sessions.load_log(db, scope, session_id)
    graph = _check_open(log_, principal)
    session = log_.session
    node = graph.nodes[session.current_node]
    assert session.flow.id is not None  # a graph means the flow exists
    node_history = await history.node_history(db, scope, session.flow.id, node.id, exclude=session.id)
    trail = history.trail(log_.events, node.id)
    distances = distances_to_resolution(graph)
    suggestion = offline.suggest(graph, node, node_history, distances, trail)
    notes = " ".join(event.payload.text for event in log_.events if event.payload.type == "note")
    similar = await retrieval.sessions(
        db, scope, f"{session.flow.title} {node.title} {notes}"[:2000], embedder, limit=2, exclude=session.id
    )
    signals = Signals(
        failed_steps=trail.failed_steps,
        revisits=history.revisits(trail),
        went_back=trail.went_back,
        escalated_before=trail.escalated_before,
        history_share=node_history.top_share() if node.kind in ("question", "action") else 1.0,
    )
    plan_ = await plan(db, runtime, scope, "suggest", signals)
    redaction = await _redaction(db, scope)
    # No transaction (nor connection) stays open while the answer streams.
    await db.commit()
    return SuggestionContext(
        principal=principal,
        log=log_,
        graph=graph,
        node=node,
        history=node_history,
        trail=trail,
        offline=suggestion,
        loop_warning=history.loop_warning(trail, graph, node.id),
        sources=similar,
        plan=plan_,
        redaction=redaction,
    )


def _suggestion_request(ctx: SuggestionContext) -> ChatRequest:
    builder = prompts.PromptBuilder(ctx.redaction)
    session = ctx.log.session
    timeline = document.export(ctx.log, DocumentFormat.TXT, ctx.redaction).content
    node = ctx.node
    answers = "\n".join(
        f"{i}: {answer.label} -> {ctx.graph.nodes[answer.target].title}" for i, answer in enumerate(node.answers)
    )
    current = f"id: {node.id}\nkind: {node.kind}\ntitle: {node.title}\n{node.body}\n" + (
        f"answers:\n{answers}" if answers else ""
    )
    stats = ", ".join(
        f"{choice}: {ctx.history.count(choice)} ({ctx.history.resolved[choice]} in resolved sessions)"
        for choice in sorted({*ctx.history.resolved, *ctx.history.other})
    )
    builder.data("session log", timeline[:12_000]).data("current node", current)
    builder.data("team history at this node", stats or "no past sessions reached this node")
    if ctx.loop_warning:
        builder.data("loop check", ctx.loop_warning)
    if ctx.sources:
        builder.data("similar resolved sessions", _sources_block(ctx.sources))
    tool = prompts.tool("record_suggestion", "Record the suggested next step.", ModelSuggestion)
    return ChatRequest(
        model=ctx.plan.route.model,
        system=builder.system(prompts.SUGGEST_TASK + f"\nThe session is “{builder.redact(session.flow.title)}”."),
        messages=[{"role": "user", "content": builder.message()}],
        max_tokens=800,
        tool=tool,
    )


_KIND_ACTION = {"question": "answer", "action": "do_action", "input": "capture_input", "resolution": "end_resolved"}


def _checked(ctx: SuggestionContext, answer: ModelSuggestion) -> OfflineSuggestion:
    """The model's suggestion if it names only what the current node has; InvalidAnswer otherwise."""
    node = ctx.node
    expected = _KIND_ACTION.get(node.kind, "escalate")
    if answer.action != expected:
        raise InvalidAnswer(f"action {answer.action} does not fit a {node.kind} node")
    ranked = {item.index: item for item in offline.rank_answers(node, ctx.history, {}, None)}
    chosen: RankedAnswer | None = None
    alternatives: list[RankedAnswer] = []
    if node.kind == "question":
        if answer.answer_index is None or answer.answer_index not in ranked:
            raise InvalidAnswer("the answer index is not one of the node's answers")
        chosen = ranked[answer.answer_index]
        for alternative in answer.alternatives:
            if alternative.answer_index not in ranked or alternative.answer_index == chosen.index:
                raise InvalidAnswer("an alternative is not another answer of the node")
            alternatives.append(ranked[alternative.answer_index])
    elif answer.answer_index is not None or answer.alternatives:
        raise InvalidAnswer("answers named for a node without answers")
    return OfflineSuggestion(answer.action, chosen, alternatives, round(answer.confidence, 2), answer.rationale.strip())


def _answer_ref(ctx: SuggestionContext, item: RankedAnswer) -> AnswerRef:
    return AnswerRef(
        index=item.index, label=item.label, target=item.target, target_title=ctx.graph.nodes[item.target].title
    )


async def stream_suggestion(
    ctx: SuggestionContext, runtime: CopilotRuntime, sessionmaker: async_sessionmaker[AsyncSession]
) -> AsyncIterator[str]:
    """SSE: `meta`, `delta`s of the rationale, maybe `fallback`, then `suggestion` (logged) and `done`."""
    plan_ = ctx.plan
    outcome = Outcome()
    yield sse("meta", {"planned": plan_.route.tier, "model": plan_.route.model if plan_.use_model else OFFLINE})
    chosen: OfflineSuggestion | None = None
    if plan_.use_model and runtime.provider is not None:
        shown = ""
        try:
            async for event in runtime.provider.stream(_suggestion_request(ctx)):
                if isinstance(event, ToolSnapshot):
                    rationale = event.input.get("rationale")
                    if isinstance(rationale, str) and len(rationale) > len(shown) and rationale.startswith(shown):
                        yield sse("delta", {"text": rationale[len(shown) :]})
                        shown = rationale
                elif isinstance(event, Completed):
                    outcome.add(event.result)
                    chosen = _checked(ctx, ModelSuggestion.model_validate(event.result.tool_input or {}))
                    outcome.by_model = True
        except Exception as exc:  # any failure of the provider or its answer: the offline answer instead
            outcome.fallback = _failure(exc)
            log.warning("copilot.fallback", extra={"feature": "suggest", "reason": outcome.fallback})
            yield sse("fallback", {"reason": outcome.fallback})
            chosen = None
    if chosen is None:
        chosen = ctx.offline
        for chunk in _chunks(chosen.rationale):
            yield sse("delta", {"text": chunk})
    provider = provider_out(runtime, plan_, answered_by_model=outcome.by_model, fallback=outcome.fallback)
    answer = None if chosen.answer is None else _answer_ref(ctx, chosen.answer)
    label = f"“{answer.label}”: " if answer else ""
    payload = CopilotSuggested(
        node_id=ctx.node.id,
        suggestion=_short_text(f"{label}{chosen.rationale}", 2000),
        confidence=chosen.confidence,
        action=chosen.action,
        answer=None if answer is None else answer.index,
        offline=provider.offline,
    )
    scope = ctx.principal.scope
    async with sessionmaker() as db:
        try:
            logged = await sessions.log_copilot_event(db, ctx.principal, ctx.log.session.id, payload)
        except (SessionEnded, SessionEscalated, NotSessionOwner) as exc:
            yield sse("error", exc.body())
            return
        await _record(db, runtime, scope, ctx.principal.user_id, plan_, outcome)
    share = {item.index: item.share for item in offline.rank_answers(ctx.node, ctx.history, {}, None)}
    out = SuggestionOut(
        session_id=ctx.log.session.id,
        node_id=ctx.node.id,
        node_title=ctx.node.title,
        action=chosen.action,
        answer=answer,
        rationale=ctx.redaction.redact(chosen.rationale).text,
        confidence=min(1.0, max(0.0, chosen.confidence)),
        alternatives=[
            AlternativeOut(
                answer=_answer_ref(ctx, item),
                share=share.get(item.index),
                why=f"Chosen in {ctx.history.count(item.label)} of {ctx.history.total} past sessions here."
                if ctx.history.total
                else "Another answer of this question.",
            )
            for item in chosen.alternatives
        ],
        loop_warning=ctx.loop_warning,
        history_sessions=ctx.history.total,
        sources=_citations(ctx.sources, ctx.redaction),
        suggestion_seq=logged.seq,
        last_seq=logged.seq,
        provider=provider,
    )
    yield sse("suggestion", out.model_dump(mode="json"))
    yield sse("done", {})


def _short_text(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


async def decide_suggestion(
    db: AsyncSession, principal: Principal, session_id: uuid.UUID, body: SuggestionDecisionIn
) -> SuggestionDecisionOut:
    """Log the owner's acceptance or dismissal of a suggestion (once per suggestion)."""
    await sessions.load_log(db, principal.scope, session_id)  # 404 for another team's session
    stmt = select(SessionEvent.type, SessionEvent.payload).where(SessionEvent.session_id == session_id)
    rows = (await db.execute(stmt.where(SessionEvent.seq == body.suggestion_seq))).one_or_none()
    if rows is None or rows.type != "copilot_suggested":
        raise SuggestionNotFound
    decided = select(SessionEvent.seq).where(
        SessionEvent.session_id == session_id,
        SessionEvent.type == "copilot_accepted",
        SessionEvent.payload["suggestion_seq"].astext == str(body.suggestion_seq),
    )
    if (await db.execute(decided)).first() is not None:
        raise SuggestionAlreadyDecided
    payload = CopilotAccepted(suggestion_seq=body.suggestion_seq, decision=body.decision)
    event = await sessions.log_copilot_event(db, principal, session_id, payload)
    return SuggestionDecisionOut(seq=event.seq, last_seq=event.seq)


# --- one structured answer (summary, briefing) -----------------------------------------------


async def _structured(
    runtime: CopilotRuntime, plan_: Plan, outcome: Outcome, request: Callable[[], ChatRequest]
) -> dict[str, Any] | None:
    """The model's tool input, or None (offline: no key, no budget, or a failure, recorded in `outcome`)."""
    if not plan_.use_model or runtime.provider is None:
        return None
    try:
        result = await runtime.provider.complete(request())
        outcome.add(result)
        if result.tool_input is None:
            raise InvalidAnswer("no tool call")
        return result.tool_input
    except Exception as exc:
        outcome.fallback = _failure(exc)
        log.warning("copilot.fallback", extra={"feature": plan_.feature, "reason": outcome.fallback})
        return None


# --- summary -------------------------------------------------------------------------------


def _summary_out(row: CopilotDocument, last_seq: int, route_: ProviderOut | None = None) -> SummaryOut:
    return SummaryOut(
        session_id=row.session_id,
        text=row.text,
        generated_text=row.generated_text,
        edited=row.edited_by_id is not None,
        stale=row.source_seq < last_seq,
        source_seq=row.source_seq,
        provider="offline" if row.provider == OFFLINE else "anthropic",
        model=row.model,
        updated_at=row.updated_at,
        route=route_,
    )


async def _store(db: AsyncSession, scope: TeamScope, session_id: uuid.UUID, kind: str, values: dict[str, Any]) -> None:
    values = {**values, "updated_at": utcnow()}
    stmt = insert(CopilotDocument).values(team_id=scope.team_id, session_id=session_id, kind=kind, **values)
    await db.execute(stmt.on_conflict_do_update(index_elements=["session_id", "kind"], set_=values))


async def _document(db: AsyncSession, scope: TeamScope, session_id: uuid.UUID, kind: str) -> CopilotDocument | None:
    stmt = in_team(select(CopilotDocument), CopilotDocument, scope).where(
        CopilotDocument.session_id == session_id, CopilotDocument.kind == kind
    )
    return (await db.execute(stmt.execution_options(populate_existing=True))).scalar_one_or_none()


async def generate_summary(
    db: AsyncSession, runtime: CopilotRuntime, principal: Principal, session_id: uuid.UUID
) -> SummaryOut:
    scope = principal.scope
    log_ = await sessions.load_log(db, scope, session_id)
    trail = history.trail(log_.events, log_.session.current_node)
    plan_ = await plan(db, runtime, scope, "summary", Signals(events=trail.events, text_chars=trail.text_chars))
    redaction = await _redaction(db, scope)
    outcome = Outcome()

    def request() -> ChatRequest:
        builder = prompts.PromptBuilder(redaction)
        builder.data("session log", document.export(log_, DocumentFormat.TXT, redaction).content[:20_000])
        return ChatRequest(
            model=plan_.route.model,
            system=builder.system(prompts.SUMMARY_TASK),
            messages=[{"role": "user", "content": builder.message()}],
            max_tokens=700,
            tool=prompts.tool("write_summary", "Record the ticket summary.", ModelSummary),
        )

    answer = await _structured(runtime, plan_, outcome, request)
    text = None
    if answer is not None:
        try:
            text = ModelSummary.model_validate(answer).summary.strip()
            outcome.by_model = True
        except ValidationError as exc:
            outcome.fallback = _failure(exc)
    if text is None:
        text = offline.summary(log_.session, log_.events, log_.graph)
    text = redaction.redact(text).text
    provider = provider_out(runtime, plan_, answered_by_model=outcome.by_model, fallback=outcome.fallback)
    values: dict[str, Any] = {
        "text": text,
        "generated_text": text,
        "data": {},
        "provider": provider.provider,
        "model": provider.model,
        "edited_by_id": None,
        "source_seq": log_.session.last_seq,
    }
    await _store(db, scope, session_id, "summary", values)
    await _record(db, runtime, scope, principal.user_id, plan_, outcome)
    row = await _document(db, scope, session_id, "summary")
    assert row is not None
    return _summary_out(row, log_.session.last_seq, provider)


async def read_summary(db: AsyncSession, scope: TeamScope, session_id: uuid.UUID) -> SummaryOut:
    session = await sessions.get_session(db, scope, session_id)
    row = await _document(db, scope, session_id, "summary")
    if row is None:
        raise SummaryNotFound
    return _summary_out(row, session.last_seq)


async def edit_summary(db: AsyncSession, principal: Principal, session_id: uuid.UUID, text: str) -> SummaryOut:
    scope = principal.scope
    session = await sessions.get_session(db, scope, session_id)
    row = await _document(db, scope, session_id, "summary")
    if row is None:
        raise SummaryNotFound
    row.text = text
    row.edited_by_id = principal.user_id
    row.updated_at = utcnow()
    await db.commit()
    return _summary_out(row, session.last_seq)


# --- escalation briefing -------------------------------------------------------------------


def _briefing_out(data: dict[str, Any], provider: str, model: str, at: Any) -> AiBriefingOut:
    parsed = ModelBriefing.model_validate(data)
    return AiBriefingOut(
        **parsed.model_dump(), provider="offline" if provider == OFFLINE else "anthropic", model=model, generated_at=at
    )


async def generate_briefing(
    db: AsyncSession,
    runtime: CopilotRuntime,
    embedder: EmbeddingProvider | None,
    scope: TeamScope,
    user_id: uuid.UUID,
    session_id: uuid.UUID,
) -> AiBriefingOut:
    """FlowPilot's briefing for whoever takes the session over (deep tier), stored with the session."""
    log_ = await sessions.load_log(db, scope, session_id)
    session, graph = log_.session, log_.graph
    package = sessions.build_briefing(session, log_.events, graph)
    plan_ = await plan(db, runtime, scope, "briefing", Signals())
    redaction = await _redaction(db, scope)
    next_step = None
    if graph is not None and session.flow.id is not None:
        node = graph.nodes[session.current_node]
        node_history = await history.node_history(db, scope, session.flow.id, node.id, exclude=session.id)
        trail = history.trail(log_.events, node.id)
        suggestion = offline.suggest(graph, node, node_history, distances_to_resolution(graph), trail)
        label = f" “{suggestion.answer.label}”" if suggestion.answer else ""
        next_step = f"At “{node.title}”:{label} {suggestion.rationale}"
    question = f"{session.flow.title} " + " ".join(finding.text for finding in package.found)[:2000]
    similar = await retrieval.sessions(db, scope, question, embedder, limit=2, exclude=session.id)
    outcome = Outcome()

    def request() -> ChatRequest:
        builder = prompts.PromptBuilder(redaction)
        builder.data("session log", document.export(log_, DocumentFormat.TXT, redaction).content[:20_000])
        builder.data("open questions", "\n".join(package.open_questions) or "none")
        if similar:
            builder.data("similar resolved sessions", _sources_block(similar))
        return ChatRequest(
            model=plan_.route.model,
            system=builder.system(prompts.BRIEFING_TASK),
            messages=[{"role": "user", "content": builder.message()}],
            max_tokens=1000,
            tool=prompts.tool("write_briefing", "Record the escalation briefing.", ModelBriefing),
        )

    answer = await _structured(runtime, plan_, outcome, request)
    data: dict[str, Any] | None = None
    if answer is not None:
        try:
            data = ModelBriefing.model_validate(answer).model_dump()
            outcome.by_model = True
        except ValidationError as exc:
            outcome.fallback = _failure(exc)
    if data is None:
        data = offline.briefing(session, package, log_.events, next_step, similar).model_dump()
    data = _redacted(data, redaction)
    provider = provider_out(runtime, plan_, answered_by_model=outcome.by_model, fallback=outcome.fallback)
    values = {
        "text": data["summary"],
        "generated_text": data["summary"],
        "data": data,
        "provider": provider.provider,
        "model": provider.model,
        "edited_by_id": None,
        "source_seq": session.last_seq,
    }
    await _store(db, scope, session_id, "briefing", values)
    await _record(db, runtime, scope, user_id, plan_, outcome)
    return _briefing_out(data, provider.provider, provider.model, utcnow())


def _redacted(value: Any, redaction: RedactionDocument) -> Any:
    if isinstance(value, str):
        return redaction.redact(value).text
    if isinstance(value, list):
        return [_redacted(item, redaction) for item in value]
    if isinstance(value, dict):
        return {key: _redacted(item, redaction) for key, item in value.items()}
    return value


async def read_briefing(db: AsyncSession, scope: TeamScope, session_id: uuid.UUID) -> AiBriefingOut | None:
    row = await _document(db, scope, session_id, "briefing")
    return None if row is None else _briefing_out(row.data, row.provider, row.model, row.updated_at)


async def with_briefings(db: AsyncSession, scope: TeamScope, items: list[EscalationItemOut]) -> list[EscalationItemOut]:
    """The escalation queue's items with FlowPilot's stored briefings."""
    ids = [item.session.id for item in items]
    if not ids:
        return items
    stmt = in_team(select(CopilotDocument), CopilotDocument, scope).where(
        CopilotDocument.session_id.in_(ids), CopilotDocument.kind == "briefing"
    )
    stored = {row.session_id: row for row in (await db.execute(stmt)).scalars()}
    for item in items:
        row = stored.get(item.session.id)
        if row is not None:
            item.briefing.ai = _briefing_out(row.data, row.provider, row.model, row.updated_at)
    return items


async def attach_briefing(
    db: AsyncSession,
    runtime: CopilotRuntime,
    embedder: EmbeddingProvider | None,
    principal: Principal,
    briefing: Briefing,
) -> Briefing:
    """The escalation package with FlowPilot's briefing (generated now)."""
    briefing.ai = await generate_briefing(
        db, runtime, embedder, principal.scope, principal.user_id, briefing.session_id
    )
    return briefing


# --- assistant chat ------------------------------------------------------------------------


@dataclass
class ChatContext:
    principal: Principal
    conversation_id: uuid.UUID
    question: str
    earlier: list[dict[str, Any]]
    sources: list[Source]
    plan: Plan
    redaction: RedactionDocument


def _message_out(row: CopilotMessage) -> MessageOut:
    return MessageOut(
        id=row.id,
        role=row.role,
        content=row.content,
        citations=[CitationOut.model_validate(citation) for citation in row.citations],
        provider=row.provider,
        created_at=row.created_at,
    )


async def _conversation(db: AsyncSession, principal: Principal, conversation_id: uuid.UUID) -> CopilotConversation:
    stmt = in_team(select(CopilotConversation), CopilotConversation, principal.scope).where(
        CopilotConversation.id == conversation_id, CopilotConversation.user_id == principal.user_id
    )
    row = (await db.execute(stmt)).scalar_one_or_none()
    if row is None:
        raise ConversationNotFound
    return row


async def prepare_chat(
    db: AsyncSession, runtime: CopilotRuntime, embedder: EmbeddingProvider | None, principal: Principal, body: ChatIn
) -> ChatContext:
    """Store the question (in a new conversation or the caller's own), retrieve, and plan."""
    scope = principal.scope
    now = utcnow()
    if body.conversation_id is None:
        conversation = CopilotConversation(
            id=uuid.uuid4(),
            team_id=principal.team_id,
            user_id=principal.user_id,
            title=_short_text(" ".join(body.message.split()), 200),
            created_at=now,
            updated_at=now,
        )
        db.add(conversation)
        earlier: list[CopilotMessage] = []
    else:
        conversation = await _conversation(db, principal, body.conversation_id)
        conversation.updated_at = now
        stmt = (
            select(CopilotMessage)
            .where(CopilotMessage.conversation_id == conversation.id)
            .order_by(CopilotMessage.created_at.desc(), CopilotMessage.id)
            .limit(CHAT_HISTORY)
        )
        earlier = list(reversed((await db.execute(stmt)).scalars().all()))
    await db.flush()
    db.add(
        CopilotMessage(
            id=uuid.uuid4(),
            conversation_id=conversation.id,
            role="user",
            content=body.message,
            citations=[],
            created_at=now,
        )
    )
    await db.commit()
    # The question and, for a follow-up, the previous one: "and on a Mac?" needs its context.
    previous = [row.content for row in earlier if row.role == "user"][-1:]
    sources = await retrieval.retrieve(db, scope, " ".join([*previous, body.message])[:2000], embedder)
    plan_ = await plan(db, runtime, scope, "chat", Signals(text_chars=len(body.message), turns=len(earlier)))
    redaction = await _redaction(db, scope)
    await db.commit()  # nothing stays open while the answer streams
    return ChatContext(
        principal=principal,
        conversation_id=conversation.id,
        question=body.message,
        earlier=[{"role": row.role, "content": row.content} for row in earlier],
        sources=sources,
        plan=plan_,
        redaction=redaction,
    )


_CITED = re.compile(r"\[(\d{1,2})\]")
_DONT_KNOW = re.compile(r"(?i)\b(i don't know|i do not know|not in the (team's )?(knowledge|sources))\b")


def _chat_request(ctx: ChatContext) -> ChatRequest:
    builder = prompts.PromptBuilder(ctx.redaction)
    messages: list[dict[str, Any]] = []
    for earlier in ctx.earlier:
        # Earlier turns are data too: each is fenced and redacted like the new question.
        turn = prompts.PromptBuilder(ctx.redaction, builder.nonce).data(
            f"earlier {earlier['role']} message", earlier["content"]
        )
        messages.append({"role": earlier["role"], "content": turn.message()})
    builder.data("sources", _sources_block(ctx.sources)).data("question", ctx.question)
    messages.append({"role": "user", "content": builder.message()})
    # The API wants alternating roles starting with the user: merge neighbours of one role.
    merged: list[dict[str, Any]] = []
    for message in messages:
        if merged and merged[-1]["role"] == message["role"]:
            merged[-1]["content"] += "\n\n" + message["content"]
        elif merged or message["role"] == "user":
            merged.append(dict(message))
    return ChatRequest(
        model=ctx.plan.route.model, system=builder.system(prompts.CHAT_TASK), messages=merged, max_tokens=1200
    )


async def stream_chat(
    ctx: ChatContext, runtime: CopilotRuntime, sessionmaker: async_sessionmaker[AsyncSession]
) -> AsyncIterator[str]:
    """SSE: `meta`, `delta`s of the answer, maybe `fallback`, then `answer` (stored) and `done`."""
    plan_, outcome = ctx.plan, Outcome()
    yield sse("meta", {"conversation_id": str(ctx.conversation_id), "planned": plan_.route.tier})
    text: str | None = None
    if ctx.sources and plan_.use_model and runtime.provider is not None:
        parts: list[str] = []
        try:
            async for event in runtime.provider.stream(_chat_request(ctx)):
                if isinstance(event, TextDelta):
                    parts.append(event.text)
                    yield sse("delta", {"text": event.text})
                elif isinstance(event, Completed):
                    outcome.add(event.result)
            text = "".join(parts).strip()
            if not text:
                raise InvalidAnswer("empty answer")
            outcome.by_model = True
        except Exception as exc:
            outcome.fallback = _failure(exc)
            log.warning("copilot.fallback", extra={"feature": "chat", "reason": outcome.fallback})
            yield sse("fallback", {"reason": outcome.fallback})
            text = None
    if text is None:
        # Built from the sources' own text: through the team's redaction like the citations under it.
        text = ctx.redaction.redact(offline.chat_answer(ctx.question, ctx.sources)).text
        for chunk in _chunks(text):
            yield sse("delta", {"text": chunk})
    known = bool(ctx.sources) and not _DONT_KNOW.search(text)
    cited = sorted({int(n) for n in _CITED.findall(text) if 1 <= int(n) <= len(ctx.sources)})
    citations = _citations(ctx.sources, ctx.redaction, cited or None) if known else []
    if not ctx.sources and outcome.fallback is None and plan_.use_model:
        plan_ = Plan(
            plan_.feature, plan_.route, plan_.budget, False, "nothing in the team's knowledge matched", plan_.notice
        )
    provider = provider_out(runtime, plan_, answered_by_model=outcome.by_model, fallback=outcome.fallback)
    async with sessionmaker() as db:
        row = CopilotMessage(
            id=uuid.uuid4(),
            conversation_id=ctx.conversation_id,
            role="assistant",
            content=text,
            citations=[citation.model_dump(mode="json") for citation in citations],
            provider=provider.provider,
            created_at=utcnow(),
        )
        db.add(row)
        await db.flush()
        await _record(db, runtime, ctx.principal.scope, ctx.principal.user_id, plan_, outcome)
        answer = ChatAnswerOut(
            conversation_id=ctx.conversation_id, message=_message_out(row), known=known, provider=provider
        )
    yield sse("answer", answer.model_dump(mode="json"))
    yield sse("done", {})


async def list_conversations(db: AsyncSession, principal: Principal, limit: int) -> list[ConversationSummaryOut]:
    stmt = (
        in_team(select(CopilotConversation), CopilotConversation, principal.scope)
        .where(CopilotConversation.user_id == principal.user_id)
        .order_by(CopilotConversation.updated_at.desc(), CopilotConversation.id)
        .limit(limit)
    )
    return [ConversationSummaryOut.model_validate(row) for row in (await db.execute(stmt)).scalars()]


async def read_conversation(db: AsyncSession, principal: Principal, conversation_id: uuid.UUID) -> ConversationOut:
    conversation = await _conversation(db, principal, conversation_id)
    stmt = (
        select(CopilotMessage)
        .where(CopilotMessage.conversation_id == conversation.id)
        .order_by(CopilotMessage.created_at, CopilotMessage.id)
    )
    messages = [_message_out(row) for row in (await db.execute(stmt)).scalars()]
    return ConversationOut(**ConversationSummaryOut.model_validate(conversation).model_dump(), messages=messages)


async def delete_conversation(db: AsyncSession, principal: Principal, conversation_id: uuid.UUID) -> None:
    await db.delete(await _conversation(db, principal, conversation_id))
    await db.commit()


# --- flow builder --------------------------------------------------------------------------


def _title(description: str) -> str:
    first = re.split(r"(?<=[.?!])\s|\n", description.strip(), maxsplit=1)[0]
    return _short_text(first.rstrip(".") or "New flow", 200)


def _problems(exc: ValidationError) -> list[dict[str, str]]:
    return [
        {"where": ".".join(str(part) for part in error["loc"]), "problem": error["msg"]} for error in exc.errors()[:30]
    ]


async def _model_flow(
    runtime: CopilotRuntime, plan_: Plan, outcome: Outcome, redaction: RedactionDocument, body: FlowBuildIn, title: str
) -> tuple[ModelFlowDraft | None, int]:
    """The model's draft after at most MAX_BUILD_ROUNDS rounds of validate-and-repair; None if none validated."""
    assert runtime.provider is not None
    builder = prompts.PromptBuilder(redaction)
    builder.data("flow kind", body.kind.value).data("title", title).data("description", body.description)
    if body.runbook:
        builder.data("runbook", body.runbook)
    messages: list[dict[str, Any]] = [{"role": "user", "content": builder.message()}]
    tool = prompts.tool("draft_flow", "Record the draft flow.", ModelFlowDraft)
    for round_ in range(1, MAX_BUILD_ROUNDS + 1):
        request = ChatRequest(
            model=plan_.route.model,
            system=builder.system(prompts.FLOW_TASK),
            messages=messages,
            max_tokens=8000,
            tool=tool,
        )
        result = await runtime.provider.complete(request)
        outcome.add(result)
        problems: list[dict[str, Any]]
        try:
            draft = ModelFlowDraft.model_validate(result.tool_input or {})
        except ValidationError as exc:
            problems = _problems(exc)
        else:
            report = validate_graph(draft.graph)
            if report.valid:
                return draft, round_
            problems = [problem.model_dump() for problem in report.errors]
        log.info("copilot.flow_builder_repair", extra={"round": round_, "problems": len(problems)})
        tool_use_id = next((block.get("id") for block in result.content if block.get("type") == "tool_use"), None)
        feedback = prompts.defuse(json.dumps({"valid": False, "errors": problems})[:20_000])
        messages.append({"role": "assistant", "content": result.content})
        if tool_use_id is None:
            messages.append({"role": "user", "content": f"The draft did not validate: {feedback}"})
        else:
            messages.append(
                {
                    "role": "user",
                    "content": [
                        {"type": "tool_result", "tool_use_id": tool_use_id, "is_error": True, "content": feedback}
                    ],
                }
            )
    return None, MAX_BUILD_ROUNDS


async def build_flow(
    db: AsyncSession, runtime: CopilotRuntime, principal: Principal, body: FlowBuildIn
) -> FlowBuildOut:
    """A new draft flow from a description (and runbook): the model's after validate-and-repair, or the
    offline builder's. Never published."""
    scope = principal.scope
    plan_ = await plan(db, runtime, scope, "flow_builder", Signals())
    redaction = await _redaction(db, scope)
    title = body.title or _title(body.description)
    outcome = Outcome()
    draft: ModelFlowDraft | None = None
    rounds = 0
    if plan_.use_model:
        try:
            draft, rounds = await _model_flow(runtime, plan_, outcome, redaction, body, title)
            if draft is None:
                outcome.fallback = f"the model's draft did not validate in {MAX_BUILD_ROUNDS} rounds"
        except Exception as exc:
            outcome.fallback = _failure(exc)
        if outcome.fallback:
            log.warning("copilot.fallback", extra={"feature": "flow_builder", "reason": outcome.fallback})
    data: FlowCreateIn | None = None
    if draft is not None:
        try:
            data = FlowCreateIn(
                kind=body.kind,
                title=body.title or draft.title,
                description=draft.description,
                tags=[tag.lower() for tag in draft.tags],
                graph=draft.graph,
            )
            outcome.by_model = True
        except ValidationError as exc:
            outcome.fallback = _failure(exc)
    if data is None:
        graph = offline.build_flow(title, body.description, body.runbook)
        data = FlowCreateIn(kind=body.kind, title=title, description=body.description, graph=graph)
    flow = await flows.create_flow(db, principal, data)
    report: ValidationReport = validate_graph(flow.graph)
    await _record(db, runtime, scope, principal.user_id, plan_, outcome)
    provider = provider_out(runtime, plan_, answered_by_model=outcome.by_model, fallback=outcome.fallback)
    return FlowBuildOut(flow=flow, validation=report, rounds=rounds if outcome.by_model else 0, provider=provider)


async def status(db: AsyncSession, runtime: CopilotRuntime, scope: TeamScope) -> dict[str, Any]:
    budget = await usage.budget(db, runtime.settings, scope)
    return {
        "provider": "anthropic" if runtime.provider is not None else OFFLINE,
        "fast_model": runtime.settings.copilot_fast_model,
        "deep_model": runtime.settings.copilot_deep_model,
        "budget": budget,
    }
