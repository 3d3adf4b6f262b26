"""AFFINITY_GROUP: Greek-letter organisations and groups named for a demographic are redacted;
honor societies, Six Sigma, Delta the airline and software "alpha/beta" are kept."""

import re

import pytest

CATEGORY = "AFFINITY_GROUP"


def assert_redacted(spans: list[str], text: str, expected: str) -> None:
    assert any(expected in s for s in spans), f"{expected!r} not redacted in {text!r}: {spans}"


def assert_not_redacted(spans: list[str], text: str, kept: str) -> None:
    start = text.index(kept)
    end = start + len(kept)
    for s in spans:
        for m in re.finditer(re.escape(s), text):
            assert m.end() <= start or end <= m.start(), f"{kept!r} touched by {s!r} in {text!r}"

POSITIVES = [
    ("I'm in Alpha Kappa Alpha and I chaired our community service week.", "Alpha Kappa Alpha"),
    ("i pledged sigma gamma rho my sophomore year", "sigma gamma rho"),
    ("I was social chair of Lambda Theta Alpha Latin Sorority.", "Lambda Theta Alpha"),
    ("I was treasurer of Kappa Alpha Psi for two years.", "Kappa Alpha Psi"),
    ("I was rush chair for my sorority.", "sorority"),
    ("I'm still close with my line sisters.", "line sisters"),
    ("I was president of the Black Student Union.", "Black Student Union"),
    ("I was VP of the Korean Student Association at my college.", "Korean Student Association"),
    ("I led outreach for the Filipino American Student Association.", "Filipino American Student Association"),
    ("I'm a member of the Society of Women Engineers.", "Society of Women Engineers"),
    ("I was in NSBE and SHPE all four years.", "NSBE"),
    ("I was in NSBE and SHPE all four years.", "SHPE"),
    ("I mentor high schoolers through Girls Who Code.", "Girls Who Code"),
    # an organisation after "volunteer with" is not an employer guess to keep
    ("I volunteer as a mentor with Girls Who Code.", "Girls Who Code"),
    ("I organize the monthly meetup for Out in Tech.", "Out in Tech"),
    ("I spoke at a Lesbians Who Tech summit.", "Lesbians Who Tech"),
    ("I was on the board of Hillel in college.", "Hillel"),
    ("My mom signed us up for Jack and Jill when I was little.", "Jack and Jill"),
    ("I was treasurer of the Muslim Student Association.", "Muslim Student Association"),
    ("I co-founded Sikh and Jain Students for Health Equity.", "Sikh and Jain Students for Health Equity"),
    ("I lead our company's women's ERG.", "women's ERG"),
    ("I was the BSU president my senior year.", "BSU"),
    ("I'm a member of Links Incorporated like my mother.", "Links Incorporated"),
    ("I was on the planning team for Latinas in Tech.", "Latinas in Tech"),
]

TRAPS = [
    ("I was inducted into Phi Beta Kappa.", "Phi Beta Kappa"),
    ("I'm a member of Tau Beta Pi, the engineering honor society.", "Tau Beta Pi"),
    ("I made Phi Theta Kappa at community college.", "Phi Theta Kappa"),
    ("I have a Lean Six Sigma Green Belt.", "Six Sigma"),
    ("I ran alpha and beta testing for our app and I know alpha beta pruning.", "alpha beta pruning"),
    ("I worked the ticket counter for Delta for three years.", "Delta"),
    ("I'm a SWE at a fintech startup.", "SWE"),
    ("I helped graduate students plan the Graduate Student Association budget.", "Graduate Student Association"),
    ("I was a member of the Pre-Med Student Association.", "Pre-Med Student Association"),
    ("I coordinated the International Student Orientation.", "International Student"),
    ("As a Black woman in construction I know how to hold my own.", "woman in construction"),
    ("I ate Greek yogurt on every break.", "Greek"),
    ("I was a groundskeeper at the links for two summers.", "the links"),
    ("I'm applying for the Boys and Girls Club program aide job.", "Boys and Girls Club"),
]


@pytest.mark.parametrize("text, expected", POSITIVES)
def test_redacts(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize("text, kept", TRAPS)
def test_keeps(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, CATEGORY), text, kept)
