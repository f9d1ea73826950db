"""A few patterns are run only where a guard written beside them by hand
finds what each of their matches must hold, where no literal of the pattern
will do (prefilter.needed_literals: words in a look-ahead, digits around a
dash); everywhere else the guard is the pattern's own literals
(LiteralPrecheck).  A wording added to such a pattern and not to its guard
would never be found, so each guard is held to its pattern on strings the
pattern matches, made up by hypothesis."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from yamaga_desk.validators import contact, dates

GUARDED = [
    (contact, "_DISTRICT_ADDRESS_WORDS", "_DISTRICT_ADDRESS"),
    (contact, "_ADDRESS_BLOCKS", "_ADDRESS"),
    (dates, "_CLOCK_DIGIT", "_TIME_RANGE"),
    (dates, "_MONTH_DAY_DIGITS", "_DAY_RANGE"),
]


@pytest.mark.parametrize("module, guard, pattern", GUARDED, ids=[g for _, g, _ in GUARDED])
@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_guard_finds_what_every_match_of_its_pattern_holds(module, guard, pattern, data):
    guard, pattern = getattr(module, guard), getattr(module, pattern)
    text = data.draw(st.from_regex(pattern.compiled()))
    assert pattern.search(text) is not None
    assert guard.search(text) is not None, text
