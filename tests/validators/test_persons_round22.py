"""Round 22 (5.3): a colleague's child pointed at by bare surname and kin
(山下の息子) with school and year, a resident pointed at as 「…って人」 whose
surname Sudachi splits, a counter visitor named and laughed at, a face
shown in a photo told in 熊本弁 (写っとる); a paper photographed on the sly
is no person's photo, and the Kyushu ending 〜っちゃん is no child's name."""

from __future__ import annotations

import pytest


def _flagged(engine, text):
    return [(f.rule, text[f.start:f.end]) for f in engine.check(text).findings
            if f.item == "5.3" and f.severity in ("error", "warning")]


@pytest.mark.parametrize("text, quote", [
    # a bare surname and whose child: the household is known
    ("係の中原の娘、山鹿中の3年で吹奏楽部やけん応援してね", "中原の娘"),
    ("いつもお世話になっとる平田のところの長男、鹿本高校の2年らしかよ", "鹿本高校の2年"),
    # 「…って人」「…という方」 after a place: a resident pointed at, with their money trouble
    ("菊鹿の上村って人、国保税ずっと未納なんよ", "上村"),
    ("鹿央の岩下とかいうおばさん、借金で首が回らんらしい", "借金"),
    ("来民の大塚という方は、住民税を滞納されているそうです", "大塚"),
    # a resident served at the counter, named and laughed at
    ("午前中に窓口に来た鍋田の松本キヨ子さん、印鑑ば3回も忘れとらした笑", "松本キヨ子さん"),
    ("受付にいらした中富の村田さん、何度説明しても分からんでトロすぎ", "村田さん"),
    ("支所に毎朝来られる鹿北町の平井ハナさん（80）、今日もお説教コース", "平井ハナさん"),
    # a label (クレーマーの) and the person's district in brackets
    ("うるさいクレーマーの坂本和夫（鹿本町来民）、まじで害悪", "坂本和夫"),
])
def test_private_person_pointed_at(engine, text, quote):
    found = [q for rule, q in _flagged(engine, text) if rule == "privacy-person-details"]
    assert any(quote in q for q in found), found


@pytest.mark.parametrize("text", [
    "離婚の手続きなら市民課の窓口にあるっちゃん",
    "いじめは絶対許さんっちゃん。相談窓口はこちら",
    "今年の灯籠って人多かったね。救急搬送はゼロやったって",
    "介護の仕事という方は、ぜひ相談会へ",
    "窓口に来られた中島ハルさんに、市長が百歳のお祝いを届けました",
    "窓口で対応した坂本さん、笑顔がすてきな方でした",
    "クレーマー対応の研修で、講師の田中さん（菊鹿町）にお話を伺いました",
])
def test_no_private_person_exposed(engine, text):
    assert not [q for rule, q in _flagged(engine, text) if rule == "privacy-person-details"]


@pytest.mark.parametrize("text", [
    "花火見物の人の顔がバッチリ写っとるけど、そのまま載せとくね",
    "お客様のお顔がはっきり写っておりますが、そのまま掲載いたします",
])
def test_face_shown_and_posted(engine, text):
    assert any(rule == "privacy-photo-without-consent" for rule, _ in _flagged(engine, text))


@pytest.mark.parametrize("text", [
    "仕入れ先の価格表をこっそり撮った📸 白菜1玉98円やった",
    "業者さんの見積書、内緒で撮影しといたけん見て",
    "こっそり会議の資料を撮ったばい",
    "うちの息子の顔がバッチリ写っとるけど載せとく",
])
def test_paper_or_own_family_is_no_portrait(engine, text):
    assert not [rule for rule, _ in _flagged(engine, text) if rule.startswith("privacy-photo")]


def test_person_shot_on_the_sly_still_flagged(engine):
    text = "待合のおばちゃん、こっそり撮ったった📸"
    assert any(rule.startswith("privacy-photo") for rule, _ in _flagged(engine, text))
