"""The semantic half of search: embedding search documents off the request path, and the nearest-
neighbour ranking that search fuses with its full-text ranking. No HTTP here.

The queue. A trigger on `search_documents` (migration 0007) upserts an `embedding_jobs` row
whenever a document's text changes, stamping `enqueued_at` with a fresh clock_timestamp(). A worker
  1. claims due jobs (`FOR UPDATE SKIP LOCKED`) and pushes their `run_after` ahead by a lease, in a
     short transaction of its own: no lock is held while the provider works, so a request that
     changes a document never waits for an embedding; a crashed worker's jobs come back after the
     lease;
  2. reads the texts and skips those whose vector of this model already has the same hash;
  3. embeds the rest;
  4. in one short transaction, share-locks the documents (SKIP LOCKED: never waits on a writer),
     writes each vector only if the document still has the text that was embedded (a writer cannot
     change it before this transaction ends, so a stale vector never overwrites a newer one), and
     deletes each job only if it still has the stamp it was claimed with. A change made meanwhile
     re-stamped its job and reset `run_after`, so it stays due and is embedded again.
On a provider failure the claimed jobs get `attempts + 1`, an exponential, capped backoff and a
secret-free `last_error`; a job that was re-stamped meanwhile starts afresh instead.
"""

import functools
import hashlib
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from pgvector.sqlalchemy import VECTOR
from sqlalchemy import (
    Float,
    ScalarSelect,
    Select,
    bindparam,
    cast,
    delete,
    func,
    literal,
    literal_column,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from app.core.clock import utcnow
from app.core.logging import get_logger
from app.core.tenancy import TeamOwned, TeamScope, in_bound_team, in_team
from app.embeddings.models import SUPPORTED_DIMENSIONS, EmbeddingJob, SearchEmbedding
from app.embeddings.providers import EmbeddingProvider, EmbeddingUnavailable, describe_error
from app.embeddings.schemas import EmbeddingStatusOut
from app.search.models import SearchDocument
from app.search.schemas import HitType

log = get_logger(__name__)

# Enough for a flow's title, tags and the gist of its nodes; more only dilutes a pooled vector and
# costs tokens.
MAX_TEXT_CHARS = 8_000
LEASE = timedelta(minutes=5)
BACKOFF_BASE_SECONDS = 30
BACKOFF_CAP_SECONDS = 3600
LAST_ERROR_MAX = 200
# HNSW candidate list per query; iterative scans (on for every connection: app/core/db.py) go
# further when filters discard candidates, so this only has to cover a page of results.
EF_SEARCH = 40  # pgvector's default: ample for a page of 20 to 50 results
EF_SEARCH_MAX = 1000

# Transaction-local (the caller's transaction), and only for pages larger than the default covers.
_EF_SEARCH_SETTING = text("SELECT set_config('hnsw.ef_search', :ef_search, true)")

Stamp = tuple[uuid.UUID, datetime]  # a claimed job: document id and its enqueued_at


def document_text(title: str, tags: str, body: str) -> str:
    return "\n".join(part for part in (title, tags, body) if part)[:MAX_TEXT_CHARS]


def content_hash(text_: str) -> str:
    return hashlib.sha256(text_.encode()).hexdigest()


@dataclass
class BatchResult:
    claimed: int = 0
    embedded: int = 0
    unchanged: int = 0
    failed: int = 0
    error: str | None = None


# --- the queue ---------------------------------------------------------------------------------


async def _claim(db: AsyncSession, limit: int) -> dict[uuid.UUID, datetime]:
    due = (
        select(EmbeddingJob.document_id)
        .where(EmbeddingJob.run_after <= func.now())
        .order_by(EmbeddingJob.run_after)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    stmt = (
        update(EmbeddingJob)
        .where(EmbeddingJob.document_id.in_(due.scalar_subquery()))
        .values(run_after=func.now() + LEASE)
        .returning(EmbeddingJob.document_id, EmbeddingJob.enqueued_at)
    )
    claimed = {row.document_id: row.enqueued_at for row in await db.execute(stmt)}
    await db.commit()
    return claimed


def _unlocked_jobs(stamps: Sequence[Stamp]) -> ScalarSelect[uuid.UUID]:
    """The jobs that still carry the claimed stamps and that no other transaction holds right now
    (SKIP LOCKED: finishing a batch never waits, so it can never deadlock with a writer)."""
    return (
        select(EmbeddingJob.document_id)
        .where(tuple_(EmbeddingJob.document_id, EmbeddingJob.enqueued_at).in_(list(stamps)))
        .with_for_update(skip_locked=True)
        .scalar_subquery()
    )


async def _finish(
    db: AsyncSession,
    provider: EmbeddingProvider,
    claimed: dict[uuid.UUID, datetime],
    expected: dict[uuid.UUID, str],
    vectors: dict[uuid.UUID, list[float]],
) -> None:
    """Write the vectors of documents that still have the embedded text and drop their jobs; hand
    every other claimed job back (due now) unless a change re-stamped it already."""
    locked = (
        await db.execute(
            select(
                SearchDocument.id,
                SearchDocument.team_id,
                SearchDocument.title,
                SearchDocument.tags,
                SearchDocument.body,
            )
            .where(SearchDocument.id.in_(list(claimed)))
            .order_by(SearchDocument.id)
            .with_for_update(read=True, skip_locked=True)
        )
    ).all()
    done = [row for row in locked if content_hash(document_text(row.title, row.tags, row.body)) == expected[row.id]]
    rows = [
        {
            "document_id": row.id,
            "team_id": row.team_id,
            "model": provider.model,
            "dimensions": provider.dimensions,
            "embedding": vectors[row.id],
            "content_hash": expected[row.id],
            "embedded_at": utcnow(),
        }
        for row in done
        if row.id in vectors
    ]
    if rows:
        stmt = insert(SearchEmbedding).values(rows)
        excluded = stmt.excluded
        await db.execute(
            stmt.on_conflict_do_update(
                index_elements=["document_id"],
                set_={
                    column: excluded[column]
                    for column in ("model", "dimensions", "embedding", "content_hash", "embedded_at")
                },
            )
        )
    done_ids = {row.id for row in done}
    finished = [(document_id, claimed[document_id]) for document_id in done_ids]
    returned = [(document_id, stamp) for document_id, stamp in claimed.items() if document_id not in done_ids]
    if finished:
        await db.execute(delete(EmbeddingJob).where(EmbeddingJob.document_id.in_(_unlocked_jobs(finished))))
    if returned:
        await db.execute(
            update(EmbeddingJob)
            .where(EmbeddingJob.document_id.in_(_unlocked_jobs(returned)))
            .values(run_after=func.now())
        )
    await db.commit()


async def _fail(db: AsyncSession, stamps: Sequence[Stamp], error: str) -> None:
    backoff = func.least(BACKOFF_BASE_SECONDS * func.power(2, EmbeddingJob.attempts), BACKOFF_CAP_SECONDS)
    await db.execute(
        update(EmbeddingJob)
        .where(EmbeddingJob.document_id.in_(_unlocked_jobs(stamps)))
        .values(
            attempts=EmbeddingJob.attempts + 1,
            run_after=func.now() + func.make_interval(0, 0, 0, 0, 0, 0, backoff),
            last_error=error[:LAST_ERROR_MAX],
        )
    )
    await db.commit()


async def process_batch(db: AsyncSession, provider: EmbeddingProvider, *, batch_size: int) -> BatchResult:
    """Claim up to `batch_size` due jobs and embed them. Provider failures are recorded on the jobs,
    not raised; database errors are raised (the claimed jobs come back after the lease)."""
    claimed = await _claim(db, batch_size)
    if not claimed:
        return BatchResult()
    stmt = (
        select(
            SearchDocument.id,
            SearchDocument.title,
            SearchDocument.tags,
            SearchDocument.body,
            SearchEmbedding.model,
            SearchEmbedding.content_hash,
        )
        .outerjoin(SearchEmbedding, SearchEmbedding.document_id == SearchDocument.id)
        .where(SearchDocument.id.in_(list(claimed)))
    )
    texts: dict[uuid.UUID, str] = {}
    expected: dict[uuid.UUID, str] = {}
    unchanged = 0
    for row in await db.execute(stmt):
        text_ = document_text(row.title, row.tags, row.body)
        expected[row.id] = content_hash(text_)
        if row.model == provider.model and row.content_hash == expected[row.id]:
            unchanged += 1
        else:
            texts[row.id] = text_
    # No transaction stays open (and no connection is held) while the provider works.
    await db.commit()

    result = BatchResult(claimed=len(claimed), unchanged=unchanged)
    vectors: dict[uuid.UUID, list[float]] = {}
    if texts:
        try:
            embedded = await provider.embed_documents(list(texts.values()))
        except Exception as exc:  # any provider failure is the job's, not the worker's
            result.error = exc.message if isinstance(exc, EmbeddingUnavailable) else describe_error(exc)
            result.failed = len(texts)
            log.warning(
                "embedding_failed", extra={"documents": len(texts), "error": result.error, "model": provider.model}
            )
            await _fail(db, [(document_id, claimed[document_id]) for document_id in texts], result.error)
            claimed = {document_id: stamp for document_id, stamp in claimed.items() if document_id not in texts}
        else:
            vectors = dict(zip(texts, embedded, strict=True))
            result.embedded = len(vectors)
    if claimed:
        await _finish(db, provider, claimed, expected, vectors)
    return result


async def enqueue_stale(db: AsyncSession, model: str, *, everything: bool = False, reset: bool = False) -> int:
    """Enqueue every document without a vector of `model` (or every document: `everything`, which
    also forgets the stored hashes so unchanged text is embedded again). `reset` makes queued jobs
    due now and forgets their failures. Returns the number of jobs enqueued or reset."""
    if everything:
        await db.execute(update(SearchEmbedding).values(content_hash=""))
    stale = select(
        SearchDocument.id,
        SearchDocument.team_id,
        literal(0),
        func.now(),
        func.clock_timestamp(),
    ).outerjoin(SearchEmbedding, SearchEmbedding.document_id == SearchDocument.id)
    if not everything:
        stale = stale.where((SearchEmbedding.document_id.is_(None)) | (SearchEmbedding.model != model))
    stmt = insert(EmbeddingJob).from_select(["document_id", "team_id", "attempts", "run_after", "enqueued_at"], stale)
    if reset:
        # The stamp stays: a worker already embedding the same text may still finish the job.
        stmt = stmt.on_conflict_do_update(
            index_elements=["document_id"], set_={"attempts": 0, "run_after": func.now(), "last_error": None}
        )
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=["document_id"])
    count = (await db.execute(stmt)).rowcount  # type: ignore[attr-defined]
    await db.commit()
    return int(count)


@dataclass
class ReembedResult:
    enqueued: int
    embedded: int
    unchanged: int
    failed: int


async def reembed(
    db: AsyncSession,
    provider: EmbeddingProvider,
    *,
    everything: bool = False,
    batch_size: int = 64,
    progress: Callable[[int, int], None] | None = None,
) -> ReembedResult:
    """Enqueue the documents that lack a vector of the provider's model (or all of them) and embed
    every due job now, calling `progress(done, total)` after each batch. Jobs that fail stay queued
    with their backoff, for the worker."""
    enqueued = await enqueue_stale(db, provider.model, everything=everything, reset=True)
    total = (
        await db.execute(select(func.count()).select_from(EmbeddingJob).where(EmbeddingJob.run_after <= func.now()))
    ).scalar_one()
    await db.commit()
    outcome = ReembedResult(enqueued=enqueued, embedded=0, unchanged=0, failed=0)
    while (batch := await process_batch(db, provider, batch_size=batch_size)).claimed:
        outcome.embedded += batch.embedded
        outcome.unchanged += batch.unchanged
        outcome.failed += batch.failed
        if progress is not None:
            done = outcome.embedded + outcome.unchanged + outcome.failed
            progress(done, max(total, done))
    return outcome


# --- querying ----------------------------------------------------------------------------------


@functools.cache
def _nearest(dimensions: int, hit_type: HitType | None) -> Select[uuid.UUID]:
    """The ranking statement for one vector size and hit type, built once (bound: team, model,
    query vector, limit, max distance)."""
    sized = VECTOR(dimensions)
    distance = cast(SearchEmbedding.embedding, sized).op("<=>", return_type=Float)(
        cast(bindparam("query_vector", type_=sized), sized)
    )
    # The size is a literal, not a parameter: the planner must see `dimensions = 256` to use the
    # partial index whose predicate it is.
    nearest = in_bound_team(select(SearchEmbedding.document_id, distance.label("distance")), SearchEmbedding).where(
        SearchEmbedding.dimensions == literal_column(str(dimensions)), SearchEmbedding.model == bindparam("model")
    )
    if hit_type is not None:
        item = SearchDocument.flow_id if hit_type == "flow" else SearchDocument.step_id
        nearest = nearest.join(SearchDocument, SearchDocument.id == SearchEmbedding.document_id).where(
            item.is_not(None)
        )
    # Relaxed iterative scans may return candidates slightly out of order: materialize the top
    # `limit`, then sort them exactly.
    top = nearest.order_by(literal_column("distance")).limit(bindparam("limit")).cte("nearest")
    top = top.prefix_with("MATERIALIZED")
    return (
        select(top.c.document_id)
        .where(top.c.distance <= bindparam("max_distance"))
        .order_by(top.c.distance, top.c.document_id)
    )


async def semantic_ranking(
    db: AsyncSession,
    scope: TeamScope,
    query_vector: list[float],
    model: str,
    *,
    limit: int,
    hit_type: HitType | None = None,
    min_similarity: float = -1.0,
) -> list[uuid.UUID]:
    """The ids of the team's search documents nearest to `query_vector` (cosine), nearest first,
    among the vectors of `model` only and at least `min_similarity` similar. Uses the HNSW index of
    the vector's size."""
    dimensions = len(query_vector)
    if dimensions not in SUPPORTED_DIMENSIONS:
        return []
    ef_search = min(max(EF_SEARCH, limit), EF_SEARCH_MAX)
    if ef_search != EF_SEARCH:
        await db.execute(_EF_SEARCH_SETTING, {"ef_search": str(ef_search)})
    params = {
        "query_vector": query_vector,
        "model": model,
        "limit": limit,
        "max_distance": 1 - min_similarity,
        **scope.params,
    }
    rows = await db.execute(_nearest(dimensions, hit_type), params)
    return list(rows.scalars())


async def status(db: AsyncSession, scope: TeamScope, provider: EmbeddingProvider) -> EmbeddingStatusOut:
    def count(model: type[TeamOwned], *where: ColumnElement[bool]) -> ScalarSelect[int]:
        return in_team(select(func.count()).select_from(model), model, scope).where(*where).scalar_subquery()

    row = (
        await db.execute(
            select(
                count(SearchDocument).label("documents"),
                count(SearchEmbedding, SearchEmbedding.model == provider.model).label("embedded"),
                count(EmbeddingJob).label("pending"),
                count(EmbeddingJob, EmbeddingJob.attempts > 0).label("failing"),
            )
        )
    ).one()
    return EmbeddingStatusOut(
        model=provider.model,
        dimensions=provider.dimensions,
        documents=row.documents,
        embedded=row.embedded,
        pending=row.pending,
        failing=row.failing,
    )
