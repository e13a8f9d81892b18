import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.core.clock import utcnow
from app.core.db import Base, CreatedAt, UUIDPrimaryKey
from app.core.tenancy import TeamOwned


class TeamRole(StrEnum):
    TEAM_ADMIN = "team_admin"
    ENGINEER = "engineer"
    VIEWER = "viewer"


ROLE_VALUES = ", ".join(f"'{role.value}'" for role in TeamRole)


class Team(UUIDPrimaryKey, CreatedAt, Base):
    __tablename__ = "teams"
    __table_args__ = (
        CheckConstraint("idle_timeout_minutes BETWEEN 5 AND 1440", name="idle_timeout_bounds"),
        CheckConstraint("absolute_lifetime_hours BETWEEN 1 AND 720", name="absolute_lifetime_bounds"),
    )

    name: Mapped[str] = mapped_column(String(120))
    slug: Mapped[str] = mapped_column(String(140), unique=True)
    idle_timeout_minutes: Mapped[int]
    absolute_lifetime_hours: Mapped[int]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Membership(UUIDPrimaryKey, CreatedAt, TeamOwned, Base):
    __tablename__ = "memberships"
    __table_args__ = (
        UniqueConstraint("team_id", "user_id"),
        CheckConstraint(f"role IN ({ROLE_VALUES})", name="role_valid"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    disabled_at: Mapped[datetime | None]


class Invitation(UUIDPrimaryKey, CreatedAt, TeamOwned, Base):
    __tablename__ = "invitations"
    __table_args__ = (CheckConstraint(f"role IN ({ROLE_VALUES})", name="role_valid"),)

    email: Mapped[str] = mapped_column(String(254))
    role: Mapped[str] = mapped_column(String(20))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime]
    invited_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    accepted_at: Mapped[datetime | None]
    accepted_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    revoked_at: Mapped[datetime | None]
