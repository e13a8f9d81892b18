"""GET /api/v1/search/embeddings: the team's embedding progress, for any member of the team."""

from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from app.embeddings import service
from app.embeddings.models import EmbeddingJob
from app.embeddings.providers import WordLlamaProvider
from app.search.models import SearchDocument
from tests.embeddings.conftest import Library
from tests.factories import Factory, Member, auth_headers

STATUS = "/api/v1/search/embeddings"


async def _status(client: Any, headers: dict[str, str]) -> dict[str, Any]:
    response = await client.get(STATUS, headers=headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_status_follows_the_queue(
    client: Any,
    library: Library,
    db: AsyncSession,
    factory: Factory,
    engineer: Member,
    wordllama: WordLlamaProvider,
) -> None:
    viewer = await auth_headers(client, await factory.member(engineer.team, role="viewer"))
    first = await library.step("Restart the print spooler")
    await library.step("Flush the DNS cache")
    await library.flow("Printer offline")

    assert await _status(client, viewer) == {
        "model": "wordllama/l2_supercat-256",
        "dimensions": 256,
        "documents": 3,
        "embedded": 0,
        "pending": 3,
        "failing": 0,
    }

    await service.process_batch(db, wordllama, batch_size=10)
    await db.execute(update(SearchDocument).where(SearchDocument.id == first).values(body="changed"))
    await db.execute(update(EmbeddingJob).values(attempts=2, last_error="ServerError (HTTP 500)"))
    await db.commit()

    status = await _status(client, library.headers)
    assert (status["documents"], status["embedded"], status["pending"], status["failing"]) == (3, 3, 1, 1)


async def test_status_counts_only_the_callers_team(
    client: Any, library: Library, db: AsyncSession, factory: Factory, wordllama: WordLlamaProvider
) -> None:
    await library.step("Ours")
    await service.process_batch(db, wordllama, batch_size=10)
    outsider = await auth_headers(client, await factory.member(role="team_admin"))

    status = await _status(client, outsider)

    assert (status["documents"], status["embedded"], status["pending"], status["failing"]) == (0, 0, 0, 0)


async def test_status_needs_a_login(client: Any) -> None:
    response = await client.get(STATUS)

    assert response.status_code == 401
    assert response.json()["detail"] == "invalid_token"
