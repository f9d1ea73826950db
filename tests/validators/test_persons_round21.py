"""Round 21 (5.3): a private person with their home in brackets after the
name (district, 丁目 or house number), a household's child by birth order
with school and year, a mental state or school refusal told without the
word, a critic addressed by handle with their house described; an epithet
(浮気男) is no disclosed affair."""

from __future__ import annotations

import pytest


def _flagged(engine, text):
    return [text[f.start:f.end] for f in engine.check(text).findings
            if f.item == "5.3" and f.severity in ("error", "warning")]


@pytest.mark.parametrize("text, quote", [
    # a district or 丁目 in brackets and a put-down: pinned down and held up
    ("裏の松永さんとこの奥さん（鹿央町霜野）、挨拶もせんでほんとアホやね", "鹿央町霜野"),
    ("向かいの坂本和也さま（山鹿市山鹿3丁目）は、話の通じないバカなお方でございます", "山鹿市山鹿3丁目"),
    # a house number in brackets after a bare full name is the address itself
    ("村上正樹（菊鹿町米原2201）ってやつ、知っとる？", "村上正樹"),
    ("平田ミツ子（鹿北町岩野1420）、あんクズばばあ", "鹿北町岩野1420"),
    # a named household's child by birth order, school and year, and a school refusal
    ("森田さんとこの次男くん（山鹿中の2年）、最近学校に来とらんらしか", "山鹿中の2年"),
    ("木下さんのところの長女さん、精神的に追い詰められとるみたいよ", "精神的に追い詰め"),
    # a critic addressed by handle, their home described
    ("@kumamoto_taro さん、赤い屋根のお宅にお住まいですよね", "赤い屋根のお宅"),
])
def test_person_pinned_down(engine, text, quote):
    assert any(quote in f for f in _flagged(engine, text))


@pytest.mark.parametrize("text", [
    # award lists name the district in brackets, without blame
    "表彰者：田中一郎さん（鹿本町）、山本花子さん（菊鹿町）",
    "松永さん（鹿央町霜野）が育てたメロン、甘くて最高でした",
    # a role in brackets is no home
    "講師の石橋さん（町内会長）がごみの分別を説明しました",
    # 浮気男 / 浮気女 is an epithet (5.6.1), not an affair disclosed
    "元カノの美咲、あの浮気女ほんと最低",
    "元カレの大輔、あの浮気男は地獄に落ちろ",
    "@yamaga_info さん、いつも情報ありがとうございます",
    "学校に行けない子どもたちのためのフリースクールを紹介します",
    "長男の入学式でした。鹿本中の1年生になります",
    # 少しね is no しね
    "近所の吉田さん（鹿本町）、少しね、元気がなかった",
])
def test_not_exposure(engine, text):
    assert _flagged(engine, text) == []
