"""Authorization, one place per resource: each dependency loads a job, an application or a flag
*for* a kind of user and refuses if that user may not touch it.

Wrong role: 403. Right role but not theirs (another manager's job, a job the reviewer is not
assigned to, another candidate's application): 404, so ids reveal nothing. Routes receive the row
only through these, so a route cannot forget a check.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal
from uuid import UUID

from fastapi import Depends, Path

from . import db
from .auth import User
from .deps import Auditor, Candidate, ConnDep, CurrentUser, Manager, PoolDep, Reviewer
from .errors import Forbidden, NotFound

Row = dict[str, Any]

JobId = Annotated[int, Path(description="Job id", examples=[1], ge=1, le=2**63 - 1)]
ApplicationId = Annotated[UUID, Path(description="Application id (random UUID)")]
FlagId = Annotated[int, Path(description="Flag id", examples=[1], ge=1, le=2**63 - 1)]


# --- jobs ----------------------------------------------------------------------------------------
def _job(conn: db.Connection, job_id: int) -> Row:
    job = db.fetch_one(conn, "job_by_id", id=job_id)
    if job is None:
        raise NotFound(f"no job {job_id}")
    return job


def _reviewer_assigned(conn: db.Connection, job_id: int, reviewer: User) -> bool:
    row = db.fetch_one(conn, "is_assigned", job_id=job_id, reviewer_id=reviewer.id)
    return bool(row and row["assigned"])


def visible_job(job_id: JobId, user: CurrentUser, conn: ConnDep) -> Row:
    """Candidates and auditors see every job, managers their own, reviewers their assigned ones."""
    job = _job(conn, job_id)
    if user.role == "manager" and job["created_by"] != user.id:
        raise NotFound(f"no job {job_id}")
    if user.role == "reviewer" and not _reviewer_assigned(conn, job_id, user):
        raise NotFound(f"no job {job_id}")
    return job


def job_for_manager(job_id: JobId, user: Manager, conn: ConnDep) -> Row:
    job = _job(conn, job_id)
    if job["created_by"] != user.id:
        raise NotFound(f"no job {job_id}")
    return job


def job_for_reviewer(job_id: JobId, user: Reviewer, conn: ConnDep) -> Row:
    job = _job(conn, job_id)
    if not _reviewer_assigned(conn, job_id, user):
        raise NotFound(f"no job {job_id}")
    return job


def job_for_auditor(job_id: JobId, user: Auditor, conn: ConnDep) -> Row:
    return _job(conn, job_id)


VisibleJob = Annotated[Row, Depends(visible_job)]
JobForManager = Annotated[Row, Depends(job_for_manager)]
JobForReviewer = Annotated[Row, Depends(job_for_reviewer)]
JobForAuditor = Annotated[Row, Depends(job_for_auditor)]


# --- applications --------------------------------------------------------------------------------
def _application(conn: db.Connection, application_id: UUID) -> Row:
    application = db.fetch_one(conn, "application_by_id", id=application_id)
    if application is None:
        raise NotFound(f"no application {application_id}")
    return application


def load_application_for_candidate(conn: db.Connection, application_id: UUID, user: User) -> Row:
    application = _application(conn, application_id)
    if application["candidate_id"] != user.id:
        raise NotFound(f"no application {application_id}")
    return application


def application_for_candidate(application_id: ApplicationId, user: Candidate, conn: ConnDep) -> Row:
    return load_application_for_candidate(conn, application_id, user)


def application_for_upload(application_id: ApplicationId, user: Candidate, pool: PoolDep) -> Row:
    """Like ApplicationForCandidate, on a short connection of its own: an upload can take minutes
    and must not hold a pooled connection all that time."""
    with db.connection(pool) as conn:
        return load_application_for_candidate(conn, application_id, user)


def application_for_reviewer(application_id: ApplicationId, user: Reviewer, conn: ConnDep) -> Row:
    """Only processed applications of a job the reviewer is assigned to."""
    application = _application(conn, application_id)
    if application["status"] != "processed" or not _reviewer_assigned(
        conn, application["job_id"], user
    ):
        raise NotFound(f"no application {application_id}")
    return application


def application_for_manager(application_id: ApplicationId, user: Manager, conn: ConnDep) -> Row:
    application = _application(conn, application_id)
    if application["job_manager_id"] != user.id:
        raise NotFound(f"no application {application_id}")
    return application


@dataclass(frozen=True)
class ApplicationAccess:
    """An application and how the caller relates to it."""

    application: Row
    user: User
    relation: Literal["candidate", "reviewer", "manager"]


def application_for_anyone(
    application_id: ApplicationId, user: CurrentUser, conn: ConnDep
) -> ApplicationAccess:
    """The owner, an assigned reviewer or the job's manager; auditors never see one application."""
    if user.role == "candidate":
        row = load_application_for_candidate(conn, application_id, user)
    elif user.role == "reviewer":
        row = application_for_reviewer(application_id, user, conn)
    elif user.role == "manager":
        row = application_for_manager(application_id, user, conn)
    else:
        raise Forbidden("auditors see aggregates, not individual applications")
    return ApplicationAccess(row, user, user.role)  # type: ignore[arg-type]


def application_for_staff(
    application_id: ApplicationId, user: CurrentUser, conn: ConnDep
) -> ApplicationAccess:
    """An assigned reviewer or the job's manager (the blind side)."""
    if user.role == "reviewer":
        return ApplicationAccess(application_for_reviewer(application_id, user, conn), user,
                                 "reviewer")
    if user.role == "manager":
        return ApplicationAccess(application_for_manager(application_id, user, conn), user,
                                 "manager")
    raise Forbidden(f"a {user.role} cannot do this; it takes a reviewer or manager")


def application_for_owner_or_manager(
    application_id: ApplicationId, user: CurrentUser, conn: ConnDep
) -> ApplicationAccess:
    """The candidate who owns it or the job's manager (flags)."""
    if user.role == "candidate":
        return ApplicationAccess(load_application_for_candidate(conn, application_id, user), user,
                                 "candidate")
    if user.role == "manager":
        return ApplicationAccess(application_for_manager(application_id, user, conn), user,
                                 "manager")
    raise Forbidden(f"a {user.role} cannot do this; it takes a candidate or manager")


ApplicationForCandidate = Annotated[Row, Depends(application_for_candidate)]
ApplicationForUpload = Annotated[Row, Depends(application_for_upload)]
ApplicationForReviewer = Annotated[Row, Depends(application_for_reviewer)]
ApplicationForManager = Annotated[Row, Depends(application_for_manager)]
ApplicationForAnyone = Annotated[ApplicationAccess, Depends(application_for_anyone)]
ApplicationForStaff = Annotated[ApplicationAccess, Depends(application_for_staff)]
ApplicationForOwnerOrManager = Annotated[
    ApplicationAccess, Depends(application_for_owner_or_manager)
]


# --- flags ---------------------------------------------------------------------------------------
def flag_for_manager(flag_id: FlagId, user: Manager, conn: ConnDep) -> Row:
    flag = db.fetch_one(conn, "flag_by_id", id=flag_id)
    if flag is None or flag["job_manager_id"] != user.id:
        raise NotFound(f"no flag {flag_id}")
    return flag


FlagForManager = Annotated[Row, Depends(flag_for_manager)]
