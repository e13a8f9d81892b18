"""User accounts shared by registration and invitation acceptance."""

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.users.models import User

# Any fixed 64-bit key; all account creations take this transaction-scoped lock.
_USER_CREATION_LOCK = 0x5246_0001


async def find_for_creation(db: AsyncSession, email: str) -> User | None:
    """The account with this (normalized) e-mail, looked up under the account-creation lock.

    Holding the lock until commit means two requests cannot both see "no account" and both create
    one (one would otherwise fail on the unique e-mail with a database error), and the first user
    of an installation is decided exactly once.
    """
    await db.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _USER_CREATION_LOCK})
    return (await db.execute(select(User).where(User.email == email))).scalar_one_or_none()
