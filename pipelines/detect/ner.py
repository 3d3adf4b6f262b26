"""spaCy's named entities, mapped to blindscreen's categories.

The small English model finds people, places, nationalities and organisations; we keep those
that are sensitive (an ORG is a SCHOOL when it is named like one) and leave the rest to the
keep-list and lexicon recognizers. Entities whose text is on the shared not-a-name list
(employers such as "Wendy's") are skipped here; the policy's allow-list protects them later too.
"""

from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from .lexicon import load_resource

_SCHOOL_WORDS = regex.compile(
    r"\b(?:university|college|institute|academy|school|polytechnic|conservatory|seminary)\b",
    regex.IGNORECASE,
)

# spaCy label -> (category, score)
_MAP = {
    "PERSON": ("PERSON", 0.8),
    "GPE": ("LOCATION", 0.8),
    "LOC": ("LOCATION", 0.75),
    "FAC": ("LOCATION", 0.5),
    "NORP": ("NATIONALITY_ETHNICITY", 0.7),
}


class NerRecognizer(EntityRecognizer):
    def __init__(self):
        super().__init__(
            supported_entities=["PERSON", "LOCATION", "NATIONALITY_ETHNICITY", "SCHOOL"],
            name="SpacyNerRecognizer",
        )
        self.kind = "sensitive"

    def load(self) -> None:
        res = load_resource("name_cues")
        self._not_entities = {w.lower() for w in res.get("not_entities", [])}

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None:
            return []
        results = []
        for ent in nlp_artifacts.entities:
            mapped = self._map(ent)
            if mapped is None:
                continue
            category, score = mapped
            results.append(
                RecognizerResult(
                    category,
                    ent.start_char,
                    ent.end_char,
                    score,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results

    def _map(self, ent):
        words = ent.text.lower().strip(" .,'’")
        if words in self._not_entities or not any(c.isalpha() for c in words):
            return None
        if ent.label_ == "ORG":
            return ("SCHOOL", 0.8) if _SCHOOL_WORDS.search(ent.text) else None
        if ent.label_ == "PERSON" and not any(t[:1].isupper() for t in ent.text.split()):
            return None  # lower-case "person" entities from the small model are mostly noise
        return _MAP.get(ent.label_)
