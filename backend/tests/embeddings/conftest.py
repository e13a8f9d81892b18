"""Embedding test plumbing: the local model (loaded once), a fake Voyage server, and documents."""

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from pydantic import SecretStr
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.embeddings.models import EmbeddingJob, SearchEmbedding
from app.embeddings.providers import VoyageProvider, WordLlamaProvider
from app.search.models import SearchDocument
from tests.factories import Factory, Member, auth_headers
from tests.fakes import voyage as fake_voyage
from tests.search.test_search_api import create_flow

VOYAGE_KEY = "pa-test-key-0123456789abcdef"


@pytest.fixture(scope="session")
def wordllama() -> WordLlamaProvider:
    return WordLlamaProvider()


@pytest.fixture(scope="session")
def voyage_server() -> Iterator[fake_voyage.FakeVoyage]:
    with fake_voyage.running(VOYAGE_KEY) as server:
        yield server


@pytest.fixture
def voyage(voyage_server: fake_voyage.FakeVoyage) -> fake_voyage.FakeVoyage:
    voyage_server.reset()
    return voyage_server


def voyage_provider(server: fake_voyage.FakeVoyage, *, key: str = VOYAGE_KEY, **options: Any) -> VoyageProvider:
    settings: dict[str, Any] = {
        "model": "voyage-3.5",
        "dimensions": 1024,
        "timeout_seconds": 5.0,
        "max_retries": 0,
        "min_similarity": 0.35,
        "query_timeout_seconds": 5.0,
        **options,
    }
    return VoyageProvider(api_key=SecretStr(key), base_url=server.base_url, **settings)


@pytest.fixture
async def engineer(factory: Factory) -> Member:
    return await factory.member(role="engineer")


@pytest.fixture
async def headers(client: Any, engineer: Member) -> dict[str, str]:
    return await auth_headers(client, engineer)


@dataclass
class Library:
    """Creates flows and steps through the API and answers their search documents' ids."""

    client: Any
    headers: dict[str, str]
    db: AsyncSession

    async def step(self, title: str, body: str = "", **fields: Any) -> uuid.UUID:
        response = await self.client.post(
            "/api/v1/steps", json={"title": title, "body": body, **fields}, headers=self.headers
        )
        assert response.status_code == 201, response.text
        return await self._document(SearchDocument.step_id, response.json()["id"])

    async def flow(self, title: str, **fields: Any) -> uuid.UUID:
        flow = await create_flow(self.client, self.headers, title=title, **fields)
        return await self._document(SearchDocument.flow_id, flow["id"])

    async def _document(self, column: Any, item_id: str) -> uuid.UUID:
        stmt = select(SearchDocument.id).where(column == uuid.UUID(item_id))
        document_id: uuid.UUID = (await self.db.execute(stmt)).scalar_one()
        return document_id


@pytest.fixture
def library(client: Any, headers: dict[str, str], db: AsyncSession) -> Library:
    return Library(client, headers, db)


async def jobs(db: AsyncSession) -> dict[uuid.UUID, EmbeddingJob]:
    stmt = select(EmbeddingJob).execution_options(populate_existing=True)
    return {job.document_id: job for job in (await db.execute(stmt)).scalars()}


async def vectors(db: AsyncSession) -> dict[uuid.UUID, SearchEmbedding]:
    stmt = select(SearchEmbedding).execution_options(populate_existing=True)
    return {row.document_id: row for row in (await db.execute(stmt)).scalars()}
