"""Normalize a draft for matching, keeping a map back to the original text.

Staff (and the people they quote) hide words from filters: half-width kana
(ﾊﾞｶ), full-width digits (０９０), zero-width spaces (ば\u200bか), emoji or
spaces inside a word (バ😡カ, 死 ね), line breaks in a phrase and elongation
(しねーーー).  Rules match the *normalized* text; every normalized character
remembers the span of original characters it came from, so a finding always
points into the text the author typed and covers the whole evaded word.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# Characters that render as nothing: zero-width spaces and joiners, word
# joiner, BOM, soft hyphen, Mongolian vowel separator, bidi marks.
_INVISIBLE = frozenset(
    [0x00AD, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x2061,
     0x2062, 0x2063, 0x2064, 0xFEFF, 0x034F]
)

# Half-width and combining voicing marks belong to the preceding kana.
_VOICING_MARKS = frozenset([0xFF9E, 0xFF9F, 0x3099, 0x309A])

# Long-vowel marks and wave dashes; runs of them are collapsed to one ー.
_ELONGATION = frozenset("ーｰ－—―~～〜")

# How many filler characters may sit inside a word and still be folded away.
MAX_FILLER_RUN = 2


def _is_invisible(ch: str) -> bool:
    cp = ord(ch)
    return (
        cp in _INVISIBLE
        or 0xFE00 <= cp <= 0xFE0F  # variation selectors (emoji/text style)
        or 0xE0100 <= cp <= 0xE01EF  # ideographic variation selectors
        or 0xE0000 <= cp <= 0xE007F  # tag characters (flag sequences)
        or 0x1F3FB <= cp <= 0x1F3FF  # skin-tone modifiers
    )


def is_japanese_letter(ch: str) -> bool:
    """Kana, kanji, the iteration mark and the long-vowel mark."""
    cp = ord(ch)
    return (
        0x3041 <= cp <= 0x309F  # hiragana
        or 0x30A0 <= cp <= 0x30FF  # katakana (incl. ー)
        or 0x3400 <= cp <= 0x4DBF
        or 0x4E00 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x2FA1F
        or ch in "々〆ヵヶ"
    )


def _is_kana(ch: str) -> bool:
    return 0x3041 <= ord(ch) <= 0x30FF


def _is_filler(ch: str) -> bool:
    """Something a person drops inside a word to dodge a filter: a space,
    a single line break, an emoji or a decorative symbol."""
    if ch in " \t\u3000\n\r":
        return True
    cat = unicodedata.category(ch)
    return cat in ("So", "Sk", "Zs")


@dataclass(frozen=True)
class Normalized:
    """Normalized text plus, for each of its characters, the original span."""

    original: str
    text: str
    starts: tuple[int, ...]  # original start index of normalized char i
    ends: tuple[int, ...]  # original end index (exclusive) of normalized char i

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span [start, end) to a span of the original text."""
        if not self.text:
            return 0, 0
        start = min(max(start, 0), len(self.text) - 1)
        end = min(max(end, start + 1), len(self.text))
        return self.starts[start], self.ends[end - 1]


def _clusters(text: str):
    """Yield (start, end) of each base character with its voicing marks and
    combining marks, so NFKC can merge ﾊ+ﾞ into バ."""
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        while j < n and (ord(text[j]) in _VOICING_MARKS or unicodedata.combining(text[j])):
            j += 1
        yield i, j
        i = j


def normalize(original: str) -> Normalized:
    # Pass 1: NFKC per cluster, drop invisibles, collapse elongation.
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for cs, ce in _clusters(original):
        piece = "".join(ch for ch in original[cs:ce] if not _is_invisible(ch))
        if not piece:
            continue
        if piece == "\r" and ce < len(original) and original[ce] == "\n":
            continue  # CRLF: keep one line break, mapped to the \n
        out = unicodedata.normalize("NFKC", piece)
        for k, ch in enumerate(out):
            if ch in _ELONGATION and chars and chars[-1] == "ー":
                ends[-1] = ce  # extend the previous ー over this one
                continue
            if ch in _ELONGATION and chars and _is_kana(chars[-1]):
                ch = "ー"
            chars.append(ch)
            starts.append(cs)
            ends.append(ce)
    # Pass 2: fold short runs of filler between two Japanese letters
    # (バ😡カ, 死 ね, 頭\nおかしい); a blank line is a paragraph break and stays.
    keep = [True] * len(chars)
    i = 0
    while i < len(chars):
        if _is_filler(chars[i]) and i > 0 and is_japanese_letter(chars[i - 1]):
            j = i
            while j < len(chars) and _is_filler(chars[j]):
                j += 1
            run = chars[i:j]
            if (
                j < len(chars)
                and j - i <= MAX_FILLER_RUN
                and run.count("\n") <= 1
                and is_japanese_letter(chars[j])
            ):
                for k in range(i, j):
                    keep[k] = False
            i = j
        else:
            i += 1
    text = "".join(c for c, k in zip(chars, keep) if k)
    return Normalized(
        original=original,
        text=text,
        starts=tuple(s for s, k in zip(starts, keep) if k),
        ends=tuple(e for e, k in zip(ends, keep) if k),
    )
