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
from .figures_common import _PREVIOUS_WORD, _approximate, _is_previous, quantities


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


# 「前年度より15%減少し、過去最高の42万人」「昨年を下回ったものの過去最多」:
# a figure told as fallen from last time and as a record high in one
# sentence (or as grown and a record low).  Whatever the figures, it cannot
# be both.  A record said of last time (過去最高だった前年度より減少) or of
# the change itself (過去最大の減少幅, 過去最高の落ち込み) is no contradiction.
_TREND_UP = r"増え|増加|上回|伸び|アップ|増と|増の|増で|増に|増し"
_TREND_DOWN = r"減っ|減り|減少|下回|落ち込|ダウン|減と|減の|減で|減に|減し|少なく"
# 前年度より15%減少 / 昨年を大きく下回り / 前回比2割減の: last time named,
# then (within a few characters: an amount, 大きく) the way the figure went.
_COMPARED_WITH_PREVIOUS = lazy_regex.compile(
    rf"(?:{_PREVIOUS_WORD.pattern})(?:の[^。！!？?\n、]{{0,12}}?)?\s*[)）]?\s*(?:より|から|を|と比べて?|に比べて?|と比較して|比で?)(?:も|は)?"
    rf"[^。！!？?\n増減上下伸落少多]{{0,10}}?(?:(?P<up>{_TREND_UP})|(?P<down>{_TREND_DOWN}))"
)
_RECORD_OF_OTHER = lazy_regex.compile(
    rf"\s*(?:だった|であった|でした|を記録した|となった|の)?\s*(?:{_PREVIOUS_WORD.pattern}|一昨年|減少|増加|下落|上昇|落ち込|伸び|減|増|赤字|マイナス|低下|落差|幅|率)"
)


@validator("record_against_trend", scope="paragraph", needs=(_RECORD,))
def records_against_trend(doc):
    text = doc.text
    for rec in _RECORD.finditer(text):
        if _RECORD_OF_OTHER.match(text, rec.end()):
            continue
        lo, hi = doc.sentence_at(rec.start())
        high = rec.group("high") is not None
        for compared in _COMPARED_WITH_PREVIOUS.finditer(text, lo, hi):
            if (high and compared.group("down")) or (not high and compared.group("up")):
                yield compared.start(), compared.end()
                yield rec.start(), rec.end()
                return
