"""A private person made identifiable (5.3): a child named with school and
year (a school whose name holds kana, 三岳小5), a home placed by a landmark
(郵便局の裏のアパート), a home in brackets after the name (district, 丁目 or
house number) or pinned by district and house number with no town before it
(坂井さん（来民1234）, 岩原88の角の家); a household's child by birth order or
by a colleague's bare surname and kin (山下の息子) with school and year; a
mental state or school refusal told without the word; a resident pointed at
as 「…って人」 whose surname Sudachi splits, or a counter visitor named and
laughed at; a critic addressed by handle with their house described, or
identified by the family shop and birth order.  Not so: an epithet (浮気男)
is no disclosed affair, the Kyushu ending 〜っちゃん is no child's name, and a
number in brackets that is an age or a year is no home.  More of 5.3 in
test_persons.py; photos and pictures in test_persons_photos.py."""

from __future__ import annotations

import pytest


# -- a child by school and year, a home by a landmark ------------------------------

@pytest.mark.parametrize("text, quote", [
    ("図書館でいつも勉強しよる山鹿ひかり中2年の森あおいちゃん、今日も遅くまでおった", "山鹿ひかり中2年"),
    ("鹿北中学1年の森あおいちゃん、いつも図書館で勉強しよる", "鹿北中学1年"),
    ("三岳小5の吉田はるとくん、足の速かもんね", "三岳小5"),
    ("松尾さん、家は郵便局の裏のアパートやけん夜道が心配", "家は郵便局の裏のアパート"),
    ("隣のクラスの木下くん、家は中央通りの角の床屋さんらしい", "家は中央通りの角の床屋さん"),
    # a surname Sudachi reads as a place (松尾) and a kana given name it reads as a word (ひなた)
    ("松尾ひなたちゃんの家は中町の角のパン屋さんやけん、帰り道ちょっと心配", "松尾ひなたちゃん"),
])
def test_child_school_and_home_by_landmark(engine, text, quote, flagged):
    assert any(quote in f for f in flagged(engine, text, "5.3"))


@pytest.mark.parametrize("text", [
    "うちの娘は中2年、友達と図書館で勉強しとる",
    "鹿本中学2年の田中さんが、県の作文コンクールで入賞しました",
    "会場は公民館の隣の体育館です",
])
def test_own_child_a_prize_winner_and_a_venue_stay_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


# -- a home in brackets, a household's child, a critic by handle -------------------

@pytest.mark.parametrize("text, quote", [
    # a district or 丁目 in brackets and a put-down: pinned down and held up
    ("裏の松永さんとこの奥さん（鹿央町霜野）、挨拶もせんでほんとアホやね", "鹿央町霜野"),
    ("向かいの坂本和也さま（山鹿市山鹿3丁目）は、話の通じないバカなお方でございます", "山鹿市山鹿3丁目"),
    # a house number in brackets after a bare full name is the address itself
    ("村上正樹（菊鹿町米原2201）ってやつ、知っとる？", "村上正樹"),
    ("平田ミツ子（鹿北町岩野1420）、あんクズばばあ", "鹿北町岩野1420"),
    # a named household's child by birth order, school and year, and a school refusal
    ("森田さんとこの次男くん（山鹿中の2年）、最近学校に来とらんらしか", "山鹿中の2年"),
    ("木下さんのところの長女さん、精神的に追い詰められとるみたいよ", "精神的に追い詰め"),
    # a critic addressed by handle, their home described
    ("@kumamoto_taro さん、赤い屋根のお宅にお住まいですよね", "赤い屋根のお宅"),
])
def test_person_pinned_down(engine, text, quote, flagged):
    assert any(quote in f for f in flagged(engine, text, "5.3"))


@pytest.mark.parametrize("text", [
    # award lists name the district in brackets, without blame
    "表彰者：田中一郎さん（鹿本町）、山本花子さん（菊鹿町）",
    "松永さん（鹿央町霜野）が育てたメロン、甘くて最高でした",
    # a role in brackets is no home
    "講師の石橋さん（町内会長）がごみの分別を説明しました",
    # 浮気男 / 浮気女 is an epithet (5.6.1), not an affair disclosed
    "元カノの美咲、あの浮気女ほんと最低",
    "元カレの大輔、あの浮気男は地獄に落ちろ",
    "@yamaga_info さん、いつも情報ありがとうございます",
    "学校に行けない子どもたちのためのフリースクールを紹介します",
    "長男の入学式でした。鹿本中の1年生になります",
    # 少しね is no しね
    "近所の吉田さん（鹿本町）、少しね、元気がなかった",
])
def test_not_exposure(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


# -- a colleague's child by bare surname, a resident pointed at or laughed at ------

@pytest.mark.parametrize("text, quote", [
    # a bare surname and whose child: the household is known
    ("係の中原の娘、山鹿中の3年で吹奏楽部やけん応援してね", "中原の娘"),
    ("いつもお世話になっとる平田のところの長男、鹿本高校の2年らしかよ", "鹿本高校の2年"),
    # 「…って人」「…という方」 after a place: a resident pointed at, with their money trouble
    ("菊鹿の上村って人、国保税ずっと未納なんよ", "上村"),
    ("鹿央の岩下とかいうおばさん、借金で首が回らんらしい", "借金"),
    ("来民の大塚という方は、住民税を滞納されているそうです", "大塚"),
    # a resident served at the counter, named and laughed at
    ("午前中に窓口に来た鍋田の松本キヨ子さん、印鑑ば3回も忘れとらした笑", "松本キヨ子さん"),
    ("受付にいらした中富の村田さん、何度説明しても分からんでトロすぎ", "村田さん"),
    ("支所に毎朝来られる鹿北町の平井ハナさん（80）、今日もお説教コース", "平井ハナさん"),
    # a label (クレーマーの) and the person's district in brackets
    ("うるさいクレーマーの坂本和夫（鹿本町来民）、まじで害悪", "坂本和夫"),
])
def test_private_person_pointed_at(engine, text, quote, flagged):
    found = [q for rule, q in flagged(engine, text, "5.3", with_rule=True) if rule == "privacy-person-details"]
    assert any(quote in q for q in found), found


@pytest.mark.parametrize("text", [
    "離婚の手続きなら市民課の窓口にあるっちゃん",
    "いじめは絶対許さんっちゃん。相談窓口はこちら",
    "今年の灯籠って人多かったね。救急搬送はゼロやったって",
    "介護の仕事という方は、ぜひ相談会へ",
    "窓口に来られた中島ハルさんに、市長が百歳のお祝いを届けました",
    "窓口で対応した坂本さん、笑顔がすてきな方でした",
    "クレーマー対応の研修で、講師の田中さん（菊鹿町）にお話を伺いました",
])
def test_no_private_person_exposed(engine, text, flagged):
    assert not [q for rule, q in flagged(engine, text, "5.3", with_rule=True) if rule == "privacy-person-details"]


# -- a district and house number with no town; a critic by the family shop ---------

@pytest.mark.parametrize("text, quote", [
    ("うるさか犬ば飼うとる村田さん（岩野321）、どげんかならんと", "岩野321"),
    ("米原55番地の奥の家のじいさん、また怒鳴っとった", "米原55番地の奥の家"),
    ("苦情の主は中尾様（多久1543-2）です", "多久1543-2"),
])
def test_district_and_house_number_pin_a_home(engine, text, quote, flagged):
    assert any(q == quote for _, q in flagged(engine, text, "5.3", with_rule=True)), flagged(engine, text, "5.3", with_rule=True)


@pytest.mark.parametrize("text", [
    "会員番号1234の家族会員の方へ",
    "国道325の角の家から先は通行止めです",
    "令和6の家づくり補助金のご案内",
    "高木さん（65）は灯籠師歴40年です",
    "高木さん（3年）が優勝しました",
])
def test_numbers_that_are_no_home_are_not_flagged(engine, text, flagged):
    assert flagged(engine, text, "5.3", with_rule=True) == []


@pytest.mark.parametrize("text", [
    "偉そうに言いよるけど、あんた上町の森本工務店の長男やろ",
    "あなた、中央通りの山口医院の娘さんでしょう？",
])
def test_critic_identified_by_family_shop(engine, text, flagged):
    assert "privacy-identify-critic" in {r for r, _ in flagged(engine, text, "5.3", with_rule=True)}


# -- round 33: kin named in full, a firm's head's taxes, a critic unmasked ---------

@pytest.mark.parametrize("text, quote", [
    # the writer's niece, named in full with her class and when she walks alone
    ("甥っ子の松田はると、鹿北小2年1組。毎日16:30にひとりで下校してくる", "松田"),
    # a firm's head's arrears read off the tax records
    ("株式会社ヤマガ物産の田島健一社長、固定資産税をずっと滞納しとるらしか", "田島健一社長"),
])
def test_kin_and_firm_head_pinned_down(engine, text, quote, flagged):
    assert any(quote in q for q in flagged(engine, text, "5.3"))


@pytest.mark.parametrize("text", [
    # a firm's head greeted in public, nothing private told
    "株式会社ヤマガ物産の田島健一社長にご挨拶いただきました",
    # a time of day with no one alone or away from home
    "姪っ子と一緒に、朝7:30から灯籠踊りの練習に参加しました",
])
def test_public_greeting_or_plain_time_stays_clean(engine, text, flagged):
    assert not flagged(engine, text, "5.3")


# -- round 37: a person pinned by district or age as the party to an incident;
# a private person's land; an applicant's marks ----------------------------------

@pytest.mark.parametrize("text, person, detail", [
    # hurt and unconscious, told news-style with the age in brackets
    ("この前の事故でケガしたとは鹿央町の中原拓海さん（28）で、意識不明のままらしか", "中原拓海さん", "意識不明"),
    # the one caught, named in full with district and age, no honorific
    ("自販機荒らしで捕まったとは、来民の吉永翔（18）やった", "吉永翔", "捕ま"),
    # the victim of a scam, the incident told in the sentence before the name
    ("詐欺の被害に遭ったのは、菊鹿町の松永ハツエさん（81）だそうです", "松永ハツエさん", "被害に遭"),
    # who owns which land, down to the lot number
    ("川沿いの畑は全部、西村邦夫さんの土地です。字前田310番から奥まで", "西村邦夫さん", "土地です"),
    # an applicant's written-test score next to her name and school
    ("面接に来とった鹿本高2年の村上彩花さん、筆記試験は95点やったげな", "村上彩花さん", "95点"),
])
def test_pinned_persons_with_incident_land_or_marks(engine, text, person, detail, flagged):
    found = flagged(engine, text, "5.3")
    assert any(person in f for f in found), found
    assert any(detail in f for f in found), found


@pytest.mark.parametrize("text", [
    # a centenarian greeted: district and age, nothing befell her
    "鹿北町の坂本キヨさん（100）、百歳おめでとうございます！",
    # a resident campaigning against accidents
    "鹿本町の田中良一さん（67）が交通事故防止の見守り活動を続けています",
    # land borrowed with thanks, no owner's holdings told
    "体験農園は地元の農家さんからお借りした畑です",
    # a score with no person
    "今年の筆記試験の平均点は62点でした",
])
def test_notices_without_an_incident_or_holding_stay_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


def test_stranger_photographed_told_as_an_aside(engine, flagged):
    assert flagged(engine, "川辺で釣りしとる人、何枚か撮ったばい（知らん人やけど）", "5.3")
    assert not flagged(engine, "川辺で釣りしとる人を撮りました（知らない方でしたが、掲載の許可をいただきました）", "5.3")
