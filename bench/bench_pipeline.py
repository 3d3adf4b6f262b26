#!/usr/bin/env python3
"""Time each stage on generated video resumes of 60 s and 5 min; print a table.

    .venv/bin/python bench/bench_pipeline.py [--seconds 60 300] [--threads N] [--json]

For each length: make an MP4 of espeak-ng speech (real biographies from ../shared when present,
so Whisper sees varied English rather than one paragraph repeated), then time probe, decode,
model load, the VAD pass (timed alone; transcribe runs it once, for Whisper and the language check),
and transcription, each with its real-time factor (stage seconds / media seconds), CPU seconds,
and resident memory before and at peak during the stage. Then the whole
job through ``pipelines.pipeline.Pipeline`` if that module exists, and the ratio of that to
transcription alone on the same file in the same run.

Peak memory per stage: Linux resets a process's peak (VmHWM) when "5" is written to
/proc/self/clear_refs, so each stage's figure is its own, not the run's so far.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from pipelines.asr import AsrOptions, find_speech, load_model, transcribe  # noqa: E402
from pipelines.audio import AudioOptions, decode_audio  # noqa: E402
from pipelines.probe import ProbeOptions, probe  # noqa: E402

BIOS = ROOT.parent / "shared" / "fixtures" / "bios"
WORDS_PER_SECOND = 165 / 60  # the sample script's espeak-ng speed


@dataclass
class Stage:
    name: str
    seconds: float  # wall clock
    cpu_seconds: float  # process and children, all threads: steadier than wall on a busy machine
    start_rss_mib: float
    peak_rss_mib: float


def reset_peak_rss() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass  # not Linux or not allowed: the figure is then the peak so far


def rss_mib(field: str = "VmHWM") -> float:
    """VmHWM: peak resident memory since the last reset; VmRSS: resident memory now."""
    match = re.search(rf"{field}:\s+(\d+) kB", Path("/proc/self/status").read_text())
    return int(match.group(1)) / 1024 if match else float("nan")


def measure(name: str, stages: list[Stage], work):
    """Run ``work()``, record its times and memory under ``name``, return its result."""
    reset_peak_rss()
    start_rss, wall, cpu = rss_mib("VmRSS"), time.perf_counter(), cpu_seconds()
    result = work()
    stages.append(Stage(name, time.perf_counter() - wall, cpu_seconds() - cpu, start_rss,
                        rss_mib()))
    return result


def cpu_seconds() -> float:
    """CPU time of this process (all threads) and of its finished children (ffmpeg, ffprobe)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def speech_text(seconds: float) -> str:
    """Enough varied English for ``seconds`` of speech: biographies, else the sample script."""
    needed = int(seconds * WORDS_PER_SECOND * 1.15)
    texts = []
    for path in sorted(BIOS.glob("*.csv")) if BIOS.is_dir() else []:
        with path.open(newline="", encoding="utf-8") as handle:
            texts += [row["hard_text"] for row in csv.DictReader(handle)]
    if not texts:
        texts = [sample_script().SCRIPT]
    words: list[str] = []
    while len(words) < needed:
        words += texts[len(words) % len(texts)].split()
    return " ".join(words[:needed])


def sample_script():
    spec = importlib.util.spec_from_file_location("make_sample_video",
                                                  ROOT / "scripts" / "make_sample_video.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_bench_video(folder: Path, seconds: float) -> Path:
    script = sample_script()
    wav = script.make_speech_wav(speech_text(seconds), folder / f"speech_{seconds:.0f}.wav")
    return script.make_video(wav, folder / f"resume_{seconds:.0f}s.mp4", seconds)


def load_end_to_end(asr: AsrOptions):
    """A ready pipeline, or None when pipelines.pipeline is not there yet.

    With :func:`run_end_to_end`, the one place to adjust when the pipeline's interface changes.
    Models are loaded here, outside the timing, so the figure compares like with like:
    transcription alone excludes loading too.
    """
    try:
        from pipelines.pipeline import Pipeline, PipelineOptions
    except ImportError:
        return None
    return Pipeline(PipelineOptions(asr=asr)).load()


def run_end_to_end(pipeline, path: Path) -> dict | None:
    """Process ``path``; return the pipeline's own per-stage timings if it reports them."""
    return getattr(pipeline.process(path), "timings", None)


def bench_one(path: Path, asr: AsrOptions) -> dict:
    stages: list[Stage] = []
    info = measure("probe", stages, lambda: probe(path, ProbeOptions()))
    audio = measure("decode", stages, lambda: decode_audio(path, AudioOptions(),
                                                           expected_duration_s=info.duration))
    model = measure("load model", stages, lambda: load_model(asr))
    measure("VAD (in transcribe)", stages, lambda: find_speech(audio))
    transcript = measure("transcribe", stages, lambda: transcribe(model, audio, asr))
    row = {"file": path.name, "media_s": info.duration, "words": len(transcript.text.split())}
    pipeline = measure("load pipeline", stages, lambda: load_end_to_end(asr))
    if pipeline is not None:
        row["pipeline_timings"] = measure("end to end", stages,
                                          lambda: run_end_to_end(pipeline, path))
        row["end_to_end_over_asr"] = (stage_seconds(stages, "end to end")
                                      / stage_seconds(stages, "transcribe"))
        # Within one call, so free of run-to-run noise: the pipeline's time outside ASR.
        timings = row["pipeline_timings"] or {}
        if "asr" in timings:
            row["pipeline_outside_asr_s"] = sum(timings.values()) - timings["asr"]
    row["stages"] = [stage.__dict__ for stage in stages]
    return row


def stage_seconds(stages: list[Stage], name: str) -> float:
    return next(stage.seconds for stage in stages if stage.name == name)


def print_table(row: dict) -> None:
    media = row["media_s"]
    print(f"\n{row['file']}: {media:.1f} s of video, {row['words']} words heard")
    print(f"  {'stage':22s} {'wall s':>7s} {'RTF':>6s} {'cpu s':>7s} {'RSS before':>11s} "
          f"{'peak RSS':>9s} (MiB)")
    for stage in row["stages"]:
        print(f"  {stage['name']:22s} {stage['seconds']:7.2f} {stage['seconds'] / media:6.3f} "
              f"{stage['cpu_seconds']:7.2f} {stage['start_rss_mib']:11.0f} "
              f"{stage['peak_rss_mib']:9.0f}")
    if "end_to_end_over_asr" in row:
        print(f"  end to end / transcribe alone: {row['end_to_end_over_asr']:.2f}"
              f"  (pipeline's own timings: {row['pipeline_timings']})")
        if "pipeline_outside_asr_s" in row:
            print(f"  pipeline time outside ASR: {row['pipeline_outside_asr_s']:.2f} s")
    else:
        print("  end to end: pipelines.pipeline not available, skipped")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, nargs="+", default=[60, 300])
    parser.add_argument("--threads", type=int, default=0, help="model threads, 0 = all cores")
    parser.add_argument("--beam-size", type=int, default=AsrOptions.beam_size)
    parser.add_argument("--seed", type=int, default=0, help="seed for temperature fallback")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    args = parser.parse_args(argv)
    # A fixed seed (temperature fallback samples at random) makes runs comparable.
    asr = AsrOptions(cpu_threads=args.threads, beam_size=args.beam_size, seed=args.seed)
    load = os.getloadavg()
    if not args.json:
        print(f"{len(os.sched_getaffinity(0))} cores, load average {load[0]:.1f} "
              "(figures need a quiet machine: load well under the core count)")
    rows = []
    with tempfile.TemporaryDirectory(prefix="blindscreen-bench-") as folder:
        for seconds in args.seconds:
            path = make_bench_video(Path(folder), seconds)
            rows.append(bench_one(path, asr))
            if not args.json:
                print_table(rows[-1])
    if args.json:
        print(json.dumps({"cores": len(os.sched_getaffinity(0)), "load_average": load,
                          "threads": args.threads, "beam_size": args.beam_size, "runs": rows},
                         indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
