"""Cue classes added after measuring on held-out transcripts: each a general pattern, with traps."""

import pytest

POSITIVES = [
    ("the military taught me how to stay on schedule", "VETERAN", "the military"),
    ("After four years of Army service I went to Cintas.", "VETERAN", "Army service"),
    ("I was a corpsman, Gulf War era.", "VETERAN", "Gulf War era"),
    ("I just use a cane sometimes.", "DISABILITY_HEALTH", "cane"),
    ("I have a service dog at work.", "DISABILITY_HEALTH", "service dog"),
    ("we just adopted a baby, so mornings are busy", "FAMILY_STATUS", "we just adopted a baby"),
    ("we don't have kids, so I can travel", "FAMILY_STATUS", "we don't have kids"),
    ("After four years of raising my twins I went back to work.", "FAMILY_STATUS", "raising my twins"),
    ("blessed be, and hope to hear from you", "RELIGION", "blessed be"),
    ("salam, hi, my name is Farid", "RELIGION", "salam"),
    ("I pray five times a day but it's quick", "RELIGION", "pray five times a day"),
    ("I'm active in my ward on Sundays", "RELIGION", "active in my ward"),
    ("born in fifty-seven and still climbing ladders", "AGE", "born in fifty-seven"),
    ("I'm 44 years and I want the packing job", "AGE", "44 years"),
    ("I'm a recent grad and I learn fast", "AGE", "a recent grad"),
    ("I live right by you in Lakeland Highlands so I can open.", "LOCATION", "Lakeland Highlands"),
    ("I grew up on Pine Ridge and moved for school.", "LOCATION", "Pine Ridge"),
    ("hey so I'm iván ibarra and I'm applying", "PERSON", "iván ibarra"),
]

TRAPS = [
    ("I have 5 years of experience in dispatch.", "5 years"),
    ("I'm happy to help and I'm very organized.", "happy"),
    ("Our military discount program grew 20 percent.", "military discount"),
    ("I restock the service counter every shift.", "service counter"),
    ("I'm 30 years into my career? No, I'm 3 years in.", "3 years in"),
    ("I live in Excel all day.", "Excel"),
    ("We don't have a forklift, so I use a pallet jack.", "forklift"),
]


@pytest.mark.parametrize("text, category, expected", POSITIVES)
def test_cue_is_redacted(redacted_spans, text, category, expected):
    spans = redacted_spans(text)
    assert any(expected in s for s in spans), f"{expected!r} not redacted in {text!r}: {spans}"


@pytest.mark.parametrize("text, kept", TRAPS)
def test_trap_survives(redact, text, kept):
    assert kept in redact(text)


# --- heldout13 classes (after its untouched measurement), own sentences ---------------------------
@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("I'd only need the first night of Passover off in April.", "first night"),
        ("I'll ask for the last ten days of Ramadan off.", "last ten days"),
        ("On weekends you'll find me cooking for Shabbat dinners at the synagogue.", "dinners"),
        ("I rebuilt my first carburetor at fifteen.", "fifteen"),
        ("I'm American, a citizen by birth, and I live in Parma.", "citizen by birth"),
        ("I'm barely five feet tall, so yes, I climb racks.", "barely"),
        ("I'm a bald, six-four guy, so folks listen.", "six-four"),
        ("I'm an above-knee amputee and I walk on a prosthetic leg.", "above-knee"),
        ("on tiktok i'm dani does aba i have like eighteen thousand followers", "dani does aba"),
    ],
)
def test_heldout13_classes_are_redacted(redact, text, gone):
    assert gone not in redact(text)


@pytest.mark.parametrize(
    ("text", "survives"),
    [
        ("I got my first job at five in the morning shifts.", "at five in the morning"),
        ("We did citizen science surveys with the senior citizens.", "citizen science"),
        ("The score was six-four in the ninth.", "six-four"),
        ("We hosted Sunday dinners for the whole crew.", "Sunday dinners"),
    ],
)
def test_heldout13_class_traps_survive(redact, text, survives):
    assert survives in redact(text)
