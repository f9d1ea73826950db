"""Personal contact data: phone numbers, e-mail addresses, street addresses,
My Number.

Public numbers of the city are removed by the allow-list, and a public
facility's number or address in an official notice by the rule's exception
patterns; the validators here only find the data itself.
"""

from __future__ import annotations

import re

from .. import lazy_regex
from .literal_precheck import LiteralPrecheck
from .registry import validator

# Separators people put between the groups of a phone number.  NFKC has
# already turned full-width digits and －/（） into ASCII; ー and ― survive.
_SEP = r"[-‐‑‒–−ー―.\s]?"
_PHONE = lazy_regex.compile(
    rf"(?<![0-9A-Za-z.\-])(?:"
    rf"(?:\+81{_SEP}|0)[5789]0{_SEP}[0-9]{{4}}{_SEP}[0-9]{{4}}"  # mobile / IP phone
    rf"|(?:\+81{_SEP}|0)[1-9][0-9]{{0,3}}{_SEP}[0-9]{{1,4}}{_SEP}[0-9]{{4}}"  # landline
    rf"|0[1-9][0-9]{{0,3}}\([0-9]{{1,4}}\)[0-9]{{4}}"  # 0968(43)1111
    rf"|\(0[1-9][0-9]{{0,3}}\){_SEP}[0-9]{{1,4}}{_SEP}[0-9]{{4}}"  # (0968)43-1111
    rf")(?![0-9]|\.[0-9])"
)
# Free dial, navi dial and similar business-only prefixes are never a
# private person's number.
_BUSINESS_PREFIXES = ("0120", "0800", "0570", "0990", "0180")


def phone_digits(text: str) -> str:
    digits = re.sub(r"[^0-9]", "", text)
    if digits.startswith("81") and text.lstrip().startswith("+"):
        digits = "0" + digits[2:]
    return digits


# A number spelled to slip past filters: in kanji (〇九〇・四四一二・七七〇三),
# digit by digit with spaces (0 9 0 1 2 3 4 …), or grouped with の
# (090の1234の5678).  Any mix of these is read as digits.
_KANJI_DIGITS = str.maketrans("〇零○一二三四五六七八九", "00012345678" "9")
_SPELLED_DIGIT = r"[0-9〇零○一二三四五六七八九]"
_SPELLED_PHONE = lazy_regex.compile(
    rf"(?<![0-9〇零○一二三四五六七八九十百千万])(?:[0〇零○]"
    rf"(?:[-‐‑‒–−ー―.・･、,/／\sの()]{{0,2}}{_SPELLED_DIGIT}){{9,10}})"
    rf"(?![0-9〇零○一二三四五六七八九十百千万])"
)
_KANJI_DIGIT = lazy_regex.compile(r"[〇零○一二三四五六七八九]")
# Digits spaced one by one are a number only after a word for one.
_PHONE_WORD = lazy_regex.compile(r"電話|でんわ|番号|携帯|ケータイ|ケイタイ|スマホ|TEL|Tel|tel|連絡先|☎|℡")


def _is_phone(digits: str) -> bool:
    if digits.startswith(_BUSINESS_PREFIXES) or digits[:2] == "00":
        return False
    mobile = digits[:3] in ("050", "070", "080", "090")
    return len(digits) == (11 if mobile else 10)


def _remembered(doc, key: str, find) -> list[tuple[int, int]]:
    """`find(doc)` as a list, worked out once per Document: the same spans
    are the contact validators' findings and private_person_details' details."""
    spans = doc.__dict__.get(key)
    if spans is None:
        spans = doc.__dict__[key] = list(find(doc))
    return list(spans)


@validator("phone_number", scope="paragraph")
def phone_numbers(doc) -> list[tuple[int, int]]:
    return _remembered(doc, "_phone_numbers", _phone_numbers)


def _phone_numbers(doc):
    """Japanese landline (10 digits) and mobile / IP-phone (11 digits)
    numbers in any common spelling: 080-2468-1357, 090 1234 5678,
    0968(43)1111, +81 90-1234-5678, and spelled to dodge a filter:
    〇九〇・四四一二・七七〇三, 0 9 0 1 2 3 4 5 6 7 8, 090の1234の5678."""
    text = doc.text
    found = []
    for m in _PHONE.finditer(text):
        if _is_phone(phone_digits(m.group())):
            found.append(m.span())
    for m in _SPELLED_PHONE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in found):
            continue
        spelled = m.group()
        # Plain ASCII digits in groups are _PHONE's; here only kanji, の, or
        # one digit at a time count, so a list of figures is not a number.
        separators = len(re.findall(r"[^0-9〇零○一二三四五六七八九]+", spelled))
        spaced_out = separators >= 7 and _PHONE_WORD.search(text, max(0, m.start() - 15), m.start())
        if not (_KANJI_DIGIT.search(spelled) or "の" in spelled or spaced_out):
            continue
        digits = spelled.translate(_KANJI_DIGITS)
        digits = re.sub(r"[^0-9]", "", digits)
        # 〇〇〇-〇〇〇〇-〇〇〇〇 is a mask, not a number.
        if digits.count("0") > 5:
            continue
        if _is_phone(digits):
            found.append(m.span())
    yield from sorted(found)


_EMAIL = lazy_regex.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)


@validator("email_address", scope="paragraph", needs=(_EMAIL,))
def email_addresses(doc) -> list[tuple[int, int]]:
    return _remembered(doc, "_email_addresses", _email_addresses)


def _email_addresses(doc):
    if "@" not in doc.text:  # (private_person_details asks of every paragraph with a person)
        return
    for m in _EMAIL.finditer(doc.text):
        yield m.span()


# A street address with block numbers.  Either a municipality (…市/町/村/区,
# optionally after a prefecture) followed by a district name and numbers
# (山鹿市鹿本町来民1234-5, 山鹿市山鹿987番地3), or 丁目/番/号 numbers on
# their own (1丁目2番3号, 2番3号).
_KANJI_NAME = r"[一-龥々ヶケノァ-ヴー]"
# 215−3: a full-width minus (U+2212) or a hyphen look-alike, which NFKC
# leaves as it is, joins the numbers as well as "-".
_DASH = "[-−‐‑–]"
_BLOCKS = (
    rf"(?:[0-9]{{1,3}}丁目[0-9]{{1,4}}(?:番地?(?:[0-9]{{1,4}}号?)?|{_DASH}[0-9]{{1,4}}(?:{_DASH}[0-9]{{1,4}})?|番)?"
    r"|[0-9]{1,5}番地?(?:の?[0-9]{1,4}号?)?"
    rf"|[0-9]{{1,5}}(?:{_DASH}[0-9]{{1,4}}){{1,2}})"
)
# あかね台, ひばりが丘: a district written partly in hiragana, ending in kanji
# (a particle after the town, 町の…, is no district).
_KANA_DISTRICT = r"(?:(?![のはがをにでともへやかけ])[ぁ-ゖ]{2,4}(?=[一-龥ヶケ]))?"
_ADDRESS = lazy_regex.compile(
    rf"(?:{_KANJI_NAME}{{2,3}}[都道府県])?{_KANJI_NAME}{{1,5}}?[市町村区郡]{_KANA_DISTRICT}{_KANJI_NAME}{{0,8}}?"
    rf"(?:大字|字)?{_KANJI_NAME}{{0,6}}?{_BLOCKS}"
    rf"|(?<![0-9])[0-9一二三四五六七八九十]{{1,3}}丁目[0-9]{{1,4}}(?:番地?|-)[0-9]{{1,4}}(?:号|-[0-9]{{1,4}})?"
    rf"|(?<![0-9])[0-9]{{1,4}}番[0-9]{{1,4}}号"
)
# What may follow a block number: not a unit that would make it a count,
# a date or an amount (山鹿市の2026-27年度, 市内3-4人).
_NOT_AFTER_BLOCKS = lazy_regex.compile(r"[0-9]|[年月日時分秒人名件円%歳回個台本枚号線]|\.[0-9]")


# A house number with no dash or 番地 (菊鹿町米原1122) is an address only
# when the draft says so: 住所は…, 自宅は…, 実家は….  Told so, a district
# masked with 〇〇 (住所は山鹿市鹿央町〇〇1234-5) still leaves the house.
_LABELLED_ADDRESS = lazy_regex.compile(
    r"(?:住所|住まい|自宅|実家|家|アパート|部屋)(?:は|が|:|：|、|って)\s*"
    rf"(?P<addr>(?:{_KANJI_NAME}{{2,3}}[都道府県])?{_KANJI_NAME}{{1,5}}?[市町村区郡](?:{_KANJI_NAME}|[〇○◯]){{0,8}}?[0-9]{{1,5}})"
)


# Or when it runs city, town and district down to the house
# (山鹿市鹿央町合里789), stands in brackets after a person
# (吉岡さん（菊鹿町米原1122）), or is where someone lives
# (鹿北町岩野321に住んでる, 鹿本町来民55の実家).
_TOWN_HOUSE = rf"{_KANJI_NAME}{{1,5}}?[町村郡]{_KANJI_NAME}{{1,6}}?(?:大字|字)?{_KANJI_NAME}{{0,6}}?[0-9]{{1,5}}"
_BARE_ADDRESS = lazy_regex.compile(
    rf"(?P<full>(?:{_KANJI_NAME}{{2,3}}[都道府県])?{_KANJI_NAME}{{1,5}}?[市区]{_TOWN_HOUSE})"
    rf"|(?:さん|くん|君|ちゃん|様|氏|さんち|さん宅|さん家|家|宅)[(（]\s?(?P<bracketed>(?:{_KANJI_NAME}{{1,5}}?[市区])?{_TOWN_HOUSE})"
    rf"|(?P<lived>(?:{_KANJI_NAME}{{1,5}}?[市区])?{_TOWN_HOUSE})"
    r"(?=に(?:住|暮ら|引っ越|引越|移|いる|ある)|で(?:暮ら|一人暮らし)|在住|の(?:自宅|家|実家|アパート|お宅|マンション|借家|持ち家)"
    # 鹿央町千田305の高木さん: the house tied to a named person
    r"|の[一-龥々ァ-ヴー]{1,5}(?:さん|さま|様|氏|くん|君|ちゃん|じいさん|ばあさん|さんち|さん宅|宅|家(?!族))"
    # 鹿央町千田305の吉岡って家, …の森田という人: a surname pointed at
    r"|の[一-龥々]{1,4}(?:って|っていう|という|とかいう|ん)(?:家|うち|お宅|人|奴|やつ|ジジイ|ババア|じじい|ばばあ|男|女|とこ|ち))"
)
# A home pinned down to a building and unit of a housing estate, flats or a
# dormitory (桜ヶ丘団地2号棟, コーポ山鹿203号室, 市営住宅B棟の105) where
# someone lives or whose door it is: as private as a house number.
_DWELLING = lazy_regex.compile(
    rf"(?:{_KANJI_NAME}|[ぁ-ゖ]){{0,8}}?(?:団地|アパート|マンション|コーポ|ハイツ|レジデンス|メゾン|荘|住宅|社宅|寮)"
    r"(?:[一-龥々ァ-ヴー]{1,6}|[ぁ-ゖ]{2,6})?\s?の?\s?"
    r"(?:(?:[0-9]{1,3}号|[A-Z])(?:棟|館)\s?(?:の\s?)?)?(?:[0-9]{1,4}(?:号室|号)?|[0-9]{1,2}-[0-9]{1,4}|(?<=棟|館))"
    r"(?=\s?(?:に(?:住|暮ら|引っ越|引越|一人で|独りで|ひとりで)|で(?:暮ら|一人暮らし|ひとり暮らし)|在住|の(?:部屋|家|お宅|住人|住民)"
    r"|の[一-龥々ァ-ヴー・]{1,8}(?:さん|さま|様|氏|くん|君|ちゃん|じいさん|ばあさん|って|っていう|という|とかいう)))"
)
# A district and house number with no town before it (来民1234, 岩野321-2)
# pins a home only where the draft says whose or which house it is: in
# brackets after a person (坂井さん（来民1234）) or as the house itself
# (来民1234の角の家, 米原55番地のお宅).  Roads, eras and counts are not homes.
_DISTRICT_HOUSE = (
    r"(?<![一-龥々ヶケノ])(?!国道|県道|市道|町道|農道|令和|平成|昭和|大正|西暦|第)[一-龥々ヶケノ]{2,4}"
    r"(?<![号番数値率額画棟室])[0-9]{1,5}(?:番地?)?(?:(?:の|-)[0-9]{1,4}){0,2}"
)
_HOUSE_AFTER = (
    r"の(?:(?:角|奥|隣|向かい|向かいの|裏|前|横|先|突き当たり|突きあたり)の)?(?:家|自宅|実家|お宅|おうち|うち|アパート|借家|持ち家)(?!族|具|電|賃|計|業|事)"
)
_DISTRICT_ADDRESS = lazy_regex.compile(
    rf"(?:さん|くん|君|ちゃん|様|氏|さんち|さん宅|さん家|家|宅)[(（]\s?(?P<bracketed>{_DISTRICT_HOUSE})(?=\s?[)）]|{_HOUSE_AFTER})"
    rf"|(?P<house>{_DISTRICT_HOUSE})(?={_HOUSE_AFTER})"
    # 鍋田412の平田さん: a district and house number tied to a named person
    # (身長180の田中さん, 背番号10の森くん: a measure or a number, not a home)
    rf"|(?!身長|体重|定員|得点|記録|順位|点数|背番号|番号|背番)(?P<owned>{_DISTRICT_HOUSE})"
    r"(?=の[一-龥々ァ-ヴー]{1,5}(?:さん|さま|様|氏|くん|君|ちゃん|じいさん|ばあさん|さんち|さん宅))"
)
_HOUSE_AFTER_RE = lazy_regex.compile(_HOUSE_AFTER)
# The person an address is tied to: の高木さん, の吉岡(って家).
_OWNER_AFTER = lazy_regex.compile(
    r"の[一-龥々ァ-ヴー]{1,5}?(?:さん|さま|様|氏|くん|君|ちゃん|(?=って|っていう|という|とかいう|ん家|んち|さんち|さん宅))"
)
# Units that make the number a count, a floor or an anniversary, not a house.
_NOT_AFTER_HOUSE = lazy_regex.compile(
    r"[0-9]|[年月日時分秒人名件円%歳才回個台本枚号線階校軒戸位票社店区丁便番]|\.[0-9]"
    r"|か所|カ所|ヶ所|ケ所|箇所|地区|世帯|周年|団体|チーム|店舗|km|m(?![a-z])|ha|kg|g(?![a-z])"
)


# Every address names a municipality (市町村区郡) or gives 丁目 / 番 numbers.
_PLACE_WORD = lazy_regex.compile(
    r"[市町村区郡荘寮]|丁目|番|団地|アパート|マンション|コーポ|ハイツ|レジデンス|メゾン|住宅"
    r"|[0-9][(（)）]|[0-9]の(?:[角奥隣裏前横先]の)?(?:家|自宅|実家|お宅)|[0-9]の[一-龥々ァ-ヴー]{1,5}(?:さん|さま|様|氏|くん|君|ちゃん)"
)
# ...and ends in ASCII digits: a paragraph without any is let go at once.
_ASCII_DIGIT = lazy_regex.compile(r"[0-9]")
# Each pattern below starts with a run of name characters, tried at every
# position: it is run only on a paragraph holding what each of its matches
# must hold (few do).  _BARE_ADDRESS: a town or a village (町, 村, 郡: every
# alternative has one; some have 市 or 区 too, which nearly every paragraph of
# a city's drafts holds); _DWELLING: the kind of building (団地, アパート…).
_BARE_ADDRESS_PRECHECK = LiteralPrecheck(_BARE_ADDRESS, hints=("町", "村", "郡"))
_DWELLING_PRECHECK = LiteralPrecheck(_DWELLING)
# Where no literal will do, what each match must hold, written here and
# held to its pattern by tests/validators/test_hand_guards.py:
# _DISTRICT_ADDRESS: a bracket after the person, the house after it
# (_HOUSE_AFTER, in a look-ahead: 家, 自宅, お宅, おうち, アパート…) or the
# person's honorific.
_DISTRICT_ADDRESS_WORDS = lazy_regex.compile(r"[(（家宅様氏君]|うち|アパート|さん|さま|くん|ちゃん")
# _ADDRESS: 丁目 or 番, or block numbers joined by a dash (_BLOCKS; a dash
# alone, as in a phone number or a URL, is in twice as many paragraphs).
_ADDRESS_BLOCKS = lazy_regex.compile(r"丁目|番|[0-9][-−‐‑–][0-9]")


@validator("postal_address", scope="paragraph", needs=(_PLACE_WORD,))
def postal_addresses(doc) -> list[tuple[int, int]]:
    return _remembered(doc, "_postal_addresses", _postal_addresses)


def _postal_addresses(doc):
    text = doc.text
    if not _ASCII_DIGIT.search(text):
        return
    for m in _LABELLED_ADDRESS.finditer(text):
        if not _NOT_AFTER_BLOCKS.match(text, m.end()) and not _ADDRESS.match(text, m.start("addr")):
            yield m.span("addr")
    for m in _BARE_ADDRESS_PRECHECK.finditer(text):
        group = m.lastgroup
        start, end = m.span(group)
        if _NOT_AFTER_HOUSE.match(text, end) or _ADDRESS.match(text, start) or _LABELLED_ADDRESS.search(
                text, max(0, start - 6), end):
            continue
        if group == "lived":
            # 鹿央町千田305の吉岡って家: the finding shows whose house it is
            owner = _OWNER_AFTER.match(text, end)
            if owner:
                end = owner.end()
        yield start, end
    for m in _DISTRICT_ADDRESS.finditer(text) if _DISTRICT_ADDRESS_WORDS.search(text) else ():
        start, end = m.span(m.lastgroup)
        if _ADDRESS.match(text, start) or _BARE_ADDRESS.match(text, start):
            continue
        # 来民1234の角の家 / 鍋田412の平田さん: the finding shows which house, whose
        house = _HOUSE_AFTER_RE.match(text, end) or _OWNER_AFTER.match(text, end)
        yield start, house.end() if house else end
    for m in _DWELLING_PRECHECK.finditer(text):
        # 団地3号棟, コーポ山鹿203号室, アパートの105: a unit, not 団地に住んでる
        if re.search(r"[0-9]", m.group()):
            yield m.span()
    for m in _ADDRESS.finditer(text) if _ADDRESS_BLOCKS.search(text) else ():
        if _NOT_AFTER_BLOCKS.match(text, m.end()):
            continue
        start = m.start()
        # A match may start inside a word before the place name
        # (所在地熊本県…); start it at the first place-name token instead, so
        # the allow-list, which holds whole addresses, can recognise it.
        for token in doc.tokens_between(m.start(), m.end()):
            if token.pos[:3] == ("名詞", "固有名詞", "地名"):
                start = max(start, token.start)
                break
        yield start, m.end()


_TWELVE_DIGITS = lazy_regex.compile(r"(?<![0-9])[0-9]{4}[-\s]?[0-9]{4}[-\s]?[0-9]{4}(?![0-9])")
_MY_NUMBER_LABEL = lazy_regex.compile(r"(?:マイナンバー|個人番号|マイナ番号)[^0-9\n。]{0,12}$")
# Another label right before the digits makes them some other number.
_OTHER_NUMBER_LABEL = lazy_regex.compile(r"(?:番号|No\.?|ID|コード|口座|会員|注文|伝票|受付|整理|管理)[^0-9\n。]{0,4}$", re.IGNORECASE)


def my_number_check_digit_ok(digits: str) -> bool:
    """Whether `digits` is a well-formed individual number (マイナンバー).

    The twelfth digit is a check digit, defined in 総務省令第85号
    (通知カード及び個人番号カード並びに情報提供ネットワークシステムによる
    特定個人情報の提供等に関する省令) 第5条:
    check = 11 − (Σ_{n=1..11} Pn × Qn mod 11), or 0 when the remainder is
    0 or 1; Pn is the n-th of the first eleven digits counted from the
    lowest (rightmost), Qn = n + 1 for n ≤ 6 and n − 5 for 7 ≤ n ≤ 11."""
    if len(digits) != 12 or not digits.isdigit():
        return False
    body = [int(c) for c in digits[:11]]
    total = 0
    for n in range(1, 12):
        p = body[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    remainder = total % 11
    check = 0 if remainder <= 1 else 11 - remainder
    return check == int(digits[11])


@validator("my_number", scope="paragraph")
def my_numbers(doc):
    """Twelve digits that are a valid individual number, or any twelve digits
    written right after the label マイナンバー / 個人番号."""
    text = doc.text
    for m in _TWELVE_DIGITS.finditer(text):
        digits = re.sub(r"[^0-9]", "", m.group())
        labelled = _MY_NUMBER_LABEL.search(text, max(0, m.start() - 20), m.start())
        other = _OTHER_NUMBER_LABEL.search(text, max(0, m.start() - 8), m.start())
        if labelled or (my_number_check_digit_ok(digits) and not other):
            yield m.span()
