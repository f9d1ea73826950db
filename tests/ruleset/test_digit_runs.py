"""A pattern that reads a number from its first digit, [0-9][0-9,.]*, tried
at every digit of a long run of digits (a pasted row of figures, a code)
re-reads the rest of the run each time: 4,000 digits in a draft whose words
let such patterns run (円, 滞納, 万) took ~1 s, in single regex calls that
hold the interpreter, so the window froze.  Every such start is written
(?<![0-9])(?<![0-9][,.]) — a number begins here, not inside another one
(12,345 or a row like 12,345,678) — which makes the scan linear.  Found by
fuzzing the engine; the findings on every labelled draft stayed the same."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NUMBER_START = "(?<![0-9])(?<![0-9][,.])"
# [0-9] followed by an unbounded run that takes digits, not already guarded,
# and not the decimals after an escaped dot (3\.[0-9]+).
UNGUARDED = re.compile(r"(?<!\(\?<!\[0-9\]\[,\.\]\))(?<!\.)\[0-9\](?=\[0-9,\.\]\*|\[0-9,\]\*|\[0-9\.\]\*|\[0-9\.,\]\*|\+|\[0-9\]\*)")
SOURCES = sorted((ROOT / "rules").glob("*.toml")) + sorted((ROOT / "yamaga_desk" / "validators").glob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_every_number_read_from_its_first_digit_starts_where_a_number_starts(path):
    text = path.read_text(encoding="utf-8")
    lines = [text.count("\n", 0, m.start()) + 1 for m in UNGUARDED.finditer(text)]
    assert not lines, f"{path.name}: lines {lines}: write {NUMBER_START}[0-9]... (see this test's docstring)"


def test_the_guard_keeps_numbers_and_decimals_but_not_their_insides():
    amount = re.compile(NUMBER_START + r"[0-9][0-9,.]*円")
    assert [m.group() for m in amount.finditer("会費は1,500円、差額は...300円")] == ["1,500円", "300円"]
    assert amount.search("12,345,678") is None
    decimal = re.compile(NUMBER_START + r"[0-9]+(?:\.[0-9]+)?")
    assert [m.group() for m in decimal.finditer("HbA1cが9.8もあって")] == ["1", "9.8"]
