"""FAMILY_STATUS: marital status, partners, children, pregnancy and family caregiving.

Whole phrases must go ("married with three kids", not "married with [..]"), and partner words are
reported here rather than as SEXUAL_ORIENTATION so the placeholder does not name the tell.
"""

from __future__ import annotations

import pytest

POSITIVES = [
    # marital status
    ("I'm married with three kids, so I'm used to chaos.", ["married with three kids"]),
    ("I'm single, and I can pick up any shift.", ["single"]),
    ("i'm not married and i can travel for work anytime", ["not married"]),
    ("I'm divorced and I've rebuilt my whole schedule around work.", ["divorced"]),
    ("I'm a widower, and the night shift suits me.", ["widower"]),
    ("I'm a widow and I've volunteered at the library for years.", ["widow"]),
    ("We just got engaged, and we're staying in town.", ["just got engaged"]),
    ("I'm engaged to a firefighter, so I get odd hours.", ["engaged"]),
    ("I'm happily married and I've been a cashier for six years.", ["happily married"]),
    ("I'm getting married in June but I'll only need a week off.", ["getting married"]),
    # partners
    ("My husband works from home, so I'm flexible on hours.", ["husband"]),
    ("My wife and I both work in restaurants.", ["wife"]),
    ("My girlfriend says I'm the most organized person she knows.", ["girlfriend"]),
    ("I've been with my partner Marcus for eight years.", ["partner"]),
    ("My ex-husband and I co-parent really well.", ["ex-husband"]),
    # parents and children
    ("i'm a single dad of two teenagers and i love fixing cars", ["single dad of two teenagers"]),
    ("I'm a mother of four and I run our PTA bake sale.", ["mother of four"]),
    ("I'm a grandfather of nine, so patience is my thing.", ["grandfather of nine"]),
    ("I'm a homeschooling mom of six and I plan everything.", ["homeschooling mom of six"]),
    ("As a mom, I know how to stay calm under pressure.", ["mom"]),
    ("I'm a stay-at-home dad returning to the workforce.", ["stay-at-home dad"]),
    ("I have two-year-old twins at home, so I need day shifts.", ["have two-year-old twins"]),
    ("We have three kids under ten.", ["have three kids under ten"]),
    ("um so i have three little ones and a husband who works nights", ["have three little ones", "husband"]),
    # children's ages give the parent's away too: the AGE rule joins in and the union goes
    ("My two children are in college now.", ["two children are in college"]),
    ("My daughter is starting kindergarten this fall.", ["daughter"]),
    ("I coach my son's soccer team on weekends.", ["son"]),
    ("Now that my youngest started school I'm ready to work full time.", ["youngest"]),
    ("Before kids I managed a boutique for five years.", ["Before kids"]),
    # pregnancy
    ("My wife and I have a baby on the way this spring.", ["wife", "have a baby on the way"]),
    ("We're expecting our first in March, so I'd like to start soon.", ["expecting our first"]),
    ("I'm six months pregnant and still on my feet all day.", ["six months pregnant"]),
    ("I'm coming back from maternity leave next month.", ["maternity leave"]),
    # caregiving
    ("Honestly I take care of my grandmother most evenings.", ["take care of my grandmother"]),
    ("I'm the primary caregiver for my dad.", ["primary caregiver for my dad"]),
    ("I raised my two younger brothers while working nights.", ["raised my two younger brothers"]),
    ("I'm caring for my aging parents, so I need a steady schedule.", ["caring for my aging parents"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_family_status_is_found(redacted_spans, text, expected):
    assert redacted_spans(text, "FAMILY_STATUS") == expected


def test_partner_words_are_reported_as_family_status_not_orientation(redacted_spans):
    # "my wife" said by a woman: the placeholder must not say which kind of partner it was
    text = "My wife and I just moved here."
    assert redacted_spans(text, "FAMILY_STATUS") == ["wife"]
    assert redacted_spans(text, "SEXUAL_ORIENTATION") == []


def test_family_differences_give_the_same_output(redact):
    one = redact("I'm married with four kids and I live close to the depot.")
    other = redact("I'm single and I live close to the depot.")
    assert one == other == "I'm [FAMILY_STATUS_1] and I live close to the depot."


TRAPS = [
    ("I teach the kids in my class to read.", "the kids in my class"),
    ("I'm engaged with every customer who walks in.", "engaged with every customer"),
    ("I'm single-handedly running the closing shift.", "single-handedly"),
    ("I did every single inventory count last year.", "every single inventory count"),
    ("My partner on the ambulance and I ran forty calls a week.", "partner on the ambulance"),
    ("My business partner and I opened a food truck.", "business partner"),
    ("I work with single parent families at the shelter.", "single parent families"),
    ("I've nannied two kids for a family in town.", "nannied two kids"),
    ("We served a married couple who came in every Sunday.", "married couple"),
    ("I handle maternity leave paperwork for our whole department.", "maternity leave paperwork"),
    ("I'm expecting to finish my certification in June.", "expecting to finish"),
    ("I have kids come up to me at the pool asking questions all day.", "kids come up"),
    ("This cafe is my baby, I built it from nothing.", "my baby"),
    ("After my first year at the bank I was promoted.", "After my first year"),
    ("I planned the kids menu for the restaurant.", "kids menu"),
    ("I was a parent liaison at the elementary school.", "parent liaison"),
    ("I was a parent volunteer at the book fair.", "parent volunteer"),
    ("Our partner schools send us interns every summer.", "partner schools"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "survives"), TRAPS)
def test_family_status_traps_survive(redact, text, survives):
    assert survives in redact(text)
