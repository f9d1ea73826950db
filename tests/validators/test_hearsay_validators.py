"""Hearsay and staff guesses are found by grammar: らしい only as the auxiliary
verb, guesses only next to the city's business, intentions and opinions never."""

from __future__ import annotations

import pytest

from yamaga_desk.ruleset.examples import EXAMPLE_TODAY
from yamaga_desk.validators.hearsay_clause_final import hearsay_final
from yamaga_desk.validators.hearsay_rashii import hearsay_rashii
from yamaga_desk.validators.hearsay_reported import hearsay_reported
from yamaga_desk.validators.hearsay_sou import hearsay_sou
from yamaga_desk.validators.insider_guess import _administration_guess_facts, administration_guess


def spans(engine, validator, text):
    doc = engine.document(text, "x", EXAMPLE_TODAY)
    if validator is administration_guess:  # a paragraph validator with facts: the text as one paragraph
        found = validator(doc, _administration_guess_facts(doc, 0, len(doc.text)))
    else:
        found = validator(doc)
    return [doc.text[s:e] for s, e in found]


@pytest.mark.parametrize("text,expected", [
    ("菊池川の堤防、今回の大雨で決壊寸前らしいよ！", "決壊寸前らしい"),
    ("来年からゴミ袋の値段が倍になるらしいよ", "倍になるらしい"),
    ("明日の花火は中止になったらしい", "中止になったらしい"),
    ("最近不登校らしい", "最近不登校らしい"),
])
def test_rashii_as_hearsay_is_found_with_its_predicate(engine, text, expected):
    assert spans(engine, hearsay_rashii, text) == [expected]


@pytest.mark.parametrize("text", [
    "両日とも素晴らしい千人灯籠踊りとなりました",
    "可愛らしい花が咲きました",
    "いかにも山鹿らしい、静かな秋の朝です",
    "これぞ山鹿らしい",
    "泥だらけになって笑う子どもらしい笑顔",
    "春らしい陽気になりました",
    "あなたらしいね",
    "実に彼女らしい選択だ",
    # the adjectives "absurd" and "suggestive", which Sudachi may split
    "わざわざ並ぶのばからしい",
    "そんなのバカらしいよ",
    "アホらしいけん、もう帰る",
    "その言い方はいやらしい",
])
def test_rashii_meaning_typical_of_is_not_hearsay(engine, text):
    assert spans(engine, hearsay_rashii, text) == []


@pytest.mark.parametrize("text", [
    "会議のたびに端数で揉めるのが経理係らしい🍰",
    "最後の1円まで合わせるところも会計課らしいね",
    # a degree word before "N らしい" (kept working when another module-level
    # name in hearsay.py was about to shadow the degree-word pattern)
    "笑い方がとても子どもらしい。",
])
def test_an_act_typical_of_a_section_or_a_person_is_not_hearsay(engine, text):
    assert spans(engine, hearsay_rashii, text) == []


@pytest.mark.parametrize("text", [
    "どの作品も子どもらしい、元気な絵ばかりです",
    # the second epithet a clause opened by an adverb
    "どれも子どもらしい、のびのびとした素晴らしい作品ばかりです",
    "春らしい、ぽかぽかした陽気の一日でした",
    # a subject before an emoji belongs to the sentence the emoji closed
    "子どもたちが鯉のぼりの絵を描いてくれました🎏 どれも子どもらしい、のびのびとした作品です",
    "城山公園の紅葉、秋らしい、鹿本らしい眺めでした",
    "夏らしい、まぶしい青空の一日",
    # the sentence before it ends without a mark (the emoji is folded away)
    "今日満開になったよ🌸 ほんと春らしい、山鹿らしい景色やね",
])
def test_two_epithets_of_one_noun_are_not_hearsay(engine, text):
    assert spans(engine, hearsay_rashii, text) == []


@pytest.mark.parametrize("text,expected", [
    # a verbal noun is the news heard of
    ("駅前のパン屋、来月閉店らしい、寂しい話です", "閉店らしい"),
    # a topic before it names what was heard
    ("犯人は子どもらしい、小さな足跡が残っとった", "子どもらしい"),
    # a subject after the comma opens a clause of its own
    ("駅前の空き家らしい、怪しい男が出入りしとる", "空き家らしい"),
    ("駅前の空き家らしい、こっそり出入りしとる男がおる", "空き家らしい"),
    ("見てきたよ🏠 次の持ち主は町外の人らしい、のんびりした人やった", "人らしい"),
])
def test_rashii_before_a_comma_stays_hearsay_when_the_clause_is_news(engine, text, expected):
    found = spans(engine, hearsay_rashii, text)
    assert len(found) == 1 and found[0].endswith(expected)


@pytest.mark.parametrize("text,expected", [
    # a cleft with は names who, as heard
    ("4月に来るのは本庁の課長らしい", "課長らしい"),
    # a decision as the noun is the news itself
    ("来年から有料になるのが決定らしい", "決定らしい"),
])
def test_a_cleft_or_a_decision_before_rashii_stays_hearsay(engine, text, expected):
    found = spans(engine, hearsay_rashii, text)
    assert len(found) == 1 and found[0].endswith(expected)


def test_suffix_rashii_never_reaches_the_5_6_4_item(engine):
    report = engine.check("朝霧の中の菊池川。いかにも山鹿らしい、静かな秋の朝です。素晴らしい眺めでした。", "instagram")
    assert [f for f in report.findings if f.item == "5.6.4"] == []


@pytest.mark.parametrize("text,expected", [
    ("鹿本の山道で熊が出たそうです！", "出たそうです"),
    ("来月から中止になるそうだ", "中止になるそうだ"),
])
def test_hearsay_sou_is_found(engine, text, expected):
    assert spans(engine, hearsay_sou, text) == [expected]


@pytest.mark.parametrize("text", ["雨が降りそうです", "おいしそうなお弁当", "そうですね、私もそう思います"])
def test_sou_of_appearance_or_agreement_is_not_hearsay(engine, text):
    assert spans(engine, hearsay_sou, text) == []


@pytest.mark.parametrize("text,expected", [
    ("たぶん来年からプレミアム商品券はなくなると思う。市の職員だけど", "たぶん来年からプレミアム商品券はなくなると思う"),
    ("うちの地区の避難所、多分今年から公民館に変わったはず。市役所勤めだけど", "多分今年から公民館に変わったはず"),
    ("市役所の中の人です🙋 灯籠まつりの花火、今年は雨でも決行だと思います", "今年は雨でも決行だと思います"),
    # The topic named in one sentence carries to the guess in the next.
    ("職員だから分かるけど、国道の拡幅工事は年内には終わらないよ。来年の夏までかかると思う", "来年の夏までかかると思う"),
])
def test_staff_guess_about_administration_is_found(engine, text, expected):
    assert expected in spans(engine, administration_guess, text)


@pytest.mark.parametrize("text", [
    # intentions and opinions are not guesses at facts
    "市の職員として、来年度も灯籠まつりを頑張ろうと思う",
    "職員だけど、来年度の予算説明会にはぜひ参加したいと思います",
    "職員として、市の発注はあそこにだけは出すべきじゃないと思う",
    "市の職員だけど、今年の灯籠まつりはすごくいいと思う",
    # a guess with no city business in it
    "職員だけど、明日は二日酔いかな。たぶん雨だと思う",
    # without a word of being staff, a guess must name the city's own business
    "妻の店のチラシ、お客さんも増えるはず",
    # a reaction, not the decision itself
    "いま庁内で検討中。決まったら驚くと思う",
    # a preference weighed or a view owned as one's own is an opinion
    "市役所勤めですが、本音を言うと、来年度の保育料は上げない方が市民の反発が少ないと思います",
    "市の職員だけど、個人的には、灯籠まつりの花火は平日にやった方が混まないと思う",
    "これは本音ですが、正直、市営住宅には若い人を入れた方が地区が活気づくと思います。職員です",
])
def test_intentions_opinions_and_unrelated_guesses_are_not_flagged(engine, text):
    assert spans(engine, administration_guess, text) == []


def test_citizen_style_guess_needs_the_city_s_own_business(engine):
    assert spans(engine, administration_guess, "たぶん来年度から市の保育料が上がると思う") != []
    assert spans(engine, administration_guess, "たぶん来年から商品券はなくなると思う") == []


def test_insider_stating_unchecked_details_as_fact_is_found(engine):
    text = "市役所勤めだけど担当じゃないからよく知らんけど、来年から避難所が公民館に変わるよ。"
    # the admission whole (担当じゃないから…知らん), then what is stated as fact
    assert spans(engine, administration_guess, text) == ["担当じゃないからよく知らんけど、来年から避難所が公民館に変わるよ"]


@pytest.mark.parametrize("text, marked", [
    # Kumamoto and keigo guess markers, and staff saying where they work
    ("役場におるけど、敬老祝い金は来年から出らんごたるよ", "出らんごたる"),
    ("税務課で働いてますが、軽自動車税の納付書って5月に届くんじゃなかったっけ", "届くんじゃなかったっけ"),
    ("市役所の中の話なので、ごみ袋は秋から値上げになるかと", "値上げになるかと"),
    ("職員ですが、住民票の写しは来月からコンビニでも無料になると伺っております", "無料になると伺"),
    ("職員やけん分かるけど、国保の保険料って届け出せんでも自動で安くなるとよ", "自動で安くなる"),
    ("職員なので分かるんですが、図書館は年末も開くんじゃないでしょうか", "開くんじゃないでしょうか"),
    ("市役所勤めだけど、所得証明って本人じゃなくても多分取れるよ", "多分"),
    # elongated らしい〜 (Sudachi: らし + いー)
    ("職員だけど、祝日の粗大ごみ収集はお休みらしい〜？", "お休みらしい"),
])
def test_dialect_and_keigo_guesses_of_staff_are_found(engine, text, marked):
    found = spans(engine, administration_guess, text)
    assert any(marked in s for s in found), found


@pytest.mark.parametrize("text", [
    "窓口で「助かった」と言われると、職員になってよかったと思う",
    "職員ですが、残業続きで手当が割に合わないと思うことはあります",
    "市役所勤めです。町の魅力を事業者さんと形にしていけたらいいなと思います",
    "職員として、地元の声を議会に届けてくれる方だと思うので応援しています",
    "役場におるけど、公民館の閉館するかもしれんと思うと寂しか",
    "職員です。改修工事の現場、職人さんたちも張り切っとるごたる",
    "職員だけど、窓口で1時間粘るお客さん、神様かと思った",
    "職員です。ごみ袋の値上げは庁内で検討中で、1枚80円の案が有力です",
    "職員です。担当課に確認したところ、受付は10時からとのことです",
    "市民課に今いるけど、住民票の窓口めっちゃ混んでる",
])
def test_feelings_hopes_worries_and_opinions_of_people_are_no_guesses(engine, text):
    assert spans(engine, administration_guess, text) == []


def test_unchecked_hedge_about_private_life_is_not_flagged(engine):
    assert spans(engine, administration_guess, "職員だけど、釣りのことはよく知らないので勉強中です") == []
    # saying where one works is not a sentence about the city's business
    assert spans(engine, administration_guess, "市役所勤めだけど、釣りのことはよく知らないので勉強中です") == []


@pytest.mark.parametrize("text,expected", [
    ("菊池川の水位がやばいんだって。", "やばいんだって"),
    ("犯人まだ捕まってないって", "犯人まだ捕まってないって"),
    ("駅前で通り魔が出たってよ", "出たって"),
    ("毎日飲むと血圧が下がるとか。", "下がるとか"),
    ("小学校でインフルが集団発生してるっぽい", "集団発生してるっぽい"),
    ("国道で事故があったみたいです", "あったみたいです"),
    ("近いうちに大きな地震が来るかも", "来るかも"),
    ("1か月で5キロ痩せるって話", "5キロ痩せるって"),
    ("鹿本で空き巣が出たとげな。", "鹿本で空き巣が出たとげな"),  # Kumamoto 〜とげな (= のだそうだ)
])
def test_hearsay_or_conjecture_closing_a_clause_is_found(engine, text, expected):
    assert expected in spans(engine, hearsay_final, text)


@pytest.mark.parametrize("text", [
    "早く帰って！",  # te-form request, not quotative って
    "大雨になるかもしれません",  # the polite, careful form
    "犬とか猫とか",  # listing nouns
    "子どもっぽい服",  # "childish", after a noun
    "認知症が進んでるみたいで心配",  # the clause goes on to the writer's feeling
    "娘が遠足楽しみだって言ってた",  # って that does not close the clause
    "若いのが訓練中もふざけとって話にならん",  # dialect progressive before 話にならん (= hopeless)
    "説明がころころ変わって話にもならない",
])
def test_te_forms_lists_and_polite_hedges_are_not_hearsay(engine, text):
    assert spans(engine, hearsay_final, text) == []


def test_clause_final_hearsay_counts_only_for_alarming_news(engine):
    def items(text):
        return {f.item for f in engine.check(text, "x").findings if f.severity != "info"}
    assert "5.6.4" in items("国道沿いのコンビニで強盗があったみたい。犯人まだ捕まってないって")
    assert "5.6.4" in items("玉ねぎを枕元に置くと風邪をひかないんだって")
    assert "5.6.4" not in items("スーパーの特売日は毎週火曜日だって")
    assert "5.6.4" not in items("気象庁によると、明日は大雨になるみたいです")


@pytest.mark.parametrize("text,expected", [
    # services residents ask staff about, and guesses the writer names as such
    ("中の人だけど、粗大ごみの回収は来年から有料になるはず", "有料になるはず"),
    ("役場勤めの勘だと、今年の成人式は公民館のホールでやりそう", "やりそう"),
    ("市役所職員の私が思うに、ごみ袋の値上げはほぼ確定かな", "かな"),
    ("うちの課の雰囲気的に、学童の定員は増えない気がする", "気がする"),
    ("中の人です。八千代座の改修、きっと来年の夏までかかります", "きっと"),
])
def test_staff_guess_in_other_wordings_is_found(engine, text, expected):
    assert any(expected in s for s in spans(engine, administration_guess, text))


@pytest.mark.parametrize("text", [
    "職員だけど、週末は菊池川でカヌーしてきた。来年も行こうかな",  # intention
    "職員として、資格の仕事は勉強だけで目指すものじゃないと思います",  # a norm, not a fact
    "中の人です。今日の八千代座、夕焼けがきれいでした",  # no guess
])
def test_intentions_norms_and_plain_statements_by_staff_are_not_guesses(engine, text):
    assert spans(engine, administration_guess, text) == []



@pytest.mark.parametrize("text", [
    "市役所を名乗る電話で、少しでも怪しいと思ったら、すぐに担当課へご連絡ください",
    "市の職員です。給付金の案内で不審だと思う点があれば、窓口でご相談ください",
    "ごみの出し方が違うと思われる場合は、市の環境課までお問い合わせください",
])
def test_a_case_put_to_the_reader_is_no_staff_guess(engine, text):
    # 思ったら / 思う点があれば / 思われる場合は: a warning notice's conditional.
    assert spans(engine, administration_guess, text) == []


def test_a_staff_guess_with_to_omou_is_still_found(engine):
    assert spans(engine, administration_guess, "職員だけど、ごみ袋は来年度から値上げになると思う")


def _items(engine, text):
    return {f.item for f in engine.check(text, "x", today=EXAMPLE_TODAY).findings}


def test_a_question_put_to_staff_is_not_a_rumour_they_spread(engine):
    # 「〜って本当？」と聞かれたら: someone else's question, quoted.
    assert "5.6.4" not in _items(engine, "窓口で「支所がなくなるって本当？」と聞かれたら、何と答えようか悩んでいます")
    assert "5.6.4" in _items(engine, "支所がなくなるって本当？ 市役所はまだ何も言ってないけど")


def test_an_illness_told_at_the_counter_is_not_hearsay(engine):
    # first-hand at work: a privacy leak (5.3/6.3.1), not a rumour
    assert "5.6.4" not in _items(engine, "今日の窓口、鹿本の山田さんの奥さん、がんで入院中なんだって。減免の相談に来てた")
    assert "5.6.4" in _items(engine, "駅前で通り魔が出たんだって。気をつけて")


def test_an_absolute_health_claim_in_polite_form_is_found(engine):
    assert "5.6.4" in _items(engine, "この湧き水を毎日飲めば、絶対に病気になりません")


# -- round 5: Kumamoto dialect and feelings ------------------------------------------

def test_kumamoto_rashika_is_hearsay(engine):
    assert spans(engine, hearsay_rashii, "あそこの店、来月で閉店するらしかよ") == ["閉店するらしか"]
    # らしか is not read into words that only contain the letters
    assert spans(engine, hearsay_rashii, "素晴らしか景色でした") == []


@pytest.mark.parametrize("text", [
    "避難所は鹿央中学校やったと思うばい。市役所におる俺が言うけん間違いなか",
    "来年から支所が2つ閉まるらしか。うちも市役所におるけど初耳",
])
def test_staff_in_dialect_guessing_about_the_city_is_found(engine, text):
    assert spans(engine, administration_guess, text) != []


def test_to_omou_to_is_a_feeling_not_a_guess(engine):
    text = "職員として宿直をしています。いざというときの市の窓口になっていると思うと身が引き締まります。"
    assert spans(engine, administration_guess, text) == []


# -- span round: the second part of the evidence -------------------------------------

def _covers(found: list[str], part: str) -> bool:
    return any(part in s or s in part for s in found)


def test_a_colleagues_word_behind_a_staff_guess_is_marked_with_the_guess(engine):
    text = "企画課の先輩から聞いたけど、道の駅の改修は来年度に延びるらしい。職員の間ではもう有名"
    found = spans(engine, administration_guess, text)
    assert _covers(found, "企画課の先輩から聞いたけど")
    assert _covers(found, "来年度に延びるらしい")
    assert _covers(found, "職員の間ではもう有名")


def test_a_guess_is_marked_when_its_insider_grounds_follow_in_the_next_sentence(engine):
    text = "資源ごみの回収、来月から月1回に減るっぽいね。環境課の雰囲気的に"
    found = spans(engine, administration_guess, text)
    assert _covers(found, "来月から月1回に減るっぽい")
    assert _covers(found, "環境課の雰囲気的に")


def test_an_unchecked_admission_after_the_guess_is_marked(engine):
    text = "職員なので言っときます。新しい体育館は鹿央にできるはず。確証はないけど"
    found = spans(engine, administration_guess, text)
    assert _covers(found, "鹿央にできるはず")
    assert _covers(found, "確証はない")


def test_staff_vouching_for_a_guess_is_marked_with_it(engine):
    text = "中の人だから言うけど、学童の定員は来年も増えないんじゃないかな"
    found = spans(engine, administration_guess, text)
    assert _covers(found, "中の人だから言うけど")
    assert _covers(found, "増えないんじゃないか")


def test_insider_grounds_without_a_guess_about_the_city_mark_nothing(engine):
    assert spans(engine, administration_guess, "係長から聞いたけど、明日の飲み会は19時からだって") == []


@pytest.mark.parametrize("text,expected", [
    ("川沿いの道が崩れそうで危ないって、隣のおじさんが言ってた。", "川沿いの道が崩れそうで危ないって、隣のおじさんが言ってた"),
    ("山の方でイノシシが出たって近所のおばちゃんが言いよった！", "山の方でイノシシが出たって近所のおばちゃんが言いよった"),
    ("明日は休校になると聞きました", "明日は休校になると聞きました"),
])
def test_a_rumour_is_marked_together_with_its_teller(engine, text, expected):
    assert spans(engine, hearsay_reported, text) == [expected]


@pytest.mark.parametrize("text", ["友達と話してた", "休みの日は母と話してる"])
def test_to_after_a_noun_is_company_not_a_quote(engine, text):
    assert spans(engine, hearsay_reported, text) == []


def test_the_reported_rumour_reaches_the_5_6_4_item_with_its_content(engine):
    text = "今夜ダムが放流するけん、川沿いは危ないって、いとこが言ってた。早よ逃げて"
    report = engine.check(text, "x", today=EXAMPLE_TODAY)
    hits = [text[f.start:f.end] for f in report.findings if f.item == "5.6.4"]
    assert any("川沿いは危ない" in h for h in hits)


def test_a_rumour_that_came_round_as_information_is_5_6_4(engine):
    assert "5.6.4" in _items(engine, "市営プールで感染症が出たって情報が回ってきた。しばらく行かん方がいいかも")
    assert "5.6.4" not in _items(engine, "「断水する」という情報が出回っていますが、デマです。市の発表をご確認ください")


# -- round 6 ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "みなさんの「鹿北らしい」風景を募集中です",
    "夏の一枚を投稿してね #山鹿らしい",
])
def test_a_hashtag_or_quoted_theme_is_not_hearsay(engine, text):
    assert list(hearsay_rashii(engine.document(text, "x", EXAMPLE_TODAY))) == []


def test_quoted_hearsay_inside_a_sentence_is_still_hearsay(engine):
    doc = engine.document("「明日は断水するらしい」と友達が言ってた", "x", EXAMPLE_TODAY)
    assert list(hearsay_rashii(doc))


def _guess_items(engine, text):
    return {f.item for f in engine.check(text, "x", today=EXAMPLE_TODAY).findings}


@pytest.mark.parametrize("text", [
    "市役所職員です。公民館の大掃除、思った以上に時間がかかりました",
    "職員ですが、正直、お年寄りには新しい申請システムは無理だと思う",
    "市役所勤めです。駅前のケーキ屋、消費期限切れの卵を使ってるって噂",
])
def test_what_is_not_a_staff_guess_about_the_city(engine, text):
    assert "6.2" not in _guess_items(engine, text)


@pytest.mark.parametrize("text", [
    "下水道の料金、来年度から上がるんじゃないかな。役所にいるとなんとなく分かる",
    "役場の先輩いわく、市民プールは来夏から休館になるかも",
    "同じ課の人から聞いたけど、支所の窓口は来年度なくなるっぽい",
])
def test_a_guess_by_someone_working_at_the_office_is_found(engine, text):
    assert "6.2" in _guess_items(engine, text)


def test_a_colleague_as_source_is_unverified_hearsay(engine):
    assert "5.6.4" in _guess_items(engine, "隣の課の人から聞いた話、来年度から図書館が月曜も休館になるとか")


# --- cheap checks that lose nothing -----------------------------------------

def _needs_hold(engine, name, texts):
    """Every text the validator finds something in holds a required literal of
    each of its `needs` (else the engine would skip it there and lose the
    finding).  Returns how many texts had findings."""
    from yamaga_desk.prefilter import literals_of
    from yamaga_desk.validators import VALIDATOR_NEEDS, VALIDATORS

    found = 0
    for text in texts:
        doc = engine.document(text, "x", EXAMPLE_TODAY)
        if list(VALIDATORS[name](doc)):
            found += 1
            for need in VALIDATOR_NEEDS[name]:
                assert any(lit in doc.text for lit in literals_of(need)), (name, text)
    return found


def _examples(engine, name):
    return [t for cr in engine.matcher.rules if cr.rule.validator == name
            for t in cr.rule.examples_match + cr.rule.examples_no_match]


@pytest.mark.parametrize("name,more", [
    ("hearsay_rashii", ["閉店するらしかった", "閉店するらしく、残念", "閉店するらしかよ", "閉店するらしき噂"]),
    ("hearsay_sou", ["中止になるそうです", "雨が降るそうだ"]),
    ("hearsay_reported", ["危ないって、近所の人が言いよった", "休校になると聞きました"]),
])
def test_a_validators_needs_hold_wherever_it_finds_something(engine, name, more):
    assert _needs_hold(engine, name, _examples(engine, name) + more) > 0


def _whole_and_per_paragraph(engine, name, paragraphs_text):
    from yamaga_desk.text.normalize import paragraphs
    from yamaga_desk.validators import VALIDATORS

    text = paragraphs_text
    whole = engine.document(text, "x", EXAMPLE_TODAY)
    per, offset = [], 0
    for _, piece in paragraphs(text):
        doc = engine.document(piece, "x", EXAMPLE_TODAY)
        per += [(s + offset, e + offset) for s, e in VALIDATORS[name](doc)]
        offset += len(doc.text)
    return sorted(VALIDATORS[name](whole)), sorted(per)


@pytest.mark.parametrize("name", ["hearsay_rashii", "hearsay_sou", "hearsay_final", "hearsay_reported"])
@pytest.mark.parametrize("separator", ["\n\n", "\n \n", "\n\n\n"])
def test_paragraph_scope_validators_find_the_same_in_a_paragraph_as_in_the_draft(engine, name, separator):
    """scope="paragraph" is honest only if no finding looks across a blank line."""
    examples = [t for t in _examples(engine, name) if "\n\n" not in t]
    whole, per = _whole_and_per_paragraph(engine, name, separator.join(examples))
    assert whole == per
    assert whole  # the examples do find something


def test_staff_named_in_one_paragraph_makes_a_guess_in_another_the_citys_word(engine):
    """職員です in the first paragraph still counts after the draft is edited
    further down (a fact of every paragraph, not a look at the edited one)."""
    rule = ["insider-guess-about-administration"]
    guess = "たぶん来年から商品券はなくなると思う"
    assert not engine.check(guess, only=rule).findings
    draft = "市役所勤めです。\n\n今日はいい天気でした。\n\n" + guess
    assert any("商品券" in f.excerpt for f in engine.check(draft).findings
               if f.rule == rule[0])
    edited = draft.replace("いい天気", "すごくいい天気")
    assert any("商品券" in f.excerpt for f in engine.check(edited).findings if f.rule == rule[0])


def _guess_excerpts(engine, text):
    return [f.excerpt for f in engine.check(text, today=EXAMPLE_TODAY).findings
            if f.rule == "insider-guess-about-administration"]


@pytest.mark.parametrize("paragraphs,expected", [
    # the topic named in the paragraph before the guess (a line without 。
    # takes the blank line into its sentence, so the guess follows it)
    (["職員です。", "国道の拡幅工事は年内には終わらないよ", "来年の夏までかかると思う"], ["来年の夏までかかると思う"]),
    # the guess first, the insider grounds in the next paragraph
    (["資源ごみの回収、来月から月1回に減るっぽいね", "環境課の雰囲気的に"],
     ["来月から月1回に減るっぽい", "環境課の雰囲気的に"]),
    # a colleague's word before the guess, an admission after it, each in its own paragraph
    (["職員なので言っときます", "企画課の先輩から聞いたけど", "新しい体育館は鹿央にできるはず", "確証はないけど"],
     ["企画課の先輩から聞いたけど", "鹿央にできるはず", "確証はない"]),
])
def test_a_guess_and_its_topic_or_grounds_in_neighbouring_paragraphs_are_found(engine, paragraphs, expected):
    """What stands in the sentence just before or after a guess counts across
    a blank line, and still counts when the draft is edited elsewhere (the
    paragraphs next door are then not re-checked)."""
    draft = "\n\n".join(paragraphs)
    for text in (draft, "今日は公民館で体操をしました。\n\n" + draft, "今日は公民館で体操をしました！\n\n" + draft):
        found = _guess_excerpts(engine, text)
        assert all(_covers(found, part) for part in expected), (text, found)


def test_a_paragraph_about_something_else_takes_no_topic_from_its_neighbour(engine):
    # 。 closes the topic's sentence: the blank line after it is a sentence
    # of its own, so the guess in the next paragraph has no topic next to it.
    assert _guess_excerpts(engine, "職員です。\n\n国道の拡幅工事は年内には終わらない。\n\nたぶん雨になると思う") == []


def test_a_guess_ending_a_long_draft_keeps_its_polite_ending(engine):
    """The auxiliaries after a guess (と思い|ます) are found sentence by
    sentence, also at the end of a long draft."""
    filler = "今日は公民館で体操をしました。\n" * 300
    text = filler + "職員だけど、ごみ袋は来年度から値上げになると思います"
    assert any(s.endswith("と思います") for s in spans(engine, administration_guess, text))


# --- round 7: Kumamoto hearsay and conjecture --------------------------------

@pytest.mark.parametrize("text,expected", [
    ("菊池川の近くで空き巣が続いたとって。", "続いたとって"),
    ("鹿北でイノシシの出るとってよ", "出るとって"),
    ("国道で事故のあったげな", "事故のあったげな"),
    ("堤防が危なかごたる", "堤防が危なかごたる"),
])
def test_kumamoto_hearsay_closing_a_clause_is_found(engine, text, expected):
    assert any(expected in s for s in spans(engine, hearsay_final, text))


@pytest.mark.parametrize("text", [
    "事故現場の写真とって",  # とる = take, after a noun
    "避難所で待っとって",  # 待っとる = waiting
    "嬉しげな顔",  # adjective stem + げ before a noun
    "だご汁が食べたかごたる",  # a wish, not a seeming
])
def test_kumamoto_look_alikes_are_not_hearsay(engine, text):
    assert spans(engine, hearsay_final, text) == []


def test_rashika_after_a_noun_is_hearsay(engine):
    """Sudachi reads 外国人らしかけん as the suffix らし + the verb かけん."""
    assert spans(engine, hearsay_rashii, "犯人は外国人らしかけん") == ["外国人らしか"]
    assert spans(engine, hearsay_rashii, "今日は春らしか陽気") == []


@pytest.mark.parametrize("text, span", [
    # Sudachi splits these three ways: 悪 (noun) + から + しか (the predicate
    # reaches back as for 悪いらしい),
    ("浄水場の水、塩素の多すぎて体に悪からしか。", "多すぎて体に悪からしか"),
    # 悪 (adjective stem) + からし "mustard" + か,
    ("隣の大将、最近具合が悪からしか。", "悪からしか"),
    # 多から (classical 未然形) + しか "only"
    ("今年のまつりは雨でも人の多からしかけん、早めに行かんと", "多からしか"),
    ("駅前の新しか店、評判はよからしかです", "よからしか"),
])
def test_rashika_after_a_kumamoto_adjective_is_hearsay(engine, text, span):
    """Kumamoto 悪か / 多か / よか + らしか is "seems to be, I hear", as 悪いらしい is."""
    assert spans(engine, hearsay_rashii, text) == [span]


@pytest.mark.parametrize("text", [
    "この坂は昔から険しかった",  # an adjective's past in かった, no らし
    "ここは安からしかなかよ",  # しか before a negative: "only"
    "山鹿からしか来んけん",  # から + しか "only from Yamaga"
    "おでんにはからしか味噌か迷う",  # mustard or miso
])
def test_kumamoto_adjective_look_alikes_are_not_hearsay(engine, text):
    assert spans(engine, hearsay_rashii, text) == []


def test_higher_ups_overheard_are_an_unverified_source_and_insider_grounds(engine):
    text = "庁内で偉いさんたちが話しよったけど、来年度から図書館は月曜も休みになるっちゃろ"
    report = engine.check(text)
    assert any("話しよった" in f.excerpt for f in report.findings if f.item == "5.6.4")
    assert any("休みになるっちゃろ" in f.excerpt for f in report.findings if f.item == "6.2")


@pytest.mark.parametrize("text", [
    "職員やけど、窓口が混んで市民の皆さん困るやろうね",  # a guess at people's reaction
    "職員のみんなで、来年度もまつりのボランティアやろうね！",  # volitional やろう
])
def test_dialect_yaro_of_reaction_or_invitation_is_no_staff_guess(engine, text):
    assert not [f for f in engine.check(text).findings if f.item == "6.2"]


def test_a_staff_hunch_in_dialect_is_marked_with_the_guess(engine):
    text = "国保の保険料、来年度は下がると思う。役場の職員の勘やけどね"
    excerpts = [f.excerpt for f in engine.check(text).findings if f.item == "6.2"]
    assert any("職員の勘" in e for e in excerpts), excerpts


def test_kumamoto_hearsay_after_the_honorific_su(engine):
    assert spans(engine, hearsay_final, "隣の奥さん、ご主人と別居して実家に帰らすげな。") == ["ご主人と別居して実家に帰らすげな"]
    assert spans(engine, hearsay_final, "この新しか橋、マジすげな！") == []


def test_private_family_rumour_and_staff_hearsay_of_city_services(engine):
    assert "5.6.4" in _items(engine, "角の酒屋さん、借金ば抱えて離婚したげな。")
    assert "5.6.4" not in _items(engine, "窓口に来られた方、ご主人と離婚したんだって。手続きを案内した")
    text = "職員の私が聞いた範囲ですが、証明書の手数料は来年度から上がると伺っております。"
    assert "5.6.4" in _items(engine, text)
    assert "5.6.4" not in _items(engine, "市のホームページによると、証明書の手数料は来年度から上がると聞いております")


# -- round 12: an insider passing on a colleague's word about the city ---------------

def test_a_colleague_at_the_office_makes_the_writer_an_insider(engine):
    # 役場の同僚 says the writer works there: the hearsay about a service is 6.2 too.
    text = "役場の同僚から聞いた話やけど、来年から粗大ごみの回収が有料になるげな"
    assert _covers(spans(engine, administration_guess, text), "粗大ごみの回収が有料になるげな")
    assert "6.2" in _items(engine, text)
    # a colleague somewhere else says nothing of the writer's office
    assert "6.2" not in _items(engine, "取引先の同僚から聞いた話やけど、来年から粗大ごみの回収が有料になるげな")


@pytest.mark.parametrize("text,expected", [
    ("職員やけど、学童の定員は来年度から減るとって", "学童の定員は来年度から減るとって"),
    ("市役所勤めです。保育料、秋から上がるんだってよ", "秋から上がるんだって"),
])
def test_hearsay_about_a_change_passed_on_by_staff_is_a_guess(engine, text, expected):
    assert _covers(spans(engine, administration_guess, text), expected)


@pytest.mark.parametrize("text", [
    "職員だけど、今日の窓口は混んでた。明日は雨だって。",
    "市役所勤めです。娘が給食おいしかったって。",
])
def test_small_talk_passed_on_by_staff_is_no_guess(engine, text):
    assert spans(engine, administration_guess, text) == []


@pytest.mark.parametrize("text,expected", [
    # 伝聞の「そう」 passing on a change the city makes
    ("同じ課の同僚から聞きました。学童の受付は今年で終わるそうです", "学童の受付は今年で終わるそうです"),
    # Kumamoto 〜とげな (= のだそうだ)
    ("市役所の先輩が言いよったけど、来年から敬老会の記念品はなくなるとげな", "なくなるとげな"),
])
def test_staff_passing_on_word_of_a_change_in_other_wordings(engine, text, expected):
    assert _covers(spans(engine, administration_guess, text), expected)


def test_news_of_a_visit_passed_on_by_staff_is_no_guess(engine):
    assert spans(engine, administration_guess, "職員です。市長が来るそうです、楽しみ！") == []


@pytest.mark.parametrize("text,expected", [
    # knowing what is talked over inside the office makes the writer an insider
    ("まだ内部で協議中ですが、鹿央の保育園2園、たぶん再来年に統合されると思います", "たぶん再来年に統合されると思います"),
    ("公表前の話やけど、敬老祝い金はたぶん来年でなくなるとやろ", "たぶん来年でなくなるとやろ"),
])
def test_writer_who_knows_inside_deliberations_guessing_is_found(engine, text, expected):
    assert _covers(spans(engine, administration_guess, text), expected)


def test_the_same_guess_from_a_resident_is_not_flagged(engine):
    # no word of being inside and no city business named as the city's own
    assert spans(engine, administration_guess, "鹿央の保育園2園、たぶん再来年に統合されると思います") == []


# Round 17 families, checked as a user sees them (items flagged).
def _items(engine, text):
    return {f.item for f in engine.check(text).findings if f.severity in ("error", "warning")}


@pytest.mark.parametrize("text, item", [
    # a bank giving way, heard from a neighbour (熊本弁 言いよる)
    ("岩野川の堤防が切れたって、今となりの人が言いよる！", "5.6.4"),
    # a teller nobody can name, on a health claim
    ("酢を飲めば血圧が下がるって。誰かがテレビで言っていたのを聞いたとか", "5.6.4"),
    # a colleague's word on a city service: hearsay (5.6.4) and an insider's (6.2)
    ("ごみの収集、来月から週1回に減るって同僚が言いよった", "6.2"),
    # a staff member guessing about a procedure
    ("職員やけん分かるけど、婚姻届ってたぶん郵送でも出せるはず", "6.2"),
    # talk among staff of a plan, and a budget line with its subject between
    ("職員の間で出とる噂やけど、再来年に公民館を3つ統合する方向らしいよ", "6.1"),
    ("来年度予算案に、旧庁舎の解体費が入る予定。まだ地元には説明しとらんけど", "6.1"),
])
def test_round17_families_are_flagged(engine, text, item):
    assert item in _items(engine, text)


@pytest.mark.parametrize("text, item", [
    ("土手の菜の花がきれいだって母が言ってた", "5.6.4"),
    ("お母さんが入院中の間も、毎朝ひとりで練習していたそうです", "5.6.4"),
    ("誰かが言っていた「継続は力なり」を思い出して、散歩を続けています", "5.6.4"),
    ("ごみの収集が来月から変わるって隣の人が言ってた", "6.2"),
    ("駅の方向に歩くと、右手に公民館が見えます", "6.1"),
])
def test_round17_look_alikes_stay_clean(engine, text, item):
    assert item not in _items(engine, text)


# Set O, round 18: an official's humble 小職, memory given as the source, and
# an admission in keigo that nothing was checked.
@pytest.mark.parametrize("text,expected", [
    ("小職の記憶では、粗大ごみの受付は土曜日もやっていたはずですが、確認はしておりません", "確認はしておりません"),
    ("職員ですが、保育料の減免は所得制限がなかったと記憶しております", "記憶して"),
    ("当職の理解では、支所の窓口は来年度から午前だけになります。裏は取っておりません", "裏は取っておりません"),
    ("役場勤めやけど、住民票の郵送請求は無料やったと思う。確認しとらんけど", "確認しとらん"),
])
def test_staff_stating_city_details_from_memory_is_found(engine, text, expected):
    assert any(expected in s for s in spans(engine, administration_guess, text))


@pytest.mark.parametrize("text", [
    # memory of private life, not of the city's business
    "職員ですが、子どもの頃の夏祭りは、もっと屋台が多かったと記憶しております",
    # what one could enjoy once a plan is done is a hope, not a guess at the city
    "職員です。計画は前から公表されとって、完成したら川を眺めながら散歩できるかもしれません",
])
def test_memories_and_hopes_are_no_guess_about_the_city(engine, text):
    assert spans(engine, administration_guess, text) == []


# Round 18 (set O): a folk remedy told as certain, a teller nobody can name
# (no particle: テレビで誰か言いよった), and an event's programme passed on
# with an invitation to come.
@pytest.mark.parametrize("text", [
    "大根おろしを首に巻いて寝とくと、インフルにかからんとよ",
    "毎朝しょうが湯を飲めば、風邪は一発で治ります",
    "らっきょうを毎日食べときゃ、がんにならんって。ラジオで誰か言いよった",
])
def test_folk_remedies_told_as_certain_are_unverified(engine, text):
    assert "5.6.4" in _items(engine, text)


@pytest.mark.parametrize("text", [
    "手洗いとうがいをすれば、インフルエンザの予防になります（保健所）",
    "今年は家族みんなインフルにかからんかった！",
    "寒かけん、風邪ひかんごと暖かくして寝なっせ",
    "防災訓練では炊き出しの体験もあるそうなので、ぜひご家族でご参加ください",
])
def test_advice_reports_and_invitations_are_not_unverified(engine, text):
    assert "5.6.4" not in _items(engine, text)


def test_memory_in_kumamoto_keigo_is_found(engine):
    # と記憶しとります: the dialect's humble form of と記憶しております
    text = "役場勤めですけど、住民票の手数料は300円だったと記憶しとります"
    assert any("記憶しと" in s for s in spans(engine, administration_guess, text))


@pytest.mark.parametrize("text", [
    "借金は男の勲章ってことで来週も行く！",
    "今日は雨ってことで、散歩は中止にします",
    "まあ、飲み会は経費ってことにしとこ",
])
def test_tte_koto_de_settling_a_matter_is_not_hearsay(engine, text):
    # 〜ってことで / 〜ってことに: the writer deciding (= ということで), which
    # once made a gambling boast read as a family rumour.
    assert spans(engine, hearsay_final, text) == []


def test_tte_koto_closing_a_clause_stays_hearsay(engine):
    assert spans(engine, hearsay_final, "駅前のスーパーが閉店するってこと。") == ["閉店するって"]


# -- round 20: what was guessed or heard must be the city's business ----------

@pytest.mark.parametrize("text", [
    "職場の先輩が市民会館の演奏会に出ると聞いて、家族で行きました",   # a person's doing, heard
    "同僚が灯籠まつりで踊ると聞いて、見に行ってきた",
    "職員です。昼休みに市民プールで泳ぐのが日課になりそうです",     # the writer's own days
    "宿直明けに道の駅で朝ごはんを食べるのが楽しみになりそうです",
    "市の公式って書いとけばみんな信じるやろ",                         # how people will take it
    "市のマークを貼っとけば誰も疑わんやろ",
    "市のロゴ入れたら公認っぽく見えるやろ",
])
def test_a_guess_or_hearsay_about_something_other_than_the_city_is_not_6_2(engine, text):
    assert spans(engine, administration_guess, text) == []


def test_the_city_s_own_event_or_counter_guessed_without_a_word_of_being_staff(engine):
    # 市の〜 and the counters the office opens name the city's business; a
    # second guess going on from the first is marked too.
    assert spans(engine, administration_guess, "市の商品券、きっと今年も出るよ。去年と同じなら3割増しのはず") == [
        "きっと", "去年と同じなら3割増しのはず"]
    assert spans(engine, administration_guess, "たぶん今度の日曜も休日窓口は開けると思う") != []
    # without the city's business, a guess about 商品券 is a resident's
    assert spans(engine, administration_guess, "商品券、きっと今年も出るよ。去年と同じなら3割増しのはず") == []


def test_hearsay_vouched_for_as_from_the_same_building_is_marked(engine):
    text = "福祉課の人いわく、紙おむつの助成は秋で終わるらしい。同じ庁舎なので、たぶん確かです"
    found = spans(engine, administration_guess, text)
    assert any("終わるらしい" in s for s in found)
    assert any("同じ庁舎なので" in s for s in found)
    # the same office as a plain fact of one's day is no grounds
    assert spans(engine, administration_guess, "同じ職場だから、帰りはよく一緒になります") == []


# -- round 22: って as a topic marker, ってこと as a restatement, first-hand ---

@pytest.mark.parametrize("text", [
    "市の窓口の手続きって、いつも書類ばっかり多くて正直疲れる",   # a topic, not a quote
    "災害の時の避難所って、どこの公民館が開くんですかね",
    "じゃあ救急車は呼ぶなってことですね？",                      # a reply restating
    "要するに、事故の時は自分で何とかせえってことやろ？",
])
def test_topic_tte_and_restating_tte_koto_are_not_hearsay(engine, text):
    assert spans(engine, hearsay_final, text) == []


@pytest.mark.parametrize("text, marker", [
    ("明日から断水って、みんな水ためといて", "断水って"),   # a noun with its own arguments: reported
    ("明日は休校って、先生が言ってた", "休校って"),
    ("市民病院が閉鎖されるってことです", "閉鎖されるって"),
])
def test_quotative_tte_before_a_comma_or_koto_stays_hearsay(engine, text, marker):
    assert any(marker in s for s in spans(engine, hearsay_final, text))


def test_a_household_s_trouble_told_by_the_household_is_not_a_rumour(engine):
    first_hand = "八百屋の奥様とお茶したら、ご主人と別居中でお店も畳むって"
    second_hand = "ママ友とお茶したら、八百屋さん、ご主人と別居中でお店も畳むって"
    assert engine.check(first_hand, "x", only=["unverified-private-family-rumour"]).findings == ()
    assert engine.check(second_hand, "x", only=["unverified-private-family-rumour"]).findings != ()


# Round 28 (unseen sets BA..BD): hearsay Sudachi splits oddly.
@pytest.mark.parametrize("text,expected", [
    # らしい before an emoji and the next sentence: the normalizer folds the
    # emoji and space away and Sudachi reads らしい as the suffix of 春らしい.
    ("来年度から無料の日が無くなるらしい😢 たぶんもう決まり", "無くなるらしい"),
    ("支所が閉まるらしい🥲 まだ内緒ね", "閉まるらしい"),
    # Kumamoto 〜たらしか (= たらしい), which Sudachi reads as たら + しか
    ("近所の人が見たらしかです。", "見たらしか"),
    ("川で子どもが溺れたらしかよ", "溺れたらしか"),
])
def test_rashii_split_oddly_is_still_hearsay(engine, text, expected):
    assert any(expected in found for found in spans(engine, hearsay_rashii, text))


@pytest.mark.parametrize("text", [
    "可愛らしい花が咲きました",
    "行ったらしか分からん",
    "食べてみたらしかわからんよ",
])
def test_rashii_look_alikes_after_the_odd_splits_stay_clean(engine, text):
    assert spans(engine, hearsay_rashii, text) == []


def test_kumamoto_totte_after_a_verb_is_hearsay_with_its_predicate(engine):
    # Sudachi reads 閉まるとって as 閉まる + と + って (not the verb とる).
    assert spans(engine, hearsay_final, "菊鹿の支所は再来年で閉まるとって。") == ["閉まるとって"]


@pytest.mark.parametrize("text", [
    "「灯籠まつりは税金の無駄」って言ってる人、数字を見てから言ってね",
    "堤防が危ないって言いよる人もおるけど、気象庁の情報ば見てね",
])
def test_the_people_who_say_it_are_addressed_not_quoted(engine, text):
    assert spans(engine, hearsay_reported, text) == []


def test_the_teller_named_after_the_quote_is_still_reported(engine):
    assert spans(engine, hearsay_reported, "来週から断水するって近所の人が言ってた") != []


# 〇〇さんらしい before the noun phrase it describes (a comma may stand
# between) says what is typical of that person; with a topic before it the
# name is what was heard.
@pytest.mark.parametrize("text", [
    "店主の田島さんらしい、丁寧な手書きの値札が並んでいます",
    "いかにも先生らしい、やさしい字の案内板です",
    "職人の森さんらしい仕上がりの竹かごです",
])
def test_rashii_typical_of_a_named_person_is_not_hearsay(engine, text):
    assert spans(engine, hearsay_rashii, text) == []


@pytest.mark.parametrize("text", [
    "次の自治会長は田島さんらしい、と聞きました",
    "担当は森さんらしいです",
])
def test_rashii_after_a_topic_naming_a_person_is_still_hearsay(engine, text):
    assert spans(engine, hearsay_rashii, text) != []


def test_rashii_of_an_epithet_before_a_noun_phrase_is_typical_of_not_hearsay(engine):
    # 湯の町らしい、あたたかな…: "typical of a spa town", even after a clause
    # closed with です and an emoji
    assert spans(engine, hearsay_rashii, "紅葉が見頃です🍁 湯の町らしい、あたたかなおもてなしを。") == []
    # a clause with its own subject after it is the event heard of
    assert spans(engine, hearsay_rashii, "駅前の空き家らしい、怪しい男が出入りしとる") != []
    # a verbal noun before らしい is the news itself
    assert spans(engine, hearsay_rashii, "来月閉店らしい、駅前のパン屋") != []


def test_rumour_words_are_left_alone_in_a_draft_that_warns_against_rumours(engine):
    def found(text):
        doc = engine.document(text, "x", EXAMPLE_TODAY)
        return [doc.text[s:e] for s, e in rumour_noun(doc, _rumour_facts(doc, 0, len(doc.text)))]

    rumour = "大雨のたびに「ダムが壊れる」という噂が出ます。"
    assert found(rumour) == ["噂"]
    # the warning sits in another paragraph of the same draft
    assert found(rumour + "\n\n根拠のない話は、出どころを確かめてから。") == []
    assert found("予言の話、怖か。うわさ話が止まらん") == ["予言", "うわさ話"]


# -- round 33 --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "孫は新しい絵本が気に入ったらしく、毎晩「読んで」とせがみます",
    "娘は泥遊びが楽しかったらしい。服が真っ黒でした",
])
def test_a_feeling_read_off_someone_watched_is_not_hearsay(engine, text):
    assert spans(engine, hearsay_rashii, text) == []


def test_news_with_rashii_beside_a_feeling_word_stays_hearsay(engine):
    assert spans(engine, hearsay_rashii, "楽しみにしとった夏祭り、今年は中止らしい") == ["中止らしい"]


def test_quotative_tte_before_an_emoji_closes_the_clause(engine):
    assert spans(engine, hearsay_final, "黒酢で糖尿まで治るって👍 みんなも試して") == ["治るって"]


def test_sou_after_an_expert_who_told_the_writer_passes_on_a_sourced_account(engine):
    told = "学芸員の方が展示の由来を説明してくださいました。昔の大水で一度流されたそうです"
    assert spans(engine, hearsay_sou, told) == []
    friend = "ママ友が教えてくれました。昔の大水で一度流されたそうです"
    assert spans(engine, hearsay_sou, friend) == ["一度流されたそうです"]


def test_a_rumour_the_notice_denies_is_not_spread(engine):
    denied = "「市民プールが今年で廃止される」という噂を耳にしますが、そのような事実はございません"
    assert "5.6.4" not in _items(engine, denied)
    assert "5.6.4" in _items(engine, "「市民プールが今年で廃止される」という噂を耳にしました")


# -- round 36 --------------------------------------------------------------------------

@pytest.mark.parametrize("denial", ["そのような決定はありません", "そういった計画は一切ございません",
                                    "その予定は今のところありません"])
def test_a_rumour_denied_as_undecided_is_not_spread(engine, denial):
    rumour = "「バスの路線が来年なくなる」という噂が広がっていますが、"
    assert "5.6.4" not in _items(engine, rumour + denial + "。")
    # the rumour named without a denial is still passed on
    assert "5.6.4" in _items(engine, rumour + "本当でしょうか。")


def test_the_two_hearsay_items_share_one_denial_vocabulary():
    from yamaga_desk.validators.hearsay_rumour_words import _WARNS_OFF_RUMOURS
    from yamaga_desk.validators.insider_guess_exclusions import _DENIAL
    for denial in ("そのような決定はありません", "そのような事実は確認されていません", "そういった方針はございません"):
        assert _WARNS_OFF_RUMOURS.search(denial) and _DENIAL.search(denial), denial
    # 5.6.4 reads the whole draft: a bare 予定はありません points at no rumour
    assert not _WARNS_OFF_RUMOURS.search("今週末の予定はありません")



# -- round 38: the account of a teller who knows (学芸員の方の説明では) ---------------

@pytest.mark.parametrize("text", [
    "郷土資料館の企画展に行った。館長さんの説明では、昔は火の見やぐらで避難を知らせたそうだ",
    "ガイドさんのお話によると、この石橋は大水でも一度も流されなかったそうです",
])
def test_a_knowing_tellers_account_named_as_the_source_is_no_rumour(engine, text):
    assert spans(engine, hearsay_sou, text) == []


def test_a_friends_account_is_still_hearsay(engine):
    assert spans(engine, hearsay_sou, "同期の話では、来月から断水が続くそうです") == ["続くそうです"]


@pytest.mark.parametrize("text", [
    # the concessive doubling X らしいっちゃ X らしい / X らしいといえば X らしい
    "泥だらけで帰ってきた息子、男の子らしいっちゃ男の子らしいけど",
    "のんびりしとるのも、鹿本らしいといえば鹿本らしいね",
])
def test_rashii_doubled_in_concession_is_typical_of_not_hearsay(engine, text):
    assert spans(engine, hearsay_rashii, text) == []


def test_rashii_doubled_with_other_nouns_stays_hearsay(engine):
    # a doubling without らしい does not shield the hearsay after it
    assert spans(engine, hearsay_rashii, "鹿本っちゃ鹿本やけど、来月で支所が閉まるらしい") == ["閉まるらしい"]


# -- rumour_noun: the proverb's words are no rumour ------------------------------
from yamaga_desk.validators.hearsay_rumour_words import _rumour_facts, rumour_noun  # noqa: E402


def rumour_words(engine, text):
    doc = engine.document(text, "blog", EXAMPLE_TODAY)
    return [doc.text[s:e] for s, e in rumour_noun(doc, _rumour_facts(doc, 0, len(doc.text)))]


@pytest.mark.parametrize("text", [
    "帽子をなくした話と人の噂\n\nまた帽子を忘れました。まあ、人の噂も七十五日と申しますから",
    "噂をすれば影、ちょうど本人から電話がかかってきました",
])
def test_a_proverb_about_talk_and_its_title_are_no_rumour(engine, text):
    assert rumour_words(engine, text) == []


def test_a_rumour_beside_the_proverb_stays(engine):
    text = "人の噂も七十五日とは言うけど、あのスーパーが潰れるって噂はまだ消えんね"
    assert rumour_words(engine, text) == ["噂"]
    # without the proverb in the draft, people's talk is a rumour
    assert rumour_words(engine, "人の噂では、来年から支所がなくなるらしい") == ["噂"]


# -- administration_guess: the writer's own matter in a staff writer's blog ------
@pytest.mark.parametrize("text", [
    "市役所勤めです。道の駅のソフトクリームの濃厚さに驚きました",  # taste, not "likely"
    "市役所勤めです。週末は道の駅に行って、次は家族で新しい公園に行ってみようという話になりました",  # a plan made
    "市職員です。八千代座は見学コースもあるので、今度行ってみたいです",  # てみたい: a wish
    "支所勤務です。来年度も、窓口に来た方に「来てよかった」と思ってもらえる対応を心がけます",
    "市の職員です。防災講座に来られた皆さんに、備えの大切さを感じてもらえたのではないかと思います",
    "支所に勤めて三十年。窓口で世間話をするのは効率は悪いかもしれませんが、それが地域のつながりです",
    "市役所で働いてます。支所の窓口の温かさは今も昔も変わらないと思います",
])
def test_a_staff_writers_own_matter_is_no_guess_about_administration(engine, text):
    assert spans(engine, administration_guess, text) == []


@pytest.mark.parametrize("text,marked", [
    ("職員やけど、あのバス路線は来年で廃止が濃厚です", "濃厚"),
    ("職員ですが、鹿北の支所は統合されるという話です", "という話"),
    ("市の職員やけど、来年からごみ袋が有料になるみたいです", "みたいです"),
    ("市役所勤めですが、補助金は減るかもしれませんが、申請はできます", "かもしれ"),
    ("市役所勤めやけど、来年度から窓口の受付時間は変わらんと思う", "と思う"),
])
def test_the_same_markers_still_guess_at_the_city_s_business(engine, text, marked):
    assert any(marked in s for s in spans(engine, administration_guess, text))


@pytest.mark.parametrize("text,expected", [
    # Sudachi cuts the Kumamoto adjective before って as よかっ|て: still the quotative
    ("梅干しば3個食べるとよかって昔の隊長が言いよった", "梅干しば3個食べるとよかって昔の隊長が言いよった"),
    ("堤防が危なかって近所の人が言いよった", "堤防が危なかって近所の人が言いよった"),
])
def test_a_kumamoto_adjective_before_the_quotative_is_reported_speech(engine, text, expected):
    assert spans(engine, hearsay_reported, text) == [expected]


def test_an_adjective_te_form_is_no_quotative(engine):
    # 良くて / 多くて join clauses; no one is quoted
    assert spans(engine, hearsay_reported, "駅前は人が多くて、近所の人が言いよった店にも入れんかった") == []


@pytest.mark.parametrize("text", [
    # Kumamoto せからしい (a nuisance) and むぞらしい (dear), cut by Sudachi through their stem
    "親が上げろ上げろってせからしかったばい。",
    "朝から工事の音のせからしい。",
    "孫の寝顔のむぞらしかー。",
    "もっともらしい言い訳ばかりで困る",
])
def test_kumamoto_adjectives_in_rashii_are_not_hearsay(engine, text):
    assert spans(engine, hearsay_rashii, text) == []


@pytest.mark.parametrize("text,expected", [
    ("鹿本の方で空き巣の入りよるらしかです。", "入りよるらしか"),
    ("明日は雨らしかですよ", "雨らしか"),
])
def test_kumamoto_polite_rashika_desu_is_hearsay(engine, text, expected):
    assert spans(engine, hearsay_rashii, text) == [expected]


def test_clause_final_gena_is_hearsay_whatever_the_news(engine):
    from yamaga_desk.validators.hearsay_clause_final import hearsay_gena
    assert spans(engine, hearsay_gena, "打ち切りになる。隣の係の人も言いよったげな。") == ["隣の係の人も言いよったげな"]
    assert spans(engine, hearsay_gena, "新しか課長は福岡から来らすげなよ") == ["新しか課長は福岡から来らすげな"]
    # the polite です after it
    assert spans(engine, hearsay_gena, "家賃の基準が来年から変わるげなですよ") == ["家賃の基準が来年から変わるげな"]
    # the げ of a wish on a face, an adjective's げ before a noun, slang すげな: no hearsay
    for text in ("何か言いたげな、さみしそうな顔やった", "子どもたちの嬉しげな顔", "この橋、マジすげな！",
                 "県の方は、どこか知りたげな😅"):
        assert spans(engine, hearsay_gena, text) == [], text


@pytest.mark.parametrize("text,expected", [
    # Kumamoto quotes with a bare て after the plain form, and marks the sayer with の
    ("ドクダミ茶で物忘れの治るて、釣り仲間の言いよった。", "ドクダミ茶で物忘れの治るて、釣り仲間の言いよった"),
    ("スギナ茶で糖尿病も治るて近所の人が言いよった", "スギナ茶で糖尿病も治るて近所の人が言いよった"),
])
def test_kumamoto_quotative_te_with_its_teller(engine, text, expected):
    assert spans(engine, hearsay_reported, text) == [expected]


@pytest.mark.parametrize("text,expected", [
    # Kumamoto bare て for って closing the clause, and ちゅう for という before the news noun
    ("菊池川の水位がやばかって。", "やばかって"),
    ("スーパー、来月で閉店するちゅう話たい", "閉店するちゅう"),
])
def test_kumamoto_quotative_closing_a_clause(engine, text, expected):
    assert spans(engine, hearsay_final, text) == [expected]


def test_kumamoto_te_after_a_te_stem_is_no_quotation(engine):
    # 帰ってきて / 選んどって: the te-form, a request
    assert spans(engine, hearsay_final, "雨の強かけん、早めに帰ってきて。") == []


# Round 48: a rumour answered in the next sentence by what was actually found is set right.
def test_a_rumour_answered_by_what_was_found_is_no_rumour(engine):
    text = "そういう噂が昔から地域にあることも、何度か耳にしてきました。でも、実際の調査で出てくるのは土器がほとんどです。"
    assert rumour_words(engine, text) == []
    # answered with nothing found, it stays
    assert rumour_words(engine, "そういう噂が昔からあるとです。でも、実際に行ってみる勇気はなか") == ["噂"]


# A person's "like you" before a noun: a topic in a clause already closed is not its.
def test_rashii_of_a_person_after_a_closed_clause_is_typical_of(engine):
    assert spans(engine, hearsay_rashii, "正解はありません、みなさんらしい答えを待ってます") == []
    # the topic in the name's own clause: who was heard of
    assert spans(engine, hearsay_rashii, "次の会長は坂梨さんらしい、と聞いた") != []
