"""A whole and its split that do not add up, and a 倍率 the figures beside it
do not bear out (5.4)."""

from __future__ import annotations

import pytest


def _flagged(engine, text, rule):
    return [text[f.start:f.end] for f in engine.check(text).findings if f.rule == rule]


@pytest.mark.parametrize("text, whole, parts", [
    # the split in the next sentence, named by 内訳
    ("交流会の参加者は90名でした。内訳は職員40名・市民45名です。", "90名", "職員40名・市民45名"),
    # no word for a total: a complementary pair is a full split
    ("清掃活動には60人が集まりました！大人25人、子ども30人です", "60人", "大人25人、子ども30人"),
    ("散策路は全長6km、前半4kmは川沿い、後半3kmは山道", "6km", "前半4kmは川沿い、後半3km"),
    # 延べ is a sum over the days, not a rounded figure
    ("3日間で延べ7万人（初日2万人、2日目2万人、最終日2万人）", "7万人", "初日2万人、2日目2万人、最終日2万人"),
    # a rounded whole still cannot hold 10 % more
    ("約500人の方にご来場いただきました。市内の方が300人、市外の方が250人", "500人", "市内の方が300人、市外の方が250人"),
])
def test_split_that_does_not_add_up_is_flagged(engine, text, whole, parts):
    assert _flagged(engine, text, "accuracy-split-sum") == [whole, parts]


@pytest.mark.parametrize("text", [
    "交流会の参加者は90名でした。内訳は職員40名・市民50名です。",
    "約500人の方にご来場いただきました。市内の方が280人、市外の方が230人",
    # a subset, an open list, last year's figure, a capacity, prices
    "参加者は90名、うち職員40名・市民45名でした",
    "参加者は90名。職員40名・市民45名などが集まりました",
    "昨年は90名でした。今年は大人40名・子ども45名です",
    "定員90名です。大人40名、子ども45名の申込みがありました",
    "入場料は800円です。大人500円、子ども200円",
    # 小学生 and 中学生 alone need not be everyone
    "参加者は90名。小学生40名、中学生45名が来てくれました",
])
def test_split_left_alone(engine, text):
    assert _flagged(engine, text, "accuracy-split-sum") == []


def test_competition_ratio(engine):
    text = "陶芸教室は定員12名に応募60名、倍率は3倍でした"
    assert _flagged(engine, text, "accuracy-competition-ratio") == ["倍率は3倍"]
    assert _flagged(engine, text.replace("3倍", "5倍"), "accuracy-competition-ratio") == []
    # 61/12 = 5.08: a written ratio is read as rounded
    assert _flagged(engine, "定員12名に応募61名、倍率5倍", "accuracy-competition-ratio") == []
    # ちょうど makes it exact
    assert _flagged(engine, "定員12名に応募61名、倍率ちょうど5倍", "accuracy-competition-ratio") == ["倍率ちょうど5倍"]
