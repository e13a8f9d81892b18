"""The request body limit: one for every path, larger ones for the exact paths given in `body_limits`."""

from collections.abc import AsyncIterator

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from app.core.config import Settings
from app.core.middleware import RequestContextMiddleware


async def _echo_size(request: Request) -> JSONResponse:
    return JSONResponse({"size": len(await request.body())})


@pytest.fixture
async def limited() -> AsyncIterator[httpx.AsyncClient]:
    inner = Starlette(
        routes=[Route("/small", _echo_size, methods=["POST"]), Route("/big", _echo_size, methods=["POST"])]
    )
    app = RequestContextMiddleware(
        inner, max_body_bytes=1024, body_limits={"/big": 4096}, docs_prefixes=(), hsts=False, access_log=False
    )
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://testserver") as client:
        yield client


async def _streamed(size: int) -> AsyncIterator[bytes]:
    for _ in range(size // 512):
        yield b"x" * 512


@pytest.mark.parametrize(
    ("path", "size", "status"), [("/small", 1024, 200), ("/small", 1025, 413), ("/big", 4096, 200), ("/big", 4097, 413)]
)
async def test_declared_length_is_checked_against_the_paths_limit(
    limited: httpx.AsyncClient, path: str, size: int, status: int
) -> None:
    response = await limited.post(path, content=b"x" * size)
    assert response.status_code == status
    if status == 413:
        assert response.json()["detail"] == "body_too_large"
        assert str(4096 if path == "/big" else 1024) in response.json()["message"]


@pytest.mark.parametrize(("path", "size", "status"), [("/small", 2048, 413), ("/big", 2048, 200), ("/big", 8192, 413)])
async def test_streamed_bodies_are_counted_against_the_paths_limit(
    limited: httpx.AsyncClient, path: str, size: int, status: int
) -> None:
    request = limited.build_request("POST", path, content=_streamed(size))
    assert "content-length" not in request.headers
    response = await limited.send(request)
    assert response.status_code == status
    if status == 200:
        assert response.json() == {"size": size}


def test_the_import_limit_is_a_setting() -> None:
    settings = Settings(_env_file=None, max_import_body_bytes=2 * 1024 * 1024)  # type: ignore[call-arg]
    assert settings.max_import_body_bytes == 2 * 1024 * 1024
    assert Settings(_env_file=None).max_import_body_bytes == 5 * 1024 * 1024  # type: ignore[call-arg]
