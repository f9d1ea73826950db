"""Round 19 (5.6.5): pin-up words said to be racy next to a link, and a
grown-ups-only site pointed to from the profile."""

from __future__ import annotations

import pytest

from yamaga_desk.validators.urls import url_is_adult


def _flagged(engine, text):
    return [text[f.start:f.end] for f in engine.check(text).findings
            if f.item == "5.6.5" and f.severity in ("error", "warning")]


@pytest.mark.parametrize("text, words", [
    ("例の水着グラビア、雑誌に載らんかったきわどいカットはここ https://cut.example/", "グラビア、雑誌に載らんかったきわどい"),
    ("課長が言いよった写真集よりエグいのはここ👉 https://kagai.example/p/3", "写真集よりエグい"),
    ("袋とじの中身、もっと過激なやつ見つけたばい https://zasshi.example/", "袋とじの中身、もっと過激"),
])
def test_racy_pinup_next_to_a_link(engine, text, words):
    flagged = _flagged(engine, text)
    assert words in flagged and any(f.startswith("https://") for f in flagged)


@pytest.mark.parametrize("text", [
    "プロフのリンク、大人のお友達限定のサイトに飛ぶけん🔞",
    "紳士の皆さま専用のサイト、固定ツイのリンクから見れます。18歳未満は見ないでね",
    "殿方専用の動画ページ、ハイライトから飛べます。閲覧注意",
])
def test_grown_ups_only_site_pointed_to(engine, text):
    assert _flagged(engine, text)


@pytest.mark.parametrize("text", [
    "グラビアアイドルのトークショーを開催します https://event.example/",
    "締切ギリギリ！写真集の予約はこちら https://shop.example/",
    "過激な水着写真をばらまくアカウントにご注意ください https://soudan.example/",
    "大胆なデザインの水着が人気です https://fashion.example/",
    "大人の方限定の陶芸教室、プロフのリンクから申込できます",
    "紳士の皆さま専用のスーツ相談会、プロフのリンクから予約できます",
])
def test_look_alikes_stay_clean(engine, text):
    assert _flagged(engine, text) == []


@pytest.mark.parametrize("url, adult", [
    ("https://mizugi-ura.example/gallery", True),
    ("https://kageki-gazou.example/", True),
    ("https://mizugi-shop.example/", False),
    ("https://hero-zero.example/aero", False),
])
def test_pinup_words_in_a_domain(url, adult):
    assert url_is_adult(url) is adult
