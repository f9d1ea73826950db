"""LiteralGate lets a validator skip a draft only when its pattern cannot match there."""

import re

from yamaga_desk.validators.gate import LiteralGate


def test_text_without_any_required_literal_is_ruled_out():
    gate = LiteralGate(re.compile(r"(?:死ね|しね)[!！]*"))
    assert not gate.may_match("今日はいい天気です。")
    assert gate.may_match("もう、しね!")


def test_every_pattern_must_be_possible():
    gate = LiteralGate(re.compile("住民"), re.compile("うざい"))
    assert not gate.may_match("住民の皆さま")
    assert gate.may_match("住民がうざい")


def test_patterns_without_literals_or_matching_empty_never_rule_out():
    assert LiteralGate(re.compile(r"[0-9]+")).may_match("文字だけ")
    assert LiteralGate(re.compile(r"(?:様)?")).may_match("文字だけ")


def test_every_declared_need_can_rule_a_text_out():
    """A `needs` pattern without required literals gates nothing: a mistake."""
    from yamaga_desk.prefilter import literals_of
    from yamaga_desk.validators import VALIDATOR_NEEDS

    useless = [(name, p.pattern[:40]) for name, needs in VALIDATOR_NEEDS.items()
               for p in needs if not literals_of(p)]
    assert useless == []


def test_a_validator_is_skipped_only_where_its_need_is_absent():
    from yamaga_desk import validators
    from yamaga_desk.engine import Engine
    from yamaga_desk.ruleset.model import Rule, RuleSet

    calls = []

    @validators.validator("test_needs_probe", needs=(re.compile("合言葉"),))
    def probe(doc):
        calls.append(doc.text)
        i = doc.text.find("合言葉")
        return [(i, i + 3)] if i >= 0 else []

    try:
        rule = Rule(id="t-probe", item="6.3.3", severity="error", message="m", source="test:1",
                    validator="test_needs_probe")
        engine = Engine.build(RuleSet(rules=[rule]))
        assert engine.check("今日は晴れ").findings == ()
        assert calls == []
        assert [f.excerpt for f in engine.check("合言葉は山").findings] == ["合言葉"]
        assert calls == ["合言葉は山"]
    finally:
        for table in (validators.VALIDATORS, validators.VALIDATOR_SCOPES, validators.VALIDATOR_NEEDS):
            table.pop("test_needs_probe", None)
