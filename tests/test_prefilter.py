"""The literal prefilter never loses a pattern: a scanner reports exactly the
literals a text contains, whichever texts were scanned before (the
characters and pairs of recent texts are remembered and shared by scanners),
and a pattern is gated only on literals every match contains, however it is
gated (the rules' and validators' scanners, a validator's precheck trie).
A wrong literal would silently drop findings, so the extraction is held to
that on patterns and texts made up by hypothesis as well as on the shapes
the rules and validators really use."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from yamaga_desk.prefilter import LiteralScanner, needed_literals, required_literals, trie_source
from yamaga_desk.validators.gate import ALL_GATES
from yamaga_desk.validators.literal_precheck import LiteralPrecheck

LITERALS = ["死ね", "しね", "市", "市役所", "バカ", "って", "の", "パスワード", "090", "円", "万円", "ね", "役所の"]


def _random_text(rnd: random.Random) -> str:
    pieces = LITERALS + ["本日", "は", "晴れ", "。", "\n", "バ", "カ", "死", "役", "所", " ", "0", "9"]
    return "".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 30)))


def test_scanners_report_exactly_the_literals_in_each_text():
    rnd = random.Random(3)
    scanners = [LiteralScanner(rnd.sample(LITERALS, k)) for k in (1, 3, 6, len(LITERALS))]
    texts = [_random_text(rnd) for _ in range(40)]
    # Texts come back in any order (a paragraph, the whole draft, the next
    # paragraph...), more of them than are remembered.
    for _ in range(600):
        text = rnd.choice(texts)
        scanner = rnd.choice(scanners)
        assert scanner.present(text) == {lit for lit in scanner.literals if lit in text}, (text, scanner.literals)


def test_a_one_character_text_and_an_empty_one():
    scanner = LiteralScanner(["市", "市役所", "ね"])
    assert scanner.present("") == set()
    assert scanner.present("市") == {"市"}
    assert scanner.present("ね") == {"ね"}


def test_every_match_contains_one_of_the_required_literals():
    for source in [r"死ね|しね", r"[0-9]+円", r"(?:市|役所)の(?:職員|人)", r"バ+カ", r"[ァ-ヴ]{2,5}さん"]:
        pattern = re.compile(source)
        required = required_literals(pattern)
        for text in ["死ね", "しね", "100円", "市の職員", "役所の人", "ババカ", "タナカさん"]:
            for m in pattern.finditer(text):
                assert required is None or any(lit in m.group() for lit in required), (source, text)


def test_a_case_insensitive_group_is_not_gated_on_its_own_spelling():
    """(?i:server) matches SERVER, so "server" is no literal every match
    contains: a gate on it would drop the match (a host named SRV-SERVER01)."""
    for source, text in [(r"(?i:server)", "SERVER"), (r"(?i:host)-[0-9]+", "HOST-01"), (r"db-(?i:prod)", "db-PROD")]:
        pattern = re.compile(source)
        required = required_literals(pattern)
        m = pattern.search(text)
        assert m is not None
        assert required is None or any(lit in m.group() for lit in required), (source, required)


def test_scanner_from_its_state_finds_what_it_finds():
    """The start-up cache keeps a scanner as plain data (LiteralScanner.state)."""
    import marshal

    rnd = random.Random(3)
    for k in (1, 3, len(LITERALS)):
        scanner = LiteralScanner(rnd.sample(LITERALS, k))
        again = LiteralScanner.from_state(marshal.loads(marshal.dumps(scanner.state())))
        assert again.literals == scanner.literals == set(scanner.literals)
        for _ in range(300):
            text = _random_text(rnd)
            assert again.present(text) == scanner.present(text) == {lit for lit in again.literals if lit in text}, text


# Letters with case and without; a text may also hold what (?i) makes them
# match: A, B, K and the Kelvin sign K for k, S and the long s ſ for s.
ALPHABET = "あい市役所アホabks"
TEXT_ALPHABET = ALPHABET + "ABKSKſ"


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
        inner.map(lambda p: f"(?-i:{p})"),
    )


# (a pattern case-insensitive as a whole, or in its (?i:) groups only)
patterns = st.tuples(st.sampled_from(["", "(?i)"]), st.lists(_pieces(2), min_size=1, max_size=4).map("".join)).map(
    "".join)
texts = st.text(alphabet=TEXT_ALPHABET, max_size=24)


def _trie(pattern):
    """The literals as a precheck's trie looks for them (ignoring case when folded)."""
    literals, folded = needed_literals(pattern)
    trie = re.compile(trie_source(literals, folded)) if literals else None
    return lambda text: trie is None or trie.search(text) is not None


def _hinted_trie(pattern):
    """The literals as hints steer their choice (each holds 市 or ア where some needed set does)."""
    literals, folded = needed_literals(pattern, hints=("市", "ア"))
    trie = re.compile(trie_source(literals, folded)) if literals else None
    return lambda text: trie is None or trie.search(text) is not None


def _scanner(pattern):
    """The exact literals as the rules' and validators' scanners look for them."""
    literals = required_literals(pattern)
    scanner = LiteralScanner(literals) if literals else None
    return lambda text: scanner is None or bool(scanner.present(text))


def _precheck(pattern):
    registered = len(ALL_GATES)
    precheck = LiteralPrecheck(pattern)
    precheck.prepare()
    del ALL_GATES[registered:]  # (made for this test only: not one of the engine's gates)
    return precheck.may_match


@pytest.mark.parametrize("gate", [_trie, _hinted_trie, _scanner, _precheck],
                         ids=["trie", "hinted trie", "scanner", "precheck"])
@settings(max_examples=400, deadline=None)
@given(patterns, st.lists(texts, min_size=1, max_size=4))
@example("(?i:ab)い", ["ABい"])  # (shapes a wrong extraction got wrong, kept whatever hypothesis draws)
@example("あ(?:い)?市", ["あ市"])
@example("(?i)k", ["K"])
def test_every_non_empty_match_holds_a_literal_the_gate_looks_for(gate, source, samples):
    pattern = re.compile(source)
    may_match = gate(pattern)
    for text in samples:
        for m in pattern.finditer(text):
            if m.end() > m.start():
                assert may_match(m.group()), (source, text, m.group(), needed_literals(pattern))


def test_joined_and_optional_pieces_give_finer_literals_than_one_kana():
    assert needed_literals(re.compile("あ(?:ホ|ほ)")) == (("あほ", "あホ"), False)
    assert set(needed_literals(re.compile("補助金?の申請"))[0]) <= {"補助の申請", "補助金の申請"}
    # a case-insensitive group is no exact spelling (SERVER matches it); a pattern that needs nothing gives ()
    assert needed_literals(re.compile("(?i:server)-[0-9]")) == (("server-",), True)
    assert required_literals(re.compile("(?i:server)-[0-9]")) == {"-"}
    assert needed_literals(re.compile("(?:市役所)?.")) == ((), False)


def test_case_insensitive_patterns_give_literals_too():
    """Under IGNORECASE a character without case matches only itself: such
    literals are exact (a scanner can look for them); a pattern that needs a
    letter with case gives literals to look for ignoring case."""
    assert needed_literals(re.compile("パスワード|暗証", re.IGNORECASE)) == (("パスワード", "暗証"), False)
    assert required_literals(re.compile("パスワード|暗証", re.IGNORECASE)) == {"パスワード", "暗証"}
    assert needed_literals(re.compile("pass|パスワード", re.IGNORECASE)) == (("pass", "パスワード"), True)
    assert required_literals(re.compile("pass|パスワード", re.IGNORECASE)) is None


def test_hints_steer_the_choice_among_what_every_match_needs():
    # [市区] and [町村郡] are both needed: 市 is in nearly every draft of the city, 町 is not
    address = re.compile("[一-龥]{1,5}?[市区][一-龥]{1,5}?[町村郡][一-龥]{1,6}?[0-9]{1,5}")
    assert needed_literals(address) == (("区", "市"), False)
    assert needed_literals(address, hints=("町", "村", "郡")) == (("村", "町", "郡"), False)
    # a hint the pattern does not need changes nothing
    assert needed_literals(address, hints=("丁目",)) == needed_literals(address)
