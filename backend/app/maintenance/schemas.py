import uuid
from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, AwareDatetime, Field, StringConstraints, field_validator

from app.core.schemas import RequestBody, ResponseBody
from app.flows.graph import NodeId
from app.maintenance.recurrence import Recurrence
from app.sessions.events import ActionResult, InputValue, Note, SessionStatus, StepKind, StepStatus
from app.sessions.schemas import FlowRefOut

MAX_TARGETS = 5000
MAX_FIELDS = 20
MAX_ASSIGNEES = 50
MAX_BULK_CELLS = 5000

Text200 = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Device = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
FieldName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
FieldValue = Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)]
TimeZoneName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
CatchUp = Literal["once", "skip"]


def _in_range(value: datetime) -> datetime:
    if not datetime(1970, 1, 2, tzinfo=UTC) <= value <= datetime(2200, 1, 1, tzinfo=UTC):
        raise ValueError("a moment between 1970 and 2200")
    return value


# A moment the calendar arithmetic of recurrences and deadlines can work with.
Moment = Annotated[AwareDatetime, AfterValidator(_in_range)]
RunStatus = Literal["open", "completed"]
TargetOutcome = Literal["failed", "open", "done"]


# --- schedules ------------------------------------------------------------------------------


class ScheduleIn(RequestBody):
    """A schedule as created, and as replaced by PUT."""

    flow_id: uuid.UUID = Field(description="A published maintenance flow of the team.")
    name: Text200
    recurrence: Recurrence
    timezone: TimeZoneName = Field(description="IANA time zone of the recurrence's times, e.g. `Europe/Amsterdam`.")
    catch_up: CatchUp = Field(
        default="once",
        description="After a downtime across due times: `once` creates one run for the latest missed time; "
        "`skip` creates none and waits for the next time.",
    )
    complete_within_hours: int = Field(
        default=24, ge=1, le=2160, description="A run is overdue this long after its due time."
    )
    owner_id: uuid.UUID | None = Field(
        default=None, description="Owns the runs' sessions; the caller when omitted (POST) or unchanged (PUT)."
    )
    assignee_ids: list[uuid.UUID] = Field(
        default_factory=list,
        max_length=MAX_ASSIGNEES,
        description="E-mailed when a run is created and when it is overdue (the owner when empty).",
    )
    active: bool = True

    @field_validator("assignee_ids")
    @classmethod
    def _distinct(cls, value: list[uuid.UUID]) -> list[uuid.UUID]:
        return list(dict.fromkeys(value))


class ScheduleOut(ResponseBody):
    id: uuid.UUID
    flow: FlowRefOut
    name: str
    recurrence: Recurrence
    summary: str = Field(description="The recurrence in words, e.g. `Weekly on Mon, Thu at 07:30`.")
    timezone: str
    catch_up: CatchUp
    complete_within_hours: int
    owner_id: uuid.UUID
    owner_name: str
    assignee_ids: list[uuid.UUID]
    active: bool
    next_due_at: datetime | None = Field(description="The next time a run is created; null while inactive.")
    next_occurrences: list[datetime] = Field(description="The next 5 due times (UTC).")
    target_count: int
    created_at: datetime
    updated_at: datetime


class SchedulePageOut(ResponseBody):
    items: list[ScheduleOut]
    next_cursor: str | None


class RecurrencePreviewIn(RequestBody):
    recurrence: Recurrence
    timezone: TimeZoneName
    after: Moment | None = Field(default=None, description="Occurrences after this moment; now when omitted.")
    count: int = Field(default=5, ge=1, le=50)


class OccurrenceOut(ResponseBody):
    at: datetime = Field(description="UTC.")
    local: str = Field(description="The same moment in the schedule's time zone, ISO 8601 with its offset.")


class RecurrencePreviewOut(ResponseBody):
    summary: str
    occurrences: list[OccurrenceOut]


# --- targets --------------------------------------------------------------------------------


class TargetIn(RequestBody):
    client: Text200
    device: Device = Field(default="", description="Empty for a client-wide target.")
    fields: dict[FieldName, FieldValue] = Field(default_factory=dict, max_length=MAX_FIELDS)


class TargetOut(ResponseBody):
    id: uuid.UUID
    position: int
    client: str
    device: str
    fields: dict[str, str]


class TargetPageOut(ResponseBody):
    items: list[TargetOut]
    next_cursor: str | None
    total: int


class TargetImportIn(RequestBody):
    csv: Annotated[str, StringConstraints(min_length=1, max_length=1_000_000)] = Field(
        description="The file's text: a header with `client` (required), `device` (optional) and any other columns "
        "(fields); comma, semicolon or tab separated."
    )
    mode: Literal["merge", "replace"] = Field(
        default="merge",
        description="`merge`: add new targets, update the fields of known ones (same client and device); "
        "`replace`: the file is the whole list.",
    )
    dry_run: bool = Field(default=False, description="Check and count, write nothing.")


class ImportOut(ResponseBody):
    mode: Literal["merge", "replace"]
    dry_run: bool
    created: int
    updated: int
    unchanged: int
    deleted: int
    total: int = Field(description="Targets of the schedule after the import.")


# --- runs -----------------------------------------------------------------------------------


class RunProgressOut(ResponseBody):
    percent: int = Field(description="Closed steps of the applicable ones over all targets, rounded down.")
    steps_closed: int
    steps_open: int
    steps_failed: int
    targets_done: int = Field(description="Nothing open, nothing failed.")
    targets_failed: int = Field(description="A failed step, or the session ended unresolved or abandoned.")
    targets_open: int = Field(description="Steps still open (and nothing failed).")


class RunSummaryOut(ResponseBody):
    id: uuid.UUID
    schedule_id: uuid.UUID | None = Field(description="Null when the schedule was deleted.")
    title: str
    flow: FlowRefOut
    timezone: str
    due_at: datetime
    deadline_at: datetime
    created_at: datetime
    trigger: Literal["schedule", "manual"]
    missed: int = Field(description="Due times passed over when the scheduler caught up after a downtime.")
    target_count: int
    status: RunStatus = Field(description="`completed` once no target has open steps (or its session ended).")
    overdue: bool = Field(description="Open past its deadline.")
    progress: RunProgressOut


class RunPageOut(ResponseBody):
    items: list[RunSummaryOut]
    next_cursor: str | None


class ColumnOut(ResponseBody):
    node_id: str
    title: str
    kind: StepKind
    section: str | None
    sequential: bool


class RunOut(RunSummaryOut):
    columns: list[ColumnOut] = Field(description="The steps every target goes through (the matrix's columns).")


class CellOut(ResponseBody):
    status: StepStatus
    at: datetime | None = None
    by_id: uuid.UUID | None = None
    answer: str | None = None
    value: InputValue = None
    notes: int = 0
    assignee_id: uuid.UUID | None = None
    due_at: datetime | None = None


class MatrixRowOut(ResponseBody):
    position: int
    target_id: uuid.UUID | None = Field(description="Null when the target was deleted since.")
    client: str
    device: str
    fields: dict[str, str]
    session_id: uuid.UUID
    last_seq: int = Field(description="Send it back as `expected_seq` (bulk) to refuse changes made since.")
    session_status: SessionStatus
    outcome: TargetOutcome
    percent: int
    cells: list[CellOut] = Field(description="In the order of the run's columns.")


class MatrixPageOut(ResponseBody):
    run_id: uuid.UUID
    columns: list[ColumnOut]
    rows: list[MatrixRowOut]
    next_cursor: str | None


class BulkCellIn(RequestBody):
    session_id: uuid.UUID
    node_id: NodeId


class BulkIn(RequestBody):
    cells: list[BulkCellIn] = Field(min_length=1, max_length=MAX_BULK_CELLS)
    result: ActionResult
    note: Note | None = Field(default=None, description="Markdown, recorded with every cell that changes.")
    expected_seq: dict[uuid.UUID, int] | None = Field(
        default=None,
        description="Per session, the `last_seq` the client saw: if one changed since, nothing is written.",
    )


class BulkRowOut(ResponseBody):
    session_id: uuid.UUID
    last_seq: int


class BulkOut(ResponseBody):
    changed: int = Field(description="Cells completed now (one `step_completed` event each).")
    unchanged: int = Field(description="Cells that already had this result (a retry changes nothing).")
    rows: list[BulkRowOut] = Field(description="The sessions written, with their new `last_seq`.")
    run: RunSummaryOut
