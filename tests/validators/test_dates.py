"""Dates and times that cannot be right (5.4).  Every check passes `today`,
so the answer does not depend on the day the suite runs."""

from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2026, 6, 1)


@pytest.mark.parametrize("text, wrong", [
    ("2026年8月15日(金)に開催します", "2026年8月15日(金)"),  # 2026-08-15 is a Saturday
    ("2026年8月15日(金)・16日(日)に開催します", "2026年8月15日(金)"),
    ("2026年8月15日(土)・16日(月)に開催します", "16日(月)"),  # the second date is checked too
    ("令和8年9月19日（日曜日）に開催", "令和8年9月19日（日曜日）"),
    ("2026/11/3(月・祝) 開演", "2026/11/3(月・祝)"),
    ("2026年11月4日(祝)は休館", "2026年11月4日(祝)"),  # not a holiday
    ("2027年の二十歳のつどいは、1月9日(金)に開催します", "1月9日(金)"),  # year from 2027年 before
    ("2026年、年内の最終収集日は12月29日(月)です", "12月29日(月)"),  # 2026-12-29 is a Tuesday
    ("来年の1月7日(月)から受け付けます", "1月7日(月)"),  # Mon in none of 2025-2027
    ("4月29日(金・祝)に開催！", "4月29日(金・祝)"),  # fits no year 2025-2027 with 祝
    ("2026.7.4(日) 開催", "2026.7.4(日)"),
    ("R8.7.4(日)開催", "R8.7.4(日)"),
    ("2026年8月15日・16日（金・土）に開催", "8月15日・16日（金・土）"),  # one bracket for two days
])
def test_wrong_weekdays_are_flagged(engine, text, wrong, flagged):
    assert flagged(engine, text, "5.4", today=TODAY) == [wrong]


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
def test_right_weekdays_are_not_flagged(engine, text, flagged):
    assert flagged(engine, text, "5.4", today=TODAY) == []


def test_no_year_in_sight_uses_the_three_years_around_today(engine, flagged):
    # 2026-03-10 is a Tuesday, 2025-03-10 a Monday, 2027-03-10 a Wednesday.
    assert flagged(engine, "3月10日(木)は臨時休館します", "5.4", today=TODAY) == ["3月10日(木)"]
    assert flagged(engine, "3月10日(月)は臨時休館します", "5.4", today=TODAY) == []
    # The same date is judged against the years around a different today.
    assert flagged(engine, "3月10日(月)は臨時休館します", "5.4", today=dt.date(2029, 1, 1)) == ["3月10日(月)"]  # 2028-2030: Fri, Sat, Sun


@pytest.mark.parametrize("text", [
    # LABELS.md: with no 20XX年 before it, a date is wrong only when its
    # weekday fits none of last, this and next year.  A 昨年 / 来年 nearby
    # does not narrow that: it usually speaks of another event (2025-06-14
    # was a Saturday, 2027-03-10 is a Wednesday, 2025-03-10 a Monday).
    "昨年は雨で中止でした。6月14日(土)に開催します",
    "来年の話ですが、3月10日(月)に説明会を予定しています",
])
def test_last_or_next_year_words_never_condemn_a_date(engine, text, flagged):
    assert flagged(engine, text, "5.4", today=dt.date(2026, 6, 1)) == []


@pytest.mark.parametrize("text", [
    # 今年 / 年内 in the date's own sentence pins it to this year: the corpus
    # labels 「年内の最終収集日は12月29日(月)」 wrong in 2026 (a Tuesday), though
    # 2025-12-29 was a Monday.
    "年内の最終収集日は12月29日(月)です",
    "12月29日(月)は年内最後の収集日です",
    "昨年は雨で中止でした。今年は6月14日(土)に開催します",
])
def test_this_year_in_the_sentence_pins_the_date(engine, text, flagged):
    assert flagged(engine, text, "5.4", today=dt.date(2026, 6, 1)) != []


@pytest.mark.parametrize("text", [
    # A 今年 earlier in the sentence speaks of another event when a 来年 /
    # 昨年 stands nearer the date (2027-08-15 is a Sunday, 2026-08-15 a Saturday;
    # an emoji ends no sentence, so both words share one).
    "今年もご来場ありがとうございました🎆 来年の花火大会は8月15日(日)・16日(月)の予定です",
    "今年の反省を生かし、来年こそ8月15日(日)に開きたい",
    "今年は中止でしたが、昨年は6月14日(土)に開きました",  # 2025-06-14 was a Saturday
])
def test_a_nearer_last_or_next_year_unpins_this_year(engine, text, flagged):
    assert flagged(engine, text, "5.4", today=dt.date(2026, 6, 1)) == []


def test_this_year_nearer_than_next_year_still_pins(engine, flagged):
    # 2026-12-29 is a Tuesday: 今年 speaks of the date, 来年 of something after.
    text = "来年の計画はさておき、今年の最終収集日は12月29日(月)です"
    assert flagged(engine, text, "5.4", today=dt.date(2026, 6, 1)) == ["12月29日(月)"]


def test_a_relative_year_nearer_than_a_written_year_wins(engine, flagged):
    # 2025-08-15 was a Friday, 2026-08-15 is a Saturday.
    text = "2025年の大会は雨でした。今年は8月15日(土)に開催します"
    assert flagged(engine, text, "5.4", today=dt.date(2026, 6, 1)) == []
    assert flagged(engine, "2025年の大会は8月15日(土)でした", "5.4", today=TODAY) == ["8月15日(土)"]


@pytest.mark.parametrize("text", [
    # 2026-12-30 is a Wednesday, 2027-01-04 a Monday: a January date after a
    # December one in a draft pinned to this year belongs to the next year.
    "【年末年始のごみ収集】年内の最終収集は12月30日(水)、年始は1月4日(月)からです。",
    "年内の最終収集は12月30日(水)、1月4日(月)から再開します。",
    "本年の営業は12月30日(水)まで。新年は1月4日(月)より営業いたします",
    "今年の窓口は12月28日(月)までで、1月4日(月)から通常どおり開けます",
])
def test_a_january_date_after_a_december_one_rolls_over(engine, text, flagged):
    assert flagged(engine, text, "5.4", today=dt.date(2026, 11, 26)) == []


def test_the_rollover_still_checks_the_january_weekday(engine, flagged):
    # 2027-01-04 is a Monday and 2026-01-04 a Sunday: (火) fits neither.
    text = "年内の受付は12月28日(月)まで、1月4日(火)から再開します"
    assert flagged(engine, text, "5.4", today=dt.date(2026, 11, 26)) == ["1月4日(火)"]


def test_this_year_follows_today(engine, flagged):
    text = "今年のクリスマス会は12月25日(金)です"  # 2026-12-25 is a Friday
    assert flagged(engine, text, "5.4", today=dt.date(2026, 6, 1)) == []
    # today in 2029: 2028-2030 are Mon, Tue, Wed
    assert flagged(engine, text, "5.4", today=dt.date(2029, 6, 1)) == ["12月25日(金)"]


@pytest.mark.parametrize("text, wrong", [
    ("申込期限は2月30日です", "2月30日"),
    ("4月31日に開催します", "4月31日"),
    ("2026年2月29日までに提出", "2026年2月29日"),
])
def test_impossible_dates(engine, text, wrong, flagged):
    assert flagged(engine, text, "5.4", today=TODAY) == [wrong]


def test_leap_day_in_a_leap_year_is_fine(engine, flagged):
    assert flagged(engine, "2028年2月29日までに提出", "5.4", today=TODAY) == []


@pytest.mark.parametrize("text, wrong", [
    ("受付は午後13時からです", "午後13時"),
    ("10月1日の25時00分に行います", "25時00分"),
    ("開始は10時75分です", "10時75分"),
    ("開始は午前13時30分です", "午前13時30分"),
    ("開場 17:60", "17:60"),
    # the day is over after 24時: 24時45分 is 0時45分 of the next day
    ("明日の集合は庁舎前に24時45分です", "24時45分"),
    ("最終便は24:30発", "24:30"),
    ("花火は24時半から", "24時半"),
])
def test_impossible_times(engine, text, wrong, flagged):
    assert flagged(engine, text, "5.4", today=TODAY) == [wrong]


@pytest.mark.parametrize("text", [
    "受付は13時からです", "24時間営業です", "午後12時45分に集合", "25時間テレビ",
    "会議は14:00-15:30です", "24時まで開いています", "試合はスコア25:23で勝利しました",
    "24:00閉店です", "集合は0時45分です", "午後12時半に集合", "24時間365日受付",
])
def test_possible_times_and_durations(engine, text, flagged):
    assert flagged(engine, text, "5.4", today=TODAY) == []


@pytest.mark.parametrize("text, wrong", [
    ("2026年6月20日【日】開催", "2026年6月20日【日】"),  # other brackets
    ("2026年 日曜日（6月20日）に開催", "日曜日（6月20日）"),  # weekday first
    ("2026年十月十七日（日）に開催します", "2026年十月十七日（日）"),  # kanji numerals
])
def test_other_date_and_weekday_forms(engine, text, wrong, flagged):
    assert flagged(engine, text, "5.4", today=TODAY) == [wrong]


def test_a_leap_day_takes_its_year_from_the_draft(engine, flagged):
    assert flagged(engine, "2026年の湯まつりは2月29日に開催します", "5.4", today=TODAY) == ["2月29日"]
    assert flagged(engine, "2028年の湯まつりは2月29日に開催します", "5.4", today=TODAY) == []
    assert flagged(engine, "湯まつりは2月29日に開催します", "5.4", today=TODAY) == []  # no year: may be a leap year


@pytest.mark.parametrize("text, wrong", [
    ("文化の日（11月4日）は休館します", "文化の日（11月4日）"),
    ("2026年のスポーツの日、10月13日に運動会", "スポーツの日、10月13日"),  # 2026: 10月12日
    ("5月6日のこどもの日イベント", "5月6日のこどもの日"),
])
def test_a_holiday_named_with_the_wrong_date(engine, text, wrong, flagged):
    assert flagged(engine, text, "5.4", today=TODAY) == [wrong]


@pytest.mark.parametrize("text", [
    "文化の日（11月3日）は休館します",
    "11月4日は文化の日の振替休日です",
    "こどもの日を前に、5月3日にこいのぼりを揚げます",
    "2026年10月12日(月)のスポーツの日",
])
def test_holidays_with_their_dates_are_clean(engine, text, flagged):
    assert flagged(engine, text, "5.4", today=TODAY) == []


@pytest.mark.parametrize("text, wrong", [
    ("受付時間 13時〜11時", "13時〜11時"),
    ("開館は午後3時から午後1時まで", "午後3時から午後1時"),
    ("展示期間 8月16日〜14日", "8月16日〜14日"),
])
def test_ranges_that_end_before_they_start(engine, text, wrong, flagged):
    assert flagged(engine, text, "5.4", today=TODAY) == [wrong]


@pytest.mark.parametrize("text", [
    "受付時間 9時〜17時", "営業時間 18時〜翌2時", "夜店は19時〜0時まで",
    "12月28日〜1月4日は休みます", "会議は14:00-15:30です",
])
def test_ordinary_ranges_are_clean(engine, text, flagged):
    assert flagged(engine, text, "5.4", today=TODAY) == []


def test_year_lookup_is_per_date_not_per_draft(engine, flagged):
    # Many dates after one year mention and a later 今年: each date takes the
    # nearest year before it, whatever else the draft holds.
    text = "2025年の記録：8月15日(金)。" * 3 + "今年は8月15日(土)に開催。" + "2027年は8月15日(日)。"
    assert flagged(engine, text, "5.4", today=TODAY) == []
    assert flagged(engine, text.replace("8月15日(日)", "8月15日(土)"), "5.4", today=TODAY) == ["8月15日(土)"]


@pytest.mark.parametrize("text, wrong", [
    ("八千代座の夜の部は、開場18時30分・開演18時です", "開場18時30分・開演18時"),
    ("朝の集合は7時30分、バスの出発は7時です", "集合は7時30分、バスの出発は7時"),
    ("講演会 開演14:00 開場14:30", "開演14:00 開場14:30"),
    ("開場は午後6時、開演は午後5時半", "開場は午後6時、開演は午後5時半"),
    ("ステージは開演10時30分、開場11時です", "開演10時30分、開場11時"),  # ステージ alone is no second session
])
def test_steps_of_an_event_out_of_order(engine, text, wrong, flagged):
    assert flagged(engine, text, "5.4", today=TODAY) == [wrong]


@pytest.mark.parametrize("text", [
    "開場17時・開演17時30分・終演20時",
    "昼の部は開場12時30分・開演13時、夜の部は開場17時30分・開演18時",  # two sessions
    "最終受付16時、開始は10時",  # the last admission is not the opening
    "受付は16時に終了、開会は10時です",
    "受付は9時まで、開始は10時から",
])
def test_steps_in_order_or_other_clocks_are_clean(engine, text, flagged):
    assert flagged(engine, text, "5.4", today=TODAY) == []


@pytest.mark.parametrize("text, wrong", [
    ("令和8年（2025年）10月に開所", "令和8年（2025年）"),
    ("2027年（令和8年）の予定", "2027年（令和8年）"),
    ("11月1日〜3日の2日間、菊池川沿いで開催", "11月1日〜3日の2日間"),
    ("営業は10時〜15時の6時間です", "10時〜15時の6時間"),
    ("令和8年は西暦2025年です", "令和8年は西暦2025年"),
    ("令和8年（西暦2025年）4月から", "令和8年（西暦2025年）"),
    ("令和八年（二〇二五年）四月一日施行", "令和八年（二〇二五年）"),  # kanji numerals
    ("2025年、つまり令和8年の春に", "2025年、つまり令和8年"),
])
def test_era_years_and_range_lengths_that_disagree(engine, text, wrong, flagged):
    assert flagged(engine, text, "5.4", today=TODAY) == [wrong]


@pytest.mark.parametrize("text", [
    "令和8年（2026年）10月に開所", "平成31年（2019年）4月", "8月14日〜16日の3日間開催",
    "12月30日〜1月2日の4日間休みます", "9時〜17時の8時間", "22時〜2時の4時間",
    "令和八年（二〇二六年）四月一日施行", "令和8年は西暦2026年です",
    "2019年、令和元年、令和2年と続けて開催",  # a list of years, not one year twice
    "令和8年は2025年より来場者が増えました",
])
def test_era_years_and_range_lengths_that_agree(engine, text, flagged):
    assert flagged(engine, text, "5.4", today=TODAY) == []


def test_a_year_in_an_earlier_paragraph_decides_the_weekday(engine, flagged):
    """weekday_mismatch looks across paragraphs: the heading's year counts."""
    text = "2027年 夏祭りのご案内\n\n当日は8月14日(土)に開催します。"  # 2027-08-14 is a Saturday
    assert flagged(engine, text, "5.4", today=TODAY) == []
    wrong = "2027年 夏祭りのご案内\n\n8月15日(土)に開催します。"
    assert flagged(engine, wrong, "5.4", today=TODAY) == ["8月15日(土)"]


@pytest.mark.parametrize("text, wrong", [
    ("2026年8月15日 (金) 開催", "2026年8月15日 (金)"),  # spaces before the bracket
    ("開催日：2026年8月15日\n（金）", "2026年8月15日\n（金）"),  # the weekday on the next line
    ("本日は晴れ。令和8年 8月15日 金曜日 開催", "令和8年 8月15日 金曜日"),
])
def test_weekday_claims_with_spaces_and_line_breaks(engine, text, wrong, flagged):
    assert flagged(engine, text, "5.4", today=TODAY) == [wrong]


def test_steps_out_of_order_in_a_later_sentence(engine, flagged):
    text = "雨天決行です。\n駐車場は北側。開場17時・開演16時30分。"
    assert flagged(engine, text, "5.4", today=TODAY) == ["開場17時・開演16時30分"]


def test_a_leap_day_takes_its_year_from_a_heading_paragraphs_earlier(engine, flagged):
    """impossible_date runs per paragraph; the year written before the
    paragraph is its fact, so editing the heading re-decides the date."""
    from yamaga_desk.engine import Engine

    fresh = Engine.build()  # one engine for all: a stale cached paragraph would show
    body = "\n\n会場は八千代座です。\n\n湯まつりは2月29日"
    assert flagged(fresh, "2026年の行事予定" + body, "5.4", today=TODAY) == ["2月29日"]
    assert flagged(fresh, "2028年の行事予定" + body, "5.4", today=TODAY) == []
    assert flagged(fresh, "2026年の行事予定" + body.replace("八千代座", "さくら湯"), "5.4", today=TODAY) == ["2月29日"]
    assert flagged(fresh, "行事予定" + body, "5.4", today=TODAY) == []  # no year in sight: may be right


@pytest.mark.parametrize("text", [
    "図書館の閉館時刻を夜9時から7時に早める案を検討しています",  # a change, not a range
    "公民館は朝9時から夜8時まで開いています",  # 夜8時 is 20:00
])
def test_a_time_change_and_an_evening_end_are_not_reversed_ranges(engine, text):
    assert not any(f.rule == "accuracy-reversed-range" for f in engine.check(text).findings)


@pytest.mark.parametrize("text", [
    "休日の倉庫は夕方5時から朝8時まで無人です",  # an evening start to a morning end runs overnight
    "夜間窓口は午後5時から午前8時30分までです",
    "ビアガーデンは夕方5時から9時まで",  # a bare end after an evening start is evening too
])
def test_an_overnight_or_evening_span_is_not_a_reversed_range(engine, text):
    assert not any(f.rule == "accuracy-reversed-range" for f in engine.check(text).findings)


def test_a_reversed_range_with_morning_and_evening_words_is_still_found(engine):
    text = "受付は夕方5時から夕方3時までです"
    assert any(f.rule == "accuracy-reversed-range" for f in engine.check(text).findings)


@pytest.mark.parametrize("text, total, listed", [
    ("パン作り講座（全6回）です。日程は6/7、6/14、6/21、6/28の4日間", "全6回", "6/7、6/14、6/21、6/28の4日間"),
    ("3回シリーズの書道教室。日時：8月2日・9日", "3回シリーズ", "8月2日・9日"),
    ("【料理教室】全2回（7月3日・10日・17日）各回13時から", "全2回", "7月3日・10日・17日"),
])
def test_a_number_of_sessions_the_listed_dates_contradict(engine, text, total, listed):
    flagged = [text[f.start:f.end] for f in engine.check(text).findings if f.item == "5.4"]
    assert total in flagged and listed in flagged, flagged


@pytest.mark.parametrize("text", [
    "パン作り講座（全4回）です。日程は6/7、6/14、6/21、6/28の4日間",
    "全4回。日程は6/7、6/14の各日2回（午前・午後）",
    "全4回のうち、残りの日程は6/21、6/28です",
    "全4回。日程は6/7、6/14ほか",
    "【料理教室】全3回（7月3日・10日・17日）各回13時から",
])
def test_sessions_matching_or_several_a_day_are_clean(engine, text):
    assert [f for f in engine.check(text).findings if f.item == "5.4"] == []


@pytest.mark.parametrize("text, last_call", [
    ("山鹿の資料館は9時〜17時開館、最終入館は17時30分です", "最終入館は17時30分"),
    ("営業 11:00〜14:00 / 17:00〜20:00（ラストオーダー 20:30）", "ラストオーダー 20:30"),
    ("閉園17時、最終入園17時半となっております", "最終入園17時半"),
    ("夜8時まで営業しとります。L.O.は20時30分です", "L.O.は20時30分"),
    ("さくら湯は10時〜22時。最終受付は22時15分ばい", "最終受付は22時15分"),
])
def test_a_last_call_after_closing_time_is_reported(engine, text, last_call, flagged):
    assert last_call in flagged(engine, text, "5.4", today=TODAY)


@pytest.mark.parametrize("text", [
    "開館時間は9時〜17時、最終入館は16時30分です",
    "営業 11:00〜14:00 / 17:00〜22:00（L.O. 21:30）",
    "18時〜翌2時営業、ラストオーダーは1時です",
    "閉館17時半、最終入館17時15分",
    "平日は9時〜17時、土日は9時〜19時開館。最終入館は18時30分",
    "講演会は10時〜12時。博物館の最終入館は16時30分です",
])
def test_a_last_call_before_the_latest_closing_is_clean(engine, text, flagged):
    assert flagged(engine, text, "5.4", today=TODAY) == []


@pytest.mark.parametrize("text, stay", [
    ("3泊2日の湯布院旅行、楽しかった", "3泊2日"),
    ("二泊二日の研修に行ってきます", "二泊二日"),
    ("１泊１日のキャンプ体験", "１泊１日"),
    ("5泊7日でのんびり過ごしました", "5泊7日"),
])
def test_a_stay_whose_days_contradict_its_nights_is_reported(engine, text, stay, flagged):
    assert stay in flagged(engine, text, "5.4", today=TODAY)


@pytest.mark.parametrize("text", [
    "2泊3日の湯布院旅行、楽しかった",
    "一泊二日の研修に行ってきます",
    "日帰りでも1泊2日でも楽しめます",
    "4泊6日（機中1泊）の海外研修",
    "2泊3日目の朝は雨でした",
])
def test_a_consistent_stay_or_a_night_on_a_plane_is_clean(engine, text, flagged):
    assert flagged(engine, text, "5.4", today=TODAY) == []


def test_small_hours_after_night_word_are_after_midnight(engine):
    # 深夜2時 is 2:00, not 14:00, so 深夜2時から4時 runs forward
    flagged = [f for f in engine.check("当直の日は深夜2時から4時まで見回りをします").findings
               if f.rule == "accuracy-reversed-range"]
    assert flagged == []
    # and a small-hours range written backwards is still one
    flagged = [f for f in engine.check("当直の日は深夜4時から2時まで見回りをします").findings
               if f.rule == "accuracy-reversed-range"]
    assert len(flagged) == 1


@pytest.mark.parametrize("text", [
    "秋の市民講座は10月6日(火)から4日間の日程で開きます",  # a start day and how many days
    "説明会は午後1時から2時間程度を予定しております",  # a start time and how long
    "田植え体験は5月18日から3日ほどやるけん、来てはいよ",
    "ボイラー点検で浴場は9月9日から2日連続休みです",
    "受付は10:00から3時間、お昼をはさみます",
])
def test_a_start_and_a_duration_are_not_a_reversed_range(engine, text):
    assert [f for f in engine.check(text).findings if f.rule == "accuracy-reversed-range"] == []


@pytest.mark.parametrize("text, span", [
    ("文化講座は10月16日(金)から14日まで開きます", "10月16日(金)から14日"),
    ("説明会は15時から13時半までです", "15時から13時半"),
    ("受付は13時〜11時ごろまでです", "13時〜11時"),
])
def test_a_reversed_range_next_to_duration_words_is_still_found(engine, text, span):
    flagged = [text[f.start:f.end] for f in engine.check(text).findings if f.rule == "accuracy-reversed-range"]
    assert flagged == [span]


@pytest.mark.parametrize("text", [
    "市民課の窓口は平日9時から5時までです",  # 5時 = 17時 on the 12-hour clock
    "朝市は朝7時〜2時ごろまでやっとります",
    "午前10時から6時まで開館いたします",
    "昼休みの12時から1時までは電話がつながりにくくなります",  # noon to 13時
    "12:30-1:30は休憩です",
])
def test_a_morning_start_with_a_bare_afternoon_end_is_not_reversed(engine, text):
    assert [f for f in engine.check(text).findings if f.rule == "accuracy-reversed-range"] == []


@pytest.mark.parametrize("text", [
    "窓口は朝9時から朝7時までです",  # the end says morning: reversed
    "窓口は午前11時から午前10時までです",
    "窓口は14時から9時までです",  # a 24-hour afternoon start
    "窓口は13時から1時までです",
])
def test_a_reversed_range_with_a_stated_or_24_hour_clock_is_still_found(engine, text):
    assert len([f for f in engine.check(text).findings if f.rule == "accuracy-reversed-range"]) == 1


@pytest.mark.parametrize("text, wrong", [
    # the length first, the clock times in brackets after it
    ("本日の断水はおよそ2時間（13:00〜17:00）です", "およそ2時間（13:00〜17:00）"),
    ("工事は3時間（9時〜13時）の予定", "3時間（9時〜13時）"),
    ("停電は約1時間（午前10時〜午後3時）となります", "約1時間（午前10時〜午後3時）"),
    # a rounded length after the range, far from it
    ("開放は9時〜17時の約3時間です", "9時〜17時の約3時間"),
])
def test_a_length_its_clock_times_contradict(engine, text, wrong, flagged):
    assert flagged(engine, text, rule="accuracy-range-length", today=TODAY) == [wrong]


@pytest.mark.parametrize("text", [
    "本日の断水は約4時間（13:00〜17:00）です",
    "作業は2時間半（9時〜11時半）です",         # 時半 counts its half hour
    "9時〜17時の約7時間、会場を開放します",     # an hour's lunch left out of a rounded length
    "断水は約3時間（9:00〜16:00の間）を予定",   # a window the work falls in
    "講習は約6時間（9時〜16時、昼休憩含む）",
])
def test_a_length_that_fits_its_clock_times(engine, text, flagged):
    assert flagged(engine, text, rule="accuracy-range-length", today=TODAY) == []


def test_the_year_built_and_the_age_this_year(engine, flagged):
    # 明治43年（1910年）に建てられた…今年で築90年 (round 32); counted from the day checked
    today = dt.date(2026, 6, 1)
    found = flagged(engine, "大正2年（1913年）に建てられたこの酒蔵は、今年で築60年を迎えます", "5.4", today=today)
    assert "今年で築60年" in found
    assert flagged(engine, "昭和51年（1976年）に建設された体育館は、今年で築50年です", "5.4", today=today) == []
    assert flagged(engine, "1976年創業の酒屋は、今年で創業五十周年を迎えました", "5.4", today=today) == []
    # another building's age in the next sentence
    assert flagged(engine, "1950年に建てられた公民館。隣の倉庫は今年で築10年です", "5.4", today=today) == []


@pytest.mark.parametrize("text, wrong", [
    ("受付期間は、10月1日から10月20日までの2週間です。", ["10月1日から10月20日までの2週間"]),  # 20 days
    ("応募は4月1日〜5月10日の1か月間です", ["4月1日〜5月10日の1か月間"]),
    ("申込みは2週間（6月1日〜6月25日）です", ["2週間（6月1日〜6月25日）"]),
    ("ごみは毎週火曜と金曜の週3回収集します", ["火曜と金曜の週3回"]),
    ("プールの開放は週2回（月・水・金）です", ["週2回（月・水・金）"]),
    ("相談会は3日間の日程で、10日と11日の両日開催します", ["3日間", "10日と11日の両日"]),
    ("作品展は7月10日・11日・12日の2日間です", ["7月10日・11日・12日の2日間"]),
])
def test_lengths_and_day_counts_their_days_contradict(engine, text, wrong, flagged):
    assert flagged(engine, text, "5.4", today=TODAY) == wrong


@pytest.mark.parametrize("text", [
    "受付は4月1日から4月14日までの2週間です",
    "募集は6月1日〜15日の2週間",  # weeks said loosely by the calendar
    "4月15日から5月15日までの1ヶ月間、展示します",
    "12月15日から1月14日までの1か月",
    "申込期間は約2週間（10月1日〜10月20日）",  # rough
    "ごみは毎週火曜と金曜の週2回収集します",
    "プールの開放は週3回（月・水・金）です",
    "第1・第3水曜の月2回、資源物を回収します",
    "月・水・金・祝の週3回",  # holidays are days of their own
    "3日間の日程のうち、10日と11日の両日は午前のみです",
    "期間中の3日間、特に13日と14日の両日は混雑が予想されます",  # two days picked out
    "まつりは3日間、13日と14日の両日に花火があります",  # part of the schedule
    "作品展は7月10日・11日の2日間です",
])
def test_lengths_and_day_counts_that_agree(engine, text, flagged):
    assert flagged(engine, text, "5.4", today=TODAY) == []
