"""Text in, redacted text out: detect -> decide -> apply, with the models loaded once.

``Redactor`` is what ``redact-text``, the evaluation and the video pipeline share. It is
thread-safe after ``load()``; one instance serves a whole stream of transcripts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from .apply import apply
from .decide import decide
from .detect import DetectOptions, Detector
from .known import KnownMatcher
from .policy import DEFAULT_POLICY, Policy, load_policy
from .types import Decision, Detection, RedactedText


@dataclass
class RedactOptions:
    """Options of the text redaction stages."""

    #: Policy preset name or path to a policy YAML file.
    policy: str = DEFAULT_POLICY
    detect: DetectOptions = field(default_factory=DetectOptions)
    #: Match declared identifiers by sound and spelling as well as exactly.
    fuzzy_known: bool = True


class Redactor:
    def __init__(self, options: RedactOptions | None = None, policy: Policy | None = None):
        self.options = options or RedactOptions()
        self.policy = policy or load_policy(self.options.policy)
        self.detector = Detector(self.options.detect)

    def load(self) -> "Redactor":
        self.detector.load()
        return self

    def detect(self, text: str, known: Sequence[str] = ()) -> list[Detection]:
        detections = self.detector.analyze(text)
        if known:
            matcher = KnownMatcher.from_strings(known)
            matcher.fuzzy = self.options.fuzzy_known
            detections += matcher.find(text)
        return detections

    def decide(self, text: str, detections: list[Detection]) -> list[Decision]:
        return decide(text, detections, self.policy)

    def redact(self, text: str, known: Sequence[str] = ()) -> RedactedText:
        return apply(text, self.decide(text, self.detect(text, known)), self.policy)

    def redact_batch(self, texts: list[str]) -> list[str]:
        return [self.redact(t).text for t in texts]
