import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response, status

from app.auth.deps import CurrentPrincipal, Engineer
from app.core.db import DbSession
from app.core.deps import MailerDep, SettingsDep
from app.maintenance import service
from app.maintenance.report import HTML_CSP, ReportFormat
from app.maintenance.scheduler import tell
from app.maintenance.schemas import (
    BulkIn,
    BulkOut,
    ImportOut,
    MatrixPageOut,
    RecurrencePreviewIn,
    RecurrencePreviewOut,
    RunOut,
    RunPageOut,
    ScheduleIn,
    ScheduleOut,
    SchedulePageOut,
    TargetImportIn,
    TargetIn,
    TargetOut,
    TargetPageOut,
)

router = APIRouter(prefix="/maintenance", tags=["maintenance"])

Limit = Annotated[int, Query(ge=1, le=service.PAGE_LIMIT_MAX)]
Cursor = Annotated[str | None, Query(max_length=500)]
SCHEDULE_ERRORS: dict[int | str, dict[str, Any]] = {
    409: {"description": "`flow_not_runnable` (not published, or archived)"},
    422: {"description": "`invalid_recurrence`, `flow_not_maintenance`, `invalid_assignee`, `validation_error`"},
}


@router.post("/recurrence/preview", summary="The next due times of a recurrence (for the schedule editor)")
async def preview_recurrence(body: RecurrencePreviewIn, _: CurrentPrincipal) -> RecurrencePreviewOut:
    return service.preview(body)


@router.get("/schedules", summary="The team's maintenance schedules, by name")
async def list_schedules(
    principal: CurrentPrincipal,
    db: DbSession,
    flow_id: uuid.UUID | None = None,
    active: bool | None = None,
    limit: Limit = 25,
    cursor: Cursor = None,
) -> SchedulePageOut:
    return await service.list_schedules(db, principal.scope, flow_id, active, limit, cursor)


@router.post(
    "/schedules",
    status_code=status.HTTP_201_CREATED,
    summary="Schedule a published maintenance flow",
    responses=SCHEDULE_ERRORS,
)
async def create_schedule(body: ScheduleIn, principal: Engineer, db: DbSession) -> ScheduleOut:
    return await service.create_schedule(db, principal, body)


@router.get("/schedules/{schedule_id}", summary="A schedule with its next due times")
async def read_schedule(schedule_id: uuid.UUID, principal: CurrentPrincipal, db: DbSession) -> ScheduleOut:
    return await service.get_schedule(db, principal.scope, schedule_id)


@router.put(
    "/schedules/{schedule_id}",
    summary="Replace a schedule (the next due time moves when its timing changes)",
    responses=SCHEDULE_ERRORS,
)
async def update_schedule(schedule_id: uuid.UUID, body: ScheduleIn, principal: Engineer, db: DbSession) -> ScheduleOut:
    return await service.update_schedule(db, principal, schedule_id, body)


@router.delete(
    "/schedules/{schedule_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a schedule and its targets (its runs stay); its owner or a team admin",
    responses={403: {"description": "`not_schedule_owner`"}},
)
async def delete_schedule(schedule_id: uuid.UUID, principal: Engineer, db: DbSession) -> None:
    await service.delete_schedule(db, principal, schedule_id)


@router.get("/schedules/{schedule_id}/targets", summary="A schedule's targets in order")
async def list_targets(
    schedule_id: uuid.UUID,
    principal: CurrentPrincipal,
    db: DbSession,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    cursor: Cursor = None,
) -> TargetPageOut:
    return await service.list_targets(db, principal.scope, schedule_id, limit, cursor)


@router.post(
    "/schedules/{schedule_id}/targets",
    status_code=status.HTTP_201_CREATED,
    summary="Add a target",
    responses={409: {"description": "`duplicate_target`"}, 422: {"description": "`too_many_targets`"}},
)
async def create_target(schedule_id: uuid.UUID, body: TargetIn, principal: Engineer, db: DbSession) -> TargetOut:
    return await service.create_target(db, principal, schedule_id, body)


@router.put(
    "/schedules/{schedule_id}/targets/{target_id}",
    summary="Replace a target",
    responses={409: {"description": "`duplicate_target`"}},
)
async def update_target(
    schedule_id: uuid.UUID, target_id: uuid.UUID, body: TargetIn, principal: Engineer, db: DbSession
) -> TargetOut:
    return await service.update_target(db, principal, schedule_id, target_id, body)


@router.delete(
    "/schedules/{schedule_id}/targets/{target_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Remove a target"
)
async def delete_target(schedule_id: uuid.UUID, target_id: uuid.UUID, principal: Engineer, db: DbSession) -> None:
    await service.delete_target(db, principal, schedule_id, target_id)


@router.post(
    "/schedules/{schedule_id}/targets/import",
    summary="Import targets from a CSV file: every row or none",
    description="`csv` is the file's text (UTF-8): a header with `client` (required), `device` (optional) and any "
    "other columns, which become fields. Any problem refuses the whole file: 422 `csv_invalid` lists each "
    "(`line`, `column`, `code`, `message`).",
    responses={422: {"description": "`csv_invalid` (`errors`, `error_count`), `validation_error`"}},
)
async def import_targets(schedule_id: uuid.UUID, body: TargetImportIn, principal: Engineer, db: DbSession) -> ImportOut:
    return await service.import_targets(db, principal, schedule_id, body.csv, body.mode, body.dry_run)


@router.post(
    "/schedules/{schedule_id}/runs",
    status_code=status.HTTP_201_CREATED,
    summary="Start a run now, outside the recurrence (200: a run started this minute exists already)",
    responses={
        200: {"description": "The run started this minute already.", "model": RunOut},
        409: {"description": "`flow_not_runnable`, `no_targets`"},
    },
)
async def start_run(
    schedule_id: uuid.UUID,
    principal: Engineer,
    db: DbSession,
    response: Response,
    mailer: MailerDep,
    settings: SettingsDep,
) -> RunOut:
    run, created = await service.start_run_now(db, principal, schedule_id)
    if created:
        schedule = await service.get_schedule_row(db, principal.scope, schedule_id)
        await tell(db, mailer, settings.frontend_url, schedule, run)
    else:
        response.status_code = status.HTTP_200_OK
    return await service.get_run(db, principal.scope, run.id)


@router.get("/runs", summary="The team's maintenance runs, newest due first")
async def list_runs(
    principal: CurrentPrincipal,
    db: DbSession,
    schedule_id: uuid.UUID | None = None,
    run_status: Annotated[
        Literal["open", "completed", "overdue"] | None,
        Query(alias="status", description="`overdue`: open past its deadline."),
    ] = None,
    mine: Annotated[bool, Query(description="Runs of schedules I own or am assigned to.")] = False,
    limit: Limit = 25,
    cursor: Cursor = None,
) -> RunPageOut:
    filters = service.RunFilters(schedule_id, run_status, principal.user_id if mine else None)
    return await service.list_runs(db, principal.scope, filters, limit, cursor)


@router.get("/runs/{run_id}", summary="A run: status, progress, overdue flag and its columns (steps)")
async def read_run(run_id: uuid.UUID, principal: CurrentPrincipal, db: DbSession) -> RunOut:
    return await service.get_run(db, principal.scope, run_id)


@router.get(
    "/runs/{run_id}/matrix",
    summary="A page of the run's matrix: targets (rows) by steps (cells)",
    description='A cell leaves out what it does not have (an untouched step is `{"status": "open"}`).',
    response_model=MatrixPageOut,
)
async def read_matrix(
    run_id: uuid.UUID,
    principal: CurrentPrincipal,
    db: DbSession,
    limit: Annotated[int, Query(ge=1, le=service.MATRIX_LIMIT_MAX)] = 100,
    cursor: Cursor = None,
    outcome: Annotated[
        Literal["failed", "open", "done"] | None, Query(description="Only targets with this outcome.")
    ] = None,
) -> Response:
    page = await service.matrix(db, principal.scope, run_id, limit, cursor, outcome)
    # The hot read of a run (100 rows x 20 cells): serialized once, by pydantic, without the defaults.
    return Response(page.model_dump_json(exclude_defaults=True), media_type="application/json")


@router.post(
    "/runs/{run_id}/bulk",
    summary="Complete cells in bulk (done, failed or skipped, with a shared note): all of them or none",
    description="Each cell is a step of a row's session. Cells that already have the result are left alone (a retry "
    "changes nothing). Any cell that cannot be completed (a question needs its answer, an input its value, a "
    "sequential step waits, ...) refuses the whole request: 422 `bulk_refused` lists each (`session_id`, `node_id`, "
    "`detail`, `message`). With `expected_seq`, a row changed since answers 409 `stale_seq` (`stale`).",
    responses={
        409: {"description": "`stale_seq` (`stale`: the rows that changed)"},
        422: {"description": "`bulk_refused` (`errors`, `error_count`)"},
    },
)
async def bulk_complete(run_id: uuid.UUID, body: BulkIn, principal: Engineer, db: DbSession) -> BulkOut:
    return await service.bulk_complete(db, principal, run_id, body)


@router.get(
    "/runs/{run_id}/report",
    summary="The run's report, failures first, redacted with the team's rules",
    response_class=Response,
    responses={
        200: {
            "description": "The report, as an attachment.",
            "content": {"text/markdown": {}, "text/html": {}, "text/csv": {}},
        }
    },
)
async def download_report(
    run_id: uuid.UUID,
    principal: CurrentPrincipal,
    db: DbSession,
    fmt: Annotated[ReportFormat, Query(alias="format", description="`md`, `html` or `csv`.")] = ReportFormat.MD,
) -> Response:
    report = await service.export_report(db, principal.scope, run_id, fmt)
    headers = {"Content-Disposition": f'attachment; filename="{report.filename}"', "Cache-Control": "no-store"}
    if fmt == ReportFormat.HTML:
        headers["Content-Security-Policy"] = HTML_CSP
    return Response(report.content, media_type=report.media_type, headers=headers)
