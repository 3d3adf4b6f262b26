"""Greetings and farewells in a heritage language: "Tashi delek, hi!", "... Soifua!".

The lists of ``nationality_ethnicity.yaml`` name the greetings people use most; this recognizer
catches the ones no list has. A video resume opens and closes with a short salutation, so the
first comma- or sentence-delimited piece of a transcript (before "!" or ", hi"), its last (after a
full stop or "thank you,"), and any sentence of its own that ends in "!", is a greeting in another
language when it is one to three words that are
all rare in English (``wordfreq``) and none of them an English interjection ("Hiii", "Howdy",
"Y'all"). Its score is below the name recognizers', so a rare first name said alone ("...
Thanks! Oluwaseun.") stays a PERSON.
"""

from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer

from .names import word_zipf
from .results import finding

#: Every word of the piece is rarer than this in English, and one of them rarer than _RARE.
_UNCOMMON = 3.5
_RARE = 3.0
_SCORE = 0.6

_PIECE = regex.compile(r"[^,.!?;:\n]+")
_WORD = regex.compile(r"[\p{L}'’-]+")
# English interjections, laughs and sign-offs that are rare on paper
_ENGLISH = regex.compile(
    r"(?:h+i+|he+y+|hel+o+|yo+|howdy|wass?up|whatsup|sup|hiya|heya|ok(?:ay)?|u+m+|u+h+|a+h+|o+h+|"
    r"aight|ay+|bye+|cheers|peace|godspeed|y['’]?all|ya['’]ll|xoxo|lol|(?:ha)+|welp|alrighty|toodles|"
    r"thx|ty|yup|yep|nope|hmm+|wow|whew|phew|yay|woo+|yass+|mhm|gotcha|bruh|fam|dope|legit)",
    regex.IGNORECASE,
)


class GreetingRecognizer(EntityRecognizer):
    def __init__(self):
        super().__init__(supported_entities=["NATIONALITY_ETHNICITY"], name="GreetingRecognizer")
        self.kind = "sensitive"

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        pieces = list(_PIECE.finditer(text))
        if not pieces:
            return []
        candidates = {p for p in (pieces[0],) if _OPENS.match(text, p.end())}
        candidates.update(p for p in (pieces[-1],) if _closes(text, p))
        candidates.update(p for p in pieces if _own_exclamation(text, p))
        results = []
        for piece in sorted(candidates, key=lambda m: m.start()):
            words = list(_WORD.finditer(piece.group()))
            if 1 <= len(words) <= 3 and _foreign(piece.group(), words):
                start = piece.start() + words[0].start()
                end = piece.start() + words[-1].end()
                results.append(finding(self, "NATIONALITY_ETHNICITY", start, end, _SCORE))
        return results


# after an opening salutation: "Tashi delek, hi!", "Salaam, everyone", "Namaste! I'm ..."
_OPENS = regex.compile(
    r"\s*(?:!|,\s*(?:hi|hello|hey|everyone|everybody|all|y['’]all|friends|folks|my\s+name|i['’]m|i\s+am|"
    r"this\s+is|it['’]s|and\s+hi|and\s+hello)\b)",
    regex.IGNORECASE,
)
_SIGN_OFF_BEFORE = regex.compile(
    r"(?:[.!?]|\b(?:thanks|thank\s+you|bye|goodbye|okay|ok|so|again|everyone|y['’]all|all)\s*[,!]?)\s*$",
    regex.IGNORECASE,
)


def _closes(text: str, piece) -> bool:
    """The last piece of the transcript, after a full stop or a "thank you," ("... Soifua!")."""
    rest = text[piece.end() :]
    return not rest.strip(" .!\n\t") and bool(_SIGN_OFF_BEFORE.search(text, 0, piece.start()))


def _own_exclamation(text: str, piece) -> bool:
    """A sentence of its own that ends in "!" ("... from home. Soifua!")."""
    before = text[: piece.start()].rstrip()
    return text[piece.end() : piece.end() + 1] == "!" and (not before or before[-1] in ".!?")


def _foreign(piece: str, words) -> bool:
    if regex.search(r"\d", piece):
        return False
    zipfs = []
    for w in words:
        word = w.group()
        if word.isupper() and len(word) > 1 or _ENGLISH.fullmatch(word):
            return False  # acronyms ("CNA") and "Hiii"
        zipfs.append(word_zipf(word.lower().replace("’", "'")))
    return max(zipfs) < _UNCOMMON and min(zipfs) < _RARE
