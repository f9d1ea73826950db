"""Dates, weekdays, holidays and times that cannot be right.

A date written with a weekday — 8月15日(土), 8/15(土), 2026年8月15日（土曜日）,
令和8年8月15日(土), or the second date of a range 8月15日(土)・16日(日) —
takes its year from

1. a year written in the date itself (2026/8/15(土)), else
2. the nearest 20XX年 / 令和N年 (年度) before it, else
3. none: the date is wrong only when its weekday fits none of last year,
   this year and next year.

That is the labelling rule (corpus LABELS.md) and it decides when a date is
wrong.  A 今年 / 本年 / 年内 in the date's own sentence pins it to this year
(the corpus labels 「年内の最終収集日は12月29日(月)」 wrong in 2026).  Otherwise
a 今年 / 来年 / 昨年 / 年内 / 年明け near the date may only ADD candidate years (「2025年の大会は雨。今年は8月15日(土)」 fits 2026): it never
takes one away, so a relative word that speaks of another event (昨年は中止、
6月14日(日)に開催) cannot turn a right date into a false alarm.

A 祝 claim, 11月3日(火・祝), must also be a national holiday (jpholiday).
"This year" is ``doc.today``, so examples and tests are deterministic.
"""

from __future__ import annotations

import bisect
import re
import datetime as dt
from dataclasses import dataclass

from .. import lazy_regex
from .registry import validator
from .draft_facts import ParagraphMatches, once_per_draft

WEEKDAYS = "月火水木金土日"

# A year mention: 2026年, 2026年度, 令和8年, 令和元年度, R8年.
_YEAR = lazy_regex.compile(
    r"(?<![0-9])(?:(?P<western>20[0-9]{2})|(?:令和|R)(?P<reiwa>元|[0-9]{1,2}))年(?P<fiscal>度)?"
)
_RELATIVE_YEAR = lazy_regex.compile(r"(?P<word>今年度?|本年度?|年内|来年度?|年明け|昨年度?|去年)")
_RELATIVE_OFFSET = {"今年": 0, "本年": 0, "年内": 0, "来年": 1, "年明け": 1, "昨年": -1, "去年": -1}

# A month or day number: 15, or in kanji 十五 / 三十一.
_NUM = r"[0-9]{1,2}|[一二三四五六七八九十〇]{1,3}"
_KANJI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_OPEN = r"[(（【\[〔<＜]"
_CLOSE = r"[)）】\]〕>＞]"

_WEEKDAY_CLAIM = (
    rf"\s*(?:{_OPEN}\s*(?P<wd>[月火水木金土日])(?:曜日?)?\s*(?:[・･,、/]\s*(?P<hol>祝日?|休日?|振休|振替休日))?\s*{_CLOSE}"
    rf"|{_OPEN}\s*(?P<holonly>祝日?)\s*{_CLOSE}"
    r"|の?\s?(?P<wdbare>[月火水木金土日])曜日?)"
)
# The date itself: optional year (2026年 / 2026/ / 令和8年 / R8.), month, day.
_DATE_WITH_DAY = lazy_regex.compile(
    r"(?<![0-9一二三四五六七八九十〇])"
    r"(?:(?:(?P<y>20[0-9]{2})\s*(?:年|/|\.|-)|(?:令和|R)\s*(?P<r>元|[0-9]{1,2})\s*(?:年|\.|/))\s*)?"
    rf"(?:(?P<m>{_NUM})\s*(?:月|/|\.)\s*)?"
    rf"(?P<d>{_NUM})(?(m)日?|日)" + _WEEKDAY_CLAIM
)
# The weekday first: 日曜日（6月19日）.
_WEEKDAY_THEN_DATE = lazy_regex.compile(
    rf"(?P<wd>[月火水木金土日])曜日?\s*{_OPEN}\s*(?P<m>{_NUM})\s*(?:月|/)\s*(?P<d>{_NUM})日?\s*{_CLOSE}"
)


def number(text: str) -> int:
    """15 → 15; 十五 → 15, 三十一 → 31, 二〇 → 20."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_KANJI_DIGITS.get(tens, 1) if tens else 1) * 10 + (_KANJI_DIGITS.get(ones, 0) if ones else 0)
    value = 0
    for c in text:
        value = value * 10 + _KANJI_DIGITS.get(c, 0)
    return value


_MONTH_DAY = lazy_regex.compile(
    r"(?<![0-9一二三四五六七八九十〇])(?:(?P<y>20[0-9]{2})年)?"
    rf"(?P<month>{_NUM})月(?P<day>{_NUM})日"
)


# Two days sharing one weekday bracket: 8月15日・16日（土・日）, 15、16日(土・日).
_DAY_PAIR = lazy_regex.compile(
    r"(?<![0-9])(?:(?P<m>[0-9]{1,2})月)?(?P<d1>[0-9]{1,2})日?\s*[・、,~〜-]\s*(?:(?P<m2>[0-9]{1,2})月)?(?P<d2>[0-9]{1,2})日"
    r"\s*[(（]\s*(?P<wd1>[月火水木金土日])(?:曜日?)?\s*[・、,~〜-]\s*(?P<wd2>[月火水木金土日])(?:曜日?)?\s*[)）]"
)


# Every weekday claim holds an opening bracket or 曜 (8月15日(土),
# 8月15日土曜日, 日曜日（6月19日）, 15・16日（土・日））: found first, cheaply.
_WEEKDAY_MARK = lazy_regex.compile(r"[(（【\[〔<＜]\s*[月火水木金土日祝]|曜")
_BRACKET_OR_YOU = lazy_regex.compile(r"[(（【\[〔<＜]|曜")
# The characters a match of _DATE_WITH_DAY, _WEEKDAY_THEN_DATE or _DAY_PAIR
# can hold: a match lies inside one run of them, so the patterns need run
# only on the runs around a mark (their look-behinds see the character
# before a run, which is none of these; they have no look-ahead).
_CLAIM_CHARS = frozenset(
    "0123456789一二三四五六七八九十〇年/.-令和R元月日(（【[〔<＜火水木金土曜祝休振替・･,、)）】]〕>＞の~〜"
)


def _claim_runs(text: str) -> list[tuple[int, int]]:
    """The runs of _CLAIM_CHARS (and spaces) around each weekday mark."""
    runs: list[tuple[int, int]] = []
    n = len(text)
    for m in _WEEKDAY_MARK.finditer(text):
        if runs and m.start() < runs[-1][1]:
            continue
        lo, hi = m.start(), m.end()
        while lo > 0 and (text[lo - 1] in _CLAIM_CHARS or text[lo - 1].isspace()):
            lo -= 1
        while hi < n and (text[hi] in _CLAIM_CHARS or text[hi].isspace()):
            hi += 1
        runs.append((lo, hi))
    return runs


def _in_runs(pattern, text: str, runs: list[tuple[int, int]]) -> list:
    return [m for lo, hi in runs for m in pattern.finditer(text, lo, hi)]


@dataclass(frozen=True)
class DateClaim:
    start: int
    end: int
    month: int
    day: int
    weekday: int | None  # 0 = Monday; None for a bare (祝)
    holiday: bool
    years: tuple[int, ...]  # the years it may belong to; it is right if it fits one


def _reiwa(n: str) -> int:
    return 2018 + (1 if n == "元" else int(n))


# Scanned paragraph by paragraph, each paragraph's answer remembered: the
# year mentions of the whole draft are read at every check (weekday_mismatch,
# and impossible_date's facts), and a re-check then reads only the paragraph
# an edit changed.
_YEARS_IN = ParagraphMatches(_YEAR)
_RELATIVE_YEARS_IN = ParagraphMatches(_RELATIVE_YEAR)


def _year_mentions(doc):
    """(start, year, fiscal) for every explicit year mention of doc.text."""
    for m in _YEARS_IN.finditer(doc):
        year = int(m.group("western")) if m.group("western") else _reiwa(m.group("reiwa"))
        yield m.start(), year, bool(m.group("fiscal"))


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def is_holiday(date: dt.date) -> bool:
    import jpholiday

    return bool(jpholiday.is_holiday(date))


class _EarlierRelative:
    """A 今年 / 来年… written before the paragraph, standing in for its match
    (at a negative position: before everything in the paragraph)."""

    def __init__(self, word: str, pos: int):
        self.word, self.pos = word, pos

    def start(self) -> int:
        return self.pos

    def group(self, name: str) -> str:
        return self.word


class _YearContext:
    """Where years are written in a draft, found once: the year a date
    belongs to is looked up by bisecting, not by rescanning the text.

    `earlier` (for a paragraph): the years written before it, as
    _years_before gives them."""

    def __init__(self, doc, earlier=None):
        self.doc = doc
        text = doc.text
        # Every year mention, written or relative (今年, 年明け…), holds 年.
        has_year = "年" in text
        self.years = list(_year_mentions(doc)) if has_year else []
        self.relatives = list(_RELATIVE_YEARS_IN.finditer(doc)) if has_year else []
        if earlier:
            explicit, relative_word, relative_first = earlier
            year_pos, relative_pos = (-1, -2) if relative_first else (-2, -1)
            if explicit:
                self.years.insert(0, (year_pos, *explicit))
            if relative_word:
                self.relatives.insert(0, _EarlierRelative(relative_word, relative_pos))
        self.year_starts = [p for p, _, _ in self.years]
        self.relative_starts = [m.start() for m in self.relatives]

    def explicit_before(self, pos: int):
        i = bisect.bisect_left(self.year_starts, pos)
        return self.years[i - 1] if i else None

    def relative_before(self, pos: int):
        i = bisect.bisect_left(self.relative_starts, pos)
        return self.relatives[i - 1] if i else None

    def relative_years(self, pos: int, month: int) -> list[int] | None:
        """Years meant by the nearest 今年 / 来年 / 昨年… before `pos`, or failing
        that one later in the same sentence (12月29日(月)は年内最後の収集日)."""
        chosen = self.relative_before(pos)
        if chosen is None:
            i = bisect.bisect_left(self.relative_starts, pos)
            end = self.doc.sentence_at(pos)[1]
            if i < len(self.relatives) and self.relatives[i].start() < end:
                chosen = self.relatives[i]
        if chosen is None:
            return None
        today = self.doc.today
        word = chosen.group("word")
        year = today.year + _RELATIVE_OFFSET[word.rstrip("度")]
        years = [year]
        if word.endswith("度") and month <= 3:
            years.append(year + 1)  # 今年度の3月 is next calendar year
        if word == "年明け":
            years.append(today.year)  # written in January, 年明け is this year
        return years

    def nearer_relative_years(self, pos: int, month: int) -> list[int]:
        """Years a 今年 / 来年… may add: only one nearer to the date than the
        nearest written year (2025年の大会は雨。今年は8月15日(土)).  They
        may rescue a date, never condemn it."""
        before = self.explicit_before(pos)
        relative = self.relative_before(pos)
        if before and relative is not None and relative.start() < before[0]:
            return []
        return self.relative_years(pos, month) or []

    def this_year_said(self, pos: int) -> bool:
        """今年 / 本年 / 年内 in the date's own sentence, nearer than any written
        year: the author pins the date to this year (年内の最終収集日は
        12月29日(月) is wrong in a year where the 29th is a Tuesday, as the
        corpus labels it).  昨年 / 来年 never pin: they usually speak of
        another event (昨年は中止、6月14日(日)に開催)."""
        lo, hi = self.doc.sentence_at(pos)
        near = [m for m in self.relatives if lo <= m.start() < hi]
        if not near:
            return False
        # The relative word nearest before the date speaks of it (今年もあり
        # がとう。来年は8月15日(日)…: 来年, not 今年); failing one before, the
        # first after it (12月29日(月)は年内最後の収集日).
        before_date = [m for m in near if m.start() < pos]
        chosen = before_date[-1] if before_date else near[0]
        if chosen.group("word") not in ("今年", "本年", "年内"):
            return False
        before = self.explicit_before(pos)
        return not (before and before[0] >= lo)

    def around_today(self) -> list[int]:
        return [self.doc.today.year + d for d in (0, -1, 1)]


def date_claims(doc) -> list[DateClaim]:
    """Every date written with a weekday or a 祝 claim, with its candidate years."""
    text = doc.text
    runs = _claim_runs(text)
    if not runs:
        return []
    ctx = _YearContext(doc)
    claims: list[DateClaim] = []
    last_month: int | None = None
    last_month_pos = -1
    months_since_year: list[int] = []
    year_pos = -1
    found = [(m, False) for m in _in_runs(_DATE_WITH_DAY, text, runs)]
    found += [(m, True) for m in _in_runs(_WEEKDAY_THEN_DATE, text, runs)]
    found.sort(key=lambda x: x[0].start())
    for m, reversed_form in found:
        month = number(m.group("m")) if m.group("m") else None
        day = number(m.group("d"))
        if month is None:
            # 16日(日) after 8月15日(土): the month of the nearest date before,
            # in the same sentence or the next one.
            if last_month is None or m.start() - last_month_pos > 80:
                continue
            month = last_month
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        if reversed_form:
            wd, holiday = m.group("wd"), False
        else:
            wd = m.group("wd") or m.group("wdbare")
            holiday = bool(m.group("hol") and m.group("hol").startswith(("祝", "振"))) or bool(m.group("holonly"))
        weekday = WEEKDAYS.index(wd) if wd else None

        if not reversed_form and (m.group("y") or m.group("r")):
            explicit = int(m.group("y")) if m.group("y") else _reiwa(m.group("r"))
            candidates = [explicit]
            year_pos, months_since_year = m.start(), []
        else:
            before = ctx.explicit_before(m.start())
            if before:
                pos, year, fiscal = before
                if pos != year_pos:
                    year_pos, months_since_year = pos, []
                candidates = [year]
                if fiscal and month <= 3:
                    candidates.append(year + 1)
                # 12月28日(月)…1月5日(火): a later date in an earlier month
                # rolls over into the next year.
                if any(prev > month for prev in months_since_year):
                    candidates.append(year + 1)
            else:
                candidates = ctx.around_today()
            candidates += [y for y in ctx.nearer_relative_years(m.start(), month) if y not in candidates]
            if ctx.this_year_said(m.start()):
                candidates = [doc.today.year]
                # 年内の最終収集は12月30日(水)、1月4日(月)から: a date in an
                # earlier month after a later one rolls over into next year.
                if any(prev > month for prev in months_since_year):
                    candidates.append(doc.today.year + 1)
        months_since_year.append(month)
        last_month, last_month_pos = month, m.end()
        claims.append(DateClaim(m.start(), m.end(), month, day, weekday, holiday, tuple(candidates)))
    claims.extend(_pair_claims(doc, ctx, claims, runs))
    return claims


def _pair_claims(doc, ctx: "_YearContext", single_claims: list[DateClaim],
                 runs: list[tuple[int, int]]) -> list[DateClaim]:
    """8月15日・16日（土・日）: both days against both weekdays, the year as for
    a single date (from a year before, else the three years around today)."""
    text = doc.text
    out = []
    for m in _in_runs(_DAY_PAIR, text, runs):
        month = int(m.group("m")) if m.group("m") else None
        if month is None:
            before = [c for c in single_claims if c.end <= m.start() and m.start() - c.end <= 80]
            if not before:
                continue
            month = before[-1].month
        month2 = int(m.group("m2")) if m.group("m2") else month
        explicit = ctx.explicit_before(m.start())
        candidates = (explicit[1],) if explicit else tuple(ctx.around_today())
        for d_name, wd_name, mon in (("d1", "wd1", month), ("d2", "wd2", month2)):
            day = int(m.group(d_name))
            if not (1 <= mon <= 12 and 1 <= day <= 31):
                continue
            out.append(DateClaim(m.start(), m.end(), mon, day, WEEKDAYS.index(m.group(wd_name)), False,
                                 candidates))
    return out


def claim_fits(claim: DateClaim) -> bool:
    for year in claim.years:
        date = _date(year, claim.month, claim.day)
        if date is None:
            continue
        if claim.weekday is not None and date.weekday() != claim.weekday:
            continue
        if claim.holiday and not is_holiday(date):
            continue
        return True
    return False


# Stays "text", though the year before a paragraph could be a fact
# (_years_before): a claim may run across a blank line (the \s* of
# _DATE_WITH_DAY: 「2026年\n\n8月15日(土)」 is one claim starting in the
# paragraph before), and what a date takes from the dates before it (the
# month of 16日(日) within 80 characters, the months since the year that make
# 1月5日 roll over into the next year) runs across paragraphs.  The cost is
# in finding the claims, done only around a bracket or 曜; the year mentions
# are looked for only then.
@validator("weekday_mismatch", needs=(_BRACKET_OR_YOU,))
def weekday_mismatches(doc):
    """A date whose weekday (or 祝) is wrong for every year it may belong to."""
    for claim in date_claims(doc):
        if not claim_fits(claim):
            yield claim.start, claim.end


@once_per_draft
def _draft_years(draft):
    """Every year mention of the draft, written and relative, with their
    starts, found once per check."""
    has_year = "年" in draft.text
    years = list(_year_mentions(draft)) if has_year else []
    relatives = [(m.start(), m.group("word")) for m in _RELATIVE_YEARS_IN.finditer(draft)] if has_year else []
    return years, [p for p, _, _ in years], relatives, [p for p, _ in relatives]


def _years_before(draft, start: int):
    """The last year written before `start` ((year, fiscal) or None), the last
    今年 / 来年… before it (the word or None), and whether that word comes
    before that year: all a date in the paragraph may take from earlier on."""
    years, year_starts, relatives, relative_starts = _draft_years(draft)
    i = bisect.bisect_left(year_starts, start)
    j = bisect.bisect_left(relative_starts, start)
    explicit = years[i - 1] if i else None
    relative = relatives[j - 1] if j else None
    return (explicit[1:] if explicit else None, relative[1] if relative else None,
            bool(explicit and relative and relative[0] < explicit[0]))


def _leap_day_without_year(text: str) -> bool:
    return any(not m.group("y") and number(m.group("month")) == 2 and number(m.group("day")) == 29
               for m in _MONTH_DAY.finditer(text))


def _impossible_date_facts(draft, start: int, end: int):
    # Only a 2月29日 without its own year takes a year from before it (which
    # may be written paragraphs earlier, in a heading): other paragraphs
    # need nothing from the rest of the draft.
    if not _leap_day_without_year(draft.text[start:end]):
        return None
    return _years_before(draft, start)


@validator("impossible_date", scope="paragraph", needs=(_MONTH_DAY,), facts=_impossible_date_facts)
def impossible_dates(doc, years_before=None):
    """2月30日, 13月1日, 2026年2月29日, and 2月29日 in a draft about a year
    that has none (2026年の湯まつりは2月29日): a month/day no calendar has."""
    ctx = None
    for m in _MONTH_DAY.finditer(doc.text):
        month, day = number(m.group("month")), number(m.group("day"))
        if not (1 <= month <= 12):
            yield m.span()
            continue
        if m.group("y"):
            year = int(m.group("y"))
        elif month == 2 and day == 29:
            ctx = ctx or _YearContext(doc, years_before)
            before = ctx.explicit_before(m.start())
            relative = ctx.nearer_relative_years(m.start(), month)
            if before and not any(_date(y, 2, 29) for y in relative):
                year = before[1] + (1 if before[2] else 0)  # 令和8年度の2月 is 2027
            else:
                year = 2024  # no year in sight: a leap year, so 2月29日 may be right
        else:
            year = 2024
        if _date(year, month, day) is None:
            yield m.span()


_TIME = lazy_regex.compile(
    r"(?P<ampm>午前|午後)?\s*(?<![0-9.:])(?P<hour>[0-9]{1,2})時(?!間|点|期|代|計|限|給|速|差|刻表)"
    r"(?:(?P<minute>[0-9]{1,2})分|(?P<half>半))?"
    r"|(?P<ampm2>午前|午後)?\s*(?<![0-9.:/])(?P<hour2>[0-9]{1,2}):(?P<minute2>[0-9]{2})(?![0-9]|:[0-9])"
)


_SCORE_CONTEXT = lazy_regex.compile(r"スコア|得点|点差|セット|勝利|勝ち|負け|敗れ|試合|対戦|[0-9]対[0-9]|比率|倍率")


# A clock time holds 時 or a colon.
_HOUR_MARK = lazy_regex.compile(r"時|:")


@validator("impossible_time", scope="paragraph", needs=(_HOUR_MARK,))
def impossible_times(doc):
    """午後13時, 25時00分, 10時75分, 17:60: a clock time that does not exist.

    24時 and 24:00 are allowed (the end of a day); 24時45分, 24:30 and
    24時半 are not (the day is over: 0時45分), nor 25時 and later, and
    午前/午後 take hours up to 12.  25時間 is a duration, not a time."""
    for m in _TIME.finditer(doc.text):
        if m.group("hour2") and _SCORE_CONTEXT.search(doc.text, *doc.sentence_at(m.start())):
            continue  # 25:23 is a score, not a time
        ampm = m.group("ampm") or m.group("ampm2")
        hour = int(m.group("hour") or m.group("hour2"))
        minute_text = m.group("minute") or m.group("minute2")
        minute = int(minute_text) if minute_text else (30 if m.group("half") else 0)
        if (ampm and hour > 12) or hour > 24 or minute > 59 or (hour == 24 and minute > 0):
            start = m.start()
            while doc.text[start].isspace():
                start += 1
            yield start, m.end()


# A named national holiday written with its date: 文化の日（11月3日）,
# こどもの日の5月5日, 11月3日の文化の日.  The date must be that holiday in
# the year it belongs to.
_HOLIDAY_NAMES = (
    "元日|成人の日|建国記念の日|天皇誕生日|春分の日|昭和の日|憲法記念日|みどりの日|こどもの日|"
    "海の日|山の日|敬老の日|秋分の日|スポーツの日|文化の日|勤労感謝の日"
)
_NAME_THEN_DATE = lazy_regex.compile(
    rf"(?P<name>{_HOLIDAY_NAMES})(?:の|は|、|\s)?\s*{_OPEN}?\s*(?P<m>{_NUM})月(?P<d>{_NUM})日\s*{_CLOSE}?"
    r"(?!\s*(?:から|〜|~|-|まで|・|、[0-9]))"
)
_DATE_THEN_NAME = lazy_regex.compile(
    rf"(?<![0-9一二三四五六七八九十〇])(?P<m>{_NUM})月(?P<d>{_NUM})日(?:\s*{_OPEN}[^)）】\]〕\n]{{0,6}}{_CLOSE})?"
    rf"(?:の|は|、|\s)?\s*(?P<name>{_HOLIDAY_NAMES})"
    r"(?!の(?:振替|翌|前)|の?(?:前|翌|明け|週|連休|ウィーク)|から|まで|にちな|にあわせ|に合わせ|を前に|直前)"
)


_HOLIDAY_NAME = lazy_regex.compile(_HOLIDAY_NAMES)


# Stays "text": a holiday and its date may stand on either side of a blank
# line (「文化の日\n\n11月3日」 is one match: the \s* of both patterns), a
# span no paragraph holds.
@validator("holiday_name_mismatch", needs=(_HOLIDAY_NAME,))
def holiday_name_mismatches(doc):
    """文化の日（11月4日）: a holiday named with a date that is not that
    holiday in any year the date may belong to."""
    import jpholiday

    text = doc.text
    found = list(_NAME_THEN_DATE.finditer(text)) + list(_DATE_THEN_NAME.finditer(text))
    ctx = _YearContext(doc) if found else None
    for m in found:
        month, day = number(m.group("m")), number(m.group("d"))
        before = ctx.explicit_before(m.start())
        if before:
            years = [before[1]] + ([before[1] + 1] if before[2] and month <= 3 else [])
        else:
            years = ctx.around_today()
        years += ctx.nearer_relative_years(m.start(), month)
        name = m.group("name")
        fits = False
        for year in years:
            date = _date(year, month, day)
            if date is not None and jpholiday.is_holiday_name(date) == name:
                fits = True
                break
        if not fits:
            yield m.span()


# A range whose end comes before its start: 受付 13時〜11時, 8月16日〜14日.
# A range into the night (22時〜2時, 18:00〜翌1:00) is a real one.
# 夜8時 / 夕方5時 are evening hours like 午後8時; 朝9時 like 午前9時.
_CLOCK = r"(?P<{p}ap>午前|午後|朝|夕方|夜|晩)?\s*(?P<{p}h>[0-9]{{1,2}})(?:時(?:(?P<{p}m>[0-9]{{1,2}})分|半)?|:(?P<{p}m2>[0-9]{{2}}))"
# 10時から2時間 / 12月8日から3日間 / 5月20日から7日以内: a start and how
# long it lasts, not a second clock or date.  The words after the second
# number say it is an amount of time.
_DURATION_AFTER = (r"(?!\s*(?:間|程度|ほど|程|くらい|ぐらい|位|以内|以上|未満|余り|あまり|足らず|弱|強|後|目|"
                   r"連続|続け|続き|にわた|に渡|おき|置き|ごと|毎|分の|分間|分を|分が|延長|限り))")
_TIME_RANGE = lazy_regex.compile(
    r"(?<![0-9:.])" + _CLOCK.format(p="a") + r"\s*(?:〜|~|－|-|―|ー|から)\s*(?P<next>翌日?|深夜)?\s*"
    + _CLOCK.format(p="b") + r"(?![0-9])" + _DURATION_AFTER
)
_DAY_RANGE = lazy_regex.compile(
    r"(?<![0-9])(?P<m1>[0-9]{1,2})月(?P<d1>[0-9]{1,2})日(?:\s*[(（][^)）\n]{1,6}[)）])?\s*(?:〜|~|－|から)\s*"
    r"(?:(?P<m2>[0-9]{1,2})月)?(?P<d2>[0-9]{1,2})日(?![0-9])" + _DURATION_AFTER
)


def _minutes(m, p: str) -> int | None:
    hour = int(m.group(p + "h"))
    minute = m.group(p + "m") or m.group(p + "m2")
    # 深夜2時 / 夜2時 is after midnight, not 14時
    if m.group(p + "ap") in ("午後", "夕方", "夜", "晩") and hour < 12 \
            and not (m.group(p + "ap") in ("夜", "晩") and hour <= 4):
        hour += 12
    if hour > 24:
        return None
    return hour * 60 + (int(minute) if minute else 0)


_EVENING = ("午後", "夕方", "夜", "晩")
_MORNING = ("午前", "朝")


# 「8時から6時に短縮」 is a change of one time to another, not a range.
_CHANGED_TO = lazy_regex.compile(r"\s*(?:に|へ|まで)(?:変更|短縮|延長|繰り上|繰上|繰り下|繰下|前倒|早め|早ま|遅ら|遅く|早く|変わ|変え|なり|なる|切り替|縮め|延ば|見直)")


# Cheap tests first (5 paragraphs in 6 hold neither): a time range holds a
# digit right before 時 or :, a day range a digit, 月 and a digit; both
# patterns open with a look-behind, so re tries them at every character.
# (Digits are no literal: tests/validators/test_hand_guards.py holds each
# test to its pattern.)
_CLOCK_DIGIT = lazy_regex.compile(r"[0-9][時:]")
_MONTH_DAY_DIGITS = lazy_regex.compile(r"[0-9]月[0-9]")


@validator("reversed_range", scope="paragraph")
def reversed_ranges(doc):
    text = doc.text
    for m in _TIME_RANGE.finditer(text) if _CLOCK_DIGIT.search(text) else ():
        start, end = _minutes(m, "a"), _minutes(m, "b")
        if start is None or end is None or m.group("next") or _CHANGED_TO.match(text, m.end()):
            continue
        # 9時から5時まで / 10時〜6時 / 昼休み12時から1時: a start before 13時
        # with a bare small end hour is read on the 12-hour clock (17時, 18時,
        # 13時), as people say it; 深夜4時から2時 stays in the small hours.
        if end < start < 13 * 60 and not m.group("bap") and int(m.group("bh")) < 12 \
                and m.group("aap") not in ("夜", "晩"):
            end += 12 * 60
        # 夕方5時から8時: an evening start makes a bare end hour evening too.
        if end < start and start >= 12 * 60 and m.group("aap") in _EVENING and not m.group("bap") and int(m.group("bh")) < 12 \
                and end + 12 * 60 > start:
            end += 12 * 60
        # Ending before it starts, unless it runs overnight: it starts in the
        # evening, or an evening start (午後/夕方/夜) ends in the morning (午前/朝).
        if end < start and start < 18 * 60 \
                and not (m.group("bap") in _MORNING and m.group("aap") in _EVENING):
            yield m.span()
    for m in _DAY_RANGE.finditer(text) if _MONTH_DAY_DIGITS.search(text) else ():
        m1, d1, d2 = int(m.group("m1")), int(m.group("d1")), int(m.group("d2"))
        m2 = int(m.group("m2")) if m.group("m2") else m1
        if m2 == m1 and d2 < d1:
            yield m.span()


# Steps of one event that come in a fixed order: doors open before the
# show, reception before the start, meeting before departure, start before
# the end.  「開場17時・開演16時30分」 puts the show before the doors.
_STEP_RANK = {
    "開場": 0, "受付開始": 0, "受付": 0, "集合": 0, "入場開始": 0,
    "開演": 1, "開会": 1, "開始": 1, "開幕": 1, "出発": 1, "スタート": 1, "試合開始": 1, "点灯": 1, "打ち上げ開始": 1,
    "終演": 2, "閉会": 2, "終了": 2, "閉幕": 2, "解散": 2, "閉場": 2, "到着": 2, "ゴール": 2, "消灯": 2,
}
# 受付終了 / 最終受付 / 申込開始 are other clocks: not steps of the event.
_STEP = (r"(?<!最終)(?<!申込)(?<!申し込み)(?<!販売)(?<!予約)"
         r"(?P<{p}s>受付開始|入場開始|試合開始|打ち上げ開始|開場|受付(?!終了|締|〆|は[^。\n]{{0,8}}?まで)|集合|開演|開会|"
         r"開始|開幕|出発|スタート|点灯|終演|閉会|終了|閉幕|解散|閉場|到着|ゴール|消灯)")
_STEP_CLOCK = (
    r"(?P<{p}ap>午前|午後)?\s*(?P<{p}h>[0-9]{{1,2}})(?:時(?:(?P<{p}m>[0-9]{{1,2}})分|(?P<{p}half>半))?|:(?P<{p}m2>[0-9]{{2}}))"
)
# 開場17時 / 開場は17:00 / 17時開場 / 17時から開場
_STEP_TIME = lazy_regex.compile(
    "(?:" + _STEP.format(p="a") + r"\s*(?:は|が|時刻|時間)?\s*[:：]?\s*(?:午後|午前)?" + r"(?=[0-9])"
    + _STEP_CLOCK.format(p="a").replace("(?P<aap>午前|午後)?", "") + r"(?![0-9]|時間|\s*(?:まで|に(?:終了|締)|〆))"
    + "|" + r"(?<![0-9:])" + _STEP_CLOCK.format(p="b") + r"\s*(?:から|より|に)?\s*" + _STEP.format(p="b")
    + ")"
)


_SESSION = lazy_regex.compile(r"[0-9一二三四五六七八九十]部|[昼夜朝午][のの]?部|回目|[0-9]回|日目|公演|(?:[0-9一二三四五]|各|次の?)ステージ|ラウンド|各回|それぞれ")


def _step_minutes(m, p: str, text: str) -> int | None:
    hour = int(m.group(p + "h"))
    minute = m.group(p + "m") or m.group(p + "m2")
    ampm = m.group(p + "ap") if p == "b" else None
    if p == "a":
        # the 午後 written between the step and the clock
        head = text[m.start():m.start(p + "h")]
        ampm = "午後" if "午後" in head else ("午前" if "午前" in head else None)
    if ampm == "午後" and hour < 12:
        hour += 12
    if hour > 24:
        return None
    return hour * 60 + (30 if m.group(p + "half") else int(minute) if minute else 0)


# Every timed step holds one of these words (受付 stands for 受付開始 too).
_STEP_WORD = lazy_regex.compile("|".join(sorted(_STEP_RANK, key=len, reverse=True)))


@validator("steps_out_of_order", scope="paragraph", needs=(_STEP_WORD,))
def steps_out_of_order(doc):
    """開場17時・開演16時30分, 出発8時・集合8時半: a later step of an event
    timed before an earlier one, in one sentence.  Reports both times."""
    text = doc.text
    bounds = doc.sentence_bounds
    # Only sentences naming a step can time one.
    with_steps = sorted({doc.sentence_index(m.start()) for m in _STEP_WORD.finditer(text)})
    for lo, hi in (bounds[k] for k in with_steps):
        steps = []
        for m in _STEP_TIME.finditer(text, lo, hi):
            p = "a" if m.group("as") else "b"
            minutes = _step_minutes(m, p, text)
            if minutes is not None:
                steps.append((_STEP_RANK[m.group(p + "s")], minutes, m.span()))
        # 昼の部は開場12時半・開演13時、夜の部は開場17時半: a second session
        # may open after the first has begun, so a step written after a
        # later one counts only when the sentence times one session.
        sessions = bool(_SESSION.search(text, lo, hi)) or len(steps) > 2
        for (rank_a, min_a, span_a), (rank_b, min_b, span_b) in zip(steps, steps[1:]):
            if rank_a == rank_b or min_a == min_b:
                continue
            if (rank_a < rank_b and min_a > min_b) or (not sessions and rank_a > rank_b and min_a < min_b):
                yield span_a[0], span_b[1]


# The last call of a place (最終入館, ラストオーダー, 入場受付終了) timed
# after the place closes: 「9時〜17時開館、最終入館は17時30分」.  The
# closing is the end of an opening-hours range (a range with an opening word
# next to it: 開館, 営業, 開園, 診療 …) or a closing word with its time
# (閉館17時, 18時閉店); with several (平日と土日), the latest counts.
_OPENING_WORD = (r"(?:開館|開園|開店|開所|開庁|開場|開放|営業|利用|診療|オープン|OPEN|open|入浴|見学|受け?付|貸出|貸し出し)"
                 r"(?:時間|日時)?")
_CLOSING_WORD = r"(?:閉館|閉園|閉店|閉所|閉庁|閉場|閉門|営業終了|クローズ|CLOSE|close)"
_LAST_CALL_WORD = (
    r"(?:最終(?:の)?(?:入館|入場|入園|入店|入浴|入室|入山|受付|受け付け|案内|乗船|乗車|チェックイン|貸出|貸し出し|オーダー|注文|ツアー|入庫)"
    r"|ラスト\s?[・･]?\s?オーダー|(?<![A-Za-z])L\.?O\.?(?![A-Za-z])|オーダーストップ|ラスト入場|ラスト受付"
    r"|(?:入館|入場|入園|入店|入浴|入室|チケット販売|券売|受付|受け付け)(?:受付|受け付け)?(?:の)?(?:締め?切り?|〆切?|終了))"
)
# 入館は17時30分まで: an entry word timed with まで is a last call too.
_ENTRY_WORD = r"(?:入館|入場|入園|入店|入浴|入室|ご入場|ご入館|チケット販売|券売|受付|受け付け)"
_LAST_CALL = lazy_regex.compile(
    _LAST_CALL_WORD + r"\s*(?:時刻|時間)?\s*(?:は|が|:|：)?\s*(?<![0-9])" + _CLOCK.format(p="c") + r"(?![0-9])"
    + r"|(?<![0-9:])" + _CLOCK.format(p="f") + r"\s*(?:まで)?(?:に|が|は)?\s*" + _LAST_CALL_WORD
    + r"|" + _ENTRY_WORD + r"(?:時間)?\s*(?:は|:|：)\s*(?<![0-9])" + _CLOCK.format(p="g") + r"(?![0-9])\s*まで"
)
_CLOSING_TIME = lazy_regex.compile(
    _CLOSING_WORD + r"\s*(?:時刻|時間)?\s*(?:は|:|：)?\s*(?<![0-9])" + _CLOCK.format(p="d") + r"(?![0-9])"
    + r"|(?<![0-9:])" + _CLOCK.format(p="e") + r"\s*(?:に|で)?\s*" + _CLOSING_WORD
    # 夜8時まで営業 / 17時までの開館
    + r"|(?<![0-9:〜~\-－―ー])" + _CLOCK.format(p="h") + r"\s*まで(?:の)?\s*" + _OPENING_WORD
)
_OPENING_NEAR = lazy_regex.compile(_OPENING_WORD)
# さくら湯は10時〜22時: a place and its hours with no opening word.
_PLACE_HOURS = lazy_regex.compile(
    r"(?:館|湯|園|店|センター|施設|プール|温泉|ホール|ジム|カフェ|食堂|レストラン|ミュージアム|ショップ|売店|窓口|庁舎|座|"
    r"キャンプ場|道の駅|市場|ランド|パーク|スパ|浴場|会場|ギャラリー|ルーム|ラウンジ|本舗|屋)(?:さん)?\s?(?:は|:|：)\s?(?:毎日|平日|土日|土日祝|年中無休で)?\s?$"
)
_LAST_CALL_NEEDS = lazy_regex.compile(r"最終|ラスト|L\.?O|オーダーストップ|締|〆|終了|まで")


def _clock(m, p: str, text: str) -> int | None:
    """_minutes, reading 17時半 as 17:30."""
    minutes = _minutes(m, p)
    if minutes is not None and not (m.group(p + "m") or m.group(p + "m2")) and text.startswith("時半", m.end(p + "h")):
        minutes += 30
    return minutes


def _closings(doc) -> list[int]:
    """Minutes of every closing time the paragraph gives."""
    text = doc.text
    found = []
    for m in _TIME_RANGE.finditer(text):
        start, end = _clock(m, "a", text), _clock(m, "b", text)
        if start is None or end is None:
            continue
        if m.group("next") or end < start:
            end += 24 * 60
        # 営業 11:00〜14:00 / 17:00〜22:00: the opening word may name several ranges of its sentence.
        lo, hi = doc.sentence_at(m.start())
        if (_OPENING_NEAR.search(text, lo, hi) or _CLOSING_TIME.search(text, lo, hi)
                or _PLACE_HOURS.search(text, max(lo, m.start() - 16), m.start())):
            found.append(end)
    for m in _CLOSING_TIME.finditer(text):
        p = "d" if m.group("dh") else "e" if m.group("eh") else "h"
        minutes = _clock(m, p, text)
        if minutes is not None:
            found.append(minutes)
    return found


@validator("last_call_after_closing", scope="paragraph", needs=(_LAST_CALL_NEEDS,))
def last_calls_after_closing(doc):
    """最終入館17時30分 in a museum open 9時〜17時: the last call after the
    place has closed.  Reports the last call."""
    text = doc.text
    closings = None
    for m in _LAST_CALL.finditer(text):
        minutes = _clock(m, "c" if m.group("ch") else "f" if m.group("fh") else "g", text)
        if minutes is None:
            continue
        if closings is None:
            closings = _closings(doc)
        if closings and minutes > max(closings):
            yield m.span()


# 令和8年（2025年）, 2026年（令和7年）, 令和8年は西暦2025年, 令和八年（二〇二五年）:
# an era year and a western year given as the same year that disagree.  Two
# years side by side with only 、 between may be a list, so 、 needs
# つまり/すなわち/西暦 to say the two are one.
# The year before each era's first (明治43年 = 1867 + 43 = 1910).
_ERA_BASE = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018}
_ERA_N = r"(?P<n>元|[0-9]{1,2}|[一二三四五六七八九十]{1,3})"
# 明治43年（1911年）: a historic building's year is told in the older eras too.
_ERAS = "|".join(_ERA_BASE)
_WESTERN_Y = r"(?P<y>(?:18|19|20)[0-9]{2}|一八[〇一二三四五六七八九]{2}|[一二][〇九][〇一二三四五六七八九]{2})"
_SAME_YEAR = (
    r"\s*(?:[(（]\s*(?:西暦|せいれき)?|(?:は|が|って)\s*(?:西暦)|=|≒|/|、\s*(?:つまり|すなわち|西暦)|、\s*つまり西暦)\s*"
)
_SAME_ERA = r"\s*(?:[(（]\s*|(?:は|が|って)\s*|=|/|、\s*(?:つまり|すなわち)\s*)"
_ERA_THEN_WESTERN = lazy_regex.compile(
    rf"(?P<era>{_ERAS})\s*{_ERA_N}\s*年(?:度)?{_SAME_YEAR}{_WESTERN_Y}\s*年?(?:度)?\s*[)）]?"
)
_WESTERN_THEN_ERA = lazy_regex.compile(
    rf"(?<![0-9〇一二三四五六七八九]){_WESTERN_Y}\s*年(?:度)?{_SAME_ERA}(?P<era>{_ERAS})\s*{_ERA_N}\s*年?(?:度)?\s*[)）]?"
)


_ERA_NAME = lazy_regex.compile(_ERAS)


@validator("era_year_mismatch", scope="paragraph", needs=(_ERA_NAME,))
def era_year_mismatches(doc):
    for m in list(_ERA_THEN_WESTERN.finditer(doc.text)) + list(_WESTERN_THEN_ERA.finditer(doc.text)):
        n = 1 if m.group("n") == "元" else number(m.group("n"))
        if _ERA_BASE[m.group("era")] + n != number(m.group("y")):
            yield m.span()


# 8月1日〜3日の4日間, 10時〜15時の6時間: a range and its stated length that
# disagree.  Only a length joined straight to the range (の / まで / 、) is
# read as the range's own length.
_RANGE_DAYS = lazy_regex.compile(
    r"(?<![0-9])(?P<m1>[0-9]{1,2})月(?P<d1>[0-9]{1,2})日(?:\s*[(（][^)）\n]{1,6}[)）])?\s*(?:〜|~|－|から)\s*"
    r"(?:(?P<m2>[0-9]{1,2})月)?(?P<d2>[0-9]{1,2})日(?:\s*[(（][^)）\n]{1,6}[)）])?\s*(?:まで)?\s*(?:の|、|\s)?\s*"
    r"(?:計|全|合計)?(?P<n>[0-9]{1,2})(?P<unit>日間|週間|[かヶカケ]月(?:間)?)"
    r"(?!ほど|程度|くらい|ぐらい|前後|弱|強|余り|あまり|近く|以上|以内|未満|足らず|超)"
)
# 受付は2週間（10月1日〜10月20日）: the length first, its dates in brackets.
_LENGTH_THEN_RANGE_DAYS = lazy_regex.compile(
    r"(?<![0-9約])(?P<n>[0-9]{1,2})(?P<unit>日間|週間|[かヶカケ]月(?:間)?)\s*[(（]\s*"
    r"(?P<m1>[0-9]{1,2})月(?P<d1>[0-9]{1,2})日(?:\s*[(（][^)）\n]{1,6}[)）])?\s*(?:〜|~|－|から)\s*"
    r"(?:(?P<m2>[0-9]{1,2})月)?(?P<d2>[0-9]{1,2})日(?:\s*[(（][^)）\n]{1,6}[)）])?\s*(?:まで)?\s*[)）]"
)
_RANGE_HOURS = lazy_regex.compile(
    r"(?<![0-9:.])" + _CLOCK.format(p="a") + r"\s*(?:〜|~|－|-|から)\s*" + _CLOCK.format(p="b")
    + r"\s*(?:まで)?\s*(?:の|、|\s)?\s*(?:計|合計)?(?P<approx>約|およそ|ほぼ)?\s*(?P<n>[0-9]{1,2})時間(?!半|[0-9])"
)
# 断水は約3時間（9:00〜16:00）: the length first, the clock times in brackets
# right after it.  A window the work falls in (〜の間, のうち, 内) or a
# break told in the brackets (休憩) is no contradiction.
_HOURS_THEN_RANGE = lazy_regex.compile(
    r"(?<![0-9.])(?P<approx>約|およそ|ほぼ|最大)?\s*(?P<n>[0-9]{1,2})時間(?P<half>半)?(?P<near>程度|ほど|くらい|ぐらい|前後|弱|強)?"
    r"\s*[(（]\s*" + _CLOCK.format(p="a") + r"\s*(?:〜|~|－|-|から)\s*" + _CLOCK.format(p="b")
    + r"\s*(?:まで|の予定|予定|頃|ごろ)?\s*[)）]"
)


_LENGTH_WORD = lazy_regex.compile(r"日間|時間|週間|[かヶカケ]月")


@validator("range_length_mismatch", scope="paragraph", needs=(_LENGTH_WORD,))
def range_length_mismatches(doc):
    text = doc.text
    for m in [*_RANGE_DAYS.finditer(text), *_LENGTH_THEN_RANGE_DAYS.finditer(text)]:
        m1, d1, d2 = int(m.group("m1")), int(m.group("d1")), int(m.group("d2"))
        m2 = int(m.group("m2")) if m.group("m2") else m1
        year = doc.today.year
        start, end = _date(year, m1, d1), _date(year if m2 >= m1 else year + 1, m2, d2)
        if start is None or end is None:
            continue
        if not _range_fits_length(start, end, int(m.group("n")), m.group("unit")):
            yield m.span()
    for m in _RANGE_HOURS.finditer(text):
        span = _span_minutes(text, m)
        if span is None:
            continue
        if m.group("approx"):
            if _far_from(span, int(m.group("n")) * 60):
                yield m.span()
        elif span % 60 == 0 and span // 60 != int(m.group("n")):
            yield m.span()
    for m in _HOURS_THEN_RANGE.finditer(text):
        span = _span_minutes(text, m)
        if span is None:
            continue
        stated = int(m.group("n")) * 60 + (30 if m.group("half") else 0)
        if m.group("approx") or m.group("near"):
            if _far_from(span, stated):
                yield m.span()
        elif span % 30 == 0 and span != stated:
            yield m.span()


def _range_fits_length(start: dt.date, end: dt.date, n: int, unit: str) -> bool:
    """Whether the days start..end (both counted) are n of unit.  Days are
    exact; weeks and months are said loosely by the calendar (1日から15日までの
    2週間, 4月15日から5月15日までの1か月), so a day or two either way is let go
    — 10月1日から20日までの2週間 (20 days) is not."""
    days = (end - start).days + 1
    if unit == "日間":
        return days == n
    if unit == "週間":
        return abs(days - 7 * n) <= 1
    month = start.month - 1 + n
    year, month = start.year + month // 12, month % 12 + 1
    expected = _date(year, month, start.day) or _date(year, month + 1 if month < 12 else 1, 1)
    if expected is None:
        return True
    return abs((end - (expected - dt.timedelta(days=1))).days) <= 2


def _span_minutes(text: str, m) -> int | None:
    """Minutes from clock a to clock b of m (10時半 is 10:30; past midnight wraps)."""
    start, end = _minutes(m, "a"), _minutes(m, "b")
    if start is None or end is None:
        return None
    start += 30 if text.startswith("時半", m.end("ah")) else 0
    end += 30 if text.startswith("時半", m.end("bh")) else 0
    return end - start if end > start else end + 24 * 60 - start


def _far_from(span: int, stated: int) -> bool:
    """A rounded length (約3時間) beyond rounding of the clock times' span:
    more than an hour and a quarter of it away."""
    return abs(span - stated) > max(60, span // 4)


# 「全5回の講座です。日程は7/4、7/11、7/18の3日間」: a course's number of
# sessions that the dates listed for it contradict.  Only a list of two or
# more dates labelled as the schedule (日程は…, 開催日：…) or closed by its
# own length (…の3日間, …の計3回) is counted; two sessions a day (各日2回,
# 午前・午後, 2部制), a list of the dates left (残り, うち) or an open list
# (ほか, など) say nothing about the total.
_SESSION_TOTAL = lazy_regex.compile(
    r"(?:全|計|合計|全部で|通算)\s?(?P<n>[0-9]{1,2})\s?回(?!目)|(?<![0-9第])(?P<n2>[0-9]{1,2})回(?:シリーズ|連続|コース|講座)"
)
_LIST_DATE = r"(?:[0-9]{1,2}/[0-9]{1,2}|(?:[0-9]{1,2}月)?[0-9]{1,2}日)(?:\s?[(（][月火水木金土日祝・]{1,4}[)）])?"
_DATE_LIST = lazy_regex.compile(
    r"(?<![0-9/])(?:[0-9]{1,2}/[0-9]{1,2}|[0-9]{1,2}月[0-9]{1,2}日)(?:\s?[(（][月火水木金土日祝・]{1,4}[)）])?"
    rf"(?:\s?[、,・]\s?{_LIST_DATE}){{1,11}}(?![0-9/〜~]|\s?(?:〜|~|から|ほか|他|など|等|以降))"
)
_LIST_COUNT = lazy_regex.compile(r"(?:\s?の|\s)?\s?(?:計|全)?(?P<n>[0-9]{1,2})(?:日間|回)")
_SCHEDULE_LABEL = lazy_regex.compile(r"(?:日程|日時|開催日|期日|日にち|実施日|開講日|講座日|とき)(?:は|:|：)?\s?$")
_SEVERAL_A_DAY = lazy_regex.compile(
    r"各日|(?:1|一)日(?:[0-9]|[二三四])回|午前.{0,4}午後|[0-9二三]部制|[昼夜]の部|各[0-9]回|残り|うち|振替|予備日|ほか|など"
)
_ROUND_WORD = lazy_regex.compile(r"回")
# 全3回（6月4日・11日・18日）: the dates bracketed right after the count they make
_TOTAL_THEN_LIST = lazy_regex.compile(r"(?:全|計|合計|全部で|通算)\s?[0-9]{1,2}\s?回\s?[(（:：]\s?(?:日程|日時|開催日)?(?:は|:|：)?\s?$")
_NUMBERED_SESSION = lazy_regex.compile(
    r"(?:第\s?(?P<k>[0-9]{1,2})\s?回(?:目)?|(?<![0-9第])(?P<k2>[0-9]{1,2})\s?回目)"
    r"(?=\s?(?:[、。,!！?？はがもで)）]|です|の(?:講座|日|内容|テーマ|授業|教室)|最終))"
)
_LIST_ITEM = lazy_regex.compile(r"[0-9]{1,2}日|[0-9]{1,2}/[0-9]{1,2}")


@validator("session_count_mismatch", scope="paragraph", needs=(_ROUND_WORD,))
def session_count_mismatches(doc):
    text = doc.text
    totals = list(_SESSION_TOTAL.finditer(text))
    if not totals or _SEVERAL_A_DAY.search(text):
        return
    # 全3回の講座の「第4回」: a numbered session past the series' total.  A
    # 第N回 that names an event (第25回市民講座) is the event's edition, so
    # only a bare one counts (第4回は, 第4回、最終回, 4回目の).
    counts = {int(t.group("n") or t.group("n2")) for t in totals}
    if len(counts) == 1:
        n = counts.pop()
        for m in _NUMBERED_SESSION.finditer(text, totals[0].end()):
            if int(m.group("k") or m.group("k2")) > n:
                yield totals[0].span()
                yield m.span()
                return
    lists = []
    for m in _DATE_LIST.finditer(text):
        count = _LIST_COUNT.match(text, m.end())
        labelled = _SCHEDULE_LABEL.search(text, max(0, m.start() - 8), m.start()) \
            or _TOTAL_THEN_LIST.search(text, max(0, m.start() - 14), m.start())
        if count or labelled:
            items = len(_LIST_ITEM.findall(m.group()))
            lists.append((m.start(), count.end() if count else m.end(), items))
    if len(lists) != 1:
        return
    start, end, items = lists[0]
    for t in totals:
        n = int(t.group("n") or t.group("n2"))
        if n != items:
            yield t.span()
            yield start, end


# 「毎週火曜と金曜の週3回」「週2回（月・水・金）」: a number of days a week
# that the weekdays named with it do not make.  The weekdays are a closed
# list joined straight to the count — before it with の / 、, or in brackets
# after it; 隔週, 第N (第1・第3水曜), 祝日 and open lists (など, ほか) count
# something else.
_WEEKDAY = r"[月火水木金土日](?:曜日|曜)"
_WEEKDAY_JOIN = r"(?:\s?(?:と|・|、|,|／|/|及び|および|及|や)\s?)"
_WEEKDAY_LIST = (
    rf"(?P<list>{_WEEKDAY}(?:{_WEEKDAY_JOIN}{_WEEKDAY}){{1,6}}"
    r"|[月火水木金土日](?:・[月火水木金土日]){1,6}(?:曜日|曜)?)"
)
_WEEKDAYS_THEN_COUNT = lazy_regex.compile(
    rf"(?<![第隔0-9])(?<!祝)(?<!祝・){_WEEKDAY_LIST}(?![・、]?祝)\s?(?:の|、|に|で)?\s?(?:計)?週\s?(?P<n>[0-9]|[一二三四五六七])\s?(?:回|日)"
)
_COUNT_THEN_WEEKDAYS = lazy_regex.compile(
    rf"週\s?(?P<n>[0-9]|[一二三四五六七])\s?(?:回|日)\s?[(（:：]\s?(?:毎週)?{_WEEKDAY_LIST}\s?[)）]"
)
# 「3日間の日程で、10日と11日の両日」「7月10日・11日・12日の2日間」: a number of
# days that the dates listed as those days do not make.  The dates are a
# closed list (と / ・ / 、) closed by its own count (の両日, の2日間) or
# bracketed right after the count (3日間（10日・11日））; 両日 is two days.
_DAY = r"(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:\s?[(（][月火水木金土日祝・]{1,4}[)）])?"
_DAY_LIST_CLOSED = lazy_regex.compile(
    rf"(?<![0-9〜~])(?P<list>{_DAY}(?:\s?(?:と|・|、|,|及び|および)\s?{_DAY}){{1,6}})"
    r"\s?(?:の|、)\s?(?:(?P<both>両日)|(?:計|全)?(?P<n>[0-9]{1,2})日間)"
)
_COUNT_THEN_DAYS = lazy_regex.compile(
    rf"(?<![0-9約])(?P<n>[0-9]{{1,2}})日間\s?[(（:：]\s?(?P<list>{_DAY}(?:\s?(?:と|・|、|,)\s?{_DAY}){{1,6}})\s?[)）]"
)
# ...the length of the whole schedule (3日間の日程で, 2日間にわたり開催), not
# of one part of it (まつりは3日間、13日と14日の両日に花火).
_DAY_COUNT_ELSEWHERE = lazy_regex.compile(
    r"(?<![0-9約各])(?P<n>[0-9]{1,2})日間(?=\s?(?:の(?:日程|会期|開催|期間)|にわた|で?開催|(?:に|で)?(?:実施|開講|行い|行われ|行います)))"
)
_OTHER_DAYS = lazy_regex.compile(r"ほか|他|など|等|うち|残り|予備日|振替|延長|各日|以降|〜|~|から")
_WEEK_WORD = lazy_regex.compile(r"週|日間|両日")
_PICKED_OUT = lazy_regex.compile(r"特に|とくに|とりわけ|なかでも|中でも|最終|初日|前半|後半|土日|週末|混雑")
_PICKED_OUT_AFTER = lazy_regex.compile(r"\s?(?:は|も|が|だけ|のみ|に限り)")
@validator("day_count_mismatch", scope="paragraph", needs=(_WEEK_WORD,))
def day_count_mismatches(doc):
    text = doc.text
    for m in [*_WEEKDAYS_THEN_COUNT.finditer(text), *_COUNT_THEN_WEEKDAYS.finditer(text)]:
        around = text[max(0, m.start() - 4):m.end() + 6]
        if re.search(r"隔週|第[0-9一二三四]|祝|など|ほか|他|午前|午後|各", around):
            continue
        days = set(re.findall(r"[月火水木金土日]", re.sub(r"曜日|曜", "", m.group("list"))))
        if len(days) != number(m.group("n")):
            yield m.span()
    for m in [*_DAY_LIST_CLOSED.finditer(text), *_COUNT_THEN_DAYS.finditer(text)]:
        if _OTHER_DAYS.search(m.group("list")):
            continue
        items = len(re.findall(r"[0-9]{1,2}日", m.group("list")))
        if m.groupdict().get("both"):
            if items != 2:
                yield m.span()
                continue
            # 「3日間の日程で、10日と11日の両日」: the length told earlier in
            # the sentence is the same days counted again — unless the two
            # days are picked out of it (特に13日と14日の両日は混雑).
            if _PICKED_OUT_AFTER.match(text, m.end()):
                continue
            sentence_start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            for c in _DAY_COUNT_ELSEWHERE.finditer(text, sentence_start, m.start()):
                if (int(c.group("n")) != 2 and not _OTHER_DAYS.search(text, c.end(), m.start())
                        and not _PICKED_OUT.search(text, c.end(), m.start())):
                    yield c.span()
                    yield m.span()
                    break
        elif items != int(m.group("n")):
            yield m.span()


# 「3泊2日の旅行」: a stay of N nights lasts N+1 days, so 3泊2日 or 2泊2日
# contradicts itself.  日帰り has no 泊 and is not counted; 2泊3日目 (the
# third day of a stay) is a day number, not a length.
_STAY_LENGTH = lazy_regex.compile(
    rf"(?<![0-9一二三四五六七八九十〇])(?P<nights>{_NUM})\s?泊\s?(?P<days>{_NUM})\s?日(?!目)"
)
_NIGHT_WORD = lazy_regex.compile(r"泊")


# Tour brochures count a night on a plane, bus or ferry apart from the hotel
# nights (4泊6日（機中1泊）), so more days than nights+1 is a contradiction
# only when no such night is mentioned; fewer days than nights+1 always is.
_TRAVEL_NIGHT = lazy_regex.compile(r"機中|機内|車中|車内|船中|船内|夜行|フェリー|寝台|深夜便|夜便")


@validator("stay_length_mismatch", scope="paragraph", needs=(_NIGHT_WORD,))
def stay_length_mismatches(doc):
    text = doc.text
    for m in _STAY_LENGTH.finditer(text):
        nights, days = number(m.group("nights")), number(m.group("days"))
        if days < nights + 1 or (days > nights + 1 and not _TRAVEL_NIGHT.search(text)):
            yield m.span()


# 明治43年（1910年）に建てられた八千代座は、今年で築90年: the year a building
# went up (or a school or shop opened) and its age this year that disagree.
# The age must be told as now (今年で, 現在, を迎え); one year either way is
# let go (the writer may count from a date not yet passed this year).
_BUILT_YEAR = lazy_regex.compile(
    r"(?:(?P<era>明治|大正|昭和|平成|令和)\s*(?P<n>元|[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*年\s*(?:[(（]\s*(?:西暦)?\s*(?P<y2>1[89][0-9]{2}|20[0-9]{2})\s*年?\s*[)）])?"
    r"|(?<![0-9])(?:西暦)?(?P<y>1[89][0-9]{2}|20[0-9]{2})\s*年)"
    r"(?P<gap>[^。\n]{0,24}?)(?P<verb>建て|建築|建設|竣工|完成|落成|創建|建立|開業|開館|開校|創業|創立|設立)"
)
_AGE_NOW = lazy_regex.compile(
    r"(?:今年で|今年は|現在|本年で|今では|今で)\s*(?:ちょうど)?\s*(?:築|創業|創立|開校|開館|開業|設立)\s*(?P<n>[0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*(?P<kind>周年|年目|年)"
)


@validator("building_age_mismatch", scope="paragraph", needs=(_AGE_NOW,))
def building_age_mismatches(doc):
    text = doc.text
    for built in _BUILT_YEAR.finditer(text):
        if built.group("y") or built.group("y2"):
            year = int(built.group("y") or built.group("y2"))
        else:
            n = 1 if built.group("n") == "元" else number(built.group("n"))
            year = _ERA_BASE[built.group("era")] + n
        # the age told after it in the same sentence (a new sentence may be
        # about another building), with no other year in between
        age = _AGE_NOW.search(text, built.end(), min(len(text), built.end() + 60))
        if age is None or re.search(r"[0-9]{4}年|明治|大正|昭和|平成|令和|[。！？!?\n]", text[built.end():age.start()]):
            continue
        told = number(age.group("n"))
        if age.group("kind") == "年目":
            told -= 1
        if abs((doc.today.year - year) - told) > 1:
            yield built.start(), built.end()
            yield age.start(), age.end()
            return
