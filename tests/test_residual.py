"""The residual-leak probe on real biographies and on data where we know the answer."""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

import pytest

from pipelines.errors import InputError
from pipelines.residual import format_probe, probe, probe_csv

BIOS = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "bios"
FILLER = """worked managed team project clients design built led years experience office data
    care research students patients music art studio writing sales growth service""".split()


def synthetic(rows: int = 200, seed: int = 0) -> tuple[list[str], list[str]]:
    """Texts whose label is carried only by one marker token; the filler is label-blind."""
    rng = random.Random(seed)
    texts, labels = [], []
    for i in range(rows):
        label = "A" if i % 2 else "B"
        words = rng.choices(FILLER, k=25)
        words.insert(rng.randrange(len(words)), "zorblax" if label == "A" else "quimby")
        texts.append(" ".join(words))
        labels.append(label)
    return texts, labels


def remove_markers(text: str) -> str:
    return re.sub(r"\b(zorblax|quimby)\b", "[REDACTED]", text)


def test_raw_bios_reveal_gender_well_above_chance():
    report = probe_csv(BIOS / "*.csv", "hard_text", "gender", lambda t: t, name="identity")
    assert report.rows == 280 and len(report.sources) == 28
    assert report.class_counts == {"Female": 125, "Male": 155}
    assert report.chance == 0.5
    assert report.raw_balanced_accuracy > 0.8
    assert report.redacted_balanced_accuracy == report.raw_balanced_accuracy  # nothing removed


def test_removing_the_only_carrier_brings_accuracy_to_chance():
    texts, labels = synthetic()
    report = probe(texts, labels, remove_markers, name="marker-remover")
    assert report.raw_balanced_accuracy > 0.9
    assert abs(report.redacted_balanced_accuracy - report.chance) < 0.12
    assert "marker-remover" in format_probe(report)


def test_several_csv_paths_are_read_together(tmp_path):
    texts, labels = synthetic(40)
    for part in (0, 1):
        with open(tmp_path / f"part{part}.csv", "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["bio", "group"])
            writer.writerows(zip(texts[part::2], labels[part::2]))
            writer.writerow(["", "A"])  # an empty text is skipped, not an error
    report = probe_csv([tmp_path / "part0.csv", tmp_path / "part1.csv"], "bio", "group", str)
    assert report.rows == 40 and report.skipped_rows == 2
    assert report.to_dict()["class_counts"] == {"A": 20, "B": 20}


@pytest.mark.parametrize(
    ("paths", "text_column", "label_column", "message"),
    [
        (BIOS / "nurse.csv", "bio", "gender", r"nurse.csv: no column 'bio'; the columns are "),
        (BIOS / "nurse.csv", "hard_text", "sex", r"no column 'sex'"),
        (BIOS / "no_such.csv", "hard_text", "gender", r"no_such.csv: no such CSV file"),
        (BIOS / "*.tsv", "hard_text", "gender", r"\*.tsv: no file matches this pattern"),
        ([], "hard_text", "gender", r"no CSV file given"),
        # 10 composers, one a woman: too few for 5-fold stratified CV.
        (BIOS / "composer.csv", "hard_text", "gender", r"too few for 'Female' \(1\)"),
        (BIOS / "nurse.csv", "hard_text", "gender", r"two different values, found \['Female'\]"),
    ],
)
def test_bad_input_raises_input_error(paths, text_column, label_column, message):
    with pytest.raises(InputError, match=message):
        probe_csv(paths, text_column, label_column, str)


def test_a_single_label_value_is_refused():
    with pytest.raises(InputError, match="at least two different values"):
        probe(["a b", "c d"] * 5, ["x"] * 10, str)
