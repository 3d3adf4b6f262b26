"""Decisions and reveals (the job's manager)."""

from fastapi import APIRouter, status
from fastapi.responses import StreamingResponse

from .. import decisions
from ..access import ApplicationForManager
from ..deps import ConnDep, Manager, SettingsDep, StorageDep
from ..schemas import (
    ERRORS,
    DecisionCreate,
    DecisionOut,
    ErrorBody,
    IdentityOut,
    RevealCreate,
    RevealOut,
)

router = APIRouter(tags=["decisions"], responses={401: ERRORS[401], 403: ERRORS[403],
                                                   404: ERRORS[404]})


@router.post("/applications/{application_id}/decision", response_model=DecisionOut,
             status_code=status.HTTP_201_CREATED,
             summary="Advance or reject after the required reviews (final)",
             responses={409: ERRORS[409]})
def decide(body: DecisionCreate, application: ApplicationForManager, manager: Manager,
           conn: ConnDep) -> dict:
    return decisions.decide(conn, application, manager, body.outcome)


@router.post("/applications/{application_id}/reveal", response_model=RevealOut,
             status_code=status.HTTP_201_CREATED,
             summary="Reveal an advanced candidate's identity, giving a reason (logged)",
             responses={409: ERRORS[409], 422: ERRORS[422]})
def reveal(body: RevealCreate, application: ApplicationForManager, manager: Manager,
           conn: ConnDep, settings: SettingsDep) -> dict:
    return decisions.reveal(conn, settings.key_bytes, application, manager, body.reason)


@router.get("/applications/{application_id}/identity", response_model=IdentityOut,
            summary="A revealed candidate's identity and original transcript (logged)")
def identity(application: ApplicationForManager, manager: Manager, conn: ConnDep,
             settings: SettingsDep) -> dict:
    return decisions.identity(conn, settings.key_bytes, application, manager)


@router.get("/applications/{application_id}/video", response_class=StreamingResponse,
            summary="A revealed candidate's original video (logged)",
            responses={200: {"content": {"application/octet-stream": {}}, "description": "The video"},
                       410: {"model": ErrorBody, "description": "Deleted after retention"}})
def video(application: ApplicationForManager, manager: Manager, conn: ConnDep,
          settings: SettingsDep, storage: StorageDep) -> StreamingResponse:
    chunks = decisions.video(conn, storage, settings.key_bytes, application, manager)
    return StreamingResponse(
        chunks, media_type=application["media_type"] or "application/octet-stream",
        headers={"Content-Length": str(application["media_size"]),
                 "Content-Disposition": f'attachment; filename="{application["id"]}"',
                 "Cache-Control": "no-store"},
    )
