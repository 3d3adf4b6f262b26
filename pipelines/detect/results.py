"""One way for blindscreen's Python recognizers to report a finding to Presidio."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult


def finding(recognizer, entity: str, start: int, end: int, score: float, **metadata) -> RecognizerResult:
    """A RecognizerResult that names its recognizer (reported with every redaction)."""
    return RecognizerResult(
        entity,
        start,
        end,
        score,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
            **metadata,
        },
    )
