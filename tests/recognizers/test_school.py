"""SCHOOL: named institutions and names after an education phrase; degrees and fields stay.

A school the candidate *worked* at is an employer, not their education: "I taught for ten years
at Lincoln High School" says where they worked, which is what an employer screens on (the
corpus labels it EMPLOYER, a keep label). It reveals a town no more than any local employer
does, and it is not the candidate's alma mater, so it carries none of the class/HBCU/women's
college signal that makes schools sensitive. The code keeps it, and that is right.
"""

from __future__ import annotations

import pytest

from .spans import assert_redacted

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


# Coverage audit: first-person sentences written from general knowledge of each kind of cue
# (not fitted to any transcript), and traps where similar words are job facts and stay.
COVERAGE_POSITIVES = [
    ('I just graduated from Kamehameha Schools, and I want to work with animals.', 'Kamehameha Schools'),
    ('I first learned double-entry my senior year at Dorman High School.', 'Dorman High School'),  # attended, not a workplace
    ('I went to Howard University for two years.', 'Howard University'),
    ('I studied nursing at Miami Dade College.', 'Miami Dade College'),
    ('I graduated from Lincoln Tech.', 'Lincoln Tech'),
    ("I'm a Spelman grad.", 'Spelman'),
    ('I went to UCLA.', 'UCLA'),
    ('I did two years at Valencia College.', 'Valencia College'),
    ("I'm studying at Ivy Tech.", 'Ivy Tech'),
    ('I went to Diné College.', 'Diné College'),
    ("I'm a Texas A&M Aggie.", 'Texas A&M'),
    ('I finished at Penn State.', 'Penn State'),
    ('I graduated from Stuyvesant.', 'Stuyvesant'),
    ('I went to Georgia Tech for engineering.', 'Georgia Tech'),
    ("I'm at Tidewater Community College.", 'Tidewater Community College'),
    ("I got my associate's from Santa Monica College.", 'Santa Monica College'),
    ('I studied at the University of Phoenix online.', 'University of Phoenix'),
    ("I'm a student at Cal State Fullerton.", 'Cal State Fullerton'),
    ('I went to Le Cordon Bleu.', 'Le Cordon Bleu'),
    ('I graduated from the Culinary Institute of America.', 'Culinary Institute of America'),
    ('I did my prereqs at Harper College.', 'Harper College'),
    ("I'm a Harvard dropout.", 'Harvard'),
    ('I went to MIT.', 'MIT'),
    ('I graduated from Booker T. Washington High School.', 'Booker T. Washington High School'),
    ('I studied at the University of Michigan.', 'University of Michigan'),
    ('I got my cosmetology license at Paul Mitchell The School.', 'Paul Mitchell'),
    ('i went to central piedmont community college', 'central piedmont community college'),
    ("I'm a proud HBCU graduate.", 'HBCU'),
    ('I go to Bunker Hill Community College at night.', 'Bunker Hill Community College'),
    ("I'm a Hokie, Virginia Tech.", 'Virginia Tech'),
    ('I studied welding at Hobart Institute.', 'Hobart Institute'),
    ('I went to NYU for film.', 'NYU'),
    ('I graduated from Cal Poly.', 'Cal Poly'),
    ("I'm a Juilliard grad.", 'Juilliard'),
    ('i graduated from miami dade college', 'miami dade college'),
    ('I did a semester at Full Sail.', 'Full Sail'),
    ('I went to Johnson and Wales for culinary.', 'Johnson and Wales'),
    ("I'm a first-gen student at an HBCU.", 'HBCU'),
]  # fmt: skip

COVERAGE_TRAPS = [
    ("I'm a para at Lincoln Elementary and I love the kids.", 'Lincoln Elementary'),  # a workplace
    ('I have an associate degree in HVAC.', 'associate degree in HVAC'),
    ('I work in the school cafeteria.', 'school cafeteria'),
    ('I drove a school bus for six years.', 'school bus'),
    ('I used Google Classroom every day.', 'Google Classroom'),
    ("I'm a graduate of the school of hard knocks.", 'school of hard knocks'),
    ('I took a Coursera course in Excel.', 'Coursera'),
    ('I cleaned classrooms at a middle school.', 'middle school'),
    ("I'm a nurse at Stanford Health Care.", 'Stanford Health Care'),
    ('I went to a local community college for two years.', 'local community college'),
    ('I read the Harvard Business Review on breaks.', 'Harvard Business Review'),
    ('I installed Yale locks for a locksmith.', 'Yale locks'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COVERAGE_POSITIVES)
def test_coverage_school_is_found(redacted_spans, text, expected):
    assert_redacted(redacted_spans(text, 'SCHOOL'), text, expected)


@pytest.mark.parametrize(("text", "survives"), COVERAGE_TRAPS)
def test_coverage_school_traps_survive(redact, text, survives):
    assert survives in redact(text)
