"""The dev outbox: mounted only with ENVIRONMENT=local, where mail without SMTP lands in it."""

import json
import logging
import re
import secrets

import httpx

from app.core.config import Settings
from app.core.logging import JsonFormatter
from app.main import create_app
from tests.factories import Factory


async def test_dev_outbox_does_not_exist_outside_local(client) -> None:
    response = await client.get("/api/v1/dev/outbox")
    assert response.status_code == 404
    assert response.json()["detail"] == "not_found"


async def test_local_app_without_smtp_puts_mail_in_the_outbox_and_masks_its_token_in_the_log(
    settings: Settings, engine, sessionmaker, factory: Factory
) -> None:
    local = Settings(
        _env_file=None,  # type: ignore[call-arg]
        environment="local",
        database_url=settings.database_url,
        secret_key=secrets.token_urlsafe(48),
        bcrypt_rounds=4,
        smtp_host=None,
        log_level="WARNING",
    )
    app = create_app(local)
    app.state.engine = engine
    app.state.sessionmaker = sessionmaker
    member = await factory.member(role="engineer")

    logged: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: logged.append(JsonFormatter().format(record))  # type: ignore[method-assign]
    mail_logger = logging.getLogger("app.core.email")
    previous_level = mail_logger.level
    mail_logger.addHandler(handler)
    mail_logger.setLevel(logging.INFO)
    try:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as http:
            assert (await http.get("/api/v1/dev/outbox")).json() == []
            forgot = await http.post("/api/v1/auth/password/forgot", json={"email": member.email})
            assert forgot.status_code == 202
            outbox = await http.get("/api/v1/dev/outbox")
    finally:
        mail_logger.removeHandler(handler)
        mail_logger.setLevel(previous_level)

    assert outbox.status_code == 200
    [mail] = outbox.json()
    assert mail["to"] == member.email
    assert "reset" in mail["subject"].lower()
    token = re.search(r"token=([A-Za-z0-9_-]+)", mail["body"])
    assert token
    assert logged
    assert all(token.group(1) not in line for line in logged)
    assert any(json.loads(line)["event"] == "mail_to_dev_outbox" for line in logged)
