"""Tokens and a line's forms hold WORDS' shared strings where the text's
own slice is equal (memory of a long draft's check), and stay exactly what
the text says."""

from __future__ import annotations

from yamaga_desk.analysis.tokenizer import Line, tokenize

TEXT = "市役所の窓口で住民票を受け取りました。ｶﾀｶﾅも食べられない。Tokyo 2026年"


def test_every_surface_is_the_text_it_covers():
    for token in tokenize(TEXT):
        assert token.surface == TEXT[token.start:token.end]


def test_a_surface_equal_to_its_lemma_is_the_lemma_itself():
    tokens = tokenize("市役所の窓口で住民票を受け取りました。")
    same = [t for t in tokens if t.surface == t.lemma]
    assert len(same) >= 5
    assert all(t.surface is t.lemma for t in same)
    inflected = [t for t in tokens if t.surface != t.lemma]  # 受け取り, まし, た...
    assert inflected and all(t.surface == "市役所の窓口で住民票を受け取りました。"[t.start:t.end] for t in inflected)


def test_a_lines_forms_are_its_surfaces_lemmas_and_normalized_forms():
    line = Line("ばかなやつらが来た。")
    expected = set()
    for t in line.tokens():
        expected.update((t.surface, t.lemma, t.normalized))
    assert line.forms() == frozenset(expected)


def test_lines_hold_one_int_per_word_id():
    first, second = Line("住民票の写しを取りに来た。"), Line("住民票を窓口で出した。")
    shared = set(first.word_ids) & set(second.word_ids)
    assert shared  # 住民票 and を at least
    for w in shared:
        assert first.word_ids[first.word_ids.index(w)] is second.word_ids[second.word_ids.index(w)]
