"""Privacy (5.3) look-alikes of round 38: a person pinned down by a bare
surname and age, a household then its member, a child in hiragana after a
verb, an identity document's number, a house number joined by a minus sign;
and pages or a chapter of a book copied out."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, quote", [
    # a bare surname with the age in brackets, next to an illness
    ("青年部の古閑（27）、適応障害で休職しとるらしか", "古閑"),
    # a named resident as the cause of a fire
    ("火元は鹿北町の川口シヅ子さん（90）の火の不始末やった", "川口シヅ子さん"),
    # what the visitor did, told in the clause before the name
    ("受付で大声で怒鳴り散らした鹿北町岩野の田上正男さん（69）、ほんとにもう", "田上正男さん"),
    # a household, a comma, then its member and a family matter
    ("隣の班の中島んとこ、奥さんと別居中らしか", "中島んとこ、奥さん"),
    # a child named in hiragana right after a verb, school and year in brackets
    ("毎週来よるはるとくん（鹿本小2年）、発達障害がある", "はるとくん"),
    # a foreign resident's residence-card number
    ("相談に来たマリア・サントスさん、在留カード番号はXY87654321ZA", "XY87654321ZA"),
    # a hiragana district and a house number joined by a full-width minus
    ("向かいの井上健太さん（山鹿市菊鹿町ひばり台８−１２）、毎晩大音量で音楽を流しよる", "ひばり台８−１２"),
])
def test_person_and_private_matter_flagged(engine, text, quote, flagged):
    assert any(quote in f for f in flagged(engine, text, "5.3"))


@pytest.mark.parametrize("text", [
    "寝たばこによる火災が増えています。寝る前の一服はやめましょう",
    "消防団の坂口（31）が、県の操法大会で優勝しました",
    "りこちゃん（5歳）の描いた絵が、市長賞に選ばれました",
    "在留カードの更新は出入国在留管理局で手続きしてください",
    "型番AB-1234のプリンターを導入しました",
    "山鹿市のお店まで車で10−15分です",
])
def test_look_alikes_stay_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


@pytest.mark.parametrize("text", [
    "図書館で借りた随筆の30〜34ページ、全部書き写して載せときます",
    "感動したので第二章をそのまま打ち込みました。以下、第二章全文です",
    "ネットで拾った人気漫画のコマ、おもしろすぎるけん載せとく",
])
def test_pages_of_a_work_copied_out_flagged(engine, text, flagged):
    assert flagged(engine, text, "5.3") != []


def test_pages_read_aloud_stay_clean(engine, flagged):
    assert flagged(engine, "おはなし会では絵本の12〜15ページを読み聞かせしました", "5.3") == []


@pytest.mark.parametrize("text, quote", [
    # the copy announced with 書き出す, set out as the next paragraph
    ("青春の一曲、歌詞を丸ごと書き出しとくね。\n\n「夏の終わりの堤防で　ふたり並んで空を見た　約束の花火が消えても　胸の灯りは消えないよ」",
     "ふたり並んで空を見た"),
    # the verse first, the note after it: the verse itself is underlined
    ("ゆうべの一曲\n\n星の降る丘で 手を振った\n戻れない夏の 帰り道\n\n（あのバンドの「流星」より、歌詞ぜんぶ書き写しました）",
     "星の降る丘で"),
])
def test_lyrics_written_out_are_underlined(engine, text, quote, flagged):
    assert any(quote in f for f in flagged(engine, text, rule="copyright-quoted-lyrics"))
