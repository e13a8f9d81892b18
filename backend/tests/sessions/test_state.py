"""The session state machine on its own: decide, evolve, replay (no database)."""

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter

from app.core.errors import AppError
from app.flows.graph import Graph, InputSpec
from app.flows.validation import validate_graph
from app.sessions import errors
from app.sessions.events import (
    ActionDoneIn,
    AnsweredIn,
    Command,
    EndedIn,
    EscalatedIn,
    EventIn,
    InputCapturedIn,
    NoteIn,
    OutputPastedIn,
    PausedIn,
    ResumedIn,
    SessionStatus,
    Started,
    TakenOverIn,
    WentBackIn,
)
from app.sessions.state import Event, FlowGraph, SessionState, check_input, decide, evolve, initial, replay
from tests.sessions.helpers import outlook_graph

GRAPH = FlowGraph.of(Graph.model_validate(outlook_graph()))
OWNER = uuid.uuid4()
RECEIVER = uuid.uuid4()
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
COMMAND: TypeAdapter[Any] = TypeAdapter(EventIn)


def test_the_test_flow_is_publishable() -> None:
    assert validate_graph(Graph.model_validate(outlook_graph())).valid


class Run:
    """A session driven through decide + evolve, keeping its log."""

    def __init__(self, graph: FlowGraph | None = GRAPH) -> None:
        self.graph = graph
        started = Started(flow_id=uuid.uuid4(), flow_version=1, flow_title="Outlook", node_id=GRAPH.start)
        self.log = [Event(1, T0, OWNER, started)]
        self.state = initial(self.log[0])

    def do(self, command: Command | dict[str, Any], author: uuid.UUID = OWNER) -> SessionState:
        if isinstance(command, dict):
            command = COMMAND.validate_python(command)
        payload = decide(self.state, self.graph, command)
        event = Event(self.state.last_seq + 1, T0 + timedelta(minutes=len(self.log)), author, payload)
        self.log.append(event)
        self.state = evolve(self.state, event)
        return self.state

    def refused(self, command: Command | dict[str, Any], error: type[AppError]) -> AppError:
        before = self.state
        with pytest.raises(error) as raised:
            self.do(command)
        assert self.state == before
        return raised.value


def answer(node_id: str, index: int) -> dict[str, Any]:
    return {"type": "answered", "node_id": node_id, "answer": index}


def test_a_session_starts_active_on_the_start_node() -> None:
    state = Run().state
    assert (state.status, state.owner_id, state.current_node, state.last_seq) == (SessionStatus.ACTIVE, OWNER, "ask", 1)
    assert [step.node_id for step in state.path] == ["ask"]


def test_answers_actions_and_inputs_walk_the_graph_and_record_how_each_step_was_left() -> None:
    run = Run()
    run.do(answer("ask", 0))
    run.do({"type": "action_done", "node_id": "addins", "result": "failed", "output": "access denied"})
    state = run.do(answer("works", 1))
    assert state.current_node == "ask"
    state = run.do(answer("ask", 1))
    state = run.do({"type": "input_captured", "node_id": "code", "variable": "error_code", "value": " 0x8004010F "})

    assert [step.node_id for step in state.path] == ["ask", "addins", "works", "ask", "code", "profile"]
    assert state.path[0].answer == "Yes"
    assert state.path[1].result == "failed"
    assert (state.path[4].variable, state.path[4].value) == ("error_code", "0x8004010F")
    assert state.variables == {"error_code": "0x8004010F"}
    assert [step.left_seq for step in state.path] == [2, 3, 4, 5, 6, None]
    assert run.log[1].payload.model_dump() == {
        "type": "answered",
        "node_id": "ask",
        "answer": 0,
        "label": "Yes",
        "target": "addins",
    }


def test_an_event_for_another_node_or_kind_or_answer_is_refused() -> None:
    run = Run()
    run.refused(answer("works", 0), errors.WrongNode)
    run.refused({"type": "action_done", "node_id": "ask", "result": "done"}, errors.WrongNodeKind)
    run.refused(answer("ask", 2), errors.InvalidAnswer)
    run.do(answer("ask", 1))
    run.refused(
        {"type": "input_captured", "node_id": "code", "variable": "other", "value": "x"}, errors.UnknownVariable
    )
    refused = run.refused(
        {"type": "input_captured", "node_id": "code", "variable": "error_code", "value": "oops"},
        errors.InvalidInputValue,
    )
    assert refused.body()["rule"] == "pattern"


@pytest.mark.parametrize(
    ("spec", "value", "expected"),
    [
        ({"variable": "v", "type": "number"}, 42, 42),
        ({"variable": "v", "type": "number"}, 2.5, 2.5),
        ({"variable": "v", "type": "boolean"}, False, False),
        ({"variable": "v", "type": "choice", "choices": ["A", "B"]}, "B", "B"),
        ({"variable": "v", "required": False}, "", None),
        ({"variable": "v", "required": False}, None, None),
        ({"variable": "v", "pattern": "^[a-z]+$"}, "  abc ", "abc"),
    ],
)
def test_input_values_that_fit_the_node_are_stored(spec: dict[str, Any], value: Any, expected: Any) -> None:
    assert check_input(InputSpec.model_validate(spec), value) == expected


@pytest.mark.parametrize(
    ("spec", "value", "rule"),
    [
        ({"variable": "v"}, None, "required"),
        ({"variable": "v"}, "   ", "required"),
        ({"variable": "v"}, 12, "type"),
        ({"variable": "v", "type": "number"}, "12", "type"),
        ({"variable": "v", "type": "number"}, True, "type"),
        ({"variable": "v", "type": "number"}, float("nan"), "type"),
        ({"variable": "v", "type": "boolean"}, "yes", "type"),
        ({"variable": "v", "type": "choice", "choices": ["A", "B"]}, "C", "choice"),
        ({"variable": "v"}, "x" * 2001, "length"),
        ({"variable": "v", "pattern": "^[a-z]+$"}, "ABC", "pattern"),
    ],
)
def test_input_values_that_break_a_rule_say_which(spec: dict[str, Any], value: Any, rule: str) -> None:
    with pytest.raises(errors.InvalidInputValue) as raised:
        check_input(InputSpec.model_validate(spec), value)
    assert raised.value.rule == rule


def test_output_is_limited_to_256_kib_of_utf8() -> None:
    run = Run()
    run.refused({"type": "output_pasted", "output": "é" * (128 * 1024 + 1)}, errors.OutputTooLarge)
    state = run.do({"type": "output_pasted", "output": "x" * 256 * 1024})
    assert state.current_node == "ask"
    run.do(answer("ask", 0))
    run.refused(
        {"type": "action_done", "node_id": "addins", "result": "done", "output": "x" * (256 * 1024 + 1)},
        errors.OutputTooLarge,
    )


def test_going_back_undoes_the_last_step_and_forgets_what_it_captured() -> None:
    run = Run()
    run.refused({"type": "went_back"}, errors.NothingToUndo)
    before_input = run.do(answer("ask", 1))
    after_input = run.do({"type": "input_captured", "node_id": "code", "variable": "error_code", "value": "0x00000001"})
    assert after_input.variables == {"error_code": "0x00000001"}

    back = run.do({"type": "went_back"})
    assert (back.path, back.variables) == (before_input.path, before_input.variables)
    assert run.log[-1].payload.model_dump() == {"type": "went_back", "from_node": "profile", "to_node": "code"}

    run.do({"type": "input_captured", "node_id": "code", "variable": "error_code", "value": "0x00000002"})
    run.refused({"type": "went_back", "to_node": "fixed"}, errors.InvalidBackTarget)
    run.refused({"type": "went_back", "to_node": "profile"}, errors.InvalidBackTarget)  # the current node
    to_start = run.do({"type": "went_back", "to_node": "ask"})
    assert ([step.node_id for step in to_start.path], to_start.variables) == (["ask"], {})


def test_going_back_in_a_loop_returns_to_the_latest_visit() -> None:
    run = Run()
    for command in (
        answer("ask", 0),
        {"type": "action_done", "node_id": "addins", "result": "done"},
        answer("works", 1),
    ):
        run.do(command)
    run.do(answer("ask", 0))  # ask -> addins -> works -> ask -> addins
    state = run.do({"type": "went_back", "to_node": "ask"})
    assert [step.node_id for step in state.path] == ["ask", "addins", "works", "ask"]


def test_pause_and_resume() -> None:
    run = Run()
    run.do({"type": "paused", "reason": "Waiting for the user"})
    assert run.state.status == SessionStatus.PAUSED
    run.refused(answer("ask", 0), errors.SessionPaused)
    run.refused({"type": "paused"}, errors.SessionPaused)
    run.do({"type": "note", "text": "Called the user"})
    assert run.do({"type": "resumed"}).status == SessionStatus.ACTIVE
    run.refused({"type": "resumed"}, errors.SessionNotPaused)


def test_after_the_end_only_notes_are_taken_and_they_are_late() -> None:
    run = Run()
    run.do(answer("ask", 0))
    state = run.do({"type": "ended", "outcome": "resolved", "summary": "Disabled the add-in."})
    assert (state.status, state.ended_at, state.summary) == (
        SessionStatus.RESOLVED,
        run.log[-1].at,
        "Disabled the add-in.",
    )
    for command in (
        {"type": "action_done", "node_id": "addins", "result": "done"},
        {"type": "output_pasted", "output": "x"},
        {"type": "went_back"},
        {"type": "paused"},
        {"type": "resumed"},
        {"type": "ended", "outcome": "unresolved", "summary": "again"},
    ):
        run.refused(command, errors.SessionEnded)
    run.refused(EscalatedIn(reason="Too late"), errors.SessionEnded)
    run.refused(TakenOverIn(), errors.SessionNotEscalated)
    run.do({"type": "note", "text": "The user confirmed the next day."})
    assert run.log[-1].payload.model_dump()["late"] is True


def test_escalation_waits_for_a_take_over_which_changes_the_owner() -> None:
    run = Run()
    run.do(answer("ask", 1))
    state = run.do(EscalatedIn(to_user_id=RECEIVER, reason="Needs Exchange admin rights", urgency="high"))
    assert state.status == SessionStatus.ESCALATED
    assert state.escalation is not None
    assert (state.escalation.to_user_id, state.escalation.by_id, state.escalation.urgency) == (RECEIVER, OWNER, "high")
    run.refused(answer("code", 0), errors.SessionEscalated)
    run.refused(EscalatedIn(reason="again"), errors.SessionEscalated)
    assert run.do({"type": "note", "text": "Handed over"}).status == SessionStatus.ESCALATED

    state = run.do(TakenOverIn(), author=RECEIVER)
    assert (state.status, state.owner_id, state.escalation, state.ended_at) == (
        SessionStatus.ACTIVE,
        RECEIVER,
        None,
        None,
    )
    assert state.current_node == "code"
    assert run.log[-1].payload.model_dump() == {"type": "taken_over", "from_user_id": OWNER}


def test_an_escalated_session_can_be_closed() -> None:
    run = Run()
    run.do(EscalatedIn(reason="Nobody knows"))
    assert run.do({"type": "ended", "outcome": "unresolved", "summary": "No one took it."}).status == "unresolved"


def test_without_the_graph_the_session_still_takes_notes_and_its_end() -> None:
    run = Run(graph=None)
    run.refused(answer("ask", 0), errors.FlowDeleted)
    run.do({"type": "note", "text": "still here"})
    assert run.do({"type": "ended", "outcome": "abandoned", "summary": "Flow deleted"}).status == "abandoned"


def test_replay_rebuilds_the_state_from_the_log() -> None:
    run = Run()
    run.do(answer("ask", 1))
    run.do({"type": "input_captured", "node_id": "code", "variable": "error_code", "value": "0x0000ABCD"})
    run.do({"type": "went_back"})
    run.do({"type": "paused"})
    run.do({"type": "resumed"})
    run.do(EscalatedIn(reason="Stuck"))
    run.do(TakenOverIn(), author=RECEIVER)
    run.do({"type": "ended", "outcome": "unresolved", "summary": "Client will call back."})
    assert replay(run.log) == run.state


def test_a_log_must_start_with_started_and_start_only_once() -> None:
    run = Run()
    run.do({"type": "note", "text": "x"})
    with pytest.raises(ValueError, match="starts with"):
        replay(run.log[1:])
    with pytest.raises(ValueError, match="starts only once"):
        replay([run.log[0], replace(run.log[0], seq=2)])


# --- properties -----------------------------------------------------------------------------

NODE_IDS = sorted(GRAPH.nodes)
# Weighted towards moving through the flow; ending comes rarely, so that logs get long.
INTENTS = ["answer"] * 4 + ["act"] * 4 + ["capture"] * 3 + ["back"] * 2 + ["resume", "take_over"] * 2
INTENTS += ["note", "output", "pause", "escalate", "end"]


def _command(intent: str, state: SessionState, number: int, text: str, other_node: bool) -> Command:
    """A command in the spirit of `intent`: usually aimed at the current node, sometimes not."""
    node_id = NODE_IDS[number % len(NODE_IDS)] if other_node else state.current_node
    match intent:
        case "answer":
            return AnsweredIn(type="answered", node_id=node_id, answer=number % 3)
        case "act":
            return ActionDoneIn(type="action_done", node_id=node_id, result=("done", "failed", "skipped")[number % 3])
        case "capture":
            value = f"0x{number:08X}" if number % 4 else text
            return InputCapturedIn(type="input_captured", node_id=node_id, variable="error_code", value=value)
        case "note":
            return NoteIn(type="note", text=text.strip() or "n")
        case "output":
            return OutputPastedIn(type="output_pasted", output=text or "o")
        case "back":
            return WentBackIn(type="went_back", to_node=node_id if other_node else None)
        case "pause":
            return PausedIn(type="paused")
        case "resume":
            return ResumedIn(type="resumed")
        case "end":
            return EndedIn(type="ended", outcome=("resolved", "unresolved", "abandoned")[number % 3], summary="s")
        case "escalate":
            return EscalatedIn(to_user_id=RECEIVER if number % 2 else None, reason="r")
        case _:
            return TakenOverIn()


intents = st.lists(
    st.tuples(
        st.sampled_from(INTENTS), st.integers(0, 2**16), st.text(max_size=12), st.integers(0, 9).map(lambda n: n == 0)
    ),
    max_size=60,
)


@given(intents)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_sequence_of_accepted_events_replays_to_the_same_state(steps: list[tuple[str, int, str, bool]]) -> None:
    run = Run()
    states = [run.state]
    for intent, number, text, other_node in steps:
        author = RECEIVER if intent == "take_over" else run.state.owner_id
        try:
            run.do(_command(intent, run.state, number, text, other_node), author=author)
        except AppError:
            continue
        states.append(run.state)

    assert replay(run.log) == run.state
    # Every prefix of the log replays to the state at that point.
    for length, state in enumerate(states, start=1):
        assert replay(run.log[:length]) == state
    # Invariants of every state.
    for state in states:
        assert state.current_node in GRAPH.nodes
        assert all(step.left_seq is not None for step in state.path[:-1])
        assert state.path[-1].left_seq is None
        assert dict(state.variables) == {s.variable: s.value for s in state.path if s.variable is not None}
        assert (state.ended_at is None) == (state.status in (SessionStatus.ACTIVE, SessionStatus.PAUSED))
        assert (state.escalation is not None) == (state.status == SessionStatus.ESCALATED)
    assert [event.seq for event in run.log] == list(range(1, len(run.log) + 1))


@given(intents, st.sampled_from(["answer", "act", "capture"]), st.integers(0, 2**16))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_going_back_after_a_step_restores_the_path_and_variables_before_it(
    steps: list[tuple[str, int, str, bool]], intent: str, number: int
) -> None:
    run = Run()
    for step_intent, step_number, text, other_node in steps:
        try:
            run.do(_command(step_intent, run.state, step_number, text, other_node), author=run.state.owner_id)
        except AppError:
            continue
    before = run.state
    try:
        run.do(_command(intent, before, number, "", False))
    except AppError:
        return
    back = run.do(WentBackIn(type="went_back"))
    assert (back.path, back.variables, back.status) == (before.path, before.variables, before.status)


@given(intents)
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_once_final_only_notes_are_accepted(steps: list[tuple[str, int, str, bool]]) -> None:
    run = Run()
    for intent, number, text, other_node in steps:
        final = run.state.status in (SessionStatus.RESOLVED, SessionStatus.UNRESOLVED, SessionStatus.ABANDONED)
        length = len(run.log)
        try:
            run.do(_command(intent, run.state, number, text, other_node), author=run.state.owner_id)
        except AppError:
            continue
        if final:
            assert run.log[length].payload.type == "note"
