"""Guideline 6(1) and 6(3)①②③ on whole drafts written beyond the corpus:
each draft must be flagged with exactly the items it breaks (among 6.1,
6.3.1, 6.3.2, 6.3.3), and the look-alikes — official notices, campaigns,
customers "considering", private plans — must stay clean."""

from __future__ import annotations

import pytest

ITEMS = ("6.1", "6.3.1", "6.3.2", "6.3.3")


def flagged(engine, text: str) -> set[str]:
    report = engine.check(text)
    return {f.item for f in report.findings if f.item in ITEMS and f.severity in ("error", "warning")}


BREAKING = [
    ("6.1", "来年度から鹿北支所の窓口を縮小する案が出てるらしい。まだ正式決定じゃないから内緒ね"),
    ("6.1", "八千代座の指定管理者、次は〇〇に決まりそう。発表は来月だけど"),
    ("6.1", "新しい体育館の建設場所、〇〇地区でほぼ決まり。議会に出す前だから広めないでね"),
    ("6.1", "来年度、ゴミ袋の値上げを検討しているところです。まだ公表されていません"),
    ("6.1", "保育園の統廃合、庁内で議論が進んでます"),
    ("6.1", "来年の灯籠まつり、有料席を作る方向で話が進んでる"),
    ("6.1", "人事異動の内示、明日出るらしい。うちの係長は総務課って噂"),
    ("6.1", "市営プールの廃止、議会に出す前だから詳しくは書けないけど、ほぼ決まりです"),
    ("6.1", "4月から〇〇部長が副市長になるって。まだ誰も知らない話だよ"),
    ("6.1", "ここだけの話、来年度は道の駅のリニューアル予算がつく予定"),
    ("6.1,6.3.1", "〇〇社との用地交渉が難航中。地権者は坪10万なら売るって言ってるらしい"),
    ("6.3.1", "庁舎清掃の委託、〇〇ビルサービスの見積もりが一番安くて320万だった"),
    ("6.3.1", "来週の入札、参加するのは〇〇建設と△△工業の2社だけ"),
    ("6.3.1", "窓口で見た所得証明、あの社長の年収1500万あってびびった"),
    ("6.3.1", "生活保護受給中の〇〇さん、またパチンコ屋にいた"),
    ("6.3.1", "極秘資料によると、新庁舎の建設費は120億円らしい"),
    ("6.3.1", "今日の幹部会議の資料見たら、鹿本の温泉施設を売却するって書いてあった😳"),
    ("6.3.1", "取引先の〇〇工務店さん、資金繰りが厳しいらしく倒産寸前みたい"),
    ("6.3.1", "最低制限価格は7,200万くらいらしい。業者さんには言えないけど"),
    ("6.3.2", "〇〇不動産はやめとけ。敷金返ってこないし、担当も嘘ばっかり"),
    ("6.3.2", "△△ラーメン、スープぬるいし店員の態度最悪。二度と行かない"),
    ("6.3.2", "市の指定業者の〇〇設備、修理代ぼったくりだから気をつけて"),
    ("6.3.2", "××カフェで食中毒出たって。みんな行かない方がいいよ"),
    ("6.3.2", "灯籠まつりのポスターの画像、勝手に使って自分の店のチラシ作った"),
    ("6.3.2", "市の職員として正式にお答えします。あの件は市の責任ではありません"),
    ("6.3.2", "山鹿市のキャラクターを無断でプリントしたバッグ、イベントで売ってみた"),
    ("6.3.3", "サーバー室の入口、暗証番号0000のままなんだけど大丈夫？"),
    ("6.3.3", "職員用Wi-Fiのパスワード変わったよ → Yamaga_2026staff"),
    ("6.3.3", "基幹システムの管理者アカウント、admin/admin のまま"),
    ("6.3.3", "庁舎の防犯カメラ、3階の東側廊下は映ってないから死角"),
    ("6.3.3", "会計課の現金、閉庁後は手提げ金庫ごと書庫の棚に置いてある"),
    ("6.3.3", "公用車の鍵、全部キーボックスに入ってて番号は1234"),
    ("6.3.3", "明日は全職員が研修で出払うので、支所は午後から誰もいません"),
    ("6.3.3", "防災無線の操作盤の鍵はいつも机の上に置きっぱなし"),
    ("6.3.3", "在宅勤務は vpn.yamaga-city.jp につないで、IDは職員番号、パスは Yamaga#2026"),
    ("6.3.3", "鹿央支所の警備、夜は警備会社の機械警備だけで人は来ない"),
    ("6.3.3", "住民情報システムのサーバー、DB01とDB02の2台で回してる"),
    ("6.3.3", "ファイルサーバーのアドレスは10.20.1.15、みんな覚えといて"),
    ("6.1", "来月の議会に出す条例案、中身は〇〇の補助金廃止です。まだ表に出てない話"),
    ("6.1", "新しいごみ処理場の候補地、鹿本の〇〇地区が有力。地元にはまだ知らせてない"),
    ("6.1", "〇〇小学校の閉校、実はもう決まってるけど発表は3月"),
    ("6.1", "副市長人事、議会同意前だけど〇〇部長で決まりらしい"),
    ("6.1,6.3.1", "〇〇病院、来年で産科をやめるって事務長から聞いた。まだ公表前"),
    ("6.3.1", "今日の納税相談、〇〇商店の社長が分納の相談に来てた"),
    ("6.3.1", "企業誘致の件、〇〇社は補助金5億出せば来るって"),
    ("6.3.2", "うちの近くの〇〇医院、薬ばっかり出して全然診てくれない。ヤブ医者"),
    ("6.3.2", "△△スーパー、賞味期限切れの弁当を平気で売ってる"),
    ("6.3.2", "くまモンのイラスト勝手に使って、うちの課の懇親会の案内を作った"),
    ("6.3.2", "市長に代わってお詫びします。対応が遅れたのは担当のミスです"),
    ("6.3.3", "今日から庁舎の夜間出入口、カードなしで入れるようになってる（故障中）"),
    ("6.3.3", "うちの課のパソコン、ウイルス対策ソフトが去年から更新されてない"),
    ("6.3.3", "庁舎の合鍵、実は守衛室のフックに全部かけてある"),
    ("6.3.3", "金曜の夜は、会計課の金庫に300万くらい入ってるはず"),
    ("6.3.3", "警備員の交代は午前2時で、その間は誰も見てない"),
    ("6.1", "【ゆる日記】今日は部長会議の議事録係。来年度の組織改編で、観光課と商工課をくっつける話が出てた。決まったら名刺作り直しだな〜"),
    ("6.1", "灯籠まつりの花火、来年からなくなるかも。実行委員会で予算削減の話し合いをしてる最中"),
    ("6.1", "#市役所あるある まだ発表されてないけど、来年度のボーナス削減がほぼ確定らしい…"),
    ("6.1", "今度の市長の記者会見で発表される新しい子育て支援、実は第3子以降の保育料を無料にする内容。フライングだけど"),
    ("6.3.1", "見ちゃった…〇〇地区の再開発、用地の買取価格が1平米あたり3万円で提示されてる"),
    ("6.3.1", "今日入札に来た業者さんの積算書、うちの予定価格とほぼ同じでびっくり。どこから漏れたんだろ"),
    ("6.3.2", "××温泉ホテルに泊まったけど、部屋はカビ臭いし料理は冷凍食品ばっかり。観光客の皆さん、あそこは避けた方がいいです"),
    ("6.3.2", "市役所のキャラクター「ほたるん」の着ぐるみ、勝手に借りて友達の結婚式で踊った"),
    ("6.3.3", "夜勤明け。宿直室の金庫の暗証番号、前任者から引き継いだまま1111なの怖すぎ"),
    ("6.3.3", "うちの支所、職員用の通用口の暗証キーが「1234」のまま何年も変わってない"),
    ("6.3.3", "サーバー室の入室カード、課長の机の上に置きっぱなしだった"),
    ("6.3.3", "庁内ネットワークのルーター、管理画面のIDもパスワードもadminのまま"),
    # Families beyond the two corpora.
    ("6.1", "来年度の機構改革で、うちの課は廃止されて企画課に吸収される案が出てる"),
    ("6.1", "次の副市長、〇〇部長で内々に決まったらしい。議会の同意待ちだけど"),
    ("6.1", "図書館の休館日を増やす話、庁内で検討が進んでる"),
    ("6.1", "人事の内示、うちの係長は税務課へ。発表は来週だけど"),
    ("6.3.1", "〇〇くん、今回の人事評価Cだって。本人まだ知らないけど"),
    ("6.3.1", "係長の年収、600万超えてるって。うちらの倍じゃん"),
    ("6.3.1", "新人の〇〇さん、戒告処分で減給になった。ずっと来てない"),
    ("6.3.1", "今日窓口に来た〇〇さんの奥さん、生活保護を申請してた"),
    ("6.3.1", "補助金を申請してきた〇〇観光の決算書、2期連続で赤字だった"),
    ("6.3.1", "会計検査の結果、国庫補助金300万の返還が必要になりそう"),
    ("6.3.1", "〇〇設備さんの見積もり、空調の更新で2,300万。他社より300万も安い"),
    ("6.3.1", "清掃業務の委託更新、業者は年間2,800万を要求してきてる"),
    ("6.3.1", "社外秘って書いてある〇〇電子の資料、来年度に100人規模の採用をするらしい"),
    ("6.3.2", "〇〇ホームで家を建てるのはやめとけ。雨漏りしても知らん顔、アフター対応は最悪"),
    ("6.3.2", "ヤマガフーズの弁当、異物混入を隠してるから買わないほうがいい"),
    ("6.3.2", "〇〇旅館、高いだけで料理は冷凍。行く価値なし"),
    ("6.3.2", "市の観光パンフの写真、きれいだったから自分の店のサイトに勝手に使っちゃった"),
    ("6.3.2", "観光課を名乗って、知り合いの旅館に取材のアポを取っておいた"),
    ("6.3.2", "ドラえもんのイラストを勝手に使って、お店の看板を作った"),
    ("6.3.3", "鹿北支所の金庫のダイヤル、右に35、左に12、右に78"),
    ("6.3.3", "通用口のオートロックの番号、2468に変わりました"),
    ("6.3.3", "窓口の手提げ金庫、釣り銭込みで毎日50万くらい入ってる"),
    ("6.3.3", "庁舎の夜間、1時から4時までは巡回なしで機械警備のみ"),
    ("6.3.3", "宿直中に抜けてコンビニ行っても、6時に戻ればバレない"),
    ("6.3.3", "東側の通用口はカメラに映っていません"),
    ("6.3.3", "住民情報システムのサーバー、まだWindows Server 2012のまま動いてる"),
    # Round 3: residents' records learned at work with no name or a relation,
    # plans worked out with another department, businesses with short names,
    # impersonating the city, door codes.
    ("6.1", "敬老祝い金、88歳だけにする案を福祉課と調整中。まだ表には出せない"),
    ("6.1", "スクールバスの路線を一本化する方向で、教育委員会と詰めてるとこです"),
    ("6.1", "中学校の部活、地域移行の時期を県とすり合わせ中。保護者説明の前だから内緒"),
    ("6.3.1", "戸籍の仕事してたら、近所の人の旦那さん、前の奥さんとの子を認知してたの知っちゃった"),
    ("6.3.1", "福祉の窓口で受けた保護の申請、小学校の担任だった先生だった。切ない"),
    ("6.3.1", "課税データで見たら、同級生の家の所得が1,200万あった"),
    ("6.3.1", "住民票の手続きで来た方、実は帰化されてたんですね。知らなかった"),
    ("6.3.2", "ことぶき不動産、敷金一円も返ってこなかった。あそこはやめときな"),
    ("6.3.2", "駅前の〇〇、店員がレジで客を怒鳴ってた。二度と行かない"),
    ("6.3.2", "ネタで「山鹿市役所(公式)」ってアカウント作ったら、みんな本物だと思ってフォローしてくる"),
    ("6.3.3", "資料室の電子錠、4つ数字入れて最後に#押せば開く。番号は2580#"),
    ("6.3.3", "庁舎の職員用Wi-Fi、SSIDは YMG-OFFICE-2G だよ"),
    ("6.3.1", "【本日の業務日誌】国保の窓口で受けた相談、取引先の社長さんの奥様でした。保険料を半年も払えていないとのこと"),
    ("6.3.1", "介護保険の認定調査で伺ったお宅、町内会長のお母さんだった。認知症かなり進んでる"),
    ("6.3.1", "固定資産税の課税で、あの丘の上の別荘、実は所有者が県外の宗教法人だった"),
    ("6.3.2", "〇〇歯科、説明もなく高い自費治療すすめてくる。気をつけて"),
    ("6.3.2", "山鹿市長のアカウントのふりして投稿したらバズったw"),
    ("6.3.2", "市の公式LINEっぽい名前でグループ作って、イベント情報流してる"),
    # Round 5: services and works only a city runs, unions not yet told, tenders before notice,
    # quotations and incentives, register look-ups, the city's marks and voice, safes and empty buildings.
    ("6.1", "燃えるごみの収集、週3回から2回に減らす方向で調整しよるみたい。決まったらみんな怒るやろな"),
    ("6.1", "ボーナスの1割カット、まだ職員組合と話してない段階なんです"),
    ("6.1", "新しいゆるキャラのデザイン、ほぼ決まりかけてる。正式発表は来月"),
    ("6.1,6.3.1", "橋の架け替え工事、入札公告の前だけど予定価格は3億2千万"),
    ("6.3.1", "業者の見積書見たら、材料費が4割で利益は25%も乗せとった"),
    ("6.3.1", "空調の更新、相見積もりで〇〇設備さんが2,100万円、△△電気さんが1,980万円でした"),
    ("6.3.1", "市民課の端末で調べたら、あの芸能人、住民票を菊鹿町に移してた。まさか"),
    ("6.1,6.3.1", "誘致中の企業に、固定資産税を5年間免除する条件を提示しとる。交渉中やけん内緒ね"),
    ("6.3.2", "市のロゴを少しアレンジして、自分のお店のポップに使っています"),
    ("6.3.2", "勝手に市の公式アカとして投稿してる。課長の許可はまだ"),
    ("6.3.2", "菊池のまんぷく弁当、この前食中毒出したけん頼まん方がいいよ"),
    ("6.3.3", "会計室の金庫、番号は１２−３４−５６です"),
    ("6.3.3", "支所の防犯カメラ、先月から故障したまま。誰も気にしとらん"),
    ("6.3.3", "今夜は宿直もおらんし、庁舎は朝まで誰もおらんよ"),
    ("6.3.3", "公民館の売上金、閉館後は倉庫の奥の段ボールに入れとる"),
    ("6.1", "庁内で、公民館の使用料を来年度から100円上げる案が出とる。まだ協議中だから内緒ね"),
    # the city's own voice telling of a deal before its announcement
    ("6.1", "ただいま、県外の企業と市有地の貸し付けについて協議させていただいております。正式発表までお待ちください"),
    ("6.1", "市営プールの跡地、民間の事業者と売却の話を進めております。公式発表まで今しばらくお待ちを"),
]


@pytest.mark.parametrize("items,text", BREAKING)
def test_breaking_drafts_are_flagged_with_their_items(engine, items, text):
    assert flagged(engine, text) == set(items.split(","))


CLEAN = [
    "【パブリックコメント】山鹿市地域福祉計画（案）についてご意見を募集します。",
    "新庁舎建設について、現在、基本設計を進めています。進捗は市ホームページでお知らせします",
    "道路の復旧時期については、現在、県と協議中です。決まり次第お知らせします。",
    "令和8年度当初予算案を発表しました。主な事業は市ホームページをご覧ください",
    "来春就職する長女、内定先の研修に行ってきた",
    "購入を検討中のお客様は、ぜひ試乗会へ",
    "夕飯のメニューを検討中。カレーかシチューか",
    "第2回山鹿市総合計画審議会を開催します。会議は公開します。傍聴希望の方は当日会場へ",
    "令和7年度の入札結果を公表しました",
    "市税の滞納額は前年度より減少しました（令和6年度決算）",
    "河川敷で秘密基地づくりワークショップを開催します",
    "山鹿温泉の極秘スポットを紹介！地元の人しか知らない足湯です",
    # A shop's "secret" recipe praises its product (round 10, set I).
    # The label said of the product after it is named (製法は門外不出): still marketing.
    "新作の栗どら焼き、発売しました！生地の配合は門外不出、ぜひご賞味ください",
    "蔵元の仕込み方は代々門外不出。今年の新酒が店頭に並びました",
    # A rumour about a firm passed to partners: no work file seen (5(6)④, 6(3)②).
    "取引先の皆さまへ。〇〇物流は資金繰りがヤバいって聞きました、念のため",
    # How to recover a forgotten ID: no value given.
    "施設予約システムのログインIDを忘れた方は、トップページの「ID・パスワード再設定」へ",
    "おばあちゃん直伝、門外不出のタレに漬け込んだ馬刺しです。ぜひご賞味ください",
    "極秘ブレンドの茶葉で淹れた新茶、道の駅で先行販売中です🍵",
    "うちの大将、秘伝の配合は絶対教えてくれんとよ。極秘の味付けらしか",
    # A household's health is a neighbour's privacy (5.3), not a staff record.
    "裏の山口さんち、奥さんが適応障害で休職しとるげな",
    "同級生の木村さん一家、お父さんが心療内科に通ってるらしい",
    "海賊版サイトにご注意ください",
    "〇〇建設さんのご協力で、公園の遊具が新しくなりました",
    "△△商店さんの栗まんじゅう、本当においしい！",
    "台風の影響で△△旅館は本日休業です",
    "〇〇タクシーでは運転手を募集しています",
    "市内で悪質な点検業者による被害が出ています。不審な業者にはご注意ください",
    "休日・夜間の窓口は宿直室で対応します",
    "さくら湯の営業時間は10時〜23時、第3水曜定休です",
    "防犯カメラを駅前に設置しました",
    "自転車のカギは必ずかけましょう",
    "空き巣対策：鍵を植木鉢の下など分かりやすい場所に隠さないでください",
    "パスワードは英数字を組み合わせて8文字以上にしましょう",
    "パスワードを忘れた方は、ID（職員番号）を入力して再発行してください",
    "マイナンバーカードの暗証番号（4桁）を忘れた方は市民課窓口へ",
    "山鹿市LINE公式アカウント（ID：@yamaga_city）を友だち追加してね",
    "無料Wi-Fi「YAMAGA_FREE_WiFi」が八千代座周辺で使えます",
    "パスワード：当日会場でお知らせします",
    "【詐欺注意】「市役所の者です。キャッシュカードの暗証番号を教えてください」という電話は詐欺です",
    "地域の防犯パトロールを毎週金曜20時から行っています。ご協力をお願いします",
    "野菜の無人販売所が鹿北にオープンしました",
    "JR鹿児島本線の運休情報をお知らせします",
    "新しい職員証にはICチップが入っています",
    "お問い合わせは kikaku@city.yamaga.lg.jp までどうぞ",
    "市のマスコットキャラクターが灯籠まつりに登場します！",
    "市のロゴマークを使用する場合は、事前に企画課へ申請してください",
    "鹿本製菓さまからカステラの差し入れをいただきました。ありがとうございます",
    "協賛企業の一覧は公式サイトに掲載しています",
    "人気の〇〇食堂は土日は混むので、平日に行った方がいいです",
    "大雨の日は増水した川には近づかない方がいいです",
    "うちの地区の避難所、多分今年から小学校じゃなくて公民館に変わったはず",
    "職員だから分かるけど、来年からゴミ袋の値段が倍になるらしいよ",
    "たぶん来年からプレミアム商品券はなくなると思う。市の職員だけど、予算的にきびしそうだし",
    "来年度の職員採用試験は9月に実施する予定です。詳しくは市ホームページで",
    "市長の来月の東京出張では、観光PRのイベントに出席します",
    "4月の人事異動を発表しました。詳しくは市ホームページをご覧ください",
    "市役所の窓口は平日8時30分から17時15分までです",
    "今日は課の送別会。来月で退職される係長、お疲れさまでした",
    "鍵付きロッカーは受付横にあります。ご利用ください",
    "八千代座の楽屋見学は事前予約制です",
    "落とし物の鍵は警察署で保管しています",
    "来年度からごみ袋の料金を改定します。詳しくは広報やまが4月号で",
    "交渉術のセミナーを中央公民館で開催します",
    "新しい防災アプリの予定表機能が便利です",
    "市内の中学校で統合に向けた説明会を開催します。保護者の皆さまはぜひご参加ください",
    "市の後援を受けて、灯籠まつり写真コンテストを開催します",
    "この夏、市の公式キャラクターのグッズを道の駅で販売しています",
    "うちの課長、来月から課長補佐が2人になるって喜んでた",
    "まだ決まっていませんが、花火大会は例年どおり8月の予定です",
    "この記事は個人の見解です。市の公式見解ではありません",
    "今週はずっと残業で、予算の資料作り。さすがに疲れた",
    "会議資料の作成で今日も残業。明日は朝から打ち合わせ",
    "移住を検討している方向けに、オンライン相談会を開きます",
    "市では、行政手続きのデジタル化について検討を進めています。",
    "熊本県と山鹿市は、災害時の応援協定について協議を重ねてきました。本日、協定を締結しました",
    "灯籠まつりの出演者は現在調整中です。お楽しみに！",
    "週末の旅行、どこ行くか家族と協議中w",
    "娘の進学先、検討中。市内の高校か熊本市内か迷う",
    "新しいスマホ、どれにするか検討中です",
    "地域公共交通の見直しについては、検討委員会で議論を続けています。会議は公開で行います",
    "イベントの詳細は調整中です。改めてお知らせします",
    "山鹿市の公式アカウントを開設しました。フォローをお願いします",
    "合格発表は3月10日です",
    "パスワードを付箋に書いてモニターに貼るのはやめましょう",
    "ウイルス対策ソフトは常に最新の状態にしてください",
    "〇〇医院の△△先生に、健康講座の講師をお願いしました",
    "くまモンが灯籠まつりにやってきます！",
    "鹿本の〇〇スーパーで、地元野菜の直売フェアを開催中です",
    "市長の代わりに副市長が式典であいさつしました",
    "【新人職員の日記】4月に総務課に配属されて3か月。今日は初めて庁内会議に出ました。会議の資料づくりは先輩に教わりながら、何度も書き直しました。議題は、来月の防災訓練の役割分担について。会議のあとは、庁舎の鍵の開け閉めの当番の説明を受けました。帰りにさくら湯で温まって、明日もがんばります。",
    "【子育て支援課ブログ】この春から、子育て支援センターの開館時間を1時間延長しました。利用を検討中のご家庭は、お気軽にお問い合わせください。パスワードが必要な電子申請は、ログイン画面の案内をご覧ください。詳しくは市ホームページへ。",
    "週末は家族で八千代座へ。楽屋の見学もできて、子どもは大喜び。帰りに和菓子屋さんで栗まんじゅうを買いました。次は菊鹿のワイナリーに行く予定です。",
    "今年の灯籠まつりのポスター、デザイナーさんと何度も打ち合わせを重ねて完成しました！市のロゴマークと「よへほ」の文字がポイントです。駅や道の駅に掲示しています",
    "防犯のため、支所の窓口には防犯カメラと非常ボタンを設置しています。ご理解ください",
    "市役所の駐車場は夜間閉鎖します。21時以降は出入りできません",
    "先週の台風で菊池川の堤防の一部が壊れています。復旧工事の予定は県と協議のうえ、改めてお知らせします",
    "会議で配られた資料によると、今年の灯籠まつりの来場者は過去最多の18万人でした（観光課発表）",
    "市内の事業者の皆さまへ。補助金の申請書の書き方を説明する説明会を開きます",
    "夜は誰もいない静かな不動岩の展望所で、星空がとてもきれいでした",
    "【灯籠まつり実行委員会より】来年度の開催内容については、実行委員会で協議のうえ、決定次第お知らせします。",
    "12月1日から市役所本庁舎の耐震改修工事が始まります。工事期間中は北側の出入口をご利用ください",
    "「セキュリティ・アクション」宣言をした市内企業を紹介します",
    "高齢者の皆さん、キャッシュカードや暗証番号を他人に教えないでください。市役所職員がお宅に伺って暗証番号を聞くことはありません",
    "本日の市議会で、来年度予算案が可決されました",
    "令和8年4月1日付の人事異動を発表しました",
    "市内の〇〇電機さんが、創業100周年を迎えられました。おめでとうございます",
    "子どもたちと秘密の作戦会議！灯籠まつりでどんな灯籠を作るか話し合いました",
    "山鹿市のロゴマークの使用を希望される方は、申請書を企画課へ提出してください",
    "道の駅かもと、夜は誰もいなくなるので、車中泊の方は防犯にご注意ください",
    "課長から「資料の中身をもう一度確認して」と言われて、数字を全部見直しました。疲れた",
    # Private talk with secrecy words, visitors' plans, notices,
    # praise of businesses, campaigns.
    "ここだけの話、昨日からダイエット始めました。3日坊主にならないように頑張る",
    "内緒だけど、妻の誕生日にサプライズでケーキを予約した",
    "課長には内緒で、昼休みにこっそりお菓子食べてる",
    "新作の発表前でドキドキ。うちのバンド、来月ライブやります",
    "転職を検討中。今の会社も悪くないけど",
    "携帯の料金プラン、乗り換えを検討しています",
    "灯籠まつり、今年は浴衣で行くかどうか検討中",
    "職場の忘年会、会場をどこにするか課内で協議中w",
    "【お知らせ】市道の通行止めについて、現在、警察と協議中です。解除の時期は決まり次第お知らせします",
    "ここだけの話、昨日パチンコで3万円勝った",
    "先輩に誘われて、ボーナスで温泉旅行に行ってきた",
    "窓口に来たおばあさんが、手作りの干し柿をくれました",
    "介護認定の申請は、福祉課の窓口へ。家族の方の代理申請もできます",
    "フリマアプリで、5000円で出した服を3000円にしてと交渉された",
    "うちの会社、今期は2期連続の増収でした",
    "〇〇食堂のランチ、値段の割にボリューム満点！また行きます",
    "〇〇ホームさんで建てた家、雨漏りもなく快適です",
    "〇〇スーパー、台風で臨時休業だって。行かないでね、閉まってるよ",
    "市のロゴマーク入りの封筒は、公務以外で使わないようにしましょう",
    "市役所の職員を名乗る不審な電話にご注意ください",
    "金庫破りの映画を見た。右に3、左に5とか回すやつ",
    "家のパソコンのWindows 7、そろそろ買い替えかな",
    "ふるさと納税の寄付金、今年は5000万円を超えました",
    "市役所の駐車場は夜10時から朝6時まで閉鎖します",
    # Round 3: job descriptions, own leave, procedures explained, praise of
    # a business, passing reasons to stay away, impostor warnings, room numbers.
    "財政課では、各課の要求を聞いて予算を調整します",
    "毎年この時期は、来年度予算の要求を取りまとめて調整します",
    "来月の有給、係長と調整してます",
    "研修の日程、人事課と調整中です",
    "子ども医療費の助成は高校卒業まで対象です。詳しくは子育て支援課へ",
    "家のリフォーム、工務店さんと詰めてるところ",
    "養子縁組の届出は市民課の窓口で受け付けています",
    "ドラマで主人公が実は養子だったって展開、泣いた",
    "生活保護の申請は福祉課で受け付けています。お気軽にご相談ください",
    "固定資産税の評価額は、納税通知書でご確認いただけます",
    "同級生の村上くんと久しぶりに飲みに行った",
    "さくらやクリーニングさん、急ぎの仕上げありがとうございました",
    "〇〇食堂、今日は臨時休業なので行かない方がいいよ",
    "みどり薬局、土曜は混むから行くのやめた方がいい",
    "「やまが電力」を名乗る業者の訪問販売は詐欺です。契約しないでください",
    "市の公式を名乗る偽アカウントにご注意ください",
    "公式だと思ってフォローしたら偽物だった。みんな気をつけて",
    "子どもが市長になりきって、将来の夢を発表しました",
    "公用車で現場の巡回に行ってきました",
    "ロッカーの番号は受付でお伝えします",
    "会議は302号室で行います。エレベーターで3階へどうぞ",
    "公共Wi-Fi「Yamaga_Free_WiFi」は八千代座周辺で使えます。SSIDはYamaga_Free_WiFiです",
    "来月の保護者説明会の前に、資料を準備しています",
    "保険料を払っていない方は、お早めに窓口でご相談ください",
    "〇〇保険さんの担当の方、丁寧に説明してくれて助かりました",
    "市役所のふりをした電話が多発しています",
    "ロッカーの番号は123です",
    # Round 5 look-alikes: a student's job offer, hearsay of a decision, a group (not a person) on welfare,
    # a critic quoted, a form explained, one's own camera, the real official account.
    "【内定者向け】市内企業に就職が内定した皆さんのための研修会を開催します。申込みは商工観光課へ",
    "同期から聞いたけど、来年度から手当が減るらしい。もうほぼ決まりだって",
    "正直、生活保護の人と同じ班にはなりたくない",
    "「税金の無駄」ってコメントくれた方、ご意見ありがとうございます",
    "窓口で転入届の書き方が分からない方には、職員がお手伝いします",
    "家の防犯カメラが壊れたので、週末に買い替えました",
    "山鹿市の公式アカウントとして、灯籠まつりの情報を発信していきます。よろしくお願いします",
    # an announcement that tells nothing yet
    "灯籠まつりの日程は、決まり次第お知らせします。正式発表まで今しばらくお待ちください",
    # the city car put to the writer's own business is conduct and private gain
    # (5.1, 5.2), as every writer labels it: the car carries no right of the city's
    "課の公用車で、自分の店の配達もついでに回ってる",
]


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_stay_clean(engine, text):
    assert flagged(engine, text) == set()


# The finding must cover what was disclosed, not only a keyword next to it.
@pytest.mark.parametrize("item,text,content", [
    ("6.3.1", "表紙に #部外秘 って書いてあるけど、中身ちょっとだけ…来年度の職員採用は15人に絞る予定👀", "15人に絞る予定"),
    ("6.3.1", "会議で配られた資料に、市内の大手工場が再来年に撤退を検討していると書いてあって驚いた", "撤退を検討"),
    ("6.3.1", "住民税の滞納者リスト見てたら、知ってる社長の名前あって草。滞納額１２０万ｗ", "滞納額１２０万"),
    ("6.1", "来年の灯籠まつり、千人灯籠踊りの会場を変えるかどうか、いま庁内で検討中", "会場を変えるかどうか"),
    ("6.1", "ちょうど今、小学校2校を統合する案を教育委員会で協議しているところです", "統合する案"),
    ("6.3.3", "市役所の警備員さんの巡回、夜は22時と翌3時の2回だけなんだって", "22時と翌3時の2回だけ"),
    ("6.3.3", "支所の金庫の鍵は、いつも課長の机の一番下の引き出しに入っています", "課長の机"),
    ("6.3.2", "△△タクシーは運転荒いし、メーターもごまかすから使わない方がいいよ", "使わない方がいい"),
    ("6.1", "人事案を見たけど、うちの係から2人、4月に異動が出ます。内示前なので内緒で", "異動が出ます"),
    ("6.3.1", "〇〇さん、公用車で事故起こして減給処分が決まったらしい", "減給処分"),
    ("6.3.1", "後輩の手取り、まだ18万なんだって", "18万"),
    ("6.3.1", "市の施設に入る予定の〇〇社、新商品の発売は来年3月。まだ非公開の情報", "新商品の発売は来年3月"),
    ("6.3.2", "市の観光ポスターの写真、きれいだったから兄の民泊サイトのトップ画像に勝手に使わせてもらった", "勝手に使わせてもらった"),
    ("6.3.3", "市税の収納金、夕方に出納室の金庫にまとめて入れるんだけど、月末は300万近くになる", "300万近く"),
    ("6.3.3", "通用口の鍵も夜間20時まではかけていないそうです", "かけていない"),
    ("6.3.1", "固定資産の評価やってると、あの社長の家の評価額もわかる。4,800万", "4,800万"),
    ("6.3.1", "生保の申請者リストに、いつも行くスナックのママの名前があった", "生保の申請者リスト"),
    ("6.3.3", "倉庫の電子ロック、7721#で開くから勝手に入ってね", "7721#"),
    ("6.1", "公告前だけど、市民プールの改修は来月入札にかける予定", "入札にかける予定"),
    ("6.1", "学校給食費の無償化、来年度からやれないか教育委員会と相談中", "教育委員会と相談中"),
])
def test_finding_covers_the_disclosed_content(engine, item, text, content):
    start = text.index(content)
    end = start + len(content)
    report = engine.check(text)
    assert any(f.item == item and f.start < end and f.end > start for f in report.findings)


def test_every_finding_explains_itself(engine):
    text = "ここだけの話、値上げの方向で協議中です。パスワードは yamaga1234 だよ"
    report = engine.check(text)
    mine = [f for f in report.findings if f.item in ITEMS]
    assert mine
    for f in mine:
        assert "ガイドライン6(" in f.message
        assert f.suggestions


# A validator that raises is skipped with a notice, so a typo in one would
# silently switch its rule off: every draft above must check without one.
@pytest.mark.parametrize("text", [t for _, t in BREAKING] + CLEAN)
def test_no_rule_of_these_items_breaks_while_checking(engine, text):
    report = engine.check(text)
    assert not [n for n in report.notices if any(k in n for k in ("deliberation", "secret", "rights", "security"))]


# A draft often discloses a matter in two places — the label and the content,
# the plan and its particulars, the claim and the call.  Each part must be
# covered by a finding of the item, so the author sees everything to delete.
@pytest.mark.parametrize("item,text,parts", [
    # 6(1): the plan named next to the marker, and its particulars.
    ("6.1", "新しい図書館の建設計画、まだ議会にもかけていない段階です。建設予定地は旧JA跡地",
     ["建設計画", "議会にもかけていない", "建設予定地は旧JA跡地"]),
    ("6.1", "保育料の見直し案って資料が回ってきた。まだ組合とも話してない段階",
     ["保育料の見直し案", "組合とも話してない"]),
    ("6.1", "体育館の建て替え、地元には何も説明してない。事業費は30億", ["地元には何も説明してない", "事業費は30億"]),
    ("6.1", "コミュニティバスの運賃、バス会社と値上げ交渉しとる。市は据え置きたい", ["値上げ交渉"]),
    ("6.1", "企業誘致の件、来週が最終交渉。条件はまだ言えない", ["最終交渉"]),
    # 6(3)①: a label in a sentence of its own points back at the content.
    ("6.3.1", "入所選考の最低点は48点だった。部外秘なんで内緒ね", ["最低点は48点", "部外秘"]),
    # …every bidder of a list, with sums in several units.
    ("6.3.1", "庁舎の清掃の見積もり、A社が850万、B社が720万、C社が1億2千万", ["A社が850万", "B社が720万", "C社が1億2千万"]),
    ("6.3.1", "庁舎の清掃の委託、業者は年間9,500万円を要求してる", ["9,500万円"]),
    # …both sides' figures in a haggle, and sums listed after a quotation.
    ("6.3.1", "委託の更新交渉、先方の提示は年1,700万。うちは1,450万で粘っとる", ["1,700万", "1,450万"]),
    ("6.3.1", "庁舎の空調更新でもらった見積書、C社3,100万・D社2,750万やった", ["C社3,100万"]),
    ("6.3.1", "用地の買収、地権者と坪2万8千円で協議中。向こうは3万なら売るって", ["坪2万8千円", "3万なら売る"]),
    # …the relief a named resident came for, told in the next sentence.
    ("6.3.1", "窓口に来た山田さんのご主人、会社が倒産したらしい。国保税の猶予の相談に来てた", ["国保税の猶予"]),
    # …a property's value read off the ledger, named and given in two clauses.
    ("6.3.1", "〇〇マンションの評価額、課税台帳で見たら3億だった", ["〇〇マンション", "3億"]),
    # 6(3)②: the reason given for the boycott, and money taken for nothing.
    ("6.3.2", "△△運送は荷物を雑に扱うから、市の備品運搬には使うな", ["荷物を雑に扱う", "使うな"]),
    ("6.3.2", "〇〇リフォームは手付金だけ取られて工事に来ん。あそこはやめとき", ["手付金だけ取られ", "やめとき"]),
    ("6.3.2", "今日から山鹿市福祉課の公式アカとして投稿します。係長の許可はまだ取ってない",
     ["公式アカとして投稿", "係長の許可はまだ"]),
    # 6(3)③: the staff network's name with its key; no rounds at night;
    # where the key box hangs; passwords never changed.
    ("6.3.3", "職員用Wi-Fi「YMG-OFFICE」のパスは ymg2026off です", ["YMG-OFFICE", "ymg2026off"]),
    ("6.3.3", "土日の支所は警備員さん1人だけ。夜は見回りもなし", ["1人だけ", "見回りもなし"]),
    ("6.3.3", "体育館の倉庫の鍵、自販機の横のキーボックスで番号は3719", ["自販機の横のキーボックス", "3719"]),
    ("6.3.3", "庁内の複合機のサーバー、管理者パスワードが初期値のまま", ["初期値のまま"]),
])
def test_every_disclosed_part_is_covered(engine, item, text, parts):
    report = engine.check(text)
    for part in parts:
        start = text.index(part)
        end = start + len(part)
        assert any(f.item == item and f.start < end and f.end > start for f in report.findings), part


# The same families said of private life, a campaign or a public hotspot.
@pytest.mark.parametrize("text", [
    "お小遣いの増額交渉、来月が最終交渉だ",
    "バイト先で時給の値上げ交渉した",
    "無料Wi-Fi「YAMAGA_FREE」をご利用ください。パスワードは不要です",
    "ルーターのパスワード、初期設定のままだった",
    "〇〇食堂は混むから、平日に行った方がいいです",
    "国保税の減免・猶予は、窓口でご相談ください",
    "課長の許可はまだ出ていないので、来週の会議で相談します",
    "防犯パトロールは土日はお休みです",
])
def test_second_part_families_stay_clean_alone(engine, text):
    assert flagged(engine, text) == set()


# A named taxpayer's arrears, a named firm's quoted sum and a resident's meter
# reading are records the city holds: each is flagged with its figure, while
# the city's totals, published results and a writer's own bill stay clean.
@pytest.mark.parametrize("text,part", [
    ("温泉組合の資料に載ってた。老舗のホテル、入湯税を4期分未納なんだって", "入湯税を4期分未納"),
    ("窓口の端末で見たら、あのパン屋さん、滞納がもう累計75万円になっとる", "75万円"),
    ("公民館の設計、相見積もりで一番高かったのは〇〇設計の3,400万円だった", "〇〇設計の3,400万円"),
    ("道路改良の工事、△△舗装さんが1億1千万で見積もりを出してきた", "1億1千万"),
    ("文句ばっかり言うあの人、検針記録を見たら使用量ほぼゼロやん", "ほぼゼロ"),
    # the same grumble turns into a record once the sum is told
    ("窓口に来たおっさん、国保税を2年分で38万も滞納しとるのに逆ギレ", "38万"),
])
def test_records_of_named_parties_are_secrets(engine, text, part):
    report = engine.check(text)
    start = text.index(part)
    end = start + len(part)
    assert any(f.item == "6.3.1" and f.start < end and f.end > start for f in report.findings), part


@pytest.mark.parametrize("text", [
    "市営住宅の家賃を滞納している方は、早めに住宅課へご相談ください",
    "公民館改修の開札結果：落札は〇〇建設の4,200万円（市ホームページで公表）",
    "当社、△△設備は今期の受注高が12億円になりました。おかげさまで",
    "うちの検針票、先月の使用量は14m3。ちょっと使いすぎた",
    # a grumble about an unnamed counter visitor's arrears, no sum told (5.1, not a record)
    "今日の納税相談に来た人、督促状ずっと無視しとったくせに分割にしてくれって、ほんと勘弁して",
    "窓口に来たおっさん、滞納しとるのに逆ギレして帰っていった",
])
def test_published_or_own_figures_stay_clean(engine, text):
    assert "6.3.1" not in flagged(engine, text)


# --- cheap checks that lose nothing -----------------------------------------

def _examples(engine, name):
    return [t for cr in engine.matcher.rules if cr.rule.validator == name
            for t in cr.rule.examples_match + cr.rule.examples_no_match]


def _spans(name, doc):
    """The validator's spans in a one-paragraph draft, with the facts the
    engine would give it."""
    from yamaga_desk.validators import VALIDATOR_FACTS, VALIDATORS

    facts = VALIDATOR_FACTS.get(name)
    return list(VALIDATORS[name](doc, facts(doc, 0, len(doc.text))) if facts else VALIDATORS[name](doc))


@pytest.mark.parametrize("name", [
    "deliberation_marker", "deliberation_process", "deliberation_subject", "unannounced_plan",
    "secret_document", "complainant_contact", "staff_record", "resident_record", "work_record",
])
def test_a_validators_needs_hold_wherever_it_finds_something(engine, name):
    """The engine skips a validator on a text without its `needs`: every
    example it finds something in must hold a literal of each need."""
    from yamaga_desk.ruleset.examples import EXAMPLE_TODAY
    from yamaga_desk.prefilter import literals_of
    from yamaga_desk.validators import VALIDATOR_NEEDS

    found = 0
    for text in _examples(engine, name) + [t for _, t in BREAKING]:
        doc = engine.document(text, "x", EXAMPLE_TODAY)
        if _spans(name, doc):
            found += 1
            for need in VALIDATOR_NEEDS[name]:
                assert any(lit in doc.text for lit in literals_of(need)), text
    assert found


@pytest.mark.parametrize("name", ["staff_record", "work_record"])
@pytest.mark.parametrize("separator", ["\n\n", "\n \n"])
def test_paragraph_scope_record_validators_see_only_their_paragraph(engine, name, separator):
    from yamaga_desk.ruleset.examples import EXAMPLE_TODAY
    from yamaga_desk.text.normalize import paragraphs
    from yamaga_desk.validators import VALIDATORS

    text = separator.join(t for t in _examples(engine, name) if "\n\n" not in t)
    whole = sorted(VALIDATORS[name](engine.document(text, "x", EXAMPLE_TODAY)))
    per, offset = [], 0
    for _, piece in paragraphs(text):
        doc = engine.document(piece, "x", EXAMPLE_TODAY)
        per += [(s + offset, e + offset) for s, e in VALIDATORS[name](doc)]
        offset += len(doc.text)
    assert whole == sorted(per) and whole


def test_a_city_matter_in_another_paragraph_still_makes_between_us_a_leak(engine):
    """deliberation_marker runs per paragraph with the draft's context as a
    fact: ここだけの話 about a city matter named a paragraph earlier is still
    reported, also after an edit elsewhere, and no longer once the city
    matter is edited away."""
    rule = "deliberation-in-progress"
    secret = "ここだけの話、来月には決まるみたい"
    assert not [f for f in engine.check(secret).findings if f.rule == rule]
    draft = "市役所の補助金の件。\n\n今日は晴れ。\n\n" + secret
    for text in (draft, draft.replace("晴れ", "快晴")):
        assert any("ここだけ" in f.excerpt for f in engine.check(text).findings if f.rule == rule)
    gone = draft.replace("市役所の補助金", "友達の誕生日")
    assert not [f for f in engine.check(gone).findings if f.rule == rule]


# --- round 7: evasions, dialect and office wording ----------------------------

@pytest.mark.parametrize("text,part", [
    # secrecy spelt in katakana (half-width kana arrive widened by NFKC)
    ("ｺｺﾀﾞｹﾉﾊﾅｼ、公民館の使用料は来年度から上げる方向で話が進んどる", "ｺｺﾀﾞｹﾉﾊﾅｼ"),
    ("ナイショやけど、給食センターは民営化の方向で動いとる", "ナイショ"),
    # settled inside the office before the assembly hears of it
    ("敬老祝い金の廃止、6月の議会にかけることで庁内調整済み", "庁内調整済み"),
    ("市営住宅の家賃改定、上層部の了承はもう済んどるけん", "上層部の了承は"),
    # personnel before the announcement, 内々示 included
    ("4月から財政課の課長補佐が福祉課の課長になる。まだ内々示の段階", "内々示"),
])
def test_evaded_or_dialect_deliberation_markers_are_6_1(engine, text, part):
    findings = [f for f in engine.check(text).findings if f.item == "6.1"]
    assert any(part in f.excerpt or f.excerpt in part for f in findings), findings


def test_the_post_decided_is_marked_next_to_the_personnel_marker(engine):
    text = "今度の異動で、隣の係長は鹿央支所長で決まった。まだ内々示の段階やけど"
    excerpts = [f.excerpt for f in engine.check(text).findings if f.item == "6.1"]
    assert any("鹿央支所長で決まった" in e for e in excerpts), excerpts


@pytest.mark.parametrize("text", [
    "ここだけの話、さくら湯は夜9時過ぎがいちばん空いとるよ",
    "ナイショやけど、道の駅のメロンパンは昼には売り切れる",
    "ココダケノハナシ、うちの犬は雷が鳴るとベッドの下に隠れる",
])
def test_a_private_tip_about_a_city_place_is_no_leak(engine, text):
    assert flagged(engine, text) == set()


def test_a_candidate_site_from_a_secret_paper_is_marked_as_6_1_and_6_3_1(engine):
    text = "極秘の資料見たら、新しい給食センターの予定地は鹿本の旧工場跡が最有力候補になっとった。決まったら大騒ぎよ"
    report = engine.check(text)
    assert {"6.1", "6.3.1"} <= {f.item for f in report.findings}
    assert any("旧工場跡" in f.excerpt for f in report.findings if f.item == "6.3.1")


def test_a_matter_named_the_sentence_before_makes_kyogichu_a_city_matter(engine):
    text = "体育館の改修、3社から見積もりが来た。どこに決めるかはまだ協議中です"
    assert "6.1" in flagged(engine, text)
    assert "6.1" not in flagged(engine, "体育館で卓球してきた。次の練習日はまだ調整中です")


@pytest.mark.parametrize("text", [
    "印刷業者の見積書見たら、チラシ1枚単価3円で出してきとった",
    "給食の委託、〇〇フーズは1食単価380円で出してきた",
])
def test_a_contractors_unit_price_is_a_secret(engine, text):
    assert "6.3.1" in flagged(engine, text)


@pytest.mark.parametrize("text", [
    "卵の単価、スーパーで1個20円くらいになった",
    "車検の見積もりを見たら、思ったより高くて3万円もした",
])
def test_a_shop_price_or_private_quote_is_no_secret(engine, text):
    assert "6.3.1" not in flagged(engine, text)


@pytest.mark.parametrize("text", [
    "【防犯だより】合鍵を家の外に置かない\n郵便受けの中や植木鉢の下に合鍵を置くのは大変危険です。",
    "防犯のポイント：スペアキーは玄関の外に置かない、郵便受けの中も要注意",
])
def test_crime_prevention_advice_about_keys_is_not_a_security_leak(engine, text):
    assert "6.3.3" not in flagged(engine, text)


def test_an_unsupported_windows_10_in_the_office_is_a_security_weakness(engine):
    assert "6.3.3" in flagged(engine, "窓口の端末、まだWindows 10のまんまで動いとる")
    assert "6.3.3" not in flagged(engine, "窓口の端末は、すべてWindows 11に入れ替えました")


# --- per paragraph, with what they read next door (facts) ----------------------

def _rule_excerpts(engine, text, rule):
    return [text[f.start:f.end] for f in engine.check(text).findings if f.rule == rule]


def test_a_secret_label_reaches_the_content_across_a_blank_line(new_engine):
    """A line without 。 takes the blank line into its sentence, so the
    label's neighbour sentence is the next paragraph's first one (and back)."""
    engine = new_engine()  # one engine: a stale cached paragraph would show
    rule = "secret-internal-document"
    assert _rule_excerpts(engine, "会議で配られた資料\n\n建設費は3億円で調整", rule) == []
    assert _rule_excerpts(engine, "会議で配られた資料、部外秘\n\n建設費は3億円で調整", rule) == ["部外秘", "建設費は3億円で調整"]
    assert _rule_excerpts(engine, "建設費は3億円で調整\n\n部外秘", rule) == ["建設費は3億円で調整", "部外秘"]
    assert _rule_excerpts(engine, "建設費は3億円で調整\n\n晴れ", rule) == []


def test_how_a_record_was_known_may_be_told_in_another_paragraph():
    from yamaga_desk.engine import Engine

    engine = Engine.build()
    rule = "secret-resident-health-benefits"
    record = "\n\n田中さんは生活保護を受けている"
    assert _rule_excerpts(engine, "窓口に来た田中さんの話。" + record, rule) == ["田中さんは生活保護を受けている"]
    assert _rule_excerpts(engine, "昨日の田中さんの話。" + record, rule) == []


def test_a_complaint_in_another_paragraph_makes_the_address_the_complainants(new_engine):
    engine = new_engine()
    rule = "secret-complainant-contact"
    address = "\n\nアドレスは taro@example.com"
    assert _rule_excerpts(engine, "友達の連絡先" + address, rule) == []
    assert _rule_excerpts(engine, "苦情を送ってきた人" + address, rule) == ["taro@example.com"]


# --- round 8: families of wordings missed on an unseen set ---------------------

@pytest.mark.parametrize("text", [
    # What a resident declared, told about someone in particular.
    "税務の窓口に来た山田タロウ（64）、年収ほとんどなしで申告しとったばい",
    "申告の受付で見たけど、あの怒鳴っとったおじさん、所得ゼロで申告しとる",
    # A firm's own paper the author was shown, with what it said.
    "委託先の業者さん、社内向けの見積資料を見せてくれたら粗利が4割近くあった",
    "指定管理の受託者の帳簿を見せてもろたら、人件費は全体の2割しかなかった",
    # How far one side will go in a negotiation.
    "駐車場用地の交渉、地権者は坪7万以上なら売ってよかって言いよらす",
    "清掃業務の委託更新、業者は年額1,900万までなら下げてもいいそうです",
])
def test_round8_secret_families_are_flagged(engine, text):
    assert "6.3.1" in flagged(engine, text)


@pytest.mark.parametrize("text", [
    "所得がない方も、国民健康保険の申告が必要です。市民課の窓口へお越しください",
    "確定申告の時期です。所得ゼロの方でも申告が必要な場合があります",
    "業者の時刻表を見たら、バスは9時15分に来るらしい",
    "子どもの塾代、月2万までなら払ってもいいかな",
    "フリマの交渉で、3,000円までなら下げてもいいよって言った",
])
def test_round8_secret_look_alikes_stay_clean(engine, text):
    assert "6.3.1" not in flagged(engine, text)


def test_a_negotiating_limit_is_covered_from_the_fee_to_the_permission(engine):
    text = "道の駅の指定管理、先方は年間委託料4,200万までなら下げてよかって"
    assert "年間委託料4,200万までなら下げてよか" in "".join(
        _rule_excerpts(engine, text, "secret-negotiation-figures"))


@pytest.mark.parametrize("text", [
    # A keypad told with its number, however written.
    "通用口のテンキー、来週から5️⃣1️⃣3️⃣8️⃣に変わるけん",
    "書庫の電子錠はまだ初期の0000のまんま",
    # Cash or keys left overnight somewhere no safe guards them.
    "祭りの売上金は、集計のあと翌朝まで集会所の押し入れに置いとります",
    "倉庫のマスターキーは係長の車のダッシュボードに入れっぱなし",
    # An internal system's coined name.
    "庁内システム『ヤマガネット3』のサーバーが止まっとる",
])
def test_round8_security_families_are_flagged(engine, text):
    assert "6.3.3" in flagged(engine, text)


@pytest.mark.parametrize("text", [
    "テンキー式の電子錠を2026年度に導入します",
    "オートロックについてのお問い合わせは0968-43-1111まで",
    "祖母は現金をタンスにしまっていたらしい",
    "車の鍵をダッシュボードに置きっぱなしにしないようにしましょう",
    "庁内システム『電子決裁』の操作研修を行いました",
])
def test_round8_security_look_alikes_stay_clean(engine, text):
    assert "6.3.3" not in flagged(engine, text)


# Round 9 families.  A resident's check-up value learned at work is a
# secret; a colleague's relative is no colleague; the size of a proposal
# still being worked out is 6(1), not secret data.
@pytest.mark.parametrize("text,part", [
    ("特定健診に来た〇〇地区の田中さん、血糖値が280もあった。大丈夫かな", "血糖値が280"),
    ("保健指導で来たヤマダさん、γ-GTPは350で完全に飲みすぎ", "γ-GTPは350"),
])
def test_a_residents_checkup_value_learned_at_work_is_a_secret(engine, text, part):
    report = engine.check(text)
    start = text.index(part)
    assert any(f.item == "6.3.1" and f.start <= start and f.end >= start + len(part) for f in report.findings), part


@pytest.mark.parametrize("text", [
    "近所の佐藤さんとこの娘さん、心療内科に通いよるらしい",
    "来月の委員会に出す条例、手数料を300円にする案で調整しよるところ。まだ内緒ね",
])
def test_a_relatives_health_or_a_proposed_figure_is_not_a_secret_record(engine, text):
    assert "6.3.1" not in flagged(engine, text)


# Round 13: a colleague's illness or sick leave is their privacy (5(3)), not
# a secret of the city (the corpora label it 5.3 only); their evaluation,
# discipline and pay stay the city's records.
@pytest.mark.parametrize("text", [
    "隣の係の佐藤さん、心療内科に通いよるらしい",
    "同じ課の〇〇さん、奥さんと離婚調停中で、うつ病の診断が出て来月から休職されます",
    "新人の〇〇さん、適応障害で病休中。ずっと来てない",
])
def test_a_colleagues_health_is_privacy_not_a_city_secret(engine, text):
    items = {f.item for f in engine.check(text).findings if f.severity in ("error", "warning")}
    assert "6.3.1" not in items
    assert "5.3" in items


# Round 9, 6(1) families: a facility sold off, a shortlist being narrowed,
# an item argued over with finance; the matter must be covered, not only
# the secrecy word.
@pytest.mark.parametrize("text,part", [
    ("オフレコやけど、旧給食センターは民間へ売却する方向で話が進んどる", "民間へ売却する方向で話が進んどる"),
    ("新しい斎場の候補地、いま2か所まで絞り込んでるところ", "2か所まで絞り込んでる"),
    ("来年度予算に補聴器の購入助成を入れるかどうか、財政課とやり合ってる最中", "入れるかどうか"),
])
def test_round9_deliberation_families_cover_the_matter(engine, text, part):
    start = text.index(part)
    report = engine.check(text)
    assert any(f.item == "6.1" and f.start <= start and f.end >= start + len(part) for f in report.findings), \
        [(f.item, f.excerpt) for f in report.findings]


@pytest.mark.parametrize("text", [
    "本庁舎の防犯カメラ、南側の搬入口は死角になっとるとよ。内緒ね",
    "サブスク、家族で話し合って1つに絞ることにした",
])
def test_keeping_a_security_gap_quiet_or_a_settled_choice_is_no_6_1(engine, text):
    assert "6.1" not in flagged(engine, text)


# One's own favour for a gift kept quiet (内緒ね) is misconduct (5.x): no
# matter being decided (6.1) and no secret of the city (6.3.1).
@pytest.mark.parametrize("text", [
    "補助金の件、業者に便宜を図ったお礼に商品券3万円分もろた。内緒ばい",
    "開発許可の申請、社長に頼まれて順番を繰り上げてやった。ナイショね",
])
def test_a_bribe_kept_quiet_is_no_deliberation_or_city_secret(engine, text):
    assert flagged(engine, text) & {"6.1", "6.3.1"} == set()


# A tender still to be advertised, told with its price, is a matter not yet public.
def test_a_tender_to_come_with_its_price_is_undecided_matter(engine):
    assert "6.1" in flagged(engine, "近々公告予定の清掃業務、調査基準価格はたぶん去年と同じ")
    assert "6.1" not in flagged(engine, "入札は来月公告予定です。詳しくは契約検査課のホームページをご覧ください")


# --- a restricted paper and what it says ------------------------------------

@pytest.mark.parametrize("text, content", [
    ("課内限りの想定問答、「駐車場の有料化は聞かれても否定する」って書いてあった", "駐車場の有料化は聞かれても否定する"),
    ("職員限りの事務連絡によると、来月から窓口の昼休みは交代制をやめる", "来月から窓口の昼休みは交代制をやめる"),
    ("持ち出し禁止の要領に『高齢者の相談は15分で打ち切る』と書かれとった", "高齢者の相談は15分で打ち切る"),
])
def test_a_restricted_paper_is_flagged_on_what_it_says(engine, text, content):
    assert content in _rule_excerpts(engine, text, "secret-restricted-paper-content")


@pytest.mark.parametrize("text", [
    "「取扱注意」と書かれた書類は、必ず鍵付きの棚へ",
    "関係者限りの試写会、めちゃくちゃ楽しかった",
    "持ち出し禁止の郷土資料は、図書館の閲覧室でご覧いただけます",
    "庁内限りの資料が多すぎて、机の上が紙だらけ",
])
def test_a_restricted_label_without_content_is_clean(engine, text):
    assert "6.3.1" not in flagged(engine, text)


# --- a business's private data, obtained through work -----------------------

@pytest.mark.parametrize("text, content", [
    ("立入検査で仕込み帳を見せてもろた。餃子のあんは豚肉6：キャベツ4やった", "餃子のあんは豚肉6：キャベツ4やった"),
    ("補助金の申請書類で見たけど、〇〇菓子店の仕入れ先は△△製粉で、小麦粉はキロ180円", "小麦粉はキロ180円"),
    ("経営相談に来た焼肉屋さん、原価率は45%って打ち明けてくれた", "原価率は45%って打ち明けてくれた"),
])
def test_a_business_secret_obtained_at_work_is_flagged_on_its_figures(engine, text, content):
    assert content in _rule_excerpts(engine, text, "secret-business-private-data")


@pytest.mark.parametrize("text", [
    "当店自慢の秘伝のタレは、醤油とみりんを6：4で合わせています。ぜひご賞味ください",
    "経済センサスによると、市内の小売業の売上は前回より8%増えました",
    "市長が市内のチーズ工房を視察しました。熟成庫では約200個のチーズが並んでいました",
    "取材でお邪魔したケーキ屋さんで、いちごのタルトを2つ買って帰りました",
    "視察先の農家さんにいただいたトマト、糖度が9度もあって甘い！",
])
def test_a_business_look_alike_stays_clean(engine, text):
    assert "6.3.1" not in flagged(engine, text)


def test_a_library_book_not_to_be_taken_out_is_no_city_secret(engine):
    assert "6.3.1" not in flagged(engine, "図書館の持ち出し禁止の本に「明治10年の大火で町の半分が焼けた」と書いてあった")


def test_content_withheld_after_a_restricted_label_is_not_reported_as_content(engine):
    text = "取扱注意の通知なので中身は言えんけど、今日の会議は長かった"
    assert _rule_excerpts(engine, text, "secret-restricted-paper-content") == []


@pytest.mark.parametrize("text, figure", [
    ("課税台帳を入力してたら、近所の森さんの所得が出てきた。年210万円やった", "210万円"),
    ("税務システムで確認してたら、同級生の山口くんの年収が表示された。900万やって", "900万"),
    ("申告書を処理してたら、あの社長の課税所得が見えた、2,400万円", "2,400万円"),
    ("住基の端末で調べたら、隣の家の固定資産税額が出てきた。年38万", "38万"),
])
def test_a_value_a_record_showed_is_marked_where_its_figure_is_told(engine, text, figure):
    report = engine.check(text)
    start = text.index(figure)
    assert any(f.item == "6.3.1" and f.start < start + len(figure) and f.end > start for f in report.findings)


@pytest.mark.parametrize("text", [
    "所得が出てきたら、申告書の欄に記入してください。例えば年180万円なら3段目です",
    "私の所得が出てきた。年180万円か、がんばろう",
])
def test_an_income_in_guidance_or_ones_own_is_no_record(engine, text):
    assert "6.3.1" not in flagged(engine, text)


@pytest.mark.parametrize("text", [
    "返礼品の取材で伺った農園さん、いちごの年間出荷は2万パック。公表してない数字だけど、すごいよね",
    "視察先の工場、ラインの歩留まりは92%とのこと。ほんとは外に出しちゃいけない話らしいけど",
    "委託先の業者さん、社員は12人で回してるって。本当は書いちゃダメなんだけど",
    "返礼品の酒蔵さん、仕込みは米6に麦4。蔵の外には出してない配合やけん内緒ね",
])
def test_a_partys_figure_told_although_kept_in_is_a_secret(engine, text):
    assert "6.3.1" in flagged(engine, text)


@pytest.mark.parametrize("text", [
    "実は内緒なんだけど、うちの娘が3月に結婚します",
    "ふるさと納税の返礼品に選ばれた当店の新作、まだ公表してない情報ですが3月発売です！お楽しみに",
    "取材でお邪魔した醤油蔵、仕込みは3年熟成。ホームページでも紹介されています",
])
def test_ones_own_news_or_a_published_figure_is_no_secret(engine, text):
    assert "6.3.1" not in flagged(engine, text)


@pytest.mark.parametrize("text, held", [
    ("【部外秘】の幹部会議の資料、写真載せとく。来年度の職員の処分の一覧もあるよ", "職員の処分の一覧"),
    ("取扱注意の通知、PDFで共有します。見直し対象の事業の一覧が付いてます", "見直し対象の事業の一覧"),
    ("内部資料の写真アップしとくばい。減らす予定の事業の名前も載っとるけん", "減らす予定の事業の名前"),
])
def test_a_restricted_paper_posted_whole_is_marked_with_what_it_holds(engine, text, held):
    report = engine.check(text)
    start = text.index(held)
    assert any(f.item == "6.3.1" and f.start < start + len(held) and f.end > start for f in report.findings)


@pytest.mark.parametrize("text", [
    "非公開の会議資料の写真を載せたら、懲戒の対象になることもあります",
    "取扱注意の文書は、写真に撮ってアップしないこと。個人情報も含まれています",
])
def test_a_warning_about_posting_restricted_papers_stays_clean(engine, text):
    assert "6.3.1" not in flagged(engine, text)


@pytest.mark.parametrize("text, expected", [
    ("ストレスチェックの集計、〇〇課は高ストレス者が4割もおるらしい", True),
    ("土木課、職員アンケートの結果がワーストやったってさ", True),
    ("職員アンケートへのご協力をお願いします。締め切りは金曜日です", False),
    ("市民アンケートの結果、公園の満足度は72%でした", False),
])
def test_a_sections_staff_survey_result_is_a_city_secret(engine, text, expected):
    assert ("6.3.1" in flagged(engine, text)) is expected


# Round 17: "内緒" said of one's own unreported side business hides a breach of
# 5(2); neither the words nor the price next to them are a city secret.
@pytest.mark.parametrize("text", [
    "週末だけ屋台で焼きそば売りよるばい。役所には届けとらんけん内緒でね。1パック400円！",
    "ネットで雑貨を売っとる。副業の申請しとらんけん職場には内緒、1個500円",
])
def test_own_unreported_side_business_kept_quiet_is_no_city_secret(engine, text):
    found = flagged(engine, text)
    assert "6.1" not in found and "6.3.1" not in found


# A partner of the city's PR told its unreleased recipe: 来月発表 is not a
# public source, and 教わった is how the author came by it.
@pytest.mark.parametrize("text, ratio", [
    ("市の観光PRで協力してもらっとる酒蔵さんに、来月発表の新酒の仕込み方を教わった。米と麹は7:3", "7:3"),
    ("市と連携しとるパン屋さんから、発表前の新作の生地の配合を習いました。強力粉8:薄力粉2", "強力粉8:薄力粉2"),
])
def test_a_city_partners_unreleased_recipe_is_marked_at_its_figures(engine, text, ratio):
    report = engine.check(text)
    start = text.index(ratio)
    assert any(f.item == "6.3.1" and f.start < start + len(ratio) and f.end > start for f in report.findings)


def test_a_shop_announcing_its_own_recipe_stays_clean(engine):
    assert "6.3.1" not in flagged(engine, "当店の限定酒、麹の配合は7:3。来月発表です。市の観光PRでもご紹介いただきました")


# --- round 23: talks under way vs the terms they are about -------------------

@pytest.mark.parametrize("text,secret", [
    # "between us" about talks on terms with none of the terms: 6(1) only
    ("ここだけの話、跡地に商業施設を呼ぶ方向で、市と事業者で出店条件を協議しているところです", None),
    ("内緒やけど、市が運営会社と契約に向けて調整しよる", None),
    # the terms themselves: the secret of the city and the party
    ("ここだけの話、出店条件は市の土地を月10万で貸すことで協議しとる。市も乗り気", "10万"),
    ("内緒ね、市は補助金3億って条件で企業と交渉中", "3億"),
])
def test_between_us_reports_the_terms_of_talks_not_the_talks(engine, text, secret):
    found = [f.excerpt for f in engine.check(text).findings if f.rule == "secret-internal-document"]
    if secret is None:
        assert not found
    else:
        assert any(secret in e for e in found)


@pytest.mark.parametrize("text", [
    # nobody on a road at night is no empty building of the city
    "体育館の帰り、堤防道路は夜なら誰もおらんけん150キロ出しても捕まらん",
    # a shop's cameras are no premises of the city
    "駅前のコンビニ、防犯カメラの死角があるけんポケットに入れてもバレんって",
    # a coach's tip called secret in fun
    "監督直伝の“極秘”トレーニング、今日だけ公開！ かかと上げを20回",
])
def test_roads_shops_and_playful_secrets_are_no_city_security_or_secret(engine, text):
    assert not flagged(engine, text) & {"6.3.1", "6.3.3"}


@pytest.mark.parametrize("text", [
    "ポンプ場の監視室、夜間と土日は職員がおらんけん、警報はメールで飛ぶだけ",
    "浄水場で警報が鳴っても、当番が着くまで早くても40分はかかるとよ",
])
def test_when_a_plant_is_unattended_and_how_long_help_takes(engine, text):
    assert "6.3.3" in flagged(engine, text)


def test_who_a_benefit_covers_is_no_residents_record(engine):
    assert "6.3.1" not in flagged(engine, "福祉課で聞いたけど、おむつの助成は要介護2から対象になったらしいです")


def test_a_complainants_address_is_privacy_the_address_off_a_procedure_a_record(engine):
    # someone at the counter to complain: their contact is 5.3 only
    assert "6.3.1" not in flagged(engine, "今日窓口に来たおばあちゃん、また同じ文句。住所は鹿央町千田1234-5ｗ")
    # the address read off a procedure is the city's record
    assert "6.3.1" in flagged(engine, "年金の窓口に来た人、住所見たら菊鹿町上内田777-2で近所やった")


def test_relief_asked_by_an_unnamed_visitor_is_the_scene_not_their_file(engine, flagged):
    # 減免が通らんって怒鳴ってたおっさん: a grumble about the counter (5.1 / 5.6.1 at most)
    text = "窓口で給食費の免除ができんって大声出しよったおばちゃん、申請書も持ってきとらんかった"
    assert flagged(engine, text, "6.3.1") == []
    # someone the reader knows, or the sum, makes it their record
    assert flagged(engine, "窓口に来た同級生の佐藤、保育料の減免申請しとったわ", "6.3.1")
    assert flagged(engine, "国保税の減免の相談に来たおじさん、年金が月6万円しかないって", "6.3.1")


def test_a_bribe_offered_for_the_bid_price_tells_no_price(engine, flagged):
    # the favour for a benefit is 5.1 / 5.2 / 5.6.3; no secret is told
    assert flagged(engine, "業者の人が、最低制限価格を教えてくれたら謝礼を出すって😏", "6.3.1") == []
    assert flagged(engine, "予定価格は8,400万って教えたら、お礼に商品券くれた", "6.3.1")


# --- round 32: the author's own gambling debt and a trip kept quiet ----------

@pytest.mark.parametrize("text", [
    # pay used to repay one's own debt says nothing of a colleague's pay
    "職場の後輩に誘われた賭けマージャンで負けて借金15万。来月の給料で返すけん問題なし",
    # one's own losses; the counter mentioned is where the author works
    "ボートで給料の2倍負けて借金300万突破。サラ金にも慣れた。午後の窓口はがんばります",
    # a mayor's trip kept quiet is a schedule, no paper marked secret
    "市長が明日極秘で上京するので、秘書課は午後いっぱい誰もおらんです",
])
def test_not_a_confidential_record(engine, text):
    assert "6.3.1" not in flagged(engine, text)


@pytest.mark.parametrize("text", [
    "同じ係の先輩、給料が手取り17万しかないって",
    "融資の相談に来た旅館、借金が2億もあるらしい",
    "極秘の資料に、新しい斎場の建設費は30億って書いてあった",
])
def test_the_real_records_next_to_those_stay_flagged(engine, text):
    assert "6.3.1" in flagged(engine, text)


# --- round 34: a plan still weighed, a found wallet, a visitor's own story ---

@pytest.mark.parametrize("text", [
    # a plan the city is still weighing, told between us: 6(1), no secret data
    "課長会議でまだ検討中の案やけど、再来年から北支所の窓口は閉鎖になる。発表前やけん内緒ね",
    # the owner of a lost wallet named so it goes back: 5(3) at most
    "窓口の前で財布を拾いました。持ち主は鹿本町の中村正さん（090-1111-2222）です",
    # what a visitor told of their own family, not what a record showed
    "窓口に来た来民の松岡フミさん（81）、息子さんが離婚して揉めとるとかで、30分ずっと話していかれました",
    # told over tea by a neighbour, not learned at work
    "近所の吉田さん、娘さんが借金を抱えて家を出たと、ぽつりと話してくれました。窓口で相談できる制度もあるよと伝えました",
])
def test_a_plan_a_found_wallet_or_a_visitors_own_story_is_no_record(engine, text):
    assert "6.3.1" not in flagged(engine, text)


@pytest.mark.parametrize("text", [
    # the figure told with a plan under review is still secret content
    "ここだけの話、まだ素案やけど、誘致する工場への補助金は3億2千万円",
    # the same family matter read off the register at the counter is the city's record
    "窓口で戸籍謄本出したら、来民の松岡さんの息子さん、去年離婚しとった",
    # whose land it is, read off the ledger
    "課税台帳を見たら、駅前の空き地の持ち主は〇〇不動産の社長やった",
])
def test_the_records_beside_those_stay_flagged(engine, text):
    assert "6.3.1" in flagged(engine, text)


def test_a_checklist_naming_a_door_left_open_is_no_door_left_open(engine):
    # 閉め忘れ as an item to check, in a list: nothing is open now
    assert "6.3.3" not in flagged(engine, "庁舎の見回りで確かめるのは、通用口の閉め忘れ、消灯、ガスの元栓の3つです")
    # the door told as left unlocked tonight still is
    assert "6.3.3" in flagged(engine, "庁舎の通用口、閉め忘れて帰ってきた。まあ明日でよかろ")


# --- round 35: a budget item over a comma, a worked example, scores, a safe's place

@pytest.mark.parametrize("text", [
    # the item going into the budget bill told past a comma: the plan, 6(1)
    "朗報です（まだ内緒）！新年度の当初予算案に、空き家改修の新しい補助枠400万円を盛り込む方向で調整しています",
    "ここだけの話、来年度予算に、花火大会の増発分800万円が計上される見込み",
    # a made-up sum showing how the city's own subsidy is worked out
    "雨水タンクの補助は購入費の半額、上限2万円。たとえば購入費が3万円なら補助は1万5千円です",
])
def test_a_budget_bill_item_or_a_worked_example_is_no_secret(engine, text):
    assert "6.3.1" not in flagged(engine, text)


@pytest.mark.parametrize("text", [
    # a sum paid to a party, told between us, stays a secret
    "内緒だけど、来年度の予算とは別に、〇〇社への委託料は1,800万円で決まっとる",
    # the judges' scores of each applicant in a selection
    "ごみ収集委託のプロポーザル、審査の採点では株式会社クリーン山鹿が76点、△△環境サービスが73点",
])
def test_a_partys_sum_or_score_stays_a_secret(engine, text):
    assert "6.3.1" in flagged(engine, text)


def test_the_place_of_a_safe_is_underlined_with_its_code(engine):
    text = "運動公園管理棟の金庫、暗証番号は3906ね。大会の参加費はそこに入れて"
    quotes = [text[f.start:f.end] for f in engine.check(text).findings if f.item == "6.3.3"]
    assert "運動公園管理棟の金庫" in quotes and "3906" in quotes
    # the place alone, with no code, tells nothing that opens it
    assert "6.3.3" not in flagged(engine, "運動公園管理棟の金庫に、大会の参加費を入れてください")


@pytest.mark.parametrize("text", [
    # a post named with its office (契約検査課): who gets it is the unannounced
    # decision (6(1)), the office's name no contract told
    "内示が出ました。来年度の契約管理課の係長は村田さんです。正式発表までは内緒でお願いします",
    "ここだけの話、4月から入札担当係に異動になるのは高木さんらしいよ",
])
def test_an_appointment_to_a_contracts_office_is_deliberation_not_a_secret(engine, text):
    assert "6.3.1" not in flagged(engine, text)
    assert "6.1" in flagged(engine, text)


def test_a_budget_item_seen_in_meeting_papers_is_deliberation_not_a_secret(engine):
    text = "課長会議の資料に、来年度の当初予算案で道の駅のトイレ改修が盛り込まれる方向って書いてあった。まだ内緒ね"
    assert "6.3.1" not in flagged(engine, text)
    assert "6.1" in flagged(engine, text)
    # the same papers with a sum the city will pay a party stay a secret
    assert "6.3.1" in flagged(engine, "課長会議の資料によると、〇〇社への補助金は8,000万円で決まりそう")


def test_a_friends_trouble_heard_off_duty_is_privacy_not_a_city_secret(engine):
    # home visits are named in another paragraph: the friend's story is still
    # what the author heard over lunch, not a record of the city's
    text = ("日曜は中学の同級生とランチに行きました。同級生の山口さんは、息子さんが不登校で、旦那さんの借金もあって大変そう。\n\n"
            "明日からまた家庭訪問が続きます。がんばります。")
    items = flagged(engine, text)
    assert "6.3.1" not in items
    assert "5.3" in {f.item for f in engine.check(text).findings}
    # the same trouble learned on a home visit stays a secret of the city
    assert "6.3.1" in flagged(engine, "今日の家庭訪問、同級生の山口さんの家やった。旦那さんの借金で自己破産の手続き中らしい")


# -- round 37: a harassment rule stated, staff-wide pay, a colleague's section ---

@pytest.mark.parametrize("text", [
    # what counts as harassment, no one's case
    "「使えんやつ」「税金泥棒」、部下にかけるその言葉はパワハラです。研修で学び直しました",
    # the pay of every member of staff, a rumoured policy
    "総務の先輩によると、来年から職員の賞与が一律で減るかもしれんらしい",
    # the section a colleague works in, and their family matter: privacy, no record handled
    "市民課の原口さん、旦那さんと別れて再婚したらしいよ",
])
def test_rules_policies_and_colleagues_sections_are_no_city_record(engine, text):
    assert "6.3.1" not in flagged(engine, text)


def test_a_colleagues_case_and_a_record_at_the_section_stay_secrets(engine):
    assert "6.3.1" in flagged(engine, "同じ係の山口さん、パワハラで訴えられて減給処分やって")
    assert "6.3.1" in flagged(engine, "住宅手当は一律やけど、後輩の手取りはまだ18万なんだって")
    assert "6.3.1" in flagged(engine, "市民課の窓口で戸籍を出したら、同級生の原口さん、実は再婚やった")


# -- round 38: a side trade kept from the office, a fee said to go up ---------

@pytest.mark.parametrize("text", [
    # one's own trade on the side, kept from the office: 5(2), no secret of the city
    "休みの日は自宅で網戸の張り替え屋しよるけん、1枚1,500円でやるよ。役所には内緒でね",
    "土日は道の駅の裏で野菜を売りよるとよ。1袋200円、職場にはナイショ",
    # a public fee said to go up, still being talked over: the plan is 6(1)
    "ここだけの話、庁内でまだ協議しよるけど、市民プールの利用料が400円に上がる方向らしい",
])
def test_a_side_trade_or_a_fee_change_told_between_us_is_no_city_secret(engine, text):
    assert "6.3.1" not in flagged(engine, text)


def test_a_partys_price_or_a_subsidy_told_between_us_stays_a_secret(engine):
    # what a firm dealing with the city will charge it, told between us
    assert "6.3.1" in flagged(engine, "内緒やけど、消防署の消火器の詰め替え、〇〇防災の見積もりは1本2,000円やった")
    # a sum the city will pay a party, next to a fee change
    assert "6.3.1" in flagged(engine, "ここだけの話、誘致する会社への補助金は3億円。温泉の入浴料も上がる方向")
