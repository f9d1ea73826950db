"""An average that the total and the count told beside it do not give
(item 5.4, ガイドライン5(4)).

「3日間で延べ120人、1日平均60人」 (120 ÷ 3 = 40): average_mismatch.  Only an
average with one count and one total to take it from is checked; last time's
figures are left out and a rounded average gets more room.
"""

from __future__ import annotations

from .. import lazy_regex
from .registry import validator
from .figures_common import _PREVIOUS_WORD, _previous_sentence_start, _rounded, quantities


# 「3日間で延べ120人、1日平均60人」: an average that the total and the count
# beside it do not give (120 ÷ 3 = 40).  The average is a quantity right after
# a per-one label with 平均 (1日平均, 1回あたり平均, 平均すると1日, 1人平均);
# the count is the only figure of that kind in the paragraph (3日間, 全5回,
# 20人で); the total is the one figure of the average's unit that is marked as
# a total (延べ, 合計, 計, 累計, 全部で) or, when there is no such mark, the
# only other figure of that unit.  Figures of last time (昨年は…) are left out;
# a rounded average is given more room.
_AVERAGE_PER_UNITS = {"日": "日", "日間": "日", "回": "回", "週": "週", "週間": "週", "か月": "月", "ヶ月": "月", "カ月": "月",
              "ケ月": "月", "月": "月", "か月間": "月", "ヶ月間": "月", "カ月間": "月", "年": "年", "年間": "年", "人": "人", "名": "人",
              "店": "店", "店舗": "店", "校": "校", "世帯": "世帯", "会場": "会場", "公演": "公演", "ステージ": "公演"}
_AVERAGE_PER_WORD = r"(?:1|一)\s?(?P<{}>日|回|週|か月|ヶ月|カ月|ケ月|年|人|名|店舗|店|校|世帯|会場|公演|ステージ)"
_AVERAGE_BEFORE = lazy_regex.compile(
    r"(?:" + _AVERAGE_PER_WORD.format("per") + r"\s?(?:あたり|当たり|につき)?\s?(?:の)?\s?平均(?:で|して|すると|は|が|に(?:いた)?しますと|にすると)?"
    r"|平均(?:で|して|すると|に(?:いた)?しますと|にすると)?\s?(?:、)?\s?" + _AVERAGE_PER_WORD.format("per_after")
    + r"\s?(?:あたり|当たり)?(?:に|で|は)?"
    # 月平均すると300件, 月にならすと約350件: the per-one unit with no 1 before it
    r"|(?<![0-9一-龥])(?P<per_bare>月|週)(?:平均|に(?:ならす|ならして|均す|均して|ならせば|均せば))(?:で|して|すると|すれば|と|は|が|に(?:すると|したら))?(?:、)?)"
    r"\s?(?P<approx>約|およそ|ほぼ)?\s?$"
)
# 4月から9月で1,230件: the months a total was counted over, which give the
# count for a monthly average when none is told.
_MONTH_RANGE = lazy_regex.compile(r"(?<![0-9])(?P<m1>[0-9]{1,2})月(?:から|〜|~|－|-)(?P<m2>[0-9]{1,2})月")
# 年間約2,400件: a year's total, twelve months for a monthly average.
_YEAR_TOTAL_MARK = lazy_regex.compile(r"(?:年間|1年間|一年間|1年で|一年で)(?:で|は|が|に)?\s?(?:約|およそ)?\s?$")
_AVERAGE_COUNT = lazy_regex.compile(
    r"(?<![0-9.,月/／])(?P<n>[0-9]{1,4})\s?"
    r"(?P<unit>日間|か月間|ヶ月間|カ月間|か月|ヶ月|カ月|ケ月|週間|年間|回|人|名|店舗|店|校|世帯|会場|公演|ステージ|日(?=\s?(?:で|に(?:わた|渡)|の(?:期間|会期|日程|開催|間)|間)))"
)
_AVERAGE_TOTAL_MARK = lazy_regex.compile(r"(?:延べ|のべ|合計|総計|総数|総勢|累計|計|合わせて|あわせて|全部で|全体で|トータル|総)(?:で|は|が|:|：)?\s?(?:約|およそ)?\s?$")


def _of_other_time(text: str, start: int, end: int) -> bool:
    return bool(_PREVIOUS_WORD.search(text, start, end))


# 今年度は / 今回は / に対し between two figures of one sentence: each is of its own time.
_THIS_TIME_OR_CONTRAST = lazy_regex.compile(r"今年|本年|今回|今月|今週|今季|今シーズン|対し|比べ|くらべ|より")


def _of_other_time_than_each_other(doc, text: str, total, avg, first: int, last: int) -> bool:
    """Whether the total and the average are of different times (昨年は延べ120人。
    今年は1日平均60人).  昨年度の訪問は年間2,400件、月にならすと350件 tells both of
    last year in one sentence: they are checked against each other."""
    if doc.sentence_index(total.start) != doc.sentence_index(avg.start):
        return _of_other_time(text, first, last)
    lo, hi = min(total.end, avg.end), max(total.start, avg.start)
    return _of_other_time(text, lo, hi) or bool(_THIS_TIME_OR_CONTRAST.search(text, lo, hi))


@validator("average_mismatch", scope="paragraph", needs=(lazy_regex.compile(r"平均|ならす|ならして|ならせば|均す|均して|均せば"),))
def average_mismatches(doc):
    text = doc.text
    found = quantities(text)
    averages = []
    for q in found:
        label = _AVERAGE_BEFORE.search(text, max(0, q.start - 18), q.start)
        if label:
            averages.append((label, q))
    if not averages:
        return
    average_spans = {q.start for _, q in averages}
    for label, avg in averages:
        per = _AVERAGE_PER_UNITS[label.group("per") or label.group("per_after") or label.group("per_bare")]
        if per == avg.unit or avg.value <= 0:
            continue  # 1人平均3人 says nothing we can check
        k = doc.sentence_index(avg.start)
        lo, hi = _previous_sentence_start(doc, avg.start), doc.sentences_around(k, 0, 1)[1]
        counts = {int(c.group("n")) for c in _AVERAGE_COUNT.finditer(text, lo, hi)
                  if _AVERAGE_PER_UNITS[c.group("unit")] == per and not (label.start() <= c.start() < avg.start)
                  and c.start() not in average_spans}
        counts.discard(1)
        if not counts and per == "月":
            months = [m for m in _MONTH_RANGE.finditer(text, lo, hi) if m.start() < avg.start]
            if len(months) == 1:
                counts = {(int(months[0].group("m2")) - int(months[0].group("m1"))) % 12 + 1}
        year_total = not counts and per == "月"
        if len(counts) != 1 and not year_total:
            continue
        count = counts.pop() if counts else 12
        others = [q for q in found if q.unit == avg.unit and q.start not in average_spans and lo <= q.start < hi
                  and not (per == "人" and q.value == count)]
        marked = [q for q in others if _AVERAGE_TOTAL_MARK.search(text, max(0, q.start - 8), q.start)]
        candidates = marked or others
        if len(candidates) != 1:
            continue
        total = candidates[0]
        if year_total and not _YEAR_TOTAL_MARK.search(text, max(0, total.start - 8), total.start):
            continue
        first = min(doc.sentence_at(total.start)[0], doc.sentence_at(avg.start)[0])
        last = max(total.end, avg.end)
        if _of_other_time_than_each_other(doc, text, total, avg, first, last) or total.value <= avg.value:
            continue
        actual = total.value / count
        rounded = bool(label.group("approx")) or _rounded(text, avg) or _rounded(text, total)
        slack = max(1.0, actual * (0.25 if rounded else 0.12))
        if abs(actual - avg.value) > slack:
            yield total.start, total.end
            yield label.start(), avg.end


# 「平均待ち時間は約15分です。混雑する月曜でも最長10分ほど」: a longest (most)
# told below the average, or a shortest (least) above it — no spread of
# figures has its maximum under its mean.  The two figures of one unit
# (分, 時間, 人 …) within a short reach, no other average between; rounded
# figures (約, ほど) get a tenth of the average as room.
_SPREAD_FIGURE = lazy_regex.compile(
    r"(?P<label>平均(?:[一-龥ァ-ヶーぁ-ゖ]{0,6}?)|最長|最大|長くても|多くても|最短|最小|短くても|少なくても)"
    r"(?:は|が|で|でも|時間は|時間が)?\s?(?P<rough>約|およそ|ほぼ)?\s?"
    r"(?P<n>(?<![0-9])(?<![0-9][,.])[0-9]+(?:\.[0-9]+)?)\s?(?P<unit>分|時間|日|人|名|件|円|台|km|kg|cm|m|%)(?![0-9A-Za-z間])"
    r"(?P<rough_after>\s?(?:ほど|程度|前後|くらい|ぐらい))?")
_SPREAD_REACH = 80
_UNIT_OF_SPREAD = {"名": "人"}


@validator("average_outside_its_range", scope="paragraph", needs=(lazy_regex.compile("平均"),))
def average_outside_its_range(doc):
    text = doc.text
    figures = list(_SPREAD_FIGURE.finditer(text))
    for k, avg in enumerate(figures):
        if not avg.group("label").startswith("平均"):
            continue
        for other in figures[k + 1:] + figures[:k][::-1]:
            if abs(other.start() - avg.start()) > _SPREAD_REACH or other.group("label").startswith("平均"):
                break
            unit = _UNIT_OF_SPREAD.get(avg.group("unit"), avg.group("unit"))
            if _UNIT_OF_SPREAD.get(other.group("unit"), other.group("unit")) != unit:
                continue
            mean, bound = float(avg.group("n")), float(other.group("n"))
            room = 0.1 * mean if any(m.group("rough") or m.group("rough_after") for m in (avg, other)) else 0.0
            longest = other.group("label") in ("最長", "最大", "長くても", "多くても")
            if (longest and bound < mean - room) or (not longest and bound > mean + room):
                yield min(avg.start(), other.start()), max(avg.end(), other.end())
            break
