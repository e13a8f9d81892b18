"""The background task that retries note pushes, one per API process.

Pushes are claimed with SKIP LOCKED and a lease (`pushes.claim_due`), so several replicas share the
queue and the pushes of a process that died are picked up once their lease runs out. After each
pass the task sleeps until the next push is due (at most the poll interval), or until a request of
this process leaves a push for a retry. Database and unexpected errors are logged and retried with
backoff; the task ends only when the app stops.
"""

import asyncio
import contextlib

import asyncpg
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.clock import utcnow
from app.core.logging import get_logger
from app.psa import pushes
from app.psa.runtime import PsaRuntime

log = get_logger(__name__)

RETRY_DELAY_MIN = 0.5
RETRY_DELAY_MAX = 30.0
MIN_SLEEP = 0.05


class PsaPushWorker:
    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession], runtime: PsaRuntime) -> None:
        self._sessionmaker = sessionmaker
        self._runtime = runtime
        self._poll_seconds = runtime.settings.psa_push_poll_seconds
        self._task: asyncio.Task[None] | None = None

    async def _drain(self) -> float:
        """Attempt everything due; seconds until the next push is due (at most the poll interval)."""
        async with self._sessionmaker() as db:
            while await pushes.process_due(db, self._runtime):
                pass
            due = await pushes.next_due(db)
        if due is None:
            return self._poll_seconds
        return min(max((due - utcnow()).total_seconds(), MIN_SLEEP), self._poll_seconds)

    async def _sleep(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._runtime.retry_scheduled.wait(), timeout=seconds)

    async def _run(self) -> None:
        delay = RETRY_DELAY_MIN
        while True:
            self._runtime.retry_scheduled.clear()
            try:
                sleep = await self._drain()
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, SQLAlchemyError) as exc:
                log.warning("psa_push_worker_database_error", extra={"error": type(exc).__name__})
            except Exception as exc:
                log.error("psa_push_worker_error", exc_info=exc, extra={"error": type(exc).__name__})
            else:
                delay = RETRY_DELAY_MIN
                await self._sleep(sleep)
                continue
            await asyncio.sleep(delay)
            delay = min(delay * 2, RETRY_DELAY_MAX)

    async def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="psa-push-worker")

    async def stop(self) -> None:
        """Cancel the task: an attempt cut short keeps its claim until the lease runs out, and a
        post that may have gone out is `in_flight`, so whoever attempts next looks first."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
