"""A greeting or farewell in another language at the start or end of a video resume is an origin
cue even when no list has it (GreetingRecognizer); English sign-offs and tools are not."""

import pytest

POSITIVES = [
    ("Tashi delek, hi. My name is Tenzin and I drive forklifts.", "Tashi delek"),
    ("Dia duit, hi! I'm applying for the barista job.", "Dia duit"),
    ("Talofa, everyone! I weld and I fit pipe.", "Talofa"),
    ("I can start Monday. Thank you so much. Soifua!", "Soifua"),
    ("That's my pitch. Sawubona!", "Sawubona"),
    ("I'm ready to learn, thank you, salamat!", "salamat"),
    ("Kia ora! I run the dish pit at a ramen bar.", "Kia ora"),
    ("Okay, that's it. Habari!", "Habari"),
]

TRAPS = [
    ("Hiii, okay, I'm applying for the prep cook job.", "Hiii"),
    ("Howdy, y'all! I weld.", "Howdy"),
    ("CNA here, ready to work. Thanks!", "CNA here"),
    ("Salesforce, Excel and SQL are what I use every day.", "Salesforce"),
    ("My tools are Jira, Figma, Asana.", "Asana"),
    ("I can start Monday. Godspeed!", "Godspeed"),
    ("I can start Monday. Cheers!", "Cheers"),
]


@pytest.mark.parametrize(("text", "greeting"), POSITIVES)
def test_heritage_greeting_is_found(redact, text, greeting):
    out = redact(text)
    assert not any(w in out for w in greeting.split())


@pytest.mark.parametrize(("text", "survives"), TRAPS)
def test_english_sign_offs_and_tools_stay(redact, text, survives):
    assert survives in redact(text)
