"""Conduct (5.1), laws binding staff (5.2) and replies to critics (5.5) are
found by two signals together: a resident met at work + contempt or mockery,
a leisure place + working time, a contractor + a benefit, an election + a
preference, staff + a paid business, a critic + belittling.  One signal alone
(a resident, a hot spring, a party name, a café) is never enough."""

from __future__ import annotations

import pytest

from yamaga_desk.ruleset.examples import EXAMPLE_TODAY
from yamaga_desk.validators import VALIDATOR_FACTS, VALIDATORS
from yamaga_desk.validators.conduct import (
    citizen_amusement, citizen_contempt, city_property_private_use, claim_padding, complaint_deflected,
    contractor_benefit, critic_belittled, election_preference, insincere_acknowledgement, leisure_in_work_hours,
    records_snooping, side_business_run,
)


def spans(engine, validator, text):
    """The validator's spans in a one-paragraph draft; a paragraph validator
    with facts gets them computed from the same draft."""
    doc = engine.document(text, "x", EXAMPLE_TODAY)
    name = next(n for n, f in VALIDATORS.items() if f is validator)
    facts = VALIDATOR_FACTS.get(name)
    found = validator(doc, facts(doc, 0, len(doc.text))) if facts else validator(doc)
    return [doc.text[s:e] for s, e in found]


def items(engine, text):
    return {f.item for f in engine.check(text, "x", today=EXAMPLE_TODAY).findings}


@pytest.mark.parametrize("validator,text,expected", [
    (citizen_contempt, "電話口のおじさん、脳みそ足りてないのかな", "脳みそ足りて"),
    (citizen_contempt, "窓口のお客の相手するの、もう嫌になってきた", "相手するの、もう嫌"),
    (citizen_amusement, "印鑑忘れて何往復もする人、次は何回目か同僚と当てっこしてる", "同僚と当て"),
    (leisure_in_work_hours, "昼休みに抜けて銭湯行ってたら戻りが14時すぎ。誰にもバレてない", "銭湯"),
    (leisure_in_work_hours, "当直なのに21時から庁舎で一人酒", "一人酒"),
    (leisure_in_work_hours, "宿直なう。仕事ないのでSwitch持ち込み済み", "Switch持ち込"),
    (leisure_in_work_hours, "定例会議、マルチモニタの片方で競馬中継", "競馬"),
    (contractor_benefit, "出入り業者さんに飲み代ぜんぶ出してもらった", "飲み代ぜんぶ出して"),
    # a contractor named by its trade: 電設 (electrical works), 建築, 警備
    (contractor_benefit, "山鹿電設さんから温泉旅館のペア宿泊券もらっちゃいました", "宿泊券もらっ"),
    (election_preference, "次の市長選は〇〇さん一択。親戚にも声かけてね", "〇〇さん一択"),
    (side_business_run, "平日は市役所、週末はパン屋の店主やってます。ご予約はDMへ", "パン屋の店主"),
    (critic_belittled, "@abc 読解力がないならコメントしないでください", "コメントしないで"),
    (insincere_acknowledgement, "ご意見は一応聞いておきます。変える気はないけど", "変える気はない"),
])
def test_two_signals_together_are_found(engine, validator, text, expected):
    assert any(expected in s for s in spans(engine, validator, text))


@pytest.mark.parametrize("validator,text", [
    # one signal only
    (citizen_contempt, "住民の皆さんの相手をするのが毎日の楽しみです"),
    (citizen_contempt, "窓口でご案内した外国の方とは、言葉が通じないので筆談しました"),
    (citizen_amusement, "窓口でおばあちゃんと昔話をして一緒に笑いました"),
    (leisure_in_work_hours, "昼休みに温泉の前を通ったら、湯けむりがきれいでした"),
    (leisure_in_work_hours, "有給を取って平日の温泉へ。最高でした"),
    (leisure_in_work_hours, "宿直の夜は、テレビで競馬中継を見ることはできません"),
    (contractor_benefit, "業者さんからのお中元は、規程どおりお断りしました"),
    (election_preference, "市長選の投票日です。ご家族やお知り合いにも投票を呼びかけてください"),
    (side_business_run, "兼業許可を得て、週末だけ実家のカフェを手伝っています。ご予約はDMへ"),
    (critic_belittled, "「リプしないで」のような返し方は避けましょう。コメントには丁寧に返信します"),
    (insincere_acknowledgement, "ご意見ありがとうございます。担当課で確認して改めてお知らせします"),
])
def test_one_signal_or_a_look_alike_is_not_found(engine, validator, text):
    assert spans(engine, validator, text) == []


def test_contractor_benefit_breaks_both_conduct_and_law(engine):
    # LABELS: a private benefit through work contacts is 5.1 and 5.2.
    assert {"5.1", "5.2"} <= items(engine, "取引先の社長にゴルフ代出してもらった。持つべきものは取引先")


def test_spaced_hiragana_brush_off_is_a_dismissive_reply(engine):
    # い や な ら: the normalizer folds the spaces; いやなら must count like 嫌なら.
    assert "5.5" in items(engine, "混雑に文句を言う人、い や な ら 来 な く て い い よ")


def test_others_belief_in_the_passive_is_not_a_staff_guess(engine):
    # 本物だと思われてる says what others believe, not the writer's guess.
    assert "6.2" not in items(engine, "試しに市役所の公式っぽいアカウント作ってみた。本物だと思われてる")


def test_looks_like_before_a_noun_is_not_a_staff_guess(engine):
    # 公式っぽいアカウント describes a thing; 中止っぽい。 guesses at a fact.
    assert "6.2" not in items(engine, "職員だけど、市役所の公式っぽいアイコンを作ってみた")
    assert "6.2" in items(engine, "職員だけど、今年の灯籠まつりの花火は中止っぽい")


def test_a_looks_like_guess_needs_the_writer_named_as_staff(engine):
    # 庁内で検討中 places a matter; it does not make そう a staff guess ...
    assert "6.2" not in items(engine, "支所の窓口を縮小する案、庁内で検討中です。説明はまだ先になりそう")
    # ... while a writer who says they are staff guessing with そう is one.
    assert "6.2" in items(engine, "職員だけど、支所の窓口はたぶん来年から縮小されそう")


@pytest.mark.parametrize("text", [
    "仕事中、観光客の方に道を聞かれて八千代座までご案内しました",  # 観光 is the visitor's, not the writer's
    "勤務中は温泉施設の点検業務を担当しています",  # the hot spring is the job
    "業務中に見かけたカフェの新メニュー、今度の休みに行ってみたい",  # a wish, on a day off
])
def test_a_leisure_place_met_in_the_job_is_no_slacking(engine, text):
    assert spans(engine, leisure_in_work_hours, text) == []


def test_a_sample_sent_for_work_is_no_private_benefit(engine):
    assert spans(engine, contractor_benefit, "取引先から商品サンプルを送ってもらった。来週の会議で検討します") == []


def test_being_shown_something_by_a_contractor_is_no_perk(engine):
    # An emoji and a space end the phrase (they are no longer folded away),
    # so もらった🍡 reads as the end of a sentence: what was had must be a gift.
    assert spans(engine, contractor_benefit, "取引先の新商品、試作のレシピ見せてもらった🍡 配合は米粉7割") == []
    assert spans(engine, contractor_benefit, "取引先の社長に新商品の焼酎もらった🍶 ラッキー") != []


def test_a_free_city_service_for_businesses_is_no_perk(engine):
    # Businesses named as the audience of a city course, and free entry offered
    # to all (受講料は無料です), are no gift to the writer; 無料でしてもらった still is.
    assert spans(engine, contractor_benefit, "設備業者向けの省エネ研修、参加費は無料です。") == []
    assert spans(engine, contractor_benefit, "造園業者の皆さんを対象に、剪定の講習を無料で行います") == []
    assert spans(engine, contractor_benefit, "指定業者さんに、うちの給湯器の点検を無料でしてもらった") != []


def test_staff_looking_at_each_other_in_admiration_share_no_joke(engine):
    # 顔を見合わせて感心した praises the visitor; ある意味感心 and a stifled laugh mock them.
    admired = "見学に来た住民の方から何度も鋭い質問が出て、先輩と思わず目を合わせて唸りました"
    assert spans(engine, citizen_amusement, admired) == []
    mocked = "窓口に何度も来るおじさん、今日も書き直しで、同僚と顔を見合わせてある意味感心した"
    assert spans(engine, citizen_amusement, mocked) != []
    assert spans(engine, citizen_amusement, "また来た常連のおばちゃん、先輩と顔を見合わせて笑いをこらえた") != []


def test_the_resident_laughed_at_is_part_of_the_evidence(engine):
    # Not only the laugh: the person and their trouble (何度も往復してたおじさん).
    found = spans(engine, citizen_amusement, "窓口で書類を忘れて何度も往復してたおじさん、係のみんなで次は何回目か賭けてた")
    assert any("往復してたおじさん" in s for s in found)


@pytest.mark.parametrize("text", [
    "粗探しばかりの人、揚げ足取りご苦労さまです",
    "匿名の方のご意見は参考にしていません",
    "文句があるなら出て行けばいい、誰も止めませんよ",
])
def test_sarcasm_and_status_put_downs_aimed_at_a_critic_are_found(engine, text):
    assert spans(engine, critic_belittled, text)


def test_friendly_thanks_with_a_laugh_is_no_reply_to_a_critic(engine):
    assert "5.5" not in items(engine, "みなさん今日も一日お疲れさまでした笑")


def test_staff_stating_from_hazy_memory_is_an_unchecked_detail(engine):
    assert "6.2" in items(engine, "職員だけど、うろ覚えで申し訳ないけど、ごみ収集の曜日は来月から変わるよ")


# -- round 4: families missed on an independent set ---------------------------------


def test_a_perk_from_someone_met_through_the_job_breaks_conduct_and_law(engine):
    # No "contractor" word: 仕事で知り合った + a discount on the writer's own home.
    text = "市の仕事で知り合った設備屋のご主人が、うちの風呂の修理を半額でやってくれるって。役所勤めしててよかった"
    assert {"5.1", "5.2"} <= items(engine, text)
    # the job thanked for the perk is evidence too
    assert any("役所勤めしててよかった" in s for s in spans(engine, contractor_benefit, text))


def test_being_glad_of_the_job_without_a_perk_is_fine(engine):
    assert spans(engine, contractor_benefit, "市役所で働いてよかったと思うのは、住民の方に感謝されるときです") == []


@pytest.mark.parametrize("text,expected", [
    ("研修は半日で終わったけど、実際は日帰りなのに2泊で宿泊費を請求した", "2泊で宿泊費を請求"),
    ("残業してないのに残業代つけといた。浮いた分で飲みに行く", "浮いた分で飲"),
    ("タイムカードは同期に代わりに押してもらってる", "代わりに押して"),
    ("出張のタクシー代、千円ずつ上乗せして申請しといた", "上乗せし"),
])
def test_a_padded_claim_is_found(engine, text, expected):
    assert any(expected in s for s in spans(engine, claim_padding, text))


@pytest.mark.parametrize("text", [
    "本当は休みたかったけど、休日出勤して手当もらった。来週は代休",  # a wish, not a lie
    "実際はもっと大変だったけど、残業代はきちんと申請しました",  # nothing claimed instead
    "旅費の不正請求で職員が懲戒処分になったとのニュース",  # news about it
    "浮いた分で焼酎買って帰る。スーパーの特売ありがたい",  # no claim at all
    # a benefit raised by the city, not a claim the writer padded
    "来年度から住居手当に市独自の上乗せがあるらしい",
    "児童扶養手当は、市の上乗せ分と合わせて支給されます",
])
def test_a_true_claim_or_news_of_fraud_is_not_padding(engine, text):
    assert spans(engine, claim_padding, text) == []


def test_city_property_taken_to_a_private_party_is_found_with_the_use(engine):
    found = spans(engine, city_property_private_use, "課の備品の音響セット、勝手に持ち出して友達の結婚式の二次会で使った")
    assert any("持ち出" in s for s in found) and any("友達の結婚式" in s or "二次会" in s for s in found)


@pytest.mark.parametrize("text", [
    "市のテントを借りて、地域の夏祭りで使いました",  # a public use
    "公民館の椅子を使って、家族で参加できる教室を開きました",  # 家族 as the audience
    "市のマスコットの着ぐるみは、申請すればイベントに貸し出しできます",  # a lending notice
    "市のマスコットのイラストを勝手に使ってTシャツを作り、友達に配った",  # a picture is rights (6.3.2)
])
def test_city_property_in_public_use_or_a_notice_is_not_private_use(engine, text):
    assert spans(engine, city_property_private_use, text) == []


def test_a_record_looked_up_for_curiosity_is_snooping_but_a_record_seen_at_work_is_not(engine):
    assert spans(engine, records_snooping, "業務用の端末でこっそり検索したら、あの俳優が市内に住所を移してた")
    # seen in the course of the work and leaked: 6.3.1, not the act of snooping
    assert spans(engine, records_snooping, "固定資産税の課税台帳で見たけど、駅前のビルの評価額って高いんだ👀") == []


@pytest.mark.parametrize("text,expected", [
    ("「告知が遅い」とのご意見ですが、市も忙しいので仕方ないです", "市も忙しいので仕方"),
    ("ご意見ですが、お知らせを見落とす方にも問題があるのでは", "見落とす方にも問題がある"),
    ("誤字のご指摘、意味は通じるので訂正はしません", "訂正はしません"),
    ("ご指摘ありがたいけど、細かいことを気にしすぎでは？", "気にしすぎ"),
    ("@abc 案内が分かりにくい？地図くらい読めるようになってから言ってください", "読めるようになってから"),
    ("コメント欄で写真を批判した方、人のこと言えるレベルじゃないですよ(笑)", "人のこと言えるレベルじゃない"),
])
def test_a_complaint_turned_back_on_the_complainant_is_found(engine, text, expected):
    assert any(expected in s for s in spans(engine, complaint_deflected, text))


@pytest.mark.parametrize("text", [
    "ご意見ありがとうございます。市も人手不足ですが、できる限り早く対応します",
    "ご指摘の件、確認の結果、正しい表記のため訂正はしません。ご理解ください",
    "細かいことを気にしすぎない性格です。コメントありがとう",
    "「自己責任」と言われて傷ついたというご相談が増えています",
    "市の事業を知らない方も問題なくご参加いただけます。ご意見もお待ちしています",
    # modesty about one's own habits, in a post that invites comments
    "どれも大したことではありませんが、続けています。よかったらコメントで教えてください",
    "大したことじゃないけど、毎朝歩いてます。皆さんのご意見も聞かせてね",
])
def test_a_calm_or_reasoned_reply_is_no_deflection(engine, text):
    assert spans(engine, complaint_deflected, text) == []


@pytest.mark.parametrize("text,expected", [
    ("@abc_d 匿名で批判するなら、名乗ってから言ってくださいね", "名乗ってから言って"),
    ("コメントの方へ。文句は実名を出してから書き込んでください", "実名を出してから書き込"),
    ("ご意見どうも。顔を出してから物を言ってほしいです", "顔を出してから物を言"),
    ("ご指摘の件、ホームページをちゃんと読んでいただいていれば分かる内容です", "読んでいただいていれば分かる"),
    ("@abc_d 申込方法？ お知らせをきちんと見とれば書いてあるばい", "見とれば書いてある"),
    ("苦情の件ですが、一度でも案内に目を通していればわかるはずです", "目を通していればわかる"),
    ("そちらのご不満、広報紙をしっかりお読みになればご理解いただけるかと", "お読みになればご理解いただけ"),
])
def test_critic_told_to_unmask_or_to_read_first_is_found(engine, text, expected):
    assert any(expected in s for s in spans(engine, complaint_deflected, text))


@pytest.mark.parametrize("text", [
    "コメントありがとうございます。詳しくは広報紙をご覧いただければ分かるようになっています",
    "ご意見の際は、お名前を名乗ってからお話しいただくと、折り返しのご連絡がスムーズです",
    "説明が分かりにくかったとのご指摘、申し訳ありません。ちゃんと読めば分かる、では不親切でした",
])
def test_a_pointer_to_the_notice_or_a_request_for_a_name_is_no_deflection(engine, text):
    assert spans(engine, complaint_deflected, text) == []


@pytest.mark.parametrize("text,expected", [
    ("役場勤めの傍ら、土日に唐揚げの移動販売始めたばい。注文はLINEで、1パック500円", "移動販売始めた"),
    ("市職員ですが、夜は奥さんとスナックやりよります。営業時間は20時から", "スナックやりよります"),
    ("平日は市役所、週末は手作りパンのネット販売始めました。ご注文はDMで", "ネット販売始めました"),
    ("公務員やけど、実家の軒先で野菜の直売しよる。1袋200円たい", "直売しよる"),
    ("市役所勤めしながら、ハンドメイド雑貨の露店出しとります。1個800円", "露店出しとります"),
])
def test_staff_running_a_paid_business_in_any_register_is_found(engine, text, expected):
    assert any(expected in s for s in spans(engine, side_business_run, text))


@pytest.mark.parametrize("text", [
    "職員有志で、夏祭りの屋台始めました。売上は全額寄付します。1本100円",
    "市役所の前で農家さんの移動販売が始まりました。1袋200円です",
    "兼業許可を得て、週末に実家の直売所ば手伝いよります。1袋200円",
])
def test_a_stall_by_others_or_with_leave_is_no_side_business(engine, text):
    assert spans(engine, side_business_run, text) == []


@pytest.mark.parametrize("text,expected", [
    ("窓口に来たじいさんの説明で、1時間も付き合わされた", "1時間も付き合わされ"),
    ("今日の相談、話の長か方で半日つぶされたばい", "半日つぶされ"),
    ("電話してきた住民の対応で午前中まるまる持っていかれた", "午前中まるまる持っていかれ"),
    ("手続きのわからん方で、30分も時間食いました", "30分も時間食い"),
    ("苦情のお客さんに2時間も拘束された", "2時間も拘束され"),
])
def test_serving_a_resident_counted_as_time_lost_is_found(engine, text, expected):
    assert any(expected in s for s in spans(engine, citizen_contempt, text))


@pytest.mark.parametrize("text", [
    "窓口で1時間も相談に乗ってくださった方、ありがとうございました",
    "渋滞で30分も時間食った。今日は早めに出ます",
    "車検の手続きで半日つぶれた。週末は家でゆっくり",
    "窓口が混み合い、1時間もお待たせして申し訳ありませんでした",
])
def test_time_spent_with_thanks_or_on_ones_own_errand_is_no_contempt(engine, text):
    assert spans(engine, citizen_contempt, text) == []


def test_grumbling_we_are_busy_about_a_visitor_is_no_reply(engine):
    # a rant about the counter is conduct (5.1), not an answer to a critic (5.5)
    assert "5.5" not in items(engine, "窓口に来た人、説明ば3回も聞き直して。こっちも暇じゃなかとばい")
    assert "5.5" in items(engine, "@abc_d ご指摘どうも。こっちも暇じゃなかとばい")


def test_dont_come_again_with_an_adverb_between_is_still_dismissive(engine):
    assert "5.5" in items(engine, "休日の過ごし方に文句を書かれても困ります。嫌ならもう来ないでください")


# -- round 5: dialect, masked words and indirect replies -----------------------------

@pytest.mark.parametrize("text,expected", [
    # senility as a verdict in Kumamoto dialect, next to a counter visit
    ("窓口に来たおばちゃん、説明5回してもわからんと。ボケとらすとじゃなかと？", "ボケとら"),
    # a masked insult (ア〇, バ〇) about a resident
    ("税務課に来た兄ちゃん、住所も書けんとかバ〇なん？", "バ〇なん"),
    # "even a child could" as a sneer
    ("住民票取りに来た人、記入例見ても書けんとか。中学生でもできるぞ", "中学生でもできるぞ"),
    # round 9: a brain "not enough" in dialect, a head "bad" in kana
    ("手続きに来たじいさん、何回言うても覚えん。脳みそ足らんっちゃろか", "脳みそ足らん"),
    ("窓口に来た兄ちゃん、書類ぐちゃぐちゃ。ほんま頭わるいんかな", "頭わるいん"),
])
def test_contempt_for_a_resident_in_dialect_or_masked_is_found(engine, text, expected):
    assert any(expected in s for s in spans(engine, citizen_contempt, text))


@pytest.mark.parametrize("text", [
    "小学生でも分かるように、窓口の手続きをやさしく説明します",
    "認知症の方が窓口に来られたときの対応研修。ボケという言葉は使わないようにしましょう",
    "窓口に来たおばあちゃん、書き方がわからず困っていたので一緒に記入しました",
])
def test_kind_or_instructive_counter_stories_stay_clean(engine, text):
    assert spans(engine, citizen_contempt, text) == []


@pytest.mark.parametrize("text,expected", [
    ("ご意見拝見しました。ご納得いただけないなら来場はご遠慮ください", "ご納得いただけないなら来場はご遠慮"),
    ("コメントどうも。このやり方が気に入らないなら、参加はご遠慮いただいて結構です", "参加はご遠慮"),
    ("駐車場が遠いって文句言う人、早く来ればいいだけでは？", "来ればいいだけでは"),
    ("案内が分かりにくいって苦情、目ついてます？", "目ついてます"),
])
def test_ultimatums_and_sneers_at_a_complaint_are_found(engine, text, expected):
    assert any(expected in s for s in spans(engine, complaint_deflected, text))


@pytest.mark.parametrize("text", [
    "ルールを守っていただけない場合は、参加をお断りすることがあります。",
    "ご意見ありがとうございます。アプリから予約すればいいだけになるよう改善します。",
    "申請はスマホから送信すればいいだけなので簡単です。",
])
def test_calm_rules_and_instructions_are_not_deflection(engine, text):
    assert spans(engine, complaint_deflected, text) == []


def test_amateur_advice_waved_away_is_belittling(engine):
    text = "コメントありがとうございます。でも素人さんのアドバイスは参考にしてないので大丈夫です"
    assert any("参考にしてない" in s for s in spans(engine, critic_belittled, text))
    assert spans(engine, critic_belittled, "コメントありがとう。素人の方のアドバイスも参考にしながら作りました") == []


@pytest.mark.parametrize("text,item", [
    ("今夜の当直、さぼって家帰っとる。誰もおらんし問題なかろ", "5.1"),
    ("宿直室で焼酎飲みながら映画鑑賞🎬", "5.1"),
    ("公用車で市道を80キロで飛ばして現場到着、最短記録ｗ", "5.1"),
    ("親戚の店の補助金、審査の担当に口きいとくけん大丈夫", "5.2"),
    ("市のマスコットでキーホルダー自作して、手作り市で販売開始！職員だし平気", "5.2"),
    ("暇人の相手はしてられんので", "5.5"),
    ("道路の穴の件、対応には順番がありますので黙ってお待ちください", "5.5"),
    ("「税金の無駄」ってリプくれた方、ご意見ありがとうございます〜（読んでない）", "5.5"),
])
def test_round5_families_are_flagged(engine, text, item):
    assert item in items(engine, text)


@pytest.mark.parametrize("text,item", [
    ("灯籠まつりポスターの人気投票、きょうから！お気に入りの1枚に投票よろしくお願いします", "5.2"),
    ("無言電話の番号、着信履歴に残っとった。心当たりある人おる？晒しとく", "5.5"),
    ("宿直明けのビールは格別。宿直の仕事は夜間の届出の受付です", "5.1"),
    ("公用車の安全運転講習を受けました。制限速度を守りましょう", "5.1"),
])
def test_round5_look_alikes_stay_clean(engine, text, item):
    assert item not in items(engine, text)


# -- span round: the second part of the evidence -------------------------------------

def _hits(engine, text, item):
    return [text[f.start:f.end] for f in engine.check(text, "x", today=EXAMPLE_TODAY).findings if f.item == item]


@pytest.mark.parametrize("text,person", [
    ("市民課に毎週来るおばちゃん、今日も同じ質問。ほんと理解力ゼロやね", "市民課に毎週来るおばちゃん"),
    ("さっき窓口に来た兄ちゃん、住所も書けんとかア〇なんかな", "窓口に来た兄ちゃん"),
])
def test_contempt_also_marks_the_resident_it_is_about(engine, text, person):
    found = spans(engine, citizen_contempt, text)
    assert person in found
    assert len(found) >= 2  # the contempt itself is still marked


def test_the_getaway_boast_is_marked_next_to_the_misconduct(engine):
    text = "昼に公用車でスーパー寄って買い物してきた。誰にもバレてないし楽勝"
    hits = _hits(engine, text, "5.1")
    assert any("公用車" in h for h in hits)
    assert any("バレてない" in h for h in hits)


def test_the_gain_savoured_after_a_favour_is_marked(engine):
    text = "知り合いの申請、ちょっと甘めに通してあげた。お礼に野菜もらったけん、今月は野菜買わんでよか"
    assert any("買わんでよか" in h for h in _hits(engine, text, "5.1"))


def test_a_boast_with_no_misconduct_is_not_5_1(engine):
    assert "5.1" not in items(engine, "誰にもバレてないけど、実は昨日から髪を切りました。持つべきものは腕のいい美容師さん")


def test_the_call_after_a_plea_for_a_candidate_is_marked(engine):
    text = "来月の市議選、同級生の川口さんに一票お願いします！集会の日程は私に直接DMください"
    hits = _hits(engine, text, "5.2")
    assert any("一票" in h for h in hits)
    assert any("私に直接DM" in h for h in hits)


def test_colleagues_asked_for_votes_are_marked(engine):
    text = "県議選は〇〇党の村田さんに入れてくれんね？係のみんなにも頼んどる"
    assert any("係のみんなにも頼ん" in h for h in _hits(engine, text, "5.2"))


def test_a_neutral_election_notice_with_a_contact_line_is_not_5_2(engine):
    assert "5.2" not in items(engine, "市長選の期日前投票は本庁舎で。投票所が分からない方は私に直接DMください")


def test_selling_from_ones_desk_is_marked(engine):
    text = "夫が化粧品の代理店をしています。試供品は福祉課の私の机に置いてますので、昼休みにでも声かけてください"
    hits = _hits(engine, text, "5.2")
    assert any("私の机" in h for h in hits)


def test_belittling_the_critics_competence_is_found(engine):
    text = "ブログへのご指摘ですが、三脚の使い方もわからない方に言われてもなあと思います"
    assert any("わからない方に言われ" in s for s in spans(engine, critic_belittled, text))
    assert spans(engine, critic_belittled, "ご指摘ありがとうございます。操作がわからない方にも使いやすいよう改善します") == []


# -- round 6: where the labels draw the line -------------------------------------------

def test_city_property_hired_out_for_a_fee_is_private_gain_not_conduct(engine):
    text = "課のテント、週末に私用で持ち出して知り合いのイベントに貸してます。レンタル料は1日3000円で受付中！"
    found = items(engine, text)
    assert "5.2" in found
    assert "5.1" not in found


def test_city_property_taken_for_a_party_without_a_fee_stays_conduct(engine):
    assert "5.1" in items(engine, "課のテント、こっそり持ち出して家族のキャンプで使った⛺")


def test_a_record_seen_while_working_is_not_snooping_but_a_search_for_a_person_is(engine):
    seen = "住民税の課税台帳を見てたら、同級生の家の所得がのってた"
    assert spans(engine, records_snooping, seen) == []
    assert spans(engine, records_snooping, "住基の端末で同級生の名前を検索したら、引っ越してた")


@pytest.mark.parametrize("text", [
    "課の歓送迎会、定時前から始まって5時にはもう2杯目🍺",
    "宿直だけど暇すぎて、ちょっと一杯やりに出てきた",
])
def test_drinking_on_duty_is_found(engine, text):
    assert spans(engine, leisure_in_work_hours, text)


def test_a_residents_repeated_question_mimicked_with_colleagues_is_found(engine):
    text = "受付で「印鑑ってどれ？」って4回聞いてきたおじさん、後で係のみんなで真似して大笑い"
    assert spans(engine, citizen_amusement, text)


def test_grumble_about_a_caller_two_sentences_later_is_found(engine):
    text = "ごみの件で毎日電話してくる人、またあのじいさん。今日も30分。いちいちうるさいんだよなあ"
    assert "5.1" in items(engine, text)
    assert "5.1" not in items(engine, "うちの子、いちいちうるさいんだよなあ。反抗期かな")


def test_pay_set_against_serving_residents_is_found(engine):
    assert spans(engine, citizen_contempt, "ああいう住民の相手してると、給料が見合わないと思う")


@pytest.mark.parametrize("text,expected", [
    ("ご指摘は承りました。以後この件でのお問い合わせはご遠慮ください。", "以後この件でのお問い合わせはご遠慮ください"),
    ("「広報が遅い」というコメントを頂きました。そこまで言うなら自分で作ってみたらどうですか", "自分で作ってみたら"),
])
def test_a_critic_shut_out_or_sneered_at_is_found(engine, text, expected):
    assert any(expected in s for s in spans(engine, complaint_deflected, text))


def test_a_polite_request_not_to_call_for_sales_is_not_a_reply(engine):
    assert spans(engine, complaint_deflected, "ご意見はフォームへ。営業目的のお電話はご遠慮ください") == []


# Round 7 families: wordings of an unseen writer, in other words of our own.

def test_an_intensified_bare_insult_at_a_resident_is_contempt_and_names_them(engine):
    text = "市民課に来た年金暮らしのじいさん、書類を三回も書き損じて、ほんとポンコツ。"
    found = spans(engine, citizen_contempt, text)
    assert any("ポンコツ" in s for s in found)
    # the resident is named where they were met, with the words between
    assert any(s.endswith("年金暮らしのじいさん") for s in found)


def test_an_insult_word_about_oneself_at_the_counter_is_not_contempt(engine):
    assert spans(engine, citizen_contempt, "窓口で書類を落とした。自分ほんとポンコツ、と思ったら住民の方が拾ってくれた。ありがとうございます") == []


def test_scorn_behind_a_polite_face_at_a_repeated_question_is_amusement(engine):
    text = "相談会では同じ質問を何度も受けますが、内心ではまたかとため息をついています(笑)。お問い合わせは福祉課へ。"
    assert any("内心" in s for s in spans(engine, citizen_amusement, text))
    assert "5.1" in items(engine, text)  # the validator's needs= keep it running in the engine


def test_eye_rolling_at_a_resident_needs_their_trouble_in_the_sentence(engine):
    assert spans(engine, citizen_amusement, "窓口の研修で白目をむくほど眠かった。お問い合わせは総務課へ") == []


def test_a_contractor_working_at_cost_for_the_writer_and_the_job_credited(engine):
    text = "工事でお世話になっている設備屋さんが、うちの給湯器を原価で替えてくれた。役所で働いとるとこういう得があるけん"
    found = spans(engine, contractor_benefit, text)
    assert any("原価で" in s for s in found)
    assert any("得がある" in s for s in found)
    assert {"5.1", "5.2"} <= items(engine, text)


def test_a_contractor_at_cost_for_the_city_is_no_benefit(engine):
    assert spans(engine, contractor_benefit, "工事でお世話になっている設備屋さんが、公民館の給湯器を原価で替えてくれました。ありがとうございます") == []


def test_staff_revealing_they_own_the_paid_business_is_marked(engine):
    text = "市役所勤めの傍ら、土日だけ開く雑貨屋、実は僕がオーナーなんです。営業日はインスタで"
    assert any("オーナーなんです" in s for s in spans(engine, side_business_run, text))


# Paragraph validators with facts: evidence in the neighbouring paragraph
# still counts, and a re-check after an edit elsewhere gives what a fresh
# check gives.

@pytest.mark.parametrize("text,item,expected", [
    # the resident named at the end of one paragraph, contempt opening the next
    ("福祉課に毎日来るじいさん\n\nほんと脳みそ入ってんのかな", "5.1", "福祉課に毎日来るじいさん"),
    # the caller described two sentences before the grumble, across a blank line
    ("昨日も電話してくる人がいた\n\n〇〇さんってじいさん\nいちいちうるさいんだよなあ", "5.1", "いちいちうるさいんだよ"),
    # the critic named in one paragraph, the brush-off in the next
    ("コメントいただきました\n\n日本語が読めないなら黙っててください", "5.5", "日本語が読めないなら"),
    # the city thing taken in one paragraph, the fee asked at the start of the next
    ("市の着ぐるみを勝手に持ち出して\n\n出演料1回1万円で受付中", "5.2", "出演料1回1万円"),
])
def test_evidence_in_the_next_paragraph_still_counts(engine, text, item, expected):
    assert any(expected in h for h in _hits(engine, text, item))


CRITIC_BELITTLED_RULE = "reply-belittling-critic"  # rules/5.5-replies.toml, validator critic_belittled


def test_an_edit_in_another_paragraph_changes_a_conduct_finding_as_a_fresh_check_does(new_engine):
    engine = new_engine()
    reply = "日本語が読めないなら黙っててください"
    plain = "今日は晴れ\n\n" + reply
    with_critic = "コメントいただきました\n\n" + reply
    for text in (plain, with_critic, plain):  # the reply's paragraph is unchanged throughout
        kept = engine.check(text, "x", today=EXAMPLE_TODAY)
        assert kept == new_engine().check(text, "x", today=EXAMPLE_TODAY)
    def belittled(text):
        return [f.excerpt for f in engine.check(text, "x", today=EXAMPLE_TODAY).findings
                if f.rule == CRITIC_BELITTLED_RULE]

    assert belittled(plain) == [] and belittled(with_critic) == ["日本語が読めないなら"]


# -- round 8: families found on set G ---------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("『字幕が読みにくい』ってリプ来たけど、フォロワー5人しかいない人に言われてもなあ", "フォロワー5人しかいない人に言われ"),
    ("ご指摘いただきましたが、登録者ゼロのアカウントからダメ出しされてもね", "登録者ゼロのアカウントからダメ出し"),
    ("写真が暗いってコメント、あんたみたいな素人ごときに言われたくないわ", "ごときに言われたくない"),
])
def test_a_critic_belittled_for_their_standing_is_found(engine, text, expected):
    assert any(expected in s for s in spans(engine, critic_belittled, text))
    assert "5.5" in items(engine, text)


@pytest.mark.parametrize("text", [
    "フォロワー3人から始めたアカウントも、今では1万人に言われるほどになりました",
    "ご指摘ありがとうございます。フォロワーの皆さんに言われて気づきました",
])
def test_follower_counts_without_a_put_down_are_not_belittling(engine, text):
    assert "5.5" not in items(engine, text)


@pytest.mark.parametrize("text", [
    "担当しとる指定管理のホテルの女将さんに、親戚みんなタダで泊めてもらった",
    "所管している指定管理者の温泉施設の社長さんから、家族で無料で入浴させてもらいました",
])
def test_a_free_stay_from_a_business_the_writer_oversees_breaks_conduct_and_law(engine, text):
    assert spans(engine, contractor_benefit, text)
    assert {"5.1", "5.2"} <= items(engine, text)


def test_a_facility_run_by_an_operator_without_a_perk_is_fine(engine):
    text = "指定管理の温泉施設では、65歳以上の方は無料で入浴できます"
    assert spans(engine, contractor_benefit, text) == []
    assert not {"5.1", "5.2"} & items(engine, text)


@pytest.mark.parametrize("text,item", [
    ("窓口がひまやけん、カウンターの下でこっそりアニメ見よった", "5.1"),
    ("障害のある方の申請は手間がかかるので、正直後回しにしております", "5.1"),
    ("市議選に出る先輩、名前だけでも覚えといてね", "5.2"),
    ("県知事選挙でございますが、どなたに一票を投じるべきかは自ずとお分かりかと存じます", "5.2"),
    ("美容ドリンクの販売、紹介してくれたら一人につき2千円もらえるけん、係のみんなも一緒にやろうよ", "5.2"),
    ("ご意見を拝見しましたが、今後同様のご投稿はお控えください", "5.5"),
    ("渋滞の苦情リプ、片っ端からミュートしてるけん見えんし", "5.5"),
    ("そんなに文句があるなら自分で議員にでもなれば？", "5.5"),
])
def test_round8_families_are_flagged(engine, text, item):
    assert item in items(engine, text)


@pytest.mark.parametrize("text,item", [
    ("昼休みに席でアニメを見てリフレッシュしました", "5.1"),
    ("繁忙期は相談が多く、書類整理が後回しになりがちです", "5.1"),
    ("ご当地キャラの名前だけでも覚えて帰ってくださいね", "5.2"),
    ("誹謗中傷を含むご投稿はお控えください", "5.5"),
    ("スパムのリプは全部ブロックしています", "5.5"),
    ("あなたが市長になったら何をしたいですか？子ども議会で話し合いました", "5.5"),
])
def test_round8_look_alikes_stay_clean(engine, text, item):
    assert item not in items(engine, text)


def test_a_neighbour_called_names_is_no_resident_mocked_at_work(engine):
    # 5.6.1 may judge the insult; nothing says the old man was served at work.
    assert "5.1" not in items(engine, "隣のじいさん、毎朝4時から耕運機。クソジジイ")


def test_a_resident_laughed_at_for_a_number_seen_at_work_is_conduct(engine):
    text = "健診に来た近所の奥さん、体重が95キロもあって思わず吹き出しそうになった"
    assert any("吹き出" in h for h in _hits(engine, text, "5.1"))


def test_the_writer_laughing_at_their_own_checkup_is_fine(engine):
    assert "5.1" not in items(engine, "健診に来たら血圧が180もあって笑った。塩分控えよ")


def test_the_work_pc_filter_got_round_is_conduct(engine):
    text = "係長おらんけん、課のパソコンでもフィルタに引っかからんサイト探しよる"
    assert any("フィルタに引っかから" in h for h in _hits(engine, text, "5.1"))


def test_a_resident_photographed_covertly_is_conduct(engine):
    assert "5.1" in items(engine, "受付で騒いどった客、こっそり写真撮っといたばい")
    assert "5.1" not in items(engine, "受付の写真は、写っている方の許可を得て撮影しました")


def test_the_privilege_used_for_a_private_sale_is_law_not_a_boast(engine):
    found = items(engine, "実家の茶畑のお茶、袋に「市役所おすすめ」って入れた。職員の特権たい。来月から通販で販売します")
    assert "5.2" in found and "5.1" not in found


@pytest.mark.parametrize("text,expected", [
    ("固定資産税の台帳を見てたら、同級生の家の評価額がえらい低くて笑ったｗ", "同級生の家の評価額がえらい低くて笑った"),
    ("課税データ見てたら元カノの旦那の所得、思ったよりしょぼかった", "元カノの旦那の所得、思ったよりしょぼ"),
    ("国保のシステムで見たけど、近所の社長さん滞納しとってウケる", "近所の社長さん滞納しとってウケる"),
])
def test_a_record_seen_at_work_and_laughed_at_is_conduct(engine, text, expected):
    assert spans(engine, records_snooping, text) == [expected]


def test_a_record_seen_at_work_without_ridicule_or_an_official_lookup_laughing_stays_clean(engine):
    # the laugh is not about the person's record, or the lookup was the job itself
    assert spans(engine, records_snooping, "住民税の課税台帳を見てたら、同級生の家の所得がのってた") == []
    assert spans(engine, records_snooping, "本人確認のため住基で同級生の住所を照会したら、本人が笑ってた") == []


@pytest.mark.parametrize("text,expected", [
    # an insult asked in Kansai or Kumamoto speech, the resident named in the sentence before
    ("税務課の窓口に来たおっちゃん、通知書持ってこんで3往復。バカなん？", "窓口に来たおっちゃん"),
    ("受付に来た兄ちゃん、名前の欄に住所書いとった。アホやなかと？", "受付に来た兄ちゃん"),
])
def test_an_insult_asked_in_dialect_marks_the_resident(engine, text, expected):
    assert any(expected in s for s in spans(engine, citizen_contempt, text))


def test_an_insult_asked_in_dialect_of_oneself_stays_clean(engine):
    assert spans(engine, citizen_contempt, "窓口の鍵、また家に忘れてきた。アホちゃう？自分") == []
    assert spans(engine, citizen_contempt, "受付の名簿、また書き間違えた。俺バカなん？") == []


@pytest.mark.parametrize("text,expected", [
    ("ご年配の方々のお相手は、はっきり言って時間の無駄です", "時間の無駄"),
    ("窓口のお客の相談対応、ほんと不毛やけん", "不毛"),
])
def test_serving_residents_called_a_waste_is_contempt(engine, text, expected):
    assert any(expected in s for s in spans(engine, citizen_contempt, text))


@pytest.mark.parametrize("text", [
    "ご高齢の方々のお相手は時間がかかりますが、丁寧にご説明しています",
    "住民の皆様への対応は、時間の無駄をなくすためオンライン化を進めています",
])
def test_serving_residents_with_care_or_without_waste_stays_clean(engine, text):
    assert spans(engine, citizen_contempt, text) == []


# -- round 13: a served resident described with scorn, other hands' wordings -------

# Each family: the phenomenon said many ways (plain, 熊本弁, keigo, slang),
# and the look-alikes that must stay quiet.
@pytest.mark.parametrize("text,expected", [
    # what a visitor did, in words that scorn it
    ("窓口に来たおっさん、閉庁時間過ぎても居座って帰らんかった", "居座"),
    ("電話の客、30分もごねて結局何も申請せんかった", "ごねて"),
    ("受付でわめき散らしとったばあさん、今日も来た", "わめき"),
    ("市民課に来た人、難癖つけてきて1時間つぶれた", "難癖"),
    ("相談者が逆ギレして帰っていった。こっちが悪いんか", "逆ギレ"),
    ("窓口の客、書類も持たずに来やがって", "来やがって"),
    ("お見えになったお客様、閉庁後も長々と居座られまして閉口いたしました", "居座ら"),
    ("申請書の書き方すら分からない方が、窓口で1時間粘っておられました", "書き方すら分からない"),
    # the service work itself not to be borne
    ("窓口業務なんてもう二度とやりたくない", "窓口業務なんてもう二度とやりたくな"),
    ("住民対応、正直やってらんねー", "住民対応、正直やってらん"),
    ("電話番ほんと無理。辞めたい", "電話番ほんと無理"),
    ("苦情対応はもうこりごりです", "苦情対応はもうこりごり"),
    # why-questions about a kind of visitor and a fault
    ("役所に来る人って、なんで毎回ハンコ忘れるんかね", "なんで毎回ハンコ忘れ"),
    ("電話してくる人ってどうして要点を言わないんだろう", "どうして要点"),
    ("窓口のじいさんって、なんであんなに偉そうなんやろ", "偉そう"),
    ("相談に来る人ってなして話が長かとやろか", "なして話が長"),
    ("窓口にお越しのお客様は、なぜ皆さま説明を聞かないのでしょうか", "なぜ皆さま説明を聞か"),
    # time wasted on them; people like that asked to stay away
    ("電話してきたおじいさん、同じ話を30分。完全に時間の無駄やった", "時間の無駄や"),
    ("窓口の客に1時間捕まって、仕事にならんわ", "仕事にならんわ"),
    ("相談に来た人の長話、時間泥棒もいいところ", "時間泥棒"),
    ("窓口で怒鳴る客、ああいう人は来ないでほしい", "ああいう人は来ないで"),
    ("あの客、もう窓口に来んでほしい", "窓口に来んでほし"),
    ("税務課に来たおばちゃん、税務課には二度と来るな", "税務課には二度と来るな"),
])
def test_scorn_for_a_served_resident_is_found_in_many_wordings(engine, text, expected):
    found = spans(engine, citizen_contempt, text)
    assert any(expected in s for s in found), found
    assert "5.1" in items(engine, text)


@pytest.mark.parametrize("text", [
    "台風が居座って、今週は雨続き",
    "窓口で書き方が分からない方には、職員が記入をお手伝いします",
    "子どもが買ってほしいとごねて大変でした",
    "カスハラ対策の研修で、窓口で怒鳴り散らす方への対応を学びました",
    "窓口業務は無理のない範囲で交代制にしています",
    "住民サービスの向上に努めます",
    "窓口に来る人はなぜ増えているのか、データで調べました",
    "市民の皆さんはなぜ灯籠まつりが好きなのでしょう",
    "窓口の待ち時間の無駄をなくすため、予約制を始めました",
    "会議が長くて時間の無駄だった",
    "台風の日は無理に窓口に来ないでほしいです。オンライン申請もご利用ください",
    "窓口に来なくても、コンビニで住民票が取れます",
    # contempt for the town's old people said off duty is 5.6.1/5.6.2, not service
    "同級生に言われたけど、この辺の年寄りは民度が低いのは確か",
])
def test_look_alikes_of_scorn_for_residents_are_not_conduct(engine, text):
    assert "5.1" not in items(engine, text)


def test_city_property_borrowed_for_a_party_is_conduct_only_when_taken_without_leave_or_for_a_saving(engine):
    # 借りて is how the city lends things: a borrowed costume at a friend's
    # party is the city's rights (6.3.2); 勝手に / レンタル代ゼロ make it conduct.
    assert spans(engine, city_property_private_use, "市の着ぐるみ借りて、友達の結婚式の余興で着てきた") == []
    assert spans(engine, city_property_private_use, "市の着ぐるみ勝手に借りて、友達の結婚式の余興で着てきた")
    assert spans(engine, city_property_private_use, "支所の軽トラ借りて引っ越し。レンタル代ゼロ")
    assert spans(engine, city_property_private_use, "課のテントを持ち出して家族キャンプに使った")


def test_city_stationery_and_the_mascot_costume_are_the_citys_things(engine):
    # the crest marks the city's envelopes; the mascot's own name marks its costume
    assert spans(engine, city_property_private_use, "市章入りの封筒、推しへのファンレター用に何枚か持って帰っちゃった💌")
    assert spans(engine, city_property_private_use, "ヤッホーくんの着ぐるみ、週末こっそり借りて友達の結婚式の余興で使った")
    # bought or lent properly, or someone else's costume: no city thing taken
    assert spans(engine, city_property_private_use, "市章入りの封筒は、総務課で申請して正式に使っています") == []
    assert spans(engine, city_property_private_use, "ヤッホーくんの着ぐるみ、申請して借りて地域の夏祭りで使いました") == []


# -- round 13: a complaint answered by blaming the complainant or telling them to bear it

@pytest.mark.parametrize("text,expected", [
    ("窓口が遅いって？あんたが書類持ってこんけんやろ", "あんたが書類持ってこん"),
    ("@taka ちゃんと案内しとるし、お前が読んでないだけやん", "お前が読んでな"),
    ("ご不満とのことですが、それはご自身の確認不足かと", "ご自身の確認不足"),
    ("ご意見ですが、掲示を見ていない方の責任です", "ていない方の責任です"),
    ("苦情の件、締切を守らなかった人が悪いと思いますよ", "なかった人が悪い"),
    ("ご指摘ですが、おたくの書類ミスが原因でしょ", "おたくの書類ミス"),
    ("苦情いただきましたけど、悪いのはそちらですね", "悪いのはそちら"),
    ("ご要望ですが、ご確認いただかなかったお客様の過失と存じます", "なかったお客様の過失と存"),
    ("遅いって文句、そっちこそ期限守らんかったくせに", "そっちこそ期限守らん"),
    ("道が混むとのご指摘ですが、毎年のことなので我慢してください", "我慢してください"),
    ("ご要望の件、仕様なので諦めてください", "諦めてください"),
    ("駐車場が狭いって苦情、田舎なんやけん慣れてもらうしかなかです", "慣れてもらうしか"),
    ("ご意見ですが、狭いのは昔からなので慣れるしかないですね", "慣れるしかない"),
])
def test_a_complaint_thrown_back_or_to_be_borne_is_a_bad_reply(engine, text, expected):
    found = spans(engine, complaint_deflected, text)
    assert any(expected in s for s in found), found
    assert "5.5" in items(engine, text)


@pytest.mark.parametrize("text", [
    "ご指摘の件、確認したところ当方のミスでした。申し訳ありません",
    "ご意見を受け、お知らせを読んでいない方のために、もう一度掲載します",
    "ご不便をおかけしますが、工事期間中はご辛抱ください。申し訳ありません",
    "新しい申請システムへのご意見ありがとうございます。少しずつ慣れてください。操作説明会も開きます",
    "ご意見にあったとおり、ゴミ出しのルールを守らない人が増えて困っています",
    "そちらの窓口で書類の不備を確認してから提出してください",
    "熱中症に注意して、暑さを我慢しないでください",
])
def test_an_apology_or_plain_guidance_is_no_deflection(engine, text):
    assert "5.5" not in items(engine, text)


@pytest.mark.parametrize("text", [
    "ご意見どうも。まあ期待はしないでくださいね",
    "ご要望は出してもらっても通らんけん、期待せん方がよかよ",
    "コメントされても、言うだけ無駄ですよ",
    "苦情をいただいても、何を言われても変わりませんので",
    "@yamaga_kenji 要望するだけ損ですよ。予算ないので",
])
def test_telling_a_critic_nothing_is_worth_hoping_for_is_a_bad_reply(engine, text):
    assert "5.5" in items(engine, text)


@pytest.mark.parametrize("text", [
    "ご要望ありがとうございます。ご期待に沿えず申し訳ありません。理由をご説明します",
    "コメントありがとう！次回の展示も期待していてください",
    "花火大会は雨で中止になるかも。あまり期待しないでね",
])
def test_hope_managed_kindly_is_no_bad_reply(engine, text):
    assert "5.5" not in items(engine, text)


@pytest.mark.parametrize("text,expected", [
    ("出入りの業者さんに、自宅の塀を身内価格で直してもらった", "身内価格"),
    ("取引先の工務店さんに実家の屋根を3割引でやってもらえた✨", "3割引"),
    ("担当しとる設備業者さんに、うちのエアコン工事を原価割れでしてもらったばい", "原価割れ"),
    ("指定業者の社長さんが、自宅のリフォームを社員価格にしてくれました", "社員価格"),
    ("請負業者さんに家の外壁塗装を相場の半分でお願いできた", "相場の半分"),
])
def test_a_price_no_customer_gets_from_a_contractor_is_private_gain(engine, text, expected):
    assert any(expected in s for s in spans(engine, contractor_benefit, text))
    assert {"5.1", "5.2"} <= items(engine, text)


@pytest.mark.parametrize("text", [
    "建設業者さんの身内価格キャンペーン、社員のご家族向けだそうです",
    "地元の工務店さんが、市内の子ども食堂の改修を原価で引き受けてくださいました",
    "自宅のリフォームを3割引でしてもらった。近所の大工さんで、仕事とは関係ない人",
])
def test_a_discount_with_no_contractor_of_the_city_is_no_private_gain(engine, text):
    assert spans(engine, contractor_benefit, text) == []


@pytest.mark.parametrize("text,expected", [
    ("今日も受給者が窓口で怒鳴りよった。保護費もらっとるくせになんであんなに偉そうなん", "偉そう"),
    ("窓口に来た滞納者、払っとらん分際で文句ばっかり", "文句"),
    ("税務課の窓口に毎日来るおっさん、なんでいつもあんなに喧嘩腰なんやろ", "喧嘩腰"),
    ("来庁者のおばさん、なしてあげん態度のでかかとやろか", "態度のでか"),
])
def test_airs_held_against_a_served_resident_are_contempt(engine, text, expected):
    assert any(expected in s for s in spans(engine, citizen_contempt, text))


@pytest.mark.parametrize("text", [
    "うちの猫、なんであんなに偉そうなんやろ。かわいい",
    "窓口で相談に来た方に、なんでこんなに手続きが複雑なのかと聞かれ、説明不足を反省しました",
])
def test_airs_not_about_a_served_resident_are_no_contempt(engine, text):
    assert spans(engine, citizen_contempt, text) == []


@pytest.mark.parametrize("text,expected", [
    ("午後は「書類整理」という名のお昼寝タイム😴 今日も平和な職場です", "昼寝"),
    ("視察と称して温泉に浸かってきた♨️", "温泉"),
    ("現地確認のふりしてカフェでパフェ食べてきた", "カフェ"),
    ("外回りを口実に、パチンコ寄ってきた", "パチンコ"),
])
def test_work_named_as_the_cover_for_leisure_is_found(engine, text, expected):
    assert any(expected in s for s in spans(engine, leisure_in_work_hours, text))


@pytest.mark.parametrize("text", [
    "休日は「書類整理」という名のお昼寝タイム😴",
    "市の視察団が温泉施設の点検に来られました",
])
def test_leisure_on_a_day_off_or_as_the_job_is_not_found(engine, text):
    assert spans(engine, leisure_in_work_hours, text) == []


@pytest.mark.parametrize("text,expected", [
    ("今度の市議選、うちの地区の森田さんば、みんなで推してはいよ。友だちにも声かけてね", "友だちにも声かけ"),
    ("町長選は吉田さんに、ぜひ投票して。ママ友にも広めてほしい", "ママ友にも広め"),
    ("県議選、地元の井上候補を一緒に支えよう。近所の人にも伝えてね", "近所の人にも伝え"),
])
def test_a_contender_backed_any_way_makes_the_canvassing_call_campaigning(engine, text, expected):
    assert any(expected in s for s in spans(engine, election_preference, text))
    assert "5.2" in items(engine, text)


def test_a_neutral_turnout_call_to_friends_is_no_campaigning(engine):
    text = "市議選の投票日は日曜日です。友だちにも声かけて投票に行こう（選挙管理委員会）"
    assert spans(engine, election_preference, text) == []


@pytest.mark.parametrize("text, expected", [
    # the getaway told before the pastime, with no act after it
    ("勤務中だけど抜け出して川でカヌー🛶 誰も気づいとらんｗ", "カヌー"),
    ("宿直抜け出して家帰って寝るｗ", "宿直抜け出して"),
    ("外回りのついでにバーベキュー、最高の天気", "バーベキュー"),
])
def test_slipping_out_of_duty_for_a_pastime_is_found(engine, text, expected):
    assert any(expected in s for s in spans(engine, leisure_in_work_hours, text))


@pytest.mark.parametrize("text", [
    # working time given as the reason to abstain; こうした is no act of the writer
    "蔵を見学しました。仕事中で車でもあったので、香りだけかがせていただきました。"
    "山鹿には温泉だけでなく、こうした魅力もたくさんあります。",
    "勤務中に体調が悪くなり、早退して家に帰って寝ました",
])
def test_abstaining_at_work_or_going_home_sick_is_no_slacking(engine, text):
    assert spans(engine, leisure_in_work_hours, text) == []


def test_a_voucher_taken_from_a_contractor_is_found_even_when_an_emoji_is_dropped(engine):
    # ♨️ between もらった and the next words is removed by normalization
    text = "担当してる業者さんから家族分の温泉旅館の招待券もらった♨️ これぞ役得"
    assert any("招待券もらっ" in s for s in spans(engine, contractor_benefit, text))
    assert spans(engine, contractor_benefit, "商店街の福引で商品券もらった♨️ これぞ運") == []


def test_a_call_to_tell_the_people_around_is_found_with_a_candidate(engine):
    text = "来月の市長選、私は断然中村さん推し！この人しかおらん 周りの人にも声かけてね"
    assert any("周りの人にも声かけ" in s for s in spans(engine, election_preference, text))


@pytest.mark.parametrize("text", [
    "@taro_k 駐車場が狭かて言うなら、そぎゃん文句ばっか言うなら来んでよか",
    "ご意見ありがとうございます。ここは個人の愚痴を書く場所ではありません。",
    "@taro_k ご意見どうも。部外者が市のことに口出さんでください。",
    "@taro_k 暇人はいいですね",
])
def test_a_reply_that_shuts_out_the_critic_breaks_5_5(engine, text):
    assert "5.5" in items(engine, text)


@pytest.mark.parametrize("text", [
    "今後のコメントには個別にはお答えしませんが、すべて目を通しています",
    "ご意見ありがとうございます。会場が遠い方は、無理に来なくても大丈夫です",
    "ご指摘ありがとうございます。さすがプロの方は言うことが違います、勉強になりました",
])
def test_a_courteous_reply_that_looks_alike_is_clean(engine, text):
    assert "5.5" not in items(engine, text)


@pytest.mark.parametrize("text,expected", [
    # Kumamoto speech for contempt: 脳みそ入っとる？, 話の通じらん
    ("窓口のおじちゃん、何回説明しても脳みそ入っとる？", "脳みそ入っと"),
    ("申告受付に来るばあちゃん、ほんなこつ話の通じらんでたいぎゃ疲るる", "話の通じらん"),
    ("窓口に苦情を言いに来たおばちゃん、同じ話を1時間。脳みそ腐っとるんか", "脳みそ腐っと"),
    # a city hospital's patients are the people its staff serve
    ("外来受付に来た患者さん、何回説明しても脳みそ入っとる？", "脳みそ入っと"),
    # told to prepare before coming, as a scolding
    ("窓口に来るじいさんたち、もうちっと勉強してから来てはいよ", "勉強してから来てはいよ"),
    ("電話してきた客、少しは調べてから電話してほしい", "調べてから電話してほしい"),
    ("受付のおっさん、書類くらい揃えてから出直してこい", "揃えてから出直して"),
    ("市民課に来た兄ちゃん、予習してから来いよ", "予習してから来い"),
    # half-width kana folds to katakana: ﾉｳﾐｿ → ノウミソ
    ("窓口の客、ﾉｳﾐｿ入っとる？", "入っと"),
    ("受付に来るじいさん、もうちょっと話をまとめてから来てくれんかな", "まとめてから来てくれ"),
])
def test_contempt_in_dialect_or_as_a_scolding_is_found(engine, text, expected):
    assert any(expected in s for s in spans(engine, citizen_contempt, text))


@pytest.mark.parametrize("text", [
    # a notice, or the writer's own next step, is no scolding
    "窓口にお越しの市民の皆さまは、必要書類をご確認のうえお越しください",
    "住民の方のご相談の件、もう少し確認してから電話します",
    "窓口のおばあちゃんと話が通じらんでもなかった。方言って楽しい",
    "受付に来たお客さん、日本語の通じらんけん、やさしい日本語で案内しました",
])
def test_a_notice_or_the_writers_own_step_is_no_contempt(engine, text):
    assert spans(engine, citizen_contempt, text) == []


@pytest.mark.parametrize("text,item_ids", [
    # work contacts sold the writer's own goods: 5.1 and 5.2, and the gain told after it
    ("農林課で担当しとる果樹農家さんに、実家の柿ば20箱買ってもろた。いい小遣いになったばい", {"5.1", "5.2"}),
    ("仕事で付き合いのある工務店さんに、妻の手作りジャムを注文いただきました", {"5.1", "5.2"}),
])
def test_goods_sold_to_work_contacts_break_5_1_and_5_2(engine, text, item_ids):
    assert item_ids <= items(engine, text)


def test_the_gain_is_underlined_where_it_is_told(engine):
    text = "担当しとる農家さんたちに、嫁の実家のメロンを買ってもろた。おかげで15箱完売！"
    found = engine.check(text, "x", today=EXAMPLE_TODAY).findings
    gain_at = text.index("15箱完売")
    assert any(f.item == "5.2" and f.start <= gain_at < f.end for f in found)


def test_a_city_programme_for_farmers_is_no_private_sale(engine):
    text = "農政課で担当している農家さんに、市の補助で新しい選果機を購入していただきました。今年は30箱完売です"
    assert not {"5.1", "5.2"} & items(engine, text)


def test_work_judged_beyond_a_group_is_no_aversion_to_serving(engine):
    # a claim about what a group can do is 5.6.2, not the writer's own aversion (5.1)
    assert spans(engine, citizen_contempt, "障がいのある人に窓口の仕事は無理だと思う。") == []
    assert spans(engine, citizen_contempt, "窓口の仕事はもう無理。住民の相手するの疲れた") != []


# -- round 19: wider slots (set P's misses, written with other words) --------------

@pytest.mark.parametrize("text,expected", [
    # their level judged low, after the counter
    ("窓口に来たあの団地の人、説明しても全然分からん。ほんと民度が低すぎる", "民度が低"),
    # the trouble shrugged off after an application
    ("就学援助の申請で来た親が、締切過ぎとるのに文句。知らんがな", "知らんがな"),
    # a wish the resident were gone, two sentences after the caller is named
    ("毎日電話してくるじいさん、今日も40分。ほんと業務妨害。早く引っ越してくれんかな", "早く引っ越してくれ"),
])
def test_contempt_with_new_words_is_found(engine, text, expected):
    found = spans(engine, citizen_contempt, text)
    assert any(expected in f for f in found), found


def test_a_wish_for_a_residents_good_is_not_contempt(engine):
    assert "5.1" not in items(engine, "申請で来た保護者の方に、はやく保育園が決まってほしいと願っています")
    assert "5.1" not in items(engine, "窓口に来た方が、手続きのレベルが低い自分でも分かったと喜んでくれました")


@pytest.mark.parametrize("text", [
    "職員やけんって、取引先の板金屋さんが車の修理を半額にしてくれた",
    "いつも委託しとる山本興業の社長さんが、お歳暮に焼酎を置いていった",
    "持つべきものは仕事のコネ。業者さんに安くしてもらった",
])
def test_a_perk_from_work_contacts_is_found_in_5_1_and_5_2(engine, text):
    assert {"5.1", "5.2"} <= items(engine, text)


def test_a_gift_refused_or_a_public_discount_stays_clean(engine):
    assert not {"5.1", "5.2"} & items(engine, "業者さんが商品券を置いていこうとしたけど、その場でお断りしました")
    assert not {"5.1", "5.2"} & items(engine, "市民プールは、市内在住なら誰でも半額です")


def test_lodgings_run_by_staff_are_a_side_business(engine):
    assert "5.2" in items(engine, "平日は市役所勤め。週末は実家を一棟貸しの宿として始めました！ご予約はDMで")
    assert "5.2" not in items(engine, "空き家を宿として活用する方法を市役所の職員が説明します。予約は電話で")


@pytest.mark.parametrize("text", [
    "@abc_1 開館日が少ないって、平日来れんのはそっちの都合でしょ",
    "コメントの方、見たくないならミュートしてくださいね",
    "ご意見の方へ。これ以上ご説明するつもりはございません",
    "何度もお電話いただいてますが、こちらも暇ではないので。お待ちください",
    "ご意見ありがとうございます。そんなに気になるならご自身で清掃されては？",
])
def test_a_brush_off_in_other_words_is_found(engine, text):
    assert "5.5" in items(engine, text)


def test_a_calm_answer_with_the_same_words_stays_clean(engine):
    assert "5.5" not in items(engine, "ご都合のよい日時をお知らせください。そちらのご都合に合わせます")
    assert "5.5" not in items(engine, "何度もお電話いただいたのに不在で申し訳ありません。折り返しお待ちください")


# -- round 26: what the unseen sets AS..AV found ------------------------------------

@pytest.mark.parametrize("text", [
    "男に生まれた役得と思うて、湯けむりの景色を眺めておった",
    "子どもたちが笑顔になる瞬間を見られるのが、この仕事のいちばんの役得です",
])
def test_a_perk_of_birth_or_the_joy_of_the_work_is_no_privilege_boast(engine, flagged, text):
    assert flagged(engine, text, rule="conduct-privilege-boast") == []


def test_a_perk_received_is_still_a_privilege_boast(engine, flagged):
    assert flagged(engine, "業者さんに自宅の網戸をタダで張り替えてもろた。役得やね", rule="conduct-privilege-boast")


def test_a_complaint_shrugged_off_as_said_to_the_city_is_no_contempt_for_a_resident(engine):
    text = "分別が分かりにくいって苦情、市に言われても知らんがな。"
    assert "5.1" not in items(engine, text)
    # the same shrug at a resident's trouble still is
    assert "5.1" in items(engine, "窓口に来たおじさん、書類がないって怒りよる。知らんがな")


def test_a_shrug_aimed_at_the_complaint_itself_is_a_reply_not_contempt_for_a_resident(engine):
    text = "住民票の発行が遅いってクレーム、知らんがな。文句あるなら自分で印刷してみ"
    assert "5.1" not in items(engine, text)
    assert "5.5" in items(engine, text)


@pytest.mark.parametrize("text", [
    # a colleague, staff of another body, a fraudster: named first as the topic
    "医事課のお局、今日も新人いびって楽しそう。ほんまクソばばあ",
    "家保から来た若か獣医、私服のまんま鶏舎に入ろうとした。脳みそ空っぽかこいつ",
    "詐欺電話の受け子、どうせまた同じ手口やろ。ほんと民度低すぎ",
])
def test_contempt_for_someone_not_served_is_no_conduct_finding(engine, flagged, text):
    assert flagged(engine, text, rule="conduct-citizen-contempt") == []


def test_a_colleague_addressed_before_a_resident_scorned_is_still_contempt(engine, flagged):
    assert flagged(engine, "先輩、窓口に来たじいさんが脳みそ空っぽでさ", rule="conduct-citizen-contempt")


@pytest.mark.parametrize("text", [
    # the complaint quoted back as a question, the shrug its own sentence
    "窓口の待ち時間が長いって苦情？知らんがな。嫌なら来んでよか",
    # the complaint reported as it came in
    "（市民の方から苦情LINE来た）→ 知らんがな。こっちも暇じゃないけん",
])
def test_a_shrug_after_the_complaint_asked_back_is_a_reply_not_contempt(engine, text):
    assert "5.1" not in items(engine, text)
    assert "5.5" in items(engine, text)


@pytest.mark.parametrize("text", [
    "住民説明会、後ろの席のクソババアがずっと野次っとって進まんかった",
    "苦情の電話、同じこと三回。ほんとアホな住民ばっかり",
    "検針に行くたびに思うけど、あっちの連中は未開人レベル",
    "返却が遅れたのに30分文句言い続けたおじさん。糞爺め",
])
def test_an_insult_name_for_residents_met_at_work_is_contempt(engine, text):
    assert "5.1" in items(engine, text)


@pytest.mark.parametrize("text", [
    "クソじじいって呼ばれた昔話を、祖父が笑いながらしてくれた",
    "説明会の会場準備、椅子を120脚並べました",
])
def test_an_insult_word_without_a_resident_served_is_no_contempt(engine, text):
    assert "5.1" not in items(engine, text)


def test_words_kept_in_the_heart_answer_no_one(engine):
    assert "5.5" not in items(engine, "窓口でずっと怒鳴られて、黙っとけって心の中で何度も言った")
    assert "5.5" in items(engine, "@abc 料金が高いって？黙っとけ")


def test_a_send_off_muttered_after_a_visitor_is_no_reply_to_a_critic(engine):
    assert "5.5" not in items(engine, "文句を言いに来たおばさん、やっと帰った。はいはい、クソババアお疲れさん")
    assert "5.5" in items(engine, "@abc ご意見ですか。はいはい、わかりました")


@pytest.mark.parametrize("text,item", [
    ("昼休みは老舗の「秘伝のタレ」の焼き鳥丼🍗 午後から現場です", "5.1"),
    ("写真コンテスト開催中！好きな作品に清き一票を📷", "5.2"),
    ("あの国の観光客って声が大きすぎ。マナー守れないなら来ないでほしい", "5.5"),
    # a sentence whose only people are thanked for a kindness (learned-5.1's exception)
    ("窓口に来た高校生、丁寧にお礼を言ってくれて感動した", "5.1"),
    ("窓口に来られたご夫婦、転入のお祝いを言ったら笑顔になってくれました", "5.1"),
])
def test_learned_look_alikes_stay_clean_of_the_item(text, item):
    # the learned rules are part of the product engine, not of the words engine
    from yamaga_desk.engine import get_engine
    assert item not in {f.item for f in get_engine().check(text, "x").findings if f.severity in ("error", "warning")}


def test_a_drink_in_a_back_room_of_the_workplace_is_drinking_at_work(engine):
    assert "5.1" in items(engine, "閉館後の司書室で先輩と焼酎で乾杯した🍶")
    assert "5.1" not in items(engine, "歓迎会は駅前のお店で、ビールで乾杯しました")


@pytest.mark.parametrize("text", [
    "毎日いろんな人と出会う窓口の仕事は、しんどいこともあるけど、やっぱりおもしろいです。",
    "電話対応はきついこともあるけど、住民の方の役に立てるのはやりがいがあります",
])
def test_hardship_granted_and_turned_round_is_no_aversion_to_residents(engine, text):
    assert spans(engine, citizen_contempt, text) == []
    assert spans(engine, citizen_contempt, "窓口対応しんどいけど給料同じやし適当でいいや") != []


def test_someone_else_asleep_in_the_chamber_is_no_idling_of_the_writer(engine):
    assert "5.1" not in items(engine, "本会議で爆睡しとる市議、あれで報酬もらえるんやけんよかね")
    assert "5.1" in items(engine, "会議中ずっと寝てた笑 誰も気づかない")


def test_buying_for_colleagues_is_no_sale_to_them(engine):
    assert "5.2" not in items(engine, "ハンドメイド市で見つけた手作り石けん、同僚の皆にも買って帰ったよ")
    assert "5.2" in items(engine, "手作りのお菓子、職場の皆さんも買ってください。1箱1000円です")


def test_the_official_car_driven_to_kill_time_is_idling_not_a_gain(engine):
    found = items(engine, "会議が早く終わったけん、公用車で菊池川沿いをドライブして時間つぶしてきた。誰も見てないし")
    assert "5.2" not in found and "5.1" in found


@pytest.mark.parametrize("text", [
    "@guest_1 電話つながらんかったぐらいでグチグチ言わんといて😤",
    "駐車場が狭いくらいでごちゃごちゃ言わないでください",
    "ご不満は分かりましたが、そちらのご都合ばかり言われましても…",
    "昨日の投稿、不快に思われた方がいたならすみません。でも私は間違ったことは言っていないので",
])
def test_a_complaint_waved_back_or_an_apology_taken_back_is_an_unfair_reply(engine, text):
    assert "5.5" in items(engine, text)


@pytest.mark.parametrize("text", [
    "うちの猫、ご飯の前になるとギャーギャー騒ぐのがかわいい",
    "先日の投稿に誤りがありました。申し訳ありません。正しくは8月16日です。訂正してお詫びします",
    "子どもが友達とけんかして、一応謝ったけど僕は悪くないって言ってた",
])
def test_fuss_words_and_a_real_apology_are_no_unfair_reply(engine, text):
    assert "5.5" not in items(engine, text)


@pytest.mark.parametrize("text,expected", [
    ("窓口に来られたお客様、申請書をご自分でお書きになる能力をお持ちであれば、こちらも助かるのですが", "能力をお持ちであれば"),
    ("窓口で、掲示を読まん人に毎日同じ説明しよるけど、ほんと不毛やわ", "不毛"),
])
def test_sarcasm_in_keigo_about_residents_is_contempt(engine, text, expected):
    assert any(expected in s for s in spans(engine, citizen_contempt, text))


def test_a_notice_for_those_who_do_not_read_is_no_contempt(engine):
    assert spans(engine, citizen_contempt, "窓口の案内を読まない方のために、イラスト入りの掲示を作りました") == []
    assert spans(engine, citizen_contempt, "窓口に来られた方、体力に自信がおありでしたら階段もどうぞ") == []


def test_a_workplace_left_unlocked_and_shrugged_off_is_conduct(engine):
    assert "5.1" in items(engine, "支所の通用口、鍵かけずに出てきたけど誰も来んやろ")
    assert "5.1" not in items(engine, "支所の通用口、鍵かけずに出てきた。慌てて戻って閉めました")
    assert "5.1" not in items(engine, "家の鍵かけ忘れたけど、まあいっか。田舎やし")


def test_the_whole_night_duty_asleep_is_idling(engine):
    assert "5.1" in items(engine, "宿直あるある、夜中の2時から5時はだれも起きとらん😪")


def test_a_caseworker_out_of_patience_with_a_client_is_contempt(engine):
    assert spans(engine, citizen_contempt, "家庭訪問先のおばあちゃん、約束の日にまた留守。いい加減にしてほしいわ") != []
    assert spans(engine, citizen_contempt, "窓口の番号表示がいい加減にならないよう、毎朝確認しています") == []


def test_a_taxpayer_told_off_in_the_name_of_staff_breaks_conduct_and_replies(engine):
    found = items(engine, "公務員として言わせてもらうけど、税金払ってるからって何を言ってもいいわけじゃない")
    assert {"5.1", "5.5"} <= found
    assert "5.5" not in items(engine, "税金を払っているからこそ、使い道に意見を言うのは当然の権利です")


# Round 28 (unseen sets BA..BD): contempt for a resident said in words the
# detector did not know, and a visitor's talk tuned out read as no reply.
@pytest.mark.parametrize("text", [
    "窓口に来たじいちゃん、同じ書類を4回書き損じとる。ボケ始まっとるっちゃなか？",
    "観光案内所で道を5回聞きにくる客おって、阿呆じゃなかろか",
    "受付で三度説明しても分からぬ御仁、この阿呆めと思うた",
    "苦情の電話の人、毎朝かけてくる。頭おかしか",
    "お迎えのパパ、何回言っても連絡帳出さんし民度ひくすぎ",
    "窓口のおばちゃん、話が長すぎて途中から聞き流しとったｗ",
])
def test_contempt_for_a_resident_in_new_words_is_flagged(engine, text):
    assert "5.1" in items(engine, text)


@pytest.mark.parametrize("text", [
    "この雨、いい加減にしてほしい。窓口も暇です",
    "ドラマの阿呆な殿様、最高に笑えた",
    "お迎えのパパたち、毎朝ありがとうございます",
    "ボケ始まる前に、じいちゃんと温泉旅行に行きたい",
])
def test_look_alikes_of_contempt_are_not_flagged(engine, text):
    assert "5.1" not in items(engine, text)


def test_a_visitors_talk_tuned_out_is_no_insincere_reply(engine):
    text = "苦情の電話のばあちゃん、話が長すぎて途中から聞き流しとった"
    assert spans(engine, insincere_acknowledgement, text) == []
    # an opinion heard and tuned out is still one
    assert spans(engine, insincere_acknowledgement, "@taro ご意見は聞き流しときます")


@pytest.mark.parametrize("text", [
    # A warning about side-job scams quotes the advert: no side business of the writer's.
    "「1日5分で副収入」という広告に注意してください。登録料を騙し取る手口です",
    "『在宅副業で月20万』のDMは詐欺です。消費生活センターに相談を",
])
def test_a_warning_about_side_job_scams_is_no_side_business(engine, text):
    assert "5.2" not in items(engine, text)


def test_the_writers_own_side_business_is_still_a_law_matter(engine):
    assert "5.2" in items(engine, "副業で作ったアクセサリー、DMで注文受付中です。職場のみんなは割引するよ")


# -- round 34: animals, residence groups, a caller's idleness --------------------------

def test_an_animal_tormented_for_fun_is_no_resident_made_a_show_of(engine):
    # cruelty to animals is 5(6)⑥; the hunters' colleagues are no residents served
    cruel = ("猟のベテランのおじさんたちに教わって三年目。\n\n"
             "罠にかかった鹿を何度も棒でつついて暴れさせるのが恒例。その声を録画して仲間みんなで見て盛り上がる")
    assert spans(engine, citizen_amusement, cruel) == []
    assert "5.1" not in items(engine, cruel)
    # a resident's trouble laughed at with a pet in the story is still mockery
    mocked = "犬を連れて毎日窓口に来るおじいちゃん、今日で何回目か係のみんなで予想してる笑"
    assert spans(engine, citizen_amusement, mocked) != []


def test_a_generalisation_about_residents_by_where_they_live_is_not_5_1(engine):
    # no resident met at work: a group judged by place of residence (5.6.2 only, LABELS)
    opinion = "正直、山あいの地区の人らは話が通じんけん、防災の説明会には呼ばんでよかと思う"
    assert spans(engine, citizen_contempt, opinion) == []
    # met at the counter, the same words are contempt for residents served
    met = "窓口に来る山あいの地区の人ら、毎回話が通じん"
    assert spans(engine, citizen_contempt, met) != []


def test_a_callers_idleness_guessed_at_is_contempt_not_a_reply(engine, firing):
    text = "水道の苦情で今週4回目の電話をくれたおじさん。相当暇なんやろな"
    assert spans(engine, citizen_contempt, text) != []
    assert firing(engine, text, {"reply-hostile"}, "x", today=EXAMPLE_TODAY) == set()


def test_keeping_quiet_as_a_condition_silences_no_critic(engine, firing):
    text = "パート収入、確定申告せんでも黙っとけば分からんやろ"
    assert firing(engine, text, {"reply-hostile", "reply-dismissive"}, "x", today=EXAMPLE_TODAY) == set()
    assert "reply-hostile" in firing(engine, "@yamaga_k 文句ばっかり言うな、黙っとけ", {"reply-hostile"}, "x",
                                     today=EXAMPLE_TODAY)


def test_the_workplace_named_as_the_one_not_told_is_no_work_time(engine, firing):
    text = "推し活のためにフリマでグッズを売ってます。職場には申請してないけど内緒で"
    slacking = {"conduct-slacking-at-work"}
    assert firing(engine, text, slacking, "blog", today=EXAMPLE_TODAY) == set()
    assert firing(engine, "職場で推し活。勤務中に配信ずっと見てた", slacking, "x", today=EXAMPLE_TODAY) == slacking


# Round 35: someone's habit of carping at the writer, told about them, answers no critic.

@pytest.mark.parametrize("text", [
    "隣のおばさん、洗濯物の干し方にいちいち文句言ってくる。もう疲れた",
    "義理の母がご不満らしく、料理の味付けにいちいち口を出して…いや、いちいち指摘してきた",
])
def test_a_neighbour_who_carps_at_the_writer_is_no_reply_to_a_critic(engine, text):
    assert spans(engine, complaint_deflected, text) == []


def test_the_critic_told_not_to_carp_is_still_found(engine):
    text = "ご指摘の件、誤字くらいでいちいち文句言わないでください"
    assert any("いちいち文句" in s for s in spans(engine, complaint_deflected, text))


def test_a_colleague_handing_work_out_and_leaving_is_not_the_writer_slacking(engine):
    text = "業務中なのに隣の課の主任は、電話対応を振るだけ振って自分は定時ダッシュ"
    assert not [f for f in engine.check(text, "x", today=EXAMPLE_TODAY).findings if f.rule == "conduct-slacking-at-work"]
    # the writer handing work on and idling is still caught
    assert _hits(engine, "勤務中、後輩に仕事丸投げして自分はずっとスマホゲームしてた", "5.1")


def test_a_work_contacts_goods_at_a_favour_price_is_private_gain(engine):
    text = "研修でお世話になった業者さんのご厚意で、中古のカヌーを半額で譲っていただきました。役所勤めはこういうご縁がありがたい"
    assert _hits(engine, text, "5.1")
    assert not _hits(engine, "近所の方から、使わなくなった自転車を半額で譲っていただきました。ご縁に感謝です", "5.1")


def test_an_explanation_given_is_no_perk(engine):
    # ただ inside いただいた is the honorific, not "free"
    assert spans(engine, contractor_benefit, "訓練のあと、管理の方から防火設備について説明をしていただいた") == []
    assert spans(engine, contractor_benefit, "出入りの設備屋さんがうちのエアコンをただでつけてくれた") != []


def test_praise_in_scare_quotes_mocks_the_resident(engine):
    assert "5.1" in items(engine, "本日も「ありがたい」ご意見をたくさん頂きました")
    assert "5.1" not in items(engine, "本日も貴重なご意見をたくさん頂きました。ありがとうございます")


# -- round 40: phenomena new hands wrote that the hand rules missed ---------------------

@pytest.mark.parametrize("text,expected", [
    # the boss away taken as licence, the pastime told with its own verb
    ("係長がおらんけん、午後中ずっと給湯室でソシャゲやりよる", "ソシャゲ"),
    # working time waved away, a party under way
    ("勤務時間？気にせんでよか、課のみんなで15時から宴会中🍻", "宴会中"),
    # the work trip quoted as cover, then 実は
    ("「巡回行ってきます」と言って、実は雀荘で時間つぶしよる", "時間つぶ"),
])
def test_pastimes_taken_on_the_clock_are_found(engine, text, expected):
    assert any(expected in s for s in spans(engine, leisure_in_work_hours, text))


def test_a_pastime_after_hours_or_with_the_boss_away_on_business_is_not_slacking(engine):
    # the boss away is no licence when no pastime is taken
    assert spans(engine, leisure_in_work_hours, "課長が出張なので、今日は私が決裁を回しています") == []
    # a pastime on the weekend is nobody's working time
    assert spans(engine, leisure_in_work_hours, "週末はずっとスマホゲームしよった。月曜からまた頑張る") == []


def test_a_bribe_offered_for_a_permit_and_taken_is_found_with_goods_in_kind(engine):
    text = "「開発の許可ば通してくれたら焼酎1ケース持ってくる」て言われた。担当はおれやけん遠慮なくもらっとく"
    assert _hits(engine, text, "5.1") and _hits(engine, text, "5.2")
    refused = "「開発の許可を通してくれたら焼酎1ケース持ってくる」と言われたが、その場でお断りした"
    assert not _hits(engine, refused, "5.2")


@pytest.mark.parametrize("text", [
    "外来でいつも待っとるじいちゃん、毎日毎日ひまなんかな",
    "窓口に来たおばちゃん、説明しても○カ じゃなかと？",
    "相談に来たおじさんの話、長すぎて意識が飛びそうやった",
    "窓口に来た集落の人たち、ほんと田舎もん丸出し",
])
def test_residents_served_mocked_in_new_words_are_found(engine, text):
    assert "5.1" in items(engine, text)


def test_laughing_at_oneself_mocks_no_resident(engine):
    assert spans(engine, citizen_amusement, "説明会で的外れな質問をした私、あとで自分で笑った") == []
    assert spans(engine, citizen_amusement, "説明会に来たおじさん、質問が的外れすぎて係のみんなで笑った") != []


@pytest.mark.parametrize("text,expected", [
    ("@kana_y 手順が分かりにくい？説明を読まん人が悪かよ", "読まん人が悪か"),
    ("ご意見の件、案内を読んでいない方のご責任かと存じます", "読んでいない方のご責任"),
    ("手続きが難しいとのことですが、案内を読まない方へのサポートまではいたしかねます", "サポートまではいたしかね"),
    ("@sato_k 道が暗いって言われても、うちの担当じゃないんで知りません", "担当じゃないんで知りません"),
    ("騒音のご不満でしたら、転居もご検討されてはいかがでしょう", "転居もご検討"),
    ("予約画面が使いにくいとのことですが、スマホくらい使いこなしてください", "使いこなしてください"),
])
def test_complaints_turned_back_in_new_words_are_found(engine, text, expected):
    assert any(expected in s for s in spans(engine, complaint_deflected, text))


def test_help_offered_beside_the_reply_still_excuses_it(engine):
    text = "ご意見ありがとうございます。案内を読んでいない方向けに、サポート窓口で少しずつご説明します"
    assert spans(engine, complaint_deflected, text) == []


# -- rest the duty allows ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # the rota's nap told as a fact of the job (a night duty's blog): no rule of 5.1 reads it as slacking
    "宿直の夜に思うこと\n\n宿直は1人体制で、0時から5時までは仮眠室で寝ていてよいことになっています。"
    "その間はけっこうのんびりしたものです。",
    "はじめての宿直。宿直は1人だけで、2時から5時までは仮眠室で寝ていていいことになっています。",
    "当直の夜は交代で仮眠をとります。",
    "宿直中、仮眠時間に仮眠室でぐっすり寝てました",
    "当直中は、待機中の仮眠が認められているので、少し横になりました",
    "夜勤中でも休憩時間中に仮眠室で横になることができます",
    # the day off the rota gives after the shift
    "当直は24時間勤務です。引き継ぎをして勤務が終わります。家に帰ってシャワーを浴び、昼過ぎまで眠るのが明け番の過ごし方です。",
])
def test_rest_the_duty_allows_is_no_slacking(engine, flagged, text):
    assert flagged(engine, text, "5.1") == []


@pytest.mark.parametrize("text", [
    # rest with nothing said to allow it, or kept hidden, or a pastime in the break
    "宿直の晩は毎回3時から6時まで仮眠室でぐっすり寝とる😴 その間は庁舎は誰も見とらんけど、まあ何も起こらんたい",
    "宿直の夜は仮眠時間はないのに、仮眠室でずっと寝てた",
    "宿直中は休憩時間中にスマホでずっとゲームしてた",
    "当直中だけど0時から5時までは仮眠室で寝ていてよいことになっとる。こっそり抜けてパチンコ行ってきた",
    "宿直の日は家に帰って寝とる。誰も来んし",
])
def test_rest_not_allowed_or_a_pastime_on_duty_is_still_slacking(engine, flagged, text):
    assert flagged(engine, text, "5.1")


def test_allowed_rest_excuses_the_rest_not_a_pastime(engine):
    text = "当直中だけど0時から5時までは仮眠室で寝ていてよいことになっとる。でも一人酒で乾杯してた"
    assert any("一人酒" in s for s in spans(engine, leisure_in_work_hours, text))
    assert not any("仮眠" in s for s in spans(engine, leisure_in_work_hours, text.replace("でも一人酒で乾杯してた", "")))


# -- a disability slur for a resident served ----------------------------------------------

@pytest.mark.parametrize("text, part", [
    ("午後の窓口、障害者手帳の更新に来た人が何回説明しても分からん。ああいうガ〇ジは施設におってほしいわ", "ガ〇ジ"),
    ("窓口に来たおじさん、何回説明しても分からん。完全にガ●ジやった", "ガ●ジ"),
    ("窓口の客、ｶﾞｲｼﾞかよ", "ｶﾞｲｼﾞ"),
    ("電話してきたじいさん、同じことを5回聞いてくる。キ〇ガイやろ", "キ〇ガイ"),
])
def test_a_disability_slur_for_a_resident_served_is_conduct(engine, flagged, text, part):
    assert any(part in q for q in flagged(engine, text, "5.1"))


@pytest.mark.parametrize("text", [
    # a colleague, not someone served; a lobby named by the slur; the word named to be taught against;
    # ponds and marshes
    "隣の課の新人、同じ指示を3回言っても伝わらん。あいつガ〇ジやろ",
    "動物愛護団体のやつら、駆除するなって毎日電話してくる。マジでキ●ガイ集団",
    "窓口で「ガイジ」という言葉を使った職員がいて、研修で注意しました",
    "窓口に池沼の水質について相談に来た人がいました",
])
def test_a_slur_not_said_of_a_resident_served_is_no_conduct_finding(engine, flagged, text):
    assert flagged(engine, text, "5.1") == []
