"""The literal prefilter never loses a pattern: a scanner reports exactly the
literals a text contains, whichever texts were scanned before (the
characters and pairs of recent texts are remembered and shared by scanners),
and a pattern is gated only on literals every match contains."""

from __future__ import annotations

import random
import re

from yamaga_desk.prefilter import LiteralScanner, required_literals

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
