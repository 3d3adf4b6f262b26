"""Redaction policies as the service sees them: the presets shipped with blindscreen, and the
versions jobs have pinned. A job pins a preset by name, version and content hash, and keeps the
YAML source in the database, so its applications are processed with exactly those rules even after
the preset file changes."""

from __future__ import annotations

from typing import Any

from pipelines.errors import PolicyError
from pipelines.policy import DEFAULT_POLICY, Policy, list_presets, load_policy, resolve_policy_path

from . import db
from .errors import Conflict, NotFound


def default_preset() -> str:
    return DEFAULT_POLICY


def load_preset(name: str) -> tuple[Policy, str]:
    """A preset and its YAML source. Only preset names: never a path from a request."""
    if name not in list_presets():
        raise NotFound(f"no policy preset {name!r}; presets: {', '.join(list_presets())}")
    path = resolve_policy_path(name)
    return load_policy(path), path.read_text(encoding="utf-8")


def summary(policy: Policy) -> dict[str, Any]:
    return {**policy.identity(), "description": policy.description.strip(),
            "follows": policy.follows.strip()}


def list_summaries() -> list[dict[str, Any]]:
    found = []
    for name in list_presets():
        try:
            found.append(summary(load_preset(name)[0]))
        except PolicyError:
            continue  # a broken preset file is reported when someone asks for it by name
    return found


def detail(conn: db.Connection, name: str) -> dict[str, Any]:
    policy, content = load_preset(name)
    return {
        **summary(policy),
        "content": content,
        "categories": {k: v.model_dump() for k, v in policy.categories.items()},
        "pinned": db.fetch_all(conn, "list_pinned_policies", name=name),
    }


def pin(conn: db.Connection, name: str, version: str | None = None,
        content_hash: str | None = None) -> dict[str, Any]:
    """Record the preset's current version for a job; refuses if it is not the one expected."""
    policy, content = load_preset(name)
    ident = policy.identity()
    if version is not None and version != ident["version"]:
        raise Conflict(f"policy {name} is at version {ident['version']}, not {version}",
                       code="policy_version_mismatch")
    if content_hash is not None and content_hash != ident["hash"]:
        raise Conflict(f"policy {name} has hash {ident['hash']}, not {content_hash}",
                       code="policy_hash_mismatch")
    row = db.fetch_one(conn, "pin_policy", content=content, **ident)
    assert row is not None
    return row
