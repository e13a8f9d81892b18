"""sessions: troubleshooting sessions and their append-only event log

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sessions",
        sa.Column("flow_id", sa.Uuid(), nullable=True),
        sa.Column("flow_version", sa.Integer(), nullable=True),
        sa.Column("flow_title", sa.String(length=200), nullable=False),
        sa.Column("ticket_id", sa.String(length=64), nullable=True),
        sa.Column("client_name", sa.String(length=200), nullable=True),
        sa.Column("target", sa.String(length=200), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("current_node", sa.String(length=64), nullable=False),
        sa.Column("path", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("variables", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_event_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("escalation", postgresql.JSONB(none_as_null=True, astext_type=sa.Text()), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "status IN ('active', 'paused', 'resolved', 'escalated', 'unresolved', 'abandoned')",
            name=op.f("ck_sessions_status_valid"),
        ),
        sa.CheckConstraint("(flow_id IS NULL) = (flow_version IS NULL)", name=op.f("ck_sessions_flow_version_pair")),
        sa.ForeignKeyConstraint(
            ["flow_id", "flow_version"],
            ["flow_versions.flow_id", "flow_versions.number"],
            name=op.f("fk_sessions_flow_id_flow_versions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_sessions_owner_id_users")),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"], name=op.f("fk_sessions_team_id_teams"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
    )
    op.create_index("ix_sessions_flow_id_flow_version", "sessions", ["flow_id", "flow_version"], unique=False)
    op.create_index(op.f("ix_sessions_owner_id"), "sessions", ["owner_id"], unique=False)
    op.create_index("ix_sessions_team_id_started_at", "sessions", ["team_id", "started_at"], unique=False)
    op.create_index("ix_sessions_team_id_status", "sessions", ["team_id", "status"], unique=False)
    op.create_index(op.f("ix_sessions_team_id"), "sessions", ["team_id"], unique=False)
    op.create_index(op.f("ix_sessions_ticket_id"), "sessions", ["ticket_id"], unique=False)
    op.create_table(
        "session_events",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("payload", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("idempotency_key", sa.String(length=255), nullable=True),
        sa.Column("request_hash", sa.String(length=64), nullable=True),
        sa.CheckConstraint(
            "type IN ('started', 'answered', 'action_done', 'input_captured', 'note', 'output_pasted', "
            "'went_back', 'paused', 'resumed', 'copilot_suggested', 'copilot_accepted', 'escalated', "
            "'taken_over', 'ended')",
            name=op.f("ck_session_events_type_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name=op.f("fk_session_events_session_id_sessions"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("session_id", "seq", name=op.f("pk_session_events")),
        sa.UniqueConstraint("session_id", "idempotency_key", name=op.f("uq_session_events_session_id_idempotency_key")),
    )

    # The log is append-only in the database itself. Rows leave only with their session (a cascade
    # from the session or its team runs this trigger one level deeper than a direct statement).
    op.execute(
        """
        CREATE FUNCTION rf_refuse_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
                RETURN OLD;
            END IF;
            RAISE EXCEPTION 'session events are append-only (session %, seq %)', OLD.session_id, OLD.seq
                USING ERRCODE = 'integrity_constraint_violation';
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER session_events_append_only BEFORE UPDATE OR DELETE ON session_events "
        "FOR EACH ROW EXECUTE FUNCTION rf_refuse_event_change()"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS session_events_append_only ON session_events")
    op.execute("DROP FUNCTION IF EXISTS rf_refuse_event_change()")
    op.drop_table("session_events")
    op.drop_index(op.f("ix_sessions_ticket_id"), table_name="sessions")
    op.drop_index(op.f("ix_sessions_team_id"), table_name="sessions")
    op.drop_index("ix_sessions_team_id_status", table_name="sessions")
    op.drop_index("ix_sessions_team_id_started_at", table_name="sessions")
    op.drop_index(op.f("ix_sessions_owner_id"), table_name="sessions")
    op.drop_index("ix_sessions_flow_id_flow_version", table_name="sessions")
    op.drop_table("sessions")
