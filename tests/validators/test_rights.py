"""Rights of the city and of businesses (6.3.2): what a reviewer sees flagged."""

from __future__ import annotations

import pytest


def _flagged(engine, text):
    return [text[f.start:f.end] for f in engine.check(text).findings
            if f.item == "6.3.2" and f.severity in ("error", "warning")]


@pytest.mark.parametrize("text, part", [
    # A shop named kind-first (麺処〇〇, 居酒屋〇〇), then dialect advice to stay away.
    ("居酒屋まる八の店主、捕まったらしか。あそこには関わらん方がよか", "関わらん方が"),
    # Using the business is said to be a risk.
    ("菊池の森田工務店、あそこに家頼んだら後悔するよ", "頼んだら後悔する"),
    ("喫茶ポプラの決算、赤字続きやった。あそこに仕事出したら危なかよ", "出したら危な"),
])
def test_damaging_a_named_business_in_dialect_or_by_risk(engine, text, part):
    assert any(part in f for f in _flagged(engine, text))


@pytest.mark.parametrize("text", [
    "喫茶店には行かん方がよかよ、今日は混むけん",  # no business named, passing reason
    "焼肉ジュンの特上カルビ、食べたらやばいよ",  # slang praise
    "鮨処はやしで頼んでも後悔しない値段です",
    # Money trouble alone is a disclosure (6.3.1), not a call against the business.
    "補助金を申請した森田工務店の決算書、3期連続の赤字で債務超過だった",
])
def test_praise_and_generic_advice_stay_clean(engine, text):
    assert _flagged(engine, text) == []


def test_the_citys_name_as_organiser_without_leave(engine):
    text = "町内の運動会の案内に、役所には何も言わずに「山鹿市共催」って書いといた。こっそりね"
    assert _flagged(engine, text)
    assert _flagged(engine, "市の承認を得て、案内に「山鹿市共催」と書きました") == []


def test_speaking_for_the_city_without_authority(engine):
    assert _flagged(engine, "担当じゃないけど、市の代表として断言します。あの報道は誤りです")
    assert _flagged(engine, "市長が市を代表して、一言ご挨拶申し上げます") == []
