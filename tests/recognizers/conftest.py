"""Shared fixtures for the table-driven recognizer tests.

``redacted_spans(text, category)`` gives the exact texts the default policy redacts (or rewrites)
under ``category`` after detect -> decide, so tests read as tables of sentences and spans.
"""

import pytest

from pipelines.redactor import Redactor


@pytest.fixture(scope="session")
def redactor():
    return Redactor().load()


@pytest.fixture(scope="session")
def redacted_spans(redactor):
    def spans(text: str, category: str | None = None) -> list[str]:
        decisions = redactor.decide(text, redactor.detect(text))
        return [
            text[d.detection.start : d.detection.end]
            for d in decisions
            if category is None or d.detection.category == category
        ]

    return spans


@pytest.fixture(scope="session")
def redact(redactor):
    return lambda text, known=(): redactor.redact(text, known).text
