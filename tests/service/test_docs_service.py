"""docs/service.md's quickstart runs as written: its bash blocks, in order, with curl and jq,
against a live API over HTTP. A thread stands in for the worker (with the stand-in pipeline);
the real worker and pipeline are covered by test_e2e.py."""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from conftest import make_settings, serve_in_thread
from fake_pipeline import FakePipeline
from service import admin, db
from service.app import create_app
from service.processing import process_application
from service.storage import LocalStorage

DOC = Path(__file__).resolve().parents[2] / "docs" / "service.md"


def bash_blocks(text: str) -> list[str]:
    return re.findall(r"```bash\n(.*?)```", text, re.DOTALL)


@pytest.fixture
def live(database_url, tmp_path):
    settings = make_settings(database_url, tmp_path)
    stop = threading.Event()

    def stand_in_worker():
        pipeline = FakePipeline()
        while not stop.is_set():
            with db.connect(database_url) as conn:
                ids = [r["id"] for r in conn.execute(
                    "SELECT id FROM applications WHERE status = 'uploaded'")]
            for application_id in ids:
                process_application(database_url, application_id, pipeline, settings=settings,
                                    storage=LocalStorage(settings.media_dir))
            stop.wait(0.2)

    worker = threading.Thread(target=stand_in_worker, daemon=True)
    worker.start()
    try:
        with serve_in_thread(create_app(settings, enqueue=lambda conn, i: None)) as api:
            yield settings, api
    finally:
        stop.set()
        worker.join(10)


@pytest.mark.skipif(not (shutil.which("curl") and shutil.which("jq")), reason="needs curl and jq")
def test_quickstart_runs_as_written(live, tmp_path):
    settings, api = live
    manager = admin.create_user(settings.database_url, "manager", "Maria Manager")
    (tmp_path / "resume.mp4").write_bytes(b"FAKE VIDEO " * 1000)
    script = "set -euo pipefail\n" + "\n".join(bash_blocks(DOC.read_text()))
    done = subprocess.run(["bash", "-c", script], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120, env={"PATH": "/usr/bin:/bin", "API": api,
                                            "MANAGER_TOKEN": manager.token})
    assert done.returncode == 0, f"stdout:\n{done.stdout}\nstderr:\n{done.stderr}"
    assert "[Person1]" in done.stdout
    assert "identity.revealed" in done.stdout
    assert '"name": "Brianna Okafor"' in done.stdout  # the reveal, and only there
