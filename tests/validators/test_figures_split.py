"""A whole and its split that do not add up, and a 倍率 the figures beside it
do not bear out (5.4); likewise the places told twice (counted in shops, 店 or
店舗, or in brackets after 定員), an average the total and the count do not
give, and a share restated (つまり, すなわち) as another share."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, whole, parts", [
    # the split in the next sentence, named by 内訳
    ("交流会の参加者は90名でした。内訳は職員40名・市民45名です。", "90名", "職員40名・市民45名"),
    # no word for a total: a complementary pair is a full split
    ("清掃活動には60人が集まりました！大人25人、子ども30人です", "60人", "大人25人、子ども30人"),
    ("散策路は全長6km、前半4kmは川沿い、後半3kmは山道", "6km", "前半4kmは川沿い、後半3km"),
    # 延べ is a sum over the days, not a rounded figure
    ("3日間で延べ7万人（初日2万人、2日目2万人、最終日2万人）", "7万人", "初日2万人、2日目2万人、最終日2万人"),
    # a rounded whole still cannot hold 10 % more
    ("約500人の方にご来場いただきました。市内の方が300人、市外の方が250人", "500人", "市内の方が300人、市外の方が250人"),
    # events counted over the halves of a year, the time taking に
    ("健康教室は年間で15回開きました。前期に7回、後期に9回です", "15回", "前期に7回、後期に9回"),
    ("相談は年間8件でした。上半期に4件、下半期に3件です", "8件", "上半期に4件、下半期に3件"),
])
def test_split_that_does_not_add_up_is_flagged(engine, text, whole, parts, flagged):
    assert flagged(engine, text, rule="accuracy-split-sum") == [whole, parts]


@pytest.mark.parametrize("text", [
    "交流会の参加者は90名でした。内訳は職員40名・市民50名です。",
    "約500人の方にご来場いただきました。市内の方が280人、市外の方が230人",
    # a subset, an open list, last year's figure, a capacity, prices
    "参加者は90名、うち職員40名・市民45名でした",
    "参加者は90名。職員40名・市民45名などが集まりました",
    "昨年は90名でした。今年は大人40名・子ども45名です",
    "定員90名です。大人40名、子ども45名の申込みがありました",
    "入場料は800円です。大人500円、子ども200円",
    # 小学生 and 中学生 alone need not be everyone
    "参加者は90名。小学生40名、中学生45名が来てくれました",
    "健康教室は年間で16回開きました。前期に7回、後期に9回です",
    # 第2回 names one occasion, not a count of them
    "今日は第2回です。前期に1回、後期に1回の予定です",
    # に after a group of people is not a split: 大人に25人 hands out, not counts
    "参加者は60人。大人に25人、子どもに30人分のお菓子を配りました",
])
def test_split_left_alone(engine, text, flagged):
    assert flagged(engine, text, rule="accuracy-split-sum") == []


def test_competition_ratio(engine, flagged):
    text = "陶芸教室は定員12名に応募60名、倍率は3倍でした"
    assert flagged(engine, text, rule="accuracy-competition-ratio") == ["倍率は3倍"]
    assert flagged(engine, text.replace("3倍", "5倍"), rule="accuracy-competition-ratio") == []
    # 61/12 = 5.08: a written ratio is read as rounded
    assert flagged(engine, "定員12名に応募61名、倍率5倍", rule="accuracy-competition-ratio") == []
    # ちょうど makes it exact
    assert flagged(engine, "定員12名に応募61名、倍率ちょうど5倍", rule="accuracy-competition-ratio") == ["倍率ちょうど5倍"]


# -- places counted in shops (店, 店舗) or in brackets, told twice --------------------

@pytest.mark.parametrize("text, first, second", [
    ("軽トラ市の出店者を25店募集します！先着30店に達し次第締め切ります", "25店募集", "先着30店に達し次第"),
    ("募集は12店舗です。15店舗で締め切りますのでお早めに", "募集は12店舗", "15店舗で締め切"),
])
def test_shops_told_twice_are_flagged(engine, text, first, second, flagged):
    assert flagged(engine, text, rule="accuracy-capacity-told-twice") == [first, second]


@pytest.mark.parametrize("text", [
    "軽トラ市の出店者を25店募集します！先着25店に達し次第締め切ります",
    "飲食ブースは定員10店、物販ブースは定員15店です",
    # 店 inside a word is no count of shops
    "3号店の開店に合わせ、先着50名様に粗品を進呈します",
])
def test_shops_left_alone(engine, text, flagged):
    assert flagged(engine, text, rule="accuracy-capacity-told-twice") == []


def test_first_come_in_brackets_after_capacity_is_the_places(engine, flagged):
    text = "そば打ち体験の参加者、定員16名（先着12名様）で受け付けます"
    assert flagged(engine, text, rule="accuracy-capacity-told-twice") == ["定員16名", "先着12名"]


def test_first_come_gift_in_brackets_left_alone(engine, flagged):
    text = "定員は16名です。（先着10名様にお土産あり）"
    assert flagged(engine, text, rule="accuracy-capacity-told-twice") == []


# -- an average the total and the count do not give --------------------------------

@pytest.mark.parametrize("text, total, average", [
    ("4日間の物産展、延べ200人にご来場いただきました。1日平均80人です", "200人", "1日平均80人"),
    ("全6回の教室に合計90人、平均すると1回あたり25人の参加でした", "90人", "平均すると1回あたり25人"),
    ("10世帯で計300kgの米を収穫、1世帯平均50kgやった", "300kg", "1世帯平均50kg"),
])
def test_average_the_figures_do_not_give_is_flagged(engine, text, total, average, flagged):
    assert flagged(engine, text, rule="accuracy-average") == [total, average]


@pytest.mark.parametrize("text", [
    "4日間の物産展、延べ200人にご来場いただきました。1日平均50人です",
    # a rounded average: 200 ÷ 3 = 66.7
    "3日間で延べ200人、1日平均約70人でした",
    "3日間で延べ200人、1日平均67人でした",
    # last year's total, an average alone, two totals to choose from
    "去年は4日間で延べ200人でした。今年は1日平均80人を目指します",
    "1日平均80人の方が利用されています",
    "定員150人、3日間で200人、1日平均80人",
    # a date is no count of days
    "8月3日の来場は延べ200人、1日平均80人です",
])
def test_average_left_alone(engine, text, flagged):
    assert flagged(engine, text, rule="accuracy-average") == []


# -- a share restated (つまり, すなわち) as another share ---------------------------------

@pytest.mark.parametrize("text, span", [
    ("子ども料金は大人の半額、つまり3分の1です", "半額、つまり3分の1"),
    ("負担は1割、すなわち20%になります", "1割、すなわち20%"),
    ("空き家の4分の1、つまり半数が築50年以上です", "4分の1、つまり半数"),
])
def test_share_restated_wrongly_is_flagged(engine, text, span, flagged):
    assert flagged(engine, text, rule="accuracy-restated-share") == [span]


@pytest.mark.parametrize("text", [
    "子ども料金は大人の半額、つまり2分の1です",
    "負担は1割、すなわち10%になります",
    # a discount and what is left say the same thing
    "3割引、つまり7割のお支払いです",
    "4分の1、つまり約25%",
    # a rise in two words, and a restatement that is no share
    "料金は1.5倍、つまり5割増しです",
    "半額、つまり500円でご購入いただけます",
])
def test_share_restated_rightly_left_alone(engine, text, flagged):
    assert flagged(engine, text, rule="accuracy-restated-share") == []


@pytest.mark.parametrize("text, rule", [
    # a length told in km and its parts in m
    ("舗装の打ち替えは計2.1km（東工区800m＋西工区900m）", "accuracy-contradictory-total"),
    ("散策路は全長3km（前半1,200m・後半2,100m）", "accuracy-split-sum"),
    # a part bigger than its whole, an emoji dropped between them
    ("所蔵資料は約5万点、蔵書は約8万冊📚そのうち郷土資料が9万冊", "accuracy-part-exceeds-whole"),
    # places counted in 名 and seats left in 席
    ("定員50名のところ、残り60席です", "accuracy-more-left-than-capacity"),
])
def test_figures_in_two_units_that_contradict(engine, text, rule, flagged):
    assert flagged(engine, text, rule=rule)


@pytest.mark.parametrize("text", [
    "舗装の打ち替えは計1.7km（東工区800m＋西工区900m）",
    "散策路は全長3.3km（前半1,200m・後半2,100m）",
    "蔵書は約8万冊、そのうち郷土資料が9千冊",
    "定員50名のところ、残り6席です",
])
def test_figures_in_two_units_that_agree(engine, text, flagged):
    assert flagged(engine, text, "5.4") == []


@pytest.mark.parametrize("text, span", [
    ("今年は2km・5km・10km・ハーフの全3種目を用意しました", "今年は2km・5km・10km・ハーフの全3種目"),
    ("全2コース（初級・中級・上級）からどうぞ", "全2コース（初級・中級・上級）"),
    ("鹿北、菊鹿、鹿本、鹿央の全3会場で開催", "鹿北、菊鹿、鹿本、鹿央の全3会場"),
])
def test_a_count_the_items_listed_contradict(engine, text, span, flagged):
    assert flagged(engine, text, rule="accuracy-listed-count") == [span]


@pytest.mark.parametrize("text", [
    "今年は2km・5km・10km・ハーフの全4種目を用意しました",
    "そば・うどん・丼などの全6品目",             # an open list
    "通学路の死角をなくすため、鹿本地区の5か所に防犯カメラを設置",  # 、 closing a clause
    "陸上・水泳の各2種目に出場",
    "陸上・水泳、卓球・テニスの全4種目",          # items of two levels
])
def test_a_count_the_items_listed_bear_out(engine, text, flagged):
    assert flagged(engine, text, rule="accuracy-listed-count") == []


@pytest.mark.parametrize("text, whole, parts", [
    # a whole placed 市内 split by 内訳 into districts (市内 says where, it is no part)
    ("街路灯を市内15か所に付けました。内訳は山鹿6か所、鹿本5か所、鹿央6か所です", "15か所", "山鹿6か所、鹿本5か所、鹿央6か所"),
    # numbered sections that add up to more than a told total, even about 約
    ("護岸の改修は全体で約2.5kmです。第1工区1.2km、第2工区1.9kmで進めます", "2.5km", "第1工区1.2km、第2工区1.9km"),
])
def test_parts_that_outgrow_their_whole(engine, flagged, text, whole, parts):
    found = flagged(engine, text, "5.4")
    assert whole in found and parts in found


@pytest.mark.parametrize("text", [
    # numbered sections may leave some out: fewer is no contradiction
    "護岸の改修は全体で約5kmです。第1工区1.2km、第2工区1.9kmを先に進めます",
    # within 約's rounding
    "護岸の改修は全体で約3kmです。第1工区1.2km、第2工区1.9kmです",
])
def test_sections_within_or_below_their_total_stay_clean(engine, flagged, text):
    assert flagged(engine, text, "5.4") == []


def test_a_ratio_of_examinees_to_those_who_passed(engine, flagged):
    text = "消防職員の採用試験は受験者72人、合格者12人、倍率は4倍でした"
    assert "倍率は4倍" in flagged(engine, text, "5.4")
    assert flagged(engine, text.replace("4倍", "6倍"), "5.4") == []


@pytest.mark.parametrize("text, whole, parts", [
    # labels with kana inside (障がい者用, 妊婦さん用) after one of a family (一般): still one list
    ("来庁者駐車場は全部で85台。一般75台、障がい者用6台、妊婦さん用8台ばい", "85台", "一般75台、障がい者用6台、妊婦さん用8台"),
    ("駐車場は合計40台です。一般30台、障がい者用6台、軽自動車用6台です", "40台", "一般30台、障がい者用6台、軽自動車用6台"),
])
def test_a_list_of_mixed_labels_that_outgrows_a_told_total(engine, flagged, text, whole, parts):
    found = flagged(engine, text, rule="accuracy-split-sum")
    assert whole in found and parts in found


@pytest.mark.parametrize("text", [
    "来庁者駐車場は全部で89台。一般75台、障がい者用6台、妊婦さん用8台ばい",
    # no told total: a mere list may leave some out
    "来庁者駐車場は85台。一般75台、障がい者用6台、妊婦さん用8台です",
])
def test_a_mixed_list_that_adds_up_or_has_no_told_total_stays_clean(engine, flagged, text):
    assert flagged(engine, text, rule="accuracy-split-sum") == []


def test_parts_in_brackets_after_a_short_clause_contradict_the_total(engine, flagged):
    text = "庁舎の消火器、点検で全部で32本とも異常なしでした（1階12本、2階10本、3階8本）"
    assert flagged(engine, text, rule="accuracy-contradictory-total")
    assert flagged(engine, text.replace("32本", "30本"), rule="accuracy-contradictory-total") == []
