"""5.6.4 (unverifiable information): らしい as the auxiliary of hearsay.

``hearsay_rashii`` finds 決壊寸前らしい / 倍になるらしい / Kumamoto 閉まるらしか
with the predicate it closes, found by part of speech rather than by
substring: the same letters are just as often the adjective suffix "typical
of" (山鹿らしい朝, 子どもらしい笑顔, 坂梨さんらしい手書きのPOP), part of a word
(素晴らしい, ばからしい), a feeling read off someone's face (楽しいらしく), a
tag or a named theme (#山鹿らしい), or a concessive doubling
(子どもらしいっちゃ子どもらしい).  Each of those readings is ruled out here,
one helper per reading; the rule around it (rules/5.6.4-unverified.toml)
decides severity and exceptions.
"""

from __future__ import annotations

import bisect
import re

from .. import lazy_regex
from .registry import validator
from .hearsay_common import _RASHIKA_FINAL, adjective_rashika, _is_rashii_aux, _LIKE_NOUNS, _pos, _predicate_start, _typical_before_noun


# A hashtag or a quoted name just before "N らしい" (#山鹿らしい, 「山鹿らしい」).
_HASHTAG_HEAD = lazy_regex.compile(r"[#＃][^\s#＃]{0,10}$")
_QUOTE_HEAD = lazy_regex.compile(r"[「『][^「『」』。、!?\n]{0,10}$")
# Degree words that turn "N らしい" into "typical of N" (いかにも山鹿らしい).
_FELT_AS_TYPICAL = lazy_regex.compile(r"(?:か)?(?:なあ|なぁ|ねえ|ねぇ|な|ね)?[ー〜~!！…]{0,3}(?:と|って)(?:思|おも|感じ|しみじみ)")
_DEGREE_BEFORE_TYPICAL = lazy_regex.compile(r"(?:これぞ|さすが|まさに|いかにも|実に|とても|すごく|本当に|ほんとに|ほんとうに|なんとも|最も|一番|らしさ)")
# An act or trait as the subject of "N らしい" (揉めるのが会計課らしい, 細かいところも
# 山鹿らしい): the act is what is typical of N.  Only が/も: with は it is a cleft
# that names who, often heard (来るのは新しい課長らしい); a decision or a likelihood
# as N (〜のが決定らしい, 〜のが濃厚らしい) is the news itself.
_ACT_TYPICAL_OF_NOUN = lazy_regex.compile(
    r"(?:[ぁ-ゖ]の|ところ|とこ|あたり|辺り)(?:が|も)、?[一-龥々ァ-ヶーA-Za-z0-9]{1,10}"
    r"(?<!決定)(?<!確定)(?<!予定)(?<!方針)(?<!方向)(?<!有力)(?<!濃厚)(?<!本当)(?<!事実)(?<!決まり)(?<!見込み)(?<!中止)(?<!延期)(?<!廃止)$")


def _suffix_after_predicate(token, prev) -> bool:
    """らしい read as the suffix of 子どもらしい right after a verb, adjective or
    auxiliary (閉まる|らしい): Sudachi does so when the next sentence follows
    with no mark (らしい😢たぶん…, the emoji folded away), but no
    suffix attaches to a predicate: it is the hearsay auxiliary."""
    return (token.lemma == "らしい" and token.surface == "らしい" and prev is not None and prev.end == token.start
            and _pos(token).startswith("接尾辞") and _pos(prev).startswith(("動詞", "助動詞", "形容詞"))
            and len(prev.pos) > 5 and prev.pos[5].startswith(("終止形", "連体形")))


def _has_lemma(doc, lemmas) -> bool:
    """Some morpheme of the draft has one of `lemmas` (read from the lines'
    word infos, without making Token objects)."""
    if doc.lines is None:
        return True
    return any(info[0] in lemmas for _, line in doc.lines for info in line.infos)


_RASHII_LEMMAS = frozenset({"らしい", "らし"})
# Every form of the auxiliary (らしい, らしく, らしかっ, らしき, らしか) is
# written with these letters: a text without them has nothing to find.
_RASHII_LETTERS = lazy_regex.compile(r"らし")


# Paragraph scope: a finding is a token of one sentence and the predicate
# before it; the look-behinds (#山鹿らしい, いかにも) stay inside the sentence
# or stop at a line break.
# Kumamoto 〜らしか closing a clause after a noun (犯人は外国人らしかけん, 雨らしかです):
# Sudachi reads the suffix らし (of 子どもらしい) and a verb かけん; the final か
# (hearsay_common._RASHIKA_FINAL) is what makes it the predicate.


# Stems that make a lexical adjective with らしい (ばからしい "absurd",
# あほらしい, いやらしい, わざとらしい): Sudachi may read the stem as a noun
# and らしい as the auxiliary, but the word is the adjective, not hearsay.
_ADJECTIVE_STEMS = frozenset({"ばか", "バカ", "馬鹿", "あほ", "アホ", "阿呆", "あほう", "いや", "イヤ", "嫌", "わざと",
                              "憎", "にく", "汚", "きたな", "愛", "いじ", "みすぼ", "しお", "しおら", "もっとも", "尤も"})
# Kumamoto adjectives in らしい that Sudachi cuts through their stem: せからしい
# "noisy, a nuisance" (せか|らしかった, read as the verb せく) and むぞらしい "dear,
# cute" (の|む|ぞ|らし): matched on the letters before らし, not on one token.
_SPLIT_ADJECTIVE_STEMS = ("せか", "セカ", "むぞ", "ムゾ")


def _rashika_suffix_end(doc, token, prev, nxt) -> int | None:
    """End of a clause-final 〜らしか after a noun, as Sudachi splits it:
    らし (suffix) + かけん, or ら (suffix) + しか (犯人は外国人らしかけん)."""
    if not _pos(token).startswith("接尾辞") or (prev is not None and prev.surface in _LIKE_NOUNS):
        return None
    if token.lemma == "らしい" and token.surface == "らし":
        at = token.end
    elif token.surface == "ら" and nxt is not None and nxt.start == token.end and nxt.surface.startswith("しか"):
        at = token.end + 1
    else:
        return None
    return at + 1 if _RASHIKA_FINAL.match(doc.text, at) else None


# 〜たらしか closing the clause (見たらしかです, 出たらしかよ): Sudachi reads
# the conditional たら and しか "only"; before a negative (行ったらしか分からん)
# it is that, before です/a final particle/punctuation it is hearsay.
_TARASHIKA_END = lazy_regex.compile(r"(?:です|やった|よ|ね|ばい|ばってん|けん|けど|[。、,!?！？\s]|$)")


def _tara_shika(doc, token, nxt) -> bool:
    return (token.surface == "たら" and nxt is not None and nxt.surface == "しか" and nxt.start == token.end
            and _pos(token).startswith("助動詞") and _TARASHIKA_END.match(doc.text, nxt.end) is not None)


# Honorifics that close a person's name: 坂梨さんらしい is "just like 坂梨さん".
_PERSON_SUFFIXES = frozenset({"さん", "さま", "様", "先生", "ちゃん", "くん", "君", "氏", "どん"})


def _noun_phrase_follows(tokens, i) -> bool:
    """A noun phrase starts right after token i (a comma may stand between):
    らしい modifying it (坂梨さんらしい、手書きのPOP; 灯籠の町らしい風景)."""
    j = i + 1
    if j < len(tokens) and tokens[j].surface in ("、", ","):
        j += 1
    return j < len(tokens) and _pos(tokens[j]).startswith(("名詞", "接頭辞", "形状詞", "形容詞", "連体詞"))


def _typical_of_person(doc, tokens, i, lo) -> bool:
    """店主の坂梨さんらしい、手書きのPOP: らしい after a person's name and
    honorific, modifying the noun phrase after it (a comma may stand
    between), says what is typical of that person.  With a topic before it
    (次の会長は坂梨さんらしい、と聞いた) the name is what was heard; a topic
    in a clause already closed (正解はありません、みなさんらしい答えを) is
    not its."""
    prev = tokens[i - 1] if i else None
    if prev is None or prev.surface not in _PERSON_SUFFIXES or tokens[i].lemma != "らしい":
        return False
    if not _noun_phrase_follows(tokens, i):
        return False
    start = max([lo] + [t.end for t in tokens[:i - 1] if t.start >= lo and _closes_clause(t)])
    return not any(t.start >= start and t.surface in ("は", "が") and _pos(t).startswith("助詞")
                   for t in tokens[:i - 1])


def _closes_clause(token) -> bool:
    """A predicate in its final form (ありません, 待ってます): the clause before it is closed."""
    return _pos(token).startswith(("動詞", "助動詞", "形容詞")) and len(token.pos) > 5 \
        and token.pos[5].startswith("終止形")



def _typical_of_kind(doc, tokens, i, lo) -> bool:
    """灯籠の町らしい、やわらかな秋の風景: an epithet (X の + a plain noun) with
    らしい, modifying the noun phrase after it, says "typical of such a town".
    Not after a verbal noun (来月閉店らしい、駅前のパン屋: the closing is heard),
    nor with a topic before it, nor when a clause with its own subject follows
    (近所の火事らしい、煙が見える)."""
    if i < 2 or tokens[i].lemma != "らしい":
        return False
    prev, particle = tokens[i - 1], tokens[i - 2]
    if not _pos(prev).startswith("名詞-普通名詞-一般") or particle.surface != "の" \
            or not _pos(particle).startswith("助詞-格助詞"):
        return False
    if not _noun_phrase_follows(tokens, i):
        return False
    # The clause of らしい starts after the last clause that closed before it
    # (見頃です🌸灯籠の町らしい: the emoji is folded away, a gap).
    k = i - 2
    while k > 0 and tokens[k - 1].start >= lo and tokens[k - 1].end == tokens[k].start \
            and not _pos(tokens[k - 1]).startswith(("補助記号", "助詞-終助詞")) \
            and not (_pos(tokens[k - 1]).startswith("助動詞") and "終止" in _pos(tokens[k - 1])):
        k -= 1
    # What follows must stay a noun phrase: a subject after らしい opens a
    # clause of its own, the event heard of (空き家らしい、怪しい男が出入りしとる).
    # A kind of place or a season (湯の町らしい、ほの白い湯気の匂いがする /
    # 城下の町らしい、細い路地が続く / 山の秋らしい、澄んだ風が吹く) is never the
    # event heard of: the clause after it describes the scene.
    if prev.surface in _KIND_OF_PLACE_OR_SEASON:
        return True
    _, hi = doc.sentence_at(tokens[i].start)
    return not any(t.surface in ("は", "が") and _pos(t).startswith("助詞")
                   for t in tokens[k:] if t.start < hi and t is not tokens[i])


_KIND_OF_PLACE_OR_SEASON = frozenset({"町", "街", "まち", "里", "村", "郷", "国", "都", "宿場", "港町", "城下町", "温泉町",
                                      "春", "夏", "秋", "冬", "季節", "朝", "夕暮れ", "田舎", "山里", "下町"})


_HEARSAY_ADVERBS = frozenset({"どうも", "どうやら", "たぶん", "多分", "なんでも", "何でも", "噂", "うわさ", "話"})


def _coordinated_typical(doc, tokens, i, lo) -> bool:
    """春らしい、山鹿らしい景色 / 子どもらしい、素晴らしい作品: "N らしい" then a
    comma and a second modifier of the same noun (another "M らしい", an
    adjective, 形状詞 + な, or a clause opened by an adverb: 子どもらしい、
    のびのびとした作品) — two epithets in a row, "typical of N".  Not
    after a verbal noun (来月閉店らしい、寂しいお知らせ: the closing is heard),
    nor a person's bare name, nor with a topic or subject before it
    (次の会長は田中らしい、優しい人: who was heard of)."""
    prev = tokens[i - 1]
    prev_pos = _pos(prev)
    if "サ変" in prev_pos or prev_pos.startswith("名詞-固有名詞-人名"):
        return False
    j = i + 1
    if j >= len(tokens) or tokens[j].surface not in ("、", ","):
        return False
    j += 1
    # (an emoji or a bracket before the epithet closes what came before it, as a 。 does:
    # 絵を描いてくれました🎏 どれも子どもらしい、… holds no subject of its own)
    start = max([lo] + [t.end for t in tokens[:i - 1] if t.start >= lo and _pos(t).startswith("補助記号")
                        and not _pos(t).startswith("補助記号-読点")])
    if any(t.start >= start and t.surface in ("は", "が") and _pos(t).startswith("助詞") for t in tokens[:i - 1]):
        return False
    # The epithet's own clause (from the last comma or the sentence start) is
    # bare: a time, a case particle or どうも before the noun makes it a
    # predicate heard of (来年から有料らしい、高い駐車場).
    k = i - 1
    while k > 0 and tokens[k - 1].start >= lo and tokens[k - 1].end == tokens[k].start \
            and not _pos(tokens[k - 1]).startswith(("補助記号", "助詞-終助詞")) \
            and not (_pos(tokens[k - 1]).startswith("助動詞") and "終止" in _pos(tokens[k - 1])):
        k -= 1
        t = tokens[k]
        if (_pos(t).startswith(("助詞-格助詞", "名詞-普通名詞-副詞可能")) and t.surface != "の") \
                or t.surface in _HEARSAY_ADVERBS:
            return False
    # What follows stays a noun phrase: a subject after it opens a clause
    # of its own, the event heard of (空き家らしい、怪しい男が出入りしとる).
    _, hi = doc.sentence_at(tokens[i].start)
    if any(t.surface in ("は", "が") and _pos(t).startswith("助詞") for t in tokens[i + 1:] if t.start < hi):
        return False
    nxt = tokens[j:j + 3]
    if len(nxt) < 2:
        return False
    first = nxt[0]
    if _pos(first).startswith("形容詞") and len(first.pos) > 5 and first.pos[5].startswith("連体形"):
        return _pos(nxt[1]).startswith("名詞")
    if len(nxt) < 3:
        return False
    if (_pos(first).startswith("形状詞") or "形状詞可能" in _pos(first)) and nxt[1].surface == "な":
        return _pos(nxt[2]).startswith("名詞")
    if _pos(first).startswith("副詞"):
        return _adverbial_modifier_before_noun(tokens, j, hi)
    return (_pos(first).startswith("名詞") and nxt[1].lemma == "らしい" and nxt[1].start == first.end
            and _pos(nxt[2]).startswith("名詞"))


_MODIFIER_CLAUSE_POS = ("副詞", "動詞", "助動詞", "形容詞", "形状詞")


def _adverbial_modifier_before_noun(tokens, j, hi) -> bool:
    """The second epithet is a short clause opened by an adverb (のびのびとした
    素晴らしい作品, いきいきと描いた絵): adverbs, と after one, verbs, auxiliaries
    and adjectives only, ending in an attributive form right before a noun."""
    for k in range(j, min(j + 6, len(tokens) - 1)):
        t = tokens[k]
        pos = _pos(t)
        if t.start >= hi or not (pos.startswith(_MODIFIER_CLAUSE_POS)
                                 or (t.surface == "と" and _pos(tokens[k - 1]).startswith("副詞"))):
            return False
        if pos.startswith(("動詞", "助動詞", "形容詞")) and len(t.pos) > 5 and t.pos[5].startswith("連体形") \
                and tokens[k + 1].start == t.end and _pos(tokens[k + 1]).startswith("名詞"):
            return True
    return False


# What someone the writer watches seems to feel (楽しいらしく, 気に入ったらしい,
# 眠いらしい): らしい read off their face is the writer's own inference about
# a feeling, not news passed on.
_FELT_PREDICATES = frozenset({"楽しい", "嬉しい", "うれしい", "悲しい", "寂しい", "さみしい", "悔しい", "恥ずかしい",
                              "照れくさい", "眠い", "面白い", "おもしろい", "気に入る", "好き", "大好き", "嫌い",
                              "夢中", "満足", "得意", "苦手", "楽しむ", "喜ぶ", "はしゃぐ", "気持ちいい", "心地よい"})


def _feeling_before(tokens, i) -> bool:
    """The predicate right before らしい (over た/だ) is a feeling word."""
    j = i - 1
    while j >= 0 and tokens[j].end == tokens[j + 1].start and tokens[j].lemma in ("た", "だ") \
            and _pos(tokens[j]).startswith("助動詞") and i - j <= 2:
        j -= 1
    return j >= 0 and tokens[j].end == tokens[j + 1].start and tokens[j].lemma in _FELT_PREDICATES


_CONCESSIVE_DOUBLING = r"(?:っちゃ(?:あ)?|と(?:言|い)えば|って(?:言|い)えば|と(?:言|い)や|(?:言|ゆ)うたら)"


def _doubled_typical(text: str, noun, token) -> bool:
    """X らしい + っちゃ / と言えば + X らしい: either half of the doubling."""
    word = noun.surface
    # (山鹿の年寄りらしいといえば山鹿の年寄りらしい: the noun's modifier repeated too)
    # Made from the draft's own word, so re.compile (its cache is bounded),
    # not lazy_regex: that keeps every pattern it made for the program's life
    # and the start-up cache would keep each one's code.
    after = re.compile(r"(?:い|か)?" + _CONCESSIVE_DOUBLING + r"[^。、!?！？\n]{0,8}?" + re.escape(word) + "らし")
    before = re.compile(re.escape(word) + r"らし(?:い|か)" + _CONCESSIVE_DOUBLING + r"[^。、!?！？\n]{0,8}$")
    return after.match(text, token.end) is not None \
        or before.search(text, max(0, noun.start - len(word) - 20), noun.start) is not None


@validator("hearsay_rashii", scope="paragraph", needs=(_RASHII_LETTERS,))
def hearsay_rashii(doc):
    # Every finding is at such a token, or at ら + しか (see _rashika_suffix_end), or
    # after a Kumamoto adjective (hearsay_common.adjective_rashika).
    if not _has_lemma(doc, _RASHII_LEMMAS) and "らしか" not in doc.text:
        return
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if _tara_shika(doc, token, nxt):
            # Kumamoto 見たらしかです read as たら + しか: the past's hearsay.
            lo, _ = doc.sentence_at(token.start)
            yield _predicate_start(doc, lo, tokens, i), nxt.end
            continue
        aux = _is_rashii_aux(token, nxt) or _suffix_after_predicate(token, tokens[i - 1] if i else None)
        rashika = None if aux else _rashika_suffix_end(doc, token, tokens[i - 1] if i else None, nxt)
        if rashika is None and not aux:
            continue
        prev = tokens[i - 1] if i else None
        if aux and _feeling_before(tokens, i):
            continue
        if prev is not None and prev.end == token.start:
            prev_pos = _pos(prev)
            after_noun = prev_pos.startswith(("名詞", "代名詞"))
            # 彼女らしい / あなたらしい: "like her", not hearsay;
            # ばからしい / アホらしい: the adjective "absurd".
            if prev_pos.startswith("代名詞") or prev.surface in _ADJECTIVE_STEMS \
                    or doc.text.endswith(_SPLIT_ADJECTIVE_STEMS, 0, token.start):
                continue
            # 春らしい陽気 / みなさんらしい答え (attributive before a noun) reads
            # as "typical of"; so does Kumamoto 春らしか陽気 (らし + か, then the noun).
            if _typical_before_noun(tokens, i):
                continue
            lo, _ = doc.sentence_at(token.start)
            if after_noun and _DEGREE_BEFORE_TYPICAL.search(doc.text, max(lo, prev.start - 12), token.end):
                continue
            if after_noun and _ACT_TYPICAL_OF_NOUN.search(doc.text, max(lo, token.start - 24), token.start):
                continue
            if _typical_of_person(doc, tokens, i, lo) or _typical_of_kind(doc, tokens, i, lo):
                continue
            if after_noun and aux and _coordinated_typical(doc, tokens, i, lo):
                continue
            # 山鹿らしいなあと思います / 鹿本らしかねえと感じた: a place's
            # character felt by the writer, not news heard.
            if prev_pos.startswith("名詞-固有名詞") and _FELT_AS_TYPICAL.match(doc.text, token.end if rashika is None else rashika):
                continue
            # 子どもらしいっちゃ子どもらしい / 山鹿らしいといえば山鹿らしい: the
            # concessive doubling ("typical, if you like") says what X is like.
            if after_noun and _doubled_typical(doc.text, prev, token):
                continue
            # #山鹿らしい / 「山鹿らしい」写真: a tag or a named theme, not hearsay.
            head = max(0, prev.start - 12)
            if after_noun and (_HASHTAG_HEAD.search(doc.text, head, prev.start)
                               or (_QUOTE_HEAD.search(doc.text, head, prev.start)
                                   and doc.text[token.end:token.end + 1] in ("」", "』"))):
                continue
        lo, _ = doc.sentence_at(token.start)
        end = rashika if rashika is not None else nxt.end if token.lemma == "らし" else token.end
        yield _predicate_start(doc, lo, tokens, i), end
    starts = None
    for stem, _, end in adjective_rashika(doc):
        if starts is None:
            starts = [t.start for t in tokens]
        i = bisect.bisect_left(starts, stem)
        lo, _ = doc.sentence_at(stem)
        yield _predicate_start(doc, lo, tokens, i), end
