"""Case for uncased transcripts, so names, places and schools look like names again.

Some speech recognizers (and auto-captions) write everything in lower case: "hi i'm remedios
dizon, i grew up in san antonio and went to roosevelt high school". spaCy's entity model and our
recognizers lean on capital letters, so on such text they miss most names. When a transcript is
uncased, detection runs on a *truecased copy of the same length*: only the case of letters
changes, so every offset found in the copy is an offset in the original, and the output keeps the
original's spelling.

What gets a capital, from general resources only (the name and place gazetteers of
``names.py`` and ``places.py``, word frequencies, the shared name cues):
- the pronoun "i" and its contractions, and the first word of each sentence;
- gazetteer places of several words ("san antonio"), single-word places that are rare as
  ordinary words ("guatemala"), and any listed place after a location phrase ("moved here from
  mobile");
- given names and surnames that are rare as ordinary words ("remedios dizon"), any listed name or
  rare word right after a name cue ("my name is grace", "call me bee"), and a listed surname right
  after a capitalised given name;
- the words before "high school", "college", "university", ... and after "university of"
  ("roosevelt high school", "university of houston").
Such text also drops apostrophes ("im", "dont", "shes"); ``read_uncased`` restores those that
cannot be ordinary words and keeps an index from the copy back to the original.
Cased text is left alone: ``needs_truecasing`` is false for it, and detection sees the input.
"""

from __future__ import annotations

import functools

import regex

from .lexicon import keep_terms, not_entities
from .names import INTRO_LEAD
from .names import ROLE_AFTER as _ROLE_AFTER
from .names import ROLE_CUE as _ROLE_CUE
from .names import fold_accents, given_names, is_name_like, name_cue_regex, surnames, word_zipf
from .places import has_location_cue, place_names

_WORD = regex.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SENTENCE_END = regex.compile(r"[.!?]\s*$")
_I_FORMS = {"i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "im", "ive"}
#: Name cues as uncased speech writes them, besides the shared list ("im dorian").
_EXTRA_CUES = ("im", "its", "calls me", "call me", "everybody calls me", "they call me", "goes by")
#: A school named after these ("a sophomore at howard", "graduated from spelman").
_SCHOOL_CUE = regex.compile(
    r"\b(?:graduated\s+from|graduate\s+of|went\s+to|go\s+to|attend(?:ed|ing)?|studied\s+at|"
    r"(?:freshman|sophomore|junior|senior|student|students|alum|alumni|alumna|degree|diploma)\s+"
    r"(?:at|from|of))\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
_VERB_SLOT = regex.compile(r"\b(?:i|we|you|they|to|can|will|also|i\s+also|and\s+i)\s+$", regex.IGNORECASE)
#: "at" or "for" before a place that begins a workplace's name ("worked at boston market",
#: "drove for dallas area rapid transit"); the name's other words must follow (_mark_workplace).
_WORKPLACE_BEFORE = regex.compile(r"\b(?:at|for)\s+(?:the\s+)?$", regex.IGNORECASE)
_ARTICLE_SLOT = regex.compile(r"\b(?:a|an)\s+$", regex.IGNORECASE)
#: "to" before a person, not a verb: "reach out to shaniqua", "shout out to jamal", "talk to bethany".
_TO_PERSON = regex.compile(
    r"\b(?:out|talk|talked|speak|spoke|shout|shoutout|thanks|thank|married|engaged|report|reported|reports|"
    r"introduced|next|close|listen|listened|send|sent|give|gave|props|credit|shoutouts|say\s+hi)\s+to\s+$",
    regex.IGNORECASE,
)
#: Abbreviations that gazetteer places spell out ("st cloud" is "St. Cloud" or "Saint Cloud").
_PLACE_ABBREVIATIONS = {"st": ("st.", "saint"), "ft": ("ft.", "fort"), "mt": ("mt.", "mount")}

#: A word this common in English (Zipf) is never capitalised as a name without a cue ...
RARE_NAME_ZIPF = 3.0
#: ... nor as a place without a location phrase (the place recognizer still asks ambiguous
#: places for a cue: "turkey" capitalised is not yet a place).
RARE_PLACE_ZIPF = 4.5
#: After a cue, a word this common is still an ordinary word ("i'm really", "from there").
CUED_MAX_ZIPF = 5.0

_SCHOOL_HEADS = (
    ("community", "college"), ("technical", "college"), ("high", "school"), ("middle", "school"),
    ("elementary", "school"), ("state", "university"), ("university",), ("college",),
    ("institute",), ("academy",), ("polytechnic",), ("seminary",), ("conservatory",), ("state",),
    ("high",),
)
#: A school word after a school's name ("went to texas tech", "at southeast tech").
_SCHOOL_TAILS = frozenset("tech state university college academy institute high".split())
#: Holy days with a capital in cased text; "lent" and "advent" only after "during", "for", ...
_HOLY_DAYS = frozenset(
    "ramadan diwali easter christmas eid hanukkah chanukah passover kwanzaa navratri vesak "
    "purim sukkot shavuot vaisakhi baisakhi holi pentecost epiphany".split()
)
_SEASON_CUE = regex.compile(r"\b(?:during|for|of|before|after|through|observe|observing|keep)\s+$", regex.I)
#: Words after a school cue that are not a school's name ("went to college").
_GENERIC_SCHOOL_WORDS = frozenset(
    "college university school high community class classes grad graduate trade tech online "
    "nursing law medical beauty culinary art bible".split()
)
#: Words before a school word that describe it rather than name it ("my old high school").
_NOT_SCHOOL_NAME = frozenset(
    "local public private online night summer small big old new same nearby good bad regular "
    "community technical trade vocational junior senior catholic christian charter magnet "
    "four two year year's years".split()
)


@functools.lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | {"um", "uh", "like", "yeah", "okay", "ok", "so", "and"}


@functools.lru_cache(maxsize=1)
def _longest_place() -> int:
    return max(len(p.split()) for p in place_names())


def needs_truecasing(text: str) -> bool:
    """True when the text has (next to) no capital letters: fewer than 1 in 200 letters."""
    letters = sum(c.isalpha() for c in text)
    if letters < 40:
        return False
    return sum(c.isupper() for c in text) * 200 < letters


#: Contractions uncased speech writes without the apostrophe; restored in the reading copy so
#: the recognizers' phrases ("I'm sixty-one", "she's my daughter") match. Only words that are
#: not also ordinary words ("its", "were", "ill", "wont" are left as they are).
_CONTRACTIONS = {
    w.replace("'", ""): w
    for w in (
        "i'm i've don't can't didn't doesn't isn't wasn't aren't weren't haven't hasn't hadn't "
        "couldn't wouldn't shouldn't that's what's there's here's who's you're they're we've "
        "you've they've he's she's it'll that'll y'all"
    ).split()
}


def read_uncased(text: str) -> tuple[str, list[int]]:
    """The copy detection reads for an uncased ``text``: truecased, contractions restored.
    ``index[i]`` is the offset in ``text`` of the copy's character ``i`` (one more entry, for the
    end), so a span ``(s, e)`` of the copy is ``(index[s], index[e - 1] + 1)`` of ``text``."""
    cased = truecase(text)
    out: list[str] = []
    index: list[int] = []
    last = 0
    for m in _WORD.finditer(cased):
        full = _CONTRACTIONS.get(m.group().lower())
        if full is None:
            continue
        out.append(cased[last : m.start()])
        index.extend(range(last, m.start()))
        apostrophe = full.index("'")
        word = m.group()
        out.append(word[:apostrophe] + "'" + word[apostrophe:])
        index.extend(range(m.start(), m.start() + apostrophe))
        index.append(m.start() + apostrophe)  # the apostrophe belongs to the next letter
        index.extend(range(m.start() + apostrophe, m.end()))
        last = m.end()
    out.append(cased[last:])
    index.extend(range(last, len(cased)))
    index.append(len(cased))
    return "".join(out), index


def truecase(text: str) -> str:
    """A copy of ``text`` with capitals where names, places and schools are; same length."""
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    capital = [False] * len(words)
    stop = _stop_words()

    def before(k: int) -> str:
        return text[max(0, words[k][0] - 40) : words[k][0]]

    for k, (start, _, low) in enumerate(words):
        if low in _I_FORMS:
            capital[k] = True
        elif k == 0 or _SENTENCE_END.search(text[max(0, start - 3) : start]):
            capital[k] = True

    for k, (start, _, low) in enumerate(words):
        if low in _HOLY_DAYS or low in ("lent", "advent") and _SEASON_CUE.search(before(k)):
            capital[k] = True
    _mark_places(text, words, capital, stop, before)
    _mark_names(text, words, capital, stop, before)
    spelled = _mark_known_names(words, capital)
    _mark_schools(text, words, capital, stop)

    chars = list(text)
    for k, (start, end, low) in enumerate(words):
        if k in spelled:
            chars[start:end] = spelled[k]
        elif capital[k]:
            if low in _I_FORMS:
                chars[start] = "I"
            else:
                chars[start] = chars[start].upper()
    result = "".join(chars)
    return result if len(result) == len(text) else text  # a case change that changes length


def _mark_places(text, words, capital, stop, before) -> None:
    longest, places = _longest_place(), place_names()
    k = 0
    while k < len(words):
        for n in range(min(longest, len(words) - k), 0, -1):
            span = words[k : k + n]
            if any(words[j + 1][0] - words[j][1] > 2 for j in range(k, k + n - 1)):
                continue  # "san, antonio" is not a place
            surface = " ".join(w[2] for w in span)
            if n > 1 and span[0][2] in _PLACE_ABBREVIATIONS:
                rest = surface.split(" ", 1)[1]
                if any(f"{long} {rest}" in places for long in _PLACE_ABBREVIATIONS[span[0][2]]):
                    surface = f"{_PLACE_ABBREVIATIONS[span[0][2]][0]} {rest}"
            if surface not in places or span[0][2] in stop:
                continue
            cued = has_location_cue(text, span[0][0])
            if n == 1 and not cued and _VERB_SLOT.search(before(k)):
                continue  # "and i weld" (Weld County): a verb
            if _WORKPLACE_BEFORE.search(before(k)) and _mark_workplace(words, capital, stop, k, n):
                k += n
                break
            if n == 1 and _ARTICLE_SLOT.search(before(k)) and not (
                k + 1 < len(words) and words[k + 1][2] in _PEOPLE_WORDS
            ):
                continue  # "a teller", "a baker", "a barber" (Teller County): a noun, a job
            if n > 1 or cued and word_zipf(surface) < CUED_MAX_ZIPF or (
                word_zipf(surface) < RARE_PLACE_ZIPF and not _hyphenated(text, span[0])
            ):
                for j in range(k, k + n):
                    if words[j][2] not in ("of", "de", "del", "la"):
                        capital[j] = True
                if k + n < len(words) and words[k + n][2] in _STREET_WORDS:
                    capital[k + n] = True  # "right off mesa drive": a street named after a place
                k += n
                break
        else:
            if has_location_cue(text, words[k][0]):
                k = _mark_street(words, capital, stop, k)
                k = _mark_unknown_place(words, capital, stop, k)
            k += 1


def _mark_workplace(words, capital, stop, k: int, n: int) -> bool:
    """"worked at boston market", "a transporter at orlando health": a place that begins a
    workplace's name after a work phrase; the whole name gets capitals, so the employer
    recognizers read it as one name. False when no word of a name follows the place."""
    j = k + n
    while j < len(words) and j < k + n + 2 and words[j][2] not in stop and (
        words[j][0] - words[j - 1][1] == 1 and word_zipf(words[j][2]) < 5.5
        and not words[j][2].endswith(("ing", "ed", "ly"))  # "at howard studying engineering"
    ):
        j += 1
    if j == k + n:
        return False
    for i in range(k, j):
        if words[i][2] not in ("of", "de", "del", "la"):
            capital[i] = True
    return True


#: Words for someone from a place: "a queens girl", "a philly kid", "a lagos boy".
_PEOPLE_WORDS = frozenset("kid girl boy guy gal native local transplant lady man woman dude".split())

_STREET_WORDS = frozenset(
    "street avenue boulevard road drive lane parkway highway pike turnpike expressway".split()
)


def _mark_street(words, capital, stop, k: int) -> int:
    """"i live on maple street", "right off mesa drive": one or two words and a street word after
    a location phrase (places.py takes a capitalised street wherever it is)."""
    for n in (1, 2):
        j = k + n
        if j < len(words) and words[j][2] in _STREET_WORDS and not any(w[2] in stop for w in words[k:j]):
            for i in range(k, j + 1):
                capital[i] = True
            return j
    return k


def _mark_unknown_place(words, capital, stop, k: int) -> int:
    """After a location phrase, rare words are a place the gazetteer lacks ("i live in midwood",
    "we moved to east ellum"); the place recognizer takes a capitalised run there. Returns the
    last word marked (or ``k - 1``)."""
    j = k
    while j < len(words) and j - k < 3 and words[j][2] not in stop and (
        word_zipf(words[j][2]) < 3.5 or j > k and word_zipf(words[j][2]) < 5.0 and capital[j - 1]
    ):
        capital[j] = True
        j += 1
    return j - 1 if j > k else k


def _hyphenated(text: str, word: tuple[int, int, str]) -> bool:
    """A part of a hyphenated word ("chick-fil-a", "seventh-day")."""
    start, end, _ = word
    return text[start - 1 : start] in ("-", "‐") or text[end : end + 1] in ("-", "‐")


def _mark_names(text, words, capital, stop, before) -> None:
    cue_re, given, family = name_cue_regex(_EXTRA_CUES), given_names(), surnames()
    places = place_names()
    named = [False] * len(words)
    for k, (_, _, low) in enumerate(words):
        if low in stop or low in _I_FORMS:
            continue
        if _hyphenated(text, words[k]) and not _name_compound(text, words, k, given, family):
            continue
        folded = fold_accents(low)
        listed = folded in given or folded in family
        zipf = word_zipf(low)
        if _VERB_SLOT.search(before(k)) and not (
            folded in given and zipf < 2.5 or _TO_PERSON.search(before(k)) and listed
        ):
            continue  # "and i weld", "we stock": a verb, whatever the name lists say
        if folded in given and zipf < RARE_NAME_ZIPF:
            named[k] = True  # a surname alone may be a verb or a trade ("weld", "stocker")
        elif cue_re.search(before(k)) and (listed or zipf < 3.5) and zipf < CUED_MAX_ZIPF:
            named[k] = True
        elif _ROLE_CUE.search(before(k)) and (listed and zipf < 4.5 or zipf < 2.5):
            named[k] = True  # "my crew lead tavita", "my auntie wanjiru"
        elif k > 0 and (named[k - 1] or capital[k - 1] and fold_accents(words[k - 1][2]) in given and words[k - 1][2] not in places) and (
            words[k][0] - words[k - 1][1] == 1
        ) and (folded in family and zipf < CUED_MAX_ZIPF or zipf < 2.5):
            named[k] = True  # "maria lopez", "abdirahman warsame" after a name
        elif (folded in given and zipf < 4.5 or zipf < 2.5) and _ROLE_AFTER.match(text, words[k][1]):
            named[k] = True  # "eleanor, my supervisor at kroger, ..."
        elif k > 1 and named[k - 2] and words[k - 1][2] in ("and", "or") and folded in given and zipf < 4.5:
            named[k] = True  # "jorge castillo and amanda pierce"
        elif k > 0 and named[k - 1] and text[words[k - 1][1] : words[k][0]] == ", " and folded in given and zipf < 4.5:
            named[k] = True  # "zeynep, carla and i ran the shift"
        capital[k] = capital[k] or named[k]
    # "ifeoma chukwu here, applying for ...": the words that open the transcript before "here"
    for k in range(min(len(words), 8)):
        if words[k][2] == "here" and 0 < k and INTRO_LEAD.fullmatch(text[: words[max(0, k - 2)][0]]):
            lead = [j for j in range(max(0, k - 2), k) if words[j][2] not in stop and word_zipf(words[j][2]) < 3.5]
            if lead and lead[-1] == k - 1 and INTRO_LEAD.fullmatch(text[: words[lead[0]][0]]):
                for j in lead:
                    capital[j] = True
                    named[j] = True
            break
    # a name said once is a name wherever it is said again ("i'm mateo, mateo silva")
    seen = {words[k][2] for k in range(len(words)) if named[k] and word_zipf(words[k][2]) < 4.5}
    for k, (_, _, low) in enumerate(words):
        if low in seen and not capital[k] and not _VERB_SLOT.search(before(k)):
            capital[k] = True
            nxt = k + 1
            if nxt < len(words) and words[nxt][0] - words[k][1] == 1 and fold_accents(words[nxt][2]) in family and (
                word_zipf(words[nxt][2]) < CUED_MAX_ZIPF and words[nxt][2] not in stop
            ):
                capital[nxt] = True


def _name_compound(text, words, k: int, given, family) -> bool:
    """A hyphenated name ("hyun-woo", "alvarez-ruiz"): every part of the hyphenated word is a
    listed name ("chick-fil-a", "seventh-day" are not)."""
    j = k
    while j > 0 and text[words[j][0] - 1 : words[j][0]] in ("-", "‐") and words[j - 1][1] == words[j][0] - 1:
        j -= 1
    parts = [words[j][2]]
    while j + 1 < len(words) and text[words[j][1] : words[j][1] + 1] in ("-", "‐") and words[j + 1][0] == words[j][1] + 1:
        j += 1
        parts.append(words[j][2])
    return len(parts) > 1 and all(
        len(p) > 1 and (fold_accents(p) in given or fold_accents(p) in family) for p in parts
    )


def _mark_known_names(words, capital) -> dict[int, str]:
    """Employers and tools of the keep lists, so the entity model reads "Texas Roadhouse" as
    one name rather than a state and a word ("texas roadhouse"). A name listed with its capitals
    is spelled as listed ("two men and a truck" -> "Two Men and a Truck", "da vinci robot" ->
    "da Vinci robot", "man lift" stays), so the case-sensitive lists find it: the words so spelled
    are returned by position. A name of _name_cues.yaml's shared list (all lower case there) gets a
    capital on every word."""
    known, longest = _known_names()
    lows = [w[2] for w in words]
    spelled: dict[int, str] = {}
    k = 0
    while k < len(words):
        for n in range(min(longest, len(words) - k), 1, -1):
            key = " ".join(lows[k : k + n])
            if key in known:
                listed = known[key]
                for j in range(k, k + n):
                    if listed is not None and len(listed[j - k]) == words[j][1] - words[j][0]:
                        spelled[j] = listed[j - k]
                        capital[j] = listed[j - k][:1].isupper()
                    else:
                        capital[j] = True
                k += n
                break
        else:
            k += 1
    return spelled


@functools.lru_cache(maxsize=1)
def _known_names() -> tuple[dict[str, tuple[str, ...] | None], int]:
    """Multi-word employer and tool names, as the word regex splits them, each with its words as
    listed in a keep list (the variant with the most capitals when a name is listed more than
    once), or None for a name only _name_cues.yaml lists."""
    found: dict[str, tuple[str, ...] | None] = {}
    for name in sorted(not_entities()):
        words = [m.group().lower() for m in _WORD.finditer(name)]
        if len(words) > 1 and " ".join(words) == " ".join(name.lower().split()):
            found[" ".join(words)] = None
    for name in sorted(keep_terms()):
        words = tuple(m.group() for m in _WORD.finditer(name.replace("’", "'")))
        key = " ".join(w.lower() for w in words)
        if key not in found:
            continue
        current = found[key]
        if current is None or sum(map(str.isupper, "".join(words))) > sum(map(str.isupper, "".join(current))):
            found[key] = words
    return found, max((len(f.split()) for f in found), default=1)


def _could_name_school(low: str, stop: frozenset[str]) -> bool:
    """"roosevelt", "frankford", "santa monica"; not "my", "local", "really"."""
    if low in stop or low in _NOT_SCHOOL_NAME:
        return False
    return word_zipf(low) < 5.5 or is_name_like(low) or low in place_names()


def _mark_schools(text, words, capital, stop) -> None:
    lows = [w[2] for w in words]
    for k in range(len(words)):
        if _SCHOOL_CUE.search(text[max(0, words[k][0] - 40) : words[k][0]]):
            j = k
            while j < len(words) and j - k < 3 and lows[j] not in _GENERIC_SCHOOL_WORDS and (
                _could_name_school(lows[j], stop)
                and (word_zipf(lows[j]) < 3.5 or is_name_like(lows[j]) or lows[j] in place_names())
            ):
                capital[j] = True
                j += 1
            if j > k and j < len(words) and lows[j] in _SCHOOL_TAILS:  # "texas tech", "ohio state"
                capital[j] = True
    for k in range(len(words)):
        for head in _SCHOOL_HEADS:
            if tuple(lows[k : k + len(head)]) != head:
                continue
            named = 0
            j = k - 1
            while j >= 0 and k - j <= 4 and _could_name_school(lows[j], stop):
                named += 1
                j -= 1
            after_of = (
                head in (("university",), ("college",), ("institute",), ("academy",))
                and k + len(head) < len(words)
                and lows[k + len(head)] == "of"
            )
            if not named and not after_of:
                continue
            for i in range(k - named, k + len(head)):
                capital[i] = True
            if after_of:
                i = k + len(head) + 1
                while i < len(words) and i <= k + len(head) + 3 and lows[i] not in stop:
                    capital[i] = True
                    i += 1
            break
