"""Login throttling: per account and per IP, state in PostgreSQL, same answer for unknown e-mail."""

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from app.auth import service
from app.auth.models import LoginFailure
from app.core.clock import travel
from app.core.config import Settings
from app.main import create_app
from tests.auth.helpers import AUTH, login_as
from tests.factories import Factory

WRONG = "definitely-wrong-pw"


async def fail(client: httpx.AsyncClient, email: str) -> httpx.Response:
    response = await client.post(f"{AUTH}/login", json={"email": email, "password": WRONG})
    assert response.status_code == 401, response.text
    return response


def assert_locked(response: httpx.Response, *, at_most: int = 900) -> int:
    assert response.status_code == 429, response.text
    assert response.json()["detail"] == "too_many_attempts"
    retry_after = response.headers["retry-after"]
    assert retry_after.isdigit(), retry_after
    assert 1 <= int(retry_after) <= at_most
    return int(retry_after)


@pytest.fixture
async def second_replica(settings: Settings, engine, sessionmaker) -> AsyncIterator[httpx.AsyncClient]:
    """Another API process on the same database (its own app, so no in-memory state is shared)."""
    app = create_app(settings)
    app.state.engine = engine
    app.state.sessionmaker = sessionmaker
    transport = httpx.ASGITransport(app=app, client=("203.0.113.10", 50001))
    async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as http:
        yield http


def client_from(app: Any, ip: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=(ip, 50000)), base_url="https://testserver")


async def test_sixth_attempt_after_five_failures_is_429_even_with_the_right_password(client, factory: Factory) -> None:
    member = await factory.member()
    for _ in range(5):
        await fail(client, member.email)

    retry_after = assert_locked(await login_as(client, member))

    assert retry_after > 800  # the oldest failure leaves the 15-minute window in about 15 minutes


async def test_four_failures_do_not_lock(client, factory: Factory) -> None:
    member = await factory.member()
    for _ in range(4):
        await fail(client, member.email)

    assert (await login_as(client, member)).status_code == 200


async def test_a_successful_login_resets_the_account_counter(client, factory: Factory) -> None:
    member = await factory.member()
    for _ in range(4):
        await fail(client, member.email)
    assert (await login_as(client, member)).status_code == 200

    for _ in range(4):
        await fail(client, member.email)

    assert (await login_as(client, member)).status_code == 200


async def test_the_lock_is_per_account(client, factory: Factory) -> None:
    locked = await factory.member()
    other = await factory.member()
    for _ in range(5):
        await fail(client, locked.email)

    assert (await login_as(client, other)).status_code == 200


async def test_the_account_lock_applies_whatever_the_case_of_the_email(client, factory: Factory) -> None:
    member = await factory.member(email="cased@example.com")
    spellings = [
        "cased@example.com",
        "CASED@example.com",
        "Cased@Example.com",
        "cased@EXAMPLE.COM",
        "cAsEd@example.com",
    ]
    for email in spellings:
        await fail(client, email)

    assert_locked(await login_as(client, member))


async def test_failures_older_than_15_minutes_do_not_count(client, factory: Factory) -> None:
    member = await factory.member()
    with travel(-timedelta(minutes=16)):
        for _ in range(5):
            await fail(client, member.email)

    assert (await login_as(client, member)).status_code == 200


async def test_lock_lifts_when_the_oldest_failure_leaves_the_window(client, factory: Factory) -> None:
    member = await factory.member()
    with travel(-timedelta(minutes=14)):
        for _ in range(5):
            await fail(client, member.email)

    retry_after = assert_locked(await login_as(client, member), at_most=61)
    with travel(timedelta(seconds=retry_after + 1)):
        response = await login_as(client, member)

    assert response.status_code == 200, response.text


async def test_twenty_failures_from_one_ip_across_emails_lock_that_ip(client, factory: Factory, app) -> None:
    member = await factory.member()
    for n in range(20):
        await fail(client, f"spray-{n}@example.com")  # never 5 on one account

    assert_locked(await login_as(client, member))
    async with client_from(app, "198.51.100.7") as elsewhere:
        assert (await login_as(elsewhere, member)).status_code == 200


async def test_nineteen_failures_from_one_ip_do_not_lock_it(client, factory: Factory) -> None:
    member = await factory.member()
    for n in range(19):
        await fail(client, f"spray-{n}@example.com")

    assert (await login_as(client, member)).status_code == 200


async def test_throttle_state_lives_in_postgresql_and_is_shared_by_replicas(
    client, second_replica: httpx.AsyncClient, factory: Factory, db
) -> None:
    member = await factory.member()
    for _ in range(5):
        await fail(client, member.email)

    stored = (
        await db.execute(select(func.count()).select_from(LoginFailure).where(LoginFailure.email == member.email))
    ).scalar_one()
    await db.commit()

    assert stored == 5
    assert_locked(await login_as(second_replica, member))


async def test_unknown_email_and_wrong_password_get_the_same_answer(client, factory: Factory) -> None:
    member = await factory.member()

    wrong_password = await fail(client, member.email)
    unknown_email = await fail(client, "no-such-user@example.com")

    assert wrong_password.json() == unknown_email.json()
    assert wrong_password.json()["detail"] == "invalid_credentials"
    assert wrong_password.headers.get("www-authenticate") == unknown_email.headers.get("www-authenticate")


async def test_unknown_email_costs_a_bcrypt_check_like_a_wrong_password(
    client, factory: Factory, monkeypatch, settings: Settings
) -> None:
    member = await factory.member()
    checked: list[str] = []
    real_verify = service.verify_password

    async def recording_verify(password: str, password_hash: str) -> bool:
        checked.append(password_hash)
        return await real_verify(password, password_hash)

    monkeypatch.setattr(service, "verify_password", recording_verify)

    await fail(client, member.email)
    await fail(client, "no-such-user@example.com")

    assert len(checked) == 2
    cost = f"$2b${settings.bcrypt_rounds:02d}$"
    assert checked[0].startswith(cost)
    assert checked[1].startswith(cost)
    assert checked[1] != member.user.password_hash


async def test_unknown_emails_count_towards_their_own_lock(client) -> None:
    for _ in range(5):
        await fail(client, "ghost@example.com")

    response = await client.post(f"{AUTH}/login", json={"email": "ghost@example.com", "password": WRONG})

    assert_locked(response)
