"""Alembic: the migrations build exactly the models' schema, and they run down and up again."""

import asyncio
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from app.core.config import to_asyncpg_url
from app.core.migrations import alembic_config, head_revision
from app.models import Base


@pytest.fixture
def fresh_database(create_database: Any) -> str:
    url: str = create_database("rf_migrations")
    return url


def _inspect(url: str, inspect_sync: Any) -> Any:
    """Run `inspect_sync(sync_connection)` on the database (sync tests: alembic's env.py runs its own loop)."""

    async def run() -> Any:
        engine = create_async_engine(to_asyncpg_url(url))
        try:
            async with engine.connect() as connection:
                return await connection.run_sync(inspect_sync)
        finally:
            await engine.dispose()

    return asyncio.run(run())


def _public_tables(sync_connection: Any) -> set[str]:
    rows = sync_connection.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
    return {row[0] for row in rows}


def _version(sync_connection: Any) -> str | None:
    return sync_connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()


def _differences(sync_connection: Any) -> list[Any]:
    context = MigrationContext.configure(sync_connection, opts={"compare_type": True, "compare_server_default": True})
    return list(compare_metadata(context, Base.metadata))


def test_autogenerate_finds_no_difference_between_models_and_migrated_database(fresh_database: str) -> None:
    command.upgrade(alembic_config(fresh_database), "head")

    assert _inspect(fresh_database, _differences) == []


def test_compare_would_notice_a_missing_table(fresh_database: str) -> None:
    """Control: the comparison above is not vacuous."""
    command.upgrade(alembic_config(fresh_database), "head")

    def drop_and_compare(sync_connection: Any) -> list[Any]:
        sync_connection.execute(text("DROP TABLE invitations"))
        return _differences(sync_connection)

    differences = _inspect(fresh_database, drop_and_compare)
    assert ("add_table", "invitations") in [(d[0], d[1].name) for d in differences if isinstance(d, tuple)]


def test_upgrade_downgrade_upgrade_round_trip(fresh_database: str) -> None:
    config = alembic_config(fresh_database)
    app_tables = set(Base.metadata.tables)

    command.upgrade(config, "head")
    assert app_tables <= _inspect(fresh_database, _public_tables)
    assert _inspect(fresh_database, _version) == head_revision()

    command.downgrade(config, "base")
    assert _inspect(fresh_database, _public_tables) - {"alembic_version"} == set()
    assert _inspect(fresh_database, _version) is None

    command.upgrade(config, "head")
    assert app_tables <= _inspect(fresh_database, _public_tables)
    assert _inspect(fresh_database, _version) == head_revision()
    assert _inspect(fresh_database, _differences) == []
