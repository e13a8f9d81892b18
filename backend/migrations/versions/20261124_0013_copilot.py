"""copilot: usage ledger and budgets, session summaries and briefings, assistant conversations, session
vectors, flywheel proposals

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-24 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from pgvector.sqlalchemy import VECTOR
from sqlalchemy.dialects import postgresql

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FEATURES = "'suggest', 'summary', 'chat', 'flow_builder', 'flywheel', 'briefing'"


def _team_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["team_id"], ["teams.id"], name=op.f(f"fk_{table}_team_id_teams"), ondelete="CASCADE"
    )


def _user_fk(table: str, column: str, ondelete: str = "SET NULL") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ["users.id"], name=op.f(f"fk_{table}_{column}_users"), ondelete=ondelete)


def upgrade() -> None:
    op.create_table(
        "copilot_settings",
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("monthly_budget_usd", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("budget_updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("budget_updated_by_id", sa.Uuid(), nullable=True),
        sa.Column("flywheel_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("flywheel_ran_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("monthly_budget_usd >= 0", name=op.f("ck_copilot_settings_budget_not_negative")),
        _team_fk("copilot_settings"),
        _user_fk("copilot_settings", "budget_updated_by_id"),
        sa.PrimaryKeyConstraint("team_id", name=op.f("pk_copilot_settings")),
    )

    op.create_table(
        "copilot_usage",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("feature", sa.String(length=20), nullable=False),
        sa.Column("tier", sa.String(length=10), nullable=False),
        sa.Column("provider", sa.String(length=20), nullable=False),
        sa.Column("model", sa.String(length=100), nullable=False),
        sa.Column("input_tokens", sa.Integer(), nullable=False),
        sa.Column("output_tokens", sa.Integer(), nullable=False),
        sa.Column("cost_usd", sa.Numeric(precision=12, scale=6), nullable=False),
        sa.Column("latency_ms", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.CheckConstraint(f"feature IN ({FEATURES})", name=op.f("ck_copilot_usage_feature_valid")),
        sa.CheckConstraint("tier IN ('fast', 'deep')", name=op.f("ck_copilot_usage_tier_valid")),
        sa.CheckConstraint(
            "outcome IN ('ok', 'fallback', 'budget_exhausted', 'offline')", name=op.f("ck_copilot_usage_outcome_valid")
        ),
        _team_fk("copilot_usage"),
        _user_fk("copilot_usage", "user_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_copilot_usage")),
    )
    op.create_index(op.f("ix_copilot_usage_team_id"), "copilot_usage", ["team_id"], unique=False)
    op.create_index("ix_copilot_usage_team_id_created_at", "copilot_usage", ["team_id", "created_at"], unique=False)

    op.create_table(
        "copilot_documents",
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("data", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("generated_text", sa.Text(), nullable=False),
        sa.Column("provider", sa.String(length=20), nullable=False),
        sa.Column("model", sa.String(length=100), nullable=False),
        sa.Column("edited_by_id", sa.Uuid(), nullable=True),
        sa.Column("source_seq", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('summary', 'briefing')", name=op.f("ck_copilot_documents_kind_valid")),
        _team_fk("copilot_documents"),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name=op.f("fk_copilot_documents_session_id_sessions"), ondelete="CASCADE"
        ),
        _user_fk("copilot_documents", "edited_by_id"),
        sa.PrimaryKeyConstraint("session_id", "kind", name=op.f("pk_copilot_documents")),
    )
    op.create_index(op.f("ix_copilot_documents_team_id"), "copilot_documents", ["team_id"], unique=False)

    op.create_table(
        "copilot_conversations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _team_fk("copilot_conversations"),
        _user_fk("copilot_conversations", "user_id", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_copilot_conversations")),
    )
    op.create_index(op.f("ix_copilot_conversations_team_id"), "copilot_conversations", ["team_id"], unique=False)
    op.create_index(
        "ix_copilot_conversations_user_id_updated_at", "copilot_conversations", ["user_id", "updated_at"], unique=False
    )

    op.create_table(
        "copilot_messages",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("conversation_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("citations", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("provider", sa.String(length=20), nullable=True),
        sa.CheckConstraint("role IN ('user', 'assistant')", name=op.f("ck_copilot_messages_role_valid")),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["copilot_conversations.id"],
            name=op.f("fk_copilot_messages_conversation_id_copilot_conversations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_copilot_messages")),
    )
    op.create_index(
        "ix_copilot_messages_conversation_id_created_at",
        "copilot_messages",
        ["conversation_id", "created_at"],
        unique=False,
    )

    op.create_table(
        "copilot_session_vectors",
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("model", sa.String(length=100), nullable=False),
        sa.Column("dimensions", sa.Integer(), nullable=False),
        sa.Column("embedding", VECTOR(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("embedded_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "vector_dims(embedding) = dimensions", name=op.f("ck_copilot_session_vectors_dimensions_match")
        ),
        _team_fk("copilot_session_vectors"),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_copilot_session_vectors_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_copilot_session_vectors")),
    )
    op.create_index(op.f("ix_copilot_session_vectors_team_id"), "copilot_session_vectors", ["team_id"], unique=False)

    op.create_table(
        "copilot_proposals",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("flow_id", sa.Uuid(), nullable=True),
        sa.Column("node_id", sa.String(length=64), nullable=True),
        sa.Column("evidence", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("steps", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("provider", sa.String(length=20), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by_id", sa.Uuid(), nullable=True),
        sa.Column("reject_reason", sa.String(length=2000), nullable=True),
        sa.Column("result_flow_id", sa.Uuid(), nullable=True),
        sa.CheckConstraint("kind IN ('new_flow', 'new_branch')", name=op.f("ck_copilot_proposals_kind_valid")),
        sa.CheckConstraint(
            "status IN ('pending', 'accepted', 'rejected')", name=op.f("ck_copilot_proposals_status_valid")
        ),
        _team_fk("copilot_proposals"),
        sa.ForeignKeyConstraint(
            ["flow_id"], ["flows.id"], name=op.f("fk_copilot_proposals_flow_id_flows"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["result_flow_id"],
            ["flows.id"],
            name=op.f("fk_copilot_proposals_result_flow_id_flows"),
            ondelete="SET NULL",
        ),
        _user_fk("copilot_proposals", "decided_by_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_copilot_proposals")),
    )
    op.create_index(op.f("ix_copilot_proposals_team_id"), "copilot_proposals", ["team_id"], unique=False)
    op.create_index("ix_copilot_proposals_team_id_status", "copilot_proposals", ["team_id", "status"], unique=False)


def downgrade() -> None:
    op.drop_table("copilot_proposals")
    op.drop_table("copilot_session_vectors")
    op.drop_table("copilot_messages")
    op.drop_table("copilot_conversations")
    op.drop_table("copilot_documents")
    op.drop_table("copilot_usage")
    op.drop_table("copilot_settings")
