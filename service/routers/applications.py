"""Applications: apply with consent, see status, withdraw (erasure)."""

from typing import Annotated, Literal

from fastapi import APIRouter, Query, status

from .. import applications, db
from ..access import ApplicationForAnyone, ApplicationForCandidate, JobForManager
from ..deps import Candidate, ConnDep, PoolDep, SettingsDep, StorageDep
from ..schemas import ERRORS, ApplicationCreate, ApplicationOut, BlindApplicationOut

router = APIRouter(tags=["applications"], responses={401: ERRORS[401]})


@router.post("/applications", response_model=ApplicationOut, status_code=status.HTTP_201_CREATED,
             summary="Apply to a job, consenting to blind review (candidate)",
             responses={403: ERRORS[403], 404: ERRORS[404], 409: ERRORS[409], 422: ERRORS[422]})
def apply(body: ApplicationCreate, candidate: Candidate, conn: ConnDep,
          settings: SettingsDep) -> dict:
    application_id = applications.create(conn, settings.key_bytes, candidate, body)
    row = db.fetch_one(conn, "application_by_id", id=application_id)
    assert row is not None
    return applications.candidate_view(row)


@router.get("/applications", response_model=list[ApplicationOut],
            summary="My applications (candidate)", responses={403: ERRORS[403]})
def my_applications(candidate: Candidate, conn: ConnDep) -> list[dict]:
    rows = db.fetch_all(conn, "list_candidate_applications", candidate_id=candidate.id)
    return [applications.candidate_view(r) for r in rows]


@router.get("/applications/{application_id}",
            response_model=ApplicationOut | BlindApplicationOut,
            summary="An application: full status for its candidate, blind for the employer",
            responses={403: ERRORS[403], 404: ERRORS[404]})
def get_application(access: ApplicationForAnyone) -> dict:
    if access.relation == "candidate":
        return applications.candidate_view(access.application)
    return applications.blind_view(access.application)


@router.delete("/applications/{application_id}", status_code=status.HTTP_204_NO_CONTENT,
               summary="Withdraw: erase the video, transcripts and personal data (candidate)",
               responses={403: ERRORS[403], 404: ERRORS[404]})
def withdraw(application: ApplicationForCandidate, candidate: Candidate, pool: PoolDep,
             storage: StorageDep) -> None:
    applications.erase(pool, storage, application["id"], candidate)


@router.get("/jobs/{job_id}/applications", response_model=list[BlindApplicationOut],
            summary="A job's applications, blind (its manager)",
            responses={403: ERRORS[403], 404: ERRORS[404]})
def job_applications(
    job: JobForManager, conn: ConnDep,
    stage: Annotated[Literal["screening", "advanced", "rejected"] | None, Query()] = None,
) -> list[dict]:
    rows = db.fetch_all(conn, "list_job_applications", job_id=job["id"], stage=stage)
    return [applications.blind_view(r) for r in rows]
