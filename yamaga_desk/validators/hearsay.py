"""Hearsay and guessing, found by grammar rather than by substring.

- ``hearsay_rashii``: らしい as the auxiliary verb of hearsay/inference
  (決壊寸前らしい, 倍になるらしい), never the adjective suffix "typical of"
  (山鹿らしい朝, 子どもらしい笑顔) nor a word that merely contains the
  letters (素晴らしい, 可愛らしい).
- ``hearsay_reported``: a rumour with its teller as one span (危ないって、
  知り合いが言ってた, クマが出たって近所のおばちゃんが言いよった).
- ``administration_guess``: a member of staff guessing about the city's
  administration (たぶん来年から商品券はなくなると思う, 〜変わったはず),
  where a guess marker and an administration topic share a sentence; the
  insider grounds around it (〜課の人から聞いた, 職員の間では常識, 根拠は勘)
  are marked with it.
"""

from __future__ import annotations

import re
import unicodedata

from .. import lazy_regex
from . import validator
from .draft_facts import any_line_matches, once_per_draft, remembered_in
from .spans import paragraph_at

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


def _suffix_after_predicate(token, prev) -> bool:
    """らしい read as the suffix of 子どもらしい right after a verb, adjective or
    auxiliary (閉まる|らしい): Sudachi does so when the next sentence follows
    with no mark (らしい😢たぶん…, the emoji folded away), but no
    suffix attaches to a predicate: it is the hearsay auxiliary."""
    return (token.lemma == "らしい" and token.surface == "らしい" and prev is not None and prev.end == token.start
            and _pos(token).startswith("接尾辞") and _pos(prev).startswith(("動詞", "助動詞", "形容詞"))
            and len(prev.pos) > 5 and prev.pos[5].startswith(("終止形", "連体形")))


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
# 伝聞の「そう」 is the morpheme そう itself.
_SOU_LETTERS = lazy_regex.compile(r"そう")


# Paragraph scope: a finding is a token of one sentence and the predicate
# before it; the look-behinds (#山鹿らしい, いかにも) stay inside the sentence
# or stop at a line break.
# Kumamoto 〜らしか closing a clause after a noun (犯人は外国人らしかけん):
# Sudachi reads the suffix らし (of 子どもらしい) and a verb かけん.  Only a
# final か before a sentence-end particle or punctuation is the predicate;
# 春らしか日 (before a noun) and らしかった (past) are left alone.
_RASHIKA_FINAL = lazy_regex.compile(r"か(?:けん|けど|ばい|ばってん|よ|ね|な|もん|と|[。、,!?！？\s]|$)")


# Stems that make a lexical adjective with らしい (ばからしい "absurd",
# あほらしい, いやらしい, わざとらしい): Sudachi may read the stem as a noun
# and らしい as the auxiliary, but the word is the adjective, not hearsay.
_ADJECTIVE_STEMS = frozenset({"ばか", "バカ", "馬鹿", "あほ", "アホ", "阿呆", "あほう", "いや", "イヤ", "嫌", "わざと",
                              "憎", "にく", "汚", "きたな", "愛", "いじ", "みすぼ", "しお", "しおら"})


# Nouns whose 〜らしか says "just like one" (子どもらしかね, 男らしか).
_LIKE_NOUNS = frozenset({"子ども", "子供", "こども", "男", "女", "男性", "女性", "大人", "学生", "人間", "自分",
                         "春", "夏", "秋", "冬", "日本", "田舎", "先生", "職人", "プロ"})


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
    (次の会長は坂梨さんらしい、と聞いた) the name is what was heard."""
    prev = tokens[i - 1] if i else None
    if prev is None or prev.surface not in _PERSON_SUFFIXES or tokens[i].lemma != "らしい":
        return False
    if not _noun_phrase_follows(tokens, i):
        return False
    return not any(t.start >= lo and t.surface in ("は", "が") and _pos(t).startswith("助詞")
                   for t in tokens[:i - 1])



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
    _, hi = doc.sentence_at(tokens[i].start)
    return not any(t.surface in ("は", "が") and _pos(t).startswith("助詞")
                   for t in tokens[k:] if t.start < hi and t is not tokens[i])


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
    after = lazy_regex.compile(r"(?:い|か)?" + _CONCESSIVE_DOUBLING + r"[^。、!?！？\n]{0,8}?" + re.escape(word) + "らし")
    before = lazy_regex.compile(re.escape(word) + r"らし(?:い|か)" + _CONCESSIVE_DOUBLING + r"[^。、!?！？\n]{0,8}$")
    return after.match(text, token.end) is not None \
        or before.search(text, max(0, noun.start - len(word) - 20), noun.start) is not None


@validator("hearsay_rashii", scope="paragraph", needs=(_RASHII_LETTERS,))
def hearsay_rashii(doc):
    # Every finding is at such a token, or at ら + しか (see _rashika_suffix_end).
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
            if prev_pos.startswith("代名詞") or prev.surface in _ADJECTIVE_STEMS:
                continue
            # 春らしい陽気 (attributive before a noun) reads as "typical of";
            # so does Kumamoto 春らしか陽気 (らし + か, then the noun).
            following = nxt
            if token.lemma == "らし" and nxt is not None and i + 2 < len(tokens) and tokens[i + 2].start == nxt.end:
                following = tokens[i + 2]
            if after_noun and following is not None and following.start == (token.end if following is nxt else nxt.end) \
                    and _pos(following).startswith("名詞"):
                continue
            lo, _ = doc.sentence_at(token.start)
            if after_noun and _DEGREE_BEFORE_TYPICAL.search(doc.text, max(lo, prev.start - 12), token.end):
                continue
            if after_noun and _ACT_TYPICAL_OF_NOUN.search(doc.text, max(lo, token.start - 24), token.start):
                continue
            if _typical_of_person(doc, tokens, i, lo) or _typical_of_kind(doc, tokens, i, lo):
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



# -- the words for a rumour, unless the draft warns against rumours ----------------
_RUMOUR_NOUNS = frozenset({"噂", "うわさ", "ウワサ", "噂話", "うわさ話", "ウワサ話", "未確認", "予言"})
_RUMOUR_READINGS = frozenset({"ウワサ", "ウワサバナシ"})
_RUMOUR_LETTERS = lazy_regex.compile(r"噂|うわさ|ウワサ|未確認|予言")
# Denial vocabulary shared by 5.6.4 (_WARNS_OFF_RUMOURS) and 6.2 (_DENIAL), so
# the two items always agree on what counts as the writer saying "untrue".
# 事実/予定/決定… は(一切)ありません: nothing of the kind exists or was decided.
_NOTHING_OF_THE_KIND = (r"(?:事実|予定|計画|決定|方針)(?:は|も)(?:一切|全く|まったく|現在|今のところ)?"
                        r"(?:ありません|ございません|ない(?![かの])|無い(?![かの])|なく|なか(?!ろう))")
# 事実/被害… は確認されていません: the office found nothing of what is claimed.
_NOT_FOUND_TO_BE_SO = (r"(?:事実|被害|事態|事故|崩落|倒壊|損壊)(?:は|も)(?:一切|全く|まったく|現在|現時点で|今のところ)?"
                       r"確認(?:されて|できて|が取れて|がとれて|でき)(?:い|お)?(?:ません|ない|りません|ず|ておりません)")
# Counter-speech: a text that teaches readers not to be swayed by rumours
# (噂に振り回されないために, 根拠のない話, 出どころを確かめる, うのみにしない)
# names rumours to warn about them, in any of its sentences, not to spread one.
_WARNS_OFF_RUMOURS = lazy_regex.compile(
    r"(?:噂|うわさ|ウワサ|デマ|話|情報)(?:に|には|にも)(?:は|も)?(?:振り回され|ふりまわされ|踊らされ|惑わされ|まどわされ)"
    r"(?:ない|ず|ません|ること(?:も|は)?(?:少な|な))"
    r"|根拠の(?:ない|無い)(?:話|噂|うわさ|情報|デマ)"
    r"|(?:情報の)?(?:出どころ|出所|でどころ|情報源|発信元)を(?:確かめ|確認|調べ)"
    r"|(?:うのみ|鵜呑み)に(?:せず|しない|しないで|してはいけ)"
    # the rumour denied (〜という噂がありますが、そのような事実はありません /
    # そのような決定はありません): the demonstrative points back at the rumour
    # (a bare 予定はありません anywhere in the draft says nothing of one)
    r"|(?:その|そのような|その様な|そういった|そうした)" + _NOTHING_OF_THE_KIND +
    # そのような事実は確認されていません / 倒壊などの被害は確認できていません:
    # the office found nothing of what the post claims (a denial, said carefully)
    r"|(?:その|そのような|その様な|そういった|そうした)?" + _NOT_FOUND_TO_BE_SO +
    r"|事実無根")


@once_per_draft
def _draft_warns_off_rumours(draft) -> bool:
    return any_line_matches(draft, _WARNS_OFF_RUMOURS)


def _warns_off_rumours(draft, start: int, end: int) -> bool:
    return _draft_warns_off_rumours(draft)


@validator("rumour_noun", scope="paragraph", needs=(_RUMOUR_LETTERS,), facts=_warns_off_rumours)
def rumour_noun(doc, warns_off_rumours):
    """噂 / うわさ話 / 未確認 / 予言 as nouns, except in a draft that warns its
    readers against rumours (then every mention is the warning's)."""
    if warns_off_rumours:
        return
    for token in doc.tokens:
        if not _pos(token).startswith("名詞"):
            continue
        if token.surface in _RUMOUR_NOUNS or token.lemma in _RUMOUR_NOUNS or token.normalized in _RUMOUR_NOUNS \
                or token.reading in _RUMOUR_READINGS:
            yield token.start, token.end


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


# -- hearsay and conjecture closing a clause ----------------------------------

# What may follow the marker at the end of a clause: nothing, punctuation, a
# sentence-final particle (よ/ね/さ/な), or 話/噂 (〜って話).
_CLAUSE_END_PARTICLES = {"よ", "ね", "さ", "な", "わ", "ぞ", "ぜ", "の", "か", "よね", "けど", "けれど", "し", "から"}
_HEARSAY_NOUNS = {"話", "噂", "うわさ", "こと"}


# The markers hearsay_final looks at, by surface.
_FINAL_SURFACES = frozenset({"って", "たって", "か", "みたい", "っぽい", "とっ"})


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


# ってこと as the writer's own restatement or inference, not news passed on:
# 〜ってことですね？ / 〜ってこと？ / 〜ってことよね (a reply checking what someone
# meant).  〜ってことです。, 〜ってこと。 and 〜ってことは stay hearsay (熊が出た
# ってことは、 passes the news on before drawing from it).
_RESTATING_TTE = lazy_regex.compile(
    r"こと(?:(?:です|だ|でしょう?|やろ|じゃん|やん)?(?:よね|ね|か|かな|かね|な)?[?？]"
    r"|(?:です|だ|でしょう?|やろ)?(?:よね|ね)(?![ぇえー]))"
)
# What may stand before the head noun of a topic phrase (相談って、/ 避難所って、):
# nothing, punctuation, の, an adnominal, or a verb or adjective modifying it.
_TOPIC_NOUN = ("名詞", "代名詞", "接尾辞-名詞的")


def _topic_tte(tokens: list, k: int) -> bool:
    """って marking a topic noun phrase, followed by a comma and a comment on it
    (障害のある人の相談って、時間がかかる / 市の窓口って、いつも混んどる), the
    colloquial は.  Never a noun with its own arguments (明日から断水って、
    / 明日は休校って、), which reports what was said."""
    if k + 2 >= len(tokens) or tokens[k + 1].surface not in ("、", ",", "，") or tokens[k + 1].start != tokens[k].end:
        return False
    if _pos(tokens[k + 2]).startswith(("補助記号-句点", "空白")):
        return False
    j = k - 1
    if j < 0 or not _pos(tokens[j]).startswith(_TOPIC_NOUN):
        return False
    while j >= 0 and _pos(tokens[j]).startswith(_TOPIC_NOUN + ("接頭辞",)):
        j -= 1
    if j < 0:
        return True
    before = tokens[j]
    pos = _pos(before)
    if pos.startswith(("補助記号", "空白", "連体詞")):
        return True
    if pos.startswith("助詞-格助詞") and before.surface == "の":
        return True
    return pos.startswith(("動詞", "形容詞", "助動詞")) and "連体形" in pos


# Paragraph scope: the marker, the predicate before it and the auxiliaries
# after it all lie in one sentence.  (No need: か of かも is too common a
# letter to rule a text out.)
# @yamaga_taro 断水の連絡遅いって？: in a reply, 〜って？ echoes the
# addressee's own words back as a question; it passes nothing on.
_REPLY_HEAD = lazy_regex.compile(r"\s*(?:[@＠][A-Za-z0-9_]{1,20}\s*)+")
_ECHO_MARK = lazy_regex.compile(r"[?？]")


def _ECHOED(doc, t) -> bool:
    if not _ECHO_MARK.match(doc.text, t.end):
        return False
    lo, _ = doc.sentence_at(t.start)
    return _REPLY_HEAD.match(doc.text, lo) is not None


@validator("hearsay_final", scope="paragraph")
def hearsay_final(doc):
    """A clause closed by hearsay or conjecture, found by part of speech:
    quotative って (出たって。/ 危ないんだって / 痩せるって話, never the
    te-form 帰って！), とか (治るとか。), みたい (あったみたい), っぽい
    (落ちたっぽい) and かも (来るかも, never the polite かもしれません).
    The rule that uses it decides which topics make this a rumour."""
    tokens = doc.tokens
    for k, t in enumerate(tokens):
        if t.surface not in _FINAL_SURFACES:
            continue  # (most tokens: no part of speech to look up)
        pos = _pos(t)
        end = t.end
        if t.surface == "って" and pos.startswith("助詞"):
            hit = _closes_clause(tokens, k) and not _topic_tte(tokens, k) \
                and not _RESTATING_TTE.match(doc.text, end) and not _ECHOED(doc, t)
        elif t.surface == "たって" and pos.startswith("助詞-接続助詞"):
            # 出たってさ / 出たってよ: hearsay only before a final particle.
            hit = k + 1 < len(tokens) and tokens[k + 1].start == end and tokens[k + 1].surface in ("さ", "よ")
        elif t.surface == "か" and pos.startswith("助詞-副助詞") and k >= 1 and tokens[k - 1].surface == "と" \
                and tokens[k - 1].end == t.start and k >= 2 and not _pos(tokens[k - 2]).startswith(("名詞", "代名詞")):
            # 下がるとか。 (reported speech), not 犬とか猫 (listing nouns).
            hit = _closes_clause(tokens, k)
        elif t.surface == "か" and pos.startswith("助詞-副助詞") and k + 1 < len(tokens) \
                and tokens[k + 1].surface == "も" and tokens[k + 1].start == end:
            end = tokens[k + 1].end
            hit = _closes_clause(tokens, k + 1)
        elif t.surface == "みたい" and pos.startswith("形状詞-助動詞語幹"):
            # あったみたい。/ あったみたいです, not 進んでるみたいで心配 (a
            # clause that goes on to the writer's own feeling; 僕みたいな新人, a
            # likeness before a noun).
            # (the な of みたいな is the copula's 連体形, not the final particle な)
            attributive = k + 2 < len(tokens) and tokens[k + 1].lemma == "だ" and "連体形" in _pos(tokens[k + 1]) \
                and tokens[k + 2].start == tokens[k + 1].end and _pos(tokens[k + 2]).startswith(("名詞", "代名詞", "接頭辞")) \
                and tokens[k + 2].surface not in ("感じ", "話", "噂", "うわさ", "こと", "雰囲気")  # 〜みたいな話 stays hearsay
            hit = not attributive and (_closes_clause(tokens, k) or (
                k + 1 < len(tokens) and tokens[k + 1].lemma in ("だ", "です") and "連用形" not in _pos(tokens[k + 1])))
            if hit:
                end = _with_auxiliaries(doc, end)
        elif t.surface == "っぽい" and pos.startswith("接尾辞") and k >= 1 and _pos(tokens[k - 1]).startswith("助動詞"):
            # 落ちたっぽい (after a verb phrase), not 子どもっぽい (after a noun).
            hit = True
        elif t.surface == "とっ" and t.lemma == "とる" and k >= 1 and k + 1 < len(tokens) \
                and tokens[k + 1].surface == "て" and tokens[k + 1].start == end and tokens[k - 1].end == t.start \
                and _ends_predicate(tokens[k - 1]):
            # Kumamoto 〜とって (= 〜んだって): 続いたとって / 出るとって, which
            # Sudachi reads as the verb とる; 写真とって (after a noun) and
            # 待っとって (after a te-stem) are taking and waiting.
            end = tokens[k + 1].end
            hit = _closes_clause(tokens, k + 1)
        else:
            continue
        if not hit or k == 0:
            continue
        lo, _ = doc.sentence_at(t.start)
        # とか: walk back from と, which would otherwise stop the walk.
        anchor = k - 1 if t.surface == "か" and tokens[k - 1].surface == "と" else k
        # Kumamoto 〜とって read as と + って (閉まるとって。): walk back from と too.
        if t.surface == "って" and k >= 2 and tokens[k - 1].surface == "と" and tokens[k - 1].end == t.start \
                and tokens[k - 2].end == tokens[k - 1].start and _ends_predicate(tokens[k - 2]):
            anchor = k - 1
        start = _predicate_start(doc, lo, tokens, anchor)
        if start < tokens[anchor].start:
            yield start, end
    # Kumamoto hearsay and seeming: 閉まるげな (= そうだ), 来るごたる (= みたい).
    text = doc.text
    for m in _KUMAMOTO_FINAL.finditer(text):
        lo, _ = doc.sentence_at(m.start())
        start = _clause_start(text, lo, m.start())
        if start < m.start():
            yield start, m.end()


# The household itself told the writer: a spouse the writer drank or talked
# with (奥さんと飲んだけど、/ ご主人とお茶した時に), or the person in question
# (本人から相談された / ご本人に直接聞いた).  A private matter known first-hand is
# a privacy question (5.3), not a rumour; ママ友と飲んだ / 友達に聞いた stay hearsay.
_TOLD_BY_THE_HOUSEHOLD = lazy_regex.compile(
    r"(?:奥さん|奥様|ご主人|旦那さん|旦那様)と[^。!?！？\n、]{0,4}?(?:飲ん|飲み|呑ん|話し|喋っ|しゃべっ|会っ|お茶|ランチ|食事|ご飯|電話)"
    r"|(?:ご)?本人(?:から|に|が|と)[^。!?！？\n、]{0,4}?(?:聞|相談|話|言われ|打ち明け|教えて|直接)"
)


@once_per_draft
def _household_told_the_writer(draft) -> bool:
    # Line by line, remembered per line: facts are asked for every paragraph
    # at every check, and a search of the whole draft each time cost a
    # 20,000-character re-check ~130 ms.  (No match crosses a line break.)
    return any_line_matches(draft, _TOLD_BY_THE_HOUSEHOLD)


def _told_by_the_household(draft, start: int, end: int) -> bool:
    return _household_told_the_writer(draft)


@validator("hearsay_final_second_hand", scope="paragraph", facts=_told_by_the_household)
def hearsay_final_second_hand(doc, told_by_the_household):
    """hearsay_final, unless the draft says the household itself told the
    writer (for rumours about a household's private life)."""
    if told_by_the_household:
        return
    yield from hearsay_final(doc)


def _ends_predicate(token) -> bool:
    """A verb, adjective or auxiliary in its final/attributive form (続いた,
    出る, 高か), the end of a predicate a quotative may follow."""
    pos = _pos(token)
    if pos.startswith("助動詞"):
        return not pos.endswith(("連用形-一般", "連用形-促音便", "連用形-イ音便"))
    return pos.startswith(("動詞", "形容詞")) and ("終止形" in pos or "連体形" in pos)


# げな / ごたる after a verb, adjective or auxiliary ending (る, た, い, ん,
# だ, Kumamoto adjective か: 危なかごたる, honorific 〜す: 帰っとらすげな,
# 行かすげな), closing the clause: never 嬉しげな顔 (げ of an adjective stem
# before a noun), 食べたかごたる (a wish) nor すげな (slang for すごいな).
# An emoji or bracket after it closes the clause as a 。 does (捕まっとらんげな😱).
_KUMAMOTO_FINAL = lazy_regex.compile(
    r"(?:(?<=[るたいんだう])|(?<=[うくすつぬむるぐぶたいん]と)|(?<=[^た]か)|(?<=[かさたなまらわ]す))(?:げな|ごたる|ごたっ(?:た|と)|ごた)(?=[。、,!?！？\s]|$|よ|ね|ばい|ぞ|けん|ー|[^\w])"
)


# -- a rumour and the person it came from ------------------------------------

# After the quotative: who said it (近所のおばちゃんが, 知り合いから), then the
# verb of saying or hearing, in standard or Kumamoto forms (言いよった, 言うとった).
_SAID_BY = lazy_regex.compile(
    r"[、,\s]?(?:[^。!?\n、]{0,14}?(?:が|から|に))?"
    r"(?:言って(?:た|ました|る|います|いた)|言いよ(?:った|る|ります|らした)|言っとった|言うとった|言っとらした|言いよんな(?:った|はった)|"
    r"聞いた|聞きました|聞いて(?:る|います)|話して(?:た|る|いた)|話しよ(?:った|る)|話しとった|話しとる|噂しとった|噂しよった)"
)


# 「〜」って言ってる人 / 〜と言っている方: the verb of saying modifies the
# people who say it, a reply to them, not the writer passing their word on.
_SAYERS_NAMED = lazy_regex.compile(r"(?:人|方|奴|やつ|ヤツ|連中|輩|皆さん|みなさん|みんな)(?!から|に聞|が言|の話)")


# Paragraph scope: the quote and the verb of saying must share a sentence.
@validator("hearsay_reported", scope="paragraph", needs=(_SAID_BY,))
def hearsay_reported(doc):
    """A rumour passed on with its teller: 危ないって、知り合いが言ってた /
    クマが出たって近所のおばちゃんが言いよった / 休校になると聞きました.
    The span runs from the start of the reported clause to the verb of
    saying, so the author sees both what is passed on and whose word it is.
    と counts only after a predicate (友達と話してた is company, not a quote)."""
    text, tokens = doc.text, doc.tokens
    for k, t in enumerate(tokens):
        if t.surface not in ("って", "たって", "と"):
            continue
        pos = _pos(t)
        if t.surface in ("って", "たって") and pos.startswith("助詞"):
            pass
        elif t.surface == "と" and pos.startswith("助詞-格助詞") and k >= 1 \
                and _pos(tokens[k - 1]).startswith(("動詞", "助動詞", "形容詞")):
            pass
        else:
            continue
        m = _SAID_BY.match(text, t.end)
        if not m or k == 0:
            continue
        lo, hi = doc.sentence_at(t.start)
        if m.end() > hi or _SAYERS_NAMED.match(text, m.end()):
            continue
        start = _clause_start(text, lo, tokens[k - 1].start if t.surface != "たって" else t.start)
        if start < t.start:
            yield start, m.end()


# -- staff guessing about the city's administration ---------------------------

# Words that make a sentence about the city's administration.  Kept to the
# things a reader would take as "the city has decided/will do".
# (市の before a masked staff word, 市の職員として, says who writes: no topic.)
_ADMIN_TOPIC = lazy_regex.compile(
    r"(?:市役所|市政|市長|市議会|議会|庁内|本庁|支所|[一-龥]{1,4}課|予算|条例|制度|規則|要綱|避難所|商品券|"
    r"避難指示|避難勧告|避難情報|工事|拡幅|改修|料金|使用料|手数料|[一-龥]{0,3}税|減免|補助金?|助成|手当|給付|交付|申請|届出|"
    r"ゴミ袋|ごみ袋|指定袋|収集|水道|下水|保育料?|給食|統合|閉校|廃校|人事|異動|採用|庁舎|公民館|"
    r"施設|体育館|(?:図書|利用|貸出|貸し出し)カード|図書館|プール|公園|道路|橋|病院|保育園|幼稚園|学校|センター|会館|ホール|完成|竣工|開館|財政|給料|給与|ボーナス|施設|花火|まつり|祭り|決行|延期|値上げ|値下げ|廃止|無料化|有料化|閉鎖|閉館|休館|移転|民営化|民間委託|委託|建て替え|建替|市民[一-龥ァ-ヶー]{1,5}|市営|市立|来年度|今年度|新年度|(?<!隣の)(?<!隣)(?<!他の)(?<!よその)(?<!別の)市の(?!_)|市内の?[^。]{0,6}(?:学校|施設|道路)|"
    # the city's services a resident asks staff about
    r"敬老|記念品|祝い金|ごみ|ゴミ|粗大|分別|資源物|回収|バス|路線|巡回|成人式|二十歳|つどい|式典|行事|イベント|会場|投票所|(?:期日前|郵便|不在者)投票|投票(?:日|用紙|入場券)|選挙|選管|窓口|受付|手続き|"
    r"[一-龥]{0,4}証明(?:書)?|医療費?|タダ|住民票|戸籍|マイナンバー|印鑑登録|(?<![一-龥])[一-龥]{1,3}届(?!け)|届け出|転入|転出|転居|郵送|提出|"
    r"定員|募集|抽選|締切|締め切り|(?<!賞味)(?<!消費)(?<!有効)期限|給付金|支援金|クーポン|学童|児童|子育て|介護|年金|国保|"
    r"保険料|市営住宅|八千代座|さくら湯|灯籠|道の駅|有料|無料|開催|中止|入札|発注|"
    # fees of the city's baths and halls, its check-ups, its broadcasts and schools
    r"始業式|終業式|修了式|入学式|卒業式|[1-3一二三]学期|入浴料|入館料|入場料|利用料|観覧料|駐車料|戸別|[一-龥]{0,2}(?:健診|検診)|防災(?:行政)?無線|就学援助|統廃合|"
    # the water the city supplies and its roads mended; the farm damage it
    # counts and the bounty it pays for game caught
    r"断水|給水|漏水|復旧|市道|舗装|補修|修繕|穴ぼこ|陥没|農作物被害|鳥獣被害|被害額|有害鳥獣|捕獲|報奨金|奨励金|"
    # the city's planning: zoning, its public inspection, land readjustment,
    # and the roads and interchanges it opens
    r"用途地域|都市計画|区画整理|縦覧|開通|インターチェンジ|スマートIC|バイパス|"
    # the city itself as the subject (山鹿市では〜使えなくなる, 市は〜もらえる)
    # and services the city runs (保険証, マイナカード, 一時預かり, 予防接種)
    r"(?:山鹿|(?<![一-龥]))市(?:では|は|が|で|も|として)|保険証|マイナ(?:ンバー)?カード|一時預かり|予防接種)"
)
# The writer works in the same building or office as the one they heard from
# (同じ庁舎だから多分ほんと, 同じ役場やけん間違いなか, 同じ庁舎で働く人).
_SAME_OFFICE = (r"同じ(?:庁舎|本庁|支所|役所|役場|市役所|職場|フロア)(?:内)?(?:だ|や|じゃ|なん)?(?:から|けん|ので|なので)"
                r"|同じ(?:庁舎|本庁|支所|役所|役場|市役所|フロア)(?:内)?(?:で働|に勤め|に(?:おる|いる)|の(?:[一-龥]{1,6}(?:担当|課|係)の)?(?:人|方|職員|同僚))")
# 職員 as the writer's word for themself; 職員の方 / 職員さん / 職員の皆さん
# is how a visitor speaks of the staff who showed them round.
# 職員番号 / 職員証 / 職員駐車場: a compound names a thing of the office's,
# not the writer.
# 女性職員に無理 / 若い職員を叱る / 職員たち: staff spoken of as others (an
# object, a plural), never the writer naming themself.
_STAFF_WORD = r"職員(?!の方|さん|の皆|の人(?!間)|[一-龥]|に(?!な)|を|たち|達|ども|ら(?![しい]))"
# How the writer names themself as staff (pieces of _INSIDER, in its order,
# and the whole of _STAFF_SELF).
_SELF_AT_WORK = (_STAFF_WORD + r"|市役所勤め|役所勤め|役場勤め|(?:市役所|役所|役場|支所)勤務|市役所に勤め|市役所で働|役所で働|役場で働|中の人|公務員|"
                 r"担当じゃ|担当では|担当外|"
                 # 広報なのにうろ覚え / 税務課やのに知らんかった: the writer's own post
                 r"(?:広報|広報担当|窓口担当|担当者?|[一-龥]{1,4}(?:課|係))(?:なのに|やのに|じゃのに|のくせに|やけんこそ)|"
                 # 担当にはあらねど / 担当に非ず: the same, in old-fashioned prose
                 r"担当に(?:は|て|も)?(?:あら|非ず|ござら)")
# 小職 / 当職: the humble "I" only an official writes.
_SELF_HUMBLE = (r"小職|当職|役所の人間|役場の人間|市の人間|内部の人間|"
                # 市役所の商工の人間として / 役場の福祉の者ですが: the office, then one's field
                r"(?:市役所|役所|役場)の[一-龥ァ-ヶー]{1,8}?の(?:人間|者|もん)(?:として|です|だ|や|じゃ|だけど|やけど|やけん|ばってん)")
# 中におる者の感覚やけど / 教育委員会におる身で言うと: where one works, said of oneself
_SELF_WHERE = (r"中に(?:おる|いる|居る)(?:者|もん|人間|身)|"
               # 会計課で支払いしてる私: the writer's own work in a section
               r"[一-龥]{1,4}課で[^。、!?\n]{0,10}?(?:して(?:い)?る|しとる|しよる|しちょる)(?:俺|私|僕|わし|うち|自分)|"
               # 商工観光部にいるから分かる: one's section or department vouched for
               r"[一-龥]{1,6}(?:課|部|局|室|係)に(?:いる|おる|居る|勤めて(?:い)?る|勤めとる)(?:から|けん|ので|し)(?:こそ)?(?:分か|わか|言え|いえ|知っ)|"
               # 選管におるけん / 給食センター勤めやけど: an office of the city's own
               r"(?:選管|選挙管理委員会|給食センター|保健センター|清掃センター)(?:に(?:おる|いる|居る|勤め)|勤め|で働)|(?:教育委員会|教委|委員会|事務局|市役所|役所|役場|支所|本庁|庁舎|[一-龥]{1,4}課)"
               r"に(?:おる|いる|居る|勤めとる|勤めてる|勤めている)(?:身|者|もん|人間)|"
               r"[一-龥]{1,4}課の(?:人間|者|もん)(?:です|だ|や|じゃ|ですが|だけど|やけど|やけん|ばってん|として)")
_SELF_AT_OFFICE = (r"(?:市役所|役所|役場|窓口)に(?:おる|いる|居る)(?:俺|私|僕|うち|自分|者|人間|身|(?:けん|から|ので)(?:分か|わか|言え|いえ|知っ|間違いな))"
                   r"|(?:支所|本庁)に(?:おる|勤めとる|勤めてる|勤めている)(?:俺|私|僕|わし|自分)|(?:うち|俺|私|僕|自分)も(?:市役所|役所|役場)に(?:おる|いる|居る)")
# 役場の者ですが / 市役所のもんやけど: the writer introduces themself.
_SELF_INTRODUCED = r"(?:市役所|役所|役場|支所)の(?:者|もん|モン)(?:です|だ|や|じゃ|ですが|だけど|やけど|やけん|として)"
# 税務課じゃないけど / 〇〇課の者ではありませんが: staff of another section.
_SELF_OTHER_SECTION = (r"[一-龥]{1,4}課じゃ|[一-龥]{1,4}課ではな|"
                       r"[一-龥]{1,4}課の(?:者|もん|人間|職員)(?:では|じゃ)(?:ない|なか|ありません|ござい)")
# The author presents as staff: a guess of theirs reads as the city's word.
_INSIDER = lazy_regex.compile(
    r"(?:" + _SELF_AT_WORK + "|" + _SELF_HUMBLE + "|" + _SELF_WHERE + "|"
    # 教育委員会で検討中: knows what a board is deliberating (as 庁内で調整中)
    r"(?:教育委員会|教委)で(?:は)?(?:いま|今|現在)?(?:検討|協議|調整|審議)(?:中|され|して|しとる|しよる)|"
    + _SELF_AT_OFFICE + "|" + _SELF_INTRODUCED + "|" + _SELF_OTHER_SECTION + "|"
    r"うちの課|庁内|"
    # 課の打ち合わせで…: a bare 課, named by nothing before it, is the writer's own
    r"(?<![一-龥ァ-ヶーA-Za-z])課(?:内)?の(?:打ち合わせ|打合せ|会議|ミーティング|朝礼)|"
    # 課の誰かが言いよった / 課の人から聞いた: a colleague of the writer's own section
    r"(?<![一-龥ァ-ヶーA-Za-z])課(?:内)?の(?:誰か|だれか|人|者|もん)(?:が|から|に)(?:言|聞|話|教え)|"
    # 総務の子が言うてた / 職場の企画の人から聞いた: a colleague named by an
    # office-only section (no 課; 市民の人 / 福祉の人 may be anyone, left out).
    r"(?:総務|人事|財政|企画|経理|管財|秘書|税務|会計|庶務|情報政策|危機管理|契約|出納)(?:課|係|部|担当)?の(?:人|方|子|子ら|先輩|後輩|同期|同僚|上司|課長|係長|偉いさん|偉か人)(?:から|に|が|も)"
    r"(?:聞い|聞き|言うて|言うと|言っ|言いよ|言よ|話し|教え)|"
    # 上の人から聞いた話だと: the writer's superiors at the office as the teller
    r"(?:上の(?:人|方)|上層部|幹部)(?:から|に)(?:聞い|聞き|言われ|教わ)|"
    # 役所におるけど / 役場におるばってん (Kumamoto おる: where one works; a
    # resident standing there now says 今市役所にいるけど, left out);
    # 市民課にいて思う / 税務課で働いて: a section of one's own.
    r"(?<!今)(?<!いま)(?:市役所|役所|役場|支所|窓口|教育委員会|教委)に(?:おる|おって)(?:けど|けれど|ばってん|けん|が|ので|から|し|んやけど|と)|"
    # 市役所おるけん (に dropped in speech)
    r"(?<![今ま一-龥])(?:市役所|役所|役場)(?:おる|おって)(?:けど|けれど|ばってん|けん|ので|から|んやけど)|"
    r"[一-龥]{1,4}課(?:に(?:いて|おって|おると|いると)(?:思|分か|わか|感じ)|で働|に勤め|に所属|に配属|勤務)|"
    # 市役所の中の話なので間違いない: the office vouched for as the source.
    r"(?:市役所|役所|役場|庁内|職場)の(?:中|内部)の話|"
    # 役場の中で回っとる話 / 庁内で出回ってる噂: talk going round inside the office
    r"(?:市役所|役所|役場|庁内|庁舎|職場|課内)(?:の(?:中|内部))?で(?:回っ|出回っ|流れ|広まっ|ささやかれ|囁かれ)(?:とる|てる|ている|ちょる|よる)(?:話|噂|うわさ)|"
    # 課長の言いよらした / 係長が話しよった: the teller is one's superior at the office.
    r"(?:課長|係長|部長|課長補佐|主査|所長)(?:の|が|も)(?:言いよ|言うと|言っと|言って|話しよ|話しと|話して|言わ|おっしゃ)|"
    # 同じ庁舎だから多分ほんと: the writer vouches for the teller as one who
    # works in the same building.
    + _SAME_OFFICE + "|"
    # 市役所にいると何となく分かる; 役所の先輩いわく: the writer works there
    r"(?:市役所|役所|役場)に(?:おる|いる|居る|勤めて(?:いる|る))と|(?:市役所|役所|役場|支所|本庁|庁舎|職場|庁内|課|部署|係)の(?:先輩|後輩|同期|同僚|部下|上司|課長|係長)|(?:同じ|隣の|別の|よその|うちの)(?:課|部署|係|班)の(?:人|方|先輩|後輩|同期|同僚)|"
    # 課は違うけど職場で聞いた話: a section of one's own, the office's talk
    r"(?:課|部署|係|担当|部局)(?:は|が)(?:違う|ちがう|別|違います)(?:けど|けれど|が|んですが|んだけど|ので|けん|から)|(?:職場|課内|係内|部内)で(?:聞い|聞き|耳に|小耳|噂|話題|言われ)|(?:うちの|同じ|隣の)(?:部署|係|班)(?!長)|"
    # 職場の感じだと / 庁内の空気的に: the office's mood as the grounds;
    # 役所の中でもそういう雰囲気: the mood inside, as one who is there
    r"(?:職場|庁内|課内|役所|役場|市役所)の(?:感じ|雰囲気|空気|様子)(?:だと|では|的に|から|を見)|"
    r"(?:職場|庁内|課内|役所|役場|市役所)の(?:中|内部)(?:で|では|でも|も)(?:そういう|そんな|その|そっちの)?(?:感じ|雰囲気|空気|流れ)|"
    # 【山鹿市公式】 / [市役所公式]: the post heads itself as the city's own account
    r"[【\[［〔](?:山鹿)?(?:市|市役所)(?:公式|広報)[】\]］〕]|"
    # 検討中の話なんで詳しくは言えません: knows a matter still inside and holds it back
    r"(?:検討|協議|調整|審議)中の(?:話|案件|段階|こと)(?:なので|なんで|やけん|だから|ですので|ですから|につき)|"
    # Knows what is being talked over inside: 内部で協議中の話ですが, 内々の話, まだ公表前やけど,
    # 非公開の会議で出た話 — the writer speaks from inside the office.
    r"(?:内部|内々|内輪|役所内|課内|部内)(?:で|の|では)?(?:もう|まだ)?(?:協議|検討|調整|審議|話し合|議論|相談|固ま|決ま)|内々の話|内々に|オフレコ|"
    r"非公開の(?:会議|会合|協議|打ち合わせ)|(?:まだ|正式には)?(?:公表|発表|公開)(?:前|されて(?:い)?ない|されとらん|してない)の?(?:話|段階|情報|内容|ですが|だけど|やけど|ばってん))"
)
# The writer names themself as staff (not only 庁内 / うちの課).
_STAFF_SELF = lazy_regex.compile(
    r"(?:" + "|".join((_SELF_AT_WORK, _SELF_HUMBLE, _SELF_WHERE, _SELF_AT_OFFICE, _SELF_INTRODUCED,
                       _SELF_OTHER_SECTION, _SAME_OFFICE)) + ")"
)
# With no word of being staff, the sentence must name the city's own business.
# (日課 / 賦課 / 放課後 end in 課 but name no section of the office.)
# 市のプレミアム商品券 (the city's), 臨時窓口を開ける / 休日開庁 (the counters
# the office opens) name the city's business as much as 〇〇課 does.
_OWN_BUSINESS = lazy_regex.compile(r"(?:市役所|市政|市長|市議会|予算|選管|選挙管理委員会|投票所|(?:期日前|郵便|不在者)投票|(?:市議|市長)選|給食(?:費|センター)|条例|制度|来年度|今年度|新年度|庁内|[一-龥]{1,4}(?<![日賦])課(?!題|程|外|後)"
                                   r"|(?<![都隣])(?<!隣の)(?<!他の)(?<!よその)(?<!別の)市の(?=[一-龥ァ-ヶ]|ごみ|ゴミ)|(?<![都隣一-龥])市(?:が|で)(?=[^。!?\n]{0,16}?(?:回収|収集|負担|支給|補助|助成|開設|実施|無料|有料|引き取|配布|配って|してくれ))|開館時間|休館日|開館日|収集日|貸(?:し)?出(?:し)?(?:上限|冊数|期間)|開庁|閉庁|防災(?:行政)?無線|(?:総合|集団|特定|乳児|乳幼児|がん)(?:健診|検診)|(?:健診|検診)の?(?:予約|枠|受付|日程)|用途地域|都市計画(?!的)|就学援助|支援センター|教育委員会|教委|統廃合|(?:臨時|休日|夜間|特設)(?:の)?窓口|窓口(?:を)?(?:開け|開設|延長|閉め))")
# Hedges that admit the details were not checked.
_UNCHECKED = lazy_regex.compile(
    r"(?:確認(?:は|も|が)?(?:して|できて|取れて|とれて|し|でき)(?:い|お)?(?:ない|ません|りません|らん|とらん|ちょらん|よらん|ておらず)|確認(?:は|も)?(?:せず|しないまま|取らずに)|未確認|"
    r"裏(?:は|も)?(?:取って|とって|取れて|とれて)(?:い|お)?(?:ない|ません|りません|らん)|裏取り(?:は|も)?(?:して|し)(?:い|お)?(?:ない|ません|りません|とらん)|うろ覚え|(?:職員|役所|役場|中の人|個人|俺|私|自分|勤務|勤め)の勘|勘(?:だ|や|じゃ)(?:けど|けん|から)|記憶(?:だけ)?(?:で書|頼り|が曖昧|があいまい)|根拠(?:は|も)?(?:勘|ない|なし|ありません|特に)|確証(?:は|も)?(?:ない|ありません)|ソース(?:は|も)?(?:ない|なし|ありません|俺|私|自分)|調べて(?:ない|いない|ません)(?:けど|が)|詳しくは(?:知ら|わから|分から|しら)|よく(?:知ら|わから|分から|しら)|よう(?:は)?(?:知ら|わから|分から|しら)|(?:担当|[一-龥]{1,4}課|係|部署)(?:じゃ|では)(?:ない|なか|ありません)(?:から|ので|けど|けん|し|ばってん)?[^。!?\n]{0,6}?(?:知ら|分から|わから|しら)|確かめ(?:てない|ていない|てません|ていません|とらん|ちょらん|ておらず|ずに)|知らんけど|聞いた話|庁内の雰囲気|雰囲気的に|確認してないけど|確認していませんが|未確認だけど)"
)
# Guesses that are phrases rather than single tokens.
_GUESS_PHRASE = lazy_regex.compile(
    r"(?:んじゃないか|んじゃない(?=[?？。!\n]|$)|(?<!いい)(?<!良い)(?<!よい)(?:ん|の)じゃない(?:です|でしょう)か|のではないか|じゃないかな|かもしれ|かも(?:[。!?!？\n]|$)|かもね|気が(?:する|します|しとる|しよる)|んだろう|だろう|"
    # と思われます hedges; 本物だと思われてる is what others believe (passive);
    # 〜と思われがちですが / と思われやすい: a common belief the writer corrects.
    r"と思われ(?!て|た|ちゃ|る(?:場合|方|時|とき|際|点|もの|こと)|れば|たら|がち|やす)|っぽい(?![ァ-ヶ一-龥])|みたい(?:だ|です|よ|[。!?\n]|$)"
    # hearsay passed on by an insider counts too (LABELS: both 5.6.4 and 6.2)
    r"|って噂|という噂|との噂|噂が|噂で|噂(?:だと|では|じゃ)|(?:って|と)(?:聞いた|聞きました|聞いて)|って話|という話|方向で進んで|方向らしい"
    # Kumamoto: 〜とやろ (= のだろう), 〜げな (hearsay), 〜ごたる (= みたい)
    r"|(?<=[うくすつぬむるぐぶたいん])とやろ|(?:(?<=[るたいんだう])|(?<=[うくすつぬむるぐぶたいん]と)|(?<=[かさたなまらわ]す))(?:げな|ごたる|ごたっ)"
    # the writer names the guess: 予想すると / 勘だと / 感覚だと / 雰囲気的に / 思うに
    r"|予想(?:する|では|だと|です|すると|として)|予測(?:する|では|だと)|推測(?:する|では|だと|です)|見込み(?:では|だと)|見立て|"
    r"勘(?:だと|では|で言うと|だけど)|感覚(?:だと|では|で言うと|やけど|だけど|ですが)|(?:の|な)感触(?:だと|では|で言うと|やけど|だけど|ですが|として)|"
    # Kumamoto じゃない(か): 通るっちゃない？ / なるっちゃないかな
    r"(?<=[うくすつぬむるぐぶたいだ])っちゃな(?:い|か|かろう|かろ)(?:かな|か|ですか)?(?=[?？。!\n〜~…]|$|[^\w])|肌感|雰囲気(?:的に|だと|から)|思うに|"
    # Kansai じゃない(か): いけるんちゃう？ / 無料なんちゃうかな / 開くんちゃいます？
    r"(?<=[うくすつぬむるぐぶたいだな])(?:ん|の)ちゃ(?:う|いま(?:す|せん))(?:か|かな|ん|の)?(?=[?？。!！\n〜~…、]|$|[^\w])|"
    # 休みであったと記憶しております / 私の理解では: memory, not a source.
    r"(?:と|って)記憶して|(?:と|って)記憶(?:が|し|に)(?:ある|あり|とる|とり|ちょる|ちょり|ござい)|記憶(?:では|によれば|によると|だと|が正しければ|違いでなければ)|"
    r"(?:私|小職|当職|自分|僕|俺|わたくし|わし|うち)の(?:理解|認識|解釈|覚え)(?:では|だと|としては|によれば)|"
    # ほぼ間違いない vouches for a forecast; ほぼ決まり / ほぼ確定 alone report
    # where a plan stands (6.1): a guess only with a marker of its own
    # (ほぼ決まりじゃないかな, ほぼ確定らしい).
    r"ほぼ間違いな|濃厚|(?<!案が)(?<!案は)(?<!案も)(?<!最)有力"
    # 買えるとか。/ 変わるとか…: hearsay passed on by a sentence-final とか
    r"|(?<=[うくすつぬむるぐぶいた])とか(?:なんとか|何とか)?(?=[。.!?！？\n…]|$)"
    # 使えんくなるって別の課の人から聞いた: the teller between って and 聞いた
    r"|って[^。、!?！？\n]{1,12}?(?:から|に)聞(?:い|き)"
    # 売却されると、水道局OBの方から伺いました: the teller after と and a comma
    r"|(?<=[うくすつぬむるぐぶたいだ])と[、,][^。、!?！？\n]{1,16}?(?:から|に)(?:伺|聞(?:い|き))"
    # 届くんじゃなかったっけ / 無料だったっけ: a memory the writer doubts
    r"|(?:ん|の)?じゃなかった(?:っけ|か(?=[?？。!\n]|$))|(?<!何)(?<!なん)(?:だ|た|やった|じゃった)っけ"
    # 間違いないかと👍 / 変わるかと。: the keigo hedge cut short (〜かと思います)
    r"|(?<=[いるただ])かと(?=[。!?！？\n…]|$|[^\w、])"
    # keigo hearsay: 〜とのことでございます / との話を耳にいたしました / と伺って
    r"|との(?:こと|話)|と伺|(?:を|と)耳に(?:し|いた|挟))"
)
# Opinions and norms (出すべき / 目指すものじゃない) judge; they do not guess at facts.
# 適当で十分だと思う / 手書きで事足りると思う: what is enough, a norm too.
_OPINION = lazy_regex.compile(r"(?:べき|方がいい|ほうがいい|方が良い|方がよい|ほうが良い|もの(?:じゃ|では)な|もんじゃな|で(?:十分|じゅうぶん|事足り|こと足り))")
# A preference weighed (入れない方がトラブルが少ないと思う, 早めた方が混まない)
# or a view owned as the writer's own (本音を言うと, 個人的には): opinions,
# not guesses at what the city does.
_PREFERENCE = lazy_regex.compile(r"(?<=[いるたなだ])(?:方|ほう)が|本音(?:ですが|だけど|では|を言うと|言うと|を言えば|で言うと|を言わせて)|個人的(?:には|な意見)|私見(?:ですが|では)")
_PREFERENCE_REACH = 24  # the weighing stays inside the clause before と思う
_EVALUATIVE = {"いい", "良い", "よい", "すごい", "凄い", "ひどい", "酷い", "おかしい", "素晴らしい", "悪い",
               "面白い", "嬉しい", "うれしい", "楽しい", "ありがたい", "偉い", "えらい", "残念"}
# 決まったら驚くと思う: a guess at people's reaction, not at the city's business.
# 公式って名乗っとけばみんな信じるやろ / 騙されると思う: how people will take
# something, not what the city does.
_REACTIONS = {"困る", "助かる", "驚く", "喜ぶ", "びっくり", "感動", "楽しむ", "がっかり", "怒る", "笑う", "ウケる", "うける",
              "信じる", "信用", "疑う", "騙す", "だます", "気付く", "気づく", "納得", "引っ掛かる", "引っかかる", "ひっかかる",
              # 誰も知らないはず: what people know; バレんやろ / 見つからんやろ: hoping
              # not to be caught, not a guess at the city's business
              "知る", "バレる", "ばれる", "見つかる", "捕まる"}
_PASSIVES = {"れる", "られる"}


def _reaction_before(tokens: list, k: int) -> bool:
    """The predicate just before token k is a reaction, passive or not
    (信じる / 騙さ|れる)."""
    j = k - 1
    # over the passive and the negative (騙さ|れる, 疑わ|ん) and the verb of
    # a noun reaction (びっくり|する)
    while j >= 1 and k - j <= 3 and (tokens[j].lemma in _PASSIVES or tokens[j].lemma in ("ない", "ん", "ぬ", "ず", "む", "する", "とる", "ちょる")):
        j -= 1
    if j >= 0 and tokens[j].lemma in _REACTIONS:
        return True
    # 驚く人多いと思う / 困る方もおると思う: how many will react.
    # (8 tokens: 知っ|と|る|人|は|ほとんど|おら|ん)
    return k >= 1 and _MANY_REACT.search("".join(t.surface for t in tokens[max(0, k - 8):k])) is not None


# 知ってる人少ないはず / 気づく人はおらんやろ: how many know a thing (a secret's
# reach), not the city's business.
_MANY_REACT = lazy_regex.compile(
    r"(?:知って(?:い)?る|知っとる|知っちょる|気づいて(?:い)?る|気付いて(?:い)?る|気づく|気付く"
    # (知らない人が多いはず: the same reach said from the other side)
    r"|知らない|知らん|知らなか|気づいて(?:い)?ない|気付いて(?:い)?ない|気づかない|気付かない)(?:人|者|もん|職員|方)(?:は|も|が)?(?:少な|ほとんど|おら|いな|多)[^一-龥]{0,3}$|"
    r"(?:驚く|びっくりする|喜ぶ|困る|怒る|戸惑う|がっかりする|助かる)(?:人|方|ひと)(?:が|も|は)?(?:多い|多か|おる|いる|出る|出て)[^一-龥]{0,3}$")
# The copula in its conjectural form after a predicate (なるやろう, 来るじゃろ,
# なるっちゃろ); だろう itself is in _GUESS_PHRASE.
_CONJECTURE_COPULAS = {"や", "じゃ", "っちゃ", "ちゃ"}
_GUESS_ADVERBS = {"たぶん", "多分", "おそらく", "恐らく", "たしか", "確か", "きっと", "もしかしたら", "ひょっとしたら"}


_COMPARED = {"以上", "より", "ほど", "通り", "とおり", "程"}
_PAST_BELIEF = lazy_regex.compile(r"(?:って|て)(?:い)?た(?!ら)|っとった|っちょった|いた(?!ら)")
# What something is worth, or what an effort will lead to, before と思う.
_VALUE_JUDGEMENT = lazy_regex.compile(
    r"(?:良さ|よさ|魅力|強み|醍醐味|特権|やりがい|やり甲斐|大切|大事|必要|重要|素敵|すてき|幸せ|財産|宝|喜び|楽しみ|意義|価値|誇り|ありがたい|有難い|ならでは)"
    r"(?:な|の)?(?:こと|もの|もん|ところ|点)?(?:だ|です|や|じゃ|である)?$"
    r"|(?:につなが|に繋が|役に立|役立|に生か|に活か|に生き|励みにな|力にな|糧にな|ためにな|支えにな|助けにな|喜んでもら|喜ばれ)[ぁ-ん]{0,3}$"
)
_CONCERNS = {"大丈夫", "平気", "心配", "無事", "元気", "持つ", "もつ",
             # 不用心かな / 危なかかな: the writer's own worry (about security: 6.3.3)
             "不用心", "無用心", "物騒", "危ない", "危険", "まずい", "やばい", "ヤバい", "不安"}
# 不用心かなと思いつつ / 上がるかもと思いながら: a thought the writer has while
# doing something, told of themself, not a guess put to the reader.
_WHILE_THINKING = lazy_regex.compile(r"(?:な|ね)?(?:と|って)?思い(?:つつ|ながら)")
# 何言ってもよかと思っとる？ / 〜と思ってるんですか？: the reader's belief
# asked back (a rhetorical question), not the writer's guess.
_BELIEF_ASKED = lazy_regex.compile(
    r"(?:っ(?:て(?:い)?る|とる|ちょる|てん|とん)|い(?:ます|よる))(?:の|と|ん(?:です|だ|や)?|んですか|ですか|か|ん(?:か|ね))?[?？]")
_ABILITY_VERDICTS = {"無理", "不向き", "駄目", "ダメ", "だめ", "向く", "出来る", "できる", "務まる", "勤まる", "厳しい", "難しい"}
_PEOPLE_GROUP = lazy_regex.compile(
    r"(?:障がい|障害|外国人|外国の人|女性|女の人|女子|男性|男の人|(?:女|男)の[一-龥ァ-ヶー]{1,4}|高齢者|年寄り|お年寄り|若い(?:人|子|者)|若者|新人|子持ち|母親|"
    r"[一-龥ァ-ヶー]{1,6}(?:出身|生まれ|育ち))[^、。!?\n]{0,5}?(?:人|方|者|子|連中)?(?:には|に|は|って|じゃ|では)(?!向け)"
)
_CASE_NOUNS = {"方", "人", "場合", "時", "とき", "際", "点", "方々", "皆さん", "皆様", "瞬間"}
# A feeling about one's work or a place, before と思う.
_FEELING = lazy_regex.compile(
    r"(?:割に合わ|割りに合わ|報われ|やってられ|やっとられ|寂し|さみし|さびし|悲し|悔し|情けな|切な|虚し|むなし|申し訳な|"
    r"もったいな|かわいそう|可哀想|気の毒|理不尽|不公平|うんざり|嫌にな|いやにな|"
    # praise of a person's words or work: さすがだと思いました
    r"さすが|流石|見事|立派|頼もし)[^。、!?\n]{0,5}$")
# 〜してくれる人だと思う / 頼れる方です / 市議会に必要な人だと思う: what a person is like.
_OF_A_PERSON = lazy_regex.compile(r"[るいたしくな](?:人|方|人物|候補者?)(?:だ|です|や|じゃ|である)?$")


def _evaluative_head(tokens: list, j: int) -> bool:
    """The predicate ending at token j, under its auxiliaries and final
    particles (よかっ|た, いい|な), is an evaluative word."""
    while j > 0 and (_pos(tokens[j]).startswith("助動詞")
                     or (_pos(tokens[j]).startswith("助詞-終助詞") and tokens[j].surface in ("な", "ね", "なあ", "ねえ", "よ"))):
        j -= 1
    return j >= 0 and tokens[j].lemma in _EVALUATIVE


def _hypothetical(verb, after: list) -> bool:
    """思う in a conditional (思えば, 思ったら, 思うなら, 思っても) or before
    a noun of cases (思う方は, 思った時は)."""
    if "仮定形" in _pos(verb):
        return True
    for i, t in enumerate(after):
        if "仮定形" in _pos(t) or t.surface in ("ば", "なら", "ても", "たら", "でも"):
            return True
        # 窓口になっていると思うと身が引き締まる: a feeling, not a guess.
        if i == 0 and t.surface == "と" and _pos(t).startswith("助詞-接続助詞"):
            return True
        if t.lemma in _CASE_NOUNS and _pos(t).startswith("名詞"):
            return True
        if not _pos(t).startswith("助動詞"):
            break
    return False


# Letters every guess marker found by its tokens is written with: たぶん…
# (_GUESS_ADVERBS), はず, 思う, らしい, そう, and か + な (only blanks, which
# are no tokens, may come between).  A sentence without them is not walked.
_TOKEN_GUESS_LETTERS = lazy_regex.compile("|".join(sorted(_GUESS_ADVERBS)) + r"|どうせ|はず|筈|思|らし|そう|か\s*な|やろ|じゃろ|ちゃろ|でしょ"
                                          r"|って(?:[よねさわ]|話|噂|[^\w]|$)")


# What a quotative passes on must be a change the city makes (なる, 変わる,
# 上がる, 廃止, 有料 ...), not small talk (雨だって, おいしかったって).
_CHANGE_PREDICATE = lazy_regex.compile(
    r"なる|なり|なっ|なくな|変わ|変え|上が|上げ|下が|下げ|増え|増や|減|始ま|始め|終わ|廃止|中止|延期|有料|無料|値上|値下|"
    r"決ま|決定|閉ま|閉鎖|閉館|休館|移転|統合|民営化|建て替|なし|無し|なか|なく|でき|出来|使え|開か|開く|やめ|止め|見送"
    # a schedule moved (発送が1か月遅れる, 締切が延びる, 支給が早まる)
    r"|遅れ|延び|早ま|繰り(?:上|下)げ|ずれ込"
    # a city asset sold off or handed over (浄水場が民間に売却される)
    r"|売却|譲渡|払い下げ|民間委託|身売り"
    # a step waived or allowed (申込みせんでも出してよか, 届けは出さんでいい): a rule passed on
    r"|(?:て|で)(?:も)?(?:いい|よか|よい|良い|ええ|大丈夫|OK|かまわ|構わ)|(?:いら|要ら)(?:ん|ない)|不要"
)


# 被害は2億円超えとるって / 申請は300件を上回ったって: a figure passed on
# (an unchecked number about the city's business), not only a change.
_FIGURE_PASSED_ON = lazy_regex.compile(
    r"[0-9０-９一二三四五六七八九十百千万億][0-9,.万億千]{0,8}(?:円|件|人|頭|匹|羽|台|世帯|トン|ヘクタール|ha|%|％|倍)"
    r"(?:を|に|も|は)?(?:超|越|上回|下回|突破|達|届|割|以上|以下|近く|余り|あまり|ほど|くらい|ぐらい|程度|も)")


def _progressive_te(tokens: list, k: int) -> bool:
    """The って at k closes the Kumamoto progressive's て-form (進ん|ど|って、
    = 進んでいて、): a clause going on, not hearsay passed on."""
    prev = tokens[k - 1]
    return k >= 2 and prev.surface in ("ど", "と") and _pos(prev).startswith("助詞-接続助詞") \
        and prev.start == tokens[k - 2].end and _pos(tokens[k - 2]).startswith("動詞") \
        and not _plain_form(tokens[k - 2])


def _hedge_noun(tokens: list, k: int) -> bool:
    """たぶん|だ|けど / たぶん|です|が: Sudachi reads a guess adverb before the
    copula as a noun; it is the same hedge (たぶんだけど, たぶんやけど)."""
    return _pos(tokens[k]).startswith("名詞") and k + 1 < len(tokens) \
        and tokens[k + 1].lemma in ("だ", "です", "や", "じゃ") and tokens[k + 1].start == tokens[k].end


def _elongated_omou(tokens: list, k: int) -> bool:
    """思うー / 思う〜: the elongated 思う, which Sudachi splits as 思 + うー."""
    return tokens[k].surface == "思" and k + 1 < len(tokens) and tokens[k + 1].surface.startswith("う") \
        and tokens[k + 1].start == tokens[k].end


# 早よ異動してくれんかな / 来てくれないかな / 晴れてほしいかな: a wish, not a guess.
_WISH_BEFORE = lazy_regex.compile(r"(?:て|で)(?:くれ|もらえ|くれ)(?:ん|ない|へん|ません)$|(?:て|で)(?:ほしい|欲しい)$")


def _quotative_final(tokens: list, k: int) -> bool:
    """Token k is a quotative closing its clause, as hearsay_final reads it:
    上がるって。/ 上がるんだってよ / Kumamoto なくなるとって (とっ + て)."""
    t = tokens[k]
    if t.surface == "って":
        return k >= 1 and _pos(t).startswith("助詞") and _closes_clause(tokens, k) and not _progressive_te(tokens, k)
    if t.surface == "たって" and k >= 1:
        # 超えたってよ / 上回ったって。: Sudachi reads た + って after a verb as
        # the concessive たって; closing the clause it is the quotative.
        prev = tokens[k - 1]
        return prev.end == t.start and _pos(prev).startswith("動詞") and _closes_clause(tokens, k)
    if t.surface == "とっ" and t.lemma == "とる" and k >= 1 and k + 1 < len(tokens):
        nxt = tokens[k + 1]
        # 出してよかとって: Sudachi splits the Kumamoto よか (= いい) as てよ + か.
        kumamoto_yoka = tokens[k - 1].surface == "か" and k >= 2 and tokens[k - 2].surface.endswith("よ") \
            and tokens[k - 2].end == tokens[k - 1].start
        return nxt.surface == "て" and nxt.start == t.end and tokens[k - 1].end == t.start \
            and (_ends_predicate(tokens[k - 1]) or kumamoto_yoka) and _closes_clause(tokens, k + 1)
    return False


def _quotative_before_dropped(doc, tokens: list, k: int) -> bool:
    """Token k is the quotative って and an emoji was dropped right after it
    by normalisation: 値上げになるって🤔職員の間じゃ
    closes its clause though the normalized text runs on."""
    t = tokens[k]
    if t.surface != "って" or k < 1 or not _pos(t).startswith("助詞") or k + 1 >= len(tokens):
        return False
    return tokens[k + 1].start == t.end and _dropped_at(doc, t.end)


def _tte_before_dropped(doc, lo: int, hi: int) -> bool:
    """Some って in [lo, hi) has an emoji dropped right after it."""
    at = doc.text.find("って", lo, hi)
    while at >= 0 and at + 2 < len(doc.text):
        if _dropped_at(doc, at + 2):
            return True
        at = doc.text.find("って", at + 2, hi)
    return False


def _dropped_at(doc, pos: int) -> bool:
    """Normalisation dropped something (an emoji, a space) just before the
    character at `pos` of the normalized text."""
    return doc.norm.to_original(pos - 1, pos)[1] != doc.norm.to_original(pos, pos + 1)[0]


# 内示出た！課長、財政課に異動になるって: what an official notice says, passed
# on (a leak, 6.1), not a guess; the notice is named just before or in the sentence.
# 業者さんと交渉中で、見積もりが1,700万円まで下がったって: where a negotiation
# stands, passed on, is the same kind of leak (6.1 / 6.3.1).
_NOTICE_RELAYED = lazy_regex.compile(r"内示|辞令|交渉(?:中|しよる|しとる|して(?:い)?る)|見積(?:も|り)")
_NOTICE_REACH = 40


def _plain_form(token) -> bool:
    """The token is in its plain (終止形/連体形) form.  The そう of looks
    (降りそう, 減らされそう) follows the 連用形; after the plain form (書くそう,
    終わるそう) it is the そう of hearsay, whatever tag Sudachi gives it."""
    return len(token.pos) > 5 and token.pos[5].startswith(("終止形", "連体形"))


# 揉めるのが会計課らしい / さすが職人さんらしい: 〜らしい after a noun
# saying what is typical of it, not hearsay (来年から有料らしい; 〜のが決定らしい
# stays: a decision is no one to be typical of).
_TYPICAL_OF = lazy_regex.compile(
    r"(?:(?:の|ところ|とこ|あたり)(?:が|は|も)|さすが|いかにも|実に|なんとも)[^。、!?\n]{0,8}"
    r"(?<!決定)(?<!確定)(?<!予定)(?<!方針)(?<!方向)(?<!有力)(?<!濃厚)(?<!本当)(?<!事実)(?<!決まり)(?<!見込み)$")


def _guess_spans(doc, lo: int, hi: int):
    """(start, end) of each guess marker in the sentence [lo, hi)."""
    # (+10: a token starting in the sentence never runs past its end, but a
    # wider look costs nothing.)
    walk = _TOKEN_GUESS_LETTERS.search(doc.text, lo, hi + 10) is not None or _tte_before_dropped(doc, lo, hi)
    tokens = doc.tokens_between(lo, hi) if walk else ()
    for k, t in enumerate(tokens):
        pos = _pos(t)
        if t.surface in _GUESS_ADVERBS and (pos.startswith("副詞") or _hedge_noun(tokens, k)):
            yield t.start, t.end, "adverb"
        elif t.surface == "どうせ" and pos.startswith("副詞"):
            # どうせ来年度には直すでしょう / どうせ倍増するやろ: a dismissive
            # guess, but only with a conjecture after it (どうせなら is a wish).
            yield t.start, t.end, "dismissive"
        elif t.lemma in ("はず", "筈") and pos.startswith("名詞"):
            if _reaction_before(tokens, k):
                continue  # まだ誰も知らないはず: what people know or feel
            yield t.start, t.end, "final"
        elif (t.lemma == "思う" or _elongated_omou(tokens, k)) and k >= 1 and tokens[k - 1].surface in ("と", "って"):
            if _WHILE_THINKING.match(doc.text, t.start) or _BELIEF_ASKED.match(doc.text, t.end - 1):
                continue
            # 行きたいと思う / 頑張ろうと思う are intentions, not guesses.
            before = tokens[k - 2] if k >= 2 else None
            if before is not None and (before.lemma in ("たい", "う", "よう", "ほしい", "欲しい")
                                       or _pos(before).endswith("意志推量形")):
                continue
            # 足を運んでいただければと思います / 来てもらえたらと思う: a
            # conditional left open before と思う is a hope, not a guess.
            if before is not None and (before.surface in ("ば", "れば", "たら", "だら")) \
                    and _pos(before).startswith(("助詞-接続助詞", "助動詞")):
                continue
            # Kumamoto 大事にしてほしかと思う / 残してほしかなと思う: the stem
            # ほし + か (= ほしい) is a hope, read by Sudachi as a stem and a particle.
            wish = k - 2
            while wish > 0 and tokens[wish].surface in ("か", "な", "ね") and _pos(tokens[wish]).startswith("助詞") \
                    and k - wish <= 3:
                wish -= 1
            if wish < k - 2 and tokens[wish].lemma in ("ほしい", "欲しい", "たい"):
                continue
            # 怪しいと思ったら / おかしいと思えば / 変だと思う方は: a case put to
            # the reader (a warning notice), not the writer's guess.
            if _hypothetical(t, tokens[k + 1:k + 3]):
                continue
            # 本物だと思われてる / と思われた: what others believe (passive);
            # 出すだけと思われがち / 思われやすい: a common belief the writer corrects.
            after = tokens[k + 1:k + 3]
            if after and after[0].lemma in ("れる", "られる") and len(after) > 1 \
                    and (after[1].surface[:1] in ("て", "た", "ち", "で") or after[1].surface.startswith(("がち", "やす"))):
                continue
            # 思った以上に / 思ったより / 思ったとおり compare with an expectation.
            if any(a.surface in _COMPARED for a in tokens[k + 1:k + 3]):
                continue
            # 面倒だと思っていたことも / 上がると思ってたけど: a belief the
            # writer held before, not a guess put to the reader now.
            if _PAST_BELIEF.match(doc.text, t.end):
                continue
            # 障がいのある人に窓口は無理だと思う: a judgement of people (5.6.2),
            # not a guess at what the city will do.
            # (向いていない: back over ない, the auxiliary いる and its て)
            head = k - 2
            while head > 0 and (_pos(tokens[head]).startswith("助動詞")
                                or (tokens[head].lemma in ("いる", "居る", "おる") and "非自立" in _pos(tokens[head]))
                                or (tokens[head].surface in ("て", "で") and _pos(tokens[head]).startswith("助詞-接続助詞"))):
                head -= 1
            if head >= 0 and tokens[head].lemma in _ABILITY_VERDICTS \
                    and _PEOPLE_GROUP.search(doc.text, lo, tokens[k - 1].start):
                continue
            # 出すべきじゃないと思う / いいと思う are opinions, not guesses at facts;
            # 〜していけたらいいなと思います hopes, 〜してよかったと思う is a
            # feeling (the evaluative word under its た / な).
            window = doc.text[max(lo, tokens[k - 1].start - 8):tokens[k - 1].start]
            if _OPINION.search(window) or _evaluative_head(tokens, k - 2) or _reaction_before(tokens, k - 1):
                continue
            # 給料が割に合わないと思います / 寂しいと思う: a feeling; 〜届けて
            # くれる人だと思う: an opinion of a person (5.2), not the city's business.
            if _FEELING.search(doc.text, max(lo, tokens[k - 1].start - 12), tokens[k - 1].start) \
                    or _OF_A_PERSON.search(doc.text, max(lo, tokens[k - 1].start - 8), tokens[k - 1].start):
                continue
            # 宇宙人かと思った: a moment's surprise at someone, not a guess.
            if before is not None and before.surface == "か" and _pos(before).startswith("助詞-終助詞") \
                    and doc.text.startswith("た", t.end):
                continue
            # 支所ならではの良さだと思います / 何より大事だと思う: a value
            # judgement; 市役所づくりにつながると思っています: a hope of what
            # an effort brings, not a guess at what the city will do.
            if _VALUE_JUDGEMENT.search(doc.text, max(lo, tokens[k - 1].start - 12), tokens[k - 1].start):
                continue
            if _PREFERENCE.search(doc.text, max(lo, tokens[k - 1].start - _PREFERENCE_REACH), tokens[k - 1].start):
                continue
            # 居場所なのだと思います / 運んでくれるのだと思う: the explanatory
            # のだ is the writer's reading of what a thing means, a reflection;
            # a guess only with a guess adverb (たぶん遅くなったんだと思う).
            kind = "conjecture" if k >= 3 and tokens[k - 2].lemma in ("だ", "です") \
                and tokens[k - 3].surface in ("の", "ん") and _pos(tokens[k - 3]).startswith("助詞-準体助詞") else "final"
            yield tokens[k - 1].start, t.end + (1 if t.lemma != "思う" else 0), kind  # 思|うー: its う
        elif _is_rashii_aux(t, tokens[k + 1] if k + 1 < len(tokens) else None) \
                and not (k >= 1 and _pos(tokens[k - 1]).startswith("名詞")
                         and _TYPICAL_OF.search(doc.text, max(lo, t.start - 14), t.start)):
            # Kumamoto らし|か: the marker is らしか, its か included
            yield t.start, t.end + (1 if t.lemma == "らし" else 0), "final"
        elif t.surface == "らし" and t.lemma == "らしい" and k + 1 < len(tokens) and tokens[k + 1].start == t.end \
                and tokens[k + 1].surface.startswith("いー") and k >= 1 and tokens[k - 1].surface not in _LIKE_NOUNS:
            # お休みらしい〜？: the elongated らしいー, which Sudachi splits as
            # the suffix らし + いー.
            yield t.start, tokens[k + 1].end, "final"
        elif (_quotative_final(tokens, k) or _quotative_before_dropped(doc, tokens, k)) \
                and (_CHANGE_PREDICATE.search(doc.text, _clause_start(doc.text, lo, t.start), t.start)
                     or _FIGURE_PASSED_ON.search(doc.text, _clause_start(doc.text, lo, t.start), t.start)) \
                and not _NOTICE_RELAYED.search(doc.text, max(0, lo - _NOTICE_REACH), t.start):
            # Hearsay passed on about what the city will change: 有料になるんだって。/
            # なくなるとって (Kumamoto): an insider passing on hearsay about the
            # city is 6.2 too (LABELS).  給食おいしかったって is small talk.
            yield t.start, tokens[k + 1].end if t.surface == "とっ" else t.end, "final"
        elif t.surface == "そう" and k >= 1 and tokens[k - 1].end == t.start \
                and (pos.startswith("名詞-助動詞語幹") or (pos.startswith("形状詞-助動詞語幹") and _plain_form(tokens[k - 1]))) \
                and _pos(tokens[k - 1]).startswith(("動詞", "助動詞", "形容詞")) \
                and _CHANGE_PREDICATE.search(doc.text, _clause_start(doc.text, lo, t.start), t.start):
            # 伝聞の「そう」 passing on a change (終わるそうです, なくなるそうだ);
            # 市長が来るそうです is news of a visit, not of what the city does.
            yield t.start, t.end, "final"
        elif t.surface == "そう" and pos.startswith("形状詞-助動詞語幹") and k >= 1 \
                and _pos(tokens[k - 1]).startswith(("動詞", "助動詞")) and not _plain_form(tokens[k - 1]) \
                and not _SEEMED_AS_REASON.match(doc.text, t.end):
            # 来年やりそう / 減らされそう: a guess at what will happen; weak
            # (説明はまだ先になりそう) unless the writer says they are staff.
            yield t.start, t.end, "weak"
        elif t.lemma == "です" and pos.startswith("助動詞") and pos.endswith("意志推量形") \
                and k >= 1 and _pos(tokens[k - 1]).startswith(("動詞", "助動詞")) and not _reaction_before(tokens, k):
            # たぶん決まるでしょうね / おそらく延びるでしょう: the keigo だろう
            # after a verb; a guess only with a guess adverb (行けるでしょう？
            # seeks agreement, 大変だったでしょう sympathises).
            yield t.start, t.end, "conjecture"
        elif pos.startswith("助動詞") and pos.endswith("意志推量形") and t.lemma in _CONJECTURE_COPULAS \
                and k >= 1 and _pos(tokens[k - 1]).startswith(("動詞", "助動詞", "形容詞")):
            # だろう in the dialects: 週3日になるっちゃろ / なるやろう / なるじゃろ;
            # 困るやろうね guesses at people's reaction, not at the city's business.
            # 遅すぎやろ / 高すぎやろ: an exclamation of judgement, not a guess.
            if not _reaction_before(tokens, k) and tokens[k - 1].lemma not in ("すぎる", "過ぎる"):
                yield t.start, t.end, "final"
        elif t.surface == "か" and pos.startswith("助詞-終助詞") and k + 1 < len(tokens) and tokens[k + 1].surface == "な" \
                and k >= 1 and not _pos(tokens[k - 1]).endswith("意志推量形") and tokens[k - 1].lemma not in ("たい", "う", "よう"):
            # ほぼ確定かな / 上がるかな; 行こうかな is an intention; 経営大丈夫かな
            # worries about someone, it guesses nothing of the city's.
            if tokens[k - 1].lemma not in _CONCERNS and not _WHILE_THINKING.match(doc.text, tokens[k + 1].end) \
                    and not _WISH_BEFORE.search(doc.text, max(lo, t.start - 8), t.start):
                yield t.start, tokens[k + 1].end, "final"
    for m in _GUESS_PHRASE.finditer(doc.text, lo, hi):
        relayed = m.group().startswith(_RELAYED) or (m.group().startswith("と") and m.group().endswith("伺"))
        heard = m.group().startswith(_HEARD) or (m.group().startswith(("って", "と")) and m.group()[-2] == "聞")
        if (relayed or heard) and not _heard_of_the_city(doc.text, lo, m.start()):
            continue
        if m.group().startswith("みたい") and not _starts_a_word(doc, m.start()):
            continue  # 楽しみたい / 休みたい: a verb's stem and たい (a wish), not 〜みたいだ
        if relayed and _CHECKED.search(doc.text, lo, hi):
            continue  # 担当課に確認したところ、〜とのことです: a checked source
        yield m.start(), m.end(), "relayed" if relayed else "final"
    for m in _CLASSICAL_CONJECTURE.finditer(doc.text, lo, hi):
        yield m.start(), m.end(), "conjecture"
    for m in _UNCHECKED.finditer(doc.text, lo, hi):
        yield m.start(), m.end(), "hedge"
    for m in _VOUCHED.finditer(doc.text, lo, hi):
        # 職員やけん分かるけど、〜振り込まれるよ: a rule stated as fact on the
        # strength of being staff, nothing checked; it licenses a conjecture
        # as たぶん does (市役所勤めなので分かりますが、〜上がるでしょう).
        yield m.start(), m.end(), "vouched"


# 廃止と相成るべし / 延びるべく候: the classical conjectural べし closing a
# clause; like でしょう a guess only with a guess adverb (恐らく…べし), since
# べし also says what ought to be done.
_CLASSICAL_CONJECTURE = lazy_regex.compile(r"(?<=[うくすつぬむるぐぶ])べ(?:し|く候|く(?:存|ぞん)じ)(?=[。!?！？\n…、]|$)")


def _starts_a_word(doc, at: int) -> bool:
    words = doc.tokens_between(at, at + 1)
    return bool(words) and words[0].start == at


# 先輩がヴァイオリンで出演すると聞いて: what was heard is a person's own
# doing; passed on by staff it is 6.2 only when it names the city's business
# or a change (有料になると聞いた, 使用料、4月から半額と聞いた).
_HEARD = ("って聞", "と聞")
# Keigo relaying (〜とのことでございます, との話を耳にいたしました, と伺って):
# also how a checked answer is passed on (担当課に確認したところ〜とのこと),
# so it counts only when the writer presents as staff and names no check.
_RELAYED = ("との", "と伺", "を耳", "と耳")
_CHECKED = lazy_regex.compile(r"確認(?:した|しました|いたしました|したら|済み)|問い合わせ(?:た|まし|いたし)|によると|によれば|発表|公表")
_VOUCHED = lazy_regex.compile(
    r"(?:(?:職員|公務員|中の人|役所の人間|役場の人間|市役所勤め|役所勤め|役場勤め)(?:だ|や|な)?"
    # 市役所おるけん何となく分かる (Kumamoto: where one works, に dropped)
    r"|(?<!今)(?<!いま)(?:市役所|役所|役場)(?:に)?(?:おる|いる|居る|勤めとる|勤めてる))"
    r"(?:から|けん|ので)(?:こそ)?(?:なんとなく|何となく)?"
    # 中の人だからガチ情報 / 職員やけん確かな話: vouched for by being staff
    r"(?:分かる|わかる|分かります|わかります|言える|いえる|言えます|知っとる|知ってる|知っている|(?:ガチ|マジ|確か|確実|本当|ほんと|正確)(?:の|な)?(?:情報|話|ネタ))"
    # 〜通るよ。会計課で支払いしてる私が言うんだから: a claim vouched for by one's own work
    r"|(?:て(?:い)?る|とる|ちょる|よる)(?:俺|私|僕|わし|うち|自分)が言う(?:ん(?:だ|や|です))?(?:から|けん|けえ)")


def _heard_of_the_city(text: str, lo: int, at: int) -> bool:
    said = text[lo:at]
    if _CHANGE_PREDICATE.search(said):
        return True
    # 同僚が市民会館の演奏会に出ると聞いて: a person's doing, wherever it is.
    if _PERSON_DOES.search(said):
        return False
    return _ADMIN_TOPIC.search(_INSIDER.sub(_mask_insider, said)) is not None


_PERSON_DOES = lazy_regex.compile(
    r"(?:先輩|後輩|同僚|同期|上司|課長|係長|部長|友達|友人|知人|知り合い|娘|息子|妻|夫|嫁|旦那|母|父|家族|子ども|子供|孫|"
    r"[一-龥]{1,3}(?:さん|くん|君|ちゃん))(?:が|も|は)")


_CLAUSE_BREAK = lazy_regex.compile(r"[、,\s]|[^\w\u3000-\u30ff\u4e00-\u9fff]")


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Just after the last comma, space or symbol (emoji) before pos."""
    for i in range(pos - 1, lo - 1, -1):
        if _CLAUSE_BREAK.match(text[i]):
            return i + 1
    return lo


def _is_trailing_mark(ch: str) -> bool:
    return ch in "。、,.!?！？…〜~ー・" or bool(_CLAUSE_BREAK.match(ch))


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


# What the guess rests on, said by an insider: a colleague's word (財政課の人から
# 聞いたんだけど, 総務課の同期が言ってたけど), the office's common knowledge
# (職員の間ではもう常識), or the writer vouching as staff (中の人だから言うけど).
# Next to a guess it is evidence too; it also pulls in a guess in the sentence
# just before it (〜よくなるっぽいよ。環境課の雰囲気的に).
_INSIDER_GROUNDS = lazy_regex.compile(
    # (課の誰かが言いよった: a bare 課 is the writer's own; 誰か, a colleague unnamed)
    r"(?:(?:[一-龥]{1,4}|同じ|隣の|うちの|別の|よその)?課|庁内|役所|役場|市役所|職場|上司|課長|係長|部長|同期|同僚|先輩)(?:の)?"
    r"(?:人|方|同期|同僚|先輩|後輩|友達|知り合い|偉い(?:さん|人)|上の人|誰か|だれか)?(?:から|に|が)"
    r"(?:聞いた|聞いて|聞きました|言って(?:た|ました|る)|言いよ(?:った|る)|言っとった|話して(?:た|る))"
    r"(?:ん(?:だ|や)?けど|けど|けれど|が|話)?"
    r"|(?:職場|庁内|役所|役場|市役所|課内|部署)で(?:聞いた|聞きました|耳にした|小耳に挟んだ)(?:話|ん(?:だ|です|や)?(?:けど|が))?"
    r"|(?:上の(?:人|方)|お?偉(?:い)?さん|偉い(?:人|方)|幹部|上層部|上司|課長|部長|係長|局長|所長|先輩|同僚|同期)(?:の(?:人|方))?(?:たち|達|ら|連中|方|さん|クラス)?"
    r"(?:が|も|の間で)[^。、!?\n]{0,6}?(?:話しよ|話しと|話して|言いよ|言うと|言っと|言って|噂しと|噂しよ|噂して|しゃべっと|喋っと|しゃべりよ|喋りよ|しゃべって|喋って)"
    r"(?:った|た|る|ました|ます|いた|らした)(?:けど|けん|が|ん(?:だ|や)?けど)?"
    r"|(?:職員|庁内|役所|役場|市役所|課内|内部)(?:の間|内)?で(?:は)?(?:もう|とっくに)?(?:常識|有名|周知|みんな知って|噂|決まった話|決定事項)"
    r"|(?:[一-龥]{1,4}課|庁内|役所|役場|市役所|職場|部署|係)の(?:人|方|先輩|同期|同僚|上司|課長|係長)(?:いわく|曰く|の話では|の話だと)"
    r"|(?:市役所|役所|役場)に(?:おる|いる|居る|勤めて(?:いる|る))と(?:何となく|なんとなく|自然と|嫌でも)?(?:分かる|わかる|見えて|耳に入|入って)"
    r"|(?:職員|公務員|中の人|内部の人間|役所の人間|役場の人間)(?:だ|な|の)?(?:から|ので|やけん)(?:こそ)?(?:言う|いう|言える|いえる|分かる|わかる|教える|知って)(?:けど|が|と|ね|よ)?"
    # 中の人だからガチ情報: vouched for by being staff
    r"|(?:職員|公務員|中の人|内部の人間|役所の人間|役場の人間)(?:だ|や|な|の)?(?:から|ので|やけん|けん)(?:ガチ|マジ|確か|確実|本当|ほんと|正確)(?:の|な)?(?:情報|話|ネタ)"
    r"|" + _SAME_OFFICE
)


def _grounds(doc, lo: int, hi: int):
    """Insider grounds and unchecked hedges in the sentence [lo, hi)."""
    for m in _INSIDER_GROUNDS.finditer(doc.text, lo, hi):
        yield m.start(), m.end()
    for m in _UNCHECKED.finditer(doc.text, lo, hi):
        yield m.start(), m.end()
    for m in _VOUCHED.finditer(doc.text, lo, hi):
        yield m.start(), m.end()


_MEMORY = lazy_regex.compile(r"(?:と|って)記憶|記憶(?:では|によれば|によると|だと|が正しければ|違いでなければ)")
_OWN_PAST = lazy_regex.compile(r"(?:子ども|子供|こども|小さい|幼い|若い|学生|小学生|中学生|高校生|独身)(?:の)?(?:頃|ころ|時|とき|時代)|昔は|その昔|幼少期")
_IMAGINED_RESULT = lazy_regex.compile(
    r"(?:実現|完成|開業|開通|オープン|リニューアル|整備|竣工|完工)(?:し|され)(?:たら|たなら|れば|た暁には|た時には|たときには)"
    r"|(?:実現|完成|開業|開通|オープン|竣工)(?:の暁には|すれば|すりゃ|したっちゃ)|(?:でき|出来)(?:上がったら|あがったら|たら(?=[^。!?！？\n]{0,30}(?:楽しめ|できる|行ける|見られ|眺め|遊べ|使える)))"
)


_IF_DECIDED = lazy_regex.compile(
    # 議会で通ればですけど…減るかもしれん / 予算が通ったら: the plan passed
    r"(?:議会|予算|案|議案)(?:で|が|も)?(?:通(?:れば|ったら)|可決され(?:れば|たら))|"
    r"(?:決ま|きま)(?:れば|ったら|った場合|ったあかつきには)|決定(?:すれば|したら|した場合|されれば|されたら)|"
    r"(?:実施|導入|採用|可決|承認)(?:されれば|されたら|が決まれば|が決まったら)|"
    # 〜の方向で話が進んどるけど、そうなると…大変になると思う: the plan just
    # reported, supposed to go through (the plan itself is 6.1)
    r"(?:そう|それが|それで)(?:なると|なれば|なったら|なりゃ|なったっちゃ)")


# そうなれば料金は倍になると思います: after そうなれば, a fee guessed is the
# city's own decision guessed, not what a plan means for people.
_FEE_NAMED = lazy_regex.compile(r"(?:料金|[一-龥]{0,3}税|保険料|使用料|利用料|値段|価格|手数料|負担金|運賃|家賃|入浴料|入館料)(?:は|が|も)")


def _if_decided(text: str, lo: int, at: int) -> bool:
    m = _IF_DECIDED.search(text, lo, at)
    if m is None:
        return False
    if m.group().startswith(("そう", "それ")) and _FEE_NAMED.search(text, m.end(), at):
        return False
    return True


# What a day or a habit of the writer's becomes (楽しみになる, 日課になりそう,
# いい思い出になると思う, 癖になるかも), just before the guess marker.
_OWN_DAYS = lazy_regex.compile(
    r"(?:楽しみ|日課|習慣|癖|クセ|くせ|恒例|ルーティン|息抜き|ご褒美|ごほうび|癒し|癒やし|思い出|励み|糧|気分転換|お気に入り|趣味|病みつき|やみつき)"
    r"(?:の一つ|のひとつ)?(?:に|と)(?:なり|なる|なっ)(?:ます|まし)?(?:と|って)?$"
)


# 窓口の仕事と少し似ているかもしれません / 子育てに通じるものがあると思う:
# a likeness the writer feels between two things, not news of the city.
_RESEMBLANCE = lazy_regex.compile(
    r"(?:と|に)(?:も)?(?:少し|すこし|ちょっと|どこか|よく|とても|すごく|案外|意外と|意外に|なんとなく|かなり)?"
    r"(?:似て(?:い)?る|似とる|似通って(?:い)?る|通じる(?:もの|ところ)が(?:ある|あ)|共通(?:点|する(?:もの|ところ))が(?:ある|あ))(?:の)?$")


# 一見関係がないように思えるかもしれません / 難しく見えるかもしれませんが:
# how a thing may seem to the reader (a concession before the writer's own
# point), not a guess at the city's business.
_MAY_SEEM = lazy_regex.compile(r"(?:思え|見え|感じられ|感じ|聞こえ|映)る(?:の)?$")
# フォロワー増えるかな / いいね付くかも: the writer's own audience.
_OWN_AUDIENCE = lazy_regex.compile(
    r"(?:フォロワー|いいね|閲覧数|再生数|アクセス数?|インプレ|リツイート|リポスト|RT|登録者)(?:数)?(?:が|も|は)?[^。、!?\n]{0,6}$")
# 移住してくる人の半分は1年で帰ると思ってる: what a share of people do (a
# generalisation, 5.6.2 / 5.1), not a guess at what the city does.
_PEOPLE_SHARE = lazy_regex.compile(
    r"(?:人|者|方|住民|市民|移住者|若者|世帯|高齢者|子)(?:たち|達)?の(?:半分|半数|大半|多く|ほとんど|大部分|一部|何割|[0-9一二三四五六七八九]割)(?:は|が|も|って)")
# 数字だけを見ると…変わってきているのかもしれません, after 〜が公表している
#結果によると: the writer's reading of published figures, not an insider's guess.
_FIGURES_READ = lazy_regex.compile(r"数字|数値|データ|統計|傾向|推移|移り変わり|割合|(?<![一-龥])率")
_PUBLISHED_SOURCE = lazy_regex.compile(
    r"(?:公表|発表|公開)(?:して(?:い)?る|している|された|されて(?:い)?る|しています)[^。!?\n]{0,12}?(?:によると|によれば|では|を見ると)"
    r"|(?:統計|調査|資料|白書)[」』]?(?:によると|によれば|では|でも)")
_PUBLISHED_REACH = 300


# よりよい会になったと思っています / いい集まりになったと思う: the writer's own
# verdict on how something already held turned out, not a guess at the
# city's business (来年から値上げになると思う stays: no verdict, not done).
_OWN_VERDICT = lazy_regex.compile(
    r"(?:よりよい|より良い|よい|良い|いい|楽しい|有意義な|充実した|素敵な|すてきな|温かい|あたたかい|実りある|実りの多い|思い出深い)"
    r"[一-龥ぁ-んァ-ヶー]{0,6}?(?:会|場|時間|機会|一日|日|イベント|催し|集まり|もの|経験|回)(?:に)?(?:なった|なれた|できた)(?:の)?(?:と|のでは|んじゃ)?$")


_SCENE_AFTER_QUOTE = lazy_regex.compile(
    r"って[、,][^。!?！？\n]{0,40}?(?<!教え)(?<!話し)(?<!言っ)(?<!伝え)(?<!知らせ)(?<!聞かせ)(?:て|で)(?:くれ|もらっ|もらい|くださ|いただ)")


_SELF_MODESTY = lazy_regex.compile(
    r"(?:力不足|役不足|荷が重(?:い|か|すぎる)?|未熟|不慣れ|頼りない|至らない|務まら(?:ない|ん)|力になれ(?:ない|ん))(?:だ|や|じゃ)?$")


_WORRIED_BY = lazy_regex.compile(r"[ぁ-ん]{0,4}?(?:と|って)(?:思う|思え|考える|考え)(?:と|ば|たら)")
_OWN_PRINCIPLE = lazy_regex.compile(
    r"[ですよね]{0,3}[、,]?(?:という|っていう|ってー?の|との)(?:の|ん)?(?:が|は)(?:私|わたし|僕|自分|うち|おばちゃん|わし|おい)?(?:たち|達)?の?"
    r"(?:基準|考え|持論|モットー|信条|方針|ポリシー|目安|こだわり|やり方|流儀|物差し|ものさし)")
_BODY_EFFECT = lazy_regex.compile(
    r"血圧|血糖|コレステロール|中性脂肪|体重|体脂肪|便秘|免疫|体調|肌荒れ|(?<![一-龥])薬(?![局剤師])|サプリ|痩せ|やせ(?:る|た|ます)|(?:治|効)(?:る|った|く|いた|きます|ります)")
_PEOPLES_MOOD = lazy_regex.compile(r"気合|やる気|張り切|はりき|乗り気|本気|喜ん|よろこん|嬉し|うれし|楽しそう|機嫌|疲れ|困っと|困って|焦っ|緊張|ご満悦|テンション")
_OWN_ROLE = lazy_regex.compile(
    r"(?:私|わたし|わたくし|自分|僕|俺|わし|おい|我々|われわれ|うち)(?:たち|達|ら|ども)?の[^。、!?\n]{0,8}?"
    r"(?:役目|役割|務め|つとめ|仕事|使命|本分|責任|責務|任務)(?:だ|や|じゃ|である)?$")
_WORD_MEANING = lazy_regex.compile(r"こと(?:を)?(?:言う|いう|指す|さす)$")
# 総務課と聞いて、どんな仕事を思い浮かべるでしょうか: what a name calls to
# mind (と聞いて + 思い浮かべる / イメージ), not something heard; and a
# question with an interrogative word (どんな…でしょうか, いつ変わるのかな)
# asks, it does not pass a guess on as true.
_NAME_CALLS_TO_MIND = lazy_regex.compile(
    r"と(?:聞いて|聞くと|聞けば)[^。!?\n]{0,24}?(?:思い浮かべ|思い浮かぶ|浮かぶ|イメージ|想像|連想)")
# (どうせ is "anyway", not どう: どうせ直すでしょう asks nothing)
_INTERROGATIVE = lazy_regex.compile(r"(?:どんな|どの|どう(?!せ)|どれ|どちら|どこ|いつ|なに|何|なん|誰|だれ|いくら|なぜ|なんで)")
# (どんな人だったのだろうと想像する: the writer wondering, an interrogative before だろう)
# (でしょうから / だろうから give a reason: から is not the question か)
_ASKING_END = lazy_regex.compile(r"(?:(?:でしょうか|だろうか|のでしょうか)(?!ら)|のかな|かな|んだろう|のだろう|だろう)")
_ASKED_BACK = lazy_regex.compile(r"[^。!?\n]{0,4}?(?:か|？|\?)(?:[。！!？?\s]|$)")  # どうなると思いますか
# 〜か見てみてください。回っていれば〜かもしれません: after a request to the
# reader the next sentence goes on advising them (their own meter, their own
# home), it does not carry the city's business into a guess.
_ASKS_THE_READER = lazy_regex.compile(
    r"(?:てください|でください|て下さい|てみてね|てみて|ましょう|ご覧ください|ご確認ください)[^\w]*$")
# バレへんやろ / 気づかれないはず / 怒られんと思う: whether the writer will be
# found out (a boast or a confession: 5.2, 5.6.3), not a guess at the city's business.
_FOUND_OUT = lazy_regex.compile(r"(?:バレ|ばれ|気づかれ|気付かれ|見つから|見つかる|見つかれ|怒られ|おこられ|捕ま|つかま|注意され)[^、。!?！？\n]{0,6}$")
_FOUND_OUT_AHEAD = lazy_regex.compile(r"[^、。!?！？\n]{0,4}?(?:バレ|ばれ|気づかれ|気付かれ|見つから|怒られ|おこられ|捕ま|つかま)")
_LOOKS_LIKE = lazy_regex.compile(r"(?:っぽく|らしく|みたいに|風に|ふうに)(?:見え|みえ|見せ)")


# 次の選挙は〇〇党さんしかなかと思う / 〇〇候補に入れるつもり: a preference
# for a party or candidate (campaigning, 5.2), not a guess at what the city
# does; the party or candidate, then the choosing.
_CHOOSING = (r"(?:しか|だけ(?=(?:だ|や|じゃ|です)?(?:$|と|って))|に限る|以外(?:に)?(?:な|あり|おら|いな)|が(?:一番|いちばん|いい|良い|よい|よか|ベスト|勝つ|勝っ|当選)"
             r"|に(?:入れ|投票|一票|決め|任せ)|を(?:推|応援|支持))")
_FOR_A_PARTY = lazy_regex.compile(
    r"(?:党|候補者?|陣営)[』」\"]?(?:さん|さま|様|氏)?" + _CHOOSING
    + r"|(?:選挙|選で|選は|(?<=[長議事員])選|投票)[^。!?\n]{0,20}?(?:さん|氏|先生|候補)[』」\"]?" + _CHOOSING
    # 市長は〇〇さんしかおらん / 次の議員は〇〇さんに限る: the office, then the person
    + r"|(?:市長|副市長|市議|議員|知事|町長|村長|区長)(?:に|には|は|なら)[^。!?\n]{0,12}?(?:さん|氏|先生|候補)[』」\"]?" + _CHOOSING)
# きっと勝つと思う / 当選するやろ: who wins an election, not the city's business.
_ELECTION_OUTCOME = lazy_regex.compile(r"(?:勝つ|勝て|勝ち|勝っ|負け|負ける|当選|落選|再選|議席|票(?:が|を)?(?:伸び|取|集ま|入))")
# 廃止するかどうか庁内で検討中です。…来年が最後の夏になるかもしれません: a
# bare possibility (かもしれない, no guess adverb) after the writer says the
# matter is being deliberated restates that the decision is open (the
# deliberation is 6.1); たぶん決まるでしょう guesses its outcome (6.2).
_UNDER_DELIBERATION = lazy_regex.compile(
    r"(?:検討|協議|調整|審議|議論)(?:中|しよる|しとる|しちょる|して(?:い)?る|しています|されて(?:い)?る|されとる|の段階|の最中)"
    # 人事課と詰めているところです: the writer still working the plan out
    r"|(?:と|で)詰め(?:て(?:い)?る|ています|とる|ちょる|よる)")
_DELIBERATION_REACH = 80
_WEIGHED_IN_A_BODY = lazy_regex.compile(
    r"(?:委員会|庁内|課内|部内|係内|役所の中|役場の中|内部|会議|理事会|幹部会|部長会)(?:で|の中で)(?:は)?(?:まだ|いま|今|現在)?"
    r"(?:検討|協議|調整|審議|議論|話し合い)(?:中|しよる|しとる|しちょる|して(?:い)?る|しています|されて(?:い)?る|されとる|の段階|の最中)")
_GUESS_ADVERB = lazy_regex.compile("|".join(sorted(_GUESS_ADVERBS)))


_RUMOUR_MARKS = ("って噂", "という噂", "との噂", "噂", "って話", "という話")
# What the writer says of the rumour: untrue (事実はありません, 誤り, デマ,
# 決まっていません); デマじゃない / 誤りではない affirm it instead.
_DENIAL = lazy_regex.compile(
    _NOTHING_OF_THE_KIND +
    r"|事実(?:では|じゃ)(?:ありません|ない|なか)|事実無根|(?:誤り|デマ|うそ|嘘|誤情報|誤った情報)(?!じゃ|では|や(?:なか|ない)|と(?:は|も)(?:言え|いえ))"
    r"|" + _NOT_FOUND_TO_BE_SO +
    r"|根拠(?:の|が)(?:ない|ありません)|決ま(?:って(?:い)?(?:ません|ない)|っとらん)|決定(?:は|も)?(?:して(?:い)?(?:ません|ない)|しておりません|されて(?:い)?(?:ません|ない))|惑わされ")
_DENIAL_REACH = 60  # the rest of the sentence and the one after it


_NOT_ASKED = lazy_regex.compile(r"許可(?:は|も|を)?(?:取って|とって|もらって|得て|取っと|もろうと)(?:い)?(?:ない|ません|らん|ん)|無断で|勝手に|断りなく|黙って使")
_ASSUMED_ALLOWED = lazy_regex.compile(r"(?:問題|差し支え|支障|文句)(?:は|も)?(?:ない|なか|無い)|大丈夫|構わない|かまわない|セーフ|許される|怒られない")


def _rumour_denied(text: str, lo: int, guess, hi: int) -> bool:
    """The guess is a rumour named, or a claim quoted in 「」, that the writer
    then says is untrue (counter-speech)."""
    quoted = text.rfind("「", lo, guess[0]) > text.rfind("」", lo, guess[0])
    if not (quoted or text.startswith(_RUMOUR_MARKS, guess[0])):
        return False
    return _DENIAL.search(text, guess[1], min(len(text), hi + _DENIAL_REACH)) is not None


# 遅刻しそうで公用車を飛ばした / 雨が降りそうだったので中止にした: how
# things looked to the writer, given as the reason for what they did next
# (the clause goes on), not a guess put to the reader.
_SEEMED_AS_REASON = lazy_regex.compile(
    r"(?:で(?![すし])|に(?:なって|なっ|なり)|(?:だった|やった|じゃった)(?:ので|から|けん|けど|し|ばってん|[。!?！？\n]|$))")


# 窓口で待つ方の不安を少しだけ実感できた気がします / 気持ちがようやくわかった
# 気がします: what the writer has come to feel or understand (a past insight
# before 気がする), a reflection on their own work, not a guess at the city's.
_OWN_INSIGHT = lazy_regex.compile(
    r"(?:実感|痛感|体感|理解|共感|納得)(?:でき|し)た$|(?:わか|分か|解)(?:った|れた|ってきた)$"
    r"|(?:気づ|気付)(?:いた|けた)$|(?:感じられ|学べ|学ん|知れ|見え|近づけ|近付け|成長でき)(?:た|だ)$")
# 利用する側の目線で見直せることがたくさんありそうです / 改善できる点はまだある
# と思う: what the writer could still do better in their own work.
_ROOM_TO_IMPROVE = lazy_regex.compile(
    r"(?:[せれけてめべね]る|できる|出来る|べき|たい)(?:こと|点|ところ|部分|余地)(?:が|は|も)(?:まだ)?"
    r"(?:たくさん|いっぱい|多く|沢山|山ほど|色々|いろいろ|いくつも|まだまだ)?(?:あり|ある)$")
# 印象的だったのは、〜という話です: an anecdote someone told the writer,
# framed by what it meant to them, not news passed on.
_ANECDOTE_FRAMED = lazy_regex.compile(
    r"(?:印象的|印象に残っ|心に残っ|嬉しかっ|うれしかっ|驚い|感動し|胸に響い|心に響い|忘れられな)(?:た|だった|い)?(?:の|こと)は")
_TOLD_STORY = ("という話", "って話")
# 北部の親子にとっては、ずいぶん通いやすくなると思います: what a change means
# for the people who use it, an opinion of a benefit, not a guess at a decision.
_BENEFIT_TO_PEOPLE = lazy_regex.compile(
    r"にとって(?:は|も)?[、,]?[^。!?\n]{0,16}?(?:[いきしちにひみりぎびえけせてねべめれげ]やすく|便利に|楽に|身近に|近く)(?:なる|なり)$")
# 本人まだ知らんかも / まだ気づいてないだろう: what a person knows, not the
# city's business.
_WHO_KNOWS = lazy_regex.compile(
    r"(?:知ら(?:ない|ん|なか(?:った)?)|知って(?:い)?(?:る|ない)|知っと(?:る|らん)|知らされて(?:い)?(?:ない|ん)"
    r"|(?:気づ|気付)いて(?:い)?(?:る|ない|ん)|(?:気づ|気付)か(?:ない|ん))$")
# また掛かってきそう / また来そう: a caller or visitor coming back, a person's
# doing, not the city's business.
_PERSON_RETURNS = lazy_regex.compile(
    r"また[^。、!?\n]{0,12}?(?:掛かって|かかって|電話して|怒鳴り込んで|押しかけて|押し掛けて|乗り込んで)(?:く|き|来)$|また(?:来|き)$")


def _sentence_guess_spans(doc, lo: int, hi: int, insider: bool, self_named: bool, on_topic: bool) -> list:
    text = doc.text
    out = []
    found = sorted(_guess_spans(doc, lo, hi))
    guesses = [g for g in found if g[2] not in ("hedge", "vouched") and (g[2] != "relayed" or insider)]
    if guesses and all(g[2] in ("adverb", "dismissive") or _FOR_A_PARTY.search(text, lo, g[0])
                       or _ELECTION_OUTCOME.search(text, _clause_start(text, lo, g[0]), g[0]) for g in guesses) \
            and any(g[2] not in ("adverb", "dismissive") for g in guesses):
        return out  # a vote or a party chosen, who wins: 5.2, however it is hedged
    if not any(g[2] == "adverb" for g in guesses) \
            and _UNDER_DELIBERATION.search(text, max(0, lo - _DELIBERATION_REACH), hi):
        guesses = [g for g in guesses if not text.startswith("かも", g[0])]
    hedges = [g for g in found if g[2] in ("hedge", "vouched")]
    if not guesses and hedges and insider and on_topic:
        # 担当じゃないからよく知らんけど、来年から避難所が変わるよ: stated as
        # fact while admitting it was not checked.
        end = hi
        while end > hedges[0][0] and _is_trailing_mark(text[end - 1]):
            end -= 1
        return [(hedges[0][0], end)]
    if guesses and insider:
        # 確認はしてないけど next to a guess: the admission is evidence too.
        out.extend((s, e) for s, e, _ in hedges)
    adverbs = [g for g in guesses if g[2] == "adverb"]
    # どうせ licenses a conjecture like たぶん, but alone guesses nothing.
    licensing = sorted(adverbs + [g for g in guesses if g[2] == "dismissive"] + [g for g in hedges if g[2] == "vouched"])
    finals = [g for g in guesses if g[2] in ("final", "relayed") or (g[2] == "weak" and (adverbs or self_named))
              or (g[2] == "conjecture" and licensing)]
    # 実現したら古墳を眺めてキャンプができるかもしれません: what one could enjoy
    # once a plan is done is a hope, not a guess at what the city will do.
    finals = [g for g in finals if not _IMAGINED_RESULT.search(text, _clause_start(text, lo, g[0]), g[0])]
    # 決まれば、この仕組みも変わるかもしれません: what a plan would bring once
    # decided (the plan itself is 6.1), not a guess at what the city does.
    finals = [g for g in finals if not _if_decided(text, lo, g[0])]
    # 寄って帰るのが楽しみになりそう / いい思い出になると思う: what the writer
    # expects of their own days, not a guess at what the city does.  When
    # every guess is of that kind, the adverb (きっと) goes with them.
    # 話せるのも私の役目と思っている / 私たちの大事な仕事だと思っています: the
    # writer's own role; 〇〇ってああいう人のことを言うんだろう: what a word means.
    finals = [g for g in finals if not _OWN_ROLE.search(text, max(lo, g[0] - 20), g[0])
              and not _WORD_MEANING.search(text, max(lo, g[0] - 12), g[0])
              and not _NAME_CALLS_TO_MIND.search(text, lo, hi)
              and not ((_ASKING_END.match(text, g[0], hi) or _ASKED_BACK.match(text, g[1], hi))
                       and _INTERROGATIVE.search(text, _clause_start(text, lo, g[0]), g[0]))]
    # 社長が「市役所の方ならタダでいいですよ」って、別荘を貸してくれました: a
    # scene recounted, the speaker's words then their deed for the writer,
    # not news passed on (教えてくれた / 言ってもらった stay: a telling).
    finals = [g for g in finals if not (g[0] > lo and text[g[0] - 1] in "」』" and _SCENE_AFTER_QUOTE.match(text, g[0], hi))]
    own_days = [g for g in finals if _OWN_DAYS.search(text, max(lo, g[0] - 12), g[0])]
    if own_days and len(own_days) == len(finals):
        return out
    finals = [g for g in finals if g not in own_days]
    # おいじゃ力不足かもしれんばってん、区長ば引き受けます: the writer's modesty
    # about themself, not a guess at the city's business.
    finals = [g for g in finals if not _SELF_MODESTY.search(text, max(lo, g[0] - 10), g[0])]
    finals = [g for g in finals if not _RESEMBLANCE.search(text, max(lo, g[0] - 24), g[0])
              and not _OWN_VERDICT.search(text, max(lo, g[0] - 30), g[0])]
    # 市の後援っぽく見えて…増えるはず / 公認っぽく見えるやろ: how a thing made
    # to look like the city's will be taken (6.3.2), not the city's business.
    finals = [g for g in finals if not _LOOKS_LIKE.search(text, max(lo, g[0] - 20), g[0])
              and not _MAY_SEEM.search(text, max(lo, g[0] - 8), g[0])
              and not _OWN_AUDIENCE.search(text, max(lo, g[0] - 16), g[0])
              and not _PEOPLE_SHARE.search(text, _clause_start(text, lo, g[0]), g[0])]
    if not adverbs and _FIGURES_READ.search(text, lo, hi) \
            and _PUBLISHED_SOURCE.search(text, max(0, lo - _PUBLISHED_REACH), hi):
        finals = []  # the guess reads published figures: no adverb makes it a claim
    found_out = [g for g in finals if _FOUND_OUT.search(text, max(lo, g[0] - 12), g[0])]
    if found_out and len(found_out) == len(finals):
        return out  # the adverb (たぶんバレん) goes with them
    finals = [g for g in finals if g not in found_out]
    # 学校の無くなるかもしれんと思うと、なんとも言えん: the guess is what a
    # worry is about, not put to the reader.
    finals = [g for g in finals if not _WORRIED_BY.match(text, g[1])]
    # 「4月から値上げされる」という噂がありますが、そのような事実はありません:
    # a rumour quoted to deny it (the city's correction), not passed on.
    finals = [g for g in finals if not _rumour_denied(text, lo, g, hi)]
    # 〜読めるはず、というのが私の基準です: the guess is the writer's own rule
    # of thumb (how they work), not news of the city.
    finals = [g for g in finals if not _OWN_PRINCIPLE.match(text, _with_auxiliaries(doc, g[1]), hi)]
    # 業者さんも気合の入っとるごたる: a guess at people's mood.
    finals = [g for g in finals if not _PEOPLES_MOOD.search(text, max(lo, g[0] - 10), g[0])]
    finals = [g for g in finals if not _OWN_INSIGHT.search(text, max(lo, g[0] - 10), g[0])
              and not _ROOM_TO_IMPROVE.search(text, max(lo, g[0] - 30), g[0])
              and not _BENEFIT_TO_PEOPLE.search(text, max(lo, g[0] - 30), g[0])
              and not _WHO_KNOWS.search(text, max(lo, g[0] - 12), g[0])
              and not _PERSON_RETURNS.search(text, max(lo, g[0] - 30), g[0])
              and not (text.startswith(_TOLD_STORY, g[0]) and _ANECDOTE_FRAMED.search(text, lo, g[0]))]
    # 黒酢飲んどけば血圧下がるって / 薬やめた人もいるんだって: what a remedy
    # does to the body (a health claim, 5.6.4), not the city's business.
    finals = [g for g in finals if not _BODY_EFFECT.search(text, _clause_start(text, lo, g[0]), g[0])]
    # 許可は取っていないが問題ないだろう: the writer assumes their own act is
    # allowed (6.3.2 when it is the city's logo), no guess at the city's business.
    if _NOT_ASKED.search(text, lo, hi):
        finals = [g for g in finals if not _ASSUMED_ALLOWED.search(text, max(lo, g[0] - 12), g[0])]
    # 子どもの頃の夏祭りは…と記憶しております: a memory of one's own past.
    finals = [g for g in finals if not (_MEMORY.match(text, g[0]) and _OWN_PAST.search(text, lo, hi))]
    if finals:
        end = _with_auxiliaries(doc, finals[0][1])
        start = _clause_start(text, lo, finals[0][0])
        # (the adverb opens the span; a vouch is marked on its own, above)
        spoken = [g for g in licensing if g[2] != "vouched"]
        if spoken and lo <= spoken[0][0] < start:
            start = spoken[0][0]
        out.append((start, end))
        for s, e, _ in finals[1:]:
            if s >= end:
                # the clause the later guess closes, not the marker alone
                out.append((max(_clause_start(text, lo, s), end), _with_auxiliaries(doc, e)))
    elif adverbs:
        out.extend((s, e) for s, e, _ in adverbs if not _FOUND_OUT_AHEAD.match(text, e, hi))
    return out


# -- administration_guess: a paragraph validator with facts -------------------
#
# What a sentence's verdict reads beyond itself, and so across a paragraph
# break: whether the writer says anywhere that they are staff (職員だけど in
# the first paragraph makes a guess in the third the city's word); whether the
# sentence before names the city's business (a guess follows its topic); and
# whether the sentence after is a guess followed by grounds (the grounds come
# after the guess).  A sentence with a guess also marks the grounds in the
# sentences on either side of it.  Sentences end at every line break, so a
# paragraph is whole sentences of the draft; its facts answer these questions
# for the two sentences just outside it.


def _mask_insider(m) -> str:
    return "_" * len(m.group())


def _topic_marks(sentence: str) -> tuple[bool, bool]:
    """(topical, own_business) of one sentence's text: it names an
    administration topic; it names the city's own business (市役所 / 予算 /
    〇〇課 ..., what makes a topic count without a word of being staff)."""
    # 「市役所勤めだけど」 says who is writing, not what the sentence is about.
    # (No _INSIDER match crosses a sentence end: masking sentence by sentence
    # equals masking the whole draft.)
    topics = _INSIDER.sub(_mask_insider, sentence)
    topical = _ADMIN_TOPIC.search(topics) is not None
    return topical, topical and _OWN_BUSINESS.search(topics) is not None


def _sentence_marks(sentence: str) -> tuple[bool, bool, bool, bool]:
    """(topical, own_business, grounds, mood): _topic_marks, and the sentence
    holds insider grounds or an unchecked admission, or speaks of a mood."""
    return _topic_marks(sentence) + (_ANY_GROUNDS.search(sentence) is not None, _MOOD.search(sentence) is not None)


# Either kind of grounds (a yes/no look: one search instead of two).
_ANY_GROUNDS = lazy_regex.compile(f"(?:{_INSIDER_GROUNDS.pattern})|(?:{_UNCHECKED.pattern})")
_MOOD = lazy_regex.compile(r"雰囲気|感じ|様子")


def _on_topic(marks, insider: bool) -> bool:
    # Without a word of being staff, only a sentence that names the city's
    # own business counts.
    return marks[0] and (insider or marks[1])


def _grounds_follow(sentence: str) -> bool:
    """The sentence gives grounds for the guess before it:
    〜よくなるっぽいよ。環境課の雰囲気的に"""
    return _ANY_GROUNDS.search(sentence) is not None or _MOOD.search(sentence) is not None


def _guessed_sentences(doc, bounds: list, insider: bool, self_named: bool, marks_of=None,
                       carried_in: bool = False, next_grounded: bool = False) -> tuple[dict, dict]:
    """The guess spans of consecutive sentences `bounds` of doc, by index:
    (first, final).  first: the sentences on the topic or just after it;
    final: those plus a topical sentence whose guess has its grounds in the
    next sentence.  carried_in: the sentence before bounds[0] is on the topic
    and the writer is staff; next_grounded: the sentence after bounds[-1] is a
    guess (first) followed by grounds.  marks_of: remembered _sentence_marks
    (for facts), else each mark is worked out when needed."""
    text = doc.text
    if marks_of is None:
        marks = [_topic_marks(text[lo:hi]) for lo, hi in bounds]

        def follows(j):
            return _grounds_follow(text[slice(*bounds[j])])
    else:
        marks = [marks_of(text[lo:hi]) for lo, hi in bounds]

        def follows(j):
            return marks[j][2] or marks[j][3]
    on_topic = [_on_topic(m, insider) for m in marks]
    first = {}
    for i, (lo, hi) in enumerate(bounds):
        # A guess often follows the sentence that named the topic:
        # 「拡幅工事は年内には終わらないよ。来年の夏までかかると思う」; with
        # no word of being staff, only a guess that goes on from a guess
        # about the city's business (市の商品券、たぶん今年もあるよ！〜2割増しのはず).
        carried = (on_topic[i - 1] and (insider or bool(first.get(i - 1)))
                   and not _ASKS_THE_READER.search(text, *bounds[i - 1])) if i > 0 else carried_in
        # 灯籠まつりは決行します！（中の人ですがお知らせ。たぶん大丈夫）: the
        # writer's word of who they are, between, does not change the topic.
        if not carried and i >= 2 and insider and on_topic[i - 2] and not marks[i - 1][0] \
                and _INSIDER.search(text, *bounds[i - 1]):
            carried = True
        # 統廃合は2案で検討中です。たぶん鹿北の方かな: with a guess adverb, a
        # guess at the outcome of the deliberation the sentence before reports.
        weighed = i > 0 and not carried and marks[i - 1][1] and _UNDER_DELIBERATION.search(text, *bounds[i - 1]) \
            and _GUESS_ADVERB.search(text, lo, hi) is not None
        # まだ実行委員会で協議中やけど、たぶん来年から3日間開催になると思う: the
        # writer knows where the matter is weighed and guesses its outcome in
        # the same breath (an insider's guess, staff or not).
        adverb = _GUESS_ADVERB.search(text, lo, hi) if marks[i][0] and not (on_topic[i] or carried or weighed) else None
        if adverb is not None and _WEIGHED_IN_A_BODY.search(text, lo, adverb.start()):
            weighed = True
        if on_topic[i] or carried or weighed:
            first[i] = _sentence_guess_spans(doc, lo, hi, insider, self_named, on_topic[i])
    final = dict(first)
    for i, (lo, hi) in enumerate(bounds):
        if i in first or not marks[i][0]:
            continue
        # The grounds come after the guess: 〜よくなるっぽいよ。環境課の雰囲気的に
        if i + 1 < len(bounds):
            grounded = bool(first.get(i + 1)) and follows(i + 1)
        else:
            grounded = next_grounded
        if grounded:
            final[i] = _sentence_guess_spans(doc, lo, hi, True, self_named, True)
    return first, final


# Facts are worked out for every paragraph at every check: what they read of
# a line or a sentence is remembered by its text (most are the same as at
# the last check); past a bound the older half is dropped.
_MEMO_SIZE = 8192
_LINE_STAFF: dict[str, tuple[bool, bool]] = {}
_SENTENCE_MARKS: dict[str, tuple[bool, bool, bool, bool]] = {}


def _remembered(memo: dict, key: str, compute):
    return remembered_in(memo, key, compute, _MEMO_SIZE)


def _remembered_marks(sentence: str):
    return _remembered(_SENTENCE_MARKS, sentence, _sentence_marks)


def _line_staff(line: str) -> tuple[bool, bool]:
    return _INSIDER.search(line) is not None, _STAFF_SELF.search(line) is not None


@once_per_draft
def _staff_writer(draft) -> tuple[bool, bool]:
    """(insider, self_named): the writer presents as staff anywhere in the
    draft; they name themself as staff (庁内で検討中 tells where a matter is,
    not that the writer speaks as staff).  Line by line: no match of either
    pattern holds a line break."""
    insider = self_named = False
    for line in draft.text.split("\n"):
        if line:
            here, named = _remembered(_LINE_STAFF, line, _line_staff)
            insider, self_named = insider or here, self_named or named
    return insider, self_named


def _sentence_window(draft, k: int):
    """Sentences k-1..k+1 of the draft (those that exist) and k's place
    among them: enough to decide sentence k exactly."""
    bounds = draft.sentence_bounds
    lo = max(k - 1, 0)
    return bounds[lo:k + 2], k - lo


def _administration_guess_facts(draft, start: int, end: int):
    """What the paragraph draft.text[start:end] needs about the sentences just
    outside it (see above): (insider, self_named, carried_in,
    before_guessed, next_grounded, after_guessed).  Each edge fact is worked
    out only where it can change the paragraph's spans (False otherwise):
    most paragraphs hold no grounds, so the guesses next door are seldom
    looked at."""
    insider, self_named = _staff_writer(draft)
    text, bounds = draft.text, draft.sentence_bounds
    first, last = draft.sentence_index(start), draft.sentence_index(end - 1)
    carried_in = before_guessed = next_grounded = after_guessed = False
    if first > 0:
        # The sentence before: on the topic (a guess in our first sentence
        # follows it); or a guess, when our first sentence holds grounds
        # (they are marked with it).
        before = _remembered_marks(text[slice(*bounds[first - 1])])
        carried_in = insider and _on_topic(before, insider) \
            and not _ASKS_THE_READER.search(text, *bounds[first - 1])
        if _remembered_marks(text[slice(*bounds[first])])[2]:
            window, k = _sentence_window(draft, first - 1)
            before_guessed = bool(_guessed_sentences(draft, window, insider, self_named, _remembered_marks)[1].get(k))
    if last + 1 < len(bounds):
        # The sentence after: a guess followed by grounds, when our last
        # sentence is topical (it is then the guess they speak for); a guess
        # at all, when our last sentence holds grounds.
        here = _remembered_marks(text[slice(*bounds[last])])
        after = _remembered_marks(text[slice(*bounds[last + 1])])
        topical_here = here[0] and (after[2] or after[3])
        if here[2] or topical_here:
            window, k = _sentence_window(draft, last + 1)
            found_first, found = _guessed_sentences(draft, window, insider, self_named, _remembered_marks)
            next_grounded = topical_here and bool(found_first.get(k))
            after_guessed = here[2] and bool(found.get(k))
    return insider, self_named, carried_in, before_guessed, next_grounded, after_guessed


# Paragraph scope with facts about the sentences around the paragraph.  No
# need: a guess may follow a topic named in the paragraph before, and the
# grounds of a guess may stand in the paragraph next to it.
@validator("administration_guess", scope="paragraph", facts=_administration_guess_facts)
def administration_guess(doc, facts):
    insider, self_named, carried_in, before_guessed, next_grounded, after_guessed = facts
    if not (carried_in or before_guessed or after_guessed) and not _ADMIN_TOPIC.search(doc.text):
        return  # every guess found here is on or next to a topic of this paragraph
    bounds = list(doc.sentence_bounds)
    _, found = _guessed_sentences(doc, bounds, insider, self_named, carried_in=carried_in,
                                  next_grounded=next_grounded)
    for i in sorted(found):
        spans = found[i]
        if not spans:
            continue
        yield from spans
        # The insider grounds and admissions around the guess: this sentence,
        # the one before and the one after (in the paragraphs next door, the
        # paragraph there yields them: before_guessed / after_guessed).
        for j in (i - 1, i, i + 1):
            if 0 <= j < len(bounds):
                for s, e in _grounds(doc, *bounds[j]):
                    if not any(s < b and e > a for a, b in spans):
                        yield s, e
    # A guess in the sentence just outside the paragraph marks the grounds in
    # our sentence next to it (never overlapping: they are other sentences).
    if before_guessed:
        yield from _grounds(doc, *bounds[0])
    if after_guessed:
        yield from _grounds(doc, *bounds[-1])
