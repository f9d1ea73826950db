"""Grammar shared by the hearsay (5.6.4) and insider-guess (6.2) detectors.

Both items hang on the same Japanese markers (らしい, quotative って, そう,
clause-final particles), so they must read them the same way: where the
predicate a marker closes begins (``_predicate_start``, ``_clause_start``),
whether a marker closes its clause (``_closes_clause``), the auxiliaries that
extend it (``_with_auxiliaries``), the auxiliary らしい (``_is_rashii_aux``) and
the らしい of "typical of" between two nouns (``_typical_before_noun``),
and the denial vocabulary (そのような事実はありません) by which the writer says
a rumour is untrue.  Kept in one place so a fix to one reading reaches both
items; nothing here registers a validator.
"""

from __future__ import annotations

import functools
import unicodedata

from .. import lazy_regex
from ..analysis.tokenizer import tokenize


def _pos(token) -> str:
    # Sudachi has a few hundred POS tuples: join each once, not per token.
    joined = _POS_JOINED.get(token.pos)
    if joined is None:
        joined = _POS_JOINED[token.pos] = "-".join(p for p in token.pos if p != "*")
    return joined


_POS_JOINED: dict[tuple[str, ...], str] = {}


def _is_rashii_aux(token, nxt=None) -> bool:
    if token.lemma not in ("らしい", "らし") or not _pos(token).startswith("助動詞"):
        return False
    if token.lemma == "らしい":
        return True
    # Kumamoto/Kyushu らしか (閉まるらしか): Sudachi reads らし + か.
    return token.lemma == "らし" and nxt is not None and nxt.start == token.end and nxt.surface.startswith("か")


def _typical_before_noun(tokens: list, i: int) -> bool:
    """Token i is らしい (or Kumamoto らし + か) between a noun and the noun it
    modifies, with nothing between: 春らしい陽気, みなさんらしい答え (after the
    honorific さん too), 春らしか陽気 say what is typical of a thing or a
    person, not hearsay."""
    prev = tokens[i - 1] if i else None
    if prev is None or prev.end != tokens[i].start \
            or not _pos(prev).startswith(("名詞", "代名詞", "接尾辞-名詞的")):
        return False
    j = i + 1
    if tokens[i].lemma == "らし" and j < len(tokens) and tokens[j].surface.startswith("か"):
        j += 1
    return j < len(tokens) and tokens[j].start == tokens[j - 1].end and _pos(tokens[j]).startswith("名詞")


# Particles that close the phrase before a predicate (に stays: 倍になるらしい).
_CLAUSE_PARTICLES = {"は", "が", "を", "も", "で", "の", "から", "まで", "へ", "より", "って", "と", "や", "けど", "し"}


def _predicate_start(doc, sentence_start: int, tokens: list, i: int, limit: int = 14) -> int:
    """Start of the predicate a sentence-final marker belongs to: walk back over
    content words and auxiliaries, stop at punctuation or a topic/case particle."""
    start = tokens[i].start
    j = i - 1
    while j >= 0 and tokens[j].start >= sentence_start and tokens[i].start - tokens[j].start <= limit:
        pos = _pos(tokens[j])
        if pos.startswith(("補助記号", "空白")) or (pos.startswith("助詞") and tokens[j].surface in _CLAUSE_PARTICLES):
            break
        start = tokens[j].start
        j -= 1
    return start


# Nouns whose 〜らしか says "just like one" (子どもらしかね, 男らしか).
_LIKE_NOUNS = frozenset({"子ども", "子供", "こども", "男", "女", "男性", "女性", "大人", "学生", "人間", "自分",
                         "春", "夏", "秋", "冬", "日本", "田舎", "先生", "職人", "プロ"})


# Denial vocabulary shared by 5.6.4 (_WARNS_OFF_RUMOURS) and 6.2 (_DENIAL), so
# the two items always agree on what counts as the writer saying "untrue".
# 事実/予定/決定… は(一切)ありません: nothing of the kind exists or was decided.
_NOTHING_OF_THE_KIND = (r"(?:事実|予定|計画|決定|方針)(?:は|も)(?:一切|全く|まったく|現在|今のところ)?"
                        r"(?:ありません|ございません|ない(?![かの])|無い(?![かの])|なく|なか(?!ろう))")
# 事実/被害… は確認されていません: the office found nothing of what is claimed.
_NOT_FOUND_TO_BE_SO = (r"(?:事実|被害|事態|事故|崩落|倒壊|損壊)(?:は|も)(?:一切|全く|まったく|現在|現時点で|今のところ)?"
                       r"確認(?:されて|できて|が取れて|がとれて|でき)(?:い|お)?(?:ません|ない|りません|ず|ておりません)")


# What may follow the marker at the end of a clause: nothing, punctuation, a
# sentence-final particle (よ/ね/さ/な), or 話/噂 (〜って話).
_CLAUSE_END_PARTICLES = {"よ", "ね", "さ", "な", "わ", "ぞ", "ぜ", "の", "か", "よね", "けど", "けれど", "し", "から"}
_HEARSAY_NOUNS = {"話", "噂", "うわさ", "こと"}


def _kumamoto_quotative_te(tokens: list, k: int) -> bool:
    """Token k is a bare て quoting what went before, as Kumamoto does where
    standard Japanese says って: after an adjective in か, which Sudachi cuts
    as a 促音便 form (よかっ|て, 危なかっ|て); after a plain final form (治る|て,
    出た|て: standard て follows only the te-stem, 治って); after そう (切れそう|て
    聞いた = 切れそうだって)."""
    if k < 1 or tokens[k].surface != "て" or tokens[k - 1].end != tokens[k].start:
        return False
    prev = tokens[k - 1]
    pos = _pos(prev)
    if pos.startswith("形容詞") and prev.pos[5] == "連用形-促音便" and prev.surface.endswith("かっ"):
        return True
    if pos.startswith(("動詞", "形容詞", "助動詞")) and prev.pos[5].startswith("終止形"):
        return True
    return prev.surface == "そう" and pos.startswith("形状詞-助動詞語幹")


def _closes_clause(tokens: list, k: int) -> bool:
    """Token k ends its clause: the next token is punctuation, a final particle,
    a line break, or 話/噂; or there is none."""
    if k + 1 >= len(tokens):
        return True
    nxt = tokens[k + 1]
    if nxt.start != tokens[k].end:
        return True  # a space, an emoji or a line break came between
    pos = _pos(nxt)
    if pos.startswith(("補助記号", "空白")):
        return True
    # An emoji or other symbol Sudachi reads as a noun (できるって☝ 今日から):
    # no word follows, the clause is closed.
    if nxt.surface and all(unicodedata.category(ch)[0] == "S" for ch in nxt.surface):
        return True
    if pos.startswith("助詞-終助詞") or nxt.surface in _CLAUSE_END_PARTICLES:
        return True
    if nxt.surface == "こと" and k + 2 < len(tokens) and tokens[k + 2].start == nxt.end \
            and tokens[k + 2].surface in ("で", "に") \
            and not (k + 3 < len(tokens) and _pos(tokens[k + 3]).startswith("助動詞")):
        # 〜ってことで来週も行く / 〜ってことで、/ 〜ってことにしとこ: the
        # writer settling something (= ということで), not passing on what
        # was heard (〜ってことでした / 〜ってことです stay hearsay).
        return False
    if nxt.surface == "話" and _idiom_of_futility(tokens, k + 1):
        return False
    return nxt.surface in _HEARSAY_NOUNS


def _idiom_of_futility(tokens: list, k: int) -> bool:
    """話 at k opens 話にならん / 話にもならない (= hopeless): after a dialect
    progressive (ヘラヘラしとって話にならん) the って is a te-form, not a
    quotation."""
    j = k + 1
    if j < len(tokens) and tokens[j].surface == "に":
        j += 1
        if j < len(tokens) and tokens[j].surface == "も":
            j += 1
        return j + 1 < len(tokens) and tokens[j].lemma == "なる" and tokens[j + 1].lemma in ("ぬ", "ない", "ん")
    return False


def _ends_predicate(token) -> bool:
    """A verb, adjective or auxiliary in its final/attributive form (続いた,
    出る, 高か), the end of a predicate a quotative may follow."""
    pos = _pos(token)
    if pos.startswith("助動詞"):
        return not pos.endswith(("連用形-一般", "連用形-促音便", "連用形-イ音便"))
    return pos.startswith(("動詞", "形容詞")) and ("終止形" in pos or "連体形" in pos)


_CLAUSE_BREAK = lazy_regex.compile(r"[、,\s]|[^\w\u3000-\u30ff\u4e00-\u9fff]")


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Just after the last comma, space or symbol (emoji) before pos."""
    for i in range(pos - 1, lo - 1, -1):
        if _CLAUSE_BREAK.match(text[i]):
            return i + 1
    return lo


def _is_trailing_mark(ch: str) -> bool:
    return ch in "。、,.!?！？…〜~ー・" or bool(_CLAUSE_BREAK.match(ch))


def _end_without_trailing_marks(text: str, lo: int, hi: int) -> int:
    """`hi` moved back over the marks that close a clause (。！…), never
    before `lo`: where a span of the words themselves ends."""
    while hi > lo and _is_trailing_mark(text[hi - 1]):
        hi -= 1
    return hi


def _with_auxiliaries(doc, end: int) -> int:
    """Extend a marker over the auxiliaries after it: と思い|ます, はず|です."""
    # Sentence by sentence: asking for every token up to the end of a long
    # draft made each call cost the whole draft.
    bounds = doc.sentence_bounds
    for i in range(doc.sentence_index(end), len(bounds)):
        for t in doc.tokens_between(end, bounds[i][1]):
            if t.start != end or not _pos(t).startswith("助動詞"):
                return end
            end = t.end
    return end


# Kumamoto 〜らしか closing a clause: only a final か before a sentence-end
# particle or punctuation is the predicate (春らしか日, before a noun, and
# らしかった, the past, are not).  (らしかです: the polite close.)
_RASHIKA_FINAL = lazy_regex.compile(r"か(?:けん|けど|ばい|ばってん|です|よ|ね|な|ぞ|もん|と|[。、,!?！？\s]|$)")


# Kumamoto adjectives end in か (悪か, 高か, 多か), and their hearsay is 〜からしか
# (体に悪からしか "bad for you, they say", 人の多からしかけん).  Sudachi reads no
# らし in it, and splits it three ways by context: 悪 (adjective stem) + からし
# "mustard" + か, 悪 (noun) + から + しか, or 多から (classical 未然形) + しか
# "only".  So the stem is read from the text: the letters before からしか, from
# the start of the token holding the last of them, are an adjective's stem when
# they + い make one adjective (悪い, 多い, よい; 山鹿からしか来ん "only from
# Yamaga" has no such stem).  A final か, as for 〜らしか after a noun, is the
# predicate; never before a negative (しかない: "only").  Shared by 5.6.4
# (hearsay_rashii) and 6.2 (an insider's guess, insider_guess_markers).
_KARASHIKA = lazy_regex.compile(r"からしか(?!な[いかく]|ねえ|ねー|ありま)")


@functools.lru_cache(maxsize=256)
def _is_adjective_stem(stem: str) -> bool:
    words = tokenize(stem + "い")
    return len(words) == 1 and _pos(words[0]).startswith("形容詞")


def adjective_rashika(doc, lo: int = 0, hi: int | None = None):
    """(where the adjective starts, where its らしか starts, end) of each
    〜からしか after a Kumamoto adjective in doc.text[lo:hi]."""
    text = doc.text
    for m in _KARASHIKA.finditer(text, lo, len(text) if hi is None else hi):
        if not _RASHIKA_FINAL.match(text, m.end() - 1):
            continue
        held = doc.tokens_between(max(0, m.start() - 12), m.start())
        if not held or held[-1].start >= m.start() or held[-1].end < m.start():
            continue
        stem = held[-1]
        if _pos(stem).startswith("形容詞") or _is_adjective_stem(text[stem.start:m.start()]):
            yield stem.start, m.start() + 1, m.end()
