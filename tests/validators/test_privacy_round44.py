"""Privacy (5.3), secrets (6.3.1) and security (6.3.3) of round 44: a child's
allergy emergency told with the child's name (救急車呼んだ, エピペン); faces seen on
the shot and posted all the same; a key's place told alone or place first; a
door code spelled digit by digit.  And their look-alikes: the one who called the
ambulance, a face hidden before posting, a phone number, a code that is an
example to avoid.  Each asserts the hand rule by rule id."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, rule", [
    ("2組の中村ゆうとくん、卵で救急車呼んだこともあるとよ😢 エピペン持っとるけん", "privacy-person-details"),
    ("期日前投票所に並んでくれた方々、顔まで写っとるけど、賑わいが伝わればと思って載せます！", "privacy-stranger-face-posted"),
    ("うちの分署、鍵は車庫横の消火栓ボックスの中。", "security-key-cash-location"),
    ("分団詰所の鍵、ポストの裏に予備キー貼っとるけん", "security-key-cash-location"),
    ("センター通用口が暗証番号付きのドアになりました。番号は1・2・0・8", "security-code-digits-spelled"),
])
def test_disclosed(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule)


@pytest.mark.parametrize("text, rule", [
    ("隣の田中さんが救急車を呼んでくれました。ありがとうございました", "privacy-person-details"),
    ("顔が写っとるけん、スタンプで隠して載せます", "privacy-stranger-face-posted"),
    ("倉庫の鍵のことは総務課（0968-43-1111）へ", "security-code-digits-spelled"),
    ("「1・2・3・4」のような推測されやすい暗証番号は避けましょう", "security-code-digits-spelled"),
])
def test_not_disclosed(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule) == []
