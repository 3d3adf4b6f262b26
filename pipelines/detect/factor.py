"""Rewrite a regular expression so long alternations cost one test per character, not per word.

The ``regex`` engine tries the branches of an alternation one after another. A list of 400
demonyms (``Asian|African|Albanian|...``) costs 400 comparisons at every position the list is
tried. ``factor_alternations`` turns such a list into a character trie,
``A(?:sian|frican|lbanian)|...``, which the engine walks in a few steps.

The rewrite never changes what a pattern matches, nor which match it prefers:

* Factoring a first character shared by consecutive branches, ``ab|ac`` to ``a(?:b|c)``, tries
  the same paths in the same order.
* Branches that start with different ASCII characters (compared lower-cased, so case-insensitive
  patterns are covered) can never both match at the same place, so their relative order does not
  matter and branches with the same first character may be brought together. A branch that does
  not start with a plain ASCII character (a class, a group, an escape, a repeated character, an
  empty branch) is never moved across, nor is any branch moved across it.
* Only non-capturing groups are added. Capture numbers may change when branches move; nothing
  here reads capture groups (only the span of a match), and a pattern with a back-reference or a
  numbered group call is left as it is.

Anything the rewriter does not understand leaves the whole pattern unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_QUANT = re.compile(r"\{\d*(?:,\d*)?\}")
_FLAG_GROUP = re.compile(r"\(\?([a-zA-Z]*)(?:-([a-zA-Z]+))?([:)])")
_NAMED = re.compile(r"\(\?P?<([A-Za-z_]\w*)>")
_CALL = re.compile(r"\(\?(?:&|P>)[A-Za-z_]\w*\)")


class _Unsupported(Exception):
    pass


@dataclass
class _Atom:
    text: str  # source text, quantifier included
    char: str | None = None  # the literal character, for an unquantified plain one
    space: bool = False  # verbose-mode white space or a comment: no meaning


@dataclass
class _Group:
    opening: str  # "(?:", "(?<name>", "(?=", ...
    branches: list[list] = field(default_factory=list)
    quantifier: str = ""

    @property
    def text(self) -> str:
        return self.opening + "|".join(_render(b) for b in self.branches) + ")" + self.quantifier

    char = None
    space = False


def _render(seq: list) -> str:
    return "".join(a.text for a in seq)


class _Parser:
    def __init__(self, pattern: str):
        self.p = pattern
        self.i = 0
        self.global_verbose = False  # a (?x) at the start of the pattern

    def branches(self, verbose: bool) -> list[list]:
        out = [self.seq(verbose)]
        while self.i < len(self.p) and self.p[self.i] == "|":
            self.i += 1
            out.append(self.seq(verbose or self.global_verbose))
        return out

    def seq(self, verbose: bool) -> list:
        items: list = []
        p = self.p
        while self.i < len(p) and p[self.i] not in "|)":
            if verbose and (p[self.i].isspace() or p[self.i] == "#"):
                items.append(_Atom(self._space(), space=True))
                continue
            start = self.i
            atom, verbose = self._atom(verbose, at_start=start == 0)
            quantifier = self._quantifier(verbose)
            if quantifier:
                if isinstance(atom, _Group):
                    atom.quantifier = quantifier
                else:
                    atom = _Atom(atom.text + quantifier)
            items.append(atom)
        return items

    def _space(self) -> str:
        p, start = self.p, self.i
        if p[self.i] == "#":
            end = p.find("\n", self.i)
            if end < 0:
                raise _Unsupported("comment at the end of the pattern")
            self.i = end + 1
        else:
            while self.i < len(p) and p[self.i].isspace():
                self.i += 1
        return p[start : self.i]

    def _quantifier(self, verbose: bool) -> str:
        p, start = self.p, self.i
        j = self._skip_space(start, verbose)
        if j >= len(p):
            return ""
        if p[j] in "?*+":
            j += 1
        elif p[j] == "{":
            m = _QUANT.match(p, j)
            if not m or m.group() == "{}" or m.group() == "{,}":
                raise _Unsupported("'{' that is not a repeat count")
            j = m.end()
        else:
            return ""
        k = self._skip_space(j, verbose)
        if k < len(p) and p[k] in "?+":  # lazy or possessive
            j = k + 1
        k = self._skip_space(j, verbose)
        if k < len(p) and (p[k] in "*+?" or (p[k] == "{" and _QUANT.match(p, k))):
            raise _Unsupported("repeated quantifier")
        self.i = j
        return p[start:j]

    def _skip_space(self, j: int, verbose: bool) -> int:
        p = self.p
        while verbose and j < len(p) and (p[j].isspace() or p[j] == "#"):
            if p[j] == "#":
                end = p.find("\n", j)
                if end < 0:
                    raise _Unsupported("comment at the end of the pattern")
                j = end + 1
            else:
                j += 1
        return j

    def _atom(self, verbose: bool, at_start: bool):
        p, i = self.p, self.i
        c = p[i]
        if c == "(":
            return self._group(verbose, at_start)
        if c == "[":
            self.i = self._class_end(i)
            return _Atom(p[i : self.i]), verbose
        if c == "\\":
            return self._escape(), verbose
        if c in "*+?{":
            raise _Unsupported("nothing to repeat")
        self.i += 1
        if c in ".^$" or not (" " <= c <= "~"):
            return _Atom(c), verbose
        return _Atom(c, char=c), verbose

    def _escape(self) -> _Atom:
        p, i = self.p, self.i
        if i + 1 >= len(p):
            raise _Unsupported("trailing backslash")
        c = p[i + 1]
        if not c.isalnum():
            self.i = i + 2
            return _Atom(p[i : i + 2], char=c if " " <= c <= "~" else None)
        if c in "pPNx" and i + 2 < len(p) and p[i + 2] == "{":
            end = p.find("}", i)
            if end < 0:
                raise _Unsupported("unterminated escape")
            self.i = end + 1
        elif c in "pP":
            self.i = i + 3
        elif c in "xuU":
            self.i = i + 2 + {"x": 2, "u": 4, "U": 8}[c]
        elif c in "bBAZzGKmMsSdDwWXntrfvae":
            self.i = i + 2
        else:  # back-references, \g<...>, named lists, octal escapes, ...
            raise _Unsupported(f"escape \\{c}")
        return _Atom(p[i : self.i])

    def _class_end(self, i: int) -> int:
        p = self.p
        i += 1
        if i < len(p) and p[i] == "^":
            i += 1
        if i < len(p) and p[i] == "]":
            i += 1
        while i < len(p):
            c = p[i]
            if c == "\\":
                if i + 2 < len(p) and p[i + 1] in "pPNx" and p[i + 2] == "{":
                    end = p.find("}", i)
                    if end < 0:
                        raise _Unsupported("unterminated escape in a class")
                    i = end + 1
                else:
                    i += 2
            elif c == "[":
                if not p.startswith("[:", i):
                    raise _Unsupported("nested set")
                end = p.find(":]", i + 2)
                if end < 0:
                    raise _Unsupported("unterminated POSIX class")
                i = end + 2
            elif c == "]":
                return i + 1
            else:
                i += 1
        raise _Unsupported("unterminated class")

    def _group(self, verbose: bool, at_start: bool):
        p, i = self.p, self.i
        m = _CALL.match(p, i)
        if m:
            self.i = m.end()
            return _Atom(m.group()), verbose
        if p.startswith("(?#", i):
            end = p.find(")", i)
            if end < 0:
                raise _Unsupported("unterminated comment")
            self.i = end + 1
            return _Atom(p[i : self.i], space=True), verbose
        body_verbose = verbose
        for opening in ("(?:", "(?>", "(?=", "(?!", "(?<=", "(?<!", "(?(DEFINE)"):
            if p.startswith(opening, i):
                break
        else:
            m = _NAMED.match(p, i)
            if m:
                opening = m.group()
            elif not p.startswith("(?", i):
                opening = "("
            else:
                m = _FLAG_GROUP.match(p, i)
                if not m or not (m.group(1) or m.group(2)):
                    raise _Unsupported(f"group {p[i:i + 5]!r}")
                on, off = set(m.group(1)), set(m.group(2) or "")
                if not on | off <= set("imsxau"):
                    raise _Unsupported(f"flags {m.group()}")
                if m.group(3) == ")":  # global flags: only at the start of the pattern
                    if not at_start:
                        raise _Unsupported("global flags after the start")
                    self.i = m.end()
                    self.global_verbose = "x" in on
                    return _Atom(m.group()), verbose or "x" in on
                opening = m.group()
                body_verbose = "x" in on or (verbose and "x" not in off)
        self.i = i + len(opening)
        group = _Group(opening, self.branches(body_verbose))
        if self.i >= len(p) or p[self.i] != ")":
            raise _Unsupported("unbalanced parenthesis")
        self.i += 1
        return group, verbose


def _first(seq: list):
    """(index of the first meaningful item, that item) or (None, None) for an empty branch."""
    for k, item in enumerate(seq):
        if not item.space:
            return k, item
    return None, None


def _factor(branches: list[list]) -> list[list]:
    for seq in branches:  # inner groups first
        for item in seq:
            if isinstance(item, _Group):
                item.branches = _factor(item.branches)
    return _merge(branches)


def _merge(branches: list[list]) -> list[list]:
    """Bring branches with the same first character together and factor that character out."""
    if len(branches) < 2:
        return branches
    out: list[list] = []
    segment: list[tuple[str, list]] = []

    def flush() -> None:
        by_key: dict[str, list[tuple[str, list]]] = {}
        for char, seq in segment:
            by_key.setdefault(char.lower(), []).append((char, seq))
        for members in by_key.values():
            runs: list[tuple[str, list[list]]] = []  # consecutive branches, the same character
            for char, seq in members:
                if runs and runs[-1][0] == char:
                    runs[-1][1].append(seq)
                else:
                    runs.append((char, [seq]))
            for _, seqs in runs:
                if len(seqs) == 1:
                    out.append(seqs[0])
                    continue
                rests = []
                for seq in seqs:
                    k, head = _first(seq)
                    rests.append(seq[k + 1 :])
                out.append([head, _Group("(?:", _merge(rests))])
        segment.clear()

    for seq in branches:
        _, item = _first(seq)
        if isinstance(item, _Atom) and item.char is not None:
            segment.append((item.char, seq))
        else:  # never moved, and nothing is moved across it
            flush()
            out.append(seq)
    flush()
    return out


def factor_alternations(pattern: str, verbose: bool = False) -> str:
    """``pattern`` with its alternations factored into character tries (see the module text)."""
    try:
        parser = _Parser(pattern)
        branches = parser.branches(verbose)
        if parser.i != len(pattern):
            raise _Unsupported("unbalanced parenthesis")
        if "|".join(_render(b) for b in branches) != pattern:
            raise _Unsupported("the parse does not give the pattern back")
        return "|".join(_render(b) for b in _factor(branches))
    except (_Unsupported, RecursionError):
        return pattern
