"""English word frequencies (Zipf scale) from ``wordfreq``, without importing it on a cold start.

The recognizers ask how common a word is (``names.word_zipf``) a few hundred times per
transcript. Importing ``wordfreq`` and reading its English list cost about 0.2 CPU-s per process,
more than all those look-ups. So the first process with a cache directory asks ``wordfreq``
itself for the frequency of every word on its English list (``zipf_frequency(word, "en")``, a
few seconds, once per installed ``wordfreq``) and stores the answers with ``diskcache``; later
processes read the stored answers instead.

The answer is always exactly ``wordfreq.zipf_frequency(word, "en")``:

* a word on the list: the stored answer, which *is* that call's result for that word;
* a word of plain letters a-z that is not on the list: wordfreq reads it as the single token it
  is (no digits, apostrophes or other scripts to split on), does not find it, and answers its
  minimum; that answer is asked of wordfreq while the table is built and stored with it;
* anything else (accents, apostrophes, digits, capitals, several words): ``wordfreq`` is
  imported and asked.

Without a cache directory (``BLINDSCREEN_NO_CACHE=1``, no home) every word goes to ``wordfreq``.
The table is split by the words' first two letters and each part is turned into a dict only
when a word of it is first asked for: a transcript needs a small share of them.
"""

from __future__ import annotations

import array
import functools
import sys
import threading

from . import diskcache

NAME = "zipf-en"
#: Part of the file key: bump when the layout below changes.
LAYOUT = 1
#: A plain a-z word missing from the list, to ask wordfreq what it answers for one.
_ABSENT_PROBE = "qxzqjvkwq"

_lock = threading.Lock()


def zipf_frequency(word: str) -> float:
    """``wordfreq.zipf_frequency(word, "en")``."""
    table = _table()
    if table is not None:
        found = table.get(word)
        if found is not None:
            return found
    return _wordfreq(word)


def _wordfreq(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def _is_plain(word: str) -> bool:
    """Only the letters a-z (at least one)."""
    return word.isascii() and word.isalpha() and word.islower()


class _Table:
    """The stored answers: ``{prefix: (words joined by newlines, centi-Zipf values)}``."""

    def __init__(self, parts: dict, absent: float):
        self._parts = parts
        self._absent = absent
        self._dicts: dict[str, dict] = {}

    def get(self, word: str) -> float | None:
        """The stored answer for ``word``, or None when wordfreq must be asked."""
        if not word:
            return None
        prefix = word[:2]
        words = self._dicts.get(prefix)
        if words is None:
            words = self._dicts[prefix] = self._part(prefix)
        found = words.get(word)
        if found is not None:
            return found
        return self._absent if _is_plain(word) else None

    def _part(self, prefix: str) -> dict:
        stored = self._parts.get(prefix)
        if stored is None:
            return {}
        joined, centis = stored
        values = array.array("H")
        values.frombytes(centis)
        if sys.byteorder != "little":
            values.byteswap()
        return {w: c / 100 for w, c in zip(joined.split("\n"), values)}


def _key() -> str:
    return diskcache.fingerprint(NAME, LAYOUT, diskcache.package_stamp("wordfreq"),
                                 diskcache.source_hash(sys.modules[__name__]))


@functools.lru_cache(maxsize=1)
def _table() -> _Table | None:
    """The stored answers, built and stored first if need be; None without a cache directory or
    when wordfreq's answers cannot be stored this way."""
    if diskcache.cache_dir() is None:
        return None
    with _lock:
        key = _key()
        stored = diskcache.load(NAME, key)
        if not (isinstance(stored, tuple) and len(stored) == 2 and isinstance(stored[0], dict)):
            stored = _build()
            if stored is None:
                return None
            diskcache.store(NAME, key, stored)
        parts, absent = stored
        return _Table(parts, absent)


def _build():
    """``(parts, absent)`` from wordfreq's own answers, or None if they are not all hundredths
    in 0 - 655.35 (the stored form keeps them as whole hundredths)."""
    try:
        from wordfreq import get_frequency_dict, zipf_frequency

        listed = get_frequency_dict("en", "best")
        absent = zipf_frequency(_ABSENT_PROBE, "en")
        if _ABSENT_PROBE in listed:
            return None
        grouped: dict[str, tuple[list, array.array]] = {}
        for word in sorted(listed):
            zipf = zipf_frequency(word, "en")
            centi = round(zipf * 100)
            if not (0 <= centi < 65536 and centi / 100 == zipf):
                return None
            words, values = grouped.setdefault(word[:2], ([], array.array("H")))
            words.append(word)
            values.append(centi)
    except Exception:  # noqa: BLE001 - another wordfreq: ask it every time, as before
        return None
    parts = {}
    for prefix, (words, values) in grouped.items():
        if any("\n" in w for w in words):
            return None
        if sys.byteorder != "little":
            values.byteswap()
        parts[prefix] = ("\n".join(words), values.tobytes())
    return parts, absent
