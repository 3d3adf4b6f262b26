"""Fixtures shared by the top-level test modules."""

import pytest


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    """An empty disk-cache directory for blindscreen's load cache (``diskcache.py``), cache on."""
    d = tmp_path / "cache"
    monkeypatch.setenv("BLINDSCREEN_CACHE_DIR", str(d))
    monkeypatch.delenv("BLINDSCREEN_NO_CACHE", raising=False)
    return d
