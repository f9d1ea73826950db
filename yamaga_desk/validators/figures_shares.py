"""A share or percentage that its part and whole, or its own restatement,
contradict (item 5.4, ガイドライン5(4)).

- A share restated in other words as a different share (半額、つまり3分の1):
  restated_share_mismatch.
- A rate (X率, 割合) that the two counts told beside it do not give (有権者
  4万2千人…投票者は2万5千人、投票率は48%): share_of_counts_mismatch.
- A share of a whole whose part and whole give another share (約1,200世帯、
  そのうち8割にあたる約600世帯): share_of_whole_mismatch.

The share is worked out from the figures and compared with the one told, with
the room its wording gives (8割 to 5 points, 83.4% to a tenth of a point;
約 and ほど more).
"""

from __future__ import annotations

import re

from .. import lazy_regex
from .registry import validator
from .figures_common import (
    _PREVIOUS_WORD,
    _SPLIT_UNITS,
    _approximate,
    _is_previous,
    _previous_sentence_start,
    _rounded,
    _small_number,
    quantities,
)


# 「半額、つまり3分の1」: a share restated in other words (つまり, すなわち,
# 言い換えると, =) as a different share.  A share is 半額/半分, N分のM, N%,
# N割, N倍 or a discount (3割引, 20%オフ); a discount d and a share 1 - d
# say the same thing (3割引、つまり7割の値段), so either reading may agree.
# A rounded restatement (約33%, 3割ほど) is given more room.
_SHARE_TEMPLATE = (r"(?:(?P<{p}half>半額|半分|半値|半数|半量|半減)|(?P<{p}den>[0-9]{{1,3}}|[二三四五六七八九十])分の(?P<{p}num>[0-9]{{1,3}}|[一二三四五六七八九十])"
          r"|(?P<{p}pct>[0-9]{{1,3}}(?:\.[0-9]+)?)\s?(?:%|パーセント)|(?P<{p}wari>[0-9]|[一二三四五六七八九十])割(?:(?P<{p}bu>[0-9]|[一二三四五六七八九])分)?"
          r"|(?P<{p}times>[0-9]{{1,3}}(?:\.[0-9]+)?|[二三四五六七八九十])倍)(?P<{p}off>引き|引|オフ|off|OFF|減|カット)?(?P<{p}up>増し?|アップ|UP|up|増加|上乗せ)?")
_RESTATED_SHARE = lazy_regex.compile(
    r"(?<![0-9.,])" + _SHARE_TEMPLATE.format(p="a_") + r"\s?(?:[、,]\s?)?(?:つまり|すなわち|要するに|言い換えると|言い換えれば|いいかえれば|=|＝)\s?(?:[、,]\s?)?"
    r"(?P<approx>約|およそ|ほぼ|大体|だいたい)?\s?" + _SHARE_TEMPLATE.format(p="b_") + r"(?P<near>近く|近い|ほど|程度|くらい|ぐらい|弱|強|以上|以下|未満|超)?"
)


def _share(m, p: str) -> tuple[float, bool] | None:
    """(the share m's side p states, whether it is a discount)."""
    g = lambda name: m.group(p + name)  # noqa: E731
    discount = bool(g("off"))
    if g("half"):
        return 0.5, g("half") == "半減" or discount
    if g("den"):
        den = _small_number(g("den"))
        return (_small_number(g("num")) / den, discount) if den else None
    if g("pct"):
        return float(g("pct")) / 100, discount
    if g("wari"):
        return _small_number(g("wari")) / 10 + (_small_number(g("bu")) / 100 if g("bu") else 0), discount
    return _small_number(g("times")), discount


def _readings(share: float, discount: bool) -> set[float]:
    # 3割引 leaves 7割; a plain 3割 may be either the share paid or the one taken off
    return {1 - share} | ({share} if not discount else set())


# Paragraph scope: a share and its restatement are told in one breath (at
# most a space and a comma between them and つまり); run draft-wide, this
# scan of every number cost a tenth of the recheck after one edit in 20,000
# characters (benchmarks/run.py).
@validator("restated_share_mismatch", scope="paragraph", needs=(lazy_regex.compile(r"つまり|すなわち|要するに|言い換え|いいかえ|=|＝"),))
def restated_share_mismatches(doc):
    for m in _RESTATED_SHARE.finditer(doc.text):
        a, b = _share(m, "a_"), _share(m, "b_")
        if a is None or b is None or m.group("a_up") or m.group("b_up"):  # 1.2倍、つまり2割増し
            continue
        a_times, b_times = bool(m.group("a_times")), bool(m.group("b_times"))
        if a_times or b_times:
            # 2倍、つまり200%: only a plain share may restate a multiple
            if (a_times and b[1]) or (b_times and a[1]):
                continue
            first, second = {a[0]}, {b[0]}
        else:
            first, second = _readings(*a), _readings(*b)
        slack = 0.08 if (m.group("approx") or m.group("near")) else 0.04
        if not any(abs(x - y) <= slack for x in first for y in second):
            yield m.start(), m.end()


# 「有権者4万2千人に対して投票者は2万5千人、投票率は48%」: a rate (X率, 割合)
# that the two counts told beside it do not give (25,000 ÷ 42,000 ≈ 60%).
# The counts are the only two quantities of one unit in the rate's sentence
# and the one before; the rate is the smaller over the larger.  A rate of
# another time than the counts (前回の投票率は) and rounded figures (約) are
# given their due: the first is left alone, the second more room.
_SHARE_OF_COUNTS = lazy_regex.compile(
    r"(?P<word>[一-龥]{1,4}率|割合)(?:は|が|も|で|:|：)?\s?(?P<approx>約|およそ|ほぼ)?\s?"
    r"(?P<pct>[0-9]{1,3}(?:\.[0-9]+)?)\s?(?:%|パーセント)(?P<near>強|弱|程度|ほど|くらい|ぐらい|前後|台|以上|以下|未満|超)?"
)
_COUNT_UNITS = frozenset({"人", "件", "世帯", "台", "戸", "校", "社", "組", "個", "枚", "冊", "回", "店"})
_NOT_A_SHARE_WORD = ("倍率", "税率", "金利", "利率", "確率", "効率", "能率", "比率", "円率")


@validator("share_of_counts_mismatch", scope="paragraph", needs=(lazy_regex.compile(r"率|割合"),))
def share_of_counts_mismatches(doc):
    text = doc.text
    shares = list(_SHARE_OF_COUNTS.finditer(text))
    if not shares:
        return
    found = quantities(text)
    for m in shares:
        if m.group("word").endswith(_NOT_A_SHARE_WORD) or m.group("near") in ("台", "以上", "以下", "未満", "超"):
            continue
        k = doc.sentence_index(m.start())
        lo = doc.sentences_around(k, 1, 0)[0]
        counts = [q for q in found if lo <= q.start and q.end <= m.start() and q.unit in _COUNT_UNITS]
        units = {q.unit for q in counts}
        if len(counts) != 2 or len(units) != 1 or min(q.value for q in counts) <= 0:
            continue
        # 前回の投票率は: a rate of another time than the counts
        if _PREVIOUS_WORD.search(text, counts[-1].end, m.start()):
            continue
        small, large = sorted(q.value for q in counts)
        actual = 100 * small / large
        stated = float(m.group("pct"))
        rounded = bool(m.group("approx") or m.group("near")) or any(_approximate(text, q) for q in counts)
        if abs(actual - stated) > (4.0 if rounded else 1.5):
            yield m.start(), m.end()
            for q in counts:
                yield q.start, q.end


# 「約1,200世帯、そのうち8割にあたる約600世帯」「総延長180kmのうち約60km、
# 全体のおよそ半分」: a share of a whole (N割, N%, 半分, 3分の1, 大半) whose
# part and whole, told beside it, give another share.  The part is the
# quantity right after the share (8割にあたる600世帯, 半分の60km) or right
# before 全体の〜 (60kmあり、全体の半分にあたります); the whole is the nearest
# quantity of its unit before, tied to the share by うち / 全体 / 総〜 / の.
# A change (3割減), a bound (8割以上) or another year's figure is no share of
# these; rounded figures (約) get more room.
_SHARE_OF_WHOLE = lazy_regex.compile(
    r"(?P<approx>約|およそ|ほぼ|ざっと)?\s?(?:(?P<wari>[0-9]{1,2}|[一二三四五六七八九])割(?P<bu>[0-9一二三四五六七八九]分)?|"
    r"(?P<pct>[0-9]{1,3}(?:\.[0-9]+)?)\s?(?:%|パーセント)|(?P<half>半分|半数)|"
    r"(?P<den>[2-9]|[二三四五六七八九十])分の(?P<num>[1-9]|[一二三四五六七八九])|(?P<most>大半|過半数|大部分))"
    r"(?P<near>強|弱|程度|ほど|くらい|ぐらい|前後|近く|近い|以上|以下|未満|超|増|減|引|オフ|カット|アップ|ダウン|台)?"
)
_SHARE_TO_PART = lazy_regex.compile(r"\s?(?:に(?:あたる|当たる|相当する)|の|である|、)\s?(?:約|およそ|ほぼ)?\s?")
_PART_TO_SHARE = lazy_regex.compile(
    r"\s?(?:あり|あります|で|と|が|は)?[、,]?\s?(?:これは|それは|これが)?\s?"
    r"(?:全体|総数|総量|総延長|総額|合計|全数)の\s?$"
)
_SHARE_CLOSE = lazy_regex.compile(r"(?:に(?:あた|当た|相当)|を占め|です|でした|だ|となり|になり|にのぼ|に上)")
_WHOLE_TIE = lazy_regex.compile(r"うち|全体|総数|総量|総延長|総額|合計|全数|総")
_THIS_OF = lazy_regex.compile(r"(?:この|その)うち")
_WHOLE_OF = lazy_regex.compile(r"\s?(?:の|中の?|のうち)\s?(?:約|およそ|ほぼ)?\s?$")
_SHARE_BOUND_NEAR = frozenset({"強", "弱", "近く", "近い", "以上", "以下", "未満", "超", "増", "減", "引", "オフ", "カット", "アップ", "ダウン", "台"})
_SHARE_ROUGH_NEAR = frozenset({"程度", "ほど", "くらい", "ぐらい", "前後"})


def _stated_share(m) -> tuple[float, float] | None:
    """(share, room) told by a _SHARE_OF_WHOLE match; None for 大半 / 過半数."""
    if m.group("wari"):
        share = _small_number(m.group("wari")) / 10
        if m.group("bu"):
            return share + _small_number(m.group("bu")[0]) / 100, 0.006
        return share, 0.05
    if m.group("pct"):
        pct = m.group("pct")
        return float(pct) / 100, (0.0006 if "." in pct else 0.006)
    if m.group("half"):
        return 0.5, 0.05
    if m.group("den"):
        return _small_number(m.group("num")) / _small_number(m.group("den")), 0.03
    return None


@validator("share_of_whole_mismatch", scope="paragraph", needs=(lazy_regex.compile(r"割|%|パーセント|半|分の|大部分"),))
def share_of_whole_mismatches(doc):
    text = doc.text
    shares = list(_SHARE_OF_WHOLE.finditer(text))
    if not shares:
        return
    found = quantities(text)
    for m in shares:
        if m.group("near") in _SHARE_BOUND_NEAR or (m.group("pct") and re.search(r"比\s?$", text[max(0, m.start() - 2):m.start()])):
            continue
        # the part: right after the share, or right before 全体の + share
        part = next((q for q in found if q.start >= m.end()), None)
        if part is None or not _SHARE_TO_PART.fullmatch(text, m.end(), part.start):
            part = next((q for q in reversed(found) if q.end <= m.start()), None)
            if (part is None or not _PART_TO_SHARE.fullmatch(text, part.end, m.start())
                    or not _SHARE_CLOSE.match(text, m.end())):
                continue
        if part.unit not in _SPLIT_UNITS and part.unit not in ("円", "t", "kg"):
            continue
        lo = _previous_sentence_start(doc, min(part.start, m.start()))
        if _THIS_OF.search(text, doc.sentence_at(min(part.start, m.start()))[0], min(part.start, m.start())):
            # このうち opens a sentence that may follow an aside on the whole
            lo = _previous_sentence_start(doc, max(lo - 1, 0))
        wholes = [q for q in found if lo <= q.start and q.end <= min(part.start, m.start())
                  and q.unit == part.unit and q is not part]
        if not wholes:
            continue
        whole = wholes[-1]
        if whole.value <= 0 or _is_previous(text, whole) or _is_previous(text, part):
            continue
        tie_end = min(part.start, m.start())
        if not (_WHOLE_TIE.search(text, max(0, whole.start - 6), tie_end)
                or _WHOLE_OF.fullmatch(text, whole.end, m.start())):
            continue
        if _PREVIOUS_WORD.search(text, whole.start, max(part.end, m.end())):
            continue  # 昨年の〜: another time's figure
        actual = part.value / whole.value
        stated = _stated_share(m)
        if stated is None:
            if actual > 0.5:
                continue
        else:
            share, room = stated
            if m.group("approx") or m.group("near") in _SHARE_ROUGH_NEAR or _rounded(text, whole) or _rounded(text, part):
                room += 0.05
            if abs(actual - share) <= room:
                continue
        yield m.start(), m.end()
        yield part.start, part.end
        yield whole.start, whole.end
