"""The sentences of a draft on either side of a paragraph, for the facts of
paragraph validators that look at the sentence before or after the one they
report (validators/__init__.py).

A paragraph ends with its blank lines, which end a sentence; the sentence
before a paragraph is usually those blank lines alone, but a line without a
closing 。 takes them in ("テンキー錠\n\n番号は2580#": the first sentence
holds 「テンキー錠\n\n」), so the neighbour can be real text.
"""

from __future__ import annotations


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
