"""Jobs: created by a manager with a rubric, a pinned policy and a number of reviews; reviewers
are assigned to them."""

from __future__ import annotations

from typing import Any

from psycopg.types.json import Jsonb

from . import audit, db, policies
from .auth import User
from .config import Settings
from .errors import InvalidInput, NotFound
from .schemas import JobCreate


def view(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"], "title": row["title"], "rubric": row["rubric"],
        "policy": {"name": row["policy_name"], "version": row["policy_version"],
                   "hash": row["policy_hash"]},
        "reviews_required": row["reviews_required"], "retention_days": row["retention_days"],
        "created_at": row["created_at"],
    }


def create(conn: db.Connection, settings: Settings, manager: User, body: JobCreate) -> dict:
    name = body.policy or policies.default_preset()
    pinned = policies.pin(conn, name, body.policy_version, body.policy_hash)
    row = db.fetch_one(
        conn, "insert_job", title=body.title,
        rubric=Jsonb([c.model_dump() for c in body.rubric]), policy_id=pinned["id"],
        reviews_required=body.reviews_required,
        retention_days=body.retention_days or settings.default_retention_days,
        created_by=manager.id,
    )
    assert row is not None
    audit.record(conn, "job.created", actor=manager, job_id=row["id"], policy=pinned["name"],
                 policy_version=pinned["version"], policy_hash=pinned["hash"])
    job = db.fetch_one(conn, "job_by_id", id=row["id"])
    assert job is not None
    return job


def list_for(conn: db.Connection, user: User) -> list[dict[str, Any]]:
    return db.fetch_all(
        conn, "list_jobs",
        created_by=user.id if user.role == "manager" else None,
        reviewer_id=user.id if user.role == "reviewer" else None,
    )


def assign(conn: db.Connection, job: dict[str, Any], manager: User, reviewer_id: int) -> None:
    reviewer = db.fetch_one(conn, "user_by_id", id=reviewer_id)
    if reviewer is None:
        raise NotFound(f"no user {reviewer_id}")
    if reviewer["role"] != "reviewer":
        raise InvalidInput(f"user {reviewer_id} is a {reviewer['role']}, not a reviewer",
                           code="not_a_reviewer")
    db.execute(conn, "assign_reviewer", job_id=job["id"], reviewer_id=reviewer_id)
    audit.record(conn, "reviewer.assigned", actor=manager, job_id=job["id"],
                 reviewer_id=reviewer_id)


def unassign(conn: db.Connection, job: dict[str, Any], manager: User, reviewer_id: int) -> None:
    if db.execute(conn, "unassign_reviewer", job_id=job["id"], reviewer_id=reviewer_id) == 0:
        raise NotFound(f"reviewer {reviewer_id} is not assigned to job {job['id']}")
    audit.record(conn, "reviewer.unassigned", actor=manager, job_id=job["id"],
                 reviewer_id=reviewer_id)
