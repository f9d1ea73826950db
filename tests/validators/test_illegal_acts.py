"""Illegal acts boasted of, planned or urged (5.6.3) and violence or cruelty
relished (5.6.6), checked through the engine with the built-in rules."""

from __future__ import annotations


def _flagged(engine, text):
    return {f.item for f in engine.check(text).findings if f.severity in ("error", "warning")}


def _spans(engine, text, item):
    return [text[f.start:f.end] for f in engine.check(text).findings if f.item == item]


def test_drink_driving_across_sentences(engine):
    text = "同期と飲み会🍺 生中3杯。車で来てたから、そのまま運転して帰った"
    spans = _spans(engine, text, "5.6.3")
    assert spans and all("運転" in s for s in spans)


def test_drinking_then_a_taxi_is_not_drink_driving(engine):
    text = "同期と飲み会🍺 生中3杯。車は置いてタクシーで帰った。明日取りに行く"
    assert "5.6.3" not in _flagged(engine, text)


def test_warnings_and_enforcement_reports_stay_clean(engine):
    for text in [
        "12月は飲酒運転撲滅強化月間です。ハンドルキーパー運動にご協力を",
        "市内のスーパー・コンビニと山鹿警察署が協力して、万引き防止キャンペーンを行いました",
        "山林への不法投棄が後を絶ちません。見かけたら市民環境課へ通報してください",
        "違法ダウンロードは法律で禁止されています",
        "賭博の疑いで男が逮捕されました",
    ]:
        assert "5.6.3" not in _flagged(engine, text), text


def test_being_the_victim_is_not_a_boast(engine):
    assert "5.6.3" not in _flagged(engine, "店の商品を万引きされた。悔しい")


def test_bribe_needs_an_official_act_in_the_draft(engine):
    assert "5.6.3" in _flagged(engine, "入札で便宜を図ってあげたら、お礼に商品券もらった")
    assert "5.6.3" not in _flagged(engine, "引っ越しを手伝ったら、お礼に焼肉おごってもらった")


def test_cruelty_to_animals_is_illegal_and_against_public_order(engine):
    text = "野良猫が庭に来てうるさいから毒エサ撒いといた😏"
    assert {"5.6.3", "5.6.6"} <= _flagged(engine, text)


def test_dumping_needs_rubbish_in_the_draft(engine):
    assert "5.6.3" not in _flagged(engine, "山の方に遊びに行ってきた。川に石を投げてきた")
    assert "5.6.3" in _flagged(engine, "いらない布団、夜中に河川敷に捨ててきた")


def test_an_excuse_quoted_in_a_safety_notice_is_not_a_boast(engine):
    text = "【交通安全】「少しなら飲んでも大丈夫」「近いからバレない」。その油断が重大事故につながります。"
    assert "5.6.3" not in _flagged(engine, text)


def test_a_far_cue_in_the_next_short_sentence_counts(engine):
    assert "5.6.3" in _flagged(engine, "会社の経費で私物買った。誰にもバレてないｗ")
