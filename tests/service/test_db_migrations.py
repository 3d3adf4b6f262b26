"""Migrating an empty database gives exactly the expected schema (schema_snapshot.txt).

After adding a migration, regenerate the snapshot with
``BLINDSCREEN_UPDATE_SCHEMA_SNAPSHOT=1 .venv/bin/python -m pytest tests/service/test_db_migrations.py``
and review its diff: it is the schema change, as the database sees it.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import psycopg
import pytest

from service import db
from service.errors import MigrationError

SNAPSHOT = Path(__file__).with_name("schema_snapshot.txt")

DESCRIBE = {
    "column": """
        SELECT table_name || '.' || column_name || ' ' || data_type
               || CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE '' END
               || CASE WHEN column_default IS NOT NULL THEN ' default ' || column_default ELSE '' END
               || CASE WHEN is_identity = 'YES' THEN ' identity' ELSE '' END
        FROM information_schema.columns WHERE table_schema = 'public'""",
    "constraint": """
        SELECT c.conrelid::regclass || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid)
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE n.nspname = 'public'""",
    "index": "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'",
    "trigger": """
        SELECT t.tgrelid::regclass || ' ' || pg_get_triggerdef(t.oid)
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND NOT t.tgisinternal""",
    "function": """
        SELECT p.proname || '(' || pg_get_function_arguments(p.oid) || ')'
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'""",
}


def describe(url: str) -> str:
    lines = []
    with psycopg.connect(url) as conn:
        for kind, sql in DESCRIBE.items():
            for (line,) in conn.execute(sql):  # type: ignore[arg-type]
                if "procrastinate" not in line:
                    lines.append(f"{kind} {' '.join(line.split())}")
    return "\n".join(sorted(lines)) + "\n"


def test_migrating_an_empty_database_gives_the_expected_schema(empty_database_url):
    applied = db.migrate(empty_database_url)
    assert applied == [f"{m.version:04d}_{m.name}" for m in db.migrations()]
    actual = describe(empty_database_url)
    if os.environ.get("BLINDSCREEN_UPDATE_SCHEMA_SNAPSHOT"):
        SNAPSHOT.write_text(actual)
    assert actual == SNAPSHOT.read_text(), "schema differs from schema_snapshot.txt (see module doc)"


def test_migrate_is_idempotent(empty_database_url):
    db.migrate(empty_database_url)
    assert db.migrate(empty_database_url) == []


def test_concurrent_migrations_apply_once(empty_database_url):
    results, errors = [], []

    def run():
        try:
            results.append(db.migrate(empty_database_url))
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(len(r) for r in results) == [0, 0, 0, len(db.migrations())]


def test_extra_steps_run_after_migrations_under_the_lock(empty_database_url):
    seen = []
    db.migrate(empty_database_url, extra=[lambda conn: seen.append(
        conn.execute("SELECT count(*) AS n FROM schema_migrations").fetchone()["n"])])
    assert seen == [len(db.migrations())]


def test_a_changed_migration_is_refused(empty_database_url):
    db.migrate(empty_database_url)
    with psycopg.connect(empty_database_url) as conn:
        conn.execute("UPDATE schema_migrations SET checksum = 'x' WHERE version = 1")
    with pytest.raises(MigrationError, match="new migration"):
        db.migrate(empty_database_url)


def test_queries_file_parses_and_names_are_unique():
    names = db.queries()
    assert names and all(sql.strip() for sql in names.values())


def test_parse_queries():
    text = "-- header\n\n-- first --\n-- does one\nSELECT 1;\n\n-- second --\nSELECT 2\n"
    assert db.parse_queries(text) == {"first": "SELECT 1;", "second": "SELECT 2"}
