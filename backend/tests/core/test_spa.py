"""The built SPA served by the API process: files, client-route fallback, never under /api, headers."""

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from app.core.config import Settings
from app.main import create_app

INDEX_HTML = '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head></html>'


@pytest.fixture
def dist(tmp_path: Path) -> Path:
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text(INDEX_HTML)
    (tmp_path / "assets" / "index-abc123.js").write_text("console.log('app')")
    (tmp_path / "favicon.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    return tmp_path


@pytest.fixture
async def browser(settings: Settings, dist: Path) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings.model_copy(update={"spa_dir": dist}))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as http:
        yield http


@pytest.mark.parametrize(
    "path", ["/", "/library", "/sessions/0b7e/run", "/shared/some-token", "/invitations/accept", "/api-keys"]
)
async def test_client_routes_get_index_html(browser: httpx.AsyncClient, path: str) -> None:
    response = await browser.get(path)

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.text == INDEX_HTML
    assert response.headers["cache-control"] == "no-cache"


async def test_hashed_assets_are_cached_for_a_year(browser: httpx.AsyncClient) -> None:
    response = await browser.get("/assets/index-abc123.js")

    assert response.status_code == 200
    assert response.text == "console.log('app')"
    assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert "etag" in response.headers


async def test_unhashed_public_files_are_revalidated(browser: httpx.AsyncClient) -> None:
    response = await browser.get("/favicon.svg")

    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-cache"
    assert (await browser.get("/favicon.svg", headers={"If-None-Match": response.headers["etag"]})).status_code == 304


async def test_a_missing_asset_is_a_404_not_the_page(browser: httpx.AsyncClient) -> None:
    response = await browser.get("/assets/index-gone.js")

    assert response.status_code == 404
    assert response.json()["detail"] == "not_found"


@pytest.mark.parametrize("path", ["/api", "/api/v1/no-such-route", "/api/v2/flows", "/healthz/extra"])
async def test_api_paths_never_fall_back_to_the_spa(browser: httpx.AsyncClient, path: str) -> None:
    response = await browser.get(path)

    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    assert response.json()["detail"] == "not_found"
    assert "default-src 'none'" in response.headers["content-security-policy"]


async def test_only_get_and_head_fall_back(browser: httpx.AsyncClient) -> None:
    assert (await browser.head("/library")).status_code == 200
    response = await browser.post("/library", json={})
    assert response.status_code == 404
    assert response.json()["detail"] == "not_found"


async def test_path_traversal_stays_inside_the_build(browser: httpx.AsyncClient) -> None:
    response = await browser.get("/assets/..%2f..%2f..%2fetc%2fpasswd")

    assert "root:" not in response.text


async def test_spa_responses_get_a_policy_that_lets_the_app_run(browser: httpx.AsyncClient) -> None:
    for path in ("/", "/library", "/api-keys", "/assets/index-abc123.js"):
        response = await browser.get(path)
        csp = response.headers["content-security-policy"]
        assert "default-src 'self'" in csp, path
        assert "script-src 'self';" in csp, path
        assert "connect-src 'self'" in csp, path
        assert "img-src 'self' data:" in csp, path
        assert "frame-ancestors 'none'" in csp, path
        assert "unsafe" not in csp, path
        assert response.headers["x-frame-options"] == "DENY", path
        assert response.headers["x-content-type-options"] == "nosniff", path


async def test_api_routes_keep_their_strict_policy_next_to_the_spa(browser: httpx.AsyncClient) -> None:
    response = await browser.get("/api/v1/meta")

    assert response.status_code == 200
    assert response.headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"


async def test_without_a_build_the_api_serves_nothing_else(settings: Settings, tmp_path: Path) -> None:
    app = create_app(settings.model_copy(update={"spa_dir": tmp_path}))  # an empty folder: not built
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as http:
        response = await http.get("/library")

    assert response.status_code == 404
    assert response.json()["detail"] == "not_found"
