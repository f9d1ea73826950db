"""A measured figure and a threshold compared the wrong way round (item 5.4,
ガイドライン5(4)).

「水位が3.2mに達しましたが、氾濫危険水位（2.8m）には達していません」.  A
threshold is a quantity named by a noun (氾濫危険水位（2.8m）, 基準値の50%,
定員30人); the claim after it says the measured value is below it (には達して
いません, を超えていません, を下回っています) or above it (を超えています,
を上回りました).  The measured value is the nearest quantity of the same unit
before the threshold, in the same or the previous sentence.  When the numbers
say the opposite of the claim, both are reported.  (The threshold's noun and
claim are read with the quantity itself, figures_common.quantities.)
"""

from __future__ import annotations

from .registry import validator
from .figures_common import _draft_quantities, _previous_sentence_start


# Stays "text": the measured value may be in the sentence before, which after
# a line without 。 is the previous paragraph's last line, and then both it
# (a span starting in the previous paragraph) and the threshold are reported;
# a threshold's noun is looked for 16 characters back across a blank line and
# its claim may follow after line breaks.  Splitting it needs the next
# paragraph's first sentence as a fact of this one and the previous sentence as
# a fact of the next; not done within this round.
@validator("contradictory_figures")
def contradictory_figures(doc):
    found = _draft_quantities(doc)
    for k, q in enumerate(found):
        if q.threshold_start is None or q.claim is None:
            continue
        window_start = _previous_sentence_start(doc, q.start)
        measured = [p for p in found[:k]
                    if p.unit == q.unit and p.threshold_start is None and p.start >= window_start]
        if not measured:
            continue
        x = measured[-1]
        if (q.claim == "below" and x.value >= q.value) or (q.claim == "above" and x.value < q.value):
            yield x.start, x.end
            yield q.threshold_start, q.claim_end
