import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from app.copilot.schemas import AiBriefingOut
from app.core.schemas import PG_INT_MAX, RequestBody, ResponseBody
from app.flows.graph import Command, InputSpec, NodeKind
from app.sessions.events import (
    ActionResult,
    EventIn,
    EventType,
    InputValue,
    Payload,
    SessionMode,
    SessionStatus,
    StepKind,
    StepStatus,
    Urgency,
)

Context = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
TicketId = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
IdempotencyKey = Annotated[str, StringConstraints(pattern=r"^[\x21-\x7e]{1,255}$")]


class SessionStartIn(RequestBody):
    flow_id: uuid.UUID
    version: int | None = Field(
        default=None, ge=1, le=PG_INT_MAX, description="A published version; the latest when omitted."
    )
    ticket_id: TicketId | None = Field(default=None, description="The PSA ticket the session works on.")
    client_name: Context | None = None
    target: Context | None = Field(default=None, description="The device or user being worked on.")


class AppendIn(RequestBody):
    expected_seq: int = Field(ge=1, description="The last `seq` the client saw; anything newer answers 409.")
    event: EventIn


class FlowRefOut(ResponseBody):
    id: uuid.UUID | None = Field(description="Null when the flow was deleted.")
    version: int | None
    title: str


class AnswerOut(ResponseBody):
    index: int = Field(description="What `answered` sends as `answer`.")
    label: str
    target: str


class NodeOut(ResponseBody):
    """The current node, with `{{variable}}` references filled in from the captured values."""

    id: str
    kind: NodeKind
    title: str
    body: str
    commands: list[Command]
    expected_result: str | None
    section: str | None
    input: InputSpec | None
    answers: list[AnswerOut] = Field(description="The available answers (question nodes).")


class StepOut(ResponseBody):
    node_id: str
    title: str | None = Field(description="Null when the flow was deleted.")
    kind: NodeKind | None
    entered_seq: int
    left_seq: int | None = Field(description="The event that left this node; null for the current node.")
    answer: str | None
    result: ActionResult | None
    variable: str | None
    value: InputValue


class EscalationOut(ResponseBody):
    seq: int
    at: datetime
    by_id: uuid.UUID
    to_user_id: uuid.UUID | None = Field(description="Null: the team queue.")
    reason: str
    urgency: Urgency


class ProgressOut(ResponseBody):
    """A checklist's (or a section's) steps by status."""

    percent: int = Field(description="Closed (done, failed, skipped) of the applicable steps, rounded down.")
    applicable: int = Field(description="Steps not ruled out.")
    open: int
    done: int
    failed: int
    skipped: int
    not_applicable: int


class ChecklistStepOut(ResponseBody):
    node_id: str
    title: str
    kind: StepKind
    status: StepStatus
    answer: str | None = Field(description="The chosen answer (questions).")
    variable: str | None = Field(description="The captured variable (inputs).")
    value: InputValue
    seq: int | None = Field(description="The event that last opened or closed the step.")
    at: datetime | None
    by_id: uuid.UUID | None = Field(description="Who last opened or closed the step.")
    ruled_out_by: str | None = Field(description="The question whose answer made this step not applicable.")
    assignee_id: uuid.UUID | None
    due_at: datetime | None
    overdue: bool = Field(description="Open and past its due date.")
    notes: int = Field(description="Notes and evidence attached (their text is in the log).")
    waiting_for: list[str] = Field(description="Sequential sections: the open steps before this one.")


class ChecklistSectionOut(ResponseBody):
    name: str | None = Field(description="Null: the steps without a section.")
    sequential: bool
    progress: ProgressOut
    steps: list[ChecklistStepOut]


class ChecklistOut(ResponseBody):
    progress: ProgressOut
    sections: list[ChecklistSectionOut]


class SessionSummaryOut(ResponseBody):
    id: uuid.UUID
    flow: FlowRefOut
    owner_id: uuid.UUID
    owner_name: str
    ticket_id: str | None
    ticket_verified: bool | None = Field(
        default=None,
        description="The PSA confirmed the ticket at the start; false: the PSA could not be reached (unverified); "
        "null: no ticket or no PSA connection.",
    )
    client_name: str | None
    target: str | None
    status: SessionStatus
    current_node: str
    last_seq: int
    started_at: datetime
    last_event_at: datetime
    ended_at: datetime | None
    mode: SessionMode = Field(
        default="path", description="`path` (troubleshooting) or `checklist` (procedural and maintenance flows)."
    )
    progress: ProgressOut | None = Field(default=None, description="Checklist sessions: steps by status.")


class SessionOut(SessionSummaryOut):
    current: NodeOut | None = Field(description="Null when the flow was deleted.")
    path: list[StepOut] = Field(description="The steps that led here, the current one last (went_back removes).")
    variables: dict[str, InputValue]
    summary: str | None
    escalation: EscalationOut | None
    checklist: ChecklistOut | None = Field(
        default=None, description="Checklist sessions: the steps by section, with their state."
    )


class SessionPageOut(ResponseBody):
    items: list[SessionSummaryOut]
    next_cursor: str | None


class EventOut(ResponseBody):
    seq: int
    type: EventType
    at: datetime
    author_id: uuid.UUID
    payload: Payload


class AppendOut(ResponseBody):
    event: EventOut = Field(description="The appended event (on an idempotent retry: the original one).")
    session: SessionOut = Field(description="The session as it is now.")


class BriefingStep(ResponseBody):
    seq: int
    at: datetime
    type: Literal["answered", "action_done", "input_captured", "went_back"]
    node_id: str
    title: str
    detail: str = Field(description="The answer, the action's result, the captured value, or where it went back to.")


class Finding(ResponseBody):
    seq: int
    at: datetime
    type: Literal["note", "output_pasted", "action_done"]
    node_id: str | None
    text: str = Field(description="A note, or command output (at most the first 2,000 characters).")


class Briefing(ResponseBody):
    """What the receiver of an escalation needs to pick a session up, built from its log."""

    session_id: uuid.UUID
    flow: FlowRefOut
    ticket_id: str | None
    client_name: str | None
    target: str | None
    escalation: EscalationOut | None
    tried: list[BriefingStep] = Field(description="Every step taken, in order, including those gone back on.")
    found: list[Finding] = Field(description="Notes and command output.")
    inputs: dict[str, InputValue]
    open_questions: list[str] = Field(description="Where the session stands and what did not work.")
    ai: AiBriefingOut | None = Field(default=None, description="FlowPilot's briefing (app/copilot), once generated.")


class EscalateOut(ResponseBody):
    event: EventOut
    session: SessionOut
    briefing: Briefing


class EscalationItemOut(ResponseBody):
    session: SessionSummaryOut
    briefing: Briefing = Field(description="`briefing.escalation` says who escalated, to whom, why and how urgently.")


class EscalationPageOut(ResponseBody):
    items: list[EscalationItemOut]
    next_cursor: str | None


class DocumentPreviewOut(ResponseBody):
    """An export as the SPA shows it: what a download of the same format would contain."""

    format: str = Field(description="`md`, `txt`, `html` (a complete page) or `psa`.")
    content: str = Field(description="Redacted with the team's rules; the stored log keeps the original.")
    redactions: int = Field(description="How many stretches of text were hidden.")
