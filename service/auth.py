"""Who is calling: personal API tokens now, other credentials (web sessions) later.

A token is ``bst_`` plus 32 random bytes; only its sha256 is stored, so a database leak does not
leak usable tokens, and the token is shown once, when created. ``authenticate`` tries each kind of
credential in turn; a web session authenticator can be added beside ``_bearer_user`` without
touching any route, because routes only ever ask for ``CurrentUser`` (service.deps).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Literal

from psycopg_pool import ConnectionPool

from . import db

Role = Literal["candidate", "reviewer", "manager", "auditor"]
ROLES: tuple[Role, ...] = ("candidate", "reviewer", "manager", "auditor")
TOKEN_PREFIX = "bst_"


@dataclass(frozen=True)
class User:
    id: int
    role: Role
    name: str


@dataclass(frozen=True)
class NewToken:
    id: int
    token: str  # shown once
    prefix: str


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(conn: db.Connection, user_id: int, label: str = "") -> NewToken:
    """Create a token for a user; the only time the token itself is available."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    prefix = token[: len(TOKEN_PREFIX) + 6]
    row = db.fetch_one(
        conn, "insert_token", user_id=user_id, token_hash=hash_token(token), prefix=prefix,
        label=label,
    )
    assert row is not None
    return NewToken(row["id"], token, prefix)


def user_for_token(pool: ConnectionPool, token: str) -> User | None:
    if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None
    with db.connection(pool) as conn:
        row = db.fetch_one(conn, "authenticate_token", token_hash=hash_token(token))
    return User(row["id"], row["role"], row["name"]) if row else None
