"""Privacy (5.3) and secrets (6.3.1) look-alikes of round 39: a photo taken
of the writer or a commenter (passive), a warning about pirated copies,
posting on a section's account without leave, the city's own character;
other families' children named with their nursery class, a picture lifted
from an article; and for 6.3.1 a household tip called secret in fun and
one's own side business taking bookings."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, quote", [
    # children named in a photo's order, with their nursery and its class
    ("右からそうたくん、めいちゃん。ふたりとも「さくら幼稚園」ばら組", "そうたくん"),
    ("右からそうたくん、めいちゃん。ふたりとも「さくら幼稚園」ばら組", "ばら組"),
    # a picture lifted from a paper
    ("店の写真は、タウン誌の記事からそのまま拝借しています", "拝借"),
    # the writer took it, on the section's account
    ("課のインスタのアカウントに、窓口に来たおじいさんの写真を勝手に載せた", "勝手に載せ"),
])
def test_real_thing_flagged(engine, text, quote, flagged):
    assert any(quote in f for f in flagged(engine, text, "5.3"))


@pytest.mark.parametrize("text", [
    # the shot suffered, not taken
    "「祭りで勝手に写真を撮られた」という声が届いています",
    "駅で知らない人に勝手に写真を撮られて、ちょっと怖かった",
    # someone else's pirated upload warned about
    "公式の花火映像を無断でアップロードした海賊版にご注意ください",
    # posting text on an account without leave is 6(3)②, nobody is shown
    "係のアカウント、係長が出張の日は私が勝手に投稿しとります",
    # the city's own character used without leave is 6(3)②
    "市のキャラクターのイラストを勝手に使って、歓迎会の案内を作った",
    # 分からんおばちゃん: the ん of a verb before おばちゃん is no child's name
    "説明しても分からんおばちゃんが来て、ほんと疲れた",
    # a nursery class with no child named
    "ひまわり保育園のひよこ組さんが、今日はお芋掘りに挑戦しました",
])
def test_look_alikes_stay_clean_of_privacy(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


def test_own_side_business_taking_bookings_is_no_city_secret(engine, flagged):
    text = "土日は空き部屋を民泊で貸しよる。一晩7,000円、予約はLINEで直接ね。役所には内緒で"
    assert flagged(engine, text, "6.3.1") == []


def test_household_tip_called_secret_in_fun_is_clean(engine, flagged):
    text = "資料室マル秘の時短術を紹介！ 書類は1日3分で片付けます"
    assert flagged(engine, text, "6.3.1") == []


def test_secret_sum_told_between_us_still_flagged(engine, flagged):
    # a subsidy sum told as a secret, with no trade of one's own in sight
    text = "内緒だけど、市が〇〇社に出す補助金は1億円"
    assert any("1億円" in f for f in flagged(engine, text, "6.3.1"))
