"""Load benchmark for the flow library: search over a large index, and publishing a big graph.

Same harness as bench/auth_load.py (its stack and HTTP client are imported from there): embedded
PostgreSQL unless DATABASE_URL is given (then that database is used and filled: give it a throwaway
one), alembic migrations, uvicorn with `ENVIRONMENT=production` and no access log.

1. Load: N flow versions (default 100,000; one published version per flow, so N flows and N search
   documents, ~10 nodes each, ~1,000,000 nodes) for the bench team, plus a small second team whose
   documents carry a word the bench team never has (the filtering check). Rows are generated in
   Python from the 22 demo flows (titles, descriptions, node texts recombined, with device names,
   sites and error codes mixed in: common words such as "printer" are in thousands of rows, an error
   code in a handful) and written with asyncpg `copy_records_to_table`. search_documents rows are
   built exactly as `app.search.service.reindex_flow` builds them (`graph_text`, tags joined by
   spaces, version = latest published version); `document` and `head` are generated columns and
   the postings and vocabulary are written by the table's trigger, as in the app.
   Secondary indexes are dropped during the COPY and re-created from their own definitions
   (pg_indexes) afterwards, then VACUUM (ANALYZE).
   Then every document is embedded in-process by the app's default provider (local wordllama)
   through `app.embeddings.service.reembed`, the HNSW indexes dropped meanwhile and re-created
   after (embedding throughput and index build time are printed), so search is fully hybrid.
2. Search: `GET /api/v1/search?q=...` (full text fused with semantic similarity) over a fixed query
   mix at 16 concurrent keep-alive clients,
   side by side with the same SQL sent directly through asyncpg from 16 connections. The direct SQL
   is the sequence of statements `app.search.service.search` executes for each query (recorded
   from the service running against the loaded database, so a typo's correction round trips are
   included) compiled with SQLAlchemy's asyncpg dialect: the identical text and bind parameters
   the app sends (both sides use asyncpg prepared statements).
3. Publish: a 300-node graph (a chain of actions with a few questions, ending in a resolution);
   30 x (PUT /draft, then timed POST /publish).
4. EXPLAIN (ANALYZE, BUFFERS) of the search statements for a rare word, a common word, a body-only
   word and a typo.

    cd backend && .venv/bin/python ../bench/library_load.py [--versions 100000] [--seconds 10]
    quick:  ... --versions 20000 --seconds 5
"""

import argparse
import asyncio
import json
import random
import sys
import time
import uuid
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
from auth_load import BACKEND, BENCH_EMAIL, BENCH_PASSWORD, Connection, Sample, api_server, database

DEMO_FLOWS = BACKEND / "app" / "flows" / "demo" / "flows"
CLIENTS = 16
BATCH = 5000
TEAM2_FLOWS = 500
TEAM2_ONLY_WORD = "quokka"  # in every document of the second team, in none of the bench team's

DEVICES = [
    "HP LaserJet M404", "HP OfficeJet Pro 9025", "Brother HL-L2350DW", "Ricoh MP C3004", "Canon iR-ADV C5535",
    "Xerox VersaLink C405", "Kyocera ECOSYS M2540", "Lenovo ThinkPad T14", "Lenovo ThinkCentre M70q",
    "Dell Latitude 5420", "Dell OptiPlex 7090", "Surface Pro 9", "Surface Laptop 5", "MacBook Air M2",
    "HP EliteBook 840", "Cisco AnyConnect", "FortiClient", "GlobalProtect", "WireGuard", "Meraki MR46",
    "Ubiquiti U6-Pro", "Aruba AP-515", "Synology DS920", "QNAP TS-453D", "Windows Server 2019",
    "Windows Server 2022", "Windows 11 23H2", "Windows 10 22H2", "Jabra Evolve2 65", "Poly Voyager",
    "Logitech Zone Wireless", "Yealink UVC34", "Veeam B&R 12", "Azure AD Connect", "Exchange Online",
]  # fmt: skip
SITES = [
    "Amsterdam", "Berlin", "Chicago", "Denver", "Dublin", "Leeds", "Lyon", "Madrid", "Manchester", "Milan",
    "Munich", "Oslo", "Porto", "Prague", "Seattle", "Toronto", "Utrecht", "Vienna", "Warsaw", "Zurich",
    "warehouse", "head office", "front desk", "reception", "finance floor", "clinic", "lab",
]  # fmt: skip
SUFFIXES = [
    "after the update", "since Monday", "for remote staff", "on the new laptops", "after a password change",
    "intermittently", "for one department", "after migration", "on first login", "after a reboot",
    "when docked", "over VPN", "on guest Wi-Fi", "for shared mailboxes", "after the driver rollout",
]  # fmt: skip


# --- generating the library -------------------------------------------------------------------


def _demo() -> list[dict[str, Any]]:
    flows = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(DEMO_FLOWS.glob("*.json"))]
    assert len(flows) == 22, len(flows)
    return flows


def _node(src: dict[str, Any], node_id: str, kind: str, extra: str | None) -> dict[str, Any]:
    """A demo node as an action/resolution node (no answers, input or position)."""
    node: dict[str, Any] = {"id": node_id, "kind": kind, "title": src["title"][:200], "body": src.get("body", "")}
    if extra:
        node["body"] = (node["body"] + "\n\n" + extra).strip()
    if src.get("commands"):
        node["commands"] = src["commands"]
    if src.get("expected_result"):
        node["expected_result"] = src["expected_result"]
    if src.get("section"):
        node["section"] = src["section"]
    return node


class Generator:
    def __init__(self, seed: int, codes: int) -> None:
        self.rng = random.Random(seed)  # noqa: S311 - reproducible test data
        self.demo = _demo()
        self.pool = [(i, n) for i, f in enumerate(self.demo) for n in f["graph"]["nodes"]]
        # Rare vocabulary: each error code / KB number lands in ~N/codes documents.
        rng = random.Random(seed + 1)  # noqa: S311
        self.codes = [f"0x{rng.getrandbits(32):08x}" for _ in range(codes)]
        self.kbs = [f"KB{rng.randrange(4_000_000, 6_000_000)}" for _ in range(codes)]

    def flow(self, extra_word: str | None = None) -> tuple[str, str, str, list[str], dict[str, Any]]:
        """kind, title, description, tags, graph of one generated flow."""
        rng = self.rng
        base_index = rng.randrange(len(self.demo))
        base = self.demo[base_index]
        device, site, code = rng.choice(DEVICES), rng.choice(SITES), rng.choice(self.codes)
        title = base["title"]
        roll = rng.random()
        if roll < 0.4:
            title = f"{title} on {device}"
        elif roll < 0.7:
            title = f"{title} ({code})"
        elif roll < 0.85:
            title = f"{title} {rng.choice(SUFFIXES)}"
        title = f"{title} - {site}"[:200]
        description = f"{base['description']} Seen on {device} at {site}, error {code}, see {rng.choice(self.kbs)}."
        if extra_word:
            description += f" {extra_word}"
        tags = sorted({*base.get("tags", []), device.split()[0].lower()})
        own = list(base["graph"]["nodes"])
        picked = rng.sample(own, min(7, len(own))) + [rng.choice(self.pool)[1] for _ in range(3)]
        nodes = []
        for i, src in enumerate(picked[:10]):
            extra = None
            if rng.random() < 0.3:
                extra = f"Reported {rng.choice(SUFFIXES)} at {rng.choice(SITES)} ({rng.choice(self.codes)})."
            nodes.append(_node(src, f"n{i}", "resolution" if i == len(picked) - 1 else "action", extra))
        edges = [{"source": f"n{i}", "target": f"n{i + 1}"} for i in range(len(nodes) - 1)]
        return base["kind"], title, description, tags, {"start": "n0", "nodes": nodes, "edges": edges}


async def drop_indexes(conn: Any, tables: list[str], like: str = "%") -> list[str]:
    """Drop the secondary indexes of `tables` (those whose definition is LIKE `like`; never a
    constraint's) and return their definitions, to re-create them after a bulk write."""
    rows = await conn.fetch(
        "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.tablename = ANY($1::text[]) AND i.indexdef LIKE $2 "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)",
        tables,
        like,
    )
    for row in rows:
        await conn.execute(f'DROP INDEX "{row["indexname"]}"')
    return [row["indexdef"] for row in rows]


async def load_library(dsn: str, bench_team: uuid.UUID, other_team: uuid.UUID, owner: uuid.UUID, n: int) -> None:
    import asyncpg

    from app.search.service import graph_text

    gen = Generator(seed=42, codes=max(1000, n // 20))
    conn = await asyncpg.connect(dsn)
    await conn.execute("SET maintenance_work_mem = '512MB'")
    indexes = await drop_indexes(conn, ["flows", "flow_versions", "search_documents"])

    flow_cols = [
        "id", "team_id", "created_at", "kind", "title", "description", "category_id", "folder_id", "tags",
        "status", "owner_id", "updated_at", "draft_graph", "draft_revision", "latest_version",
    ]  # fmt: skip
    version_cols = ["id", "team_id", "flow_id", "number", "graph", "change_note", "published_by_id", "published_at"]
    doc_cols = ["id", "team_id", "flow_id", "step_id", "kind", "version", "title", "tags", "body", "updated_at"]
    now = datetime.now(UTC)
    started = time.perf_counter()
    nodes_total = 0
    jobs = [(bench_team, n, None), (other_team, TEAM2_FLOWS, TEAM2_ONLY_WORD)]
    for team_id, count, extra_word in jobs:
        for offset in range(0, count, BATCH):
            flows, versions, docs = [], [], []
            for _ in range(min(BATCH, count - offset)):
                kind, title, description, tags, graph = gen.flow(extra_word)
                nodes_total += len(graph["nodes"])
                flow_id = uuid.uuid4()
                at = now - timedelta(minutes=gen.rng.randrange(500_000))
                graph_json = json.dumps(graph)
                flows.append(
                    (flow_id, team_id, at, kind, title, description, None, None, tags, "published", owner, at,
                     graph_json, 1, 1)
                )  # fmt: skip
                versions.append((uuid.uuid4(), team_id, flow_id, 1, graph_json, "Bench", owner, at))
                docs.append(
                    (uuid.uuid4(), team_id, flow_id, None, kind, 1, title, " ".join(tags),
                     graph_text(description, graph), at)
                )  # fmt: skip
            await conn.copy_records_to_table("flows", records=flows, columns=flow_cols)
            await conn.copy_records_to_table("flow_versions", records=versions, columns=version_cols)
            await conn.copy_records_to_table("search_documents", records=docs, columns=doc_cols)
            print(f"  {'bench' if team_id == bench_team else 'other'} team: {offset + len(flows):>7} flows "
                  f"({time.perf_counter() - started:.0f} s)", flush=True)  # fmt: skip
    copied = time.perf_counter() - started
    for definition in indexes:
        await conn.execute(definition)
    indexed = time.perf_counter() - started
    # VACUUM too: sets hint bits and the visibility map now, so that autovacuum (insert threshold) does
    # not start on the fresh tables in the middle of the measurements.
    await conn.execute("VACUUM (ANALYZE)")
    total = time.perf_counter() - started
    sizes = await conn.fetch(
        "SELECT relname, pg_size_pretty(pg_total_relation_size(oid)) AS size FROM pg_class "
        "WHERE relname IN ('flows', 'flow_versions', 'search_documents', 'ix_search_documents_document', "
        "'ix_search_documents_title_trgm') ORDER BY relname"
    )
    await conn.close()
    print(
        f"loaded {n + TEAM2_FLOWS} flow versions / {nodes_total} nodes in {total:.1f} s "
        f"(COPY {copied:.1f} s, {len(indexes)} indexes re-created {indexed - copied:.1f} s, "
        f"VACUUM ANALYZE {total - indexed:.1f} s)"
    )
    print("sizes: " + ", ".join(f"{r['relname']} {r['size']}" for r in sizes))


async def embed_library(database_url: str, dsn: str) -> None:
    import asyncpg

    from app.core.config import Settings
    from app.core.db import create_engine, create_sessionmaker
    from app.embeddings.providers import create_provider
    from app.embeddings.service import reembed

    conn = await asyncpg.connect(dsn)
    hnsw = await drop_indexes(conn, ["search_embeddings"], like="%USING hnsw%")
    settings = Settings(_env_file=None, environment="local", database_url=database_url)  # type: ignore[call-arg]
    provider = create_provider(settings)
    engine = create_engine(settings)
    started = time.perf_counter()
    last = [started]

    def progress(done: int, total: int) -> None:
        if time.perf_counter() - last[0] > 15 or done == total:
            last[0] = time.perf_counter()
            print(f"  embedded {done}/{total} ({time.perf_counter() - started:.0f} s)", flush=True)

    async with create_sessionmaker(engine)() as db:
        outcome = await reembed(db, provider, batch_size=256, progress=progress)
    await engine.dispose()
    embedded = time.perf_counter() - started
    await conn.execute("SET maintenance_work_mem = '1GB'")
    for definition in hnsw:
        await conn.execute(definition)
    # The whole database: embedding rewrote the job queue too, and autovacuum must not start on
    # it in the middle of the measurements.
    await conn.execute("VACUUM (ANALYZE)")
    indexed = time.perf_counter() - started - embedded
    await conn.close()
    print(
        f"embedded {outcome.embedded} documents with {provider.model} in {embedded:.0f} s "
        f"({outcome.embedded / embedded:.0f} documents/s, one process); HNSW indexes built in {indexed:.0f} s"
    )


# --- setting up teams and the bench user --------------------------------------------------------


async def prepare(database_url: str) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, str]:
    from alembic import command

    from app.core.config import Settings
    from app.core.db import create_engine, create_sessionmaker
    from app.core.migrations import alembic_config
    from app.core.security import hash_password
    from app.teams.models import Membership
    from app.teams.service import create_team
    from app.users.models import User

    await asyncio.to_thread(command.upgrade, alembic_config(database_url), "head")
    settings = Settings(_env_file=None, environment="local", database_url=database_url)
    engine = create_engine(settings)
    async with create_sessionmaker(engine)() as db:
        bench = await create_team(db, settings, "Library bench")
        other = await create_team(db, settings, "Library bench other")
        user = User(
            email=f"lib-{uuid.uuid4().hex[:8]}-{BENCH_EMAIL}",
            full_name="Bench",
            password_hash=await hash_password(BENCH_PASSWORD, 12),
        )
        db.add(user)
        await db.flush()
        db.add(Membership(team_id=bench.id, user_id=user.id, role="engineer"))
        await db.commit()
        ids = bench.id, other.id, user.id, user.email
    await engine.dispose()
    return ids


def asyncpg_dsn(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://").replace("postgres+asyncpg://", "postgresql://")


# --- the search statement, as the service builds it ------------------------------------------


Statements = list[tuple[str, list[Any]]]


async def search_statements(database_url: str, team_id: uuid.UUID, queries: list[str]) -> dict[str, Statements]:
    """For each query, the SQL text and positional parameters of every statement the app sends."""
    from sqlalchemy.dialects.postgresql.asyncpg import dialect as asyncpg_dialect
    from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

    from app.core.config import Settings
    from app.core.db import create_engine
    from app.core.tenancy import TeamScope
    from app.embeddings.providers import create_provider
    from app.search import service

    dialect = asyncpg_dialect()

    class Recording(AsyncSession):
        recorded: Statements

        async def execute(self, statement: Any, params: Any = None, **kwargs: Any) -> Any:
            compiled = statement.compile(dialect=dialect)
            values = {**compiled.params, **(params or {})}
            positional = []
            for name in compiled.positiontup:
                process = compiled.binds[name].type._cached_bind_processor(dialect)  # noqa: SLF001
                positional.append(process(values[name]) if process else values[name])
            self.recorded.append((str(compiled), positional))
            return await super().execute(statement, params, **kwargs)

    settings = Settings(_env_file=None, environment="local", database_url=database_url)  # type: ignore[call-arg]
    engine = create_engine(settings)
    embedder = create_provider(settings)
    statements = {}
    async with async_sessionmaker(engine, class_=Recording)() as db:
        for q in queries:
            db.recorded = []
            await service.search(db, TeamScope(team_id), q, embedder=embedder)
            statements[q] = db.recorded
    await engine.dispose()
    return statements


def rare_word(n: int) -> str:
    return Generator(seed=42, codes=max(1000, n // 20)).codes[7]


def query_mix(n: int) -> list[str]:
    return [
        rare_word(n),  # error code: ~20 documents
        "ricoh",  # device: a few %
        "bitlocker",
        "printer",  # common
        "password",
        "restart",
        "user",  # very common: nearly every document
        "print spooler",  # two words
        "outlook password prompt",
        "vpn certificate",
        "disk full",
        '"mapped drive"',
        "spoo",  # type-ahead prefixes
        "outlook pass",
        "bitl",
        "outlok",  # typos (fuzzy title match only)
        "pritner",
        "passwrod",
        "teams audio",
        TEAM2_ONLY_WORD,  # only in the other team: must find nothing
    ]


# --- measuring ------------------------------------------------------------------------------


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000 if ordered else float("nan")


async def login(host: str, port: int, email: str) -> str:
    connection = Connection(host, port)
    form = f"username={quote(email)}&password={BENCH_PASSWORD}".encode()
    status, raw = await connection.request(
        "POST", "/api/v1/auth/token", {"Content-Type": "application/x-www-form-urlencoded"}, form
    )
    connection.close()
    assert status == 200, raw
    return str(json.loads(raw)["access_token"])


async def run_api(
    host: str, port: int, token: str, queries: list[str], seconds: float
) -> tuple[Sample, dict[str, list[float]], float]:
    headers = {"Authorization": f"Bearer {token}"}
    sample, per_query = Sample(), defaultdict(list)
    connections = [Connection(host, port) for _ in range(CLIENTS)]
    deadline = time.perf_counter() + seconds

    async def worker(k: int, connection: Connection) -> None:
        i = k
        while time.perf_counter() < deadline:
            q = queries[i % len(queries)]
            i += 1
            started = time.perf_counter()
            status, _ = await connection.request("GET", f"/api/v1/search?q={quote(q)}", headers)
            elapsed = time.perf_counter() - started
            if status == 200:
                sample.latencies.append(elapsed)
                per_query[q].append(elapsed)
            else:
                sample.errors += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker(k, c) for k, c in enumerate(connections)))
    wall = time.perf_counter() - started
    for c in connections:
        c.close()
    return sample, per_query, wall


async def run_direct(
    dsn: str, statements: dict[str, Statements], queries: list[str], seconds: float
) -> tuple[Sample, dict[str, list[float]], float]:
    import asyncpg

    pool = await asyncpg.create_pool(dsn, min_size=CLIENTS, max_size=CLIENTS)
    sample, per_query = Sample(), defaultdict(list)
    deadline = time.perf_counter() + seconds

    async def worker(k: int) -> None:
        i = k
        async with pool.acquire() as conn:
            while time.perf_counter() < deadline:
                q = queries[i % len(queries)]
                i += 1
                started = time.perf_counter()
                async with conn.transaction():  # as the app's request: SET LOCAL lasts for it
                    for sql, params in statements[q]:
                        await conn.fetch(sql, *params)
                elapsed = time.perf_counter() - started
                sample.latencies.append(elapsed)
                per_query[q].append(elapsed)

    started = time.perf_counter()
    await asyncio.gather(*(worker(k) for k in range(CLIENTS)))
    wall = time.perf_counter() - started
    await pool.close()
    return sample, per_query, wall


async def check_results(host: str, port: int, token: str, dsn: str, team2: uuid.UUID) -> None:
    import asyncpg

    c = Connection(host, port)
    headers = {"Authorization": f"Bearer {token}"}
    status, raw = await c.request("GET", f"/api/v1/search?q={TEAM2_ONLY_WORD}", headers)
    hits = json.loads(raw)
    conn = await asyncpg.connect(dsn)
    other = await conn.fetchval(
        "SELECT count(*) FROM search_documents WHERE team_id = $1 AND document @@ websearch_to_tsquery('english', $2)",
        team2,
        TEAM2_ONLY_WORD,
    )
    await conn.close()
    ok = status == 200 and hits == [] and other == TEAM2_FLOWS
    print(f"filtering: '{TEAM2_ONLY_WORD}' is in {other} documents of the other team, bench user gets "
          f"{len(hits)} hits ... {'PASS' if ok else 'FAIL'}")  # fmt: skip
    status, raw = await c.request("GET", "/api/v1/search?q=outlook%20password%20prompt&limit=3", headers)
    top = [h["title"] for h in json.loads(raw)] if status == 200 else raw.decode()
    print(f"'outlook password prompt' top 3: {top}")
    c.close()


async def measure_search(
    host: str, port: int, dsn: str, statements: dict[str, Statements], email: str, team2: uuid.UUID, seconds: float
) -> None:
    queries = list(statements)
    sql = statements["printer"][0][0]
    print(f"\ndirect SQL (recorded from app.search.service.search, asyncpg dialect), first statement:\n{sql}\n")
    token = await login(host, port, email)
    await run_api(host, port, token, queries, 1.5)  # warm-up: connections, pools, prepared statements, cache
    await run_direct(dsn, statements, queries, 1.5)
    api, api_q, api_wall = await run_api(host, port, token, queries, seconds)
    direct, direct_q, direct_wall = await run_direct(dsn, statements, queries, seconds)

    print(f"search: {CLIENTS} concurrent clients, {seconds:.0f} s each, {len(queries)} queries round-robin\n")
    print(f"{'':<26}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}")
    for name, s, wall in (("GET /api/v1/search", api, api_wall), ("direct asyncpg", direct, direct_wall)):
        print(f"{name:<26}{len(s.latencies) / wall:>8.0f}{pct(s.latencies, 50):>9.1f}"
              f"{pct(s.latencies, 95):>9.1f}{pct(s.latencies, 99):>9.1f}{s.errors:>8}")  # fmt: skip
    print(f"\nper query (p50 / p95 ms){'':<8}{'api':>17}{'direct':>17}")
    for q in queries:
        a, d = api_q.get(q, []), direct_q.get(q, [])
        print(f"  {q[:34]:<36}{pct(a, 50):>8.1f} /{pct(a, 95):>7.1f}{pct(d, 50):>8.1f} /{pct(d, 95):>7.1f}")
    api_p95, direct_p95 = pct(api.latencies, 95), pct(direct.latencies, 95)
    ratio = api_p95 / direct_p95
    print(f"\napi_p95 / direct_p95 = {api_p95:.1f} / {direct_p95:.1f} = {ratio:.2f}")
    print("targets:")
    print(f"  search p95 < 50 ms ............ {'PASS' if api_p95 < 50 else 'FAIL'} ({api_p95:.1f} ms)")
    print(f"  search p95 <= 3x direct ....... {'PASS' if ratio <= 3 else 'FAIL'} ({ratio:.2f}x)")
    await check_results(host, port, token, dsn, team2)


def big_graph(n: int = 300, tag: str = "") -> dict[str, Any]:
    """A valid n-node graph: a chain of actions with a question every 50 nodes, ending in a resolution
    (the questions' "No" answers go to one escalation node)."""
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, str]] = []
    last = n - 2  # index of the resolution; n - 1 is the escalation
    for i in range(last):
        node_id, nxt = f"s{i}", f"s{i + 1}" if i + 1 < last else "done"
        if i % 50 == 25:
            nodes.append({
                "id": node_id, "kind": "question", "title": f"Did step {i} fix it? {tag}".strip(),
                "answers": [{"label": "Yes, go on", "target": nxt}, {"label": "No", "target": "escalate"}],
            })  # fmt: skip
        else:
            nodes.append({
                "id": node_id, "kind": "action", "title": f"Step {i}: check the print spooler {tag}".strip(),
                "body": f"Restart the spooler service on the affected PC and clear the queue (step {i}).",
                "commands": [{"label": "Restart", "shell": "powershell", "text": "Restart-Service Spooler -Force"}],
                "expected_result": "The service is running.",
            })  # fmt: skip
            edges.append({"source": node_id, "target": nxt})
    nodes.append({"id": "done", "kind": "resolution", "title": "Resolved"})
    nodes.append({"id": "escalate", "kind": "escalation", "title": "Escalate to the print team"})
    return {"start": "s0", "nodes": nodes, "edges": edges}


async def measure_publish(host: str, port: int, email: str, rounds: int) -> None:
    token = await login(host, port, email)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    c = Connection(host, port)
    body = {"kind": "troubleshooting", "title": "Bench 300-node flow", "graph": big_graph()}
    status, raw = await c.request("POST", "/api/v1/flows", headers, json.dumps(body).encode())
    assert status == 201, raw[:500]
    flow = json.loads(raw)
    revision = flow["draft_revision"]
    publish_times, save_times = [], []
    for i in range(rounds + 2):
        draft = json.dumps({"revision": revision, "graph": big_graph(tag=f"r{i}")}).encode()
        started = time.perf_counter()
        status, raw = await c.request("PUT", f"/api/v1/flows/{flow['id']}/draft", headers, draft)
        save = time.perf_counter() - started
        assert status == 200, raw[:500]
        revision = json.loads(raw)["draft_revision"]
        started = time.perf_counter()
        status, raw = await c.request("POST", f"/api/v1/flows/{flow['id']}/publish", headers, b'{"change_note": "b"}')
        elapsed = time.perf_counter() - started
        assert status == 201, raw[:500]
        if i >= 2:  # the first two are warm-up
            publish_times.append(elapsed)
            save_times.append(save)
    c.close()
    p50, p95 = pct(publish_times, 50), pct(publish_times, 95)
    print(f"\npublish of a 300-node graph, {rounds} times (each after PUT /draft), one client:")
    print(f"  POST /publish   p50 {p50:.1f} ms  p95 {p95:.1f} ms  max {max(publish_times) * 1000:.1f} ms")
    print(f"  PUT /draft      p50 {pct(save_times, 50):.1f} ms  p95 {pct(save_times, 95):.1f} ms")
    print(f"  publish p95 < 150 ms .......... {'PASS' if p95 < 150 else 'FAIL'} ({p95:.1f} ms)")


async def explain(dsn: str, team: uuid.UUID, statements: dict[str, Statements], n: int) -> None:
    import asyncpg

    conn = await asyncpg.connect(dsn)
    cases = (("rare word", rare_word(n)), ("common word", "printer"), ("body-only word", "restart"), ("typo", "outlok"))
    for label, q in cases:
        async with conn.transaction():
            for i, (sql, params) in enumerate(statements[q], 1):
                if sql.startswith("SET "):
                    await conn.execute(sql)
                    continue
                rows = await conn.fetch(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", *params)
                print(f"\nEXPLAIN (ANALYZE, BUFFERS) -- {label}: q={q!r}, statement {i} of {len(statements[q])}")
                print("\n".join(r[0] for r in rows))
    # Where the time goes: matching alone (GIN) versus matching and ranking every match.
    stats = await conn.fetchrow(
        "SELECT count(*) AS docs, avg(pg_column_size(document))::int AS doc_bytes, avg(length(body))::int AS body "
        "FROM search_documents WHERE team_id = $1",
        team,
    )
    print(f"\nbench team: {stats['docs']} documents, tsvector {stats['doc_bytes']} bytes stored (avg), "
          f"body {stats['body']} characters (avg)")  # fmt: skip
    match = "team_id = $1 AND document @@ websearch_to_tsquery('english', $2)"
    rank = "ts_rank_cd('{0.1, 0.2, 0.4, 1.0}'::real[], document, websearch_to_tsquery('english', $2), 33)"
    for word in ("printer", "user"):
        started = time.perf_counter()
        matches = await conn.fetchval(f"SELECT count(*) FROM search_documents WHERE {match}", team, word)  # noqa: S608
        only_match = time.perf_counter() - started
        started = time.perf_counter()
        await conn.fetchval(f"SELECT max({rank}) FROM search_documents WHERE {match}", team, word)  # noqa: S608
        ranked = time.perf_counter() - started
        print(f"  {word!r}: {matches} matches; count(*) of matches {only_match * 1000:.0f} ms, "
              f"max(ts_rank_cd) over them {ranked * 1000:.0f} ms (one connection, no other load)")  # fmt: skip
    await conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--versions", type=int, default=100_000, help="flow versions of the bench team")
    parser.add_argument("--seconds", type=float, default=10.0, help="seconds per search measurement")
    parser.add_argument("--publishes", type=int, default=30)
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    parser.add_argument("--port", type=int, default=8798)
    parser.add_argument("--skip-explain", action="store_true")
    args = parser.parse_args()

    begun = time.perf_counter()
    with database() as url:
        dsn = asyncpg_dsn(url)
        bench_team, team2, user, email = asyncio.run(prepare(url))
        print(f"loading {args.versions} flow versions for the bench team (+{TEAM2_FLOWS} for a second team)")
        asyncio.run(load_library(dsn, bench_team, team2, user, args.versions))
        asyncio.run(embed_library(url, dsn))
        statements = asyncio.run(search_statements(url, bench_team, query_mix(args.versions)))
        with api_server(url, args.port, args.workers):
            print(f"\nuvicorn: {args.workers} worker(s), ENVIRONMENT=production, no access log")
            asyncio.run(measure_search("127.0.0.1", args.port, dsn, statements, email, team2, args.seconds))
            asyncio.run(measure_publish("127.0.0.1", args.port, email, args.publishes))
        if not args.skip_explain:
            asyncio.run(explain(dsn, bench_team, statements, args.versions))
    print(f"\ntotal run time {time.perf_counter() - begun:.0f} s")


if __name__ == "__main__":
    main()
