"""Round 24 (5.6.5): words innocent alone and adult together in a link
(jk-poolside, gravure-…/amateur), and a racy lure (過激で, 際どいショット)
next to a link with a pin-up or schoolgirl word in it."""

from __future__ import annotations

import pytest

from yamaga_desk.validators.urls import url_is_adult


def _flagged(engine, text):
    return [text[f.start:f.end] for f in engine.check(text).findings
            if f.item == "5.6.5" and f.severity in ("error", "warning")]


@pytest.mark.parametrize("url", [
    "https://jk-pool.example/", "jk-beach[.]example/photos", "https://joshikosei-gazou.example/",
    "https://gravure-free.example/amateur", "https://bikini-shirouto.example/", "mizugi.example/leaked/2",
    "https://gravure.example/jk",
])
def test_innocent_words_combined_are_adult(url):
    assert url_is_adult(url)


@pytest.mark.parametrize("url", [
    "https://jk-kyoto.example/", "https://amateur-radio.example/", "https://free-wifi.example/",
    "https://bikini-beach.example/access", "https://gravure-free.example/", "https://yamaga-jc.example/pool",
    "https://mizugi-shop.example/school", "https://city-pool.example/jk", "https://example.com/js/app.js",
])
def test_each_word_alone_is_not_adult(url):
    assert not url_is_adult(url)


@pytest.mark.parametrize("text, quote", [
    ("前に話したやつ、かなり過激でびっくりしたけん貼っとく→ https://bikini-box.example/", "過激で"),
    ("際どいショットがそろっとるばい https://gravure-room.example/", "際どいショット"),
    ("刺激的な写真が満載でございます https://mizugi-photo.example/", "刺激的な写真"),
])
def test_lure_next_to_a_pinup_link_is_underlined(engine, text, quote):
    flagged = _flagged(engine, text)
    assert any(quote in f for f in flagged)
    assert any("https://" in f for f in flagged)


@pytest.mark.parametrize("text", [
    "刺激的な体験が待つ環礁ツアー https://bikini-beach.example/tour",
    "過激なダイエットは禁物です。夏に向けて https://mizugi-shop.example/",
    "海の透明度が目の保養、底まで丸見えです https://bikini-beach.example/",
    "過激な水着写真をばらまくアカウントにご注意ください https://bikini-box.example/",
    "過激な内容の記事でした https://news.example/",
])
def test_lure_without_a_pinup_link_or_about_another_thing(engine, text):
    assert _flagged(engine, text) == []
