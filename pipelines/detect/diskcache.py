"""A disk cache of what the detector derives from its word lists, so a new process loads fast.

A cold ``Detector.load()`` used to spend most of its time rebuilding the same things from the
same files: the lexicon patterns factored into tries and compiled (``patterncache.py``), and the
place gazetteer filtered through word frequencies (``places.py``). Both are kept here between
processes, as ``marshal`` data (plain lists, dicts, strings and numbers; nothing that runs code
when read), under ``$BLINDSCREEN_CACHE_DIR``, else ``$XDG_CACHE_HOME/blindscreen``, else
``~/.cache/blindscreen``.

The cache is never required and never trusted blindly:

* a file's name carries a key that hashes everything its content depends on (the code that
  builds it, the versions of the packages it reads, Python's version); entries inside are
  keyed by their own input (a pattern's text), so an edited word list misses only what changed;
* every file carries a SHA-256 of its content; a truncated, corrupt or unreadable file is
  ignored (and rebuilt);
* files are written to a temporary name and renamed, so a reader never sees half a file;
* without a home directory, on a read-only disk, or with ``BLINDSCREEN_NO_CACHE=1`` everything
  is simply computed, as before.

Nothing here touches the network.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

#: Bump to drop every file written by an older layout.
FORMAT = 1
_MAGIC = b"BSCACHE1"
_DIGEST = 32  # SHA-256
#: Files of one name kept side by side (other code versions, other package versions).
KEEP_FILES = 4


def cache_dir() -> Path | None:
    """Where cache files live, or None when caching is off or there is no place for it."""
    if os.environ.get("BLINDSCREEN_NO_CACHE", "").strip() not in ("", "0"):
        return None
    explicit = os.environ.get("BLINDSCREEN_CACHE_DIR", "").strip()
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "blindscreen"
    try:
        home = Path.home()
    except (RuntimeError, KeyError, OSError):
        return None
    return home / ".cache" / "blindscreen"


def fingerprint(*parts) -> str:
    """A short hash of ``parts`` (their repr), with the cache format and Python's version."""
    h = hashlib.sha256()
    for part in (FORMAT, sys.implementation.cache_tag, sys.version, *parts):
        h.update(repr(part).encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()[:24]


def source_hash(*sources) -> str:
    """A hash of the source files of ``sources``, modules or paths (the code that derives the
    cached data)."""
    h = hashlib.sha256()
    for source in sources:
        try:
            h.update(Path(getattr(source, "__file__", source)).read_bytes())
        except (OSError, TypeError):
            h.update(repr(getattr(source, "__name__", source)).encode())
    return h.hexdigest()


def _path(name: str, key: str, directory: Path | None) -> Path | None:
    directory = directory if directory is not None else cache_dir()
    return None if directory is None else directory / f"{name}-{key}.bin"


def load(name: str, key: str, directory: Path | None = None):
    """The value stored under ``name`` and ``key``, or None (missing, corrupt, unreadable)."""
    path = _path(name, key, directory)
    if path is None:
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = len(_MAGIC) + _DIGEST
    if len(data) < head or not data.startswith(_MAGIC):
        log.debug("cache file %s: not a cache file, ignored", path)
        return None
    payload = memoryview(data)[head:]
    if hashlib.sha256(payload).digest() != data[len(_MAGIC) : head]:
        log.debug("cache file %s: checksum mismatch, ignored", path)
        return None
    try:
        return marshal.loads(payload)
    except Exception:  # noqa: BLE001 - a damaged file is a miss, whatever it raises
        log.debug("cache file %s: unreadable, ignored", path, exc_info=True)
        return None


def store(name: str, key: str, value, directory: Path | None = None) -> bool:
    """Write ``value`` atomically; False (and nothing raised) when it cannot be written."""
    path = _path(name, key, directory)
    if path is None:
        return False
    tmp = None
    try:
        payload = marshal.dumps(value)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(_MAGIC + hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, path)
        tmp = None
        _prune(path.parent, name, keep=path)
        return True
    except Exception:  # noqa: BLE001 - read-only disk, full disk, unmarshallable value: no cache
        log.debug("cache file %s: not written", path, exc_info=True)
        return False
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _prune(directory: Path, name: str, keep: Path) -> None:
    """Keep the ``KEEP_FILES`` newest files of ``name`` (older code or package versions go)."""
    try:
        files = sorted(directory.glob(f"{name}-*.bin"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[KEEP_FILES:]:
            if old != keep:
                old.unlink()
    except OSError:
        pass


def package_stamp(*names: str) -> tuple:
    """For each importable package: where it is, and its main file's size and date (a reinstall
    or an upgrade changes them). Much cheaper than reading package metadata."""
    import importlib.util

    stamp = []
    for name in names:
        try:
            spec = importlib.util.find_spec(name)
            origin = spec.origin if spec else None
            st = os.stat(origin) if origin else None
            stamp.append((name, origin, st and st.st_size, st and st.st_mtime_ns))
        except (ImportError, ValueError, OSError):
            stamp.append((name, None))
    return tuple(stamp)


def frozenset_cached(name: str, key: str, build) -> frozenset:
    """A frozenset stored under ``name`` and ``key``, or ``build()`` stored there for next time
    (the gazetteers of ``places.py``)."""
    cached = load(name, key)
    if isinstance(cached, frozenset):
        return cached
    found = build()
    store(name, key, found)
    return found


class EntryCache:
    """Values derived from texts (a parsed word list, a pattern built from a term list), kept
    between processes in one file ``name``-``key``: each entry is keyed by a hash of the text it
    was derived from, so an edited file misses only its own entries. ``get`` returns the stored
    value or builds it; ``save`` writes the entries this process used, when any was missing (or
    stale ones linger). Values are stored as ``marshal`` bytes and read afresh on every ``get``,
    so no two callers share a mutable value; a value marshal cannot store is simply rebuilt
    every time. Thread-safe."""

    def __init__(self, name: str, key: str, directory: Path | None = None):
        import threading

        self.name, self.key, self._dir = name, key, directory
        self._lock = threading.Lock()
        self._stored: dict | None = None
        self._used: dict = {}
        self._missed = 0
        self.hits = 0

    def _entries(self) -> dict:
        if self._stored is None:
            stored = load(self.name, self.key, self._dir)
            self._stored = stored if isinstance(stored, dict) else {}
        return self._stored

    def get(self, kind: str, source: str, build):
        """The value derived from ``source`` by ``build()`` (``kind`` names the derivation)."""
        entry = (kind, hashlib.blake2b(source.encode("utf-8", "surrogatepass"), digest_size=16).digest())
        with self._lock:
            data = self._entries().get(entry)
            if isinstance(data, bytes):
                try:
                    value = marshal.loads(data)
                except Exception:  # noqa: BLE001 - a bad entry is a miss
                    pass
                else:
                    self._used[entry] = data
                    self.hits += 1
                    return value
            self._missed += 1
        value = build()
        try:
            data = marshal.dumps(value)
        except ValueError:  # not plain data: built again next time
            return value
        with self._lock:
            self._used[entry] = data
        return value

    def save(self) -> bool:
        with self._lock:
            if not self._used or (not self._missed and len(self._used) == len(self._entries())):
                return False
            written = store(self.name, self.key, dict(self._used), self._dir)
            if written:
                self._stored, self._missed = dict(self._used), 0
            return written
