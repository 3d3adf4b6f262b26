"""Withdrawal erases the candidate: afterwards neither the database nor storage holds their name,
their video or their transcripts; only audit entries without personal data remain."""

import psycopg
import pytest

from service import db
from service.applications import finish_erasures
from service.storage import LocalStorage

NAME_PARTS = ("brianna", "okafor", "cand@example.com")


def rows_mentioning(database_url, needle):
    found = []
    with psycopg.connect(database_url) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        for table in tables:
            count = conn.execute(
                f'SELECT count(*) FROM "{table}" t WHERE t::text ILIKE %s',  # type: ignore[arg-type]
                (f"%{needle}%",)).fetchone()[0]
            if count:
                found.append((table, count))
    return found


def files_mentioning(root, needle):
    return [p for p in root.rglob("*") if p.is_file() and needle.encode() in p.read_bytes().lower()]


def test_withdrawal_erases_everything_personal(world, settings):
    manager = world.actor("manager", "M")
    reviewer = world.actor("reviewer", "R")
    job_id = world.create_job(manager, [reviewer], reviews_required=1)
    candidate = world.actor("candidate", "Brianna Okafor")
    application_id = world.processed_application(candidate, job_id)
    world.review(reviewer, application_id)
    assert candidate.post(f"/applications/{application_id}/flags",
                          json={"phrase": "Python", "note": "Brianna's project"}).status_code == 201
    assert manager.post(f"/applications/{application_id}/decision",
                        json={"outcome": "advance"}).status_code == 201
    assert manager.post(f"/applications/{application_id}/reveal",
                        json={"reason": "Interview Brianna Okafor"}).status_code == 201
    assert rows_mentioning(settings.database_url, "okafor")  # the test can see it before
    assert list(settings.media_dir.rglob("media/*"))

    assert candidate.delete(f"/applications/{application_id}").status_code == 204

    for part in NAME_PARTS:
        assert rows_mentioning(settings.database_url, part) == [], part
        assert files_mentioning(settings.data_dir.parent, part) == [], part
    assert [p for p in settings.media_dir.rglob("*") if p.is_file()] == []
    with db.connect(settings.database_url) as conn:
        for table in ("applications", "transcripts", "reviews", "flags", "decisions", "reveals",
                      "redaction_counts"):
            assert conn.execute(f"SELECT count(*) AS n FROM {table}").fetchone()["n"] == 0, table
        actions = [r["action"] for r in conn.execute(
            "SELECT action FROM audit_log WHERE application_id = %s ORDER BY id",
            (application_id,))]
    assert actions[-2:] == ["application.withdrawn", "application.erased"]
    assert "identity.revealed" in actions
    assert candidate.get(f"/applications/{application_id}").status_code == 404
    assert manager.get(f"/applications/{application_id}/identity").status_code == 404


def test_a_candidate_with_another_application_keeps_their_account_name(world, settings):
    manager = world.actor("manager", "M")
    first, second = (world.create_job(manager, [], reviews_required=1) for _ in range(2))
    candidate = world.actor("candidate", "Brianna Okafor")
    one = world.apply(candidate, first)
    world.apply(candidate, second)
    assert candidate.delete(f"/applications/{one}").status_code == 204
    assert candidate.get("/me").json()["name"] == "Brianna Okafor"
    assert len(candidate.get("/applications").json()) == 1


def test_an_interrupted_erasure_is_finished_later(world, settings):
    manager = world.actor("manager", "M")
    job_id = world.create_job(manager, [], reviews_required=1)
    candidate = world.actor("candidate", "Brianna Okafor")
    application_id = world.processed_application(candidate, job_id)
    with db.connect(settings.database_url) as conn:  # as if the process died after step one
        conn.execute("UPDATE applications SET status = 'withdrawn' WHERE id = %s", (application_id,))
    assert candidate.get(f"/applications/{application_id}").status_code == 404
    assert finish_erasures(settings.database_url, LocalStorage(settings.media_dir)) == 1
    for part in NAME_PARTS:
        assert rows_mentioning(settings.database_url, part) == [], part
    assert [p for p in settings.media_dir.rglob("*") if p.is_file()] == []


@pytest.mark.parametrize("statement", [
    "UPDATE audit_log SET action = 'tampered'",
    "DELETE FROM audit_log",
    "TRUNCATE audit_log",
])
def test_the_audit_log_is_append_only(conn, statement):
    conn.execute("INSERT INTO audit_log (action) VALUES ('test.entry')")
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
        conn.execute(statement)  # type: ignore[arg-type]
    assert conn.execute("SELECT action FROM audit_log").fetchall() == [{"action": "test.entry"}]


def test_submitted_reviews_are_locked_by_the_database(world, settings):
    manager = world.actor("manager", "M")
    reviewer = world.actor("reviewer", "R")
    job_id = world.create_job(manager, [reviewer], reviews_required=1)
    application_id = world.processed_application(world.actor("candidate", "C"), job_id)
    world.review(reviewer, application_id)
    with db.connect(settings.database_url, autocommit=True) as conn:
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState):
            conn.execute("UPDATE reviews SET scores = '{}'")
