"""Transcripts: the raw one (sealed, for the candidate and, after reveal, the manager) and the
redacted one (what reviewers read). A candidate's open flag holds the redacted one back from
reviewers; a manager resolves it by redacting the flagged phrase everywhere or dismissing it."""

from __future__ import annotations

import json
import re
from typing import Any
from uuid import UUID

from psycopg.types.json import Jsonb

from . import audit, db
from .auth import User
from .crypto import decrypt_bytes, encrypt_bytes
from .errors import Conflict, InvalidInput, NotFound

FLAG_PLACEHOLDER = "[FLAGGED]"


def raw_aad(application_id: UUID | str) -> bytes:
    return f"blindscreen raw transcript {application_id}".encode()


def seal_raw(key: bytes, application_id: UUID | str, transcript: dict[str, Any]) -> bytes:
    plain = {"text": transcript["text"], "segments": transcript["segments"]}
    return encrypt_bytes(key, json.dumps(plain).encode(), raw_aad(application_id))


def open_raw(key: bytes, application_id: UUID | str, sealed: bytes | None) -> dict[str, Any] | None:
    if sealed is None:
        return None
    return json.loads(decrypt_bytes(key, bytes(sealed), raw_aad(application_id)))


def _stored(conn: db.Connection, application_id: UUID | str) -> dict[str, Any]:
    row = db.fetch_one(conn, "transcript_for", application_id=application_id)
    if row is None:
        raise NotFound("the transcript is not ready yet; check the application's status",
                       code="not_processed")
    return row


def _policy(row: dict[str, Any]) -> dict[str, str]:
    return {"name": row["policy_name"], "version": row["policy_version"], "hash": row["policy_hash"]}


def redacted(row: dict[str, Any]) -> dict[str, Any]:
    return {"text": row["redacted_text"], "segments": row["redacted_segments"]}


def preview(conn: db.Connection, key: bytes, application: dict[str, Any], user: User) -> dict:
    """The candidate's side-by-side view: what employers will read and what was heard."""
    row = _stored(conn, application["id"])
    audit.record(conn, "transcript.previewed", actor=user, job_id=application["job_id"],
                 application_id=application["id"])
    return {
        "application_id": application["id"],
        "policy": _policy(row),
        "redacted": redacted(row),
        "original": open_raw(key, application["id"], row["raw_enc"]),
        "redactions": row["redactions"],
        "held_back": application["open_flags"] > 0,
    }


def blind(conn: db.Connection, application: dict[str, Any], relation: str) -> dict[str, Any]:
    """The redacted transcript, for reviewers (not while a flag is open) and the manager."""
    if relation == "reviewer" and application["open_flags"] > 0:
        raise Conflict("this transcript is held back while a possible missed redaction is "
                       "checked; it returns to your queue when resolved", code="held_back")
    row = _stored(conn, application["id"])
    return {"application_id": application["id"], "redacted": redacted(row)}


def redact_phrase(conn: db.Connection, application_id: UUID | str, phrase: str) -> int:
    """Replace every occurrence of ``phrase`` (case-insensitive, whole words) in the redacted
    text and segments; how many were replaced. Recorded as redactions of category FLAGGED."""
    row = _stored(conn, application_id)
    pattern = re.compile(r"(?<!\w)" + re.escape(phrase.strip()) + r"(?!\w)", re.IGNORECASE)
    text, count = pattern.subn(FLAG_PLACEHOLDER, row["redacted_text"])
    if count == 0:
        return 0
    segments = [{**s, "text": pattern.sub(FLAG_PLACEHOLDER, s["text"])}
                for s in row["redacted_segments"]]
    # The pipeline's redaction list is left as it was (its offsets describe the pipeline's
    # output); flagged replacements are visible in the text and counted under FLAGGED.
    db.execute(conn, "update_redacted", application_id=application_id, redacted_text=text,
               redacted_segments=Jsonb(segments), redactions=Jsonb(row["redactions"]))
    db.execute(conn, "add_redaction_count", application_id=application_id, category="FLAGGED",
               count=count)
    return count


def check_phrase_in_redacted(conn: db.Connection, application_id: UUID | str, phrase: str) -> None:
    row = _stored(conn, application_id)
    if phrase.strip().lower() not in row["redacted_text"].lower():
        raise InvalidInput("that phrase is not in the redacted transcript; copy the exact words "
                           "that identify you from the preview", code="phrase_not_found")
