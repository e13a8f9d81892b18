"""Migration 0006 fills the index for data that existed before it, with what the service writes."""

import importlib.util
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, text

from app.search.models import SearchDocument
from tests.factories import Factory, auth_headers
from tests.search.test_search_api import create_flow, graph

MIGRATION = Path(__file__).parents[2] / "migrations" / "versions" / "20261123_0006_search_documents.py"


def _migration() -> Any:
    spec = importlib.util.spec_from_file_location("migration_0006", MIGRATION)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def _index(db: Any) -> list[tuple[Any, ...]]:
    stmt = select(
        SearchDocument.team_id,
        SearchDocument.flow_id,
        SearchDocument.step_id,
        SearchDocument.kind,
        SearchDocument.version,
        SearchDocument.title,
        SearchDocument.tags,
        SearchDocument.document,
    ).order_by(SearchDocument.title)
    return [tuple(row) for row in (await db.execute(stmt)).all()]


async def test_backfill_matches_the_service(client, factory: Factory, db: Any) -> None:
    headers = await auth_headers(client, await factory.member(role="engineer"))
    body = "Run <cmd> then `ipconfig /flushdns`."
    draft = await create_flow(client, headers, title="Draft only", tags=["dns", "network"], graph=graph(body=body))
    published = await create_flow(client, headers, title="Published", description="About it.", graph=graph())
    url = f"/api/v1/flows/{published['id']}"
    await client.post(f"{url}/publish", json={}, headers=headers)
    await client.put(f"{url}/draft", json={"revision": 1, "graph": graph(body="unpublished")}, headers=headers)
    archived = await create_flow(client, headers, title="Archived")
    await client.post(f"/api/v1/flows/{archived['id']}/archive", headers=headers)
    step = {"title": "A step", "body": "Body", "tags": ["x"], "commands": [{"text": "Get-Thing /all"}]}
    assert (await client.post("/api/v1/steps", json=step, headers=headers)).status_code == 201
    assert draft["id"]

    expected = await _index(db)
    assert len(expected) == 3
    await db.execute(delete(SearchDocument))
    migration = _migration()
    await db.execute(text(migration.BACKFILL_FLOWS))
    await db.execute(text(migration.BACKFILL_STEPS))
    assert await _index(db) == expected
