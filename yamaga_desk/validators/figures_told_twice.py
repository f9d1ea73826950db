"""The same figure told twice in one paragraph with two values (item 5.4,
ガイドライン5(4)).

A notice that gives one fact twice and differently leaves the reader unable
to know which is right:

- how many are open, set up or closed (避難所を3か所開設…開設中の4か所:
  state_count_told_twice);
- the limit for one person or household (お一人さま5袋まで…10袋まで:
  per_head_limit_told_twice);
- the places of an event (定員は20名…先着30名様まで: capacity_told_twice);
- one named charge (自己負担は500円…自己負担金800円: charge_told_twice);
- the cap of one grant or payment (補助は上限8万円です。最大で10万円まで…:
  cap_told_twice).

Each check names the fact by the words around its figure, and lets two
values stand when those words show two facts (another group, session, period
or tier, a change, an addition, a rounded figure): the paragraph may then be
right twice.
"""

from __future__ import annotations

import re

from .. import lazy_regex
from .registry import validator
from .dates import number
from .figures_common import _LEFT_BEFORE, Quantity, _approximate, quantities


# 「避難所を3か所開設しました。現在、開設中の4か所には…」: how many are
# open (set up, running, closed) told twice in one paragraph, differently.
# New ones added (新たに, さらに, 合わせて), a part (うち) or a total (計)
# between the two make two figures, not one told twice.
_STATE_VERB = r"開設|設置|開所|開館|開放|開店|オープン|稼働|運行|運休|休校|休園|休館|閉鎖|通行止め"
_STATE_AFTER = lazy_regex.compile(rf"\s*(?:の[一-龥ァ-ヶー]{{1,8}})?(?:を|が)?\s*(?P<verb>{_STATE_VERB})")
_STATE_BEFORE = lazy_regex.compile(
    rf"(?P<verb>{_STATE_VERB})(?:中|済み?|して(?:い|お)る|している|されている|されとる|しとる|した|された)の"
    r"(?:[一-龥ァ-ヶー]{1,8}(?:は|が|も)?)?\s*(?:現在)?\s*$"
)
_ADDED_BETWEEN = lazy_regex.compile(
    r"新たに|あらたに|追加|さらに|更に|合わせ|あわせ|合計|計|うち|内訳|既に|すでに|先に|これまで|累計|増|減|ほか|他に|以外|残り|"
    r"再開|閉鎖|閉じ|解除|廃止|予定|昨日|前日|昨年|前回"
)
_STATE_UNITS = frozenset({"か所", "校", "台", "店", "件", "個", "戸", "軒", "社"})


@validator("state_count_told_twice", scope="paragraph", needs=(lazy_regex.compile(_STATE_VERB),))
def state_count_told_twice(doc):
    text = doc.text
    stated = []
    for q in quantities(text):
        if q.unit not in _STATE_UNITS or _approximate(text, q):
            continue
        after = _STATE_AFTER.match(text, q.end)
        before = _STATE_BEFORE.search(text, max(0, q.start - 20), q.start)
        if after:
            stated.append((q.start, after.end(), q, after.group("verb")))
        elif before:
            stated.append((before.start(), q.end, q, before.group("verb")))
    for (a_start, a_end, a, a_verb), (b_start, b_end, b, b_verb) in zip(stated, stated[1:]):
        if a_verb != b_verb or a.unit != b.unit or a.value == b.value:
            continue
        # (an addition told just before the first count counts too: 新たに1か所を開設し、開設中の6か所)
        lo = max(doc.sentence_at(a_start)[0], a_start - 12)
        if _ADDED_BETWEEN.search(text, lo, b_end):
            continue
        yield a_start, a_end
        yield b_start, b_end


# 「お一人さま5袋まで…（お一人でお越しの場合も10袋まで）」: the limit for
# one person (or one household) told twice in one paragraph, differently.
# A limit for another group or occasion (1日, 大人, 市外の方は, 雨の場合は)
# is a second rule, not the same one told again.
_PER_HEAD_LIMIT = lazy_regex.compile(
    r"(?P<subject>(?:お|御)?(?:一人|1人|ひとり)(?:さま|様)?|(?:1|一)(?:世帯|家族|家庭|グループ|組|台))"
    r"(?:あたり|当たり|につき|に付き)?(?P<gap>[^。\n0-9一二三四五六七八九十]{0,14}?)"
    r"(?P<num>[0-9]{1,4}|[一二三四五六七八九十]{1,3})\s?"
    r"(?P<counter>袋|枚|個|本|点|冊|回|杯|箱|束|缶|パック|玉|株|鉢|口|食|部|セット|kg|キロ|リットル|L)(?:まで|限り|かぎり)"
)
_OTHER_OCCASION = lazy_regex.compile(r"(?:場合|とき|時|際|方|日|回)(?:は|には)|以降|から(?:は)?")
# 1日お一人2袋、期間中お一人10袋: limits over different periods
_PERIOD = lazy_regex.compile(r"1日|一日|期間|合計|通算|1回|一回|毎回|各回|毎日|週|月|年間|シーズン|大会|累計")


@validator("per_head_limit_told_twice", scope="paragraph", needs=(_PER_HEAD_LIMIT,))
def per_head_limit_told_twice(doc):
    text = doc.text
    limits = {}
    for m in _PER_HEAD_LIMIT.finditer(text):
        gap = m.group("gap")
        if _OTHER_GROUP.search(gap) or _OTHER_OCCASION.search(gap):
            continue
        # one person however written (お一人さま, 1人, おひとり); else the unit (世帯, 家族, 組)
        subject = "人" if re.search(r"一人|1人|ひとり", m.group("subject")) else m.group("subject")[1:]
        key = (subject, m.group("counter"))
        value = number(m.group("num"))  # (5, 五, 十五, 二十)
        first = limits.get(key)
        if first is None:
            limits[key] = (m.span(), value)
            continue
        if first[1] != value and not _OTHER_GROUP.search(text, first[0][1], m.start()) \
                and not _PERIOD.search(text, max(0, first[0][0] - 8), m.start()):
            yield first[0]
            yield m.span()
            return


# 「定員は20名です。先着30名様までの受付となります」: the number of places
# told twice in one paragraph, differently.  A capacity is a quantity after a
# word for it (定員, 募集人数, 受け入れ人数, 限定, 先着 …) or before a word that
# closes the list (〜名様限定, 〜人まで受付, 〜名で締め切り).  先着100名様に記念品
# is a gift, not the places.  Two figures for two groups or sessions (午前の部
# は20名、午後の部は30名; 市外枠10名), a change (20名から30名に増員) or a
# rounded figure are no contradiction.
_PLACES_BEFORE = lazy_regex.compile(
    r"(?:定員|募集定員|募集人数|募集人員|募集数|募集枠|募集|受入人数|受入れ人数|受け入れ人数|受入数|定数|参加定員|参加人数|"
    r"参加枠|申込定員|定員数|限定|先着順?で?|人数制限)(?:は|が|も|:|：)?\s*(?:先着)?\s*(?:最大)?$"
)
_PLACES_AFTER = lazy_regex.compile(
    r"\s*(?:様|さま)?(?:限定|限り|かぎり|まで(?:の|で)?(?:受付|受け付け|募集|お申し込み|お申込み|申し込み|申込|予約|ご予約|ご応募|応募|とな|です|ご参加)|まで(?=\s*[。！!\n]|$)|"
    r"(?:に|で)(?:達し(?:次第|た時点)|なり次第)|で(?:締め切|締切|〆切|しめきり|受付終了|受付を終了|満員|定員|打ち切)|を募集|募集)"
)
_GIFT_AFTER = lazy_regex.compile(r"\s*(?:様|さま)?(?:に|へ|まで(?:に|へ))(?!達|なり)")
_OTHER_GROUP = lazy_regex.compile(
    r"午前|午後|[0-9一二三四五]部|第[0-9一二三四五]|コース|クラス|各回|各日|各|1日|一日|[0-9]{1,2}日|曜|会場|大人|子ども|子供|こども|"
    r"小学生|中学生|高校生|一般|親子|市内|市外|枠|うち|内訳|ずつ|増|減|変更|拡大|追加|縮小|引き上げ|引き下げ|特別|臨時|緩和|→|⇒|から|予定|昨年|去年|前回|例年"
)
# 茶摘み体験は定員20名、そば打ち体験は定員15名: another event is the topic.
_TOPIC_BEFORE = lazy_regex.compile(r"(?P<noun>[一-龥ァ-ヶーぁ-ゖ]{2,12})(?:は|も|では|の)\s*$")
_SAME_EVENT_TOPICS = frozenset({"受付", "申込", "申込み", "申し込み", "お申し込み", "お申込み", "予約", "ご予約", "募集", "参加", "参加者",
                                "人数", "定員", "今回", "今年", "本年", "当日", "なお", "ただし", "ただ", "こちら", "なお受付"})


def _places(text: str, found: list[Quantity]):
    for q in found:
        if q.unit not in ("人", "組", "個", "枚", "台", "冊", "社", "戸", "世帯", "軒", "頭", "店"):
            continue
        before = _PLACES_BEFORE.search(text, max(0, q.start - 10), q.start)
        after = _PLACES_AFTER.match(text, q.end)
        if (before and text[before.start():q.start].startswith("先着") and not after
                and not (text[before.start() - 1:before.start()] in ("（", "(") and text[q.end:q.end + 2].lstrip("様")[:1] in ("）", ")"))):
            before = None  # 先着100名様に記念品: a gift; 定員40名（先着30名） is the places
        if before and _GIFT_AFTER.match(text, q.end) and not after:
            before = None
        if not (before or after) or _approximate(text, q):
            continue
        # 残りあと5名で締め切り: places left (more_left_than_capacity's)
        if _LEFT_BEFORE.search(text, max(0, q.start - 8), q.start):
            continue
        yield (before.start() if before else q.start), (after.end() if after else q.end), q


@validator("capacity_told_twice", scope="paragraph",
           needs=(lazy_regex.compile(r"定員|募集|受入|受け入れ|定数|参加|限定|先着|限り|かぎり|まで|締め切|締切|〆切|しめきり|受付|満員|打ち切|達し|なり次第|人数"),))
def capacity_told_twice(doc):
    text = doc.text
    places = list(_places(text, quantities(text)))
    for (a_start, a_end, a), (b_start, b_end, b) in zip(places, places[1:]):
        if a.unit != b.unit or a.value == b.value:
            continue
        if _OTHER_GROUP.search(text, a_start, b_start) or _OTHER_GROUP.search(text, b_start, b_end + 4):
            continue
        sentence_start = doc.sentence_at(b_start)[0]
        topic = _TOPIC_BEFORE.search(text, max(sentence_start, b_start - 14), b_start)
        # お申込みが定員の20組: the noun read as a topic may run over a
        # particle; it names this event when it ends in a word for it
        if topic and not topic.group("noun").endswith(tuple(_SAME_EVENT_TOPICS)):
            continue
        yield a_start, a_end
        yield b_start, b_end


# 「特定健診の自己負担は500円です。…受付で自己負担金800円をお持ちください」:
# one named charge (自己負担, 参加費, 受講料 …) told twice in a paragraph with
# two amounts.  Tiers and conditions (大人/子ども, 会員/一般, 前売/当日券,
# 市外の方, 1回/1か月, 2人目), a change (から, 値上げ, 昨年は), a cap or a
# discount, and two things named before the charge (健診の〜 / 検診の〜) make
# two amounts that may both be true: left alone.
_CHARGE = lazy_regex.compile(
    r"(?P<name>自己負担|参加費|受講料|入場料|入館料|入園料|利用料|使用料|年会費|会費|材料費|手数料|保育料|観覧料|体験料)"
    r"(?:金|額)?(?:は|が|も|:|：|の|として)?\s*(?:お一人|1人|一人)?(?:あたり|当たり)?\s*$"
)
_CHARGE_TIER = lazy_regex.compile(
    r"大人|おとな|子ども|子供|こども|小人|幼児|小学生|中学生|高校生|大学生|学生|一般|会員|シニア|高齢|歳|才|以上|未満|以下|障が|障害|"
    r"前売|当日(?:券|料金|払い|価格)|市内|市外|県外|ペア|家族|グループ|団体|2人目|二人目|[0-9一二]回|[0-9一]日|か月|ヶ月|カ月|月額|年額|年間|"
    r"午前|午後|コース|部|延長|超過|追加|変更|改定|改正|から|→|⇒|値上|値下|昨年|前年|去年|従来|これまで|今まで|以前|旧|新|"
    r"無料|割引|割引き|半額|上限|最大|差額|税込|税抜|税別|補助|助成|減免|免除|ほか|別途|材料|保険|プラス|合計|計"
)
# 大腸がん検診の自己負担: the thing charged for (a noun ending in kanji or
# katakana, so 会場では is no topic)
_CHARGE_TOPIC = lazy_regex.compile(r"(?P<noun>[一-龥ァ-ヶーぁ-ゖ]{1,9}[一-龥ァ-ヶー])の\s*$")


def _charges(doc, text: str, found: list[Quantity]):
    for q in found:
        if q.unit != "円" or _approximate(text, q):
            continue
        name = _CHARGE.search(text, max(0, q.start - 16), q.start)
        if not name:
            continue
        lo = doc.sentence_at(q.start)[0]
        around_start = max(lo, name.start() - 10)
        if _CHARGE_TIER.search(text, around_start, q.start) or _CHARGE_TIER.match(text, q.end, q.end + 4) \
                or re.match(r"\s*(?:ずつ|まで|から|以上|以下|未満|程度|増|減|引|割|の(?:割引|補助|助成))", text[q.end:q.end + 6]):
            continue
        topic = _CHARGE_TOPIC.search(text, max(lo, name.start() - 12), name.start())
        yield name.group("name"), name.start(), q, (topic.group("noun") if topic else None)


@validator("charge_told_twice", scope="paragraph", needs=(lazy_regex.compile(r"自己負担|参加費|受講料|入場料|入館料|入園料|利用料|使用料|会費|材料費|手数料|保育料|観覧料|体験料"),))
def charge_told_twice(doc):
    text = doc.text
    charges = list(_charges(doc, text, quantities(text)))
    for i, (name, start, q, topic) in enumerate(charges):
        for other_name, other_start, other, other_topic in charges[i + 1:]:
            if other_name != name or other.value == q.value:
                continue
            if topic and other_topic and topic != other_topic:
                continue
            yield start, q.end
            yield other_start, other.end
            return


# 「耐震診断の補助は上限8万円です。最大で10万円まで補助が受けられます」: the cap
# of one grant or payment (上限, 最大, 最高, 限度額, 〜を上限に) told twice in one
# paragraph with two sums.  Between the two, a cap for another group, thing or
# term (子育て世帯は, 1世帯あたり, 年度), a change (昨年度は, から, 引き上げ), an
# addition (加算, 上乗せ), a total, or a topic the first cap's sentence did not
# name (診断は上限8万円、改修は上限100万円) make two caps that may both be true.
_CAP_BEFORE = lazy_regex.compile(r"(?:上限|限度|最大|最高)(?:額|金額)?(?:は|が|:|：)?\s?(?:で)?\s?$")
_CAP_AFTER = lazy_regex.compile(r"\s?(?:を|が)(?:上限|限度)")
_CAP_WORD = lazy_regex.compile(r"上限|限度|最大|最高")
_CAP_OTHER = lazy_regex.compile(
    r"世帯|子育て|子ども|高齢|障が|障害|一般|個人|法人|事業者|加算|上乗せ|増額|拡充|引き?上げ|引き?下げ|から|→|⇒|"
    r"昨年|前年|去年|従来|これまで|今まで|以前|旧|新た|変更|改定|改正|合計|計|総額|ほか|別途|それぞれ|各|うち|"
    r"1人|一人|お一人|1件|1戸|1回|1台|年度|年間|か月|ヶ月|カ月|月額|1日|場合|とき|コース|区分|枠|"
    r"プラス|\+|または|もしくは|最低|下限"
)
_CAP_TOPIC = lazy_regex.compile(r"(?P<noun>[一-龥ァ-ヶー]{1,10})(?:は|には|では|なら|の場合)")


def _caps(text: str, found: list[Quantity]):
    """(start, quantity) of each sum told as a cap: 上限8万円, 最大で10万円, 10万円を上限に."""
    for q in found:
        if q.unit != "円" or _approximate(text, q):
            continue
        before = _CAP_BEFORE.search(text, max(0, q.start - 8), q.start)
        if before:
            yield before.start(), q
        elif _CAP_AFTER.match(text, q.end):
            yield q.start, q


@validator("cap_told_twice", scope="paragraph", needs=(_CAP_WORD,))
def cap_told_twice(doc):
    text = doc.text
    caps = list(_caps(text, quantities(text)))
    for (a_start, a), (b_start, b) in zip(caps, caps[1:]):
        if a.value == b.value or _CAP_OTHER.search(text, a.end, b_start):
            continue
        named = text[doc.sentence_at(a_start)[0]:a_start]
        if any(t.group("noun") not in named for t in _CAP_TOPIC.finditer(text, a.end, b_start)):
            continue
        yield a_start, a.end
        yield b_start, b.end
        return
