"""Workers on the real PostgreSQL: jobs complete, survive SIGKILLed workers and a database restart,
and a file that always fails ends failed after the capped number of attempts.

The workers run as real process pools (``service.worker.run_workers`` in a subprocess) with
``tests/service/test_worker_tasks.py`` standing in for ``service.processing``, and with heartbeats
and timeouts shrunk from seconds-to-minutes to fractions of a second.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg.rows import dict_row

from service import queue
from service.worker import WorkerOptions

try:
    from tests.service import test_worker_tasks as fake
except ImportError:  # tests/ not importable as a package: pytest put this folder on sys.path
    import test_worker_tasks as fake  # type: ignore[no-redef]


def fast_options(database_url: str, **overrides) -> WorkerOptions:
    options = WorkerOptions(
        database_url=database_url,
        max_attempts=3,
        heartbeat_seconds=0.5,
        stalled_after_seconds=3,
        reap_every_seconds=0.5,
        poll_seconds=0.5,
        retry_wait_seconds=0,
        processing=fake.__name__,
        pipeline_factory=f"{fake.__name__}:FakePipeline",
        retention_cron=None,
    )
    return dataclasses.replace(options, **overrides)


@contextlib.contextmanager
def running_workers(
    options: WorkerOptions, processes: int, log_path: Path, env: dict[str, str] | None = None
) -> Iterator[subprocess.Popen]:
    """``run_workers`` in a process group of its own, stopped (or killed) whatever happens."""
    code = (
        "import json, sys\n"
        "from service.worker import WorkerOptions, run_workers\n"
        "sys.exit(run_workers(WorkerOptions(**json.loads(sys.argv[1])), int(sys.argv[2])))\n"
    )
    env = {**os.environ, **(env or {}), "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-c", code, json.dumps(dataclasses.asdict(options)), str(processes)],
            env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=15)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # any worker process left behind
        proc.wait()
        print(log_path.read_text(errors="replace")[-6000:])  # shown when the test fails


def wait_until(predicate: Callable[[], object], timeout: float, what: str) -> object:
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = predicate()
            if value:
                return value
        except psycopg.OperationalError:
            pass  # the database is restarting
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.2)


def fetch(database_url: str, sql: str, *params) -> list[dict]:
    with psycopg.connect(database_url, row_factory=dict_row, connect_timeout=3) as conn:
        return conn.execute(sql, params).fetchall()


def application(database_url: str, application_id: int) -> dict:
    return fetch(database_url, "SELECT * FROM fake_applications WHERE id = %s", application_id)[0]


def job_of(database_url: str, application_id: int) -> dict:
    return fetch(
        database_url,
        "SELECT id, status, attempts FROM procrastinate_jobs WHERE args->>'application_id' = %s",
        str(application_id),
    )[0]


def add_and_enqueue(
    database_url: str, application_id: int, behaviour: str = "ok", sleep: float = 0
) -> None:
    # As the upload route does: the row and its job commit together, or neither does.
    with psycopg.connect(database_url) as conn:
        fake.add_application(conn, application_id, behaviour, sleep)
        assert queue.enqueue_processing(application_id, conn) is not None


@pytest.fixture
def db(database_url: str) -> str:
    with psycopg.connect(database_url, autocommit=True) as conn:
        fake.create_tables(conn)
    return database_url


# --- queueing ------------------------------------------------------------------------------------
def test_enqueue_joins_the_callers_transaction_and_never_queues_twice(db):
    with psycopg.connect(db) as conn:
        fake.add_application(conn, 1)
        job_id = queue.enqueue_processing(1, conn)
        assert queue.enqueue_processing(1, conn) is None  # already waiting
        conn.execute("SELECT 1")  # the transaction survived the refused duplicate
    with psycopg.connect(db) as conn:
        fake.add_application(conn, 2)
        queue.enqueue_processing(2, conn)
        conn.rollback()  # the upload failed: its job goes with it
    jobs = fetch(db, "SELECT id, args FROM procrastinate_jobs")
    assert jobs == [{"id": job_id, "args": {"application_id": 1}}]


def test_apply_schema_if_missing_is_idempotent(empty_database_url):
    assert queue.apply_schema_if_missing(empty_database_url) is True
    assert queue.apply_schema_if_missing(empty_database_url) is False


def test_capped_retry_counts_runs_and_never_retries_media_errors():
    from procrastinate.jobs import Job

    from pipelines.errors import NotMediaError

    policy = queue.CappedRetry(max_attempts=3)
    job = lambda attempts: Job(id=1, queue="default", lock=None, queueing_lock=None,  # noqa: E731
                               task_name=queue.PROCESS_APPLICATION, attempts=attempts)
    assert policy.get_retry_decision(exception=RuntimeError(), job=job(0)) is not None
    assert policy.get_retry_decision(exception=RuntimeError(), job=job(1)) is not None
    assert policy.get_retry_decision(exception=RuntimeError(), job=job(2)) is None
    assert policy.get_retry_decision(exception=NotMediaError("x"), job=job(0)) is None


# --- workers -------------------------------------------------------------------------------------
def test_jobs_complete_and_each_process_builds_one_pipeline(db, tmp_path):
    for application_id in (1, 2, 3):
        add_and_enqueue(db, application_id)
    with running_workers(fast_options(db), processes=1, log_path=tmp_path / "workers.log"):
        wait_until(
            lambda: all(application(db, i)["status"] == "done" for i in (1, 2, 3)), 20, "3 jobs"
        )
    rows = [application(db, i) for i in (1, 2, 3)]
    assert [r["runs"] for r in rows] == [1, 1, 1]
    assert [r["pipeline_loads"] for r in rows] == [[1], [1], [1]]  # built on the first job, kept
    assert [job_of(db, i)["status"] for i in (1, 2, 3)] == ["succeeded"] * 3


def test_a_job_whose_worker_is_killed_is_completed_by_another(db, tmp_path):
    add_and_enqueue(db, 1, "ok", sleep=3)
    with running_workers(fast_options(db), processes=2, log_path=tmp_path / "workers.log"):
        pid = wait_until(lambda: application(db, 1)["pids"], 20, "the job to start")[0]
        os.kill(pid, signal.SIGKILL)
        wait_until(lambda: application(db, 1)["status"] == "done", 30, "the job to be retried")
    row, job = application(db, 1), job_of(db, 1)
    assert row["runs"] == 2 and row["pids"][0] == pid != row["pids"][1]
    assert job["status"] == "succeeded"
    assert job["attempts"] == 2  # the lost run counts


def test_a_job_that_always_fails_ends_failed_with_its_error(db, tmp_path):
    add_and_enqueue(db, 1, "fail")
    add_and_enqueue(db, 2, "media")
    with running_workers(fast_options(db), processes=1, log_path=tmp_path / "workers.log"):
        wait_until(lambda: job_of(db, 1)["status"] == "failed", 20, "the failing job to give up")
        wait_until(lambda: job_of(db, 2)["status"] == "failed", 20, "the bad media job to fail")
        time.sleep(1)  # room for a wrong extra retry
    failing, bad_media = application(db, 1), application(db, 2)
    assert failing["runs"] == 3 and failing["status"] == "failed" and job_of(db, 1)["attempts"] == 3
    assert failing["error"] == (
        "Processing failed after 3 attempt(s): synthetic failure of application 1"
    )
    assert bad_media["runs"] == 1 and bad_media["status"] == "rejected"  # media errors: no retry


def test_a_file_that_kills_every_worker_ends_failed_instead_of_looping(db, tmp_path):
    add_and_enqueue(db, 1, "crash")
    add_and_enqueue(db, 2, "ok")
    with running_workers(fast_options(db), processes=2, log_path=tmp_path / "workers.log"):
        wait_until(lambda: job_of(db, 1)["status"] == "failed", 40, "the crashing job to give up")
        wait_until(lambda: application(db, 2)["status"] == "done", 10, "the healthy job")
        time.sleep(1.5)
    row = application(db, 1)
    assert row["runs"] == 3 and row["status"] == "failed"
    assert "stopped unexpectedly 3 time(s)" in row["error"]


def test_workers_run_the_retention_purge_on_schedule(db, tmp_path):
    options = fast_options(db, retention_cron="* * * * * */2")  # every 2 s (6th field: seconds)
    env = {"BLINDSCREEN_DATA_DIR": str(tmp_path / "data")}
    with running_workers(options, processes=1, log_path=tmp_path / "workers.log", env=env):
        wait_until(
            lambda: fetch(
                db,
                "SELECT 1 FROM procrastinate_jobs WHERE task_name = %s AND status = 'succeeded'",
                queue.PURGE_EXPIRED,
            ),
            20, "a retention purge",
        )


def _pg_ctlcluster(action: str) -> None:
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action],
        check=True, capture_output=True, timeout=60,
    )


def _system_server_is_local(database_url: str) -> bool:
    info = psycopg.conninfo.conninfo_to_dict(database_url)
    return info.get("host") in ("127.0.0.1", "localhost") and Path("/etc/postgresql").is_dir()


def test_jobs_resume_after_postgresql_restarts(db, tmp_path):
    if not _system_server_is_local(db):
        pytest.skip("restarts the local system PostgreSQL only")
    for application_id in range(1, 7):
        add_and_enqueue(db, application_id, "ok", sleep=1)
    # Stalled longer than the restart, so no live job is mistaken for a dead one.
    options = fast_options(db, stalled_after_seconds=8, max_attempts=5)
    try:
        with running_workers(options, processes=2, log_path=tmp_path / "workers.log"):
            wait_until(lambda: application(db, 1)["status"] == "done", 20, "the first job")
            _pg_ctlcluster("restart")
            wait_until(
                lambda: all(application(db, i)["status"] == "done" for i in range(1, 7)), 60,
                "every job after the restart",
            )
    finally:
        try:
            fetch(db, "SELECT 1")
        except psycopg.OperationalError:
            _pg_ctlcluster("start")
    assert [job_of(db, i)["status"] for i in range(1, 7)] == ["succeeded"] * 6


# --- the embedded database -----------------------------------------------------------------------
def test_embedded_postgresql_starts_serves_other_processes_and_stops(tmp_path):
    from service.embedded_pg import start_embedded, stop_embedded

    pgdata = tmp_path / "data" / "pg"
    ask = ("import sys, time; from pathlib import Path; from service.embedded_pg import"
           " start_embedded; print(start_embedded(Path(sys.argv[1])), flush=True);"
           " time.sleep(float(sys.argv[2]))")
    url = start_embedded(pgdata)
    try:
        assert queue.apply_schema_if_missing(url) is True
        # Another process (a worker) asking for it gets the same running server.
        child = subprocess.run([sys.executable, "-c", ask, str(pgdata), "0"],
                               capture_output=True, text=True, timeout=60, check=True)
        assert child.stdout.strip() == url
        # One that is SIGKILLed while using it must not keep the server alive for ever.
        doomed = subprocess.Popen([sys.executable, "-c", ask, str(pgdata), "60"],
                                  stdout=subprocess.PIPE, text=True)
        assert doomed.stdout.readline().strip() == url
        doomed.kill()
        doomed.wait()
        assert queue.enqueue_processing(1, url) is not None
        assert fetch(url, "SELECT count(*) AS n FROM procrastinate_jobs")[0]["n"] == 1
        assert fetch(url, "SHOW server_version")[0]["server_version"].startswith("16")
    finally:
        stop_embedded(pgdata)
    assert not (pgdata / "postmaster.pid").exists()
    with pytest.raises(psycopg.OperationalError):
        fetch(url, "SELECT 1")
