"""probe() on real files: good ones pass with the right facts, each bad one gets its own error."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from media import (make_tone_audio, make_tone_video, patch_mp4_duration, shared_fixture,
                   truncate)

from pipelines.errors import (DurationLimitError, EmptyFileError, FileSizeLimitError,
                              MediaError, NoAudioStreamError, NotMediaError, ToolMissingError,
                              TruncatedMediaError)
from pipelines.probe import ProbeOptions, probe

TEN_HOURS = 10 * 3600


@pytest.fixture(scope="module")
def media_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("probe_media")


@pytest.fixture(scope="module")
def good_video(media_dir) -> Path:
    return make_tone_video(media_dir / "good.mp4", seconds=3.0)


# --- bad files: one builder per way an upload goes wrong -----------------------------------
def empty(d: Path, good: Path) -> Path:
    (d / "empty.mp4").write_bytes(b"")
    return d / "empty.mp4"


def text_renamed(d: Path, good: Path) -> Path:
    (d / "resume.mp4").write_text("Brianna Okafor - line cook - ServSafe certified\n" * 20)
    return d / "resume.mp4"


def random_bytes(d: Path, good: Path) -> Path:
    (d / "noise.mp4").write_bytes(os.urandom(50_000))
    return d / "noise.mp4"


def truncated(d: Path, good: Path) -> Path:
    # The index (moov) is at the front (faststart), so the cut loses packets, not the index.
    return truncate(good, d / "truncated.mp4", keep=0.6)


def truncated_index_at_end(d: Path, good: Path) -> Path:
    # Without faststart the index is written last: a cut file has none and is not readable.
    source = make_tone_video(d / "index_at_end.mp4", seconds=3.0, faststart=False)
    return truncate(source, d / "truncated_no_index.mp4", keep=0.6)


def video_without_audio(d: Path, good: Path) -> Path:
    return make_tone_video(d / "silent_film.mp4", seconds=2.0, audio=False)


def claims_ten_hours(d: Path, good: Path) -> Path:
    return patch_mp4_duration(good, d / "claims_10h.mp4", TEN_HOURS)


BAD_FILES = [
    (empty, EmptyFileError, "empty"),
    (text_renamed, NotMediaError, "not a video or audio file"),
    (random_bytes, NotMediaError, "not a video or audio file"),
    (truncated, TruncatedMediaError, "incomplete"),
    (truncated_index_at_end, NotMediaError, "cut off"),
    (video_without_audio, NoAudioStreamError, "no sound track"),
    (claims_ten_hours, DurationLimitError, "claims in its header to be 10:00:00"),
]


@pytest.mark.parametrize(("build", "error", "says"), BAD_FILES,
                         ids=[build.__name__ for build, _, _ in BAD_FILES])
def test_bad_file_gets_its_own_error(media_dir, good_video, build, error, says):
    path = build(media_dir, good_video)
    with pytest.raises(error) as caught:
        probe(path)
    message = str(caught.value)
    assert says in message
    assert path.name in message
    assert str(media_dir) not in message, "messages must not show server paths"


def test_truncated_file_reports_missing_packets(media_dir, good_video):
    with pytest.raises(TruncatedMediaError, match=r"\d+ of \d+ \w+ packets present"):
        probe(truncate(good_video, media_dir / "half.mp4", keep=0.5))


def test_patched_header_does_not_change_measured_duration(media_dir, good_video):
    path = patch_mp4_duration(good_video, media_dir / "claims_10h_b.mp4", TEN_HOURS)
    info = probe(path, ProbeOptions(max_duration_s=2 * TEN_HOURS))
    assert info.declared_duration == pytest.approx(TEN_HOURS)
    assert info.duration == pytest.approx(3.0, abs=0.1)


def test_too_long_is_rejected(good_video):
    with pytest.raises(DurationLimitError, match="limit is 0:02"):
        probe(good_video, ProbeOptions(max_duration_s=2.0))


def test_size_is_checked_before_ffprobe_runs(good_video):
    options = ProbeOptions(max_size_bytes=1000, ffprobe_binary="/nonexistent/ffprobe")
    with pytest.raises(FileSizeLimitError, match="limit is"):
        probe(good_video, options)


def test_missing_ffprobe(good_video):
    with pytest.raises(ToolMissingError, match="Install ffmpeg"):
        probe(good_video, ProbeOptions(ffprobe_binary="/nonexistent/ffprobe"))


def test_missing_file(tmp_path):
    with pytest.raises(MediaError, match="no file named nowhere.mp4"):
        probe(tmp_path / "nowhere.mp4")


def test_hanging_ffprobe_is_stopped(tmp_path, good_video):
    # A stand-in that never answers: probe must give up after its timeout, not hang.
    hanging = tmp_path / "ffprobe"
    hanging.write_text("#!/bin/sh\nexec sleep 30\n")
    hanging.chmod(0o755)
    with pytest.raises(NotMediaError, match="within 1 s"):
        probe(good_video, ProbeOptions(ffprobe_binary=str(hanging), timeout_s=1.0))


# --- good files ----------------------------------------------------------------------------
def test_generated_video(good_video):
    info = probe(good_video)
    assert info.duration == pytest.approx(3.0, abs=0.1)
    assert info.declared_duration == pytest.approx(3.0, abs=0.1)
    assert info.has_video and (info.width, info.height) == (160, 120)
    assert (info.audio.codec, info.audio.sample_rate, info.audio.channels) == ("aac", 44100, 1)
    assert info.format_name.startswith("mov,mp4")
    assert info.size_bytes == good_video.stat().st_size


def test_katie_hill_fixture():
    info = probe(shared_fixture("video/WDA_KatieHill_000.mp4"))
    assert info.duration == pytest.approx(8.0, abs=0.1)
    assert info.has_video and (info.width, info.height) == (512, 512)
    assert (info.audio.codec, info.audio.sample_rate, info.audio.channels) == ("aac", 16000, 2)


def test_audio_only_file_is_accepted():
    info = probe(shared_fixture("speech/jfk.flac"))
    assert not info.has_video and info.width is None
    assert info.duration == pytest.approx(11.0, abs=0.05)
    assert info.audio.codec == "flac"


def test_mp3_duration_uses_its_frame_size():
    # 24 kHz MP3 frames hold 576 samples, not 1152: a wrong size would double the duration.
    info = probe(shared_fixture("speech/multilingual.mp3"))
    assert info.duration == pytest.approx(59.9, abs=0.2)


def test_long_audio_measured_from_packets(media_dir):
    info = probe(make_tone_audio(media_dir / "two_minutes.m4a", seconds=120))
    assert info.duration == pytest.approx(120.0, abs=0.1)
    assert not info.has_video
