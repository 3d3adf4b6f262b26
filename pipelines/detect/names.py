"""Person names from gazetteers, for what spaCy's small model misses.

Name lists come from packages (no download): given names from ``gender_guesser`` (~45,000 names
from many countries) and the US census lists in ``names`` (given names and 88,000 surnames). A
capitalised word in those lists is a name when it cannot be an ordinary word: English words that
are also names ("Will", "Grace", "Hope", "Mason") need a cue ("my name is", "I'm", "call me") or a
neighbouring name. Word frequency comes from ``wordfreq`` (its answers stored by ``zipf.py``).
The lists are only ever used to *find* names; no gender or origin is inferred from them. A new
process reads the lists from the disk cache (``diskcache.py``) rather than from the packages.
"""

from __future__ import annotations

import functools
import sys
import unicodedata
from pathlib import Path

import regex
from presidio_analyzer import EntityRecognizer

from . import diskcache, zipf
from .lexicon import load_resource, not_entities
from .results import doc_text, finding

_STRONG_CUE_RE = regex.compile(
    r"\b(?:call(?:s|ed)?\s+me|name\s+is|name's|go(?:es)?\s+by|known\s+as|nickname\s+is)[\s,]+$",
    regex.IGNORECASE,
)

#: A name that is also this common as an English word (Zipf scale) needs a cue.
COMMON_WORD_ZIPF = 3.6
#: ... or to be the subject of a verb and no more common than this ("Lauren provides"; common
#: given names such as Lauren, Tyler or Emily sit between 3.6 and 4.5 because they are names).
SUBJECT_NAME_ZIPF = 4.5


def _lists_key(name: str) -> str:
    """Cache key of a name list: the packages it is read from and the code that reads it."""
    return diskcache.fingerprint(name, diskcache.package_stamp("gender_guesser", "names"),
                                 diskcache.source_hash(sys.modules[__name__]))


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Lower-case given names, from the disk cache (``diskcache.py``) when an earlier process
    read the same packages with the same code."""
    return diskcache.frozenset_cached("given-names", _lists_key("given-names"), _read_given_names)


def _read_given_names() -> frozenset[str]:
    import gender_guesser
    import names

    found: set[str] = set()
    nam_dict = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    with open(nam_dict, encoding="iso-8859-1") as f:
        for line in f:
            if line.startswith("#") or len(line) < 30:
                continue
            name = line[3:29].strip()
            if name and "+" not in name:
                found.update(part.lower() for part in name.replace("-", " ").split())
    for fname in ("dist.male.first", "dist.female.first"):
        found.update(_census(Path(names.__file__).parent / fname))
    return frozenset(n for n in found if len(n) > 1)


@functools.lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Lower-case surnames (US census), through the disk cache like ``given_names``."""
    return diskcache.frozenset_cached("surnames", _lists_key("surnames"), _read_surnames)


def _read_surnames() -> frozenset[str]:
    import names

    return frozenset(_census(Path(names.__file__).parent / "dist.all.last"))


def _census(path: Path) -> set[str]:
    with open(path, encoding="ascii") as f:
        return {line.split()[0].lower() for line in f if line.strip()}


@functools.lru_cache(maxsize=65536)
def word_zipf(word: str) -> float:
    """``wordfreq.zipf_frequency(word, "en")``, read from a stored table when there is one
    (``zipf.py``)."""
    return zipf.zipf_frequency(word)


def fold_accents(word: str) -> str:
    """"José" -> "jose", "Zoë" -> "zoe": the name lists are written without accents."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_name_like(word: str) -> bool:
    low = fold_accents(word)
    return low in given_names() or low in surnames()


_INITIAL_RE = regex.compile(r"\p{Lu}\.?")
_THIRD_PERSON_RE = regex.compile(r"\b(?:he|she|him|his|her|hers|himself|herself)\b", regex.IGNORECASE)


def mentions_third_person(doc) -> bool:
    """The text speaks of someone as he or she (a bio, or a story about a colleague)."""
    return bool(_THIRD_PERSON_RE.search(doc_text(doc)))


@functools.lru_cache(maxsize=4)
def name_cue_regex(extra: tuple[str, ...] = ()) -> regex.Pattern:
    """Text ending in a name cue of _name_cues.yaml (plus ``extra``): "my name is ", "call me, "."""
    cues = [*load_resource("name_cues").get("cues", []), *extra]
    alternatives = "|".join(r"\s+".join(map(regex.escape, c.split())) for c in cues)
    return regex.compile(rf"(?:^|\W)(?:{alternatives})[\s,]+$", regex.IGNORECASE)


#: Relations and roles that name a person after them ("my uncle Lemalu", "my old supervisor,
#: Folasade", "our neighbour Mrs. Tuilagi", "my wife denise" in uncased text).
ROLE_WORDS = (
    "wife|husband|partner|girlfriend|boyfriend|fianc[eé]e?|spouse|son|daughter|kid|mom|mother|"
    "dad|father|stepmom|stepdad|stepmother|stepfather|sister|brother|sibling|cousin|aunt|auntie|"
    "aunty|uncle|nephew|niece|grandma|grandpa|grandmother|grandfather|granny|nana|abuela|abuelo|"
    "godmother|godfather|boss|manager|supervisor|lead|tech|coworker|co-worker|colleague|friend|"
    "buddy|roommate|neighbor|neighbour|landlord|teacher|professor|coach|mentor|trainer|"
    "instructor|pastor|owner|chef|client|customer|reference|counselor|counsellor|advisor|"
    "adviser|sponsor|foreman|forewoman|superintendent|director|principal"
)
ROLE_CUE = regex.compile(
    rf"\b(?:my|our|his|her|their|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{ROLE_WORDS})[\s,]+$",
    regex.IGNORECASE,
)


def is_unambiguous_name(word: str) -> bool:
    """A listed name that is rare as an ordinary English word."""
    return is_name_like(word) and word_zipf(word.lower()) < COMMON_WORD_ZIPF


class NameRecognizer(EntityRecognizer):
    """Capitalised gazetteer names, extended over neighbouring capitalised name tokens."""

    def __init__(self):
        super().__init__(supported_entities=["PERSON"], name="NameGazetteerRecognizer")
        self.kind = "sensitive"

    def load(self) -> None:
        given_names(), surnames()
        res = load_resource("name_cues")
        self._cue_re = name_cue_regex()
        self._not_names = {w.lower() for w in res.get("not_names", [])}
        self._not_entities = not_entities()

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        doc = nlp_artifacts.tokens
        results, i = self._lowercase_names(doc), 0
        while i < len(doc):
            tok = doc[i]
            strong = self._strongly_cued(doc, i) or self._cued_unlisted(doc, i)
            if (strong or self._could_start(tok)) and (
                strong
                or is_unambiguous_name(tok.text)
                or self._cued(doc, i)
                or self._name_follows(doc, i)
                or self._subject_name(doc, i)
            ):
                j = self._hyphen_end(doc, i + 1)
                while j < len(doc) and (self._continues(doc[j]) or self._initial_end(doc, j) > j):
                    j = self._hyphen_end(doc, max(j + 1, self._initial_end(doc, j)))
                i = self._extend_back(doc, i)
                start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
                score = 0.85 if (j - i > 1 or self._cued(doc, i)) else 0.7
                if j - i > 1 and self._full_name(doc[i:j]):
                    score = 0.95  # beats keep spans: "I worked with Maria Lopez"
                results.append(self._result(start, end, score))
                i = j
            else:
                i += 1
        return results

    @staticmethod
    def _full_name(span) -> bool:
        """A given name then a surname, neither an ordinary word ("Maria Lopez", not "Robert Half")."""
        tokens = [t for t in span if t.is_alpha]
        first, last = fold_accents(tokens[0].text), fold_accents(tokens[-1].text)
        if first not in given_names() or last not in surnames():
            return False
        rare = all(word_zipf(t.lower_) < COMMON_WORD_ZIPF for t in tokens[1:])
        return rare or all(t.ent_type_ == "PERSON" for t in tokens)

    def _could_start(self, tok) -> bool:
        if self._is_business(tok):
            return False
        return (
            tok.text[:1].isupper()
            and tok.is_alpha
            and tok.text.lower() not in self._not_names
            and is_name_like(tok.text)
            and not tok.text.isupper()
        )

    def _is_business(self, tok) -> bool:
        """"Denny" in "Denny's": an employer from the shared not-an-entity list."""
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        return nxt is not None and nxt.lower_ in ("'s", "’s") and f"{tok.lower_}'s" in self._not_entities

    def _continues(self, tok) -> bool:
        return (
            tok.is_alpha
            and tok.text[:1].isupper()
            and not tok.text.isupper()
            and tok.text.lower() not in self._not_names
            and (is_name_like(tok.text) or word_zipf(tok.text.lower()) < 2.5)
        )

    def _lowercase_names(self, doc) -> list:
        """Auto-captions write names in lower case: "hey so I'm iván ibarra". After a cue, a
        given name and a surname that are both rare as ordinary words are a name."""
        found = []
        for i in range(len(doc) - 1):
            first, last = doc[i], doc[i + 1]
            if not (first.is_lower and last.is_lower and first.is_alpha and last.is_alpha):
                continue
            if not (fold_accents(first.text) in given_names() and fold_accents(last.text) in surnames()):
                continue
            if max(word_zipf(first.lower_), word_zipf(last.lower_)) >= 3.0 or not self._cued(doc, i):
                continue
            found.append(self._result(first.idx, last.idx + len(last.text), 0.8))
        return found

    def _extend_back(self, doc, i: int) -> int:
        """Include a rare capitalised word just before a found name ("Dr. Pratik Shah")."""
        while i > 0:
            prev = doc[i - 1]
            if not (prev.is_alpha and prev.text[:1].isupper() and not prev.text.isupper()):
                break
            if prev.lower_ in self._not_names or prev.is_sent_start or word_zipf(prev.lower_) >= 3.0:
                break
            i -= 1
        return i

    @staticmethod
    def _hyphen_end(doc, j: int) -> int:
        """Past the rest of a hyphenated name ("Sun-hee", "Smith-Jones")."""
        while (
            j + 1 < len(doc)
            and doc[j].text in ("-", "‐")
            and not doc[j - 1].whitespace_
            and not doc[j].whitespace_
            and doc[j + 1].is_alpha
        ):
            j += 2
        return j

    def _strongly_cued(self, doc, i) -> bool:
        """After "call me", "my name is", "goes by": any capitalised word is a name."""
        tok = doc[i]
        if not (tok.is_alpha and tok.text[:1].isupper() and tok.lower_ not in self._not_names):
            return False
        if word_zipf(tok.lower_) >= 5.0:
            return False
        return bool(_STRONG_CUE_RE.search(doc_text(doc)[max(0, tok.idx - 30) : tok.idx]))

    def _cued_unlisted(self, doc, i) -> bool:
        """"I'm Sun-hee", "I'm Xiomara": a capitalised word after a cue, rare or hyphenated."""
        tok = doc[i]
        if not (tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper()):
            return False
        if tok.lower_ in self._not_names or not self._cued(doc, i):
            return False
        hyphenated = self._hyphen_end(doc, i + 1) > i + 1
        return hyphenated or word_zipf(tok.lower_) < 3.0

    def _cued(self, doc, i) -> bool:
        before = doc_text(doc)[max(0, doc[i].idx - 40) : doc[i].idx]
        return bool(self._cue_re.search(before) or ROLE_CUE.search(before))

    def _name_follows(self, doc, i) -> bool:
        """A surname follows: rare, or a given name + surname pair spaCy also calls a person;
        or a middle initial and a surname ("Sandra J Okafor", "Mary B. Jones")."""
        after = self._initial_end(doc, i + 1)
        if after > i + 1:
            return fold_accents(doc[i].text) in given_names()
        if i + 1 >= len(doc) or not self._continues(doc[i + 1]):
            return False
        return is_unambiguous_name(doc[i + 1].text) or self._full_name(doc[i : i + 2])

    def _initial_end(self, doc, j: int) -> int:
        """Past a middle initial ("J", "J.") that a capitalised name-like word follows; else j."""
        if j >= len(doc) or not _INITIAL_RE.fullmatch(doc[j].text):
            return j
        k = j + 1 + (j + 1 < len(doc) and doc[j + 1].text == "." and not doc[j].text.endswith("."))
        if k < len(doc) and self._continues(doc[k]):
            return k
        return j

    def _subject_name(self, doc, i) -> bool:
        """A listed name as the subject of a verb ("Lauren provides parenting support", "Tyler
        has released"): third-person bios name their subject this way. Only in a text that speaks
        of someone as he or she, and only names that are not common English words (below
        ``SUBJECT_NAME_ZIPF``) tagged as a proper noun ("Autumn is my busiest season" in a
        first-person transcript stays)."""
        tok = doc[i]
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "PROPN":
            return False
        if tok.lower_ in self._not_entities or word_zipf(tok.lower_) >= SUBJECT_NAME_ZIPF:
            return False
        return mentions_third_person(doc)

    def _result(self, start, end, score):
        return finding(self, "PERSON", start, end, score)
