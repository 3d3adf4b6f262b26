"""Bad uploads get a 4xx with a JSON error body and leave nothing in storage; the worker records
a failure for bytes that are not a video."""

import pytest

from fake_pipeline import FakePipeline


def stored_files(settings):
    root = settings.media_dir
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


@pytest.fixture
def candidate_app(world):
    manager = world.actor("manager", "M")
    job_id = world.create_job(manager, [], reviews_required=1)
    candidate = world.actor("candidate", "Brianna Okafor")
    return candidate, world.apply(candidate, job_id)


@pytest.mark.parametrize(
    ("content", "headers", "status", "code"),
    [
        (b"", {"Content-Type": "video/mp4"}, 422, "empty_file"),
        (b"x" * 2_000_001, {"Content-Type": "video/mp4"}, 413, "too_large"),
        (b"hello", {"Content-Type": "text/plain"}, 415, "unsupported_media_type"),
        (b"hello", {"Content-Type": "application/json"}, 415, "unsupported_media_type"),
        (b"hello", {}, 415, "unsupported_media_type"),
        (b"--x\r\n", {"Content-Type": "multipart/form-data"}, 422, "malformed_multipart"),
        (b"not multipart at all", {"Content-Type": "multipart/form-data; boundary=zzz"}, 422,
         "malformed_multipart"),
    ],
    ids=["empty", "over-cap", "text-plain", "json", "no-type", "no-boundary", "bad-multipart"],
)
def test_bad_uploads_are_refused_and_store_nothing(world, settings, candidate_app, content,
                                                     headers, status, code):
    candidate, application_id = candidate_app
    response = candidate.put(f"/applications/{application_id}/video", content=content,
                             headers=headers)
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code
    assert stored_files(settings) == []
    assert candidate.get(f"/applications/{application_id}").json()["status"] == "awaiting_upload"
    assert world.enqueued == []


def test_over_cap_without_content_length_is_cut_off(world, settings, candidate_app):
    candidate, application_id = candidate_app

    def body():
        for _ in range(40):
            yield b"x" * 100_000

    response = candidate.put(f"/applications/{application_id}/video", content=body(),
                             headers={"Content-Type": "video/mp4"})
    assert response.status_code == 413
    assert stored_files(settings) == []


def test_client_filename_is_never_used(world, settings, candidate_app, tmp_path):
    candidate, application_id = candidate_app
    files = {"file": ("../../etc/passwd", b"FAKE VIDEO BYTES", "video/mp4")}
    response = candidate.put(f"/applications/{application_id}/video", files=files,
                             headers={"Content-Disposition": 'attachment; filename="../../x"'})
    assert response.status_code == 202, response.text
    stored = stored_files(settings)
    assert len(stored) == 1
    assert stored[0].parent == settings.media_dir / "media"
    assert "passwd" not in str(stored[0])
    assert not (settings.media_dir.parent / "etc").exists()


def test_multipart_part_with_wrong_type_is_refused(world, settings, candidate_app):
    candidate, application_id = candidate_app
    files = {"file": ("resume.txt", b"just text", "text/plain")}
    response = candidate.put(f"/applications/{application_id}/video", files=files)
    assert response.status_code == 415
    assert stored_files(settings) == []


def test_multipart_without_file_field_is_refused(world, settings, candidate_app):
    candidate, application_id = candidate_app
    response = candidate.put(f"/applications/{application_id}/video", files={"other": ("a", b"b", "video/mp4")})
    assert response.status_code == 422 and response.json()["error"]["code"] == "no_file"
    assert stored_files(settings) == []


def test_text_renamed_mp4_is_accepted_then_fails_in_the_worker(world, settings, candidate_app):
    candidate, application_id = candidate_app
    files = {"file": ("resume.mp4", b"NOT A VIDEO, just text renamed", "video/mp4")}
    assert candidate.put(f"/applications/{application_id}/video", files=files).status_code == 202
    pipeline = FakePipeline()
    world.process(application_id, pipeline)
    status = candidate.get(f"/applications/{application_id}").json()
    assert status["status"] == "failed"
    assert "not a video" in status["error"]
    # Failed: the candidate may upload a fixed file, which replaces the stored one.
    assert world.upload(candidate, application_id).status_code == 202
    assert len(stored_files(settings)) == 1
    world.process(application_id, pipeline)
    assert candidate.get(f"/applications/{application_id}").json()["status"] == "processed"


def test_stored_media_is_encrypted(world, settings, candidate_app):
    candidate, application_id = candidate_app
    data = b"FAKE VIDEO with Brianna Okafor inside " * 100
    assert world.upload(candidate, application_id, data).status_code == 202
    (stored,) = stored_files(settings)
    assert b"Brianna" not in stored.read_bytes()
    assert world.enqueued and str(world.enqueued[0]) == application_id


def test_other_candidates_cannot_upload(world, candidate_app):
    _, application_id = candidate_app
    intruder = world.actor("candidate", "Intruder")
    response = world.upload(intruder, application_id)
    assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"


def test_bad_ids_are_4xx_not_5xx(world, client, candidate_app):
    candidate, _ = candidate_app
    for path in ("/applications/not-a-uuid", "/jobs/abc", "/jobs/99999999999999999999",
                 "/applications/00000000-0000-0000-0000-000000000000/preview", "/jobs/0"):
        response = candidate.get(path)
        assert 400 <= response.status_code < 500, (path, response.text)
        assert response.json()["error"]["code"]


def test_multipart_junk_fields_count_against_the_cap(world, settings, candidate_app):
    candidate, application_id = candidate_app
    junk = b"j" * (settings.upload_max_bytes + 100_000)
    files = {"notes": (None, junk), "file": ("a.mp4", b"FAKE VIDEO", "video/mp4")}
    response = candidate.put(f"/applications/{application_id}/video", files=files)
    assert response.status_code == 413
    assert stored_files(settings) == []
