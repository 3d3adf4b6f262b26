"""Compiled lexicon patterns, kept between processes.

``regex`` compiles a pattern in two steps: Python code parses and optimises it into a list of
opcodes (nearly all of the time: about 2.4 CPU-s for the lexicon patterns), then its C extension
builds the matcher from that list (about 0.08 s for all of them). A compiled pattern cannot be
pickled (pickling stores the pattern's text and compiles it again), but the opcode list and the
other arguments handed to the C extension are plain data. ``PatternCache`` records those
arguments when a pattern is compiled, stores them with ``diskcache``, and in a later process
gives them straight to the C extension: the same matcher, without factoring (``factor.py``),
parsing or optimising again.

This relies on how ``regex`` works inside, so the file key carries regex's version and its
extension's size and date, and anything unexpected (no ``regex._main._regex``, an argument that
is not plain data, an error while rebuilding) means the pattern is compiled the usual way.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import threading
from pathlib import Path

import regex

from . import diskcache, factor

log = logging.getLogger(__name__)

NAME = "patterns"

_local = threading.local()
_install_lock = threading.Lock()

try:
    import regex._main as _regex_main

    _C_MODULE = _regex_main._regex
    if not callable(getattr(_C_MODULE, "compile", None)):
        raise AttributeError("regex._main._regex.compile")
except (ImportError, AttributeError):  # another regex layout: no cache, same results
    _regex_main = _C_MODULE = None


class _Recorder:
    """Stands in for regex's C module inside ``regex._main``: passes every call through and, in
    a thread that is recording, remembers the arguments of the last ``compile``."""

    def __init__(self, real):
        self._real = real

    def __getattr__(self, name):
        return getattr(self._real, name)

    def compile(self, *args):
        compiled = self._real.compile(*args)
        if getattr(_local, "recording", False):
            _local.args = args
        return compiled


def _install_recorder() -> bool:
    if _regex_main is None:
        return False
    with _install_lock:
        if not isinstance(_regex_main._regex, _Recorder):
            _regex_main._regex = _Recorder(_regex_main._regex)
    return True


def file_key() -> str | None:
    """What the cached opcodes depend on besides each pattern's text, or None (no cache)."""
    if _C_MODULE is None:
        return None
    try:
        st = os.stat(_C_MODULE.__file__)
        ext = (os.path.basename(_C_MODULE.__file__), st.st_size, st.st_mtime_ns)
    except (OSError, AttributeError, TypeError):
        ext = None
    return diskcache.fingerprint(
        NAME, regex.__version__, getattr(regex, "DEFAULT_VERSION", None), ext,
        # the code that factors and compiles a pattern (lexicon.py imports this module)
        diskcache.source_hash(factor, Path(__file__).with_name("lexicon.py")),
    )


def _entry_key(pattern: str, flags: int) -> bytes:
    return hashlib.blake2b(f"{int(flags)}\0{pattern}".encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _plain(args: tuple) -> tuple | None:
    """The C module's arguments as marshal-able plain data (flags are IntFlag), or None."""
    out = tuple(int(a) if isinstance(a, int) else a for a in args)
    try:
        marshal.dumps(out)
    except ValueError:
        return None
    return out


class PatternCache:
    """Compiled patterns of one detector load: ``compile`` each, then ``save`` once."""

    def __init__(self, directory=None):
        self._dir = directory
        self._key = file_key()
        stored = diskcache.load(NAME, self._key, directory) if self._key else None
        self._stored: dict = stored if isinstance(stored, dict) else {}
        self._used: dict = {}
        self._missed = 0
        self.hits = 0

    def compile(self, pattern: str, flags: int, build):
        """The compiled ``pattern``: rebuilt from the cache, or ``build()`` (which must compile
        exactly ``pattern`` with ``flags``, through ``regex.compile``) and then recorded."""
        if self._key is None:
            return build()
        key = _entry_key(pattern, flags)
        args = self._stored.get(key)
        if args is not None:
            try:
                compiled = _C_MODULE.compile(*args)
                self._used[key] = args
                self.hits += 1
                return compiled
            except Exception:  # noqa: BLE001 - a bad entry is a miss
                log.debug("cached pattern could not be rebuilt; compiling it", exc_info=True)
        self._missed += 1
        if not _install_recorder():
            return build()
        _local.recording, _local.args = True, None
        try:
            compiled = build()
        finally:
            recorded, _local.recording, _local.args = _local.args, False, None
        if recorded is not None and recorded[0] == compiled.pattern and int(recorded[1]) == compiled.flags:
            plain = _plain(recorded)
            if plain is not None:
                self._used[key] = plain
        return compiled

    def save(self) -> bool:
        """Write the patterns of this load if anything was missing (or stale entries linger)."""
        if self._key is None or not self._used:
            return False
        if not self._missed and len(self._used) == len(self._stored):
            return False
        return diskcache.store(NAME, self._key, self._used, self._dir)
