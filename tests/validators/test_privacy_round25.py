"""Round 25 (5.3): a home pinned by district and house number with no town
before it (坂井さん（来民1234）, 岩原88の角の家); a price per piece (一枚1,200円)
is no photo; a character's picture put on goods is not a person's drawing
taken; a critic identified by the family shop and birth order; a stranger's
face put online close up."""

from __future__ import annotations

import pytest


def _flagged(engine, text):
    return [(f.rule, text[f.start:f.end]) for f in engine.check(text).findings
            if f.item == "5.3" and f.severity in ("error", "warning")]


@pytest.mark.parametrize("text, quote", [
    ("うるさか犬ば飼うとる村田さん（岩野321）、どげんかならんと", "岩野321"),
    ("米原55番地の奥の家のじいさん、また怒鳴っとった", "米原55番地の奥の家"),
    ("苦情の主は中尾様（多久1543-2）です", "多久1543-2"),
])
def test_district_and_house_number_pin_a_home(engine, text, quote):
    assert any(q == quote for _, q in _flagged(engine, text)), _flagged(engine, text)


@pytest.mark.parametrize("text", [
    "会員番号1234の家族会員の方へ",
    "国道325の角の家から先は通行止めです",
    "令和6の家づくり補助金のご案内",
    "高木さん（65）は灯籠師歴40年です",
    "高木さん（3年）が優勝しました",
])
def test_numbers_that_are_no_home_are_not_flagged(engine, text):
    assert _flagged(engine, text) == []


def test_a_price_per_piece_is_no_photo(engine):
    # 一枚 is a shot only when no price follows it
    assert _flagged(engine, "ひかりくんの絵ば勝手に使うたステッカー、一枚300円で売っとります") == []
    assert _flagged(engine, "隣の席の人の寝顔、本人に断らんで一枚撮った")


def test_a_persons_drawing_on_goods_is_still_flagged(engine):
    rules = {r for r, _ in _flagged(engine, "友達のゆうかさんが描いたイラスト、勝手に使ってTシャツにして売ってます")}
    assert "copyright-others-work" in rules


@pytest.mark.parametrize("text", [
    "偉そうに言いよるけど、あんた上町の森本工務店の長男やろ",
    "あなた、中央通りの山口医院の娘さんでしょう？",
])
def test_critic_identified_by_family_shop(engine, text):
    assert "privacy-identify-critic" in {r for r, _ in _flagged(engine, text)}


@pytest.mark.parametrize("text, flagged", [
    ("どこの誰か知らんけど、バス停におったおばあちゃんの顔ばアップで載せとく", True),
    ("名前は存じませんが、会場にいらした女性の横顔を掲載します", True),
    ("うちの孫の顔をアップで載せときます", False),
    ("見かけた猫の顔をアップで投稿します", False),
    ("知らない人の顔をアップで載せるのはやめましょう", False),
])
def test_strangers_face_posted(engine, text, flagged):
    rules = {r for r, _ in _flagged(engine, text)}
    assert ("privacy-stranger-face-posted" in rules or "privacy-photo-without-consent" in rules
            or "privacy-photo-not-asked" in rules) is flagged, rules
