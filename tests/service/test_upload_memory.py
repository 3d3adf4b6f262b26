"""Uploads stream: a 64 MB upload over real HTTP moves through the API without the process
holding more than a few megabytes at once (Python allocations, measured with tracemalloc)."""

import hashlib
import tracemalloc

import httpx

from conftest import make_settings, serve_in_thread
from service import admin
from service.app import create_app

SIZE = 64 * 1024 * 1024
CHUNK = 256 * 1024


def test_upload_memory_stays_flat(database_url, tmp_path):
    settings = make_settings(database_url, tmp_path, upload_max_bytes=SIZE + 1)
    manager = admin.create_user(database_url, "manager", "M")
    candidate = admin.create_user(database_url, "candidate", "C")
    block = bytes(range(256)) * (CHUNK // 256)
    digest = hashlib.sha256()
    for _ in range(SIZE // CHUNK):
        digest.update(block)

    def body():
        for _ in range(SIZE // CHUNK):
            yield block

    with serve_in_thread(create_app(settings, enqueue=lambda conn, i: None)) as api, \
            httpx.Client(base_url=api, timeout=60) as http:
        job = http.post("/jobs", headers={"Authorization": f"Bearer {manager.token}"}, json={
            "title": "T", "rubric": [{"key": "a", "label": "A"}]}).json()
        auth = {"Authorization": f"Bearer {candidate.token}"}
        version = http.get("/consent").json()["version"]
        application = http.post("/applications", headers=auth, json={
            "job_id": job["id"], "consent": True, "consent_version": version,
            "identity": {"name": "C"}}).json()
        tracemalloc.start()
        try:
            response = http.put(f"/applications/{application['id']}/video", content=body(),
                                headers={**auth, "Content-Type": "video/mp4"})
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert response.status_code == 202, response.text
    assert response.json()["sha256"] == digest.hexdigest()
    assert peak < 16 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB during a {SIZE / 1e6:.0f} MB upload"
