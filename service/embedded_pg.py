"""The embedded PostgreSQL: a real PostgreSQL 16 shipped in the ``pgserver`` wheel.

With no ``DATABASE_URL``, blindscreen runs its own server under ``<data_dir>/pg`` so that
``blindscreen serve`` works on a fresh machine with nothing else installed.

Why it is shaped like this:

* pgserver listens on a unix socket inside the data directory and on no TCP port, so it never
  collides with another PostgreSQL on 5432. Every process of this machine (the API and its
  worker processes) can reach it through the URL returned here; other machines cannot, so workers
  on other machines need a real server and ``DATABASE_URL``.
* PostgreSQL refuses to run as root. Run as root, pgserver creates a ``pgserver`` system user
  (``useradd``) that owns ``<data_dir>/pg``, and makes every parent directory of it traversable by
  other users (``chmod o+rx``). Files inside those directories keep their own permissions.
* Several processes may ask for the server at once: pgserver serialises start-up with a file lock,
  reuses a server that is already running, and stops it when the last process that asked for it
  exits. A process killed with SIGKILL never says goodbye; the next start forgets it, so the
  server keeps running until the processes started after the crash exit.
"""

from __future__ import annotations

import logging
import subprocess
import warnings
from pathlib import Path
from typing import Protocol
from urllib.parse import quote

from pipelines.errors import BlindscreenError

logger = logging.getLogger("blindscreen.embedded_pg")

DATABASE_NAME = "blindscreen"


class EmbeddedDatabaseError(BlindscreenError):
    """The embedded PostgreSQL could not be started or reached."""


class _DatabaseSettings(Protocol):
    database_url: str | None
    data_dir: Path | str


def resolve_database_url(settings: _DatabaseSettings) -> str:
    """Return the URL of the database to use: ``settings.database_url`` or the embedded one.

    Starting the embedded server is idempotent: call this from every process that needs the URL,
    or call it once and hand the URL to child processes (cheaper, and what ``blindscreen serve``
    does).
    """
    if settings.database_url:
        return str(settings.database_url)
    return start_embedded(Path(settings.data_dir) / "pg")


def start_embedded(pgdata: Path) -> str:
    """Start (or reuse) the embedded server in ``pgdata`` and return the URL of its database."""
    pgdata = Path(pgdata).expanduser().resolve()
    server = _get_server(pgdata)
    info = server.get_postmaster_info()
    if info.socket_dir is None:  # pgserver uses TCP only on Windows
        raise EmbeddedDatabaseError(
            f"The embedded PostgreSQL in {pgdata} has no unix socket; set DATABASE_URL instead."
        )
    host = quote(str(info.socket_dir), safe="/")
    admin_url = f"postgresql://postgres@/postgres?host={host}&port={info.port}"
    _ensure_database(admin_url, DATABASE_NAME)
    logger.info(f"embedded PostgreSQL ready in {pgdata}", extra={"action": "embedded_pg"})
    return f"postgresql://postgres@/{DATABASE_NAME}?host={host}&port={info.port}"


def stop_embedded(pgdata: Path) -> None:
    """Release this process's handle on the embedded server; the last handle stops it."""
    pgdata = Path(pgdata).expanduser().resolve()
    pgserver = _import_pgserver()
    server = pgserver.PostgresServer._instances.get(pgdata)
    if server is not None:
        _forget_dead_handles(pgserver, pgdata)
        server.cleanup()


def _import_pgserver():
    try:
        with warnings.catch_warnings():
            # platformdirs warns when XDG_RUNTIME_DIR is unset (root, containers) and falls back
            # to /tmp/runtime-<uid>, which is fine for pgserver's start-up lock file.
            warnings.simplefilter("ignore")
            import pgserver
    except ImportError as e:
        raise EmbeddedDatabaseError(
            "The embedded PostgreSQL needs the `pgserver` package: pip install"
            " 'blindscreen[service]', or set DATABASE_URL to use another PostgreSQL server."
        ) from e
    return pgserver


def _get_server(pgdata: Path):
    pgserver = _import_pgserver()
    try:
        pgdata.parent.mkdir(parents=True, exist_ok=True)
        _forget_dead_handles(pgserver, pgdata)
        return pgserver.get_server(pgdata, cleanup_mode="stop")
    except (OSError, subprocess.SubprocessError, AssertionError) as e:
        raise EmbeddedDatabaseError(
            f"Could not start the embedded PostgreSQL in {pgdata}: {e}. Its log is"
            f" {pgdata / 'log'}; set DATABASE_URL to use another PostgreSQL server instead."
        ) from e


def _forget_dead_handles(pgserver, pgdata: Path) -> None:
    """Drop processes that died without saying goodbye from pgserver's list of users.

    pgserver stops the server when the last process in ``.handle_pids.json`` exits; a process
    killed with SIGKILL stays listed for ever, and the server would then never be stopped.
    """
    import psutil

    handles = pgdata / ".handle_pids.json"
    if not handles.exists():
        return
    with pgserver.PostgresServer._lock:
        listed = pgserver.utils.DiskList(handles)
        pids = listed.get()
        alive = [pid for pid in pids if psutil.pid_exists(pid)]
        if alive != pids:
            listed.put(alive)


def _ensure_database(admin_url: str, name: str) -> None:
    import psycopg
    from psycopg import errors, sql

    try:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if not exists:
                try:
                    conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
                except (errors.DuplicateDatabase, errors.UniqueViolation):
                    pass  # another process created it a moment ago
    except psycopg.OperationalError as e:
        raise EmbeddedDatabaseError(
            f"The embedded PostgreSQL started but refuses connections: {e}"
        ) from e
