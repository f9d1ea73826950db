"""LiteralPrecheck rules out what its pattern cannot match and lets
through what it can.  That its literals are in every non-empty match, whatever
the pattern's shape, is held by tests/test_prefilter.py (the extraction is
prefilter.needed_literals, shared with the rules' and validators' gates)."""

from __future__ import annotations

import re

import pytest

from yamaga_desk.prefilter import needed_literals
from yamaga_desk.validators.gate import ALL_GATES
from yamaga_desk.validators.literal_precheck import LiteralPrecheck


def test_a_text_without_the_literals_is_ruled_out_and_one_with_them_is_not():
    registered = len(ALL_GATES)
    try:
        precheck = LiteralPrecheck(re.compile("(?:税金|給料)(?:泥棒|ドロボー)"))
        assert not precheck.may_match("市役所の窓口は9時から")
        assert precheck.may_match("あいつは税金泥棒だ")
        assert precheck.found_in("あいつは税金泥棒だ")
        assert not precheck.found_in("税金の使い道")  # a literal is there, the pattern is not
        # a case-insensitive pattern's literals are looked for ignoring case
        precheck = LiteralPrecheck(re.compile("password|パスワード", re.IGNORECASE))
        assert precheck.found_in("PassWord: yamaga01")
        assert not precheck.may_match("パス通しました")
    finally:  # (each registered with the engine's gates, whose states go into the Matcher's tables)
        del ALL_GATES[registered:]


def test_hints_still_pick_the_literals_they_were_written_for():
    """A precheck given hints (words rarer than the shape of the pattern
    tells) looks for literals that each hold one: a wording added to the
    pattern with none of them would silently make its precheck let through
    many more paragraphs, though never hide a match."""
    import yamaga_desk.validators  # noqa: F401 - every validator's prechecks

    hinted = [gate for gate in ALL_GATES if isinstance(gate, LiteralPrecheck) and gate._hints]
    assert hinted
    for gate in hinted:
        literals, _ = needed_literals(gate._pattern, hints=gate._hints)
        assert literals and all(any(h in lit for h in gate._hints) for lit in literals), (gate._pattern, literals)
