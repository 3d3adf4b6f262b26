"""Flags: a candidate's report of a missed redaction, resolved by the job's manager."""

from typing import Annotated, Literal

from fastapi import APIRouter, Query, status

from .. import db, flags
from ..access import ApplicationForCandidate, ApplicationForOwnerOrManager, FlagForManager, JobForManager, Row
from ..deps import Candidate, ConnDep, Manager
from ..schemas import ERRORS, FlagCreate, FlagOut, FlagResolve

router = APIRouter(tags=["flags"], responses={401: ERRORS[401], 403: ERRORS[403],
                                               404: ERRORS[404]})


@router.post("/applications/{application_id}/flags", response_model=FlagOut,
             status_code=status.HTTP_201_CREATED,
             summary="Flag words that still identify me; holds the transcript back (candidate)",
             responses={409: ERRORS[409], 422: ERRORS[422]})
def raise_flag(body: FlagCreate, application: ApplicationForCandidate, candidate: Candidate,
               conn: ConnDep) -> Row:
    return flags.raise_flag(conn, application, candidate, body.phrase, body.note)


@router.get("/applications/{application_id}/flags", response_model=list[FlagOut],
            summary="An application's flags (its candidate, the job's manager)")
def application_flags(access: ApplicationForOwnerOrManager, conn: ConnDep) -> list[Row]:
    return db.fetch_all(conn, "flags_for_application", application_id=access.application["id"])


@router.get("/jobs/{job_id}/flags", response_model=list[FlagOut],
            summary="Flags raised on a job's applications (its manager)")
def job_flags(job: JobForManager, conn: ConnDep,
              status_: Annotated[Literal["open", "redacted", "dismissed"] | None,
                                 Query(alias="status")] = None) -> list[Row]:
    return db.fetch_all(conn, "flags_for_job", job_id=job["id"], status=status_)


@router.post("/flags/{flag_id}/resolve", response_model=FlagOut,
             summary="Redact the flagged words everywhere, or dismiss the flag (the job's manager)",
             responses={409: ERRORS[409]})
def resolve_flag(body: FlagResolve, flag: FlagForManager, manager: Manager,
                 conn: ConnDep) -> Row:
    return flags.resolve(conn, flag, manager, body.action)
