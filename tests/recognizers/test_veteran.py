"""VETERAN: military service and veteran status are redacted, but only the service words: the
years, the job learned there and veterinary work are kept."""

import re

import pytest

CATEGORY = "VETERAN"


def assert_redacted(spans: list[str], text: str, expected: str) -> None:
    assert any(expected in s for s in spans), f"{expected!r} not redacted in {text!r}: {spans}"


def assert_not_redacted(spans: list[str], text: str, kept: str) -> None:
    start = text.index(kept)
    end = start + len(kept)
    for s in spans:
        for m in re.finditer(re.escape(s), text):
            assert m.end() <= start or end <= m.start(), f"{kept!r} touched by {s!r} in {text!r}"

POSITIVES = [
    ("I did eight years in the Army as a logistics specialist.", "Army"),
    ("i served four years in the navy as a hull technician", "navy"),
    ("I served six years in the Air Force as a crew chief.", "Air Force"),
    ("After the Marines I got my CDL and started driving.", "Marines"),
    ("I joined the National Guard right out of high school.", "National Guard"),
    ("I spent five years in the Coast Guard doing search and rescue.", "Coast Guard"),
    ("I'm a veteran, and I work well under pressure.", "veteran"),
    ("I'm a Marine Corps veteran and a certified welder.", "Marine Corps veteran"),
    ("As a combat vet I stay calm in emergencies.", "combat vet"),
    ("I'm a former Marine and a licensed electrician.", "Marine"),
    ("I was deployed to Afghanistan twice.", "deployed to"),
    ("I did two deployments and came home to start nursing school.", "two deployments"),
    ("I was honorably discharged in twenty nineteen.", "honorably discharged"),
    ("I'm a military spouse, so I've moved five times and always found work.", "military spouse"),
    ("I'm going to school on the GI Bill.", "GI Bill"),
    ("I'm on active duty until June and then I'm available.", "active duty"),
    ("Since getting out of the military I've worked in security.", "Since getting out of the military"),
    ("I was stationed at Fort Bragg for three years.", "Fort Bragg"),
    ("Semper Fi, and thanks for your time.", "Semper Fi"),
    ("I'm a vet, Army, two tours.", "Army"),
    ("I enlisted right after high school and went through boot camp in San Diego.", "enlisted"),
    ("I enlisted right after high school and went through boot camp in San Diego.", "boot camp"),
    ("my dad was a marine so I grew up on bases", "marine"),
    ("My military experience taught me how to lead a team.", "military"),
    ("i was in the navy reserve for two years", "navy reserve"),
    ("I was a Navy corpsman for four years.", "Navy"),
]

TRAPS = [
    ("I did eight years in the Army as a logistics specialist.", "logistics specialist"),
    ("I did eight years in the Army as a logistics specialist.", "eight years"),
    ("I served six years in the Air Force as a crew chief.", "crew chief"),
    ("I'm a vet tech at a small animal clinic.", "vet tech"),
    ("I answered phones at the vet clinic for a summer.", "vet clinic"),
    ("I'm a veteran server with ten years on the floor.", "veteran server"),
    ("I wore a navy blazer to every interview.", "navy blazer"),
    ("I was a stock associate at Old Navy.", "Old Navy"),
    ("I donate clothes to the Salvation Army.", "Salvation Army"),
    ("I rallied an army of volunteers for the food drive.", "army"),
    ("I'm studying marine biology and I work at the aquarium.", "marine biology"),
    ("I deployed the new app to production on Friday.", "deployed"),
    ("I finished a coding bootcamp last spring.", "coding bootcamp"),
    ("I served tables for three years at a diner.", "served"),
    ("We had a Veterans Day sale at the store.", "Veterans Day"),
    ("I teach boot camp classes at the gym on weekends.", "boot camp"),
    ("I enlisted three coworkers to help with inventory.", "enlisted"),
    ("I was a customer service member of the year.", "service member"),
    ("I'm studying to be a marine biologist like my mom was.", "marine"),
    ("Since getting out I've worked two seasons at the ballpark.", "Since getting out"),
]


@pytest.mark.parametrize("text, expected", POSITIVES)
def test_redacts(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, CATEGORY), text, expected)


@pytest.mark.parametrize("text, kept", TRAPS)
def test_keeps(redacted_spans, text, kept):
    assert_not_redacted(redacted_spans(text, CATEGORY), text, kept)
