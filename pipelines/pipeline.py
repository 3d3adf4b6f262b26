"""The whole job: a video resume in, an anonymized transcript out.

probe -> audio -> asr -> detect -> decide -> apply, each stage a function with its own options.
``Pipeline`` loads the speech and language models once (``load()``, or lazily on first use) and
then processes any number of files. Declared identifiers (``known``) are both redacted and given
to the speech recognizer as hotwords, so a candidate's own name is more often heard right and then
removed. Every result records the policy that produced it and where each redaction is in time.
"""

from __future__ import annotations

import threading
import time
from bisect import bisect_right
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Callable, Sequence

from .asr import AsrOptions, load_model, transcribe, word_char_spans
from .audio import AudioOptions, decode_audio
from .detect import DetectOptions
from .known import KnownMatcher
from .policy import DEFAULT_POLICY
from .probe import MediaInfo, ProbeOptions, check_size, probe
from .redactor import RedactOptions, Redactor
from .types import RedactedText, Redaction, Transcript

#: progress(stage, done, total): stage name, amount done and total (audio seconds for "asr").
Progress = Callable[[str, float, float | None], None]


@dataclass
class PipelineOptions:
    """Options of every stage; the defaults run offline with the packaged models."""

    policy: str = DEFAULT_POLICY
    probe: ProbeOptions = field(default_factory=ProbeOptions)
    audio: AudioOptions = field(default_factory=AudioOptions)
    asr: AsrOptions = field(default_factory=AsrOptions)
    detect: DetectOptions = field(default_factory=DetectOptions)


@dataclass
class RedactedSegment:
    start: float
    end: float
    text: str


@dataclass
class ProcessResult:
    policy: dict
    media: MediaInfo
    transcript: Transcript
    redacted: RedactedText
    segments: list[RedactedSegment]
    timings: dict[str, float]

    def to_dict(self) -> dict:
        return {
            "policy": self.policy,
            "media": _plain(asdict(self.media)),
            "transcript": {
                "text": self.transcript.text,
                "language": self.transcript.language,
                "duration": self.transcript.duration,
                "model": self.transcript.model,
                "segments": [
                    {"start": s.start, "end": s.end, "text": s.text.strip()}
                    for s in self.transcript.segments
                ],
            },
            "redacted": {
                "text": self.redacted.text,
                "segments": [asdict(s) for s in self.segments],
            },
            "redactions": [r.to_dict() for r in self.redacted.redactions],
            "timings": self.timings,
        }


def _plain(value):
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return str(value) if isinstance(value, Path) else value


class Pipeline:
    def __init__(self, options: PipelineOptions | None = None):
        self.options = options or PipelineOptions()
        self.redactor = Redactor(RedactOptions(policy=self.options.policy, detect=self.options.detect))
        self._model = None
        self._loader: ThreadPoolExecutor | None = None
        self._media: ThreadPoolExecutor | None = None
        self._model_loading: Future | None = None

    def with_policy(self, policy: str | Path) -> "Pipeline":
        """The same pipeline under another policy, sharing the loaded models (no reload)."""
        other = Pipeline(replace(self.options, policy=str(policy)))
        other._model = self._model
        other.redactor.detector = self.redactor.detector
        return other

    def _load_redactor_in_background(self) -> Future:
        if self._loader is None:
            self._loader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="blindscreen-load")
        return self._loader.submit(self.redactor.load)

    def _load_model_in_background(self) -> Future | None:
        """The speech model's loading (kept across calls until it is used), or None if loaded."""
        if self._model is None and self._model_loading is None:
            self._model_loading = self._background().submit(load_model, self.options.asr)
        return self._model_loading

    def _background(self) -> ThreadPoolExecutor:
        """Threads for the media work of one call (decoding, a cold model load)."""
        if self._media is None:
            self._media = ThreadPoolExecutor(max_workers=2, thread_name_prefix="blindscreen-media")
        return self._media

    def load(self) -> "Pipeline":
        if self._model is None:
            loading, self._model_loading = self._model_loading, None
            self._model = loading.result() if loading else load_model(self.options.asr)
        self.redactor.load()
        return self

    def process(
        self, path: str | Path, known: Sequence[str] = (), progress: Progress | None = None
    ) -> ProcessResult:
        report = progress or (lambda stage, done, total: None)
        timings: dict[str, float] = {}
        clock = time.perf_counter()

        def lap(stage: str) -> None:
            nonlocal clock
            now = time.perf_counter()
            timings[stage] = round(now - clock, 4)
            clock = now

        # The language models load in the background while media is checked, decoded and
        # transcribed: ffmpeg and CTranslate2 leave the interpreter free, so a cold start costs
        # little more than speech recognition alone.
        redactor_loading = self._load_redactor_in_background()
        # A cold start loads the speech model while ffprobe and ffmpeg run.
        model_loading = self._load_model_in_background()
        report("probe", 0, None)
        # ffprobe and ffmpeg each run in their own process, so the audio is decoded while the
        # file is checked; the decoded samples are used only once probe has accepted the file,
        # and probe's verdict comes first: a file it rejects raises probe's error, whatever the
        # decoder made of it. The cheap size check runs first, so an oversized upload is never
        # decoded.
        check_size(Path(path), self.options.probe)
        cancel = threading.Event()
        decoding = self._background().submit(decode_audio, path, self.options.audio,
                                             cancel=cancel)
        try:
            media = probe(path, self.options.probe)
        except BaseException:
            cancel.set()
            _discard(decoding)
            raise
        lap("probe")
        report("audio", 0, media.duration)
        audio = decoding.result()
        lap("audio")
        report("load", 0, None)
        if self._model is None:
            self._model_loading = None  # a failed load is retried by the next call
            self._model = model_loading.result()
        lap("load")
        report("asr", 0, media.duration)
        asr_options = self.options.asr
        hotwords = KnownMatcher.from_strings(known).hotwords()
        if hotwords:
            asr_options = replace(asr_options, hotwords=hotwords)
        transcript = transcribe(
            self._model, audio, asr_options, progress=lambda done, total: report("asr", done, total)
        )
        lap("asr")
        report("redact", 0, None)
        redactor_loading.result()  # re-raises a loading error here
        redacted = self.redactor.redact(transcript.text, known)
        attach_audio_times(transcript, redacted.redactions)
        segments = redact_segments(transcript, redacted)
        lap("redact")
        return ProcessResult(self.redactor.policy.identity(), media, transcript, redacted, segments, timings)


def _discard(decoding: Future) -> None:
    """Wait for a cancelled decode (quick) and drop its samples or its error."""
    try:
        decoding.result()
    except BaseException:
        pass


def attach_audio_times(transcript: Transcript, redactions: list[Redaction]) -> None:
    """Give each redaction the audio span of the words it touches (words may be split: ' 52', ',000')."""
    spans = word_char_spans(transcript)
    for r in redactions:
        touched = [w for (s, e, w) in spans if s < r.end and e > r.start]
        if touched:
            r.audio_start = round(min(w.start for w in touched), 3)
            r.audio_end = round(max(w.end for w in touched), 3)


def map_offsets(redacted: RedactedText):
    """A function mapping an offset in the original text to one in the redacted text.

    An offset inside a redacted span maps to the start of its replacement, so a replacement is
    never split between two segments.
    """
    reds = sorted(redacted.redactions, key=lambda r: r.start)
    starts = [r.start for r in reds]

    def mapped(pos: int) -> int:
        i = bisect_right(starts, pos) - 1
        if i < 0:
            return pos
        r = reds[i]
        if pos < r.end:
            return r.out_start
        return r.out_end + (pos - r.end)

    return mapped


def redact_segments(transcript: Transcript, redacted: RedactedText) -> list[RedactedSegment]:
    mapped = map_offsets(redacted)
    spans = word_char_spans(transcript)
    out, i = [], 0
    bounds = []
    for seg in transcript.segments:
        n = len(seg.words)
        if n == 0:
            continue
        start_char, end_char = spans[i][0], spans[i + n - 1][1]
        bounds.append((seg, start_char, end_char))
        i += n
    for k, (seg, start_char, _) in enumerate(bounds):
        next_start = bounds[k + 1][1] if k + 1 < len(bounds) else len(transcript.text)
        text = redacted.text[mapped(start_char) : mapped(next_start) if k + 1 < len(bounds) else len(redacted.text)]
        out.append(RedactedSegment(round(seg.start, 3), round(seg.end, 3), text.strip()))
    return out
