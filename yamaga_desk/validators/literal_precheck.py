"""A cheap test before a big alternation: LiteralPrecheck(pattern).

The validators' biggest patterns are alternations of hundreds of wordings,
tried at every position of every sentence.  Each of their matches contains
one of a few literals (a word, a fixed piece of one), and one search for
those literals, shaped as a trie that Python's regex engine skips through by
first character, costs a fraction of the pattern's: where none occurs the
pattern cannot match and is not run.

prefilter.literals_of (the rules' gates, Trigger) keeps one fixed piece per
pattern, often one kana or a common kanji (あ, か, 年), so it lets most
sentences through; LiteralPrecheck joins adjacent fixed pieces and spells
optional ones both ways, which rules out four sentences in five for the
validators that use it (conduct, illegal_acts, insider_*, hearsay_clause_final,
confidential, deliberation).  The literals are worked out while the engine
builds its rules and kept in its build cache (gate.ALL_GATES) as the trie's
source; its compiled code in the start-up cache (lazy_regex).
"""

from __future__ import annotations

import re
from re import _constants as re_constants, _parser as re_parser  # (as prefilter.py)

from .. import lazy_regex
# (a character class of up to _MAX_CLASS characters is a fixed piece, as there)
from ..prefilter import _MAX_CLASS, _score
from .draft_facts import holds_match
from .gate import ALL_GATES, PREPARED, gate_key


class LiteralPrecheck:
    """The literals one of which every match of `pattern` contains, found
    finer than prefilter.literals_of: adjacent fixed pieces are joined
    (ア(?:ホ|ほ) gives アホ / アほ, not ア), optional ones spelt both ways
    (補助金? gives 補助 / 補助金).  For the validators' biggest alternations
    prefilter's literals include one kana or one common kanji (あ, か, 年, 中),
    so a Trigger passes most sentences: _CONTEMPT's literals occur in 2 of 3
    sentences of the benchmark drafts, these in 1 of 5.

    `may_match(text, pos, endpos)` is False only when no such literal lies
    in text[pos:endpos], so no match can; `sentences(doc)` are the sentences
    of doc that hold one (as Trigger.sentences).  One search of the literals
    as a trie-shaped alternation, which Python's regex engine skips through
    by first character: ~1 us for a sentence and _INSIDER's 660 literals,
    ~5 us for _CONTEMPT's 770, where _CONTEMPT itself costs ~23 us.
    The literals, shaped as the trie's source, are worked out while the
    engine builds the rules and kept in its build cache (gate.ALL_GATES),
    the trie's compiled code in the start-up cache (lazy_regex)."""

    def __init__(self, pattern):
        self._pattern = pattern
        self._source: str | None = None  # (None: not prepared yet)
        self._alternation = None  # the literals as one pattern (None: there are none)
        # ("-trie": the state is the trie's source, not the literals as before)
        self.key = gate_key("precheck-trie", (pattern,))
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
            literals = _needed_literals(self._pattern)
            source = _as_trie(literals) if literals else ""
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


def _as_trie(literals) -> str:
    """A pattern finding any of `literals` (none a prefix of another), their
    common beginnings shared: 1,300 literals side by side cost as much to
    look for as _ACT itself (the engine tries each alternative in turn),
    shared beginnings a fifth of that (あほ|あんな|あの -> あ(?:ほ|ん...))."""
    trie: dict = {}
    for literal in literals:
        node = trie
        for ch in literal:
            node = node.setdefault(ch, {})
        node[""] = {}  # a literal ends here: what follows need not be looked at

    def pattern(node: dict) -> str:
        if "" in node:
            return ""
        alternatives = [re.escape(ch) + pattern(rest) for ch, rest in sorted(node.items())]
        if len(alternatives) == 1:
            return alternatives[0]
        return "(?:" + "|".join(alternatives) + ")" if alternatives else ""
    return pattern(trie)


_MAX_SPELLINGS = 64  # most strings a fixed piece is spelt in before it counts as not fixed


def _needed_literals(pattern) -> tuple[str, ...]:
    """Sorted literals one of which every non-empty match of `pattern`
    contains (none contained in another: that one would do), or () when
    there are none to find."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return ()
    parsed = re_parser.parse(pattern.pattern, pattern.flags)
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):  # (?i) at the start
        return ()
    spellings, needed = _sequence(list(parsed))
    needed = _rarer(needed, spellings if spellings and "" not in spellings else None)
    if not needed:
        return ()
    kept: list[str] = []
    for literal in sorted(needed, key=len):
        if not any(short in literal for short in kept):
            kept.append(literal)
    return tuple(sorted(kept))


def _rarer(a: set | None, b: set | None) -> set | None:
    """The better of two sets of needed literals (None: no set), judged as
    prefilter.py judges its own: the rarest least common literal first."""
    if a is None or b is None:
        return a if b is None else b
    return a if _score(a) >= _score(b) else b


def _piece(op, av) -> tuple[set | None, set | None]:
    """(spellings, needed) of one parsed regex item: every string it can
    match, when they are few (else None); literals one of which each of its
    matches contains (or None)."""
    if op is re_constants.LITERAL:
        return {chr(av)}, None
    if op in (re_constants.AT, re_constants.ASSERT, re_constants.ASSERT_NOT):
        return {""}, None  # consumes nothing
    if op is re_constants.IN:
        if len(av) <= _MAX_CLASS and all(o is re_constants.LITERAL for o, _ in av):
            return {chr(v) for _, v in av}, None
        return None, None
    if op is re_constants.SUBPATTERN:
        _, add_flags, _, items = av
        return (None, None) if add_flags & re.IGNORECASE else _sequence(list(items))
    if op is re_constants.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is re_constants.BRANCH:
        each = [_sequence(list(items)) for items in av[1]]
        spellings = None
        if all(s is not None for s, _ in each):
            spellings = set().union(*(s for s, _ in each))
            if len(spellings) > _MAX_SPELLINGS:
                spellings = None
        needed: set = set()
        for s, n in each:
            one = _rarer(n, s if s is not None and "" not in s else None)
            if one is None:  # an alternative that needs nothing
                return spellings, None
            needed |= one
        return spellings, needed
    if op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT, re_constants.POSSESSIVE_REPEAT):
        low, high, items = av
        s, n = _sequence(list(items))
        if low == high == 1:
            return s, n
        if low == 0 and high == 1:
            return (s | {""} if s is not None else None), None
        if low >= 1:  # one repetition at least: what it needs
            return None, _rarer(n, s if s is not None and "" not in s else None)
        return None, None
    return None, None  # any character, a category, a back-reference...


def _sequence(items) -> tuple[set | None, set | None]:
    """(spellings, needed) of a sequence of parsed items: fixed pieces next
    to each other are spelt together (the cross product, while small); each
    run of them, and what each other piece needs, is a candidate, and the
    rarest candidate is what the sequence needs."""
    needed = None
    run: set | None = {""}  # spellings of the run of fixed pieces so far
    whole = True  # every piece so far is in the run
    for op, av in items:
        spellings, piece_needs = _piece(op, av)
        needed = _rarer(needed, piece_needs)
        if spellings is not None and len(run) * len(spellings) <= _MAX_SPELLINGS:
            run = {a + b for a in run for b in spellings}
            continue
        if "" not in run:
            needed = _rarer(needed, run)
        whole = False
        run = spellings if spellings is not None else {""}
    if "" not in run:
        needed = _rarer(needed, run)
    return (run if whole else None), needed
