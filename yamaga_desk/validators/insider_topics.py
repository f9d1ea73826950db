"""6.2 (inaccurate information about the city's administration): what makes a
sentence about the city's business.

``_ADMIN_TOPIC`` lists what a reader takes as "the city has decided / will
do": its offices, budgets, fees, taxes, services, facilities, events,
elections, schools, roads and water.  A guess counts for 6.2 only on (or
next to) such a topic.  ``_OWN_BUSINESS`` is the narrower set that needs no
word of the writer being staff (市役所, 予算, 〇〇課, 教育委員会...): a
resident guessing about a festival is not 6.2, anyone guessing at a
section's budget is.  Data only; insider_guess.py uses it.
"""

from __future__ import annotations

from .. import lazy_regex


# -- staff guessing about the city's administration ---------------------------

# 市 as this city: bare, 山鹿市, 本市 / 当市 / 全市; 熊本市の / 某市の / 他市の name another
# city's business, not 山鹿市's.
# (after a time word, 来年 市が…: the spaced writing of 来年、市が, whose blanks normalization folds)
_AFTER_TIME = r"(?<=来年)|(?<=今年)|(?<=毎年)|(?<=来月)|(?<=今月)|(?<=年度)"
_THIS_CITY = r"(?:(?<![一-龥])|(?<=山鹿)|(?<=[本当全])(?<![一-龥][本当全])|" + _AFTER_TIME + r")市"

# Another city's business named (熊本市の採用試験, 菊池市の保育料): what follows 〇〇市の
# up to the next particle is theirs, not 山鹿市's (masked before a topic is looked for).
_OTHER_CITY = lazy_regex.compile(r"(?<![一-龥])(?!山鹿市|[本当全同]市)[一-龥]{1,4}市の[一-龥ァ-ヶー]{1,10}")

# Words that make a sentence about the city's administration.  Kept to the
# things a reader would take as "the city has decided/will do".
# (市の before a masked staff word, 市の職員として, says who writes: no topic.)
_ADMIN_TOPIC = lazy_regex.compile(
    r"(?:用地(?:交渉|買収|取得)|超勤|超過勤務|時間外(?:勤務)?手当|残業代|期末手当|勤勉手当|昇給|市役所|市政|市長|市議会|議会|庁内|本庁|支所|[一-龥]{1,4}課|予算|条例|制度|規則|要綱|避難所|商品券|"
    r"避難指示|避難勧告|避難情報|工事|拡幅|改修|料金|使用料|手数料|[一-龥]{0,3}税|減免|補助金?|助成|手当|給付|交付|申請|届出|"
    r"ゴミ袋|ごみ袋|指定袋|収集|水道|下水|保育料?|給食|統合|閉校|廃校|人事|異動|採用|庁舎|公民館|"
    # the city's recruitment and organisation: its exams and their grades (初級 / 上級), a test
    # brought in, new hires, reorganisation (英検の合格点, 娘の就活のSPI are no business of the city's)
    r"(?:教養|専門)試験|(?:SPI|適性検査)(?:の)?導入|(?:採用|職員|初級|中級|上級|公務員)(?:試験)?の?合格(?:ライン|点|者|発表)|新採|新規採用|組織改編|機構改革|フェスタ|フェスティバル|"
    r"施設|体育館|(?:図書|利用|貸出|貸し出し)カード|図書館|プール|公園|道路|橋|病院|保育園|幼稚園|学校|センター|会館|ホール|完成|竣工|開館|財政|給料|給与|ボーナス|施設|花火|まつり|祭り|決行|延期|値上げ|値下げ|廃止|無料化|有料化|閉鎖|閉館|休館|移転|民営化|民間委託|委託|建て替え|建替|市民[一-龥ァ-ヶー]{1,5}|市営|市立|来年度|今年度|新年度|(?<!隣の)(?<!隣)(?<!他の)(?<!よその)(?<!別の)" + _THIS_CITY + r"の(?!_)|市内の?[^。]{0,6}(?:学校|施設|道路)|"
    # the city's services a resident asks staff about
    r"敬老|記念品|祝い金|ごみ|ゴミ|粗大|分別|資源物|回収|バス|路線|巡回|成人式|二十歳|つどい|式典|行事|イベント|会場|投票所|(?:期日前|郵便|不在者)投票|投票(?:日|用紙|入場券)|選挙|選管|窓口|受付|手続き|"
    r"[一-龥]{0,4}証明(?:書)?|医療費?|タダ|住民票|戸籍|マイナンバー|印鑑登録|(?<![一-龥])[一-龥]{1,3}届(?!け)|届け出|転入|転出|転居|郵送|提出|"
    r"定員|募集|抽選|締切|締め切り|(?<!賞味)(?<!消費)(?<!有効)期限|給付金|支援金|クーポン|学童|児童|子育て|介護|年金|国保|"
    r"保険料|市営住宅|八千代座|さくら湯|灯籠|道の駅|有料|無料|開催|中止|入札|発注|"
    # fees of the city's baths and halls, its check-ups, its broadcasts and schools
    r"始業式|終業式|修了式|入学式|卒業式|[1-3一二三]学期|入浴料|入館料|入場料|利用料|観覧料|駐車料|戸別|[一-龥]{0,2}(?:健診|検診)|防災(?:行政)?無線|就学援助|統廃合|"
    # the water the city supplies and its roads mended; the farm damage it
    # counts and the bounty it pays for game caught
    # the permits the city's boards grant (農業委員会の許可, 農地の転用)
    r"農業委員会|農地転用|転用|許可|認可|"
    # (how often it reads the meters, not a round of reading: 検針で温泉街をまわる; the plants and
    # reservoirs it keeps)
    r"断水|給水|漏水|復旧|(?<!電気の)(?<!ガスの)検針(?:は|が|の)?(?:日|回数|間隔|周期|方法|体制|委託|[0-9０-９一二三]+か月|[0-9０-９一二三]+ヶ月|毎月|隔月|月[0-9０-９一二]回)|浄水場|配水池|浄水|取水|市道|舗装|補修|修繕|穴ぼこ|陥没|農作物被害|鳥獣被害|被害額|有害鳥獣|捕獲|報奨金|奨励金|"
    # the city's planning: zoning, its public inspection, land readjustment,
    # and the roads and interchanges it opens
    r"用途地域|都市計画|区画整理|縦覧|開通|インターチェンジ|スマートIC|バイパス|"
    # the hazard map the city publishes and the flood zones it draws
    r"ハザードマップ|防災マップ|浸水(?:想定)?区域|土砂災害警戒区域|"
    # the dead the city looks after: its crematorium, cemeteries and their untended
    # graves; its newsletter and how it reaches homes; its own cars (宿直 is left out: staff
    # remember the night watch as a custom of their own)
    r"斎場|火葬(?:場|炉)|墓地|霊園|納骨堂|無縁(?:墓|仏|墳墓)|広報(?:やまが|誌|紙)|公用車|"
    # the city itself as the subject (山鹿市では〜使えなくなる, 市は〜もらえる)
    # and services the city runs (保険証, マイナカード, 一時預かり, 予防接種)
    r"(?:山鹿|(?<![一-龥])|" + _AFTER_TIME + r")市(?:では|は|が|で|も|として)|保険証|マイナ(?:ンバー)?カード|一時預かり|予防接種|"
    # the inspections the city makes, the dog tags it issues, the rents of its
    # housing, and a rule it brings in or lifts (USBメモリ全面禁止になる, ペット飼育が解禁)
    r"立入検査|立ち入り検査|注射済票|鑑札|狂犬病|家賃(?:の)?(?:算定|減免|改定)|算定基準|(?:全面)?禁止(?:に(?:なる|なっ|なり)|され)|解禁)"
)


# With no word of being staff, the sentence must name the city's own business.
# (日課 / 賦課 / 放課後 end in 課 but name no section of the office.)
# 市のプレミアム商品券 (the city's), 臨時窓口を開ける / 休日開庁 (the counters
# the office opens) name the city's business as much as 〇〇課 does.
# 用地交渉 / 市は6万で押しとる: the city buying land, and its side of the bargain;
# 超勤の単価, 期末手当: what the city pays its own staff.
_OWN_BUSINESS = lazy_regex.compile(r"(?:用地(?:交渉|買収|取得)|(?:(?<![都隣一-龥])|" + _AFTER_TIME + r")市(?:は|が|も)(?=[^。!?\n]{0,12}?(?:で押し|で粘|譲ら|提示|示し))|超勤|超過勤務|時間外(?:勤務)?手当|残業代|期末手当|勤勉手当|昇給|市役所|市政|市長|市議会|予算|選管|選挙管理委員会|投票所|開票(?:所|作業|会場|事務|立会)|(?:期日前|郵便|不在者)投票|(?:市議|市長)選|給食(?:費|センター)|条例|制度|来年度|今年度|新年度|庁内|[一-龥]{1,4}(?<![日賦])課(?!題|程|外|後)"
                                   r"|(?<![都隣])(?<!隣の)(?<!他の)(?<!よその)(?<!別の)" + _THIS_CITY + r"の(?=[一-龥ァ-ヶ]|ごみ|ゴミ)|(?:(?<![都隣一-龥])|" + _AFTER_TIME + r")市(?:が|で)(?=[^。!?\n]{0,16}?(?:回収|収集|負担|支給|補助|助成|補償|賠償|弁償|返金|払い戻|還付|開設|実施|無料|有料|引き取|配布|配って|してくれ))|(?:うちの|我が|わが)市(?:も|は|で|が|の)|開館時間|休館日|開館日|収集日|貸(?:し)?出(?:し)?(?:上限|冊数|期間)|開庁|閉庁|防災(?:行政)?無線|(?:総合|集団|特定|乳児|乳幼児|がん)(?:健診|検診)|(?:健診|検診)の?(?:予約|枠|受付|日程|自己負担|料金|費用)|保健センター|庁舎の?(?:建て替え|建替|移転|新築|改築|整備|建設)(?:場所|予定地|候補地|先|地)?|(?<!電気の)(?<!ガスの)検針(?:は|が|の)?(?:日|回数|間隔|周期|方法|体制|委託|[0-9０-９一二三]+か月|[0-9０-９一二三]+ヶ月|毎月|隔月|月[0-9０-９一二]回)|浄水場|配水池|用途地域|都市計画(?!的)|就学援助|支援センター|教育委員会|教委|農業委員会|農地転用|統廃合|(?:臨時|休日|夜間|特設)(?:の)?窓口|窓口(?:を)?(?:開け|開設|延長|閉め))")
