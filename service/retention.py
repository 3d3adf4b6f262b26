"""Retention: raw media and raw transcripts are deleted once they are older than their job's
retention period (counted from the upload). The redacted transcript, scores and decisions stay;
the declared identity stays until the candidate withdraws, so a reveal still names them.

Run ``purge_expired`` periodically (the worker schedules it; ``blindscreen retention`` runs it
once). It also finishes erasures that a crash interrupted.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from . import applications, audit, db
from .storage import Storage

log = logging.getLogger("blindscreen.retention")


@dataclass(frozen=True)
class PurgeReport:
    media_deleted: int = 0
    raw_transcripts_deleted: int = 0
    erasures_finished: int = 0


def purge_expired(db_or_pool: Any, storage: Storage, *, now: datetime | None = None,
                  batch: int = 500) -> PurgeReport:
    """Delete what has outlived its retention period; what was deleted."""
    now = now or datetime.now(timezone.utc)
    media = raw = 0
    while True:
        with db.connection(db_or_pool) as conn:
            rows = db.fetch_all(conn, "expired_media", now=now, limit=batch)
        for row in rows:
            if row["media_key"]:
                storage.delete(row["media_key"])
            with db.connection(db_or_pool) as conn, conn.transaction():
                if row["media_key"]:
                    db.execute(conn, "forget_media", id=row["id"])
                    media += 1
                if row["has_raw_transcript"]:
                    db.execute(conn, "forget_raw_transcript", id=row["id"])
                    raw += 1
                audit.record(conn, "retention.purged", actor=None, job_id=row["job_id"],
                             application_id=row["id"], media=bool(row["media_key"]),
                             raw_transcript=row["has_raw_transcript"])
        if len(rows) < batch:
            break
    erased = applications.finish_erasures(db_or_pool, storage)
    report = PurgeReport(media, raw, erased)
    log.info("retention purge: %d media, %d raw transcripts deleted; %d erasures finished",
             media, raw, erased)
    return report
