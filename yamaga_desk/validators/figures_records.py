"""A record claimed for a figure that last time's figure beats (item 5.4,
ガイドライン5(4)).

「参加者は過去最多の320人。昨年は410人でした」: 過去最多 / 史上最高 / これまで
で一番多い said of a figure that a figure of last time in the same paragraph
is larger than (or, for 過去最少, smaller): record_contradicted.  The record's
figure is the one the record word is told of; a record said of last time's
figure says nothing about this one.
"""

from __future__ import annotations

from .. import lazy_regex
from .registry import validator
from .figures_common import _approximate, _is_previous, quantities


# 「参加者は過去最多の320人。昨年は410人でした」: a record claimed for a
# figure that an earlier figure of the same unit in the paragraph beats
# (過去最多/最高/史上最大/これまでで一番多い…) or undercuts (過去最少/最低).
# The record figure is the quantity right after the record word (過去最多の
# 320人, 過去最高となる売上850万円) or right before it (320人と過去最多); a
# record word whose nearest figure is itself the previous one (過去最低だった
# 昨年の40人) says nothing about this year.
_RECORD_HIGH = (
    r"(?:過去|史上|歴代|開催以来|統計開始以来)(?:最多|最高|最大|一番|いちばん|イチ)|最多記録|最高記録|記録(?:を)?更新|新記録|"
    r"(?:これまで|今まで|過去)で(?:最も|一番|いちばん)(?:多|高|大)"
)
_RECORD_LOW = (
    r"(?:過去|史上|歴代|開催以来|統計開始以来)(?:最少|最低|最小)|"
    r"(?:これまで|今まで|過去)で(?:最も|一番|いちばん)(?:少な|低|小さ)"
)
_RECORD = lazy_regex.compile(rf"(?P<high>{_RECORD_HIGH})|(?P<low>{_RECORD_LOW})")
_RECORD_TO_FIGURE = lazy_regex.compile(r"[^。！!？?\n、0-9]{0,8}?$")
# 過去最高を更新しました！今年は28万人: a record told on its own, its figure
# given next as this time's (今年は, 今回の来場者は)
_THIS_TIME = lazy_regex.compile(
    r"(?:今年度?|今回|本年度?|今大会|今季|今シーズン)(?:の[一-龥ァ-ヶー]{1,6})?(?:は|が|も|:|：)?\s*$"
)
_FIGURE_TO_RECORD = lazy_regex.compile(r"[^。！!？?\n、0-9]{0,5}")


@validator("record_contradicted", scope="paragraph", needs=(_RECORD,))
def record_contradicted(doc):
    text = doc.text
    records = list(_RECORD.finditer(text))
    if not records:
        return
    found = quantities(text)
    for rec in records:
        after = next((q for q in found if q.start >= rec.end()), None)
        before = next((q for q in reversed(found) if q.end <= rec.start()), None)
        figure = None
        if after is not None and _RECORD_TO_FIGURE.match(text[rec.end():after.start]):
            figure = after
        elif before is not None and _FIGURE_TO_RECORD.fullmatch(text, before.end, rec.start()):
            figure = before
        elif after is not None and _THIS_TIME.search(text, max(rec.end(), after.start - 12), after.start) \
                and text.count("。", rec.end(), after.start) + text.count("\n", rec.end(), after.start) == 0:
            figure = after
        if figure is None or _is_previous(text, figure) or _approximate(text, figure):
            continue
        high = rec.group("high") is not None
        for prev in found:
            if prev is figure or prev.unit != figure.unit or not _is_previous(text, prev):
                continue
            if (high and prev.value > figure.value) or (not high and prev.value < figure.value):
                yield min(rec.start(), figure.start), max(rec.end(), figure.end)
                yield prev.start, prev.end
                break
