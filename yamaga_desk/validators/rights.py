"""Rights of the city and of organisations (guideline 6(3)②).

``business_disparagement`` finds a damaging claim or a call to boycott
(手抜き工事, メーターをごまかす, 衛生管理がひどい, 使わない方がいい, 行かない
方がいい) in a sentence that names a business (△△建設, 〇〇食堂,
「山鹿タクシー」) — or right after a sentence that does ("△△建設は手抜きばかり。
あそこには出すべきじゃない").  A call to stay away also marks the reason
given for it ("…は荷物を雑に扱うから、…使うな").  The same words about the weather or a river
("増水した川には行かない方がいい") name no business and stay clean.
"""

from __future__ import annotations

import re

from .. import lazy_regex
from .registry import any_of, validator
from .draft_facts import any_line_matches, once_per_draft
from .gate import LiteralGate
from .spans import clauses, paragraph_at, trim

# A business name: a name (placeholder marks, kana, kanji, Latin letters)
# directly followed by the kind of business.  Generic references (この店,
# 飲食店, コンビニ) name nobody.
_NAME = r"(?:[〇○◯●△▲□■×☆★◎※]{1,4}|[A-Za-zァ-ヶー一-龥]{1,10})"
_KIND = (
    r"建設|工務店|組|土木|建築|設計|住宅|ハウス|リフォーム|食堂|商店|商会|タクシー|交通|バス|運送|運輸|物流"
    r"|屋|店|亭|庵|軒|本舗|病院|医院|クリニック|歯科|整骨院|接骨院|薬局|旅館|ホテル|荘|不動産|電器|電機|電気"
    r"|自動車|モータース|整備|産業|工業|興業|商事|物産|製作所|精工|製菓|酒造|食品|株式会社|有限会社|\(株\)|\(有\)"
    r"|スーパー|ストア|マート|保育園|幼稚園|塾|スクール|ジム|美容室|美容院|サロン|業者|会社|社|銀行|信金|農協"
    r"|弁当|仕出し|ラーメン|うどん|そば|寿司|鮨|焼肉|カフェ|珈琲|ベーカリー|パン|菓子|酒店|鮮魚|精肉|クリーニング|整体|エステ"
    r"|設備|住設|建工|工建|電工|管工|水道|ガス|塗装|造園|清掃|警備|ビルサービス|ビル管理|ビルメンテナンス|ビルメン|印刷|広告|看板|石油|燃料|システム|事務所"
    # an events firm: 有○イベント企画さん, 山鹿プロダクション
    r"|企画|プロダクション|プロモーション"
    r"|ホーム|ホームズ|住建|ハウジング|乳業|ミルク|牧場|農園|ファーム|製麺|醸造|酒蔵|蔵元|観光|温泉|ホール|斎場|葬祭|工房|家具|電設|水産|青果"
    r"|保険|生命|損保|証券|信金|信用金庫|レンタカー|ドラッグ|薬品|介護|ケア|デイサービス|教習所|自動車学校|スタジオ|ショップ|商店街|ベーカリー|ファクトリー|フーズ|デリ|ダイニング|キッチン|食館|料亭|割烹|居酒屋|酒場|バー"
    # a carrier or a developer: ひのくに急便, 有明リゾート開発
    r"|急便|配送|宅配|通運|開発|リゾート"
)
# Kinds of shop written before their name (麺処たけみ, スナック萌).
_KIND_FIRST = (
    r"(?:麺処|めし処|メシ処|飯処|味処|酒処|食事処|お食事処|そば処|蕎麦処|甘味処|居酒屋|喫茶|カフェ|スナック|割烹|料亭|旅館|民宿|ホテル|美容室|ヘアサロン"
    r"|焼肉|焼鳥|焼き鳥|寿司|鮨|中華|レストラン|ダイニング|クリニック|整骨院|鍼灸院|ラーメン|うどん|とんかつ|お好み焼き|酒処|呑み処|ゲストハウス)\s?"
)
# …but not 居酒屋の, 喫茶店, 旅館街 or 寿司屋: a particle or a kind word follows.
_NOT_A_NAME = r"[のはがにをでもとへやよっ]|店|屋|街|さん|チェーン|等|など|系|業|巡り|めぐり|好き|代|券"
_NAME_END = r"の|は|が|、|。|さん|って|に|で|も|\s|$|[!?！？」』]"
BUSINESS = lazy_regex.compile(
    rf"(?<![一-龥ァ-ヶー])(?:株式会社|有限会社)?{_NAME}(?:さん)?(?:{_KIND})(?:さん)?"
    # A name in hiragana (まるやまクリーニング, ひまわり整骨院): only at the start
    # of a clause, so "近くの店" or "いつもの店" do not pass for one.
    rf"|(?:^|(?<=[\s、。!?！？「『(（】]))[ぁ-ゖー]{{3,8}}(?:{_KIND})(?:さん)?"
    # …or after a place name: 鹿本のはなまる弁当.
    rf"|(?<=[一-龥]の)[ぁ-ゖー]{{3,8}}(?:{_KIND})(?:さん)?"
    # …or marked as a company before its name, whatever its letters: (株)くまもと農機サービス.
    r"|(?:\(株\)|\(有\)|株式会社|有限会社)[ァ-ヶー一-龥ぁ-ゖA-Za-z0-9]{1,14}?(?=の|は|が|、|。|さん|って|に|で|も|\s|$)",
    re.MULTILINE,
)
# A business named only by a masked or short name (△△, 駅前の□□, A店):
# it counts when the claim is about what a business does (店員, 料理, 修理…).
_SHORT_NAME = lazy_regex.compile(
    r"[〇○◯●△▲□■×]{2,4}|(?<![A-Za-z])[A-Z](?:店|社)|(?:駅前|国道沿い|バイパス沿い|商店街|温泉街|近所|裏通り|役所の近く)の[ァ-ヶー一-龥ぁ-ゖA-Za-z]{2,10}"
)
_TRADE = lazy_regex.compile(
    r"店員|店長|店主|接客|料理|メニュー|商品|品物|値段|会計|レジ|注文|予約|修理|工事|施工|見積|請求|配達|納品|施術|仕上がり"
    r"|預け|クリーニング|スタッフ|従業員|バイト|客を|お客|営業|サービス|アフター|業者|職人"
    r"|弁当|惣菜|パン|食材|刺身|肉|魚|野菜|賞味期限|消費期限|期限切れ|並べ|売って|販売|品揃え|ランチ|定食|ラーメン|味"
)
_GENERIC = lazy_regex.compile(
    r"^(?:お|この|あの|その|どの|飲食|小売|販売|専門|コンビニ|居酒|本|支|各|全|当|弊|御|他|同|部|会|市|県|国|町|村|区|ラーメン|定食"
    r"|上下|都市|プロパン|防災|管理|行政|情報|公共|路線|市営|県営|民間|地元|大手|指定|協力|協賛"
    # a role toward the city, not a name: 納入業者, 出入り業者, 委託先の会社
    r"|納入|出入り?|取引|委託|請負|下請け?|元請け?|仕入れ?|契約|受注|落札|発注|入札|外注|担当"
    # the trade, not a name: 鍵業者, 点検業者, 解体業者, 引っ越し業者
    r"|(?:鍵|合鍵|点検|修理|清掃|解体|引っ?越し?|回収|廃品|不用品|害虫駆除|駆除|保守|メンテナンス|運搬|配送|宅配|専門|悪質|優良|地元の)業者$"
    # the city's own housing and services: 市営住宅の対応が悪い is said of the city
    r"|(?:市営|県営|町営|村営|公営|都営|府営|国営)(?:住宅|団地|バス|プール|温泉|斎場|ホール)$"
    # kinds of food, not a maker: 冷凍食品, 健康食品
    r"|冷凍食品|加工食品|健康食品|自然食品|レトルト食品|インスタント食品|冷凍"
    # the work itself, not a firm: イベント企画 / 商品企画 / 観光プロモーション
    r"|(?:イベント|商品|観光|地域|販売|番組|新規|共同|特別)(?:企画|プロモーション)$"
    # kinds of insurance, not an insurer: 火災保険の還付金, 国民健康保険
    r"|(?:火災|地震|医療|国民健康|健康|介護|雇用|社会|自動車|学資|傷害|損害|生命|年金|労災|がん|ガン)保険)"
    r"(?:店|屋|社|会社|業者|組|さん)?$"
)

# Don't-go advice in the ん form (standard colloquial and 熊本弁): 行かん方がよか,
# 頼まん方がいい, 関わらんほうが無難.
_AVOID_N = r"(?:行か|使わ|買わ|頼ま|利用せ|出さ|任せ|関わら|泊まら|乗ら|食べ|近づか|寄ら|契約せ|注文せ|依頼せ|呼ば|選ば|通わ|預け|申し込ま|相談せ)ん(?:方|ほう)が"
# 熊本弁 drops 方: 買わんがよか, 頼まんがいい (not 行かんが、…: a but-clause).
_AVOID_N_GA = r"(?:行か|使わ|買わ|頼ま|利用せ|出さ|任せ|関わら|泊まら|乗ら|食べ|近づか|寄ら|契約せ|注文せ|依頼せ|呼ば|選ば|通わ|預け|申し込ま|相談せ)んが(?:よか|いい|良い|よい|ええ|まし|無難)"
# …and as advice to others in the ごと/ように form (Kumamoto ごと = ように):
# 頼まんごと周りに言うとって, 使わないように友達にも伝えて.
_AVOID_SO_THAT = (
    r"(?:行か|使わ|買わ|頼ま|利用せ|利用し|出さ|任せ|関わら|泊まら|乗ら|近づか|寄ら|契約せ|契約し|注文せ|注文し|依頼せ|依頼し|呼ば|選ば|通わ|預け|申し込ま)"
    r"(?:ん|ない)(?:ごと|ように|よう)"
)
# Sending custom elsewhere: ほかの会社にしとき, よその店にした方がいい, 別の業者に頼みなっせ.
_GO_ELSEWHERE = (
    r"(?:ほか|他|よそ|別|違う|ちがう)の(?:会社|店|お店|業者|とこ|ところ|タクシー|病院|医院|歯医者|工務店|旅館|ホテル|所)"
    r"(?:に|で|を)?(?:(?:を|が)?(?:おすすめ|オススメ|お勧め|勧め|すすめ)(?:します|しとく|したい|です|やけん|ばい|よ)|しとき|しとけ|しな(?:よ|さい|っせ|はい)?(?=[。!?！？、\s]|$)|した(?:方|ほう)が|せんね|せな|頼(?:み|ん|む)|使(?:い|っ|う)(?:な|た(?:方|ほう)が)|選(?:び|ん|ぶ)|行(?:き|っ|く)(?:な|た(?:方|ほう)が))"
)
# Cutting corners on materials: 鉄筋をケチってる, 断熱材を減らしとる, 手ぇ抜いとる.
_SKIMPING = (
    r"(?:材料|資材|鉄筋|鉄骨|セメント|コンクリ(?:ート)?|生コン|部材|断熱材|防水|塗料|ペンキ|食材|肉|米|人件費|人手|工程|検査)"
    r"(?:を|も|は)?(?:ケチ|けち|減らし|抜い|抜き|ごまか|薄め|水増し|安物に)|手(?:ぇ|を|え)?抜い(?:て|と|た)"
)
# …and as a plea in the ん form: 使わんで, 頼まんでね (not 使わんでいい: no need to).
_DONT_N = r"(?:行か|使わ|買わ|頼ま|利用せ|任せ|泊まら|乗ら|近づか|寄ら|契約せ|依頼せ)んで(?!(?:も|いい|よか|良|すむ|済|済ん|すん|大丈夫))"
_MUST_NOT = (
    r"(?:頼ん|行っ|使っ|買っ|任せ|出し|契約し|依頼し|お願いし|泊まっ|食べ|関わっ|預け)(?:たら|だら|ちゃ|じゃ|ては|では)"
    r"(?:いかん|いけん|いけない|いけません|だめ|ダメ|あかん|ならん|ならない)"
)
_RISKY_USE = (
    r"(?:出し|頼ん|任せ|使っ|行っ|買っ|契約し|発注し|注文し|依頼し|お願いし|預け|泊まっ|食べ|関わっ|選ん|住ん)(?:たら|だら|ても|でも|ちゃ|じゃ)"
    r"[^。!?！？\n]{0,6}?(?:危な|危険|損する|損すっ|後悔(?:する|すっ|します|すること)|痛い目|泣きを見|泣くこと|ろくなこと|大変なこと|知らんよ|知らないよ|えらい目"
    # …or the harm it does: 頼んだら家が傾く, 食べたら腹壊す, 乗ったら事故る.
    r"|(?:家|建物|床|柱)が傾|雨漏り(?:する|すっ|し(?:た|よる|とる))|(?:腹|お腹|おなか)(?:を)?壊|食あたり|事故(?:る|に遭|にあ))"
)
# Damaging claims about a business, and calls not to use it.
DAMAGING = lazy_regex.compile(
    # (手抜き, and said as a verb in dialect or not: 毎回手ば抜く, 手を抜いとる)
    r"手抜き(?!の?ない|なし|せず|しない|一切)|(?<!気の)手(?:を|ば|も)?抜(?:く(?!な|べき)|い(?:て|と|た|ちょ)|きよ|きやが)|欠陥(?:住宅|工事|品)?|ぼったくり|ボッタクリ|ぼったくる|ぼられ|ごまかす|ごまかし|誤魔化|ちょろまかす"
    r"|不正請求|水増し請求|詐欺まがい|詐欺みたい|不衛生|衛生管理が(?:ひど|最悪|悪|なって)|汚(?:い|すぎ|かった|くて)"
    r"|(?:味|料理|飯|ご飯|ラーメン|定食)が?(?:まず|不味)(?:い|かった|すぎ|くて)"
    r"|(?:対応|接客|態度|サービス|仕事|工事|補修|修理|施工|作業|運転|アフター|品質)(?:が|も|は|、)?(?:ほんとに|本当に|ほんと|マジで|まじで|すごく|かなり|めっちゃ|いつも|また|とにかく)?(?:最悪|ひど|悪|荒|雑|いい加減)"
    # A business called useless, masked or not: ポンコツ業者, ポン〇ツ業者, ヘボ工務店.
    r"|(?:ポン[コ〇○◯●×*]ツ|ぽん[こ〇○◯●×*]つ|ヘボ|へぼ|ダメ|だめ|クソ|くそ|糞|無能な?|悪質な?)(?:業者|会社|工務店|店|医者|病院|旅館|営業|担当|店員)"
    # the firm's head or staff called useless: 院長、ほんと無能 / あそこの社長、ア・ホやろ
    r"|(?:院長|店長|社長|担当者?|店員|スタッフ|営業マン|従業員)(?:さん)?(?:、|は|が|も)?\s?(?:ほんと|ほんとに|本当に|マジで|まじで|まじ)?(?:無能|ア[・.･]?ホ|あほ|バカ|馬鹿|クソ|使えん|使えない)"
    # the work not done, told of the firm: 全然掃除できとらん, ろくに修理もしない
    r"|(?:全然|まったく|全く|ろくに)(?:掃除|仕事|修理|配達|工事|作業|説明|連絡)(?:が|も|は)?(?:でき|し)(?:とらん|てない|ていない|ない|ません|よらん)"
    r"|(?:毎回|いつも|ほんと|本当に)(?:いい加減|適当|雑)(?!な(?:量|大きさ|時間|ところ|タイミング))"
    r"|(?:毎回|いつも|しょっちゅう)(?:配達|納品|到着|工事|対応|返事|連絡)(?:が|は|も)?(?:遅れ|遅い|来ない|こない)"
    # the goods said to be unsafe, the firm said to break rules without a care
    r"|(?:農薬|添加物|薬品|化学調味料)まみれ|平気で(?:壊す|壊し|騙す|だます|嘘を?つ|捨て|破る|無視す)"
    # Charging for new while fitting used or cheap parts: 部品を中古に替えて新品の代金をとる.
    r"|(?:中古|安物|偽物|ニセモノ|粗悪品|再生品|型落ち)(?:品|もの|もん)?に(?:替え|換え|変え|すり替え|取り替え|取っ替え|交換し)"
    r"|(?:新品|正規品|純正品?)(?:の|と同じ)(?:代金|値段|料金|金額|お金)(?:を)?[^。!?！？\n]{0,3}?(?:取|と|請求|払わせ)"
    r"|腐って|虫が(?:入って|入っとっ|わいて|わいとっ|いた|おった)|(?:髪の毛|髪|毛|虫|異物|ゴキブリ)が入っ(?:て|と|た)|食中毒|異物混入|偽装|潰れ(?:そう|かけ|る寸前)"
    r"|ブラック企業|評判が悪|悪評|ヤブ医者|やぶ医者|藪医者|悪徳|詐欺(?:だ|です|じゃん|師|業者)"
    # the firm's staff called thieves or good-for-nothings to a man: 給料泥棒の集まり, クズばっかり
    r"|(?:給料泥棒|税金泥棒|役立たず|無能|クズ|くず|カス|ろくでなし)(?:の集まり|の集団|ばっかり|ばっか|ばかり|ぞろい|揃い)"
    # 高いわりに少なくない？ asks whether the price is worth it; no claim made.
    r"|高い(?:だけ|(?:わりに|割に)(?![^。!?！？\n]{0,16}?(?:[?？]|(?:かな|かね|やろか|だろうか|でしょうか)(?:[。!！\n]|$))))|(?<!税)(?:金|お金|時間)の無駄|行く価値(?:は|も)?(?:なし|ない|無い|ゼロ)|払う価値(?:は|も)?(?:なし|ない)"
    r"|潰れ(?:れば|たら)(?:いい|いいのに)|潰れろ|潰れてしまえ|つぶれ(?:れば|たら)いい|つぶれろ|不買|ボイコット"
    r"|隠して(?:い)?る|隠蔽|もみ消|知らん(?:顔|ぷり)|知らんぷり|嘘ばっかり|嘘つき|不誠実|(?:店|会社|業者)として最低|最低な(?:店|会社|業者)"
    r"|(?:雨漏り|不具合|故障)(?:しても|が出ても)[^。!?！？\n]{0,6}?(?:対応しない|来ない|無視|知らん)"
    r"|(?:行か|使わ|買わ|頼ま|利用し|食べ|泊まら|乗ら|契約し|依頼し)ないで(?:ください|下さい|ほしい)"
    r"|(?:の|は)やめとけ|やめておけ|やめた(?:方|ほう)が|やめとき(?:な|なよ|なさい)|やめときや|(?:は|の)やめとき(?!ま|た)"
    r"|(?:敷金|代金|返金|保証金|預けた|お金)[^。!?！？\n]{0,8}?(?:返ってこな|戻ってこな|返してくれな|返さな)"
    r"|(?:賞味|消費)?期限切れ(?:の|を)[^。!?！？\n]{0,10}?(?:売|出|並べ|置い|使っ|使い回)|(?:水増し|二重|架空|不当)請求|ぼったくられ"
    r"|(?:行か|使わ|買わ|頼ま|利用し|注文し|食べ|泊まら|乗ら|契約し|依頼し|任せ|関わら)ない(?:方|ほう)が(?:いい|良い|よい|無難)"
    r"|やめ(?:た|とい)?(?:方|ほう)が(?:いい|良い)|やめとけ|避けた(?:方|ほう)が|おすすめ(?:しない|できない)|オススメしない"
    # 観光課としてはおすすめしてません: the office's word withheld from a named business;
    # 安かろう悪かろうの会社: its goods called cheap and bad
    r"|(?:おすすめ|オススメ|お勧め|お薦め)(?:は)?(?:して|し)(?:ません|ない|いない|ていない|てない|とらん|よらん)|(?:勧め|薦め)(?:ません|ていません|とらん)"
    r"|安かろう悪かろう"
    r"|二度と(?:行かない|行くか|使わない|頼まない|利用しない|買わない|行かん|使わん|頼まん|買わん|来るか|行くもんか|頼むか|行きません|利用しません)"
    # Bad service told as what happened to the customer: スーツをなくされた,
    # 前より壊れて返ってきた, 弁償もなし.
    # (放置された柿の木, 放置された空き家: a thing left neglected, said before it, is no customer's grievance;
    # a building 取り壊され is demolished, news of works, not a thing of the customer's broken.)
    r"|(?:(?:なくされ|無くされ|紛失され|失くされ)(?!た?場合|たら|た際|る際|ましたら|た方|る方)|(?<!取り)(?<!とり)(?<!取)(?<!打ち)壊され|傷つけられ|縮ませ|汚され|間違えられ|放置され(?!た(?:まま|ままの)?[一-龥ァ-ヶ「『])|怒鳴られ|ぼったくられ|騙され|だまされ)"
    r"|壊れて(?:返って|戻って)|(?:弁償|返金|謝罪|保証|連絡)(?:も|は)?(?:なし|無し|ない|なかった|してくれな|しない|来ない)"
    r"|(?:何回|何度|[0-9二三四五]回)(?:来て|頼んで|出して)も(?:直らな|直らん|治らな)|客を(?:怒鳴|無視|馬鹿に|バカに|見下)"
    # (あそこ使うのやめとこ, あそこに頼むのやめてほしい: the writer's own resolve or wish, in 熊本弁 too)
    r"|(?:行く|使う|頼む|買う|利用する|依頼する|任せる)の(?:は|も)?(?:やめ(?:な|とけ|とき|ておけ|よう|とこ|ておこ|た(?:方|ほう)が|て(?:ほしい|欲しい|くれん))|よした(?:方|ほう)が)"
    # a business's work run down for taste: 毎回ダサくてセンスゼロ
    r"|(?:ダサ|だサ)(?:い|く|すぎ|かった)|センス(?:が)?(?:ゼロ|ない|なか|皆無|なさすぎ|0)"
    r"|" + _AVOID_N + r"|" + _DONT_N + r"|" + _MUST_NOT + r"|選ばない(?:方|ほう)が|避けるべき|近寄らない(?:方|ほう)が"
    r"|" + _AVOID_SO_THAT + r"|" + _GO_ELSEWHERE + r"|" + _SKIMPING +
    r"|(?:絶対|ぜったい|マジで|まじで|ほんと|本当に)(?:に)?やめと(?:き|け)|やめとき[ーー～〜っ]"
    # Padding the bill: 請求は水増しする, 見積もりを上乗せしてくる, 料金をふっかける.
    r"|(?:請求|見積もり?|見積り|代金|料金|工賃|金額|値段)(?:書|額)?(?:を|は|も|が)?[^。!?！？\n]{0,3}?(?:水増し|上乗せ|ふっかけ|吹っかけ|ごまか|誤魔化|盛って|盛る)"
    r"|(?:工事|仕事|作業|対応|配達|修理)(?:が|は|も)?(?:遅い|遅すぎ|のろい|遅かし|遅か(?![っ]))"
    # Using it is a risk: あそこに仕事出したら危ない, 頼んだら後悔する, 預けたら損する.
    # (Money trouble alone, 3期連続赤字で債務超過, is a disclosure (6.3.1), not
    # a call against the business: the corpus labels it so.)
    r"|" + _RISKY_USE +
    # Sharp practice: pushing sales, lying, overcharging.
    # Passing off ready-made food as cooking: 冷凍食品チンしただけの料理, レトルト温めただけ.
    r"|(?:冷凍(?:食品|もの|物)?|レトルト|出来合い|既製品|市販(?:品|の(?:もの|物|惣菜))?)(?:を)?[^。!?！？\n]{0,3}?"
    r"(?:チン|レンジ|温め|あたため|解凍|並べ|盛り付け|盛りつけ|詰め)(?:し)?(?:た|て)?だけ"
    r"|押し売り|売りつけ|強引|嘘(?:ばかり|ばっか|ばっかり|をつ|つい)|騙(?:す|され|そう)|だま(?:す|され|そう)|契約させ(?:よう|られ)"
    r"|(?:高い|高額な?)[^。!?！？\n]{0,8}?(?:すすめ|勧め|売りつけ|請求|取られ)|説明(?:も)?(?:なく|なし|しない)[^。!?！？\n]{0,12}?(?:すすめ|勧め|請求|契約|治療|工事)"
    r"|(?:出す|発注す|頼む|任せる|使う|選ぶ)べき(?:じゃない|ではない|でない)|行くな|使うな|買うな|頼むな"
    # Paid and got nothing; goods handled roughly.
    r"|(?:金|お金|代金|前金|手付金|着手金)(?:だけ)?(?:取られ|とられ|持って(?:いかれ|かれ)|持ち逃げ)"
    r"|雑に(?:扱|運|積|置|す|や)|(?:扱い|運び方)が(?:雑|荒|ひど)"
    # Sloppy work and broken promises: 工事もずさん, 工期守らない, 納期遅れ.
    # Repeated trouble and work passed on: 事故ばっかり起こす, 下請けに丸投げ.
    r"|(?:事故|トラブル|ミス|故障|クレーム|苦情|不具合)(?:を|が)?(?:ばっかり|ばっか|ばかり|ばっかし|ばかし|ばー?っかい|よく|しょっちゅう|何回も|何度も|いつも)(?:起こ|起き|出|あ)"
    r"|(?:下請け?|孫請け?|よそ|他の業者|他社|外注|業者)(?:に|へ)(?:全部|ぜんぶ|ほぼ|そのまま)?丸投げ|(?:仕上がり|出来|出来栄え|腕)(?:が|も|は)?(?:ひど|最悪|悪|雑|いい加減)"
    r"|(?<!口)ずさん|杜撰|(?:工期|納期|期限|約束|時間)(?:を|も)?(?:守らな|守らん|守れな|守ったことがな|守った試しがな)"
    r"|(?:工期|納期)(?:が|も)?(?:遅れ(?:て)?ばっか|遅れ(?:て)?ばかり|いつも遅れ)"
    # A product said to be tainted: 野菜は農薬まみれ, 添加物だらけの弁当.
    r"|(?:農薬|化学肥料|添加物|着色料|防腐剤|保存料|化学調味料|発がん性物質|カビ|ばい菌|雑菌)(?:まみれ|だらけ|漬け|べったり|ばっかり|ばっか)"
    # 熊本弁 without 方: 買わんがよか, 行かんがいいよ.
    r"|" + _AVOID_N_GA +
    # A false label: よその栗なのに「山鹿産」って書いてる, 産地をごまかしてる.
    r"|(?:なのに|じゃないのに|ではないのに|のくせに)[^。!?！？\n]{0,4}?[「『][^」』\n]{1,12}[」』](?:って|と)(?:書い|表示|うた|謳|売っ|言っ|貼っ)"
    r"|(?:産地|原産地|原材料|賞味期限|消費期限)(?:を)?(?:偽|ごまか|誤魔化|書き換え|張り替え|貼り替え)"
    # A verdict of lost trust: もう信用できん, 信頼なんてできません, 二度と任せられない,
    # 信用は地に落ちた (a business must be named, or pointed back at: あそこの会社).
    r"|(?:信用|信頼)(?:なんて|なんか|など|は|も)?(?:でき(?:ない|ん|ません|なか|ねえ|ねー)|ならん|ならない|なら(?:ず|ぬ)|おけ(?:ない|ん)|置け(?:ない|ん)|ゼロ|失墜|地に落ち|がた落ち|ガタ落ち)"
    r"|(?:任せ|頼め|お願いでき)(?:られ)?(?:ない|ん|ません)(?:わ|よ|ね|な|ばい|けん)?(?=[。!?！？\n、]|$)"
)
# Calls to stay away from a business: the reason given for the call
# ("…は荷物を雑に扱うから、…使うな") is the damaging claim itself.
_CALL_TO_AVOID = lazy_regex.compile(
    r"(?:行か|使わ|買わ|頼ま|利用し|注文し|食べ|泊まら|乗ら|契約し|依頼し|任せ|関わら)ない(?:方|ほう)が|やめ(?:た|とい)?(?:方|ほう)が"
    r"|(?:行く|使う|頼む|買う|利用する|依頼する|任せる)の(?:は)?(?:やめ|よした)|" + _AVOID_N + r"|" + _AVOID_N_GA + r"|" + _DONT_N +
    r"|" + _MUST_NOT + r"|" + _RISKY_USE + r"|" + _AVOID_SO_THAT + r"|" + _GO_ELSEWHERE + r"|(?:行か|使わ|買わ|頼ま|利用し|食べ|泊まら|乗ら|契約し|依頼し)ないで|行くな|使うな|買うな|頼むな|べき(?:じゃない|ではない|でない)"
    r"|やめとけ|やめておけ|やめとき|避けた(?:方|ほう)が|避けるべき|二度と|おすすめ(?:しない|できない)|オススメしない|不買|ボイコット"
)
_REASON_END = lazy_regex.compile(r"(?:から|けん|けえ|ので|んで)(?=[、,\s]|[^ぁ-ゖ])")
# Damaging words whose business is named in the previous sentence: when the
# claim points back at it (あそこ, そこ, あの会社).
_POINTS_BACK = lazy_regex.compile(r"あそこ|そこ|あの(?:店|会社|業者)|ここ")
# Pointing back further (over a sentence or two): only at the business
# itself, not あそこの公園.
_POINTS_BACK_FAR = lazy_regex.compile(r"あそこ(?!の)|あそこの(?:店|会社|業者|工務店)|あの(?:店|会社|業者|工務店)")


# Everyday words that end like a business (〜ホール, 〜ホーム): マンホールに
# 近づかないようにしましょう warns about a manhole, not a hall.
# Everyday katakana words that end in a kind of business (パン, バー): フライパンで,
# 外国人のドライバーは name no firm.
_COMMON_NOUNS = frozenset({"マンホール", "マイホーム", "ステイホーム", "プラットホーム", "プラットフォーム", "老人ホーム",
                           "フライパン", "ドライバー", "メンバー", "ナンバー", "カバー", "サーバー", "ファイバー",
                           "ライバー", "チューバー", "ユーチューバー", "ブイチューバー"})


# A maker named by its product: 鹿本ミルクの牛乳, ヤマガフーズの弁当.  Only
# mixed kanji+katakana or long katakana names: 鹿本の米 names a place.
_MAKER = lazy_regex.compile(
    r"(?<![一-龥ァ-ヶー])(?:[一-龥]{1,4}[ァ-ヶー]{2,8}|[ァ-ヶー]{4,10})(?:さん)?の"
    r"(?:牛乳|パン|弁当|ラーメン|商品|製品|料理|食品|お菓子|菓子|ケーキ|お酒|肉|車|家|住宅|工事|サービス|アプリ|保険|物件|リフォーム|配達|修理|点検|野菜|卵|ジュース|水)"
)
# イノシシの肉, ニワトリの卵: an animal named by what it gives, no maker.
_GENERIC_KATAKANA = lazy_regex.compile(r"^(?:スーパー|コンビニ|ネット|テレビ|カフェ|ホテル|レストラン|デパート|ドラッグストア|ホームセンター|ショッピング|メーカー|チェーン"
                                       r"|イノシシ|イノブタ|ニワトリ|アイガモ|ウサギ|ジビエ|ブロイラー)")
# A name in brackets: 「山鹿ガス点検センター」, 『〇〇』.
_QUOTED = lazy_regex.compile(r"[「『][^」』\n]{2,20}[」』]")
_QUOTED_BUSINESS = lazy_regex.compile(rf"[「『][^」』\n。、]{{1,12}}?(?:{_KIND}|サービス|センター|ステーション|クラブ)(?:さん)?[」』]")
# (nor an advert's come-on quoted: 「初回実質0円」「お試し価格」と書かれた広告 — a price or
# an offer, never a name)
_QUOTED_SENTENCE = lazy_regex.compile(
    r"[ぁ-ん]{3,}|[がをにはで](?![ぁ-ん])"
    r"|[0-9０-９][0-9０-９,，]*円|無料|タダ|価格|実質|お試し|初回|割引|半額|今だけ|期間限定|元本保証|返金保証|儲か"
)


# The kind first, then the name: 麺処たけみ, 居酒屋まる八, 喫茶ポプラ.  Looked
# for on its own: BUSINESS would take 居酒屋 alone (a generic word) first.
_KIND_THEN_NAME = lazy_regex.compile(
    rf"{_KIND_FIRST}(?!{_NOT_A_NAME})[ァ-ヶー一-龥A-Za-z0-9ぁ-ゖ]{{1,8}}?(?={_NAME_END})", re.MULTILINE
)


# どこかの旅館, とある工務店: a business the writer does not name.
_UNNAMED = lazy_regex.compile(r"^(?:どこか|どっか|とある|どれか|いつも|近く|よそ|ほか|他|別|いろんな|色んな)の")
# 建築住宅課, 住宅係: a section of an office, whose name ends like a business;
# 山鹿温泉の旅館: a spa town, the place the business is in.
_NOT_A_FIRM_AFTER = lazy_regex.compile(r"課|係|(?<=温泉)の|(?<=温泉郷)の|(?<=温泉街)の")


def _business_names(text: str, lo: int, hi: int):
    """The spans of the business names in text[lo:hi] (the name is what
    damages the business: the reader learns whom to avoid)."""
    for m in _KIND_THEN_NAME.finditer(text, lo, hi):
        yield m.span()
    for m in BUSINESS.finditer(text, lo, hi):
        if (not _GENERIC.match(m.group()) and m.group() not in _COMMON_NOUNS and not _UNNAMED.match(m.group())
                and not _NOT_A_FIRM_AFTER.match(text, m.end())):
            yield m.span()
    for m in _MAKER.finditer(text, lo, hi):
        if not _GENERIC_KATAKANA.match(m.group()):
            yield m.start(), m.end() - 1  # without the の
    # A quoted name ending in a kind of business, whatever its letters: 『湯けむり亭』.
    for m in _QUOTED_BUSINESS.finditer(text, lo, hi):
        yield m.span()
    # A quoted name, not a quoted sentence (「あなたの口座が使われている」) nor a
    # quoted complaint (「窓口の対応遅い」: the claim itself, naming no one).
    for m in _QUOTED.finditer(text, lo, hi):
        if not _QUOTED_SENTENCE.search(m.group()) and not DAMAGING.search(m.group()):
            yield m.span()


def _names_business(text: str, lo: int, hi: int) -> bool:
    return next(_business_names(text, lo, hi), None) is not None


# A warning about an impostor names a business that is not the wrongdoer:
# 「〇〇電力」を名乗る電話は詐欺です.
_IMPOSTOR = lazy_regex.compile(r"名乗|装っ|装う|騙っ|騙る|かたる|かたっ|なりすま|成りすま|偽の|ニセ|にせ|偽物|偽サイト|偽メール")
# …or the impostor's own opening line quoted: 「消防署です、還付金があります」
# と言って…電話は詐欺です.  The name is what the caller claims to be, in a
# sentence that calls the call a fraud.
_CLAIMED_IDENTITY = lazy_regex.compile(
    r"[「『][^」』\n]{1,20}?(?:です|の者です|でございます|の者ですが|ですが|から(?:来|参)りました)[、,。!！]?[^」』\n]{0,40}[」』]"
    r"(?:と|って)(?:言|い|名乗|電話|訪ね|訪問|連絡|来|き)")
_FRAUD_WARNING = lazy_regex.compile(r"詐欺|不審|怪しい|あやしい|だまされ|騙され|悪質|すぐに?切")


# Advice to stay away for a passing reason (臨時休業, 混む, 雨) says nothing
# against the business.
_PASSING_REASON = lazy_regex.compile(
    r"休業|休み|定休日|臨時|混(?:む|んで|雑)|行列|満席|売り切れ|品切れ|雨|雪|台風|渋滞|工事中|改装中|駐車場が|遠い|高いから|予約(?:が)?(?:いっぱい|取れ)"
)
_AVOID_ONLY = lazy_regex.compile(
    r"(?:行か|使わ|買わ|頼ま|利用し|注文し|食べ|泊まら|乗ら|契約し|依頼し|任せ|関わら)ない(?:方|ほう)が|やめ(?:た|とい)?(?:方|ほう)が"
    r"|(?:行く|使う|頼む|買う|利用する|依頼する|任せる)の(?:は)?(?:やめ|よした)|" + _AVOID_N + r"|" + _AVOID_N_GA + r"|" + _AVOID_SO_THAT + r"|" + _GO_ELSEWHERE
)


# A place and a kind of shop with no name (近所の直売所, 駅前のコンビニ):
# the reader cannot tell which business is meant.
_UNNAMED_SHOP = lazy_regex.compile(
    r"^(?:駅前|国道沿い|バイパス沿い|商店街|温泉街|近所|裏通り|役所の近く)の"
    r"(?:直売所|お?店|スーパー|コンビニ|ドラッグストア|ホームセンター|食堂|飲食店|居酒屋|本屋|パン屋|八百屋|魚屋|肉屋|床屋|美容院|美容室"
    r"|ラーメン屋|うどん屋|そば屋|寿司屋|喫茶店|カフェ|レストラン|ガソリンスタンド|病院|医院|歯医者|薬局|工務店|業者|農家|売店|自販機)(?:の|$)"
)


def _names_short(text: str, lo: int, hi: int) -> bool:
    names = [m for m in _SHORT_NAME.finditer(text, lo, hi) if not _UNNAMED_SHOP.match(m.group())]
    return bool(names) and _TRADE.search(text, lo, hi) is not None


# DAMAGING's literals (prefilter.py: every match holds one of them), which
# the engine's scan found in the paragraph before it ran this validator.
_DAMAGING_GATE = LiteralGate(DAMAGING)


def _damaging_literals(text: str):
    """The literals of DAMAGING in `text`, or None when it has none to offer."""
    scanners = _DAMAGING_GATE.prepared()
    return scanners[0].present(text) if len(scanners) == 1 else None


# Paragraph scope: the claim and the business it names share a sentence, or
# the business is named in the sentence before it in the same paragraph
# (paragraph_at: before a paragraph's first sentence there are only its
# blank lines, or a line of its own ending in them, never the same paragraph).
@validator("business_disparagement", scope="paragraph", needs=(DAMAGING,))
def business_disparagement(doc):
    text = doc.text
    bounds = doc.sentence_bounds
    # DAMAGING alternates over some 300 phrases, tried at every position: a
    # sentence holding none of its literals (half of those in a paragraph
    # that holds one) is not scanned.
    literals = _damaging_literals(text)
    for i, (lo, hi) in enumerate(bounds):
        if literals is not None and not any(text.find(lit, lo, hi) >= 0 for lit in literals):
            continue
        hits = list(DAMAGING.finditer(text, lo, hi))
        if not hits or _IMPOSTOR.search(text, lo, hi):
            continue
        if _CLAIMED_IDENTITY.search(text, lo, hi) and _FRAUD_WARNING.search(text, lo, hi):
            continue
        if _PASSING_REASON.search(text, lo, hi) and all(_AVOID_ONLY.match(m.group()) for m in hits):
            continue
        named_in = (lo, hi) if _names_business(text, lo, hi) or _names_short(text, lo, hi) else None
        # A short follow-up ("ヤブ医者。") or one pointing back ("あそこには…")
        # is about the business named in the sentence before.
        # So is the next step of a rant: the sentence before named the
        # business and already ran it down ("…は悪徳業者です。絶対に行かないで
        # ください").
        if named_in is None and i > 0:
            p_lo, _ = paragraph_at(text, lo)
            prev_lo, prev_hi = bounds[i - 1]
            follows = _POINTS_BACK.search(text, lo, hi) or hi - lo <= 15 or DAMAGING.search(text, prev_lo, prev_hi)
            if follows and prev_lo >= p_lo and (
                    _names_business(text, prev_lo, prev_hi) or _names_short(text, prev_lo, prev_hi)):
                named_in = (prev_lo, prev_hi)
            elif _POINTS_BACK_FAR.search(text, lo, hi):
                # The rant's last word points back past a sentence or two of
                # its own story: "…リフォーム、仕事は雑。うちの親が頼んで最悪
                # やった。あそこにだけは頼まん方がよか".
                for k in range(i - 2, max(-1, i - 4), -1):
                    k_lo, k_hi = bounds[k]
                    if k_lo < p_lo:
                        break
                    if _names_business(text, k_lo, k_hi) or _names_short(text, k_lo, k_hi):
                        # …a business already run down on the way there.
                        if DAMAGING.search(text, k_lo, prev_hi):
                            named_in = (k_lo, k_hi)
                        break
        if named_in is None:
            continue
        for m in hits:
            yield m.span()
        yield from _reasons_for_calls(text, lo, hits)
        # The business named, here or in the sentence the claim points back to.
        names = list(_business_names(text, *named_in))
        if not names:
            names = [m.span() for m in _SHORT_NAME.finditer(text, *named_in)]
        yield from names


def _reasons_for_calls(text: str, lo: int, hits):
    """The clause ending in から/けん/ので before a call to stay away."""
    for m in hits:
        if not _CALL_TO_AVOID.search(m.group()):
            continue
        reasons = [r for r in _REASON_END.finditer(text, lo, m.start())]
        if not reasons:
            continue
        r = reasons[-1]
        parts = clauses(text, lo, r.start())
        start, end = trim(text, parts[-1][0] if parts else lo, r.start())
        if end - start >= 2 and not _PASSING_REASON.search(text, start, end):
            yield start, end


# --- the city's name, marks and material used without leave --------------

# What belongs to the city: its marks, characters, photos and papers, and its name.
_CITY_OWNER = r"(?:山鹿市|市役所|(?<![一-龥])市|灯籠まつり|広報やまが|広報誌|市報|公式サイト|市の(?:HP|ホームページ)|観光協会)"
_CITY_ASSET = lazy_regex.compile(
    rf"{_CITY_OWNER}(?:の)?[^。!?！？\n]{{0,8}}?"
    r"(?:ロゴ|市章|マスコット|ゆるキャラ|キャラ|イラスト|ポスター|写真|画像|動画|映像|素材|パンフ|チラシ|デザイン|名前|名義|制服|着ぐるみ|ステッカー|のぼり)"
    r"|市章"
    # Not the things the city lends its staff to work with (公用車, 封筒, 切手,
    # 課の名刺): using them privately is conduct and private gain (5(1), 5(2)),
    # as every writer labels it; the city's rights here are its marks, its
    # pictures, its name and its character.
    # The mascot's costume the office keeps: 課で管理してる着ぐるみ.
    r"|(?:課|係|役所|役場|庁舎|職場|倉庫)で(?:管理|保管|預かっ)[^。!?！？\n]{0,8}?(?:マスコット|ゆるキャラ|キャラ|着ぐるみ|きぐるみ)"
)
# The mascot by its name (a kana name ending in ちゃん/くん: 「とうろうちゃん」),
# where the paragraph says the city has a mascot (…市の公式キャラ).
_CITY_MASCOT = lazy_regex.compile(r"(?:市|山鹿市|市役所)の(?:公式)?(?:マスコット|ゆるキャラ|キャラ|PRキャラ|イメージキャラ)")
_MASCOT_NAME = lazy_regex.compile(
    r"(?<![ぁ-んァ-ヶー])(?!(?:お|おか|おかあ|おとう|おばあ|おじい|ばあ|じい|にい|ねえ|あん|ねー|にー|かあ|とう)(?:ちゃん|くん))[ぁ-んァ-ヶー]{2,8}(?:ちゃん|くん)"
)
# The city's own campaigns show its mascot with the same words (投票を呼びかけ, 禁煙).
_CITYS_OWN_CAMPAIGN = lazy_regex.compile(
    r"選挙管理委員会|選管|明るい選挙|投票率|投票日|期日前投票|投票所|投票に行|禁煙|受動喫煙|飲酒運転(?:防止|撲滅|根絶|ゼロ)|二十歳未満|20歳未満|啓発|キャンペーン|撲滅|防止"
)
# Altering the city's character or mark: 加工, アレンジ, コラ, 描き足し.
_ALTERED = lazy_regex.compile(
    r"加工|アレンジ|改変|改造|合成|コラ(?:画像|ージュ)?|特殊メイク|メイクし|コスプレ|いじっ|いじり|いじる|落書き|描き(?:足|加|替|かえ)|書き(?:足|加)|パロディ|パロ|ネタ画像"
    r"|描い|描く|描き|かい(?:た|て)(?:み|もら)?|イラスト|絵|着せ|持たせ|くわえ|咥え|(?<![びしみっ])かけ(?:た|て|させ)|吸わせ|飲ませ"
)
# Drinking "hooked in" (一杯ひっかけて, 引っかけて) dresses nothing up: the
# っ keeps かけ of ひっかけ out of _ALTERED.
# What damages the character's image: vice, violence, politics, smut.
_IMPROPER = lazy_regex.compile(
    r"タバコ|たばこ|煙草|喫煙|くわえタバコ|酒|ビール|焼酎|泥酔|酔っ払|中指|ヤンキー|不良|グレ|ぐれ|ヤクザ|やくざ|チンピラ|暴走族|特攻服"
    r"|血まみれ|流血|銃|拳銃|ナイフ|包丁|武器|ゾンビ|死体|ホラー|下ネタ|エロ|裸|全裸|セクシー|水着|ギャンブル|パチンコ|競馬"
    r"|候補|立候補|タスキ|たすき|選挙|一票|投票|政党|後援会|ディス|悪口"
)
_UNAUTHORISED = lazy_regex.compile(
    r"勝手に|無断で?|無許可|許可なく|許可なしで|許可(?:を)?(?:取らず|とらず|取って(?:い)?ない|もらわず|得ず|得ないで)|申請(?:せず|しないで|なしで|してない)"
    r"|こっそり|黙って|拝借|パク(?:っ|り|る)|流用|転用|使わせてもら|借りちゃ"
)
# Put to private or commercial use: the shop's flyer, a relative's site, goods for sale.
_PRIVATE_USE = lazy_regex.compile(
    r"(?:自分|うち|個人|兄|弟|姉|妹|妻|夫|嫁|旦那|友達|友人|知り合い|実家|親戚|叔父|叔母|いとこ)の(?:お)?(?:店|会社|民泊|サイト|ブログ|チラシ|名刺|看板|商品|事務所|選挙|後援会)"
    # A club or team of one's own: 草野球チームのロゴ, サークルのユニフォーム.
    r"|(?:チーム|サークル|クラブ|同好会|部活|少年団|バンド|劇団|ユニット|グループ|団体|ユーチューバー|配信)の(?:ロゴ|エンブレム|ユニフォーム|Tシャツ|旗|マーク|アイコン|ジャケット|グッズ)|ユニフォーム"
    r"|(?:自分|うち|俺|おれ|僕|ぼく|私|わたし|あたし|個人|友達|友人|知り合い|息子|娘|兄|弟|姉|妹)(?:たち|ら)?の(?:バンド|チーム|サークル|クラブ|劇団|ユニット|グループ|団体|ブランド|屋号|イベント|ライブ|チャンネル|YouTube|配信)"
    # An election: the mascot wearing a candidate's sash is campaigning in the city's name.
    r"|候補|立候補|市長選|市議選|議員選|県議選|選挙|政党|党の|応援演説|一票|投票"
    r"|後援会|選挙|販売|売り|売る|売っ|メルカリ|フリマ|ミンネ|出品|グッズ|Tシャツ|ステッカー|スタンプ|パッケージ|ラベル|広告|宣伝|営業"
    r"|副業|私用|商売|配達|(?:自分|家族|子ども|子供)の(?:用事|送り迎え|送迎|買い物|荷物|年賀状)"
    # A private party or a joke: the costume at a friend's wedding, the
    # mascot as a drinking-party gag (結婚式の余興でネタにした).
    r"|結婚式|披露宴|二次会|余興|忘年会|新年会|飲み会|宴会|合コン|誕生日|誕生会|パーティ|同窓会|バーベキュー|BBQ|カラオケ"
    r"|ネタ(?:に|として)|ウケ狙い|受け狙い|笑いを取"
)
_USE = lazy_regex.compile(r"使|にし(?:た|て|ちゃ|よう)|入れ|載せ|のせ|貼|印刷|プリント|加工|作|付け|つけ|掲載|流し|アップ|出し|名乗|送|乗|やって|回っ|運"
                          r"|描|えが|書い|かい(?:た|て)|アレンジ|いじ|合成|着せ|(?<![びしみ])かけ(?:た|て|させ)|持たせ"
                          r"|借り|着て|着た|着る|着ちゃ|被っ|かぶっ|持って(?:行|い)|持ち出|踊っ|で[^。、!?！？\n]{0,6}?(?:行っ|行き|出かけ|参加|出席)")
_AUTHORISED = lazy_regex.compile(
    # A call to take care (公用車の運転にも注意, 安全運転を心がけましょう) warns, it misuses nothing.
    r"注意(?=[。!！]|$|を|して|しま|くだ|です|が必要)|気をつけ|気を付け|心がけ|心掛け|ご協力|徹底|しましょう|"
    r"使用申請|許可を(?:得|いただ|もら|取っ|とっ)|承認を(?:得|いただ)|申請済|許諾を|ください|できます|公式グッズ|ご利用|ご自由に|フリー素材として"
)


# ネットで拾った灯籠まつりの写真: a picture of the festival someone took and
# put online is that person's work (5.3 copyright), not the city's material.
_EVENT_PICTURE = lazy_regex.compile(r"灯籠まつり(?:の)?[^。!?！？\n]{0,8}?(?:写真|画像|動画|映像)$")
_FOUND_ONLINE = lazy_regex.compile(
    r"(?:ネット|ネット上|ウェブ|Web|SNS|ツイッター|インスタ|Google|グーグル|画像検索|ピンタレスト|Pinterest|TikTok|YouTube|誰か|他の人|知らない人)"
    r"(?:で|から|上で|にあった|の)?[^。!?！？\n]{0,6}?(?:拾っ|拾い|見つけ|保存し|落とし|ダウンロードし|持ってき|上がって|撮った)"
)


# Paragraph scope: the asset and the use are read in one sentence.
@validator("city_asset_misuse", scope="paragraph", needs=(_CITY_ASSET,))
def city_asset_misuse(doc):
    """市の観光ポスターの写真を兄の民泊サイトに勝手に使った, 市のロゴを店のチラシに入れた…"""
    text = doc.text
    has_mascot = _CITY_MASCOT.search(text)
    for lo, hi in doc.sentence_bounds:
        asset = _CITY_ASSET.search(text, lo, hi) or (has_mascot and _MASCOT_NAME.search(text, lo, hi))
        if not asset or _AUTHORISED.search(text, lo, hi):
            continue
        if _EVENT_PICTURE.match(asset.group()) and _FOUND_ONLINE.search(text, lo, hi):
            continue
        rest = (asset.start(), hi)
        # A "secretly" must be about the asset: こっそり缶ビール、公用車で現場へ
        # is drinking (5.1), the car was used for work.
        unauthorised = _unauthorised_use(text, lo, asset.start(), hi)
        private = _PRIVATE_USE.search(text, lo, hi)
        if not unauthorised and _CITYS_OWN_CAMPAIGN.search(text, lo, hi):
            continue
        # The city's character or mark altered and put to something that
        # damages it (smoking, drinking, a candidate's sash, gore).
        defaced = _ALTERED.search(text, lo, hi) and _IMPROPER.search(text, lo, hi)
        if not (unauthorised or defaced or (private and _USE.search(text, *rest))):
            continue
        yield trim(text, *asset.span())
        for c_lo, c_hi in clauses(text, *rest):
            if (_UNAUTHORISED.search(text, c_lo, c_hi) or (_PRIVATE_USE.search(text, c_lo, c_hi) and _USE.search(text, c_lo, c_hi))
                    or (defaced and (_ALTERED.search(text, c_lo, c_hi) or _IMPROPER.search(text, c_lo, c_hi)))):
                yield trim(text, c_lo, c_hi)


def _unauthorised_use(text: str, lo: int, at: int, hi: int) -> bool:
    """"Without leave" said of the asset: in the clause holding it (from at
    most 12 characters before it: 勝手に市のロゴを), or in a later clause
    right before a use (…自分の店のサイトに勝手に使っちゃった).  A "secretly"
    elsewhere (こっそり缶コーヒー) is about something else."""
    for c_lo, c_hi in clauses(text, lo, hi):
        if c_lo <= at < c_hi:
            if _UNAUTHORISED.search(text, max(c_lo, at - 12), c_hi):
                return True
            lo = c_hi
            break
    return any(_USE.search(text, m.end(), min(m.end() + 12, hi)) for m in _UNAUTHORISED.finditer(text, lo, hi))


# --- passing oneself off as the city ----------------------------------------

# A look of the city's own voice: a quoted account name with the city in it
# (『山鹿市役所_公式』), the city's or the mayor's name used as one's own, or
# an account made to look official (公式っぽい, 市役所風).
_OFFICIAL_LOOK = lazy_regex.compile(
    r"[「『\"][^」』\"\n]{0,20}(?:山鹿|市役所|役所|市公式|公式|市長|[一-龥]{1,6}課)[^」』\"\n]{0,20}[」』\"]"
    r"|(?:山鹿市|市役所|役所|市長|副市長|(?<![一-龥])市|[一-龥]{1,6}課|公式)(?:の)?(?:名前|名義|ロゴ|アイコン|写真|マーク)(?:で|を使って|にして|を(?:アイコン|プロフ|ヘッダー|トップ画))"
    r"|(?:市役所|役所|公式|本物|市|市長)(?:LINE|アカウント|アカ|ページ|サイト)?(?:っぽい|っぽく|風の|風に|そっくり|に似せ|みたいな)"
)
# Made an account, a page or a group.
_ACCOUNT_MADE = lazy_regex.compile(
    r"(?:アカウント|アカ|垢|ページ|グループ|チャンネル|サイト|ユーザー名|ID|アイコン|名前)(?:を|も)?(?:新しく|勝手に|こっそり|試しに)?"
    r"(?:作|つく|開設|立ち上げ|作成|取っ|取得|登録|変え|にして|にした)"
)
# Readers take it for the real thing: 本物だと思われてる, 公式と勘違いされて.
_TAKEN_FOR_REAL = lazy_regex.compile(
    r"(?:本物|公式|市役所|役所|(?<![一-龥])市|職員|市長(?:本人)?)(?:の(?:公式|アカウント|人|職員|担当者?))?(?:だ|アカウント)?と(?:思われ|勘違いされ|信じ(?:られ|てる|ちゃ)|間違えられ|誤解され)"
    r"|(?:本物|公式|市役所|市長本人)だと(?:思って|信じて)(?!たら|いたら)"
)
# Passing oneself off: 市長になりすまして, 観光課を装って.
_POSING = lazy_regex.compile(
    r"(?:市長|副市長|市役所|山鹿市|市の公式|(?<![一-龥])市|[一-龥]{1,6}課|公式アカウント|公式)"
    r"(?:(?:に|を|の)?(?:なりすま|成りすま|装っ|装い|騙っ|かたっ)|(?:の(?:公式)?(?:アカウント|アカ|LINE|ページ))?の(?:ふり|フリ)(?:を)?し)"
    # Standing in as the official one: 観光課の公式のつもりで作った, 市の公式気取りで運営.
    r"|(?:市長|市役所|山鹿市|(?<![一-龥])市|[一-龥]{1,6}課|公式)(?:の)?(?:公式)?(?:の)?(?:つもり|気分|気取り|ていで|体で)(?:で|に)?"
    r"(?:作|つく|運営|始め|はじめ|やって|開設|立ち上げ|発信|投稿)"
)
# Warnings about impostors and victims' stories name the same acts.
_IMPOSTOR_WARNING = lazy_regex.compile(
    r"ご注意|注意して|気をつけ|お気をつけ|騙され|だまされ|被害|詐欺|通報|偽(?:物|アカ|アカウント)(?:だった|に|です|が)|不審な|ください|ましょう"
    r"|多発|相次|発生して|報告されて|確認されて"
)


@once_per_draft
def _impersonation_cues(draft) -> tuple[bool, ...]:
    """Which cues occur anywhere in the draft: a warning about impostors,
    an account made, the city's look, readers taking it for real, posing.
    (None of the patterns matches across a line break: read line by line.)"""
    return tuple(any_line_matches(draft, p) for p in (_IMPOSTOR_WARNING, _ACCOUNT_MADE, _OFFICIAL_LOOK, _TAKEN_FOR_REAL, _POSING))


def _impersonation_facts(draft, start: int, end: int):
    """The cues pair up anywhere in the draft (an account made in one
    paragraph, the city's look in another), and a warning anywhere makes the
    whole draft a warning.  None: the draft warns, nothing to report; else
    (report accounts made / looks / takings, report takings)."""
    warning, made, look, taken, posing = _impersonation_cues(draft)
    if warning:
        return None
    return made and (look or taken), taken and (look or posing)


# Paragraph scope with facts: each span is the clause around one cue of the
# paragraph; whether a cue counts depends on cues anywhere in the draft.
@validator("official_impersonation", scope="paragraph", needs=(any_of(_ACCOUNT_MADE, _OFFICIAL_LOOK, _TAKEN_FOR_REAL, _POSING),),
           facts=_impersonation_facts)
def official_impersonation(doc, facts):
    """『山鹿市役所_公式』ってアカウント作ってみた, 本物だと思われてる, 市長になりすまして…"""
    if facts is None:
        return
    made_with_look, taken_with_look = facts
    text = doc.text
    hits = []
    # An account made with the city's look, or one that readers take for the city's.
    if made_with_look:
        hits += [*_ACCOUNT_MADE.finditer(text), *_OFFICIAL_LOOK.finditer(text), *_TAKEN_FOR_REAL.finditer(text)]
    hits += _POSING.finditer(text)
    if taken_with_look and not made_with_look:
        hits += _TAKEN_FOR_REAL.finditer(text)
    for m in hits:
        # The clause around the cue: what the author did.
        lo = max(text.rfind(ch, 0, m.start()) for ch in "、。!?！？\n ") + 1
        ends = [i for i in (text.find(ch, m.end()) for ch in "、。!?！？\n") if i >= 0]
        yield trim(text, lo, min(ends) if ends else len(text))
