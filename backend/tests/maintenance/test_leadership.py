"""Two API processes' schedulers against one committed database: only the leader creates runs; a double
fire (both ticking at once, as around a hand-over) still makes one run; killing the leader hands over."""

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from app.core.clock import utcnow
from app.core.config import to_libpq_url
from app.core.db import create_engine, create_sessionmaker
from app.core.email import Mailer
from app.core.scheduler import Scheduler
from app.maintenance.models import Run, Schedule
from app.maintenance.scheduler import MaintenanceJob
from tests.conftest import LiveApp
from tests.core.test_scheduler import kill_connection
from tests.factories import auth_headers
from tests.maintenance.helpers import scheduled_with_targets


class Replica:
    """An API process's part in this: its own engine, maintenance job and scheduler."""

    def __init__(self, live: LiveApp) -> None:
        settings = live.app.state.settings
        self.engine: AsyncEngine = create_engine(settings)
        self.job = MaintenanceJob(settings, create_sessionmaker(self.engine), Mailer(settings))
        self.scheduler = Scheduler(to_libpq_url(live.url), poll_seconds=0.05)
        self.scheduler.add_job("maintenance", self.job.tick, IntervalTrigger(seconds=60))

    async def close(self) -> None:
        await self.scheduler.stop()
        await self.engine.dispose()


@pytest.fixture
async def replicas(live: LiveApp) -> AsyncIterator[tuple[Replica, Replica]]:
    pair = (Replica(live), Replica(live))
    yield pair
    for replica in pair:
        await replica.close()


async def _due_now(live: LiveApp, *schedule_ids: str) -> None:
    async with live.app.state.sessionmaker() as db:
        await db.execute(
            update(Schedule).where(Schedule.id.in_(schedule_ids)).values(next_due_at=utcnow() - timedelta(seconds=1))
        )
        await db.commit()


async def _run_count(live: LiveApp, schedule_id: str) -> int:
    async with live.app.state.sessionmaker() as db:
        return (await db.execute(select(func.count()).where(Run.schedule_id == schedule_id))).scalar_one()


async def test_only_the_leader_creates_runs_and_a_double_fire_makes_one(
    live: LiveApp, replicas: tuple[Replica, Replica]
) -> None:
    headers = await auth_headers(live.client, live.members["engineer"])
    _, first_schedule = await scheduled_with_targets(live.client, headers, 20)
    _, second_schedule = await scheduled_with_targets(live.client, headers, 20)
    leader, follower = replicas
    assert (await leader.scheduler.elect(), await follower.scheduler.elect()) == (True, False)

    await _due_now(live, first_schedule["id"])
    ran = await asyncio.gather(leader.scheduler.run("maintenance"), follower.scheduler.run("maintenance"))
    assert ran == [True, False]
    assert await _run_count(live, first_schedule["id"]) == 1

    # Both ticking at the same moment (a hand-over): the schedule row is taken by one, the unique key
    # guards the rest.
    await _due_now(live, second_schedule["id"])
    results = await asyncio.gather(leader.job.tick(), follower.job.tick(), leader.job.tick())
    assert sum(len(result.created) for result in results) == 1
    assert await _run_count(live, second_schedule["id"]) == 1


async def test_killing_the_leader_hands_the_runs_over(live: LiveApp, replicas: tuple[Replica, Replica]) -> None:
    headers = await auth_headers(live.client, live.members["engineer"])
    _, schedule = await scheduled_with_targets(live.client, headers, 5)
    leader, follower = replicas
    assert await leader.scheduler.elect()
    assert not await follower.scheduler.elect()

    await kill_connection(to_libpq_url(live.url), leader.scheduler)
    for _ in range(100):
        if await follower.scheduler.elect():
            break
        await asyncio.sleep(0.02)
    assert follower.scheduler.is_leader

    await _due_now(live, schedule["id"])
    ran: list[Any] = await asyncio.gather(leader.scheduler.run("maintenance"), follower.scheduler.run("maintenance"))
    assert ran == [False, True]
    assert await _run_count(live, schedule["id"]) == 1
