"""Bootstrap and maintenance for the command line (``blindscreen users create ...``).

The first manager cannot be created through the API (it takes a manager to create users), so
the CLI calls ``create_user`` directly with the database URL.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import accounts, db
from .auth import Role


@dataclass(frozen=True)
class CreatedUser:
    id: int
    role: str
    name: str
    token: str  # shown once; only its hash is stored


def create_user(database_url: str, role: Role, name: str, *, token_label: str = "cli") -> CreatedUser:
    """Create a user and a first API token. The database must be migrated."""
    with db.connect(database_url) as conn:
        user, token = accounts.create_user(conn, role, name, actor=None, token_label=token_label)
    return CreatedUser(user.id, user.role, user.name, token.token)
