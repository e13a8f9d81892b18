"""The access-token verifier remembers verified tokens, but never past their expiry."""

import secrets
from datetime import timedelta

import pytest

from app.core.clock import utcnow
from app.core.config import Settings
from app.core.security import AccessTokenVerifier, TokenExpired, TokenInvalid, encode_jwt


def _token(settings: Settings, lifetime: timedelta, **claims: str) -> str:
    now = utcnow()
    base = {"sub": "u", "team": "t", "type": "access", "jti": secrets.token_hex(8)}
    return encode_jwt({**base, **claims}, settings, issued_at=now, expires_at=now + lifetime)


def test_a_remembered_token_still_expires(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    verifier = AccessTokenVerifier(settings)
    token = _token(settings, timedelta(minutes=15))
    assert verifier.verify(token)["sub"] == "u"

    import app.core.security as security

    real_time = security.time.time
    monkeypatch.setattr(security.time, "time", lambda: real_time() + 16 * 60)
    with pytest.raises(TokenExpired):
        verifier.verify(token)


def test_a_token_that_failed_is_not_remembered_as_good(settings: Settings) -> None:
    verifier = AccessTokenVerifier(settings)
    genuine = _token(settings, timedelta(minutes=5))
    tampered = genuine[:-2] + ("AA" if not genuine.endswith("AA") else "BB")
    for _ in range(2):
        with pytest.raises(TokenInvalid):
            verifier.verify(tampered)


def test_only_access_tokens_pass(settings: Settings) -> None:
    verifier = AccessTokenVerifier(settings)
    with pytest.raises(TokenInvalid):
        verifier.verify(_token(settings, timedelta(minutes=5), type="refresh"))


def test_the_memory_is_bounded(settings: Settings) -> None:
    verifier = AccessTokenVerifier(settings, max_entries=3)
    for _ in range(10):
        verifier.verify(_token(settings, timedelta(minutes=5)))
    assert len(verifier._verified) <= 3
