"""A change told with a direction its figures contradict (item 5.4,
ガイドライン5(4)).

- A comparison with last time whose direction the numbers deny (来場者は
  1万2千人で、前年（1万5千人）より増えました: contradictory_trend).  Text-wide:
  the two figures may be told in two sentences, across a paragraph break.
- A change from one figure to another told with a word for the opposite
  direction (1枚30円から25円に値上げ: contradictory_change).

Both read the direction from a word (増え, 減少, 値上げ …) next to the
figures, and excuse a hedge that could make the claim true (以上 when it grew,
a rough figure close to last time's).
"""

from __future__ import annotations

from .. import lazy_regex
from .registry import validator
from .figures_common import (
    _PREVIOUS_WORD,
    _ROUGH_BEFORE,
    Quantity,
    _draft_quantities,
    _is_previous,
    quantities,
)


# 「来場者は1万2千人で、前年（1万5千人）より増えました」: a comparison with
# the previous period whose direction the numbers contradict.  The direction
# may come after the previous figure (前年（1万5千人）より増えました), before the
# current one (前年より1割減の約2万3千人でした（前年は約1万8千人）) or in the
# sentence that gives the current figure when the previous one is told in the
# sentence before (昨年は480トンでした。今年はそれより減って520トンです).
_UP = lazy_regex.compile(r"増え|増加|上回|伸び|アップ|増と|多く|(?<![減])増(?=[のでにとし、。)）])")
_DOWN = lazy_regex.compile(r"減っ|減り|減少|下回|落ち込|ダウン|減と|少なく|(?<![増加])減(?=[のでにし、。)）])")


# 昨年の410人を大きく上回り / 前年（290人）より減って: what the figure right
# before is compared with, and which way.
# 昨年の15万人から約3割増: the size of the change (a ratio) may stand between.
_COMPARED_AFTER = lazy_regex.compile(
    r"\s*[)）]?\s*(?:を|より|から|に比べて?|と比べて?|と比較して|比で?)(?:も|は)?"
    r"(?:(?:約|およそ|ほぼ)?\s?[0-9]{1,3}(?:\.[0-9]{1,2})?\s?(?:割|%|パーセント)(?:の|も|ほど)?\s?)?"
    r"(?:大きく|大幅に|わずかに|少し|さらに|やや|若干|ぐっと|はるかに)?\s*"
    rf"(?:(?P<up>{_UP.pattern})|(?P<down>{_DOWN.pattern}))"
)


def _direction(text: str, start: int, end: int, skip: tuple[int, int]):
    """The one direction (+1 up / -1 down) told in text[start:end] outside
    `skip`, with its match; None when none or both are told."""
    ups = [m for m in _UP.finditer(text, start, end) if not skip[0] <= m.start() < skip[1]]
    downs = [m for m in _DOWN.finditer(text, start, end) if not skip[0] <= m.start() < skip[1]]
    if ups and not downs:
        return 1, ups[0]
    if downs and not ups:
        return -1, downs[0]
    return None


# 昨年は218件で、前年より15件減り（前年は198件）: 昨年 is the year told
# about when 前年 / 一昨年 (the year before it) is the base in the same
# sentence, so its figure is the current one there.
_LAST_YEAR_AS_TOPIC = lazy_regex.compile(r"(?<!一)(?:昨年|去年)度?(?:の[一-龥ァ-ヶー]{1,6})?(?:は|が|の|で)?\s*[（(:：]?\s*(?:約|およそ)?$")
# (10年前は560g、昨年度は500g: a year further back makes 昨年 the current one too)
_YEAR_BEFORE_LAST = lazy_regex.compile(r"前年|一昨年|おととし|(?<![0-9])(?:[2-9]|[1-9][0-9])年前")
# 前年より15件減り / 3人の増: a difference, not a count of either year.
_DIFFERENCE_AFTER = lazy_regex.compile(rf"\s*(?:も|の|ほど|程度)?\s*(?:{_UP.pattern}|{_DOWN.pattern}|増|減)")


def _previous_in(text: str, q: Quantity, lo: int, hi: int) -> bool:
    if not _is_previous(text, q):
        return False
    if _LAST_YEAR_AS_TOPIC.search(text[max(lo, q.start - 12):q.start]):
        return not _YEAR_BEFORE_LAST.search(text, lo, hi)
    return True


def _difference(text: str, q: Quantity) -> bool:
    return bool(_DIFFERENCE_AFTER.match(text, q.end))


# Stays "text": for the same reasons as contradictory_figures — a figure that
# closes its sentence is taken up by the next sentence, which may open the
# next paragraph, and both figures are reported.
@validator("contradictory_trend")
def contradictory_trends(doc):
    text = doc.text
    found = _draft_quantities(doc)
    bounds = doc.sentence_bounds
    for k, q in enumerate(found):
        lo, hi = doc.sentence_at(q.start)
        if not _previous_in(text, q, lo, hi):
            continue
        current = [p for p in found[:k] if p.unit == q.unit and p.start >= lo
                   and not _previous_in(text, p, lo, hi) and not _difference(text, p)]
        if current:
            x = current[-1]
            rest = text[q.end:hi]
            up, down = _UP.search(rest), _DOWN.search(rest)
            if up and (not down or up.start() < down.start()) and x.value < q.value:
                yield x.start, x.end
                yield q.start, q.end + up.end()
                continue
            if down and (not up or down.start() < up.start()) and x.value > q.value:
                yield x.start, x.end
                yield q.start, q.end + down.end()
                continue
            if up or down:
                continue
            # 前年より1割減の約2万3千人でした（前年は約1万8千人）
            said = _direction(text, lo, q.start, (x.start, x.end))
        else:
            # 前年の1万8千人から減って2万3千人 / 昨年は480トンでした。今年は減って520トン
            after = [p for p in found[k + 1:] if p.unit == q.unit and p.start < hi and not _is_previous(text, p)]
            if not after:
                idx = next((i for i, (s, _) in enumerate(bounds) if s == lo), None)
                # 参加者は320人でした！昨年の410人を大きく上回り…: the previous
                # figure compared right after it, the current one in the
                # sentence before.
                compared = _COMPARED_AFTER.match(text, q.end, hi)
                if compared and idx:
                    plo, phi = bounds[idx - 1]
                    up = compared.group("up") is not None
                    before = [p for p in found[:k] if p.unit == q.unit and plo <= p.start < phi
                              and not _is_previous(text, p) and not _hedged_against(text, p, q, up)]
                    if before:
                        x = before[-1]
                        if (up and x.value < q.value) or (not up and x.value > q.value):
                            yield x.start, x.end
                            yield q.start, compared.end()
                    continue
                if idx is None or idx + 1 >= len(bounds) or text[q.end:hi].strip("。！!？? 　"):
                    continue  # only a figure that closes its sentence is taken up by the next
                lo, hi = bounds[idx + 1]
                after = [p for p in found[k + 1:] if p.unit == q.unit and lo <= p.start < hi
                         and not _is_previous(text, p)]
                if len(after) != 1:
                    continue
            x = after[0]
            said = _direction(text, max(lo, q.end), hi, (x.start, x.end))
        if said is None:
            continue
        sign, word = said
        if (sign > 0 and x.value < q.value) or (sign < 0 and x.value > q.value):
            begin = word.start()
            previous_word = None
            for m in _PREVIOUS_WORD.finditer(text, max(lo, begin - 10), begin):
                previous_word = m
            if previous_word is not None:
                begin = previous_word.start()
            yield min(begin, x.start), max(word.end(), x.end)
            yield q.start, q.end


# 延べ20万人を突破しました！前年の25万人から伸びて: a count (延べ) is still a
# figure to compare, and a milestone passed (突破/超え/余り) or a rough figure
# (約/ほど) lies close to the real one.  Only a hedge that could make the
# claim true excuses it: an open bound (以上 when it grew, 以下/未満 when it
# fell), or a milestone/rough figure within a tenth of the previous one; a part
# (うち) is not this year's whole.
_OPEN_ABOVE = lazy_regex.compile(r"以上")
_OPEN_BELOW = lazy_regex.compile(r"以下|未満")
_ROUGH_AFTER = lazy_regex.compile(r"程度|ほど|前後|くらい|ぐらい|余り|あまり|強|弱|足らず|近く|超|を?突破|を?超え|を?切")
_PART_OF = lazy_regex.compile(r"うち|内訳")


def _hedged_against(text: str, x: Quantity, previous: Quantity, up: bool) -> bool:
    before, after = text[max(0, x.start - 3):x.start], text[x.end:x.end + 4]
    if _PART_OF.search(before) or _PART_OF.match(after):
        return True
    if (_OPEN_ABOVE if up else _OPEN_BELOW).match(after):
        return True
    if _ROUGH_BEFORE.search(before) or _ROUGH_AFTER.match(after):
        return abs(x.value - previous.value) <= 0.1 * max(x.value, previous.value)
    return False


# 「1枚30円から25円に値上げします」: a change from one figure to another told
# with a word for the opposite direction (値上げ while the price falls,
# 増員 while the staff shrinks).  The two figures share a unit and are joined
# by から/より; the word follows the second within a few characters.
_CHANGE_UP = (r"値上げ|値上がり|引き上げ|引上げ|増額|増加|増え|増や|増員|増便|拡大|拡充|延長|アップ|上が|上げ|上昇"
              r"|伸び|高く|多く")
_CHANGE_DOWN = (r"値下げ|値下がり|引き下げ|引下げ|減額|減少|減っ|減ら|減り|減員|減便|縮小|短縮|ダウン|下が|下げ|下落|削減"
                r"|安く|少なく|低く")
_CHANGE_WORD = lazy_regex.compile(_CHANGE_UP + "|" + _CHANGE_DOWN)
_FROM = lazy_regex.compile(r"\s*(?:から|より|→|⇒|->)\s*(?:約|およそ)?\s*")
_CHANGE_AFTER = lazy_regex.compile(
    r"\s*(?:に|へ|まで|と)?(?:大幅に|大きく|少し|わずかに|さらに|一気に|一律)?\s*"
    rf"(?:(?P<up>{_CHANGE_UP})|(?P<down>{_CHANGE_DOWN}))"
)


# (多くて / 少なくて before a change give its reason, not its direction:
# 希望者が少なくて、定員を20人から30人に変更)
_REASON_WORDS = frozenset({"高く", "多く", "安く", "少なく", "低く"})
_CHANGE_UP_TOLD_FIRST = "|".join(w for w in _CHANGE_UP.split("|") if w not in _REASON_WORDS)
_CHANGE_DOWN_TOLD_FIRST = "|".join(w for w in _CHANGE_DOWN.split("|") if w not in _REASON_WORDS)
# 2割減って12,000冊から15,000冊になりました: the word told first, joined to
# the change by て / し / 、, and the change closed by a neutral なった / 変わった.
_CHANGE_BEFORE = lazy_regex.compile(
    r"(?:(?:[0-9]{1,3}(?:\.[0-9]+)?\s?(?:割|%|パーセント)|[0-9,]+\s?[人件円冊戸台回個枚]|大幅に|大きく|少し|わずかに|さらに|一気に)\s?)?"
    rf"(?:(?P<up>{_CHANGE_UP_TOLD_FIRST})|(?P<down>{_CHANGE_DOWN_TOLD_FIRST}))(?:て|って|して|され|し|り|、|,|\s){{1,3}}(?:月額|年額|月|年|(?:1|一)(?:件|回|人|日|枚|個|台|冊|泊|時間)(?:あたり|当たり|につき)?)?(?:約|およそ)?\s?$"
)
_NEUTRAL_CLOSE = lazy_regex.compile(r"\s?(?:に|へ)\s?(?:なり|なっ|なる|変わ|かわ|変更|推移|達し)")
# 昨年の52%から今年は48%に上がりました: the new period named between the two
# figures of one change.
_FROM_TO_PERIOD = lazy_regex.compile(
    r"\s*(?:から|より)[、,]?\s*(?:今年度|本年度|新年度|来年度|今年|本年|来年|今期|今回|今月|来月|現在|いま|今)"
    r"(?:は|には|で|に)?[、,]?\s*(?:約|およそ)?\s*"
)
# 月7,000円から値下げして8,000円に: the word told between the two figures,
# and the second closed as the figure the change arrives at (に, へ, まで,
# です, sentence end); 1,000円から値下げして200円引き is an amount off, not a
# new figure.
_FROM_WORD_TO = lazy_regex.compile(
    r"\s*(?:から|より)[、,]?\s*(?:大幅に|大きく|少し|わずかに|さらに|一気に|一律)?\s*"
    rf"(?:(?P<up>{_CHANGE_UP_TOLD_FIRST})|(?P<down>{_CHANGE_DOWN_TOLD_FIRST}))"
    r"(?:て|って|して|され|し|、|,|\s){1,3}(?:月額|年額|約|およそ)?\s*"
)
_ARRIVAL = lazy_regex.compile(r"\s?(?:に|へ|まで|と(?:な|し)|で(?:す|した|ございます)|[。!！\n]|$)")


@validator("contradictory_change", scope="paragraph", needs=(_CHANGE_WORD,))
def contradictory_changes(doc):
    text = doc.text
    found = quantities(text)
    for a, b in zip(found, found[1:]):
        if a.unit != b.unit or a.value == b.value:
            continue
        between = _FROM_WORD_TO.fullmatch(text, a.end, b.start)
        if between and _ARRIVAL.match(text, b.end):
            if (between.group("up") and b.value < a.value) or (between.group("down") and b.value > a.value):
                yield a.start, b.end
            continue
        joint = _FROM.fullmatch(text, a.end, b.start) or _FROM_TO_PERIOD.fullmatch(text, a.end, b.start)
        said = _CHANGE_AFTER.match(text, b.end) if joint else None
        if said:
            if (said.group("up") and b.value < a.value) or (said.group("down") and b.value > a.value):
                yield a.start, said.end()
            continue
        if not joint or not _NEUTRAL_CLOSE.match(text, b.end):
            continue
        told = _CHANGE_BEFORE.search(text, max(0, a.start - 16), a.start)
        if told and ((told.group("up") and b.value < a.value) or (told.group("down") and b.value > a.value)):
            yield told.start(), _NEUTRAL_CLOSE.match(text, b.end).end()


# 「98.2%となり、前年度の97.9%から0.5ポイント改善」「県平均（92.1%）を2.0ポイント
# 上回る95.1%」: a gap in percentage points that the two rates told with it
# do not make.  The rates are the only two in the sentence (or, when the
# sentence has one, the one of the sentence before); a rough gap or rate
# (約, ほど, 以上) or a third rate (男性…女性…) leaves it alone.  The gap may
# be off by the rounding of the figures only.
_RATE = lazy_regex.compile(r"(?<![0-9.])(?P<v>[0-9]{1,3}(?:\.[0-9]{1,2})?)\s?(?:%|パーセント)(?!\s?(?:ポイント|pt))")
_POINT_GAP = lazy_regex.compile(
    r"(?<![0-9.約])(?P<d>[0-9]{1,2}(?:\.[0-9]{1,2})?)\s?(?:パーセント|%)?\s?(?:ポイント|pt|ﾎﾟｲﾝﾄ)(?:も|の|分)?\s?"
    r"(?:大きく|大幅に|わずかに)?\s?"
    r"(?:改善|上昇|向上|増加|増え|増|アップ|上回|伸び|上が|高く|低下|悪化|減少|減っ|減|ダウン|下回|下が|落ち|低く|差)"
)
_ROUGH_NEAR = lazy_regex.compile(r"約|およそ|ほぼ|ほど|程度|前後|以上|以下|未満|余り|あまり|近く|強|弱|超")
_POINT_WORD = lazy_regex.compile(r"ポイント|pt")


def _decimals(figure: str) -> int:
    return len(figure.split(".")[1]) if "." in figure else 0


@validator("point_gap_mismatch", scope="paragraph", needs=(_POINT_WORD,))
def point_gap_mismatches(doc):
    text = doc.text
    bounds = doc.sentence_bounds
    for m in _POINT_GAP.finditer(text):
        if _ROUGH_NEAR.search(text, max(0, m.start() - 3), m.start()) or _ROUGH_NEAR.match(text, m.end("d")):
            continue
        idx = doc.sentence_index(m.start())
        lo, hi = bounds[idx]
        rates = list(_RATE.finditer(text, lo, hi))
        if len(rates) == 1 and idx > 0:
            rates = list(_RATE.finditer(text, *bounds[idx - 1])) + rates
        if len(rates) != 2 or rates[0].group("v") == rates[1].group("v"):
            continue
        if any(_ROUGH_NEAR.search(text, max(0, r.start() - 3), r.start())
               or _ROUGH_NEAR.match(text, r.end(), r.end() + 2) for r in rates):
            continue
        a, b = (float(r.group("v")) for r in rates)
        # Each rate rounded to its last decimal moves the gap by up to one
        # unit of it (98.24 − 97.86 is told 98.2 − 97.9 and a 0.4 gap); the
        # gap is itself rounded to its own.
        room = 10 ** -min(_decimals(r.group("v")) for r in rates) + 0.5 * 10 ** -_decimals(m.group("d"))
        if abs(abs(a - b) - float(m.group("d"))) > room + 1e-9:
            yield m.start("d"), m.end()
