"""End to end: a real HTTP upload of a generated video resume, through a real worker process
running the real pipeline, to a redacted transcript a reviewer reads; reveal only after the
decision. Slow (it loads the speech and language models)."""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from conftest import make_settings, serve_in_thread
from service import admin
from service.app import create_app

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def make_video(path: Path) -> Path:
    spec = importlib.util.spec_from_file_location("make_sample_video",
                                                  ROOT / "scripts" / "make_sample_video.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    module.make_sample_video(path)
    return path


@pytest.fixture
def settings(database_url, tmp_path):
    return make_settings(database_url, tmp_path, upload_max_bytes=100_000_000)


@pytest.fixture
def server(settings):
    """The API over real HTTP on a loopback port, in a thread."""
    with serve_in_thread(create_app(settings)) as api:
        yield api


@pytest.fixture
def worker(settings, tmp_path):
    """`blindscreen worker` as its own process, configured by the environment like in production."""
    env = {**os.environ, "DATABASE_URL": settings.database_url,
           "BLINDSCREEN_DATA_DIR": str(settings.data_dir),
           "BLINDSCREEN_STORAGE_DIR": str(settings.media_dir),
           "BLINDSCREEN_ENCRYPTION_KEY": settings.encryption_key.get_secret_value(),
           "HF_HUB_OFFLINE": "1"}
    log = open(tmp_path / "worker.log", "wb")
    process = subprocess.Popen([sys.executable, "-m", "pipelines.cli", "worker", "-n", "1"],
                               env=env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    yield process
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()


def bearer(user) -> dict[str, str]:
    return {"Authorization": f"Bearer {user.token}"}


def test_upload_to_worker_to_blind_review_to_reveal(settings, server, worker, tmp_path):
    video = make_video(tmp_path / "resume.mp4")
    manager = admin.create_user(settings.database_url, "manager", "Maria Manager")
    reviewer = admin.create_user(settings.database_url, "reviewer", "Rev One")
    candidate = admin.create_user(settings.database_url, "candidate", "Brianna Okafor")
    with httpx.Client(base_url=server, timeout=30) as http:
        job = http.post("/jobs", headers=bearer(manager), json={
            "title": "Line cook", "reviews_required": 1,
            "rubric": [{"key": "experience", "label": "Kitchen experience"}]}).json()
        assert http.post(f"/jobs/{job['id']}/reviewers", headers=bearer(manager),
                         json={"reviewer_id": reviewer.id}).status_code == 204
        consent = http.get("/consent").json()
        application = http.post("/applications", headers=bearer(candidate), json={
            "job_id": job["id"], "consent": True, "consent_version": consent["version"],
            "identity": {"name": "Brianna Okafor", "handle": "bri_codes",
                         "school": "Spelman College"}}).json()

        with open(video, "rb") as f:
            uploaded = http.put(application["upload_url"].removeprefix("/api/v1"),
                                headers={**bearer(candidate), "Content-Type": "video/mp4",
                                         "Idempotency-Key": "e2e-1"},
                                content=iter(lambda: f.read(65536), b""))
        assert uploaded.status_code == 202, uploaded.text

        deadline = time.monotonic() + 300
        while True:
            status = http.get(application["status_url"].removeprefix("/api/v1"),
                              headers=bearer(candidate)).json()
            if status["status"] in ("processed", "failed"):
                break
            assert worker.poll() is None, (tmp_path / "worker.log").read_text()
            assert time.monotonic() < deadline, f"still {status['status']}"
            time.sleep(1)
        assert status["status"] == "processed", status

        queue = http.get(f"/jobs/{job['id']}/queue", headers=bearer(reviewer)).json()
        (item,) = queue["items"]
        text = item["transcript"]["text"].lower()
        assert "brianna" not in text and "okafor" not in text and "spelman" not in text
        assert "line cook" in text
        preview = http.get(f"/applications/{item['application_id']}/preview",
                           headers=bearer(candidate)).json()
        assert preview["redacted"]["text"] == item["transcript"]["text"]
        assert "brianna" in preview["original"]["text"].lower()
        for path in ("/identity", "/video", "/preview"):
            denied = http.get(f"/applications/{item['application_id']}{path}",
                              headers=bearer(reviewer))
            assert denied.status_code in (403, 404)

        app_path = f"/applications/{item['application_id']}"
        assert http.post(f"{app_path}/reveal", headers=bearer(manager),
                         json={"reason": "too early"}).status_code == 409
        assert http.put(f"{app_path}/review", headers=bearer(reviewer),
                        json={"scores": {"experience": 5}}).status_code == 200
        assert http.post(f"{app_path}/review/submit", headers=bearer(reviewer)).status_code == 200
        assert http.post(f"{app_path}/decision", headers=bearer(manager),
                         json={"outcome": "advance"}).status_code == 201
        revealed = http.post(f"{app_path}/reveal", headers=bearer(manager),
                             json={"reason": "Invite to a trial shift"})
        assert revealed.status_code == 201
        assert revealed.json()["identity"]["name"] == "Brianna Okafor"
        downloaded = http.get(f"{app_path}/video", headers=bearer(manager))
        assert downloaded.content == video.read_bytes()
