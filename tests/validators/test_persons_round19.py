"""Round 19 (5.3): a child named with a school whose name holds kana, a home
placed by a landmark, a photo posted behind the guardians' back."""

from __future__ import annotations

import pytest


def _flagged(engine, text):
    return [text[f.start:f.end] for f in engine.check(text).findings
            if f.item == "5.3" and f.severity in ("error", "warning")]


@pytest.mark.parametrize("text, quote", [
    ("図書館でいつも勉強しよる山鹿ひかり中2年の森あおいちゃん、今日も遅くまでおった", "山鹿ひかり中2年"),
    ("鹿北中学1年の森あおいちゃん、いつも図書館で勉強しよる", "鹿北中学1年"),
    ("三岳小5の吉田はるとくん、足の速かもんね", "三岳小5"),
    ("松尾さん、家は郵便局の裏のアパートやけん夜道が心配", "家は郵便局の裏のアパート"),
    ("隣のクラスの木下くん、家は中央通りの角の床屋さんらしい", "家は中央通りの角の床屋さん"),
    # a surname Sudachi reads as a place (松尾) and a kana given name it reads as a word (ひなた)
    ("松尾ひなたちゃんの家は中町の角のパン屋さんやけん、帰り道ちょっと心配", "松尾ひなたちゃん"),
])
def test_child_school_and_home_by_landmark(engine, text, quote):
    assert any(quote in f for f in _flagged(engine, text))


@pytest.mark.parametrize("text", [
    "発表会で踊っとった隣のクラスの子、親御さんに内緒でインスタに上げちゃった",
    "公園で会った赤ちゃんがかわいすぎて、ママさんに言わんでストーリーにあげた",
    "試合で泣いとる子の写真、親御さんには黙っとるけど貼っとくね",
    "よその子の泣き顔が最高やけん保護者さんに内緒で載せちゃう",
])
def test_photo_posted_behind_the_guardians_back(engine, text):
    assert _flagged(engine, text)


@pytest.mark.parametrize("text", [
    "うちの娘は中2年、友達と図書館で勉強しとる",
    "鹿本中学2年の田中さんが、県の作文コンクールで入賞しました",
    "会場は公民館の隣の体育館です",
    "嫁さんに内緒で買った新しいカメラで撮った夕焼け📸",
    "サプライズなので、主役のご本人には内緒で準備を進めています。写真はあとで載せます",
])
def test_look_alikes_stay_clean(engine, text):
    assert _flagged(engine, text) == []
