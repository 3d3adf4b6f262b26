"""A stand-in for pipelines.pipeline.Pipeline with the same contract, for fast service tests: it
"hears" a fixed sentence containing the candidate's first declared identifier and redacts every
declared identifier. Files starting with b"NOT A VIDEO" raise NotMediaError, like the probe."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from pipelines.errors import NotMediaError
from pipelines.policy import load_policy

SENTENCE = "Hi, I am {name}. I studied at {school} and I love building Python services."


@dataclass
class FakeResult:
    data: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return self.data


class FakePipeline:
    def __init__(self, policy: str = "default", error: Exception | None = None):
        self.policy = load_policy(policy).identity()
        self.error = error
        self.calls: list[tuple[bytes, list[str]]] = []

    def process(self, path: str | Path, known: Sequence[str] = ()) -> FakeResult:
        data = Path(path).read_bytes()
        self.calls.append((data, list(known)))
        if self.error is not None:
            raise self.error
        if data.startswith(b"NOT A VIDEO"):
            raise NotMediaError("the file is not a video or audio file ffprobe recognises")
        name = known[0] if known else "Someone"
        school = next((k for k in known if "University" in k), "State College")
        text = SENTENCE.format(name=name, school=school)
        redactions, redacted, shift, n = [], text, 0, 0
        for category, value in (("PERSON", name), ("SCHOOL", school)):
            start = text.index(value)
            replacement = f"[{category.capitalize()}1]"  # as the default policy renders it
            out_start = start + shift
            redacted = redacted[:out_start] + replacement + redacted[out_start + len(value):]
            redactions.append({"category": category, "recognizer": "known", "score": 1.0,
                               "action": "redact", "start": start, "end": start + len(value),
                               "out_start": out_start, "out_end": out_start + len(replacement),
                               "replacement": replacement, "audio_start": 0.5 + n,
                               "audio_end": 1.0 + n})
            shift += len(replacement) - len(value)
            n += 1
        return FakeResult({
            "policy": self.policy,
            "media": {"duration": 4.0, "path": str(path)},
            "transcript": {"text": text, "language": "en", "duration": 4.0,
                           "segments": [{"start": 0.0, "end": 4.0, "text": text}]},
            "redacted": {"text": redacted, "segments": [{"start": 0.0, "end": 4.0, "text": redacted}]},
            "redactions": redactions,
            "timings": {},
        })
