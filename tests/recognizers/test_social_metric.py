"""SOCIAL_METRIC: follower, view and subscriber counts, going viral, being verified.

Counts of customers, calls or years are job facts and stay.
"""

from __future__ import annotations

import pytest

from .spans import assert_redacted

POSITIVES = [
    ("I have 52,000 followers on TikTok.", ["52,000 followers"]),
    ("It's small, only a few hundred followers.", ["a few hundred followers"]),
    ("My page got a couple hundred subscribers.", ["got a couple hundred subscribers"]),
    # the verb that leads in to the count goes with it (held-out sets mark it)
    ("My videos got 1.2 million views.", ["got 1.2 million views"]),
    ("I hit fifty K subscribers last month.", ["fifty K subscribers"]),
    ("My TikTok has thirty thousand followers.", ["thirty thousand followers"]),
    ("My reel got two hundred thousand likes.", ["got two hundred thousand likes"]),
    ("One of my videos went viral last year.", ["went viral"]),
    ("My page blew up last summer.", ['My page blew up']),
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
    # shares of a farm share, a co-op or a company are business figures
    "I helped double our CSA from 40 to 80 shares.",
    "i sold about 120 shares of the co-op every season and kept the pickup schedule for all the members in a spreadsheet",
    "I bought 50 shares of stock in the company through the employee plan.",
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


# Coverage audit: popularity said other ways (decimals and round numbers in words, no exact
# number, counts on a platform), and job counts that stay.
COVERAGE_POSITIVES = [
    ("one of them went viral and got one point two million views", "one point two million views"),
    ("My reel got 2.5 million plays.", "2.5 million plays"),
    ("My reel got half a million views.", "half a million views"),
    ("I have a couple thousand followers on Instagram.", "a couple thousand followers"),
    ("I have thousands of subscribers on YouTube.", "thousands of subscribers"),
    ("my videos get millions of views", "millions of views"),
    ("my insta is dre underscore pours, like nine K on there", "nine K"),
    ("I have about 20k on TikTok.", "20k"),
    ("my follower count is around ten thousand", "follower count is around ten thousand"),
    ("ten thousand people follow me on instagram", "ten thousand people follow me"),
    ("I have 100k+ followers.", "100k+ followers"),
    ("my song has forty thousand monthly listeners", "forty thousand monthly listeners"),
]  # fmt: skip

COVERAGE_TRAPS = [
    ("I spent half a million dollars on inventory a year.", "half a million dollars"),
    ("We increased page views by 20 percent.", "page views by 20 percent"),
    ("I handled a couple thousand calls a month.", "a couple thousand calls"),
    ("We had thousands of customers a week.", "thousands of customers"),
    ("The store did 5k on Tuesday.", "5k on Tuesday"),
    ("I follow up with ten clients a day.", "ten clients a day"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COVERAGE_POSITIVES)
def test_coverage_social_metric_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, "SOCIAL_METRIC"), text, expected)


@pytest.mark.parametrize(("text", "survives"), COVERAGE_TRAPS)
def test_coverage_social_metric_traps_survive(redact, text, survives):
    assert survives in redact(text)


# --- red-team round: popularity said without "followers" ----------------------------------------
ROUND_POSITIVES = [
    ("One of my clips went kinda viral on TikTok.", "viral"),
    ("I grew a following of about twelve thousand people on Instagram.", "following of about twelve thousand"),
    ("My shorts usually get around 40k views.", "40k"),
    ("I've done brand deals with two sneaker companies.", "brand deals"),
    ("I'm a Twitch affiliate, so I'm used to being on camera.", "Twitch affiliate"),
    ("My YouTube channel got monetized last spring.", "got monetized"),
    ("I run a Discord server with about five thousand members.", "five thousand members"),
    # round 5: the candidate's own account is still popularity
    ("I grew my Instagram to twelve thousand followers.", "twelve thousand followers"),
    ("I grew my own TikTok from zero to fifty thousand followers.", "fifty thousand followers"),
]

ROUND_TRAPS = [
    ("I ran a server with twelve tables on the patio.", "twelve tables"),
    ("I managed a gym with 800 members.", "800 members"),
    ("I get along with everyone, and my team is following the new process.", "following the new process"),
    # round 5: an employer's or a client's account the candidate grew is an achievement
    ("I grew their Instagram from twelve hundred to eighteen thousand followers.", "eighteen thousand followers"),
    ("I took the bakery's page from nine hundred to eleven thousand followers.", "eleven thousand followers"),
    ("As their intern I grew the company's TikTok to forty thousand followers.", "forty thousand followers"),
]


@pytest.mark.parametrize(("text", "words"), ROUND_POSITIVES)
def test_round_social_metric_is_found(redacted_spans, text, words):
    assert_redacted(redacted_spans(text, "SOCIAL_METRIC"), text, words)


@pytest.mark.parametrize(("text", "survives"), ROUND_TRAPS)
def test_round_social_metric_traps_survive(redact, text, survives):
    assert survives in redact(text)


# Red-team r1: a count with no noun said of one's own account, a count said after the following
# it measures, one's own content taking off; traps: counts of things, an audience at an event.
R1_POSITIVES = [
    ("my page has like fifteen k", "fifteen k"),
    ("my instagram has about twenty two k", "twenty two k"),
    ("my channel's sitting at forty k now", "forty k"),
    ("I have a pretty big following on Instagram, about nine thousand.", "nine thousand"),
    ("i have a little following on tiktok, like three thousand", "three thousand"),
    ("my video about pallet jacks blew up overnight", "blew up"),
    ("my stuff kind of took off on tiktok", "took off"),
    ("my reels kind of took off last year", "took off"),
]  # fmt: skip

R1_TRAPS = [
    ("The store's page has a thousand products listed.", "a thousand products"),
    ("My audience at the conference was about two thousand people.", "two thousand people"),
    ("my sales took off after I learned the product", "sales took off"),
    ("We moved twenty thousand pounds of freight a shift.", "twenty thousand pounds"),
    ("i scanned like a thousand packages a shift", "a thousand packages"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words"), R1_POSITIVES)
def test_r1_social_metric_is_found(redacted_spans, text, words):
    assert_redacted(redacted_spans(text, "SOCIAL_METRIC"), text, words)


@pytest.mark.parametrize(("text", "survives"), R1_TRAPS)
def test_r1_social_metric_traps_survive(redact, text, survives):
    assert survives in redact(text)


# k2 precision: the count of an employer's or client's account the candidate ran stays (an
# achievement); the speaker's own account, or a family one, stays redacted.
K2_TRAPS = [
    ("I managed the restaurant's Instagram account and grew it to 20,000 followers.", "20,000 followers"),
    ("i ran the company tiktok and got it to fifty thousand followers", "fifty thousand followers"),
    ("Our store's Facebook page had about 8,000 followers when I took over.", "8,000 followers"),
    ("the gym's youtube channel went from 300 to 9,000 subscribers while i ran it", "9,000 subscribers"),
]  # fmt: skip

K2_POSITIVES = [
    ("I have about 20,000 followers on my Instagram.", "20,000 followers"),
    ("i managed the restaurant's instagram and my own account has fifty thousand followers", "fifty thousand followers"),
    ("Our family's YouTube channel has 80,000 subscribers.", "80,000 subscribers"),
    ("my tiktok has fifty thousand followers", "fifty thousand followers"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "survives"), K2_TRAPS)
def test_k2_employer_account_counts_survive(redact, text, survives):
    assert survives in redact(text)


@pytest.mark.parametrize(("text", "words"), K2_POSITIVES)
def test_k2_own_account_counts_are_found(redacted_spans, text, words):
    assert_redacted(redacted_spans(text, "SOCIAL_METRIC"), text, words)


# --- round f (heldout17 classes): own sentences, cased and lower-case unpunctuated, with job-fact
# traps that look alike.
from .spans import assert_not_redacted as _f_kept, assert_redacted as _f_found  # noqa: E402

F_SOCIAL_METRIC_POSITIVES = [
    ('One chart I made about late buses blew up last winter.', 'blew up'),
    ('a video i posted about forklift safety went viral', 'went viral'),
    ('this thread I wrote on payroll tax took off last spring', 'took off'),
]  # fmt: skip

F_SOCIAL_METRIC_TRAPS = [
    ('The transformer at my last site blew up last winter.', 'blew up'),
    ('One report I made for the district took off some paperwork for the clerks.', 'took off'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), F_SOCIAL_METRIC_POSITIVES)
def test_f_social_metric_is_found(redacted_spans, text, expected):
    _f_found(redacted_spans(text, "SOCIAL_METRIC"), text, expected)


@pytest.mark.parametrize(("text", "kept"), F_SOCIAL_METRIC_TRAPS)
def test_f_social_metric_traps_kept(redacted_spans, text, kept):
    _f_kept(redacted_spans(text), text, kept)


# --- helper A (heldout15/19/20 classes) ---------------------------------------------------------
from .spans import assert_not_redacted as _a_kept, assert_redacted as _a_found  # noqa: E402

A_SOCIAL_METRIC_POSITIVES = [
    ('i post edits like a couple of them went viral anyway i can start monday', 'a couple of them went viral'),
    ('I share my sketches online and a few of them went viral last year.', 'a few of them went viral'),
    ('i draw fan art on the weekends and a bunch of them went viral so i learned to take commissions', 'a bunch of them went viral'),
    ('I post my bread scoring, and a handful of those went kind of viral.', 'a handful of those went kind of viral'),
    ('I run a repair channel, and one of my water-damage rescues kind of blew up last spring.', 'blew up'),
    ('I run a cooking channel with about eight thousand subscribers, and one of my lasagna fails sort of blew up last month.', 'blew up'),
    ('i have a small tiktok and one of my pallet stacking runs actually took off in march', 'took off'),
]  # fmt: skip

A_SOCIAL_METRIC_TRAPS = [
    ('The old capacitors were leaking, and a couple of them blew up during the test.', 'blew up'),
    ('we replaced all the transformers on the line last summer and one of my coworkers said a few of them took off in price since then which hurt the budget', 'took off'),
    ("I fixed the company's channel routing, and one of my service tickets blew up into a full outage review.", 'blew up'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A_SOCIAL_METRIC_POSITIVES)
def test_a_social_metric_is_found(redacted_spans, text, expected):
    _a_found(redacted_spans(text, "SOCIAL_METRIC"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A_SOCIAL_METRIC_TRAPS)
def test_a_social_metric_traps_kept(redacted_spans, text, kept):
    _a_kept(redacted_spans(text), text, kept)


# --- helper C (heldout21/22 classes, own sentences) ---------------------------------------------
import pytest as _hc_pytest  # noqa: E402

from .spans import assert_not_redacted as _hc_kept, assert_redacted as _hc_found  # noqa: E402

C_SOCIAL_POSITIVES = [
    ('One of my cake designs went viral on Pinterest last spring.', 'went viral on Pinterest'),
    ('a clip of my welding went viral on tiktok and now i get calls', 'went viral on tiktok'),
    ('My garden tour kind of went viral on Reddit.', 'went viral on Reddit'),
    ('A timelapse of mine blew up last winter, so I know editing.', 'blew up'),
    ('i have a cover of mine that went viral once and i still play weddings', 'went viral'),
    ('One recipe of mine took off and I started catering.', 'took off'),
]  # fmt: skip

C_SOCIAL_TRAPS = [
    ('A friend of mine blew up at me once and I stayed calm.', 'blew up at me'),
    ('The bakery went viral on the local news, and I ran the counter.', 'the local news'),
    ('i handled the social accounts for the bakery and one of their posts about the new sourdough went kind of big on the local news that week', 'one of their posts'),
    ('An old boiler of mine blew up the fuse box once, and I learned to check the wiring.', 'the fuse box'),
]  # fmt: skip


@_hc_pytest.mark.parametrize(("text", "expected"), C_SOCIAL_POSITIVES)
def test_c_social_is_found(redacted_spans, text, expected):
    _hc_found(redacted_spans(text, "SOCIAL_METRIC"), text, expected)


@_hc_pytest.mark.parametrize(("text", "kept"), C_SOCIAL_TRAPS)
def test_c_social_traps_kept(redacted_spans, text, kept):
    _hc_kept(redacted_spans(text, "SOCIAL_METRIC"), text, kept)


# --- helper E (heldout24/25 classes, own sentences) ---------------------------------------------
from .spans import assert_not_redacted as _e_kept, assert_redacted as _e_found  # noqa: E402

E_SOCIAL_POSITIVES = [
    ('the thread got like 2k upvotes', '2k upvotes'),
    ('it hit 900 upvotes overnight', '900 upvotes'),
    ('my comment has 15k upvotes', '15k upvotes'),
]  # fmt: skip

E_SOCIAL_TRAPS = [
    ('We track upvotes on feature requests in Jira.', 'upvotes'),
    ('i built the voting feature for our internal forum so people can sort ideas by upvotes and the product team uses it every sprint to pick what ships next', 'sort ideas by upvotes'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), E_SOCIAL_POSITIVES)
def test_e_social_is_found(redacted_spans, text, expected):
    _e_found(redacted_spans(text, "SOCIAL_METRIC"), text, expected)


@pytest.mark.parametrize(("text", "kept"), E_SOCIAL_TRAPS)
def test_e_social_traps_kept(redacted_spans, text, kept):
    _e_kept(redacted_spans(text), text, kept)


# --- helper A2 (heldout31 classes, own sentences) ---------------------------------------------
from .spans import assert_not_redacted as _a2_kept, assert_redacted as _a2_found  # noqa: E402

A2_METRIC_POSITIVES = [
    ('My scraper library has 4,100 stars on GitHub.', '4,100 stars on GitHub'),
    ('i wrote a little cli tool and the repo has like 800 stars', '800 stars'),
    ('That package got starred over 1,200 times last year.', 'starred over 1,200 times'),
    ('It has about 600 GitHub stars now.', '600 GitHub stars'),
]  # fmt: skip

A2_METRIC_TRAPS = [
    ('the diner had four point eight stars on google and a five star rating on yelp the whole time i managed the front of house and trained every new server', 'five star rating on yelp'),
    ('Our hotel kept 4.5 stars on TripAdvisor while I ran the front desk.', '4.5 stars on TripAdvisor'),
    ('I reviewed 300 pull requests on GitHub last year.', '300 pull requests'),
    ('I starred about 40 repos on GitHub while learning Rust.', 'starred about 40 repos'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A2_METRIC_POSITIVES)
def test_a2_metric_is_found(redacted_spans, text, expected):
    _a2_found(redacted_spans(text, "SOCIAL_METRIC"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A2_METRIC_TRAPS)
def test_a2_metric_traps_kept(redacted_spans, text, kept):
    _a2_kept(redacted_spans(text), text, kept)
# --- round A4 ---
from .spans import assert_not_redacted as _a4_kept, assert_redacted as _a4_found  # noqa: E402

A4_SOCIAL_POSITIVES = [
    ('and one of my clips kinda went viral last summer', 'kinda went viral'),
    ('A video I made about tile grout sorta went viral.', 'sorta went viral'),
    ('my post about forklift safety lowkey went viral on reddit', 'lowkey went viral'),
]  # fmt: skip

A4_SOCIAL_TRAPS = [
    ('the flu kind of went around the whole warehouse last winter so i covered a lot of extra shifts and learned every station on the line in about a month', 'kind of went around'),
    ('I basically went back to school at night for my CDL.', 'went back to school'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A4_SOCIAL_POSITIVES)
def test_a4_social_is_found(redacted_spans, text, expected):
    _a4_found(redacted_spans(text, "SOCIAL_METRIC"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A4_SOCIAL_TRAPS)
def test_a4_social_traps_kept(redacted_spans, text, kept):
    _a4_kept(redacted_spans(text), text, kept)
# --- round A5 ---
from .spans import assert_not_redacted as _a5_kept, assert_redacted as _a5_found  # noqa: E402

A5_SOCIAL_POSITIVES = [
    # a post that "blew up", with its count or said of a piece of content
    ('one of my dance clips kinda blew up, like eighty thousand views', 'blew up'),
    ('My cover of that song blew up and got a million plays.', 'blew up'),
    ('i made a meme edit that totally blew up last spring', 'blew up'),
]  # fmt: skip

A5_SOCIAL_TRAPS = [
    ('the old transformer behind the shop blew up last summer and i rewired the whole panel myself and got the power back on before the morning crew showed up', 'blew up'),
    ('My old boss blew up at me once, and I stayed calm.', 'blew up'),
    ('The tire blew up on the highway, so I changed it in ten minutes.', 'blew up'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A5_SOCIAL_POSITIVES)
def test_a5_social_is_found(redacted_spans, text, expected):
    _a5_found(redacted_spans(text, "SOCIAL_METRIC"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A5_SOCIAL_TRAPS)
def test_a5_social_traps_kept(redacted_spans, text, kept):
    _a5_kept(redacted_spans(text), text, kept)
