"""5.4 figure checks of rounds 33-34 that were tested only through their rule
examples: a 100% promise, a yearly sum that is not monthly x months, the
places contradicted after のところ, a count of open places told twice and a
per-person limit told twice.  Each test puts the contradictory draft beside a
look-alike in other wording that must stay clean, and full-width digits or
kanji numerals where the detector claims to read them."""

from __future__ import annotations

import pytest


# --- accuracy-hundred-percent-promise ----------------------------------------

@pytest.mark.parametrize("text, quote", [
    # full-width digits and sign: NFKC reads them as 100%, the span stays on the original
    ("新しい防犯カメラを付けたので、空き巣は１００％入りません", "１００％入りません"),
    ("この消毒液を使えば食中毒は百パーセント防げます", "百パーセント防げます"),
    # one noun and a particle between 100% and the verb
    ("うちの畑の柵なら100%イノシシは入ってこんです", "100%イノシシは入ってこんです"),
    # a サ変 noun told possible with できる
    ("この補強工事で、地震による倒壊は100%回避できます", "100%回避できます"),
])
def test_hundred_percent_told_of_what_will_happen_is_a_promise(engine, flagged, text, quote):
    assert flagged(engine, text, rule="accuracy-hundred-percent-promise") == [quote]


@pytest.mark.parametrize("text", [
    # a measure: the percentage of a content, a rate, a target
    "山鹿産の米粉を１００％使ったパンを販売します",
    "この牛乳は生乳100%です",
    "昨年度の検診の達成率は100%でした",
    "ごみの分別100%を目指して、地区ごとに説明会を開きます",
    "申請の電子化率は百パーセントに達しました",
    # the certainty denied after it is the honest hedge
    "この柵で獣の侵入を100%防げるとは限りません",
    "マスクで感染を100%防げるわけではありませんので、手洗いも続けてください",
])
def test_hundred_percent_as_a_measure_or_hedged_is_no_promise(engine, flagged, text):
    assert flagged(engine, text, rule="accuracy-hundred-percent-promise") == []


# --- accuracy-yearly-from-monthly --------------------------------------------

@pytest.mark.parametrize("text, monthly, yearly", [
    ("会費は月額８００円で、年間で８，６００円になります", "８００円", "８，６００円"),
    # N か月分 told: the product is monthly x N, not x 12
    ("放課後クラブの利用料は毎月3,000円、11か月分で年額36,000円です", "3,000円", "36,000円"),
    # 万円 on both sides
    ("家賃補助は月額２万円、年額30万円の支給です", "２万円", "30万円"),
])
def test_a_yearly_sum_that_is_not_the_monthly_times_the_months(engine, flagged, text, monthly, yearly):
    assert flagged(engine, text, rule="accuracy-yearly-from-monthly") == [monthly, yearly]


@pytest.mark.parametrize("text, monthly, yearly", [
    ("会費は月額800円で、年間では8,600円になります", "800円", "8,600円"),
    ("家賃補助は月額2万円、年額では30万円の支給です", "2万円", "30万円"),
])
def test_a_yearly_sum_told_with_de_wa(engine, flagged, text, monthly, yearly):
    assert flagged(engine, text, rule="accuracy-yearly-from-monthly") == [monthly, yearly]


@pytest.mark.parametrize("text", [
    "会費は月額８００円で、年間で９，６００円になります",
    "放課後クラブの利用料は毎月3,000円、11か月分で年額33,000円です",
    "家賃補助は月額２万円、年額24万円の支給です",
    # a cap, a rough figure or a saving is no product
    "家賃補助は月額2万円、年間の上限は20万円です",
    "駐輪場は月額500円、年間約5,000円です",
    "駐輪場は月額500円ですが、年間契約なら5,000円とお得です",
])
def test_a_yearly_sum_that_is_the_product_or_no_product_stays_clean(engine, flagged, text):
    assert flagged(engine, text, rule="accuracy-yearly-from-monthly") == []


# --- accuracy-capacity-told-twice: the places contradicted after のところ -----

def test_more_places_offered_after_the_capacity_of_the_same_event(engine, flagged):
    text = "そば打ち体験は定員１５名のところ、先着２０名様まで受け付けます"
    assert flagged(engine, text, rule="accuracy-capacity-told-twice") == ["定員１５名", "先着２０名様まで受け付け"]


@pytest.mark.parametrize("text", [
    # a widening told as such
    "そば打ち体験は定員15名のところ、特別に先着20名様まで受け付けます",
    "そば打ち体験は定員15名のところ、臨時に先着20名様まで受け付けます",
    "定員15名のところ、制限を緩和して先着20名様まで受け付けます",
    # the same figure told twice
    "そば打ち体験は定員15名のところ、先着15名様まで受け付けます",
])
def test_a_widened_or_repeated_capacity_stays_clean(engine, flagged, text):
    assert flagged(engine, text, rule="accuracy-capacity-told-twice") == []


# --- accuracy-state-count-told-twice -----------------------------------------

def test_open_shelters_counted_twice_differently(engine, flagged):
    text = "市内に避難所を５か所開設しました。現在、開設中の６か所には職員を配置しています"
    found = flagged(engine, text, rule="accuracy-state-count-told-twice")
    assert found == ["５か所開設", "開設中の６か所"]


@pytest.mark.parametrize("text", [
    "市内に避難所を5か所開設しました。現在、開設中の5か所には職員を配置しています",
    # new ones added between the two
    "市内に避難所を5か所開設し、新たに開設した1か所を含めて、開設中の6か所には職員を配置しています",
    # two different states
    "市内に避難所を5か所開設し、公民館3か所を閉鎖しました",
])
def test_open_places_added_or_of_another_state_stay_clean(engine, flagged, text):
    assert flagged(engine, text, rule="accuracy-state-count-told-twice") == []


def test_one_more_opened_then_the_new_total(engine, flagged):
    text = "市内に避難所を5か所開設しました。午後に新たに1か所を開設し、開設中の6か所には職員を配置しています"
    assert flagged(engine, text, rule="accuracy-state-count-told-twice") == []


# --- accuracy-per-head-limit-told-twice --------------------------------------

@pytest.mark.parametrize("text, first, second", [
    ("花の苗はお一人さま３鉢まで。なお、おひとり５鉢までお持ち帰りいただけます", "お一人さま３鉢まで", "おひとり５鉢まで"),
    # kanji numerals
    ("指定ごみ袋はお一人様五袋まで配布します。受付では1人につき十袋までお渡しします",
     "お一人様五袋まで", "1人につき十袋まで"),
    # kanji numerals over ten (十五, 二十): figures.py once held a second
    # _small_number, for ratios, that replaced this check's and failed on them
    ("花の苗はお一人さま十五鉢まで。なお、おひとり二十鉢までお持ち帰りいただけます",
     "お一人さま十五鉢まで", "おひとり二十鉢まで"),
    ("1世帯2箱まで購入できます。在庫に限りがあるため1世帯3箱までとさせていただきます",
     "1世帯2箱まで", "1世帯3箱まで"),
])
def test_a_per_head_limit_told_twice_differently(engine, flagged, text, first, second):
    assert flagged(engine, text, rule="accuracy-per-head-limit-told-twice") == [first, second]


@pytest.mark.parametrize("text", [
    "花の苗はお一人さま３鉢まで。なお、おひとり三鉢までお持ち帰りいただけます",
    "花の苗はお一人さま十五鉢まで。なお、おひとり15鉢までお持ち帰りいただけます",
    # another group, another period
    "花の苗はお一人さま3鉢まで、市外の方は1人1鉢までです",
    "指定ごみ袋は1日お一人様5袋まで、期間中お一人様10袋までです",
    # a person and a household are two limits
    "お一人さま2箱まで、1世帯では4箱までです",
])
def test_the_same_limit_or_limits_of_other_groups_stay_clean(engine, flagged, text):
    assert flagged(engine, text, rule="accuracy-per-head-limit-told-twice") == []


# --- round 36: places left told before the places taken ------------------------

def test_places_left_told_before_those_taken_must_still_add_up(engine, flagged):
    found = flagged(engine, "そば打ち体験の参加者募集！定員12名、残り2名です（現在11名お申込み）", "5.4")
    assert "定員12名" in found and "11名" in found and "残り2名" in found
    assert flagged(engine, "そば打ち体験の参加者募集！定員12名、残り1名です（現在11名お申込み）", "5.4") == []


# --- accuracy-remainder ------------------------------------------------------

@pytest.mark.parametrize("text, quote", [
    ("見学会には15組の申込みがあり、うち4組が雨で取りやめ、残る10組で実施しました", "残る10組"),
    # several parts taken out before what is left; full-width digits
    ("寄せられた意見３０件のうち、重複が６件、対象外が４件で、残りの２２件を検討しました", "残りの２２件"),
])
def test_a_remainder_that_the_whole_less_its_parts_is_not(engine, flagged, text, quote):
    assert quote in flagged(engine, text, rule="accuracy-remainder")


@pytest.mark.parametrize("text", [
    "見学会には15組の申込みがあり、うち4組が雨で取りやめ、残る11組で実施しました",
    "寄せられた意見30件のうち、重複が6件、対象外が4件で、残りの20件を検討しました",
    # a rough whole, and a remainder in another unit, are no sum
    "見学会には約15組が参加し、うち4組が市外から、残る10組ほどは市内の方でした",
    "募集40人のうち28人が決まりました。残り5日で締め切ります",
])
def test_a_remainder_that_adds_up_or_cannot_be_summed_is_clean(engine, flagged, text):
    assert flagged(engine, text, rule="accuracy-remainder") == []


# --- accuracy-per-piece-price --------------------------------------------------

@pytest.mark.parametrize("text, quote", [
    ("とれたて野菜の袋詰め、6袋で1,200円。1袋あたり250円です", "1袋あたり250円"),
    ("ランチ回数券は10食分で6千円、1食当たり500円！", "1食当たり500円"),
])
def test_a_price_per_piece_the_set_price_does_not_divide_into(engine, flagged, text, quote):
    assert quote in flagged(engine, text, rule="accuracy-per-piece-price")


@pytest.mark.parametrize("text", [
    "とれたて野菜の袋詰め、6袋で1,200円。1袋あたり200円です",
    "ランチ回数券は10食分で6千円、1食当たり600円！",
    # a rounded or rough price per piece, and a price per head with no set
    "3本で1,000円のセット、1本あたり約333円です",
    "参加費は1人あたり800円。5人以上で申し込むと団体割引があります",
])
def test_a_price_per_piece_that_divides_or_is_rough_is_clean(engine, flagged, text):
    assert flagged(engine, text, rule="accuracy-per-piece-price") == []


# --- round 36: a harm named before the certainty; a state promised at 100% -----

def test_a_scam_promised_never_to_catch_anyone(engine, flagged):
    assert flagged(engine, "この電話機に替えれば、振り込め詐欺には決して引っかかりません", rule="accuracy-absolute-no-harm")
    assert flagged(engine, "「自分は詐欺には絶対に引っかからない」と思っている人ほど注意が必要です",
                   rule="accuracy-absolute-no-harm") == []


def test_a_state_promised_at_a_hundred_percent(engine, flagged):
    assert flagged(engine, "この液をまけば、庭の土が１００％きれいになります", rule="accuracy-hundred-percent-promise")
    assert flagged(engine, "100%きれいな湧き水ではありませんので、煮沸してお飲みください",
                   rule="accuracy-hundred-percent-promise") == []


# --- round 40: the change word or the new period told between the two figures ---

@pytest.mark.parametrize("text, quote", [
    ("駐車料金は、今の1時間300円から値下げして400円になります", "300円から値下げして400円"),
    ("ごみ袋の値段を１枚５０円から引き上げし、４０円とします", "５０円から引き上げし、４０円"),
    ("耕作放棄地の割合は前年の12%から今年は15%に減りました", "12%から今年は15%に減り"),
])
def test_a_change_whose_word_or_period_stands_between_its_figures(engine, flagged, text, quote):
    assert flagged(engine, text, rule="accuracy-contradictory-change") == [quote]


@pytest.mark.parametrize("text", [
    "駐車料金は、今の1時間300円から値下げして250円になります",
    "耕作放棄地の割合は前年の12%から今年は9%に減りました",
    # an amount off is no new figure
    "通常1,000円から値下げして200円引きでご提供します",
    # a change of another thing after から
    "4月から値上げして、ごみ袋は1枚40円、粗大ごみは1点300円になります",
])
def test_a_change_between_figures_that_agrees_or_is_an_amount_off_stays_clean(engine, flagged, text):
    assert flagged(engine, text, rule="accuracy-contradictory-change") == []


# --- round 40: a ratio told alone before the figures of each period; a race split ---

def test_a_ratio_told_before_the_two_figures_of_each_period(engine, flagged):
    text = "池のメダカは昨年の2倍になりました。昨年は120匹、今年は150匹です"
    assert flagged(engine, text, rule="accuracy-ratio-mismatch") == ["昨年の2倍になりました。昨年は120匹、今年は150匹"]
    assert flagged(engine, "池のメダカは昨年の2倍になりました。昨年は120匹、今年は240匹です",
                   rule="accuracy-ratio-mismatch") == []
    # two figures for this year: which one the ratio is of is not told
    assert flagged(engine, "メダカは昨年の2倍！昨年は120匹、今年は東池150匹、今年は西池90匹",
                   rule="accuracy-ratio-mismatch") == []


def test_race_courses_after_the_whole_that_add_up_to_more(engine, flagged):
    text = "駅伝大会の参加は１２０チーム。一般60チーム、ファンラン30チーム"
    assert flagged(engine, text, rule="accuracy-split-sum") == []  # チーム is no counted unit here
    text = "マラソン大会の参加者は900人！フル500人、10キロ300人、3キロ200人でした"
    assert flagged(engine, text, rule="accuracy-split-sum") == ["900人", "フル500人、10キロ300人、3キロ200人"]
    # a course left out may make up the rest: fewer is no contradiction
    assert flagged(engine, "マラソン大会の参加者は900人！フル500人、10キロ300人でした", rule="accuracy-split-sum") == []


# --- accuracy-point-gap ------------------------------------------------------

@pytest.mark.parametrize("text, quote", [
    ("令和7年度の市税収納率は98.2%となり、前年度の97.9%から0.5ポイント改善しました。", "0.5ポイント改善"),
    # full-width figures, the base told second
    ("受診率は４２.５％で、県平均（３８.０％）を２.５ポイント上回りました", "２.５ポイント上回"),
    # the previous rate in the sentence before
    ("前回の投票率は55.3%でした。今回は51.1%で、3.2ポイント低下です", "3.2ポイント低下"),
])
def test_a_point_gap_the_two_rates_do_not_make(engine, flagged, text, quote):
    assert flagged(engine, text, rule="accuracy-point-gap") == [quote]


@pytest.mark.parametrize("text", [
    "市税収納率は98.2%となり、前年度の97.9%から0.3ポイント改善しました",
    "収納率は98.2%、前年度は97.9%で、0.4ポイントの改善です",  # rounded rates may give 0.4
    "投票率は55.3%、前回は51.1%で、約3ポイントの低下です",  # a rough gap
    "接種率は65%（男性60%、女性70%）で、前年より3ポイント上昇",  # three rates: which two?
    "還元率は10%、前回の5%から倍増し、1000ポイント増えます",  # loyalty points
])
def test_a_point_gap_that_fits_or_cannot_be_checked(engine, flagged, text):
    assert flagged(engine, text, rule="accuracy-point-gap") == []


# --- accuracy-first-comers-past-capacity -------------------------------------

@pytest.mark.parametrize("text, quotes", [
    ("灯籠づくり体験、今月は定員20名で募集中です✂️ 先着30名様には記念の手ぬぐいをプレゼント🎁", ["定員20名", "先着30名"]),
    ("親子料理教室（定員１５組）。先着２０組の皆さまにはエプロンを差し上げます", ["定員１５組", "先着２０組"]),
])
def test_a_gift_for_more_first_comers_than_places(engine, flagged, text, quotes):
    assert flagged(engine, text, rule="accuracy-first-comers-past-capacity") == quotes


@pytest.mark.parametrize("text", [
    "定員は20名です。先着10名様に記念品をお渡しします",
    "体験は定員20名。当日ご来場の先着100名様に記念品をお渡しします",  # a wider crowd
    "各回定員20名、先着30名様に粗品を進呈",  # places per session
    "定員約20名、先着30名様にプレゼント",  # rough places
])
def test_a_gift_within_the_places_or_for_a_wider_crowd(engine, flagged, text):
    assert flagged(engine, text, rule="accuracy-first-comers-past-capacity") == []


# --- accuracy-cap-told-twice ----------------------------------------------------

@pytest.mark.parametrize("text, first, second", [
    # the cap as 上限 then as 最大で, full-width digits read by NFKC
    ("【建築指導課】木造住宅の耐震診断補助は上限８万円です。最大で１０万円まで補助が受けられます。", "上限８万円", "最大で１０万円"),
    # the same grant named again (この補助), the sum written out
    ("生ごみ処理機の購入補助は上限20,000円。この補助は30,000円を上限に交付します", "上限20,000円", "30,000円"),
    ("雨水タンク設置の助成は最大3万円です。限度額は5万円となっています", "最大3万円", "限度額は5万円"),
])
def test_the_cap_of_one_grant_told_twice_with_two_sums(engine, flagged, text, first, second):
    assert flagged(engine, text, rule="accuracy-cap-told-twice") == [first, second]


@pytest.mark.parametrize("text", [
    "木造住宅の耐震診断補助は上限8万円です。最大で8万円まで補助が受けられます。",  # the same sum
    "一般世帯は上限5万円、子育て世帯は上限10万円です",  # two groups
    "耐震診断は上限8万円、耐震改修は上限100万円まで補助します",  # two things capped
    "昨年度は上限5万円でしたが、今年度から上限8万円に引き上げました",  # a change
    "補助は上限8万円です。多子世帯には2万円を加算し、最大10万円となります",  # an addition
    "1人あたり上限1万円、1世帯あたり上限3万円です",  # per person and per household
    "補助は最大10万円。工事費が20万円なら、補助は10万円です",  # a worked sum, no second cap
])
def test_two_caps_for_two_facts_or_one_cap_are_not_told_twice(engine, flagged, text):
    assert flagged(engine, text, rule="accuracy-cap-told-twice") == []


@pytest.mark.parametrize("text", [
    # a rough price per piece further off than its rounding and 5 % (3,500 ÷ 11 = 318)
    "大人用回数券は11枚つづりで3,500円。1回あたり約290円と、とってもお得です",
    "回数券は11回分で3,500円。1回あたり約290円です",
])
def test_a_rough_price_per_piece_far_from_the_set_price_is_flagged(engine, flagged, text):
    assert flagged(engine, text, rule="accuracy-per-piece-price")


@pytest.mark.parametrize("text", [
    "大人用回数券は11枚つづりで3,500円。1回あたり約320円と、とってもお得です",
    "大人用回数券は11枚つづりで3,500円。1回あたり約300円と、とってもお得です",
])
def test_a_rough_price_per_piece_within_its_rounding_stays_clean(engine, flagged, text):
    assert flagged(engine, text, rule="accuracy-per-piece-price") == []
