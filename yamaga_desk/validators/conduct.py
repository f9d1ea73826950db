"""Conduct of staff (5.1), laws that bind them (5.2) and replies to critics
(5.5), found by putting two signals together rather than by one phrase.

- ``citizen_contempt`` (5.1): a resident met at work (窓口のおっさん, 住民,
  電話してきた人…) and, in the same or the next sentence, contempt for them
  (脳みそ入ってんの, 常識ないの, 日本語通じない…) or aversion to serving
  them (住民の相手するの嫌, 客の対応したくない, もう来ないでほしい); the
  resident it is about is marked too (福祉課に毎日来るじいさん).  Contempt
  includes what they did told with scorn (居座りよった, ごねて, 来やがって),
  why-questions about a kind of visitor and a fault (なんで話が長いんやろ),
  time called wasted on them (時間の無駄でございました), and aversion the
  service work itself (住民サービスとかやっとられん) or their coming (役所に来んでほしい).
- ``citizen_amusement`` (5.1): a resident's trouble or repeated visits at the
  counter (3往復, 4回目, また来た) made into entertainment: the writer enjoys
  watching (見てるこっちが楽しくなって), or staff bet or guess on it together
  (同僚と予想してた, 係内で賭けてる).
- ``leisure_in_work_hours`` (5.1): a leisure place or pastime (温泉, パチンコ,
  カフェ, 昼寝…) in a draft that places it in working time: 勤務中/仕事中/
  中抜け/外回りのふり, or a lunch break overrun (戻ったら14時半) or hidden
  (誰にも気づかれてない, セーフ).
- ``contractor_benefit`` (5.1, 5.2): a business the city deals with (出入り
  業者, 取引先, 設備業者さん…) paying for or giving the writer something
  (ゴルフ代も出してもらった, 奢ってもらった, 持つべきものは業者).
- ``election_preference`` (5.2): a party or candidate preferred in an election
  (〇〇党一択, 〇〇さんしかいない, 〇〇党がいちばんまとも) and the call to
  spread it (家族や知り合いにも声をかけて).
- ``side_business_run`` (5.2): the writer runs a paid business on the side
  (週末だけカフェやってます, 土日は店主, 予約はDMへ) while being staff.
- ``critic_belittled`` (5.5): a reply that belittles the critic's mind
  (頭悪いコメント, 日本語が読めないなら) or tells them to stop replying
  (リプしないで, コメントしないで), or waves them off as unqualified
  (設定もわからない方に言われても).
- ``insincere_acknowledgement`` (5.5): an opinion taken "for the record"
  while refusing to act (直す予定はないですけど, 一応聞いときます,
  参考程度に聞いておきます).
- ``claim_padding`` (5.1, 5.2): a travel/overtime/attendance claim that
  differs from what happened (実際は日帰りだったけど1泊で申請, カラ出張) and
  the gain kept (浮いた分で焼酎).
- ``city_property_private_use`` (5.1): the city's things taken to a private
  occasion (着ぐるみを持ち出して友達の結婚式で着てきた).
- ``records_snooping`` (5.1): residents' records looked up for curiosity
  (端末でこっそり検索したら), or met at work and laughed at (台帳見てたら同級生の
  土地が安くて笑った).
- ``complaint_deflected`` (5.5): a complaint turned back on the complainant
  (見落とす方にも問題がある, 読まれていない方の責任かと存じます, そっちが書類
  不備ばっか, 訂正はしません, 気にしすぎでは, 慣れてください, 地図くらい読める
  ようになってから言って).
"""

from __future__ import annotations

import re

from .. import lazy_regex
from ..analysis.document import Document
from .registry import any_of, validator
from .draft_facts import (PlainText, any_line_matches, once_per_draft, paragraph_window, remembered_in,
                          sentences_after, sentences_before, spans_starting_in, text_after)
from .literal_precheck import LiteralPrecheck
from .triggers import Trigger
from .contempt import DISABILITY_SLUR


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in "。、!?！？…〜~ \n":
        end -= 1
    while start < end and text[start] in "。、!?！？…〜~ \n":
        start += 1
    return start, end


def _neighbourhood(doc, pos: int, before: int = 1, after: int = 0) -> tuple[int, int]:
    """The sentence around pos widened by `before` sentences before it and
    `after` sentences after it."""
    return doc.sentences_around(doc.sentence_index(pos), before, after)


# -- paragraph validators that read the sentences around their paragraph ------------
#
# Most validators here weigh a sentence with the one or two before or after it
# (_neighbourhood).  A paragraph starts and ends at a sentence boundary, so a
# paragraph validator gets, as facts, the draft's text of those few sentences
# beyond its paragraph, runs the detector on the paragraph with them around it
# (draft_facts.paragraph_window) and keeps the spans that start in the paragraph
# (draft_facts.spans_starting_in): each span
# is yielded once, by the paragraph that holds its start, exactly as a run on
# the whole draft yields it.  None of the patterns crosses a sentence end.

_BLOCK_END = lazy_regex.compile(r"\n{2,}")


class _PerBlock:
    """Whether `found(block_doc)` holds for some block of a draft (the text
    cut after each run of blank lines), each block's answer remembered by its
    text: a whole-draft question re-asked after every keystroke reads only
    the block that changed.  Only for a `found` that looks no further than a
    sentence: a block ends at a sentence end."""

    def __init__(self, found, size: int = 2048):
        self._found = found
        self._size = size
        self._memo: dict[str, bool] = {}

    def any(self, draft) -> bool:
        text, memo, pos = draft.text, self._memo, 0
        ends = [m.end() for m in _BLOCK_END.finditer(text)]
        if not ends or ends[-1] < len(text):
            ends.append(len(text))
        for end in ends:
            block = text[pos:end]
            pos = end
            answer = remembered_in(memo, block, lambda b: bool(self._found(Document(PlainText(b), []))), self._size)
            if answer:
                return True
        return False


# -- residents met at work ---------------------------------------------------------

# A person met in service, named as a resident or a customer.
_RESIDENT = (
    # (a city hospital's patients are the people its staff serve: 山奥の患者さん…話が通じらん)
    r"(?:住民|市民|町民|村民|保護者|親御さん|来庁者|来客|相談者|申請者|利用者|受給者|受給世帯|滞納者|納税者|来館者|来所者|患者(?:さん|様)?|お客|客(?!観|席|室|層)|クレーマー|常連(?:さん)?|"
    r"年寄り|お年寄り|高齢者|(?:ご)?(?:高齢|年配|年輩)の(?:ご婦人|ご夫婦|ご婦人方|男性|女性|方々|方|人たち|人)|ご婦人|ご老人|"
    r"(?:窓口|受付|電話|カウンター)の(?:人|方|客))"
)
# People named casually: a resident only when the draft is about the counter.
_CASUAL_PERSON = (
    r"(?:おっさん|おっちゃん|おじさん|おじちゃん|おやじ|オヤジ|親父|おばさん|おばちゃん|おばはん|おばあ|おじい|"
    r"じいさん|じいちゃん|ばあさん|ばあちゃん|じじい|ジジイ|ジジィ|ばばあ|ババア|ババァ|爺さん|婆さん|"
    # a parent met at the nursery gate: 外国人ママ, 〇〇くんのパパ
    r"(?:[一-龥ァ-ヶー]{1,5}|くんの|ちゃんの|さんの)(?:ママ|パパ)(?=、|が|は|って|たち|ら[、はが])|"
    r"兄ちゃん|にいちゃん|姉ちゃん|ねえちゃん|あんちゃん|若いの|兄さん|姉さん|夫婦|母親|父親|奥さん|旦那|親(?=ばっか|ばかり|ばっかし|たち|ら[、はがもっ]|って|が|は)|"
    r"(?:あの|その|例の|この)(?:人|方|客|男|女)|(?:あそこ|あっち|向こう|あの辺|あのへん|あの地区|あの集落)の(?:連中|奴ら|やつら|人ら|人たち|住人|衆)|人(?=、|が|は|って|[、。!?]))"
)
# The counter, the phone, a visit: where staff meet residents.
_SERVICE_PLACE = lazy_regex.compile(
    # (a caseworker meets residents on home visits and over their benefit: 保護費, 訪問先)
    # (a tourist desk and a nursery meet them too: 観光案内所, お迎え, 連絡帳)
    r"(?:観光案内所|案内所|案内カウンター|聞きに(?:くる|来る|来た|きた|来よる|きよる)|お迎え(?:の|に来)|連絡帳|送迎(?:の|に来)|"
    # a city hospital meets them at the till, the waiting room, the wards
    r"会計(?:で|の窓口|窓口)|待合(?:室)?(?:で|の|に)|診察室|外来(?:で|の(?:患者|受付|待合|窓口)|に来)|病棟(?:で|の)(?:患者)|"
    r"保護費|生活保護の(?:方|人|世帯)|担当ケース|ケース(?:の方|の人|世帯)|訪問先の|家庭訪問(?:先|で)|窓口|来庁|受付|カウンター|電話口|お見えにな|お越しにな|お越しの|ご来所|来所|電話(?:で|してき|かけてき|の)|問い合わせ|問合せ|相談に来|申請に来|手続きに来|"
    r"電話してく|苦情|クレーム|説明会|検針|集金に|戸別訪問|文句(?:を|ば)?(?:言い続け|言いに来|言ってき|言うてき|垂れに来|たれに来)|(?:申請|手続き|手続|届出|届け出|申込み|申し込み|申込|相談)(?:の件で|のことで|で来|しに来|に来|で窓口|で電話)|[一-龥]{1,4}申請で|[一-龥]{1,3}課(?:に|の|で)|(?:取り|出し|払い|届け|借り|聞き)に来|市役所(?:に|へ)来|役所(?:に|へ)来|来られ|来た(?:人|おじ|おば|じい|ばあ|客|住民|市民|方|男|女|外国|兄|姉|若))"
)
_RESIDENT_RE = lazy_regex.compile(_RESIDENT)
# Residents named by the service they came for: met at work without a counter in sight.
_SERVED_BY_NAME = lazy_regex.compile(r"(?:来庁者|相談者|申請者|届出人|(?:窓口|受付|電話|カウンター)の(?:人|方|客))")
_CASUAL_RE = lazy_regex.compile(_CASUAL_PERSON)

# Contempt for the person: insult-like questions and verdicts on their mind.
_CONTEMPT = lazy_regex.compile("|".join([
    # patience with them declared gone: いい加減にしてほしい, いい加減にせえよ
    r"いい加減に(?:して(?:ほし|欲し|ほしか|くれ|もらいた|もらえ|ちょうだい|いただきた|よ(?=[。!?\n…]|$))|しろ|せえ|せい|しなっせ|しときな|しなさい|せんね|せんか)",
    # their wits doubted in ornate keigo: お読みになる力がおありでしたら, 常識をお持ちであれば
    r"(?:力|能力)(?:が|を|も|は)?(?:おあり|お持ち)(?:でしたら|なら|であれば|ならば|になれば|でいらっしゃれば)|"
    r"(?:頭|知能|常識|脳みそ|脳ミソ|理解力|読解力|知性|教養)(?:が|を|も|は)?(?:おあり|お持ち|あれ|あっ|ありゃ)(?:でしたら|なら|であれば|ならば|ば|たら)",
    # the ones who never read or listen, and serving them called futile: お読みにならない
    # 皆様に…不毛でございます, 読まん人に合わせるのはほんと無駄
    r"(?:お読みにならない|お読みいただけない|お聞きにならない|ご覧にならない|ご確認なさらない|読まれない|読まない|読まん|読まへん|聞かない|聞かん|聞かへん|見ない|見ん|見いへん)"
    r"(?:皆様|皆さま|皆さん|方々|方|お客様|人たち|人|連中|客)(?:に|の|を|と|は|って)?[^。!?\n]{0,18}?"
    r"(?:不毛|無駄(?![をがのなに])|ムダ(?![をがのなに])|むだ(?![をがのなに])|うんざり|げんなり|ため息|溜息|やれやれ|困ったもの|あきれ|呆れ|虚し|むなし|アホらし|あほらし|バカらし|ばからし)",
    r"(?:脳(?:みそ|ミソ|味噌)?|のうみそ|ノウミソ)(?:が|は)?(?:入って|入っと|入っちょ|入っとん|詰まって|詰まっと|働いて(?:な|ね|ん)|動いて(?:な|ね|ん)|ある|あん|ついて|足りて|足りと|足りん|足らん|足らな|足りな|腐って|腐っと|腐っちょ|溶けて|空っぽ|からっぽ|ない|ねー|無い|ゼロ|筋肉)",
    r"頭(?:が|は)?(?:ぬるい|ゆるい|大丈夫|おかしい|おかしく|沸いて|湧いて|お花畑|空っぽ|からっぽ|(?:悪|わる|ワル)(?:すぎ|過ぎ|いの|い(?:ん|な|よね|わ))|弱い|足りな|イカれ|いかれ|ついて(?:ん|る|ない)|使って(?:ない|ん))",
    r"(?:何|なに|なん)(?:を)?考えて(?:ん|る|生き)|何様(?:の|だ|なん|のつもり)",
    r"(?:常識|学習能力|理解力|読解力|知能|知性|想像力|社会性|デリカシー|教養|脳|判断力|記憶力)(?:が|も|って)?(?:ない|ねー|無い|ゼロ|皆無|なさすぎ|なさ過ぎ|足りな|ないの|ないん)",
    r"(?:字|日本語|言葉|話|説明|ひらがな)(?:が|も|すら|の)?(?:通じ|読め|理解でき|分から|わから|書け)(?:ない|ねー|ん(?!で))",
    # the same in Kumamoto speech: 話の通じらん, 日本語の通じらんで (not 通じらんでもない)
    r"(?:字|日本語|言葉|話|説明|ひらがな)(?:が|も|すら|の)?通じ(?:らん|られん)(?!でも)",
    # told to prepare before coming, as a scolding: もうちっと勉強してから来てはいよ,
    # 少しは調べてから電話して, 書類くらい揃えてから出直してこい (never a notice:
    # 必要書類をご確認のうえお越しください has no scolding word)
    r"(?:もうちっと|もうちょっと|もうちょい|もう少し|ちょっとは|ちょびっとは|少しは|すこしは|ちっとは|ちったあ|ちっとでん|せめて|いい加減|頼むから|くらい|ぐらい)"
    r"[^。!?\n]{0,12}?(?:勉強|予習|下調べ|調べ|確認|読ん|理解し|準備|用意|把握|覚え|揃え|そろえ|書い|記入し|考え|まとめ|整理し|決め|練習し)(?:て|で|し(?:て|と))(?:から|きて|来て)"
    r"(?:来て(?:ほし|欲し|もらい|もらえ|くれ|ください|下さい|はいよ|よ(?![うり])|ね)|来い|こい|来なっせ|きなっせ|来んね|来らんね|来てはいよ|出直(?:せ|して)|"
    r"(?:電話|連絡)(?:して(?:ほし|欲し|くれ|ください|下さい|はいよ|ね|よ)|しなっせ|せい|しろ)|かけて(?:ほし|欲し|くれ|ください|はいよ)|問い合わせ(?:て(?:ほし|くれ)|なっせ))[^。!?\n、]{0,6}",
    r"(?:(?:勉強|予習|下調べ|準備|用意|確認)し|調べ|読ん|理解し|把握し|覚え)(?:て|で)から(?:来い|こい|来いよ|来いや|来てはいよ|来なっせ|来んね|きなっせ|来てくれ(?:ん|よ|や|んかな)|来てよ|来てほしいわ|来やがれ|出直せ|出直して(?:こい|来い|きな|来な|くれ))",

    # their level judged low, any register: レベルが低かね, 民度低すぎ, 程度が低いわ
    r"(?:レベル|民度|程度|知能|知的レベル|育ち|品性|教養|モラル|意識)(?:が|の|も|は)?(?:低|ひく)(?:い|か|す|過|っ|く)|(?:底辺|低レベル|低次元|下等|下層)(?:な|の|すぎ|過ぎ)?(?:人|連中|奴|やつ|客|層|地域|とこ)",
    # their trouble shrugged off: 知らんがな, 知ったこっちゃない; a complaint told it came too late:
    # 文句は子ども産む前に言え, 文句なら申請する前に言えっての
    r"知らんがな|知らねー(?:よ|わ)|知らんし(?=[、。!?\n]|$)|知るかよ|知るか(?=[、。!?\n]|$)|知ったこっちゃ|知ったことか|知ったことじゃ(?:ない|なか)|知らんばい|知らんけん(?=[、。!?\n]|$)",
    r"(?:文句|苦情|クレーム|不満|泣き言|言い訳)(?:は|なら)[^。!?\n]{0,14}?(?:前に|てから|でから|うちに)(?:言え|言って|言いな|言わんね|言いなっせ|言うてくれ|言えや|言えよ)",
    # a wish they were gone: はよ施設入ってくれんかな, さっさと引っ越してほしい, もう来んでくれ
    r"(?:はよ|早く|早よ|はやく|さっさと|とっとと|いい加減|いいかげん|もう|一生|二度と)[^。!?\n]{0,10}?(?:施設(?:に|へ)?入|入院し|引っ越し|引越し|転居し|来なくな|来んようにな|来んごとな|来ないようにな|いなくな|おらんようにな|消え|くたばっ|死ん|あの世に行っ|成仏し|諦め|あきらめ|黙っ|帰っ)(?:って|て|で)(?:くれ|ほし|欲し|もらえ|もらいた|ちょうだい|はいよ|いただきた)",
    r"(?:話|会話)に(?:なら|なんね)|聞く耳(?:が|も|を)?(?:ない|ねー|無い|持たな|持ってな)",
    # their idleness guessed at: 今日も3回目の電話。よっぽど暇なんやろな
    r"(?:よっぽど|よほど|さぞ|さぞかし|ずいぶん|随分|相当)(?:お)?(?:暇|ひま|ヒマ)(?:な|なん)[^。!?\n]{0,4}(?:やろ|だろ|でしょ|じゃろ|ちゃろ|かな|とやろ)",
    # or asked of their coming again and again: 毎週毎週ひまなんかね
    r"(?:毎週毎週|毎日毎日|毎度毎度|毎回毎回|毎月毎月)(?:お)?(?:暇|ひま|ヒマ)(?:な|なん)(?:かね|かな|やろ|だろ|じゃろ|ですか|か[?]|と[?])",
    r"人間(?:として)?(?:終わって|やめ|辞め)|生きてて(?:恥ずかし|楽し)|(?:どういう|どんな)(?:育ち|教育|神経|頭)",
    r"(?:バカ|ばか|馬鹿|アホ|あほ|ボケ|マヌケ|間抜け|無能|低能|クズ|カス|ポンコツ)(?:なの|なのか|か(?:よ|な)|すぎ|じゃない|じゃね|だろ|だな|丸出し|確定)",
    # a disability slur for them, masked or not: ああいうガ〇ジは施設に, あの客ｶﾞｲｼﾞかよ (a slur
    # made part of a group's name, キ●ガイ集団 of a lobby phoning in, names no one served)
    DISABILITY_SLUR + r"(?![一-龥])",
    # where they come from made the verdict: 田舎もん丸出し, 貧乏くさ丸出し
    r"(?:田舎|いなか|イナカ)(?:もん|者|モン|っぺ)(?:丸出し|まるだし|すぎ|過ぎ|やな|だな|やね|かよ)(?![のな](?:自分|私|俺|僕|うち|わたし))|(?:貧乏|育ち|田舎)(?:くさ|臭)(?:い|さ|か)?(?:丸出し|すぎ|過ぎ)(?![のな](?:自分|私|俺|僕|うち|わたし))",
    # the same asked in Kansai or Kumamoto speech: アホちゃう？, バカなん？, アホやなかと？
    # (never one asked of oneself: アホちゃう？自分, 俺バカなん？)
    # (never one asked of oneself: 俺バカなん？; アホちゃう？自分 is _SELF_AFTER)
    r"(?<!自分)(?<!私)(?<!俺)(?<!僕)(?:バカ|ばか|馬鹿|アホ|あほ|ボケ|マヌケ|間抜け|ポンコツ)(?:ちゃう|とちゃう|やん(?!ね)|やろ|なん(?:[?か]|じゃ|やろ)|じゃなか|やなか|やね[ん?])",
    # a bare verdict said with an intensifier: マジでポンコツ, ほんとアホ;
    # never one said of oneself (自分ほんとポンコツ, 私ってマジでアホ)
    r"(?<!自分)(?<!自分って)(?<!自分は)(?<!私)(?<!私って)(?<!私は)(?<!俺)(?<!俺って)(?<!僕)(?<!僕って)(?<!うちって)"
    r"(?:マジで|まじで|マジ|まじ|ほんと(?:に)?|本当に|ガチで|完全に|ただの)(?:ポンコツ|バカ|ばか|馬鹿|アホ|あほ|無能|低能|クズ|カス|ボケ|ぼけ)(?=[。!?\n、]|$|w|笑|\(笑)",
    r"(?:幼稚園児|小学生|子ども|子供|猿|サル|犬|土人|未開人|原始人)(?:以下|並み|レベル)|(?:土人|未開人)(?:ども|ばっか|ばかり|かよ|やん|やろ)",
    # an insult made a name for them: クソじじい, 糞婆, 無能な客ばっかり, アホな住民
    r"(?:クソ|くそ|糞)(?:じじい|ジジイ|ジジィ|爺|じじ|ばばあ|ババア|ババァ|婆|ばば|客|ガキ|野郎|おやじ|オヤジ|親父|住民|利用者)|"
    r"(?:無能|低能|バカ|ばか|馬鹿|アホ|あほ|クズ|カス|ポンコツ)(?:な|の)(?:客|住民|利用者|来庁者|連中|奴|やつ|人間|じじい|ジジイ|ばばあ|ババア)",
    # "even a child could": 小学生でも書けるぞ (a sneer, not 小学生でも分かるように)
    r"(?:幼稚園児|保育園児|小学生|中学生|子ども|子供|猿|サル)(?:でも|ですら)(?:書け|でき|分か|わか|読め|理解でき)(?:る|ん)(?:ぞ|わ(?!け)|よ(?!う)|って|のに|だろ|やろ|ばい|けど|し(?![くかょ]))",
    # senility as a verdict, dialect included: ボケとるとやろか, ボケとらす, ボケ始めとる
    r"(?:ボケ|ぼけ)(?:と(?:る|らす|ら|っ)|てる|てん|始め|始ま|老人)",
    # 阿呆 in kanji, and an insult said as a name for them: この阿呆め, あのバカが
    r"阿呆(?:なの|なん|か(?:よ|な)|すぎ|じゃ|やろ|だろ|やん|ちゃう|丸出し|確定|やなか|らし)|(?:この|あの|その)(?:阿呆|アホ|あほ|バカ|馬鹿|ばか|ボケ|間抜け|マヌケ|たわけ|うつけ)(?:め|が(?=[。!?\n、]|$)|ども)",
    # their talk tuned out: 話が長すぎて途中から聞き流しとった
    r"(?:話|長話|説明|愚痴|世間話|苦情|文句)[^。!?\n]{0,14}?(?:聞き流し|聞いてなか|聞いとらん|聞いとらんかっ|聞いてへん|スルーし|"
    # or dozed through: 話長すぎて途中で寝そうやった
    r"寝そう|寝かけ|寝落ち|寝てしまいそう|眠くな|あくびが|意識が飛)",
    # their mind doubted in dialect: 頭おかしか
    r"頭(?:が|は)?おかし(?:か|かと|かろ|かばい|かね)(?=[。!?\n、 ]|$|[wｗ笑])",
    # a masked insult word: ア〇, バ〇, 〇ホ
    r"(?:[アバあば][〇○●◯×✕＊*]|[〇○●◯×✕＊*][ホカほか]) ?(?:なん|なの|か(?:よ|な)|すぎ|だろ|やろ|じゃ|丸出し|確定|ちゃう|やん|だな|やなか|じゃなか)",
    r"(?:いい|良い)?(?:年|歳)(?:して|こいて)",
    r"(?:かわいそう|可哀想|可哀そう)な(?:人|頭|脳)|(?:迷惑|害悪|邪魔|厄介)(?:でしか|すぎ|な(?:人|客|奴|やつ|存在))|老害|ゴミ客|クソ客",
    # not even able to follow the form: 書き方も分からんで, やり方すらわからない
    r"(?:書き方|使い方|やり方|読み方|意味|手順|順番|ルール|仕組み|記入|字)(?:も|すら|さえ)(?:分から|わから|理解でき|でき|でけ|読め|書け)(?:ない|ねー|ん|ず)",
    # what they did, in words that scorn it: 居座りよった, ごねて, わめき散らす,
    # 難癖つけて, 逆ギレ, and any verb with 〜やがる / 〜くさる
    r"居座(?:り|る|っ|ら|ろ)|居すわ(?:り|る|っ)|(?:ごね|ゴネ)(?:る|て|た|と|よ|まく|得)|(?:わめ|喚)(?:く|い|き|か)|騒ぎ立て|"
    r"難癖|いちゃもん|イチャモン|言いがかり|因縁(?:を|ば)?つけ|逆ギレ|逆切れ|食ってかか|(?:怒鳴|どな)り散らし|わがまま放題|開き直|居直|"
    r"[いきしちにみりえけせてねめれっ来見出寝]やが(?:る|った|って|ります|れ)|[いきしちにみりっ]くさ(?:る|った|って|りおっ)",
    # a why-question about a kind of visitor and a fault: 窓口に来る女の人って
    # なんで話が長いんやろ, 来庁者はどうしていつも書類を忘れるのか
    r"(?:人|方|客|者|民|寄り|性|さん|ちゃん|様|さま|連中|たち|ども|ジジイ|じじい|ババア|ばばあ)(?:って|は|ってさ|ってほんと|ってマジで)[、 ]?"
    r"(?:なんで|何で|どうして|なぜ|何故|なして|なんでまた)[^。!?\n]{0,14}?"
    r"(?:話が長|話の長|長話|要点|前置き|(?:話|説明)を?(?:聞か|聞いてな|聞かん)|読ま(?:な|ん)|読んで(?:な|ね)|忘れ|守ら(?:な|ん)|怒|キレ|文句|しつこ|"
    r"遅(?:い|れ|く)|ギリギリ|ぎりぎり|(?:分から|わから|理解でき)(?:ない|ん|ねー)|(?:でき|でけ)(?:ない|ん|ねー)|書け(?:ない|ん)|並ば(?:な|ん)|"
    r"偉そう|えらそう|態度|うるさ|同じこと|何度も|何回も|覚え(?:な|ん|られ)|持って(?:こ|来|き)(?:ない|ん)|確認し(?:な|ん)|上から|横柄|わがまま|自分勝手|せっかち|短気|しつこ)",
    # airs held against what they are (受給者のくせに偉そう, 滞納しとる分際で文句),
    # or asked why they put on such airs (なんであんなに偉そうなん, なしてあげん態度のでかかと)
    r"(?:くせに|くせして|クセに|癖に|分際で|身分で|立場で)[、 ]?[^。!?\n]{0,10}?(?:偉そう|えらそう|偉か|態度(?:が|は|の)?(?:でか|デカ|大き|悪|わる)|横柄|上から|生意気|図々し|ずうずうし|厚かまし|"
    r"文句|口答え|注文(?:が|ばっか|ばかり)?多|要求(?:ばっか|ばかり)|権利(?:ばっか|ばかり)|一丁前|いっちょまえ|威張|いばっ|でかい顔)",
    r"(?:なんで|何で|どうして|なぜ|何故|なして|なんでまた)(?:あんなに|あんな|あげん|あそこまで|ああも|そげん|そんなに|いつも|毎回|揃いも揃って)[^。!?\n]{0,6}?"
    r"(?:偉そう|えらそう|偉か|態度(?:が|は|の)?(?:でか|デカ|大き|悪|わる)|横柄|上から|生意気|図々し|ずうずうし|厚かまし|威張|いばっ|しつこ|うるさ|わがまま|自分勝手|せっかち|短気|怒りっぽ|キレやす|話が長|喧嘩腰|けんか腰)",
    # time spent on them called wasted, plainly or in keigo: 時間の無駄でございました
    r"時間の(?:無駄|ムダ|むだ)(?:で(?:ござ|し|す)|だ|や|じゃ|でしか|すぎ|過ぎ|以外|やっ|だっ|(?=[。!?\n]|$))|時間泥棒|時間を(?:返して|返せ)|"
    r"(?:いい|とんだ|はた|傍)迷惑|業務妨害|仕事(?:に|が)?(?:ならん|ならない|なりません|進まん|進まない)(?:わ|し|けん|から|よ|って|[。!?\n]|$)",
    # a demand on people like that: ああいう方はご家族が付き添って来ていただきたいものです
    r"(?:ああいう|ああいった|ああした|ああゆう|あの手の|こういう|ああいう類の)(?:方|人|客|お客|お客様|お年寄り|年寄り|連中|手合い)(?:は|には|って|こそ)[^。!?\n]{0,24}?"
    r"(?:ほし(?:い|か|く)|欲し(?:い|く)|もらいた(?:い|く)|いただきた(?:い|く)|頂きた(?:い|く)|願いた(?:い|く)|くれ(?:ん|ない)?かな|来ないで|来んで|来るな|ご遠慮)",
]))
# Weather, traffic or an illness that "stays" or "rages" (梅雨前線が居座って,
# 台風が居座り): the scornful verb is not said of a resident.
_NOT_A_PERSON = lazy_regex.compile(
    r"(?:前線|台風|高気圧|低気圧|寒気|暖気|雨雲|梅雨|猛暑|暑さ|寒さ|大雪|霧|黄砂|花粉|渋滞|ウイルス|コロナ|インフル|風邪|熱が|痛み|在庫|赤字)(?:が|は|も)"
    # a machine that stopped the work (ファイルサーバー、また固まった…仕事にならん)
    r"|(?:サーバー|サーバ|PC|パソコン|システム|ネット|回線|プリンター|プリンタ|端末|アプリ|エクセル|Excel|コピー機|複合機|電子決裁)[^。!?\n]{0,30}?"
    r"(?:固ま|落ち|止ま|フリーズ|壊れ|動かな|動かん|繋がら|つながら|重(?:い|すぎ|たい|か))")
# A complaint shrugged off as said to the writer (市に言われても知らんばい,
# 私に言われても知らんがな): the complaint deflected (5.5), not contempt for
# the person who made it.  So is the shrug aimed at the complaint itself,
# named just before it (遅いって苦情、知らんがな / クレームとか、どうでもいい):
# a reply to criticism, 5(5).
_SHRUGGED_COMPLAINT = lazy_regex.compile(
    r"(?:(?:言われても|言われたって|言われましても|言うてこられても|言ってこられても)"
    r"|(?:苦情|クレーム|文句|ご意見|意見|ご批判|批判|ご指摘|指摘)(?:とか|なんか|なんて|が来て(?:も)?|来て(?:も)?|きても)?)[、 ]?$"
)
# The complaint quoted back as a question, or reported as it came in, just
# before the shrug (防災無線がうるさいって苦情？ 知らんがな / 苦情LINE来た）→ 知らんがな):
# the shrug answers the complaint, a reply to criticism (5(5)).
_COMPLAINT_ASKED_BACK = lazy_regex.compile(
    r"(?:苦情|クレーム|文句|ご意見|ご批判|批判|ご指摘|指摘|って)(?:LINE|ライン|メール|電話|リプ|DM|コメント)?(?:が)?(?:来た|きた)?"
    r"[?？)）]\s*(?:→|⇒)?\s*$"
)
# The one scorned named first as the topic, and not someone the writer serves: a
# colleague (医事課のお局、…クソばばあ), staff of another body (家保から来た獣医、…),
# a trade caller (飼料屋の営業、…), an ex (元彼、…), a fraudster (詐欺電話の受け子、…).
# An insult of them is 5(6)① alone; 5(1) is contempt for the people served.
_NOT_SERVED_TOPIC = lazy_regex.compile(
    r"[^。!?\n、]{0,30}?(?:お局|上司|先輩|後輩|同僚|同期|新人|課長|係長|部長|主任|主査|所長|獣医|営業(?:マン|さん|の人)?|セールス|業者|"
    r"元彼|元カレ|元カノ|元彼女|元夫|元嫁|元旦那|受け子|掛け子|かけ子|出し子|詐欺グループ|詐欺師)(?:さん)?(?:、|は|って|が|,)"
)
# The verdict turned on oneself just after it, past the question mark that
# ends its sentence: アホちゃう？自分.
_SELF_AFTER = lazy_regex.compile(r"[?]?[、 ]?(?:自分|私|俺|僕|わたし|おれ)")
# Aversion to serving residents: 相手するの嫌, 対応したくない, 来ないでほしい.
_SERVE = r"(?:相手|対応|応対|接客|窓口対応|電話対応|相談対応|苦情対応|問い合わせ対応|話し相手)"
_AVERSION = (
    r"(?:嫌|いや|イヤ|無理(?![のなせ])|むり|ムリ|しんど|だる|ダル|めんど|面倒|うざ|ウザ|うんざり|勘弁|やってられ|やっとられ|やっとれ|やってらん|やってらんね|"
    r"やりたくな|やりとうな|アホらし|あほらし|バカらし|ばからし|くそくらえ|クソくらえ|"
    r"したくな|しとうな|苦痛|ストレス|萎え|憂鬱|ゆううつ|限界|辞めたい|やめたい|ごめん|きつ|キツ|こりごり|懲り懲り|"
    # the pay set against serving them: 住民の相手してると給料が安すぎる
    r"給料(?:が|に|と)?(?:安|見合わ|割に合わ|釣り合わ)|割に合わ|わりに合わ|手当(?:が|でも)?(?:ほし|欲し|出して)|"
    # serving them called a waste, plainly or in keigo: お相手は時間の無駄でございます
    r"時間の(?:無駄|ムダ|むだ)(?![をがのな])|(?:無駄|ムダ)(?:でしか|です|だ(?:わ|よ|し|[。!?]|$)|でござい|やけ|じゃ|な時間)|不毛|ばかばかし|バカバカし|アホらし|あほらし)"
)
_SERVICE_AVERSION = lazy_regex.compile(
    rf"(?:{_RESIDENT}|{_CASUAL_PERSON}|ああいう(?:人|客|の)|こういう(?:人|客)|あんな(?:人|客|の)|(?:あの|その)(?:人|客|おっさん|おばさん)(?:たち|ら|ども)?)"
    rf"(?:たち|ら|ども|さん)?(?:の)?(?:皆さま|皆様|皆さん|方|方々)?(?:の|を|と|に)?(?:お)?(?:{_SERVE})(?:を|は|も|が|って|とか)?(?:する|すん|して|し)?(?:の|のが|のは|のも|って|とか)?[^。!?\n]{{0,10}}{_AVERSION}"
    rf"|(?:{_RESIDENT}|{_CASUAL_PERSON})(?:たち|ら|ども)?(?:と|に|の顔)(?:は|も|を)?(?:もう)?(?:話したくな|会いたくな|関わりたくな|見たくな|しゃべりたくな)"
    rf"|(?:{_RESIDENT}|{_CASUAL_PERSON})(?:様|さま)?(?:たち|ら|ども)?(?:には|に|は|って)(?:正直|もう|ほんと|本当に|マジで|まじで)?(?:うんざり|げんなり|イライラ|いらいら|ムカつ|むかつ|腹が立|腹立|ついていけ|付き合いきれ|付き合ってられ)"
    rf"|(?:もう|二度と|頼むから|お願いだから)(?:来ないで|来んな|来るな|こないで|くんな)"
    # the service work itself not to be borne: 住民サービスとかやっとられん, 窓口業務なんて二度とやりたくない
    rf"|(?:(?:住民|市民)サービス|窓口(?:業務|当番|対応|の仕事)|電話(?:番|当番|対応)|(?:住民|市民|苦情|クレーム|来客|相談)対応)"
    rf"(?:なんか|なんて|とか|って|は|も|が)?(?:もう|正直|ほんと|マジで|まじで|二度と)?[^。!?\n]{{0,6}}?{_AVERSION}"
    # told not to come to the office: 役所に来んでほしい, 窓口には二度と来るな
    rf"|(?:役所|市役所|役場|窓口|庁舎|うちの課|うちの係|[一-龥]{{1,3}}課)(?:に|へ)(?:は)?(?:もう|二度と|頼むから)?"
    rf"(?:(?:来ないで|来んで|こないで)(?:ほし|欲し|もらいた|いただきた|くれ)|(?:来るな|来んな|くんな)(?![らいく])|来なくて(?:結構|けっこう))"
)
_WORK_BEYOND_THEM = lazy_regex.compile(r"(?:人|方|者|さん|たち|子|女性|男性|女|男|高齢者|外国人|若者|新人)(?:に|には|じゃ|では)$")
# Staying away asked for a reason of theirs (台風の日は無理に窓口に来ないでほしい,
# オンラインで済むので来なくて結構): care, not aversion.
_STAY_AWAY_FOR_THEM = lazy_regex.compile(r"(?:オンライン|郵送|コンビニ|電子申請|台風|大雨|大雪|無理に|無理して|体調|感染|発熱|熱が|危な|危険)")
# The hardship granted and turned round in the same sentence (窓口の仕事は、しんどい
# こともあるけど、やっぱりおもしろい): a fond word on the work, not aversion to it.
_HARDSHIP_CONCEDED = lazy_regex.compile(
    r"^[^。!?\n]{0,12}?(?:けど|けれど|が、|ものの|でも|とはいえ)[^。!?\n]{0,24}?"
    r"(?:おもしろ|面白|楽し|たのし|やりがい|やり甲斐|好き|すき|うれし|嬉し|ありがた|幸せ|しあわせ|元気もら|頑張|がんば|充実)"
)


# Residents named by where they live (奥の集落の人たちは, 川向こうの地区の連中は): a
# generalisation about a group by place of residence, 5(6)② (LABELS: "a generalisation
# or exclusion with no such word is 5.6.2 only").  It is contempt for residents served
# (5(1)) only when one of them was met at work: at the counter, on the phone, on a round
# (窓口に来る山奥の集落の人たち, 検針行くたび); a meeting to hold or to leave them out of
# (説明会は町中の人だけ呼べばいい, 説明会しても話が通じん) meets nobody.
_GROUP_BY_RESIDENCE = lazy_regex.compile(
    r"(?:集落|地区|団地|山奥|山あい|山間|山ん中|山の中|奥の方|奥のほう|奥|川向こう|市営住宅|町営住宅|あの辺|あのへん|あっち|あそこ)"
    r"(?:の|に住んで(?:る|い|お)|に住んど|に住む)?(?:人たち|人達|人ら|人|連中|衆|人間|住民|者|もん|奴ら|やつら)(?:は|って|が|ども|、)"
)
_MET_NOT_AT_MEETING = ("説明会",)


def _generalised_by_residence(doc, lo: int, hi: int, s_lo: int, start: int) -> bool:
    text = doc.text
    group = None
    for group in _GROUP_BY_RESIDENCE.finditer(text, s_lo, start):
        pass
    if group is None:
        return False
    def outside(m):
        return m.end() <= group.start() or m.start() >= group.end()
    if any(outside(m) and m.group() not in _MET_NOT_AT_MEETING for m in _SERVICE_PLACE.finditer(text, lo, hi)):
        return False
    if any(outside(m) for m in _RESIDENT_RE.finditer(text, lo, hi)):
        return False
    return _SERVED_BY_NAME.search(text, lo, hi) is None


def _scorned_one_not_served(doc, lo: int, s_lo: int, start: int) -> bool:
    """The contempt's sentence, or the one before it, opens on a topic who is
    not served by the writer (_NOT_SERVED_TOPIC), and no resident is named
    between that topic and the contempt."""
    text = doc.text
    for at in dict.fromkeys((s_lo, lo)):
        topic = _NOT_SERVED_TOPIC.match(text, at, start)
        if topic and not (_RESIDENT_RE.search(text, topic.end(), start) or _CASUAL_RE.search(text, topic.end(), start)):
            return True
    return False


def _resident_in(doc, lo: int, hi: int, service_anywhere: bool) -> bool:
    text = doc.text
    if _RESIDENT_RE.search(text, lo, hi):
        return True
    return service_anywhere and _CASUAL_RE.search(text, lo, hi) is not None


# Kind words or a campaign against abuse: not contempt.
_KIND = lazy_regex.compile(r"(?:通訳|翻訳|やさしい日本語|筆談|多言語|外国の方|手話|ありがと|感謝|うれし|嬉し|ほっこり|温か|あたたか|癒|和ん|なごん|ご理解|ご協力|申し訳|お詫び|研修|ないよう|防止|禁止|やめましょう|ハラスメント|カスハラ対策)")


# The sentences that may hold a match of each pattern (none of them crosses
# a sentence end): most drafts have none, and no search runs over a whole
# pasted text in one call (which held the GIL, and the window, 50 ms).
_AVERSION_SENTENCES = LiteralPrecheck(_SERVICE_AVERSION)
_CONTEMPT_SENTENCES = LiteralPrecheck(_CONTEMPT)

# Serving a resident counted as time lost: 1時間も付き合わされた, 半日つぶされた,
# 30分も時間食いました.  Said with thanks or of one's own errand it is not.
_TIME_LOST = lazy_regex.compile(
    r"(?:[0-9一二三四五六七八九十半]+(?:時間|分)|半日|午前中|午後いっぱい|一日|丸一日)(?:も|近く|以上|まるまる|ずっと)?[、 ]?(?:時間)?(?:を|ば)?"
    r"(?:付き合わされ|つきあわされ|付き合わさ|拘束され|取られ|とられ|食われ|くわれ|食(?:っ|い|う)|くっ|潰され|つぶされ|潰れ|つぶれ|持っていかれ|もってかれ|もっていかれ|無駄に|ムダに|むだに|捕まっ|つかまっ)"
)
_TIME_LOST_SENTENCES = LiteralPrecheck(_TIME_LOST)
# what the time went on: serving someone (a consultation, a call, the counter)
_SERVED_WORK = lazy_regex.compile(r"(?:相談|対応|応対|接客|手続き|申請|窓口|電話|来庁|受付|説明|筆談|苦情|クレーム)")
_SERVED_SOMEONE = lazy_regex.compile(rf"(?:{_RESIDENT}|{_CASUAL_PERSON}|[ぁ-ん]{{1,4}}(?:ん|ない|な)方|(?:方|人|客|さん)(?:で|が|に|の|、|と))")
_GRATEFUL = lazy_regex.compile(r"(?:ありがと|感謝|うれし|嬉し|勉強にな|学び|よかった|良かった|ほっこり|楽しかった|ないよう|防止|研修|待たせ|お待たせ|申し訳)")


def _in_sentences(pattern, text: str, sentences):
    for lo, hi in sentences:
        yield from pattern.finditer(text, lo, hi)


# The patterns the facts below look for in the whole draft (or each line of
# it) at every check, each behind its cheap test (LiteralPrecheck): one draft
# in five to fifty holds one of their literals, and the test costs a tenth of
# the pattern's search (benchmark drafts).
_SERVICE_PLACE_IN_DRAFT = LiteralPrecheck(_SERVICE_PLACE)
_RESIDENT_IN_DRAFT = LiteralPrecheck(_RESIDENT_RE)
_CASUAL_IN_DRAFT = LiteralPrecheck(_CASUAL_RE)


@once_per_draft
def _service_in_draft(draft) -> bool:
    # (a match lies in one line and one sentence: it holds no line break nor
    # 。!?; each line's answer is remembered, so a re-check reads one line)
    return _SERVICE_PLACE_IN_DRAFT.any_line_matches(draft)


def _contempt_facts(draft, start, end):
    # The counter named anywhere in the draft makes a casual person a
    # resident; contempt reads the sentence before it (the one before the
    # paragraph, for its first sentence) and marks the resident named there,
    # so contempt in the sentence after the paragraph marks a resident in its
    # last sentence.
    # (two sentences before: a rant of two sentences may follow the resident)
    return _service_in_draft(draft), sentences_before(draft, start, 2), sentences_after(draft, end, 1)


@validator("citizen_contempt", scope="paragraph", facts=_contempt_facts)
def citizen_contempt(doc, facts):
    service, before, after = facts
    window, offset = paragraph_window(doc, before, after)
    yield from spans_starting_in(_citizen_contempt(window, service, offset), offset, len(doc.text))


def _citizen_contempt(doc, service: bool, start: int = 0):
    """The spans found from the sentence at `start` on (the sentences before
    it are read as context): a match yields its clause and the resident
    named up to its sentence's end, all before `start` for a match in an
    earlier sentence, so those sentences are not searched."""
    text = doc.text
    aversion, contempt = _AVERSION_SENTENCES.sentences(doc, start), _CONTEMPT_SENTENCES.sentences(doc, start)
    time_lost = _TIME_LOST_SENTENCES.sentences(doc, start)
    if not (aversion or contempt or time_lost):  # no loop below can find anything
        return
    named = set()
    for m in _in_sentences(_SERVICE_AVERSION, text, aversion):
        lo, hi = doc.sentence_at(m.start())
        if _KIND.search(text, lo, hi) or _STAY_AWAY_FOR_THEM.search(text, lo, hi):
            continue
        if _HARDSHIP_CONCEDED.match(text[m.end():hi]):
            continue
        # the work judged beyond someone else (障がいのある人に窓口の仕事は無理): a
        # claim about a group (5.6.2), not the writer's own aversion to serving
        if _WORK_BEYOND_THEM.search(text, lo, m.start()):
            continue
        # 相手/対応 names serving; a bare もう来ないで needs the counter in sight.
        if not (re.search(_SERVE + r"|サービス|業務|当番|電話番", m.group()) or service):
            continue
        yield _trim(text, *_clause(text, lo, m.start(), m.end()))
        person = _served_person(doc, m.start())
        if person and person not in named:
            named.add(person)
            yield person
    for m in _in_sentences(_TIME_LOST, text, time_lost):
        lo, _ = _neighbourhood(doc, m.start(), before=1)
        s_lo, s_hi = doc.sentence_at(m.start())
        if _GRATEFUL.search(text, s_lo, s_hi):
            continue
        if (_SERVED_WORK.search(text, lo, s_hi) or _SERVICE_PLACE.search(text, lo, s_hi)) and _SERVED_SOMEONE.search(text, lo, s_hi):
            yield _trim(text, *_clause(text, s_lo, m.start(), m.end()))
    for m in _in_sentences(_CONTEMPT, text, contempt):
        lo, hi = _neighbourhood(doc, m.start(), before=1)
        s_lo, s_hi = doc.sentence_at(m.start())
        if _KIND.search(text, s_lo, s_hi) or _SELF_AFTER.match(text, m.end()) or _NOT_A_PERSON.search(text, s_lo, m.start()):
            continue
        if _SHRUGGED_COMPLAINT.search(text, s_lo, m.start()) or _COMPLAINT_ASKED_BACK.search(text, lo, m.start()):
            continue
        if not (service or _SERVICE_PLACE.search(text, lo, hi) or _SERVED_BY_NAME.search(text, lo, hi)):
            continue
        if _generalised_by_residence(doc, lo, s_hi, s_lo, m.start()):
            continue
        if _scorned_one_not_served(doc, lo, s_lo, m.start()):
            continue
        resident = _resident_in(doc, lo, s_hi, True) or _SERVICE_PLACE.search(text, lo, s_hi)
        if not resident and lo < s_lo and _CONTEMPT.search(text, lo, s_lo):
            # the rant goes on: the sentence before is contempt too, so the
            # resident may be named one sentence further back
            lo2, _ = _neighbourhood(doc, m.start(), before=2)
            resident = _resident_in(doc, lo2, s_hi, True)
        if resident:
            yield _trim(text, *_clause(text, s_lo, m.start(), m.end()))
            person = _served_person(doc, m.start())
            if person and person not in named:
                named.add(person)
                yield person


# A grumble about a caller or visitor a couple of sentences after they were
# described: 〜電話してくる人、〇〇さんってじいさん。…いちいちうるさいんだよなあ.
_GRUMBLE = lazy_regex.compile(
    r"いちいち(?:うるさ|うざ|ウザ|めんどくさ|面倒くさ|細けー|細かすぎ|文句)|(?:しつこ|うるさ|うざ|ウザ)(?:すぎ|いんだよ|いんだよな|いっちゃ|かー|いわ)"
)


def _grumble_facts(draft, start, end):
    # the caller may be described up to two sentences before the grumble
    return sentences_before(draft, start, 2)


@validator("citizen_grumble", scope="paragraph", needs=(_GRUMBLE,), facts=_grumble_facts)
def citizen_grumble(doc, before):
    window, offset = paragraph_window(doc, before, ())
    yield from spans_starting_in(_citizen_grumble(window), offset, len(doc.text))


def _citizen_grumble(doc):
    text = doc.text
    for m in _GRUMBLE.finditer(text):
        s_lo, s_hi = doc.sentence_at(m.start())
        if _KIND.search(text, s_lo, s_hi):
            continue
        lo, _ = _neighbourhood(doc, m.start(), before=2)
        if not _SERVICE_PLACE.search(text, lo, s_hi) or not _resident_in(doc, lo, s_hi, True):
            continue
        end = re.match(r"[ぁ-んー]{0,6}", text[m.end():s_hi])
        yield _trim(text, *_clause(text, s_lo, m.start(), m.end() + end.end()))


# The resident the contempt is about, named where they were met:
# 福祉課に毎日来るじいさん, 税務課の窓口に来たじいちゃん, 窓口に来た兄ちゃん.
_SERVED_PERSON = lazy_regex.compile(
    r"(?:窓口|来庁|受付|カウンター|電話口|[一-龥]{1,3}課|市役所|役所|役場)(?:に|へ|で|の|から)?[^。!?\n、]{0,10}?"
    r"(?:来た|来る|来られた|来とる|来よる|来とった|来てた|来てる|電話してきた|かけてきた|おった|いた)"
    r"(?:[^。!?\n、]{1,6}?の)?"
    rf"(?:{_RESIDENT}|{_CASUAL_PERSON})"
)


def _served_person(doc, pos: int):
    """The resident named in the sentence of pos or the one before it."""
    lo, _ = _neighbourhood(doc, pos, before=1)
    _, hi = doc.sentence_at(pos)
    m = None
    for m in _SERVED_PERSON.finditer(doc.text, lo, hi):
        pass
    return (m.start(), m.end()) if m else None


def _clause(text: str, lo: int, start: int, end: int) -> tuple[int, int]:
    """From the last comma or space before start to the end of the match."""
    i = start
    while i > lo and text[i - 1] not in "、, \n":
        i -= 1
    return i, end


# -- a resident's trouble as entertainment -------------------------------------------

# What happened to them: forgetting, going back and forth, coming again.
_MISHAP = lazy_regex.compile(
    r"(?:忘れ|往復|何回|何度|[0-9一二三四五六七八九十]+回(?:目|も|来|聞|訊|尋|電話|質問|言)|回目|また来|また(?:電話|同じ)|毎日来|毎週来|毎回|覚えな|覚えられ|"
    r"間違え|迷って|迷い|怒鳴|キレ|的外れ|見当違い|とんちんかん|トンチンカン|何言っ(?:と|て)(?:る|ん)か(?:分から|わから)|話(?:が)?長(?:すぎ|過ぎ|くて)|ブチギレ|真っ赤|同じこと|同じ質問|わからず|分からず|読めな|書けな|読めん|書けん|戻って(?:き|来)|出直|やり直|書き直|"
    r"ドヤ顔|必死|汗だく|右往左往|うろうろ|ウロウロ|オロオロ|おろおろ|パニック|粘って|居座|長話|しつこ|説教)"
)
# The writer enjoying it, or staff betting and guessing together.
_AMUSED = lazy_regex.compile(
    r"(?:楽しくなって|面白くなって|おもしろくなって|面白すぎ|おもしろすぎ|おもろ|笑いを?(?:こらえ|堪え|我慢|こらえる|噛み殺)|笑いが止まら|笑いそう|"
    r"ニヤニヤ|にやにや|ニヤけ|にやけ|ニヤニヤ|吹きそう|噴きそう|見もの|見物(?:だった|でした|です)|エンタメ|ショー(?:だった|かと)|"
    r"コント|漫才|ネタ(?:に|と|として|確定|提供)|名物(?:おじさん|おばさん|おっさん|じいさん|ばあさん|客|住民)|(?:職場|課|係|窓口|庁舎|役所|もはや|すっかり|ある意味)の?名物|"
    r"ウケ(?:た|る)|爆笑|笑える|笑った|笑っちゃ|笑っ(?:て|た)|草(?=[。!?w\s]|$)|w{2,}|"
    # scorn shown behind a polite face: 心の中では『また始まった』と白目をむいています（笑）
    r"白目(?:を)?(?:むい|剥い|むき|むく|剥く)(?:て(?:います|ます|る|た|ました))?(?:\(笑\))?|"
    r"(?:心の中|内心|腹の中)(?:では|で|は)[^。!?\n]{0,16}(?:またか|また始まった|また来た|舌打ち|ため息|毒づ|悪態|うんざり)[^。!?\n]{0,12}?(?:\(笑\)|(?=[。!?\n]|$)))"
)
_COLLEAGUES = r"(?:同僚|先輩|後輩|係長|課長|班長|主任|上司|隣の(?:席|人)|職場の(?:みんな|皆|人)|課の(?:みんな|皆|人)|係の(?:みんな|皆|人)|課内|係内|みんな|皆|職員)"
_WAGER = lazy_regex.compile(
    # (the guess itself may be quoted between: 先輩と「今の人、たぶん書けんやろ」って当てっこ)
    rf"{_COLLEAGUES}(?:と|で|同士で|の間で|たちと|たちで)(?:[^。!?\n]{{0,14}}|[^。!?\n「」]{{0,6}}「[^」\n]{{1,40}}」[^。!?\n「」]{{0,6}})(?:予想|賭け|賭けて|かけて|当て(?:て|っこ)|カウント|数えて|実況|盛り上が|笑|ネタ|記録|ランキング|番付|ニヤニヤ|にやにや|ニヤけ|目が合|目を合わせ|顔を見合わせ|ハイタッチ)"
    r"|(?:何回目|何往復|[0-9一二三四五六七八九十]+(?:回目|往復目))[^。!?\n]{0,10}(?:あるか|来るか|来るのか|予想|賭け|当て)"
)
# A colleague or friend praised as good company (先輩がまじでおもろくて優しいけん助かっとる):
# a fond word, no one laughed at.
_GOOD_COMPANY = lazy_regex.compile(r"おもろ(?:く|い|か)[^。!?\n]{0,8}?(?:優し|やさし|いい人|良い人|よか人|頼り|助か|好き|楽し|尊敬|あったか|温か)")
_SPECTATOR = lazy_regex.compile(r"(?:見てる|見ている|見てた|聞いてる|聞いてた)(?:こっち|方|ほう|私|俺|僕)(?:が|は|も)")
# Staff looking at each other in admiration (顔を見合わせて感心した, 思わず目を
#合わせてうなった) share no joke; 「ある意味感心」 is scorn again.
_LOOK = lazy_regex.compile(r"(?:目が合|目を合わせ|顔を見合わせ)")
_ADMIRING = lazy_regex.compile(
    r"^[^。!?\n]{0,8}?(?:感心|感動|感激|感嘆|脱帽|尊敬|見直|唸|うなっ|うなり|うなず|頷|頼もし|素晴らし|すばらし|さすが|たいしたもん|大したもん|驚き|感服)"
)


# An animal as the one suffering (罠にかかった猪を突いて暴れさせる, その悲鳴を動画に撮って
# みんなで見る): cruelty to animals (5(6)⑥), no resident made a show of.
_ANIMAL = lazy_regex.compile(
    r"(?:猪|イノシシ|いのしし|(?<!山)鹿|シカ|猿|サル|熊|クマ|狸|タヌキ|狐|キツネ|アライグマ|ハクビシン|獲物|害獣|野良猫|野良犬|"
    r"犬|猫|牛|豚|鶏|ニワトリ|カラス|鳩|ハト|カエル|蛙|ヘビ|蛇|魚|動物|家畜|ペット)(?:を|が|の|は|に|も)"
)


def _animal_laughed_at(doc, lo: int, hi: int) -> bool:
    """The sentence or the one before names an animal, and no resident."""
    text = doc.text
    p_lo, _ = _neighbourhood(doc, lo, before=1)
    return (_ANIMAL.search(text, p_lo, hi) is not None and not _RESIDENT_RE.search(text, p_lo, hi)
            and not _CASUAL_RE.search(text, p_lo, hi) and not _SERVICE_PLACE.search(text, p_lo, hi))


def _admiring_look(text: str, m) -> bool:
    look = _LOOK.search(m.group())
    if not look:
        return False
    after = _ADMIRING.search(text[m.start() + look.end():m.start() + look.end() + 24])
    return after is not None and not re.search(r"ある意味|逆に|ある種|ある意味で", after.group())


_MISHAP_IN_DRAFT = LiteralPrecheck(_MISHAP)


@once_per_draft
def _residents_trouble_in_draft(draft) -> bool:
    """A resident at the counter and their trouble told somewhere in the draft."""
    text = draft.text
    if not (_SERVICE_PLACE_IN_DRAFT.search(text) or _RESIDENT_IN_DRAFT.search(text)
            or (_CASUAL_IN_DRAFT.search(text) and (_WAGER.search(text) or _SPECTATOR.search(text)))):
        return False
    return _MISHAP_IN_DRAFT.search(text) is not None


def _amusement_facts(draft, start, end):
    # The resident and their trouble may be told in another paragraph; the
    # laughing in the sentence after the paragraph marks the trouble told in
    # its last sentence.  (No needs: the trouble may sit in another paragraph.)
    return _residents_trouble_in_draft(draft), sentences_after(draft, end, 1)


@validator("citizen_amusement", scope="paragraph", facts=_amusement_facts)
def citizen_amusement(doc, facts):
    told, after = facts
    if not told:
        return
    window, offset = paragraph_window(doc, (), after)
    yield from spans_starting_in(_citizen_amusement(window), offset, len(doc.text))


def _citizen_amusement(doc):
    text = doc.text
    for lo, hi in doc.sentence_bounds:
        # (laughing at oneself, 一人で笑った / 我ながら笑える, mocks no resident)
        if _KIND.search(text, lo, hi) or re.search(r"一緒に笑|笑顔|笑い合|一人で笑|ひとりで笑|自分で笑|自分に笑|自分でも笑|我ながら", text[lo:hi]):
            continue
        if _animal_laughed_at(doc, lo, hi):
            continue
        hits = [m for m in _WAGER.finditer(text, lo, hi) if not _admiring_look(text, m)]
        amused = [m for m in _AMUSED.finditer(text, lo, hi) if not _GOOD_COMPANY.match(text, m.start())]
        if amused and not (_SPECTATOR.search(text, lo, hi) or _MISHAP.search(text, lo, hi)
                           or _RESIDENT_RE.search(text, lo, hi) or _CASUAL_RE.search(text, lo, hi)):
            amused = []
        for m in hits + amused:
            yield _trim(text, *_clause(text, lo, m.start(), m.end()))
        if hits or amused:
            # the resident's trouble being laughed at: 3往復してたおっちゃん
            p_lo, _ = _neighbourhood(doc, lo, before=1)
            for m in _MISHAP.finditer(text, p_lo, hi):
                c_lo, c_hi = _clause(text, doc.sentence_at(m.start())[0], m.start(), m.end())
                person = _CASUAL_RE.search(text, m.end(), min(hi, m.end() + 14)) or _RESIDENT_RE.search(text, m.end(), min(hi, m.end() + 14))
                yield _trim(text, c_lo, person.end() if person else c_hi)


# -- leisure during working hours ------------------------------------------------------

_LEISURE = lazy_regex.compile(
    # pastimes told with their own verb (the act is in the match): スマホゲームしよる,
    # 打ち上げ中, 同僚と賭けよった, パチンコで時間つぶし
    r"(?:ずっと|一日中|午後中|午前中)[^。!?\n]{0,8}?(?:スマホゲーム|ソシャゲ|ゲーム|スマホ|YouTube|動画|漫画|昼寝|通販|ネットショッピング|ネイル)|"
    r"(?:(?P<done>(?:スマホゲーム|スマホゲー|ソシャゲ|ゲーム|ガチャ)(?:三昧|ばっかり|ばかり|しよ|して|した|やって|やっと|やりよ|周回)|"
    r"(?:打ち上げ|宴会|飲み会|酒盛り|女子会|お茶会)(?:中|しよ|して|した|やって|開始|スタート)|"
    r"賭け(?:よ|て|た|とる|てる|事|ごと|麻雀|マージャン)|(?:で|して)時間(?:を)?つぶ|(?:で|して)暇(?:を)?つぶ|"
    # the writer's own duty's idle hours filled (当直の暇つぶしにこれ最高: a night shift, 夜勤の
    # 暇つぶしならここ, may be the reader's), the office left for lunch together (秘書室を空っぽにして
    # みんなでランチ行こ)
    r"(?:当直|宿直|日直|勤務中|仕事中)の(?:暇|ひま|ヒマ)(?:つぶし|潰し)|みんなで(?:ランチ|昼飯|ご飯|ごはん)(?:に)?(?:行|い)(?:こ|く|っ|き)|"
    # drinking alone, a console carried in: 当直なのに一人酒, 宿直にSwitch持ち込み済み
    r"(?:一人|ひとり|独り)(?:酒|飲み|晩酌|宴会)|(?:野球|サッカー|相撲|甲子園|バレー|ラグビー)(?:中継|観戦)|(?:Switch|スイッチ|ゲーム機|携帯ゲーム|PS[45]|プレステ|DS)(?:を)?(?:持ち込|持込|持って(?:き|っ)))|"
    r"温泉|銭湯|[ぁ-んァ-ヶ一-龥]{1,4}湯(?=で|に|へ|の|は|、|。|!)|長湯|朝湯|足湯|ひとっ風呂|一風呂|サウナ|岩盤浴|スパ(?![イゲー])|"
    r"パチンコ|パチ屋|パチスロ|スロット|スロ(?=で|に|打)|競馬|競艇|競輪|ボートレース|場外|麻雀|雀荘|ゲーセン|ゲームセンター|"
    r"カラオケ|ボウリング|ボーリング|ダーツ|ビリヤード|漫画喫茶|漫喫|マン喫|ネカフェ|ネットカフェ|カフェ|喫茶|スタバ|ドトール|"
    r"コメダ|タリーズ|ファミレス|パフェ|スイーツ|ケーキ|映画|ショッピング|モール|イオン|ゆめタウン|アウトレット|ドンキ|古着|"
    r"ブックオフ|本屋|ゴルフ|打ちっぱなし|打ちっ放し|釣り|釣って|ドライブ|昼寝|仮眠|マッサージ|整体|エステ|ネイル|美容院|美容室|"
    r"散髪|床屋|ジム|ヨガ|プール|観光|花見|紅葉|食べ歩き|買い物|デート|推し活|ライブ|遊び|遊んで|遊んだ|ゴロゴロ|ごろごろ|"
    r"くつろ|まったり|のんびり|ランチ(?:会|巡り)|飲み|一杯|"
    # drinking on the clock: 暑気払いが定時前から, 日直だけど一杯
    r"暑気払い|忘年会|新年会|歓迎会|送別会|歓送迎会|懇親会|親睦会|打ち上げ|宴会|酒盛り|晩酌|乾杯|ビール|[0-9一二三四五]杯目|"
    # outdoors and sport: 抜け出して川でカヌー, 外回りのふりして打ちっぱなし
    r"カヌー|カヤック|SUP|サップ|ラフティング|川遊び|水遊び|海水浴|川下り|キャンプ|BBQ|バーベキュー|登山|山登り|ハイキング|"
    r"サイクリング|ツーリング|テニス|草野球|フットサル|バドミントン|卓球|スキー|スノボ|乗馬|虫取り|潮干狩り|遊園地|動物園|水族館|"
    # going home to sleep on duty: 宿直抜けて家で寝る, 当直中に帰って寝た
    r"(?:家|うち|自宅|アパート)(?:に|へ)?(?:帰って|戻って)(?:寝|ゴロ|ごろ|横に)|(?:家|うち|自宅)で(?:寝|ゴロ|ごろ)|寝に帰)"
)
# The getaway told before the pastime: 勤務中だけど抜け出して菊池川でカヌー.
_LEISURE_LEAD = lazy_regex.compile(
    r"(?:抜け出して|抜け出し|抜けて|抜けだして|中抜けして|延長して|オーバーして|サボって|さぼって|サボり|こっそり|黙って|行って|出かけて|出掛けて|飛び出して|ついでに|合間に|途中で|がてら)"
    r"[^。!?\n]{0,16}$"
)
# 観光客の方 / 映画のロケ / 温泉施設の点検: the place is the job, not a pastime; so is a
# place only talked of (お宅の温泉の話を伺いました).
_LEISURE_AS_WORK = lazy_regex.compile(
    r"(?:の)?(?:客|案内|話(?:を|ば|が|に)|話題|こと(?:を|ば)|について|協会|課|PR|振興|情報|担当|施策|事業|計画|ポスター|パンフ|イベント|ロケ|撮影|許可|審査|施設の(?:点検|管理|清掃)|"
    r"点検|管理|清掃|工事|営業許可|の新メニュー|ルール|大会の(?:運営|受付))"
)
# The writer doing it: went, dropped in, played, soaked, slept, enjoyed.
_LEISURE_ACT = lazy_regex.compile(
    r"(?:行っ|行き|寄っ|寄り|入っ|打っ|打ち|回し|(?<![うあ])して(?:き|た|る)|(?<![うあ])し(?:た|に)|飲ん|食べ|浸か|つか|歌っ|見て|観て|読ん|寝て|寝た|遊ん|"
    r"楽しん|満喫|過ごし|くつろ|まった|のんびり|ゆっくり|長湯|昼寝|仮眠|当たっ|勝ち|負け|買っ|ポチ|抜け|"
    r"モーニング|ランチ|ご飯|ごはん|お茶|コーヒー|パフェ|ケーキ|一杯|一服|休憩|"
    # the writer savouring it: 勤務時間中の温泉は格別
    r"格別|最高|至福|極楽|たまらな|気持ちい|沁み|染み|幸せ|癒され|やめられな|"
    r"中継|観戦|視聴|始ま|スタート|開始|やりに|やって|しよ(?:る|った|っと|ー)|しと(?:る|った|っと)|やりよ|見よ(?:る|った)|眺め|塗っ|いじっ|[0-9一二三四五]杯目|乾杯|飲みに|出てき|出てっ|タイム|三昧|ざんまい)(?!て?みたい|たい)"
)
# Working time said outright, or slipping out of it.
_WORK_TIME = lazy_regex.compile(
    r"(?:勤務時間中|勤務中|就業時間中|就業中|仕事中|業務中|執務中|勤務時間内|勤務時間に|出勤して(?:から|すぐ)|"
    # working time waved away: 勤務時間？細かいことは気にしない
    r"勤務時間(?:[?]|なんて|とか|って何)|"
    # the boss away taken as licence: 課長おらんけん, 市長が不在なのをいいことに
    r"(?:課長|係長|班長|部長|所長|館長|室長|局長|市長|上司|院長|師長|主任)(?:が|も)?(?:おらん|おらへん|いない|居ない|おらず|いなくて|不在|留守|休み|出張|県外|外出)"
    r"(?:なの|だ|や|で)?(?:けん|から|ので|なので|のをいいことに|をいいことに|の隙に|隙に|の間に|中に)|"
    # the boss's day away: 市長が東京出張の日は秘書室もゆるい
    r"(?:課長|係長|班長|部長|所長|館長|室長|局長|市長|上司|院長|師長|主任)(?:が|も)?[^。!?\n、]{0,4}?(?:出張|不在|留守|休み)の(?:日|間)(?:は|に)|"
    # a ceremony or a meeting sat through bored: 来賓祝辞、退屈すぎてステージ袖で
    r"(?:式典|会議|研修|説明会|祝辞|来賓挨拶)[^。!?\n]{0,8}?(?:退屈|暇|ひま|ヒマ)(?:すぎ|過ぎ|で|やけん|だから|なので)|"
    # the work written on the board as cover, then 実は: 防疫巡回って行き先ボードに書いて出てきたけど、実は
    r"(?:外回り|現地確認|現場|打ち合わせ|会議|出張|巡回|パトロール|点検|訪問|調査)(?:って|と)[^。!?\n]{0,16}?(?:書いて|書き|言って|言うて|伝えて)[^。!?\n]{0,14}?実は|"
    # the work trip announced as cover, then 実は: 「外回り行ってきます」て言うて、実はパチンコ
    r"(?:外回り|現地確認|現場|打ち合わせ|会議|出張|巡回|パトロール|点検|訪問|調査)[^」\n]{0,12}」(?:と|て|って)(?:言|い|書い|書き)[^。!?\n]{0,12}実は|"
    r"外回り(?:中|の途中|の合間|のついで|ついで|と(?:称|言)|って言|のふり|のフリ|を装)|出張(?:中|のついで|ついで|の合間|の途中)|公用車で|"
    # a round of the job as the time it happened: 防疫巡回の途中で競輪場に寄り道
    r"(?:巡回|見回り|パトロール|訪問|往診|検針|集金|配達|立入検査|立ち入り検査|現地調査)(?:中に|の途中|の合間|のついで|ついでに)|"
    # the post left empty: 午後は秘書室を空っぽにして
    r"(?:課|係|室|窓口|事務所|職場|持ち場|受付|センター)(?:を|ば)?(?:空っぽ|からっぽ|無人)に(?:して|し)|"
    r"中抜け|(?:職場|仕事|会議|役所|庁舎|課|席|窓口|研修|宿直|当直|日直|夜勤|当番|勤務|残業|シフト|持ち場|現場)(?:を|から)?(?:ちょっと|こっそり|少し)?抜け(?:出|て|た)|(?:ちょっと|こっそり|少し|[0-9一二三]+分|[0-9一二]+時間)抜け(?:出|て|た|る)|"
    r"サボ(?:って|った|り|る|ろ|れ)|さぼ(?:って|った|り|る|ろ|れ)|定時前|"
    r"(?:日直|宿直|当直|夜勤|窓口当番|電話当番)(?:中|なのに|だけど|なんだけど|やけど|ばってん|なう|の(?:日|夜|最中|途中|合間))|(?:日直|宿直|当直)の(?:暇|ひま|ヒマ)|"
    # a meeting sat through with something else on: 会議中に, 定例会議、片方のモニタで
    r"(?:会議|研修|打ち合わせ|打合せ|説明会)(?:中|の最中|の間|しながら)|(?:定例|庁内|課内|係内|部内|全体)会議、|"
    r"会議(?:を)?抜け|研修(?:を)?抜け|打ち合わせ(?:と|って)(?:称|言)|"
    # work named as the cover: 「資料整理」という名の昼寝, 視察と称して温泉, 現地確認のふりしてカフェ
    r"(?:」|会議|研修|打ち合わせ|打合せ|視察|外回り|出張|資料整理|書類整理|調査|現地確認|現場確認|現地調査|作業|残業|事務作業|デスクワーク|内勤|待機|巡回|パトロール|点検)"
    r"(?:という名の|って名の|と言う名の|とは名ばかりの|と称(?:して|した|し)|の名目で|を口実に|にかこつけて|のふり(?:して|で|を)?|のフリ(?:して|で|を)?|を装って|と見せかけて)|昼休み(?:を|が)?(?:延長|オーバー|過ぎ|超過|はみ出))"
)
_BREAK = lazy_regex.compile(r"(?:昼休み|お昼休み|昼休憩|休憩時間|休憩中|お昼に|昼に)")
# The break ran over: 戻ったら14時半, 30分オーバー, 長湯.
_OVERRUN = lazy_regex.compile(
    r"(?:戻(?:っ|り|る)(?:たら|たの(?:は|が)|が|は|のが)?[^。!?\n]{0,4}(?:1[3-9]|午後[1-5一二三四五])時"
    r"|(?:1[3-9]|午後[1-5一二三四五])時(?:半|過ぎ|すぎ|[0-9]{1,2}分)?(?:に|まで|頃)?(?:戻|帰)"
    r"|[0-9一二三四五六七八九十]+分(?:も)?(?:オーバー|遅れ|遅刻|超過|過ぎ)|[0-9一二]+時間(?:も)?(?:オーバー|遅れ|超過|抜け)"
    r"|(?:ちょっと|少し|だいぶ|かなり|大幅に)(?:オーバー|遅れて戻|過ぎて)|長湯|長居|長風呂|ゆっくりしすぎ|のんびりしすぎ|時間を忘れ|"
    r"気づいたら[0-9]{1,2}時|午後(?:の仕事|の業務|の窓口)?(?:に|へ)?(?:遅れ|遅刻)|昼休み(?:が|を)?(?:2時間|二時間|延長))"
)
_HIDDEN = lazy_regex.compile(
    r"(?:誰(?:にも|も)(?:気づ|気付|バレ|ばれ|言わ|見つから|何も言わ)|(?:バレ|ばれ)(?:て(?:ない|なかった|ません)|なかった|なきゃ|なければ|ない(?:から|し|よう))|"
    r"気づかれ(?:て)?(?:ない|なかった|ず|ません)|気付かれ(?:て)?(?:ない|なかった|ず)|セーフ|内緒|ナイショ|ないしょ|こっそり|黙って|"
    r"ごまかし|誤魔化|(?:上司|課長|係長|班長|部長)(?:に|には)(?:内緒|言って(?:ない|ません)|バレ)|(?:外回り|打ち合わせ|会議|出張)(?:と|って)(?:言って|称して))"
)
# Leave taken, after hours, a rule against it: private time or a notice.
_OFF_DUTY = lazy_regex.compile(
    r"(?:有給|有休|年休|休暇|半休|半日休|代休|振休|振替休|お休み(?:を)?(?:もら|取|いただ)|休み(?:を)?(?:もら|取)|仕事(?:終わり|帰り|の後|あと)|"
    r"勤務後|退勤後|定時後|帰宅後|早退|病欠|体調不良|体調が悪|具合が悪|休日|休みの日|週末|土日|日曜|土曜|禁止|ご注意|防止|控え|いけません|ダメです|厳禁|懲戒|処分|"
    # a rule told: 宿直中にテレビを見ることはできません
    r"(?:こと|の)は(?:できません|できない|許されません|認められ)|"
    # working time given as the reason to abstain: 仕事中で車でもあったので香りだけ
    r"(?:仕事中|勤務中|業務中|公務中|勤務時間中|運転|車)[^。!?\n]{0,12}?(?:ので|ため|から|けん)[^。!?\n]{0,20}"
    r"(?:だけ(?:に|を|で|かが|嗅|いただ|頂)|遠慮|我慢|断念|諦め|あきらめ|飲まず|飲めず|飲みませ|飲めませ|飲まな|飲めな|お預け|ノンアル))"
)


# Rest the duty's own rules give (a night duty's or an on-call shift's nap time): 0時から5時までは
# 仮眠室で寝ていてよいことになっています, 仮眠をとって大丈夫です, 仮眠の時間はあります, 交代で仮眠.
# rules/5.1-conduct.toml's shared exception `permitted-rest` reads the same wordings for the
# pattern rules (tests/validators/test_conduct.py holds all three to the same examples).
_PERMITTED_REST = lazy_regex.compile(
    r"(?:仮眠|休憩|休息|睡眠|寝|眠|休ん|休ま|横にな)[^。!?\n]{0,6}?(?:"
    r"(?:て|で)(?:も)?(?:よい|良い|いい|構わない|かまわない|構いません|かまいません|大丈夫|OK)(?:こと|決まり|ルール|規則|規定|とされ|と決ま|です|と言われ)"
    r"|(?:こと|の)が(?:でき|認められ|許され)|(?:が|も)(?:認められ|許され))"
    r"|(?:仮眠|休憩|休息)(?:の)?時間(?:に|中|帯|(?:が|は|も)(?:ある|あり|とれ|取れ|決ま|設け))"
    r"|交代で(?:仮眠|休憩|休息)|待機中の仮眠|仮眠(?:を)?(?:とり|取り)つつ"
)
# The rest itself among the pastimes of _LEISURE: what permitted rest excuses (a bet, a drink or
# a game never is).
_REST_LEISURE = lazy_regex.compile(r"(?:昼寝|仮眠|ゴロゴロ|ごろごろ|くつろ|まったり|のんびり)$")


def _leisure_taken(doc) -> list:
    """Leisure places the writer went to or enjoyed (a sentence each); rest
    where the text says the duty allows it is none, unless its sentence
    keeps it hidden."""
    text = doc.text
    rest_allowed = None  # (read once, at the first rest found)
    leisure = []
    for m in _LEISURE.finditer(text):
        lo, hi = doc.sentence_at(m.start())
        if _LEISURE_AS_WORK.match(text, m.end()):
            continue
        if _REST_LEISURE.search(m.group()):
            if rest_allowed is None:
                rest_allowed = _PERMITTED_REST.search(text) is not None
            if rest_allowed and not _HIDDEN.search(text, lo, hi):
                continue
        if not (m.group("done") or _LEISURE_ACT.search(text, m.end(), hi)
                or _LEISURE_LEAD.search(text, max(lo, m.start() - 24), m.start())):
            continue
        leisure.append(m)
    return leisure


_LEISURE_IN_BLOCKS = _PerBlock(_leisure_taken)
_OFF_DUTY_IN_DRAFT, _WORK_TIME_IN_DRAFT = LiteralPrecheck(_OFF_DUTY), LiteralPrecheck(_WORK_TIME)
_OVERRUN_IN_DRAFT, _HIDDEN_IN_DRAFT = LiteralPrecheck(_OVERRUN), LiteralPrecheck(_HIDDEN)


@once_per_draft
def _work_time_in_draft(draft):
    """None unless the draft places leisure in working time; else the
    (start, end) of the first mention of working time, of the break overrun
    and of the getaway kept hidden, which are marked with the leisure."""
    text = draft.text
    if _OFF_DUTY_IN_DRAFT.search(text):
        return None
    work = _WORK_TIME_IN_DRAFT.search(text)
    brk = _BREAK.search(text)
    overrun = _OVERRUN_IN_DRAFT.search(text)
    hidden = _HIDDEN_IN_DRAFT.search(text)
    if not (work or (brk and (overrun or hidden))):
        return None
    if not (overrun and hidden) and not _LEISURE_IN_BLOCKS.any(draft):
        return None
    return tuple(x.span() for x in (work, overrun, hidden if (overrun or work) else None) if x)


def _leisure_facts(draft, start, end):
    # Working time, leave and the overrun may be told in any paragraph: the
    # draft's verdict, and those first mentions that lie in this paragraph.
    marks = _work_time_in_draft(draft)
    if marks is None:
        return None
    return tuple((s - start, e - start) for s, e in marks if start <= s < end)


# needs: a span is a leisure match or a mark (working time, overrun, kept
# hidden) of this paragraph; none of those patterns crosses a line.
@validator("leisure_in_work_hours", scope="paragraph", needs=(any_of(_LEISURE, _WORK_TIME, _OVERRUN, _HIDDEN),),
           facts=_leisure_facts)
def leisure_in_work_hours(doc, marks):
    if marks is None:
        return
    text = doc.text
    for m in _leisure_taken(doc):
        lo, hi = doc.sentence_at(m.start())
        yield _trim(text, *_clause(text, lo, m.start(), m.end()))
    for s, e in marks:
        lo, hi = doc.sentence_at(s)
        yield _trim(text, *_clause(text, lo, s, e))


# -- benefits from businesses the city deals with -----------------------------------

_CONTRACTOR = (
    r"(?:出入り(?:の)?業者|出入りの[一-龥ァ-ヶ]{1,6}|取引先|請負業者|納入業者|委託(?:先|業者)|指定業者|下請け?|元請け?|ベンダー|"
    # a city hospital's suppliers: 製薬会社のMRさん, 医療機器の営業さん
    r"(?:製薬会社|製薬メーカー|医薬品卸|医療機器(?:メーカー|会社)?)(?:の)?(?:MR|営業|担当|人|社長)?(?:さん)?|MR(?:さん|の人)|"
    r"[〇○□一-龥ァ-ヶー]{1,6}(?:業者|工務店|建設|組|商事|設備|電気|電設|電工|電機|土木|造園|興業|工業|産業|興産|開発|商会|技研|測量|舗装|運輸|住建|住設|緑化|塗装|板金|管工|水道|重機|ハウス|リフォーム|建築|設計|警備|印刷|鉄工|建材)(?:さん|の(?:社長|人|担当|営業))?|業者(?:さん)?|"
    r"(?:工事|業務|仕事|委託|清掃|点検|修繕|設計|納品)(?:を)?(?:請け負って|受注して|頼んで|お願いして|発注して|委託して|任せて)(?:る|いる|た)[^。!?\n]{0,4}(?:会社|業者|所|店|屋|人)(?:さん)?(?:の(?:社長|人|担当|営業|方))?|"
    # a supplier named by what it delivers: いつも野菜を納めてくれる八百屋さん
    r"[一-龥ァ-ヶー]{1,6}(?:を|も)?(?:納めて|納品して|納入して|卸して)(?:くれ|もらっ)(?:る|て(?:い)?る|とる|ちょる)[^。!?\n]{0,4}(?:会社|業者|店|屋|農家|人)(?:さん)?|"
    r"(?:仕事|職場|業務|工事|入札|担当)(?:で|の)(?:いつも|日頃|日ごろ|普段|ふだん|ずっと|昔から|よく|色々|いろいろ)?(?:お世話になって(?:る|いる|おる)|お世話になっとる|お世話になりよる|付き合いのある|つながりのある|関係の|関わりのある)[^。!?\n]{0,10}(?:さん|会社|社長|人)|"
    # a business the writer oversees, e.g. the operator of a city facility: 担当しとる指定管理の温泉旅館
    r"(?:担当|受け持|所管|指導|検査|監督|管轄)(?:して(?:る|いる|おる)|しと(?:る|う)|しちょる|しよる|っ(?:て|と)(?:る|いる))[^。!?\n]{0,14}(?:会社|業者|店|屋|事業者|事業所|施設|旅館|ホテル|宿|温泉|民宿|指定管理者?|法人|酒蔵|蔵元|蔵|農家|牧場|工場|商店|医院|病院|園)(?:さん)?(?:の(?:人|社長|方|担当|営業|支配人|女将|オーナー))?|"
    # someone met through the job: 市の仕事で知り合った工務店の社長さん
    # (any section of the city hall counts: 税務課で知り合った, 建築指導係の縁で)
    r"(?:仕事|職務|業務|窓口|担当|工事|入札|会議|視察|現場|役所|市役所|役場|職場|審査|検査|立ち入り|許可申請|申請|相談|打ち合わせ|打合せ|契約|発注|"
    r"[一-龥]{1,6}(?:課|係|室|局|センター|事務所|支所|担当))(?:で|を通じて|を通して|の関係で|がらみで|絡みで|のつながりで|の縁で|にいた時に?|におった時に?|の時に?)"
    r"(?:知り合った|知り合うた|知りおうた|知り合いになった|出会った|出逢った|つながった|繋がった|仲良くなった|親しくなった|懇意になった|顔見知りになった|顔なじみになった|"
    r"面識ができた|紹介された|紹介してもらった|お世話になった|縁ができた|付き合いができた|担当した|担当してる|担当している|担当しとる|担当しよる)"
    r"[^。!?\n]{0,12}(?:さん|さま|様|会社|社長|業者|店|屋|人|方|先生|オーナー|経営者|大家))"
)
# A price no customer gets, said any way: 身内価格, 社員価格, 業者価格, 3割引, 原価割れ, タダ同然.
_FAVOUR_PRICE = (
    r"(?:半額|半値|格安|激安|破格|割安|特価|割引|値引き|タダ|ただ|無料|ほぼタダ|タダ同然|ただ同然|原価|原価割れ|仕入れ値|卸値|材料費だけ|材料代だけ|"
    r"実費だけ|材料費のみ|実費のみ|工賃なし|手間賃なし|工賃タダ|手間賃タダ|赤字覚悟|出血サービス|相場の半分|定価の半分|言い値の半分|"
    r"(?:身内|社員|従業員|友達|友だち|友人|知り合い|関係者|業者|特別|内輪|サービス|お友達|仲間|VIP|顔なじみ)(?:価格|値段|料金|割引|値引き)|[0-9一二三四五六七八九]割(?:引き?|安|オフ)|(?<![0-9])(?<![0-9][,.])[0-9]+%(?:引き|オフ|OFF))"
)
_BENEFIT = lazy_regex.compile(
    # (businesses as the audience of a city service are no giver: 市内事業者向けの講座, 事業者の皆さま)
    rf"{_CONTRACTOR}(?!向け|を対象|対象|の皆|のみな|の方々)(?:の(?:人|方|担当|社長|営業))?(?:から|に|が|と)?[^。!?\n]{{0,30}}?"
    r"(?:(?:出して|払って|持って|奢って|おごって|ご馳走して|ごちそうして|おごり|奢り|用意して|手配して|招待して|連れてって|連れて行って|安くして|タダにして|無料にして|サービスして|値引きして|まけて)(?:もら|いただ|くれ)"
    r"|(?:招待|ご招待|接待|ご馳走|ごちそう|差し入れ|プレゼント|お土産)(?:を|も)?(?:いただ|頂|もら|貰|受け|され)"
    r"|(?:向こう|先方|相手|業者|会社)(?:の)?持ち|(?:全部|全額|代金|お金)(?:を)?(?:払って|出して|持って)くれ"
    rf"|(?:自宅|うち|家|実家|私用|個人的|マイカー|自分)[^。!?\n]{{0,12}}{_FAVOUR_PRICE}(?:で|に)[^。!?\n]{{0,10}}?(?:やって|して|替えて|直して|作って)?(?:もら|いただ|くれ)?"
    r"|(?:ご馳走|ごちそう|接待)になっ|(?:奢り|おごり|招待|接待|タダ|ただ|無料)(?:で|だった|でした|でゴルフ|で飲|で泊)"
    # something of theirs let go at a price no customer gets: 会員権を半額で譲っていただける
    rf"|{_FAVOUR_PRICE}(?:で|に)[^。!?\n]{{0,4}}?(?:譲|ゆず|売|分け|わけ|卸|回)(?:って|て|っと|っちょ)(?:もら|もろ|いただ|頂|くれ|くださ)"
    # (shown or told something is no perk: 試作のレシピ見せてもらった🍡)
    # (nor is a thing explained or shown round: 設備について説明していただいた)
    r"|(?<!見せて)(?<!見して)(?<!教えて)(?<!聞かせて)(?<!説明して)(?<!案内して)(?<!紹介して)(?:もらっ|貰っ|いただい|頂い|くれ)(?:た|ちゃ)[^。!?\n]{0,3}(?=[。!?!\s]|$|w|笑)"
    # a voucher or gift named right before the taking, whatever follows: 招待券もらったこれぞ役得
    r"|(?:招待券|優待券|商品券|割引券|宿泊券|食事券|入浴券|回数券|ギフト券|ビール券|お食事券|チケット|ギフトカード|クオカード|QUOカード|図書カード|"
    r"お歳暮|お中元|お土産|手土産|贈り物|謝礼|お礼|お車代|心付け|袖の下|金一封|現金|封筒|商品|品物|菓子折り?|お酒|焼酎|日本酒|ワイン|牛肉|肉|メロン|果物|フルーツ|お米|新米)"
    r"(?:を|も|まで|とか)?(?:[0-9一二三四五六七八九十]+(?:枚|本|万円分?|千円分?|円分?|箱|人分|名分|個|袋|ケース))?(?:を|も)?"
    r"(?:もらっ|もろ|貰っ|いただい|いただき|頂い|頂き|頂戴し|受け取っ|くれ(?:た|ちゃ|よ|と)|くれまし|"
    r"置いて(?:いか|いっ|行っ|っ|か|き|行か)|置いてかれ|置いていかれ|持って(?:き|来)て(?:くれ|くださ|もら)|持って(?:き|来)(?:た|よった|とった|らした|んさった)|届けて(?:くれ|くださ|もら)|届け(?:に来|てき)|"
    r"送って(?:くれ|き)|送られて|渡され|手渡され|包んで(?:くれ|き)|握らされ|押し付けられ|押しつけられ))"
)
_KEEPSAKE = lazy_regex.compile(
    rf"持つべきものは(?:{_CONTRACTOR}|(?:仕事|職場|役所|市役所|役場|業務|職務|現場|担当|公務員)(?:の|で|上の)?(?:つながり|繋がり|コネ|人脈|縁|付き合い|つきあい|知り合い|顔なじみ|顔))"
    r"|(?:業者|取引先)(?:さん)?(?:様様|さまさま|最高|神)|(?:仕事|職場|役所|市役所|役場)の(?:コネ|つながり|繋がり|人脈)(?:様様|さまさま|最高|万歳|バンザイ|のおかげ|に感謝|ってすごい|は使える)"
    # a price no customer gets, granted for being city staff
    rf"|(?:市役所|役所|役場|公務員|市職員|職員)(?:さん|の方|の人)?(?:だから|やけん|だけん|なら|ならば|ってことで|ということで|割)[」』]?(?:って|と|っち)?[^。!?\n]{{0,10}}?{_FAVOUR_PRICE}(?:に|で)?(?:して|しと|やって|し)?(?:もら|いただ|頂|くれ|して(?:くれ|もら))"
)
# The writer crediting the job for the perk: 役所勤めしててよかった, 公務員の役得.
_JOB_PAYS = lazy_regex.compile(
    r"(?:市役所|役所|役場|公務員|市職員|職員|この仕事|今の仕事|[一-龥]{1,4}課)(?:勤め|で働いて|に勤めて|の仕事|で|に|を)?"
    r"(?:して|しと|やって|やっと|やってて|してて|しとって)?(?:て|た|る|き)?(?:本当に|ほんとに|マジで)?"
    r"(?:よかった|良かった|得した|お得|最高|様様|さまさま|万歳|バンザイ|冥利|役得|ラッキー)"
    # the job's connections thanked for it: 役所勤めはこういうご縁がありがたい, 公務員やとコネが助かる
    r"|(?:市役所|役所|役場|公務員|市職員)(?:勤め|で働く(?:の|こと)|の仕事)?(?:は|って|だと|やと|じゃと|してると|しとると)[^。!?\n]{0,10}?"
    r"(?:縁|ご縁|つながり|繋がり|コネ|人脈|付き合い|顔)(?:が|は|も|って)?(?:本当に|ほんとに|ほんと)?(?:ありがた|有難|有り難|助か|おいし|美味し|最高|様様|さまさま)"
    r"|(?:市役所|役所|役場|公務員|市職員|職員)(?:勤め|で働|に勤め)?[^。!?\n]{0,4}(?:とると|てると|ていると|だと|やと|けん|から|のおかげで)[^。!?\n]{0,10}(?:特典|役得|おいしい思い|いい思い|得(?:が|も)?(?:ある|あっ|する|した|やね|だね|ばい))[^。!?\n]{0,4}"
)
_BENEFIT_THING = lazy_regex.compile(
    r"(?:ゴルフ|飲み|食事|夕食|ランチ|焼肉|寿司|旅行|宿泊|ホテル|チケット|商品券|ギフト|お歳暮|お中元|現金|お金|代金|費用|料金|代|券|"
    r"リフォーム|修理|工事|車|タイヤ|家電|エアコン|お酒|ビール|接待|送迎|肉|牛|酒|米|菓子|果物|メロン|カニ|うなぎ|物(?!件)|土産|ワイン|焼酎|ハム|グッズ|"
    r"カード|お歳暮|お中元|謝礼|お礼|心付け|袖の下|金一封|封筒|品)"
)
# Refused, forbidden, or a gift to the public rather than to the writer;
# free entry to an event announced (参加無料です, 受講料は無料となります) is an offer to all.
_REFUSAL = lazy_regex.compile(r"(?:(?:参加|入場|受講|観覧|見学|入館|相談|申込)(?:費|料)?(?:は)?(?:無料|0円)(?:です|となり|になり|で(?:ご|お)|[!。]|$)|見積|サンプル|試供|資料|検討|会議|業務で|仕事で使|寄付|寄贈|ご支援|協賛|地域の|市に|市へ|子ども食堂|施設に|学校に|感謝状|ありがとうございま|断(?:っ|り|る)|お断り|受け取らな|受け取れな|返し|返却|禁止|いけません|ないよう|なりません|規程|倫理)")


# (six blocks in seven hold no literal of _BENEFIT: the cheap test first)
_BENEFIT_PRECHECKED, _KEEPSAKE_PRECHECKED = LiteralPrecheck(_BENEFIT), LiteralPrecheck(_KEEPSAKE)


# 議員A氏は…建設業者から接待を受けているという話も耳にしました: someone else's perk
# passed on as talk heard (5.6.4 and 5.6.1 at most), not the writer's own gain.
_OTHERS_PERK_HEARD = lazy_regex.compile(
    r"(?:議員|市議|県議|議長|市長|町長|知事|大臣|[A-Z○〇△□]氏|氏|課長|部長|係長|局長|社長|先生|あの人|あいつ)(?:は|が|って|も|、)")
_HEARD_AFTER = lazy_regex.compile(
    r"[^。!?\n]{0,12}?(?:という|って|との)(?:話|噂|うわさ|ウワサ)|[^。!?\n]{0,8}?(?:らしい|らしか|げな|と聞い|って聞い|そうです|そうだ)")


def _benefits(doc):
    text = doc.text
    for m in _BENEFIT_PRECHECKED.finditer(text):
        lo, hi = doc.sentence_at(m.start())
        if _REFUSAL.search(text, lo, hi):
            continue
        if _HEARD_AFTER.match(text, m.end()) and _OTHERS_PERK_HEARD.search(text, lo, m.start()):
            continue
        # Something of value must be named (ゴルフ代, 飲み代, 商品券...) unless
        # the act itself is a treat (奢って, 接待, ご馳走).
        # (ただ inside いただく is the honorific, not "free": 説明していただいた)
        if not (_BENEFIT_THING.search(m.group()) or re.search(r"奢|おご|ご馳走|ごちそう|接待|招待|タダ|(?<!い)ただ(?![いきくけ])|無料|安く|値引|まけ|半額|半値|割引|割安|割オフ|格安|激安|破格|特価|価格|値段|原価|卸値|仕入れ値|実費|材料費|材料代|工賃|手間賃|赤字覚悟|出血|相場|定価|言い値|同然|割引|割安|%|差し入れ|プレゼント|持ち", m.group())):
            continue
        yield _trim(text, *_clause(text, lo, m.start(), m.end()))
    for m in _KEEPSAKE_PRECHECKED.finditer(text):
        lo, hi = doc.sentence_at(m.start())
        if not _REFUSAL.search(text, lo, hi):
            yield m.start(), m.end()


_BENEFITS_IN_BLOCKS = _PerBlock(lambda block: next(_benefits(block), None) is not None)
_JOB_PAYS_WORDS = Trigger(_JOB_PAYS)


@once_per_draft
def _benefit_in_draft(draft) -> bool:
    return _BENEFITS_IN_BLOCKS.any(draft)


def _benefit_facts(draft, start, end):
    # The perk may be told in another paragraph than the job thanked for it;
    # asked only by a paragraph that may thank the job.
    if not _JOB_PAYS_WORDS.may_hold(draft.text[start:end]):
        return False
    return _benefit_in_draft(draft)


@validator("contractor_benefit", scope="paragraph", needs=(any_of(_BENEFIT, _KEEPSAKE, _JOB_PAYS),), facts=_benefit_facts)
def contractor_benefit(doc, perk_in_draft):
    text = doc.text
    found = list(_benefits(doc))
    yield from found
    if found or perk_in_draft:
        # the job thanked for the perk is the conduct itself
        for m in _JOB_PAYS.finditer(text):
            yield _trim(text, *_clause(text, doc.sentence_at(m.start())[0], m.start(), m.end()))


# -- elections ---------------------------------------------------------------------

_ELECTION = lazy_regex.compile(
    r"(?:選挙|[長議院事]選|市議選|県議選|衆院選|参院選|総選挙|補選|統一地方選|首長選|投票|一票|候補|立候補|出馬|比例|選挙区|公約|政権)"
)
_CONTENDER = r"(?:[一-龥ァ-ヶー〇○□■△×A-Za-z]{1,8}党|[一-龥ァ-ヶー〇○□■△×A-Za-z]{1,8}(?:さん|氏|候補|先生|議員|陣営)|現職|新人|(?:あの|この|その)(?:人|方|先生|候補))"
_PREFERENCE = lazy_regex.compile(
    rf"{_CONTENDER}(?:は|が|で|に|を|しか|以外)?[^。!?\n]{{0,6}}?"
    # (〜にしかおらん is where someone is: 警備員さんは正面にしかおらんけんね)
    r"(?:一択|(?<!に)しか(?:ない|いない|ありえない|勝たん|おらん|おらへん|おりません|いません|いねー|なか|おらんばい|おらんやろ)|以外(?:ありえない|考えられない|ない)|で決まり(?!っぽ|らし|みたい|そう|かけ|だって|やって|げな|とか)|に決め(?:て|た)|推し(?:です|てます|てる|ます|ています)?(?=[。!、\s]|$)|"
    r"(?:いちばん|一番|最も|唯一)(?:まとも|マシ|まし|信頼でき|頼れ|期待でき|良い|いい)|に(?:任せたい|託したい|期待してる|入れる(?:つもり|予定|よ)|入れます)|"
    r"に(?:勝って|当選して)(?:ほしい|欲しい|もらいたい)|勝たせ|に(?:市政|政権|県政|国政)を)"
)
# A contender recommended (俺のおすすめは断然△△さん), or a relative or friend
# standing (うちの叔父が今度の市議選に出るけん): a side taken as much as 一択.
_RECOMMENDED = lazy_regex.compile(
    rf"(?:おすすめ|オススメ|お勧め|推し|イチオシ|一押し|いちおし)(?:の候補)?(?:は|、)(?:断然|絶対|もちろん|やっぱり|やっぱ|迷わず)?{_CONTENDER}"
    r"|(?:叔父|叔母|伯父|伯母|おじ|おば|父|母|親父|兄|姉|弟|妹|親戚|いとこ|従兄弟|同級生|幼なじみ|先輩|後輩|(?:うち|自分|俺|私)の[一-龥ぁ-ん]{1,4})(?:さん|ちゃん)?(?:が|も)"
    r"[^。!?\n]{0,12}?(?:選挙|[長議院事]選|市議選|県議選|町議選)に(?:出る|出ます|出よる|出とる|出馬|立候補)")
# Votes that are no public election: a club, a class, a pop group's ranking.
_PRIVATE_VOTE = lazy_regex.compile(r"(?:生徒会|学級委員|クラス委員|部活|部長を|委員長を|キャプテン|総選挙|人気投票|推しメン|ミスコン|コンテスト|ゆるキャラ)")
# Spreading a choice: ask family and friends, share, gather votes.
_CANVASS = lazy_regex.compile(
    r"(?:(?:ご)?家族|知り合い|お知り合い|友達|友だち|ともだち|友人|ご近所|近所の(?:人|方|みんな)|親戚|親類|身内|周り|まわり|仲間|地区の(?:人|方|みんな)|"
    r"職場の(?:みんな|皆|人)|同僚|同級生|ママ友|パパ友|子どもたち|知人|後輩|先輩|会社の(?:人|みんな)|みなさん|皆さん|みんな|フォロワー(?:さん)?|"
    r"地元の(?:人|方|みんな)|親|両親|じいちゃん|ばあちゃん|近所)(?:の方|の人|の人たち|の方々|のみんな|の皆|の皆さん|たち|ら)?(?:や|にも|にも|とも|に|へ|の方にも|たちにも|らにも|にも、|に、)[^。!?\n]{0,16}"
    r"(?:声(?:を)?かけ|声がけ|広め|勧め|すすめ|伝え|お願い|誘っ|頼ん|頼んで|シェア)"
    r"|(?:拡散|シェア)(?:お願い|して(?:ください|ね)|希望)|(?:一緒に|みんなで)(?:応援|支え|勝た)"
)


_NAMED_SUPPORT = lazy_regex.compile(
    _CONTENDER + r"(?:を|に|へ|ば|のこと(?:を|ば)?)?[、 ]?(?:みんなで|皆で|ぜひ|是非|どうか|なんとか|何とか|絶対|全力で|一緒に)?[、 ]?"
    r"(?:応援|支持|支援|推|押し|投票|入れ|いれ|支え|勝たせ|選ん)")


_ELECTION_IN_DRAFT = LiteralPrecheck(_ELECTION)


@once_per_draft
def _election_preferred_in_draft(draft) -> bool:
    """A public election, and a contender preferred or named, in the draft."""
    # (none of them matches a line break: each line's answer is remembered)
    if not _ELECTION_IN_DRAFT.any_line_matches(draft) or any_line_matches(draft, _PRIVATE_VOTE):
        return False
    return any_line_matches(draft, _PREFERENCE) or any_line_matches(draft, _NAMED_SUPPORT) \
        or any_line_matches(draft, _RECOMMENDED)


def _election_facts(draft, start, end):
    # the election and the preference may be told in other paragraphs than the call to spread it
    return _election_preferred_in_draft(draft)


@validator("election_preference", scope="paragraph", facts=_election_facts)
def election_preference(doc, preferred):
    if not preferred:
        return
    text = doc.text
    prefs = list(_PREFERENCE.finditer(text)) + [m for m in _RECOMMENDED.finditer(text) if m.group().startswith(
        ("おすすめ", "オススメ", "お勧め", "推し", "イチオシ", "一押し", "いちおし"))]
    for m in prefs:
        lo, _ = doc.sentence_at(m.start())
        yield _trim(text, *_clause(text, lo, m.start(), m.end()))
    for m in _CANVASS.finditer(text):
        yield _trim(text, m.start(), m.end())


# -- a side business --------------------------------------------------------------

# Running something paid: a shop, a class, a stall, a service.
_SHOP = r"(?:カフェ|喫茶|お店|店|ショップ|教室|サロン|民泊|ゲストハウス|屋台|キッチンカー|移動販売|露店|出張販売|ネットショップ|ネット販売|通販|宅配販売|マルシェ|古着屋|雑貨屋|パン屋|ケーキ屋|ベーカリー|バー|スナック|居酒屋|整体院|ネイル|エステ|塾|家庭教師|代行|便利屋|農園|直売|宿|民宿|一棟貸し|貸別荘|貸し別荘|ペンション|農泊|宿泊施設|コテージ|グランピング|キャンプ場|レンタルスペース|貸しスペース|貸し会議室|シェアハウス|ゲストルーム|工房)"
_RUNNING = lazy_regex.compile(
    rf"{_SHOP}(?:で|を|として)[^。!?\n]{{0,12}}(?:売って(?:ます|る|います)|販売して|出店して|営業して)"
    rf"|[一-龥ァ-ヶー]{{0,8}}{_SHOP}(?:を|の|として)?(?:[^。!?\n]{{0,8}}(?:で|に))?(?:やって(?:ます|る|います|いる)|営業(?:して|中)|開いて(?:ます|る|います)|オープン(?:しました|して|した)|始めました|経営|切り盛り|出店|開業|"
    # any register: 始めたばい, 始めとる, やりよる, しよります, 出しとる
    r"始め(?:た|て|と(?:る|っ)|よ(?:る|り)|ちゃった|ちゃいました|ました)|(?:やり|し|出し)(?:よる|よります|とる|とります|ちょる)|やっと(?:る|ります)|スタート(?:しました|した|して)|デビュー(?:しました|した))"
    rf"|{_SHOP}(?:の)?(?:店主|オーナー|店長|ママ|マスター|講師|主宰)|(?:店主|オーナー|店長|マスター|講師|主宰)(?:を)?(?:して|やって|務めて)"
    # the owner revealed: 実は私がオーナーです
    r"|(?:私|わたし|僕|ぼく|俺|自分|うち)(?:が|は)(?:この(?:店|カフェ)の|ここの)?(?:店主|オーナー|店長|マスター|経営者)(?:です|なんです|やって|でして|やけん|だったり|してます)"
    r"|(?:二刀流|二足のわらじ|二足の草鞋|兼業|副業|複業|パラレルワーク|週末起業|ダブルワーク)"
)
_PAID = lazy_regex.compile(
    r"(?:予約|ご予約|注文|ご注文|お申込み|申し込み|お問い合わせ)(?:は|を|も)?[^。!?\n]{0,6}(?:DM|メッセージ|LINE|インスタ|コメント|電話|こちら|プロフ)"
    r"|(?:場所|詳細|詳しく|お問い合わせ|連絡|空き状況)(?:は|を)?[^。!?\n]{0,4}(?:DM|メッセージ|プロフ|インスタ)"
    r"|(?:DM|メッセージ)(?:で|へ|に|から)(?:どうぞ|お気軽|受付|お待ち)|[0-9,]+円|営業(?:日|時間)|(?:定休|営業)日|メニュー|料金|売上|売り上げ|お客さん(?:が|も)"
)
_STAFF = lazy_regex.compile(r"(?:市役所|役所|役場|公務員|市職員|職員|本業|平日は[^。!?\n]{0,6}(?:勤め|仕事|勤務))")
_PERMITTED = lazy_regex.compile(r"(?:有志|寄付|チャリティ|ボランティア|募金|市の事業|市主催|職員互助|許可(?:を)?(?:得|取|もら|いただ|受け)|兼業許可|許可済|届出済|承認を得)")


_RUNNING_IN_DRAFT = LiteralPrecheck(_RUNNING)


@once_per_draft
def _side_business_in_draft(draft) -> bool:
    """Staff running a paid business without leave, told somewhere in the draft."""
    text = draft.text
    if not _STAFF.search(text) or _PERMITTED.search(text):
        return False
    return bool(_RUNNING_IN_DRAFT.search(text) and _PAID.search(text))


def _side_business_facts(draft, start, end):
    # the writer's post, the business and its prices may sit in different paragraphs
    return _side_business_in_draft(draft)


@validator("side_business_run", scope="paragraph", facts=_side_business_facts)
def side_business_run(doc, running_in_draft):
    if not running_in_draft:
        return
    text = doc.text
    for m in _RUNNING.finditer(text):
        yield _trim(text, m.start(), m.end())
    for m in _PAID.finditer(text):
        if re.match(r"[0-9,]+円", m.group()) is None:
            yield _trim(text, m.start(), m.end())


# -- replies that belittle the critic ------------------------------------------------

_CRITIC_CONTEXT = lazy_regex.compile(
    r"(?:@|ご意見|意見|ご指摘|指摘|批判|文句|苦情|クレーム|コメント|リプ|返信|書き込み|言ってる人|言う人|書いてる人|書く人|騒いでる|アンチ|叩いて|叩く|"
    r"揚げ足|粗探し|あら探し|難癖|いちゃもん|ケチを?つけ)"
)
_BELITTLE = lazy_regex.compile("|".join([
    r"(?:頭(?:の)?悪い|頭弱い|低レベル|低能|幼稚|的外れ|的はずれ|くだらない|下らない|知ったか|にわか|意味不明|支離滅裂|浅い|浅はか|バカみたい|アホみたい|恥ずかしい|痛い)(?:な)?(?:コメント|リプ|意見|書き込み|批判|文句|質問|投稿|指摘|発言)",
    r"(?:日本語|文章|漢字|字|説明)(?:が|も|を)?(?:読め|理解でき|わから|分から|通じ)(?:ない|ません)(?:なら|んだったら|のに|んですか|のかな|の\?|んでしょうか|人)",
    r"(?:リプ|リプライ|コメント|書き込み|返信|口出し|絡ま|絡んで|関わら|コメ)(?:は|を|も)?(?:しないで|しなくていい|しなくて結構|するな|すんな|しないでもらえ|やめてもらえ|控えてもらえ|やめて(?:ください|くれ|ね)|(?:ご)?遠慮(?:ください|願います))",
    r"(?:コメント|リプ|書き込み|意見|批判|文句)(?:は|を)?(?:やめて|やめろ|控えて|慎んで)(?:もらえ|ください|いただけ|くれ)",
    r"(?:理解|読解|想像)(?:力|できない)(?:が|の)?(?:ない|無い|なさ|足りな|乏し)|(?:義務教育|小学校|学校)(?:から|で)(?:やり直|習い直|勉強し直)|(?:勉強|出直)し(?:て|直して)から(?:来|言|コメント|書)",
    r"(?:揚げ足取り|揚げ足を取|難癖|言いがかり|屁理屈|重箱の隅)(?:[^。!?\n]{0,6})(?:ご苦労|お疲れ|乙|ですね|ばかり|ばっか|しか)",
    r"(?:素人|ど素人|部外者|外野|一般人|一般の方|にわか|匿名)(?:さん|の方)?の(?:意見|ご意見|声|批判|感想|コメント|アドバイス|助言|ご指摘|指摘|ダメ出し)(?:は|なんて|など)[^。!?\n]{0,8}(?:参考にし(?:て(?:い)?)?ません|参考にしない|参考にして(?:ない|ねー|ません)|参考にしとらん|聞きません|聞かない|受け付け|いりません|要りません|不要|関係ない|価値(?:は|が)?ない)",
    r"(?:誰も|だれも)(?:止め|とめ)(?:ません|ない|ませんよ|ないよ)",
    r"(?:勉強|お勉強|調べ|理解|学習)(?:されて|して|なさって|を(?:されて|して))から(?:コメント|ご意見|書き込|言って|おっしゃって|発言)",
    r"(?:かわいそう|可哀想|哀れ|お気の毒)(?:な|な方|な人|ですね|ですな)|(?:構って|かまって)ちゃん|お察し(?:します|ください)?(?=[。!?\s]|$|w)",
    r"(?:顔真っ赤|図星|効いてて草|効いてる|ブーメラン)|(?:恥ずかしくない|恥ずかしくないん)(?:の|ですか|んですか)",
    # the critic waved off as unqualified: カメラの設定もわからない方に言われてもなあ
    r"(?:も|すら|さえ)(?:わから|分から|知ら|でき|読め|使え|撮れ|書け)(?:ない|ん|ねー)(?:ような)?(?:方|人|素人|奴|やつ|人たち|連中)(?:に|から)(?:言われ|指摘され|文句|批判され|ダメ出し|口出し)",
    r"(?:素人|ど素人|にわか|部外者)(?:さん|の方)?(?:に|から)(?:言われ|指摘され)(?:ても|たくない|る筋合い)",
    # the critic's standing counted against them: フォロワー3人のアカウントに言われてもね
    r"(?:フォロワー|フォロワ|フォロー|登録者|いいね)(?:数)?[^。!?\n]{0,6}(?:人|桁|件|ゼロ|0|少な|いない|おらん)(?:の|しか(?:いない|おらん)?|くらいの|程度の)?[^。!?\n]{0,8}(?:に|から|が)(?:言われ|指摘され|文句|批判され|ダメ出し|口出し|何か言っ|意見され)",
    r"(?:あなた|アンタ|あんた|お前|おまえ|そちら|そっち)?(?:みたいな|ごとき|程度の|なんか|ふぜい|風情)[^。!?\n]{0,6}(?:に|から)(?:言われ|指摘され|意見され|ダメ出しされ)(?:ても|たくない|る筋合い)",
]))
_SELF_REFLECT = lazy_regex.compile(r"(?:申し訳|お詫び|失礼しました|私の説明|当方の|こちらの説明|説明不足|ご指摘の通り|ご指摘のとおり|研修|やめましょう|しないよう|ないようにし)")


@once_per_draft
def _critic_in_draft(draft) -> bool:
    return _CRITIC_CONTEXT.search(draft.text) is not None


def _quote_after(draft, end: int) -> str:
    """The 8 characters after the paragraph, read by the test for a reply
    quoted to warn against it (「…」という); "" unless they close a quote."""
    after = text_after(draft, end, 8)
    return after if "」" in after else ""


def _critic_facts(draft, start, end):
    # the critic may be named in another paragraph than the reply
    return _critic_in_draft(draft), _quote_after(draft, end)


_BELITTLE_PRECHECKED = LiteralPrecheck(_BELITTLE)  # (its literals: in 1 paragraph of 8)


@validator("critic_belittled", scope="paragraph", needs=(_BELITTLE,), facts=_critic_facts)
def critic_belittled(doc, facts):
    critic, after = facts
    if not critic:
        return
    text = doc.text
    ahead = text + after  # the quote test reads past the paragraph's end
    for m in _BELITTLE_PRECHECKED.finditer(text):
        lo, hi = doc.sentence_at(m.start())
        if _SELF_REFLECT.search(text, lo, hi):
            continue
        # Quoted to warn against it: 「リプしないで」という返し方は…
        if re.search(r"」(?:と|って|という|といった|などの|のような|は|が|ではなく)", ahead[m.end():m.end() + 8]) and "「" in text[lo:m.start()]:
            continue
        yield _trim(text, *_clause(text, lo, m.start(), m.end()))


# -- an opinion taken "for the record" -----------------------------------------------

_ACT = r"(?:直す|なおす|変える|変更する|改善する|修正する|対応する|見直す|検討する|やめる|止める|反映する|取り入れる|聞く|応える|動く|従う)"
_INSINCERE = lazy_regex.compile("|".join([
    # 変える気はない is an attitude; 変える予定はない only said lightly (まあ…けど).
    rf"{_ACT}気(?:は|も|なんか|なんて)?(?:ない|ありません|ございません|ねー|ゼロ|さらさら|毛頭)",
    rf"(?:まあ|ま、|まぁ|別に|特に|全然)[^。!?\n]{{0,6}}{_ACT}(?:予定|つもり|考え|理由|必要)(?:は|も|なんか|なんて)?(?:ない|ありません|ねー)",
    rf"{_ACT}(?:予定|つもり|考え|理由|必要)(?:は|も|なんか|なんて)?(?:ない|ありません|ねー)(?:です)?(?:けど|けどね|けどw|w|笑|\(笑\))",
    r"(?:変え|直さ|直し|改善し|修正し|対応し|見直さ|やめ)(?:る気|ません|ないです|ないけど|ないよ|ないので|ないから|る予定はない)(?:けど|が|よ|w|笑|\(笑\))",
    r"(?:一応|とりあえず|いちおう|形だけ)(?:は)?(?:聞い(?:と|て)(?:き|お)ます|聞いとく|聞いておきます|承って|受け取って|伺って|読んで|目を通して|参考に)(?:おき|とき|おく|とく|ます)?",
    r"(?:聞くだけ|読むだけ|聞き流し|聞き置|参考程度に|参考までに(?:聞い|伺っ|受け取っ))",
    r"(?:ご指摘|ご意見|ご批判|ご要望|ご忠告|アドバイス|コメント|リプ)(?:どうも|ども|あざ|あざーす|あざす)(?:ー|〜|~|!|w|笑|\(笑\)|です)?",
    r"(?:ご意見|ご指摘|ご要望)として(?:一応|いちおう|とりあえず)",
    r"(?:まあ|ま、|まぁ)(?:変わらない|変えない|直さない|無理|関係ない|どうでもいい)(?:けど|ですけど|と思|でしょう|です)",
]))


def _insincere_facts(draft, start, end):
    # the opinion may be named in another paragraph than the answer
    return _critic_in_draft(draft)


@validator("insincere_acknowledgement", scope="paragraph", needs=(_INSINCERE,), facts=_insincere_facts)
def insincere_acknowledgement(doc, critic):
    text = doc.text
    if not critic:
        return
    for m in _INSINCERE.finditer(text):
        lo, hi = doc.sentence_at(m.start())
        if re.search(r"(?:申し訳|お詫び|ご不便|担当課で|確認(?:して|のうえ|します)|改めて)", text[lo:hi]):
            continue
        # a visitor's long talk tuned out (話が長すぎて途中から聞き流しとった) is
        # conduct at the counter (5.1), no answer to an opinion
        if m.group().startswith("聞き流し") and re.search(r"(?:話|長話|世間話|愚痴|説明)[^。!?\n]{0,14}$", text[lo:m.start()]):
            continue
        yield _trim(text, *_clause(text, lo, m.start(), m.end()))


# -- claims padded: travel, overtime, time records ------------------------------------

_CLAIM = (
    r"(?:旅費|出張旅費|出張費|交通費|宿泊費|日当|残業代|残業手当|残業(?:を|も)?(?:つけ|付け|申請)|時間外(?:手当|勤務)?|超勤|超過勤務|休日出勤|"
    r"通勤手当|住居手当|[一-龥]{0,4}手当|経費|領収書|レシート|タクシー代|ガソリン代|出勤簿|タイムカード|勤務表|勤務記録|打刻|出勤(?:を|に)?(?:つけ|付け))"
)
_CLAIM_RE = lazy_regex.compile(_CLAIM)
# What was claimed differs from what happened, or was inflated.  上乗せ counts
# only as the writer's act (上乗せして申請, 上乗せしといた): a benefit raised
# by the city (独自の上乗せが始まる, 上乗せ支給される) pads no claim.
_PADDED = lazy_regex.compile(
    r"(?:実際は|実際には|本当は|ほんとは|ホントは|ほんとうは)[^。!?\n]{0,24}(?:けど|けれど|のに|が、)"
    r"|(?:してない|してなかった|してへん|行ってない|行ってなかった|いなかった|いないのに|帰ってた|帰ってる|寝てた|遊んでた)(?:のに|けど|けれど)"
    r"|(?:休んだ|休みの|行ってない|行かなかった|いなかった|遅刻した)(?:日|時間|分|とき)(?:も|を|まで)[^。!?\n]{0,6}(?:出勤|勤務|残業|出張|在席)(?:に|扱い|した(?:こと|事))"
    r"|水増し|上乗せ(?:し|で(?:申請|請求)|申請|請求)|盛って(?:申請|請求|出し|書い|つけ)|盛った|多めに(?:申請|請求|つけ|付け|書い|出し)|架空の|でっち上げ|二重(?:に|で)(?:申請|請求|もら)|"
    r"ちょろまか|ごまかし(?:て|た)|誤魔化(?:して|した)|カラ出張|空出張|カラ残業|空残業|"
    r"(?:代わりに|代理で|ついでに)(?:打刻|押して|押しと|切って)|(?:打刻|タイムカード)(?:を)?(?:代わりに|代理で|頼ん|押してもら|切ってもら)"
)
# The gain kept: 浮いた分で焼酎, 差額でランチ, お小遣いゲット.
_POCKETED = lazy_regex.compile(
    r"(?:浮いた|余った|差額|差し引き|もらいすぎた|多くもらった)(?:分|お金|金|額|ぶん)?(?:で|は|を)[^。!?\n]{0,16}"
    r"(?:買|飲|食|遊|ポケット|懐|小遣い|貯金|ランチ|焼肉|旅行|パチンコ|いただ)"
    r"|(?:お小遣い|小遣い|臨時収入|へそくり)(?:ゲット|ゲト|になった|稼ぎ|できた|が増え)|(?:ちょっとした|いい)(?:小遣い|お小遣い)稼ぎ"
)
# What was put in the claim instead of the truth: a count, a mode of travel, a pretence.
_CLAIMED_AS = lazy_regex.compile(
    r"[0-9一二三四五六七八九十]+(?:泊|日|時間|回|キロ|km|円|人|往復|枚)|(?:新幹線|タクシー|飛行機|特急|グリーン車|自家用車|車|電車|高速)で(?:申請|請求|精算|計算|出し|書い|つけ)"
    r"|ことにして|ことにした|分(?:の|を|で)(?:申請|請求|旅費|日当|手当)|満額|フルで|多め|倍"
)
# A notice, a news item or a warning about it.
_CLAIM_NOTICE = lazy_regex.compile(
    r"(?:禁止|不正受給|不正請求(?:は|が|を|の)|処分|懲戒|ないよう|防止|返還|発覚|逮捕|報道|ニュース|研修で(?:学|習)|許されません|ご注意|注意|適正|正しく|規程)"
)


def _padded_claims(doc):
    """Spans of padded claims (a sentence each, weighed with its neighbours)."""
    text = doc.text
    for m in _PADDED.finditer(text):
        # 本当は休みたかったけど: a wish, not a fact set against the claim
        if re.search(r"(?:たかった|たい|ほしかった|欲しかった|つもり|予定|はず)", m.group()):
            continue
        # 確認してないけど: a hedge on what the writer knows (a guess about a
        # payment day), no work missed while a claim says it was done
        if m.group().startswith("してな") and re.search(r"(?:確認|チェック|把握|裏取り|裏どり|検証|精査|照会|問い合わせ|問合せ)$", text[max(0, m.start() - 6):m.start()]):
            continue
        lo, hi = doc.sentence_at(m.start())
        # 実際は…けど: the claim must then say what was claimed instead (1泊で, 2日分, 新幹線で)
        if re.match(r"(?:実際|本当|ほんと|ホント)", m.group()) and not _CLAIMED_AS.search(text, m.end(), hi):
            continue
        n_lo, n_hi = _neighbourhood(doc, m.start(), before=1, after=1)
        if not _CLAIM_RE.search(text, n_lo, n_hi):
            continue
        yield _trim(text, *_clause(text, lo, m.start(), hi))


_CLAIM_IN_DRAFT = LiteralPrecheck(_CLAIM_RE)


@once_per_draft
def _claim_told_in_draft(draft) -> bool:
    """A claim named and no notice or news about fraud, in the draft."""
    # (neither matches a line break: each line's answer is remembered)
    return _CLAIM_IN_DRAFT.any_line_matches(draft) and not any_line_matches(draft, _CLAIM_NOTICE)


@once_per_draft
def _padded_in_draft(draft) -> bool:
    return next(_padded_claims(draft), None) is not None


_POCKETED_WORDS = Trigger(_POCKETED)


def _claim_facts(draft, start, end):
    # The claim or a notice may be in any paragraph; a padded claim is weighed
    # with the sentence before and after it; the gain kept is marked when a
    # claim is padded anywhere (asked only by a paragraph that may tell a gain).
    if not _claim_told_in_draft(draft):
        return None
    gain = _POCKETED_WORDS.may_hold(draft.text[start:end]) and _padded_in_draft(draft)
    return sentences_before(draft, start, 1), sentences_after(draft, end, 1), gain


@validator("claim_padding", scope="paragraph", facts=_claim_facts)
def claim_padding(doc, facts):
    """A claim for travel, overtime or attendance padded (実際は日帰りだった
    けど1泊で旅費申請, 残業してないのに残業代つけた, カラ出張) and the gain
    kept (浮いた分で焼酎): fraud on public money told as a boast."""
    if facts is None:
        return
    before, after, gain = facts
    window, offset = paragraph_window(doc, before, after)
    yield from spans_starting_in(_padded_claims(window), offset, len(doc.text))
    if gain:
        for m in _POCKETED.finditer(doc.text):
            yield _trim(doc.text, m.start(), m.end())


# -- city property put to private use --------------------------------------------------

# (the city's crest marks its stationery: 市章入りの封筒; a mascot named by its own name is the
# city's when its costume is meant: ヤッホーくんの着ぐるみ)
_CITY_OWNED = (
    r"(?:市の|市役所の|役所の|役場の|庁舎の|支所の|公民館の|職場の|課の|係の|市有の?|公用の?|備品の|市のイベント用の|イベント用の|公式|"
    r"市章入りの|市章の入った|市のロゴ入りの|[ァ-ヶー]{2,8}(?:くん|ちゃん)の(?=着ぐるみ))"
)
_CITY_THING = (
    # physical things only: a mascot's picture used on goods is the city's rights (6.3.2)
    r"(?:着ぐるみ|テント|プロジェクター|スクリーン|マイク|スピーカー|拡声器|音響|長机|机|パイプ椅子|椅子|"
    r"カメラ|ビデオカメラ|パソコン|PC|ノートPC|タブレット|iPad|スマホ|携帯|軽トラ|トラック|車|発電機|投光器|のぼり|法被|はっぴ|ハッピ|"
    r"ユニフォーム|制服|作業着|ヘルメット|工具|脚立|草刈り機|コピー機|プリンター|コピー用紙|用紙|文房具|事務用品|備品|物品|"
    r"ETCカード|タクシーチケット|切手|封筒|電池|記念品|グッズ|ノベルティ|景品|チケット|招待券|ガソリン|燃料|花|苗|鉢植え|米|野菜|"
    # the aids the office lends residents: 市の貸出用の杖, 福祉課の車いす
    r"杖|車いす|車椅子|福祉用具|介護用品)"
)
_TAKEN = (
    r"(?:持ち出|持って(?:帰|き|行|い)|持ち帰|もらって帰|借りて|借りた|借り出|拝借|パク|くすね|使って|使った|使わせ|着て|着た|かぶって|乗って|乗った|乗り回|"
    r"運んで|積んで|横流し|転売|売って|売った|出品|刷っ|刷り|印刷し|コピーし|プリントし|充電し|"
    # the city's envelopes and stamps used to post one's own mail
    r"送っ|送り|郵送し|出した|出して|出しちゃ|出しと)"
)
_PROPERTY_TAKEN = lazy_regex.compile(rf"{_CITY_OWNED}[^。!?\n]{{0,10}}{_CITY_THING}[^。!?\n]{{0,20}}?{_TAKEN}")
# A private occasion or place: the purpose is plainly the writer's own.
_PRIVATE_USE = lazy_regex.compile(
    r"(?:実家|自宅|家で|家に|うちで|うちの|結婚式|二次会|披露宴|余興|誕生日|飲み会|宴会|忘年会|新年会|花見|BBQ|バーベキュー|キャンプ|"
    r"法事|引っ越し|私用|個人的に|プライベート|趣味|フリマ|メルカリ|ヤフオク|ラクマ|転売|自分用|自分の|"
    # a fan's or a friend's mail: 推しへのファンレター用に
    r"ファンレター|推し(?:活|へ|に|の)|年賀状)"
)
# People close to the writer: private only with secrecy or a saving (娘の名簿を刷った。用紙代浮いた).
_PRIVATE_PEOPLE = lazy_regex.compile(r"(?<!ご)(?:友達|友人|知り合い|家族|嫁|妻|夫|旦那|子ども|子供|息子|娘|彼女|彼氏|親父|おやじ|オヤジ|父ちゃん|母ちゃん|じいちゃん|ばあちゃん|両親)")
_GAIN = lazy_regex.compile(r"(?:浮いた|浮く|タダで|ただで|無料で|ゼロ|節約|得した|お得|買わずに済|借りずに済)")
_COVERT = lazy_regex.compile(r"(?:勝手に|無断で|こっそり|内緒で|黙って|バレ(?:ない|なかった|てない)|ばれ(?:ない|なかった|てない)|誰にも言わず|許可(?:なし|なく|取らず|とらず)|気(?:づ|付)か(?:ん|ない|れん|れない))")
_LENT_OR_NOTICE = lazy_regex.compile(
    # (貸出用の杖 names the kind of thing, not a loan to the writer)
    r"(?:貸出(?!用)|貸し出し(?!用)|貸与|お貸し|貸して(?:くれ|もら|いただ)|許可を(?:得|取|もら|いただ)|申請して|正式に|禁止|してはいけ|ないよう|ご遠慮|"
    r"盗難|盗まれ|紛失|被害|返却(?:を|して|してください)|お願いします|ご利用|ご活用|寄贈|譲渡|払い下げ|公売|処分品|不用品)"
)


# The city's thing hired out for the writer's own fee: private gain (5.2), where
# the labels put it rather than under conduct (5.1).
_FOR_HIRE = lazy_regex.compile(
    r"(?:出演料|出張料|レンタル料|貸出料|使用料|利用料|料金|謝礼|ギャラ|(?<![0-9])(?<![0-9][,.])[0-9][0-9,.]*(?:万|千)?円)[^。!?\n]{0,16}"
    r"(?:受け付け|受付|承り|承っ|募集|ご依頼|依頼|お問い合わせ|DM|ご連絡|いただ|もら|取って|とって|頂)"
    r"|(?:1回|一回|1日|一日|1時間)[^。!?\n]{0,6}(?<![0-9])(?<![0-9][,.])[0-9][0-9,.]*(?:万|千)?円"
)


def _for_hire(doc, lo: int, hi: int):
    return _FOR_HIRE.search(doc.text, lo, hi)


def _property_facts(draft, start, end):
    # The thing taken is weighed with the sentence after it, where the fee or
    # the private use may be told: the sentence before the paragraph (a thing
    # taken there marks a fee or a use in the first sentence) and the one after.
    return sentences_before(draft, start, 1), sentences_after(draft, end, 1)


@validator("city_property_for_hire", scope="paragraph", needs=(_FOR_HIRE,), facts=_property_facts)
def city_property_for_hire(doc, facts):
    """The city's things hired out for money (市の着ぐるみを貸して出演料1回1万円で
    受付中): the fee asked, next to the city thing taken."""
    window, offset = paragraph_window(doc, *facts)
    yield from spans_starting_in(_city_property_for_hire(window), offset, len(doc.text))


def _city_property_for_hire(doc):
    text = doc.text
    seen = set()
    for m in _PROPERTY_TAKEN.finditer(text):
        lo, hi = _neighbourhood(doc, m.start(), before=0, after=1)
        if _LENT_OR_NOTICE.search(text, lo, hi):
            continue
        fee = _for_hire(doc, lo, hi)
        if fee and fee.start() not in seen:
            seen.add(fee.start())
            s_lo, _ = doc.sentence_at(fee.start())
            yield _trim(text, *_clause(text, s_lo, fee.start(), fee.end()))


@validator("city_property_private_use", scope="paragraph", facts=_property_facts)
def city_property_private_use(doc, facts):
    """The city's things taken for private use (着ぐるみを勝手に持ち出して友達の
    結婚式で着てきた, 課のテントを家族のキャンプに): the city thing taken, and
    a private purpose or secrecy in the same or the next sentence."""
    window, offset = paragraph_window(doc, *facts)
    yield from spans_starting_in(_city_property_private_use(window), offset, len(doc.text))


def _city_property_private_use(doc):
    text = doc.text
    for m in _PROPERTY_TAKEN.finditer(text):
        lo, hi = _neighbourhood(doc, m.start(), before=0, after=1)
        if _LENT_OR_NOTICE.search(text, lo, hi) or _for_hire(doc, lo, hi):
            continue
        covert_or_gain = _COVERT.search(text, lo, hi) or _GAIN.search(text, lo, hi)
        # Borrowed (借りて) is how it is lent: conduct only when taken without
        # leave or for a saving (勝手に借りて, 借りてレンタル代ゼロ); a borrowed
        # costume worn at a friend's party is the city's rights (6.3.2) alone.
        if m.group().endswith(("借りて", "借りた", "借り出")) and not covert_or_gain:
            continue
        uses = list(_PRIVATE_USE.finditer(text, lo, hi))
        if not uses and covert_or_gain:
            uses = list(_PRIVATE_PEOPLE.finditer(text, lo, hi))
        if not uses:
            continue
        s_lo, _ = doc.sentence_at(m.start())
        yield _trim(text, *_clause(text, s_lo, m.start(), m.end()))
        u = uses[0]
        _, u_hi = doc.sentence_at(u.start())
        # the private purpose with the act done there: 友達の結婚式で着てきた
        end = re.search(r"[、。!?\n]|$", text[u.end():u_hi])
        yield _trim(text, u.start(), u.end() + (end.start() if end else 0))


# -- residents' records looked up for curiosity ----------------------------------------

_RECORDS = lazy_regex.compile(
    r"(?:住民票|住民情報|住民記録|住民基本台帳|住基|戸籍|[一-龥]{0,2}台帳|課税(?:情報|データ)|税務(?:システム|データ)|納税(?:情報|データ)|所得(?:情報|データ)|"
    r"国保(?:の)?(?:データ|システム)|福祉(?:の)?(?:データ|システム)|業務(?:用)?(?:の)?(?:端末|PC|パソコン|システム)|端末|システム|データベース|DB)"
)
_LOOKUP = lazy_regex.compile(r"(?:検索|照会|調べ|覗|のぞ|閲覧|見ちゃ|見てみ|見たら|見た|見て(?:た|る|い)|眺め|確認したら|確認してみ|引いて|引いたら|出してみ|ヒット)")
_CURIOSITY = lazy_regex.compile(
    r"(?:こっそり|興味本位|気になって|気になった|気になる人|暇つぶし|ひまつぶし|ついでに|勝手に|内緒|好奇心|なんとなく|出来心|"
    r"バレ(?:ない|なかった|たら)|ばれ(?:ない|なかった|たら))"
)
# Whom the writer looked up: snooping only when they went searching for that
# person (芸能人を検索, 元カノのこと調べたら); 台帳見てたら同級生の家が… is a
# find while at work (the leak is 5.3 / 6.3.1), not a private search.
_PERSON_SOUGHT = lazy_regex.compile(
    r"(?:元カレ|元カノ|元彼|元妻|元夫|同級生|知り合い|友達|芸能人|有名人|アイドル|俳優|女優|タレント|選手|歌手|YouTuber|インフルエンサー|"
    r"近所の|お隣|隣の家|好きな人|推し)"
)
_ACTIVE_LOOKUP = lazy_regex.compile(r"(?:検索|照会|調べ|覗|のぞ|引いて|引いたら|出してみ|見てみ|ヒット)")
# A resident's record met at work and laughed at (台帳見てたら同級生の土地が安くて
# 笑った): the finding is the ridicule, from the person to the laugh.
_RIDICULE = lazy_regex.compile(
    r"(?:笑った|笑える|笑えた|笑う|笑いそう|笑っ|ウケる|ウケた|うける|草(?=[。!?\s]|$)|ワロタ|吹いた|ふいた|ダサ|だっさ|しょぼ|ショボ|見栄(?:張|はっ)|"
    r"恥ずかし|哀れ|みじめ|惨め|ざまあ|ざまぁ|ざまー|w{2,}|w(?=[。!?\s]|$))"
)
_OFFICIAL_LOOKUP = lazy_regex.compile(
    r"(?:本人確認|ご本人|申請(?:が|を|に|の)|請求(?:が|を|に)|依頼(?:が|を|で)|業務として|業務上|禁止|不正|処分|ないよう|研修|ログ|監査|厳しく|許されません|漏えい|漏洩|"
    r"在庫|天気|路線|時刻|予約|レシピ|ネットで|グーグル|Google)"
)


@validator("records_snooping", scope="paragraph", needs=(_RECORDS,))  # reads one sentence
def records_snooping(doc):
    """Residents' records looked up on the work system for curiosity
    (端末でこっそり検索したら元アイドルが…, 住基で同級生の住所を見ちゃった)."""
    text = doc.text
    for lo, hi in doc.sentence_bounds:
        rec = _RECORDS.search(text, lo, hi)
        if not rec:
            continue
        look = _LOOKUP.search(text, rec.end(), hi) or _LOOKUP.search(text, lo, rec.start())
        if not look or _OFFICIAL_LOOKUP.search(text, lo, hi):
            continue
        person = _PERSON_SOUGHT.search(text, lo, hi)
        laugh = _RIDICULE.search(text, person.end(), hi) if person else None
        if laugh:
            yield _trim(text, person.start(), laugh.end())
            continue
        if not _CURIOSITY.search(text, lo, hi) and not (
                _PERSON_SOUGHT.search(text, lo, hi) and _ACTIVE_LOOKUP.search(text, lo, hi)):
            continue
        start = min(rec.start(), look.start())
        end = max(rec.end(), look.end())
        tail = re.match(r"[ぁ-ん]{0,4}", text[end:hi])
        yield _trim(text, *_clause(text, lo, start, end + tail.end()))


# -- complaints turned back on the complainant ---------------------------------------

_DEFLECT = lazy_regex.compile("|".join([
    # blame shifted to the person who complained
    r"(?:見落とす|見落とした|見逃す|見ない|見てない|見なかった|読まない|読んでない|読まなかった|確認しない|確認しなかった|確認してない|調べない|調べなかった|"
    r"聞かない|聞いてない|知らない|気づかない|気付かない|気づかなかった|遅れた|遅れる|忘れた|忘れる|間違えた|間違える|準備しない|備えない)"
    r"(?:方|人|側|ほう|あなた|そちら)(?:に|の方に|のほうに)?(?:も|が|こそ)?"
    r"(?:(?:問題|責任|非|落ち度|原因)(?:が|は)?(?:ある(?!ませ)|あり(?!ませ)|でしょ|では|かと)|悪い(?!影響|点|例|ところ))",
    r"(?:そちら|そっち|あなた|あんた|お客様|利用者|ご本人|ご自身|ご自分|皆さん)(?:の|側の)(?:確認不足|不注意|落ち度|責任|勘違い|見落とし|読み落とし|思い込み|準備不足|過失|せい|記入ミス|ミス)(?:です|でしょ|では|だと|かと|ですね|だよね)?",
    # blame on whoever did not do their part, any verb, plain or keigo:
    # 読まれていない方の責任かと存じます, 締切を守らなかった人が悪い
    # (読まん方が悪か, 読んでいない方のご責任かと存じます: dialect and keigo too)
    r"(?:な(?:い|かった)|ていない|てない|でいない|でない|とらん|どらん|ておられない|でおられない|ません|ず|(?<=[読見知聞調確])(?:ま|か|べ|認せ|ら)?ん)(?:方|人|側|ほう|方々|人たち|お客様|利用者|申請者)(?:に|の方に|のほうに|の)?(?:も|が|こそ)?"
    r"(?:(?:ご)?(?:問題|責任|非|落ち度|原因|過失|せい)(?:が|は)?(?:ある(?!ませ)|あり(?!ませ)|でしょ|では|かと|です|だ|や|じゃ|と(?:思|存じ))|悪(?:い|か)(?!影響|点|例|ところ))",
    # help refused to whoever did not do their part: 読まない方のサポートまではいたしかねます
    r"(?:な(?:い|かった)|ていない|てない|でいない|でない|とらん|どらん|(?<=[読見知聞調確])(?:ま|か|べ|認せ|ら)?ん)(?:方|人|方々|人たち|お客様|利用者)(?:の|への|に)"
    r"(?:サポート|対応|お世話|世話|面倒|フォロー|ご案内|案内|説明)(?:まで|まて)?(?:は|も)?(?:いたしかね|致しかね|しかね|できかね|できません|いたしません|しません|できん|せん|しきらん)",
    # the complaint shrugged off as another section's business: うちの担当じゃないんで知りません
    r"(?:担当|管轄|所管|担当課|うちの仕事|私の仕事)(?:じゃ|では|やな|ではござい)(?:ない|なか|ありません|ねー|ませんし)(?:ん|の)?(?:で|から|けん|し)?[、 ]?(?:知りません|知らん|知らない|知るか|関係ありません|関係ない|関係なか|分かりません|わかりません)",
    # the complainant told to move away: 嫌なら引っ越しをご検討ください
    r"(?:嫌|いや|イヤ|ご不満|不満|気に入らない|気に入らん|お気に召さない)(?:なら|ならば|でしたら|のでしたら|であれば|だったら|やったら)[、 ]?[^。!?\n]{0,10}?"
    r"(?:引っ越し|引越し|転居|移住|転園|転校|退会|解約|よそ|他所|他の|ほかの|別の)[^。!?\n]{0,8}?(?:ご検討|検討され|検討して|お考え|考えられ|考えて|されては|してはいかが|をおすすめ|をお勧め)",
    r"(?:そっち|そちら|あなた|あんた|アンタ|お前|おまえ|おたく|お宅|そちらさん|ご自分|ご自身)(?:の|ん|側の)(?:都合|勝手|事情|わがまま|ワガママ|我儘|問題|責任|落ち度)(?:やろ|だろ|でしょ|じゃろ|じゃん|やん|ですよね|ですよ|ですから|でしょう|じゃないですか|じゃなかと|やなかと|たい|ばい|なんで|なので|です(?=[。!?\n]|$)|だ(?=[。!?\n]|$)|(?=[。!?\n]|$))",
    r"悪いのは(?:そっち|そちら|あなた|あんた|お前|おまえ|おたく|ご自身|ご自分|自分)|自業自得",
    # the complainant said to think only of themselves: そちらのご都合ばかり言われましても,
    # あんたの都合だけ押し付けんで, お客様のご要望ばかりおっしゃられても
    r"(?:そっち|そちら|あなた|あんた|アンタ|お前|おまえ|おたく|お宅|お客様|お客さん|ご自分|ご自身)(?:様|さん)?(?:の|ん|側の)(?:ご)?"
    r"(?:都合|事情|要望|言い分|希望|わがまま|ワガママ|我儘|勝手|主張|文句|不満)(?:ばかり|ばっかり|ばっか|ばっかし|だけ)(?:を|ば)?"
    r"(?:言われ|いわれ|言わ|おっしゃ|仰|主張され|押し付け|押しつけ|並べ|通そう|言うて|言っ)",
    # the fault thrown back in casual second person: そっちが書類不備ばっか,
    # あんたが書類持ってこんけんやろ, お前が読んでないだけ
    r"(?:そっち|あんた|アンタ|お前|おまえ|オマエ|おたく|オタク|お宅|てめえ|テメエ|てめー|貴様|そちらさん)(?:が|こそ|の方が|のほうが|も|の)[^。!?\n]{0,14}?"
    r"(?:不備|ミス|間違|悪い|悪か|遅れ|遅刻|忘れ|確認不足|勉強不足|不注意|せい|責任|原因|勘違い|ばっか|ばかり|くせに|読んで(?:な|ね)|読ま(?:ん|な)|見て(?:な|ね)|見とらん|"
    r"守ら(?:ん|な)|守って(?:な|ね)|持って(?:こ|来)(?:ん|な)|出さ(?:ん|な)|書いて(?:な|ね)|聞いて(?:な|ね)|聞か(?:ん|な)|(?:わか|分か)(?:ってな|っとらん|らん))",
    # told to put up with it instead of an answer: 毎年のことなので慣れてください
    r"(?:慣れて|我慢して|諦めて|あきらめて|受け入れて|耐えて|辛抱して)(?:ください|下さい|くれ|ね(?=[。!?\n]|$)|もらう(?:しか|ほか)|いただく(?:しか|ほか)|な(?:さい|っせ))"
    r"|(?:慣れる|我慢する|諦める|あきらめる|慣れてもらう|我慢してもらう|慣れていただく|我慢していただく)(?:しか|ほか)(?:ない|ありません|なか|ねー)",
    r"自己責任(?:で(?:お願い|どうぞ)|です|でしょ|だと思|ですよ|かと|ですね|だよ|だね|(?=[。!?\n]|$))",
    r"(?:市|こちら|こっち|役所|市役所|私たち|わたしたち|職員|我々|うち|担当)(?:も|は|だって)[^。!?\n]{0,8}"
    r"(?:忙しい|人手不足|(?:人|職員|人員|人手|予算)が(?:足りない|足りません|いない)|手が回らない|余裕がない|暇じゃない|ひまじゃない|大変)(?:な|だ|です)?(?:ので|から|んで|んだから|し|のに|んです)[^。!?\n]{0,12}"
    r"(?:仕方|しょうがな|しかたな|無理|我慢|諦め|あきらめ|勘弁|察して|分かって|わかって)",
    # a correction refused, the critic called fussy
    r"(?:訂正|修正|削除|謝罪|撤回|直し)(?:は|も|なんて|など|する気は|する必要は)?(?:しません|しない(?:です|よ|し|ので|から)?|する気はない|する必要はない|いたしません|不要です|しないつもり)",
    r"意味(?:は)?(?:通じる|通じます|伝わる|伝わります|分かる|わかる)(?:ので|から|んだから|でしょ|じゃないですか|し)",
    r"(?:細かい|小さい|ささいな|些細な|どうでもいい|しょうもない)(?:こと|点|ところ|ミス|話)(?:を|に|ばかり|で|まで)?(?:気にし|こだわ|いちいち|うるさ|騒|突っ込|ツッコ|指摘|言わ|言って)(?!すぎない|過ぎない|ない|ません|なく|ず|る性格)(?:すぎ|過ぎ)?(?:では|です|じゃ|だよ|だね|ですね)?",
    r"(?:気にしすぎ(?!ない|ず|なく)|気にし過ぎ(?!ない|ず|なく)|神経質(?:すぎ|過ぎ|ですね|だね|な方|な人)|細かすぎ|細か過ぎ|うるさすぎ|大げさ(?:すぎ|ですね|では|だな|な)|大袈裟(?:すぎ|ですね|では)|騒ぎすぎ|騒ぎ過ぎ|過敏(?:すぎ|ですね|では))",
    # modesty about one's own doings (どれも大したことではありませんが、続けています)
    # is concessive; a dismissal ends the clause
    r"(?:大した|たいした)(?:問題|こと|ミス|話|違い)(?:では|じゃ)?(?:ない|ありません|ないでしょ|なくない|ねー)(?!が|けど|けれど|んですが|のですが)",
    # (いちいち文句つけてくる, いちいち言ってきた: someone's habit of carping AT the writer,
    # told about them, is no reply brushing a critic off)
    r"いちいち(?:細かい|うるさい|言って|指摘|突っ込|ツッコ|文句|気に|揚げ足)(?![^。!?\n]{0,8}?て(?:くる|きた|きて|くん|きよ|きと|くれ))",
    # conditions put on the critic before they may speak
    r"(?:くらい|ぐらい|位)[^。!?\n]{0,10}(?:できる|読める|分かる|わかる|調べられる|理解できる|書ける|使える)ように(?:なって|なられて)から",
    # (名乗ってから言って, 実名を出してから書き込んで: the critic told to unmask first)
    r"(?:ようになって|を?勉強して|を?理解して|を?読んで|を?見て|を?調べて|を?確かめて|を?経験して|を?やってみて|働いてみて|住んでみて|払って|"
    r"名乗って|(?:名前|実名|本名|氏名|顔)(?:を|ば)?(?:出して|名乗って|明かして|書いて|さらして|晒して)|顔出しして|実名で|本名で)から"
    r"(?:言って|言え|言いな|言おう|おっしゃって|コメント|文句|書き込|発言|批判|物を言)",
    r"(?:くらい|ぐらい)(?:自分で)?(?:読め|調べろ|調べて|考えろ|考えて|わかれ|分かれ|理解しろ|覚えろ|覚えて|使いこなして|使いこなせ|使えるようになって|使えるようにして)(?:よ|ば|ください|下さい|ね)?(?=[。!?\n、]|$|w|笑|[^\w\s])",
    r"(?:くらい|ぐらい)(?:普通|常識で|考えれば)?(?:分かる|わかる|できる|読める)(?:でしょ|だろ|よね|と思い|はず|もんでしょ)",
    # the answer said to be there for anyone who had bothered to read: ちゃんと読んでいただいていれば分かる
    r"(?:ちゃんと|きちんと|しっかり|普通に|まともに|一度でも|いっぺんでも|ちゃんと|よーく)[^。!?\n]{0,14}?"
    r"(?:読|見|目を通|確認|調べ|聞|ご覧|お読み)[ぁ-ん]{0,10}?(?:れば|たら|ていれば|ていたら|とれば|とったら)[^。!?\n]{0,4}?"
    r"(?:分かる|わかる|分かります|わかります|分かるはず|わかるはず|書いて(?:ある|あります|あっ)|載って(?:いる|いま|る)|お分かり|ご理解いただけ|理解でき)",
    # an ultimatum instead of an answer: ご理解いただけないなら参加はご遠慮ください
    r"(?:ご理解|ご納得|ご了承|納得|理解)(?:いただけ|頂け|でき|され)(?:ない|ません)(?:の)?(?:なら|のであれば|のでしたら|んだったら)[^。!?\n]{0,12}"
    r"(?:ご遠慮|来なくて|参加しなくて|利用しなくて|使わなくて|見なくて|お断り|ご退場|お引き取り|来ないで|来んで)",
    r"(?:気に入らない|気に食わない|ご不満|不満|嫌|いや|合わない)(?:の)?(?:なら|のであれば|のでしたら|方は)[^。!?\n]{0,10}(?:参加|利用|来場|ご来場|ご利用|ご参加)(?:は|を)?(?:ご遠慮|お控え|なさらなくて|されなくて|しなくて結構)",
    # the complaint answered with a sneer: 歩けばいいだけでは？ 足ついてますよね？
    r"[ぁ-ん](?:ば|たら|りゃ)(?:いい|良い)だけ(?:では|じゃ(?:ない|ね|ん)|でしょ|だろ|やろ|の話|なのに)",
    r"(?:足|目|耳|手|頭|口)(?:が|は|も)?(?:ついて|付いて)(?:ます|る|ない|いない|ません)(?:よね|でしょ|の|んですか|んか|か)?(?=[?？])",
    # the door shut on the complainant: 今後同様のご連絡はご遠慮ください
    r"(?:今後|以後|今後は|二度と)(?:同様の|同じような|このような|こういった|こうした|この件の|この件での|本件の)?"
    r"(?:ご連絡|連絡|ご意見|意見|お問い合わせ|問い合わせ|お電話|電話|ご質問|質問|コメント|書き込み|メール|苦情|クレーム)(?:は|も|など)?"
    r"(?:ご遠慮(?:ください|下さい|願います|いただけ)|お控えください|控えて(?:ください|もらえ|いただけ)|しないで(?:ください|もらえ)|"
    r"お断り(?:します|いたします|です)|受け付けません|対応(?:しません|いたしかねます|できません)|不要です|結構です)",
    # a sneer in place of an answer: そんなに暇なら自分の畑でも耕したらどうですか
    r"(?:そんなに|そこまで|そげん|そんな)(?:暇|ヒマ|ひま|不満|文句(?:が)?ある|言う|気になる|気に入らない|詳しい|お詳しい|分かる|わかる)(?:の|ん)?"
    r"(?:なら|んだったら|だったら|やったら|ならば)[^。!?\n]{0,24}(?:たらどう|たらいかが|ばいい(?:のに|じゃん|でしょ)?(?=[。!?\n]|$)|ばいかが|ば[?？]|てみたら|てみれば|たら[?？]|ろよ|なさい)",
    # the critic's own level mocked
    r"(?:人の|他人の|ひとの)こと(?:を)?(?:言える|言えた)(?:レベル|立場|義理|腕|もの|身)(?:じゃ|では)(?:ない|ありません)",
    r"(?:あなた|あんた|お前|おまえ|そちら|貴方)(?:の|こそ|も)[^。!?\n]{0,12}(?:大したこと(?:ない|ありません)|レベル(?:が)?低|下手|へた|ヘタ|お粗末)",
    r"(?:程度|レベル|知能|品性)(?:が|も)?(?:知れ|お察し|うかがえ)",
    r"(?:お前|おまえ|あんた|あなた)が言うな|どの口が(?:言う|言って)",
]))
# Complaints and corrections named other ways than 意見/指摘/コメント.
_COMPLAINT_CONTEXT = lazy_regex.compile(r"(?:そちら(?:の|が|側)|ご要望|要望|お叱り|ご不満|不満|とのこと|って言われ|と言われ|おっしゃ|誤字|誤記|間違って(?:る|います)|分かりにくい|わかりにくい|遅い(?:[?？]|とか|って|との))")
_MINE_TO_FIX = lazy_regex.compile(r"(?:申し訳|お詫び|すみません|失礼しました|ありがとうございま|恐れ入り|ご不便|改善します|検討します|確認します|ご指摘の通り|ご指摘のとおり|研修|やめましょう|しないよう|ないようにし|避けましょう|確認(?:した|の結果|しました)|調査の結果|正しい表記|正式な)")


# Getting used to something new, coached (少しずつ慣れてください): help, not a brush-off.
_GENTLE_COACHING = lazy_regex.compile(r"(?:少しずつ|徐々に|ゆっくり|練習|説明会|サポート|お手伝い|お気軽に)")


@once_per_draft
def _complaint_in_draft(draft) -> bool:
    return bool(_critic_in_draft(draft) or _COMPLAINT_CONTEXT.search(draft.text))


def _complaint_facts(draft, start, end):
    # the complaint may be told in another paragraph than the answer
    return _complaint_in_draft(draft), _quote_after(draft, end)


# (its literals are in half the paragraphs, but looking for them costs a
# tenth of _DEFLECT's search)
_DEFLECT_PRECHECKED = LiteralPrecheck(_DEFLECT)


@validator("complaint_deflected", scope="paragraph", needs=(_DEFLECT,), facts=_complaint_facts)
def complaint_deflected(doc, facts):
    """A complaint or a correction turned back on the person who made it:
    blame shifted (見落とす方にも問題がある, 市も忙しいので仕方ありません),
    a correction refused and the critic called fussy (意味は通じるので訂正は
    しません, 細かいことを気にしすぎでは), conditions put on them before they
    may speak (地図くらい読めるようになってから言って), their own level mocked
    (人のこと言えるレベルじゃない)."""
    complaint, after = facts
    if not complaint:
        return
    text = doc.text
    ahead = text + after  # the quote test reads past the paragraph's end
    for m in _DEFLECT_PRECHECKED.finditer(text):
        lo, hi = doc.sentence_at(m.start())
        if _MINE_TO_FIX.search(text, lo, hi) or _SELF_REFLECT.search(text, lo, hi):
            continue
        # (help offered around it is coaching; help refused inside it, 読まない方の
        # サポートまではいたしかねます, is the deflection itself)
        if _GENTLE_COACHING.search(text, lo, m.start()) or _GENTLE_COACHING.search(text, m.end(), hi):
            continue
        if re.search(r"」(?:と|って|という|といった|などの|のような|は|が|ではなく)", ahead[m.end():m.end() + 8]) and "「" in text[lo:m.start()]:
            continue
        yield _trim(text, *_clause(text, lo, m.start(), m.end()))
