"""6.2 (inaccurate information about the city's administration): what looks
like a guess but is none about the city's business, sentence by sentence.

``_sentence_guess_spans`` turns one sentence's guess markers
(insider_guess_markers.py) into finding spans, after dropping the guesses
that are about something else: a vote or who wins an election (5.2), a
plan's outcome once decided (6.1), the writer's own days, role, modesty,
insight, principles or what they learned most, the reader's doubt quoted
as a case, someone's intent conceded, people's reactions, moods or who
knows what, how a thing may seem, figures read from a published source, a
memory of one's own past, a health claim (5.6.4), a rumour quoted to deny it
(the city's correction), and a question that asks rather than tells.  A guess needs a
marker strong enough for who writes: でしょう only with a guess adverb, a
weak そう only from staff; a claim with only unchecked grounds is marked
from the admission to the end of the sentence.
"""

from __future__ import annotations

from .. import lazy_regex
from .hearsay_common import (_clause_start, _end_without_trailing_marks, _NOT_FOUND_TO_BE_SO, _NOTHING_OF_THE_KIND,
                             _with_auxiliaries)
from .insider_guess_markers import _guess_spans


_MEMORY = lazy_regex.compile(r"(?:と|って)記憶|記憶(?:では|によれば|によると|だと|が正しければ|違いでなければ)")
_OWN_PAST = lazy_regex.compile(r"(?:子ども|子供|こども|小さい|幼い|若い|学生|小学生|中学生|高校生|独身)(?:の)?(?:頃|ころ|時|とき|時代)|昔は|その昔|幼少期")
_IMAGINED_RESULT = lazy_regex.compile(
    r"(?:実現|完成|開業|開通|オープン|リニューアル|整備|竣工|完工)(?:し|され)(?:たら|たなら|れば|た暁には|た時には|たときには)"
    r"|(?:実現|完成|開業|開通|オープン|竣工)(?:の暁には|すれば|すりゃ|したっちゃ)|(?:でき|出来)(?:上がったら|あがったら|たら(?=[^。!?！？\n]{0,30}(?:楽しめ|できる|行ける|見られ|眺め|遊べ|使える)))"
)


_IF_DECIDED = lazy_regex.compile(
    # 議会で通ればですけど…減るかもしれん / 予算が通ったら: the plan passed
    r"(?:議会|予算|案|議案)(?:で|が|も)?(?:通(?:れば|ったら)|可決され(?:れば|たら))|"
    r"(?:決ま|きま)(?:れば|ったら|った場合|ったあかつきには)|決定(?:すれば|したら|した場合|されれば|されたら)|"
    r"(?:実施|導入|採用|可決|承認)(?:されれば|されたら|が決まれば|が決まったら)|"
    # 工事が始まれば、一時的にホタルが減るかもしれません: what the works bring once begun
    r"(?:工事|事業|整備|改修|建設|計画)(?:が|も)?(?:始まれば|始まったら|はじまれば|はじまったら|進めば|進んだら)|"
    # 〜の方向で話が進んどるけど、そうなると…大変になると思う: the plan just
    # reported, supposed to go through (the plan itself is 6.1)
    r"(?:そう|それが|それで)(?:なると|なれば|なったら|なりゃ|なったっちゃ)")


# そうなれば料金は倍になると思います: after そうなれば, a fee guessed is the
# city's own decision guessed, not what a plan means for people.
_FEE_NAMED = lazy_regex.compile(r"(?:料金|[一-龥]{0,3}税|保険料|使用料|利用料|値段|価格|手数料|負担金|運賃|家賃|入浴料|入館料)(?:は|が|も)")


def _if_decided(text: str, lo: int, at: int) -> bool:
    m = _IF_DECIDED.search(text, lo, at)
    if m is None:
        return False
    if m.group().startswith(("そう", "それ")) and _FEE_NAMED.search(text, m.end(), at):
        return False
    return True


# What a day or a habit of the writer's becomes (楽しみになる, 日課になりそう,
# いい思い出になると思う, 癖になるかも), just before the guess marker.
# まあ何とかなるやろ / どうにかなると思う: a shrug at the writer's own plight,
# no guess at what the city does.
_SHRUG = lazy_regex.compile(r"(?:何とか|なんとか|なんとかかんとか|どうにか|どうにかこうにか|どげんか|どがんか)(?:なる|なっ|なり)[ぁ-ん]{0,4}$")
_OWN_DAYS = lazy_regex.compile(
    r"(?:楽しみ|日課|習慣|癖|クセ|くせ|恒例|ルーティン|息抜き|ご褒美|ごほうび|癒し|癒やし|思い出|励み|糧|気分転換|お気に入り|趣味|病みつき|やみつき)"
    r"(?:の一つ|のひとつ)?(?:に|と)(?:なり|なる|なっ)(?:ます|まし)?(?:と|って)?$"
)


# 若手が手伝ってくれるので、少しは楽になりそう: relief the writer expects in their own work,
# not a guess at the city's business.
_OWN_RELIEF = lazy_regex.compile(r"(?:楽|らく)に(?:なり|なる|なっ)(?:ます|まし)?(?:と|って)?$|(?:助かり|助かる|はかどり|捗り|はかどる|捗る)(?:ます)?(?:と|って)?$")
# 論破しといた✌️ もう二度とコメントしてこんやろ: what a person will not dare again, the
# writer's boast about a quarrel (5.5), not a guess at the city's business.
_NEVER_AGAIN = lazy_regex.compile(r"(?:もう)?二度と[^。!?！？\n]{0,16}?(?:こん|来ん|こない|来ない|せん|しない|言わん|言わない|書かん|書かない)(?:と|って)?$")
# 協議している段階なので、発表はもう少し先になると思います: when a matter under deliberation
# will be announced, the writer holding it back (a leak, 6.1), not a guess at what the city does.
_ANNOUNCEMENT_LATER = lazy_regex.compile(r"(?:発表|公表|お知らせ|正式決定|決定)(?:は|も|が)?(?:もう少し|もうしばらく|しばらく|まだ|もうちょっと)?(?:先|後|あと)(?:に)?(?:なる|なり)(?:と|って)?$")


# 窓口の仕事と少し似ているかもしれません / 子育てに通じるものがあると思う:
# a likeness the writer feels between two things, not news of the city.
_RESEMBLANCE = lazy_regex.compile(
    r"(?:と|に)(?:も)?(?:少し|すこし|ちょっと|どこか|よく|とても|すごく|案外|意外と|意外に|なんとなく|かなり)?"
    r"(?:似て(?:い)?る|似とる|似通って(?:い)?る|通じる(?:もの|ところ)が(?:ある|あ)|共通(?:点|する(?:もの|ところ))が(?:ある|あ))(?:の)?$")


# 一見関係がないように思えるかもしれません / 難しく見えるかもしれませんが:
# how a thing may seem to the reader (a concession before the writer's own
# point), not a guess at the city's business.
_MAY_SEEM = lazy_regex.compile(r"(?:思え|見え|感じられ|感じ|聞こえ|映)る(?:の)?$")
# フォロワー増えるかな / いいね付くかも: the writer's own audience.
_OWN_AUDIENCE = lazy_regex.compile(
    r"(?:フォロワー|いいね|閲覧数|再生数|アクセス数?|インプレ|リツイート|リポスト|RT|登録者)(?:数)?(?:が|も|は)?[^。、!?\n]{0,6}$")
# 移住してくる人の半分は1年で帰ると思ってる: what a share of people do (a
# generalisation, 5.6.2 / 5.1), not a guess at what the city does.
_PEOPLE_SHARE = lazy_regex.compile(
    r"(?:人|者|方|住民|市民|移住者|若者|世帯|高齢者|子)(?:たち|達)?の(?:半分|半数|大半|多く|ほとんど|大部分|一部|何割|[0-9一二三四五六七八九]割)(?:は|が|も|って)")
# 数字だけを見ると…変わってきているのかもしれません, after 〜が公表している
#結果によると: the writer's reading of published figures, not an insider's guess.
_FIGURES_READ = lazy_regex.compile(r"数字|数値|データ|統計|傾向|推移|移り変わり|割合|(?<![一-龥])率")
_PUBLISHED_SOURCE = lazy_regex.compile(
    r"(?:公表|発表|公開)(?:して(?:い)?る|している|された|されて(?:い)?る|しています)[^。!?\n]{0,12}?(?:によると|によれば|では|を見ると)"
    r"|(?:統計|調査|資料|白書)[」』]?(?:によると|によれば|では|でも)")
_PUBLISHED_REACH = 300


# よりよい会になったと思っています / いい集まりになったと思う: the writer's own
# verdict on how something already held turned out, not a guess at the
# city's business (来年から値上げになると思う stays: no verdict, not done).
_OWN_VERDICT = lazy_regex.compile(
    r"(?:よりよい|より良い|よい|良い|いい|楽しい|有意義な|充実した|素敵な|すてきな|温かい|あたたかい|実りある|実りの多い|思い出深い)"
    r"[一-龥ぁ-んァ-ヶー]{0,6}?(?:会|場|時間|機会|一日|日|イベント|催し|集まり|もの|経験|回)(?:に)?(?:なった|なれた|できた)(?:の)?(?:と|のでは|んじゃ)?$")


_SCENE_AFTER_QUOTE = lazy_regex.compile(
    r"って[、,][^。!?！？\n]{0,40}?(?<!教え)(?<!話し)(?<!言っ)(?<!伝え)(?<!知らせ)(?<!聞かせ)(?:て|で)(?:くれ|もらっ|もらい|くださ|いただ)")


_SELF_MODESTY = lazy_regex.compile(
    r"(?:力不足|役不足|荷が重(?:い|か|すぎる)?|未熟|不慣れ|頼りない|至らない|務まら(?:ない|ん)|力になれ(?:ない|ん))(?:だ|や|じゃ)?$")


_WORRIED_BY = lazy_regex.compile(r"[ぁ-ん]{0,4}?(?:と|って)(?:思う|思え|考える|考え)(?:と|ば|たら)")
_OWN_PRINCIPLE = lazy_regex.compile(
    r"[ですよね]{0,3}[、,]?(?:という|っていう|ってー?の|との)(?:の|ん)?(?:が|は)(?:私|わたし|僕|自分|うち|おばちゃん|わし|おい)?(?:たち|達)?の?"
    r"(?:基準|考え|持論|モットー|信条|方針|ポリシー|目安|こだわり|やり方|流儀|物差し|ものさし)")
_BODY_EFFECT = lazy_regex.compile(
    r"血圧|血糖|コレステロール|中性脂肪|体重|体脂肪|便秘|免疫|体調|肌荒れ|(?<![一-龥])薬(?![局剤師])|サプリ|痩せ|やせ(?:る|た|ます)|(?:治|効)(?:る|った|く|いた|きます|ります)")
_PEOPLES_MOOD = lazy_regex.compile(r"気合|やる気|張り切|はりき|乗り気|本気|喜ん|よろこん|嬉し|うれし|楽しそう|機嫌|疲れ|困っと|困って|焦っ|緊張|ご満悦|テンション")
# 先輩と「今の人、たぶん書けんやろ」って当てっこ: a guess made as a game about a visitor
# (5.1 when it mocks them), no word on the city's business.
_GUESSING_GAME = lazy_regex.compile(r"[」』](?:って|と)(?:当てっこ|あてっこ|当て合|賭け|かけ(?:て|よ|と)|予想(?:大会|し合|合戦|ゲーム)|クイズ)")
# 「こんなこと聞いてもいいのかな」と思うことこそ、窓口でお声かけください:
# the reader's own doubt, quoted and put as a case (と思うこと / と思ったら /
# と迷う方), not the writer's guess.
_THOUGHT_PUT_AS_CASE = lazy_regex.compile(
    r"[」』](?:と|って)(?:思う|思った|思われる|感じる|感じた|迷う|迷った|悩む)(?:こと|事|方|人|とき|時|場合|ような|よう)"
    r"|[」』](?:と|って)(?:思ったら|思えば|思われたら|迷ったら|感じたら)")
# いちばん鍛えられたのは言葉づかいかもしれません / 一番勉強になったのは〜だと思います:
# what the writer learned or felt most in their own work, a reflection.
_OWN_LESSON = lazy_regex.compile(
    r"(?:鍛えられ|学ん|学べ|勉強にな(?:っ|れ)|身につい|身に付い|嬉しかっ|うれしかっ|大変だっ|苦労し|驚い|印象に残っ|心に残っ|"
    r"難しかっ|楽しかっ|成長し|成長でき|助けられ|救われ|感動し|やりがいを感じ)た(?:の|こと)(?:は|が)")
# 論破したつもりかもしれませんが / 親切のつもりやろうけど: a guess at someone's
# intent, conceded before the writer's answer, not the city's business.
_INTENT_GUESSED = lazy_regex.compile(r"つもり(?:な(?:の|ん))?(?:だ|や|じゃ)?$")
# 議会の雰囲気も変わっていくのかもしれません: a guess at a place's atmosphere, no checkable detail.
_ATMOSPHERE = lazy_regex.compile(r"(?:雰囲気|空気感|空気|ムード|風通し)(?:も|が|は)")
_OWN_ROLE = lazy_regex.compile(
    r"(?:私|わたし|わたくし|自分|僕|俺|わし|おい|我々|われわれ|うち)(?:たち|達|ら|ども)?の[^。、!?\n]{0,8}?"
    r"(?:役目|役割|務め|つとめ|仕事|使命|本分|責任|責務|任務)(?:だ|や|じゃ|である)?$")
# 休日窓口は大事だなと思います / 農業委員会に課された難しい務めだと思うております /
# 一番大事なのは子どもたちが続けられることだと思っています: the writer's own
# valuing of a matter, not a guess at what the city does or will do.
_VALUE_JUDGED = lazy_regex.compile(
    r"(?:大事|大切|重要|肝心|難しい|欠かせない|不可欠|ありがたい)(?:な|の)?(?:[一-龥ァ-ヶー]{0,4}(?:務め|つとめ|こと|もの|ところ)|[一-龥ァ-ヶー]{1,6})?(?:だ|や|じゃ|である)?(?:な|なあ|なぁ|ね)?(?:と|って)?$")
_VALUE_TOPIC = lazy_regex.compile(r"(?:大事|大切|重要|肝心)なのは[^。!?！？\n]{0,40}?(?:こと|の)(?:だ|や|じゃ|である)?(?:と|って)?$")
# 学校にいた頃は「教委って何しよると？」と思っていました: what the writer used to
# wonder, quoted, not a guess told now.
_THOUGHT_BACK_THEN = lazy_regex.compile(r"[」』]\s*(?:と|って)(?:思って(?:い)?ました|思って(?:い)?た|思っとった|思いよった)")
_WORD_MEANING = lazy_regex.compile(r"こと(?:を)?(?:言う|いう|指す|さす)$")
# 総務課と聞いて、どんな仕事を思い浮かべるでしょうか: what a name calls to
# mind (と聞いて + 思い浮かべる / イメージ), not something heard; and a
# question with an interrogative word (どんな…でしょうか, いつ変わるのかな)
# asks, it does not pass a guess on as true.
_NAME_CALLS_TO_MIND = lazy_regex.compile(
    r"と(?:聞いて|聞くと|聞けば)[^。!?\n]{0,24}?(?:思い浮かべ|思い浮かぶ|浮かぶ|イメージ|想像|連想)")
# (どうせ is "anyway", not どう: どうせ直すでしょう asks nothing)
_INTERROGATIVE = lazy_regex.compile(r"(?:どんな|どの|どう(?!せ)|どれ|どちら|どこ|いつ|なに|何|なん|誰|だれ|いくら|なぜ|なんで)")
# (どんな人だったのだろうと想像する: the writer wondering, an interrogative before だろう)
# (でしょうから / だろうから give a reason: から is not the question か)
_ASKING_END = lazy_regex.compile(r"(?:(?:でしょうか|だろうか|のでしょうか)(?!ら)|のかな|かな|んだろう|のだろう|だろう)")
_ASKED_BACK = lazy_regex.compile(r"[^。!?\n]{0,4}?(?:か|？|\?)(?:[。！!？?\s]|$)")  # どうなると思いますか
# 〜か見てみてください。回っていれば〜かもしれません: after a request to the
# reader the next sentence goes on advising them (their own meter, their own
# home), it does not carry the city's business into a guess.
_ASKS_THE_READER = lazy_regex.compile(
    r"(?:てください|でください|て下さい|てみてね|てみて|ましょう|ご覧ください|ご確認ください)[^\w]*$")
# バレへんやろ / 気づかれないはず / 怒られんと思う: whether the writer will be
# found out (a boast or a confession: 5.2, 5.6.3), not a guess at the city's business.
# (誰にも見られとらんはず: not seen at it; 見られるはず alone is "can be seen")
_FOUND_OUT = lazy_regex.compile(r"(?:バレ|ばれ|気づかれ|気付かれ|見つから|見つかる|見つかれ|怒られ|おこられ|捕ま|つかま|注意され"
                                r"|(?:誰|だれ)にも見られ|見られ(?:て|と|ちょ)(?:ら|い)?(?:ない|ん|ません))[^、。!?！？\n]{0,6}$")
_FOUND_OUT_AHEAD = lazy_regex.compile(r"[^、。!?！？\n]{0,4}?(?:バレ|ばれ|気づかれ|気付かれ|見つから|怒られ|おこられ|捕ま|つかま)")
# (本物っぽくなるかな: what a fake made to look like the city's will pass for;
# 市のお墨付きのごたるやろ / 公認みたいでしょ: what it looks like, in a boast)
_LOOKS_LIKE = lazy_regex.compile(r"(?:っぽく|らしく|みたいに|風に|ふうに)(?:見え|みえ|見せ|なる|なっ|なり)"
                                 r"|(?:お墨付き|公認|公式|本物|後援)(?:の|な)?(?:ごたる|ごつ|みたい|よう|っぽい)?$")
# ゆっくり見る時間はないかもしれません / 休む暇もなかろう: the writer's own
# spare time on a busy day, not the city's business.
_OWN_SPARE_TIME = lazy_regex.compile(
    r"(?:時間|暇|ひま|余裕|休み|休憩)(?:は|が|も)?(?:ない|なか|無い|取れない|とれない|取れん|とれん|ありません)(?:の|ん)?$")
# ほんとアホなんかな / 家業やばいんかな: the writer wondering about a
# person's wits or plight (5.6.1 / 5.3 when it names them), not a claim
# about the city's business.
_PERSON_WONDERED = lazy_regex.compile(
    r"(?:アホ|あほ|阿呆|バカ|ばか|馬鹿|やばい|ヤバい|ヤバイ|やばか|大丈夫|だいじょうぶ|しんどい|きつい|苦しい)(?:な)?(?:ん|の)?$")
# 長い目で見て良い環境になるはず: the writer's own long view, an opinion.
# 早よどっか異動せんかな / 早く辞めてくれないかな / はよ終わらんかな: a
# wish (早く + a negative question), not a guess at what the office will do.
_WISHED = lazy_regex.compile(r"(?:早く|早よ|はよ|はやく|早う|はよう)[^。!?！？\n]{0,14}?(?:ない|ん|なか|へん)$")
# 仕事の流れがつかめてきた気がします / 窓口にも慣れてきた気がする: the writer's
# own progress at the work, not a guess at the city's business.
_OWN_PROGRESS = lazy_regex.compile(
    r"(?:慣れ|なれ|つかめ|掴め|分かっ|わかっ|覚え|成長し|成長でき|上達し|身につい|身に付い|板につい|こなせ)(?:て|で)(?:き|来)(?:た|ました|とる|てる)?$")
_LONG_VIEW = lazy_regex.compile(r"長い目で見(?:て|れば|ると|たら)|長期的に(?:見て|見れば|見ると|は)")


# 次の選挙は〇〇党さんしかなかと思う / 〇〇候補に入れるつもり: a preference
# for a party or candidate (campaigning, 5.2), not a guess at what the city
# does; the party or candidate, then the choosing.
_CHOOSING = (r"(?:しか|だけ(?=(?:だ|や|じゃ|です)?(?:$|と|って))|に限る|以外(?:に)?(?:な|あり|おら|いな)|が(?:一番|いちばん|いい|良い|よい|よか|ベスト|勝つ|勝っ|当選)"
             r"|に(?:入れ|投票|一票|決め|任せ)|を(?:推|応援|支持))")
_FOR_A_PARTY = lazy_regex.compile(
    r"(?:党|候補者?|陣営)[』」\"]?(?:さん|さま|様|氏)?" + _CHOOSING
    + r"|(?:選挙|選で|選は|(?<=[長議事員])選|投票)[^。!?\n]{0,20}?(?:さん|氏|先生|候補)[』」\"]?" + _CHOOSING
    # 市長は〇〇さんしかおらん / 次の議員は〇〇さんに限る: the office, then the person
    + r"|(?:市長|副市長|市議|議員|知事|町長|村長|区長)(?:に|には|は|なら)[^。!?\n]{0,12}?(?:さん|氏|先生|候補)[』」\"]?" + _CHOOSING)
# きっと勝つと思う / 当選するやろ: who wins an election, not the city's business.
# 次の市長選、市職員として断言します / 〇〇さん一択！職員の私が言うとやけん間違いなか:
# a vote canvassed on the strength of being staff is 5.2, not a fact of the city vouched for.
_ELECTION_TALK = lazy_regex.compile(r"選挙|(?<=[長議])選|候補|一票|投票|後援会|一択|しか勝たん")
_ELECTION_OUTCOME = lazy_regex.compile(r"(?:勝つ|勝て|勝ち|勝っ|負け|負ける|当選|落選|再選|議席|票(?:が|を)?(?:伸び|取|集ま|入))")
# 廃止するかどうか庁内で検討中です。…来年が最後の夏になるかもしれません: a
# bare possibility (かもしれない, no guess adverb) after the writer says the
# matter is being deliberated restates that the decision is open (the
# deliberation is 6.1); たぶん決まるでしょう guesses its outcome (6.2).
_UNDER_DELIBERATION = lazy_regex.compile(
    r"(?:検討|協議|調整|審議|議論)(?:中|しよる|しとる|しちょる|して(?:い)?る|しています|されて(?:い)?る|されとる|の段階|の最中)"
    # 人事課と詰めているところです: the writer still working the plan out
    r"|(?:と|で)詰め(?:て(?:い)?る|ています|とる|ちょる|よる)")
_DELIBERATION_REACH = 80
_WEIGHED_IN_A_BODY = lazy_regex.compile(
    r"(?:委員会|庁内|課内|部内|係内|役所の中|役場の中|内部|会議|理事会|幹部会|部長会)(?:で|の中で)(?:は)?(?:まだ|いま|今|現在)?"
    r"(?:検討|協議|調整|審議|議論|話し合い)(?:中|しよる|しとる|しちょる|して(?:い)?る|しています|されて(?:い)?る|されとる|の段階|の最中)")


_RUMOUR_MARKS = ("って噂", "という噂", "との噂", "噂", "って話", "という話")
# What the writer says of the rumour: untrue (事実はありません, 誤り, デマ,
# 決まっていません); デマじゃない / 誤りではない affirm it instead.
_DENIAL = lazy_regex.compile(
    _NOTHING_OF_THE_KIND +
    r"|事実(?:では|じゃ)(?:ありません|ない|なか)|事実無根|(?:誤り|デマ|うそ|嘘|誤情報|誤った情報)(?!じゃ|では|や(?:なか|ない)|と(?:は|も)(?:言え|いえ))"
    r"|" + _NOT_FOUND_TO_BE_SO +
    r"|根拠(?:の|が)(?:ない|ありません)|決ま(?:って(?:い)?(?:ません|ない)|っとらん)|決定(?:は|も)?(?:して(?:い)?(?:ません|ない)|しておりません|されて(?:い)?(?:ません|ない))|惑わされ")
_DENIAL_REACH = 60  # the rest of the sentence and the one after it


_NOT_ASKED = lazy_regex.compile(r"許可(?:は|も|を)?(?:取って|とって|もらって|得て|取っと|もろうと)(?:い)?(?:ない|ません|らん|ん)|無断で|勝手に|断りなく|黙って使")
_ASSUMED_ALLOWED = lazy_regex.compile(r"(?:問題|差し支え|支障|文句)(?:は|も)?(?:ない|なか|無い)|大丈夫|構わない|かまわない|セーフ|許される|怒られない")


def _rumour_denied(text: str, lo: int, guess, hi: int) -> bool:
    """The guess is a rumour named, or a claim quoted in 「」, that the writer
    then says is untrue (counter-speech)."""
    quoted = text.rfind("「", lo, guess[0]) > text.rfind("」", lo, guess[0])
    if not (quoted or text.startswith(_RUMOUR_MARKS, guess[0])):
        return False
    return _DENIAL.search(text, guess[1], min(len(text), hi + _DENIAL_REACH)) is not None


# 窓口で待つ方の不安を少しだけ実感できた気がします / 気持ちがようやくわかった
# 気がします: what the writer has come to feel or understand (a past insight
# before 気がする), a reflection on their own work, not a guess at the city's.
_OWN_INSIGHT = lazy_regex.compile(
    r"(?:実感|痛感|体感|理解|共感|納得)(?:でき|し)た$|(?:わか|分か|解)(?:った|れた|ってきた)$"
    r"|(?:気づ|気付)(?:いた|けた)$|(?:感じられ|学べ|学ん|知れ|見え|近づけ|近付け|成長でき)(?:た|だ)$")
# 利用する側の目線で見直せることがたくさんありそうです / 改善できる点はまだある
# と思う: what the writer could still do better in their own work.
_ROOM_TO_IMPROVE = lazy_regex.compile(
    r"(?:[せれけてめべね]る|できる|出来る|べき|たい)(?:こと|点|ところ|部分|余地)(?:が|は|も)(?:まだ)?"
    r"(?:たくさん|いっぱい|多く|沢山|山ほど|色々|いろいろ|いくつも|まだまだ)?(?:あり|ある)$")
# 印象的だったのは、〜という話です: an anecdote someone told the writer,
# framed by what it meant to them, not news passed on.
_ANECDOTE_FRAMED = lazy_regex.compile(
    r"(?:印象的|印象に残っ|心に残っ|嬉しかっ|うれしかっ|驚い|感動し|胸に響い|心に響い|忘れられな)(?:た|だった|い)?(?:の|こと)は")
_TOLD_STORY = ("という話", "って話")
# 北部の親子にとっては、ずいぶん通いやすくなると思います: what a change means
# for the people who use it, an opinion of a benefit, not a guess at a decision.
_BENEFIT_TO_PEOPLE = lazy_regex.compile(
    r"にとって(?:は|も)?[、,]?[^。!?\n]{0,16}?(?:[いきしちにひみりぎびえけせてねべめれげ]やすく|便利に|楽に|身近に|近く)(?:なる|なり)$")
# 本人まだ知らんかも / まだ気づいてないだろう: what a person knows, not the
# city's business.
_WHO_KNOWS = lazy_regex.compile(
    r"(?:知ら(?:ない|ん|なか(?:った)?)|知って(?:い)?(?:る|ない)|知っと(?:る|らん)|知らされて(?:い)?(?:ない|ん)"
    r"|(?:気づ|気付)いて(?:い)?(?:る|ない|ん)|(?:気づ|気付)か(?:ない|ん))$")
# また掛かってきそう / また来そう: a caller or visitor coming back, a person's
# doing, not the city's business.
_PERSON_RETURNS = lazy_regex.compile(
    r"また[^。、!?\n]{0,12}?(?:掛かって|かかって|電話して|怒鳴り込んで|押しかけて|押し掛けて|乗り込んで)(?:く|き|来)$|また(?:来|き)$")


def _thought_put_as_case(text: str, at: int, hi: int) -> bool:
    """The quote open at `at` closes as a thought put as a case (see
    _THOUGHT_PUT_AS_CASE)."""
    close = text.find("」", at, hi)
    return close >= 0 and _THOUGHT_PUT_AS_CASE.match(text, close) is not None


def _sentence_guess_spans(doc, lo: int, hi: int, insider: bool, self_named: bool, on_topic: bool) -> list:
    text = doc.text
    out = []
    found = sorted(_guess_spans(doc, lo, hi))
    guesses = [g for g in found if g[2] not in ("hedge", "vouched") and (g[2] != "relayed" or insider)]
    # (the guessing game's words, quoted, go with their adverb too)
    guesses = [g for g in guesses if not (text.rfind("「", lo, g[0]) > text.rfind("」", lo, g[0])
                                          and (_GUESSING_GAME.search(text, g[1], hi)
                                               or _thought_put_as_case(text, g[1], hi)))]
    if guesses and all(g[2] in ("adverb", "dismissive") or _FOR_A_PARTY.search(text, lo, g[0])
                       or _ELECTION_OUTCOME.search(text, _clause_start(text, lo, g[0]), g[0]) for g in guesses) \
            and any(g[2] not in ("adverb", "dismissive") for g in guesses):
        return out  # a vote or a party chosen, who wins: 5.2, however it is hedged
    if not any(g[2] == "adverb" for g in guesses) \
            and _UNDER_DELIBERATION.search(text, max(0, lo - _DELIBERATION_REACH), hi):
        guesses = [g for g in guesses if not text.startswith("かも", g[0])]
    hedges = [g for g in found if g[2] in ("hedge", "vouched")]
    if not guesses and hedges and insider and on_topic and not _ELECTION_TALK.search(text, lo, hi):
        # 担当じゃないからよく知らんけど、来年から避難所が変わるよ: stated as
        # fact while admitting it was not checked.
        return [(hedges[0][0], _end_without_trailing_marks(text, hedges[0][0], hi))]
    if guesses and insider:
        # 確認はしてないけど next to a guess: the admission is evidence too.
        out.extend((s, e) for s, e, _ in hedges)
    adverbs = [g for g in guesses if g[2] == "adverb"]
    # どうせ licenses a conjecture like たぶん, but alone guesses nothing.
    licensing = sorted(adverbs + [g for g in guesses if g[2] == "dismissive"] + [g for g in hedges if g[2] == "vouched"])
    finals = [g for g in guesses if g[2] in ("final", "relayed") or (g[2] == "weak" and (adverbs or self_named))
              or (g[2] == "conjecture" and licensing)]
    # 実現したら古墳を眺めてキャンプができるかもしれません: what one could enjoy
    # once a plan is done is a hope, not a guess at what the city will do.
    finals = [g for g in finals if not _IMAGINED_RESULT.search(text, _clause_start(text, lo, g[0]), g[0])]
    # 決まれば、この仕組みも変わるかもしれません: what a plan would bring once
    # decided (the plan itself is 6.1), not a guess at what the city does.
    finals = [g for g in finals if not _if_decided(text, lo, g[0])]
    # 寄って帰るのが楽しみになりそう / いい思い出になると思う: what the writer
    # expects of their own days, not a guess at what the city does.  When
    # every guess is of that kind, the adverb (きっと) goes with them.
    # 話せるのも私の役目と思っている / 私たちの大事な仕事だと思っています: the
    # writer's own role; 〇〇ってああいう人のことを言うんだろう: what a word means.
    finals = [g for g in finals if not _OWN_ROLE.search(text, max(lo, g[0] - 20), g[0])
              and not _SHRUG.search(text, max(lo, g[0] - 14), g[0])
              and not _WORD_MEANING.search(text, max(lo, g[0] - 12), g[0])
              and not _NAME_CALLS_TO_MIND.search(text, lo, hi)
              and not ((_ASKING_END.match(text, g[0], hi) or _ASKED_BACK.match(text, g[1], hi))
                       and _INTERROGATIVE.search(text, _clause_start(text, lo, g[0]), g[0]))]
    # 社長が「市役所の方ならタダでいいですよ」って、別荘を貸してくれました: a
    # scene recounted, the speaker's words then their deed for the writer,
    # not news passed on (教えてくれた / 言ってもらった stay: a telling).
    finals = [g for g in finals if not (g[0] > lo and text[g[0] - 1] in "」』" and _SCENE_AFTER_QUOTE.match(text, g[0], hi))]
    own_days = [g for g in finals if _OWN_DAYS.search(text, max(lo, g[0] - 12), g[0])
                or _OWN_RELIEF.search(text, max(lo, g[0] - 12), g[0])
                or _ANNOUNCEMENT_LATER.search(text, max(lo, g[0] - 24), g[0])
                or _NEVER_AGAIN.search(text, max(lo, g[0] - 24), g[0])]
    if own_days and len(own_days) == len(finals):
        return out
    finals = [g for g in finals if g not in own_days]
    # おいじゃ力不足かもしれんばってん、区長ば引き受けます: the writer's modesty
    # about themself, not a guess at the city's business.
    finals = [g for g in finals if not _SELF_MODESTY.search(text, max(lo, g[0] - 10), g[0])
              and not _VALUE_JUDGED.search(text, max(lo, g[0] - 16), g[0])
              and not _VALUE_TOPIC.search(text, _clause_start(text, lo, g[0]), g[0])
              and not _THOUGHT_BACK_THEN.match(text, max(lo, g[0] - 1))]
    finals = [g for g in finals if not _RESEMBLANCE.search(text, max(lo, g[0] - 24), g[0])
              and not _OWN_VERDICT.search(text, max(lo, g[0] - 30), g[0])]
    # 市の後援っぽく見えて…増えるはず / 公認っぽく見えるやろ: how a thing made
    # to look like the city's will be taken (6.3.2), not the city's business.
    finals = [g for g in finals if not _LOOKS_LIKE.search(text, max(lo, g[0] - 20), g[0])
              and not _OWN_SPARE_TIME.search(text, max(lo, g[0] - 14), g[0])
              and not _PERSON_WONDERED.search(text, max(lo, g[0] - 8), g[0])
              and not _LONG_VIEW.search(text, _clause_start(text, lo, g[0]), g[0])
              and not _WISHED.search(text, _clause_start(text, lo, g[0]), g[0])
              and not _OWN_PROGRESS.search(text, max(lo, g[0] - 10), g[0])
              and not _MAY_SEEM.search(text, max(lo, g[0] - 8), g[0])
              and not _OWN_AUDIENCE.search(text, max(lo, g[0] - 16), g[0])
              and not _PEOPLE_SHARE.search(text, _clause_start(text, lo, g[0]), g[0])
              and not _OWN_LESSON.search(text, lo, g[0])
              and not _INTENT_GUESSED.search(text, max(lo, g[0] - 8), g[0])]
    if not adverbs and _FIGURES_READ.search(text, lo, hi) \
            and _PUBLISHED_SOURCE.search(text, max(0, lo - _PUBLISHED_REACH), hi):
        finals = []  # the guess reads published figures: no adverb makes it a claim
    found_out = [g for g in finals if _FOUND_OUT.search(text, max(lo, g[0] - 12), g[0])]
    if found_out and len(found_out) == len(finals):
        return out  # the adverb (たぶんバレん) goes with them
    finals = [g for g in finals if g not in found_out]
    # 学校の無くなるかもしれんと思うと、なんとも言えん: the guess is what a
    # worry is about, not put to the reader.
    finals = [g for g in finals if not _WORRIED_BY.match(text, g[1])]
    # 「4月から値上げされる」という噂がありますが、そのような事実はありません:
    # a rumour quoted to deny it (the city's correction), not passed on.
    finals = [g for g in finals if not _rumour_denied(text, lo, g, hi)]
    # 〜読めるはず、というのが私の基準です: the guess is the writer's own rule
    # of thumb (how they work), not news of the city.
    finals = [g for g in finals if not _OWN_PRINCIPLE.match(text, _with_auxiliaries(doc, g[1]), hi)]
    # 業者さんも気合の入っとるごたる: a guess at people's mood.
    finals = [g for g in finals if not _PEOPLES_MOOD.search(text, max(lo, g[0] - 10), g[0])]
    finals = [g for g in finals if not _ATMOSPHERE.search(text, _clause_start(text, lo, g[0]), g[0])]
    finals = [g for g in finals if not _OWN_INSIGHT.search(text, max(lo, g[0] - 10), g[0])
              and not _ROOM_TO_IMPROVE.search(text, max(lo, g[0] - 30), g[0])
              and not _BENEFIT_TO_PEOPLE.search(text, max(lo, g[0] - 30), g[0])
              and not _WHO_KNOWS.search(text, max(lo, g[0] - 12), g[0])
              and not _PERSON_RETURNS.search(text, max(lo, g[0] - 30), g[0])
              and not (text.startswith(_TOLD_STORY, g[0]) and _ANECDOTE_FRAMED.search(text, lo, g[0]))]
    # 黒酢飲んどけば血圧下がるって / 薬やめた人もいるんだって: what a remedy
    # does to the body (a health claim, 5.6.4), not the city's business.
    finals = [g for g in finals if not _BODY_EFFECT.search(text, _clause_start(text, lo, g[0]), g[0])]
    # 許可は取っていないが問題ないだろう: the writer assumes their own act is
    # allowed (6.3.2 when it is the city's logo), no guess at the city's business.
    if _NOT_ASKED.search(text, lo, hi):
        finals = [g for g in finals if not _ASSUMED_ALLOWED.search(text, max(lo, g[0] - 12), g[0])]
    # 子どもの頃の夏祭りは…と記憶しております: a memory of one's own past.
    finals = [g for g in finals if not (_MEMORY.match(text, g[0]) and _OWN_PAST.search(text, lo, hi))]
    if finals:
        end = _with_auxiliaries(doc, finals[0][1])
        start = _clause_start(text, lo, finals[0][0])
        # (the adverb opens the span; a vouch is marked on its own, above)
        spoken = [g for g in licensing if g[2] != "vouched"]
        if spoken and lo <= spoken[0][0] < start:
            start = spoken[0][0]
        out.append((start, end))
        for s, e, _ in finals[1:]:
            if s >= end:
                # the clause the later guess closes, not the marker alone
                out.append((max(_clause_start(text, lo, s), end), _with_auxiliaries(doc, e)))
    elif adverbs:
        out.extend((s, e) for s, e, _ in adverbs if not _FOUND_OUT_AHEAD.match(text, e, hi))
    return out
