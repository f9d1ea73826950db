"""How the figures checks of item 5.4 (正確な記述・誤解を招かない,
ガイドライン5(4)) read a figure, and the words around one that they all weigh.

Every figures_*.py module compares figures told in one draft; each needs the
same things, kept here once so that they read a figure the same way:

- `quantities(text)`: every number with its unit (5万2千人, 2億1,300万円,
  3.2m, 85けん), its value in one unit per kind (万円 and 円 alike, km and m
  alike), and, for figures_thresholds, whether a noun makes it a threshold
  (氾濫危険水位（2.8m）) and what the sentence claims against it (には達して
  いません).  Reading the threshold here keeps the one pass over the text
  the other checks already make.
- `_draft_quantities(draft)`: the same for the two text-wide checks
  (figures_thresholds, figures_trends), found paragraph by paragraph and
  remembered, so a re-check after an edit reads only the edited paragraph.
- the hedges that make a figure no sum to check: rough (約, ほど, 以上:
  `_approximate`, `_rough`, `_rounded`) and last time's (前年は, 昨年の:
  `_is_previous`, `_PREVIOUS_WORD`);
- small numbers as a share or a count writes them (三, 十, 1.5).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lazy_regex
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
    # animals counted in a nature post: ホタル300匹, 白鳥12羽
    "匹": "匹", "羽": "羽",
    # trees and bottles, plants, sandbags, buildings: 苗木120本, 苗300株, 土のう10袋, 仮設住宅3棟
    "本": "本", "株": "株", "袋": "袋", "棟": "棟",
    # a gift's weight, farmland's area, copies of a certificate: 馬刺し300g, 遊休農地120ha, 住民票3通
    "g": "g", "グラム": "g", "ha": "ha", "ヘクタール": "ha", "通": "通",
    # sets of a ふるさと納税 gift: 限定200セット
    "セット": "セット",
    # votes of an election count: 投票総数18,240票のうち有効投票18,030票
    "票": "票",
}
_QUANTITY = lazy_regex.compile(
    # 5万2千人, 2億1,300万円: kanji multipliers are read as one number.
    r"(?<![0-9.])(?P<num>(?:(?<![0-9])(?<![0-9][,.])[0-9][0-9,]*(?:\.[0-9]+)?[億万千]){1,3}(?:(?<![0-9])(?<![0-9][,.])[0-9]+)?|"
    r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|(?<![0-9])(?<![0-9][,.])[0-9]+(?:\.[0-9]+)?)\s*"
    r"(?P<unit>マイクロシーベルト|ヘクトパスカル|キロメートル|ヘクタール|グラム|パーセント|メートル|センチ|ミリ|キロ|トン|"
    r"世帯|万円|億円|店舗|セット|か所|カ所|ヶ所|ケ所|箇所|m/s|μSv|hPa|ppm|°C|km|cm|mm|kg|ha|g|m|t|℃|度|%|人|名|件|円|台|戸|冊|席|回|個|枚|頭|匹|羽|社|校|軒|組|店|食(?![べ事堂品器費材料卓])|"
    # (5本目 is a rank, 1本化 and 3本柱 no count; 1株式 and 2株主 are no plants)
    r"本(?![目化柱立部店社番日当来])|通(?![り目一-龥])|株(?![式主価券])|袋|棟(?!梁)|票(?!差)|"
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
_NUMBER_PART = lazy_regex.compile(r"((?<![0-9])(?<![0-9][,.])[0-9][0-9,]*(?:\.[0-9]+)?)([億万千]?)")


def _number(written: str) -> float:
    """2億1,300万 → 213000000.0; 5万2千 → 52000.0; 1,200 → 1200.0."""
    return sum(float(n.replace(",", "")) * _MULTIPLIER[mult] for n, mult in _NUMBER_PART.findall(written))


# Every _QUANTITY match starts with a digit that follows no digit (nor a
# decimal point): at the start of a run of digits.
_DIGITS = lazy_regex.compile(r"(?<![0-9])(?<![0-9][,.])[0-9]+")


def _quantity_matches(text: str):
    """_QUANTITY.finditer(text), tried only where a run of digits starts.
    _QUANTITY opens with a look-behind, so re cannot skip ahead to a digit
    by itself and tries its alternatives at every character; runs of digits
    are found by one quick scan."""
    pos = 0
    for run in _DIGITS.finditer(text):
        if run.start() < pos:
            continue  # a run inside the quantity just found
        m = _QUANTITY.match(text, run.start())
        if m:
            yield m
            pos = m.end()


# The quantities of the last paragraphs read: a dozen figures validators ask
# for those of the same paragraph, one after the other.
_QUANTITIES_KEPT = 8
_quantities_of: dict[str, tuple] = {}


def quantities(text: str, matches=None) -> list[Quantity]:
    """The quantities of `text`; `matches`: _QUANTITY's matches in it, when
    the caller has them."""
    if matches is not None:
        return _read_quantities(text, matches)
    found = _quantities_of.get(text)
    if found is None:
        if len(_quantities_of) >= _QUANTITIES_KEPT:  # (clear() is atomic; threads may share it)
            _quantities_of.clear()
        found = _quantities_of[text] = tuple(_read_quantities(text, _quantity_matches(text)))
    return list(found)


def _read_quantities(text: str, matches) -> list[Quantity]:
    out = []
    for m in matches:
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
_QUANTITY_BY_PARAGRAPH = ParagraphSpans(lambda text: (m.span() for m in _quantity_matches(text)))
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
    return doc.sentences_around(doc.sentence_index(pos), 1, 0)[0]


# -- hedges: a figure told roughly is no sum to check ------------------------

# 約50人, 50人以上, 50人ほど, うち50人, 延べ50人: a hedge word in the three
# characters before the figure or right after it.
_APPROX = lazy_regex.compile(r"約|およそ|ほぼ|以上|以下|未満|程度|ほど|余り|あまり|超|強|弱|前後|くらい|ぐらい|うち|内訳|のべ|延べ")


def _approximate(text: str, q: Quantity) -> bool:
    return bool(_APPROX.search(text, max(0, q.start - 3), q.start) or _APPROX.match(text, q.end)
                or _APPROX.match(text, q.end, q.end + 3))


# (figures_part_of_whole and figures_amounts; figures_trends weighs
# _ROUGH_BEFORE against how far the figures lie apart)
_ROUGH_BEFORE = lazy_regex.compile(r"約|およそ|ほぼ|超")
_OPEN_OR_ROUGH_AFTER = lazy_regex.compile(r"\s*(?:以上|以下|未満|程度|ほど|前後|くらい|ぐらい|余り|あまり|強|弱|足らず|近く|超)")


def _rough(text: str, q: Quantity) -> bool:
    """約50人, 40人ほど, 10人以上: no figure to do sums with (うち before it is no hedge)."""
    return bool(_ROUGH_BEFORE.search(text, max(0, q.start - 3), q.start) or _OPEN_OR_ROUGH_AFTER.match(text, q.end))


# Rounded but not open: 約32万人 may be 31.5万–32.5万 (figures_totals,
# figures_averages and figures_shares give such figures more room).
_ROUNDED = lazy_regex.compile(r"約|およそ|ほぼ|程度|ほど|くらい|ぐらい|前後")


def _rounded(text: str, q: Quantity) -> bool:
    return bool(_ROUNDED.search(text, max(0, q.start - 3), q.start) or _ROUNDED.match(text, q.end, q.end + 3))


# -- last time's figures: 前年は3,000件 is no figure of this time ---------------

_PREVIOUS = lazy_regex.compile(
    r"(?:前年|昨年|去年|前回|先月|前月|前年度|昨年度|例年|前大会|昨シーズン|前シーズン|昨季|前季|前週|先週)(?:度)?(?:同月|同期|同時期|同時点|同日|同週|の同じ時期)?(?:の)?(?:大会|開催|実績|記録|調査|参加者数?|来場者数?)?"
    r"(?:比|の|は|が)?\s*[（(:：]?\s*(?:約|およそ)?$"
)
_PREVIOUS_WORD = lazy_regex.compile(r"前年度?|昨年度?|去年|前回|先月|前月|例年|前大会|昨シーズン|前シーズン|昨季|前季|前週|先週")


def _is_previous(text: str, q: Quantity) -> bool:
    return bool(_PREVIOUS.search(text[max(0, q.start - 12):q.start]))


# -- what is counted ------------------------------------------------------------

# Places left (残り5名, 残席わずか3席): the places-left checks read them, and
# capacity_told_twice leaves them to those checks.
_LEFT_BEFORE = lazy_regex.compile(r"(?:残り|残席|残数|空き|あと)(?:は|が|も)?(?:あと|残り)?(?:わずか)?\s*$")
# Units of things counted one by one, that a whole can be split into or a
# share taken of (figures_totals, figures_shares).
_SPLIT_UNITS = frozenset({"人", "件", "回", "台", "戸", "世帯", "組", "個", "枚", "冊", "頭", "社", "校", "軒", "km", "m", "か所",
                          "本", "株", "袋", "棟", "g", "ha"})


# -- small numbers as a count, a ratio or a share writes them ------------------

_KANJI_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九十")}


def _whole_number(n: str) -> int:
    """A small count as written: ASCII digits or one kanji (三, 十)."""
    return int(n) if n.isdigit() else _KANJI_DIGIT[n]


def _small_number(s: str) -> float:
    """A number as a ratio or a share writes it: 3, 1.5, or one kanji (三, 十)."""
    return float(_KANJI_DIGIT[s]) if s in _KANJI_DIGIT else float(s)
