"""Rights of the city and of businesses (6.3.2): what a reviewer sees flagged."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, part", [
    # A shop named kind-first (麺処〇〇, 居酒屋〇〇), then dialect advice to stay away.
    ("居酒屋まる八の店主、捕まったらしか。あそこには関わらん方がよか", "関わらん方が"),
    # Using the business is said to be a risk.
    ("菊池の森田工務店、あそこに家頼んだら後悔するよ", "頼んだら後悔する"),
    ("喫茶ポプラの決算、赤字続きやった。あそこに仕事出したら危なかよ", "出したら危な"),
])
def test_damaging_a_named_business_in_dialect_or_by_risk(engine, text, part, flagged):
    assert any(part in f for f in flagged(engine, text, "6.3.2"))


@pytest.mark.parametrize("text", [
    "喫茶店には行かん方がよかよ、今日は混むけん",  # no business named, passing reason
    "焼肉ジュンの特上カルビ、食べたらやばいよ",  # slang praise
    "鮨処はやしで頼んでも後悔しない値段です",
    # Money trouble alone is a disclosure (6.3.1), not a call against the business.
    "補助金を申請した森田工務店の決算書、3期連続の赤字で債務超過だった",
])
def test_praise_and_generic_advice_stay_clean(engine, text, flagged):
    assert flagged(engine, text, "6.3.2") == []


def test_the_citys_name_as_organiser_without_leave(engine, flagged):
    text = "町内の運動会の案内に、役所には何も言わずに「山鹿市共催」って書いといた。こっそりね"
    assert flagged(engine, text, "6.3.2")
    assert flagged(engine, "市の承認を得て、案内に「山鹿市共催」と書きました", "6.3.2") == []


def test_speaking_for_the_city_without_authority(engine, flagged):
    assert flagged(engine, "担当じゃないけど、市の代表として断言します。あの報道は誤りです", "6.3.2")
    assert flagged(engine, "市長が市を代表して、一言ご挨拶申し上げます", "6.3.2") == []


# -- across paragraphs (the validators run per paragraph, with facts about the
# rest of the draft): the same findings as when the whole draft was read.

def _spans(engine, text, rule):
    return [text[f.start:f.end] for f in engine.check(text).findings if f.rule == rule]


def test_an_account_made_in_one_paragraph_with_the_city_look_named_in_another(engine):
    text = "『山鹿市役所_公式』って名前にした。\n\n新しくアカウント作ってみた"
    spans = _spans(engine, text, "rights-official-impersonation")
    assert "新しくアカウント作ってみた" in spans and any("山鹿市役所_公式" in s for s in spans)
    # without the look, making an account is nothing to report
    assert _spans(engine, text.split("\n\n")[1], "rights-official-impersonation") == []


def test_a_warning_about_impostors_anywhere_clears_the_whole_draft(engine):
    text = "『山鹿市役所_公式』って名前にした。\n\n新しくアカウント作ってみた\n\n偽アカウントにご注意ください"
    assert _spans(engine, text, "rights-official-impersonation") == []
    # the warning removed again: the first two paragraphs are reported again
    assert _spans(engine, text.rsplit("\n\n", 1)[0], "rights-official-impersonation") != []


def test_a_call_to_avoid_is_tied_to_the_business_named_just_before_in_its_paragraph(engine):
    same = "△△建設は手抜きばかり。あそこには出すべきじゃない"
    assert "出すべきじゃない" in _spans(engine, same, "rights-business-disparagement")
    # after a blank line, あそこ no longer points at the business
    apart = "△△建設は手抜きばかり\n\nあそこには出すべきじゃない"
    assert _spans(engine, apart, "rights-business-disparagement") == ["△△建設", "手抜き"]


@pytest.mark.parametrize("text, name", [
    ("先月、鹿本の松田ハウスで屋根を直した。あそこは手抜き業者やけん頼まん方がよか", "松田ハウス"),
    ("国道沿いの中島自動車に車検ば出したら、傷だらけで返ってきた。あの会社はぼったくりで有名", "中島自動車"),
    ("ひまわり整骨院は悪徳やけん行かんでよか", "ひまわり整骨院"),
])
def test_the_business_a_claim_points_back_to_is_marked_by_name(engine, text, name):
    # the reader must see whom the claim damages, not only the damaging words
    assert name in _spans(engine, text, "rights-business-disparagement")


def test_a_city_poster_used_for_a_private_flyer(engine):
    text = "市の観光ポスターの写真を兄の民泊サイトに勝手に使った"
    assert _spans(engine, text, "rights-city-asset-misuse") != []


@pytest.mark.parametrize("text, claim, call", [
    ("『はなぶさリフォーム』は仕事は遅いし請求は水増しするけん、頼んだらいかんよ", "請求は水増しする", "頼んだらいかん"),
    ("山鹿電設さんは見積もりを上乗せしてくるけん、頼んじゃダメよ", "見積もりを上乗せ", "頼んじゃダメ"),
    ("駅前の〇〇工務店、料金をふっかけてくるから使っちゃいけません", "料金をふっかけ", "使っちゃいけません"),
])
def test_padded_bills_and_dialect_prohibitions(engine, text, claim, call, flagged):
    found = flagged(engine, text, "6.3.2")
    assert any(claim in f for f in found)
    assert any(call in f for f in found)


@pytest.mark.parametrize("text", [
    "雨の日は菊池川に行ったらいかんよ",
    "〇〇工務店さんの見積もりは、追加工事の分を上乗せした額になっています",
    "道路工事が遅れています。ご迷惑をおかけします",
])
def test_prohibitions_without_a_business_or_a_claim_stay_clean(engine, text, flagged):
    assert flagged(engine, text, "6.3.2") == []


def test_posting_as_if_one_were_the_city_account(engine, flagged):
    text = "市のアカウントのつもりで投稿します。明日の見学は無料！\n#山鹿市公式"
    found = flagged(engine, text, "6.3.2")
    assert any("市のアカウントのつもりで投稿します" in f for f in found)
    assert "#山鹿市公式" in found
    assert flagged(engine, "観光課の中の人は毎日投稿していて大変そう", "6.3.2") == []


def test_a_festival_photo_found_online_is_copyright_not_the_citys_asset(engine, flagged):
    text = "ネットで拾った灯籠まつりの写真、きれいやけん勝手にアイコンにした"
    assert flagged(engine, text, "6.3.2") == []
    assert [f for f in engine.check(text).findings if f.item == "5.3"]
    # the city's own poster is still the city's
    assert flagged(engine, "市のポスターの灯籠まつりの写真、勝手に店のチラシに使った", "6.3.2")


def test_ready_made_food_passed_off_at_a_quoted_shop(engine, flagged):
    text = "温泉街の『ひだまり庵』、冷凍もんをチンしただけの定食で二千円。ここは避けた方がいいですよ"
    found = flagged(engine, text, "6.3.2")
    assert any("チンしただけ" in f for f in found)
    # one's own dinner names no business
    assert flagged(engine, "忙しい日は冷凍食品をチンしただけの晩ごはんです", "6.3.2") == []


def test_a_name_as_organiser_made_to_look_official(engine, flagged):
    text = "町内会のポスター、勝手に『山鹿市主催』っぽくしといた。人が来るけんね"
    assert any("『山鹿市主催』っぽくし" in f for f in flagged(engine, text, "6.3.2"))


@pytest.mark.parametrize("text, part", [
    # Kinds of business that were missing (建工, 住設), repeated trouble, work passed on.
    ("東山建工は下請けに丸投げばっかりで、現場に来たこともない", "下請けに丸投げ"),
    ("あおば住設の修理、仕上がりがひどかった。頼まんでね", "頼まんで"),
    ("さくら交通は事故ばかり起こすから、遠足には使わんでほしい", "事故ばかり起こ"),
    # The harm of using it, and a dialect plea to stay away.
    ("ひかり住建に頼んだら家が傾くけん、絶対やめときー", "頼んだら家が傾"),
])
def test_trouble_and_dialect_pleas_against_a_named_business(engine, text, part, flagged):
    assert any(part in f for f in flagged(engine, text, "6.3.2"))


@pytest.mark.parametrize("text", [
    "雨の日は自転車は使わんでいいよ、山鹿交通さんのバスで送るけん",  # no need to, not don't
    "課長は仕事を部下に丸投げしがちやけど、〇〇建設さんは丁寧",  # a boss, not a subcontract
    "山鹿観光バスさんは事故ゼロを5年続けています",
])
def test_look_alikes_of_trouble_and_pleas_stay_clean(engine, text, flagged):
    assert flagged(engine, text, "6.3.2") == []


@pytest.mark.parametrize("text, part", [
    # The mascot known by its name once the paragraph says it is the city's.
    ("あかりくんに中指立てさせた合成画像、サークルで大ウケ。市の公式マスコットもこうなると形無し", "あかりくん"),
    # Altered into a candidate's supporter or one's own band's mark.
    ("市のマスコットに○○候補のたすきをかけた絵を描いて後援会に渡した", "市のマスコット"),
    ("山鹿市のロゴをちょっとアレンジして、俺らのバンドのTシャツにした", "バンドのTシャツ"),
])
def test_the_citys_character_altered_or_put_to_private_use(engine, text, part, flagged):
    assert any(part in f for f in flagged(engine, text, "6.3.2"))


@pytest.mark.parametrize("text", [
    # "Secretly" about a drink, the car used for work: not the city's asset misused.
    "昼休みにこっそり缶ビール。午後の現場も公用車で行った",
    "公用車で現場に行く前に、こっそり缶コーヒーを一本",
    # The city's own campaign shows the mascot with the same words.
    "市長選の投票日は来週です。市のマスコットも投票を呼びかけています",
    # A grandmother is no mascot.
    "おばあちゃんがタバコ吸ってる絵を描いた。市のマスコットも描いた",
])
def test_assets_used_rightly_or_secrets_about_something_else_stay_clean(engine, text, flagged):
    assert flagged(engine, text, "6.3.2") == []


@pytest.mark.parametrize("text, call", [
    # the call closes a rant whose business was named two sentences before
    ("菊鹿の大西塗装、見積もりだけ高くて仕上がりは雑。うちの叔父が頼んでひどい目にあった。あそこにだけは頼まん方がよか", "頼まん方が"),
    ("駅前の〇〇ホームは対応が最悪。去年、実家の屋根を頼んだ。今も雨漏りしよる。あの会社はやめとき", "やめとき"),
])
def test_a_call_to_avoid_points_back_past_the_story_to_the_business(engine, text, call, flagged):
    assert any(call in f for f in flagged(engine, text, "6.3.2"))


@pytest.mark.parametrize("text", [
    # the business named far back was not run down, or the pointer is a place
    "〇〇工務店で家を建てた。冬は寒いけど満足。あそこは夜は行かない方がいい",
    "△△建設は手抜きばかり。去年の話です。あそこの公園は夜は行かない方がいい",
])
def test_a_far_pointer_needs_a_business_already_run_down(engine, text, flagged):
    assert not any("行かない方がいい" in f for f in flagged(engine, text, "6.3.2"))


@pytest.mark.parametrize("text, part", [
    ("このアカウントは山鹿市の公認です！運営は私が個人でやっています", "このアカウントは山鹿市の公認です"),
    ("【山鹿市公式】灯籠まつりの駐車場情報です（中の人は一般人です）", "【山鹿市公式】"),
])
def test_a_personal_account_vouched_for_as_the_citys(engine, text, part, flagged):
    assert any(part in f or f in part for f in flagged(engine, text, "6.3.2"))


def test_the_citys_own_account_introducing_itself_stays_clean(engine, flagged):
    assert flagged(engine, "このアカウントは山鹿市の公式アカウントです。観光や防災の情報を発信します", "6.3.2") == []


@pytest.mark.parametrize("text, part", [
    # Advice to others in the Kumamoto ごと form, and sending custom elsewhere.
    ("駅前の森本電器、修理代ぼったくられた。使わんごと友達にも言うといて", "使わんごと"),
    ("菊水交通のバス、運転が荒かし遅れるし最悪。乗るならよそのタクシーにしときなっせ", "よそのタクシーにしとき"),
    ("中村リフォームで頼んだ人、みんな後悔しとる。別の業者に頼みなっせ", "別の業者に頼み"),
    # Cutting corners on materials, said of a named firm.
    ("平田建設、うちの近所の現場で断熱材をケチっとるって", "断熱材をケチ"),
])
def test_calls_to_take_custom_elsewhere_and_skimping_claims(engine, text, part, flagged):
    assert any(part in f for f in flagged(engine, text, "6.3.2"))


@pytest.mark.parametrize("text", [
    "森本電器さん、今日は臨時休業なので、ほかの店にしときました",
    "風邪ひかんごと気をつけてね",
    "子どもたちが川に近づかんように、声かけをお願いします",
])
def test_elsewhere_for_a_passing_reason_and_so_that_advice_stay_clean(engine, text, flagged):
    assert flagged(engine, text, "6.3.2") == []


@pytest.mark.parametrize("text, part", [
    ("山鹿市としての公式見解を申し上げます。市に責任はありません（個人の垢です）", "公式見解を申し上げ"),
    ("職員なので市の考えを代弁しときますね。あの件は市には関係ないです", "代弁"),
    ("観光課の公式のつもりで作ったインスタです。フォローよろしく", "公式のつもりで作った"),
])
def test_a_person_speaking_or_posting_as_the_city(engine, text, part, flagged):
    assert any(part in f for f in flagged(engine, text, "6.3.2"))


@pytest.mark.parametrize("text", [
    "山鹿市としての見解は、市のホームページで公表しています",
    "議員さんが市民の声を代弁して質問してくれました",
    "総務課の代わりに作った資料です",
])
def test_the_citys_own_view_and_other_standing_in_stay_clean(engine, text, flagged):
    assert flagged(engine, text, "6.3.2") == []


@pytest.mark.parametrize("text", [
    "道の駅に出しよる森本農園の野菜、農薬まみれやけん買わんがよか",
    "駅前の山鹿フーズの弁当、添加物だらけって知っとった？",
])
def test_a_named_business_said_to_sell_tainted_goods(engine, text, flagged):
    assert flagged(engine, text, "6.3.2")


def test_a_call_to_take_care_with_the_citys_cars_misuses_nothing(engine, flagged):
    assert flagged(engine, "歓送迎会の季節。翌朝の公用車の運転にも注意。", "6.3.2") == []


@pytest.mark.parametrize("text", [
    "課の公用車で、副業の配達もついでにやってる",
    "職場の封筒と切手で、自分の店のDMを送っちゃった",
    "公用車で子どもの送り迎えしてる人、普通にいるよね",
])
def test_the_citys_work_things_used_privately_are_conduct_not_the_citys_rights(engine, text, flagged):
    # Every writer labels a 公用車 or the office's envelopes put to private use
    # 5.1 (with 5.2 or 5.6.3), never 6.3.2: those things carry no mark or image
    # of the city's; the checker still tells the user under 5.1.
    assert flagged(engine, text, "6.3.2") == []
    assert flagged(engine, text, "5.1")


def test_a_drink_before_driving_the_city_car_is_no_defaced_city_asset(engine, flagged):
    # ひっかけて is drinking, not dressing the car up: conduct (5.1) and
    # drink-driving (5.6.3), no right of the city infringed
    assert flagged(engine, "昼に焼酎を一杯ひっかけてから公用車で集落を回った", "6.3.2") == []
    # the city's character dressed up with beer still is
    assert flagged(engine, "市のゆるキャラにビール持たせたコラ画像作ってみたｗ", "6.3.2")


@pytest.mark.parametrize("text, part", [
    # A company marked (株) before its name, accused of charging new for used parts.
    ("㈱やまなみ設備の給湯器修理、部品を再生品に替えて新品の値段を請求しよるらしか", "再生品に替え"),
    # A quoted service business run down, custom steered elsewhere by recommendation.
    ("「つばさ訪問サービス」さんは対応がいつも雑。ほかの業者をおすすめします", "ほかの業者をおすすめします"),
    # A business called useless behind a masked letter.
    ("西町の大野工務店、またポン×ツ業者ぶりを発揮", "ポン×ツ業者"),
    # A shop named kind-first with めし処.
    ("めし処たまき、食中毒出したって聞いたけん行かん方がよか", "食中毒"),
])
def test_a_named_business_damaged_in_new_shapes(engine, text, part, flagged):
    assert any(part in f for f in flagged(engine, text, "6.3.2"))


@pytest.mark.parametrize("text", [
    # A place and a kind of shop name no business: the rudeness is a person's (5.6.1 if insulting).
    "近所の直売所の店長、態度悪すぎ",
    "駅前のコンビニの店員、接客が最悪やった",
    "今日は定休日なので、別のお店をおすすめします",
])
def test_an_unnamed_shop_or_a_passing_recommendation_stays_clean(engine, text, flagged):
    assert flagged(engine, text, "6.3.2") == []


def test_a_section_lending_its_name_to_a_candidate(engine, flagged):
    assert flagged(engine, "保険年金課として、市議選は前田さんを応援しています。一票お願いします", "6.3.2")
    assert flagged(engine, "選挙管理委員会として、市長選の投票所をお知らせします", "6.3.2") == []


@pytest.mark.parametrize("text", [
    # The impostor's opening line quoted in a fraud warning: the name is what
    # the caller pretends to be, not a business run down.
    "【詐欺に注意】「〇〇電力です、電気代が戻ってきます」と言ってATMに行かせる電話は詐欺です",
    "「山鹿ガスの者ですが、点検に来ました」と訪ねてくる業者は詐欺です。ドアを開けないで",
    # A kind of insurance is no insurer: 火災保険 names nobody.
    "火災保険の請求を代わりにやると言う業者には頼まない方がいいです",
])
def test_impostors_quoted_and_kinds_of_insurance_run_down_no_business(engine, text, flagged):
    assert flagged(engine, text, "6.3.2") == []


@pytest.mark.parametrize("text, part", [
    # A real salesman who introduced himself, then run down: still flagged.
    ("「山鹿リフォームです」と来た営業、見積もりを上乗せしてくるけん頼まん方がよか", "上乗せ"),
    # An insurer by name stays a business.
    ("△△生命の担当者、説明もなく高い保険をすすめてくる", "すすめ"),
])
def test_a_business_that_introduced_itself_or_an_insurer_is_still_named(engine, text, part, flagged):
    assert any(part in f for f in flagged(engine, text, "6.3.2"))


def test_a_supplier_named_only_by_its_role_is_no_business_named(engine, flagged):
    # 納入業者 / 委託先の会社 tells no reader which business to avoid
    assert flagged(engine, "委託業者の新しい作業員、仕事が雑で信用できん", "6.3.2") == []
    # the same complaint with the supplier's name still damages it
    assert flagged(engine, "出入り業者の森田建設、工事が雑で手抜きばっかり。頼まん方がよか", "6.3.2")


@pytest.mark.parametrize("text", [
    # 口ずさむ holds ずさん: humming a song is no sloppy work, a title no business
    "帰り道、サクラ・ユイさんの「灯りの川」を口ずさみながら歩いた。口ずさんだら元気が出た",
    # a thing left neglected, said before the noun, is no customer's grievance
    "講習では、放置された「耕作放棄地」がイノシシの隠れ場所になると学びました",
])
def test_humming_or_a_neglected_thing_is_no_damaging_claim(engine, text, flagged):
    assert flagged(engine, text, "6.3.2") == []


@pytest.mark.parametrize("text, part", [
    ("山鹿ハウスさん、外壁の工事がずさんで雨が染みてくる", "ずさん"),
    ("まるやまクリーニングにコートを出したら、1か月放置された。頼まん方がよか", "放置され"),
])
def test_sloppy_work_and_goods_left_lying_still_flagged(engine, text, part, flagged):
    assert any(part in f for f in flagged(engine, text, "6.3.2"))


@pytest.mark.parametrize("text, flagged_expected", [
    # Asking whether the price is worth it makes no claim against the contractor.
    ("〇〇警備保障との契約、年額700万で巡回は夜1回だけ。高いわりに少なくない？", False),
    ("△△ビルメンテの清掃、月40万って高い割に回数が足りんとじゃないかな？", False),
    # The same comparison told as a verdict about a named business is still flagged.
    ("山鹿タクシー、高いわりに遠回りばっかり", True),
])
def test_a_question_about_value_is_no_attack_on_a_business(engine, text, flagged_expected, flagged):
    hits = flagged(engine, text, "6.3.2")
    assert bool(hits) is flagged_expected, hits


@pytest.mark.parametrize("text, part", [
    # the emblem altered for fun, or put on one's own goods as a deed done
    ("市章をヤンキー風にアレンジして、部活の応援旗にしてみた", "ヤンキー風にアレンジ"),
    ("山鹿市のロゴマークの色を塗り替えて、自分のスタンプにした", "色を塗り替え"),
    ("友達の焼き鳥屋ののれんに市章ば付けてやった", "市章ば付けてやった"),
])
def test_the_citys_emblem_altered_or_borrowed(engine, text, part, flagged):
    assert any(part in f for f in flagged(engine, text, "6.3.2"))


@pytest.mark.parametrize("text, part", [
    # a staff member posting in the mayor's name, from a private account
    ("【市長のことば】新年あけましておめでとうございます。（市長に代わり、広報係の私が投稿しています）", "市長に代わり"),
    # the city's account used without leave
    ("スポーツ振興課の公式インスタに、無断で試合の写真をアップしといた", "無断で試合の写真をアップ"),
])
def test_posting_in_the_mayors_name_or_from_the_citys_account_without_leave(engine, text, part, flagged):
    assert any(part in f for f in flagged(engine, text, "6.3.2"))


@pytest.mark.parametrize("text", [
    "市章をアレンジした記念ロゴの案を、市民の皆さんから募集します",
    "式典では市長に代わって副市長が式辞を述べ、表明しました",
    "市の公式インスタに無断で投稿される偽アカウントにご注意ください",
])
def test_the_citys_own_design_and_warnings_stay_clean(engine, text, flagged):
    assert flagged(engine, text, "6.3.2") == []


@pytest.mark.parametrize("text, part", [
    # the firm named in one sentence, readers told to keep away in the next
    ("有限会社ヒカリ電機の修理、3回呼んでも直らん。ここと取引するのはおすすめできません", "おすすめできません"),
    # telling others not to use it
    ("南風運輸さん、配達がいつも遅れるけん、近所の人にも頼まんように言うとる", "頼まんように言う"),
])
def test_a_named_business_and_a_call_to_keep_away_in_other_words(engine, text, part, flagged):
    assert any(part in f for f in flagged(engine, text, "6.3.2"))


@pytest.mark.parametrize("text", [
    # a fraud warning names the firm to protect readers
    "ヒカリ電機を名乗る訪問販売の詐欺が出ています。契約はしないほうがいいです",
    # advice about something else in a draft that names a firm
    "ヒカリ電機さんでエアコンを買いました。雨の日は自転車は使わん方がいいですね",
])
def test_fraud_warnings_and_other_advice_stay_clean(engine, text, flagged):
    assert flagged(engine, text, "6.3.2") == []


@pytest.mark.parametrize("text, expected", [
    # cutting corners said as a verb, in dialect, of a named firm
    ("川端建設は現場でいつも手ば抜くけん、頼まん方がよか", True),
    # one's own dinner made the easy way, and a firm praised for not cutting corners
    ("今日は晩ご飯の手を抜いてカレーにした", False),
    ("丸山工務店さんは手を抜かずに丁寧な仕事でした", False),
])
def test_cutting_corners_said_as_a_verb(engine, text, expected, flagged):
    assert bool(flagged(engine, text, "6.3.2")) is expected


@pytest.mark.parametrize("text", [
    # a building demolished is news of works, not a business's goods broken by it
    "あの古い鹿本旅館も、ついに取り壊されてしまいました",
    "温泉通りのかどや商店、区画整理で来年取り壊されることになった。寂しいね",
    "菊池建設の重機で、隣の空き家が取り壊されていく様子を見学しました",
    "旧鹿本旅館の建物、来月とり壊されるって",
])
def test_a_building_demolished_is_no_damage_done_by_a_business(engine, text, flagged):
    assert flagged(engine, text, "6.3.2") == []


@pytest.mark.parametrize("text, part", [
    ("ひまわり電器に修理に出したら壊されて返ってきた", "壊され"),
    ("やまが自動車に車検出したら、バンパー壊されとった", "壊され"),
])
def test_a_customers_thing_broken_by_a_named_business_is_still_found(engine, text, part, flagged):
    assert any(part in f for f in flagged(engine, text, "6.3.2"))


def test_an_advert_s_come_on_quoted_is_no_business_named(engine, flagged):
    """Round 50 (set FF): 「初回実質0円」「お試し価格」と書かれた健康食品 — a consumer centre quoting an
    advert; the quoted price and offer were taken for business names."""
    text = ("SNSの広告で「初回実質0円」「お試し価格」と書かれた健康食品を注文したところ、"
            "2回目以降に高額な代金を請求された、という相談が寄せられています。")
    assert flagged(engine, text, rule="rights-business-disparagement") == []
    assert flagged(engine, "「山鹿ガス点検センター」は高額な代金を請求してくる。頼まん方がよか", rule="rights-business-disparagement")
