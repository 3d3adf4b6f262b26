"""SOCIAL_METRIC: follower, view and subscriber counts, going viral, being verified.

Counts of customers, calls or years are job facts and stay.
"""

from __future__ import annotations

import pytest

POSITIVES = [
    ("I have 52,000 followers on TikTok.", ["52,000 followers"]),
    ("My videos got 1.2 million views.", ["1.2 million views"]),
    ("I hit fifty K subscribers last month.", ["fifty K subscribers"]),
    ("My TikTok has thirty thousand followers.", ["thirty thousand followers"]),
    ("My reel got two hundred thousand likes.", ["two hundred thousand likes"]),
    ("One of my videos went viral last year.", ["went viral"]),
    ("My page blew up last summer.", ["page blew up"]),
    ("I have a verified account.", ["verified account"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_social_metric_is_found(redacted_spans, text, expected):
    assert redacted_spans(text, "SOCIAL_METRIC") == expected


# text, words that must be inside one SOCIAL_METRIC span (a hedge such as "about" may join it)
LOOSE = [
    ("My channel has about 1.2 million views.", "1.2 million views"),
    ("I have over 10k followers.", "10k followers"),
    ("I've got like 3,000 subs on YouTube.", "3,000 subs"),
    ("I'm verified on TikTok.", "verified"),
    ("I got verified on Instagram last year.", "verified"),
]


@pytest.mark.parametrize(("text", "words"), LOOSE)
def test_social_metric_covers_the_count(redact, redacted_spans, text, words):
    spans = redacted_spans(text, "SOCIAL_METRIC")
    assert len(spans) == 1 and words in spans[0], spans
    assert words not in redact(text)


def test_count_survives_nowhere_and_the_platform_reads_on(redact):
    assert redact("I have 52,000 followers on TikTok.") == "I have [SocialMetric1] on TikTok."


TRAPS = [
    "I served 52 customers an hour.",
    "I have three years of experience.",
    "I followed up with 40 clients a week.",
    "We had 1.2 million dollars in sales.",
    "I increased views on our product page by 20 percent.",
    "Our store had 500 visitors a day.",
    "I'm a verified food handler.",
    "The data was verified by my manager.",
    "I typed 75 words per minute.",
    "I handled 1,200 calls a month.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_trap_is_not_a_social_metric(redact, redacted_spans, text):
    assert redacted_spans(text, "SOCIAL_METRIC") == []
    assert redact(text) == text


@pytest.mark.parametrize(
    "text", ["The transformer blew up and I rewired the panel.", "The compressor blew up on my first day."]
)
def test_equipment_that_blew_up_is_not_popularity(redact, text):
    assert redact(text) == text
