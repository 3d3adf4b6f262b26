"""Blind review: the reviewer's queue and their scores."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query

from .. import reviews
from ..access import ApplicationForReviewer, ApplicationForStaff, JobForReviewer
from ..deps import ConnDep, Reviewer
from ..schemas import ERRORS, QueueOut, ReviewDraft, ReviewOut, ReviewsOut

router = APIRouter(tags=["reviews"], responses={401: ERRORS[401], 403: ERRORS[403],
                                                 404: ERRORS[404]})


@router.get("/jobs/{job_id}/queue", response_model=QueueOut,
            summary="My blind queue: redacted transcripts in my own random order (reviewer)")
def queue(job: JobForReviewer, reviewer: Reviewer, conn: ConnDep,
          limit: Annotated[int, Query(ge=1, le=200)] = 20,
          offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
          after: Annotated[UUID | None, Query(
              description="Items after this application in your order (the previous page's "
                          "next_after); not with offset")] = None,
          include_submitted: bool = False,
          include_segments: Annotated[bool, Query(
              description="Also return each transcript's timed segments")] = False) -> dict:
    return reviews.queue(conn, job, reviewer, limit=limit, offset=offset, after=after,
                         include_submitted=include_submitted, include_segments=include_segments)


@router.get("/applications/{application_id}/review", response_model=ReviewOut,
            summary="My review of an application (reviewer)")
def my_review(application: ApplicationForReviewer, reviewer: Reviewer, conn: ConnDep) -> dict:
    return reviews.own(conn, application, reviewer)


@router.put("/applications/{application_id}/review", response_model=ReviewOut,
            summary="Save my scores, not yet submitted (reviewer)",
            responses={409: ERRORS[409], 422: ERRORS[422]})
def save_review(body: ReviewDraft, application: ApplicationForReviewer, reviewer: Reviewer,
                conn: ConnDep) -> dict:
    return reviews.save_draft(conn, application, reviewer, body)


@router.post("/applications/{application_id}/review/submit", response_model=ReviewOut,
             summary="Submit and lock my review (reviewer)",
             responses={409: ERRORS[409], 422: ERRORS[422]})
def submit_review(application: ApplicationForReviewer, reviewer: Reviewer, conn: ConnDep) -> dict:
    return reviews.submit(conn, application, reviewer)


@router.get("/applications/{application_id}/reviews", response_model=ReviewsOut,
            summary="Submitted reviews (the job's manager; a reviewer after submitting theirs)")
def all_reviews(access: ApplicationForStaff, conn: ConnDep) -> dict:
    return reviews.submitted(conn, access.application, access.user)
