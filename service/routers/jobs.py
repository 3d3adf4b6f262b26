"""Jobs and their reviewers."""

from typing import Annotated

from fastapi import APIRouter, Path, status

from .. import db, jobs
from ..access import JobForManager, Row, VisibleJob
from ..deps import ConnDep, CurrentUser, Manager, SettingsDep
from ..schemas import ERRORS, JobCreate, JobOut, ReviewerAssign, ReviewerOut

router = APIRouter(tags=["jobs"], responses={401: ERRORS[401]})


@router.post("/jobs", response_model=JobOut, status_code=status.HTTP_201_CREATED,
             summary="Create a job with a rubric and a pinned policy (manager)",
             responses={403: ERRORS[403], 404: ERRORS[404], 409: ERRORS[409], 422: ERRORS[422]})
def create_job(body: JobCreate, manager: Manager, conn: ConnDep, settings: SettingsDep) -> dict:
    return jobs.view(jobs.create(conn, settings, manager, body))


@router.get("/jobs", response_model=list[JobOut],
            summary="Jobs: all (candidates, auditors), own (managers), assigned (reviewers)")
def list_jobs(user: CurrentUser, conn: ConnDep) -> list[dict]:
    return [jobs.view(row) for row in jobs.list_for(conn, user)]


@router.get("/jobs/{job_id}", response_model=JobOut, summary="One job",
            responses={404: ERRORS[404]})
def get_job(job: VisibleJob) -> dict:
    return jobs.view(job)


@router.get("/jobs/{job_id}/reviewers", response_model=list[ReviewerOut],
            summary="The job's reviewers (its manager)", responses={403: ERRORS[403], 404: ERRORS[404]})
def list_reviewers(job: JobForManager, conn: ConnDep) -> list[Row]:
    return db.fetch_all(conn, "list_job_reviewers", job_id=job["id"])


@router.post("/jobs/{job_id}/reviewers", status_code=status.HTTP_204_NO_CONTENT,
             summary="Assign a reviewer (its manager)",
             responses={403: ERRORS[403], 404: ERRORS[404], 422: ERRORS[422]})
def assign_reviewer(body: ReviewerAssign, job: JobForManager, manager: Manager,
                    conn: ConnDep) -> None:
    jobs.assign(conn, job, manager, body.reviewer_id)


@router.delete("/jobs/{job_id}/reviewers/{reviewer_id}", status_code=status.HTTP_204_NO_CONTENT,
               summary="Unassign a reviewer (its manager)",
               responses={403: ERRORS[403], 404: ERRORS[404]})
def unassign_reviewer(reviewer_id: Annotated[int, Path(ge=1, le=2**63 - 1)], job: JobForManager,
                      manager: Manager, conn: ConnDep) -> None:
    jobs.unassign(conn, job, manager, reviewer_id)
