"""Uploading the video resume."""

from typing import Annotated

from fastapi import APIRouter, Header, Request, status

from .. import uploads
from ..access import ApplicationForUpload
from ..deps import Candidate, EnqueueDep, PoolDep, SettingsDep, StorageDep
from ..schemas import ERRORS, ErrorBody, UploadOut

router = APIRouter(tags=["uploads"], responses={401: ERRORS[401]})

BINARY = {"schema": {"type": "string", "format": "binary"}}


@router.put(
    "/applications/{application_id}/video",
    response_model=UploadOut,
    status_code=status.HTTP_202_ACCEPTED,
    summary="Upload the video resume (candidate); processing starts in the background",
    description=(
        "Send the file itself as the body with its type (`Content-Type: video/mp4`, any "
        "`video/*` or `audio/*`), or as `multipart/form-data` with the file in a field named "
        "`file`. The filename is ignored. Retry safely with the same `Idempotency-Key`. Then poll "
        "`status_url` until the status is `processed` or `failed`."
    ),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "video/mp4": BINARY,
                "video/*": BINARY,
                "audio/*": BINARY,
                "multipart/form-data": {
                    "schema": {"type": "object", "required": ["file"],
                               "properties": {"file": {"type": "string", "format": "binary"}}}
                },
            },
        }
    },
    responses={
        **{k: ERRORS[k] for k in (403, 404, 409, 422)},
        413: {"model": ErrorBody, "description": "Larger than the upload limit"},
        415: {"model": ErrorBody, "description": "Not a video or audio content type"},
    },
)
async def upload_video(
    request: Request,
    application: ApplicationForUpload,
    candidate: Candidate,
    settings: SettingsDep,
    storage: StorageDep,
    pool: PoolDep,
    enqueue: EnqueueDep,
    idempotency_key: Annotated[
        str | None,
        Header(max_length=200, description="Any unique string; a retry with the same key "
               "returns the first upload's answer instead of storing the file twice"),
    ] = None,
) -> dict:
    return await uploads.receive(
        request, application, candidate, settings=settings, storage=storage, pool=pool,
        enqueue=enqueue, idempotency_key=idempotency_key,
    )
