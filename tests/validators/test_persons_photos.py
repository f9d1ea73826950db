"""Photos and pictures of people (5.3): a child's photo posted behind the
guardians' back, a face shown in a photo told in 熊本弁 (写っとる), a person shot
on the sly, a stranger's face put online close up, a person's drawing put on
goods.  Not so: a paper photographed on the sly is no person's photo, one's
own family or a cat is no stranger, a price per piece (一枚1,200円) is no
shot, and a secret or a surprise is no photo behind someone's back.  More of
5.3 in test_persons.py and test_persons_identified.py."""

from __future__ import annotations

import pytest


# -- a child's photo behind the guardians' back ------------------------------------

@pytest.mark.parametrize("text", [
    "発表会で踊っとった隣のクラスの子、親御さんに内緒でインスタに上げちゃった",
    "公園で会った赤ちゃんがかわいすぎて、ママさんに言わんでストーリーにあげた",
    "試合で泣いとる子の写真、親御さんには黙っとるけど貼っとくね",
    "よその子の泣き顔が最高やけん保護者さんに内緒で載せちゃう",
])
def test_photo_posted_behind_the_guardians_back(engine, text, flagged):
    assert flagged(engine, text, "5.3")


@pytest.mark.parametrize("text", [
    "嫁さんに内緒で買った新しいカメラで撮った夕焼け📸",
    "サプライズなので、主役のご本人には内緒で準備を進めています。写真はあとで載せます",
])
def test_secrets_and_surprises_with_no_ones_photo_stay_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


# -- a face shown in 熊本弁; a paper or one's own family is no portrait ---------------

@pytest.mark.parametrize("text", [
    "花火見物の人の顔がバッチリ写っとるけど、そのまま載せとくね",
    "お客様のお顔がはっきり写っておりますが、そのまま掲載いたします",
])
def test_face_shown_and_posted(engine, text, flagged):
    assert any(rule == "privacy-photo-without-consent" for rule, _ in flagged(engine, text, "5.3", with_rule=True))


@pytest.mark.parametrize("text", [
    "仕入れ先の価格表をこっそり撮った📸 白菜1玉98円やった",
    "業者さんの見積書、内緒で撮影しといたけん見て",
    "こっそり会議の資料を撮ったばい",
    "うちの息子の顔がバッチリ写っとるけど載せとく",
])
def test_paper_or_own_family_is_no_portrait(engine, text, flagged):
    assert not [rule for rule, _ in flagged(engine, text, "5.3", with_rule=True) if rule.startswith("privacy-photo")]


# what is written on a board got into the shot, shrugged off (6.3.3 when it is a
# password): no person is in the picture; a person shrugged off still is
def test_writing_in_the_shot_is_no_portrait(engine, flagged):
    text = "新しい相談室📸 ホワイトボードのWi-Fi情報まで写っとるけど気にせんで😂"
    assert not [rule for rule, _ in flagged(engine, text, "5.3", with_rule=True) if rule.startswith("privacy-photo")]
    text = "新しい相談室📸 ホワイトボードの前の田中さんまで写っとるけど気にせんで😂"
    assert any(rule.startswith("privacy-photo") for rule, _ in flagged(engine, text, "5.3", with_rule=True))


def test_person_shot_on_the_sly_still_flagged(engine, flagged):
    text = "待合のおばちゃん、こっそり撮ったった📸"
    assert any(rule.startswith("privacy-photo") for rule, _ in flagged(engine, text, "5.3", with_rule=True))


# -- a price per piece, a drawing on goods, a stranger's face ----------------------

def test_a_price_per_piece_is_no_photo(engine, flagged):
    # 一枚 is a shot only when no price follows it
    assert flagged(engine, "ひかりくんの絵ば勝手に使うたステッカー、一枚300円で売っとります", "5.3", with_rule=True) == []
    assert flagged(engine, "隣の席の人の寝顔、本人に断らんで一枚撮った", "5.3", with_rule=True)


def test_a_persons_drawing_on_goods_is_still_flagged(engine, flagged):
    rules = {r for r, _ in flagged(engine, "友達のゆうかさんが描いたイラスト、勝手に使ってTシャツにして売ってます", "5.3", with_rule=True)}
    assert "copyright-others-work" in rules


@pytest.mark.parametrize("text, shown", [
    ("どこの誰か知らんけど、バス停におったおばあちゃんの顔ばアップで載せとく", True),
    ("名前は存じませんが、会場にいらした女性の横顔を掲載します", True),
    ("うちの孫の顔をアップで載せときます", False),
    ("見かけた猫の顔をアップで投稿します", False),
    ("知らない人の顔をアップで載せるのはやめましょう", False),
])
def test_strangers_face_posted(engine, text, shown, flagged):
    rules = {r for r, _ in flagged(engine, text, "5.3", with_rule=True)}
    assert ("privacy-stranger-face-posted" in rules or "privacy-photo-without-consent" in rules
            or "privacy-photo-not-asked" in rules) is shown, rules


# Round 26: the snap told one sentence before the posting behind the guardians'
# back is part of what to mend (思わずパシャリ。…内緒で載せちゃう).
@pytest.mark.parametrize("text, snap", [
    ("お遊戯会の女の子、笑顔が最高で思わずパシャリ。親御さんには内緒で載せとくね", "思わずパシャリ"),
    ("公園で会った兄弟がかわいくて、こっそり撮っちゃった📸 ママさんには言わんでインスタに上げます", "こっそり撮っ"),
])
def test_the_photo_taken_before_posting_it_unasked_is_underlined(engine, text, snap, flagged):
    assert any(snap in f for f in flagged(engine, text, "5.3"))


@pytest.mark.parametrize("text", [
    # the snapshot told after what made them funny, in the same sentence
    "駅のホームで寝てたおじさん、メガネずり落ちて半目で最高すぎた、思わず写真撮った",
    # the missing leave owned up to and the posting done anyway
    "無断やけど、商店街で見かけたど派手なおばちゃん載せとく",
    "勝手にですけど、ベンチでくつろいでたご夫婦の写真を投稿しちゃいます",
])
def test_a_stranger_shot_for_fun_or_posted_without_leave(engine, text, flagged):
    assert flagged(engine, text, "5.3")


def test_the_writers_own_child_caught_asleep_is_not_a_stranger(engine, flagged):
    assert flagged(engine, "昼寝してたうちの娘、よだれ垂らして可愛すぎたけん思わず写真撮った", "5.3") == []


def test_a_spoiler_warning_does_not_excuse_a_reposted_manga(engine, flagged):
    assert flagged(engine, "今週のジャンプの漫画、スクショして載せとくけん見て。ネタバレ注意", "5.3")
    assert flagged(engine, "ネタバレ注意！昨日の映画の感想を書きます", "5.3") == []


def test_a_face_known_to_be_recognisable_posted_anyway(engine, flagged):
    # 顔まるわかりやけど載せちゃう (round 31)
    assert flagged(engine, "公園で遊んどった子どもたち、顔まる見えやけど楽しそうやけん投稿しとく", "5.3")
    assert flagged(engine, "顔がまるわかりの写真は載せないでください", "5.3") == []


def test_a_recipe_shot_on_the_sly_shows_no_person(engine, flagged):
    # 配合表をこっそり撮った: a trade secret (6.3.1), not a portrait (round 31)
    assert flagged(engine, "仕入れ先の秘伝のタレの配合表、こっそり撮影しといた", "5.3") == []
    assert flagged(engine, "取引先のレシピ、黙って写真に撮ったばい", "5.3") == []


@pytest.mark.parametrize("text", [
    "パン屋のお姉さんの笑顔が素敵すぎて、断りもなくカシャッと一枚。リールに上げときます",
    "隣の席のおじさん、許可なくパシャリ📸 寝顔が最高",
    "本人に聞かんで撮ったけど、かわいかったけん載せとくね",
])
def test_a_shot_taken_without_asking_in_snap_words(engine, text, flagged):
    # 許可なくパシャリ: the shutter sound is the shot (round 32)
    assert flagged(engine, text, "5.3")


# -- round 33: the leave never asked, or asked only afterwards --------------------

@pytest.mark.parametrize("text", [
    # the person photographed never spoken to
    "商店街で見かけた浴衣の親子が絵になってたので、声をかけずに撮影しました📷",
    "駅前で踊ってた学生さんたち、お声掛けせずに撮った写真だけど載せますね",
    # the parent to be told after the photo is up
    "公園で遊んどった近所のそうまくん、泣き顔がかわいすぎてパシャ📸 お母さんには後で言うとく",
    "よそのお子さんの写真やけど、親御さんには事後報告で載せちゃいます",
])
def test_leave_not_asked_before_the_photo(engine, text, flagged):
    assert flagged(engine, text, "5.3")


@pytest.mark.parametrize("text", [
    # a notice that nobody will be shot unasked, or telling about a photo with no person
    "撮影の際は、必ずお声がけしてから撮らせていただきます",
    "写真の受け取り方は、皆さんに後でお知らせします",
])
def test_leave_asked_or_no_one_shown_stays_clean(engine, text, flagged):
    assert not flagged(engine, text, "5.3")


# -- round 34: a stranger who happened to be there, a face caught in one's own
#    photo, the person kept in the dark, a guidebook copied ------------------------

@pytest.mark.parametrize("text", [
    # someone who happened to be there, the camera emoji right after them
    "バス停で寝てたおばあちゃん📸 口ぽかーんで笑った",
    "湯けむり広場におった金髪のお姉さん、色っぽすぎて撮らずにおれんかった",
    # someone else's face got into the frame and goes up anyway
    "ライブの写真、前の列の男性の顔が思いっきり入っちゃったけど気にせず投稿",
    # the people shown kept in the dark
    "着物姿の観光客のご夫婦、こっそりじゃないけど遠くから撮った📷 本人たちには内緒で",
])
def test_strangers_photographed_and_posted(engine, text, flagged):
    assert flagged(engine, text, "5.3")


@pytest.mark.parametrize("text", [
    # taken by them or with them, not of them behind their back
    "足湯にいたおばちゃんに写真撮ってもらった、ありがたい",
    "会場にいた皆さんと一緒に記念撮影しました📸",
    # one's own child in the frame; a new face at work is no photo
    "うちの息子の顔ががっつり入っちゃったけど、このまま載せます",
    "職場に新しい人の顔が入ったけど、まだ名前を覚えられん",
])
def test_taken_with_them_or_own_family_stays_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


def test_a_guidebook_copied_out_and_its_pages_photographed(engine, flagged):
    assert flagged(engine, "観光ガイド本の紹介文が上手やったけん、そっくりそのまま書き写しとく", "5.3")
    assert flagged(engine, "情報誌の特集ページをスキャンしたやつ、ここに貼っとくね", "5.3")
    # used as a reference, or copied out to learn: no repost
    assert flagged(engine, "ガイドブックの地図を参考に、自分で散策ルートを考えました", "5.3") == []
    assert flagged(engine, "図鑑の説明を書き写して、夏休みの自由研究のノートにまとめた", "5.3") == []


def test_a_score_sheet_named_first_then_shot_on_the_sly_is_no_portrait(engine, flagged):
    # 評価表、会議のあとこっそり写真撮った: the paper is what was shot (6.3.1), round 40
    assert flagged(engine, "審査の得点表、休憩中にこっそり写真に撮っといた", "5.3") == []
    # a person shot on the sly still is
    assert flagged(engine, "隣の席のおばあちゃん、休憩中にこっそり写真に撮っといた", "5.3")
