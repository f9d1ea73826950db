"""Everything a rule or validator may look at for one draft, computed once.

A Document is built from Sudachi lines (see tokenizer.Line) and makes Token
objects only when asked: a rule that needs the tokens of one sentence pays
for that sentence, not for the whole draft.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from functools import cached_property

from .tokenizer import Line, Token, analyse

# Sentence ends in normalized text: 。！？ and line breaks — but not inside a
# quotation: in 「〜って本当？」と聞かれた the ？ ends the quote, not the sentence.
_SENTENCE_END = re.compile(r"[。!?！？]+(?![」』）)\]])|\n+")


def sentence_bounds(text: str, offset: int = 0) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        bounds.append((start + offset, m.end() + offset))
        start = m.end()
    if start < len(text) or not bounds:
        bounds.append((start + offset, len(text) + offset))
    return bounds


class Document:
    """norm: Normalized (or normalize.Joined); tokens: a ready list, or None
    to take them lazily from `lines` ((offset, Line) pairs, made from the
    normalized text when not given)."""

    def __init__(self, norm, tokens: list[Token] | None = None, platform: str | None = None,
                 today: _dt.date | None = None, *, lines: list[tuple[int, Line]] | None = None,
                 sentences: list[tuple[int, int]] | None = None):
        self.norm = norm
        # The normalized text that rules match: an attribute, not a property
        # reading norm.text (validators read it a hundred times per check).
        self.text: str = norm.text
        self.platform = platform
        self.today = today or _dt.date.today()
        if tokens is not None:
            self.__dict__["tokens"] = list(tokens)
            self.lines = None
        else:
            self.lines = lines if lines is not None else analyse(norm.text)
        if sentences is not None:
            self.__dict__["sentence_bounds"] = sentences

    @cached_property
    def tokens(self) -> list[Token]:
        out: list[Token] = []
        for offset, line in self.lines:
            out.extend(line.tokens(offset))
        return out

    @cached_property
    def forms(self) -> frozenset[str]:
        """Every form (surface, lemma, normalized) of every token."""
        if self.lines is None:
            return frozenset(f for t in self.tokens for f in (t.surface, t.lemma, t.normalized))
        return frozenset().union(*(line.forms() for _, line in self.lines))

    @cached_property
    def sentence_bounds(self) -> list[tuple[int, int]]:
        return sentence_bounds(self.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentence_bounds]

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @cached_property
    def _line_starts(self) -> list[int]:
        return [offset for offset, _ in self.lines]

    def sentence_index(self, pos: int) -> int:
        """Index in sentence_bounds of the sentence holding `pos` (the last
        one for a position at or past the end)."""
        return max(bisect.bisect_right(self._sentence_starts, pos) - 1, 0)

    def sentence_at(self, pos: int) -> tuple[int, int]:
        return self.sentence_bounds[self.sentence_index(pos)]

    def sentences_around(self, k: int, before: int = 1, after: int = 1) -> tuple[int, int]:
        """(start, end) of sentence k widened by `before` sentences before it
        and `after` after it, as far as the text has them: where a rule reads
        a word's neighbours (the subject said in one sentence, the act in the
        next)."""
        bounds = self.sentence_bounds
        return bounds[max(k - before, 0)][0], bounds[min(k + after, len(bounds) - 1)][1]

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Tokens that start in [start, end)."""
        if self.lines is None or "tokens" in self.__dict__:
            lo = bisect.bisect_left(self._token_starts, start)
            hi = bisect.bisect_left(self._token_starts, end)
            return self.tokens[lo:hi]
        # Only the tokens asked for are made (lines keep no Token objects).
        out: list[Token] = []
        i = max(bisect.bisect_right(self._line_starts, start) - 1, 0)
        while i < len(self.lines) and self.lines[i][0] < end:
            offset, line = self.lines[i]
            out.extend(line.tokens_between(start - offset, end - offset, offset))
            i += 1
        return out
