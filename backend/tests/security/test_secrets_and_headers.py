"""Secrets stay secret, and every answer carries the security headers.

The auth and share flows run end to end with known secret values: passwords, refresh tokens, a reset
token, a share token and a secret inside session notes. Every response and every log line is recorded;
none of the secrets may appear anywhere except where the flow must hand it over (the refresh token in
its cookie and in `/auth/token`'s body, the share token in the answer that creates the link).
Then: security headers on API, docs and SPA answers, the refresh cookie's flags, CORS.
"""

from pathlib import Path
from typing import Any

import httpx
import pytest

from app.core.config import Settings
from app.main import create_app
from tests.auth.helpers import COOKIE, token_from_mail
from tests.conftest import LogCapture, Mailbox
from tests.factories import Factory, bearer
from tests.sessions.helpers import note, outlook_graph, send, start

API = "/api/v1"
PASSWORD = "Zebra-Quartz-Lantern-8812"
NEW_PASSWORD = "Orchid-Harbor-Violet-5531"
RESET_PASSWORD = "Maple-Granite-Comet-7740"
NOTE_SECRET = "password=Hunter2-Leaky-Secret!"
NOTE_SECRET_VALUE = "Hunter2-Leaky-Secret!"
API_KEY_SECRET = "sk-live-0a1b2c3d4e5f60718293a4b5c6d7e8f9"


class Recorder:
    """Every response the client receives: (method, path, status, headers, body)."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str, int, str, str]] = []

    async def __call__(self, response: httpx.Response) -> None:
        await response.aread()
        headers = "\n".join(f"{k}: {v}" for k, v in response.headers.multi_items())
        self.seen.append(
            (response.request.method, response.request.url.path, response.status_code, headers, response.text)
        )

    def containing(self, secret: str) -> list[str]:
        return [f"{m} {p} ({s})" for m, p, s, headers, body in self.seen if secret in headers or secret in body]


async def test_secrets_never_leak_into_responses_or_logs(
    client: httpx.AsyncClient, factory: Factory, captured_logs: LogCapture, mailbox: Mailbox
) -> None:
    recorder = Recorder()
    client.event_hooks["response"].append(recorder)
    member = await factory.member(role="engineer", password=PASSWORD)
    secrets: dict[str, str] = {"password": PASSWORD, "new password": NEW_PASSWORD, "reset password": RESET_PASSWORD}
    allowed: dict[str, set[str]] = {}

    # Login (JSON and form), refresh through the cookie and through the body, logout.
    login = await client.post(f"{API}/auth/login", json={"email": member.email, "password": PASSWORD})
    assert login.status_code == 200, login.text
    refresh_cookie = login.cookies[COOKIE]
    secrets["refresh token (cookie)"] = refresh_cookie
    allowed["refresh token (cookie)"] = {"POST /api/v1/auth/login (200)"}
    headers = bearer(login.json()["access_token"])
    form = await client.post(f"{API}/auth/token", data={"username": member.email, "password": PASSWORD})
    secrets["refresh token (form)"] = form.json()["refresh_token"]
    allowed["refresh token (form)"] = {"POST /api/v1/auth/token (200)"}
    refreshed = await client.post(f"{API}/auth/refresh", json={"refresh_token": form.json()["refresh_token"]})
    assert refreshed.status_code == 200, refreshed.text
    secrets["rotated refresh token"] = refreshed.json()["refresh_token"]
    allowed["rotated refresh token"] = {"POST /api/v1/auth/refresh (200)"}
    wrong = await client.post(f"{API}/auth/login", json={"email": member.email, "password": PASSWORD + "x"})
    assert wrong.status_code == 401
    secrets["wrong password"] = PASSWORD + "x"

    # Password change, forgotten password and reset by the e-mailed token.
    changed = await client.post(
        f"{API}/auth/password/change",
        json={"current_password": PASSWORD, "new_password": NEW_PASSWORD},
        headers=headers,
    )
    assert changed.status_code == 204, changed.text
    assert (await client.post(f"{API}/auth/password/forgot", json={"email": member.email})).status_code == 202
    reset_token = token_from_mail(mailbox, member.email, "reset-password")
    secrets["reset token"] = reset_token
    reset = await client.post(f"{API}/auth/password/reset", json={"token": reset_token, "new_password": RESET_PASSWORD})
    assert reset.status_code == 204, reset.text
    reused = await client.post(f"{API}/auth/password/reset", json={"token": reset_token, "new_password": NEW_PASSWORD})
    assert reused.status_code == 422

    # A session whose notes hold secrets, shared publicly; the shared view and exports are redacted.
    headers = bearer(
        (await client.post(f"{API}/auth/login", json={"email": member.email, "password": RESET_PASSWORD})).json()[
            "access_token"
        ]
    )
    flow = await client.post(
        f"{API}/flows", json={"kind": "troubleshooting", "title": "Outlook", "graph": outlook_graph()}, headers=headers
    )
    assert (await client.post(f"{API}/flows/{flow.json()['id']}/publish", json={}, headers=headers)).status_code == 201
    session = await start(client, headers, flow.json()["id"])
    await send(client, headers, session, note(f"Tried {NOTE_SECRET} and key {API_KEY_SECRET}"))
    secrets["secret in a note"] = NOTE_SECRET_VALUE
    secrets["api key in a note"] = API_KEY_SECRET
    # The engineer reads back their own log: the note is theirs, unredacted, in the event list only.
    allowed["secret in a note"] = {f"POST /api/v1/sessions/{session['id']}/events (201)"}
    allowed["api key in a note"] = allowed["secret in a note"]
    created = await client.post(f"{API}/sessions/{session['id']}/shares", json={"scope": "public"}, headers=headers)
    share_token = created.json()["token"]
    secrets["share token"] = share_token
    allowed["share token"] = {f"POST /api/v1/sessions/{session['id']}/shares (201)"}
    for fmt in ("html", "md"):
        shared = await client.get(f"{API}/shared/{share_token}", params={"format": fmt})
        assert shared.status_code == 200, shared.text
        assert "[" in shared.json()["content"]  # the redaction markers
    for fmt in ("md", "txt", "html", "psa"):
        document = await client.get(f"{API}/sessions/{session['id']}/document", params={"format": fmt}, headers=headers)
        assert document.status_code == 200, document.text
    await client.post(f"{API}/auth/logout", headers=headers)

    leaks = {
        name: sorted(set(recorder.containing(value)) - allowed.get(name, set())) for name, value in secrets.items()
    }
    assert {name: where for name, where in leaks.items() if where} == {}
    logged = {name for name, value in secrets.items() if value in captured_logs.text}
    assert logged == set(), f"in the logs: {logged}"
    assert len(recorder.seen) >= 20


async def test_api_answers_carry_the_security_headers(client: httpx.AsyncClient, factory: Factory) -> None:
    member = await factory.member()
    login = await client.post(f"{API}/auth/login", json={"email": member.email, "password": member.password})
    headers = bearer(login.json()["access_token"])
    answers = [
        login,
        await client.get(f"{API}/auth/me", headers=headers),
        await client.get(f"{API}/flows", headers=headers),
        await client.get(f"{API}/flows/not-a-uuid", headers=headers),  # 422
        await client.get(f"{API}/nothing-here"),  # 404
        await client.get(f"{API}/auth/me"),  # 401
        await client.get("/healthz"),
        await client.get("/api/openapi.json"),
    ]
    for response in answers:
        where = f"{response.request.method} {response.request.url.path} ({response.status_code})"
        assert response.headers["x-content-type-options"] == "nosniff", where
        assert response.headers["referrer-policy"] == "no-referrer", where
        csp = response.headers["content-security-policy"]
        assert "default-src 'none'" in csp, where
        assert "frame-ancestors 'none'" in csp, where
    docs = await client.get("/api/docs")
    assert "frame-ancestors 'none'" in docs.headers["content-security-policy"]
    assert docs.headers["x-content-type-options"] == "nosniff"


async def test_the_spa_gets_its_own_policy_with_frame_ancestors(
    settings: Settings, engine: Any, sessionmaker: Any, tmp_path: Path
) -> None:
    (tmp_path / "index.html").write_text("<!doctype html><title>ResolutionFlow</title>")
    app = create_app(settings.model_copy(update={"spa_dir": tmp_path}))
    app.state.engine, app.state.sessionmaker = engine, sessionmaker
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://testserver") as http:
        page = await http.get("/library")
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["referrer-policy"] == "no-referrer"


@pytest.mark.parametrize("environment", ["test", "production"])
async def test_the_refresh_cookie_is_httponly_secure_strict_and_scoped_to_auth(
    settings: Settings, engine: Any, sessionmaker: Any, factory: Factory, environment: str
) -> None:
    app = create_app(settings.model_copy(update={"environment": environment, "spa_dir": None}))
    app.state.engine, app.state.sessionmaker = engine, sessionmaker
    member = await factory.member()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://testserver") as http:
        response = await http.post(f"{API}/auth/login", json={"email": member.email, "password": member.password})
    assert response.status_code == 200, response.text
    [cookie] = [v for k, v in response.headers.multi_items() if k == "set-cookie" and v.startswith(f"{COOKIE}=")]
    attributes = {part.strip().split("=")[0].lower(): part.strip() for part in cookie.split(";")[1:]}
    assert "httponly" in attributes
    assert "secure" in attributes
    assert attributes["samesite"].lower() == "samesite=strict"
    assert attributes["path"] == "Path=/api/v1/auth"
    if environment == "production":
        assert response.headers["strict-transport-security"].startswith("max-age=")


async def test_cors_answers_only_the_configured_origins(client: httpx.AsyncClient, settings: Settings) -> None:
    allowed = settings.cors_origins[0]
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}

    ok = await client.options(f"{API}/auth/login", headers={"Origin": allowed, **preflight})
    assert ok.status_code == 200
    assert ok.headers["access-control-allow-origin"] == allowed
    assert ok.headers["access-control-allow-credentials"] == "true"

    for origin in ("https://evil.example", "null", allowed + ".evil.example", allowed.replace("http://", "https://")):
        refused = await client.options(f"{API}/auth/login", headers={"Origin": origin, **preflight})
        assert "access-control-allow-origin" not in refused.headers, origin
        simple = await client.get("/healthz", headers={"Origin": origin})
        assert "access-control-allow-origin" not in simple.headers, origin
    same = await client.get("/healthz", headers={"Origin": allowed})
    assert same.headers["access-control-allow-origin"] == allowed
