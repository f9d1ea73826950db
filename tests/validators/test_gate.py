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
