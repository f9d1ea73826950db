"""Round 49 (sets EY–FD): the families of 5.4, 5.6.3, 5.6.4 and 6.2 the hand
rules missed or flagged wrongly, each rule checked alone."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    # the meter reading's schedule, guessed by the crew
    "たぶんやけど、来年から検針は2か月に1回になるっちゃなかかな。人足らんけん",
    # the city's reservoir, a rumour then a guess, from the writer's own section
    "うちの課の先輩が言うには、配水池にカラスの死骸が入っとったらしか。たぶんまだ片付いとらん",
])
def test_guesses_about_the_water_service_found(engine, flagged, text):
    assert flagged(engine, text, rule="insider-guess-about-administration")


@pytest.mark.parametrize("text", [
    # a round of meter reading is the writer's day, not the city's plan
    "検針先の畑に、ばかでっかいカボチャがなっとった🎃 ハロウィン用かな？",
    "検針で温泉街をまわっていると、お店の軒先に灯籠が飾られはじめて、「ああ、もうすぐやな」と思います。",
])
def test_a_round_of_meter_reading_is_no_topic(engine, flagged, text):
    assert flagged(engine, text, rule="insider-guess-about-administration") == []


@pytest.mark.parametrize("text", [
    "課長が言いよったけど、来年は鳥獣係が農林振興課から切り離されて新しか課になるっちゃなかかなー。知らんけど",
    "ジビエ処理施設の補助金、うちの課長が「たぶん満額出る」て言いよったけん、4月オープンは確実ばい",
    "鹿北のわな設置業者、あそこは見積もり水増しするけん気をつけて。前の担当者が言いよった",
])
def test_a_colleague_named_as_the_teller_is_hearsay(engine, flagged, text):
    assert flagged(engine, text, rule="unverified-staff-teller")


@pytest.mark.parametrize("text", [
    "係長が言いよった、えっちなサイトの会員ページ、これやった",
    "課長が「よく頑張った」って言ってた！",
    "課長が、今年の灯籠まつりは最高だったって言ってた",
])
def test_a_colleague_quoted_without_news_is_no_hearsay(engine, flagged, text):
    assert flagged(engine, text, rule="unverified-staff-teller") == []


@pytest.mark.parametrize("text, rule", [
    # the tour guide explaining the theatre's own history
    ("八千代座の見学ツアー。ガイドさんいわく、昭和の終わりには建物の傷みがひどく、一時は取り壊しの話もあったのだとか。",
     "unverified-hearsay-final"),
    # a rule raised as an objection and brushed aside (the act is 5.6.3's)
    ("夜にライトで照らして撃つと一発ばい。夜間の発砲は禁止って？ 山奥なら関係なか", "unverified-hearsay-final"),
    # the writer visited and heard the people in person
    ("灯籠師さんの工房にお邪魔しました。今年の灯籠は約300基、そのうち150基が新作とのことで、追い込みの時期です。",
     "unverified-reported-speech"),
    # a parent's question quoted to be answered after checking
    ("Q「来年から 保育園の 給食費が かわるって うわさを きいたけど、ほんとうですか？」\n"
     "A 山鹿市の ホームページを かくにん しました。変更は 発表されていません。", "unverified-rumour-words"),
])
def test_first_hand_and_answered_talk_is_not_hearsay(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule) == []


@pytest.mark.parametrize("text, rule", [
    ("近所のおばさんいわく、来週また大きい地震が来るとか", "unverified-hearsay-final"),
    ("鹿北で発砲事件のあったげな。禁止区域やけん怖か", "unverified-hearsay-final"),
    ("近所の方とお話ししたら、川沿いの道で崖崩れがあったとのことでした", "unverified-reported-speech"),
    ("来年から給食費が上がるって噂を聞いたよ。ほんと困る", "unverified-rumour-words"),
])
def test_hearsay_look_alikes_stay_flagged(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule)


def test_a_total_told_with_a_bare_kei_is_checked_against_its_parts(engine, flagged):
    assert flagged(engine, "昨日の捕獲は計5頭。成獣3頭、ウリ坊3頭でした。", rule="accuracy-split-sum")
    assert flagged(engine, "昨日の捕獲は計6頭。成獣3頭、ウリ坊3頭でした。", rule="accuracy-split-sum") == []
    # 計 inside a word is no total
    assert flagged(engine, "会計5頭。成獣3頭、ウリ坊3頭でした。", rule="accuracy-split-sum") == []


def test_uchi_ni_is_we_not_a_part(engine, flagged):
    # 他の市には9円、うちには12円: the writer's city, not a part of the 9
    assert flagged(engine, "入場券の封入の単価、他の市には1通9円で出しとるけど、うちには12円やって。",
                   rule="accuracy-part-exceeds-whole") == []
    assert flagged(engine, "参加者は120人で、うち市外からの参加が150人でした", rule="accuracy-part-exceeds-whole")


@pytest.mark.parametrize("text", [
    # an animal pelted to drive it off: relished cruelty (5.6.6), no crime confessed
    "検針の邪魔するノラ猫、石投げて追い払うとが一番楽しか😂",
    # violence the writer watched someone else do, cheered on (5.6.6)
    "列に割り込んできた観光客、地元の若い衆が胸ぐらつかんで黙らせとった👊 ああいうのスカッとするね",
])
def test_violence_driven_off_or_watched_is_no_crime_of_the_writer(engine, flagged, text):
    assert flagged(engine, text, rule="illegal-violence") == []


@pytest.mark.parametrize("text", [
    # a person pelted stays an assault; the writer's own grab stays the writer's
    "絡んできた酔っ払い、胸ぐらつかんで追い返したった",
    # kicked, not pelted: cruelty done by hand
    "うるさい犬を蹴飛ばして追い払ってやった",
    "列に割り込んできた観光客、俺が胸ぐらつかんで黙らせてやった",
])
def test_violence_on_a_person_by_the_writer_stays_flagged(engine, flagged, text):
    assert flagged(engine, text, rule="illegal-violence")


def test_where_someone_is_is_no_candidate_preferred(engine, flagged):
    # 〜にしかおらん says where the guard stands, in an election-night draft
    assert flagged(engine, "今夜の開票所、搬入口は体育館裏。警備員さんは正面にしかおらんけんね",
                   rule="law-election-preference") == []
    assert flagged(engine, "次の市長選、中村さんしかおらん。同級生にも声かけよる", rule="law-election-preference")


@pytest.mark.parametrize("text", [
    "こっちの子のほうが全然かわいい→ nightchat-girls.example",
    "💋セクシー浴衣ギャラリー、18歳以上限定で公開中💋\n→ https://h-yukata.example/gallery",
])
def test_adult_chat_and_adults_only_gallery_links_found(engine, flagged, text):
    assert flagged(engine, text, "5.6.5")


@pytest.mark.parametrize("text", [
    "女子会の夜は駅前のカフェで→ girls-cafe.example",
    "浴衣の着付け教室、写真ギャラリーはこちら https://yukata-kitsuke.example/gallery",
    "夜のチャット相談窓口 https://night-chat.example",
])
def test_ordinary_night_or_gallery_links_pass(engine, flagged, text):
    assert flagged(engine, text, "5.6.5") == []


@pytest.mark.parametrize("text", [
    # spaced writing (来年 市が), whose blanks normalization folds into 来年市が
    "園の駐車場、来年 市が 拡張してくれる 話になっとるはず。たぶん 夏ごろ 工事かな？",
    # the city hall's rebuilding, rumoured by the bosses, then guessed settled
    "新庁舎の建て替え場所、鹿本町に決まるらしいって上の人たちが噂しとった。たぶん本決まりやね",
])
def test_guesses_at_the_city_s_works_found(engine, flagged, text):
    assert flagged(engine, text, rule="insider-guess-about-administration")


def test_the_city_hall_s_garden_is_no_business_of_the_city(engine, flagged):
    assert flagged(engine, "庁舎の前の桜が満開。たぶん今週末が見頃かな", rule="insider-guess-about-administration") == []


def test_hearsay_heard_in_kana(engine, flagged):
    assert flagged(engine, "となり町の保育園で ノロが でたって きいたよ。うちも きをつけんと", rule="unverified-said-so")


def test_a_kumamoto_guess_chanaka_kana_is_a_guess(engine, flagged):
    assert flagged(engine, "来年は鳥獣係が農林振興課から切り離されて新しか課になるっちゃなかかなー",
                   rule="insider-guess-about-administration")


def test_a_public_building_named_as_where_something_happened_is_no_topic(engine, flagged):
    text = "鹿本の投票所の近くで不審者が出たって話、LINEで回ってきた。詳しくはわからんけど怖いけん気をつけて！"
    assert flagged(engine, text, rule="insider-guess-about-administration") == []
    # the building's own business stays a topic
    assert flagged(engine, "職員やけど、鹿本の投票所は来年から公民館に移るっぽい",
                   rule="insider-guess-about-administration")


@pytest.mark.parametrize("text", [
    # relief expected in the writer's own work
    "市長の年賀状は毎年800枚近くあり、宛名の確認だけでも一苦労です。今年は若手職員が手伝ってくれるので、少しは楽になりそう。",
    # when a matter under deliberation will be announced: held back (6.1), no guess at the city
    "市長は3月議会で条例改正案を出す方向で調整中です。まだ議会側とも協議している段階なので、発表はもう少し先になると思います。",
])
def test_own_relief_and_a_later_announcement_are_no_guesses(engine, flagged, text):
    assert flagged(engine, text, rule="insider-guess-about-administration") == []


def test_a_guess_at_what_the_deliberation_decides_stays(engine, flagged):
    assert flagged(engine, "職員やけど、副市長の2人制は来年からになると思います",
                   rule="insider-guess-about-administration")


def test_a_quarrel_won_is_no_guess_at_the_city(engine, flagged):
    text = "市のインスタに「センスない」ってコメントしてきた人、論破しといた✌️ もう二度とコメントしてこんやろ"
    assert flagged(engine, text, rule="insider-guess-about-administration") == []
    assert flagged(engine, "職員やけど、市のごみ袋は来年も値下がりせんやろ", rule="insider-guess-about-administration")
