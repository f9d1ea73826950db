"""Private persons exposed with personal details, photos without consent and
reposted works (5.3)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, person, detail", [
    ("今日窓口に来た山本さんの奥さん、DVで離婚調停中なんだって。", "山本さんの奥さん", "DV"),
    ("〇〇中2年3組の鈴木くん、最近不登校らしい。", "鈴木くん", "2年3組"),
    ("昨日、田中さんちのおばあちゃんが救急車で運ばれてた。認知症がだいぶ進んでるみたいで心配…", "田中さんちのおばあちゃん", "認知症"),
    ("うちの課の佐々木さん、うつで休職中なんだよね", "佐々木さん", "休職"),
    ("友達のアキラ、この前逮捕されたってマジ？", "アキラ", "逮捕"),
    ("近所の中島さんちの旦那さん、リストラされて借金まみれらしい", "中島さんちの旦那さん", "借金"),
    ("窓口に来たおばあちゃん、息子さんと絶縁してるって話してた", "窓口に来たおばあちゃん", "絶縁"),
    # 林 is a common noun to Sudachi; before くん it is a name
    ("〇〇小の5年2組に転校生が来たって。名前は林くん", "林くん", "5年2組"),
    ("隣のベッドの吉岡さんは末期がんだって", "吉岡さん", "がん"),
    # the family's troubles guessed at (round 26)
    ("窓口に来た山下くん、お父さんと言い合いしよった。家庭がいろいろ複雑なんやろね", "山下くん", "家庭がいろいろ複雑"),
    ("受付の前田さん、最近元気ないよね。おうちがごたごたしとるらしい", "前田さん", "おうちがごたごた"),
    # pregnancy told without the word, and a named teacher's illness
    ("スーパーで同級生の村田あやに会ったら、お腹大きかった！まだ誰にも言ってないって", "村田", "お腹大きかった"),
    ("近所の佐藤さん、おめでたなんだって", "佐藤さん", "おめでた"),
    ("剣道教室の西村先生、病気で入院しとるらしい", "西村先生", "病気"),
    # a condition told with っぽい / 気味 / 状態, where Sudachi may read うつ as 打つ
    ("ママ友の高木さん、最近ずっと元気がない。うつっぽいし心配", "高木さん", "うつ"),
    ("同僚の森さん、最近鬱気味で休みがち", "森さん", "鬱"),
    ("隣の奥さん、うつ状態で寝込んどるらしか", "隣の奥さん", "うつ"),
    # a foreign resident's katakana name pointed at by nationality or by って女
    ("駅裏のアパートに住んでる中国人のチャン・メイって女、借金ばっかりしとる", "チャン・メイ", "借金"),
    ("ネパール人のラム・シャルマが入院したって", "ラム・シャルマ", "入院"),
    ("フィリピン人のマリアって人、離婚したらしい", "マリア", "離婚"),
    # the culprit found out, named in the next sentence (round 29)
    ("空き地の不法投棄、防犯カメラで犯人特定できた！来民の中尾正人さん（52）の車やった", "中尾正人さん", "犯人特定"),
    ("ポストの落書き、犯人を突き止めた。鹿北町の森田さんとこの次男やった", "森田さんとこの次男", "犯人を突き止め"),
    # an illness by its short name, or what it did to the body (round 34)
    ("ゲートボール仲間の坂口さん、糖尿で目が悪うなったらしか", "坂口さん", "糖尿"),
    ("親戚の村上さん、指を切断する手術を受けたって", "村上さん", "切断"),
    ("菊鹿町の森田トメさん、膝を悪くして、いまは週2回デイサービスに通いよらす", "森田トメさん", "デイサービスに通"),
])
def test_person_and_detail_are_both_reported(engine, text, person, detail, flagged):
    found = flagged(engine, text, "5.3")
    assert any(person in f for f in found), found
    assert any(detail in f for f in found), found


@pytest.mark.parametrize("text", [
    # consent stated
    "鹿央町で古代米を育てて20年になる松尾さん。「田んぼの景色が素晴らしいでしょう」と話してくださいました。（ご本人の了承を得て掲載しています）",
    # officials acting in office
    "中村市長が認知症サポーター養成講座であいさつしました",
    "佐藤議員が議会で介護保険について質問しました",
    # health topics, not a person's condition
    "受講生の高橋さん（85歳）は認知症予防のために毎日歩いています",
    "認知症の方やご家族の相談窓口です",
    "冠婚葬祭や通院のときにお子さんをお預かりします",
    # a name with no personal detail
    "講師は山鹿市在住の画家、森田一郎さんです。",
    "灯籠師さんの作品は見事でした",
    "市の公式キャラクター「あかかぶちゃん」と一緒に写真を撮ろう！",
    "がんばる田中さんを応援しています",
    "DV相談窓口のご案内。担当の田中さんが対応します。",
    "障害物競走で優勝した田中くん、おめでとう！",
    "がん検診を受けましょう。保健師の山田さんより",
    "山田先生の講演会、とても勉強になりました",
    # helping to find a culprit out is no culprit named
    "ひき逃げの犯人特定に協力した菊鹿町の吉田さん（70）に感謝状が贈られました",
    "食べすぎてお腹大きい。ダイエットしなきゃ",
    "田中さんがボールをうつっぽい構えでした",
    "外国人のボランティアの皆さんが入院患者さんを訪問しました",
    "マイケル・ジャクソンの曲で盛り上がりました",
])
def test_names_without_private_details_are_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


def test_a_detail_two_sentences_away_is_not_tied_to_the_person(engine, flagged):
    text = "昨日は田中さんと釣りに行った。アユが3匹釣れた。帰りに病院の前を通ったら、入院患者さん向けの花壇がきれいだった。"
    assert flagged(engine, text, "5.3") == []


@pytest.mark.parametrize("text", [
    "さくら湯の前で撮った一枚📸 知らない家族が写り込んでたけど、子どもがかわいいからそのまま載せます💕",
    "電車で寝てる人を無断で撮影してみた",
    "公園で遊んでた子どもたちを撮影しました📷 かわいすぎるので載せます！（保護者の方には声をかけていません）",
    "灯籠まつりの写真、踊り手さんの顔がはっきり写ってるけど許可とってないからこっそり載せちゃう",
])
def test_photos_of_people_without_consent(engine, text, flagged):
    assert flagged(engine, text, "5.3")


@pytest.mark.parametrize("text", [
    "会場内での無断撮影はご遠慮ください",
    "撮影の際は周りの方が写り込まないようご配慮ください",
    "写真は参加者の許可を得て掲載しています",
    "さくら湯の前で撮った一枚📸 #山鹿温泉",
])
def test_photo_notices_and_consented_photos_are_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


@pytest.mark.parametrize("text, quote", [
    ("この記事、新聞の有料会員限定のやつだけど、いい話だから全文コピペしておきます↓", "全文コピペしておきます"),
    ("好きな曲の歌詞、全部載せとく", "歌詞"),
    ("ネットで拾った画像だけどかわいいから使います", "ネットで拾った画像"),
    ("昨日の熊日の記事、スクショ貼っときます", "スクショ"),
    ("雑誌に載ってた山鹿特集、ページ全部撮ってアップしました", "全部撮ってアップ"),
    ("好きなアニメのワンシーン、スクショして貼っとく", "スクショ"),
])
def test_reposted_works(engine, text, quote, flagged):
    assert any(quote in f or f in quote for f in flagged(engine, text, "5.3")), flagged(engine, text, "5.3")


def test_a_private_line_id_is_contact_data(engine, flagged):
    assert any("hana_0522" in f for f in flagged(engine, "近所の子のLINE ID教えてもらった！ hana_0522", "5.3"))
    assert flagged(engine, "山鹿市公式LINEのIDは @yamaga_city です。友だち追加をお願いします", "5.3") == []


@pytest.mark.parametrize("text", [
    "※写真の無断転載はご遠慮ください",
    "写真の無断転載・二次利用を禁止します",
    "記事の全文は新聞社のサイトでご覧ください",
    "海賊版サイトは利用しないようにしましょう",
    "イラストは作者の許可を得て使用しています。",
    "市のマスコットキャラのイラスト勝手に使ってTシャツ作った",  # 6.3.2 (the city's rights), not 5.3
])
def test_copyright_notices_are_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


@pytest.mark.parametrize("text, person, detail", [
    # relation-named individuals beyond neighbours: patients, pupils, customers, complainants
    ("今日来た患者さんの佐伯さん、糖尿病がかなり悪化してた", "佐伯さん", "糖尿病"),
    ("うちのクラスの生徒の田村、親が生活保護受けてるらしい", "田村", "生活保護"),
    ("担当してる利用者さん、精神科に通院してる", "担当してる利用者さん", "精神科"),
    ("苦情を入れてきた男性、山鹿市中522-3の人だった", "苦情を入れてきた男性", "山鹿市中522-3"),
    ("下の階の奥さん、毎朝8時に家を出て夜まで留守だよ", "下の階の奥さん", "毎朝8時に家を出"),
    # school and year of a child named by relation, or two identifying details together
    ("向かいの家の娘さん、山鹿中の1年生で、いつもひとりで帰ってくる", "向かいの家の娘さん", "山鹿中の1年生"),
    ("鹿北小の3年生の女の子、毎日夕方4時にひとりで下校してる", "鹿北小の3年生の女の子", "4時にひとりで下校"),
])
def test_private_individuals_in_other_wordings(engine, text, person, detail, flagged):
    found = flagged(engine, text, "5.3")
    assert any(person in f for f in found), found
    assert any(detail in f for f in found), found


@pytest.mark.parametrize("text", [
    "3年生の田中さんが県大会で優勝しました！",  # a pupil praised by name: no routine, no trouble
    "鹿本中の2年生が、毎朝7時半から通学路のあいさつ運動をしています",  # no individual
    "常連のおじいちゃんから聞いたのですが、このお湯で糖尿病が治った人がいるそうです",  # a source, not the subject
    "講師の山田さんは長年介護の仕事に携わってきました",  # care work, not care needed
    "入院中の方へのお見舞いは面会時間内にお願いします",
    "朝は8時に出勤して、常連のおじいちゃんとあいさつします",  # the writer's own day
    "隣の家のおっさん、夜中にひとりで叫んでてうるさい",  # a complaint, no private detail
    # the colleague at the next desk is where the writer works, not a
    # private person whose detail (the visitor's) is exposed (round 10, set I)
    "窓口で入院の手続きの説明をしてたら、向かいの席の人がずっとこっち見て笑ってた",
    "隣の席の先輩と、ひとり暮らしの高齢者向けの見守り事業の資料を作った",
    "今日は隣に座ってる子と二人で、介護保険の申請をずっと受け付けとった",
])
def test_relations_without_a_private_detail_are_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


@pytest.mark.parametrize("text", [
    "酔っぱらって道で寝てる人がいたので晒しときます",
    "ゴミ出しのルールを守らない家、写真付きで晒します",
    "市民プールで他のお客さんの顔が写った写真だけど、まあいいか",
    "窓口で怒鳴ってた人、こっそり動画撮ったから見て",
    "カフェで隣に座ってた女子高生、隠し撮りしちゃった",
    "観光客の写り込みはごめんなさい、許して",
])
def test_exposing_and_secret_photos(engine, text, flagged):
    assert flagged(engine, text, "5.3")


@pytest.mark.parametrize("text", [
    "【防犯】スマートフォンでの盗撮は犯罪です。不審な人を見かけたら通報を",
    "参加者の顔が写った写真は掲載しません",
    "灯籠は雨風に晒されないよう保管しています",
    "子どもたちを危険にさらさないために",
])
def test_warnings_and_weather_exposure_are_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


@pytest.mark.parametrize("text", [
    "新聞記事を転載します（熊日より）",
    "テレビの画面をスマホで撮影したものです",
    "このイラスト、ネットで見つけたのでアイコンに使わせてもらいます",
    "他の人が撮った灯籠まつりの写真、きれいだったので使わせてもらいました",
    "有名な写真家さんの作品を無断で使ってポスターを作りました",
    "雑誌に載ってたレシピのページ、撮影して共有します",
    "市民会館で見た劇のセリフを全部書き起こしました",
])
def test_others_works_used_without_leave(engine, text, flagged):
    assert flagged(engine, text, "5.3")


@pytest.mark.parametrize("text", [
    "市の観光ポスターの写真、兄の民泊サイトに勝手に使わせてもらった",  # the city's material: 6.3.2
    "皆さんから応募いただいた写真を掲載します",
    "新聞で紹介されました！記事は熊日のサイトでご覧ください",
    "テレビで山鹿が紹介されます。ぜひご覧ください",
    "子どもたちが描いた絵を展示しています",
])
def test_own_or_linked_works_are_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


# --- round 3 families -------------------------------------------------------

@pytest.mark.parametrize("text, shown", [
    # someone caught off guard, photographed for fun
    ("電車で口を開けて爆睡してたおじさん、面白すぎて撮っちゃったｗ", "爆睡してたおじさん"),
    ("公園でいちゃついてたカップル、こっそりパシャリ📸", "いちゃついてたカップル"),
    ("スーパーのレジで店員さんと揉めてたおばちゃん、動画回しといた", "揉めてたおばちゃん"),
    ("昨日の飲み会の写真、同僚の寝顔つきでアップ。本人には内緒ｗ", "同僚の寝顔"),
    # an admission that nobody was asked, with who is shown
    ("運動会の写真です。転んで泣いてた隣の家の子もばっちり写ってますが、お母さんには聞いてません", "隣の家の子"),
    ("発表会で踊ってた美咲ちゃんの写真、すごく上手だったので載せます。ご家族の許可はまだもらってません", "許可はまだもらってません"),
    ("フォロワーさんの夕焼けの写真、うちのチラシに使った。撮った人には断ってない", "撮った人には断ってない"),
    ("駅前で泣きじゃくってた迷子の男の子、かわいそうだけど思わず写真撮った", "迷子の男の子"),
    ("近所の菅原さんちのお嬢さん、高校に合格したそうです。写真は勝手にお借りしました", "菅原さんちのお嬢さん"),
])
def test_photos_taken_or_used_without_asking(engine, text, shown, flagged):
    found = flagged(engine, text, "5.3")
    assert any(shown in f for f in found), found


@pytest.mark.parametrize("text", [
    "うちの子が口開けて寝てたので思わず撮っちゃった",  # the writer's own child
    "娘が転んで泣いてる動画、今見ると笑える",
    "本人に確認していない写真は載せないでください",  # an instruction
    "その話は聞いていませんでした。確認して折り返します",  # no photo
    "寝ている猫の写真です",
    "出演者の写真はご本人の許可を得ています",
])
def test_own_family_instructions_and_animals_are_not_unasked_photos(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


@pytest.mark.parametrize("text, work", [
    ("ネットに上がってた花火の写真、めっちゃきれいだったから公民館だよりに載せました", "花火の写真"),
    ("Xで流れてきたイラスト、かわいかったので自治会のポスターに使わせてもらった", "イラスト"),
    ("インスタで見つけた八千代座の写真、アイコンにしちゃった", "八千代座の写真"),
    # the work in the post said to be a net find, the use told before it (round 29)
    ("夏祭りの案内を回します。背景の花火の写真はネットで拾ったやつです🙏", "ネットで拾った"),
    ("会報の表紙、できました！イラストはGoogleから持ってきたものなんで許してね", "Googleから持ってきた"),
])
def test_others_photos_found_online_and_used(engine, text, work, flagged):
    assert any(work in f for f in flagged(engine, text, "5.3")), flagged(engine, text, "5.3")


@pytest.mark.parametrize("text", [
    "ネットで見つけたレシピで作ってみました",
    "ネットで見つけた写真と同じ場所に行ってきました",  # found, not used
    "写真はネットで公開しています",
    "写真はネットで拾ったものを使わず、全部自分で撮りました",
])
def test_things_found_online_but_not_reused_are_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


@pytest.mark.parametrize("text, person, fact", [
    # a resident's private facts seen at work: family status, tax records, welfare
    ("戸籍の届出で、隣の中村さんの息子さんが実は養子だって知った", "中村さんの息子さん", "養子"),
    ("住民票の窓口で気づいたんだけど、同級生の佐藤って離婚して旧姓に戻ってた", "佐藤", "旧姓"),
    ("課税の仕事してたら、近所の田中さんちの所得がわかっちゃった。意外と少ない", "田中さん", "所得"),
    ("福祉課で見た書類、知り合いの奥さんが障害者手帳持ってた", "知り合いの奥さん", "障害者手帳"),
    ("固定資産税の台帳見てたら、元カレの実家の評価額が出てきたｗ", "元カレ", "評価額"),
])
def test_residents_private_facts_learned_at_work(engine, text, person, fact, flagged):
    found = flagged(engine, text, "5.3")
    assert any(person in f for f in found), found
    assert any(fact in f for f in found), found


@pytest.mark.parametrize("text", [
    "戸籍の窓口は混雑しています。お早めにお越しください",
    "生活保護の相談は福祉課で受け付けています",
    "養子縁組の届出は市民課へ",
    "固定資産税の納税通知書を発送しました",
    "同じクラスの友達と一緒に参加しました",
])
def test_services_and_records_without_a_person_are_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


@pytest.mark.parametrize("text, child", [
    ("娘と同じクラスの蓮くん、いつも一人で16時ごろ帰ってる", "蓮くん"),
    ("息子の同じ班の陽翔くん、お父さんが単身赴任で大変みたい", "陽翔くん"),  # a name the tokenizer splits
    ("鹿本小3年の結衣ちゃん、習字で金賞だって", "結衣ちゃん"),
])
def test_another_familys_child_named_with_school_or_class(engine, text, child, flagged):
    assert any(child in f for f in flagged(engine, text, "5.3")), flagged(engine, text, "5.3")


@pytest.mark.parametrize("text, person, detail", [
    # a child named in hiragana, with school and family circumstances
    ("隣の家のはるとくん（鹿本小2年）、お父さんが出ていったらしくて最近元気ない", "はるとくん", "お父さんが出ていった"),
    ("同じ班のみおちゃんちってシングルマザーなんだって", "みおちゃん", "シングルマザー"),
    ("うちの子のクラスの森そうた君、両親が蒸発しておばあちゃんと暮らしてるって", "森そうた君", "両親が蒸発"),
    ("甥の同級生の村田ゆいちゃん、お母さんがシングルで夜の仕事してるらしい", "村田ゆいちゃん", "シングル"),
    # decline told without a diagnosis
    ("近所の大塚さんの奥さん、最近物忘れがひどくて、この前も鍵かけ忘れてた", "大塚さんの奥さん", "物忘れがひど"),
    ("向かいの坂本さんのおじいちゃん、夜中に一人で歩き回ってて警察に保護されたらしい", "坂本さんのおじいちゃん", "夜中に一人で歩き回"),
    ("お隣の河野さん、ボケてきたみたいで同じこと何度も聞いてくる", "河野さん", "ボケてき"),
    # where a named person's residence record went
    ("市民課の端末で調べたら、同級生の井上まゆ、住民票を菊池市に移してた", "井上まゆ", "住民票を菊池市に移し"),
    ("窓口に来た藤田さん、転入届出してたからこれから近所だわ", "藤田さん", "転入届"),
    ("元カノの山下あやか、転居先が熊本市になってた", "山下あやか", "転居先"),
])
def test_private_details_in_everyday_words(engine, text, person, detail, flagged):
    found = flagged(engine, text, "5.3")
    assert any(person in f for f in found), found
    assert any(detail in f for f in found), found


def test_kin_of_a_named_neighbour_told_in_a_later_sentence(engine, flagged):
    text = ("毎朝庭をのぞいていくのが、お隣の岡本さんのおばあちゃん。散歩が日課です。"
            "息子さんも仕事を辞めて介護していて、大変そうです。")
    found = flagged(engine, text, "5.3")
    assert "息子さん" in found and "介護" in found, found
    # the writer's own family is not someone else's kin
    assert flagged(engine, "おばあちゃんが入院したので、お見舞いに行ってきました", "5.3") == []


@pytest.mark.parametrize("text", [
    "子育て支援課では、ひとり親家庭への支援制度をご案内しています",
    "認知症の方が夜中に歩き回ることがあります。地域で見守りをお願いします",
    "物忘れが気になる方は、もの忘れ相談へどうぞ",
    "転入届・転出届は市民課で受け付けています",
    "住民票の写しはコンビニでも取れます",
    "はるとくん、お誕生日おめでとう！",
    "わんちゃんと一緒に参加できるイベントです",
    "高橋ひなたちゃん（3歳）が元気に歌ってくれました",
    "うちの母が最近物忘れがひどくて心配です",
    "息子がシングルヒットを打ちました",
])
def test_services_own_family_and_greetings_are_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


@pytest.mark.parametrize("text, pupil", [
    ("拾った財布に090-1234-5678のメモ。鹿本中の制服の子のだと思う", "鹿本中の制服の子"),
    ("〇〇高のジャージ着た男子、さっき駅で電話番号090-2222-3333って叫んでた", "〇〇高のジャージ着た男子"),
])
def test_a_pupil_pointed_out_by_school_uniform_next_to_a_detail(engine, text, pupil, flagged):
    assert pupil in flagged(engine, text, "5.3")


def test_a_school_uniform_alone_is_no_privacy_problem(engine, flagged):
    assert flagged(engine, "山鹿中の制服の子たちが、灯籠まつりで踊りを披露してくれました", "5.3") == []


@pytest.mark.parametrize("text", [
    "Pinterestで見つけた花の写真、撮った人は分からないけど表紙に使いました",
    "このイラスト、誰が描いたか知らんけどアイコンにしてる",
    "出典不明の画像だけど、わかりやすいのでポスターに貼りました",
])
def test_works_used_without_knowing_whose_they_are(engine, text, flagged):
    assert flagged(engine, text, "5.3")


@pytest.mark.parametrize("text", [
    "よへほ節は作者不明の古い民謡です",
    "この写真を撮影した方をご存じの方は、観光課までご連絡ください",
    "作者不明の絵が公民館の倉庫から見つかりました",
])
def test_unknown_authors_without_use_are_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


@pytest.mark.parametrize("text, person, detail", [
    ("隣の石井さんの娘さん、第一志望の高校落ちたらしい", "隣の石井さんの娘さん", "高校落ちた"),
    ("同僚の吉村さん、奥さんに逃げられたって", "同僚の吉村さん", "奥さんに逃げられ"),
    ("近所の福田さん、ご主人が先月亡くなって一人暮らしになったみたい", "近所の福田さん", "一人暮らし"),
    ("窓口に来た中川さん、生活が苦しくて電気止められたって言ってた", "窓口に来た中川さん", "電気止められ"),
    ("担任してる山田くんの家、ゴミ屋敷らしい", "山田くん", "ゴミ屋敷"),
    ("向かいの家の高校生、最近夜遊びして朝帰りしてる", "向かいの家の高校生", "朝帰り"),
    ("苦情の電話をかけてきた人の名前は河合ひろし、しつこかった", "苦情の電話をかけてきた人", "名前は河合ひろし"),
])
def test_hardship_setbacks_and_names_given_out(engine, text, person, detail, flagged):
    found = flagged(engine, text, "5.3")
    assert any(person in f for f in found), found
    assert any(detail in f for f in found), found


@pytest.mark.parametrize("text", [
    "一人暮らしの高齢者の見守り活動を行っています",
    "山田さんの娘さんが市の書道展で金賞を受賞しました",
    "近所の福田さんに野菜をいただきました",
    "窓口に来た人の名前は聞いていません",
    "河合ひろしさんの講演会を開催します",
    "電気・ガス・水道が止められた場合の相談窓口はこちら",
])
def test_services_gifts_and_unnamed_callers_are_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


# --- round 7 families -------------------------------------------------------

@pytest.mark.parametrize("text, shown, admission", [
    # someone's home or belongings photographed, the missing leave said as an aside
    ("台風で屋根が飛んだ森山さんちの倉庫、すごい絵面やったけん写真撮ってきた（勝手に）",
     "森山さんちの倉庫", "写真撮ってきた（勝手に"),
    ("向かいの吉田さんの車、ボロボロでウケる。写真撮った、もちろん許可なし", "吉田さんの車", "許可なし"),
    # dialect negation: 断らんで / 許可もろとらん
    ("隣の松本さんちの庭、花がすごかったけん断らんで撮ってきた", "松本さんちの庭", "断らんで撮"),
    ("田中さん家の蔵、許可もろとらんけど載せとくね", "田中さん家の蔵", "許可もろとらん"),
])
def test_someones_property_photographed_without_leave(engine, text, shown, admission, flagged):
    found = flagged(engine, text, "5.3")
    assert any(shown in f for f in found), found
    assert any(admission in f for f in found), found


def test_people_not_asked_even_for_the_citys_flyer(engine, flagged):
    # the city's flyer is where the photo went; whose leave was missing is the pupils'
    text = "保存会の中学生の写真、本人たちに聞かずに市の広報チラシに使っちゃった"
    assert any("本人たちに聞かず" in f for f in flagged(engine, text, "5.3")), flagged(engine, text, "5.3")


@pytest.mark.parametrize("text", [
    "河野さんちの納屋、ご本人の許可を得て撮影しました",
    "うちの納屋、地震で崩れた。写真撮っといた",  # one's own house
    "市が撮影した八千代座の写真です（観光課提供）",  # the city's own photo
    "写真撮影は（無断で）行わないでください",  # a rule for visitors
])
def test_own_or_permitted_property_photos_are_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


@pytest.mark.parametrize("text, reposted", [
    ("今月号の雑誌、山鹿の特集がよかったけん全ページ載せとくばい", "全ページ載せとく"),
    ("好きな作家の短編、全文ここに上げとくね", "全文ここに上げとく"),
    ("新刊の漫画、まるごとアップしとくけん読んでみて", "まるごとアップしとく"),
    ("推しの新曲の歌詞、最初から最後まで貼っとく", "最初から最後まで貼っとく"),
])
def test_whole_works_reposted_in_any_conjugation(engine, text, reposted, flagged):
    assert any(reposted in f for f in flagged(engine, text, "5.3")), flagged(engine, text, "5.3")


@pytest.mark.parametrize("text", [
    "広報やまが8月号の全ページを市のホームページに載せています",  # the city's own
    "自分で描いた4コマ漫画、全話まとめてアップしました",  # one's own work
    "運動会の写真、全部アップしました",
    "新刊の一節を引用します（出典：〇〇著『山鹿の町並み』より）",  # a short quote with source
    "ラーメン全部のせ、最高でした",
])
def test_own_public_or_quoted_works_are_not_whole_reposts(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


@pytest.mark.parametrize("text, person, detail", [
    # the keeper or family of a shop everyone in town knows
    ("駅前の八百屋の大将、借金で店をたたむらしいよ", "八百屋の大将", "借金"),
    ("中央通りの「まるや食堂」のおかみさん、がんで入院しとらすと", "「まるや食堂」のおかみさん", "入院"),
    # さんとこの娘さん: the kin term after a dialect "house of", with the district
    ("来民の田中さんとこの息子さん、離婚して戻ってきたらしか", "田中さんとこの息子さん", "離婚"),
    ("鹿北町の森さんとこのお嬢さん、届出の父親の欄が空欄でした", "鹿北町の森さんとこのお嬢さん", "父親の欄が空欄"),
])
def test_shop_keepers_and_kin_with_family_affairs(engine, text, person, detail, flagged):
    found = flagged(engine, text, "5.3")
    assert person in found
    assert any(detail in f for f in found)


@pytest.mark.parametrize("text", [
    "こむぎ堂のご主人に、開店20年の思いを伺いました",
    "パン屋さんの娘さんが店を継ぐそうです。おめでとうございます！",
    "出生届の父親の欄の書き方は窓口でご案内します",
])
def test_shops_and_forms_without_a_private_affair_stay_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


@pytest.mark.parametrize("text", [
    "れんこんは5mmくらいの輪切りにして、酢水にさらしておきます。",
    "玉ねぎは薄切りにして冷水にさらしとくと辛みが抜けるよ",
    "切ったなすは塩水にさらしてアクを抜きます",
])
def test_soaking_in_a_recipe_is_not_exposing_a_person(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


def test_exposing_a_person_is_still_flagged(engine, flagged):
    assert flagged(engine, "ゴミ出しのルールを守らない家、写真付きでさらしときます", "5.3")


@pytest.mark.parametrize("text, part", [
    # A surname Sudachi reads as a place (石橋, 吉田) before 先生 / さん is a person.
    ("税の申告で見たけど、眼科の石橋先生の所得がすごかった", "石橋先生"),
    # A check-up value told with a name.
    ("健診に来た坂本ハルさん、HbA1cが8.9もあった", "HbA1cが8"),
    ("吉田さん、人間ドックで要精密検査やったらしい", "要精密"),
])
def test_a_named_person_with_tax_or_check_up_details(engine, text, part, flagged):
    assert any(part in f for f in flagged(engine, text, "5.3"))


@pytest.mark.parametrize("text", [
    "山鹿市さんのイベントに、熊本県さんも協力されました",
    "健診の結果はご本人にだけお伝えします。血糖値が気になる方は保健師へ",
])
def test_municipalities_and_check_up_notices_stay_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


@pytest.mark.parametrize("text, reposted", [
    ("大好きな曲なので歌詞を書き写しておきます。\n「坂の上で　君を待つ\n風の音が　やさしくなる」\n続きはまた今度。", "風の音が"),
    ("ネットの記事、全部コピペしとくね\n市内の小学校で育てた米が給食に出た。\n子どもたちは大喜びだった。", "子どもたちは大喜び"),
])
def test_the_text_copied_after_a_repost_announcement_is_underlined(engine, text, reposted, flagged):
    assert any(reposted in f for f in flagged(engine, text, "5.3"))


# Round 26: a blog sets the copy out as its own paragraph after a blank line;
# only the announcement was underlined, not the lyrics to take out.
@pytest.mark.parametrize("text, reposted", [
    ("新曲の歌詞がよかったけん、ここに全部書き写しとくね。\n\n「夕暮れの坂道で　君の名前を呼んだ／振り返らないまま　春が過ぎていった」\n\n来月のライブも楽しみ",
     "振り返らないまま"),
    ("懐かしい歌なので、その歌詞を書き写しておきます。\n\n　夜明けの港に　汽笛が響く\n　帰らぬ人を　待ち続ける\n\n若い頃によく歌ったものです。",
     "汽笛が響く"),
])
def test_lyrics_set_out_as_the_paragraph_after_the_announcement_are_underlined(engine, text, reposted, flagged):
    assert any(reposted in f for f in flagged(engine, text, "5.3"))


@pytest.mark.parametrize("text", [
    "好きな曲の歌詞をここに載せるのはダメなんです。\n\n曲名と歌手名だけ紹介しますね、ぜひ聴いてみて",
    "推しの新曲、歌詞がとにかく良くて何回も聴いとる。\n\n今日は雨やったけん家で一日ゆっくりした",
])
def test_a_paragraph_after_lyrics_not_copied_is_not_a_repost(engine, text, flagged):
    assert not any(f.startswith(("曲名", "今日は")) for f in flagged(engine, text, "5.3"))


@pytest.mark.parametrize("text, copied", [
    ("二番も三番も、歌詞カードからそのまま写しました", "歌詞カードからそのまま写し"),
    ("好きな歌の歌詞を全部書き写したけん、下に貼っとくね", "歌詞を全部書き写し"),
])
def test_lyrics_copied_out_whole(engine, text, copied, flagged):
    assert any(copied in f for f in flagged(engine, text, "5.3"))


def test_lyrics_copied_out_to_learn_them_is_no_repost(engine, flagged):
    assert flagged(engine, "カラオケのために歌詞をノートにそのまま書き写して覚えました", "5.3") == []


def test_a_folk_song_introduced_with_its_lyrics_is_not_a_repost(engine, flagged):
    text = "山鹿灯籠踊りの「よへほ節」の歌詞を紹介します\n「主は山鹿の骨なし灯籠　よへほ」"
    assert flagged(engine, text, "5.3") == []


# A named neighbour's house pointed out so a reader can find it: by its look,
# by a landmark and a side of it, or by a flat and its number.
@pytest.mark.parametrize("text, person, home", [
    ("郵便局の裏に住んどる中島さん、また犬を放し飼いにしとる", "中島さん", "郵便局の裏に住ん"),
    ("鹿央町の青い瓦の家の坂本さん、夜中まで騒いでうるさい", "坂本さん", "青い瓦の家"),
    ("市営住宅B棟の村上さん、ゴミ出しのルールを守らない", "村上さん", "市営住宅B棟"),
    ("坂本さんのお宅（菊鹿町、ガソリンスタンドの向かいの家）は毎晩宴会", "坂本さん", "ガソリンスタンドの向かいの家"),
    ("2丁目の角の家の佐藤さん、ゴミ出しの日を守らん", "佐藤さん", "角の家"),
    ("黒い軽トラが停まっとる家の吉村さん、いつも路上駐車", "吉村さん", "黒い軽トラが停まっとる家"),
])
def test_a_named_persons_home_pointed_out(engine, text, person, home, flagged):
    found = flagged(engine, text, "5.3")
    assert any(person in f for f in found), found
    assert any(home in f for f in found), found


@pytest.mark.parametrize("text", [
    "赤い屋根の家が目印のカフェ。店主の松尾さんに話を伺いました",
    "白い壁の家々が並ぶ豊前街道を、案内人の田中さんと歩きました",
    "公民館の向かいの家で開かれる料理教室、講師は松尾さんです",
    "小学校の隣の家庭菜園で、田中さんたちとじゃがいもを植えました",
    "赤い屋根の家を描いた絵が入選しました。作者は小学5年の森さんです",
])
def test_houses_that_mark_a_shop_or_a_venue_are_not_a_home_pointed_out(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


# The writer took the photo behind the person's back, however it is worded.
@pytest.mark.parametrize("text, covert", [
    ("待合で順番待ちしてたおじいさん、スマホでこそっと盗み撮りしといた", "盗み撮り"),
    ("窓口のカウンター越しに隠し撮り。顔はそのまま", "隠し撮り"),
    ("本人に気づかれんごと、後ろからパシャリ", "気づかれんごと"),
    ("市民課にいらした方の後ろ姿を、内緒で撮影させていただきました", "内緒で撮影"),
])
def test_covert_photos_in_other_wordings(engine, text, covert, flagged):
    assert any(covert in f for f in flagged(engine, text, "5.3")), flagged(engine, text, "5.3")


@pytest.mark.parametrize("text", [
    "更衣室で盗撮されたかもしれないと相談がありました",
    "盗撮行為は条例で禁止されています",
    "眠っている赤ちゃんを起こさないよう、そっと記念撮影",
])
def test_covert_photo_victims_and_warnings_are_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


@pytest.mark.parametrize("text, title, health", [
    ("係長、うつ病の診断書が出て来月から休職するらしい。", "係長、", "うつ病"),
    ("うちの課長、胃がんが見つかって来週手術らしい", "うちの課長", "がん"),
    ("隣の係の主任さん、メンタルやられて休職中なんよね", "隣の係の主任さん", "メンタルやられ"),
    ("新人くん、うつっぽくて診断書出してきた", "新人くん", "うつ"),
])
def test_a_colleague_told_by_job_title_with_their_health(engine, text, title, health, flagged):
    found = flagged(engine, text, "5.3")
    assert any(title.rstrip("、") in f for f in found) and any(health in f for f in found)


@pytest.mark.parametrize("text", [
    "係長が介護休暇の手続きを説明します。ご相談は窓口へ",
    "保健課長がうつ病予防について講演しました",
    "先輩のおかげで手術室の見学ができました",
    "課長が入院のため、本日の説明会は延期します。ご了承ください",
])
def test_a_title_next_to_health_words_about_work_or_a_notice_is_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


@pytest.mark.parametrize("text, unmasked", [
    ("匿名で市の悪口ばかり書く『やまがの雲』さん、正体は菊鹿町の上村和夫さんでしょ？", "菊鹿町の上村和夫さん"),
    ("あの捨て垢の中の人、隣の地区の山口さんって特定したけん", "山口さん"),
    ("口コミに星1つけた投稿者、本名は藤本勝也だってさ", "本名は藤本勝也"),
])
def test_an_anonymous_writer_unmasked(engine, text, unmasked, flagged):
    assert any(unmasked in f for f in flagged(engine, text, "5.3"))


@pytest.mark.parametrize("text", [
    "犯人の正体はまだ分かっていません",
    "投稿者が特定されるような書き込みはやめましょう",
    "灯籠師の中島さんに、技の素顔を伺いました。インスタに投稿しています",
])
def test_unmasking_words_without_an_unmasked_person_are_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


# a caller who gave no name, known by the voice and named (熊本弁); a regular
# known by the voice is nobody unmasked
def test_a_nameless_caller_known_by_the_voice_is_unmasked(engine, flagged):
    text = "昨日の夜中の電話の酔っ払い、声で分かったばい。鹿本町の松永さんとこの長男たい"
    assert any("松永さん" in f for f in flagged(engine, text, rule="privacy-unmask-person"))
    text = "電話の声ですぐ分かりました、いつもの中島さん。今日も元気そうでした"
    assert flagged(engine, text, rule="privacy-unmask-person") == []


@pytest.mark.parametrize("text, posted", [
    ("卒アル見返してたら同級生の泣き顔が写ってて笑った", False),
    ("カメラロール眺めてたら先輩の半目が写ってて吹いた", False),
    ("卒アル見返してたら同級生の泣き顔が写ってたけん、スクショしてグループに貼っといた", True),
])
def test_an_old_photo_looked_at_is_not_a_photo_posted(engine, text, posted, flagged):
    assert bool(flagged(engine, text, "5.3")) is posted


@pytest.mark.parametrize("text, amount", [
    ("課税の仕事で見たけど、鹿北町の野田和也さんの所得が出てきた。年240万円か…", "年240万円"),
    ("隣の奥さん、借金がまだあるらしい。300万くらいって聞いた", "300万くらい"),
    ("窓口に来た山口さんの旦那さん、住民税を滞納しとる。月々1万5千円の分割ばい", "月々1万5千円"),
])
def test_the_sum_told_after_someones_income_or_debt_is_underlined(engine, text, amount, flagged):
    assert any(amount in f for f in flagged(engine, text, "5.3")), flagged(engine, text, "5.3")


def test_an_income_threshold_in_a_tax_notice_is_clean(engine, flagged):
    assert flagged(engine, "市民税の所得割は、前年の所得が年135万円以下の方は非課税です", "5.3") == []


@pytest.mark.parametrize("text, person", [
    ("菊鹿町の吉田和夫さん（68）、毎晩犬の鳴き声がうるさくて近所迷惑ばい", "菊鹿町の吉田和夫さん（68）"),
    ("鹿央町の岩下ミツ子さん（81）は分別ルールを守らんけん、集積所がいつも汚か", "鹿央町の岩下ミツ子さん（81）"),
    ("鹿本町の村田さん、ほんと非常識。文句ばっかり言いよる", "鹿本町の村田さん"),
    ("木村達也さん（54）、町内会費ずっと払わんし図々しか", "木村達也さん（54）"),
    # a full address up to the 大字, and what they are said to do
    ("熊本県山鹿市鹿央町合里の井上和子、集積所のごみ袋を毎朝漁っています", "山鹿市鹿央町合里の井上和子"),
    ("菊鹿町上内田の山口たけし、夜中にうちの庭ば覗きよる", "菊鹿町上内田の山口たけし"),
    ("山鹿市山鹿の木村さん、嫌がらせのビラまいとる", "山鹿市山鹿の木村さん"),
    ("鹿北町岩野の坂本さん、いつもうちの駐車場に勝手に停めよる", "鹿北町岩野の坂本さん"),
    # the put-down stands before the name it is set beside
    ("近所のうるさかババア、鹿本町来民の佐藤よし子。", "鹿本町来民の佐藤よし子"),
    ("非常識な一家、菊鹿町上内田の山口さんち", "菊鹿町上内田の山口さん"),
])
def test_a_resident_pinned_down_by_district_or_age_and_blamed(engine, text, person, flagged):
    assert any(person in f for f in flagged(engine, text, "5.3")), flagged(engine, text, "5.3")


@pytest.mark.parametrize("text", [
    "菊鹿町の山田ハナさん（100）に、市長がお祝いを届けました",
    "鹿北町の田中一郎さん（72）は、ごみの分別ルールを守る活動を続けています",
    "鹿央町の松本さん（45）が迷惑駐車の防止を呼びかけました",
    "来民の中島さん（70）、ごみの日をきちんと守っとらす。見習わんと",
    "鹿本町の森さん、いつもご迷惑をおかけしてすみません",
    # a role or a building before the name is not where they live
    "町内会長の田中さん、ゴミ袋を漁るカラスの対策を呼びかけています",
    "山鹿市役所の木村さんが、嫌がらせ電話への対応を説明しました",
    "最悪の天気、鹿本町の森さんが傘を貸してくれた",
    "騒音に困っとる人、鹿本町の森さんに相談して",
])
def test_a_resident_praised_thanked_or_campaigning_is_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


@pytest.mark.parametrize("text, person", [
    ("確定申告の受付で見たけど、さくら歯科の森院長、所得2,900万やった", "森院長"),
    ("来民の寺の松尾住職、がんで入院しとらすと", "松尾住職"),
])
def test_a_name_with_a_private_post_and_a_detail_is_exposure(engine, text, person, flagged):
    assert any(person in f for f in flagged(engine, text, "5.3"))


@pytest.mark.parametrize("text", [
    "山田先生がうつ病について講演しました",
    "さくら歯科の森院長が、歯周病と糖尿病の関係について講演します",
    "田中店長おすすめの新メニューです",
])
def test_a_titled_person_giving_a_talk_or_a_tip_is_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


@pytest.mark.parametrize("text, words", [
    ("窓口で1時間ごねたおばちゃん、こっそり撮ったった📸", "ごねたおばちゃん"),
    ("レジで粘っとったおっさん、後ろ姿パシャリ。この人知っとる人おる？", "この人知っとる人おる"),
])
def test_a_resident_photographed_for_ridicule_or_to_be_identified(engine, text, words, flagged):
    assert any(words in f for f in flagged(engine, text, "5.3"))


@pytest.mark.parametrize("text", [
    "婚姻届を出されたお二人と、窓口で記念撮影しました📸",
    "写真の男性にお心当たりの方は、山鹿警察署までご連絡ください",
])
def test_a_souvenir_photo_or_a_police_appeal_is_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


@pytest.mark.parametrize("text, lyric", [
    # the opening ♪ after a line break is folded away by normalization: read in the original
    ("この曲の歌詞が刺さる\n♪川沿いの道をふたりで歩いた夏の日を ずっと覚えているよ♪", "川沿いの道をふたりで歩いた夏の日を"),
    ("好きな曲の歌詞\n朝焼けの街を抜けて\n君の待つ場所へ\nもう迷わないと決めた", "君の待つ場所へ"),
    ("主題歌の大サビの「ありがとうも言えないまま季節だけが過ぎていった」で毎回泣く", "季節だけが過ぎていった"),
])
def test_lyrics_written_out_are_reported(engine, text, lyric, flagged):
    assert any(lyric in f for f in flagged(engine, text, "5.3"))


@pytest.mark.parametrize("text", [
    "灯籠まつり開催♪ 屋台もたくさん出ますので、家族みんなで歌って踊ってお越しください♪",
    "歌詞カードを配布します\n日時：8月1日\n場所：公民館\n参加費：無料",
    "校歌の歌詞「鹿本の野に朝日さす 学びの庭に集う我ら」を児童が元気に歌いました",
])
def test_decorative_notes_a_notice_or_a_school_song_are_clean(engine, text, flagged):
    assert flagged(engine, text, "5.3") == []


def test_a_role_called_by_name_is_no_named_person(engine, flagged):
    # 新人くん names a role; a guess about their health is an insult (5.6), not a disclosure
    assert flagged(engine, "うちの係の新人くん、物覚え悪すぎ。なんかの病気じゃない？", "5.3") == []
    assert flagged(engine, "新人くん、実家は山鹿市山鹿1234-5なんだって", "5.3")


def test_the_critic_replied_to_named_with_their_district(engine, flagged):
    assert flagged(engine, "@yamaga_anti 文句ばっかやけど、あんた鹿北町岩野の松本さんやろ？", "5.3")
    assert flagged(engine, "あなた、市役所の課長さんでしょ？説明してください", "5.3") == []


def test_a_named_neighbours_marriage_rows_and_a_crime_pinned_on_them(engine, flagged):
    assert flagged(engine, "裏の村田さん（鹿北町岩野）とこ、また夫婦ケンカしよるばい", "5.3")
    assert flagged(engine, "自転車盗んだ犯人、向かいの中島さんとこの長男らしか", "5.3")
    assert flagged(engine, "ドラマの犯人が最終回で分かった！", "5.3") == []


def test_the_teller_of_a_rumour_is_not_the_injured_person(engine, flagged):
    # 近所の人 is who told it; the injured one is nobody in particular
    text = "近所の人の話では、この前イノシシとぶつかって骨折した人がおるらしい"
    assert flagged(engine, text, "5.3") == []


def test_whoever_passed_a_health_rumour_on_is_not_its_subject(engine, flagged):
    # 知り合いのおばあちゃんも言ってた: the acquaintance told the claim (5.6.4), nobody's illness is told
    assert flagged(engine, "毎日足湯につかるとがんが消えるって、近所のおじいちゃんも言いよったよ", "5.3") == []
    assert flagged(engine, "温泉で糖尿病が治るって、同級生のお母さんも言ってた！", "5.3") == []
    # the same acquaintance as the one who is ill is a disclosure
    assert flagged(engine, "近所のおばあちゃん、がんで入院しとらすげな", "5.3")


def test_a_named_childs_infection_or_single_parent_household_in_hiragana(engine, flagged):
    assert flagged(engine, "さくら組のはるとくん、インフルで今週ずっと休みよるって", "5.3")
    assert flagged(engine, "すずきさんちのめいちゃん、ノロにかかったらしいです", "5.3")
    assert flagged(engine, "そうたくんちの申込書見たら、お母さんとふたりのシングルやった", "5.3")
    # the same words about no one, or about the disease in general
    assert flagged(engine, "インフルエンザが流行っています。手洗いうがいをしましょう", "5.3") == []
    assert flagged(engine, "新曲のシングルやった！ 来月発売", "5.3") == []


def test_a_face_number_plate_or_injured_person_in_a_posted_photo(engine, flagged):
    assert flagged(engine, "クレームつけてきた兄ちゃん、顔バッチリ撮れたけん上げとく", "5.3")
    assert flagged(engine, "迷惑駐車の軽、ナンバーもはっきり写っとるけど貼っとく", "5.3")
    assert flagged(engine, "交差点で倒れとったおじさん、思わず撮っちゃった", "5.3")
    assert flagged(engine, "ナンバーはぼかしてから載せています", "5.3") == []
    assert flagged(engine, "うちの猫の顔ばっちり撮れた🐱", "5.3") == []


def test_a_crowd_of_neighbours_is_nobody_in_particular(engine, flagged):
    # 近所の人たち / 同僚の方々: a group nobody can be picked out of (round 30)
    assert flagged(engine, "駅前に介護施設ができるって。近所の人たちも入院患者が増えると心配しとる", "5.3") == []
    assert flagged(engine, "同僚の方々も借金の相談窓口を知らなかったそうです", "5.3") == []
    # one neighbour and their illness still is a disclosure
    assert flagged(engine, "近所の人、がんで入院しとらすげな", "5.3")


def test_a_shops_keeper_named_by_the_shops_kana_name(engine, flagged):
    # 八百屋まるなか: the shop's kind, then its name in kana, points at one family (round 30)
    assert flagged(engine, "魚屋うおまさの奥さん、うつで寝込んどるらしい", "5.3")
    assert flagged(engine, "食堂ひまわりのご主人、借金で店をたたむって", "5.3")
    # the shop itself with its news is no one's private life
    assert flagged(engine, "八百屋まるなかで新米の販売が始まりました", "5.3") == []


def test_a_named_persons_custody_fight_or_lawsuit(engine, flagged):
    # 親権で揉めて裁判中: a private family trouble told of someone named (round 31)
    assert flagged(engine, "高校の先輩の森田翔、元嫁と養育費で揉めて訴訟中らしい", "5.3")
    assert flagged(engine, "幼なじみの坂本優子さん、旦那さんと親権を争っとるって", "5.3")
    # a lawsuit the city reports about itself names no private person
    assert flagged(engine, "市道の事故をめぐる損害賠償の訴訟中のため、詳しくはお答えできません", "5.3") == []


def test_a_named_residents_house_placed_by_block_and_colour(engine, flagged):
    # 3丁目の白い家: a block and the look of the house lead anyone to the door (round 31)
    assert flagged(engine, "受付でごねた佐々木健二って人（中町2丁目の青い屋根の家）、最悪やった", "5.3")
    # the same kind of house as scenery, no one pointed at
    assert flagged(engine, "2丁目の白い家が並ぶ通りは、春になると桜がきれいです", "5.3") == []


def test_the_one_a_tip_came_from_is_no_one_exposed(engine, flagged):
    # 近所のおばあちゃん情報: the source of a rumour, signed off (round 31)
    assert flagged(engine, "このお茶で糖尿病がよくなるらしい。隣のおじいちゃん情報です", "5.3") == []
    # a neighbour's own illness still is a disclosure
    assert flagged(engine, "隣のおじいちゃん、糖尿病で入院したらしい", "5.3")


def test_a_named_person_placed_by_district_and_house_number(engine, flagged):
    # 鍋田412の平田さん: no town word, but a district and lot number tied to a name (round 32)
    assert "中川３０７の坂口さん" in flagged(engine, "苦情の電話をかけてきたのは、中川３０７の坂口さんだよ", "5.3")
    # a height or a shirt number before a name is no address
    assert flagged(engine, "身長182の岡本くん、リバウンドを全部取ってくれました", "5.3") == []
    assert flagged(engine, "背番号7の村上さんが決勝ゴールを決めました", "5.3") == []


def test_unpaid_bills_of_a_named_resident(engine, flagged):
    # 水道料金がたまっとる: arrears told of someone named (round 32)
    assert flagged(engine, "菊鹿町上永野の岩本トシ子さん、給食費がもう半年分たまっとるらしい", "5.3")
    assert flagged(engine, "家賃ば3か月払っとらん森田さん、また言い訳しよった", "5.3")
    # the city's own notice about arrears names nobody
    assert flagged(engine, "給食費の支払いが滞っている方は、学校教育課へご相談ください", "5.3") == []


def test_a_job_title_is_no_named_person(engine, flagged):
    # 税理士さん: Sudachi reads 税 + 理士 (a given name); an unnamed donor's tax
    # motive is the donor's secret (6.3.1), not a named person exposed (round 32)
    assert flagged(engine, "寄贈してくれた旧家、相続税対策だって税理士さんが言いよった", "5.3") == []
    # a named person's inheritance still is
    assert flagged(engine, "税理士さんの話では、坂田さんちは遺産相続でもめとるらしい", "5.3")


def test_a_head_count_of_neighbours_is_no_one_picked_out(engine, flagged):
    # 近所の人が何人も生活保護: a number of people, none identifiable (round 40)
    assert flagged(engine, "滞納者の名簿を見よったら、近所の人が何人も載っとった。生活保護の人もおった", "5.3") == []
    # one neighbour singled out still is
    assert flagged(engine, "滞納者の名簿を見よったら、隣の奥さんが生活保護を受けとった", "5.3")


def test_the_family_of_a_public_figure_lead_private_lives(engine, flagged):
    # 市長の奥さまが乳がんで入院: the official's family member's illness (round 40)
    found = flagged(engine, "教育長の娘さん、心臓病で手術を受けたそうです。早く良くなりますように", "5.3")
    assert any("教育長の娘さん" in f for f in found), found
    assert flagged(engine, "市長のご家族も灯籠踊りに参加されました", "5.3") == []


def test_medicine_and_injuries_tell_the_condition(engine, flagged):
    # 便秘の薬だけもらいに, 前十字じん帯切った (round 40)
    found = flagged(engine, "薬局でよく会う岩下トミさん（80）、今日も血圧の薬ばもらいよらした", "5.3")
    assert any("血圧の薬" in f for f in found), found
    assert flagged(engine, "陸上部の坂口ゆうとくん、靭帯を痛めて大会は欠場やって", "5.3")
    assert flagged(engine, "血圧の薬は毎日同じ時間に飲みましょう。保健師の田中さんより", "5.3") == []


def test_land_held_told_in_dialect(engine, flagged):
    # 田んぼ合わせて2.7ha持っとらす: holdings read off the register (round 40)
    assert flagged(engine, "課税台帳によると、鹿北町の森田正一さん、畑と山林で合わせて15ha持っとる", "5.3")


def test_a_counter_visitor_quoted_then_laughed_at(engine, flagged):
    # 窓口で「…」って泣きついてきた…の吉永さん、話長すぎｗ (round 40)
    found = flagged(engine, "窓口に「ごみの日が分からん」って電話のあと来た菊鹿町上内田の坂田さん、同じ話3回目ｗ", "5.3")
    assert any("菊鹿町上内田の坂田さん" in f for f in found), found
