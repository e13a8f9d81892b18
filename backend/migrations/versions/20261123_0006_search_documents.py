"""search: the full-text index of flows and steps (search_documents, pg_trgm), backfilled

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 13:53:16.792159
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The same text as app/search/service.py builds, with its sentinel characters (U+E000..U+E003)
# stripped: a flow's description and node text from its latest published version (else its draft),
# a step's body and commands; archived flows are not indexed.
BACKFILL_FLOWS = r"""
INSERT INTO search_documents (id, team_id, flow_id, kind, version, title, tags, body, updated_at)
SELECT gen_random_uuid(), f.team_id, f.id, f.kind, nullif(f.latest_version, 0),
       translate(f.title, E'\uE000\uE001\uE002\uE003', ''),
       translate(array_to_string(f.tags, ' '), E'\uE000\uE001\uE002\uE003', ''),
       translate(concat_ws(E'\n', nullif(f.description, ''), (
           SELECT string_agg(concat_ws(E'\n',
               n->>'title', n->>'section', n->>'body', n->>'expected_result',
               (SELECT string_agg(concat_ws(E'\n', c->>'label', c->>'text'), E'\n')
                  FROM jsonb_array_elements(coalesce(n->'commands', '[]')) c),
               (SELECT string_agg(a->>'label', E'\n')
                  FROM jsonb_array_elements(coalesce(n->'answers', '[]')) a)
           ), E'\n')
           FROM jsonb_array_elements(coalesce(v.graph, f.draft_graph)->'nodes') n
       )), E'\uE000\uE001\uE002\uE003', ''),
       now()
FROM flows f
LEFT JOIN flow_versions v ON v.flow_id = f.id AND v.number = f.latest_version
WHERE f.status <> 'archived'
"""
BACKFILL_STEPS = r"""
INSERT INTO search_documents (id, team_id, step_id, kind, version, title, tags, body, updated_at)
SELECT gen_random_uuid(), s.team_id, s.id, s.kind_hint, NULL,
       translate(s.title, E'\uE000\uE001\uE002\uE003', ''),
       translate(array_to_string(s.tags, ' '), E'\uE000\uE001\uE002\uE003', ''),
       translate(concat_ws(E'\n', nullif(s.body, ''), (
           SELECT string_agg(concat_ws(E'\n', c->>'label', c->>'text'), E'\n')
           FROM jsonb_array_elements(s.commands) c
       )), E'\uE000\uE001\uE002\uE003', ''),
       now()
FROM steps s
"""


def upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.create_table(
        "search_documents",
        sa.Column("flow_id", sa.Uuid(), nullable=True),
        sa.Column("step_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column(
            "document",
            postgresql.TSVECTOR(),
            sa.Computed(
                "setweight(to_tsvector('english'::regconfig, title), 'A') || setweight(to_tsvector('english'::regconfig, tags), 'B') || setweight(to_tsvector('english'::regconfig, translate(body, '/<>', '   ')), 'C')",
                persisted=True,
            ),
            nullable=False,
        ),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("(flow_id IS NULL) <> (step_id IS NULL)", name=op.f("ck_search_documents_one_item")),
        sa.ForeignKeyConstraint(
            ["flow_id"], ["flows.id"], name=op.f("fk_search_documents_flow_id_flows"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["step_id"], ["steps.id"], name=op.f("fk_search_documents_step_id_steps"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_search_documents_team_id_teams"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_documents")),
        sa.UniqueConstraint("flow_id", name=op.f("uq_search_documents_flow_id")),
        sa.UniqueConstraint("step_id", name=op.f("uq_search_documents_step_id")),
    )
    op.create_index(
        "ix_search_documents_document", "search_documents", ["document"], unique=False, postgresql_using="gin"
    )
    op.create_index(op.f("ix_search_documents_team_id"), "search_documents", ["team_id"], unique=False)
    op.create_index(
        "ix_search_documents_title_trgm",
        "search_documents",
        ["title"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"title": "gin_trgm_ops"},
    )
    op.execute(BACKFILL_FLOWS)
    op.execute(BACKFILL_STEPS)


def downgrade() -> None:
    op.drop_index(
        "ix_search_documents_title_trgm",
        table_name="search_documents",
        postgresql_using="gin",
        postgresql_ops={"title": "gin_trgm_ops"},
    )
    op.drop_index(op.f("ix_search_documents_team_id"), table_name="search_documents")
    op.drop_index("ix_search_documents_document", table_name="search_documents", postgresql_using="gin")
    op.drop_table("search_documents")
    # pg_trgm stays: dropping an extension other objects may use is not this migration's call.
