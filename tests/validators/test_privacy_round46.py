"""Privacy (5.3), secrets (6.3.1), rights (6.3.2) and security (6.3.3) of
round 46 (a hospital clerk, the mayor's secretary, a vet in 山鹿弁, a ギャル語
childcare worker, a security officer, a public-housing manager): a council
member's wife on a list, a firm's head and his divorce, a flat told by block and
number, a resident looked up in the register, 晒しとく, readers asked who is in
the photo, a face left unblurred, a picture picked up and reposted.  And the
look-alikes that were flagged: 農家出身 read as 家出, grounds of discrimination
and a class of people, a threat on a condition, a lawyer called さん, 兄ちゃん
taken for a name, the office named in a notice, a rent relief scheme, the city's
housing and a trade taken for a firm, a quoted complaint, the weak passwords
everyone uses.  Each asserts the hand rule by rule id."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, rule", [
    # the family of an elected member, read off a list at work
    ("督促リストに県議の息子さんの名前があった。国保税を2年分滞納しとる", "privacy-person-details"),
    ("あの町議の奥さん、脳梗塞で入院しとるげな", "privacy-person-details"),
    # a firm's head named by surname, and his marriage
    ("取引先の松永社長、奥さんと別居中らしか", "privacy-person-details"),
    ("挨拶に来られた森田会長、廊下で離婚の話ばしよらした", "privacy-person-details"),
    # whoever holds a post in town, and their family; a parent of someone the writer knows
    ("自治会長の息子さん、高校中退してから家におるげな", "privacy-person-details"),
    ("同級生のお父さん、リストラされたって", "privacy-person-details"),
    # a flat told by its block and number, next to the family
    ("C棟204の山下さん、また夜中に大声で騒ぎよる", "privacy-person-details"),
    ("2号棟の305号室の田村さん、家賃ば3か月ためとる", "privacy-person-details"),
    # looked up in the register, or how often someone moved
    ("住民票で調べたら、坂口さんはまた住所ば変えとった", "privacy-person-details"),
    ("村上さん、ここ2年で3回も引っ越しとるらしか", "privacy-person-details"),
    # 晒しとく / 晒しとこ / 晒したる
    ("ゴミを置いていった車、ナンバー撮ったけん晒しとく", "privacy-expose-person"),
    ("割り込みしてきたおっさん、動画撮ったけん晒したる", "privacy-expose-person"),
    # readers asked who the person in the photo is
    ("店の前で騒いどったおっさん、写真撮っといた。見覚えある人おる？", "privacy-photo-not-asked"),
    # someone who sat by the writer, snapped
    ("バスで前の席だったおばあちゃん、帽子がかわいすぎて思わずパシャ📸", "privacy-photo-not-asked"),
    # the face left as it was shot
    ("足湯で会ったおじいちゃんたちの写真、顔ぼかしとらんけどよかよね", "privacy-photo-without-consent"),
    # someone met by chance, put on a story; a refusal to be shown overridden
    ("公園で会ったよその子、かわいすぎてストーリーにあげた", "privacy-photo-not-asked"),
    ("顔出しNGって言われとったけど、全員写った写真そのまま載せた", "privacy-photo-without-consent"),
    # under a doctor's care, told by the department, of an old flame met at work
    ("受付に来たの、元カレやった。今は心療内科に通いよるらしい", "privacy-person-details"),
    # someone's picture saved for one's own icon
    ("先輩がインスタにあげてた写真、勝手に保存してアイコンにした", "copyright-others-work"),
    # a picture picked up and reposted, the repost owned up to
    ("好きな作家さんの挿絵、画像拾ってきて貼っとくね", "copyright-repost"),
    ("この写真がよすぎたので載せます（無断転載すみません）", "copyright-repost"),
])
def test_disclosed(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule)


@pytest.mark.parametrize("text, rule", [
    # 農家出身 / 家出て: no one ran away from home
    ("市議選、農家出身の田中さんを応援しています。皆さん投票をお願いします", "privacy-person-details"),
    ("同僚の佐藤さん、毎朝6時に家出て犬の散歩しよるって", "privacy-person-details"),
    # grounds of discrimination named, a class of people
    ("国籍で人を判断するのはやめましょう。近所の人にも声をかけてみてください", "privacy-person-details"),
    ("病気を理由に入居を断ることはありません。近所の人にも安心してお伝えください", "privacy-person-details"),
    ("離婚した人を白い目で見る風潮は変えたい。近所の人とも話しました", "privacy-person-details"),
    # a post-holder's family at a public event; mothers met, a crowd
    ("自治会長の奥さんが、敬老会の司会をされました", "privacy-person-details"),
    ("知り合いのお母さんたちに声をかけて、おさがりを引き取ってもらいました。来月出産予定の後輩も喜んでくれた", "privacy-person-details"),
    # a flat where something happened, no one's home told
    ("B棟302号室で漏水がありました。下の階の方はご確認ください", "privacy-person-details"),
    # one's own pet or face shown by oneself
    ("うちの猫の変顔晒しとく笑", "privacy-expose-person"),
    ("私のすっぴん晒しときます", "privacy-expose-person"),
    # a threat on a condition: nobody exposed yet (5.5)
    ("これ以上嘘を書いたら、アカウントの持ち主ば晒してやる", "privacy-expose-person"),
    # the faces hidden before posting
    ("子どもたちの顔はぼかしてから投稿しています", "privacy-photo-without-consent"),
    # picked-up litter is no picture
    ("海岸のゴミ拾ってきました！写真は後で載せます", "copyright-repost"),
    # the head of a firm at a public event
    ("松永社長が開会のあいさつをされました", "privacy-person-details"),
])
def test_not_disclosed(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule) == []


def test_a_lawyer_on_the_phone_is_no_resident_with_a_record(engine, flagged):
    """弁護士さん takes さん as a name does; the call is with the lawyer, not
    about a resident's record (the firm's head's divorce is 5.3's)."""
    text = "相談に来たついでに、待合で弁護士さんと離婚調停の電話をしよらした社長さんがおった"
    assert flagged(engine, text, rule="secret-resident-health-benefits") == []


def test_kin_words_name_nobody_whose_arrears_are_told(engine, flagged):
    """兄ちゃん / 姉ちゃん take ちゃん like a name; arrears told of someone
    unnamed at the counter, no sum, are a grumble, not a record (6.3.1)."""
    assert flagged(engine, "滞納の言い訳ばっかりの中町の姉ちゃん、今日も窓口で泣きついてきた",
                   rule="secret-resident-work-record") == []
    assert flagged(engine, "窓口に来た田中さん、住民税を滞納しとった", rule="secret-resident-work-record")


def test_the_office_named_in_a_notice_is_not_how_the_writer_knew(engine, flagged):
    """A neighbour's debts told in a blog: the office's counter named only in the
    closing notice to readers does not make them a record learned at work."""
    text = ("近所の牛飼いの話\n\n近所の松田さんは、借金の返済が滞って牛を手放すことになりました。\n\n"
            "新規就農の支援について、詳しくは農林振興課の窓口でご確認ください。")
    assert flagged(engine, text, rule="secret-resident-health-benefits") == []
    at_work = "窓口で相談を受けた。近所の松田さんは、借金の返済が滞っとるらしい"
    assert flagged(engine, at_work, rule="secret-resident-health-benefits")


@pytest.mark.parametrize("text", [
    "毎回、市営住宅の対応が悪いと書き込む方へ。窓口に来てください",
    "市営住宅の鍵をなくされた場合は、ご自身で鍵業者を手配せず、まず住宅課へご連絡ください",
    "団地のエレベーター、点検業者が手抜きしたって噂ですよ。ほんとやろか",
    "「窓口の対応遅い」ってDMしてくる人、文句あるなら自分で書類書いてみて",
    "温泉街のどこかの旅館で食中毒が出たって聞いた。しばらく行かん方がいいかも",
])
def test_no_business_named(engine, flagged, text):
    assert flagged(engine, text, rule="rights-business-disparagement") == []


def test_a_named_firm_is_still_run_down(engine, flagged):
    assert flagged(engine, "駅前の山田設備、点検が雑で手抜きばっかり。頼まん方がよか", rule="rights-business-disparagement")


def test_a_relief_scheme_is_no_term_of_a_negotiation(engine, flagged):
    assert flagged(engine, "議会前やけど、使用料の免除要件ば課長と見直しよるところ",
                   rule="secret-negotiation-figures") == []
    assert flagged(engine, "誘致の条件として固定資産税3年免除を提示している", rule="secret-negotiation-figures")


def test_weak_passwords_listed_as_a_warning(engine, flagged):
    assert flagged(engine, "「123456」「password」「qwerty」は今年も流出パスワードのワースト上位", rule="security-credential") == []


@pytest.mark.parametrize("text, rule", [
    # the guard away over given hours, or coming round only at two
    ("守衛さんは21時で帰るけん、朝まで誰もおらんとよ", "security-unattended-staff"),
    ("夜の警備員さん、0時と4時しか回らんけん楽なもんよ", "security-patrol-times"),
    # when the cameras or the alarm will stop
    ("今夜22時以降、書庫の防犯カメラ止まるけん", "security-broken-safeguard"),
    # where the key will be kept from now on
    ("倉庫の鍵、明日から事務室のロッカーの上に置くことになった", "security-key-cash-location"),
    # the mayor's office left empty
    ("市長が出張やけん、午後は秘書室を空っぽにしてお茶しに行こう", "security-unattended-building"),
    # a login anyone can work out, a login that can be skipped
    ("新システムのログインは職員番号＋誕生日の8桁やけん覚えやすか", "security-weak-practice"),
    ("土日の住民情報システム、夜間は認証かからんらしい", "security-weak-practice"),
    # an account shortened to アカ, a value named after the sentence about it, a key box's number
    ("共通アカ soumu-03 / Yamaga#77 で入れるよ", "security-credential"),
    ("会計システムのパスワード、付箋に書いて貼っとる。Kaikei-2027 ってそのまんま", "security-credential"),
    ("管理棟の鍵ボックス、番号 3851 になったけん", "security-door-code"),
    # the key left in its lock
    ("資料室の鍵はいつもドアに差しっぱなしやけん、誰でも入れる", "security-left-unlocked"),
    # the staff network picked out after a comma; a system the office shares, by its coined name
    ("支所のWi-Fi、職員用は SISHO-NET1 でパスは kita#2026 やけん", "security-network-name"),
    ("課の共有システム「KaikeiBox」、パスワードも初期設定のまま", "security-host-name"),
])
def test_security_disclosed(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule)


@pytest.mark.parametrize("text, rule", [
    ("警備員さんは8時から17時まで常駐しています。ご安心ください", "security-unattended-staff"),
    ("今夜22時から点検のため、庁舎の防犯カメラが一時停止します。ご了承ください", "security-broken-safeguard"),
    ("パスワードに職員番号と生年月日を使うのはやめましょう", "security-weak-practice"),
    ("パスワード変えた。Windows11って軽いね", "security-credential"),
    ("鍵ボックスは管理棟の横です。番号は管理人にお尋ねください", "security-door-code"),
    ("資料室の鍵はドアに差しっぱなしにしないでください", "security-left-unlocked"),
])
def test_security_not_disclosed(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule) == []


@pytest.mark.parametrize("text, rule", [
    # the talks going on or settling at a sum, in 熊本弁 and with a rate; a price asked to change
    ("移転用地は地権者さんと坪単価3万8千円で話の進みよります", "secret-negotiation-figures"),
    ("ふるさと納税の委託先、手数料11%で話まとまりそう。まだ内緒ね", "secret-negotiation-figures"),
    ("委託先の業者が1食250円→290円に上げてって言ってきた", "secret-negotiation-figures"),
    # what a consultation, a ward or a dunning letter told of a resident named
    ("今日の面談、菊鹿の村田さん家、お母さんが産後うつで通院中", "secret-resident-health-benefits"),
    ("うちの病棟に今日入った鹿北の森キヨさん、認知症がだいぶ進んどる", "secret-resident-health-benefits"),
    ("係長、A棟の岩下さん、家賃4か月分滞納です。督促状も返事なし", "secret-resident-health-benefits"),
    # the register read: moved again and again; a ranking of arrears off the tax screen
    ("住基で見たら、坂口さんは2年で3回転居しとる", "secret-resident-work-record"),
    ("税務課の端末で見たら、市税の滞納額トップは市内の旅館。1位は約900万円", "secret-resident-work-record"),
])
def test_secrets_disclosed(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule)


@pytest.mark.parametrize("text, rule", [
    # the city's own benefit per resident, still being settled (6.1's)
    ("協議中の新しい子育て応援金、1人あたり5万円で話が進んでます", "secret-negotiation-figures"),
    # a family's story heard on an archive survey: their privacy (5.3), no record of the city's
    ("蔵の調査でお邪魔した旧家の長男さんは、東京で離婚して戻ってこらんそうだ", "secret-resident-health-benefits"),
])
def test_secrets_not_disclosed(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule) == []


@pytest.mark.parametrize("text, rule", [
    # a heading in slashes from a personal account; the city's view in brackets, then one's own say
    ("＼山鹿市公式より／ 明日の市民運動会は中止です。個人アカから先にお知らせ！", "rights-official-label-personal-account"),
    ("【山鹿市公式見解】として言わせてもらうと、その苦情は全部却下です", "rights-unauthorised-official"),
    # the city's label written into one's own profile
    ("個人垢やけど、プロフィールに「山鹿市観光課 公式」って書いとる", "rights-self-styled-official"),
    # the city's mascot made into a collage
    ("市のゆるキャラにサングラスかけたコラ作ったｗ", "rights-city-emblem-altered"),
    # a firm's staff called good-for-nothings to a man, pointed back at
    ("委託先の鹿北ビルメンテナンス、電話しても出ません。あそこの会社は給料泥棒の集まりですよ", "rights-business-disparagement"),
])
def test_rights_infringed(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule)


@pytest.mark.parametrize("text, rule", [
    ("＼山鹿市公式より／ 明日の市民運動会は予定どおり開催します", "rights-official-label-personal-account"),
    ("市のマスコットのコラボ商品を作りました", "rights-city-emblem-altered"),
    ("うちの課の新人、役立たずばっかりって言われて落ち込んどる", "rights-business-disparagement"),
])
def test_rights_not_infringed(engine, flagged, text, rule):
    assert flagged(engine, text, rule=rule) == []
