"""A part taken out of a whole (うち, 内訳は) that the whole cannot hold
(item 5.4, ガイドライン5(4)).

- A part larger than its whole, or a part done and a part not yet that
  together outnumber it (来場者は約3万人。うち市外から4万5千人; 82戸のうち
  耐震済み50戸、未改修40戸): part_exceeds_whole.
- A whole, the parts taken out and what is left that do not add up (7社が
  参加し、うち2社が辞退、残る4社で開札): remainder_does_not_add_up.

Both find the part by its marker, so a bare うち that means "we" (うちは,
うちの) is never read as one.

- A later stage of a selection counted above an earlier one (申込者は312人、
  受験者は345人; 受験者80人、合格者95人): more_past_the_stage.
"""

from __future__ import annotations

import re

from .. import lazy_regex
from .registry import validator
from .figures_common import Quantity, _is_previous, _previous_sentence_start, _rough, quantities


# 「来場者は約3万人でした。うち市外からのお客さんが4万5千人」: a part
# (うち / そのうち / このうち / のうち / 内訳は) larger than the whole it is
# part of.  The whole is the nearest figure of the same unit before the
# marker, in its sentence or the one before (a previous year's figure is not
# the whole); rounding (約) does not excuse a part bigger than the whole.
# (そのうち / このうち may follow anything: an emoji dropped between 12万冊
# and そのうち leaves them touching).  A bare うち taking a particle (うちは,
# うちも, うちの, うちら, うちには: 他の市には9円、うちには12円) is "we", the writer's
# side, never a part.
_PART_MARK = lazy_regex.compile(
    r"(?:(?<=[。!！?？、,（(\n\s])|^)(?:うち(?![はもがのでとらんじに])|内訳は)|(?:その|この)(?:うち|内訳は)|(?<=[0-9人名件円台戸組校社冊個枚頭軒店席票m])の?うち"
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


# 全長約44mの前方後円墳。墳丘の長さは約55m: a length of part of a thing (its
# mound, its main span) longer than the overall length told just before it, in
# the same unit.  Lengths measured with more taken in (周溝を含めると, 外側まで)
# or of another time (昨年は) are left alone.
_OVERALL_LENGTH = lazy_regex.compile(r"(?:全長|総延長|全体の長さ)(?:は|が|:|：)?\s*(?:約|およそ|ほぼ)?\s*$")
_PART_LENGTH = lazy_regex.compile(r"(?<!全)(?<!総)(?:長さ|長径|直径)(?:は|が|も|:|：)?\s*(?:約|およそ|ほぼ)?\s*$")
_MORE_TAKEN_IN = lazy_regex.compile(r"含め|含む|含んだ|入れる|入れた|加え|足す|足した|外側|周溝|周り|まわり|延ばし|延長(?:後|する|した|され)|拡張|昨年|去年|以前|当初|かつて|元々|もともと")
_LENGTH_UNITS = frozenset({"m", "km"})


@validator("part_length_exceeds_overall", scope="paragraph", needs=(lazy_regex.compile(r"全長|総延長|全体の長さ"),))
def part_length_exceeds_overall(doc):
    text = doc.text
    found = [q for q in quantities(text) if q.unit in _LENGTH_UNITS]
    for i, whole in enumerate(found):
        if not _OVERALL_LENGTH.search(text, max(0, whole.start - 10), whole.start):
            continue
        _, hi = doc.sentence_at(whole.start)
        next_hi = doc.sentence_at(hi)[1] if hi < len(text) else hi
        for part in found[i + 1:]:
            if part.start >= next_hi:
                break
            label = _PART_LENGTH.search(text, max(whole.end, part.start - 10), part.start)
            if label is None or part.unit != whole.unit:
                continue
            if _MORE_TAKEN_IN.search(text, whole.end, part.end + 6):
                break
            if part.value > whole.value:
                yield whole.start, whole.end
                yield label.start(), part.end
            break


# 「申込者は312人、受験者は345人」「受験者80人、合格者95人」: the stages of a
# selection, each a part of the one before (no one sits an exam they did not
# apply for), so a later stage counted above an earlier one of the same unit
# contradicts it.  Each figure is named by its stage right before it; a
# previous year's figure (昨年の受験者は…) is another selection.
_STAGES = (
    r"(?:申込者?|申し込み者?|申込み者?|応募者?|出願者?|志願者|エントリー)",
    r"(?:受験者?|受検者?|受験した(?:人|方)|一次(?:試験)?(?:の)?受験者?)",
    r"(?:(?:最終)?合格者?|(?:最終)?採用者|内定者|採用(?:人数|数|予定者)?)",
)
_STAGE_BEFORE = [lazy_regex.compile(stage + r"(?:数|の数)?(?:は|が|:|：)?\s*(?:約|およそ)?\s*$") for stage in _STAGES]
_STAGE_REACH = 12


def _stage_of(text: str, q: Quantity) -> int | None:
    before = text[max(0, q.start - _STAGE_REACH):q.start]
    for k, pattern in enumerate(_STAGE_BEFORE):
        if pattern.search(before):
            return k
    return None


@validator("more_past_the_stage", scope="paragraph",
           needs=(lazy_regex.compile(r"受験|受検|合格|採用|内定"),))
def more_past_the_stage(doc):
    text = doc.text
    staged = [(q, k) for q in quantities(text) for k in [_stage_of(text, q)]
              if k is not None and q.unit in ("人", "名") and not _is_previous(text, q)]
    for i, (early, k) in enumerate(staged):
        for late, j in staged[i + 1:]:
            if j > k and late.value > early.value and not _rough(text, late) \
                    and _previous_sentence_start(doc, late.start) <= early.start:
                yield early.start, early.end
                yield late.start, late.end
