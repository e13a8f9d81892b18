"""Test plumbing: a real PostgreSQL per test worker, one rolled-back transaction per test.

With TEST_DATABASE_URL (or DATABASE_URL) set, each worker creates a throwaway database on that
server; otherwise it starts an embedded PostgreSQL in a temporary folder. Tests never share rows:
the app's sessions join a per-test transaction (savepoints for the app's commits) that is rolled
back afterwards.
"""

import asyncio
import json
import logging
import os
import secrets
import socket
import tempfile
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
from aiosmtpd.controller import Controller
from alembic import command
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker

from app.core.config import Settings, to_asyncpg_url
from app.core.db import create_engine
from app.core.logging import JsonFormatter
from app.core.migrations import alembic_config
from app.main import create_app
from app.teams.models import Team
from tests.factories import Factory, Member


def _plain_url(url: str) -> str:
    return to_asyncpg_url(url).replace("postgresql+asyncpg://", "postgresql://", 1)


def _with_database(url: str, name: str) -> str:
    base, _, query = url.partition("?")
    base = base.rsplit("/", 1)[0]
    return f"{base}/{name}" + (f"?{query}" if query else "")


@pytest.fixture(scope="session")
def server_url() -> Iterator[str]:
    """A PostgreSQL server to create test databases on (maintenance database URL)."""
    given = os.environ.get("TEST_DATABASE_URL") or os.environ.get("DATABASE_URL")
    if given:
        yield _plain_url(given)
        return
    from app.core.embedded_db import EmbeddedPostgres

    server = EmbeddedPostgres(Path(tempfile.mkdtemp(prefix="rf-test-")) / "pg", cleanup="delete")
    try:
        yield server.url()
    finally:
        server.stop()


async def _admin(server_url: str, sql: str) -> None:
    conn = await asyncpg.connect(server_url)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@pytest.fixture(scope="session")
def create_database(server_url: str) -> Iterator[Any]:
    """Factory for throwaway databases on the test server, dropped at the end of the run."""
    created: list[str] = []

    def make(prefix: str = "rf_test") -> str:
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        name = f"{prefix}_{worker}_{secrets.token_hex(4)}"
        asyncio.run(_admin(server_url, f'CREATE DATABASE "{name}"'))
        created.append(name)
        return _with_database(server_url, name)

    yield make
    for name in created:
        asyncio.run(_admin(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def database_url(create_database: Any) -> str:
    url: str = create_database()
    command.upgrade(alembic_config(url), "head")
    return url


class Mailbox:
    """A real SMTP server (aiosmtpd) that keeps what it receives."""

    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        import email

        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"

    def last_to(self, address: str) -> Any:
        matching = [m for m in self.messages if m["To"] == address]
        assert matching, f"no mail to {address}; got {[m['To'] for m in self.messages]}"
        return matching[-1]


@pytest.fixture(scope="session")
def smtp_server() -> Iterator[tuple[Mailbox, int]]:
    mailbox = Mailbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield mailbox, port
    finally:
        controller.stop()


@pytest.fixture
def mailbox(smtp_server: tuple[Mailbox, int]) -> Mailbox:
    box, _ = smtp_server
    box.messages.clear()
    return box


@pytest.fixture(scope="session")
def settings(database_url: str, smtp_server: tuple[Mailbox, int]) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        environment="test",
        database_url=database_url,
        secret_key=secrets.token_urlsafe(48),
        bcrypt_rounds=4,
        smtp_host="127.0.0.1",
        smtp_port=smtp_server[1],
        smtp_starttls=False,
        log_level="WARNING",
        # Tests that need the background worker turn it on (see `live_overrides`).
        embedding_worker=False,
        # FlowPilot offline unless a test points it at the fake Anthropic server (tests/copilot/conftest.py).
        anthropic_api_key=None,
        copilot_flywheel_scheduler=False,
        # No scheduled jobs in the background: tests drive app/core/scheduler.py and the jobs themselves.
        scheduler_enabled=False,
        # API only, whether or not the SPA was built; tests/core/test_spa.py serves a build of its own.
        spa_dir=None,
    )


@pytest.fixture(scope="session")
async def engine(settings: Settings) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(settings)
    yield engine
    await engine.dispose()


@pytest.fixture
async def connection(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    async with engine.connect() as conn:
        transaction = await conn.begin()
        try:
            yield conn
        finally:
            await transaction.rollback()


@pytest.fixture
def sessionmaker(connection: AsyncConnection) -> async_sessionmaker[AsyncSession]:
    # Commits inside the app become savepoint releases; the outer transaction is rolled back.
    return async_sessionmaker(
        bind=connection, expire_on_commit=False, autoflush=False, join_transaction_mode="create_savepoint"
    )


@pytest.fixture
async def db(sessionmaker: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    async with sessionmaker() as session:
        yield session


@pytest.fixture
def app(settings: Settings, engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]) -> Any:
    application = create_app(settings)
    application.state.engine = engine
    application.state.sessionmaker = sessionmaker
    return application


@pytest.fixture
async def client(app: Any, mailbox: Mailbox) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, client=("203.0.113.10", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as http:
        yield http


@pytest.fixture
def factory(db: AsyncSession, settings: Settings) -> Factory:
    return Factory(db, settings)


@dataclass
class LiveApp:
    """The app with its lifespan running on a committed database of its own."""

    app: Any
    client: httpx.AsyncClient
    url: str
    team: Team
    members: dict[str, Member]
    factory: Factory


@pytest.fixture
def live_overrides() -> dict[str, Any]:
    """Settings of the `live` app beyond the test settings; a test module overrides this fixture."""
    return {}


@pytest.fixture
async def live(create_database: Any, settings: Settings, live_overrides: dict[str, Any]) -> AsyncIterator[LiveApp]:
    """For what a rolled-back transaction cannot show: concurrent requests, NOTIFY after commit."""
    url: str = await asyncio.to_thread(create_database)
    await asyncio.to_thread(command.upgrade, alembic_config(url), "head")
    live_settings = settings.model_copy(update={"database_url": url, **live_overrides})
    application = create_app(live_settings)
    async with application.router.lifespan_context(application), application.state.sessionmaker() as session:
        builder = Factory(session, live_settings)
        team = await builder.team("Live")
        members = {role: await builder.member(team, role) for role in ("team_admin", "engineer")}
        transport = httpx.ASGITransport(app=application)
        async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as http:
            yield LiveApp(application, http, url, team, members, builder)


class LogCapture(logging.Handler):
    """Every log line, formatted exactly as the app writes it (JSON)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(JsonFormatter())
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def entries(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.lines]


@pytest.fixture
def captured_logs(app: Any) -> Iterator[LogCapture]:
    """All logging at any level during the test; depends on `app`, which configures logging."""
    handler = LogCapture()
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print the counts of the proof harness (tests/report.py): matrix cases, fuzz calls, faults."""
    from tests.report import LINES

    if LINES:
        terminalreporter.section("proof harness")
        for topic, text in LINES.items():
            terminalreporter.write_line(f"{topic}: {text}")
