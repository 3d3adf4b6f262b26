"""Redaction policies: the presets and the versions jobs have pinned (managers, auditors)."""

from typing import Annotated

from fastapi import APIRouter, Path

from .. import policies
from ..deps import ConnDep, ManagerOrAuditor
from ..schemas import ERRORS, PolicyDetail, PolicySummary

router = APIRouter(tags=["policies"], responses={401: ERRORS[401], 403: ERRORS[403]})


@router.get("/policies", response_model=list[PolicySummary], summary="Policy presets")
def list_policies(user: ManagerOrAuditor) -> list[dict]:
    return policies.list_summaries()


@router.get("/policies/{name}", response_model=PolicyDetail,
            summary="A preset: its rules, source and the versions jobs pinned",
            responses={404: ERRORS[404]})
def get_policy(name: Annotated[str, Path(pattern=r"^[a-z0-9][a-z0-9_.-]{0,63}$")],
               user: ManagerOrAuditor, conn: ConnDep) -> dict:
    return policies.detail(conn, name)
