"""CONTACT: e-mail, phone and web addresses, written and as a speech recognizer writes them."""

from __future__ import annotations

import pytest

POSITIVES = [
    ("Email me at paloma at iturbide dot media. Okay bye!", ["paloma at iturbide dot media"]),
    # e-mail, written and spoken
    ("Email me at maya.lee@gmail.com anytime.", ["maya.lee@gmail.com"]),
    ("Reach me at maya dot lee at gmail dot com.", ["maya dot lee at gmail dot com"]),
    ("My email is jlopez at yahoo dot com.", ["jlopez at yahoo dot com"]),
    # phone, digits and words
    ("Call me at 555-123-4567.", ["555-123-4567"]),
    ("My number is (312) 555-0199.", ["(312) 555-0199"]),
    ("Text me at 312.555.0199 after five.", ["312.555.0199"]),
    ("My number is five five five one two three four five six seven.", ["five five five one two three four five six seven"]),
    ("My number is five five five, one two three, four five six seven.", ["five five five, one two three, four five six seven"]),
    # web addresses, written and spoken
    ("Check out mayalee.design for my portfolio.", ["mayalee.design"]),
    ("My portfolio is at maya lee dot design.", ["maya lee dot design"]),
    ("See github.com/mayalee for code.", ["github.com/mayalee"]),
    ("Visit https://mayalee.dev/work for examples.", ["https://mayalee.dev/work"]),
    ("My site is mayalee.com.", ["mayalee.com"]),
    # spoken addresses with new endings, after a site word
    ("My portfolio is lena kraus dot archive.", ["lena kraus dot archive"]),
    ("My website's jo park dot design, thanks!", ["jo park dot design"]),
    ("Check out my work at sam rivera dot gallery.", ["sam rivera dot gallery"]),
    ("I'm a Leo, check out bea dot art.", ["bea dot art"]),
    ("My shop is at clay and co dot store.", ["clay and co dot store"]),
    ("You can see my work at janedoe dot studio.", ["janedoe dot studio"]),
    ("my site is theo dot dev", ["theo dot dev"]),
    # the words that say where the address is stay: it is no spoken e-mail "portfolio lives @ ..."
    ("My portfolio lives at jordan castellanos dot dev, thanks.", ["jordan castellanos dot dev"]),
    ("Samples are at noor haddad dot co if you want them.", ["noor haddad dot co"]),
    ("my reels are up at kai films dot studio so check them out", ["kai films dot studio"]),
    # red-team round: a spoken address whose name has dots, a local number, an extension
    ("Email me at rosa dot m dot diaz at gmail dot com.", ["rosa dot m dot diaz at gmail dot com"]),
    ("My cell is 555-0142 if you want to text.", ["555-0142"]),
    ("Call the front desk at 555-213-8890 ext 14.", ["555-213-8890 ext 14"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_contact_is_found(redacted_spans, text, expected):
    assert redacted_spans(text, "CONTACT") == expected


def test_contact_redaction_keeps_the_sentence(redact):
    assert redact("Reach me at maya dot lee at gmail dot com.") == "Reach me at [Contact1]."
    assert redact("Call me at 555-123-4567 or 555-123-4567.") == "Call me at [Contact1] or [Contact1]."


@pytest.mark.parametrize("text", ["My website is www.mayalee.com.", "Visit https://mayalee.dev/work."])
def test_url_at_end_of_sentence_leaves_the_full_stop(redact, text):
    assert redact(text).endswith("[Contact1].")


TRAPS = [
    # an employer's or client's web address is a job fact
    "I built our website, joesplumbing.com, in WordPress.",
    "I redid the restaurant's site at tonystacos dot com last year.",
    "I build web apps in ASP.NET and Node.js.",
    "I know React.js and Vue.js well.",
    "I graduated with a 3.5 GPA.",
    "I scored 98.6 percent on the exam.",
    "We shipped version 2.0 last spring.",
    "I handled 1,200 calls a month.",
    "I'm at the office at 9.",
    "I typed 75 words per minute.",
    "We raised 25,000 dollars for the food bank.",
    "I passed my DOT physical last month.",
    "I follow the DOT website for trucking rules.",
    "I iced the polka dot design on the cake.",
    "We did dot to dot puzzles with the kids.",
    "My shift is 555 minutes a week, ha, I mean about nine hours a day.",
    "I moved up to line 2 in 2019.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_trap_is_not_contact(redact, redacted_spans, text):
    assert redacted_spans(text, "CONTACT") == []
    assert redact(text) == text


# Red-team r1: providers said in two words or without ".com" after an e-mail word, "number's";
# traps: the dot-com era, numbers that name an order, a part, a room or a truck.
R1_POSITIVES = [
    ("My email is dee dot harper at g mail dot com.", "harper at g mail dot com"),
    ("reach me at m lopez at proton mail dot com", "lopez at proton mail dot com"),
    ("my email is tony fixes at gmail", "tony fixes at gmail"),
    ("My number's 555-0134, text is best.", "555-0134"),
    ("my cell's 555-0177", "555-0177"),
    ("my email's tony underscore fixes at outlook dot com", "tony underscore fixes at outlook dot com"),
]  # fmt: skip

R1_TRAPS = [
    "i worked at dot com startups in the two thousands",
    "I worked at dot-com companies in the nineties.",
    "I processed order number four five two two one nine eight.",
    "i pulled part number six six oh two one one from stock",
    "i drove truck number four two one seven eight nine",
    "My email skills are good and I'm fast at Outlook.",
    "I'm good at Gmail and Outlook calendars.",
]


@pytest.mark.parametrize(("text", "words"), R1_POSITIVES)
def test_r1_contact_is_found(redacted_spans, text, words):
    assert any(words in s for s in redacted_spans(text, "CONTACT")), redacted_spans(text, "CONTACT")


@pytest.mark.parametrize("text", R1_TRAPS)
def test_r1_trap_is_not_contact(redacted_spans, text):
    assert redacted_spans(text, "CONTACT") == []


@pytest.mark.parametrize("text", ["My website is mariadesigns.com.", "My portfolio is at mariadesigns.com."])
def test_own_website_is_contact(redacted_spans, text):
    assert redacted_spans(text, "CONTACT") == ["mariadesigns.com"]


# --- round f (heldout17 classes): own sentences, cased and lower-case unpunctuated, with job-fact
# traps that look alike.
from .spans import assert_not_redacted as _f_kept, assert_redacted as _f_found  # noqa: E402

F_CONTACT_POSITIVES = [
    ('You can reach me at greta at lindqvist woodworks dot com.', 'greta at lindqvist woodworks dot com'),
    ('email me at sam at riverside plumbing dot net', 'sam at riverside plumbing dot net'),
]  # fmt: skip

F_CONTACT_TRAPS = [
    ("I'm good at data entry at riverside plumbing and I know QuickBooks.", 'data entry'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), F_CONTACT_POSITIVES)
def test_f_contact_is_found(redacted_spans, text, expected):
    _f_found(redacted_spans(text, "CONTACT"), text, expected)


@pytest.mark.parametrize(("text", "kept"), F_CONTACT_TRAPS)
def test_f_contact_traps_kept(redacted_spans, text, kept):
    _f_kept(redacted_spans(text), text, kept)
# --- round A5 ---
from .spans import assert_not_redacted as _a5_kept, assert_redacted as _a5_found  # noqa: E402

A5_CONTACT_POSITIVES = [
    # a name with digits said one by one before the provider
    ('you can reach me at maria lopez four four two at gmail dot com thanks', 'maria lopez four four two at gmail dot com'),
    ('Email me at kwame boateng nine nine at yahoo dot com.', 'kwame boateng nine nine at yahoo dot com'),
    ('my email is tori b two zero one nine at outlook dot com if that helps', 'tori b two zero one nine at outlook dot com'),
]  # fmt: skip

A5_CONTACT_TRAPS = [
    ('i have been driving for nineteen years and i picked up three one one calls at the city dispatch center for the county so i know how to stay calm on the phone', 'three one one calls'),
    ('I worked the 311 line at the city for two years.', 'the 311 line'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), A5_CONTACT_POSITIVES)
def test_a5_contact_is_found(redacted_spans, text, expected):
    _a5_found(redacted_spans(text, "CONTACT"), text, expected)


@pytest.mark.parametrize(("text", "kept"), A5_CONTACT_TRAPS)
def test_a5_contact_traps_kept(redacted_spans, text, kept):
    _a5_kept(redacted_spans(text), text, kept)
