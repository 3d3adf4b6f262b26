#!/usr/bin/env python3
"""Cold start: ``blindscreen process`` in a new process against speech recognition alone.

    .venv/bin/python bench/bench_cold_start.py [--video FILE] [--runs 5] [--tree DIR ...]

Each run starts fresh Python processes, alternately: speech recognition alone (``load_model`` +
``decode_audio`` + ``transcribe`` with the pipeline's options, as a script) and ``python -m
pipelines.cli process VIDEO --format json`` for each source tree given with ``--tree`` (default:
this one; give an older checkout too to compare versions, each with its own cache directory).
The figure is CPU seconds of the child process and its children (ffprobe, ffmpeg): on a shared
2-core machine wall time mostly measures the neighbours. Medians over the runs, and the ratio
to speech recognition alone (the project's target: at most 1.15). Caches are filled by one
unmeasured run of each tree first, as on any machine after its first job.

Without ``--video`` it makes the 60 s video of ``bench_pipeline.py`` (espeak-ng speech).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

ASR_ALONE = """
import sys
from pipelines.asr import AsrOptions, load_model, transcribe
from pipelines.audio import AudioOptions, decode_audio
options = AsrOptions()
model = load_model(options)
transcribe(model, decode_audio(sys.argv[1], AudioOptions()), options)
"""


def run_child(argv: list[str], tree: Path, cache: Path) -> tuple[float, float]:
    """CPU seconds (user + system, the child and what it waited for) and wall seconds."""
    env = {**os.environ, "PYTHONPATH": str(tree), "BLINDSCREEN_CACHE_DIR": str(cache), "HF_HUB_OFFLINE": "1"}
    env.pop("BLINDSCREEN_NO_CACHE", None)
    before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    done = subprocess.run(argv, cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        sys.exit(f"{' '.join(argv)} failed in {tree}:\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--video", type=Path, help="video to process (default: make a 60 s one)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tree", type=Path, action="append", help="source tree (repeatable)")
    parser.add_argument("--cache-root", type=Path, help="where each tree's cache directory goes")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    trees = [t.resolve() for t in (args.tree or [ROOT])]
    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="blindscreen-cold-") as folder:
        video = args.video
        if video is None:
            sys.path.insert(0, str(ROOT / "bench"))
            from bench_pipeline import make_bench_video

            video = make_bench_video(Path(folder), 60)
        cache_root = args.cache_root or Path(folder)
        commands = {"asr alone": ([python, "-c", ASR_ALONE, str(video)], trees[0])}
        for tree in trees:
            label = "process" if len(trees) == 1 else f"process {tree}"
            commands[label] = ([python, "-m", "pipelines.cli", "process", str(video), "--format", "json",
                                "--no-progress"], tree)
        caches = {tree: cache_root / f"cache-{i}" for i, tree in enumerate(trees)}
        for label, (command, tree) in commands.items():  # fill the caches, unmeasured
            if label != "asr alone":
                run_child(command, tree, caches[tree])
        results: dict[str, list[tuple[float, float]]] = {label: [] for label in commands}
        for _ in range(args.runs):
            for label, (command, tree) in commands.items():
                results[label].append(run_child(command, tree, caches[tree]))
    asr = statistics.median(c for c, _ in results["asr alone"])
    asr_wall = statistics.median(w for _, w in results["asr alone"])
    rows = []
    for label, runs in results.items():
        cpu, wall = statistics.median(c for c, _ in runs), statistics.median(w for _, w in runs)
        rows.append({"what": label, "cpu_s": round(cpu, 2), "cpu_over_asr": round(cpu / asr, 2),
                     "wall_s": round(wall, 2), "wall_over_asr": round(wall / asr_wall, 2),
                     "all_cpu_s": [round(c, 2) for c, _ in runs]})
    load = os.getloadavg()
    if args.json:
        print(json.dumps({"video": str(video), "runs": args.runs, "load_average": load, "rows": rows}, indent=2))
        return 0
    print(f"{video.name}, {args.runs} alternating runs, load average {load[0]:.1f} (medians)")
    print(f"  {'':<60s} {'CPU s':>6s} {'/ASR':>5s} {'wall s':>7s} {'/ASR':>5s}  all CPU s")
    for r in rows:
        print(f"  {r['what'][:60]:<60s} {r['cpu_s']:6.2f} {r['cpu_over_asr']:5.2f} {r['wall_s']:7.2f} "
              f"{r['wall_over_asr']:5.2f}  {' '.join(f'{c:.2f}' for c in r['all_cpu_s'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
