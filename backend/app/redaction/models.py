import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, SmallInteger, String
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from app.core.clock import utcnow
from app.core.db import Base
from app.core.tenancy import TeamOwned
from app.redaction.engine import MAX_CUSTOM_RULES, MAX_PATTERN_LENGTH, Category

CATEGORY_VALUES = ", ".join(f"'{category.value}'" for category in Category)


class RedactionSettings(TeamOwned, Base):
    """A team's optional categories; the row exists once the team has saved its rules (no row:
    built-ins only). Its lock serializes concurrent replacements of the team's rules."""

    __tablename__ = "redaction_settings"
    __table_args__ = (CheckConstraint(f"categories <@ ARRAY[{CATEGORY_VALUES}]::varchar[]", name="categories_known"),)

    team_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True)
    categories: Mapped[list[str]] = mapped_column(ARRAY(String(20)), default=list)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)


class RedactionRule(TeamOwned, Base):
    """A team's own pattern, `position` its place in the list. The primary key and the range of
    `position` cap the rules at MAX_CUSTOM_RULES per team in the database too."""

    __tablename__ = "redaction_rules"
    __table_args__ = (CheckConstraint(f"position >= 0 AND position < {MAX_CUSTOM_RULES}", name="position_range"),)

    team_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    pattern: Mapped[str] = mapped_column(String(MAX_PATTERN_LENGTH))
    enabled: Mapped[bool]
