"""The vocabulary of a session's log: what a client may ask for, and what the log records.

A request (`...In`) names what the engineer did; the state machine checks it against the session and
the flow version and turns it into a payload. Payloads are self-describing: an answer records its
label and the node it led to, a note whether it came after the end. So the log alone tells the
story (documentation, insights, and sessions whose flow was deleted), and replaying it needs no
flow graph. Payloads are stored as JSONB without their `type` (a column of its own).

A session on a procedural or maintenance flow is a *checklist* (see checklist.py): its `started`
event lists the steps by section, and `step_*` events complete, reopen, assign and annotate them.
Path events (`answered`, `action_done`, ...) belong to troubleshooting sessions, `step_*` events to
checklists; each mode refuses the other's with `wrong_session_mode`.
"""

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Literal, get_args

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    field_validator,
    model_validator,
)

from app.core.schemas import RequestBody
from app.flows.graph import MAX_ANSWERS, NodeId, VariableName

MAX_OUTPUT_BYTES = 256 * 1024
MAX_NOTE_CHARS = 20_000
MAX_SUMMARY_CHARS = 20_000
MAX_REASON_CHARS = 2_000
MAX_INPUT_CHARS = 2_000


class SessionStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    RESOLVED = "resolved"
    ESCALATED = "escalated"
    UNRESOLVED = "unresolved"
    ABANDONED = "abandoned"


# The owner works the session only while it is open; `escalated` waits for a take-over.
OPEN_STATUSES = frozenset({SessionStatus.ACTIVE, SessionStatus.PAUSED})
FINAL_STATUSES = frozenset({SessionStatus.RESOLVED, SessionStatus.UNRESOLVED, SessionStatus.ABANDONED})

EventType = Literal[
    "started",
    "answered",
    "action_done",
    "input_captured",
    "note",
    "output_pasted",
    "went_back",
    "paused",
    "resumed",
    "copilot_suggested",
    "copilot_accepted",
    "escalated",
    "taken_over",
    "ended",
    "step_completed",
    "step_reopened",
    "step_assigned",
    "step_noted",
]
EVENT_TYPES: tuple[str, ...] = get_args(EventType)

ActionResult = Literal["done", "failed", "skipped"]
SessionMode = Literal["path", "checklist"]
# A checklist step: open, closed with a result, or ruled out by the answer to a question.
StepStatus = Literal["open", "done", "failed", "skipped", "not_applicable"]
StepKind = Literal["question", "action", "input"]
Outcome = Literal["resolved", "unresolved", "abandoned"]
Urgency = Literal["low", "normal", "high", "critical"]
# What an input node captures: text and choices are strings, then numbers and booleans.
InputValue = str | bool | int | float | None

Note = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_NOTE_CHARS)]
Summary = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_SUMMARY_CHARS)]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_REASON_CHARS)]
CommandText = Annotated[str, StringConstraints(max_length=8000)]


# --- requests: what a client posts to /sessions/{id}/events ---------------------------------


class AnsweredIn(RequestBody):
    type: Literal["answered"]
    node_id: NodeId = Field(description="The question being answered (must be the current node).")
    answer: int = Field(ge=0, lt=MAX_ANSWERS, description="Index of the chosen answer in the node's `answers`.")


class ActionDoneIn(RequestBody):
    type: Literal["action_done"]
    node_id: NodeId
    result: ActionResult
    output: str | None = Field(default=None, description="Command output, at most 256 KiB (UTF-8).")


class InputCapturedIn(RequestBody):
    type: Literal["input_captured"]
    node_id: NodeId
    variable: VariableName
    value: InputValue = Field(description="Checked against the input node's type, pattern and choices.")


class NoteIn(RequestBody):
    type: Literal["note"]
    text: Note = Field(description="Markdown. After the end, only the owner may add (late) notes.")


class OutputPastedIn(RequestBody):
    type: Literal["output_pasted"]
    output: Annotated[str, StringConstraints(min_length=1)] = Field(description="At most 256 KiB (UTF-8).")
    command: CommandText | None = None


class WentBackIn(RequestBody):
    type: Literal["went_back"]
    to_node: NodeId | None = Field(
        default=None, description="An earlier node on the path; the previous one when omitted (undo one step)."
    )


class PausedIn(RequestBody):
    type: Literal["paused"]
    reason: Reason | None = None


class ResumedIn(RequestBody):
    type: Literal["resumed"]


class EndedIn(RequestBody):
    type: Literal["ended"]
    outcome: Outcome
    summary: Summary


# Checklist sessions (procedural and maintenance flows): steps in any order, by any engineer of the team.


class StepCompletedIn(RequestBody):
    type: Literal["step_completed"]
    node_id: NodeId = Field(description="A step of the checklist.")
    result: ActionResult = Field(
        default="done", description="A question is answered (`done`, with `answer`) or `skipped`."
    )
    answer: int | None = Field(default=None, ge=0, lt=MAX_ANSWERS, description="Questions: index of the chosen answer.")
    value: InputValue = Field(default=None, description="Inputs: the value, checked like `input_captured`.")
    output: str | None = Field(default=None, description="Evidence (pasted output), at most 256 KiB (UTF-8).")
    note: Note | None = Field(default=None, description="Markdown.")


class StepReopenedIn(RequestBody):
    type: Literal["step_reopened"]
    node_id: NodeId
    reason: Reason | None = None


class StepAssignedIn(RequestBody):
    type: Literal["step_assigned"]
    node_id: NodeId
    assignee_id: uuid.UUID | None = Field(default=None, description="An engineer or admin of the team; null: nobody.")
    due_at: AwareDatetime | None = Field(
        default=None, description="When the step should be done (1970 to 2200); null: no date."
    )

    @field_validator("due_at")
    @classmethod
    def _plausible(cls, value: datetime | None) -> datetime | None:
        if value is not None and not datetime(1970, 1, 2, tzinfo=UTC) <= value <= datetime(2200, 1, 1, tzinfo=UTC):
            raise ValueError("a due date between 1970 and 2200")
        return value


class StepNotedIn(RequestBody):
    type: Literal["step_noted"]
    node_id: NodeId
    text: Note | None = Field(default=None, description="Markdown.")
    output: Annotated[str, StringConstraints(min_length=1)] | None = Field(
        default=None, description="Evidence (pasted output), at most 256 KiB (UTF-8)."
    )

    @model_validator(mode="after")
    def _something(self) -> "StepNotedIn":
        if self.text is None and self.output is None:
            raise ValueError("a step note has a text, an output, or both")
        return self


ChecklistCommand = StepCompletedIn | StepReopenedIn | StepAssignedIn | StepNotedIn

EventIn = Annotated[
    AnsweredIn
    | ActionDoneIn
    | InputCapturedIn
    | NoteIn
    | OutputPastedIn
    | WentBackIn
    | PausedIn
    | ResumedIn
    | EndedIn
    | StepCompletedIn
    | StepReopenedIn
    | StepAssignedIn
    | StepNotedIn,
    Field(discriminator="type"),
]


class EscalatedIn(RequestBody):
    """The body of `POST /sessions/{id}/escalate`."""

    type: Literal["escalated"] = "escalated"
    to_user_id: uuid.UUID | None = Field(default=None, description="A member to hand over to; null: the team queue.")
    reason: Reason
    urgency: Urgency = "normal"


class TakenOverIn(RequestBody):
    type: Literal["taken_over"] = "taken_over"


# Everything the state machine decides on: the events above plus the two with endpoints of their own.
Command = (
    AnsweredIn
    | ActionDoneIn
    | InputCapturedIn
    | NoteIn
    | OutputPastedIn
    | WentBackIn
    | PausedIn
    | ResumedIn
    | EndedIn
    | EscalatedIn
    | TakenOverIn
    | StepCompletedIn
    | StepReopenedIn
    | StepAssignedIn
    | StepNotedIn
)


# --- payloads: what the log records ---------------------------------------------------------


class _Payload(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ChecklistStepSpec(_Payload):
    node_id: str
    title: str
    kind: StepKind


class ChecklistSectionSpec(_Payload):
    name: str | None = Field(description="The nodes' `section`; null for steps without one.")
    sequential: bool = False
    steps: list[ChecklistStepSpec]


class ChecklistSpec(_Payload):
    """The steps of a checklist session, fixed at its start (from the flow version)."""

    sections: list[ChecklistSectionSpec]


class Started(_Payload):
    type: Literal["started"] = "started"
    flow_id: uuid.UUID
    flow_version: int
    flow_title: str
    node_id: str = Field(description="The flow's start node.")
    ticket_id: str | None = None
    client_name: str | None = None
    target: str | None = None
    checklist: ChecklistSpec | None = Field(
        default=None, description="A checklist session's steps (procedural and maintenance flows); null: a path."
    )


class Answered(_Payload):
    type: Literal["answered"] = "answered"
    node_id: str
    answer: int
    label: str
    target: str = Field(description="The node the answer led to.")


class ActionDone(_Payload):
    type: Literal["action_done"] = "action_done"
    node_id: str
    result: ActionResult
    output: str | None = None
    next_node: str


class InputCaptured(_Payload):
    type: Literal["input_captured"] = "input_captured"
    node_id: str
    variable: str
    value: InputValue
    next_node: str


class NoteAdded(_Payload):
    type: Literal["note"] = "note"
    text: str
    late: bool = Field(default=False, description="Added after the session ended (or was escalated).")


class OutputPasted(_Payload):
    type: Literal["output_pasted"] = "output_pasted"
    node_id: str = Field(description="The current node when the output was pasted.")
    output: str
    command: str | None = None


class WentBack(_Payload):
    type: Literal["went_back"] = "went_back"
    from_node: str
    to_node: str


class Paused(_Payload):
    type: Literal["paused"] = "paused"
    reason: str | None = None


class Resumed(_Payload):
    type: Literal["resumed"] = "resumed"


class CopilotSuggested(_Payload):
    """A copilot suggestion shown to the engineer (written by app/copilot, not by the events endpoint)."""

    type: Literal["copilot_suggested"] = "copilot_suggested"
    node_id: str
    suggestion: str
    confidence: float | None = None
    action: str | None = Field(default=None, description="answer, do_action, capture_input, end_resolved, escalate.")
    answer: int | None = Field(default=None, description="The suggested answer's index (a question).")
    offline: bool = Field(default=False, description="Answered by the offline provider.")


class CopilotAccepted(_Payload):
    """The engineer's decision on the suggestion logged at `suggestion_seq`: taken, or dismissed."""

    type: Literal["copilot_accepted"] = "copilot_accepted"
    suggestion_seq: int
    decision: Literal["accepted", "dismissed"] = "accepted"


class Escalated(_Payload):
    type: Literal["escalated"] = "escalated"
    node_id: str
    to_user_id: uuid.UUID | None
    reason: str
    urgency: Urgency


class TakenOver(_Payload):
    type: Literal["taken_over"] = "taken_over"
    from_user_id: uuid.UUID = Field(description="The owner before; the event's author is the new owner.")


class Ended(_Payload):
    type: Literal["ended"] = "ended"
    outcome: Outcome
    summary: str
    node_id: str


class StepCompleted(_Payload):
    type: Literal["step_completed"] = "step_completed"
    node_id: str
    result: ActionResult
    answer: int | None = None
    label: str | None = Field(default=None, description="The chosen answer's label (questions).")
    variable: str | None = Field(default=None, description="The captured variable (inputs).")
    value: InputValue = None
    output: str | None = None
    note: str | None = None
    ruled_out: list[str] = Field(
        default_factory=list, description="Steps the answer makes not applicable (on the other branches)."
    )


class StepReopened(_Payload):
    type: Literal["step_reopened"] = "step_reopened"
    node_id: str
    reason: str | None = None


class StepAssigned(_Payload):
    type: Literal["step_assigned"] = "step_assigned"
    node_id: str
    assignee_id: uuid.UUID | None
    due_at: datetime | None


class StepNoted(_Payload):
    type: Literal["step_noted"] = "step_noted"
    node_id: str
    text: str | None = None
    output: str | None = None
    late: bool = Field(default=False, description="Added after the session ended.")


Payload = Annotated[
    Started
    | Answered
    | ActionDone
    | InputCaptured
    | NoteAdded
    | OutputPasted
    | WentBack
    | Paused
    | Resumed
    | CopilotSuggested
    | CopilotAccepted
    | Escalated
    | TakenOver
    | Ended
    | StepCompleted
    | StepReopened
    | StepAssigned
    | StepNoted,
    Field(discriminator="type"),
]
PAYLOAD: TypeAdapter[Payload] = TypeAdapter(Payload)
