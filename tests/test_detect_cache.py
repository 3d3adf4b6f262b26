"""The detector's disk cache (pipelines/detect/diskcache.py, patterncache.py): a hit gives the same
patterns and gazetteer as a fresh build, changed data misses, a damaged file is ignored, and no
cache directory (read-only disk, no home) changes nothing but speed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import regex

from pipelines.detect import diskcache, lexicon, patterncache, places
from pipelines.detect.lexicon import build_lexicon_recognizers, term_regex

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout.jsonl"
SAMPLES = [
    "I'm Maya Okafor, 24, a proud Baptist and Army veteran; I worked at Kroger in Boston.",
    "hey so im twenty three and i go to first baptist church with my husband",
    "As a single mom of two, I volunteer with the NAACP and my local union, SEIU 1199.",
]


def _texts() -> list[str]:
    lines = HELDOUT.read_text(encoding="utf-8").splitlines()
    return SAMPLES + [json.loads(l)["text"] for l in lines[:15] if l.strip()]


def _spans(compiled, texts) -> list:
    return [[m.span() for m in compiled.finditer(t)] for t in texts]


def _unwritable(tmp_path) -> Path:
    """A directory that cannot be created, even by root: its parent is a plain file."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    return blocker / "cache"


# --- diskcache ------------------------------------------------------------------------------------


def test_store_then_load_gives_the_value_back(cache_dir):
    value = {"a": [1, 2, (3, "x")], b"k": frozenset({"boston", "kihei"})}
    assert diskcache.store("thing", "k1", value)
    assert diskcache.load("thing", "k1") == value
    assert diskcache.load("thing", "k2") is None  # another key (other code or data): a miss
    assert not list(cache_dir.glob("*.tmp"))  # written under a temporary name, then renamed


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # cut short
        lambda b: b[:-1] + bytes([b[-1] ^ 1]),  # one bit of the content flipped
        lambda b: b"garbage" * 10,  # not a cache file
        lambda b: b"",  # empty
    ],
)
def test_a_damaged_file_is_a_miss(cache_dir, damage):
    diskcache.store("thing", "k", list(range(1000)))
    path = next(cache_dir.glob("thing-k.bin"))
    path.write_bytes(damage(path.read_bytes()))
    assert diskcache.load("thing", "k") is None


def test_an_unwritable_directory_is_no_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("BLINDSCREEN_CACHE_DIR", str(_unwritable(tmp_path)))
    assert diskcache.store("thing", "k", [1]) is False
    assert diskcache.load("thing", "k") is None


def test_where_the_cache_lives(tmp_path, monkeypatch):
    for name in ("BLINDSCREEN_CACHE_DIR", "BLINDSCREEN_NO_CACHE", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert diskcache.cache_dir() == tmp_path / ".cache" / "blindscreen"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert diskcache.cache_dir() == tmp_path / "xdg" / "blindscreen"
    monkeypatch.setenv("BLINDSCREEN_CACHE_DIR", str(tmp_path / "mine"))
    assert diskcache.cache_dir() == tmp_path / "mine"
    monkeypatch.setenv("BLINDSCREEN_NO_CACHE", "1")
    assert diskcache.cache_dir() is None
    assert diskcache.store("thing", "k", [1]) is False


def test_no_home_directory_is_no_cache(monkeypatch):
    for name in ("BLINDSCREEN_CACHE_DIR", "BLINDSCREEN_NO_CACHE", "XDG_CACHE_HOME", "HOME"):
        monkeypatch.delenv(name, raising=False)

    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert diskcache.cache_dir() is None
    assert diskcache.store("thing", "k", [1]) is False
    cache = patterncache.PatternCache()
    assert cache.compile("ab|ac", 0, lambda: regex.compile("ab|ac")).pattern == "ab|ac"
    assert cache.save() is False


def test_old_files_of_a_name_are_pruned(cache_dir):
    for i in range(diskcache.KEEP_FILES + 3):
        assert diskcache.store("thing", f"k{i}", [i])
        os.utime(cache_dir / f"thing-k{i}.bin", (i, i))  # a strict order of ages
    assert diskcache.store("thing", "newest", [0])
    left = sorted(p.name for p in cache_dir.glob("thing-*.bin"))
    assert len(left) == diskcache.KEEP_FILES and "thing-newest.bin" in left


# --- compiled patterns -------------------------------------------------------------------------


def _compile_all(patterns, cache, built):
    def build(p, f):
        built.append(p)
        return regex.compile(p, f, cache_pattern=False)

    return [cache.compile(p, f, lambda p=p, f=f: build(p, f)) for p, f in patterns]


PATTERNS = [
    (term_regex(["first baptist", "first baptist church", "muslim", "sikh"]), regex.I | regex.M | regex.S),
    (r"(?<![\p{L}\p{N}_@])(?-i:[A-Z][\p{L}'’.-]*)\s+(?:College|University)\b", regex.M | regex.S),
    (r"\b(?:army|navy|marine\s+corps)\s+veteran\b", regex.I),
]


def test_patterns_hit_miss_and_changed_data(cache_dir):
    built: list = []
    first = _compile_all(PATTERNS, cache := patterncache.PatternCache(), built)
    assert len(built) == len(PATTERNS) and cache.save()

    built.clear()
    again = _compile_all(PATTERNS, cache := patterncache.PatternCache(), built)
    assert built == [] and cache.hits == len(PATTERNS)  # every pattern rebuilt from the cache
    assert cache.save() is False  # nothing new to write
    for a, b in zip(first, again):
        assert (b.pattern, b.flags) == (a.pattern, a.flags)
        assert _spans(b, SAMPLES) == _spans(a, SAMPLES)

    changed = [*PATTERNS[:2], (r"\b(?:army|navy|air\s+force)\s+veteran\b", regex.I)]
    built.clear()
    _compile_all(changed, cache := patterncache.PatternCache(), built)
    assert built == [changed[2][0]]  # only the edited pattern is compiled again
    assert cache.save()
    built.clear()
    _compile_all(changed, patterncache.PatternCache(), built)
    assert built == []


def test_patterns_a_corrupt_cache_is_rebuilt(cache_dir):
    _compile_all(PATTERNS, cache := patterncache.PatternCache(), [])
    cache.save()
    (path,) = cache_dir.glob("patterns-*.bin")
    path.write_bytes(path.read_bytes()[:1000])
    built: list = []
    compiled = _compile_all(PATTERNS, cache := patterncache.PatternCache(), built)
    assert len(built) == len(PATTERNS)
    assert [c.pattern for c in compiled] == [p for p, _ in PATTERNS]
    assert cache.save()
    assert patterncache.PatternCache()._stored.keys() == cache._used.keys()


def test_patterns_a_bad_entry_is_compiled_again(cache_dir, monkeypatch):
    _compile_all(PATTERNS, cache := patterncache.PatternCache(), [])
    key = patterncache._entry_key(*PATTERNS[0])
    cache._used[key] = ("not", "opcodes")
    cache._missed = 1
    assert cache.save()
    built: list = []
    compiled = _compile_all(PATTERNS, patterncache.PatternCache(), built)
    assert built == [PATTERNS[0][0]]
    assert _spans(compiled[0], SAMPLES) == _spans(regex.compile(*PATTERNS[0]), SAMPLES)


def test_patterns_work_without_a_writable_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("BLINDSCREEN_CACHE_DIR", str(_unwritable(tmp_path)))
    built: list = []
    compiled = _compile_all(PATTERNS, cache := patterncache.PatternCache(), built)
    assert len(built) == len(PATTERNS) and cache.save() is False
    assert _spans(compiled[0], SAMPLES) == _spans(regex.compile(*PATTERNS[0]), SAMPLES)


def test_a_bad_pattern_is_still_reported_with_a_cache(cache_dir):
    spec = lexicon.LexiconSpec(recognizer="Broken", category="RELIGION", patterns=[{"name": "x", "regex": "(unclosed"}])
    for _ in range(2):  # an error is never cached
        with pytest.raises(lexicon.LexiconError, match="bad regex"):
            lexicon.LexiconRecognizer(spec, patterncache.PatternCache())


def test_term_regex_is_the_same_text_in_any_order():
    terms = ["first baptist", "muslim", "sikh", "hindu", "jain", "first presbyterian", "amish"]
    assert term_regex(terms) == term_regex(list(reversed(terms))) == term_regex(sorted(terms))


@pytest.mark.slow
def test_lexicon_from_the_cache_matches_a_fresh_build(cache_dir):
    """Every shipped pattern, rebuilt from the cache, finds exactly what it finds when compiled."""
    texts = _texts()
    fresh = build_lexicon_recognizers(cache=True)  # empty cache: compiled, then stored
    assert list(cache_dir.glob("patterns-*.bin"))
    cache = patterncache.PatternCache()
    assert len(cache._stored) > 300
    cached = build_lexicon_recognizers(cache=True)
    for a, b in zip(fresh, cached, strict=True):
        assert a.name == b.name
        for pa, pb in zip(a.patterns, b.patterns, strict=True):
            assert pb.compiled_regex.pattern == pa.compiled_regex.pattern
            assert _spans(pb.compiled_regex, texts) == _spans(pa.compiled_regex, texts), pa.name
        for ea, eb in zip(a._exclude, b._exclude, strict=True):
            assert _spans(eb, texts) == _spans(ea, texts)


# --- place gazetteer ----------------------------------------------------------------------------


@pytest.mark.slow
def test_place_names_from_the_cache(cache_dir, monkeypatch):
    places.place_names.cache_clear()
    try:
        fresh = places.place_names()  # built and stored
        assert list(cache_dir.glob("places-*.bin"))
        places.place_names.cache_clear()

        def no_build():
            raise AssertionError("built again although the cache has it")

        monkeypatch.setattr(places, "_build_place_names", no_build)
        assert places.place_names() == fresh
        assert {"boston", "conshohocken"} <= fresh

        places.place_names.cache_clear()  # other code or package versions: a miss
        monkeypatch.setattr(diskcache, "source_hash", lambda *m: "changed")
        with pytest.raises(AssertionError, match="built again"):
            places.place_names()
    finally:
        places.place_names.cache_clear()
