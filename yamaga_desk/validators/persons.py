"""A private person exposed with personal details.

A name alone is not a privacy problem (staff thank 松尾さん in an interview
all the time); a name *together with* where the person lives, their phone,
their school class, their health or their family trouble is.  So this
validator looks for a person mention and a sensitive detail close together
(same sentence or the next/previous one) and reports both.

A person mention is
- a name Sudachi tags 名詞-固有名詞-人名 (山本, 佐藤ユウキ, ケンジ) with an
  honorific (さん/くん/ちゃん…), a full name, or a name after a relation
  (同級生のケンジ); a masked name 〇〇さん / Aさん counts too;
- extended over 「の奥さん」「さんちのおばあちゃん」 so the finding shows who;
- or a specific individual by relation: 隣の奥さん, 窓口に来たおばあちゃん.

Elected officials acting in office (中村市長) are not private persons.
"""

from __future__ import annotations

import re

from . import validator
from .contact import email_addresses, phone_numbers, postal_addresses

_HONORIFICS = {"さん", "くん", "君", "ちゃん", "様", "さま", "氏", "殿", "ちゃま"}
_OFFICIAL_TITLES = ("市長", "副市長", "議員", "議長", "知事", "大臣", "首相", "総理", "町長", "村長",
                    "教育長", "市議", "県議", "代議士", "理事長", "館長", "会長", "社長", "選手", "監督")
_FAMILIAR_HONORIFICS = {"くん", "君", "ちゃん"}
_SHORT_NAME = re.compile(r"[一-龥]{1,3}|[ァ-ヴー]{2,6}")
_NOT_NAMES = {"赤", "赤ちゃん", "お姉", "お兄", "お嬢", "坊", "僕", "子", "孫", "娘", "息子", "弟", "妹", "彼", "主",
              "王", "姫", "殿", "犬", "猫", "くま", "クマ", "ウサギ", "パンダ", "ワン", "ニャン", "キャラ"}
_MASK = re.compile(r"[〇○◯●×✕＊*]{1,3}|[A-ZＡ-Ｚ]")
# 「の奥さん」「さんちのおばあちゃん」: who in the family the detail is about.
_KIN = re.compile(
    r"(?:ち|家|宅)?の?(?:奥さん|奥様|旦那さん|旦那|ご主人|嫁|お嫁さん|娘さん|娘|息子さん|息子|お子さん|子ども|子供|子|"
    r"お母さん|母親|お父さん|父親|おばあちゃん|おじいちゃん|おばあさん|おじいさん|ばあちゃん|じいちゃん|"
    r"お姉さん|お兄さん|妹|弟|家族|親|両親|孫|彼女|彼氏)"
)
# A specific individual without a name: 隣の奥さん, 窓口に来たおばあちゃん.
_RELATED_PERSON = re.compile(
    r"(?:隣|となり|近所|向かい|裏|同級生|同僚|友人|友達|知り合い|親戚|部下|上司|先輩|後輩|元カノ|元カレ|"
    r"窓口に来た|相談に来た|うちに来た|昨日来た|今日来た)の?"
    r"(?:家の|うちの)?"
    r"(?:奥さん|旦那さん|ご主人|おばあちゃん|おじいちゃん|おばあさん|おじいさん|じいさん|ばあさん|"
    r"息子さん|娘さん|お子さん|子|人|男性|女性|おばさん|おじさん|お客さん|住民|家族|[一-龥]{1,2}さん)"
)

# Sensitive details, each strong enough on its own next to a person.
_HEALTH = (
    r"認知症|病気|入院|手術|がん|癌|うつ病|鬱病|うつ|精神科|心療内科|障害|障がい|持病|余命|透析|寝たきり|要介護|介護|"
    r"救急車で運ばれ|救急搬送|通院|不妊|妊娠|流産|中絶|陽性|感染|休職|不登校|ひきこもり|引きこもり|自殺"
)
_TROUBLE = (
    r"離婚|調停|DV|家庭内暴力|虐待|不倫|浮気|別居|夫婦げんか|夫婦喧嘩|家出|借金|自己破産|破産|滞納|"
    r"生活保護|逮捕|前科|補導|夜逃げ|差し押さえ|差押|絶縁|勘当|リストラ|失業|解雇|ストーカー|被害届"
)
# 認知症予防, がん検診, DV相談窓口, 障害物: a topic or a service, not what
# happened to a person.
_TOPIC_TAIL = (
    r"(?!予防|検診|健診|対策|サポーター|カフェ|講座|教室|保険|相談|セミナー|啓発|月間|週間|施設|サービス|"
    r"事業|支援|制度|窓口|防止|根絶|撲滅|ゼロ|委員|の予防|にならない|を防|を予防|者手帳|者福祉|福祉|物|症対策|症予防|"
    r"経験者の方|された方|の方へ|の方は|でお悩み)"
)
_DETAIL_PATTERNS = re.compile(
    r"[0-9一二三四五六]年[0-9一二三四五六七八九十A-Za-z]{1,2}組"
    r"|学生証|生徒手帳|保険証|免許証|通帳"
    rf"|(?:{_HEALTH}|{_TROUBLE}){_TOPIC_TAIL}"
)
_WINDOW_SENTENCES = 1


def _is_name(token) -> bool:
    return token.pos[:3] == ("名詞", "固有名詞", "人名")


def person_mentions(doc) -> list[tuple[int, int]]:
    """Spans of mentions of private persons, extended over kin terms."""
    tokens = doc.tokens
    text = doc.text
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        next_surface = tokens[i + 1].surface if i + 1 < len(tokens) else ""
        masked = bool(_MASK.fullmatch(t.surface)) and next_surface in _HONORIFICS
        # 林くん, 森ちゃん: a surname that is also a common noun, before an
        # honorific used for people only (occupations take さん: 店主さん).
        nickname = (next_surface in _FAMILIAR_HONORIFICS and t.pos[0] == "名詞"
                    and bool(_SHORT_NAME.fullmatch(t.surface)) and t.surface not in _NOT_NAMES)
        if not (_is_name(t) or masked or nickname):
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and _is_name(tokens[j + 1]) and tokens[j + 1].start == tokens[j].end:
            j += 1
        full_name = j > i
        honorific = j + 1 < len(tokens) and tokens[j + 1].surface in _HONORIFICS
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        official = after is not None and after.surface.startswith(_OFFICIAL_TITLES)
        related = bool(re.search(r"(?:同級生|友達|友人|同僚|知り合い|近所|隣|親戚|後輩|先輩|元カ[ノレ])の?$",
                                 text[max(0, t.start - 6):t.start]))
        if official or not (honorific or full_name or related):
            i = j + 1
            continue
        start, end = t.start, tokens[j].end
        if honorific:
            end = tokens[j + 1].end
        kin = _KIN.match(text, end)
        if kin and (kin.group().startswith(("ち", "の", "家", "宅"))):
            end = kin.end()
        spans.append((start, end))
        i = j + 1
    for m in _RELATED_PERSON.finditer(text):
        spans.append(m.span())
    return sorted(spans)


def _sentence_index(bounds: list[tuple[int, int]], pos: int) -> int:
    for k, (s, e) in enumerate(bounds):
        if s <= pos < e:
            return k
    return len(bounds) - 1


def detail_spans(doc) -> list[tuple[int, int]]:
    spans = [m.span() for m in _DETAIL_PATTERNS.finditer(doc.text)]
    for found in (phone_numbers(doc), email_addresses(doc), postal_addresses(doc)):
        spans.extend(found)
    # 「がん」 is also がんばる; keep it only as a word of its own.
    kept = []
    for s, e in spans:
        if doc.text[s:e] in ("がん", "うつ"):
            # a noun ending there (がん, 末期がん), not がんばる / うつる
            token = next((t for t in doc.tokens_between(max(0, s - 8), e + 1) if t.start <= s < t.end), None)
            if token is None or token.end != e or token.pos[0] != "名詞":
                continue
        kept.append((s, e))
    return sorted(kept)


@validator("private_person_details")
def private_person_details(doc):
    """A private person's name and a sensitive detail about them."""
    bounds = doc.sentence_bounds
    people = person_mentions(doc)
    if not people:
        return
    details = detail_spans(doc)
    if not details:
        return
    person_sentences = {}
    for span in people:
        person_sentences.setdefault(_sentence_index(bounds, span[0]), []).append(span)
    reported: set[tuple[int, int]] = set()
    for d in details:
        k = _sentence_index(bounds, d[0])
        near = [p for n in range(k - _WINDOW_SENTENCES, k + _WINDOW_SENTENCES + 1)
                for p in person_sentences.get(n, ())]
        # Prefer the person in the same sentence, else one before the detail.
        if not near:
            continue
        reported.add(d)
        reported.update(near)
    yield from sorted(reported)
