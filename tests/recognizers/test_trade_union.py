"""TRADE_UNION: unions, locals, union roles and membership are redacted; credit unions, Union
Square, student unions and collective bargaining as an HR skill are kept."""

import re

import pytest

CATEGORY = "TRADE_UNION"


def assert_redacted(spans: list[str], text: str, expected: str) -> None:
    assert any(expected in s for s in spans), f"{expected!r} not redacted in {text!r}: {spans}"


def assert_not_redacted(spans: list[str], text: str, kept: str) -> None:
    start = text.index(kept)
    end = start + len(kept)
    for s in spans:
        for m in re.finditer(re.escape(s), text):
            assert m.end() <= start or end <= m.start(), f"{kept!r} touched by {s!r} in {text!r}"

POSITIVES = [
    ("I'm a proud member of the Teamsters.", "Teamsters"),
    ("I was a shop steward for SEIU at the hospital.", "shop steward"),
    ("I was a shop steward for SEIU at the hospital.", "SEIU"),
    ("I'm a union electrician out of IBEW Local 46.", "IBEW Local 46"),
    ("I'm a union electrician out of IBEW Local 46.", "union"),
    ("I'm a member of Local 1199.", "Local 1199"),
    ("I joined UFCW when I started at the grocery store.", "UFCW"),
    ("I'm our union rep on the night shift.", "union rep"),
    ("I was active in my teachers' union.", "union"),
    ("I went on strike with my coworkers in 2023.", "went on strike"),
    ("I'm an NEA member and a third grade teacher.", "NEA"),
    ("I was on the bargaining committee for our contract.", "bargaining committee"),
    ("im a member of unite here local eleven and i was a shop steward", "unite here local eleven"),
    ("I'm in Local forty six.", "Local forty six"),
]

TRAPS = [
    ("I was a teller at a credit union for two years.", "credit union"),
    ("I worked at a cafe near Union Square.", "Union Square"),
    ("I sold money orders at Western Union.", "Western Union"),
    ("I worked the info desk at the student union.", "student union"),
    ("I was a conductor for Union Pacific.", "Union Pacific"),
    ("I supported HR through collective bargaining with three unions.", "collective bargaining"),
    ("I won an NEA grant for my mural.", "NEA"),
    ("I shop at a local 7-Eleven on my way to work.", "local"),
    ("I was president of the Black Student Union.", "Black Student Union"),
]


@pytest.mark.parametrize("text, expected", POSITIVES)
def test_redacts(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize("text, kept", TRAPS)
def test_keeps(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, CATEGORY), text, kept)
