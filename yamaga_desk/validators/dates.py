"""Dates, weekdays, holidays and times that cannot be right.

A date written with a weekday — 8月15日(土), 8/15(土), 2026年8月15日（土曜日）,
令和8年8月15日(土), or the second date of a range 8月15日(土)・16日(日) —
takes its year from

1. a year written in the date itself (2026/8/15(土)), else
2. the nearest 20XX年 / 令和N年 (年度) before it, else
3. the nearest 今年 / 年内 / 本年 (this year), 来年 / 年明け (next year),
   昨年 / 去年 (last year) before it or in its sentence, else
4. none: the date is wrong only when its weekday fits none of last year,
   this year and next year.

A 祝 claim, 11月3日(火・祝), must also be a national holiday (jpholiday).
"This year" is ``doc.today``, so examples and tests are deterministic.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import validator

WEEKDAYS = "月火水木金土日"

# A year mention: 2026年, 2026年度, 令和8年, 令和元年度, R8年.
_YEAR = re.compile(
    r"(?<![0-9])(?:(?P<western>20[0-9]{2})|(?:令和|R)(?P<reiwa>元|[0-9]{1,2}))年(?P<fiscal>度)?"
)
_RELATIVE_YEAR = re.compile(r"(?P<word>今年度?|本年度?|年内|来年度?|年明け|昨年度?|去年)")
_RELATIVE_OFFSET = {"今年": 0, "本年": 0, "年内": 0, "来年": 1, "年明け": 1, "昨年": -1, "去年": -1}

_WEEKDAY_CLAIM = (
    r"\s*(?:[(（]\s*(?P<wd>[月火水木金土日])(?:曜日?)?\s*(?:[・･,、/]\s*(?P<hol>祝日?|休日?|振休|振替休日))?\s*[)）]"
    r"|[(（]\s*(?P<holonly>祝日?)\s*[)）]"
    r"|の?(?P<wdbare>[月火水木金土日])曜日?)"
)
# The date itself: optional year (2026年 / 2026/ / 令和8年 / R8.), month, day.
_DATE_WITH_DAY = re.compile(
    r"(?<![0-9])"
    r"(?:(?:(?P<y>20[0-9]{2})\s*(?:年|/|\.|-)|(?:令和|R)\s*(?P<r>元|[0-9]{1,2})\s*(?:年|\.|/))\s*)?"
    r"(?:(?P<m>[0-9]{1,2})\s*(?:月|/|\.)\s*)?"
    r"(?P<d>[0-9]{1,2})(?(m)日?|日)" + _WEEKDAY_CLAIM
)
_MONTH_DAY = re.compile(
    r"(?<![0-9])(?:(?P<y>20[0-9]{2})年)?(?P<month>[0-9]{1,2})月(?P<day>[0-9]{1,2})日"
)


# Two days sharing one weekday bracket: 8月15日・16日（土・日）, 15、16日(土・日).
_DAY_PAIR = re.compile(
    r"(?<![0-9])(?:(?P<m>[0-9]{1,2})月)?(?P<d1>[0-9]{1,2})日?\s*[・、,~〜-]\s*(?:(?P<m2>[0-9]{1,2})月)?(?P<d2>[0-9]{1,2})日"
    r"\s*[(（]\s*(?P<wd1>[月火水木金土日])(?:曜日?)?\s*[・、,~〜-]\s*(?P<wd2>[月火水木金土日])(?:曜日?)?\s*[)）]"
)


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


def _year_mentions(text: str):
    """(start, year, fiscal) for every explicit year mention."""
    for m in _YEAR.finditer(text):
        year = int(m.group("western")) if m.group("western") else _reiwa(m.group("reiwa"))
        yield m.start(), year, bool(m.group("fiscal"))


def _relative_years(text: str, pos: int, sentence: tuple[int, int], today: dt.date,
                    month: int) -> list[int] | None:
    """Years meant by the nearest 今年 / 来年 / 昨年… before `pos`, or failing
    that one later in the same sentence (12月29日(月)は年内最後の収集日)."""
    before = [m for m in _RELATIVE_YEAR.finditer(text, 0, pos)]
    after = [m for m in _RELATIVE_YEAR.finditer(text, pos, sentence[1])]
    chosen = before[-1] if before else (after[0] if after else None)
    if chosen is None:
        return None
    word = chosen.group("word")
    year = today.year + _RELATIVE_OFFSET[word.rstrip("度")]
    years = [year]
    if word.endswith("度") and month <= 3:
        years.append(year + 1)  # 今年度の3月 is next calendar year
    if word == "年明け":
        years.append(today.year)  # written in January, 年明け is this year
    return years


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def is_holiday(date: dt.date) -> bool:
    import jpholiday

    return bool(jpholiday.is_holiday(date))


def date_claims(doc) -> list[DateClaim]:
    """Every date written with a weekday or a 祝 claim, with its candidate years."""
    text = doc.text
    years = list(_year_mentions(text))
    claims: list[DateClaim] = []
    last_month: int | None = None
    last_month_pos = -1
    months_since_year: list[int] = []
    year_pos = -1
    for m in _DATE_WITH_DAY.finditer(text):
        month = int(m.group("m")) if m.group("m") else None
        day = int(m.group("d"))
        if month is None:
            # 16日(日) after 8月15日(土): the month of the nearest date before,
            # in the same sentence or the next one.
            if last_month is None or m.start() - last_month_pos > 80:
                continue
            month = last_month
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        wd = m.group("wd") or m.group("wdbare")
        weekday = WEEKDAYS.index(wd) if wd else None
        holiday = bool(m.group("hol") and m.group("hol").startswith(("祝", "振"))) or bool(m.group("holonly"))

        if m.group("y") or m.group("r"):
            explicit = int(m.group("y")) if m.group("y") else _reiwa(m.group("r"))
            candidates = [explicit]
            year_pos, months_since_year = m.start(), []
        else:
            before = [(p, y, f) for p, y, f in years if p < m.start()]
            relative_before = [r.start() for r in _RELATIVE_YEAR.finditer(text, 0, m.start())]
            if before and relative_before and relative_before[-1] > before[-1][0]:
                # 「2025年の大会は…。今年は8月15日(土)に」: 今年 is nearer.
                before = []
            if before:
                pos, year, fiscal = before[-1]
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
                relative = _relative_years(text, m.start(), doc.sentence_at(m.start()), doc.today, month)
                if relative is not None:
                    candidates = relative
                else:
                    candidates = [doc.today.year + d for d in (0, -1, 1)]
        months_since_year.append(month)
        last_month, last_month_pos = month, m.end()
        claims.append(DateClaim(m.start(), m.end(), month, day, weekday, holiday, tuple(candidates)))
    claims.extend(_pair_claims(doc, years, claims))
    return claims


def _pair_claims(doc, years, single_claims: list[DateClaim]) -> list[DateClaim]:
    """8月15日・16日（土・日）: both days against both weekdays, the year as for
    a single date (from a year before, else the three years around today)."""
    text = doc.text
    out = []
    for m in _DAY_PAIR.finditer(text):
        month = int(m.group("m")) if m.group("m") else None
        if month is None:
            before = [c for c in single_claims if c.end <= m.start() and m.start() - c.end <= 80]
            if not before:
                continue
            month = before[-1].month
        month2 = int(m.group("m2")) if m.group("m2") else month
        explicit = [y for p, y, _ in years if p < m.start()]
        candidates = (explicit[-1],) if explicit else tuple(doc.today.year + d for d in (0, -1, 1))
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


@validator("weekday_mismatch")
def weekday_mismatches(doc):
    """A date whose weekday (or 祝) is wrong for every year it may belong to."""
    for claim in date_claims(doc):
        if not claim_fits(claim):
            yield claim.start, claim.end


@validator("impossible_date", scope="paragraph")
def impossible_dates(doc):
    """2月30日, 13月1日, 2026年2月29日: a month/day that no calendar has."""
    for m in _MONTH_DAY.finditer(doc.text):
        month, day = int(m.group("month")), int(m.group("day"))
        year = int(m.group("y")) if m.group("y") else 2024  # 2024: a leap year
        if not (1 <= month <= 12) or _date(year, month, day) is None:
            yield m.span()


_TIME = re.compile(
    r"(?P<ampm>午前|午後)?\s*(?<![0-9.:])(?P<hour>[0-9]{1,2})時(?!間|点|期|代|計|限|給|速|差|刻表)"
    r"(?:(?P<minute>[0-9]{1,2})分)?"
    r"|(?P<ampm2>午前|午後)?\s*(?<![0-9.:/])(?P<hour2>[0-9]{1,2}):(?P<minute2>[0-9]{2})(?![0-9]|:[0-9])"
)


_SCORE_CONTEXT = re.compile(r"スコア|得点|点差|セット|勝利|勝ち|負け|敗れ|試合|対戦|[0-9]対[0-9]|比率|倍率")


@validator("impossible_time", scope="paragraph")
def impossible_times(doc):
    """午後13時, 25時00分, 10時75分, 17:60: a clock time that does not exist.

    24時 and 24:00 are allowed (the end of a day); 25時 and later are not,
    and 午前/午後 take hours up to 12.  25時間 is a duration, not a time."""
    for m in _TIME.finditer(doc.text):
        if m.group("hour2") and _SCORE_CONTEXT.search(doc.text, *doc.sentence_at(m.start())):
            continue  # 25:23 is a score, not a time
        ampm = m.group("ampm") or m.group("ampm2")
        hour = int(m.group("hour") or m.group("hour2"))
        minute_text = m.group("minute") or m.group("minute2")
        minute = int(minute_text) if minute_text else 0
        if (ampm and hour > 12) or hour > 24 or minute > 59:
            start = m.start()
            while doc.text[start].isspace():
                start += 1
            yield start, m.end()
