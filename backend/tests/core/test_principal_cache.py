"""The principal cache against a live app: committed changes, real NOTIFY, a lost listener."""

import asyncio
import uuid
from collections.abc import Callable

import asyncpg
import httpx
import pytest

from app.auth.deps import Principal
from app.auth.principal_cache import PrincipalCache
from app.core.config import to_libpq_url
from tests.conftest import LiveApp
from tests.factories import PASSWORD, bearer


async def _eventually(check: Callable[[], bool], within: float = 3.0) -> None:
    deadline = asyncio.get_running_loop().time() + within
    while not check():
        assert asyncio.get_running_loop().time() < deadline, "condition not reached in time"
        await asyncio.sleep(0.02)


async def _token(client: httpx.AsyncClient, email: str) -> str:
    response = await client.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD})
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


async def test_cache_serves_repeat_requests_and_drops_a_disabled_member(live: LiveApp) -> None:
    client, cache = live.client, live.app.state.principal_cache
    assert cache.enabled
    admin = bearer(await _token(client, live.members["team_admin"].email))
    engineer = bearer(await _token(client, live.members["engineer"].email))
    assert (await client.get("/api/v1/auth/me", headers=engineer)).status_code == 200
    assert len(cache) >= 1

    engineer_id = live.members["engineer"].user.id
    response = await client.patch(
        f"/api/v1/teams/current/members/{engineer_id}", json={"disabled": True}, headers=admin
    )
    assert response.status_code == 200
    await _eventually(lambda: all(key[0] != engineer_id for key in cache._entries))
    response = await client.get("/api/v1/auth/me", headers=engineer)
    assert response.status_code == 401
    assert response.json()["detail"] == "invalid_token"


async def test_change_committed_by_another_replica_reaches_the_cache(live: LiveApp) -> None:
    client, cache = live.client, live.app.state.principal_cache
    admin = bearer(await _token(client, live.members["team_admin"].email))
    assert (await client.get("/api/v1/auth/me", headers=admin)).json()["team"]["name"] == "Live"

    other_replica = await asyncpg.connect(to_libpq_url(live.url))
    try:
        await other_replica.execute("UPDATE teams SET name = 'Renamed elsewhere' WHERE id = $1", live.team.id)
    finally:
        await other_replica.close()
    await _eventually(lambda: len(cache) == 0)
    assert (await client.get("/api/v1/auth/me", headers=admin)).json()["team"]["name"] == "Renamed elsewhere"


async def test_a_lost_listener_empties_the_cache_and_is_replaced(live: LiveApp) -> None:
    client, cache = live.client, live.app.state.principal_cache
    admin = bearer(await _token(client, live.members["team_admin"].email))
    await client.get("/api/v1/auth/me", headers=admin)
    assert len(cache) >= 1
    first_listener = cache._listener

    killer = await asyncpg.connect(to_libpq_url(live.url))
    try:
        await killer.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()"
        )
    finally:
        await killer.close()
    await _eventually(lambda: cache._listener is not first_listener and cache.enabled, within=5.0)
    # Whatever changed while nobody listened is unknown, so nothing cached before survives.
    assert len(cache) == 0
    assert (await client.get("/api/v1/auth/me", headers=admin)).status_code == 200


class _OpenConnection:
    def is_closed(self) -> bool:
        return False


def _principal(user: uuid.UUID, team: uuid.UUID, login: uuid.UUID) -> Principal:
    return Principal(
        user_id=user,
        email="a@example.com",
        full_name="A",
        email_verified=True,
        is_super_admin=False,
        team_id=team,
        team_name="T",
        team_role="engineer",
        login_id=login,
    )


def _listening_cache() -> PrincipalCache:
    cache = PrincipalCache("postgresql://unused")
    cache._listener = _OpenConnection()
    return cache


def test_without_a_listener_nothing_is_cached() -> None:
    cache = PrincipalCache(None)
    key = (uuid.uuid4(), uuid.uuid4(), uuid.uuid4())
    cache.put(key, _principal(*key), cache.generation)
    assert cache.get(key) is None


def test_a_load_that_raced_an_invalidation_is_not_stored() -> None:
    cache = _listening_cache()
    key = (uuid.uuid4(), uuid.uuid4(), uuid.uuid4())
    generation = cache.generation
    cache.invalidate(f"user:{key[0]}")  # arrives while the row was being read
    cache.put(key, _principal(*key), generation)
    assert cache.get(key) is None


@pytest.mark.parametrize("kind", ["user", "team", "login"])
def test_invalidation_drops_only_what_changed(kind: str) -> None:
    cache = _listening_cache()
    changed = (uuid.uuid4(), uuid.uuid4(), uuid.uuid4())
    untouched = (uuid.uuid4(), uuid.uuid4(), uuid.uuid4())
    for key in (changed, untouched):
        cache.put(key, _principal(*key), cache.generation)
    position = {"user": 0, "team": 1, "login": 2}[kind]
    cache.invalidate(f"{kind}:{changed[position]}")
    assert cache.get(changed) is None
    assert cache.get(untouched) is not None


def test_an_unreadable_notification_drops_everything() -> None:
    cache = _listening_cache()
    key = (uuid.uuid4(), uuid.uuid4(), uuid.uuid4())
    cache.put(key, _principal(*key), cache.generation)
    cache.invalidate("garbage")
    assert len(cache) == 0
