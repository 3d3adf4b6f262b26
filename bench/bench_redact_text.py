"""Benchmark: blindscreen's text redactor against stock Presidio, in the same run.

Target (issue 3, item 8): redacting 160 transcripts takes no longer than 2 x stock Presidio.

    .venv/bin/python bench/bench_redact_text.py                  # 160 texts cycled from dev.jsonl
    .venv/bin/python bench/bench_redact_text.py texts.jsonl -n 160 --policy strict

A path argument may be a corpus/JSONL file (each line an object with "text") or a plain text file
(one transcript a line). Model loading is timed separately from redaction; each redactor first
redacts one text untimed so lazy initialisation is not counted as redaction. The ratio compares
redaction only, and also load + redaction.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines.baseline import presidio_baseline  # noqa: E402
from pipelines.errors import BlindscreenError  # noqa: E402
from pipelines.evaluate import as_batch_redactor  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
TARGET_RATIO = 2.0


def load_texts(path: Path, count: int) -> list[str]:
    """``count`` texts cycled from a JSONL file (objects with "text") or a one-per-line file."""
    texts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            texts.append(json.loads(line)["text"] if line.lstrip().startswith("{") else line)
    if not texts:
        raise SystemExit(f"{path}: no texts found")
    return list(itertools.islice(itertools.cycle(texts), count))


def make_ours(policy: str | None):
    """A loaded pipelines.redactor.Redactor, or None (with a message) when it cannot be built."""
    try:
        from pipelines.redactor import Redactor
    except ImportError as e:
        print(f"ours: skipped, pipelines.redactor.Redactor is not importable ({e})")
        return None
    try:
        if policy:
            from pipelines.policy import load_policy

            redactor = Redactor(policy=load_policy(policy))
        else:
            redactor = Redactor()
        return redactor.load() if hasattr(redactor, "load") else redactor
    except BlindscreenError as e:
        print(f"ours: skipped, the redactor cannot be built: {e}")
        return None


def time_redactor(name: str, build, texts: list[str]) -> tuple[float, float] | None:
    """Seconds to build the redactor and to redact ``texts``; None when it cannot be built."""
    started = time.perf_counter()
    redactor = build()
    if redactor is None:
        return None
    redact = as_batch_redactor(redactor)
    redact(texts[:1])  # warm-up, untimed
    loaded = time.perf_counter()
    redact(texts)
    done = time.perf_counter()
    load, run = loaded - started, done - loaded
    print(f"{name:9} load {load:6.2f} s   redact {len(texts)} texts {run:6.2f} s "
          f"({1000 * run / len(texts):.1f} ms/text)")  # fmt: skip
    return load, run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("-n", "--count", type=int, default=160, help="texts to redact")
    parser.add_argument("--policy", default=None, help="policy for Redactor(policy=...)")
    args = parser.parse_args(argv)

    texts = load_texts(args.path, args.count)
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} texts ({words} words) from {args.path}")
    presidio = time_redactor("presidio", presidio_baseline, texts)
    ours = time_redactor("ours", lambda: make_ours(args.policy), texts)
    if ours is None or presidio is None:
        return 0
    ratio, total_ratio = ours[1] / presidio[1], sum(ours) / sum(presidio)
    verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
    print(f"ratio ours/presidio: redact {ratio:.2f}x, load+redact {total_ratio:.2f}x "
          f"-> {verdict} the target of <= {TARGET_RATIO:g}x")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
