"""Parts that do not add up to their whole (item 5.4, ガイドライン5(4)).

- A total told with its word (計, 合計, 総勢 …) and its parts before it, in
  brackets after it, or as a table's rows above it (男性40人、女性50人の計
  100人: contradictory_total).
- A whole split into labelled parts, with no word for a total (参加者は120人
  でした。内訳は大人50人・子ども40人: split_does_not_add_up).  A split is only
  read as complete when its labels leave nobody out (大人 and 子ども, 前半 and
  後半), when 内訳 names it, or when it stands in brackets after the whole:
  otherwise a list of some parts would be flagged for being short.

Rounded figures get the room their rounding gives; open ones (〜など, 以上)
make no sum.
"""

from __future__ import annotations

import re

from .. import lazy_regex
from .registry import any_of, validator
from .figures_common import (
    _SPLIT_UNITS,
    Quantity,
    _approximate,
    _is_previous,
    _previous_sentence_start,
    _rounded,
    quantities,
)


# 「男性40人、女性50人の計100人」: parts and a total that do not add up.
# The parts are the quantities of the same unit before the total in its
# sentence (after any earlier total); 合計100人（男性40人、女性50人） puts
# them in brackets after it.  Rounded figures (約, 以上, ほど) are left alone.
_TOTAL_BEFORE = lazy_regex.compile(r"(?:の|で|、)?\s*(?:合計|総計|総数|総勢|総員|計|合わせて|あわせて|全部で|全体で|全員で|トータル)(?:で|は|が|:|：)?\s*(?:毎日|毎月|毎年|年間|月間)?\s*$")


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


# (全部で32本とも異常なしでした（1階12本、…）: a short clause may stand between)
_BRACKET_AFTER = lazy_regex.compile(r"[^。!?！？()（）\n]{0,12}?(?:[!！]{1,3}\s?)?[(（][^)）\n]{0,60}[)）]")
_EXCLAIMED = lazy_regex.compile(r"[^。!?！？()（）\n]{0,8}?[!！]{1,3}\s?[(（]")


def _bracket_reach(text: str, total_end: int, hi: int) -> int:
    """How far the bracket after a total may run: its sentence, or past an
    exclamation that closes the sentence right before the bracket (総勢50名です！（…）)."""
    return min(len(text), total_end + 80) if _EXCLAIMED.match(text, total_end) else hi


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
            # 総勢120人！（正職員80人＋応援職員60人）: the exclamation ends the
            # sentence, the bracket after it still holds the parts
            close = _BRACKET_AFTER.match(text, total.end, _bracket_reach(text, total.end, hi))
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
                close = re.match(r"[^)）]{0,12}[)）]", text[end:_bracket_reach(text, total.end, hi)])
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
    # the courses of one race: フル800人、ハーフ300人、5km300人
    "course": r"フルマラソン|ハーフマラソン|フル(?!ー)|ハーフ|[0-9]{1,2}(?:\.[0-9])?\s?(?:km|キロ)(?:の部|コース)?|ファンラン",
    "leg": r"往路|復路|上り|下り|行き|帰り",
    # numbered sections of one work or area: 第1工区1.4km、第2工区2.3km
    "section": r"第[0-9一二三四五六七八九]{1,2}(?:工区|区間|期|段階|地区|ブロック|会場|エリア|区域|棟)",
}
# Pairs whose two labels leave nobody out.
_COMPLEMENTS = (
    {"大人", "子ども"}, {"大人", "子供"}, {"大人", "こども"}, {"大人", "小人"}, {"おとな", "こども"},
    {"男性", "女性"}, {"男子", "女子"}, {"男の子", "女の子"}, {"市内", "市外"}, {"県内", "県外"},
    {"町内", "町外"}, {"国内", "海外"}, {"国内", "国外"}, {"前半", "後半"}, {"午前", "午後"},
    {"昼の部", "夜の部"}, {"往路", "復路"}, {"上り", "下り"}, {"行き", "帰り"}, {"雄", "雌"}, {"オス", "メス"},
    {"前期", "後期"}, {"上期", "下期"}, {"上半期", "下半期"}, {"出席", "欠席"},
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
# 全体で3.2km / 総延長12km / 合計20か所 / 計5頭: a whole told as a total (not 会計5件).  Parts of it
# that add up to MORE than it contradict it even when the list may be
# incomplete (a missing part can only make the sum larger).
_WHOLE_WORD = lazy_regex.compile(r"(?:合計|総計|総数|総延長|全長|延長|全体|全部|(?<![一-龥])計|合わせて|あわせて)(?:で|は|が|:|：)?\s*(?:約|およそ)?$")
# 第3回 names one occasion: it is neither a whole nor a part
_ORDINAL_BEFORE = lazy_regex.compile(r"第\s*$")


# After 内訳 any noun labels a part: 内訳は職員40名・市民45名
_NAMED_PART = lazy_regex.compile(
    r"(?P<noun>[一-龥ァ-ヶー]{1,6})(?:の(?:方|かた|皆さん))?(?:が|は|で|:|：)?\s*(?:約|およそ)?$"
)


def _part_label(text: str, q: Quantity, floor: int, sentence_start: int | None = None):
    """(family, label, label start) of the label right before q, or None;
    with `sentence_start`, after 内訳 in the sentence any noun is a label
    ("named"), and elsewhere a noun right before the figure is one of a mere
    list ("listed": 古文書21件、写真12件, 鹿央が2件と菊鹿が2件)."""
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
    if sentence_start is not None:
        listed = _LISTED_PART.search(text, max(floor, q.start - 8), q.start)
        if listed:
            return "listed", listed.group("noun"), listed.start()
    return None


# 古文書21件、写真12件、その他7件 / 鹿央が2件と菊鹿が2件: a noun right before
# its figure, or with が/は between, where the list starts or after 、/と/・.
# (障がい者用6台、妊婦さん用8台: the kana of 障がい or an honorific inside a
# noun; other kana would be a particle, 散策路は全長6km)
_LISTED_PART = lazy_regex.compile(
    r"(?:(?<=[、,・と\s。])|^)(?P<noun>その他|そのほか|[一-龥ァ-ヶー]{1,6}|[一-龥ァ-ヶー]{0,4}(?:障がい|さん|ちゃん)[一-龥ァ-ヶー]{1,3})(?:が|は|:|：)?\s*$"
)


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


def _split_groups(doc, text: str, found: list[Quantity]):
    """Runs of labelled parts: (parts, first label start)."""
    run: list[tuple[Quantity, tuple]] = []
    for q in found + [None]:
        if q is not None and re.match(r"\s?[0-9]", text[q.end:q.end + 2]):
            continue  # 5km300人: the 5km names the course of the figure after it
        label = None
        if q is not None and q.unit in _SPLIT_UNITS and not _ORDINAL_BEFORE.search(text, max(0, q.start - 2), q.start):
            lo = doc.sentence_at(q.start)[0]
            floor = max(lo, run[-1][0].end if run else lo)
            label = _part_label(text, q, floor, lo)
            # 一般75台、障がい者用6台、妊婦さん用8台: a list whose first label
            # happens to be of a family (一般) goes on as a mere list; the run
            # is then read as one (the weakest split: only more than a told
            # total contradicts it)
            if label is not None and run and label[0] != run[-1][1][0] and label[0] == "listed":
                listed = _LISTED_PART.search(text, max(floor, q.start - 8), q.start)
                if listed and all(_LISTED_PART.search(text, max(lo, p.start - 8), p.start) for p, _ in run):
                    label = ("listed", listed.group("noun"), listed.start())
                    run = [(p, ("listed",) + lab[1:]) for p, lab in run]
        if (label is not None and run and run[-1][0].unit == q.unit and run[-1][1][0] == label[0]
                and doc.sentence_at(run[-1][0].start) == doc.sentence_at(q.start)
                and label[1] not in {lab[1] for _, lab in run}
                and not re.search(r"[。!?！？\n]|うち", text[run[-1][0].end:label[2]])):
            run.append((q, label))
            continue
        if len(run) >= 2:
            yield [p for p, _ in run], run[0][1]
        run = [(q, label)] if label is not None else []


# 全部で38件 / 合計40件 / 捕獲は計5頭: a whole told as a total, which a mere list of parts may
# contradict (the validator needs one of these literals or a part label; a bare 計 only
# right before its figure, not inside a word: 時計, 会計, 計画)
_TOLD_TOTAL = lazy_regex.compile(r"全部で|合計|総計|総数|合わせて|あわせて|全体で|(?<![一-龥])計(?=\s*(?:約|およそ)?[0-9０-９])")


@validator("split_does_not_add_up", scope="paragraph", needs=(any_of(_PART_LABEL, _SPLIT_NAMED, _TOLD_TOTAL),))
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
        # 参加者は1,200人！フル800人、ハーフ300人、5km300人: parts listed right
        # after the whole spell it out; adding up to more than it, they
        # contradict it even if a part is left out.
        over_a_whole_spelled_out = (total > whole.value + slack
                                    and re.fullmatch(r"\s*(?:です|でした)?\s*[!！。、,:：]\s*", between))
        if not (named or bracketed or complementary or over_a_told_total or all_days or over_a_whole_spelled_out):
            continue
        # a mere list (古文書21件、写真12件) says nothing of being complete:
        # only more than a whole told as a total (全部で, 合計) contradicts it
        # (浄水場3か所、配水池12か所: the first of a list is no whole)
        if family == "listed" and not over_a_told_total:
            continue
        if abs(total - whole.value) > slack:
            yield whole.start, whole.end
            yield label_start, last.end
