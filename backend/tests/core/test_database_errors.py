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
