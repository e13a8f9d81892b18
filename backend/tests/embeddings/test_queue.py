"""The embedding queue: the trigger enqueues, batches embed and skip what is unchanged, failures back
off, a change made during embedding is never lost, and a model change re-embeds."""

import importlib.util
import uuid
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.embeddings import service
from app.embeddings.models import EmbeddingJob
from app.embeddings.providers import EmbeddingProvider, WordLlamaProvider
from app.search.models import SearchDocument
from tests.embeddings.conftest import VOYAGE_KEY, Library, jobs, vectors, voyage_provider
from tests.factories import Member
from tests.fakes.voyage import FakeVoyage

MIGRATION = Path(__file__).parents[2] / "migrations" / "versions" / "20261123_0007_embeddings.py"


class Recording:
    """A provider wrapper: records the texts it is asked for, can run a hook while "embedding", and
    can pose as another model."""

    def __init__(self, inner: EmbeddingProvider, model: str | None = None) -> None:
        self.inner = inner
        self.model = model or inner.model
        self.dimensions = inner.dimensions
        self.texts: list[str] = []
        self.during: Callable[[], Awaitable[None]] | None = None

    async def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        self.texts += texts
        if self.during is not None:
            await self.during()
        return await self.inner.embed_documents(texts)

    async def embed_query(self, text_: str) -> list[float]:
        return await self.inner.embed_query(text_)


async def _seconds_until_due(db: AsyncSession, document_id: uuid.UUID) -> float:
    stmt = select(func.extract("epoch", EmbeddingJob.run_after - func.now())).where(
        EmbeddingJob.document_id == document_id
    )
    return float((await db.execute(stmt)).scalar_one())


async def _make_due(db: AsyncSession) -> None:
    await db.execute(update(EmbeddingJob).values(run_after=func.now()))
    await db.commit()


async def _set_body(db: AsyncSession, document_id: uuid.UUID, body: str) -> None:
    await db.execute(update(SearchDocument).where(SearchDocument.id == document_id).values(body=body))
    await db.commit()


# --- the trigger -----------------------------------------------------------------------------------


async def test_new_documents_are_enqueued(library: Library, db: AsyncSession, engineer: Member) -> None:
    step = await library.step("Restart the print spooler", "net stop spooler", tags=["printing"])
    flow = await library.flow("Printer offline")

    queued = await jobs(db)
    assert set(queued) == {step, flow}
    assert {(job.team_id, job.attempts, job.last_error) for job in queued.values()} == {(engineer.team.id, 0, None)}
    assert await _seconds_until_due(db, step) <= 0


async def test_only_a_change_of_title_tags_or_body_enqueues(library: Library, db: AsyncSession) -> None:
    document = await library.step("Restart the print spooler", "net stop spooler", tags=["printing"])
    await db.execute(delete(EmbeddingJob))

    # The search index rewrites every column on each save; unchanged text must not count.
    await db.execute(update(SearchDocument).values(kind="question", version=3, updated_at=func.now()))
    await db.execute(
        update(SearchDocument).values(title=SearchDocument.title, tags=SearchDocument.tags, body=SearchDocument.body)
    )
    assert await jobs(db) == {}

    for change in ({"title": "Restart the spooler"}, {"tags": "printing spooler"}, {"body": "net stop spooler /y"}):
        await db.execute(update(SearchDocument).where(SearchDocument.id == document).values(**change))
        assert set(await jobs(db)) == {document}, change
        await db.execute(delete(EmbeddingJob))

    response = await library.client.patch(
        f"/api/v1/steps/{await _step_id(db, document)}", json={"title": "Renamed"}, headers=library.headers
    )
    assert response.status_code == 200
    assert set(await jobs(db)) == {document}


async def _step_id(db: AsyncSession, document_id: uuid.UUID) -> uuid.UUID:
    stmt = select(SearchDocument.step_id).where(SearchDocument.id == document_id)
    step_id: uuid.UUID = (await db.execute(stmt)).scalar_one()
    return step_id


async def test_a_new_change_restamps_the_job_and_forgets_its_failures(library: Library, db: AsyncSession) -> None:
    document = await library.step("Clear the DNS cache", "ipconfig /flushdns")
    before = (await jobs(db))[document].enqueued_at
    await db.execute(
        update(EmbeddingJob).values(
            attempts=4, last_error="ServerError (HTTP 500)", run_after=func.now() + text("interval '1 hour'")
        )
    )

    await _set_body(db, document, "ipconfig /flushdns && ipconfig /registerdns")

    job = (await jobs(db))[document]
    assert (job.attempts, job.last_error) == (0, None)
    assert job.enqueued_at > before
    assert await _seconds_until_due(db, document) <= 0


async def test_migration_backfill_enqueues_every_existing_document(library: Library, db: AsyncSession) -> None:
    documents = {await library.step("One"), await library.step("Two"), await library.flow("Three")}
    await db.execute(delete(EmbeddingJob))
    spec = importlib.util.spec_from_file_location("migration_0007", MIGRATION)
    assert spec is not None
    assert spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)

    await db.execute(text(migration.BACKFILL))

    queued = await jobs(db)
    assert set(queued) == documents
    assert {job.attempts for job in queued.values()} == {0}


# --- processing ------------------------------------------------------------------------------------


async def test_a_batch_embeds_records_the_model_and_drops_the_jobs(
    library: Library, db: AsyncSession, wordllama: WordLlamaProvider, engineer: Member
) -> None:
    step = await library.step("Restart the print spooler", "net stop spooler", tags=["printing", "windows"])
    flow = await library.flow("Printer offline")

    result = await service.process_batch(db, wordllama, batch_size=10)

    assert (result.claimed, result.embedded, result.unchanged, result.failed) == (2, 2, 0, 0)
    assert await jobs(db) == {}
    stored = await vectors(db)
    assert set(stored) == {step, flow}
    row = stored[step]
    assert (row.model, row.dimensions, row.team_id) == ("wordllama/l2_supercat-256", 256, engineer.team.id)
    assert len(row.embedding) == 256
    document = (await db.execute(select(SearchDocument).where(SearchDocument.id == step))).scalar_one()
    assert document.tags == "printing windows"
    text_ = service.document_text(document.title, document.tags, document.body)
    assert text_.startswith("Restart the print spooler\nprinting windows\nnet stop spooler")
    assert row.content_hash == service.content_hash(text_)
    assert await service.process_batch(db, wordllama, batch_size=10) == service.BatchResult()


async def test_long_text_is_truncated() -> None:
    text_ = service.document_text("Title", "tags", "x" * 50_000)

    assert len(text_) == service.MAX_TEXT_CHARS
    assert text_.startswith("Title\ntags\nxxx")


async def test_unchanged_text_is_not_sent_to_the_model_again(
    library: Library, db: AsyncSession, wordllama: WordLlamaProvider
) -> None:
    document = await library.step("Map a network drive", "net use Z: \\\\server\\share")
    provider = Recording(wordllama)
    await service.process_batch(db, provider, batch_size=10)
    embedded_at = (await vectors(db))[document].embedded_at

    await _set_body(db, document, "changed")
    await _set_body(db, document, "net use Z: \\\\server\\share")  # and back: a job, same text
    result = await service.process_batch(db, provider, batch_size=10)

    assert (result.claimed, result.embedded, result.unchanged) == (1, 0, 1)
    assert len(provider.texts) == 1
    assert await jobs(db) == {}
    assert (await vectors(db))[document].embedded_at == embedded_at


async def test_claimed_jobs_are_leased_while_the_provider_works(
    library: Library, db: AsyncSession, wordllama: WordLlamaProvider
) -> None:
    document = await library.step("Check the event log")
    provider = Recording(wordllama)
    seen: dict[str, object] = {}

    async def meanwhile() -> None:
        seen["seconds_until_due"] = await _seconds_until_due(db, document)
        seen["another_worker"] = await service.process_batch(db, wordllama, batch_size=10)

    provider.during = meanwhile
    await service.process_batch(db, provider, batch_size=10)

    assert seen["seconds_until_due"] == pytest.approx(service.LEASE.total_seconds(), abs=5)
    assert seen["another_worker"] == service.BatchResult()
    assert await jobs(db) == {}


async def test_a_change_made_while_embedding_is_not_lost(
    library: Library, db: AsyncSession, wordllama: WordLlamaProvider
) -> None:
    document = await library.step("Reset the VPN adapter", "old text")
    provider = Recording(wordllama)

    async def edit() -> None:
        provider.during = None
        await _set_body(db, document, "new text")

    provider.during = edit
    result = await service.process_batch(db, provider, batch_size=10)

    # The old text's vector is not written over the new text, and the re-stamped job stays due.
    assert result.embedded == 1
    assert document not in await vectors(db)
    assert set(await jobs(db)) == {document}
    assert await _seconds_until_due(db, document) <= 0

    await service.process_batch(db, provider, batch_size=10)
    assert await jobs(db) == {}
    expected = service.content_hash(service.document_text("Reset the VPN adapter", "", "new text"))
    assert (await vectors(db))[document].content_hash == expected


async def test_provider_failures_back_off_with_a_secret_free_error(
    library: Library, db: AsyncSession, voyage: FakeVoyage
) -> None:
    document = await library.step("Renew the DHCP lease", "ipconfig /renew")
    provider = voyage_provider(voyage)
    voyage.fail_next(500, times=2)

    first = await service.process_batch(db, provider, batch_size=10)
    job = (await jobs(db))[document]
    assert (first.claimed, first.failed, first.error) == (1, 1, "Voyage AI: ServerError (HTTP 500)")
    assert (job.attempts, job.last_error) == (1, "Voyage AI: ServerError (HTTP 500)")
    assert await _seconds_until_due(db, document) == pytest.approx(30, abs=5)
    assert await service.process_batch(db, provider, batch_size=10) == service.BatchResult(), "not due yet"

    await _make_due(db)
    await service.process_batch(db, provider, batch_size=10)
    assert (await jobs(db))[document].attempts == 2
    assert await _seconds_until_due(db, document) == pytest.approx(60, abs=5)

    await db.execute(update(EmbeddingJob).values(attempts=20))
    await _make_due(db)
    voyage.fail_next(429)
    await service.process_batch(db, provider, batch_size=10)
    job = (await jobs(db))[document]
    assert job.last_error == "Voyage AI: RateLimitError (HTTP 429)"
    assert await _seconds_until_due(db, document) == pytest.approx(service.BACKOFF_CAP_SECONDS, abs=5)
    assert VOYAGE_KEY not in (job.last_error or "")

    await _make_due(db)
    result = await service.process_batch(db, provider, batch_size=10)
    assert result.embedded == 1
    assert await jobs(db) == {}
    stored = (await vectors(db))[document]
    assert (stored.model, stored.dimensions, len(stored.embedding)) == ("voyage/voyage-3.5-1024", 1024, 1024)


async def test_a_failure_does_not_touch_a_job_restamped_meanwhile(
    library: Library, db: AsyncSession, voyage: FakeVoyage
) -> None:
    document = await library.step("Flush the ARP cache", "arp -d *")
    provider = Recording(voyage_provider(voyage))

    async def edit_then_fail() -> None:
        await _set_body(db, document, "netsh interface ip delete arpcache")
        voyage.fail_next(500)

    provider.during = edit_then_fail
    result = await service.process_batch(db, provider, batch_size=10)

    assert result.failed == 1
    job = (await jobs(db))[document]
    assert (job.attempts, job.last_error) == (0, None)
    assert await _seconds_until_due(db, document) <= 0


async def test_unchanged_documents_finish_even_when_the_provider_fails(
    library: Library, db: AsyncSession, voyage: FakeVoyage
) -> None:
    provider = voyage_provider(voyage)
    unchanged = await library.step("Unchanged")
    await service.process_batch(db, provider, batch_size=10)
    await _set_body(db, unchanged, "x")
    await _set_body(db, unchanged, "")
    changed = await library.step("New")
    voyage.fail_next(500)

    result = await service.process_batch(db, provider, batch_size=10)

    assert (result.claimed, result.unchanged, result.failed) == (2, 1, 1)
    assert set(await jobs(db)) == {changed}


async def test_deleting_a_document_drops_its_job_and_vector(
    library: Library, db: AsyncSession, wordllama: WordLlamaProvider
) -> None:
    embedded = await library.step("Embedded")
    await service.process_batch(db, wordllama, batch_size=10)
    queued = await library.step("Queued")

    await db.execute(delete(SearchDocument).where(SearchDocument.id.in_([embedded, queued])))

    assert await jobs(db) == {}
    assert await vectors(db) == {}


# --- re-embedding ----------------------------------------------------------------------------------


async def test_reembed_after_a_model_change_reports_progress(
    library: Library, db: AsyncSession, wordllama: WordLlamaProvider
) -> None:
    documents = {await library.step("One"), await library.step("Two"), await library.flow("Three")}
    old = Recording(wordllama, model="wordllama/previous-256")
    await service.process_batch(db, old, batch_size=10)
    assert {row.model for row in (await vectors(db)).values()} == {"wordllama/previous-256"}

    new = Recording(wordllama)
    progress: list[tuple[int, int]] = []
    result = await service.reembed(db, new, batch_size=2, progress=lambda done, total: progress.append((done, total)))

    assert (result.enqueued, result.embedded, result.failed) == (3, 3, 0)
    assert progress == [(2, 3), (3, 3)]
    assert {row.model for row in (await vectors(db)).values()} == {"wordllama/l2_supercat-256"}
    assert set(await vectors(db)) == documents

    again = await service.reembed(db, new, progress=lambda *_: progress.append((-1, -1)))
    assert (again.enqueued, again.embedded) == (0, 0)
    assert progress[-1] == (3, 3)

    new.texts.clear()
    everything = await service.reembed(db, new, everything=True)
    assert (everything.enqueued, everything.embedded, everything.unchanged) == (3, 3, 0)
    assert len(new.texts) == 3


async def test_enqueue_stale_leaves_queued_jobs_alone_unless_told_to_reset(library: Library, db: AsyncSession) -> None:
    document = await library.step("Queued and failing")
    await db.execute(
        update(EmbeddingJob).values(attempts=3, last_error="Timeout", run_after=func.now() + text("interval '1 hour'"))
    )

    assert await service.enqueue_stale(db, "wordllama/l2_supercat-256") == 0
    assert (await jobs(db))[document].attempts == 3

    assert await service.enqueue_stale(db, "wordllama/l2_supercat-256", reset=True) == 1
    job = (await jobs(db))[document]
    assert (job.attempts, job.last_error) == (0, None)
    assert await _seconds_until_due(db, document) <= 0
