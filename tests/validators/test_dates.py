"""Dates and times that cannot be right (5.4).  Every check passes `today`,
so the answer does not depend on the day the suite runs."""

from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2026, 6, 1)


def _flagged(engine, text, today=TODAY):
    return [text[f.start:f.end] for f in engine.check(text, today=today).findings
            if f.item == "5.4" and f.severity in ("error", "warning")]


@pytest.mark.parametrize("text, wrong", [
    ("2026年8月15日(金)に開催します", "2026年8月15日(金)"),  # 2026-08-15 is a Saturday
    ("2026年8月15日(金)・16日(日)に開催します", "2026年8月15日(金)"),
    ("2026年8月15日(土)・16日(月)に開催します", "16日(月)"),  # the second date is checked too
    ("令和8年9月19日（日曜日）に開催", "令和8年9月19日（日曜日）"),
    ("2026/11/3(月・祝) 開演", "2026/11/3(月・祝)"),
    ("2026年11月4日(祝)は休館", "2026年11月4日(祝)"),  # not a holiday
    ("2027年の二十歳のつどいは、1月9日(金)に開催します", "1月9日(金)"),  # year from 2027年 before
    ("年内の最終収集日は12月29日(月)です", "12月29日(月)"),  # 年内 = this year
    ("12月29日(月)は年内最後の収集日です", "12月29日(月)"),
    ("来年の1月5日(月)から受け付けます", "1月5日(月)"),
    ("4月29日(金・祝)に開催！", "4月29日(金・祝)"),  # fits no year 2025-2027 with 祝
    ("2026.7.4(日) 開催", "2026.7.4(日)"),
    ("R8.7.4(日)開催", "R8.7.4(日)"),
    ("2026年8月15日・16日（金・土）に開催", "8月15日・16日（金・土）"),  # one bracket for two days
])
def test_wrong_weekdays_are_flagged(engine, text, wrong):
    assert _flagged(engine, text) == [wrong]


@pytest.mark.parametrize("text", [
    "2026年8月15日(土)・16日(日)の山鹿灯籠まつり",
    "2026年11月3日(火・祝)14時開演",
    "2027年2月11日(木・祝)に開催します。申込みは1月29日(金)までです。",
    "年内の受付は12月28日(月)の16時までです。年明けは2027年1月5日(火)から受け付けます。",
    "2026年12月26日(土)から1月4日(月)まで休みます",  # rolls over into 2027
    "令和8年度の申告期限は3月15日(月)です",  # fiscal year: March is 2027
    "令和7年分の確定申告の期限は2026年3月16日(月)です。相談は2月16日(月)から。",
    "さくら湯は3月9日(月)、設備点検のため休館します",
    "8/15(土)は灯籠まつり",
    "10/10(土)・10/12(日)の2日間開催！",  # no year: 2025-10-12 was a Sunday
    "2026年9月22日(火・祝)は国民の休日",
    "2026年5月6日(水・休)は振替休日です",
    "2026年7月4日 土曜日 受付",
    "2026年8月15、16日(土・日)は灯籠まつり",
])
def test_right_weekdays_are_not_flagged(engine, text):
    assert _flagged(engine, text) == []


def test_no_year_in_sight_uses_the_three_years_around_today(engine):
    # 2026-03-10 is a Tuesday, 2025-03-10 a Monday, 2027-03-10 a Wednesday.
    assert _flagged(engine, "3月10日(木)は臨時休館します") == ["3月10日(木)"]
    assert _flagged(engine, "3月10日(月)は臨時休館します") == []
    # The same date is judged against the years around a different today.
    assert _flagged(engine, "3月10日(月)は臨時休館します", today=dt.date(2029, 1, 1)) == ["3月10日(月)"]  # 2028-2030: Fri, Sat, Sun


def test_a_relative_year_nearer_than_a_written_year_wins(engine):
    # 2025-08-15 was a Friday, 2026-08-15 is a Saturday.
    text = "2025年の大会は雨でした。今年は8月15日(土)に開催します"
    assert _flagged(engine, text, today=dt.date(2026, 6, 1)) == []
    assert _flagged(engine, "2025年の大会は8月15日(土)でした") == ["8月15日(土)"]


def test_this_year_follows_today(engine):
    text = "今年のクリスマス会は12月25日(金)です"  # 2026-12-25 is a Friday
    assert _flagged(engine, text, today=dt.date(2026, 6, 1)) == []
    assert _flagged(engine, text, today=dt.date(2027, 6, 1)) == ["12月25日(金)"]


@pytest.mark.parametrize("text, wrong", [
    ("申込期限は2月30日です", "2月30日"),
    ("4月31日に開催します", "4月31日"),
    ("2026年2月29日までに提出", "2026年2月29日"),
])
def test_impossible_dates(engine, text, wrong):
    assert _flagged(engine, text) == [wrong]


def test_leap_day_in_a_leap_year_is_fine(engine):
    assert _flagged(engine, "2028年2月29日までに提出") == []


@pytest.mark.parametrize("text, wrong", [
    ("受付は午後13時からです", "午後13時"),
    ("10月1日の25時00分に行います", "25時00分"),
    ("開始は10時75分です", "10時75分"),
    ("開始は午前13時30分です", "午前13時30分"),
    ("開場 17:60", "17:60"),
])
def test_impossible_times(engine, text, wrong):
    assert _flagged(engine, text) == [wrong]


@pytest.mark.parametrize("text", [
    "受付は13時からです", "24時間営業です", "午後12時45分に集合", "25時間テレビ",
    "会議は14:00-15:30です", "24時まで開いています", "試合はスコア25:23で勝利しました",
])
def test_possible_times_and_durations(engine, text):
    assert _flagged(engine, text) == []
