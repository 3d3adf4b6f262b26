"""Keyword prefilters: skip a regular expression when the text lacks words every match needs.

Most lexicon patterns can only match where some literal word occurs: ``\\bretired\\b`` needs the
word "retired", ``(?:my|our)\\s+(?:son|daughter)`` needs "my son", "my daughter", "our son" or
"our daughter". Trying such a pattern at every position of a transcript that has none of those
costs as much as a real search. ``LiteralIndex`` finds which of all the patterns' strings a text
contains in one scan; after that, each pattern's check is one set comparison, and a pattern whose
strings are missing is not run. What is detected does not change, only how fast.

``required_literals(pattern)`` derives, from the pattern's syntax alone, a few *sets* of
strings: the *key text* (``key_text``) of any text in which the pattern finds a match (its
lookarounds included) contains at least one string of every set. The derivation claims only what
the syntax guarantees:

* a literal character is itself; a run of them is a string; a small alternation of strings, an
  optional string (``s?``), a small class of plain characters, or white space and hyphens
  (``\\s+``, ``[\\s-]+``: one space in the key text) give several strings;
* a part repeated at least once, a positive lookahead or lookbehind, and a called named group
  (``(?&name)``) need what their content needs;
* ``\\b``, ``(?<![\\p{L}\\p{N}_])`` and ``(?![\\p{L}\\p{N}_])`` next to a word character are a
  word boundary, which the key text marks (``MARK`` before a word, ``END`` after it), so that
  "bi" or "lds" can require a whole word rather than any text with the two letters in it;
* anything else (``\\w``, ``.``, a class with a range, a negative lookahead, a part that may be
  absent) needs nothing and ends a run of literals; zero-width items do not end one;
* an alternation needs what its branches need only when every branch needs something.

A pattern that the parser of ``factor.py`` does not read as written, or that uses the ASCII flag,
gets no prefilter and always runs.

The key text of a text is the text lower-cased (after mapping the four non-ASCII characters that
``regex`` matches to an ASCII letter when ignoring case, ``_FOLD``), with every run of white space
and hyphens written as one space and ``MARK``/``END`` around every run of word characters. The
characters of a match then appear in it as the pattern's own characters folded the same way, with
the same spaces and the same marks inside, so a prefilter holds for case-sensitive and
case-insensitive patterns alike. ``tests/recognizers/test_prefilter.py`` checks the facts about
``regex`` and Unicode this relies on against every code point, and that a skipped pattern never
matches.
"""

from __future__ import annotations

import functools
import hashlib
import re
import sys
from dataclasses import dataclass, field

import regex

from . import diskcache, factor
from .factor import _Atom, _Group, _Parser, _Unsupported
from .factor import _render as _render_seq

#: Non-ASCII characters that ``regex`` matches to an ASCII letter under IGNORECASE.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
#: Mark a word's start and end in key texts and strings (characters no transcript contains).
MARK = "\x01"
END = "\x02"
#: In strings being derived: a word boundary the pattern asserts (``normalize`` turns it into
#: a mark or drops it).
_BOUND = "\x03"
#: The characters of words: exactly those that are both ``\\w`` and ``[\\p{L}\\p{N}_]``, so
#: ``\\b`` next to one, ``(?<![\\p{L}\\p{N}_])`` before one and ``(?![\\p{L}\\p{N}_])`` after
#: one all imply a mark.
_WORD_CLASS = r"[\p{L}\p{Nd}\p{Nl}_]"
_WORD_CHAR = regex.compile(_WORD_CLASS)
_WORD = regex.compile(_WORD_CLASS + "+")
_SPACES = regex.compile(r"[\s-]+")
# The same on ASCII text: ``\s`` of ``regex`` is [\t\n\v\f\r ] there, and the word class
# [A-Za-z0-9_].
_ASCII_SPACES = re.compile(r"[\t\n\v\f\r -]+")
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")
_MARKED = MARK + r"\g<0>" + END

#: Largest set of strings spelled by a run of literals (products grow fast).
MAX_RUN = 64
#: Sets kept for a pattern (the likeliest to fail).
MAX_SETS = 2
#: Largest set of alternatives carried for an alternation.
MAX_STRINGS = 4096

_ZERO_WIDTH_ATOMS = {"\\B", "^", "$", "\\A", "\\Z", "\\z", "\\G", "\\K", "\\m", "\\M"}
_SPACE_ESCAPES = {"\\s", "\\n", "\\t", "\\r", "\\f", "\\v"}
_QUANTIFIER = re.compile(r"(?:(\?)|(\*)|(\+)|\{(\d*)(,?)(\d*)\})[?+]?")
_CALL_NAME = re.compile(r"\(\?(?:&|P>)([A-Za-z_]\w*)\)")
_NAMED_OPENING = re.compile(r"\(\?P?<([A-Za-z_]\w*)>")
_GLOBAL_FLAGS = re.compile(r"\(\?[a-zA-Z]*(?:-[a-zA-Z]+)?\)")
_ASCII_FLAG = re.compile(r"\(\?[a-zA-Z]*a[a-zA-Z]*(?:-[a-zA-Z]+)?[:)]")
_ESCAPED_CHAR = re.compile(r"\\[^0-9A-Za-z]|[ -~]")


def fold(text: str) -> str:
    return text.lower() if text.isascii() else text.translate(_FOLD).lower()


def key_text(text: str) -> str:
    """What prefilter strings are looked for in (see the module text)."""
    if text.isascii():  # the same, with ``re``'s faster ASCII classes
        return _ASCII_WORD.sub(_MARKED, _ASCII_SPACES.sub(" ", text.lower()))
    return _WORD.sub(_MARKED, _SPACES.sub(" ", fold(text)))


def _fold_char(c: str) -> str | None:
    """A pattern character as key texts write it, or None when that is not certain (a
    non-ASCII character with a case, or white space other than a plain space)."""
    if c in (MARK, END, _BOUND):
        return None
    if c.isascii():
        if c.isspace() or c == "-":
            return " " if c in " -" else None
        return c.lower()
    if c.isspace():
        return None
    if c.lower() == c and c.upper() == c and c.casefold() == c and len(_caseless_class(c)) == 1:
        return c
    folded = fold(c)
    if len(folded) == 1 and all(fold(x) == folded for x in _caseless_class(c)):
        return folded  # "é": "É" and "é" both fold to "é", and nothing else matches it
    return None


@functools.lru_cache(maxsize=None)
def _all_characters() -> str:
    return "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF)


@functools.lru_cache(maxsize=4096)
def _caseless_class(c: str) -> frozenset[str]:
    """Every character ``regex`` matches to ``c`` when ignoring case."""
    return frozenset(regex.findall(regex.escape(c), _all_characters(), regex.IGNORECASE))


@functools.lru_cache(maxsize=65536)
def normalize(s: str) -> str:
    """A derived string as key texts write it: one space for a run of spaces, ``MARK`` before
    and ``END`` after each run of word characters inside it, and at its ends only where the
    pattern asserted a word boundary there."""
    chars: list[str] = []
    bounds: set[int] = set()
    for c in s:
        if c in (_BOUND, MARK, END):
            bounds.add(len(chars))
        elif not (c == " " and chars and chars[-1] == " "):
            chars.append(c)
    out = []
    word = [bool(_WORD_CHAR.match(c)) for c in chars]
    for i, c in enumerate(chars):
        if i == 0:
            if word[0] and 0 in bounds:
                out.append(MARK)
        elif word[i - 1] and not word[i]:
            out.append(END)
        elif word[i] and not word[i - 1]:
            out.append(MARK)
        out.append(c)
    if chars and word[-1] and len(chars) in bounds:
        out.append(END)
    return "".join(out)


#: Strings are cut to this many characters: any start of a string a text contains is in the
#: text too, and longer strings only make the index bigger.
MAX_LENGTH = 16
#: A string this weak is in nearly every transcript: a set with one is not worth checking.
MIN_STRENGTH = 2


_COMMON_MARKS = set(".,'’!?;:\"“”()")


def _strength(s: str) -> int:
    """How much a final string says: a letter or digit 1, a symbol that transcripts seldom
    contain ("@", "+") 3, common punctuation 0, a word start or a space between words 1."""
    n = 0
    for c in s.strip():
        if c in (MARK, END, " ") or c.isalnum():
            n += 1
        elif c not in _COMMON_MARKS:
            n += 3
    return n


def _final(strings) -> frozenset[str]:
    """Derived strings as prefilters keep them: normalized, leading spaces dropped (what
    follows them is in the text all the same), cut to ``MAX_LENGTH``, and without those that
    contain another of them (as an alternative they add nothing: a text with "i am also" has
    "i am")."""
    kept: set[str] = set()
    for s in sorted({normalize(s).lstrip(" ")[:MAX_LENGTH] for s in strings}, key=lambda s: (len(s), s)):
        # the parts of s that start it or start a word in it (a cheap, partial containment test)
        starts = [0, *(i for i, c in enumerate(s) if c == MARK and i)]
        if not any(s[i:j] in kept for i in starts for j in range(i + 1, len(s) + 1)):
            kept.add(s)
    return frozenset(kept)


def _useful(final: frozenset[str] | None) -> bool:
    return bool(final) and all(_strength(s) >= MIN_STRENGTH for s in final)


def _cost(final: frozenset[str]) -> float:
    """A rough chance that a transcript contains one of ``final``'s strings."""
    return sum(6.0 ** -min(_strength(s), 9) for s in final)


@dataclass
class _Info:
    #: Every string the part can match (raw: before ``_final``), or None when unknown.
    exact: frozenset[str] | None = None
    #: Final sets of strings, one of each of which is in any key text where the part matches.
    needs: list[frozenset[str]] = field(default_factory=list)
    #: The part consumes no text (an assertion): it does not end a run of literals.
    zero_width: bool = False
    #: The part asserts a word boundary (``\\b``, a negative lookaround for word characters).
    boundary: bool = False


_NOTHING = _Info()
_ZERO = _Info(zero_width=True)
_BOUNDARY = _Info(zero_width=True, boundary=True)


def _candidates(info: _Info) -> list[frozenset[str]]:
    found = [n for n in info.needs if _useful(n)]
    if info.exact is not None and "" not in info.exact:
        final = _final(info.exact)
        if _useful(final):
            found.append(final)
    return found


def _best(info: _Info) -> frozenset[str] | None:
    candidates = _candidates(info)
    return min(candidates, key=_cost) if candidates else None


class _Analyzer:
    def __init__(self, definitions: dict[str, _Group]):
        self.definitions = definitions
        self.calling: set[str] = set()

    def branches(self, branches: list[list], start: bool = False) -> _Info:
        infos = [self.seq(b, start) for b in branches]
        if len(infos) == 1:
            return infos[0]
        if all(i.exact is not None for i in infos):
            union = frozenset().union(*(i.exact for i in infos))
            if len(union) <= MAX_STRINGS:
                return _Info(exact=union)
        bests = [_best(i) for i in infos]
        if all(b is not None for b in bests):
            union = _final(frozenset().union(*bests))
            if len(union) <= MAX_STRINGS:
                return _Info(needs=[union])
        return _NOTHING

    def seq(self, seq: list, start: bool = False) -> _Info:
        run: set[str] = {_BOUND if start else ""}  # what the literals so far can spell
        exact = True
        needs: list[frozenset[str]] = []

        def flush() -> None:
            if "" not in run:
                final = _final(run)
                if _useful(final):
                    needs.append(final)

        for item in seq:
            if item.space:
                continue
            at_start = all(r.endswith(_BOUND) for r in run)
            info = self.item(item, at_start)
            needs.extend(info.needs)
            if info.zero_width:
                if info.boundary:
                    run = {r if r.endswith(_BOUND) else r + _BOUND for r in run}
                continue
            if info.exact is not None:
                product = {a + b for a in run for b in info.exact}
                if len(product) <= MAX_RUN:
                    run = product
                    if min(map(len, run)) <= 2 * MAX_LENGTH:
                        continue
                    # long enough: what follows would be cut off anyway
                    flush()
                    run = {""}
                    exact = False
                    continue
                flush()
                run = set(info.exact)
            else:
                flush()
                run = {""}
            exact = False
        if exact:
            return _Info(exact=frozenset(run), needs=needs)
        flush()
        return _Info(needs=needs)

    def item(self, item, start: bool) -> _Info:
        if isinstance(item, _Group):
            return self._quantified(self.group(item, start), item.quantifier)
        return self.atom(item, start)

    def atom(self, atom: _Atom, start: bool) -> _Info:
        text = atom.text
        if atom.char is not None or len(text) == 1 and not text.isascii():
            c = _fold_char(atom.char or text)  # a plain character
            return _Info(exact=frozenset([c])) if c is not None else _NOTHING
        if text == "\\b":
            return _BOUNDARY
        if text in _ZERO_WIDTH_ATOMS or _GLOBAL_FLAGS.fullmatch(text):
            return _ZERO
        m = _CALL_NAME.fullmatch(text)
        if m:
            return self._call(m.group(1), start)
        if text.startswith("["):
            try:
                end = _Parser(text)._class_end(0)
            except _Unsupported:
                return _NOTHING
            return self._quantified(self._class(text[:end]), text[end:])
        for escape in _SPACE_ESCAPES:
            if text.startswith(escape):
                return self._quantified(_Info(exact=frozenset([" "])), text[len(escape) :])
        m = _ESCAPED_CHAR.match(text)
        if m and not (len(m.group()) == 1 and m.group() in ".^$\\"):
            char, rest = m.group()[-1], text[m.end() :]
        elif not text[0].isascii():  # a quantified letter such as "é?"
            char, rest = text[0], text[1:]
        else:
            return _NOTHING
        c = _fold_char(char)
        if c is None:
            return _NOTHING
        return self._quantified(_Info(exact=frozenset([c])), rest)

    @staticmethod
    def _class(text: str) -> _Info:
        """A class of plain characters ("[''’]", "[sz]"); anything else (ranges, escapes of
        letters, negation) is unknown."""
        body = text[1:-1]
        if not body or body.startswith("^") or "[" in body:
            return _NOTHING
        chars: set[str] = set()
        i = 0
        while i < len(body):
            c = body[i]
            if c == "\\":
                if i + 1 >= len(body):
                    return _NOTHING
                if body[i + 1] in "sntrfv":
                    chars.add(" ")  # white space, one space in the key text
                    i += 2
                    continue
                if body[i + 1].isalnum():
                    return _NOTHING
                c = body[i + 1]
                i += 2
            else:
                if c == "-" and 0 < i < len(body) - 1:
                    return _NOTHING  # a range
                i += 1
            folded = _fold_char(c)
            if folded is None:
                return _NOTHING
            chars.add(folded)
        return _Info(exact=frozenset(chars))

    def group(self, group: _Group, start: bool) -> _Info:
        opening = group.opening
        if opening in ("(?<!", "(?!") and _word_guard(group):
            return _BOUNDARY
        if opening in ("(?!", "(?<!", "(?(DEFINE)"):
            return _ZERO
        if opening in ("(?=", "(?<="):
            inner = self.branches(group.branches)
            return _Info(needs=_candidates(inner), zero_width=True)
        return self.branches(group.branches, start)

    def _call(self, name: str, start: bool) -> _Info:
        group = self.definitions.get(name)
        if group is None or name in self.calling:
            return _NOTHING
        self.calling.add(name)
        try:
            return self.group(group, start)
        finally:
            self.calling.discard(name)

    @staticmethod
    def _quantified(info: _Info, quantifier: str) -> _Info:
        if not quantifier:
            return info
        m = _QUANTIFIER.fullmatch(quantifier)
        if not m:
            return _NOTHING
        if m.group(1) or m.group(2):  # ? or *
            low, high = 0, (1 if m.group(1) else None)
        elif m.group(3):  # +
            low, high = 1, None
        else:
            low = int(m.group(4) or 0)
            high = (int(m.group(6)) if m.group(6) else None) if m.group(5) else low
        if info.zero_width:
            return info if low >= 1 else _ZERO
        if info.exact == frozenset([" "]) and low >= 1:
            return info  # white space, once or many times: one space in the key text
        if low == 0:
            if high == 1 and info.exact is not None:
                return _Info(exact=info.exact | {""})
            if info.exact == frozenset([" "]):
                return _Info(exact=frozenset(["", " "]))
            return _NOTHING
        if low == 1 and high == 1:
            return info
        return _Info(needs=_candidates(info))


def _word_guard(group: _Group) -> bool:
    """The body of ``(?<![\\p{L}\\p{N}_...])``, ``(?![\\p{L}\\p{N}_...])``, ``(?<!\\w)`` or
    ``(?!\\w)``: no word character there, so a word character next to it starts or ends a
    word."""
    if len(group.branches) != 1 or group.quantifier:
        return False
    items = [i for i in group.branches[0] if not i.space]
    if len(items) != 1 or not isinstance(items[0], _Atom):
        return False
    text = items[0].text
    if text == "\\w":
        return True
    if not (text.startswith("[") and text.endswith("]")) or text.startswith("[^"):
        return False
    body = text[1:-1]
    if any(op in body for op in ("--", "&&", "||", "~~", "[")):
        return False
    return "\\w" in body or all(part in body for part in ("\\p{L}", "\\p{N}", "_"))


def _named_groups(branches: list[list], found: dict[str, _Group]) -> dict[str, _Group]:
    for seq in branches:
        for item in seq:
            if isinstance(item, _Group):
                m = _NAMED_OPENING.fullmatch(item.opening)
                if m:
                    found.setdefault(m.group(1), item)
                _named_groups(item.branches, found)
    return found


#: Compile flags a prefilter allows for (others change what the syntax means).
_FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.DOTALL | regex.UNICODE | regex.VERSION0


def required_literals(pattern: str, flags: int = 0) -> list[tuple[str, ...]] | None:
    """Sets of strings (as tuples) such that the key text of any text the pattern matches in
    contains one string of each; likeliest to fail first. None when nothing useful is known.
    ``flags`` are the flags the pattern is compiled with."""
    if int(flags) & ~int(_FLAGS) or _ASCII_FLAG.search(pattern):
        return None  # ASCII \b and \w would not imply a word start
    try:
        parser = _Parser(pattern)
        branches = parser.branches(False)
        if parser.i != len(pattern) or "|".join(_render_seq(b) for b in branches) != pattern:
            return None  # not read as written
        info = _Analyzer(_named_groups(branches, {})).branches(branches)
    except (_Unsupported, RecursionError, ValueError):
        return None
    sets = sorted(set(_candidates(info)), key=lambda s: (_cost(s), len(s), sorted(s)))[:MAX_SETS]
    return [tuple(sorted(s)) for s in sets] or None



class LiteralIndex:
    """Which prefilter sets a text satisfies, for many patterns at once.

    Every set of every pattern gets a number. The strings of all sets are compiled into two
    character tries (regular expressions of Python's ``re``, which walks a plain literal trie
    several times faster than ``regex``): those that start with a word mark, tried at each
    mark of the key text, and the others, tried at every position. Each takes the longest
    string at a position; that string's starts that are strings too were found there as well.
    A pattern may run when all its sets are among the satisfied ones.

    Building the tries and compiling them takes about half a second for the lexicons; with
    ``cache``, what it builds is kept by ``diskcache`` under a key that hashes the sets, and
    the compiled tries are rebuilt from the opcodes ``re`` compiled them to (as
    ``patterncache.py`` does for ``regex``), falling back to compiling when that fails."""

    NAME = "literal-index"

    def __init__(self, sets: list[tuple[str, ...]], cache: bool = False):
        key = _index_key(sets) if cache else None
        stored = diskcache.load(self.NAME, key) if key else None
        if not (isinstance(stored, list) and self._restore(stored)):
            built = _build_index(sets)
            if not self._restore(built):
                raise AssertionError("a freshly built literal index must restore")
            if key:
                diskcache.store(self.NAME, key, built)
        self._last: tuple = (None, frozenset())

    def _restore(self, stored: list) -> bool:
        """Take a built index: a list of (mark, pattern, opcode arguments or None, closure)."""
        scans = []
        try:
            for lead, pattern, args, closure in stored:
                if not (isinstance(pattern, str) and isinstance(closure, dict)):
                    return False
                compiled = _rebuild(pattern, args)
                scans.append((compiled.findall, closure))
        except (TypeError, ValueError):
            return False
        self._scans = scans
        return True

    def satisfied(self, text: str) -> frozenset[int]:
        """The numbers of the sets ``text`` satisfies (the last text's answer is kept)."""
        last = self._last
        if last[0] is text:
            return last[1]
        key = key_text(text)
        found: set[int] = set()
        for findall, closure in self._scans:
            for hit in set(findall(key)):
                found.update(closure[hit])
        answer = frozenset(found)
        self._last = (text, answer)
        return answer


def _index_key(sets: list[tuple[str, ...]]) -> str | None:
    try:
        import _sre

        engine = (_sre.MAGIC, _sre.CODESIZE)
    except (ImportError, AttributeError):
        engine = None
    digest = hashlib.blake2b(repr(sets).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    return diskcache.fingerprint(LiteralIndex.NAME, diskcache.source_hash(sys.modules[__name__]), engine, digest)


def _build_index(sets: list[tuple[str, ...]]) -> list:
    ids: dict[str, set[int]] = {}
    for number, strings in enumerate(sets):
        for string in strings:
            ids.setdefault(string, set()).add(number)
    closure = {
        string: frozenset().union(*(ids.get(string[:k], ()) for k in range(1, len(string) + 1)))
        for string in ids
    }
    built = []
    marked = sorted(s[1:] for s in ids if s.startswith(MARK))
    if marked:
        pattern = re.escape(MARK) + "(?=(" + _trie(marked) + "))"
        built.append((MARK, pattern, _opcodes(pattern), {s: closure[MARK + s] for s in marked}))
    anywhere = sorted(s for s in ids if not s.startswith(MARK))
    if anywhere:
        pattern = "(?=(" + _trie(anywhere) + "))"
        built.append(("", pattern, _opcodes(pattern), {s: closure[s] for s in anywhere}))
    return built


def _opcodes(pattern: str) -> tuple | None:
    """What ``re`` hands its C engine for ``pattern`` (plain data), or None."""
    try:
        from re import _compiler, _parser

        parsed = _parser.parse(pattern, 0)
        code = _compiler._code(parsed, 0)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        args = (pattern, int(parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex, tuple(indexgroup))
        _rebuild(pattern, args)
        return args
    except Exception:  # noqa: BLE001 - another re layout: compile every time, same results
        return None


def _rebuild(pattern: str, args) -> re.Pattern:
    if args:
        try:
            import _sre

            compiled = _sre.compile(*args)
            if compiled.pattern == pattern and compiled.groups == 1:
                return compiled
        except Exception:  # noqa: BLE001 - a bad entry: compile it
            pass
    return re.compile(pattern)


def _trie(strings: list[str]) -> str:
    root: dict = {}
    for string in strings:
        node = root
        for c in string:
            node = node.setdefault(c, {})
        node[""] = {}
    return _render(root)


def _render(node: dict) -> str:
    """A trie node as a pattern that takes the longest string (an optional group is greedy)."""
    branches = []
    for c in sorted(k for k in node if k):
        child = node[c]
        rest = _render(child) if len(child) > 1 or "" not in child else ""
        if rest and "" in child:
            rest = f"(?:{rest})?"
        branches.append(re.escape(c) + rest)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def share_index(
    requirements: list[list[tuple[str, ...]] | None], cache: bool = False
) -> tuple[LiteralIndex, list[frozenset[int] | None]]:
    """One ``LiteralIndex`` for the literal sets of many patterns, and for each pattern the
    numbers of its sets (None: no prefilter, always run). A pattern may run on a text when
    its numbers are a subset of ``index.satisfied(text)``."""
    sets: list[tuple[str, ...]] = []
    numbers: list[frozenset[int] | None] = []
    for required in requirements:
        if not required:
            numbers.append(None)
            continue
        numbers.append(frozenset(range(len(sets), len(sets) + len(required))))
        sets.extend(required)
    return LiteralIndex(sets, cache), numbers


class LiteralCache:
    """Literal sets of one detector load, kept between processes (``diskcache.EntryCache``;
    entries keyed by pattern and flags, the file by this module's code and factor.py's)."""

    def __init__(self, directory=None):
        key = diskcache.fingerprint("prefilters", diskcache.source_hash(sys.modules[__name__], factor))
        self._entries = diskcache.EntryCache("prefilters", key, directory)

    def required(self, pattern: str, flags: int) -> list[tuple[str, ...]] | None:
        value = self._entries.get("literals", f"{int(flags)}\0{pattern}", lambda: required_literals(pattern, flags))
        return value if _valid(value) else required_literals(pattern, flags)

    def save(self) -> bool:
        return self._entries.save()


def _valid(value) -> bool:
    return value is None or isinstance(value, list) and all(
        isinstance(t, tuple) and t and all(isinstance(s, str) and s for s in t) for t in value
    )
