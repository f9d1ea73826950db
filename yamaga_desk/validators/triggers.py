"""Rare trigger first: the sentences of a draft that can hold a match of a
validator's trigger patterns, found without running the patterns.

Each pattern is reduced (ruleset/prefilter.py, remembered on disk) to
literals one of which every match contains.  A match lies inside one
sentence, so only sentences holding one of those literals can hold a match:
they are found with str.find from the literals the draft contains at all.
A validator then runs its big alternations and its costly context checks
(warnings, negations) on those few sentences instead of on every one, and
no long regex call holds the GIL over a whole pasted text.
"""

from __future__ import annotations

from ..ruleset.prefilter import literals_of
from .gate import ALL_GATES

# The characters of the last text looked at: a check asks several triggers
# about the same text.  (text, its set of characters)
_last: tuple[str, frozenset] = ("", frozenset())


def _chars(text: str) -> frozenset:
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    chars = frozenset(text)
    _last = (text, chars)
    return chars


class Trigger:
    """`sentences(doc)`: the (lo, hi) bounds, in order, of every sentence of
    `doc` that may hold a match of one of the patterns.  A pattern without
    usable literals makes every sentence a candidate (never loses a match)."""

    def __init__(self, *patterns):
        self._patterns = patterns
        self._ready = False
        self._everywhere = False
        self._by_first: dict[str, tuple[str, ...]] = {}  # literals by their first character
        self._firsts: frozenset[str] = frozenset()
        # The engine prepares every gate while it builds the rules, so the
        # literals are saved in the build cache with the rules' own.
        ALL_GATES.append(self)

    def prepare(self) -> None:
        if self._ready:
            return
        found: set[str] = set()
        everywhere = False
        for p in self._patterns:
            lits = literals_of(p)
            if not lits:
                everywhere = True
            else:
                found |= lits
        by_first: dict[str, list[str]] = {}
        for lit in sorted(found):
            by_first.setdefault(lit[0], []).append(lit)
        self._everywhere = everywhere
        self._by_first = {c: tuple(lits) for c, lits in by_first.items()}
        self._firsts = frozenset(by_first)
        self._ready = True

    def may_hold(self, text: str) -> bool:
        """Can `text` hold a match of one of the patterns?  (Always, when a
        pattern has no usable literals.)"""
        if not self._ready:
            self.prepare()
        return self._everywhere or bool(self.present(text))

    def present(self, text: str) -> list[str]:
        """The trigger literals that occur in `text`."""
        if not self._ready:
            self.prepare()
        return [lit for c in self._firsts.intersection(_chars(text))
                for lit in self._by_first[c] if len(lit) == 1 or lit in text]

    def sentences(self, doc) -> list[tuple[int, int]]:
        bounds = doc.sentence_bounds
        text = doc.text
        present = self.present(text)
        if self._everywhere:
            return bounds
        held: set[int] = set()
        for lit in present:
            i = text.find(lit)
            while i != -1:
                k = doc.sentence_index(i)
                held.add(k)
                i = text.find(lit, max(i + 1, bounds[k][1]))
        return [bounds[k] for k in sorted(held)]
