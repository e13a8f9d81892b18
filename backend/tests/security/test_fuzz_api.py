"""Fuzzing every operation of the OpenAPI document with schemathesis, against a real API process.

The API runs as a uvicorn subprocess on a database of its own holding the two-team world
(tests/security/world.py). For each operation and for an engineer and a team_admin, schemathesis
generates requests from the schema, valid and invalid (path ids random, or the world's real ids so the
requests reach the code behind the 404s), and every answer must:

- not be a server error (no status >= 500), and
- conform to the document: a documented status, the documented content type, headers and body schema.

Bounded: about `FUZZ_EXAMPLES` examples per operation and kind of data (valid/invalid, random/real ids)
for each role, derandomized (the same requests on every run); past `FUZZ_BUDGET_SECONDS` per role the
remaining operations get `FUZZ_MIN_EXAMPLES` each. Deeper:
`FUZZ_EXAMPLES=40 FUZZ_BUDGET_SECONDS=3600 pytest tests/security/test_fuzz_api.py`.
"""

import asyncio
import os
import time
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import requests
import schemathesis
from alembic import command
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

from app.core.config import Settings
from app.core.db import create_engine, create_sessionmaker
from app.core.migrations import alembic_config
from app.main import create_app, openapi_schema
from tests.factories import PASSWORD, Factory
from tests.live_server import ApiProcess, api_env, start_api, stop_api
from tests.report import report
from tests.security.world import PARAMS, World, build_world

FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "8"))
# Per role: once spent, the remaining operations get FUZZ_MIN_EXAMPLES each (every one is still fuzzed),
# so a slow or busy machine does not stretch the test command.
FUZZ_BUDGET_SECONDS = float(os.environ.get("FUZZ_BUDGET_SECONDS", "60"))
FUZZ_MIN_EXAMPLES = 2
ROLES = ("engineer", "team_admin")


@dataclass
class Target:
    api: ApiProcess
    world: World
    schema: Any


@pytest.fixture(scope="module")
async def target(
    create_database: Any, settings: Settings, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Target]:
    url: str = await asyncio.to_thread(create_database, "rf_fuzz")
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
    api = await asyncio.to_thread(start_api, env, tmp_path_factory.mktemp("fuzz") / "api.log")
    try:
        schema = schemathesis.openapi.from_dict(openapi_schema())
        yield Target(api, world, schema)
    finally:
        stop_api(api)


def _login(base_url: str, world: World, role: str) -> dict[str, str]:
    response = requests.post(
        f"{base_url}/api/v1/auth/login",
        json={"email": world.members[role].email, "password": PASSWORD},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def _real_ids(path: str, world: World) -> dict[str, str]:
    ids = {**world.ids, **world.tokens}
    return {name: ids[key] for name, key in PARAMS.items() if "{" + name + "}" in path}


def _checks() -> list[Any]:
    from schemathesis import checks

    return [
        checks.not_a_server_error,
        checks.status_code_conformance,
        checks.content_type_conformance,
        checks.response_headers_conformance,
        checks.response_schema_conformance,
    ]


def _strategy(operation: Any, world: World) -> Any:
    real = _real_ids(operation.path, world)
    strategies = [
        operation.as_strategy(generation_mode=GenerationMode.POSITIVE),
        operation.as_strategy(generation_mode=GenerationMode.NEGATIVE),
    ]
    if real:
        strategies.append(operation.as_strategy(generation_mode=GenerationMode.POSITIVE, path_parameters=real))
        strategies.append(operation.as_strategy(generation_mode=GenerationMode.NEGATIVE, path_parameters=real))
    return st.one_of(*strategies)


def _fuzz_operation(
    operation: Any,
    target: Target,
    role: str,
    headers: dict[str, str],
    session: requests.Session,
    statuses: Counter[int],
    examples: int,
) -> str | None:
    """Run one operation's examples; the first failure's description, or None."""
    base_url, checks = target.api.url, _checks()
    seen: list[str] = []

    @settings(
        max_examples=examples * (4 if _real_ids(operation.path, target.world) else 2),
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=False,
    )
    @given(case=_strategy(operation, target.world))
    def run(case: Any) -> None:
        if case.headers:
            case.headers = {k: v for k, v in case.headers.items() if k.lower() != "authorization"}
        response = case.call(base_url=base_url, session=session, headers=headers, timeout=30)
        statuses[response.status_code] += 1
        try:
            case.validate_response(response, checks=checks)
        except (Exception, BaseExceptionGroup) as exc:
            problems = getattr(exc, "exceptions", [exc])
            text = "; ".join(f"{getattr(p, 'title', '')}: {getattr(p, 'message', p)}" for p in problems)
            seen.append(
                f"{operation.label} as {role}: [{response.status_code}] {text}\n  {response.text[:300]}"
                f"\n  {case.as_curl_command()}"
            )
            raise

    try:
        run()
    except (Exception, BaseExceptionGroup) as exc:
        return (seen[0] if seen else f"{operation.label} as {role}: {type(exc).__name__}: {exc}")[:3000]
    return None


@pytest.mark.parametrize("role", ROLES)
def test_fuzz_every_operation(target: Target, role: str) -> None:
    statuses: Counter[int] = Counter()
    operations = [result.ok() for result in target.schema.get_all_operations()]
    started = time.monotonic()
    outcomes, reduced = [], 0
    headers: dict[str, str] = {}
    with requests.Session() as session:
        for operation in operations:
            if not headers or operation.path.startswith("/api/v1/auth/"):
                # Fuzzing logout, a login's deletion or a password change may end the login: a fresh one.
                headers = _login(target.api.url, target.world, role)
            over_budget = time.monotonic() - started > FUZZ_BUDGET_SECONDS
            reduced += over_budget
            examples = FUZZ_MIN_EXAMPLES if over_budget else FUZZ_EXAMPLES
            outcomes.append(_fuzz_operation(operation, target, role, headers, session, statuses, examples))
            if operation.path.startswith("/api/v1/auth/"):
                headers = {}
    failures = [outcome for outcome in outcomes if outcome]

    elapsed = time.monotonic() - started
    calls = sum(statuses.values())
    report(
        f"fuzz ({role})",
        f"{len(operations)} operations ({reduced} with the reduced budget), {calls} requests in {elapsed:.0f} s; "
        "statuses " + ", ".join(f"{code}: {n}" for code, n in sorted(statuses.items())),
    )
    assert not failures, "\n\n".join(failures)
    assert not any(code >= 500 for code in statuses)
