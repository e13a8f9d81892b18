"""Load benchmark for the auth hot paths, side by side with a bare endpoint.

Starts its own stack the way a user would run it in production (embedded PostgreSQL unless
DATABASE_URL is given, `ENVIRONMENT=production`, uvicorn without reload and without access log),
logs in one user per client, then drives `GET /healthz` (bare: no auth, no database),
`GET /api/v1/auth/me` and `POST /api/v1/auth/refresh` with N concurrent keep-alive clients.
The three endpoints are measured in interleaved rounds in the same run; the figures printed are
medians over the rounds, and the me/bare throughput ratio is computed per round.

The load generator is a minimal HTTP/1.1 client on asyncio streams: a heavier client (httpx)
saturates its own core first and would measure itself rather than the server.

    cd backend && .venv/bin/python ../bench/auth_load.py [--clients 64] [--seconds 5] [--rounds 3]
"""

import argparse
import asyncio
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[1] / "backend"
sys.path.insert(0, str(BACKEND))

BENCH_EMAIL = "bench@bench.local"
BENCH_PASSWORD = "bench-load-password-1"


class Connection:
    """One keep-alive HTTP/1.1 connection; just enough protocol for JSON APIs."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, method: str, path: str, headers: dict[str, str], body: bytes = b"") -> tuple[int, bytes]:
        head = f"{method} {path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Length: {len(body)}\r\n"
        payload = (head + "".join(f"{k}: {v}\r\n" for k, v in headers.items())).encode() + b"\r\n" + body
        for attempt in (1, 2):
            if self.writer is None:
                self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
            assert self.reader is not None
            self.writer.write(payload)
            status_line = await self.reader.readline()
            if status_line:
                break
            # The server closed an idle keep-alive connection: reconnect once.
            self.close()
            self.writer = None
            if attempt == 2:
                raise ConnectionError("server closed the connection")
        status = int(status_line.split()[1])
        length = 0
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        return status, await self.reader.readexactly(length)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


@dataclass
class Client:
    connection: Connection
    access_token: str
    refresh_token: str


@dataclass
class Sample:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000 if ordered else float("nan")


async def _call(client: Client, endpoint: str) -> int:
    if endpoint == "bare":
        status, _ = await client.connection.request("GET", "/healthz", {})
    elif endpoint == "me":
        status, _ = await client.connection.request(
            "GET", "/api/v1/auth/me", {"Authorization": f"Bearer {client.access_token}"}
        )
    else:
        body = json.dumps({"refresh_token": client.refresh_token}).encode()
        status, raw = await client.connection.request(
            "POST", "/api/v1/auth/refresh", {"Content-Type": "application/json"}, body
        )
        if status == 200:
            payload = json.loads(raw)
            client.access_token, client.refresh_token = payload["access_token"], payload["refresh_token"]
    return status


async def run_phase(clients: list[Client], endpoint: str, seconds: float) -> tuple[Sample, float]:
    sample = Sample()
    deadline = time.perf_counter() + seconds

    async def worker(client: Client) -> None:
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            status = await _call(client, endpoint)
            if status == 200:
                sample.latencies.append(time.perf_counter() - started)
            else:
                sample.errors += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker(c) for c in clients))
    return sample, time.perf_counter() - started


async def login_clients(host: str, port: int, count: int) -> list[Client]:
    async def one() -> Client:
        connection = Connection(host, port)
        form = f"username={BENCH_EMAIL.replace('@', '%40')}&password={BENCH_PASSWORD}".encode()
        status, raw = await connection.request(
            "POST", "/api/v1/auth/token", {"Content-Type": "application/x-www-form-urlencoded"}, form
        )
        assert status == 200, raw
        payload = json.loads(raw)
        return Client(connection, payload["access_token"], payload["refresh_token"])

    return list(await asyncio.gather(*(one() for _ in range(count))))


async def measure(host: str, port: int, clients_n: int, seconds: float, rounds: int) -> None:
    clients = await login_clients(host, port, clients_n)
    for endpoint in ("bare", "me", "refresh"):  # warm-up: connections, pools, caches
        await run_phase(clients, endpoint, 1.0)

    results: dict[str, list[tuple[float, Sample]]] = {"bare": [], "me": [], "refresh": []}
    ratios: list[float] = []
    for _ in range(rounds):
        per_round = {}
        for endpoint in results:
            sample, elapsed = await run_phase(clients, endpoint, seconds)
            rps = len(sample.latencies) / elapsed
            results[endpoint].append((rps, sample))
            per_round[endpoint] = rps
        ratios.append(per_round["me"] / per_round["bare"])
    for client in clients:
        client.connection.close()
    report(results, ratios, clients_n, seconds, rounds)


def report(results: dict[str, list[tuple[float, "Sample"]]], ratios: list[float], n: int, s: float, r: int) -> None:
    print(f"\n{n} concurrent clients, {r} interleaved rounds of {s:.0f} s per endpoint (medians over rounds)\n")
    print(f"{'endpoint':<22}{'req/s':>10}{'p50 ms':>10}{'p95 ms':>10}{'p99 ms':>10}{'errors':>8}")
    names = {"bare": "GET /healthz (bare)", "me": "GET /auth/me", "refresh": "POST /auth/refresh"}
    medians = {}
    for endpoint, runs in results.items():
        rps = statistics.median(x for x, _ in runs)
        p50, p95, p99 = (statistics.median(sample.percentile(p) for _, sample in runs) for p in (50, 95, 99))
        errors = sum(sample.errors for _, sample in runs)
        medians[endpoint] = (rps, p99)
        print(f"{names[endpoint]:<22}{rps:>10.0f}{p50:>10.1f}{p95:>10.1f}{p99:>10.1f}{errors:>8}")
    ratio = statistics.median(ratios)
    print(f"\n/auth/me throughput / bare throughput: {ratio:.0%} (per round: {', '.join(f'{x:.0%}' for x in ratios)})")
    print("\ntargets:")
    print(f"  /auth/me >= 50% of bare ........ {'PASS' if ratio >= 0.5 else 'FAIL'} ({ratio:.0%})")
    print(f"  /auth/me p99 < 25 ms ........... {'PASS' if medians['me'][1] < 25 else 'FAIL'} ({medians['me'][1]:.1f} ms)")
    refresh_rps = medians["refresh"][0]
    print(f"  /auth/refresh >= 300/s ......... {'PASS' if refresh_rps >= 300 else 'FAIL'} ({refresh_rps:.0f}/s)")


@contextmanager
def database() -> Iterator[str]:
    if os.environ.get("DATABASE_URL"):
        yield os.environ["DATABASE_URL"]
        return
    from app.core.embedded_db import EmbeddedPostgres

    server = EmbeddedPostgres(Path(tempfile.mkdtemp(prefix="rf-bench-")) / "pg", cleanup="delete")
    try:
        yield server.url()
    finally:
        server.stop()


async def prepare(database_url: str) -> None:
    """Migrate and create the bench user (in its own team)."""
    from alembic import command
    from sqlalchemy import select

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
    async with create_sessionmaker(engine)() as db:
        if (await db.execute(select(User.id).where(User.email == BENCH_EMAIL))).first() is None:
            team = await create_team(db, settings, "Bench")
            user = User(email=BENCH_EMAIL, full_name="Bench", password_hash=await hash_password(BENCH_PASSWORD, 12))
            db.add(user)
            await db.flush()
            db.add(Membership(team_id=team.id, user_id=user.id, role="engineer"))
            await db.commit()
    await engine.dispose()


@contextmanager
def api_server(database_url: str, port: int, workers: int) -> Iterator[None]:
    from cryptography.fernet import Fernet

    env = {
        **os.environ,
        "ENVIRONMENT": "production",
        "DATABASE_URL": database_url,
        "SECRET_KEY": secrets.token_urlsafe(48),
        "ENCRYPTION_KEY": Fernet.generate_key().decode(),
        "ACCESS_LOG": "false",
        "LOG_LEVEL": "WARNING",
    }
    command = [
        sys.executable, "-m", "uvicorn", "app.main:create_app", "--factory", "--host", "127.0.0.1",
        "--port", str(port), "--workers", str(workers), "--no-access-log", "--log-level", "warning",
    ]  # fmt: skip
    process = subprocess.Popen(command, cwd=BACKEND, env=env)
    try:
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("API server did not start")
        time.sleep(0.5 * workers)  # let every worker finish its start-up
        yield
    finally:
        process.terminate()
        process.wait(timeout=20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    parser.add_argument("--port", type=int, default=8799)
    args = parser.parse_args()

    with database() as url:
        asyncio.run(prepare(url))
        with api_server(url, args.port, args.workers):
            print(f"uvicorn: {args.workers} worker(s), ENVIRONMENT=production, no access log; cores: {os.cpu_count()}")
            asyncio.run(measure("127.0.0.1", args.port, args.clients, args.seconds, args.rounds))


if __name__ == "__main__":
    main()
