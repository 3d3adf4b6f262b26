"""Where uploaded media is kept: a small interface and a local-directory implementation.

Keys are made by the service (``new_media_key``), never from a client's filename, and are checked
again here so that no key can reach outside the storage root. Objects are written to a temporary
file and renamed into place only when complete, so a failed or rejected upload leaves nothing. An
S3-compatible store can implement the same four methods (multipart upload for ``put_stream``).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

from .errors import NotFound, StorageError

KEY_PATTERN = re.compile(r"^[a-z0-9]+(?:/[a-z0-9][a-z0-9_-]*)+$")


class Storage(Protocol):
    def put_stream(self, key: str, chunks: Iterable[bytes]) -> int:
        """Store the bytes of ``chunks`` under ``key`` atomically; the number of bytes stored.

        If iterating ``chunks`` raises, nothing is stored and the error propagates.
        """

    def open(self, key: str) -> BinaryIO:
        """The stored bytes, for reading; raises NotFound if there is no such object."""

    def delete(self, key: str) -> None:
        """Remove the object; no error if it does not exist."""

    def exists(self, key: str) -> bool: ...


def new_media_key() -> str:
    """A fresh random key for one uploaded file; reveals nothing about who uploaded what."""
    return f"media/{secrets.token_hex(16)}"


def check_key(key: str) -> str:
    if not KEY_PATTERN.fullmatch(key):
        raise StorageError(f"invalid storage key {key!r}", code="invalid_storage_key")
    return key


@contextlib.contextmanager
def _io() -> Iterator[None]:
    try:
        yield
    except OSError as e:
        raise StorageError(f"storage failed: {e.strerror or e}") from e


class LocalStorage:
    """Objects as files under ``root``; directories are created on first write."""

    def __init__(self, root: str | os.PathLike[str]):
        self.root = Path(root).resolve()

    def _path(self, key: str) -> Path:
        path = (self.root / check_key(key)).resolve()
        if not path.is_relative_to(self.root):
            raise StorageError(f"invalid storage key {key!r}", code="invalid_storage_key")
        return path

    def put_stream(self, key: str, chunks: Iterable[bytes]) -> int:
        path = self._path(key)
        with _io():
            path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
        written = 0
        with _io():
            out = open(partial, "xb")
        try:
            with out:
                for chunk in chunks:  # errors of the source propagate unchanged
                    with _io():
                        out.write(chunk)
                    written += len(chunk)
                with _io():
                    out.flush()
                    os.fsync(out.fileno())
            with _io():
                os.replace(partial, path)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return written

    def open(self, key: str) -> BinaryIO:
        try:
            return open(self._path(key), "rb")
        except FileNotFoundError:
            raise NotFound("the stored file does not exist", code="media_missing") from None
        except OSError as e:
            raise StorageError(f"cannot read from storage: {e.strerror or e}") from e

    def delete(self, key: str) -> None:
        with _io():
            self._path(key).unlink(missing_ok=True)

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()
