"""Flags: a candidate reports words of the redacted transcript that still identify them. While a
flag is open the transcript is held back from reviewers; the job's manager resolves it."""

from __future__ import annotations

from typing import Any

from . import audit, db, transcripts
from .auth import User
from .errors import Conflict


def raise_flag(conn: db.Connection, application: dict[str, Any], candidate: User, phrase: str,
               note: str) -> dict[str, Any]:
    if application["status"] != "processed":
        raise Conflict("there is no transcript to flag yet", code="not_processed")
    transcripts.check_phrase_in_redacted(conn, application["id"], phrase)
    row = db.fetch_one(conn, "insert_flag", application_id=application["id"],
                       phrase=phrase.strip(), note=note)
    assert row is not None
    audit.record(conn, "flag.raised", actor=candidate, job_id=application["job_id"],
                 application_id=application["id"], flag_id=row["id"])
    return row


def resolve(conn: db.Connection, flag: dict[str, Any], manager: User, action: str) -> dict:
    if flag["status"] != "open":
        raise Conflict(f"this flag is already {flag['status']}", code="resolved")
    replaced = 0
    if action == "redact":
        replaced = transcripts.redact_phrase(conn, flag["application_id"], flag["phrase"])
    row = db.fetch_one(conn, "resolve_flag", id=flag["id"],
                       status="redacted" if action == "redact" else "dismissed",
                       resolved_by=manager.id)
    if row is None:
        raise Conflict("this flag was resolved meanwhile", code="resolved")
    audit.record(conn, f"flag.{row['status']}", actor=manager, job_id=flag["job_id"],
                 application_id=flag["application_id"], flag_id=flag["id"], replaced=replaced)
    return row
