"""THE one place that converts between Python code points and Qt positions.

The engine reports findings as Python code-point offsets into the text it was
given.  Qt's QTextDocument counts positions in UTF-16 code units, with one
position for each paragraph separator between blocks.  So:

- a character outside the BMP (😡, 𠮷) is ONE code point but TWO Qt positions;
- zero-width characters (U+200B...) are one of each: nothing special;
- line endings: QPlainTextEdit turns "\\r\\n", a lone "\\r" and "\\n" alike
  into one paragraph separator.  The editor therefore always holds LF-only
  text (editor_text() below), and that is the text the GUI checks, so CRLF
  never reaches a finding.  A file's own line ending is remembered when it is
  opened and written back on save (main_window).  If a text that still
  contains "\\r\\n" is mapped anyway, each "\\r\\n" pair occupies the single
  Qt position of its separator: an offset just before the "\\r" maps to the
  separator, an offset between "\\r" and "\\n" or after the "\\n" maps to the
  start of the next line.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL_RE = re.compile("[\U00010000-\U0010FFFF]")
PARAGRAPH_SEPARATOR = "\u2029"


def editor_text(raw_document_text: str) -> str:
    """The draft as Python text, from QTextDocument.toRawText().

    toRawText keeps no-break spaces (toPlainText would turn them into plain
    spaces, silently changing what the author wrote) and marks block ends
    with U+2029, which is the author's line break: "\\n"."""
    return raw_document_text.replace(PARAGRAPH_SEPARATOR, "\n")


def split_line_ending(text: str) -> tuple[str, str]:
    """(LF-only text, the line ending to write back: "\\r\\n" or "\\n").

    A file with more CRLF than bare LF line ends is a CRLF file."""
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    newline = "\r\n" if crlf > lf else "\n"
    return text.replace("\r\n", "\n").replace("\r", "\n"), newline


class PositionMap:
    """Code-point offsets of one text <-> Qt document positions."""

    def __init__(self, text: str):
        self.text = text
        # Code-point indices of characters taking two UTF-16 units ...
        self._astral = [m.start() for m in _ASTRAL_RE.finditer(text)]
        # ... and of the "\n" of each "\r\n" pair (shares the "\r"'s position).
        self._crlf = [m.start() + 1 for m in re.finditer("\r\n", text)]
        self.qt_length = len(text) + len(self._astral) - len(self._crlf)

    def to_qt(self, offset: int) -> int:
        """Qt position of code-point `offset` (0 <= offset <= len(text))."""
        offset = max(0, min(offset, len(self.text)))
        return offset + bisect_left(self._astral, offset) - bisect_left(self._crlf, offset)

    def to_offset(self, position: int) -> int:
        """Code-point offset at Qt `position`.  A position inside a surrogate
        pair (impossible for a cursor, possible for arithmetic) rounds down
        to the start of the character."""
        position = max(0, min(position, self.qt_length))
        lo, hi = 0, len(self.text)
        # to_qt is monotonic: binary search the largest offset whose
        # position is <= `position`.
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.to_qt(mid) <= position:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)

