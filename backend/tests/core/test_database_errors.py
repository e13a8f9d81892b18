"""Database failures answer with a reason: a lost deadlock or serialization race asks for a retry."""

from typing import Any

import pytest
from sqlalchemy.exc import DBAPIError


class _DriverError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__(f"sqlstate {sqlstate}")
        self.sqlstate = sqlstate


@pytest.mark.parametrize("sqlstate", ["40P01", "40001"])
async def test_a_transient_conflict_asks_for_a_retry(app: Any, client, sqlstate: str) -> None:
    async def collide() -> None:
        raise DBAPIError("UPDATE ...", {}, _DriverError(sqlstate))

    app.add_api_route("/api/v1/test-collide", collide)
    response = await client.get("/api/v1/test-collide")
    assert response.status_code == 503
    assert response.json()["detail"] == "transient_conflict"
    assert response.headers["retry-after"] == "1"


async def test_other_database_errors_are_internal_errors_without_details(app: Any, client) -> None:
    async def broken() -> None:
        raise DBAPIError("SELECT secret_column ...", {}, _DriverError("XX000"))

    app.add_api_route("/api/v1/test-broken", broken)
    response = await client.get("/api/v1/test-broken")
    assert response.status_code == 500
    assert response.json() == {"detail": "internal_error", "message": "Something went wrong on our side."}


async def test_an_unreachable_database_is_a_503_with_retry_after(app: Any, client) -> None:
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    unreachable = create_async_engine("postgresql+asyncpg://postgres@/postgres?host=/nonexistent-socket-dir")

    async def query() -> None:
        async with unreachable.connect() as conn:
            await conn.execute(text("SELECT 1"))

    app.add_api_route("/api/v1/test-unreachable", query)
    response = await client.get("/api/v1/test-unreachable")
    await unreachable.dispose()
    assert response.status_code == 503
    assert response.json()["detail"] == "database_unavailable"
    assert response.headers["retry-after"] == "2"


async def test_a_refused_connection_elsewhere_is_not_blamed_on_the_database(app: Any, client) -> None:
    async def mail_server_down() -> None:
        raise ConnectionRefusedError(111, "Connect call failed")

    app.add_api_route("/api/v1/test-refused", mail_server_down)
    response = await client.get("/api/v1/test-refused")
    assert response.status_code == 500
    assert response.json()["detail"] == "internal_error"


@pytest.mark.parametrize("sqlstate", ["22021", "22P05"])
async def test_text_postgresql_cannot_store_is_a_422(app: Any, client, sqlstate: str) -> None:
    async def nul() -> None:
        raise DBAPIError("INSERT ...", {}, _DriverError(sqlstate))

    app.add_api_route("/api/v1/test-nul", nul)
    response = await client.get("/api/v1/test-nul")
    assert response.status_code == 422
    assert response.json()["detail"] == "invalid_characters"


async def test_a_closed_driver_connection_is_a_503(app: Any, client) -> None:
    import asyncpg

    async def closed() -> None:
        raise asyncpg.InterfaceError("cannot call Connection.fetchrow(): connection is closed")

    app.add_api_route("/api/v1/test-closed", closed)
    response = await client.get("/api/v1/test-closed")
    assert response.status_code == 503
    assert response.json()["detail"] == "database_unavailable"
