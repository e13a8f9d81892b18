import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.core.clock import utcnow
from app.core.db import Base, UUIDPrimaryKey
from app.core.tenancy import TeamOwned
from app.psa.provider import NoteType

PROVIDER_VALUES = "'connectwise'"
NOTE_TYPE_VALUES = ", ".join(f"'{note_type.value}'" for note_type in NoteType)
PUSH_STATUS_VALUES = "'pending', 'posted', 'failed'"


class PsaConnection(TeamOwned, Base):
    """A team's PSA connection (one per team). `settings` holds the provider's settings that are not
    secret (ConnectWise: company id, client id); the keys are in `secrets_encrypted` only, as one
    Fernet token of their JSON (core/encryption.py), with their last characters in `secret_hints`."""

    __tablename__ = "psa_connections"
    __table_args__ = (
        CheckConstraint(f"provider IN ({PROVIDER_VALUES})", name="provider_valid"),
        CheckConstraint(f"default_note_type IN ({NOTE_TYPE_VALUES})", name="note_type_valid"),
    )

    team_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True)
    provider: Mapped[str] = mapped_column(String(20))
    site: Mapped[str] = mapped_column(String(300))
    allow_http: Mapped[bool] = mapped_column(default=False)
    settings: Mapped[dict[str, Any]] = mapped_column(JSONB)
    secrets_encrypted: Mapped[str] = mapped_column(Text)
    # Per key: {"last4": ..., "set_at": ...}; what the API shows instead of the key.
    secret_hints: Mapped[dict[str, dict[str, str]]] = mapped_column(JSONB)
    default_note_type: Mapped[str] = mapped_column(String(30))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class PsaMemberLink(TeamOwned, Base):
    """Which PSA member a team member writes as. `auto`: matched by e-mail; `manual`: set by a team
    admin (a manual link without a member means "never map this user")."""

    __tablename__ = "psa_member_links"
    __table_args__ = (
        CheckConstraint("source IN ('auto', 'manual')", name="source_valid"),
        CheckConstraint("source = 'manual' OR member_id IS NOT NULL", name="auto_has_member"),
    )

    team_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    member_id: Mapped[int | None] = mapped_column(BigInteger)
    member_identifier: Mapped[str | None] = mapped_column(String(100))
    member_name: Mapped[str | None] = mapped_column(String(200))
    member_email: Mapped[str | None] = mapped_column(String(254))
    source: Mapped[str] = mapped_column(String(10))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class PsaPush(UUIDPrimaryKey, TeamOwned, Base):
    """One note pushed (or being pushed) to a session's ticket. See `pushes.py` for the protocol.

    `marker` is the note's first line, unique per push: finding it among the ticket's notes tells
    whether an attempt with an unknown outcome went through. `in_flight` is set (and committed)
    before every attempt to post and cleared only by a known outcome, so after a timeout, a 5xx or a
    crash the next attempt looks for the marker first. `run_after` is when the next attempt is due;
    whoever attempts claims the push by pushing it ahead by a lease and stamping `claim_id`.
    """

    __tablename__ = "psa_pushes"
    __table_args__ = (
        UniqueConstraint("session_id", "number"),
        UniqueConstraint("session_id", "content_hash"),
        CheckConstraint(f"status IN ({PUSH_STATUS_VALUES})", name="status_valid"),
        CheckConstraint(f"note_type IN ({NOTE_TYPE_VALUES})", name="note_type_valid"),
        CheckConstraint("status <> 'posted' OR note_id IS NOT NULL", name="posted_has_note"),
        Index("ix_psa_pushes_due", "run_after", postgresql_where=text("status = 'pending'")),
    )

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    number: Mapped[int]
    provider: Mapped[str] = mapped_column(String(20))
    ticket_id: Mapped[str] = mapped_column(String(64))
    note_type: Mapped[str] = mapped_column(String(30))
    include_resolution: Mapped[bool]
    marker: Mapped[str] = mapped_column(String(200))
    # sha256 of what the note says (ticket, flags and text without the marker): equal means a no-op.
    content_hash: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    covers_seq: Mapped[int]
    member_id: Mapped[int | None] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(10))
    in_flight: Mapped[bool] = mapped_column(default=False)
    attempts: Mapped[int] = mapped_column(default=0)
    run_after: Mapped[datetime]
    claim_id: Mapped[uuid.UUID | None]
    # An error code and our own message only: never the PSA's answer.
    last_error: Mapped[str | None] = mapped_column(String(300))
    note_id: Mapped[int | None] = mapped_column(BigInteger)
    found_by_marker: Mapped[bool] = mapped_column(default=False)
    created_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    posted_at: Mapped[datetime | None]
