"""POLITICAL: parties, movements, caucuses, campaigns for candidates and political
self-descriptions are redacted; parties of other kinds, marketing campaigns, liberal arts and the
insurer are kept."""

import re

import pytest

CATEGORY = "POLITICAL"


def assert_redacted(spans: list[str], text: str, expected: str) -> None:
    assert any(expected in s for s in spans), f"{expected!r} not redacted in {text!r}: {spans}"


def assert_not_redacted(spans: list[str], text: str, kept: str) -> None:
    start = text.index(kept)
    end = start + len(kept)
    for s in spans:
        for m in re.finditer(re.escape(s), text):
            assert m.end() <= start or end <= m.start(), f"{kept!r} touched by {s!r} in {text!r}"

POSITIVES = [
    ("I chaired the county Democratic women's caucus for six years.", "Democratic women's caucus"),
    ("I also volunteer with our local Moms for Liberty chapter.", "Moms for Liberty"),
    ("I'm a lifelong Republican and a small business owner.", "Republican"),
    ("i'm a democrat and i've canvassed every election since college", "democrat"),
    ("I knocked doors for the Obama campaign in 2012.", "Obama campaign"),
    ("I was a field organizer on a city council campaign.", "city council campaign"),
    ("I was president of the Young Republicans at my school.", "Young Republicans"),
    ("I'm a DSA member and I organize tenant meetings.", "DSA"),
    ("I went to a lot of MAGA rallies with my dad.", "MAGA"),
    ("I'm pretty conservative, but I work well with everyone.", "conservative"),
    ("I'm very progressive and I care about fair pay.", "progressive"),
    ("I spent a summer in the Republican National Committee's press office.", "Republican National Committee"),
    ("I did phone banking for Students for Life.", "Students for Life"),
    ("I marched in Black Lives Matter protests in 2020.", "Black Lives Matter"),
    ("I interned with the Republican National Committee.", "Republican National Committee"),
    ("I volunteered with Black Lives Matter in 2020.", "Black Lives Matter"),
    ("I campaigned for a candidate for state senate.", "campaigned for a candidate for state senate"),
]

TRAPS = [
    ("I planned my nephew's birthday party for forty kids.", "birthday party"),
    ("I managed a third party vendor relationship.", "third party"),
    ("I ran an email campaign that doubled our open rate.", "email campaign"),
    ("I have a bachelor's in liberal arts.", "liberal arts"),
    ("I was a claims adjuster at Progressive for two years.", "Progressive"),
    ("That's a conservative estimate of the savings.", "conservative estimate"),
    ("I teach Krav Maga classes at night.", "Krav Maga"),
    ("I'm an NRA certified instructor at the range.", "NRA"),
    ("I did a study abroad in the Democratic Republic of the Congo.", "Democratic"),
    ("I was a wildland firefighter for the BLM.", "BLM"),
    ("I believe in a democratic leadership style on my team.", "democratic"),
    ("I played right wing on my hockey team.", "right wing"),
    ("I keep the first aid kit in the far right corner of the stockroom.", "far right"),
    ("I scrubbed call lists against the DNC list every morning.", "DNC"),
    ("I planned a tea party for the daycare kids.", "tea party"),
]


@pytest.mark.parametrize("text, expected", POSITIVES)
def test_redacts(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize("text, kept", TRAPS)
def test_keeps(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, CATEGORY), text, kept)
