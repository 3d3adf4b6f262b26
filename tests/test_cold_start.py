"""What a cold start skips must change nothing but speed: the stored word-frequency table answers
exactly what wordfreq answers, the cached name lists and parsed word lists equal fresh ones, and
the stand-ins for Presidio's predefined recognizers and spaCy's command line become the real
modules as soon as anything asks for more than a cold start needs (pipelines/detect/zipf.py,
names.py, lexicon.py, lazyimport.py)."""

from __future__ import annotations

import functools
import json
import os
import random
import string
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.detect import diskcache, lexicon, names, zipf

ROOT = Path(__file__).resolve().parents[1]


def _fresh_table():
    zipf._table.cache_clear()
    return zipf._table()


# --- word frequencies ----------------------------------------------------------------------------


@pytest.mark.slow
def test_the_stored_table_answers_what_wordfreq_answers(cache_dir, monkeypatch):
    from wordfreq import get_frequency_dict, zipf_frequency

    try:
        table = _fresh_table()  # empty cache: built from wordfreq, then stored
        assert table is not None and list(cache_dir.glob("zipf-en-*.bin"))
        listed = sorted(get_frequency_dict("en", "best"))
        rng = random.Random(0)
        sample = rng.sample(listed, 20000) + ["the", "maya", "josé", "são", "don't", "i'm", "naïve"]
        for word in sample:
            assert table.get(word) == zipf_frequency(word, "en"), word
        # Plain a-z words that are not on the list: wordfreq's minimum.
        absent = {"".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 14))) for _ in range(5000)}
        for word in absent:
            assert table.get(word) == zipf_frequency(word, "en"), word
        # Anything else is asked of wordfreq itself.
        for word in ("", "Maya", "co-op", "straße", "x 1", "bri_codes", "MAYA"):
            if word not in get_frequency_dict("en", "best"):
                assert table.get(word) is None
            assert zipf.zipf_frequency(word) == zipf_frequency(word, "en")

        # A later process reads the stored table and does not build it.
        monkeypatch.setattr(zipf, "_build", lambda: pytest.fail("built again although stored"))
        again = _fresh_table()
        assert [again.get(w) for w in sample] == [table.get(w) for w in sample]
    finally:
        zipf._table.cache_clear()


def test_without_a_cache_every_word_goes_to_wordfreq(monkeypatch):
    from wordfreq import zipf_frequency

    monkeypatch.setenv("BLINDSCREEN_NO_CACHE", "1")
    monkeypatch.setattr(zipf, "_build", lambda: pytest.fail("no table without a cache"))
    try:
        assert _fresh_table() is None
        for word in ("the", "maya", "qxzqjvkwq", "josé", "Maya"):
            assert zipf.zipf_frequency(word) == zipf_frequency(word, "en")
    finally:
        zipf._table.cache_clear()


def test_a_damaged_table_is_rebuilt(cache_dir, monkeypatch):
    parts = {"ma": ("maya\nmaze", bytes([131, 1, 44, 1]))}  # 3.87, 3.00 in centi-Zipf
    monkeypatch.setattr(zipf, "_build", lambda: (parts, 0.0))
    try:
        assert _fresh_table().get("maya") == 3.87
        (path,) = cache_dir.glob("zipf-en-*.bin")
        path.write_bytes(path.read_bytes()[:-3])
        monkeypatch.setattr(zipf, "_build", lambda: (parts, 0.0))
        table = _fresh_table()
        assert (table.get("maya"), table.get("maze"), table.get("mazq"), table.get("Maze")) == (3.87, 3.0, 0.0, None)
    finally:
        zipf._table.cache_clear()


def test_when_wordfreq_answers_cannot_be_stored_there_is_no_table(cache_dir, monkeypatch):
    monkeypatch.setattr(zipf, "_build", lambda: None)
    try:
        assert _fresh_table() is None
        assert not list(cache_dir.glob("zipf-en-*.bin"))
    finally:
        zipf._table.cache_clear()


# --- name lists ----------------------------------------------------------------------------------


def test_name_lists_from_the_cache(cache_dir, monkeypatch):
    names.given_names.cache_clear()
    names.surnames.cache_clear()
    try:
        given, last = names.given_names(), names.surnames()  # read from the packages, stored
        assert given == names._read_given_names() and last == names._read_surnames()
        assert len(list(cache_dir.glob("given-names-*.bin"))) == len(list(cache_dir.glob("surnames-*.bin"))) == 1
        names.given_names.cache_clear()
        names.surnames.cache_clear()
        monkeypatch.setattr(names, "_read_given_names", lambda: pytest.fail("read again"))
        monkeypatch.setattr(names, "_read_surnames", lambda: pytest.fail("read again"))
        assert names.given_names() == given and names.surnames() == last
        assert {"maya", "mateo"} <= given and "okafor" in last | given
    finally:
        names.given_names.cache_clear()
        names.surnames.cache_clear()


# --- parsed word lists and term patterns ---------------------------------------------------------


def test_entry_cache_hits_misses_and_copies(cache_dir):
    built = []

    def build(value):
        built.append(value)
        return value

    cache = diskcache.EntryCache("thing", "k")
    assert cache.get("yaml", "a: [1]", lambda: build({"a": [1]})) == {"a": [1]}
    assert cache.get("yaml", "b: 2", lambda: build({"b": 2})) == {"b": 2}
    assert cache.save() and built == [{"a": [1]}, {"b": 2}]

    cache = diskcache.EntryCache("thing", "k")
    one = cache.get("yaml", "a: [1]", lambda: build("not used"))
    one["a"].append(2)  # a caller's change never reaches another caller
    assert cache.get("yaml", "a: [1]", lambda: build("not used")) == {"a": [1]}
    assert cache.get("terms", "a: [1]", lambda: build("other kind")) == "other kind"
    assert cache.hits == 2 and cache.save()  # an entry was missing: written
    # Only what this process used is written: "b: 2" was not asked for, so it is gone.
    cache = diskcache.EntryCache("thing", "k")
    assert cache.get("yaml", "b: 2", lambda: build({"b": "rebuilt"})) == {"b": "rebuilt"}
    # A value marshal cannot store is built every time.
    assert cache.get("yaml", "obj", lambda: object) is object and cache.get("yaml", "obj", lambda: int) is int


def test_word_lists_from_the_cache_match_a_fresh_parse(cache_dir, monkeypatch):
    paths = lexicon.spec_paths()
    monkeypatch.setattr(lexicon, "_derived", lambda: cache)
    cache = diskcache.EntryCache("lexicon", "test")
    fresh = [lexicon.load_spec(p) for p in paths]
    terms = [lexicon._term_regex_cached(s.terms, s.case_sensitive) for s in fresh if s.terms]
    assert cache.save() and cache.hits == 0

    cache = diskcache.EntryCache("lexicon", "test")
    monkeypatch.setattr(lexicon, "_safe_load", lambda text: pytest.fail("parsed again"))
    monkeypatch.setattr(lexicon, "term_regex", lambda *a: pytest.fail("built again"))
    cached = [lexicon.load_spec(p) for p in paths]
    assert cached == fresh
    assert [lexicon._term_regex_cached(s.terms, s.case_sensitive) for s in cached if s.terms] == terms
    assert cache.hits == len(paths) + len(terms)


def test_an_edited_word_list_misses_only_itself(cache_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(lexicon, "_derived", lambda: cache)
    cache = diskcache.EntryCache("lexicon", "test")
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text("recognizer: A\ncategory: RELIGION\nterms: [Baptist]\n")
    b.write_text("recognizer: B\ncategory: RELIGION\nterms: [Sikh]\n")
    lexicon.load_spec(a), lexicon.load_spec(b)
    cache.save()
    b.write_text("recognizer: B\ncategory: RELIGION\nterms: [Sikh, Jain]\n")
    cache = diskcache.EntryCache("lexicon", "test")
    assert lexicon.load_spec(a).terms == ["Baptist"] and lexicon.load_spec(b).terms == ["Sikh", "Jain"]
    assert cache.hits == 1
    b.write_text("recognizer: B\ncategory: [unclosed\n")
    with pytest.raises(lexicon.LexiconError, match="invalid recognizer file"):
        lexicon.load_spec(b)  # an error is reported, never cached


def test_term_patterns_from_the_cache_are_the_same_text():
    cases = [(["first baptist", "Muslim", "sikh"], False), (["Army", "Navy SEAL"], True), ([1199], False)]
    for terms, case_sensitive in cases[:2]:
        assert lexicon._term_regex_cached(terms, case_sensitive) == lexicon.term_regex(terms, case_sensitive)
        assert lexicon._term_regex_cached(terms, case_sensitive) == lexicon.term_regex(terms, case_sensitive)
    # Not a list of words: the same error as without the cache, whatever is stored.
    with pytest.raises(AttributeError):
        lexicon.term_regex(*cases[2])
    with pytest.raises(AttributeError):
        lexicon._term_regex_cached(*cases[2])


# --- lazy imports (each in a new interpreter: this one has imported everything) --------------------


def _run(code: str, **env) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


_DESCRIBE = r"""
import json, sys
def describe(name):
    module = sys.modules[name]
    return {k: (type(v).__name__, getattr(v, "__name__", None)) for k, v in vars(module).items()
            if not k.startswith("__")}
names = ("spacy.cli", "spacy.cli.info", "presidio_analyzer.predefined_recognizers")
print(json.dumps({
    "modules": sorted(m for m in sys.modules if m.startswith(("spacy", "presidio_analyzer", "typer", "weasel"))),
    "attributes": {n: describe(n) for n in names},
    "parents": [sys.modules["spacy"].cli is sys.modules["spacy.cli"],
                sys.modules["presidio_analyzer"].predefined_recognizers is sys.modules[names[2]]],
    "download": type(sys.modules["spacy.cli"].download).__name__,
}))
"""


@pytest.mark.slow
def test_a_cold_start_imports_none_of_what_it_skips(tmp_path, monkeypatch):
    monkeypatch.delenv("BLINDSCREEN_NO_CACHE", raising=False)
    cache = diskcache.cache_dir() or tmp_path / "cache"
    code = (
        "import json, sys\n"
        "from pipelines.detect import lazyimport\n"
        "from pipelines.redactor import Redactor\n"
        "r = Redactor().load()\n"
        "text = r.redact('Hi, I am Maya Okafor from Boston, a proud Baptist.').text\n"
        "print(json.dumps({'text': text, 'pending': sorted(lazyimport._pending),\n"
        "  'loaded': [m for m in ('wordfreq', 'typer', 'weasel', 'presidio_analyzer.predefined_recognizers.generic.url_recognizer') if m in sys.modules]}))"
    )
    _run(code, BLINDSCREEN_CACHE_DIR=str(cache))  # fills the cache if it is empty
    out = _run(code, BLINDSCREEN_CACHE_DIR=str(cache))
    assert out["pending"] == ["presidio_analyzer.predefined_recognizers", "spacy.cli", "spacy.cli.info"]
    assert out["loaded"] == []
    assert "Maya" not in out["text"] and "Boston" not in out["text"]


@functools.lru_cache(maxsize=1)
def _plain_imports(touch_all: str) -> dict:
    # spaCy and Presidio imported first: install() leaves them alone, as it would in any
    # process that imported them before blindscreen's detector.
    return _run("import spacy, presidio_analyzer\nimport pipelines.detect\n" + touch_all + _DESCRIBE)


@pytest.mark.parametrize("first_use", [
    "import spacy; spacy.info(silent=True)",  # spacy.cli.info first
    "import spacy.cli; spacy.cli.download",  # spacy.cli first
    "from presidio_analyzer.predefined_recognizers import EmailRecognizer",
    "from presidio_analyzer.predefined_recognizers.generic.email_recognizer import EmailRecognizer\n"
    "import presidio_analyzer.predefined_recognizers as p; p.EmailRecognizer",  # a submodule first
    "from presidio_analyzer.recognizer_registry.recognizers_loader_utils import RecognizerListLoader\n"
    "RecognizerListLoader.get_existing_recognizer_cls('UrlRecognizer')",  # a class by its name
])
def test_a_stand_in_becomes_the_real_module_when_used(first_use):
    """After any use beyond a cold start's, the modules are what a plain import gives."""
    touch_all = (
        "import spacy, spacy.cli; spacy.cli.download; spacy.info\n"
        "import presidio_analyzer.predefined_recognizers as p; p.EmailRecognizer\n"
    )
    lazy = _run("import pipelines.detect\n" + first_use + "\n" + touch_all + _DESCRIBE)
    plain = _plain_imports(touch_all)
    assert lazy == plain
    assert plain["download"] == "function" and all(plain["parents"])


@pytest.mark.slow
def test_stock_presidio_still_has_every_recognizer_after_a_cold_start():
    out = _run(
        "import json\n"
        "import pipelines.detect\n"
        "from pipelines.baseline import presidio_baseline\n"
        "b = presidio_baseline()\n"
        "names = sorted(r.name for r in b.analyzer.registry.recognizers)\n"
        "print(json.dumps({'names': names, 'text': b.redact('mail jane@example.com or see www.example.com')}))"
    )
    plain = _run(
        "import json\n"
        "from pipelines.baseline import presidio_baseline\n"
        "b = presidio_baseline()\n"
        "names = sorted(r.name for r in b.analyzer.registry.recognizers)\n"
        "print(json.dumps({'names': names, 'text': b.redact('mail jane@example.com or see www.example.com')}))"
    )
    assert out == plain and "UrlRecognizer" in out["names"] and len(out["names"]) > 10
