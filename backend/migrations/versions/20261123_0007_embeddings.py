"""embeddings: search_embeddings (pgvector, HNSW per size) and the embedding_jobs queue, fed by triggers

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 12:00:00

Triggers on search_documents, not application code, enqueue a job whenever a document is added or
its title, tags or body change (and `NOTIFY rf_embeddings` wakes the workers on commit), so no code
path that changes the text can forget to. Existing documents are enqueued here (backfill).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from pgvector.sqlalchemy import VECTOR

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DIMENSIONS = (256, 1024)

# A re-enqueue resets the backoff and stamps `enqueued_at` with clock_timestamp() (not now(), the
# transaction's start): the stamp must change with every enqueue, since a worker deletes a job only
# if it still carries the stamp it claimed.
ENQUEUE_FUNCTION = """
CREATE FUNCTION rf_enqueue_embedding() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO embedding_jobs (document_id, team_id, attempts, run_after, last_error, enqueued_at)
    VALUES (NEW.id, NEW.team_id, 0, now(), NULL, clock_timestamp())
    ON CONFLICT (document_id) DO UPDATE
        SET attempts = 0, run_after = now(), last_error = NULL, enqueued_at = clock_timestamp();
    PERFORM pg_notify('rf_embeddings', '');
    RETURN NULL;
END $$
"""
INSERT_TRIGGER = """
CREATE TRIGGER search_documents_embedding_insert
AFTER INSERT ON search_documents
FOR EACH ROW EXECUTE FUNCTION rf_enqueue_embedding()
"""
# The search index rewrites every column on each upsert; only a real change of the text counts.
UPDATE_TRIGGER = """
CREATE TRIGGER search_documents_embedding_update
AFTER UPDATE OF title, tags, body ON search_documents
FOR EACH ROW
WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.tags IS DISTINCT FROM NEW.tags OR OLD.body IS DISTINCT FROM NEW.body)
EXECUTE FUNCTION rf_enqueue_embedding()
"""
BACKFILL = """
INSERT INTO embedding_jobs (document_id, team_id, attempts, run_after, last_error, enqueued_at)
SELECT id, team_id, 0, now(), NULL, clock_timestamp() FROM search_documents
"""


def upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS vector")
    op.create_table(
        "search_embeddings",
        sa.Column("document_id", sa.Uuid(), nullable=False),
        sa.Column("model", sa.String(length=100), nullable=False),
        sa.Column("dimensions", sa.Integer(), nullable=False),
        sa.Column("embedding", VECTOR(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("embedded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("vector_dims(embedding) = dimensions", name=op.f("ck_search_embeddings_dimensions_match")),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["search_documents.id"],
            name=op.f("fk_search_embeddings_document_id_search_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_search_embeddings_team_id_teams"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_search_embeddings")),
    )
    op.create_index(op.f("ix_search_embeddings_team_id"), "search_embeddings", ["team_id"], unique=False)
    for dimensions in DIMENSIONS:
        op.execute(
            f"CREATE INDEX ix_search_embeddings_hnsw_{dimensions} ON search_embeddings "
            f"USING hnsw ((embedding::vector({dimensions})) vector_cosine_ops) WHERE dimensions = {dimensions}"
        )

    op.create_table(
        "embedding_jobs",
        sa.Column("document_id", sa.Uuid(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("run_after", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_error", sa.String(length=200), nullable=True),
        sa.Column("enqueued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["search_documents.id"],
            name=op.f("fk_embedding_jobs_document_id_search_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_embedding_jobs_team_id_teams"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_embedding_jobs")),
    )
    op.create_index("ix_embedding_jobs_run_after", "embedding_jobs", ["run_after"], unique=False)
    op.create_index(op.f("ix_embedding_jobs_team_id"), "embedding_jobs", ["team_id"], unique=False)

    op.execute(ENQUEUE_FUNCTION)
    op.execute(INSERT_TRIGGER)
    op.execute(UPDATE_TRIGGER)
    op.execute(BACKFILL)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS search_documents_embedding_update ON search_documents")
    op.execute("DROP TRIGGER IF EXISTS search_documents_embedding_insert ON search_documents")
    op.execute("DROP FUNCTION IF EXISTS rf_enqueue_embedding()")
    op.drop_table("embedding_jobs")
    op.drop_table("search_embeddings")
    # The vector extension stays: dropping an extension other objects may use is not this migration's call.
