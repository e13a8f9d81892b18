import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, SmallInteger, String, Text, UniqueConstraint
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.core.clock import utcnow
from app.core.db import Base, CreatedAt, UUIDPrimaryKey
from app.core.tenancy import TeamOwned


class StepKind(StrEnum):
    """The node kind a library step becomes when it is inserted into a flow."""

    ACTION = "action"
    QUESTION = "question"
    INPUT = "input"


class Step(UUIDPrimaryKey, CreatedAt, TeamOwned, Base):
    """A reusable step of a team's library.

    `rating_count` and `rating_sum` mirror the step's ratings (kept in step with them under a row lock
    on the step), so listing by average rating reads no aggregate. `updated_at` follows content edits
    only: inserting or rating a step is not an edit.
    """

    __tablename__ = "steps"
    __table_args__ = (
        CheckConstraint("kind_hint IN (" + ", ".join(f"'{kind.value}'" for kind in StepKind) + ")", name="kind_valid"),
        CheckConstraint("use_count >= 0", name="use_count_non_negative"),
        CheckConstraint("rating_sum BETWEEN rating_count AND 5 * rating_count", name="rating_totals_consistent"),
    )

    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    commands: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, default=list)
    tags: Mapped[list[str]] = mapped_column(ARRAY(String(50)), default=list)
    kind_hint: Mapped[str] = mapped_column(String(20), default=StepKind.ACTION.value)
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    use_count: Mapped[int] = mapped_column(default=0)
    rating_count: Mapped[int] = mapped_column(default=0)
    rating_sum: Mapped[int] = mapped_column(default=0)


class StepRating(UUIDPrimaryKey, CreatedAt, TeamOwned, Base):
    """One user's rating of one step. A deleted user's review stays (anonymous), so the step's
    denormalised totals stay true."""

    __tablename__ = "step_ratings"
    __table_args__ = (
        UniqueConstraint("step_id", "user_id"),
        CheckConstraint("rating BETWEEN 1 AND 5", name="rating_range"),
    )

    step_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("steps.id", ondelete="CASCADE"))
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    rating: Mapped[int] = mapped_column(SmallInteger)
    review: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
