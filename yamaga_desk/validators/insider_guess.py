"""6.2 (inaccurate information about the city's administration): a member of
staff guessing about the city's administration.

``administration_guess`` finds たぶん来年から商品券はなくなると思う /
〜変わったはず where a guess marker (insider_guess_markers.py) and an
administration topic (insider_topics.py) meet: in one sentence, or in the
sentence after the one that named the topic, or before grounds given in the
next sentence (〜よくなるっぽいよ。環境課の雰囲気的に).  The writer being
staff anywhere in the draft (insider_staff.py) widens what counts; the
insider grounds around a guess (insider_grounds.py) are marked with it.
It runs per paragraph, with facts about the draft (is the writer staff?)
and the sentences just outside the paragraph, so a re-check after an edit
redoes one paragraph; those facts are remembered per line and sentence.
"""

from __future__ import annotations

from .. import lazy_regex
from .registry import validator
from .literal_precheck import LiteralPrecheck
from .draft_facts import once_per_draft, remembered_in
from .insider_grounds import _ANY_GROUNDS, _VOUCHED_PRECHECKED, _grounds
from .hearsay_common import _end_without_trailing_marks
from .insider_guess_exclusions import _ASKS_THE_READER, _ELECTION_TALK, _sentence_guess_spans, _UNDER_DELIBERATION, _WEIGHED_IN_A_BODY
from .insider_guess_markers import _GUESS_ADVERB
from .insider_staff import _INSIDER, _mask_insider, _STAFF_SELF
from .insider_topics import _ADMIN_TOPIC, _OTHER_CITY, _OWN_BUSINESS


# Cheap tests first (sentences of the labelled and benchmark drafts): two in
# three hold no literal of a topic word, eleven in twelve none of _INSIDER's,
# fifteen in sixteen none of _ANY_GROUNDS's.
# (Masking _INSIDER with "_" only takes literals away, so a sentence without a
# topic literal has none after masking either.)
_MAY_BE_INSIDER = LiteralPrecheck(_INSIDER)
_MAY_NAME_TOPIC = LiteralPrecheck(_ADMIN_TOPIC)
_MAY_GIVE_GROUNDS = LiteralPrecheck(_ANY_GROUNDS)


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


def _topic_marks(sentence: str) -> tuple[bool, bool]:
    """(topical, own_business) of one sentence's text: it names an
    administration topic; it names the city's own business (市役所 / 予算 /
    〇〇課 ..., what makes a topic count without a word of being staff)."""
    # 「市役所勤めだけど」 says who is writing, not what the sentence is about.
    # (No _INSIDER match crosses a sentence end: masking sentence by sentence
    # equals masking the whole draft.)
    if not _MAY_NAME_TOPIC.may_match(sentence):
        return False, False
    topics = _INSIDER.sub(_mask_insider, sentence) if _MAY_BE_INSIDER.may_match(sentence) else sentence
    if "市の" in topics:
        topics = _OTHER_CITY.sub(_mask_insider, topics)  # 熊本市の保育料: another city's
    if "の" in topics:
        topics = _LANDMARK.sub(_mask_insider, topics)  # 投票所の近くで不審者: where, not what
    topical = _ADMIN_TOPIC.search(topics) is not None
    return topical, topical and _OWN_BUSINESS.search(topics) is not None


def _sentence_marks(sentence: str) -> tuple[bool, bool, bool, bool]:
    """(topical, own_business, grounds, mood): _topic_marks, and the sentence
    holds insider grounds or an unchecked admission, or speaks of a mood."""
    return _topic_marks(sentence) + (_gives_grounds(sentence), _MOOD.search(sentence) is not None)


def _gives_grounds(sentence: str) -> bool:
    return _MAY_GIVE_GROUNDS.may_match(sentence) and _ANY_GROUNDS.search(sentence) is not None


_MOOD = lazy_regex.compile(r"雰囲気|感じ|様子")
# 鹿本の投票所の近くで不審者が出たって話: a public building named only as where something
# happened nearby — the place, not the city's business (市役所の前で工事 stays topical by 工事).
_LANDMARK = lazy_regex.compile(
    r"(?:投票所|市役所|役所|支所|公民館|体育館|図書館|公園|学校|小学校|中学校|保育園|幼稚園|センター|会館|ホール|道の駅|庁舎)"
    r"の(?:すぐ)?(?:近く|前|裏|横|そば|周り|周辺|付近|手前|向かい)(?:で|に|の)")
# 市役所の窓口？ / 保育料？: a noun phrase asked back, with no predicate of its own.
_TOPIC_ECHOED = lazy_regex.compile(r"[^。、!?！？\n]{1,20}[一-龥ァ-ヶー][？?]")
# …Tシャツ作ったばい👕 許可？: a bare noun asked at the end of a sentence.
_ENDS_ECHOED = lazy_regex.compile(r"(?:^|[^ぁ-ゖ一-龥ァ-ヶーA-Za-z0-9])[一-龥ァ-ヶー]{1,10}[？?]$")


# 検討中で、/ 協議中ばってん、/ 調整中やけど: a deliberation word whose clause runs on
_RUNS_ON_TO_GUESS = lazy_regex.compile(r"(?:で|やけど|だけど|じゃけど|ですが|ばってん|けど|けん|から|し)?[、,]?\s?")


def _on_topic(marks, insider: bool) -> bool:
    # Without a word of being staff, only a sentence that names the city's
    # own business counts.
    return marks[0] and (insider or marks[1])


def _grounds_follow(sentence: str) -> bool:
    """The sentence gives grounds for the guess before it:
    〜よくなるっぽいよ。環境課の雰囲気的に"""
    return _gives_grounds(sentence) or _MOOD.search(sentence) is not None


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
        marks = [_known_topic_marks(text[lo:hi]) for lo, hi in bounds]

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
        # 市役所の窓口？たぶん17時半までやったと思う: the city's business
        # echoed as a bare question, then answered with a guess adverb.
        # Answered without one (許可？そぎゃんとはいらんやろ), the question is
        # the writer's own rhetoric, brushing the matter aside: no guess.
        before = text[slice(*bounds[i - 1])].strip() if i > 0 else ""
        if i > 0 and _GUESS_ADVERB.search(text, lo, hi):
            carried = carried or (marks[i - 1][1] and _TOPIC_ECHOED.fullmatch(before) is not None)
        elif i > 0 and _ENDS_ECHOED.search(before):
            carried = False
        # 統廃合は2案で検討中です。たぶん鹿北の方かな: with a guess adverb, a
        # guess at the outcome of the deliberation the sentence before reports.
        weighed = i > 0 and not carried and marks[i - 1][1] and _UNDER_DELIBERATION.search(text, *bounds[i - 1]) \
            and _GUESS_ADVERB.search(text, lo, hi) is not None
        # まだ実行委員会で協議中やけど、たぶん来年から3日間開催になると思う: the
        # writer knows where the matter is weighed and guesses its outcome in
        # the same breath (an insider's guess, staff or not).
        adverb = _GUESS_ADVERB.search(text, lo, hi) if marks[i][0] and not (on_topic[i] or carried or weighed) else None
        # 入浴料の見直しを検討中で、たぶん50円くらい上がる: the matter told as
        # under deliberation and its outcome guessed in one breath, the clause
        # running straight on (調整中です🏨…たぶんお得に has said its piece first).
        if adverb is not None and (_WEIGHED_IN_A_BODY.search(text, lo, adverb.start())
                                   or any(_RUNS_ON_TO_GUESS.fullmatch(text, m.end(), adverb.start())
                                          for m in _UNDER_DELIBERATION.finditer(text, lo, adverb.start()))):
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
    # 宿直は法律で決まっとるけん、廃止はでけん。職員のおいが言うとやけん間違いなか /
    # 職員として断言します。使用料はこの先も上がりません: the city's business stated
    # as fact, a sentence of its own vouching for it on the strength of being
    # staff, nothing checked (the vouch is marked with it, as grounds).
    for i, (lo, hi) in enumerate(bounds):
        if final.get(i) or not on_topic[i]:
            continue
        if any(0 <= j < len(bounds) and not marks[j][0] and _VOUCHED_PRECHECKED.search(text, *bounds[j])
               and not _ELECTION_TALK.search(text, min(lo, bounds[j][0]), max(hi, bounds[j][1]))
               for j in (i - 1, i + 1)):
            final[i] = [(lo, _end_without_trailing_marks(text, lo, hi))]
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


def _known_topic_marks(sentence: str) -> tuple[bool, bool]:
    """_topic_marks, read from the facts' memo when they worked out the
    sentence's marks (the paragraph's first and last sentences, just before
    the validator runs on it)."""
    known = _SENTENCE_MARKS.get(sentence)
    return known[:2] if known is not None else _topic_marks(sentence)


def _line_staff(line: str) -> tuple[bool, bool]:
    # Every alternative of _STAFF_SELF is one of _INSIDER's: a line without
    # an _INSIDER match holds no _STAFF_SELF match (nine lines in ten).
    if not _MAY_BE_INSIDER.may_match(line) or _INSIDER.search(line) is None:
        return False, False
    return True, _STAFF_SELF.search(line) is not None


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
    if not (carried_in or before_guessed or after_guessed) and not (
            _MAY_NAME_TOPIC.may_match(doc.text) and _ADMIN_TOPIC.search(doc.text)):
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
