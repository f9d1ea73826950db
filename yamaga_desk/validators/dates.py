"""Dates, weekdays, holidays and times that cannot be right.

A date written with a weekday, 8月15日(土) or 8/15(土), takes its year from
the nearest 20XX年 or 令和N年 before it; with no year in sight it is wrong
only when the weekday fits none of last year, this year and next year.
A (祝) claim is checked against Japan's national holidays (jpholiday).
"""

from __future__ import annotations

import datetime as dt
import re

from . import validator

WEEKDAYS = "月火水木金土日"
_YEAR = re.compile(
    r"(?:(?P<western>20[0-9]{2})年|令和(?P<reiwa>元|[0-9]{1,2})年|(?P<this>今年|年内|本年|今年度))"
)
_DATE_WITH_DAY = re.compile(
    r"(?P<month>[0-9]{1,2})(?:月|/)(?P<day>[0-9]{1,2})日?"
    r"\s*[(（](?P<weekday>[月火水木金土日])(?:曜日?)?(?P<holiday>[・･,、]?祝)?[)）]"
)
_MONTH_DAY = re.compile(r"(?<![0-9])(?P<month>[0-9]{1,2})月(?P<day>[0-9]{1,2})日")


def _year_before(text: str, pos: int, today: dt.date) -> int | None:
    year = None
    for m in _YEAR.finditer(text, 0, pos):
        if m.group("this"):
            year = today.year
        elif m.group("western"):
            year = int(m.group("western"))
        else:
            n = m.group("reiwa")
            year = 2018 + (1 if n == "元" else int(n))
    return year


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _is_holiday(date: dt.date) -> bool:
    import jpholiday

    return jpholiday.is_holiday(date)


@validator("weekday_mismatch")
def weekday_mismatches(doc):
    """M月D日(曜) whose weekday (or 祝) is wrong for its year."""
    text = doc.text
    for m in _DATE_WITH_DAY.finditer(text):
        month, day = int(m.group("month")), int(m.group("day"))
        weekday = WEEKDAYS.index(m.group("weekday"))
        year = _year_before(text, m.start(), doc.today)
        years = [year] if year else [doc.today.year + d for d in (0, -1, 1)]
        fits = False
        for y in years:
            date = _date(y, month, day)
            if date and date.weekday() == weekday and (not m.group("holiday") or _is_holiday(date)):
                fits = True
                break
        if not fits:
            yield m.span()


@validator("impossible_date", scope="paragraph")
def impossible_dates(doc):
    """2月30日, 13月1日: a month/day that no calendar has."""
    for m in _MONTH_DAY.finditer(doc.text):
        month, day = int(m.group("month")), int(m.group("day"))
        if not (1 <= month <= 12) or _date(2024, month, day) is None:  # 2024: leap year
            yield m.span()


_TIME = re.compile(r"(?P<ampm>午前|午後)?(?<![0-9])(?P<hour>[0-9]{1,2})(?:時|:)(?P<minute>[0-9]{1,2}分?)?")


@validator("impossible_time", scope="paragraph")
def impossible_times(doc):
    """午後13時, 25時00分, 10時75分: a clock time that does not exist.

    24時 and 翌1時 style times are allowed (they are common for events that
    run past midnight); 25時 and later are not."""
    for m in _TIME.finditer(doc.text):
        hour = int(m.group("hour"))
        minute_text = (m.group("minute") or "").rstrip("分")
        minute = int(minute_text) if minute_text else 0
        if m.group("ampm") and hour > 12:
            yield m.span()
        elif hour > 24 or minute > 59:
            # 「25時間」 is a duration, not a time.
            if doc.text.startswith("間", m.end()) or doc.text.startswith("時間", m.start("hour") + len(m.group("hour"))):
                continue
            yield m.span()
