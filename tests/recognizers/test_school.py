"""SCHOOL: named institutions and names after an education phrase; degrees and fields stay.

A school the candidate *worked* at is an employer, not their education: "I taught for ten years
at Lincoln High School" says where they worked, which is what an employer screens on (the
corpus labels it EMPLOYER, a keep label). It reveals a town no more than any local employer
does, and it is not the candidate's alma mater, so it carries none of the class/HBCU/women's
college signal that makes schools sensitive. The code keeps it, and that is right.
"""

from __future__ import annotations

import pytest

POSITIVES = [
    ("I studied nursing at Spelman College.", ["Spelman College"]),
    ("I went to Howard University for two years.", ["Howard University"]),
    ("I'm a proud graduate of Tuskegee Institute.", ["Tuskegee Institute"]),
    ("I finished at Miami Dade College.", ["Miami Dade College"]),
    ("I went to Lincoln High School.", ["Lincoln High School"]),
    ("I have a degree from Georgia Tech.", ["Georgia Tech"]),
    ("I attended Brooklyn Tech.", ["Brooklyn Tech"]),
    # acronyms and one-word names after an education phrase
    ("I graduated from UCLA with honors.", ["UCLA"]),
    ("I graduated from NYU last year.", ["NYU"]),
    ("I'm a junior at RISD.", ["RISD"]),
    ("I'm a sophomore at Morehouse.", ["Morehouse"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_school_is_found(redacted_spans, text, expected):
    assert redacted_spans(text, "SCHOOL") == expected


def test_the_university_of_x_is_found_with_or_without_the_article(redacted_spans):
    (span,) = redacted_spans("I'm studying accounting at the University of Memphis.", "SCHOOL")
    assert span.endswith("University of Memphis")


def test_campus_name_does_not_survive_and_spacing_is_kept(redact):
    out = redact("I went to the University of Texas at Austin and I loved it.")
    assert "Texas" not in out and "Austin" not in out
    assert out.startswith("I went to [") and out.endswith("] and I loved it.")
    assert "]at" not in out and "  " not in out


@pytest.mark.parametrize(
    ("text", "school"),
    [("I graduated from Rice with a degree in chemistry.", "Rice"), ("I transferred to Wellesley.", "Wellesley")],
)
def test_one_word_school_after_education_phrase_is_a_school(redacted_spans, text, school):
    assert redacted_spans(text, "SCHOOL") == [school]


def test_years_at_a_college_while_studying_is_a_school(redact):
    out = redact("I spent four years at Spelman College studying biology.")
    assert "Spelman" not in out


@pytest.mark.parametrize(
    "text",
    [
        "I taught for ten years at Lincoln High School.",
        "I taught math at Lincoln High School for ten years.",
    ],
)
def test_a_school_the_candidate_worked_at_is_kept_as_an_employer(redact, text):
    assert redact(text) == text


TRAPS = [
    "I have a bachelor's in biology.",
    "I work at a school.",
    "I want to go back to school.",
    "I'm certified in CPR through the Red Cross.",
    "My degree is in accounting.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_trap_is_not_a_school(redact, redacted_spans, text):
    assert redacted_spans(text, "SCHOOL") == []
    assert redact(text) == text
