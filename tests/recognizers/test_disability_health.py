"""DISABILITY_HEALTH: the candidate's conditions, diagnoses, aids and accommodation requests.

Disease names count only when the speaker has them; in care jobs they are the work ("patients
with diabetes", "a certified diabetes educator", "the autism center") and must survive. The
default policy removes these words.
"""

from __future__ import annotations

import pytest

POSITIVES = [
    # identity words, mostly said of oneself
    ("I'm autistic and I notice details other people miss.", ["autistic"]),
    ("I'm a dyslexic line cook with a great memory for orders.", ["dyslexic"]),
    ("I'm a type one diabetic and I manage it fine on long shifts.", ["type one diabetic"]),
    # "undetectable" after HIV-positive is the viral load: a tell of its own
    ("I'm HIV-positive, undetectable, and healthy.", ["HIV-positive", "undetectable"]),
    ("I'm a wheelchair user and I've worked a register for three years.", ["wheelchair user"]),
    ("I'm a breast cancer survivor and I never miss a deadline.", ["breast cancer survivor"]),
    # self-descriptions
    ("I'm legally blind and I use a screen reader for email.", ["legally blind"]),
    ("i'm deaf and i communicate in ASL", ["deaf"]),
    ("I'm hard of hearing, so I prefer written instructions.", ["hard of hearing"]),
    ("I'm a blind piano tuner with ten years of clients.", ["blind"]),
    ("I'm on the spectrum, and routines help me shine.", ["on the spectrum"]),
    ("I'm in recovery and I've been five years sober.", ["in recovery", "five years sober"]),
    # diagnoses the speaker has
    ("I have ADHD, so I keep very detailed checklists.", ["ADHD"]),
    ("I have diabetes, but it's under control and I never miss work.", ["diabetes"]),
    ("I have epilepsy but it's been controlled for ten years.", ["epilepsy"]),
    ("I was diagnosed with PTSD after my deployment.", ["PTSD"]),
    ("I have cerebral palsy and I type eighty words a minute.", ["cerebral palsy"]),
    ("I live with depression and anxiety and I'm open about it.", ["depression", "anxiety"]),
    ("my anxiety used to make phone calls hard but not anymore", ["anxiety"]),
    ("I beat stage two lymphoma two years ago.", ["stage two lymphoma"]),
    ("I have chronic pain in my back, so I'd rather not lift over fifty pounds.", ["chronic pain"]),
    # aids and surgery
    ("I walk with a cane since my hip replacement.", ["cane", "hip replacement"]),
    ("I use a wheelchair, and the back office is fully accessible.", ["wheelchair"]),
    ("I wear hearing aids, so a quiet corner helps.", ["hearing aids"]),
    ("I have a service dog who comes with me everywhere.", ["service dog"]),
    # accommodations
    ("I'd need a reasonable accommodation for the training week.", ["need a reasonable accommodation"]),
    ("I would just need an accommodation for breaks.", ["need an accommodation"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_disability_health_is_found(redacted_spans, text, expected):
    assert redacted_spans(text, "DISABILITY_HEALTH") == expected


def test_disability_is_removed_without_a_trace(redact):
    # removal reads as if it had never been said: "a dyslexic vet assistant" == "a vet assistant"
    assert redact("I'm a dyslexic veterinary assistant.") == "I'm a veterinary assistant."


TRAPS = [
    ("I help patients with diabetes manage their insulin.", "patients with diabetes"),
    ("I'm a certified diabetes educator.", "certified diabetes educator"),
    ("I teach asthma and diabetes education classes.", "asthma and diabetes education"),
    ("I worked at the autism center as an ABA tech.", "autism center"),
    ("I support students with ADHD and dyslexia in small groups.", "students with ADHD and dyslexia"),
    ("My ADHD coaching business has twelve clients.", "ADHD coaching business"),
    ("We had a blind spot in our inventory process.", "blind spot"),
    ("Our company does blind screening of resumes.", "blind screening"),
    ("I ran a double-blind study in my psych lab.", "double-blind study"),
    ("I'm not blind to the problems on our line.", "blind to the problems"),
    ("The manager turned a deaf ear to complaints.", "deaf ear"),
    ("I restored depression-era furniture for a vintage shop.", "depression-era furniture"),
    ("I know how to respond to a seizure as a lifeguard.", "respond to a seizure"),
    ("We sold candy cane cookies and cane sugar lemonade.", "candy cane cookies and cane sugar"),
    ("My freestyle stroke technique got me on the swim team.", "stroke technique"),
    ("I book accommodations for our traveling nurses.", "book accommodations"),
    ("I have a dog walker for my own dogs on long shifts.", "dog walker"),
    ("I give insulin to diabetic cats at the clinic.", "diabetic cats"),
    ("It was a stroke of luck that I found this job.", "stroke of luck"),
    ("I have three years clean driving record.", "clean driving record"),
    ("I'm fluent in ASL and I interpret for the deaf community.", "deaf community"),
    ("I handle medication counts at the pharmacy.", "medication counts"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "survives"), TRAPS)
def test_disability_health_traps_survive(redact, text, survives):
    assert survives in redact(text)
