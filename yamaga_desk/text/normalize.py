"""Normalize a draft for matching, keeping a map back to the original text.

Staff (and the people they quote) hide words from filters: half-width kana
(ﾊﾞｶ), full-width digits (０９０), zero-width spaces (ば\u200bか), emoji or
spaces inside a word (バ😡カ, 死 ね), line breaks in a phrase, elongation
(しねーーー), keycap digits (4️⃣7️⃣) and a password spaced out letter by letter
(Y a m a g a _ 0 8 1 5).  Rules match the *normalized* text; every normalized character
remembers the span of original characters it came from, so a finding always
points into the text the author typed and covers the whole evaded word.

`normalize` is on the hot path of every check, so it leaves ordinary text to
C: one `str.translate` for the characters NFKC maps one-to-one (full-width
letters, half-width kana...), regular expressions to find the few places that
need care, and the character-by-character definition
(`normalize_reference`) only for those places.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

# (The module's patterns compile on first use, from the code the start-up
# cache remembers: compiling them at import was ~1.5 ms of every start.)
from ..lazy_regex import compile as lazy_compile

# Characters that render as nothing: zero-width spaces and joiners, word
# joiner, BOM, soft hyphen, Mongolian vowel separator, bidi marks.
_INVISIBLE = frozenset(
    [0x00AD, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x2061,
     0x2062, 0x2063, 0x2064, 0xFEFF, 0x034F,
     0x20E3]  # the keycap frame of 4️⃣: the digit (a PIN typed as emoji) stays
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


def _attaches_to_previous(piece: str) -> bool:
    """A dropped cluster that is part of the character before it (the
    variation selector and keycap frame of 4️⃣, a skin tone): the character's
    span in the original grows over it, so a finding ending there covers it.
    (Not over a line break: a paragraph must normalize alone as in the whole.)"""
    cp = ord(piece[0])
    return (0xFE00 <= cp <= 0xFE0F or cp == 0x20E3 or 0x1F3FB <= cp <= 0x1F3FF
            or 0xE0000 <= cp <= 0xE01EF)


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


# Marks that stand FOR a letter (伏字: バ○, ○ね), not fillers around one: they
# stay in the text so a finding on バ○ covers the mark too.
MASKS = frozenset("○◯●〇◎✕✖×※＊*△▲□■")


def _is_filler(ch: str) -> bool:
    """Something a person drops inside a word to dodge a filter: a space,
    a single line break, an emoji or a decorative symbol."""
    if ch in " \t\u3000\n\r":
        return True
    if ch in MASKS:
        return False
    cat = unicodedata.category(ch)
    return cat in ("So", "Sk", "Zs")


def _folds(run) -> bool:
    """Is this run of fillers between two Japanese letters dropped?  A short
    one of blanks alone or of emoji/symbols alone is (死 ね, 税金⏎泥棒, バ😡カ:
    a word broken up to dodge a filter).  An emoji or symbol with a blank or
    line break beside it is not: that is how a casual post ends a phrase, as
    a full stop would (嫌なら見るな👋 こっちは…, 決まったよ😊⏎あの課長…), and
    dropping it ran the two phrases' words together (らしいたぶん)."""
    if len(run) > MAX_FILLER_RUN:
        return False
    blanks = sum(1 for ch in run if ch in " \t\u3000\n\r")
    if blanks == 0:
        return True
    return blanks == len(run) and run.count("\n") <= 1


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


def from_original(norm, start: int, end: int) -> tuple[int, int]:
    """The normalized span [lo, hi) of the characters that begin inside the
    original span [start, end) — the inverse of `to_original`, for a
    `Normalized` or a `Joined`; empty (lo == hi) when none does."""
    return bisect.bisect_left(norm.starts, start), bisect.bisect_left(norm.starts, end)


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


def normalize_reference(original: str) -> Normalized:
    """The definition of normalization, one character at a time.  `normalize`
    computes the same result much faster; the tests hold it to this."""
    # Pass 1: NFKC per cluster, drop invisibles, collapse elongation.
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for cs, ce in _clusters(original):
        piece = "".join(ch for ch in original[cs:ce] if not _is_invisible(ch))
        if not piece:
            if chars and not chars[-1].isspace() and _attaches_to_previous(original[cs:ce]):
                ends[-1] = ce
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
            if j < len(chars) and _folds(run) and is_japanese_letter(chars[j]):
                for k in range(i, j):
                    keep[k] = False
            i = j
        else:
            i += 1
    text = "".join(c for c, k in zip(chars, keep) if k)
    starts = [s for s, k in zip(starts, keep) if k]
    ends = [e for e, k in zip(ends, keep) if k]
    # Pass 2b: single letters split by ・ or . (む・の・う, 税.金.泥.棒).
    text, starts, ends = _drop(text, starts, ends, _split_letter_spans(text))
    # Pass 3: spaces of a spaced-out password or word.
    text, starts, ends = _drop(text, starts, ends, _spaced_out_spans(text))
    return Normalized(original=original, text=text, starts=tuple(starts), ends=tuple(ends))


# -- the fast path --------------------------------------------------------------

# A superset of every combining character (unicodedata.combining() != 0) plus
# the voicing marks: a base character followed by any of these is normalized
# as one cluster by the reference code.  Being generous only costs speed.
_MARKS = (
    "\u0300-\u1fff\u20d0-\u20ff\u2cef-\u2cf1\u2d7f\u2de0-\u2dff\u302a-\u302f"
    "\u3099\u309a\ua66f-\uabff\ufb1e\ufe20-\ufe2f\uff9e\uff9f"
    "\U000101fd-\U0001bfff\U0001d165-\U0001e94f"
)
_INVISIBLE_CLASS = (
    "".join(chr(c) for c in sorted(_INVISIBLE))
    + "\ufe00-\ufe0f\U000e0000-\U000e01ef\U0001f3fb-\U0001f3ff"
)
# Blocks whose characters NFKC maps to one character (translated up front) or
# to several (handled one by one): Latin-1, punctuation, letter-like symbols,
# enclosed and CJK-compatibility characters, full/half-width forms.
_SCANNED_BLOCKS = (
    (0x00A0, 0x00FF), (0x2000, 0x2BFF), (0x3000, 0x30FF), (0x3190, 0x33FF),
    (0xF900, 0xFAFF), (0xFB00, 0xFB4F), (0xFE10, 0xFE6F), (0xFF00, 0xFFEF),
)
_ELONGATION_CLASS = "ー~—―〜"
_JAPANESE_CLASS = "\u3041-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f々〆ヵヶ"

_tables: tuple[dict[int, str], re.Pattern, re.Pattern] | None = None
# Inside a character class only these need a backslash: re.escape on each of
# the ~1,700 characters of the two classes below cost ~2 ms of every start.
_CLASS_ESCAPES = str.maketrans({c: "\\" + c for c in "\\]^-["})


def _fast_tables() -> tuple[dict[int, str], re.Pattern, re.Pattern]:
    """(one-to-one translation table, its characters, where care is needed),
    built on first use so importing stays cheap.  What NFKC does to each
    character of the scanned blocks is remembered in the start-up cache
    (asking unicodedata about ~5,500 characters was ~3 ms of every start),
    and the two patterns are made from the code the cache remembers
    (lazy_regex.compile_remembered): parsing their ~1,700-character classes
    was another ~2 ms."""
    global _tables
    if _tables is None:
        from ..lazy_regex import compile_remembered
        from ..startup_cache import cache

        remembered = cache().get("nfkc", unicodedata.unidata_version, _nfkc_changes)
        if not (isinstance(remembered, tuple) and len(remembered) == 2 and isinstance(remembered[0], dict)
                and isinstance(remembered[1], str)):  # (not what this code writes: computed afresh)
            remembered = _nfkc_changes(unicodedata.unidata_version)
        one_to_one, expanding = remembered
        # Characters that start a place needing care (the reference is run
        # there, over whole clusters).
        special = compile_remembered(rf"[{_MARKS}{_INVISIBLE_CLASS}\r{expanding.translate(_CLASS_ESCAPES)}]")
        translatable = compile_remembered("[" + "".join(map(chr, one_to_one)).translate(_CLASS_ESCAPES) + "]+")
        _tables = (one_to_one, translatable, special)
    return _tables


def _nfkc_changes(unidata_version: str) -> tuple[dict[int, str], str]:
    """(code point -> the one character NFKC makes of it, the characters
    NFKC makes several of or marks) over the scanned blocks, for this
    Python's Unicode data (`unidata_version`, the cache key)."""
    one_to_one: dict[int, str] = {}
    expanding: list[str] = []
    for lo, hi in _SCANNED_BLOCKS:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if cp in _INVISIBLE or cp in _VOICING_MARKS or unicodedata.combining(ch):
                continue
            out = unicodedata.normalize("NFKC", ch)
            if out == ch:
                continue
            if len(out) == 1 and not unicodedata.combining(out) and ord(out) not in _VOICING_MARKS:
                one_to_one[cp] = out
            else:
                expanding.append(ch)
    return one_to_one, "".join(expanding)


# Elongation that may change something: a run of marks, or a mark other
# than ー (after kana it becomes ー).
_ELONGATION_EDIT = lazy_compile(rf"[{_ELONGATION_CLASS}]{{2,}}|[~—―〜]")
# Where filler folding may start: a non-word character after a Japanese
# letter (every filler is a non-word character; common punctuation is not a
# filler and is skipped here; the rest is checked one by one).
_FOLD_CANDIDATE = lazy_compile(rf"[^\w、。「」『』()!?,.・:;](?<=[{_JAPANESE_CLASS}][\s\S])")


def normalize(original: str) -> Normalized:
    """Normalized text of `original` with the map back; see the module doc."""
    one_to_one, translatable, special = _fast_tables()
    text = translatable.sub(lambda m: m.group().translate(one_to_one), original)  # same offsets
    # Pass 1: NFKC, invisibles, CRLF.  Plain stretches map one-to-one.
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos, n = 0, len(text)
    m = special.search(text)
    while m:
        cs = m.start()
        if cs > pos and _is_mark(text[cs]):
            cs -= 1  # the base character the mark belongs to
        ce = cs + 1
        while ce < n and _is_mark(text[ce]):
            ce += 1
        if cs > pos:
            _plain(text, original, pos, cs, parts, starts, ends)
        _careful(original, cs, ce, parts, starts, ends)
        pos = ce
        m = special.search(text, pos)
    if pos < n:
        _plain(text, original, pos, n, parts, starts, ends)
    out = "".join(parts) if len(parts) != 1 else parts[0]
    # Pass 1b: elongation (needs the characters before it, so after NFKC).
    if _ELONGATION_EDIT.search(out) and any(m.end() - m.start() > 1 or (m.start() and _is_kana(out[m.start() - 1]))
           for m in _ELONGATION_EDIT.finditer(out)):
        out, starts, ends = _elongate(out, starts, ends)
    # Pass 2: filler folding.  Pass 2b: split letters.  Pass 3: spaced-out letters.
    out, starts, ends = _drop(out, starts, ends, _fold_spans(out))
    if "・" in out or "." in out:
        out, starts, ends = _drop(out, starts, ends, _split_letter_spans(out))
    if " " in out:
        out, starts, ends = _drop(out, starts, ends, _spaced_out_spans(out))
    return Normalized(original=original, text=out, starts=tuple(starts), ends=tuple(ends))


def _drop(text: str, starts, ends, spans: list[tuple[int, int]]):
    """text, starts and ends without the characters of `spans` (in order)."""
    if not spans:
        return text, starts, ends
    pieces, new_starts, new_ends, pos = [], [], [], 0
    for a, b in spans:
        pieces.append(text[pos:a])
        new_starts += starts[pos:a]
        new_ends += ends[pos:a]
        pos = b
    pieces.append(text[pos:])
    new_starts += starts[pos:]
    new_ends += ends[pos:]
    return "".join(pieces), new_starts, new_ends


# Four or more single ASCII characters, each but the last followed by one
# space (P a s s 1 2 3 4): a word or password spaced out so no filter sees it.
# The whole run or nothing (possessive): in "h t t p s://" the run ends in
# "s:", which is not a spaced-out word.  Runs without a letter (a scale
# "0 1 2 … 9", scores) stay as written.
_SPACED_OUT = lazy_compile(r"(?<![!-~])(?:[!-~] (?=[!-~])){3,}+[!-~](?![!-~])")


def _spaced_out_spans(text: str) -> list[tuple[int, int]]:
    return [(i, i + 1) for m in _SPACED_OUT.finditer(text) if re.search("[A-Za-z]", m.group())
            for i in range(m.start() + 1, m.end(), 2)]


# A word written one letter at a time with a separator between the letters,
# so that no filter sees it: む・の・う, ボ・ケ・ナ・ス, ぶ・す, 税.金.泥.棒.  The
# separators go.  Only where nothing legitimate is written that way:
# - kana split by ・ when at least three pieces run with one-letter pieces
#   inside (ド・レ・ミ or ア・ラ・カルト fold harmlessly), or two kana that
#   stand alone (ぶ・す, ぶ・すは黙って: no Japanese letter on either side but
#   a particle; お申し込み・お問い合わせ is two words); a name (ジョン・スミス)
#   has longer pieces and stays;
# - kanji are never joined over ・: 月・水・金, 日・祝, 市・県・国 are lists;
# - any Japanese letters split by "." (the full-width ． is "." by now) when
#   three or more one-letter pieces run: Japanese never lists letters with a
#   full stop, while A.B. and 1.2.3 are not Japanese letters and stay.
_KANA_CLASS = "ぁ-ゖァ-ヺ"
_SPLIT_LETTERS = lazy_compile(
    rf"[{_KANA_CLASS}](?:・[{_KANA_CLASS}]){{2,}}"
    rf"|(?<![{_JAPANESE_CLASS}])[{_KANA_CLASS}]・[{_KANA_CLASS}](?:(?![{_JAPANESE_CLASS}])|(?=[はがをもの](?![ぁ-ゖ])))"
    rf"|[{_JAPANESE_CLASS}](?:\.[{_JAPANESE_CLASS}]){{2,}}"
)


def _split_letter_spans(text: str) -> list[tuple[int, int]]:
    return [(i, i + 1) for m in _SPLIT_LETTERS.finditer(text)
            for i in range(m.start() + 1, m.end(), 2)]


_MARK = re.compile(f"[{_MARKS}]")
_is_mark = _MARK.fullmatch


def _fold_spans(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that filler folding removes (pass 2 of the reference)."""
    if "\u309b" in text or "\u309c" in text:
        # ゛ and ゜ are fillers and Japanese letters at once: only the
        # reference's left-to-right walk gets runs next to them right.
        return _fold_spans_reference(text)
    drop = []
    search = _FOLD_CANDIDATE.search
    n = len(text)
    m = search(text, 1)
    while m:
        a = j = m.start()
        while j < n and j - a <= MAX_FILLER_RUN and _is_filler(text[j]):
            j += 1
        if a < j < n and _folds(text[a:j]) and is_japanese_letter(text[j]):
            drop.append((a, j))
        m = search(text, max(j, a + 1))
    return drop


def _fold_spans_reference(text: str) -> list[tuple[int, int]]:
    drop, i = [], 0
    while i < len(text):
        if _is_filler(text[i]) and i > 0 and is_japanese_letter(text[i - 1]):
            j = i
            while j < len(text) and _is_filler(text[j]):
                j += 1
            if j < len(text) and _folds(text[i:j]) and is_japanese_letter(text[j]):
                drop.append((i, j))
            i = j
        else:
            i += 1
    return drop


def _plain(text, original, lo, hi, parts, starts, ends) -> None:
    piece = text[lo:hi]
    if not piece.isascii() and not unicodedata.is_normalized("NFKC", piece):
        _careful(original, lo, hi, parts, starts, ends)  # a character no table knows
        return
    parts.append(piece)
    starts.extend(range(lo, hi))
    ends.extend(range(lo + 1, hi + 1))


def _careful(original, lo, hi, parts, starts, ends) -> None:
    """Pass 1 of the reference, for original[lo:hi] (whole clusters)."""
    for cs, ce in _clusters(original[lo:hi]):
        cs += lo
        ce += lo
        piece = "".join(ch for ch in original[cs:ce] if not _is_invisible(ch))
        if not piece:
            if parts and not parts[-1][-1:].isspace() and _attaches_to_previous(original[cs:ce]):
                ends[-1] = ce
            continue
        if piece == "\r" and ce < len(original) and original[ce] == "\n":
            continue
        out = unicodedata.normalize("NFKC", piece)
        parts.append(out)
        starts.extend([cs] * len(out))
        ends.extend([ce] * len(out))


def _elongate(text: str, starts: list[int], ends: list[int]):
    """Collapse runs of long-vowel marks and turn a mark after kana into ー,
    exactly as the reference does while it appends characters."""
    chars = list(text)
    keep = [True] * len(chars)
    new_ends = list(ends)
    for m in _ELONGATION_EDIT.finditer(text):
        for i in range(m.start(), m.end()):
            j = i - 1
            while j >= 0 and not keep[j]:
                j -= 1
            prev = chars[j] if j >= 0 else ""
            if prev == "ー":
                keep[i] = False
                new_ends[j] = ends[i]
            elif prev and _is_kana(prev):
                chars[i] = "ー"
    out = "".join(c for c, k in zip(chars, keep) if k)
    return (out, [s for s, k in zip(starts, keep) if k], [e for e, k in zip(new_ends, keep) if k])


# -- paragraphs -------------------------------------------------------------

# A blank line.  Normalizing the text on either side of one gives exactly what
# normalizing the whole gives (a run of fillers holding two line breaks is
# never folded, and nothing reaches back over it), unless the next paragraph
# starts with a mark or a sentence end; those are not cut.
_PARAGRAPH_BREAK = lazy_compile(r"\n(?:[ \t\r\u3000]*\n)+(?![。！？!?])")


def paragraphs(original: str) -> list[tuple[int, str]]:
    """(offset, paragraph) pieces of `original`, each with the blank lines
    after it; normalizing them one by one equals normalizing the whole."""
    out, pos = [], 0
    for m in _PARAGRAPH_BREAK.finditer(original):
        end = m.end()
        if end >= len(original) or _is_mark(original[end]):
            continue
        out.append((pos, original[pos:end]))
        pos = end
    if pos < len(original) or not out:
        out.append((pos, original[pos:]))
    return out


class Joined:
    """Normalized paragraphs put back together: the same interface as
    `Normalized` for the whole draft, without copying per-character maps."""

    def __init__(self, original: str, pieces: list[tuple[int, int, Normalized]]):
        # pieces: (offset in original, offset in normalized text, Normalized)
        self.original = original
        self.pieces = pieces
        self.text = "".join(p[2].text for p in pieces) if len(pieces) != 1 else pieces[0][2].text
        self._norm_starts = [p[1] for p in pieces]
        self._map: tuple[tuple[int, ...], tuple[int, ...]] | None = None

    def piece_at(self, pos: int) -> int:
        return max(bisect.bisect_right(self._norm_starts, pos) - 1, 0)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if not self.text:
            return 0, 0
        start = min(max(start, 0), len(self.text) - 1)
        end = min(max(end, start + 1), len(self.text))
        a = self.pieces[self.piece_at(start)]
        b = self.pieces[self.piece_at(end - 1)]
        return a[0] + a[2].starts[start - a[1]], b[0] + b[2].ends[end - 1 - b[1]]

    def _maps(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        if self._map is None:
            starts: list[int] = []
            ends: list[int] = []
            for orig, _, norm in self.pieces:
                starts += [s + orig for s in norm.starts] if orig else norm.starts
                ends += [e + orig for e in norm.ends] if orig else norm.ends
            self._map = (tuple(starts), tuple(ends))
        return self._map

    @property
    def starts(self) -> tuple[int, ...]:
        return self._maps()[0]

    @property
    def ends(self) -> tuple[int, ...]:
        return self._maps()[1]
