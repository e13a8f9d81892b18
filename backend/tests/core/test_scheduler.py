"""The in-process scheduler's leadership, with several instances against one database (each instance is an
API process): one leads, only it runs jobs, killing its connection hands over, resigning hands over at once."""

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Callable
from typing import Any

import asyncpg
import pytest
from apscheduler.triggers.interval import IntervalTrigger

from app.core.config import to_libpq_url
from app.core.scheduler import Scheduler

POLL = 0.05


@pytest.fixture
async def url(create_database: Any) -> str:
    created: str = await asyncio.to_thread(create_database, "rf_scheduler")
    return to_libpq_url(created)


@pytest.fixture
async def schedulers(url: str) -> AsyncIterator[Callable[[], Scheduler]]:
    made: list[Scheduler] = []

    def make() -> Scheduler:
        scheduler = Scheduler(url, poll_seconds=POLL)
        made.append(scheduler)
        return scheduler

    yield make
    for scheduler in made:
        await scheduler.stop()


async def kill_connection(url: str, scheduler: Scheduler) -> None:
    """What a crash of the leader's process (or of its machine) does to its session: PostgreSQL ends it."""
    assert scheduler._connection is not None
    pid = scheduler._connection.get_server_pid()
    admin = await asyncpg.connect(url)
    try:
        assert await admin.fetchval("SELECT pg_terminate_backend($1)", pid)
    finally:
        await admin.close()


async def eventually(check: Callable[[], Any], seconds: float = 30.0) -> None:
    for _ in range(int(seconds / 0.02)):
        result = check()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return
        await asyncio.sleep(0.02)
    raise AssertionError("not within the time allowed")


async def test_one_instance_leads_and_only_it_runs_jobs(url: str, schedulers: Callable[[], Scheduler]) -> None:
    ran: Counter[str] = Counter()
    first, second = schedulers(), schedulers()
    for name, scheduler in (("first", first), ("second", second)):

        async def job(name: str = name) -> None:
            ran[name] += 1

        scheduler.add_job("count", job, IntervalTrigger(seconds=60))

    assert (await first.elect(), await second.elect()) == (True, False)
    assert (await first.run("count"), await second.run("count")) == (True, False)
    assert ran == {"first": 1}

    await kill_connection(url, first)
    await eventually(second.elect)  # the lock is free once PostgreSQL has ended the session
    assert second.is_leader
    assert await first.run("count") is False  # it finds its connection gone and steps down
    assert (first.is_leader, await first.elect()) == (False, False)
    assert await second.run("count") is True
    assert ran == {"first": 1, "second": 1}


async def test_resigning_hands_over_at_once(schedulers: Callable[[], Scheduler]) -> None:
    first, second = schedulers(), schedulers()
    assert await first.elect()
    assert not await second.elect()
    await first.resign()
    assert await second.elect()
    assert not await first.elect()


async def test_a_failing_job_is_logged_and_the_leader_stays(
    schedulers: Callable[[], Scheduler], captured_logs: Any
) -> None:
    scheduler = schedulers()

    async def broken() -> None:
        raise RuntimeError("boom")

    scheduler.add_job("broken", broken, IntervalTrigger(seconds=60))
    assert await scheduler.elect()
    assert await scheduler.run("broken")
    assert scheduler.is_leader
    assert '"event": "scheduled_job_failed"' in captured_logs.text
    with pytest.raises(ValueError, match="registered already"):
        scheduler.add_job("broken", broken, IntervalTrigger(seconds=60))


async def test_with_apscheduler_running_the_jobs_move_to_the_survivor(
    url: str, schedulers: Callable[[], Scheduler]
) -> None:
    """Both instances run APScheduler with a 50 ms poll and job; only the leader's job does anything,
    and when the leader's connection dies the other one's starts within a few polls."""
    ran: Counter[str] = Counter()
    first, second = schedulers(), schedulers()
    for name, scheduler in (("first", first), ("second", second)):

        async def job(name: str = name) -> None:
            ran[name] += 1

        scheduler.add_job("count", job, IntervalTrigger(seconds=POLL))
    await first.start()
    await second.start()

    await eventually(lambda: ran["first"] >= 3)
    assert ran["second"] == 0
    assert first.next_run("count") is not None

    await kill_connection(url, first)
    await eventually(lambda: ran["second"] >= 3)
    before = ran["first"]
    await asyncio.sleep(POLL * 4)
    assert ran["first"] == before  # the old leader stepped down
    assert (first.is_leader, second.is_leader) == (False, True)
