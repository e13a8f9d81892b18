"""The maintenance job on its own (the scheduler calls it on the leader): due runs created once, catch-up
after a downtime per policy, skipped occurrences, e-mails when a run is created and when it is overdue."""

from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from app.core.email import Mailer
from app.maintenance.models import Run, Schedule
from app.maintenance.scheduler import MaintenanceJob
from tests.conftest import Mailbox
from tests.factories import Factory, Member, auth_headers
from tests.maintenance.helpers import RUNS, SCHEDULES, schedule_body, scheduled_with_targets
from tests.sessions.helpers import FLOWS, Json


@pytest.fixture
async def engineer(factory: Factory) -> Member:
    return await factory.member(role="engineer")


@pytest.fixture
async def headers(client, engineer: Member) -> dict[str, str]:
    return await auth_headers(client, engineer)


@pytest.fixture
def job(settings, sessionmaker) -> MaintenanceJob:
    return MaintenanceJob(settings, sessionmaker, Mailer(settings))


async def _runs(db, schedule_id: str) -> list[Run]:
    stmt = select(Run).where(Run.schedule_id == schedule_id).order_by(Run.due_at)
    return list((await db.execute(stmt)).scalars())


def _at(schedule: Json) -> datetime:
    return datetime.fromisoformat(schedule["next_due_at"])


async def test_a_due_schedule_gets_its_run_once_and_moves_on(
    client, db, job: MaintenanceJob, headers: dict[str, str], mailbox: Mailbox, engineer: Member
) -> None:
    _, schedule = await scheduled_with_targets(client, headers, 3)
    due_at = _at(schedule)

    assert (await job.tick(due_at - timedelta(seconds=1))).created == []
    first = await job.tick(due_at + timedelta(seconds=20))
    second = await job.tick(due_at + timedelta(seconds=50))  # a double fire: nothing more

    assert (len(first.created), first.skipped, second.created, second.skipped) == (1, 0, [], 0)
    runs = await _runs(db, schedule["id"])
    assert [(run.id, run.due_at, run.trigger, run.missed, run.target_count) for run in runs] == [
        (first.created[0], due_at, "schedule", 0, 3)
    ]
    after = (await client.get(f"{SCHEDULES}/{schedule['id']}", headers=headers)).json()
    assert after["next_due_at"] == schedule["next_occurrences"][1]
    mail = mailbox.last_to(engineer.email)
    assert mail["Subject"] == "Maintenance due: Server check (3 targets)"
    assert f"/maintenance/runs/{runs[0].id}" in mail.get_payload(decode=True).decode()


async def test_the_unique_key_holds_even_if_the_schedule_is_handled_twice(
    client, db, job: MaintenanceJob, headers: dict[str, str]
) -> None:
    """A take-over between replicas: the new leader sees the old next due time again."""
    _, schedule = await scheduled_with_targets(client, headers, 2)
    due_at = _at(schedule)
    await job.tick(due_at)
    row = await db.get(Schedule, schedule["id"])
    row.next_due_at = due_at  # as if the first leader died before its commit was seen
    await db.commit()
    again = await job.tick(due_at + timedelta(seconds=5))
    assert again.created == []
    assert len(await _runs(db, schedule["id"])) == 1
    assert (await db.get(Schedule, schedule["id"], populate_existing=True)).next_due_at > due_at


@pytest.mark.parametrize(("policy", "runs", "skipped"), [("once", 1, 2), ("skip", 0, 3)])
async def test_after_a_downtime_across_due_times_catch_up_follows_the_policy(
    client, db, job: MaintenanceJob, headers: dict[str, str], policy: str, runs: int, skipped: int
) -> None:
    """Daily at 08:00 with the scheduler stopped for three due times (and back an hour after the third)."""
    _, schedule = await scheduled_with_targets(
        client, headers, 2, recurrence={"kind": "daily", "time": "08:00"}, catch_up=policy
    )
    first = _at(schedule)
    back = first + timedelta(days=2, hours=1)

    result = await job.tick(back)

    assert (len(result.created), result.skipped) == (runs, skipped)
    created = await _runs(db, schedule["id"])
    if policy == "once":
        assert [(run.due_at, run.missed) for run in created] == [(first + timedelta(days=2), 2)]
    else:
        assert created == []
    after = await db.get(Schedule, schedule["id"], populate_existing=True)
    assert after.next_due_at == first + timedelta(days=3)
    # Back on time the next day: a normal run whatever the policy.
    assert len((await job.tick(after.next_due_at + timedelta(seconds=30))).created) == 1


async def test_an_occurrence_with_nothing_to_run_is_skipped_and_logged(
    client, db, job: MaintenanceJob, headers: dict[str, str], captured_logs: Any
) -> None:
    flow, schedule = await scheduled_with_targets(client, headers, 1)
    assert (await client.post(f"{FLOWS}/{flow['id']}/archive", headers=headers)).status_code == 200
    result = await job.tick(_at(schedule))
    assert (result.created, result.skipped) == ([], 1)
    assert '"reason": "flow_not_runnable"' in captured_logs.text
    response = await client.post(f"{SCHEDULES}/{schedule['id']}/runs", headers=headers)
    assert (response.status_code, response.json()["detail"]) == (409, "flow_not_runnable")

    await client.post(f"{FLOWS}/{flow['id']}/unarchive", headers=headers)
    empty = (await client.post(SCHEDULES, json=schedule_body(flow["id"], name="Empty"), headers=headers)).json()
    result = await job.tick(_at(empty))
    assert (result.created, result.skipped) == ([], 1)
    assert '"reason": "no_targets"' in captured_logs.text
    response = await client.post(f"{SCHEDULES}/{empty['id']}/runs", headers=headers)
    assert (response.status_code, response.json()["detail"]) == (409, "no_targets")
    assert (await db.execute(select(func.count()).select_from(Run))).scalar_one() == 0


async def test_assignees_hear_when_a_run_is_overdue_once(
    client, db, factory: Factory, job: MaintenanceJob, engineer: Member, headers: dict[str, str], mailbox: Mailbox
) -> None:
    colleague = await factory.member(engineer.team, "engineer")
    disabled = await factory.member(engineer.team, "engineer")
    _, schedule = await scheduled_with_targets(
        client,
        headers,
        2,
        assignee_ids=[str(colleague.user.id), str(disabled.user.id)],
        complete_within_hours=4,
    )
    admin = await auth_headers(client, await factory.member(engineer.team, "team_admin"))
    response = await client.patch(
        f"/api/v1/teams/current/members/{disabled.user.id}", json={"disabled": True}, headers=admin
    )
    assert response.status_code == 200, response.text
    due_at = _at(schedule)
    created = (await job.tick(due_at)).created
    assert mailbox.last_to(colleague.email)["Subject"] == "Maintenance due: Server check (2 targets)"
    assert [m["To"] for m in mailbox.messages] == [colleague.email]  # not the owner, not the disabled member

    assert (await job.tick(due_at + timedelta(hours=3))).overdue == []
    overdue = await job.tick(due_at + timedelta(hours=4, seconds=1))
    assert overdue.overdue == created
    mail = mailbox.last_to(colleague.email)
    assert mail["Subject"] == "Overdue maintenance: Server check"
    assert "2 of 2 targets still have open steps" in mail.get_payload(decode=True).decode()
    assert (await job.tick(due_at + timedelta(hours=5))).overdue == []  # told once
    run = (await client.get(f"{RUNS}/{created[0]}", headers=headers)).json()
    assert run["trigger"] == "schedule"


async def test_a_run_completed_in_time_is_never_overdue(
    client, db, job: MaintenanceJob, headers: dict[str, str], mailbox: Mailbox
) -> None:
    _, schedule = await scheduled_with_targets(client, headers, 1, complete_within_hours=1)
    due_at = _at(schedule)
    (run_id,) = (await job.tick(due_at)).created
    rows = (await client.get(f"{RUNS}/{run_id}/matrix", headers=headers)).json()["rows"]
    steps = ["backup-status", "restore-test", "free-space", "patched", "install", "report"]
    body = {"cells": [{"session_id": rows[0]["session_id"], "node_id": n} for n in steps], "result": "skipped"}
    assert (await client.post(f"{RUNS}/{run_id}/bulk", json=body, headers=headers)).status_code == 200
    mailbox.messages.clear()
    assert (await job.tick(due_at + timedelta(hours=2))).overdue == []
    assert mailbox.messages == []
    assert (await db.get(Run, run_id, populate_existing=True)).overdue_checked_at is not None
