"""Checklist sessions: a procedural or maintenance flow worked as a checklist. Pure: no database.

- The steps come from the flow version (`spec_of`): every question, action and input node in node
  order, grouped by `section` (sections in the order of their first node; steps without a section
  form one unnamed section). Resolution and escalation nodes are not steps: a checklist session ends
  with `ended`, like any session. The `started` event keeps the list, so replaying needs no graph.
- Steps are done in any order and by any engineer of the team, unless their section is sequential
  (`graph.sections`): then a step waits until every step before it in the section is closed.
- Closed means done, failed, skipped or not applicable. Answering a question rules out the steps that
  only its other answers lead to: they become `not_applicable` (left out of the progress) until the
  question is reopened or answered differently; the `step_completed` payload lists them.
- Completing a closed step again records the new result (e.g. failed, fixed, then done); reopening
  a step makes it open again.
- Progress: closed steps of the applicable ones (`Counts.percent`).
"""

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, get_args

from app.flows.graph import TERMINAL_KINDS, Graph, InputSpec
from app.sessions.errors import (
    InvalidAnswer,
    StepNotApplicable,
    StepNotClosed,
    StepOutOfOrder,
    UnknownStep,
    WrongNodeKind,
)
from app.sessions.events import (
    ChecklistSectionSpec,
    ChecklistSpec,
    ChecklistStepSpec,
    InputValue,
    Payload,
    StepAssigned,
    StepAssignedIn,
    StepCompleted,
    StepCompletedIn,
    StepKind,
    StepNoted,
    StepNotedIn,
    StepReopened,
    StepReopenedIn,
    StepStatus,
)

if TYPE_CHECKING:  # state.py imports this module
    from app.sessions.state import FlowGraph

CheckInput = Callable[[InputSpec, InputValue], InputValue]
CheckOutput = Callable[[str | None], None]

CLOSED: frozenset[str] = frozenset({"done", "failed", "skipped", "not_applicable"})
STATUSES: tuple[StepStatus, ...] = get_args(StepStatus)


# Not frozen (treated as immutable all the same: changed only through `replace`): a frozen dataclass's
# __init__ costs several times more, and a maintenance run reads a thousand checklists at once.
@dataclass(slots=True)
class ChecklistStep:
    node_id: str
    title: str
    kind: StepKind
    section: int  # index in Checklist.sections
    status: StepStatus = "open"
    # The event that last opened or closed the step (null while it was never touched).
    seq: int | None = None
    at: datetime | None = None
    by_id: uuid.UUID | None = None
    answer: str | None = None  # the chosen answer's label (questions)
    variable: str | None = None  # inputs
    value: InputValue = None
    ruled_out_by: str | None = None  # the question whose answer made the step not applicable
    assignee_id: uuid.UUID | None = None
    due_at: datetime | None = None
    notes: int = 0  # notes and evidence attached (their text is in the log)
    # The stored form this step was read from (to_json writes it back as it is); a changed step is a
    # new object (`replace`) without one.
    stored: dict[str, Any] | None = field(default=None, init=False, compare=False, repr=False)

    @property
    def closed(self) -> bool:
        return self.status in CLOSED


@dataclass(frozen=True, slots=True)
class ChecklistSection:
    name: str | None
    sequential: bool
    steps: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Counts:
    open: int = 0
    done: int = 0
    failed: int = 0
    skipped: int = 0
    not_applicable: int = 0

    @property
    def applicable(self) -> int:
        return self.open + self.done + self.failed + self.skipped

    @property
    def closed(self) -> int:
        return self.done + self.failed + self.skipped

    @property
    def percent(self) -> int:
        """Closed of the applicable steps, rounded down: 100 only when nothing is open."""
        return 100 if self.applicable == 0 else self.closed * 100 // self.applicable

    def as_dict(self) -> dict[str, int]:
        return {status: getattr(self, status) for status in STATUSES}


def counts_of(steps: Iterable[ChecklistStep]) -> Counts:
    tally = dict.fromkeys(STATUSES, 0)
    for step in steps:
        tally[step.status] += 1
    return Counts(**tally)


@dataclass(frozen=True, slots=True)
class Checklist:
    sections: tuple[ChecklistSection, ...]
    steps: Mapping[str, ChecklistStep]  # in checklist order

    @classmethod
    def of(cls, spec: ChecklistSpec) -> "Checklist":
        sections: list[ChecklistSection] = []
        steps: dict[str, ChecklistStep] = {}
        for index, section in enumerate(spec.sections):
            sections.append(
                ChecklistSection(section.name, section.sequential, tuple(step.node_id for step in section.steps))
            )
            for step in section.steps:
                steps[step.node_id] = ChecklistStep(step.node_id, step.title, step.kind, index)
        return cls(tuple(sections), steps)

    def counts(self) -> Counts:
        return counts_of(self.steps.values())

    def next_open(self) -> str | None:
        """The first open step in checklist order (never one that waits: in a sequential section the
        first open step is the first one not closed)."""
        for step in self.steps.values():
            if step.status == "open":
                return step.node_id
        return None

    def waiting_for(self, node_id: str) -> list[str]:
        """In a sequential section: the steps before `node_id` that are still open."""
        step = self.steps[node_id]
        section = self.sections[step.section]
        if not section.sequential:
            return []
        waiting = []
        for earlier in section.steps:
            if earlier == node_id:
                break
            if not self.steps[earlier].closed:
                waiting.append(earlier)
        return waiting

    def variables(self) -> dict[str, InputValue]:
        return {
            step.variable: step.value
            for step in self.steps.values()
            if step.variable is not None and step.status == "done"
        }


# --- from the flow version ------------------------------------------------------------------


def spec_of(graph: Graph) -> ChecklistSpec:
    """The checklist of a procedural or maintenance flow version."""
    sequential = {settings.name: settings.sequential for settings in graph.sections}
    sections: dict[str | None, list[ChecklistStepSpec]] = {}
    seen: set[str] = set()
    for node in graph.nodes:
        if node.kind in TERMINAL_KINDS or node.id in seen:
            continue
        seen.add(node.id)
        name = node.section or None
        step = ChecklistStepSpec(node_id=node.id, title=node.title, kind=node.kind)
        sections.setdefault(name, []).append(step)
    return ChecklistSpec(
        sections=[
            ChecklistSectionSpec(name=name, sequential=sequential.get(name or "", False), steps=steps)
            for name, steps in sections.items()
        ]
    )


def _successors(graph: "FlowGraph", node_id: str) -> list[str]:
    node = graph.nodes[node_id]
    if node.kind == "question":
        return [answer.target for answer in node.answers if answer.target in graph.nodes]
    following = graph.after.get(node_id)
    return [following] if following is not None and following in graph.nodes else []


def _reach(graph: "FlowGraph", starts: Iterable[str], avoid: str) -> set[str]:
    """Nodes reachable from `starts` without entering `avoid` (iterative)."""
    seen: set[str] = set()
    stack = [node for node in starts if node != avoid and node in graph.nodes]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        stack += [child for child in _successors(graph, node) if child != avoid and child not in seen]
    return seen


def ruled_out(graph: "FlowGraph", node_id: str, answer: int) -> set[str]:
    """The nodes that only the question's other answers lead to: reachable from another answer, but
    neither from the chosen one nor from the start without passing through the question."""
    answers = graph.nodes[node_id].answers
    chosen = answers[answer].target
    others = [option.target for option in answers if option.target != chosen]
    if not others:
        return set()
    candidates = _reach(graph, others, node_id)
    if not candidates:
        return set()
    return candidates - _reach(graph, [chosen], node_id) - _reach(graph, [graph.start], node_id) - {node_id}


# --- decide ---------------------------------------------------------------------------------


def _step(checklist: Checklist, node_id: str) -> ChecklistStep:
    step = checklist.steps.get(node_id)
    if step is None:
        raise UnknownStep(f"'{node_id}' is not a step of this checklist.")
    return step


def decide_completed(
    checklist: Checklist,
    graph: "FlowGraph",
    command: StepCompletedIn,
    check_input: CheckInput,
    check_output: CheckOutput,
) -> StepCompleted:
    """`check_input` and `check_output` are the rules inputs and output follow on a path too (state.py)."""
    step = _step(checklist, command.node_id)
    if step.status == "not_applicable":
        raise StepNotApplicable(
            f"'{step.node_id}' does not apply after the answer to '{step.ruled_out_by}'; reopen that question first."
        )
    if waiting := checklist.waiting_for(step.node_id):
        raise StepOutOfOrder(waiting)
    node = graph.nodes[step.node_id]
    result = command.result
    if command.answer is not None and node.kind != "question":
        raise WrongNodeKind(f"'{node.id}' is not a question; only questions take an answer.")
    if command.value is not None and node.kind != "input":
        raise WrongNodeKind(f"'{node.id}' is not an input; only inputs take a value.")
    check_output(command.output)
    label = variable = None
    value: InputValue = None
    out: list[str] = []
    if node.kind == "question":
        if result == "failed":
            raise WrongNodeKind(f"'{node.id}' is a question: answer it (done) or skip it.")
        if result == "done":
            if command.answer is None or command.answer >= len(node.answers):
                raise InvalidAnswer(f"Answer '{node.id}' with one of its {len(node.answers)} answers (0 to N-1).")
            label = node.answers[command.answer].label
            excluded = ruled_out(graph, node.id, command.answer)
            out = [node_id for node_id in checklist.steps if node_id in excluded]
        elif command.answer is not None:
            raise InvalidAnswer("A skipped question has no answer.")
    elif node.kind == "input" and node.input is not None:
        variable = node.input.variable
        if result == "done":
            value = check_input(node.input, command.value)
        elif command.value is not None:
            raise WrongNodeKind(f"'{node.id}' was not captured ({result}); send no value.")
    return StepCompleted(
        node_id=step.node_id,
        result=result,
        answer=command.answer if label is not None else None,
        label=label,
        variable=variable,
        value=value,
        output=command.output,
        note=command.note,
        ruled_out=out,
    )


def decide_reopened(checklist: Checklist, command: StepReopenedIn) -> StepReopened:
    step = _step(checklist, command.node_id)
    if step.status == "not_applicable":
        raise StepNotApplicable(
            f"'{step.node_id}' was ruled out by the answer to '{step.ruled_out_by}'; reopen that question instead."
        )
    if step.status == "open":
        raise StepNotClosed
    return StepReopened(node_id=step.node_id, reason=command.reason)


def decide_assigned(checklist: Checklist, command: StepAssignedIn) -> StepAssigned:
    step = _step(checklist, command.node_id)
    due_at = None if command.due_at is None else command.due_at.astimezone(UTC)
    return StepAssigned(node_id=step.node_id, assignee_id=command.assignee_id, due_at=due_at)


def decide_noted(checklist: Checklist, command: StepNotedIn, late: bool, check_output: CheckOutput) -> StepNoted:
    step = _step(checklist, command.node_id)
    check_output(command.output)
    return StepNoted(node_id=step.node_id, text=command.text, output=command.output, late=late)


# --- evolve ---------------------------------------------------------------------------------


def _restore(steps: dict[str, ChecklistStep], question: str) -> None:
    """Steps ruled out by `question` apply again."""
    for node_id, step in steps.items():
        if step.ruled_out_by == question:
            steps[node_id] = replace(step, status="open", ruled_out_by=None)


def evolve(checklist: Checklist, seq: int, at: datetime, author_id: uuid.UUID, payload: Payload) -> Checklist:
    steps = dict(checklist.steps)
    match payload:
        case StepCompleted():
            _restore(steps, payload.node_id)
            step = steps[payload.node_id]
            steps[payload.node_id] = replace(
                step,
                status=payload.result,
                seq=seq,
                at=at,
                by_id=author_id,
                answer=payload.label,
                variable=payload.variable,
                value=payload.value,
                notes=step.notes + (payload.note is not None) + (payload.output is not None),
            )
            for node_id in payload.ruled_out:
                other = steps[node_id]
                if other.status == "open":
                    steps[node_id] = replace(other, status="not_applicable", ruled_out_by=payload.node_id)
        case StepReopened():
            _restore(steps, payload.node_id)
            step = steps[payload.node_id]
            steps[payload.node_id] = replace(
                step, status="open", seq=seq, at=at, by_id=author_id, answer=None, variable=None, value=None
            )
        case StepAssigned():
            step = steps[payload.node_id]
            steps[payload.node_id] = replace(step, assignee_id=payload.assignee_id, due_at=payload.due_at)
        case StepNoted():
            step = steps[payload.node_id]
            steps[payload.node_id] = replace(step, notes=step.notes + 1)
        case _:
            return checklist
    return replace(checklist, steps=steps)


# --- storage (the session row's `checklist` column) -----------------------------------------


def _step_json(step: ChecklistStep) -> dict[str, Any]:
    """A step as stored: what differs from a fresh step (field by field: this runs for the steps of
    every session a maintenance run writes; those read from storage and unchanged are reused)."""
    if step.stored is not None:
        return step.stored
    stored: dict[str, Any] = {"node_id": step.node_id, "title": step.title, "kind": step.kind, "section": step.section}
    if step.status != "open":
        stored["status"] = step.status
    if step.seq is not None:
        stored["seq"] = step.seq
    if step.at is not None:
        stored["at"] = step.at.isoformat()
    if step.by_id is not None:
        stored["by_id"] = str(step.by_id)
    if step.answer is not None:
        stored["answer"] = step.answer
    if step.variable is not None:
        stored["variable"] = step.variable
        stored["value"] = step.value  # null is a value too
    if step.ruled_out_by is not None:
        stored["ruled_out_by"] = step.ruled_out_by
    if step.assignee_id is not None:
        stored["assignee_id"] = str(step.assignee_id)
    if step.due_at is not None:
        stored["due_at"] = step.due_at.isoformat()
    if step.notes:
        stored["notes"] = step.notes
    return stored


def to_json(checklist: Checklist) -> dict[str, Any]:
    """What the session row stores."""
    return {
        "sections": [
            {"name": section.name, "sequential": section.sequential, "steps": list(section.steps)}
            for section in checklist.sections
        ],
        "steps": [_step_json(step) for step in checklist.steps.values()],
    }


def stored_counts(stored: Mapping[str, Any]) -> Counts:
    """The counts of a stored checklist, without building it."""
    tally = dict.fromkeys(STATUSES, 0)
    for step in stored["steps"]:
        tally[step.get("status", "open")] += 1
    return Counts(**tally)


def _step_of(stored: Mapping[str, Any]) -> ChecklistStep:
    get = stored.get
    at, by_id, assignee_id, due_at = get("at"), get("by_id"), get("assignee_id"), get("due_at")
    step = ChecklistStep(
        stored["node_id"],
        stored["title"],
        stored["kind"],
        stored["section"],
        get("status", "open"),
        get("seq"),
        None if at is None else datetime.fromisoformat(at),
        None if by_id is None else uuid.UUID(by_id),
        get("answer"),
        get("variable"),
        get("value"),
        get("ruled_out_by"),
        None if assignee_id is None else uuid.UUID(assignee_id),
        None if due_at is None else datetime.fromisoformat(due_at),
        get("notes", 0),
    )
    step.stored = dict(stored)
    return step


def from_json(stored: Mapping[str, Any]) -> Checklist:
    sections = tuple(
        ChecklistSection(section["name"], section["sequential"], tuple(section["steps"]))
        for section in stored["sections"]
    )
    steps = {step["node_id"]: _step_of(step) for step in stored["steps"]}
    return Checklist(sections, steps)
