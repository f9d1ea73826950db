"""Privacy (5.3) of round 49 (a 上下水道課 field worker in 熊本弁, the
灯籠まつり account, a nursery teacher writing in hiragana, a wild-boar damage
officer): a child's food allergy, an infection that keeps them home (おやすみ
in kana), a lost child's age and district in brackets, a complainant named
with their ward, the family home given by district and shop, an old
neighbour pinned down by district and age, a neighbour caught in the shot and
shrugged off, a picture said to come off the net.  And the look-alikes that
were flagged: the class that points a child out read as a fact about them, a
carcass put out to warn off deer, a building got into on the sly to take
photos, a character's picture on a trade's sign.  Each asserts the hand rule
by rule id."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, rule", [
    ("#ゆいちゃん 3さい🎀 たまごアレルギーがあるけど、きょうの 除去食 ぜんぶ たべられたよ！", "privacy-person-details"),
    ("そら組の田中ゆうとくん、小麦アレルギーで給食は別メニューです", "privacy-person-details"),
    ("ほしぐみの 井上そうたくん（4さい）が おたふくかぜで 今週いっぱい おやすみです", "privacy-person-details"),
    ("りこちゃん、ノロでお休みしとるげな", "privacy-person-details"),
    ("迷子になってた山本ゆいちゃん（5歳・鹿央町千田）、無事お母さんと会えました😭", "privacy-person-details"),
    ("さっき保護したはるとくん（鹿北町岩野・4歳）、お父さんが迎えに来たよ", "privacy-person-details"),
    ("先日お電話でクレームをくださった熊本市東区の田中ひろしさん、ご指摘の件は対応済みです", "privacy-person-details"),
    ("苦情ば言うてきた菊鹿町上内田の森さん（70）、また来らしたばい", "privacy-person-details"),
    ("インフルエンサーのあやかさん、実家が鹿本町来民の松本パン店なんだって🥐", "privacy-person-details"),
    ("佐藤くんの実家は菊鹿町上永野らしか、帰りに寄ってみよ", "privacy-person-details"),
    ("検針中にいつも会う鹿北のばあちゃん、98歳で一人暮らし😊 岩野の坂の上の赤い屋根の家で", "privacy-person-details"),
    ("漏水の現場写真📷 通報してくれた隣の吉田さんの奥さんも写り込んどるけど、まあよかろ", "privacy-photo-not-asked"),
    ("運動会の写真、よその子が写り込んでるけど、仕方ないよね", "privacy-photo-not-asked"),
    ("罠にかかったイノシシの画像、ネットから拾ってきた😁 どこのかは知らんけど", "copyright-repost"),
    ("表紙の写真は、ネットからパクってきたとよ", "copyright-repost"),
])
def test_disclosed(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule)


@pytest.mark.parametrize("text, rule", [
    # the class that points a child out is no fact told about them
    ("それから、気に入らんかった隣のクラスの子を放課後に皆で囲んで殴ったことも、今ではいい思い出やねって大笑いしました",
     "privacy-person-details"),
    # an allergy as the kitchen's service; a district alone in brackets
    ("たまごアレルギーのお子さんには除去食を用意しています", "privacy-person-details"),
    ("卵アレルギー対応のケーキを予約できます", "privacy-person-details"),
    ("表彰者：田中一郎さん（72・鹿本町）は、長年の清掃活動が評価されました", "privacy-person-details"),
    # a complaint thanked for; a caller told of by district alone
    ("苦情をくださった鹿本町の森さん、ご指摘ありがとうございました。すぐに直しました", "privacy-person-details"),
    ("先日は、鹿央のおばあちゃんが入院中のご主人のことで何度もお電話をくださって、最後に「安心したけん」と言ってくださいました",
     "privacy-person-details"),
    ("老人会のおじいちゃん達が、灯籠を作ってくれました", "privacy-person-details"),
    # someone in the shot who was asked; nobody in a building got into
    ("写り込んでいる方には、掲載の了承を得ています📷", "privacy-photo-not-asked"),
    ("八千代座の裏口、夜は鍵かかってないけん、こっそり入って撮影してよかですよ🤫", "privacy-photo-not-asked"),
    ("八千代座の裏口、夜は鍵かかってないけん、こっそり入って撮影してよかですよ🤫", "privacy-photo-without-consent"),
    # a carcass put out to warn off the other deer
    ("捕獲したシカの頭、並べて写真撮った🦌 こうやって晒しとくとほかのシカへの見せしめになるっちゃなか？", "privacy-expose-person"),
    # a character's picture on one's own trade's sign (the city's mascot: 6.3.2)
    ("副業でやっとるキッチンカーの看板、ヤッホーくんのイラスト勝手に使ったった", "copyright-others-work"),
    # a net search for a place, the photo taken by the writer
    ("写真、ネットで見つけた場所に行って撮ってきました", "copyright-repost"),
])
def test_not_disclosed(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule) == []


def test_a_person_exposed_with_the_carcass_is_still_told(engine, flagged):
    """The deer exception does not cover a person put up to blame in the same post."""
    assert flagged(engine, "ゴミば捨てていった車のナンバー、晒しとこ。シカの頭も並べとる", rule="privacy-expose-person")


@pytest.mark.parametrize("text, told", [
    # a bare masked name points no one out: the record read at work is 6.3.1's matter
    ("入所申込書 見よったら、〇〇さんち 世帯年収 210万 やった。あの車で？ってびっくり", False),
    ("多頭飼育の件、〇〇さんちの調査票まとめたよ。年金生活で家賃の滞納もあり", False),
    # a masked name pointed out by who they are is still someone
    ("同じ係の〇〇さん、適応障害で病休中。ずっと来てない", True),
    ("窓口に来た〇〇さん、認知症がだいぶ進んどらす", True),
])
def test_a_masked_name_is_someone_only_when_pointed_out(engine, flagged, text, told):
    assert bool(flagged(engine, text, rule="privacy-person-details")) is told


@pytest.mark.parametrize("text, told", [
    ("鹿本の農家の藤本さんから被害届の控え来とるよ。口座番号 肥後銀行 山鹿支店 普通 1234567 も書いてあるけん", True),
    ("窓口に来た森さん、口座番号は0123456やった", True),
    # the association's own account for donations names no private person
    ("寄付の振込先：肥後銀行 山鹿支店 普通 1234567（山鹿市観光協会）", False),
])
def test_a_residents_bank_account_beside_them_is_told(engine, flagged, text, told):
    assert bool(flagged(engine, text, rule="privacy-person-details")) is told


@pytest.mark.parametrize("text, told", [
    ("職員の飲み会で 主任が 脱ぎだして 全裸で 踊りよった🤣🤣 動画 あるけん 見たい人 DMして", True),
    ("忘年会で課長が酔っ払って寝とった😂 写真撮ったけん欲しい人はLINEして", True),
    ("花火の動画あるけん見たい人DMして", False),
    ("灯籠踊りの練習風景、動画あるので見たい方は個別に連絡ください", False),
])
def test_someone_caught_unguarded_offered_round(engine, flagged, text, told):
    assert bool(flagged(engine, text, rule="privacy-photo-not-asked")) is told
