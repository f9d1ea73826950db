"""5.6.4 (unverifiable information): the words for a rumour (噂, うわさ話,
未確認, 予言), unless the draft warns against rumours.

``rumour_noun`` yields each such noun.  A draft that teaches its readers not
to be swayed (噂に振り回されないために, 根拠のない話, 出どころを確かめる) or
denies a rumour (そのような事実はありません) names rumours to warn about them,
so none of its mentions counts: that is a fact about the whole draft
(``_warns_off_rumours``), worked out once per check, line by line.
"""

from __future__ import annotations

from .. import lazy_regex
from .registry import validator
from .draft_facts import any_line_matches, once_per_draft
from .hearsay_common import _NOT_FOUND_TO_BE_SO, _NOTHING_OF_THE_KIND, _pos


# -- the words for a rumour, unless the draft warns against rumours ----------------
_RUMOUR_NOUNS = frozenset({"噂", "うわさ", "ウワサ", "噂話", "うわさ話", "ウワサ話", "未確認", "予言"})
_RUMOUR_READINGS = frozenset({"ウワサ", "ウワサバナシ"})
_RUMOUR_LETTERS = lazy_regex.compile(r"噂|うわさ|ウワサ|未確認|予言")


# Counter-speech: a text that teaches readers not to be swayed by rumours
# (噂に振り回されないために, 根拠のない話, 出どころを確かめる, うのみにしない)
# names rumours to warn about them, in any of its sentences, not to spread one.
_WARNS_OFF_RUMOURS = lazy_regex.compile(
    r"(?:噂|うわさ|ウワサ|デマ|話|情報)(?:に|には|にも)(?:は|も)?(?:振り回され|ふりまわされ|踊らされ|惑わされ|まどわされ)"
    r"(?:ない|ず|ません|ること(?:も|は)?(?:少な|な))"
    # 根拠のない話 / 根拠のない不正の噂 / 根拠のない「不正」のうわさ: a few words may name the rumour
    r"|根拠の(?:ない|無い)[^。!?\n、]{0,10}?(?:話|噂|うわさ|ウワサ|情報|デマ)"
    r"|(?:情報の)?(?:出どころ|出所|でどころ|情報源|発信元)を(?:確かめ|確認|調べ)"
    r"|(?:うのみ|鵜呑み)に(?:せず|しない|しないで|してはいけ)"
    # the rumour denied (〜という噂がありますが、そのような事実はありません /
    # そのような決定はありません): the demonstrative points back at the rumour
    # (a bare 予定はありません anywhere in the draft says nothing of one)
    r"|(?:その|そのような|その様な|そういった|そうした)" + _NOTHING_OF_THE_KIND +
    # そのような事実は確認されていません / 倒壊などの被害は確認できていません:
    # the office found nothing of what the post claims (a denial, said carefully)
    r"|(?:その|そのような|その様な|そういった|そうした)?" + _NOT_FOUND_TO_BE_SO +
    # the rumour answered in the next sentence by what was actually found (そういう噂も
    # 耳にしてきました。でも、実際の調査で出てくるのは…): set right, not passed on
    r"|(?:噂|うわさ|ウワサ)[^\n]{0,80}?[。!?！？](?:でも|しかし|ですが|ところが|けれども?|実は)、?実際(?:の|に)(?:調査|発掘|記録|データ|統計|数字|資料)"
    r"|事実無根")


@once_per_draft
def _draft_warns_off_rumours(draft) -> bool:
    return any_line_matches(draft, _WARNS_OFF_RUMOURS)


# The proverb 人の噂も七十五日 (talk soon dies down) / 噂をすれば影 (speak of
# someone and they appear) passes no rumour on; a draft built round it names
# "人の噂" in its title or elsewhere as the talk the proverb speaks of
# (帽子をなくした話と人の噂 … 人の噂も七十五日と申します).
_TALK_PROVERB = lazy_regex.compile(r"(?:噂|うわさ|ウワサ)も(?:七十五|75|しちじゅうご)日|(?:噂|うわさ|ウワサ)をすれば")
_PEOPLES_TALK = lazy_regex.compile(r"(?:人|ひと|世間)の$")


@once_per_draft
def _draft_cites_talk_proverb(draft) -> bool:
    return any_line_matches(draft, _TALK_PROVERB)


def _rumour_facts(draft, start: int, end: int) -> tuple[bool, bool]:
    """(warns off rumours, cites a proverb about talk), both of the whole draft."""
    return _draft_warns_off_rumours(draft), _draft_cites_talk_proverb(draft)


@validator("rumour_noun", scope="paragraph", needs=(_RUMOUR_LETTERS,), facts=_rumour_facts)
def rumour_noun(doc, facts):
    """噂 / うわさ話 / 未確認 / 予言 as nouns, except in a draft that warns its
    readers against rumours (then every mention is the warning's), and the
    proverb's words (人の噂) in a draft that cites it."""
    warns_off_rumours, cites_proverb = facts
    if warns_off_rumours:
        return
    text = doc.text
    for token in doc.tokens:
        if not _pos(token).startswith("名詞"):
            continue
        if _TALK_PROVERB.match(text, token.start):
            continue  # 噂をすれば影 / 人の噂も七十五日 themselves
        if cites_proverb and _PEOPLES_TALK.search(text, max(token.start - 3, 0), token.start):
            continue
        if token.surface in _RUMOUR_NOUNS or token.lemma in _RUMOUR_NOUNS or token.normalized in _RUMOUR_NOUNS \
                or token.reading in _RUMOUR_READINGS:
            yield token.start, token.end
