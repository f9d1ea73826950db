"""A sum of money that the rate it is worked out from does not give (item
5.4, ガイドライン5(4)).

A notice that gives a rate and a worked sum lets the reader check it; when
they disagree one of them is wrong:

- a rate times a count (1人あたり3万円、2人なら合計8万円; 500円×3個＝1,600円):
  rate_total_mismatch;
- a schedule of amounts by rank and the amount claimed for one rank (第1子
  5万円、第2子10万円…3人目なら合計で15万円): tier_amount_mismatch;
- a yearly sum that is not the monthly one times the months (月額1,500円…
  年間12,000円): yearly_not_monthly_times_months;
- a worked example of a share of a cost with its cap (補助は工事費の2/3、上限
  15万円…工事費が15万円なら補助は12万円): rate_example_mismatch;
- a price per piece that the set's price over its pieces is not (5種類で
  1,500円！1杯あたり250円): per_piece_price_mismatch;
- a sum with its make-up in brackets (1万円分（5,000円券×3枚）):
  bracketed_product_mismatch;
- so many for each of the sessions counted and the total right after
  (4回の開催…各会場25名、合計で120名): each_times_count_mismatch.

Caps, discounts, tax and rough figures (上限, 割引, 税込, 約) make a sum that
differs on purpose: each check leaves those alone.
"""

from __future__ import annotations

import re

from .. import lazy_regex
from .registry import any_of, validator
from .figures_common import (
    _ROUGH_BEFORE,
    _approximate,
    _previous_sentence_start,
    _rough,
    _small_number,
    _whole_number,
    quantities,
)


# 「1人あたり3万円、2人なら合計8万円」「500円×3個＝1,600円」: a rate, a count
# and a total that do not multiply out.  The rate is a quantity after 1人あたり
# / 1枚 / 1世帯につき; the count is a number of the same thing after it in the
# paragraph, and the total the next quantity of the rate's unit after a word
# for a total (合計, 計, 全部で, しめて, ＝).  Caps, discounts and tax (上限,
# 割引, お得, 税込) make a total that differs on purpose: left alone.
_PER = (r"人|名|世帯|台|枚|個|回|件|軒|組|冊|通|本|泊|食|日|か月|ヶ月|カ月|箱|袋|セット|口|頭|部屋|区画|株|匹|杯|点|玉|束|kg|キロ")
_SAME_PER = {"名": "人", "ヶ月": "か月", "カ月": "か月", "キロ": "kg"}
_RATE_BEFORE = lazy_regex.compile(
    rf"(?<![0-9])(?:1|一)(?P<per>{_PER})(?:あたり|当たり|につき|ごと|毎|分)?(?:は|で|の|に|:|：|、)?\s*$"
)
_COUNT = lazy_regex.compile(rf"(?<![0-9.,])(?P<n>[0-9]{{1,4}}|[二三四五六七八九十])(?P<per>{_PER})")
_TOTAL_WORD = lazy_regex.compile(r"合計|総額|総計|全部で|合わせて|あわせて|しめて|トータル|(?<![0-9])計|=|＝")
# 3通で1,200円, 2人なら6,000円: the price of so many told right after the count
_COUNT_THEN_SUM = lazy_regex.compile(r"\s*(?:で|なら|だと|の場合(?:は)?)\s*(?:は)?\s*")
_COUNT_BEFORE_SUM = lazy_regex.compile(rf"[0-9](?:{_PER})(?:で|なら|だと|の場合)")
_TIMES = lazy_regex.compile(
    r"\s*(?:×|✕|✖|\*|かける)\s*(?P<n>[0-9]{1,4})(?:[^\s=＝0-9。、]{0,3}?)\s*(?:=|＝|→|で|、)\s*(?:合計|計|総額|しめて)?\s*$"
)
_DELIBERATE = lazy_regex.compile(
    r"割引|割安|割り?増|お得|おトク|オトク|値引|特価|まとめ買い|セット価格|無料|半額|上限|最大|限度|(?:円|分)まで|以内|除く|別途|"
    r"送料|手数料|税込|税抜|税別|消費税|ポイント|還元|補助|助成|負担|差額|プラス|加算|追加|ほか|他に|別に"
)


def _per(unit: str) -> str:
    return _SAME_PER.get(unit, unit)


def _deliberate(text: str, start: int, end: int) -> bool:
    """A cap, discount or tax told around the rate and the total."""
    return bool(_DELIBERATE.search(text, max(0, start - 12), end + 12))


@validator("rate_total_mismatch", scope="paragraph", needs=(any_of(_TOTAL_WORD, _COUNT_BEFORE_SUM),))
def rate_total_mismatch(doc):
    text = doc.text
    found = quantities(text)
    for k, rate in enumerate(found):
        if _approximate(text, rate):
            continue
        # 500円×3個＝1,600円
        for total in [q for q in found[k + 1:] if q.unit == rate.unit][:1]:
            times = _TIMES.match(text[rate.end:total.start])
            if times and not _approximate(text, total) and not _deliberate(text, rate.start, total.end):
                if abs(rate.value * int(times.group("n")) - total.value) > 1e-9:
                    yield rate.start, total.end
        label = _RATE_BEFORE.search(text[max(0, rate.start - 10):rate.start])
        if not label:
            continue
        per = _per(label.group("per"))
        for count in _COUNT.finditer(text, rate.end):
            if _per(count.group("per")) != per:
                continue
            n = count.group("n")
            n = _whole_number(n)
            total = next((q for q in found if q.start >= count.end() and q.unit == rate.unit), None)
            if total is None or n < 2 or _approximate(text, total):
                break
            between = text[count.end():total.start]
            if len(between) > 16 or "。" in between or "\n" in between:
                break
            if _TOTAL_WORD.search(between):
                wrong = abs(rate.value * n - total.value) > 1e-9
            elif _COUNT_THEN_SUM.fullmatch(between):
                # 1通300円…3通で1,200円: a price for so many may be a bundle's,
                # cheaper than the rate gives, never dearer
                wrong = total.value > rate.value * n + 1e-9
            else:
                break
            if wrong and not _deliberate(text, rate.start, total.end):
                yield label.start() + max(0, rate.start - 10), rate.end
                yield count.start(), total.end
            break


# 「1万円分（5,000円券×3枚）」「15,000円（5,000円×3回）」: a sum with its
# make-up in brackets just after it, a piece's value times a count, that does
# not multiply out.  The same unit for the sum and the piece; rough figures
# and caps or discounts around them (上限, 割引, 税込) are left alone.
_OPENS_MAKE_UP = lazy_regex.compile(r"(?:分|相当)?\s*[（(]\s*")
_MAKE_UP_TIMES = lazy_regex.compile(
    r"\s*(?:券|チケット|分|札|硬貨|玉)?\s*(?:×|✕|✖|\*|かける)\s*(?P<n>[0-9]{1,3})\s*(?:枚|冊|回|個|本|セット|人|名|口|組|袋|箱|か月|ヶ月|カ月)?\s*[)）]")
_TIMES_SIGN = lazy_regex.compile(r"×|✕|✖|かける")


@validator("bracketed_product_mismatch", scope="paragraph", needs=(_TIMES_SIGN,))
def bracketed_product_mismatch(doc):
    text = doc.text
    found = quantities(text)
    for whole, piece in zip(found, found[1:]):
        if whole.unit != piece.unit or not _OPENS_MAKE_UP.fullmatch(text, whole.end, piece.start):
            continue
        times = _MAKE_UP_TIMES.match(text, piece.end)
        if times is None or _approximate(text, whole) or _approximate(text, piece) \
                or _deliberate(text, whole.start, times.end()):
            continue
        if abs(piece.value * int(times.group("n")) - whole.value) > 1e-9:
            yield whole.start, times.end()


# 「各公民館で1回ずつ、合わせて4回の開催で、参加者は各会場25名、合計で120名」
# 「全3回、各回20名、計70名」: so many for each of the sessions or places
# counted just before, and a total told right after that is not the product.
_EACH_GROUP = r"会場|回|校|園|地区|日|クラス|教室|班|チーム|施設|公民館|店舗|コース|支所|出張所|拠点|地域"
_EACH_SHARE = lazy_regex.compile(
    rf"各(?:{_EACH_GROUP})(?:とも|で|に|は|の)?\s*(?P<per>[0-9]{{1,4}})\s*(?P<unit>名|人|組|個|本|枚|食|部|袋|冊)(?![0-9])")
_GROUP_COUNT = lazy_regex.compile(
    rf"(?<![0-9.,])(?P<n>[0-9]{{1,2}})\s*(?:つの|か所の|カ所の)?(?:か所|カ所|ヶ所|{_EACH_GROUP}|日間|館|店)(?![0-9目])")
_TOTAL_RIGHT_AFTER = lazy_regex.compile(
    r"[、,]?\s*(?:合計|総計|合わせて|あわせて|全体で|計|総勢)(?:で|は|が)?\s*(?P<total>[0-9][0-9,]{0,6})\s*(?P<unit>名|人|組|個|本|枚|食|部|袋|冊)(?![0-9])")
_EACH_WORD = lazy_regex.compile(r"各")
_ROUGH_TOTAL_AFTER = lazy_regex.compile(r"\s*(?:以上|以下|程度|ほど|前後|くらい|ぐらい|超|弱|強|余り)")


@validator("each_times_count_mismatch", scope="paragraph", needs=(_EACH_WORD,))
def each_times_count_mismatch(doc):
    text = doc.text
    for each in _EACH_SHARE.finditer(text):
        total = _TOTAL_RIGHT_AFTER.match(text, each.end())
        if total is None or _SAME_PER.get(total.group("unit"), total.group("unit")) != _SAME_PER.get(each.group("unit"), each.group("unit")):
            continue
        lo = doc.sentence_at(each.start())[0]
        counts = [c for c in _GROUP_COUNT.finditer(text, lo, each.start()) if int(c.group("n")) >= 2]
        if not counts or _deliberate(text, each.start(), total.end()) \
                or _ROUGH_BEFORE.search(text, max(lo, each.start() - 4), each.start()) \
                or _ROUGH_TOTAL_AFTER.match(text, total.end()):
            continue
        n, per = int(counts[-1].group("n")), int(each.group("per"))
        if n * per != int(total.group("total").replace(",", "")):
            yield counts[-1].start(), total.end()


# 「第1子5万円、第2子10万円、第3子以降20万円。3人目なら合計で15万円」: a
# schedule of amounts by rank (第N子 / N人目, 第N回 / N回目, N年目, N泊目…)
# and a later sentence that gives the amount for one rank, which fits
# neither that rank's own amount nor the sum of ranks 1..N.  A rank 「以降」
# / 「以上」 covers every rank after it.  Caps, income limits and discounts
# (上限, 所得制限, 割引, 半額) make a different amount on purpose: left alone.
_ORDINAL_NUM = r"[0-9]{1,2}|[一二三四五六七八九十]"
_ORDINAL = lazy_regex.compile(
    rf"(?<![0-9])(?:第(?P<a>{_ORDINAL_NUM})(?P<akind>子|回|期|段階|区分|号)"
    rf"|(?P<b>{_ORDINAL_NUM})(?P<bkind>人目|回目|年目|日目|泊目|台目|枚目|個目|匹目|頭目|番目|か月目|ヶ月目|カ月目|段階目|期目|子目))"
    r"(?P<open>以降|以上|から(?=[^0-9]{0,4}[0-9]))?"
)
# 第3子 and 3人目 are the same child; 第2回 and 2回目 the same round.
_ORDINAL_KIND = {"子": "子", "人目": "子", "子目": "子", "回": "回", "回目": "回", "期": "期", "期目": "期",
                 "段階": "段階", "段階目": "段階", "ヶ月目": "か月目", "カ月目": "か月目"}
# Between a rank and its amount in the schedule: 第2子10万円, 2回目以降は300円, 第1子：5万円
_ENTRY_GAP = lazy_regex.compile(r"(?:の方|の場合|のお子さん)?(?:は|が|も|:|：|=|＝|→)?\s*(?:各|一律|1人|一人)?(?:につき)?\s*$")
# Between a rank and the amount a sentence claims for it: 3人目のお子さんなら合計で
_CLAIM_GAP = lazy_regex.compile(r"[^。!?！？\n]{0,24}$")
_CLAIM_MARK = lazy_regex.compile(r"なら|の場合|だと|では|のとき|の時|には|まで|までで|までの|だったら|であれば|は")
_CLAIM_TOTAL = lazy_regex.compile(r"合計|総額|総計|全部で|合わせて|あわせて|しめて|トータル|累計|通算|計")
_TIER_DELIBERATE = lazy_regex.compile(
    r"上限|最大|最高|限度|所得|制限|減額|加算|割引|割り?増|半額|無料|除く|ただし|但し|差額|助成|負担|税込|税抜|税別|程度|約|およそ"
)


def _ordinal_rank(m) -> tuple[str, int]:
    n = m.group("a") or m.group("b")
    kind = m.group("akind") or m.group("bkind")
    return _ORDINAL_KIND.get(kind, kind), _whole_number(n)


_ORDINAL_WORD = lazy_regex.compile(r"第|目")


@validator("tier_amount_mismatch", scope="paragraph", needs=(_ORDINAL_WORD,))
def tier_amount_mismatches(doc):
    text = doc.text
    found = quantities(text)
    entries: list[tuple[str, int, bool, float, str]] = []  # kind, rank, open, value, unit
    claims = []
    for m in _ORDINAL.finditer(text):
        kind, rank = _ordinal_rank(m)
        amount = next((q for q in found if q.start >= m.end()), None)
        if amount is None:
            continue
        between = text[m.end():amount.start]
        if _ENTRY_GAP.fullmatch(between) and len(between) <= 8:
            entries.append((kind, rank, bool(m.group("open")), amount.value, amount.unit))
        elif _CLAIM_GAP.fullmatch(between) and _CLAIM_MARK.search(between) and not m.group("open"):
            claims.append((m, kind, rank, amount, bool(_CLAIM_TOTAL.search(between))))
    for m, kind, rank, amount, total in claims:
        schedule = [e for e in entries if e[0] == kind and e[4] == amount.unit]
        if len({e[1] for e in schedule}) < 2 or _approximate(text, amount):
            continue
        lo, hi = doc.sentence_at(m.start())
        if _TIER_DELIBERATE.search(text, lo, hi):
            continue

        def value(r):
            exact = [e[3] for e in schedule if e[1] == r]
            if exact:
                return exact[0]
            covering = [e for e in schedule if e[2] and e[1] <= r]
            return max(covering, key=lambda e: e[1])[3] if covering else None

        own = value(rank)
        ranks = [value(r) for r in range(1, rank + 1)]
        cumulative = sum(ranks) if None not in ranks else None
        fits = [v for v in (own, cumulative) if v is not None]
        if not fits or own is None and total is False:
            continue
        if all(abs(v - amount.value) > 1e-9 for v in fits):
            yield m.start(), amount.end


# 「月額1,500円の方は、12か月分で年間12,000円」: a yearly sum told beside the
# monthly one it is made of, that is not the monthly sum times the months (12,
# or the N of N か月分 when the draft says it).  A cap, a discount or a rough
# figure (年間最大 / 上限 / お得 / 約) is no product, and neither is a yearly
# figure with another figure of its unit told between the two.
_MONTHLY = lazy_regex.compile(r"(?:月額|毎月|月々|月当たり|月あたり|ひと月|1[かカヶケ]月(?:あたり|当たり)?|一[かカヶケ]月)(?:の|は|に|で)?\s*(?:約|およそ)?$")
_YEARLY = lazy_regex.compile(r"(?:年間|年額|1年間?で?|一年間?で?|年トータル)(?:では|で|の|は|に)?(?:合計|計|総額)?\s*(?:約|およそ)?$")
_MONTHS_TOLD = lazy_regex.compile(r"(?P<n>[0-9]{1,2})[かカヶケ]月分")
_NOT_A_PRODUCT = lazy_regex.compile(r"最大|上限|まで|お得|割引|引き|無料|分おまけ|ボーナス|賞与|約|およそ|ほど|程度|以上|以下|未満|前後")


@validator("yearly_not_monthly_times_months", needs=(lazy_regex.compile(r"年間|年額|1年|一年"),))
def yearly_not_monthly_times_months(doc):
    text = doc.text
    found = [q for q in quantities(text) if q.unit in ("円", "万円")]
    for monthly in found:
        if not _MONTHLY.search(text, max(0, monthly.start - 8), monthly.start):
            continue
        lo, hi = doc.sentence_at(monthly.start)
        later = [q for q in found if monthly.end <= q.start < hi]
        if not later:
            continue
        yearly = later[0]
        if yearly.unit != monthly.unit or not _YEARLY.search(text, max(0, yearly.start - 10), yearly.start):
            continue
        between = text[monthly.end:yearly.start]
        if _NOT_A_PRODUCT.search(between) or _NOT_A_PRODUCT.match(text, yearly.end, yearly.end + 4):
            continue
        months = _MONTHS_TOLD.search(between)
        n = int(months.group("n")) if months else 12
        if abs(monthly.value * n - yearly.value) > 1e-6:
            yield monthly.start, monthly.end
            yield yearly.start, yearly.end


# 「補助は工事費の2/3、上限15万円です。工事費が15万円なら補助は12万円」: a
# worked example of a rate (2/3, 3分の2, 5割, 50%, 半額 of a named base) and
# its cap that does not give the amount it states (2/3 of 15万円 is 10万円).
# The example names the same base with なら / の場合 / だと and a sum; the
# amount is the next sum in its sentence (自己負担 / 負担 is what is left).
# An amount cut down to the thousand or hundred below is read as the rate's.
_RATE_OF_BASE = lazy_regex.compile(
    r"(?P<base>[一-龥ァ-ヶー]{2,8})の\s?(?:(?P<num>[0-9]{1,2})\s?/\s?(?P<den>[0-9]{1,2})"
    r"|(?P<den_k>[0-9一二三四五六七八九十])分の(?P<num_k>[0-9一二三四五六七八九十])"
    r"|(?P<wari>[0-9一二三四五六七八九])割|(?P<pct>[0-9]{1,3}(?:\.[0-9]+)?)\s?(?:%|パーセント)|(?P<half>半額|半分))"
    r"(?!\s?(?:以上|以下|未満|超|程度|前後|ほど|くらい|ぐらい|増|減|引|オフ|OFF))"
)
_RATE_CAP = lazy_regex.compile(r"上限(?:額)?(?:は|が|:|：)?\s?(?:1件|1人|1世帯|1戸)?(?:あたり|当たり)?\s?$")
_EXAMPLE_OF_BASE = lazy_regex.compile(r"(?:が|は|:|：)\s?(?:仮に)?\s?$")
_EXAMPLE_IF = lazy_regex.compile(r"\s?(?:の場合|なら|だと|とすると|とした場合|であれば|ならば|のとき|の時|では)")
_REMAINDER_WORD = lazy_regex.compile(r"負担|自腹|支払")


def _rate(m) -> float | None:
    if m.group("num"):
        den = int(m.group("den"))
        return int(m.group("num")) / den if den else None
    if m.group("den_k"):
        den = _small_number(m.group("den_k"))
        return _small_number(m.group("num_k")) / den if den else None
    if m.group("wari"):
        return _small_number(m.group("wari")) / 10
    if m.group("pct"):
        return float(m.group("pct")) / 100
    return 0.5


def _as_the_rate_gives(amount: float, expected: float) -> bool:
    if abs(amount - expected) <= max(1.0, 0.005 * expected):
        return True
    # 千円未満切り捨て: an amount cut down to a round figure below
    return any(amount == (expected // step) * step for step in (100, 1000) if expected >= 10 * step)


@validator("rate_example_mismatch", scope="paragraph", needs=(_EXAMPLE_IF,))
def rate_example_mismatches(doc):
    text = doc.text
    rates = list(_RATE_OF_BASE.finditer(text))
    if not rates:
        return
    found = [q for q in quantities(text) if q.unit == "円"]
    for i, example in enumerate(found):
        if not _EXAMPLE_IF.match(text, example.end):
            continue
        rate = next((r for r in reversed(rates) if r.end() <= example.start
                     and text.find(r.group("base"), max(0, example.start - 14), example.start) >= 0
                     and _EXAMPLE_OF_BASE.search(text, max(0, example.start - 6), example.start)), None)
        if rate is None or (value := _rate(rate)) is None or not 0 < value <= 1:
            continue
        hi = doc.sentence_at(example.start)[1]
        amount = next((q for q in found[i + 1:] if q.start < hi), None)
        if amount is None or _approximate(text, amount) or _approximate(text, example):
            continue
        label = text[example.end:amount.start]
        if re.search(r"上限|最大|まで", label) or re.match(r"\s?(?:まで|以上|以下|未満|超)", text[amount.end:amount.end + 3]):
            continue
        caps = [q for q in found if rate.start() <= q.start < example.start
                and _RATE_CAP.search(text, max(0, q.start - 12), q.start)]
        granted = example.value * value
        if caps:
            granted = min(granted, caps[-1].value)
        expected = example.value - granted if _REMAINDER_WORD.search(label) else granted
        if not _as_the_rate_gives(amount.value, expected):
            yield example.start, amount.end


# 「5種類で1,500円！1杯あたり250円」: a price per piece that the price of the
# set divided by its pieces is not.  A rough figure (約300円, 300円ほど) and a
# set of one are no sum; any set in the passage that does divide clears it
# (3個で900円、6個で1,600円、1個あたり300円 is told of the first).
_PER_PIECE_BEFORE = lazy_regex.compile(r"(?:1|一|ひと)\s?[ぁ-ゖァ-ヶー一-龥]{0,3}?(?:あたり|当たり)(?:は|が|:|：)?\s?(?:約|およそ)?$")
_SET_BEFORE = lazy_regex.compile(
    r"(?P<n>[0-9]{1,3})\s?(?:種類|種|杯|個|本|枚|人|名|回|品|皿|袋|食|缶|瓶|点|冊|コース|泊)(?:分|入り|つづり|綴り)?(?:セット|組)?"
    r"(?:で|が|:|：)?\s?(?:計|合計|総額|しめて)?\s?$"
)


def _rough_room(exact: float, told: float) -> float:
    """How far a rough price per piece (約290円) may stray from the exact
    one: a step of its last written digit (約300円 of 318円 is fine), and
    never less than 5 % of the exact price (約290円 of 318円 is not)."""
    step, v = 1.0, round(told)
    while v and v % 10 == 0:
        v //= 10
        step *= 10
    return max(step, 0.05 * exact)


@validator("per_piece_price_mismatch", scope="paragraph", needs=(lazy_regex.compile(r"あたり|当たり"),))
def per_piece_price_mismatch(doc):
    text = doc.text
    yen = [q for q in quantities(text) if q.unit == "円"]
    pieces, sets = [], []
    for q in yen:
        per = _PER_PIECE_BEFORE.search(text, max(0, q.start - 10), q.start)
        if per:
            pieces.append((per.start(), q, _rough(text, q) or bool(_ROUGH_BEFORE.search(per.group()))))
            continue
        if _rough(text, q):
            continue
        bundle = _SET_BEFORE.search(text, max(0, q.start - 14), q.start)
        if bundle and int(bundle.group("n")) >= 2:
            sets.append((bundle.start(), int(bundle.group("n")), q))
    for per_start, piece, rough in pieces:
        near = [(start, n, total) for start, n, total in sets
                if _previous_sentence_start(doc, per_start) <= start and total.end <= doc.sentence_at(per_start)[1]]
        if len(near) != 1:
            continue  # no set beside it, or several to choose from
        start, n, total = near[0]
        if abs(total.value / n - piece.value) >= (_rough_room(total.value / n, piece.value) if rough else 1):
            yield start, total.end
            yield per_start, piece.end


# 「大人500円、中学生以下はその半額の300円」「一般1,000円、65歳以上は3割引の
# 800円」: a discounted price told with its discount (半額, N割引, N%引き /
# オフ) that no price told before it in the sentence (or the sentence before)
# gives.  The price must follow the discount straight away (半額の300円, 半額で
# 300円); a rough price (約, ほど) or a rounded one (within 10円) is let go,
# and so is any earlier price that the discount does give (大人1,000円、子ども
# 500円、65歳以上は半額の500円 is half of 大人's).
_DISCOUNTED = lazy_regex.compile(
    r"(?:(?P<half>半額|半値|半分)|(?P<wari>[0-9一二三四五六七八九])\s?割\s?引き?|(?P<pct>[0-9]{1,2})\s?(?:%|パーセント)\s?(?:引き?|オフ|OFF|off))"
    r"\s?(?:の|で|、|,|:|：|は|に|→|⇒)?\s?(?:\s?[(（])?\s?$"
)


@validator("discounted_price_mismatch", scope="paragraph",
           needs=(lazy_regex.compile(r"半額|半値|半分|割\s?引|引き|オフ|OFF|off"),))
def discounted_price_mismatches(doc):
    text = doc.text
    yen = [q for q in quantities(text) if q.unit == "円"]
    for i, price in enumerate(yen):
        told = _DISCOUNTED.search(text, max(0, price.start - 14), price.start)
        if told is None or _rough(text, price) or _approximate(text, price):
            continue
        if told.group("half"):
            keep = 0.5
        elif told.group("wari"):
            keep = 1 - _small_number(told.group("wari")) / 10
        else:
            keep = 1 - int(told.group("pct")) / 100
        lo = _previous_sentence_start(doc, told.start())
        bases = [q for q in yen[:i] if q.start >= lo and q.end <= told.start() and not _rough(text, q)]
        if not bases or any(abs(q.value * keep - price.value) < 10 for q in bases):
            continue
        yield bases[-1].start, bases[-1].end
        yield told.start(), price.end
