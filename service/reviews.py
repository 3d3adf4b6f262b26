"""Blind review: a queue per reviewer, scores per rubric criterion, locked on submit.

The queue's order is random per reviewer and job (md5 of reviewer, job and application ids) yet
stable between calls, so no two reviewers share an order effect and a page reload changes nothing.
A reviewer sees other reviewers' scores only after submitting their own.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from psycopg.types.json import Jsonb

from . import audit, db
from .auth import User
from .errors import Conflict, Forbidden, InvalidInput
from .schemas import ReviewDraft


def queue(conn: db.Connection, job: dict[str, Any], reviewer: User, *, limit: int, offset: int,
          after: UUID | None = None, include_submitted: bool = False,
          include_segments: bool = False) -> dict[str, Any]:
    """A page of the reviewer's queue: ``offset`` items skipped, or the items ``after`` one."""
    if after is not None and offset:
        raise InvalidInput("give either after or offset, not both", code="invalid_paging")
    rows = db.fetch_all(conn, "reviewer_queue", job_id=job["id"], reviewer_id=reviewer.id,
                        limit=limit, offset=offset, after=after,
                        include_submitted=include_submitted, include_segments=include_segments)
    items = [
        {"application_id": r["application_id"],
         "transcript": {"text": r["redacted_text"], "segments": r["redacted_segments"]},
         "draft": r["draft"], "submitted": r["submitted_at"] is not None}
        for r in rows
    ]
    next_after = items[-1]["application_id"] if len(items) == limit else None
    return {"job_id": job["id"], "rubric": job["rubric"], "items": items,
            "next_after": next_after}


def _view(row: dict[str, Any]) -> dict[str, Any]:
    return {"application_id": row["application_id"], "scores": row["scores"],
            "comment": row["comment"], "submitted_at": row["submitted_at"],
            "locked": row["submitted_at"] is not None}


def _check_reviewable(application: dict[str, Any]) -> None:
    if application["stage"] != "screening":
        raise Conflict(f"this application is already {application['stage']}; reviews are closed",
                       code="decided")
    if application["open_flags"] > 0:
        raise Conflict("this transcript is held back while a possible missed redaction is "
                       "checked", code="held_back")


def own(conn: db.Connection, application: dict[str, Any], reviewer: User) -> dict[str, Any]:
    row = db.fetch_one(conn, "review_for", application_id=application["id"], reviewer_id=reviewer.id)
    if row is None:
        return {"application_id": application["id"], "scores": {}, "comment": "",
                "submitted_at": None, "locked": False}
    return _view(row)


def save_draft(conn: db.Connection, application: dict[str, Any], reviewer: User,
               draft: ReviewDraft) -> dict[str, Any]:
    _check_reviewable(application)
    criteria = {c["key"] for c in application["rubric"]}
    unknown = sorted(set(draft.scores) - criteria)
    if unknown:
        raise InvalidInput(f"not in this job's rubric: {', '.join(unknown)}; criteria are "
                           f"{', '.join(sorted(criteria))}", code="unknown_criterion")
    row = db.fetch_one(conn, "save_review_draft", application_id=application["id"],
                       reviewer_id=reviewer.id, scores=Jsonb(draft.scores), comment=draft.comment)
    if row is None:
        raise Conflict("your review is submitted and locked", code="locked")
    return _view(row)


def submit(conn: db.Connection, application: dict[str, Any], reviewer: User) -> dict[str, Any]:
    _check_reviewable(application)
    current = db.fetch_one(conn, "review_for", application_id=application["id"],
                           reviewer_id=reviewer.id)
    if current is not None and current["submitted_at"] is not None:
        raise Conflict("your review is already submitted and locked", code="locked")
    missing = [c["key"] for c in application["rubric"]
               if current is None or c["key"] not in current["scores"]]
    if missing:
        raise InvalidInput(f"score every criterion before submitting; missing: {', '.join(missing)}",
                           code="incomplete_review")
    row = db.fetch_one(conn, "submit_review", application_id=application["id"],
                       reviewer_id=reviewer.id)
    if row is None:
        raise Conflict("your review is already submitted and locked", code="locked")
    audit.record(conn, "review.submitted", actor=reviewer, job_id=application["job_id"],
                 application_id=application["id"])
    return _view(row)


def submitted(conn: db.Connection, application: dict[str, Any], user: User) -> dict[str, Any]:
    """Everyone's submitted reviews: for the manager, or a reviewer who has submitted theirs."""
    if user.role == "reviewer":
        mine = db.fetch_one(conn, "review_for", application_id=application["id"],
                            reviewer_id=user.id)
        if mine is None or mine["submitted_at"] is None:
            raise Forbidden("submit your own review first; then you can see the others",
                            code="submit_first")
    rows = db.fetch_all(conn, "submitted_reviews", application_id=application["id"])
    reviews = [{k: r[k] for k in ("reviewer_id", "reviewer_name", "scores", "comment",
                                  "submitted_at")} for r in rows]
    return {"application_id": application["id"],
            "reviews_required": application["reviews_required"], "reviews": reviews}
