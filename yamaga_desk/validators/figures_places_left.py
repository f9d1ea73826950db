"""Places left that the places on offer and those taken contradict (item 5.4,
ガイドライン5(4)).

Two ways an event notice miscounts its places in one paragraph:

- more places left than there are places (「定員20名…残りあと25名」:
  more_left_than_capacity);
- places, those taken and those left that do not add up (「定員30名のところ
  42名が申込済みで、残り8名」, 「定員40人のところ現在45人が利用、5人分の空き」:
  left_does_not_add_up, taken + left = places).

And more homes or places taken now than there are (「全4棟80戸…現在の入居は
92戸」: more_occupied_than_capacity).

Only exact figures of one count are compared (one seat a person: 人 and 席
alike); rough figures and last time's figures are left alone, as a notice
often tells those on purpose.
"""

from __future__ import annotations

from .. import lazy_regex
from .registry import validator
from .figures_common import _LEFT_BEFORE, _PREVIOUS_WORD, _approximate, _is_previous, quantities


# 「定員20名（先着順）。…残りあと25名で締め切り」: more places left than
# there are places.  Both figures in one paragraph, the same unit.
_CAPACITY_BEFORE = lazy_regex.compile(r"(?:定員|募集人数|募集|限定|先着|定数|座席数|総席数)(?:は|:|：)?\s*(?:各|計)?$")


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
    r"\s*(?:様|さま)?(?:の方)?(?:が|から|の)?(?:申込済|申込み済|申し込み済|お申込み|お申し込み|申し込|申込|予約済|ご予約|予約|応募|埋ま"
    # 定員40人のところ現在45人が利用しており、まだ5人分の空き: places taken by
    # those who use, attend or live there now
    r"|利用し|利用中|在籍|入所し|入所中|入居し|入居中|通っ|通所)"
)
# 5人分の空き / 3席の空席: the places left told after the figure.
_LEFT_AFTER = lazy_regex.compile(r"(?:分)?(?:の)?(?:空き|空席|あき)")


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
            if left_label is None and taken is not None:
                left_label = _LEFT_AFTER.match(text, q.end)
        if taken is not None and left_label and q.value > 0 and taken.value + q.value != capacity[1].value:
            # 昨年は定員30名に42名の申し込み: last time's figures, not these places
            if _PREVIOUS_WORD.search(text, doc.sentence_at(capacity[0])[0], taken.end):
                return
            yield capacity[0], capacity[1].end
            yield taken.start, taken.end
            yield min(left_label.start(), q.start), max(left_label.end(), q.end)
            return


# 「定員20名で募集中。先着30名様には記念の手ぬぐいをプレゼント」: a gift for
# the first N who come that is more than the places there are — only the
# places' holders come.  A gift for a wider crowd (来場者先着, ご来店, お買い
# 上げ), places told per session or group (各回, 午前の部) or a rough or last
# time's figure say nothing of these places.
_PLACES_ONLY_BEFORE = lazy_regex.compile(r"(?:定員|募集定員|募集人数|募集人員|募集枠|定数)(?:は|:|：)?\s*(?:各)?$")
_FIRST_COMERS_BEFORE = lazy_regex.compile(r"先着\s*$")
_GIFT_TO = lazy_regex.compile(
    r"\s*(?:様|さま|の方|の皆さま|の皆様)?(?:に|には|へ|まで|限定で)[^。\n]{0,20}?"
    r"(?:プレゼント|記念品|粗品|進呈|差し上げ|さしあげ|お渡し|配布|特典|おまけ|ノベルティ|お土産|おみやげ|景品|贈呈|差上げ)"
)
_WIDER_CROWD = lazy_regex.compile(
    r"来場|来館|来園|来店|観覧|見学|購入|お買い?上げ|お買い物|ご利用|利用者|通りがかり|どなたでも|会場の|お客様|各回|各日|午前|午後|[0-9一二三]部|"
    r"第[0-9一二三]|コース|クラス|各|1日|一日|ずつ"
)
_GIFT_WORD = lazy_regex.compile(r"先着")


@validator("more_first_comers_than_capacity", scope="paragraph", needs=(_GIFT_WORD,))
def more_first_comers_than_capacity(doc):
    text = doc.text
    found = quantities(text)
    capacities = [(label.start(), q) for q in found
                  if (label := _PLACES_ONLY_BEFORE.search(text, max(0, q.start - 8), q.start))
                  and not _approximate(text, q) and not _is_previous(text, q)]
    if len(capacities) != 1 or _WIDER_CROWD.search(text):
        return
    cap_start, cap = capacities[0]
    for q in found:
        first = _FIRST_COMERS_BEFORE.search(text, max(0, q.start - 4), q.start)
        if not first or not _GIFT_TO.match(text, q.end) or _approximate(text, q):
            continue
        if _same_count(cap.unit, q.unit) and q.value > cap.value:
            yield cap_start, cap.end
            yield first.start(), q.end
            return


# 「日輪台団地は全4棟80戸…現在の入居は92戸」「定員30名の施設に現在34名が入所」:
# more homes or places taken now than there are.  The whole is a count told
# as all there is (全, 総, 定員, 総戸数); those taken are told as living,
# staying or enrolled there now (入居, 入所, 在籍, 入院, 現在…利用).  Rough,
# cumulative (延べ, 年間, 累計) and last time's figures are left alone.
_ALL_THERE_IS_BEFORE = lazy_regex.compile(
    r"(?:(?<![一-龥])全|(?<![一-龥])総|定員|総戸数|管理戸数|戸数|部屋数|病床数|総定員)(?:は|:|：)?\s*(?:[0-9]{1,3}\s*棟\s*)?$")
_OCCUPIED_BEFORE = lazy_regex.compile(
    r"(?:入居|入所|在籍|入院)(?:者|者数|戸数|世帯数|数|中)?(?:は|が|:|：)?\s*(?:現在|いま|今)?\s*$|(?:現在|いま|今)(?:の)?(?:入居|入所|在籍|利用)(?:者|者数|戸数|数)?(?:は|が|:|：)?\s*$")
_OCCUPIED_AFTER = lazy_regex.compile(r"\s*(?:の方|世帯)?(?:が)?(?:入居(?:中|し)|入所(?:中|し)|在籍|入院(?:中|し))")
# (quantities reads 名 as 人; 室 or 床 are no counter it knows)
_OCCUPIED_UNITS = frozenset({"戸", "人", "世帯"})
_CUMULATIVE = lazy_regex.compile(r"延べ|のべ|累計|年間|通算|これまで|今まで|月平均|平均")


def _same_home_count(a: str, b: str) -> bool:
    """80戸 and 92世帯 count the same homes."""
    return a == b or {a, b} == {"戸", "世帯"}


@validator("more_occupied_than_capacity", scope="paragraph", needs=(lazy_regex.compile(r"入居|入所|在籍|入院"),))
def more_occupied_than_capacity(doc):
    text = doc.text
    found = quantities(text)
    wholes = [(label.start(), q) for q in found
              if q.unit in _OCCUPIED_UNITS
              and (label := _ALL_THERE_IS_BEFORE.search(text, max(0, q.start - 10), q.start))
              and not _approximate(text, q) and not _is_previous(text, q)]
    if not wholes:
        return
    for q in found:
        label = _OCCUPIED_BEFORE.search(text, max(0, q.start - 10), q.start)
        if not (label or _OCCUPIED_AFTER.match(text, q.end)) or _approximate(text, q) or _is_previous(text, q) \
                or _CUMULATIVE.search(text, doc.sentence_at(q.start)[0], q.start):
            continue
        for whole_start, whole in wholes:
            if whole.end <= q.start and _same_home_count(whole.unit, q.unit) and q.value > whole.value:
                yield whole_start, whole.end
                yield (label.start() if label else q.start), q.end
                return
