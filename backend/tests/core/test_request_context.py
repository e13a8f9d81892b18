"""Request ids (accepted or generated, echoed, logged), security headers on every response, and CORS."""

import re

import httpx
import pytest

from tests.conftest import LogCapture
from tests.factories import Factory, auth_headers

GENERATED_ID = re.compile(r"^[0-9a-f]{32}$")


def _request_lines(handler: LogCapture, path: str) -> list[dict[str, object]]:
    return [line for line in handler.entries if line["event"] == "request" and line["path"] == path]


async def test_valid_request_id_is_echoed_and_logged(client, captured_logs: LogCapture) -> None:
    response = await client.get("/healthz", headers={"X-Request-ID": "support-ticket-4711:a.b_c"})

    assert response.headers["x-request-id"] == "support-ticket-4711:a.b_c"
    [line] = _request_lines(captured_logs, "/healthz")
    assert line["request_id"] == "support-ticket-4711:a.b_c"
    assert line["status"] == 200
    assert line["method"] == "GET"


async def test_missing_request_id_is_generated_and_logged(client, captured_logs: LogCapture) -> None:
    response = await client.get("/healthz")

    request_id = response.headers["x-request-id"]
    assert GENERATED_ID.match(request_id)
    [line] = _request_lines(captured_logs, "/healthz")
    assert line["request_id"] == request_id


async def test_each_request_gets_its_own_generated_id(client) -> None:
    first = await client.get("/healthz")
    second = await client.get("/healthz")
    assert first.headers["x-request-id"] != second.headers["x-request-id"]


@pytest.mark.parametrize(
    "given",
    [
        pytest.param("has spaces in it", id="spaces"),
        pytest.param("x" * 129, id="too-long"),
        pytest.param("<script>alert(1)</script>", id="markup"),
        pytest.param("line\tbreak", id="control-character"),
        pytest.param("", id="empty"),
    ],
)
async def test_invalid_request_id_is_replaced(client, captured_logs: LogCapture, given: str) -> None:
    response = await client.get("/healthz", headers={"X-Request-ID": given})

    request_id = response.headers["x-request-id"]
    assert GENERATED_ID.match(request_id)
    assert _request_lines(captured_logs, "/healthz")[0]["request_id"] == request_id


async def test_unhandled_error_is_a_bare_500_with_headers_and_a_logged_request_id(
    app, captured_logs: LogCapture
) -> None:
    """Any log line inside a request carries its id, the error log of a crash included; and the 500
    itself keeps the request id and security headers."""

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("kaboom secret detail")

    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as http:
        response = await http.get("/boom", headers={"X-Request-ID": "trace-me-123"})

    assert response.status_code == 500
    assert response.json()["detail"] == "internal_error"
    assert "kaboom" not in response.text
    assert response.headers["x-request-id"] == "trace-me-123"
    assert response.headers["x-content-type-options"] == "nosniff"
    [error_line] = [line for line in captured_logs.entries if line["event"] == "unhandled_error"]
    assert error_line["request_id"] == "trace-me-123"
    assert "RuntimeError" in str(error_line["exception"])
    assert _request_lines(captured_logs, "/boom")[0]["status"] == 500


# --- security headers ------------------------------------------------------------------------


async def _responses(client, factory: Factory) -> dict[str, object]:
    headers = await auth_headers(client, await factory.member(role="viewer"))
    return {
        "200": await client.get("/healthz"),
        "200-authenticated": await client.get("/api/v1/auth/me", headers=headers),
        "401": await client.get("/api/v1/auth/me"),
        "403": await client.get("/api/v1/teams/current/invitations", headers=headers),
        "404": await client.get("/api/v1/no-such-route"),
        "405": await client.delete("/api/v1/auth/login"),
        "422": await client.post("/api/v1/auth/login", json={"email": "nope"}),
        "400": await client.post(
            "/api/v1/auth/login", content=b"{not json", headers={"Content-Type": "application/json"}
        ),
        "413": await client.post(
            "/api/v1/auth/login", content=b"x" * (1024 * 1024 + 1), headers={"Content-Type": "application/json"}
        ),
    }


async def test_security_headers_on_every_response(client, factory: Factory) -> None:
    for label, response in (await _responses(client, factory)).items():
        assert str(response.status_code) == label.split("-")[0], label  # type: ignore[attr-defined]
        headers = response.headers  # type: ignore[attr-defined]
        assert headers["x-content-type-options"] == "nosniff", label
        assert headers["x-frame-options"] == "DENY", label
        assert headers["referrer-policy"] == "no-referrer", label
        assert "default-src 'none'" in headers["content-security-policy"], label
        assert "frame-ancestors 'none'" in headers["content-security-policy"], label
        assert GENERATED_ID.match(headers["x-request-id"]), label
        # HSTS only in production (plain-http dev would be locked out of the browser).
        assert "strict-transport-security" not in headers, label


@pytest.mark.parametrize("path", ["/api/docs", "/api/redoc"])
async def test_docs_pages_get_a_policy_that_lets_them_load(client, path: str) -> None:
    response = await client.get(path)
    csp = response.headers["content-security-policy"]
    assert "https://cdn.jsdelivr.net" in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["x-frame-options"] == "DENY"


# --- CORS ------------------------------------------------------------------------------------


async def test_cors_preflight_from_the_spa_dev_origin_is_allowed_with_credentials(client) -> None:
    response = await client.options(
        "/api/v1/auth/login",
        headers={
            "Origin": "http://127.0.0.1:5173",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type,authorization,x-request-id",
        },
    )

    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "http://127.0.0.1:5173"
    assert response.headers["access-control-allow-credentials"] == "true"
    assert "POST" in response.headers["access-control-allow-methods"]
    allowed_headers = response.headers["access-control-allow-headers"].lower()
    assert {"content-type", "authorization", "x-request-id"} <= {h.strip() for h in allowed_headers.split(",")}


async def test_cors_response_exposes_the_request_id_to_the_spa(client) -> None:
    response = await client.get("/healthz", headers={"Origin": "http://127.0.0.1:5173"})
    assert response.headers["access-control-allow-origin"] == "http://127.0.0.1:5173"
    assert "x-request-id" in response.headers["access-control-expose-headers"].lower()


async def test_cors_preflight_from_an_unknown_origin_is_not_allowed(client) -> None:
    response = await client.options(
        "/api/v1/auth/login",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert response.status_code == 400
    assert "access-control-allow-origin" not in response.headers
