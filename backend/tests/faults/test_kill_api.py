"""SIGKILL the API process in the middle of writes, restart it: nothing is half-written.

A real uvicorn process on a committed database of its own takes concurrent writes of every kind that
spans several rows: session appends (event + session row), publishes (version + flow + search index)
and imports of many flows at once (all or nothing). Once PostgreSQL shows the API's transactions in
flight, the process is killed with SIGKILL. After a restart:

- every session's log is 1..last_seq without a gap, starts with `started`, and replays to its row;
- every flow's `latest_version` is its highest version, versions are 1..n, each flow has its index row;
- each import is there completely or not at all;
- the restarted API serves and accepts writes on the same sessions.
"""

import asyncio
import json
import uuid
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from alembic import command

from app.core.config import Settings, to_libpq_url
from app.core.migrations import alembic_config
from app.sessions.service import PAYLOAD
from app.sessions.state import Event, replay
from tests.faults.helpers import ENGINEER, PASSWORD, seed_engineer
from tests.live_server import api_env, free_port, new_secret, start_api, stop_api
from tests.report import report
from tests.sessions.helpers import outlook_graph

IMPORT_FLOWS = 120


def _import_document(batch: str) -> dict[str, Any]:
    entries = [
        {"kind": "troubleshooting", "title": f"{batch} {i}", "graph": outlook_graph()} for i in range(IMPORT_FLOWS)
    ]
    return {"format": "resolutionflow.flows", "version": 1, "flows": entries}


async def _keep_writing(http: httpx.AsyncClient, headers: dict[str, str], flow_id: str, kind: str, n: int) -> None:
    """Write until the process dies under us."""
    try:
        if kind == "append":
            session = (await http.post("/api/v1/sessions", json={"flow_id": flow_id}, headers=headers)).json()
            seq = session["last_seq"]
            while True:
                body = {"expected_seq": seq, "event": {"type": "note", "text": "x" * 2000}}
                response = await http.post(f"/api/v1/sessions/{session['id']}/events", json=body, headers=headers)
                seq = response.json()["session"]["last_seq"]
        elif kind == "import":
            while True:
                await http.post(
                    "/api/v1/flows/import",
                    params={"publish": "true"},
                    json=_import_document(f"batch-{n}-{uuid.uuid4().hex[:8]}"),
                    headers=headers,
                )
        else:
            revision = 1
            while True:
                graph = outlook_graph()
                graph["nodes"][0]["body"] = uuid.uuid4().hex * 50
                draft = await http.put(
                    f"/api/v1/flows/{flow_id}/draft", json={"revision": revision, "graph": graph}, headers=headers
                )
                revision = draft.json().get("draft_revision", revision)
                await http.post(f"/api/v1/flows/{flow_id}/publish", json={"change_note": "again"}, headers=headers)
    except (httpx.TransportError, KeyError, ValueError):
        return


async def _in_flight(conn: asyncpg.Connection) -> int:
    count: int = await conn.fetchval(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
        "AND backend_type = 'client backend' AND state IN ('active', 'idle in transaction')"
    )
    return count


async def _check_consistency(conn: asyncpg.Connection) -> dict[str, int]:
    sessions = await conn.fetch("SELECT id, status, current_node, last_seq FROM sessions")
    for row in sessions:
        events = await conn.fetch(
            "SELECT seq, type, payload, author_id, created_at FROM session_events WHERE session_id = $1 ORDER BY seq",
            row["id"],
        )
        assert [e["seq"] for e in events] == list(range(1, row["last_seq"] + 1)), f"session {row['id']} log has gaps"
        assert events[0]["type"] == "started"
        state = replay(
            Event(
                e["seq"],
                e["created_at"],
                e["author_id"],
                PAYLOAD.validate_python({"type": e["type"], **json.loads(e["payload"])}),
            )
            for e in events
        )
        assert (state.status, state.current_node, state.last_seq) == (
            row["status"],
            row["current_node"],
            row["last_seq"],
        )
    flows = await conn.fetch(
        "SELECT f.id, f.latest_version, f.status = 'archived' AS archived, "
        "coalesce(array_agg(v.number ORDER BY v.number) FILTER (WHERE v.number IS NOT NULL), '{}') AS numbers, "
        "(SELECT count(*) FROM search_documents d WHERE d.flow_id = f.id) AS indexed "
        "FROM flows f LEFT JOIN flow_versions v ON v.flow_id = f.id GROUP BY f.id"
    )
    for row in flows:
        assert list(row["numbers"]) == list(range(1, row["latest_version"] + 1)), f"flow {row['id']} versions"
        assert row["indexed"] == (0 if row["archived"] else 1), f"flow {row['id']} search index"
    batches = await conn.fetch(
        "SELECT split_part(title, ' ', 1) AS batch, count(*) AS n FROM flows WHERE title LIKE 'batch-%' GROUP BY 1"
    )
    assert all(row["n"] == IMPORT_FLOWS for row in batches), [dict(r) for r in batches]
    events = await conn.fetchval("SELECT count(*) FROM session_events")
    return {"sessions": len(sessions), "events": events, "flows": len(flows), "imports": len(batches)}


async def test_sigkill_mid_request_leaves_nothing_half_written(
    create_database: Any, settings: Settings, tmp_path: Path
) -> None:
    url: str = await asyncio.to_thread(create_database, "rf_kill")
    await asyncio.to_thread(command.upgrade, alembic_config(url), "head")
    await seed_engineer(url, settings)
    env, port = api_env(url, new_secret()), free_port()
    api = await asyncio.to_thread(start_api, env, tmp_path / "api.log", port=port)
    conn = await asyncpg.connect(to_libpq_url(url))
    try:
        async with httpx.AsyncClient(base_url=api.url, timeout=60) as http:
            token = (await http.post("/api/v1/auth/token", data={"username": ENGINEER, "password": PASSWORD})).json()
            headers = {"Authorization": f"Bearer {token['access_token']}"}
            flow = (
                await http.post(
                    "/api/v1/flows",
                    json={"kind": "troubleshooting", "title": "F", "graph": outlook_graph()},
                    headers=headers,
                )
            ).json()
            assert (await http.post(f"/api/v1/flows/{flow['id']}/publish", json={}, headers=headers)).status_code == 201
            kinds = ["append"] * 8 + ["import"] * 2 + ["publish"]
            writers = [
                asyncio.create_task(_keep_writing(http, headers, flow["id"], kind, n)) for n, kind in enumerate(kinds)
            ]
            await asyncio.sleep(1.0)
            # Kill while the API has transactions in flight (bounded wait; the writers never pause).
            in_flight = 0
            for _ in range(200):
                in_flight = await _in_flight(conn)
                if in_flight:
                    break
                await asyncio.sleep(0.01)
            stop_api(api, kill=True)
            await asyncio.wait_for(asyncio.gather(*writers), timeout=60)

        # PostgreSQL notices the dead connections and rolls their transactions back.
        for _ in range(100):
            if not await _in_flight(conn):
                break
            await asyncio.sleep(0.1)
        counts = await _check_consistency(conn)

        api = await asyncio.to_thread(start_api, env, tmp_path / "api-restarted.log", port=port)
        async with httpx.AsyncClient(base_url=api.url, timeout=60) as http:
            assert (await http.get("/readyz")).status_code == 200
            token = (await http.post("/api/v1/auth/token", data={"username": ENGINEER, "password": PASSWORD})).json()
            headers = {"Authorization": f"Bearer {token['access_token']}"}
            listed = (await http.get("/api/v1/sessions", params={"limit": 100}, headers=headers)).json()["items"]
            for session in listed:
                if session["status"] != "active":
                    continue
                body = {"expected_seq": session["last_seq"], "event": {"type": "note", "text": "after the restart"}}
                response = await http.post(f"/api/v1/sessions/{session['id']}/events", json=body, headers=headers)
                assert response.status_code == 201, response.text
        await _check_consistency(conn)
    finally:
        stop_api(api)
        await conn.close()

    report(
        "fault: SIGKILL mid-request",
        f"killed with {in_flight} transaction(s) in flight; afterwards {counts['sessions']} sessions "
        f"({counts['events']} events), {counts['flows']} flows, {counts['imports']} complete imports: "
        "no gaps, no half-written session, flow, version or import",
    )
    assert in_flight > 0
