"""The OpenAPI document is complete, and no request built from it, however malformed, gets a 5xx.

A light, dependency-free stand-in for schemathesis: every operation is called by every role with
broken path parameters, bodies and query strings; every answer must be < 500 and every 4xx must
carry the JSON error body.
"""

from __future__ import annotations

import itertools
import re

import pytest

from conftest import API

BAD_PATH_VALUES = ["x", "-1", "0", "99999999999999999999", "00000000-0000-0000-0000-000000000000",
                   "%2e%2e%2f%2e%2e", "1.5", "default;drop"]
BAD_BODIES = [None, b"{", b"null", b"[]", b'{"unexpected": 1}', b'"text"',
              b'{"title": null, "rubric": "x", "scores": {"a": 99}, "role": 5}',
              b'{"job_id": 1e400, "reviewer_id": -5, "outcome": ["advance"]}']
BAD_QUERIES = [{}, {"limit": "-1", "offset": "x", "after_id": "1e9999", "status": "nope",
                    "include_submitted": "maybe", "stage": 5, "role": "candidate"}]


def operations(app):
    spec = app.openapi()
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            yield path, method.upper(), operation


def test_every_operation_is_documented(app):
    spec = app.openapi()
    schemas = spec["components"]["schemas"]
    for path, method, operation in operations(app):
        where = f"{method} {path}"
        assert operation.get("summary") and operation.get("tags"), where
        ok = [code for code in operation["responses"] if code.startswith("2")]
        assert ok, where
        for code in ok:
            content = operation["responses"][code].get("content", {})
            if code != "204":
                assert content, where
            for media in content.values():
                if "json" in str(content):
                    assert media.get("schema"), where
        if path not in (f"{API}/health", f"{API}/consent"):
            assert "401" in operation["responses"], where
        body = operation.get("requestBody")
        if body and "application/json" in body["content"]:
            ref = body["content"]["application/json"]["schema"]["$ref"].split("/")[-1]
            assert schemas[ref].get("examples"), f"{where}: request body {ref} has no example"


def test_response_models_have_field_examples(app):
    schemas = app.openapi()["components"]["schemas"]
    for name in ("JobOut", "ApplicationOut", "UploadOut", "UserOut", "PolicyRef", "AuditEntry"):
        properties = schemas[name]["properties"]
        assert any("examples" in p for p in properties.values()), name


@pytest.fixture
def callers(world):
    manager = world.actor("manager", "M")
    reviewer = world.actor("reviewer", "R")
    candidate = world.actor("candidate", "C")
    auditor = world.actor("auditor", "A")
    job_id = world.create_job(manager, [reviewer], reviews_required=1)
    world.processed_application(candidate, job_id)
    return [None, manager, reviewer, candidate, auditor]


def test_malformed_requests_never_get_a_5xx(app, client, callers):
    failures = []
    for path, method, operation in operations(app):
        params = re.findall(r"{(\w+)}", path)
        values = BAD_PATH_VALUES[:4] if params else [None]
        if method == "GET":
            cases = itertools.product(callers, values, [None], BAD_QUERIES)
        else:
            cases = itertools.product(callers, values[:2], BAD_BODIES, [{}])
        for caller, value, body, query in cases:
            url = path
            for name in params:
                url = url.replace("{" + name + "}", value)
            headers = {"Content-Type": "application/json"}
            if caller is not None:
                headers.update(caller.headers)
            response = client.request(method, url, content=body, params=query, headers=headers)
            if response.status_code >= 500 or (
                    400 <= response.status_code < 500 and "error" not in response.json()):
                failures.append(f"{method} {url} {body!r} {query} as "
                                f"{caller.role if caller else 'anonymous'}: "
                                f"{response.status_code} {response.text[:120]}")
    assert failures == []


def test_odd_path_values_never_get_a_5xx(client, callers):
    manager = callers[1]
    for value in BAD_PATH_VALUES:
        for template in ("/jobs/{}", "/applications/{}", "/policies/{}", "/flags/{}/resolve"):
            response = manager.get(template.format(value))
            assert response.status_code < 500, (template, value, response.text)
