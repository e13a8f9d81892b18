"""A team with one engineer, written straight into a fault test's own database."""

from app.core.config import Settings

ENGINEER = "engineer@fault.test"
PASSWORD = "fault-test-password-1"


async def seed_engineer(database_url: str, settings: Settings) -> None:
    from app.core.db import create_engine, create_sessionmaker
    from app.core.security import hash_password
    from app.teams.models import Membership
    from app.teams.service import create_team
    from app.users.models import User

    own = settings.model_copy(update={"database_url": database_url})
    engine = create_engine(own)
    async with create_sessionmaker(engine)() as db:
        team = await create_team(db, own, "Faults")
        user = User(email=ENGINEER, full_name="E", password_hash=await hash_password(PASSWORD, 4))
        db.add(user)
        await db.flush()
        db.add(Membership(team_id=team.id, user_id=user.id, role="engineer"))
        await db.commit()
    await engine.dispose()
