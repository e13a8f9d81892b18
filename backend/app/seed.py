"""Demo data: the team "Northwind IT" with one user of each role and the demo flow library."""

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import utcnow
from app.core.config import Settings
from app.core.security import hash_password
from app.flows.demo_library import load_demo_library
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
    """Create the demo team, its users and its flow library unless they exist.

    Returns whether anything was created. Each part is idempotent on its own, so an installation
    seeded before the library existed gets the library on its next start.
    """
    team = (await db.execute(select(Team).where(Team.slug == DEMO_TEAM_SLUG))).scalar_one_or_none()
    created = team is None
    if team is None:
        team = await _create_team_and_users(db, settings)
    admin_id = (await db.execute(select(User.id).where(User.email == DEMO_USERS[1].email))).scalar_one()
    return await load_demo_library(db, team.id, admin_id) > 0 or created


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
