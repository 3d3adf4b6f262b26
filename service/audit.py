"""The audit log: who did what to which job or application, and every access to identity data.

Entries are written in the same transaction as the action they record, so an access that is not
logged did not happen. ``details`` must never hold personal data (names, transcript text, reasons
typed by people): ids, counts and categories only. The database rejects UPDATE and DELETE.
"""

from __future__ import annotations

import logging
from typing import Any
from uuid import UUID

from psycopg.types.json import Jsonb

from . import db
from .auth import User

log = logging.getLogger("blindscreen.audit")


def record(
    conn: db.Connection,
    action: str,
    *,
    actor: User | None,
    job_id: int | None = None,
    application_id: UUID | str | None = None,
    **details: Any,
) -> None:
    db.execute(
        conn,
        "insert_audit",
        actor_id=actor.id if actor else None,
        actor_role=actor.role if actor else "system",
        action=action,
        job_id=job_id,
        application_id=application_id,
        details=Jsonb(details),
    )
    log.info(
        "audit",
        extra={
            "action": action,
            "user_id": actor.id if actor else None,
            "job_id": job_id,
            "application_id": application_id,
        },
    )
