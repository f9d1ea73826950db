"""Building blocks for the `facts` of paragraph validators (see
validators/__init__.py): what a paragraph needs to know about the rest of the
draft, as small hashable values.

Facts are computed for every paragraph at every check, so anything that reads
the whole draft must be computed once per draft: `once_per_draft` keeps the
answer on the draft's Document.
"""

from __future__ import annotations

from functools import wraps
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
