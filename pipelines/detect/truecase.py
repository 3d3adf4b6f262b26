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
  ("roosevelt high school", "university of houston");
- what a writer capitalises besides (word lists in ``_truecase.yaml``): nationalities, peoples
  and languages ("i speak ukrainian and russian"), party members and eponymous conditions,
  acronyms ("ptsd", "the dfl"; "ms", "na", "va" only in their context), a workplace ending in a
  business word or named "city of ..." after a work phrase ("rosa's bakery"), a brand before its
  equipment ("a milwaukee impact"), a saint's name after "st", a place of worship before or after
  its kind ("the sri venkateswara temple", "gurdwara sahib"), neighbourhoods named by a prefix or a
  head word after a location phrase ("little haiti", "third ward"), rare keep-list names spelled as
  listed ("juki", "servsafe"). Everyday words that also name towns ("reunion", "teller", "rye")
  and credentials after "i'm" ("i'm servsafe certified") keep their lower case.
Such text also drops apostrophes ("im", "dont", "shes"); ``read_uncased`` restores those that
cannot be ordinary words and keeps an index from the copy back to the original.
Cased text is left alone: ``needs_truecasing`` is false for it, and detection sees the input.
"""

from __future__ import annotations

import functools

import regex

from .lexicon import keep_terms, load_resource, not_entities
from .names import INTRO_CUE, INTRO_LEAD
from .names import ROLE_AFTER as _ROLE_AFTER
from .names import ROLE_CUE as _ROLE_CUE
from .names import fold_accents, given_names, is_name_like, name_cue_regex, surnames, word_zipf
from .places import NICKNAMES, has_location_cue, major_cities, place_names, regions, written_places

_WORD = regex.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SENTENCE_END = regex.compile(r"[.!?][\"”')\]]*\s+$")
_I_FORMS = {"i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "im", "ive"}
#: Name cues as uncased speech writes them, besides the shared list ("im dorian").
_EXTRA_CUES = (
    "im", "its", "calls me", "call me", "everybody calls me", "they call me", "goes by",
    # titles, which uncased speech writes without the full stop: "my old foreman mr castellanos"
    "mr", "mrs", "ms", "mx", "miss", "dr", "coach", "pastor", "deacon", "reverend", "rev", "officer",
    "sergeant", "sgt", "captain", "capt", "professor", "prof", "sister", "brother", "father",
)
#: A school named after these ("a sophomore at howard", "graduated from spelman").
_SCHOOL_CUE = regex.compile(
    r"\b(?:graduated\s+from|graduate\s+of|went\s+to|go\s+to|goes\s+to|attend(?:ed|ing)?|studied\s+at|"
    r"transferred\s+to|finished\s+at|"
    r"(?:freshman|sophomore|junior|senior|student|students|alum|alumni|alumna|degree|diploma)\s+"
    r"(?:at|from|of)|"
    # "classes at ...", "studied applied mathematics at ...", "played club hockey at ..."
    r"(?:classes|courses|coursework|prerequisites|prereqs|credits|semesters?|enrolled|certificate|gi\s+bill)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:at|through|from)|"
    r"(?:studied|studying|majored|majoring|played)\s+(?:[\w-]+\s+){0,3}?(?:at|for|from))\s+(?:the\s+)?$",
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
    r"introduced|next|close|listen|listened|send|sent|give|gave|props|credit|shoutouts|say\s+hi|"
    r"(?:give|gave|leave|left|hand|handed|pass|passed|bring|brought|send|sent)\s+(?:it|that|them|this))\s+to\s+$",
    regex.IGNORECASE,
)
#: Abbreviations that gazetteer places spell out ("st cloud" is "St. Cloud" or "Saint Cloud").
_PLACE_ABBREVIATIONS = {"st": ("st.", "saint"), "ft": ("ft.", "fort"), "mt": ("mt.", "mount")}

#: A word this common in English (Zipf) is never capitalised as a name without a cue ...
RARE_NAME_ZIPF = 3.0
#: ... nor as a place without a location phrase (the place recognizer still asks ambiguous
#: places for a cue: "turkey" capitalised is not yet a place), unless it is a country, a state,
#: a continent or a large city and no more common than this ("texas", "canada", "milwaukee") ...
MAX_REGION_ZIPF = 5.2
#: ... or a town rarer than this ("chillicothe", "spokane", "woodland"; not "teller", "tire", "hub").
RARE_WRITTEN_PLACE_ZIPF = 4.0
#: After a cue, a word this common is still an ordinary word ("i'm really", "from there").
CUED_MAX_ZIPF = 5.0
#: A one-word tool or employer of the keep lists rarer than this is spelled as listed.
RARE_KEEP_ZIPF = 3.0

_SCHOOL_HEADS = (
    ("community", "college"), ("technical", "college"), ("high", "school"), ("middle", "school"),
    ("elementary", "school"), ("state", "university"), ("university",), ("college",),
    ("institute",), ("academy",), ("polytechnic",), ("seminary",), ("conservatory",), ("state",),
    ("high",), ("elementary",), ("tech",),
)
#: A school word after a school's name ("went to texas tech", "at southeast tech").
_SCHOOL_TAILS = frozenset("tech state university college academy institute high".split())
#: "northern illinois", "southern miss", "east carolina": a school named by a region of a state.
_DIRECTIONS = frozenset(
    "northern southern eastern western central north south east west northeast northwest southeast southwest".split()
)
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
#: Words of a school's kind inside its name after the name proper ("ozarks technical community
#: college", "houston community college"), never its first word.
_SCHOOL_KINDS = frozenset("technical community state junior vocational career polytechnic".split())
#: Words before a school word that describe it rather than name it ("my old high school").
_NOT_SCHOOL_NAME = frozenset(
    "local public private online night summer small big old new same nearby good bad regular "
    "community technical trade vocational junior senior catholic christian charter magnet "
    "four two year year's years".split()
)


@functools.lru_cache(maxsize=1)
def _lists() -> dict:
    """The word lists of ``_truecase.yaml``, ready for look-ups."""
    res = load_resource("truecase")
    phrases = {tuple(m.group().lower() for m in _WORD.finditer(p)) for p in res.get("proper_phrases", [])}
    return {
        "proper": {w.lower(): w for w in res.get("proper_words", "").split()},
        "phrases": phrases,
        "longest_phrase": max((len(p) for p in phrases), default=1),
        "equipment": frozenset(res.get("equipment", [])),
        "not_after_name": frozenset(res.get("not_after_name", [])),
        "place_heads": frozenset(res.get("place_heads", [])),
        "place_prefixes": frozenset(res.get("place_prefixes", [])),
        "not_places": frozenset(res.get("not_places", [])),
        "acronyms": frozenset(res.get("acronyms", [])),
        "worship_heads": frozenset(res.get("worship_heads", [])),
    }


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


@functools.lru_cache(maxsize=16)
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
    _mark_proper(text, words, capital)
    _mark_places(text, words, capital, stop, before)
    _mark_names(text, words, capital, stop, before)
    _mark_saints(text, words, capital, stop)
    _mark_worship(text, words, capital, stop)
    _mark_worship_first(text, words, capital, stop)
    _mark_rare_after_preposition(text, words, capital, stop, before)
    _mark_employers(text, words, capital, stop, before)
    _mark_brands(text, words, capital, stop)
    spelled = _mark_known_names(words, capital)
    _mark_schools(text, words, capital, stop)
    upper = [False] * len(words)
    _mark_acronyms(text, words, capital, upper)
    for k, (_, _, low) in enumerate(words):
        if low in _ASSISTIVE and k not in spelled and _USE_BEFORE.search(before(k)):
            spelled[k] = _ASSISTIVE[low]  # "i work with jaws on my laptop"

    chars = list(text)
    for k, (start, end, low) in enumerate(words):
        if k in spelled:
            chars[start:end] = spelled[k]
        elif upper[k]:
            chars[start:end] = text[start:end].upper()
        elif capital[k]:
            if low in _I_FORMS:
                chars[start] = "I"
            else:
                chars[start] = chars[start].upper()
    result = "".join(chars)
    return result if len(result) == len(text) else text  # a case change that changes length


#: "polish" is a nationality or a language after these ("i'm polish", "my polish accent", "i
#: speak polish") ...
_POLISH_BEFORE = regex.compile(
    r"\b(?:i['’]?m|i\s+am|am|is|are|was|were|we['’]?re|they['’]?re|half|part|proud|proudly|my|our|his|her|"
    r"their|speak|speaks|spoke|speaking|fluent\s+in|native|in)\s+$",
    regex.IGNORECASE,
)
#: ... always after "i'm" ("i'm polish my wife and me live ...": the verb would be "polishing").
_COPULA_BEFORE = regex.compile(r"\b(?:i['’]?m|i\s+am|we['’]?re|we\s+are)\s+(?:(?:half|part|also|proudly|proud)\s+)?$", regex.IGNORECASE)
#: ... or before these ("polish american", "a polish deli"); never "polish the floors".
_POLISH_AFTER = regex.compile(
    r"\s+(?:american|americans|canadian|accent|community|heritage|descent|roots|family|families|grandma|"
    r"grandmother|grandpa|grandfather|grandparents|parents|immigrant|immigrants|neighbou?rhood|church|"
    r"parish|club|festival|language|speaker|speakers|girl|guy|boy|woman|man|citizen|passport|food|deli|"
    r"bakery|sausage|catholic|jewish|side|mom|dad|mother|father|wife|husband|background|culture|"
    r"national|descent|folk|dance|dancing|school|saturday\s+school|radio|newspaper)\b",
    regex.IGNORECASE,
)
#: "democratic" is the party before these ("a democratic election judge"), not "a democratic process".
_PARTY_AFTER = frozenset(
    "party caucus club committee socialists socialist women women's election precinct primary primaries "
    "nominee candidate senator representative side ticket convention voter voters volunteer campaign "
    "delegate delegates clubs".split()
)
_NOT_POLISH_AFTER = frozenset(
    "the a an my your his her their our it them up off floors floor shoes nails cars car silver "
    "furniture remover and".split()
)


def _mark_proper(text, words, capital) -> None:
    """Nationalities, peoples and languages, which English always capitalises ("i speak
    ukrainian and russian", "i'm guatemalan", "the chinese datasheets"), as listed in
    ``_truecase.yaml``; "polish" only where it is one ("i'm polish", "polish american", "russian
    and polish"), never as a verb or a nail product."""
    lists = _lists()
    proper, phrases, longest = lists["proper"], lists["phrases"], lists["longest_phrase"]
    lows = [w[2] for w in words]
    k = 0
    while k < len(words):
        for n in range(min(longest, len(words) - k), 1, -1):
            if tuple(lows[k : k + n]) in phrases:
                for j in range(k, k + n):
                    capital[j] = True
                k += n - 1
                break
        else:
            low = lows[k]
            if low in proper:
                capital[k] = True
            elif low == "democratic" and k + 1 < len(words) and lows[k + 1] in _PARTY_AFTER:
                capital[k] = True  # "a democratic election judge", "the democratic caucus"
            elif low == "polish":
                nxt = lows[k + 1] if k + 1 < len(words) else ""
                before = text[max(0, words[k][0] - 30) : words[k][0]]
                listed = k > 1 and lows[k - 1] in ("and", "or") and capital[k - 2] and lows[k - 2] in proper
                if _POLISH_AFTER.match(text, words[k][1]) or listed or _COPULA_BEFORE.search(before) or (
                    _POLISH_BEFORE.search(before) and (_next_word(text, words, k) is None or nxt not in _NOT_POLISH_AFTER)
                ):
                    capital[k] = True
        k += 1


#: "st" as speech recognizers write "St." (or "Saint"), before the saint's name.
_SAINT_WORDS = frozenset("st sts saint saints ste".split())


def _mark_saints(text, words, capital, stop) -> None:
    """A saint's name, as a church, school, hospital or town is named: "mass at st genevieve",
    "the pizza night at st casimir's", "st edward's in seattle" (without the full stop after
    "st" that a writer would put, which gives the name its capital in cased text)."""
    for k in range(len(words) - 1):
        if words[k][2] not in _SAINT_WORDS or text[words[k][1] : words[k + 1][0]] not in (" ", ". "):
            continue
        name = words[k + 1][2]
        bare = name[:-2] if name.endswith(("'s", "’s")) else name
        if bare not in stop and (is_name_like(bare) or word_zipf(bare) < 4.0 or bare in place_names()):
            capital[k] = capital[k + 1] = True


def _mark_places(text, words, capital, stop, before) -> None:
    longest, places = _longest_place(), place_names()
    k = 0
    while k < len(words):
        for n in range(min(longest, len(words) - k), 0, -1):
            span = words[k : k + n]
            if any(words[j + 1][0] - words[j][1] > 2 for j in range(k, k + n - 1)):
                continue  # "san, antonio" is not a place
            surface = " ".join(w[2] for w in span)
            if n > 1 and all(text[words[j][1] : words[j + 1][0]] == "-" for j in range(k, k + n - 1)):
                surface = "-".join(w[2] for w in span)  # "cap-haïtien", "wilkes-barre"
            if n > 1 and span[0][2] in _PLACE_ABBREVIATIONS:
                rest = surface.split(" ", 1)[1]
                if any(f"{long} {rest}" in places for long in _PLACE_ABBREVIATIONS[span[0][2]]):
                    surface = f"{_PLACE_ABBREVIATIONS[span[0][2]][0]} {rest}"
            if surface not in places or span[0][2] in stop and not (n == 2 and surface in NICKNAMES):
                continue
            cued = has_location_cue(text, span[0][0])
            if n == 1 and not cued and _VERB_SLOT.search(before(k)):
                continue  # "and i weld" (Weld County): a verb
            if n == 1 and not cued and _IN_PLACE.search(before(k)) and _town_after_in(surface):
                cued = True  # "stocked coolers at buc-ee's in katy", "a condo in ballard"
            if n == 1 and not cued and k > 1 and words[k - 1][2] in ("and", "or") and capital[k - 2] and (
                _town_after_in(surface)
            ):
                cued = True  # "up in napa and sonoma": a town beside a town
            if _WORKPLACE_BEFORE.search(before(k)) and _mark_workplace(words, capital, stop, k, n):
                k += n
                break
            if n == 1 and _ARTICLE_SLOT.search(before(k)) and not (
                k + 1 < len(words) and words[k + 1][2] in _PEOPLE_WORDS
                or surface in regions()  # "a texas all-lines adjuster license", "a missouri license"
            ):
                continue  # "a teller", "a baker", "a barber" (Teller County): a noun, a job
            if n > 1 or cued and word_zipf(surface) < CUED_MAX_ZIPF or (
                _written_place(surface) and not _hyphenated(text, span[0])
            ):
                for j in range(k, k + n):
                    if words[j][2] not in ("of", "de", "del", "la", "the"):
                        capital[j] = True
                if k > 0 and words[k - 1][2] in _PLACE_LEADS and text[words[k - 1][1] : words[k][0]] == " ":
                    capital[k - 1] = True  # "little haiti", "north philly", "east nashville"
                nxt = k + n
                if n == 1 and cued and words[k][2] in _lists()["place_prefixes"] and nxt < len(words) and (
                    text[words[k][1] : words[nxt][0]] == " " and words[nxt][2] not in stop
                    and (is_name_like(words[nxt][2]) and word_zipf(words[nxt][2]) < 4.5 or word_zipf(words[nxt][2]) < 4.0)
                ):
                    capital[nxt] = True  # "i live in grand blanc": a town the gazetteer lacks after a prefix
                nxt = k + n
                if nxt < len(words) and words[nxt][0] - words[nxt - 1][1] == 1 and (
                    words[nxt][2] in _STREET_WORDS or (cued or n > 1) and words[nxt][2] in _lists()["place_heads"]
                ):
                    capital[nxt] = True  # "right off mesa drive", "in benton harbor": a place's own name
                k += n
                break
        else:
            if has_location_cue(text, words[k][0]) and not _BARE_VERB_CUE.search(before(k)):
                k = _mark_street(words, capital, stop, k)
                k = _mark_named_place(text, words, capital, stop, k)
                k = _mark_unknown_place(words, capital, stop, k)
            elif _WORKPLACE_THEN_IN.search(before(k)) and words[k][2] not in stop and words[k][2] not in _CALENDAR and (
                is_name_like(words[k][2]) and word_zipf(words[k][2]) < 4.5 or word_zipf(words[k][2]) < 3.0
            ) and not words[k][2].endswith("ing"):
                capital[k] = True  # "two years at jbs in worthington": a town after a workplace
            elif _STREET_BEFORE.search(before(k)):
                k = _mark_street(words, capital, stop, k, generic=True)
            k += 1


#: A location phrase's verb with no preposition after it ("resets live hint delivery", "staying
#: alert"): a capitalised word there is a place in cased text ("I live Downtown"), an uncased one
#: is only a word.
_BARE_VERB_CUE = regex.compile(
    r"\b(?:live|living|lived|stay|staying|stayed|based|moved|raised|born|settled|commute|commuting|reside|residing)\s+$",
    regex.IGNORECASE,
)
#: "from" said of where the speaker comes from ("i'm from worthington", "originally from"), not
#: "from mash to packaging".
_FROM_SELF = regex.compile(
    r"\b(?:i['’]?m|im|i\s+am|we['’]?re|we\s+are|originally|came|come|comes|moved|here|family|parents|"
    r"grew\s+up|raised|born)\s+(?:\w+\s+){0,2}?from\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
#: A workplace, then "in" and its town: "at jbs in", "for the county in".
_WORKPLACE_THEN_IN = regex.compile(r"\b(?:at|for)\s+(?:the\s+)?[\w'’&-]+(?:\s+[\w'’&-]+){0,2}\s+in\s+$", regex.IGNORECASE)
#: "in" (or "near", "outside", ...) before a town, which a writer capitalises after it.
_IN_PLACE = regex.compile(r"\b(?:in|near|outside(?:\s+of)?|around|across|throughout|to|from)\s+$", regex.IGNORECASE)
#: Words before a place that name a part of it ("little haiti", "north philly", "east nashville").
_PLACE_LEADS = frozenset(
    "little upper lower north south east west northeast northwest southeast southwest greater "
    "central downtown uptown midtown northern southern eastern western".split()
)


def _town_after_in(surface: str) -> bool:
    """A town a writer would capitalise after "in": a gazetteer town that is a name or not much
    of a word ("in katy", "in ballard", "in irving"; not "in reading", "in charge")."""
    if surface in _lists()["not_places"] or surface in _CALENDAR:
        return False
    return word_zipf(surface) < 4.5 and (is_name_like(surface) or word_zipf(surface) < 4.1 or f"the {surface}" in NICKNAMES)


def _written_place(surface: str) -> bool:
    """A one-word place a writer capitalises without a location phrase: a country, US state,
    continent or large city ("guatemala", "texas", "milwaukee") not much more common than that as
    a word, or a town too rare to be any other word ("chillicothe", "kissimmee"); never an
    everyday word that also names a town ("reunion", "papaya", "teller", "tire")."""
    if surface in _lists()["not_places"] or surface not in written_places():
        return False
    zipf = word_zipf(surface)
    return zipf < RARE_WRITTEN_PLACE_ZIPF or zipf < MAX_REGION_ZIPF and (
        surface in regions() or surface in major_cities() or surface in NICKNAMES
    )


#: A street named after "on", "off", "near" ... even without a location phrase ("a hostess at
#: olive & vine on beale street", "my place off international boulevard").
_STREET_BEFORE = regex.compile(r"\b(?:on|off|near|by|along|down|up|at|of)\s+$", regex.IGNORECASE)
#: Words before a place head that describe a place rather than name it ("a trailer park", "the
#: city park", "the bus station", "a small town", "the east side" is a name).
_GENERIC_PLACE_WORDS = frozenset(
    "small big nice quiet same good bad old new public private local nearby whole entire rural urban "
    "suburban inner trailer mobile rv national state theme water dog skate industrial business office "
    "tech research amusement ball retirement apartment housing senior residential gated city town "
    "county bus train gas fire police subway metro transit power space ski golf shopping strip "
    "parking car work home school church family friends other next main one two three four five "
    "cheap nicer safer better bigger smaller quieter real".split()
)
#: Words between a location phrase and a place that are not part of its name ("i live near ...").
_NOT_IN_PLACE_NAME = frozenset(
    "near in on at by over out right just up down off close next around outside here there now "
    "currently still actually basically pretty really kind sort like um uh".split()
)
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())


def _mark_named_place(text, words, capital, stop, k: int) -> int:
    """After a location phrase, a place named by its parts: a prefix before a place or a name
    ("little haiti", "upper darby", "east austin", "grand blanc"), words before a place head
    ("third ward", "alger heights", "pine ridge", "wilton manors", "squirrel hill"), or a name
    the gazetteer lacks as a town ("i live in theodore", "worked at jbs in worthington"). Returns
    the last word marked (or ``k``)."""
    lists = _lists()
    heads, prefixes = lists["place_heads"], lists["place_prefixes"]

    def joined(j: int) -> bool:  # words j-1 and j are one name: a space or a hyphen between
        return text[words[j - 1][1] : words[j][0]] in (" ", "-")

    low = words[k][2]
    # words then a head: up to three words, none a stop word or a describing word
    j = k
    while j < len(words) and j - k < 3 and (j == k or joined(j)) and words[j][2] not in heads and (
        (words[j][2] not in stop or words[j][2] in _ORDINALS) and words[j][2] not in _GENERIC_PLACE_WORDS
        and words[j][2] not in _NOT_IN_PLACE_NAME
    ):
        j += 1
    if j > k and j < len(words) and joined(j) and words[j][2] in heads:
        for i in range(k, j + 1):
            capital[i] = True
        return j
    # a prefix and a place, a name or a rare word
    if low in prefixes and k + 1 < len(words) and joined(k + 1):
        nxt = words[k + 1][2]
        if nxt not in stop and (nxt in place_names() or is_name_like(nxt) and word_zipf(nxt) < 4.5 or word_zipf(nxt) < 4.0):
            capital[k] = capital[k + 1] = True
            return k + 1
    # a name as a town ("in theodore", "from worthington"), never a month or a day
    before = text[max(0, words[k][0] - 40) : words[k][0]]
    from_only = regex.search(r"\bfrom\s+(?:the\s+)?$", before, regex.IGNORECASE)
    if low not in stop and is_name_like(low) and word_zipf(low) < 4.5 and low not in _CALENDAR and (
        not from_only or _FROM_SELF.search(before)
    ):
        capital[k] = True
    return k


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
_NAMED_STREET_WORDS = frozenset("street avenue boulevard parkway".split())
_CALENDAR = frozenset(
    "january february march april may june july august september october november december monday "
    "tuesday wednesday thursday friday saturday sunday spring summer fall autumn winter".split()
)


def _mark_street(words, capital, stop, k: int, generic: bool = False) -> int:
    """"i live on maple street", "right off mesa drive": one or two words and a street word after
    a location phrase (places.py takes a capitalised street wherever it is). With ``generic``
    (after "on", "off", "near" only) never words that describe a road ("a busy street", "test
    drive", "hard drive", "the fast lane"), and only streets, avenues and boulevards."""
    for n in (1, 2):
        j = k + n
        if generic and (j >= len(words) or words[j][2] not in _NAMED_STREET_WORDS or any(
            w[2] in _GENERIC_PLACE_WORDS or word_zipf(w[2]) >= 5.5 for w in words[k:j]
        )):
            continue
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
        word_zipf(words[j][2]) < 3.5 and not (j > k and words[j][2].endswith("ing"))
        or j > k and capital[j - 1] and (  # "mae la", "east ellum"; not "cora calving checks"
            word_zipf(words[j][2]) < 4.0 or is_name_like(words[j][2]) and word_zipf(words[j][2]) < 5.0
        ) and not words[j][2].endswith(("ing", "ed"))
        or j == k and capital[j] and not words[j][2] in _I_FORMS  # "mae la": a name begins it
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
        if _hyphenated(text, words[k]) and not (
            _name_compound(text, words, k, given, family) or _hyphenated_surname(text, words, k, named)
        ):
            continue
        folded = fold_accents(low)
        listed = folded in given or folded in family
        zipf = word_zipf(low)
        if _TITLED_BUSINESS.search(text, max(0, words[k][0] - 40), words[k][1]):
            continue  # "nine years at captain marden's": a business
        if (low in ("dot", "underscore") or k > 0 and words[k - 1][2] in ("dot", "underscore") or (
            k + 1 < len(words) and words[k + 1][2] in ("dot", "underscore")
        )) and _SPOKEN_ADDRESS.search(text, words[k][0], words[k][0] + 80):
            continue  # "aga dot wrobel dot nanny at gmail": an address, which the contact recognizer takes
        if _VERB_SLOT.search(before(k)) and not (
            folded in given and zipf < 2.5 or _TO_PERSON.search(before(k)) and listed
        ):
            continue  # "and i weld", "we stock": a verb, whatever the name lists say
        after_name = k > 0 and (named[k - 1] or capital[k - 1] and fold_accents(words[k - 1][2]) in given and words[k - 1][2] not in places and words[k - 1][2] not in stop and words[k - 1][2] not in _I_FORMS) and (
            words[k][0] - words[k - 1][1] == 1
        )
        if folded in given and zipf < RARE_NAME_ZIPF and not (k > 0 and words[k - 1][2] in ("the", "a", "an")):
            named[k] = True  # a surname alone may be a verb or a trade ("weld", "stocker"); "the aza course" is none
        elif folded in given and zipf < 4.5 and k + 1 < len(words) and text[words[k][1] : words[k + 1][0]] == " " and (
            fold_accents(words[k + 1][2]) in family and word_zipf(words[k + 1][2]) < RARE_SURNAME_ZIPF
        ) and not (k > 0 and words[k - 1][2] in ("the", "a", "an")):
            named[k] = True  # "gus kowalczyk my foreman can tell you": a given name and a rare surname
        elif cue_re.search(before(k)) and (listed or zipf < 3.5) and zipf < CUED_MAX_ZIPF and (
            not _WEAK_CUE.search(before(k)) or _TITLE_BEFORE.search(before(k))
            or _named_after_weak_cue(text, words, k, folded in given, zipf)
        ):
            named[k] = True
        elif _ROLE_CUE.search(before(k)) and (listed and zipf < 4.5 or folded in given and zipf < CUED_MAX_ZIPF or zipf < 2.5 or zipf < 3.5 and _surname_next(text, words, k)) and (
            _named_after_weak_cue(text, words, k, folded in given, zipf)
        ):
            named[k] = True  # "my crew lead tavita", "my auntie wanjiru", "my boyfriend sam"
        elif after_name and (folded in family and zipf < CUED_MAX_ZIPF or zipf < 2.5):
            named[k] = True  # "maria lopez", "abdirahman warsame" after a name
        elif after_name and named[k - 1] and not (k > 1 and named[k - 2]) and _introduced(text, words, k - 1, cue_re) and folded in family and (
            zipf < NAMED_SURNAME_ZIPF and not _next_is_noun(text, words, k) and not (low.endswith(("ed", "ing")) or low.endswith("s") and not low.endswith("ss"))
        ):
            named[k] = True  # "this is jalen price", "i'm theo park": a common word as a surname
        elif after_name and named[k - 1] and folded in given and zipf < 4.5 and not _next_is_noun(text, words, k):
            named[k] = True  # "naw htoo paw", "mary ann": a second given name
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
            lead = [
                j for j in range(max(0, k - 2), k)
                if words[j][2] not in stop and (word_zipf(words[j][2]) < 3.5 or is_name_like(words[j][2]) and word_zipf(words[j][2]) < CUED_MAX_ZIPF)
            ]
            if lead and lead[-1] == k - 1 and INTRO_LEAD.fullmatch(text[: words[lead[0]][0]]):
                for j in lead:
                    capital[j] = True
                    named[j] = True
            break
    # "tommy wiśniewski, i'm putting in for ...": a given name and a rare surname that open the
    # transcript after greetings only
    for k in range(min(len(words) - 1, 8)):
        first, second = fold_accents(words[k][2]), fold_accents(words[k + 1][2])
        if first in given and word_zipf(words[k][2]) < 4.5 and text[words[k][1] : words[k + 1][0]] == " " and (
            second in family and word_zipf(words[k + 1][2]) < 3.0 or word_zipf(words[k + 1][2]) < 2.0
        ) and words[k][2] not in stop and INTRO_LEAD.fullmatch(text[: words[k][0]]):
            capital[k] = capital[k + 1] = named[k] = named[k + 1] = True
            break
    # "with the twins, otto and freja": a given name joined to a name found after it
    for k in range(len(words) - 2, -1, -1):
        if not named[k] and k + 2 < len(words) and named[k + 2] and words[k + 1][2] in ("and", "&") and (
            fold_accents(words[k][2]) in given and word_zipf(words[k][2]) < 4.5 and words[k][2] not in stop
        ):
            capital[k] = named[k] = True
    # a name said once is a name wherever it is said again ("i'm mateo, mateo silva")
    seen = {
        words[k][2] for k in range(len(words))
        if named[k] and word_zipf(words[k][2]) < 4.5 and (is_name_like(words[k][2]) or word_zipf(words[k][2]) < 3.0)
    }
    for k, (_, _, low) in enumerate(words):
        if low in seen and not capital[k] and not _VERB_SLOT.search(before(k)):
            capital[k] = True
            nxt = k + 1
            if nxt < len(words) and words[nxt][0] - words[k][1] == 1 and fold_accents(words[nxt][2]) in family and (
                word_zipf(words[nxt][2]) < CUED_MAX_ZIPF and words[nxt][2] not in stop
            ):
                capital[nxt] = True


#: Cues that also lead into other words: "i'm [ready]", "this is [my third year]", "hi [team]".
_WEAK_CUE = regex.compile(
    r"(?:^|\W)(?:i['’]m|im|i\s+am|this\s+is|it['’]s|its|hi|hey|hello|ask|named|here\s+is|"
    r"(?:my|our|his|her|their|the)\s+(?!name\b)(?:[\w-]+\s+){0,2}?(?!is\b)[\w-]+)[\s,]+$",
    regex.IGNORECASE,
)
#: The end of an e-mail address said aloud ("... dot nanny at gmail dot com").
_SPOKEN_ADDRESS = regex.compile(r"\b(?:at\s+\w+\s+)?dot\s+(?:com|net|org|edu|gov|co|io|us)\b", regex.IGNORECASE)
#: A title right before a name: "mr castellanos", "coach okafor" (uncased speech has no full stop).
_TITLE_BEFORE = regex.compile(
    r"\b(?:mr|mrs|ms|mx|miss|dr|coach|pastor|deacon|reverend|rev|officer|sergeant|sgt|captain|capt|"
    r"professor|prof)\.?\s+$",
    regex.IGNORECASE,
)
#: A business named for a titled person: "nine years at captain marden's", "at dr. mike's".
_TITLED_BUSINESS = regex.compile(
    r"\b(?:at|for|with)\s+(?:the\s+)?(?:mr|mrs|ms|miss|dr|coach|captain|capt|sergeant|sgt)\.?\s+\w+['’]s$",
    regex.IGNORECASE,
)
#: A listed surname rarer than this after a listed given name makes both a name ("gus kowalczyk").
RARE_SURNAME_ZIPF = 2.5
#: A common word that is also a surname, after a given name the speaker named: "jalen price".
NAMED_SURNAME_ZIPF = 5.4


def _introduced(text, words, k: int, cue_re) -> bool:
    """Word ``k`` is where the speaker says their name: after "i'm", "this is", "my name is", or
    at the opening of the transcript after greetings ("this is [jalen] price", "hey, [theo]
    park here"); not "my district manager mrs brightwater gave me"."""
    before = text[max(0, words[k][0] - 40) : words[k][0]]
    return bool(INTRO_CUE.search(before) or INTRO_LEAD.fullmatch(text[: words[k][0]]))




def _next_word(text, words, k: int) -> str | None:
    """The word right after word ``k`` when only a space separates them (None at a comma, a full
    stop or the end)."""
    if k + 1 < len(words) and text[words[k][1] : words[k + 1][0]] == " ":
        return words[k + 1][2]
    return None


def _next_is_noun(text, words, k: int) -> bool:
    """"price list", "park ranger": the next word goes on with a noun phrase."""
    nxt = _next_word(text, words, k)
    return (
        nxt is not None and nxt not in _stop_words() and nxt not in _I_FORMS and word_zipf(nxt) >= 3.0
        and not is_name_like(nxt)
    )


def _named_after_weak_cue(text, words, k: int, given: bool, zipf: float) -> bool:
    """A word after "i'm", "this is", "my ... lead" is a name when it is a given name, or a rare
    word that no noun phrase goes on from: "i'm [servsafe] certified", "i'm [fear] free
    certified", "the toddler teacher [aide] position", "i'm [crew] leader" are not names."""
    nxt = _next_word(text, words, k)
    if nxt is not None and nxt in _lists()["not_after_name"] or _credential_ahead(text, words, k):
        return False
    if given and zipf < 4.0:
        return True
    if given and zipf < CUED_MAX_ZIPF:  # "my foreman rick says", "my boyfriend sam and i"; not "i'm fear free"
        return not _next_is_noun(text, words, k) or nxt.endswith(("ed", "s")) and not nxt.endswith("ss")
    if words[k][2].endswith(("ing", "ed")):
        return False  # "i'm polishing", "i'm certified"
    if zipf < 2.0:
        return True  # "i'm oluwadamilare", "im kwabena": no word at all
    return zipf < 3.5 and (
        nxt is None or nxt in _stop_words() or word_zipf(nxt) < 2.5 or is_name_like(nxt) and word_zipf(nxt) < 3.0
        or _surname_next(text, words, k)
    )


def _surname_next(text, words, k: int) -> bool:
    """A listed surname right after word ``k``, not a verb form: "this is katana williams",
    "my coworker nuke johnson" (a first name the given-name lists lack, such as a tool's name)."""
    if k + 1 >= len(words) or text[words[k][1] : words[k + 1][0]] != " ":
        return False
    nxt = words[k + 1][2]
    return (
        fold_accents(nxt) in surnames() and word_zipf(nxt) < CUED_MAX_ZIPF and nxt not in _stop_words()
        and not nxt.endswith(("ing", "ed")) and nxt not in _lists()["not_after_name"]
    )


#: Words that end a credential said after "i'm": "i'm forklift and pallet jack certified".
_CREDENTIAL_WORDS = frozenset("certified trained licensed registered qualified accredited credentialed".split())


def _credential_ahead(text, words, k: int) -> bool:
    """A credential word follows within five words of the same clause ("i'm [forklift] and
    pallet jack certified", "i'm [notary] public certified")."""
    for j in range(k + 1, min(len(words), k + 6)):
        if text[words[j - 1][1] : words[j][0]] != " " or words[j][2] in _I_FORMS:
            return False
        if words[j][2] in _CREDENTIAL_WORDS:
            return True
    return False


def _hyphenated_surname(text, words, k: int, named) -> bool:
    """A part of a hyphenated surname after a name: "ruth adeyemi-stone", "rowan ekwueme-blake"."""
    j = k
    while j > 0 and text[words[j][0] - 1 : words[j][0]] in ("-", "‐") and words[j - 1][1] == words[j][0] - 1:
        j -= 1
    return j > 0 and named[j - 1] and text[words[j - 1][1] : words[j][0]] == " "


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


#: "at", "for", "with" before a workplace's name ("three years at rosa's bakery", "a helper with
#: cataldo ambulance", "a teller at bank of hawaii").
_EMPLOYER_BEFORE = regex.compile(
    r"(?:\b(?:at|for)|\b(?:work(?:ed|ing|s)?|years?|months?|weeks?|summers?|seasons?|been|job|employed|contract(?:ed|or)?|"
    r"intern(?:ed|ship)?|volunteer(?:ed|ing)?|apprentice(?:ship)?|helper|driver|crew|shifts?|time|run|ran|deckhand|"
    r"tech|technician|hired|started|placed|staffed|[\w-]*(?:er|or|ist|ant|ent|ian|aide|clerk|agent|hand|man|woman))"
    r"\s+(?:\w+\s+)?with)\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
#: Words that begin a public employer's or a business's name before "of" and a place: "the city
#: of baltimore", "bank of hawaii", "yellow cab of sacramento" (the place is part of the name).
_OF_PLACE_HEADS = frozenset("city county state town village port bank university cab taxi transit".split())


@functools.lru_cache(maxsize=1)
def _business_word() -> regex.Pattern:
    """A word (or two) that ends a business's name, as the {BUSINESS} macro lists them."""
    from .lexicon import MACROS

    return regex.compile(MACROS["BUSINESS"], regex.IGNORECASE)


def _namelike(low: str) -> bool:
    """A word that can begin a proper name: a listed name or place, a rare word, a possessive."""
    if low.endswith(("'s", "’s")):
        low = low[:-2]
    return is_name_like(low) or low in place_names() or word_zipf(low) < 3.5


def _mark_employers(text, words, capital, stop, before) -> None:
    """A workplace's name after "at", "for", "with": a name, a place or a rare word, then up to
    three more words and a business word ("rosa's bakery", "cataldo ambulance", "choctaw casino",
    "sooner state roofing"), or a place named after a city, a bank or a county ("bank of hawaii",
    "the city of baltimore", "yellow cab of sacramento"). The whole name gets capitals, as
    employer_context.yaml's company_name and work_phrase_at expect; a describing word never
    begins one ("the local bakery", "a small family restaurant")."""
    business = _business_word()
    lows = [w[2] for w in words]
    for k in range(len(words)):
        if lows[k] in stop or not _EMPLOYER_BEFORE.search(before(k)) or lows[k] in _GENERIC_PLACE_WORDS and not (
            lows[k] in _OF_PLACE_HEADS and k + 1 < len(words) and lows[k + 1] == "of"
        ):
            continue
        end, of_place = None, False
        for j in range(k, min(len(words), k + 5)):
            if j > k and (
                text[words[j - 1][1] : words[j][0]] not in (" ", " & ", "-")
                or lows[j] in stop and lows[j] not in ("of", "and")
            ):
                break
            if j > k and (
                business.fullmatch(text[words[j][0] : words[j][1]])
                or j > k + 1 and business.fullmatch(text[words[j - 1][0] : words[j][1]])
            ):
                end = j
                break
            if j > k and lows[j].endswith(("ing", "ed")):
                break  # "a sophomore at howard studying mechanical engineering"
            if lows[j] == "of" and j > k and lows[j - 1] in _OF_PLACE_HEADS:
                if j + 1 < len(words) and lows[j + 1] not in stop and _namelike(lows[j + 1]):
                    end, of_place = j + 1, True
                    while end + 1 < len(words) and text[words[end][1] : words[end + 1][0]] == " " and (
                        f"{lows[end]} {lows[end + 1]}" in place_names()
                    ):
                        end += 1
                break
        if end is None or not (of_place or capital[k] or _namelike(lows[k])):
            continue
        if any(lows[i] in _lists()["worship_heads"] for i in range(k, end)):
            continue  # "the sri ganesha temple kitchen": the temple's kitchen, not a business
        for i in range(k, end + 1):
            if lows[i] not in ("of", "and", "the"):
                capital[i] = True


def _mark_brands(text, words, capital, stop) -> None:
    """A brand named like a person or a place right before its equipment ("a milwaukee impact
    driver", "a lincoln stick welder", "the pittsburgh lock machine", "ettore and unger
    squeegees"): the brand gets its capital, as tool_context.yaml's brand_before_equipment
    expects (a name or a place would get one anyway)."""
    equipment = _lists()["equipment"]
    lows = [w[2] for w in words]

    def gear(j: int) -> bool:
        if j >= len(words) or text[words[j - 1][1] : words[j][0]] != " ":
            return False
        return lows[j] in equipment or j + 1 < len(words) and f"{lows[j]} {lows[j + 1]}" in equipment

    def brandlike(j: int) -> bool:
        low = lows[j]
        if low in stop or low in equipment or low in _GENERIC_PLACE_WORDS:
            return False
        zipf = word_zipf(low)
        return (is_name_like(low) or low in place_names()) and zipf < 4.5 or zipf < 3.0

    for k in range(len(words) - 1):
        if capital[k] or not brandlike(k):
            continue
        if gear(k + 1) or (
            lows[k + 1] not in stop and text[words[k][1] : words[k + 1][0]] == " " and gear(k + 2)
        ):
            capital[k] = True
        elif k + 3 < len(words) and lows[k + 1] in ("and", "or") and brandlike(k + 2) and gear(k + 3) and (
            is_name_like(lows[k]) or lows[k] in place_names()
        ) and (is_name_like(lows[k + 2]) or lows[k + 2] in place_names()):
            capital[k] = capital[k + 2] = True  # "ettore and unger squeegees"; not "overlock and coverstitch machines"


#: Acronyms that are also words or names, in capitals only where they are the acronym: a
#: condition after "i have", "his", "diagnosed with" ("i have ms", "through his als"; not "ms
#: excel" or "ms johnson"), a recovery group before its meetings ("my na meetings"), Veterans
#: Affairs after "the" or before its services ("at the va", "my va benefits").
_CONDITION_BEFORE = frozenset("have has had with his her my their of from through diagnosed".split())
_MS_SOFTWARE = frozenset("office excel word teams access project dynamics sql outlook powerpoint paint degree".split())
_GROUP_AFTER = frozenset("meetings meeting sponsor sponsors program group groups chip chips".split())
_VA_AFTER = frozenset(
    "benefits benefit hospital clinic loan loans rating disability medical health healthcare home counselor "
    "caseworker vocational appointment appointments doctor doctors pension claim".split()
)


def _mark_acronyms(text, words, capital, upper) -> None:
    """Acronyms of ``_truecase.yaml`` in capitals (``upper`` marks them), and the ones that are
    also words only in their own context."""
    acronyms = _lists()["acronyms"]
    lows = [w[2] for w in words]
    for k, low in enumerate(lows):
        prev = lows[k - 1] if k else ""
        nxt = lows[k + 1] if k + 1 < len(words) else ""
        if low in acronyms:
            upper[k] = True
        elif len(low) <= 3 and low not in _I_FORMS and regex.match(r"-?\d", text[words[k][1] : words[k][1] + 2]):
            upper[k] = True  # a model or form number: "brunswick a-2", "milwaukee m18", "a w-2"
        elif low in ("ms", "als") and prev in _CONDITION_BEFORE and nxt not in _MS_SOFTWARE and not (
            nxt and is_name_like(nxt) and word_zipf(nxt) < 5.0
        ):
            upper[k] = True  # "i have ms", "his als"
        elif low in ("na", "aa") and nxt in _GROUP_AFTER:
            upper[k] = True  # "my na meetings"
        elif low == "va" and (prev in ("the", "my", "our", "his", "her") or nxt in _VA_AFTER):
            upper[k] = True  # "at the va", "my va benefits"


def _mark_worship(text, words, capital, stop) -> None:
    """A place of worship named before its kind: "the sri venkateswara temple", "beth el
    synagogue", "grace presbyterian", "jesus house" is not (no kind); one to three words that are
    names, places or rare words, then the kind, all get capitals as a writer gives them."""
    heads = _lists()["worship_heads"]
    lows = [w[2] for w in words]
    for k, low in enumerate(lows):
        if low not in heads or k == 0:
            continue
        j = k - 1
        while j >= 0 and k - j <= 3 and text[words[j][1] : words[j + 1][0]] in (" ", "-") and lows[j] not in stop and (
            capital[j] or is_name_like(lows[j]) or lows[j] in place_names() or word_zipf(lows[j]) < 3.5
        ) and lows[j] not in _GENERIC_PLACE_WORDS and lows[j] not in heads:
            j -= 1
        if j < k - 1:
            for i in range(j + 1, k + 1):
                capital[i] = True


#: Places of worship named by their kind first: "gurdwara sahib", "congregation sherith israel",
#: "masjid al-noor", "temple beth el", "iglesia de dios".
_WORSHIP_FIRST = frozenset("gurdwara congregation masjid temple templo iglesia mandir beth kehilat".split())
#: Assistive technology named in lower case, after a verb of using it ("i work with jaws on my
#: laptop", "i use dragon"); spelled as the brands spell themselves.
_ASSISTIVE = {"jaws": "JAWS", "nvda": "NVDA", "zoomtext": "ZoomText", "dragon": "Dragon", "voiceover": "VoiceOver", "talkback": "TalkBack"}
_USE_BEFORE = regex.compile(r"\b(?:use|uses|used|using|with|run|runs|running|on|through|via|rely\s+on|relies\s+on)\s+$", regex.IGNORECASE)


#: "an-nur", "al-farooq", "as-salam": the article joined to a mosque's name.
_ARABIC_ARTICLES = frozenset("al an ar as at ad el ul ash at-".split())


def _mark_worship_first(text, words, capital, stop) -> None:
    lows = [w[2] for w in words]
    for k, low in enumerate(lows[:-1]):
        if low not in _WORSHIP_FIRST or k > 0 and capital[k - 1] and capital[k]:
            continue  # "the sri ganesha temple kitchen": the name is before "temple"
        j = k + 1
        while j < len(words) and j - k <= 3 and text[words[j - 1][1] : words[j][0]] in (" ", "-") and lows[j] not in stop and (
            capital[j] or is_name_like(lows[j]) and word_zipf(lows[j]) < 4.0 or lows[j] in place_names() and word_zipf(lows[j]) < 4.0
            or word_zipf(lows[j]) < 3.5
            or lows[j] in ("de", "del", "al", "el")
        ) and not lows[j].endswith("ing") or (
            j < len(words) and lows[j] in _ARABIC_ARTICLES and text[words[j][1] : words[j][1] + 1] == "-"
        ):
            j += 1
        if any(lows[i] not in ("de", "del", "al", "el") for i in range(k + 1, j)):
            for i in range(k, j):
                if lows[i] not in ("de", "del"):
                    capital[i] = True


def _mark_rare_after_preposition(text, words, capital, stop, before) -> None:
    """A word too rare to be an everyday one right after "at" or "from" is a proper name a writer
    capitalises ("two years at tuskegee", "certs from knust"); not after "with" ("sealing seams with
    mastic", "python with pandas")."""
    for k, (_, _, low) in enumerate(words):
        if capital[k] or low in stop or low.endswith("ing") or word_zipf(low) >= RARE_AFTER_PREP_ZIPF or (
            low in _lists()["not_places"]
        ):
            continue
        if _next_is_noun(text, words, k):
            continue  # "the keeper talks at the gibbon exhibit": a word before its noun
        if _AT_FROM_WITH.search(before(k)):
            capital[k] = True


_AT_FROM_WITH = regex.compile(r"\b(?:at|from)\s+(?:the\s+)?$", regex.IGNORECASE)
#: A word rarer than this after "at", "from", "with" is a proper name.
RARE_AFTER_PREP_ZIPF = 3.0


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
        for n in range(min(longest, len(words) - k), 0, -1):
            key = " ".join(lows[k : k + n])
            if key in known and (n > 1 or known[key] is not None):
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
    once), or None for a name only _name_cues.yaml lists; and one-word names listed with a capital
    that are too rare to be ordinary words ("Juki", "ServSafe", "Dentrix"; not "Epic", "Outlook")."""
    found: dict[str, tuple[str, ...] | None] = {}
    for name in sorted(not_entities()):
        words = [m.group().lower() for m in _WORD.finditer(name)]
        if len(words) > 1 and " ".join(words) == " ".join(name.lower().split()):
            found[" ".join(words)] = None
    for name in sorted(keep_terms()):
        words = tuple(m.group() for m in _WORD.finditer(name.replace("’", "'")))
        key = " ".join(w.lower() for w in words)
        if len(words) == 1 and name == words[0] and any(c.isupper() for c in name) and word_zipf(key) < RARE_KEEP_ZIPF:
            found.setdefault(key, words)  # "juki", "servsafe", "freightliner": spelled as listed
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


#: "ohio state school for the blind", "california school for the deaf": a school named for whom
#: it teaches; the whole name gets capitals.
_SCHOOL_FOR = regex.compile(
    r"\b(?:school|academy|institute)\s+for\s+the\s+(?:deaf(?:\s+and\s+(?:the\s+)?blind)?|blind|visually\s+impaired|"
    r"hearing\s+impaired|(?:performing\s+|visual\s+|fine\s+|healing\s+|culinary\s+)?arts|gifted)\b",
    regex.IGNORECASE,
)


def _mark_schools(text, words, capital, stop) -> None:
    lows = [w[2] for w in words]
    for m in _SCHOOL_FOR.finditer(text):
        inside = [k for k, w in enumerate(words) if m.start() <= w[0] < m.end()]
        j = inside[0] - 1
        while j >= 0 and inside[0] - j <= 3 and lows[j] not in stop and (
            lows[j] in place_names() or is_name_like(lows[j]) or lows[j] in ("state", "school")
        ):
            inside.insert(0, j)
            j -= 1
        for k in inside:
            if lows[k] not in ("for", "the", "and"):
                capital[k] = True
    for k in range(len(words)):
        if _SCHOOL_CUE.search(text[max(0, words[k][0] - 40) : words[k][0]]):
            j = k
            while j < len(words) and j - k < 3 and lows[j] not in _GENERIC_SCHOOL_WORDS and (
                _could_name_school(lows[j], stop)
                and (word_zipf(lows[j]) < 3.5 or is_name_like(lows[j]) or lows[j] in place_names()
                     or j > k and lows[j] in _DIRECTIONS)
                or j == k and lows[j] in _DIRECTIONS and j + 1 < len(words) and (
                    lows[j + 1] in place_names() or lows[j + 1] in _SCHOOL_TAILS  # "northeast tech"
                )
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
            weak = head in (("state",), ("high",), ("elementary",), ("tech",))
            while j >= 0 and k - j <= 4 and (_could_name_school(lows[j], stop) or lows[j] in _SCHOOL_KINDS) and not (
                weak and (  # "ohio state", "roosevelt high"; not "multi-state payroll", "craft cocktails high-volume"
                    text[words[j][1] : words[j + 1][0]] != " "
                    or not (is_name_like(lows[j]) or lows[j] in place_names() or word_zipf(lows[j]) < 3.0)
                    # "hennepin tech", "texas tech"; not "a lube tech", "a patient care tech"
                    or head == ("tech",) and (lows[j] not in place_names() or word_zipf(lows[j]) >= 4.0 and lows[j] not in regions())
                )
            ):
                named += 1
                j -= 1
            if named and head == ("tech",) and k - named > 0 and lows[k - named - 1] in ("a", "an"):
                named = 0
            while named and lows[k - named] in _SCHOOL_KINDS:
                named -= 1  # "a technical community college": no name; "ozarks technical community college" has one
            after_of = (
                head in (("university",), ("college",), ("institute",), ("academy",))
                and k + len(head) < len(words)
                and lows[k + len(head)] == "of"
            )
            if not named and not after_of:
                continue
            if after_of:  # "community college of philadelphia": the kind words are part of the name
                while k - named > 0 and lows[k - named - 1] in _SCHOOL_KINDS:
                    named += 1
            for i in range(k - named, k + len(head)):
                capital[i] = True
            if after_of:
                i = k + len(head) + 1
                if i < len(words) and lows[i] == "the":  # "college of the healing arts"
                    i += 1
                last = i + 2
                while i < len(words) and i <= last and lows[i] not in stop:
                    capital[i] = True
                    i += 1
            break


# --- fillers --------------------------------------------------------------------------------------
# Speech puts fillers inside cues: "I'm, uh, short and stocky", "I'm, you know, built like a
# fridge", "my, um, wife". Recognizers read a copy with the filler blanked to spaces, so that
# "I'm ... short" patterns see "I'm      short"; the copy has the same length, so every offset is
# an offset in the transcript. A comma before the filler goes too where it cannot end a clause
# (after "I'm", "my", "a"); elsewhere it stays, so that words on either side are not read as one
# phrase ("call me Sarge, [uh,] long story").
_UH_UM = r"(?-i:[Uu]h+|[Uu]m+)"  # not "UH Hilo", "UM Flint"
_HESITATION = r"(?-i:[Uu]h+|[Uu]m+|[Ee]r+m*)"
_FILLER = r"(?:" + _HESITATION + r"|(?i:like|you\s+know|i\s+mean|ya\s+know))"
# the words after which a filler sits inside a phrase: "I'm", "I've got", "my", an article
_SELF_LEAD = r"(?i:i['’]m|i\s+am|im|i\s+was|i['’]ve\s+been|i\s+have|i['’]ve\s+got|i\s+got|my|our|a|an|the)"
_FILLER_AFTER_WORD = regex.compile(
    r"(?<=\b(?:" + _SELF_LEAD + r"|(?i:i['’]m\s+(?:also|just|still|really|pretty)))),\s*" + _FILLER + r"\s*,(?=\s)"
)
_FILLER_SET_OFF = regex.compile(r"(?<=,)\s*" + _HESITATION + r"\s*,(?=\s)")
# ... and a bare "uh" or "um" of uncased speech only there too: "i'm [uh] short and stocky", not
# "call me sarge [uh] long story"
_BARE_FILLER = regex.compile(r"(?<=\b" + _SELF_LEAD + r"\s+)" + _UH_UM + r"(?=\s)")


def blank_fillers(text: str) -> str:
    """``text`` with spoken fillers inside a phrase turned into spaces (same length)."""
    if not _BARE_FILLER.search(text) and "," not in text:
        return text
    for pattern in (_FILLER_AFTER_WORD, _FILLER_SET_OFF, _BARE_FILLER):
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    return text
