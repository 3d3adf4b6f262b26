"""Request-scoped dependencies as ``Annotated`` aliases, so route signatures read like prose.

``ConnDep`` is one pooled connection per request in one transaction, committed when the route
returns (before the response is sent), rolled back when it raises. ``CurrentUser`` and the role
aliases authenticate; resource-level authorization lives in ``service.access``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated, Protocol
from uuid import UUID

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from psycopg_pool import ConnectionPool

from . import auth, db
from .auth import Role, User
from .config import Settings
from .errors import Forbidden, Unauthenticated
from .storage import Storage


class Enqueue(Protocol):
    def __call__(self, conn: db.Connection, application_id: UUID) -> None:
        """Queue the processing of an uploaded application, in the caller's transaction."""


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_pool(request: Request) -> ConnectionPool:
    return request.app.state.pool


def get_storage(request: Request) -> Storage:
    return request.app.state.storage


def get_enqueue(request: Request) -> Enqueue:
    return request.app.state.enqueue


SettingsDep = Annotated[Settings, Depends(get_settings)]
PoolDep = Annotated[ConnectionPool, Depends(get_pool)]
StorageDep = Annotated[Storage, Depends(get_storage)]
EnqueueDep = Annotated[Enqueue, Depends(get_enqueue)]


def get_conn(pool: PoolDep) -> Iterator[db.Connection]:
    with db.connection(pool) as conn:
        yield conn


# scope="function": the transaction ends before the response is sent, so a failed commit is an
# error answer, never a success answer for work that was lost.
ConnDep = Annotated[db.Connection, Depends(get_conn, scope="function")]

bearer = HTTPBearer(
    auto_error=False,
    scheme_name="token",
    description="A personal API token: `Authorization: Bearer bst_...`",
)


def current_user(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)], pool: PoolDep
) -> User:
    if credentials is None:
        raise Unauthenticated("sign in: send 'Authorization: Bearer <your API token>'")
    user = auth.user_for_token(pool, credentials.credentials)
    if user is None:
        raise Unauthenticated("the API token is unknown or revoked; ask for a new one")
    return user


CurrentUser = Annotated[User, Depends(current_user)]


def require(*roles: Role) -> Callable[[User], User]:
    def dependency(user: CurrentUser) -> User:
        if user.role not in roles:
            raise Forbidden(f"a {user.role} cannot do this; it takes a {' or '.join(roles)}")
        return user

    dependency.__name__ = "require_" + "_or_".join(roles)
    return dependency


Candidate = Annotated[User, Depends(require("candidate"))]
Reviewer = Annotated[User, Depends(require("reviewer"))]
Manager = Annotated[User, Depends(require("manager"))]
Auditor = Annotated[User, Depends(require("auditor"))]
ManagerOrAuditor = Annotated[User, Depends(require("manager", "auditor"))]
