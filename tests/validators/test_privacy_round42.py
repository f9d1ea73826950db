"""Privacy (5.3), adult links (5.6.5) and security (6.3.3) of round 42:
a stranger by the writer's seat or a couple kissing, the camera emoji
closing the clause told about them; 許可？取ってない; a body part romanised
before a medium (oshiri-douga); grown-ups' videos sold as watched without
limit; an age label on a secret account (18禁の裏アカ); a password told by
its rotation (Hogo#0412 → Hogo#0413); the place of a key or the day's
takings; rounds once each then asleep; no guard until Monday; 職員ゼロ.
And their look-alikes: 確認していない said of a fee, a friend one sat
beside, a cartoon's link, a version or a meeting moved, a figure of sales,
a night worker's own sleep.  Each asserts the hand rule by rule id."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "バス停で隣に座ってたおじさん、足を投げ出して席2人分とってた📸 顔ちゃんと写ってるｗ",
    "バスで前に座った高校生カップル、肩寄せ合って爆睡してて可愛すぎたから撮っちゃった📷",
    "公園のベンチでチューしよったカップル、絵になるけん動画撮ったｗ",
    "八千代座の前でキスしてたカップル、思わずパシャリ📸 許可？取ってないけどOK💕",
])
def test_stranger_snapped_unasked(engine, flagged, text):
    assert flagged(engine, text, rule="privacy-photo-not-asked")


@pytest.mark.parametrize("text", [
    # a fee not checked with the office, and a photo walk elsewhere in the blog
    "プールの料金は中学生以下無料のはず。担当課には確認していませんが。散歩しながら写真を撮るのが楽しみです",
    "隣に座った友達と一緒に撮った写真です📸",
    "花火の前に隣に座ってたご夫婦に撮ってもらいました📸",
    # the city's mascot used unasked is the city's right (6.3.2), not a portrait
    "市のマスコットの画像を勝手に使って、ブログのアイコンにしたよ 許可？取ってないけど宣伝になるしいいよね",
])
def test_no_portrait_taken_unasked(engine, flagged, text):
    assert flagged(engine, text, "5.3") == []


@pytest.mark.parametrize("text, rule", [
    ("夜のお楽しみ👉 https://oshiri-douga.example/new", "obscene-link-url"),
    ("オトナの動画が見放題のサイトはこちら https://night-box.example/vip", "obscene-link-words"),
    ("プロフのリンク先は18禁の裏アカです🔞", "obscene-site-pointer"),
    ("エロ垢はプロフから飛べるよ", "obscene-site-pointer"),
])
def test_adult_link_or_account_pointed_to(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule)


@pytest.mark.parametrize("text", [
    "おしり探偵の動画、子どもと見てる https://www.youtube.com/oshiri",
    "裏アカの乗っ取りに注意しましょう。プロフのリンクは踏まないで",
])
def test_no_adult_link(engine, flagged, text):
    assert flagged(engine, text, "5.6.5") == []


def test_password_told_by_its_rotation(engine, flagged):
    text = "福祉システムのﾊﾟｽﾜｰﾄﾞ、また期限切れ。毎回 Hogo#0412 → Hogo#0413 に変えるだけ"
    quotes = flagged(engine, text, rule="security-credential")
    assert any("Hogo#0412" in q for q in quotes) and any("Hogo#0413" in q for q in quotes)


@pytest.mark.parametrize("text", [
    "パスワード変更のお知らせ。来月からシステムが v1.2→v1.3 になります",
    "会議は10時→11時に変更になりました",
])
def test_no_rotation_without_password_values(engine, flagged, text):
    assert flagged(engine, text, rule="security-credential") == []


@pytest.mark.parametrize("text, rule", [
    ("金庫の鍵の場所、課長の机の一番下の引き出しって新人さんに教えた", "security-key-cash-location"),
    ("温泉センターのその日の売上、レジの下の菓子箱に入れて帰るだけ", "security-key-cash-location"),
    ("夜勤の警備員さん、23時と4時に1回ずつ見回って、あとは守衛室で寝てる", "security-patrol-times"),
    ("鹿央支所って土日は職員ゼロで、警備会社も月曜の朝まで来んとよ", "security-patrol-times"),
    ("出張所、年末年始は職員ゼロになるけん", "security-unattended-building"),
])
def test_security_gap_told(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule)


@pytest.mark.parametrize("text", [
    "今月の売上は前年の1.2倍、店長の机の上の資料にまとめてあります",
    "売上は毎日銀行の夜間金庫に預けています",
    "夜勤明けは家で寝てる",
    "本日の窓口は待ち時間ゼロでした。市民課の職員は5人体制",
])
def test_no_security_gap(engine, flagged, text):
    assert flagged(engine, text, "6.3.3") == []
