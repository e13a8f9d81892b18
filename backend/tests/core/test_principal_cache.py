"""The principal cache against a live app: committed changes, real NOTIFY, a lost listener."""

import asyncio
import secrets
from collections.abc import AsyncIterator, Callable
from typing import Any

import asyncpg
import httpx
import pytest
from alembic import command

from app.core.config import Settings, to_libpq_url
from app.core.migrations import alembic_config
from app.main import create_app
from app.teams.models import Membership
from app.teams.service import create_team
from tests.factories import PASSWORD, bearer


async def _eventually(check: Callable[[], bool], within: float = 3.0) -> None:
    deadline = asyncio.get_running_loop().time() + within
    while not check():
        assert asyncio.get_running_loop().time() < deadline, "condition not reached in time"
        await asyncio.sleep(0.02)


@pytest.fixture
async def live(create_database: Callable[[], str]) -> AsyncIterator[dict[str, Any]]:
    url = await asyncio.to_thread(create_database)
    await asyncio.to_thread(command.upgrade, alembic_config(url), "head")
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        environment="test",
        database_url=url,
        secret_key=secrets.token_urlsafe(48),
        bcrypt_rounds=4,
        log_level="WARNING",
    )
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        async with app.state.sessionmaker() as db:
            from app.core.security import hash_password
            from app.users.models import User

            team = await create_team(db, settings, "Live")
            users = {}
            for role in ("team_admin", "engineer"):
                user = User(
                    email=f"{role}@live.example.com",
                    full_name=role,
                    password_hash=await hash_password(PASSWORD, 4),
                )
                db.add(user)
                await db.flush()
                db.add(Membership(team_id=team.id, user_id=user.id, role=role))
                users[role] = user
            await db.commit()
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as client:
            yield {"app": app, "client": client, "team": team, "users": users, "url": url}


async def _token(client: httpx.AsyncClient, email: str) -> str:
    response = await client.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD})
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


async def test_cache_serves_repeat_requests_and_drops_a_disabled_member(live: dict[str, Any]) -> None:
    client, cache = live["client"], live["app"].state.principal_cache
    assert cache.enabled
    admin = bearer(await _token(client, "team_admin@live.example.com"))
    engineer = bearer(await _token(client, "engineer@live.example.com"))
    assert (await client.get("/api/v1/auth/me", headers=engineer)).status_code == 200
    assert len(cache) >= 1

    engineer_id = live["users"]["engineer"].id
    response = await client.patch(
        f"/api/v1/teams/current/members/{engineer_id}", json={"disabled": True}, headers=admin
    )
    assert response.status_code == 200
    await _eventually(lambda: all(key[0] != engineer_id for key in cache._entries))
    response = await client.get("/api/v1/auth/me", headers=engineer)
    assert response.status_code == 401
    assert response.json()["detail"] == "invalid_token"


async def test_change_committed_by_another_replica_reaches_the_cache(live: dict[str, Any]) -> None:
    client, cache = live["client"], live["app"].state.principal_cache
    admin = bearer(await _token(client, "team_admin@live.example.com"))
    assert (await client.get("/api/v1/auth/me", headers=admin)).json()["team"]["name"] == "Live"

    other_replica = await asyncpg.connect(to_libpq_url(live["url"]))
    try:
        await other_replica.execute("UPDATE teams SET name = 'Renamed elsewhere' WHERE id = $1", live["team"].id)
    finally:
        await other_replica.close()
    await _eventually(lambda: len(cache) == 0)
    assert (await client.get("/api/v1/auth/me", headers=admin)).json()["team"]["name"] == "Renamed elsewhere"


async def test_cache_is_off_while_the_listener_is_lost_and_comes_back(live: dict[str, Any]) -> None:
    client, cache = live["client"], live["app"].state.principal_cache
    admin = bearer(await _token(client, "team_admin@live.example.com"))
    await client.get("/api/v1/auth/me", headers=admin)

    killer = await asyncpg.connect(to_libpq_url(live["url"]))
    try:
        await killer.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()"
        )
        await _eventually(lambda: not cache.enabled)
        assert len(cache) == 0
        # Served from the database meanwhile, and correct.
        assert (await client.get("/api/v1/auth/me", headers=admin)).status_code == 200
        await _eventually(lambda: cache.enabled, within=5.0)
    finally:
        await killer.close()
