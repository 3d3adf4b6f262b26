"""Structured logs: one JSON object per line, carrying ids (user, job, application), never
transcript text, names or other identity data. Pass ids as ``extra={...}``; anything else stays
out of the log line."""

from __future__ import annotations

import json
import logging
import sys
import time

# The only ``extra`` keys that reach the output: ids and technical facts, never personal data.
FIELDS = (
    "user_id", "role", "job_id", "application_id", "flag_id", "token_id", "action", "status",
    "attempt", "bytes", "duration_ms", "migration", "error_type", "method", "path", "status_code",
    "queue_job_id", "reveal_id",
)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for field in FIELDS:
            value = record.__dict__.get(field)
            if value is not None:
                entry[field] = str(value) if not isinstance(value, int | float) else value
        if record.exc_info and record.exc_info[0] is not None:
            entry["exception"] = record.exc_info[0].__name__
        return json.dumps(entry)


def configure_logging(level: str = "INFO") -> None:
    """Send the ``blindscreen`` loggers to stderr as JSON lines (idempotent)."""
    logger = logging.getLogger("blindscreen")
    logger.setLevel(level.upper())
    if not any(isinstance(h.formatter, JsonFormatter) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JsonFormatter())
        logger.addHandler(handler)
    logger.propagate = False
