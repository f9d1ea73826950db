"""Matters still in the making (guideline 6(1)): 検討中・協議中・内示前・未公表…

Four detectors:

- ``deliberation_marker``: the words that say a matter is not decided or not
  yet announced (内定, 内示前, 公告前, ここだけの話, 住民にはまだ説明して
  いない, 予算案に入る予定, 値上げの方向で…);
- ``deliberation_process``: 検討中, 調整中, 協議している… — also said of
  private plans, so the rule around it asks for a city matter in sight, and
  the city's own voice (市では…検討を進めています) without any sign of
  inside knowledge is a public statement;
- ``deliberation_subject``: in a sentence with such a marker, the clause that
  says *what* is being deliberated (会場を変えるかどうか, 2校を統合する案), so
  the author sees the disclosed matter and not only the keyword — and, in
  the sentences next to it, the plan named (削減案って資料が…) or its
  particulars (候補地は…, 事業費は…);
- ``unannounced_plan``: a budget/personnel/fee plan (採用は15人に絞る予定,
  値上げの方向) told in a draft that also signals inside knowledge (実は,
  内緒, 部外秘, 会議資料, まだ言えない).  A published plan in an official
  notice has no such signal and stays clean.
"""

from __future__ import annotations


from typing import NamedTuple

from .. import lazy_regex
from .registry import validator
from .confidential import HIDDEN_MISCONDUCT
from .literal_precheck import LiteralPrecheck
from .draft_facts import once_per_draft
from .spans import clauses, paragraph_at, trim

# Parts of the administration a plan is worked out with.
_CITY_PARTNER = (
    r"(?:[一-龥]{1,6}(?<![日放賦])課|[一-龥]{0,4}(?:部|局|室)(?<![全一本外])|財政|人事|教育委員会|委員会|県|国|庁内|上層部|上|幹部|市長|副市長|首長"
    r"|部長|課長|議会|議員|担当課|関係課|所管課|原課|担当者?|企画|総務)"
)
_PROCESS = (
    # ご検討中の方へ / ご検討されている方: honorific ご is the READER weighing a
    # purchase or a move, never the city deliberating.
    # 補助金の審査中: an application the city has not decided on yet
    r"(?:(?<![ご御])検討|協議|調整|交渉|議論|精査|審議|審査|打診)(?:中|段階)"
    # Progressive only: "予算を調整します" describes a job, "調整しています" a matter on the table.
    r"|(?:(?<![ご御])検討|協議|調整|交渉|議論|審議|打診)(?:を)?(?:して|進めて|重ねて|続けて)(?:(?:い)?(?:る|ます|ました)|おり(?:ます|まし))"
    r"|(?:(?<![ご御])検討|協議|調整|交渉|打診)し(?:とる|よる|てる)"
    # Keigo and humble forms: 協議させていただいております, 交渉を進めさせていただいて.
    r"|(?:(?<![ご御])検討|協議|調整|交渉|議論|打診)(?:を)?(?:進め)?させて(?:いただいて|いただいと|もらって|もろうて)(?:(?:い)?(?:る|ます)|おり(?:ます|まし))"
    r"|(?:(?<![ご御])検討|協議|議論|調整|交渉)が(?:進んで|進められて|始まって|続いて)(?:い)?(?:る|ます)"
    r"|話し合い(?:中|を(?:して|し)(?:い)?る|の最中)|話し合って(?:い)?る(?:最中|ところ)"
    r"|話(?:し合い)?を(?:進めて|詰めて|煮詰めて)(?:(?:い)?(?:る|ます)|おり(?:ます|まし)|とる|よる|ちょる)"
    # 話 on its own (電話が出ています is a call going round, 会話が進んでいる a chat).
    r"|(?<![電通会])話が(?:出て|進んで|持ち上がって)(?:い)?(?:る|た|ます)|(?<![電通会])話が(?:出と|進んど|進みよ|持ち上がっと)(?:る|った|ります)"
    # A shortlist being narrowed: 候補を3か所まで絞り込み中, 2社に絞っとる, 選定中.
    r"|(?:絞り込み|絞込み|選定|選考|比較検討)(?:中|の最中|段階)|絞り?込んで(?:い)?る|絞っ(?:て(?:い)?る|とる|ちょる)"
    r"|[0-9一二三四五]+(?:か所|箇所|カ所|ヶ所|ケ所|案|社|業者|地区|候補)(?:まで|に)(?:絞|しぼ)(?:り込み中|り込んで(?:い)?る|り込みよる|って(?:い)?る|っとる|られて(?:い)?る|られとる)"
    r"|案が(?:浮上|出て(?:い)?る|出てる|上がって(?:い)?る|有力)|候補に(?:挙がって|上がって|なって)(?:い)?る"
    # まだ候補段階やけど: the sites or firms still only candidates
    r"|(?:まだ)?候補(?:の)?段階"
    # 第一候補になっとった / 最有力候補だ / 候補に挙がっとる (Kumamoto ている = とる)
    r"|(?:第[一1]|最有力|有力|一番の)候補(?:に|と|だ|で|は|って|として)|候補に(?:挙が|上が|あが|な)っと(?:る|った|ります)"
    # (根回ししておきますので: the writer's own favour promised, 5(1), no matter on the table)
    r"|(?:詰めて|固めて|根回しして)(?:い)?る(?:ところ|段階|最中)|根回し(?:中|して(?!おき|おく|おこ|おいて|あげ|やる|やろ|みる|くれ|もら|くださ|下さ))"
    # 熊本弁 progressive: 課内で詰めよるところ, 固めとる段階
    r"|(?:詰め|固め|根回しし)(?:よる|とる|ちょる)(?:ところ|とこ|段階|最中)"
    r"|決まりかけ|ほぼ決まり|ほぼ確定|内々に決ま|内々定|内々に打診|固まりつつ"
    # まだ予算案の段階やけど / 議長と市長の裏交渉: a plan still a draft, talks behind closed doors
    r"|(?:予算案|素案|原案|たたき台|計画案|条例案|構想)(?:の)?段階|裏交渉|裏取引|密約"
    # 揉む = to thrash a matter out (まだ庁内で揉んどる段階, 課内でもんでるところ);
    # massaging a shoulder has no 段階/最中, and 庁内で… is the office itself.
    r"|(?:揉|も)ん(?:で(?:い)?る|でる|どる|どう|じょる|でおり(?:ます)?)(?:段階|最中|ところ|途中)"
    r"|(?:庁内|役所内|市役所内|役所の中)(?:で|では)(?:まだ|今|いま)?(?:揉|もん|もま|検討|協議|議論|調整|話し合|詰め)"
    # A bill before it is tabled (来月の議会に出す条例案、…を入れる内容), and a
    # plan not yet explained to those concerned (地元説明はこれから).
    r"|(?:議会|委員会|審議会|庁議)に(?:出す|かける|提出する|上げる|諮る|出る)(?:予定の)?(?:条例案?|議案|補正予算案?|予算案|計画案?|素案|原案)"
    r"|(?:説明|報告|周知|公表|発表)(?:会)?(?:は|も)(?:まだ|これから|まだこれから|まだ先)(?!開催|行|実施|順次|始め)"
    # Working a matter out with another part of the administration: 財政課と詰めている,
    # 教育委員会と相談中, 県とすり合わせ中.  相談/詰める alone are as often private.
    rf"|{_CITY_PARTNER}(?:と|とも|との間で)(?:今|いま|まだ)?(?:相談|協議|調整|詰め|すり合わせ|擦り合わせ|かけあ|掛け合|話し合|交渉|折衝|やりあ|やり合|やりお|もめ|揉め|バトっ|戦っ|闘っ)"
    r"(?:い|っ)?(?:中|て(?:い)?る|てます|ている|とる|を(?:して|進めて|続けて)(?:い)?る)(?:最中|ところ|段階)?"
    # Public works still on the drawing board (公園の整備、いま設計中 / 改修工事は積算中):
    # a house is designed too, so the works are named just before the stage.
    r"|(?:整備|工事|改修|改良|補修|建設|建て替え|建替|新築|増築|移転|事業)[^。!?！？\n]{0,20}?"
    r"(?:基本設計|実施設計|設計|積算|策定|立案|計画|見積もり|見積り|見積)(?:中|の(?:最中|途中|段階)|段階|しよる|しとる|しちょる|して(?:い)?る(?:ところ|最中|段階))"
)
# Personnel decisions before they are announced.  内定 alone is also a
# student's job offer, so it counts only with a city matter in sight.
_PERSONNEL = r"内(?:々|内)?示"  # 内示, and 内々示 (the hint before it)
_OFFER = r"内定(?!式|者|通知|率|先)"
# A tender still to be advertised, told with the price the bidders must not
# know (来月公告予定の改修、予定価格は…): the price makes it the city's tender.
_TENDER_TO_COME = (
    r"(?:来月|来週|再来週|近く|近々|今度|年明け|年度内|今月中|今月末|[0-9]{1,2}月|[0-9]{1,2}日)(?:に|中に|の|頃|ごろ)?(?:入札)?(?:公告|公示|公表|発表)(?:する|される|かける)?(?:の)?(?:予定|見込み|方向)"
    r"(?=[^。!?！？\n]{0,60}?(?:予定価格|最低制限価格|設計金額|設計価格|設計書|積算|入札額|落札額|調査基準価格|上限額|見積額))"
)
_CONCLUDED_AFTER = r"(?![^。!?！？\n]{0,30}?(?:契約しと|契約して(?:い)?る|契約した|契約済|締結(?:済|した|して)))"
_BEFORE = (
    r"(?:公告|公表|発表|正式発表|報道発表|記者発表|情報解禁|解禁|告知|決裁|議会提出|議案提出|正式決定)前"
    # Bids not yet opened (まだ開札前やけど): an auction's too, so a city matter must be in
    # sight; 開札前の入札書 names a kind of paper kept (6(3)①), not the stage of a matter.
    r"|開札(?:の)?前(?!の)"
    # 印刷の入札準備中で、見積もりば取った三社: a tender still being got ready
    r"|入札(?:の)?(?:準備中|準備段階|準備しよる|準備しとる|準備して(?:い)?る)"
    # (非公表やけど…で契約しとる: a contract already made and kept quiet is a
    # secret of its terms, 6(3)①, not a matter still under deliberation)
    # (未公開株: the shares a swindler sells, no matter of the city's)
    r"|未公表|非公表" + _CONCLUDED_AFTER + r"|未発表|未公開(?!株)|非公開(?:の|で)(?:会議|資料|情報|案件|協議|話)"
    r"|(?:議会|委員会)に(?:出す|かける|諮る|提出する|上げる|出る|かかる|諮られる|上がる|出される)前|(?:報告書|結果|正式発表)(?:が)?出る前"
    # Before those concerned are told: まだ地元説明の前, 保護者説明会の前.
    r"|(?:住民|地元|保護者|市民|地域|地権者|関係者)(?:への|に|の)?(?:説明|報告|周知|発表)(?:会)?(?:の)?前"
    r"|(?:議会)?(?:同意|承認|議決|採決|可決|締結|契約|調印|合意)前(?:だ|の|で|なので|だから|だけど|ですが|やけん|じゃけん|やけど|じゃけど|ばってん|だし)"
    r"|(?:決裁|承認|議決|同意)待ち"
    r"|(?:発表|公表|公告|告知)(?:は|が)(?:まだ|来月|来週|明日|あさって|[0-9]{1,2}日|[0-9]{1,2}月)(?:だけど|ですが|なので|なのに|だから|の予定)"
    r"|正式(?:な)?(?:発表|公表|決定|表明)(?:は|が)(?:来月|来週|明日|あさって|[0-9]{1,2}月|[0-9]{1,2}日)"
    # Held back until a set day: 正式表明は12月議会までお預け, 発表までは伏せとって.
    r"|(?:発表|公表|表明|公開)(?:は|が)?[^。!?！？\n]{0,12}?まで(?:は)?(?:お預け|おあずけ|伏せ|内緒|ナイショ|秘密|オフレコ)"
    r"|" + _TENDER_TO_COME
)
# Said of a city matter these say it is not public; said of a diet or a
# birthday present (ここだけの話、ダイエット始めた) they are private talk.
# What a fan makes or runs (a sticker, a drawing, an account) and the answers
# given from it: "unofficial" of such a thing keeps no matter back.
_FAN_MADE = (r"(?:作っ|作り|作ろ|つくっ|アレンジ|描い|デザインし|グッズ|ステッカー|イラスト|ファンアート|アカウント|なりすま|成りすま"
             r"|(?:問い合わせ|質問|コメント|DM|リプ)(?:に|にも)[^。!?！？\n]{0,10}?(?:答え|返信|返し|対応し))")
_SECRECY = (
    # (熊本弁 内緒やけど / 内緒ばってん)
    r"ここだけ(?:の)?(?:話|秘密)|オフレコ|内緒(?:だけど|ですが|やけど|ばってん|じゃけど|の話|ね|にして|で|だよ|です|たい|ばい)|ナイショ"
    r"|誰にも言わないで|口外(?:しないで|禁止|無用)|他言無用|大きな声では言えない|外には出せない"
    # 広めないでね keeps a secret; 噂を拡散しないでください warns against rumours
    r"|(?<!噂を)(?<!デマを)(?<!うわさを)(?:広め|拡散し)ないで(?!ください|下さい|いただ|頂)"
    r"|まだ(?:言え|話せ|公表でき|発表でき|表に出せ|公にでき|書け)(?:ない|ません)"
    # 熊本弁: まだ表には出せん話, まだ言えんけど
    r"|まだ(?:表に(?:は)?出せ|公に(?:は)?でき|言え|話せ|書け)ん(?![ではとでも])"
    r"|まだ(?:公表|発表|公開|正式決定|公式発表|オープンに)(?:されて|して|になって)?(?:い)?(?:ない|ません)"
    r"|フライング(?:だけど|ですが|で|して|になる)|#フライング|先に(?:ちょっと)?(?:だけ)?(?:見せ|教え|バラ|公開)(?:ちゃう|ちゃいます|ます|る)|まだ誰も知らない|(?:まだ)?表に出て(?:い)?ない|(?:まだ)?公になって(?:い)?ない|正式(?:発表|決定)(?:は|が)?まだ|水面下で|非公式(?:に|な情報|の情報|な話)"
    # 非公式だけど、市のロゴでステッカー作ってみた: a fan-made thing, unofficial in
    # that sense (6(3)② when the city's logo is used), no matter kept back
    r"|非公式(?:だけど|ですが|やけど|ばってん)(?![^。!?！？\n]{0,40}?" + _FAN_MADE + ")"
)
# The same words spelt in katakana or hiragana to slip past a checker
# (ｺｺﾀﾞｹﾉﾊﾅｼ arrives here as ココダケノハナシ, NFKC having widened it).
_SECRECY_KANA = (
    r"(?:ココ|ここ)(?:ダケ|だけ)(?:ノ|の)?(?:ハナシ|はなし|話|ヒミツ|ひみつ|秘密)|ナイショ|ないしょ(?:だけど|ですが|の話|ね|にして|で|だよ|です)"
    r"|オフレコ|おふれこ|ダレニモ(?:イワナイデ|言わないで)|誰ニモ言ワナイデ|マダ(?:イエナイ|言エナイ|ハナセナイ)"
)
# "Keep it from the boss / my wife" (課長には内緒で) hides something from one
# person; it says nothing about a matter the city has not announced.
_KEPT_FROM_SOMEONE = lazy_regex.compile(
    r"(?<!住民)(?<!市民)(?<!地元)(?<!保護者)(?<!議会)(?<!マスコミ)(?:には|にも|に)(?:絶対)?(?:内緒|ナイショ)")
# (保護者には言ってないけど…のせちゃう: a photo put up without the parents' leave is
# a portrait matter (5.3), no plan kept from the public)
_PHOTO_POSTED_AFTER = r"(?![^。!?！？\n]{0,20}?(?:載せ|のせ|アップ|投稿し|上げ(?:ちゃ|と|る|た|ます)|あげ(?:ちゃ|と|る|た|ます)|貼|写真|動画|📸|📷))"
_NOT_TOLD = (
    r"(?:住民|地元|保護者|市民|議会|議員|マスコミ|記者|報道|地域)(?:の(?:皆さん|皆様|方々|方))?"
    r"(?:に|には|にも|へ|へは)(?:まだ)?(?:何も|なにも|一切)?(?:(?:説明|公表|発表|報告|周知)(?:して|されて|でき|し)|知らせて|伝えて|話して|言って)(?:い)?(?:ない|ません)(?:段階)?"
    + _PHOTO_POSTED_AFTER +
    # 熊本弁 and other dialect negatives: 説明しとらん, 話しちょらん, 言うとらん.
    r"|(?:住民|地元|保護者|市民|議会|議員|マスコミ|記者|報道|地域)(?:の(?:皆さん|皆様|方々|方))?"
    r"(?:に|には|にも|へ|へは)(?:まだ)?(?:何も|なにも|一切)?(?:(?:説明|公表|発表|報告|周知)(?:し|され)|知らせ|伝え|話し|言う|言っ)(?:とら|ちょら|とりませ|よら)(?:ん|な)"
    + _PHOTO_POSTED_AFTER +
    # A proposal not yet put to the assembly: まだ議会にも出していない.
    r"|(?:議会|委員会|庁議|審議会)(?:に|には|にも)(?:まだ)?(?:出して|かけて|諮って|上げて|提出して|出せて)(?:い)?(?:ない|ません)(?:段階)?"
    # まだ議会にも出しとらん話 (熊本弁 ている = とる)
    r"|(?:議会|委員会|庁議|審議会)(?:に|には|にも)(?:まだ)?(?:出し|かけ|諮っ|上げ|提出し)(?:とら|ちょら|よら)(?:ん|ない)"
    r"|(?:住民|地元|保護者|市民|議会|マスコミ)(?:には|にも)(?:まだ)?(?:内緒|ナイショ|秘密)"
    # Those the city must still negotiate with: まだ組合とも話してない段階.
    r"|(?:組合|労組|職員団体|地権者|関係団体|地元|相手方|先方)(?:と|とも|とは|に|には|にも)(?:まだ)?(?:話して|話し合って|協議して|相談して|交渉して|説明して|話が(?:つ|でき)いて)(?:い)?(?:ない|ません)"
)
# A budget still being drawn up inside the office: its assessment (予算査定,
# ゼロ査定, 3割カットで査定), the departments' requests, the drafting stage.
# A 予算案 the city has tabled is public; its 査定 is not.
_BUDGET_DRAFTING = (
    # (予算の要求を取りまとめます, 予算編成で忙しい describe the job, not a matter)
    r"予算(?:案)?(?:の)?(?:査定|要求|編成)(?:中の(?:資料|案|内容)|段階|の(?:途中|最中|段階|資料|結果)|資料|結果)"
    r"|(?:ゼロ|満額|[0-9一二三四五六七八九十]+割(?:カット|減|削減)?|減額|削減|カット)(?:で|に)?査定"
    r"|査定(?:で|によって|の結果)?[^。!?！？\n]{0,20}?(?:削られ|削減され|落とされ|切られ|カットされ|ゼロにされ|認められ(?:なかっ|ん|ない))"
)
_BUDGET_PLAN = (
    r"(?:来年度|再来年度|次年度|新年度|当初|補正)?予算案?に(?:[、,]?[^。!?！？\n]{0,25}?(?:が|も|を)?)?(?:入る|入れる|入っと|入っちょ|盛り込む|盛り込まれる|計上される|計上する|載る|乗る|つく|付く)"
    r"(?:予定|見込み|方向|らしい|って|みたい|ごた|げな)"
)
# Whether an item goes into the budget: 予算に給食費の無償化を入れるかどうか.
_BUDGET_QUESTION = (
    r"予算(?:案)?に[^。!?！？\n]{0,20}?(?:入れる|入る|盛り込む|盛り込める|計上する|載せる|乗せる|つける|付ける)(?:か(?:どうか|否か)|かで|かを)"
)
_DIRECTION = (r"方向で(?:(?:課内|庁内|部内|内部|係内|上|担当課|財政課?)(?:で|と)(?:も)?)?(?:検討|協議|調整|進め|動いて|動いと|動きよ|話が進んで|話が進んど|話が進みよ|話が進められて|話が出て|話が出と|固まり|まとまり|詰め|すり合わせ|擦り合わせ|根回し)"
              r"[ぁ-ん]{0,4}")
_NEGOTIATION = (
    r"(?:契約|条件|価格|用地|買収|誘致|賃料)交渉"
    r"|交渉(?:が|も|は)?(?:大詰め|最終段階|難航|山場|ヤマ場|佳境|まとまりそう)"
)
# The stage or kind of a negotiation: 来月が最終交渉, 補助の増額交渉.  Also
# said of pocket money or a part-time wage, so a city matter must be in sight.
_NEGOTIATION_STAGE = (
    r"(?:増額|減額|値上げ|値下げ|単価|補助|補助金|委託料|運賃|補償|最終|本)交渉"
    r"|交渉(?:は|が)(?:来月|来週|明日|年内|年明け|[0-9]{1,2}月|[0-9]{1,2}日)"
)
_LEAK_TEASER = (
    r"決まったら(?:大|ちょっとした|かなりの|みんな)?(?:驚く|びっくり|でかい|大きい|すごい|ニュース|話題|騒ぎ|騒動)"
    r"|(?:実は|内々に|裏で|もう)(?:ほぼ)?決まって(?:い)?る(?:けど|が|んだ|らしい|って)"
    # Settled behind closed doors, told in dialect: 課内ではもう決まっとる.
    r"|(?:庁内|課内|部内|内部|上層部|幹部|内々)(?:で|では|的には)?(?:は)?(?:もう|既に|すでに)?(?:ほぼ)?決まっ(?:とる|ちょる|とう|てる)"
)

# Markers that say by themselves that a city matter is unannounced: only
# officials speak of 内示, 公告前, 議会に出す前, 予算案に入る.
# 公告 is procurement language: only the city announces a tender.
_TENDER_BEFORE = r"(?:入札)?公告(?:の)?前"
# Settled inside the office, not yet put to the assembly or the public:
# 庁内調整済み, 上層部の了承済み, 議会に出すことで調整がついた.
_SETTLED_INSIDE = (
    r"(?:庁内|課内|部内|庁議|上層部|幹部|内部)(?:で|の|では|的には)?(?:調整|合意|了承|根回し|すり合わせ|擦り合わせ|意思統一)"
    r"(?:は|も|が)?(?:もう|既に|すでに)?(?:済み|済|済ん|つい|でき|取れ|とれ|終わっ)"
    r"|(?:議会|委員会)に(?:出す|かける|諮る|提出する|上げる)(?:ことで|方向で|線で)(?:調整|合意|了承|話)"
)
_OFFICIAL = lazy_regex.compile("|".join(f"(?:{p})" for p in (_PERSONNEL, _NOT_TOLD, _BUDGET_PLAN, _BUDGET_DRAFTING, _NEGOTIATION, _TENDER_BEFORE, _SETTLED_INSIDE)))
# Markers that need a city matter in sight (CITY_MATTER) to mean a leak.
_CONDITIONAL = lazy_regex.compile("|".join(f"(?:{p})" for p in (_OFFER, _SECRECY, _SECRECY_KANA, _DIRECTION, _LEAK_TEASER, _NEGOTIATION_STAGE, _BUDGET_QUESTION)))
# 公表前, 未発表… are formal words: an organisation dealing with the city
# (a hospital closing a ward, a factory leaving) is enough in sight.
_BEFORE_RE = lazy_regex.compile(_BEFORE)
_TENDER_TO_COME_RE = lazy_regex.compile(_TENDER_TO_COME)
_ORGANISATION = lazy_regex.compile(r"病院|医院|工場|企業|会社|事業所|デイサービス|老人ホーム|介護施設|福祉施設|農場|養鶏場|養豚場|牧場|酪農場|(?<![一-龥])[^\s、。]{1,8}社(?![会長員内])|業者|法人|銀行|学校|組合|協会|団体")
_STRONG = lazy_regex.compile(f"{_OFFICIAL.pattern}|{_CONDITIONAL.pattern}|{_BEFORE}")
# "Being considered" alone: also said of a private plan (旅行先を検討中).
_PROCESS_ONLY = lazy_regex.compile(f"(?:{_PROCESS})")
MARKER = lazy_regex.compile(f"{_STRONG.pattern}|{_PROCESS_ONLY.pattern}")
# Cheap tests first: of the paragraphs the validators run on, over half
# lack every literal one marker pattern needs (for each of the four).
_OFFICIAL_PRECHECK = LiteralPrecheck(_OFFICIAL)
_CONDITIONAL_PRECHECK = LiteralPrecheck(_CONDITIONAL)
_BEFORE_PRECHECK = LiteralPrecheck(_BEFORE_RE)
_PROCESS_PRECHECK = LiteralPrecheck(_PROCESS_ONLY)

# A matter of the city or of those dealing with it.  Deliberately narrow:
# words such as 会議, 計画, 学校, 会社, 料金 or 年度 are just as often about a
# family trip, a school festival or a phone plan.
CITY_MATTER = lazy_regex.compile(
    r"市役所|役所|市長|副市長|市議|議会|議員|議案|庁内|庁議|庁舎|本庁|支所|出張所|県庁"
    r"|(?:(?<![一-龥])|山鹿)市(?:の|が|は|では|として|から|側|当局|と(?:の)?(?:交渉|協議|契約|買い取り|買取|調整|相談|話し合|詰め|すり合わせ))|(?<![一-龥])本市|市営|市立|市有|行政|自治体"
    # the city's own history the archive compiles (市史近現代編, 市史講座) and the
    # city's audit of a care provider (監査で分かった不正請求)
    r"|(?<![一-龥])市史|市誌|(?:指導|実地)?監査(?:で|の結果|結果)|実地指導"
    r"|(?:市民|住民)(?:の(?:皆|方)|に|へ|には|説明|負担|サービス|生活|投票)"
    r"|教育委員会|実行委員会|審議会|委員会|部長会議|幹部会議|課長会議"
    r"|(?:課|部|局|室|所)長|係長|課長補佐|主幹|(?<![一-龥])(?:うちの|隣の|同じ)(?:課|係|部|部署)|[一-龥]{1,4}(?<![日放賦])課(?:で|の|は|が|内)|部署"
    r"|予算案|当初予算|補正予算|予算要求|予算査定|来年度(?:の)?予算|市の予算|予算(?:を)?(?:削|つけ|計上)"
    r"|条例|規則の改正|人事|異動|昇進|昇格|職員採用|採用試験|採用人数|採用枠|職員の(?:定数|給与)"
    r"|入札|落札|指定管理|委託(?:先|契約|業者|見積|料|費)|業者選定|契約交渉|用地|地権者|補助金|交付金|施策|誘致"
    # 民間委託にする方向, 案が課内で検討中: the office's own work and rooms; the count
    # of an election the city runs (開票区, 中間集計, 投票率)
    r"|民間委託|外部委託|業務委託|(?<![一-龥])(?:課|係|部|局)内(?:で|では|の)|開票(?:区|所|結果|速報|作業|状況)|中間集計|投票率"
    # A public facility's naming rights, sold only by the body that owns it.
    r"|命名権|ネーミングライツ"
    # The city hospital's services cut or reshaped (外来を週2に縮小, 病床削減案) and
    # the finance section a plan is worked out with (財政と協議中).
    r"|(?:外来|病床|病棟|診療科|診療体制|救急外来)[^。!?！？\n]{0,6}?(?:縮小|削減|休止|廃止|再編|統合|新設|集約)"
    r"|財政(?:課)?(?:と|との)(?:協議|調整|相談|交渉|詰め|折衝)"
    # Elections the city's election board runs (選管, 開票所, 期日前投票所) and the fire
    # service's dispatch (指令システム, 消防本部): only the administration has these.
    r"|選管|選挙管理委員|開票所|開票作業|投票所|期日前投票|投票時間|指令(?:台|センター|システム)|消防本部"
    # The city's own measures and departments named: 市独自の上乗せ補助, 山鹿市スポーツ振興課.
    r"|(?<![一-龥])市(?:独自|単独)|山鹿市[一-龥ァ-ヶー]{1,8}(?<![日放賦])(?:課|部|室|係)"
    # A subsidy's terms or fate (補助率は3分の2, 補助は来年度で打ち切り, 新しい補助);
    # 補助 alone is also a helper or training wheels.
    r"|補助率|上乗せ補助|補助(?:の|を|は|が|も)?(?:打ち切|廃止|縮小|拡充|新設|創設|増額|減額)|(?:新しい|新しか|新たな|新規の?)補助"
    # The head of a public institution still to be chosen: 新院長, 次期館長.
    r"|(?:新|次の|次期)(?:院長|館長|園長|教育長|消防長|支所長|センター長)"
    # Where a new public facility goes: 新しいリサイクルセンターの場所.
    r"|(?:新しい|新しか|新)[一-龥ァ-ヶー]{0,8}(?:センター|施設|庁舎|斎場|処理場|浄水場|公園)(?:の)?(?:場所|建設地|建設予定地|用地|候補地|予定地)"
    r"|統廃合|統合|廃止|閉校|休校|民営化|候補地|建設場所"
    # Taxes the city levies and how they are paid (市税の納付方法にカード払い);
    # public health services only a municipality runs (乳幼児健診の会場,
    # 特定健診の委託, 予防接種の対象); a venue or office merged (会場を鹿央に集約).
    # (市税 alone is also the collection work itself: 市税滞納整理の方針)
    r"|市税(?:の)?(?:納付|納め方|税率|減免|課税方法)|(?:納付|納税)(?:の)?(?:方法|手段|窓口)"
    r"|(?:乳幼児|特定|集団|住民|妊婦|[0-9一二三]歳児?)健診|(?:がん|集団|住民)検診|予防接種|健診(?:の)?(?:会場|委託|日程)"
    r"|(?:会場|窓口|施設|拠点|支所|出張所|教室)を[^。!?！？\n]{0,10}?集約|子育て(?:応援|支援)"
    # Work shared with neighbouring municipalities: 消防の広域化, 一部事務組合, 町との合併.
    r"|広域化|広域連携|広域連合|定住自立圏|一部事務組合|(?:市町村|自治体)合併|(?:市|町|村)(?:と|との)(?:合併|統合)"
    r"|(?:消防|救急|水道|ごみ処理|し尿処理)(?:本部|署|事業)?(?:の)?(?:統合|再編|共同化|一元化|共同運営)"
    # A public facility sold or handed over: 民間に売却, 民間譲渡, 施設の払い下げ.
    r"|(?:民間|民間企業|民間事業者)(?:に|へ|への)(?:売却|譲渡|売り渡|払い下げ|移管|貸し出|売る|譲る)|民間(?:譲渡|移譲|売却)|施設(?:の)?(?:売却|譲渡|払い下げ)"
    r"|(?:使用料|入浴料|手数料|保険料|税|料金|ごみ袋|ゴミ袋|水道)(?:の)?(?:値上げ|値下げ|改定|見直し|引き上げ|引き下げ)"
    # A public charge going up or down, said with a verb (入湯税が上がる方向,
    # 国保税は据え置きで, 宿泊税を入れるかどうか): only a government levies a
    # tax or sets these fees; a shop's price or a gym's fee is not here.
    r"|(?:(?<![一-龥])(?!消費|所得|贈与|相続|源泉|法人|国税)[一-龥]{1,5}税|税率|使用料|利用料|入浴料|入館料|入湯料|手数料|保険料|保育料|給食費|水道料金?|下水道料金?|ごみ袋|ゴミ袋|指定袋)"
    r"(?:の|が|は|も|を)?(?:[^。!?！？\n]{0,8}?)(?:上が|下が|上げ|下げ|倍|増税|減税|増額|減額|据え置|導入|新設|廃止|無料|有料|値上|値下|引き上|引き下|入れる)"
    r"|公共施設|公民館|給食センター|ごみ処理場|清掃センター"
    # Services and works only a municipality runs: ごみの収集回数, 護岸工事, 予定価格.
    r"|(?:ごみ|ゴミ|資源ごみ|粗大ごみ)(?:の)?(?:収集|回収)|収集(?:日|回数|場所|所)|(?:ごみ|ゴミ|し尿)処理(?:場|施設)|清掃工場|焼却(?:場|施設|炉)|浄水場|斎場|火葬場"
    r"|公営住宅|市営住宅|市道|(?:運営|業務|管理|清掃|給食)(?:の)?委託|委託料|予定価格|最低制限価格|公共工事"
    r"|(?:護岸|道路|橋梁|河川|堤防|耐震|舗装|下水道?|上水道|水道|庁舎)(?:の)?(?:改修|補修|整備)?工事"
    r"|職員(?:の)?(?:定数|給与|給料|ボーナス|賞与|手当|数)|(?:職員|労働)組合"
    # Another department named as the party the author works with: 財政課と, 福祉課に.
    r"|[一-龥]{1,6}(?<![日放賦])課(?:と|に|から|へ|側)"
    # Public benefits and services: 医療費の助成, 給食費の無償化, 祝い金, タクシー券.
    r"|助成|給付金|(?:児童|扶養|子育て|住宅)?手当(?:を|の|が)|無償化|無料化|減免|医療費|祝い金|応援金|支援金|奨励金|補助制度"
    r"|タクシー券|商品券|敬老|ひとり親|子育て支援|コミュニティバス|乗合タクシー|デマンド(?:交通|タクシー)|給食費|保育料"
    r"|対象(?:年齢|者)?を[^。!?！？\n]{0,12}?(?:広げ|拡大|引き上げ|引き下げ|絞|限定)|制度(?:の)?(?:見直し|改正|拡充|新設|創設|廃止)"
)
# The city's own events and facilities: a change to them is a city matter,
# but only when the same sentence speaks of it (a visitor's plan to go there
# is caught by _PRIVATE_PLAN).
_CITY_PLACES = lazy_regex.compile(r"灯籠まつり|八千代座|さくら湯|道の駅|市民プール|図書館|体育館|運動公園|公園|温泉プラザ|博物館"
                          r"|ゆるキャラ|(?:市の|公式)(?:マスコット|キャラ)|マスコットキャラ|ふるさと納税|返礼品|シティプロモーション")


# What the city may decide about its places and events.
_PLACE_MATTER = lazy_regex.compile(
    r"閉館|休館|開館|閉鎖|廃止|移転|改修|改装|リニューアル|建て替え|建替|取り壊|解体|工事|着工|新設|増設|値上げ|値下げ|料金|入浴料|入館料|使用料|無料化|有料化"
    r"|(?:有料|無料)に(?:な|す)|命名権|ネーミングライツ"
    r"|民営化|指定管理|委託|統合|売却|予算|中止|延期|縮小|拡大|規模|日程|会場|ゲスト|出演|花火|営業時間|開館時間|定休|休業|営業(?:を)?(?:やめ|終了)"
    r"|オープン|開催|計画|構想|案(?:が|は|を|で)|方針|方向|予定|決ま|決定|内定|検討|協議|調整|採用|人事|異動|キャラ|デザイン|返礼品"
)
# Public events and services: a city matter only when the author also
# signals inside knowledge (来年の花火大会、中止の方向で調整中。まだ言えない).
_PUBLIC_EVENTS = lazy_regex.compile(r"花火大会|まつり|祭り|大会|イベント|路線|バス|運行|窓口|開館|休館|施設")


class DraftContext(NamedTuple):
    """What the four validators read in the whole draft rather than in the
    paragraph they report in (the facts of each paragraph, see
    validators/__init__.py): whether a marker counts, and whether the draft
    is an official notice, depends on words anywhere in it."""
    city_matter: bool    # a city matter named somewhere (CITY_MATTER)
    organisation: bool   # an organisation named somewhere (公表前 of a hospital…)
    insider: bool        # a sign of inside knowledge somewhere (INSIDER)
    official_notice: bool  # the city's voice or a notice, and no insider sign
    city_place: bool     # one of the city's places or events named somewhere


@once_per_draft
def draft_context(draft) -> DraftContext:
    # (read in the whole draft at every check, re-checks too: the literals
    # first, since a draft lacks those of most of these patterns)
    text = draft.text
    insider = _INSIDER_PRECHECK.found_in(text)
    return DraftContext(
        city_matter=_CITY_MATTER_PRECHECK.found_in(text),
        organisation=_ORGANISATION_PRECHECK.found_in(text),
        insider=insider,
        official_notice=not insider and (_OFFICIAL_VOICE_PRECHECK.found_in(text) or _NOTICE.search(text) is not None),
        city_place=_CITY_PLACES.search(text) is not None,
    )


def _draft_facts(draft, start: int, end: int) -> DraftContext:
    # The same whole-draft answers for every paragraph: the rest of what the
    # validators read lies in the paragraph (a marker's sentence, its
    # neighbours up to a blank line).
    return draft_context(draft)


def _city_in_sight(doc, ctx: DraftContext, pos: int, events: bool = False) -> bool:
    if ctx.city_matter:
        return True
    lo, hi = doc.sentence_at(pos)
    if _PRIVATE_PLAN.search(doc.text, lo, hi):
        return False
    if _CITY_PLACES.search(doc.text, lo, hi):
        # ここだけの話、さくら湯は朝イチが空いとる: a tip about the place, not
        # a matter of the city; a change to it (休館, 値上げ, 改修…) is.
        return _PLACE_MATTER.search(doc.text, lo, hi) is not None
    # The matter named in the sentence before: 八千代座の改修、業者の見積もりが
    # 出そろった。どこに決めるかはまだ協議中です.
    if events and lo > 0:
        p_lo, p_hi = doc.sentence_at(lo - 1)
        if "\n\n" not in doc.text[p_lo:lo] and _CITY_PLACES.search(doc.text, p_lo, p_hi) and _PLACE_MATTER.search(doc.text, p_lo, p_hi):
            return True
    # Only for 検討中/調整中…: "ここだけの話、今度の大会でキャプテン" is private.
    return events and _PUBLIC_EVENTS.search(doc.text, lo, hi) is not None and ctx.insider
# A person weighing their own errand (灯籠まつりに行くかどうか検討中).
_PRIVATE_PLAN = lazy_regex.compile(
    r"(?:行く|行こう|行ける|出かける|買う|買おう|食べる|食べよう|着る|着て行く|泊まる|見に行く|予約する|申し込む|応募する"
    r"|参加する|参加しよう|乗る|頼む|選ぶ|誘う|持って行く)(?:か|かどうか|かな|べきか)"
    r"|どこ(?:に|へ|で)?(?:する|行く|泊まる)か|何(?:を|に)する|誰と行く"
    # A voter's own choice (どの候補にするか検討中, 誰に入れるか迷う); どの候補地 is the city's.
    r"|(?:誰|だれ)に(?:入れる|投票する|する)か|どの(?:候補|人|党)(?!地)に(?:入れる|投票する|する)か"
)
# What is being deliberated: a yes/no question, a proposal, a direction, a
# plan, or a sensitive topic (fees, staff, closures…).
_SUBJECT = lazy_regex.compile(
    r"かどうか|か否か|するか(?:しないか)?|案(?:を|が|は|で|に|について)|方向|方針|計画|構想|組織改編|機構改革|再編|統廃合"
    r"|人事|異動|採用|予算|値上げ|値下げ|料金|使用料|入浴料|統合|廃止|閉鎖|閉校|移転|撤退|誘致|削減|縮小|民営化|建て替え|売却"
    r"|建設場所|候補地|委託先|指定管理|業者選定|休館|休止|閉園|閉館|入札|発注|工事|改修|リニューアル|着工|新設"
    r"|案(?=[、,。!?！？]|$)"
    r"|次の(?:副市長|教育長|部長|課長|支所長)|[一-龥]{0,4}(?:長|補佐|主幹|主査|参事|理事|監)(?:で|に)(?:決|内定|昇|異動|なる|なった|内示)|[一-龥](?:課|係|部|支所)へ"
    # Who goes where, told as a posting: 西村さんが図書館長, 田中係長は税務課へ,
    # 福祉課から2人来る, うちの係から3人抜ける, 教育委員会に出向.
    r"|(?:さん|氏|君|くん|ちゃん|係長|課長|主任|主査|補佐)(?:が|は)[一-龥ァ-ヶー]{0,6}(?:長|補佐|主幹|主査|参事|理事|監|主任)(?![一-龥])"
    r"|(?:課|係|部|局|支所|センター|室|委員会)(?:から|より)[0-9一二三四五六七八九十何]{1,3}人"
    r"|[0-9一二三四五六七八九十何]{1,3}人(?:が|も)?(?:来る|来ん|くる|入る|増える|減る|抜ける|移る|出る|いなくなる|異動)"
    r"|(?:課|係|部|局|支所|センター|室|委員会)(?:に|へ)(?:異動|転出|出向|移る|移って|行く|行か|回さ|飛ばさ|戻る)"
    # Terms on the table: 4,000万まで下げたい, 年間4,500万を要求.
    r"|(?<![0-9])(?<![0-9][,.])[0-9][0-9,.]*(?:万|億|千)円?|(?:まで|以下に|以内に)(?:下げ|抑え|上げ|減ら)"
)

# The particulars of a matter told next to the marker: where, with whom,
# when, how big; or the plan itself named (削減案って, 統合計画は).
_DETAIL = lazy_regex.compile(
    r"(?:候補地|予定地|建設(?:場所|予定地)|用地|委託先|相手方|交渉相手|事業費|総額|規模|開始時期|実施時期)(?:は|が|も|って)"
    r"|[一-龥ァ-ヶー]{1,10}[ぁ-ゖ]?(?:案|計画|構想|方針)(?:って|は|が|を|について)"
)


# The city's own voice telling the public what it is working on
# ("市では…検討を進めています", "現在、県と協議中です。決まり次第お知らせ
# します") is a published statement, not a leak — unless the draft also
# signals inside knowledge.
_OFFICIAL_VOICE = lazy_regex.compile(
    r"(?:本市|(?<![一-龥])市|山鹿市|当課|当館|当センター|当施設|市役所|実行委員会|事務局)(?:では|として(?:は)?|は現在)"
)
_NOTICE = lazy_regex.compile(
    r"決まり次第|決定次第|改めて(?:お知らせ|ご案内|ご連絡)|追って(?:お知らせ|ご連絡)|後日(?:お知らせ|発表)"
    r"|お知らせ(?:します|いたします)|ご案内(?:します|いたします)|ホームページ|広報やまが|お問い合わせ|問い合わせ先"
    r"|ご理解|ご協力(?:を|ください|お願い)|ご覧ください|お待ちください|ご不便|ご迷惑"
    r"|【[^】\n]{0,20}(?:お知らせ|課|市|センター|委員会|事務局)[^】\n]{0,10}】|パブリックコメント|傍聴|公開で|公開します"
)


def _kept_from_someone(text: str, start: int, end: int) -> bool:
    for m in _KEPT_FROM_SOMEONE.finditer(text, max(0, start - 8), end):
        if m.start() < end and m.end() > start:
            return True
    return False


# A student's or a relative's job offer (就職が内定した高校生, 企業から内定):
# no personnel decision of the city.
_JOB_OFFER = lazy_regex.compile(r"(?:就職|就活|企業|会社|社)[^。!?！？\n]{0,10}内定|内定(?:を)?(?:もらっ|いただ|貰っ|頂)")


def _job_offer(text: str, start: int, end: int) -> bool:
    return any(m.start() < end and m.end() > start for m in _JOB_OFFER.finditer(text, max(0, start - 14), end + 6))


def _once_per_document(func):
    """Four validators ask for the same markers of a paragraph's Document:
    find them once (kept in the Document like its own cached properties,
    with the draft's context they were found in)."""
    key = "_deliberation" + func.__name__

    def cached(doc, ctx: DraftContext) -> list[tuple[int, int]]:
        seen = doc.__dict__.get(key)
        if seen is None or seen[0] != ctx:
            seen = doc.__dict__[key] = (ctx, func(doc, ctx))
        return list(seen[1])
    cached.__doc__ = func.__doc__
    return cached


# "内緒ね" after where the cameras miss or where a key hangs keeps a
# security arrangement quiet (6(3)③), not a matter being decided; so does
# 他言無用 after how a safe or a door opens (ダイヤルは右37, 解錠の番号).
_SECURITY_TOPIC = lazy_regex.compile(
    r"死角|防犯カメラ|監視カメラ|(?:鍵|カギ|合鍵|合い鍵)(?:は|の場所|の置き場)|暗証|パスワード|巡回|警備|セキュリティ|キーボックス|金庫|ダイヤル|(?:解錠|開錠|施錠)(?:の)?(?:番号|方法|コード)|入館証")
_SECRECY_ONLY = lazy_regex.compile(f"(?:{_SECRECY})|(?:{_SECRECY_KANA})")


def _beside_in_paragraph(doc, start: int) -> tuple[int, int, int]:
    """(start of the sentence before, end of the sentence holding `start`,
    end of the sentence after): the marker's sentence and its neighbours,
    never past its paragraph (across a blank line is another matter)."""
    k = doc.sentence_index(start)
    hi = doc.sentence_bounds[k][1]
    p_lo, p_hi = paragraph_at(doc.text, doc.sentence_bounds[k][0])
    w_lo, w_hi = doc.sentences_around(k)
    return max(w_lo, p_lo), hi, min(w_hi, p_hi)


def _security_secret(doc, start: int) -> bool:
    w_lo, hi, _ = _beside_in_paragraph(doc, start)
    return _SECURITY_TOPIC.search(doc.text, w_lo, hi) is not None and _SUBJECT.search(doc.text, w_lo, hi) is None


def _hides_misconduct(doc, start: int) -> bool:
    """内緒 after a favour done for a gift (順番を入れ替えといた, 商品券でお礼):
    one's own misconduct kept quiet (5(1), 5(6)③), not a matter being decided."""
    w_lo, hi, _ = _beside_in_paragraph(doc, start)
    return HIDDEN_MISCONDUCT.search(doc.text, w_lo, hi) is not None


# 商品券10万出すって…受け取る方向で調整中: whether to take a gift for a
# favour is one's own misconduct (5(1), 5(2), 5(6)③), no matter the city is
# deciding.  Slots: a gift or favour in the window × taking or refusing it
# as what is weighed.
_TAKING_IT = lazy_regex.compile(
    r"(?:受け取|受けと|もら|もろ|貰|頂|いただ|断|返)(?:る|う|っとく|っておく|ろう|とう|っちゃう|ちゃう)?(?:か(?:どうか|否か)?|方向|方針|つもり)")


def _taking_a_gift(doc, start: int) -> bool:
    lo, hi = doc.sentence_at(start)
    return _TAKING_IT.search(doc.text, lo, hi) is not None and _hides_misconduct(doc, start)


# ここだけの話…と言いたいところですが、公開のお許しをいただきました: the
# secrecy is taken back at once.
_TAKEN_BACK = lazy_regex.compile(r"[…‥.。、]*(?:と|って)言いたい(?:ところ|けど|んです|のですが)")
_RELEASED = lazy_regex.compile(r"公開の(?:お)?許し|公開(?:の)?許可|掲載(?:の)?(?:お)?許し|掲載許可|(?:公開|掲載|紹介)して(?:も)?(?:いい|よい|OK)")
# 食べたのは内緒です: the writer's own small doing kept quiet, in fun.
_OWN_DOING_KEPT = lazy_regex.compile(r"(?:た|だ)のは(?:内緒|ナイショ|ないしょ|秘密)")


# 誰に入れたかは内緒ね: a voter's own ballot kept secret, no matter of the city.
_OWN_VOTE = lazy_regex.compile(r"(?:誰|だれ|どこ|どの候補|どの人|どの党)に(?:入れ|投票し)(?:た|る|よう)か")


# …ステッカーにした😆 かわいくない？非公式やけどね: the fan-made thing told
# first, its being unofficial owned after it (the sentence or the one before).
_FAN_MADE_RE = lazy_regex.compile(_FAN_MADE)
_FAN_MADE_REACH = 80


def _no_secret_kept(doc, start: int, end: int) -> bool:
    text = doc.text
    if _TAKEN_BACK.match(text, end):
        return True
    lo, hi = doc.sentence_at(start)
    if text.startswith("非公式", start) and _FAN_MADE_RE.search(text, max(paragraph_at(text, lo)[0], start - _FAN_MADE_REACH), start):
        return True
    if _OWN_VOTE.search(text, lo, hi):
        return True
    if _RELEASED.search(text, lo, hi):
        return True
    return _OWN_DOING_KEPT.match(text, max(lo, start - 3)) is not None and CITY_MATTER.search(text, lo, hi) is None


# 非公表の予定価格, 部外秘の数字なので内緒で, 件数は17件（非公表）: a figure
# kept secret for good, of a matter already done (a tender let last year, a
# count of last year), is a secret of the city (6(3)①), not a matter still
# being decided.  まだ非公表 (not yet) is; so is any secret told with a sign
# of what is still to come (予定, 方向, 候補, 来月, 公告…) next to it.
_KEPT_SECRET = lazy_regex.compile(r"(?<!まだ)(?<!いまだ)(?<!未だ)非公表")
_SECRET_RECORD_LABEL = lazy_regex.compile(r"部外秘|社外秘|極秘|マル秘|㊙|秘扱い|(?<!まだ)非公表|内部(?:資料|文書|データ|の集計|の数字)")
_STILL_TO_COME = lazy_regex.compile(
    r"まだ|未だ|予定(?!価格)|見込み|方向(?!性)|方針|案(?:が|は|を|で|に|の|って)|候補|検討|協議|調整|交渉|内定|内示|内々"
    r"|決ま(?:っ|り|る)|固ま|来年|来月|来週|再来|次(?:の|回)|今度の|これから|近く|近々|公告(?!済|し|さ|中)|(?:発表|公表|議会|説明)(?:の)?前"
)


# 「ここだけの話」――こんな言葉が出たら詐欺を疑って, 「ここだけの話なんですけど…」
# というお悩みも: the secrecy word opens a short quotation, a phrase cited (a
# swindler's opener, a caller's words), not a secret the writer keeps.
_CITED_PHRASE_REACH = 16


def _cited_phrase(text: str, start: int) -> bool:
    o = text.rfind("「", max(0, start - 2), start + 1)
    return o != -1 and text.find("」", start, start + _CITED_PHRASE_REACH) != -1 and text.find("。", start, text.find("」", start)) == -1


# ここだけの話、実は私、虫がほんとに苦手で / 大きな声では言えないんですが、○○地区は
# おすすめしません: with nothing of a matter in the sentence or those beside it (no
# city matter, nothing being decided, nothing still to come), the secrecy words
# keep a personal confidence or the writer's own opinion (5(6)② when it is a
# prejudice), not a matter of the city.
def _nothing_of_a_matter(doc, start: int) -> bool:
    w_lo, _, w_hi = _beside_in_paragraph(doc, start)
    text = doc.text
    return not any(p.search(text, w_lo, w_hi) for p in (_STILL_TO_COME, CITY_MATTER, _SUBJECT, _CITY_PLACES, _PLAN))


# 卸さんの特別単価…「よそには言わんで」と言われとるけん、ここだけの秘密: a
# supplier's own price or terms, kept quiet at its asking, is a secret of a
# party dealing with the city (6(3)①), not a matter being decided.
_PARTNER_TERMS = lazy_regex.compile(r"(?:特別|納入|仕入れ?|卸)(?:単価|価格|値)|卸値|単価表|価格表|取引条件|値引き率|割引率|掛け率")


def _finished_matter_secret(doc, start: int) -> bool:
    """Nothing still to come in the marker's sentence or those beside it
    (within its paragraph): the secret is a figure of a matter done, or a
    partner's terms."""
    w_lo, _, w_hi = _beside_in_paragraph(doc, start)
    return _STILL_TO_COME.search(doc.text, w_lo, w_hi) is None and (
        _SECRET_RECORD_LABEL.search(doc.text, w_lo, w_hi) is not None or _PARTNER_TERMS.search(doc.text, w_lo, w_hi) is not None)


# 未公表の情報を入力しない: a kind of data named in a rule of conduct (what not
# to type into an AI, what not to post), not a matter disclosed; the rule may
# say until when (記者発表前の資料は、発表の時間まで外に出さないのが鉄則).
_KIND_OF_DATA_IN_A_RULE = lazy_regex.compile(
    r"の(?:情報|資料|データ|内容|事項)(?:や[^。!?！？\n]{0,10}?)?(?:は|を|も)(?:[^。!?！？\n]{0,6}?|[、,][^。!?！？\n]{0,8}?まで[^。!?！？\n]{0,6}?)"
    r"(?:入力|投稿|掲載|共有|送信|アップ|載せ|書|扱|漏ら|話さ|出さ)[^。!?！？\n]{0,4}?(?:ない|ません|ず|禁止|厳禁|しないで|しないよう)")
# 解禁前 of a fishing or hunting season (解禁前に網を入れた): poaching (5(6)③), no announcement.
_SEASON_OPENING = lazy_regex.compile(r"鮎|アユ|あゆ|網|釣|竿|漁|猟|狩猟|ヤマメ|うなぎ|ウナギ|カニ|蟹|解禁日")


# What follows a marker may show it names no matter at all: 内示の日ってソワソワ
# する (the day of the notices as a season staff feel, nothing told of them),
# 価格交渉の目安にしてください (a figure handed on for the reader's own
# bargaining to come).
_NO_MATTER_AFTER = lazy_regex.compile(
    r"(?:の)?(?:日|時期|季節|シーズン)(?:って|は|が|も|になると|が近づくと|が近いと)[^。!?！？\n]{0,12}?"
    r"(?:ソワソワ|そわそわ|ドキドキ|どきどき|緊張|落ち着か|憂鬱|ゆううつ|胃が痛)"
    r"|の(?:目安|参考|材料|たたき台)に(?:して|使|どうぞ|なれば|なると)")


@_once_per_document
def _markers(doc, ctx: DraftContext) -> list[tuple[int, int]]:
    """Spans of the words that say a city matter is not decided or not public."""
    text = doc.text
    spans = _marker_spans(doc, ctx)
    return [(s, e) for s, e in spans if not _NO_MATTER_AFTER.match(text, e)]


def _marker_spans(doc, ctx: DraftContext) -> list[tuple[int, int]]:
    text = doc.text
    spans = []
    if _OFFICIAL_PRECHECK.may_match(text):
        spans += [m.span() for m in _OFFICIAL.finditer(text)
                  if not (ctx.official_notice and _PERSONNEL_NOTICE_DONE.match(text, m.start()))]
    if _CONDITIONAL_PRECHECK.may_match(text):
        spans += [m.span() for m in _CONDITIONAL.finditer(text)
                  if not _kept_from_someone(text, *m.span()) and not _job_offer(text, *m.span())
                  and not _taking_a_gift(doc, m.start())
                  and _city_in_sight(doc, ctx, m.start())
                  and not (_SECRECY_ONLY.fullmatch(m.group()) and (_security_secret(doc, m.start()) or _hides_misconduct(doc, m.start())
                                                                   or _no_secret_kept(doc, *m.span())
                                                                   or _finished_matter_secret(doc, m.start())
                                                                   or _cited_phrase(text, m.start())
                                                                   or _nothing_of_a_matter(doc, m.start())))]
    # (the organisation is looked for only once a 公表前… is there: it rarely is)
    if _BEFORE_PRECHECK.may_match(text):
        spans += [m.span() for m in _BEFORE_RE.finditer(text)
                  if not (m.group() == "非公表" and _KEPT_SECRET.match(text, m.start()) and _finished_matter_secret(doc, m.start()))
                  and not _KIND_OF_DATA_IN_A_RULE.match(text, m.end())
                  and not (m.group() == "解禁前" and _SEASON_OPENING.search(text, *doc.sentence_at(m.start())))
                  and (ctx.organisation or _TENDER_TO_COME_RE.match(text, m.start()) or _city_in_sight(doc, ctx, m.start()))]
    return sorted(spans)


# A recipe, a dish or one's running form being tuned (レシピを微調整しています,
# 味付けを調整中): the writer's own craft, no matter the city deliberates.
_CRAFT_TUNING = lazy_regex.compile(
    r"(?:レシピ|味付け|味|配合|分量|塩加減|塩分|甘さ|盛り付け|焼き加減|フォーム|ペース配分?)(?:を|の|も)?(?:微|再)?調整"
    # 薬品の注入量を調整しています / 水位を見ながら放流量を調整: a quantity
    # set by hand in a routine operation (a plant, a pump), no matter on the table.
    r"|(?:量|温度|濃度|水位|水圧|圧力|出力|湿度|明るさ|照度|音量|角度|速度|開度|回転数|流速|水温|室温|pH)(?:を|の|も)?(?:細かく|こまめに|適切に|微|再)?調整"
    # 無線で連絡を取り合いながら出口の順番を調整しています: the order of cars or
    # people set on the day of an event, a job done on the spot
    r"|(?:順番|順序|出す順|入れる順|間隔|車の流れ|人の流れ|流れ)(?:を|の|も)?(?:見ながら|細かく|こまめに|その場で|随時|微|再)?調整")
# ほぼ確定やろ / ほぼ決まりかな after a rumour: the writer guessing how a
# matter will go (5(6)④ and 6(2)), not reporting where a plan stands.
_OUTCOME_GUESSED = lazy_regex.compile(r"(?:だ|や|じゃ)?(?:ろう?|ろ|でしょう?|かな|かも|と思|って思|っぽ|みたい|らし)")
_STANDING = ("ほぼ確定", "ほぼ決まり", "決まりかけ")
# …増やすらしいです。職員の僕が言うんだからほぼ確定です: the same guess, a
# rumour told in the sentence before and then vouched for.
_RUMOUR_TOLD = lazy_regex.compile(r"らし(?:い|か)|聞いた話|って話|(?:って|という|との)(?:噂|うわさ)|げな|みたい")


def _rumour_before(doc, pos: int) -> bool:
    """Whether the sentence before the one at `pos`, in the same paragraph,
    passes on a rumour, and the sentence at `pos` names no other step of a
    deliberation (まだ検討中っぽいけど…ほぼ決まり still tells where it stands)."""
    k = doc.sentence_index(pos)
    if k == 0:
        return False
    lo, hi = doc.sentence_bounds[k - 1]
    s_lo, s_hi = doc.sentence_at(pos)
    if any(m.start() != pos for m in _PROCESS_ONLY.finditer(doc.text, s_lo, s_hi)):
        return False
    return "\n\n" not in doc.text[lo:s_lo] and bool(_RUMOUR_TOLD.search(doc.text, lo, hi))


# 人事異動を内示しました (発令は4月1日、名簿は広報に掲載): in a notice of the
# city's, with no insider sign, the 内示 is reported as done by the city
# itself, whose list it then publishes; a leak tells who goes where before.
_PERSONNEL_NOTICE_DONE = lazy_regex.compile(r"内(?:々)?示(?:を)?(?:し|行い|いたし|実施し)ました")


# The author's own working arrangements (有給を係長と調整中, 異動の希望を上と
#話し合ってる): a staff member's leave or training is no matter of the city.
_OWN_ARRANGEMENT = lazy_regex.compile(
    r"有給|有休|年休|休暇|育休|産休|介護休|代休|振休|夏休み|冬休み|(?:私|自分|僕|俺)の休み|休みを(?:取|もら)|シフト|残業|勤務(?:時間|日|形態)|在宅勤務|テレワーク|(?:研修|出張)の(?:日程|日時|日|予定|行き先)"
    r"|飲み会|忘年会|新年会|歓迎会|送別会|親睦|異動(?:の)?希望|希望調書|自己申告"
)


# "ほぼ決まりだって", "決まりかけてるらしい": a rumour passed on is hearsay
# (5(6)④) and a guess about the administration (6(2)), not a leak.
_HEARSAY_AFTER = lazy_regex.compile(r"(?:だ|な|てる|ている|てます)?(?:って(?:よ|さ|ね|話|聞いた)?(?![い])|らしい|みたい|との(?:噂|こと)|っぽい|かも)")


@_once_per_document
def _process_markers(doc, ctx: DraftContext) -> list[tuple[int, int]]:
    """検討中, 協議している… said of a city matter, outside an official notice."""
    text = doc.text
    if ctx.official_notice or not _PROCESS_PRECHECK.may_match(text):
        return []
    spans = []
    for m in _PROCESS_ONLY.finditer(text):
        if _STRONG.fullmatch(m.group()):
            continue  # reported by deliberation_marker
        lo, hi = doc.sentence_at(m.start())
        if _PRIVATE_PLAN.search(text, lo, hi) or _OWN_ARRANGEMENT.search(text, lo, hi) or _taking_a_gift(doc, m.start()) \
                or _CRAFT_TUNING.search(text, lo, hi) \
                or _HEARSAY_AFTER.match(text, m.end()) or not _city_in_sight(doc, ctx, m.start(), events=True) \
                or (m.group().startswith(_STANDING) and (_OUTCOME_GUESSED.match(text, m.end()) or _rumour_before(doc, m.start()))):
            continue
        spans.append(m.span())
    return spans


# The deliberation validators run per paragraph: whether a marker counts
# depends on the whole draft (a city matter named anywhere in it, an official
# notice's voice, a sign of inside knowledge in another paragraph), which the
# facts carry (DraftContext); the rest is read in the marker's sentence and
# its neighbours, which never cross a blank line (paragraph_at below, and a
# sentence before one that holds a blank line is not read, _city_in_sight).
@validator("deliberation_marker", scope="paragraph", needs=(_STRONG,), facts=_draft_facts)
def deliberation_markers(doc, ctx: DraftContext):
    yield from _markers(doc, ctx)


@validator("deliberation_process", scope="paragraph", needs=(_PROCESS_ONLY,), facts=_draft_facts)
def deliberation_processes(doc, ctx: DraftContext):
    yield from _process_markers(doc, ctx)


@validator("deliberation_subject", scope="paragraph", needs=(MARKER,), facts=_draft_facts)
def deliberation_subjects(doc, ctx: DraftContext):
    text = doc.text
    markers = _markers(doc, ctx) + _process_markers(doc, ctx)
    if not markers:
        return
    bounds = doc.sentence_bounds
    for i, (s_lo, s_hi) in enumerate(bounds):
        if not any(s_lo <= start < s_hi for start, _ in markers):
            continue
        found = list(_subject_clauses(text, s_lo, s_hi))
        # "うちの係から2人、4月に異動が出ます。内示前なので内緒で": the
        # matter sits in the sentence before (or after) the marker.
        p_lo, p_hi = paragraph_at(text, s_lo)
        neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(bounds) and p_lo <= bounds[j][0] < p_hi]
        for j in neighbours:
            if not found:
                found = list(_subject_clauses(text, *bounds[j]))
        yield from found
        # The plan named, or its particulars told, in the sentence next to
        # the marker: "削減案って資料が回ってきた。…まだ組合とも話してない",
        # "…検討中です。候補地は来民の旧工場跡。"
        for j in neighbours:
            for c_lo, c_hi in clauses(text, *bounds[j]):
                if _DETAIL.search(text, c_lo, c_hi):
                    yield trim(text, c_lo, c_hi)


def _subject_clauses(text: str, lo: int, hi: int):
    for c_lo, c_hi in clauses(text, lo, hi):
        if _SUBJECT.search(text, c_lo, c_hi):
            yield trim(text, c_lo, c_hi)


# --- plans told with inside knowledge -------------------------------------

_PLAN = lazy_regex.compile(
    r"予定(?!価格)|方向(?!性|転換|音痴)|方針|案(?:を|が|は|で)|見込み|かどうか|つもり|計画"
    r"|決まった|決まりそう|決定した|になるって|条例案|計画案|素案|原案|たたき台"
    r"|(?:絞る|減らす|削る|なくす|上げる|下げる|やめる|廃止する|統合する|閉める)(?:って|んだ|ことに)"
)
_SENSITIVE = lazy_regex.compile(
    r"採用|人事|異動|昇進|昇格|降格|退職|定員|人員|職員数|予算|値上げ|値下げ|料金|使用料|入浴料|手数料|保険料|税率"
    r"|統合|統廃合|廃止|閉鎖|閉校|休校|休止|移転|撤退|誘致|削減|縮小|民営化|建て替え|売却|補助金|交付金|給料|給与|ボーナス|手当"
    r"|指定管理|委託先|業者選定|落札|建設場所|候補地|組織改編|機構改革|再編"
    # A facility shut, said with the verb: 分館は再来年で閉める方向, 閉館する予定.
    r"|閉め(?:る|て|ちゃ|ます|よう)|閉じる|閉館|閉園|廃校"
)
# A private business ending itself (〇〇酒造さん、来年で廃業予定): the firm's
# own secret learned at work (6(3)①), not a matter the city is deciding.
_FIRM_OWN_END = lazy_regex.compile(
    r"(?:廃業|閉店|店じまい|店仕舞い|閉業|倒産|破産|身売り|事業譲渡|事業承継|代替わり|のれんを下ろ|看板を下ろ)"
    r"(?:する|の|を|に|が)?(?:予定|方向|方針|つもり|見込み|計画)"
    # A firm's own business plan shown to the author (取引先の中期経営計画,
    # 誘致先企業の増産計画): that firm's secret (6(3)①), not the city deciding.
    r"|(?:中期|長期|短期)?(?:経営|増産|出店|設備投資|生産|販売)(?:計画|方針)|中期計画|中計"
)
# Signals that the author passes on inside knowledge rather than a notice.
# (Hearsay and guesses — らしい, たぶん, 職員だから分かる — are 5(6)④ and
# 6(2), not signals of a leak, so they are not here.)
INSIDER = lazy_regex.compile(
    r"実は|ここだけ|ココダケ|内緒|ナイショ|ないしょ|オフレコ|🤫|誰にも言わ|口外|他言"
    r"|まだ(?:言え|話せ|発表|公表|公開|秘密|内緒|内示|決定|説明|書け|表に|公に)|表に出て(?:い)?ない"
    r"|内部(?:資料|情報|文書)|庁内(?:で|の|会議)|部外秘|社外秘|極秘|会議資料|配られた資料|資料に|資料には"
    r"|発表前|公表前|内示前|公告前|開札前|未公表|非公表|水面下|決まったら|大きな声では|正式には|幹部会議|庁議|部長会議"
    # Before the council or the committee has it, said to the reader first:
    # 議会にかける前なので, 先にお伝えしておくと, まだ決まりではありませんが.
    r"|(?:議会|委員会|審議会|庁議|理事会)に(?:かける|かけ|諮る|出す|提出する|上げる|上程する)前"
    r"|先に(?:お伝え|お知らせ|教え|言っ|話し)(?:して|て)?(?:おく|とく|ておく|しておく|おき)(?:と|けど|けん|ね|ます)"
    r"|まだ(?:正式に)?決まり(?:では|じゃ)(?:ない|ありません|なか)|まだ(?:案|内々|未定)の段階"
    r"|正式(?:な)?(?:発表|公表|決定)(?:は|が|も)?(?:まだ|これから)"
    # 正式発表まで今しばらくお待ちください: a matter told before its announcement.
    r"|(?:正式|公式)(?:な|の)?(?:発表|公表|決定|お知らせ|リリース)(?:まで|の日まで)(?:は)?(?:今|いま)?(?:しばらく|暫く|少々|もう少し|もうしばらく)?(?:お待ち|待って|内緒|秘密|伏せ)"
    # Talk inside the office passed on: 職員の間で出とる噂, 課内で回っとる話.
    # A personal page heading its post as the city's (個人ページからですが【…公式発表】):
    # the city's voice borrowed, not its notice.
    r"|個人(?:の)?(?:ページ|アカウント|垢|ブログ)(?:から|です|で|だ|やけど|ですが)"
    r"|(?:職員|幹部|上層部|管理職)(?:の間|同士)(?:で|では)|(?:庁内|課内|部内|役所の中|職場)(?:で|では)(?:出|回|流れ|囁|ささや|噂)"
)


_INSIDER_PRECHECK = LiteralPrecheck(INSIDER)
_CITY_MATTER_PRECHECK = LiteralPrecheck(CITY_MATTER)
_ORGANISATION_PRECHECK = LiteralPrecheck(_ORGANISATION)
_OFFICIAL_VOICE_PRECHECK = LiteralPrecheck(_OFFICIAL_VOICE)


# The sign of inside knowledge may stand in another paragraph: INSIDER is a
# fact, not a need.
@validator("unannounced_plan", scope="paragraph", needs=(_PLAN,), facts=_draft_facts)
def unannounced_plans(doc, ctx: DraftContext):
    text = doc.text
    if not ctx.insider or not (ctx.city_matter or ctx.city_place):
        return
    markers = _markers(doc, ctx) + _process_markers(doc, ctx)
    for s_lo, s_hi in doc.sentence_bounds:
        # The plan word first: most sentences have none (a match inside a
        # clause is a match inside its sentence).
        if not _PLAN.search(text, s_lo, s_hi):
            continue
        if any(s_lo <= start < s_hi for start, _ in markers):
            continue  # deliberation_subject reports this sentence
        parts = clauses(text, s_lo, s_hi)
        for k, (c_lo, c_hi) in enumerate(parts):
            firm_end = [m.span() for m in _FIRM_OWN_END.finditer(text, c_lo, c_hi)]
            if not any(not any(a <= m.start() < b for a, b in firm_end) for m in _PLAN.finditer(text, c_lo, c_hi)):
                continue
            # The topic may sit in the clause before: "入浴料、来年度から上げる方向に".
            if _SENSITIVE.search(text, c_lo, c_hi):
                yield trim(text, c_lo, c_hi)
            elif k > 0 and _SENSITIVE.search(text, *parts[k - 1]):
                yield trim(text, parts[k - 1][0], c_hi)
