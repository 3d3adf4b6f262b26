"""The evaluation metrics on tiny hand-made records whose right answers are known."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.errors import InputError
from pipelines.evaluate import (
    LABEL_KIND,
    Record,
    Span,
    as_batch_redactor,
    content_indices,
    evaluate,
    format_errors,
    format_report,
    parse_corpus,
    read_corpus,
    word_tokens,
)
from pipelines.types import RedactedText

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.jsonl"


def rec(id: str, text: str, *labelled: tuple[str, str], cf_group: str | None = None) -> Record:
    """A record whose spans are given as (substring, label); each substring must be unique."""
    spans = []
    for part, label in labelled:
        assert text.count(part) == 1, part
        start = text.index(part)
        spans.append(Span(start, start + len(part), label, LABEL_KIND[label]))
    return Record(id=id, text=text, spans=tuple(spans), cf_group=cf_group)


LABELS = (("Kroger", "EMPLOYER"), ("cashier", "JOB_TITLE"), ("three years", "EXPERIENCE"))
A = rec(
    "a", "Hi, I'm Maria Lopez, I worked at Kroger as a cashier for three years. I go to church.",
    ("Maria Lopez", "PERSON"), ("church", "RELIGION"), *LABELS, cf_group="g1",
)  # fmt: skip
B = rec(
    "b", "Hi, I'm John Smith, I worked at Kroger as a cashier for three years. I go to mosque.",
    ("John Smith", "PERSON"), ("mosque", "RELIGION"), *LABELS, cf_group="g1",
)  # fmt: skip
RECORDS = [A, B]


def perfect(text: str) -> str:
    """Replaces exactly the sensitive spans of A and B with one neutral placeholder."""
    record = next(r for r in RECORDS if r.text == text)
    for span in sorted(record.spans, key=lambda s: -s.start):
        if span.kind == "sensitive":
            text = text[: span.start] + "[REDACTED]" + text[span.end :]
    return text


def metrics(redact) -> dict[str, float | None]:
    report = evaluate(RECORDS, redact)
    return {
        "leak": report.leak_rate.value,
        "names": report.name_anywhere_rate.value,
        "keep": report.keep_rate.value,
        "collateral": report.collateral_rate.value,
        "identity": report.counterfactual_identity.value,
    }


@pytest.mark.parametrize(
    ("redact", "expected"),
    [
        # A perfect redactor: nothing sensitive left, everything kept, pair identical.
        (perfect, {"leak": 0, "names": 0, "keep": 1, "collateral": 0, "identity": 1}),
        # Doing nothing leaks every span and every name; the pair differs.
        (lambda t: t, {"leak": 1, "names": 1, "keep": 1, "collateral": 0, "identity": 0}),
        # Deleting everything hides everything and keeps nothing; "" == "" for the pair.
        (lambda t: "", {"leak": 0, "names": 0, "keep": 0, "collateral": 1, "identity": 1}),
        # Placeholders that differ only by case and spacing still count as identical.
        (
            lambda t: perfect(t).upper() if "Maria" in t else perfect(t).replace(" ", " \n  "),
            {"leak": 0, "names": 0, "keep": 1, "collateral": 0, "identity": 1},
        ),
    ],
    ids=["perfect", "identity", "delete-all", "fold-case-and-space"],
)
def test_headline_metrics(redact, expected):
    assert metrics(redact) == pytest.approx(expected)


def test_partial_span_redaction_counts_as_leak():
    report = evaluate([A], lambda t: perfect(t).replace("[REDACTED], I worked", "Maria, I worked"))
    # "Maria Lopez" -> "Maria": one word of the PERSON span is still in place.
    assert report.leak_by_label["PERSON"].value == 1
    assert report.leak_by_label["RELIGION"].value == 0
    assert [e.words for e in report.leaks] == [("Maria",)]
    assert report.name_anywhere_rate.count == 1 and report.name_anywhere_rate.total == 2


def test_name_found_elsewhere_counts_but_is_no_leak():
    report = evaluate([A], lambda t: perfect(t) + " Thanks, Lopez")
    assert report.leak_rate.value == 0  # not in place: the span itself was replaced
    assert [(h.record_id, h.name) for h in report.names_found] == [("a", "Lopez")]
    assert report.name_anywhere_rate.value == 0.5


@pytest.mark.parametrize(
    ("redact", "leak", "names"),
    [
        (lambda t: perfect(t).replace("[REDACTED],", "maria lopez,"), 0.5, 0.0),  # case-folded
        (lambda t: perfect(t) + " Mariah", 0.0, 0.0),  # whole words only
        (lambda t: perfect(t) + " (Maria's)", 0.0, 0.5),  # possessive is still the name
    ],
    ids=["lowercase-in-place", "not-a-whole-word", "possessive"],
)
def test_leak_is_case_folded_names_are_case_sensitive_whole_words(redact, leak, names):
    report = evaluate([A], redact)
    assert report.leak_rate.value == leak
    assert report.name_anywhere_rate.value == names


@pytest.mark.parametrize(
    ("redact", "dropped"),
    [
        (lambda t: perfect(t).replace("Kroger", "[EMPLOYER]"), {"EMPLOYER"}),
        (lambda t: perfect(t).replace("three years", "three"), {"EXPERIENCE"}),  # every word counts
        (lambda t: perfect(t).replace("as a cashier", "as cashier"), set()),  # unlabelled "a" only
    ],
)
def test_keep_needs_every_content_word_in_place(redact, dropped):
    report = evaluate([A], redact)
    assert {e.label for e in report.dropped_keeps} == dropped


def test_collateral_counts_changed_unlabelled_words():
    report = evaluate([A], lambda t: perfect(t).replace("worked", "toiled").replace("Hi,", ""))
    # Unlabelled words of A: Hi I'm I worked at as a for I go to.
    assert report.collateral_rate.total == 11
    assert report.collateral_rate.count == 2
    assert report.collateral_words == {"Hi": 1, "worked": 1}


def test_collateral_ignores_punctuation_and_spacing():
    report = evaluate([A], lambda t: perfect(t).replace(",", " ").replace(".", " ."))
    assert report.collateral_rate.value == 0
    assert report.keep_rate.value == 1


def test_mismatched_pairs_are_listed():
    report = evaluate(RECORDS, lambda t: t)
    assert [(m.cf_group, m.record_ids) for m in report.cf_mismatches] == [("g1", ("a", "b"))]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("marisol.vega@gmail.com", ["marisol", "vega", "gmail", "com"]),
        ("Buck's Electric, I’m here", ["Buck's", "Electric", "I’m", "here"]),
        ("Sun-hee, she/her, 6'3\"", ["Sun", "hee", "she", "her", "6'3"]),
        ("skyler_grooms @leeswims 9,000", ["skyler", "grooms", "leeswims", "9", "000"]),
    ],
)
def test_word_tokens(text, words):
    assert [t.text for t in word_tokens(text)] == words


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("for a year", ["year"]),
        ("two and a half years", ["two", "half", "years"]),
        ("she", ["she"]),  # gendered pronouns are never stop words
        ("in the", ["in", "the"]),  # a span of stop words only is measured on all its words
    ],
)
def test_content_words(text, content):
    tokens = word_tokens(text)
    indices = content_indices(tokens, Span(0, len(text), "GENDER", "sensitive"))
    assert [tokens[i].text for i in indices] == content


# --- redactor adapter ----------------------------------------------------------------------------
class BatchRedactor:
    def redact_batch(self, texts):
        return [t.upper() for t in texts]


class OneRedactor:
    def redact(self, text):
        return RedactedText(text=text.upper())


@pytest.mark.parametrize("redactor", [BatchRedactor(), OneRedactor(), str.upper])
def test_any_redactor_shape_is_accepted(redactor):
    assert as_batch_redactor(redactor)(["ab", "c"]) == ["AB", "C"]


def test_a_non_redactor_is_refused():
    with pytest.raises(TypeError, match="not a redactor"):
        as_batch_redactor(42)


# --- reports -------------------------------------------------------------------------------------
def test_report_formats_with_baseline_and_errors():
    ours, baseline = evaluate(RECORDS, perfect), evaluate(RECORDS, lambda t: t, name="presidio")
    text = format_report(ours, baseline, show_errors=True)
    assert "presidio" in text and "PERSON" in text and "EMPLOYER" in text
    assert "100.0 % (4/4)" in text  # baseline leaks all four sensitive spans
    assert "Leaked sensitive spans (0)" in text
    assert "Leaked sensitive spans (4)" in format_errors(baseline)
    data = json.loads(json.dumps(baseline.to_dict()))
    assert data["overall"]["leak_rate"] == {"value": 1.0, "count": 4, "total": 4}
    assert data["meets_targets"]["leak_rate"] is False
    assert data["leak_by_label"]["RELIGION"]["total"] == 2


# --- corpus format -------------------------------------------------------------------------------
GOOD = {"id": "x", "text": "I'm Ann.", "spans": [{"start": 4, "end": 7, "label": "PERSON",
        "kind": "sensitive"}], "cf_group": None, "cf_axis": None}  # fmt: skip


def line(**changes) -> str:
    return json.dumps({**GOOD, **changes})


def span(**changes) -> list[dict]:
    return [{**GOOD["spans"][0], **changes}]


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["{not json"], "line 1: not valid JSON"),
        (["[1, 2]"], "line 1: expected a JSON object"),
        ([line(), "", json.dumps({"id": "y", "spans": []})], "line 3: missing the field 'text'"),
        ([line(spans="PERSON")], "line 1: 'spans' must be a list"),
        ([line(spans=span(end=99))], "line 1: span 1: offsets 4..99 are not"),
        ([line(spans=span(start=5, end=5))], "span 1: offsets 5..5"),
        ([line(spans=span(start="4"))], "span 1: 'start' must be an integer"),
        ([line(spans=span(kind="secret"))], "'kind' must be 'sensitive' or 'keep'"),
        ([line(spans=span(kind="keep"))], "PERSON is a sensitive label, but its kind is 'keep'"),
        ([line(spans=span(label=""))], "'label' must be a non-empty string"),
        ([line(), line()], "line 2: id 'x' already used on line 1"),
        ([line(cf_group=3)], "'cf_group' must be a string or null"),
        (["", "  "], "the corpus has no records"),
    ],
)
def test_bad_corpus_lines_raise_input_error_naming_the_line(lines, message):
    with pytest.raises(InputError, match="^test.jsonl.*" + message.replace("(", r"\(")):
        parse_corpus(lines, source="test.jsonl")


def test_unknown_labels_are_scored_by_their_kind():
    (record,) = parse_corpus([line(spans=span(label="NICKNAME"))])
    assert record.spans[0].kind == "sensitive"


def test_missing_corpus_file(tmp_path):
    with pytest.raises(InputError, match="no such corpus file"):
        read_corpus(tmp_path / "nope.jsonl")


def test_dev_corpus_reads_and_scores_the_identity_redactor():
    records = read_corpus(DEV)
    assert len(records) == 60
    report = evaluate(records, lambda t: t, name="identity")
    assert report.counterfactual_identity.total == 15
    assert report.leak_rate.value == 1 and report.keep_rate.value == 1
    assert report.collateral_rate.value == 0 and report.counterfactual_identity.value == 0
