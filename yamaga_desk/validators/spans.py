"""Small helpers shared by validators: clause and sentence spans of the
normalized text, and "is there X near here" look-ups.

A *clause* is a stretch between punctuation (、。！？, an ellipsis, a line
break).  Findings about a disclosed plan or secret cover the clause that
states it, so the author sees what was disclosed and not only a keyword.
"""

from __future__ import annotations

import re
import unicodedata

# Clause ends in normalized text: Japanese and ASCII commas/stops, ellipses
# (NFKC turns … into ...), middle-dot runs, line breaks.
_CLAUSE_END = re.compile(r"[、。，,!?！？\n]|\.{2,}|・{2,}")


def clauses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Every non-blank clause of text[lo:hi]."""
    out, start = [], lo
    for m in _CLAUSE_END.finditer(text, lo, hi):
        if text[start:m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:hi].strip():
        out.append((start, hi))
    return out


def _edge_junk(ch: str, closing: bool = False) -> bool:
    if ch.isspace() or unicodedata.category(ch) in ("So", "Sk"):
        return True
    return ch in ("」』)）w" if closing else "「『(（#")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop spaces, brackets, emoji and a laughing "w" at the ends of a span."""
    while start < end and _edge_junk(text[start]):
        start += 1
    while end > start and _edge_junk(text[end - 1], closing=True):
        end -= 1
    return start, end


def paragraph_at(text: str, pos: int) -> tuple[int, int]:
    """The paragraph (text between blank lines) around `pos`."""
    start = text.rfind("\n\n", 0, pos)
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", pos)
    return start, len(text) if end < 0 else end
