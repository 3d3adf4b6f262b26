"""decode_audio() with the real ffmpeg: right rate, length and content, read as a stream."""

from __future__ import annotations

import io
import tracemalloc
from pathlib import Path

import numpy as np
import pytest
from media import make_tone_audio, make_tone_video, shared_fixture

from pipelines.audio import (AudioOptions, DecodeCancelled, SampleLimitExceeded, decode_audio,
                             read_samples)
from pipelines.errors import AudioDecodeError, DurationLimitError, ToolMissingError

RATE = 16000


@pytest.fixture(scope="module")
def media_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("audio_media")


@pytest.fixture(scope="module")
def tone_video(media_dir) -> Path:
    return make_tone_video(media_dir / "tone.mp4", seconds=3.0)


@pytest.fixture(scope="module")
def ten_minutes(media_dir) -> Path:
    return make_tone_audio(media_dir / "ten_minutes.m4a", seconds=600)


def dominant_hz(samples: np.ndarray, rate: int = RATE) -> float:
    spectrum = np.abs(np.fft.rfft(samples))
    return float(np.fft.rfftfreq(samples.size, 1 / rate)[spectrum.argmax()])


def test_video_tone_is_resampled_to_16k_mono(tone_video):
    samples = decode_audio(tone_video)
    assert samples.dtype == np.float32 and samples.ndim == 1
    assert samples.size == pytest.approx(3.0 * RATE, rel=0.01)
    assert dominant_hz(samples) == pytest.approx(440, abs=2)
    assert 0.05 < np.abs(samples).max() <= 1.0


def test_matches_faster_whisper_decoder_on_stereo_flac():
    from faster_whisper import decode_audio as reference_decode

    path = shared_fixture("speech/jfk.flac")
    samples = decode_audio(path)
    assert samples.size == 11 * RATE
    # The reference decodes through 16-bit integers, hence a tolerance of about 1/32768.
    np.testing.assert_allclose(samples, reference_decode(str(path)), atol=1e-4)


def test_expected_duration_only_sizes_the_buffer(tone_video):
    exact = decode_audio(tone_video, expected_duration_s=3.0)
    wrong = decode_audio(tone_video, expected_duration_s=0.1)
    np.testing.assert_array_equal(exact, wrong)


def test_other_sample_rate(tone_video):
    samples = decode_audio(tone_video, AudioOptions(sample_rate=8000))
    assert samples.size == pytest.approx(3.0 * 8000, rel=0.01)


# --- streaming -----------------------------------------------------------------------------
class RecordingStream(io.RawIOBase):
    """A pipe stand-in that hands out at most ``burst`` bytes per read, like a real pipe."""

    def __init__(self, data: bytes, burst: int):
        self.source, self.burst, self.requests = io.BytesIO(data), burst, []

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        self.requests.append(len(buffer))
        return self.source.readinto(memoryview(buffer)[: self.burst])


def test_reader_asks_for_bounded_chunks_and_survives_short_reads():
    signal = np.sin(np.arange(100_000, dtype=np.float32) / 7)
    stream = RecordingStream(signal.tobytes(), burst=999)  # odd: splits samples across reads
    samples = read_samples(stream, chunk_bytes=4096)
    np.testing.assert_array_equal(samples, signal)
    assert max(stream.requests) <= 4096
    assert len(stream.requests) > signal.nbytes // 4096


def test_reader_stops_at_the_limit_without_reading_the_rest():
    signal = np.zeros(1_000_000, dtype=np.float32)
    stream = RecordingStream(signal.tobytes(), burst=1 << 20)
    with pytest.raises(SampleLimitExceeded):
        read_samples(stream, chunk_bytes=4096, max_samples=10_000)
    assert sum(stream.requests) < 10_000 * 4 + 2 * 4096


def test_long_file_decodes_completely(ten_minutes):
    samples = decode_audio(ten_minutes)
    assert samples.size == pytest.approx(600 * RATE, rel=0.001)
    assert dominant_hz(samples[:RATE * 10]) == pytest.approx(440, abs=2)


def test_long_file_over_limit_stops_early_with_bounded_memory(ten_minutes):
    limit_s = 60
    tracemalloc.start()
    try:
        with pytest.raises(DurationLimitError, match="longer than 60 s"):
            decode_audio(ten_minutes, AudioOptions(max_duration_s=limit_s))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    ten_minutes_of_samples = 600 * RATE * 4
    # Doubling growth can briefly hold about 3x what was read; all ten minutes would be 38 MB.
    assert peak < 3.5 * limit_s * RATE * 4 < ten_minutes_of_samples


# --- failures ------------------------------------------------------------------------------
def test_not_media_gives_decode_error_with_ffmpeg_tail(tmp_path):
    path = tmp_path / "resume.mp4"
    path.write_text("not a video\n")
    with pytest.raises(AudioDecodeError, match="(?s)ffmpeg said:.*Invalid data") as caught:
        decode_audio(path)
    assert str(tmp_path) not in str(caught.value)


def test_video_without_audio(tmp_path):
    path = make_tone_video(tmp_path / "silent.mp4", seconds=1.0, audio=False)
    with pytest.raises(AudioDecodeError, match="matches no streams"):
        decode_audio(path)


def test_missing_ffmpeg(tone_video):
    with pytest.raises(ToolMissingError, match="Install ffmpeg"):
        decode_audio(tone_video, AudioOptions(ffmpeg_binary="/nonexistent/ffmpeg"))


def test_hanging_ffmpeg_is_stopped(tmp_path, tone_video):
    hanging = tmp_path / "ffmpeg"
    hanging.write_text("#!/bin/sh\nexec sleep 30\n")
    hanging.chmod(0o755)
    with pytest.raises(AudioDecodeError, match="longer than 1 s"):
        decode_audio(tone_video, AudioOptions(ffmpeg_binary=str(hanging), timeout_s=1.0))


def test_cancelled_decode_stops_ffmpeg(tone_video):
    import threading

    cancel = threading.Event()
    cancel.set()
    with pytest.raises(DecodeCancelled):
        decode_audio(tone_video, cancel=cancel)
