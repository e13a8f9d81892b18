"""A maintenance flow and small API helpers for schedules, targets and runs."""

from typing import Any

import httpx

from tests.sessions.helpers import Json, published_flow

MAINTENANCE = "/api/v1/maintenance"
SCHEDULES = f"{MAINTENANCE}/schedules"
RUNS = f"{MAINTENANCE}/runs"


def maintenance_graph() -> Json:
    """Backups (sequential: status, then a restore test), disks (an input), patching (a question: No
    sends through `install`), report. Six steps."""
    return {
        "start": "backup-status",
        "nodes": [
            {"id": "backup-status", "kind": "action", "title": "Check last night's backup", "section": "Backups"},
            {"id": "restore-test", "kind": "action", "title": "Restore one file", "section": "Backups"},
            {
                "id": "free-space",
                "kind": "input",
                "title": "Free space on C: (GB)",
                "section": "Disks",
                "input": {"variable": "free_gb", "type": "number"},
            },
            {
                "id": "patched",
                "kind": "question",
                "title": "Are all patches installed?",
                "section": "Patching",
                "answers": [{"label": "Yes", "target": "report"}, {"label": "No", "target": "install"}],
            },
            {"id": "install", "kind": "action", "title": "Install the missing patches", "section": "Patching"},
            {"id": "report", "kind": "action", "title": "Write the client report", "section": "Report"},
            {"id": "done", "kind": "resolution", "title": "Maintenance done", "section": "Report"},
        ],
        "edges": [
            {"source": "backup-status", "target": "restore-test"},
            {"source": "restore-test", "target": "free-space"},
            {"source": "free-space", "target": "patched"},
            {"source": "install", "target": "report"},
            {"source": "report", "target": "done"},
        ],
        "sections": [{"name": "Backups", "sequential": True}],
    }


async def maintenance_flow(client: httpx.AsyncClient, headers: dict[str, str], **fields: Any) -> Json:
    return await published_flow(
        client,
        headers,
        **{"kind": "maintenance", "title": "Monthly server check", "graph": maintenance_graph(), **fields},
    )


def schedule_body(flow_id: str, **fields: Any) -> Json:
    return {
        "flow_id": flow_id,
        "name": "Server check",
        "recurrence": {"kind": "monthly", "day": 1, "time": "08:00"},
        "timezone": "Europe/Amsterdam",
        **fields,
    }


async def create_schedule(client: httpx.AsyncClient, headers: dict[str, str], flow_id: str, **fields: Any) -> Json:
    response = await client.post(SCHEDULES, json=schedule_body(flow_id, **fields), headers=headers)
    assert response.status_code == 201, response.text
    result: Json = response.json()
    return result


def targets_csv(count: int, *, client_prefix: str = "Client", fields: bool = True) -> str:
    header = "client,device,ip" if fields else "client,device"
    rows = [
        f"{client_prefix} {n // 5},SRV{n:04d}" + (f",10.0.{n // 250}.{n % 250}" if fields else "") for n in range(count)
    ]
    return "\n".join([header, *rows]) + "\n"


async def import_targets(
    client: httpx.AsyncClient, headers: dict[str, str], schedule_id: str, csv_text: str, **options: Any
) -> httpx.Response:
    body = {"csv": csv_text, **options}
    return await client.post(f"{SCHEDULES}/{schedule_id}/targets/import", json=body, headers=headers)


async def scheduled_with_targets(
    client: httpx.AsyncClient, headers: dict[str, str], count: int = 3, **fields: Any
) -> tuple[Json, Json]:
    """A maintenance flow and a schedule of it with `count` targets."""
    flow = await maintenance_flow(client, headers)
    schedule = await create_schedule(client, headers, flow["id"], **fields)
    response = await import_targets(client, headers, schedule["id"], targets_csv(count))
    assert response.status_code == 200, response.text
    return flow, schedule


async def start_run(client: httpx.AsyncClient, headers: dict[str, str], schedule_id: str) -> Json:
    response = await client.post(f"{SCHEDULES}/{schedule_id}/runs", headers=headers)
    assert response.status_code == 201, response.text
    result: Json = response.json()
    return result


async def matrix(client: httpx.AsyncClient, headers: dict[str, str], run_id: str, **params: Any) -> Json:
    response = await client.get(f"{RUNS}/{run_id}/matrix", params=params, headers=headers)
    assert response.status_code == 200, response.text
    result: Json = response.json()
    return result
