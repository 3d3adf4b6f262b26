"""PERSON: names after cues, hyphenated names, nicknames; the issue's traps.

Positives list the exact spans the default policy redacts as PERSON; traps list text that must
come through ``redact`` unchanged (or at least not as a PERSON).
"""

from __future__ import annotations

import pytest

POSITIVES = [
    ("My crew chief, Desta Alemu, tells every new hire to stick with me.", ["Desta Alemu"]),
    ("The regulars know me as Roz, the one in the booth.", ["Roz"]),
    ("Hello, I'm Marisol Vega and I'm a pharmacy tech.", ["Marisol Vega"]),
    ("Hi, my name is Will and I will lead the team.", ["Will"]),
    ("Hi, my name is Grace and I stay calm under pressure.", ["Grace"]),
    ("My name is Jordan Reyes.", ["Jordan Reyes"]),
    ("My manager, Jordan Lee, trained me.", ["Jordan Lee"]),
    ("My mentor Keisha taught me everything.", ["Keisha"]),
    # hyphenated given names and surnames
    ("My name is Sun-hee Park.", ["Sun-hee Park"]),
    ("I'm Jean-Luc Moreau.", ["Jean-Luc Moreau"]),
    ("My name is Alexandra Smith-Jones, but call me Lexi.", ["Alexandra Smith-Jones", "Lexi"]),
    # nicknames after "call me", "calls me", "go by"
    ("Everyone calls me Bubba.", ["Bubba"]),
    ("You can call me DJ.", ["DJ"]),
    ("I'm Kelsey Moore, but call me Kels.", ["Kelsey Moore", "Kels"]),
    # third-person bios: a listed name as the subject, a middle initial, an unlisted name
    ("Lauren provides parenting support, and she also runs couples groups.", ["Lauren"]),
    ("Chris represents injured workers, and he also handles appeals.", ["Chris"]),
    ("Samantha has volunteered with the shelter for three years; she loves it.", ["Samantha"]),
    ("Call Sandra J Kowalczyk on phone number 555-0100.", ["Sandra J Kowalczyk"]),
    ("When Lyssandra is not at work, she is hiking.", ["Lyssandra"]),
    # a person named after a relation or role, with adjectives and commas between
    ("My uncle Lemalu got me into this trade.", ["Lemalu"]),
    ("My old supervisor, Folasade, used to call me her best salesman.", ["Folasade"]),
    ("Our neighbour Tuilagi taught me to weld.", ["Tuilagi"]),
    ("My former shift manager Oyelaran can vouch for me.", ["Oyelaran"]),
    # someone the speaker sends people to
    ("Um, if it's Creole, ask Widline, she'll handle it.", ["Widline"]),
    ("For the schedule, just talk to Oyelaran at the front.", ["Oyelaran"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_person_is_found(redacted_spans, text, expected):
    assert redacted_spans(text, "PERSON") == expected


def test_nickname_after_full_name_shares_the_placeholder(redact):
    assert redact("I'm Kelsey Moore, but call me Kels.") == "I'm [Person1], but call me [Person1]."


def test_name_after_a_title_is_redacted(redact):
    out = redact("My supervisor Dr. Pratik Shah wrote my reference.")
    assert "Pratik" not in out and "Shah" not in out
    assert out.endswith("wrote my reference.")


def test_will_is_a_name_only_after_a_cue(redact):
    assert redact("Hi, my name is Will and I will lead the team.") == (
        "Hi, my name is [Person1] and I will lead the team."
    )


# text -> the part that must survive redaction untouched
TRAPS = [
    ("Quick intro, I'm a welder from the valley.", "Quick intro"),  # the model's "person" with a common lower-case word
    ("Quick update, I passed my CDL.", "Quick update"),
    ("I'm known for grace under pressure.", "grace under pressure"),
    ("I stay calm and keep my grace under pressure.", "grace under pressure"),
    ("I will finish the project on time.", "I will finish"),
    ("Will you hire me? I will work hard.", "Will you hire me? I will work hard."),
    ("I worked at Wendy's for two years.", "Wendy's"),
    ("I love Wendy's fries.", "Wendy's"),
    ("Wendy's was my first job.", "Wendy's"),
    ("I hope to join your team.", "hope"),
    ("Hope is not a strategy, so I plan.", "Hope is not a strategy"),
    ("Mason jars line my shelves.", "Mason jars"),
    ("I can handle rush hour at the register.", "rush hour at the register"),
    ("I worked every Monday and Friday in May.", "Monday and Friday in May"),
    ("I know Excel, Python and Java.", "Excel, Python and Java"),
    ("Autumn is my busiest season at the shop.", "Autumn is my busiest season"),
    ("Seven years as a Paralegal working in criminal law gave her a thick skin.", "a Paralegal working"),
    # a role word before an employer or a tool is not a name cue
    ("My manager at Goodwill says I'm the fastest sorter.", "Goodwill"),
    ("My supervisor at Hobart Lawn Care trusts me with the Hobart slicer.", "Hobart slicer"),
    ("Ask Google for directions, or talk to HR first.", "Ask Google for directions"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "survivor"), TRAPS)
def test_trap_is_not_a_person(redact, redacted_spans, text, survivor):
    assert redacted_spans(text, "PERSON") == []
    assert survivor in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was born in Jordan and moved here at ten.",
        "My parents immigrated from Jordan.",
        "My family is from Jordan.",
    ],
)
def test_jordan_the_country_is_a_location_not_a_person(redacted_spans, text):
    assert redacted_spans(text, "PERSON") == []
    assert redacted_spans(text, "LOCATION") == ["Jordan"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I worked with Maria Lopez on the launch.", "Maria Lopez"),
        ("I learned a lot working with Deshawn Jackson on the night crew.", "Deshawn Jackson"),
        ("I know Maria Lopez from church.", "Maria Lopez"),
        ("I trained under Chef Maria Lopez.", "Maria Lopez"),
    ],
)
def test_coworker_names_after_work_phrases_are_redacted(redact, text, name):
    out = redact(text)
    assert not any(part in out for part in name.split()), out


@pytest.mark.parametrize(
    ("text", "name"),
    [("My uncle José taught me to cook.", "José"), ("My coworker Zoë Müller helped.", "Zoë Müller")],
)
def test_accented_names_are_found(redacted_spans, text, name):
    assert redacted_spans(text, "PERSON") == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hello, I'm Imani Baptiste, and I'm applying to be a proofreader.", "Imani Baptiste"),
        ("Hi, I'm Soren Christiansen and I fix bikes.", "Soren Christiansen"),
        ("My name is Ana Catolica and I cook.", "Ana Catolica"),
    ],
)
def test_surname_that_begins_with_a_faith_word_is_a_name(redact, redacted_spans, text, name):
    # A faith pattern must not stop inside a word ("Imani [Baptist]e"): the whole name is a person.
    assert redacted_spans(text, "RELIGION") == []
    out = redact(text)
    assert "[Person1]" in out and not any(part in out for part in name.split()), out


# --- red-team round: names in every position and in lower case ----------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rosalind, my shift lead at the deli, can confirm my hours.", "Rosalind"),
        ("Teuila, my crew lead, trained me on the forklift.", "Teuila"),
        ("My references are Ana Ortiz and Brenda Lowe.", "Brenda Lowe"),
        ("I prepped alongside Evangelina for two years.", "Evangelina"),
        ("my old supervisor shontae can speak to my work", "shontae"),
        ("hi my name is abdikarim and I drive for a living", "abdikarim"),
        ("Okay so, Chidinma Okafor here, applying for the stocker role.", "Chidinma Okafor"),
        ("You can call Bernadette at the front office about me.", "Bernadette"),
        ("i'm nalani kahale and I run the register", "nalani kahale"),
    ],
)
def test_round_names_are_found(redact, text, name):
    out = redact(text)
    assert not any(part in out for part in name.split()), out


@pytest.mark.parametrize(
    ("text", "survivor"),
    [
        ("I poured Jack Daniel's and Jim Beam at the bar.", "Jack Daniel's"),
        ("I delivered Dr Pepper to every store on my route.", "Dr Pepper"),
        ("I answered client calls at Charles Schwab.", "Charles Schwab"),
        ("Weekends, my manager lets me close early.", "Weekends"),
        ("I'm punctual and I'm ready to learn.", "punctual"),
    ],
)
def test_round_brands_and_words_are_not_names(redact, text, survivor):
    assert survivor in redact(text)
