"""5.6.4 (unverifiable information): hearsay or conjecture closing a clause.

``hearsay_final`` finds a clause closed by the quotative って (出たって。 /
危ないんだって / 痩せるって話), とか (治るとか。), みたい (あったみたい),
っぽい (落ちたっぽい), かも (来るかも) and Kumamoto げな / ごたる / とって,
by part of speech and by what follows the marker: the te-form (帰って！), a
topic って (市の窓口って、いつも混んどる), a restatement (〜ってことですね？),
a reply echoing its addressee (@x 〜って？) and a likeness before a noun
(僕みたいな新人) are left alone.  It finds the marker wherever it is; the
rules using it decide which topics (alarms, health claims, a household's
private life) make it a rumour.

``hearsay_final_second_hand`` is the same, unless the draft says the
household itself told the writer (奥さんと飲んだけど / 本人から相談された):
a private matter known first hand is a privacy question (5.3), not a rumour.
"""

from __future__ import annotations

from .. import lazy_regex
from .registry import validator
from .draft_facts import once_per_draft
from .literal_precheck import LiteralPrecheck
from .hearsay_common import (_clause_start, _closes_clause, _ends_predicate, _kumamoto_quotative_te, _pos,
                             _predicate_start, _with_auxiliaries)


# -- hearsay and conjecture closing a clause ----------------------------------


# The markers hearsay_final looks at, by surface.
_FINAL_SURFACES = frozenset({"って", "たって", "か", "みたい", "っぽい", "とっ", "て", "ちゅう", "ちゅー"})


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


def _echoed(doc, t) -> bool:
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
                and not _RESTATING_TTE.match(doc.text, end) and not _echoed(doc, t) \
                and not _dialect_te_form(tokens, k)
        elif t.surface == "て" and _kumamoto_quotative_te(tokens, k):
            # Kumamoto bare て for って: 水位がやばかって。/ 血圧の下がるて。
            hit = _closes_clause(tokens, k)
        elif t.surface in ("ちゅう", "ちゅー") and pos.startswith("助動詞"):
            # Kumamoto ちゅう for という before the news noun: 閉店するちゅう話
            hit = _closes_clause(tokens, k)
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
    yield from _kumamoto_finals(doc)


def _kumamoto_finals(doc, hearsay_only: bool = False):
    """Each clause closed by Kumamoto げな or ごたる (げな alone with
    `hearsay_only`), from the clause's start to the marker's end."""
    text = doc.text
    for m in _KUMAMOTO_FINAL_PRECHECKED.finditer(text):
        if hearsay_only and (not m.group().startswith("げな") or _DESIRE_SHOWN.search(text, max(0, m.start() - 4), m.end())):
            continue
        lo, _ = doc.sentence_at(m.start())
        start = _clause_start(text, lo, m.start())
        if start < m.start():
            yield start, m.end()


# 言いたげな、/ 知りたげな😢: the げ of a wish shown on a face (言い|たげ), not the
# hearsay of a past (言いよった|げな): たげ after a stem that is never a past form.
_DESIRE_SHOWN = lazy_regex.compile(r"(?:[ちにひみりび]|言い|いい|云い|思い|買い|会い|使い|聞き|行き|書き|歩き|働き)たげな$")
_GENA_LETTERS = lazy_regex.compile(r"げな")


@validator("hearsay_gena", scope="paragraph", needs=(_GENA_LETTERS,))
def hearsay_gena(doc):
    """Kumamoto げな closing a clause (= らしい / そうだ: 閉まるげな, 言いよったげな,
    捕まっとらんげな😱): hearsay by its grammar alone, like らしい, whatever the
    news is; ごたる (a guess of the writer's own) is left to hearsay_final's topics."""
    yield from _kumamoto_finals(doc, hearsay_only=True)


def _dialect_te_form(tokens, k) -> bool:
    """Kumamoto 読んどって / 並んどって / 遊んどって (= 読んでおいて, 読んでいて):
    Sudachi reads the te-form of 〜どる as a nasal-stem verb, ど and って; a
    request or a clause going on, not the quotative って."""
    if k < 2:
        return False
    de, verb = tokens[k - 1], tokens[k - 2]
    return (de.surface == "ど" and _pos(de).startswith("助詞-接続助詞") and verb.end == de.start
            and de.end == tokens[k].start and _pos(verb).startswith("動詞") and "撥音便" in _pos(verb))


# The household itself told the writer: a spouse the writer drank or talked
# with (奥さんと飲んだけど、/ ご主人とお茶した時に), or the person in question
# (本人から相談された / ご本人に直接聞いた).  A private matter known first-hand is
# a privacy question (5.3), not a rumour; ママ友と飲んだ / 友達に聞いた stay hearsay.
_TOLD_BY_THE_HOUSEHOLD = lazy_regex.compile(
    r"(?:奥さん|奥様|ご主人|旦那さん|旦那様)と[^。!?！？\n、]{0,4}?(?:飲ん|飲み|呑ん|話し|喋っ|しゃべっ|会っ|お茶|ランチ|食事|ご飯|電話)"
    r"|(?:ご)?本人(?:から|に|が|と)[^。!?！？\n、]{0,4}?(?:聞|相談|話|言われ|打ち明け|教えて|直接)"
    # a parent or spouse who came to the writer for advice (〇〇くんのお母さん
    # から相談あって): the household itself speaking, first-hand
    r"|(?:お母さん|お母様|お父さん|お父様|母親|父親|保護者|親御さん|ご家族|家族の方|奥さん|ご主人)(?:から|が)[^。!?！？\n、]{0,4}?(?:相談|打ち明け)"
)


# (one line in twenty-five holds one of its literals: the cheap test first)
_TOLD_BY_THE_HOUSEHOLD_IN_LINE = LiteralPrecheck(_TOLD_BY_THE_HOUSEHOLD)


@once_per_draft
def _household_told_the_writer(draft) -> bool:
    # Line by line, remembered per line: facts are asked for every paragraph
    # at every check, and a search of the whole draft each time cost a
    # 20,000-character re-check ~130 ms.  (No match crosses a line break.)
    return _TOLD_BY_THE_HOUSEHOLD_IN_LINE.any_line_matches(draft)


def _told_by_the_household(draft, start: int, end: int) -> bool:
    return _household_told_the_writer(draft)


@validator("hearsay_final_second_hand", scope="paragraph", facts=_told_by_the_household)
def hearsay_final_second_hand(doc, told_by_the_household):
    """hearsay_final, unless the draft says the household itself told the
    writer (for rumours about a household's private life)."""
    if told_by_the_household:
        return
    yield from hearsay_final(doc)


# げな / ごたる after a verb, adjective or auxiliary ending (る, た, い, ん,
# だ, any dictionary-form verb: 効くげな, 飲むげな, 立つげな; Kumamoto adjective か: 危なかごたる, honorific 〜す: 帰っとらすげな,
# 行かすげな), closing the clause: never 嬉しげな顔 (げ of an adjective stem
# before a noun), 食べたかごたる (a wish) nor すげな (slang for すごいな).
# An emoji or bracket after it closes the clause as a 。 does (捕まっとらんげな😱); the polite
# です may follow (変わるげなです, 無料になったげなです).
_KUMAMOTO_FINAL = lazy_regex.compile(
    r"(?:(?<=[うくつぬむるぐぶたいんだ])|(?<=[うくすつぬむるぐぶたいん]と)|(?<=[^た]か)|(?<=[かさたなまらわ]す))(?:げな|ごたる|ごたっ(?:た|と)|ごた)(?=[。、,!?！？\s]|$|よ|ね|ばい|ぞ|けん|です|でした|ー|[^\w])"
)
# (every match holds げな or ごた, which few paragraphs do: the pattern opens
# with look-behinds, so the search tries it at every position)
_KUMAMOTO_FINAL_PRECHECKED = LiteralPrecheck(_KUMAMOTO_FINAL)
