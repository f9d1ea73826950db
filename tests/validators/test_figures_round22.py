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
