"""A real API process (uvicorn in a subprocess) on a database of the test's own, for the tests that
need real HTTP and a real process: fuzzing, killing the process mid-request, restarting PostgreSQL."""

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

BACKEND = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class ApiProcess:
    process: subprocess.Popen[bytes]
    port: int
    log_path: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


def api_env(database_url: str, secret_key: str, **settings: str) -> dict[str, str]:
    return {
        **os.environ,
        "ENVIRONMENT": "test",
        "DATABASE_URL": database_url,
        "SECRET_KEY": secret_key,
        "BCRYPT_ROUNDS": "4",
        "EMBEDDING_WORKER": "false",
        "LOG_LEVEL": "WARNING",
        "ACCESS_LOG": "false",
        # FlowPilot answers offline and its nightly scheduler stays off.
        "ANTHROPIC_API_KEY": "",
        "COPILOT_FLYWHEEL_SCHEDULER": "false",
        **settings,
    }


def start_api(env: dict[str, str], log_path: Path, *, port: int | None = None, workers: int = 1) -> ApiProcess:
    port = port or free_port()
    command = [
        sys.executable, "-m", "uvicorn", "app.main:create_app", "--factory", "--host", "127.0.0.1",
        "--port", str(port), "--workers", str(workers), "--no-access-log", "--log-level", "warning",
    ]  # fmt: skip
    log = log_path.open("ab")
    process = subprocess.Popen(command, cwd=BACKEND, env=env, stdout=log, stderr=subprocess.STDOUT)
    api = ApiProcess(process, port, log_path)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the API process exited: {api.log()[-2000:]}")
        try:
            if httpx.get(f"{api.url}/healthz", timeout=1).status_code == 200:
                return api
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    stop_api(api)
    raise RuntimeError(f"the API did not start: {api.log()[-2000:]}")


def stop_api(api: ApiProcess, *, kill: bool = False) -> None:
    if api.process.poll() is None:
        api.process.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
        try:
            api.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            api.process.kill()
            api.process.wait(timeout=10)


@contextmanager
def running_api(env: dict[str, str], log_path: Path, **kwargs: int) -> Iterator[ApiProcess]:
    api = start_api(env, log_path, **kwargs)
    try:
        yield api
    finally:
        stop_api(api)


def new_secret() -> str:
    return secrets.token_urlsafe(48)
