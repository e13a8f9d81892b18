"""All settings in one class, read from the environment (and an optional `.env`)."""

import math
import secrets
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Literal

from cryptography.fernet import Fernet
from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

Environment = Literal["local", "test", "production"]

# `npm run build` in frontend/ writes the SPA here; the API serves it when it exists.
DEFAULT_SPA_DIR = Path(__file__).resolve().parents[3] / "frontend" / "dist"

# Values that appear in tutorials and templates; a production key must not be one of them.
KNOWN_WEAK_SECRETS = frozenset(
    {"changethis", "change-me", "changeme", "secret", "secret-key", "your-secret-key", "dev", "test"}
)
MIN_SECRET_LENGTH = 32
MIN_SECRET_ENTROPY_BITS = 128


class InsecureSettingError(ValueError):
    """Raised at start-up when a production setting is missing or weak; names the setting."""


def _shannon_bits(value: str) -> float:
    counts = Counter(value)
    per_char = -sum(n / len(value) * math.log2(n / len(value)) for n in counts.values())
    return per_char * len(value)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    environment: Environment = "local"
    project_name: str = "ResolutionFlow"
    api_prefix: str = "/api/v1"

    # None outside production means "generate one for this process" (tokens die with it).
    secret_key: SecretStr | None = None
    # Fernet key for secrets at rest (PSA credentials). Comma-separated: first encrypts, all decrypt.
    encryption_key: SecretStr | None = None

    database_url: str | None = None
    db_pool_size: int = Field(default=10, ge=1, le=200)
    db_max_overflow: int = Field(default=10, ge=0, le=200)
    # A request waits this long for a pooled connection, then answers 503 database_unavailable.
    db_pool_timeout_seconds: float = Field(default=10.0, gt=0, le=300)
    # Connecting to PostgreSQL gives up after this long (503 while the database is unreachable).
    db_connect_timeout_seconds: float = Field(default=5.0, gt=0, le=300)
    # PostgreSQL ends any statement of the API running longer than this (503 database_timeout); 0: no limit.
    db_statement_timeout_ms: int = Field(default=30_000, ge=0, le=3_600_000)

    jwt_algorithm: Literal["HS256", "HS384", "HS512"] = "HS256"
    access_token_minutes: int = Field(default=15, ge=1, le=120)
    default_idle_timeout_minutes: int = Field(default=60, ge=5, le=1440)
    default_absolute_lifetime_hours: int = Field(default=12, ge=1, le=720)
    refresh_cookie_name: str = "rf_refresh"
    refresh_cookie_secure: bool = True

    bcrypt_rounds: int = Field(default=12, ge=4, le=16)
    login_window_minutes: int = Field(default=15, ge=1)
    login_max_failures_per_account: int = Field(default=5, ge=1)
    login_max_failures_per_ip: int = Field(default=20, ge=1)

    password_reset_minutes: int = Field(default=60, ge=5, le=1440)
    email_verification_hours: int = Field(default=48, ge=1, le=720)
    invitation_default_days: int = Field(default=7, ge=1, le=30)

    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_starttls: bool = True
    smtp_timeout_seconds: float = 10.0
    mail_from: str = "ResolutionFlow <no-reply@resolutionflow.local>"

    frontend_url: str = "http://127.0.0.1:5173"
    # The built SPA served on the API's port (app/core/spa.py); None or a folder without index.html: API only.
    spa_dir: Path | None = DEFAULT_SPA_DIR
    cors_origins: list[str] = ["http://127.0.0.1:5173", "http://localhost:5173"]
    max_body_bytes: int = Field(default=1024 * 1024, ge=1024)
    # The one larger limit: `POST {api_prefix}/flows/import` (flow files), wired in create_app().
    max_import_body_bytes: int = Field(default=5 * 1024 * 1024, ge=1024)
    log_level: str = "INFO"
    access_log: bool = True
    # Browser tests only (frontend/e2e): `PUT {api_prefix}/dev/clock` moves this process's clock, so a
    # test can outlast an idle timeout without waiting. Refused unless ENVIRONMENT=local.
    e2e_clock_control: bool = False

    # Semantic search: Voyage AI when a key is set, else the local wordllama model (no network).
    voyage_api_key: SecretStr | None = None
    voyage_base_url: str = "https://api.voyageai.com/v1"
    voyage_model: str = "voyage-3.5"
    voyage_dimensions: Literal[256, 1024] = 1024
    voyage_timeout_seconds: float = Field(default=30.0, gt=0, le=300)
    voyage_max_retries: int = Field(default=2, ge=0, le=10)
    # A query's embedding (search, assistant) gets this long for all its attempts, then search ranks by text.
    voyage_query_timeout_seconds: float = Field(default=3.0, gt=0, le=60)
    # Cosine similarity a document needs to count as a semantic search hit with Voyage vectors.
    voyage_min_similarity: float = Field(default=0.35, ge=-1, le=1)
    # The background worker that embeds search documents (one per API process; jobs are shared).
    embedding_worker: bool = True
    embedding_batch_size: int = Field(default=64, ge=1, le=1000)
    embedding_poll_seconds: float = Field(default=30.0, gt=0, le=3600)

    # PSA (app/psa/): every outbound call is bounded; a team's `http://` site also needs this
    # (None: allowed except in production).
    psa_allow_http_sites: bool | None = None
    psa_timeout_seconds: float = Field(default=15.0, gt=0, le=120)
    psa_connect_timeout_seconds: float = Field(default=5.0, gt=0, le=60)
    # Starting a session on a ticket waits at most this long for the PSA, then starts unverified.
    psa_verify_timeout_seconds: float = Field(default=5.0, gt=0, le=60)
    psa_ticket_cache_seconds: float = Field(default=60.0, ge=0, le=3600)
    psa_max_connections: int = Field(default=100, ge=1, le=1000)
    # Note pushes that did not go through are retried in the background, with capped exponential backoff.
    psa_push_worker: bool = True
    psa_push_poll_seconds: float = Field(default=10.0, gt=0, le=3600)
    psa_push_max_attempts: int = Field(default=6, ge=1, le=50)
    psa_push_backoff_seconds: float = Field(default=15.0, ge=0, le=3600)
    psa_push_backoff_cap_seconds: float = Field(default=900.0, ge=0, le=86400)

    # FlowPilot (app/copilot/): Anthropic when a key is set, else the offline provider (the team's own
    # data, no network). Model names per tier live here only: they change over time.
    anthropic_api_key: SecretStr | None = None
    anthropic_base_url: str = "https://api.anthropic.com"
    copilot_fast_model: str = "claude-haiku-5-5"
    copilot_deep_model: str = "claude-sonnet-5-5"
    copilot_timeout_seconds: float = Field(default=30.0, gt=0, le=300)
    # Retries on 429, 529 and 5xx (and timeouts), with exponential backoff; `retry-after` is honoured up to the cap.
    copilot_max_retries: int = Field(default=2, ge=0, le=10)
    copilot_backoff_seconds: float = Field(default=0.5, ge=0, le=60)
    copilot_backoff_cap_seconds: float = Field(default=8.0, ge=0, le=300)
    # USD per million tokens (input, output) per tier: the usage ledger's cost estimate.
    copilot_fast_price_per_mtok: tuple[float, float] = (1.0, 5.0)
    copilot_deep_price_per_mtok: tuple[float, float] = (3.0, 15.0)
    # A team's monthly budget until its team_admin sets one (None: no limit).
    copilot_default_monthly_budget_usd: float | None = Field(default=None, ge=0)
    # The knowledge flywheel (APScheduler in each API process; an advisory lock lets one of them run it).
    copilot_flywheel_scheduler: bool = True
    copilot_flywheel_cron_hour: int = Field(default=2, ge=0, le=23)

    @model_validator(mode="after")
    def _test_hooks_only_locally(self) -> "Settings":
        if self.e2e_clock_control and self.environment != "local":
            raise InsecureSettingError("E2E_CLOCK_CONTROL is a browser-test hook: only with ENVIRONMENT=local")
        return self

    # The in-process scheduler (app/core/scheduler.py): APScheduler in every API process; jobs run on
    # the one that holds a PostgreSQL advisory lock. Off: no scheduled job runs in this process.
    scheduler_enabled: bool = True
    # How often each process checks its leadership (the leader) or tries to take it (the others).
    scheduler_leader_poll_seconds: float = Field(default=5.0, gt=0, le=60)
    # Maintenance (app/maintenance/): how often due runs and overdue deadlines are looked for, and how
    # late a run may still be created for a schedule whose catch-up policy is `skip`.
    maintenance_tick_seconds: float = Field(default=30.0, gt=0, le=3600)
    maintenance_misfire_grace_seconds: float = Field(default=900.0, ge=0, le=86400)

    @model_validator(mode="after")
    def _refuse_insecure_production(self) -> "Settings":
        if self.environment != "production":
            return self
        key = self.secret_key.get_secret_value() if self.secret_key else ""
        if not key:
            raise InsecureSettingError("SECRET_KEY is required when ENVIRONMENT=production")
        if (
            key.lower() in KNOWN_WEAK_SECRETS
            or len(key) < MIN_SECRET_LENGTH
            or _shannon_bits(key) < MIN_SECRET_ENTROPY_BITS
        ):
            raise InsecureSettingError(
                f"SECRET_KEY is too weak for production: use at least {MIN_SECRET_LENGTH} random "
                "characters (e.g. `python -c 'import secrets; print(secrets.token_urlsafe(48))'`)"
            )
        if not self.encryption_key or not self.encryption_key.get_secret_value():
            raise InsecureSettingError("ENCRYPTION_KEY is required when ENVIRONMENT=production")
        for part in self.encryption_key.get_secret_value().split(","):
            try:
                Fernet(part.strip().encode())
            except ValueError as exc:
                raise InsecureSettingError(
                    "ENCRYPTION_KEY must be Fernet keys (32 url-safe base64 bytes), comma-separated"
                ) from exc
        if self.database_url is None:
            raise InsecureSettingError("DATABASE_URL is required when ENVIRONMENT=production")
        if self.voyage_api_key is not None and not self.voyage_base_url.startswith("https://"):
            raise InsecureSettingError("VOYAGE_BASE_URL must be https when ENVIRONMENT=production (the key is sent)")
        if self.anthropic_api_key is not None and not self.anthropic_base_url.startswith("https://"):
            raise InsecureSettingError("ANTHROPIC_BASE_URL must be https when ENVIRONMENT=production (the key is sent)")
        return self

    @model_validator(mode="after")
    def _fill_dev_secrets(self) -> "Settings":
        if self.secret_key is None:
            self.secret_key = SecretStr(secrets.token_urlsafe(48))
        if self.encryption_key is None:
            self.encryption_key = SecretStr(Fernet.generate_key().decode())
        return self

    @property
    def signing_key(self) -> str:
        assert self.secret_key is not None  # filled by the validator
        return self.secret_key.get_secret_value()

    @property
    def async_database_url(self) -> str:
        if not self.database_url:
            raise RuntimeError("DATABASE_URL is not set (make run starts an embedded PostgreSQL)")
        return to_asyncpg_url(self.database_url)


def to_libpq_url(url: str) -> str:
    """The same URL without a SQLAlchemy driver name, for asyncpg.connect and libpq tools."""
    return to_asyncpg_url(url).replace("postgresql+asyncpg://", "postgresql://", 1)


def to_asyncpg_url(url: str) -> str:
    """Accept the usual `postgres://` / `postgresql://` spellings and pin the asyncpg driver."""
    for prefix in ("postgresql+asyncpg://", "postgresql+psycopg://", "postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+asyncpg://" + url[len(prefix) :]
    raise ValueError("DATABASE_URL must be a PostgreSQL URL")


@lru_cache
def get_settings() -> Settings:
    return Settings()
