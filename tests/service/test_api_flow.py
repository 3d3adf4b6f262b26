"""The whole flow over HTTP with a stand-in pipeline: apply, upload, process, review blind,
decide, reveal, audit."""

import hashlib

import pytest

VIDEO = b"FAKE VIDEO " * 1000


def test_whole_flow(world, client):
    manager = world.actor("manager", "Maria Manager")
    reviewers = [world.actor("reviewer", "Rev One"), world.actor("reviewer", "Rev Two")]
    auditor = world.actor("auditor", "Audrey Auditor")
    candidate = world.actor("candidate", "Brianna Okafor")
    job_id = world.create_job(manager, reviewers)

    application_id = world.apply(candidate, job_id)
    status = candidate.get(f"/applications/{application_id}").json()
    assert status["status"] == "awaiting_upload" and status["upload_url"].endswith("/video")

    uploaded = world.upload(candidate, application_id, VIDEO, headers={"Idempotency-Key": "k1"})
    assert uploaded.status_code == 202, uploaded.text
    assert uploaded.json()["sha256"] == hashlib.sha256(VIDEO).hexdigest()
    assert world.enqueued == [application_id] or [str(x) for x in world.enqueued] == [application_id]
    again = world.upload(candidate, application_id, VIDEO, headers={"Idempotency-Key": "k1"})
    assert again.status_code == 202 and again.json() == uploaded.json()
    assert world.upload(candidate, application_id, VIDEO).status_code == 409

    world.process(application_id)
    assert candidate.get(f"/applications/{application_id}").json()["status"] == "processed"

    preview = candidate.get(f"/applications/{application_id}/preview").json()
    assert "Brianna Okafor" in preview["original"]["text"]
    assert "Brianna" not in preview["redacted"]["text"]
    assert {r["category"] for r in preview["redactions"]} == {"PERSON", "SCHOOL"}

    first, second = reviewers
    queue = first.get(f"/jobs/{job_id}/queue").json()
    assert [i["application_id"] for i in queue["items"]] == [application_id]
    assert queue["items"][0]["transcript"]["text"] == preview["redacted"]["text"]
    assert "Brianna" not in str(queue)

    assert first.get(f"/applications/{application_id}/reviews").json()["error"]["code"] == "submit_first"
    world.review(first, application_id, {"communication": 5, "experience": 4})
    locked = first.put(f"/applications/{application_id}/review",
                       json={"scores": {"communication": 1, "experience": 1}})
    assert locked.status_code == 409
    seen = first.get(f"/applications/{application_id}/reviews").json()
    assert [r["scores"] for r in seen["reviews"]] == [{"communication": 5, "experience": 4}]
    assert first.get(f"/jobs/{job_id}/queue").json()["items"] == []

    too_early = manager.post(f"/applications/{application_id}/decision", json={"outcome": "advance"})
    assert too_early.status_code == 409 and too_early.json()["error"]["code"] == "reviews_needed"
    no_reveal = manager.post(f"/applications/{application_id}/reveal", json={"reason": "want to"})
    assert no_reveal.status_code == 409
    world.review(second, application_id)

    decided = manager.post(f"/applications/{application_id}/decision", json={"outcome": "advance"})
    assert decided.status_code == 201 and decided.json()["outcome"] == "advanced"
    assert manager.get(f"/applications/{application_id}/identity").status_code == 403
    revealed = manager.post(f"/applications/{application_id}/reveal",
                            json={"reason": "Advanced to interview"})
    assert revealed.status_code == 201, revealed.text
    body = revealed.json()
    assert body["identity"]["name"] == "Brianna Okafor" and body["reason"] == "Advanced to interview"
    video = manager.get(f"/applications/{application_id}/video")
    assert video.status_code == 200 and video.content == VIDEO

    report = auditor.get(f"/audit/jobs/{job_id}").json()
    assert report["redactions"]["PERSON"] == {"count": 1, "applications": 1}
    assert report["stages"]["advanced"] == 1
    log = auditor.get("/audit/log", params={"limit": 1000}).json()["entries"]
    actions = [e["action"] for e in log]
    for expected in ("application.created", "media.uploaded", "application.processed",
                     "transcript.previewed", "review.submitted", "application.advanced",
                     "identity.revealed", "video.downloaded"):
        assert expected in actions
    assert "Brianna" not in str(log) and "Advanced to interview" not in str(log)


def test_queue_order_is_random_per_reviewer_and_stable(world):
    manager = world.actor("manager", "M")
    reviewers = [world.actor("reviewer", f"R{i}") for i in range(3)]
    job_id = world.create_job(manager, reviewers, reviews_required=1)
    for i in range(8):
        world.processed_application(world.actor("candidate", f"Cand {i}"), job_id)
    orders = []
    for reviewer in reviewers:
        first = [i["application_id"] for i in reviewer.get(f"/jobs/{job_id}/queue").json()["items"]]
        again = [i["application_id"] for i in reviewer.get(f"/jobs/{job_id}/queue").json()["items"]]
        assert first == again and len(first) == 8
        orders.append(first)
    assert len({tuple(o) for o in orders}) > 1


def test_queue_pages_by_key_as_by_offset(world):
    manager = world.actor("manager", "M")
    reviewer = world.actor("reviewer", "R")
    job_id = world.create_job(manager, [reviewer], reviews_required=1)
    for i in range(7):
        world.processed_application(world.actor("candidate", f"Cand {i}"), job_id)
    whole = reviewer.get(f"/jobs/{job_id}/queue").json()
    order = [i["application_id"] for i in whole["items"]]
    assert len(order) == 7 and whole["next_after"] is None

    by_key, after, pages = [], None, 0
    while True:
        params = {"limit": 3} | ({"after": after} if after else {})
        page = reviewer.get(f"/jobs/{job_id}/queue", params=params).json()
        by_key += [i["application_id"] for i in page["items"]]
        pages += 1
        after = page["next_after"]
        if after is None:
            break
        assert after == page["items"][-1]["application_id"]
    by_offset = [i["application_id"] for offset in (0, 3, 6) for i in reviewer.get(
        f"/jobs/{job_id}/queue", params={"limit": 3, "offset": offset}).json()["items"]]
    assert by_key == by_offset == order and pages == 3

    both = reviewer.get(f"/jobs/{job_id}/queue", params={"after": order[0], "offset": 3})
    assert both.status_code == 422 and both.json()["error"]["code"] == "invalid_paging"


def test_queue_segments_only_when_asked(world):
    manager = world.actor("manager", "M")
    reviewer = world.actor("reviewer", "R")
    job_id = world.create_job(manager, [reviewer], reviews_required=1)
    world.processed_application(world.actor("candidate", "Brianna Okafor"), job_id)
    (plain,) = reviewer.get(f"/jobs/{job_id}/queue").json()["items"]
    assert plain["transcript"]["segments"] is None and plain["transcript"]["text"]
    (timed,) = reviewer.get(f"/jobs/{job_id}/queue",
                            params={"include_segments": "true"}).json()["items"]
    segments = timed["transcript"]["segments"]
    assert segments and " ".join(s["text"].strip() for s in segments).split() == \
        timed["transcript"]["text"].split()
    assert all(s["end"] >= s["start"] for s in segments)


def test_queue_follows_assignment(world):
    """A reviewer assigned after applications arrived sees all of them; unassigned, none;
    assigned again, the same order as before."""
    manager = world.actor("manager", "M")
    first, late = world.actor("reviewer", "R1"), world.actor("reviewer", "R2")
    job_id = world.create_job(manager, [first], reviews_required=1)
    for i in range(4):
        world.processed_application(world.actor("candidate", f"Cand {i}"), job_id)
    assert late.get(f"/jobs/{job_id}/queue").status_code in (403, 404)
    assigned = manager.post(f"/jobs/{job_id}/reviewers", json={"reviewer_id": late.id})
    assert assigned.status_code == 204, assigned.text
    order = [i["application_id"] for i in late.get(f"/jobs/{job_id}/queue").json()["items"]]
    assert len(order) == 4
    world.processed_application(world.actor("candidate", "Cand 5"), job_id)
    assert len(late.get(f"/jobs/{job_id}/queue").json()["items"]) == 5

    assert manager.delete(f"/jobs/{job_id}/reviewers/{late.id}").status_code == 204
    assert late.get(f"/jobs/{job_id}/queue").status_code in (403, 404)
    assert manager.post(f"/jobs/{job_id}/reviewers", json={"reviewer_id": late.id}).status_code == 204
    again = [i["application_id"] for i in late.get(f"/jobs/{job_id}/queue").json()["items"]]
    assert [a for a in again if a in order] == order and len(again) == 5


def test_flag_holds_transcript_back_until_resolved(world):
    manager = world.actor("manager", "M")
    reviewer = world.actor("reviewer", "R")
    candidate = world.actor("candidate", "Brianna Okafor")
    job_id = world.create_job(manager, [reviewer], reviews_required=1)
    application_id = world.processed_application(candidate, job_id)

    missing = candidate.post(f"/applications/{application_id}/flags", json={"phrase": "Nairobi"})
    assert missing.status_code == 422
    flag = candidate.post(f"/applications/{application_id}/flags",
                          json={"phrase": "Python services", "note": "my startup's tagline"})
    assert flag.status_code == 201, flag.text
    assert reviewer.get(f"/jobs/{job_id}/queue").json()["items"] == []
    held = reviewer.get(f"/applications/{application_id}/transcript")
    assert held.status_code == 409 and held.json()["error"]["code"] == "held_back"
    assert candidate.get(f"/applications/{application_id}/preview").json()["held_back"] is True

    open_flags = manager.get(f"/jobs/{job_id}/flags", params={"status": "open"}).json()
    assert [f["id"] for f in open_flags] == [flag.json()["id"]]
    resolved = manager.post(f"/flags/{flag.json()['id']}/resolve", json={"action": "redact"})
    assert resolved.status_code == 200 and resolved.json()["status"] == "redacted"
    assert manager.post(f"/flags/{flag.json()['id']}/resolve", json={"action": "dismiss"}).status_code == 409
    text = reviewer.get(f"/applications/{application_id}/transcript").json()["redacted"]["text"]
    assert "Python services" not in text and "[FLAGGED]" in text


def test_tokens_can_be_created_listed_and_revoked(world, client):
    user = world.actor("reviewer", "R")
    created = user.post("/me/tokens", json={"label": "laptop"})
    assert created.status_code == 201
    token = created.json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/me", headers=headers).json()["name"] == "R"
    assert {t["label"] for t in user.get("/me/tokens").json()} == {"cli", "laptop"}
    assert user.delete(f"/me/tokens/{created.json()['id']}").status_code == 204
    assert client.get("/api/v1/me", headers=headers).status_code == 401


@pytest.mark.parametrize("path", ["/me/tokens", "/users"])
def test_text_with_a_nul_byte_is_a_client_error(world, path):
    manager = world.actor("manager", "M")
    body = {"label": "lap\x00top"} if path == "/me/tokens" else {"role": "reviewer", "name": "R\x00"}
    response = manager.post(path, json=body)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"]


def test_manager_creates_users_but_never_lists_candidates(world):
    manager = world.actor("manager", "M")
    made = manager.post("/users", json={"role": "candidate", "name": "Brianna Okafor"})
    assert made.status_code == 201 and made.json()["token"]["token"].startswith("bst_")
    assert manager.post("/users", json={"role": "manager", "name": "X"}).status_code == 422
    assert "Brianna" not in str(manager.get("/users").json())
