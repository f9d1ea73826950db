"""5.4 checks of round 42: a discounted price its base does not give, a
figure told as fallen and as a record high, a trend whose size stands between
last year's figure and its direction, 万全 / 完璧 promised with a certainty
word, a hazard's risk denied with 全く.  Each contradiction sits beside a
look-alike in other wording that must stay clean."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, quotes", [
    ("入館料は大人500円、中学生以下はその半額の300円です", ["500円", "半額の300円"]),
    ("一般１，０００円、６５歳以上は３割引の８００円です", ["１，０００円", "３割引の８００円"]),  # full width
    ("定価2,000円→20%オフで1,500円", ["2,000円", "20%オフで1,500円"]),
])
def test_a_discounted_price_its_base_does_not_give(engine, flagged, text, quotes):
    assert flagged(engine, text, rule="accuracy-discounted-price") == quotes


@pytest.mark.parametrize("text", [
    "大人500円、中学生以下はその半額の250円です",
    "大人1,000円、子ども500円、65歳以上は半額の500円",  # half of 大人's, not of 子ども's
    "大人1,250円、子どもは半額の620円",  # rounded down to 10円
    "大人800円、子どもは半額で約400円です",  # rough
    "補助は工事費30万円の半分、上限10万円です",  # a cap, not the half
])
def test_a_discounted_price_that_fits_or_is_rough(engine, flagged, text):
    assert flagged(engine, text, rule="accuracy-discounted-price") == []


@pytest.mark.parametrize("text", [
    "令和7年度の市営温泉の利用者は前年度より15%減少し、過去最高の42万人となりました",
    "今年の来場者は昨年を大きく下回りましたが、過去最多を記録しました",
    "応募は前回から増えたばってん、過去最少の12件やったです",
])
def test_a_record_against_the_way_the_figure_went(engine, flagged, text):
    assert flagged(engine, text, rule="accuracy-record-against-trend") != []


@pytest.mark.parametrize("text", [
    "市営温泉の利用者は前年度より15%増加し、過去最高の42万人となりました",
    "過去最高だった前年度より15%減少しました",  # the record is last year's
    "燃料費の高騰で、前年より利益が減り、過去最大の落ち込みとなりました",  # a record fall
    "来場者は前年より減ったものの、過去3番目に多い人出でした",
])
def test_a_record_that_fits_or_is_of_something_else(engine, flagged, text):
    assert flagged(engine, text, rule="accuracy-record-against-trend") == []


def test_a_trend_with_its_size_between_is_still_read(engine, flagged):
    text = "今年の来場者は約12万人。昨年の15万人から約3割増となりました。"
    assert flagged(engine, text, rule="accuracy-contradictory-trend") == ["12万人", "15万人から約3割増と"]
    clean = "今年の来場者は約12万人。昨年の15万人から約2割減となりました。"
    assert flagged(engine, clean, rule="accuracy-contradictory-trend") == []


@pytest.mark.parametrize("text, quote", [
    ("情報セキュリティは100%万全なので心配無用です", "100%万全"),
    ("個人情報の管理体制は百パーセント完璧です", "百パーセント完璧"),
])
def test_perfection_promised_with_a_certainty_word(engine, flagged, text, quote):
    assert flagged(engine, text, rule="accuracy-absolute-claim") == [quote]


@pytest.mark.parametrize("text", [
    "感染対策は万全です。安心してお越しください",  # no certainty word
    "個人情報の管理には絶対に万全を期してまいります",  # a resolve
    "セキュリティ対策は100%万全とは言い切れないため、定期的に見直しています",
    "絶対に完璧な人なんていないから、気楽にいこう",
])
def test_perfection_as_a_resolve_or_a_hedge(engine, flagged, text):
    assert flagged(engine, text, rule="accuracy-absolute-claim") == []


@pytest.mark.parametrize("text", [
    "鹿北の岩野地区は山の上なので、土砂災害の心配は全くありません",
    "このあたりは高台やけん、浸水の心配はまったくなかよ",
])
def test_a_hazard_risk_denied_outright(engine, flagged, text):
    assert flagged(engine, text, rule="accuracy-absolute-no-risk") != []


@pytest.mark.parametrize("text", [
    "この地震による津波の心配はありません",  # the forecast's wording
    "浸水の心配は全くありませんでした",  # a past report
    "高台でも土砂災害の心配が全くないとは言えません",
])
def test_a_hazard_risk_forecast_or_hedged(engine, flagged, text):
    assert flagged(engine, text, rule="accuracy-absolute-no-risk") == []
