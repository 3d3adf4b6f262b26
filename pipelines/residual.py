"""Residual-leak probe: can a classifier still predict a demographic label after redaction?

Removing names is not enough: gender stays predictable from pronouns, titles and word choice. The
probe trains the same TF-IDF + logistic-regression classifier twice with 5-fold stratified cross
validation, once on the raw texts and once on the redacted texts, on identical folds, and reports
balanced accuracy for both. Chance is 1 / number of classes (what always answering the majority
class scores on balanced accuracy). A redactor that hides the label brings the redacted figure
down to chance; the raw figure shows how much signal there was to hide.
"""

from __future__ import annotations

import csv
import glob
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipelines.errors import InputError
from pipelines.evaluate import as_batch_redactor


@dataclass
class ProbeReport:
    """Balanced accuracy of predicting the label from raw and from redacted text."""

    label_column: str
    rows: int
    class_counts: dict[str, int]
    folds: int
    raw_balanced_accuracy: float
    redacted_balanced_accuracy: float
    redactor: str = "ours"
    sources: list[str] = field(default_factory=list)
    skipped_rows: int = 0  # rows with an empty text or label
    seed: int = 0  # of the fold shuffle

    @property
    def chance(self) -> float:
        """Balanced accuracy of always answering the majority class: 1 / number of classes."""
        return 1 / len(self.class_counts)

    @property
    def majority_share(self) -> float:
        return max(self.class_counts.values()) / self.rows

    def to_dict(self) -> dict:
        return {
            "redactor": self.redactor,
            "label_column": self.label_column,
            "rows": self.rows,
            "skipped_rows": self.skipped_rows,
            "class_counts": self.class_counts,
            "folds": self.folds,
            "seed": self.seed,
            "chance": self.chance,
            "majority_share": self.majority_share,
            "raw_balanced_accuracy": self.raw_balanced_accuracy,
            "redacted_balanced_accuracy": self.redacted_balanced_accuracy,
            "sources": self.sources,
        }


def read_labelled_csv(
    paths: str | Path | Sequence[str | Path], text_column: str, label_column: str
) -> tuple[list[str], list[str], list[str], int]:
    """Rows of one or more CSV files (paths or glob patterns) -> texts, labels, sources, skipped."""
    files = _expand(paths)
    texts: list[str] = []
    labels: list[str] = []
    skipped = 0
    for file in files:
        try:
            with open(file, newline="", encoding="utf-8") as handle:
                reader = csv.DictReader(handle)
                columns = reader.fieldnames or []
                for column in (text_column, label_column):
                    if column not in columns:
                        raise InputError(
                            f"{file}: no column {column!r}; the columns are "
                            f"{', '.join(map(repr, columns)) or '(none: the file is empty)'}"
                        )
                for row in reader:
                    text = (row.get(text_column) or "").strip()
                    label = (row.get(label_column) or "").strip()
                    if text and label:
                        texts.append(text)
                        labels.append(label)
                    else:
                        skipped += 1
        except (OSError, UnicodeDecodeError, csv.Error) as e:
            raise InputError(f"{file}: cannot read it as a UTF-8 CSV file ({e})") from e
    return texts, labels, [str(f) for f in files], skipped


def _expand(paths: str | Path | Sequence[str | Path]) -> list[Path]:
    patterns = [paths] if isinstance(paths, (str, Path)) else list(paths)
    if not patterns:
        raise InputError("no CSV file given")
    files: list[Path] = []
    for pattern in map(str, patterns):
        matches = sorted(glob.glob(pattern)) if glob.has_magic(pattern) else [pattern]
        if not matches:
            raise InputError(f"{pattern}: no file matches this pattern")
        for match in matches:
            if not Path(match).is_file():
                raise InputError(f"{match}: no such CSV file")
            files.append(Path(match))
    return files


def probe_csv(
    paths: str | Path | Sequence[str | Path],
    text_column: str,
    label_column: str,
    redact: Any,
    folds: int = 5,
    seed: int = 0,
    name: str = "ours",
) -> ProbeReport:
    """Read the CSV file(s), redact the texts and probe them (see :func:`probe`)."""
    texts, labels, sources, skipped = read_labelled_csv(paths, text_column, label_column)
    report = probe(texts, labels, redact, folds, seed, name, label_column)
    report.sources, report.skipped_rows = sources, skipped
    return report


def probe(
    texts: Sequence[str],
    labels: Sequence[str],
    redact: Any,
    folds: int = 5,
    seed: int = 0,
    name: str = "ours",
    label_column: str = "label",
) -> ProbeReport:
    """Cross-validated balanced accuracy of predicting ``labels`` from raw and redacted texts."""
    counts = Counter(labels)
    if len(counts) < 2:
        raise InputError(f"the label needs at least two different values, found {sorted(counts)}")
    if folds < 2:
        raise InputError(f"folds must be at least 2, got {folds}")
    rare = [f"{label!r} ({n})" for label, n in counts.items() if n < folds]
    if rare:
        raise InputError(
            f"{folds}-fold stratified cross-validation needs at least {folds} rows per label; "
            f"too few for {', '.join(rare)}. Add rows or lower the number of folds."
        )
    redacted = as_batch_redactor(redact)(list(texts))
    return ProbeReport(
        label_column=label_column,
        rows=len(texts),
        class_counts=dict(sorted(counts.items())),
        folds=folds,
        raw_balanced_accuracy=cross_validated_balanced_accuracy(texts, labels, folds, seed),
        redacted_balanced_accuracy=cross_validated_balanced_accuracy(redacted, labels, folds, seed),
        redactor=name,
        seed=seed,
    )


def cross_validated_balanced_accuracy(
    texts: Sequence[str], labels: Sequence[str], folds: int = 5, seed: int = 0
) -> float:
    """Out-of-fold balanced accuracy of TF-IDF (words and bigrams) + logistic regression."""
    # Imported here: scikit-learn is the optional "eval" extra and slow to import.
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import balanced_accuracy_score
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline

    model = make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True),
        LogisticRegression(max_iter=2000, class_weight="balanced"),
    )
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    predicted = cross_val_predict(model, list(texts), list(labels), cv=splitter)
    return float(balanced_accuracy_score(list(labels), predicted))


def format_probe(report: ProbeReport, baseline: ProbeReport | None = None) -> str:
    """A readable summary; with ``baseline``, its redacted figure is shown beside ours."""
    counts = ", ".join(f"{label} {n}" for label, n in report.class_counts.items())
    lines = [
        f"Residual-leak probe: predict {report.label_column!r} from text "
        f"({report.rows} rows: {counts}; {report.folds}-fold stratified CV, seed {report.seed}, "
        "TF-IDF + logistic regression)",
        f"  chance (balanced accuracy)     {report.chance:.3f}",
        f"  raw text                       {report.raw_balanced_accuracy:.3f}",
        f"  redacted by {report.redactor:<19}{report.redacted_balanced_accuracy:.3f}",
    ]
    if baseline is not None:
        figure = baseline.redacted_balanced_accuracy
        lines.append(f"  redacted by {baseline.redactor:<19}{figure:.3f}")
    if report.skipped_rows:
        lines.append(f"  ({report.skipped_rows} rows with an empty text or label were skipped)")
    return "\n".join(lines)
