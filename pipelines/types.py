"""Plain data passed between the pipeline stages.

Character offsets are Python string indices into the text they refer to, end exclusive.
Times are seconds from the start of the media.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Word:
    """One recognised word; ``text`` keeps the leading space faster-whisper gives it."""

    start: float
    end: float
    text: str
    probability: float = 1.0


@dataclass(frozen=True)
class Segment:
    start: float
    end: float
    text: str
    words: tuple[Word, ...] = ()


@dataclass(frozen=True)
class Transcript:
    """What speech recognition heard. ``text`` is the words joined, so offsets map to words."""

    text: str
    segments: tuple[Segment, ...]
    language: str
    duration: float
    model: str = ""


@dataclass(frozen=True)
class Detection:
    """A detector's claim that ``text[start:end]`` is sensitive (or must be kept)."""

    start: int
    end: int
    category: str
    score: float
    recognizer: str
    kind: str = "sensitive"  # "sensitive" or "keep"
    # For neutral rewriting: the replacement a recognizer proposes (e.g. "waitress" -> "server").
    neutral: str | None = None
    # Groups detections that refer to the same thing (e.g. a declared known identifier).
    entity_key: str | None = None
    # The span only qualifies the noun after it ("a [gay] rugby club", "a [19-year-old]
    # student", "an [Army] medic"): it can go without leaving a gap in the sentence.
    modifier: bool = False


@dataclass(frozen=True)
class Decision:
    """What the policy decided for one detection."""

    detection: Detection
    action: str  # "redact" | "remove" | "neutralize" | "keep"


@dataclass
class Redaction:
    """One change made to the text, as reported in every output."""

    category: str
    recognizer: str
    score: float
    action: str
    start: int  # offsets in the original text
    end: int
    out_start: int  # offsets in the redacted text
    out_end: int
    replacement: str
    audio_start: float | None = None
    audio_end: float | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class RedactedText:
    text: str
    redactions: list[Redaction] = field(default_factory=list)
