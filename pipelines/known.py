"""Known identifiers: what a candidate declares about themself at upload, found wherever it occurs.

A declared name, handle, school or e-mail is redacted in every form a speech recognizer may give
it: exact, in parts ("Brianna", "Okafor"), spoken ("at bri underscore codes", "brianna dot okafor
at gmail dot com") and garbled. Garbled names are matched by sound (Metaphone, ignoring a leading
vowel the recognizer may drop or a syllable it may add: "Okafor" came back as "Kaffir", "Caffer",
"Kefer" and "Rockaffer" on our probe) and by spelling (Jaro-Winkler), only for words that are not
ordinary English words. The declared values are also given to the speech recognizer as hotwords so
the name is more often heard right in the first place.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import jellyfish
import regex

from .detect.names import word_zipf
from .errors import InputError
from .types import Detection

RECOGNIZER = "KnownIdentifierRecognizer"
_CATEGORY_PREFIXES = ("PERSON", "HANDLE", "SCHOOL", "CONTACT", "LOCATION")
_SCHOOL_WORDS = ("university", "college", "institute", "academy", "school")
_SEPARATORS = {"_": "underscore", ".": "dot", "-": "dash", "@": "at"}
_WORD = regex.compile(r"[\p{L}\p{N}'’]+")
_POSSESSIVE = regex.compile(r"['’]s?$")


@dataclass(frozen=True)
class KnownIdentifier:
    value: str
    category: str

    @classmethod
    def parse(cls, raw: str) -> "KnownIdentifier":
        """``"Brianna Okafor"``, ``"@bri_codes"``, ``"school:Spelman College"``."""
        head, sep, tail = raw.partition(":")
        if sep and head.strip().upper() in _CATEGORY_PREFIXES:
            if not tail.strip():
                raise InputError(f"known identifier {raw!r}: give a value after '{head}:'")
            return cls(tail.strip(), head.strip().upper())
        value = raw.strip()
        if regex.fullmatch(r"[^@\s]+@[^@\s]+\.\w+", value):
            return cls(value, "CONTACT")
        if value.startswith("@"):
            return cls(value, "HANDLE")
        if any(w in value.lower() for w in _SCHOOL_WORDS):
            return cls(value, "SCHOOL")
        return cls(value, "PERSON")

    @property
    def key(self) -> str:
        return f"known:{self.category}:{self.value.lower()}"

    def parts(self) -> list[str]:
        """The words of the value, e.g. ['bri', 'codes'] for @bri_codes."""
        return [w for w in regex.split(r"[\s_.@\-]+", self.value.lower()) if w]


class KnownMatcher:
    """Finds declared identifiers in a text. Cheap to build; build one per transcript."""

    def __init__(self, identifiers: list[KnownIdentifier], fuzzy: bool = True):
        self.identifiers = identifiers
        self.fuzzy = fuzzy

    @classmethod
    def from_strings(cls, values) -> "KnownMatcher":
        return cls([KnownIdentifier.parse(v) for v in values if v and v.strip()])

    def hotwords(self) -> tuple[str, ...]:
        """Declared values for the speech recognizer's prompt (names as written, no handles' @)."""
        words = [ident.value.lstrip("@") for ident in self.identifiers if ident.category != "CONTACT"]
        return tuple(dict.fromkeys(words))

    def find(self, text: str) -> list[Detection]:
        found: list[Detection] = []
        for ident in self.identifiers:
            found += self._sequences(text, ident)
            if ident.category == "PERSON":
                found += self._words(text, ident)
            elif ident.category in ("SCHOOL", "LOCATION"):
                found += self._words(text, ident, distinctive_only=True)
        return found

    def _detection(self, ident, start, end, score=1.0):
        return Detection(start, end, ident.category, score, RECOGNIZER, entity_key=ident.key)

    def _sequences(self, text, ident) -> list[Detection]:
        """The whole value, written or spoken with its separators ("bri underscore codes")."""
        parts = ident.parts()
        if not parts:
            return []
        sep = r"(?:\s*[_.\-@]\s*|\s+(?:underscore|dot|period|dash|at)\s+|\s+)"
        prefix = r"(?:@|at\s+)?" if ident.category == "HANDLE" else ""
        pattern = r"(?<![\p{L}\p{N}])" + prefix + sep.join(map(regex.escape, parts)) + r"(?![\p{L}\p{N}])"
        if ident.category == "CONTACT":  # e-mail: the domain may be spoken ("gmail dot com")
            pattern = pattern.replace(r"(?![\p{L}\p{N}])", "", 1)
        return [self._detection(ident, m.start(), m.end()) for m in regex.finditer(pattern, text, regex.I)]

    def _words(self, text, ident, distinctive_only: bool = False) -> list[Detection]:
        """Single words of a name, exact or garbled by speech recognition.

        For schools and places only their distinctive words count, exactly ("Spelman" of
        "Spelman College"; not "college", not "worth" of "Lake Worth").
        """
        targets = [p for p in ident.parts() if len(p) >= 3]
        if distinctive_only:
            targets = [p for p in targets if not _is_common_word(p)]
        out = []
        for m in _WORD.finditer(text):
            surface = _POSSESSIVE.sub("", m.group())
            word = surface.lower()
            for target in targets:
                if _is_common_word(target) and not surface[:1].isupper():
                    continue  # "Will Smith" declared: "I will" stays, "Will said" goes
                fuzzy = self.fuzzy and not distinctive_only
                score = _similarity(word, target) if fuzzy else float(word == target)
                if score >= 0.85:
                    end = m.start() + len(surface)
                    out.append(self._detection(ident, m.start(), end, round(score, 3)))
                    break
        return out


@functools.lru_cache(maxsize=65536)
def _similarity(word: str, target: str) -> float:
    if word == target:
        return 1.0
    if len(word) < 3 or _is_common_word(word):
        return 0.0
    if _sounds_alike(word, target):
        return 0.9
    jw = jellyfish.jaro_winkler_similarity(word, target)
    return jw if jw >= 0.88 and abs(len(word) - len(target)) <= 2 else 0.0


def _sounds_alike(word: str, target: str) -> bool:
    a, b = _consonant_code(word), _consonant_code(target)
    if len(a) < 2 or len(b) < 2:
        return False
    if a == b:
        return True
    # A dropped leading syllable ("Okafor" -> "Kaffir") or an added one ("Rockaffer").
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 3 and len(longer) - len(shorter) <= 1 and longer.endswith(shorter)


def _consonant_code(word: str) -> str:
    code = jellyfish.metaphone(word)
    return code.lstrip("AEIOU") or code


@functools.lru_cache(maxsize=65536)
def _is_common_word(word: str) -> bool:
    return word_zipf(word) >= 3.5
