import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ARRAY,
    CheckConstraint,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    String,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.core.clock import utcnow
from app.core.db import Base, CreatedAt, UUIDPrimaryKey
from app.core.tenancy import TeamOwned

CATCH_UP_POLICIES = ("once", "skip")
RUN_TRIGGERS = ("schedule", "manual")
MAX_COMPLETE_WITHIN_HOURS = 90 * 24


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ", ".join(f"'{value}'" for value in values) + ")"


class Schedule(UUIDPrimaryKey, CreatedAt, TeamOwned, Base):
    """When a maintenance flow runs, on what, and who hears about it.

    `next_due_at` is the next occurrence not yet handled (null while inactive); the scheduler takes
    schedules whose time has come and moves it on in the transaction that creates the run.
    """

    __tablename__ = "maintenance_schedules"
    __table_args__ = (
        CheckConstraint(_in("catch_up", CATCH_UP_POLICIES), name="catch_up_valid"),
        CheckConstraint(f"complete_within_hours BETWEEN 1 AND {MAX_COMPLETE_WITHIN_HOURS}", name="complete_within"),
        CheckConstraint("active OR next_due_at IS NULL", name="inactive_not_due"),
        Index("ix_maintenance_schedules_next_due_at", "next_due_at", postgresql_where=text("active")),
    )

    flow_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("flows.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    # app/maintenance/recurrence.py: Recurrence (daily, weekly, monthly or cron) as JSON.
    recurrence: Mapped[dict[str, Any]] = mapped_column(JSONB)
    timezone: Mapped[str] = mapped_column(String(64))
    catch_up: Mapped[str] = mapped_column(String(10))
    complete_within_hours: Mapped[int]
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    # Members e-mailed about runs (checked against the team on every write; disabled ones are skipped).
    assignee_ids: Mapped[list[uuid.UUID]] = mapped_column(ARRAY(Uuid))
    active: Mapped[bool]
    next_due_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Target(UUIDPrimaryKey, CreatedAt, TeamOwned, Base):
    """A client (and optionally one of its devices) a schedule's runs work on, with free fields."""

    __tablename__ = "maintenance_targets"
    __table_args__ = (
        UniqueConstraint("schedule_id", "client", "device"),
        Index("ix_maintenance_targets_schedule_id_position", "schedule_id", "position"),
    )

    schedule_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("maintenance_schedules.id", ondelete="CASCADE"))
    position: Mapped[int]
    client: Mapped[str] = mapped_column(String(200))
    device: Mapped[str] = mapped_column(String(200))  # "" for a client-wide target
    fields: Mapped[dict[str, str]] = mapped_column(JSONB)


class Run(UUIDPrimaryKey, TeamOwned, Base):
    """One occurrence of a schedule: a checklist session per target.

    `(schedule_id, due_at)` is unique: a double fire, a second replica or a retried manual start
    finds the run that exists instead of creating another. A deleted schedule leaves its runs
    (schedule_id null) and a deleted flow its runs' sessions, like any session.
    """

    __tablename__ = "maintenance_runs"
    __table_args__ = (
        UniqueConstraint("schedule_id", "due_at"),
        ForeignKeyConstraint(
            ["flow_id", "flow_version"], ["flow_versions.flow_id", "flow_versions.number"], ondelete="SET NULL"
        ),
        CheckConstraint(_in("trigger", RUN_TRIGGERS), name="trigger_valid"),
        CheckConstraint("(flow_id IS NULL) = (flow_version IS NULL)", name="flow_version_pair"),
        Index("ix_maintenance_runs_team_id_due_at", "team_id", "due_at"),
        Index("ix_maintenance_runs_deadline_at", "deadline_at", postgresql_where=text("overdue_checked_at IS NULL")),
    )

    schedule_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("maintenance_schedules.id", ondelete="SET NULL"), index=True
    )
    flow_id: Mapped[uuid.UUID | None]
    flow_version: Mapped[int | None]
    title: Mapped[str] = mapped_column(String(200))  # the schedule's name when the run was created
    flow_title: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64))
    # The checklist every session of the run follows (app/sessions/events.py: ChecklistSpec).
    checklist: Mapped[dict[str, Any]] = mapped_column(JSONB)
    due_at: Mapped[datetime]
    deadline_at: Mapped[datetime]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    trigger: Mapped[str] = mapped_column(String(10))
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # Occurrences passed over when the scheduler caught up after a downtime.
    missed: Mapped[int] = mapped_column(default=0)
    target_count: Mapped[int]
    # Set once the deadline was looked at (and the assignees told, if the run was not complete).
    overdue_checked_at: Mapped[datetime | None]


class RunTarget(Base):
    """A row of a run's matrix: the target as it was when the run was created, and its session."""

    __tablename__ = "maintenance_run_targets"

    run_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("maintenance_runs.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), unique=True)
    target_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("maintenance_targets.id", ondelete="SET NULL"), index=True
    )
    client: Mapped[str] = mapped_column(String(200))
    device: Mapped[str] = mapped_column(String(200))
    fields: Mapped[dict[str, str]] = mapped_column(JSONB)
