"""The built SPA (`frontend/dist`), served by the API process: one port, one origin.

It answers only what no API route matched (it is the router's fallback). A GET or HEAD for a file
in the build gets that file: Vite's content-hashed `/assets/*` are cached for a year, everything
else (index.html, unhashed public files) is revalidated on every use. Any other path without a file
extension is a client-side route and gets index.html, so a reload or a link into the app works.
Paths under the API prefixes never fall back: an unknown `/api/...` keeps its JSON 404.
"""

from pathlib import Path, PurePosixPath

from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from app.core.paths import is_under

HASHED_ASSETS_PREFIX = "/assets/"
CACHE_HASHED = "public, max-age=31536000, immutable"
CACHE_REVALIDATE = "no-cache"
INDEX = "index.html"


def spa_build_exists(dist: Path) -> bool:
    return (dist / INDEX).is_file()


class SpaFallback:
    """ASGI app for the router's `default`: the SPA for browser paths, `not_found` for the rest."""

    def __init__(self, dist: Path, *, not_found: ASGIApp, api_prefixes: tuple[str, ...]) -> None:
        self.files = StaticFiles(directory=dist)
        self.not_found = not_found
        self.api_prefixes = api_prefixes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope["path"]
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD") or is_under(path, self.api_prefixes):
            await self.not_found(scope, receive, send)
            return
        response = await self._file(path, scope)
        if response is None:
            if PurePosixPath(path).suffix:  # a missing asset, not a page: never answer it with HTML
                await self.not_found(scope, receive, send)
                return
            response = await self._file(f"/{INDEX}", scope)
            assert response is not None  # SpaFallback is only mounted when index.html exists
        await response(scope, receive, send)

    async def _file(self, path: str, scope: Scope) -> Response | None:
        relative = path.lstrip("/")
        if not relative:
            return None
        try:
            response = await self.files.get_response(relative, scope)
        except HTTPException:
            return None
        response.headers["cache-control"] = CACHE_HASHED if path.startswith(HASHED_ASSETS_PREFIX) else CACHE_REVALIDATE
        return response
