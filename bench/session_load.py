"""Load benchmark for troubleshooting sessions: concurrent engineers appending to session logs.

Same harness as bench/auth_load.py (its stack and HTTP client are imported from there): embedded
PostgreSQL unless DATABASE_URL is given (then that database is used: give it a throwaway one),
alembic migrations, uvicorn with `ENVIRONMENT=production` and no access log.

1. Setup: a bench team with N engineers (one login each), and a long troubleshooting flow published through the API
   (a chain of 40 action nodes ending in a resolution).
2. Load: N concurrent simulated engineers, each on its own keep-alive connection, run sessions
   back to back until the time is up: `POST /sessions`, 20-40 appends (mostly `action_done` on the
   current node, some notes and pasted output; each sends the `expected_seq` it saw), `ended`, then
   `GET /sessions/{id}` and `GET /sessions/{id}/document?format=md` (skipped, with a note, while
   that route does not exist). When the time is up each engineer ends the session it is on.
   Printed: appends/s over the whole run, p50/p95/p99 per append, and the other calls' latencies.
3. Check: every session's stored log (read with asyncpg) is compared with what its client sent, in
   order: 0 lost and 0 duplicated events, seqs 1..n without a gap, no session the clients did not
   start.
4. Insights: `GET /flows/{id}/insights` over everything the run stored (the bench flow's version).

    cd backend && .venv/bin/python ../bench/session_load.py [--clients 64] [--seconds 30] [--workers 2]
    quick:  ... --quick   (15 s)
"""

import argparse
import asyncio
import json
import os
import random
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
from auth_load import BENCH_PASSWORD, Connection, Sample, api_server, database

CHAIN = 40
TARGET_EVENTS_PER_S = 1500
TARGET_P99_MS = 40


def chain_graph(n: int = CHAIN) -> dict[str, Any]:
    nodes: list[dict[str, Any]] = [
        {
            "id": f"a{i:02d}",
            "kind": "action",
            "title": f"Step {i}: check the service on the server",
            "body": "Run the command and compare with the expected result.",
            "commands": [{"shell": "powershell", "text": f"Get-Service -Name svc{i} | Format-List"}],
            "expected_result": "Status : Running",
        }
        for i in range(n)
    ]
    nodes.append({"id": "done", "kind": "resolution", "title": "All checks passed"})
    edges = [{"source": f"a{i:02d}", "target": f"a{i + 1:02d}"} for i in range(n - 1)]
    edges.append({"source": f"a{n - 1:02d}", "target": "done"})
    return {"start": "a00", "nodes": nodes, "edges": edges}


@dataclass
class Engineer:
    email: str
    token: str = ""
    connection: Connection | None = None
    # session id -> what was sent, in order: (type, distinguishing value)
    sent: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


@dataclass
class Results:
    appends: Sample = field(default_factory=Sample)
    starts: Sample = field(default_factory=Sample)
    reads: Sample = field(default_factory=Sample)
    documents: Sample = field(default_factory=Sample)
    document_route: bool | None = None
    statuses: dict[int, int] = field(default_factory=dict)


async def prepare(database_url: str, clients: int) -> tuple[uuid.UUID, list[str]]:
    """Migrate; a bench team with `clients` engineers (cheap bcrypt: logging in is not what is measured)."""
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
    run = uuid.uuid4().hex[:8]
    async with create_sessionmaker(engine)() as db:
        team = await create_team(db, settings, f"Session bench {run}")
        password_hash = await hash_password(BENCH_PASSWORD, 4)
        emails = [f"eng{i}-{run}@bench.local" for i in range(clients)]
        for i, email in enumerate(emails):
            user = User(email=email, full_name=f"Bench engineer {i}", password_hash=password_hash)
            db.add(user)
            await db.flush()
            db.add(Membership(team_id=team.id, user_id=user.id, role="engineer"))
        await db.commit()
        team_id = team.id
    await engine.dispose()
    return team_id, emails


async def call(
    engineer: Engineer, method: str, path: str, body: Any = None, results: Results | None = None
) -> tuple[int, Any]:
    assert engineer.connection is not None
    headers = {"Authorization": f"Bearer {engineer.token}"}
    raw_body = b""
    if body is not None:
        headers["Content-Type"] = "application/json"
        raw_body = json.dumps(body).encode()
    status, raw = await engineer.connection.request(method, path, headers, raw_body)
    if results is not None:
        results.statuses[status] = results.statuses.get(status, 0) + 1
    try:
        return status, json.loads(raw) if raw else None
    except ValueError:
        return status, raw.decode(errors="replace")


async def login(host: str, port: int, engineer: Engineer) -> None:
    engineer.connection = Connection(host, port)
    form = f"username={quote(engineer.email)}&password={BENCH_PASSWORD}".encode()
    status, raw = await engineer.connection.request(
        "POST", "/api/v1/auth/token", {"Content-Type": "application/x-www-form-urlencoded"}, form
    )
    assert status == 200, raw
    engineer.token = json.loads(raw)["access_token"]


async def publish_flow(engineer: Engineer) -> str:
    body = {"kind": "troubleshooting", "title": "Bench: 40-step server check", "graph": chain_graph()}
    status, flow = await call(engineer, "POST", "/api/v1/flows", body)
    assert status == 201, flow
    status, version = await call(engineer, "POST", f"/api/v1/flows/{flow['id']}/publish", {})
    assert status == 201, version
    return str(flow["id"])


def next_event(rng: random.Random, session: dict[str, Any], index: int) -> tuple[dict[str, Any], tuple[str, str]]:
    """The next event to send (mostly doing the current action), and how the check recognises it."""
    node = session["current_node"]
    roll = rng.random()
    if roll < 0.12:
        text = f"note {index}: {uuid.uuid4().hex}"
        return {"type": "note", "text": text}, ("note", text)
    if roll < 0.2:
        output = f"Status : Running\nName : svc{index}\n# {uuid.uuid4().hex}"
        return {"type": "output_pasted", "output": output, "command": "Get-Service"}, ("output_pasted", output)
    return {"type": "action_done", "node_id": node, "result": "done"}, ("action_done", node)


async def run_engineer(  # noqa: PLR0912 (one engineer's loop, read top to bottom)
    engineer: Engineer, flow_id: str, deadline: float, results: Results, rng: random.Random
) -> None:
    index = 0
    while time.perf_counter() < deadline:
        started = time.perf_counter()
        status, session = await call(engineer, "POST", "/api/v1/sessions", {"flow_id": flow_id}, results)
        if status != 201:
            results.starts.errors += 1
            continue
        results.starts.latencies.append(time.perf_counter() - started)
        sent = engineer.sent.setdefault(session["id"], [("started", "a00")])
        url = f"/api/v1/sessions/{session['id']}/events"
        events = rng.randint(20, 40)
        for n in range(events + 1):
            last = n == events or time.perf_counter() >= deadline
            if last:
                summary = f"bench run {uuid.uuid4().hex}"
                event, key = {"type": "ended", "outcome": "resolved", "summary": summary}, ("ended", summary)
            else:
                index += 1
                event, key = next_event(rng, session, index)
                if session["current"] is None or session["current"]["kind"] != "action":
                    event, key = {"type": "note", "text": f"at the end {index}"}, ("note", f"at the end {index}")
            began = time.perf_counter()
            status, answer = await call(
                engineer, "POST", url, {"expected_seq": session["last_seq"], "event": event}, results
            )
            if status != 201:
                results.appends.errors += 1
                print(f"append refused: {status} {str(answer)[:200]}", file=sys.stderr)
                break
            results.appends.latencies.append(time.perf_counter() - began)
            sent.append(key)
            session = answer["session"]
            if last:
                break
        began = time.perf_counter()
        status, _ = await call(engineer, "GET", f"/api/v1/sessions/{session['id']}", None, results)
        if status == 200:
            results.reads.latencies.append(time.perf_counter() - began)
        else:
            results.reads.errors += 1
        if results.document_route is not False:
            began = time.perf_counter()
            status, _ = await call(
                engineer, "GET", f"/api/v1/sessions/{session['id']}/document?format=md", None, results
            )
            if status == 200:
                results.document_route = True
                results.documents.latencies.append(time.perf_counter() - began)
            elif status in (404, 405) and results.document_route is None:
                results.document_route = False  # the route does not exist (yet)
            else:
                results.documents.errors += 1


def _key(event_type: str, payload: dict[str, Any]) -> tuple[str, str]:
    if event_type == "started":
        return event_type, payload["node_id"]
    if event_type == "action_done":
        return event_type, payload["node_id"]
    if event_type == "note":
        return event_type, payload["text"]
    if event_type == "output_pasted":
        return event_type, payload["output"]
    if event_type == "ended":
        return event_type, payload["summary"]
    return event_type, json.dumps(payload, sort_keys=True)


async def verify(dsn: str, team_id: uuid.UUID, engineers: list[Engineer]) -> tuple[int, int, int, int, int]:
    """(sessions, events stored, lost, duplicated, other problems): stored logs against what was sent."""
    import asyncpg

    sent = {uuid.UUID(session_id): keys for engineer in engineers for session_id, keys in engineer.sent.items()}
    connection = await asyncpg.connect(dsn)
    try:
        rows = await connection.fetch(
            "SELECT e.session_id, e.seq, e.type, e.payload::text AS payload FROM session_events e "
            "JOIN sessions s ON s.id = e.session_id WHERE s.team_id = $1 ORDER BY e.session_id, e.seq",
            team_id,
        )
        stored_sessions = {
            row["id"] for row in await connection.fetch("SELECT id FROM sessions WHERE team_id = $1", team_id)
        }
    finally:
        await connection.close()
    stored: dict[uuid.UUID, list[tuple[int, tuple[str, str]]]] = {}
    for row in rows:
        stored.setdefault(row["session_id"], []).append((row["seq"], _key(row["type"], json.loads(row["payload"]))))
    lost = duplicated = problems = 0
    problems += len(stored_sessions ^ set(sent))
    for session_id, keys in sent.items():
        log = stored.get(session_id, [])
        if [seq for seq, _ in log] != list(range(1, len(log) + 1)):
            problems += 1
        stored_keys = [key for _, key in log]
        for key in set(keys) | set(stored_keys):
            difference = stored_keys.count(key) - keys.count(key)
            lost += max(0, -difference)
            duplicated += max(0, difference)
        if stored_keys != keys and not (lost or duplicated):
            problems += 1  # same events, other order
    return len(sent), len(rows), lost, duplicated, problems


def pct(sample: Sample, p: float) -> float:
    return sample.percentile(p)


async def measure(host: str, port: int, dsn: str, team_id: uuid.UUID, emails: list[str], seconds: float) -> bool:
    engineers = [Engineer(email) for email in emails]
    await asyncio.gather(*(login(host, port, engineer) for engineer in engineers))
    flow_id = await publish_flow(engineers[0])

    # Warm-up: a short run (connections, pools, the graph cache of every worker), not measured.
    warm = Results()
    await asyncio.gather(
        *(
            run_engineer(e, flow_id, time.perf_counter() + 2, warm, random.Random(i))  # noqa: S311 (reproducible load)
            for i, e in enumerate(engineers)
        )
    )
    results = Results(document_route=warm.document_route)
    began = time.perf_counter()
    deadline = began + seconds
    await asyncio.gather(
        *(
            run_engineer(e, flow_id, deadline, results, random.Random(1000 + i))  # noqa: S311
            for i, e in enumerate(engineers)
        )
    )
    elapsed = time.perf_counter() - began
    for engineer in engineers:
        if engineer.connection:
            engineer.connection.close()

    appends = len(results.appends.latencies)
    rate = appends / elapsed
    p99 = pct(results.appends, 99)
    print(f"\n{len(engineers)} concurrent engineers, {elapsed:.1f} s measured (after a 2 s warm-up)\n")
    print(f"{'call':<34}{'count':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}")
    rows = [
        ("POST /sessions/{id}/events", results.appends),
        ("POST /sessions (start)", results.starts),
        ("GET /sessions/{id}", results.reads),
        ("GET /sessions/{id}/document?md", results.documents),
    ]
    for name, sample in rows:
        count = len(sample.latencies)
        line = f"{name:<34}{count:>8}{pct(sample, 50):>9.1f}{pct(sample, 95):>9.1f}{pct(sample, 99):>9.1f}"
        print(f"{line}{sample.errors:>8}")
    if not results.document_route:
        print("  (document export: GET /sessions/{id}/document answered 404: route not there yet, skipped)")
    print(f"\nappends: {appends} in {elapsed:.1f} s = {rate:.0f} events/s; HTTP statuses: {results.statuses}")

    sessions, stored, lost, duplicated, problems = await verify(dsn, team_id, engineers)
    print(f"check: {sessions} sessions, {stored} events stored; lost {lost}, duplicated {duplicated}, other {problems}")

    status, insights = await call_once(host, port, engineers[0].token, f"/api/v1/flows/{flow_id}/insights")
    timings = []
    for _ in range(5):
        began_insights = time.perf_counter()
        status, insights = await call_once(host, port, engineers[0].token, f"/api/v1/flows/{flow_id}/insights")
        timings.append((time.perf_counter() - began_insights) * 1000)
    assert status == 200, insights
    print(
        f"insights over {insights['outcomes']['sessions']} sessions / {stored} events: "
        f"{min(timings):.0f} ms best, {sorted(timings)[2]:.0f} ms median of 5"
    )

    ok = [
        (f"appends >= {TARGET_EVENTS_PER_S} events/s", rate >= TARGET_EVENTS_PER_S, f"{rate:.0f}/s"),
        (f"append p99 < {TARGET_P99_MS} ms", p99 < TARGET_P99_MS, f"{p99:.1f} ms"),
        ("0 lost, 0 duplicated", lost == duplicated == problems == 0, f"{lost}/{duplicated}/{problems}"),
    ]
    print("\ntargets:")
    for name, passed, figure in ok:
        print(f"  {name:<28} {'PASS' if passed else 'FAIL'} ({figure})")
    return all(passed for _, passed, _ in ok)


async def call_once(host: str, port: int, token: str, path: str) -> tuple[int, Any]:
    connection = Connection(host, port)
    try:
        status, raw = await connection.request("GET", path, {"Authorization": f"Bearer {token}"})
    finally:
        connection.close()
    return status, json.loads(raw)


def asyncpg_dsn(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://").replace("postgres+asyncpg://", "postgresql://")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--quick", action="store_true", help="a 15 s run")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    parser.add_argument("--port", type=int, default=8798)
    args = parser.parse_args()
    seconds = 15.0 if args.quick else args.seconds

    with database() as url:
        team_id, emails = asyncio.run(prepare(url, args.clients))
        with api_server(url, args.port, args.workers):
            print(f"uvicorn: {args.workers} worker(s), ENVIRONMENT=production, no access log; cores: {os.cpu_count()}")
            passed = asyncio.run(measure("127.0.0.1", args.port, asyncpg_dsn(url), team_id, emails, seconds))
    sys.exit(0 if passed else 1)


if __name__ == "__main__":
    main()
