"""Uploaded media: hashed, size-capped and encrypted on the way into storage, decrypted on the way
out. Everything streams in chunks, so memory use does not depend on the file size."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .crypto import decrypt_stream, encrypt_stream
from .errors import InvalidInput, PayloadTooLarge
from .storage import Storage, new_media_key


@dataclass(frozen=True)
class StoredMedia:
    key: str
    size: int  # plaintext bytes
    sha256: str  # of the plaintext, hex


class _Measured:
    """Counts and hashes the chunks passing through; stops the stream at ``max_bytes``."""

    def __init__(self, chunks: Iterable[bytes], max_bytes: int):
        self.chunks = chunks
        self.max_bytes = max_bytes
        self.size = 0
        self.digest = hashlib.sha256()

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            if not chunk:
                continue
            self.size += len(chunk)
            if self.size > self.max_bytes:
                raise PayloadTooLarge(
                    f"the file is larger than the limit of {self.max_bytes} bytes; "
                    "shorten or compress the video"
                )
            self.digest.update(chunk)
            yield chunk
        if self.size == 0:
            raise InvalidInput("the file is empty (0 bytes); upload the video itself", code="empty_file")


def media_aad(key: str) -> bytes:
    return f"blindscreen media {key}".encode()


def store_media(
    storage: Storage, master_key: bytes, chunks: Iterable[bytes], max_bytes: int
) -> StoredMedia:
    """Encrypt ``chunks`` into storage under a new key. Raises (storing nothing) when the stream
    is empty or longer than ``max_bytes``."""
    key = new_media_key()
    measured = _Measured(chunks, max_bytes)
    storage.put_stream(key, encrypt_stream(master_key, measured, media_aad(key)))
    return StoredMedia(key, measured.size, measured.digest.hexdigest())


def read_media(storage: Storage, master_key: bytes, key: str) -> Iterator[bytes]:
    """The decrypted bytes of stored media, chunk by chunk."""
    with storage.open(key) as source:
        yield from decrypt_stream(master_key, source, media_aad(key))


def decrypt_media_to(storage: Storage, master_key: bytes, key: str, path: Path) -> None:
    """Write the decrypted media to ``path`` (created with owner-only permissions)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        for chunk in read_media(storage, master_key, key):
            out.write(chunk)
