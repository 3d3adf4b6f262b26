"""Blindness figures as regression guards: the redactor on labelled transcripts.

dev.jsonl (../shared) is the tuning set and must meet the product targets. heldout.jsonl was
written independently of the recognizers; its floors are today's measured figures less a small
margin, so a change that makes the redactor leak more or keep less fails here, not in acceptance.
"""

from pathlib import Path

import pytest

from pipelines.evaluate import evaluate, read_corpus
from pipelines.redactor import Redactor

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
HELDOUT = ROOT / "tests" / "data" / "heldout.jsonl"

# corpus -> (max leak, max names anywhere, min keep, max collateral, min identity)
FLOORS = {
    "dev": (0.02, 0.0, 0.95, 0.05, 0.90),
    "heldout": (0.06, 0.0, 0.95, 0.05, 0.40),
}


@pytest.fixture(scope="module")
def redactor():
    return Redactor().load()


@pytest.mark.parametrize("name, path", [("dev", DEV), ("heldout", HELDOUT)])
def test_blindness_figures(redactor, name, path):
    if not path.exists():
        pytest.skip(f"{path} not found")
    report = evaluate(read_corpus(path), redactor)
    max_leak, max_names, min_keep, max_collateral, min_identity = FLOORS[name]
    assert report.leak_rate.value <= max_leak
    assert report.name_anywhere_rate.value <= max_names
    assert report.keep_rate.value >= min_keep
    assert report.collateral_rate.value <= max_collateral
    assert report.counterfactual_identity.value >= min_identity


def test_stock_presidio_is_worse_on_dev(redactor):
    if not DEV.exists():
        pytest.skip(f"{DEV} not found")
    from pipelines.baseline import presidio_baseline

    records = read_corpus(DEV)
    ours, stock = evaluate(records, redactor), evaluate(records, presidio_baseline())
    assert ours.leak_rate.value < stock.leak_rate.value / 5
    assert ours.keep_rate.value > stock.keep_rate.value
