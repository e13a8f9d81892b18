"""The background task that embeds search documents, one per API process.

It sleeps until `NOTIFY rf_embeddings` (sent on commit by the enqueue trigger, from whichever
replica made the change) or the poll interval, then processes batches until no job is due. Jobs are
claimed with SKIP LOCKED, so several replicas share the queue. Lost database connections and
provider failures are logged and retried with backoff; the task ends only when the app stops.
"""

import asyncio
import contextlib
from typing import Any

import asyncpg
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.config import Settings, to_libpq_url
from app.core.logging import get_logger
from app.embeddings import service
from app.embeddings.providers import EmbeddingProvider

log = get_logger(__name__)

CHANNEL = "rf_embeddings"
RETRY_DELAY_MIN = 0.5
RETRY_DELAY_MAX = 30.0


class EmbeddingWorker:
    def __init__(
        self, settings: Settings, sessionmaker: async_sessionmaker[AsyncSession], provider: EmbeddingProvider
    ) -> None:
        assert settings.database_url is not None  # the app cannot start without one
        self._dsn = to_libpq_url(settings.database_url)
        self._sessionmaker = sessionmaker
        self._provider = provider
        self._batch_size = settings.embedding_batch_size
        self._poll_seconds = settings.embedding_poll_seconds
        self._wake = asyncio.Event()
        self._listener: asyncpg.Connection | None = None
        self._task: asyncio.Task[None] | None = None
        self._stale_enqueued = False

    def _on_notification(self, _conn: Any, _pid: int, _channel: str, _payload: str) -> None:
        self._wake.set()

    def _on_listener_lost(self, _conn: Any) -> None:
        self._listener = None
        self._wake.set()  # reconnect (and catch up) at once

    async def _listen(self) -> None:
        if self._listener is not None and not self._listener.is_closed():
            return
        connection = await asyncpg.connect(self._dsn)
        try:
            await connection.add_listener(CHANNEL, self._on_notification)
        except BaseException:
            await connection.close()
            raise
        connection.add_termination_listener(self._on_listener_lost)
        self._listener = connection

    async def _drain(self) -> None:
        async with self._sessionmaker() as db:
            if not self._stale_enqueued:
                # After a switch of provider, documents without a vector of the new model get one.
                enqueued = await service.enqueue_stale(db, self._provider.model)
                self._stale_enqueued = True
                if enqueued:
                    log.info("embeddings_enqueued_stale", extra={"documents": enqueued, "model": self._provider.model})
            while (result := await service.process_batch(db, self._provider, batch_size=self._batch_size)).claimed:
                log.info(
                    "embeddings_batch",
                    extra={
                        "embedded": result.embedded,
                        "unchanged": result.unchanged,
                        "failed": result.failed,
                        "model": self._provider.model,
                    },
                )

    async def _sleep(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), timeout=seconds)

    async def _run(self) -> None:
        delay = RETRY_DELAY_MIN
        while True:
            # Cleared before the pass: a notification that arrives during it triggers another one.
            self._wake.clear()
            try:
                await self._listen()
                await self._drain()
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, SQLAlchemyError) as exc:
                log.warning("embedding_worker_database_error", extra={"error": type(exc).__name__})
            except Exception as exc:
                log.error("embedding_worker_error", exc_info=exc, extra={"error": type(exc).__name__})
            else:
                delay = RETRY_DELAY_MIN
                await self._sleep(self._poll_seconds)
                continue
            await asyncio.sleep(delay)
            delay = min(delay * 2, RETRY_DELAY_MAX)

    async def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="embedding-worker")

    async def stop(self) -> None:
        """Cancel the task: every step is its own transaction, and claimed jobs come back after
        their lease."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        listener, self._listener = self._listener, None
        if listener is not None and not listener.is_closed():
            await listener.close()
