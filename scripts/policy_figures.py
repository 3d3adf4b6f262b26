#!/usr/bin/env python3
"""Measure every policy preset on labelled corpora and print the Markdown tables of docs/policies.md.

    .venv/bin/python scripts/policy_figures.py [CORPUS.jsonl ...] [--bios GLOB]

Defaults: ../shared/corpus/dev.jsonl (tuning set), tests/data/heldout.jsonl and
bench/data/heldout{2..35}.jsonl (written independently of the recognizers, since used to find
classes of misses; their untouched first measurements are in bench/data/README.md), and the
residual gender probe on ../shared/fixtures/bios/*.csv. A new held-out file kept for a final
measurement must not be added here until it has been measured once. The same figures come from
`blindscreen eval` and `blindscreen probe`; this script only loops over presets and formats.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from pipelines.evaluate import evaluate, read_corpus  # noqa: E402
from pipelines.policy import list_presets, load_policy  # noqa: E402
from pipelines.redactor import RedactOptions, Redactor  # noqa: E402

DEFAULT_CORPORA = [
    ROOT.parent / "shared" / "corpus" / "dev.jsonl",
    ROOT / "tests" / "data" / "heldout.jsonl",
    *(ROOT / "bench" / "data" / f"heldout{n}.jsonl" for n in range(2, 36)),
]
METRICS = ("leak_rate", "name_anywhere_rate", "keep_rate", "collateral_rate", "counterfactual_identity")
TITLES = ("leak", "names anywhere", "keep", "collateral", "cf identity")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--bios", default=str(ROOT.parent / "shared" / "fixtures" / "bios" / "*.csv"))
    args = parser.parse_args()
    corpora = [(c, read_corpus(c)) for c in args.corpora if c.exists()]
    base = Redactor().load()
    print("| preset | corpus | " + " | ".join(TITLES) + " |")
    print("|---|---|" + "---|" * len(TITLES))
    for name in list_presets():
        redactor = Redactor(RedactOptions(policy=name), policy=load_policy(name))
        redactor.detector = base.detector  # one set of loaded models for every preset
        for path, records in corpora:
            report = evaluate(records, redactor, name=name)
            cells = [_percent(getattr(report, m)) for m in METRICS]
            print(f"| {name} | {path.name} | " + " | ".join(cells) + " |")
    if args.bios:
        from pipelines.residual import probe_csv

        print("\n| preset | raw text | redacted | chance |\n|---|---|---|---|")
        for name in list_presets():
            redactor = Redactor(RedactOptions(policy=name), policy=load_policy(name))
            redactor.detector = base.detector
            report = probe_csv(args.bios, "hard_text", "gender", redactor)
            print(f"| {name} | {report.raw_balanced_accuracy:.3f} | "
                  f"{report.redacted_balanced_accuracy:.3f} | {report.chance:.3f} |")
    return 0


def _percent(rate) -> str:
    if rate.value is None:  # nothing to count: heldout34 has no capitalised name
        return f"n/a ({rate.count}/{rate.total})"
    return f"{100 * rate.value:.1f} % ({rate.count}/{rate.total})"


if __name__ == "__main__":
    sys.exit(main())
