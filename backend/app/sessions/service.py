"""Sessions: start, append to the log, read, list, escalate, take over. No HTTP here.

A session on a troubleshooting flow walks a path and only its owner writes; a session on a
procedural or maintenance flow is a checklist (checklist.py) that any engineer of the team may write.

Appending, in one transaction: lock the session row; check the writer; `expected_seq` must be
the row's `last_seq` (otherwise the original event of a retried Idempotency-Key, or 409 with the
current state); the state machine decides on the stored state (no replay) with the version's graph
from a per-process cache; one statement inserts the event and writes the new state into the row.
Four round trips in all (BEGIN, lock, write, COMMIT); the write is one prebuilt statement.

Readers take a TeamScope (shared links and exports read on behalf of a team); writers take the
Principal who acts.
"""

import hashlib
import uuid
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import Select, bindparam, func, insert, or_, select, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.deps import Principal
from app.copilot.models import CopilotDocument
from app.core.clock import utcnow
from app.core.errors import AppError, Conflict, NotFound
from app.core.pagination import cursor_datetime, cursor_uuid, decode_cursor, encode_cursor
from app.core.tenancy import TeamScope, in_bound_team, in_team
from app.flows.graph import Graph
from app.flows.models import Flow, FlowKind, FlowStatus, FlowVersion
from app.flows.validation import VARIABLE_REFERENCE
from app.redaction.service import redactor_for_team
from app.sessions import document
from app.sessions.checklist import (
    Checklist,
    ChecklistStep,
    Counts,
    counts_of,
    from_json,
    spec_of,
    stored_counts,
    to_json,
)
from app.sessions.document import DocumentFormat, RenderedDocument
from app.sessions.errors import (
    FlowInUse,
    FlowNotPublished,
    IdempotencyKeyReused,
    InvalidAssignee,
    InvalidEscalationTarget,
    NotEscalationReceiver,
    NotSessionOwner,
    SessionEnded,
    SessionEscalated,
)
from app.sessions.events import (
    FINAL_STATUSES,
    PAYLOAD,
    ActionDone,
    ActionResult,
    Answered,
    ChecklistSpec,
    CopilotAccepted,
    CopilotSuggested,
    EndedIn,
    EscalatedIn,
    InputCaptured,
    InputValue,
    NoteAdded,
    OutputPasted,
    Payload,
    SessionStatus,
    Started,
    StepAssigned,
    StepCompletedIn,
    TakenOverIn,
    WentBack,
)
from app.sessions.models import Session, SessionEvent
from app.sessions.schemas import (
    AnswerOut,
    AppendIn,
    AppendOut,
    Briefing,
    BriefingStep,
    ChecklistOut,
    ChecklistSectionOut,
    ChecklistStepOut,
    EscalateOut,
    EscalationItemOut,
    EscalationOut,
    EscalationPageOut,
    EventOut,
    Finding,
    FlowRefOut,
    NodeOut,
    ProgressOut,
    SessionOut,
    SessionPageOut,
    SessionStartIn,
    SessionSummaryOut,
    StepOut,
)
from app.sessions.state import Escalation, Event, FlowGraph, SessionState, Step, decide, evolve, initial
from app.teams.models import Membership, TeamRole
from app.users.models import User

PAGE_LIMIT_MAX = 100
EXCERPT_CHARS = 2000
FLOW_DELETED_SUMMARY = "Abandoned: the flow was deleted."


class StaleSeq(Conflict):
    """Another event landed since the client's `expected_seq`; the answer carries the state now."""

    code = "stale_seq"
    message = "The session changed since you last saw it; `current` holds its state now."

    def __init__(self, current: SessionOut) -> None:
        self.current = current
        super().__init__()

    def body(self) -> dict[str, Any]:
        return {**super().body(), "current": self.current.model_dump(mode="json")}


# --- graphs ---------------------------------------------------------------------------------


class GraphCache:
    """Published versions never change, so each process keeps the latest-used graphs (LRU).

    Callers pass a flow id they have already checked against the team.
    """

    def __init__(self, size: int) -> None:
        self._size = size
        self._graphs: OrderedDict[tuple[uuid.UUID, int], FlowGraph] = OrderedDict()

    async def get(self, db: AsyncSession, flow_id: uuid.UUID, number: int) -> FlowGraph:
        key = (flow_id, number)
        graph = self._graphs.get(key)
        if graph is not None:
            self._graphs.move_to_end(key)
            return graph
        stmt = select(FlowVersion.graph).where(FlowVersion.flow_id == flow_id, FlowVersion.number == number)
        stored = (await db.execute(stmt)).scalar_one_or_none()
        if stored is None:
            raise NotFound(f"Version {number} does not exist.", code="version_not_found")
        graph = FlowGraph.of(Graph.model_validate(stored))
        self._graphs[key] = graph
        if len(self._graphs) > self._size:
            self._graphs.popitem(last=False)
        return graph


GRAPHS = GraphCache(512)


async def session_graph(db: AsyncSession, row: Session) -> FlowGraph | None:
    """The graph of the version the session runs on; None when its flow was deleted."""
    if row.flow_id is None or row.flow_version is None:
        return None
    return await GRAPHS.get(db, row.flow_id, row.flow_version)


# --- state in the row -----------------------------------------------------------------------


def _escalation_json(escalation: Escalation | None) -> dict[str, Any] | None:
    if escalation is None:
        return None
    return EscalationOut.model_validate(escalation).model_dump(mode="json")


def state_of(row: Session) -> SessionState:
    """The state stored in the row (what replaying its log gives)."""
    escalation = None
    if row.escalation is not None:
        stored = EscalationOut.model_validate(row.escalation)
        escalation = Escalation(**stored.model_dump())
    return SessionState(
        status=SessionStatus(row.status),
        owner_id=row.owner_id,
        path=tuple(Step(**step) for step in row.path),
        last_seq=row.last_seq,
        started_at=row.started_at,
        last_event_at=row.last_event_at,
        variables=row.variables,
        ended_at=row.ended_at,
        summary=row.summary,
        escalation=escalation,
        checklist=None if row.checklist is None else from_json(row.checklist),
    )


STEP_FIELDS = tuple(step_field.name for step_field in fields(Step))


def _step_json(step: Step) -> dict[str, Any]:
    return {name: value for name in STEP_FIELDS if (value := getattr(step, name)) is not None}


def _state_columns(state: SessionState) -> dict[str, Any]:
    return {
        "status": state.status.value,
        "owner_id": state.owner_id,
        "current_node": state.current_node,
        "path": [_step_json(step) for step in state.path],
        "variables": dict(state.variables),
        "last_seq": state.last_seq,
        "started_at": state.started_at,
        "last_event_at": state.last_event_at,
        "ended_at": state.ended_at,
        "summary": state.summary,
        "escalation": _escalation_json(state.escalation),
        **_checklist_columns(state.checklist),
    }


def _checklist_columns(checklist: Checklist | None) -> dict[str, Any]:
    if checklist is None:
        return {"checklist": None, "steps_open": None, "steps_closed": None, "steps_failed": None}
    counts = checklist.counts()
    return {
        "checklist": to_json(checklist),
        "steps_open": counts.open,
        "steps_closed": counts.closed,
        "steps_failed": counts.failed,
    }


def event_of(row: SessionEvent) -> Event:
    return Event(row.seq, row.created_at, row.author_id, PAYLOAD.validate_python({"type": row.type, **row.payload}))


def event_out(event: Event) -> EventOut:
    return EventOut(
        seq=event.seq, type=event.payload.type, at=event.at, author_id=event.author_id, payload=event.payload
    )


# --- views ----------------------------------------------------------------------------------


def _as_text(value: InputValue) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def _fill(text: str, variables: Mapping[str, InputValue]) -> str:
    """`{{name}}` replaced by the captured value; references to nothing captured stay as they are."""
    if "{{" not in text:
        return text
    return VARIABLE_REFERENCE.sub(
        lambda match: match[0] if variables.get(match[1]) is None else _as_text(variables[match[1]]), text
    )


def _node_out(graph: FlowGraph, node_id: str, variables: Mapping[str, InputValue]) -> NodeOut:
    node = graph.nodes[node_id]
    return NodeOut(
        id=node.id,
        kind=node.kind,
        title=_fill(node.title, variables),
        body=_fill(node.body, variables),
        commands=[command.model_copy(update={"text": _fill(command.text, variables)}) for command in node.commands],
        expected_result=None if node.expected_result is None else _fill(node.expected_result, variables),
        section=node.section,
        input=node.input,
        answers=[AnswerOut(index=i, label=a.label, target=a.target) for i, a in enumerate(node.answers)],
    )


def _step_out(step: Step, graph: FlowGraph | None) -> StepOut:
    node = None if graph is None else graph.nodes[step.node_id]
    return StepOut(
        node_id=step.node_id,
        title=None if node is None else node.title,
        kind=None if node is None else node.kind,
        entered_seq=step.entered_seq,
        left_seq=step.left_seq,
        answer=step.answer,
        result=step.result,
        variable=step.variable,
        value=step.value,
    )


def progress_out(counts: Counts) -> ProgressOut:
    return ProgressOut(percent=counts.percent, applicable=counts.applicable, **counts.as_dict())


def _checklist_step_out(checklist: Checklist, step: ChecklistStep, now: datetime) -> ChecklistStepOut:
    return ChecklistStepOut(
        node_id=step.node_id,
        title=step.title,
        kind=step.kind,
        status=step.status,
        answer=step.answer,
        variable=step.variable,
        value=step.value,
        seq=step.seq,
        at=step.at,
        by_id=step.by_id,
        ruled_out_by=step.ruled_out_by,
        assignee_id=step.assignee_id,
        due_at=step.due_at,
        overdue=step.status == "open" and step.due_at is not None and step.due_at < now,
        notes=step.notes,
        waiting_for=checklist.waiting_for(step.node_id) if step.status == "open" else [],
    )


def checklist_out(checklist: Checklist, now: datetime) -> ChecklistOut:
    sections = []
    for section in checklist.sections:
        steps = [checklist.steps[node_id] for node_id in section.steps]
        sections.append(
            ChecklistSectionOut(
                name=section.name,
                sequential=section.sequential,
                progress=progress_out(counts_of(steps)),
                steps=[_checklist_step_out(checklist, step, now) for step in steps],
            )
        )
    return ChecklistOut(progress=progress_out(checklist.counts()), sections=sections)


def _header(row: Session) -> dict[str, Any]:
    """What a session keeps from its start."""
    return {
        "id": row.id,
        "flow": FlowRefOut(id=row.flow_id, version=row.flow_version, title=row.flow_title),
        "ticket_id": row.ticket_id,
        "ticket_verified": row.ticket_verified,
        "client_name": row.client_name,
        "target": row.target,
        "started_at": row.started_at,
    }


def summary_out(row: Session, owner_name: str) -> SessionSummaryOut:
    return SessionSummaryOut(
        **_header(row),
        owner_id=row.owner_id,
        owner_name=owner_name,
        status=SessionStatus(row.status),
        current_node=row.current_node,
        last_seq=row.last_seq,
        last_event_at=row.last_event_at,
        ended_at=row.ended_at,
        mode="path" if row.checklist is None else "checklist",
        progress=None if row.checklist is None else progress_out(stored_counts(row.checklist)),
    )


def session_out(row: Session, state: SessionState, graph: FlowGraph | None, owner_name: str) -> SessionOut:
    """The session in `state` (the row supplies only what never changes after the start)."""
    return SessionOut(
        **_header(row),
        owner_id=state.owner_id,
        owner_name=owner_name,
        status=state.status,
        current_node=state.current_node,
        last_seq=state.last_seq,
        last_event_at=state.last_event_at,
        ended_at=state.ended_at,
        current=None if graph is None else _node_out(graph, state.current_node, state.variables),
        path=[_step_out(step, graph) for step in state.path],
        variables=dict(state.variables),
        summary=state.summary,
        escalation=None if state.escalation is None else EscalationOut.model_validate(state.escalation),
        mode="path" if state.checklist is None else "checklist",
        progress=None if state.checklist is None else progress_out(state.checklist.counts()),
        checklist=None if state.checklist is None else checklist_out(state.checklist, utcnow()),
    )


# --- reading --------------------------------------------------------------------------------


def _with_owner_name(scope: TeamScope) -> Select[Session, str]:
    stmt = select(Session, User.full_name).join(User, User.id == Session.owner_id)
    return in_team(stmt, Session, scope)


async def _load(db: AsyncSession, scope: TeamScope, session_id: uuid.UUID) -> tuple[Session, str]:
    stmt = _with_owner_name(scope).where(Session.id == session_id)
    found = (await db.execute(stmt)).one_or_none()
    if found is None:
        raise NotFound(code="session_not_found")
    return found[0], found[1]


LOCK_SESSION = in_bound_team(select(Session), Session).where(Session.id == bindparam("session_id")).with_for_update()


async def _lock(db: AsyncSession, scope: TeamScope, session_id: uuid.UUID) -> Session:
    """The session row, locked until the commit: every write to a session goes through this."""
    row = (await db.execute(LOCK_SESSION, {"session_id": session_id, **scope.params})).scalar_one_or_none()
    if row is None:
        raise NotFound(code="session_not_found")
    return row


async def get_session(db: AsyncSession, scope: TeamScope, session_id: uuid.UUID) -> SessionOut:
    row, owner_name = await _load(db, scope, session_id)
    return session_out(row, state_of(row), await session_graph(db, row), owner_name)


async def _events(db: AsyncSession, session_ids: Sequence[uuid.UUID], after_seq: int = 0) -> list[SessionEvent]:
    stmt = (
        select(SessionEvent)
        .where(SessionEvent.session_id.in_(session_ids), SessionEvent.seq > after_seq)
        .order_by(SessionEvent.session_id, SessionEvent.seq)
    )
    return list((await db.execute(stmt)).scalars())


async def list_events(
    db: AsyncSession, scope: TeamScope, session_id: uuid.UUID, after_seq: int, limit: int
) -> list[EventOut]:
    """The log in seq order, after `after_seq`."""
    await _load(db, scope, session_id)
    stmt = (
        select(SessionEvent)
        .where(SessionEvent.session_id == session_id, SessionEvent.seq > after_seq)
        .order_by(SessionEvent.seq)
        .limit(limit)
    )
    return [event_out(event_of(row)) for row in (await db.execute(stmt)).scalars()]


@dataclass(frozen=True)
class SessionLog:
    """Everything a session's documentation is made from."""

    session: SessionOut
    events: list[Event]
    graph: FlowGraph | None


async def load_log(db: AsyncSession, scope: TeamScope, session_id: uuid.UUID) -> SessionLog:
    row, owner_name = await _load(db, scope, session_id)
    graph = await session_graph(db, row)
    events = [event_of(event) for event in await _events(db, [row.id])]
    return SessionLog(session_out(row, state_of(row), graph, owner_name), events, graph)


@dataclass(frozen=True)
class SessionFilters:
    owner_ids: tuple[uuid.UUID, ...] = ()  # each must match: `mine` and `engineer_id` together
    statuses: tuple[SessionStatus, ...] = ()
    flow_id: uuid.UUID | None = None
    ticket_id: str | None = None
    started_from: datetime | None = None
    started_to: datetime | None = None
    mode: Literal["path", "checklist"] | None = None


def _filtered(stmt: Select[Session, str], filters: SessionFilters) -> Select[Session, str]:
    for owner_id in filters.owner_ids:
        stmt = stmt.where(Session.owner_id == owner_id)
    if filters.statuses:
        stmt = stmt.where(Session.status.in_([status.value for status in filters.statuses]))
    if filters.flow_id:
        stmt = stmt.where(Session.flow_id == filters.flow_id)
    if filters.ticket_id:
        stmt = stmt.where(Session.ticket_id == filters.ticket_id)
    if filters.started_from:
        stmt = stmt.where(Session.started_at >= filters.started_from)
    if filters.started_to:
        stmt = stmt.where(Session.started_at < filters.started_to)
    if filters.mode:
        stmt = stmt.where(Session.checklist.is_(None) if filters.mode == "path" else Session.checklist.is_not(None))
    return stmt


async def list_sessions(
    db: AsyncSession, scope: TeamScope, filters: SessionFilters, limit: int, cursor: str | None
) -> SessionPageOut:
    """Newest first."""
    stmt = _filtered(_with_owner_name(scope), filters)
    if cursor:
        started, row_id = decode_cursor(cursor, "started", 2)
        stmt = stmt.where(tuple_(Session.started_at, Session.id) < (cursor_datetime(started), cursor_uuid(row_id)))
    rows = (await db.execute(stmt.order_by(Session.started_at.desc(), Session.id.desc()).limit(limit + 1))).all()
    page = rows[:limit]
    last = page[-1][0] if len(rows) > limit else None
    next_cursor = encode_cursor("started", last.started_at, last.id) if last else None
    return SessionPageOut(items=[summary_out(row, name) for row, name in page], next_cursor=next_cursor)


# --- writing --------------------------------------------------------------------------------


# Core statements on the tables, built once: SQLAlchemy memoizes a statement's cache key on the
# instance, and building them per append (ORM-enabled, with literal values) cost more than running
# them. Values are bound by name: `_event_values` and the keys of `_state_columns`.
SESSIONS = Session.metadata.tables[Session.__tablename__]
EVENTS = SessionEvent.metadata.tables[SessionEvent.__tablename__]
INSERT_EVENT = insert(EVENTS).values({column.key: bindparam(f"event_{column.key}") for column in EVENTS.c})
STATE_COLUMNS = (
    "status", "owner_id", "current_node", "path", "variables", "last_seq",
    "started_at", "last_event_at", "ended_at", "summary", "escalation",
    "checklist", "steps_open", "steps_closed", "steps_failed",
)  # fmt: skip
# Many sessions at once (maintenance runs): the new state of each, by the same names.
WRITE_STATE = (
    update(SESSIONS)
    .where(SESSIONS.c.id == bindparam("event_session_id"))
    .values({column: bindparam(f"state_{column}") for column in STATE_COLUMNS})
)
APPEND_EVENT = (
    update(SESSIONS)
    .where(SESSIONS.c.id == bindparam("event_session_id"))
    .values({column: bindparam(f"state_{column}") for column in STATE_COLUMNS})
    .add_cte(INSERT_EVENT.cte("appended"))
)


def _event_values(session_id: uuid.UUID, event: Event, idempotency: tuple[str, str] | None = None) -> dict[str, Any]:
    key, request_hash = idempotency or (None, None)
    return {
        "event_session_id": session_id,
        "event_seq": event.seq,
        "event_type": event.payload.type,
        "event_payload": event.payload.model_dump(mode="json", exclude={"type"}),
        "event_author_id": event.author_id,
        "event_created_at": event.at,
        "event_idempotency_key": key,
        "event_request_hash": request_hash,
    }


async def _append(
    db: AsyncSession,
    row: Session,
    state: SessionState,
    payload: Payload,
    author_id: uuid.UUID,
    idempotency: tuple[str, str] | None = None,
) -> tuple[Event, SessionState]:
    """Log `payload` after `state` (the caller holds the row lock) and store the new state: one statement."""
    event = Event(state.last_seq + 1, utcnow(), author_id, payload)
    new_state = evolve(state, event)
    state_values = {f"state_{column}": value for column, value in _state_columns(new_state).items()}
    await db.execute(APPEND_EVENT, {**_event_values(row.id, event, idempotency), **state_values})
    return event, new_state


async def start_session(
    db: AsyncSession, principal: Principal, data: SessionStartIn, *, ticket_verified: bool | None = None
) -> SessionOut:
    """Start on a published version (the latest unless one is named) of a flow that is not archived.
    `ticket_verified`: what the PSA said about the ticket (`psa.service.verify_ticket`)."""
    # KEY SHARE: archiving or deleting the flow waits for this start, and the other way round.
    stmt = in_team(select(Flow).where(Flow.id == data.flow_id), Flow, principal.scope)
    flow = (await db.execute(stmt.with_for_update(read=True, key_share=True))).scalar_one_or_none()
    if flow is None:
        raise NotFound(code="flow_not_found")
    if flow.status == FlowStatus.ARCHIVED.value:
        raise Conflict("Archived flows cannot be run; unarchive it first.", code="flow_archived")
    if flow.latest_version == 0:
        raise FlowNotPublished
    version = data.version or flow.latest_version
    graph = await GRAPHS.get(db, flow.id, version)
    started = Started(
        flow_id=flow.id,
        flow_version=version,
        flow_title=flow.title,
        node_id=graph.start,
        ticket_id=data.ticket_id,
        client_name=data.client_name,
        target=data.target,
        checklist=await checklist_spec(db, flow.id, version) if flow.kind != FlowKind.TROUBLESHOOTING else None,
    )
    event = Event(1, utcnow(), principal.user_id, started)
    state = initial(event)
    row = Session(
        id=uuid.uuid4(),
        team_id=principal.team_id,
        flow_id=flow.id,
        flow_version=version,
        flow_title=flow.title,
        ticket_id=data.ticket_id,
        ticket_verified=ticket_verified,
        client_name=data.client_name,
        target=data.target,
        **_state_columns(state),
    )
    db.add(row)
    await db.flush()
    await db.execute(INSERT_EVENT, _event_values(row.id, event))
    await db.commit()
    return session_out(row, state, graph, principal.full_name)


async def checklist_spec(db: AsyncSession, flow_id: uuid.UUID, number: int) -> ChecklistSpec:
    """The steps of a checklist session on a version (the graph cache keeps the indexed graph only)."""
    stmt = select(FlowVersion.graph).where(FlowVersion.flow_id == flow_id, FlowVersion.number == number)
    return spec_of(Graph.model_validate((await db.execute(stmt)).scalar_one()))


@dataclass(frozen=True)
class ChecklistStart:
    """One checklist session of a batch (a maintenance run's target)."""

    client_name: str | None
    target: str | None


async def start_checklists(
    db: AsyncSession,
    team_id: uuid.UUID,
    owner_id: uuid.UUID,
    flow: Flow,
    version: int,
    spec: ChecklistSpec,
    starts: Sequence[ChecklistStart],
    at: datetime,
) -> list[uuid.UUID]:
    """Start checklist sessions in bulk, in the caller's transaction (the caller commits); their ids
    in order. Each session is what `start_session` makes; rows and `started` events go in a few
    multi-row statements. The sessions differ only in their client and target: their first state
    and most of their `started` payload are computed once."""
    graph = await GRAPHS.get(db, flow.id, version)
    template = Started(
        flow_id=flow.id, flow_version=version, flow_title=flow.title, node_id=graph.start, checklist=spec
    )
    state = _state_columns(initial(Event(1, at, owner_id, template)))
    first_event = _event_values(uuid.UUID(int=0), Event(1, at, owner_id, template))
    payload = first_event["event_payload"]
    rows: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for start in starts:
        session_id = uuid.uuid4()
        rows.append(
            {
                "id": session_id,
                "team_id": team_id,
                "flow_id": flow.id,
                "flow_version": version,
                "flow_title": flow.title,
                "client_name": start.client_name,
                "target": start.target,
                **state,
            }
        )
        event = {**first_event, "event_session_id": session_id}
        event["event_payload"] = {**payload, "client_name": start.client_name, "target": start.target}
        events.append(event)
    if rows:
        await db.execute(insert(SESSIONS), rows)
        await db.execute(INSERT_EVENT, events)
    return [row["id"] for row in rows]


@dataclass(frozen=True)
class CellProblem:
    session_id: uuid.UUID
    node_id: str
    code: str
    message: str


@dataclass
class StepsOutcome:
    """What `complete_steps` did, or why it did nothing (`problems`, `stale`: the caller refuses)."""

    changed: int = 0
    unchanged: int = 0
    last_seqs: dict[uuid.UUID, int] = field(default_factory=dict)  # the sessions written
    problems: list[CellProblem] = field(default_factory=list)
    stale: dict[uuid.UUID, int] = field(default_factory=dict)  # session -> its last_seq now


async def complete_steps(
    db: AsyncSession,
    principal: Principal,
    cells: Sequence[tuple[uuid.UUID, str]],
    result: ActionResult,
    note: str | None,
    expected_seq: Mapping[uuid.UUID, int] | None = None,
) -> StepsOutcome:
    """Complete many checklist steps of many sessions at once: all of them or none.

    The sessions are locked in id order (two batches never deadlock; a single append locks one row),
    each cell is decided on its session's state as the cells before it left it (a session's cells
    in checklist order), and only when every cell is accepted are the events and states written
    and committed. Cells that already have `result` are left alone: a retried batch changes nothing.
    """
    nodes: dict[uuid.UUID, list[str]] = {}
    for session_id, node_id in cells:
        if node_id not in nodes.setdefault(session_id, []):
            nodes[session_id].append(node_id)
    stmt = in_team(select(Session), Session, principal.scope).where(Session.id.in_(list(nodes)))
    rows = list((await db.execute(stmt.order_by(Session.id).with_for_update())).scalars())
    outcome = StepsOutcome()
    for session_id in nodes.keys() - {row.id for row in rows}:
        outcome.problems += [
            CellProblem(session_id, node_id, "session_not_found", "No such session.") for node_id in nodes[session_id]
        ]
    if expected_seq is not None:
        outcome.stale = {row.id: row.last_seq for row in rows if expected_seq.get(row.id, row.last_seq) != row.last_seq}
        if outcome.stale:
            return outcome
    now = utcnow()
    event_rows: list[dict[str, Any]] = []
    state_rows: list[dict[str, Any]] = []
    for row in rows:
        state, graph = state_of(row), await session_graph(db, row)
        order = {node_id: index for index, node_id in enumerate(state.checklist.steps if state.checklist else ())}
        before = state.last_seq
        for node_id in sorted(nodes[row.id], key=lambda node: order.get(node, len(order))):
            step = None if state.checklist is None else state.checklist.steps.get(node_id)
            if step is not None and step.status == result:
                outcome.unchanged += 1
                continue
            command = StepCompletedIn(type="step_completed", node_id=node_id, result=result, note=note)
            try:
                payload = decide(state, graph, command)
            except AppError as exc:
                outcome.problems.append(CellProblem(row.id, node_id, exc.code, exc.message))
                continue
            event = Event(state.last_seq + 1, now, principal.user_id, payload)
            state = evolve(state, event)
            event_rows.append(_event_values(row.id, event))
            outcome.changed += 1
        if state.last_seq != before:
            values = {f"state_{column}": value for column, value in _state_columns(state).items()}
            state_rows.append({"event_session_id": row.id, **values})
            outcome.last_seqs[row.id] = state.last_seq
    if outcome.problems:
        return outcome
    if event_rows:
        await db.execute(INSERT_EVENT, event_rows)
        await db.execute(WRITE_STATE, state_rows)
    await db.commit()
    return outcome


def _request_hash(principal: Principal, data: AppendIn) -> str:
    return hashlib.sha256(f"{principal.user_id}\n{data.model_dump_json()}".encode()).hexdigest()


async def _keyed_event(db: AsyncSession, session_id: uuid.UUID, key: str) -> SessionEvent | None:
    stmt = select(SessionEvent).where(SessionEvent.session_id == session_id, SessionEvent.idempotency_key == key)
    return (await db.execute(stmt)).scalar_one_or_none()


async def append_event(
    db: AsyncSession,
    principal: Principal,
    session_id: uuid.UUID,
    data: AppendIn,
    idempotency_key: str | None = None,
) -> AppendOut:
    """Append one event: the owner's to a path, any engineer's of the team to a checklist.

    With an `idempotency_key`, a retry gets the event its first attempt appended (and the session
    as it is now) and appends nothing; the same key with another request is refused.
    """
    row = await _lock(db, principal.scope, session_id)
    if row.owner_id != principal.user_id and row.checklist is None:
        raise NotSessionOwner
    owner_name = principal.full_name
    state = state_of(row)
    graph = await session_graph(db, row)
    request_hash = _request_hash(principal, data) if idempotency_key else None
    if data.expected_seq != state.last_seq:
        # A retry of an append that went through is stale by construction: look for its key first.
        original = await _keyed_event(db, row.id, idempotency_key) if idempotency_key else None
        if original is None:
            raise StaleSeq(session_out(row, state, graph, owner_name))
        if original.request_hash != request_hash:
            raise IdempotencyKeyReused
        return AppendOut(event=event_out(event_of(original)), session=session_out(row, state, graph, owner_name))
    payload = decide(state, graph, data.event)
    if isinstance(payload, StepAssigned) and payload.assignee_id is not None:
        await check_assignee(db, principal.scope, payload.assignee_id)
    idempotency = (idempotency_key, request_hash) if idempotency_key and request_hash else None
    try:
        event, state = await _append(db, row, state, payload, principal.user_id, idempotency)
        await db.commit()
    except IntegrityError as exc:
        # Under the row lock the only possible conflict is the key, used before for another request.
        await db.rollback()
        raise IdempotencyKeyReused from exc
    return AppendOut(event=event_out(event), session=session_out(row, state, graph, owner_name))


async def log_copilot_event(
    db: AsyncSession, principal: Principal, session_id: uuid.UUID, payload: CopilotSuggested | CopilotAccepted
) -> Event:
    """Log a copilot suggestion shown to the owner of an open session, or their decision on one
    (app/copilot checks the suggestion it refers to). The copilot's only way into the log."""
    row = await _lock(db, principal.scope, session_id)
    if row.owner_id != principal.user_id:
        raise NotSessionOwner
    state = state_of(row)
    if state.status in FINAL_STATUSES:
        raise SessionEnded
    if state.status == SessionStatus.ESCALATED:
        raise SessionEscalated
    event, _ = await _append(db, row, state, payload, principal.user_id)
    await db.commit()
    return event


async def check_assignee(db: AsyncSession, scope: TeamScope, user_id: uuid.UUID) -> None:
    """Checklist steps (and maintenance schedules) go to active members of the team who can run sessions."""
    stmt = in_team(select(Membership.role), Membership, scope).where(
        Membership.user_id == user_id, Membership.disabled_at.is_(None)
    )
    role = (await db.execute(stmt)).scalar_one_or_none()
    if role is None or role == TeamRole.VIEWER:
        raise InvalidAssignee


async def _check_receiver(db: AsyncSession, principal: Principal, user_id: uuid.UUID) -> None:
    """An escalation goes to an active member of the team who can run sessions, not to oneself."""
    stmt = in_team(select(Membership), Membership, principal.scope).where(
        Membership.user_id == user_id, Membership.disabled_at.is_(None)
    )
    membership = (await db.execute(stmt)).scalar_one_or_none()
    if user_id == principal.user_id or membership is None or membership.role == TeamRole.VIEWER:
        raise InvalidEscalationTarget


async def escalate(db: AsyncSession, principal: Principal, session_id: uuid.UUID, data: EscalatedIn) -> EscalateOut:
    """End the owner's turn: the session waits, escalated, for the receiver (or the team queue)."""
    row = await _lock(db, principal.scope, session_id)
    if row.owner_id != principal.user_id:
        raise NotSessionOwner
    state = state_of(row)
    graph = await session_graph(db, row)
    payload = decide(state, graph, data)
    if data.to_user_id is not None:
        await _check_receiver(db, principal, data.to_user_id)
    events = [event_of(event) for event in await _events(db, [row.id])]
    event, state = await _append(db, row, state, payload, principal.user_id)
    await db.commit()
    session = session_out(row, state, graph, principal.full_name)
    return EscalateOut(
        event=event_out(event), session=session, briefing=build_briefing(session, [*events, event], graph)
    )


async def take_over(db: AsyncSession, principal: Principal, session_id: uuid.UUID) -> AppendOut:
    """The caller becomes the owner of an escalated session and continues it where it stopped.

    An escalation to a member is theirs to take (or a team admin's); the team queue is anyone's.
    """
    row = await _lock(db, principal.scope, session_id)
    state = state_of(row)
    graph = await session_graph(db, row)
    payload = decide(state, graph, TakenOverIn())
    receiver = state.escalation.to_user_id if state.escalation else None
    if receiver not in (None, principal.user_id) and not principal.has_role("team_admin"):
        raise NotEscalationReceiver
    event, state = await _append(db, row, state, payload, principal.user_id)
    await db.commit()
    return AppendOut(event=event_out(event), session=session_out(row, state, graph, principal.full_name))


async def list_escalations(
    db: AsyncSession, principal: Principal, queue: Literal["mine", "team"] | None, limit: int, cursor: str | None
) -> EscalationPageOut:
    """Escalated sessions waiting for the caller (`mine`), for anyone (`team`), or both; oldest first."""
    receiver = Session.escalation["to_user_id"].astext
    mine, team = receiver == str(principal.user_id), receiver.is_(None)
    waiting = {"mine": mine, "team": team, None: or_(mine, team)}[queue]
    stmt = _with_owner_name(principal.scope).where(Session.status == SessionStatus.ESCALATED.value, waiting)
    if cursor:
        ended, row_id = decode_cursor(cursor, "escalated", 2)
        stmt = stmt.where(tuple_(Session.ended_at, Session.id) > (cursor_datetime(ended), cursor_uuid(row_id)))
    rows = (await db.execute(stmt.order_by(Session.ended_at, Session.id).limit(limit + 1))).all()
    page = rows[:limit]
    logs: dict[uuid.UUID, list[Event]] = {row.id: [] for row, _ in page}
    for stored in await _events(db, list(logs)):
        logs[stored.session_id].append(event_of(stored))
    items = []
    for row, owner_name in page:
        graph = await session_graph(db, row)
        session = session_out(row, state_of(row), graph, owner_name)
        items.append(
            EscalationItemOut(
                session=summary_out(row, owner_name), briefing=build_briefing(session, logs[row.id], graph)
            )
        )
    last = page[-1][0] if len(rows) > limit else None
    # An escalated session's `ended_at` is the time of its escalation.
    next_cursor = encode_cursor("escalated", last.ended_at, last.id) if last and last.ended_at else None
    return EscalationPageOut(items=items, next_cursor=next_cursor)


async def release_flow(db: AsyncSession, principal: Principal, flow: Flow) -> None:
    """Let the flow be deleted (its row is locked by the caller) or refuse with `flow_in_use`.

    Sessions keep a published flow in use. Once it is archived it may go: sessions still open on it
    (active, paused, escalated) are ended as abandoned by the deleting admin, and the deletion then
    detaches every session from the version (flow_id and flow_version become NULL). They stay
    readable: the log is self-describing and the row keeps the flow's title.
    """
    stmt = in_team(select(func.count()).select_from(Session), Session, principal.scope)
    count = (await db.execute(stmt.where(Session.flow_id == flow.id))).scalar_one()
    if not count:
        return
    if flow.status != FlowStatus.ARCHIVED.value:
        raise FlowInUse(count)
    still_open = (
        in_team(select(Session), Session, principal.scope)
        .where(Session.flow_id == flow.id, Session.status.not_in([status.value for status in FINAL_STATUSES]))
        .order_by(Session.id)
        .with_for_update()
    )
    abandon = EndedIn(type="ended", outcome="abandoned", summary=FLOW_DELETED_SUMMARY)
    for row in (await db.execute(still_open)).scalars():
        state = state_of(row)
        await _append(db, row, state, decide(state, None, abandon), principal.user_id)


# --- briefing -------------------------------------------------------------------------------


def _excerpt(text: str) -> str:
    return text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS] + "…"


def build_briefing(session: SessionOut, events: Iterable[Event], graph: FlowGraph | None) -> Briefing:
    """What was tried, what was found, the inputs and what is still open, from the log."""

    def title(node_id: str) -> str:
        return node_id if graph is None else graph.nodes[node_id].title

    tried: list[BriefingStep] = []
    found: list[Finding] = []
    problems: list[str] = []
    for event in events:
        seq, at, payload = event.seq, event.at, event.payload
        match payload:
            case Answered(node_id=node_id, label=label):
                tried.append(
                    BriefingStep(seq=seq, at=at, type="answered", node_id=node_id, title=title(node_id), detail=label)
                )
            case ActionDone(node_id=node_id, result=result, output=output):
                step = BriefingStep(
                    seq=seq, at=at, type="action_done", node_id=node_id, title=title(node_id), detail=result
                )
                tried.append(step)
                if output:
                    found.append(Finding(seq=seq, at=at, type="action_done", node_id=node_id, text=_excerpt(output)))
                if result != "done":
                    problems.append(f"{result.capitalize()}: {title(node_id)}")
            case InputCaptured(node_id=node_id, variable=variable, value=value):
                detail = f"{variable} = {'(none)' if value is None else _as_text(value)}"
                tried.append(
                    BriefingStep(
                        seq=seq, at=at, type="input_captured", node_id=node_id, title=title(node_id), detail=detail
                    )
                )
            case WentBack(from_node=from_node, to_node=to_node):
                detail = f"back to {title(to_node)}"
                tried.append(
                    BriefingStep(
                        seq=seq, at=at, type="went_back", node_id=from_node, title=title(from_node), detail=detail
                    )
                )
            case NoteAdded(text=text):
                found.append(Finding(seq=seq, at=at, type="note", node_id=None, text=text))
            case OutputPasted(node_id=node_id, output=output):
                found.append(Finding(seq=seq, at=at, type="output_pasted", node_id=node_id, text=_excerpt(output)))
    return Briefing(
        session_id=session.id,
        flow=session.flow,
        ticket_id=session.ticket_id,
        client_name=session.client_name,
        target=session.target,
        escalation=session.escalation,
        tried=tried,
        found=found,
        inputs=session.variables,
        open_questions=[*_where_it_stands(session), *problems],
    )


def _where_it_stands(session: SessionOut) -> list[str]:
    node = session.current
    if node is None:
        return []
    if node.kind == "question":
        return [f"Unanswered: {node.title} ({' / '.join(answer.label for answer in node.answers)})"]
    if node.kind == "action":
        return [f"Not done yet: {node.title}"]
    if node.kind == "input" and node.input is not None:
        return [f"Not captured yet: {node.input.variable} ({node.title})"]
    if node.kind == "escalation":
        return [f"The flow ends in an escalation here: {node.title}"]
    return [f"The flow reached a resolution: {node.title}"]


# --- documentation --------------------------------------------------------------------------


AUTHORS_NAMED = frozenset({"taken_over", "step_completed", "step_reopened", "step_noted", "step_assigned"})


async def _names(db: AsyncSession, log: SessionLog) -> dict[uuid.UUID, str]:
    """Names of the members an export mentions besides the owner (escalation receivers, take-overs,
    who worked and who was assigned checklist steps)."""
    ids = {event.author_id for event in log.events if event.payload.type in AUTHORS_NAMED}
    ids |= {
        event.payload.assignee_id
        for event in log.events
        if isinstance(event.payload, StepAssigned) and event.payload.assignee_id is not None
    }
    ids |= {
        event.payload.to_user_id
        for event in log.events
        if event.payload.type == "escalated" and event.payload.to_user_id is not None
    }
    if log.session.escalation is not None and log.session.escalation.to_user_id is not None:
        ids.add(log.session.escalation.to_user_id)
    if not ids:
        return {}
    rows = await db.execute(select(User.id, User.full_name).where(User.id.in_(ids)))
    return {row.id: row.full_name for row in rows.all()}


async def export_document(
    db: AsyncSession, scope: TeamScope, session_id: uuid.UUID, fmt: DocumentFormat
) -> RenderedDocument:
    """The session's documentation in `fmt` with its ticket summary (FlowPilot's, as edited) if one
    was written, through the team's redaction (the log keeps the original)."""
    log = await load_log(db, scope, session_id)
    redactor = await redactor_for_team(db, scope.team_id)
    ticket_summary = await db.scalar(
        in_team(select(CopilotDocument.text), CopilotDocument, scope).where(
            CopilotDocument.session_id == session_id, CopilotDocument.kind == "summary"
        )
    )
    return document.export(log, fmt, redactor.document(), await _names(db, log), ticket_summary)
