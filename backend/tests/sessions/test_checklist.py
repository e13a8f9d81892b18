"""Checklist sessions on their own: the steps of a procedural flow, decide/evolve/replay (no database)."""

import uuid
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter

from app.core.errors import AppError
from app.flows.graph import Graph
from app.flows.validation import validate_graph
from app.sessions import errors
from app.sessions.checklist import from_json, ruled_out, spec_of, to_json
from app.sessions.events import (
    EndedIn,
    EscalatedIn,
    EventIn,
    NoteIn,
    PausedIn,
    ResumedIn,
    SessionStatus,
    Started,
    StepAssignedIn,
    StepCompletedIn,
    StepNotedIn,
    StepReopenedIn,
)
from app.sessions.service import PAYLOAD
from app.sessions.state import Event, FlowGraph, SessionState, decide, evolve, initial, replay
from tests.sessions.helpers import outlook_graph, project_graph

GRAPH_MODEL = Graph.model_validate(project_graph())
GRAPH = FlowGraph.of(GRAPH_MODEL)
OWNER, OTHER = uuid.uuid4(), uuid.uuid4()
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
COMMAND: TypeAdapter[Any] = TypeAdapter(EventIn)


class Run:
    """A checklist session driven through decide + evolve, keeping its log."""

    def __init__(self, graph: FlowGraph | None = GRAPH) -> None:
        self.graph = graph
        started = Started(
            flow_id=uuid.uuid4(),
            flow_version=1,
            flow_title="Accounts",
            node_id="backup",
            checklist=spec_of(GRAPH_MODEL),
        )
        self.log = [Event(1, T0, OWNER, started)]
        self.state = initial(self.log[0])

    def do(self, command: Any, author: uuid.UUID = OWNER) -> SessionState:
        if isinstance(command, dict):
            command = COMMAND.validate_python(command)
        payload = decide(self.state, self.graph, command)
        event = Event(self.state.last_seq + 1, T0 + timedelta(minutes=len(self.log)), author, payload)
        self.log.append(event)
        self.state = evolve(self.state, event)
        return self.state

    def refused(self, command: Any, error: type[AppError]) -> AppError:
        before = self.state
        with pytest.raises(error) as raised:
            self.do(command)
        assert self.state == before
        return raised.value

    def status(self, node_id: str) -> str:
        assert self.state.checklist is not None
        return self.state.checklist.steps[node_id].status


def completed(node_id: str, result: str = "done", **extra: Any) -> dict[str, Any]:
    return {"type": "step_completed", "node_id": node_id, "result": result, **extra}


def test_the_project_flow_is_publishable() -> None:
    assert validate_graph(GRAPH_MODEL).valid


def test_the_checklist_is_every_non_terminal_node_by_section_in_node_order() -> None:
    spec = spec_of(GRAPH_MODEL)
    assert [(s.name, s.sequential, [step.node_id for step in s.steps]) for s in spec.sections] == [
        ("Prepare", True, ["backup", "ticket"]),
        ("Accounts", False, ["where", "ad", "sync", "cloud"]),
        ("Finish", False, ["licence"]),
    ]
    state = Run().state
    assert state.checklist is not None
    assert (state.status, state.current_node, state.checklist.counts().percent) == ("active", "backup", 0)


def test_steps_without_a_section_form_one_unnamed_section() -> None:
    spec = spec_of(Graph.model_validate(outlook_graph()))
    assert [(s.name, [step.node_id for step in s.steps]) for s in spec.sections] == [
        (None, ["ask", "addins", "works", "code", "profile"])
    ]


def test_steps_of_an_unordered_section_are_done_in_any_order_by_anyone() -> None:
    run = Run()
    run.do(completed("licence"), author=OTHER)
    run.do(completed("cloud", "failed", output="Licence pool empty", note="Asked the client to buy one"))
    state = run.do(completed("sync", "skipped"))
    assert state.checklist is not None
    steps = state.checklist.steps
    assert (steps["licence"].status, steps["licence"].by_id, steps["licence"].seq) == ("done", OTHER, 2)
    assert (steps["cloud"].status, steps["cloud"].notes) == ("failed", 2)
    counts = state.checklist.counts()
    assert (counts.closed, counts.applicable, counts.percent) == (3, 7, 42)
    assert state.current_node == "backup"  # the first open step


def test_a_sequential_section_waits_for_the_steps_before() -> None:
    run = Run()
    refused = run.refused(completed("ticket", value="T-1"), errors.StepOutOfOrder)
    assert refused.body()["waiting_for"] == ["backup"]
    run.do(completed("backup", "skipped"))
    assert run.do(completed("ticket", value=" T-42 ")).variables == {"change": "T-42"}
    # Reopening an earlier step is a correction: the later step stays done.
    run.do({"type": "step_reopened", "node_id": "backup", "reason": "Backup was of the wrong mailbox"})
    assert (run.status("backup"), run.status("ticket")) == ("open", "done")


def test_answering_a_question_rules_out_the_other_branch_until_it_changes() -> None:
    run = Run()
    assert ruled_out(GRAPH, "where", 1) == {"ad", "sync"}
    assert ruled_out(GRAPH, "where", 0) == {"cloud"}

    run.do(completed("ad"))
    state = run.do(completed("where", answer=1))
    assert run.log[-1].payload.model_dump()["ruled_out"] == ["ad", "sync"]
    # `ad` was done before: it stays done (and counts); only open steps stop applying.
    assert (run.status("ad"), run.status("sync"), run.status("cloud")) == ("done", "not_applicable", "open")
    assert state.checklist is not None
    assert (state.checklist.steps["where"].answer, state.checklist.steps["sync"].ruled_out_by) == ("Cloud", "where")
    counts = state.checklist.counts()
    assert (counts.not_applicable, counts.applicable) == (1, 6)

    run.refused(completed("sync"), errors.StepNotApplicable)
    run.refused({"type": "step_reopened", "node_id": "sync"}, errors.StepNotApplicable)

    run.do(completed("where", answer=0))  # changed the answer: the other branch is out now
    assert (run.status("sync"), run.status("cloud")) == ("open", "not_applicable")
    run.do({"type": "step_reopened", "node_id": "where"})
    assert (run.status("sync"), run.status("cloud"), run.status("where")) == ("open", "open", "open")


def test_each_kind_of_step_takes_what_fits_it() -> None:
    run = Run()
    run.refused(completed("where"), errors.InvalidAnswer)  # done without an answer
    run.refused(completed("where", answer=2), errors.InvalidAnswer)
    run.refused(completed("where", "failed"), errors.WrongNodeKind)
    run.refused(completed("where", "skipped", answer=0), errors.InvalidAnswer)
    run.refused(completed("licence", answer=0), errors.WrongNodeKind)
    run.refused(completed("licence", value="x"), errors.WrongNodeKind)
    run.refused(completed("nope"), errors.UnknownStep)
    run.do(completed("backup"))
    refused = run.refused(completed("ticket", value="42"), errors.InvalidInputValue)
    assert refused.body()["rule"] == "pattern"
    run.refused(completed("ticket", "skipped", value="T-1"), errors.WrongNodeKind)
    run.refused(completed("licence", output="x" * (256 * 1024 + 1)), errors.OutputTooLarge)
    state = run.do(completed("ticket", "failed"))
    assert state.variables == {}
    run.refused({"type": "step_reopened", "node_id": "licence"}, errors.StepNotClosed)


def test_path_events_and_step_events_stay_in_their_own_mode() -> None:
    run = Run()
    for command in (
        {"type": "answered", "node_id": "where", "answer": 0},
        {"type": "action_done", "node_id": "backup", "result": "done"},
        {"type": "input_captured", "node_id": "ticket", "variable": "change", "value": "T-1"},
        {"type": "output_pasted", "output": "x"},
        {"type": "went_back"},
    ):
        run.refused(command, errors.WrongSessionMode)
    run.refused(EscalatedIn(reason="Not for checklists"), errors.WrongSessionMode)

    from tests.sessions.test_state import Run as PathRun

    path = PathRun()
    for command in (completed("ask"), {"type": "step_reopened", "node_id": "ask"}):
        path.refused(command, errors.WrongSessionMode)


def test_pausing_and_ending_apply_to_checklists_too() -> None:
    run = Run()
    run.do(PausedIn(type="paused", reason="Waiting for the client"))
    run.refused(completed("licence"), errors.SessionPaused)
    run.do(StepAssignedIn(type="step_assigned", node_id="licence", assignee_id=OTHER))
    run.do(ResumedIn(type="resumed"))
    run.do(completed("licence"))
    state = run.do(EndedIn(type="ended", outcome="unresolved", summary="Client postponed the rest."))
    assert (state.status, state.summary) == (SessionStatus.UNRESOLVED, "Client postponed the rest.")
    run.refused(completed("backup"), errors.SessionEnded)
    run.refused({"type": "step_assigned", "node_id": "backup"}, errors.SessionEnded)
    run.do(StepNotedIn(type="step_noted", node_id="backup", text="Done by the client after all"))
    assert run.log[-1].payload.model_dump()["late"] is True
    run.do(NoteIn(type="note", text="Follow-up booked"))


def test_assignment_records_who_and_when_in_utc() -> None:
    run = Run()
    due = datetime(2026, 11, 30, 17, 0, tzinfo=timezone(timedelta(hours=2)))
    state = run.do({"type": "step_assigned", "node_id": "sync", "assignee_id": str(OTHER), "due_at": due.isoformat()})
    assert state.checklist is not None
    step = state.checklist.steps["sync"]
    assert (step.assignee_id, step.due_at, step.due_at and step.due_at.tzinfo) == (OTHER, due, UTC)
    state = run.do({"type": "step_assigned", "node_id": "sync"})
    assert state.checklist is not None
    assert (state.checklist.steps["sync"].assignee_id, state.checklist.steps["sync"].due_at) == (None, None)


def test_without_the_graph_steps_cannot_be_completed_but_the_rest_works() -> None:
    run = Run(graph=None)
    run.refused(completed("backup"), errors.FlowDeleted)
    run.do({"type": "step_noted", "node_id": "backup", "output": "log"})
    assert run.do({"type": "ended", "outcome": "abandoned", "summary": "Flow deleted"}).status == "abandoned"


def test_the_stored_checklist_is_the_state() -> None:
    run = Run()
    run.do(completed("where", answer=1, note="cloud only"))
    run.do({"type": "step_assigned", "node_id": "licence", "assignee_id": str(OTHER), "due_at": "2026-12-01T08:00Z"})
    run.do(completed("backup"))
    run.do(completed("ticket", value="T-7"))
    assert run.state.checklist is not None
    assert from_json(to_json(run.state.checklist)) == run.state.checklist
    assert replay(run.log) == run.state


# --- properties -----------------------------------------------------------------------------

STEP_IDS = ["backup", "ticket", "where", "ad", "sync", "cloud", "licence", "nope"]
INTENTS = ["complete"] * 6 + ["reopen"] * 2 + ["assign", "note", "step_note", "pause", "resume", "end"]


def _command(intent: str, number: int, text: str) -> Any:
    node_id = STEP_IDS[number % len(STEP_IDS)]
    match intent:
        case "complete":
            result = ("done", "done", "failed", "skipped")[number % 4]
            answer = number % 3 if node_id == "where" else None
            value = (f"T-{number}" if number % 5 else text) if node_id == "ticket" and result == "done" else None
            return StepCompletedIn(type="step_completed", node_id=node_id, result=result, answer=answer, value=value)
        case "reopen":
            return StepReopenedIn(type="step_reopened", node_id=node_id)
        case "assign":
            due = T0 + timedelta(hours=number % 100) if number % 2 else None
            return StepAssignedIn(type="step_assigned", node_id=node_id, assignee_id=OTHER, due_at=due)
        case "note":
            return NoteIn(type="note", text=text.strip() or "n")
        case "step_note":
            return StepNotedIn(type="step_noted", node_id=node_id, output=text or "o")
        case "pause":
            return PausedIn(type="paused")
        case "resume":
            return ResumedIn(type="resumed")
        case _:
            return EndedIn(type="ended", outcome=("resolved", "unresolved")[number % 2], summary="s")


intents = st.lists(
    st.tuples(st.sampled_from(INTENTS), st.integers(0, 2**16), st.text(max_size=8), st.booleans()), max_size=60
)


def _stored(event: Event) -> Event:
    """The event as the service writes it and reads it back (JSONB without its type)."""
    row: dict[str, Any] = {"type": event.payload.type, **event.payload.model_dump(mode="json", exclude={"type"})}
    return Event(event.seq, event.at, event.author_id, PAYLOAD.validate_python(row))


@given(intents)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_checklist_log_replays_to_the_incrementally_evolved_state(steps: list[tuple[str, int, str, bool]]) -> None:
    run = Run()
    states = [run.state]
    for intent, number, text, by_other in steps:
        try:
            run.do(_command(intent, number, text), author=OTHER if by_other else OWNER)
        except AppError:
            continue
        states.append(run.state)

    assert replay(run.log) == run.state
    assert replay([_stored(event) for event in run.log]) == run.state
    for length, state in enumerate(states, start=1):
        assert replay(run.log[:length]) == state
    for state in states:
        checklist = state.checklist
        assert checklist is not None
        assert from_json(to_json(checklist)) == checklist
        counts = checklist.counts()
        assert counts.applicable + counts.not_applicable == len(checklist.steps) == 7
        assert 0 <= counts.percent <= 100
        assert (counts.percent == 100) == (counts.open == 0)
        assert dict(state.variables) == checklist.variables()
        for step in checklist.steps.values():
            # A step is ruled out only by a question answered so that it does not apply.
            assert (step.status == "not_applicable") == (step.ruled_out_by is not None)
            if step.ruled_out_by is not None:
                question = checklist.steps[step.ruled_out_by]
                assert question.status == "done"
                answer = next(i for i, a in enumerate(GRAPH.nodes["where"].answers) if a.label == question.answer)
                assert step.node_id in ruled_out(GRAPH, question.node_id, answer)
        assert state.current_node == (checklist.next_open() or "backup")
    assert [event.seq for event in run.log] == list(range(1, len(run.log) + 1))


@given(intents, st.integers(0, 2**16))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_in_a_sequential_section_a_step_never_closes_before_the_ones_before_it(
    steps: list[tuple[str, int, str, bool]], number: int
) -> None:
    run = Run()
    for intent, step_number, text, _ in [*steps, ("complete", number, "", False)]:
        before = run.state.checklist
        assert before is not None
        try:
            run.do(_command(intent, step_number, text))
        except AppError:
            continue
        payload = run.log[-1].payload
        if payload.type == "step_completed" and payload.node_id == "ticket":
            assert before.steps["backup"].closed
