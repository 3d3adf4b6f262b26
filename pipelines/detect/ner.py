"""spaCy's named entities, mapped to blindscreen's categories.

The small English model finds people, places, nationalities and organisations; we keep those
that are sensitive (an ORG is a SCHOOL when it is named like one) and leave the rest to the
keep-list and lexicon recognizers. Entities whose text is on the shared not-a-name list
(employers such as "Wendy's") are skipped here; the policy's allow-list protects them later too.
"""

from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer

from .lexicon import not_entities
from .names import BRAND_POSSESSIVE, is_name_like, mentions_third_person, word_zipf
from .places import STYLE_AFTER, _team_after, has_location_cue, is_place
from .results import doc_text, finding

_SCHOOL_WORDS = regex.compile(
    r"\b(?:university|college|institute|academy|school|polytechnic|conservatory|seminary)\b",
    regex.IGNORECASE,
)

_NAME_CUE = regex.compile(r"\b(?:name\s+is|name's|i'm|i\s+am|this\s+is|call\s+me|called|named)\s+$", regex.I)

# The small model labels many unknown capitalised words (tools, employers) as people or places,
# so an entity keeps a score above the policy thresholds only when something confirms it: a name
# list, the place gazetteer, or a cue before it. Unconfirmed ones score 0.45, below the default
# threshold, and still show in the detection list for audits. NORP and FAC are left to the
# lexicons, which know demonyms and places of worship.
CONFIRMED, UNCONFIRMED = 0.8, 0.45

_POSSESSIVE = regex.compile(r"(?:['’]s?)?[.,;:!?)]*$")


_NAME_PARTICLES = frozenset({
    "de", "del", "della", "der", "den", "di", "da", "das", "dos", "du", "la", "le", "van", "von",
    "bin", "binti", "bint", "ibn", "al", "el", "y", "e", "ter", "ten", "af", "zu", "mac", "ap",
})


def _common_lower_word(tok) -> bool:
    """A lower-case everyday word that is no name ("intro"; not "de", "van", nor a surname the
    truecaser left lower-case)."""
    if not tok.is_alpha or not tok.text[:1].islower() or tok.lower_ in _NAME_PARTICLES:
        return False
    return not is_name_like(tok.text) and word_zipf(tok.lower_) >= 3.0


def _bare(word: str) -> str:
    """"Chris's" -> "Chris", "Sandra," -> "Sandra": only a trailing possessive and punctuation
    go ("Chris" and "Samantha" keep their s)."""
    return _POSSESSIVE.sub("", word.lstrip("(\"“'‘"))


def _bio_subject(ent) -> bool:
    """An unlisted name as the subject of a verb in a text about someone as he or she
    ("Lyssandra is responsible for client files"), made of words too rare to be ordinary ones."""
    if ent.root.dep_ not in ("nsubj", "nsubjpass") or not mentions_third_person(ent.doc):
        return False
    if ent.start > 0 and ent.doc[ent.start - 1].pos_ == "DET":
        return False  # "as a Paralegal working in": a job, not a name
    return all(word_zipf(t.lower_) < 3.0 for t in ent if t.is_alpha)


def _brand_possessive(ent) -> bool:
    """A full name with "'s" and no noun after it: a business or brand ("Marie Callender's.")."""
    text = doc_text(ent.doc)
    end = ent.end_char
    if ent.text.endswith(("'s", "’s")):
        end -= 2
    return bool(BRAND_POSSESSIVE.match(text, end))


class NerRecognizer(EntityRecognizer):
    def __init__(self):
        super().__init__(
            supported_entities=["PERSON", "LOCATION", "NATIONALITY_ETHNICITY", "SCHOOL"],
            name="SpacyNerRecognizer",
        )
        self.kind = "sensitive"

    def load(self) -> None:
        self._not_entities = not_entities()

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None:
            return []
        results = []
        for ent in nlp_artifacts.entities:
            mapped = self._map(ent)
            if mapped is None:
                continue
            category, score = mapped
            results.append(finding(self, category, ent.start_char, ent.end_char, score))
        return results

    def _map(self, ent):
        words = ent.text.lower().strip(" .,'’")
        if words in self._not_entities or not any(c.isalpha() for c in words):
            return None
        if ent.label_ == "ORG":
            return ("SCHOOL", CONFIRMED) if _SCHOOL_WORDS.search(ent.text) else None
        if ent.label_ == "PERSON":
            if not any(t[:1].isupper() for t in ent.text.split()):
                return None  # lower-case "person" entities from the small model are mostly noise
            if any(_common_lower_word(t) for t in ent):
                return None  # "Quick intro, I'm ...": a name has no lower-case common word
            if len(ent) > 1 and _brand_possessive(ent):
                return None  # "poured Jack Daniel's at the bar", "baked pies at Marie Callender's."
            confirmed = any(is_name_like(_bare(t)) for t in ent.text.split())
            confirmed = confirmed or bool(_NAME_CUE.search(doc_text(ent.doc)[max(0, ent.start_char - 20) : ent.start_char]))
            confirmed = confirmed or _bio_subject(ent)
            return ("PERSON", CONFIRMED if confirmed else UNCONFIRMED)
        if ent.label_ in ("GPE", "LOC"):
            text = doc_text(ent.doc)
            if STYLE_AFTER.match(text, ent.end_char) or _team_after(text, ent.end_char):
                return None  # "Chicago-style", "Philly cheesesteaks": a dish; "Dallas Cowboys": a team
            confirmed = is_place(ent.text) or has_location_cue(text, ent.start_char)
            return ("LOCATION", CONFIRMED if confirmed else UNCONFIRMED)
        return None
