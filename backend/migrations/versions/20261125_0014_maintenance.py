"""maintenance: checklist sessions (state and step counts on sessions, step_* events); maintenance
schedules, targets, runs and their matrix rows

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-25 09:00:00

The new sessions columns are nullable without a default: adding them does not rewrite the table.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PATH_EVENTS = (
    "'started', 'answered', 'action_done', 'input_captured', 'note', 'output_pasted', 'went_back', 'paused', "
    "'resumed', 'copilot_suggested', 'copilot_accepted', 'escalated', 'taken_over', 'ended'"
)
CHECKLIST_EVENTS = "'step_completed', 'step_reopened', 'step_assigned', 'step_noted'"


def _team_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["team_id"], ["teams.id"], name=op.f(f"fk_{table}_team_id_teams"), ondelete="CASCADE"
    )


def _event_types(values: str) -> None:
    op.drop_constraint(op.f("ck_session_events_type_valid"), "session_events", type_="check")
    op.create_check_constraint(op.f("ck_session_events_type_valid"), "session_events", f"type IN ({values})")


def upgrade() -> None:
    op.add_column("sessions", sa.Column("checklist", postgresql.JSONB(none_as_null=True), nullable=True))
    op.add_column("sessions", sa.Column("steps_open", sa.Integer(), nullable=True))
    op.add_column("sessions", sa.Column("steps_closed", sa.Integer(), nullable=True))
    op.add_column("sessions", sa.Column("steps_failed", sa.Integer(), nullable=True))
    _event_types(f"{PATH_EVENTS}, {CHECKLIST_EVENTS}")

    op.create_table(
        "maintenance_schedules",
        sa.Column("flow_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("recurrence", postgresql.JSONB(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("catch_up", sa.String(length=10), nullable=False),
        sa.Column("complete_within_hours", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("assignee_ids", sa.ARRAY(sa.Uuid()), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("next_due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("catch_up IN ('once', 'skip')", name=op.f("ck_maintenance_schedules_catch_up_valid")),
        sa.CheckConstraint("active OR next_due_at IS NULL", name=op.f("ck_maintenance_schedules_inactive_not_due")),
        sa.CheckConstraint(
            "complete_within_hours BETWEEN 1 AND 2160", name=op.f("ck_maintenance_schedules_complete_within")
        ),
        sa.ForeignKeyConstraint(
            ["flow_id"], ["flows.id"], name=op.f("fk_maintenance_schedules_flow_id_flows"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_maintenance_schedules_owner_id_users")),
        _team_fk("maintenance_schedules"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_maintenance_schedules")),
    )
    op.create_index(op.f("ix_maintenance_schedules_flow_id"), "maintenance_schedules", ["flow_id"])
    op.create_index(op.f("ix_maintenance_schedules_owner_id"), "maintenance_schedules", ["owner_id"])
    op.create_index(op.f("ix_maintenance_schedules_team_id"), "maintenance_schedules", ["team_id"])
    # The scheduler's question, across teams: which active schedules are due?
    op.create_index(
        "ix_maintenance_schedules_next_due_at",
        "maintenance_schedules",
        ["next_due_at"],
        postgresql_where=sa.text("active"),
    )

    op.create_table(
        "maintenance_targets",
        sa.Column("schedule_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("client", sa.String(length=200), nullable=False),
        sa.Column("device", sa.String(length=200), nullable=False),
        sa.Column("fields", postgresql.JSONB(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["schedule_id"],
            ["maintenance_schedules.id"],
            name=op.f("fk_maintenance_targets_schedule_id_maintenance_schedules"),
            ondelete="CASCADE",
        ),
        _team_fk("maintenance_targets"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_maintenance_targets")),
        sa.UniqueConstraint(
            "schedule_id", "client", "device", name=op.f("uq_maintenance_targets_schedule_id_client_device")
        ),
    )
    op.create_index("ix_maintenance_targets_schedule_id_position", "maintenance_targets", ["schedule_id", "position"])
    op.create_index(op.f("ix_maintenance_targets_team_id"), "maintenance_targets", ["team_id"])

    op.create_table(
        "maintenance_runs",
        sa.Column("schedule_id", sa.Uuid(), nullable=True),
        sa.Column("flow_id", sa.Uuid(), nullable=True),
        sa.Column("flow_version", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("flow_title", sa.String(length=200), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("checklist", postgresql.JSONB(), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deadline_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("trigger", sa.String(length=10), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("missed", sa.Integer(), nullable=False),
        sa.Column("target_count", sa.Integer(), nullable=False),
        sa.Column("overdue_checked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("trigger IN ('schedule', 'manual')", name=op.f("ck_maintenance_runs_trigger_valid")),
        sa.CheckConstraint(
            "(flow_id IS NULL) = (flow_version IS NULL)", name=op.f("ck_maintenance_runs_flow_version_pair")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_maintenance_runs_created_by_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["flow_id", "flow_version"],
            ["flow_versions.flow_id", "flow_versions.number"],
            name=op.f("fk_maintenance_runs_flow_id_flow_versions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["schedule_id"],
            ["maintenance_schedules.id"],
            name=op.f("fk_maintenance_runs_schedule_id_maintenance_schedules"),
            ondelete="SET NULL",
        ),
        _team_fk("maintenance_runs"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_maintenance_runs")),
        # One run per schedule and due time: a double fire or a hand-over between replicas finds it.
        sa.UniqueConstraint("schedule_id", "due_at", name=op.f("uq_maintenance_runs_schedule_id_due_at")),
    )
    op.create_index(op.f("ix_maintenance_runs_schedule_id"), "maintenance_runs", ["schedule_id"])
    op.create_index(op.f("ix_maintenance_runs_team_id"), "maintenance_runs", ["team_id"])
    op.create_index("ix_maintenance_runs_team_id_due_at", "maintenance_runs", ["team_id", "due_at"])
    op.create_index(
        "ix_maintenance_runs_deadline_at",
        "maintenance_runs",
        ["deadline_at"],
        postgresql_where=sa.text("overdue_checked_at IS NULL"),
    )

    op.create_table(
        "maintenance_run_targets",
        sa.Column("run_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("target_id", sa.Uuid(), nullable=True),
        sa.Column("client", sa.String(length=200), nullable=False),
        sa.Column("device", sa.String(length=200), nullable=False),
        sa.Column("fields", postgresql.JSONB(), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["maintenance_runs.id"],
            name=op.f("fk_maintenance_run_targets_run_id_maintenance_runs"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_maintenance_run_targets_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["maintenance_targets.id"],
            name=op.f("fk_maintenance_run_targets_target_id_maintenance_targets"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("run_id", "position", name=op.f("pk_maintenance_run_targets")),
        sa.UniqueConstraint("session_id", name=op.f("uq_maintenance_run_targets_session_id")),
    )
    op.create_index(op.f("ix_maintenance_run_targets_target_id"), "maintenance_run_targets", ["target_id"])


def downgrade() -> None:
    op.drop_table("maintenance_run_targets")
    op.drop_table("maintenance_runs")
    op.drop_table("maintenance_targets")
    op.drop_table("maintenance_schedules")
    # Checklist sessions go with the columns that hold them (their step_* events would no longer be
    # allowed); the append-only trigger lets events go with their session.
    op.execute("DELETE FROM sessions WHERE checklist IS NOT NULL")
    _event_types(PATH_EVENTS)
    op.drop_column("sessions", "steps_failed")
    op.drop_column("sessions", "steps_closed")
    op.drop_column("sessions", "steps_open")
    op.drop_column("sessions", "checklist")
