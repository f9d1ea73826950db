"""A private person exposed with personal details.

A name alone is not a privacy problem (staff thank 松尾さん in an interview
all the time); a name *together with* where the person lives, their phone,
their school class, their health or their family trouble is.  So this
validator looks for a person mention and a sensitive detail close together
(same sentence or the next/previous one) and reports both.

A person mention is
- a name Sudachi tags 名詞-固有名詞-人名 (山本, 佐藤ユウキ, ケンジ) with an
  honorific (さん/くん/ちゃん…), a full name, or a name after a relation
  (同級生のケンジ); a masked name 〇〇さん / Aさん counts too;
- extended over 「の奥さん」「さんちのおばあちゃん」 so the finding shows who;
- or a specific individual by relation: 隣の奥さん, 窓口に来たおばあちゃん.

Elected officials acting in office (中村市長) are not private persons.
"""

from __future__ import annotations


from .. import lazy_regex
from ..text.normalize import from_original
from .registry import validator
from .contact import email_addresses, phone_numbers, postal_addresses
from .gate import LiteralGate

# 先生: a named teacher, doctor or instructor (川口先生) is a private person too.
_HONORIFICS = {"さん", "くん", "君", "ちゃん", "様", "さま", "氏", "殿", "ちゃま", "先生"}
_OFFICIAL_TITLES = ("市長", "副市長", "議員", "議長", "知事", "大臣", "首相", "総理", "町長", "村長",
                    "教育長", "市議", "県議", "代議士", "理事長", "館長", "会長", "社長", "選手", "監督")
# 中村院長, 田中店長, 森オーナー: a name and the post someone holds in a
# private clinic, shop or firm names that person as an honorific does.
_PRIVATE_TITLES = {"院長", "医院長", "副院長", "院長先生", "店長", "店主", "オーナー", "専務", "常務", "部長", "課長",
                   "係長", "主任", "親方", "棟梁", "女将", "大将", "マスター", "住職", "和尚", "組合長", "支店長", "所長",
                   "工場長", "先輩", "師匠", "ドクター"}
_FAMILIAR_HONORIFICS = {"くん", "君", "ちゃん"}
_SHORT_NAME = lazy_regex.compile(r"[一-龥]{1,3}|[ァ-ヴー]{2,6}")
_NOT_NAMES = {"赤", "赤ちゃん", "お姉", "お兄", "お嬢", "坊", "僕", "子", "孫", "娘", "息子", "弟", "妹", "彼", "主",
              "王", "姫", "殿", "犬", "猫", "くま", "クマ", "ウサギ", "パンダ", "ワン", "ニャン", "キャラ",
              # 新人くん, バイトくん, 後輩ちゃん: a role called by its name, which names nobody
              "新人", "新入", "新米", "新卒", "新任", "後輩", "同期", "部下", "バイト", "実習生", "研修生", "派遣",
              "転校生", "生徒", "学生", "店員", "営業", "担当", "社員", "職員", "受付", "事務", "隣",
              # 一本分くんで帰った: a counter's 分 before 汲んで, no nickname
              "分"}
_MASK = lazy_regex.compile(r"[〇○◯●×✕＊*]{1,3}|[A-ZＡ-Ｚ]")
# 「の奥さん」「さんちのおばあちゃん」: who in the family the detail is about.
_KIN = lazy_regex.compile(
    r"(?:ち|家|宅|とこ|ところ|んとこ|んち)?の?(?:奥さん|奥様|旦那さん|旦那|ご主人|嫁|お嫁さん|娘さん|娘|息子さん|息子|お子さん|子ども|子供|子|"
    r"お嬢さん|坊ちゃん|お母さん|母親|お父さん|父親|おばあちゃん|おじいちゃん|おばあさん|おじいさん|ばあちゃん|じいちゃん|"
    r"お姉さん|お兄さん|妹|弟|家族|親|両親|孫|彼女|彼氏|"
    # 山口さん家の長男さん: a household's child by birth order
    r"長男|長女|次男|次女|三男|三女|末っ子|上の子|下の子)(?:さん|くん|ちゃん)?"
)
# A specific individual without a name: 隣の奥さん, 窓口に来たおばあちゃん,
# 向かいのアパートの大学生, うちのクラスの生徒, 苦情を入れてきた男性.
_RELATION = (
    # 隣の席の子, 向かいの席の人: the colleague at the next desk, who sits
    # there at work; not a neighbour whose private life the writer exposes.
    r"(?:(?:隣|お隣|となり|向かい)(?!の席|(?:に|で)座)|近所|裏|下の階|上の階|下の部屋|上の部屋|(?:あの|その)(?:家|お宅|アパート|マンション|部屋)|同級生|同僚|友人|友達|知り合い|親戚|部下|上司|先輩|後輩|元カノ|元カレ|"
    r"同じ(?:班|課|係|職場|部署|クラス|学年|部活|マンション|アパート|町内|地区)|うちの(?:クラス|課|係|店|病院|園|学校|部署)|"
    r"担任(?:して(?:い)?る|の)|受け持ち|担当(?:して(?:い)?る|の)|病棟|常連|"
    r"(?:窓口|相談|申請|手続き|苦情|文句)(?:に|を言いに|で)?(?:来た|きた)|うちに来た|(?:昨日|今日|さっき|先週|朝)来た|"
    r"(?:苦情|クレーム|文句)を?(?:入れて|言って|つけて)?きた|(?:電話|問い合わせ)して(?:き|く)た|怒鳴って(?:い)?た|"
    r"(?:苦情|クレーム|文句|問い合わせ)?の?(?:電話|メール|手紙)(?:を)?(?:かけて|掛けて|して|くれ|送って|入れて)(?:き|く)た|"
    r"来庁した|診察した|担当した|対応した)"
)
_PERSON_NOUN = (
    r"(?:奥さん|奥様|旦那さん|旦那|ご主人|おばあちゃん|おじいちゃん|おばあさん|おじいさん|じいさん|ばあさん|"
    r"息子さん|息子|娘さん|娘|お子さん|子ども|子供|子|人|方|男性|女性|男|女|おばさん|おじさん|おっさん|"
    r"お客さん|お客様|客|住民|家族|生徒|児童|園児|学生|大学生|高校生|中学生|小学生|女の子|男の子|女子|男子|"
    r"患者さん|患者|利用者|相談者|申請者|入居者|部員|[一-龥]{1,2}さん)"
)
# 駅前の八百屋の奥さん, パン屋『こむぎ堂』のご主人, 八百屋まるなかの奥さん, 〇〇食堂の大将: the family
# or keeper of a named or pointed-out shop, whom the whole town knows.
_SHOP = (
    r"(?:[一-龥ァ-ヶー]{0,8}(?:屋|店|堂|亭|庵|食堂|商店|旅館|医院|美容室|美容院|理容室|床屋|工務店|薬局|酒店|精肉店|鮮魚店)"
    # 八百屋まるなか, 食堂ひまわり: the kind of shop, then its kana name
    r"(?:(?!さん|[のでにはがもをとへやか])[ぁ-ゖァ-ヶー]{2,8})?"
    r"|[『「【][^』」】\n]{1,15}[』」】])(?:さん)?"
    r"(?:[『「【][^』」】\n]{1,15}[』」】](?:さん)?)?"
)
_SHOP_KEEPER = (
    r"(?:奥さん|奥様|ご主人|旦那さん|旦那|大将|おかみさん|女将さん|女将|店主|店長|マスター|ママ|娘さん|息子さん|お嫁さん|"
    r"おばちゃん|おじちゃん|おばあちゃん|おじいちゃん|跡取り)"
)
_RELATED_PERSON = lazy_regex.compile(
    r"(?:元カレ|元カノ|元彼女?|元旦那|元嫁|元夫|元妻|幼なじみ|幼馴染|初恋の人)(?=の|が|は|って|も|、|,|やった|だった|じゃった|でした)|"
    # 市長の奥さま, 議員の息子さん: the family of a public figure lead private lives
    # (町内会長の娘さん, 社長の息子さん, 先生の奥さん: whoever holds a post in town, and theirs)
    r"(?:副?市長|町長|村長|知事|議員|副?議長|市議|県議|町議|村議|代議士|教育長|校長|教頭|園長|署長|院長"
    r"|町内会長|自治会長|区長|PTA会長|民生委員|社長|会長|店長|部長|課長|係長|上司|先輩|大家)(?:さん|先生)?の"
    r"(?:奥さん|奥さま|奥様|旦那さん|旦那様|ご主人|息子さん|娘さん|お子さん|お嬢さん|お孫さん|お母さん|お父さん|お母様|お父様|ご両親|ご家族)|"
    rf"{_SHOP}の{_SHOP_KEEPER}|"
    # 鹿北のばあちゃん、98歳で: an old neighbour pinned down by their district and
    # age (町内会のおじいちゃん達, 会場のおばあちゃん: a crowd, or whoever was at a
    # place; 鹿央のおばあちゃんがお電話を: a caller thanked, told by district alone)
    r"(?<![一-龥])[一-龥]{2,4}(?<![会場館所内域員者園設院店校])の(?:お?ばあ(?:ちゃん|さん)|お?じい(?:ちゃん|さん))"
    r"(?=[、,]?\s?(?:は|も)?[、,]?\s?[（(]?\s?[0-9]{2,3}\s?(?:歳|才|さい))|"
    # 同級生の母親, 友達のお父さん: a parent of someone the writer knows (not 窓口に来たお父さん,
    # a visitor, nor 知り合いのママさんたち, a crowd)
    r"(?:同級生|友達|友人|知り合い|幼なじみ|幼馴染|同僚|先輩|後輩|元カレ|元カノ)の(?:母親|父親|お母さん|お父さん)(?!たち|達|ら(?!し)|方)|"
    rf"{_RELATION}の?"
    r"(?:(?:家|うち|アパート|マンション|部屋|席|ベッド|店|お宅|クラス|学校)の)?"
    rf"{_PERSON_NOUN}(?:さん|様|ちゃん|くん)?"
    # 近所の人たち, 同僚の方々: a crowd nobody can be picked out of
    r"(?!たち|達|々|方々|ら(?!し))"
    # 近所の人が何人も, 同級生の子もたくさん: a head count, no one picked out
    r"(?!(?:が|は|も|の)?(?:何人も|何人か|何軒も|何家族も|大勢|多く|たくさん|結構|けっこう|みんな|全員|ほとんど))"
)
# A name without honorific after one of these is a person: 同級生のケンジ,
# 生徒の田村.
_RELATION_BEFORE_NAME = lazy_regex.compile(
    r"(?:同級生|友達|友人|同僚|知り合い|近所|隣|親戚|後輩|先輩|元カ[ノレ]|生徒|患者|利用者|教え子|部員|児童|園児|"
    # the writer's own kin named in full (姪っ子の森本ひなた): a child the
    # family's friends can find
    r"お客さん|客|住民|相談者|部下|上司|姪っ子|甥っ子|姪|甥|いとこ|従兄弟|従姉妹)の?$"
)

# Violence at home told without the word (母親に手を上げる, 嫁に手ば出す,
# 暴力を振るう): a detail about a person here, a record kept at work in
# confidential.py.
_KIN_AT_HOME = (
    r"(?:母親|父親|親|母|父|お母さん|お父さん|妻|奥さん|嫁|夫|旦那|子ども|子供|息子|娘|孫|家族|ばあちゃん|じいちゃん|おばあちゃん|おじいちゃん)"
)
DOMESTIC_VIOLENCE = (
    _KIN_AT_HOME + r"(?:さん)?(?:に|へ)(?:手(?:を|ば)?(?:上げ|あげ|挙げ|出し|出す|出さ)|暴力(?:を|ば)?(?:振る|ふる))"
    # 母親ば殴っとる, 奥さんを叩いて, 息子に殴られよる
    r"|" + _KIN_AT_HOME + r"(?:さん)?(?:を|ば)(?:殴|なぐ|叩|たた|蹴)(?:る|っ|り|ら)"
    r"|" + _KIN_AT_HOME + r"(?:さん)?(?:に|から)(?:殴|なぐ|叩|たた|蹴)られ"
)

# Sensitive details, each strong enough on its own next to a person.
_HEALTH = (
    r"認知症|病気|入院|手術|がん|癌|うつ病|鬱病|うつ|鬱(?=っぽ|ぽい|気味|状態|症状|傾向|になっ|で(?:休|入院|通院|寝込))|精神科|心療内科|障害|障がい|持病|余命|透析|寝たきり|要介護|介護|"
    r"救急車で運ばれ|救急搬送|通院|不妊|妊娠|流産|中絶|"
    # an allergy's emergency told of a child: 卵で救急車呼んだ, エピペン持っとる
    # (not the one who called it: 救急車を呼んでくれた, 呼んだら)
    r"救急車(?:を|ば)?呼(?:ん(?:だ(?!ら)|で(?!くれ|もら|あげ|くださ|下さ|ね|な))|ばれ)|エピペン|アナフィラキシー|"
    # pregnancy told without the word: お腹大きかった, おめでた, 身重
    r"お腹(?:が)?(?:大き(?:い|かった|く)|目立(?:って|ち))|おなか(?:が)?大き(?:い|かった|く)|おめでた|身ごも|身重|臨月|妊婦さん|出産予定|"
    r"陽性|感染|休職|不登校|ひきこも(?:り|っ)|引きこも(?:り|っ)|引き籠(?:も)?(?:り|っ)|自殺|"
    # a child's infection told by its short name: インフルらしい, ノロで休み, おたふくにかかった
    r"(?:インフル(?:エンザ)?|ノロ(?:ウイルス)?|おたふく(?:かぜ|風邪)?|水ぼうそう|水疱瘡|手足口病|溶連菌|胃腸炎|RSウイルス|コロナ)"
    r"(?:に(?:かか|罹|な)|で[^。\n]{0,8}?(?:休|おやすみ|お休み|寝込|欠席|ダウン|入院)|らしい|やって|だって|だった|やった|らしか|げな|A型|B型)|"
    # a child's food allergy: たまごアレルギーがある, 小麦アレルギーで除去食 (アレルギー対応の
    # 献立, アレルギー表示: the kitchen's service, no one's condition)
    r"(?:卵|たまご|タマゴ|小麦|こむぎ|乳|牛乳|ぎゅうにゅう|そば|ソバ|落花生|ピーナッツ|えび|エビ|かに|カニ|くるみ|クルミ|ナッツ|大豆|"
    r"ごま|ゴマ|果物|キウイ|食物|食べ物|花粉|猫|ねこ|犬|金属|ハウスダスト)アレルギー(?!対応|表示|対策|の(?:方|人|子|お子)|(?:が|の)(?:ある|あ)(?:方|人|お子))|"
    # 糖尿が悪化, 足の指を切断, 病状が悪化: the illness told by its short name,
    # or what it did to the body
    r"糖尿(?:病|(?!病))|(?:足|脚|腕|手|指|足の指|手の指|片足|両足)(?:を|が|も)?[^。\n]{0,3}?切断|(?:病状|容体|容態|持病|症状)(?:が|も)?悪化|"
    # 腰を悪くして, デイサービスに通っている: frailty and care told of someone
    r"(?:腰|足|膝|ひざ|目|耳|心臓|肝臓|腎臓|胃|体|からだ)(?:を|が)悪(?:く|う)(?:し|な)(?!いよう|ないよう)|デイサービス(?:に|へ)(?:通|行っ)|"
    r"高血圧|心臓病|脳梗塞|脳卒中|骨折|"
    # 心臓にペースメーカーを入れとらす (a race's pacemaker is no implant)
    r"(?:心臓に)?ペースメーカー(?:を|が|ば)?(?:入れ|埋め|つけ|付け|入っ)|"
    # 内科に通っとる, 心療内科にかかりよる: under a doctor's care, told by the department
    r"(?:内科|外科|眼科|皮膚科|産婦人科|婦人科|泌尿器科|精神科|心療内科|整形外科|耳鼻科|耳鼻咽喉科|透析)(?:に|へ)(?:通|かか)(?:って|っと|いよ|りよ|う|い|る)|"
    # 前十字じん帯切った, アキレス腱断裂, 肩を脱臼: an injury told of someone
    r"(?:靭帯|靱帯|じん帯|アキレス腱|半月板)(?:を|が|も)?(?:切|断裂|損傷|傷め|痛め|やっ)|脱臼|"
    # 便秘の薬だけもらいに, 睡眠薬を飲んどる: the medicine someone gets or takes
    # tells the condition (血圧の薬は毎日同じ時間に, advice, tells no one's)
    r"(?:(?:便秘|下痢|血圧|睡眠|心臓|糖尿|痛風|水虫|痔|不眠|頭痛|腰痛|精神|認知症|コレステロール|尿酸|甲状腺|喘息|ぜんそく)(?:の)?薬|"
    r"睡眠薬|眠剤|安定剤|抗うつ(?:薬|剤)|下剤)(?=[^。\n]{0,6}?(?:もら|貰|飲ん|飲みよ|飲み続|処方|出して|取りに))|発達障害|ADHD|自閉症|統合失調症|双極性|パニック障害|適応障害|"
    r"依存症|アルコール依存|性病|HIV|エイズ|難病|末期|抗がん剤|放射線治療|車椅子|車いす|つわり|更年期|"
    r"メンタル(?:やられ|が弱|病ん)|病んで|薬(?:を)?飲んで|ステージ[0-9IV]|"
    r"精神的に(?:参|まい|追い詰め|追いつめ|不安定|弱|やられ|きつ|しんど)|心が(?:折れ|病)|"
    # 不登校 told without the word: 学校行ってない, 学校に来とらん
    r"学校(?:に|には|へ)?(?:行って|行っと|来て|来と|いって|きて)(?:い|お)?(?:ない|らん|ません)|"
    r"学校(?:に|へ)?(?:行け|来れ|いけ)(?:ない|ん|て(?:い)?ない)|"
    # decline told without the diagnosis: 物忘れがひどい, 夜中に歩き回って, ボケてきた
    r"物忘れ(?:が|も)?(?:ひど|激し|多く|増え|進)|徘徊|"
    r"(?:夜中|深夜|夜)に[^。\n]{0,10}?(?:歩き回|うろうろ|さまよ|出歩|徘徊)|"
    r"(?:ボケ|ぼけ)(?:て(?:き|る|い|た|しま)|始め|が(?:進|ひど))|同じこと(?:を)?何度も(?:聞|言|話)|"
    r"おむつ|失禁|寝込んで|アル中|酒浸り|寝たきり|"
    # a check-up result told of someone: HbA1cが9.8, 血圧が180, 健診で引っかかった, 要精密検査
    r"(?:HbA1c|ヘモグロビンA1c|A1c|血糖値?|血圧|コレステロール|LDL|中性脂肪|尿酸値?|γ-?GTP|GTP|肝機能|腎機能|クレアチニン|BMI|PSA)"
    r"(?:の値|の数値)?(?:が|は|も)?\s?(?:[0-9]|高(?:い|かっ|く|す)|ひど|悪|異常|基準(?:値)?(?:を)?(?:超|オーバー))|"
    r"(?:健診|検診|人間ドック|検査)(?:の)?(?:結果|数値)?(?:で|が|は|も)?(?:引っかか|ひっかか|異常|悪か|ひどか|最悪|要精密|要再検査|再検査)|要精密検査|要再検査"
)
_TROUBLE = (
    r"離婚|調停|DV|家庭内暴力|虐待|"
    # violence at home told without the word: 酔っては母親に手を上げる, 嫁に手ば出す
    rf"{DOMESTIC_VIOLENCE}|"
    # 浮気男は地獄行き: an epithet thrown at someone (5.6.1), not an affair disclosed
    r"(?:不倫|浮気)(?!男|女|者|野郎|やろう|ヤロー|性|癖|もん|モン)|別居|夫婦(?:げんか|喧嘩|ゲンカ|ケンカ|けんか)|家出(?!身|る|た|て|ま|な|ら|れ)|借金|自己破産|破産|滞納|"
    # a custody fight or a lawsuit told of someone: 親権で揉めて裁判中, 元妻と養育費で争っとる
    r"親権(?:で|を|が|は|争い|問題)|養育費(?:で|を|が)|慰謝料(?:で|を|が)|(?:裁判|訴訟|係争)中|訴えられ(?:て|た)|"
    # 実家で親と大ゲンカして: a quarrel at home, told of someone
    r"(?:奥さん|妻|嫁|旦那|夫|元妻|元夫|元嫁|元旦那|義父|義母|姑|舅|兄|弟|姉|妹|親戚|親|両親|父親|母親)(?:さん)?と(?:の)?[^。\n、]{0,8}?(?:で)?"
    r"(?:揉め|もめ|モメ|争っ|争い|争う|対立|絶縁|トラブっ|大?(?:ゲンカ|ケンカ|喧嘩|げんか|けんか)(?:して|し(?:た|と|よ)|ばっか|ばかり|中))|"
    # who did it, told of a named neighbour: 犯人は坂田さんとこの次男らしい
    r"犯人(?:は|が|って|なの|なん|やった|だった|らしい|、|,)|"
    # 犯人特定できた, 犯人を突き止めた: whoever is named next is the one who did it
    # (犯人特定に協力した, 犯人特定の決め手: the work of finding out, done by a helper)
    r"犯人(?:を|が)?(?:特定|判明|突き止め|割り出)(?![にのへをはが])|"
    r"生活保護|逮捕|前科|補導|夜逃げ|差し押さえ|差押|絶縁|勘当|リストラ|失業|解雇|ストーカー|被害届|"
    r"母子家庭|父子家庭|ひとり親|片親|シングルマザー|連れ子|服役|刑務所|少年院|いじめ|退学|停学|留年|赤点|中退|休学|"
    # 給料泥棒, 給料分も働かん: the pay word inside an epithet for a slacker
    # (5.6.1), not what someone earns
    r"無職|ニート|年収|給料(?!泥棒|どろぼ|ドロボ|分)|貯金|ローン|未納|払えて(?:い)?ない|"
    # bills left unpaid: 水道料金が5か月分たまっとる, 家賃ば払っとらん, 給食費が滞って
    r"(?:料金|家賃|税金|給食費|保育料|会費|使用料|利用料|水道代|電気代|ガス代|学費|授業料|保険料|住民税|固定資産税)"
    r"(?:が|を|ば|も|は)?[^。\n、]{0,10}?(?:たまっ|溜まっ|たまり|溜まり|滞っ|とどこおっ|払っとら|払ってな|払っていな|払わ(?:ん|な|ず)|払え(?:ん|ず)|未払)|宗教|(?<![配通受送返発着])信者|同性愛|ゲイ|レズ|トランスジェンダー|"
    # family status and records a counter clerk sees (戸籍, 住民票, 税, 福祉)
    r"養子|養女|養父|養母|里子|実の(?:親|子|父|母)じゃな|本当の(?:親|子)じゃな|隠し子|婚外子|非嫡出|認知(?:して|された|されて)|"
    r"帰化|国籍|本籍|改名|旧姓|戸籍上|再婚|バツイチ|バツ[1-9一二三]|内縁|事実婚|前妻|前夫|元夫|元妻|"
    r"所得|納税額|税額|評価額|資産|財産|遺産|相続|非課税世帯|就学援助|児童扶養手当|扶養手当|障害者手帳|療育手帳|"
    r"年金(?:暮らし|生活|受給|だけ)|受給者|保護費|援助を受け|"
    # living off a parent's pension: 親の年金で飲み歩いとる, 母親の年金ば当てにして
    r"(?:親|両親|父親|母親|おふくろ|親父|ばあちゃん|じいちゃん|おばあちゃん|おじいちゃん)の年金(?:で|を|ば|に|頼み|頼り|当て)|"
    # a private person found on a list the writer could read: 購入者リストに…の名前発見
    r"(?:リスト|名簿|一覧|台帳|顧客データ|利用記録)(?:に|で|から|の中に)[^。\n]{0,40}?名前(?:を|が|も|ば|の)?(?:発見|見つけ|見っけ|見つか|あっ|載っ|のっ|出て)|"
    # a single parent or an absent parent: お母さんがシングルで, 父親がいない
    r"シングル(?:マザー|ファーザー|マム|ママ|パパ|家庭|で|の(?:母|父|ママ|パパ|お母さん|お父さん))|"
    r"(?:お母さん|お父さん|母親|父親|母|父|ママ|パパ|親)(?:が|は)?シングル|一人親|"
    # 年収180万でシングルだった: the household told as single-parent
    r"(?<![ァ-ヴー])シングル(?:だっ|だ|や|じゃ|なん|らしい|らしか|って)|"
    r"(?:お父さん|父親|パパ|お母さん|母親|ママ)(?:が|は)?(?:いない|いなくて|いなく|おらん|出て(?:い|行)った|蒸発)|"
    r"(?:親|両親)(?:が|は)?(?:蒸発|いない|いなくて)|ネグレクト|育児放棄|"
    r"(?:ご飯|ごはん|食事)(?:を|も)?(?:食べさせてもらえ|作ってもらえ|もらえ)て(?:い)?ない|水商売|夜の(?:仕事|お店|商売)|"
    # where a person's residence record went, found at the counter or on the terminal
    r"住民票(?:を|は|が|も)?[^。\n]{0,14}?(?:移し|移す|移って|移動|異動|うつし|置いて|置いた|残し|動かし)|"
    r"転入(?:届|手続き|して(?:き)?(?:た|る))|転居(?:先|届)|転出(?:先|届)|引っ越し先|引越し?先|"
    r"新しい住所|今の住所|新居(?:は|が)|住所(?:を)?(?:調べ|検索|照会|特定|割り出)|(?:自宅|家|住所)(?:を|が|も)?特定|"
    # someone looked up in the register (住基で見たら, 戸籍ば調べたら) and how often they
    # moved (3年で4回転居, 何度も引っ越し): what the office's records say of them
    r"(?:住基|住民基本台帳|住民票|戸籍|課税台帳|課税データ|税務システム|福祉システム)(?:で|を|ば)"
    r"(?:見|調べ|照会し|検索し|のぞい|覗い)(?:たら|てみたら|ると)|"
    r"(?:[0-9０-９一二三四五六七八九十何]+回|何度|何回|たびたび|度々)(?:も)?(?:転居|引っ越|引越|転入|転出)|転居(?:歴|を繰り返)|"
    # setbacks and hardship told of someone: 高校落ちた, 奥さんに逃げられた, 電気止められた
    r"(?:高校|大学|受験|入試|試験|志望校|第一志望|本命)[^。\n]{0,8}?(?:落ち(?:た|て)|不合格|ダメだった|失敗し)|浪人|不合格|"
    r"(?:奥さん|妻|嫁|旦那|夫|彼女|彼氏)(?:さん)?に(?:逃げられ|出て(?:いか|行か)れ|捨てられ|振られ)|夫婦仲|家庭崩壊|家庭不和|"
    # お父さんの会社が倒産: the family's business gone under
    r"(?:親|父|お父さん|父親|親父|母|お母さん|母親|旦那|夫|家|実家)(?:さん)?の(?:会社|店|お店|事業|工場|商売)(?:が|も|は)?(?:倒産|潰れ|つぶれ|破綻|廃業|傾い)|"
    # 嫁さん、実家に帰ったまま: a spouse gone back to their parents and staying there
    r"実家に(?:帰|かえ|戻|もど)っ(?:た|と(?:る|った)|て(?:い|お)?る)(?:まま|きり|っきり)|"
    # the family's troubles guessed at: 家庭いろいろ大変なんだろう, 家が複雑らしい, おうちがごたごた
    r"(?:家庭|家庭環境|家庭の事情|家の事情|家の中|おうち|お家)(?:が|は|も|の方も?)?(?:いろいろ|色々|なんか|何か|相当|かなり|だいぶ)?"
    r"(?:複雑|大変|荒れ|ぐちゃぐちゃ|ごたごた|ゴタゴタ|うまくいって(?:い)?な|上手くいって(?:い)?な|訳あり|わけあり)|"
    r"(?:家|うち)(?:が|は|も)(?:いろいろ|色々|なんか)?(?:複雑|荒れて|ぐちゃぐちゃ|ごたごた|ゴタゴタ|訳あり|わけあり)|"
    r"(?:一人暮らし|独り暮らし|ひとり暮らし|独居)(?!の(?:高齢者|方|世帯|お年寄り)|世帯|高齢者|支援|見守り|向け|の見守り)|"
    r"(?:電気|ガス|水道|携帯|スマホ)(?:を|が|も)?(?:止められ|止まって)|生活が(?:苦し|大変|困窮)|困窮|"
    r"(?:お金|金)が(?:な(?:い|くて)|無(?:い|くて))|家賃(?:を|が|も)?(?:払え|滞)|"
    r"ゴミ屋敷|ごみ屋敷|夜遊び|朝帰り|非行|万引き|不良(?:仲間|グループ|になっ)|"
    # what a form filed at the counter left out: 父親の欄が空欄, 届の父の名前は書いてなかった
    # a private person's land read off the register: 古閑さんの土地です, 字中原1582番, 大地主さん
    # (地主さんの娘さん: the landowner is who the person is, not what the register says)
    r"所有地|大地主|(?<![一-龥])地主さん(?!の)|の土地(?:です|でした|だ|や|なん|らしい|らしか|げな|ばい|たい)|"
    r"(?:土地|山林|田んぼ|田畑|畑|農地)(?:を|も|は)?[^。\n、]{0,12}?(?:持って(?:い|お)?(?:る|らす|られ|らした)|持っと(?:る|らす|らる|らした|ったい|ったと)|持っちょ(?:る|らる)|所有)|"
    r"(?<=字)[一-龥]{1,4}[0-9]{1,5}番(?:地)?|"
    # an applicant's or a pupil's marks: 筆記は82点, 面接で最下位, トップ通過
    r"(?:筆記|面接|試験|テスト|模試|実技|小論文|論文|作文|適性検査|教養|専門|一次|二次|成績|点数)(?:試験)?(?:の(?:点数|結果|成績))?(?:は|が|で|も)?\s?[0-9]{1,3}点|"
    # 教養32点で足切り: cut at the first hurdle (足切り点, the cut-off itself, tells no one's)
    r"足切り(?!点|ライン|基準|の(?:点|ライン|基準))|"
    r"トップ(?:通過|合格)|最下位(?:で)?(?:通過|合格|受か|入)|(?:筆記|面接|試験|テスト|模試|実技|成績)(?:で|は|が|も)最下位|"
    r"(?:父親|父|お父さん|母親|母|お母さん|夫|妻|配偶者|世帯主)(?:の)?(?:欄|名前|氏名|記入)(?:が|は|も)?"
    r"(?:空欄|空白|空い|白紙|未記入|無記入|なし|無し|無かっ|なかっ|ない|無い|書いて(?:い|な)|書かれて(?:い|な)|書いとらん|書いてな)"
)
# 認知症予防, がん検診, DV相談窓口, 障害物: a topic or a service, not what
# happened to a person.
_TOPIC_TAIL = (
    # がんが消えるという話, 糖尿が治るって噂: a cure claimed (5.6.4), no one's illness
    r"(?!(?:が|も|まで)(?:消え|治|なお|良くな|よくな|改善|完治)[^。\n]{0,6}?(?:という|って|との|っていう)(?:話|噂|うわさ|こと|説))"
    r"(?!に(?:効|きく|いい|良い|よい|ええ|よか|効果|おすすめ)|予防|検診|健診|対策|サポーター|カフェ|講座|教室|保険|相談|セミナー|啓発|月間|週間|施設|サービス|"
    r"事業|支援|制度|窓口|防止|根絶|撲滅|ゼロ|委員|の予防|にならない|を防|を予防|者手帳|者福祉|福祉|物|症対策|症予防|"
    r"経験者の方|された方|の方へ|の方は|でお悩み|の仕事|職|士|の現場|業界|事業所|の資格|ヘルパー|タクシー|用品|食)"
    # 親の介護度ば上げろ / 介護度を上げてもらおうと: a level someone asks the office to
    # raise or lower, a demand at the counter (5.1 when mocked), not a condition told
    # (介護度が上がった, with the intransitive verb, still tells one)
    r"(?!度(?:を|ば)?(?:上げ|下げ|あげ|さげ))"
    # 山田先生がうつ病について講演, 歯周病と糖尿病の関係について: the subject of a talk
    r"(?![^。、\n]{0,10}?(?:について|に関する|に関して|をテーマ|の講演|の講座|の研究|の専門))"
    # 国籍で人を判断する, 障害を理由に断る, 病気への偏見: grounds of discrimination named, no one's
    r"(?![^。\n]{0,12}?(?:で人を|で(?:判断|差別|区別)|を理由に|による(?:差別|偏見)|への(?:差別|偏見)|に対する(?:差別|偏見)))"
    # 刑務所から出てきた人を, 離婚した人は, 障害のある方が: a class of people, no one picked out
    r"(?![^。、\n]{0,10}?(?:た|る|い|の|な)(?:人|方|者)(?:たち|達)?(?:を|は|が|に|も|へ|って|ほど|ばかり|とは))"
)
_DETAIL_PATTERNS = lazy_regex.compile(
    r"[0-9一二三四五六]年[0-9一二三四五六七八九十A-Za-z]{1,2}組"
    r"|学生証|生徒手帳|保険証|免許証|通帳"
    # 生年月日が昭和38年: a date of birth read off a record
    r"|生年月日(?:が|は|も|:|：)?\s?(?:昭和|平成|令和|大正|[0-9０-９]{4}年|[SHR][0-9])"
    # 在留カード番号AB12345678CD, パスポート番号: an identity document's number
    r"|(?:在留カード|特別永住者証明書|パスポート|旅券|運転免許証?|保険証|年金手帳|基礎年金|住民票コード)(?:の)?(?:番号|No\.?|ナンバー)"
    # 肥後銀行 山鹿支店 普通 1234567, 口座番号: 0123456: someone's bank account
    r"|(?:[一-龥ァ-ヶーA-Za-z]{1,8}(?:銀行|信金|信用金庫|信用組合|信組|農協|労金|ゆうちょ)\s?(?:[一-龥ァ-ヶー]{1,8}(?:支店|出張所|営業部))?\s?"
    r"(?:普通|当座|貯蓄|総合)?(?:預金)?\s?(?:口座)?(?:番号)?\s?[:：]?\s?|口座番号\s?(?:は|が|:|：)?\s?)[0-9]{6,8}(?![0-9])"
    # 本名も住んどるとこも教えてくれた: a name the person goes online without, given away
    r"|本名(?:は|も|が|を|ば|って|まで)(?![^。\n]{0,10}?(?:非公開|秘密|伏せ|内緒|ないしょ|出さ|出せ|載せ|明かさ|言え|言わ|知らん|知らな))"
    rf"|(?:{_HEALTH}|{_TROUBLE}){_TOPIC_TAIL}"
    # 練馬区桜台3丁目にお住まいの: where someone lives, down to the block
    r"|(?:[一-龥ぁ-ゖァ-ヶ]{1,6}(?:都|道|府|県|市|区|町|村)){1,3}[一-龥ぁ-ゖァ-ヶ]{0,6}[0-9０-９一二三四五六七八九十]{1,3}丁目"
    r"(?:[0-9０-９\-－ー]{1,8}(?:番地?|号)?)?(?:に|で)(?:お住まい|在住|住んで|住ん|住む|暮らし|暮らす|お暮らし)"
)
# Details that identify or locate a person without being sensitive in
# themselves: the school and year (鹿本中の2年生), a daily routine that says
# when someone is alone or the house is empty (毎朝7時20分にひとりで家を出る).
# They count next to a private individual named by relation (向かいの家の娘
# さん), or two of them together next to any person: a pupil praised by name
# in a school notice (鹿本中2年の田中さん) is not exposed.
# A school's name may hold kana (山鹿みなみ中, 鹿本ひまわり保育園): a run of two
# or more kana after a kanji or katakana, so a particle (娘は中2年) is no name.
_SCHOOL_NAME = r"[一-龥ァ-ヶー〇○◯](?:[一-龥ァ-ヶー〇○◯]|[ぁ-ゖ]{2,5}(?=[一-龥ァ-ヶー])){0,7}"
_SCHOOL_KIND = (r"(?:小学校|中学校|高等学校|高等専門学校|義務教育学校|特別支援学校|支援学校|小学|中学|高校|高専|学園|学院|"
                r"小|中|高|大学|大|幼稚園|保育園|保育所|こども園)")
_SCHOOL_YEAR = (
    _SCHOOL_NAME + _SCHOOL_KIND + r"の?"
    r"(?:[1-6一二三四五六]年(?:生)?|年[少中長](?:さん)?|(?<=[小中高])[1-6](?![0-9年]))"
)
# A routine with a clock time that says when someone leaves, comes back or is
# alone: 毎朝7時20分にひとりで家を出る, 夕方5時から留守番.  The writer's own
# day (朝は8時に出勤) is not it.
_ROUTINE = (
    r"(?:毎朝|毎晩|毎日|毎週[月火水木金土日]曜?日?|平日|休日|土日|いつも|夕方|朝|夜)[^。\n]{0,6}?"
    # a clock time in words (7時40分) or in figures (7:40)
    r"(?:[0-9一二三四五六七八九十]{1,2}時(?:[0-9]{1,2}分|半|頃|ごろ|過ぎ)?|[0-9]{1,2}[:：][0-5][0-9](?:頃|ごろ)?)[^。\n]{0,8}?"
    r"(?:ひとりで|一人で|独りで|留守|家を出|家にいない|帰って(?:く|来)る|帰宅|登校|下校)"
    r"(?:[^。、\n]{0,6}?(?:家を出|下校|登校|帰宅|留守番|帰って(?:く|来)る|出かけ))?"
)
_SCHOOL = _SCHOOL_NAME + _SCHOOL_KIND
# 鹿北小の3年生の女の子, 山鹿中の制服の子, 〇〇高のジャージ着た男子: a pupil
# pointed out by school and year or by the school's uniform.
_PUPIL = lazy_regex.compile(
    rf"{_SCHOOL_YEAR}の(?:女の子|男の子|子|息子さん|息子|娘さん|娘|お子さん|男子|女子|生徒|児童)"
    rf"|{_SCHOOL}の(?:制服|ジャージ|体操服|名札|カバン|鞄|リュック)(?:を)?(?:着た|着てる|着て(?:い)?た|つけた|の)?"
    r"(?:女の子|男の子|子|男子|女子|生徒|学生|高校生|中学生|小学生)"
)
# 隣のクラスの, 娘と同じクラスの, うちの子と同じ班の: a parent placing another
# family's child.
_CLASS_OF_CHILD = (
    r"(?:隣|となり|同じ|(?:うちの|上の|下の)?(?:子|娘|息子)(?:の|と)?(?:同じ)?)の?"
    r"(?:クラス|組|学年|班|部活|チーム|クラブ|塾|学童)"
)
# 名前は河合ひろし / 本名は…: a person's name given out (next to someone met at
# work, a complainant), which a named interviewee's own name is not.
_NAME_GIVEN = (
    r"(?:名前|氏名|本名|フルネーム)(?:は|が|:|：|って)\s?"
    r"(?!知ら|忘れ|分から|わから|聞いて|聞か|不明|非公開|伏せ|言えな|秘密|内緒|書かな|出さな|控え)"
    r"(?:[一-龥々]{1,4}\s?[一-龥々ぁ-ゖァ-ヴー]{1,5}|[ァ-ヴー]{2,8}|[ぁ-ゖ]{2,6}|[〇○●×A-Z]{1,3}(?:さん)?)"
)
# 『ひだまり保育園』ひよこ組, 鹿本こども園のさくら組: a nursery and the class a
# child is in (named after an animal or a flower) place them as surely as a
# school and year.  A quoted name may be all hiragana.
_NURSERY_CLASS = (
    r"(?:[『「][ぁ-ゖァ-ヶー一-龥]{1,10}|" + _SCHOOL_NAME + r")(?:保育園|幼稚園|保育所|こども園)[』」]?\s?の?\s?"
    r"(?:[ぁ-ゖァ-ヶー]{2,5}|[一-龥]{1,3})組"
)
# 城南台高校に進学, 城南台高校の野球部: the school someone goes to, and a ward of
# a city before a name (福岡市早良区の本村さん): each alone places no one.
_SCHOOL_GONE_TO = _SCHOOL + r"(?:に|へ)(?:入学|進学|合格|通っ|通い|通う|行っとる|行って(?:い|お)?る)|" + _SCHOOL + r"の[一-龥ァ-ヶー]{1,6}部(?![長会員室屋])"
_CITY_WARD = r"[一-龥]{1,4}市[一-龥]{1,3}区(?:の|に住む|在住の)(?=[^。\n]{0,3}?[一-龥]{1,4}(?:さん|くん|ちゃん|様|さま))"
# 長男くん（小3、鹿北小）, 田上ゆいさん（2年）, 松尾さん（中2）: the year at
# school in brackets after the name (not an era's year: 令和2年, 2024年, 3年前).
_BRACKET_SCHOOL = (
    r"[（(][^）)\n]{0,12}?(?:(?<![一-龥])[小中高]学?[1-6一二三四五六](?![0-9年])"
    r"|(?<![0-9０-９和成治正元])[1-6一二三四五六]年(?:生)?(?=[）)、,・\s]|[0-9一二三四五六A-Z]組))[^）)\n]{0,12}?[）)]"
)
# 松尾彩花さん（山鹿市鍋田出身）: where someone comes from, in brackets after the name.
_BRACKET_HOMETOWN = r"[（(][一-龥ァ-ヶーぁ-ゖ]{1,12}(?:出身|在住)[）)]"
# 山本ゆいちゃん（5歳・鹿央町千田）: the age and the district together in brackets,
# as a lost child's notice gives them (a district alone is an award list's way:
# 田中一郎さん（鹿本町）).
_BRACKET_AGE_HOME = (
    r"[（(]\s?[0-9]{1,3}\s?(?:歳|才|さい)\s?[・、,/／\s]\s?(?:[一-龥]{1,4}[市郡])?[一-龥]{1,5}[町村区](?![内会民長])[一-龥]{0,5}\s?[）)]"
    r"|[（(]\s?(?:[一-龥]{1,4}[市郡])?[一-龥]{1,5}[町村区](?![内会民長])[一-龥]{0,5}\s?[・、,/／\s]\s?[0-9]{1,3}\s?(?:歳|才|さい)?\s?[）)]"
)
_IDENTIFYING = lazy_regex.compile(rf"{_SCHOOL_YEAR}|{_NURSERY_CLASS}|{_ROUTINE}|{_CLASS_OF_CHILD}|{_NAME_GIVEN}|{_SCHOOL_GONE_TO}|{_CITY_WARD}"
                                  rf"|{_BRACKET_SCHOOL}|{_BRACKET_HOMETOWN}|{_BRACKET_AGE_HOME}")
# The year at school, which says the person named is a pupil.
_PUPIL_YEAR = lazy_regex.compile(rf"{_SCHOOL_YEAR}|{_BRACKET_SCHOOL}")
# A pupil's photo posted (中学生たち📸, 写真載せます): with the school and year,
# the face is put to a name and a school.
_PUPIL_PHOTO = lazy_regex.compile(r"📸|📷|🤳|写真|撮(?:っ|り|影)|載せ")
# 同じ班の陽翔くん: a child's given name right after the class, which the
# tokenizer may not know as a name.
_CHILD_IN_CLASS = lazy_regex.compile(
    rf"(?:{_CLASS_OF_CHILD}|{_SCHOOL_YEAR})の(?:[一-龥]{{1,4}}さん(?:ち|家|宅)の)?"
    r"(?P<name>[一-龥ァ-ヶーぁ-ゖ]{1,5}?(?:くん|ちゃん|君))"
)
_WINDOW_SENTENCES = 1


# A colleague named by job title (係長、うつ病で休職; うちの課長が入院): the
# office knows who it is as surely as by name.  Told of with their health
# only: a title with a family matter is mostly the office's business (6.3.1).
_STAFF_TITLE = lazy_regex.compile(
    r"(?:(?:うちの|隣の|となりの|向かいの|前の|同じ|[一-龥]{1,6}(?:課|係|室|班|部|所|センター|支所)の)"
    r"(?:課|係|室|班|部|部署|職場|支所)?の?)?"
    r"(?:係長|課長(?:補佐|代理)?|部長|次長|室長|所長|支所長|局長|センター長|事務長|班長|主任|主査|主幹|主事|参事|副参事|審議員|"
    r"課長補佐|補佐|上司|先輩|後輩|同僚|部下|新人|新採|係の人|パートさん|臨時さん|会計年度さん|嘱託さん|派遣さん)"
    r"(?:さん|くん|君|ちゃん|殿)?(?=[、,，]|が|は|も|って|の(?:奥さん|旦那さん|ご主人|お子さん|娘さん|息子さん))"
)
# Health told of a colleague: an illness, a diagnosis, sick leave, a stay in
# hospital.  Narrower than _HEALTH: a title with 介護 / 障害 is mostly work
# (介護保険の係長, 障害福祉課の主任).
_STAFF_HEALTH = lazy_regex.compile(
    r"(?:うつ病|鬱病|うつ(?=病|っぽ|ぽい|気味|状態|で)|鬱(?=っぽ|ぽい|気味|状態|で)|適応障害|パニック障害|双極性|統合失調症|"
    r"心療内科|精神科|メンタル(?:不調|やられ|が弱|病ん|ダウン)|病んで|"
    r"診断書|病休|病気休暇|病気休職|休職|療養|傷病休暇|入院|手術|がん(?=で|の(?:手術|治療|疑い)|が見つか|になっ|と診断)|癌|"
    r"脳梗塞|脳卒中|心筋梗塞|糖尿病|透析|抗がん剤|余命|持病|難病|不妊治療|流産|妊娠(?!・出産の手続)|つわり|"
    r"倒れ(?:た|て)|救急車で運ばれ|救急搬送|過労で|ストレスで|(?:健診|検診|人間ドック)で[^。\n]{0,6}?(?:引っかか|ひっかか|異常|要精密|再検査))"
)
_STAFF_REACH = 28
# A notice about a service or a procedure, not a person: 係長が介護休暇の手続き
# を説明します, 課長が健康診断の受診を呼びかけ; the office telling the public
# why a meeting moves (課長が入院のため延期します。ご了承ください).
_STAFF_NOT_ABOUT = lazy_regex.compile(
    r"(?:延期|中止|ご迷惑|ご了承|ご理解|お詫び|おわび|ください|下さい|しましょう|ご相談|相談窓口|受付|手続き(?:を|の)(?:説明|案内)|呼びかけ|講演|講師|研修で|予防|対策|制度|申請書|様式|患者さん|利用者)"
)


def staff_health_spans(doc) -> list[tuple[int, int]]:
    """(title, health detail) spans where a colleague named by title is
    told of with their health in the same sentence."""
    text = doc.text
    out = []
    for m in _STAFF_TITLE.finditer(text):
        lo, hi = doc.sentence_at(m.start())
        health = _STAFF_HEALTH.search(text, m.end(), min(hi, m.end() + _STAFF_REACH))
        if health is None or _STAFF_NOT_ABOUT.search(text, lo, hi):
            continue
        out.append(m.span())
        out.append(health.span())
    return out


_STAFF_WORD = lazy_regex.compile(
    r"長|主任|主査|主幹|主事|参事|審議員|補佐|上司|先輩|後輩|同僚|部下|新人|新採|係の人|パートさん|臨時さん|会計年度さん|嘱託さん|派遣さん"
)


@validator("staff_health", scope="paragraph", needs=(_STAFF_WORD, _STAFF_HEALTH))
def staff_health(doc):
    """係長、うつ病の診断書が出て来月から休職: a colleague's health told by
    job title."""
    yield from sorted(set(staff_health_spans(doc)))


# Unmasking someone who writes anonymously: 匿名で書いてる「やまがの風」
# さん、正体は鹿央町の田上さん; あの捨て垢の中の人は森さんって特定した.
_UNMASK = lazy_regex.compile(
    # not 中身 / 素顔 (箱の中身, 松尾さんの素顔に迫る) nor 実名 (実名で投稿)
    r"正体|中の人|本名|素性|身元|"
    r"(?:特定|突き止め|割り出)(?:し|でき|済|完了|っ|た|て|ました|とる|てる|ちゃ)|身バレ|(?:身元|名前|正体)(?:が|も)?(?:割れ|バレ|ばれ|判明)|"
    # 夜中の電話の酔っ払い、声で分かったばい。…松永さんとこの長男: a caller or a
    # writer who gave no name, known by the voice or the hand
    r"(?:声|筆跡|字|口調|話し方|しゃべり方|喋り方)(?:で|から)(?:すぐ)?(?:分か|わか)(?:った|りました|っとる|ってる)"
)
_ANONYMOUS = lazy_regex.compile(
    r"匿名|名無し|裏垢|裏アカ|捨て垢|捨てアカ|サブ垢|サブアカ|ハンドルネーム|HN|ニックネーム|アカウント|垢|書き込|投稿|コメント|口コミ|レビュー|"
    r"掲示板|ネット|SNS|X|ツイッター|Twitter|インスタ|ブログ|意見箱|[「『][^」』\n]{1,15}[」』](?:さん|って人|という人|とかいう)|"
    # the caller who gave no name: いたずら電話, 無言電話, 非通知, 夜中の電話の酔っ払い
    # (a regular known by the voice, いつもの中島さん, is no one unmasked)
    r"無言電話|いたずら電話|イタズラ電話|イタ電|非通知|名乗ら(?:ん|な|ず)|酔っ払い|酔っぱらい|よっぱらい"
)
_UNMASK_WORD = lazy_regex.compile(r"正体|中の人|本名|素性|身元|特定|突き止め|割り出|身バレ|割れ|バレ|ばれ|判明|(?:で|から)(?:すぐ)?(?:分か|わか)")


@validator("unmasked_person", scope="paragraph", needs=(_UNMASK_WORD,))
def unmasked_person(doc):
    """Someone who writes anonymously named: the unmasking word and the
    person, in the same or a neighbouring sentence."""
    text = doc.text
    people = None
    sentence_of = doc.sentence_index
    reported: set[tuple[int, int]] = set()
    for m in _UNMASK.finditer(text):
        k = sentence_of(m.start())
        lo, hi = doc.sentences_around(k)
        if not _ANONYMOUS.search(text, lo, hi):
            continue
        if people is None:
            people = person_mentions(doc) + identifying_spans(doc)
        named = [p for p in people if lo <= p[0] < hi]
        if named:
            reported.add(m.span())
            reported.update(_with_place(text, p) for p in named)
    yield from sorted(reported)


_NAME_POS = ("名詞", "固有名詞", "人名")
# The words after which the word before may be a name (山本さん, 中村院長);
# three paragraphs in four hold none of them.
_NAME_FOLLOWERS = frozenset(_HONORIFICS | _PRIVATE_TITLES)
_NAME_FOLLOWER_GATE = LiteralGate(lazy_regex.compile("|".join(sorted(_NAME_FOLLOWERS))))
_PLACE_SURNAME = lazy_regex.compile(r"[一-龥]{2,3}(?<![市町村県区郡島国州])")


def _place_then_kana_name(token, text: str) -> bool:
    """松尾 + ひなたちゃん: a place-read surname followed directly by kana
    and くん/ちゃん (not by a particle: 熊本のりこちゃん is のりこ of 熊本)."""
    return (token.pos[:3] == ("名詞", "固有名詞", "地名") and text[token.end:token.end + 1] not in "のとがはもにへやでを、"
            and bool(_PLACE_SURNAME.fullmatch(token.surface)) and _KANA_TAIL.match(text, token.end) is not None)


def _is_name(token) -> bool:
    return token.pos[:3] == _NAME_POS


def person_mentions(doc) -> list[tuple[int, int]]:
    """Spans of mentions of private persons, extended over kin terms."""
    return sorted(named_persons(doc) + related_persons(doc))


# 隣の奥さんから聞いた / 常連さんによると: the person is where the news came
# from, not who it is about.
# 近所の人の話では / 知り合いの話やと: the teller of a rumour, too.
_SOURCE_AFTER = lazy_regex.compile(
    r"(?:から|に)(?:聞|教え|伺|うかが)|によると|によれば|曰く|いわく|が言うには|(?:が|も)言って(?:い)?た"
    # 知り合いのおばあちゃんも言ってた！ / も言いよった / も言っとった: the source of a rumour
    r"|(?:が|も)(?:言っと(?:っ)?た|言いよった|言っとらした|言われて(?:い)?た|話して(?:い)?た|おっしゃって(?:い)?た)"
    r"|(?:から)?の(?:話|噂|うわさ)(?:では|だと|やと|じゃ|によると|によれば|で(?:は)?)"
    # 近所のおばあちゃん情報！ / 常連さん談: the one the tip came from, signed off
    r"|(?:情報|談|調べ|提供)(?=[!！。、,)）」\s]|$|です|でした|だよ|やけど|だけど|によると|では)"
)


def _not_a_source(doc, spans):
    return [(s, e) for s, e in spans if not _SOURCE_AFTER.match(doc.text, e)]


# A foreign resident's name in katakana, which Sudachi splits into words
# (ワン・リー, グエン・ヴァン・ナム): a person when pointed at by nationality
# (中国人のワン・リー) or followed by a word for a person (…って女, …さん).
_PERSON_AFTER = r"(?:さん|氏|くん|ちゃん|って(?:女|男|人|奴|やつ|ヤツ)|っていう|という(?:女|男|人)|とかいう)"
_KATAKANA_NAME = r"[ァ-ヴ][ァ-ヴー]{1,7}(?:・[ァ-ヴ][ァ-ヴー]{1,7}){0,2}"
_FOREIGN_RESIDENT = lazy_regex.compile(
    rf"(?:(?<=[一-龥ァ-ヴー]人の)|(?<=留学生の)|(?<=実習生の)|(?<=研修生の))"
    rf"(?:[ァ-ヴ][ァ-ヴー]{{1,7}}(?:・[ァ-ヴ][ァ-ヴー]{{1,7}}){{1,2}}(?![ァ-ヴー・])|[ァ-ヴ][ァ-ヴー]{{1,7}}(?={_PERSON_AFTER}))"
    rf"|(?<![ァ-ヴー・]){_KATAKANA_NAME}・[ァ-ヴ][ァ-ヴー]{{1,7}}(?={_PERSON_AFTER})"
)


# _RELATED_PERSON and _PUPIL alternate over dozens of words, which the regex
# engine tries at every position of every paragraph: most paragraphs hold none
# of their literals (6 in 10 and 8 in 10 of the benchmark drafts' paragraphs).
_RELATED_PERSON_GATE = LiteralGate(_RELATED_PERSON)
_PUPIL_GATE = LiteralGate(_PUPIL)


def _may_name_foreign_resident(text: str) -> bool:
    """Whether _FOREIGN_RESIDENT can match (its lookbehinds give the prefilter
    no literal): a name after 〜人の / 留学生の / 実習生の / 研修生の, or a name
    with a middle dot."""
    return "・" in text or "人の" in text or "生の" in text


def related_persons(doc) -> list[tuple[int, int]]:
    """Private individuals named by their relation to the writer (隣の奥さん)
    or by school and year (鹿北小の3年生の女の子)."""
    text = doc.text
    spans = [m.span() for m in _RELATED_PERSON.finditer(text)] if _RELATED_PERSON_GATE.may_match(text) else []
    if _PUPIL_GATE.may_match(text):
        spans += [m.span() for m in _PUPIL.finditer(text)]
    if _may_name_foreign_resident(text):
        spans += [m.span() for m in _FOREIGN_RESIDENT.finditer(text)]
    return spans


def named_persons(doc) -> list[tuple[int, int]]:
    """Private persons named: 山本さん(の奥さん), 佐藤ユウキ, 同級生のケンジ."""
    # Walked once per Document (three callers per paragraph), kept like the
    # Document's own cached properties.
    spans = doc.__dict__.get("_named_persons")
    if spans is None:
        spans = doc.__dict__["_named_persons"] = _named_persons(doc)
    return list(spans)


def _name_starts(doc) -> list[int]:
    """Indices of the tokens a mention can start at: a name (固有名詞-人名), a
    place (固有名詞-地名: a surname Sudachi reads as one) or a word right
    before an honorific or a title.  Found in one or two quick passes; nine
    tokens in ten are none of these, and the walk below looks at the others only."""
    tokens = doc.tokens
    starts = {i for i, t in enumerate(tokens) if t.pos[2] in ("人名", "地名")}
    if _NAME_FOLLOWER_GATE.may_match(doc.text):
        starts.update(i - 1 for i, t in enumerate(tokens) if i and t.surface in _NAME_FOLLOWERS)
    return sorted(starts)


_DIALECT_BECAUSE = frozenset({"けん", "けえ", "けぇ", "きに"})
_BEFORE_DIALECT_BECAUSE = "やだゃるたいんかうすくつぬむぶぐずよ"


def _named_persons(doc) -> list[tuple[int, int]]:
    tokens = doc.tokens
    text = doc.text
    spans: list[tuple[int, int]] = []
    count = len(tokens)
    resume = 0  # the walk goes on after the last mention's tokens
    for i in _name_starts(doc):
        if i < resume:
            continue
        t = tokens[i]
        # 休みやけん菊池川に, 暑かけん: the 熊本弁 "because" (けん) that Sudachi
        # reads as the given name ケン, glued to the copula or verb before it
        # (友達のけんくん, ゆうととけんくん keep their particle).
        if (t.surface in _DIALECT_BECAUSE and i > 0 and tokens[i - 1].end == t.start
                and tokens[i - 1].surface[-1:] in _BEFORE_DIALECT_BECAUSE):
            continue
        # Not a name: a place or a word before an honorific (a masked name
        # and a nickname both need the honorific).
        if t.pos[:3] != _NAME_POS:
            next_surface = tokens[i + 1].surface if i + 1 < count else ""
            # 松尾ひなたちゃん: a surname Sudachi reads as a place, then a
            # given name in kana it reads as a word, then くん/ちゃん
            place_kana = _place_then_kana_name(t, text)
            household = (t.pos[:3] == ("名詞", "固有名詞", "地名") and bool(_PLACE_SURNAME.fullmatch(t.surface))
                         and _HOUSEHOLD_KIN.match(text, t.end) is not None)
            if next_surface not in _HONORIFICS and next_surface not in _PRIVATE_TITLES and not (place_kana or household):
                continue
            masked = bool(_MASK.fullmatch(t.surface))
            # 林くん, 森ちゃん: a surname that is also a common noun, before an
            # honorific used for people only (occupations take さん: 店主さん).
            titled = next_surface in _PRIVATE_TITLES and tokens[i + 1].start == t.end
            nickname = (next_surface in _FAMILIAR_HONORIFICS and t.pos[0] == "名詞"
                        and bool(_SHORT_NAME.fullmatch(t.surface)) and t.surface not in _NOT_NAMES)
            # 石橋先生, 吉田さん: a surname Sudachi reads as a place (固有名詞/地名)
            # before an honorific; not a municipality (山鹿市さん, 熊本県さん).
            place_surname = place_kana or (t.pos[:3] == ("名詞", "固有名詞", "地名") and (next_surface in _HONORIFICS or titled)
                                           and bool(_PLACE_SURNAME.fullmatch(t.surface)))
            if not (masked or nickname or place_surname or household):
                continue
        # 税理士さん, 看護師さん: Sudachi may read 税 + 理士 (a given name); a
        # job title ending in 士/師 glued to the noun before it is no person.
        if (t.surface.endswith(("士", "師")) and i > 0 and tokens[i - 1].end == t.start
                and tokens[i - 1].pos[0] == "名詞"):
            continue
        j = i
        while j + 1 < len(tokens) and _is_name(tokens[j + 1]) and tokens[j + 1].start == tokens[j].end:
            j += 1
        full_name = j > i
        honorific = j + 1 < len(tokens) and (tokens[j + 1].surface in _HONORIFICS
                                              or (tokens[j + 1].surface in _PRIVATE_TITLES and tokens[j + 1].start == tokens[j].end))
        # 長野ゆうと君: Sudachi knows ゆう but not ゆうと; the kana up to the
        # honorific belong to the name.
        kana_tail = _KANA_TAIL.match(text, tokens[j].end) if not honorific else None
        if kana_tail:
            while j + 1 < len(tokens) and tokens[j + 1].end <= kana_tail.start("honorific"):
                j += 1
            honorific = j + 1 < len(tokens) and tokens[j + 1].start == kana_tail.start("honorific")
            full_name = full_name or honorific
        if (honorific and j == i and t.surface in _VERB_STEM_NAMES and tokens[j + 1].surface == "さん"
                and text[tokens[j + 1].end:tokens[j + 1].end + 1] not in _AFTER_SAN_NAME):
            resume = j + 1
            continue
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        official = after is not None and after.surface.startswith(_OFFICIAL_TITLES)
        related = bool(_RELATION_BEFORE_NAME.search(text[max(0, t.start - 6):t.start]))
        # 山下の息子, 坂田んとこの嫁: a bare surname whose family member is
        # told of is a household everyone around knows.
        kin_of = not honorific and (_is_name(t) and _BARE_KIN.match(text, tokens[j].end) is not None
                                    or _HOUSEHOLD_KIN.match(text, tokens[j].end) is not None)
        # 村上（22）: a bare surname with the age in brackets, news-style, is a person
        aged = _is_name(t) and _BRACKET_AGE.match(text, tokens[j].end) is not None
        if official or not (honorific or full_name or related or kin_of or aged):
            resume = j + 1
            continue
        start, end = t.start, tokens[j].end
        if honorific:
            end = tokens[j + 1].end
        kin = _KIN.match(text, end) or _HOUSEHOLD_KIN.match(text, end)
        if kin and (kin.group().startswith(("ち", "の", "家", "宅", "とこ", "ところ", "ん"))):
            end = kin.end()
        spans.append((start, end))
        resume = j + 1
    # 山鹿の上村って人, 来民の松尾とかいう男: a surname Sudachi may split
    # (上 + 村), pointed at after a place or a relation; every way of pointing
    # (って人, っていう, という人, とかいう) holds って or いう.
    pointed = _POINTED_NAME.finditer(text) if "って" in text or "いう" in text else ()
    for m in pointed:
        span = m.span("name")
        if m.group("name").endswith(_OFFICIAL_TITLES + _NOT_POINTED) or any(
                s < span[1] and span[0] < e for s, e in spans):
            continue
        # one common noun (花火って人多かった, 仕事という方) is no name
        words = doc.tokens_between(*span)
        if len(words) == 1 and words[0].end == span[1] and words[0].pos[1] == "普通名詞":
            continue
        spans.append(span)
    return sorted(spans)


_POINTED_NAME = lazy_regex.compile(
    r"(?<=の)(?P<name>[一-龥々]{2,4}|[一-龥々]{1,3}[ァ-ヴー]{1,3}子?)"
    r"(?=って(?:人|ひと|奴|やつ|ヤツ|男|女|おっさん|おばさん|おじさん|ばあさん|じいさん|婆さん|爺さん|方)(?![一-龥])"
    r"(?!(?:が|も|は)?(?:多|少|集|いっぱい|すご|凄|混|並|溢|あふ|来て|来と))"
    r"|っていう(?:人|方|奴|やつ|男|女)|という(?:人|方|男性?|女性?)(?![一-龥])|とかいう)"
)
# 店長って人, 担当って人: a post or a role, named as a word, is no surname.
_NOT_POINTED = ("長", "員", "者", "係", "担当", "先生", "上司", "部下", "同僚", "先輩", "後輩", "家族", "親戚", "友達", "友人",
                "主人", "旦那", "息子", "娘", "業者", "本人", "相手", "犯人", "子供", "子ども", "人間", "住民", "市民", "町民",
                "仕事", "職業", "立場", "経験", "世代", "年代", "生活", "家庭")


_BRACKET_AGE = lazy_regex.compile(r"\s?[（(]\s?[0-9]{1,3}\s?(?:歳|才)?\s?[）)]")


# の息子 / んとこの嫁 / ちの長男 after a bare surname: whose family member it is.
_KIN_PREFIX = r"(?:ち|家|んち|ん家|とこ|ところ|んとこ|のとこ|のところ)"
_BARE_KIN_WORDS = (
    r"(?:奥さん|奥様|旦那さん|旦那|ご主人|嫁さん|嫁|お嫁さん|娘さん|娘|息子さん|息子|お子さん|"
    r"子ども|子供|子|お嬢さん|坊ちゃん|長男|長女|次男|次女|三男|三女|末っ子|上の子|下の子|孫|おばあちゃん|おじいちゃん|"
    r"ばあちゃん|じいちゃん|親父|おやじ|おふくろ|かみさん|嫁はん)(?:さん|くん|ちゃん)?(?![一-龥ァ-ヴ])"
)
_BARE_KIN = lazy_regex.compile(_KIN_PREFIX + "?の" + _BARE_KIN_WORDS)
# 平田のところの長男, 吉田んとこの嫁: a household's member after a surname
# Sudachi reads as a place (a town has no 「ところの長男」).
# 松尾んとこ、嫁さんと…: the household named, then its member after a comma.
_HOUSEHOLD_KIN = lazy_regex.compile(_KIN_PREFIX + r"(?:の|(?<=とこ|ころ|んち|ん家)[、,]\s?)" + _BARE_KIN_WORDS)
# 許さん(ゆるさん), 話さん, 返さん: a verb stem and the dialect negative, not
# a one-kanji surname and さん, when no particle follows.
_VERB_STEM_NAMES = {"許", "話", "出", "貸", "返", "渡", "消", "押", "指", "探", "干", "直", "残", "回", "外", "増", "減", "離", "放"}
_AFTER_SAN_NAME = "のはがもにとへや、,。!?！？\n」』)）"


# Kana after a name, up to the honorific: (長野ゆう)と君, (高橋)ひなたちゃん.
_KANA_TAIL = lazy_regex.compile(r"[ぁ-ゖー]{1,5}?(?<!っ)(?P<honorific>くん|君|ちゃん)")
# A child's given name in hiragana, which Sudachi splits or takes for a
# word: ゆうとくん, そうた君, りこちゃん.  No name ends in っ before ちゃん:
# あるっちゃん, するっちゃん is the Kyushu sentence ending (〜のよ).  Words for family, pets and toys
# that take ちゃん too are not names.
_KANA_CHILD = lazy_regex.compile(
    r"(?<![ぁ-ゖァ-ヴー一-龥々])"
    r"(?!お|ば|じ|あか|ねえ|にい|ねこ|にゃ|わん|うさ|とう|かあ|ちび|ぼっ|くま|ぞう|ひよ|こい|いぬ|とり|みんな|うち|あの|この|その|ちっちゃ|かわい)"
    r"[ぁ-ゖ]{2,5}(?<!っ)(?:くん|君|ちゃん)(?!(?!ち(?:の|は|が|も|に|、)|とこ|ん(?:ち|家))[ぁ-ゖ])"
    # 左からゆうまくん、右はりこちゃん: children named in a photo's order
    r"|(?:(?<=[左右前奥]から)|(?<=後ろから)|(?<=手前から)|(?<=[のとがはもにや、]))(?!ん|お|ば|じ|あか|ねえ|にい|ねこ|にゃ|わん|うさ|とう|かあ|ちび|ぼっ|くま|ぞう|ひよ|こい|いぬ|とり|みんな|うち|あの|この|その|ちっちゃ|かわい)"
    r"[ぁ-ゖ]{2,5}(?<!っ)(?:くん|君|ちゃん)(?!(?!ち(?:の|は|が|も|に|、)|とこ|ん(?:ち|家))[ぁ-ゖ])"
)


def _says_familiar(text: str) -> bool:
    """Any くん / 君 / ちゃん, which a child's name in a class ends with."""
    return "くん" in text or "君" in text or "ちゃん" in text


# 3年生の田上りこちゃん: a kanji surname and a given name in hiragana, which
# Sudachi may split into words (田 + 上り + こ); after a particle or a comma.
# The kana start with no particle (町内会のおじいちゃん, 窓口のおばちゃん).
_SURNAME_KANA_CHILD = lazy_regex.compile(
    r"(?:(?<=[のとがはもにや、,\s「『（(])|^)[一-龥]{2,3}(?![のがはをにともへやでおばじ]|ねえ|にい|ちゃ)[ぁ-ゖ]{2,4}(?<!っ)(?:くん|ちゃん)(?![ぁ-ゖ])"
)


def kana_child_names(doc) -> list[tuple[int, int]]:
    """Children named in hiragana with くん/ちゃん that named_persons missed."""
    if not _says_familiar(doc.text):
        return []
    named = named_persons(doc)
    found = [m.span() for m in _KANA_CHILD.finditer(doc.text)]
    found += [m.span() for m in _SURNAME_KANA_CHILD.finditer(doc.text)]
    found += _bracketed_kana_children(doc)
    return sorted({span for span in found if not any(s < span[1] and span[0] < e for s, e in named)})


# 来てるさくらちゃん（山鹿小3年）, 来よるはるとくん（5歳）: a given name in
# hiragana right after a verb's kana ending, which the pattern above cannot
# tell apart (nor can Sudachi: は+る+と+くん); the age or school in brackets
# after くん/ちゃん says a child is meant, and the ending is left off.
_BRACKETED_KANA_CHILD = lazy_regex.compile(
    r"(?<=[一-龥])(?:ている|ておる|とる|よる|てる|でる|てた|でた|った|んだ|した|する|いる|いた|くる|る|た)"
    r"(?P<name>[ぁ-ゖ]{2,5}(?:くん|君|ちゃん))"
    r"(?=\s?[（(][^）)\n]{0,12}?(?:[0-9]{1,2}\s?(?:歳|才|年|さい)|[小中高](?:学校|学)?[0-9一二三四五六]|[小中高]学?生|年[少中長]))"
)
_NOT_CHILD_NAME = lazy_regex.compile(r"(?:お|ば|じ|あか|ねえ|にい|ねこ|にゃ|わん|うさ|とう|かあ|ちび|ぼっ|くま|ぞう|ひよ|いぬ|とり|みんな|うち|あの|この|その)")


def _bracketed_kana_children(doc) -> list[tuple[int, int]]:
    return [m.span("name") for m in _BRACKETED_KANA_CHILD.finditer(doc.text)
            if not _NOT_CHILD_NAME.match(m.group("name"))]


# 息子さんも仕事を辞めて介護して: a family member of someone named in the
# sentences before, told about in a sentence of their own.
_KIN_OF_NAMED = lazy_regex.compile(
    r"(?:息子さん|娘さん|奥さん|奥様|旦那さん|ご主人|お嫁さん|お子さん|お孫さん|おばあちゃん|おじいちゃん|おばあさん|おじいさん|"
    r"お母さん|お父さん)"
)
_KIN_REACH = 2
# A named child (ゆうと君) or a named household's child (山口さん家の長男さん):
# their school and year next to them pin them down.
_CHILD_ENDINGS = tuple(_FAMILIAR_HONORIFICS) + (
    "長男", "長女", "次男", "次女", "三男", "三女", "末っ子", "上の子", "下の子", "息子", "娘", "お子さん", "子ども", "子供",
    "長男さん", "長女さん", "次男さん", "次女さん", "三男さん", "三女さん", "息子さん", "娘さん", "お嬢さん", "坊ちゃん")


# The detail patterns alternate over some 250 words, which the regex engine
# tries at every position: most paragraphs hold none of their literals.
_DETAIL_GATE = LiteralGate(_DETAIL_PATTERNS)
_IDENTIFYING_GATE = LiteralGate(_IDENTIFYING)


_CONDITION_AFTER = lazy_regex.compile(r"っぽ|ぽい|気味|状態|症状|傾向|と診断|の(?:疑い|薬|治療)|で(?:休|入院|通院|寝込)")


# Where a person's house is, told so a reader can walk to it: by the look of
# the house (赤い屋根の家, 青い車が停まっとる家), by a landmark and a side of
# it (郵便局の裏の家, 公民館の向かいに住んどる) or by a flat and its number
# (市営住宅B棟, ○○ハイツ203号室).  Next to a named person it locates them as
# surely as a postal address.  A house that marks a shop or a venue (赤い屋根
# の家が目印のカフェ, 白壁の家々が並ぶ町並み) is not a home pointed out.
_HOUSE = r"(?:家|お宅|おうち|お家|一軒家|平屋|借家|実家|アパート)"
_NOT_A_HOME_AFTER = (
    r"(?![々並庭具電事計賃政]|が(?:目印|並|続|建ち並)|を目印|で(?:開|行|ひら|おこな)|を(?:描|えが|撮|作|つく)|の(?:絵|写真|模型|イラスト|ミニチュア)|(?:の|で|に)?(?:カフェ|レストラン|民宿|ギャラリー|お店|店|教室|食堂|工房))"
)
_LANDMARK = (
    r"[一-龥ァ-ヶー]{0,8}(?:郵便局|局|店|駅|学校|小学校|中学校|高校|小|中|保育園|幼稚園|園|所|館|場|院|寺|神社|橋|公園|"
    r"スタンド|コンビニ|スーパー|銀行|交番|バス停|信号|交差点|踏切|工場|病院|商店|酒屋|薬局|ドラッグストア|ガソリンスタンド|"
    r"公民館|集会所|グラウンド|墓地|鳥居|川|堤防)"
)
_SIDE = r"(?:裏|隣|となり|向かい|斜め前|斜め向かい|はす向かい|真ん前|前|横|奥|角|突き当たり|並び|真裏|近く|そば|すぐそこ)"
_HOME_SPOT = lazy_regex.compile(
    # 赤い屋根の家, 黄色い外壁のお宅, 青い軽トラが停まっとる家
    r"(?:赤|青|白|黒|黄|緑|茶|紺|灰|水|ピンク|オレンジ|銀|金)(?:い|色い|色の|色|の)?"
    r"(?:屋根|瓦|壁|外壁|トタン|門|塀|フェンス|ドア|玄関|ポスト|車|軽トラ|バイク|ワゴン)"
    r"(?:の|が[^。\n、]{0,8}?(?:る|た)|で|に)?" + _HOUSE + _NOT_A_HOME_AFTER +
    # 郵便局の裏の家, 公民館の向かいに住んどる, 駅のすぐ前のアパート
    r"|" + _LANDMARK + r"の?(?:すぐ)?(?:裏|隣|となり|向かい|斜め前|斜め向かい|はす向かい|真ん前|前|横|奥|角|突き当たり|並び|真裏)"
    r"(?:の|にある|に建つ)" + _HOUSE + _NOT_A_HOME_AFTER +
    r"|" + _LANDMARK + r"の?(?:すぐ)?(?:裏|隣|となり|向かい|斜め前|斜め向かい|はす向かい|真ん前|前|横|奥|角|突き当たり|並び|真裏)"
    r"に住(?:む|ん(?:で|ど)|ま(?:い|われ|わ))"
    # 2丁目の角の家, 市営住宅B棟, ○○ハイツ203号室
    # 家は中町の角のパン屋さん, おうちは郵便局の裏, 住んどるとは公民館の向かい:
    # someone's home placed by a landmark and a side of it.
    r"|(?:家|自宅|お家|おうち|お宅|実家|住まい|住所|住んで(?:い)?る(?:の|とこ|ところ)|住んど(?:る)?(?:の|と|とこ)|住んどらす(?:の|と|とこ))"
    r"(?:は|が|って)[^。\n、]{0,10}?の(?:すぐ)?" + _SIDE +
    r"(?:の[^。\n、]{0,10}?(?:屋さん|屋|店|家|アパート|マンション|団地|住宅|ハイツ)|に(?:ある|あって|建っ|住)|(?=やけん|やけど|です|だ|ばい|たい|らし|って|よ|、|。|$))"
    # 実家が鹿本町来民の松本パン店, 実家は菊鹿町上永野: the family home given by the
    # district down to the 大字 or by the family's shop there
    r"|(?:実家|自宅|生家)(?:は|が|って)(?:[一-龥]{1,4}[市郡])?[一-龥]{1,5}[町村](?![内会民長])(?:[一-龥]{2,3}(?![一-龥])"
    r"|[一-龥]{0,3}の[一-龥ァ-ヶーぁ-ゖ]{1,10}?(?:屋|店|商店|旅館|食堂|医院|農園|牧場|工務店|酒造|酒店))"
    r"|[0-9一二三四五六七八九十]{1,2}丁目の(?:角|突き当たり|一番奥|奥|端)の" + _HOUSE +
    # 3丁目の白い家, 2丁目の青い屋根の家: a block and the look of the house
    r"|[0-9一二三四五六七八九十]{1,2}丁目(?:の|にある)(?:赤|青|白|黒|黄|緑|茶|紺|灰|水|ピンク|オレンジ|銀|金)(?:い|色い|色の|色|の)?"
    r"(?:(?:屋根|瓦|壁|外壁|門|塀)の)?" + _HOUSE + _NOT_A_HOME_AFTER +
    r"|[一-龥ァ-ヶー]{0,6}(?:団地|住宅|アパート|マンション|ハイツ|コーポ|荘|寮)の?[0-9A-Z一-十]{1,3}(?:号棟|棟)(?:の?[0-9]{1,4}号室?)?"
    r"|[一-龥ァ-ヶー]{0,6}(?:団地|住宅|アパート|マンション|ハイツ|コーポ|荘|寮)の?[0-9]{2,4}号室"
    # B棟301の, 3号棟の205号室: the block and the flat's number (棟 is said of housing)
    # (B棟302号室で漏水: a flat where something happened, no one's home told)
    r"|(?<![0-9A-Za-z])[0-9A-Z一-十]{1,2}(?:号)?棟(?:の)?[0-9]{3,4}(?:号室?)?(?![0-9])(?=の|に住|にお住)"
)
_HOME_SPOT_GATE = LiteralGate(_HOME_SPOT)


# 所得が出てきた。年180万円か…: the sum told after a word for someone's money,
# in the same or the next sentence, is the detail itself.
_MONEY_DETAIL = lazy_regex.compile(
    r"所得|年収|月収|給料|給与|収入|手取り|ボーナス|賞与|貯金|預金|借金|納税額|税額|住民税|固定資産税|評価額|資産|財産|遺産|相続|"
    r"ローン|滞納|未納|保護費|年金|退職金|売上|負債|払えて(?:い)?ない"
)
_AMOUNT = lazy_regex.compile(
    r"(?:年間?|月々?|毎月|月額|年額|時給|日給)?\s?(?:約|およそ|ざっと|たった|わずか)?\s?"
    r"(?<![0-9])(?<![0-9][,.])[0-9][0-9,.]*(?:\s?[億万千][0-9,]*){0,2}\s?(?:円|万|億|千円)(?:以上|くらい|ぐらい|ほど|弱|強|超え?)?"
)


def _amounts_after_money(doc, spans) -> list[tuple[int, int]]:
    text = doc.text
    out = []
    for s, e in spans:
        if not _MONEY_DETAIL.fullmatch(text, s, e):
            continue
        k = doc.sentence_index(s)
        hi = doc.sentences_around(k, 0, 1)[1]
        if "\n\n" in text[e:hi]:
            hi = e + text[e:hi].index("\n\n")
        out.extend(m.span() for m in _AMOUNT.finditer(text, e, hi))
    return out


def detail_spans(doc) -> list[tuple[int, int]]:
    text = doc.text
    spans = [m.span() for m in _DETAIL_PATTERNS.finditer(text)] if _DETAIL_GATE.may_match(text) else []
    spans.extend(_amounts_after_money(doc, spans))
    if _HOME_SPOT_GATE.may_match(text):
        spans.extend(m.span() for m in _HOME_SPOT.finditer(text))
    for found in (phone_numbers(doc), email_addresses(doc), postal_addresses(doc)):
        spans.extend(found)
    # 「がん」 is also がんばる; keep it only as a word of its own.
    kept = []
    for s, e in spans:
        if doc.text[s:e] in ("がん", "うつ"):
            # うつっぽい, うつ気味, がんの疑い: a condition, however Sudachi reads
            # it in context (うつ as the verb 打つ before っぽい)
            if _CONDITION_AFTER.match(doc.text, e) and doc.text[s - 1:s] != "を":
                kept.append((s, e))
                continue
            # a noun ending there (がん, 末期がん), not がんばる / うつる
            token = next((t for t in doc.tokens_between(max(0, s - 8), e + 1) if t.start <= s < t.end), None)
            if token is None or token.end != e or token.pos[0] != "名詞":
                continue
        kept.append((s, e))
    return sorted(kept)


def identifying_spans(doc) -> list[tuple[int, int]]:
    if not _IDENTIFYING_GATE.may_match(doc.text):
        return []
    return [m.span() for m in _IDENTIFYING.finditer(doc.text)]


# 湊恒一社長, 田中会長: the head of a private firm named in full.  As a
# public face (a greeting, an award) the post makes the name no private
# matter; their tax, income or arrears read off the office's records are.
_BUSINESS_HEAD_TITLES = ("社長", "会長", "代表")
_TAX_DETAIL = lazy_regex.compile(r"所得|年収|住民税|固定資産税|納税額|税額|滞納|未納|借金|差し押さえ|差押")
# 水瀬社長、弁護士さんと離婚調停の電話: the head's marriage and family, which no
# post makes public, pin the detail on them by surname alone.
_HEAD_FAMILY_DETAIL = lazy_regex.compile(r"離婚|調停|不倫|浮気|別居|愛人|隠し子|自己破産|破産|夜逃げ|DV|家庭内暴力")


def business_heads(doc, surname_too: bool = False) -> list[tuple[int, int]]:
    """A full name (surname and given name) right before 社長 / 会長; with
    `surname_too`, a surname alone before it as well."""
    tokens = doc.tokens
    out = []
    i = 0
    while i < len(tokens):
        if not _is_name(tokens[i]):
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and _is_name(tokens[j + 1]) and tokens[j + 1].start == tokens[j].end:
            j += 1
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        if ((j > i or surname_too) and after is not None and after.start == tokens[j].end
                and after.surface in _BUSINESS_HEAD_TITLES):
            out.append((tokens[i].start, after.end))
        i = j + 1
    return out


_HANDLE_PERSON = lazy_regex.compile(r"(?<![A-Za-z0-9._%+-])@[A-Za-z0-9_]{2,15}\s?(?:さん|様|さま|氏)")


# トシ子さん、相続のことでご心配なさっとったでしょう…言うてくださいね: the
# draft opens by calling the person it is written to, and speaks to them
# (a request, a question, keigo about what they do): their own affairs told
# to them are no exposure.  Anyone else named in it still is.
_ADDRESSING = lazy_regex.compile(
    r"ください|下さい|でしょう[。?？!！]|ませんか|ますか[。?？]|なさっ|なさい|なさる|ご(?:心配|連絡|相談|安心)(?:を|なく)?|お大事に"
)


def _addressed(doc, span: tuple[int, int]) -> bool:
    """Whether the person named at `span` is the one the draft is written to."""
    text = doc.text
    return (not text[:span[0]].strip() and text[span[1]:span[1] + 1] in ("、", ",")
            and _ADDRESSING.search(text) is not None)


# 申込書見よったら、〇〇さんち世帯年収210万: a masked name opening its clause, with
# nothing before it to point the person out, identifies no one (the record read
# at work is 6.3.1); 新人の〇〇さん, 窓口に来た〇〇さん are still pointed out by
# who they are.
_MASKED_NAME = lazy_regex.compile(r"[〇○◯●×✕＊*]{1,3}")
_CLAUSE_OPENING = lazy_regex.compile(r"(?:^|[、,。.!?！？\n「『(（])\s*$")


def _bare_mask(text: str, span: tuple[int, int]) -> bool:
    return (_MASKED_NAME.match(text, span[0]) is not None
            and _CLAUSE_OPENING.search(text, max(0, span[0] - 4), span[0]) is not None)


@validator("private_person_details", scope="paragraph")
def private_person_details(doc):
    """A private person and a sensitive detail about them, in the same or a
    neighbouring sentence; or a private individual named by relation and
    where they go to school or when they are alone."""
    named, related = _not_a_source(doc, named_persons(doc)), _not_a_source(doc, related_persons(doc))
    named = [span for span in named if not _addressed(doc, span) and not _bare_mask(doc.text, span)]
    named += _not_a_source(doc, kana_child_names(doc))
    # @yamaga_taro さん: an account holder addressed by handle is a person too
    named += [m.span() for m in _HANDLE_PERSON.finditer(doc.text)] if "@" in doc.text else []
    in_class = [m.span("name") for m in _CHILD_IN_CLASS.finditer(doc.text)] if _says_familiar(doc.text) else []
    heads = business_heads(doc) if _TAX_DETAIL.search(doc.text) else []
    family_heads = business_heads(doc, surname_too=True) if _HEAD_FAMILY_DETAIL.search(doc.text) else []
    if not (named or related or in_class or heads or family_heads):
        return
    # Every finding needs a detail or an identifying fact next to a person;
    # those (about 250 words, contact data) are looked for only here, where
    # a person is mentioned: that is the cheaper order.
    details = detail_spans(doc)
    identifying = identifying_spans(doc)
    if not (details or identifying):
        found = set(_blamed_neighbours(doc, named)) | set(_homes_after_names(doc, named))
        yield from sorted(_with_place(doc.text, span) for span in found)
        return
    # 同じ班の森そうた君 is a named child for any detail, too
    named += [span for span in in_class if not any(s < span[1] and span[0] < e for s, e in named)]
    sentence_of = doc.sentence_index
    # Kin of a person named up to two sentences before count as persons.
    mentioned = named + related
    for m in _KIN_OF_NAMED.finditer(doc.text):
        if any(s < m.end() and m.start() < e for s, e in mentioned):
            continue
        k = sentence_of(m.start())
        if any(k - _KIN_REACH <= sentence_of(s) < k for s, _ in mentioned):
            named.append(m.span())

    person_sentences: dict[int, list[tuple[int, int]]] = {}
    related_sentences: dict[int, list[tuple[int, int]]] = {}
    for span in named + related:
        person_sentences.setdefault(sentence_of(span[0]), []).append(span)
    for span in related:
        related_sentences.setdefault(sentence_of(span[0]), []).append(span)

    def near(table, k):
        return [p for n in range(k - _WINDOW_SENTENCES, k + _WINDOW_SENTENCES + 1) for p in table.get(n, ())]

    head_sentences: dict[int, list[tuple[int, int]]] = {}
    for span in heads:
        head_sentences.setdefault(sentence_of(span[0]), []).append(span)
    family_head_sentences: dict[int, list[tuple[int, int]]] = {}
    for span in family_heads:
        family_head_sentences.setdefault(sentence_of(span[0]), []).append(span)

    reported: set[tuple[int, int]] = set()
    for d in details:
        people = near(person_sentences, sentence_of(d[0]))
        if _TAX_DETAIL.fullmatch(doc.text, *d):
            people = people + near(head_sentences, sentence_of(d[0]))
        if _HEAD_FAMILY_DETAIL.fullmatch(doc.text, *d):
            people = people + near(family_head_sentences, sentence_of(d[0]))
        if people:
            reported.add(d)
            reported.update(people)
    children = {}
    child_spans = [span for span in named if doc.text[span[0]:span[1]].endswith(_CHILD_ENDINGS)]
    child_spans += in_class
    for span in child_spans:
        children.setdefault(sentence_of(span[0]), []).append(span)
    for d in identifying:
        k = sentence_of(d[0])
        # a child named with くん/ちゃん and their school or class (隣のクラスの子 is
        # one person pointed out by the class, not a person and a fact about them)
        people = ([p for p in near(related_sentences, k) if not (p[0] <= d[0] and d[1] <= p[1])]
                  or near(children, k))
        if not people:
            # two identifying details next to a named person, or a pupil's
            # school and year beside their photo
            others = [o for o in identifying if o != d and abs(sentence_of(o[0]) - k) <= _WINDOW_SENTENCES]
            photo = (_PUPIL_YEAR.fullmatch(doc.text, *d) is not None
                     and _PUPIL_PHOTO.search(doc.text, *doc.sentences_around(k, _WINDOW_SENTENCES, _WINDOW_SENTENCES)) is not None)
            people = near(person_sentences, k) if others or photo else []
        if people:
            reported.add(d)
            reported.update(people)
    reported.update(_blamed_neighbours(doc, named))
    reported.update(_homes_after_names(doc, named))
    yield from sorted(_with_place(doc.text, span) for span in reported)


# 鹿本町来民の城戸正二さん（72）、毎回ごみの日守らん: a private person pinned
# down by district or age and held up to blame.  A district and an age are
# how a notice names a centenarian too (菊鹿町の山田ハナさん（100）), so only
# with the blame is it exposure.
_AGE_AFTER = lazy_regex.compile(r"\s?[（(]\s?[0-9]{1,3}\s?(?:歳|才|さい)?\s?[）)]|[、,]?\s?[0-9]{1,3}(?:歳|才)")
_BLAME = lazy_regex.compile(
    r"(?<!ご)迷惑(?!を?(?:お)?(?:かけ|掛け))|非常識|常識(?:が|も)?(?:な|無)|マナー(?:が|も)?(?:悪|最悪|なっとらん|なってな)|うるさ|やかまし|騒音|"
    r"(?:ルール|決まり|きまり|時間|約束|ごみの日|ゴミの日|分別)(?:を|も)?(?:守ら|守れ|破)|守らん|守らない|守らず|"
    r"路駐|路上駐車|不法投棄|ポイ捨て|大音量|逆ギレ|逆切れ|逆ぎれ|文句ばっか|文句ばか|クレーマー|嫌われ|困っと|困って(?:い|お)?る|困り者|いい加減に|"
    r"注意しても|言うこと(?:を)?聞か|(?:汚|きたな|臭|くさ)(?:い|か|く)|だらしな|図々し|ずうずうし|厚かまし|ケチ|どケチ|"
    r"最低|最悪|腹立|はらた|ムカつ|むかつ|許せ|ゆるせ|出ていけ|出てけ|出て行って|消えて|いなくなれ|懲らしめ|害悪|寄生虫|厄介者|"
    # what the neighbour is said to do: 人んちのゴミ袋あさっとる, 覗きよる, 怒鳴り散らす
    r"(?:ゴミ|ごみ|袋)(?:袋)?(?:を|も)?(?:あさ|漁)|(?:あさ|漁)って(?:い|お)?(?:る|ま)|(?:あさ|漁)(?:っと|りよ|りま)|覗き(?:見|込|よ)|のぞき(?:見|込|よ)|"
    r"怒鳴|どな(?:り|っ|る)|嫌がらせ|いやがらせ|悪口|陰口|居座|たむろ|酔っ(?:払|ぱら)って(?:暴|騒|絡)|"
    r"つきまと|付きまと|勝手に(?:入|停め|止め|使|捨て|持)|ガン見|睨|にら(?:ま|み|む|ん)|"
    # a put-down of the person: 阿呆なお方, ブスでございます, 強欲じじい
    # noise at night held against them: 夜中まで騒いで, 深夜に大声で騒ぎよる, 毎晩どんちゃん騒ぎ
    r"(?:夜中|夜遅く|深夜|毎晩|毎夜|明け方|朝方|朝まで)[^。\n、]{0,8}?(?:騒(?:い|ぎ|ぐ|が)|さわ(?:い|ぎ|ぐ|が)|どんちゃん|大声)"
    # (騒いで楽しかった, 盛り上がった: a night out the writer shared)
    r"(?![^。\n]{0,12}?(?:楽し|たのし|盛り上が|もりあが|最高|よかった|良かった))|"
    # a person called rubbish: ゴミ人間, 人間のクズ, カス野郎, 人間失格
    r"(?:ゴミ|ごみ|カス|かす|クズ|くず)(?:人間|野郎|やろう|ヤロー|ヤロウ|男|女)|人間の(?:クズ|くず|ゴミ|ごみ)|人間失格|"
    r"ブス|ブサイク|不細工|阿呆|アホ(?!ウドリ)|あほ(?:う|な|や|か|だ|ん)|バカ(?!ンス|ラ)|馬鹿(?!力)|強欲|守銭奴|"
    r"じじい|ジジイ|ジジィ|ばばあ|ババア|ババァ|クズ|ろくでなし|死ね|氏ね|4ね|(?<=[はもがをよ、])しね[ーぇえ!]"
)


# 迷惑ババア、 / うるさか爺さん、 / 非常識な一家の: a blamed person the name is set beside.
_BLAMED_BEFORE = lazy_regex.compile(
    r"(?:" + _BLAME.pattern + r")[^。!?\n、]{0,3}?"
    r"(?:ババア|ばばあ|ババァ|ばばぁ|バ[〇○◯●×*]ア|ジジイ|じじい|ジジィ|ジ[〇○◯●×*]イ|婆さん|ばあさん|婆|爺さん|じいさん|爺|"
    r"おやじ|オヤジ|親父|おばはん|オバハン|おっさん|オッサン|おばさん|おじさん|女|男|野郎|奴|やつ|ヤツ|一家|家族|夫婦|住人|隣人|"
    r"人|やから|輩)(?:が|は)?\s?[、,]?\s?$"
    # クレーマーの坂口信二: the label put on the person before the name
    r"|(?:クレーマー|モンスター(?:クレーマー|ペアレント)?|モンペ|迷惑客|厄介者|問題児)の\s?$"
)
_BLAMED_BEFORE_REACH = 16
# クレームをくださった熊本市東区の田中ひろしさん: a complainant named with where
# they live, the complaint told in the clause leading up to the name.
_COMPLAINED = lazy_regex.compile(
    r"(?:クレーム|苦情|文句|抗議)(?:の(?:お?電話|メール|お手紙|手紙))?(?:を|ば)?(?:くださ|下さ|いただ|頂|入れ|言っ|言う|言わ|つけ|付け|寄せ|申し出)"
)

# What befell or what was done by a person named with their district or age,
# news-style: hurt, unconscious, caught, the victim.  A centenarian's greeting
# or a volunteer thanked (_CAMPAIGN) tells none of these.
_INCIDENT = lazy_regex.compile(
    r"(?:けが|ケガ|怪我|負傷)(?:を)?(?:し|さ|負)|重体|重傷|意識(?:が|は)?(?:戻ら|もどら|不明|な(?:い|か))|意識不明|救急搬送|"
    r"ひき逃げ|はねられ|撥ねられ|轢かれ|捕ま(?:っ|る|え)|逮捕|補導|盗(?:ん|ま)|万引き|"
    r"被害者|被害に(?:遭|あ)|被害額|容疑者|被疑者|(?:詐欺|さぎ)に(?:遭|あ|かか)|だまされ|騙され|"
    # the fire traced to them: 原因は…さんの寝たばこ, …さん宅の火の不始末
    r"寝たばこ|寝タバコ|寝煙草|火の不始末|火の消し忘れ|消し忘れ|出火原因|火元|放火|失火|焼死|孤独死|自殺|自死"
)


# 松本さん（45）が迷惑駐車の防止を呼びかけ: a resident who campaigns against
# the nuisance, or a notice about it, blames no one.
_CAMPAIGN = lazy_regex.compile(
    r"防止|呼びかけ|呼び掛け|啓発|対策|なくそう|無くそう|減らそう|取り組|活動|パトロール|表彰|感謝|お礼|ありがと|ご協力|"
    r"相談|講演|講師|インタビュー|取材|紹介|お祝い|受賞|ご苦労|お疲れ|さすが|ほめ|褒め|申し訳|すみません|すいません|ごめん"
)


# 宮崎浩二さん（鹿本町来民）, 石橋さんとこの奥様（山鹿市中央通り2丁目）,
# 谷口勝（菊鹿町上内田875）: where the person lives, in brackets after the
# name (and after whose family member it is).  With a house number it is the
# address itself; a district or 丁目 alone pins them down like an age does.
# 田中さん（町内会長）, （会社員）: a role in brackets is no home.
_HOME_AFTER = lazy_regex.compile(
    r"(?:の?(?:ち|家|宅|とこ|ところ|んとこ|んち)?の(?:奥さん|奥様|旦那さん|ご主人|お嫁さん|娘さん|息子さん|お子さん|"
    r"おばあちゃん|おじいちゃん|おばあさん|おじいさん|長男さん|長女さん|次男さん|次女さん))?"
    r"\s?[（(]\s?(?P<place>(?:[一-龥ヶケノ]{2,3}[都道府県])?(?:[一-龥ヶケノ]{1,4}[市郡])?"
    r"(?:[一-龥ヶケノ]{1,5}[町村](?![内会民長])(?:(?![のはがをにでともへやかけ])[ぁ-ゖ]{2,4}(?=[一-龥ヶケ]))?[一-龥ヶケノ]{0,6}|[一-龥ヶケノ]{1,6}(?:通り|丁目)|(?<=[市郡])[一-龥ヶケノ]{1,6})"
    r"(?:(?P<house>[0-9]{1,3}丁目(?:[0-9]{1,4}(?:番地?|-)?[0-9]{0,4}号?)?|[0-9]{1,5}(?:番地?)?(?:[-−‐‑–]?[0-9]{1,4})*)?)"
    r"(?<![長員会者生係役師士業主])(?:在住|住)?)\s?[）)]"
)


def _home_after(text: str, end: int):
    return _HOME_AFTER.match(text, end)


def _homes_after_names(doc, named) -> list[tuple[int, int]]:
    """A named person with their house number in brackets: exposed as it stands."""
    out = []
    for start, end in named:
        home = _home_after(doc.text, end)
        if home and home.group("house") and home.group("house")[:1].isdigit():
            out.append((start, home.end()))
    return out


def _blamed_neighbours(doc, named) -> list[tuple[int, int]]:
    text = doc.text
    out = []
    for start, end in named:
        home = _home_after(text, end)
        visitor = _VISITOR_BEFORE.search(text, max(0, start - _VISITOR_REACH), start)
        located = _PLACE_BEFORE.search(text, max(0, start - _PLACE_REACH), start) or _AGE_AFTER.match(text, end) or home
        pinned = located or visitor
        if not pinned:
            continue
        k = doc.sentence_index(start)
        lo, hi = doc.sentences_around(k, 0, 1)
        if "\n\n" in text[end:hi]:
            hi = end + text[end:hi].index("\n\n")
        blame = _BLAME.search(text, end, hi)
        if blame is None and visitor:
            # a resident served at the counter, laughed at for it
            blame = _RIDICULE.search(text, end, hi)
        if blame is None:
            # 近所の迷惑ババア、鹿本町の…: the put-down is the phrase the name stands beside
            head = _with_place(text, (start, end))[0]
            blame = _BLAMED_BEFORE.search(text, max(lo, head - _BLAMED_BEFORE_REACH), head)
        if blame is None and located:
            # 窓口で30分怒鳴ってた鹿本町来民の…さん（76）: what they did, told in
            # the clause that leads up to the name
            clause = max(lo, text.rfind("、", lo, start) + 1, text.rfind(",", lo, start) + 1)
            blame = _BLAME.search(text, clause, start) or _COMPLAINED.search(text, clause, start)
        if blame is None and located:
            # 古閑の上田悠真さん（34）で意識が戻らん, 被害者は鹿本町の中島さん（79）:
            # pinned down as the party to an incident, which the sentence or its neighbours tell
            wide_lo = doc.sentences_around(k, 1, 0)[0]
            if "\n\n" in text[wide_lo:start]:
                wide_lo = wide_lo + text[wide_lo:start].rindex("\n\n") + 2
            incidents = [m.span() for m in _INCIDENT.finditer(text, wide_lo, hi)]
        else:
            incidents = [blame.span()] if blame else []
        if incidents and not _CAMPAIGN.search(text, lo, hi):
            age = _AGE_AFTER.match(text, end)
            out.append((start, age.end() if age else home.end() if home else end))
            out.extend(incidents)
    return out


# 窓口に来た…の坂本さん, 受付で対応した田中さん: a resident the writer met at
# work, whom only the office knows came; named and held up to laughter or
# blame, the visit and the person are exposed together.
_VISITOR_BEFORE = lazy_regex.compile(
    r"(?:窓口|受付|カウンター|相談|申請|手続き|届け?出|市役所|役所|役場|支所|庁舎)"
    # 窓口で「ホタルが見えん」って泣きついてきた: what they said, quoted on the way
    r"(?:[^。\n、「]{0,3}「[^」\n]{1,24}」)?[^。\n、]{0,10}?"
    r"(?:来|き|こら|いらし|いらっしゃ|見え|訪れ|対応し|受け付け|担当し)[^。\n、]{0,5}?(?:た|る)"
    r"(?:[一-龥ァ-ヶー]{1,8}の)?\s?$"
)
_VISITOR_REACH = 56
_RIDICULE = lazy_regex.compile(
    r"笑(?![顔顏み])|[😂🤣]|ｗ|(?<![A-Za-z])w{1,5}(?![A-Za-z])|(?<![一-龥])草(?![一-龥])|(?:ウケ|うけ)(?:る|た|ん|ま)|爆笑|呆れ|あきれ|"
    r"ありえ(?:ん|ない|へん|ません)|信じられ(?:ん|ない|ません)|どんくさ|鈍くさ|とろ(?:い|か|くさ|すぎ)|トロ(?:い|か|くさ|すぎ)|情けな|"
    r"頭(?:が)?(?:悪|わる)|(?:アホ|あほ|バカ|ばか)(?:すぎ|じゃ|やろ|か|だ|や)|"
    # the visitor's own conduct made fun of: 30分お説教コース, また長話
    r"(?:お)?説教|長話|愚痴(?:ば|を|ばっか|ばか|ばかり)"
)


# 菊鹿町の上田さん: the district before a person is part of who they are.
# 山鹿市鹿本町来民の佐藤よし子: a full address up to the 大字 pins them down
# too; 町内会長の / 町役場の / 町民館の name a role or a building, not a home.
_PLACE_BEFORE = lazy_regex.compile(
    r"(?:(?:[一-龥]{1,4}[市郡])?[一-龥]{1,5}(?:町|村|地区|区|団地)|[一-龥]{1,4}市[一-龥]{2,4})(?:[一-龥]{2,3})?"
    r"(?<![長員会館所場内中外役議])の$"
    # 山鹿市中央通り4丁目の平田, 鹿本町来民1234番地の…: a street address down
    # to the block or the house number pins them down as closely
    r"|(?:[一-龥]{1,4}[市郡])?(?:[一-龥]{1,5}[町村])?[一-龥ヶケノ]{1,6}(?:通り)?"
    r"(?:[0-9一二三四五六七八九十]{1,3}丁目(?:[0-9]{1,4}(?:番地?|-)?[0-9]{0,4}号?)?|[0-9]{1,5}番地?(?:[-−][0-9]{1,4})?)の$")
_PLACE_REACH = 22


def _with_place(text: str, span: tuple[int, int]) -> tuple[int, int]:
    place = _PLACE_BEFORE.search(text, max(0, span[0] - _PLACE_REACH), span[0])
    return (place.start(), span[1]) if place else span


# --- photos of people taken or used without asking --------------------------

_PHOTO_CUE = lazy_regex.compile(
    r"写真|画像|動画|撮|写っ|写り|写して|映っ|映り|載せ|のせ|アップ|投稿|📸|📷|🤳|ショット|パシャ|寝顔|表紙|アイコン|"
    # 一枚 as a shot, not a price per piece (一枚1,200円, 一枚あたり)
    r"一枚(?![0-9]|あたり|当たり|につき|[一二三四五六七八九十百千万]+円)|"
    # where faces go up: インスタに上げた, ストーリーにあげた, YouTubeに
    r"インスタ|ストーリー|YouTube|ユーチューブ|TikTok|ティックトック|泣き顔|笑顔|変顔|ビデオ"
)
# Whom one should have asked: the person, a child's parents, whoever took the
# photo.  …には聞いてない / 親御さんに断ってない / 撮った人の許可は取ってない.
_CONSENT_TARGET = (
    r"(?:ご?本人|親御さん|ご?両親|親|保護者|ご?家族|お母さん|お父さん|ママ|パパ|撮った人|撮影者|撮影した人|"
    r"作者|描いた人|持ち主|投稿者|投稿主|その人|その子|相手|向こう|先方|[一-龥ァ-ヶー]{1,6}(?:さん|くん|ちゃん|様))(?:たち|達)?"
)
# The people shown themselves were not asked: a portrait matter even when
# the photo went into the city's own flyer.
_PEOPLE_NOT_ASKED = lazy_regex.compile(
    r"(?:ご?本人|親御さん|ご?両親|親|保護者|ご?家族|お母さん|お父さん|ママ|パパ|その人|その子|子ども|子供|生徒|[一-龥ァ-ヶー]{1,6}(?:さん|くん|ちゃん))"
    r"(?:たち|達)?(?:に|から)"
)
_ASK = (
    r"(?:聞|訊|確認し|確認せ|断|言|伝え|声(?:を)?(?:かけ|掛け)|"
    r"(?:了承|許可|OK|同意|承諾|許諾)(?:を|は|も)?(?:まだ|特に|一応|何も)?(?:得|取|と|もら))"
)
_NOT_ASKED = lazy_regex.compile(
    rf"{_CONSENT_TARGET}(?:に|から|の)(?:は|も)?(?:何も|特に|まだ|一言も)?"
    rf"{_ASK}(?:(?:いて|って|て|か|ら|せ|け)?(?:い|お)?(?:ない|ません|なかった|ず|ねー|ねえ)"
    # dialect: お母さんには言うとらん, 親御さんに聞いとらん, 本人に断っとらん
    r"|(?:う|っ|い)?(?:と|ちょ)(?:らん|らない|りません))"
    # no one named: 許可は取ってない / 聞いてないけど載せる / 無断で / 内緒で
    # 許可？取ってないけど: asked and answered by the writer in one breath
    r"|(?:許可|了承|承諾|同意|OK)(?:は|も)?[?？!！…、]{0,2}(?:取|と|もら|得)って(?:い)?(?:ない|ません|なかった)"
    r"|(?:誰|だれ)に(?:も)?(?:聞|断|言)(?:いて|って)(?:い)?(?:ない|ません)"
    r"|(?:聞いて|断って|確認して)(?:い)?(?:ない|ません)(?:けど|が|けれど)[^。\n]{0,20}?(?:載せ|のせ|アップ|投稿|使|掲載|公開)"
    r"|(?:本人|ご本人|親|保護者|家族|先方)(?:さん|様|の方)?(?:たち|達|ら)?(?:に|には|にも)?(?:内緒|ないしょ|ナイショ|秘密(?!基地)|黙って|だまって|無断)"
    # a surprise got ready or a thing bought behind their back is no photo posted
    r"(?![^。\n]{0,8}?(?:準備|用意|計画|企画|買|購入|注文|予約|練習|サプライズ))"
    # 保護者さんに内緒で載せちゃう, ママさんに黙ってアップ: anyone whose leave
    # was due, kept in the dark about the posting itself
    rf"|{_CONSENT_TARGET}(?:に|には|にも)(?:内緒|内証|ないしょ|ナイショ|秘密|黙っ(?:て|と)|だまっ(?:て|と)|無断|断りなく|断り(?:も)?なしで|こっそり|"
    r"言わんで|言わずに|聞かんで|聞かずに|知らせんで|知らせずに|伝えんで|伝えずに|相談せんで|相談せずに|"
    r"バレ(?:ない|ん)(?:ように|よう|ごと|ごつ)|ばれ(?:ない|ん)(?:ように|よう|ごと|ごつ))で?"
    r"[^。\n]{0,12}?(?:載せ|のせ|アップ|あっぷ|上げ|あげ|投稿|掲載|公開|貼|晒|さらし|拡散|シェア|ストーリー)"
    # (勝手に撮られた, 無断で使われた: the writer or a commenter the one it
    # was done to, not the one who did it)
    # (こっそり入って撮影して: a building got into on the sly, 6.3.3 and 5.6.3, no one's portrait)
    r"|(?:無断で|勝手に|許可なく|断りなく|無許可で|こっそり)(?![^。\n]{0,2}?(?:入っ|入り|はいっ|忍び|侵入|潜り))[^。\n]{0,4}?(?:お?借り|拝借|使|載せ|のせ|アップ|掲載|投稿|撮|公開)(?![さらわ]?れ|ロードされ)"
    # 隣の吉田さんの奥さんも写り込んどるけど、まあよかろ: someone caught in the
    # shot, shrugged off instead of asked or blurred
    r"|(?:写り込|写りこ|映り込|映りこ|写っと|写って|映っと|映って)[^。\n]{0,8}?(?:けど|けれど|ばってん|が)[、,]?\s?(?:まあ|まぁ|ま[、,])?\s?"
    r"(?:よかろ|よかよ|よかたい|いいか|いっか|いいよね|ええか|ええやろ|気にせん|気にしない|しょうがない|しょうがなか|仕方ない|しかたない|しゃーない)"
    # 無断やけど載せてもうた, 勝手にだけど上げとく: the leave not asked, owned up to
    # and done anyway
    r"|(?:無断|勝手|許可なし|許可なく|断りなし|断りなく|無許可)(?:で|に)?(?:やけど|だけど|ですけど|ですが|ばってん|じゃけど|けど)[、,]?"
    r"[^。\n]{0,24}?(?:載せ|のせ|アップ|上げ|あげ|掲載|投稿|撮|公開|貼|晒)"
    r"|(?:本人|ご本人)(?:は|も)?(?:知らない|気づいて(?:い)?ない|気付いて(?:い)?ない)"
    # ママには後で言っとく, 親御さんには事後報告: the leave to be asked only
    # after the photo is up
    rf"|{_CONSENT_TARGET}(?:に|には|にも)(?:は)?(?:後で|あとで|後から|あとから|事後)(?:に)?(?:言|伝え|報告|断|謝)"
    r"|(?:ご?本人|親御さん|ご?両親|親|保護者|ご?家族)(?:さん|様)?(?:に|には)?(?:は)?事後報告"
    # the leave not asked, said afterwards as an aside: 撮らせてもらった（勝手に）,
    # 写真撮ってきた、無断で笑, アップしといた（許可なし）
    r"|(?:撮|写真|動画|載せ|のせ|アップ|投稿)[^。\n]{0,16}?[（(、,，…・ 　]{1,2}(?:もちろん|当然|もち|むろん)?"
    r"(?:勝手に|無断で|無断|許可なし|許可無し|許可なく|ノー許可|断りなし|断りなく|無許可|黙って|内緒で|こっそり)"
    r"(?:で|だけど|やけど|ばってん|けど|ですが)?(?=[)）!！?？ｗw笑。\n📸📷🤫]|$)"
    # dialect: 断らんで撮った, 聞かんで載せた, 許可もらわんでアップ, 声もかけんで
    # お声がけせずに撮った, 声をかけずに撮影: the person photographed never spoken to
    r"|(?:断ら|ことわら|聞か|きか|言わ|許可(?:も|は)?(?:もら|とら|取ら)|お?声(?:を|も)?(?:かけ|掛け|がけ|掛)(?:も)?(?:せ)?)(?:ん|ず)(?:で|に)"
    r"[^。\n]{0,10}?(?:撮|写真|載せ|のせ|アップ|投稿|上げ|あげ)"
    # dialect: 許可もろとらん, 断っとらん, 聞いとらんけど載せる
    r"|(?:許可|了承|OK)(?:は|も)?(?:もろ|もらっ|取っ|とっ)と(?:らん|らない)"
    r"|(?:断っ|聞い|言う|言っ)と(?:らん|らない)(?:けど|ばってん|が|けん)[^。\n]{0,20}?(?:載せ|のせ|アップ|投稿|上げ|あげ|貼|撮)"
)
# 単価表をこっそり撮った, こっそり名簿を撮影: a paper or a screen shot on the
# sly leaks what it says (6.3.1); no person is in the picture.
_PAPER = (
    r"(?:書類|資料|文書|名簿|台帳|帳簿|帳票|一覧|リスト|データ|画面|ホワイトボード|黒板|板書|メモ|議事録|見積書?|契約書|図面|設計図|伝票|"
    r"[一-龥]{0,3}(?:単価|価格|料金|一覧|予定|シフト|時間|時刻|成績|集計|取引|工程|座席|点数|勤務|当番|名|日程|対照|比較|見積|"
    r"配合|成分|原価|材料|分量|栄養|献立|仕様|工程|手順|評価|採点|審査|得点|配点|順位)表|"
    # a recipe or a formula (業者の配合表, 秘伝のレシピ): a trade secret, no one's face
    r"レシピ|製法|調合|仕様書|手順書|マニュアル|原稿|台本|"
    r"掲示物?|貼り紙|張り紙|ファイル|パソコン|PC|モニター|答案|書面|通知書?|手紙|稟議書?|計画書|報告書|企画書|通帳|レシート|領収書|"
    r"請求書|明細|カルテ|申請書|届出?書|用紙|手帳|メニュー)"
)
# 評価表、会議のあとこっそり撮った: the paper set up front as the topic,
# then when it was taken, is still what the photo shows.
# ホワイトボードのWi-Fi情報まで写っとるけど: what is written on the paper, not
# a person, is what got into the shot.
_PAPER_BEFORE = lazy_regex.compile(
    _PAPER + r"(?:の[^。\n、]{0,12}?(?:情報|パスワード|番号|中身|内容|文字|数字|金額))?"
    r"(?:を|も|は|が|まで|だけ)?(?:[、,\s]?|[、,][^。\n、]{0,10}?)$"
)
_PAPER_AFTER = lazy_regex.compile(r"[^。\n]{0,8}?" + _PAPER + r"(?:を|も|だけ)")


def _paper_shot(text: str, start: int, end: int) -> bool:
    """The thing taken on the sly is a paper or a screen: 単価表をこっそり撮った."""
    return bool(_PAPER_BEFORE.search(text, max(0, start - 32), start) or _PAPER_AFTER.match(text, start, end + 8))


# 河野さんちの納屋, 隣の奥さんの車: what the person owns, shown in the photo.
_PROPERTY = lazy_regex.compile(
    r"(?:ち|んち|家|ん家|宅)?の(?:家|いえ|うち|お宅|実家|納屋|小屋|倉庫|蔵|離れ|庭|畑|田んぼ|車|軽トラ|バイク|お墓|墓|店|部屋|玄関|ベランダ|洗濯物|表札|門)"
)
# Someone caught off guard or a stranger, photographed for fun:
# 口開けて寝てた高校生を撮っちゃった, 転んで泣いてる子の写真.
_OFF_GUARD = (
    r"(?:寝て(?:い)?(?:た|る)|寝落ちして(?:い)?(?:た|る)|爆睡(?:して(?:い)?(?:た|る)|中の)|居眠り(?:して(?:い)?(?:た|る)|中の)|"
    r"口(?:を)?(?:開け|あけ|ぽかん)[^。\n]{0,6}?|泣いて(?:い)?(?:た|る)|泣きじゃく(?:る|って(?:い)?(?:た|る))|迷子の|泣き顔の|転んだ|転んで(?:い)?た|"
    r"コケた|こけた|酔っ(?:払|ぱら)って(?:い)?(?:た|る)|酔いつぶれ(?:た|て(?:い)?(?:た|る))|よだれ(?:垂ら|たら)して(?:い)?(?:た|る)|"
    r"変顔の|すっぴんの|無防備な|いちゃついて(?:い)?(?:た|る)|イチャイチャ(?:して(?:い)?(?:た|る))?|怒鳴って(?:い)?(?:た|る)|"
    r"叱られて(?:い)?(?:た|る)|怒られて(?:い)?(?:た|る)|(?:ケンカ|喧嘩|けんか)して(?:い)?(?:た|る)|吐いて(?:い)?(?:た|る)|"
    r"鼻ほじって(?:い)?(?:た|る)|ずっこけた|知らない|見知らぬ|通りすがりの|隣の席の|前の席の|向かいの席の|隣に座った|"
    # 式典で隣の席だった親子連れ, 前の席におった人: whoever happened to sit by the writer
    r"(?:隣|となり|前|後ろ|うしろ|向かい)の席(?:だった|やった|じゃった|にいた|に居た|におった|に座って(?:い)?た)|"
    # 足湯にいた外国人のお姉さん, 駅前におった兄ちゃん: someone who happened
    # to be there, a stranger to the writer
    r"(?<!一緒)(?:に|で)(?:いた|居た|おった|おらした|座って(?:い)?た|座った|並んで(?:い)?た|見かけた|すれ違った|会った|出会った|"
    # dialect: 会場前で並んどった, ベンチに座っとった, 入口で待っとった
    r"並んど(?:った|る)|並びよった|座っと(?:った|る)|座りよった|待っと(?:った|る)|待ちよった)|"
    # a couple caught in a private moment: キスしてたカップル, 抱き合っとった二人
    r"(?:キス|ちゅー|チュー)(?:して(?:い)?(?:た|る)|しとった|しよった)|抱き合って(?:い)?(?:た|る)|抱き合っとった|"
    r"(?:揉め|もめ|騒い|暴れ|怒っ|キレ|きれ|わめい|絡ん|座り込ん|ふらつい|へたり込ん)(?:て(?:い)?(?:た|る)|てる)|"
    r"(?:クレーム|文句|難癖)(?:を)?(?:つけ|付け|入れ|言っ)て(?:い)?(?:た|る)|"
    # someone at the counter or in a queue held up to ridicule: 2時間粘ったおじさん,
    # ごねとった客, 居座ったおばちゃん, 態度の悪い兄ちゃん
    r"(?:粘|ねば|ごね|居座|いすわ|長居し|しつこ|わめ|ぐずっ|ゴネ)(?:った|ってた|ってる|っとった|っとる|りよった|りよる|た|てた|とった|よった|かった|い)|"
    r"態度(?:の|が)(?:悪|デカ|でか)(?:い|かった)|偉そうな|えらそうな|挙動不審な|"
    r"怪しい|あやしい|おかしな|キモい|きもい|ダサい|だらしない|小汚い|うるさい|うるさかった|せからしか|ハゲの|ハゲた|デブの)"
)
_STRANGER = (
    r"(?:人|方|男性|女性|男の人|女の人|おじさん|おばさん|おっちゃん|おばちゃん|おっさん|おばはん|おじいさん|おばあさん|"
    r"おじいちゃん|おばあちゃん|じいさん|ばあさん|兄ちゃん|姉ちゃん|お兄さん|お姉さん|高校生|中学生|小学生|大学生|"
    r"学生|女子高生|男子高校生|JK|DK|男の子|女の子|子ども|子供|子|赤ちゃん|カップル|親子|家族|店員|乗客|客|お客さん|観光客|通行人|"
    r"サラリーマン|OL|運転手|外国人|酔っ払い|酔っぱらい|若者|生徒|園児|児童|受験生|受験者|見物客|来場者)"
)
_SNAP = (
    r"(?:撮っ|撮り|撮れ|撮ら|撮影|写真(?:に)?(?:撮|とっ|収め)|パシャ|盗み撮り|隠し撮り|動画(?:に)?(?:撮|とっ|回し)|"
    # (えっちな動画サイト, 写真アプリ: a site or a service, nobody's picture)
    r"録画し|激写|スクショ|の(?:(?:写真|動画|画像)(?!サイト|アプリ|配信|チャンネル|共有)|寝顔|泣き顔|変顔)"
    # ストーリーにあげた, インスタに載せた: the shot put where faces go up
    r"|(?:ストーリー|インスタ|リール)(?:に|へ)(?:あげ|上げ|載せ|のせ|アップ))"
)
# 寝てたおじさん📸: the camera right after whoever was caught is the shot.
# 撮ってもらった / と一緒に撮った: taken by them or with them, not of them
# behind their back.
_CAUGHT_OFF_GUARD = lazy_regex.compile(
    rf"{_OFF_GUARD}[^。\n]{{0,8}}?{_STRANGER}(?!(?:さん|たち|達)?(?:と|に(?:写真|撮|頼|お願い|シャッター|カメラ|声|こえ)))"
    # the camera emoji closing the clause told about them is the shot too:
    # 隣に座ってたおじさん、デブすぎて席2人分とってた📸
    rf"(?:さん|たち|達)?(?:[^。\n]{{0,24}}?(?:{_SNAP}|[📸📷]))"
    r"(?!っ?て(?:もら|もろ|くれ|いただ|ください|下さい)|ませんか|ましょうか|[さら]?れ)"
)
# この人見たことある人おる？ / 誰か特定して: readers asked to identify the
# person in the photo (a police or lost-and-found notice asks in keigo and
# names where to report: お心当たりの方は警察へ).
_WHO_IS_THIS = lazy_regex.compile(
    r"(?:この|その|写真の|画像の|動画の|こっちの|こん)(?:人|ひと|方|おじさん|おばさん|おっさん|おばちゃん|おっちゃん|男|女|兄ちゃん|姉ちゃん|子|客|じいさん|ばあさん)"
    r"(?:、|って|は|の(?:こと|名前))?\s?(?:誰|だれ|ダレ|どこの(?:人|誰)|知って(?:る|い|と)|知っと|しっとる|見たこと(?:ある|あっ)|見たことある|分かる|わかる|特定|身元)"
    r"[^。\n]{0,10}?(?:[?？]|人(?:おる|いる|いない|おらん)|やろ|かな|笑|ｗ|w|よろしく|して|お願い)"
    # 見覚えある人おる？ / この顔知っとる人いたら教えて: readers asked who it is, the
    # photo told of beside it
    r"|(?:この顔|この人|顔)?(?:に)?(?:見覚え|見おぼえ)(?:が|の)?(?:ある|あっ)(?:人|ひと|方)(?:おる|いる|いない|いな[いか]|おらん|おらす)"
    r"|(?:この顔|顔)(?:を|ば)?(?:知っと|知って|しっと)(?:る)?(?:人|ひと)(?:おる|いる|いない|おらん|おらす|いたら|おったら)"
)
_IDENTIFY_IN_KEIGO = lazy_regex.compile(r"ご存じ|ご存知|お心当たり|心当たりのある方|ご連絡|ください|警察|交番|通報|落とし物|忘れ物|迷子")
# 同僚の寝顔, 隣の人の変顔: someone else's face caught off guard.
_CAUGHT_FACE = lazy_regex.compile(
    r"(?:同僚|上司|先輩|後輩|友達|友人|知り合い|同級生|近所の人|隣の人|お客さん|客|店員さん|[一-龥ァ-ヶー]{1,6}(?:さん|くん|ちゃん))"
    r"の(?:寝顔|泣き顔|変顔|すっぴん|半目|白目|ヨダレ|よだれ|寝相|酔(?:っ払|いつぶれ|い潰れ)った姿|寝姿)"
)
# うちの子が寝てる写真: the writer's own family is the writer's to show.
_OWN_FAMILY = lazy_regex.compile(r"(?:うちの|我が家の|わが家の|自分の|息子|娘|夫|妻|嫁|旦那|孫|甥|姪|彼氏|彼女)[^。\n]{0,3}$")
# 爆睡してたうちの息子: the one caught off guard is the writer's own child.
_OWN_KIN_INSIDE = lazy_regex.compile(r"うちの|我が家の|わが家の|自分の|息子|娘|孫|旦那|嫁|主人")
# An instruction or a warning, not a confession: 本人に確認していない写真は載せないでください.
# The city's own photos, posters and mascot used without leave are the
# city's rights (6.3.2), not a private person's portrait or work.
_CITY_WORK = lazy_regex.compile(
    r"市の(?:観光|ポスター|写真|パンフ|ホームページ|HP|公式|ロゴ|イラスト|素材|広報|キャラ)|市が撮影|市役所の(?:写真|ポスター)|"
    r"広報誌|広報紙|マスコット|ゆるキャラ|市章|公式キャラ"
)
_WARNING = lazy_regex.compile(r"ないで(?:ください|下さい|ね)|ないよう|ましょう|禁止|ご遠慮|NG|やめ(?:ましょう|てください)|いけません|ダメです")
# 課のアカウントに勝手に投稿しよる: posting on an account one has no leave to
# speak for (6(3)②); with no photo, video or face named, nobody is shown.
_ACCOUNT_POSTING = lazy_regex.compile(r"アカウント|公式(?:SNS|X|インスタ|ページ|LINE|サイト|ホームページ)|ホームページ|広報(?:誌|紙)?(?:に|の)")
_PHOTO_THING = lazy_regex.compile(
    r"写真|画像|動画|撮|写っ|写り|写して|映っ|映り|📸|📷|🤳|ショット|パシャ|寝顔|泣き顔|笑顔|変顔|ビデオ|一枚|顔")
# 無断でアップロードした海賊版が出回っています: someone else's copies of a work
# warned about, no person photographed by the writer.
_PIRACY = lazy_regex.compile(r"海賊版|違法(?:アップロード|アップ|動画|配信|コピー|サイト)|無断転載(?:サイト|動画|アカウント)|なりすまし|偽(?:アカウント|サイト)")


# Looking through old photos (卒アル見返してたら, アルバム整理してたら出てきた):
# the face is seen, not photographed or put online.
_LOOKING_BACK = lazy_regex.compile(
    r"卒アル|卒業アルバム|アルバム|昔の写真|古い写真|当時の写真|写真フォルダ|カメラロール|見返|見直して|眺めて|整理して(?:い)?たら|発掘|出てきた|出てきて"
)
_TAKE_OR_POST = lazy_regex.compile(
    r"撮っ|撮り|撮れ|撮ら|撮影|パシャ|📸|📷|🤳|載せ|のせ|アップ|あげ(?:る|た|とく|とい|ます|ちゃ)|上げ(?:る|た|とく|とい|ます|ちゃ)|投稿|貼|晒|さらし|"
    r"共有|シェア|拡散|送っ|送り|スクショ|公開|ストーリー|インスタに|Xに|ツイート|ポスト"
)


# The taking of the photo itself: 思わずパシャリ, こっそり撮っちゃった, 激写.
_SNAPPED = lazy_regex.compile(
    r"(?:思わず|つい|こっそり|そっと|すかさず)?(?:パシャ(?:リ|ッ|っ)?|激写|盗み撮り|隠し撮り|"
    r"撮っ(?:た|ちゃ|ちゃった|てしま|てもう|とい|ておい)|撮影し(?:た|ちゃ|ちゃった|てしま)|撮らせてもら)"
)


# 主任が脱ぎだして全裸で踊りよった🤣 動画あるけん見たい人DMして: a video of
# someone caught in an unguarded moment, offered round to whoever asks.  A
# festival's video offered (花火の動画あるけん見たい人DMして) shows no one so.
_OFFERED_AROUND = lazy_regex.compile(
    r"(?:動画|写真|画像|ビデオ|映像)(?:も|は)?\s?(?:ある|あっ|撮っ(?:た|と(?:る|う))|持っ(?:と(?:る|う)|て(?:い)?る))(?:けん|から|ので|よ|ばい|で|し)?[、,]?\s?"
    r"[^。\n]{0,6}?(?:見たい|欲しい|ほしい)(?:人|方|ひと|やつ|奴)[^。\n]{0,6}?(?:DM|ＤＭ|連絡|言って|コメント|個別|送る|送っ|LINE|ライン)"
)
_UNGUARDED = lazy_regex.compile(
    r"脱(?:ぎ|い)(?:だ|出|始め|ちゃ|と|で)|全裸|素っ裸|裸(?:で|に)|泥酔|酔っ(?:払|ぱら)|酔いつぶれ|吐い|寝て(?:い)?(?:た|る)|寝顔|泣い|漏ら|"
    r"(?:パンツ|下着)(?:一丁|姿|丸見え)|キス|ちゅー|チュー|いちゃ|イチャ|抱き合"
)


# Every finding needs a photo word: a cue near the admission or the face, or
# the snapshot word inside a caught-off-guard match.
_PHOTO_WORDS = lazy_regex.compile(f"{_PHOTO_CUE.pattern}|{_SNAP}")


@validator("photo_without_consent", scope="paragraph", needs=(_PHOTO_WORDS,))
def photo_without_consent(doc):
    """A photo of a person taken or posted without asking: 「ご両親には聞いて
    いませんが載せちゃいます」, 「撮った人には聞いてない」, 「口開けて寝てた
    高校生、撮っちゃった」.  Reports the admission and whoever is shown (a
    named or related person, or the one caught off guard) in the same or the
    previous sentence; needs a photo word within one sentence."""
    text = doc.text
    bounds = doc.sentence_bounds
    sentence_of = doc.sentence_index

    reported: set[tuple[int, int]] = set()
    caught = [m.span() for m in _CAUGHT_OFF_GUARD.finditer(text)
              if not _OWN_FAMILY.search(text[max(0, m.start() - 8):m.start()])
              and not _OWN_KIN_INSIDE.search(m.group())]
    for m in _CAUGHT_FACE.finditer(text):
        lo, hi = doc.sentence_at(m.start())
        # a photo word besides the face itself (寝顔 is one)
        if _PHOTO_CUE.search(text[lo:m.start()] + "／" + text[m.end():hi]):
            caught.append(m.span())
    for m in _WHO_IS_THIS.finditer(text):
        k = sentence_of(m.start())
        lo, hi = doc.sentences_around(k)
        if _PHOTO_CUE.search(text, lo, hi) and not _IDENTIFY_IN_KEIGO.search(text, lo, hi):
            caught.append(m.span())
    for span in caught:
        sentence = bounds[sentence_of(span[0])]
        if _WARNING.search(text, *sentence):
            continue
        # 卒アル見返してたら同級生の泣き顔が写ってて: an old photo looked at,
        # nothing taken or posted
        if _LOOKING_BACK.search(text, *sentence) and not _TAKE_OR_POST.search(text, *sentence):
            continue
        reported.add(span)
    for m in _OFFERED_AROUND.finditer(text):
        lo, hi = doc.sentences_around(sentence_of(m.start()))
        if _UNGUARDED.search(text, lo, hi) and not _WARNING.search(text, lo, hi):
            reported.add(m.span())
    people = None  # walking the tokens for names only pays where consent was not asked
    for m in _NOT_ASKED.finditer(text):
        k = sentence_of(m.start())
        lo, hi = doc.sentences_around(k)
        sentence = bounds[k]
        if (not _PHOTO_CUE.search(text, lo, hi)
                or _WARNING.search(text, m.end(), sentence[1]) or _PIRACY.search(text, *sentence)
                or _ACCOUNT_POSTING.search(text, lo, hi) and not _PHOTO_THING.search(text, lo, hi)
                or (_CITY_WORK.search(text, lo, hi) and not _PEOPLE_NOT_ASKED.match(text, m.start()))
                or _paper_shot(text, m.start(), m.end())):
            continue
        reported.add(m.span())
        if people is None:
            people = person_mentions(doc) + caught
        prev_start = doc.sentences_around(k, 1, 0)[0]
        # the photo taken, told just before: 可愛すぎて思わずパシャリ。…内緒で載せちゃう
        reported.update(t.span() for t in _SNAPPED.finditer(text, prev_start, m.start()))
        for p in people:
            if prev_start <= p[0] < sentence[1] and not (p[0] < m.end() and p[1] > m.start()):
                owned = _PROPERTY.match(text, p[1])
                reported.add((p[0], owned.end()) if owned else p)
    yield from sorted(reported)


# Lyrics written out after a word for them: 歌詞が刺さる…⏎♪夜明けの橋を
# 渡るたび…♪, サビの「…」が泣ける.  The ♪ frame is looked for in the ORIGINAL
# text: normalization folds a line break and a ♪ between two Japanese
# letters (頭\nおかしい), so 「…刺さる\n♪夜明けの」 loses its opening ♪.
# Decorative ♪ (開催♪ …お越しください♪) frame no lyrics: a word for lyrics
# must stand in the same paragraph.
_LYRIC_WORD = lazy_regex.compile(r"歌詞|サビ|フレーズ|一節|歌い出し|[AB]メロ")
_FRAMED_LYRIC = lazy_regex.compile(r"♪[^♪\n]{16,300}♪")
# 好きな曲の歌詞⏎朝焼けの街を抜けて⏎君の待つ場所へ⏎…: three or more short
# verse lines under a word for lyrics (read in the original too: single line
# breaks between Japanese letters are folded away).
_VERSE_LINES = lazy_regex.compile(r"(?:歌詞|サビ|フレーズ|歌い出し)[^\n]{0,30}\n((?:[^\n:：0-9０-９#＃@]{4,40}\n){2,11}[^\n:：0-9０-９#＃@]{4,40})")
_QUOTED_LYRIC = lazy_regex.compile(
    r"(?:歌詞|サビ|フレーズ|一節|歌い出し|[AB]メロ)[^\n「『」』]{0,20}?[「『][^」』\n]{18,300}[」』]"
)


# 歌詞を全部書き写しておく。⏎⏎　川霧に濡れて…⏎　灯りがにじむ…: the copy
# announced at a paragraph's end and set out as the next paragraph (a blog's
# layout).  That paragraph is the copy when it is bracketed or verse: no
# sentence (。) in it, no hashtag or note in brackets.  Said not to be done
# (載せないで, 載せるのはダメ) it announces nothing.
_COPY_ANNOUNCED = lazy_regex.compile(
    r"(?:歌詞|詞)[^。\n]{0,24}?(?:書き写|写し|書き起こ|書き出|打ち込|載せ|のせ|貼|はっ|はり|上げ|あげ|転載|コピペ|コピー)"
    r"(?![^\n]{0,12}?(?:ない|ません|ダメ|だめ|いけ|NG|禁止))[^\n]{0,24}\n\n"
)
# 傘をたたんだ そのあとで⏎君の名前を…⏎⏎（…「しおり」より、歌詞ぜんぶ載せ
# ちゃいました）: verse set out first, the note after it saying it is the
# lyrics copied (read in the original: single line breaks fold away).
_VERSE_THEN_NOTE = lazy_regex.compile(
    r"(?:^|\n)((?:[^\n:：0-9０-９#＃@。．]{4,40}\n){1,11}[^\n:：0-9０-９#＃@。．]{4,40})\n\n"
    r"[（(]?[^\n]{0,30}?歌詞[^\n]{0,16}?(?:書き写|写し|書き出|書き起こ|打ち込|載せ|のせ|貼|転載|コピペ|全部|ぜんぶ|全文|フル)"
    r"(?![^\n]{0,12}?(?:ない|ません|ダメ|だめ|いけ|NG|禁止))"
)
_COPY_PARAGRAPH = lazy_regex.compile(r"[「『][^」』]{8,400}[」』](?=\n|$)|[^\n。#@(（]{8,300}(?=\n|$)")


def _original_spans(norm, spans):
    """Normalized (start, end) of original-text spans (those not empty there)."""
    for start, end in spans:
        lo, hi = from_original(norm, start, end)
        if lo < hi:
            yield lo, hi


@validator("quoted_lyrics", needs=(_LYRIC_WORD,))
def quoted_lyrics(doc):
    """Lyrics written out: framed by ♪ or quoted at length after 歌詞 / サビ,
    or set out as the paragraph after their copying is announced."""
    text = doc.text
    yield from (m.span() for m in _QUOTED_LYRIC.finditer(text))
    for m in _COPY_ANNOUNCED.finditer(text):
        copy = _COPY_PARAGRAPH.match(text, m.end())
        if copy:
            # from the announcement on: it names the song (the rule's
            # context words are read in the finding's sentences)
            yield m.start(), copy.end()
    norm = doc.norm
    original = norm.original
    for lo, hi in _original_spans(norm, (m.span(1) for m in _VERSE_LINES.finditer(original))):
        yield lo, hi
    # the verse and the note together: the note names the lyrics (歌詞), which
    # the rule's context words are read in
    for lo, hi in _original_spans(norm, ((m.start(1), m.end()) for m in _VERSE_THEN_NOTE.finditer(original))):
        yield lo, hi
    if "♪" not in original:
        return
    for lo, hi in _original_spans(norm, (m.span() for m in _FRAMED_LYRIC.finditer(original))):
        if hi <= lo:
            continue
        para_lo = text.rfind("\n\n", 0, lo) + 1
        para_hi = text.find("\n\n", hi)
        if _LYRIC_WORD.search(text, para_lo, para_hi if para_hi >= 0 else len(text)):
            yield lo, hi
