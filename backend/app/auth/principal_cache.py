"""A per-process cache of authenticated callers, kept exact by PostgreSQL notifications.

Loading the caller is the only database work of many requests (`/auth/me` among them). Database
triggers (migration 0002) send `NOTIFY rf_principal` whenever a user, membership, team name or
login revocation changes, on commit, from whichever replica made the change; every replica
listens and drops what changed. While the listening connection is down the cache is off, so a
stale entry can never be served for longer than a notification takes to arrive.
"""

import asyncio
import time
import uuid
from typing import TYPE_CHECKING, Any

import asyncpg

from app.core.logging import get_logger

if TYPE_CHECKING:
    from app.auth.deps import Principal

log = get_logger(__name__)

CHANNEL = "rf_principal"
CacheKey = tuple[uuid.UUID, uuid.UUID, uuid.UUID | None]  # user, team, login


class PrincipalCache:
    def __init__(self, dsn: str | None, *, ttl_seconds: float = 60.0, max_entries: int = 20_000) -> None:
        self._dsn = dsn
        self._ttl = ttl_seconds
        self._max_entries = max_entries
        self._entries: dict[CacheKey, tuple[float, Principal]] = {}
        self._listener: asyncpg.Connection | None = None
        self._reconnect: asyncio.Task[None] | None = None
        self._closing = False
        # Bumped by every invalidation; a load that started before one must not be stored.
        self.generation = 0

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def enabled(self) -> bool:
        return self._listener is not None and not self._listener.is_closed()

    def get(self, key: CacheKey) -> "Principal | None":
        if not self.enabled:
            return None
        entry = self._entries.get(key)
        if entry is None or entry[0] < time.monotonic():
            return None
        return entry[1]

    def put(self, key: CacheKey, principal: "Principal", generation: int) -> None:
        if not self.enabled or generation != self.generation:
            return
        if len(self._entries) >= self._max_entries:
            self._entries.clear()
        self._entries[key] = (time.monotonic() + self._ttl, principal)

    def invalidate(self, payload: str) -> None:
        """Payload `user:<id>`, `team:<id>` or `login:<id>` names what changed."""
        self.generation += 1
        kind, _, raw_id = payload.partition(":")
        try:
            changed = uuid.UUID(raw_id)
        except ValueError:
            self._entries.clear()
            return
        position = {"user": 0, "team": 1, "login": 2}.get(kind)
        if position is None:
            self._entries.clear()
            return
        for key in [key for key in self._entries if key[position] == changed]:
            del self._entries[key]

    def _on_notification(self, _conn: Any, _pid: int, _channel: str, payload: str) -> None:
        self.invalidate(payload)

    def _on_listener_lost(self, _conn: Any) -> None:
        self._disable()
        if not self._closing:
            self._reconnect = asyncio.get_running_loop().create_task(self._connect_with_retry())

    def _disable(self) -> None:
        self._listener = None
        self.generation += 1
        self._entries.clear()

    async def _connect(self) -> None:
        assert self._dsn is not None
        connection = await asyncpg.connect(self._dsn)
        await connection.add_listener(CHANNEL, self._on_notification)
        connection.add_termination_listener(self._on_listener_lost)
        self.generation += 1
        self._entries.clear()
        self._listener = connection

    async def _connect_with_retry(self) -> None:
        delay = 0.5
        while not self._closing:
            try:
                await self._connect()
                log.info("principal_cache_listening")
                return
            except (OSError, asyncpg.PostgresError) as exc:
                log.warning("principal_cache_listen_failed", extra={"error": type(exc).__name__})
                await asyncio.sleep(delay)
                delay = min(delay * 2, 30.0)

    async def start(self) -> None:
        """Start listening; on failure keep retrying in the background (cache stays off)."""
        if self._dsn is None:
            return
        try:
            await self._connect()
        except (OSError, asyncpg.PostgresError):
            self._reconnect = asyncio.get_running_loop().create_task(self._connect_with_retry())

    async def stop(self) -> None:
        self._closing = True
        if self._reconnect is not None:
            self._reconnect.cancel()
        listener, self._listener = self._listener, None
        if listener is not None and not listener.is_closed():
            await listener.close()
        self._entries.clear()
