"""5.6.4 (unverifiable information): the hearsay そうだ, and the sourced account.

``hearsay_sou`` finds 出たそうです / 中止になるそうだ (Sudachi tags that そう
名詞-助動詞語幹), never the look of things (降りそうです, おいしそう).  One
exception is a sourced account: when someone who knows the subject at first
hand (a guide, a curator, the shop's owner) is named as telling the writer
in the same or the previous sentence, the そうです passes on what they said,
with its source, and is not a rumour.  A friend or a neighbour as teller
does not count.
"""

from __future__ import annotations

from .. import lazy_regex
from .registry import validator
from .hearsay_common import _pos, _predicate_start, _with_auxiliaries
from .spans import paragraph_at


# 伝聞の「そう」 is the morpheme そう itself.
_SOU_LETTERS = lazy_regex.compile(r"そう")


# Someone who knows the subject at first hand, named as telling the writer in
# the same or the sentence before (ガイドの方が建物の歴史を教えてくださいました。
# …修復されたそうです): the そうです passes on what that teller said, with its
# source.  A friend or a neighbour (ママ友が教えてくれた) is not such a teller.
_TOLD_IN_PERSON = lazy_regex.compile(
    r"(?:ガイド|案内人|案内係|学芸員|館長|園長|校長|職員|スタッフ|係|担当|住職|宮司|神主|店主|女将|蔵元|窯元|杜氏|保存会|語り部|講師|研究者)"
    r"(?:さん|の方|の皆さん|の人)?(?:が|から|に|より)[^。!?！？\n]{0,30}?"
    r"(?:教えてくださ|説明してくださ|話してくださ|お話しくださ|案内してくださ|聞かせてくださ|語ってくださ|教えていただ|説明していただ|お話しいただ|伺いました|うかがいました|お聞きしました)"
    # 学芸員の方の説明では / ガイドさんのお話によると: the teller's own account named as the source
    r"|(?:ガイド|案内人|案内係|学芸員|館長|園長|住職|宮司|神主|蔵元|窯元|杜氏|保存会|語り部|講師|研究者)"
    r"(?:さん|の方|の先生)?の(?:ご)?(?:説明|解説|お話|案内)(?:では|によると|によれば|だと|で(?:は)?、)")


def _teller_named_before(doc, at: int) -> bool:
    lo, _ = doc.sentence_at(at)
    # the sentence before, never across a blank line (the validator's scope is a paragraph)
    p_lo, _ = paragraph_at(doc.text, lo)
    if lo > p_lo:
        lo = max(doc.sentence_at(lo - 1)[0], p_lo)
    return _TOLD_IN_PERSON.search(doc.text, lo, at) is not None


@validator("hearsay_sou", scope="paragraph", needs=(_SOU_LETTERS,))
def hearsay_sou(doc):
    """伝聞の「そうだ」: 出たそうです / 中止になるそうだ (Sudachi tags it
    名詞-助動詞語幹), never the look of things: 降りそうです / おいしそう
    (形状詞-助動詞語幹)."""
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        if token.surface != "そう" or not _pos(token).startswith("名詞-助動詞語幹"):
            continue
        if i == 0 or tokens[i - 1].end != token.start or _teller_named_before(doc, token.start):
            continue
        lo, _ = doc.sentence_at(token.start)
        yield _predicate_start(doc, lo, tokens, i), _with_auxiliaries(doc, token.end)
