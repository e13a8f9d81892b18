"""redaction rules: per-team optional categories and custom patterns

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "redaction_settings",
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("categories", postgresql.ARRAY(sa.String(length=20)), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Uuid(), nullable=True),
        sa.CheckConstraint(
            "categories <@ ARRAY['ipv4', 'ipv6', 'email', 'phone', 'mac']::varchar[]",
            name=op.f("ck_redaction_settings_categories_known"),
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_redaction_settings_team_id_teams"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"],
            ["users.id"],
            name=op.f("fk_redaction_settings_updated_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("team_id", name=op.f("pk_redaction_settings")),
    )
    op.create_index(op.f("ix_redaction_settings_updated_by_id"), "redaction_settings", ["updated_by_id"], unique=False)
    op.create_table(
        "redaction_rules",
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("pattern", sa.String(length=500), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.CheckConstraint("position >= 0 AND position < 50", name=op.f("ck_redaction_rules_position_range")),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_redaction_rules_team_id_teams"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("team_id", "position", name=op.f("pk_redaction_rules")),
    )


def downgrade() -> None:
    op.drop_table("redaction_rules")
    op.drop_index(op.f("ix_redaction_settings_updated_by_id"), table_name="redaction_settings")
    op.drop_table("redaction_settings")
