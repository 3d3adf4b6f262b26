"""Users and their API tokens."""

from __future__ import annotations

from typing import Any

from . import audit, auth, db
from .auth import NewToken, Role, User
from .errors import InvalidInput, NotFound


def create_user(conn: db.Connection, role: Role, name: str, *, actor: User | None,
                token_label: str = "") -> tuple[User, NewToken]:
    """A new user with a first API token (shown once)."""
    if role not in auth.ROLES:
        raise InvalidInput(f"unknown role {role!r}; use one of {', '.join(auth.ROLES)}",
                           code="unknown_role")
    name = name.strip()
    if not 1 <= len(name) <= 200:
        raise InvalidInput("a name has 1 to 200 characters", code="invalid_name")
    row = db.fetch_one(conn, "insert_user", role=role, name=name)
    assert row is not None
    user = User(row["id"], row["role"], row["name"])
    token = auth.issue_token(conn, user.id, token_label)
    audit.record(conn, "user.created", actor=actor, created_user_id=user.id, role=role)
    return user, token


def create_token(conn: db.Connection, user: User, label: str) -> dict[str, Any]:
    token = auth.issue_token(conn, user.id, label)
    audit.record(conn, "token.created", actor=user, token_id=token.id)
    return {"id": token.id, "token": token.token, "prefix": token.prefix}


def revoke_token(conn: db.Connection, user: User, token_id: int) -> None:
    if db.execute(conn, "revoke_token", id=token_id, user_id=user.id) == 0:
        raise NotFound(f"no token {token_id}")
    audit.record(conn, "token.revoked", actor=user, token_id=token_id)
