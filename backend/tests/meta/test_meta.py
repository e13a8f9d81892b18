"""GET /api/v1/meta: public, and the demo credentials only in local development."""

import httpx
import pytest

from app.core.config import Settings
from app.main import create_app
from app.seed import DEMO_PASSWORD, DEMO_USERS


async def _meta(settings: Settings) -> httpx.Response:
    transport = httpx.ASGITransport(app=create_app(settings))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        return await http.get("/api/v1/meta")


async def test_local_development_shows_the_demo_accounts_without_login(settings: Settings) -> None:
    response = await _meta(settings.model_copy(update={"environment": "local"}))

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["environment"] == "local"
    assert body["demo"]["password"] == DEMO_PASSWORD
    assert [account["email"] for account in body["demo"]["accounts"]] == [user.email for user in DEMO_USERS]
    assert {account["role"] for account in body["demo"]["accounts"]} == {
        "super_admin",
        "team_admin",
        "engineer",
        "viewer",
    }


@pytest.mark.parametrize("environment", ["test", "production"])
async def test_other_environments_never_show_demo_credentials(settings: Settings, environment: str) -> None:
    response = await _meta(settings.model_copy(update={"environment": environment}))

    assert response.status_code == 200, response.text
    assert response.json() == {"environment": environment, "demo": None}
    assert DEMO_PASSWORD not in response.text
