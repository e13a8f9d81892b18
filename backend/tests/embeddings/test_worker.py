"""The background worker in a running app: NOTIFY wakes it after a commit, it survives a lost
listening connection, and it stops cleanly."""

import asyncio
import uuid
from typing import Any

import asyncpg
import pytest
from sqlalchemy import select

from app.core.config import to_libpq_url
from app.embeddings.models import SearchEmbedding
from app.embeddings.providers import WordLlamaProvider
from app.embeddings.worker import EmbeddingWorker
from app.search.models import SearchDocument
from tests.conftest import LiveApp
from tests.factories import auth_headers
from tests.search.test_search_api import create_flow


@pytest.fixture
def live_overrides() -> dict[str, Any]:
    # A poll far longer than the test waits: only the notification can wake the worker in time.
    return {"embedding_worker": True, "embedding_poll_seconds": 300}


async def _embedded_model(live: LiveApp, flow_id: str, within: float = 20.0) -> str:
    deadline = asyncio.get_running_loop().time() + within
    stmt = (
        select(SearchEmbedding.model)
        .join(SearchDocument, SearchDocument.id == SearchEmbedding.document_id)
        .where(SearchDocument.flow_id == uuid.UUID(flow_id))
    )
    while True:
        async with live.app.state.sessionmaker() as db:
            model = (await db.execute(stmt)).scalar_one_or_none()
        if model is not None:
            return str(model)
        assert asyncio.get_running_loop().time() < deadline, "the flow was not embedded in time"
        await asyncio.sleep(0.05)


async def _kill_listener(live: LiveApp) -> None:
    killer = await asyncpg.connect(to_libpq_url(live.url))
    try:
        killed = await killer.fetchval(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE query LIKE 'LISTEN%rf_embeddings%' AND pid <> pg_backend_pid()"
        )
    finally:
        await killer.close()
    assert killed == 1


async def test_a_new_flow_is_embedded_in_the_background(live: LiveApp) -> None:
    headers = await auth_headers(live.client, live.members["engineer"])

    flow = await create_flow(live.client, headers, title="Outlook won't start", tags=["outlook"])

    assert await _embedded_model(live, flow["id"]) == "wordllama/l2_supercat-256"
    status = (await live.client.get("/api/v1/search/embeddings", headers=headers)).json()
    assert (status["documents"], status["embedded"], status["pending"]) == (1, 1, 0)


async def test_the_worker_listens_again_after_losing_its_connection(live: LiveApp) -> None:
    headers = await auth_headers(live.client, live.members["engineer"])
    await _embedded_model(live, (await create_flow(live.client, headers, title="Before"))["id"])

    await _kill_listener(live)
    flow = await create_flow(live.client, headers, title="After the connection was lost")

    assert await _embedded_model(live, flow["id"]) == "wordllama/l2_supercat-256"


async def test_the_worker_stops_cleanly(live: LiveApp) -> None:
    settings = live.app.state.settings.model_copy(update={"embedding_poll_seconds": 0.05})
    worker = EmbeddingWorker(settings, live.app.state.sessionmaker, WordLlamaProvider())
    await worker.start()
    await asyncio.sleep(0.3)  # several polls

    await worker.stop()

    assert worker._task is None
    assert worker._listener is None
