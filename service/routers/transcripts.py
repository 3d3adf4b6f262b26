"""Transcripts: the candidate's preview and the blind (redacted) transcript."""

from fastapi import APIRouter

from .. import transcripts
from ..access import ApplicationForCandidate, ApplicationForStaff
from ..deps import Candidate, ConnDep, SettingsDep
from ..schemas import ERRORS, BlindTranscriptOut, PreviewOut

router = APIRouter(tags=["transcripts"], responses={401: ERRORS[401], 403: ERRORS[403],
                                                     404: ERRORS[404]})


@router.get("/applications/{application_id}/preview", response_model=PreviewOut,
            summary="What employers will read, beside what was heard (candidate)")
def preview(application: ApplicationForCandidate, candidate: Candidate, conn: ConnDep,
            settings: SettingsDep) -> dict:
    return transcripts.preview(conn, settings.key_bytes, application, candidate)


@router.get("/applications/{application_id}/transcript", response_model=BlindTranscriptOut,
            summary="The redacted transcript (assigned reviewer, job's manager)",
            responses={409: ERRORS[409]})
def blind_transcript(access: ApplicationForStaff, conn: ConnDep) -> dict:
    return transcripts.blind(conn, access.application, access.relation)
