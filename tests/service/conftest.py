"""Fixtures for the service tests: a real PostgreSQL (127.0.0.1:5432 unless
BLINDSCREEN_TEST_DATABASE_URL says otherwise), one migrated template database per test session,
and a fresh clone of it per test (CREATE DATABASE ... TEMPLATE is fast)."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import conninfo as pg_conninfo

from service import db
from service.config import Settings
from service.queue import apply_schema_if_missing

ADMIN_URL = os.environ.get(
    "BLINDSCREEN_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)


def database_url_for(name: str) -> str:
    return pg_conninfo.make_conninfo(ADMIN_URL, dbname=name)


def _admin(sql: str) -> None:
    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


def create_database(template: str | None = None) -> str:
    name = f"bs_test_{secrets.token_hex(6)}"
    _admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    return name


def drop_database(name: str) -> None:
    _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def template_database() -> Iterator[str]:
    try:
        _admin("SELECT 1")
    except psycopg.OperationalError as e:
        pytest.fail(f"PostgreSQL is not reachable at {ADMIN_URL}: {e}; see DEVELOPERS.md")
    name = create_database()
    try:
        # As `blindscreen migrate` does: ours, then the job queue's tables.
        db.migrate(database_url_for(name), extra=[apply_schema_if_missing])
        yield name
    finally:
        drop_database(name)


@pytest.fixture
def empty_database_url() -> Iterator[str]:
    name = create_database()
    try:
        yield database_url_for(name)
    finally:
        drop_database(name)


@pytest.fixture
def database_url(template_database: str) -> Iterator[str]:
    """A migrated database of its own for this test."""
    name = create_database(template_database)
    try:
        yield database_url_for(name)
    finally:
        drop_database(name)


@pytest.fixture
def conn(database_url: str) -> Iterator[db.Connection]:
    with db.connect(database_url, autocommit=True) as connection:
        yield connection


def make_settings(database_url: str, root: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "environment": "development", "database_url": database_url, "data_dir": root / "data",
        "storage_dir": root / "storage", "upload_max_bytes": 2_000_000, "pool_min_size": 1,
        "pool_max_size": 4,
    }
    return Settings(**{**values, **overrides})


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return make_settings(database_url, tmp_path)


# --- the API ---------------------------------------------------------------------------------------
from dataclasses import dataclass, field  # noqa: E402

from fastapi.testclient import TestClient  # noqa: E402

from fake_pipeline import FakePipeline  # noqa: E402
from service import admin  # noqa: E402
from service.app import create_app  # noqa: E402
from service.processing import process_application  # noqa: E402
from service.storage import LocalStorage  # noqa: E402

API = "/api/v1"


@pytest.fixture
def enqueued() -> list:
    """Application ids the API queued for processing (the tests run the processing)."""
    return []


@pytest.fixture
def app(settings: Settings, enqueued: list):
    return create_app(settings, enqueue=lambda conn, application_id: enqueued.append(application_id))


@pytest.fixture
def client(app) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@dataclass
class Actor:
    """A user with a token, making requests through the test client."""

    client: TestClient
    id: int
    role: str
    name: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def request(self, method: str, path: str, **kwargs: Any):
        headers = {**self.headers, **kwargs.pop("headers", {})}
        return self.client.request(method, API + path, headers=headers, **kwargs)

    def get(self, path: str, **kwargs: Any):
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any):
        return self.request("POST", path, **kwargs)

    def put(self, path: str, **kwargs: Any):
        return self.request("PUT", path, **kwargs)

    def delete(self, path: str, **kwargs: Any):
        return self.request("DELETE", path, **kwargs)


@dataclass
class World:
    """Users, a job and helpers to move an application through the flow."""

    client: TestClient
    settings: Settings
    enqueued: list
    actors: dict[str, Actor] = field(default_factory=dict)
    job_id: int | None = None

    def actor(self, role: str, name: str) -> Actor:
        created = admin.create_user(self.settings.database_url, role, name)  # type: ignore[arg-type]
        actor = Actor(self.client, created.id, created.role, created.name, created.token)
        self.actors[name] = actor
        return actor

    def create_job(self, manager: Actor, reviewers: list[Actor], reviews_required: int = 2,
                   **overrides: Any) -> int:
        body = {"title": "Backend engineer",
                "rubric": [{"key": "communication", "label": "Communication"},
                           {"key": "experience", "label": "Relevant experience"}],
                "reviews_required": reviews_required, **overrides}
        response = manager.post("/jobs", json=body)
        assert response.status_code == 201, response.text
        job_id = response.json()["id"]
        for reviewer in reviewers:
            assigned = manager.post(f"/jobs/{job_id}/reviewers", json={"reviewer_id": reviewer.id})
            assert assigned.status_code == 204, assigned.text
        return job_id

    def apply(self, candidate: Actor, job_id: int, name: str | None = None) -> str:
        consent = self.client.get(API + "/consent").json()
        response = candidate.post("/applications", json={
            "job_id": job_id, "consent": True, "consent_version": consent["version"],
            "identity": {"name": name or candidate.name, "email": "cand@example.com",
                         "school": "Howard University"}})
        assert response.status_code == 201, response.text
        return response.json()["id"]

    def upload(self, candidate: Actor, application_id: str, data: bytes = b"FAKE VIDEO " * 100,
               content_type: str = "video/mp4", **kwargs: Any):
        return candidate.put(f"/applications/{application_id}/video", content=data,
                             headers={"Content-Type": content_type, **kwargs.pop("headers", {})},
                             **kwargs)

    def process(self, application_id: str, pipeline: Any = None) -> None:
        process_application(self.settings.database_url, application_id, pipeline or FakePipeline(),
                            settings=self.settings, storage=LocalStorage(self.settings.media_dir))

    def processed_application(self, candidate: Actor, job_id: int, name: str | None = None) -> str:
        application_id = self.apply(candidate, job_id, name)
        assert self.upload(candidate, application_id).status_code == 202
        self.process(application_id)
        return application_id

    def review(self, reviewer: Actor, application_id: str, scores: dict | None = None) -> None:
        scores = scores or {"communication": 4, "experience": 3}
        saved = reviewer.put(f"/applications/{application_id}/review", json={"scores": scores})
        assert saved.status_code == 200, saved.text
        submitted = reviewer.post(f"/applications/{application_id}/review/submit")
        assert submitted.status_code == 200, submitted.text


@pytest.fixture
def world(client: TestClient, settings: Settings, enqueued: list) -> World:
    return World(client, settings, enqueued)


# --- a live server over real HTTP ------------------------------------------------------------------
import contextlib  # noqa: E402
import socket  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402

import uvicorn  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve_in_thread(app) -> Iterator[str]:
    """Run ``app`` with uvicorn on a loopback port; yields the API base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the API did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}{API}"
    finally:
        server.should_exit = True
        thread.join(10)
