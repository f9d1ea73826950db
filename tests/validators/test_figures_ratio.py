"""A ratio to last time (2倍, 3割減, 半分, 前年比150%) that the figures told
beside it do not bear out (5.4, ratio_mismatch)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, current, last", [
    ("寄附件数が前年の2倍の4,000件（前年は3,000件）となりました。", "前年の2倍の4,000件", "3,000件"),
    ("来場者は昨年の3倍となる900人でした（昨年は400人）。", "昨年の3倍となる900人", "400人"),
    ("参加者は去年より2割増えて1,500人。去年は1,000人でした。", "去年より2割増えて1,500人", "1,000人"),
    ("利用件数は前年比150%の6,000件（前年4,500件）", "前年比150%の6,000件", "4,500件"),
    ("ごみの量は前年の半分の300トンに減りました（前年は450トン）。", "前年の半分の300トン", "450トン"),
    ("相談件数は前年から3割減の280件（前年は500件）", "前年から3割減の280件", "500件"),
    # the current figure before the ratio, last time's after a bracket
    ("観光客は5万人と、前年の約1.5倍になりました（前年は2万人）", "5万人と、前年の約1.5倍", "2万人"),
    # kanji number, dialect
    ("今年の応募は前回の三倍、150件！前回は80件やったけん", "前回の三倍、150件", "80件"),
    # a stated fall with a higher figure, whatever else the sentence says grew
    ("今年の献血者は前年比5%減の310人（前年は290人）、献血車は増えました。", "前年比5%減の310人", "290人"),
    # last time's figure closes the sentence before, the ratio points back to it
    ("前年度は3,000件でした。今年度はその2倍の4,000件です", "その2倍の4,000件", "3,000件"),
])
def test_ratio_the_figures_do_not_bear_out(engine, text, current, last, flagged):
    found = flagged(engine, text, rule="accuracy-ratio-mismatch")
    assert current in found and last in found


@pytest.mark.parametrize("text", [
    "寄附件数が前年の2倍の6,000件（前年は3,000件）となりました。",
    "参加者は去年より2割増えて1,200人。去年は1,000人でした。",
    "利用件数は前年比150%の6,000件（前年4,000件）",
    "ごみの量は前年の半分の300トンに減りました（前年は600トン）。",
    # rounded: 約2倍 of 60 may be 110
    "申込は前回の約2倍の110件、前回は60件でした",
    # a ratio to something other than last time
    "定員の2倍の60人から応募がありました（前年は40人）",
    # the ratio is of another quantity than the figures of the sentence
    "ポイントは前年の2倍！1,000円ごとに20ポイント（前年は10ポイント）",
    # no figure of last time at all
    "来場者は前年の2倍の4,000人でした。",
    # その refers to a figure that is not last time's
    "会員は500人です。その2倍の1,200人が来場しました",
])
def test_ratios_the_figures_bear_out_or_that_compare_nothing_are_clean(engine, text, flagged):
    assert flagged(engine, text, rule="accuracy-ratio-mismatch") == []


def test_a_ratio_to_the_year_before_named_by_its_year(engine, flagged):
    # 令和7年度は3,100万円（前年比12%増）。令和6年度は3,500万円 (round 31)
    assert flagged(engine, "令和7年度の利用は2,000件でした（前年比25%増）。令和6年度は2,400件です", "5.4")
    assert flagged(engine, "令和7年度の利用は3,000件でした（前年比25%増）。令和6年度は2,400件です", "5.4") == []
    # two years apart is no year before
    assert flagged(engine, "令和7年度の利用は2,000件でした（前年比25%増）。令和5年度は2,400件です", "5.4") == []
