"""FlowPilot's tables: the usage ledger and budget, stored summaries and briefings, assistant
conversations, session vectors for retrieval and clustering, and the flywheel's review queue."""

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from pgvector.sqlalchemy import VECTOR
from sqlalchemy import CheckConstraint, ForeignKey, Index, Numeric, String, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.core.clock import utcnow
from app.core.db import Base, CreatedAt, UUIDPrimaryKey
from app.core.tenancy import TeamOwned

FEATURES = ("suggest", "summary", "chat", "flow_builder", "flywheel", "briefing")
TIERS = ("fast", "deep")
OUTCOMES = ("ok", "fallback", "budget_exhausted", "offline")
DOCUMENT_KINDS = ("summary", "briefing")
PROPOSAL_KINDS = ("new_flow", "new_branch")
PROPOSAL_STATUSES = ("pending", "accepted", "rejected")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ", ".join(f"'{value}'" for value in values) + ")"


class CopilotSettings(Base):
    """A team's copilot settings: its monthly budget (set by a team_admin) and the flywheel's watermark."""

    __tablename__ = "copilot_settings"
    __table_args__ = (CheckConstraint("monthly_budget_usd >= 0", name="budget_not_negative"),)

    team_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True)
    # Null: the installation's default (COPILOT_DEFAULT_MONTHLY_BUDGET_USD), which may be no limit.
    monthly_budget_usd: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    budget_updated_at: Mapped[datetime | None]
    budget_updated_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # Sessions that ended before this were read by the flywheel.
    flywheel_until: Mapped[datetime | None]
    flywheel_ran_at: Mapped[datetime | None]


class CopilotUsage(UUIDPrimaryKey, CreatedAt, TeamOwned, Base):
    """One copilot answer: which feature, tier and model, the tokens, an estimated cost, how long, how it went."""

    __tablename__ = "copilot_usage"
    __table_args__ = (
        CheckConstraint(_in("feature", FEATURES), name="feature_valid"),
        CheckConstraint(_in("tier", TIERS), name="tier_valid"),
        CheckConstraint(_in("outcome", OUTCOMES), name="outcome_valid"),
        Index("ix_copilot_usage_team_id_created_at", "team_id", "created_at"),
    )

    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    feature: Mapped[str] = mapped_column(String(20))
    tier: Mapped[str] = mapped_column(String(10))
    provider: Mapped[str] = mapped_column(String(20))
    model: Mapped[str] = mapped_column(String(100))
    input_tokens: Mapped[int] = mapped_column(default=0)
    output_tokens: Mapped[int] = mapped_column(default=0)
    cost_usd: Mapped[Decimal] = mapped_column(Numeric(12, 6), default=Decimal(0))
    latency_ms: Mapped[int] = mapped_column(default=0)
    outcome: Mapped[str] = mapped_column(String(20))
    # The routing rule's reason, or why it fell back to offline.
    reason: Mapped[str] = mapped_column(String(300), default="")


class CopilotDocument(TeamOwned, Base):
    """A session's ticket summary (editable before it is pushed) or AI escalation briefing."""

    __tablename__ = "copilot_documents"
    __table_args__ = (CheckConstraint(_in("kind", DOCUMENT_KINDS), name="kind_valid"),)

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    # The structured answer (briefing fields), as generated.
    data: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    generated_text: Mapped[str] = mapped_column(Text)
    provider: Mapped[str] = mapped_column(String(20))
    model: Mapped[str] = mapped_column(String(100))
    edited_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # The session's last_seq when generated: a newer log makes the document stale.
    source_seq: Mapped[int]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class CopilotConversation(UUIDPrimaryKey, CreatedAt, TeamOwned, Base):
    """An assistant chat of one member (only they read it)."""

    __tablename__ = "copilot_conversations"
    __table_args__ = (Index("ix_copilot_conversations_user_id_updated_at", "user_id", "updated_at"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class CopilotMessage(UUIDPrimaryKey, CreatedAt, Base):
    __tablename__ = "copilot_messages"
    __table_args__ = (
        CheckConstraint("role IN ('user', 'assistant')", name="role_valid"),
        Index("ix_copilot_messages_conversation_id_created_at", "conversation_id", "created_at"),
    )

    conversation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("copilot_conversations.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(10))
    content: Mapped[str] = mapped_column(Text)
    citations: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, default=list)
    provider: Mapped[str | None] = mapped_column(String(20))


class SessionVector(TeamOwned, Base):
    """The embedding of a finished session's story (flow, path, notes, outcome): for clustering in the
    flywheel and for retrieving similar resolved sessions. Written by the flywheel."""

    __tablename__ = "copilot_session_vectors"
    __table_args__ = (CheckConstraint("vector_dims(embedding) = dimensions", name="dimensions_match"),)

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True)
    model: Mapped[str] = mapped_column(String(100))
    dimensions: Mapped[int]
    embedding: Mapped[Any] = mapped_column(VECTOR())
    outcome: Mapped[str] = mapped_column(String(20))
    embedded_at: Mapped[datetime] = mapped_column(default=utcnow)


class Proposal(UUIDPrimaryKey, CreatedAt, TeamOwned, Base):
    """A new flow or a new branch the flywheel proposes from a cluster of similar sessions."""

    __tablename__ = "copilot_proposals"
    __table_args__ = (
        CheckConstraint(_in("kind", PROPOSAL_KINDS), name="kind_valid"),
        CheckConstraint(_in("status", PROPOSAL_STATUSES), name="status_valid"),
        Index("ix_copilot_proposals_team_id_status", "team_id", "status"),
    )

    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="pending")
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    # For a branch: the flow and the question node it hangs off.
    flow_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("flows.id", ondelete="SET NULL"))
    node_id: Mapped[str | None] = mapped_column(String(64))
    # The sessions behind it: [{session_id, flow_title, outcome, ended_at, excerpt}].
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSONB)
    # The proposed steps: [{kind, title, body}] (what the draft will contain).
    steps: Mapped[list[dict[str, Any]]] = mapped_column(JSONB)
    provider: Mapped[str] = mapped_column(String(20))
    decided_at: Mapped[datetime | None]
    decided_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reject_reason: Mapped[str | None] = mapped_column(String(2000))
    # Accepting creates a draft flow, or changes the draft of `flow_id`.
    result_flow_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("flows.id", ondelete="SET NULL"))
