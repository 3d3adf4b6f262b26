"""Known identifiers: what a candidate declares (``--known``), found in every form ASR gives it.

The garbled forms of "Okafor" are the ones espeak speech came back as on the issue's probe.
Matcher-level tests use ``KnownMatcher`` alone (no models); the rest go through the full
redactor with the default policy, as ``blindscreen process --known ...`` does.
"""

from __future__ import annotations

import pytest

from pipelines.known import RECOGNIZER, KnownIdentifier, KnownMatcher
from pipelines.redactor import Redactor

NAME = "Brianna Okafor"
HANDLE = "@bri_codes"
EMAIL = "brianna.okafor@gmail.com"


@pytest.fixture(scope="module")
def redactor():
    return Redactor().load()


@pytest.fixture(scope="module")
def redact(redactor):
    return lambda text, known=(): redactor.redact(text, known).text


def found(known: list[str], text: str, fuzzy: bool = True) -> list[str]:
    matcher = KnownMatcher.from_strings(known)
    matcher.fuzzy = fuzzy
    return [text[d.start : d.end] for d in matcher.find(text)]


# --- parsing -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "value", "category"),
    [
        ("Brianna Okafor", "Brianna Okafor", "PERSON"),
        ("  Brianna Okafor  ", "Brianna Okafor", "PERSON"),
        ("Bri", "Bri", "PERSON"),
        ("@bri_codes", "@bri_codes", "HANDLE"),
        ("@maya.codes", "@maya.codes", "HANDLE"),
        ("brianna.okafor@gmail.com", "brianna.okafor@gmail.com", "CONTACT"),
        ("Spelman College", "Spelman College", "SCHOOL"),
        ("University of Memphis", "University of Memphis", "SCHOOL"),
        ("Lincoln High School", "Lincoln High School", "SCHOOL"),
        ("school:Rice", "Rice", "SCHOOL"),
        ("SCHOOL: Rice", "Rice", "SCHOOL"),
        ("person:Will", "Will", "PERSON"),
        ("handle:bri_codes", "bri_codes", "HANDLE"),
        ("location:Lake Worth", "Lake Worth", "LOCATION"),
        ("contact:555 123 4567", "555 123 4567", "CONTACT"),
        # an unknown prefix is part of the value, not a category
        ("Note: Okafor", "Note: Okafor", "PERSON"),
    ],
)
def test_parse(raw, value, category):
    ident = KnownIdentifier.parse(raw)
    assert (ident.value, ident.category) == (value, category)


def test_key_and_parts():
    assert KnownIdentifier.parse("@bri_codes").parts() == ["bri", "codes"]
    assert KnownIdentifier.parse("brianna.okafor@gmail.com").parts() == ["brianna", "okafor", "gmail", "com"]
    assert KnownIdentifier.parse(NAME).key == "known:PERSON:brianna okafor"
    assert KnownIdentifier.parse("BRIANNA OKAFOR").key == KnownIdentifier.parse(NAME).key


def test_from_strings_skips_blank_values():
    assert [i.value for i in KnownMatcher.from_strings(["", "  ", NAME, None]).identifiers] == [NAME]


def test_hotwords_are_the_declared_values_without_emails_or_the_handle_at():
    matcher = KnownMatcher.from_strings([NAME, HANDLE, EMAIL, "Spelman College", NAME])
    assert matcher.hotwords() == ("Brianna Okafor", "bri_codes", "Spelman College")
    assert KnownMatcher.from_strings([]).hotwords() == ()


# --- names: exact, in parts, garbled -------------------------------------------------------------
ASR_GARBLED_OKAFOR = ["Kaffir", "Caffer", "Kefer", "Rockaffer"]


@pytest.mark.parametrize("garbled", ASR_GARBLED_OKAFOR)
def test_matcher_finds_the_probes_garbled_forms(garbled):
    text = f"Hi, my name is Brianna {garbled} and I build dashboards."
    assert garbled in found([NAME], text)
    assert found([NAME], text, fuzzy=False) == ["Brianna"]  # only exact words without fuzzy


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("Hi everyone, Brianna {g} here, and I build dashboards.", "Hi everyone, [Person1] here, and I build dashboards."),
        ("My last name is {g}, and I build dashboards.", "My last name is [Person1], and I build dashboards."),
        ("People say {g} wrong all the time.", "People say [Person1] wrong all the time."),
        ("This is Bri {g} from the data team.", "This is [Person1] from the data team."),
    ],
)
@pytest.mark.parametrize("garbled", ASR_GARBLED_OKAFOR)
def test_garbled_surname_is_redacted_with_known_name(redact, template, expected, garbled):
    assert redact(template.format(g=garbled), [NAME]) == expected


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Brianna here, and I love dashboards.", "Brianna"),
        ("Okafor is my family name.", "Okafor"),
        ("Everyone calls me Okafor at work.", "Okafor"),
        ("Brianna Okafor, that's me.", "Brianna Okafor"),
        ("BRIANNA OKAFOR is on the badge.", "BRIANNA"),
    ],
)
def test_declared_name_is_redacted_whole_and_in_parts(redact, text, gone):
    out = redact(text, [NAME])
    assert gone not in out and "Okafor" not in out.title()
    assert out.count("[Person1]") == 1 and "[Person2]" not in out


def test_all_forms_of_the_declared_name_share_one_placeholder(redact):
    text = "I'm Brianna Okafor. Okafor is Nigerian; ASR says Kaffir or Caffer. Brianna built it."
    out = redact(text, [NAME])
    assert "[Person2]" not in out
    assert out.count("[Person1]") == 5


@pytest.mark.parametrize(
    "text",
    [
        "I grabbed a coffee before every shift.",
        "They made me an offer on the spot.",
        "I managed the cafe on weekends.",
        "I love a good brain teaser.",
        "I offered to train the new hires.",
        "Okay, for me the key is patience.",
        "I can take a brief on short notice.",
    ],
)
def test_common_words_near_the_name_are_not_redacted(redact, text):
    assert found([NAME], text) == []
    assert redact(text, [NAME]) == text


@pytest.mark.parametrize(("known", "word"), [("Jess Park", "Jess"), ("Wes Moss", "Wes"), ("Wes Moss", "Moss")])
def test_declared_names_ending_in_s_are_found(known, word):
    assert word in found([known], f"{word} wrote the tests and shipped them.")


def test_possessive_survives_the_redaction(redact):
    assert redact("That was Okafor's idea.", [NAME]) == "That was [Person1]'s idea."


@pytest.mark.parametrize(
    ("known", "text"),
    [
        ("Will Smith", "I will lead the team and I will listen."),
        ("Grace Lee", "I'm known for grace under pressure."),
        ("Hope Diaz", "I said hope is not a plan."),
        ("Spelman College", "Before that I took community college classes."),
        ("location:Lake Worth", "It was worth the drive to the lake."),
    ],
)
def test_ordinary_words_in_a_declared_value_are_not_redacted_alone(redact, known, text):
    assert redact(text, [known]) == text


def test_a_declared_name_that_is_an_ordinary_word_is_redacted_as_a_name(redact):
    out = redact("Hi, I'm Will Smith, and Will is fine by me.", ["Will Smith"])
    assert "Will" not in out
    assert out.count("[Person1]") == 2


# --- handles and e-mail, written and spoken ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Follow me at bri underscore codes for tips.", "at bri underscore codes"),
        ("My site is bri dot codes and I post there.", "bri dot codes"),
        ("Find me, bri dash codes, on every app.", "bri dash codes"),
        ("I post as bri_codes everywhere.", "bri_codes"),
        ("My handle is @bri_codes.", "@bri_codes"),
        ("Look up at bri codes on TikTok.", "at bri codes"),
    ],
)
def test_spoken_and_written_handle_is_found(text, span):
    assert span in found([HANDLE], text)
    assert all(d.category == "HANDLE" and d.recognizer == RECOGNIZER for d in KnownMatcher.from_strings([HANDLE]).find(text))


@pytest.mark.parametrize(
    "text",
    [
        "Follow me at bri underscore codes for tips.",
        "My site is bri dot codes and I post there.",
        "I post as bri_codes everywhere.",
    ],
)
def test_declared_handle_is_redacted(redact, text):
    out = redact(text, [HANDLE])
    assert "bri" not in out and "codes" not in out
    assert "[Handle1]" in out


@pytest.mark.parametrize("text", ["The code was brief and the brine was salty.", "I code at night.", "Bricodes is not it."])
def test_handle_parts_alone_are_not_found(text):
    assert found([HANDLE], text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Write to brianna dot okafor at gmail dot com please.",
        "Write to brianna.okafor@gmail.com please.",
        "Write to brianna okafor at gmail dot com please.",
        "Write to Brianna Dot Okafor At Gmail Dot Com please.",
    ],
)
def test_declared_email_is_redacted_written_and_spoken(redact, text):
    (match,) = found([EMAIL], text)
    assert match.lower().startswith("brianna") and match.lower().endswith("com")
    out = redact(text, [EMAIL])
    assert out == "Write to [Contact1] please."


def test_known_school_is_redacted_in_parts(redact):
    out = redact("I went to Spelman College, Spelman for short.", ["school:Spelman College"])
    assert "Spelman" not in out
    assert out.count("[School1]") == 2


def test_every_known_detection_is_keyed_to_its_identifier():
    text = "Brianna Okafor, aka Kaffir, at bri underscore codes."
    detections = KnownMatcher.from_strings([NAME, HANDLE]).find(text)
    keys = {text[d.start : d.end]: d.entity_key for d in detections}
    assert keys["Kaffir"] == keys["Brianna Okafor"] == "known:PERSON:brianna okafor"
    assert keys["at bri underscore codes"] == "known:HANDLE:@bri_codes"
