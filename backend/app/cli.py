"""Command line: `python -m app.cli run | migrate | seed | reembed [--all]`.

`run` is what `make run` calls: it starts an embedded PostgreSQL when DATABASE_URL is unset (data
kept in `.data/`), migrates, loads the demo data once and serves the API until Ctrl-C.
"""

import argparse
import asyncio
import os
import secrets
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from cryptography.fernet import Fernet

from app.core.migrations import BACKEND_DIR

DATA_DIR = BACKEND_DIR.parent / ".data"


def _persisted_secret(name: str, make: Callable[[], str]) -> None:
    """Keep dev secrets across restarts (so logins survive) without ever writing them in code."""
    if os.environ.get(name):
        return
    path = DATA_DIR / name.lower()
    if not path.exists():
        DATA_DIR.mkdir(exist_ok=True)
        path.write_text(make())
        path.chmod(0o600)
    os.environ[name] = path.read_text().strip()


@contextmanager
def _database() -> Iterator[None]:
    """Yield with DATABASE_URL pointing at a server: the given one, or an embedded one."""
    if os.environ.get("DATABASE_URL"):
        yield
        return
    from app.core.embedded_db import EmbeddedPostgres

    server = EmbeddedPostgres(DATA_DIR / "pg", cleanup="stop")
    os.environ["DATABASE_URL"] = server.url()
    print(f"Embedded PostgreSQL running, data in {DATA_DIR / 'pg'}", flush=True)
    try:
        yield
    finally:
        server.stop()
        print("Embedded PostgreSQL stopped.", flush=True)


def _migrate() -> None:
    from alembic import command

    from app.core.migrations import alembic_config

    command.upgrade(alembic_config(os.environ["DATABASE_URL"]), "head")


async def _seed() -> bool:
    from app.core.config import get_settings
    from app.core.db import create_engine, create_sessionmaker
    from app.seed import seed_demo

    settings = get_settings()
    engine = create_engine(settings)
    try:
        async with create_sessionmaker(engine)() as session:
            return await seed_demo(session, settings)
    finally:
        await engine.dispose()


async def _reembed(everything: bool) -> bool:
    """Embed what lacks a vector of the configured model (or everything); False if some failed."""
    from app.core.config import get_settings
    from app.core.db import create_engine, create_sessionmaker
    from app.embeddings.providers import create_provider
    from app.embeddings.service import reembed

    settings = get_settings()
    provider = create_provider(settings)
    print(f"Embedding model: {provider.model}", flush=True)

    def progress(done: int, total: int) -> None:
        print(f"embedded {done}/{total} ({done * 100 // max(total, 1)}%) with {provider.model}", flush=True)

    engine = create_engine(settings)
    try:
        async with create_sessionmaker(engine)() as session:
            result = await reembed(
                session, provider, everything=everything, batch_size=settings.embedding_batch_size, progress=progress
            )
    finally:
        await engine.dispose()
    print(
        f"Done: {result.embedded} embedded, {result.unchanged} unchanged, {result.failed} failed"
        + (" (queued again with backoff; the API's worker retries them)." if result.failed else "."),
        flush=True,
    )
    return result.failed == 0


def _serve(host: str, port: int) -> None:
    import uvicorn

    uvicorn.run("app.main:create_app", factory=True, host=host, port=port, log_config=None, access_log=False)


def _exit_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit so `finally` blocks (stopping the database) run, as for Ctrl-C."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m app.cli")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="database + migrations + demo data + API server")
    run.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    run.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    sub.add_parser("migrate", help="upgrade the database to the latest migration")
    sub.add_parser("seed", help="create the demo team and users if missing")
    reembed = sub.add_parser("reembed", help="embed search documents lacking a vector of the configured model")
    reembed.add_argument("--all", action="store_true", help="re-embed every document, even unchanged ones")
    args = parser.parse_args()

    _exit_on_sigterm()
    os.environ.setdefault("ENVIRONMENT", "local")
    if os.environ["ENVIRONMENT"] == "local":
        _persisted_secret("SECRET_KEY", lambda: secrets.token_urlsafe(48))
        _persisted_secret("ENCRYPTION_KEY", lambda: Fernet.generate_key().decode())
        # Plain http on 127.0.0.1 in development; production keeps Secure cookies.
        os.environ.setdefault("REFRESH_COOKIE_SECURE", "false")

    with _database():
        if args.command in ("run", "migrate"):
            _migrate()
        if args.command in ("run", "seed"):
            created = asyncio.run(_seed())
            print("Demo data created." if created else "Demo data already present.", flush=True)
        if args.command == "reembed" and not asyncio.run(_reembed(args.all)):
            sys.exit(1)
        if args.command == "run":
            print(f"API on http://{args.host}:{args.port}  (docs: /api/docs)", flush=True)
            _serve(args.host, args.port)


if __name__ == "__main__":
    main()
