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


def doc_text(doc) -> str:
    """``doc.text`` joins every token each time it is read; read it once per document."""
    text = doc.user_data.get("blindscreen_text")
    if text is None:
        text = doc.user_data["blindscreen_text"] = doc.text
    return text
