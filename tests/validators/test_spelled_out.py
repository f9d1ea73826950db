"""Insults spelled out to dodge a filter (回避表記): what a reviewer sees,
checked through the engine with the built-in hand rules (conftest)."""

from __future__ import annotations

import pytest


def _spans(engine, text, item="5.6.1"):
    return [text[f.start:f.end] for f in engine.check(text).findings
            if f.item == item and f.severity in ("error", "warning")]


@pytest.mark.parametrize(
    "text,word",
    [
        ("審判の判定、カーーース！", "カーーース"),
        ("会議で寝とった係長、無ーーー能", "無ーーー能"),
        ("クレームのおっさん、頭わるーーー", "頭わるーーー"),
        ("あの業者はム・ノ・ウ", "ム・ノ・ウ"),  # joined by normalization, underlined in full
        ("市議会の議員、まさに税.金.泥.棒", "税.金.泥.棒"),
    ],
)
def test_a_spelled_out_insult_is_underlined_as_typed(engine, text, word):
    assert word in "".join(_spans(engine, text))


@pytest.mark.parametrize(
    "text",
    [
        "カーブの先に駐車場があります",  # one long mark is the word's own
        "ブースの設営をしました",
        "ゴーストタウンにしないために",
        "カースト制度について学ぶ講座",
        "コーーヒーが美味しい朝",  # drawn out, but no insult
        "営業日は月・水・金です",  # kanji are listed with ・, never joined
        "お申し込み・お問い合わせは市役所へ",
    ],
)
def test_look_alikes_are_left_alone(engine, text):
    assert _spans(engine, text) == []


def test_the_drawn_out_run_decides_not_the_collapsed_text(engine):
    # Both normalize to カース; only the one typed with a run is a taunt.
    assert _spans(engine, "あいつカーース") and not _spans(engine, "あいつカース")


@pytest.mark.parametrize(
    "text",
    [
        "健診に来たおっさん、完全にﾌﾞﾀやったｗ",
        "うちの係長は🐷ブタ🐷やね",
        "駅前で騒ぐ連中は🦍猿🦍レベル",
        "夜中に騒ぐ隣の屑夫婦",
        "約束を守らん業者、あの業者は屑",
        "あのタレントほんとデ〇だよね",
        "お前なんかし ね",
        "花火で騒ぐ中学生ども、きえろーーー！",
        "窓口にまたｶﾞｲｼﾞﾝが来た",
    ],
)
def test_person_insults_in_other_spellings(engine, text):
    assert _spans(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "今日のお昼は豚！生姜焼き定食でした",
        "ブタの角煮を作りました",
        "猿回しの芸に子どもたちも大喜び",
        "紙屑は燃えるゴミの日に出してください",
        "野菜の屑は堆肥にします",
        "肌のシミよ、きえろー！",
        "サンマをいぶす燻製体験",
        "たばこをふかす人は喫煙所へ",
        "「外人」という言葉、悪気がなくても傷つく人がいます",
    ],
)
def test_ordinary_words_in_those_spellings_are_not_insults(engine, text):
    assert _spans(engine, text) == []


@pytest.mark.parametrize("text", ["同じことを何回言っても分からん、あいつガ〇ジやろ", "毎日苦情の電話してくるキ●ガイ集団"])
def test_a_masked_slur_is_both_an_insult_and_discrimination(engine, text):
    assert _spans(engine, text, "5.6.1") and _spans(engine, text, "5.6.2")


def test_a_masked_placeholder_is_no_slur(engine):
    assert _spans(engine, "キ〇〇ガイドツアーのお知らせ", "5.6.2") == []
