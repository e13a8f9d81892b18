"""flows: categories, folders, flows, versions, favourites

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 13:14:39.423110
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "flow_categories",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_flow_categories_team_id_teams"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_flow_categories")),
        sa.UniqueConstraint("team_id", "name", name=op.f("uq_flow_categories_team_id_name")),
    )
    op.create_index(op.f("ix_flow_categories_team_id"), "flow_categories", ["team_id"], unique=False)
    op.create_table(
        "flow_folders",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("parent_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["flow_folders.id"], name=op.f("fk_flow_folders_parent_id_flow_folders"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_flow_folders_team_id_teams"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_flow_folders")),
        sa.UniqueConstraint("team_id", "parent_id", "name", name=op.f("uq_flow_folders_team_id_parent_id_name")),
    )
    op.create_index(op.f("ix_flow_folders_parent_id"), "flow_folders", ["parent_id"], unique=False)
    op.create_index(op.f("ix_flow_folders_team_id"), "flow_folders", ["team_id"], unique=False)
    op.create_table(
        "flows",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("category_id", sa.Uuid(), nullable=True),
        sa.Column("folder_id", sa.Uuid(), nullable=True),
        sa.Column("tags", postgresql.ARRAY(sa.String(length=50)), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("draft_graph", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("draft_revision", sa.Integer(), nullable=False),
        sa.Column("latest_version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('troubleshooting', 'procedural', 'maintenance')", name=op.f("ck_flows_kind_valid")
        ),
        sa.CheckConstraint("status IN ('draft', 'published', 'archived')", name=op.f("ck_flows_status_valid")),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["flow_categories.id"],
            name=op.f("fk_flows_category_id_flow_categories"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["folder_id"], ["flow_folders.id"], name=op.f("fk_flows_folder_id_flow_folders"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_flows_owner_id_users"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"], name=op.f("fk_flows_team_id_teams"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_flows")),
    )
    op.create_index(op.f("ix_flows_category_id"), "flows", ["category_id"], unique=False)
    op.create_index(op.f("ix_flows_folder_id"), "flows", ["folder_id"], unique=False)
    op.create_index(op.f("ix_flows_owner_id"), "flows", ["owner_id"], unique=False)
    op.create_index(op.f("ix_flows_team_id"), "flows", ["team_id"], unique=False)
    op.create_table(
        "flow_favourites",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("flow_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["flow_id"], ["flows.id"], name=op.f("fk_flow_favourites_flow_id_flows"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_flow_favourites_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", "flow_id", name=op.f("pk_flow_favourites")),
    )
    op.create_table(
        "flow_versions",
        sa.Column("flow_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("graph", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("change_note", sa.String(length=500), nullable=False),
        sa.Column("published_by_id", sa.Uuid(), nullable=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["flow_id"], ["flows.id"], name=op.f("fk_flow_versions_flow_id_flows"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["published_by_id"], ["users.id"], name=op.f("fk_flow_versions_published_by_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_flow_versions_team_id_teams"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_flow_versions")),
        sa.UniqueConstraint("flow_id", "number", name=op.f("uq_flow_versions_flow_id_number")),
    )
    op.create_index(op.f("ix_flow_versions_flow_id"), "flow_versions", ["flow_id"], unique=False)
    op.create_index(op.f("ix_flow_versions_team_id"), "flow_versions", ["team_id"], unique=False)

    # A published version is frozen in the database itself, whatever code runs against it.
    op.execute(
        """
        CREATE FUNCTION rf_refuse_version_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'published flow versions are immutable (flow %, version %)', OLD.flow_id, OLD.number
                USING ERRCODE = 'integrity_constraint_violation';
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER flow_versions_immutable BEFORE UPDATE ON flow_versions "
        "FOR EACH ROW EXECUTE FUNCTION rf_refuse_version_update()"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS flow_versions_immutable ON flow_versions")
    op.execute("DROP FUNCTION IF EXISTS rf_refuse_version_update()")
    op.drop_index(op.f("ix_flow_versions_team_id"), table_name="flow_versions")
    op.drop_index(op.f("ix_flow_versions_flow_id"), table_name="flow_versions")
    op.drop_table("flow_versions")
    op.drop_table("flow_favourites")
    op.drop_index(op.f("ix_flows_team_id"), table_name="flows")
    op.drop_index(op.f("ix_flows_owner_id"), table_name="flows")
    op.drop_index(op.f("ix_flows_folder_id"), table_name="flows")
    op.drop_index(op.f("ix_flows_category_id"), table_name="flows")
    op.drop_table("flows")
    op.drop_index(op.f("ix_flow_folders_team_id"), table_name="flow_folders")
    op.drop_index(op.f("ix_flow_folders_parent_id"), table_name="flow_folders")
    op.drop_table("flow_folders")
    op.drop_index(op.f("ix_flow_categories_team_id"), table_name="flow_categories")
    op.drop_table("flow_categories")
