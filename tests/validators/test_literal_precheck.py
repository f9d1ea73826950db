"""LiteralPrecheck never hides a match: the literals it searches for first
are in every non-empty match of its pattern, whatever the pattern's shape
(optional pieces, alternations, classes, repeats, look-arounds, scoped
flags).  A wrong literal would silently drop a validator's findings, so the
extraction is held to that on patterns and texts made up by hypothesis, as
well as on the shapes the validators really use."""

from __future__ import annotations

import re
from contextlib import contextmanager

from hypothesis import example, given, settings
from hypothesis import strategies as st

from yamaga_desk.validators.gate import ALL_GATES
from yamaga_desk.validators.literal_precheck import LiteralPrecheck, _needed_literals


@contextmanager
def _prechecks():
    """Make LiteralPrechecks for a test only: each registers with the
    engine's gates (ALL_GATES), whose states go into the Matcher's tables."""
    registered = len(ALL_GATES)
    try:
        yield LiteralPrecheck
    finally:
        del ALL_GATES[registered:]

ALPHABET = "あい市役所アホab"


def _pieces(depth: int):
    char = st.sampled_from(ALPHABET).map(re.escape)
    klass = st.lists(st.sampled_from(ALPHABET), min_size=1, max_size=3, unique=True).map(
        lambda cs: "[" + "".join(cs) + "]")
    atoms = st.one_of(char, klass, st.just("."))
    if depth <= 0:
        return atoms
    inner = st.lists(_pieces(depth - 1), min_size=1, max_size=3).map("".join)
    return st.one_of(
        atoms,
        inner.map(lambda p: f"(?:{p})?"),
        inner.map(lambda p: f"(?:{p})+"),
        inner.map(lambda p: f"(?:{p}){{1,2}}"),
        inner.map(lambda p: f"(?:{p})*"),
        st.lists(inner, min_size=2, max_size=3).map(lambda ps: "(?:" + "|".join(ps) + ")"),
        st.lists(inner, min_size=2, max_size=3).map(lambda ps: "(?:" + "|".join(ps) + "|)"),
        inner.map(lambda p: f"(?={p})"),
        char.map(lambda c: f"(?<!{c})"),
        inner.map(lambda p: f"(?i:{p})"),
    )


patterns = st.lists(_pieces(2), min_size=1, max_size=4).map("".join)
texts = st.text(alphabet=ALPHABET + "AB", max_size=24)  # (A, B: what (?i:a) also matches)


def _holds_a_literal(literals, matched: str) -> bool:
    return not literals or any(lit in matched for lit in literals)


@settings(max_examples=400, deadline=None)
@given(patterns, st.lists(texts, min_size=1, max_size=4))
@example("(?i:ab)い", ["ABい"])  # (shapes a wrong extraction got wrong, kept whatever hypothesis draws)
@example("あ(?:い)?市", ["あ市"])
def test_every_match_holds_one_of_the_needed_literals(source, samples):
    pattern = re.compile(source)
    literals = _needed_literals(pattern)
    with _prechecks() as make:
        precheck = make(pattern)
        for text in samples:
            for m in pattern.finditer(text):
                if m.end() > m.start():
                    assert _holds_a_literal(literals, m.group()), (source, text, m.group(), literals)
                    assert precheck.may_match(text), (source, text)
                    assert precheck.search(text) is not None, (source, text)


def test_joined_and_optional_pieces_give_finer_literals_than_one_kana():
    # (what makes the precheck worth having: prefilter keeps one piece, here あ)
    assert _needed_literals(re.compile("あ(?:ホ|ほ)")) == ("あほ", "あホ")
    assert set(_needed_literals(re.compile("補助金?の申請"))) <= {"補助の申請", "補助金の申請"}
    # a case-insensitive group is no fixed spelling; a pattern that needs nothing gives ()
    assert not any("server" in lit for lit in _needed_literals(re.compile("(?i:server)-[0-9]")))
    assert _needed_literals(re.compile("(?:市役所)?.")) == ()


def test_a_text_without_the_literals_is_ruled_out_and_one_with_them_is_not():
    with _prechecks() as make:
        precheck = make(re.compile("(?:税金|給料)(?:泥棒|ドロボー)"))
        assert not precheck.may_match("市役所の窓口は9時から")
        assert precheck.may_match("あいつは税金泥棒だ")
        assert precheck.found_in("あいつは税金泥棒だ")
        assert not precheck.found_in("税金の使い道")  # a literal is there, the pattern is not
