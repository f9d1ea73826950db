"""Length rules of each platform (yamaga_desk/platforms.py, no Qt).

X is checked against twitter-text's own published conformance cases: all 22
cases of tests.WeightedTweetsWithDiscountedEmojiCounterTest in
conformance/validate.yml (the v3 counter with emoji parsing, what X uses
today), copied with their expected weightedLength into
data/twitter_text_weighted.json (Apache 2.0, attribution in the file).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from yamaga_desk.platforms import (
    hashtags, line_length, measure, url_spans, x_weighted_length,
)

_DATA = json.loads((Path(__file__).parent / "data" / "twitter_text_weighted.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", _DATA["cases"], ids=[c["description"][:60] for c in _DATA["cases"]])
def test_x_weighted_length_matches_twitter_text_conformance(case):
    m = measure(case["text"], "x")
    assert m.length == case["weightedLength"]
    assert (not m.over) == case["valid"]


def test_x_japanese_counts_two_and_urls_23():
    assert x_weighted_length("山鹿灯籠まつり") == 14
    assert x_weighted_length("ﾊﾞｶ") == 6  # half-width kana are outside the light ranges
    url = "https://www.city.yamaga.kumamoto.jp/kiji0031234/index.html"
    assert x_weighted_length(f"詳しくは{url}をご覧ください") == 8 + 23 + 14
    # A URL glued to Japanese text ends where the Japanese starts.
    assert url_spans(f"詳細{url}まで") == [(2, 2 + len(url))]
    assert x_weighted_length("yamaga.jp で公開") == 23 + 1 + 6


def test_x_limit_is_280_weighted():
    assert not measure("あ" * 140, "x").over
    over = measure("あ" * 141, "x")
    assert over.over and over.excess == 2


def test_instagram_chars_and_hashtags():
    assert measure("a" * 2200, "instagram").over is False
    assert measure("a" * 2201, "instagram").over is True
    tags = " ".join(f"#山鹿{i}" for i in range(30))
    assert len(hashtags(tags)) == 30 and not measure(tags, "instagram").over
    m = measure(tags + " #灯籠まつり", "instagram")
    assert m.over and "31" in m.notes[0]
    # Not hashtags: a number sign before digits only, or inside a word.
    assert hashtags("電話#123 と C#言語 と ＃山鹿") == ["＃山鹿"]


def test_line_counts_every_character_emoji_and_break_as_one():
    assert line_length("あ😡\r\nい👨‍👩‍👧") == 5
    assert measure("あ" * 500, "line").over is False
    assert measure("あ" * 501, "line").over is True


def test_facebook_and_blog():
    assert measure("😡", "facebook").length == 2  # UTF-16, as Meta's clients count
    assert measure("a" * 63207, "facebook").over
    blog = measure("あ" * 100000, "blog")
    assert blog.limit is None and not blog.over and blog.length == 100000


# The counters try their long patterns only where a match can start (the
# counter runs in the window's thread at every edit of drafts of any
# length): that must find exactly what a search at every character finds.
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from yamaga_desk import platforms as _platforms  # noqa: E402

_PIECES = st.sampled_from(
    list("ab.:/#*019あ漢 \n、") + ["https://", "HTTP://", "www.", ".com", ".jp", "😡", "👍🏻", "🇯🇵", "1️⃣",
                                   "#️⃣", "\u200d", "\ufe0f", "©", "©\ufe0f", "👨‍👩‍👧", "🏻", "\U00020000", "☺", "\u20e3"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_emoji_and_links_are_found_as_a_search_at_every_character_finds_them(text):
    everywhere = [m.span() for m in _platforms._EMOJI_RE.finditer(text)
                  if not (len(m.group()) == 1 and ord(m.group()) <= 0x10FF)]
    assert _platforms.emoji_spans(text) == everywhere
    with_scheme = [m.span() for m in _platforms._WITH_SCHEME.finditer(text) if _platforms._host_ok(m.group(1))]
    assert set(with_scheme) <= set(url_spans(text))


def test_plain_weight_counts_light_characters_once_and_the_rest_twice():
    assert x_weighted_length("abc") == 3
    assert x_weighted_length("あいう") == 6
    assert x_weighted_length("aあ\u2013\u2019…") == 1 + 2 + 1 + 1 + 2  # … (U+2026) is not in a light range
