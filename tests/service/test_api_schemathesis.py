"""schemathesis against the OpenAPI document: generated requests (valid and not) for every
operation, as a manager and as a candidate, must never get a 5xx. Skipped if schemathesis is not
installed (it is not a project dependency yet)."""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")

from fastapi.testclient import TestClient  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from conftest import (  # noqa: E402
    World,
    create_database,
    database_url_for,
    drop_database,
    make_settings,
    serve_in_thread,
)
from service.app import create_app  # noqa: E402
from service.config import Settings  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def live(template_database, tmp_path_factory):
    """The API over loopback HTTP on a database of its own, with a manager, a candidate, a job."""
    name = create_database(template_database)
    app_settings = make_settings(database_url_for(name), tmp_path_factory.mktemp("schemathesis"))
    app = create_app(app_settings, enqueue=lambda conn, application_id: None)
    try:
        with serve_in_thread(app) as url, TestClient(app) as client:
            world = World(client, app_settings, [])
            manager = world.actor("manager", "M")
            candidate = world.actor("candidate", "C")
            world.create_job(manager, [world.actor("reviewer", "R")], reviews_required=1)
            yield url.removesuffix("/api/v1"), {"manager": manager, "candidate": candidate}
    finally:
        drop_database(name)


# The document does not depend on settings or the database, so it can be built at collection.
schema = schemathesis.openapi.from_dict(create_app(Settings()).openapi())


@schema.parametrize()
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much])
def test_no_server_errors(case, live):
    base_url, actors = live
    for actor in actors.values():
        case.call_and_validate(base_url=base_url, headers=actor.headers,
                               checks=[not_a_server_error])
