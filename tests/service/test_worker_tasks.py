"""A stand-in for ``service.processing`` in the worker fault tests (no test functions here).

The worker processes import it by name (``WorkerOptions.processing``), so the tests drive the real
queue, task, retry policy, reaper and process pool while each "application" behaves as its row in
``fake_applications`` says: succeed after a pause, raise, reject the media, or kill its worker.
Every run is counted with the pid that ran it, so a test can kill that process.
"""

from __future__ import annotations

import os
import signal
import time

from pipelines.errors import NotMediaError

SCHEMA = """
CREATE TABLE IF NOT EXISTS fake_applications (
    id integer PRIMARY KEY,
    behaviour text NOT NULL CHECK (behaviour IN ('ok', 'fail', 'media', 'crash')),
    sleep_seconds real NOT NULL DEFAULT 0,
    status text NOT NULL DEFAULT 'uploaded',
    error text,
    runs integer NOT NULL DEFAULT 0,
    pids integer[] NOT NULL DEFAULT '{}',
    pipeline_loads integer[] NOT NULL DEFAULT '{}'
)
"""


def create_tables(conn) -> None:
    conn.execute(SCHEMA)


def add_application(
    conn, application_id: int, behaviour: str = "ok", sleep_seconds: float = 0
) -> None:
    conn.execute(
        "INSERT INTO fake_applications (id, behaviour, sleep_seconds) VALUES (%s, %s, %s)",
        [application_id, behaviour, sleep_seconds],
    )


class FakePipeline:
    """Counts how many pipelines this process built: the worker must build exactly one."""

    built = 0

    def __init__(self) -> None:
        FakePipeline.built += 1


def process_application(pool, application_id: int, pipeline) -> None:
    with pool.connection() as conn:  # rows are dicts, as with service.db
        row = conn.execute(
            "UPDATE fake_applications SET runs = runs + 1, status = 'processing',"
            " pids = pids || %s::integer, pipeline_loads = pipeline_loads || %s::integer"
            " WHERE id = %s RETURNING behaviour, sleep_seconds",
            [os.getpid(), FakePipeline.built, application_id],
        ).fetchone()
    behaviour, sleep_seconds = row["behaviour"], row["sleep_seconds"]
    if behaviour == "crash":
        os.kill(os.getpid(), signal.SIGKILL)  # like the kernel's OOM killer
    time.sleep(sleep_seconds)
    if behaviour == "fail":
        raise RuntimeError(f"synthetic failure of application {application_id}")
    if behaviour == "media":
        record_failure(pool, application_id, "not a video", status="rejected")
        raise NotMediaError("not a video")
    with pool.connection() as conn:
        conn.execute("UPDATE fake_applications SET status = 'done' WHERE id = %s", [application_id])


def record_failure(pool, application_id: int, message: str, status: str = "failed") -> None:
    with pool.connection() as conn:
        conn.execute(
            "UPDATE fake_applications SET status = %s, error = %s WHERE id = %s",
            [status, message, application_id],
        )
