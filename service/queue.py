"""The job queue: procrastinate on blindscreen's own PostgreSQL.

An upload becomes one job, ``blindscreen.process_application(application_id)``. A worker process
runs it with the pipeline it loaded once (``WorkerResources``) and the service's
``service.processing.process_application``.

Attempts are capped in one place, ``CappedRetry``: a job that raised is retried until it has run
``max_attempts`` times, then it ends ``failed`` and the application records the error. Media errors
(a file that is not a usable video) are permanent and never retried: ``process_application``
records them itself. Jobs whose worker died (SIGKILL, out of memory, lost machine) are handled by
the stalled-job reaper in ``service.worker`` under the same cap.

Workers also run ``blindscreen.purge_expired`` on a schedule (``service.retention``): media and
raw transcripts past their retention period are deleted even when nobody runs it by hand.

Nothing here connects at import: ``build_app`` makes a procrastinate ``App`` bound to one database.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from typing import Any
from uuid import UUID

import procrastinate
from procrastinate import exceptions as procrastinate_errors
from procrastinate import schema
from procrastinate.jobs import Job
from procrastinate.retry import RetryDecision

from pipelines.errors import MediaError

logger = logging.getLogger("blindscreen.queue")

PROCESS_APPLICATION = "blindscreen.process_application"
PURGE_EXPIRED = "blindscreen.purge_expired"
# Serialises concurrent `apply_schema_if_missing` calls (API and workers starting together).
SCHEMA_LOCK_KEY = 7_355_608_101


class CappedRetry(procrastinate.BaseRetryStrategy):
    """Retry a failed job until it has run ``max_attempts`` times; never retry a media error.

    ``job.attempts`` counts the runs that already ended (0 on the first run); a run ended by a
    dead worker counts too (see ``service.worker.reap_stalled_jobs``).
    """

    def __init__(self, max_attempts: int, wait_seconds: float = 0.0):
        if max_attempts < 1:
            raise ValueError(f"max_attempts must be at least 1, not {max_attempts}")
        self.max_attempts = max_attempts
        self.wait_seconds = wait_seconds

    def is_last_attempt(self, job: Job) -> bool:
        return job.attempts + 1 >= self.max_attempts

    def get_retry_decision(self, *, exception: BaseException, job: Job) -> RetryDecision | None:
        if isinstance(exception, MediaError) or self.is_last_attempt(job):
            return None
        # Linear backoff: a database or disk hiccup gets a moment to pass.
        return RetryDecision(retry_in={"seconds": self.wait_seconds * (job.attempts + 1)})


class WorkerResources:
    """What one worker process loads once and shares between its jobs.

    The pipelines (their speech and language models) are built on the first job, not at start-up
    or import, and then reused. ``processing`` names the module that does the work; it must
    provide ``process_application(pool, application_id, pipeline)`` and ``record_failure(pool,
    application_id, message)``. ``pipeline_factory`` ("module:callable") builds what is passed as
    ``pipeline``. Tests substitute a module of their own for both.
    """

    def __init__(
        self,
        database_url: str,
        *,
        processing: str = "service.processing",
        pipeline_factory: str = "service.processing:PipelineCache",
        pool_size: int = 2,
    ):
        self.database_url = database_url
        self.processing_name = processing
        self.pipeline_factory = pipeline_factory
        self.pool_size = pool_size
        self._lock = threading.Lock()
        self._pool = None
        self._pipeline = None

    @property
    def processing(self):
        return importlib.import_module(self.processing_name)

    def pool(self):
        with self._lock:
            if self._pool is None:
                from psycopg.rows import dict_row
                from psycopg_pool import ConnectionPool

                # Rows as dicts, like service.db's connections; `check` replaces connections
                # that died with a database restart before a job gets one.
                self._pool = ConnectionPool(
                    self.database_url,
                    min_size=1,
                    max_size=self.pool_size,
                    kwargs={"row_factory": dict_row, "application_name": "blindscreen-worker"},
                    check=ConnectionPool.check_connection,
                    name="blindscreen-worker",
                    open=True,
                )
            return self._pool

    def pipeline(self):
        with self._lock:
            if self._pipeline is None:
                logger.info("loading the pipeline for this worker process",
                            extra={"action": "load_pipeline"})
                self._pipeline = _load_object(self.pipeline_factory)()
            return self._pipeline

    def process(self, application_id: int | str | UUID) -> None:
        self.processing.process_application(self.pool(), application_id, self.pipeline())

    def record_failure(self, application_id: int | str | UUID, message: str) -> None:
        """Mark the application failed for good, with ``message`` for the candidate."""
        self.processing.record_failure(self.pool(), application_id, message)

    def purge_expired(self) -> Any:
        """Delete media and raw transcripts past their retention period."""
        from service.config import get_settings
        from service.retention import purge_expired
        from service.storage import LocalStorage

        return purge_expired(self.pool(), LocalStorage(get_settings().media_dir))

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.close()
                self._pool = None


def build_app(
    database_url: str,
    *,
    max_attempts: int = 3,
    retry_wait_seconds: float = 5.0,
    pool_size: int = 4,
    retention_cron: str | None = None,
) -> procrastinate.App:
    """A procrastinate App bound to ``database_url`` with blindscreen's tasks. Not opened yet.

    ``retention_cron`` (e.g. ``"7 * * * *"``, hourly) schedules ``purge_expired``; workers set it,
    the API, which only queues jobs, need not.
    """
    connector = procrastinate.PsycopgConnector(
        conninfo=database_url,
        min_size=1,
        max_size=pool_size,
        kwargs={"application_name": "blindscreen-queue"},
    )
    app = procrastinate.App(connector=connector)
    app.task(
        name=PROCESS_APPLICATION,
        pass_context=True,
        retry=CappedRetry(max_attempts, retry_wait_seconds),
    )(process_application)
    purge = app.task(
        name=PURGE_EXPIRED, pass_context=True, queueing_lock=PURGE_EXPIRED
    )(purge_expired)
    if retention_cron:
        app.periodic(cron=retention_cron)(purge)
    return app


def process_application(context: procrastinate.JobContext, application_id: int | str) -> None:
    """The job: process one uploaded application; record the error when giving up on it."""
    resources: WorkerResources = context.additional_context["resources"]
    job = context.job
    ids = {"queue_job_id": job.id, "application_id": str(application_id),
           "attempt": job.attempts + 1}
    logger.info(f"queue job {job.id}: processing application",
                extra={**ids, "action": "process_start"})
    try:
        resources.process(_application_key(application_id))
    except MediaError as error:
        # Permanent: process_application has recorded it; CappedRetry does not retry it.
        logger.info(f"queue job {job.id}: media rejected",
                    extra={**ids, "action": "process_rejected", "error_type": type(error).__name__})
        raise
    except Exception as error:
        final = context.task.get_retry_exception(error, job) is None
        logger.warning(
            f"queue job {job.id}: processing failed" + ("; giving up" if final else "; will retry"),
            extra={**ids, "action": "process_failed", "error_type": type(error).__name__},
        )
        if final:
            message = f"Processing failed after {job.attempts + 1} attempt(s): {error}"
            try:
                resources.record_failure(_application_key(application_id), message)
            except Exception as record_error:
                logger.error(
                    f"queue job {job.id}: could not record the failure",
                    extra={**ids, "action": "record_failure",
                           "error_type": type(record_error).__name__},
                )
        raise
    logger.info(f"queue job {job.id}: application processed",
                extra={**ids, "action": "process_done"})


def purge_expired(context: procrastinate.JobContext, timestamp: int) -> None:
    """The periodic job: retention (``service.retention.purge_expired``)."""
    report = context.additional_context["resources"].purge_expired()
    logger.info(f"queue job {context.job.id}: retention purge done: {report}",
                extra={"action": "purge_expired"})


def _application_key(value: int | str) -> int | str | UUID:
    """Job arguments are JSON: a UUID travels as text and comes back as a UUID."""
    if isinstance(value, str):
        try:
            return UUID(value)
        except ValueError:
            return value
    return value


def enqueue_processing(application_id: int | str | UUID, target: Any) -> int | None:
    """Queue the processing of one application; return the job id, or None if already queued.

    ``target`` is one of:

    * a psycopg ``Connection``: the job is created inside the caller's transaction, so it exists
      exactly when the upload is committed (preferred: no upload is ever left without its job);
    * a connection string: the job is committed on its own connection;
    * an open procrastinate ``App`` (from ``build_app``).
    """
    if isinstance(target, str):
        import psycopg

        with psycopg.connect(target) as conn:
            return enqueue_processing(application_id, conn)
    deferrer = _deferrer(application_id, target, sync=True)
    try:
        if isinstance(target, procrastinate.App):
            return deferrer.defer(application_id=_json_key(application_id))
        # A savepoint, so that "already queued" does not abort the caller's transaction.
        with target.transaction():
            return deferrer.defer(application_id=_json_key(application_id))
    except procrastinate_errors.AlreadyEnqueued:
        return None


async def enqueue_processing_async(application_id: int | str | UUID, target: Any) -> int | None:
    """Async ``enqueue_processing``: ``target`` is a psycopg ``AsyncConnection`` or an open App."""
    deferrer = _deferrer(application_id, target, sync=False)
    try:
        if isinstance(target, procrastinate.App):
            return await deferrer.defer_async(application_id=_json_key(application_id))
        async with target.transaction():
            return await deferrer.defer_async(application_id=_json_key(application_id))
    except procrastinate_errors.AlreadyEnqueued:
        return None


def _json_key(application_id: int | str | UUID) -> int | str:
    return application_id if isinstance(application_id, int) else str(application_id)


def _deferrer(application_id: int | str | UUID, target: Any, *, sync: bool):
    # `lock` keeps two runs of one application from overlapping; `queueing_lock` keeps a second
    # waiting job from being queued while one waits.
    key = f"application-{application_id}"
    options: dict[str, Any] = {"lock": key, "queueing_lock": key}
    if isinstance(target, procrastinate.App):
        return target.configure_task(PROCESS_APPLICATION, **options)
    from procrastinate import manager, tasks

    connector = procrastinate.SyncPsycopgConnector() if sync else procrastinate.PsycopgConnector()
    return tasks.configure_task(
        name=PROCESS_APPLICATION,
        job_manager=manager.JobManager(connector),
        connection=target,
        **options,
    )


def apply_schema_if_missing(target: Any) -> bool:
    """Create procrastinate's tables unless they exist; return True if they were created.

    ``target`` is a connection string or a psycopg ``Connection`` (the work then happens in the
    caller's transaction, e.g. as an ``extra`` step of ``service.db.migrate``). Safe to call from
    several processes at once. Upgrading procrastinate later needs its own migrations
    (``procrastinate schema --migrations-path``); see docs/workers.md.
    """
    if isinstance(target, str):
        import psycopg

        with psycopg.connect(target) as conn:
            return apply_schema_if_missing(conn)
    with target.transaction():
        target.execute("SELECT pg_advisory_xact_lock(%s)", [SCHEMA_LOCK_KEY])
        if queue_schema_exists(target):
            return False
        target.execute(schema.SchemaManager.get_schema())
    logger.info("procrastinate schema applied", extra={"action": "queue_schema"})
    return True


def queue_schema_exists(conn) -> bool:
    """True if procrastinate's tables exist in the database of ``conn`` (a psycopg Connection)."""
    row = conn.execute("SELECT to_regclass('procrastinate_jobs') IS NOT NULL AS present").fetchone()
    return row["present"] if isinstance(row, dict) else row[0]


def _load_object(path: str) -> Callable[[], Any]:
    module_name, _, attribute = path.partition(":")
    return getattr(importlib.import_module(module_name), attribute)
