"""Personal contact data (5.3): phone numbers, e-mail, street addresses and
My Number, with the city's public data and public facilities left alone."""

from __future__ import annotations

import pytest

from yamaga_desk.validators.contact import my_number_check_digit_ok


# -- My Number check digit (総務省令第85号 第5条) ---------------------------

def _check_digit(first_eleven: str) -> int:
    """The check digit written out from the ordinance, independently of the
    implementation: weights 6,5,4,3,2,7,6,5,4,3,2 from the left."""
    weights = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    remainder = sum(int(d) * w for d, w in zip(first_eleven, weights)) % 11
    return 0 if remainder <= 1 else 11 - remainder


@pytest.mark.parametrize("body", ["12345678901", "98765432109", "00000000000", "11111111111", "31415926535"])
def test_my_number_check_digit_accepts_only_the_right_digit(body):
    right = _check_digit(body)
    assert my_number_check_digit_ok(body + str(right))
    for wrong in set(range(10)) - {right}:
        assert not my_number_check_digit_ok(body + str(wrong))


def test_my_number_known_values():
    # 123456789018 is the sample used in explanations of the ordinance.
    assert my_number_check_digit_ok("123456789018")
    assert not my_number_check_digit_ok("123456789012")
    assert not my_number_check_digit_ok("12345678901")  # 11 digits
    assert not my_number_check_digit_ok("12345678901a")


def test_my_number_in_a_draft(engine, flagged):
    assert flagged(engine, "妻のマイナンバーは 1234-5678-9018 です", "5.3") == ["1234-5678-9018"]
    # After the label any twelve digits are the number, check digit or not.
    assert flagged(engine, "マイナンバー：1234 5678 9012", "5.3") == ["1234 5678 9012"]
    # Another label makes the digits some other number.
    assert flagged(engine, "受付番号 123456789018 の方はお越しください", "5.3") == []


# -- phone numbers ------------------------------------------------------------

@pytest.mark.parametrize("text, number", [
    ("電話は080-2468-1357だって", "080-2468-1357"),
    ("持ち主は（０９０-１２３４-５６７８）です", "０９０-１２３４-５６７８"),
    ("携帯 090 1234 5678 に連絡して", "090 1234 5678"),
    ("携帯は０９０ー１２３４ー５６７８", "０９０ー１２３４ー５６７８"),
    ("家の電話は0968-44-5566", "0968-44-5566"),
    ("実家 0968(44)5566", "0968(44)5566"),
    ("+81 90-1234-5678 にかけて", "+81 90-1234-5678"),
])
def test_private_phone_numbers_are_flagged_whole(engine, text, number, flagged):
    assert flagged(engine, text, "5.3") == [number]


@pytest.mark.parametrize("text", [
    "山鹿市役所（0968-43-1111）までお問い合わせください",
    "電話番号：0968-43-1111（代表）",
    "詳しくは観光課（電話 0968-43-2222）へ",
    "会場：山鹿市民体育館 TEL 0968-44-1234",
    "お問い合わせ：子育て支援課 0968-43-3333",
    "フリーダイヤル 0120-123-456 へどうぞ",
    "2026-08-15 に更新しました",
    "参加者は120人でした",
])
def test_public_and_non_phone_numbers_are_not_flagged(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


def test_a_mobile_number_after_a_facility_name_is_still_private(engine, flagged):
    # Facilities publish landlines; a mobile after 窓口 is someone's own.
    assert "090-1111-2222" in flagged(engine, "窓口に来た人の携帯は090-1111-2222", "5.3")


def test_consent_stated_in_the_draft_clears_the_number(engine, flagged):
    text = "代表の田中さん（090-1111-2222）まで。※ご本人の了承を得て掲載しています"
    assert flagged(engine, text, "5.3") == []


# -- e-mail ----------------------------------------------------------------------

def test_private_email_flagged_public_body_not(engine, flagged):
    assert flagged(engine, "苦情の人、アドレス yamada.taro1975@example.jp だった", "5.3") == ["yamada.taro1975@example.jp"]
    assert flagged(engine, "お問い合わせは kankou@city.yamaga.lg.jp まで", "5.3") == []
    assert flagged(engine, "@kumamoto_hanako ご指摘ありがとうございます", "5.3") == []


# -- addresses -------------------------------------------------------------------

@pytest.mark.parametrize("text, address", [
    ("今は山鹿市鹿本町来民1234-5に住んでて", "山鹿市鹿本町来民1234-5"),
    ("昨日、山鹿市山鹿1234-5の田中さんち", "山鹿市山鹿1234-5"),
    ("住所は山鹿市菊鹿町上永野567番地だって", "山鹿市菊鹿町上永野567番地"),
    ("あの家、中央通り1丁目2番3号だよ", "1丁目2番3号"),
])
def test_private_addresses_with_block_numbers(engine, text, address, flagged):
    assert address in flagged(engine, text, "5.3")


@pytest.mark.parametrize("text", [
    "住所：〒861-0592 熊本県山鹿市山鹿987番地3",
    "所在地：熊本県山鹿市山鹿987番地3",
    "会場：山鹿市民体育館（山鹿市山鹿1400-1）",
    "山鹿市では2026-27年度に整備します",
    "山鹿市の人口は約4万9千人です",
    "住所変更の手続きは市民課窓口で受け付けています",
])
def test_public_addresses_and_look_alikes_are_not_flagged(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


@pytest.mark.parametrize("text", [
    "住所 熊本県山鹿市山鹿987-3 電話 0968(43)1111",
    "〒861-0592 山鹿市山鹿987番地の3",
    "代表 ０９６８－４３－１１１１",
])
def test_the_city_halls_own_data_in_any_spelling_is_never_flagged(engine, text):
    assert [f for f in engine.check(text).findings if f.item in ("5.3", "6.3.3")] == []


def test_a_labelled_house_number_without_dash_is_an_address(engine):
    # 全角 digits and no 番地: 住所は… says it is one
    text = "同級生の平井くん、住所は菊鹿町米原１１２２だよ"
    flagged = [text[f.start:f.end] for f in engine.check(text).findings if f.item == "5.3"]
    assert any("菊鹿町米原１１２２" in f for f in flagged), flagged
    for clean in ("会場は鹿本町の体育館、定員は120人です", "住所は山鹿市で、120人が参加しました"):
        assert [f for f in engine.check(clean).findings if f.item == "5.3"] == []


# -- numbers spelled to dodge a filter ------------------------------------------

@pytest.mark.parametrize("text, number", [
    ("あいつの携帯、〇九〇・三三五一・八二〇四らしいよ", "〇九〇・三三五一・八二〇四"),
    ("番号は080の5521の9034だから、かけてみて", "080の5521の9034"),
    ("ケータイ 0 7 0 8 8 1 2 3 4 5 6 に連絡ちょうだい", "0 7 0 8 8 1 2 3 4 5 6"),
    ("元同僚の家電は〇九六八（四六）七七八八", "〇九六八（四六）七七八八"),
    ("携帯は〇八〇、二二三四、五五六六ね。誰にも言うなよ", "〇八〇、二二三四、五五六六"),
])
def test_phone_numbers_in_kanji_or_spaced_out(engine, text, number, flagged):
    assert number in flagged(engine, text, "5.3")


@pytest.mark.parametrize("text", [
    "山鹿市役所 電話 〇九六八（四三）一一一一",  # the allow-list in kanji
    "観光課（電話 〇九六八-四三-二二二二）へお問い合わせください",
    "〇〇〇-〇〇〇〇-〇〇〇〇 のような番号からの着信に注意",  # a mask
    "得点は 0 1 2 3 4 5 6 7 8 9 の十段階です",  # spaced digits, no word for a phone
    "平成〇年一二月三日に開館",
])
def test_spelled_public_numbers_masks_and_figures_are_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


@pytest.mark.parametrize("text, address", [
    ("お隣の吉田さん（山鹿市鹿央町合里456）のおじいちゃん", "山鹿市鹿央町合里456"),
    ("向かいの松本さん（鹿北町岩野2231）、最近見かけない", "鹿北町岩野2231"),
    ("あの子、鹿本町来民402に住んでるんだって", "鹿本町来民402"),
    ("友達の新しい住所、鹿北町岩野2231だって", "鹿北町岩野2231"),
    # the house tied to a named person right after it
    ("しつこく電話してくるの、菊鹿町米原812の山本さんってばあさん", "菊鹿町米原812"),
    ("苦情の主は鹿北町多久77の村田氏らしい", "鹿北町多久77"),
    ("鹿本町来民1200の中島宅、また草ぼうぼう", "鹿本町来民1200"),
])
def test_house_numbers_without_dash_next_to_a_person_or_a_home(engine, text, address, flagged):
    # the finding starts at the address; a person named right after it is shown too
    assert any(f.startswith(address) for f in flagged(engine, text, "5.3"))


@pytest.mark.parametrize("text", [
    "山鹿市鹿央町岩原3085（鹿央物産館）で販売します",
    "山鹿市鹿本町の2会場で開催",
    "山鹿市鹿北町30周年の記念式典",
    "山鹿市菊鹿町の12地区で草刈りをしました",
    "鹿北町岩野で田植え体験を開催。定員20人",
    "山鹿市鹿本町の2会場の皆さん、ありがとうございました",
])
def test_facility_addresses_and_counts_after_a_town_are_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


@pytest.mark.parametrize("text, quote", [
    # full-width digits, and the surname pointed at with って
    ("鹿央町千田２２１４の吉岡って家、ゴミの分別がめちゃくちゃ", "鹿央町千田２２１４の吉岡"),
    ("菊鹿町米原1188の中島とかいう奴、また犬を放し飼いにしとる", "菊鹿町米原1188の中島"),
    ("鹿北町岩野321の森田さん、いつも留守", "鹿北町岩野321の森田さん"),
])
def test_an_address_tied_to_a_surname_shows_whose_it_is(engine, text, quote, flagged):
    assert quote in flagged(engine, text, "5.3")


def test_a_count_after_a_district_is_not_an_address(engine, flagged):
    assert flagged(engine, "鹿北町岩野の3軒で草刈りをしました", "5.3") == []


@pytest.mark.parametrize("text, unit", [
    ("さくら台団地3号棟に住んどる男、毎晩うるさか", "さくら台団地3号棟"),
    ("コーポ山鹿203号室に住んでる大学生、ゴミを出さない", "コーポ山鹿203号室"),
    ("市営住宅B棟の105の田村さん、また怒鳴っとった", "市営住宅B棟の105"),
    ("ひばりが丘団地の5号棟で一人暮らししとるおじいさんがいる", "ひばりが丘団地の5号棟"),
])
def test_a_home_pinned_to_building_and_unit_where_someone_lives(engine, text, unit, flagged):
    assert any(unit in f for f in flagged(engine, text, "5.3"))


@pytest.mark.parametrize("text", [
    "市営住宅の入居者を募集します（2号棟105号室）",
    "団地2号棟の集会所で健康講座を開きます",
    "中央団地に住んでる佐藤さん、いつもありがとう",
    "マンション5階に住んでいます",
    "市営住宅3棟に住む120世帯に配布しました",
])
def test_a_housing_estate_without_a_home_unit_is_not_an_address(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []
