"""The session state machine: pure functions, no database.

A session is a *path* (troubleshooting: the engineer walks the graph from node to node) or a
*checklist* (procedural and maintenance flows: steps by section, see checklist.py), fixed by its
`started` event. Each mode takes its own events and refuses the other's (`wrong_session_mode`);
notes, pause, resume and the end apply to both.

- `decide(state, graph, command)` checks a request against the session and its flow
  version and returns the payload to log, or raises a typed error (app/sessions/errors.py).
- `evolve(state, event)` applies a logged event; `replay(events)` folds a whole log. Payloads are
  self-describing (see events.py), so neither needs the graph.

Who may write (owner, receiver of an escalation) is the service's business; this module knows the
rules of the session itself. The service keeps the latest state in the session row and applies each
new event to it; `replay(log)` gives the same state (tests hold it to that).
"""

import math
import re
import uuid
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from types import MappingProxyType

from app.flows.graph import Graph, InputSpec, Node
from app.sessions.checklist import (
    Checklist,
    decide_assigned,
    decide_completed,
    decide_noted,
    decide_reopened,
)
from app.sessions.checklist import evolve as evolve_checklist
from app.sessions.errors import (
    FlowDeleted,
    InvalidAnswer,
    InvalidBackTarget,
    InvalidInputValue,
    NothingToUndo,
    OutputTooLarge,
    SessionEnded,
    SessionEscalated,
    SessionNotEscalated,
    SessionNotPaused,
    SessionPaused,
    UnknownVariable,
    WrongNode,
    WrongNodeKind,
    WrongSessionMode,
)
from app.sessions.events import (
    FINAL_STATUSES,
    MAX_INPUT_CHARS,
    MAX_OUTPUT_BYTES,
    OPEN_STATUSES,
    ActionDone,
    ActionDoneIn,
    ActionResult,
    Answered,
    AnsweredIn,
    Command,
    CopilotAccepted,
    CopilotSuggested,
    Ended,
    EndedIn,
    Escalated,
    EscalatedIn,
    InputCaptured,
    InputCapturedIn,
    InputValue,
    NoteAdded,
    NoteIn,
    OutputPasted,
    OutputPastedIn,
    Paused,
    PausedIn,
    Payload,
    Resumed,
    ResumedIn,
    SessionStatus,
    Started,
    StepAssigned,
    StepAssignedIn,
    StepCompleted,
    StepCompletedIn,
    StepNoted,
    StepNotedIn,
    StepReopened,
    StepReopenedIn,
    TakenOver,
    TakenOverIn,
    Urgency,
    WentBack,
    WentBackIn,
)


@dataclass(frozen=True, slots=True)
class FlowGraph:
    """A published version's graph, indexed for the state machine (built once per version)."""

    start: str
    nodes: Mapping[str, Node]
    # Action and input nodes lead on through their single edge.
    after: Mapping[str, str]

    @classmethod
    def of(cls, graph: Graph) -> "FlowGraph":
        nodes: dict[str, Node] = {}
        for node in graph.nodes:
            nodes.setdefault(node.id, node)
        after: dict[str, str] = {}
        for edge in graph.edges:
            after.setdefault(edge.source, edge.target)
        return cls(graph.start, MappingProxyType(nodes), MappingProxyType(after))


def distances_to_resolution(graph: FlowGraph) -> dict[str, int]:
    """Steps from each node to the nearest resolution node (unreachable nodes are absent)."""
    incoming: dict[str, list[str]] = {node_id: [] for node_id in graph.nodes}
    for node in graph.nodes.values():
        targets = [answer.target for answer in node.answers]
        if node.id in graph.after:
            targets.append(graph.after[node.id])
        for target in targets:
            incoming.setdefault(target, []).append(node.id)
    distance = {node.id: 0 for node in graph.nodes.values() if node.kind == "resolution"}
    queue = deque(distance)
    while queue:
        current = queue.popleft()
        for source in incoming.get(current, []):
            if source not in distance:
                distance[source] = distance[current] + 1
                queue.append(source)
    return distance


@dataclass(frozen=True, slots=True)
class Step:
    """A node on the path, and how it was left (all None while it is the current node)."""

    node_id: str
    entered_seq: int
    left_seq: int | None = None
    answer: str | None = None
    result: ActionResult | None = None
    variable: str | None = None
    value: InputValue = None


@dataclass(frozen=True, slots=True)
class Escalation:
    seq: int
    at: datetime
    by_id: uuid.UUID
    to_user_id: uuid.UUID | None
    reason: str
    urgency: Urgency


@dataclass(frozen=True, slots=True)
class SessionState:
    status: SessionStatus
    owner_id: uuid.UUID
    path: tuple[Step, ...]
    last_seq: int
    started_at: datetime
    last_event_at: datetime
    variables: Mapping[str, InputValue] = field(default_factory=dict)
    ended_at: datetime | None = None
    summary: str | None = None
    escalation: Escalation | None = None
    # Checklist sessions only; their path stays at the start node.
    checklist: Checklist | None = None

    @property
    def current_node(self) -> str:
        """Where the session stands: a path's last node; a checklist's first open step (its start
        node once every step is closed)."""
        if self.checklist is not None:
            return self.checklist.next_open() or self.path[0].node_id
        return self.path[-1].node_id


@dataclass(frozen=True, slots=True)
class Event:
    seq: int
    at: datetime
    author_id: uuid.UUID
    payload: Payload


# --- decide ---------------------------------------------------------------------------------


def _require_active(state: SessionState) -> None:
    if state.status in FINAL_STATUSES:
        raise SessionEnded
    if state.status == SessionStatus.ESCALATED:
        raise SessionEscalated
    if state.status == SessionStatus.PAUSED:
        raise SessionPaused


def _require_open(state: SessionState) -> None:
    if state.status in FINAL_STATUSES:
        raise SessionEnded
    if state.status == SessionStatus.ESCALATED:
        raise SessionEscalated


def _current(state: SessionState, graph: FlowGraph | None, node_id: str, kind: str) -> tuple[FlowGraph, Node]:
    """The graph and the current node, which the event names and which must be of `kind`."""
    _require_active(state)
    if node_id != state.current_node:
        raise WrongNode(f"'{node_id}' is not the current node ('{state.current_node}').")
    if graph is None:
        raise FlowDeleted
    node = graph.nodes[node_id]
    if node.kind != kind:
        raise WrongNodeKind(f"'{node_id}' is a node of kind '{node.kind}'; it does not take this event.")
    return graph, node


def check_output(output: str | None) -> None:
    # At most 4 bytes per character: only long text needs encoding to be measured.
    if output is not None and len(output) * 4 > MAX_OUTPUT_BYTES and len(output.encode()) > MAX_OUTPUT_BYTES:
        raise OutputTooLarge


def check_input(spec: InputSpec, value: InputValue) -> InputValue:
    """The value as stored, if it satisfies the input node's type and rules."""
    if isinstance(value, str):
        value = value.strip()
    if value is None or value == "":
        if spec.required:
            raise InvalidInputValue("required", f"'{spec.variable}' is required.")
        return None
    kind = spec.type
    if kind in ("text", "choice") and not isinstance(value, str):
        raise InvalidInputValue("type", f"'{spec.variable}' takes a string.")
    if kind == "number" and (isinstance(value, bool | str) or not math.isfinite(value)):
        raise InvalidInputValue("type", f"'{spec.variable}' takes a finite number.")
    if kind == "boolean" and not isinstance(value, bool):
        raise InvalidInputValue("type", f"'{spec.variable}' takes true or false.")
    if isinstance(value, str):
        if len(value) > MAX_INPUT_CHARS:
            raise InvalidInputValue("length", f"'{spec.variable}' is limited to {MAX_INPUT_CHARS} characters.")
        if kind == "choice" and value not in (spec.choices or []):
            raise InvalidInputValue("choice", f"'{spec.variable}' must be one of the node's choices.")
        # Like JSON Schema's `pattern`: a search, so the flow's author anchors it (`^...$`) when needed.
        if kind == "text" and spec.pattern is not None and re.search(spec.pattern, value) is None:
            raise InvalidInputValue("pattern", f"'{spec.variable}' does not match the expected format.")
    return value


def back_target(path: tuple[Step, ...], to_node: str) -> int:
    """The index of the latest earlier visit of `to_node` on the path."""
    for index in range(len(path) - 2, -1, -1):
        if path[index].node_id == to_node:
            return index
    raise InvalidBackTarget(f"'{to_node}' is not an earlier step of this session.")


def decide(state: SessionState, graph: FlowGraph | None, command: Command) -> Payload:
    """The payload that records `command`, or the typed error that refuses it.

    `graph` is the session's flow version (None when the flow was deleted).
    """
    if state.checklist is not None:
        return _decide_checklist(state, state.checklist, graph, command)
    match command:
        case AnsweredIn() | ActionDoneIn() | InputCapturedIn():
            return _decide_step(state, graph, command)
        case PausedIn() | ResumedIn() | EndedIn() | EscalatedIn() | TakenOverIn():
            return _decide_lifecycle(state, command)
        case NoteIn():
            return NoteAdded(text=command.text, late=state.status not in OPEN_STATUSES)
        case OutputPastedIn():
            _require_active(state)
            check_output(command.output)
            return OutputPasted(node_id=state.current_node, output=command.output, command=command.command)
        case WentBackIn():
            _require_active(state)
            if len(state.path) < 2:
                raise NothingToUndo
            to_node = command.to_node or state.path[-2].node_id
            back_target(state.path, to_node)
            return WentBack(from_node=state.current_node, to_node=to_node)
        case StepCompletedIn() | StepReopenedIn() | StepAssignedIn() | StepNotedIn():
            raise WrongSessionMode("This session walks a path; `step_*` events are for checklist sessions.")


def _decide_checklist(state: SessionState, checklist: Checklist, graph: FlowGraph | None, command: Command) -> Payload:
    match command:
        case StepCompletedIn():
            _require_active(state)
            if graph is None:
                raise FlowDeleted
            return decide_completed(checklist, graph, command, check_input, check_output)
        case StepReopenedIn():
            _require_active(state)
            return decide_reopened(checklist, command)
        case StepAssignedIn():
            _require_open(state)
            return decide_assigned(checklist, command)
        case StepNotedIn():
            return decide_noted(checklist, command, state.status not in OPEN_STATUSES, check_output)
        case NoteIn():
            return NoteAdded(text=command.text, late=state.status not in OPEN_STATUSES)
        case PausedIn() | ResumedIn() | EndedIn():
            return _decide_lifecycle(state, command)
    raise WrongSessionMode(
        f"A checklist session takes `step_*` events, notes, pause, resume and the end, not `{command.type}`."
    )


def _decide_step(
    state: SessionState, graph: FlowGraph | None, command: AnsweredIn | ActionDoneIn | InputCapturedIn
) -> Payload:
    """Moving forward from the current node: answer its question, do its action, capture its input."""
    match command:
        case AnsweredIn():
            _, node = _current(state, graph, command.node_id, "question")
            if command.answer >= len(node.answers):
                raise InvalidAnswer(f"'{node.id}' has {len(node.answers)} answers (0 to {len(node.answers) - 1}).")
            option = node.answers[command.answer]
            return Answered(node_id=node.id, answer=command.answer, label=option.label, target=option.target)
        case ActionDoneIn():
            flow, node = _current(state, graph, command.node_id, "action")
            check_output(command.output)
            # Publishing guarantees one edge out of every action and input node.
            next_node = flow.after[node.id]
            return ActionDone(node_id=node.id, result=command.result, output=command.output, next_node=next_node)
        case InputCapturedIn():
            flow, node = _current(state, graph, command.node_id, "input")
            spec = node.input
            if spec is None or command.variable != spec.variable:
                raise UnknownVariable(f"'{node.id}' does not capture '{command.variable}'.")
            value = check_input(spec, command.value)
            return InputCaptured(node_id=node.id, variable=spec.variable, value=value, next_node=flow.after[node.id])


def _decide_lifecycle(
    state: SessionState, command: PausedIn | ResumedIn | EndedIn | EscalatedIn | TakenOverIn
) -> Payload:
    match command:
        case PausedIn():
            _require_active(state)
            return Paused(reason=command.reason)
        case ResumedIn():
            _require_open(state)
            if state.status != SessionStatus.PAUSED:
                raise SessionNotPaused
            return Resumed()
        case EndedIn():
            # An escalated session may be closed too (nobody took it, or the owner solved it after all).
            if state.status in FINAL_STATUSES:
                raise SessionEnded
            return Ended(outcome=command.outcome, summary=command.summary, node_id=state.current_node)
        case EscalatedIn():
            _require_open(state)
            return Escalated(
                node_id=state.current_node,
                to_user_id=command.to_user_id,
                reason=command.reason,
                urgency=command.urgency,
            )
        case TakenOverIn():
            if state.status != SessionStatus.ESCALATED:
                raise SessionNotEscalated
            return TakenOver(from_user_id=state.owner_id)


# --- evolve ---------------------------------------------------------------------------------


def initial(event: Event) -> SessionState:
    """The state after the `started` event (seq 1) of a session."""
    payload = event.payload
    if not isinstance(payload, Started):
        raise ValueError(f"a log starts with `started`, not `{payload.type}`")
    return SessionState(
        status=SessionStatus.ACTIVE,
        owner_id=event.author_id,
        path=(Step(payload.node_id, event.seq),),
        last_seq=event.seq,
        started_at=event.at,
        last_event_at=event.at,
        checklist=None if payload.checklist is None else Checklist.of(payload.checklist),
    )


def _advance(state: SessionState, seq: int, left: Step, to_node: str) -> SessionState:
    """Replace the current step by `left` (how it was left) and enter `to_node` at `seq`."""
    return replace(state, path=(*state.path[:-1], left, Step(to_node, seq)))


def _variables(path: Iterable[Step]) -> dict[str, InputValue]:
    return {step.variable: step.value for step in path if step.variable is not None}


def evolve(state: SessionState, event: Event) -> SessionState:
    """The state after a logged event (which `decide` accepted when it was appended)."""
    state = replace(state, last_seq=event.seq, last_event_at=event.at)
    current = state.path[-1]
    match event.payload:
        case Answered(label=label, target=target):
            return _advance(state, event.seq, replace(current, left_seq=event.seq, answer=label), target)
        case ActionDone(result=result, next_node=next_node):
            return _advance(state, event.seq, replace(current, left_seq=event.seq, result=result), next_node)
        case InputCaptured(variable=variable, value=value, next_node=next_node):
            left = replace(current, left_seq=event.seq, variable=variable, value=value)
            state = _advance(state, event.seq, left, next_node)
            return replace(state, variables={**state.variables, variable: value})
        case WentBack(to_node=to_node):
            index = back_target(state.path, to_node)
            kept = state.path[:index]
            return replace(
                state, path=(*kept, Step(to_node, state.path[index].entered_seq)), variables=_variables(kept)
            )
        case Paused():
            return replace(state, status=SessionStatus.PAUSED)
        case Resumed():
            return replace(state, status=SessionStatus.ACTIVE)
        case Escalated(to_user_id=to_user_id, reason=reason, urgency=urgency):
            escalation = Escalation(event.seq, event.at, event.author_id, to_user_id, reason, urgency)
            return replace(state, status=SessionStatus.ESCALATED, ended_at=event.at, escalation=escalation)
        case TakenOver():
            return replace(state, status=SessionStatus.ACTIVE, owner_id=event.author_id, ended_at=None, escalation=None)
        case Ended(outcome=outcome, summary=summary):
            return replace(state, status=SessionStatus(outcome), ended_at=event.at, summary=summary, escalation=None)
        case StepCompleted() | StepReopened() | StepAssigned() | StepNoted():
            assert state.checklist is not None  # decide accepts them in checklist sessions only
            checklist = evolve_checklist(state.checklist, event.seq, event.at, event.author_id, event.payload)
            return replace(state, checklist=checklist, variables=checklist.variables())
        case NoteAdded() | OutputPasted() | CopilotSuggested() | CopilotAccepted():
            return state
        case Started():
            raise ValueError(f"a session starts only once (seq {event.seq})")


def replay(events: Iterable[Event]) -> SessionState:
    """The state a whole log (in seq order, starting with `started`) leads to."""
    iterator = iter(events)
    state = initial(next(iterator))
    for event in iterator:
        state = evolve(state, event)
    return state
