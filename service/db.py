"""PostgreSQL access: named queries, connections, the pool and the migration runner.

SQL lives in ``service/sql``: ``queries.sql`` holds named, commented blocks (``-- name --`` then
``-- description`` lines, then the statement), read once on first use; ``migrations/NNNN_name.sql``
are applied in order by ``migrate``. psycopg errors are translated into the project's errors here,
at the boundary (``wrap_db_errors``), so nothing above this module catches psycopg.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, cast

import psycopg
from psycopg import errors as pg_errors
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool, PoolTimeout

from .errors import (
    Conflict,
    DatabaseError,
    DatabaseUnavailable,
    InvalidInput,
    MigrationError,
    NotFound,
)

log = logging.getLogger("blindscreen.db")

Connection = psycopg.Connection[dict[str, Any]]

QUERY_HEADER = re.compile(r"(?:\n|^)-- ([a-z0-9_]+) --\n(?:-- .*\n)*", re.MULTILINE)
MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
# Any constant works; it only has to be the same in every process that migrates.
MIGRATION_LOCK = 0x626C696E64  # "blind"


# --- queries -------------------------------------------------------------------------------------
def parse_queries(text: str) -> dict[str, str]:
    """``-- name --`` blocks of a .sql file, by name; the text before the first block is a header."""
    parts = QUERY_HEADER.split(text)
    names, bodies = parts[1::2], parts[2::2]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise ValueError(f"queries.sql: {', '.join(sorted(duplicates))} defined twice")
    return {name: body.strip() for name, body in zip(names, bodies, strict=True)}


@functools.cache
def queries() -> dict[str, str]:
    text = (resources.files("service.sql") / "queries.sql").read_text(encoding="utf-8")
    return parse_queries(text)


def query(name: str) -> str:
    try:
        return queries()[name]
    except KeyError:
        raise KeyError(f"no query named {name!r} in service/sql/queries.sql") from None


def fetch_one(conn: Connection, name: str, /, **params: Any) -> dict[str, Any] | None:
    with wrap_db_errors():
        return conn.execute(cast(Any, query(name)), params).fetchone()


def fetch_all(conn: Connection, name: str, /, **params: Any) -> list[dict[str, Any]]:
    with wrap_db_errors():
        return conn.execute(cast(Any, query(name)), params).fetchall()


def execute(conn: Connection, name: str, /, **params: Any) -> int:
    """Run a statement; the number of rows it touched."""
    with wrap_db_errors():
        return conn.execute(cast(Any, query(name)), params).rowcount


# --- errors --------------------------------------------------------------------------------------
@contextlib.contextmanager
def wrap_db_errors() -> Iterator[None]:
    """Translate psycopg errors into blindscreen errors (status codes are chosen in errors.py)."""
    try:
        yield
    except pg_errors.UniqueViolation as e:
        raise Conflict("it already exists", code="already_exists") from e
    except pg_errors.ForeignKeyViolation as e:
        raise NotFound("a referenced record does not exist") from e
    except (pg_errors.CheckViolation, pg_errors.NotNullViolation) as e:
        raise InvalidInput(f"rejected by the database: {_first_line(e)}") from e
    except pg_errors.ObjectNotInPrerequisiteState as e:
        raise Conflict(_first_line(e), code="locked") from e
    except pg_errors.InsufficientPrivilege as e:
        raise DatabaseError(_first_line(e), code="forbidden_by_database") from e
    except (psycopg.OperationalError, PoolTimeout) as e:
        raise DatabaseUnavailable(
            "the database is unavailable; check that PostgreSQL is running and DATABASE_URL "
            "points at it"
        ) from e
    except psycopg.DataError as e:
        # a value PostgreSQL cannot store as given (a NUL byte in text, a bad encoding): the
        # caller's input, not a server fault
        raise InvalidInput(f"rejected by the database: {_first_line(e)}") from e
    except psycopg.Error as e:
        raise DatabaseError(f"database error: {_first_line(e)}") from e


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


# --- connections ---------------------------------------------------------------------------------
def connect(conninfo: str, *, autocommit: bool = False) -> Connection:
    """One connection with dict rows. Use as a context manager (commits on success)."""
    with wrap_db_errors():
        return psycopg.connect(conninfo, row_factory=dict_row, autocommit=autocommit)


def open_pool(conninfo: str, *, min_size: int = 1, max_size: int = 10) -> ConnectionPool:
    """An open pool of dict-row connections; close it with ``pool.close()``."""

    def configure(conn: psycopg.Connection) -> None:
        conn.row_factory = dict_row  # type: ignore[assignment]

    pool = ConnectionPool(
        conninfo,
        min_size=min_size,
        max_size=max(min_size, max_size),
        configure=configure,
        check=ConnectionPool.check_connection,  # drop connections a database restart killed
        open=False,
        name="blindscreen",
        timeout=10.0,
    )
    with wrap_db_errors():
        pool.open(wait=min_size > 0, timeout=10.0)
    return pool


@contextlib.contextmanager
def connection(db: "ConnectionPool | Connection | str") -> Iterator[Connection]:
    """A connection from a pool, a conninfo string, or the connection itself (left open)."""
    if isinstance(db, ConnectionPool):
        with wrap_db_errors(), db.connection() as conn:
            yield cast(Connection, conn)
    elif isinstance(db, str):
        with connect(db) as conn:
            yield conn
    else:
        yield db


# --- migrations ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode()).hexdigest()


def migrations() -> list[Migration]:
    """The packaged migrations, in order."""
    found = []
    folder = resources.files("service.sql") / "migrations"
    for entry in folder.iterdir():
        match = MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise MigrationError("two migrations share a number; renumber the newer one")
    return found


ExtraMigration = Callable[[Connection], None]


def migrate(conninfo: str, *, extra: Sequence[ExtraMigration] = ()) -> list[str]:
    """Bring the database schema up to date; the names of the migrations applied.

    Idempotent, and safe when several processes run it at once: they queue on an advisory lock.
    Each migration runs in its own transaction together with its ``schema_migrations`` row.
    ``extra`` callables (e.g. the job queue's own schema) run afterwards, still under the lock,
    each in a transaction; they must be idempotent themselves.
    """
    applied: list[str] = []
    with connect(conninfo, autocommit=True) as conn, wrap_db_errors():
        conn.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
        try:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                " version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,"
                " applied_at timestamptz NOT NULL DEFAULT now())"
            )
            done = {
                row["version"]: row
                for row in conn.execute("SELECT version, name, checksum FROM schema_migrations")
            }
            for migration in migrations():
                previous = done.get(migration.version)
                if previous is not None:
                    _check_unchanged(migration, previous)
                    continue
                with conn.transaction():
                    conn.execute(cast(Any, migration.sql))
                    conn.execute(
                        "INSERT INTO schema_migrations (version, name, checksum)"
                        " VALUES (%s, %s, %s)",
                        (migration.version, migration.name, migration.checksum),
                    )
                label = f"{migration.version:04d}_{migration.name}"
                log.info("applied migration", extra={"migration": label})
                applied.append(label)
            for step in extra:
                with conn.transaction():
                    step(conn)
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))
    return applied


def _check_unchanged(migration: Migration, previous: dict[str, Any]) -> None:
    if previous["checksum"] != migration.checksum:
        raise MigrationError(
            f"migration {migration.version:04d}_{migration.name} was changed after it was applied; "
            "restore it and put the change in a new migration"
        )
