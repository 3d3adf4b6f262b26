"""Keyword prefilters (pipelines/detect/prefilter.py): a pattern is skipped only on texts where
it cannot match, so detection is the same with and without them, only faster."""

import json
from pathlib import Path

import pytest
import regex

from pipelines.detect import prefilter
from pipelines.detect.lexicon import build_lexicon_recognizers
from pipelines.detect.prefilter import END, MARK, LiteralIndex, key_text, required_literals

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout.jsonl"
W, E = MARK, END  # word start, word end


@pytest.mark.parametrize(
    "pattern, sets",
    [
        (r"\bretired\b", [(f"{W}retired{E}",)]),
        # white space and hyphens are one space; words inside a string are marked
        (r"(?:my|our)\s+(?:son|daughter)", [(f"my{E} {W}daughter", f"my{E} {W}son", f"our{E} {W}daughter", f"our{E} {W}son")]),
        (r"\bsemi-retired\b", [(f"{W}semi{E} {W}retired{E}",)]),
        (r"(?<![\p{L}\p{N}_])(?:gen\s+z|boomer)(?![\p{L}\p{N}_])", [(f"{W}boomer{E}", f"{W}gen{E} {W}z{E}")]),
        (r"\bi[''’]m\s+\d+", [(f"{W}i{E}'{W}m{E} ", f"{W}i{E}’{W}m{E} ")]),
        (r"(?<=\bborn\s+in\s+)\d{4}", [(f"{W}born{E} {W}in{E} ",)]),  # a lookbehind's words count
        (r"(?i:Caf[eé])", [("cafe", "café")]),
        (r"\bbi\b|\bpan\b", [(f"{W}bi{E}", f"{W}pan{E}")]),  # short words, but whole words
        # nothing every match needs: no prefilter
        (r"\b\w+\s+years\b|\bold\b", [(f"{W}old{E}", f"{W}years{E}")]),
        (r"(?:foo)?bar\d|\d", None),
        (r"(?!retired)\w+", None),  # a negative lookahead needs nothing
        (r"\bfoo(?x: bar)", [(f"{W}foobar",)]),  # verbose group: its space is no character
        (r"(?a)\bfoo\b", None),  # ASCII \b would not imply a word start
        (r"(a)\1", None),  # back-references: not understood, always run
    ],
)
def test_required_literals(pattern, sets):
    assert required_literals(pattern, regex.IGNORECASE) == sets


def test_key_text():
    assert key_text("I'm a CO-worker,\n\tZoë  at 9am") == (
        f"{W}i{E}'{W}m{E} {W}a{E} {W}co{E} {W}worker{E}, {W}zoë{E} {W}at{E} {W}9am{E}"
    )
    # the characters regex matches to ASCII letters ignoring case fold to them
    assert key_text("İstanbul ſt. \u212aelvin") == f"{W}istanbul{E} {W}st{E}. {W}kelvin{E}"


def test_unicode_facts_the_key_text_relies_on():
    """Checked against every code point: which characters regex matches to an ASCII character
    when ignoring case, and that lower-casing keeps word characters, letters and white space what
    they are (so marks and spaces fall in the same places in a text and in its key text)."""
    every = prefilter._all_characters()
    for c in map(chr, range(0x20, 0x7F)):
        for other in set(regex.findall(regex.escape(c), every, regex.IGNORECASE)) - {c, c.lower(), c.upper()}:
            assert prefilter.fold(other) == c.lower(), (c, other)
    # the word class is exactly the characters that are \w and [\p{L}\p{N}_] both
    both = set(regex.findall(r"\w", every)) & set(regex.findall(r"[\p{L}\p{N}_]", every))
    assert both == set(regex.findall(prefilter._WORD_CLASS, every))
    # folding maps each character to one, and keeps word characters and white space
    folded = prefilter.fold(every)
    assert len(folded) == len(every)
    for what in (prefilter._WORD_CLASS, r"\s"):
        assert [m.start() for m in regex.finditer(what, every)] == [m.start() for m in regex.finditer(what, folded)]
    # on ASCII text the fast key text is the same as the general one
    ascii_text = "".join(map(chr, range(128))) + " I'm a co-worker \x1c\x1f_x9"
    general = prefilter._WORD.sub(prefilter._MARKED, prefilter._SPACES.sub(" ", ascii_text.lower()))
    assert key_text(ascii_text) == general


def _texts() -> list[str]:
    lines = HELDOUT.read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    texts += [
        "I'm 24, a proud Baptist and Army veteran; I worked at Kroger in Boston.",
        "hey so im twenty three and i go to first baptist church with my husband",
        "As a single mom of two, I volunteer with the NAACP and my local union, SEIU 1199.",
        "St. Mary's AME church, the Ibo and LGBTQIA+ groups; Aloha Poke, İstanbul, ſt. Kelvin K.",
        "I'm a semi-retired Gen-Z boomer, my co-workers at the Quinceañera said Nǐ hǎo.",
    ]
    variants = []
    for t in texts:
        variants += [t, t.upper(), t.replace(" ", "-").replace("'", "’"), t.lower().replace(" ", "  \n")]
    return variants


def test_a_skipped_pattern_never_matches():
    recognizers = build_lexicon_recognizers()
    index = recognizers[0]._index
    texts = _texts()
    skipped = 0
    for text in texts:
        satisfied = index.satisfied(text)
        for rec in recognizers:
            compiled = [p.compiled_regex for p in rec.patterns] + rec._exclude
            for k, (pattern, needs) in enumerate(zip(compiled, rec._needs)):
                if needs is not None and not needs <= satisfied:
                    skipped += 1
                    assert pattern.search(text) is None, (rec.name, k, text)
    assert skipped > len(texts) * 100  # and most patterns are skipped on most texts


def test_detection_is_the_same_without_prefilters():
    recognizers = build_lexicon_recognizers()
    texts = _texts()[::4]
    with_prefilters = [[r.analyze(t, None) for r in recognizers] for t in texts]
    for rec in recognizers:
        rec.use_index(rec._index, [None] * len(rec._needs))
    without = [[r.analyze(t, None) for r in recognizers] for t in texts]
    spans = lambda results: [[(x.entity_type, x.start, x.end, x.score) for x in r] for r in results]  # noqa: E731
    assert [spans(r) for r in with_prefilters] == [spans(r) for r in without]


def test_a_recognizer_built_alone_has_its_own_index():
    from pipelines.detect.lexicon import DATA_DIR, LexiconRecognizer, load_spec

    alone = LexiconRecognizer(load_spec(DATA_DIR / "religion.yaml"))
    shared = next(r for r in build_lexicon_recognizers() if r.name == alone.name)
    text = "I sing in the choir at First Baptist and I'm Catholic; my shift ends at noon."
    spans = lambda results: sorted((x.start, x.end, x.score) for x in results)  # noqa: E731
    assert spans(alone.analyze(text, None)) == spans(shared.analyze(text, None))
    assert spans(alone.analyze(text, None))


def test_literal_index_from_cache_is_the_same(tmp_path, monkeypatch):
    monkeypatch.setenv("BLINDSCREEN_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("BLINDSCREEN_NO_CACHE", raising=False)
    sets = [(f"{W}retired{E}",), (f"{W}my{E} {W}son", "daughter"), ("@",)]
    fresh = LiteralIndex(sets, cache=True)
    assert list(tmp_path.glob("literal-index-*.bin"))
    cached = LiteralIndex(sets, cache=True)
    for text in ["I retired.", "My son and my daughter", "me@example.com", "retiree", "my sons"]:
        assert cached.satisfied(text) == fresh.satisfied(text) == LiteralIndex(sets).satisfied(text)
    assert fresh.satisfied("My son, retired; @home") == {0, 1, 2}
    assert fresh.satisfied("my sons") == {1}  # "son" starts a word there; nothing says it ends
    assert fresh.satisfied("retiree, granddaughter") == {1}


def test_a_damaged_cached_index_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("BLINDSCREEN_CACHE_DIR", str(tmp_path))
    sets = [(f"{W}retired{E}",)]
    key = prefilter._index_key(sets)
    built = prefilter._build_index(sets)
    lead, pattern, args, closure = built[0]
    prefilter.diskcache.store(LiteralIndex.NAME, key, [(lead, pattern, (pattern, 0, [1, 2, 3], 0, {}, ()), closure)])
    assert LiteralIndex(sets, cache=True).satisfied("I retired.") == {0}
    prefilter.diskcache.store(LiteralIndex.NAME, key, "not an index")
    assert LiteralIndex(sets, cache=True).satisfied("I retired.") == {0}
