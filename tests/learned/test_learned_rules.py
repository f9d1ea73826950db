"""The learned sentence model inside a check: its findings point at the
right sentence of the ORIGINAL text, re-checks equal fresh checks, and a
missing or broken model file only skips the learned rules (with a notice
naming the file), never the rest."""

from __future__ import annotations

import datetime as dt
import gzip

import pytest

from yamaga_desk import paths
from yamaga_desk.engine import Engine
from yamaga_desk.learned import SHIPPED_ITEMS, sentence_model
from yamaga_desk.ruleset.examples import check_examples
from yamaga_desk.ruleset.loader import load_ruleset

TODAY = dt.date(2026, 6, 1)
INSULT = "隣の課のあいつ、ほんと仕事できんし口だけ。"  # 5.6.1 in words no hand rule has
BID = "今回の入札の予定価格、1億2000万円だって。"  # 6.3.1, caught by a hand rule too
DRAFT = ("今日は窓口が混んでいました。\n" + INSULT + "\n\n"
         + BID + "連絡は090-1234-5678まで。")


def _engine():
    return Engine.build(load_ruleset([("builtin", paths.builtin_rules_dir())]))


@pytest.fixture
def model_file():
    """Point the learned rules at another file for one test."""
    def use(path):
        sentence_model.use_model_file(path)
    yield use
    sentence_model.use_model_file(None)


def _learned(report):
    return [f for f in report.findings if f.rule.startswith("learned-")]


def _others(report):
    return [f for f in report.findings if not f.rule.startswith("learned-")]


def test_a_flagged_sentence_is_underlined_whole():
    report = _engine().check(DRAFT, "x", today=TODAY)
    found = {(f.rule, f.excerpt) for f in _learned(report)}
    assert ("learned-5.6.1", INSULT) in found
    assert not any("窓口が混んで" in excerpt for _, excerpt in found)
    assert all(f.severity == "warning" for f in _learned(report))


def test_a_sentence_a_hand_rule_flags_gets_no_second_finding_of_its_item():
    # The learned rules are fallbacks: the bid figure is the hand rule's
    # finding alone (one problem, one finding to dismiss), while the
    # model still flags what no hand rule catches.
    report = _engine().check(DRAFT, "x", today=TODAY)
    start = DRAFT.index(BID)
    on_bid = [f for f in report.findings if f.item == "6.3.1" and f.start < start + len(BID) and f.end > start]
    assert on_bid and not any(f.rule.startswith("learned-") for f in on_bid)
    both = _engine().check("隣の課のあいつ、ほんと無能で使えない。", "x", today=TODAY)
    assert [f.rule for f in both.findings if f.item == "5.6.1"] == ["insult-word"]


@pytest.mark.parametrize("text", [
    "👍🏻👍🏻 おつかれ！\r\n" + INSULT + "\r\n次の話。",  # emoji with a modifier, CRLF
    "お知らせ\u200b\u200bです。\n隣の課の\u200bあいつ、ほんと仕事できんし口だけ。\n",  # zero-width inside the sentence
    "ｵﾂｶﾚｻﾏ！" + INSULT,  # half-width kana before it
])
def test_spans_map_to_the_original_text(text):
    report = _engine().check(text, "x", today=TODAY)
    hits = [f for f in _learned(report) if f.item == "5.6.1"]
    assert len(hits) == 1
    f = hits[0]
    assert text[f.start:f.end] == f.excerpt
    assert f.excerpt.replace("\u200b", "") == INSULT


def test_a_recheck_equals_a_fresh_check():
    engine = _engine()
    first = DRAFT
    engine.check(first, "x", today=TODAY)
    edited = DRAFT.replace("今日は窓口が混んでいました。", "市長選では現職の候補に一票お願いします。")
    again = engine.check(edited, "x", today=TODAY)
    assert again == _engine().check(edited, "x", today=TODAY)
    assert any(f.item == "5.2" for f in again.findings)
    assert engine.check(first, "x", today=TODAY) == _engine().check(first, "x", today=TODAY)


@pytest.mark.parametrize("content, why", [
    (None, "がありません"),
    (b"not gzip at all", "を読めません"),
    (gzip.compress(b'{"format": 1, "items": ['), "JSON として読めません"),
    (gzip.compress(b'{"format": 99}'), "形式が違います"),
    (gzip.compress(b'{"format": 1, "items": ["5.1"], "bias": [0], "threshold": [0.5],'
                   b' "weights": {"u:x": [3, 0.5]}}'), "範囲外"),
])
def test_a_missing_or_broken_model_skips_only_the_learned_rules(tmp_path, model_file, content, why):
    good = _engine().check(DRAFT, "x", today=TODAY)
    assert _learned(good)
    path = tmp_path / "sentence_model.json.gz"
    if content is not None:
        path.write_bytes(content)
    model_file(path)
    report = _engine().check(DRAFT, "x", today=TODAY)
    assert _learned(report) == []
    assert _others(report) == _others(good)  # the rules' own findings are unchanged
    assert report.notices
    assert all(str(path) in n and why in n for n in report.notices if "learned-" in n)
    assert any("learned-5.6.1" in n for n in report.notices)


def test_rules_validate_names_the_model_file(tmp_path, model_file):
    path = tmp_path / "gone.json.gz"
    model_file(path)
    ruleset = load_ruleset([("builtin", paths.builtin_rules_dir())])
    learned_only = [r for r in ruleset.rules if r.id.startswith("learned-")]
    ruleset.rules = learned_only
    problems = check_examples(ruleset, Engine.build(ruleset))
    assert problems and all(str(path) in p.message and "がありません" in p.message for p in problems)
    assert {p.path for p in problems} == {str(paths.builtin_rules_dir() / "learned.toml")}


def test_the_shipped_model_is_small_and_scores_a_sentence():
    model = sentence_model.shipped_model()
    assert set(SHIPPED_ITEMS) <= set(model.items)  # else a learned rule would fail on every check
    assert sentence_model.default_path().stat().st_size < 1_500_000
    p = model.probabilities({"u:無能", "u:あいつ"})
    assert set(p) == set(model.items) and all(0.0 <= v <= 1.0 for v in p.values())
    assert model.flagged(set()) == []  # an empty sentence flags nothing


def test_every_shipped_item_has_one_learned_rule_and_no_other_item_has_one():
    ruleset = load_ruleset([("builtin", paths.builtin_rules_dir())])
    learned = sorted(r.item for r in ruleset.rules if r.id.startswith("learned-"))
    assert learned == sorted(SHIPPED_ITEMS)
    # Each names its own item's validator (a rule pointing at another item's
    # scores would flag the wrong kind of sentence).
    assert all(r.validator == "learned_sentence_" + r.item.replace(".", "_")
               for r in ruleset.rules if r.id.startswith("learned-"))


def test_a_flag_never_reaches_over_a_line_break_into_the_next_line():
    # Normalizing joins a paragraph's lines (決まったよ😊⏎あの課長は… read as one
    # sentence); the first line's leak then underlined the next line's insult.
    leak = "まだ表に出とらんけど、今年のゲストは有名歌手で話がまとまりそう😊"  # no hand rule has these words
    text = "今日は晴れ。" + leak + "\r\nあの課長はほんとバカ。"
    found = [(f.rule, f.excerpt) for f in _learned(_engine().check(text, "x", today=TODAY))]
    assert ("learned-6.1", leak) in found
    assert all("\n" not in excerpt for _, excerpt in found)
