"""Privacy and copyright (5.3) of round 47 (a 公民館 coordinator, a road
foreman in 熊本弁, a ふるさと納税 writer, a teacher, a farmland-committee
veteran, a clerk who streams games): a donor's home told down to the block, a
pupil's ward and school, a picture found on
Pixiv, music taken from an illegal upload, a voice recorded on the sly, a face
posted with the name never asked, 晒しといた.  And the look-alikes that were
flagged: 配信者 read as 信者, a food said to be good for 血圧, a product last
in a ranking, a threat to find out who a critic is.  Each asserts the hand
rule by rule id."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, rule", [
    # a home address down to the block, next to the named person
    ("東京都練馬区桜台3丁目にお住まいの高田聡子さま（73歳）から、お手紙をいただきました", "privacy-person-details"),
    ("熊本市中央区水前寺2丁目に住んどらす坂口さん、また電話してきなった", "privacy-person-details"),
    # a ward and the school someone goes to
    ("福岡市早良区の本村さんちの息子さん、今年から城南台高校の野球部ですって", "privacy-person-details"),
    ("推しのイラスト、Pixivで見つけたやつ勝手にアイコンにしちゃった", "copyright-others-work"),
    ("PR動画のBGM、有料の曲を違法アップロードされとったサイトから落として使った", "copyright-music-video-used"),
    ("今日のクレーマーのおっちゃん、こっそり録音したやつ配信で流したw", "privacy-photo-without-consent"),
    ("あまりにいい笑顔だったので、お名前は聞けなかったけど顔写真載せちゃいます！", "privacy-stranger-face-posted"),
    ("配信中に凸してきたアンチ、晒しといたわ", "privacy-expose-person"),
    # an implant, a date of birth, a spouse gone home to their parents
    ("受講生の宮崎トミ子さん、心臓にペースメーカーを入れとらす", "privacy-person-details"),
    ("窓口に来た坂本さん、生年月日が昭和38年やった", "privacy-person-details"),
    ("岩下さんとこの嫁さん、実家に帰ったままらしか", "privacy-person-details"),
    ("2組の村上蒼くん、お父さんの会社が倒産したって", "privacy-person-details"),
    # a masked district, the house number told all the same
    ("中学の時の元カノ、住所は山鹿市鹿央町〇〇1234-5。会いに行ってみようかな", "privacy-postal-address"),
])
def test_disclosed(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule)


@pytest.mark.parametrize("text, rule", [
    # 配信者 / 発信者: no believer of any faith
    ("同僚の皆さんも買ってね。\n#グッズ販売 #配信者", "privacy-person-details"),
    ("坂本さん、発信者の名前は伏せて紹介しますね", "privacy-person-details"),
    # a remedy praised, no one's condition
    ("坂本さん、栗の渋皮は血圧に効くってテレビでやってたらしいですよ！", "privacy-person-details"),
    ("田中さんちの黒酢、高血圧にいいって評判ばい", "privacy-person-details"),
    # a product last in a ranking is no applicant's mark
    ("中島さんとこの干し柿は苦情件数12件で最下位でした", "privacy-person-details"),
    # a landowner as who the person is; a pacemaker in a race; a visit home
    ("若い頃に担当した地主さんの娘さんが、灯籠を頭に踊っておられました", "privacy-person-details"),
    ("田中さんがマラソン大会でペースメーカーを務めてくれました", "privacy-person-details"),
    ("山口さん、お盆は実家に帰って家族と過ごしたそうです", "privacy-person-details"),
    # a ward named for an event, and a school's team in a match
    ("福岡市早良区の会場で、物産展を開きます", "privacy-person-details"),
    # a threat to find out who the critic is (5.5): nobody exposed yet
    ("コメ欄に悪口書いてくるやつ、特定して晒すぞ？", "privacy-expose-person"),
    ("こっそり録音した自分の歌、聞き返したら下手すぎて笑った", "privacy-photo-without-consent"),
    ("お名前は聞けなかったので、顔が写らない後ろ姿の写真を載せます", "privacy-stranger-face-posted"),
    ("Pixivで見つけたイラストを参考にして、自分でアイコンを描いたよ", "copyright-others-work"),
])
def test_not_disclosed(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule) == []


def test_an_applicant_last_in_the_interview_is_still_told(engine, flagged):
    """最下位 now needs the pass or the test beside it: an applicant's place still counts."""
    assert flagged(engine, "採用試験に来た山本愛子さん、面接で最下位やったらしか", rule="privacy-person-details")


@pytest.mark.parametrize("text", [
    # a frying pan and a driver end in パン and バー, and are no firm run down
    "昨日、旦那が連絡なしで夜中に帰ってきたけん、フライパンでぶん殴ってやった",
    "外国人のドライバーは運転が荒か。",
])
def test_everyday_words_ending_in_a_trade_name_no_business(engine, flagged, text):
    assert flagged(engine, text, rule="rights-business-disparagement") == []


def test_a_firm_named_is_still_run_down(engine, flagged):
    assert flagged(engine, "丸山パンは賞味期限切れのパンを平気で売っとる。", rule="rights-business-disparagement")
