"""The maintenance job: creates due runs and tells assignees about them and about overdue runs.

`MaintenanceJob.tick(now)` is what the scheduler (app/core/scheduler.py, on the leader only) runs
every MAINTENANCE_TICK_SECONDS; tests call it with the time they want.

1. Due schedules, one per transaction: the schedule row is taken with `FOR UPDATE SKIP LOCKED`
   (another tick at the same moment takes the next one), its occurrences up to now are resolved by
   the catch-up policy (recurrence.due), the run is created (or found: `(schedule_id, due_at)` is
   unique, so a double fire or a take-over by another replica never makes two) and `next_due_at`
   moves past now, in the same commit. A schedule whose flow cannot run (unpublished, archived) or
   that has no targets skips the occurrence, with a log line.
2. Runs past their deadline, not looked at yet: when not completed, their assignees get an e-mail;
   either way the run is marked as looked at.
E-mails go out after the commit, through the Mailer (the dev outbox without SMTP); a mail problem is
logged and never undoes a run.
"""

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.clock import utcnow
from app.core.config import Settings
from app.core.email import Mailer
from app.core.logging import get_logger
from app.maintenance import recurrence, service
from app.maintenance.errors import FlowNotRunnable, NoTargets
from app.maintenance.models import Run, Schedule
from app.teams.models import Membership
from app.users.models import User

log = get_logger(__name__)


@dataclass
class TickResult:
    created: list[uuid.UUID] = field(default_factory=list)  # runs
    skipped: int = 0  # occurrences passed over (catch-up, or nothing to run)
    overdue: list[uuid.UUID] = field(default_factory=list)  # runs whose assignees were told


async def recipients(db: AsyncSession, schedule: Schedule) -> list[tuple[str, str]]:
    """(e-mail, name) of the schedule's assignees (its owner when it has none), active members only."""
    user_ids = list(schedule.assignee_ids) or [schedule.owner_id]
    stmt = (
        select(User.email, User.full_name)
        .join(Membership, Membership.user_id == User.id)
        .where(User.id.in_(user_ids), Membership.team_id == schedule.team_id, Membership.disabled_at.is_(None))
        .order_by(User.email)
    )
    return [(email, name) for email, name in (await db.execute(stmt)).all()]


class MaintenanceJob:
    def __init__(self, settings: Settings, sessionmaker: async_sessionmaker[AsyncSession], mailer: Mailer) -> None:
        self._sessionmaker = sessionmaker
        self._mailer = mailer
        self._grace = timedelta(seconds=settings.maintenance_misfire_grace_seconds)
        self._links = settings.frontend_url.rstrip("/")

    async def tick(self, now: datetime | None = None) -> TickResult:
        now = now or utcnow()
        result = TickResult()
        while await self._next_due(now, result):
            pass
        while await self._next_overdue(now, result):
            pass
        return result

    async def _next_due(self, now: datetime, result: TickResult) -> bool:
        """Handle one due schedule; False when none is left."""
        async with self._sessionmaker() as db:
            stmt = (
                select(Schedule)
                .where(Schedule.active, Schedule.next_due_at <= now)
                .order_by(Schedule.next_due_at)
                .limit(1)
                .with_for_update(skip_locked=True)
            )
            schedule = (await db.execute(stmt)).scalar_one_or_none()
            if schedule is None:
                return False
            assert schedule.next_due_at is not None
            rule = recurrence.compile_rule(service.recurrence_of(schedule))
            due = recurrence.due(
                rule, recurrence.zone(schedule.timezone), schedule.next_due_at, now, schedule.catch_up, self._grace
            )
            result.skipped += due.missed
            run = None
            if due.run_at is not None:
                try:
                    run = await service.create_run(db, schedule, due.run_at, trigger="schedule", missed=due.missed)
                except (FlowNotRunnable, NoTargets) as exc:
                    result.skipped += 1
                    log.warning(
                        "maintenance_run_skipped",
                        extra={"schedule_id": str(schedule.id), "due_at": due.run_at.isoformat(), "reason": exc.code},
                    )
            schedule.next_due_at = due.next_due
            await db.commit()
            if run is not None:
                result.created.append(run.id)
                log.info(
                    "maintenance_run_created",
                    extra={"run_id": str(run.id), "schedule_id": str(schedule.id), "missed": due.missed},
                )
                await tell(db, self._mailer, self._links, schedule, run)
            return True

    async def _next_overdue(self, now: datetime, result: TickResult) -> bool:
        async with self._sessionmaker() as db:
            stmt = (
                select(Run)
                .where(Run.overdue_checked_at.is_(None), Run.deadline_at <= now)
                .order_by(Run.deadline_at)
                .limit(1)
                .with_for_update(skip_locked=True)
            )
            run = (await db.execute(stmt)).scalar_one_or_none()
            if run is None:
                return False
            summary = await service.run_summary(db, run)
            await db.execute(update(Run).where(Run.id == run.id).values(overdue_checked_at=now))
            await db.commit()
            schedule = None if run.schedule_id is None else await db.get(Schedule, run.schedule_id)
            if summary.status == "open" and schedule is not None:
                result.overdue.append(run.id)
                await tell(db, self._mailer, self._links, schedule, run, open_targets=summary.progress.targets_open)
            return True


async def tell(
    db: AsyncSession, mailer: Mailer, links: str, schedule: Schedule, run: Run, *, open_targets: int | None = None
) -> None:
    """E-mail the schedule's assignees that `run` is due, or (with `open_targets`) that it is overdue."""
    tz = recurrence.zone(run.timezone)
    due = run.due_at.astimezone(tz).strftime("%Y-%m-%d %H:%M %Z")
    deadline = run.deadline_at.astimezone(tz).strftime("%Y-%m-%d %H:%M %Z")
    link = f"{links.rstrip('/')}/maintenance/runs/{run.id}"
    if open_targets is not None:
        subject = f"Overdue maintenance: {run.title}"
        lead = f"The maintenance run {run.title!r} was due by {deadline} and is not finished: "
        lead += f"{open_targets} of {run.target_count} targets still have open steps."
    else:
        subject = f"Maintenance due: {run.title} ({run.target_count} targets)"
        lead = f"A maintenance run of {run.flow_title!r} is due {due} on {run.target_count} targets."
        if run.missed:
            lead += f" It catches up after a downtime ({run.missed} earlier due times were passed over)."
        lead += f" Please finish it by {deadline}."
    for email, name in await recipients(db, schedule):
        await mailer.send(email, subject, f"Hello {name},\n\n{lead}\n\nOpen the run: {link}\n")
