"""The knowledge flywheel: completed sessions in, proposals for new flows and branches out.

A run, for one team, in one transaction under an advisory lock (two replicas or an admin's click
never run it twice at once):
  1. reads the sessions that ended in the last 90 days (at most 2,000), embeds those without a
     vector of the current embedding model and stores the vectors (retrieval uses them too);
  2. keeps the candidates: ended unresolved, abandoned or escalated, or off the flow's path (went
     back, a failed action);
  3. clusters them greedily by cosine similarity of their stories (flow, path, notes, outcome);
  4. proposes, for each cluster of 3 or more with a session that ended since the last run and not
     already behind a proposal, a new branch (most sessions left the same flow at the same question)
     or a new flow, with the sessions as evidence (the model writes the proposal when there is a key
     and budget; the offline provider otherwise);
  5. moves the team's watermark to now.
The app's scheduler runs it nightly on the leading API process; a team run in the last 12 hours is skipped.
"""

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
from pydantic import ValidationError
from sqlalchemy import func, select, text, tuple_
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.auth.deps import Principal
from app.copilot import offline, prompts, usage
from app.copilot.errors import FlywheelBusy, ProposalDecided, ProposalFlowGone, ProposalNotFound
from app.copilot.models import CopilotSettings, Proposal, SessionVector
from app.copilot.providers.base import ChatRequest
from app.copilot.routing import Signals
from app.copilot.schemas import (
    EvidenceOut,
    FlywheelRunOut,
    ModelProposal,
    ProposalOut,
    ProposalPageOut,
    ProposedStepOut,
)
from app.copilot.service import CopilotRuntime, InvalidAnswer, Outcome, _failure, plan
from app.core.clock import utcnow
from app.core.config import Settings
from app.core.errors import Conflict
from app.core.logging import get_logger
from app.core.pagination import cursor_datetime, cursor_uuid, decode_cursor, encode_cursor
from app.core.scheduler import Scheduler
from app.core.tenancy import TeamScope, get_in_team, in_team
from app.embeddings.providers import EmbeddingProvider
from app.flows import service as flows
from app.flows.graph import Graph
from app.flows.models import Flow, FlowStatus
from app.flows.schemas import FlowCreateIn
from app.flows.validation import validate_graph
from app.redaction.service import redactor_for_team
from app.search import service as search
from app.sessions import service as sessions
from app.sessions.events import Answered, SessionStatus
from app.sessions.models import Session, SessionEvent
from app.sessions.state import Event, FlowGraph

log = get_logger(__name__)

LOOKBACK = timedelta(days=90)
MAX_SESSIONS = 2000
MIN_CLUSTER = 3
# Cosine similarity a session's story needs to join a cluster (to its centroid).
SIMILARITY = 0.9
BRANCH_SHARE = 0.6
RECENT_RUN = timedelta(hours=12)
EMBED_BATCH = 64
FINISHED = (SessionStatus.RESOLVED, SessionStatus.UNRESOLVED, SessionStatus.ABANDONED, SessionStatus.ESCALATED)
LOCK_SQL = text("SELECT pg_try_advisory_xact_lock(hashtext('rf_copilot_flywheel'), hashtext(:team_id))")


@dataclass
class Story:
    session_id: uuid.UUID
    flow_id: uuid.UUID | None
    flow_title: str
    outcome: str
    ended_at: datetime | None
    text: str
    notes: list[str]
    end_node: str | None
    anchor: str | None  # the last question answered
    deviating: bool
    vector: np.ndarray[Any, Any] | None = None

    @property
    def candidate(self) -> bool:
        return self.outcome != SessionStatus.RESOLVED.value or self.deviating


@dataclass
class Cluster:
    members: list[Story] = field(default_factory=list)
    total: np.ndarray[Any, Any] | None = None

    def centroid(self) -> np.ndarray[Any, Any]:
        assert self.total is not None
        norm = np.linalg.norm(self.total)
        return self.total / (norm or 1.0)

    def add(self, story: Story) -> None:
        assert story.vector is not None
        self.members.append(story)
        self.total = story.vector.copy() if self.total is None else self.total + story.vector


def cluster(stories: list[Story], similarity: float = SIMILARITY) -> list[Cluster]:
    """Greedy: each story (oldest first) joins the most similar cluster centroid at or above
    `similarity`, else starts a cluster. Deterministic for a given order."""
    clusters: list[Cluster] = []
    for story in stories:
        assert story.vector is not None
        best, best_similarity = None, similarity
        for candidate in clusters:
            value = float(np.dot(candidate.centroid(), story.vector))
            if value >= best_similarity:
                best, best_similarity = candidate, value
        if best is None:
            best = Cluster()
            clusters.append(best)
        best.add(story)
    return clusters


def _graph_of(graphs: dict[tuple[uuid.UUID, int], FlowGraph], row: Session) -> FlowGraph | None:
    if row.flow_id is None or row.flow_version is None:
        return None
    return graphs.get((row.flow_id, row.flow_version))


async def _stories(db: AsyncSession, scope: TeamScope, since: datetime) -> list[Story]:
    stmt = (
        in_team(select(Session), Session, scope)
        .where(Session.status.in_([status.value for status in FINISHED]), Session.ended_at >= since)
        .order_by(Session.ended_at, Session.id)
        .limit(MAX_SESSIONS)
    )
    rows = list((await db.execute(stmt)).scalars())
    if not rows:
        return []
    events: dict[uuid.UUID, list[Event]] = defaultdict(list)
    stored = select(SessionEvent).where(SessionEvent.session_id.in_([row.id for row in rows]))
    for event in (await db.execute(stored.order_by(SessionEvent.session_id, SessionEvent.seq))).scalars():
        events[event.session_id].append(sessions.event_of(event))
    graphs: dict[tuple[uuid.UUID, int], FlowGraph] = {}
    for key in {(row.flow_id, row.flow_version) for row in rows if row.flow_id and row.flow_version}:
        graphs[key] = await sessions.GRAPHS.get(db, *key)
    stories = []
    for row in rows:
        log_ = events[row.id]
        graph = _graph_of(graphs, row)
        story_text, notes, end_node = offline.session_story(row.flow_title, row.status, log_, graph, row.ended_at)
        anchors = [event.payload.node_id for event in log_ if isinstance(event.payload, Answered)]
        deviating = any(
            event.payload.type == "went_back"
            or (event.payload.type == "action_done" and event.payload.result == "failed")
            for event in log_
        )
        stories.append(
            Story(
                session_id=row.id,
                flow_id=row.flow_id,
                flow_title=row.flow_title,
                outcome=row.status,
                ended_at=row.ended_at,
                text=story_text,
                notes=notes,
                end_node=None if end_node is None or graph is None else graph.nodes[end_node].title,
                anchor=anchors[-1] if anchors else None,
                deviating=deviating,
            )
        )
    return stories


async def _embed(db: AsyncSession, scope: TeamScope, embedder: EmbeddingProvider, stories: list[Story]) -> int:
    """Read stored vectors of the current model; embed and store the missing ones. Returns how many were embedded."""
    by_id = {story.session_id: story for story in stories}
    stmt = in_team(select(SessionVector.session_id, SessionVector.embedding), SessionVector, scope).where(
        SessionVector.session_id.in_(list(by_id)), SessionVector.model == embedder.model
    )
    for session_id, vector in await db.execute(stmt):
        by_id[session_id].vector = np.asarray(vector, dtype=np.float32)
    missing = [story for story in stories if story.vector is None]
    for start in range(0, len(missing), EMBED_BATCH):
        batch = missing[start : start + EMBED_BATCH]
        vectors = await embedder.embed_documents([story.text for story in batch])
        rows = []
        for story, vector in zip(batch, vectors, strict=True):
            array = np.asarray(vector, dtype=np.float32)
            story.vector = array / (np.linalg.norm(array) or 1.0)
            rows.append(
                {
                    "session_id": story.session_id,
                    "team_id": scope.team_id,
                    "model": embedder.model,
                    "dimensions": len(vector),
                    "embedding": vector,
                    "outcome": story.outcome,
                    "embedded_at": utcnow(),
                }
            )
        insert_stmt = insert(SessionVector).values(rows)
        excluded = insert_stmt.excluded
        await db.execute(
            insert_stmt.on_conflict_do_update(
                index_elements=["session_id"],
                set_={key: excluded[key] for key in ("model", "dimensions", "embedding", "outcome", "embedded_at")},
            )
        )
    return len(missing)


async def _covered(db: AsyncSession, scope: TeamScope) -> set[uuid.UUID]:
    """Sessions already behind a proposal (pending or decided)."""
    stmt = in_team(select(Proposal.evidence), Proposal, scope)
    return {uuid.UUID(item["session_id"]) for (evidence,) in await db.execute(stmt) for item in evidence}


def _evidence(story: Story) -> dict[str, Any]:
    excerpt = "; ".join(story.notes[:2]) or story.text.split("\n")[-1]
    return {
        "session_id": str(story.session_id),
        "flow_title": story.flow_title,
        "outcome": story.outcome,
        "ended_at": story.ended_at.isoformat() if story.ended_at else None,
        "excerpt": excerpt[:300],
    }


async def _propose(
    db: AsyncSession,
    runtime: CopilotRuntime,
    scope: TeamScope,
    group: Cluster,
    graphs: dict[uuid.UUID, Graph],
) -> Proposal:
    members = group.members
    flows_count = Counter(story.flow_id for story in members if story.flow_id)
    kind, flow_id, node_id, anchor_title = "new_flow", None, None, None
    if flows_count:
        top_flow, n = flows_count.most_common(1)[0]
        anchors = Counter(story.anchor for story in members if story.flow_id == top_flow and story.anchor)
        graph = graphs.get(top_flow)
        if n / len(members) >= BRANCH_SHARE and anchors and graph is not None:
            anchor, count = anchors.most_common(1)[0]
            node = next((node for node in graph.nodes if node.id == anchor and node.kind == "question"), None)
            if node is not None and count / len(members) >= BRANCH_SHARE:
                kind, flow_id, node_id, anchor_title = "new_branch", top_flow, anchor, node.title
    facts = offline.ClusterFacts(
        flow_titles=Counter(story.flow_title for story in members),
        end_nodes=Counter(story.end_node for story in members if story.end_node),
        outcomes=Counter(story.outcome for story in members),
        notes=[note for story in members for note in story.notes],
        anchor_title=anchor_title,
    )
    plan_ = await plan(db, runtime, scope, "flywheel", Signals())
    outcome = Outcome()
    proposal: ModelProposal | None = None
    if plan_.use_model and runtime.provider is not None:
        redaction = (await redactor_for_team(db, scope.team_id)).document()
        builder = prompts.PromptBuilder(redaction)
        builder.data("kind", kind + (f" at the question “{anchor_title}”" if anchor_title else ""))
        builder.data("sessions", "\n\n".join(f"Session {i + 1}:\n{story.text}" for i, story in enumerate(members[:12])))
        request = prompts.tool("propose", "Record the proposal.", ModelProposal)
        try:
            result = await runtime.provider.complete(
                ChatRequest(
                    model=plan_.route.model,
                    system=builder.system(prompts.PROPOSAL_TASK),
                    messages=[{"role": "user", "content": builder.message()}],
                    max_tokens=1500,
                    tool=request,
                )
            )
            outcome.add(result)
            if result.tool_input is None:
                raise InvalidAnswer("no tool call")
            proposal = ModelProposal.model_validate(result.tool_input)
            outcome.by_model = True
        except Exception as exc:  # the offline proposal instead
            outcome.fallback = _failure(exc)
            log.warning("copilot.fallback", extra={"feature": "flywheel", "reason": outcome.fallback})
    if proposal is None:
        proposal = offline.proposal(facts, kind)
    entry = usage.Entry(
        feature="flywheel",
        tier=plan_.route.tier,
        provider="anthropic" if outcome.by_model else "offline",
        model=plan_.route.model if outcome.by_model or outcome.fallback else "offline",
        outcome="ok" if outcome.by_model else "fallback" if outcome.fallback else "offline",
        reason=outcome.fallback or plan_.offline_reason or plan_.route.reason,
        input_tokens=outcome.input_tokens,
        output_tokens=outcome.output_tokens,
    )
    await usage.record(db, runtime.settings, scope, None, entry, commit=False)
    row = Proposal(
        id=uuid.uuid4(),
        team_id=scope.team_id,
        kind=kind,
        status="pending",
        title=proposal.title,
        description=proposal.description,
        flow_id=flow_id,
        node_id=node_id,
        evidence=[_evidence(story) for story in members[:20]],
        steps=[step.model_dump() for step in proposal.steps],
        provider="anthropic" if outcome.by_model else "offline",
        created_at=utcnow(),
    )
    db.add(row)
    return row


async def run_for_team(
    db: AsyncSession,
    runtime: CopilotRuntime,
    embedder: EmbeddingProvider,
    team_id: uuid.UUID,
    *,
    scheduled: bool = False,
) -> FlywheelRunOut | None:
    """One run for one team (see the module docstring). None: a scheduled run skipped (recent run or busy)."""
    scope = TeamScope(team_id)
    locked = (await db.execute(LOCK_SQL, {"team_id": str(team_id)})).scalar_one()
    if not locked:
        await db.rollback()
        if scheduled:
            return None
        raise FlywheelBusy
    now = utcnow()
    state = await db.get(CopilotSettings, team_id, with_for_update=True)
    if state is None:
        state = CopilotSettings(team_id=team_id)
        db.add(state)
    if scheduled and state.flywheel_ran_at is not None and now - state.flywheel_ran_at < RECENT_RUN:
        await db.rollback()
        return None
    watermark = state.flywheel_until or datetime.min.replace(tzinfo=UTC)
    stories = await _stories(db, scope, now - LOOKBACK)
    embedded = await _embed(db, scope, embedder, stories) if stories else 0
    candidates = [story for story in stories if story.candidate]
    covered = await _covered(db, scope)
    fresh = [story for story in candidates if story.session_id not in covered]
    clusters = [
        group
        for group in cluster(fresh)
        if len(group.members) >= MIN_CLUSTER
        and any(story.ended_at is not None and story.ended_at >= watermark for story in group.members)
    ]
    graphs: dict[uuid.UUID, Graph] = {}
    for flow_id in {story.flow_id for group in clusters for story in group.members if story.flow_id}:
        flow = await db.get(Flow, flow_id)
        if flow is not None and flow.status != FlowStatus.ARCHIVED.value:
            graphs[flow_id] = Graph.model_validate(flow.draft_graph)
    created = [await _propose(db, runtime, scope, group, graphs) for group in clusters]
    state.flywheel_until = now
    state.flywheel_ran_at = now
    await db.commit()
    log.info(
        "copilot.flywheel",
        extra={"team_id": str(team_id), "sessions": len(stories), "clusters": len(clusters), "proposals": len(created)},
    )
    return FlywheelRunOut(
        sessions_read=len(stories),
        sessions_embedded=embedded,
        candidates=len(candidates),
        clusters=len(clusters),
        proposals_created=len(created),
        until=now,
    )


# --- the review queue ----------------------------------------------------------------------


def proposal_out(row: Proposal) -> ProposalOut:
    return ProposalOut(
        id=row.id,
        kind=row.kind,
        status=row.status,
        title=row.title,
        description=row.description,
        flow_id=row.flow_id,
        node_id=row.node_id,
        evidence=[EvidenceOut.model_validate(item) for item in row.evidence],
        steps=[ProposedStepOut.model_validate(step) for step in row.steps],
        provider="anthropic" if row.provider == "anthropic" else "offline",
        created_at=row.created_at,
        decided_at=row.decided_at,
        decided_by_id=row.decided_by_id,
        reject_reason=row.reject_reason,
        result_flow_id=row.result_flow_id,
    )


async def list_proposals(
    db: AsyncSession, scope: TeamScope, status: str | None, limit: int, cursor: str | None
) -> ProposalPageOut:
    stmt = in_team(select(Proposal), Proposal, scope)
    if status is not None:
        stmt = stmt.where(Proposal.status == status)
    if cursor:
        created, row_id = decode_cursor(cursor, "created", 2)
        stmt = stmt.where(tuple_(Proposal.created_at, Proposal.id) < (cursor_datetime(created), cursor_uuid(row_id)))
    rows = list(
        (await db.execute(stmt.order_by(Proposal.created_at.desc(), Proposal.id.desc()).limit(limit + 1))).scalars()
    )
    page = rows[:limit]
    last = page[-1] if len(rows) > limit else None
    return ProposalPageOut(
        items=[proposal_out(row) for row in page],
        next_cursor=encode_cursor("created", last.created_at, last.id) if last else None,
    )


async def get_proposal(db: AsyncSession, scope: TeamScope, proposal_id: uuid.UUID) -> ProposalOut:
    return proposal_out(await get_in_team(db, Proposal, proposal_id, scope, not_found=ProposalNotFound.code))


async def _pending(db: AsyncSession, scope: TeamScope, proposal_id: uuid.UUID) -> Proposal:
    row = await get_in_team(db, Proposal, proposal_id, scope, not_found=ProposalNotFound.code, for_update=True)
    if row.status != "pending":
        raise ProposalDecided
    return row


def _runbook(steps: list[dict[str, Any]]) -> str:
    lines = []
    for step in steps:
        title = str(step.get("title", "")).strip()
        if step.get("kind") == "question" and not title.endswith("?"):
            title += "?"
        lines.append(title)
    return "\n".join(lines)


def _branch(graph: Graph, node_id: str, label: str, proposal: Proposal) -> Graph:
    """The draft with a new answer on `node_id` leading to the proposal's steps (ids prefixed)."""
    question = next((node for node in graph.nodes if node.id == node_id and node.kind == "question"), None)
    if question is None:
        raise ProposalFlowGone("The question this branch hangs off is no longer in the flow's draft.")
    extra = offline.build_flow(proposal.title, proposal.description, _runbook(proposal.steps))
    prefix = f"p{proposal.id.hex[:6]}-"
    ids = {node.id: (prefix + node.id)[:64] for node in extra.nodes}
    nodes = [
        node.model_copy(
            update={
                "id": ids[node.id],
                "answers": [answer.model_copy(update={"target": ids[answer.target]}) for answer in node.answers],
            }
        )
        for node in extra.nodes
    ]
    edges = [edge.model_copy(update={"source": ids[edge.source], "target": ids[edge.target]}) for edge in extra.edges]
    labels = {answer.label for answer in question.answers}
    unique, n = label[:190], 2
    while unique in labels:
        unique, n = f"{label[:185]} ({n})", n + 1
    answer = question.answers[0].model_copy(update={"label": unique, "target": ids[extra.start]})
    changed = question.model_copy(update={"answers": [*question.answers, answer]})
    merged = graph.model_copy(
        update={
            "nodes": [changed if node.id == node_id else node for node in graph.nodes] + nodes,
            "edges": [*graph.edges, *edges],
        }
    )
    # model_copy does not validate: the merged draft must still be a graph (sizes, labels, ids).
    try:
        return Graph.model_validate(merged.model_dump(mode="json"))
    except ValidationError as exc:
        message = "The branch does not fit the flow's draft; edit the flow by hand."
        raise Conflict(message, code="proposal_invalid") from exc


async def accept(db: AsyncSession, principal: Principal, proposal_id: uuid.UUID) -> ProposalOut:
    """A new flow: a draft flow made of the proposed steps. A branch: the flow's draft gets a new
    answer at the question leading to the proposed steps. Nothing is published."""
    scope = principal.scope
    row = await _pending(db, scope, proposal_id)
    if row.kind == "new_branch":
        flow = None if row.flow_id is None else await db.get(Flow, row.flow_id, with_for_update=True)
        if (
            flow is None
            or flow.team_id != scope.team_id
            or flow.status == FlowStatus.ARCHIVED.value
            or row.node_id is None
        ):
            raise ProposalFlowGone
        graph = _branch(Graph.model_validate(flow.draft_graph), row.node_id, _label(row.title), row)
        if not validate_graph(graph).valid:
            raise Conflict(
                "The branch would make the flow's draft invalid; edit the flow by hand.", code="proposal_invalid"
            )
        revision = flow.draft_revision
        result_flow_id = flow.id
        _decide(row, principal, "accepted", result_flow_id)
        await flows.save_draft(db, principal, flow.id, revision, graph)
    else:
        graph = offline.build_flow(row.title, row.description, _runbook(row.steps))
        evidence = "\n".join(f"- session {item['session_id']}: {item['excerpt']}" for item in row.evidence[:10])
        data = FlowCreateIn(
            kind="troubleshooting",
            title=row.title,
            description=f"{row.description}\n\nProposed by FlowPilot from these sessions:\n{evidence}"[:20_000],
            tags=["flowpilot"],
            graph=graph,
        )
        flow = flows.new_flow(
            scope.team_id,
            principal.user_id,
            kind=data.kind.value,
            title=data.title,
            description=data.description,
            category_id=None,
            folder_id=None,
            tags=data.tags,
            graph=graph.model_dump(mode="json"),
        )
        db.add(flow)
        await search.reindex_flow(db, flow)
        _decide(row, principal, "accepted", flow.id)
        await db.commit()
    return proposal_out(row)


def _label(title: str) -> str:
    return title.split(": ", 1)[-1][:120].strip() or "Other"


def _decide(row: Proposal, principal: Principal, status: str, result_flow_id: uuid.UUID | None) -> None:
    row.status = status
    row.decided_at = utcnow()
    row.decided_by_id = principal.user_id
    row.result_flow_id = result_flow_id


async def reject(db: AsyncSession, principal: Principal, proposal_id: uuid.UUID, reason: str) -> ProposalOut:
    row = await _pending(db, principal.scope, proposal_id)
    _decide(row, principal, "rejected", None)
    row.reject_reason = reason
    await db.commit()
    return proposal_out(row)


async def pending_count(db: AsyncSession, scope: TeamScope) -> int:
    stmt = in_team(select(func.count()).select_from(Proposal), Proposal, scope).where(Proposal.status == "pending")
    return int((await db.execute(stmt)).scalar_one())


# --- the nightly schedule ------------------------------------------------------------------


class FlywheelScheduler:
    """The nightly job: registered with the app's scheduler (app/core/scheduler.py), which runs it at
    COPILOT_FLYWHEEL_CRON_HOUR (UTC) on the one API process that leads; the advisory lock per team and
    the 12-hour rule keep a team from running twice around a hand-over."""

    JOB_ID = "copilot.flywheel"

    def __init__(
        self,
        settings: Settings,
        sessionmaker: async_sessionmaker[AsyncSession],
        runtime: CopilotRuntime,
        embedder: EmbeddingProvider,
    ) -> None:
        self._settings = settings
        self._sessionmaker = sessionmaker
        self._runtime = runtime
        self._embedder = embedder

    def register(self, scheduler: Scheduler) -> None:
        from apscheduler.triggers.cron import CronTrigger

        trigger = CronTrigger(hour=self._settings.copilot_flywheel_cron_hour, minute=0, timezone=UTC)
        scheduler.add_job(self.JOB_ID, self.run_all, trigger)

    async def run_all(self) -> int:
        """Run every team with sessions; returns how many teams ran."""
        async with self._sessionmaker() as db:
            team_ids = list((await db.execute(select(Session.team_id).distinct())).scalars())
        ran = 0
        for team_id in team_ids:
            try:
                async with self._sessionmaker() as db:
                    ran += await run_for_team(db, self._runtime, self._embedder, team_id, scheduled=True) is not None
            except Exception:  # one team's failure must not stop the others
                log.exception("copilot.flywheel_failed", extra={"team_id": str(team_id)})
        return ran
