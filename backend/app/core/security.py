"""Cryptographic primitives: password hashing, signed JWTs and opaque one-time tokens."""

import hashlib
import secrets
import time
import uuid
from datetime import datetime
from typing import Any

import bcrypt
from jose import ExpiredSignatureError, JWTError, jwt
from starlette.concurrency import run_in_threadpool

from app.core.config import Settings

# bcrypt only reads the first 72 bytes; longer passwords are refused rather than truncated.
BCRYPT_MAX_BYTES = 72


def _hash_sync(password: str, rounds: int) -> str:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds)).decode()


def _verify_sync(password: str, password_hash: str) -> bool:
    encoded = password.encode()
    if len(encoded) > BCRYPT_MAX_BYTES:
        return False
    try:
        return bcrypt.checkpw(encoded, password_hash.encode())
    except ValueError:
        return False


async def hash_password(password: str, rounds: int) -> str:
    # bcrypt is deliberately slow; keep it off the event loop.
    return await run_in_threadpool(_hash_sync, password, rounds)


async def verify_password(password: str, password_hash: str) -> bool:
    return await run_in_threadpool(_verify_sync, password, password_hash)


class TokenExpired(Exception):
    """The JWT signature is valid but its `exp` has passed; `lifetime_seconds` is its `exp - iat`."""

    def __init__(self, lifetime_seconds: int | None = None) -> None:
        super().__init__()
        self.lifetime_seconds = lifetime_seconds


class TokenInvalid(Exception):
    """Bad signature, malformed, or missing claims."""


def encode_jwt(claims: dict[str, Any], settings: Settings, issued_at: datetime, expires_at: datetime) -> str:
    payload = {**claims, "iat": int(issued_at.timestamp()), "exp": int(expires_at.timestamp())}
    return str(jwt.encode(payload, settings.signing_key, algorithm=settings.jwt_algorithm))


def decode_jwt_strict(token: str, settings: Settings, expected_type: str) -> dict[str, Any]:
    """Decode and verify; expiry is reported apart from every other failure.

    The distinction matters to callers: an expired refresh token means the login went idle,
    anything else means the token is not ours.
    """
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            settings.signing_key,
            algorithms=[settings.jwt_algorithm],
            options={"require_exp": True, "require_sub": True, "require_jti": True},
        )
    except ExpiredSignatureError as exc:
        # jose checks the signature before the expiry, so these claims are the signed ones.
        raise TokenExpired(_lifetime_seconds(jwt.get_unverified_claims(token))) from exc
    except JWTError as exc:
        raise TokenInvalid from exc
    if claims.get("type") != expected_type:
        raise TokenInvalid
    return claims


def _lifetime_seconds(claims: dict[str, Any]) -> int | None:
    issued_at, expires_at = claims.get("iat"), claims.get("exp")
    if isinstance(issued_at, int) and isinstance(expires_at, int):
        return expires_at - issued_at
    return None


class AccessTokenVerifier:
    """Verifies access tokens, remembering each verified one until it expires.

    A token string is signed and immutable, so verifying it again on every request would only
    repeat the same HMAC and JSON work. Whether its login is still valid is checked elsewhere
    (the principal lookup), on every request.
    """

    def __init__(self, settings: Settings, max_entries: int = 20_000) -> None:
        self._settings = settings
        self._max_entries = max_entries
        self._verified: dict[str, tuple[float, dict[str, Any]]] = {}

    def verify(self, token: str) -> dict[str, Any]:
        remembered = self._verified.get(token)
        if remembered is not None:
            expires_at, claims = remembered
            if time.time() < expires_at:
                return claims
            del self._verified[token]
            raise TokenExpired
        claims = decode_jwt_strict(token, self._settings, expected_type="access")
        if len(self._verified) >= self._max_entries:
            self._verified.clear()
        self._verified[token] = (float(claims["exp"]), claims)
        return claims


def new_jti() -> str:
    return uuid.uuid4().hex


def new_opaque_token() -> str:
    """An unguessable token for links (reset, verification, invitation): 256 bits."""
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    """Tokens are stored only as SHA-256: they are high-entropy, so a fast hash is enough."""
    return hashlib.sha256(token.encode()).hexdigest()
