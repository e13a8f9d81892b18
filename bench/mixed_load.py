"""Mixed workload against the API as a user runs it, then an optional soak that watches memory.

Same harness as bench/auth_load.py (its stack and HTTP client are imported from there, like
bench/session_load.py): embedded PostgreSQL unless DATABASE_URL is given (then give it a throwaway
database), alembic migrations, uvicorn with `ENVIRONMENT=production`, 2 workers, no access log.

1. Setup: a bench team with one engineer per client (one login each) and a library of `--flows`
   published flows imported through the API (`POST /flows/import?publish=true`).
2. Load, for each client count in `--clients` (default 64 and 256), `--seconds` each: every client
   loops over a random mix on its own keep-alive connection:
     70% reads:  library list (GET /flows), flow detail (GET /flows/{id}), session state (GET /sessions/{id})
     25% appends to its own session (POST /sessions/{id}/events; a new session when one ends)
      5% search (GET /search?q=...)
   then the same clients hammer the bare `GET /healthz` for the same time. Printed: per operation
   req/s, p50/p95/p99 and errors, totals, and mixed req/s as a share of bare req/s.
3. Soak (`--soak-minutes`, default 10; 0 skips it): 64 clients on the mix; once a minute the resident
   memory (RSS) of every API process, flagging total growth beyond 10% over the first sample.

Figures only: it asserts nothing. Run it on a quiet machine.

    cd backend && .venv/bin/python ../bench/mixed_load.py [--clients 64,256] [--seconds 30] [--soak-minutes 10]
    quick:  ... --clients 16 --seconds 5 --soak-minutes 0 --flows 50
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
from urllib.parse import quote, urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from auth_load import BENCH_PASSWORD, Connection, Sample, api_server, database
from session_load import chain_graph, prepare

WORDS = ["outlook", "printer", "vpn", "dns", "exchange", "teams", "onedrive", "backup", "firewall", "wifi"]
MIX = [("list", 0.25), ("flow", 0.20), ("state", 0.25), ("append", 0.25), ("search", 0.05)]
OPERATIONS = ["list", "flow", "state", "append", "start", "search"]
LABELS = {
    "list": "GET /flows (library)",
    "flow": "GET /flows/{id}",
    "state": "GET /sessions/{id}",
    "append": "POST /sessions/{id}/events",
    "start": "POST /sessions",
    "search": "GET /search",
    "bare": "GET /healthz (bare)",
}


@dataclass
class Client:
    email: str
    connection: Connection
    token: str = ""
    session: dict[str, Any] | None = None


@dataclass
class Results:
    samples: dict[str, Sample] = field(default_factory=lambda: {op: Sample() for op in [*OPERATIONS, "bare"]})
    elapsed: float = 0.0


async def request(client: Client, method: str, path: str, body: Any = None) -> tuple[int, Any]:
    headers = {"Authorization": f"Bearer {client.token}"}
    raw_body = b""
    if body is not None:
        headers["Content-Type"] = "application/json"
        raw_body = json.dumps(body).encode()
    status, raw = await client.connection.request(method, path, headers, raw_body)
    try:
        return status, json.loads(raw) if raw else None
    except ValueError:
        return status, None


async def login(host: str, port: int, email: str) -> Client:
    client = Client(email, Connection(host, port))
    form = f"username={quote(email)}&password={BENCH_PASSWORD}".encode()
    status, raw = await client.connection.request(
        "POST", "/api/v1/auth/token", {"Content-Type": "application/x-www-form-urlencoded"}, form
    )
    assert status == 200, raw
    client.token = json.loads(raw)["access_token"]
    return client


async def import_library(client: Client, count: int) -> list[str]:
    rng = random.Random(7)  # noqa: S311 (a reproducible library, not a secret)
    ids: list[str] = []
    for start in range(0, count, 100):
        entries = []
        for i in range(start, min(count, start + 100)):
            words = rng.sample(WORDS, 3)
            graph = chain_graph(8)
            entries.append(
                {
                    "kind": "troubleshooting",
                    "title": f"{words[0].title()} {words[1]} problem {i}",
                    "description": f"When {words[2]} fails for a user.",
                    "tags": words[:2],
                    "graph": graph,
                }
            )
        document = {"format": "resolutionflow.flows", "version": 1, "flows": entries}
        status, answer = await request(client, "POST", "/api/v1/flows/import?publish=true", document)
        assert status == 201, answer
        ids += [created["flow_id"] for created in answer["created"]]
    return ids


async def start_session(client: Client, flows: list[str], rng: random.Random, results: Results) -> None:
    began = time.perf_counter()
    status, session = await request(client, "POST", "/api/v1/sessions", {"flow_id": rng.choice(flows)})
    sample = results.samples["start"]
    if status == 201:
        sample.latencies.append(time.perf_counter() - began)
        client.session = session
    else:
        sample.errors += 1


async def one_operation(client: Client, flows: list[str], rng: random.Random, results: Results) -> None:
    op = rng.choices([name for name, _ in MIX], weights=[weight for _, weight in MIX])[0]
    if client.session is None:
        await start_session(client, flows, rng, results)
        return
    session = client.session
    began = time.perf_counter()
    if op == "list":
        status, _ = await request(client, "GET", "/api/v1/flows?limit=25")
    elif op == "flow":
        status, _ = await request(client, "GET", f"/api/v1/flows/{rng.choice(flows)}")
    elif op == "state":
        status, _ = await request(client, "GET", f"/api/v1/sessions/{session['id']}")
    elif op == "search":
        query = urlencode({"q": " ".join(rng.sample(WORDS, rng.choice([1, 2])))})
        status, _ = await request(client, "GET", f"/api/v1/search?{query}")
    else:
        current = session.get("current") or {}
        event: dict[str, Any]
        if rng.random() < 0.15:  # notes now and then, as engineers write them
            event = {"type": "note", "text": f"checked with the user {uuid.uuid4().hex[:8]}"}
        elif current.get("kind") == "action":
            event = {"type": "action_done", "node_id": session["current_node"], "result": "done"}
        else:
            event = {"type": "ended", "outcome": "resolved", "summary": "bench"}
        body = {"expected_seq": session["last_seq"], "event": event}
        status, answer = await request(client, "POST", f"/api/v1/sessions/{session['id']}/events", body)
        if status == 201:
            client.session = None if event["type"] == "ended" else answer["session"]
    sample = results.samples[op]
    if 200 <= status < 300:
        sample.latencies.append(time.perf_counter() - began)
    else:
        sample.errors += 1


async def run_mixed(clients: list[Client], flows: list[str], seconds: float, seed: int) -> Results:
    results = Results()
    deadline = time.perf_counter() + seconds

    async def worker(client: Client, rng: random.Random) -> None:
        while time.perf_counter() < deadline:
            await one_operation(client, flows, rng, results)

    started = time.perf_counter()
    await asyncio.gather(*(worker(c, random.Random(seed + i)) for i, c in enumerate(clients)))  # noqa: S311
    results.elapsed = time.perf_counter() - started
    return results


async def run_bare(clients: list[Client], seconds: float, results: Results) -> float:
    sample = results.samples["bare"]
    deadline = time.perf_counter() + seconds

    async def worker(client: Client) -> None:
        while time.perf_counter() < deadline:
            began = time.perf_counter()
            status, _ = await client.connection.request("GET", "/healthz", {})
            if status == 200:
                sample.latencies.append(time.perf_counter() - began)
            else:
                sample.errors += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker(c) for c in clients))
    return time.perf_counter() - started


def print_table(n: int, seconds: float, results: Results, bare_elapsed: float) -> None:
    print(f"\n{n} concurrent clients, {seconds:.0f} s mixed + {seconds:.0f} s bare /healthz\n")
    print(f"{'operation':<30}{'count':>8}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}")
    total, errors = 0, 0
    for op in OPERATIONS:
        sample = results.samples[op]
        count = len(sample.latencies)
        total, errors = total + count, errors + sample.errors
        rps = count / results.elapsed if results.elapsed else 0
        p50, p95, p99 = (sample.percentile(p) for p in (50, 95, 99))
        print(f"{LABELS[op]:<30}{count:>8}{rps:>9.0f}{p50:>9.1f}{p95:>9.1f}{p99:>9.1f}{sample.errors:>8}")
    mixed_rps = total / results.elapsed if results.elapsed else 0
    bare = results.samples["bare"]
    bare_rps = len(bare.latencies) / bare_elapsed if bare_elapsed else 0
    all_mixed = Sample([x for op in OPERATIONS for x in results.samples[op].latencies])
    print(
        f"{'all mixed':<30}{total:>8}{mixed_rps:>9.0f}{all_mixed.percentile(50):>9.1f}"
        f"{all_mixed.percentile(95):>9.1f}{all_mixed.percentile(99):>9.1f}{errors:>8}"
    )
    print(
        f"{LABELS['bare']:<30}{len(bare.latencies):>8}{bare_rps:>9.0f}{bare.percentile(50):>9.1f}"
        f"{bare.percentile(95):>9.1f}{bare.percentile(99):>9.1f}{bare.errors:>8}"
    )
    ratio = mixed_rps / bare_rps if bare_rps else float("nan")
    print(f"\nmixed throughput / bare throughput: {ratio:.0%}")


def api_processes(port: int) -> list[Any]:
    """The uvicorn master started by api_server() and its worker processes."""
    import psutil

    found = []
    for child in psutil.Process().children(recursive=True):
        try:
            cmdline = " ".join(child.cmdline())
        except psutil.Error:
            continue
        if "uvicorn" in cmdline and str(port) in cmdline:
            found.append(child)
            found += child.children(recursive=True)
    return list({p.pid: p for p in found}.values())


def rss_mb(processes: list[Any]) -> list[float]:
    import psutil

    values = []
    for process in processes:
        try:
            values.append(process.memory_info().rss / 2**20)
        except psutil.Error:
            values.append(0.0)
    return values


async def soak(clients: list[Client], flows: list[str], minutes: int, port: int) -> None:
    print(f"\nSoak: {len(clients)} clients on the mix for {minutes} min; RSS of the API processes every minute")
    processes = api_processes(port)
    first: float | None = None
    for minute in range(1, minutes + 1):
        results = await run_mixed(clients, flows, 60.0, seed=1000 + minute)
        sizes = rss_mb(processes)
        total = sum(sizes)
        first = first if first is not None else total
        growth = (total - first) / first if first else 0.0
        count = sum(len(s.latencies) for s in results.samples.values())
        errors = sum(s.errors for s in results.samples.values())
        flag = "  <-- grew more than 10%" if growth > 0.10 else ""
        print(
            f"  minute {minute:>2}: {count / results.elapsed:>6.0f} req/s, {errors} errors, RSS "
            f"{' + '.join(f'{s:.0f}' for s in sizes)} = {total:.0f} MB ({growth:+.1%} vs minute 1){flag}",
            flush=True,
        )


async def measure(host: str, port: int, emails: list[str], args: argparse.Namespace) -> None:
    levels = [int(x) for x in args.clients.split(",")]
    clients = list(await asyncio.gather(*(login(host, port, email) for email in emails)))
    flows = await import_library(clients[0], args.flows)
    print(f"library: {len(flows)} published flows; logins: {len(clients)}")
    await run_mixed(clients[: min(levels)], flows, 2.0, seed=1)  # warm-up: connections, pools, caches
    for n in levels:
        results = await run_mixed(clients[:n], flows, args.seconds, seed=n)
        bare_elapsed = await run_bare(clients[:n], args.seconds, results)
        print_table(n, args.seconds, results, bare_elapsed)
    if args.soak_minutes > 0:
        await soak(clients[:64], flows, args.soak_minutes, port)
    for client in clients:
        client.connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", default="64,256", help="comma-separated client counts (default 64,256)")
    parser.add_argument("--seconds", type=float, default=30.0, help="per client count, mixed and bare each")
    parser.add_argument("--flows", type=int, default=300, help="published flows in the library")
    parser.add_argument("--soak-minutes", type=int, default=10, help="0 skips the soak")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    parser.add_argument("--port", type=int, default=8797)
    args = parser.parse_args()
    most = max([int(x) for x in args.clients.split(",")] + [64 if args.soak_minutes else 0])

    with database() as url:
        _, emails = asyncio.run(prepare(url, most))
        with api_server(url, args.port, args.workers):
            print(
                f"uvicorn: {args.workers} worker(s), ENVIRONMENT=production, no access log; cores: {os.cpu_count()}; "
                f"run {uuid.uuid4().hex[:8]}"
            )
            asyncio.run(measure("127.0.0.1", args.port, emails, args))


if __name__ == "__main__":
    main()
