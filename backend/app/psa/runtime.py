"""The per-process PSA plumbing: one pooled HTTP client for every team, the secret box and the
short-lived ticket cache. Built in `create_app()`, closed when the app stops."""

import asyncio
import time
import uuid
from collections import OrderedDict
from typing import Annotated

import httpx
from fastapi import Depends, Request

from app.core.config import Settings
from app.core.encryption import SecretBox
from app.psa.schemas import TicketContextOut

TICKET_CACHE_SIZE = 2000


class TicketCache:
    """Redacted ticket context per (team, ticket) for a few seconds: the runner asks often."""

    def __init__(self, ttl_seconds: float, size: int = TICKET_CACHE_SIZE) -> None:
        self._ttl = ttl_seconds
        self._size = size
        self._entries: OrderedDict[tuple[uuid.UUID, str], tuple[float, TicketContextOut]] = OrderedDict()

    def get(self, team_id: uuid.UUID, ticket_id: str) -> TicketContextOut | None:
        entry = self._entries.get((team_id, ticket_id))
        if entry is None:
            return None
        expires, context = entry
        if time.monotonic() >= expires:
            del self._entries[(team_id, ticket_id)]
            return None
        return context

    def put(self, team_id: uuid.UUID, ticket_id: str, context: TicketContextOut) -> None:
        if self._ttl <= 0:
            return
        self._entries[(team_id, ticket_id)] = (time.monotonic() + self._ttl, context)
        self._entries.move_to_end((team_id, ticket_id))
        while len(self._entries) > self._size:
            self._entries.popitem(last=False)

    def forget_team(self, team_id: uuid.UUID) -> None:
        for key in [key for key in self._entries if key[0] == team_id]:
            del self._entries[key]


class PsaRuntime:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.box = SecretBox.from_settings(settings)
        self.tickets = TicketCache(settings.psa_ticket_cache_seconds)
        self._http: httpx.AsyncClient | None = None
        # Set when a push is left for a retry: wakes this process's worker to plan its next pass.
        self.retry_scheduled = asyncio.Event()

    @property
    def http(self) -> httpx.AsyncClient:
        """Created on first use (inside the event loop that uses it)."""
        if self._http is None:
            self._http = httpx.AsyncClient(
                timeout=httpx.Timeout(
                    self.settings.psa_timeout_seconds, connect=self.settings.psa_connect_timeout_seconds
                ),
                limits=httpx.Limits(
                    max_connections=self.settings.psa_max_connections,
                    max_keepalive_connections=self.settings.psa_max_connections,
                ),
                follow_redirects=False,
            )
        return self._http

    @property
    def http_sites_allowed(self) -> bool:
        allowed = self.settings.psa_allow_http_sites
        return self.settings.environment != "production" if allowed is None else allowed

    async def aclose(self) -> None:
        http, self._http = self._http, None
        if http is not None:
            await http.aclose()


async def get_psa(request: Request) -> PsaRuntime:
    runtime: PsaRuntime = request.app.state.psa
    return runtime


Psa = Annotated[PsaRuntime, Depends(get_psa)]
