"""Figures that contradict each other inside one draft.

The typical case is a measured value compared with a threshold the wrong
way round: 「水位が3.2mに達しましたが、氾濫危険水位（2.8m）には達して
いません」.  A threshold is a quantity named by a noun (氾濫危険水位（2.8m）,
基準値の50%, 定員30人); the claim after it says the measured value is below
it (には達していません, を超えていません, を下回っています) or above it (を
超えています, を上回りました).  The measured value is the nearest quantity of
the same unit before the threshold, in the same or the previous sentence.
When the numbers say the opposite of the claim, both are reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lazy_regex
from . import any_of, validator
from .dates import number
from .draft_facts import ParagraphSpans, once_per_draft, paragraph_texts

_UNITS = {
    "m": "m", "メートル": "m", "cm": "cm", "センチ": "cm", "mm": "mm", "ミリ": "mm",
    "km": "km", "キロメートル": "km", "℃": "℃", "°C": "℃", "度": "℃", "%": "%", "パーセント": "%",
    "人": "人", "名": "人", "件": "件", "円": "円", "万円": "万円", "億円": "億円",
    "t": "t", "トン": "t", "kg": "kg", "キロ": "kg", "台": "台", "戸": "戸", "世帯": "世帯",
    "ppm": "ppm", "冊": "冊", "席": "席", "回": "回", "個": "個", "枚": "枚", "頭": "頭", "社": "社", "校": "校", "軒": "軒", "組": "組", "店": "店", "店舗": "店", "食": "食", "μSv": "μSv", "マイクロシーベルト": "μSv", "m/s": "m/s", "ヘクトパスカル": "hPa", "hPa": "hPa",
    # places and hiragana counters of a casual writer: 3か所, 85けん, 5こ, 10にん
    "か所": "か所", "カ所": "か所", "ヶ所": "か所", "ケ所": "か所", "箇所": "か所",
    "けん": "件", "にん": "人", "まい": "枚", "こ": "個",
}
_QUANTITY = lazy_regex.compile(
    # 5万2千人, 2億1,300万円: kanji multipliers are read as one number.
    r"(?<![0-9.])(?P<num>(?:[0-9][0-9,]*(?:\.[0-9]+)?[億万千]){1,3}(?:[0-9]+)?|"
    r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)\s*"
    r"(?P<unit>マイクロシーベルト|ヘクトパスカル|キロメートル|パーセント|メートル|センチ|ミリ|キロ|トン|"
    r"世帯|万円|億円|店舗|か所|カ所|ヶ所|ケ所|箇所|m/s|μSv|hPa|ppm|°C|km|cm|mm|kg|m|t|℃|度|%|人|名|件|円|台|戸|冊|席|回|個|枚|頭|社|校|軒|組|店|食(?![べ事堂品器費材料卓])|"
    # a hiragana counter ends the word: 50けん、 / 5こずつ is not 5こ+ずつ's word
    r"(?:けん|にん|まい)(?=[^ぁ-ゖ]|[がをにでもはとのや]|$)|こ(?=[^ぁ-ゖ]|[がをにでもはのや]|$))"
    r"(?![A-Za-z])"
)
# What a sentence claims about the measured value relative to a threshold.
_BELOW = lazy_regex.compile(
    r"[)）」]?\s*(?:に|まで|を)?(?:は|も)?\s*"
    r"(?:達して(?:い|お)?(?:ません|ない|らず|りません)|達しておらず|届いて(?:い|お)?(?:ません|ない|らず)|"
    r"至って(?:い|お)?(?:ません|ない|らず)|満たない|満たず|満たして(?:い)?(?:ません|ない)|及んで(?:い)?(?:ません|ない)|"
    r"超えて(?:い|お)?(?:ません|ない|らず)|超えておらず|上回って(?:い|お)?(?:ません|ない|らず)|"
    r"下回って(?:い|お)(?:ます|る|り)|下回り|下回る|下回った|下回りました)"
)
_ABOVE = lazy_regex.compile(
    r"[)）」]?\s*(?:に|を)?(?:は|も)?\s*"
    r"(?:超えて(?:い|お)(?:ます|る|り)|超え(?:まし)?た|超えました|上回って(?:い|お)(?:ます|る|り)|上回り|上回った|"
    r"上回りました|達して(?:い|お)(?:ます|る|り)|達し(?:まし)?た|突破)"
)
# The noun that makes a quantity a threshold: 氾濫危険水位（2.8m）, 基準値の50%.
_THRESHOLD_NOUN = lazy_regex.compile(
    r"(?:(?:危険|警戒|注意|避難判断|氾濫|基準|計画)水位|基準値?|上限|下限|定員|目標値?|規制値|限度|ライン|"
    r"警戒レベル|環境基準|排出基準)"
    r"(?:の|である)?\s*[（(:：]?\s*(?:約|およそ)?$"
)
_NOUN_BEFORE_PAREN = lazy_regex.compile(r"[一-龥ァ-ヶー]{2,12}[（(]\s*(?:約|およそ)?$")


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: float
    unit: str
    threshold_start: int | None  # where the naming noun starts, if a threshold
    claim: str | None  # "below" / "above" / None
    claim_end: int


_METRES = {"km": 1000.0, "cm": 0.01, "mm": 0.001}
_MULTIPLIER = {"億": 100_000_000, "万": 10_000, "千": 1_000, "": 1}
_NUMBER_PART = lazy_regex.compile(r"([0-9][0-9,]*(?:\.[0-9]+)?)([億万千]?)")


def _number(written: str) -> float:
    """2億1,300万 → 213000000.0; 5万2千 → 52000.0; 1,200 → 1200.0."""
    return sum(float(n.replace(",", "")) * _MULTIPLIER[mult] for n, mult in _NUMBER_PART.findall(written))


def quantities(text: str, matches=None) -> list[Quantity]:
    """The quantities of `text`; `matches`: _QUANTITY's matches in it, when
    the caller has them."""
    out = []
    for m in (_QUANTITY.finditer(text) if matches is None else matches):
        value = _number(m.group("num"))
        unit = _UNITS[m.group("unit")]
        if unit == "万円" and "億" in m.group("num"):
            # 6億6千万円: the 万 of the unit counts the part after 億 only
            value = sum(float(n.replace(",", "")) * (_MULTIPLIER["億"] if mult == "億" else _MULTIPLIER[mult] * 10_000)
                        for n, mult in _NUMBER_PART.findall(m.group("num")))
            unit = "円"
        elif unit in ("万円", "億円"):  # 3万円 and 30,000円 are the same sum
            value *= 10_000 if unit == "万円" else 100_000_000
            unit = "円"
        elif unit in _METRES:  # 計1.8km（600m＋700m）: one length in any unit
            value *= _METRES[unit]
            unit = "m"
        before = text[max(0, m.start() - 16):m.start()]
        threshold_start = None
        noun = _THRESHOLD_NOUN.search(before) or _NOUN_BEFORE_PAREN.search(before)
        if noun:
            threshold_start = m.start() - len(before) + noun.start()
            # widen to the whole noun (氾濫危険水位, not 水位)
            while threshold_start > 0 and re.match(r"[一-龥ァ-ヶー]", text[threshold_start - 1]) \
                    and m.start() - threshold_start < 16:
                threshold_start -= 1
        claim, claim_end = None, m.end()
        below = _BELOW.match(text, m.end())
        above = _ABOVE.match(text, m.end())
        if below:
            claim, claim_end = "below", below.end()
        elif above:
            claim, claim_end = "above", above.end()
        out.append(Quantity(m.start(), m.end(), value, unit, threshold_start, claim, claim_end))
    return out


# A quantity holds no line break but in the \s* between number and unit, so
# it is found paragraph by paragraph (remembered: the two text-wide validators
# below run at every check) unless a paragraph ends with a number and the next
# one opens with a unit (5\n\n人).
_QUANTITY_BY_PARAGRAPH = ParagraphSpans(lambda text: (m.span() for m in _QUANTITY.finditer(text)))
_NUMBER_END = frozenset("0123456789億万千")
_UNIT_WORDS = tuple(_UNITS)


def _runs_on(paragraph: str, next_paragraph: str) -> bool:
    """May a quantity start in `paragraph` and take its unit from the next?"""
    return (paragraph.rstrip()[-1:] or "0") in _NUMBER_END and next_paragraph.lstrip().startswith(_UNIT_WORDS)


@once_per_draft
def _draft_quantities(draft) -> list[Quantity]:
    """quantities(draft.text), shared by the two validators below."""
    text = draft.text
    parts = paragraph_texts(draft)
    if len(parts) == 1 or any(_runs_on(a, b) for (_, a), (_, b) in zip(parts, parts[1:])):
        return quantities(text)
    # (the match at a start found in its paragraph is the match found there
    # in the whole text: what it reads ends inside the paragraph)
    return quantities(text, [_QUANTITY.match(text, s) for s, _ in _QUANTITY_BY_PARAGRAPH(draft)])


def _previous_sentence_start(doc, pos: int) -> int:
    """Where the sentence before the one holding `pos` starts (its own start
    in a first sentence): a figure and what it is checked against are told in
    one sentence or across two ("参加者は120人。内訳は…")."""
    k = doc.sentence_index(pos)
    return doc.sentence_bounds[max(k - 1, 0)][0]


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


# 「定員20名（先着順）。…残りあと25名で締め切り」: more places left than
# there are places.  Both figures in one paragraph, the same unit.
_CAPACITY_BEFORE = lazy_regex.compile(r"(?:定員|募集人数|募集|限定|先着|定数|座席数|総席数)(?:は|:|：)?\s*(?:各|計)?$")
_LEFT_BEFORE = lazy_regex.compile(r"(?:残り|残席|残数|空き|あと)(?:は|が|も)?(?:あと|残り)?(?:わずか)?\s*$")


def _same_count(a: str, b: str) -> bool:
    """定員30名 and 残り40席 count the same places: one seat a person."""
    return a == b or {a, b} == {"人", "席"}


@validator("more_left_than_capacity", scope="paragraph")
def more_left_than_capacity(doc):
    text = doc.text
    found = quantities(text)
    capacities = []
    for q in found:
        label = _CAPACITY_BEFORE.search(text, max(0, q.start - 8), q.start)
        if label and not _approximate(text, q):
            capacities.append((label.start(), q))
    if not capacities:
        return
    for left in found:
        label = _LEFT_BEFORE.search(text, max(0, left.start - 8), left.start)
        if not label:
            continue
        for cap_start, cap in capacities:
            if _same_count(cap.unit, left.unit) and cap.end <= left.start and left.value > cap.value:
                yield cap_start, cap.end
                yield label.start(), left.end
                break


# 「定員30名のところ現在42名が申込済みで、残り8名」: the places, those
# already taken and those left do not add up (taken + left = places).  Only
# exact figures of one count; no place is left when more have applied.
_TAKEN_BEFORE = lazy_regex.compile(
    r"(?:申込(?:み)?(?:済み?)?|申し込み|お申込み|お申し込み|予約|ご予約|応募|参加申込|申込者数?|申込数|予約数|応募者数?|応募数)"
    r"(?:は|が|:|：)?\s*(?:現在|すでに|既に)?\s*$"
)
_TAKEN_AFTER = lazy_regex.compile(
    r"\s*(?:様|さま)?(?:の方)?(?:が|から|の)?(?:申込済|申込み済|申し込み済|お申込み|お申し込み|申し込|申込|予約済|ご予約|予約|応募|埋ま)"
)


@validator("left_does_not_add_up", scope="paragraph", needs=(_TAKEN_AFTER,))
def left_does_not_add_up(doc):
    text = doc.text
    found = quantities(text)
    capacity = taken = left = None
    for q in found:
        if _approximate(text, q) or _is_previous(text, q):
            continue
        if capacity is None and _CAPACITY_BEFORE.search(text, max(0, q.start - 8), q.start):
            capacity = (_CAPACITY_BEFORE.search(text, max(0, q.start - 8), q.start).start(), q)
            continue
        if capacity is None or not _same_count(capacity[1].unit, q.unit):
            continue
        if taken is None and (_TAKEN_BEFORE.search(text, max(0, q.start - 10), q.start) or _TAKEN_AFTER.match(text, q.end)):
            taken = q
            if left is None:
                continue
            q, left_label = left  # 定員20名、残り5名（現在18名申込み）: the places left told first
        else:
            left_label = _LEFT_BEFORE.search(text, max(0, q.start - 8), q.start)
            if left_label and left is None and taken is None:
                left = (q, left_label)
                continue
        if taken is not None and left_label and q.value > 0 and taken.value + q.value != capacity[1].value:
            # 昨年は定員30名に42名の申し込み: last time's figures, not these places
            if _PREVIOUS_WORD.search(text, doc.sentence_at(capacity[0])[0], taken.end):
                return
            yield capacity[0], capacity[1].end
            yield taken.start, taken.end
            yield left_label.start(), q.end
            return


# 「避難所を3か所開設しました。現在、開設中の4か所には…」: how many are
# open (set up, running, closed) told twice in one paragraph, differently.
# New ones added (新たに, さらに, 合わせて), a part (うち) or a total (計)
# between the two make two figures, not one told twice.
_STATE_VERB = r"開設|設置|開所|開館|開放|開店|オープン|稼働|運行|運休|休校|休園|休館|閉鎖|通行止め"
_STATE_AFTER = lazy_regex.compile(rf"\s*(?:の[一-龥ァ-ヶー]{{1,8}})?(?:を|が)?\s*(?P<verb>{_STATE_VERB})")
_STATE_BEFORE = lazy_regex.compile(
    rf"(?P<verb>{_STATE_VERB})(?:中|済み?|して(?:い|お)る|している|されている|されとる|しとる|した|された)の"
    r"(?:[一-龥ァ-ヶー]{1,8}(?:は|が|も)?)?\s*(?:現在)?\s*$"
)
_ADDED_BETWEEN = lazy_regex.compile(
    r"新たに|あらたに|追加|さらに|更に|合わせ|あわせ|合計|計|うち|内訳|既に|すでに|先に|これまで|累計|増|減|ほか|他に|以外|残り|"
    r"再開|閉鎖|閉じ|解除|廃止|予定|昨日|前日|昨年|前回"
)
_STATE_UNITS = frozenset({"か所", "校", "台", "店", "件", "個", "戸", "軒", "社"})


@validator("state_count_told_twice", scope="paragraph", needs=(lazy_regex.compile(_STATE_VERB),))
def state_count_told_twice(doc):
    text = doc.text
    stated = []
    for q in quantities(text):
        if q.unit not in _STATE_UNITS or _approximate(text, q):
            continue
        after = _STATE_AFTER.match(text, q.end)
        before = _STATE_BEFORE.search(text, max(0, q.start - 20), q.start)
        if after:
            stated.append((q.start, after.end(), q, after.group("verb")))
        elif before:
            stated.append((before.start(), q.end, q, before.group("verb")))
    for (a_start, a_end, a, a_verb), (b_start, b_end, b, b_verb) in zip(stated, stated[1:]):
        if a_verb != b_verb or a.unit != b.unit or a.value == b.value:
            continue
        # (an addition told just before the first count counts too: 新たに1か所を開設し、開設中の6か所)
        lo = max(doc.sentence_at(a_start)[0], a_start - 12)
        if _ADDED_BETWEEN.search(text, lo, b_end):
            continue
        yield a_start, a_end
        yield b_start, b_end


# 「お一人さま5袋まで…（お一人でお越しの場合も10袋まで）」: the limit for
# one person (or one household) told twice in one paragraph, differently.
# A limit for another group or occasion (1日, 大人, 市外の方は, 雨の場合は)
# is a second rule, not the same one told again.
_PER_HEAD_LIMIT = lazy_regex.compile(
    r"(?P<subject>(?:お|御)?(?:一人|1人|ひとり)(?:さま|様)?|(?:1|一)(?:世帯|家族|家庭|グループ|組|台))"
    r"(?:あたり|当たり|につき|に付き)?(?P<gap>[^。\n0-9一二三四五六七八九十]{0,14}?)"
    r"(?P<num>[0-9]{1,4}|[一二三四五六七八九十]{1,3})\s?"
    r"(?P<counter>袋|枚|個|本|点|冊|回|杯|箱|束|缶|パック|玉|株|鉢|口|食|部|セット|kg|キロ|リットル|L)(?:まで|限り|かぎり)"
)
_OTHER_OCCASION = lazy_regex.compile(r"(?:場合|とき|時|際|方|日|回)(?:は|には)|以降|から(?:は)?")
# 1日お一人2袋、期間中お一人10袋: limits over different periods
_PERIOD = lazy_regex.compile(r"1日|一日|期間|合計|通算|1回|一回|毎回|各回|毎日|週|月|年間|シーズン|大会|累計")


@validator("per_head_limit_told_twice", scope="paragraph", needs=(_PER_HEAD_LIMIT,))
def per_head_limit_told_twice(doc):
    text = doc.text
    limits = {}
    for m in _PER_HEAD_LIMIT.finditer(text):
        gap = m.group("gap")
        if _OTHER_GROUP.search(gap) or _OTHER_OCCASION.search(gap):
            continue
        # one person however written (お一人さま, 1人, おひとり); else the unit (世帯, 家族, 組)
        subject = "人" if re.search(r"一人|1人|ひとり", m.group("subject")) else m.group("subject")[1:]
        key = (subject, m.group("counter"))
        value = number(m.group("num"))  # (5, 五, 十五, 二十)
        first = limits.get(key)
        if first is None:
            limits[key] = (m.span(), value)
            continue
        if first[1] != value and not _OTHER_GROUP.search(text, first[0][1], m.start()) \
                and not _PERIOD.search(text, max(0, first[0][0] - 8), m.start()):
            yield first[0]
            yield m.span()
            return


# 「定員は20名です。先着30名様までの受付となります」: the number of places
# told twice in one paragraph, differently.  A capacity is a quantity after a
# word for it (定員, 募集人数, 受け入れ人数, 限定, 先着 …) or before a word that
# closes the list (〜名様限定, 〜人まで受付, 〜名で締め切り).  先着100名様に記念品
# is a gift, not the places.  Two figures for two groups or sessions (午前の部
# は20名、午後の部は30名; 市外枠10名), a change (20名から30名に増員) or a
# rounded figure are no contradiction.
_PLACES_BEFORE = lazy_regex.compile(
    r"(?:定員|募集定員|募集人数|募集人員|募集数|募集枠|募集|受入人数|受入れ人数|受け入れ人数|受入数|定数|参加定員|参加人数|"
    r"参加枠|申込定員|定員数|限定|先着順?で?|人数制限)(?:は|が|も|:|：)?\s*(?:先着)?\s*(?:最大)?$"
)
_PLACES_AFTER = lazy_regex.compile(
    r"\s*(?:様|さま)?(?:限定|限り|かぎり|まで(?:の|で)?(?:受付|受け付け|募集|お申し込み|お申込み|申し込み|申込|予約|ご予約|ご応募|応募|とな|です|ご参加)|まで(?=\s*[。！!\n]|$)|"
    r"(?:に|で)(?:達し(?:次第|た時点)|なり次第)|で(?:締め切|締切|〆切|しめきり|受付終了|受付を終了|満員|定員|打ち切)|を募集|募集)"
)
_GIFT_AFTER = lazy_regex.compile(r"\s*(?:様|さま)?(?:に|へ|まで(?:に|へ))(?!達|なり)")
_OTHER_GROUP = lazy_regex.compile(
    r"午前|午後|[0-9一二三四五]部|第[0-9一二三四五]|コース|クラス|各回|各日|各|1日|一日|[0-9]{1,2}日|曜|会場|大人|子ども|子供|こども|"
    r"小学生|中学生|高校生|一般|親子|市内|市外|枠|うち|内訳|ずつ|増|減|変更|拡大|追加|縮小|引き上げ|引き下げ|特別|臨時|緩和|→|⇒|から|予定|昨年|去年|前回|例年"
)
# 茶摘み体験は定員20名、そば打ち体験は定員15名: another event is the topic.
_TOPIC_BEFORE = lazy_regex.compile(r"(?P<noun>[一-龥ァ-ヶーぁ-ゖ]{2,12})(?:は|も|では|の)\s*$")
_SAME_EVENT_TOPICS = frozenset({"受付", "申込", "申込み", "申し込み", "お申し込み", "お申込み", "予約", "ご予約", "募集", "参加", "参加者",
                                "人数", "定員", "今回", "今年", "本年", "当日", "なお", "ただし", "ただ", "こちら", "なお受付"})


def _places(text: str, found: list[Quantity]):
    for q in found:
        if q.unit not in ("人", "組", "個", "枚", "台", "冊", "社", "戸", "世帯", "軒", "頭", "店"):
            continue
        before = _PLACES_BEFORE.search(text, max(0, q.start - 10), q.start)
        after = _PLACES_AFTER.match(text, q.end)
        if (before and text[before.start():q.start].startswith("先着") and not after
                and not (text[before.start() - 1:before.start()] in ("（", "(") and text[q.end:q.end + 2].lstrip("様")[:1] in ("）", ")"))):
            before = None  # 先着100名様に記念品: a gift; 定員40名（先着30名） is the places
        if before and _GIFT_AFTER.match(text, q.end) and not after:
            before = None
        if not (before or after) or _approximate(text, q):
            continue
        # 残りあと5名で締め切り: places left (more_left_than_capacity's)
        if _LEFT_BEFORE.search(text, max(0, q.start - 8), q.start):
            continue
        yield (before.start() if before else q.start), (after.end() if after else q.end), q


@validator("capacity_told_twice", scope="paragraph",
           needs=(lazy_regex.compile(r"定員|募集|受入|受け入れ|定数|参加|限定|先着|限り|かぎり|まで|締め切|締切|〆切|しめきり|受付|満員|打ち切|達し|なり次第|人数"),))
def capacity_told_twice(doc):
    text = doc.text
    places = list(_places(text, quantities(text)))
    for (a_start, a_end, a), (b_start, b_end, b) in zip(places, places[1:]):
        if a.unit != b.unit or a.value == b.value:
            continue
        if _OTHER_GROUP.search(text, a_start, b_start) or _OTHER_GROUP.search(text, b_start, b_end + 4):
            continue
        sentence_start = doc.sentence_at(b_start)[0]
        topic = _TOPIC_BEFORE.search(text, max(sentence_start, b_start - 14), b_start)
        # お申込みが定員の20組: the noun read as a topic may run over a
        # particle; it names this event when it ends in a word for it
        if topic and not topic.group("noun").endswith(tuple(_SAME_EVENT_TOPICS)):
            continue
        yield a_start, a_end
        yield b_start, b_end


# 「来場者は1万2千人で、前年（1万5千人）より増えました」: a comparison with
# the previous period whose direction the numbers contradict.  The direction
# may come after the previous figure (前年（1万5千人）より増えました), before the
# current one (前年より1割減の約2万3千人でした（前年は約1万8千人）) or in the
# sentence that gives the current figure when the previous one is told in the
# sentence before (昨年は480トンでした。今年はそれより減って520トンです).
_PREVIOUS = lazy_regex.compile(
    r"(?:前年|昨年|去年|前回|先月|前月|前年度|昨年度|例年|前大会|昨シーズン|前シーズン|昨季|前季|前週|先週)(?:度)?(?:の)?(?:大会|開催|実績|記録|調査|参加者数?|来場者数?)?"
    r"(?:比|の|は|が)?\s*[（(:：]?\s*(?:約|およそ)?$"
)
_PREVIOUS_WORD = lazy_regex.compile(r"前年度?|昨年度?|去年|前回|先月|前月|例年|前大会|昨シーズン|前シーズン|昨季|前季|前週|先週")
_UP = lazy_regex.compile(r"増え|増加|上回|伸び|アップ|増と|多く|(?<![減])増(?=[のでにとし、。)）])")
_DOWN = lazy_regex.compile(r"減っ|減り|減少|下回|落ち込|ダウン|減と|少なく|(?<![増加])減(?=[のでにし、。)）])")


# 昨年の410人を大きく上回り / 前年（290人）より減って: what the figure right
# before is compared with, and which way.
_COMPARED_AFTER = lazy_regex.compile(
    r"\s*[)）]?\s*(?:を|より|から|に比べて?|と比べて?|と比較して|比で?)(?:も|は)?"
    r"(?:大きく|大幅に|わずかに|少し|さらに|やや|若干|ぐっと|はるかに)?\s*"
    rf"(?:(?P<up>{_UP.pattern})|(?P<down>{_DOWN.pattern}))"
)


def _is_previous(text: str, q: Quantity) -> bool:
    return bool(_PREVIOUS.search(text[max(0, q.start - 12):q.start]))


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
_YEAR_BEFORE_LAST = lazy_regex.compile(r"前年|一昨年|おととし")
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


# 「男性40人、女性50人の計100人」: parts and a total that do not add up.
# The parts are the quantities of the same unit before the total in its
# sentence (after any earlier total); 合計100人（男性40人、女性50人） puts
# them in brackets after it.  Rounded figures (約, 以上, ほど) are left alone.
_TOTAL_BEFORE = lazy_regex.compile(r"(?:の|で|、)?\s*(?:合計|総計|総数|総勢|総員|計|合わせて|あわせて|全部で|全体で|全員で|トータル)(?:で|は|が|:|：)?\s*(?:毎日|毎月|毎年|年間|月間)?\s*$")
_APPROX = lazy_regex.compile(r"約|およそ|ほぼ|以上|以下|未満|程度|ほど|余り|あまり|超|強|弱|前後|くらい|ぐらい|うち|内訳|のべ|延べ")


def _approximate(text: str, q: Quantity) -> bool:
    return bool(_APPROX.search(text, max(0, q.start - 3), q.start) or _APPROX.match(text, q.end)
                or _APPROX.match(text, q.end, q.end + 3))


# 延べ20万人を突破しました！前年の25万人から伸びて: a count (延べ) is still a
# figure to compare, and a milestone passed (突破/超え/余り) or a rough figure
# (約/ほど) lies close to the real one.  Only a hedge that could make the
# claim true excuses it: an open bound (以上 when it grew, 以下/未満 when it
# fell), or a milestone/rough figure within a tenth of the previous one; a part
# (うち) is not this year's whole.
_OPEN_ABOVE = lazy_regex.compile(r"以上")
_OPEN_BELOW = lazy_regex.compile(r"以下|未満")
_ROUGH_AFTER = lazy_regex.compile(r"程度|ほど|前後|くらい|ぐらい|余り|あまり|強|弱|足らず|近く|超|を?突破|を?超え|を?切")
_ROUGH_BEFORE = lazy_regex.compile(r"約|およそ|ほぼ|超")
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


# A table told line by line: 「一般会計 198億円／特別会計 96億円／――／合計 304億円」.
# The total's line starts with its label; the rows are the lines right above
# it, each a label and one figure of the total's unit (a bracketed share
# beside it is another unit); rule lines (――, ---, ＝＝) are skipped and the
# first line that is no such row (a heading, a sentence) ends the table.
_TABLE_TOTAL_LINE = lazy_regex.compile(r"\s*[・\-*●○■□◆◇]?\s*(?:合計|総計|計|総額)\s*(?::|：)?\s*")
_TABLE_RULE_LINE = lazy_regex.compile(r"[\s―─━ー\-=＝_]*")
_TABLE_ROW_LABEL = lazy_regex.compile(r"\s*[・\-*●○■□◆◇]?\s*[^\s0-9。!?！？、]{1,16}\s*(?::|：)?\s*")


def _line_starts(doc, upto: int) -> list[int]:
    """Where the draft's lines begin, up to `upto`, in doc.text.  Normalizing
    drops a single line break between two Japanese letters (税金⏎泥棒), so the
    breaks are read from the original text between two characters."""
    norm, text = doc.norm, doc.text
    original, starts, ends = norm.original, norm.starts, norm.ends
    out = [0]
    for i in range(1, min(upto, len(text) - 1) + 1):
        if text[i - 1] == "\n" or "\n" in original[ends[i - 1]:starts[i]]:
            out.append(i)
    return out


def _table_rows_above(doc, found: list, total) -> list:
    text = doc.text
    line_starts = _line_starts(doc, total.start)
    if len(line_starts) < 3 or not _TABLE_TOTAL_LINE.fullmatch(text, line_starts[-1], total.start):
        return []
    rows = []
    for j in range(len(line_starts) - 2, -1, -1):
        line_start, line_end = line_starts[j], line_starts[j + 1]
        if _TABLE_RULE_LINE.fullmatch(text, line_start, line_end):
            if text[line_start:line_end].count("\n") > 1 or not text[line_start:line_end].strip():
                break  # a blank line ends the table
            continue
        in_line = [q for q in found if line_start <= q.start and q.end <= line_end and q.unit == total.unit]
        if len(in_line) != 1 or not _TABLE_ROW_LABEL.fullmatch(text, line_start, in_line[0].start):
            break
        rows.append(in_line[0])
    rows.reverse()
    return rows


@validator("contradictory_total", scope="paragraph")
def contradictory_totals(doc):
    text = doc.text
    found = quantities(text)
    for k, total in enumerate(found):
        before = text[max(0, total.start - 10):total.start]
        if not _TOTAL_BEFORE.search(before):
            continue
        lo, hi = doc.sentence_at(total.start)
        parts = []
        for q in reversed(found[:k]):
            if q.start < lo:
                break
            if _TOTAL_BEFORE.search(text[max(0, q.start - 10):q.start]):
                break  # an earlier total closes the list
            if q.unit == total.unit:
                parts.append(q)
        parts.reverse()
        if len(parts) < 2:
            # 合計100人（男性40人、女性50人）
            # 合計9万人でした（15日が5万2千人、16日が4万8千人）
            close = re.match(r"[^。!?！？()（）\n]{0,8}?[(（][^)）]{0,60}[)）]", text[total.end:hi])
            if close:
                inner_end = total.end + close.end()
                parts = [q for q in found[k + 1:] if q.end <= inner_end and q.unit == total.unit]
        if len(parts) < 2 and _TABLE_TOTAL_LINE.search(text, max(0, total.start - 12), total.start):
            parts = _table_rows_above(doc, found, total)
        if len(parts) < 2 or any(_approximate(text, q) for q in parts + [total]):
            continue
        # 「うち」 subsets and ranges are not parts
        if re.search(r"うち|内訳|[〜~]", text[parts[0].start:parts[-1].end]):
            continue
        if abs(sum(q.value for q in parts) - total.value) > 1e-9:
            # the parts may come after the total, in brackets; the span takes
            # the word that makes it a total (総勢120名) and a closing bracket
            word = _TOTAL_BEFORE.search(text, max(0, total.start - 10), total.start)
            total_start = total.start
            if word:
                total_start = word.start() + len(word.group()) - len(word.group().lstrip("のでと、 "))
            end = max(parts[-1].end, total.end)
            if parts[0].start > total.start:
                close = re.match(r"[^)）]{0,12}[)）]", text[end:hi])
                if close:
                    end += close.end()
            yield min(parts[0].start, total_start), end


# 「参加者は120人でした。内訳は大人50人・子ども40人」「全長8kmのコース。
# 前半5kmは山道、後半4km」「延べ12万人（初日8万人、2日目6万人）」: a whole
# and the parts it is split into that do not add up, with no word for a
# total.  Parts are two or more quantities of one unit in one sentence, each
# right after a label of one family (大人/子ども, 男性/女性, 市内/市外,
# 前半/後半, 午前/午後, 初日/2日目 …).  They are a full split when the labels
# are a complementary pair (大人 and 子ども, 前半 and 後半), when 内訳 names
# them, or when they stand in brackets right after the whole.  The whole is
# the nearest unlabelled quantity of the unit before them, in their sentence
# or the one before; a capacity, target or last year's figure (定員30人,
# 目標100人, 昨年は120人) is no whole, and 〜など / ほか / 以上 leave a split open.
_PART_FAMILIES = {
    "age": r"大人|おとな|子ども|子供|こども|小人|幼児|未就学児|小学生|中学生|高校生|大学生|一般|学生|シニア|高齢者|保護者|児童|生徒",
    "sex": r"男性|女性|男子|女子|男の子|女の子",
    "area": r"市内|市外|県内|県外|町内|町外|地元|国内|海外|国外",
    "half": r"前半|後半|中盤|序盤|終盤",
    # a year cut in halves: 前期に5回、後期に6回 (前期高齢者 is no term: the
    # label must stand right before its figure)
    "term": r"上半期|下半期|前期|後期|上期|下期",
    "time": r"午前|午後|昼の部|夜の部",
    "day": r"初日|最終日|[0-9一二三四五六七]日目|前夜祭|本祭",
    "leg": r"往路|復路|上り|下り|行き|帰り",
    # numbered sections of one work or area: 第1工区1.4km、第2工区2.3km
    "section": r"第[0-9一二三四五六七八九]{1,2}(?:工区|区間|期|段階|地区|ブロック|会場|エリア|区域|棟)",
}
# Pairs whose two labels leave nobody out.
_COMPLEMENTS = (
    {"大人", "子ども"}, {"大人", "子供"}, {"大人", "こども"}, {"大人", "小人"}, {"おとな", "こども"},
    {"男性", "女性"}, {"男子", "女子"}, {"男の子", "女の子"}, {"市内", "市外"}, {"県内", "県外"},
    {"町内", "町外"}, {"国内", "海外"}, {"国内", "国外"}, {"前半", "後半"}, {"午前", "午後"},
    {"昼の部", "夜の部"}, {"往路", "復路"}, {"上り", "下り"}, {"行き", "帰り"},
    {"前期", "後期"}, {"上期", "下期"}, {"上半期", "下半期"},
)
_PART_LABEL = lazy_regex.compile(
    "|".join(rf"(?P<{name}>{labels})" for name, labels in _PART_FAMILIES.items())
)
# Between a label and its figure: 大人50人, 市内の方が600名, 前半は5km
_LABEL_GAP = lazy_regex.compile(r"(?:の(?:方|かた|皆さん|参加者|部)|の?(?:部|組|コース|区間|道のり))?(?:が|は|で|も|:|：)?\s*(?:約|およそ)?$")
# A time of the year or day takes に before a count of events: 前期に5回, 午前に3件
_WHEN_FAMILIES = frozenset({"half", "term", "time", "day"})
_WHEN_GAP = lazy_regex.compile(r"(?:に|には)\s*(?:約|およそ)?$")
_SPLIT_NAMED = lazy_regex.compile(r"内訳|うちわけ")
_SPLIT_OPEN = lazy_regex.compile(r"\s*(?:の|も|を)?(?:など|ほか|他|以外|その他|を含む|含め|ずつ|以上|以下|未満|超|余り|あまり|強|弱|まで|増|減|多い|少な|より)")
_NOT_A_WHOLE = lazy_regex.compile(r"(?:定員|募集|目標|予定|見込み?|想定|最大|上限|先着|限定|残り|あと|1日|一日|1回|一回|各|平均|1人|一人|毎日|毎回)(?:は|が|の|で|:|：)?\s*(?:約|およそ)?$")
_ROUNDED = lazy_regex.compile(r"約|およそ|ほぼ|程度|ほど|くらい|ぐらい|前後")
_SPLIT_UNITS = frozenset({"人", "件", "回", "台", "戸", "世帯", "組", "個", "枚", "冊", "頭", "社", "校", "軒", "km", "m", "か所"})
# 全体で3.2km / 総延長12km / 合計20か所: a whole told as a total.  Parts of it
# that add up to MORE than it contradict it even when the list may be
# incomplete (a missing part can only make the sum larger).
_WHOLE_WORD = lazy_regex.compile(r"(?:合計|総計|総数|総延長|全長|延長|全体|全部|計|合わせて|あわせて)(?:で|は|が|:|：)?\s*(?:約|およそ)?$")
# 第3回 names one occasion: it is neither a whole nor a part
_ORDINAL_BEFORE = lazy_regex.compile(r"第\s*$")


# After 内訳 any noun labels a part: 内訳は職員40名・市民45名
_NAMED_PART = lazy_regex.compile(
    r"(?P<noun>[一-龥ァ-ヶー]{1,6})(?:の(?:方|かた|皆さん))?(?:が|は|で|:|：)?\s*(?:約|およそ)?$"
)


def _part_label(text: str, q: Quantity, floor: int, sentence_start: int | None = None):
    """(family, label, label start) of the label right before q, or None;
    with `sentence_start`, after 内訳 in the sentence any noun is a label."""
    window_start = max(floor, q.start - 12)
    last = None
    for m in _PART_LABEL.finditer(text, window_start, q.start):
        last = m
    if last is not None and (_LABEL_GAP.fullmatch(text, last.end(), q.start) or (
            last.lastgroup in _WHEN_FAMILIES and _WHEN_GAP.fullmatch(text, last.end(), q.start))):
        return last.lastgroup, last.group(), last.start()
    if sentence_start is not None and _SPLIT_NAMED.search(text, sentence_start, q.start):
        named = _NAMED_PART.search(text, window_start, q.start)
        if named and not _SPLIT_NAMED.fullmatch(named.group("noun")):
            return "named", named.group("noun"), named.start()
    return None


# 2日間で約32万人！初日18万人、2日目16万人: a whole told for N days split
# into N day labels leaves no day out.
_DAYS_WHOLE = lazy_regex.compile(r"(?P<n>[0-9]|[二三四五六七])日間(?:で|の|を通して|通して|合計|計)?[^。!?！？\n]{0,10}$")
_DAY_NUMBER = {"二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}


def _days_cover_whole(text: str, start: int, whole: Quantity, parts: list[Quantity]) -> bool:
    days = _DAYS_WHOLE.search(text, start, whole.start)
    if not days:
        return False
    n = days.group("n")
    return (int(n) if n.isdigit() else _DAY_NUMBER[n]) == len(parts)


def _rounding_room(qs: list[Quantity]) -> float:
    """How far figures rounded at their last written digit may add up wrong:
    half a step of each (約32万 is 31.5万–32.5万)."""
    room = 0.0
    for q in qs:
        step = 1.0
        v = round(q.value)
        if v != q.value or v == 0:
            continue
        while v % 10 == 0:
            v //= 10
            step *= 10
        room += step / 2
    return room


def _rounded(text: str, q: Quantity) -> bool:
    return bool(_ROUNDED.search(text, max(0, q.start - 3), q.start) or _ROUNDED.match(text, q.end, q.end + 3))


def _split_groups(doc, text: str, found: list[Quantity]):
    """Runs of labelled parts: (parts, first label start)."""
    run: list[tuple[Quantity, tuple]] = []
    for q in found + [None]:
        label = None
        if q is not None and q.unit in _SPLIT_UNITS and not _ORDINAL_BEFORE.search(text, max(0, q.start - 2), q.start):
            lo = doc.sentence_at(q.start)[0]
            floor = max(lo, run[-1][0].end if run else lo)
            label = _part_label(text, q, floor, lo)
        if (label is not None and run and run[-1][0].unit == q.unit and run[-1][1][0] == label[0]
                and doc.sentence_at(run[-1][0].start) == doc.sentence_at(q.start)
                and label[1] not in {lab[1] for _, lab in run}
                and not re.search(r"[。!?！？\n]|うち", text[run[-1][0].end:label[2]])):
            run.append((q, label))
            continue
        if len(run) >= 2:
            yield [p for p, _ in run], run[0][1]
        run = [(q, label)] if label is not None else []


@validator("split_does_not_add_up", scope="paragraph", needs=(any_of(_PART_LABEL, _SPLIT_NAMED),))
def split_does_not_add_up(doc):
    text = doc.text
    found = quantities(text)
    for parts, (family, _, label_start) in _split_groups(doc, text, found):
        last = parts[-1]
        if _SPLIT_OPEN.match(text, last.end) or any(_is_previous(text, p) for p in parts):
            continue
        if any(re.match(r"\s*(?:以上|以下|未満|超|余り|あまり|強|弱)", text[p.end:p.end + 3]) for p in parts):
            continue
        window_start = _previous_sentence_start(doc, parts[0].start)
        wholes = [q for q in found if window_start <= q.start and q.end <= label_start and q.unit == parts[0].unit]
        if not wholes:
            continue
        whole = wholes[-1]
        whole_label = _part_label(text, whole, window_start)
        # 市内12か所 split by 内訳 into districts: 市内 says where the whole is,
        # it is no part of a split of the same kind
        if ((whole_label is not None and whole_label[0] in (family, "named")) or _is_previous(text, whole)
                or _NOT_A_WHOLE.search(text, max(0, whole.start - 8), whole.start)
                or _ORDINAL_BEFORE.search(text, max(0, whole.start - 2), whole.start)
                or re.match(r"\s*(?:以上|以下|未満|超|まで|余り|あまり|強|弱|増|減|ずつ)", text[whole.end:whole.end + 3])):
            continue
        labels = {m.group() for m in _PART_LABEL.finditer(text, label_start, last.end)}
        between = text[whole.end:label_start]
        if re.search(r"うち|内の", between):
            continue  # 120人、うち大人50人: a subset, not a split
        named = bool(_SPLIT_NAMED.search(text, window_start, label_start))
        bracketed = bool(re.fullmatch(r"[^。!?！？()（）\n]{0,12}?[(（]", between))
        complementary = any(pair <= labels for pair in _COMPLEMENTS)
        total = sum(p.value for p in parts)
        slack = 1e-9
        if _rounded(text, whole) or any(_rounded(text, p) for p in parts):
            # rounded figures: no more room than their rounding gives, and
            # never more than 8 %
            slack = min(0.08 * whole.value, max(_rounding_room(parts + [whole]), 1e-9))
        over_a_told_total = (total > whole.value + slack
                             and _WHOLE_WORD.search(text, max(0, whole.start - 8), whole.start))
        all_days = family == "day" and _days_cover_whole(text, window_start, whole, parts)
        if not (named or bracketed or complementary or over_a_told_total or all_days):
            continue
        if abs(total - whole.value) > slack:
            yield whole.start, whole.end
            yield label_start, last.end


# 「定員20名に応募50名で倍率2倍」: a competition ratio (倍率) that the places
# and the applicants told beside it, in the sentence or the one before, do
# not bear out.  ちょうど makes it exact; a written 倍率 is otherwise read as
# rounded to a tenth, 約 / ほぼ to a fifth of itself.
_COMPETITION = lazy_regex.compile(
    r"倍率(?:は|が|も)?\s*(?P<exact>ちょうど|きっかり)?(?P<approx>約|およそ|ほぼ|ざっと)?\s*(?P<n>[0-9]+(?:\.[0-9]+)?)倍(?!以上|以下|未満|超|近|弱|強)"
)
# 倍率 of an exam or a lottery is applicants over those who passed / won
# (受験者180人、合格者30人 → 6倍), as of a course it is over its places.
_PLACES_WORD = lazy_regex.compile(r"(?:定員|募集人数|募集人員|募集枠|募集|採用予定|枠|合格者?数?|採用者?数?|当選者?数?|内定者?数?)(?:は|が|:|：)?\s*$")
_APPLICANTS_WORD = lazy_regex.compile(r"(?:応募者?数?|申込者?数?|申し込み者?数?|申込み者?数?|志願者?数?|受験者?数?|エントリー)(?:は|が|:|：)?\s*$")


@validator("competition_ratio_mismatch", scope="paragraph", needs=(lazy_regex.compile(r"倍率"),))
def competition_ratio_mismatches(doc):
    text = doc.text
    ratios = list(_COMPETITION.finditer(text))
    if not ratios:
        return
    found = quantities(text)
    for m in ratios:
        lo, hi = _previous_sentence_start(doc, m.start()), doc.sentence_at(m.start())[1]
        near = [q for q in found if lo <= q.start and q.end <= hi and not _approximate(text, q)]
        places = [q for q in near if _PLACES_WORD.search(text, max(0, q.start - 8), q.start)]
        applicants = [q for q in near if _APPLICANTS_WORD.search(text, max(0, q.start - 8), q.start)]
        if len(places) != 1 or len(applicants) != 1 or places[0].unit != applicants[0].unit or places[0].value <= 0:
            continue
        stated = float(m.group("n"))
        actual = applicants[0].value / places[0].value
        if m.group("exact"):
            slack = 0.005
        elif m.group("approx"):
            slack = 0.2 * stated
        else:
            slack = 0.05 + (0 if "." in m.group("n") else 0.1 * stated)
        if abs(actual - stated) > slack:
            yield m.start(), m.end()


# 「1枚30円から25円に値上げします」: a change from one figure to another told
# with a word for the opposite direction (値上げ while the price falls,
# 増員 while the staff shrinks).  The two figures share a unit and are joined
# by から/より; the word follows the second within a few characters.
_CHANGE_UP = (r"値上げ|値上がり|引き上げ|引上げ|増額|増加|増え|増や|増員|増便|拡大|拡充|延長|アップ|上が|上げ|上昇"
              r"|伸び|高く|多く")
_CHANGE_DOWN = (r"値下げ|値下がり|引き下げ|引下げ|減額|減少|減っ|減ら|減員|減便|縮小|短縮|ダウン|下が|下げ|下落|削減"
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


@validator("contradictory_change", scope="paragraph", needs=(_CHANGE_WORD,))
def contradictory_changes(doc):
    text = doc.text
    found = quantities(text)
    for a, b in zip(found, found[1:]):
        if a.unit != b.unit or a.value == b.value:
            continue
        joint = _FROM.fullmatch(text, a.end, b.start)
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


# 「来場者は約3万人でした。うち市外からのお客さんが4万5千人」: a part
# (うち / そのうち / このうち / のうち / 内訳は) larger than the whole it is
# part of.  The whole is the nearest figure of the same unit before the
# marker, in its sentence or the one before (a previous year's figure is not
# the whole); rounding (約) does not excuse a part bigger than the whole.
# (そのうち / このうち may follow anything: an emoji dropped between 12万冊
# and そのうち leaves them touching).  A bare うち taking a particle (うちは,
# うちも, うちの, うちら) is "we", the writer's side, never a part.
_PART_MARK = lazy_regex.compile(
    r"(?:(?<=[。!！?？、,（(\n\s])|^)(?:うち(?![はもがのでとらんじ])|内訳は)|(?:その|この)(?:うち|内訳は)|(?<=[0-9人名件円台戸組校社冊個枚頭軒店席m])の?うち"
)


@validator("part_exceeds_whole", scope="paragraph", needs=(lazy_regex.compile(r"うち|内訳"),))
def parts_exceeding_whole(doc):
    text = doc.text
    marks = list(_PART_MARK.finditer(text))
    if not marks:
        return
    found = quantities(text)
    for mark in marks:
        lo, hi = doc.sentence_at(mark.start())
        window_start = _previous_sentence_start(doc, mark.start())
        after = [q for q in found if mark.end() <= q.start < hi]
        if not after:
            continue
        part = after[0]
        if part.unit == "%" or text[part.end:part.end + 2].startswith(("以上", "超", "増", "減")):
            continue
        wholes = [q for q in found if window_start <= q.start and q.end <= mark.start() + 1
                  and q.unit == part.unit and not _is_previous(text, q)]
        if not wholes:
            continue
        whole = wholes[-1]
        if part.value > whole.value:
            yield whole.start, whole.end
            yield mark.start(), part.end
            continue
        other = _other_state(text, part, after[1:])
        if other is not None and part.value + other.value > whole.value:
            yield whole.start, whole.end
            yield mark.start(), other.end


# 「7社が参加し、うち2社が辞退、残る4社で開札」: a whole, the parts taken
# out of it (うち) and what is left (残る／残り／それ以外) that do not add up.
# All the parts of the whole's unit told between うち and the remainder are
# taken out (30名のうち10名が小学生、5名が中学生、残り15名); any rough figure
# makes no sum.
_REMAINDER_BEFORE = lazy_regex.compile(r"(?:残る|残り(?:の)?|残った|残っている|残りは|それ以外(?:の)?)\s*$")
_OPEN_OR_ROUGH_AFTER = lazy_regex.compile(r"\s*(?:以上|以下|未満|程度|ほど|前後|くらい|ぐらい|余り|あまり|強|弱|足らず|近く|超)")


def _rough(text: str, q: Quantity) -> bool:
    """約50人, 40人ほど, 10人以上: no figure to do sums with (うち before it is no hedge)."""
    return bool(_ROUGH_BEFORE.search(text, max(0, q.start - 3), q.start) or _OPEN_OR_ROUGH_AFTER.match(text, q.end))


@validator("remainder_does_not_add_up", scope="paragraph", needs=(lazy_regex.compile(r"うち"),))
def remainder_does_not_add_up(doc):
    text = doc.text
    marks = list(_PART_MARK.finditer(text))
    if not marks:
        return
    found = quantities(text)
    for mark in marks:
        window_start = _previous_sentence_start(doc, mark.start())
        wholes = [q for q in found if window_start <= q.start and q.end <= mark.start() + 1 and q.unit != "%"]
        if not wholes or _rough(text, wholes[-1]) or _is_previous(text, wholes[-1]):
            continue
        whole = wholes[-1]
        _, hi = doc.sentence_at(mark.start())
        next_hi = doc.sentence_at(hi)[1] if hi < len(text) else hi
        parts = []
        for q in found:
            if q.start < mark.end() or q.start >= next_hi or q.unit != whole.unit:
                continue
            label = _REMAINDER_BEFORE.search(text, max(0, q.start - 8), q.start)
            if not label:
                parts.append(q)
                continue
            if parts and not any(_rough(text, x) for x in (*parts, q)) \
                    and whole.value - sum(x.value for x in parts) != q.value:
                yield whole.start, whole.end
                yield mark.start(), parts[-1].end
                yield label.start(), q.end
            break


# 82戸のうち耐震済み50戸、未改修40戸: a part done (〜済み) and a part not yet
# (未〜) leave nothing in common, so together they cannot outnumber the whole
# (女性70人、65歳以上60人 may overlap: no pair of states).
_DONE_BEFORE = lazy_regex.compile(r"[一-龥ァ-ヶー]{1,6}済み?(?:の[一-龥]{1,4})?(?:が|は|で|:|：)?\s*(?:約|およそ)?$")
_NOT_YET_BEFORE = lazy_regex.compile(r"(?<![一-龥])未[一-龥ァ-ヶー]{1,6}(?:の[一-龥]{1,4})?(?:が|は|で|:|：)?\s*(?:約|およそ)?$")


def _state_of(text: str, q: Quantity, floor: int) -> str | None:
    window = max(floor, q.start - 12)
    if _DONE_BEFORE.search(text, window, q.start):
        return "done"
    if _NOT_YET_BEFORE.search(text, window, q.start):
        return "not yet"
    return None


def _other_state(text: str, part: Quantity, later: list[Quantity]) -> Quantity | None:
    """The next figure of part's unit, in its clause run, labelled with the opposite state."""
    state = _state_of(text, part, 0)
    if state is None:
        return None
    for q in later:
        if re.search(r"[。!?！？\n]|うち", text[part.end:q.start]):
            return None
        if q.unit != part.unit:
            continue
        other = _state_of(text, q, part.end)
        return q if other is not None and other != state else None
    return None


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


# 「1人あたり3万円、2人なら合計8万円」「500円×3個＝1,600円」: a rate, a count
# and a total that do not multiply out.  The rate is a quantity after 1人あたり
# / 1枚 / 1世帯につき; the count is a number of the same thing after it in the
# paragraph, and the total the next quantity of the rate's unit after a word
# for a total (合計, 計, 全部で, しめて, ＝).  Caps, discounts and tax (上限,
# 割引, お得, 税込) make a total that differs on purpose: left alone.
_PER = (r"人|名|世帯|台|枚|個|回|件|軒|組|冊|本|泊|食|日|か月|ヶ月|カ月|箱|袋|セット|口|頭|部屋|区画|株|匹|杯|点|玉|束|kg|キロ")
_SAME_PER = {"名": "人", "ヶ月": "か月", "カ月": "か月", "キロ": "kg"}
_RATE_BEFORE = lazy_regex.compile(
    rf"(?<![0-9])(?:1|一)(?P<per>{_PER})(?:あたり|当たり|につき|ごと|毎|分)?(?:は|で|の|に|:|：|、)?\s*$"
)
_COUNT = lazy_regex.compile(rf"(?<![0-9.,])(?P<n>[0-9]{{1,4}}|[二三四五六七八九十])(?P<per>{_PER})")
_KANJI_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九十")}


def _whole_number(n: str) -> int:
    """A small count as written: ASCII digits or one kanji (三, 十)."""
    return int(n) if n.isdigit() else _KANJI_DIGIT[n]
_TOTAL_WORD = lazy_regex.compile(r"合計|総額|総計|全部で|合わせて|あわせて|しめて|トータル|(?<![0-9])計|=|＝")
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


@validator("rate_total_mismatch", scope="paragraph", needs=(_TOTAL_WORD,))
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
            if len(between) > 16 or "。" in between or "\n" in between or not _TOTAL_WORD.search(between):
                break
            if abs(rate.value * n - total.value) > 1e-9 and not _deliberate(text, rate.start, total.end):
                yield label.start() + max(0, rate.start - 10), rate.end
                yield count.start(), total.end
            break


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


# 「寄附件数が前年の2倍の4,000件（前年は3,000件）」: a ratio to last time
# (2倍, 倍増, 半分, 3割増, 2割減, 前年比150%, 120%増) that the two figures
# told next to it do not bear out.  The ratio stands right after a word for
# last time (前年の, 昨年比, 去年より, 前回に比べて); the current figure is
# the nearest one after the ratio (2倍の4,000件) or right before it
# (4,000件と前年の2倍); last time's figure is one of the same unit marked as
# last time's (前年は3,000件, 昨年の3,000件) in the sentence or the next.
_RATIO_NUMBER = r"(?P<n>[0-9]+(?:\.[0-9]+)?|[一二三四五六七八九十])"
_RATIO = lazy_regex.compile(
    r"(?:前年度?|昨年度?|去年度?|前回|前月|先月|前期|例年|前年同期|前年同月|前大会|昨シーズン|前シーズン|昨季|前季|前週|先週|"
    # 前年は3,000件。今年はその2倍の4,000件: last time named just before
    r"(?<=[はがも、])その|(?<=[はがも、])そん)"
    r"(?:度)?(?:の|比|比で|比では|より(?:も)?|から|に比べ(?:て)?|と比べ(?:て)?|と比較して|に対して)?\s?"
    r"(?P<approx>約|およそ|ほぼ|ざっと|実に)?\s?"
    r"(?:(?P<times>" + _RATIO_NUMBER + r")倍(?!以上|以下|未満|超)|(?P<double>倍増|倍(?:に|の|と)|倍近)|(?P<half>半分|半減|半数)"
    r"|(?P<wari>[0-9]{1,2}|[一二三四五六七八九])割(?P<wari_dir>増|減|アップ|ダウン|も?増え|も?減っ|減り|増し|ほど増|ほど減)?(?!以上|以下|未満|超|引|程度)"
    r"|(?P<pct>[0-9]{1,4}(?:\.[0-9]+)?)\s?(?:%|パーセント)(?P<pct_dir>増|減|アップ|ダウン|も?増え|も?減っ|減り|の?増加|の?減少)?(?!以上|以下|未満|超|程度))"
    r"(?P<near>近く|近い|ほど|くらい|ぐらい|弱|強|余り|あまり)?"
)


def _small_number(s: str) -> float:
    """A number as a ratio or a share writes it: 3, 1.5, or one kanji (三, 十)."""
    return float(_KANJI_DIGIT[s]) if s in _KANJI_DIGIT else float(s)


_RATIO_TO_FIGURE = lazy_regex.compile(r"[^。！!？?\n0-9]{0,10}$")
_FIGURE_TO_RATIO = lazy_regex.compile(r"[^。！!？?\n0-9]{0,8}")
# 総額3,100万円のご寄附をいただきました（前年比12%増）: the ratio in brackets
# closing the clause that gives the figure.
_FIGURE_TO_BRACKETED_RATIO = lazy_regex.compile(r"[^。！!？?\n0-9()（）]{0,20}[（(]")
# 令和7年度 / 平成30年 / 2024年度: a year a figure is told for (era, number).
_YEAR_LABEL = lazy_regex.compile(r"(?P<era>令和|平成|R|H)?\s?(?P<n>元|[0-9]{1,4})\s?年(?:度)?")
_YEAR_TO_FIGURE = lazy_regex.compile(r"(?:の|は|が|も|:|：|、)?\s?(?:[一-龥ァ-ヶー]{1,8}(?:は|が|の|:|：)?)?\s?(?:約|およそ)?\s?$")


def _year(m) -> tuple[str, int]:
    n = m.group("n")
    return (m.group("era") or "").replace("R", "令和").replace("H", "平成"), 1 if n == "元" else int(n)


def _year_of(text: str, lo: int, start: int) -> tuple[str, int] | None:
    """The one year named in the sentence before a figure (令和7年度は1,240件・総額3,100万円)."""
    years = {_year(y) for y in _YEAR_LABEL.finditer(text, lo, start)
             if not (y.group("era") is None and len(y.group("n")) < 4)}
    return years.pop() if len(years) == 1 else None


def _labelled_year(text: str, q) -> tuple[str, int] | None:
    """The year a figure is told for, named right before it (令和6年度は3,500万円)."""
    for y in _YEAR_LABEL.finditer(text, max(0, q.start - 20), q.start):
        if _YEAR_TO_FIGURE.fullmatch(text, y.end(), q.start) and not (y.group("era") is None and len(y.group("n")) < 4):
            return _year(y)
    return None


def _ratio_of(m) -> tuple[float, bool]:
    """(the ratio current / last time that m states, whether it is rounded)."""
    approx = bool(m.group("approx") or m.group("near"))
    if m.group("times"):
        return _small_number(m.group("n")), approx
    if m.group("double"):
        return 2.0, approx or m.group("double") == "倍近"
    if m.group("half"):
        return 0.5, approx
    if m.group("wari"):
        share = _small_number(m.group("wari")) / 10
        direction = m.group("wari_dir") or ""
        if "増" in direction or "アップ" in direction:
            return 1 + share, approx
        if "減" in direction or "ダウン" in direction:
            return 1 - share, approx
        return share, approx
    share = float(m.group("pct")) / 100
    direction = m.group("pct_dir") or ""
    if "増" in direction or "アップ" in direction:
        return 1 + share, approx
    if "減" in direction or "ダウン" in direction:
        return 1 - share, approx
    return share, approx


@validator("ratio_mismatch", scope="paragraph", needs=(lazy_regex.compile(r"倍|半|割|%|パーセント"),))
def ratio_mismatches(doc):
    text = doc.text
    ratios = list(_RATIO.finditer(text))
    if not ratios:
        return
    found = quantities(text)
    bounds = doc.sentence_bounds
    for m in ratios:
        k = doc.sentence_index(m.start())
        lo, hi = bounds[k][0], bounds[min(k + 1, len(bounds) - 1)][1]
        # last time's figure may close the sentence before (前年は3,000件でした。今年はその2倍…)
        last_lo = bounds[max(k - 1, 0)][0] if m.group().startswith(("その", "そん")) else lo
        after = next((q for q in found if q.start >= m.end()), None)
        before = next((q for q in reversed(found) if q.end <= m.start()), None)
        current = None
        if (after is not None and after.start < bounds[k][1] and not _is_previous(text, after)
                and _RATIO_TO_FIGURE.match(text[m.end():after.start])):
            current = after
        elif (before is not None and before.start >= lo and not _is_previous(text, before)
              and (_FIGURE_TO_RATIO.fullmatch(text, before.end, m.start())
                   or _FIGURE_TO_BRACKETED_RATIO.fullmatch(text, before.end, m.start()))):
            current = before
        if current is None or current.value == 0:
            continue
        # 比率は8.1%（前年度8.4%）: a rate's bracketed figure of last time is
        # last time's rate, not a ratio, and never its own last time
        previous = [q for q in found if q is not current and q.unit == current.unit and last_lo <= q.start < hi
                    and _is_previous(text, q) and q.value > 0 and not (m.start() <= q.start < m.end())]
        if not previous:
            # 令和7年度は3,100万円（前年比12%増）。令和6年度は3,500万円: last
            # time named by the year before the current figure's year
            year = _year_of(text, lo, current.start)
            if year is not None:
                previous = [q for q in found if q is not current and q.unit == current.unit and last_lo <= q.start < hi
                            and q.value > 0 and _labelled_year(text, q) == (year[0], year[1] - 1)]
        if len(previous) != 1:
            continue
        last = previous[0]
        stated, rounded = _ratio_of(m)
        if stated <= 0:
            continue
        actual = current.value / last.value
        rounded = rounded or _approximate(text, current) or _approximate(text, last)
        slack = max(0.08 * stated, 0.04) * (2 if rounded else 1)
        if m.group("pct_dir") or m.group("wari_dir"):
            # 55億円から58億円で「10%増」: a change is judged as a change
            # (5.5 points off), not as a ratio of 1.1 against 1.05
            slack = min(slack, max(0.2 * abs(stated - 1), 0.015) * (2 if rounded else 1))
        if abs(actual - stated) > slack:
            yield min(m.start(), current.start), max(m.end(), current.end)
            yield last.start, last.end


# 「3日間で延べ120人、1日平均60人」: an average that the total and the count
# beside it do not give (120 ÷ 3 = 40).  The average is a quantity right after
# a per-one label with 平均 (1日平均, 1回あたり平均, 平均すると1日, 1人平均);
# the count is the only figure of that kind in the paragraph (3日間, 全5回,
# 20人で); the total is the one figure of the average's unit that is marked as
# a total (延べ, 合計, 計, 累計, 全部で) or, when there is no such mark, the
# only other figure of that unit.  Figures of last time (昨年は…) are left out;
# a rounded average is given more room.
_AVERAGE_PER_UNITS = {"日": "日", "日間": "日", "回": "回", "週": "週", "週間": "週", "か月": "月", "ヶ月": "月", "カ月": "月",
              "ケ月": "月", "か月間": "月", "ヶ月間": "月", "カ月間": "月", "年": "年", "年間": "年", "人": "人", "名": "人",
              "店": "店", "店舗": "店", "校": "校", "世帯": "世帯", "会場": "会場", "公演": "公演", "ステージ": "公演"}
_AVERAGE_PER_WORD = r"(?:1|一)\s?(?P<{}>日|回|週|か月|ヶ月|カ月|ケ月|年|人|名|店舗|店|校|世帯|会場|公演|ステージ)"
_AVERAGE_BEFORE = lazy_regex.compile(
    r"(?:" + _AVERAGE_PER_WORD.format("per") + r"\s?(?:あたり|当たり|につき)?\s?(?:の)?\s?平均(?:で|して|すると|は|が|に(?:いた)?しますと|にすると)?"
    r"|平均(?:で|して|すると|に(?:いた)?しますと|にすると)?\s?(?:、)?\s?" + _AVERAGE_PER_WORD.format("per_after")
    + r"\s?(?:あたり|当たり)?(?:に|で|は)?)\s?(?P<approx>約|およそ|ほぼ)?\s?$"
)
_AVERAGE_COUNT = lazy_regex.compile(
    r"(?<![0-9.,月/／])(?P<n>[0-9]{1,4})\s?"
    r"(?P<unit>日間|か月間|ヶ月間|カ月間|か月|ヶ月|カ月|ケ月|週間|年間|回|人|名|店舗|店|校|世帯|会場|公演|ステージ|日(?=\s?(?:で|に(?:わた|渡)|の(?:期間|会期|日程|開催|間)|間)))"
)
_AVERAGE_TOTAL_MARK = lazy_regex.compile(r"(?:延べ|のべ|合計|総計|総数|総勢|累計|計|合わせて|あわせて|全部で|全体で|トータル|総)(?:で|は|が|:|：)?\s?(?:約|およそ)?\s?$")


def _of_other_time(text: str, start: int, end: int) -> bool:
    return bool(_PREVIOUS_WORD.search(text, start, end))


@validator("average_mismatch", scope="paragraph", needs=(lazy_regex.compile(r"平均"),))
def average_mismatches(doc):
    text = doc.text
    found = quantities(text)
    bounds = doc.sentence_bounds
    averages = []
    for q in found:
        label = _AVERAGE_BEFORE.search(text, max(0, q.start - 18), q.start)
        if label:
            averages.append((label, q))
    if not averages:
        return
    average_spans = {q.start for _, q in averages}
    for label, avg in averages:
        per = _AVERAGE_PER_UNITS[label.group("per") or label.group("per_after")]
        if per == avg.unit or avg.value <= 0:
            continue  # 1人平均3人 says nothing we can check
        k = doc.sentence_index(avg.start)
        lo, hi = _previous_sentence_start(doc, avg.start), bounds[min(k + 1, len(bounds) - 1)][1]
        counts = {int(c.group("n")) for c in _AVERAGE_COUNT.finditer(text, lo, hi)
                  if _AVERAGE_PER_UNITS[c.group("unit")] == per and not (label.start() <= c.start() < avg.start)
                  and c.start() not in average_spans}
        counts.discard(1)
        if len(counts) != 1:
            continue
        count = counts.pop()
        others = [q for q in found if q.unit == avg.unit and q.start not in average_spans and lo <= q.start < hi
                  and not (per == "人" and q.value == count)]
        marked = [q for q in others if _AVERAGE_TOTAL_MARK.search(text, max(0, q.start - 8), q.start)]
        candidates = marked or others
        if len(candidates) != 1:
            continue
        total = candidates[0]
        first = min(doc.sentence_at(total.start)[0], doc.sentence_at(avg.start)[0])
        last = max(total.end, avg.end)
        if _of_other_time(text, first, last) or total.value <= avg.value:
            continue
        actual = total.value / count
        rounded = bool(label.group("approx")) or _rounded(text, avg) or _rounded(text, total)
        slack = max(1.0, actual * (0.25 if rounded else 0.12))
        if abs(actual - avg.value) > slack:
            yield total.start, total.end
            yield label.start(), avg.end


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


@validator("restated_share_mismatch", needs=(lazy_regex.compile(r"つまり|すなわち|要するに|言い換え|いいかえ|=|＝"),))
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


# 「3km・5km・10km・ハーフの全3種目」「全4コース（A・B・C）」: a count of
# kinds (種目, 種類, コース, 部門, 品目 …) that the items listed with it do
# not bear out.  The list is two or more short items joined by ・ (or 、 / ／)
# right before 〜の(全|計)N種目, or in brackets right after it.  A list left
# open (など, 等, ほか, をはじめ) or a count of something else (各, うち,
# 残り, 新たに) says nothing about the total.
_KIND_COUNT_WORD = (r"種目|種類|項目|コース|部門|品目|競技|講座|教室|会場|地区|エリア|ルート|メニュー|プラン|"
                    r"か所|カ所|ヶ所|箇所")
_KIND_COUNT = lazy_regex.compile(
    r"(?P<lead>の)?\s?(?P<all>全|計|合計|全部で)?\s?(?P<n>[0-9]{1,2}|[二三四五六七八九十])\s?(?P<kind>" + _KIND_COUNT_WORD + r")"
)
_LIST_ITEM_TEXT = r"[^・、,／/。！!？?\n「」『』()（）:：]{1,14}"
_LIST_BEFORE = lazy_regex.compile(
    rf"(?P<items>{_LIST_ITEM_TEXT}(?:\s?(?P<sep>[・、,／/])\s?{_LIST_ITEM_TEXT}){{1,11}})$"
)
_LIST_IN_BRACKETS = lazy_regex.compile(
    rf"\s?[(（](?P<items>{_LIST_ITEM_TEXT}(?:\s?[・、,／/]\s?{_LIST_ITEM_TEXT}){{1,11}})[)）]"
)
_LIST_OPEN = lazy_regex.compile(r"など|等|ほか|他|をはじめ|を含む|含め|以外|その他|うち|残り|各|新た|追加|一部|例えば|たとえば|…|\.\.\.")
_ITEM_TOPIC = lazy_regex.compile(r"(?:は|も|が|で|に|を|から|より|では|には)$")


def _listed(items: str, bracketed: bool, counted: bool) -> int | None:
    """How many items a list names; None when it may not be a plain list.
    `counted`: the count says 全 / 計."""
    if _LIST_OPEN.search(items):
        return None
    sep = next((c for c in "・／/" if c in items), None)
    if sep:
        # the first chunk may carry the sentence's topic (今年は3km・5km):
        # still one item
        parts = items.split(sep)
        if any(c in p for p in parts[1:] for c in "、,・／/"):
            return None  # A・B、C・D: items of two levels
    else:
        # 、 also closes a clause (死角をなくすため、鹿本地区の5か所): only a
        # list of three or more short items with 全 / 計 is read as a list
        parts = re.split("[、,／/]", items)
        if not bracketed and (_ITEM_TOPIC.search(parts[0].strip()) or len(parts[0].strip()) > 8):
            parts = parts[1:]
        if not counted or len(parts) < 3 or any(len(p.strip()) > 8 for p in parts):
            return None
    if any(not p.strip() or _ITEM_TOPIC.search(p.strip()) for p in parts[1:]):
        return None
    return len(parts) if len(parts) >= 2 else None


@validator("listed_count_mismatch", scope="paragraph", needs=(lazy_regex.compile(_KIND_COUNT_WORD),))
def listed_count_mismatches(doc):
    text = doc.text
    for m in _KIND_COUNT.finditer(text):
        n = m.group("n")
        n = _whole_number(n)
        if m.group("lead"):
            listed = _LIST_BEFORE.search(text, max(0, m.start() - 80), m.start())
            if listed and not re.search(r"各|毎|ずつ", text[m.end():m.end() + 2]):
                count = _listed(listed.group("items"), False, bool(m.group("all")))
                if count is not None and count != n:
                    yield listed.start("items"), m.end()
                    continue
        if m.group("all"):
            bracket = _LIST_IN_BRACKETS.match(text, m.end())
            if bracket:
                count = _listed(bracket.group("items"), True, True)
                if count is not None and count != n:
                    yield m.start("all"), bracket.end()


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
    bounds = doc.sentence_bounds
    for m in shares:
        if m.group("word").endswith(_NOT_A_SHARE_WORD) or m.group("near") in ("台", "以上", "以下", "未満", "超"):
            continue
        k = doc.sentence_index(m.start())
        lo = bounds[max(k - 1, 0)][0]
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


# 「100%上がらない」「100%イノシシは入ってこん」「漏れることは100%ありません」:
# 100% said of what will (not) happen is a promise no office can keep.  A
# percentage that measures something is no promise: 果汁100%, 成功率100%,
# 全量(100%) stand right after their noun, and 100%山鹿産です / 100%をめざして /
# 100%に達した go on with a noun and a copula or a particle.  The promise is
# 100% followed by a verb or an adjective — directly, or after one noun and
# が/は/も/に (100%アトピーが治る), or as a サ変 noun with する when it is
# denied or told possible (100%倒壊しません, 100%予防できる).  A certainty
# denied after it (100%防げるわけではありません) is the honest hedge.
_HUNDRED_PERCENT = lazy_regex.compile(
    r"(?<![一-龥ァ-ヶーA-Za-z(（=＝:：])(?:100|百)\s?(?:%|パーセント|パー(?![ト-ドク-グツマテ]))"
)
_CERTAINTY_DENIED = lazy_regex.compile(
    r"[^。！!？?\n]{0,14}?(?:わけ(?:では|じゃ|や)な|わけ(?:では|じゃ)ありませ|訳ではな|とは(?:限ら|限り|言え|いえ|言い切れ)|"
    r"ものではな|ことはできませ|保証(?:は)?(?:でき|しか)|かどうか)"
)
_TOPIC_PARTICLES = frozenset({"が", "は", "も", "に", "でも", "には", "にも"})
_DESCRIBING_VERBS = frozenset({"使う", "使用", "用いる", "含む", "含める", "する", "成る", "なる", "出来る", "できる", "御座る", "ござる", "有る", "ある"})


def _negated_or_possible(tokens, i: int) -> bool:
    for t in tokens[i + 1:i + 5]:
        if t.pos[0] == "補助記号" or t.surface in ("。", "、"):
            return False
        if t.lemma in ("ない", "ぬ", "ず", "ん") or t.surface in ("ない", "ん", "ず", "ませ", "なか", "ねー", "ねえ", "こん", "らん", "せん") \
                or t.lemma in ("出来る", "できる") or t.surface.startswith("でき"):
            return True
    return False


@validator("hundred_percent_promise", needs=(_HUNDRED_PERCENT,))
def hundred_percent_promises(doc):
    text = doc.text
    for m in _HUNDRED_PERCENT.finditer(text):
        lo, hi = doc.sentence_at(m.start())
        tokens = [t for t in doc.tokens_between(m.end(), hi) if t.start >= m.end()]
        i, nouns = 0, 0
        while i < len(tokens) and tokens[i].pos[0] in ("名詞", "代名詞", "接尾辞") and tokens[i].pos[1] != "数詞" and nouns < 3:
            i, nouns = i + 1, nouns + 1
        if nouns:
            if i >= len(tokens) or tokens[i].surface not in _TOPIC_PARTICLES:
                # a サ変 noun told with する: 100%倒壊しません / 100%予防できる
                if not (nouns == 1 and i < len(tokens) and tokens[i].lemma in ("する", "出来る", "できる")
                        and tokens[0].pos[2:3] == ("サ変可能",) and _negated_or_possible(tokens, i - 1)):
                    continue
                i -= 1  # the noun is the predicate
            else:
                i += 1
        if i >= len(tokens):
            continue
        head = tokens[i]
        if nouns and head.pos[0] == "名詞":
            pass  # 倒壊 (checked above)
        elif head.pos[0] == "形状詞" and not nouns:
            # 100%きれいになる / 100%安全にできる: a state promised, not 100%きれいな水 described
            if not (i + 2 < len(tokens) and tokens[i + 1].surface == "に"
                    and tokens[i + 2].lemma in ("成る", "なる", "出来る", "できる", "する")):
                continue
            i += 2
            head = tokens[i]
        elif head.pos[0] not in ("動詞", "形容詞"):
            continue
        elif head.lemma in _DESCRIBING_VERBS and not _negated_or_possible(tokens, i):
            continue
        end = head.end
        for t in tokens[i + 1:]:  # 100%ありません, 100%入ってこん: the whole predicate
            if not (t.pos[0] == "助動詞" or t.pos[1] == "非自立可能" or t.surface in ("て", "で", "こん")):
                break
            end = t.end
        if _CERTAINTY_DENIED.match(text, end):
            continue
        yield m.start(), end


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
    r"(?P<n>[0-9]{1,3})\s?(?:種類|種|杯|個|本|枚|人|名|回|品|皿|袋|食|缶|瓶|点|冊|コース|泊)(?:分|入り)?(?:セット|組)?"
    r"(?:で|が|:|：)?\s?(?:計|合計|総額|しめて)?\s?$"
)


@validator("per_piece_price_mismatch", scope="paragraph", needs=(lazy_regex.compile(r"あたり|当たり"),))
def per_piece_price_mismatch(doc):
    text = doc.text
    yen = [q for q in quantities(text) if q.unit == "円"]
    pieces, sets = [], []
    for q in yen:
        if _rough(text, q):
            continue
        per = _PER_PIECE_BEFORE.search(text, max(0, q.start - 10), q.start)
        if per:
            if not _ROUGH_BEFORE.search(per.group()):
                pieces.append((per.start(), q))
            continue
        bundle = _SET_BEFORE.search(text, max(0, q.start - 14), q.start)
        if bundle and int(bundle.group("n")) >= 2:
            sets.append((bundle.start(), int(bundle.group("n")), q))
    for per_start, piece in pieces:
        near = [(start, n, total) for start, n, total in sets
                if _previous_sentence_start(doc, per_start) <= start and total.end <= doc.sentence_at(per_start)[1]]
        if len(near) != 1:
            continue  # no set beside it, or several to choose from
        start, n, total = near[0]
        if abs(total.value / n - piece.value) >= 1:
            yield start, total.end
            yield per_start, piece.end


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


# 「特定健診の自己負担は500円です。…受付で自己負担金800円をお持ちください」:
# one named charge (自己負担, 参加費, 受講料 …) told twice in a paragraph with
# two amounts.  Tiers and conditions (大人/子ども, 会員/一般, 前売/当日券,
# 市外の方, 1回/1か月, 2人目), a change (から, 値上げ, 昨年は), a cap or a
# discount, and two things named before the charge (健診の〜 / 検診の〜) make
# two amounts that may both be true: left alone.
_CHARGE = lazy_regex.compile(
    r"(?P<name>自己負担|参加費|受講料|入場料|入館料|入園料|利用料|使用料|年会費|会費|材料費|手数料|保育料|観覧料|体験料)"
    r"(?:金|額)?(?:は|が|も|:|：|の|として)?\s*(?:お一人|1人|一人)?(?:あたり|当たり)?\s*$"
)
_CHARGE_TIER = lazy_regex.compile(
    r"大人|おとな|子ども|子供|こども|小人|幼児|小学生|中学生|高校生|大学生|学生|一般|会員|シニア|高齢|歳|才|以上|未満|以下|障が|障害|"
    r"前売|当日(?:券|料金|払い|価格)|市内|市外|県外|ペア|家族|グループ|団体|2人目|二人目|[0-9一二]回|[0-9一]日|か月|ヶ月|カ月|月額|年額|年間|"
    r"午前|午後|コース|部|延長|超過|追加|変更|改定|改正|から|→|⇒|値上|値下|昨年|前年|去年|従来|これまで|今まで|以前|旧|新|"
    r"無料|割引|割引き|半額|上限|最大|差額|税込|税抜|税別|補助|助成|減免|免除|ほか|別途|材料|保険|プラス|合計|計"
)
# 大腸がん検診の自己負担: the thing charged for (a noun ending in kanji or
# katakana, so 会場では is no topic)
_CHARGE_TOPIC = lazy_regex.compile(r"(?P<noun>[一-龥ァ-ヶーぁ-ゖ]{1,9}[一-龥ァ-ヶー])の\s*$")


def _charges(doc, text: str, found: list[Quantity]):
    for q in found:
        if q.unit != "円" or _approximate(text, q):
            continue
        name = _CHARGE.search(text, max(0, q.start - 16), q.start)
        if not name:
            continue
        lo = doc.sentence_at(q.start)[0]
        around_start = max(lo, name.start() - 10)
        if _CHARGE_TIER.search(text, around_start, q.start) or _CHARGE_TIER.match(text, q.end, q.end + 4) \
                or re.match(r"\s*(?:ずつ|まで|から|以上|以下|未満|程度|増|減|引|割|の(?:割引|補助|助成))", text[q.end:q.end + 6]):
            continue
        topic = _CHARGE_TOPIC.search(text, max(lo, name.start() - 12), name.start())
        yield name.group("name"), name.start(), q, (topic.group("noun") if topic else None)


@validator("charge_told_twice", scope="paragraph", needs=(lazy_regex.compile(r"自己負担|参加費|受講料|入場料|入館料|入園料|利用料|使用料|会費|材料費|手数料|保育料|観覧料|体験料"),))
def charge_told_twice(doc):
    text = doc.text
    charges = list(_charges(doc, text, quantities(text)))
    for i, (name, start, q, topic) in enumerate(charges):
        for other_name, other_start, other, other_topic in charges[i + 1:]:
            if other_name != name or other.value == q.value:
                continue
            if topic and other_topic and topic != other_topic:
                continue
            yield start, q.end
            yield other_start, other.end
            return
