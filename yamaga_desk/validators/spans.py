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
# (NFKC turns … into ...), middle-dot runs, line breaks.  A comma between
# digits groups thousands (NFKC turns ９，５００万 into 9,500万): no clause end.
_CLAUSE_END = re.compile(r"[、。!?！？\n]|[，,](?![0-9]{3})|(?<![0-9])[，,]|\.{2,}|・{2,}")


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


# Marks that stand for a name (△△建設, ○○さん): symbols, but part of the span.
# A laughing w (草, ｗｗ, やったw) as a regex fragment for the cues of a boast or
# of glee: not the last letter of a link or an English word (https://…/new, show).
LAUGHING_W = r"(?<![A-Za-z0-9/._-])w"

_NAME_MARKS = "〇○◯●△▲□■×☆★◎"


def _edge_junk(ch: str, closing: bool = False) -> bool:
    if ch in _NAME_MARKS:
        return False
    if ch.isspace() or unicodedata.category(ch) in ("So", "Sk"):
        return True
    # An opening bracket left at the end ("…回ってきた（部外秘") is junk too.
    return ch in ("」』)）w「『(（" if closing else "「『(（#」』)）")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop spaces, brackets, emoji and a laughing "w" at the ends of a span."""
    while start < end and _edge_junk(text[start]):
        start += 1
    while end > start and _edge_junk(text[end - 1], closing=True) and not _closes_inside(text, start, end):
        end -= 1
    return start, end


_OPENER = {")": "(", "）": "（", "」": "「", "』": "『"}


def _closes_inside(text: str, start: int, end: int) -> bool:
    """Does the span end with a bracket opened inside it ("資料（部外秘）")?"""
    opener = _OPENER.get(text[end - 1])
    return opener is not None and opener in text[start:end - 1]


def paragraph_at(text: str, pos: int) -> tuple[int, int]:
    """The paragraph (text between blank lines) around `pos`."""
    start = text.rfind("\n\n", 0, pos)
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", pos)
    return start, len(text) if end < 0 else end
