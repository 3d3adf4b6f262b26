"""The manager's side after blind review: advance or reject, then reveal an advanced candidate.

A decision needs the job's number of submitted reviews and is final. A reveal needs an advanced
application and a reason; it is recorded (who, when, why) and so is every later access to the
identity or the original video. The reason is stored with the reveal, not in the audit log, so
that erasure can remove it with the rest of the application.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from . import audit, db
from .applications import open_identity
from .auth import User
from .errors import Conflict, Forbidden, Gone
from .media import read_media
from .storage import Storage
from .transcripts import open_raw


def decide(conn: db.Connection, application: dict[str, Any], manager: User, outcome: str) -> dict:
    if application["status"] != "processed":
        raise Conflict("only processed applications can be decided", code="not_processed")
    if application["stage"] != "screening":
        raise Conflict(f"already decided: {application['stage']}", code="decided")
    needed = application["reviews_required"] - application["submitted_reviews"]
    if needed > 0:
        raise Conflict(f"{needed} more submitted review(s) needed before deciding",
                       code="reviews_needed")
    stage = "advanced" if outcome == "advance" else "rejected"
    row = db.fetch_one(conn, "insert_decision", application_id=application["id"], outcome=stage,
                       decided_by=manager.id)
    audit.record(conn, f"application.{stage}", actor=manager, job_id=application["job_id"],
                 application_id=application["id"])
    assert row is not None
    return row


def _identity(conn: db.Connection, key: bytes, application: dict[str, Any]) -> dict[str, Any]:
    sealed = db.fetch_one(conn, "application_identity", id=application["id"])
    transcript = db.fetch_one(conn, "transcript_for", application_id=application["id"])
    assert sealed is not None
    return {
        "application_id": application["id"],
        "identity": open_identity(key, application["id"], sealed["identity_enc"]).model_dump(),
        "video_url": (f"/api/v1/applications/{application['id']}/video"
                      if application["media_key"] else None),
        "original": open_raw(key, application["id"], transcript["raw_enc"]) if transcript else None,
    }


def reveal(conn: db.Connection, key: bytes, application: dict[str, Any], manager: User,
           reason: str) -> dict[str, Any]:
    if application["stage"] != "advanced":
        raise Conflict("only an advanced candidate can be revealed; decide first",
                       code="not_advanced")
    row = db.fetch_one(conn, "insert_reveal", application_id=application["id"],
                       revealed_by=manager.id, reason=reason.strip())
    assert row is not None
    audit.record(conn, "identity.revealed", actor=manager, job_id=application["job_id"],
                 application_id=application["id"], reveal_id=row["id"])
    return {**_identity(conn, key, application), "reveal_id": row["id"], "reason": row["reason"],
            "revealed_at": row["revealed_at"]}


def _require_reveal(conn: db.Connection, application: dict[str, Any]) -> None:
    if not db.fetch_all(conn, "reveals_for", application_id=application["id"]):
        raise Forbidden("reveal the candidate first (POST .../reveal with a reason)",
                        code="not_revealed")


def identity(conn: db.Connection, key: bytes, application: dict[str, Any], manager: User) -> dict:
    _require_reveal(conn, application)
    audit.record(conn, "identity.viewed", actor=manager, job_id=application["job_id"],
                 application_id=application["id"])
    return _identity(conn, key, application)


def video(conn: db.Connection, storage: Storage, key: bytes, application: dict[str, Any],
          manager: User) -> Iterator[bytes]:
    """The decrypted original video; the access is logged before the first byte is sent."""
    _require_reveal(conn, application)
    if not application["media_key"] or not storage.exists(application["media_key"]):
        raise Gone("the video was deleted at the end of the retention period", code="media_deleted")
    audit.record(conn, "video.downloaded", actor=manager, job_id=application["job_id"],
                 application_id=application["id"])
    return read_media(storage, key, application["media_key"])
