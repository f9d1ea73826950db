"""Building blocks for the `facts` of paragraph validators (see
validators/__init__.py): what a paragraph needs to know about the rest of the
draft, as small hashable values.

Facts are computed for every paragraph at every check, so anything that reads
the whole draft must be computed once per draft: `once_per_draft` keeps the
answer on the draft's Document, and `any_line_matches` answers "somewhere in
the draft" line by line, remembering each line's answer.  `holds_match`
remembers a regex's answer per text (the sentences next to a paragraph are
mostly the same at the next check), and `ParagraphSpans` finds a pattern's
spans in the whole draft paragraph by paragraph, remembering each paragraph's
(for the validators that stay "text": a re-check scans one paragraph).

The sentences on either side of a paragraph: a paragraph ends with its blank
lines, which end a sentence; the sentence before a paragraph is usually those
blank lines alone, but a line without a closing 。 takes them in
("テンキー錠\n\n番号は2580#": the first sentence holds 「テンキー錠\n\n」), so
the neighbour can be real text.
"""

from __future__ import annotations

import threading
from functools import lru_cache, wraps
from itertools import islice

from ..analysis.document import Document
from typing import Callable, TypeVar

T = TypeVar("T")


def once_per_draft(func: Callable[[object], T]) -> Callable[[object], T]:
    """func(draft) computed once per draft Document, then remembered on it."""
    slot = f"_once_{func.__module__}.{func.__qualname__}"

    @wraps(func)
    def remembered(draft) -> T:
        cache = draft.__dict__
        if slot not in cache:
            cache[slot] = func(draft)
        return cache[slot]

    return remembered


def remembered_in(memo: dict, key, compute, size: int):
    """memo[key], computed once.  Past `size` entries the older half is
    dropped, not the whole memo: a check that crosses the bound keeps what
    it has just computed, and the re-check after it still finds it (clearing
    everything made a re-check after a long session cost twice as much)."""
    value = memo.get(key)
    if value is None:
        if len(memo) >= size:
            for old in list(islice(memo, len(memo) // 2)):
                del memo[old]
        value = memo[key] = compute(key)
    return value


def text_before(draft, start: int, chars: int) -> str:
    """The `chars` characters of the draft's normalized text before `start`
    (a paragraph's start): for a look-back that may cross a blank line."""
    return draft.text[max(0, start - chars):start]


def text_after(draft, end: int, chars: int) -> str:
    """The `chars` characters after `end` (a paragraph's end)."""
    return draft.text[end:end + chars]


def sentence_before(draft, start: int) -> str:
    """The draft's sentence that ends where the paragraph at `start` begins."""
    if start <= 0:
        return ""
    lo, _ = draft.sentence_at(start - 1)
    return draft.text[lo:start]


def sentence_after(draft, end: int) -> str:
    """The draft's sentence that begins where the paragraph ending at `end`
    ends (the next paragraph's first sentence)."""
    if end >= len(draft.text):
        return ""
    _, hi = draft.sentence_at(end)
    return draft.text[end:hi]


def paragraph_texts(draft) -> list[tuple[int, str]]:
    """(start, text) of each paragraph of the draft's normalized text, as the
    engine split it (a text the engine did not put together is one
    paragraph).  Every paragraph but the last ends with a line break."""
    pieces = getattr(draft.norm, "pieces", None)
    if pieces is None:
        return [(0, draft.text)]
    return [(start, norm.text) for _, start, norm in pieces]


class ParagraphSpans:
    """`spans(draft)`: what `spans_of(text)` finds in the draft's text, found
    paragraph by paragraph and remembered per paragraph, so a re-check after
    an edit scans only the paragraph that changed.

    Equal to spans_of(draft.text) when what it looks for never takes in a
    line break and its look-arounds treat a line break like the edge of the
    text (a regex search like that, say): nothing found then straddles two
    paragraphs, or depends on the one next to it."""

    def __init__(self, spans_of: Callable[[str], object], size: int = 4096):
        self._spans_of = lru_cache(maxsize=size)(lambda text: tuple(spans_of(text)))

    def __call__(self, draft) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for start, text in paragraph_texts(draft):
            found = self._spans_of(text)
            if found:
                out.extend([(s + start, e + start) for s, e in found] if start else found)
        return out


class ParagraphMatches:
    """`finditer(draft, pos)` and `search(draft, pos)`: pattern.finditer /
    pattern.search over the draft's text from `pos`, the same Match objects,
    with the paragraphs that hold no match skipped by an answer remembered
    per paragraph text, so a validator that must see the whole draft scans
    only the paragraph an edit changed.  `may_match(text)`: a cheaper test
    first (LiteralPrecheck.may_match), when the pattern has one.

    Equal to the whole scan when the pattern takes no line break, its
    look-arounds see none and it has no ^ / $ (stays_in_lines): a
    paragraph's answer then holds wherever the paragraph stands.

    The answers of every scan share one memo, a pair of bit sets per
    paragraph text (the scans asked, the scans that match): a 100,000-
    character draft has ~1,400 paragraphs, and a memo per scan held ~190
    bytes per paragraph and scan."""

    _answers: dict[str, list[int]] = {}  # paragraph text -> [asked bits, matching bits]
    _lock = threading.Lock()
    _bits = 0
    SIZE = 8192  # paragraphs remembered (past it the older half is dropped)

    def __init__(self, pattern, may_match: Callable[[str], bool] | None = None):
        self.pattern = pattern
        self._may_match = may_match
        with ParagraphMatches._lock:
            self._bit = 1 << ParagraphMatches._bits
            ParagraphMatches._bits += 1

    def holds(self, paragraph: str) -> bool:
        """Does the pattern match somewhere in `paragraph`?"""
        bit, answer = self._bit, self._answers.get(paragraph)
        if answer is not None and answer[0] & bit:
            return bool(answer[1] & bit)
        found = (self._may_match is None or self._may_match(paragraph)) and self.pattern.search(paragraph) is not None
        with self._lock:  # (another thread may be adding its own scan's answer)
            answer = self._answers.get(paragraph)
            if answer is None:
                if len(self._answers) >= self.SIZE:
                    for old in list(islice(self._answers, len(self._answers) // 2)):
                        del self._answers[old]
                answer = self._answers[paragraph] = [0, 0]
            if found:
                answer[1] |= bit
            answer[0] |= bit  # (after the answer: a reader never sees "asked" without it)
        return found

    def finditer(self, draft, pos: int = 0):
        text, finditer, holds = draft.text, self.pattern.finditer, self.holds
        for start, paragraph in paragraph_texts(draft):
            end = start + len(paragraph)
            if end > pos and holds(paragraph):
                yield from finditer(text, max(start, pos), end)

    def search(self, draft, pos: int = 0):
        return next(self.finditer(draft, pos), None)


def stays_in_lines(pattern) -> bool:
    """Can no part of `pattern` (lookarounds included) consume a line break,
    and has it no ^ or $ (which match at a paragraph's edges searched alone,
    not in the draft)?  Then ParagraphMatches finds what a whole scan finds.
    Conservative: a category or class it cannot judge counts as taking one."""
    import re
    from re import _constants as C, _parser as P

    categories = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
                  C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}

    def class_takes(items, ch: str) -> bool:
        negate, found = False, False
        for op, av in items:
            if op is C.NEGATE:
                negate = True
            elif op is C.LITERAL:
                found = found or chr(av) == ch
            elif op is C.RANGE:
                found = found or av[0] <= ord(ch) <= av[1]
            elif op is C.CATEGORY and av in categories:
                found = found or re.fullmatch(categories[av], ch) is not None
            else:
                return True
        return found != negate

    def safe(items) -> bool:
        for op, av in items:
            if op is C.LITERAL:
                if chr(av) == "\n":
                    return False
            elif op is C.IN:
                if class_takes(av, "\n"):
                    return False
            elif op is C.BRANCH:
                if not all(safe(b) for b in av[1]):
                    return False
            elif op is C.SUBPATTERN:
                if not safe(av[-1]):
                    return False
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
                if not safe(av[2]):
                    return False
            elif op in (C.ASSERT, C.ASSERT_NOT):
                if not safe(av[1]):
                    return False
            elif op is C.AT:
                if av not in (C.AT_BOUNDARY, C.AT_NON_BOUNDARY):  # ^ $ \A \Z
                    return False
            else:  # ANY, NOT_LITERAL, backreferences, ...: may take one
                return False
        return True

    return safe(list(P.parse(pattern.pattern, int(pattern.flags))))


@lru_cache(maxsize=16384)
def holds_match(pattern, text: str) -> bool:
    """pattern.search(text) is not None, remembered per text: for facts that
    test the lines, sentences or characters next to a paragraph, which are
    mostly the same at the next check."""
    return pattern.search(text) is not None


def any_line_matches(draft, pattern) -> bool:
    """Some line of the draft's normalized text holds a match of `pattern`,
    which must not match across a line break ("\\n") nor look past one.  A
    re-check after an edit reads only the lines that changed."""
    return any(holds_match(pattern, line) for line in draft.text.split("\n"))


# -- a paragraph with the draft's sentences around it ------------------------------
#
# A paragraph starts and ends at a sentence boundary, so a validator that weighs a
# sentence with its neighbours can run on the paragraph with the draft's
# neighbouring sentences (facts) around it and keep the spans that start in the
# paragraph: each span is then yielded once, by the paragraph holding its start.

def sentences_before(draft, start: int, n: int) -> tuple[str, ...]:
    """The draft's text of the `n` sentences before `start` (a paragraph's start)."""
    if not n or start == 0:
        return ()
    bounds = draft.sentence_bounds
    k = draft.sentence_index(start)
    return tuple(draft.text[lo:hi] for lo, hi in bounds[max(k - n, 0):k])


def sentences_after(draft, end: int, n: int) -> tuple[str, ...]:
    """The draft's text of the `n` sentences from `end` (a paragraph's end)."""
    if not n or end >= len(draft.text):
        return ()
    k = draft.sentence_index(end)
    return tuple(draft.text[lo:hi] for lo, hi in draft.sentence_bounds[k:k + n])


class PlainText:
    """A plain normalized text, for a Document made of a window."""
    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text


def paragraph_window(doc, before: tuple[str, ...], after: tuple[str, ...]):
    """The paragraph's Document with the draft's sentences `before` and
    `after` it around it, and where the paragraph starts in it."""
    if not (before or after):
        return doc, 0
    bounds, pos = [], 0
    for sentence in before:
        bounds.append((pos, pos + len(sentence)))
        pos += len(sentence)
    offset = pos
    bounds.extend((lo + offset, hi + offset) for lo, hi in doc.sentence_bounds)
    pos = offset + len(doc.text)
    for sentence in after:
        bounds.append((pos, pos + len(sentence)))
        pos += len(sentence)
    text = "".join(before) + doc.text + "".join(after)
    return Document(PlainText(text), [], sentences=bounds), offset


def spans_starting_in(spans, offset: int, length: int):
    """The spans that start in the paragraph [offset, offset + length) of a
    window, in the paragraph's coordinates (the end may reach past it)."""
    for s, e in spans:
        if offset <= s < offset + length:
            yield s - offset, e - offset
