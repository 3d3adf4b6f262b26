"""The API application: ``create_app(settings)`` builds it; nothing happens at import.

The lifespan opens the database pool (and closes it); migrations are run by ``blindscreen
migrate`` or ``blindscreen serve``, not here, so several API processes can start at once.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from uuid import UUID

from fastapi import APIRouter, FastAPI

from pipelines import __version__

from . import db, errors
from .config import Settings, get_settings
from .deps import ConnDep, Enqueue
from .logs import configure_logging
from .routers import (
    applications,
    audit,
    consent,
    decisions,
    flags,
    jobs,
    policies,
    reviews,
    transcripts,
    uploads,
    users,
)
from .storage import LocalStorage, Storage

log = logging.getLogger("blindscreen.app")

API_PREFIX = "/api/v1"
ROUTERS = (users, consent, policies, jobs, applications, uploads, transcripts, reviews, decisions,
           flags, audit)

DESCRIPTION = """
Blind screening of video resumes. A candidate applies with consent and uploads a video; a worker
turns it into an anonymized transcript; assigned reviewers score it blind against the job's
rubric; the hiring manager decides and only then may reveal an advanced candidate's identity,
giving a reason. Auditors read policies, aggregates and the audit log.

Authenticate with a personal API token: `Authorization: Bearer bst_...`. Every error answer is
`{"error": {"code": "...", "message": "..."}}`.
"""


def queue_enqueue(conn: db.Connection, application_id: UUID) -> None:
    """Queue processing through the job queue (service.queue), in the caller's transaction."""
    from . import queue

    queue.enqueue_processing(application_id, conn)


def resolve_database_url(settings: Settings) -> str:
    if settings.database_url:
        return settings.database_url
    from .embedded_pg import resolve_database_url as embedded

    return embedded(settings)


def create_app(
    settings: Settings | None = None,
    *,
    storage: Storage | None = None,
    enqueue: Enqueue | None = None,
    database_url: str | None = None,
) -> FastAPI:
    """The API. ``settings`` default to the environment's; ``enqueue`` to the job queue's."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure_logging(settings.log_level)
        url = database_url or resolve_database_url(settings)
        app.state.pool = db.open_pool(url, min_size=settings.pool_min_size,
                                      max_size=settings.pool_max_size)
        log.info("api started")
        try:
            yield
        finally:
            app.state.pool.close()

    app = FastAPI(
        title="blindscreen",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
        swagger_ui_oauth2_redirect_url=None,
    )
    app.state.settings = settings
    app.state.storage = storage or LocalStorage(settings.media_dir)
    app.state.enqueue = enqueue or queue_enqueue
    errors.install(app)
    api = APIRouter(prefix=API_PREFIX)
    for module in ROUTERS:
        api.include_router(module.router)
    api.add_api_route("/health", health, methods=["GET"], tags=["health"],
                      summary="Liveness and database reachability (public)")
    app.include_router(api)
    return app


def health(conn: ConnDep) -> dict[str, str]:
    db.fetch_one(conn, "ping")
    return {"status": "ok"}
