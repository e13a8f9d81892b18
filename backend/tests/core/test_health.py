"""/healthz (process alive) and /readyz (database reachable and migrated to head)."""

import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from app.core.config import Settings
from app.core.db import create_engine
from app.core.migrations import head_revision
from app.main import create_app


async def test_healthz_answers_empty_object(client) -> None:
    response = await client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {}


async def test_readyz_is_ready_on_the_migrated_database(client) -> None:
    response = await client.get("/readyz")
    assert response.status_code == 200, response.text
    assert response.json()["revision"] == head_revision()


@pytest.fixture
def unmigrated_database(create_database: Any) -> str:
    url: str = create_database("rf_unmigrated")
    return url


@asynccontextmanager
async def _client_for(database_url: str) -> AsyncIterator[httpx.AsyncClient]:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        environment="test",
        database_url=database_url,
        secret_key=secrets.token_urlsafe(48),
        log_level="WARNING",
    )
    app: FastAPI = create_app(settings)
    app.state.engine = create_engine(settings)
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://testserver") as http:
            yield http
    finally:
        await app.state.engine.dispose()


async def test_readyz_reports_pending_migrations_on_an_unmigrated_database(unmigrated_database: str) -> None:
    async with _client_for(unmigrated_database) as http:
        response = await http.get("/readyz")
        assert response.status_code == 503
        assert response.json()["detail"] == "migrations_pending"
        # The process itself is fine.
        assert (await http.get("/healthz")).status_code == 200


async def test_readyz_reports_an_unreachable_database() -> None:
    async with _client_for("postgresql://nobody:nothing@127.0.0.1:1/nowhere") as http:
        response = await http.get("/readyz")
        assert response.status_code == 503
        assert response.json()["detail"] == "database_unreachable"
