"""Push throughput to ConnectWise: N sessions pushed at once while the PSA takes 200 ms per call.

Same harness as bench/auth_load.py: embedded PostgreSQL unless DATABASE_URL is given (then give a
throwaway database), alembic migrations, uvicorn with `ENVIRONMENT=production` (plus
`PSA_ALLOW_HTTP_SITES=true`: the fake ConnectWise is a plain-HTTP site on 127.0.0.1).

1. Setup: the fake ConnectWise (tests/fakes/connectwise.py) with one ticket per session and the
   latency; a team connected to it through the API; a published flow; N sessions started on their
   tickets (each start checks its ticket with the PSA).
2. Load: N concurrent `POST /sessions/{id}/psa-push`, each on its own connection. Printed: wall
   time, pushes/s, latency p50/p95/max, and what the fake received.
3. Check: every push answered 201 with a note id, and the fake holds exactly one note per session
   (N in all) with that session's marker.

    cd backend && .venv/bin/python ../bench/psa_push.py [--sessions 100] [--latency 0.2] [--workers 2]
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

TARGET_SECONDS = 5.0
PASSWORD = "bench-psa-password-1"
FIRST_TICKET = 70_000


async def prepare(database_url: str) -> dict[str, str]:
    """Migrate and create a team with an admin and an engineer; their e-mails."""
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
    suffix = uuid.uuid4().hex[:8]
    emails = {"team_admin": f"psa-admin-{suffix}@bench.local", "engineer": f"psa-engineer-{suffix}@bench.local"}
    async with create_sessionmaker(engine)() as db:
        team = await create_team(db, settings, f"PSA bench {suffix}")
        for role, email in emails.items():
            user = User(email=email, full_name=f"Bench {role}", password_hash=await hash_password(PASSWORD, 4))
            db.add(user)
            await db.flush()
            db.add(Membership(team_id=team.id, user_id=user.id, role=role))
        await db.commit()
    await engine.dispose()
    return emails


def flow_graph() -> dict[str, Any]:
    return {
        "start": "check",
        "nodes": [
            {"id": "check", "kind": "action", "title": "Restart the Outlook profile service"},
            {"id": "done", "kind": "resolution", "title": "Outlook starts again"},
        ],
        "edges": [{"source": "check", "target": "done"}],
    }


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def run(port: int, emails: dict[str, str], fake: Any, sessions_n: int) -> bool:
    import httpx

    base = f"http://127.0.0.1:{port}/api/v1"
    limits = httpx.Limits(max_connections=sessions_n + 10, max_keepalive_connections=sessions_n + 10)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as http:

        async def headers(email: str) -> dict[str, str]:
            response = await http.post("/auth/login", json={"email": email, "password": PASSWORD})
            response.raise_for_status()
            return {"Authorization": f"Bearer {response.json()['access_token']}"}

        admin, engineer = await headers(emails["team_admin"]), await headers(emails["engineer"])
        connection = {
            "site": fake.site,
            "company_id": fake.company_id,
            "public_key": fake.public_key,
            "private_key": fake.private_key,
            "client_id": fake.client_id,
            "allow_http": True,
        }
        (await http.put("/psa/connectwise", json=connection, headers=admin)).raise_for_status()
        test = (await http.post("/psa/connectwise/test", headers=admin)).json()
        assert test["ok"], test
        flow = await http.post(
            "/flows",
            json={"kind": "troubleshooting", "title": "Outlook won't start", "graph": flow_graph()},
            headers=engineer,
        )
        flow.raise_for_status()
        (await http.post(f"/flows/{flow.json()['id']}/publish", json={}, headers=engineer)).raise_for_status()

        gate = asyncio.Semaphore(20)

        async def start(ticket: int) -> str:
            async with gate:
                body = {"flow_id": flow.json()["id"], "ticket_id": str(ticket), "client_name": "Contoso"}
                response = await http.post("/sessions", json=body, headers=engineer)
                response.raise_for_status()
                assert response.json()["ticket_verified"] is True
                return str(response.json()["id"])

        started = time.perf_counter()
        session_ids = await asyncio.gather(*(start(FIRST_TICKET + n) for n in range(sessions_n)))
        print(f"setup: {sessions_n} sessions started on verified tickets in {time.perf_counter() - started:.1f} s")
        fake.requests.clear()

        async def push(session_id: str) -> tuple[float, int, Any]:
            began = time.perf_counter()
            response = await http.post(f"/sessions/{session_id}/psa-push", headers=engineer)
            return time.perf_counter() - began, response.status_code, response.json()

        began = time.perf_counter()
        results = await asyncio.gather(*(push(session_id) for session_id in session_ids))
        wall = time.perf_counter() - began

    latencies = [seconds * 1000 for seconds, _, _ in results]
    statuses = [status for _, status, _ in results]
    posted = fake.posted()
    per_session = [len(fake.notes_with(f"[ResolutionFlow session {sid} note 1]")) for sid in session_ids]
    print(f"pushes: {sessions_n} concurrent, ConnectWise latency {fake.latency * 1000:.0f} ms per call")
    print(f"  wall time        {wall:.2f} s   (target < {TARGET_SECONDS:.0f} s)")
    print(f"  throughput       {sessions_n / wall:.1f} pushes/s")
    print(
        f"  latency          p50 {statistics.median(latencies):.0f} ms, p95 {percentile(latencies, 0.95):.0f} ms, "
        f"max {max(latencies):.0f} ms"
    )
    print(f"  answers          {statuses.count(201)} x 201, others: {[s for s in statuses if s != 201]}")
    print(
        f"  fake ConnectWise {len(posted)} notes created, {fake.count('add_note')} POSTs, "
        f"{fake.count('list_notes')} note lists; per session: min {min(per_session)}, max {max(per_session)}"
    )
    ok = wall < TARGET_SECONDS and len(posted) == sessions_n and set(per_session) == {1} and set(statuses) == {201}
    print("RESULT:", "PASS" if ok else "FAIL")
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=100)
    parser.add_argument("--latency", type=float, default=0.2, help="seconds the fake ConnectWise adds to every call")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    parser.add_argument("--port", type=int, default=8798)
    args = parser.parse_args()

    from tests.fakes import connectwise

    os.environ["PSA_ALLOW_HTTP_SITES"] = "true"
    with database() as url, connectwise.running() as fake:
        emails = asyncio.run(prepare(url))
        for n in range(args.sessions):
            fake.add_ticket(FIRST_TICKET + n)
        fake.latency = args.latency
        with api_server(url, args.port, args.workers):
            print(f"uvicorn: {args.workers} worker(s), ENVIRONMENT=production; cores: {os.cpu_count()}")
            ok = asyncio.run(run(args.port, emails, fake, args.sessions))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
