"""Measure a redactor on a labelled corpus: leaks, names, keeps, collateral, cf identity.

The corpus format and the five metrics are those of ``shared/corpus/README.md``; the exact choices
that README leaves open (what a word is, what "in place" means, which words count) are made here
and documented in ``docs/evaluation.md``. In short:

* Word tokens are runs of letters and digits, with internal apostrophes kept (``Buck's``, ``I'm``);
  everything else (spaces, ``-``, ``.``, ``@``, ``/``, ``_``) separates words, so half-redacted
  e-mail addresses and hyphenated names still show their surviving parts.
* The original's and the output's word tokens are aligned with ``difflib.SequenceMatcher``
  (case-folded, autojunk off). A token is *in place* when the alignment matches it to an equal
  token of the output. Placeholders, rewrites and deletions are therefore all "not in place".
* Content words are word tokens not in :data:`STOP_WORDS`; a span made only of stop words uses
  all of its words, so a span like "she" or "her" is still measured.

A redactor is anything :func:`as_batch_redactor` accepts: an object with ``redact_batch(texts)``,
an object with ``redact(text)``, or a plain callable; each may return ``str`` or an object with a
``.text`` (such as :class:`pipelines.types.RedactedText`).
"""

from __future__ import annotations

import difflib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pipelines.categories import KEEP, SENSITIVE
from pipelines.errors import InputError

# The corpus README's labels: the project's categories, less TRADE_UNION, which the corpus
# does not use (it would only add an empty row to every report).
SENSITIVE_LABELS = tuple(c for c in SENSITIVE if c != "TRADE_UNION")
KEEP_LABELS = KEEP
KINDS = ("sensitive", "keep")
# Labels not listed here are accepted; their span's kind then decides how they are scored.
LABEL_KIND = {**dict.fromkeys(SENSITIVE_LABELS, "sensitive"), **dict.fromkeys(KEEP_LABELS, "keep")}

# Function words that carry no identity and no merit. Deliberately small and free of pronouns
# that reveal gender (he, she, him, her, his, hers): those are what GENDER spans are made of.
STOP_WORDS = frozenset(
    """a an the and or but nor so of in on at to for from with by as into onto about than then
    is am are was were be been being i i'm i've i'd i'll me my mine we our ours us you your
    it it's its this that that's these those there here um uh""".split()
)

WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

# The targets of issue 3; ("max", x) means the rate must be <= x, ("min", x) that it must be >= x.
TARGETS = {
    "leak_rate": ("max", 0.02),
    "name_anywhere_rate": ("max", 0.0),
    "keep_rate": ("min", 0.95),
    "collateral_rate": ("max", 0.05),
    "counterfactual_identity": ("min", 0.90),
}
METRIC_TITLES = {
    "leak_rate": "leak rate",
    "name_anywhere_rate": "names found anywhere",
    "keep_rate": "keep rate",
    "collateral_rate": "collateral rate",
    "counterfactual_identity": "counterfactual identity",
}


# --- corpus --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str
    kind: str  # "sensitive" or "keep"


@dataclass(frozen=True)
class Record:
    id: str
    text: str
    spans: tuple[Span, ...]
    cf_group: str | None = None
    cf_axis: str | None = None
    job: str | None = None


def read_corpus(path: str | Path) -> list[Record]:
    """Read and validate a corpus JSONL file; raise InputError naming the line and the problem."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as e:
        raise InputError(f"{path}: no such corpus file") from e
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read the corpus as UTF-8 text ({e})") from e
    return parse_corpus(lines, source=str(path))


def parse_corpus(lines: Iterable[str], source: str = "<corpus>") -> list[Record]:
    """Parse corpus lines (one JSON object each; blank lines are skipped)."""
    records: list[Record] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source} line {number}"
        record = _parse_record(line, where)
        if record.id in seen:
            raise InputError(f"{where}: id {record.id!r} already used on line {seen[record.id]}")
        seen[record.id] = number
        records.append(record)
    if not records:
        raise InputError(f"{source}: the corpus has no records (expected one JSON object a line)")
    return records


def _parse_record(line: str, where: str) -> Record:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(f"{where}: not valid JSON ({e.msg} at column {e.colno})") from e
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    for key, kind in (("id", str), ("text", str), ("spans", list)):
        if key not in obj:
            raise InputError(f"{where}: missing the field {key!r}")
        if not isinstance(obj[key], kind):
            raise InputError(f"{where}: {key!r} must be a {_json_type(kind)}")
    if not obj["id"]:
        raise InputError(f"{where}: 'id' is empty")
    for key in ("cf_group", "cf_axis", "job"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise InputError(f"{where}: {key!r} must be a string or null")
    spans = tuple(_parse_span(s, i, obj["text"], where) for i, s in enumerate(obj["spans"], 1))
    return Record(
        id=obj["id"], text=obj["text"], spans=spans, cf_group=obj.get("cf_group") or None,
        cf_axis=obj.get("cf_axis"), job=obj.get("job"),
    )  # fmt: skip


def _parse_span(obj: Any, index: int, text: str, where: str) -> Span:
    where = f"{where}: span {index}"
    if not isinstance(obj, dict):
        raise InputError(f"{where} must be an object with start, end, label and kind")
    for key in ("start", "end"):
        if not isinstance(obj.get(key), int) or isinstance(obj.get(key), bool):
            raise InputError(f"{where}: {key!r} must be an integer character offset")
    start, end, label, kind = obj["start"], obj["end"], obj.get("label"), obj.get("kind")
    if not 0 <= start < end <= len(text):
        raise InputError(
            f"{where}: offsets {start}..{end} are not a non-empty range inside the text "
            f"({len(text)} characters; end is exclusive)"
        )
    if not isinstance(label, str) or not label:
        raise InputError(f"{where}: 'label' must be a non-empty string")
    if kind not in KINDS:
        raise InputError(f"{where}: 'kind' must be 'sensitive' or 'keep', got {kind!r}")
    if kind != LABEL_KIND.get(label, kind):
        expected = LABEL_KIND[label]
        raise InputError(f"{where}: {label} is a {expected} label, but its kind is {kind!r}")
    return Span(start, end, label, kind)


def _json_type(kind: type) -> str:
    return {str: "string", list: "list"}[kind]


# --- redactors -----------------------------------------------------------------------------------
def as_batch_redactor(redactor: Any) -> Callable[[Sequence[str]], list[str]]:
    """Turn any supported redactor into ``texts -> redacted texts`` (see the module docstring)."""
    if hasattr(redactor, "redact_batch"):
        batch = redactor.redact_batch
    elif hasattr(redactor, "redact") or callable(redactor):
        one = getattr(redactor, "redact", redactor)

        def batch(texts: Sequence[str]) -> list:
            return [one(text) for text in texts]
    else:
        raise TypeError(
            f"{type(redactor).__name__} is not a redactor: give an object with redact_batch() "
            "or redact(), or a callable text -> redacted text"
        )

    def redact_texts(texts: Sequence[str]) -> list[str]:
        outputs = list(batch(list(texts)))
        if len(outputs) != len(texts):
            raise TypeError(f"the redactor returned {len(outputs)} outputs for {len(texts)} texts")
        return [_output_text(output) for output in outputs]

    return redact_texts


def _output_text(output: Any) -> str:
    text = output if isinstance(output, str) else getattr(output, "text", None)
    if not isinstance(text, str):
        raise TypeError(f"a redactor returned {type(output).__name__}, not a str or RedactedText")
    return text


# --- alignment -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def is_stop(self) -> bool:
        return _fold(self.text) in STOP_WORDS


def word_tokens(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]


def _fold(word: str) -> str:
    return word.replace("’", "'").casefold()


def in_place(original: Sequence[Token], output: Sequence[Token]) -> list[bool]:
    """For each original token: does the alignment match it to an equal output token?"""
    matcher = difflib.SequenceMatcher(
        None, [_fold(t.text) for t in original], [_fold(t.text) for t in output], autojunk=False
    )
    kept = [False] * len(original)
    for block in matcher.get_matching_blocks():
        kept[block.a : block.a + block.size] = [True] * block.size
    return kept


def span_indices(tokens: Sequence[Token], span: Span) -> list[int]:
    """Indices of the tokens that overlap the span."""
    return [i for i, t in enumerate(tokens) if t.start < span.end and t.end > span.start]


def content_indices(tokens: Sequence[Token], span: Span) -> list[int]:
    """Indices of the span's content words (all its words when it has only stop words)."""
    inside = span_indices(tokens, span)
    return [i for i in inside if not tokens[i].is_stop] or inside


def folded(text: str) -> str:
    """Case and whitespace folded, as the counterfactual-identity comparison sees a text."""
    return " ".join(text.casefold().split())


# --- scoring -------------------------------------------------------------------------------------
@dataclass
class Rate:
    count: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.count / self.total if self.total else None

    def add(self, hit: bool) -> None:
        self.count += int(hit)
        self.total += 1

    def to_dict(self) -> dict:
        return {"value": self.value, "count": self.count, "total": self.total}


@dataclass(frozen=True)
class SpanError:
    """A sensitive span that leaked, or a keep span that lost words."""

    record_id: str
    label: str
    start: int
    end: int
    text: str
    words: tuple[str, ...]  # the leaked words, or the keep words no longer in place
    context: str


@dataclass(frozen=True)
class NameHit:
    record_id: str
    name: str


@dataclass(frozen=True)
class Mismatch:
    """A counterfactual group whose outputs differ; ``where`` shows the first difference."""

    cf_group: str
    record_ids: tuple[str, ...]
    where: tuple[str, ...]


@dataclass
class EvalReport:
    redactor: str
    records: int
    leak_rate: Rate = field(default_factory=Rate)
    name_anywhere_rate: Rate = field(default_factory=Rate)
    keep_rate: Rate = field(default_factory=Rate)
    collateral_rate: Rate = field(default_factory=Rate)
    counterfactual_identity: Rate = field(default_factory=Rate)
    leak_by_label: dict[str, Rate] = field(default_factory=dict)
    keep_by_label: dict[str, Rate] = field(default_factory=dict)
    leaks: list[SpanError] = field(default_factory=list)
    dropped_keeps: list[SpanError] = field(default_factory=list)
    names_found: list[NameHit] = field(default_factory=list)
    collateral_words: Counter = field(default_factory=Counter)
    cf_mismatches: list[Mismatch] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict, repr=False)

    def metric(self, name: str) -> Rate:
        return getattr(self, name)

    def meets_targets(self) -> dict[str, bool | None]:
        return {name: _meets(name, self.metric(name).value) for name in TARGETS}

    def to_dict(self, include_outputs: bool = False) -> dict:
        result = {
            "redactor": self.redactor,
            "records": self.records,
            "overall": {name: self.metric(name).to_dict() for name in TARGETS},
            "meets_targets": self.meets_targets(),
            "leak_by_label": {k: v.to_dict() for k, v in self.leak_by_label.items()},
            "keep_by_label": {k: v.to_dict() for k, v in self.keep_by_label.items()},
            "errors": {
                "leaked_spans": [asdict(e) for e in self.leaks],
                "dropped_keeps": [asdict(e) for e in self.dropped_keeps],
                "names_found": [asdict(e) for e in self.names_found],
                "collateral_words": dict(self.collateral_words.most_common()),
                "cf_mismatches": [asdict(e) for e in self.cf_mismatches],
            },
        }
        if include_outputs:
            result["outputs"] = dict(self.outputs)
        return result


def _meets(name: str, value: float | None) -> bool | None:
    if value is None:
        return None
    bound, limit = TARGETS[name]
    return value <= limit + 1e-12 if bound == "max" else value >= limit - 1e-12


def evaluate(records: Sequence[Record], redact: Any, name: str = "ours") -> EvalReport:
    """Redact every record's text with ``redact`` and score the outputs against the labels."""
    outputs = as_batch_redactor(redact)([r.text for r in records])
    report = EvalReport(redactor=name, records=len(records))
    for record, output in zip(records, outputs, strict=True):
        report.outputs[record.id] = output
        score_record(record, output, report)
    score_counterfactuals(records, report)
    return report


def score_record(record: Record, output: str, report: EvalReport) -> None:
    """Add one record's leaks, names, keeps and collateral to ``report``."""
    original, redacted = word_tokens(record.text), word_tokens(output)
    placed = in_place(original, redacted)
    labelled = [False] * len(original)
    for span in record.spans:
        for i in span_indices(original, span):
            labelled[i] = True
        indices = content_indices(original, span)
        if span.kind == "sensitive":
            words = tuple(original[i].text for i in indices if placed[i])
            report.leak_rate.add(bool(words))
            report.leak_by_label.setdefault(span.label, Rate()).add(bool(words))
            if words:
                report.leaks.append(_span_error(record, span, words))
        else:
            lost = tuple(original[i].text for i in indices if not placed[i])
            report.keep_rate.add(not lost)
            report.keep_by_label.setdefault(span.label, Rate()).add(not lost)
            if lost:
                report.dropped_keeps.append(_span_error(record, span, lost))
        if span.label == "PERSON":
            names = [original[i].text for i in span_indices(original, span)]
            _score_names(record.id, [n for n in names if n[0].isupper()], output, report)
    for token, is_labelled, is_placed in zip(original, labelled, placed):
        if not is_labelled:
            report.collateral_rate.add(not is_placed)
            if not is_placed:
                report.collateral_words[token.text] += 1


def _score_names(record_id: str, names: list[str], output: str, report: EvalReport) -> None:
    """Each capitalised PERSON token: is it anywhere in the output, case-sensitive, whole word?"""
    for name in names:
        found = re.search(rf"(?<![^\W_]){re.escape(name)}(?![^\W_])", output) is not None
        report.name_anywhere_rate.add(found)
        if found:
            report.names_found.append(NameHit(record_id, name))


def score_counterfactuals(records: Sequence[Record], report: EvalReport) -> None:
    """One identity check per cf_group of two or more records: are all outputs equal, folded?"""
    groups: dict[str, list[Record]] = {}
    for record in records:
        if record.cf_group:
            groups.setdefault(record.cf_group, []).append(record)
    for group, members in groups.items():
        if len(members) < 2:
            continue
        texts = [folded(report.outputs[m.id]) for m in members]
        same = all(t == texts[0] for t in texts)
        report.counterfactual_identity.add(same)
        if not same:
            ids = tuple(m.id for m in members)
            report.cf_mismatches.append(Mismatch(group, ids, _first_difference(texts)))


def _first_difference(texts: list[str], width: int = 40) -> tuple[str, ...]:
    first = texts[0]
    at = min(
        next((i for i, (a, b) in enumerate(zip(first, t)) if a != b), min(len(first), len(t)))
        for t in texts[1:]
    )
    return tuple(t[max(0, at - width // 2) : at + width] for t in texts)


def _span_error(record: Record, span: Span, words: tuple[str, ...], width: int = 40) -> SpanError:
    text = record.text
    context = (
        text[max(0, span.start - width) : span.start] + "[[" + text[span.start : span.end] + "]]"
        + text[span.end : span.end + width]
    )  # fmt: skip
    return SpanError(
        record.id, span.label, span.start, span.end, text[span.start : span.end], words,
        " ".join(context.split()),
    )  # fmt: skip


# --- reports -------------------------------------------------------------------------------------
def format_report(
    report: EvalReport, baseline: EvalReport | None = None, show_errors: bool = False
) -> str:
    """A readable table of ``report`` (and ``baseline`` side by side), optionally with errors."""
    reports = [report] + ([baseline] if baseline else [])
    header = f"{'':26}" + "".join(f"{r.redactor:>20}" for r in reports) + f"{'target':>12}  met"
    lines = [
        f"{report.records} transcripts, {report.counterfactual_identity.total} counterfactual "
        "groups",
        "",
        header,
    ]
    for name, title in METRIC_TITLES.items():
        cells = "".join(f"{_cell(r.metric(name)):>20}" for r in reports)
        bound, limit = TARGETS[name]
        target = f"{'≤' if bound == 'max' else '≥'} {_percent(limit)}"
        met = {True: "yes", False: "NO", None: "-"}[report.meets_targets()[name]]
        lines.append(f"{title:26}{cells}{target:>12}  {met}")
    for title, attr, order in (
        ("Leak rate by sensitive label", "leak_by_label", SENSITIVE_LABELS),
        ("Keep rate by keep label", "keep_by_label", KEEP_LABELS),
    ):
        labels = _ordered(getattr(report, attr), order)
        lines += ["", f"{title:26}" + "".join(f"{r.redactor:>20}" for r in reports)]
        for label in labels:
            cells = "".join(f"{_cell(getattr(r, attr).get(label, Rate())):>20}" for r in reports)
            lines.append(f"{label:26}{cells}")
    if show_errors:
        lines += ["", format_errors(report)]
    return "\n".join(lines)


def format_errors(report: EvalReport, top_collateral: int = 30) -> str:
    """Every leaked span, dropped keep, surviving name and differing pair, for tuning."""
    lines = [f"Leaked sensitive spans ({len(report.leaks)}) — words still in place:"]
    lines += [_error_line(e) for e in report.leaks]
    lines += ["", f"Dropped keep spans ({len(report.dropped_keeps)}) — words not in place:"]
    lines += [_error_line(e) for e in report.dropped_keeps]
    lines += ["", f"Names found anywhere in the output ({len(report.names_found)}):"]
    lines += [f"  {h.record_id:8} {h.name}" for h in report.names_found]
    lines += ["", f"Counterfactual groups with different outputs ({len(report.cf_mismatches)}):"]
    for m in report.cf_mismatches:
        lines.append(f"  {m.cf_group:8} " + " | ".join(m.record_ids))
        lines += [f"    {rid:8} …{where}…" for rid, where in zip(m.record_ids, m.where)]
    changed = report.collateral_words.most_common(top_collateral)
    lines += ["", f"Most often changed unlabelled words (top {len(changed)}):"]
    lines += ["  " + ", ".join(f"{word} ×{n}" for word, n in changed)] if changed else []
    return "\n".join(lines)


def _error_line(error: SpanError) -> str:
    return f"  {error.record_id:8} {error.label:22} {' '.join(error.words)!r:28} {error.context}"


def _ordered(rates: dict[str, Rate], order: Sequence[str]) -> list[str]:
    return [label for label in order if label in rates] + sorted(set(rates) - set(order))


def _percent(value: float) -> str:
    return f"{100 * value:.1f} %"


def _cell(rate: Rate) -> str:
    if rate.value is None:
        return "-"
    return f"{_percent(rate.value)} ({rate.count}/{rate.total})"
