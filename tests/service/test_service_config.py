import pytest
from pydantic import ValidationError

from service.config import DEVELOPMENT_KEY, Settings
from service.crypto import generate_key


def test_development_defaults(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    settings = Settings()
    assert settings.environment == "development" and settings.database_url is None
    assert settings.worker_concurrency == 1 and settings.job_max_attempts == 3
    assert settings.stalled_after_seconds == 60 and settings.heartbeat_seconds == 10


def test_production_refuses_the_development_key():
    with pytest.raises(ValidationError, match="development encryption key"):
        Settings(environment="production")
    assert Settings(environment="production", encryption_key=generate_key()).environment == "production"


@pytest.mark.parametrize("key", ["short", "!!!not base64!!!", DEVELOPMENT_KEY[:-4]])
def test_malformed_keys_are_refused_with_a_fix(key):
    with pytest.raises(ValidationError, match="BLINDSCREEN_ENCRYPTION_KEY"):
        Settings(encryption_key=key)


def test_environment_variables(monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", "postgresql://db/x")
    monkeypatch.setenv("BLINDSCREEN_ENVIRONMENT", "production")
    monkeypatch.setenv("BLINDSCREEN_ENCRYPTION_KEY", generate_key())
    monkeypatch.setenv("BLINDSCREEN_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("BLINDSCREEN_UPLOAD_MAX_BYTES", "1000")
    settings = Settings()
    assert settings.database_url == "postgresql://db/x"
    assert settings.media_dir == tmp_path / "storage" and settings.upload_max_bytes == 1000


def test_the_key_never_shows_in_repr():
    key = generate_key()
    assert key not in repr(Settings(encryption_key=key))


def test_docker_compose_sets_only_real_settings():
    from pathlib import Path

    import yaml

    compose = yaml.safe_load((Path(__file__).parents[2] / "docker" / "compose.yaml").read_text())
    names = {f"BLINDSCREEN_{field.upper()}" for field in Settings.model_fields} | {"DATABASE_URL"}
    environment = compose["x-blindscreen"]["environment"]
    assert set(environment) <= names, set(environment) - names
    assert environment["BLINDSCREEN_ENVIRONMENT"] == "production"
    assert {"api", "worker", "postgres", "migrate"} <= set(compose["services"])
