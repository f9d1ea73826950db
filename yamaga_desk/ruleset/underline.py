"""What a finding underlines: the words its rule matched, or their sentence.

For most items the matched words are the problem (ﾊﾞｶ, a phone number, a
wrong weekday) and a quick fix may replace them.  For others the words only
give the sentence away: in 「未公表やけど、ゲストは〇〇さんに決まった」 the
marker 未公表 is found, but what must not be posted is the whole sentence
(the guideline's evidence is the disclosed content itself).  Rules of such
items underline the sentence, so the author sees at once what to rewrite.

Works on the original text (findings are in its offsets): a sentence ends
after 。！？!? (with any closing brackets) or at a line break.  A "sentence"
longer than MAX_SENTENCE_CHARS (a blog paragraph without full stops) is not
a sentence a reader takes in at a glance: the words stay underlined.
"""

from __future__ import annotations

import re

MAX_SENTENCE_CHARS = 160

_END = re.compile(r"[。！？!?][」』）)”’]*|\n")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened to the sentence(s) it lies in, without the
    whitespace at either edge; unchanged when that would be too long."""
    lo = 0
    for m in _END.finditer(text, max(0, start - MAX_SENTENCE_CHARS), start):
        lo = m.end()
    if lo == 0 and start > MAX_SENTENCE_CHARS:
        return start, end
    # From the span's last character: a span that already ends with its
    # sentence's 。 must not be widened into the next sentence.
    m = _END.search(text, max(start, end - 1))
    hi = m.end() if m else len(text)
    if text[hi - 1:hi] == "\n":
        hi -= 1
    while lo < start and text[lo].isspace():
        lo += 1
    while hi > end and text[hi - 1].isspace():
        hi -= 1
    if hi - lo > MAX_SENTENCE_CHARS:
        return start, end
    return lo, hi
