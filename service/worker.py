"""Worker processes: run queued jobs, survive crashes of workers and of the database.

``blindscreen worker`` starts a ``WorkerPool``: N processes on this machine, each a procrastinate
worker that loads the pipeline once. Run it on as many machines as you like against one
PostgreSQL; jobs are handed out with ``FOR UPDATE SKIP LOCKED``, so each runs once at a time.

What happens when things break:

* A job raises: procrastinate retries it (``service.queue.CappedRetry``) up to ``max_attempts``
  runs, then it ends ``failed`` and the application records the error.
* A worker process dies mid-job (SIGKILL, out of memory, machine lost): its job stays ``doing``.
  Every worker sends a heartbeat each ``heartbeat_seconds``; every worker process also runs a
  reaper that finds ``doing`` jobs whose worker has been silent for ``stalled_after_seconds`` and
  puts them back in the queue, counting the lost run as an attempt. A file that kills its worker
  every time therefore ends ``failed`` after ``max_attempts`` runs instead of looping. The pool
  restarts the dead process on this machine.
* PostgreSQL restarts or is unreachable: a worker whose connections fail stops, waits (backing off
  up to 30 s) and starts again; jobs left ``doing`` are reaped as above. Nothing is lost, but a job
  may run twice, so processing must be idempotent.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import multiprocessing
import os
import signal
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import wait as wait_for_processes
from typing import Any

from pipelines.errors import BlindscreenError

logger = logging.getLogger("blindscreen.worker")

# Only one reaper at a time across all machines: the select and the retries happen under it.
REAPER_LOCK_KEY = 7_355_608_102
MAX_BACKOFF_SECONDS = 30.0


class WorkerError(BlindscreenError):
    """The workers cannot start (unreachable database, missing schema)."""


@dataclass(frozen=True)
class WorkerOptions:
    """Everything a worker process needs, as plain values so it crosses process boundaries."""

    #: PostgreSQL URL shared by the API and every worker.
    database_url: str
    #: Jobs one process runs at once. Jobs are CPU-bound and share the process's pipeline, so
    #: prefer more processes to more concurrency.
    concurrency: int = 1
    #: Runs of one job before it ends failed (failed runs and runs lost with their worker).
    max_attempts: int = 3
    #: How often a worker tells the database it is alive.
    heartbeat_seconds: float = 10.0
    #: A worker silent this long is presumed dead and its jobs are retried. Keep it several
    #: heartbeats long, and longer than a database restart takes.
    stalled_after_seconds: float = 60.0
    #: Pause before retrying a job that raised, times the number of runs so far.
    retry_wait_seconds: float = 5.0
    #: Fallback polling for new jobs (new jobs normally arrive by LISTEN/NOTIFY at once).
    poll_seconds: float = 5.0
    #: How often the reaper looks for stalled jobs.
    reap_every_seconds: float = 10.0
    #: Queues to take jobs from; None means all.
    queues: tuple[str, ...] | None = None
    #: Module providing process_application() and record_failure() (see WorkerResources).
    processing: str = "service.processing"
    #: "module:callable" building the pipeline(s), called once per process on its first job.
    pipeline_factory: str = "service.processing:PipelineCache"
    #: When to run the retention purge (cron; None: never). One worker runs each occurrence.
    retention_cron: str | None = "7 * * * *"
    log_level: str = "INFO"

    @classmethod
    def from_settings(cls, settings: Any, database_url: str, **overrides: Any) -> WorkerOptions:
        options = cls(
            database_url=database_url,
            max_attempts=settings.job_max_attempts,
            heartbeat_seconds=settings.heartbeat_seconds,
            stalled_after_seconds=settings.stalled_after_seconds,
            reap_every_seconds=settings.heartbeat_seconds,
            log_level=settings.log_level,
        )
        return dataclasses.replace(options, **overrides)


# --- one worker process --------------------------------------------------------------------------
def run_worker_process(options: WorkerOptions, name: str = "blindscreen-worker") -> None:
    """Entry point of one worker process: run jobs until SIGTERM (twice: exit at once)."""
    setup_logging(options.log_level)
    # Ctrl-C reaches every process of the terminal's group; the pool decides what to do with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    asyncio.run(_main(options, name))


async def _main(options: WorkerOptions, name: str) -> None:
    stop = asyncio.Event()

    def on_sigterm() -> None:
        if stop.is_set():
            logger.warning("second stop request: exiting now; running jobs will be retried")
            os._exit(1)
        logger.info("stop requested: finishing running jobs")
        stop.set()

    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, on_sigterm)
    await run_worker(options, stop, name=name)


async def run_worker(
    options: WorkerOptions, stop: asyncio.Event, *, name: str = "blindscreen-worker"
) -> None:
    """Run a procrastinate worker and the stalled-job reaper until ``stop`` is set.

    When the database goes away the worker stops; it is started again here, with backoff.
    """
    from service.queue import WorkerResources

    resources = WorkerResources(
        options.database_url,
        processing=options.processing,
        pipeline_factory=options.pipeline_factory,
        pool_size=options.concurrency + 1,
    )
    backoff = 1.0
    try:
        while not stop.is_set():
            started = time.monotonic()
            try:
                await _run_until_stopped_or_broken(options, resources, stop, name)
            except Exception as error:  # the database is away, most likely
                logger.error(f"worker stopped: {error}",
                             extra={"error_type": type(error).__name__, "action": "worker_stopped"})
            if stop.is_set():
                break
            lived = time.monotonic() - started
            backoff = 1.0 if lived > 60 else min(backoff * 2, MAX_BACKOFF_SECONDS)
            logger.info(f"restarting the worker in {backoff:.0f} s",
                        extra={"action": "worker_restart"})
            try:
                await asyncio.wait_for(stop.wait(), timeout=backoff)
            except TimeoutError:
                pass
    finally:
        await asyncio.to_thread(resources.close)


async def _run_until_stopped_or_broken(options, resources, stop: asyncio.Event, name: str) -> None:
    from procrastinate.worker import Worker

    from service.queue import build_app

    app = build_app(
        options.database_url,
        max_attempts=options.max_attempts,
        retry_wait_seconds=options.retry_wait_seconds,
        pool_size=options.concurrency + 3,  # jobs, heartbeat, fetch, reaper
        retention_cron=options.retention_cron,
    )
    async with app.open_async():
        worker = Worker(
            app,
            queues=options.queues,
            name=name,
            concurrency=options.concurrency,
            fetch_job_polling_interval=options.poll_seconds,
            abort_job_polling_interval=max(options.poll_seconds, 1.0),
            install_signal_handlers=False,
            update_heartbeat_interval=options.heartbeat_seconds,
            stalled_worker_timeout=options.stalled_after_seconds,
            additional_context={"resources": resources},
        )
        helpers = [
            asyncio.create_task(_reap_forever(app, options, resources), name="reaper"),
            asyncio.create_task(_beat_forever(app, worker, options), name="heartbeat"),
            asyncio.create_task(_stop_on(stop, worker), name="stopper"),
        ]
        try:
            await worker.run()
        finally:
            for task in helpers:
                task.cancel()
            await asyncio.gather(*helpers, return_exceptions=True)


async def _beat_forever(app, worker, options: WorkerOptions) -> None:
    """A second heartbeat that outlives database outages.

    procrastinate's own heartbeat task ends at its first database error, and procrastinate 3.10
    stops watching its side tasks once the periodic deferrer returns (at once, when there are no
    periodic tasks), so after an outage a healthy worker would fall silent and see its running
    jobs retried elsewhere.
    """
    while True:
        await asyncio.sleep(options.heartbeat_seconds)
        if worker.worker_id is None:
            continue
        try:
            await app.job_manager.update_heartbeat(worker.worker_id)
        except Exception as error:
            logger.warning(f"heartbeat failed: {error}", extra={"error_type": type(error).__name__})


async def _stop_on(stop: asyncio.Event, worker) -> None:
    await stop.wait()
    worker.stop()


# --- stalled jobs --------------------------------------------------------------------------------
async def _reap_forever(app, options: WorkerOptions, resources) -> None:
    while True:
        await asyncio.sleep(options.reap_every_seconds)
        try:
            await reap_stalled_jobs(app, options, resources)
        except Exception as error:  # the database is away; the next round will do
            logger.warning(f"stalled-job check failed: {error}",
                           extra={"error_type": type(error).__name__})


async def reap_stalled_jobs(app, options: WorkerOptions, resources=None) -> dict[str, list[int]]:
    """Requeue (or, at the attempt cap, fail) jobs whose worker stopped sending heartbeats.

    Returns ``{"retried": [job ids], "failed": [job ids]}``. Runs under an advisory lock, so the
    reapers of many processes and machines never requeue a job twice.
    """
    from procrastinate import sql
    from procrastinate.jobs import Job
    from psycopg.rows import dict_row

    retried: list[Job] = []
    failed: list[Job] = []
    async with app.connector.pool.connection() as conn, conn.transaction():
        cursor = conn.cursor(row_factory=dict_row)
        await cursor.execute("SELECT pg_try_advisory_xact_lock(%s) AS locked", [REAPER_LOCK_KEY])
        if not (await cursor.fetchone())["locked"]:
            return {"retried": [], "failed": []}
        await cursor.execute(
            sql.queries["select_stalled_jobs_by_heartbeat"],
            {"queue": None, "task_name": None,
             "seconds_since_heartbeat": options.stalled_after_seconds},
        )
        for job in [Job.from_row(row) for row in await cursor.fetchall()]:
            if job.attempts + 1 >= options.max_attempts:
                await cursor.execute(
                    "SELECT procrastinate_finish_job_v1(%s, 'failed', false)", [job.id]
                )
                failed.append(job)
            else:
                await cursor.execute(
                    sql.queries["retry_job"],
                    {"job_id": job.id, "retry_at": None, "new_priority": None,
                     "new_queue_name": None, "new_lock": None},
                )
                await _notify_job_available(cursor, job)
                retried.append(job)
        await cursor.execute(
            sql.queries["prune_stalled_workers"],
            {"seconds_since_heartbeat": options.stalled_after_seconds},
        )
    for job in retried:
        logger.warning(
            f"queue job {job.id}: its worker stopped responding; queued again",
            extra=_job_ids(job, "reap_retry"),
        )
    for job in failed:
        logger.error(
            f"queue job {job.id}: its worker stopped responding; giving up",
            extra=_job_ids(job, "reap_fail"),
        )
        await _record_lost_job(job, options, resources)
    return {"retried": [job.id for job in retried], "failed": [job.id for job in failed]}


def _job_ids(job, action: str) -> dict[str, Any]:
    application_id = job.task_kwargs.get("application_id")
    return {
        "queue_job_id": job.id,
        "application_id": None if application_id is None else str(application_id),
        "attempt": job.attempts + 1,
        "action": action,
    }


async def _notify_job_available(cursor, job) -> None:
    # procrastinate notifies workers of new jobs only on INSERT; wake them for the requeued one.
    payload = json.dumps({"type": "job_inserted", "job_id": job.id})
    for channel in ("procrastinate_any_queue_v1", f"procrastinate_queue_v1#{job.queue}"):
        await cursor.execute("SELECT pg_notify(%s, %s)", [channel, payload])


async def _record_lost_job(job, options: WorkerOptions, resources) -> None:
    from service.queue import PROCESS_APPLICATION

    if resources is None or job.task_name != PROCESS_APPLICATION:
        return
    application_id = job.task_kwargs["application_id"]
    message = (
        f"Processing stopped unexpectedly {job.attempts + 1} time(s), for example because the"
        " worker ran out of memory; giving up on this file."
    )
    try:
        await asyncio.to_thread(resources.record_failure, application_id, message)
    except Exception as error:
        logger.error(
            f"queue job {job.id}: could not record the failure",
            extra={**_job_ids(job, "record_failure"), "error_type": type(error).__name__},
        )


# --- many processes ------------------------------------------------------------------------------
class WorkerPool:
    """N worker processes on this machine, each restarted when it dies."""

    def __init__(self, options: WorkerOptions, processes: int = 1):
        if processes < 1:
            raise ValueError(f"processes must be at least 1, not {processes}")
        self.options = options
        self.size = processes
        self._context = multiprocessing.get_context("spawn")  # no inherited threads or sockets
        self._processes: list[multiprocessing.process.BaseProcess | None] = [None] * processes
        self._restart_at: list[float | None] = [None] * processes
        self._backoff = [0.5] * processes
        self._started_at = [0.0] * processes
        self._stopping = False

    def pids(self) -> list[int]:
        return [p.pid for p in self._processes if p is not None and p.is_alive() and p.pid]

    def start(self) -> None:
        for index in range(self.size):
            self._spawn(index)

    def _spawn(self, index: int) -> None:
        name = f"blindscreen-worker-{index}"
        process = self._context.Process(
            target=run_worker_process, args=(self.options, name), name=name
        )
        process.start()
        self._processes[index] = process
        self._started_at[index] = time.monotonic()
        logger.info(f"started worker process {name} (pid {process.pid})", extra={"action": "spawn"})

    def watch(self, done: threading.Event, poll_seconds: float = 1.0) -> None:
        """Restart dead processes until ``done`` is set."""
        while not done.is_set() and not self._stopping:
            sentinels = [p.sentinel for p in self._processes if p is not None]
            wait_for_processes(sentinels, timeout=poll_seconds)
            if not done.is_set():
                self.restart_dead()

    def restart_dead(self) -> None:
        """Restart processes that died, after 1, 2, 4 … 30 s if they keep dying young."""
        now = time.monotonic()
        for index, process in enumerate(self._processes):
            if self._stopping or process is None or process.is_alive():
                continue
            if self._restart_at[index] is None:  # just found dead
                lived = now - self._started_at[index]
                doubled = min(self._backoff[index] * 2, MAX_BACKOFF_SECONDS)
                self._backoff[index] = 1.0 if lived > 60 else doubled
                self._restart_at[index] = now + self._backoff[index]
                logger.error(
                    f"worker process {process.name} (pid {process.pid}) exited with code"
                    f" {process.exitcode}; restarting it in {self._backoff[index]:.0f} s",
                    extra={"action": "respawn"},
                )
            if now >= self._restart_at[index]:
                self._restart_at[index] = None
                self._spawn(index)

    def join(self) -> None:
        """Stop restarting processes and wait until every one has exited."""
        self._stopping = True
        for process in self._processes:
            if process is not None:
                process.join()

    def stop(self, timeout: float | None = None) -> None:
        """Ask every process to finish its running jobs and exit; kill those left after timeout."""
        self._stopping = True
        self.signal_all(signal.SIGTERM)
        deadline = None if timeout is None else time.monotonic() + timeout
        for process in self._processes:
            if process is None:
                continue
            process.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                logger.warning(f"worker process {process.name} did not stop in time; killing it")
                process.kill()
                process.join()

    def signal_all(self, signum: int) -> None:
        for process in self._processes:
            if process is not None and process.is_alive() and process.pid:
                os.kill(process.pid, signum)


def setup_logging(level: str = "INFO") -> None:
    """JSON lines on stderr (``service.logs``) for blindscreen, and procrastinate's and psycopg's
    warnings through the same handler (their INFO lines repeat ours, without our ids)."""
    from service.logs import configure_logging

    configure_logging(level)
    handlers = logging.getLogger("blindscreen").handlers
    for name in ("procrastinate", "psycopg"):
        library = logging.getLogger(name)
        library.setLevel(logging.WARNING)
        library.propagate = False
        for handler in handlers:
            if handler not in library.handlers:
                library.addHandler(handler)


def check_database(database_url: str) -> None:
    """Fail fast, with a fix, when the workers could not work with this database."""
    import psycopg

    from service.queue import queue_schema_exists

    try:
        with psycopg.connect(database_url, connect_timeout=10) as conn:
            if not queue_schema_exists(conn):
                raise WorkerError(
                    "The job queue's tables are missing: run `blindscreen migrate` first."
                )
    except psycopg.OperationalError as e:
        raise WorkerError(
            f"Cannot reach the job queue's database: {str(e).strip()}. Check DATABASE_URL."
        ) from e


def run_workers(options: WorkerOptions, processes: int = 1) -> int:
    """``blindscreen worker``: run a pool until SIGINT/SIGTERM. A second signal stops at once."""
    setup_logging(options.log_level)
    check_database(options.database_url)
    pool = WorkerPool(options, processes)
    done = threading.Event()
    requests = 0

    def on_signal(signum, frame) -> None:
        nonlocal requests
        requests += 1
        if requests == 1:
            logger.info("stopping: waiting for running jobs (signal again to stop at once)")
        # The first SIGTERM asks a worker to finish its jobs; the second makes it exit now.
        pool.signal_all(signal.SIGTERM)
        done.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        pool.start()
        pool.watch(done)
        pool.join()
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        pool.stop(timeout=5)
    return 0
