"""A maintenance run over 1,000 targets x 20 steps, through the API as deployed.

Same harness as bench/auth_load.py: embedded PostgreSQL unless DATABASE_URL is given (then give a
throwaway database), alembic migrations, uvicorn with `ENVIRONMENT=production` (the scheduler off:
the run is started by hand, which is the same `create_run` the scheduler calls).

1. Setup: a team and an engineer, a published maintenance flow of 20 action steps in 4 sections, a
   schedule, 1,000 targets imported from one CSV (timed).
2. Creation: `POST /maintenance/schedules/{id}/runs`: the run, 1,000 checklist sessions with their
   `started` events and the matrix rows, in one transaction.
3. Matrix: `GET /maintenance/runs/{id}/matrix?limit=100` (the first 100 rows) N times: p50, p95.
4. Bulk: `POST /maintenance/runs/{id}/bulk` with 1,000 cells, twice: 50 rows x 20 steps, and
   1,000 rows x 1 step (1,000 sessions locked and written in one transaction).
5. Check: the run's progress counts exactly the cells completed; every session's log has its events.

    cd backend && .venv/bin/python ../bench/maintenance_bench.py [--targets 1000] [--steps 20] [--reads 50]
"""

import argparse
import asyncio
import os
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from auth_load import BACKEND, api_server, database

sys.path.insert(0, str(BACKEND))

PASSWORD = "bench-maintenance-password-1"


async def prepare(database_url: str) -> str:
    """Migrate and create a team with an engineer; the engineer's e-mail."""
    from alembic import command

    from app.core.config import Settings
    from app.core.db import create_engine, create_sessionmaker
    from app.core.migrations import alembic_config
    from app.core.security import hash_password
    from app.teams.models import Membership
    from app.teams.service import create_team
    from app.users.models import User

    await asyncio.to_thread(command.upgrade, alembic_config(database_url), "head")
    settings = Settings(_env_file=None, environment="local", database_url=database_url)  # type: ignore[call-arg]
    engine = create_engine(settings)
    email = f"maintenance-{uuid.uuid4().hex[:8]}@bench.local"
    async with create_sessionmaker(engine)() as db:
        team = await create_team(db, settings, f"Maintenance bench {email}")
        user = User(email=email, full_name="Bench engineer", password_hash=await hash_password(PASSWORD, 4))
        db.add(user)
        await db.flush()
        db.add(Membership(team_id=team.id, user_id=user.id, role="engineer"))
        await db.commit()
    await engine.dispose()
    return email


def flow_graph(steps: int) -> dict[str, Any]:
    nodes: list[dict[str, Any]] = [
        {
            "id": f"s{i}",
            "kind": "action",
            "title": f"Check {i + 1}: services, disks and logs",
            "section": f"Part {i // 5 + 1}",
        }
        for i in range(steps)
    ]
    nodes.append({"id": "done", "kind": "resolution", "title": "Maintenance done"})
    edges = [{"source": f"s{i}", "target": f"s{i + 1}" if i + 1 < steps else "done"} for i in range(steps)]
    return {"start": "s0", "nodes": nodes, "edges": edges}


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def timed(request: Any) -> tuple[Any, float]:
    """(the response, seconds) of an awaited request; fails on an error status."""
    started = time.perf_counter()
    response = await request
    seconds = time.perf_counter() - started
    response.raise_for_status()
    return response, seconds


async def setup(http: Any, steps: int) -> str:
    """A published maintenance flow and a schedule of it; the schedule's id."""
    graph = flow_graph(steps)
    flow = await http.post("/flows", json={"kind": "maintenance", "title": "Server maintenance", "graph": graph})
    flow.raise_for_status()
    (await http.post(f"/flows/{flow.json()['id']}/publish", json={})).raise_for_status()
    body = {
        "flow_id": flow.json()["id"],
        "name": "Monthly server maintenance",
        "recurrence": {"kind": "monthly", "last_weekday": "sat", "time": "22:00"},
        "timezone": "Europe/Amsterdam",
    }
    schedule = await http.post("/maintenance/schedules", json=body)
    schedule.raise_for_status()
    return str(schedule.json()["id"])


async def all_rows(http: Any, run_id: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 500, **({"cursor": cursor} if cursor else {})}
        page = (await http.get(f"/maintenance/runs/{run_id}/matrix", params=params)).json()
        rows += page["rows"]
        cursor = page["next_cursor"]
        if cursor is None:
            return rows


async def run(port: int, email: str, targets: int, steps: int, reads: int) -> bool:
    import httpx

    base = f"http://127.0.0.1:{port}/api/v1"
    async with httpx.AsyncClient(base_url=base, timeout=300) as http:
        login = await http.post("/auth/login", json={"email": email, "password": PASSWORD})
        login.raise_for_status()
        http.headers["Authorization"] = f"Bearer {login.json()['access_token']}"
        schedule_id = await setup(http, steps)
        csv_text = "client,device,ip,site\n" + "".join(
            f"Client {n // 20},SRV{n:05d},10.{n // 65536}.{n // 256 % 256}.{n % 256},Site {n % 7}\n"
            for n in range(targets)
        )
        imports = f"/maintenance/schedules/{schedule_id}/targets/import"
        _, import_seconds = await timed(http.post(imports, json={"csv": csv_text}))
        created, create_seconds = await timed(http.post(f"/maintenance/schedules/{schedule_id}/runs"))
        run_id = created.json()["id"]

        timings = []
        for _ in range(reads + 3):
            page, seconds = await timed(http.get(f"/maintenance/runs/{run_id}/matrix", params={"limit": 100}))
            timings.append(seconds)
        timings = timings[3:]  # warm-up

        # 1,000 cells as 50 rows x 20 steps, then as one step of 1,000 rows (every session locked and written).
        first_rows = page.json()["rows"][: max(1, 1000 // steps)]
        cells = [{"session_id": row["session_id"], "node_id": f"s{i}"} for row in first_rows for i in range(steps)]
        bulk_url = f"/maintenance/runs/{run_id}/bulk"
        bulk, bulk_rows_seconds = await timed(
            http.post(bulk_url, json={"cells": cells, "result": "done", "note": "OK"})
        )
        rows = (await all_rows(http, run_id))[:1000]
        wide = [{"session_id": row["session_id"], "node_id": f"s{steps - 1}"} for row in rows]
        bulk_wide, bulk_wide_seconds = await timed(http.post(bulk_url, json={"cells": wide, "result": "skipped"}))

        final = (await http.get(f"/maintenance/runs/{run_id}")).json()
        sample = (await http.get(f"/sessions/{first_rows[0]['session_id']}/events")).json()

    print(f"maintenance run: {targets:,} targets x {steps} steps (API, 1 uvicorn worker, production settings)")
    print(f"  import targets (CSV, {len(csv_text) / 1024:.0f} KiB):       {import_seconds * 1000:8.0f} ms")
    print(f"  create the run ({targets:,} sessions):          {create_seconds * 1000:8.0f} ms")
    print(
        f"  matrix, first 100 rows ({len(page.content) / 1024:.0f} KiB):        "
        f"p50 {statistics.median(timings) * 1000:6.1f} ms   p95 {percentile(timings, 0.95) * 1000:6.1f} ms   "
        f"({reads} reads)"
    )
    print(
        f"  bulk complete {len(cells):,} cells ({len(first_rows)} rows x {steps}):   {bulk_rows_seconds * 1000:8.0f} ms"
    )
    print(f"  bulk complete {len(wide):,} cells ({len(wide):,} rows x 1):  {bulk_wide_seconds * 1000:8.0f} ms")
    # The last step of the first rows was done, then skipped: counted once.
    expected = len(cells) + len(wide) - len(first_rows)
    closed = final["progress"]["steps_closed"]
    ok = (
        bulk.json()["changed"] == len(cells)
        and bulk_wide.json()["changed"] == len(wide)
        and closed == expected
        and len(sample) == steps + 2  # started, the 20 steps, then the last step again (skipped)
    )
    print(
        f"  check: {closed:,} steps closed (expected {expected:,}), run {final['status']}: {'OK' if ok else 'MISMATCH'}"
    )
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--targets", type=int, default=1000)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--reads", type=int, default=50)
    parser.add_argument("--port", type=int, default=8799)
    args = parser.parse_args()
    os.environ["SCHEDULER_ENABLED"] = "false"  # the API server's environment (api_server copies it)
    with database() as database_url:
        email = asyncio.run(prepare(database_url))
        with api_server(database_url, args.port, 1):
            ok = asyncio.run(run(args.port, email, args.targets, args.steps, args.reads))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
