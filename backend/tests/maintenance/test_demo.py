"""The demo's maintenance and projects: schedules with targets, a recent run being worked, two projects."""

from sqlalchemy import select

from app.maintenance.models import Run, Schedule
from app.maintenance.service import matrix, run_summary
from app.seed import seed_demo
from app.sessions.models import Session
from app.teams.models import Team
from app.teams.service import DEMO_TEAM_SLUG


async def test_the_demo_has_schedules_a_recent_run_and_projects(db, settings) -> None:
    await seed_demo(db, settings)
    team = (await db.execute(select(Team).where(Team.slug == DEMO_TEAM_SLUG))).scalar_one()
    schedules = list((await db.execute(select(Schedule).where(Schedule.team_id == team.id))).scalars())
    assert sorted(s.name for s in schedules) == ["Monthly patch review", "Weekly backup verification"]
    assert all(s.active and s.next_due_at is not None for s in schedules)

    (run,) = (await db.execute(select(Run).where(Run.team_id == team.id))).scalars()
    summary = await run_summary(db, run)
    assert (summary.target_count, summary.status) == (8, "open")
    assert (summary.progress.targets_done, summary.progress.targets_failed, summary.progress.targets_open) == (3, 1, 4)
    page = await matrix(db, team_scope(team), run.id, 100, None)
    assert [row.outcome for row in page.rows] == ["done"] * 3 + ["failed"] + ["open"] * 4

    projects = (
        await db.execute(
            select(Session.flow_title, Session.status, Session.steps_open)
            .where(Session.team_id == team.id, Session.checklist.is_not(None))
            .where(Session.id.not_in(select_run_sessions()))
            .order_by(Session.flow_title)
        )
    ).all()
    assert [(title, status) for title, status, _ in projects] == [
        ("New-hire onboarding", "active"),
        ("User offboarding", "resolved"),
    ]
    assert projects[0][2] > 0
    assert await seed_demo(db, settings) is False


def team_scope(team: Team):
    from app.core.tenancy import TeamScope

    return TeamScope(team.id)


def select_run_sessions():
    from app.maintenance.models import RunTarget

    return select(RunTarget.session_id)
