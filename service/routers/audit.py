"""What the auditor reads: the audit log and per-job aggregates, never identities."""

from typing import Annotated

from fastapi import APIRouter, Query

from .. import db, reports
from ..access import JobForAuditor
from ..deps import Auditor, ConnDep
from ..schemas import ERRORS, AuditPage, JobReport

router = APIRouter(tags=["audit"], responses={401: ERRORS[401], 403: ERRORS[403]})


@router.get("/audit/log", response_model=AuditPage, summary="The audit log, oldest first (auditor)")
def audit_log(
    auditor: Auditor, conn: ConnDep,
    after_id: Annotated[int, Query(ge=0, le=2**63 - 1, description="Entries after this id")] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    job_id: Annotated[int | None, Query(ge=1, le=2**63 - 1)] = None,
    action: Annotated[str | None, Query(max_length=100, examples=["identity.revealed"])] = None,
) -> dict:
    entries = db.fetch_all(conn, "list_audit", after_id=after_id, limit=limit, job_id=job_id,
                           action=action)
    return {"entries": entries,
            "next_after_id": entries[-1]["id"] if len(entries) == limit else None}


@router.get("/audit/jobs/{job_id}", response_model=JobReport,
            summary="A job's redactions by category and outcomes in aggregate (auditor)",
            responses={404: ERRORS[404]})
def job_report(job: JobForAuditor, auditor: Auditor, conn: ConnDep) -> dict:
    return reports.job_report(conn, job, auditor)
