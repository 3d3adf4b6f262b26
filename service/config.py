"""Service configuration, read from the environment (prefix ``BLINDSCREEN_``) once, when asked.

Nothing here runs at import: ``get_settings()`` builds the settings on first call and caches them;
tests and the CLI build their own ``Settings(...)`` and pass them to ``create_app``.

Outside development the service refuses to start with the published development encryption key:
anyone could read the media and transcripts it protects.
"""

from __future__ import annotations

import base64
import binascii
import functools
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Published in the source, so it protects nothing: accepted only when environment=development.
DEVELOPMENT_KEY = "YmxpbmRzY3JlZW4tZGV2ZWxvcG1lbnQtb25seS1rZXk="  # b"blindscreen-development-only-key"

KEY_HELP = (
    "set BLINDSCREEN_ENCRYPTION_KEY to 32 random bytes in URL-safe base64, e.g. the output of "
    "`python -c 'import base64, os; print(base64.urlsafe_b64encode(os.urandom(32)).decode())'`"
)


class Settings(BaseSettings):
    """Every setting of the API and the workers; each can be set as ``BLINDSCREEN_<NAME>``."""

    model_config = SettingsConfigDict(
        env_prefix="BLINDSCREEN_", extra="ignore", populate_by_name=True, frozen=True
    )

    environment: Literal["development", "production"] = Field(
        "development", description="'production' refuses development defaults such as the key"
    )
    database_url: str | None = Field(
        None,
        validation_alias=AliasChoices("DATABASE_URL", "BLINDSCREEN_DATABASE_URL", "database_url"),
        description="PostgreSQL conninfo or URL; unset means the embedded database in data_dir",
    )
    data_dir: Path = Field(Path("data"), description="Where the embedded database and files live")
    storage_dir: Path | None = Field(
        None, description="Where encrypted media is stored; default <data_dir>/storage"
    )
    encryption_key: SecretStr = Field(
        SecretStr(DEVELOPMENT_KEY),
        description="32 bytes, URL-safe base64: encrypts media, raw transcripts and identities",
    )
    upload_max_bytes: int = Field(1 << 30, gt=0, description="Largest accepted upload, in bytes")
    default_retention_days: int = Field(
        90, ge=1, le=3650, description="Days raw media and transcripts are kept, unless a job says"
    )
    pool_min_size: int = Field(1, ge=0, description="Database connections kept open by the API")
    pool_max_size: int = Field(10, ge=1, description="Most database connections the API opens")
    log_level: str = Field("INFO", description="Python logging level name")

    # Used by the workers (service.worker).
    worker_concurrency: int = Field(1, ge=1, description="Worker processes per `blindscreen worker`")
    job_max_attempts: int = Field(3, ge=1, description="Attempts before an application fails")
    stalled_after_seconds: int = Field(
        60, ge=1, description="A job whose worker has not beaten for this long is retried"
    )
    heartbeat_seconds: int = Field(10, ge=1, description="How often a worker reports it is alive")

    @field_validator("encryption_key")
    @classmethod
    def _key_is_32_bytes(cls, value: SecretStr) -> SecretStr:
        try:
            raw = base64.urlsafe_b64decode(value.get_secret_value().encode())
        except (binascii.Error, ValueError) as e:
            raise ValueError(f"not valid base64; {KEY_HELP}") from e
        if len(raw) != 32:
            raise ValueError(f"decodes to {len(raw)} bytes, not 32; {KEY_HELP}")
        return value

    @model_validator(mode="after")
    def _no_development_secrets_in_production(self) -> "Settings":
        if self.environment != "development" and (
            self.encryption_key.get_secret_value() == DEVELOPMENT_KEY
        ):
            raise ValueError(f"the development encryption key is refused in {self.environment}; "
                             + KEY_HELP)
        return self

    @property
    def key_bytes(self) -> bytes:
        return base64.urlsafe_b64decode(self.encryption_key.get_secret_value().encode())

    @property
    def media_dir(self) -> Path:
        return self.storage_dir if self.storage_dir is not None else self.data_dir / "storage"


@functools.cache
def get_settings() -> Settings:
    """The process's settings, read from the environment on first call."""
    return Settings()
