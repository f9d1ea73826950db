"""Round 21 (5.6.5): a symbol standing for a letter (エ□動画), romanised
bondage and nudity words in a domain (shibari-movie), a defanged link
(hxxps://…[.]…) described as beyond a swimsuit, undressing offered as a
show, and a quoted search told with the casual て (『…』て検索)."""

from __future__ import annotations

import pytest

from yamaga_desk.validators.urls import url_is_adult


def _flagged(engine, text):
    return [text[f.start:f.end] for f in engine.check(text).findings
            if f.item == "5.6.5" and f.severity in ("error", "warning")]


@pytest.mark.parametrize("url", [
    "https://shibari-douga.example/", "hxxps://shibari-movie[.]example/", "kinbaku-club.example",
    "https://zenra-video.example/", "hadaka-tube.example/new",
])
def test_romanised_bondage_and_nudity_domains(url):
    assert url_is_adult(url)


@pytest.mark.parametrize("url", [
    "https://shibari-play.example/", "https://hadaka-matsuri.example/", "https://shibari.example/rules",
])
def test_the_same_words_elsewhere_are_not_adult(url):
    assert not url_is_adult(url)


@pytest.mark.parametrize("text, quote", [
    ("エ■画像のまとめ、ここ👉 https://img.example/", "エ■画像"),
    ("ア□ルト動画の新作はこっち https://new-v.example/", "ア□ルト動画"),
    ("服を脱いじゃう女の子たちの動画、見放題 https://v-room.example/", "脱いじゃう女の子たちの動画"),
    ("hxxp://pic-room[.]example/ 水着だけじゃ済まない写真ばっかり", "hxxp://pic-room[.]example/"),
    ("“人妻 エロ” てググったら出てくるページ、やばかよ", "てググ"),
])
def test_adult_pointer_found(engine, text, quote):
    assert any(quote in f for f in _flagged(engine, text))


@pytest.mark.parametrize("text", [
    "帽子を脱いでくれる子どもたちの写真、ありがとう https://school.example/",
    "上着を脱いで踊る女の子たちの動画です https://dance.example/",
    "□動画□ 菊池川の風景 https://river.example/",
    "『山鹿 温泉 日帰り』て検索したら出てくるサイト、便利かよ",
    "水着の貸し出しはプール受付で。詳しくは https://pool.example/",
])
def test_ordinary_links_and_searches(engine, text):
    assert _flagged(engine, text) == []
