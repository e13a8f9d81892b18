"""Demo data: the team "Northwind IT" with one user of each role, the demo flow library and step library,
~200 finished sessions over the last 90 days (app/sessions/demo.py), and maintenance schedules with a
recent run and two procedural projects (app/maintenance/demo.py)."""

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.deps import Principal
from app.core.clock import utcnow
from app.core.config import Settings
from app.core.security import hash_password
from app.flows.demo_library import load_demo_library
from app.maintenance.demo import load_demo_maintenance
from app.sessions.demo import load_demo_sessions
from app.steps.demo import load_demo_steps
from app.teams.models import Membership, Team, TeamRole
from app.teams.service import DEMO_TEAM_NAME, DEMO_TEAM_SLUG, create_team
from app.users.models import User

# Documented in README.md: demo accounts exist only where `make run` / `seed` created them.
DEMO_PASSWORD = "northwind-demo-26"


@dataclass(frozen=True)
class DemoUser:
    email: str
    full_name: str
    role: TeamRole
    super_admin: bool = False


DEMO_USERS = (
    DemoUser("super@demo.local", "Sam Operator", TeamRole.TEAM_ADMIN, super_admin=True),
    DemoUser("admin@demo.local", "Alex Admin", TeamRole.TEAM_ADMIN),
    DemoUser("engineer@demo.local", "Erin Engineer", TeamRole.ENGINEER),
    DemoUser("viewer@demo.local", "Vic Viewer", TeamRole.VIEWER),
)


async def seed_demo(db: AsyncSession, settings: Settings) -> bool:
    """Create the demo team, its users, its flow library, step library and sessions unless they exist.

    Returns whether anything was created. Each part is idempotent on its own, so an installation
    seeded before a library existed gets that library on its next start.
    """
    team = (await db.execute(select(Team).where(Team.slug == DEMO_TEAM_SLUG))).scalar_one_or_none()
    created = team is None
    if team is None:
        team = await _create_team_and_users(db, settings)
    emails = [demo.email for demo in DEMO_USERS]
    user_ids = dict((await db.execute(select(User.email, User.id).where(User.email.in_(emails)))).all())
    admin_id = user_ids[DEMO_USERS[1].email]
    flows = await load_demo_library(db, team.id, admin_id)
    # Ratings go to the demo users in DEMO_USERS order: the first rating of a step to the first user, ...
    raters = [user_ids[email] for email in emails if email in user_ids]
    steps = await load_demo_steps(db, team.id, user_ids[DEMO_USERS[2].email], raters)
    # Finished sessions over the last 90 days: the engineer runs most, the admins take escalations.
    runners = [user_ids[demo.email] for demo in (DEMO_USERS[2], DEMO_USERS[1], DEMO_USERS[0]) if demo.email in user_ids]
    sessions = await load_demo_sessions(db, team.id, runners)
    # Maintenance and projects: the engineer leads, the admin helps.
    workers = [_principal(team, user_ids, demo) for demo in (DEMO_USERS[2], DEMO_USERS[1]) if demo.email in user_ids]
    maintenance = await load_demo_maintenance(db, workers) if workers else 0
    return flows > 0 or steps > 0 or sessions > 0 or maintenance > 0 or created


def _principal(team: Team, user_ids: dict[str, uuid.UUID], demo: DemoUser) -> Principal:
    """A demo member acting through the services, as if signed in."""
    return Principal(
        user_id=user_ids[demo.email],
        email=demo.email,
        full_name=demo.full_name,
        email_verified=True,
        is_super_admin=demo.super_admin,
        team_id=team.id,
        team_name=team.name,
        team_role=demo.role.value,
        login_id=None,
    )


async def _create_team_and_users(db: AsyncSession, settings: Settings) -> Team:
    team = await create_team(db, settings, DEMO_TEAM_NAME, slug=DEMO_TEAM_SLUG)
    password_hash = await hash_password(DEMO_PASSWORD, settings.bcrypt_rounds)
    now = utcnow()
    for demo in DEMO_USERS:
        user = User(
            id=uuid.uuid4(),
            email=demo.email,
            full_name=demo.full_name,
            password_hash=password_hash,
            is_super_admin=demo.super_admin,
            email_verified_at=now,
        )
        db.add(user)
        await db.flush()
        db.add(Membership(team_id=team.id, user_id=user.id, role=demo.role.value))
    await db.commit()
    return team
