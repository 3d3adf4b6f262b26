"""Recognizers that are data: a YAML file of terms, patterns, context and exclusions.

Each file in ``pipelines/detect/data/`` (except the ``_``-prefixed resource files) defines one
recognizer::

    recognizer: ReligionRecognizer      # name reported with every redaction
    category: RELIGION                  # what it detects (or a keep category, kind: keep)
    kind: sensitive                     # or keep: spans that must survive (employers, skills)
    score: 0.85                         # score of a term match
    terms: [Muslim, Hindu, ...]         # whole words/phrases, case-insensitive; spaces match
                                        # any run of spaces or hyphens
    patterns:                           # regular expressions (Python ``regex`` syntax)
      - {name: worship, regex: '...', score: 0.8}
    context: [church, pray]             # nearby words that raise the score (Presidio enhancer)
    exclude: ['grace under pressure']   # regexes: a match inside one of these is dropped
    case_sensitive: false

Patterns may use macros written ``{NAME}``: ``{NUM}`` a number in digits or words ("24",
"twenty-four", "two thousand and one"), ``{YEAR}`` a year ("1998", "nineteen ninety eight", "oh-six"),
``{CAP}`` a capitalised word, ``{CAPWORD}`` a capitalised word of a proper name that
never runs over a full stop or starts with a pronoun, ``{NEXT}`` a word that opens the next clause
in unpunctuated speech ("i'm single [i] have", "i'm 24 [um] applying"). Speech recognizers write
numbers either way, so patterns must too.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

import regex
import yaml
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult

from ..categories import KEEP, SENSITIVE
from ..errors import BlindscreenError
from . import diskcache
from .factor import factor_alternations
from .patterncache import PatternCache
from .prefilter import LiteralCache, required_literals, share_index
from .results import finding

DATA_DIR = Path(__file__).resolve().parent / "data"

_UNITS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen"
)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SCALES = "hundred|thousand|million|billion|k"
_NUMWORD = rf"(?:{_TENS}|{_UNITS}|{_SCALES}|a\s+hundred|a\s+thousand|a\s+million)"
# A number in words: groups below a hundred joined only through a scale word, so that two
# numbers spoken back to back without punctuation stay two ("since I was fifteen | three years
# on the grill"), while "one hundred and thirty", "twelve hundred", "thirty-one k" are one.
_NUM_GROUP = (
    rf"(?:(?:{_TENS})(?:(?:\s+|-)(?:one|two|three|four|five|six|seven|eight|nine)\b)?|(?:{_UNITS})"
    rf"|a(?=\s+(?:hundred|thousand|million)))"
)
_NUM_SEP = r"(?:\s+and\s+|\s+|-|\s*,\s*)"
MACROS = {
    "NUMWORD": _NUMWORD,
    "NUM": (
        rf"(?:(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:\s*(?:k|m|million|thousand|hundred)\b)?"
        rf"|(?:{_NUM_GROUP}|{_SCALES})(?:{_NUM_SEP}(?:{_SCALES})\b(?:{_NUM_SEP}{_NUM_GROUP}\b)?)*)"
    ),
    "YEAR": (
        r"(?:(?:19|20)\d\d|'\d\d|oh[\s-]+(?:one|two|three|four|five|six|seven|eight|nine)\b|(?:nineteen|twenty)[\s-]+(?:oh[\s-]+)?(?:" + _TENS + "|" + _UNITS
        + r")(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?"
        + r"|two\s+thousand(?:\s+and)?(?:[\s-]+(?:" + _TENS + "|" + _UNITS + r"))*)"
    ),
    "CAP": r"(?-i:[A-Z][\p{L}'’.-]*)",
    # Social platforms and what a handle is called on them (for handle patterns).
    "PLATFORM": (
        r"(?:instagram|insta|ig|tiktok|tik\s+tok|twitter|x|youtube|twitch|snapchat|snap|threads|"
        r"bluesky|facebook|github|gitlab|behance|dribbble|etsy|pinterest|soundcloud|spotify|"
        r"discord|reddit|linkedin)"
    ),
    "PLATFORM_NOUN": r"(?:handle|account|page|channel|profile|name|username|user\s+name)",
    "STOP": (
        r"(?:the|a|an|my|our|and|but|where|if|so|too|also|every|all|for|to|with|because|i|is|"
        r"it's|thanks|thank|or|which|that|please|channel|account|page|handle|profile|called|named)"
    ),
    # The next clause beginning where speech recognizers write no punctuation: "i'm single [i]
    # have no kids", "i'm 24 [um] applying", "at home we speak tigrinya [i'm] orthodox". A
    # lookahead ``(?=\s*[,.;!?]|{NEXT})`` ends a short phrase at a comma or at such a word.
    "NEXT": (
        r"\s+(?:i|i['’]m|im|i['’]ve|ive|i['’]d|i['’]ll|we|we['’]re|my|our|you|you['’]ll|you['’]re|he|she|"
        r"they|it['’]s|there['’]s|that['’]s|um+|uh+|honestly|basically|anyway|anyways|yeah|okay|ok|ha|"
        r"haha|lol|thank\s+you|thanks)(?![\p{L}\p{N}'’])"
    ),
    # A capitalised word inside a name (of an employer, tool, school): never a pronoun or
    # article, never running over a full stop into the next sentence ("St." and "A+" are fine).
    "CAPWORD": (
        r"(?-i:(?!(?:I|I'm|I've|He|She|Her|His|Him|They|We|My|Our|You|Your|It|The|A|An|And)\b)"
        r"(?:(?:Dr|St|Mt|Ft|Jr|Sr)\.|[A-Z][\p{L}\p{N}'’&+#-]*(?:\.(?=[\p{L}\p{N}]))?))"
    ),
}


class LexiconError(BlindscreenError):
    """A recognizer data file is invalid (a bug in the shipped data, or a user's file)."""


def expand_macros(pattern: str) -> str:
    for name, value in MACROS.items():
        pattern = pattern.replace("{" + name + "}", value)
    return pattern


def term_regex(terms: list[str], case_sensitive: bool = False) -> str:
    """One pattern for a term list, whole words only, words joined by spaces or hyphens.

    The terms are merged into a trie ("first baptist", "first baptist church", "first
    presbyterian" share "first"), so matching costs about one alternation per word instead of
    one per term: the religion list has over a thousand terms.
    """
    trie: dict = {}
    for term in set(terms):
        words = [w for w in regex.split(r"[\s-]+", term.strip()) if w]
        if not words:
            continue
        node = trie
        for word in words:
            node = node.setdefault(word if case_sensitive else word.lower(), {})
        node[""] = {}  # a term ends here
    return r"(?<![\p{L}\p{N}_@])" + _trie_regex(trie, first=True) + r"(?![\p{L}\p{N}_])"


def _trie_regex(node: dict, first: bool = False) -> str:
    branches = []
    # Longest first; words of one length in a fixed order, so that the pattern's text is the same
    # in every process (it keys the compiled-pattern cache). Two different words of one length
    # never match at the same place, so their order does not change what the pattern matches.
    for word in sorted((w for w in node if w), key=lambda w: (-len(w), w)):
        rest = node[word]
        tail = _trie_regex(rest) if any(k for k in rest) else ""
        if tail:
            if "" in rest:
                tail = f"(?:{tail})?"
            branches.append(regex.escape(word) + tail)
        else:
            branches.append(regex.escape(word))
    if not branches:
        return ""
    body = "(?:" + "|".join(branches) + ")"
    return body if first else r"[\s-]+" + body  # the caller makes it optional where a term ends


@dataclass
class LexiconSpec:
    recognizer: str
    category: str
    kind: str = "sensitive"
    score: float = 0.85
    terms: list[str] = field(default_factory=list)
    patterns: list[dict] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    case_sensitive: bool = False
    description: str = ""


class LexiconRecognizer(PatternRecognizer):
    """A Presidio PatternRecognizer built from a LexiconSpec, plus exclusion regexes."""

    def __init__(
        self, spec: LexiconSpec, cache: PatternCache | None = None, literals: LiteralCache | None = None
    ):
        patterns = [
            _Pattern(p["name"], expand_macros(p["regex"]), float(p.get("score", spec.score)))
            for p in spec.patterns
        ]
        if spec.terms:
            terms = _term_regex_cached(spec.terms, spec.case_sensitive)
            patterns.append(_Pattern(f"{spec.recognizer}_terms", terms, spec.score))
        flags = regex.DOTALL | regex.MULTILINE | (0 if spec.case_sensitive else regex.IGNORECASE)
        super().__init__(
            supported_entity=spec.category,
            name=spec.recognizer,
            patterns=patterns,
            context=spec.context or None,
            global_regex_flags=flags,
        )
        self.kind = spec.kind
        # Compile once, with the flags Presidio would match with. Long alternations are compiled
        # as character tries (factor.py): the same matches, a fraction of the cost.
        for pattern in self.patterns:
            pattern.compiled_regex = _compile(pattern.regex, flags, spec, pattern.name, cache)
            pattern.compiled_with_flags = flags
        self._exclude = [
            _compile(expand_macros(e), regex.IGNORECASE, spec, "exclude", cache) for e in spec.exclude
        ]
        # Keyword prefilters (prefilter.py): the literal strings every match of a pattern needs,
        # so that a pattern whose words a text lacks is not run on it. The index that finds them
        # in a text is shared by all recognizers of a load (``share_prefilters``).
        self._required = [_required(p.regex, flags, literals) for p in self.patterns] + [
            _required(expand_macros(e), regex.IGNORECASE, literals) for e in spec.exclude
        ]
        self._index = None
        self._needs: list = []

    def use_index(self, index, needs: list) -> None:
        """Check this recognizer's prefilters with ``index``; ``needs`` as ``share_index``
        gives them, for the patterns and then the exclusions."""
        self._needs = needs
        self._index = index

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        # Our own loop over the precompiled patterns: Presidio's builds an explanation object
        # for every match, which cost more than the matching itself.
        if self._index is None:
            share_prefilters([self])
        satisfied = self._index.satisfied(text)
        needs = self._needs
        results = []
        for k, pattern in enumerate(self.patterns):
            if needs[k] is not None and not needs[k] <= satisfied:
                continue  # a word every match needs is not in the text
            for match in pattern.compiled_regex.finditer(text):
                start, end = match.span()
                if start < end and not _cuts_word(text, start, end):
                    results.append(finding(self, self.supported_entities[0], start, end, pattern.score))
        if not self._exclude or not results:
            return EntityRecognizer.remove_duplicates(results)
        offset = len(self.patterns)
        blocked = [
            m.span()
            for k, e in enumerate(self._exclude)
            if needs[offset + k] is None or needs[offset + k] <= satisfied
            for m in e.finditer(text)
        ]
        return EntityRecognizer.remove_duplicates([r for r in results if not _inside_any(r, blocked)])


def _cuts_word(text: str, start: int, end: int) -> bool:
    """A match that starts or ends inside a word ("Imani [Baptist]e") is not the term it looks
    like: a pattern whose tail is optional can stop short of a word's end."""
    return (0 < start and text[start - 1].isalnum() and text[start].isalnum()) or (
        end < len(text) and text[end].isalnum() and text[end - 1].isalnum()
    )


class _Pattern(Pattern):
    """A Presidio ``Pattern`` without its check-by-compiling: LexiconRecognizer compiles (and so
    checks) every pattern itself, and Presidio's extra compile of the unfactored alternations was
    a third of the time the recognizers took to load."""

    def __init__(self, name: str, regex: str, score: float):
        if not 0 <= score <= 1:
            raise ValueError(f"Invalid score: {score}. Score should be between 0 and 1")
        self.name, self.regex, self.score = name, regex, score
        self.compiled_regex = None
        self.compiled_with_flags = None


def _compile(pattern: str, flags: int, spec: LexiconSpec, name: str, cache: PatternCache | None = None):
    """``pattern`` factored (factor.py) and compiled; through ``cache`` when one is given (a
    pattern compiled in an earlier process is rebuilt from its stored opcodes)."""
    if cache is not None:
        return cache.compile(pattern, flags, lambda: _compile(pattern, flags, spec, name))
    try:
        return regex.compile(factor_alternations(pattern), flags)
    except regex.error:
        pass  # report the error of the pattern as written
    try:
        return regex.compile(pattern, flags)
    except regex.error as e:
        raise LexiconError(f"recognizer {spec.recognizer}: pattern {name!r}: bad regex: {e}") from e


def _required(pattern: str, flags: int, literals: LiteralCache | None):
    """The literal sets of a pattern's prefilter (through the disk cache when there is one)."""
    return literals.required(pattern, flags) if literals is not None else required_literals(pattern, flags)


def share_prefilters(recognizers: list[LexiconRecognizer], cache: bool = False) -> None:
    """One literal index for the prefilters of ``recognizers`` (one scan of a text serves all);
    with ``cache``, the index is kept on disk (``prefilter.LiteralIndex``)."""
    index, needs = share_index([r for rec in recognizers for r in rec._required], cache)
    k = 0
    for rec in recognizers:
        rec.use_index(index, needs[k : k + len(rec._required)])
        k += len(rec._required)


def _inside_any(result: RecognizerResult, spans: list[tuple[int, int]]) -> bool:
    return any(s <= result.start and result.end <= e for s, e in spans)


def _safe_load(text: str):
    """``yaml.safe_load`` through libyaml when PyYAML has it: the same data, ten times faster
    (the word lists are parsed on every cold start)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@functools.lru_cache(maxsize=1)
def _derived() -> diskcache.EntryCache:
    """What a detector load derives from the data files' text, kept between processes
    (``diskcache.py``): each file's parsed YAML (libyaml takes about 0.1 CPU-s for all of them,
    and ``not_entities`` reads them too) and each term list's trie pattern (``term_regex``)."""
    return diskcache.EntryCache("lexicon", diskcache.fingerprint(
        "lexicon", diskcache.package_stamp("yaml"), getattr(yaml, "__version__", None),
        hasattr(yaml, "CSafeLoader"), diskcache.source_hash(Path(__file__)),
    ))


def _term_regex_cached(terms: list[str], case_sensitive: bool) -> str:
    """``term_regex(terms, case_sensitive)``, through the disk cache."""
    source = repr((bool(case_sensitive), terms))
    return _derived().get("terms", source, lambda: term_regex(terms, case_sensitive))


def load_spec(path: Path) -> LexiconSpec:
    try:
        text = path.read_text(encoding="utf-8")
        raw = _derived().get("yaml", text, lambda: _safe_load(text))
        spec = LexiconSpec(**raw)
    except (yaml.YAMLError, TypeError) as e:
        raise LexiconError(f"{path}: invalid recognizer file: {e}") from e
    if spec.category not in SENSITIVE + KEEP:
        raise LexiconError(f"{path}: category {spec.category!r} is not a known category")
    if spec.kind not in ("sensitive", "keep"):
        raise LexiconError(f"{path}: kind must be 'sensitive' or 'keep'")
    for i, p in enumerate(spec.patterns):
        if not {"name", "regex"} <= set(p):
            raise LexiconError(f"{path}: patterns[{i}] needs 'name' and 'regex'")
    return spec


def spec_paths(data_dir: Path = DATA_DIR) -> list[Path]:
    return sorted(p for p in data_dir.glob("*.yaml") if not p.name.startswith("_"))


@functools.lru_cache(maxsize=None)
def load_resource(name: str) -> dict:
    """A ``_``-prefixed resource file (word lists shared by Python recognizers)."""
    path = DATA_DIR / f"_{name}.yaml"
    try:
        return _safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as e:
        raise LexiconError(f"{path}: cannot load resource: {e}") from e


@functools.lru_cache(maxsize=1)
def not_entities() -> frozenset[str]:
    """Lower-case names the general-purpose recognizers must not take for people or places:
    the shared list in _name_cues.yaml plus every term of the keep lists (employers, tools)."""
    names = set(load_resource("name_cues").get("not_entities", []))
    for path in spec_paths():
        spec = load_spec(path)
        if spec.kind == "keep":
            names.update(spec.terms)
    return frozenset(n.lower().replace("’", "'") for n in names)


@functools.lru_cache(maxsize=1)
def keep_terms() -> tuple[str, ...]:
    """Every term of the keep lists (employers, tools) as written, with its capitals: the
    truecaser gives an uncased transcript's "da vinci robot" or "two men and a truck" the
    capitals of the listed name, so that the case-sensitive lists find it."""
    return tuple(t for path in spec_paths() if (spec := load_spec(path)).kind == "keep" for t in spec.terms)


def build_lexicon_recognizers(data_dir: Path = DATA_DIR, cache: bool = True) -> list[LexiconRecognizer]:
    """One recognizer per data file. With ``cache``, patterns compiled by an earlier process are
    rebuilt from the disk cache (``patterncache.py``) and the cache is brought up to date; so is
    the cache of parsed files and term patterns (``_derived``), for the shipped data only."""
    patterns = PatternCache() if cache else None
    literals = LiteralCache() if cache else None
    recognizers = []
    for path in spec_paths(data_dir):
        try:
            recognizers.append(LexiconRecognizer(load_spec(path), patterns, literals))
        except LexiconError as e:
            raise LexiconError(f"{path}: {e}") from e
    if patterns is not None:
        patterns.save()
        if Path(data_dir).resolve() == DATA_DIR:
            _derived().save()  # the shipped files only: a test's own data dir is not kept
    if literals is not None:
        literals.save()
    share_prefilters(recognizers, cache)
    return recognizers


# Words that end a business's name, shared by employer_context.yaml and the decide stage.
MACROS["BUSINESS"] = "(?:" + "|".join(load_resource("business_words")["words"]) + ")"
