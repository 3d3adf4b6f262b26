"""Shared fixtures for the table-driven recognizer tests.

``redacted_spans(text, category)`` gives the exact texts the default policy redacts (or rewrites)
under ``category`` after detect -> decide, so tests read as tables of sentences and spans. It
reports a cue without the phrase or sentence piece the default policy removes with it ("[in 2019]"
is reported as "2019"; ``rewrite.attribute_adjuncts`` has its own tests in test_modifiers.py).
"""

import pytest

from pipelines.decide import decide
from pipelines.policy import load_policy
from pipelines.redactor import Redactor


@pytest.fixture(scope="session")
def redactor():
    return Redactor().load()


@pytest.fixture(scope="session")
def redacted_spans(redactor):
    raw = load_policy("default").model_dump()
    raw["rewrite"]["attribute_adjuncts"] = "redact"
    raw["rewrite"]["attribute_sentences"] = "redact"
    cues_only = type(redactor.policy).model_validate(raw)

    def spans(text: str, category: str | None = None) -> list[str]:
        decisions = decide(text, redactor.detect(text), cues_only)
        return [
            text[d.detection.start : d.detection.end]
            for d in decisions
            if category is None or d.detection.category == category
        ]

    return spans


@pytest.fixture(scope="session")
def redact(redactor):
    return lambda text, known=(): redactor.redact(text, known).text
