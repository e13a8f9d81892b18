"""Demo maintenance and projects: two schedules with client targets, a recent run being worked, and two
procedural projects (one in progress by two engineers, one done).

Everything goes through the services (schedules, targets, runs, checklist appends), so the demo is what
the API would have made. Seeded once: a team that has schedules is left alone. Deterministic for a seed,
except for timestamps, which are those of the seeding.
"""

import random
import uuid
from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.deps import Principal
from app.core.clock import utcnow
from app.flows.models import Flow, FlowKind
from app.maintenance import recurrence, service
from app.maintenance.models import Schedule
from app.maintenance.recurrence import Monthly, Weekly
from app.maintenance.schemas import ScheduleIn, TargetIn
from app.sessions import service as sessions
from app.sessions.demo import CLIENTS, PEOPLE, Context, play_checklist
from app.sessions.events import EndedIn, StepAssignedIn, StepNotedIn
from app.sessions.schemas import AppendIn, SessionStartIn

DEMO_SEED = 20261125
TIMEZONE = "Europe/Amsterdam"
PLATFORMS = ["Veeam", "Datto", "Acronis", "Veeam"]
SITES = ["Amsterdam", "Utrecht", "Rotterdam", "Eindhoven"]


def _context(rng: random.Random, client: tuple[str, str, str], device: str) -> Context:
    name, domain, prefix = client
    first, last = rng.choice(PEOPLE)
    return Context(name, domain, prefix, first, last, device, f"{prefix}-DC01", "", "", rng.randint(2, 99), "")


async def _flow(db: AsyncSession, team_id: uuid.UUID, title: str) -> Flow | None:
    stmt = select(Flow).where(Flow.team_id == team_id, Flow.title == title, Flow.latest_version > 0)
    return (await db.execute(stmt)).scalars().first()


async def load_demo_maintenance(db: AsyncSession, engineers: Sequence[Principal]) -> int:
    """Schedules, a run and projects for the team of `engineers` (the first owns them); how many
    schedules were created (0: the team had some already, or the demo library lacks the flows)."""
    lead = engineers[0]
    existing = select(func.count()).select_from(Schedule).where(Schedule.team_id == lead.team_id)
    if (await db.execute(existing)).scalar_one():
        return 0
    backup = await _flow(db, lead.team_id, "Backup verification and test restore")
    patching = await _flow(db, lead.team_id, "Monthly patch compliance review")
    if backup is None or patching is None or backup.kind != FlowKind.MAINTENANCE.value:
        return 0
    rng = random.Random(DEMO_SEED)  # noqa: S311 (reproducible demo data, not security)
    assignees = [engineer.user_id for engineer in engineers]
    weekly = await service.create_schedule(
        db,
        lead,
        ScheduleIn(
            flow_id=backup.id,
            name="Weekly backup verification",
            recurrence=Weekly(kind="weekly", days=["mon"], time="08:00"),
            timezone=TIMEZONE,
            complete_within_hours=48,
            assignee_ids=assignees,
        ),
    )
    monthly = await service.create_schedule(
        db,
        lead,
        ScheduleIn(
            flow_id=patching.id,
            name="Monthly patch review",
            recurrence=Monthly(kind="monthly", day=15, time="09:00"),
            timezone=TIMEZONE,
            complete_within_hours=120,
            catch_up="skip",
            assignee_ids=assignees,
        ),
    )
    clients = CLIENTS[:8]
    for index, (name, _, prefix) in enumerate(clients):
        fields = {"platform": PLATFORMS[index % 4], "site": SITES[index % 4]}
        await service.create_target(db, lead, weekly.id, TargetIn(client=name, device=f"{prefix}-BKP01", fields=fields))
        await service.create_target(db, lead, monthly.id, TargetIn(client=name, fields={"rmm": "NinjaOne"}))
    await _recent_run(db, engineers, weekly.id, rng)
    await _projects(db, engineers, rng)
    return 2


async def _recent_run(
    db: AsyncSession, engineers: Sequence[Principal], schedule_id: uuid.UUID, rng: random.Random
) -> None:
    """The weekly run of last Monday: three targets done, one failed, two half way, two untouched."""
    schedule = await service.get_schedule_row(db, engineers[0].scope, schedule_id)
    rule = recurrence.compile_rule(service.recurrence_of(schedule))
    now = utcnow()
    due_at = recurrence.next_occurrences(rule, recurrence.zone(TIMEZONE), now - timedelta(days=7), 1)[0]
    run = await service.create_run(db, schedule, due_at, trigger="schedule")
    await db.commit()
    assert run is not None
    page = await service.matrix(db, engineers[0].scope, run.id, 100, None)
    plans: list[tuple[int | None, str | None]] = [(None, None)] * 3 + [(None, "test-file-restore")] + [(6, None)] * 2
    clients = {client[0]: client for client in CLIENTS}
    for row, (steps, fail) in zip(page.rows, plans, strict=False):
        ctx = _context(rng, clients[row.client], row.device)
        await play_checklist(db, engineers, row.session_id, rng, ctx, steps=steps, fail=fail)


async def _projects(db: AsyncSession, engineers: Sequence[Principal], rng: random.Random) -> None:
    """An onboarding in progress (two engineers, an assigned step with a due date, a note on a step)
    and an offboarding that is done."""
    lead = engineers[0]
    onboarding = await _flow(db, lead.team_id, "New-hire onboarding")
    offboarding = await _flow(db, lead.team_id, "User offboarding")
    name, domain, prefix = CLIENTS[0]
    if onboarding is not None:
        ctx = _context(rng, CLIENTS[0], f"{prefix}-LT-0412")
        start = SessionStartIn(flow_id=onboarding.id, ticket_id="T-284113", client_name=name, target=ctx.upn())
        session = await sessions.start_session(db, lead, start)
        session = await play_checklist(db, engineers, session.id, rng, ctx, steps=9)
        later = [step for section in session.checklist.sections for step in section.steps] if session.checklist else []
        waiting = [step for step in later if step.status == "open"]
        if waiting:
            assign = StepAssignedIn(
                type="step_assigned",
                node_id=waiting[-1].node_id,
                assignee_id=engineers[-1].user_id,
                due_at=utcnow() + timedelta(days=2),
            )
            session = (
                await sessions.append_event(db, lead, session.id, AppendIn(expected_seq=session.last_seq, event=assign))
            ).session
            note = StepNotedIn(
                type="step_noted",
                node_id=waiting[0].node_id,
                text=f"Laptop ordered for {ctx.first}; arrives Thursday. Check with {domain} reception.",
            )
            await sessions.append_event(
                db, engineers[-1], session.id, AppendIn(expected_seq=session.last_seq, event=note)
            )
    if offboarding is not None:
        name, _, prefix = CLIENTS[1]
        ctx = _context(rng, CLIENTS[1], f"{prefix}-LT-0087")
        start = SessionStartIn(flow_id=offboarding.id, ticket_id="T-283907", client_name=name, target=ctx.upn())
        session = await sessions.start_session(db, lead, start)
        session = await play_checklist(db, engineers, session.id, rng, ctx)
        end = EndedIn(
            type="ended", outcome="resolved", summary=f"Leaver offboarded; mailbox shared with {ctx.first}'s manager."
        )
        await sessions.append_event(db, lead, session.id, AppendIn(expected_seq=session.last_seq, event=end))
