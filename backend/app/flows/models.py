import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.core.clock import utcnow
from app.core.db import Base, CreatedAt, UUIDPrimaryKey
from app.core.tenancy import TeamOwned


class FlowKind(StrEnum):
    TROUBLESHOOTING = "troubleshooting"
    PROCEDURAL = "procedural"
    MAINTENANCE = "maintenance"


class FlowStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    ARCHIVED = "archived"


def _in(column: str, enum: type[StrEnum]) -> str:
    return f"{column} IN (" + ", ".join(f"'{member.value}'" for member in enum) + ")"


class Category(UUIDPrimaryKey, CreatedAt, TeamOwned, Base):
    __tablename__ = "flow_categories"
    __table_args__ = (UniqueConstraint("team_id", "name"),)

    name: Mapped[str] = mapped_column(String(80))


class Folder(UUIDPrimaryKey, CreatedAt, TeamOwned, Base):
    __tablename__ = "flow_folders"
    # NULLS NOT DISTINCT: two top-level folders (parent NULL) may not share a name either.
    __table_args__ = (UniqueConstraint("team_id", "parent_id", "name", postgresql_nulls_not_distinct=True),)

    name: Mapped[str] = mapped_column(String(120))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("flow_folders.id", ondelete="CASCADE"), index=True)


class Flow(UUIDPrimaryKey, CreatedAt, TeamOwned, Base):
    """A flow's identity, metadata and its editable draft; published graphs live in FlowVersion."""

    __tablename__ = "flows"
    __table_args__ = (
        CheckConstraint(_in("kind", FlowKind), name="kind_valid"),
        CheckConstraint(_in("status", FlowStatus), name="status_valid"),
    )

    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    category_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("flow_categories.id", ondelete="SET NULL"), index=True
    )
    folder_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("flow_folders.id", ondelete="SET NULL"), index=True)
    tags: Mapped[list[str]] = mapped_column(ARRAY(String(50)), default=list)
    status: Mapped[str] = mapped_column(String(20), default=FlowStatus.DRAFT.value)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    draft_graph: Mapped[dict[str, Any]] = mapped_column(JSONB)
    # Bumped by every draft save: the optimistic-concurrency token clients send back.
    draft_revision: Mapped[int] = mapped_column(default=1)
    latest_version: Mapped[int] = mapped_column(default=0)


class FlowVersion(UUIDPrimaryKey, TeamOwned, Base):
    """A published, numbered, immutable graph (a trigger refuses UPDATE)."""

    __tablename__ = "flow_versions"
    __table_args__ = (UniqueConstraint("flow_id", "number"),)

    flow_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("flows.id", ondelete="CASCADE"), index=True)
    number: Mapped[int]
    graph: Mapped[dict[str, Any]] = mapped_column(JSONB)
    change_note: Mapped[str] = mapped_column(String(500), default="")
    published_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    published_at: Mapped[datetime] = mapped_column(default=utcnow)


class FlowFavourite(Base):
    __tablename__ = "flow_favourites"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    flow_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("flows.id", ondelete="CASCADE"), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
