"""The fast normalizer must give exactly what the character-by-character
definition gives: the same text and the same map back, on any input."""

from __future__ import annotations

import random
import sys
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from yamaga_desk.text import normalize as N

# Characters around which the fast path has special cases.
TRICKY = list("あカ漢ーｰ~～〜—― \u3000\n\r\t\u200b😡🏻\ufe0fﾊﾞﾟｶ\u0301\u3099\u309ae。！（）…㈱①½AＡ0０・゛゜、µ.．･ぶす") + ["\U000e0001"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TRICKY), st.characters()), max_size=20).map("".join))
def test_fast_path_equals_the_reference(text):
    assert N.normalize(text) == N.normalize_reference(text)


def test_fast_path_equals_the_reference_on_many_short_mixtures():
    rnd = random.Random(8)
    for _ in range(20000):
        text = "".join(rnd.choice(TRICKY) for _ in range(rnd.randint(0, 10)))
        assert N.normalize(text) == N.normalize_reference(text), repr(text)


def test_every_combining_character_is_treated_as_a_mark():
    # The fast path finds clusters with a character class; a combining
    # character outside it would be normalized apart from its base.
    missing = [hex(cp) for cp in range(sys.maxunicode + 1)
               if (unicodedata.combining(chr(cp)) or cp in N._VOICING_MARKS) and not N._is_mark(chr(cp))]
    assert missing == []



def test_fast_tables_patterns_hold_the_characters_they_were_made_of(new_process):
    """The two character classes are written without re.escape and compiled
    from the start-up cache's code: at a first start and at the next one
    they match exactly what classes of re.escape'd characters compiled by
    re.compile match, over every scanned block and ASCII."""
    import re

    from yamaga_desk.startup_cache import cache

    expanding = []
    for lo, hi in N._SCANNED_BLOCKS:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if cp in N._INVISIBLE or cp in N._VOICING_MARKS or unicodedata.combining(ch):
                continue
            out = unicodedata.normalize("NFKC", ch)
            if out != ch and not (len(out) == 1 and not unicodedata.combining(out)
                                  and ord(out) not in N._VOICING_MARKS):
                expanding.append(re.escape(ch))
    assert len(expanding) > 100
    reference_special = re.compile(rf"[{N._MARKS}{N._INVISIBLE_CLASS}\r{''.join(expanding)}]")
    for start in ("first", "next"):
        N._tables = None
        one_to_one, translatable, special = N._fast_tables()
        reference_translatable = re.compile("[" + "".join(re.escape(chr(cp)) for cp in one_to_one) + "]+")
        for lo, hi in N._SCANNED_BLOCKS + ((0, 0x9F), (0x300, 0x36F)):
            for cp in range(lo, hi + 1):
                ch = chr(cp)
                assert bool(translatable.fullmatch(ch)) == bool(reference_translatable.fullmatch(ch)), (start, hex(cp))
                assert bool(special.match(ch)) == bool(reference_special.match(ch)), (start, hex(cp))
        cache().save()
        new_process()
