"""The in-process job scheduler: APScheduler 3 (asyncio) in every API process, jobs run on one.

Domains register jobs (`add_job`) with an APScheduler trigger before `start()`. Each process runs
APScheduler; a job only does its work in the process that is the *leader*:

- Leadership is a PostgreSQL session-level advisory lock (`pg_try_advisory_lock`) held on a
  dedicated connection of its own (not from the pool). Every SCHEDULER_LEADER_POLL_SECONDS each
  process calls `elect()`: the leader checks that its connection still answers, the others try to
  take the lock.
- When the leader's process dies, PostgreSQL closes its connection and frees the lock; when its
  machine or network dies, TCP keepalives on that connection (5 s idle, then 3 probes 5 s apart,
  asked of the server per connection) end it within about 20 s. Another process takes the lock at
  its next poll: within 30 s with the default poll of 5 s.
- A leader that finds its connection gone steps down at once (before running a job it checks the
  connection) and stands back for two polls, so that another process takes over rather than the
  same one again on a flapping connection. Two processes run a job at the same time only around a
  hand-over, in the moments before the old leader notices. Jobs are written for that: maintenance
  runs have a unique key per schedule and due time.
- `stop()` releases the lock, so a restart hands over without waiting.

SCHEDULER_ENABLED=false starts nothing (tests call `elect()` and `run()` themselves).
"""

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import asyncpg

from app.core.logging import get_logger

log = get_logger(__name__)

# "rfsched" in ASCII: the one advisory lock key of the scheduler, in every database of the app.
LEADER_LOCK_KEY = 0x72_66_73_63_68_65_64
CONNECT_TIMEOUT = 10.0
QUERY_TIMEOUT = 5.0
# Server-side keepalives on the leader's connection: a vanished leader is noticed within ~20 s.
KEEPALIVES = {"tcp_keepalives_idle": "5", "tcp_keepalives_interval": "5", "tcp_keepalives_count": "3"}
# A connection that PostgreSQL ended mid-operation also fails with asyncpg's InternalClientError.
DATABASE_ERRORS = (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError, asyncpg.InternalClientError)

JobFunc = Callable[[], Awaitable[object]]


@dataclass(frozen=True)
class Job:
    id: str
    func: JobFunc
    trigger: Any  # an APScheduler trigger: IntervalTrigger, CronTrigger


class Scheduler:
    def __init__(self, dsn: str, *, poll_seconds: float = 5.0, lock_key: int = LEADER_LOCK_KEY) -> None:
        self._dsn = dsn
        self._poll_seconds = poll_seconds
        self._lock_key = lock_key
        self._jobs: dict[str, Job] = {}
        self._connection: asyncpg.Connection | None = None
        self._leader = False
        self._guard = asyncio.Lock()  # one query at a time on the connection
        self._stand_back_until = 0.0  # after losing the lock to an error: let the others take it
        self._scheduler: Any = None

    @property
    def is_leader(self) -> bool:
        return self._leader

    @property
    def jobs(self) -> list[str]:
        return list(self._jobs)

    def add_job(self, job_id: str, func: JobFunc, trigger: Any) -> None:
        """Register a job (before `start()`); it runs on the leader only, never twice at once here."""
        if job_id in self._jobs:
            raise ValueError(f"job {job_id!r} is registered already")
        self._jobs[job_id] = Job(job_id, func, trigger)

    # --- leadership -----------------------------------------------------------------------------

    async def _drop(self) -> None:
        connection, self._connection, self._leader = self._connection, None, False
        if connection is not None:
            with contextlib.suppress(*DATABASE_ERRORS):
                await asyncio.wait_for(connection.close(), QUERY_TIMEOUT)
            connection.terminate()

    async def elect(self) -> bool:
        """Keep or try to take the leadership; whether this process leads now."""
        async with self._guard:
            was_leader = self._leader
            if self._connection is not None and self._connection.is_closed():
                self._lost("connection_closed")
            if not self._leader and time.monotonic() < self._stand_back_until:
                return False
            try:
                if self._connection is None:
                    self._connection = await asyncpg.connect(
                        self._dsn,
                        timeout=CONNECT_TIMEOUT,
                        server_settings={**KEEPALIVES, "application_name": "rf-scheduler"},
                    )
                if self._leader:
                    await self._connection.fetchval("SELECT 1", timeout=QUERY_TIMEOUT)
                else:
                    self._leader = bool(
                        await self._connection.fetchval(
                            "SELECT pg_try_advisory_lock($1)", self._lock_key, timeout=QUERY_TIMEOUT
                        )
                    )
            except Exception as exc:  # whatever went wrong, this process cannot be sure it leads
                self._lost(type(exc).__name__)
                await self._drop()
            if self._leader != was_leader:
                log.info("scheduler_leadership", extra={"leader": self._leader})
            return self._leader

    def _lost(self, reason: str) -> None:
        """The connection is gone: not the leader any more, and a leader stands back for two polls."""
        log.warning("scheduler_connection_lost", extra={"error": reason})
        if self._leader:
            self._stand_back_until = time.monotonic() + 2 * self._poll_seconds
        self._leader = False
        if self._connection is not None:
            self._connection.terminate()
            self._connection = None

    async def resign(self) -> None:
        """Give the leadership up (and the connection), e.g. when the process stops."""
        async with self._guard:
            if self._leader and self._connection is not None and not self._connection.is_closed():
                with contextlib.suppress(*DATABASE_ERRORS):
                    await self._connection.fetchval(
                        "SELECT pg_advisory_unlock($1)", self._lock_key, timeout=QUERY_TIMEOUT
                    )
            await self._drop()

    # --- jobs -----------------------------------------------------------------------------------

    async def run(self, job_id: str) -> bool:
        """Run a job now if this process leads (checked on the connection first); whether it ran.
        A job's failure is logged: the next trigger tries again."""
        if not self._leader or not await self.elect():
            return False
        try:
            await self._jobs[job_id].func()
        except Exception as exc:
            log.error("scheduled_job_failed", exc_info=exc, extra={"job": job_id, "error": type(exc).__name__})
        return True

    async def start(self) -> None:
        """Start APScheduler: the leadership poll and every registered job."""
        from apscheduler.schedulers.asyncio import AsyncIOScheduler
        from apscheduler.triggers.interval import IntervalTrigger

        await self.elect()
        scheduler = AsyncIOScheduler()
        scheduler.add_job(
            self.elect, IntervalTrigger(seconds=self._poll_seconds), id="scheduler.leadership", max_instances=1
        )
        for job in self._jobs.values():
            scheduler.add_job(
                self.run,
                job.trigger,
                args=[job.id],
                id=job.id,
                max_instances=1,
                coalesce=True,
                misfire_grace_time=None,
            )
        scheduler.start()
        self._scheduler = scheduler

    async def stop(self) -> None:
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
        await self.resign()

    def next_run(self, job_id: str) -> Any:
        """When APScheduler runs the job next (None before `start()`)."""
        job = None if self._scheduler is None else self._scheduler.get_job(job_id)
        return None if job is None else job.next_run_time
