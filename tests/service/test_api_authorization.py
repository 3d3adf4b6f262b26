"""Every route x every kind of caller against the allowed set.

Allowed: any answer but 401/403/404 (a 409 for the wrong state is still allowed). Denied:
anonymous gets 401, the wrong role 403, the right role on someone else's resource 404 (or 403).
A new route fails this test until it is added to ALLOWED. The employer side's allowed answers
are also searched for the candidate's identity.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from conftest import API, World, create_database, database_url_for, drop_database, make_settings
from service.app import create_app

CALLERS = ("anonymous", "candidate", "other_candidate", "reviewer", "unassigned_reviewer",
           "manager", "other_manager", "auditor")
EVERYONE = set(CALLERS) - {"anonymous"}
PUBLIC = set(CALLERS)

ALLOWED: dict[tuple[str, str], set[str]] = {
    ("GET", "/health"): PUBLIC,
    ("GET", "/openapi.json"): PUBLIC,
    ("GET", "/docs"): PUBLIC,
    ("GET", "/consent"): PUBLIC,
    ("GET", "/me"): EVERYONE,
    ("GET", "/me/tokens"): EVERYONE,
    ("POST", "/me/tokens"): EVERYONE,
    ("DELETE", "/me/tokens/{token_id}"): EVERYONE,
    ("POST", "/users"): {"manager", "other_manager"},
    ("GET", "/users"): {"manager", "other_manager"},
    ("GET", "/policies"): {"manager", "other_manager", "auditor"},
    ("GET", "/policies/{name}"): {"manager", "other_manager", "auditor"},
    ("POST", "/jobs"): {"manager", "other_manager"},
    ("GET", "/jobs"): EVERYONE,
    ("GET", "/jobs/{job_id}"): {"candidate", "other_candidate", "reviewer", "manager", "auditor"},
    ("GET", "/jobs/{job_id}/reviewers"): {"manager"},
    ("POST", "/jobs/{job_id}/reviewers"): {"manager"},
    ("DELETE", "/jobs/{job_id}/reviewers/{reviewer_id}"): {"manager"},
    ("GET", "/jobs/{job_id}/applications"): {"manager"},
    ("GET", "/jobs/{job_id}/queue"): {"reviewer"},
    ("GET", "/jobs/{job_id}/flags"): {"manager"},
    ("POST", "/applications"): {"candidate", "other_candidate"},
    ("GET", "/applications"): {"candidate", "other_candidate"},
    ("GET", "/applications/{application_id}"): {"candidate", "reviewer", "manager"},
    ("DELETE", "/applications/{application_id}"): {"candidate"},
    ("PUT", "/applications/{application_id}/video"): {"candidate"},
    ("GET", "/applications/{application_id}/video"): {"manager"},
    ("GET", "/applications/{application_id}/preview"): {"candidate"},
    ("GET", "/applications/{application_id}/transcript"): {"reviewer", "manager"},
    ("GET", "/applications/{application_id}/review"): {"reviewer"},
    ("PUT", "/applications/{application_id}/review"): {"reviewer"},
    ("POST", "/applications/{application_id}/review/submit"): {"reviewer"},
    ("GET", "/applications/{application_id}/reviews"): {"reviewer", "manager"},
    ("POST", "/applications/{application_id}/decision"): {"manager"},
    ("POST", "/applications/{application_id}/reveal"): {"manager"},
    ("GET", "/applications/{application_id}/identity"): {"manager"},
    ("POST", "/applications/{application_id}/flags"): {"candidate"},
    ("GET", "/applications/{application_id}/flags"): {"candidate", "manager"},
    ("POST", "/flags/{flag_id}/resolve"): {"manager"},
    ("GET", "/audit/log"): {"auditor"},
    ("GET", "/audit/jobs/{job_id}"): {"auditor"},
}

IDENTITY = ("Brianna Okafor", "brianna@example.com", "Howard University")
EMPLOYER_SIDE = {"reviewer", "unassigned_reviewer", "auditor"}


def api_routes(app) -> set[tuple[str, str]]:
    """The documented operations, plus the plain routes (the OpenAPI document and its page)."""
    found = {(method.upper(), path[len(API):])
             for path, operations in app.openapi()["paths"].items() for method in operations}
    for route in app.routes:
        path = getattr(route, "path", None) or ""
        if path.startswith(API):
            found |= {(m, path[len(API):]) for m in getattr(route, "methods", ()) if m != "HEAD"}
    return found


def test_every_route_is_in_the_table(app):
    assert api_routes(app) == set(ALLOWED)


@pytest.fixture(scope="module")
def matrix_world(template_database, tmp_path_factory):
    """One world for the whole matrix (building it takes a second): the routes are tested in a
    fixed order and destructive ones use their own spare resources."""
    name = create_database(template_database)
    settings = make_settings(database_url_for(name), tmp_path_factory.mktemp("matrix"))
    enqueued: list = []
    app = create_app(settings, enqueue=lambda conn, application_id: enqueued.append(application_id))
    try:
        with TestClient(app, raise_server_exceptions=False) as client:
            yield World(client, settings, enqueued)
    finally:
        drop_database(name)


@pytest.fixture(scope="module")
def setup(matrix_world):
    world = matrix_world
    actors = {
        "candidate": world.actor("candidate", "Brianna Okafor"),
        "other_candidate": world.actor("candidate", "Other Candidate"),
        "reviewer": world.actor("reviewer", "Assigned Reviewer"),
        "unassigned_reviewer": world.actor("reviewer", "Unassigned Reviewer"),
        "manager": world.actor("manager", "Job Manager"),
        "other_manager": world.actor("manager", "Other Manager"),
        "auditor": world.actor("auditor", "Auditor"),
    }
    spare_reviewer = world.actor("reviewer", "Spare Reviewer")
    job_id = world.create_job(actors["manager"], [actors["reviewer"], spare_reviewer],
                              reviews_required=1)
    world.create_job(actors["other_manager"], [actors["unassigned_reviewer"]])
    candidate = actors["candidate"]
    application_id = world.processed_application(candidate, job_id)
    world.review(actors["reviewer"], application_id)
    manager = actors["manager"]
    assert manager.post(f"/applications/{application_id}/decision",
                        json={"outcome": "advance"}).status_code == 201
    assert manager.post(f"/applications/{application_id}/reveal",
                        json={"reason": "setup"}).status_code == 201
    flag = candidate.post(f"/applications/{application_id}/flags", json={"phrase": "Python"})
    assert flag.status_code == 201, flag.text
    other_job = world.create_job(manager, [actors["reviewer"]], reviews_required=1)
    throwaway = world.apply(candidate, other_job)
    tokens = {name: actor.post("/me/tokens", json={"label": "spare"}).json()["id"]
              for name, actor in actors.items()}
    return {
        "actors": actors, "job_id": job_id, "application_id": application_id,
        "throwaway": throwaway, "flag_id": flag.json()["id"], "tokens": tokens,
        "spare_reviewer": spare_reviewer.id,
    }


def bodies(setup, consent_version):
    return {
        ("POST", "/me/tokens"): {"json": {"label": "matrix"}},
        ("POST", "/users"): {"json": {"role": "reviewer", "name": "Made In Matrix"}},
        ("POST", "/jobs"): {"json": {"title": "T", "rubric": [{"key": "a", "label": "A"}]}},
        ("POST", "/jobs/{job_id}/reviewers"): {"json": {"reviewer_id": setup["spare_reviewer"]}},
        ("POST", "/applications"): {"json": {
            "job_id": setup["job_id"], "consent": True, "consent_version": consent_version,
            "identity": {"name": "Someone"}}},
        ("PUT", "/applications/{application_id}/video"): {
            "content": b"FAKE VIDEO", "headers": {"Content-Type": "video/mp4"}},
        ("PUT", "/applications/{application_id}/review"): {
            "json": {"scores": {"communication": 2}}},
        ("POST", "/applications/{application_id}/decision"): {"json": {"outcome": "reject"}},
        ("POST", "/applications/{application_id}/reveal"): {"json": {"reason": "matrix test"}},
        ("POST", "/applications/{application_id}/flags"): {"json": {"phrase": "love"}},
        ("POST", "/flags/{flag_id}/resolve"): {"json": {"action": "dismiss"}},
    }


def fill(path, setup, caller):
    application = (setup["throwaway"] if path == "/applications/{application_id}"
                   and caller.get("method") == "DELETE" else setup["application_id"])
    return path.format(
        job_id=setup["job_id"], application_id=application, flag_id=setup["flag_id"],
        reviewer_id=setup["spare_reviewer"], name="default",
        token_id=setup["tokens"].get(caller["name"], 1),
    )


@pytest.mark.parametrize("route", sorted(ALLOWED), ids=lambda r: f"{r[0]} {r[1]}")
def test_route_against_every_caller(route, setup, matrix_world):
    client = matrix_world.client
    method, path = route
    allowed = ALLOWED[route]
    consent_version = client.get(f"{API}/consent").json()["version"]
    extra = bodies(setup, consent_version).get(route, {})
    # Denied callers first: an allowed DELETE may remove what the others would have asked for.
    for name in sorted(CALLERS, key=lambda n: n in allowed):
        url = API + fill(path, setup, {"name": name, "method": method})
        kwargs = {k: (dict(v) if isinstance(v, dict) else v) for k, v in extra.items()}
        if name == "anonymous":
            response = client.request(method, url, **kwargs)
        else:
            actor = setup["actors"][name]
            headers = {**actor.headers, **kwargs.pop("headers", {})}
            response = client.request(method, url, headers=headers, **kwargs)
        status = response.status_code
        where = f"{method} {path} as {name}: {status} {response.text[:200]}"
        if name in allowed:
            assert status not in (401, 403, 404) and status < 500, where
            if name in EMPLOYER_SIDE:
                assert not any(value in response.text for value in IDENTITY), where
        elif name == "anonymous":
            assert status == 401, where
            assert response.json()["error"]["code"] == "unauthenticated", where
        else:
            assert status in (403, 404), where
            assert response.json()["error"]["code"], where
