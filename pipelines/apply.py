"""The apply stage: turn decisions into the redacted text. Pure functions, no models.

Placeholders are consistent: the same person (or handle, school…) gets the same number
everywhere, numbered by order of first appearance, so ``[Person1]`` carries no information but
"the first person mentioned". A first name, a surname or a nickname that starts a full name seen
earlier ("Kels" after "Kelsey Moore") is the same person. Removals tidy the spaces and commas
around them; neutral rewrites keep the text readable and fix "a"/"an" before them.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from .detect.gender import neutral_form
from .detect.names import SELF_ALIAS
from .policy import Policy
from .types import Decision, RedactedText, Redaction

_WORD = regex.compile(r"[\p{L}\p{N}]+")


class _Numbering:
    """Assigns placeholder numbers per placeholder group, one per distinct entity."""

    def __init__(self):
        self._seen: dict[str, list[tuple[str, set[str], str]]] = {}

    def number(
        self,
        group: str,
        category: str,
        surface: str,
        entity_key: str | None,
        shared: bool = False,
        alias: bool = False,
    ) -> int:
        """``shared``: a placeholder label several categories share ("Personal"); every mention
        has its own number, so "I'm [Punjabi] and we speak [Punjabi]" reads like "I'm
        [Colombian] and we speak [Spanish]" (a repeated number would tell the words matched).
        ``alias``: a name the speaker says they are called ("everybody calls me Hank") is the
        first person named, the candidate, whether or not it looks like their name ("Kay" after
        "Kayla" would match, "Hank" after "Harold" would not, and the pair would differ)."""
        entries = self._seen.setdefault(group, [])
        words = {w.lower() for w in _WORD.findall(surface)}
        if alias and category == "PERSON" and entries:
            entries[0][1].update(words)
            return 1
        for i, (key, known_words, first) in enumerate(entries, start=1):
            if entity_key and entity_key == key:
                return i
            if category == "PERSON" and _same_person(words, known_words):
                known_words |= words
                return i
            if category != "PERSON" and not shared and " ".join(sorted(words)) == first:
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
    out = ""
    redactions: list[Redaction] = []
    cursor = 0
    ordered = sorted(decisions, key=lambda d: d.detection.start)
    for k, decision in enumerate(ordered):
        d = decision.detection
        if redactions and _joins_previous(text, cursor, decision, redactions[-1], policy):
            # one placeholder for a run of attribute cues: "I'm [Personal1]" for "I'm 72 and
            # retired" as for "I'm 19" - how many cues were said would otherwise show
            last = redactions[-1]
            redactions.append(
                Redaction(
                    category=d.category, recognizer=d.recognizer, score=d.score, action="redact",
                    start=d.start, end=d.end, out_start=last.out_start, out_end=last.out_end,
                    replacement=last.replacement,
                )
            )
            cursor = d.end
            continue
        next_start = ordered[k + 1].detection.start if k + 1 < len(ordered) else len(text)
        next_rewrite = k + 1 < len(ordered) and ordered[k + 1].action == "neutralize"
        before = text[cursor : d.start]
        replacement, action = _replacement(text, decision, policy, numbering)
        resume, carry = d.end, ""
        if replacement == "":
            tidied, resume, carry = _tidy_removal(out + before, text, d.end, next_start, next_rewrite)
            floor = max((r.out_end for r in redactions if r.replacement), default=0)
            if len(tidied) < len(out) and len(tidied) >= floor:
                out, before = tidied, ""  # tidying reached back before this gap ("I'm,")
                for i, r in enumerate(redactions):  # removals there now end where it does
                    if r.out_end > len(out):
                        redactions[i] = replace(r, out_start=len(out), out_end=len(out))
            else:
                before = tidied[len(out) :]
        elif action == "redact":
            before = _drop_article(before, d.category)
            if policy.rule(d.category).label is not None:
                before = _drop_being(before)
        elif not before.strip() and out:
            # the article is already out, before a removal: "a [big] [ol' boy]" -> "a person",
            # "an [autistic] [waitress]" -> "a server"
            fixed = _fix_article(out + before, replacement)
            out, before = fixed[: len(fixed) - len(before)], before
        else:
            before = _fix_article(before, replacement)
        out += before
        redactions.append(
            Redaction(
                category=d.category,
                recognizer=d.recognizer,
                score=d.score,
                action=action,
                start=d.start,
                end=d.end,
                out_start=len(out),
                out_end=len(out) + len(replacement),
                replacement=replacement,
            )
        )
        out += replacement + carry
        cursor = resume
    if not text[cursor:].strip() and redactions and not redactions[-1].replacement:
        out = out.rstrip(" ")  # the last sentence went: no space after the one before it
        redactions = [
            r if r.out_end <= len(out) else replace(r, out_start=min(r.out_start, len(out)), out_end=len(out))
            for r in redactions
        ]
    return RedactedText(text=out + text[cursor:], redactions=redactions)


def _joins_previous(text: str, cursor: int, decision: Decision, last: Redaction, policy: Policy) -> bool:
    """This redaction follows the last one under the same shared placeholder label (the
    attribute categories' "Personal"), with only a joining word between: "72 and retired",
    "married with two kids", "19, Mexican". People, places and schools keep their own numbers,
    and a clause boundary (", and") keeps two placeholders."""
    if decision.action != "redact" or last.action != "redact" or decision.detection.neutral is not None:
        return False
    mine, theirs = policy.rule(decision.detection.category), policy.rule(last.category)
    if mine.label is None or mine.label != theirs.label or last.end != cursor:
        return False
    return bool(_JOINING_GAP.fullmatch(text[cursor : decision.detection.start]))


# (also a bare "I" in a run-on: "during [Lent] I [fast]" reads as "during [Lent] [fast]" does;
# and nothing but spaces: "a [31-year-old] [Marine veteran]")
_JOINING_GAP = regex.compile(
    r"(?:\s*,\s*|\s+(?:and|with|&|or)\s+|\s+(?-i:I)\s+|[ \t]+)(?:(?:a|an|the)\s+)?", regex.IGNORECASE
)


def _tidy_removal(
    so_far: str, text: str, end: int, next_start: int, next_rewrite: bool = False
) -> tuple[str, int, str]:
    """Spaces, commas, capitals and articles around a removed span.

    Returns the output up to the removal, where to resume in ``text``, and text to emit right
    after the removal (a capitalised first letter). "organized, dyslexic, and fast" ->
    "organized, and fast"; "a dyslexic, careful nurse" -> "a careful nurse"; "Dyslexic people"
    -> "People"; "an epileptic nurse" -> "a nurse".
    """
    after = text[end:]
    word_after = regex.match(r"\s*([\p{L}\p{N}]+)", after)
    dangling = _DANGLING_BE.search(so_far)
    if dangling and (coordinated := _COORDINATED_COMPLEMENT.match(after)):
        end += coordinated.end()  # "I am [dyslexic] and fast" -> "I am fast"
    elif dangling and (
        _CLAUSE_AFTER.match(after)
        if _ARTICLE_END.search(so_far.rstrip(" "))  # "I'm an [autistic], careful groomer" stays
        else after.lstrip(" ")[:1] in (",", ".", ";", "!", "?", "")
        or (word_after and word_after.group(1).lower() in _CLAUSE_WORDS)
    ):  # "Full disclosure, I'm [in good health]." -> "Full disclosure."
        so_far = so_far[: dangling.start()]
    being = _BEING_BEFORE.search(so_far) if text[end : end + 1] == "," else None
    if being:  # "Honestly, being [autistic], dogs ..." -> "Honestly, dogs ..."
        so_far = so_far[: being.start()] + " "
    stripped = so_far.rstrip(" ")
    at_start = not stripped.strip() or stripped.endswith((".", "!", "?", "\n"))
    after = text[end:]
    if after.startswith(",") and (stripped.endswith(",") or _ARTICLE_END.search(stripped) or at_start):
        end += 1
        after = after[1:]
    if at_start:
        if after[:1] in (".", "!", "?"):  # a whole sentence went: its full stop too
            end += 1
            after = after[1:]
        spaces = len(after) - len(after.lstrip(" "))
        end += spaces
        after = after[spaces:]
        link = _LEADING_AND.match(after)
        if link and end + link.end() < next_start:  # "[I'm dyslexic] and I read" -> "I read"
            end += link.end()
            after = after[link.end() :]
        if after[:1].isalpha() and end < next_start:  # the next redaction capitalises itself
            return so_far if stripped.strip() else "", end + 1, after[0].upper()
        return so_far if stripped.strip() else "", end, ""
    if after[:1] in (" ", ",", ".", ";", ":", "!", "?", ""):
        so_far = stripped
    if after[:1] in (".", ";", "!", "?", ""):
        # "when I talk, [since I read lips]." -> "when I talk."
        so_far = so_far.rstrip(",").rstrip(" ")
        # "I'm careful, because [my parents are both Deaf]." -> "I'm careful."
        for _ in range(3):
            if not _DANGLING_LINK.search(so_far):
                break
            so_far = _DANGLING_LINK.sub("", so_far).rstrip(" ")
    next_word = regex.match(r"\s*([\p{L}\p{N}]+)", after)
    ends_clause = not next_word or next_word.group(1).lower() in _CLAUSE_WORDS
    if ends_clause and _ARTICLE_END.search(so_far.rstrip(" ")):
        # "I use a wheelchair and ..." -> "I use and ..." rather than "I use an and ..."
        so_far = _ARTICLE_END.sub("", so_far.rstrip(" ")).rstrip(" ")
    elif next_word and next_rewrite and end + next_word.start(1) >= next_start:
        pass  # the next word is itself rewritten ("a [big] [ol' boy]"): its rewrite fixes the article
    elif next_word:  # "an epileptic nurse" -> "a nurse"
        trail = so_far[len(so_far.rstrip(" ")) :]
        so_far = _fix_article(so_far.rstrip(" ") + " ", next_word.group(1))[:-1] + trail
    return so_far, end, ""


def _drop_being(before: str) -> str:
    """"being [Personal3] taught me" reads as "[Personal3] taught me" (the Army taught me)."""
    m = _BEING_BEFORE.search(before)
    return before[: m.start()] if m else before


def _drop_article(before: str, category: str = "") -> str:
    """"I'm a [FamilyStatus1]" and "I'm [FamilyStatus1]" read the same; dropping the article
    before a placeholder keeps two versions of a transcript identical when one said "a single
    dad" and the other "married", and the article would not agree with the hidden word anyway.
    Before the name of a place, school, group or faith community "the" goes too: one version
    says "the mosque", "the Society of Women Engineers", the other "St. Mary's", "Out in Tech"."""
    pattern = _THE_OR_ARTICLE_BEFORE if category in _NAMED_THINGS else _ARTICLE_BEFORE
    m = pattern.search(before)
    return before[: m.start()] if m else before


_ARTICLE_BEFORE = regex.compile(r"(?<=\s|^)(?:a|an)\s+$", regex.IGNORECASE)
_BEING_BEFORE = regex.compile(r"(?<=\s|^)being\s+$", regex.IGNORECASE)
# A link word left with nothing to link when the clause after it is removed before a full stop.
_DANGLING_LINK = regex.compile(
    r",?\s+(?:because|since|as|and|but|so|or|while|though|although|with|plus|on|in|at|for|from|by|of|to)$"
    r"|(?<=\s)(?:my|our|their|the|a|an)$",  # "great with my [NA meetings]." -> "great with."
    regex.IGNORECASE,
)
_THE_OR_ARTICLE_BEFORE = regex.compile(r"(?<=\s|^)(?:a|an|the)\s+$", regex.IGNORECASE)
_NAMED_THINGS = frozenset({
    "LOCATION", "SCHOOL", "AFFINITY_GROUP", "RELIGION", "VETERAN", "POLITICAL", "TRADE_UNION",
})
# Words after which a dangling "a"/"an" goes: conjunctions, prepositions and adverbs that
# cannot be what the article was for ("I use a wheelchair at work" -> "I use at work").
# "I'm" left with nothing after it once its complement is removed: it goes too, with a link
# word before it ("..., and I'm [on the spectrum], so ..." -> "..., so ...").
_DANGLING_BE = regex.compile(
    r"(?:(?<=[.!?,;:]\s*)|^)(?:\s*(?:and|but|so|plus|honestly|also|oh|well|um|uh|yeah)[,\s]+)*"
    r"(?:I['’]m|I\s+am|I\s+was|I['’]ve\s+been|we['’]re|we\s+are)"
    r"(?:\s+(?:also|not|really|very|pretty|just|currently|now|still|actually|totally))*(?:\s+(?:a|an))?\s*$",
    regex.IGNORECASE,
)
# "and"/"or" after a removed complement, with more complement after it, not a new clause.
_COORDINATED_COMPLEMENT = regex.compile(
    r",?\s+(?:and|or)(?=\s+(?!(?:I|we|my|our|they|he|she|it|you|that|this|so|then|also)\b)[\p{L}\p{N}])",
    regex.IGNORECASE,
)
# a clause ends after a removed "I'm a [...]": "I'm a [wheelchair user], so ..."
_CLAUSE_AFTER = regex.compile(
    r"\s*(?:[.;!?]|$|,\s*(?:and|or|but|so|plus|then|because|since|which)\b"
    r"|(?:and|but|so)\s+(?:I|we|my|our)\b)",
    regex.IGNORECASE,
)
_LEADING_AND = regex.compile(r"(?:and|plus)\s+(?=\p{L})", regex.IGNORECASE)
_CLAUSE_WORDS = {
    "and", "or", "but", "so", "since", "because", "which", "that", "though", "when", "at", "in",
    "on", "for", "to", "with", "from", "by", "sometimes", "now", "too", "also", "every", "all",
    "most", "mostly", "daily", "still", "again", "there", "here", "while", "if", "as",
}
_ARTICLE_END = regex.compile(r"\b(?:a|an|A|An)$")
def _replacement(text, decision, policy, numbering) -> tuple[str, str]:
    d = decision.detection
    surface = text[d.start : d.end]
    if decision.action == "remove":
        return "", "remove"
    if decision.action == "neutralize":
        neutral = d.neutral if d.neutral is not None else neutral_form(surface)
        if neutral is not None:
            return neutral, "neutralize"
    shared = policy.rule(d.category).label is not None
    alias = d.category == "PERSON" and SELF_ALIAS.search(text, max(0, d.start - 60), d.start) is not None
    n = numbering.number(
        policy.placeholder_group(d.category), d.category, surface, d.entity_key, shared, alias
    )
    return policy.render_placeholder(d.category, n), "redact"


def _fix_article(before: str, replacement: str) -> str:
    """"a engineer" -> "an engineer" and back, when a rewrite changes the next word's sound."""
    m = regex.search(r"\b(a|an|A|An)(\s+)$", before)
    if not m or not replacement or not replacement[0].isalpha():
        return before
    wants_an = replacement[0].lower() in "aeiou"
    article = m.group(1)
    fixed = ("an" if wants_an else "a") if article.islower() else ("An" if wants_an else "A")
    return before[: m.start(1)] + fixed + m.group(2)
