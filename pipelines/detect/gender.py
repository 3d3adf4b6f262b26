"""Gendered words and third-person pronouns, with the neutral form that can replace each.

Blanks would wreck the text ("[Gender1] said [Gender2] loved [Gender3] job"), so these
recognizers propose a neutral rewrite with every detection (``neutral`` in the recognition
metadata): waitress -> server, "she is" -> "they are", "her manager" -> "their manager". The
policy decides whether to use it (action ``neutralize``) or to redact. Word lists live in
``data/_neutral.yaml``.
"""

from __future__ import annotations

import functools

import regex
from presidio_analyzer import EntityRecognizer

from .lexicon import load_resource, not_entities
from .results import doc_text, finding

NEUTRAL_KEY = "neutral"
_PRONOUN_SUBJECT = {"she", "he"}
_PRONOUN_OTHER = {"him": "them", "hers": "theirs", "herself": "themselves", "himself": "themselves"}


@functools.lru_cache(maxsize=1)
def _titled_businesses() -> tuple[str, ...]:
    """Employers and tools whose name starts with a title ("Mister Car Wash", "Mr. Cooper")."""
    titles = ("mr ", "mr. ", "mrs ", "mrs. ", "ms ", "ms. ", "miss ", "mister ", "sir ", "madam ")
    return tuple(n for n in not_entities() if n.startswith(titles))


@functools.lru_cache(maxsize=1)
def neutral_terms() -> dict[str, str]:
    terms = {k.lower(): (v or "") for k, v in load_resource("neutral")["terms"].items()}
    plurals = {}
    for word, neutral in terms.items():
        if " " in word or not neutral or word.endswith("s") and word[:-1] in terms:
            continue
        plural = _plural(word)
        if plural not in terms:
            plurals[plural] = _plural(neutral)
    return {**plurals, **terms}


@functools.lru_cache(maxsize=1)
def verb_agreement() -> dict[str, str]:
    return {k.lower(): v for k, v in load_resource("neutral")["verbs"].items()}


def _plural(word: str) -> str:
    if word.endswith(("man", "woman")):
        return word[:-3] + "men"
    if word.endswith(("s", "sh", "ch", "x")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word == "person":
        return "people"
    return word + "s"


def match_case(source: str, replacement: str) -> str:
    if replacement and source[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


@functools.lru_cache(maxsize=1)
def in_context_terms() -> dict[str, str]:
    """The ``in_context`` words of data/_neutral.yaml: rewritten only where a GENDER pattern
    found them ("they call me the forklift [king]"), never by the word recognizer (the Burger
    King, a queen bed, a king stud)."""
    return {k.lower(): (v or "") for k, v in (load_resource("neutral").get("in_context") or {}).items()}


def neutral_form(text: str) -> str | None:
    """The neutral replacement for a gendered word or phrase, or None if there is none."""
    neutral = None
    for terms in (neutral_terms(), in_context_terms()):
        neutral = terms.get(" ".join(text.lower().split()))
        if neutral is None:  # an idiom written with hyphens ("right-hand man") is listed with spaces
            neutral = terms.get(" ".join(regex.split(r"[\s-]+", text.lower().strip())))
        if neutral is not None:
            break
    return None if neutral is None else match_case(text, neutral)


def _result(recognizer, start, end, score, neutral):
    return finding(recognizer, "GENDER", start, end, score, **{NEUTRAL_KEY: neutral})


# Set phrases where a gendered word says nothing about anyone's gender.
_FIXED_PHRASES = regex.compile(
    r"\b(?:mother\s+tongue|mother\s+nature|mother\s*board|mother\s+ship|mother\s+lode|"
    r"boys\s*(?:&|and)\s*girls\s+clubs?|big\s+brothers\s+big\s+sisters|brother\s+(?:printer|sewing)|"
    r"founding\s+fathers|man[\s-]hours?|middle\s*man|man\s+the\s+\w+|manned|unmanned|"
    r"sisters\s+of\s+(?:mercy|charity|st\.?\s+\w+)|grand\s*father\s+clock|grandfathered|"
    r"(?:cent(?:er|re)(?:ed)?|refereed|refereeing|ref(?:eree|ed|ing)?|reffed|officiat(?:e|ed|ing)|umpir(?:e|ed|ing)|coach(?:ed|ing)?)\s+(?:the\s+|a\s+|an\s+|our\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,2}?(?:u[\s-]?\d{1,2}|under[\s-]\d{1,2}|\d{1,2}u|varsity|jv|youth|middle\s+school|high\s+school|rec)\s+(?:girls|boys)['’]?(?=\s+(?:\w+\s+)?(?:final|finals|semifinal|team|teams|league|game|games|championship|tournament|match|matches|division|cup|bracket|squad))|"
    r"baba\s+gh?an+o?u(?:sh|j)|baba\s+ganoush|rum\s+baba|ali\s+baba|baba\s+yaga|babushka\s+dolls?)\b",
    regex.IGNORECASE,
)


@functools.lru_cache(maxsize=1)
def _set_phrases() -> regex.Pattern:
    """The ``set_phrases`` of data/_neutral.yaml: trade terms, programmes and family firms that
    contain a gendered word ("our sister store", "the five mother sauces", "Freshman
    Orientation", "miller and sons construction"), one pattern, case-insensitive unless a phrase
    says ``(?-i:...)``."""
    phrases = load_resource("neutral").get("set_phrases") or []
    if not phrases:
        return regex.compile(r"(?!)")
    return regex.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in phrases) + r")\b", regex.IGNORECASE)


_GROUP_WORDS = {
    "league", "team", "club", "group", "chorus", "choir", "circle", "retreat", "ministry",
    "fellowship", "bible", "shelter", "squad", "crew", "roster", "division", "soccer", "softball",
    "basketball", "rugby", "hockey", "volleyball", "lacrosse", "swim", "track", "auxiliary",
    "competition", "competitions", "championship", "championships", "tournament", "physique",
    "bodybuilding",
}


class GenderedTermRecognizer(EntityRecognizer):
    """Gendered nouns (woman, waitress, grandma) and titles (Mrs, Miss), one or two words."""

    def __init__(self):
        super().__init__(supported_entities=["GENDER"], name="GenderedTermRecognizer")
        self.kind = "sensitive"

    def load(self) -> None:
        neutral_terms()
        _set_phrases()

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        doc, terms, out, i = nlp_artifacts.tokens, neutral_terms(), [], 0
        fixed = [m.span() for m in _FIXED_PHRASES.finditer(text)]
        fixed += [m.span() for m in _set_phrases().finditer(text)]
        while i < len(doc):
            if any(s <= doc[i].idx < e for s, e in fixed):
                i += 1
                continue
            three = f"{doc[i].lower_} {doc[i + 1].lower_} {doc[i + 2].lower_}" if i + 2 < len(doc) else None
            if (
                three in terms
                and not any(s <= doc[i + 2].idx < e for s, e in fixed)
                # ("the only female employee" is the adjective, handled word by word below)
                and not (doc[i + 2].pos_ == "ADJ" and doc[i + 2].lower_ in ("female", "male"))
                and not _possessive_at(doc, i + 3)
            ):
                # "just a [good ol' boy] from the hills"
                span = doc[i : i + 3]
                out.append(_result(self, span.start_char, span.end_char, 0.9, match_case(span.text, terms[three])))
                i += 3
                continue
            two = f"{doc[i].lower_} {doc[i + 1].lower_}" if i + 1 < len(doc) else None
            if (
                two in terms
                and not (doc[i].lower_ == "the" and (_possessive_at(doc, i + 2) or _conjoined_at(doc, i + 2)))
                and not any(s <= doc[i + 1].idx < e for s, e in fixed)
            ):
                # "the girls" -> "the people", but not in "the girls' soccer team" nor in "the
                # boys and girls" (children, as each word alone says)
                span = doc[i : i + 2]
                out.append(_result(self, span.start_char, span.end_char, 0.9, match_case(span.text, terms[two])))
                i += 2
                continue
            tok = doc[i]
            word = tok.lower_.rstrip(".")
            membership = self._gendered_membership(doc, i)
            if membership is not None:
                out.append(membership)
                i += 2
                continue
            if self._is_named_thing(doc, i):
                i += 1
                continue
            if word in terms and self._is_noun_use(tok, terms[word]):
                neutral = "" if tok.pos_ == "ADJ" and word in ("female", "male") else terms[word]
                end = tok.idx + len(tok.text)
                if not neutral and i + 1 < len(doc) and doc[i + 1].text == ".":
                    end += 1  # "Mrs." goes with its dot
                out.append(_result(self, tok.idx, end, 0.9, match_case(tok.text, neutral)))
            i += 1
        return out

    def _gendered_membership(self, doc, i):
        """"I play in a women's softball league": the speaker's own group tells their gender.
        The possessive is removed ("a softball league"), so both versions read the same."""
        if doc[i].lower_ not in ("men", "women", "ladies", "boys", "girls", "mens", "womens"):
            return None
        window = [t.lower_ for t in doc[i + 1 : i + 5]]
        if not window or window[0] not in ("'s", "’s", "'", "’"):
            return None
        if not any(w in _GROUP_WORDS for w in window[1:]):
            return None
        span = doc[i : i + 2]
        return _result(self, span.start_char, span.end_char, 0.9, "")

    @staticmethod
    def _is_named_thing(doc, i) -> bool:
        """"Mother's Day", "men's fades", "women's shelter": a holiday or a market, not a person."""
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is None or nxt.lower_ not in ("'s", "’s", "'", "’"):
            return False
        after = doc[i + 2] if i + 2 < len(doc) else None
        if doc[i].lower_ in ("men", "women", "ladies", "boys", "girls", "gentlemen"):
            return True
        if after is not None and after.lower_ == "day" and after.text[:1].isupper():
            return True
        # a business named for a relative: "a server at Abuela's Cocina", "Nonna's Kitchen",
        # "Lola's Bakeshop"; "my Abuela's recipes" and "Grandma's kitchen" are a person's
        before = doc[i - 1].lower_ if i > 0 else ""
        return (
            doc[i].text[:1].isupper() and not doc[i].is_sent_start
            and before not in ("my", "our", "his", "her", "their", "your")
            and after is not None and after.is_alpha and after.text[:1].isupper()
        )

    @staticmethod
    def _is_noun_use(tok, neutral: str) -> bool:
        if not neutral:  # titles: only before a capitalised word ("Miss Glo"), or "sir"/"ma'am"
            if tok.pos_ in ("VERB", "AUX") and not _named_as(tok):
                return False  # "I never miss Friday prayers" (but "they call me miss Maureen")
            nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
            while nxt is not None and nxt.text == ".":
                nxt = nxt.nbor(1) if nxt.i + 1 < len(tok.doc) else None
            if tok.lower_ in ("sir", "ma'am", "madam"):
                return True
            # a title before a name ("Miss Glo", "Mr. Okafor"), not a business ("Mister Car Wash")
            if not (nxt and nxt.text[:1].isupper()):
                return False
            following = doc_text(tok.doc)[tok.idx : tok.idx + 40].lower()
            return not any(following.startswith(name) for name in _titled_businesses())
        return tok.pos_ in ("NOUN", "PROPN", "ADJ") or tok.tag_ in ("NN", "NNS", "NNP")


def _possessive_at(doc, i) -> bool:
    return i < len(doc) and doc[i].lower_ in ("'s", "’s", "'", "’")


def _conjoined_at(doc, i) -> bool:
    return i < len(doc) and doc[i].lower_ in ("and", "&", "or")


_NAMED_AS = regex.compile(
    r"(?:\bcall(?:s|ed|ing)?\s+me|\bknown\s+as|\bgo\s+by|\bgoes\s+by|\brefer\s+to\s+me\s+as|"
    r"\bi['’]m|\bim|\bi\s+am|\bit['’]s|\bthis\s+is)\s+(?:like\s+)?$",
    regex.IGNORECASE,
)


def _named_as(tok) -> bool:
    """The title is how the speaker is called ("they call me miss maureen", "I'm mister dave")."""
    before = doc_text(tok.doc)[max(0, tok.idx - 40) : tok.idx]
    return _NAMED_AS.search(before) is not None


class PronounRecognizer(EntityRecognizer):
    """he/she/him/her/his/hers/himself/herself, with verb agreement for subjects."""

    def __init__(self):
        super().__init__(supported_entities=["GENDER"], name="PronounRecognizer")
        self.kind = "sensitive"

    def load(self) -> None:
        verb_agreement()

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        out = []
        for tok in nlp_artifacts.tokens:
            low = tok.lower_
            if tok.i > 0 and tok.nbor(-1).text == "/" or tok.i + 1 < len(tok.doc) and tok.nbor(1).text == "/":
                continue  # "she/her" pronoun declarations belong to the declaration recognizer
            if low in _PRONOUN_SUBJECT:
                start, end, neutral = self._subject(tok)
            elif low in ("her", "his"):  # possessive, or the object/standalone form
                start, end = tok.idx, tok.idx + len(tok.text)
                possessive = tok.tag_ == "PRP$" or tok.dep_ == "poss"
                neutral = "their" if possessive else ("them" if low == "her" else "theirs")
            elif low in _PRONOUN_OTHER:
                start, end, neutral = tok.idx, tok.idx + len(tok.text), _PRONOUN_OTHER[low]
            else:
                continue
            out.append(_result(self, start, end, 0.9, match_case(tok.text, neutral)))
            if low in _PRONOUN_SUBJECT:
                out += self._conjoined_verbs(tok, end)
        return out

    @staticmethod
    def _subject(tok):
        """"she is" -> "they are"; "he works" -> "they work"; "she now lives" -> "they now
        live": the verb (and up to two adverbs before it) joins the span."""
        start, end = tok.idx, tok.idx + len(tok.text)
        doc = tok.doc
        nxt = tok.nbor(1) if tok.i + 1 < len(doc) else None
        if nxt is None:
            return start, end, "they"
        if nxt.lower_ == "'s" or nxt.lower_ == "’s":
            # she's working -> they're; she's worked -> they've
            after = nxt.nbor(1) if nxt.i + 1 < len(doc) else None
            verb = "'ve" if after is not None and after.tag_ == "VBN" else "'re"
            return start, nxt.idx + len(nxt.text), "they" + verb
        k = nxt.i
        while k < min(len(doc), nxt.i + 2) and _is_adverb(doc[k]) and k + 1 < len(doc):
            k += 1
        verb = doc[k]
        base = _base_form(verb)
        if base is None:
            return start, end, "they"
        return start, verb.idx + len(verb.text), "they" + doc_text(doc)[end : verb.idx] + base

    def _conjoined_verbs(self, tok, after: int) -> list:
        """"she opens for X and has appeared on Y": the verbs that share the pronoun as subject
        agree with "they" too ("and have appeared")."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i < tok.i:
            return []
        out = []
        for verb in tok.head.conjuncts:
            if verb.i < tok.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
                continue
            finite = verb if verb.tag_ == "VBZ" else next(
                (c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ == "VBZ"), None
            )
            base = _base_form(finite) if finite is not None else None
            if base is None or finite.idx < after:
                continue
            out.append(_result(self, finite.idx, finite.idx + len(finite.text), 0.9, match_case(finite.text, base)))
        return out


_ADVERB_STOP = {"not", "n't", "never", "so", "then", "there", "here", "too"}


def _is_adverb(tok) -> bool:
    return tok.tag_ == "RB" and tok.lower_ not in _ADVERB_STOP


def _base_form(verb) -> str | None:
    """The form a present-tense verb takes after "they": is -> are, has -> have, hopes -> hope,
    teaches -> teach, carries -> carry. None for anything else (past tense, modals)."""
    low = verb.lower_
    agree = verb_agreement()
    if low in agree:
        return agree[low]
    if verb.tag_ != "VBZ" or not low.isalpha() or len(low) < 3 or not low.endswith("s"):
        return None
    lemma = verb.lemma_.lower()
    if low == lemma + "s" or low == lemma[:-1] + "ies" and lemma.endswith("y"):
        return lemma
    if low == lemma + "es" and lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma  # focuses -> focus, goes -> go; but hopes -> hope, not "hop"
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        return low[:-2]
    return None if low.endswith("ss") else low[:-1]
