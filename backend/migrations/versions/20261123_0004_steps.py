"""steps: the step library (steps, ratings)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 13:31:51.198441
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "steps",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("commands", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("tags", postgresql.ARRAY(sa.String(length=50)), nullable=False),
        sa.Column("kind_hint", sa.String(length=20), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("use_count", sa.Integer(), nullable=False),
        sa.Column("rating_count", sa.Integer(), nullable=False),
        sa.Column("rating_sum", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("kind_hint IN ('action', 'question', 'input')", name=op.f("ck_steps_kind_valid")),
        sa.CheckConstraint(
            "rating_sum BETWEEN rating_count AND 5 * rating_count", name=op.f("ck_steps_rating_totals_consistent")
        ),
        sa.CheckConstraint("use_count >= 0", name=op.f("ck_steps_use_count_non_negative")),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_steps_author_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"], name=op.f("fk_steps_team_id_teams"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_steps")),
    )
    op.create_index(op.f("ix_steps_author_id"), "steps", ["author_id"], unique=False)
    op.create_index(op.f("ix_steps_team_id"), "steps", ["team_id"], unique=False)
    op.create_table(
        "step_ratings",
        sa.Column("step_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("rating", sa.SmallInteger(), nullable=False),
        sa.Column("review", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("rating BETWEEN 1 AND 5", name=op.f("ck_step_ratings_rating_range")),
        sa.ForeignKeyConstraint(
            ["step_id"], ["steps.id"], name=op.f("fk_step_ratings_step_id_steps"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_step_ratings_team_id_teams"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_step_ratings_user_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_step_ratings")),
        sa.UniqueConstraint("step_id", "user_id", name=op.f("uq_step_ratings_step_id_user_id")),
    )
    op.create_index(op.f("ix_step_ratings_team_id"), "step_ratings", ["team_id"], unique=False)
    op.create_index(op.f("ix_step_ratings_user_id"), "step_ratings", ["user_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_step_ratings_user_id"), table_name="step_ratings")
    op.drop_index(op.f("ix_step_ratings_team_id"), table_name="step_ratings")
    op.drop_table("step_ratings")
    op.drop_index(op.f("ix_steps_team_id"), table_name="steps")
    op.drop_index(op.f("ix_steps_author_id"), table_name="steps")
    op.drop_table("steps")
