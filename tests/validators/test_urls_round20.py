"""Round 20 (5.6.5): adult links behind euphemisms — a romanised 大人の夜 or
🍑 domain, 夜のお楽しみ動画, scare-quoted “大人向け”, and 🍑💦 framing 動画."""

from __future__ import annotations

import pytest

from yamaga_desk.validators.urls import url_is_adult


def _flagged(engine, text):
    return [text[f.start:f.end] for f in engine.check(text).findings
            if f.item == "5.6.5" and f.severity in ("error", "warning")]


@pytest.mark.parametrize("url", [
    "https://otona-yoru.example/", "otonano-himitsu.example", "https://peach-douga.example",
    "peach-tube.example/new", "https://momo-gazou.example/",
])
def test_euphemistic_adult_domains(url):
    assert url_is_adult(url)


@pytest.mark.parametrize("url", [
    "https://peach-farm.example/", "https://yamaga-yoru-live.example/", "https://otona-kengaku.example/",
    "https://momo-cafe.example/", "https://peach-live.example/",
])
def test_fruit_and_night_words_alone_are_not_adult(url):
    assert not url_is_adult(url)


@pytest.mark.parametrize("text, words", [
    ("夜のお楽しみ動画はプロフから https://v.example/", "夜のお楽しみ動画"),
    ("🍑💦動画🍑💦 全部タダ → https://free.example", "🍑💦動画🍑💦"),
    ("例の“大人向け”のサイトです https://s.example/", "“大人向け”のサイト"),
])
def test_euphemisms_next_to_a_link_are_underlined(engine, text, words):
    flagged = _flagged(engine, text)
    assert words in flagged and any("example" in f for f in flagged)


def test_the_label_before_an_adult_link_is_part_of_the_finding(engine):
    text = "夜のお楽しみはこちらから🔞 https://otona-live.example/"
    assert any(f.startswith("夜のお楽しみ") and f.endswith("example/") for f in _flagged(engine, text))


@pytest.mark.parametrize("text", [
    "夜のお楽しみ抽選会の詳細はこちら https://event.example/",
    "夜のお楽しみはこちらから https://yamaga-yoru-live.example/",
    "🍑桃狩り動画 https://farm.example/",
    "採れたて桃🍑💦 ご注文はこちら https://shop.example/",
    "「大人向け」の動画講座、申込はこちら https://koza.example/",
])
def test_festival_fruit_and_grown_up_classes_are_clean(engine, text):
    assert _flagged(engine, text) == []


def test_an_adult_search_is_found_in_its_paragraph_and_after_an_edit_elsewhere(engine):
    # The searches are found paragraph by paragraph and remembered; an edit
    # in the first paragraph must leave the second one's finding where it is.
    tail = "「人妻 無修正」で検索して一番上に出てくるサイト、最高やけん見てみ"
    text = "今日は晴れ。\n\n" + tail
    edited = "今日は一日中ずっと雨。\n\n" + tail
    for draft in (text, edited, text):
        found = [f for f in engine.check(draft, "x").findings if f.item == "5.6.5"]
        assert found and all(f.start >= draft.index(tail) for f in found)
        assert "人妻 無修正" in "".join(f.excerpt for f in found)
