"""Rare trigger first: the sentences of a draft that can hold a match of a
validator's trigger patterns, found without running the patterns.

Each pattern is reduced (prefilter.py, remembered on disk) to
literals one of which every match contains.  A match lies inside one
sentence, so only sentences holding one of those literals can hold a match:
they are found with str.find from the literals the draft contains at all.
A validator then runs its big alternations and its costly context checks
(warnings, negations) on those few sentences instead of on every one, and
no long regex call holds the GIL over a whole pasted text.
"""

from __future__ import annotations

from ..prefilter import LiteralScanner, literals_of
from .gate import ALL_GATES, PREPARED, gate_key


class Trigger:
    """`sentences(doc)`: the (lo, hi) bounds, in order, of every sentence of
    `doc` that may hold a match of one of the patterns.  A pattern without
    usable literals makes every sentence a candidate (never loses a match)."""

    def __init__(self, *patterns):
        self._patterns = patterns
        self._scanner: LiteralScanner | None = None
        self._everywhere = False
        self.key = gate_key("trigger", patterns)
        # The engine prepares every gate while it builds the rules, so the
        # literals are saved in the build cache with the rules' own.
        ALL_GATES.append(self)

    def state(self) -> tuple:
        """The prepared trigger as plain data (see gate.PREPARED)."""
        self.prepare()
        return self._everywhere, self._scanner.state()

    def prepare(self) -> None:
        if self._scanner is not None:
            return
        state = PREPARED.get(self.key)
        if state is not None:
            everywhere, scanner = state
            self._everywhere = everywhere
            self._scanner = LiteralScanner.from_state(scanner)
            return
        found: set[str] = set()
        for p in self._patterns:
            lits = literals_of(p)
            if not lits:
                self._everywhere = True
            else:
                found |= lits
        # The rules' scanner: the paragraph's character pairs it needs are
        # usually built already (the rule patterns were looked for first).
        self._scanner = LiteralScanner(found)

    def may_hold(self, text: str) -> bool:
        """Can `text` hold a match of one of the patterns?  (Always, when a
        pattern has no usable literals.)"""
        present = self.present(text)  # (prepares the trigger on first use)
        return self._everywhere or bool(present)

    def present(self, text: str) -> set[str]:
        """The trigger literals that occur in `text`."""
        if self._scanner is None:
            self.prepare()
        return self._scanner.present(text)

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
