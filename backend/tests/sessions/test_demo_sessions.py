"""Demo sessions: ~200 valid logs over the demo library, spread over 90 days, mixed outcomes, seeded once."""

from collections import Counter, defaultdict
from datetime import timedelta
from itertools import pairwise

from sqlalchemy import func, select

from app.core.clock import utcnow
from app.flows.demo_library import demo_flow_files
from app.flows.models import Flow
from app.seed import DEMO_USERS, seed_demo
from app.sessions.demo import DEMO_SESSIONS, _demo_flows, generate
from app.sessions.models import Session, SessionEvent
from app.sessions.service import event_of, state_of
from app.sessions.state import Event, replay
from app.teams.models import Team
from app.teams.service import DEMO_TEAM_SLUG
from app.users.models import User


async def test_seeding_adds_about_200_valid_sessions_once(db, settings) -> None:
    await seed_demo(db, settings)
    team = (await db.execute(select(Team).where(Team.slug == DEMO_TEAM_SLUG))).scalar_one()
    # The troubleshooting history (checklist sessions of the maintenance and project demo come on top).
    path_sessions = select(Session).where(Session.team_id == team.id, Session.checklist.is_(None))
    rows = list((await db.execute(path_sessions)).scalars())
    assert len(rows) == DEMO_SESSIONS

    stmt = (
        select(SessionEvent)
        .join(Session, Session.id == SessionEvent.session_id)
        .where(Session.team_id == team.id)
        .order_by(SessionEvent.session_id, SessionEvent.seq)
    )
    logs: defaultdict[object, list[Event]] = defaultdict(list)
    for stored in (await db.execute(stmt)).scalars():
        logs[stored.session_id].append(event_of(stored))
    for row in rows:
        log = logs[row.id]
        assert [event.seq for event in log] == list(range(1, len(log) + 1))
        assert all(earlier.at < later.at for earlier, later in pairwise(log))
        assert replay(log) == state_of(row), row.id

    # Spread over the last 90 days, all in the past.
    now = utcnow()
    starts = sorted(row.started_at for row in rows)
    assert now - timedelta(days=90) <= starts[0]
    assert starts[-1] < now
    assert starts[-1] - starts[0] > timedelta(days=75)
    months = Counter(min(2, (now - start).days // 30) for start in starts)
    assert all(months[k] >= 30 for k in range(3)), months
    assert all(row.last_event_at < now for row in rows)

    # Mostly resolved, some of everything else; realistic lengths and texts.
    outcomes = Counter(row.status for row in rows)
    assert outcomes["resolved"] > DEMO_SESSIONS * 0.55, outcomes
    assert outcomes["escalated"] >= 1, outcomes  # only recent escalations still wait
    assert all(outcomes[status] >= 5 for status in ("unresolved", "abandoned")), outcomes
    assert outcomes["active"] == outcomes["paused"] == 0
    types = Counter(event.payload.type for log in logs.values() for event in log)
    for kind in (
        "answered",
        "action_done",
        "input_captured",
        "note",
        "output_pasted",
        "went_back",
        "paused",
        "taken_over",
    ):
        assert types[kind] >= 3, (kind, types)
    durations = sorted((row.last_event_at - row.started_at) for row in rows if row.status == "resolved")
    assert timedelta(minutes=3) < durations[len(durations) // 2] < timedelta(hours=3)
    assert all(row.ticket_id and row.client_name and row.target for row in rows)
    assert len({row.flow_id for row in rows}) >= 15
    flow_count = (await db.execute(select(func.count()).select_from(Flow).where(Flow.team_id == team.id))).scalar_one()
    assert flow_count == len(demo_flow_files())

    # Escalations still waiting are recent; the demo engineer owns most sessions.
    waiting = [row for row in rows if row.status == "escalated"]
    assert all(now - row.last_event_at < timedelta(days=8) for row in waiting)
    engineer = (await db.execute(select(User.id).where(User.email == DEMO_USERS[2].email))).scalar_one()
    assert sum(row.owner_id == engineer for row in rows) > DEMO_SESSIONS / 2

    # Idempotent: a second seed adds nothing.
    everything = select(func.count()).select_from(Session).where(Session.team_id == team.id)
    before = (await db.execute(everything)).scalar_one()
    assert await seed_demo(db, settings) is False
    assert (await db.execute(everything)).scalar_one() == before


async def test_generation_is_deterministic_for_a_seed(db, settings) -> None:
    await seed_demo(db, settings)
    team = (await db.execute(select(Team).where(Team.slug == DEMO_TEAM_SLUG))).scalar_one()
    flows = await _demo_flows(db, team.id)
    owners = list((await db.execute(select(User.id).order_by(User.email).limit(3))).scalars())
    now = utcnow()

    first, second = generate(flows, owners, now, 40, seed=7), generate(flows, owners, now, 40, seed=7)
    other = generate(flows, owners, now, 40, seed=8)

    assert [played.log for played in first] == [played.log for played in second]
    assert [played.log for played in first] != [played.log for played in other]
