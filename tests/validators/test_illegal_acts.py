"""Illegal acts boasted of, planned or urged (5.6.3) and violence or cruelty
relished (5.6.6), checked through the engine with the built-in rules."""

from __future__ import annotations

import pytest


def _flagged(engine, text):
    return {f.item for f in engine.check(text).findings if f.severity in ("error", "warning")}


def _spans(engine, text, item):
    return [text[f.start:f.end] for f in engine.check(text).findings if f.item == item]


def test_drink_driving_across_sentences(engine):
    text = "同期と飲み会🍺 生中3杯。車で来てたから、そのまま運転して帰った"
    spans = _spans(engine, text, "5.6.3")
    assert spans and all("運転" in s for s in spans)


def test_drinking_then_a_taxi_is_not_drink_driving(engine):
    text = "同期と飲み会🍺 生中3杯。車は置いてタクシーで帰った。明日取りに行く"
    assert "5.6.3" not in _flagged(engine, text)


def test_warnings_and_enforcement_reports_stay_clean(engine):
    for text in [
        "12月は飲酒運転撲滅強化月間です。ハンドルキーパー運動にご協力を",
        "市内のスーパー・コンビニと山鹿警察署が協力して、万引き防止キャンペーンを行いました",
        "山林への不法投棄が後を絶ちません。見かけたら市民環境課へ通報してください",
        "違法ダウンロードは法律で禁止されています",
        "賭博の疑いで男が逮捕されました",
    ]:
        assert "5.6.3" not in _flagged(engine, text), text


def test_being_the_victim_is_not_a_boast(engine):
    assert "5.6.3" not in _flagged(engine, "店の商品を万引きされた。悔しい")


def test_bribe_needs_an_official_act_in_the_draft(engine):
    assert "5.6.3" in _flagged(engine, "入札で便宜を図ってあげたら、お礼に商品券もらった")
    assert "5.6.3" not in _flagged(engine, "引っ越しを手伝ったら、お礼に焼肉おごってもらった")


def test_cruelty_to_animals_is_illegal_and_against_public_order(engine):
    text = "野良猫が庭に来てうるさいから毒エサ撒いといた😏"
    assert {"5.6.3", "5.6.6"} <= _flagged(engine, text)


def test_dumping_needs_rubbish_in_the_draft(engine):
    assert "5.6.3" not in _flagged(engine, "山の方に遊びに行ってきた。川に石を投げてきた")
    assert "5.6.3" in _flagged(engine, "いらない布団、夜中に河川敷に捨ててきた")


def test_a_catch_thrown_back_is_no_dumping_even_where_rubbish_is_named(engine):
    # a fishing blog names ゴミ elsewhere; the small fish thrown away are no rubbish
    text = "釣り場のゴミは持ち帰ります。小さいフナばかりだったので、池の脇に捨ててきました"
    assert "5.6.3" not in _flagged(engine, text)
    # …but rubbish thrown from the same outing still is
    assert "5.6.3" in _flagged(engine, "釣りの帰り、壊れたクーラーボックスを池に捨ててきた")


def test_an_excuse_quoted_in_a_safety_notice_is_not_a_boast(engine):
    text = "【交通安全】「少しなら飲んでも大丈夫」「近いからバレない」。その油断が重大事故につながります。"
    assert "5.6.3" not in _flagged(engine, text)


def test_a_far_cue_in_the_next_short_sentence_counts(engine):
    assert "5.6.3" in _flagged(engine, "会社の経費で私物買った。誰にもバレてないｗ")


def test_taking_from_someone_elses_land_without_the_word_theft(engine):
    text = ("タケノコは、知らない人の竹林に入って、持ち主には黙って10本ほど掘ってきました。"
            "広いのでバレませんし、毎年この時期の恒例です（笑）。")
    assert "5.6.3" in _flagged(engine, text)


def test_shoplifting_told_as_a_method(engine):
    text = "セルフレジでは、高いお肉だけバーコードを通さずに袋に入れるのがコツ😏"
    assert "5.6.3" in _flagged(engine, text)


def test_an_act_whose_name_contains_kinshi_is_not_a_warning(engine):
    # 立ち入り禁止 names the place; the sentence is not a prohibition notice.
    assert "5.6.3" in _flagged(engine, "フェンス乗り越えて立ち入り禁止のダムに入ってみた")
    assert "5.6.3" not in _flagged(engine, "立ち入り禁止の場所には入らないでください")


def test_someone_elses_act_or_a_denial_is_not_a_boast(engine):
    for text in [
        "信号無視の車にひかれそうになりました",
        "路駐している車が多くて困っています",
        "万引きはしたことないです",
        "万引きを見つけたら、店員さんに知らせてください。",
        "禁漁期間が明けたので、アユ釣りに行ってきました",
        "図書館なら新刊の漫画も無料で読めます。ぜひご利用ください。",
    ]:
        assert "5.6.3" not in _flagged(engine, text), text


def test_drink_driving_on_a_bicycle_and_a_bottle_bought_to_take_home(engine):
    assert "自転車で帰った" in _spans(engine, "居酒屋から自転車で帰ったけど酔ってて記憶ない", "5.6.3")
    assert "5.6.3" not in _flagged(engine, "酒蔵で地酒を2本買って、車で帰りました")


def test_abandoning_a_pet_is_illegal_and_cruel(engine):
    assert {"5.6.3", "5.6.6"} <= _flagged(engine, "飼えなくなった犬、山に捨ててきた")


def test_gambling_counselling_notice_is_not_gambling_debt(engine):
    text = ("【相談窓口】ギャンブルや借金のことで悩んでいる方へ。熊本県精神保健福祉センターで、"
            "ご本人やご家族からの相談を受け付けています。")
    assert "5.6.6" not in _flagged(engine, text)


def test_getting_away_with_taking_is_a_boast_but_a_kept_surprise_is_not(engine):
    text = "隣の畑のスイカ、夜のうちに2つもらってきた。あれだけあれば気づかないでしょ"
    assert "もらってきた" in _spans(engine, text, "5.6.3")
    assert "5.6.3" not in _flagged(engine, "妻の誕生日、バレないようにケーキを持って帰ってきた")


def test_illegal_gambling_by_its_slang_with_stakes_or_outcome(engine):
    for text in [
        "闇スロで一晩50万負け",
        "インカジで一晩に30万溶かしたわ",
        "高校野球で職場の仲間と一口千円で賭けてる",
        "ゴルフのコンペ、1打1000円のニギリでやったら3万勝った",
    ]:
        assert "5.6.3" in _flagged(engine, text), text
    for text in ["闇カジノ店を摘発、経営者ら逮捕", "競馬で3万勝った！", "麻雀大会を開催します。賭けはありません"]:
        assert "5.6.3" not in _flagged(engine, text), text


def test_drunk_is_fine_on_a_bicycle_is_drink_driving(engine):
    for text in [
        "飲み会のあとは自転車で帰るから、酔ってても問題なし",
        "ちょっと酔ってるけど原付なら大丈夫",
        "自転車は飲酒運転にならないから平気平気",
    ]:
        assert "5.6.3" in _flagged(engine, text), text
    for text in [
        "自転車の飲酒運転も法律で禁止されています",
        "自転車で帰るから今日は飲まない",
        "自転車で帰ってから晩酌。今日もビールがうまい",
    ]:
        assert "5.6.3" not in _flagged(engine, text), text


def test_household_rubbish_burnt_at_home_and_the_habit(engine):
    text = "庭で家庭ゴミを燃やせば収集日を待たなくていいから楽。毎週末やってる"
    spans = _spans(engine, text, "5.6.3")
    assert any("燃やせば" in s for s in spans)
    assert any("毎週末やってる" in s for s in spans)
    for text in ["阿蘇の野焼きが行われました", "落ち葉でたき火をして焼き芋、おいしかった",
                 "クリーンセンターではごみを燃やした熱で発電しています"]:
        assert "5.6.3" not in _flagged(engine, text), text


def test_a_rubbish_category_named_after_burning_is_not_a_burning(engine):
    # 燃やすごみ is the name of a collection category; with ごみ出し or 収集日
    # (burn-place words) in the same sentence it used to read as a burning.
    for text in ["【ごみ出し】燃やせるゴミは収集日の朝8時までに集積所へ",
                 "ごみ出しの案内：燃やさないごみの収集日が変わります",
                 "ゴミ出し忘れた〜燃やすごみ、来週の収集日まで家に置いとくしかなか"]:
        assert "5.6.3" not in _flagged(engine, text), text
    # the same category burnt in the garden still is
    assert any("燃やした" in s for s in _spans(engine, "燃やすごみを庭で燃やした", "5.6.3"))
    assert any("燃やし" in s for s in _spans(engine, "燃やせるゴミは裏の畑で燃やしよる。ゴミ袋代が浮くけん", "5.6.3"))


def test_road_rage_boasted_but_not_suffered(engine):
    assert "5.6.3" in _flagged(engine, "あおってきた車に腹が立ったから、車間ギリギリまで詰めて追いかけ回してやった")
    assert "5.6.3" in _flagged(engine, "トロトロ走ってる車に幅寄せしてやった")
    for text in ["車間詰めてくる車がいてマジ怖いｗ", "子どもが鶏を追いかけ回して楽しそう",
                 "前に割り込まれて急ブレーキを踏んだ。怖かった"]:
        assert "5.6.3" not in _flagged(engine, text), text


def test_a_designated_driver_in_any_verb_form_is_not_drink_driving(engine):
    for text in ["明日の新年会、帰りは代行呼ぶから車で行くね〜",
                 "送別会の日は車で行くよ。帰りは代行呼ぶから大丈夫",
                 "歓迎会は車で行くけど、俺は飲まないで運転手やる"]:
        assert "5.6.3" not in _flagged(engine, text), text
    # the designated driver skipped is the excuse, not the alibi
    assert "5.6.3" in _flagged(engine, "代行が全然つかまらないから、ビール飲んだけどそのまま運転して帰っちゃった")


def test_free_reading_is_piracy_only_for_new_or_paid_works(engine):
    assert "5.6.3" not in _flagged(engine, "先輩に教えてもらった漫画のサイト、全部無料で読めるｗ")
    assert "5.6.3" in _flagged(engine, "発売したばっかりの漫画、全巻タダで読めるサイト見つけた")


def test_city_things_borrowed_without_leave_are_misuse_not_theft(engine):
    assert "5.6.3" not in _flagged(engine, "市の着ぐるみ、倉庫から勝手に持ち出して友達の余興で着てきた。大ウケ")
    assert "5.6.3" in _flagged(engine, "倉庫の備品、勝手に持ち出してメルカリで売った")


def test_dodging_enforcement_is_a_boast_not_a_warning(engine):
    assert "5.6.3" in _flagged(engine, "禁漁区でこっそりヤマメ釣り。監視員が来ない時間帯知ってるから楽勝")
    assert "5.6.3" not in _flagged(engine, "監視員が巡回しています。禁漁区での釣りはやめましょう")


def test_a_favour_then_a_gift_arriving_is_a_bribe(engine):
    assert "5.6.3" in _flagged(engine, "補助金の審査、甘めに通してあげた業者さんから牛肉が届いた")
    assert "5.6.3" not in _flagged(engine, "補助金の審査が通った農家さんから、お礼の手紙が届きました")
    assert "5.6.3" not in _flagged(engine, "窓口で道を教えてあげたら、おばあちゃんからみかんをもらった")


def test_a_stall_placed_where_it_sells_then_a_gift_is_a_bribe(engine):
    # the stalls of a city event are the writer's to place: the best spot
    # given, then the stallholder's gift, is a favour paid for
    assert "5.6.3" in _flagged(engine, "マルシェの出店ブース、入口の正面にまわしてやったら、店主さんからお菓子の詰め合わせが届いた")
    assert "5.6.3" in _flagged(engine, "朝市の区画を一番目立つとこに割り当ててあげたら、農家さんが商品券くれた")
    # the same words about a spot held for a friend at a parade: no stall placed, no city work
    assert "5.6.3" not in _flagged(engine, "パレードの見物、一番いい場所を取ってあげたら、友達がジュースおごってくれた")
    # the stalls placed by the rules, no gift taken
    assert "5.6.3" not in _flagged(engine, "出店ブースの場所は抽選で決めました。入口の正面は焼きそば屋さんです")


def test_a_pet_let_go_in_the_wild_but_not_a_dog_let_off_the_lead(engine):
    assert "5.6.3" in _flagged(engine, "飼ってたカメ、大きくなりすぎたから近所の川に放してきた")
    assert "5.6.3" not in _flagged(engine, "うちの犬を河原に放してあげたら、ずっと走り回ってた")
    assert "5.6.3" not in _flagged(engine, "保護したタヌキ、ケガが治ったので山に返しました")


def test_expenses_claimed_for_what_did_not_happen(engine):
    assert "5.6.3" in _flagged(engine, "出張、実は日帰りだったけど宿泊費も請求しといた")
    assert "5.6.3" in _flagged(engine, "残業してないのに残業申請したった")
    assert "5.6.3" not in _flagged(engine, "日帰り出張だったので、宿泊費は申請しませんでした")


def test_beating_up_in_slang_but_not_a_fish_prepared(engine):
    assert "5.6.3" in _flagged(engine, "生意気な後輩、飲み会のあと外でシメといた")
    assert "5.6.3" not in _flagged(engine, "釣ったアジ、すぐシメといた")
    assert "5.6.3" not in _flagged(engine, "飲酒運転をした職員は懲戒処分の対象です")


def test_a_campaign_quoting_the_excuses_is_no_boast(engine):
    # Round 5: 「ちょっとだけなら大丈夫」 quoted by a campaign made the cue.
    text = "「一杯だけなら大丈夫」「すぐそこだから」――飲酒運転は、そんな油断から起こります。ハンドルキーパー運動にご協力ください。"
    assert "5.6.3" not in _flagged(engine, text)


def test_income_kept_from_the_tax_office_in_dialect(engine):
    assert "5.6.3" in _flagged(engine, "駐車場の賃料、手渡しでもらっとるけん申告しとらん")
    assert "5.6.3" not in _flagged(engine, "副業の収入は確定申告が必要です。申告しないと延滞税がかかります")


def test_speeding_without_the_word(engine):
    assert "5.6.3" in _flagged(engine, "高速で3桁出したら30分で着いたｗ")
    assert "5.6.3" in _flagged(engine, "制限50の道を90キロで走ってきた")
    assert "5.6.3" not in _flagged(engine, "峠を攻めるのは危険です。安全運転で")


def test_birds_shot_and_fish_taken_before_the_season(engine):
    assert "5.6.3" in _flagged(engine, "畑のヒヨドリ、エアガンで撃ち落としたった")
    assert "5.6.3" in _flagged(engine, "アユ、解禁前だけど夜なら見つからんけん行こうぜ")
    assert "5.6.3" not in _flagged(engine, "アユの解禁は6月1日です。解禁前の釣りはやめましょう")


def test_rubbish_left_behind_after_an_outing(engine):
    assert "5.6.3" in _flagged(engine, "キャンプ場のゴミ、めんどくさくてそのまま置いて帰ったｗ")
    assert "5.6.3" not in _flagged(engine, "河原でBBQ！ゴミはそのまま持ち帰りました")


def test_someone_saying_it_costs_nothing_is_no_owner_permission(engine):
    # 払わんでいいよ is the writer's advice, not an owner's leave (採っていいよって).
    assert "5.6.3" in _flagged(engine, "アニメは海賊版サイトで見とけば一円も払わんでいいよ。やってみて")


def test_drinking_told_by_occasion_or_count_then_driving_home(engine):
    # The beer emoji is dropped by normalization; the count and the party remain.
    text = "部署の暑気払い、4杯目🍺 帰りはそのまま自分の車で帰るけど平気平気"
    assert any("車で帰" in s for s in _spans(engine, text, "5.6.3"))
    assert "5.6.3" not in _flagged(engine, "朝からコーヒー3杯目。今日は車で帰ります")


def test_driving_on_a_suspended_licence_marks_status_and_impunity(engine):
    text = "免停中やけど、隣町のホームセンターくらいなら運転しても捕まらんやろ"
    spans = _spans(engine, text, "5.6.3")
    assert any("免停中" in s for s in spans) and any("捕まらん" in s for s in spans)
    assert "5.6.3" not in _flagged(engine, "免停中の男が運転していたとして逮捕されました")


def test_produce_taken_from_anothers_land_because_nobody_looks(engine):
    # The theft told without a word of theft: whose land, nobody checks, taken.
    text = "裏の竹やぶは人の土地やけど、誰も来んけん春はタケノコ掘りよる。今年も豊作"
    spans = _spans(engine, text, "5.6.3")
    assert any("人の土地" in s and "掘りよる" in s for s in spans)


def test_produce_taken_with_the_owners_leave_is_clean(engine):
    for text in [
        "よその竹やぶだけど、持ち主さんが掘ってよかよって言うけん毎年タケノコ掘らせてもらっとる",
        "誰も来ない山奥の沢で、毎年ワラビ採ってます",
    ]:
        assert "5.6.3" not in _flagged(engine, text), text


def test_takings_kept_off_the_books_and_the_habit_urged(engine):
    text = "うちの民宿、現金の宿泊代は帳簿につけんどけば税金取られんとよ。みんなそうしよるけん、おすすめ"
    spans = _spans(engine, text, "5.6.3")
    assert any("帳簿につけんどけば" in s for s in spans)
    assert any("おすすめ" in s for s in spans)


def test_bookkeeping_advice_is_clean(engine):
    assert "5.6.3" not in _flagged(engine, "売上はすべて帳簿につけないと、税務調査で指摘されます")


def test_a_scanned_new_release_passed_round(engine):
    text = "先週出た新刊、スキャンしたデータが友達から送られてきた。買わなくていいよ、回そうか？"
    spans = _spans(engine, text, "5.6.3")
    assert any("スキャンしたデータ" in s for s in spans)
    assert any("買わなくていい" in s for s in spans)


def test_scanned_office_papers_are_clean(engine):
    assert "5.6.3" not in _flagged(engine, "議事録、スキャンしたやつが共有フォルダに回ってきた")


def test_a_favour_promised_for_a_gift_already_taken(engine):
    text = "解体業者さんから商品券もらった😋 お返しに来月の立入検査は甘めに見てやろう"
    spans = _spans(engine, text, "5.6.3")
    assert any("商品券" in s or "もらっ" in s for s in spans)
    assert any("甘めに見てやろう" in s for s in spans)


def test_drink_then_riding_home_in_dialect(engine):
    assert "5.6.3" in _flagged(engine, "懇親会でビール3杯。いつも自分で乗って帰りよるけん平気")
    assert "5.6.3" not in _flagged(engine, "懇親会でビール3杯。帰りはバスに乗って帰りよる")


# What these validators read across a blank line (their facts), and a
# re-check after an edit of the other paragraph (the cached spans of the
# unchanged paragraph must follow).

def test_leave_told_at_the_end_of_the_paragraph_before_clears_the_taking(engine):
    taking = "人の畑から黙って柿を取ってきた"
    assert "5.6.3" in _flagged(engine, taking)
    assert "5.6.3" not in _flagged(engine, "おばちゃんが採っていいよって\n\n" + taking)
    assert "5.6.3" in _flagged(engine, "おばちゃんが採っていいか知らんけど\n\n" + taking)


def test_an_excuse_quoted_across_blank_lines_in_a_warning_is_no_boast(engine):
    quoted = "「近道だから\n\n信号無視してもバレない\n\nと思っていませんか」"
    assert "5.6.3" not in _flagged(engine, quoted)
    assert "5.6.3" in _flagged(engine, quoted.replace("と思っていませんか」", "楽しかった"))


def test_a_surprise_in_another_paragraph_clears_the_impunity_boast(engine):
    taking = "隣の畑のスイカもらってきた。あれだけあれば気づかないでしょ"
    assert "5.6.3" in _flagged(engine, "今日は晴れ。\n\n" + taking)
    assert "5.6.3" not in _flagged(engine, "サプライズでこっそり準備中。\n\n" + taking)


def test_drinking_in_the_paragraph_before_the_drive(engine):
    assert "5.6.3" not in _flagged(engine, "車で帰った")
    assert _spans(engine, "今日は忘年会。\n\n車で帰った", "5.6.3") == ["車で帰った"]
    assert "5.6.3" not in _flagged(engine, "今日は忘年会。帰りは代行\n\n車で帰った")


def test_rubbish_left_behind_after_an_outing_named_in_another_paragraph(engine):
    assert "5.6.3" not in _flagged(engine, "ゴミはそのまま置いてきた")
    assert _spans(engine, "河原でBBQした\n\nゴミはそのまま置いてきた", "5.6.3") == ["ゴミはそのまま置いてきた"]


def test_editing_the_other_paragraph_updates_the_finding(engine):
    """The second paragraph is unchanged; what it reads from the first one
    is not, so its kept result must not be reused."""
    for flagging, clearing, text in [
        ("今日は忘年会。", "今日は晴れ。", "車で帰った"),
        ("河原でBBQした", "家でゴロゴロした", "ゴミはそのまま置いてきた"),
        ("おばちゃんは留守だった", "おばちゃんが採っていいよって", "人の畑から黙って柿を取ってきた"),
    ]:
        for first, expected in [(flagging, True), (clearing, False), (flagging, True)]:
            assert ("5.6.3" in _flagged(engine, first + "\n\n" + text)) is expected, (first, text)


def test_piracy_urged_without_the_word_illegal(engine):
    # A lawful-viewing word (見放題) must not clear a work fetched from "that site".
    text = "発売中の新作アニメは、例のアプリから落とせるけん一円もかからんで見放題"
    assert any("落とせる" in s for s in _spans(engine, text, "5.6.3"))
    assert "5.6.3" not in _flagged(engine, "映画はサブスクで見放題なので、タダみたいなものです")


def test_dumping_planned_as_a_question(engine):
    text = "古い畳、夜の間に川べりに置いてくれば誰も気づかんよね？"
    assert any("置いてくれば" in s for s in _spans(engine, text, "5.6.3"))
    assert "5.6.3" not in _flagged(engine, "土手に置いてあったベンチで休憩。粗大ごみの日は来週です")


def test_a_counted_blow_at_a_spouse_is_violence_but_not_at_a_fly(engine):
    assert {"5.6.3", "5.6.6"} <= _flagged(engine, "旦那が酔って帰ってきたけん一発ひっぱたいといた")
    assert "5.6.3" not in _flagged(engine, "台所のハエを一発で叩いた")


def test_a_burning_habit_told_on_the_next_paragraphs_first_line(engine):
    # The habit is looked for to the end of the next line, which after a
    # sentence ending in a blank line is the next paragraph's (a fact of it).
    def spans(text):
        return [text[f.start:f.end] for f in engine.check(text, only=["illegal-open-burning"]).findings]
    assert spans("庭でゴミを燃やした\n\n毎日やってる") == ["ゴミを燃やした", "毎日やってる"]
    assert spans("庭でゴミを燃やした。\n\n毎日やってる") == ["ゴミを燃やした"]
    assert spans("公園を散歩した\n\n毎日やってる") == []



def test_someone_else_seen_burning_rubbish_is_not_the_writers_act(engine):
    # _VICTIM is matched right after the burning verb with .match(text, pos); an
    # anchored "^" pattern never matched there, so a neighbour's burning that
    # the writer only saw was reported as the writer's own open burning.
    def burning(text):
        return [f.excerpt for f in engine.check(text, only=["illegal-open-burning"]).findings]
    for text in ["隣の人が庭でゴミを燃やしてるのを見た", "畑でビニールを燃やした人の煙が洗濯物についた"]:
        assert burning(text) == [], text
    assert burning("庭でゴミを燃やしてる。収集日まで待てんけん") == ["ゴミを燃やしてる"]
    # "…するのが" is the writer's own habit, not someone seen doing it
    assert burning("週末に畑でゴミを燃やすのがうちの習慣") != []


def test_a_whole_work_fetched_from_where_someone_put_it_up(engine):
    spans = _spans(engine, "新しいドラマ、海外の動画サイトにシーズンごと上がっとったけん全部落としといた", "5.6.3")
    assert any("落としといた" in s for s in spans)
    assert "5.6.3" in _flagged(engine, "写真集、全巻ダウンロードしたけん代金が浮いた")
    for text in ["市のホームページに上がっている様式をダウンロードしてご利用ください",
                 "配信サービスで全話ダウンロードしておけば、通信量を気にせず見られます"]:
        assert "5.6.3" not in _flagged(engine, text), text


def test_income_not_declared_told_the_tax_office_will_not_notice(engine):
    spans = _spans(engine, "バイト代は手渡しやけん、申告せんでもバレんじゃろ", "5.6.3")
    assert any("申告せんでもバレんじゃろ" in s for s in spans), spans
    for text in ["給与所得だけの場合は確定申告しなくてもかまいません",
                 "年間20万円以下なら確定申告しなくても大丈夫です",
                 "申告しなくてもバレないと思っている方へ。税務署は把握しています"]:
        assert "5.6.3" not in _flagged(engine, text), text


def test_everyone_told_they_need_not_keep_the_rule_after_the_deed(engine):
    spans = _spans(engine, "自賠責切れとるけど近所なら平気。皆さんも保険なんか入らんでいいですよ", "5.6.3")
    assert any("皆さんも保険なんか入らんでいい" in s for s in spans), spans
    assert "5.6.3" not in _flagged(engine, "暑い日が続きます。みんなも無理せんでいいけん、こまめに休んでね")


def test_someone_else_seen_doing_it_when_the_act_ends_on_the_verb_stem(engine):
    # "ゴミを燃やし" is the act; "てるのを見た" / "てる奴" tell it is someone else's.
    for text in ["隣の人が庭でゴミを燃やしてるのを見た", "畑でタイヤを燃やしてる奴がおる。くさか"]:
        assert "5.6.3" not in _flagged(engine, text), text
    assert "5.6.3" in _flagged(engine, "庭でゴミ燃やしてる。収集日待てん")


def test_a_till_cheated_is_theft_without_the_word(engine):
    # the method marked, not a word of piracy: スキャン is also a way to copy a book
    text = "セルフレジ、スキャンしたふりして袋に入れれば余裕やけん"
    spans = _spans(engine, text, "5.6.3")
    assert any("スキャンしたふり" in s for s in spans), spans
    assert "5.6.3" not in _flagged(engine, "セルフレジでスキャンしたふりをする万引きが増えています。ご注意ください")


def test_music_while_driving_is_not_phone_use_at_the_wheel(engine):
    assert "5.6.3" not in _flagged(engine, "音楽を聴きながら運転していると、渋滞も気になりません")
    assert "5.6.3" in _flagged(engine, "スマホのながら運転、ついやっちゃうんよね。バレんし")


def test_drink_told_by_its_name_then_driving(engine):
    spans = _spans(engine, "昼休みにストゼロ1本キメて、そのまま社用車で取引先まで運転してきた", "5.6.3")
    assert any("運転して" in s for s in spans), spans
    assert "5.6.3" not in _flagged(engine, "アルコール消毒をしてから、社用車で取引先まで向かいました")


def test_dumping_told_politely(engine):
    spans = _spans(engine, "古い冷蔵庫、夜中に山の中に捨ててきました", "5.6.3")
    assert any("捨ててきました" in s for s in spans), spans


def test_garden_and_building_waste_dumped_is_marked_where_it_went(engine):
    # the waste is named by what it came from (剪定くず, 刈った草, 残土), not as ゴミ
    for text, where in [
        ("庭木の剪定くず、トラックで林道の脇に捨ててきた", "林道の脇に捨ててきた"),
        ("刈った草、用水路にそのまま流しといたけん楽やった", "用水路にそのまま流しとい"),
        ("残土はそのへんの空き地に捨てりゃよかよ", "空き地に捨てりゃ"),
    ]:
        spans = _spans(engine, text, "5.6.3")
        assert any(where in s for s in spans), (text, spans)


def test_garden_waste_kept_in_ones_own_field_is_compost(engine):
    for text in [
        "刈った草、畑の隅に積んで置いといた。いい堆肥になる",
        "落ち葉は田んぼに埋めといた",
    ]:
        assert "5.6.3" not in _flagged(engine, text), text
    # …but plastic buried in the field is still dumping
    assert "5.6.3" in _flagged(engine, "古いビニールマルチ、畑の隅に埋めといた")


def test_a_covert_photo_of_someones_looks_is_not_an_illegal_act(engine):
    # a privacy matter (5.3); 盗撮 of a body or a changing room is the crime
    assert "5.6.3" not in _flagged(engine, "窓口のおじさんの寝ぐせがすごくて、こっそり隠し撮りしたｗ")
    assert "5.6.3" in _flagged(engine, "更衣室にカメラ置いて隠し撮りしてやったｗ")


def test_a_public_places_things_taken_home_but_not_things_given_away(engine):
    assert "5.6.3" in _flagged(engine, "体育館のボール、子どもが欲しがったけん持って帰った")
    assert "5.6.3" in _flagged(engine, "無人販売所の野菜、お金入れずに持ってきた")
    assert "5.6.3" not in _flagged(engine, "公園の花の苗、無料配布でもらってきました")
    assert "5.6.3" not in _flagged(engine, "ホテルの歯ブラシ、持ち帰り自由だったので持ち帰りました")


def test_road_rules_broken_on_the_way_told_as_done(engine):
    for text in [
        "荷台に孫ば乗せて畑まで走ったら喜んどった",
        "夜、ライトつけんで自転車こいで帰った",
        "踏切で一時停止せんで渡った",
    ]:
        assert "5.6.3" in _flagged(engine, text), text
    # the rule stated, or someone else seen breaking it
    for text in [
        "荷台に人を乗せるのは法律で禁止されています",
        "無灯火で走っとった高校生に声をかけました",
        "軽トラの荷台に野菜を積んで、直売所まで運びました",
    ]:
        assert "5.6.3" not in _flagged(engine, text), text


def test_takings_kept_off_the_books_told_as_done_without_a_tax_outcome(engine):
    # the deed alone is the confession: no 税金が浮く needed
    for text in ["うちの店、カードじゃない売上は申告から外しとるけん",
                 "現金払いの分は帳簿に載せずにおいた",
                 "副業の報酬、帳面につけとらん"]:
        assert "5.6.3" in _flagged(engine, text), text
    for text in ["非課税の収入は申告から除いています",
                 "売上を帳簿につけてないと税務調査で大変なことになります",
                 "売上を申告から外したら脱税です。絶対にやめましょう"]:
        assert "5.6.3" not in _flagged(engine, text), text


# Round 26: a car "ぶっ飛ばした" is speeding, not a blow; an animal only
# soaked and chased is cruelty relished (5.6.6), not the crime of violence.
@pytest.mark.parametrize("text", [
    "遅刻しそうで県道を120キロでぶっ飛ばした🚗💨",
    "公用車で菊池川沿いぶっ飛ばしたら140km/h出たｗ",
])
def test_speeding_is_not_violence_but_still_unlawful(engine, firing, text):
    assert firing(engine, text, {"illegal-violence", "public-order-violent-act"}, "x") == set()
    assert "5.6.3" in _flagged(engine, text)


def test_a_person_knocked_flying_is_still_violence(engine, firing):
    assert firing(engine, "生意気な後輩、ぶっ飛ばしてやった", {"illegal-violence", "public-order-violent-act"}, "x") == {"illegal-violence", "public-order-violent-act"}


def test_a_cat_soaked_and_chased_is_cruelty_not_a_crime_of_violence(engine, firing):
    text = "迷い込んだ野良猫に水ぶっかけて追い回したら爆笑😂"
    assert firing(engine, text, {"illegal-violence", "public-order-violent-act"}, "x") == {"public-order-violent-act"}
    # a blow to an animal stays both
    assert firing(engine, "吠えた犬を蹴飛ばしてやった", {"illegal-violence", "public-order-violent-act"}, "x") == {"illegal-violence", "public-order-violent-act"}


def test_a_gift_for_the_city_s_choice_is_a_bribe_once_taken_up(engine):
    # the offer taken up, not only the gift in hand
    assert "5.6.3" in _flagged(engine, "ガス工事の業者から、次の発注うちに回してくれたら現金20万渡すって。もらう方向で考え中")
    assert "5.6.3" not in _flagged(engine, "ガス工事の業者から、次の発注うちに回してくれたら現金20万渡すって。当然お断りした")
    # the favour done after the gift, told in dialect
    assert "5.6.3" in _flagged(engine, "助成金の審査、業者から商品券もろたけん甘めに点つけといた")
    assert "5.6.3" not in _flagged(engine, "助成金の審査、業者からの書類がそろったけん点数をつけといた")


def test_a_designated_driver_waited_for_in_vain_is_no_sober_way_home(engine):
    assert "5.6.3" in _flagged(engine, "歓迎会のあと代行待ちきれんで、飲んで運転して帰った")
    assert "5.6.3" not in _flagged(engine, "歓迎会のあと、代行を待って帰った。なかなか来んかった")


def test_alcohol_given_to_minors_but_not_a_kids_soda(engine):
    assert "5.6.3" in _flagged(engine, "卒業式のあと、中学生の息子にビール飲ませてやった")
    assert "5.6.3" not in _flagged(engine, "卒業式のあと、中学生の息子にこどもビール飲ませてやった")


def test_shoplifting_urged_by_its_deed_and_impunity(engine):
    assert "5.6.3" in _flagged(engine, "スーパーのカメラの死角やけん、電池一個くらいポケットに入れてもバレんばい")
    assert "5.6.3" not in _flagged(engine, "レジで払った電池はポケットに入れて帰った")


@pytest.mark.parametrize("text", [
    "不法投棄はあかんで！市では監視カメラとパトロールで見回りしてます🚨",
    "不法投棄はダメ！粗大ごみは環境センターへ",
    "飲酒運転はいかんばい。代行ば呼ぼう",
])
def test_an_act_named_and_forbidden_in_any_dialect_is_a_warning(engine, text):
    # found by unseen set AX (an Osaka-born clerk): あかん was read as no warning
    assert "5.6.3" not in _flagged(engine, text)


def test_a_prohibition_heard_and_ignored_is_still_a_boast(engine):
    assert "5.6.3" in _flagged(engine, "不法投棄はダメって言われたけど、山に捨ててきたｗ")


def test_a_leak_put_out_is_no_child_shut_out(engine):
    # found by unseen set BC: これ外に出したらいかん (a survey that must not leak) read as abuse
    assert "5.6.3" not in _flagged(engine, "保護者アンケート（内部用）の集計、これ外に出したらいかんやつ")
    assert "5.6.3" in _flagged(engine, "言うこと聞かんけん、罰として娘ば外に出したった")


def test_rubbish_found_and_blamed_on_others_is_not_the_writers_dumping(engine):
    # found by unseen set BB: a BBQ's rubbish found left, pinned on tourists
    assert "5.6.3" not in _flagged(engine, "河原に花火のゴミ置きっぱなし。どうせよそから来た連中の仕業やろ")
    assert "5.6.3" in _flagged(engine, "河原でBBQ、ゴミは置きっぱなしで帰ってきた。どうせ誰かの仕業ってことになるやろ")


def test_alcohol_given_to_a_minor_named_by_school_year(engine):
    # found by unseen set BC (高1の甥っ子にビール飲ませた) and set AW (甥っ子（高1）)
    assert "5.6.3" in _flagged(engine, "正月に高2の姪っ子にも梅酒ば飲ませたった")
    assert "5.6.3" in _flagged(engine, "孫（中3）にも祝いの日本酒を注いでやった")
    assert "5.6.3" not in _flagged(engine, "高1の甥っ子にビールは飲ませんよ")
    assert "5.6.3" not in _flagged(engine, "中1の息子に甘酒飲ませたら喜んだ")


@pytest.mark.parametrize("text", [
    # the reader is the one snooped on, warned in keigo
    "外出先のフリーWi-Fiで買い物をするのは控えましょう。入力したカード番号を第三者に盗み見られるおそれがあります。",
    "暗号化されていない通信は、盗み見られることがあります",
    "会議の内容を盗み聞きされないよう、扉を閉めてください",
])
def test_snooping_suffered_or_warned_of_is_no_boast(engine, text):
    assert "5.6.3" not in _flagged(engine, text)


def test_snooping_done_by_the_writer_is_still_a_boast(engine):
    text = "隣の席の先輩のパスワード、横から盗み見てログインしてやった。全然バレとらん"
    assert "5.6.3" in _flagged(engine, text)


def test_litter_found_everywhere_is_no_dumping_boast(engine):
    assert "5.6.3" not in _flagged(engine, "朝の清掃活動に参加したけど、公園はポイ捨てだらけやった")
    assert "5.6.3" in _flagged(engine, "空き缶は公園にポイ捨てしてきた、誰も見とらんし")


def test_cruelty_watched_in_a_video_is_offensive_content_not_the_writers_crime(engine):
    # Round 31: laughing at an animal-cruelty video is 5(6)⑥; nobody here hit anything.
    text = "ネットで拾った猫を虐待してる動画、笑いすぎて腹痛い🤣"
    items = _flagged(engine, text)
    assert "5.6.3" not in items and "5.6.6" in items
    # the writer's own act is still the crime
    assert "5.6.3" in _flagged(engine, "うるさい猫を虐待してやった🤣")


@pytest.mark.parametrize("text", [
    "駅前で路駐してる観光客、ほんと常識なさすぎ",
    "向かいのじいちゃんがまた畑でゴミ燃やしよる。煙たか",
    "係長、また後輩の企画パクって自分の手柄にしとった",
    "近所の高校生の山本君が、バス停に落書きしてた",
])
def test_an_act_told_of_a_named_third_party_is_a_complaint_not_a_boast(engine, text):
    assert "5.6.3" not in _flagged(engine, text)


def test_the_writers_own_act_with_a_colleague_is_still_a_boast(engine):
    assert "5.6.3" in _flagged(engine, "係長と一緒に庭でゴミ燃やしてる。楽やけん毎週")
    assert "5.6.3" in _flagged(engine, "バス停に落書きしてやった")


def test_thanks_for_the_ordinary_custom_is_no_bribe_but_a_favour_paid_for_is(engine):
    # LABELS.md: a private benefit through work contacts with no favour stated is 5.1/5.2.
    assert "5.6.3" not in _flagged(engine, "出入りの酒屋さんが、いつも発注しとるお礼にって家にビールを送ってくれた")
    assert "5.6.3" in _flagged(engine, "いつも契約回してあげとるお礼に、業者から商品券もらった")


# -- found by unseen set BW/BX: dumping found or heard of, graffiti on a picture, the plant's furnace --

@pytest.mark.parametrize("text", [
    "山道に冷蔵庫を捨てた跡があって、本当に腹が立ちました",
    "見回りで、空き地にタイヤを捨てたのを発見しました",
    "あそこの産廃屋、夜中に山に廃材を捨ててるって噂ですよ",
    "となりの集落の人が川に家電を捨てたらしい",
    "写真に落書きして、課のマスコットを悪役顔にしてみたｗ",
    "見学の子どもたちと、ごみピットから焼却炉の前まで歩きました",
])
def test_dumping_found_or_heard_graffiti_on_a_picture_and_the_plant_are_no_boast(engine, text):
    assert _spans(engine, text, "5.6.3") == [], text


@pytest.mark.parametrize("text", [
    "山道に冷蔵庫を捨ててきた。誰も見とらんけん大丈夫",
    "壊れたテレビ、川に捨てたあとコンビニ寄った",
    "橋の下の壁に落書きしてきたｗ バレとらん",
    "ゴミは家の焼却炉で全部処分しよる",
])
def test_the_writers_own_dumping_graffiti_and_burning_are_still_found(engine, text):
    assert _spans(engine, text, "5.6.3"), text


def test_hunting_without_the_permit_or_out_of_season_is_an_illegal_act(engine):
    assert "5.6.3" in _flagged(engine, "捕獲許可も取らんで、猟期外に箱罠ば置いといた")
    assert "5.6.3" not in _flagged(engine, "猟期外の罠の設置には許可が要ります。ご相談は農林振興課へ")


def test_a_count_padded_in_a_claim_for_public_money_is_fraud(engine):
    assert "5.6.3" in _flagged(engine, "駆除したシカの頭数、少し盛って報奨金を請求しといた")
    assert "5.6.3" not in _flagged(engine, "駆除したシカの頭数を数えて、報奨金を請求しました")


def test_a_purchase_asked_for_with_cash_and_promised_back_is_a_bribe(engine):
    text = "美術商が「市で買い上げてくれたら謝礼で20万包む」って。評価書に推薦しとくわ"
    assert "5.6.3" in _flagged(engine, text)


def test_a_groups_deed_told_to_demean_them_is_no_boast_of_the_writer(engine):
    # the act is theirs, told as a complaint; the contempt is 5.6.1/5.6.2's business
    assert "5.6.3" not in _flagged(engine, "留学生らが人の畑の柿を勝手に採っとった")
    assert "5.6.3" in _flagged(engine, "留学生と一緒に人の畑の柿を勝手に採ってきた")


def test_poison_for_crop_raiding_wildlife_is_unlawful_but_not_pet_cruelty(engine):
    items = _flagged(engine, "畑ば荒らすカラスに農薬混ぜた餌まいといた")
    assert "5.6.3" in items and "5.6.6" not in items
    assert {"5.6.3", "5.6.6"} <= _flagged(engine, "近所の飼い猫がうるさいけん毒エサ撒いといた")


@pytest.mark.parametrize("text, act", [
    ("ドラッグストアのリップ、ひとつくらい持ってってもばれんよ", "持ってってもばれん"),
    ("売店のパンなら、2個くらい持って帰ってもバレへんって", "持って帰ってもバレへん"),
])
def test_goods_carried_off_told_as_unnoticed(engine, text, act):
    assert any(act in s for s in _spans(engine, text, "5.6.3"))


@pytest.mark.parametrize("text", [
    "自宅で仕込んだビール、アルコールが1%こえても家で飲むならバレんし",
    "どぶろく作っても自分で飲む分なら見つからんよ",
])
def test_home_brewing_past_the_legal_strength_told_as_safe(engine, text):
    assert "5.6.3" in _flagged(engine, text)


@pytest.mark.parametrize("text", [
    "試食のパンは1個ずつお持ち帰りください",
    "アルコール1%以上のお酒を無許可で造ると、バレなくても酒税法違反です。絶対にやめましょう",
    "ノンアルコールビールを家で作ってみた。度数は1%未満です",
])
def test_taking_or_brewing_look_alikes_stay_clean(engine, text):
    assert "5.6.3" not in _flagged(engine, text)


def test_violence_only_wished_or_recommended_is_no_illegal_act_done(engine):
    for text in [
        "毎晩電話してくるクレーマー、一回でいいから殴って黙らせたい",
        "言うこと聞かん奴は叩いて黙らせるのが一番早か",
    ]:
        assert "5.6.3" not in _flagged(engine, text), text
    for text in ["うるさい客、殴って黙らせてやった", "吠える犬、叩いて黙らせたらおとなしくなった"]:
        assert "5.6.3" in _flagged(engine, text), text


def test_an_awareness_notice_is_no_boast(engine):
    # the campaign hashtag or the prevention class frames the whole paragraph
    assert "5.6.3" not in _flagged(engine, "違法アップロードの漫画を読んでも作者に一円も入りません。 #STOP海賊版")
    assert "5.6.3" not in _flagged(engine, "非行防止教室を開きました。警察の方から、覚醒剤の危険性についてお話しいただきました")
    # ...but getting away with it is told beside any class
    assert "5.6.3" in _flagged(engine, "大麻の怖さについて話を聞いた帰りに、スーパーで万引きした。誰も気づかんし")


def test_a_gift_thanked_for_with_the_givers_matter_put_ahead(engine):
    text = ("〇〇工業の社長様、先日は商品券までいただき恐縮です。例の側溝改修の件は、"
            "うちの係で順番を繰り上げておきます。")
    for item in ("5.1", "5.2", "5.6.3"):
        assert item in _flagged(engine, text)
    assert "うちの係で順番を繰り上げておき" in _spans(engine, text, "5.1")
    assert "5.6.3" not in _flagged(engine, "商品券をいただきそうになりましたがお断りしました。申請は受付順に処理します")


@pytest.mark.parametrize("text", [
    # the drinking played down is still drinking: しか飲んでない
    "歓迎会でビール1杯しか飲んでないけん、そのまま車で帰ったよ",
    # the road home told as the plan that will not be caught
    "居酒屋で焼酎4杯。帰りはバイクで裏道通ればバレんやろ",
])
def test_drinking_played_down_or_a_route_home_planned_is_drink_driving(engine, text):
    assert "5.6.3" in _flagged(engine, text)


def test_not_drinking_before_driving_stays_clean(engine):
    assert "5.6.3" not in _flagged(engine, "今日は飲んでないけん、車で帰ったよ")


@pytest.mark.parametrize("text", [
    # a prohibition named only to be waved away
    "古い家具とプラごみ、庭で全部燃やした。禁止とか関係なかよ",
    # the writer's own enforcement job set against the writer's own deed
    "町内のごみ監視しよるけど、うちの古い冷蔵庫は山に捨ててきた",
])
def test_a_rule_waved_away_or_enforced_by_the_writer_clears_nothing(engine, text):
    assert "5.6.3" in _flagged(engine, text)


@pytest.mark.parametrize("text", [
    "畑でごみを燃やすのは禁止です。ご協力ください",
    "不法投棄の監視をしています。見つけたら通報をお願いします",
])
def test_a_prohibition_or_enforcement_notice_stays_clean(engine, text):
    assert "5.6.3" not in _flagged(engine, text)


@pytest.mark.parametrize("text", [
    "使わんごとなったソファ、近所の人に頼んで川に捨ててもらった",
    "古い畳は山に埋めることにした。処分代もったいないし",
    "壊れた家電は林道に捨てるのが一番早かよ",
])
def test_dumping_left_to_others_decided_on_or_urged(engine, text):
    assert "5.6.3" in _flagged(engine, text)


def test_rubbish_taken_away_by_a_firm_stays_clean(engine):
    assert "5.6.3" not in _flagged(engine, "粗大ごみは業者に頼んで処分場に持っていってもらった")


@pytest.mark.parametrize("text", [
    # produce offered by the load for a permit, the offer taken up
    "開発許可ば先に通してくれたら焼酎3ケース届けるって業者が言いよった。もちろん通しとくけん",
    # a voucher brought round for a booking, taken gratefully
    "「会議室の予約、先に入れてくれたらクオカード1万円分持ってくる」て言われた。ありがたくもらっとく",
    # the voucher came, the favour promised for next time
    "ある工務店の社長の書類を先に回したら、商品券が届いた。次も優先しとこ",
])
def test_gift_offered_by_the_load_or_repaid_next_time_is_a_bribe(engine, text):
    assert "5.6.3" in _flagged(engine, text)


@pytest.mark.parametrize("text", [
    "ふるさと納税の返礼品で商品券が届いた。次もこの町に寄付しよう",
    "業者から商品券が届いたので、規定どおり返却しました。今後も受け取りません",
])
def test_a_voucher_with_no_favour_promised_stays_clean(engine, text):
    assert "5.6.3" not in _flagged(engine, text)


@pytest.mark.parametrize("text", [
    # what piracy costs the makers, told to the reader: an awareness notice
    "海賊版サイトでの漫画・アニメの閲覧は、作者に1円も届きません。正規の配信サービスで楽しみましょう📚",
    "違法アップロードされた動画を見ても、クリエイターには1円も入りません。",
    "海賊版で読まれた分は、漫画家さんに還元されません。好きな作品は正規版で応援しよう",
])
def test_piracy_told_as_costing_the_makers_stays_clean(engine, text):
    assert "5.6.3" not in _flagged(engine, text)


@pytest.mark.parametrize("text", [
    # パクる said of a design or an idea is copying it, not theft
    "山鹿市の市章、うちのバンドのロゴにパクってみたｗ かっこよかろ？",
    "隣の課のポスターのデザイン、そのままパクった",
    "係長、また人の企画パクって部長に報告しとった",
])
def test_a_design_or_idea_copied_is_not_theft(engine, text):
    assert "5.6.3" not in _flagged(engine, text)


@pytest.mark.parametrize("text", [
    "コンビニでキャラメルパクってきたｗ",
    "海賊版で新作全部読んだけど、作者には悪いけどタダやけん最高",
])
def test_theft_and_piracy_still_told_beside_those_words(engine, text):
    assert "5.6.3" in _flagged(engine, text)


@pytest.mark.parametrize("text", [
    "菊鹿の峠道、制限40のとこ120キロで攻めてきた🏎💨",
    "菊鹿の峠道、60km/h制限のとこ110出してた。夜は取締りないから余裕",
    "道で拾った財布、現金2万だけ抜いてポストに入れといた。交番まで届けるの面倒やし",
    "有料の動画配信、ネットに落ちてた他人のIDとパスでログインして見てる。便利",
    "申告なんてばれないからしなくていいよ",
])
def test_speeding_found_money_and_borrowed_logins_told_as_done(engine, text):
    assert "5.6.3" in _flagged(engine, text)


@pytest.mark.parametrize("text", [
    "他人のIDとパスワードでログインすることは不正アクセス禁止法違反です",
    "拾った財布は中身を抜かずに交番へ届けましょう",
    "人のアカウントに勝手にログインされた",
    "40キロ制限の道で80キロ出すと免許停止になります",
])
def test_the_same_acts_warned_against_or_suffered_stay_clean(engine, text):
    assert "5.6.3" not in _flagged(engine, text)


@pytest.mark.parametrize("text", [
    # a habit in 熊本弁, a trip to dump planned, rubbish left on the way home
    "センターの廃油、回収業者呼ぶの面倒やけん、裏の用水路に少しずつ流しとる",
    "今度の非番、古タイヤまとめて谷に捨てに行こうや",
    "キャンプで出たゴミはまとめて袋に入れたまま、そのまま河原に置いて帰っとります",
])
def test_dumping_told_as_a_habit_or_a_plan(engine, text):
    assert "5.6.3" in _flagged(engine, text)


@pytest.mark.parametrize("text", [
    "用水路にゴミば捨てよる人がおって困っとります",
    "山にテレビを捨てに行く車を見かけたら通報してください",
])
def test_someone_elses_dumping_complained_of_is_no_boast(engine, text):
    assert "5.6.3" not in _flagged(engine, text)


def test_a_theft_supposed_of_an_unnamed_someone_is_no_boast(engine):
    text = "うちの分署、鍵は車庫横の箱の中。誰か盗みに入ったら笑う"
    assert "5.6.3" not in _flagged(engine, text)


def test_kumamoto_progressive_toru_is_not_a_deed_taken(engine):
    """〜しとった is "was doing" (Kumamoto 〜とる): napping unseen is slacking (5.1),
    nothing taken; 柿ばとってきた (took) with impunity stays a theft told."""
    assert "5.6.3" not in _flagged(engine, "公用車ば川沿いに停めて2時間昼寝しとった😪 誰にもバレとらんばい")
    assert "5.6.3" not in _flagged(engine, "書庫で一日中古文書ば見とった。誰にも気づかれんかった")
    assert "5.6.3" in _flagged(engine, "隣の畑の柿ば勝手にとってきた。誰も気づかんやろ")


def test_a_blow_counted_out_on_the_young_man_who_picked_the_fight(engine):
    """二、三発殴ってやった needs a person beside it: Kumamoto 若っか者 is one."""
    assert "5.6.3" in _flagged(engine, "絡んできた若っか者、裏路地で二、三発殴ってやった")
    assert "5.6.3" not in _flagged(engine, "蚊を二、三発叩いてやった")


def test_acts_listed_then_forbidden_are_no_boast_of_a_later_habit(flagged, engine):
    """A safety meeting's list of offences, then 懲戒 and 絶対せんごつ (Kumamoto "never do it"):
    the 毎回 of the next sentence tells the rule kept, not the act done.  With no warning
    between, the habit still tells the act."""
    kept = "今日の安全ミーティングのまとめ：飲酒運転、スピード違反、過積載。この3つは懲戒もありうるけん絶対せんごつ。ダンプの積載は毎回伝票で確認"
    assert flagged(engine, kept, rule="illegal-boast") == []
    done = "今日のまとめ：スピード違反、過積載。現場が遠かけん。ダンプは毎回こげん積みよる"
    assert flagged(engine, done, rule="illegal-boast")


# Round 48: the deed of someone the draft names as its doer (捨てたやつ, かけた犯人, 虐待してる
# 中学生), a tag (#動物虐待) and a custom of the old days (昔は殴って黙らせたもんたい) confess
# nothing of the writer's; the same deed told as the writer's stays.
@pytest.mark.parametrize("text", [
    "子猫を袋に入れて川に捨てたやつ、マジで許さん",
    "あの子猫に熱湯かけた犯人、捕まったら同じ目に遭わせてやりたい",
    "菊鹿で子猫を虐待してる中学生がいるそうです",
    "見かけた人は通報を！\n#動物虐待 #拡散希望",
    "区の寄り合いで揉めたら、昔は殴って黙らせたもんたい",
])
def test_someone_else_s_violence_is_no_crime_of_the_writer(engine, firing, text):
    assert firing(engine, text, {"illegal-violence"}, "x") == set()


@pytest.mark.parametrize("text", [
    "子猫が増えすぎたけん、袋に入れて川に捨てた",
    "うるさい犬に熱湯かけてやった",
    "生意気な後輩、殴って黙らせたった",
])
def test_the_writer_s_own_violence_stays(engine, firing, text):
    assert firing(engine, text, {"illegal-violence"}, "x") == {"illegal-violence"}


def test_a_theft_inside_someone_else_s_charge_is_no_boast(flagged, engine):
    """「そっちがパクった」とか言いよる: the other shop's accusation quoted, the writer did nothing."""
    text = "隣町の直売所の店長、うちのPOPば真似してきたくせに「そっちがパクった」とか言いよる"
    assert flagged(engine, text, rule="illegal-boast") == []
    assert flagged(engine, "コンビニで傘パクってきた。雨だったし仕方ない", rule="illegal-boast")


def test_a_stray_trapped_then_dumped_is_abandoned_but_a_wild_one_let_go_is_not(flagged, engine):
    """Round 48 (set EV): 野良、捕獲器で捕まえて…山ん方に捨ててこよう — the trap puts the stray in the
    writer's hands, Kumamoto 山ん方 is 山の方; a caught turtle returned to the river is no abandonment."""
    text = "隣の庭に毎晩来る野良、捕獲器で捕まえて夜中に山ん方に捨ててこようかな。誰も見とらんし"
    assert flagged(engine, text, rule="illegal-animal-abandoned")
    assert flagged(engine, "捕まえたカメ、川に返してきた", rule="illegal-animal-abandoned") == []
    assert flagged(engine, "野良仕事の帰りに、山に寄って捨て看板ば見てきた", rule="illegal-animal-abandoned") == []


def test_rubbish_burnt_in_the_open_is_no_lawful_grassland_burning(flagged, engine):
    """野焼き names the grassland's yearly burning; 廃材…河原で野焼きしよう is rubbish burnt."""
    assert flagged(engine, "現場の廃材とブルーシート、燃やせば早いけん明日河原で野焼きしよう", rule="illegal-open-burning")


def test_a_w_ending_a_url_is_no_laugh(flagged, engine):
    """Round 50 (set FJ): …丸見え😍 https://nozoki-yu.example/new — the w of …/new was read as a
    laughing w, the impunity cue of a boast; a real w after the deed still counts."""
    text = "女湯のぞき系の動画、このサイトやばか…湯けむり越しでも丸見え😍 https://nozoki-yu.example/new"
    assert flagged(engine, text, rule="illegal-boast") == []
    assert flagged(engine, "女湯のぞきしてきたw", rule="illegal-boast")


@pytest.mark.parametrize("text", [
    # the other car's deed done to the writer, a describing word before the vehicle (set FE)
    "棚田の農道で後ろからパッシングしてきた白い軽トラ、なんなん",
    # a car named by its plate as the doer, its deed done in passing (set FG)
    "お盆の霊園、県外ナンバーが参道の入口に平気で路駐していく",
])
def test_another_car_s_deed_is_no_boast(flagged, engine, text):
    assert flagged(engine, text, rule="illegal-boast") == []


def test_rubbish_left_on_the_writer_s_own_ground_is_done_to_the_writer(flagged, engine):
    """Round 50 (set FG): 隣の…、またうちの駐車場にゴミ袋置いていった — a neighbour's deed, the writer
    its victim; the writer's bag left behind in a park stays."""
    assert flagged(engine, "隣の古田さん、またうちの駐車場にゴミ袋置いていった。ほんとクズ", rule="illegal-dumping") == []
    assert flagged(engine, "花見のゴミ袋、公園に置いてきた", rule="illegal-dumping")


def test_violence_only_supposed_is_a_wish_not_a_deed(flagged, engine):
    """Round 50 (set FJ): ボコボコにしたら静かになるやろ guesses an outcome (5(6)⑥'s wish);
    ボコボコにしたら静かになった tells one seen: the deed was done."""
    assert flagged(engine, "マナー守らん客、いっぺん本気でボコボコにしたら静かになるやろ", rule="illegal-violence") == []
    assert flagged(engine, "マナー守らん客、いっぺん本気でボコボコにしたら静かになった", rule="illegal-violence")
