"""Which regular expressions can match a text at all, found in one pass.

Every rule pattern is parsed once and, where possible, reduced to a set of
literal strings one of which each of its matches must contain (死ね|しね →
{死ね, しね}; [0-9]+円 → {円}).  One pass over a paragraph's characters and
character pairs finds which of those literals it contains; only patterns with
a literal present (and the few with no usable literal) are run.  Hundreds of
patterns then cost about one scan, however many rules there are.
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT} | ({C.POSSESSIVE_REPEAT} if hasattr(C, "POSSESSIVE_REPEAT") else set())
_MAX_CLASS = 8  # a character class of up to this many literals counts as alternatives


def required_literals(pattern: re.Pattern) -> frozenset[str] | None:
    """Strings one of which every non-empty match of `pattern` contains, or
    None when no such set could be found."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        parsed = P.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
    except Exception:  # pragma: no cover - it compiled, so it parses
        return None
    found = _required(list(parsed))
    return frozenset(found) if found and all(found) else None


# (a plain int: RegexFlag arithmetic cost ~1.5 ms of the ~950 calls at each start)
_UNSCANNABLE_FLAGS = int(re.IGNORECASE | re.VERBOSE)


def literals_of(pattern) -> frozenset[str] | None:
    """required_literals of a compiled or lazy pattern, remembered on disk
    (startup_cache.py) by its source, so start-up neither parses nor compiles it."""
    if int(pattern.flags) & _UNSCANNABLE_FLAGS:
        return None
    from .startup_cache import cache

    found = cache().get("literals", pattern.pattern, _literals_tuple)
    return frozenset(found) if found is not None else None


def _literals_tuple(source: str) -> tuple[str, ...] | None:
    found = required_literals(re.compile(source))
    return tuple(sorted(found)) if found else None


def _weight(literal: str) -> int:
    """How rarely a literal occurs in Japanese text, roughly: kana particles,
    digits and punctuation (の, で, 、, 1) are in nearly every paragraph, so
    a pattern gated on them would run nearly everywhere; kanji and katakana
    words are rare."""
    return sum(1 if ch < "\u30a0" or ch in "ー々" else 3 for ch in literal)


def _score(alternatives: set[str]) -> tuple[int, int]:
    return (min(_weight(s) for s in alternatives), -len(alternatives))


def _required(items) -> set[str] | None:
    candidates: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av)
            continue
        if run:
            candidates.append({run})
            run = ""
        sub: set[str] | None = None
        if op is C.SUBPATTERN:
            # (?i:server) matches SERVER too: its spelling is no literal
            # every match contains (av = group, added flags, removed flags, items)
            sub = None if av[1] & re.IGNORECASE else _required(list(av[-1]))
        elif op is C.BRANCH:
            alternatives = [_required(list(b)) for b in av[1]]
            if all(alternatives):
                sub = set().union(*alternatives)
        elif op in _REPEATS and av[0] >= 1:
            sub = _required(list(av[2]))
        elif op is C.IN and len(av) <= _MAX_CLASS and all(o is C.LITERAL for o, _ in av):
            sub = {chr(v) for _, v in av}
        if sub:
            candidates.append(sub)
    if run:
        candidates.append({run})
    return max(candidates, key=_score) if candidates else None


# The characters and character pairs of the texts scanned last: the rules'
# patterns, the validators' needs and twenty-odd validator triggers are looked
# for in the same paragraph (and in the whole draft) one after the other, and
# each scanner used to iterate the text's characters again.
_GRAMS_KEPT = 8
_grams: dict[str, tuple[frozenset[str], frozenset[str]]] = {}


def _grams_of(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(characters, adjacent pairs) of `text`."""
    found = _grams.get(text)
    if found is None:
        if len(_grams) >= _GRAMS_KEPT:  # (clear() is atomic; threads may share it)
            _grams.clear()
        found = _grams[text] = (frozenset(text), frozenset(map(str.__add__, text, text[1:])))
    return found


class LiteralScanner:
    """Finds which of many literal strings occur in a text.

    One regular expression alternating over thousands of literals is tried
    at every position of the text (Python's `re` has no Aho-Corasick), which
    cost more than Sudachi's analysis.  Instead the text's characters and
    character pairs are collected as sets (C loops) and intersected with the
    literals' first characters / first pairs; only the few literals whose
    first pair occurs are looked for with `in`."""

    def __init__(self, literals):
        # (unsorted: `present` answers a set; sorting ~8,000 literals cost
        # ~4 ms of every start)
        literals = set(literals)
        self._chars: set[str] = {lit for lit in literals if len(lit) == 1}
        self._by_pair: dict[str, list[str]] = {}
        for lit in literals:
            if len(lit) >= 2:
                self._by_pair.setdefault(lit[:2], []).append(lit)
        self._pairs = frozenset(self._by_pair)

    @property
    def literals(self) -> set[str]:
        """Every literal looked for."""
        return self._chars.union(*self._by_pair.values())

    def state(self) -> tuple:
        """The scanner as plain data (marshal), for the start-up cache: what
        `present` reads, nothing more (each string decoded is start-up time)."""
        return self._chars, self._by_pair

    @classmethod
    def from_state(cls, state: tuple) -> "LiteralScanner":
        """The scanner `state()` describes, without sorting literals again."""
        scanner = cls.__new__(cls)
        scanner._chars, scanner._by_pair = state
        scanner._pairs = frozenset(scanner._by_pair)
        return scanner

    def present(self, text: str) -> set[str]:
        chars, pairs_of_text = _grams_of(text)
        # (set & set iterates the smaller one: a trigger's few characters)
        found = self._chars.intersection(chars)
        if len(text) < 2 or not self._pairs:
            return found
        pairs = self._pairs.intersection(pairs_of_text)
        for pair in pairs:
            for lit in self._by_pair[pair]:
                if len(lit) == 2 or lit in text:
                    found.add(lit)
        return found
