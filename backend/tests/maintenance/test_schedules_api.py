"""Maintenance schedules and targets through the API: validation, next due times, CSV import, roles, teams."""

import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from app.core.clock import travel, utcnow
from tests.factories import Factory, Member, auth_headers
from tests.maintenance.helpers import (
    MAINTENANCE,
    SCHEDULES,
    create_schedule,
    import_targets,
    maintenance_flow,
    schedule_body,
    scheduled_with_targets,
    targets_csv,
)
from tests.sessions.helpers import Json, published_flow, published_project


@pytest.fixture
async def engineer(factory: Factory) -> Member:
    return await factory.member(role="engineer")


@pytest.fixture
async def headers(client, engineer: Member) -> dict[str, str]:
    return await auth_headers(client, engineer)


@pytest.fixture
async def flow(client, headers: dict[str, str]) -> Json:
    return await maintenance_flow(client, headers)


async def test_a_schedule_shows_its_next_five_due_times(
    client, engineer: Member, headers: dict[str, str], flow: Json
) -> None:
    schedule = await create_schedule(
        client, headers, flow["id"], recurrence={"kind": "monthly", "day": 31, "time": "09:00"}
    )
    assert (schedule["owner_id"], schedule["owner_name"]) == (str(engineer.user.id), engineer.user.full_name)
    assert schedule["summary"] == "Monthly on day 31 (or the month's last day) at 09:00"
    assert (schedule["catch_up"], schedule["complete_within_hours"], schedule["active"]) == ("once", 24, True)
    upcoming = [datetime.fromisoformat(at) for at in schedule["next_occurrences"]]
    assert len(upcoming) == 5
    assert upcoming[0] == datetime.fromisoformat(schedule["next_due_at"]) > utcnow()
    assert all(earlier < later for earlier, later in itertools.pairwise(upcoming))
    assert schedule["flow"] == {"id": flow["id"], "version": 1, "title": flow["title"]}
    assert schedule["target_count"] == 0

    listed = (await client.get(SCHEDULES, headers=headers)).json()
    assert [item["id"] for item in listed["items"]] == [schedule["id"]]


async def test_the_recurrence_preview_answers_for_the_editor(client, headers: dict[str, str]) -> None:
    body = {
        "recurrence": {"kind": "daily", "time": "02:30"},
        "timezone": "Europe/Amsterdam",
        "after": "2026-03-27T12:00:00Z",
        "count": 3,
    }
    response = await client.post(f"{MAINTENANCE}/recurrence/preview", json=body, headers=headers)
    assert response.status_code == 200, response.text
    assert response.json() == {
        "summary": "Daily at 02:30",
        "occurrences": [
            {"at": "2026-03-28T01:30:00Z", "local": "2026-03-28T02:30:00+01:00"},
            {"at": "2026-03-29T01:30:00Z", "local": "2026-03-29T03:30:00+02:00"},
            {"at": "2026-03-30T00:30:00Z", "local": "2026-03-30T02:30:00+02:00"},
        ],
    }


@pytest.mark.parametrize("after", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00", "2026-01-01T00:00:00"])
async def test_the_preview_refuses_moments_out_of_range(client, headers: dict[str, str], after: str) -> None:
    body = {
        "recurrence": {"kind": "monthly", "last_weekday": "sun", "time": "23:30"},
        "timezone": "UTC",
        "after": after,
    }
    response = await client.post(f"{MAINTENANCE}/recurrence/preview", json=body, headers=headers)
    assert (response.status_code, response.json()["detail"]) == (422, "validation_error")


@pytest.mark.parametrize(
    ("fields", "status", "detail"),
    [
        ({"recurrence": {"kind": "cron", "expression": "0 0 30 2 *"}}, 422, "invalid_recurrence"),
        ({"recurrence": {"kind": "cron", "expression": "every day"}}, 422, "invalid_recurrence"),
        ({"timezone": "Europe/Atlantis"}, 422, "invalid_recurrence"),
        ({"recurrence": {"kind": "monthly", "time": "09:00"}}, 422, "validation_error"),
        ({"recurrence": {"kind": "weekly", "days": ["mon", "mon"], "time": "09:00"}}, 422, "validation_error"),
        ({"recurrence": {"kind": "daily", "time": "24:00"}}, 422, "validation_error"),
        ({"recurrence": {"kind": "hourly"}}, 422, "validation_error"),
        ({"complete_within_hours": 0}, 422, "validation_error"),
        ({"catch_up": "always"}, 422, "validation_error"),
        ({"name": ""}, 422, "validation_error"),
        ({"owner_id": "00000000-0000-4000-8000-000000000000"}, 422, "invalid_assignee"),
        ({"assignee_ids": ["00000000-0000-4000-8000-000000000000"]}, 422, "invalid_assignee"),
        ({"flow_id": "00000000-0000-4000-8000-000000000000"}, 404, "flow_not_found"),
    ],
)
async def test_bad_schedules_are_refused_with_a_code(
    client, headers: dict[str, str], flow: Json, fields: Json, status: int, detail: str
) -> None:
    response = await client.post(SCHEDULES, json={**schedule_body(flow["id"]), **fields}, headers=headers)
    assert (response.status_code, response.json()["detail"]) == (status, detail), response.text


async def test_only_published_maintenance_flows_are_scheduled(client, headers: dict[str, str]) -> None:
    project = await published_project(client, headers)
    response = await client.post(SCHEDULES, json=schedule_body(project["id"]), headers=headers)
    assert (response.status_code, response.json()["detail"]) == (422, "flow_not_maintenance")
    troubleshooting = await published_flow(client, headers)
    response = await client.post(SCHEDULES, json=schedule_body(troubleshooting["id"]), headers=headers)
    assert response.json()["detail"] == "flow_not_maintenance"
    draft = (await client.post("/api/v1/flows", json={"kind": "maintenance", "title": "Draft"}, headers=headers)).json()
    response = await client.post(SCHEDULES, json=schedule_body(draft["id"]), headers=headers)
    assert (response.status_code, response.json()["detail"]) == (409, "flow_not_runnable")


async def test_assignees_are_engineers_of_the_team(
    client, factory: Factory, engineer: Member, headers: dict[str, str], flow: Json
) -> None:
    colleague = await factory.member(engineer.team, "engineer")
    viewer = await factory.member(engineer.team, "viewer")
    stranger = await factory.member(role="engineer")
    for member in (viewer, stranger):
        body = schedule_body(flow["id"], assignee_ids=[str(member.user.id)])
        response = await client.post(SCHEDULES, json=body, headers=headers)
        assert (response.status_code, response.json()["detail"]) == (422, "invalid_assignee")
    schedule = await create_schedule(
        client, headers, flow["id"], assignee_ids=[str(colleague.user.id), str(colleague.user.id)]
    )
    assert schedule["assignee_ids"] == [str(colleague.user.id)]


async def test_editing_the_timing_moves_the_next_due_time_and_inactive_has_none(
    client, headers: dict[str, str], flow: Json
) -> None:
    schedule = await create_schedule(client, headers, flow["id"])
    url = f"{SCHEDULES}/{schedule['id']}"
    renamed = (await client.put(url, json=schedule_body(flow["id"], name="Renamed"), headers=headers)).json()
    assert (renamed["name"], renamed["next_due_at"]) == ("Renamed", schedule["next_due_at"])

    paused = (await client.put(url, json=schedule_body(flow["id"], active=False), headers=headers)).json()
    assert (paused["active"], paused["next_due_at"]) == (False, None)
    assert len(paused["next_occurrences"]) == 5  # still previewed

    with travel(timedelta(days=40)):
        body = schedule_body(flow["id"], recurrence={"kind": "weekly", "days": ["fri"], "time": "17:00"})
        weekly = (await client.put(url, json=body, headers=headers)).json()
        due = datetime.fromisoformat(weekly["next_due_at"])
        assert utcnow() < due <= utcnow() + timedelta(days=7)
        assert due.astimezone(UTC).weekday() == 4


async def test_targets_crud_in_position_order(client, headers: dict[str, str], flow: Json) -> None:
    schedule = await create_schedule(client, headers, flow["id"])
    url = f"{SCHEDULES}/{schedule['id']}/targets"
    created = []
    for device in ("DC01", "FS01", ""):
        body = {"client": "Contoso", "device": device, "fields": {"site": "AMS"}}
        response = await client.post(url, json=body, headers=headers)
        assert response.status_code == 201, response.text
        created.append(response.json())
    assert [t["position"] for t in created] == [1, 2, 3]
    duplicate = await client.post(url, json={"client": "Contoso", "device": "DC01"}, headers=headers)
    assert (duplicate.status_code, duplicate.json()["detail"]) == (409, "duplicate_target")

    target_url = f"{url}/{created[1]['id']}"
    response = await client.put(target_url, json={"client": "Contoso", "device": "DC01"}, headers=headers)
    assert (response.status_code, response.json()["detail"]) == (409, "duplicate_target")
    response = await client.put(target_url, json={"client": "Contoso", "device": "FS02", "fields": {}}, headers=headers)
    assert (response.json()["device"], response.json()["fields"]) == ("FS02", {})
    assert (await client.delete(f"{url}/{created[0]['id']}", headers=headers)).status_code == 204

    page = (await client.get(url, params={"limit": 1}, headers=headers)).json()
    assert ([t["device"] for t in page["items"]], page["total"]) == (["FS02"], 2)
    second = (await client.get(url, params={"limit": 1, "cursor": page["next_cursor"]}, headers=headers)).json()
    assert ([t["device"] for t in second["items"]], second["next_cursor"]) == ([""], None)
    bad = await client.get(url, params={"cursor": "nope"}, headers=headers)
    assert (bad.status_code, bad.json()["detail"]) == (400, "invalid_cursor")


async def test_csv_import_is_all_or_nothing_and_reports_each_bad_row(
    client, headers: dict[str, str], flow: Json
) -> None:
    schedule = await create_schedule(client, headers, flow["id"])
    bad = "client,device,ip\nContoso,DC01,10.0.0.1\n,FS01,10.0.0.2\nContoso,DC01,10.0.0.3\n"
    response = await import_targets(client, headers, schedule["id"], bad)
    assert response.status_code == 422, response.text
    body = response.json()
    assert (body["detail"], body["error_count"]) == ("csv_invalid", 2)
    assert [(e["line"], e["column"], e["code"]) for e in body["errors"]] == [
        (3, "client", "client_required"),
        (4, "client", "duplicate_target"),
    ]
    listed = (await client.get(f"{SCHEDULES}/{schedule['id']}/targets", headers=headers)).json()
    assert listed["total"] == 0

    response = await import_targets(client, headers, schedule["id"], targets_csv(12))
    assert response.json() == {
        "mode": "merge",
        "dry_run": False,
        "created": 12,
        "updated": 0,
        "unchanged": 0,
        "deleted": 0,
        "total": 12,
    }
    # merge: new rows added, known ones updated; a dry run only counts
    again = targets_csv(14).replace("10.0.0.3\n", "10.9.9.9\n")
    dry = await import_targets(client, headers, schedule["id"], again, dry_run=True)
    assert {k: dry.json()[k] for k in ("created", "updated", "unchanged", "total")} == {
        "created": 2,
        "updated": 1,
        "unchanged": 11,
        "total": 14,
    }
    assert (await client.get(f"{SCHEDULES}/{schedule['id']}", headers=headers)).json()["target_count"] == 12
    # replace: the file is the whole list
    replaced = await import_targets(client, headers, schedule["id"], targets_csv(5), mode="replace")
    assert {k: replaced.json()[k] for k in ("created", "deleted", "total")} == {"created": 0, "deleted": 7, "total": 5}
    targets = (await client.get(f"{SCHEDULES}/{schedule['id']}/targets", headers=headers)).json()["items"]
    assert [(t["position"], t["device"], t["fields"]) for t in targets[:2]] == [
        (1, "SRV0000", {"ip": "10.0.0.0"}),
        (2, "SRV0001", {"ip": "10.0.0.1"}),
    ]

    not_csv = await import_targets(client, headers, schedule["id"], "client\nA\u0000\n")
    assert (not_csv.status_code, not_csv.json()["errors"][0]["code"]) == (422, "invalid_characters")
    empty = await import_targets(client, headers, schedule["id"], "")
    assert (empty.status_code, empty.json()["detail"]) == (422, "validation_error")
    bad_mode = await import_targets(client, headers, schedule["id"], targets_csv(1), mode="append")
    assert (bad_mode.status_code, bad_mode.json()["detail"]) == (422, "validation_error")


async def test_roles_viewers_read_engineers_write_owners_and_admins_delete(
    client, factory: Factory, engineer: Member, headers: dict[str, str]
) -> None:
    _, schedule = await scheduled_with_targets(client, headers, 2)
    url = f"{SCHEDULES}/{schedule['id']}"
    viewer = await auth_headers(client, await factory.member(engineer.team, "viewer"))
    colleague = await auth_headers(client, await factory.member(engineer.team, "engineer"))
    admin = await auth_headers(client, await factory.member(engineer.team, "team_admin"))

    assert (await client.get(url, headers=viewer)).status_code == 200
    assert (await client.get(f"{url}/targets", headers=viewer)).status_code == 200
    for method, path, body in [
        ("POST", SCHEDULES, schedule_body(schedule["flow"]["id"])),
        ("PUT", url, schedule_body(schedule["flow"]["id"])),
        ("DELETE", url, None),
        ("POST", f"{url}/targets", {"client": "X"}),
        ("POST", f"{url}/runs", None),
    ]:
        response = await client.request(method, path, json=body, headers=viewer)
        assert (response.status_code, response.json()["detail"]) == (403, "insufficient_role"), (method, path)

    response = await client.delete(url, headers=colleague)
    assert (response.status_code, response.json()["detail"]) == (403, "not_schedule_owner")
    assert (await client.delete(url, headers=admin)).status_code == 204
    assert (await client.get(url, headers=headers)).json()["detail"] == "schedule_not_found"


async def test_another_teams_schedules_do_not_exist(client, factory: Factory, headers: dict[str, str]) -> None:
    _, schedule = await scheduled_with_targets(client, headers, 2)
    target = (await client.get(f"{SCHEDULES}/{schedule['id']}/targets", headers=headers)).json()["items"][0]
    other = await auth_headers(client, await factory.member(role="team_admin"))
    url = f"{SCHEDULES}/{schedule['id']}"
    calls: list[tuple[str, str, Any]] = [
        ("GET", url, None),
        ("PUT", url, schedule_body(schedule["flow"]["id"])),
        ("DELETE", url, None),
        ("GET", f"{url}/targets", None),
        ("POST", f"{url}/targets", {"client": "X"}),
        ("PUT", f"{url}/targets/{target['id']}", {"client": "X"}),
        ("DELETE", f"{url}/targets/{target['id']}", None),
        ("POST", f"{url}/runs", None),
    ]
    for method, path, body in calls:
        response = await client.request(method, path, json=body, headers=other)
        assert response.status_code == 404, (method, path, response.text)
    response = await import_targets(client, other, schedule["id"], targets_csv(1))
    assert response.status_code == 404
    assert (await client.get(SCHEDULES, headers=other)).json()["items"] == []
    # Their own maintenance flow cannot be ours to schedule either.
    response = await client.post(SCHEDULES, json=schedule_body(schedule["flow"]["id"]), headers=other)
    assert (response.status_code, response.json()["detail"]) == (404, "flow_not_found")
