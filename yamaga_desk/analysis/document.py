"""Everything a rule or validator may look at for one draft, computed once."""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import cached_property

from ..text.normalize import Normalized
from .tokenizer import Token

# Sentence ends in normalized text: 。！？ and line breaks.
_SENTENCE_END = re.compile(r"[。!?！？\n]+")


@dataclass
class Document:
    norm: Normalized
    tokens: list[Token]
    platform: str | None = None
    today: _dt.date = field(default_factory=_dt.date.today)

    @property
    def text(self) -> str:
        """The normalized text that rules match."""
        return self.norm.text

    @cached_property
    def sentence_bounds(self) -> list[tuple[int, int]]:
        bounds, start = [], 0
        for m in _SENTENCE_END.finditer(self.text):
            bounds.append((start, m.end()))
            start = m.end()
        if start < len(self.text) or not bounds:
            bounds.append((start, len(self.text)))
        return bounds

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentence_bounds]

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def sentence_at(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        return self.sentence_bounds[max(i, 0)]

    def tokens_between(self, start: int, end: int) -> list[Token]:
        lo = bisect.bisect_left(self._token_starts, start)
        hi = bisect.bisect_left(self._token_starts, end)
        return self.tokens[lo:hi]
