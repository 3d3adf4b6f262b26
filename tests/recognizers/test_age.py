"""AGE: ages and their proxies - birth and graduation years, decades, generations, school grades,
eras, life stages - but never durations of experience, percentages, distances or job titles.

Spans hold only the telling words ("I'm [AGE_1] years old"), so the sentence keeps its shape.
"""

from __future__ import annotations

import pytest

POSITIVES = [
    # ages
    ("Hi, I'm applying to be a barista, I'm 24, and I love mornings.", ["24"]),
    ("I am twenty-two years old and ready to work.", ["twenty-two"]),
    ("i'm thirty one and i've been welding since high school", ["thirty one"]),
    ("I'm Lee Park, 58, and I've driven trucks for thirty years.", ["58"]),
    ("I'm over 50 and I outwork everyone on my shift.", ["50"]),
    ("I came to this country when I was twelve and learned English fast.", ["twelve"]),
    ("I'm turning forty next month.", ["turning forty"]),
    ("i'm 31 y/o and a certified welder", ["31"]),
    # decades, generations, eras
    ("I'm in my forties and I've never been more focused.", ["forties"]),
    ("I'm in my early twenties and eager to learn.", ["early twenties"]),
    ("I'm Gen Z, so social media is second nature to me.", ["Gen Z"]),
    ("I'm a millennial who grew up fixing the family computer.", ["millennial"]),
    ("I'm a nineties kid, I grew up on dial-up.", ["nineties kid"]),
    ("I've been cooking since the Carter administration.", ["Carter administration"]),
    ("I've been doing hair since the eighties.", ["eighties"]),
    # birth and graduation years
    ("I was born in '98 and grew up in the kitchen.", ["'98"]),
    ("I was born in nineteen eighty five in a small town.", ["nineteen eighty five"]),
    ("I graduated from Spelman College in 2019 with a degree in biology.", ["2019"]),
    ("I graduated high school in 2016 and went straight to work.", ["2016"]),
    ("I'm class of 2015 at my high school.", ["2015"]),
    # school grades and standing
    ("I've been playing piano since the sixth grade.", ["sixth grade"]),
    ("I'm a high school senior and I captain the swim team.", ["high school senior"]),
    ("I'm a junior in high school and I work weekends.", ["junior in high school"]),
    # life stages
    ("I'm a teen, but I've been babysitting for years.", ["teen"]),
    ("I'm a senior citizen and I still work circles around people.", ["senior citizen"]),
    ("I'm a retiree looking for part-time work.", ["retiree"]),
    ("I retired from the post office last spring.", ["retired"]),
    ("I'm usually the youngest guy on the crew.", ["youngest"]),
    ("I was always the oldest one in my training class.", ["oldest"]),
    ("I've got grandkids, so I'm patient with little ones.", ["grandkids"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_age_is_found(redacted_spans, text, expected):
    assert redacted_spans(text, "AGE") == expected


def test_only_the_number_of_an_age_is_redacted(redact):
    assert redact("I am 45 years old.") == "I am [AGE_1] years old."


def test_age_differences_give_the_same_output(redact):
    one = redact("I'm 19, and I've been swimming laps since the sixth grade.")
    other = redact("I'm 61, and I've been swimming laps since the Carter administration.")
    assert one == other


TRAPS = [
    ("I spent three years as a line cook.", "three years as a line cook"),
    ("For 23 years I have worked in hospitals.", "23 years"),
    ("I'm 3 years into my apprenticeship.", "3 years into"),
    ("I'm two years away from my journeyman license.", "two years away"),
    ("I've got 15 years of experience in kitchens.", "15 years of experience"),
    ("I'm 100% sure I can handle the rush.", "100%"),
    ("I'm 5 minutes away from the store.", "5 minutes away"),
    ("I've worked a 24-hour shift before.", "24-hour shift"),
    ("I'm a Senior Associate at a bank.", "Senior Associate"),
    ("I'm a senior technician on the overnight crew.", "senior technician"),
    ("I'm a senior at my college studying design.", "senior at my college"),
    ("I've been welding since 2009.", "since 2009"),
    ("We served 300 guests at the gala.", "300 guests"),
    ("I was 10 minutes early every day.", "10 minutes early"),
    ("I'm one of the top sellers in my district.", "one of the top sellers"),
    ("I taught a fifth grade classroom as a student teacher.", "fifth grade classroom"),
    ("I sold the oldest wine on the list to a regular.", "oldest wine"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "survives"), TRAPS)
def test_age_traps_survive(redact, text, survives):
    assert survives in redact(text)
