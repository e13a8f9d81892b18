import uuid
from datetime import datetime
from typing import Any

from pgvector.sqlalchemy import VECTOR
from sqlalchemy import CheckConstraint, ForeignKey, Index, String, cast, text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.clock import utcnow
from app.core.db import Base
from app.core.tenancy import TeamOwned

# One HNSW index per size: the column is unsized so models of different sizes can coexist while a
# team moves between providers, and pgvector indexes only sized vectors.
SUPPORTED_DIMENSIONS = (256, 1024)


class SearchEmbedding(TeamOwned, Base):
    """The vector of one search document, and which model made it from which text."""

    __tablename__ = "search_embeddings"
    __table_args__ = (CheckConstraint("vector_dims(embedding) = dimensions", name="dimensions_match"),)

    document_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("search_documents.id", ondelete="CASCADE"), primary_key=True
    )
    # e.g. "wordllama/l2_supercat-256" or "voyage/voyage-3.5-1024"; queries only compare like with like.
    model: Mapped[str] = mapped_column(String(100))
    dimensions: Mapped[int]
    # Read back as a numpy array (pgvector); written from a list of floats.
    embedding: Mapped[Any] = mapped_column(VECTOR())
    # sha256 of the exact text embedded: unchanged text is not sent to the model again.
    content_hash: Mapped[str] = mapped_column(String(64))
    embedded_at: Mapped[datetime] = mapped_column(default=utcnow)


for _dimensions in SUPPORTED_DIMENSIONS:
    Index(
        f"ix_search_embeddings_hnsw_{_dimensions}",
        cast(SearchEmbedding.embedding, VECTOR(_dimensions)).label(f"embedding_{_dimensions}"),
        postgresql_using="hnsw",
        postgresql_ops={f"embedding_{_dimensions}": "vector_cosine_ops"},
        postgresql_where=text(f"dimensions = {_dimensions}"),
    )


class EmbeddingJob(TeamOwned, Base):
    """A search document whose text changed and needs (re-)embedding.

    Enqueued by a trigger on `search_documents` (migration 0007), so no code path that changes the
    text can forget to. `enqueued_at` is `clock_timestamp()` of the latest enqueue: a worker deletes
    the job only if it still carries the stamp it claimed, so a change made while the old text was
    being embedded keeps its job.
    """

    __tablename__ = "embedding_jobs"
    __table_args__ = (Index("ix_embedding_jobs_run_after", "run_after"),)

    document_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("search_documents.id", ondelete="CASCADE"), primary_key=True
    )
    # Failed tries since the last enqueue; the backoff grows with it.
    attempts: Mapped[int] = mapped_column(default=0)
    # Due from then on; a claimed job is pushed ahead by a lease so a crashed worker's jobs come back.
    run_after: Mapped[datetime] = mapped_column(default=utcnow)
    # The provider's error class and HTTP status only: never a message that could echo a key.
    last_error: Mapped[str | None] = mapped_column(String(200))
    enqueued_at: Mapped[datetime] = mapped_column(default=utcnow)
