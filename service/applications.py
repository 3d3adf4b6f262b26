"""Applications: a candidate applies with consent, uploads, and may withdraw (erasure).

The candidate's declared identifiers are sealed with the service key (bound to the application
id) before they reach the database; they are opened only to process the video (as ``known``
words to redact) and, after a reveal, for the hiring manager.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timezone
from typing import Any
from uuid import UUID

from . import audit, db
from .auth import User
from .consent import CONSENT_TEXTS, CURRENT_CONSENT_VERSION
from .crypto import decrypt_bytes, encrypt_bytes
from .errors import Conflict, InvalidInput, NotFound
from .schemas import ApplicationCreate, Identity
from .storage import Storage

log = logging.getLogger("blindscreen.applications")


def identity_aad(application_id: UUID | str) -> bytes:
    return f"blindscreen identity {application_id}".encode()


def seal_identity(key: bytes, application_id: UUID | str, identity: Identity) -> bytes:
    return encrypt_bytes(key, identity.model_dump_json().encode(), identity_aad(application_id))


def open_identity(key: bytes, application_id: UUID | str, sealed: bytes) -> Identity:
    return Identity.model_validate_json(decrypt_bytes(key, bytes(sealed), identity_aad(application_id)))


def create(conn: db.Connection, key: bytes, candidate: User, body: ApplicationCreate) -> UUID:
    if body.consent_version not in CONSENT_TEXTS:
        raise InvalidInput(f"unknown consent version {body.consent_version!r}; read GET "
                           "/api/v1/consent and agree to its version", code="unknown_consent")
    if body.consent_version != CURRENT_CONSENT_VERSION:
        raise InvalidInput(f"consent version {body.consent_version} is outdated; read GET "
                           f"/api/v1/consent and agree to {CURRENT_CONSENT_VERSION}",
                           code="outdated_consent")
    if db.fetch_one(conn, "job_by_id", id=body.job_id) is None:
        raise NotFound(f"no job {body.job_id}")
    application_id = uuid.uuid4()
    try:
        db.execute(
            conn, "insert_application", id=application_id, job_id=body.job_id,
            candidate_id=candidate.id, consent_version=body.consent_version,
            consented_at=datetime.now(timezone.utc),
            identity_enc=seal_identity(key, application_id, body.identity),
        )
    except Conflict:
        raise Conflict("you have already applied to this job", code="already_applied") from None
    audit.record(conn, "application.created", actor=candidate, job_id=body.job_id,
                 application_id=application_id, consent_version=body.consent_version)
    return application_id


def links(application_id: UUID | str) -> dict[str, str]:
    base = f"/api/v1/applications/{application_id}"
    return {"upload_url": f"{base}/video", "status_url": base}


def candidate_view(row: dict[str, Any]) -> dict[str, Any]:
    fields = ("id", "job_id", "status", "stage", "error", "consent_version", "consented_at",
              "created_at", "uploaded_at", "processed_at")
    return {**{f: row.get(f) for f in fields}, **links(row["id"])}


def blind_view(row: dict[str, Any]) -> dict[str, Any]:
    fields = ("id", "job_id", "status", "stage", "open_flags", "submitted_reviews", "processed_at")
    return {f: row.get(f) for f in fields}


def erase(db_or_pool: Any, storage: Storage, application_id: UUID | str, actor: User | None) -> None:
    """Withdrawal: delete the media, the transcripts, reviews, flags, decisions, reveals and the
    application itself; forget the candidate's name if nothing else of theirs remains. Only audit
    entries (ids, no personal data) are kept.

    In three steps, so that a crash anywhere leaves a ``withdrawn`` row that ``finish_erasures``
    completes: hide the application, delete its media, delete its rows.
    """
    with db.connection(db_or_pool) as conn, conn.transaction():
        row = db.fetch_one(conn, "mark_withdrawn", id=application_id)
        if row is None:
            raise NotFound(f"no application {application_id}")
        audit.record(conn, "application.withdrawn", actor=actor, job_id=row["job_id"],
                     application_id=application_id)
    _finish_erasure(db_or_pool, storage, row)


def _finish_erasure(db_or_pool: Any, storage: Storage, row: dict[str, Any]) -> None:
    if row["media_key"]:
        storage.delete(row["media_key"])
    with db.connection(db_or_pool) as conn, conn.transaction():
        db.execute(conn, "delete_application", id=row["id"])
        db.execute(conn, "erase_candidate_if_idle", id=row["candidate_id"])
        audit.record(conn, "application.erased", actor=None, job_id=row["job_id"],
                     application_id=row["id"])
    log.info("application erased", extra={"application_id": row["id"], "job_id": row["job_id"]})


def finish_erasures(db_or_pool: Any, storage: Storage) -> int:
    """Complete erasures interrupted by a crash; how many were completed."""
    with db.connection(db_or_pool) as conn:
        rows = db.fetch_all(conn, "withdrawn_applications")
    for row in rows:
        _finish_erasure(db_or_pool, storage, row)
    return len(rows)


def declared_known(key: bytes, application_id: UUID | str, sealed: bytes) -> list[str]:
    """The candidate's declared identifiers, as the pipeline's ``known`` words."""
    return open_identity(key, application_id, sealed).known()


