"""PSA test plumbing: the fake ConnectWise (one server per test run, reset per test), the app with
short PSA timeouts, and helpers that connect a team and start sessions on tickets."""

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.core.config import Settings
from app.main import create_app
from app.psa.runtime import PsaRuntime
from app.teams.models import Team
from tests.factories import Factory, Member, auth_headers
from tests.fakes import connectwise as fake_connectwise
from tests.sessions.helpers import SESSIONS, published_flow

PSA = "/api/v1/psa"
CONNECTWISE = f"{PSA}/connectwise"
# Short enough for tests that wait for a timeout, long enough for a loaded machine to answer.
CLIENT_TIMEOUT = 0.75
# A fault's delay: well past the client's timeout.
LATE = 2.0
TICKET = 4711

Json = dict[str, Any]


@pytest.fixture(scope="session")
def cw_server() -> Iterator[fake_connectwise.FakeConnectWise]:
    with fake_connectwise.running() as server:
        yield server


@pytest.fixture
def cw(cw_server: fake_connectwise.FakeConnectWise) -> fake_connectwise.FakeConnectWise:
    cw_server.reset()
    cw_server.add_ticket(TICKET)
    return cw_server


@pytest.fixture
def psa_settings(settings: Settings) -> Settings:
    return settings.model_copy(
        update={
            "psa_timeout_seconds": CLIENT_TIMEOUT,
            "psa_connect_timeout_seconds": CLIENT_TIMEOUT,
            "psa_verify_timeout_seconds": CLIENT_TIMEOUT,
            "psa_ticket_cache_seconds": 60.0,
            "psa_push_backoff_seconds": 10.0,
            "psa_push_backoff_cap_seconds": 60.0,
            "psa_push_max_attempts": 4,
        }
    )


@pytest.fixture
def app(psa_settings: Settings, engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]) -> Any:
    """The app of the root conftest, with the PSA settings above."""
    application = create_app(psa_settings)
    application.state.engine = engine
    application.state.sessionmaker = sessionmaker
    return application


@pytest.fixture
def runtime(app: Any) -> PsaRuntime:
    psa: PsaRuntime = app.state.psa
    return psa


def connection_body(cw: fake_connectwise.FakeConnectWise, **overrides: Any) -> Json:
    return {
        "site": cw.site,
        "company_id": cw.company_id,
        "public_key": cw.public_key,
        "private_key": cw.private_key,
        "client_id": cw.client_id,
        "allow_http": True,
        **overrides,
    }


async def connect(
    client: httpx.AsyncClient, headers: dict[str, str], cw: fake_connectwise.FakeConnectWise, **overrides: Any
) -> Json:
    response = await client.put(CONNECTWISE, json=connection_body(cw, **overrides), headers=headers)
    assert response.status_code == 200, response.text
    body: Json = response.json()
    return body


@dataclass
class PsaTeam:
    """A team with an admin and an engineer, connected to the fake ConnectWise, and a published flow."""

    team: Team
    admin: Member
    engineer: Member
    admin_headers: dict[str, str]
    headers: dict[str, str]
    flow: Json
    client: httpx.AsyncClient

    async def start(self, ticket_id: str | None = str(TICKET), **fields: Any) -> httpx.Response:
        body = {"flow_id": self.flow["id"], **fields}
        if ticket_id is not None:
            body["ticket_id"] = ticket_id
        return await self.client.post(SESSIONS, json=body, headers=self.headers)

    async def session(self, ticket_id: str | None = str(TICKET), **fields: Any) -> Json:
        response = await self.start(ticket_id, **fields)
        assert response.status_code == 201, response.text
        session: Json = response.json()
        return session

    async def push(self, session: Json, headers: dict[str, str] | None = None, **body: Any) -> httpx.Response:
        return await self.client.post(
            f"{SESSIONS}/{session['id']}/psa-push", json=body or None, headers=headers or self.headers
        )

    async def pushes(self, session: Json, headers: dict[str, str] | None = None) -> list[Json]:
        response = await self.client.get(f"{SESSIONS}/{session['id']}/psa-pushes", headers=headers or self.headers)
        assert response.status_code == 200, response.text
        result: list[Json] = response.json()
        return result


async def psa_team(
    client: httpx.AsyncClient, factory: Factory, cw: fake_connectwise.FakeConnectWise, *, connected: bool = True
) -> PsaTeam:
    team = await factory.team()
    admin = await factory.member(team, "team_admin")
    engineer = await factory.member(team, "engineer")
    admin_headers = await auth_headers(client, admin)
    headers = await auth_headers(client, engineer)
    if connected:
        await connect(client, admin_headers, cw)
    flow = await published_flow(client, headers)
    return PsaTeam(team, admin, engineer, admin_headers, headers, flow, client)


@pytest.fixture
async def t(client: httpx.AsyncClient, factory: Factory, cw: fake_connectwise.FakeConnectWise) -> PsaTeam:
    return await psa_team(client, factory, cw)
