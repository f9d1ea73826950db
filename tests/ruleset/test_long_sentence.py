"""A pasted text with no 。 is one long sentence holding hundreds of
matches; the context tests of each match read that sentence.  They must
read it once, not once per match: a 7,000-character paste of that kind took
~5 s to check (the worker thread held the GIL, the window froze) when every
match rebuilt the sentence's tokens."""

from __future__ import annotations

from yamaga_desk.analysis import tokenizer
from yamaga_desk.engine import get_engine

# One sentence: … and 😢 do not end it.
LONG_SENTENCE = ("乳児訪問で行った小川さんち、ご主人が失業中でミルク代にも困っとるって…なんとかしてあげたい😢"
                 + "も困っとるって…なんとかしてあげたい😢" * 200)


def test_each_token_of_a_long_sentence_is_made_a_few_times_not_once_per_match(monkeypatch):
    engine = get_engine()
    words = sum(1 for _, line in tokenizer.analyse(LONG_SENTENCE) for _ in line.tokens())
    made = 0
    token = tokenizer.Line.token

    def counting(self, *args, **kwargs):
        nonlocal made
        made += 1
        return token(self, *args, **kwargs)

    monkeypatch.setattr(tokenizer.Line, "token", counting)
    report = engine.check(LONG_SENTENCE + "\n\n" + "短い行です。")  # (a new draft: nothing cached)
    assert report.findings, "the repeated phrase should give findings (else this test tests nothing)"
    # Rules and validators may each make the sentence's tokens once; with
    # one rebuild per match it was ~750 times.
    assert made < 5 * words, f"{made:,} tokens made for a sentence of {words:,}"
