"""Which regular expressions can match a text at all, found cheaply.

Every pattern is parsed once and, where possible, reduced to a set of
literal strings one of which each of its non-empty matches must contain
(死ね|しね → {死ね, しね}; [0-9]+円 → {円}; ア(?:ホ|ほ) → {アホ, アほ}).  The
rules' and the validators' gates look for those literals first: one pass
over a paragraph's characters and character pairs finds which of them it
contains (LiteralScanner), and only patterns with a literal present (and
the few with none usable) are run.  Hundreds of patterns then cost about
one scan, however many rules there are.  A validator's big alternation is
prechecked instead with one search for its literals shaped as a trie
(trie_source; validators/literal_precheck.py).
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]
from _sre import unicode_iscased

_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT} | ({C.POSSESSIVE_REPEAT} if hasattr(C, "POSSESSIVE_REPEAT") else set())
_MAX_CLASS = 8  # a character class of up to this many literals counts as alternatives
_MAX_SPELLINGS = 64  # most strings a fixed piece is spelt in before it counts as not fixed
# The same for the scanners' literals, which the start-up cache holds by the
# thousand: spelt up to 64 ways, the rules' 5,500 literals (one piece each,
# as they were) became 20,600, which cost ~8 ms of every start (and ran 19
# patterns a paragraph of the labelled drafts instead of 34); up to 4 ways,
# 6,200 literals run 28 and cost nothing measurable.
_SCANNED_SPELLINGS = 4


def needed_literals(pattern, exact: bool = False, hints: tuple[str, ...] = (),
                    spellings: int = _MAX_SPELLINGS) -> tuple[tuple[str, ...], bool]:
    """(literals, folded): literals one of which every non-empty match of
    `pattern` (compiled or lazy) contains, sorted, none containing another
    (that one would do); `folded` when they are to be looked for ignoring
    case, as the pattern matches them (never when `exact`).  ((), False)
    when there are none.

    Adjacent fixed pieces are joined (ア(?:ホ|ほ) gives アホ / アほ, not ア),
    optional ones spelt both ways (補助金? gives 補助 / 補助金).  Under
    IGNORECASE a character without case (パ, 1, 、) still matches only
    itself (Python's regex compiler emits it as it is); one with case is
    spelt as written only in folded literals, taken when rarer.

    Of the sets a match needs (in 山鹿市鹿本町来民1234: [市区], then [町村郡])
    the rarest is kept, judged by the kind and number of characters; `hints`,
    words known to be rarer than that judges (町 is, 市 is not), steer the
    choice to a set whose literals each hold one.  They only steer: what is
    found is still what every match needs, whatever the hints say."""
    try:
        parsed = P.parse(pattern.pattern, int(pattern.flags))
    except Exception:  # pragma: no cover - it compiled, so it parses
        return (), False
    items = list(parsed)
    ignore_case = bool(parsed.state.flags & re.IGNORECASE)
    reading = _Reading(False, hints, spellings)
    found = reading.literals(items, ignore_case)
    if exact or not reading.met_case:
        return found, False
    folded = _Reading(True, hints, spellings).literals(items, ignore_case)
    if folded and (not found or reading.rank(set(folded)) > reading.rank(set(found))):
        return folded, True
    return found, False


def required_literals(pattern) -> frozenset[str] | None:
    """needed_literals of `pattern` that are exact (found with `in`, as
    LiteralScanner looks for them), or None."""
    found, _ = needed_literals(pattern, exact=True, spellings=_SCANNED_SPELLINGS)
    return frozenset(found) if found else None


_FLAGS_READ = int(re.IGNORECASE | re.VERBOSE)  # (the flags that change the literals)


def literals_of(pattern) -> frozenset[str] | None:
    """required_literals of a compiled or lazy pattern, remembered on disk
    (startup_cache.py) by its flags and source, so start-up neither parses
    nor compiles it."""
    from .startup_cache import cache

    # (a plain int: RegexFlag arithmetic cost ~1.5 ms of the ~950 calls at each start)
    key = f"{int(pattern.flags) & _FLAGS_READ:x}/{pattern.pattern}"
    found = cache().get("literals", key, _literals_tuple)
    return frozenset(found) if found is not None else None


def _literals_tuple(key: str) -> tuple[str, ...] | None:
    flags, _, source = key.partition("/")
    found = required_literals(re.compile(source, int(flags, 16)))
    return tuple(sorted(found)) if found else None


def trie_source(literals, folded: bool = False) -> str:
    """A pattern finding any of `literals` (none containing another, as
    needed_literals gives them), their common beginnings shared: 1,300
    literals side by side cost as much to look for as the alternation they
    come from (the engine tries each alternative in turn), shared
    beginnings a fifth of that (あほ|あんな|あの -> あ(?:ほ|ん...)).  Python's
    regex engine skips through a text to the trie's first characters."""
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
    return ("(?i)" if folded else "") + pattern(trie)


def _weight(literal: str) -> int:
    """How rarely a literal occurs in Japanese text, roughly: kana particles,
    digits and punctuation (の, で, 、, 1) are in nearly every paragraph, so
    a pattern gated on them would run nearly everywhere; kanji and katakana
    words are rare."""
    return sum(1 if ch < "\u30a0" or ch in "ー々" else 3 for ch in literal)


def _score(alternatives: set[str]) -> tuple[int, int]:
    return (min(_weight(s) for s in alternatives), -len(alternatives))


class _Reading:
    """One reading of a parsed pattern: for each piece, (spellings, needed):
    every string it can match, when they are few (else None), and literals
    one of which each of its non-empty matches contains (or None)."""

    def __init__(self, folding: bool, hints: tuple[str, ...] = (), spellings: int = _MAX_SPELLINGS):
        self.spellings = spellings  # most strings a fixed piece is spelt in before it counts as not fixed
        self.folding = folding  # a cased character under IGNORECASE is spelt as written
        self.met_case = False  # such a character was met (and, not folding, taken as unfixed)
        self._hints = hints

    def rank(self, literals: set[str]) -> tuple:
        """How good a set of needed literals is (see needed_literals):
        higher is rarer."""
        hinted = all(any(h in literal for h in self._hints) for literal in literals) if self._hints else True
        return hinted, _score(literals)

    def _rarer(self, a: set | None, b: set | None) -> set | None:
        """The better of two sets of needed literals (None: no set)."""
        if a is None or b is None:
            return a if b is None else b
        return a if self.rank(a) >= self.rank(b) else b

    def literals(self, items, ignore_case: bool) -> tuple[str, ...]:
        spellings, needed = self.sequence(items, ignore_case)
        needed = self._rarer(needed, spellings if spellings and "" not in spellings else None)
        if not needed:
            return ()
        kept: list[str] = []
        for literal in sorted(needed, key=len):
            if not any(short in literal for short in kept):
                kept.append(literal)
        return tuple(sorted(kept))

    def _fixed(self, codes, ignore_case: bool) -> set | None:
        """The characters `codes`, unless case makes them match others."""
        if ignore_case and any(map(unicode_iscased, codes)):
            self.met_case = True
            if not self.folding:
                return None
        return set(map(chr, codes))

    def piece(self, op, av, ignore_case: bool) -> tuple[set | None, set | None]:
        if op is C.LITERAL:
            return self._fixed((av,), ignore_case), None
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return {""}, None  # consumes nothing
        if op is C.IN:
            if len(av) <= _MAX_CLASS and all(o is C.LITERAL for o, _ in av):
                return self._fixed([v for _, v in av], ignore_case), None
            return None, None
        if op is C.SUBPATTERN:
            _, add_flags, del_flags, items = av
            scoped = (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            return self.sequence(list(items), scoped)
        if op is getattr(C, "ATOMIC_GROUP", None):
            return self.sequence(list(av), ignore_case)
        if op is C.BRANCH:
            each = [self.sequence(list(items), ignore_case) for items in av[1]]
            spellings = None
            if all(s is not None for s, _ in each):
                spellings = set().union(*(s for s, _ in each))
                if len(spellings) > self.spellings:
                    spellings = None
            needed: set = set()
            for s, n in each:
                one = self._rarer(n, s if s is not None and "" not in s else None)
                if one is None:  # an alternative that needs nothing
                    return spellings, None
                needed |= one
            return spellings, needed
        if op in _REPEATS:
            low, high, items = av
            s, n = self.sequence(list(items), ignore_case)
            if low == high == 1:
                return s, n
            if low == 0 and high == 1:
                return (s | {""} if s is not None else None), None
            if low >= 1:  # one repetition at least: what it needs
                return None, self._rarer(n, s if s is not None and "" not in s else None)
            return None, None
        return None, None  # any character, a category, a back-reference...

    def sequence(self, items, ignore_case: bool) -> tuple[set | None, set | None]:
        """Fixed pieces next to each other are spelt together (the cross
        product, while small); each run of them, and what each other piece
        needs, is a candidate, and the rarest candidate is what the
        sequence needs."""
        needed = None
        run: set | None = {""}  # spellings of the run of fixed pieces so far
        whole = True  # every piece so far is in the run
        for op, av in items:
            spellings, piece_needs = self.piece(op, av, ignore_case)
            needed = self._rarer(needed, piece_needs)
            if spellings is not None and len(run) * len(spellings) <= self.spellings:
                run = {a + b for a in run for b in spellings}
                continue
            if "" not in run:
                needed = self._rarer(needed, run)
            whole = False
            run = spellings if spellings is not None else {""}
        if "" not in run:
            needed = self._rarer(needed, run)
        return (run if whole else None), needed


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
