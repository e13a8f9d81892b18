"""Password rules for every place a new password is chosen (register, change, reset, invitation)."""

from functools import cache
from pathlib import Path

from app.core.errors import Unprocessable
from app.core.security import BCRYPT_MAX_BYTES

MIN_PASSWORD_LENGTH = 10


@cache
def _common_passwords() -> frozenset[str]:
    text = (Path(__file__).parent / "common_passwords.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def check_password_rules(password: str, email: str) -> None:
    """Raise a 422 with a specific code for the first rule the password breaks.

    Passwords over bcrypt's 72-byte limit are rejected, never silently truncated or pre-hashed.
    """
    if len(password) < MIN_PASSWORD_LENGTH:
        raise Unprocessable(f"Use at least {MIN_PASSWORD_LENGTH} characters.", code="password_too_short")
    if len(password.encode()) > BCRYPT_MAX_BYTES:
        raise Unprocessable(f"Use at most {BCRYPT_MAX_BYTES} bytes (UTF-8).", code="password_too_long")
    lowered = password.strip().lower()
    if lowered == email.strip().lower() or lowered == email.split("@", 1)[0].lower():
        raise Unprocessable("The password must not be your e-mail address.", code="password_matches_email")
    if lowered in _common_passwords():
        raise Unprocessable("This password is too common; choose another.", code="password_too_common")
