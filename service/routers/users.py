"""Users and their personal API tokens."""

from typing import Annotated

from fastapi import APIRouter, Path, Query, status

from .. import accounts, db
from ..access import Row
from ..deps import ConnDep, CurrentUser, Manager
from ..schemas import ERRORS, NewTokenOut, TokenCreate, TokenOut, UserCreate, UserOut, UserWithToken

router = APIRouter(tags=["users"], responses={401: ERRORS[401]})


@router.get("/me", response_model=UserOut, summary="Who am I")
def me(user: CurrentUser) -> UserOut:
    return UserOut(id=user.id, role=user.role, name=user.name)


@router.get("/me/tokens", response_model=list[TokenOut], summary="My live API tokens")
def my_tokens(user: CurrentUser, conn: ConnDep) -> list[Row]:
    return db.fetch_all(conn, "list_tokens", user_id=user.id)


@router.post("/me/tokens", response_model=NewTokenOut, status_code=status.HTTP_201_CREATED,
             summary="Create an API token (shown once)")
def create_token(body: TokenCreate, user: CurrentUser, conn: ConnDep) -> dict:
    return accounts.create_token(conn, user, body.label)


@router.delete("/me/tokens/{token_id}", status_code=status.HTTP_204_NO_CONTENT,
               summary="Revoke one of my API tokens", responses={404: ERRORS[404]})
def revoke_token(token_id: Annotated[int, Path(ge=1, le=2**63 - 1)], user: CurrentUser,
                 conn: ConnDep) -> None:
    accounts.revoke_token(conn, user, token_id)


@router.post("/users", response_model=UserWithToken, status_code=status.HTTP_201_CREATED,
             summary="Create a reviewer, auditor or candidate (manager)",
             responses={403: ERRORS[403], 422: ERRORS[422]})
def create_user(body: UserCreate, manager: Manager, conn: ConnDep) -> dict:
    user, token = accounts.create_user(conn, body.role, body.name, actor=manager)
    return {"user": {"id": user.id, "role": user.role, "name": user.name},
            "token": {"id": token.id, "token": token.token, "prefix": token.prefix}}


@router.get("/users", response_model=list[UserOut],
            summary="List reviewers, managers and auditors (manager); never candidates",
            responses={403: ERRORS[403]})
def list_users(manager: Manager, conn: ConnDep,
               role: Annotated[str | None, Query(pattern="^(reviewer|manager|auditor)$")] = None,
               ) -> list[Row]:
    return [{k: r[k] for k in ("id", "role", "name")}
            for r in db.fetch_all(conn, "list_staff_users", role=role)]
