"""Tokens made on demand from cached lines: the same tokens, with offsets
into the text they came from, however they are asked for."""

from __future__ import annotations

import gc
import random

from yamaga_desk.analysis.document import Document
from yamaga_desk.analysis.tokenizer import Line, analyse, analyse_line, tokenize
from yamaga_desk.text.normalize import normalize

DRAFT = ("本日の山鹿灯籠まつりは予定どおり開催します。\n"
         "  窓口のじいさん、マジでバカなの？\n"
         "\n"
         "連絡は090-1234-5678まで。パスワードは yamaga2026! です\n"
         "山本さんの奥さんから聞いた話だけど、来年から有料になるらしい。")


def test_tokens_of_later_lines_point_into_the_whole_text():
    text = normalize(DRAFT).text
    tokens = tokenize(text)
    assert tokens, "a draft has tokens"
    for t in tokens:
        assert text[t.start:t.end] == t.surface
        assert t.surface.strip(), "blanks are not tokens"
    # every line's tokens are there, in order
    assert [t.start for t in tokens] == sorted(t.start for t in tokens)
    assert any(t.surface == "山本" for t in tokens) and any(t.surface == "灯籠" for t in tokens)


def test_tokens_between_are_the_tokens_starting_in_the_range():
    doc = Document(normalize(DRAFT))
    every = Document(normalize(DRAFT)).tokens
    rnd = random.Random(7)
    n = len(doc.text)
    for _ in range(300):
        start = rnd.randrange(-2, n + 2)
        end = rnd.randrange(start, n + 3)
        assert doc.tokens_between(start, end) == [t for t in every if start <= t.start < end], (start, end)


def test_forms_are_every_tokens_surface_lemma_and_normalized_form():
    doc = Document(normalize(DRAFT))
    assert doc.forms == {f for t in doc.tokens for f in (t.surface, t.lemma, t.normalized)}
    assert "行く" not in doc.forms and "聞く" in doc.forms  # 聞い(た): its lemma


def test_cached_lines_keep_nothing_the_garbage_collector_walks():
    # A long session caches thousands of lines; what each keeps must drop
    # out of the collector's walk (plain tuples), or every full collection
    # walks all of them (it cost a tenth of a check's time).
    analyse_line.cache_clear()
    lines = [line for _, line in analyse(normalize(DRAFT).text)]
    for line in lines:
        line.tokens()  # asked for, and not kept
        line.forms()
        line.kept
    for _ in range(3):  # a tuple drops out once the tuples inside it have (infos > info > pos)
        gc.collect()
    for line in lines:
        for kept in (line.word_ids, line.ends, line.infos, line.kept):
            assert type(kept) is tuple and not gc.is_tracked(kept)


def test_an_empty_line_has_no_tokens():
    line = Line("   ")
    assert line.tokens() == [] and line.tokens_between(0, 3) == [] and line.forms() == frozenset()
