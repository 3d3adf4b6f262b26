"""Assertions shared by the table-driven recognizer tests."""

import re


def assert_redacted(spans: list[str], text: str, expected: str) -> None:
    assert any(expected in s for s in spans), f"{expected!r} not redacted in {text!r}: {spans}"


def assert_not_redacted(spans: list[str], text: str, kept: str) -> None:
    start = text.index(kept)
    end = start + len(kept)
    for s in spans:
        for m in re.finditer(re.escape(s), text):
            assert m.end() <= start or end <= m.start(), f"{kept!r} touched by {s!r} in {text!r}"
