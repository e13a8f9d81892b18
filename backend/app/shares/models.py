import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import Base, UUIDPrimaryKey
from app.core.tenancy import TeamOwned


class SessionShare(UUIDPrimaryKey, TeamOwned, Base):
    """A link to a session's redacted documentation, for signed-in members of the team (`team`) or
    anyone holding it (`public`). Only the SHA-256 of the token is stored; the team is the session's."""

    __tablename__ = "session_shares"
    __table_args__ = (
        CheckConstraint("scope IN ('team', 'public')", name="scope_valid"),
        CheckConstraint("expires_at > created_at", name="expires_after_creation"),
        CheckConstraint("view_count >= 0", name="view_count_not_negative"),
    )

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    scope: Mapped[str] = mapped_column(String(10))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    revoked_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    view_count: Mapped[int] = mapped_column(default=0)
    last_viewed_at: Mapped[datetime | None]


class ShareViewThrottle(Base):
    """Views of shared links per client IP in the current window (which starts at the IP's first
    view after the previous one ran out); in PostgreSQL so that every API replica counts together."""

    __tablename__ = "share_view_throttle"

    ip: Mapped[str] = mapped_column(String(64), primary_key=True)
    window_start: Mapped[datetime] = mapped_column(index=True)
    hits: Mapped[int]
