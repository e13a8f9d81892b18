"""Passwords and tokens never reach the log."""

import logging

from app.core.logging import JsonFormatter
from tests.auth.helpers import AUTH, login_tokens, refresh_with, token_from_mail
from tests.factories import Factory, bearer


async def test_login_refresh_and_logout_log_no_password_or_token(client, factory: Factory, captured_logs) -> None:
    member = await factory.member(password="Very-Secret-Passphrase-77")
    failed = await client.post(f"{AUTH}/login", json={"email": member.email, "password": "Wrong-Secret-Guess-88"})
    access, refresh = await login_tokens(client, member)
    rotated = (await refresh_with(client, refresh)).json()["refresh_token"]
    me = await client.get(f"{AUTH}/me", headers=bearer(access))
    replayed = await refresh_with(client, refresh)
    await client.post(f"{AUTH}/logout", json={"refresh_token": rotated})

    assert (failed.status_code, me.status_code, replayed.status_code) == (401, 200, 401)
    assert captured_logs.lines, "the access log should have written something"
    for secret in ("Very-Secret-Passphrase-77", "Wrong-Secret-Guess-88", access, refresh, rotated):
        assert secret not in captured_logs.text
    # Nor a recognisable part of a token (e.g. its signature).
    for token in (access, refresh, rotated):
        assert token.rsplit(".", 1)[1] not in captured_logs.text


async def test_password_reset_flow_logs_no_token_or_password(client, factory: Factory, mailbox, captured_logs) -> None:
    member = await factory.member()
    await client.post(f"{AUTH}/password/forgot", json={"email": member.email})
    token = token_from_mail(mailbox, member.email, "reset-password")
    await client.post(f"{AUTH}/password/reset", json={"token": token, "new_password": "Reset-Secret-Value-99"})

    assert token not in captured_logs.text
    assert "Reset-Secret-Value-99" not in captured_logs.text


def test_formatter_masks_secrets_passed_to_the_log(caplog) -> None:
    """The last line of defence: even code that logs a secret by mistake does not leak it."""
    jwt_like = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXZhbHVl"
    with caplog.at_level(logging.INFO, logger="tests.secrets"):
        logger = logging.getLogger("tests.secrets")
        logger.info("presented %s", jwt_like)
        logger.info("header Authorization: Bearer opaque-bearer-value")
        logger.info("link https://app/reset-password?token=opaque-link-token")
        logger.info(
            "login",
            extra={
                "password": "hunter2-hunter2",
                "refresh_token": "opaque-refresh",
                "body": {"new_password": "nested-secret"},
            },
        )

    formatted = "\n".join(JsonFormatter().format(record) for record in caplog.records)
    for secret in (
        jwt_like,
        "opaque-bearer-value",
        "opaque-link-token",
        "hunter2-hunter2",
        "opaque-refresh",
        "nested-secret",
    ):
        assert secret not in formatted
