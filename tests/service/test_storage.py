import pytest

from service.config import Settings
from service.crypto import generate_key
from service.errors import InvalidInput, PayloadTooLarge, StorageError
from service.media import read_media, store_media
from service.storage import LocalStorage, new_media_key

KEY = Settings(encryption_key=generate_key()).key_bytes


def files_under(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_put_open_delete(tmp_path):
    storage = LocalStorage(tmp_path)
    key = new_media_key()
    assert storage.put_stream(key, [b"ab", b"cd"]) == 4
    assert storage.exists(key)
    with storage.open(key) as f:
        assert f.read() == b"abcd"
    storage.delete(key)
    storage.delete(key)
    assert not storage.exists(key)


@pytest.mark.parametrize(
    "key", ["../../etc/passwd", "/etc/passwd", "media/../../x", "media/", "MEDIA/x", "media/a b"]
)
def test_keys_cannot_escape_the_root(tmp_path, key):
    storage = LocalStorage(tmp_path / "store")
    with pytest.raises(StorageError):
        storage.put_stream(key, [b"x"])
    assert not (tmp_path / "etc").exists()
    assert files_under(tmp_path) == []


def test_failed_stream_leaves_nothing(tmp_path):
    storage = LocalStorage(tmp_path)

    def broken():
        yield b"partial"
        raise ConnectionResetError("client went away")

    with pytest.raises(ConnectionResetError):
        storage.put_stream(new_media_key(), broken())
    assert files_under(tmp_path) == []


def test_media_is_encrypted_hashed_and_round_trips(tmp_path):
    storage = LocalStorage(tmp_path)
    data = b"Brianna Okafor video bytes " * 50_000
    stored = store_media(storage, KEY, [data[i : i + 65536] for i in range(0, len(data), 65536)],
                         max_bytes=10_000_000)
    import hashlib

    assert stored.size == len(data) and stored.sha256 == hashlib.sha256(data).hexdigest()
    raw = (tmp_path / stored.key).read_bytes()
    assert b"Brianna" not in raw
    assert b"".join(read_media(storage, KEY, stored.key)) == data


@pytest.mark.parametrize(
    ("chunks", "error"), [([], InvalidInput), ([b""], InvalidInput), ([b"x" * 60] * 2, PayloadTooLarge)]
)
def test_rejected_media_stores_nothing(tmp_path, chunks, error):
    storage = LocalStorage(tmp_path)
    with pytest.raises(error):
        store_media(storage, KEY, chunks, max_bytes=100)
    assert files_under(tmp_path) == []
