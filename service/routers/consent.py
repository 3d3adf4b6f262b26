"""The consent text candidates agree to."""

from fastapi import APIRouter

from ..consent import CONSENT_TEXTS, CURRENT_CONSENT_VERSION
from ..schemas import ConsentOut

router = APIRouter(tags=["consent"])


@router.get("/consent", response_model=ConsentOut, summary="The current consent text (public)")
def current_consent() -> ConsentOut:
    return ConsentOut(version=CURRENT_CONSENT_VERSION, text=CONSENT_TEXTS[CURRENT_CONSENT_VERSION])
