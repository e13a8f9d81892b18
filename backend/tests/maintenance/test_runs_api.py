"""Maintenance runs through the API: a checklist session per target, the matrix, bulk completion (all or
nothing), status and progress, the report, roles and team isolation."""

import csv
import io
from datetime import timedelta

import pytest

from app.core.clock import travel
from tests.factories import Factory, Member, auth_headers
from tests.maintenance.helpers import RUNS, SCHEDULES, matrix, scheduled_with_targets, start_run
from tests.sessions.helpers import SESSIONS, Json, completed, events, post_event, send

STEPS = ["backup-status", "restore-test", "free-space", "patched", "install", "report"]


@pytest.fixture
async def engineer(factory: Factory) -> Member:
    return await factory.member(role="engineer")


@pytest.fixture
async def headers(client, engineer: Member) -> dict[str, str]:
    return await auth_headers(client, engineer)


@pytest.fixture
async def run(client, headers: dict[str, str]) -> Json:
    _, schedule = await scheduled_with_targets(client, headers, 3)
    return await start_run(client, headers, schedule["id"])


def bulk(rows: list[Json], nodes: list[str], result: str = "done", **extra: object) -> Json:
    return {
        "cells": [{"session_id": row["session_id"], "node_id": node} for row in rows for node in nodes],
        "result": result,
        **extra,
    }


async def test_a_run_has_a_checklist_session_per_target(
    client, engineer: Member, headers: dict[str, str], run: Json
) -> None:
    assert (run["status"], run["overdue"], run["trigger"], run["target_count"]) == ("open", False, "manual", 3)
    assert [column["node_id"] for column in run["columns"]] == STEPS
    assert run["columns"][0] == {
        "node_id": "backup-status",
        "title": "Check last night's backup",
        "kind": "action",
        "section": "Backups",
        "sequential": True,
    }
    assert run["progress"] == {
        "percent": 0,
        "steps_closed": 0,
        "steps_open": 18,
        "steps_failed": 0,
        "targets_done": 0,
        "targets_failed": 0,
        "targets_open": 3,
    }
    page = await matrix(client, headers, run["id"])
    assert [(row["position"], row["client"], row["device"], row["outcome"]) for row in page["rows"]] == [
        (1, "Client 0", "SRV0000", "open"),
        (2, "Client 0", "SRV0001", "open"),
        (3, "Client 0", "SRV0002", "open"),
    ]
    row = page["rows"][0]
    assert (row["fields"], row["last_seq"], row["percent"]) == ({"ip": "10.0.0.0"}, 1, 0)
    assert [cell["status"] for cell in row["cells"]] == ["open"] * 6
    session = (await client.get(f"{SESSIONS}/{row['session_id']}", headers=headers)).json()
    assert (session["mode"], session["client_name"], session["target"], session["owner_id"]) == (
        "checklist",
        "Client 0",
        "SRV0000",
        str(engineer.user.id),
    )
    # A second start in the same minute finds the same run.
    again = await client.post(f"{SCHEDULES}/{run['schedule_id']}/runs", headers=headers)
    assert (again.status_code, again.json()["id"]) == (200, run["id"])


async def test_the_matrix_pages_in_target_order(client, headers: dict[str, str], run: Json) -> None:
    first = await matrix(client, headers, run["id"], limit=2)
    assert [row["position"] for row in first["rows"]] == [1, 2]
    second = await matrix(client, headers, run["id"], limit=2, cursor=first["next_cursor"])
    assert ([row["position"] for row in second["rows"]], second["next_cursor"]) == ([3], None)
    bad = await client.get(f"{RUNS}/{run['id']}/matrix", params={"cursor": "x"}, headers=headers)
    assert (bad.status_code, bad.json()["detail"]) == (400, "invalid_cursor")


async def test_cells_follow_the_sessions_worked_one_by_one(client, headers: dict[str, str], run: Json) -> None:
    row = (await matrix(client, headers, run["id"]))["rows"][1]
    session = (await client.get(f"{SESSIONS}/{row['session_id']}", headers=headers)).json()
    session = await send(client, headers, session, completed("free-space", value=42.5, note="Plenty"))
    await send(client, headers, session, completed("patched", answer=0))
    row = (await matrix(client, headers, run["id"]))["rows"][1]
    cells = dict(zip(STEPS, row["cells"], strict=True))
    assert (cells["free-space"]["status"], cells["free-space"]["value"], cells["free-space"]["notes"]) == (
        "done",
        42.5,
        1,
    )
    assert (cells["patched"]["answer"], cells["install"]["status"]) == ("Yes", "not_applicable")
    assert (row["percent"], row["last_seq"]) == (40, 3)  # 2 of 5 applicable


async def test_bulk_completion_completes_every_cell_and_a_retry_changes_nothing(
    client, headers: dict[str, str], run: Json
) -> None:
    rows = (await matrix(client, headers, run["id"]))["rows"]
    body = bulk(rows, ["backup-status", "restore-test", "report"], note="Checked in the RMM")
    response = await client.post(f"{RUNS}/{run['id']}/bulk", json=body, headers=headers)
    assert response.status_code == 200, response.text
    result = response.json()
    assert (result["changed"], result["unchanged"]) == (9, 0)
    assert sorted(r["last_seq"] for r in result["rows"]) == [4, 4, 4]
    assert result["run"]["progress"]["steps_closed"] == 9

    log = await events(client, headers, rows[0]["session_id"])
    assert [(e["type"], e["payload"]["node_id"], e["payload"]["note"]) for e in log[1:]] == [
        ("step_completed", "backup-status", "Checked in the RMM"),
        ("step_completed", "restore-test", "Checked in the RMM"),
        ("step_completed", "report", "Checked in the RMM"),
    ]
    retry = await client.post(f"{RUNS}/{run['id']}/bulk", json=body, headers=headers)
    assert (retry.json()["changed"], retry.json()["unchanged"]) == (0, 9)
    assert len(await events(client, headers, rows[0]["session_id"])) == 4


async def test_one_bad_cell_and_nothing_is_written(client, headers: dict[str, str], run: Json) -> None:
    rows = (await matrix(client, headers, run["id"]))["rows"]
    # The action cells are fine; the input needs a value and the question an answer; `restore-test`
    # waits for `backup-status` in its sequential section unless both are in the same request.
    body = bulk(rows, ["report", "restore-test", "backup-status"]) | {
        "cells": [
            *bulk(rows, ["report", "restore-test", "backup-status"])["cells"],
            {"session_id": rows[2]["session_id"], "node_id": "free-space"},
            {"session_id": rows[1]["session_id"], "node_id": "patched"},
        ]
    }
    response = await client.post(f"{RUNS}/{run['id']}/bulk", json=body, headers=headers)
    assert response.status_code == 422, response.text
    refused = response.json()
    assert (refused["detail"], refused["error_count"]) == ("bulk_refused", 2)
    assert sorted((e["session_id"], e["node_id"], e["detail"]) for e in refused["errors"]) == sorted(
        [
            (rows[2]["session_id"], "free-space", "invalid_input_value"),
            (rows[1]["session_id"], "patched", "invalid_answer"),
        ]
    )
    for row in rows:
        assert len(await events(client, headers, row["session_id"])) == 1
    assert (await client.get(f"{RUNS}/{run['id']}", headers=headers)).json()["progress"]["steps_closed"] == 0

    # `skipped` is fine for any kind of step, but a sequential step still waits for the one before.
    skip_restore = bulk(rows[:1], ["restore-test"], "skipped")
    response = await client.post(f"{RUNS}/{run['id']}/bulk", json=skip_restore, headers=headers)
    assert [e["detail"] for e in response.json()["errors"]] == ["step_out_of_order"]
    skip = bulk(rows, ["free-space", "patched", "restore-test", "backup-status"], "skipped")
    response = await client.post(f"{RUNS}/{run['id']}/bulk", json=skip, headers=headers)
    assert (response.status_code, response.json()["changed"]) == (200, 12)


async def test_bulk_refuses_cells_of_other_runs_and_rows_changed_since(
    client, headers: dict[str, str], run: Json
) -> None:
    rows = (await matrix(client, headers, run["id"]))["rows"]
    _, other_schedule = await scheduled_with_targets(client, headers, 1)
    other = await start_run(client, headers, other_schedule["id"])
    other_row = (await matrix(client, headers, other["id"]))["rows"][0]
    body = bulk([*rows, other_row], ["report"])
    response = await client.post(f"{RUNS}/{run['id']}/bulk", json=body, headers=headers)
    assert (response.status_code, response.json()["errors"][0]["detail"]) == (422, "cell_not_in_run")

    session = (await client.get(f"{SESSIONS}/{rows[0]['session_id']}", headers=headers)).json()
    await send(client, headers, session, completed("report"))
    expected = {row["session_id"]: row["last_seq"] for row in rows}
    response = await client.post(
        f"{RUNS}/{run['id']}/bulk", json=bulk(rows, ["install"], "skipped", expected_seq=expected), headers=headers
    )
    assert response.status_code == 409, response.text
    assert (response.json()["detail"], response.json()["stale"]) == (
        "stale_seq",
        [{"session_id": rows[0]["session_id"], "last_seq": 2}],
    )
    for row in rows[1:]:
        assert len(await events(client, headers, row["session_id"])) == 1

    for bad in (
        {"cells": [], "result": "done"},
        {"cells": [{"session_id": rows[0]["session_id"], "node_id": "report"}], "result": "maybe"},
        {"cells": [{"session_id": "x", "node_id": "report"}], "result": "done"},
    ):
        response = await client.post(f"{RUNS}/{run['id']}/bulk", json=bad, headers=headers)
        assert (response.status_code, response.json()["detail"]) == (422, "validation_error")


async def test_status_progress_overdue_and_the_run_list(client, headers: dict[str, str], run: Json) -> None:
    rows = (await matrix(client, headers, run["id"]))["rows"]
    with travel(timedelta(hours=25)):
        late = (await client.get(f"{RUNS}/{run['id']}", headers=headers)).json()
        assert (late["status"], late["overdue"]) == ("open", True)
        overdue = (await client.get(RUNS, params={"status": "overdue"}, headers=headers)).json()["items"]
        assert [item["id"] for item in overdue] == [run["id"]]

    await client.post(f"{RUNS}/{run['id']}/bulk", json=bulk(rows, ["backup-status", "restore-test"]), headers=headers)
    await client.post(
        f"{RUNS}/{run['id']}/bulk",
        json=bulk(rows, ["free-space", "patched", "install", "report"], "skipped"),
        headers=headers,
    )
    await client.post(f"{RUNS}/{run['id']}/bulk", json=bulk(rows[:1], ["install"], "failed"), headers=headers)
    done = (await client.get(f"{RUNS}/{run['id']}", headers=headers)).json()
    assert (done["status"], done["overdue"], done["progress"]["percent"]) == ("completed", False, 100)
    assert (done["progress"]["targets_failed"], done["progress"]["targets_done"]) == (1, 2)
    failed_only = await matrix(client, headers, run["id"], outcome="failed")
    assert [row["position"] for row in failed_only["rows"]] == [1]

    listed = (await client.get(RUNS, params={"status": "completed", "mine": "true"}, headers=headers)).json()
    assert [item["id"] for item in listed["items"]] == [run["id"]]
    assert (await client.get(RUNS, params={"status": "open"}, headers=headers)).json()["items"] == []
    by_schedule = (await client.get(RUNS, params={"schedule_id": run["schedule_id"]}, headers=headers)).json()
    assert [item["id"] for item in by_schedule["items"]] == [run["id"]]


async def test_the_report_lists_failures_first_in_md_html_and_csv(client, headers: dict[str, str], run: Json) -> None:
    rows = (await matrix(client, headers, run["id"]))["rows"]
    await client.post(f"{RUNS}/{run['id']}/bulk", json=bulk(rows[2:], ["report"], "failed"), headers=headers)
    await client.post(
        f"{RUNS}/{run['id']}/bulk",
        json=bulk(rows[:1], ["backup-status", "restore-test", "free-space", "patched", "install", "report"], "skipped"),
        headers=headers,
    )
    markdown = await client.get(f"{RUNS}/{run['id']}/report", headers=headers)
    assert markdown.status_code == 200, markdown.text
    assert markdown.headers["content-type"].startswith("text/markdown")
    assert 'filename="maintenance-Server-check-' in markdown.headers["content-disposition"]
    text = markdown.text
    assert text.index("## Failed (1)") < text.index("## Not finished (1)") < text.index("## Done (1)")
    assert "| 3 | Client 0 | SRV0002 | 16 % | Write the client report |" in text
    assert "10.0.0" not in text  # fields stay out of md and html

    html = await client.get(f"{RUNS}/{run['id']}/report", params={"format": "html"}, headers=headers)
    assert html.headers["content-security-policy"].startswith("default-src 'none'")
    assert '<tr class="failed"><td>3</td>' in html.text

    exported = await client.get(f"{RUNS}/{run['id']}/report", params={"format": "csv"}, headers=headers)
    lines = list(csv.reader(io.StringIO(exported.text)))
    assert lines[0][:5] == ["position", "client", "device", "outcome", "percent"]
    assert lines[0][-6:] == [
        "Check last night's backup",
        "Restore one file",
        "Free space on C: (GB)",
        "Are all patches installed?",
        "Install the missing patches",
        "Write the client report",
    ]
    assert [(line[0], line[3]) for line in lines[1:]] == [("3", "failed"), ("2", "open"), ("1", "done")]
    assert lines[1][12] == "10.0.0.2"
    assert lines[1][-1] == "failed"


async def test_the_report_is_redacted_and_formula_safe(client, headers: dict[str, str]) -> None:
    from tests.maintenance.helpers import create_schedule, import_targets, maintenance_flow

    flow = await maintenance_flow(client, headers)
    schedule = await create_schedule(client, headers, flow["id"])
    csv_text = 'client,device,password\n"=HYPERLINK(""x"")",DC01,password=Hunter2secret\n'
    assert (await import_targets(client, headers, schedule["id"], csv_text)).status_code == 200
    run = await start_run(client, headers, schedule["id"])
    exported = (await client.get(f"{RUNS}/{run['id']}/report", params={"format": "csv"}, headers=headers)).text
    row = list(csv.reader(io.StringIO(exported)))[1]
    assert row[1].startswith("'=HYPERLINK")
    assert "Hunter2secret" not in exported


async def test_roles_and_teams_on_runs(
    client, factory: Factory, engineer: Member, headers: dict[str, str], run: Json
) -> None:
    rows = (await matrix(client, headers, run["id"]))["rows"]
    viewer = await auth_headers(client, await factory.member(engineer.team, "viewer"))
    assert (await client.get(f"{RUNS}/{run['id']}/matrix", headers=viewer)).status_code == 200
    response = await client.post(f"{RUNS}/{run['id']}/bulk", json=bulk(rows, ["report"]), headers=viewer)
    assert (response.status_code, response.json()["detail"]) == (403, "insufficient_role")
    # Any engineer of the team works the run's sessions (not only their owner).
    colleague = await auth_headers(client, await factory.member(engineer.team, "engineer"))
    response = await post_event(client, colleague, {"id": rows[0]["session_id"], "last_seq": 1}, completed("report"))
    assert response.status_code == 201, response.text

    other = await auth_headers(client, await factory.member(role="team_admin"))
    for method, path in [
        ("GET", f"{RUNS}/{run['id']}"),
        ("GET", f"{RUNS}/{run['id']}/matrix"),
        ("GET", f"{RUNS}/{run['id']}/report"),
        ("POST", f"{RUNS}/{run['id']}/bulk"),
    ]:
        body = bulk(rows, ["report"]) if method == "POST" else None
        response = await client.request(method, path, json=body, headers=other)
        assert (response.status_code, response.json()["detail"]) == (404, "run_not_found"), path
    assert (await client.get(RUNS, headers=other)).json()["items"] == []
