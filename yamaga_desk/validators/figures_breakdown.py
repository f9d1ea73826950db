"""A total told with its word and then broken down, the breakdown not bearing it out (item 5.4).

- 全部で120本（内訳：サクラ50本、モミジ40本、ヤマツツジ20本）: a list named 内訳 is the
  whole split, so its sum must be the total.
- 全部で412件。うち相続が180件、消費生活が150件、近隣トラブルが120件: a list after うち
  is a subset, which may leave some out, but it cannot hold more than the total.
- 全部で120玉、4校に30玉ずつ届けて、残り20玉は試食: shares (4 × 30) and what is left
  over must come back to the total (shares_against_total).
- 3つの保育園を訪問。午前に2園、午後に2園: places counted with つ split into the
  halves of the day must come back to the count (halves_against_count).

figures_totals reads the totals whose counter figures_common knows (人, 件, 台 …);
this reads any counter (本, 株, 袋, 棟 …) and the うち list that runs past its total,
which figures_totals leaves alone as a subset.  Rounded or open figures (約, 以上,
ほど, など) make no sum, and neither does a list with a second うち (nested subsets).
"""

from __future__ import annotations

import re

from .. import lazy_regex
from .figures_common import _number
from .figures_totals import _COMPLEMENTS
from .registry import validator

# A counted quantity: the number and the counter right after it.
_COUNT = lazy_regex.compile(
    r"(?<![0-9.,])(?P<num>(?<![0-9])(?<![0-9][,.])[0-9][0-9,]*(?:\.[0-9]+)?(?:万[0-9,]*)?)\s*"
    r"(?P<unit>か所|カ所|ヶ所|箇所|世帯|店舗|区画|団体|チーム|人|名|件|本|株|台|戸|組|個|枚|冊|頭|匹|羽|社|校|軒|袋|箱|基|棟|席|点|通|品|着|足|回|ha|ヘクタール)"
    # not an ordinal or a rate: 3本目, 5名様, 2人分, 1本化, 1人あたり
    r"(?![0-9A-Za-z]|目|様|分|化|当たり|あたり|ずつ|毎|以)"
)
_SAME_UNIT = {"名": "人", "カ所": "か所", "ヶ所": "か所", "箇所": "か所", "店舗": "店", "ヘクタール": "ha"}
# The word that makes a figure a total, right before it.
_TOTAL_BEFORE = lazy_regex.compile(r"(?:全部で|合計|総計|総数|総勢|合わせて|あわせて|全体で|(?<![一-龥])計|(?<![一-龥ァ-ヶ])全)(?:は|で|が|:|：)?\s*$")
# 回答者120人のうち / 出場は62頭で、そのうち: a whole named by who or what it
# counts, opened into a subset right after it (のうち is read only here: after
# any figure it is as often "among", 3人のうち1人).
_WHOLE_NAMED_BEFORE = lazy_regex.compile(
     r"(?:委員|会員|組合員|回答者|回答数|参加者|参加数|応募者|応募数|来場者|利用者|対象者|受講者|出場者?|出場数|出席者|申込者|申込数|登録者|受診者|入居者?|在籍者?|出品数?)"
    r"(?:数)?(?:は|が|:|：)?\s*$")
# 委員14名中、出席9名: 中 opens it as うち does
_WHOLE_OPENED = lazy_regex.compile(r"\s*(?:(?:の|で[、,]?(?:その)?|[、,](?:その)?)うち|中(?=[、,]))")
# Such a subset may list overlapping kinds (参加者90人のうち、女性が55人、70歳
# 以上が40人); only parts that exclude each other must stay within the whole:
# answers quoted as choices (「満足」85人、「不満」15人) or the two sides of one
# divide (雄・雌, 市内・市外).
_QUOTED_CHOICE = lazy_regex.compile(r"[」』]\s*(?:が|は|:|：)?\s*$")


def _part_labels(text: str, start: int, parts: list) -> list[str]:
    """What stands before each part of a list opened at `start`."""
    labels, at = [], start
    for q in parts:
        labels.append(text[at:q.start()])
        at = q.end()
    return labels


def _one_side_each(labels: list[str], pair: set) -> bool:
    """Each label names exactly one side of `pair` (a divide of figures_totals._COMPLEMENTS)."""
    return all(sum(side in label for side in pair) == 1 for label in labels)


def _both_sides(text: str, start: int, parts: list) -> bool:
    """Two parts that are the two sides of one divide (出席・欠席, 男性・女性):
    together they are the whole."""
    labels = _part_labels(text, start, parts)
    return len(parts) == 2 and any(_one_side_each(labels, pair)
                                   and all(any(side in label for label in labels) for side in pair) for pair in _COMPLEMENTS)


def _exclusive_parts(text: str, start: int, parts: list) -> bool:
    """The parts of a named whole's subset exclude each other (see above):
    each labelled by a quoted choice, or by one side of a pair that leaves
    nobody out (figures_totals._COMPLEMENTS); `start`: where the list opens."""
    labels = _part_labels(text, start, parts)
    if all(_QUOTED_CHOICE.search(label) for label in labels):
        return True
    return any(_one_side_each(labels, pair) for pair in _COMPLEMENTS)


# The word that opens the breakdown, and how the list may run: 内訳 is the whole split,
# うち a subset.
# そのうち opens one only right after the total's clause (全20回、そのうち米飯が14回);
# elsewhere it is "some day".
_OPENER = lazy_regex.compile(r"内訳|(?<![ぁ-ゖ])うち|(?<=[、,。\s])そのうち")
# A figure that is no exact count: 約50本, 50本以上, 40件ほど.
_ROUGH_BEFORE = lazy_regex.compile(r"(?:約|およそ|ほぼ|延べ|のべ|最大|最低|少なくとも)\s*$")
_ROUGH_AFTER = lazy_regex.compile(r"\s*(?:以上|以下|未満|程度|ほど|前後|くらい|ぐらい|余り|あまり|強|弱|超|近く|足らず|ずつ|増|減)")
# An open list: なども, ほか, その他 leave parts out of 内訳.
_OPEN_LIST = lazy_regex.compile(r"など|ほか|他|その他|等")
# うち鹿北45ha、菊鹿38ha、その他22ha: a subset list closed by the rest is the whole split.
_REST_LABEL = lazy_regex.compile(r"(?:その他|そのほか|その外|それ以外|残り|ほか)(?:の[一-龥ァ-ヶー]{1,4})?(?:が|は|:|：)?\s*$")


def _unit(m) -> str:
    return _SAME_UNIT.get(m.group("unit"), m.group("unit"))


def _rough(text: str, m) -> bool:
    return bool(_ROUGH_BEFORE.search(text, max(0, m.start() - 5), m.start()) or _ROUGH_AFTER.match(text, m.end()))


def _list_end(text: str, start: int) -> int:
    """Where the breakdown opened at `start` ends: its sentence or its bracket."""
    stop = re.compile(r"[。!?！？\n)）]")
    m = stop.search(text, start)
    return m.start() if m else len(text)


@validator("breakdown_against_total", scope="paragraph")
def breakdown_against_total(doc):
    text = doc.text
    counts = list(_COUNT.finditer(text))
    for k, total in enumerate(counts):
        if _rough(text, total):
            continue
        named_whole = False
        if _TOTAL_BEFORE.search(text, max(0, total.start() - 8), total.start()):
            # the opener within the next 40 characters, no other figure of the unit between
            opener = _OPENER.search(text, total.end(), min(len(text), total.end() + 40))
        elif _WHOLE_NAMED_BEFORE.search(text, max(0, total.start() - 8), total.start()):
            opener, named_whole = _WHOLE_OPENED.match(text, total.end()), True
        else:
            continue
        if opener is None:
            continue
        if any(_unit(q) == _unit(total) and total.end() <= q.start() < opener.start() for q in counts[k + 1:]):
            continue
        end = _list_end(text, opener.end())
        parts = []
        for q in counts[k + 1:]:
            if q.start() < opener.end() or q.end() > end:
                continue
            if _TOTAL_BEFORE.search(text, max(0, q.start() - 8), q.start()):
                break  # …の計1000人: the total told again closes the list
            parts.append(q)
        if len(parts) < 2 or any(_unit(q) != _unit(total) for q in parts) or any(_rough(text, q) for q in parts):
            continue
        listed = text[opener.end():end]
        if _OPENER.search(listed) or re.search(r"そのうち|うち", listed):
            continue  # a subset of a subset: the parts overlap
        whole = _number(total.group("num"))
        summed = sum(_number(q.group("num")) for q in parts)
        # 内訳, a うち list closed by その他, or the two sides of a divide: the whole split
        exact = opener.group() == "内訳" or bool(_REST_LABEL.search(text, parts[-2].end(), parts[-1].start())) \
            or (named_whole and _both_sides(text, opener.end(), parts))
        if exact and abs(summed - whole) > 1e-9 and not (summed < whole and _OPEN_LIST.search(text, parts[-1].end(), min(len(text), end + 4))):
            yield total.start(), parts[-1].end()
        elif not exact and summed > whole + 1e-9 and not (named_whole and not _exclusive_parts(text, opener.end(), parts)):
            yield total.start(), parts[-1].end()


# 全部で120玉、4校に30玉ずつ届けて、残り20玉は試食: a total shared out so many to
# each (4 × 30) with what is left over (残り) must come back to the total; with
# nothing left over told, the shares alone cannot run past it.  Any counter
# (玉, 箱, 袋 …), the same one for the total, the share and the rest.
_SHARED_TOTAL = lazy_regex.compile(
    r"(?:全部で|合計|総計|総数|合わせて|あわせて|全体で|計)(?:は|で|が|:|：)?\s*"
    r"(?P<num>(?<![0-9])(?<![0-9][,.])[0-9][0-9,]*)\s*(?P<unit>[一-龥]|[ァ-ヶー]{1,4}|こ|つ)(?![0-9])"
)
_SHARE_EACH = lazy_regex.compile(
    r"(?<![0-9.,約])(?P<m>[0-9]{1,3})\s*(?:つの|か所の|軒の)?\s*(?:か所|カ所|ヶ所|箇所|世帯|店舗|地区|団体|チーム|クラス|学級|人|名|校|園|店|社|軒|戸|班|組|家族|施設|館|所)"
    r"(?:に|へ|で|の|に各|へ各)\s*(?:各)?\s*(?P<n>(?<![0-9])(?<![0-9][,.])[0-9][0-9,]*)\s*(?P<unit>[一-龥]|[ァ-ヶー]{1,4}|こ|つ)ずつ"
)
_LEFT_OVER = lazy_regex.compile(r"(?:残り|残った|余り|あまり)(?:の)?\s*(?P<r>(?<![0-9])(?<![0-9][,.])[0-9][0-9,]*)\s*(?P<unit>[一-龥]|[ァ-ヶー]{1,4}|こ|つ)(?![0-9])")
_SHARE_ROUGH = lazy_regex.compile(r"(?:約|およそ|ほぼ|ほど|程度|前後|くらい|ぐらい|以上|以下|未満|余り|あまり|近く|超)")


@validator("shares_against_total", scope="paragraph", needs=(lazy_regex.compile("ずつ"),))
def shares_against_total(doc):
    text = doc.text
    for total in _SHARED_TOTAL.finditer(text):
        if _SHARE_ROUGH.search(text, max(0, total.start() - 3), total.start("num")) or _SHARE_ROUGH.match(text, total.end()):
            continue
        window_end = min(len(text), total.end() + 60)
        share = _SHARE_EACH.search(text, total.end(), window_end)
        if share is None or share.group("unit") != total.group("unit"):
            continue
        if _SHARED_TOTAL.search(text, total.end(), share.start()):
            continue  # another total between: the share belongs to it
        shared = int(share.group("m")) * _number(share.group("n"))
        whole = _number(total.group("num"))
        rest = _LEFT_OVER.search(text, share.end(), min(len(text), share.end() + 40))
        if rest is not None and rest.group("unit") == total.group("unit") and not _SHARE_ROUGH.match(text, rest.end()):
            if abs(shared + _number(rest.group("r")) - whole) > 1e-9:
                yield total.start(), rest.end()
        elif shared > whole + 1e-9:
            yield total.start(), share.end()


# 「3つの保育園を訪問しました。午前に2園、午後に2園を回り」: places counted
# with つ / か所 (a count quantities does not read), then split into the two
# halves of one day or span by the kind's own counter (園, 校, 館…), the
# halves not adding up to the count.  Only halves that leave nothing out
# (午前・午後, 前半・後半): a part told alone (午前に2園) may leave some out.
_KIND_COUNTED = lazy_regex.compile(
    r"(?<![0-9])(?P<n>[0-9]{1,2}|[二三四五六七八九十])\s*(?:つ|か所|カ所|ヶ所)の[一-龥ァ-ヶー]{0,6}?"
    r"(?P<ctr>保育園|幼稚園|こども園|小学校|中学校|高校|学校|公民館|図書館|施設|店舗|事業所|団地|集落|農家)")
_COUNTER_OF = {"保育園": "園", "幼稚園": "園", "こども園": "園", "小学校": "校", "中学校": "校", "高校": "校", "学校": "校",
               "公民館": "館", "図書館": "館", "施設": "施設", "店舗": "店", "事業所": "事業所", "団地": "団地",
               "集落": "集落", "農家": "軒"}
_HALF_PART = r"(?P<{g}>午前|午後|前半|後半)(?:に|は|で|中に)?\s*(?P<{g}n>[0-9]{{1,2}})\s*(?P<{g}c>[一-龥]{{1,3}})"
_HALVES = lazy_regex.compile(_HALF_PART.format(g="a") + r"[^。!?！？\n]{0,6}?" + _HALF_PART.format(g="b"))
_KANJI_DIGIT = {"二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


@validator("halves_against_count", scope="paragraph", needs=(lazy_regex.compile(r"午前|前半"),))
def halves_against_count(doc):
    text = doc.text
    for whole in _KIND_COUNTED.finditer(text):
        counter = _COUNTER_OF[whole.group("ctr")]
        # the halves in the count's sentence or the next
        end_of_sentence = doc.sentence_at(whole.start())[1]
        hi = doc.sentence_at(end_of_sentence)[1] if end_of_sentence < len(text) else end_of_sentence
        halves = _HALVES.search(text, whole.end(), hi)
        if halves is None or {halves.group("a"), halves.group("b")} not in ({"午前", "午後"}, {"前半", "後半"}) \
                or not (halves.group("ac") == halves.group("bc") == counter):
            continue
        n = whole.group("n")
        count = int(n) if n.isdigit() else _KANJI_DIGIT[n]
        if int(halves.group("an")) + int(halves.group("bn")) != count:
            yield whole.start(), whole.end()
            yield halves.start(), halves.end()

