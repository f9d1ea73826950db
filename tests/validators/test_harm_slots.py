"""The harm family's widened slots (5.6.1, 5.6.2, 5.6.3, 5.6.6): new wordings
of families the checker already knew, each with the look-alike a careful
writer would post, checked through the engine with the built-in rules.  The
sentences are our own, not any corpus's."""

from __future__ import annotations

import pytest


def _covered(engine, text, item, words):
    """Some finding of `item` overlaps `words` in `text`."""
    start = text.index(words)
    end = start + len(words)
    return any(f.start < end and start < f.end for f in engine.check(text).findings
               if f.item == item and f.severity in ("error", "warning"))


# -- 5.6.1: scorn prefix × whom it is put on; an expletive stretched out --------

@pytest.mark.parametrize("text, words", [
    ("市の工事やった業者、ほんとｺﾞﾐ会社やね", "ｺﾞﾐ会社"),
    ("あのクソ業者、見積もりだけで連絡なし", "クソ業者"),
    ("腐れ役人どもが何もせん", "腐れ役人"),
    ("窓口の対応最悪、カス職員ばっか", "カス職員"),
])
def test_a_business_or_person_called_rubbish_is_an_insult(engine, text, words):
    assert _covered(engine, text, "5.6.1", words)


@pytest.mark.parametrize("text", [
    "ゴミ収集の業者さん、いつもありがとうございます",
    "ごみ行政の見直しについて説明会を開きます",
    "ゴミ会社さんに不用品を回収してもらいました",
    "雑魚寝でもいいので泊まれる宿を探しています",
])
def test_the_waste_trade_and_other_look_alikes_are_no_insult(engine, text, flagged):
    assert flagged(engine, text, "5.6.1") == []


def test_an_expletive_stays_an_insult_when_stretched(engine, flagged):
    text = "いちいち文句言うな、クソがぁぁぁ"
    assert _covered(engine, text, "5.6.1", "クソがぁぁぁ")
    assert flagged(engine, "クソがつくほど真面目な人です", "5.6.1") == []


def test_shameless_said_of_a_group_is_an_insult_as_well(engine):
    # LABELS.md: a contempt word about a group is 5.6.1 and 5.6.2
    text = "転勤族の人たちって、ほんと厚かましい"
    assert _covered(engine, text, "5.6.1", "厚かましい")
    assert _covered(engine, text, "5.6.2", "転勤族")


# -- 5.6.2: のくせに, a boycott, the majority first, left out of the round -------

@pytest.mark.parametrize("text, words", [
    ("移住者のくせに祭りのやり方に口出しするな", "移住者のくせに"),
    ("外国人が働いとる弁当屋には二度と行かん", "二度と行かん"),
    ("公営住宅は日本人優先で当然やろ", "日本人優先"),
    ("あの宗教の家には、地区の案内は回さんでよか", "回さんでよか"),
    ("留学生は書類もまともに書けんけん後回し", "まともに書けん"),
])
def test_demeaning_a_group_in_new_words_is_flagged(engine, text, words):
    assert _covered(engine, text, "5.6.2", words)


@pytest.mark.parametrize("text", [
    "この店には二度と行かん。店員の態度が最悪だった",
    "高齢者の方は回覧板を回さなくてもいいです。役員が届けます",
    "外国籍の方も、日本語がまだまともに話せなくても大丈夫です",
    "よそ者の視点で山鹿の魅力を発信しています",
    "障がいのある方を優先してご案内します",
])
def test_the_look_alikes_about_groups_stay_clean(engine, text, flagged):
    assert flagged(engine, text, "5.6.2") == []


# -- 5.6.3: speeding hedged or told against the limit; driving to a place -------

@pytest.mark.parametrize("text", [
    "夜のバイパス、いつも120キロ近く出して走りよる",
    "農道は制限速度が40キロやけど、誰もおらんけんアクセルべた踏みで飛ばしよる",
    "昼休みに缶ビール1本空けて、そのまま運転して現場まで戻った",
])
def test_speeding_and_drink_driving_in_new_words_are_flagged(engine, text, flagged):
    assert flagged(engine, text, "5.6.3")


@pytest.mark.parametrize("text", [
    "高速道路で80キロくらいで走っていたら、眠くなったので休憩しました",
    "制限速度は50キロですが、通学路では30キロ以下でゆっくり走りましょう",
    "ノンアルコールビールを飲んで、そのまま運転して帰りました",
    "時速100キロ近く出る特急で博多まで行きました",
])
def test_plain_speeds_warnings_and_sober_drives_stay_clean(engine, text, flagged):
    assert flagged(engine, text, "5.6.3") == []


def test_an_adult_video_watched_free_is_the_link_item_not_piracy(engine, flagged):
    # LABELS.md: pointing at an obscene site is 5.6.5; the free-viewing words
    # there do not add 5.6.3 (a film watched free is still piracy)
    text = "人妻ものの新作動画、ここでタダで観れるよ https://example.invalid/x"
    assert flagged(engine, text, "5.6.3") == []
    assert flagged(engine, "公開中の映画、あのサイトで全部タダで観れた", "5.6.3")


# -- 5.6.6: lewd talk won at a work party; the sound of the hurt craved ----------

def test_lewd_talk_boasted_at_a_work_party_is_flagged(engine, flagged):
    text = "課の忘年会、猥談で優勝したw 来年も狙う"
    assert _covered(engine, text, "5.6.6", "猥談")
    assert flagged(engine, "忘年会で下ネタを言われて不快だった。相談窓口に行った", "5.6.6") == []


def test_the_sound_of_someone_hurt_craved_is_flagged(engine, flagged):
    assert _covered(engine, "ムカつく奴の骨の折れる音が聞きたい", "5.6.6", "骨の折れる音が聞きたい")
    assert _covered(engine, "あいつの悲鳴をもっと聞きたい", "5.6.6", "悲鳴")
    assert flagged(engine, "お化け屋敷でみんなの悲鳴が聞きたい", "5.6.6") == []
    assert flagged(engine, "骨が折れる音がして、すぐ病院に行きました", "5.6.6") == []


def test_an_adult_link_with_what_it_holds_after_it_is_not_5_6_6(engine, flagged):
    text = "今夜はここ👉 https://example.invalid/night 無修正あり"
    assert flagged(engine, text, "5.6.6") == []
    assert flagged(engine, text, "5.6.5")


# -- more families of the same items, in our own words -------------------------

@pytest.mark.parametrize("text, words", [
    ("隣のばあさん、ほんとカスーーーー", "カスーーーー"),
    ("審判ボケーーー！", "ボケーーー"),
    ("うちの係長、無能ーーー", "無能ーーー"),
])
def test_an_insult_drawn_out_with_long_marks_is_found(engine, text, words):
    assert _covered(engine, text, "5.6.1", words)


@pytest.mark.parametrize("text", ["会議中ずっとボケーっとしてた", "マスカスーパーで買い物", "新しいカスタードプリン、うまい"])
def test_a_long_mark_after_the_same_letters_in_other_words_is_clean(engine, text, flagged):
    assert flagged(engine, text, "5.6.1") == []


@pytest.mark.parametrize("text, words", [
    ("あっちの団地の人間はレベルが低かもん", "レベルが低か"),
    ("移住者って程度が低いけん話にならん", "程度が低い"),
])
def test_a_group_ranked_low_is_an_insult(engine, text, words):
    assert _covered(engine, text, "5.6.1", words)


def test_a_service_ranked_low_is_no_insult(engine, flagged):
    assert flagged(engine, "この地域の医療のレベルが低いのが課題です", "5.6.1") == []


@pytest.mark.parametrize("text, words", [
    ("発達障害の子も入ってきた。正直、別の教室に分けてほしか", "別の教室に分けてほしか"),
    ("正直、女に現場は仕切れんと思う", "女に現場は仕切れん"),
    ("男には赤ちゃんの世話はこなせない", "こなせない"),
])
def test_a_group_sent_elsewhere_or_a_sex_said_unable_is_discrimination(engine, text, words):
    assert _covered(engine, text, "5.6.2", words)


@pytest.mark.parametrize("text", [
    "うちの子は人見知りなので、別のクラスにしてほしいと先生に相談しました",
    "女性じゃ現場は回せないという思い込みをなくしましょう",
    "男の子には任せられないかも、と思ったけど立派にやり遂げてくれました",
])
def test_the_look_alikes_of_exclusion_and_sex_roles_stay_clean(engine, text, flagged):
    assert flagged(engine, text, "5.6.2") == []


@pytest.mark.parametrize("text, words", [
    ("セルフレジでスキャンし忘れたふりしてお菓子持って帰っとる。バレたことなし", "お菓子持って帰っとる"),
    ("漫画の海賊版サイト、新刊もまるごとダウンロードできるけん\nみんな使ってみて", "ダウンロードできる"),
    ("昼にビール2杯飲んで、そのまま公用車で現場回りしてきた", "現場回り"),
    ("入札の件で丸山建設の専務が商品券5万円分置いていかした。その代わり工事はうまいこと回しとく", "置いていかした"),
])
def test_theft_piracy_drink_driving_and_a_bribe_in_new_words_are_found(engine, text, words):
    assert _covered(engine, text, "5.6.3", words)


@pytest.mark.parametrize("text", [
    "会計し忘れたことに気づいて、すぐお店に戻って払いました",
    "海賊版サイトで漫画が読めたという相談が増えています",
    "近所の工務店の社長さんが野菜を持ってきてくれた",
])
def test_the_look_alikes_of_theft_piracy_and_bribes_stay_clean(engine, text, flagged):
    assert flagged(engine, text, "5.6.3") == []


@pytest.mark.parametrize("text, words", [
    ("熊本地震で潰れた家の写真、クソコラにしたｗ", "クソコラ"),
    ("人身事故で電車止まっとる。飛び込むならよそでやってくれ", "飛び込むならよそ"),
    ("通り魔事件、犯人の気持ちも分かる。ニュース見ててスカッとした", "スカッと"),
])
def test_a_disaster_a_suicide_or_a_crime_made_light_of_is_found(engine, text, words):
    assert _covered(engine, text, "5.6.6", words)


@pytest.mark.parametrize("text", [
    "地震の写真をもとに、防災コラムを書きました",
    "「死ぬなら一人で死ね」という言葉は、追い詰められた人をさらに傷つけます",
    "飛び込み台からプールに飛び込むなら、ほかの子が泳いでいないか確認して",
    "通り魔事件の犯人が逮捕されたニュースを見て、ほっとした",
    "テロのニュースが続く中、今日はサウナでスッキリ",
])
def test_the_look_alikes_of_light_talk_of_death_stay_clean(engine, text, flagged):
    assert flagged(engine, text, "5.6.6") == []
