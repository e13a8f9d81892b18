"""The two-team world, built once per module inside a transaction that is rolled back at the end.

Each test runs in a SAVEPOINT of that transaction which is rolled back afterwards, so tests see the
same world and never each other's changes (the app's commits become nested savepoints).
"""

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker

from app.core.config import Settings
from app.main import create_app
from tests.factories import Factory
from tests.security.fuzzing import Target, live_target
from tests.security.world import World, build_world


@pytest.fixture(scope="module")
async def world_connection(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    async with engine.connect() as conn:
        transaction = await conn.begin()
        try:
            yield conn
        finally:
            await transaction.rollback()


@pytest.fixture(scope="module")
def world_sessionmaker(world_connection: AsyncConnection) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(
        bind=world_connection, expire_on_commit=False, autoflush=False, join_transaction_mode="create_savepoint"
    )


@pytest.fixture(scope="module")
def world_app(settings: Settings, engine: AsyncEngine, world_sessionmaker: async_sessionmaker[AsyncSession]) -> Any:
    application = create_app(settings.model_copy(update={"spa_dir": None}))
    application.state.engine = engine
    application.state.sessionmaker = world_sessionmaker
    return application


@pytest.fixture(scope="module")
async def world_client(world_app: Any, smtp_server: Any) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=world_app, client=("203.0.113.20", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as http:
        yield http


@pytest.fixture(scope="module")
async def world(
    world_client: httpx.AsyncClient, world_sessionmaker: async_sessionmaker[AsyncSession], settings: Settings
) -> World:
    async with world_sessionmaker() as db:
        return await build_world(world_client, db, Factory(db, settings))


@pytest.fixture
async def isolated(world: World, world_connection: AsyncConnection) -> AsyncIterator[World]:
    """The world, with whatever the test changes rolled back afterwards."""
    savepoint = await world_connection.begin_nested()
    try:
        yield world
    finally:
        await savepoint.rollback()


@pytest.fixture(scope="module")
async def fuzz_target(
    request: pytest.FixtureRequest,
    create_database: Any,
    settings: Settings,
    tmp_path_factory: pytest.TempPathFactory,
) -> AsyncIterator[Target]:
    """The world in a database of the module's own, served by a uvicorn subprocess (tests/security/fuzzing.py)."""
    name = request.module.__name__.rsplit(".", 1)[-1].removeprefix("test_")
    async with live_target(create_database, settings, tmp_path_factory.mktemp(name), f"rf_{name}") as target:
        yield target
