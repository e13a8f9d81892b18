"""session shares: share links to a session's documentation, and the per-IP view throttle

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-23 16:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "session_shares",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("scope", sa.String(length=10), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_by_id", sa.Uuid(), nullable=True),
        sa.Column("view_count", sa.Integer(), nullable=False),
        sa.Column("last_viewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("scope IN ('team', 'public')", name=op.f("ck_session_shares_scope_valid")),
        sa.CheckConstraint("expires_at > created_at", name=op.f("ck_session_shares_expires_after_creation")),
        sa.CheckConstraint("view_count >= 0", name=op.f("ck_session_shares_view_count_not_negative")),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_session_shares_team_id_teams"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name=op.f("fk_session_shares_session_id_sessions"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_session_shares_created_by_id_users")),
        sa.ForeignKeyConstraint(["revoked_by_id"], ["users.id"], name=op.f("fk_session_shares_revoked_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_shares")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_session_shares_token_hash")),
    )
    op.create_index(op.f("ix_session_shares_team_id"), "session_shares", ["team_id"], unique=False)
    op.create_index(op.f("ix_session_shares_session_id"), "session_shares", ["session_id"], unique=False)
    op.create_table(
        "share_view_throttle",
        sa.Column("ip", sa.String(length=64), nullable=False),
        sa.Column("window_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("ip", name=op.f("pk_share_view_throttle")),
    )
    op.create_index(op.f("ix_share_view_throttle_window_start"), "share_view_throttle", ["window_start"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_share_view_throttle_window_start"), table_name="share_view_throttle")
    op.drop_table("share_view_throttle")
    op.drop_index(op.f("ix_session_shares_session_id"), table_name="session_shares")
    op.drop_index(op.f("ix_session_shares_team_id"), table_name="session_shares")
    op.drop_table("session_shares")
