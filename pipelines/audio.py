"""Decode a file's audio into the 16 kHz mono float32 samples Whisper expects.

ffmpeg does the decoding and resampling in its own process and writes raw float32 samples to a
pipe. Python reads that pipe in fixed-size chunks straight into one numpy buffer
(``readinto``), so memory holds the decoded samples once, never the input file and never a
second bytes copy of the output. The buffer is sized from the expected duration when the caller
knows it (from ``probe``) and grows by doubling otherwise.

The duration limit is enforced here on the samples really decoded, whatever the file's header
says, and reading stops as soon as it is passed: a file that lies about its length cannot make
this stage use more memory than the limit allows.
"""

from __future__ import annotations

import collections
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable

import ffmpeg
import numpy as np

from pipelines.errors import AudioDecodeError, DurationLimitError, ToolMissingError

BYTES_PER_SAMPLE = 4  # float32
# Codec padding and resampling make decoded audio a little longer than probe's measurement, so a
# file probe accepted at exactly the limit must not fail here.
LIMIT_SLACK_S = 1.0
STDERR_TAIL_LINES = 20


@dataclass(frozen=True)
class AudioOptions:
    """How :func:`decode_audio` decodes."""

    sample_rate: int = 16000
    """Output rate in Hz; Whisper models need 16000."""
    max_duration_s: float | None = 600.0
    """Stop and raise ``DurationLimitError`` past this many decoded seconds (plus
    ``LIMIT_SLACK_S``); None = no limit. Keep it equal to ``ProbeOptions.max_duration_s``."""
    chunk_bytes: int = 256 * 1024
    """Bytes read from ffmpeg's pipe per call (about 4 s of 16 kHz audio)."""
    ffmpeg_binary: str = "ffmpeg"
    """Name or path of the ffmpeg executable."""
    timeout_s: float = 300.0
    """ffmpeg is killed after this many seconds."""


class SampleLimitExceeded(Exception):
    """Raised by :func:`read_samples`; :func:`decode_audio` turns it into DurationLimitError."""


class DecodeCancelled(Exception):
    """Raised by :func:`decode_audio` when its ``cancel`` event was set (ffmpeg is stopped)."""


def decode_audio(path: str | os.PathLike, options: AudioOptions = AudioOptions(), *,
                 expected_duration_s: float | None = None,
                 cancel: threading.Event | None = None) -> np.ndarray:
    """Decode the first audio stream of ``path`` to mono float32 at ``options.sample_rate``.

    ``expected_duration_s`` (e.g. ``MediaInfo.duration``) only sizes the first buffer.
    ``cancel``: when set (from another thread), ffmpeg is stopped within one chunk and
    ``DecodeCancelled`` is raised.
    """
    path = Path(path)
    # "file:" stops ffmpeg treating names like "https://..." as network addresses.
    target = "file:" + str(path.resolve())
    process = start_ffmpeg(target, options)
    stderr_tail = drain_in_background(process.stderr, strip=target + ": ")
    timed_out = threading.Event()
    watchdog = threading.Timer(options.timeout_s, lambda: (timed_out.set(), process.kill()))
    watchdog.start()
    try:
        samples = read_samples(process.stdout, options.chunk_bytes,
                               max_samples=limit_in_samples(options),
                               expected_samples=expected_samples(expected_duration_s, options),
                               stop=None if cancel is None else cancel.is_set)
    except SampleLimitExceeded as e:
        process.kill()
        raise DurationLimitError(
            f"The audio of {path.name} is longer than {options.max_duration_s:.0f} s. "
            "Trim the video and upload it again.") from e
    except BaseException:
        process.kill()
        raise
    finally:
        watchdog.cancel()
        process.stdout.close()
        process.wait()
        stderr_tail.thread.join(timeout=5)
    check_exit(path, process.returncode, timed_out.is_set(), stderr_tail.lines, samples.size,
               options)
    return samples


def start_ffmpeg(target: str, options: AudioOptions):
    """Start ffmpeg writing raw mono float32 samples of the first audio stream to stdout."""
    stream = ffmpeg.input(target)["a:0"]
    # rematrix_maxval=1 mixes stereo to mono as (L+R)/2, as faster-whisper's own decoder does;
    # ffmpeg's float default, (L+R)/sqrt(2), can exceed 1.0.
    stream = stream.output("pipe:", format="f32le", acodec="pcm_f32le", ac=1,
                           ar=options.sample_rate, rematrix_maxval=1.0)
    stream = stream.global_args("-nostdin", "-hide_banner", "-loglevel", "error")
    try:
        return stream.run_async(cmd=options.ffmpeg_binary, pipe_stdout=True, pipe_stderr=True)
    except FileNotFoundError as e:
        raise ToolMissingError(f"ffmpeg was not found (looked for {options.ffmpeg_binary!r}). "
                               "Install ffmpeg, e.g. `apt-get install ffmpeg`.") from e


class _Tail:
    def __init__(self) -> None:
        self.lines: collections.deque[str] = collections.deque(maxlen=STDERR_TAIL_LINES)
        self.thread: threading.Thread | None = None


def drain_in_background(pipe: BinaryIO, strip: str = "") -> _Tail:
    """Keep reading ffmpeg's stderr: a full stderr pipe would block ffmpeg and so this reader.

    ``strip`` (the input's "file:/abs/path: " prefix) is removed: messages show no server paths.
    """
    tail = _Tail()

    def drain() -> None:
        for line in pipe:
            tail.lines.append(line.decode("utf-8", "replace").rstrip().replace(strip, ""))
        pipe.close()

    tail.thread = threading.Thread(target=drain, name="ffmpeg-stderr", daemon=True)
    tail.thread.start()
    return tail


def read_samples(stream: BinaryIO, chunk_bytes: int, *, max_samples: int | None = None,
                 expected_samples: int | None = None,
                 stop: Callable[[], bool] | None = None) -> np.ndarray:
    """Read float32 samples from ``stream`` in ``chunk_bytes`` pieces into a growing buffer.

    Raises ``SampleLimitExceeded`` as soon as more than ``max_samples`` samples have arrived,
    and ``DecodeCancelled`` before the next read once ``stop()`` is true.
    """
    capacity = max(expected_samples or 0, chunk_bytes // BYTES_PER_SAMPLE) * BYTES_PER_SAMPLE
    buffer = np.empty(capacity + chunk_bytes, dtype=np.uint8)  # + chunk: room for the last read
    view = memoryview(buffer)
    max_bytes = None if max_samples is None else max_samples * BYTES_PER_SAMPLE
    filled = 0
    while True:
        if stop is not None and stop():
            raise DecodeCancelled()
        if filled + chunk_bytes > buffer.size:
            buffer = grow(buffer, filled, chunk_bytes)
            view = memoryview(buffer)
        count = stream.readinto(view[filled:filled + chunk_bytes])
        if not count:
            break
        filled += count
        if max_bytes is not None and filled > max_bytes:
            raise SampleLimitExceeded()
    view.release()
    samples = buffer[:filled - filled % BYTES_PER_SAMPLE].view(np.float32)
    # Hand back a right-sized array unless the spare room is small.
    return samples.copy() if buffer.size > 1.25 * filled + chunk_bytes else samples


def grow(buffer: np.ndarray, filled: int, chunk_bytes: int) -> np.ndarray:
    bigger = np.empty(max(2 * buffer.size, filled + chunk_bytes), dtype=np.uint8)
    bigger[:filled] = buffer[:filled]
    return bigger


def limit_in_samples(options: AudioOptions) -> int | None:
    if options.max_duration_s is None:
        return None
    return int((options.max_duration_s + LIMIT_SLACK_S) * options.sample_rate)


def expected_samples(duration_s: float | None, options: AudioOptions) -> int | None:
    if not duration_s:
        return None
    # A little over the estimate: resampling and codec padding add a few samples.
    samples = int((duration_s + 0.5) * options.sample_rate)
    limit = limit_in_samples(options)
    return samples if limit is None else min(samples, limit + 1)


def check_exit(path: Path, returncode: int, timed_out: bool, stderr_lines, sample_count: int,
               options: AudioOptions) -> None:
    """Turn an ffmpeg failure into an ``AudioDecodeError`` carrying the end of its stderr."""
    tail = "\n".join(stderr_lines)
    if timed_out:
        raise AudioDecodeError(
            f"Decoding the audio of {path.name} took longer than {options.timeout_s:.0f} s and "
            "was stopped. The file may be damaged; export it again and upload it.")
    if returncode != 0:
        raise AudioDecodeError(
            f"ffmpeg could not decode the audio of {path.name} (exit code {returncode}). "
            "Export the video again (MP4 with AAC audio works everywhere) and upload it.\n"
            f"ffmpeg said:\n{tail}")
    if sample_count == 0:
        raise AudioDecodeError(
            f"The audio stream of {path.name} decoded to no samples. Check that the recording "
            "has sound and upload it again." + (f"\nffmpeg said:\n{tail}" if tail else ""))
