"""psa: per-team PSA connections (encrypted keys), member links, exactly-once note pushes; sessions.ticket_verified

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-24 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NOTE_TYPES = "'internal_analysis', 'detail_description', 'resolution'"


def upgrade() -> None:
    op.add_column("sessions", sa.Column("ticket_verified", sa.Boolean(), nullable=True))

    op.create_table(
        "psa_connections",
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("provider", sa.String(length=20), nullable=False),
        sa.Column("site", sa.String(length=300), nullable=False),
        sa.Column("allow_http", sa.Boolean(), nullable=False),
        sa.Column("settings", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("secrets_encrypted", sa.Text(), nullable=False),
        sa.Column("secret_hints", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("default_note_type", sa.String(length=30), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Uuid(), nullable=True),
        sa.CheckConstraint("provider IN ('connectwise')", name=op.f("ck_psa_connections_provider_valid")),
        sa.CheckConstraint(f"default_note_type IN ({NOTE_TYPES})", name=op.f("ck_psa_connections_note_type_valid")),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_psa_connections_team_id_teams"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_psa_connections_updated_by_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("team_id", name=op.f("pk_psa_connections")),
    )

    op.create_table(
        "psa_member_links",
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.BigInteger(), nullable=True),
        sa.Column("member_identifier", sa.String(length=100), nullable=True),
        sa.Column("member_name", sa.String(length=200), nullable=True),
        sa.Column("member_email", sa.String(length=254), nullable=True),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("source IN ('auto', 'manual')", name=op.f("ck_psa_member_links_source_valid")),
        sa.CheckConstraint(
            "source = 'manual' OR member_id IS NOT NULL", name=op.f("ck_psa_member_links_auto_has_member")
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_psa_member_links_team_id_teams"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_psa_member_links_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("team_id", "user_id", name=op.f("pk_psa_member_links")),
    )

    op.create_table(
        "psa_pushes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(length=20), nullable=False),
        sa.Column("ticket_id", sa.String(length=64), nullable=False),
        sa.Column("note_type", sa.String(length=30), nullable=False),
        sa.Column("include_resolution", sa.Boolean(), nullable=False),
        sa.Column("marker", sa.String(length=200), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("covers_seq", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.BigInteger(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("in_flight", sa.Boolean(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("run_after", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claim_id", sa.Uuid(), nullable=True),
        sa.Column("last_error", sa.String(length=300), nullable=True),
        sa.Column("note_id", sa.BigInteger(), nullable=True),
        sa.Column("found_by_marker", sa.Boolean(), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("posted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("status IN ('pending', 'posted', 'failed')", name=op.f("ck_psa_pushes_status_valid")),
        sa.CheckConstraint(f"note_type IN ({NOTE_TYPES})", name=op.f("ck_psa_pushes_note_type_valid")),
        sa.CheckConstraint("status <> 'posted' OR note_id IS NOT NULL", name=op.f("ck_psa_pushes_posted_has_note")),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_psa_pushes_team_id_teams"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name=op.f("fk_psa_pushes_session_id_sessions"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_psa_pushes_created_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_psa_pushes")),
        sa.UniqueConstraint("session_id", "number", name=op.f("uq_psa_pushes_session_id_number")),
        sa.UniqueConstraint("session_id", "content_hash", name=op.f("uq_psa_pushes_session_id_content_hash")),
    )
    op.create_index(op.f("ix_psa_pushes_team_id"), "psa_pushes", ["team_id"], unique=False)
    op.create_index(
        "ix_psa_pushes_due", "psa_pushes", ["run_after"], unique=False, postgresql_where=sa.text("status = 'pending'")
    )


def downgrade() -> None:
    op.drop_index("ix_psa_pushes_due", table_name="psa_pushes", postgresql_where=sa.text("status = 'pending'"))
    op.drop_index(op.f("ix_psa_pushes_team_id"), table_name="psa_pushes")
    op.drop_table("psa_pushes")
    op.drop_table("psa_member_links")
    op.drop_table("psa_connections")
    op.drop_column("sessions", "ticket_verified")
