"""The service's errors and the one place that maps errors to HTTP status codes.

Service code raises these (all ``BlindscreenError``s, like the pipeline's); ``install`` registers
handlers so that every error answer has the body ``{"error": {"code": ..., "message": ...}}``.
psycopg errors are translated where they enter (``service.db.wrap_db_errors``), so a bad request
never becomes a 500 and a database outage becomes a 503 that says so.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from pipelines.errors import (
    BlindscreenError,
    InputError,
    MediaError,
    ModelError,
    PolicyError,
    ToolMissingError,
)

log = logging.getLogger("blindscreen.service")


class ServiceError(BlindscreenError):
    """Root of the service's own errors. ``code`` is a stable machine-readable name."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, details: Any = None):
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.details = details


class Unauthenticated(ServiceError):
    """No valid credentials were given."""

    code = "unauthenticated"


class Forbidden(ServiceError):
    """The caller's role may not do this."""

    code = "forbidden"


class NotFound(ServiceError):
    """The resource does not exist, or the caller may not know that it exists."""

    code = "not_found"


class Conflict(ServiceError):
    """The request is valid but the resource is in the wrong state for it."""

    code = "conflict"


class Gone(ServiceError):
    """The data existed but has been deleted (retention period, erasure)."""

    code = "gone"


class InvalidInput(ServiceError):
    """The request is well-formed but its content is not acceptable."""

    code = "invalid_input"


class PayloadTooLarge(ServiceError):
    code = "too_large"


class UnsupportedMediaType(ServiceError):
    code = "unsupported_media_type"


class DatabaseUnavailable(ServiceError):
    """PostgreSQL cannot be reached or dropped the connection."""

    code = "database_unavailable"


class DatabaseError(ServiceError):
    """PostgreSQL rejected a statement for a reason that is a bug, not bad input."""

    code = "database_error"


class StorageError(ServiceError):
    """The media store failed (disk full, object missing)."""

    code = "storage_error"


class MigrationError(ServiceError):
    """The database schema cannot be brought up to date."""

    code = "migration_error"


# Most specific class first; the first match wins. Status codes are chosen here and only here.
STATUS: tuple[tuple[type[BaseException], int], ...] = (
    (Unauthenticated, 401),
    (Forbidden, 403),
    (NotFound, 404),
    (Conflict, 409),
    (Gone, 410),
    (PayloadTooLarge, 413),
    (UnsupportedMediaType, 415),
    (InvalidInput, 422),
    (DatabaseUnavailable, 503),
    (MediaError, 422),
    (PolicyError, 422),
    (InputError, 400),
    (ToolMissingError, 503),
    (ModelError, 503),
    (BlindscreenError, 500),
)

DEFAULT_CODES = {
    MediaError: "invalid_media",
    PolicyError: "invalid_policy",
    InputError: "invalid_input",
    ToolMissingError: "tool_missing",
    ModelError: "model_unavailable",
}

HTTP_CODES = {
    400: "bad_request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
}


def status_for(error: BaseException) -> int:
    for cls, status in STATUS:
        if isinstance(error, cls):
            return status
    return 500


def code_for(error: BaseException) -> str:
    if isinstance(error, ServiceError):
        return error.code
    for cls, code in DEFAULT_CODES.items():
        if isinstance(error, cls):
            return code
    return "internal_error"


def error_body(code: str, message: str, details: Any = None) -> dict:
    body: dict[str, Any] = {"code": code, "message": message}
    if details is not None:
        body["details"] = details
    return {"error": body}


def error_response(error: BlindscreenError) -> JSONResponse:
    status = status_for(error)
    if status >= 500:
        log.error("request failed", extra={"error_type": type(error).__name__}, exc_info=error)
    message = str(error) if status < 500 or isinstance(error, ServiceError) else "internal error"
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    details = error.details if isinstance(error, ServiceError) else None
    return JSONResponse(error_body(code_for(error), message, details), status, headers=headers)


async def _blindscreen_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, BlindscreenError)
    return error_response(error)


async def _validation_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    details = [
        {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
        for e in error.errors()
    ]
    first = details[0] if details else {"loc": [], "msg": "invalid request"}
    where = ".".join(str(p) for p in first["loc"])
    message = f"{where}: {first['msg']}" if where else first["msg"]
    return JSONResponse(error_body("invalid_request", message, details), 422)


async def _http_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, StarletteHTTPException)
    code = HTTP_CODES.get(error.status_code, "http_error")
    message = str(error.detail) if error.detail else code
    return JSONResponse(
        error_body(code, message), error.status_code, headers=getattr(error, "headers", None)
    )


async def _unexpected_error(request: Request, error: Exception) -> JSONResponse:
    log.error("unexpected error", extra={"error_type": type(error).__name__}, exc_info=error)
    return JSONResponse(error_body("internal_error", "internal error"), 500)


def install(app: FastAPI) -> None:
    """Register the JSON error handlers on ``app``."""
    app.add_exception_handler(BlindscreenError, _blindscreen_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected_error)
