"""Encryption at rest: AES-256-GCM over fixed-size chunks, so memory stays flat for any size.

Format of a sealed object::

    b"BSE1" | salt (16 bytes) | chunk size (4 bytes, big endian) | chunk | chunk | ...

Each object gets its own key, derived from the master key and the random salt with HKDF, so the
nonce can simply count chunks: 11 bytes of counter and 1 byte that is 1 only on the last chunk.
That last-chunk flag makes truncation detectable (the STREAM construction), and the header plus the
caller's ``aad`` (e.g. the storage key) are authenticated with every chunk, so a sealed object
cannot be moved to another record or cut short without decryption failing.
"""

from __future__ import annotations

import base64
import io
import os
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from pipelines.errors import BlindscreenError

MAGIC = b"BSE1"
SALT_BYTES = 16
HEADER_BYTES = len(MAGIC) + SALT_BYTES + 4
TAG_BYTES = 16
CHUNK_BYTES = 1 << 20
MAX_CHUNK_BYTES = 16 << 20


class DecryptionError(BlindscreenError):
    """Stored data cannot be decrypted: wrong key, or the data was altered or cut short."""


def generate_key() -> str:
    """A new master key, as BLINDSCREEN_ENCRYPTION_KEY expects it."""
    return base64.urlsafe_b64encode(os.urandom(32)).decode()


def _object_key(master: bytes, salt: bytes) -> AESGCM:
    derived = HKDF(hashes.SHA256(), 32, salt, b"blindscreen sealed object v1").derive(master)
    return AESGCM(derived)


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def encrypt_stream(
    master: bytes, chunks: Iterable[bytes], aad: bytes = b"", chunk_size: int = CHUNK_BYTES
) -> Iterator[bytes]:
    """Seal ``chunks`` (any sizes) into the format above, yielding the header then each chunk."""
    salt = os.urandom(SALT_BYTES)
    header = MAGIC + salt + chunk_size.to_bytes(4, "big")
    aead = _object_key(master, salt)
    associated = header + aad
    yield header
    counter = 0
    pending = bytearray()
    for chunk in chunks:
        pending += chunk
        # Keep at least one byte back: only at the end do we know which chunk is last.
        while len(pending) > chunk_size:
            block = bytes(pending[:chunk_size])
            del pending[:chunk_size]
            yield aead.encrypt(_nonce(counter, False), block, associated)
            counter += 1
    yield aead.encrypt(_nonce(counter, True), bytes(pending), associated)


def decrypt_stream(master: bytes, source: BinaryIO, aad: bytes = b"") -> Iterator[bytes]:
    """Open a sealed object read from ``source``, yielding plaintext chunks."""
    header = source.read(HEADER_BYTES)
    if len(header) != HEADER_BYTES or not header.startswith(MAGIC):
        raise DecryptionError("not a blindscreen sealed object (bad header)")
    salt = header[len(MAGIC) : len(MAGIC) + SALT_BYTES]
    chunk_size = int.from_bytes(header[-4:], "big")
    if not 0 < chunk_size <= MAX_CHUNK_BYTES:
        raise DecryptionError("not a blindscreen sealed object (bad chunk size)")
    aead = _object_key(master, salt)
    associated = header + aad
    counter = 0
    block = source.read(chunk_size + TAG_BYTES)
    while True:
        full = len(block) == chunk_size + TAG_BYTES
        following = source.read(chunk_size + TAG_BYTES) if full else b""
        last = not following
        try:
            yield aead.decrypt(_nonce(counter, last), block, associated)
        except InvalidTag:
            raise DecryptionError(
                "stored data cannot be decrypted: the encryption key differs from the one it was "
                "written with, or the data was altered or truncated"
            ) from None
        if last:
            return
        block, counter = following, counter + 1


def encrypt_bytes(master: bytes, data: bytes, aad: bytes = b"") -> bytes:
    return b"".join(encrypt_stream(master, [data], aad))


def decrypt_bytes(master: bytes, sealed: bytes, aad: bytes = b"") -> bytes:
    return b"".join(decrypt_stream(master, io.BytesIO(sealed), aad))
