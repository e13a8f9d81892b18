"""Command line: `python -m app.cli run | migrate | seed | reembed [--all] | openapi [--output PATH]`.

`run` is what `make run` calls: it starts an embedded PostgreSQL when DATABASE_URL is unset (data
kept in `.data/`, or `--data-dir`), migrates, loads the demo data once and serves the API and the
built SPA until Ctrl-C. `openapi` writes the OpenAPI document without a database (the SPA's typed
client is generated from it: `npm run api:generate` in frontend/). `reencrypt-secrets` re-encrypts
every stored secret (PSA keys) with the newest ENCRYPTION_KEY, after a new key was put first.
"""

import argparse
import asyncio
import json
import os
import secrets
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from cryptography.fernet import Fernet

from app.core.migrations import BACKEND_DIR

DATA_DIR = BACKEND_DIR.parent / ".data"


def _persisted_secret(data_dir: Path, name: str, make: Callable[[], str]) -> None:
    """Keep dev secrets across restarts (so logins survive) without ever writing them in code."""
    if os.environ.get(name):
        return
    path = data_dir / name.lower()
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(make())
        path.chmod(0o600)
    os.environ[name] = path.read_text().strip()


@contextmanager
def _database(data_dir: Path) -> Iterator[None]:
    """Yield with DATABASE_URL pointing at a server: the given one, or an embedded one."""
    if os.environ.get("DATABASE_URL"):
        yield
        return
    from app.core.embedded_db import EmbeddedPostgres

    server = EmbeddedPostgres(data_dir / "pg", cleanup="stop")
    os.environ["DATABASE_URL"] = server.url()
    print(f"Embedded PostgreSQL running, data in {data_dir / 'pg'}", flush=True)
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


async def _reencrypt_secrets() -> bool:
    """Re-encrypt every stored secret with the newest ENCRYPTION_KEY; False if some could not be read."""
    from app.core.config import get_settings
    from app.core.db import create_engine, create_sessionmaker
    from app.core.encryption import SecretBox, encryption_keys
    from app.psa.service import reencrypt_secrets

    settings = get_settings()
    engine = create_engine(settings)
    try:
        async with create_sessionmaker(engine)() as session:
            done, unreadable = await reencrypt_secrets(session, SecretBox.from_settings(settings))
    finally:
        await engine.dispose()
    keys = len(encryption_keys(settings))
    print(f"Re-encrypted {done} PSA connection(s) with the newest of {keys} key(s).", flush=True)
    if unreadable:
        print(f"{unreadable} could not be decrypted with any key: a team admin enters their keys again.", flush=True)
    return unreadable == 0


def _write_openapi(output: str) -> None:
    from app.main import openapi_schema

    document = json.dumps(openapi_schema(), indent=2, ensure_ascii=False) + "\n"
    if output == "-":
        sys.stdout.write(document)
    else:
        Path(output).write_text(document, encoding="utf-8")


def _serve(host: str, port: int) -> None:
    import uvicorn

    uvicorn.run("app.main:create_app", factory=True, host=host, port=port, log_config=None, access_log=False)


def _exit_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit so `finally` blocks (stopping the database) run, as for Ctrl-C."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m app.cli")
    parser.add_argument(
        "--data-dir", type=Path, default=DATA_DIR, help="embedded database and dev secrets (default: .data/)"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="database + migrations + demo data + API server")
    run.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    run.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    sub.add_parser("migrate", help="upgrade the database to the latest migration")
    sub.add_parser("seed", help="create the demo team and users if missing")
    reembed = sub.add_parser("reembed", help="embed search documents lacking a vector of the configured model")
    reembed.add_argument("--all", action="store_true", help="re-embed every document, even unchanged ones")
    sub.add_parser("reencrypt-secrets", help="re-encrypt stored secrets with the newest (first) ENCRYPTION_KEY")
    openapi = sub.add_parser("openapi", help="write the OpenAPI document (no database needed)")
    openapi.add_argument("--output", default="-", help="file to write, - for stdout (default)")
    args = parser.parse_args()

    if args.command == "openapi":
        _write_openapi(args.output)
        return
    _exit_on_sigterm()
    os.environ.setdefault("ENVIRONMENT", "local")
    if os.environ["ENVIRONMENT"] == "local":
        _persisted_secret(args.data_dir, "SECRET_KEY", lambda: secrets.token_urlsafe(48))
        _persisted_secret(args.data_dir, "ENCRYPTION_KEY", lambda: Fernet.generate_key().decode())
        # Plain http on 127.0.0.1 in development; production keeps Secure cookies.
        os.environ.setdefault("REFRESH_COOKIE_SECURE", "false")
        if args.command == "run":
            # Links in e-mails (invitations, resets, shares) open the SPA this process serves.
            os.environ.setdefault("FRONTEND_URL", f"http://{args.host}:{args.port}")

    with _database(args.data_dir):
        if args.command in ("run", "migrate"):
            _migrate()
        if args.command in ("run", "seed"):
            created = asyncio.run(_seed())
            print("Demo data created." if created else "Demo data already present.", flush=True)
        if args.command == "reembed" and not asyncio.run(_reembed(args.all)):
            sys.exit(1)
        if args.command == "reencrypt-secrets" and not asyncio.run(_reencrypt_secrets()):
            sys.exit(1)
        if args.command == "run":
            print(f"ResolutionFlow on http://{args.host}:{args.port}  (API docs: /api/docs)", flush=True)
            _serve(args.host, args.port)


if __name__ == "__main__":
    main()
