#!/usr/bin/env python3
"""Make blindscreen's own sample video resume: espeak-ng speech over a generated picture.

    python scripts/make_sample_video.py OUT.mp4 [--script TEXT] [--voice V] [--speed WPM]

The script is first person and full of what blindscreen must redact (a name, a social media
handle, a follower count, an age, a school) next to job facts it must keep. Everything is made
locally: espeak-ng renders the speech, ffmpeg draws a test pattern and muxes an H.264/AAC MP4 with
its index at the front (faststart), as phones and browsers write them.

The functions are importable (tests/media.py reuses them to make test media).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import wave
from pathlib import Path

SCRIPT = (
    "Hi, my name is Brianna Okafor, and this is my video resume. "
    "I'm twenty four years old. "
    "You can find me online at bri underscore codes, where I have fifty two thousand followers. "
    "I studied at Spelman College. "
    "I worked three years as a line cook at Olive Garden. "
    "I am ServSafe certified, I handled the weekly inventory, "
    "and I know the Toast point of sale system. "
    "I stay calm in a dinner rush, and I would love to join your kitchen team."
)
# espeak-ng reads some words in ways Whisper cannot hear; these respellings are only spoken, the
# script stays as written. Chosen with tiny.en (docs/benchmarks.md): without them it hears
# "Brianna Cafford", "Rhyonder's Corcodes" and "served safe".
RESPELLINGS = {
    "Okafor": "Oh kaffor",
    "at bri underscore codes": "at, bree, underscore, codes",
    "ServSafe": "Serv Safe",
}
# The plain US voice a little slower than espeak's default 175 words per minute was heard best.
VOICE = "en-us"
SPEED_WPM = 165
TIMEOUT_S = 120


def make_speech_wav(text: str, path: str | Path, voice: str = VOICE,
                    speed: int = SPEED_WPM) -> Path:
    """Render ``text`` with espeak-ng to a WAV file at ``path``; return the path."""
    path = Path(path)
    require_tool("espeak-ng", "apt-get install espeak-ng")
    # The text goes in on stdin: a script may start with "-" and must not be read as options.
    subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(path), "--stdin"],
                   input=text.encode("utf-8"), check=True, timeout=TIMEOUT_S,
                   capture_output=True)
    return path


def spoken_text(script: str) -> str:
    """``script`` with :data:`RESPELLINGS` applied, for espeak-ng to read."""
    for written, spoken in RESPELLINGS.items():
        script = script.replace(written, spoken)
    return script


def wav_seconds(path: str | Path) -> float:
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / wav.getframerate()


def make_video(wav: str | Path | None, path: str | Path, seconds: float | None = None, *,
               size: str = "640x360", fps: int = 25, tone_hz: int | None = None,
               faststart: bool = True) -> Path:
    """Mux a generated test-pattern video with ``wav`` into an H.264/AAC MP4 at ``path``.

    ``seconds`` defaults to the WAV's length. With ``wav=None`` the audio is a sine tone of
    ``tone_hz`` Hz, or there is no audio at all when ``tone_hz`` is None too.
    """
    path = Path(path)
    require_tool("ffmpeg", "apt-get install ffmpeg")
    if seconds is None:
        if wav is None:
            raise ValueError("seconds is needed when there is no WAV to take the length from")
        seconds = wav_seconds(wav)
    command = ["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y",
               "-f", "lavfi", "-i", f"testsrc2=size={size}:rate={fps}"]
    if wav is not None:
        command += ["-i", str(wav)]
    elif tone_hz is not None:
        command += ["-f", "lavfi", "-i", f"sine=frequency={tone_hz}:sample_rate=44100"]
    command += ["-t", f"{seconds:.3f}", "-c:v", "libx264", "-preset", "veryfast",
                "-pix_fmt", "yuv420p"]
    if wav is not None or tone_hz is not None:
        command += ["-c:a", "aac", "-b:a", "96k", "-ar", "44100"]
    if faststart:
        command += ["-movflags", "+faststart"]
    subprocess.run(command + [str(path)], check=True, timeout=max(TIMEOUT_S, seconds * 2),
                   capture_output=True)
    return path


def make_sample_video(out: str | Path, script: str = SCRIPT, voice: str = VOICE,
                      speed: int = SPEED_WPM) -> Path:
    """The whole recipe: speech, then video; the WAV is left beside the MP4 only while muxing."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    wav = out.with_suffix(".speech.wav")
    try:
        make_speech_wav(spoken_text(script), wav, voice, speed)
        # Half a second of picture after the last word, so the speech is not cut.
        return make_video(wav, out, wav_seconds(wav) + 0.5)
    finally:
        wav.unlink(missing_ok=True)


def require_tool(name: str, install_hint: str) -> None:
    if shutil.which(name) is None:
        raise SystemExit(f"{name} is not installed; install it (e.g. `{install_hint}`) "
                         "or run `make setup`.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the MP4 file to write")
    parser.add_argument("--script", default=SCRIPT, help="what the candidate says")
    parser.add_argument("--voice", default=VOICE, help="espeak-ng voice (espeak-ng --voices)")
    parser.add_argument("--speed", type=int, default=SPEED_WPM, help="words per minute")
    args = parser.parse_args(argv)
    try:
        path = make_sample_video(args.out, args.script, args.voice, args.speed)
    except subprocess.CalledProcessError as e:
        print(f"{e.cmd[0]} failed: {e.stderr.decode('utf-8', 'replace').strip()}",
              file=sys.stderr)
        return 1
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
