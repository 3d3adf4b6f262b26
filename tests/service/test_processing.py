"""process_application with stand-in pipelines: results stored, media errors final, other errors
retried by the worker and capped, withdrawn applications left alone, pinned policies used."""

from pathlib import Path

import pytest

from fake_pipeline import FakePipeline
from pipelines.errors import ModelError
from service import db
from service.processing import PipelineCache, process_application, record_failure
from service.retention import purge_expired
from service.storage import LocalStorage


@pytest.fixture
def uploaded(world):
    manager = world.actor("manager", "M")
    job_id = world.create_job(manager, [], reviews_required=1, policy="strict")
    candidate = world.actor("candidate", "Brianna Okafor")
    application_id = world.apply(candidate, job_id)
    assert world.upload(candidate, application_id, b"FAKE VIDEO bytes").status_code == 202
    return candidate, application_id


def status_of(settings, application_id):
    with db.connect(settings.database_url) as conn:
        return conn.execute("SELECT status, error, attempts FROM applications WHERE id = %s",
                            (application_id,)).fetchone()


def run(world, application_id, pipeline):
    process_application(world.settings.database_url, application_id, pipeline,
                        settings=world.settings, storage=LocalStorage(world.settings.media_dir))


def test_the_pipeline_gets_the_decrypted_file_and_the_declared_identifiers(world, uploaded):
    _, application_id = uploaded
    pipeline = FakePipeline()
    run(world, application_id, pipeline)
    (data, known), = pipeline.calls
    assert data == b"FAKE VIDEO bytes"
    assert known == ["Brianna Okafor", "cand@example.com", "Howard University"]
    assert status_of(world.settings, application_id)["status"] == "processed"
    run(world, application_id, pipeline)  # a duplicate job changes nothing
    assert len(pipeline.calls) == 1


def test_stored_results_keep_no_original_words_in_clear(world, uploaded):
    _, application_id = uploaded
    run(world, application_id, FakePipeline())
    with db.connect(world.settings.database_url) as conn:
        row = conn.execute("SELECT t::text AS t FROM transcripts t").fetchone()
        counts = conn.execute("SELECT category, count FROM redaction_counts ORDER BY category").fetchall()
    assert "Okafor" not in row["t"] and "Howard" not in row["t"]
    assert counts == [{"category": "PERSON", "count": 1}, {"category": "SCHOOL", "count": 1}]


def test_a_media_error_fails_for_good(world, uploaded):
    _, application_id = uploaded
    pipeline = FakePipeline()
    with db.connect(world.settings.database_url) as conn:
        key = conn.execute("SELECT media_key FROM applications").fetchone()["media_key"]
    storage = LocalStorage(world.settings.media_dir)
    from service.media import store_media  # replace the stored bytes with "not a video"

    stored = store_media(storage, world.settings.key_bytes, [b"NOT A VIDEO"], 100)
    with db.connect(world.settings.database_url) as conn:
        conn.execute("UPDATE applications SET media_key = %s", (stored.key,))
    storage.delete(key)
    run(world, application_id, pipeline)
    row = status_of(world.settings, application_id)
    assert row["status"] == "failed" and "not a video" in row["error"]
    run(world, application_id, pipeline)
    assert len(pipeline.calls) == 1


def test_other_errors_propagate_for_the_worker_to_retry_and_are_capped(world, uploaded):
    _, application_id = uploaded
    broken = FakePipeline(error=ModelError("model missing"))
    for attempt in range(1, world.settings.job_max_attempts + 1):
        with pytest.raises(ModelError):
            run(world, application_id, broken)
        row = status_of(world.settings, application_id)
        assert row["status"] == "processing" and row["attempts"] == attempt
    run(world, application_id, broken)  # one claim too many: gives up without running
    row = status_of(world.settings, application_id)
    assert row["status"] == "failed" and "failed 3 times" in row["error"]
    assert len(broken.calls) == world.settings.job_max_attempts


def test_record_failure_is_what_the_worker_calls_when_giving_up(world, uploaded):
    _, application_id = uploaded
    record_failure(world.settings.database_url, application_id, "Processing failed after 3 attempts")
    assert status_of(world.settings, application_id)["error"] == "Processing failed after 3 attempts"


def test_withdrawn_while_processing_keeps_nothing(world, uploaded):
    candidate, application_id = uploaded

    class WithdrawingPipeline(FakePipeline):
        def process(self, path, known=()):
            result = super().process(path, known)
            assert candidate.delete(f"/applications/{application_id}").status_code == 204
            return result

    run(world, application_id, WithdrawingPipeline())
    with db.connect(world.settings.database_url) as conn:
        assert conn.execute("SELECT count(*) AS n FROM transcripts").fetchone()["n"] == 0
        assert conn.execute("SELECT count(*) AS n FROM applications").fetchone()["n"] == 0


def test_pipeline_cache_builds_one_pipeline_per_pinned_policy(world, uploaded):
    _, application_id = uploaded
    built = []

    def factory(path: Path):
        built.append(path.read_text())
        return FakePipeline(policy=str(path))

    cache = PipelineCache(factory)
    run(world, application_id, cache)
    assert len(built) == 1 and "name: strict" in built[0]
    with db.connect(world.settings.database_url) as conn:
        stored = conn.execute("SELECT policy_name, policy_hash FROM transcripts").fetchone()
        pinned = conn.execute("SELECT name, hash FROM policy_versions").fetchone()
    assert (stored["policy_name"], stored["policy_hash"]) == (pinned["name"], pinned["hash"])


def test_retention_deletes_media_and_raw_transcript_only(world, uploaded):
    from datetime import datetime, timedelta, timezone

    candidate, application_id = uploaded
    run(world, application_id, FakePipeline())
    storage = LocalStorage(world.settings.media_dir)
    report = purge_expired(world.settings.database_url, storage)
    assert report.media_deleted == 0
    later = datetime.now(timezone.utc) + timedelta(days=91)
    report = purge_expired(world.settings.database_url, storage, now=later)
    assert (report.media_deleted, report.raw_transcripts_deleted) == (1, 1)
    assert [p for p in world.settings.media_dir.rglob("*") if p.is_file()] == []
    preview = candidate.get(f"/applications/{application_id}/preview").json()
    assert preview["original"] is None and "[Person1]" in preview["redacted"]["text"]
    assert purge_expired(world.settings.database_url, storage, now=later).media_deleted == 0
