"""100% said as a promise no office can keep (item 5.4, ガイドライン5(4)).

「100%上がらない」「漏れることは100%ありません」: hundred_percent_promise.
A percentage that measures something (果汁100%, 成功率100%, 100%山鹿産です)
is no promise, so the check reads the words after 100% with the tokenizer:
only a verb or an adjective (directly, after one noun and が/は/も/に, or a
サ変 noun with する denied or told possible) makes it one, and a certainty
denied after it (100%防げるわけではありません) is the honest hedge.
"""

from __future__ import annotations

from .. import lazy_regex
from .registry import validator


# 「100%上がらない」「100%イノシシは入ってこん」「漏れることは100%ありません」:
# 100% said of what will (not) happen is a promise no office can keep.  A
# percentage that measures something is no promise: 果汁100%, 成功率100%,
# 全量(100%) stand right after their noun, and 100%山鹿産です / 100%をめざして /
# 100%に達した go on with a noun and a copula or a particle.  The promise is
# 100% followed by a verb or an adjective — directly, or after one noun and
# が/は/も/に (100%アトピーが治る), or as a サ変 noun with する when it is
# denied or told possible (100%倒壊しません, 100%予防できる).  A certainty
# denied after it (100%防げるわけではありません) is the honest hedge.
_HUNDRED_PERCENT = lazy_regex.compile(
    r"(?<![一-龥ァ-ヶーA-Za-z(（=＝:：])(?:100|百)\s?(?:%|パーセント|パー(?![ト-ドク-グツマテ]))"
)
_CERTAINTY_DENIED = lazy_regex.compile(
    r"[^。！!？?\n]{0,14}?(?:わけ(?:では|じゃ|や)な|わけ(?:では|じゃ)ありませ|訳ではな|とは(?:限ら|限り|言え|いえ|言い切れ)|"
    r"ものではな|ことはできませ|保証(?:は)?(?:でき|しか)|かどうか)"
)
_TOPIC_PARTICLES = frozenset({"が", "は", "も", "に", "でも", "には", "にも"})
_DESCRIBING_VERBS = frozenset({"使う", "使用", "用いる", "含む", "含める", "する", "成る", "なる", "出来る", "できる", "御座る", "ござる", "有る", "ある"})


def _negated_or_possible(tokens, i: int) -> bool:
    for t in tokens[i + 1:i + 5]:
        if t.pos[0] == "補助記号" or t.surface in ("。", "、"):
            return False
        if t.lemma in ("ない", "ぬ", "ず", "ん") or t.surface in ("ない", "ん", "ず", "ませ", "なか", "ねー", "ねえ", "こん", "らん", "せん") \
                or t.lemma in ("出来る", "できる") or t.surface.startswith("でき"):
            return True
    return False


@validator("hundred_percent_promise", needs=(_HUNDRED_PERCENT,))
def hundred_percent_promises(doc):
    text = doc.text
    for m in _HUNDRED_PERCENT.finditer(text):
        lo, hi = doc.sentence_at(m.start())
        tokens = [t for t in doc.tokens_between(m.end(), hi) if t.start >= m.end()]
        i, nouns = 0, 0
        while i < len(tokens) and tokens[i].pos[0] in ("名詞", "代名詞", "接尾辞") and tokens[i].pos[1] != "数詞" and nouns < 3:
            i, nouns = i + 1, nouns + 1
        if nouns:
            if i >= len(tokens) or tokens[i].surface not in _TOPIC_PARTICLES:
                # a サ変 noun told with する: 100%倒壊しません / 100%予防できる
                if not (nouns == 1 and i < len(tokens) and tokens[i].lemma in ("する", "出来る", "できる")
                        and tokens[0].pos[2:3] == ("サ変可能",) and _negated_or_possible(tokens, i - 1)):
                    continue
                i -= 1  # the noun is the predicate
            else:
                i += 1
        if i >= len(tokens):
            continue
        head = tokens[i]
        if nouns and head.pos[0] == "名詞":
            pass  # 倒壊 (checked above)
        elif head.pos[0] == "形状詞" and not nouns:
            # 100%きれいになる / 100%安全にできる: a state promised, not 100%きれいな水 described
            if not (i + 2 < len(tokens) and tokens[i + 1].surface == "に"
                    and tokens[i + 2].lemma in ("成る", "なる", "出来る", "できる", "する")):
                continue
            i += 2
            head = tokens[i]
        elif head.pos[0] not in ("動詞", "形容詞"):
            continue
        elif head.lemma in _DESCRIBING_VERBS and not _negated_or_possible(tokens, i):
            continue
        end = head.end
        for t in tokens[i + 1:]:  # 100%ありません, 100%入ってこん: the whole predicate
            if not (t.pos[0] == "助動詞" or t.pos[1] == "非自立可能" or t.surface in ("て", "で", "こん")):
                break
            end = t.end
        if _CERTAINTY_DENIED.match(text, end):
            continue
        yield m.start(), end
