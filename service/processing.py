"""Processing one application: the worker's task body.

Claim the application (status ``processing``, one more attempt), decrypt its video to a private
temporary file, run the pipeline with the job's pinned policy and the candidate's declared
identifiers as ``known``, then store the sealed raw transcript, the redacted transcript and the
redaction counts and mark it ``processed`` — all in one transaction.

A ``MediaError`` (not a video, no audio, too long...) is the file's fault: the application ends
``failed`` with the error's message, shown to the candidate, and is not retried. Any other error
propagates so the worker retries; after ``job_max_attempts`` claims the application ends
``failed`` instead of looping (this also catches a file that kills its worker every time).
Running twice is harmless: a processed, failed or withdrawn application is left alone.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from uuid import UUID

from psycopg.types.json import Jsonb

from pipelines.errors import MediaError

from . import audit, db
from .applications import declared_known
from .config import Settings, get_settings
from .media import decrypt_media_to
from .storage import LocalStorage, Storage
from .transcripts import seal_raw

log = logging.getLogger("blindscreen.processing")

GAVE_UP = "processing failed {attempts} times; upload the video again or contact the employer"


class ProcessResultLike(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


class PipelineLike(Protocol):
    def process(self, path: str | Path, known: Any = ()) -> ProcessResultLike: ...


@dataclass(frozen=True)
class PinnedPolicy:
    name: str
    version: str
    hash: str
    content: str  # YAML source


_BASE_PIPELINE = None


def _default_factory(policy_path: Path) -> PipelineLike:
    """A pipeline for one pinned policy; all of them share one set of loaded models."""
    global _BASE_PIPELINE
    from pipelines.pipeline import Pipeline

    if _BASE_PIPELINE is None:
        _BASE_PIPELINE = Pipeline().load()
    return _BASE_PIPELINE.with_policy(policy_path)


class PipelineCache:
    """Pipelines per pinned policy, built on first use (keep one per worker process).

    ``factory(policy_yaml_path)`` builds a pipeline; the default builds
    ``pipelines.pipeline.Pipeline`` with that policy file. Jobs pin a policy's YAML in the
    database, so the policy used is the job's even after the preset file changes.
    """

    def __init__(self, factory: Callable[[Path], PipelineLike] | None = None, max_size: int = 4):
        self.factory = factory or _default_factory
        self.max_size = max_size
        self._pipelines: OrderedDict[str, PipelineLike] = OrderedDict()

    def for_policy(self, policy: PinnedPolicy) -> PipelineLike:
        if policy.hash in self._pipelines:
            self._pipelines.move_to_end(policy.hash)
            return self._pipelines[policy.hash]
        with tempfile.TemporaryDirectory(prefix="blindscreen-policy-") as folder:
            path = Path(folder) / f"{policy.name}.yaml"
            path.write_text(policy.content, encoding="utf-8")
            pipeline = self.factory(path)
        self._pipelines[policy.hash] = pipeline
        while len(self._pipelines) > self.max_size:
            self._pipelines.popitem(last=False)
        return pipeline


def process_application(
    db_or_pool: Any,
    application_id: UUID | str,
    pipeline: PipelineLike | PipelineCache,
    *,
    settings: Settings | None = None,
    storage: Storage | None = None,
) -> None:
    """Process one uploaded application (see the module docstring).

    ``db_or_pool``: a psycopg_pool.ConnectionPool, a conninfo string, or an autocommit
    connection. ``pipeline``: a ``PipelineCache`` (uses the job's pinned policy) or any object
    with ``process(path, known)`` (used as is; its policy is recorded as it reports it).
    """
    settings = settings or get_settings()
    storage = storage or LocalStorage(settings.media_dir)
    ids = {"application_id": str(application_id)}
    with db.connection(db_or_pool) as conn, conn.transaction():
        claimed = db.fetch_one(conn, "start_processing", id=application_id)
        policy_row = db.fetch_one(conn, "processing_policy", id=application_id) if claimed else None
    if claimed is None or policy_row is None:
        log.info("nothing to process (already done, failed or withdrawn)", extra=ids)
        return
    ids = {**ids, "job_id": claimed["job_id"], "attempt": claimed["attempts"]}
    if claimed["attempts"] > settings.job_max_attempts:
        _fail(db_or_pool, application_id, claimed["job_id"],
              GAVE_UP.format(attempts=settings.job_max_attempts))
        log.warning("gave up after repeated attempts", extra=ids)
        return
    if isinstance(pipeline, PipelineCache):
        pipeline = pipeline.for_policy(PinnedPolicy(**policy_row))

    key = settings.key_bytes
    known = declared_known(key, application_id, claimed["identity_enc"])
    started = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="blindscreen-media-") as folder:
            path = Path(folder) / "media"
            decrypt_media_to(storage, key, claimed["media_key"], path)
            result = pipeline.process(path, known=known).to_dict()
    except MediaError as e:
        _fail(db_or_pool, application_id, claimed["job_id"], str(e))
        log.info("media rejected", extra={**ids, "error_type": type(e).__name__})
        return
    _store(db_or_pool, key, application_id, claimed["job_id"], result, policy_row)
    log.info("processed", extra={**ids, "duration_ms": int((time.monotonic() - started) * 1000)})


def _store(db_or_pool: Any, key: bytes, application_id: UUID | str, job_id: int,
           result: dict[str, Any], pinned: dict[str, Any]) -> None:
    policy = result.get("policy") or {}
    if policy.get("hash") != pinned["hash"]:
        log.warning("pipeline policy differs from the job's pinned policy",
                    extra={"application_id": str(application_id), "job_id": job_id})
    redactions = [_without_text(r) for r in result.get("redactions", [])]
    counts = Counter(r["category"] for r in redactions)
    with db.connection(db_or_pool) as conn, conn.transaction():
        if db.fetch_one(conn, "lock_application", id=application_id) is None:
            return  # withdrawn while processing: keep nothing
        db.execute(
            conn, "save_transcript", application_id=application_id,
            raw_enc=seal_raw(key, application_id, result["transcript"]),
            redacted_text=result["redacted"]["text"],
            redacted_segments=Jsonb(result["redacted"]["segments"]),
            redactions=Jsonb(redactions),
            policy_name=policy.get("name", pinned["name"]),
            policy_version=policy.get("version", pinned["version"]),
            policy_hash=policy.get("hash", pinned["hash"]),
            duration=(result.get("media") or {}).get("duration")
            or result["transcript"].get("duration"),
        )
        db.execute(conn, "clear_redaction_counts", application_id=application_id)
        for category, count in sorted(counts.items()):
            db.execute(conn, "add_redaction_count", application_id=application_id,
                       category=category, count=count)
        db.execute(conn, "mark_processed", id=application_id)
        audit.record(conn, "application.processed", actor=None, job_id=job_id,
                     application_id=application_id, redactions=dict(counts))


REDACTION_FIELDS = ("category", "recognizer", "score", "action", "start", "end", "out_start",
                    "out_end", "replacement", "audio_start", "audio_end")


def _without_text(redaction: dict[str, Any]) -> dict[str, Any]:
    """Only offsets, categories and replacements: never the original words."""
    return {k: redaction.get(k) for k in REDACTION_FIELDS}


def _fail(db_or_pool: Any, application_id: UUID | str, job_id: int, message: str) -> None:
    with db.connection(db_or_pool) as conn, conn.transaction():
        db.execute(conn, "mark_failed", id=application_id, error=message[:1000])
        audit.record(conn, "application.failed", actor=None, job_id=job_id,
                     application_id=application_id)


def record_failure(db_or_pool: Any, application_id: UUID | str, message: str) -> None:
    """For the worker: retries are exhausted; the application ends failed with ``message``."""
    with db.connection(db_or_pool) as conn:
        row = db.fetch_one(conn, "lock_application", id=application_id)
    if row is not None:
        _fail(db_or_pool, application_id, row["job_id"], message)


