"""The apply stage: turn decisions into the redacted text. Pure functions, no models.

Placeholders are consistent: the same person (or handle, school…) gets the same number
everywhere, numbered by order of first appearance, so ``[PERSON_1]`` carries no information but
"the first person mentioned". A first name, a surname or a nickname that starts a full name seen
earlier ("Kels" after "Kelsey Moore") is the same person. Removals tidy the spaces and commas
around them; neutral rewrites keep the text readable and fix "a"/"an" before them.
"""

from __future__ import annotations

import regex

from .detect.gender import neutral_form
from .policy import Policy
from .types import Decision, RedactedText, Redaction

_WORD = regex.compile(r"[\p{L}\p{N}]+")


class _Numbering:
    """Assigns placeholder numbers per category, one per distinct entity."""

    def __init__(self):
        self._seen: dict[str, list[tuple[str, set[str], str]]] = {}

    def number(self, category: str, surface: str, entity_key: str | None) -> int:
        entries = self._seen.setdefault(category, [])
        words = {w.lower() for w in _WORD.findall(surface)}
        for i, (key, known_words, first) in enumerate(entries, start=1):
            if entity_key and entity_key == key:
                return i
            if category == "PERSON" and _same_person(words, known_words):
                known_words |= words
                return i
            if category != "PERSON" and " ".join(sorted(words)) == first:
                return i
        entries.append((entity_key or "", set(words), " ".join(sorted(words))))
        return len(entries)


def _same_person(words: set[str], known: set[str]) -> bool:
    if words & known:
        return True
    return any(
        len(w) >= 3 and len(k) >= 3 and (k.startswith(w) or w.startswith(k)) for w in words for k in known
    )


def apply(text: str, decisions: list[Decision], policy: Policy) -> RedactedText:
    """Rewrite ``text``; decisions must not overlap (``decide`` guarantees it)."""
    numbering = _Numbering()
    pieces: list[str] = []
    redactions: list[Redaction] = []
    cursor = out_len = 0
    for decision in sorted(decisions, key=lambda d: d.detection.start):
        d = decision.detection
        before = text[cursor : d.start]
        replacement, action = _replacement(text, decision, policy, numbering)
        if action == "remove" or replacement == "":
            before = _trim_before_removal(before, text[d.end : d.end + 1])
        before = _fix_article(before, replacement)
        pieces.append(before)
        out_len += len(before)
        redactions.append(
            Redaction(
                category=d.category,
                recognizer=d.recognizer,
                score=d.score,
                action=action,
                start=d.start,
                end=d.end,
                out_start=out_len,
                out_end=out_len + len(replacement),
                replacement=replacement,
            )
        )
        pieces.append(replacement)
        out_len += len(replacement)
        cursor = d.end
    pieces.append(text[cursor:])
    return RedactedText(text="".join(pieces), redactions=redactions)


def _replacement(text, decision, policy, numbering) -> tuple[str, str]:
    d = decision.detection
    surface = text[d.start : d.end]
    if decision.action == "remove":
        return "", "remove"
    if decision.action == "neutralize":
        neutral = d.neutral if d.neutral is not None else neutral_form(surface)
        if neutral is not None:
            return neutral, "neutralize"
    n = numbering.number(d.category, surface, d.entity_key)
    return policy.placeholder.format(category=d.category, n=n), "redact"


def _trim_before_removal(before: str, next_char: str) -> str:
    """Drop the space before a removed span when the text after it starts with a space or mark."""
    if next_char in (" ", ",", ".", ";", ":", "!", "?", "") and before.endswith(" "):
        return before.rstrip(" ")
    return before


def _fix_article(before: str, replacement: str) -> str:
    """"a engineer" -> "an engineer" and back, when a rewrite changes the next word's sound."""
    m = regex.search(r"\b(a|an|A|An)(\s+)$", before)
    if not m or not replacement or not replacement[0].isalpha():
        return before
    wants_an = replacement[0].lower() in "aeiou"
    article = m.group(1)
    fixed = ("an" if wants_an else "a") if article.islower() else ("An" if wants_an else "A")
    return before[: m.start(1)] + fixed + m.group(2)
