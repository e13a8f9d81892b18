"""Secrets at rest (PSA credentials): Fernet through MultiFernet, so keys can be rotated.

`ENCRYPTION_KEY` holds one Fernet key or several, comma-separated, newest first: the first encrypts,
every one decrypts. To rotate: put a new key in front, run `python -m app.cli reencrypt-secrets`
(every stored secret is re-encrypted with the newest key), then drop the old key.
"""

from collections.abc import Sequence

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from app.core.config import Settings


class SecretUnreadable(Exception):
    """No configured key opens this token (the key that wrote it was removed, or it was altered)."""


def encryption_keys(settings: Settings) -> list[str]:
    assert settings.encryption_key is not None  # filled by the settings validator
    return [part.strip() for part in settings.encryption_key.get_secret_value().split(",") if part.strip()]


class SecretBox:
    def __init__(self, keys: Sequence[str]) -> None:
        if not keys:
            raise ValueError("at least one Fernet key is needed")
        self._fernet = MultiFernet([Fernet(key.encode()) for key in keys])

    @classmethod
    def from_settings(cls, settings: Settings) -> "SecretBox":
        return cls(encryption_keys(settings))

    def encrypt(self, plaintext: str) -> str:
        return self._fernet.encrypt(plaintext.encode()).decode()

    def decrypt(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode()).decode()
        except InvalidToken as exc:
            raise SecretUnreadable from exc

    def rotate(self, token: str) -> str:
        """The same secret encrypted with the newest key (a fresh token even if it was current)."""
        try:
            return self._fernet.rotate(token.encode()).decode()
        except InvalidToken as exc:
            raise SecretUnreadable from exc
