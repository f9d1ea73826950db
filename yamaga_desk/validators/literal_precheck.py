"""A cheap test before a big alternation: LiteralPrecheck(pattern).

The validators' biggest patterns are alternations of hundreds of wordings,
tried at every position of every sentence.  Each of their matches contains
one of a few literals (prefilter.needed_literals: a word, a fixed piece of
one), and one search for those literals, shaped as a trie that Python's
regex engine skips through by first character (prefilter.trie_source),
costs a fraction of the pattern's: where none occurs the pattern cannot
match and is not run.  Unlike the scanners of gate.py and triggers.py, a
trie also looks for the literals of a case-insensitive pattern (ignoring
case), so it stands in for the word lists once written beside such
patterns by hand.  The trie's source is worked out while the engine builds
its rules and kept in its build cache (gate.ALL_GATES); its compiled code
in the start-up cache (lazy_regex).
"""

from __future__ import annotations

from .. import lazy_regex
from ..prefilter import needed_literals, trie_source
from .draft_facts import holds_match
from .gate import ALL_GATES, PREPARED, gate_key


class LiteralPrecheck:
    """`may_match(text, pos, endpos)` is False only when none of the
    literals one of which every match of `pattern` contains lies in
    text[pos:endpos], so no match can; `sentences(doc)` are the sentences
    of doc that hold one (as Trigger.sentences).  ~1 us for a sentence and
    _INSIDER's 660 literals, ~5 us for _CONTEMPT's 770, where _CONTEMPT
    itself costs ~23 us.  `hints`: see prefilter.needed_literals."""

    def __init__(self, pattern, hints: tuple[str, ...] = ()):
        self._pattern = pattern
        self._hints = hints
        self._source: str | None = None  # (None: not prepared yet)
        self._alternation = None  # the literals as one pattern (None: there are none)
        # ("-trie": the state is the trie's source, not the literals as before)
        self.key = gate_key("precheck-trie" + "".join("/" + h for h in hints), (pattern,))
        ALL_GATES.append(self)

    def state(self) -> str:
        """The literals as one trie-shaped pattern ("": the pattern needs no
        literal), as plain data.  The source itself is kept, not the
        literals: shaping ~50 tries out of ~15,000 literals cost ~20 ms of
        every start."""
        self.prepare()
        return self._source

    def prepare(self) -> None:
        if self._source is not None:
            return
        source = PREPARED.get(self.key)
        fresh = source is None  # (the engine is building the rules: not in its build cache)
        if fresh:
            literals, folded = needed_literals(self._pattern, hints=self._hints)
            source = trie_source(literals, folded) if literals else ""
        if source:
            self._alternation = lazy_regex.compile(source)
            if fresh:
                # Compiled now, while the rules are built, so the start-up
                # cache saved after the build keeps its code: else every
                # process would compile these ~37 patterns at its first
                # check (~70 ms, ~20 ms of it at once for _ACT's), and none
                # would ever be saved (the cache is saved after a build).
                self._alternation.compiled()
        self._source = source

    def may_match(self, text: str, pos: int = 0, endpos: int = 2 ** 62) -> bool:
        if self._source is None:
            self.prepare()
        return self._alternation is None or self._alternation.search(text, pos, endpos) is not None

    def search(self, text: str, pos: int = 0, endpos: int = 2 ** 62):
        """pattern.search(text, pos, endpos), the cheap test first."""
        return self._pattern.search(text, pos, endpos) if self.may_match(text, pos, endpos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = 2 ** 62):
        """pattern.finditer(text, pos, endpos), the cheap test first."""
        return self._pattern.finditer(text, pos, endpos) if self.may_match(text, pos, endpos) else iter(())

    def found_in(self, text: str) -> bool:
        """Does the pattern match somewhere in `text`?  (The literals first.)"""
        return self.search(text) is not None

    def any_line_matches(self, draft) -> bool:
        """draft_facts.any_line_matches(draft, pattern), the cheap test
        first on each line (each answer of the pattern still remembered)."""
        return any(self.may_match(line) and holds_match(self._pattern, line) for line in draft.text.split("\n"))

    def sentences(self, doc, start: int = 0) -> list[tuple[int, int]]:
        """(`start`, a sentence start: only the sentences from there on.)"""
        if self._source is None:
            self.prepare()
        if self._alternation is None:
            return [b for b in doc.sentence_bounds if b[0] >= start]
        search, text, bounds, found = self._alternation.search, doc.text, doc.sentence_bounds, []
        m = search(text, start)
        while m is not None:
            k = doc.sentence_index(m.start())
            found.append(bounds[k])
            # (past the sentence, and never back: as Trigger.sentences)
            m = search(text, max(m.start() + 1, bounds[k][1]))
        return found
