"""Factored alternations (pipelines/detect/factor.py) match exactly what the patterns as written do."""

import json
from pathlib import Path

import pytest
import regex

from pipelines.detect.factor import factor_alternations
from pipelines.detect.lexicon import expand_macros, load_spec, spec_paths, term_regex

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout.jsonl"


@pytest.mark.parametrize(
    "pattern, factored",
    [
        ("Asian|African|Albanian", "A(?:sian|frican|lbanian)"),
        ("ab|x|ac", "a(?:b|c)|x"),  # branches with different first characters never both match
        ("ab|Ab|ac", "ab|Ab|ac"),  # the same letter in another case: order kept, not merged
        (r"\bab|\bac", r"\bab|\bac"),  # not a plain first character
        ("ab|[xy]|ac", "ab|[xy]|ac"),  # nothing moves across a class
        ("a+b|ac", "a+b|ac"),  # a repeated first character
        ("(ab|ac)x", "(a(?:b|c))x"),
        ("(?x) ab | ac # note\n", "(?x) ab | ac # note\n"),  # the flag group stays first
        ("(?x)(?:ab # first\n | ac)", "(?x)(?:a(?:b # first\n |c))"),
        (r"(a)b|ac|\1", r"(a)b|ac|\1"),  # back-references: left as written
        ("a|ab|abc", "a(?:|b(?:|c))"),
    ],
)
def test_factor_examples(pattern, factored):
    assert factor_alternations(pattern) == factored
    regex.compile(factored)


def _patterns():
    for path in spec_paths():
        spec = load_spec(path)
        flags = regex.DOTALL | regex.MULTILINE | (0 if spec.case_sensitive else regex.IGNORECASE)
        for p in spec.patterns:
            yield f"{spec.recognizer}:{p['name']}", expand_macros(p["regex"]), flags
        for i, e in enumerate(spec.exclude):
            yield f"{spec.recognizer}:exclude{i}", expand_macros(e), regex.IGNORECASE
        if spec.terms:
            yield f"{spec.recognizer}:terms", term_regex(spec.terms, spec.case_sensitive), flags


def test_factored_patterns_find_the_same_spans():
    lines = HELDOUT.read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    texts.append("St. Mary's AME church, the Ibo and LGBTQIA+ groups; Aloha Poke, İstanbul, ſt. Kelvin K.")
    for name, pattern, flags in _patterns():
        original, factored = regex.compile(pattern, flags), regex.compile(factor_alternations(pattern), flags)
        for text in texts:
            expected = [m.span() for m in original.finditer(text)]
            assert [m.span() for m in factored.finditer(text)] == expected, name
