"""Insults spelled out so that a word filter misses them, where the word
rules cannot see the word even after normalization.

Normalization (text/normalize.py) undoes most spelling tricks: half-width
kana, zero-width spaces, emoji or spaces inside a word, letters split by ・
or ".".  One it cannot undo is a run of long marks drawn INSIDE a word or
after a stem that never ends in a long mark: カーーース, 無ーーー能,
頭わるーーー.  It collapses the run to one ー (カース, 無ー能, 頭わるー), and
that is a different word to the tokenizer (カース is "curse"), so the run
cannot simply be dropped there: ブース, カーブ and ゴースト keep theirs.

What tells the two apart is the run itself: a loanword holds ONE long mark,
a word drawn out to taunt holds two or more.  The normalized text remembers
the original span of each character, so this validator looks for an insult
word with a long mark inside (or after the stems below) whose mark stood for
two or more marks in what the author typed.
"""

from __future__ import annotations

import re

from ..lazy_regex import compile as lazy_compile
from .registry import validator

# Insult words a long mark may be drawn inside (the words of insult-word in
# rules/5.6.1-insults.toml that a taunt stretches).
_KATAKANA_WORDS = ("カス", "バカ", "アホ", "クズ", "ボケ", "ブス", "デブ", "ハゲ", "ゴミ", "キモ", "ウザ", "ザコ",
                   "ゲス", "ノロマ", "マヌケ", "ヘタレ", "ボケナス", "ムノウ", "クソ")
_HIRAGANA_WORDS = ("かす", "ばか", "あほ", "くず", "ぼけ", "ぶす", "でぶ", "はげ", "きも", "うざ", "むのう", "のろま", "まぬけ")
_KANJI_WORDS = ("無能", "低能", "無脳", "馬鹿", "阿呆", "間抜け", "役立たず", "税金泥棒", "給料泥棒", "不細工")


def _stretchable(word: str) -> str:
    """`word` with a long mark allowed after each letter but the last."""
    return "ー?".join(re.escape(ch) for ch in word)


def _alternation(words) -> str:
    return "|".join(_stretchable(w) for w in sorted(words, key=len, reverse=True))


# A kana word ends where the next letter is of another word: a particle or
# an ending that follows an insult (ブスすぎ, くずども) or anything that is not kana.
_KANA_END = r"(?:(?![ぁ-ゖァ-ヶ])|(?=すぎ|だな|じゃ|やん|やな|ども|め[!。、]|め$))"
_DRAWN_INSIDE = lazy_compile(
    rf"(?<![ァ-ヶー])(?:{_alternation(_KATAKANA_WORDS)}){_KANA_END}"
    rf"|(?<![ぁ-ゖ])(?:{_alternation(_HIRAGANA_WORDS)}){_KANA_END}"
    # 無能力 and 馬鹿力 are other words
    rf"|(?:{_alternation(_KANJI_WORDS)})(?![力])"
)
# Stems that never end in a long mark, drawn out after: 頭わるーーー, ガラの悪ーーーかもん.
_DRAWN_AFTER = lazy_compile(
    r"(?:頭|あたま|アタマ|ガラ|がら|柄|性格|顔|品|態度|口|タチ|たち|底意地)(?:が|の|も|は)?(?:わる|悪|おかし|おか|悪り|わり)ー"
)


def _drawn(doc, i: int) -> bool:
    """Did the long mark at normalized position i stand for two or more?"""
    return doc.norm.ends[i] - doc.norm.starts[i] >= 2


@validator("drawn_out_insult", scope="paragraph", needs=(lazy_compile("ー"),))
def drawn_out_insults(doc):
    """An insult with a run of long marks drawn inside it (カーーース, 無ーーー能)
    or after its stem (頭わるーーー); one long mark (ブース, カーブ) is a word's own."""
    text = doc.text
    if "ー" not in text:
        return
    for m in _DRAWN_INSIDE.finditer(text):
        marks = [i for i in range(m.start(), m.end()) if text[i] == "ー"]
        if marks and all(_drawn(doc, i) for i in marks):
            yield m.start(), m.end()
    for m in _DRAWN_AFTER.finditer(text):
        if _drawn(doc, m.end() - 1):
            yield m.start(), m.end()
