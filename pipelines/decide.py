"""The decide stage: from what detectors claim to what the policy says to do.

Pure functions over ``Detection`` lists; no models, no I/O. Steps:
1. deny-list terms become detections; allow-list terms and keep spans protect text from weaker
   sensitive detections (an employer called "Wendy's" is not a person);
2. each detection is held to its category's threshold and given its category's action;
3. overlapping detections are merged into one decision covering their union (a place inside a
   church's name is part of the church's name), and neighbouring ones of the same category
   ("Guatemalan" "American") are joined, so nothing is left half-redacted.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

import regex
import yaml

from .detect.gender import match_case
from .detect.lexicon import DATA_DIR, expand_macros, term_regex
from .detect.names import SELF_ALIAS_CUE, is_name_like, word_zipf
from .detect.places import REGION_GAP, has_location_cue, is_ambiguous_place, is_place, is_region
from .detect.truecase import blank_fillers, needs_truecasing, truecase
from .policy import Policy
from .types import Decision, Detection

# Only what the candidate or the policy declared beats a keep span (an employer, a tool, an
# allow-listed word); every detector's guess yields to it.
# A language beats keep spans once the policy says languages are to be redacted.
_OVERRIDE_KEEP = ("KnownIdentifierRecognizer", "PolicyDenyList", "LanguageSkillRecognizer")


# Keep spans found only from context ("three years at X", "fast in X", "every customer in X") are
# guesses too: they protect text from the general-purpose recognizers (NER, name and place lists,
# school names) but not from a specific lexicon hit ("volunteer with Girls Who Code", "served
# with the Marines").
_CONTEXT_KEEP = ("EmployerContextRecognizer", "ToolContextRecognizer", "AchievementContextRecognizer")
_GENERIC = ("SpacyNerRecognizer", "NameGazetteerRecognizer", "PlaceRecognizer")
_YIELDS_TO_CONTEXT = (*_GENERIC, "SchoolRecognizer")


def _protects(keep: Detection, d: Detection, text: str) -> bool:
    if not _covers(keep, d, text):
        return False
    if keep.recognizer in _CONTEXT_KEEP:
        if _inside_business_name(keep, d, text):
            return True
        return (
            d.recognizer in _YIELDS_TO_CONTEXT
            and not _person_not_place(keep, d, text)
            and not _whole_known_place(keep, d, text)
            and not _school_not_workplace(keep, d, text)
            and not _school_not_tool(keep, d, text)
        )
    return True


def _trim_known_keeps(d: Detection, protected: list[Detection], text: str) -> Detection | None:
    """A general-purpose guess that runs into a listed tool or employer gives that part back:
    "[Ran John Deere]" (an entity model's person) leaves "John Deere" and then only the common
    word "Ran", so nothing is left to redact; "[Maria at Trader Joe's]" keeps the name."""
    if not d.recognizer.startswith(_GENERIC):
        return d
    for p in protected:
        if p.recognizer in _CONTEXT_KEEP or not (p.start < d.end and d.start < p.end):
            continue
        if p.start <= d.start and d.end <= p.end:
            return None
        if p.start <= d.start:
            d = replace(d, start=p.end)
        elif p.end >= d.end:
            d = replace(d, end=p.start)
        else:
            continue  # a keep inside the guess: leave the guess whole
        rest = text[d.start : d.end]
        words = regex.findall(r"[^\W\d_]+", rest)
        if not any(w[:1].isupper() and _could_be_name(w) for w in words):
            return None
        lead = regex.match(r"[\s,;:]*", rest).end()
        trail = len(rest) - len(rest.rstrip(" ,;:"))
        d = replace(d, start=d.start + lead, end=d.end - trail)
    return d


def _inside_business_name(keep: Detection, d: Detection, text: str) -> bool:
    """A cue word that begins a business's name is part of the name, which is a job fact:
    "Choctaw Casino", "Swedish American Museum", "Ho-Chunk Gaming", "St. Joseph's Hospital".
    Only when a business word ends the name after the cue, and never a person."""
    if keep.recognizer != "EmployerContextRecognizer" or d.category == "PERSON" or d.end >= keep.end:
        return False
    tail = text[d.end : keep.end]
    if not regex.search(r"\p{Lu}", tail):
        # said in lower case: "at the nez perce tribal hatchery", "at the Cherokee Nation casino"
        return bool(_BUSINESS_TAIL_ANY_CASE.search(tail))
    return bool(_BUSINESS_TAIL.search(tail))


_BUSINESS_TAIL = regex.compile(r"(?-i:\b" + expand_macros("{BUSINESS}") + r"\b)")
_BUSINESS_TAIL_ANY_CASE = regex.compile(r"\b" + expand_macros("{BUSINESS}") + r"\b", regex.IGNORECASE)


def _could_be_name(word: str) -> bool:
    zipf = word_zipf(word.lower())
    return zipf < 3.0 or (zipf < 4.5 and is_name_like(word))


def _school_not_tool(keep: Detection, d: Detection, text: str) -> bool:
    """A school after "at" is where one trained, not a tool: "I trained at Pima Medical" (the tool
    guess comes from "trained"; "trained on Epic" stays a tool)."""
    if d.category != "SCHOOL" or keep.recognizer != "ToolContextRecognizer":
        return False
    return bool(_AT_BEFORE.search(text[max(0, keep.start - 12) : keep.start]))


_AT_BEFORE = regex.compile(r"\bat\s+(?:the\s+)?$", regex.IGNORECASE)


def _school_not_workplace(keep: Detection, d: Detection, text: str) -> bool:
    """A school is an employer only where work is said: "I'm a para at Lincoln Elementary"
    (keep), but "my senior year at Dorman High School" and "my grandkids go to Lincoln
    Elementary" (the school goes)."""
    if d.category != "SCHOOL" or keep.recognizer != "EmployerContextRecognizer":
        return False
    before = text[max(0, keep.start - 60) : keep.start]
    if _PROGRAM_AT.search(before):
        return True  # "I took the broadband tech program at Navajo Technical University"
    cues = list(_WORK_BEFORE.finditer(before))
    if _ACTIVITY_FOR_TIME.search(before):
        return False  # "testing for about a year at Lionbridge", "calling for a year at Vivint"
    if not cues:
        # ... unless a role is said right after it: "I spent a year at Superior Fresh as a grow
        # room associate"
        return not (_ROLE_AFTER.match(text, keep.end) and not _STUDY_BEFORE.search(before))
    # a study cue after the last work cue, or right after the school, says where they studied:
    # "precision work during my time at Old Dominion University", "theater tech classes at PCC
    # Sylvania", "four years at Kamehameha Schools, graduated 2023"
    if _ROLE_AFTER.match(text, keep.end):
        return False
    if _STUDY_BEFORE.search(before, cues[-1].end()) or _STUDY_AFTER.match(text, keep.end):
        return True
    # only a span of time said ("two years at"), no work verb or role, before a school that is not
    # a typical workplace of school staff: "I did two years at Tuskegee before the plant" (but
    # "six years at Lincoln Elementary" and "ten years at X, teaching" are workplaces)
    if any(not _WEAK_WORK.fullmatch(c.group(1)) for c in cues) or d.recognizer != "SchoolRecognizer":
        return False
    return bool(_TIME_AT.search(before)) and not _STAFF_SCHOOL.search(text[keep.start : keep.end])


_WORK_BEFORE = regex.compile(
    r"\b(work(?:ed|ing|s)?|job|employed|hired|teach(?:es|ing)?|taught|substitut\w*|subbed|para"
    r"(?:professional)?|aide|assistant|custodian|janitor|staff|cafeteria|lunch|bus|driver|"
    r"volunteer(?:ed|ing)?|intern(?:ed|ing)?|coach(?:ed|ing)?|tutor(?:ed|ing)?|clerk|secretary|"
    r"nurse|counselor|librarian|position|role|shifts?|years|months|summers|tech|technician|cashier|"
    r"attendant|operator|helper|tender|agent|aide|worker|cook|guard|receptionist|coordinator|"
    r"dispatcher|groundskeeper|housekeeper|therapist|trainer|instructor|specialist|manager|"
    r"supervisor|employee|server|host|barista)\b(?=[^.!?]{0,50}$)",
    regex.IGNORECASE,
)
# an activity done for a span of time at a place, said with its "-ing" word: work there, not
# study ("I've been testing for about a year at [Lionbridge]"); studying, learning or training
# there stays a school
_ACTIVITY_FOR_TIME = regex.compile(
    r"\b(?!(?:studying|learning|training|taking|attending|majoring|minoring|boarding|living|playing)\b)\p{L}+ing"
    r"\s+(?:[\p{L}-]+\s+){0,2}?for\s+(?:about\s+|almost\s+|over\s+|nearly\s+|like\s+|around\s+|just\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple\s+of|a\s+few|\d+)\s+"
    r"(?:years?|months?|summers?|seasons?)\s+(?:at|with)\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
_WEAK_WORK = regex.compile(r"years|months|summers", regex.IGNORECASE)
# A program or course taken at the school, whatever job words name it ("the broadband tech
# program at", "did the medical assistant course through"): the school is where one studied.
_PROGRAM_AT = regex.compile(
    r"\b(?:took|take|taking|did|doing|finished|finishing|completed|completing|enrolled\s+in|went\s+through|"
    r"graduated\s+from|studied|studying)\s+(?:the\s+|a\s+|an\s+|my\s+)?(?:[\w/&-]+\s+){0,4}?"
    r"(?:program|programme|course|courses|classes|certificate|training|(?:pre-?)?apprenticeship|bootcamp|boot\s+camp)"
    r"\s+(?:at|through|with|from)\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
_STUDY_BEFORE = regex.compile(
    r"\b(?:class(?:es)?|courses?|coursework|took\s+(?:it|that|them|those)|stud(?:ied|ying|ent)|"
    r"graduat(?:ed|ing)|grad|alum\w*|diploma|degree|major(?:ed|ing)?|minor(?:ed)?|semesters?|"
    r"freshman|sophomore|junior|senior\s+year|enrolled|my\s+time|went\s+to|"
    r"played\s+(?:\w+\s+){0,2}?for|scholarship|campus|dorms?|prereqs?|credits?)\b(?=[^.!?]{0,40}$)",
    regex.IGNORECASE,
)
_STUDY_AFTER = regex.compile(
    r"\s*,?\s*(?:and\s+)?(?:graduat(?:ed|ing)|class\s+of|where\s+i\s+(?:studied|majored|got\s+my)|"
    r"for\s+(?:college|school|my\s+(?:degree|bachelor|associate|master)))\b",
    regex.IGNORECASE,
)
_STAFF_SCHOOL = regex.compile(
    r"(?-i:\b(?:Elementary|Middle\s+School|Primary|Preschool|Pre-?K|Montessori|Daycare|District|"
    r"Head\s+Start|Medical|Hospitals?|Health|Clinics?)\b)"
)
_TIME_AT = regex.compile(r"\b(?:years|months|summers)\s+at\s+(?:the\s+)?$", regex.IGNORECASE)
_ROLE_AFTER = regex.compile(
    r"\s*,?\s*(?:as\s+an?\s+(?!(?:[\w-]+\s+){0,2}(?:student|freshman|sophomore|junior|senior|undergrad\w*|transfer|exchange|grad|graduate|major|scholar|athlete|walk-on|kid|teen)\b)\w+"
    r"|teaching|working|on\s+staff)\b",
    regex.IGNORECASE,
)


def _whole_known_place(keep: Detection, d: Detection, text: str) -> bool:
    """A context keep span that is exactly an unambiguous gazetteer place after "in" is that
    place: "I know everybody in Lake Charles" (not a tool); "a Hitachi coil nailer" and "two
    years at Lowell General" stay."""
    if d.category != "LOCATION" or (keep.start, keep.end) != (d.start, d.end):
        return False
    surface = text[d.start : d.end]
    after_in = _IN_BEFORE.search(text[max(0, d.start - 12) : d.start])
    return bool(after_in) and is_place(surface) and not is_ambiguous_place(surface)


_IN_BEFORE = regex.compile(r"\b(?:in|from|near|around|outside)\s+$", regex.IGNORECASE)


def _person_not_place(keep: Detection, d: Detection, text: str) -> bool:
    """A full name that is the whole of a context keep span, not after "at", is a person:
    "worked with Maria Lopez" (redact) but "two years at Charles Drew Elementary" (keep).
    So is a full name before the equipment of a brand span unless an article or a preposition
    makes it the brand: "I gave Maria Lopez tools" (redact), "on the Benjamin Moore machine",
    "a Kirby Lester counter" (keep)."""
    full_name = d.category == "PERSON" and d.score >= 0.95
    if not full_name or not _TITLES.fullmatch(text[keep.start : max(keep.start, d.start)]):
        return False
    before = text[max(0, keep.start - 12) : keep.start]
    if _AT_BEFORE.search(before):
        return False
    if keep.end <= d.end:
        return True
    return bool(_EQUIPMENT_AFTER.fullmatch(text, d.end, keep.end)) and not _BRAND_BEFORE.search(before)


_AT_BEFORE = regex.compile(r"\bat\s+(?:the\s+)?$", regex.IGNORECASE)
_EQUIPMENT_AFTER = regex.compile(r"(?:\s+[a-z][\w-]*){1,2}")
_BRAND_BEFORE = regex.compile(
    r"\b(?:the|a|an|our|my|their|his|her|this|that|these|those|on|with|using|in|of|and|or)\s+$",
    regex.IGNORECASE,
)
_TITLES = regex.compile(
    r"(?:(?:chef|dr\.?|doctor|mr\.?|mrs\.?|ms\.?|miss|coach|nurse|officer|pastor|professor|"
    r"sergeant|captain|manager|supervisor)\s+)*",
    regex.IGNORECASE,
)
_JOINABLE_GAP = regex.compile(r"^[\s\-/]*$")


def deny_list_detections(text: str, policy: Policy) -> list[Detection]:
    found = []
    for entry in policy.deny_list:
        for m in regex.finditer(term_regex([entry.text]), text, regex.IGNORECASE):
            found.append(Detection(m.start(), m.end(), entry.category, 1.0, "PolicyDenyList"))
    return found


def protected_spans(text: str, policy: Policy, detections: list[Detection]) -> list[Detection]:
    """Allow-list occurrences and keep detections: text that must survive."""
    spans = [d for d in detections if d.kind == "keep"]
    if policy.allow_list:
        pattern = term_regex(list(policy.allow_list))
        for m in regex.finditer(pattern, text, regex.IGNORECASE):
            spans.append(Detection(m.start(), m.end(), "ALLOW", 1.0, "PolicyAllowList", "keep"))
    return spans


def apply_rewrite_options(detections: list[Detection], policy: Policy) -> list[Detection]:
    """The policy's ``rewrite`` switches: third-party pronouns, languages offered as skills."""
    out = []
    for d in detections:
        if d.recognizer == "PronounRecognizer" and not policy.rewrite.third_party_pronouns:
            continue
        if d.category == "LANGUAGE_SKILL" and policy.rewrite.language_skills == "redact":
            d = replace(d, category="NATIONALITY_ETHNICITY", kind="sensitive")
        out.append(d)
    return out


def decide(text: str, detections: list[Detection], policy: Policy) -> list[Decision]:
    # decisions read the transcript as detection did, fillers blanked (same length): "I'm, you
    # know, [built like a fridge]" is no comma-separated fragment of its own
    text = blank_fillers(text)
    detections = apply_rewrite_options(detections, policy)
    sensitive = [d for d in detections if d.kind == "sensitive"]
    sensitive += deny_list_detections(text, policy)
    protected = protected_spans(text, policy, detections)
    # an uncased transcript is read with the capitals detection read it with (same length), so
    # that "a slot attendant at [choctaw] casino" is inside a business's name here too
    cased = truecase(text) if needs_truecasing(text) else text
    kept = []
    for d in sensitive:
        rule = policy.rule(d.category)
        if rule.action == "keep" or d.score < rule.threshold:
            continue
        if d.recognizer not in _OVERRIDE_KEEP and any(_protects(p, d, cased) for p in protected):
            continue
        d = _trim_known_keeps(d, protected, cased)
        if d is not None and d.modifier:
            # a modifier found with its article leaves the article to its noun: "in [the VFW]
            # league" reads "in the league", like "in the [PTA] league"
            article = _LEADING_ARTICLE.match(text[d.start : d.end])
            if article and d.start + article.end() < d.end:
                d = replace(d, start=d.start + article.end())
        if d is not None:
            kept.append(d)
    kept = _places_read_as_people(cased, kept)
    kept = _person_with_family(text, kept)
    kept = _nicknames(text, kept)
    kept = _named_with_removed_cue(text, kept, policy)
    merged = _join_attribute_runs(text, _merge(text, kept), policy)
    return [
        _decision(text, d, policy, merged[i + 1] if i + 1 < len(merged) else None)
        for i, d in enumerate(merged)
    ]


# A word for a kind of person that the speaker says they are called is a nickname, and a nickname
# is the candidate's: "the kids just call me [Granny]" and "call me [bro]" both read "call me
# [Person1]", where one was an age placeholder and the other "call me person".
_NICKNAMED = frozenset({"GENDER", "AGE"})
_NICKNAME_END = regex.compile(r"\s*(?:[,.;:!?\"”)]|$|(?:and|or|but|so|because|cause|since|at|on|around|here)\b)", regex.IGNORECASE)
_CALLED = regex.compile(
    # (a description is not a name: "they call me [a total girlboss]", "her right hand woman")
    SELF_ALIAS_CUE + r"((?:(?!(?:a|an|the|her|his|my|their|our|your|this|that|some|such|one|kind|sort)\b)[\p{L}'’-]+\s+){0,2})$",
    regex.IGNORECASE,
)


def _named_with_removed_cue(text: str, detections: list[Detection], policy: Policy) -> list[Detection]:
    """A name said right after a cue the policy removes is the cue's: "with my [guide dog, Juno,]
    and" goes whole, as a version without the dog says nothing there; a placeholder left for
    the dog's name would tell the two apart."""
    ordered = sorted(detections, key=lambda d: (d.start, -d.end))
    out: list[Detection] = []
    skip = set()
    for k, d in enumerate(ordered):
        if k in skip:
            continue
        nxt = ordered[k + 1] if k + 1 < len(ordered) else None
        if (
            nxt is not None
            and policy.rule(d.category).action == "remove"
            and nxt.category == "PERSON"
            and _NAME_GAP.fullmatch(text, d.end, nxt.start)
            and _NAME_CLOSE.match(text, nxt.end)
        ):
            out.append(_through_name(text, d, nxt.end))
            skip.add(k + 1)
            continue
        pet = _PET_NAME.match(text, d.end) if policy.rule(d.category).action == "remove" else None
        if pet is not None and _ANIMAL_END.search(text, d.start, d.end) and (nxt is None or nxt.start >= pet.end()):
            # a capitalised word right after an assistive animal is its name: "my service dog
            # [Biscuit] and I ..." (the name lists do not know pets' names)
            out.append(_through_name(text, d, pet.end()))
            continue
        out.append(d)
    return out


def _through_name(text: str, d: Detection, name_end: int) -> Detection:
    """``d`` run on over the name after it, and over the comma that closes the name."""
    close = _NAME_CLOSE.match(text, name_end)
    return replace(d, end=close.end() if close and close.group().startswith(",") else name_end)


_NAME_GAP = regex.compile(r"\s*,?\s*")
_ANIMAL_END = regex.compile(r"\b(?:dog|dogs|pup|puppy|cat|horse|mini\s+horse|animal)$", regex.IGNORECASE)
_PET_NAME = regex.compile(
    r"\s*,?\s*(?-i:(?!I\b)[A-Z][\p{Ll}'’-]+)(?=,(?=\s)|\s*(?:[.;!?]|$)|\s+(?:and|but|so|who|that)\b)"
)
_NAME_CLOSE = regex.compile(r",(?=\s)|(?=\s*(?:[.;!?]|$))")


def _nicknames(text: str, detections: list[Detection]) -> list[Detection]:
    names = []
    for d in detections:
        called = _CALLED.search(text, max(0, d.start - 80), d.start)
        if (
            called
            and d.category in _NICKNAMED
            and not d.recognizer.startswith(("Pronoun", "GenderIdentity"))  # "I go by he/they"
            and _NICKNAME_END.match(text, d.end)
        ):
            # with the words before it: "call me [big sis]"
            names.append(replace(d, start=called.start(1), category="PERSON", neutral=None, modifier=False))
    return [
        next((n for n in names if n.start <= d.start and d.end <= n.end), d) if d.category in _NICKNAMED else d
        for d in detections
    ]


def _places_read_as_people(text: str, detections: list[Detection]) -> list[Detection]:
    """A gazetteer place the entity model alone calls a person, right after "at" or "in", is
    the place: "mostly at [McAllen]", "a lot of shifts in [Odessa]" read like "mostly at [Fort
    Hood]" would with a location, not a name ("at Tyler's place", "in Tyler Smith's crew" stay
    people; a name the name lists know only after "at": "mostly at [Odessa]")."""
    out = []
    for d in detections:
        if (
            d.category == "PERSON"
            and (
                d.recognizer == "SpacyNerRecognizer"
                and _AT_OR_IN_BEFORE.search(text, max(0, d.start - 8), d.start)
                # a one-word first name that is also a town, after "at": "mostly at [Odessa]"
                or d.recognizer == "NameGazetteerRecognizer"
                and " " not in text[d.start : d.end]
                and _AT_BEFORE_PLACE.search(text, max(0, d.start - 8), d.start)
                # a gazetteer place after moving or living there, whichever model calls it a
                # person: "I moved to [Oak Lawn] with my husband", "we live in [Tyler]"
                or d.recognizer in ("SpacyNerRecognizer", "NameGazetteerRecognizer")
                and _MOVED_OR_LIVE_BEFORE.search(text, max(0, d.start - 30), d.start)
            )
            and is_place(text[d.start : d.end])
            and not _POSSESSIVE_OR_NAME_AFTER.match(text, d.end)
            and not any(
                o is not d and o.category == "PERSON" and o.start < d.end and d.start < o.end for o in detections
            )
        ):
            d = replace(d, category="LOCATION")
        out.append(d)
    return out


_AT_OR_IN_BEFORE = regex.compile(r"\b(?:at|in)\s+$", regex.IGNORECASE)
_AT_BEFORE_PLACE = regex.compile(r"\bat\s+$", regex.IGNORECASE)
_MOVED_OR_LIVE_BEFORE = regex.compile(
    r"\b(?:moved|relocated|moving|transferred)\s+(?:back\s+|out\s+|over\s+|down\s+|up\s+)?(?:here\s+)?(?:to|from)\s+$"
    r"|\b(?:live|lives|living|lived|grew\s+up|raised|born)\s+(?:out\s+|over\s+|down\s+|up\s+)?in\s+$",
    regex.IGNORECASE,
)
_POSSESSIVE_OR_NAME_AFTER = regex.compile(r"['’]s\b|\s+\p{Lu}")


def _person_with_family(text: str, detections: list[Detection]) -> list[Detection]:
    """A gendered word for a person with a family status after it is one cue: "I'm a [guy with
    no kids yet]" reads "I'm [Personal2]", as "I'm a [mom with two little ones]" does (the parent
    word is a family status itself), where "I'm a person" would tell the two versions apart."""
    family = [d for d in detections if d.category == "FAMILY_STATUS" and d.neutral is None]
    if not family:
        return detections
    out = []
    for d in detections:
        if d.category == "GENDER" and d.neutral is not None and d.neutral.lower() == "person":
            for f in family:
                gap = _WITH_GAP.fullmatch(text, d.end, f.start) if f.start >= d.end else None
                if gap is not None and (gap.group(1) or _WITH_GAP_WORD.match(text, f.start)):
                    d = replace(d, category="FAMILY_STATUS", neutral=None, end=f.end, score=max(d.score, f.score))
                    break
        out.append(d)
    return out


_WITH_GAP_WORD = regex.compile(r"(?:with|who\s+has|who\s+is|who['’]s)\s", regex.IGNORECASE)
_WITH_GAP = regex.compile(r"\s+((?:with|who\s+has|who\s+is|who['’]s)\s+)?", regex.IGNORECASE)


def _decision(text: str, d: Detection, policy: Policy, following: Detection | None = None) -> Decision:
    rule = policy.rule(d.category)
    if (
        d.category in _KIN_CATEGORIES
        and policy.rewrite.kin_words == "family"
        and rule.action in ("redact", "neutralize")
    ):
        kin = _kin_word(text, d.start, d.end)
        if kin is not None:
            # "my [daughter]'s team" and "my [nephew]'s team" both read "my family's team"
            return Decision(replace(d, neutral=match_case(text[d.start : d.end], kin)), "neutralize")
        likened = _LIKE_A.search(text, max(0, d.start - 16), d.start)
        if likened and text[d.start : d.end].strip().lower() in _kin_data().likened:
            # "they treat me like [a sister]", "like [a grandson]" -> "like family"
            return Decision(replace(d, start=likened.start(1), neutral=_kin_data().neutral), "neutralize")
    action = _action(d, policy)
    if action == "redact" and d.category in _PEOPLE_WORD_CATEGORIES and _PEOPLE_WORD.fullmatch(text, d.start, d.end):
        if _ARTICLE_BEFORE.search(text, max(0, d.start - 10), d.start) and _NOUN_ENDS.match(text, d.end):
            # "as a [Latina] from El Paso" reads "as a person from ...", as "a [Black] woman" does
            return Decision(replace(d, neutral="person"), "neutralize")
    if action == "redact" and policy.rewrite.attribute_sentences == "remove" and rule.label is not None:
        lead = _sentence_lead(text, d)
        if lead is not None:  # the sentence goes whole, its "Honestly, I'm also a" with it
            return Decision(replace(d, start=lead), "remove")
        fragment = _fragment_bounds(text, d)
        if fragment is not None:  # "I grew up in Denver[, Black and proud]."
            return Decision(replace(d, start=fragment[0], end=fragment[1]), "remove")
    if policy.rewrite.attribute_adjuncts == "remove" and (
        action == "redact" and rule.label is not None or action == "remove" or _work_place_adjunct(text, d, action)
    ):
        lead = _ADJUNCT_LEAD.search(text, max(0, d.start - 40), d.start)
        start = lead.start(1) if lead is not None else None
        if start is None and d.category != "AGE" and _ADJUNCT_CUE.match(text, d.start):
            # (not an age said as a time: "I started [in twenty eighteen]" against "I started
            # [back in the eighties]" or "[after I retired]" would then differ)
            start = d.start
        elif start is None and _YEAR_OF_GRADUATION.match(text, d.start) and _GRADUATED.search(text, max(0, d.start - 60), d.start):
            # a graduation year said "back in '84" goes as "in 2019" does after "graduated from X"
            start = d.start
        if (
            start is not None
            and not d.modifier
            and _ADJUNCT_END.match(text, d.end)
            and not _SELF_SUBJECT.search(text, d.start, d.end)
            and not (following and _BARE_I.fullmatch(text, d.end, following.start))
            and not (following and _COORDINATED.fullmatch(text, d.end, following.start))
        ):
            # (not "during [Lent I fast]", nor "during [Lent] I [fast]" in a run-on: a clause
            # of the candidate's own is part of the cue)
            # "driving trucks [in the Marine Corps]" against "driving trucks": the phrase goes
            back = _BACK_BEFORE.search(text, max(0, start - 24), start)
            if back is not None:  # "graduated from X [back in 2015]" goes whole, "back" with it
                start = back.start()
            whole = _time_only_sentence(text, start, d.end)
            if whole is not None:
                # "[I spent six years in the Army before that]." says nothing once the branch is
                # gone: the sentence goes, as in a version that never said it
                return Decision(replace(d, start=whole[0], end=whole[1]), "remove")
            return Decision(replace(d, start=start), "remove")
    return Decision(d, action)


# A sentence that is only a length of time spent somewhere: "I spent six years [in the Army]
# before that.", "i did four years [in the marines]" (the place is the adjunct removed).
_TIME_ONLY_LEAD = regex.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))((?:(?:and|so|also|well|um|uh|oh|plus|honestly)[,\s]+)*"
    r"(?:I|we)\s+(?:(?:also|first|then|actually|already)\s+)?(?:did|spent|served|put\s+in|gave)\s+"
    r"(?:(?:about|almost|nearly|over|like|a\s+good)\s+)?[\p{L}\p{N}-]+(?:\s+and\s+a\s+half)?\s+(?:years?|months?|tours?|summers?)\s+)$",
    regex.IGNORECASE,
)
_TIME_ONLY_TAIL = regex.compile(
    r"(?:\s+(?:before\s+that|after\s+that|total|in\s+all|altogether|there|back\s+then|straight\s+out\s+of\s+high\s+school))?(?=\s*(?:[.!?]|$))",
    regex.IGNORECASE,
)


def _time_only_sentence(text: str, start: int, end: int) -> tuple[int, int] | None:
    lead = _TIME_ONLY_LEAD.search(text, max(0, start - 80), start)
    tail = _TIME_ONLY_TAIL.match(text, end)
    if lead is None or tail is None:
        return None
    return lead.start(1), tail.end()


def _work_place_adjunct(text: str, d: Detection, action: str) -> bool:
    """A place said as a circumstance of one's work history goes with its preposition, as a
    service branch or a base there does: "six years as a parts clerk [in the Rio Grande Valley],
    mostly [at McAllen]" reads like "six years as a parts clerk [in the Army], mostly [at Fort
    Hood]". Not where one lives or comes from ("as a cook, and we live in [Killeen]"). A school
    goes the same way where one's time, training or start was ("during my time [at <school>]")."""
    if action != "redact" or d.category not in ("LOCATION", "SCHOOL"):
        return False
    if _TIME_THERE.search(text, max(0, d.start - 60), d.start) or (
        d.category == "LOCATION" and _YEARS_THERE.search(text, max(0, d.start - 60), d.start)
    ):
        # "precision work [during my time at <school>]" as "[during my time in the Army]", "I
        # got my start [in the Hudson Valley]" as "[in the Army]"
        return True
    if d.category != "LOCATION" or has_location_cue(text, d.start):
        return False
    clause = _CLAUSE_START.search(text, max(0, d.start - 120), d.start)
    start = clause.end() if clause else max(0, d.start - 120)
    return bool(_WORK_AS.search(text, start, d.start))


# A span of one's working or learning life spent somewhere, said right before the place or school.
_TIME_THERE = regex.compile(
    r"\b(?:(?:during|through|from|in|after|before)\s+my\s+(?:time|years?|days|semesters?|stint|tour|training)|"
    r"(?:my|our)\s+(?:[\p{L}-]+\s+){0,2}(?:training|apprenticeship|coursework|program|classes|course)|"
    r"(?:got|had|found)\s+my\s+start|(?:trained|training|certified|apprenticed))"
    r"\s+(?:at|in|with|through|from|on)\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
# ... and, for a place, years of work there ("I did six years [in the Bronx] as an operator"; a
# year at a school is a school).
_YEARS_THERE = regex.compile(
    r"\b(?:did|spent|served|put\s+in|worked)\s+(?:[\p{L}\p{N}-]+\s+){1,2}(?:years?|months?|summers?|seasons?|tours?)"
    r"\s+(?:at|in|with|on)\s+(?:the\s+)?$"
    # "I've run excavators for six years, [first in Hibbing], and then with ..."
    r"|\b(?:years?|months?|seasons?)\b[^.!?;]{0,12}?,?\s+(?:first|then|later|mostly|originally)\s+(?:in|at|on|with)\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
_CLAUSE_START = regex.compile(r"[.!?;]\s*(?!.*[.!?;])", regex.DOTALL)
_WORK_AS = regex.compile(
    r"\b(?:(?:worked|working|work|spent\s+\S+\s+(?:years?|months?|summers?|seasons?))\s+as\s+an?\s+\p{L}|"
    r"(?:years?|months?|summers?|seasons?)\s+as\s+an?\s+\p{L})",
    regex.IGNORECASE,
)


# A preposition that adds a circumstance, right before a cue ("driving trucks [in] the Marine
# Corps", "I came here [on] a student visa", "every week I volunteer [at] the gurdwara"), and not
# after a form of "be" ("I'm in [my forties]" says nothing without it). Read on the surface, not
# the parse, so two versions with differently shaped cues are treated alike. "to", "of", "as"
# and "like" are not here: "I go to [church]", "a member of [X]".
_NOT_AFTER_BE = r"(?<!\b(?:am|['’]m|is|['’]s|are|['’]re|was|were|be|been|being)\s+(?:[\p{L}-]+\s+)?)"
_CIRCUMSTANCE = (
    r"(?:in|on|with|at|for|from|through|during|under|via|alongside|within|throughout|among|"
    r"around|after|before|since)"
)
_ADJUNCT_LEAD = regex.compile(
    _NOT_AFTER_BE + r"\b("
    # ... also through one's own people or time there: "I fish [with my buddies from] the 1st
    # Cav", "I learned to weld [during my years in] the Navy"
    r"(?:in|on|with|at|from|through|during)\s+(?:my|our)\s+(?:[\p{L}'’-]+\s+){1,2}"
    r"(?:in|from|at|with|during|on)\s+(?:(?:the|a|an|my|our)\s+)?"
    r"|" + _CIRCUMSTANCE + r"\s+(?:(?:the|a|an|my|our)\s+)?)$",
    regex.IGNORECASE,
)
# a cue found with its preposition: "forklift certified [from my time in the army]"
_ADJUNCT_CUE = regex.compile(_NOT_AFTER_BE + r"\b" + _CIRCUMSTANCE + r"\s", regex.IGNORECASE)
# ... and the cue ends its phrase: punctuation or a word that starts something else follows
# ("at [the Black Student Union] meeting" is not the whole object).
_ADJUNCT_END = regex.compile(
    r"\s*(?:[.,;:!?)]|$|(?:and|or|but|so|on|in|at|for|with|every|each|since|when|while|because|"
    r"last|this|next|once|twice|before|after|until|till|to|from|during|as|which|who|where|I|we|"
    r"then|too|also|now|right|sometimes|weekly|daily|most|mostly|a|an|the|my|our|back|whenever|without|despite)\b)",
    regex.IGNORECASE,
)
_BACK_BEFORE = regex.compile(r"\b(?:(?:all\s+the\s+)?way\s+)?back\s+$", regex.IGNORECASE)
_YEAR_OF_GRADUATION = regex.compile(r"(?:way\s+)?(?:back\s+)?(?:in|around)\s", regex.IGNORECASE)
_GRADUATED = regex.compile(
    r"\b(?:graduated|graduating|finished\s+(?:high\s+)?school|got\s+my\s+(?:diploma|GED|degree))\b[^.!?;,]{0,40}$",
    regex.IGNORECASE,
)
_BARE_I = regex.compile(r"\s+I\s+")
# "on [Losar] and [Buddha Jayanti] I'd need off": the phrase's object is both cues, and
# removing "on Losar" alone would leave "so and [Personal2]"
_COORDINATED = regex.compile(r"\s*(?:,\s*)?(?:and|or|&|,)\s*", regex.IGNORECASE)
_SELF_SUBJECT = regex.compile(r"\b(?:I|we)\b", regex.IGNORECASE)
# A one-word cue used as a noun for a person after "as a": "as a [Latina] from El Paso", "as an
# [immigrant] myself" - the person stays, the cue goes ("I'm a [Muslim]" keeps its placeholder,
# like "I'm [Catholic]").
_PEOPLE_WORD_CATEGORIES = frozenset({"NATIONALITY_ETHNICITY", "RELIGION", "SEXUAL_ORIENTATION"})
_PEOPLE_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
_ARTICLE_BEFORE = regex.compile(r"\b(?:as|being)\s+(?:a|an)\s+$", regex.IGNORECASE)
_NOUN_ENDS = regex.compile(
    r"\s*(?:[,.;!?]|$|(?:from|in|at|who|with|and|living|born|raised|myself|here|there|working|like|"
    r"that|so|but|on|for|by|since)\b)",
    regex.IGNORECASE,
)
_KIN_CATEGORIES = frozenset({"FAMILY_STATUS", "AGE", "SEXUAL_ORIENTATION", "GENDER"})
_POSSESSIVE_BEFORE = regex.compile(r"\b(?:my|our)\s+$", regex.IGNORECASE)
_LIKE_A = regex.compile(r"\blike\s+((?:a|an)\s+)$", regex.IGNORECASE)


class _Kin(NamedTuple):
    neutral: str  # "family"
    words: frozenset[str]  # kin words after "my"/"our"
    shape: regex.Pattern  # "(my) (modifiers) word"
    likened: frozenset[str]  # kin words after "like a"


@lru_cache(maxsize=1)
def _kin_data() -> _Kin:
    data = yaml.safe_load((DATA_DIR / "_kin.yaml").read_text(encoding="utf-8"))
    modifiers = "|".join(regex.escape(m) for m in data["modifiers"])
    shape = regex.compile(
        rf"(?:(my|our)\s+)?(?:(?:{modifiers})[\s-]+){{0,2}}(\p{{L}}+)", regex.IGNORECASE
    )
    return _Kin(data["neutral"], frozenset(data["words"]), shape, frozenset(data["likened"]))


def _kin_word(text: str, start: int, end: int) -> str | None:
    """The neutral word for a cue that is only a word for one's own relative ("daughter", "my
    twins", "my little brothers"), with its "my"/"our" kept; None for anything else."""
    neutral, words, shape, _ = _kin_data()
    m = shape.fullmatch(text[start:end].strip())
    if not m:
        return None
    word = m.group(2).lower()
    owned = m.group(1) or _POSSESSIVE_BEFORE.search(text, max(0, start - 8), start)
    if not owned or word not in words:
        return None  # "married with two kids" is a status, not a relative: its placeholder stays
    return f"{m.group(1)} {neutral}" if m.group(1) else neutral


def _action(d: Detection, policy: Policy) -> str:
    """The category's action; a modifier under a shared placeholder label is removed when the
    policy says so: "a gay rugby club" and "a men's rugby club" both read "a rugby club", where
    "[Personal3] rugby club" against "a rugby club" would tell the two versions apart."""
    rule = policy.rule(d.category)
    if rule.action != "redact" or rule.label is None:
        return rule.action
    if d.modifier and policy.rewrite.attribute_modifiers == "remove":
        return "remove"
    return rule.action


# What may stand in a sentence besides an attribute cue for the sentence to be only that cue:
# fillers and link words before it, "I'm (also) a" before it, and its full stop after.
_SENTENCE_LEAD = regex.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))((?:(?:um|uh|so|and|also|honestly|oh|well|plus|but|yeah)[,\s]+)*"
    r"(?:(?:I['’]m|I\s+am|I\s+was|I['’]ve\s+been|we['’]re|we\s+are)\s+(?:(?:also|an?|the|proud|proudly|active)\s+)*(?:member|members|part)\s+of\s+(?:the\s+)?)?)$",
    regex.IGNORECASE,
)
_SENTENCE_END = regex.compile(r"\s*(?:[.!?]|$)")


def _sentence_lead(text: str, d: Detection) -> int | None:
    """Where the sentence starts when ``d`` is all it says ("I just got married in June.", "I'm
    also a member of American Legion Post 7."), else None: one version of a transcript says it
    and another says nothing there, so a placeholder would be the only difference."""
    if not _SENTENCE_END.match(text, d.end):
        return None
    m = _SENTENCE_LEAD.search(text, max(0, d.start - 60), d.start)
    return m.start(1) if m else None


# A comma-separated piece of a sentence that is only the cue: ", [Black and proud]." or
# "Quick facts: [58], class A CDL".
_FRAGMENT_LEAD = regex.compile(r"([,;:])[ \t]*(?:(?:and|or|plus|also|a|an|the)\s+)*$", regex.IGNORECASE)
_FRAGMENT_END = regex.compile(r"[ \t]*(?=[,.;!?]|$)")
_FRAGMENT_COMMA = regex.compile(r",[ \t]*")


def _fragment_bounds(text: str, d: Detection) -> tuple[int, int] | None:
    """What to remove when ``d`` is all a comma-separated piece of its sentence says: from the
    comma before it ("in Denver[, Black and proud]."), or after a colon up to and with the comma
    after it ("Quick facts: [58, ]class A CDL"). None otherwise."""
    if not _FRAGMENT_END.match(text, d.end):
        return None
    lead = _FRAGMENT_LEAD.search(text, max(0, d.start - 30), d.start)
    if lead is None:
        return None
    comma = _FRAGMENT_COMMA.match(text, d.end)
    if lead.group(1) == ":":
        return (lead.end(), comma.end()) if comma else None
    if comma and not _LINK_AFTER.match(text, comma.end()):
        return lead.start(1), d.end + 1  # "My coworkers[, mostly Catholic,] love" - both commas
    return lead.start(1), d.end


_LINK_AFTER = regex.compile(r"(?:and|or|but|so|plus|then)\b", regex.IGNORECASE)


_LEADING_ARTICLE = regex.compile(r"^(?:the|a|an)\s+", regex.IGNORECASE)


def _covers(outer: Detection, inner: Detection, text: str = "") -> bool:
    """``outer`` contains ``inner``, not counting an article in front ("The Goddard School")."""
    start = inner.start
    if text:
        article = _LEADING_ARTICLE.match(text[inner.start : inner.end])
        start += article.end() if article else 0
    return outer.start <= start and inner.end <= outer.end


def _merge(text: str, detections: list[Detection]) -> list[Detection]:
    """Union overlapping detections; join same-category neighbours separated by spaces."""
    out: list[Detection] = []
    for d in sorted(_drop_rewrites_under_redactions(detections), key=lambda d: (d.start, -d.end)):
        if out and (d.start < out[-1].end or _joinable(text, out[-1], d)):
            out[-1] = _union(out[-1], d)
        else:
            out.append(d)
    return out


def _join_attribute_runs(text: str, detections: list[Detection], policy: Policy) -> list[Detection]:
    """Cues under one shared placeholder label with only spaces between are one run: "a
    [thirty-one year old] [Marine Corps veteran]" reads "[Personal1]" (apply joins the run), as
    "a [thirty-one year old]" does, rather than losing the first as a modifier of the second.
    Each keeps its own category in the redaction list."""
    out: list[Detection] = []
    for d in detections:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.neutral is None
            and d.neutral is None
            and policy.rule(prev.category).label is not None
            and policy.rule(prev.category).label == policy.rule(d.category).label
            and policy.rule(prev.category).action == policy.rule(d.category).action == "redact"
            and _SPACES_ONLY.fullmatch(text, prev.end, d.start)
        ):
            out[-1] = replace(prev, modifier=False)
        out.append(d)
    return out


_SPACES_ONLY = regex.compile(r"[ \t]*")


def _drop_rewrites_under_redactions(detections: list[Detection]) -> list[Detection]:
    """A neutral rewrite ("she is" -> "they are") that overlaps a span about to be redacted is
    dropped rather than merged: merging would blank the pronoun's sentence along with it."""
    plain = [d for d in detections if d.neutral is None]
    return plain + [
        d for d in detections
        if d.neutral is not None and not any(p.start < d.end and d.start < p.end for p in plain)
    ]


def _joinable(text: str, a: Detection, b: Detection) -> bool:
    if a.neutral is not None or b.neutral is not None:
        return False  # two rewrites side by side stay two rewrites ("her work wife")
    if a.category != b.category:
        return False
    gap = text[a.end : b.start]
    # "from [Rogers, Arkansas]" is one place, as "from [Huehuetenango]" is: a state or country
    # after a comma says where the place is
    return bool(_JOINABLE_GAP.match(gap)) or (
        a.category == "LOCATION" and REGION_GAP.fullmatch(gap) is not None and is_region(text[b.start : b.end])
    )




def _generic_penalty(d: Detection) -> float:
    return 0.15 if d.recognizer.startswith(_GENERIC) else 0.0


def _union(a: Detection, b: Detection) -> Detection:
    # The stronger claim names the category; general-purpose recognizers (NER, name lists) lose
    # ties to specific ones; remaining ties go to the longer span.
    lead = max((a, b), key=lambda d: (d.score - _generic_penalty(d), d.end - d.start))
    outer, inner = (a, b) if a.end - a.start >= b.end - b.start else (b, a)
    if (
        inner.start == outer.start
        and inner.end < outer.end
        and outer.score >= inner.score - 0.1
        and not outer.recognizer.startswith(_GENERIC)
    ):
        # a cue that only qualifies a longer one names nothing: "a [service-connected] knee
        # injury" is the injury, as "a knee injury" is
        lead = outer
    if {a.category, b.category} == {"PERSON", "LOCATION"}:
        # "born in Santo Domingo", "came from Da Nang": a gazetteer place after a location phrase
        # is the place, whatever the name lists say of its words ("Cuyahoga Falls" likewise, when
        # only the entity model says person)
        place, person = (a, b) if a.category == "LOCATION" else (b, a)
        model_only = person.recognizer == "SpacyNerRecognizer"
        if place.recognizer == "PlaceRecognizer" and (place.score >= 0.85 or model_only):
            lead = place  # ... and so is a gazetteer place the entity model calls a person
    return Detection(
        start=min(a.start, b.start),
        end=max(a.end, b.end),
        category=lead.category,
        score=max(a.score, b.score),
        recognizer=lead.recognizer if a.recognizer == b.recognizer else f"{a.recognizer}+{b.recognizer}",
        kind="sensitive",
        entity_key=lead.entity_key,
        # a span inside another says nothing of how the whole is used: "[Eid al-Adha] portraits"
        # modifies "portraits" though "Eid" alone, a name to the name lists, does not
        modifier=outer.modifier if _covers(outer, inner) else a.modifier and b.modifier,
    )
