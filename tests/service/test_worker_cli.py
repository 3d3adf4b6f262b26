"""``blindscreen migrate`` and ``blindscreen worker`` as a person runs them, on the real
PostgreSQL."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import subprocess
import sys
import time

import psycopg
import pytest

from service import cli


def blindscreen(*args: str, env: dict[str, str], **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "pipelines.cli", *args],
        env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True, **kwargs,
    )


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="blindscreen")
    cli.add_commands(parser.add_subparsers())
    return parser


def test_commands_and_their_options():
    args = parser().parse_args(["serve", "--with-worker", "--workers", "2", "--port", "9000"])
    assert (args.func, args.with_worker, args.workers, args.port, args.host) == (
        cli.serve_command, True, 2, 9000, "127.0.0.1")
    args = parser().parse_args(["worker", "-n", "3", "--concurrency", "2"])
    assert (args.func, args.workers, args.concurrency) == (cli.worker_command, 3, 2)
    assert parser().parse_args(["worker"]).workers is None  # BLINDSCREEN_WORKER_CONCURRENCY then
    assert parser().parse_args(["migrate"]).func is cli.migrate_command
    with pytest.raises(SystemExit):
        parser().parse_args(["worker", "--workers", "0"])


def test_migrate_creates_the_tables_and_the_queue_once(empty_database_url):
    env = {"DATABASE_URL": empty_database_url}
    first = blindscreen("migrate", env=env)
    out, err = first.communicate(timeout=60)
    assert first.returncode == 0, err
    assert out.startswith("applied ")
    again = blindscreen("migrate", env=env)
    out, err = again.communicate(timeout=60)
    assert (again.returncode, out.strip()) == (0, "schema is up to date")
    with psycopg.connect(empty_database_url) as conn:
        assert conn.execute("SELECT to_regclass('procrastinate_jobs') IS NOT NULL").fetchone()[0]


def test_worker_refuses_a_database_without_the_queue_with_the_fix(empty_database_url):
    proc = blindscreen("worker", env={"DATABASE_URL": empty_database_url})
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert "run `blindscreen migrate` first" in err and "Traceback" not in err


def test_worker_runs_n_processes_and_stops_cleanly_on_sigterm(database_url, tmp_path):
    def registered() -> int:
        with psycopg.connect(database_url) as conn:
            return conn.execute("SELECT count(*) FROM procrastinate_workers").fetchone()[0]

    proc = blindscreen("worker", "--workers", "2", env={
        "DATABASE_URL": database_url, "BLINDSCREEN_HEARTBEAT_SECONDS": "1",
        "BLINDSCREEN_DATA_DIR": str(tmp_path / "data"),
    })
    try:
        deadline = time.monotonic() + 30
        while registered() < 2:
            assert proc.poll() is None, proc.communicate()[1]
            assert time.monotonic() < deadline, "the 2 worker processes did not register"
            time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
        assert proc.returncode == 0, err
        assert registered() == 0  # each process unregistered on its way out
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def test_serve_runs_several_api_processes_on_one_port(database_url, tmp_path):
    import httpx

    from conftest import free_port

    port = free_port()
    proc = blindscreen("serve", "--api-processes", "2", "--port", str(port), env={
        "DATABASE_URL": database_url, "BLINDSCREEN_DATA_DIR": str(tmp_path / "data"),
        "BLINDSCREEN_ENVIRONMENT": "development",
    })
    try:
        deadline = time.monotonic() + 60
        served: set[str] = set()
        while True:
            assert proc.poll() is None, proc.communicate()[1]
            assert time.monotonic() < deadline, "serve did not answer with 2 processes"
            with contextlib.suppress(httpx.HTTPError):
                answer = httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=2)
                assert answer.json() == {"status": "ok"}
                children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True,
                                          text=True).stdout.split()
                if len(children) >= 2:
                    break
            time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
        assert proc.returncode == 0, err
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
