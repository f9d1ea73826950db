"""Round 22 figures (5.4): places counted in shops (店, 店舗) told twice."""

from __future__ import annotations

import pytest


def _flagged(engine, text, rule):
    return [text[f.start:f.end] for f in engine.check(text).findings if f.rule == rule]


@pytest.mark.parametrize("text, first, second", [
    ("軽トラ市の出店者を25店募集します！先着30店に達し次第締め切ります", "25店募集", "先着30店に達し次第"),
    ("募集は12店舗です。15店舗で締め切りますのでお早めに", "募集は12店舗", "15店舗で締め切"),
])
def test_shops_told_twice_are_flagged(engine, text, first, second):
    assert _flagged(engine, text, "accuracy-capacity-told-twice") == [first, second]


@pytest.mark.parametrize("text", [
    "軽トラ市の出店者を25店募集します！先着25店に達し次第締め切ります",
    "飲食ブースは定員10店、物販ブースは定員15店です",
    # 店 inside a word is no count of shops
    "3号店の開店に合わせ、先着50名様に粗品を進呈します",
])
def test_shops_left_alone(engine, text):
    assert _flagged(engine, text, "accuracy-capacity-told-twice") == []


@pytest.mark.parametrize("text, total, average", [
    ("4日間の物産展、延べ200人にご来場いただきました。1日平均80人です", "200人", "1日平均80人"),
    ("全6回の教室に合計90人、平均すると1回あたり25人の参加でした", "90人", "平均すると1回あたり25人"),
    ("10世帯で計300kgの米を収穫、1世帯平均50kgやった", "300kg", "1世帯平均50kg"),
])
def test_average_the_figures_do_not_give_is_flagged(engine, text, total, average):
    assert _flagged(engine, text, "accuracy-average") == [total, average]


@pytest.mark.parametrize("text", [
    "4日間の物産展、延べ200人にご来場いただきました。1日平均50人です",
    # a rounded average: 200 ÷ 3 = 66.7
    "3日間で延べ200人、1日平均約70人でした",
    "3日間で延べ200人、1日平均67人でした",
    # last year's total, an average alone, two totals to choose from
    "去年は4日間で延べ200人でした。今年は1日平均80人を目指します",
    "1日平均80人の方が利用されています",
    "定員150人、3日間で200人、1日平均80人",
    # a date is no count of days
    "8月3日の来場は延べ200人、1日平均80人です",
])
def test_average_left_alone(engine, text):
    assert _flagged(engine, text, "accuracy-average") == []


@pytest.mark.parametrize("text, span", [
    ("子ども料金は大人の半額、つまり3分の1です", "半額、つまり3分の1"),
    ("負担は1割、すなわち20%になります", "1割、すなわち20%"),
    ("空き家の4分の1、つまり半数が築50年以上です", "4分の1、つまり半数"),
])
def test_share_restated_wrongly_is_flagged(engine, text, span):
    assert _flagged(engine, text, "accuracy-restated-share") == [span]


@pytest.mark.parametrize("text", [
    "子ども料金は大人の半額、つまり2分の1です",
    "負担は1割、すなわち10%になります",
    # a discount and what is left say the same thing
    "3割引、つまり7割のお支払いです",
    "4分の1、つまり約25%",
    # a rise in two words, and a restatement that is no share
    "料金は1.5倍、つまり5割増しです",
    "半額、つまり500円でご購入いただけます",
])
def test_share_restated_rightly_left_alone(engine, text):
    assert _flagged(engine, text, "accuracy-restated-share") == []


def test_first_come_in_brackets_after_capacity_is_the_places(engine):
    text = "そば打ち体験の参加者、定員16名（先着12名様）で受け付けます"
    assert _flagged(engine, text, "accuracy-capacity-told-twice") == ["定員16名", "先着12名"]


def test_first_come_gift_in_brackets_left_alone(engine):
    text = "定員は16名です。（先着10名様にお土産あり）"
    assert _flagged(engine, text, "accuracy-capacity-told-twice") == []
