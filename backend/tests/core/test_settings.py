"""Settings: production refuses a missing or weak SECRET_KEY and a missing or invalid ENCRYPTION_KEY."""

import secrets
from typing import Any

import pytest
from cryptography.fernet import Fernet

from app.core.config import Settings

STRONG_SECRET = secrets.token_urlsafe(48)
FERNET_KEY = Fernet.generate_key().decode()
DATABASE_URL = "postgresql://rf:rf@127.0.0.1:5432/rf"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only what a test passes counts: no stray variables from the shell running the suite."""
    for name in ("ENVIRONMENT", "SECRET_KEY", "ENCRYPTION_KEY", "DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)


def production(**overrides: Any) -> Settings:
    """Production settings with strong defaults; an override of None leaves that setting out."""
    values: dict[str, Any] = {
        "environment": "production",
        "secret_key": STRONG_SECRET,
        "encryption_key": FERNET_KEY,
        "database_url": DATABASE_URL,
    }
    values.update(overrides)
    return Settings(_env_file=None, **{k: v for k, v in values.items() if v is not None})  # type: ignore[call-arg]


def test_production_accepts_strong_keys() -> None:
    settings = production()
    assert settings.environment == "production"
    assert settings.signing_key == STRONG_SECRET


def test_production_accepts_several_encryption_keys_for_rotation() -> None:
    production(encryption_key=f"{Fernet.generate_key().decode()}, {FERNET_KEY}")


@pytest.mark.parametrize(
    ("secret_key", "why"),
    [
        pytest.param(None, "missing", id="missing"),
        pytest.param("", "missing", id="empty"),
        pytest.param("changethis", "weak", id="changethis"),
        pytest.param("CHANGETHIS", "weak", id="changethis-uppercase"),
        pytest.param(secrets.token_urlsafe(16), "weak", id="short"),
        pytest.param("a" * 64, "weak", id="low-entropy-repeated"),
        pytest.param("abab" * 16, "weak", id="low-entropy-pattern"),
    ],
)
def test_production_refuses_missing_or_weak_secret_key(secret_key: str | None, why: str) -> None:
    with pytest.raises(ValueError, match="SECRET_KEY") as refused:
        production(secret_key=secret_key)
    assert ("required" if why == "missing" else "too weak") in str(refused.value)


@pytest.mark.parametrize(
    "encryption_key",
    [
        pytest.param(None, id="missing"),
        pytest.param("", id="empty"),
        pytest.param("not-a-fernet-key", id="invalid"),
        pytest.param(f"{FERNET_KEY},not-a-fernet-key", id="second-key-invalid"),
    ],
)
def test_production_refuses_missing_or_invalid_encryption_key(encryption_key: str | None) -> None:
    with pytest.raises(ValueError, match="ENCRYPTION_KEY"):
        production(encryption_key=encryption_key)


def test_production_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENVIRONMENT", "production")
    monkeypatch.setenv("SECRET_KEY", "changethis")
    monkeypatch.setenv("ENCRYPTION_KEY", FERNET_KEY)
    monkeypatch.setenv("DATABASE_URL", DATABASE_URL)
    with pytest.raises(ValueError, match="SECRET_KEY"):
        Settings(_env_file=None)  # type: ignore[call-arg]
    monkeypatch.setenv("SECRET_KEY", STRONG_SECRET)
    assert Settings(_env_file=None).environment == "production"  # type: ignore[call-arg]


def test_outside_production_missing_keys_are_generated() -> None:
    first = Settings(_env_file=None, environment="local")  # type: ignore[call-arg]
    second = Settings(_env_file=None, environment="test")  # type: ignore[call-arg]
    assert len(first.signing_key) >= 32
    assert first.signing_key != second.signing_key
    assert first.encryption_key is not None
    Fernet(first.encryption_key.get_secret_value().encode())
