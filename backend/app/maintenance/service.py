"""Maintenance: schedules, their targets, runs, the run matrix, bulk completion, reports. No HTTP here.

- A schedule belongs to a published maintenance flow of the team. `next_due_at` is its next
  occurrence not yet handled (recurrence.py), recomputed from now whenever the recurrence, the time
  zone or `active` changes; the scheduler (scheduler.py) moves it on when it creates the run.
- Targets are edited one by one or imported from CSV, all rows or none (targets_csv.py): `merge`
  adds new targets and updates the fields of known ones (same client and device), `replace` makes
  the file the whole list. Writes to a schedule's targets lock the schedule row, so concurrent edits
  queue up instead of colliding on positions.
- A run is one occurrence: a checklist session per target (app/sessions), all created in one
  transaction with the run and its matrix rows. `(schedule_id, due_at)` is unique: `create_run`
  answers None when the run exists already, whoever created it.
- A run's progress adds up its sessions' step counts (columns of the session row, not the JSON).
  A target is failed when a step failed or its session ended unresolved or abandoned, open while it
  has open steps, done otherwise; the run is completed when no target has open steps left (or its
  session ended) and overdue when it is not completed by its deadline.
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from pydantic import TypeAdapter
from sqlalchemy import Select, and_, any_, case, delete, func, insert, literal, not_, or_, select, tuple_
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.deps import Principal
from app.core.clock import utcnow
from app.core.errors import NotFound
from app.core.pagination import cursor_count, cursor_datetime, cursor_text, cursor_uuid, decode_cursor, encode_cursor
from app.core.tenancy import TeamScope, get_in_team, in_team
from app.flows.models import Flow, FlowKind, FlowStatus
from app.maintenance import recurrence, report, targets_csv
from app.maintenance.errors import (
    BulkRefused,
    BulkStale,
    CsvInvalid,
    DuplicateTarget,
    FlowNotMaintenance,
    FlowNotRunnable,
    InvalidRecurrence,
    NoTargets,
    NotScheduleOwner,
    TooManyTargets,
)
from app.maintenance.models import Run, RunTarget, Schedule, Target
from app.maintenance.recurrence import Cron, Daily, Monthly, Recurrence, RecurrenceError, Weekly
from app.maintenance.report import RenderedReport, ReportFormat
from app.maintenance.schemas import (
    MAX_FIELDS,
    MAX_TARGETS,
    BulkIn,
    BulkOut,
    BulkRowOut,
    CellOut,
    ColumnOut,
    ImportOut,
    MatrixPageOut,
    MatrixRowOut,
    OccurrenceOut,
    RecurrencePreviewIn,
    RecurrencePreviewOut,
    RunOut,
    RunPageOut,
    RunProgressOut,
    RunSummaryOut,
    ScheduleIn,
    ScheduleOut,
    SchedulePageOut,
    TargetIn,
    TargetOut,
    TargetOutcome,
    TargetPageOut,
)
from app.redaction.service import redactor_for_team
from app.sessions import service as sessions
from app.sessions.checklist import stored_counts
from app.sessions.errors import InvalidAssignee
from app.sessions.events import FINAL_STATUSES, ChecklistSpec, SessionStatus
from app.sessions.models import Session
from app.sessions.schemas import FlowRefOut
from app.teams.models import Membership, TeamRole
from app.users.models import User

# Many rows at once (CSV imports, a run's matrix rows): Core inserts on the tables, no ORM objects.
TARGETS = Target.metadata.tables[Target.__tablename__]
RUN_TARGETS = RunTarget.metadata.tables[RunTarget.__tablename__]
PAGE_LIMIT_MAX = 100
MATRIX_LIMIT_MAX = 500
NEXT_OCCURRENCES = 5
TargetFilter = Literal["failed", "open", "done"]

# --- checks ---------------------------------------------------------------------------------


def _rule(data: Daily | Weekly | Monthly | Cron, timezone: str, now: datetime) -> tuple[recurrence.Rule, ZoneInfo]:
    try:
        return recurrence.check(data, timezone, now)
    except RecurrenceError as exc:
        raise InvalidRecurrence(str(exc)) from exc


async def _maintenance_flow(db: AsyncSession, scope: TeamScope, flow_id: uuid.UUID) -> Flow:
    flow = await get_in_team(db, Flow, flow_id, scope, not_found="flow_not_found")
    if flow.kind != FlowKind.MAINTENANCE.value:
        raise FlowNotMaintenance
    if flow.latest_version == 0 or flow.status == FlowStatus.ARCHIVED.value:
        raise FlowNotRunnable
    return flow


async def _check_members(db: AsyncSession, scope: TeamScope, user_ids: Sequence[uuid.UUID]) -> None:
    """Owners and assignees are active members of the team who run sessions."""
    wanted = set(user_ids)
    stmt = in_team(select(Membership.user_id), Membership, scope).where(
        Membership.user_id.in_(wanted), Membership.disabled_at.is_(None), Membership.role != TeamRole.VIEWER.value
    )
    if set((await db.execute(stmt)).scalars()) != wanted:
        raise InvalidAssignee("Owners and assignees are active engineers or admins of your team.")


async def _lock_schedule(db: AsyncSession, scope: TeamScope, schedule_id: uuid.UUID) -> Schedule:
    return await get_in_team(db, Schedule, schedule_id, scope, not_found="schedule_not_found", for_update=True)


# --- schedules ------------------------------------------------------------------------------


def preview(data: RecurrencePreviewIn) -> RecurrencePreviewOut:
    now = data.after or utcnow()
    rule, tz = _rule(data.recurrence, data.timezone, now)
    instants = recurrence.next_occurrences(rule, tz, now, data.count)
    return RecurrencePreviewOut(
        summary=recurrence.describe(data.recurrence),
        occurrences=[OccurrenceOut(at=at, local=at.astimezone(tz).isoformat()) for at in instants],
    )


def _upcoming(row: Schedule, now: datetime) -> list[datetime]:
    rule = recurrence.compile_rule(recurrence_of(row))
    tz = recurrence.zone(row.timezone)
    if row.next_due_at is None:
        return recurrence.next_occurrences(rule, tz, now, NEXT_OCCURRENCES)
    return [row.next_due_at, *recurrence.next_occurrences(rule, tz, row.next_due_at, NEXT_OCCURRENCES - 1)]


_RECURRENCE: TypeAdapter[Daily | Weekly | Monthly | Cron] = TypeAdapter(Recurrence)


def recurrence_of(row: Schedule) -> Daily | Weekly | Monthly | Cron:
    return _RECURRENCE.validate_python(row.recurrence)


async def _schedule_outs(db: AsyncSession, rows: Sequence[Schedule]) -> list[ScheduleOut]:
    """The schedules with their flow, owner's name and target count (three queries for a page)."""
    if not rows:
        return []
    flows = {
        flow.id: flow
        for flow in (await db.execute(select(Flow).where(Flow.id.in_({r.flow_id for r in rows})))).scalars()
    }
    owners = select(User.id, User.full_name).where(User.id.in_({r.owner_id for r in rows}))
    names = dict((await db.execute(owners)).all())
    counted = select(Target.schedule_id, func.count()).where(Target.schedule_id.in_([r.id for r in rows]))
    counts = dict((await db.execute(counted.group_by(Target.schedule_id))).all())
    now = utcnow()
    out = []
    for row in rows:
        flow = flows[row.flow_id]
        out.append(
            ScheduleOut(
                id=row.id,
                flow=FlowRefOut(id=flow.id, version=flow.latest_version or None, title=flow.title),
                name=row.name,
                recurrence=recurrence_of(row),
                summary=recurrence.describe(recurrence_of(row)),
                timezone=row.timezone,
                catch_up=row.catch_up,
                complete_within_hours=row.complete_within_hours,
                owner_id=row.owner_id,
                owner_name=names.get(row.owner_id, ""),
                assignee_ids=list(row.assignee_ids),
                active=row.active,
                next_due_at=row.next_due_at,
                next_occurrences=_upcoming(row, now),
                target_count=counts.get(row.id, 0),
                created_at=row.created_at,
                updated_at=row.updated_at,
            )
        )
    return out


async def get_schedule_row(db: AsyncSession, scope: TeamScope, schedule_id: uuid.UUID) -> Schedule:
    return await get_in_team(db, Schedule, schedule_id, scope, not_found="schedule_not_found")


async def get_schedule(db: AsyncSession, scope: TeamScope, schedule_id: uuid.UUID) -> ScheduleOut:
    return (await _schedule_outs(db, [await get_schedule_row(db, scope, schedule_id)]))[0]


async def list_schedules(
    db: AsyncSession,
    scope: TeamScope,
    flow_id: uuid.UUID | None,
    active: bool | None,
    limit: int,
    cursor: str | None,
) -> SchedulePageOut:
    """By name."""
    stmt = in_team(select(Schedule), Schedule, scope)
    if flow_id is not None:
        stmt = stmt.where(Schedule.flow_id == flow_id)
    if active is not None:
        stmt = stmt.where(Schedule.active.is_(active))
    if cursor:
        name, row_id = decode_cursor(cursor, "name", 2)
        stmt = stmt.where(tuple_(Schedule.name, Schedule.id) > (cursor_text(name), cursor_uuid(row_id)))
    rows = list((await db.execute(stmt.order_by(Schedule.name, Schedule.id).limit(limit + 1))).scalars())
    page = rows[:limit]
    next_cursor = encode_cursor("name", page[-1].name, page[-1].id) if len(rows) > limit else None
    return SchedulePageOut(items=await _schedule_outs(db, page), next_cursor=next_cursor)


async def create_schedule(db: AsyncSession, principal: Principal, data: ScheduleIn) -> ScheduleOut:
    scope, now = principal.scope, utcnow()
    await _maintenance_flow(db, scope, data.flow_id)
    rule, tz = _rule(data.recurrence, data.timezone, now)
    owner_id = data.owner_id or principal.user_id
    await _check_members(db, scope, [owner_id, *data.assignee_ids])
    row = Schedule(
        id=uuid.uuid4(),
        team_id=principal.team_id,
        flow_id=data.flow_id,
        name=data.name,
        recurrence=data.recurrence.model_dump(mode="json"),
        timezone=data.timezone,
        catch_up=data.catch_up,
        complete_within_hours=data.complete_within_hours,
        owner_id=owner_id,
        assignee_ids=data.assignee_ids,
        active=data.active,
        next_due_at=recurrence.next_occurrences(rule, tz, now, 1)[0] if data.active else None,
        created_at=now,
        updated_at=now,
    )
    db.add(row)
    await db.commit()
    return (await _schedule_outs(db, [row]))[0]


async def update_schedule(
    db: AsyncSession, principal: Principal, schedule_id: uuid.UUID, data: ScheduleIn
) -> ScheduleOut:
    """Replace what can be edited. The next due time is recomputed from now when the recurrence, the
    time zone or `active` changes (no catch-up for a time spent inactive), kept otherwise."""
    scope, now = principal.scope, utcnow()
    row = await _lock_schedule(db, scope, schedule_id)
    if data.flow_id != row.flow_id:
        await _maintenance_flow(db, scope, data.flow_id)
    rule, tz = _rule(data.recurrence, data.timezone, now)
    owner_id = data.owner_id or row.owner_id
    await _check_members(db, scope, [owner_id, *data.assignee_ids])
    stored = data.recurrence.model_dump(mode="json")
    timing_changed = (stored, data.timezone, data.active) != (row.recurrence, row.timezone, row.active)
    row.flow_id, row.name, row.recurrence, row.timezone = data.flow_id, data.name, stored, data.timezone
    row.catch_up, row.complete_within_hours = data.catch_up, data.complete_within_hours
    row.owner_id, row.assignee_ids, row.active = owner_id, data.assignee_ids, data.active
    if not data.active:
        row.next_due_at = None
    elif timing_changed:
        upcoming = recurrence.next_occurrences(rule, tz, now, 1)
        row.next_due_at = upcoming[0] if upcoming else None
    row.updated_at = now
    await db.commit()
    return (await _schedule_outs(db, [row]))[0]


async def delete_schedule(db: AsyncSession, principal: Principal, schedule_id: uuid.UUID) -> None:
    """Its targets go with it; its runs stay (without their schedule)."""
    row = await _lock_schedule(db, principal.scope, schedule_id)
    if row.owner_id != principal.user_id and not principal.has_role("team_admin"):
        raise NotScheduleOwner
    await db.delete(row)
    await db.commit()


# --- targets --------------------------------------------------------------------------------


def _target_out(row: Target) -> TargetOut:
    return TargetOut(id=row.id, position=row.position, client=row.client, device=row.device, fields=row.fields)


async def list_targets(
    db: AsyncSession, scope: TeamScope, schedule_id: uuid.UUID, limit: int, cursor: str | None
) -> TargetPageOut:
    """In position order."""
    await get_in_team(db, Schedule, schedule_id, scope, not_found="schedule_not_found")
    stmt = select(Target).where(Target.schedule_id == schedule_id)
    total = (await db.execute(select(func.count()).where(Target.schedule_id == schedule_id))).scalar_one()
    if cursor:
        position, row_id = decode_cursor(cursor, "position", 2)
        stmt = stmt.where(tuple_(Target.position, Target.id) > (cursor_count(position), cursor_uuid(row_id)))
    rows = list((await db.execute(stmt.order_by(Target.position, Target.id).limit(limit + 1))).scalars())
    page = rows[:limit]
    next_cursor = encode_cursor("position", page[-1].position, page[-1].id) if len(rows) > limit else None
    return TargetPageOut(items=[_target_out(row) for row in page], next_cursor=next_cursor, total=total)


async def _same_target(
    db: AsyncSession, schedule_id: uuid.UUID, client: str, device: str, other_than: uuid.UUID | None = None
) -> bool:
    stmt = select(Target.id).where(Target.schedule_id == schedule_id, Target.client == client, Target.device == device)
    if other_than is not None:
        stmt = stmt.where(Target.id != other_than)
    return (await db.execute(stmt)).first() is not None


async def create_target(db: AsyncSession, principal: Principal, schedule_id: uuid.UUID, data: TargetIn) -> TargetOut:
    schedule = await _lock_schedule(db, principal.scope, schedule_id)
    count, last = (
        await db.execute(select(func.count(), func.max(Target.position)).where(Target.schedule_id == schedule.id))
    ).one()
    if count >= MAX_TARGETS:
        raise TooManyTargets(MAX_TARGETS)
    if await _same_target(db, schedule.id, data.client, data.device):
        raise DuplicateTarget
    row = Target(
        id=uuid.uuid4(),
        team_id=principal.team_id,
        schedule_id=schedule.id,
        position=(last or 0) + 1,
        client=data.client,
        device=data.device,
        fields=data.fields,
        created_at=utcnow(),
    )
    db.add(row)
    await db.commit()
    return _target_out(row)


async def _locked_target(
    db: AsyncSession, scope: TeamScope, schedule_id: uuid.UUID, target_id: uuid.UUID
) -> tuple[Schedule, Target]:
    schedule = await _lock_schedule(db, scope, schedule_id)
    stmt = select(Target).where(Target.id == target_id, Target.schedule_id == schedule.id)
    target = (await db.execute(stmt)).scalar_one_or_none()
    if target is None:
        raise NotFound(code="target_not_found")
    return schedule, target


async def update_target(
    db: AsyncSession, principal: Principal, schedule_id: uuid.UUID, target_id: uuid.UUID, data: TargetIn
) -> TargetOut:
    schedule, target = await _locked_target(db, principal.scope, schedule_id, target_id)
    if await _same_target(db, schedule.id, data.client, data.device, other_than=target.id):
        raise DuplicateTarget
    target.client, target.device, target.fields = data.client, data.device, data.fields
    await db.commit()
    return _target_out(target)


async def delete_target(db: AsyncSession, principal: Principal, schedule_id: uuid.UUID, target_id: uuid.UUID) -> None:
    _, target = await _locked_target(db, principal.scope, schedule_id, target_id)
    await db.delete(target)
    await db.commit()


async def import_targets(
    db: AsyncSession,
    principal: Principal,
    schedule_id: uuid.UUID,
    data: str,
    mode: Literal["merge", "replace"],
    dry_run: bool,
) -> ImportOut:
    """All rows or none: any problem in the file (or a list that would grow past MAX_TARGETS) refuses
    it whole, listing every problem by line. `dry_run` checks and counts without writing."""
    schedule = await _lock_schedule(db, principal.scope, schedule_id)
    rows, problems = targets_csv.parse(data, max_rows=MAX_TARGETS, max_fields=MAX_FIELDS)
    if problems:
        raise CsvInvalid([problem.as_dict() for problem in problems[:200]], len(problems))
    existing = {
        (target.client, target.device): target
        for target in (await db.execute(select(Target).where(Target.schedule_id == schedule.id))).scalars()
    }
    new_rows = [row for row in rows if (row.client, row.device) not in existing]
    changed = [
        (existing[(row.client, row.device)], row.fields)
        for row in rows
        if (row.client, row.device) in existing and existing[(row.client, row.device)].fields != row.fields
    ]
    in_file = {(row.client, row.device) for row in rows}
    removed = [target for key, target in existing.items() if key not in in_file] if mode == "replace" else []
    total = len(existing) - len(removed) + len(new_rows)
    if total > MAX_TARGETS:
        problem = targets_csv.CsvProblem(0, None, "too_many_targets", f"A schedule has at most {MAX_TARGETS} targets.")
        raise CsvInvalid([problem.as_dict()], 1)
    out = ImportOut(
        mode=mode,
        dry_run=dry_run,
        created=len(new_rows),
        updated=len(changed),
        unchanged=len(rows) - len(new_rows) - len(changed),
        deleted=len(removed),
        total=total,
    )
    if dry_run:
        await db.rollback()
        return out
    if removed:
        await db.execute(delete(Target).where(Target.id.in_([target.id for target in removed])))
    for target, fields in changed:
        target.fields = fields
    last = max((target.position for target in existing.values()), default=0)
    now = utcnow()
    if new_rows:
        await db.execute(
            insert(TARGETS),
            [
                {
                    "id": uuid.uuid4(),
                    "team_id": principal.team_id,
                    "schedule_id": schedule.id,
                    "position": last + index,
                    "client": row.client,
                    "device": row.device,
                    "fields": row.fields,
                    "created_at": now,
                }
                for index, row in enumerate(new_rows, start=1)
            ],
        )
    await db.commit()
    return out


# --- runs: creating -------------------------------------------------------------------------


async def create_run(
    db: AsyncSession,
    schedule: Schedule,
    due_at: datetime,
    *,
    trigger: Literal["schedule", "manual"],
    missed: int = 0,
    created_by: uuid.UUID | None = None,
) -> Run | None:
    """The run of `schedule` at `due_at` with a checklist session per target, in the caller's
    transaction; None when that run exists already. FlowNotRunnable, NoTargets when it cannot be."""
    # KEY SHARE, as sessions do: archiving or deleting the flow waits for this run, and the other way round.
    stmt = select(Flow).where(Flow.id == schedule.flow_id).with_for_update(read=True, key_share=True)
    flow = (await db.execute(stmt)).scalar_one()
    if flow.latest_version == 0 or flow.status == FlowStatus.ARCHIVED.value:
        raise FlowNotRunnable
    targets = list(
        (await db.execute(select(Target).where(Target.schedule_id == schedule.id).order_by(Target.position, Target.id)))
        .scalars()
        .all()
    )
    if not targets:
        raise NoTargets
    version = flow.latest_version
    spec = await sessions.checklist_spec(db, flow.id, version)
    now = utcnow()
    inserted = await db.execute(
        pg_insert(Run)
        .values(
            id=uuid.uuid4(),
            team_id=schedule.team_id,
            schedule_id=schedule.id,
            flow_id=flow.id,
            flow_version=version,
            title=schedule.name,
            flow_title=flow.title,
            timezone=schedule.timezone,
            checklist=spec.model_dump(mode="json"),
            due_at=due_at,
            deadline_at=due_at + timedelta(hours=schedule.complete_within_hours),
            created_at=now,
            trigger=trigger,
            created_by_id=created_by,
            missed=missed,
            target_count=len(targets),
        )
        .on_conflict_do_nothing(index_elements=["schedule_id", "due_at"])
        .returning(Run.id)
    )
    run_id = inserted.scalar_one_or_none()
    if run_id is None:
        return None
    starts = [sessions.ChecklistStart(target.client, target.device or None) for target in targets]
    session_ids = await sessions.start_checklists(
        db, schedule.team_id, schedule.owner_id, flow, version, spec, starts, now
    )
    await db.execute(
        insert(RUN_TARGETS),
        [
            {
                "run_id": run_id,
                "position": position,
                "session_id": session_id,
                "target_id": target.id,
                "client": target.client,
                "device": target.device,
                "fields": target.fields,
            }
            for position, (target, session_id) in enumerate(zip(targets, session_ids, strict=True), start=1)
        ],
    )
    return (await db.execute(select(Run).where(Run.id == run_id))).scalar_one()


async def start_run_now(db: AsyncSession, principal: Principal, schedule_id: uuid.UUID) -> tuple[Run, bool]:
    """A run due now (to the minute), outside the recurrence; whether it was created (a second click
    in the same minute finds the first run)."""
    schedule = await _lock_schedule(db, principal.scope, schedule_id)
    due_at = utcnow().replace(second=0, microsecond=0)
    run = await create_run(db, schedule, due_at, trigger="manual", created_by=principal.user_id)
    if run is not None:
        await db.commit()
        return run, True
    stmt = select(Run).where(Run.schedule_id == schedule.id, Run.due_at == due_at)
    return (await db.execute(stmt)).scalar_one(), False


# --- runs: reading --------------------------------------------------------------------------

_ENDED = Session.status.in_([status.value for status in FINAL_STATUSES])
_FAILED = or_(Session.steps_failed > 0, Session.status.in_([SessionStatus.UNRESOLVED, SessionStatus.ABANDONED]))
_UNFINISHED = and_(Session.steps_open > 0, not_(_ENDED))


@dataclass(frozen=True)
class _Tally:
    targets: int = 0
    failed: int = 0
    open: int = 0
    unfinished: int = 0
    closed: int = 0
    open_steps: int = 0
    failed_steps: int = 0


async def _tallies(db: AsyncSession, run_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, _Tally]:
    """Per run: targets by outcome and steps by status, from the sessions' count columns."""
    if not run_ids:
        return {}
    stmt = (
        select(
            RunTarget.run_id,
            func.count(),
            func.count().filter(_FAILED),
            func.count().filter(_UNFINISHED, not_(_FAILED)),
            func.count().filter(_UNFINISHED),
            func.coalesce(func.sum(Session.steps_closed), 0),
            func.coalesce(func.sum(case((_ENDED, 0), else_=Session.steps_open)), 0),
            func.coalesce(func.sum(Session.steps_failed), 0),
        )
        .join(Session, Session.id == RunTarget.session_id)
        .where(RunTarget.run_id.in_(run_ids))
        .group_by(RunTarget.run_id)
    )
    return {row[0]: _Tally(*row[1:]) for row in (await db.execute(stmt)).all()}


def _run_out(run: Run, tally: _Tally, now: datetime, cls: type[RunSummaryOut] = RunSummaryOut, **extra: Any) -> Any:
    applicable = tally.closed + tally.open_steps
    progress = RunProgressOut(
        percent=100 if applicable == 0 else tally.closed * 100 // applicable,
        steps_closed=tally.closed,
        steps_open=tally.open_steps,
        steps_failed=tally.failed_steps,
        targets_done=tally.targets - tally.failed - tally.open,
        targets_failed=tally.failed,
        targets_open=tally.open,
    )
    completed = tally.unfinished == 0
    return cls(
        id=run.id,
        schedule_id=run.schedule_id,
        title=run.title,
        flow=FlowRefOut(id=run.flow_id, version=run.flow_version, title=run.flow_title),
        timezone=run.timezone,
        due_at=run.due_at,
        deadline_at=run.deadline_at,
        created_at=run.created_at,
        trigger=run.trigger,
        missed=run.missed,
        target_count=run.target_count,
        status="completed" if completed else "open",
        overdue=not completed and now > run.deadline_at,
        progress=progress,
        **extra,
    )


async def run_summary(db: AsyncSession, run: Run) -> RunSummaryOut:
    tally = (await _tallies(db, [run.id])).get(run.id, _Tally())
    out: RunSummaryOut = _run_out(run, tally, utcnow())
    return out


def columns_of(run: Run) -> list[ColumnOut]:
    spec = ChecklistSpec.model_validate(run.checklist)
    return [
        ColumnOut(
            node_id=step.node_id, title=step.title, kind=step.kind, section=section.name, sequential=section.sequential
        )
        for section in spec.sections
        for step in section.steps
    ]


async def _get_run(db: AsyncSession, scope: TeamScope, run_id: uuid.UUID) -> Run:
    return await get_in_team(db, Run, run_id, scope, not_found="run_not_found")


async def get_run(db: AsyncSession, scope: TeamScope, run_id: uuid.UUID) -> RunOut:
    run = await _get_run(db, scope, run_id)
    tally = (await _tallies(db, [run.id])).get(run.id, _Tally())
    out: RunOut = _run_out(run, tally, utcnow(), RunOut, columns=columns_of(run))
    return out


def _unfinished_exists() -> Any:
    return (
        select(RunTarget.run_id)
        .join(Session, Session.id == RunTarget.session_id)
        .where(RunTarget.run_id == Run.id, _UNFINISHED)
        .exists()
    )


@dataclass(frozen=True)
class RunFilters:
    schedule_id: uuid.UUID | None = None
    status: Literal["open", "completed", "overdue"] | None = None
    mine: uuid.UUID | None = None  # runs of schedules this member owns or is assigned to


def _filtered_runs(stmt: Select[Run], filters: RunFilters, now: datetime) -> Select[Run]:
    if filters.schedule_id is not None:
        stmt = stmt.where(Run.schedule_id == filters.schedule_id)
    if filters.status == "completed":
        stmt = stmt.where(not_(_unfinished_exists()))
    elif filters.status == "open":
        stmt = stmt.where(_unfinished_exists())
    elif filters.status == "overdue":
        stmt = stmt.where(Run.deadline_at < now, _unfinished_exists())
    if filters.mine is not None:
        mine = select(Schedule.id).where(
            or_(Schedule.owner_id == filters.mine, literal(filters.mine) == any_(Schedule.assignee_ids))
        )
        stmt = stmt.where(Run.schedule_id.in_(mine))
    return stmt


async def list_runs(
    db: AsyncSession, scope: TeamScope, filters: RunFilters, limit: int, cursor: str | None
) -> RunPageOut:
    """Newest due first."""
    now = utcnow()
    stmt = _filtered_runs(in_team(select(Run), Run, scope), filters, now)
    if cursor:
        due, row_id = decode_cursor(cursor, "due", 2)
        stmt = stmt.where(tuple_(Run.due_at, Run.id) < (cursor_datetime(due), cursor_uuid(row_id)))
    rows = list((await db.execute(stmt.order_by(Run.due_at.desc(), Run.id.desc()).limit(limit + 1))).scalars())
    page = rows[:limit]
    tallies = await _tallies(db, [run.id for run in page])
    next_cursor = encode_cursor("due", page[-1].due_at, page[-1].id) if len(rows) > limit else None
    return RunPageOut(
        items=[_run_out(run, tallies.get(run.id, _Tally()), now) for run in page], next_cursor=next_cursor
    )


def _outcome(status: str, steps_open: int, steps_failed: int) -> TargetOutcome:
    if steps_failed > 0 or status in (SessionStatus.UNRESOLVED, SessionStatus.ABANDONED):
        return "failed"
    if steps_open > 0 and status not in FINAL_STATUSES:
        return "open"
    return "done"


def _cells(columns: Sequence[ColumnOut], checklist: dict[str, Any]) -> list[CellOut]:
    """The stored steps as cells, in column order (no model of the whole checklist is built)."""
    by_node = {step["node_id"]: step for step in checklist["steps"]}
    cells = []
    for column in columns:
        step = by_node.get(column.node_id, {})
        cells.append(
            CellOut(
                status=step.get("status", "open"),
                at=step.get("at"),
                by_id=step.get("by_id"),
                answer=step.get("answer"),
                value=step.get("value"),
                notes=step.get("notes", 0),
                assignee_id=step.get("assignee_id"),
                due_at=step.get("due_at"),
            )
        )
    return cells


_OUTCOME_FILTERS = {
    "failed": _FAILED,
    "open": and_(_UNFINISHED, not_(_FAILED)),
    "done": and_(not_(_UNFINISHED), not_(_FAILED)),
}


async def matrix(
    db: AsyncSession,
    scope: TeamScope,
    run_id: uuid.UUID,
    limit: int,
    cursor: str | None,
    outcome: TargetFilter | None = None,
) -> MatrixPageOut:
    """Targets by steps, a page of rows in target order (one query for the page)."""
    run = await _get_run(db, scope, run_id)
    columns = columns_of(run)
    stmt = (
        select(
            RunTarget.position,
            RunTarget.target_id,
            RunTarget.client,
            RunTarget.device,
            RunTarget.fields,
            Session.id,
            Session.last_seq,
            Session.status,
            Session.checklist,
            Session.steps_open,
            Session.steps_closed,
            Session.steps_failed,
        )
        .join(Session, Session.id == RunTarget.session_id)
        .where(RunTarget.run_id == run.id)
    )
    if outcome is not None:
        stmt = stmt.where(_OUTCOME_FILTERS[outcome])
    if cursor:
        (position,) = decode_cursor(cursor, "position", 1)
        stmt = stmt.where(RunTarget.position > cursor_count(position))
    rows = (await db.execute(stmt.order_by(RunTarget.position).limit(limit + 1))).all()
    page = rows[:limit]
    out = []
    for (
        position,
        target_id,
        client,
        device,
        fields,
        session_id,
        last_seq,
        status,
        checklist,
        s_open,
        s_closed,
        s_failed,
    ) in page:
        applicable = (s_open or 0) + (s_closed or 0)
        out.append(
            MatrixRowOut(
                position=position,
                target_id=target_id,
                client=client,
                device=device,
                fields=fields,
                session_id=session_id,
                last_seq=last_seq,
                session_status=status,
                outcome=_outcome(status, s_open or 0, s_failed or 0),
                percent=100 if applicable == 0 else (s_closed or 0) * 100 // applicable,
                cells=_cells(columns, checklist or {"steps": []}),
            )
        )
    next_cursor = encode_cursor("position", page[-1].position) if len(rows) > limit else None
    return MatrixPageOut(run_id=run.id, columns=columns, rows=out, next_cursor=next_cursor)


async def bulk_complete(db: AsyncSession, principal: Principal, run_id: uuid.UUID, data: BulkIn) -> BulkOut:
    """Complete the selected cells with one result and note: every cell or none (sessions locked in
    id order, one transaction: app/sessions/service.py complete_steps)."""
    run = await _get_run(db, principal.scope, run_id)
    wanted = {cell.session_id for cell in data.cells}
    stmt = select(RunTarget.session_id).where(RunTarget.run_id == run.id, RunTarget.session_id.in_(wanted))
    in_run = set((await db.execute(stmt)).scalars())
    problems = [
        {
            "session_id": str(cell.session_id),
            "node_id": cell.node_id,
            "detail": "cell_not_in_run",
            "message": "Not a row of this run.",
        }
        for cell in data.cells
        if cell.session_id not in in_run
    ]
    if problems:
        raise BulkRefused(problems[:100], len(problems))
    cells = [(cell.session_id, cell.node_id) for cell in data.cells]
    outcome = await sessions.complete_steps(db, principal, cells, data.result, data.note, data.expected_seq)
    if outcome.stale:
        raise BulkStale([{"session_id": str(sid), "last_seq": seq} for sid, seq in outcome.stale.items()])
    if outcome.problems:
        errors = [
            {"session_id": str(p.session_id), "node_id": p.node_id, "detail": p.code, "message": p.message}
            for p in outcome.problems
        ]
        raise BulkRefused(errors[:100], len(errors))
    return BulkOut(
        changed=outcome.changed,
        unchanged=outcome.unchanged,
        rows=[BulkRowOut(session_id=sid, last_seq=seq) for sid, seq in outcome.last_seqs.items()],
        run=await run_summary(db, run),
    )


# --- report ---------------------------------------------------------------------------------


async def report_rows(db: AsyncSession, run: Run, columns: Sequence[ColumnOut]) -> list[report.ReportRow]:
    """Every target of the run, failures first, then open, then done (each in target order)."""
    stmt = (
        select(
            RunTarget.position,
            RunTarget.client,
            RunTarget.device,
            RunTarget.fields,
            Session.id,
            Session.status,
            Session.checklist,
        )
        .join(Session, Session.id == RunTarget.session_id)
        .where(RunTarget.run_id == run.id)
        .order_by(RunTarget.position)
    )
    rows = []
    for position, client, device, fields, session_id, status, checklist in (await db.execute(stmt)).all():
        stored = checklist or {"steps": []}
        counts = stored_counts(stored)
        by_node = {step["node_id"]: step.get("status", "open") for step in stored["steps"]}
        rows.append(
            report.ReportRow(
                position=position,
                client=client,
                device=device,
                fields=fields,
                session_id=session_id,
                session_status=status,
                outcome=_outcome(status, counts.open, counts.failed),
                percent=counts.percent,
                statuses=[by_node.get(column.node_id, "open") for column in columns],
                counts=counts.as_dict(),
            )
        )
    order = {"failed": 0, "open": 1, "done": 2}
    return sorted(rows, key=lambda row: (order[row.outcome], row.position))


async def export_report(db: AsyncSession, scope: TeamScope, run_id: uuid.UUID, fmt: ReportFormat) -> RenderedReport:
    """The run's report in `fmt`, its texts through the team's redaction rules."""
    run = await _get_run(db, scope, run_id)
    tally = (await _tallies(db, [run.id])).get(run.id, _Tally())
    summary: RunSummaryOut = _run_out(run, tally, utcnow())
    columns = columns_of(run)
    rows = await report_rows(db, run, columns)
    redactor = await redactor_for_team(db, scope.team_id)
    return report.render(report.Report(summary, columns, rows), fmt, redactor.document())
