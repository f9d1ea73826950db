"""Trigger: a validator looks only at the sentences that can hold its
trigger, and still finds what it found looking at every sentence."""

from __future__ import annotations

import re

from yamaga_desk.engine import get_engine
from yamaga_desk.validators import VALIDATOR_FACTS, VALIDATORS
from yamaga_desk.validators.triggers import Trigger


def test_only_sentences_holding_a_required_literal_are_candidates():
    doc = get_engine().document("今日は晴れ。万引きしてきた。明日も晴れ。駐禁も余裕")
    trigger = Trigger(re.compile(r"万引き|駐禁"))
    assert [doc.text[lo:hi] for lo, hi in trigger.sentences(doc)] == ["万引きしてきた。", "駐禁も余裕"]


def test_a_pattern_without_literals_keeps_every_sentence():
    doc = get_engine().document("一つ目。二つ目。三つ目")
    assert Trigger(re.compile(r"[0-9]+")).sentences(doc) == doc.sentence_bounds


def test_a_boast_deep_in_a_long_draft_is_still_found(engine):
    """Sentences without a trigger are skipped; the one with it is not."""
    filler = "市の花壇に新しい苗を植えました。来週も作業を続けます。\n" * 300
    text = filler + "\n\nコンビニで万引きしてきた。バレなきゃ余裕\n\n" + filler
    spans = [text[f.start:f.end] for f in engine.check(text).findings if f.item == "5.6.3"]
    assert any(s.startswith("万引き") for s in spans)


def test_paragraph_validators_find_the_same_spans_in_every_paragraph():
    """violent_act and violence_minimised run per paragraph: the spans of a
    paragraph do not move or vanish when other paragraphs surround it."""
    engine = get_engine()
    alone = "生意気な後輩をボコボコにしてやった。顔は殴ってないから大丈夫"
    text = "お知らせです。\n\n" + alone + "\n\n以上です"
    found = {(f.rule, text[f.start:f.end]) for f in engine.check(text).findings}
    expected = {(f.rule, alone[f.start:f.end]) for f in engine.check(alone).findings}
    assert expected and expected <= found


def test_a_validator_finds_nothing_when_no_trigger_literal_occurs():
    doc = get_engine().document("本日は晴天なり。市役所からのお知らせです")
    for name in ("illegal_act_endorsed", "violent_act", "violence_endorsed", "animal_cruelty_relished"):
        # a validator with facts is given those of the draft as one paragraph
        facts = (VALIDATOR_FACTS[name](doc, 0, len(doc.text)),) if name in VALIDATOR_FACTS else ()
        assert list(VALIDATORS[name](doc, *facts)) == []


def test_may_hold_rules_out_only_texts_without_any_literal():
    import re

    from yamaga_desk.validators.triggers import Trigger

    assert not Trigger(re.compile("紹介料|報酬")).may_hold("今日は晴れ")
    assert Trigger(re.compile("紹介料|報酬")).may_hold("紹介料あり")
    assert Trigger(re.compile(r"[0-9]+")).may_hold("文字だけ")  # no usable literal: never ruled out
