import io

import pytest

from service.crypto import (
    DecryptionError,
    decrypt_bytes,
    decrypt_stream,
    encrypt_bytes,
    encrypt_stream,
    generate_key,
)
from service.config import Settings

KEY = Settings(encryption_key=generate_key()).key_bytes


def seal(data: bytes, chunk_size: int, pieces: int = 3, aad: bytes = b"k") -> bytes:
    step = max(1, len(data) // pieces)
    chunks = [data[i : i + step] for i in range(0, len(data), step)]
    return b"".join(encrypt_stream(KEY, chunks, aad, chunk_size=chunk_size))


@pytest.mark.parametrize("size", [0, 1, 15, 16, 17, 32, 33, 100])
def test_round_trip_any_size_and_chunking(size):
    data = bytes(range(size))
    sealed = seal(data, chunk_size=16)
    assert b"".join(decrypt_stream(KEY, io.BytesIO(sealed), b"k")) == data


def test_ciphertext_does_not_contain_plaintext_and_differs_each_time():
    data = b"Brianna Okafor " * 10
    a, b = encrypt_bytes(KEY, data), encrypt_bytes(KEY, data)
    assert b"Brianna" not in a and a != b
    assert decrypt_bytes(KEY, a) == data


@pytest.mark.parametrize(
    "damage",
    [
        lambda s: s[:-1],  # truncated inside the last chunk
        lambda s: s[: 24 + 32],  # cut exactly at a chunk boundary
        lambda s: s[:30] + bytes([s[30] ^ 1]) + s[31:],  # flipped bit
        lambda s: b"XXXX" + s[4:],  # bad magic
    ],
)
def test_tampering_and_truncation_are_detected(damage):
    sealed = seal(bytes(100), chunk_size=16)
    with pytest.raises(DecryptionError):
        b"".join(decrypt_stream(KEY, io.BytesIO(damage(sealed)), b"k"))


def test_wrong_key_or_wrong_context_fails():
    sealed = encrypt_bytes(KEY, b"secret", b"application 1")
    with pytest.raises(DecryptionError):
        decrypt_bytes(KEY, sealed, b"application 2")
    other = Settings(encryption_key=generate_key()).key_bytes
    with pytest.raises(DecryptionError):
        decrypt_bytes(other, sealed, b"application 1")
