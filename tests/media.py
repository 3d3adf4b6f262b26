"""Test media made on the spot, the shared fixtures, and a word error rate.

Good and bad files are generated with the real ffmpeg and espeak-ng, then broken the way uploads
break in practice: cut short, emptied, renamed, or with a header patched to lie about the length.
"""

from __future__ import annotations

import functools
import importlib.util
import re
import struct
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
JFK_TEXT = ("And so my fellow Americans, ask not what your country can do for you, "
            "ask what you can do for your country.")


def shared_fixture(relative: str) -> Path:
    """A file under ../shared/fixtures, or skip the test saying what is missing."""
    path = SHARED / "fixtures" / relative
    if not path.is_file():
        pytest.skip(f"shared fixture {path} is absent (tests expect ../shared beside the repo)")
    return path


@functools.cache
def sample_script():
    """scripts/make_sample_video.py as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("make_sample_video",
                                                  ROOT / "scripts" / "make_sample_video.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_tone_video(path: Path, seconds: float = 3.0, *, audio: bool = True,
                    faststart: bool = True) -> Path:
    """A small test-pattern MP4 with a 440 Hz tone (or no audio stream at all)."""
    return sample_script().make_video(None, path, seconds, size="160x120", fps=10,
                                      tone_hz=440 if audio else None, faststart=faststart)


def make_tone_audio(path: Path, seconds: float, hz: int = 440) -> Path:
    """An AAC (.m4a) sine tone of any length; fast to make even for minutes."""
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                    f"sine=frequency={hz}:sample_rate=16000", "-t", str(seconds),
                    "-c:a", "aac", "-b:a", "32k", str(path)], check=True, timeout=120)
    return path


def make_speech_video(path: Path, text: str, voice: str | None = None) -> Path:
    """espeak-ng reading ``text``, muxed into an MP4 like the sample video resume."""
    script = sample_script()
    wav = script.make_speech_wav(text, path.with_suffix(".wav"), voice or script.VOICE)
    return script.make_video(wav, path, size="160x120", fps=10)


def truncate(source: Path, target: Path, keep: float) -> Path:
    """The first ``keep`` share of ``source``'s bytes, like an interrupted upload."""
    data = source.read_bytes()
    target.write_bytes(data[: int(len(data) * keep)])
    return target


# --- MP4 boxes ------------------------------------------------------------------------------
CONTAINER_BOXES = {b"moov", b"trak", b"mdia", b"minf", b"stbl", b"edts"}


def mp4_boxes(data: bytes, start: int = 0, end: int | None = None, descend: bool = True):
    """Yield ``(type, offset, header_size, size)`` for every box, descending into containers."""
    end = len(data) if end is None else end
    position = start
    while position + 8 <= end:
        size, kind = struct.unpack(">I4s", data[position:position + 8])
        header = 8
        if size == 1:
            size, header = struct.unpack(">Q", data[position + 8:position + 16])[0], 16
        elif size == 0:
            size = end - position
        yield kind, position, header, size
        if descend and kind in CONTAINER_BOXES:
            yield from mp4_boxes(data, position + header, position + size)
        position += size


def patch_mp4_duration(source: Path, target: Path, seconds: float) -> Path:
    """Make the movie header (mvhd) claim ``seconds``; the streams stay as they are.

    This is the "header claims 10 hours" file: ffprobe's format duration reads mvhd.
    """
    data = bytearray(source.read_bytes())
    for kind, offset, header, _ in mp4_boxes(bytes(data)):
        if kind == b"mvhd":
            body = offset + header
            assert data[body] == 0, "expected a version 0 mvhd (32-bit fields)"
            timescale = struct.unpack(">I", data[body + 12:body + 16])[0]
            struct.pack_into(">I", data, body + 16, int(seconds * timescale))
    target.write_bytes(bytes(data))
    return target


def top_level_boxes(path: Path) -> list[bytes]:
    """Box types at the top of an MP4, in file order (faststart puts moov before mdat)."""
    return [kind for kind, _, _, _ in mp4_boxes(path.read_bytes(), descend=False)]


# --- word error rate ------------------------------------------------------------------------
NUMBER_WORDS = {"24": "twenty four", "52,000": "fifty two thousand", "3": "three"}


def normalize_words(text: str) -> list[str]:
    """Lower case, numbers spelled out, punctuation dropped (hyphens split words)."""
    for digits, words in NUMBER_WORDS.items():
        text = re.sub(rf"\b{re.escape(digits)}\b", words, text)
    return re.sub(r"[^a-z0-9' ]+", " ", text.lower().replace("-", " ")).split()


def word_error_rate(reference: str, hypothesis: str) -> float:
    """(substitutions + deletions + insertions) / reference words, by edit distance."""
    ref, hyp = normalize_words(reference), normalize_words(hypothesis)
    previous = list(range(len(hyp) + 1))
    for i, ref_word in enumerate(ref, 1):
        current = [i]
        for j, hyp_word in enumerate(hyp, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ref_word != hyp_word)))
        previous = current
    return previous[-1] / max(1, len(ref))


@functools.cache
def whisper_model():
    """The default model, loaded once per test session whichever module asks first."""
    from pipelines.asr import AsrOptions, load_model

    return load_model(AsrOptions())
