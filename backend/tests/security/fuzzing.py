"""What the two fuzz tests share: a real API process on a database holding the two-team world, logins,
and the checks every answer must pass.

`live_target()` is behind the `fuzz_target` fixture (tests/security/conftest.py, one per test module):
test_fuzz_api.py fuzzes each operation on its own, test_fuzz_stateful.py chains them along the
document's links.
"""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import requests
import schemathesis
from alembic import command

from app.core.config import Settings
from app.core.db import create_engine, create_sessionmaker
from app.core.migrations import alembic_config
from app.main import create_app, openapi_schema
from tests.factories import PASSWORD, Factory
from tests.live_server import ApiProcess, api_env, start_api, stop_api
from tests.security.world import PARAMS, World, build_world

ROLES = ("engineer", "team_admin")


@dataclass
class Target:
    api: ApiProcess
    world: World
    schema: Any


@asynccontextmanager
async def live_target(create_database: Any, settings: Settings, log_dir: Path, name: str) -> AsyncIterator[Target]:
    """The world built in database `name`, served by a uvicorn subprocess, with the API's schema."""
    url: str = await asyncio.to_thread(create_database, name)
    await asyncio.to_thread(command.upgrade, alembic_config(url), "head")
    world_settings = settings.model_copy(update={"database_url": url, "spa_dir": None})
    app = create_app(world_settings)
    app.state.engine = create_engine(world_settings)
    app.state.sessionmaker = create_sessionmaker(app.state.engine)
    transport = httpx.ASGITransport(app=app)
    async with (
        httpx.AsyncClient(transport=transport, base_url="https://testserver") as client,
        app.state.sessionmaker() as db,
    ):
        world = await build_world(client, db, Factory(db, world_settings))
    await app.state.engine.dispose()

    env = api_env(
        url,
        settings.signing_key,
        # Fuzzed logins fail by the thousand; the throttle would then refuse ours too.
        LOGIN_MAX_FAILURES_PER_IP="1000000",
        LOGIN_MAX_FAILURES_PER_ACCOUNT="1000000",
        SPA_DIR="/nonexistent",
    )
    api = await asyncio.to_thread(start_api, env, log_dir / "api.log")
    try:
        yield Target(api, world, schemathesis.openapi.from_dict(openapi_schema()))
    finally:
        stop_api(api)


def login(base_url: str, world: World, role: str) -> dict[str, str]:
    response = requests.post(
        f"{base_url}/api/v1/auth/login",
        json={"email": world.members[role].email, "password": PASSWORD},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def real_ids(path: str, world: World) -> dict[str, str]:
    """The world's ids (team A's objects) for the path parameters of `path`."""
    ids = {**world.ids, **world.tokens}
    return {name: ids[key] for name, key in PARAMS.items() if "{" + name + "}" in path}


def checks() -> list[Any]:
    """No server error; the status, content type, headers and body as documented."""
    from schemathesis import checks

    return [
        checks.not_a_server_error,
        checks.status_code_conformance,
        checks.content_type_conformance,
        checks.response_headers_conformance,
        checks.response_schema_conformance,
    ]


def describe_failure(exc: BaseException) -> str:
    """The checks' failures in one line each."""
    problems = getattr(exc, "exceptions", [exc])
    return "; ".join(f"{getattr(p, 'title', '')}: {getattr(p, 'message', p)}" for p in problems)
