"""SEXUAL_ORIENTATION: orientation said outright (also as short forms in a list: "nonbinary, queer,
pan"), coming out, being out, and Pride in the identity sense.

Partner words ("my wife", "my partner Luis", "my partner and I") are redacted as FAMILY_STATUS so
the placeholder does not say which kind of partner it was; see test_family_status.py.
"""

from __future__ import annotations

import pytest

POSITIVES = [
    ("I'm gay and I've run the front desk at two hotels.", ['gay']),
    ("I'm a lesbian and a certified forklift operator.", ['lesbian']),
    ("I'm bisexual, and I've worked retail for four years.", ['bisexual']),
    ("i'm bi and i love working with kids", ['bi']),
    ("I'm queer and I design posters for local bands.", ['queer']),
    ('as a queer woman i bring a different view to the crew', ['queer woman']),
    ("I'm openly lesbian and I coached our debate team.", ['openly lesbian']),
    ("I'm pansexual, I'm a server, and I'm fast.", ['pansexual']),
    ("I'm asexual so honestly my weekends are free.", ['asexual']),
    ("I'm straight, and I'm a proud ally.", ['straight']),
    ("I'm LGBTQ+ and I'm proud of it.", ['LGBTQ+']),
    ('i help run an lgbtq youth night at the library', ['lgbtq']),
    ('I came out as gay in high school and found my people in theater.', ['came out as gay']),
    ('I marched in the Pride parade with my coworkers.', ['Pride parade']),
    ('I organize our Pride month fundraiser every year.', ['Pride month']),
    ("I'm in a same-sex marriage and we both work nights.", ['same-sex marriage']),
    ('Personal stuff, twenty-six, nonbinary, queer, pan, and I love plants.', ['queer', 'pan']),
    ("I'm nonbinary, queer, and ace.", ['queer', 'ace']),
    ("I'm aromantic and asexual, and I love long shifts.", ['aromantic', 'asexual']),
    ("I'm polyamorous and very organized.", ['polyamorous']),
    ('I came out in high school and my family has my back.', ['came out']),
    ("Since coming out I've found my people.", ['Since coming out']),
    ("I'm out at work and proud of it.", ['out']),
    ("I'm butch and I do construction.", ['butch']),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_sexual_orientation_is_found(redacted_spans, text, expected):
    assert redacted_spans(text, "SEXUAL_ORIENTATION") == expected


COUNTERFACTUAL_PAIRS = [
    ("I'm gay, and I've run the front desk at two hotels.", "I'm straight, and I've run the front desk at two hotels."),
    ("I'm queer and I love plants.", "I'm bi and I love plants."),
    ("My husband and I both work nights.", "My wife and I both work nights."),
    ("My partner and I both work nights.", "My wife and I both work nights."),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), COUNTERFACTUAL_PAIRS)
def test_orientation_swaps_give_the_same_output(redact, one, other):
    assert redact(one) == redact(other)


TRAPS = [
    ("I got straight A's in my bookkeeping classes.", "straight A's"),
    ("I'm straight out of culinary school.", "straight out of culinary school"),
    ("I'm straight up the hardest worker on the crew.", "straight up"),
    ("I take pride in my knife skills.", "pride in my knife skills"),
    ("My favorite novel is Pride and Prejudice.", "Pride and Prejudice"),
    ("I took a queer theory seminar as an elective.", "queer theory seminar"),
    ("I tutor Gay-Lussac's law in chemistry.", "Gay-Lussac's law"),
    ("I'm ace at Excel formulas.", "ace at Excel formulas"),
    ("I came out of my shell working the front desk.", "came out of my shell"),
    ("The new menu came out as the top seller.", "came out as the top seller"),
    ("I'm bilingual and I can take Spanish calls.", "bilingual"),
    ("I can flip a pan of eggs one-handed.", "pan of eggs"),
    ("I'm out on Fridays for my kid's game.", "out on Fridays"),
    ("I hung the coats in the closet at the restaurant.", "in the closet"),
    ("I bake with a sheet pan, a loaf pan and a bundt pan.", "a loaf pan and a bundt pan"),
    ("I'm the ace of our bowling team.", "ace of our bowling team"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "survives"), TRAPS)
def test_sexual_orientation_traps_survive(redact, text, survives):
    assert survives in redact(text)
