"""Property tests over random text mixed with the characters that break
naive offset handling: emoji, CRLF, zero-width spaces, combining marks,
half-width kana."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from yamaga_desk import check

PIECES = st.sampled_from([
    "😡", "👍🏻", "🇯🇵", "\r\n", "\n", "\u200b", "\u200d", "\ufe0f", "e\u0301", "ﾊﾞｶ", "ｶﾞｲｼﾞ", "　", " ",
    "バカ", "ばか", "馬鹿", "バカンス", "死ね", "090-1234-5678", "０９０", "192.168.0.1", "らしい", "素晴らしい",
    "。", "！", "ー", "〜", "2026年8月15日(金)", "午後13時", "http://xxx.example/", "山鹿", "の", "が",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=30).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXT)
def test_findings_point_into_the_original_text(text):
    report = check(text)
    for f in report.findings:
        assert 0 <= f.start < f.end <= len(text)
        assert f.excerpt == text[f.start:f.end]
    assert list(report.findings) == sorted(report.findings, key=lambda f: (f.start, f.end, f.item, f.rule))
    assert check(text) == report  # deterministic


INSULTS = st.sampled_from(["バカ", "ばか", "馬鹿", "クズ", "無能"])
FILLERS = st.sampled_from(["\u200b", " ", "😡", "\u3000", "\u200c"])
CONTEXT = st.sampled_from(["あいつ", "マジで", "本当に", "上司は", ""])


@SETTINGS
@given(CONTEXT, INSULTS, FILLERS, st.data())
def test_filler_inside_a_matched_word_keeps_it_matched_and_covered(before, word, filler, data):
    cut = data.draw(st.integers(min_value=1, max_value=len(word) - 1))
    evaded = word[:cut] + filler + word[cut:]
    text = before + evaded + "だよ"
    plain = {f.rule for f in check(before + word + "だよ").findings if f.item == "5.6.1"}
    hits = [f for f in check(text).findings if f.item == "5.6.1"]
    assert plain and {f.rule for f in hits} >= plain
    start = len(before)
    assert any(f.start <= start and f.end >= start + len(evaded) for f in hits)
