"""Check an uploaded file with ffprobe before anything decodes it.

Every later stage trusts what ``probe`` returns, so it refuses early and explains why: an empty
upload, something that is not media, a video without sound, an interrupted upload, or a file that
is (or claims to be) too long or too large.

Durations come from the streams' packets, not from the container header. A header is a few bytes
anyone can patch (an MP4's ``mvhd`` can claim 10 hours for a 5 second clip), whereas
``-count_packets`` makes ffprobe demux the whole file, so the packet count is what is really
there. Policy for a file whose header claims more than the limit while its streams are short: it is
rejected with ``DurationLimitError`` naming both figures, because players and browsers trust that
header and the mismatch means the file was damaged or tampered with; re-saving it fixes it.
``probe`` is the first line of defence only: ``decode_audio`` enforces the limit again on the
samples it really decodes.
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pipelines.errors import (
    DurationLimitError,
    EmptyFileError,
    FileSizeLimitError,
    MediaError,
    NoAudioStreamError,
    NotMediaError,
    ToolMissingError,
    TruncatedMediaError,
)

# Codecs whose every packet holds the same number of samples, so packets x frame = duration.
SAMPLES_PER_PACKET = {"aac": 1024, "mp3": 1152, "mp2": 1152, "ac3": 1536, "eac3": 1536}
# A stream is truncated when fewer packets than this share of the declared ones could be read.
MIN_READ_SHARE = 0.98
# What demuxers print when the data stops before the index says it should (MP4, Matroska).
TRUNCATION_MESSAGES = ("partial file", "file ended prematurely")


@dataclass(frozen=True)
class ProbeOptions:
    """Limits and tools for :func:`probe`."""

    max_duration_s: float = 600.0
    """Longest accepted media, in seconds; also applied to what the header claims."""
    max_size_bytes: int = 500 * 1024 * 1024
    """Largest accepted file, checked before ffprobe runs."""
    ffprobe_binary: str = "ffprobe"
    """Name or path of the ffprobe executable."""
    timeout_s: float = 60.0
    """ffprobe is killed after this many seconds (it reads every packet of the file)."""


@dataclass(frozen=True)
class AudioStreamInfo:
    """The audio stream later stages decode (the file's first one)."""

    index: int
    codec: str
    sample_rate: int
    channels: int
    duration: float  # measured from packets, seconds


@dataclass(frozen=True)
class MediaInfo:
    """What a file really holds."""

    path: Path
    size_bytes: int
    format_name: str  # ffprobe's container name, e.g. "mov,mp4,m4a,3gp,3g2,mj2"
    duration: float  # longest audio or video stream, measured from its packets
    declared_duration: float  # the longest duration the headers claim
    audio: AudioStreamInfo
    has_video: bool
    width: int | None = None
    height: int | None = None


def probe(path: str | os.PathLike, options: ProbeOptions = ProbeOptions()) -> MediaInfo:
    """Validate ``path`` and describe it; raise a ``MediaError`` subclass saying what to fix."""
    path = Path(path)
    size = check_size(path, options)
    report, stderr = run_ffprobe(path, options)
    streams = report.get("streams", [])
    audio = next((s for s in streams if s.get("codec_type") == "audio"), None)
    video = next((s for s in streams if is_picture_stream(s)), None)
    if audio is None:
        raise NoAudioStreamError(no_audio_message(path, video is not None))
    format_duration = to_float(report.get("format", {}).get("duration"))
    check_truncation(path, [s for s in (audio, video) if s], format_duration, stderr)
    audio_duration = measure_duration(audio, format_duration)
    duration = max(audio_duration, measure_duration(video, format_duration) if video else 0.0)
    declared = max([format_duration] + [declared_duration(s, format_duration) for s in streams])
    check_duration(path, duration, declared, options)
    return MediaInfo(
        path=path,
        size_bytes=size,
        format_name=report.get("format", {}).get("format_name", ""),
        duration=duration,
        declared_duration=declared,
        audio=AudioStreamInfo(
            index=int(audio.get("index", 0)),
            codec=audio.get("codec_name", "unknown"),
            sample_rate=int(audio.get("sample_rate") or 0),
            channels=int(audio.get("channels") or 0),
            duration=audio_duration,
        ),
        has_video=video is not None,
        width=int(video["width"]) if video and video.get("width") else None,
        height=int(video["height"]) if video and video.get("height") else None,
    )


def check_size(path: Path, options: ProbeOptions) -> int:
    """Refuse missing, empty and oversized files before spending time on ffprobe."""
    try:
        size = path.stat().st_size
    except FileNotFoundError as e:
        raise MediaError(f"There is no file named {path.name}. Check the path, or upload the "
                         "video again.") from e
    if size == 0:
        raise EmptyFileError(f"{path.name} is empty (0 bytes); the upload probably failed. "
                             "Upload the video again.")
    if size > options.max_size_bytes:
        raise FileSizeLimitError(
            f"{path.name} is {size / 2**20:.0f} MiB; the limit is "
            f"{options.max_size_bytes / 2**20:.0f} MiB. Upload a shorter video or export it at a "
            "lower resolution.")
    return size


def run_ffprobe(path: Path, options: ProbeOptions) -> tuple[dict, str]:
    """Run ffprobe with a timeout; return its JSON report and its stderr."""
    # "file:" stops ffprobe reading names like "https://..." as network addresses.
    target = "file:" + str(path.resolve())
    command = [options.ffprobe_binary, "-v", "error", "-show_streams", "-show_format",
               "-count_packets", "-of", "json", target]
    try:
        done = subprocess.run(command, capture_output=True, timeout=options.timeout_s,
                              stdin=subprocess.DEVNULL, check=False)
    except FileNotFoundError as e:
        raise ToolMissingError(f"ffprobe was not found (looked for {options.ffprobe_binary!r}). "
                               "Install ffmpeg, e.g. `apt-get install ffmpeg`.") from e
    except subprocess.TimeoutExpired as e:
        raise NotMediaError(f"ffprobe could not read {path.name} within {options.timeout_s:.0f} s; "
                            "the file may be damaged. Export the video again and upload it.") from e
    # Drop ffprobe's "file:/abs/path: " prefixes: messages should not show server paths.
    stderr = done.stderr.decode("utf-8", "replace").replace(target + ": ", "").strip()
    try:
        report = json.loads(done.stdout or b"{}")
    except json.JSONDecodeError:
        report = {}
    if done.returncode != 0 or not report.get("streams"):
        reason = stderr.splitlines()[-1] if stderr else "no audio or video streams found"
        raise NotMediaError(
            f"{path.name} is not a video or audio file that can be read (ffprobe: {reason}). "
            "Upload an MP4, MOV, WebM or audio file; if it is one, it may have been cut off "
            "during upload, so upload it again.")
    return report, stderr


def is_picture_stream(stream: dict) -> bool:
    # Cover art in an MP3/M4A is a one-frame "video" stream; it is not a video.
    attached = stream.get("disposition", {}).get("attached_pic", 0)
    return stream.get("codec_type") == "video" and not attached


def no_audio_message(path: Path, has_video: bool) -> str:
    what = "video has no sound track" if has_video else "file has no audio stream"
    return (f"The {what} ({path.name}), so there is nothing to transcribe. Record the video "
            "with the microphone on, or check that the export includes audio.")


def check_truncation(path: Path, streams: list[dict], format_duration: float, stderr: str) -> None:
    """Raise when packets the header promises are missing (an interrupted upload or copy)."""
    for stream in streams:
        read = int(stream.get("nb_read_packets") or 0)
        promised = int(stream.get("nb_frames") or 0)
        fixed = fixed_frame_duration(stream)
        declared = declared_duration(stream, format_duration)
        short_of_index = promised > 0 and read < promised * MIN_READ_SHARE
        # Without an index (MP3, ADTS) only the header's duration says how much should be there.
        short_of_header = not promised and fixed is not None and fixed < declared * 0.9 - 1.0
        if read == 0 or short_of_index or short_of_header:
            raise TruncatedMediaError(truncation_message(path, stream, read, promised))
    if any(message in stderr.lower() for message in TRUNCATION_MESSAGES):
        raise TruncatedMediaError(truncation_message(path, streams[0], 0, 0))


def truncation_message(path: Path, stream: dict, read: int, promised: int) -> str:
    kind = stream.get("codec_type")
    detail = f" ({read} of {promised} {kind} packets present)" if promised else ""
    return (f"{path.name} is incomplete: it ends before its streams do{detail}. The upload or copy "
            "was probably interrupted; upload the original file again.")


def fixed_frame_duration(stream: dict) -> float | None:
    """Packets x samples per packet, for codecs where that is exact; else None."""
    codec, rate = stream.get("codec_name", ""), int(stream.get("sample_rate") or 0)
    samples = SAMPLES_PER_PACKET.get(codec)
    if samples is None or rate <= 0:
        return None
    if codec == "mp3" and rate < 32000:
        samples = 576  # MPEG-2/2.5 layer III frames are half as long
    if "HE-AAC" in stream.get("profile", ""):
        samples = 2048  # SBR doubles the samples each packet decodes to
    return int(stream.get("nb_read_packets") or 0) * samples / rate


def declared_duration(stream: dict, format_duration: float) -> float:
    """The stream's own duration field, Matroska's DURATION tag, else the container's."""
    if stream.get("duration") is not None:
        return to_float(stream["duration"])
    tag = stream.get("tags", {}).get("DURATION")
    return parse_clock(tag) if tag else format_duration


def measure_duration(stream: dict, format_duration: float) -> float:
    """Best duration the packets support; the declared one only when nothing better exists."""
    declared = declared_duration(stream, format_duration)
    read, promised = int(stream.get("nb_read_packets") or 0), int(stream.get("nb_frames") or 0)
    if promised > 0:  # the container has a sample index (MP4, MOV)
        return declared * min(1.0, read / promised)
    fixed = fixed_frame_duration(stream)
    return declared if fixed is None else fixed


def check_duration(path: Path, duration: float, declared: float, options: ProbeOptions) -> None:
    limit = options.max_duration_s
    if duration > limit:
        raise DurationLimitError(
            f"{path.name} is {clock(duration)} long; the limit is {clock(limit)}. "
            "Trim the video and upload it again.")
    if declared > limit:
        raise DurationLimitError(
            f"{path.name} claims in its header to be {clock(declared)} long, but its streams "
            f"hold only {clock(duration)}; the limit is {clock(limit)}. The file is damaged or "
            "was edited by hand: re-save it (e.g. `ffmpeg -i in.mp4 -c copy out.mp4`) and "
            "upload it again.")


def to_float(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0


def parse_clock(text: str) -> float:
    """'00:00:20.008000000' -> 20.008 (Matroska's DURATION tag)."""
    try:
        hours, minutes, seconds = text.split(":")
        return int(hours) * 3600 + int(minutes) * 60 + float(seconds)
    except ValueError:
        return 0.0


def clock(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
