"""Receiving a video: streamed from the request into encrypted storage, chunk by chunk.

The body is either the raw file (``Content-Type: video/mp4``, any ``video/*`` or ``audio/*``) or
``multipart/form-data`` with the file in a part named ``file`` or ``video``. The client's filename
is ignored: storage keys are random. The size cap is checked against ``Content-Length`` before
reading and again while reading; an empty, oversized, interrupted or wrongly typed upload raises
and leaves nothing stored. Whether the bytes are really a video is decided by the worker's probe.

The storage work runs in a thread (``anyio.to_thread``) that pulls chunks from the request as it
goes, so the event loop never blocks on disk or encryption and memory stays flat.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import anyio
import anyio.from_thread
import anyio.to_thread
from fastapi import Request
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import ClientDisconnect

from . import audit, db
from .applications import links
from .auth import User
from .config import Settings
from .deps import Enqueue
from .errors import Conflict, InvalidInput, NotFound, PayloadTooLarge, UnsupportedMediaType
from .media import StoredMedia, store_media
from .storage import Storage

log = logging.getLogger("blindscreen.uploads")

ACCEPTED_PREFIXES = ("video/", "audio/")
FILE_FIELDS = (b"file", b"video")
MULTIPART_OVERHEAD = 64 * 1024  # boundaries and part headers around the file
UPLOADABLE = ("awaiting_upload", "failed")


def _accepted(media_type: str) -> bool:
    return media_type.startswith(ACCEPTED_PREFIXES) and len(media_type) <= 100


def _refuse_type(media_type: str) -> UnsupportedMediaType:
    return UnsupportedMediaType(
        f"cannot upload {media_type or 'a body without Content-Type'}: send the video itself with "
        "Content-Type video/mp4 (or another video/* or audio/* type), or multipart/form-data "
        "with the video in a field named 'file'"
    )


class MultipartVideo:
    """The first file part (field ``file`` or ``video``) of a multipart body, as a stream."""

    def __init__(self, chunks: Iterable[bytes], boundary: bytes, max_body_bytes: int):
        self.chunks = chunks
        self.boundary = boundary
        self.max_body_bytes = max_body_bytes  # the whole body, other fields included
        self.media_type = ""
        self._pending: list[bytes] = []
        self._headers: dict[bytes, bytes] = {}
        self._field = b""
        self._value = b""
        self._in_file = False
        self._found = False

    def __iter__(self) -> Iterator[bytes]:
        parser = MultipartParser(self.boundary, {
            "on_part_begin": self._part_begin,
            "on_header_field": self._header_field,
            "on_header_value": self._header_value,
            "on_header_end": self._header_end,
            "on_headers_finished": self._headers_finished,
            "on_part_data": self._part_data,
            "on_part_end": self._part_end,
        })
        received = 0
        try:
            for chunk in self.chunks:
                received += len(chunk)
                if received > self.max_body_bytes:
                    raise PayloadTooLarge(f"the form is larger than the limit of "
                                          f"{self.max_body_bytes} bytes")
                parser.write(chunk)
                yield from self._drain()
            parser.finalize()
        except MultipartParseError as e:
            raise InvalidInput(f"malformed multipart/form-data body: {e}",
                               code="malformed_multipart") from e
        yield from self._drain()
        if not self._found:
            raise InvalidInput("no file in the form: send the video in a field named 'file'",
                               code="no_file")

    def _drain(self) -> Iterator[bytes]:
        while self._pending:
            yield self._pending.pop(0)

    def _part_begin(self) -> None:
        self._headers = {}

    def _header_field(self, data: bytes, start: int, end: int) -> None:
        self._field += data[start:end]

    def _header_value(self, data: bytes, start: int, end: int) -> None:
        self._value += data[start:end]

    def _header_end(self) -> None:
        self._headers[self._field.strip().lower()] = self._value.strip()
        self._field, self._value = b"", b""

    def _headers_finished(self) -> None:
        _, params = parse_options_header(self._headers.get(b"content-disposition", b""))
        if self._found or params.get(b"name") not in FILE_FIELDS:
            return
        media_type = parse_options_header(self._headers.get(b"content-type", b""))[0]
        self.media_type = media_type.decode("latin-1").lower()
        if not _accepted(self.media_type):
            raise _refuse_type(self.media_type)
        self._in_file = self._found = True

    def _part_data(self, data: bytes, start: int, end: int) -> None:
        if self._in_file:
            self._pending.append(data[start:end])

    def _part_end(self) -> None:
        self._in_file = False


def _blocking(stream: AsyncIterator[bytes]) -> Iterator[bytes]:
    """Pull an async stream from a worker thread (started by anyio.to_thread)."""

    async def following() -> bytes | None:
        try:
            return await stream.__anext__()
        except StopAsyncIteration:
            return None
        except ClientDisconnect:
            raise InvalidInput("the upload was interrupted; send it again",
                               code="upload_interrupted") from None

    while (chunk := anyio.from_thread.run(following)) is not None:
        yield chunk


def _replay(application: dict[str, Any], idempotency_key: str | None) -> dict[str, Any] | None:
    """The earlier answer, if this is a retry of an upload that already succeeded."""
    if (idempotency_key and application["upload_key"] == idempotency_key
            and application["status"] not in UPLOADABLE):
        return {"application_id": application["id"], "status": application["status"],
                "status_url": links(application["id"])["status_url"],
                "size": application["media_size"], "sha256": application["media_sha256"]}
    return None


def _check_uploadable(application: dict[str, Any]) -> None:
    if application["status"] not in UPLOADABLE:
        raise Conflict(f"this application already has a video (status {application['status']}); "
                       "withdraw and apply again to replace it", code="already_uploaded")


async def receive(
    request: Request, application: dict[str, Any], user: User, *, settings: Settings,
    storage: Storage, pool: Any, enqueue: Enqueue, idempotency_key: str | None,
) -> dict[str, Any]:
    replay = _replay(application, idempotency_key)
    if replay is not None:
        return replay
    _check_uploadable(application)
    raw_type, params = parse_options_header(request.headers.get("content-type"))
    media_type = raw_type.decode("latin-1").lower()
    multipart = media_type == "multipart/form-data"
    if not multipart and not _accepted(media_type):
        raise _refuse_type(media_type)
    if multipart and not params.get(b"boundary"):
        raise InvalidInput("multipart/form-data without a boundary", code="malformed_multipart")
    body_limit = settings.upload_max_bytes + (MULTIPART_OVERHEAD if multipart else 0)
    _check_declared_length(request, body_limit)

    body = _blocking(request.stream())
    source: Iterable[bytes] = (MultipartVideo(body, params[b"boundary"], body_limit)
                               if multipart else body)
    stored = await anyio.to_thread.run_sync(
        store_media, storage, settings.key_bytes, source, settings.upload_max_bytes
    )
    if isinstance(source, MultipartVideo):
        media_type = source.media_type
    try:
        return await anyio.to_thread.run_sync(
            _record, pool, storage, application["id"], stored, media_type, idempotency_key, user,
            enqueue,
        )
    except BaseException:
        storage.delete(stored.key)
        raise


def _check_declared_length(request: Request, limit: int) -> None:
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            length = int(declared)
        except ValueError:
            raise InvalidInput("Content-Length is not a number", code="bad_content_length") from None
        if length > limit:
            raise PayloadTooLarge(f"the file is larger than the limit of {limit} bytes; "
                                  "shorten or compress the video")


def _record(pool: Any, storage: Storage, application_id: Any, stored: StoredMedia,
            media_type: str, idempotency_key: str | None, user: User,
            enqueue: Enqueue) -> dict[str, Any]:
    """Note the stored file and queue its processing, in one transaction."""
    with db.connection(pool) as conn:
        row = db.fetch_one(conn, "lock_application", id=application_id)
        if row is None:
            raise NotFound(f"no application {application_id}")
        replay = _replay(row, idempotency_key)
        if replay is not None:  # a concurrent retry got there first
            storage.delete(stored.key)
            return replay
        _check_uploadable(row)
        db.execute(conn, "record_upload", id=application_id, media_key=stored.key,
                   media_size=stored.size, media_sha256=stored.sha256, media_type=media_type,
                   upload_key=idempotency_key)
        audit.record(conn, "media.uploaded", actor=user, job_id=row["job_id"],
                     application_id=application_id, bytes=stored.size)
        enqueue(conn, application_id)
    if row["media_key"] and row["media_key"] != stored.key:
        storage.delete(row["media_key"])  # the earlier upload, which failed processing
    log.info("upload stored", extra={"application_id": application_id, "bytes": stored.size})
    return {"application_id": application_id, "status": "uploaded",
            "status_url": links(application_id)["status_url"], "size": stored.size,
            "sha256": stored.sha256}
