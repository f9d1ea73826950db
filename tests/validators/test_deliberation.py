"""Deliberations and office secrets (6.1, 6.3.1) in a writer's own wordings:
postings told as who goes where, a fee change told to users before the
council has it, a donor of ふるさと納税 with the amount — and the look-alikes
that stay clean (a published posting, the reader considering something)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, part", [
    ("内示出たばい。田中さんが税務課長で、うちの係からは3人抜けるって。発表前やけん内緒", "税務課長"),
    ("異動の内示があった！うちの課には教育委員会から2人来るらしい。まだ内緒ね", "教育委員会から2人"),
    ("ここだけの話、山本係長は建設課へ異動。正式発表はまだ先", "建設課へ異動"),
])
def test_who_goes_where_next_to_a_personnel_marker_is_marked(engine, text, part, flagged):
    assert any(part in e for e in flagged(engine, text, "6.1"))


def test_a_fee_change_told_before_the_council_is_a_leak_even_in_a_polite_blog(engine, flagged):
    text = ("皆さんに先にお伝えしておくと、来年度から体育館の使用料を見直す方向で、いま課内で調整中です。\n\n"
            "議会にかける前なので、まだ決まりではありません。\n\n寒い中のご利用、ご不便をおかけしました。")
    assert any("使用料を見直す方向" in e for e in flagged(engine, text, "6.1"))


@pytest.mark.parametrize("text", [
    "4月1日付の人事異動を市のホームページでお知らせしています",
    "体育館の使用料は、市のホームページでご確認ください。ご不便をおかけします",
    "うちの子、春から3人とも同じ小学校に通います",
])
def test_published_postings_and_private_news_stay_clean(engine, text, flagged):
    assert flagged(engine, text, "6.1") == []


@pytest.mark.parametrize("text, part", [
    ("ふるさと納税、福岡のお医者さんから500万の寄附が来とってびっくり", "500万の寄附"),
    ("お礼状の宛名書き。熊本市の社長夫妻から1,500万の寄附、すごか", "1,500万の寄附"),
])
def test_a_donor_and_the_amount_seen_from_the_office_is_a_secret(engine, text, part, flagged):
    assert any(part in e for e in flagged(engine, text, "6.3.1"))


@pytest.mark.parametrize("text", [
    "企業版ふるさと納税で、株式会社山鹿建設様から500万円のご寄附をいただきました。感謝申し上げます",
    "ふるさと納税、自分も3万円寄附してみた。返礼品のメロンが楽しみ",
    "令和7年度のふるさと納税の寄附額は約12億3千万円でした",
])
def test_thanks_with_consent_totals_and_own_donations_stay_clean(engine, text, flagged):
    assert flagged(engine, text, "6.3.1") == []


@pytest.mark.parametrize("text", [
    "ふるさと納税、母さんは毎年3万円も寄附しとる",
    "友達の田中さんは10万円のふるさと納税をしたらしい",
])
def test_a_familys_or_friends_own_donation_is_no_office_secret(engine, text, flagged):
    assert flagged(engine, text, "6.3.1") == []


@pytest.mark.parametrize("text", [
    # honorific ご / 御 before 検討: the reader weighing a purchase or a move
    "浄化槽への切り替えをご検討中の方へ。市の設置補助は工事費の3分の1です",
    "移住ばご検討されとる方へ。空き家バンクの物件ば更新しました",
    "リフォームを御検討している皆さま、住宅改修補助の受付が始まりました",
])
def test_the_reader_considering_something_is_not_the_city_deliberating(engine, text, flagged):
    assert flagged(engine, text, "6.1") == []


def test_the_city_considering_still_is_a_matter_in_the_making(engine, flagged):
    text = "市では、ごみ収集を週2回に減らすかどうか検討中です。まだ内緒"
    assert any("週2回に減らすかどうか" in e for e in flagged(engine, text, "6.1"))


def test_weighing_whether_to_take_a_gift_for_a_favour_is_no_city_matter(engine, flagged):
    assert flagged(engine, "業者の社長、指名してくれたら商品券20万くれるって。もらう方向で調整中ｗ", "6.1") == []
    assert flagged(engine, "プレミアム商品券、来年は受け取れる人を広げる方向で調整中。まだ内緒ね", "6.1")


def test_a_contract_already_made_and_kept_quiet_is_no_deliberation(engine, flagged):
    # found on set BG: 非公表 of a concluded contract is its secret terms (6.3.1)
    assert flagged(engine, "市有地の太陽光、業者との賃貸契約は非公表やけど、年額1,200万円で契約しとるとよ", "6.1") == []
    assert flagged(engine, "市有地の売却、まだ非公表やけど、来月の議会に出す方向で調整中", "6.1")


# found on sets BM and BO: a figure of a matter already done, kept secret for
# good (a past tender's price, a count of last year, an internal tally), is a
# secret of the city (6.3.1) and nothing still being decided (6.1).
@pytest.mark.parametrize("text", [
    "先月の体育館の屋根改修、非公表の予定価格は6,200万円で、落札した業者とは50万しか違わんかった",
    "市の内部資料によると、公用車の事故は昨年度9件（非公表）でした",
    "課の集計だと、今年度の有給取得は平均6日。部外秘の数字やけん内緒で",
])
def test_a_secret_figure_of_a_finished_matter_is_a_secret_not_a_deliberation(engine, text, flagged):
    assert flagged(engine, text, "6.1") == []
    assert flagged(engine, text, "6.3.1")


@pytest.mark.parametrize("text", [
    "非公表やけど、来月公告の市道工事は予定価格が4千万",
    "部外秘の資料やけど、公民館の分館は再来年で廃止の方向。内緒ね",
    "まだ非公表ですが、昨年度の決算を踏まえて保育料を下げる方向で調整しています",
])
def test_a_secret_with_something_still_to_come_stays_a_deliberation(engine, text, flagged):
    assert flagged(engine, text, "6.1")


def test_a_fee_rise_going_into_a_budget_bill_is_a_deliberation_not_secret_data(engine, flagged):
    # found on set BM: the figure of the planned fee is part of the plan (6.1 only)
    text = "ここだけの話、来年度の予算案に体育館の使用料値上げ（1時間800→1,000円）が入る予定"
    assert flagged(engine, text, "6.1")
    assert flagged(engine, text, "6.3.1") == []


# --- round 32 ---------------------------------------------------------------

@pytest.mark.parametrize("text, part", [
    ("図書館の分館、再来年で閉める方向やけん。まだ内緒ね", "閉める方向"),
    ("実は、東部の公民館は来年度末で閉館する予定です。まだ言えんけど", "閉館する予定"),
])
def test_a_facility_shut_said_with_the_verb_is_an_unannounced_plan(engine, text, part, flagged):
    assert any(part in e for e in flagged(engine, text, "6.1"))


@pytest.mark.parametrize("text", [
    # a firm's own closure learned at a subsidy counter: the firm's secret (6.3.1)
    "〇〇醤油さん、実は来年で廃業予定って補助金の相談の時に言うとらした。まだ誰も知らんはず",
    "あの食堂、実は年内で閉店の予定って融資の相談で聞いた",
])
def test_a_private_firm_ending_itself_is_not_the_city_deciding(engine, text, flagged):
    assert flagged(engine, text, "6.1") == []


def test_the_firm_closing_is_still_its_secret_under_6_3_1(engine, flagged):
    text = "〇〇醤油さん、実は来年で廃業予定って補助金の相談の時に言うとらした。まだ誰も知らんはず"
    assert flagged(engine, text, "6.3.1")


@pytest.mark.parametrize("text", [
    "「市役所の職員」を名乗って、暗証番号を聞き出そうとする電話が出ています。ご注意を",
    "市の職員をかたる電話が出とるけん、口座番号は絶対教えんでね",
])
def test_a_scam_call_going_round_is_no_talk_on_the_table(engine, text, flagged):
    assert flagged(engine, text, "6.1") == []


def test_talk_on_the_table_still_counts_when_said_plainly(engine, flagged):
    assert flagged(engine, "ここだけの話、市営住宅の家賃を上げる話が出とる", "6.1")


@pytest.mark.parametrize("text", [
    "取引先の〇〇精機さんから社外秘の中期経営計画を見せてもらった。5年で従業員を倍にするらしい",
    "誘致企業の△△食品さん、部外秘の増産計画では再来年に第2工場ができるとのこと",
])
def test_a_firms_own_business_plan_is_its_secret_not_the_citys_deliberation(engine, text, flagged):
    assert flagged(engine, text, "6.1") == []
    assert flagged(engine, text, "6.3.1")


def test_the_citys_own_plan_told_from_a_secret_paper_is_still_6_1(engine, flagged):
    assert flagged(engine, "部外秘の資料に、来年度は職員採用を10人に絞る計画って書いてあった", "6.1")


# -- a 内示 the city reports as done, a recipe tuned (round 37) ---------------

def test_a_personnel_notice_the_city_reports_as_done_is_no_leak(engine, flagged):
    text = "令和9年度の定期人事異動を3月18日に内示いたしました。発令は4月1日付で、名簿は市ホームページでお知らせします。"
    assert flagged(engine, text, "6.1") == []


@pytest.mark.parametrize("text", [
    "今日、うちの係にも内示が出た。Bさんは税務課へ行くことになった",  # who goes where, before it is out
    "人事係です。異動の内示をしました。まだ内緒やけど、課長は支所へ",  # an insider's word: no city notice
])
def test_a_personnel_matter_told_before_it_is_out_still_counts(engine, text, flagged):
    assert flagged(engine, text, "6.1")


def test_a_recipe_being_tuned_is_no_deliberation(engine, flagged):
    text = "試食会で「塩分をもう少し減らしても」と言われたので、味付けを調整しているところです。"
    assert flagged(engine, text, "6.1") == []


# -- how a safe or a door opens, kept quiet (round 38) ------------------------------

@pytest.mark.parametrize("text", [
    # (the same drafts with 書き方 / 部屋の番号 for the lock are 6.1: a secret of the bid)
    "入札の予定価格調書は総務の金庫。ダイヤルは右に5、左に40。他言無用ぞ",
    "予定価格の書類は課の書庫。解錠の番号は0428。くれぐれも他言無用！",
])
def test_how_a_safe_or_door_opens_kept_quiet_is_a_security_secret_not_deliberation(engine, text, flagged):
    assert flagged(engine, text, "6.1") == []


def test_a_plan_kept_quiet_next_to_the_safe_is_still_6_1(engine, flagged):
    text = "金庫にしまってある資料、来年度は支所を2つ統合する方向で調整中。他言無用ね"
    assert flagged(engine, text, "6.1")


@pytest.mark.parametrize("text", [
    # a quantity set in a routine operation (a plant, a pump)
    "市の下水道課では大雨の日、水位を見ながら排水ポンプの回転数を調整しています",
    "市営プールでは利用者の声を聞きながら水温を細かく調整しています",
    # ほぼ確定 guessed after a rumour: hearsay and a guess (5.6.4, 6.2)
    "市の敬老祝い金、増額されるって噂。庁舎でもみんな言いよるけんほぼ決まりかな",
    # the rumour told in the sentence before, then vouched for (round 47)
    "観光課の人から聞いた話だと、来年から有料席を増やすらしいです。職員の僕が言うんだからほぼ確定です（笑）",
    # the writer's own lobbying promised after a gift (5.1, 5.6.3)
    "申請者の建設会社さんから商品券を頂戴しました。総会では私から委員さん方に根回ししておきますので、ご心配なく。",
    # an account made to look official (6.3.2)
    "俺が作った「山鹿市市民課（公式）」ってアカウント、フォロワー増えてきた草。非公式やけど問い合わせにもそれっぽく答えとる",
])
def test_routine_tuning_or_a_rumour_guessed_certain_is_no_deliberation(engine, text, flagged):
    assert flagged(engine, text, "6.1") == []


def test_a_plan_reported_near_certain_stays_a_matter_in_the_making(engine, flagged):
    text = "来年度の保育料の値上げ、庁内ではほぼ確定です。まだ内緒ね"
    assert flagged(engine, text, "6.1") != []


@pytest.mark.parametrize("text, part", [
    # a fee for a public park's car park, told before the city announces it
    ("内緒やけど、あそこの森林公園、駐車場が秋から有料になる方向で話が進んどる", "有料になる方向"),
    # a subsidy of the city's own, its rate or its end still being settled
    ("まだ協議しよる段階やけど、市独自の上乗せ補助は再来年で打ち切る方向", "打ち切る方向"),
    # the head of a public institution still being chosen
    ("ここだけの話、次期教育長は県教委から来てもらう方向で調整中", "調整中"),
    # naming rights still under negotiation, whatever the facility
    ("市民球場の命名権、いま地元企業と交渉中です。まだ言えませんが", "交渉中"),
    # settled inside the office, the announcement held back to a set day
    ("市長の勇退は庁内ではもう決まっとる。正式表明は9月議会までお預け", "決まっとる"),
])
def test_public_matters_outside_the_narrow_list_are_still_city_matters(engine, text, part, flagged):
    assert any(part in e for e in flagged(engine, text, "6.1"))


@pytest.mark.parametrize("text", [
    "ここだけの話、うちの近所の公園は夕方がいちばん空いとる",
    "補助輪を外す練習、いま息子と相談中",
    "新作ケーキの発表は来週までお預け！お楽しみに",
])
def test_a_park_a_helper_wheel_or_a_shop_teaser_is_no_deliberation(engine, text, flagged):
    assert flagged(engine, text, "6.1") == []


@pytest.mark.parametrize("text, part", [
    # the sum read in a supplier's quotation to the city, told further on in the sentence
    ("先週、役所に届いた電気屋さんの見積書では、街灯のLED化と工事費込みで2,480万円でした", "2,480万円"),
    # a contractor's unit price
    ("委託業者の見積もり、警備員の単価が1人1日1万2千円になっとった", "単価"),
])
def test_a_quotation_sum_or_a_unit_price_is_a_secret(engine, text, part, flagged):
    assert any(part in e for e in flagged(engine, text, "6.3.1"))


def test_a_quotation_for_ones_own_car_stays_clean(engine, flagged):
    assert flagged(engine, "車の修理の見積もりでは、部品代込みで12万円やった", "6.3.1") == []


@pytest.mark.parametrize("text", [
    # 未公表 names a kind of data in a rule of conduct
    "チャットAIには、未公表の情報や住民の個人情報を入力しないようにしましょう",
    # 解禁前 of a fishing season: poaching, not an announcement
    "ヤマメの解禁前やったけど、夜にこっそり竿を出したら3匹釣れた",
])
def test_a_rule_about_unpublished_data_or_a_season_not_yet_open_is_no_leak(engine, text, flagged):
    assert flagged(engine, text, "6.1") == []


def test_unpublished_matter_told_is_still_a_leak(engine, flagged):
    assert flagged(engine, "まだ未公表の情報ですが、市の新庁舎は来民に建てる方向です", "6.1")


# Round 41: a matter thrashed out inside the office (揉んどる段階), and the
# city's own services named as the matter (how its taxes are paid, its health
# checks, a venue merged) — in several registers, with their look-alikes.
@pytest.mark.parametrize("text", [
    "まだ庁内で揉んどる段階やけど、来年の灯籠まつりは有料席を増やすことになると思う",
    "課内でもんでるところだけど、公民館の利用料は上げる方向みたい",
    "現在、庁内で検討しておりますが、図書館の開館時間は短縮される見込みです。ここだけの話です",
    "未公表ですが、市税の納付方法にスマホ決済を加える方向で調整中です",
    "ここだけの話、乳幼児健診の会場を一か所に集約する方向で協議しとる",
    "交渉中の特定健診の委託、業者さんは1人8,000円で出してきとる",
])
def test_office_deliberation_in_other_wordings_is_marked(engine, text, flagged):
    assert flagged(engine, text, "6.1")


@pytest.mark.parametrize("text", [
    "肩をもんでる最中に寝落ちした",
    "市税の納付方法は、口座振替・コンビニ・スマホ決済からお選びいただけます",
    "乳幼児健診の会場は保健センターです。母子手帳をお持ちください",
    "部外秘の資料、写真撮ったけん共有→「市税滞納整理強化方針：差押え120件を目標」",
])
def test_a_service_named_without_a_matter_in_the_making_stays_clean(engine, text, flagged):
    assert flagged(engine, text, "6.1") == []


def test_a_rumour_in_another_paragraph_does_not_make_a_standing_plan_a_guess(engine, flagged):
    """Only the sentence just before, in the same paragraph, turns ほぼ確定 into a guess."""
    text = "駅前に新しいカフェができるらしい。\n\n役所の者ですが、新しい体育館の建設地は旧中学校跡でほぼ確定です"
    assert flagged(engine, text, "6.1") != []


def test_a_step_of_the_deliberation_beside_a_vouched_rumour_is_still_told(engine, flagged):
    text = "課長が言ってたらしいけど、千人灯籠踊り、来年から有料観覧席だけになるとか。まだ検討中っぽいけど職員の勘的にほぼ決まり"
    assert flagged(engine, text, "6.1") != []


@pytest.mark.parametrize("text", [
    # a swindler's opener or a caller's words cited in a short quotation
    "「絶対儲かる」「元本保証」「ここだけの話」――こんな言葉が出たら投資詐欺を疑ってください。相談は市役所へ。",
    "「ここだけの話なんですけど…」というお悩みも大歓迎です。市役所の相談窓口へどうぞ",
    # unlisted shares sold by swindlers
    "「未公開株が必ず値上がりする」…未公開株や社債の勧誘は詐欺の典型です。お金を払う前に188へ。",
    # a personal confidence or an opinion, with a city matter only elsewhere in the draft
    "ここだけの話、実は私、虫がほんとに苦手で、最初の夏は半泣きでした。\n\n活動費は市のホームページで公開されています。",
    "これは大きな声では言えないんですが、市内の○○地区はおすすめしません。\n\n相談は市役所の窓口へどうぞ。",
    # a tender advertised now, its price kept secret for good (6(3)①)
    "いま公告中の相談システム更新の入札、予定価格は税抜4,380,000円（非公表のやつ）。",
])
def test_secrecy_words_that_keep_no_matter_of_the_city(engine, text, flagged):
    assert flagged(engine, text, rule="deliberation-in-progress") == []


@pytest.mark.parametrize("text", [
    "ここだけの話、公民館の使用料、値上げの方向で協議中です",
    "ここだけの話、八千代座は来年の春から改修で半年休館になるよ",
    "次期館長は外部から招く方向で動いとる。オフレコで",
    "いま公告前の相談システム更新の入札、予定価格は税抜4,380,000円（非公表のやつ）。",
])
def test_secrecy_words_beside_a_matter_still_mark_a_leak(engine, text, flagged):
    assert flagged(engine, text, rule="deliberation-in-progress") != []
