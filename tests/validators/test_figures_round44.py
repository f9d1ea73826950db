"""5.4 checks of round 44: the previous period named with 同月 / 同時期, a total whose
bracketed parts follow an exclamation, votes (票) as a counted unit, a breakdown
opened by そのうち after a 全N total, a total shared out so many to each with
what is left over, and a measure restated in another unit.  Each contradiction sits beside a look-alike that must stay clean."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, rule", [
    ("先月の救急出場は312件で、前年同月（298件）より減少しました。", "accuracy-contradictory-trend"),
    ("期日前投票者数は3,214人。前回同時期の3,980人より大幅に増えています！", "accuracy-contradictory-trend"),
    ("開票所のスタッフは総勢120人！（正職員80人＋応援職員60人）", "accuracy-contradictory-total"),
    ("投票総数18,240票のうち、有効投票18,530票、無効投票210票でした", "accuracy-part-exceeds-whole"),
    ("今月の献立は全20回、そのうち米飯が14回、パンが4回、麺が3回です", "accuracy-breakdown-against-total"),
    ("スイカは全部で120玉🍉 4校に30玉ずつ届けて、残り20玉は試食しました", "accuracy-shares-against-total"),
    ("苗は全部で100本、6校に20本ずつお分けしました", "accuracy-shares-against-total"),
    ("1日に2リットル、つまり500mlペットボトルで6本がひとつの目安です", "accuracy-measure-restated-wrongly"),
    ("水は2L（500ml×6本）を用意しとってね", "accuracy-measure-restated-wrongly"),
])
def test_figures_that_contradict_each_other(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule)


@pytest.mark.parametrize("text, rule", [
    ("先月の救急出場は280件で、前年同月（298件）より減少しました。", "accuracy-contradictory-trend"),
    ("開票所のスタッフは総勢140人！（正職員80人＋応援職員60人）", "accuracy-contradictory-total"),
    ("投票総数18,240票のうち、有効投票18,030票、無効投票210票でした", "accuracy-part-exceeds-whole"),
    ("今月の献立は全20回、そのうち米飯が14回、パンが4回です", "accuracy-breakdown-against-total"),
    # そのうち away from a total is "some day"
    ("研修は全5回です。そのうち3回は来てください", "accuracy-breakdown-against-total"),
    ("スイカは全部で140玉。4校に30玉ずつ届けて、残り20玉は試食しました", "accuracy-shares-against-total"),
    # shares alone may leave some undistributed; a rough rest makes no sum
    ("苗は全部で100本、4校に20本ずつお分けしました", "accuracy-shares-against-total"),
    ("全部で120玉、4校に30玉ずつ届けて、残り約20玉は試食に回しました", "accuracy-shares-against-total"),
    ("1日に2リットル、つまり500mlペットボトルで4本がひとつの目安です", "accuracy-measure-restated-wrongly"),
    # a rough count, a count the sentence does not give, another dimension
    ("1日に2リットル、つまり500mlペットボトルで約4本", "accuracy-measure-restated-wrongly"),
    ("コースは1.5km、つまり1,500mです", "accuracy-measure-restated-wrongly"),
    ("距離は3km（徒歩40分）です", "accuracy-measure-restated-wrongly"),
    ("1.5km（1,500m）です", "accuracy-measure-restated-wrongly"),
])
def test_figures_that_agree_or_are_rough(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule) == []
