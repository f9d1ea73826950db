"""6.2 (inaccurate information about the city's administration): the writer
presenting as a member of staff.

A guess from someone who says they work at the office (職員だけど,
市役所勤め, 役場の者ですが, 小職, 中の人, 税務課じゃないけど, 同じ庁舎だから)
reads as the city's word; that is what 6.2 is about.  ``_INSIDER`` is every
such sign, including talk inside the office (庁内で出回ってる噂, 課長が言いよ
った); ``_STAFF_SELF`` only the writer naming themself as staff (庁内で検討中
tells where a matter is, not who writes).  ``_mask_insider`` blanks these
words out before looking for a topic: 市役所勤めだけど says who writes, not
what the sentence is about.  Data only; insider_guess.py uses it.
"""

from __future__ import annotations

from .. import lazy_regex


# The writer works in the same building or office as the one they heard from
# (同じ庁舎だから多分ほんと, 同じ役場やけん間違いなか, 同じ庁舎で働く人).
_SAME_OFFICE = (r"同じ(?:庁舎|本庁|支所|役所|役場|市役所|職場|フロア)(?:内)?(?:だ|や|じゃ|なん)?(?:から|けん|ので|なので|けど|けれど|ばってん|ですけど|ですが)"
                r"|同じ(?:庁舎|本庁|支所|役所|役場|市役所|フロア)(?:内)?(?:で働|に勤め|に(?:おる|いる)|の(?:[一-龥]{1,6}(?:担当|課|係)の)?(?:人|方|職員|同僚))")
# 職員 as the writer's word for themself; 職員の方 / 職員さん / 職員の皆さん
# is how a visitor speaks of the staff who showed them round.
# 職員番号 / 職員証 / 職員駐車場: a compound names a thing of the office's,
# not the writer.
# 女性職員に無理 / 若い職員を叱る / 職員たち: staff spoken of as others (an
# object, a plural), never the writer naming themself.
# 職員ば名乗る男 / 職員のふりをした: 熊本弁 ば marks the object as を does (職員ばってん,
# 職員ばい are the writer's own word), and an impostor is no member of staff.
_STAFF_WORD = r"職員(?!の方|さん|の皆|の人(?!間)|[一-龥]|に(?!な)|を|ば(?![っいー])|の(?:ふり|フリ)|たち|達|ども|ら(?![しい]))"
# How the writer names themself as staff (pieces of _INSIDER, in its order,
# and the whole of _STAFF_SELF).
_SELF_AT_WORK = (_STAFF_WORD + r"|市役所勤め|役所勤め|役場勤め|(?:市役所|役所|役場|支所)勤務|市役所に勤め|市役所で働|役所で働|役場で働|中の人|公務員|"
                 # 担当やないけん / 所管外のため / 所管ではございませんが: not one's own
                 # section, said in any register (dialect や, kanbun-ish 所管)
                 # (町内会の担当じゃないけど: a role in a residents' group, not the office)
                 r"(?<!町内会の)(?<!自治会の)(?<!子ども会の)(?<!子供会の)(?<!PTAの)(?<![区班組]の)"
                 r"(?:(?:担当|所管)(?:じゃ|では|やな|でな|ちゃう|と違)|(?:担当|所管|管轄)外|担当違い"
                 # 担当やけん分かる / 担当者だから言えるけど: one's own section vouched for
                 r"|担当(?:者)?(?:だ|や|じゃ|なん|です)?(?:から|けん|ので|なので)(?:こそ)?(?:分か|わか|言え|いえ|知っ|間違いな))|"
                 # 私が市役所に入った頃から / 僕が役場に採用された年: the writer joined the office
                 r"(?:私|わたし|俺|おれ|僕|ぼく|自分|うち|わし|おい|あたし)(?:が|も|は)?(?:市役所|役所|役場)に(?:入っ|入庁し|就職し|採用され|入りま)|"
                 # 私市役所やけど / 俺も役場なんだけど: the office as one's own, in speech
                 r"(?:私|わたし|俺|おれ|僕|ぼく|うち|わし|おい|自分|あたし)、?(?:も)?(?:市役所|役所|役場|支所)(?:職員)?(?:だ|や|じゃ|なん|です)(?:けど|けん|から|が|し|ので|ばってん)|"
                 # 広報なのにうろ覚え / 税務課やのに知らんかった: the writer's own post
                 r"(?:広報|広報担当|窓口担当|担当者?|[一-龥]{1,4}(?:課|係))(?:なのに|やのに|じゃのに|のくせに|やけんこそ)|"
                 # 担当にはあらねど / 担当に非ず: the same, in old-fashioned prose
                 r"担当に(?:は|て|も)?(?:あら|非ず|ござら)")
# 小職 / 当職: the humble "I" only an official writes.
_SELF_HUMBLE = (r"小職|当職|役所の人間|役場の人間|市の人間|内部の人間|"
                # インサイダーのミーが予想すると / インサイダーとして: the loanword for 中の人
                r"インサイダー(?:の(?:私|ミー|僕|俺|わたし|自分|立場)|として|だから|なので|的に|から言うと)|"
                # 市役所の商工の人間として / 役場の福祉の者ですが: the office, then one's field
                r"(?:市役所|役所|役場)の[一-龥ァ-ヶー]{1,8}?の(?:人間|者|もん)(?:として|です|だ|や|じゃ|だけど|やけど|やけん|ばってん)")
# 中におる者の感覚やけど / 教育委員会におる身で言うと: where one works, said of oneself
_SELF_WHERE = (r"中に(?:おる|いる|居る)(?:者|もん|人間|身)|"
               # 秘書しよると何となく分かる / 窓口やっとると見えてくる: one's post at the office as the grounds
               r"(?:秘書|窓口|広報|受付|職員|公務員|役所勤め|役場勤め|市役所勤め)(?:を|の仕事を?)?(?:しよる|しとる|しちょる|している|してる|しています|やってる|やっとる|やりよる)と"
               r"[^。!?\n]{0,8}?(?:分か|わか|見え|耳に入|気づ|気付|感じ)|"
               # 会計課で支払いしてる私: the writer's own work in a section
               r"[一-龥]{1,4}課で[^。、!?\n]{0,10}?(?:して(?:い)?る|しとる|しよる|しちょる)(?:俺|私|僕|わし|うち|自分)|"
               # 商工観光部にいるから分かる: one's section or department vouched for
               r"[一-龥]{1,6}(?:課|部|局|室|係)に(?:いる|おる|居る|勤めて(?:い)?る|勤めとる)(?:から|けん|ので|し)(?:こそ)?(?:分か|わか|言え|いえ|知っ)|"
               # 選管におるけん / 給食センター勤めやけど: an office of the city's own
               r"(?:選管|選挙管理委員会|給食センター|保健センター|清掃センター)(?:に(?:おる|いる|居る|勤め)|勤め|で働)|(?:教育委員会|教委|委員会|事務局|市役所|役所|役場|支所|本庁|庁舎|[一-龥]{1,4}課)"
               r"に(?:おる|いる|居る|勤めとる|勤めてる|勤めている)(?:身|者|もん|人間)|"
               r"[一-龥]{1,4}課の(?:人間|者|もん)(?:です|だ|や|じゃ|ですが|だけど|やけど|やけん|ばってん|として)")
_SELF_AT_OFFICE = (r"(?:市役所|役所|役場|窓口)に(?:おる|いる|居る)(?:俺|私|僕|うち|自分|者|人間|身|(?:けん|から|ので)(?:分か|わか|言え|いえ|知っ|間違いな))"
                   r"|(?:支所|本庁)に(?:おる|勤めとる|勤めてる|勤めている)(?:俺|私|僕|わし|自分)|(?:うち|俺|私|僕|自分)も(?:市役所|役所|役場)に(?:おる|いる|居る)")
# 役場の者ですが / 市役所のもんやけど: the writer introduces themself.
_SELF_INTRODUCED = r"(?:市役所|役所|役場|支所)の(?:者|もん|モン)(?:です|だ|や|じゃ|ですが|だけど|やけど|やけん|として)"
# 税務課じゃないけど / 〇〇課の者ではありませんが: staff of another section.
_SELF_OTHER_SECTION = (r"[一-龥]{1,4}課じゃ|[一-龥]{1,4}課ではな|"
                       r"[一-龥]{1,4}課の(?:者|もん|人間|職員)(?:では|じゃ)(?:ない|なか|ありません|ござい)")
# The author presents as staff: a guess of theirs reads as the city's word.
_INSIDER = lazy_regex.compile(
    r"(?:" + _SELF_AT_WORK + "|" + _SELF_HUMBLE + "|" + _SELF_WHERE + "|"
    # 教育委員会で検討中: knows what a board is deliberating (as 庁内で調整中)
    r"(?:教育委員会|教委)で(?:は)?(?:いま|今|現在)?(?:検討|協議|調整|審議)(?:中|され|して|しとる|しよる)|"
    + _SELF_AT_OFFICE + "|" + _SELF_INTRODUCED + "|" + _SELF_OTHER_SECTION + "|"
    r"うちの課|庁内|"
    # 課の打ち合わせで…: a bare 課, named by nothing before it, is the writer's own
    r"(?<![一-龥ァ-ヶーA-Za-z])課(?:内)?の(?:打ち合わせ|打合せ|会議|ミーティング|朝礼)|"
    # 課の誰かが言いよった / 課の人から聞いた: a colleague of the writer's own section
    r"(?<![一-龥ァ-ヶーA-Za-z])課(?:内)?の(?:誰か|だれか|人|者|もん)(?:が|から|に)(?:言|聞|話|教え)|"
    # 総務の子が言うてた / 職場の企画の人から聞いた: a colleague named by an
    # office-only section (no 課; 市民の人 / 福祉の人 may be anyone, left out).
    r"(?:総務|人事|財政|企画|経理|管財|秘書|税務|会計|庶務|情報政策|危機管理|契約|出納)(?:課|係|部|担当)?の(?:人|方|子|子ら|先輩|後輩|同期|同僚|上司|課長|係長|偉いさん|偉か人)(?:から|に|が|も)"
    r"(?:聞い|聞き|言うて|言うと|言っ|言いよ|言よ|話し|教え)|"
    # 上の人から聞いた話だと: the writer's superiors at the office as the teller
    r"(?:上の(?:人|方)|上層部|幹部)(?:から|に)(?:聞い|聞き|言われ|教わ)|"
    # 役所におるけど / 役場におるばってん (Kumamoto おる: where one works; a
    # resident standing there now says 今市役所にいるけど, left out);
    # 市民課にいて思う / 税務課で働いて: a section of one's own.
    r"(?<!今)(?<!いま)(?:市役所|役所|役場|支所|窓口|教育委員会|教委)に(?:おる|おって)(?:けど|けれど|ばってん|けん|が|ので|から|し|んやけど|と)|"
    # 市役所おるけん (に dropped in speech)
    r"(?<![今ま一-龥])(?:市役所|役所|役場)(?:おる|おって)(?:けど|けれど|ばってん|けん|ので|から|んやけど)|"
    # 保護課におるけど規定は読んどらん: working in a section (今、保護課におるけど is a visit)
    r"(?<!今)(?<!いま)(?<!今、)(?<!いま、)(?<!今日)(?<!さっき)(?<![一-龥])[一-龥]{1,4}(?:課|係)に(?:おる|おって|いる)(?:けど|けれど|ばってん|けん|ので|から|んやけど)|"
    # 人事におる私が言うんやけん / 財政におるけど: an office-only section, no 課
    r"(?<![一-龥])(?:総務|人事|財政|企画|経理|管財|秘書|税務|会計|庶務|契約|出納)に(?:おる|おって|いる)(?:私|俺|僕|わし|うち|自分|もん|者|身|けど|けれど|ばってん|けん|ので|から|んやけど)|"
    r"[一-龥]{1,4}課(?:に(?:いて|おって|おると|いると)(?:思|分か|わか|感じ)|で働|に勤め|に所属|に配属|勤務)|"
    # 市役所の中の話なので間違いない: the office vouched for as the source.
    r"(?:市役所|役所|役場|庁内|職場)の(?:中|内部)の話|"
    # 役場の中で回っとる話 / 庁内で出回ってる噂: talk going round inside the office
    r"(?:市役所|役所|役場|庁内|庁舎|職場|課内)(?:の(?:中|内部))?で(?:回っ|出回っ|流れ|広まっ|ささやかれ|囁かれ)(?:とる|てる|ている|ちょる|よる)(?:話|噂|うわさ)|"
    # 課長の言いよらした / 係長が話しよった: the teller is one's superior at the office.
    r"(?:課長|係長|部長|課長補佐|主査|所長)(?:の|が|も)[^。、!?！？\n]{0,10}?(?:言いよ|言うと|言っと|言って|話しよ|話しと|話して|言わ|おっしゃ)|"
    # 主査、家賃の〜変わるげなですよ: a superior at the office addressed by their title
    r"(?:^|(?<=\n))(?:主査|係長|課長|班長|課長補佐|補佐|部長|所長)(?:さん)?[、,!！]|"
    # 入庁して3年 / 入庁以来: the writer's years at the office
    r"入庁(?:して|した|以来|当時|の頃|[0-9０-９一二三四五六七八九十]+年)|"
    # 同じ庁舎だから多分ほんと: the writer vouches for the teller as one who
    # works in the same building.
    + _SAME_OFFICE + "|"
    # 市役所にいると何となく分かる; 役所の先輩いわく: the writer works there
    r"(?:市役所|役所|役場)に(?:おる|いる|居る|勤めて(?:いる|る))と|(?:市役所|役所|役場|支所|本庁|庁舎|職場|庁内|課|部署|係)の(?:先輩|後輩|同期|同僚|部下|上司|課長|係長)|(?:同じ|隣の|別の|よその|うちの)(?:課|部署|係|班)の(?:人|方|先輩|後輩|同期|同僚)|"
    # 課は違うけど職場で聞いた話: a section of one's own, the office's talk
    r"(?:課|部署|係|担当|部局)(?:は|が)(?:違う|ちがう|別|違います)(?:けど|けれど|が|んですが|んだけど|ので|けん|から)|(?:職場|課内|係内|部内)で(?:聞い|聞き|耳に|小耳|噂|話題|言われ)|(?:うちの|同じ|隣の)(?:部署|係|班)(?!長)|"
    # 職場の感じだと / 庁内の空気的に: the office's mood as the grounds;
    # 役所の中でもそういう雰囲気: the mood inside, as one who is there
    # (内部の感覚やと / うちの課の感じやと: the same in Kumamoto, with the writer's sense)
    # (係の感覚やけど: a bare 課 or 係, named by nothing before it, is the writer's own)
    r"(?:職場|庁内|課内|役所|役場|市役所|内部|係内|(?<![一-龥ァ-ヶーA-Za-z])(?:課|係))の(?:感じ|雰囲気|空気|様子|感覚|感触|肌感)"
    r"(?:だと|やと|じゃと|では|的に|から|を見|だけど|やけど|じゃけど|ですが|ばってん)|"
    r"(?:職場|庁内|課内|役所|役場|市役所)の(?:中|内部)(?:で|では|でも|も)(?:そういう|そんな|その|そっちの)?(?:感じ|雰囲気|空気|流れ)|"
    # 【山鹿市公式】 / [市役所公式]: the post heads itself as the city's own account
    r"[【\[［〔](?:山鹿)?(?:市|市役所)(?:公式|広報)[】\]］〕]|"
    # 検討中の話なんで詳しくは言えません: knows a matter still inside and holds it back
    r"(?:検討|協議|調整|審議)中の(?:話|案件|段階|こと)(?:なので|なんで|やけん|だから|ですので|ですから|につき)|"
    # まだ検討中の話ですが / 協議中の段階やけど: tells a matter still inside, then goes on
    r"(?:まだ|いまだ|現在|今は|いまは)(?:庁内で|内部で)?(?:検討|協議|調整|審議)中の(?:話|案件|段階|こと)(?:ですが|ですけど|だけど|やけど|じゃけど|ばってん|だが|なんだけど|なんやけど)|"
    # 中におると雰囲気でわかる / 内部にいると分かります: being inside as the grounds
    r"(?<![のが一-龥])(?:中|内部|内側)に(?:おる|いる|居る|おれば|いれば)(?:と|けん|から|ので)?[^。!?\n]{0,8}?(?:分か|わか|見え|感じ|伝わ)|"
    # Knows what is being talked over inside: 内部で協議中の話ですが, 内々の話, まだ公表前やけど,
    # 非公開の会議で出た話 — the writer speaks from inside the office.
    r"(?:内部|内々|内輪|役所内|課内|部内)(?:で|の|では)?(?:もう|まだ)?(?:協議|検討|調整|審議|話し合|議論|相談|固ま|決ま)|内々の話|内々に|オフレコ|"
    # 課では決まっとるはず: a bare 課, named by nothing before it, is the writer's own
    r"(?<![一-龥ァ-ヶーA-Za-z])課(?:では|で)(?:もう|まだ)?(?:協議|検討|調整|審議|話し合|議論|相談|固ま|決ま)|"
    r"非公開の(?:会議|会合|協議|打ち合わせ)|"
    # まだ庁議にもかかっとらん: knows where a plan stands in the city's executive meeting
    r"庁議|(?:まだ|正式には)?(?:公表|発表|公開)(?:前|されて(?:い)?ない|されとらん|してない)の?(?:話|段階|情報|内容|ですが|だけど|やけど|ばってん))"
)
# The writer names themself as staff (not only 庁内 / うちの課).
_STAFF_SELF = lazy_regex.compile(
    r"(?:" + "|".join((_SELF_AT_WORK, _SELF_HUMBLE, _SELF_WHERE, _SELF_AT_OFFICE, _SELF_INTRODUCED,
                       _SELF_OTHER_SECTION, _SAME_OFFICE)) + ")"
)


def _mask_insider(m) -> str:
    return "_" * len(m.group())
