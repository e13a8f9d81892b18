import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import Base, UUIDPrimaryKey
from app.core.tenancy import TeamOwned
from app.sessions.events import EVENT_TYPES, SessionStatus

STATUS_VALUES = ", ".join(f"'{status.value}'" for status in SessionStatus)
TYPE_VALUES = ", ".join(f"'{event_type}'" for event_type in EVENT_TYPES)


class Session(UUIDPrimaryKey, TeamOwned, Base):
    """A session: a troubleshooting path or a checklist. The log (SessionEvent) is the truth; the
    state columns hold what replaying it gives, written in the transaction that appends each event,
    so reads take one query.

    The flow version is referenced as (flow_id, flow_version). Deleting a flow (allowed once it is
    archived) sets both to NULL: the session stays readable from its self-describing log, and
    `flow_title` keeps the name it ran under.
    """

    __tablename__ = "sessions"
    __table_args__ = (
        ForeignKeyConstraint(
            ["flow_id", "flow_version"], ["flow_versions.flow_id", "flow_versions.number"], ondelete="SET NULL"
        ),
        CheckConstraint(f"status IN ({STATUS_VALUES})", name="status_valid"),
        CheckConstraint("(flow_id IS NULL) = (flow_version IS NULL)", name="flow_version_pair"),
        Index("ix_sessions_team_id_started_at", "team_id", "started_at"),
        Index("ix_sessions_team_id_status", "team_id", "status"),
        Index("ix_sessions_flow_id_flow_version", "flow_id", "flow_version"),
    )

    flow_id: Mapped[uuid.UUID | None]
    flow_version: Mapped[int | None]
    flow_title: Mapped[str] = mapped_column(String(200))
    ticket_id: Mapped[str | None] = mapped_column(String(64), index=True)
    # Checked with the team's PSA at the start: null without a ticket or a PSA connection, false when
    # the PSA could not be asked (the session started anyway).
    ticket_verified: Mapped[bool | None]
    client_name: Mapped[str | None] = mapped_column(String(200))
    target: Mapped[str | None] = mapped_column(String(200))
    # State (see app/sessions/state.py: SessionState).
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    current_node: Mapped[str] = mapped_column(String(64))
    path: Mapped[list[dict[str, Any]]] = mapped_column(JSONB)
    variables: Mapped[dict[str, Any]] = mapped_column(JSONB)
    last_seq: Mapped[int]
    started_at: Mapped[datetime]
    last_event_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    summary: Mapped[str | None] = mapped_column(Text)
    escalation: Mapped[dict[str, Any] | None] = mapped_column(JSONB(none_as_null=True))
    # Checklist sessions (procedural and maintenance flows): the steps and their state
    # (app/sessions/checklist.py: to_json); null for a path. The step counts, written with it, let a
    # maintenance run add up a thousand sessions without reading their JSON.
    checklist: Mapped[dict[str, Any] | None] = mapped_column(JSONB(none_as_null=True))
    steps_open: Mapped[int | None]
    steps_closed: Mapped[int | None] = mapped_column(doc="done, failed or skipped")
    steps_failed: Mapped[int | None]


class SessionEvent(Base):
    """One entry of a session's log. Never updated or deleted (a trigger refuses both, except when
    the whole session goes); its team is its session's.

    `author_id` has no foreign key on purpose: appending is the hot path, and the key check would
    lock the author's users row in every append (users are disabled, never deleted). An append sent
    with an `Idempotency-Key` stores the key and a hash of the request: a retry finds its event here.
    """

    __tablename__ = "session_events"
    __table_args__ = (
        CheckConstraint(f"type IN ({TYPE_VALUES})", name="type_valid"),
        UniqueConstraint("session_id", "idempotency_key"),
    )

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict[str, Any]] = mapped_column(JSONB)
    author_id: Mapped[uuid.UUID]
    created_at: Mapped[datetime]
    idempotency_key: Mapped[str | None] = mapped_column(String(255))
    request_hash: Mapped[str | None] = mapped_column(String(64))
