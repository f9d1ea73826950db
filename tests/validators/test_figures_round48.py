"""5.4 of round 48: a later stage of a selection counted above an earlier one
(申込者 < 受験者), a burden promised away (絶対に残業ゼロ), a guess drawn from a
hint told as 100% certain, and 役不足 said of a newcomer who then struggled.
Each sits beside a look-alike that must stay clean."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, rule", [
    ("今年の上級試験、申込者は312人、受験者は345人でした！", "accuracy-more-past-the-stage"),
    ("受験者80人に対して、合格者は95人です", "accuracy-more-past-the-stage"),
    ("山鹿市役所は絶対に残業ゼロ！ワークライフバランス抜群の職場です", "accuracy-absolute-claim"),
    ("石室が見つかったらしい。場所からして100%装飾古墳やね", "accuracy-absolute-claim"),
    ("新人に任せてみたのですが、初めてで彼には役不足だったようで、途中で何度も資料を見返していました", "idiom-yakubusoku"),
])
def test_misleading(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule)


@pytest.mark.parametrize("text, rule", [
    ("申込者は345人、受験者は312人、合格者は41人でした", "accuracy-more-past-the-stage"),
    ("昨年の受験者は345人、今年の申込者は312人です", "accuracy-more-past-the-stage"),
    ("残業ゼロを目指して、絶対に業務を見直します", "accuracy-absolute-claim"),
    ("この古墳、形からすると前方後円墳の可能性があります", "accuracy-absolute-claim"),
    ("県大会優勝の先輩に町内大会の審判は役不足でしたが、全力で務めてくださいました", "idiom-yakubusoku"),
])
def test_not_misleading(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule) == []


def test_a_complaint_promised_away_for_life(engine, flagged):
    assert flagged(engine, "プロの歯石取りを1回受ければ、口臭は一生出ません✨", rule="accuracy-absolute-claim")


def test_a_loss_for_life_is_no_promise(engine, flagged):
    assert flagged(engine, "口臭が二度と出ないとは言い切れませんが、毎日のケアで減らせます", rule="accuracy-absolute-claim") == []
