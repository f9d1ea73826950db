"""Building blocks for the `facts` of paragraph validators (see
validators/__init__.py): what a paragraph needs to know about the rest of the
draft, as small hashable values.

Facts are computed for every paragraph at every check, so anything that reads
the whole draft must be computed once per draft: `once_per_draft` keeps the
answer on the draft's Document, and `any_line_matches` answers "somewhere in
the draft" line by line, remembering each line's answer.

The sentences on either side of a paragraph: a paragraph ends with its blank
lines, which end a sentence; the sentence before a paragraph is usually those
blank lines alone, but a line without a closing 。 takes them in
("テンキー錠\n\n番号は2580#": the first sentence holds 「テンキー錠\n\n」), so
the neighbour can be real text.
"""

from __future__ import annotations

from functools import lru_cache, wraps
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


@lru_cache(maxsize=16384)
def _line_matches(pattern, line: str) -> bool:
    return pattern.search(line) is not None


def any_line_matches(draft, pattern) -> bool:
    """Some line of the draft's normalized text holds a match of `pattern`,
    which must not match across a line break ("\\n") nor look past one.  A
    re-check after an edit reads only the lines that changed."""
    return any(_line_matches(pattern, line) for line in draft.text.split("\n"))
