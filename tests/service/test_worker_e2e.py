"""``blindscreen serve --with-worker`` on a fresh machine: embedded PostgreSQL, the API over real
HTTP on loopback, a real worker process with the real pipeline, a generated video resume in, a
redacted transcript out."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from service.config import Settings
from service.embedded_pg import start_embedded, stop_embedded

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = "Hi, my name is Brianna Okafor. I worked three years as a line cook at Olive Garden."


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_video(path: Path) -> bytes:
    script = ROOT / "scripts" / "make_sample_video.py"
    spec = importlib.util.spec_from_file_location("make_sample_video", script)
    maker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(maker)
    maker.make_sample_video(path, script=SCRIPT)
    return path.read_bytes()


@pytest.mark.slow
def test_serve_with_worker_processes_a_real_upload_on_a_fresh_machine(tmp_path):
    from conftest import World  # the service tests' HTTP helpers

    video = make_video(tmp_path / "resume.mp4")
    data_dir, port = tmp_path / "data", free_port()
    unset = ("DATABASE_URL", "BLINDSCREEN_DATABASE_URL")  # a fresh machine: the embedded one
    env = {k: v for k, v in os.environ.items() if k not in unset}
    env.update(BLINDSCREEN_DATA_DIR=str(data_dir), HF_HUB_OFFLINE="1")
    log = open(tmp_path / "serve.log", "wb")
    serve = subprocess.Popen(
        [sys.executable, "-m", "pipelines.cli", "serve", "--with-worker", "--port", str(port)],
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=tmp_path,
    )
    base = f"http://127.0.0.1:{port}"
    database_url = None
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            deadline = time.monotonic() + 90
            while True:
                assert serve.poll() is None, "serve exited early; see serve.log"
                with contextlib.suppress(httpx.TransportError):
                    if client.get("/api/v1/health").status_code == 200:
                        break
                assert time.monotonic() < deadline, "the API did not come up"
                time.sleep(0.5)

            database_url = start_embedded(data_dir / "pg")  # the same server serve started
            world = World(client, Settings(database_url=database_url, data_dir=data_dir), [])
            manager = world.actor("manager", "Maria Manager")
            reviewer = world.actor("reviewer", "Rev One")
            candidate = world.actor("candidate", "Brianna Okafor")
            job_id = world.create_job(manager, [reviewer], reviews_required=1)
            application_id = world.apply(candidate, job_id)
            uploaded = world.upload(candidate, application_id, video)
            assert uploaded.status_code == 202, uploaded.text

            deadline = time.monotonic() + 150
            while (status := candidate.get(f"/applications/{application_id}").json())["status"] in (
                "uploaded", "processing"
            ):
                assert time.monotonic() < deadline, f"not processed in time: {status}"
                time.sleep(1)
            assert status["status"] == "processed", status

            items = reviewer.get(f"/jobs/{job_id}/queue").json()["items"]
            redacted = items[0]["transcript"]["text"]
            assert "three years" in redacted.lower()  # job facts stay
            assert "Brianna" not in redacted and "Okafor" not in redacted

        serve.send_signal(signal.SIGINT)  # Ctrl-C: the API stops, then the worker
        assert serve.wait(timeout=60) == 0
    finally:
        if serve.poll() is None:
            serve.send_signal(signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                serve.wait(timeout=20)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(serve.pid, signal.SIGKILL)
        serve.wait()
        log.close()
        if database_url is not None:
            stop_embedded(data_dir / "pg")
        print((tmp_path / "serve.log").read_text(errors="replace")[-8000:])
    assert not (data_dir / "pg" / "postmaster.pid").exists()  # the last user stopped it
