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

#: "everybody at work says Obi", "everyone on the floor just says Tee", "the guys all say Hank":
#: what the people around one say for one's name.
SAYS_NAME = (
    r"(?:every(?:body|one)|people|folks|they|the\s+(?:\w+\s+)?(?:guys|crew|kids|drivers|residents|patients|"
    r"regulars|customers|nurses|techs|girls|team|ladies|staff))(?:\s+(?:at|on|in|around|here\s+at)\s+"
    r"(?:work|the\s+\w+|my\s+\w+|school|home))?(?:\s+(?:here|there))?(?:\s+(?:just|all|always|mostly|still))?"
    r"\s+(?:say|says|said)"
)
# shouting a name at the speaker: "everybody just hollers [teddy] at me"
_SHOUT = r"(?:holler|hollers|hollered|hollering|yell|yells|yelled|yelling|shout|shouts|shouted|shouting)(?:\s+out)?"
SELF_ALIAS_CUE = (
    r"(?:\b(?:call(?:s|ed|ing)?|know(?:s)?)\s+me(?:\s+as)?|\byou\s+can\s+(?:just\s+)?(?:say|use|go\s+with|call\s+me)|\bcalls?\s+me\s+that[,;]?\s+(?:it['’]s|just|only)|\b(?:I['’]m|I\s+am)\s+known\s+as|\bI\s+go\s+by"
    r"|\b" + _SHOUT
    + r"|\bnickname(?:\s+(?:at|on|in|around|with)\s+(?:work|the\s+\w+|school|home))?\s+(?:was|is)"
    r"|\b" + SAYS_NAME + r")[,:]?\s+(?:[\"“']\s*)?"
)
# what the speaker is called: "the drivers all call me [Hank]", "I go by [Kay]", "everybody at
# work says [Obi]", "folks know me as [Big T]"
SELF_ALIAS = regex.compile(
    SELF_ALIAS_CUE + r"$",
    regex.IGNORECASE,
)
_SAYS_CUE_RE = regex.compile(r"\b" + SAYS_NAME + r"[\s,]+$", regex.IGNORECASE)
_STRONG_CUE_RE = regex.compile(
    r"\b(?:call(?:s|ed|ing)?\s+me|short\s+for|you\s+can\s+(?:just\s+)?(?:say|use|go\s+with)|calls?\s+me\s+that[,;]?\s+(?:it['’]s|just|only)|name\s+is|name's|go(?:es)?\s+by|known\s+as|nickname\s+is|"
    r"nickname(?:\s+(?:at|on|in|around|with)\s+(?:work|the\s+\w+|school|home))?\s+(?:was|is)|" + SAYS_NAME + r")[\s,]+$",
    regex.IGNORECASE,
)

#: "they call me big mike", "everybody calls me tony", "the kids call me miss kay": a common
#: given name in lower case right after the strongest cues, with the size, age or title word of a
#: nickname in front going with it (a capitalised one is found by ``_strongly_cued``).
_NICKNAME_CUE_RE = regex.compile(
    r"\b(?:call(?:s|ed|ing)?\s+me|you\s+can\s+(?:just\s+)?(?:say|use|go\s+with)|nickname(?:\s+[\w'’]+){0,4}?\s+(?:is|was)|nickname['’]s|nicknamed\s+me|known\s+as|know\s+me\s+as|"
    r"go(?:es)?\s+by|i\s+go\s+by|" + SAYS_NAME + r")[\s,]+(?:just\s+|like\s+)?"
    r"((?:big|lil|lil['’]|little|young|yung|baby|miss|mister|mr\.?|mrs\.?|ms\.?|coach|chef|doc)\s+)?$",
    regex.IGNORECASE,
)
#: ... and below this Zipf value (the commonest given names, "mike" 4.8, "tony" 4.6, are below).
NICKNAME_ZIPF = 5.0

#: "Harmony and I co-led ...", "me and Grace": a given name paired with the speaker.
_AND_I_AFTER = regex.compile(r"\s+(?:and|&)\s+(?:I|me|myself)\b(?!['’])")
_ME_AND_BEFORE = regex.compile(r"\b(?:[Mm]e|I)\s+(?:and|&)\s+$")

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
    "adviser|sponsor|foreman|forewoman|superintendent|director|principal|homie|bestie|bff|bro|sis|"
    "boy|girl|guy|dude|homeboy|homegirl|cousin|godson|goddaughter|stepson|stepdaughter|stepsister|stepbrother|"
    "tia|tio|tía|tío|lola|lolo|tita|tito|oma|opa|nonna|nonno|bubbe|zayde|baba|dedushka|babushka|ate|kuya|"
    # people one works under or beside, by their job: "my dispatcher angela", "our charge nurse
    # ifeoma", "my old sergeant okafor", "my grower", "my preceptor"
    "dispatcher|charge\\s+nurse|preceptor|sergeant|sarge|captain|lieutenant|chief|crew\\s+chief|"
    "grower|rancher|farmer|contractor|journeyman|master|sous\\s+chef|head\\s+chef|recruiter|"
    "administrator|coordinator|partner|mentee|trainee|apprentice|teammate|co-host|cohost|dj|barber|stylist|"
    "driver|cook|server|cashier|mechanic|receptionist|janitor|custodian|bartender|barista|electrician|"
    "plumber|welder|operator|technician|nurse|doctor|therapist|scheduler|planner|estimator|inspector|"
    "pharmacist|dentist|hygienist|vet|veterinarian|caseworker|case\\s+manager|social\\s+worker|"
    "lead\\s+hand|leadhand|shop\\s+steward|steward|gm|owner|headmaster|dean|advisor|tutor"
)
#: Kin words a child or partner is introduced with, then named: "we have a little boy, Ebube,".
_KIN_INTRO = (
    "son|daughter|boy|girl|baby|kid|child|stepson|stepdaughter|nephew|niece|grandson|granddaughter|"
    "husband|wife|partner|fianc[eé]e?|boyfriend|girlfriend|brother|sister|twins?"
)
ROLE_CUE = regex.compile(
    rf"\b(?:my|our|his|her|their|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{ROLE_WORDS})[\s,]+$"
    # a child called by their place among the children: "my oldest yaretzi helped me film this"
    r"|\b(?:my|our)\s+(?:oldest|eldest|youngest|middle(?:\s+one)?|first[\s-]?born|second\s+oldest)[\s,]+$"
    # a relative introduced with "a", then named: "we have a little boy, Ebube, he is two", "I have
    # a daughter, Amara,", "we have a little boy ebube" (uncased); never "as a kid, Kalamazoo ..."
    rf"|\b(?:have|had|got|with|adopted|welcomed|raising|raise|(?:mom|mother|dad|father|parent)\s+to)\s+"
    rf"(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?(?:{_KIN_INTRO})[\s,]+$",
    regex.IGNORECASE,
)


#: A role said right after a name, as an apposition: "Eleanor, my supervisor at Kroger, ...",
#: "Tavita, my crew lead, says ...", "Siobhan, the GM there, ...".
ROLE_AFTER = regex.compile(
    rf"\s*,\s*(?:my|our|his|her|their|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{ROLE_WORDS}|gm|hr|lead|crew\s+lead)\b",
    regex.IGNORECASE,
)
#: Greetings and fillers that may open a transcript before the speaker names themself.
INTRO_LEAD = regex.compile(
    r"\W*(?:(?:hey|hi|hello|yo|so|ok|okay|um+|uh+|alright|all\s+right|well|what's\s+up|whats\s+up|good\s+morning|"
    r"good\s+afternoon|good\s+evening|good\s+day|afternoon|morning|evening|greetings|there|everyone|everybody|y'all|guys|folks|team|"
    r"what['’]?s\s+going\s+on|how['’]?s\s+it\s+going|what\s+is\s+up)\W+)*",
    regex.IGNORECASE,
)
_SHOUTED_AT_ME = regex.compile(
    r"\b" + _SHOUT + r"\s+((?:(?:big|lil|little|ol['’]?|old)\s+)?[\p{L}'’-]+)\s+(?:at|to|for)\s+me\b",
    regex.IGNORECASE,
)
_HERE_AFTER = regex.compile(r"(?:\s+[a-z]+)?\s+here\b")
_HERE_AFTER_CAP = regex.compile(r"(?:[\s-]+[A-Z][\p{L}'’-]*){0,3}\s+here\b")
#: A full name with "'s" and no noun after it is a business or a brand ("Marie Callender's.",
#: "Jack Daniel's at the bar"); "Maria Lopez's car" is a person's.
BRAND_POSSESSIVE = regex.compile(
    r"['’]s(?=\s*(?:[,.;!?]|$)|\s+(?:at|in|for|and|or|on|with|to|from|when|while|as|during|until|where|since|because|but|so)\b)"
)
#: Words after a surname that make it a family ("the Lindqvist family", "the Delacroix twins"), and
#: words after those that make it a business instead ("the Kroger family of stores").
_FAMILY_WORDS = frozenset({"family", "families", "household", "twins", "triplets", "kids", "children", "boys", "girls"})
_NOT_FAMILY_AFTER = frozenset({
    "of", "foundation", "business", "businesses", "restaurant", "restaurants", "farm", "farms", "dental", "practice",
    "firm", "company", "store", "stores", "bakery", "winery", "vineyard", "vineyards", "dealership", "trust", "office",
    "brand", "brands", "owned", "run", "friendly", "room", "rooms", "style", "recipe", "recipes", "plan", "plans",
    "medicine", "court", "law", "services", "center", "centre", "pack", "size", "meal", "meals", "name",
})
#: A job title being applied for, named with a word the name lists hold ("applying for vineyard
#: worker", "I applied for Orchard Hand"): the head noun of a job after a verb of applying.
_APPLYING_FOR = regex.compile(
    r"\b(?:apply|applying|applied|applies|application)\s+(?:for|to\s+be|as)\s+(?:an?\s+|the\s+|your\s+)?(?:[\p{L}-]+\s+){0,2}$",
    regex.IGNORECASE,
)
_JOB_HEADS = frozenset({
    "worker", "workers", "hand", "hands", "picker", "pickers", "operator", "assistant", "technician", "tech",
    "driver", "clerk", "associate", "cook", "attendant", "aide", "helper", "laborer", "labourer", "specialist",
    "supervisor", "manager", "lead", "packer", "loader", "mechanic", "installer", "porter", "steward", "keeper",
    "crew", "member", "trainee", "apprentice", "inspector", "coordinator", "caregiver", "housekeeper", "server",
})
#: Words before a name that make it someone worked beside, not an employer ("I worked with Esperanza").
_BESIDE_RE = regex.compile(r"\b(?:with|alongside|beside|under)\s+$", regex.IGNORECASE)


def is_unambiguous_name(word: str) -> bool:
    """A listed name that is rare as an ordinary English word."""
    return is_name_like(word) and word_zipf(word.lower()) < COMMON_WORD_ZIPF


# The speaker's name said again another way right after it: a correction ("beto ramírez, well
# [alberto]") or an offer ("Juniper Castellanos, [June] is fine", "Alexander, [Sasha] for short").
_SAID_AGAIN = regex.compile(
    r"\s*,?\s*(?:(?:uh|um)\s*,?\s*)?"
    r"(?:(?P<correct>well|or|i\s+mean|actually|technically|officially)\s*,?\s+"
    r"(?P<alias>[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}?)(?=\s+on\s+paper|\s+officially|\s+legally|\s*[,.;!?]|\s+(?:and|but|so|i|i['’]m|im|is\s+fine|is\s+good|works)\b|$)"
    r"|(?:(?:but|so|and)\s+)?(?:(?:honestly|really|just|actually|probably)\s+)?(?P<offer>)(?P<alias>[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)"
    r"\s+(?:is\s+(?:fine|good|okay|ok|great)|works|for\s+short)(?=\s*[,.;!?]|\s+(?:too|though|either|by\s+me|with\s+me)\b|$)"
    # ... repeated alone between commas: "Rosalind Achterberg, [Roz], R-O-Z"
    r"|(?<=,\s*)(?P<bare>)(?P<alias>[\p{L}'’-]+)(?=\s*,|\s+(?:on|at|around|to)\s+(?:the\s+|my\s+)?(?:crew|team|job|jobsite|site|floor|line|dock|docks|shift|set|road|farm|ranch|stage|decks|radio|air|work|friends|guys|kids|regulars)\b)"
    # ... spelled out: "thats [marcus] with a c"
    r"|(?:that['’]?s|thats)\s+(?P<bare>)(?P<alias>[\p{L}'’-]+)(?=\s+with\s+(?:an?\s+|two\s+)?[a-z]\b)"
    # ... or after a filler alone (blanked to spaces in the copy detection reads, or not): "Jacob
    # Bontrager, uh, [Jake].", "abigail whitcomb uh [abby] is what everybody calls me"
    r"|(?<=\S\s{4,}|\b(?:uh|um),?\s+)(?P<bare>)(?P<alias>[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})"
    r"(?=\s*[,.;!?]|\s+(?:and|but|so|i|i['’]m|im)\b|\s+is\s+what\s+(?:everybody|everyone|people|folks|they|most\s+people)\b))",
    regex.IGNORECASE,
)
# what the speaker is called, capitalised, right after a cue: "everybody calls me [T-Bone]", "most
# folks know me as [DJ Quino]", "they call me [Big Mo]" (a hyphen, an initial or a title word of a
# nickname included)
_CALLED_AFTER_CUE = regex.compile(
    SELF_ALIAS_CUE
    + r"\K(?-i:(?:DJ|MC|Lil|Lil'|Big|Little|Young|Miss|Mister|Mr\.?|Ms\.?|Coach|Chef|Doc|Sarge)\s+[A-Z][\p{L}'’]*(?:-[A-Za-z][\p{L}'’]*)*"
    r"|(?!(?:I|A|The|My|It|That|This|We|You)\b)[A-Z][\p{L}'’]*(?:-[A-Za-z][\p{L}'’]*)+)",
    regex.IGNORECASE,
)
# a name spelled letter by letter right after it: "Roz, [R-O-Z]", "[T-Y]"
_SPELLED_NAME = regex.compile(r"\s*,?\s*(?P<alias>(?-i:[A-Z])(?:[-.\s](?-i:[A-Z])){1,10}\.?)(?=\s*[,.;!?]|\s+(?:and|like|as\s+in)\b)")
# an introduction right before a name: "I'm", "this is", "my name is", "it's" (also what the
# truecaser capitalises after)
INTRO_CUE = regex.compile(
    r"\b(?:i['’]m|im|i\s+am|this\s+is|my\s+name\s+is|my\s+name['’]s|name['’]s|it['’]s|its|call\s+me)[\s,]+$",
    regex.IGNORECASE,
)
# a single capital letter closing a nickname: "Marky V", "DJ K" ("I" and "A" are words)
_LETTER_AFTER_NAME = regex.compile(r"(?-i:[B-HJ-Z])")
_WORD_RE = regex.compile(r"[\p{L}'’-]+")
_TITLED_ROLE = regex.compile(r"\b\p{Lu}[\p{L}-]*\s+\p{Lu}[\p{L}-]*[\s,]+$")
_STOP_AFTER_NAME = frozenset({"on", "paper", "officially", "legally", "and", "but", "so", "i", "the", "a", "an", "my"})


def _nickname_start(text: str, at: int) -> int | None:
    """Where a lower-case nickname at ``at`` starts, with its "big"/"lil"/title in front, when a
    nickname cue ("call me", "go by") comes right before it; None without one."""
    m = _NICKNAME_CUE_RE.search(text[max(0, at - 50) : at])
    if m is None:
        return None
    return at - len(m.group(1)) if m.group(1) else at


class NameRecognizer(EntityRecognizer):
    """Capitalised gazetteer names, extended over neighbouring capitalised name tokens."""

    def __init__(self):
        super().__init__(supported_entities=["PERSON"], name="NameGazetteerRecognizer")
        self.kind = "sensitive"

    def load(self) -> None:
        given_names(), surnames()
        res = load_resource("name_cues")
        self._cue_re = name_cue_regex(("im", "its"))  # uncased speech: "im dorian", "its mikey"
        self._not_names = {w.lower() for w in res.get("not_names", [])}
        self._address_words = {w.lower() for w in res.get("address_words", [])}
        self._not_entities = not_entities()
        self._not_after_name = frozenset(load_resource("truecase").get("not_after_name", []))

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        doc = nlp_artifacts.tokens
        results, i = self._lowercase_names(doc) + self._shouted_at_me(doc_text(doc)), 0
        last_end = -1  # the token after the last name found
        while i < len(doc):
            tok = doc[i]
            family = self._family_name(doc, i)
            strong = (
                self._strongly_cued(doc, i) or self._cued_unlisted(doc, i) or self._role_follows(doc, i)
                or self._intro_here(doc, i) or family
            )
            if (strong or self._could_start(tok)) and (
                strong
                or is_unambiguous_name(tok.text)
                or self._cued(doc, i)
                or self._name_follows(doc, i)
                or self._subject_name(doc, i)
                or self._coordinated(doc, i, last_end)
                or self._beside_i(doc, i)
            ):
                j = self._hyphen_end(doc, i + 1)
                if strong and j == i + 1 and j < len(doc) and self._cued_surname(doc[j]):
                    j = self._hyphen_end(doc, j + 1)  # "I'm Rosalind [Mbeki]-Hart": rarer than a word
                while j < len(doc) and (self._continues(doc[j]) or self._initial_end(doc, j) > j):
                    j = self._hyphen_end(doc, max(j + 1, self._initial_end(doc, j)))
                if self._intro_here(doc, i):
                    # "Winona Three Stars here": every capitalised word up to "here" is the name
                    while j < min(len(doc), i + 4) and doc[j].is_alpha and doc[j].text[:1].isupper():
                        j += 1
                i = self._extend_back(doc, i)
                start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
                score = 0.85 if (j - i > 1 or self._cued(doc, i)) else 0.7
                if j - i > 1 and self._full_name(doc[i:j]) or j - i == 1 and self._beside_name(doc, i):
                    score = 0.95  # beats keep spans: "I worked with Maria Lopez", "with Esperanza"
                elif j - i > 1 and self._cued(doc, i) and self._rare_surname(doc[j - 1]):
                    score = 0.95  # "it's Mikey Zelaya": a cue, a name, a rare listed surname
                elif family:
                    score = 0.95  # "nanny for the Lindqvist family": a family, not an employer
                elif SELF_ALIAS.search(doc_text(doc), max(0, start - 60), start):
                    score = 0.9  # "calling me [Bry]": what one is called, even when a town is named so
                if j - i > 1 and doc[j - 1].lower_ in _JOB_HEADS and _APPLYING_FOR.search(doc_text(doc), 0, start):
                    i = j  # "I'm applying for Vineyard Worker": the job applied for, not a person
                    continue
                if j - i > 1 and BRAND_POSSESSIVE.match(doc_text(doc), end):
                    i = j  # "poured Jack Daniel's at the bar", "at Marie Callender's.": a brand
                    continue
                if strong and j < len(doc) and _LETTER_AFTER_NAME.fullmatch(doc[j].text) and (
                    j + 1 >= len(doc) or not doc[j + 1].text[:1].isupper()
                ):
                    end = doc[j].idx + len(doc[j].text)  # "I go by [Marky V] on the decks"
                    j += 1
                results.append(self._result(start, end, score))
                last_end = j
                i = j
            else:
                i += 1
        text = doc_text(doc)
        called = [self._result(m.start(), m.end(), 0.9) for m in _CALLED_AFTER_CUE.finditer(text)]
        return results + self._said_again(text, results) + called

    def _said_again(self, text: str, found: list) -> list:
        """The speaker's name said again another way right after it, once or in a chain: corrected
        ("this is beto ramírez, well [alberto]", "Terrence, or [T] is fine"), offered ("I'm
        Juniper Castellanos, [June] is fine", "but honestly [Dash] is fine", "[Sasha] for short"),
        repeated or spelled ("Rosalind Achterberg, [Roz], [R-O-Z], [Roz] is good", "that's
        [marcus] with a c"). Each word is a listed given name or surname, or capitalised and rare
        as a word; offered, a single capital letter too."""
        out = []
        for r in found:
            if not INTRO_CUE.search(text, max(0, r.start - 30), r.start):
                continue
            pos = r.end
            for _ in range(4):
                span = self._alias_at(text, pos)
                if span is None:
                    break
                out.append(self._result(span[0], span[1], 0.9))
                pos = span[1]
        return out

    def _alias_at(self, text: str, pos: int) -> tuple[int, int] | None:
        spelled = _SPELLED_NAME.match(text, pos)
        if spelled is not None:
            return spelled.span("alias")
        m = _SAID_AGAIN.match(text, pos)
        if m is None:
            return None
        words = list(_WORD_RE.finditer(text, m.start("alias"), m.end("alias")))
        offer = m.group("offer") is not None or m.group("correct") is not None
        whole = offer or m.group("bare") is not None
        names = []
        for w in words:
            rare_after_name = names and w.group().isalpha() and word_zipf(w.group().lower()) < 2.0
            if not (self._name_word(w.group(), offer) or rare_after_name):
                break  # (a surname no list has, after a name: "cody ray [lindqvist]")
            names.append(w)
        if not names or (whole and len(names) < len(words)):
            return None
        return m.start("alias"), names[-1].end()

    def _name_word(self, word: str, offer: bool = False) -> bool:
        """A word of a name said again; offered as the name to use ("[June] is fine"), a given
        name that is also a month or a word still counts."""
        low = word.lower()
        folded = fold_accents(word)
        if offer and (word[:1].isupper() and folded in given_names() or _LETTER_AFTER_NAME.fullmatch(word)):
            return True
        if low in self._not_names or low in self._address_words or low in _STOP_AFTER_NAME:
            return False
        listed = folded in given_names() or folded in surnames() or folded.capitalize() in given_names()
        if listed and word_zipf(low) < NICKNAME_ZIPF:
            return True
        return word[:1].isupper() and word_zipf(low) < 3.0

    def _shouted_at_me(self, text: str) -> list:
        """What the crew shouts at the speaker is what they call the speaker: "everybody just
        hollers [teddy] at me", "the guys yell [Big Mo] at me" - a listed given name, or a
        capitalised word, with "big"/"lil" in front if said."""
        found = []
        for m in _SHOUTED_AT_ME.finditer(text):
            words = m.group(1).split()
            name = words[-1]
            if name.lower() in self._not_names or name.lower() in self._address_words:
                continue
            if fold_accents(name) in given_names() or name[:1].isupper() and word_zipf(name.lower()) < 4.0:
                found.append(self._result(m.start(1), m.end(1), 0.85))
        return found

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

    def _cued_surname(self, tok) -> bool:
        """The word after a cued given name ("I'm Rosalind Mbeki"): a surname the lists lack and
        that is, as a word, no commoner than a rare one (Zipf 3.5: "Mbeki" 2.7, "Okonkwo" 1.9),
        never a business or a listed non-name ("I'm Dana Kroger"? the employer stays)."""
        return (
            tok.is_alpha
            and tok.text[:1].isupper()
            and not tok.text.isupper()
            and tok.lower_ not in self._not_names
            and tok.lower_ not in self._not_entities
            and not self._is_business(tok)
            and word_zipf(tok.lower_) < 3.5
        )

    def _continues(self, tok) -> bool:
        return (
            tok.is_alpha
            and tok.text[:1].isupper()
            and not tok.text.isupper()
            and tok.text.lower() not in self._not_names
            and (is_name_like(tok.text) or word_zipf(tok.text.lower()) < 2.5)
        )

    def _role_follows(self, doc, i) -> bool:
        """"Eleanor, my supervisor at Kroger, ...", "Tavita, my crew lead, ...": a capitalised word
        that is a listed name or too rare to be an ordinary word, with a role said after it."""
        tok = doc[i]
        if not (tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper()):
            return False
        low = tok.lower_
        if low in self._not_names or low in self._not_entities or self._is_business(tok):
            return False
        if not (is_name_like(tok.text) and word_zipf(low) < SUBJECT_NAME_ZIPF or word_zipf(low) < 3.0):
            return False
        end = tok.idx + len(tok.text)
        return bool(ROLE_AFTER.match(doc_text(doc), end))

    def _family_name(self, doc, i) -> bool:
        """"nanny for the Lindqvist family", "the Delacroix twins": a surname between "the" and a
        family word (capitalised, or in uncased text a listed surname too rare to be a word); never
        a business or brand ("the Kroger family of stores", "the Johnson Family Foundation", "the
        Olive Garden family restaurant")."""
        tok = doc[i]
        if i == 0 or i + 1 >= len(doc) or doc[i - 1].lower_ != "the" or not tok.is_alpha or tok.text.isupper():
            return False
        j = self._hyphen_end(doc, i + 1)  # "the Ferreira-Santos family"
        if j >= len(doc) or doc[j].lower_ not in _FAMILY_WORDS:
            return False
        low = tok.lower_
        if low in self._not_names or low in self._not_entities or self._is_business(tok):
            return False
        after = doc[j + 1] if j + 1 < len(doc) else None
        if after is not None and (after.lower_ in _NOT_FAMILY_AFTER or after.is_alpha and after.text[:1].isupper()):
            return False
        if doc[j].text[:1].isupper():
            return False  # "the Johnson Family ...": a name of its own
        zipf = word_zipf(low)
        if tok.text[:1].isupper():
            return zipf < 3.5 or is_name_like(tok.text) and zipf < COMMON_WORD_ZIPF
        return tok.is_lower and zipf < 2.0

    @staticmethod
    def _rare_surname(tok) -> bool:
        return tok.is_alpha and fold_accents(tok.text) in surnames() and word_zipf(tok.lower_) < 3.0

    def _intro_here(self, doc, i) -> bool:
        """"Ifeoma Chukwu here.", "Hi! Aaliyah Brooks here, applying for ...": one or two
        capitalised words that open the transcript, then "here"."""
        tok = doc[i]
        if not (tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper()):
            return False
        if tok.lower_ in self._not_names or tok.lower_ in self._not_entities or word_zipf(tok.lower_) >= 4.5:
            return False
        return self._opens_intro(doc, i) and bool(_HERE_AFTER_CAP.match(doc_text(doc), tok.idx + len(tok.text)))

    def _coordinated(self, doc, i, last_end: int) -> bool:
        """"my references are Jorge Castillo and Amanda Pierce": a listed given name joined to a
        name just found."""
        prev = i - 1
        while prev > 0 and doc[prev].is_space:  # a blanked filler: "Jacob Bontrager, [uh,] Jake"
            prev -= 1
        if last_end < 0 or prev < 1 or doc[prev].lower_ not in ("and", "&", ",", "or") or prev != last_end:
            return False
        return fold_accents(doc[i].text) in given_names() and word_zipf(doc[i].lower_) < SUBJECT_NAME_ZIPF

    @staticmethod
    def _beside_name(doc, i) -> bool:
        """"I worked with Esperanza in the dish pit": a rare given name the entity model also
        calls a person, after "with", is a coworker rather than an employer."""
        tok = doc[i]
        return (
            tok.ent_type_ == "PERSON"
            and fold_accents(tok.text) in given_names()
            and word_zipf(tok.lower_) < 3.0
            and bool(_BESIDE_RE.search(doc_text(doc)[max(0, tok.idx - 20) : tok.idx]))
        )

    def _lowercase_names(self, doc) -> list:
        """Auto-captions write names in lower case: "hey so I'm iván ibarra". After a cue, a
        given name and a surname that are both rare as ordinary words are a name."""
        found = []
        for i in range(len(doc) - 1):
            first, last = doc[i], doc[i + 1]
            if not (first.is_lower and last.is_lower and first.is_alpha and last.is_alpha):
                continue
            if first.lower_ in self._not_names:
                continue
            z_first, z_last = word_zipf(first.lower_), word_zipf(last.lower_)
            if fold_accents(last.text) not in surnames():
                # two words no corpus knows after a cue: "i'm nalani kahale"
                if self._cued(doc, i) and max(z_first, z_last) < 1.5 and min(len(first), len(last)) > 2:
                    found.append(self._result(first.idx, last.idx + len(last.text), 0.8))
                continue
            given = fold_accents(first.text) in given_names()
            cued = self._cued(doc, i)
            if given and max(z_first, z_last) < 3.0 and cued:
                pass
            elif cued and z_first < 2.0 and z_last < 3.0:
                pass  # a given name the lists lack: "i'm makana kealoha"
            elif given and z_first < 2.3 and z_last < 5.0 and not cued and self._opens_intro(doc, i):
                pass  # "ok so um deshawn williams, applying for ..."
            elif z_first < (5.5 if given else 4.0) and z_last < 4.0 and INTRO_CUE.search(doc_text(doc), max(0, first.idx - 20), first.idx):
                pass  # right after the speaker introduces themself: "this is michael sorrell", "im dev patel"
            else:
                continue
            found.append(self._result(first.idx, last.idx + len(last.text), 0.8))
        text = doc_text(doc)
        for tok in doc:
            nickname = self._lowercase_nickname(doc, tok, text)
            if nickname is not None and not any(r.start <= tok.idx < r.end for r in found):
                found.append(nickname)
                continue
            # one lower-case name after a cue: "my name is abdirahman", "my old boss darnell",
            # "call me seun"; a listed given name rare as a word, or any rare word after the
            # strongest cues
            if not (tok.is_lower and tok.is_alpha and len(tok.text) > 2) or tok.lower_ in self._not_names:
                continue
            if any(r.start <= tok.idx < r.end for r in found):
                continue
            zipf = word_zipf(tok.lower_)
            before = text[max(0, tok.idx - 40) : tok.idx]
            if zipf >= 3.0 and not (
                # "everybody at work says obi": a name-like word, not a common one and no noun
                # phrase's first word ("go by sprinkler heads"), right after what people say
                zipf < COMMON_WORD_ZIPF and tok.pos_ in ("PROPN", "NOUN") and tok.dep_ != "compound"
                and _SAYS_CUE_RE.search(before)
            ):
                continue
            nxt = tok.nbor(1) if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.lower_ in self._not_after_name:
                continue  # "i'm crcst certified", "i'm osha trained": a credential
            before = text[max(0, tok.idx - 40) : tok.idx]
            listed = fold_accents(tok.text) in given_names()
            cued = self._cue_re.search(before) or ROLE_CUE.search(before)
            if (
                _STRONG_CUE_RE.search(before)
                or (listed or zipf < 1.0) and cued  # "i'm oluwaseun": a word no list or corpus knows
                or listed and zipf < 2.6 and self._opens_intro(doc, tok.i) and _HERE_AFTER.match(text, tok.idx + len(tok.text))
            ):
                found.append(self._result(tok.idx, tok.idx + len(tok.text), 0.8))
        return found

    def _lowercase_nickname(self, doc, tok, text: str):
        """"they call me big mike", "everybody calls me tony": a listed given name in lower case
        right after "call me" (or "nickname is", "known as", "go by"), however common, unless a
        word of address ("they call me honey") or an ordinary word ("call me back"); a nickname's
        "big", "lil" or title in front goes with it."""
        if tok.is_lower and tok.is_alpha and len(tok.text) == 1 and tok.lower_ not in ("a", "i"):
            return self._letter_nickname(doc, tok, text)
        if not (tok.is_lower and tok.is_alpha and len(tok.text) > 1) or tok.lower_ in self._not_names:
            return None
        if tok.lower_ in self._address_words or tok.pos_ in ("ADP", "AUX", "CCONJ", "SCONJ", "DET", "PRON", "PART", "ADV"):
            return None
        if fold_accents(tok.text) not in given_names() or word_zipf(tok.lower_) >= NICKNAME_ZIPF:
            return None
        start = _nickname_start(text, tok.idx)
        return None if start is None else self._result(start, tok.idx + len(tok.text), 0.8)

    def _letter_nickname(self, doc, tok, text: str):
        """A nickname that starts with a letter, after "call me" and the like: "everybody calls me
        [t bone]", "the guys call me [big d]", "call me [j money]"; the word after the letter goes
        with it unless it starts the next clause."""
        start = _nickname_start(text, tok.idx)
        if start is None:
            return None
        end = tok.idx + len(tok.text)
        nxt = tok.nbor(1) if tok.i + 1 < len(doc) else None
        if (
            nxt is not None and nxt.is_lower and nxt.is_alpha and len(nxt.text) > 2
            and nxt.pos_ not in ("ADP", "AUX", "CCONJ", "SCONJ", "DET", "PRON", "PART", "ADV", "VERB")
            and nxt.lower_ not in ("and", "but", "so", "because", "cause", "since", "now", "here", "there")
        ):
            end = nxt.idx + len(nxt.text)
        return self._result(start, end, 0.8)

    @staticmethod
    def _opens_intro(doc, i) -> bool:
        """The word opens the transcript, after greetings and fillers only ("tremaine here",
        "ok so um deshawn williams, ...")."""
        return bool(INTRO_LEAD.fullmatch(doc_text(doc)[: doc[i].idx]))

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
        if hyphenated or word_zipf(tok.lower_) < 3.0:
            return True
        # a nickname the lists lack before a listed surname: "it's Mikey Zelaya"
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        return (
            nxt is not None and word_zipf(tok.lower_) < 4.0 and self._continues(nxt)
            and fold_accents(nxt.text) in surnames() and word_zipf(nxt.lower_) < 3.0
        )

    def _cued(self, doc, i) -> bool:
        before = doc_text(doc)[max(0, doc[i].idx - 40) : doc[i].idx]
        if self._cue_re.search(before):
            return True
        role = ROLE_CUE.search(before)
        # a capitalised role word after a capitalised word is inside a title: "the ETA Customer
        # Service Specialist cert", "the Head Chef Certificate"
        return role is not None and not _TITLED_ROLE.search(role.group())

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

    def _beside_i(self, doc, i) -> bool:
        """A listed given name paired with the speaker: "Harmony and I co-led the training", "me
        and Grace ran the shift": a person, however common the word."""
        tok = doc[i]
        if not (tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper()):
            return False
        if tok.lower_ in self._not_names or tok.lower_ in self._not_entities:
            return False
        if fold_accents(tok.text) not in given_names() or word_zipf(tok.lower_) >= SUBJECT_NAME_ZIPF:
            return False
        text = doc_text(doc)
        return bool(
            _AND_I_AFTER.match(text, tok.idx + len(tok.text))
            or _ME_AND_BEFORE.search(text[max(0, tok.idx - 12) : tok.idx])
        )

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
