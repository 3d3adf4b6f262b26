"""What an auditor sees of a job: aggregates only (redactions by category, stages, statuses)."""

from __future__ import annotations

from typing import Any

from . import audit, db
from .auth import User
from .jobs import view as job_view


def job_report(conn: db.Connection, job: dict[str, Any], auditor: User) -> dict[str, Any]:
    counts = db.fetch_all(conn, "job_redaction_counts", job_id=job["id"])
    outcomes = db.fetch_all(conn, "job_outcomes", job_id=job["id"])
    stages: dict[str, int] = {"screening": 0, "advanced": 0, "rejected": 0}
    statuses: dict[str, int] = {}
    for row in outcomes:
        stages[row["stage"]] += row["count"]
        statuses[row["status"]] = statuses.get(row["status"], 0) + row["count"]
    audit.record(conn, "report.viewed", actor=auditor, job_id=job["id"])
    return {
        "job_id": job["id"], "title": job["title"], "policy": job_view(job)["policy"],
        "applications": sum(statuses.values()),
        "redactions": {r["category"]: {"count": r["count"], "applications": r["applications"]}
                       for r in counts},
        "stages": stages, "statuses": statuses,
    }
