"""6.2 (inaccurate information about the city's administration): how a guess
is said, found by grammar.

``_guess_spans`` yields every guess marker of one sentence with its kind:
adverbs (たぶん, おそらく, どうせ), はず, と思う, らしい, the hearsay そう,
quotative って passing on a change or a figure (有料になるんだって), でしょう
and dialect だろう (なるやろ, なるっちゃろ), かな, and phrases (かもしれない,
気がする, 〜と聞いた, との話, Kumamoto げな / とやろ, 記憶では), plus the
unchecked hedges and vouching (insider_grounds.py).  Each marker keeps only
its guessing reading: と思う of intention (行きたいと思う), hope (来てもらえ
たらと思う), opinion (いいと思う, 出すべきだと思う), feeling, a case put to
the reader (怪しいと思ったら), a past belief or a comparison (思ったより) is
left out here, at the token.  Readings that need the whole sentence are in
insider_guess_exclusions.py.
"""

from __future__ import annotations

from .. import lazy_regex
from .hearsay_common import adjective_rashika, _clause_start, _closes_clause, _ends_predicate, _is_rashii_aux, _LIKE_NOUNS, _pos, _typical_before_noun
from .literal_precheck import LiteralPrecheck
from .insider_grounds import _UNCHECKED_PRECHECKED, _VOUCHED_PRECHECKED
from .insider_staff import _INSIDER, _mask_insider
from .insider_topics import _ADMIN_TOPIC


# Guesses that are phrases rather than single tokens.
_GUESS_PHRASE = lazy_regex.compile(
    r"(?:んじゃないか|んじゃない(?=[?？。!\n]|$)|"
    # Kumamoto and written なかろうか: 予約制になるんやなかろうか / 変わるのではなかろうか;
    # 〜っちゃなかかな (= んじゃないかな): 新しか課になるっちゃなかかなー
    r"(?<=[るたい])っちゃなか(?:かな|ろか|ろうか|か(?=[?？。!\n]|$))|"
    r"(?:(?:ん|の)(?:や|じゃ)|(?:ん|の)?では)なかろう(?:か|[?？。!\n]|$)|(?<!いい)(?<!良い)(?<!よい)(?:ん|の)じゃない(?:です|でしょう)か|のではないか|じゃないかな|かもしれ|かも(?:[。!?!？\n]|$)|かもね|気が(?:する|します|しとる|しよる)|んだろう|だろう|"
    # と思われます hedges; 本物だと思われてる is what others believe (passive);
    # 〜と思われがちですが / と思われやすい: a common belief the writer corrects.
    r"と思われ(?!て|た|ちゃ|る(?:場合|方|時|とき|際|点|もの|こと)|れば|たら|がち|やす)|っぽい(?![ァ-ヶ一-龥])|(?<![てで])みたい(?:だ|です|よ|[。!?\n]|$)"
    # hearsay passed on by an insider counts too (LABELS: both 5.6.4 and 6.2)
    r"|って噂|という噂|との噂|噂が|噂で|噂(?:だと|では|じゃ)|(?:って|と)(?:聞いた|聞きました|聞いて)|"
    # 行ってみようという話になった: a plan the writer's people made, no hearsay
    r"(?<!よう)(?<!ろう)(?<!こう)(?<!そう)(?<!とう)(?<!もう)(?<!ぼう)(?<!ごう)(?<!おう)(?:って話|という話)|方向で進んで|方向らしい"
    # Kumamoto: 〜とやろ (= のだろう), 〜げな (hearsay), 〜ごたる (= みたい)
    r"|(?<=[うくすつぬむるぐぶたいん])とやろ|(?:(?<=[るたいんだう])|(?<=[うくすつぬむるぐぶたいん]と)|(?<=[かさたなまらわ]す))(?:げな|ごたる|ごたっ)"
    # the writer names the guess: 予想すると / 勘だと / 感覚だと / 雰囲気的に / 思うに
    r"|予想(?:する|では|だと|です|すると|として)|予測(?:する|では|だと)|推測(?:する|では|だと|です)|見込み(?:では|だと)|見立て|"
    r"勘(?:だと|では|で言うと|だけど|やけど|じゃけど|ばってん|で申しますと|で申せば|で言えば|ですが)|ように記憶(?:して|しとる|しちょる|しております)|感覚(?:だと|では|で言うと|やけど|だけど|ですが)|(?:の|な)感触(?:だと|では|で言うと|やけど|だけど|ですが|として)|"
    # Kumamoto じゃない(か): 通るっちゃない？ / なるっちゃないかな
    r"(?<=[うくすつぬむるぐぶたいだ])っちゃな(?:い|か|かろう|かろ)(?:かな|か|ですか)?(?=[?？。!\n〜~…]|$|[^\w])|肌感|雰囲気(?:的に|だと|から)|思うに|"
    # Kansai じゃない(か): いけるんちゃう？ / 無料なんちゃうかな / 開くんちゃいます？
    r"(?<=[うくすつぬむるぐぶたいだな])(?:ん|の)ちゃ(?:う|いま(?:す|せん))(?:か|かな|ん|の)?(?=[?？。!！\n〜~…、]|$|[^\w])|"
    # 休みであったと記憶しております / 私の理解では: memory, not a source.
    r"(?:と|って)記憶して|(?:と|って)記憶(?:が|し|に)(?:ある|あり|とる|とり|ちょる|ちょり|ござい)|記憶(?:では|によれば|によると|だと|が正しければ|違いでなければ)|"
    r"(?:私|小職|当職|自分|僕|俺|わたくし|わし|うち)の(?:理解|認識|解釈|覚え)(?:では|だと|としては|によれば)|"
    # ほぼ間違いない vouches for a forecast; ほぼ決まり / ほぼ確定 alone report
    # where a plan stands (6.1): a guess only with a marker of its own
    # (ほぼ決まりじゃないかな, ほぼ確定らしい).
    r"ほぼ間違いな|濃厚(?![さな])|(?<!案が)(?<!案は)(?<!案も)(?<!最)有力"
    # 買えるとか。/ 変わるとか…: hearsay passed on by a sentence-final とか
    r"|(?<=[うくすつぬむるぐぶいた])とか(?:なんとか|何とか)?(?=[。.!?！？\n…]|$)"
    # 使えんくなるって別の課の人から聞いた: the teller between って and 聞いた
    r"|って[^。、!?！？\n]{1,12}?(?:から|に)聞(?:い|き)"
    # 売却されると、水道局OBの方から伺いました: the teller after と and a comma
    r"|(?<=[うくすつぬむるぐぶたいだ])と[、,][^。、!?！？\n]{1,16}?(?:から|に)(?:伺|聞(?:い|き))"
    # 届くんじゃなかったっけ / 無料だったっけ: a memory the writer doubts
    r"|(?:ん|の)?じゃなかった(?:っけ|か(?=[?？。!\n]|$))|(?<!何)(?<!なん)(?:だ|た|やった|じゃった)っけ"
    # 間違いないかと👍 / 変わるかと。: the keigo hedge cut short (〜かと思います)
    r"|(?<=[いるただ])かと(?=[。!?！？\n…]|$|[^\w、])"
    # keigo hearsay: 〜とのことでございます / との話を耳にいたしました / と伺って
    r"|との(?:こと|話)|と伺|(?:を|と)耳に(?:し|いた|挟))"
)
# Opinions and norms (出すべき / 目指すものじゃない) judge; they do not guess at facts.
# 適当で十分だと思う / 手書きで事足りると思う: what is enough, a norm too.
_OPINION = lazy_regex.compile(r"(?:べき|方がいい|ほうがいい|方が良い|方がよい|ほうが良い|もの(?:じゃ|では)な|もんじゃな|で(?:十分|じゅうぶん|事足り|こと足り))")
# A preference weighed (入れない方がトラブルが少ないと思う, 早めた方が混まない)
# or a view owned as the writer's own (本音を言うと, 個人的には): opinions,
# not guesses at what the city does.
_PREFERENCE = lazy_regex.compile(r"(?<=[いるたなだ])(?:方|ほう)が|本音(?:ですが|だけど|では|を言うと|言うと|を言えば|で言うと|を言わせて)|個人的(?:には|な意見)|私見(?:ですが|では)")
_PREFERENCE_REACH = 24  # the weighing stays inside the clause before と思う
_EVALUATIVE = {"いい", "良い", "よい", "すごい", "凄い", "ひどい", "酷い", "おかしい", "素晴らしい", "悪い",
               "面白い", "嬉しい", "うれしい", "楽しい", "ありがたい", "偉い", "えらい", "残念"}
# 決まったら驚くと思う: a guess at people's reaction, not at the city's business.
# 公式って名乗っとけばみんな信じるやろ / 騙されると思う: how people will take
# something, not what the city does.
_REACTIONS = {"困る", "助かる", "驚く", "喜ぶ", "びっくり", "感動", "楽しむ", "がっかり", "怒る", "笑う", "ウケる", "うける",
              "信じる", "信用", "疑う", "騙す", "だます", "気付く", "気づく", "納得", "引っ掛かる", "引っかかる", "ひっかかる",
              # 誰も知らないはず: what people know; バレんやろ / 見つからんやろ: hoping
              # not to be caught, not a guess at the city's business
              "知る", "バレる", "ばれる", "見つかる", "捕まる"}
_PASSIVES = {"れる", "られる"}


def _reaction_before(tokens: list, k: int) -> bool:
    """The predicate just before token k is a reaction, passive or not
    (信じる / 騙さ|れる)."""
    j = k - 1
    # over the passive and the negative (騙さ|れる, 疑わ|ん) and the verb of
    # a noun reaction (びっくり|する)
    while j >= 1 and k - j <= 3 and (tokens[j].lemma in _PASSIVES or tokens[j].lemma in ("ない", "ん", "ぬ", "ず", "む", "する", "とる", "ちょる")):
        j -= 1
    if j >= 0 and tokens[j].lemma in _REACTIONS:
        return True
    # 驚く人多いと思う / 困る方もおると思う: how many will react.
    # (8 tokens: 知っ|と|る|人|は|ほとんど|おら|ん)
    return k >= 1 and _MANY_REACT.search("".join(t.surface for t in tokens[max(0, k - 8):k])) is not None


# 知ってる人少ないはず / 気づく人はおらんやろ: how many know a thing (a secret's
# reach), not the city's business.
_MANY_REACT = lazy_regex.compile(
    r"(?:知って(?:い)?る|知っとる|知っちょる|気づいて(?:い)?る|気付いて(?:い)?る|気づく|気付く"
    # (知らない人が多いはず: the same reach said from the other side)
    r"|知らない|知らん|知らなか|気づいて(?:い)?ない|気付いて(?:い)?ない|気づかない|気付かない)(?:人|者|もん|職員|方)(?:は|も|が)?(?:少な|ほとんど|おら|いな|多)[^一-龥]{0,3}$|"
    r"(?:驚く|びっくりする|喜ぶ|困る|怒る|戸惑う|がっかりする|助かる)(?:人|方|ひと)(?:が|も|は)?(?:多い|多か|おる|いる|出る|出て)[^一-龥]{0,3}$")
# The copula in its conjectural form after a predicate (なるやろう, 来るじゃろ,
# なるっちゃろ); だろう itself is in _GUESS_PHRASE.
_CONJECTURE_COPULAS = {"や", "じゃ", "っちゃ", "ちゃ"}
_GUESS_ADVERBS = {"たぶん", "多分", "おそらく", "恐らく", "たしか", "確か", "きっと", "もしかしたら", "ひょっとしたら"}


# 思ってもらえる / 思ってくれる / 思っていただける / 思ってほしい: others' thoughts hoped for.
_THOUGHT_OF_OTHERS = lazy_regex.compile(r"(?:て|っ?て)(?:もら|くれ|いただ|頂|ほし|欲し)")
# 〜てもらえたのではないか / 〜てくれたんじゃないか: an effort's reception hoped for.
_REACHED_SOMEONE = lazy_regex.compile(r"(?:て|で)(?:もらえ|もらっ|くれ|いただけ|いただい|頂け|頂い)た(?:の|ん)(?:では|じゃ)ないか")
# かもしれませんが / かもしれないけど: a point granted.
_CONCEDED = lazy_regex.compile(r"(?:ません|ない|ん)(?:が|けど|けれど)")
_EVALUATIVE_END = lazy_regex.compile(
    r"(?:悪い|悪か|良い|いい|よい|不便|大変|面倒|地味|古い|遠回り|非効率|不器用|手間|遅い|狭い|小さい|古臭い)(?:の)?$")
# 窓口の温かさは今も昔も変わらない: a quality the writer treasures, no forecast.
_QUALITY_UNCHANGED = lazy_regex.compile(
    r"(?:温かさ|あたたかさ|優しさ|やさしさ|良さ|よさ|魅力|ぬくもり|人情|心意気)(?:は|も)[^。、!?\n]{0,10}?変わら(?:ない|ん)$")
_COMPARED = {"以上", "より", "ほど", "通り", "とおり", "程"}
_PAST_BELIEF = lazy_regex.compile(r"(?:って|て)(?:い)?た(?!ら)|っとった|っちょった|いた(?!ら)")
# What something is worth, or what an effort will lead to, before と思う.
_VALUE_JUDGEMENT = lazy_regex.compile(
    r"(?:良さ|よさ|魅力|強み|醍醐味|特権|やりがい|やり甲斐|大切|大事|必要|重要|素敵|すてき|幸せ|財産|宝|喜び|楽しみ|意義|価値|誇り|ありがたい|有難い|ならでは)"
    r"(?:な|の)?(?:こと|もの|もん|ところ|点)?(?:だ|です|や|じゃ|である)?$"
    r"|(?:につなが|に繋が|役に立|役立|に生か|に活か|に生き|励みにな|力にな|糧にな|ためにな|支えにな|助けにな|喜んでもら|喜ばれ)[ぁ-ん]{0,3}$"
)
_CONCERNS = {"大丈夫", "平気", "心配", "無事", "元気", "持つ", "もつ",
             # 不用心かな / 危なかかな: the writer's own worry (about security: 6.3.3)
             "不用心", "無用心", "物騒", "危ない", "危険", "まずい", "やばい", "ヤバい", "不安"}
# 不用心かなと思いつつ / 上がるかもと思いながら: a thought the writer has while
# doing something, told of themself, not a guess put to the reader; ひと息…と
# 思いきや、実は忙しい: an expectation set up to be overturned by the fact told next.
_WHILE_THINKING = lazy_regex.compile(r"(?:な|ね)?(?:と|って)?思い(?:つつ|ながら|きや)")
# 何言ってもよかと思っとる？ / 〜と思ってるんですか？: the reader's belief
# asked back (a rhetorical question), not the writer's guess.
_BELIEF_ASKED = lazy_regex.compile(
    r"(?:っ(?:て(?:い)?る|とる|ちょる|てん|とん)|い(?:ます|よる))(?:の|と|ん(?:です|だ|や)?|んですか|ですか|か|ん(?:か|ね))?[?？]")
_ABILITY_VERDICTS = {"無理", "不向き", "駄目", "ダメ", "だめ", "向く", "出来る", "できる", "務まる", "勤まる", "厳しい", "難しい"}
_PEOPLE_GROUP = lazy_regex.compile(
    r"(?:障がい|障害|外国人|外国の人|女性|女の人|女子|男性|男の人|(?:女|男)の[一-龥ァ-ヶー]{1,4}|高齢者|年寄り|お年寄り|若い(?:人|子|者)|若者|新人|子持ち|母親|"
    r"[一-龥ァ-ヶー]{1,6}(?:出身|生まれ|育ち))[^、。!?\n]{0,5}?(?:人|方|者|子|連中)?(?:には|に|は|って|じゃ|では)(?!向け)"
)
# (「聞いてもいいのかな」と思うことこそ…お声かけください: a thought put as a case, too)
_CASE_NOUNS = {"方", "人", "場合", "時", "とき", "際", "点", "方々", "皆さん", "皆様", "瞬間", "こと", "事"}
# A feeling about one's work or a place, before と思う.
_FEELING = lazy_regex.compile(
    r"(?:割に合わ|割りに合わ|報われ|やってられ|やっとられ|寂し|さみし|さびし|悲し|悔し|情けな|切な|虚し|むなし|申し訳な|"
    r"もったいな|かわいそう|可哀想|気の毒|理不尽|不公平|うんざり|嫌にな|いやにな|"
    # praise of a person's words or work: さすがだと思いました
    r"さすが|流石|見事|立派|頼もし)[^。、!?\n]{0,5}$")
# 〜してくれる人だと思う / 頼れる方です / 市議会に必要な人だと思う: what a person is like.
_OF_A_PERSON = lazy_regex.compile(r"[るいたしくな](?:人|方|人物|候補者?)(?:だ|です|や|じゃ|である)?$")


def _evaluative_head(tokens: list, j: int) -> bool:
    """The predicate ending at token j, under its auxiliaries and final
    particles (よかっ|た, いい|な), is an evaluative word."""
    while j > 0 and (_pos(tokens[j]).startswith("助動詞")
                     or (_pos(tokens[j]).startswith("助詞-終助詞") and tokens[j].surface in ("な", "ね", "なあ", "ねえ", "よ"))):
        j -= 1
    return j >= 0 and tokens[j].lemma in _EVALUATIVE


def _hypothetical(verb, after: list) -> bool:
    """思う in a conditional (思えば, 思ったら, 思うなら, 思っても) or before
    a noun of cases (思う方は, 思った時は)."""
    if "仮定形" in _pos(verb):
        return True
    for i, t in enumerate(after):
        if "仮定形" in _pos(t) or t.surface in ("ば", "なら", "ても", "たら", "でも"):
            return True
        # 窓口になっていると思うと身が引き締まる: a feeling, not a guess.
        if i == 0 and t.surface == "と" and _pos(t).startswith("助詞-接続助詞"):
            return True
        if t.lemma in _CASE_NOUNS and _pos(t).startswith("名詞"):
            return True
        if not _pos(t).startswith("助動詞"):
            break
    return False


# Letters every guess marker found by its tokens is written with: たぶん…
# (_GUESS_ADVERBS), はず, 思う, らしい, そう, and か + な (only blanks, which
# are no tokens, may come between).  A sentence without them is not walked.
_TOKEN_GUESS_LETTERS = lazy_regex.compile("|".join(sorted(_GUESS_ADVERBS)) + r"|どうせ|はず|筈|思|らし|そう|か\s*な|やろ|じゃろ|ちゃろ|でしょ"
                                          r"|って(?:[よねさわ]|話|噂|[^\w]|$)")


# What a quotative passes on must be a change the city makes (なる, 変わる,
# 上がる, 廃止, 有料 ...), not small talk (雨だって, おいしかったって).
_CHANGE_PREDICATE = lazy_regex.compile(
    # (仕上げた / 申し上げます / 盛り上がる: 上げ of no change the city makes)
    r"なる|なり|なっ|なくな|変わ|変え|(?<!仕)(?<!申し)(?<!差し)(?<!盛り)(?<!作り)(?<!立ち)(?<!取り)(?<!書き)(?<!読み)(?<!売り)上(?:が|げ)|下が|下げ|増え|増や|減|始ま|始め|終わ|廃止|中止|延期|有料|無料|値上|値下|"
    r"決ま|決定|閉ま|閉鎖|閉館|休館|移転|統合|民営化|建て替|なし|無し|なか|なく|でき|出来|使え|開か|開く|やめ|止め|見送"
    # a schedule moved (発送が1か月遅れる, 締切が延びる, 支給が早まる)
    r"|遅れ|延び|早ま|繰り(?:上|下)げ|ずれ込"
    # a city asset sold off or handed over (浄水場が民間に売却される)
    r"|売却|譲渡|払い下げ|民間委託|身売り"
    # a step waived or allowed (申込みせんでも出してよか, 届けは出さんでいい): a rule passed on
    r"|(?:て|で)(?:も)?(?:いい|よか|よい|良い|ええ|大丈夫|OK|かまわ|構わ)|(?:いら|要ら)(?:ん|ない)|不要"
)


# 被害は2億円超えとるって / 申請は300件を上回ったって: a figure passed on
# (an unchecked number about the city's business), not only a change.
_FIGURE_PASSED_ON = lazy_regex.compile(
    r"[0-9０-９一二三四五六七八九十百千万億][0-9,.万億千]{0,8}(?:円|件|人|頭|匹|羽|台|世帯|トン|ヘクタール|ha|%|％|倍)"
    r"(?:を|に|も|は)?(?:超|越|上回|下回|突破|達|届|割|以上|以下|近く|余り|あまり|ほど|くらい|ぐらい|程度|も)")


def _progressive_te(tokens: list, k: int) -> bool:
    """The って at k closes the Kumamoto progressive's て-form (進ん|ど|って、
    = 進んでいて、): a clause going on, not hearsay passed on."""
    prev = tokens[k - 1]
    return k >= 2 and prev.surface in ("ど", "と") and _pos(prev).startswith("助詞-接続助詞") \
        and prev.start == tokens[k - 2].end and _pos(tokens[k - 2]).startswith("動詞") \
        and not _plain_form(tokens[k - 2])


def _hedge_noun(tokens: list, k: int) -> bool:
    """たぶん|だ|けど / たぶん|です|が: Sudachi reads a guess adverb before the
    copula as a noun; it is the same hedge (たぶんだけど, たぶんやけど)."""
    return _pos(tokens[k]).startswith("名詞") and k + 1 < len(tokens) \
        and tokens[k + 1].lemma in ("だ", "です", "や", "じゃ") and tokens[k + 1].start == tokens[k].end


def _elongated_omou(tokens: list, k: int) -> bool:
    """思うー / 思う〜: the elongated 思う, which Sudachi splits as 思 + うー."""
    return tokens[k].surface == "思" and k + 1 < len(tokens) and tokens[k + 1].surface.startswith("う") \
        and tokens[k + 1].start == tokens[k].end


# 早よ異動してくれんかな / 来てくれないかな / 晴れてほしいかな: a wish, not a guess.
# 一票お願いできんかな / 頼めないかな: a request put to the reader.
_WISH_BEFORE = lazy_regex.compile(r"(?:て|で)(?:くれ|もらえ|くれ)(?:ん|ない|へん|ません)$|(?:て|で)(?:ほしい|欲しい)$"
                                  r"|(?:お願い|おねがい)(?:でき|出来)(?:ん|ない|へん|ません)$|(?:頼|たの)め(?:ん|ない|へん|ません)$")


def _quotative_final(tokens: list, k: int) -> bool:
    """Token k is a quotative closing its clause, as hearsay_final reads it:
    上がるって。/ 上がるんだってよ / Kumamoto なくなるとって (とっ + て)."""
    t = tokens[k]
    if t.surface == "って":
        return k >= 1 and _pos(t).startswith("助詞") and _closes_clause(tokens, k) and not _progressive_te(tokens, k)
    if t.surface == "たって" and k >= 1:
        # 超えたってよ / 上回ったって。: Sudachi reads た + って after a verb as
        # the concessive たって; closing the clause it is the quotative.
        prev = tokens[k - 1]
        return prev.end == t.start and _pos(prev).startswith("動詞") and _closes_clause(tokens, k)
    if t.surface == "とっ" and t.lemma == "とる" and k >= 1 and k + 1 < len(tokens):
        nxt = tokens[k + 1]
        # 出してよかとって: Sudachi splits the Kumamoto よか (= いい) as てよ + か.
        kumamoto_yoka = tokens[k - 1].surface == "か" and k >= 2 and tokens[k - 2].surface.endswith("よ") \
            and tokens[k - 2].end == tokens[k - 1].start
        return nxt.surface == "て" and nxt.start == t.end and tokens[k - 1].end == t.start \
            and (_ends_predicate(tokens[k - 1]) or kumamoto_yoka) and _closes_clause(tokens, k + 1)
    return False


def _quotative_before_dropped(doc, tokens: list, k: int) -> bool:
    """Token k is the quotative って and an emoji was dropped right after it
    by normalisation: 値上げになるって🤔職員の間じゃ
    closes its clause though the normalized text runs on."""
    t = tokens[k]
    if t.surface != "って" or k < 1 or not _pos(t).startswith("助詞") or k + 1 >= len(tokens):
        return False
    return tokens[k + 1].start == t.end and _dropped_at(doc, t.end)


def _tte_before_dropped(doc, lo: int, hi: int) -> bool:
    """Some って in [lo, hi) has an emoji dropped right after it."""
    at = doc.text.find("って", lo, hi)
    while at >= 0 and at + 2 < len(doc.text):
        if _dropped_at(doc, at + 2):
            return True
        at = doc.text.find("って", at + 2, hi)
    return False


def _dropped_at(doc, pos: int) -> bool:
    """Normalisation dropped something (an emoji, a space) just before the
    character at `pos` of the normalized text."""
    return doc.norm.to_original(pos - 1, pos)[1] != doc.norm.to_original(pos, pos + 1)[0]


# 内示出た！課長、財政課に異動になるって: what an official notice says, passed
# on (a leak, 6.1), not a guess; the notice is named just before or in the sentence.
# 業者さんと交渉中で、見積もりが1,700万円まで下がったって: where a negotiation
# stands, passed on, is the same kind of leak (6.1 / 6.3.1).
_NOTICE_RELAYED = lazy_regex.compile(r"内示|辞令|交渉(?:中|しよる|しとる|して(?:い)?る)|見積(?:も|り)")
_NOTICE_REACH = 40
# 暗証番号ば何年も変えとらんって、どうなん / 〜って、ありえんくない？: the
# って marks what the writer questions or finds wrong, it passes nothing on.
_TOPIC_QUESTIONED = lazy_regex.compile(
    r"[、,]?\s?(?:どう(?:なん|なの|なん?よ|かと|よ|思)|ありえ|あり得|おかし|やば|ヤバ|まず(?:く|い|か)|大丈夫(?:なん|なの)|いかが)")


def _plain_form(token) -> bool:
    """The token is in its plain (終止形/連体形) form.  The そう of looks
    (降りそう, 減らされそう) follows the 連用形; after the plain form (書くそう,
    終わるそう) it is the そう of hearsay, whatever tag Sudachi gives it."""
    return len(token.pos) > 5 and token.pos[5].startswith(("終止形", "連体形"))


# 揉めるのが会計課らしい / さすが職人さんらしい: 〜らしい after a noun
# saying what is typical of it, not hearsay (来年から有料らしい; 〜のが決定らしい
# stays: a decision is no one to be typical of).
_TYPICAL_OF = lazy_regex.compile(
    r"(?:(?:の|ところ|とこ|あたり)(?:が|は|も)|さすが|いかにも|実に|なんとも)[^。、!?\n]{0,8}"
    r"(?<!決定)(?<!確定)(?<!予定)(?<!方針)(?<!方向)(?<!有力)(?<!濃厚)(?<!本当)(?<!事実)(?<!決まり)(?<!見込み)$")


def _guess_spans(doc, lo: int, hi: int):
    """(start, end) of each guess marker in the sentence [lo, hi)."""
    # (+10: a token starting in the sentence never runs past its end, but a
    # wider look costs nothing.)
    walk = _TOKEN_GUESS_LETTERS.search(doc.text, lo, hi + 10) is not None or _tte_before_dropped(doc, lo, hi)
    tokens = doc.tokens_between(lo, hi) if walk else ()
    for k, t in enumerate(tokens):
        pos = _pos(t)
        if t.surface in _GUESS_ADVERBS and (pos.startswith("副詞") or _hedge_noun(tokens, k)):
            yield t.start, t.end, "adverb"
        elif t.surface == "どうせ" and pos.startswith("副詞"):
            # どうせ来年度には直すでしょう / どうせ倍増するやろ: a dismissive
            # guess, but only with a conjecture after it (どうせなら is a wish).
            yield t.start, t.end, "dismissive"
        elif t.lemma in ("はず", "筈") and pos.startswith("名詞"):
            if _reaction_before(tokens, k):
                continue  # まだ誰も知らないはず: what people know or feel
            yield t.start, t.end, "final"
        elif (t.lemma == "思う" or _elongated_omou(tokens, k)) and k >= 1 and tokens[k - 1].surface in ("と", "って"):
            if _WHILE_THINKING.match(doc.text, t.start) or _BELIEF_ASKED.match(doc.text, t.end - 1):
                continue
            # 「来てよかった」と思ってもらえる対応を: what the writer hopes
            # others will feel, not the writer's guess.
            if _THOUGHT_OF_OTHERS.match(doc.text, t.end):
                continue
            # 孫にも感じてもらえたのではないかと思います: the writer's hope
            # that an effort reached someone, no guess at the city's business.
            if _REACHED_SOMEONE.search(doc.text, max(lo, tokens[k - 1].start - 16), tokens[k - 1].start):
                continue
            # 行きたいと思う / 頑張ろうと思う are intentions, not guesses.
            before = tokens[k - 2] if k >= 2 else None
            if before is not None and (before.lemma in ("たい", "う", "よう", "ほしい", "欲しい")
                                       or _pos(before).endswith("意志推量形")):
                continue
            # 足を運んでいただければと思います / 来てもらえたらと思う: a
            # conditional left open before と思う is a hope, not a guess.
            if before is not None and (before.surface in ("ば", "れば", "たら", "だら")) \
                    and _pos(before).startswith(("助詞-接続助詞", "助動詞")):
                continue
            # Kumamoto 大事にしてほしかと思う / 残してほしかなと思う: the stem
            # ほし + か (= ほしい) is a hope, read by Sudachi as a stem and a particle.
            wish = k - 2
            while wish > 0 and tokens[wish].surface in ("か", "な", "ね") and _pos(tokens[wish]).startswith("助詞") \
                    and k - wish <= 3:
                wish -= 1
            if wish < k - 2 and tokens[wish].lemma in ("ほしい", "欲しい", "たい"):
                continue
            # 怪しいと思ったら / おかしいと思えば / 変だと思う方は: a case put to
            # the reader (a warning notice), not the writer's guess.
            if _hypothetical(t, tokens[k + 1:k + 3]):
                continue
            # 本物だと思われてる / と思われた: what others believe (passive);
            # 出すだけと思われがち / 思われやすい: a common belief the writer corrects.
            after = tokens[k + 1:k + 3]
            if after and after[0].lemma in ("れる", "られる") and len(after) > 1 \
                    and (after[1].surface[:1] in ("て", "た", "ち", "で") or after[1].surface.startswith(("がち", "やす"))):
                continue
            # 思った以上に / 思ったより / 思ったとおり compare with an expectation.
            if any(a.surface in _COMPARED for a in tokens[k + 1:k + 3]):
                continue
            # 面倒だと思っていたことも / 上がると思ってたけど: a belief the
            # writer held before, not a guess put to the reader now.
            if _PAST_BELIEF.match(doc.text, t.end):
                continue
            # 税金泥棒だと思いました / なんか違うなって思った: what the writer
            # thought at a moment told (an impression), not a guess put to the
            # reader now (no 6.2 quote of any labelled set ends so).
            if t.lemma == "思う" and doc.text.startswith(("た", "ました"), t.end) \
                    and not doc.text.startswith(("たら", "ましたら"), t.end):
                continue
            # 障がいのある人に窓口は無理だと思う: a judgement of people (5.6.2),
            # not a guess at what the city will do.
            # (向いていない: back over ない, the auxiliary いる and its て)
            head = k - 2
            while head > 0 and (_pos(tokens[head]).startswith("助動詞")
                                or (tokens[head].lemma in ("いる", "居る", "おる") and "非自立" in _pos(tokens[head]))
                                or (tokens[head].surface in ("て", "で") and _pos(tokens[head]).startswith("助詞-接続助詞"))):
                head -= 1
            if head >= 0 and tokens[head].lemma in _ABILITY_VERDICTS \
                    and _PEOPLE_GROUP.search(doc.text, lo, tokens[k - 1].start):
                continue
            # 出すべきじゃないと思う / いいと思う are opinions, not guesses at facts;
            # 〜していけたらいいなと思います hopes, 〜してよかったと思う is a
            # feeling (the evaluative word under its た / な).
            window = doc.text[max(lo, tokens[k - 1].start - 8):tokens[k - 1].start]
            if _OPINION.search(window) or _evaluative_head(tokens, k - 2) or _reaction_before(tokens, k - 1):
                continue
            # 給料が割に合わないと思います / 寂しいと思う: a feeling; 〜届けて
            # くれる人だと思う: an opinion of a person (5.2), not the city's business.
            if _FEELING.search(doc.text, max(lo, tokens[k - 1].start - 12), tokens[k - 1].start) \
                    or _OF_A_PERSON.search(doc.text, max(lo, tokens[k - 1].start - 8), tokens[k - 1].start):
                continue
            # 宇宙人かと思った: a moment's surprise at someone, not a guess.
            if before is not None and before.surface == "か" and _pos(before).startswith("助詞-終助詞") \
                    and doc.text.startswith("た", t.end):
                continue
            # 支所ならではの良さだと思います / 何より大事だと思う: a value
            # judgement; 市役所づくりにつながると思っています: a hope of what
            # an effort brings, not a guess at what the city will do.
            if _VALUE_JUDGEMENT.search(doc.text, max(lo, tokens[k - 1].start - 12), tokens[k - 1].start) \
                    or _QUALITY_UNCHANGED.search(doc.text, max(lo, tokens[k - 1].start - 24), tokens[k - 1].start):
                continue
            if _PREFERENCE.search(doc.text, max(lo, tokens[k - 1].start - _PREFERENCE_REACH), tokens[k - 1].start):
                continue
            # 居場所なのだと思います / 運んでくれるのだと思う: the explanatory
            # のだ is the writer's reading of what a thing means, a reflection;
            # a guess only with a guess adverb (たぶん遅くなったんだと思う).
            kind = "conjecture" if k >= 3 and tokens[k - 2].lemma in ("だ", "です") \
                and tokens[k - 3].surface in ("の", "ん") and _pos(tokens[k - 3]).startswith("助詞-準体助詞") else "final"
            yield tokens[k - 1].start, t.end + (1 if t.lemma != "思う" else 0), kind  # 思|うー: its う
        elif _is_rashii_aux(t, tokens[k + 1] if k + 1 < len(tokens) else None) \
                and not (k >= 1 and _pos(tokens[k - 1]).startswith("名詞")
                         and _TYPICAL_OF.search(doc.text, max(lo, t.start - 14), t.start)) \
                and not _typical_before_noun(tokens, k):
            # Kumamoto らし|か: the marker is らしか, its か included
            yield t.start, t.end + (1 if t.lemma == "らし" else 0), "final"
        elif t.surface == "らし" and t.lemma == "らしい" and k + 1 < len(tokens) and tokens[k + 1].start == t.end \
                and tokens[k + 1].surface.startswith("いー") and k >= 1 and tokens[k - 1].surface not in _LIKE_NOUNS:
            # お休みらしい〜？: the elongated らしいー, which Sudachi splits as
            # the suffix らし + いー.
            yield t.start, tokens[k + 1].end, "final"
        elif (_quotative_final(tokens, k) or _quotative_before_dropped(doc, tokens, k)) \
                and (_CHANGE_PREDICATE.search(doc.text, _clause_start(doc.text, lo, t.start), t.start)
                     or _FIGURE_PASSED_ON.search(doc.text, _clause_start(doc.text, lo, t.start), t.start)) \
                and not _NOTICE_RELAYED.search(doc.text, max(0, lo - _NOTICE_REACH), t.start) \
                and not _TOPIC_QUESTIONED.match(doc.text, tokens[k + 1].end if t.surface == "とっ" else t.end):
            # Hearsay passed on about what the city will change: 有料になるんだって。/
            # なくなるとって (Kumamoto): an insider passing on hearsay about the
            # city is 6.2 too (LABELS).  給食おいしかったって is small talk.
            yield t.start, tokens[k + 1].end if t.surface == "とっ" else t.end, "final"
        elif t.surface == "そう" and k >= 1 and tokens[k - 1].end == t.start \
                and (pos.startswith("名詞-助動詞語幹") or (pos.startswith("形状詞-助動詞語幹") and _plain_form(tokens[k - 1]))) \
                and _pos(tokens[k - 1]).startswith(("動詞", "助動詞", "形容詞")) \
                and _CHANGE_PREDICATE.search(doc.text, _clause_start(doc.text, lo, t.start), t.start):
            # 伝聞の「そう」 passing on a change (終わるそうです, なくなるそうだ);
            # 市長が来るそうです is news of a visit, not of what the city does.
            yield t.start, t.end, "final"
        elif t.surface == "そう" and pos.startswith("形状詞-助動詞語幹") and k >= 1 \
                and _pos(tokens[k - 1]).startswith(("動詞", "助動詞")) and not _plain_form(tokens[k - 1]) \
                and not _SEEMED_AS_REASON.match(doc.text, t.end):
            # 来年やりそう / 減らされそう: a guess at what will happen; weak
            # (説明はまだ先になりそう) unless the writer says they are staff.
            yield t.start, t.end, "weak"
        elif t.lemma == "です" and pos.startswith("助動詞") and pos.endswith("意志推量形") \
                and k >= 1 and _pos(tokens[k - 1]).startswith(("動詞", "助動詞")) and not _reaction_before(tokens, k):
            # たぶん決まるでしょうね / おそらく延びるでしょう: the keigo だろう
            # after a verb; a guess only with a guess adverb (行けるでしょう？
            # seeks agreement, 大変だったでしょう sympathises).
            yield t.start, t.end, "conjecture"
        elif pos.startswith("助動詞") and pos.endswith("意志推量形") and t.lemma in _CONJECTURE_COPULAS \
                and k >= 1 and _pos(tokens[k - 1]).startswith(("動詞", "助動詞", "形容詞")):
            # だろう in the dialects: 週3日になるっちゃろ / なるやろう / なるじゃろ;
            # 困るやろうね guesses at people's reaction, not at the city's business.
            # 遅すぎやろ / 高すぎやろ: an exclamation of judgement, not a guess.
            if not _reaction_before(tokens, k) and tokens[k - 1].lemma not in ("すぎる", "過ぎる"):
                yield t.start, t.end, "final"
        elif t.surface == "か" and pos.startswith("助詞-終助詞") and k + 1 < len(tokens) and tokens[k + 1].surface == "な" \
                and k >= 1 and not _pos(tokens[k - 1]).endswith("意志推量形") and tokens[k - 1].lemma not in ("たい", "う", "よう"):
            # ほぼ確定かな / 上がるかな; 行こうかな is an intention; 経営大丈夫かな
            # worries about someone, it guesses nothing of the city's.
            # (書かないかん / 行かないけん: Sudachi may split the obligation
            # 〜かないかん as か + な + いかん; it is "must", no question.)
            if tokens[k - 1].lemma not in _CONCERNS and not _WHILE_THINKING.match(doc.text, tokens[k + 1].end) \
                    and not doc.text.startswith(("いかん", "いけん", "あかん", "いけな", "ならん"), tokens[k + 1].end) \
                    and not _WISH_BEFORE.search(doc.text, max(lo, t.start - 8), t.start) \
                    and not _VALUE_JUDGEMENT.search(doc.text, max(lo, t.start - 12), t.start):
                # ちょっとでも力になれたんかな / お役に立てたかな: the writer's
                # hope that their work helped, as with と思う.
                yield t.start, tokens[k + 1].end, "final"
    for m in _GUESS_PHRASE_PRECHECKED.finditer(doc.text, lo, hi):
        if m.group().startswith("のではないか") and _REACHED_SOMEONE.search(doc.text, max(lo, m.start() - 12), m.end()):
            continue
        # 効率は悪いかもしれませんが、それが〜: a fault granted before the
        # writer's own view, not a guess at a fact.
        if m.group().startswith("かもしれ") and _CONCEDED.match(doc.text, m.end()) \
                and _EVALUATIVE_END.search(doc.text, max(lo, m.start() - 6), m.start()):
            continue
        relayed = m.group().startswith(_RELAYED) or (m.group().startswith("と") and m.group().endswith("伺"))
        heard = m.group().startswith(_HEARD) or (m.group().startswith(("って", "と")) and m.group()[-2] == "聞")
        if (relayed or heard) and not _heard_of_the_city(doc.text, lo, m.start()):
            continue
        if m.group().startswith("みたい") and not _starts_a_word(doc, m.start()):
            continue  # 楽しみたい / 休みたい: a verb's stem and たい (a wish), not 〜みたいだ
        if relayed and _CHECKED.search(doc.text, lo, hi):
            continue  # 担当課に確認したところ、〜とのことです: a checked source
        yield m.start(), m.end(), "relayed" if relayed else "final"
    for m in _CLASSICAL_CONJECTURE.finditer(doc.text, lo, hi):
        yield m.start(), m.end(), "conjecture"
    # Kumamoto 体に悪からしか: らしか after an adjective in か, which Sudachi
    # reads without らし (hearsay_common.adjective_rashika).
    if doc.text.find("からしか", lo, hi) >= 0:  # (no slice of the sentence)
        for _, start, end in adjective_rashika(doc, lo, hi):
            yield start, end, "final"
    for m in _UNCHECKED_PRECHECKED.finditer(doc.text, lo, hi):
        yield m.start(), m.end(), "hedge"
    for m in _VOUCHED_PRECHECKED.finditer(doc.text, lo, hi):
        # 職員やけん分かるけど、〜振り込まれるよ: a rule stated as fact on the
        # strength of being staff, nothing checked; it licenses a conjecture
        # as たぶん does (市役所勤めなので分かりますが、〜上がるでしょう).
        yield m.start(), m.end(), "vouched"


# (one sentence in fourteen holds a literal of _GUESS_PHRASE: the cheap test first)
_GUESS_PHRASE_PRECHECKED = LiteralPrecheck(_GUESS_PHRASE)


# 廃止と相成るべし / 延びるべく候: the classical conjectural べし closing a
# clause; like でしょう a guess only with a guess adverb (恐らく…べし), since
# べし also says what ought to be done.
_CLASSICAL_CONJECTURE = lazy_regex.compile(r"(?<=[うくすつぬむるぐぶ])べ(?:し|く候|く(?:存|ぞん)じ)(?=[。!?！？\n…、]|$)")


def _starts_a_word(doc, at: int) -> bool:
    words = doc.tokens_between(at, at + 1)
    return bool(words) and words[0].start == at


# 先輩がヴァイオリンで出演すると聞いて: what was heard is a person's own
# doing; passed on by staff it is 6.2 only when it names the city's business
# or a change (有料になると聞いた, 使用料、4月から半額と聞いた).
_HEARD = ("って聞", "と聞")
# Keigo relaying (〜とのことでございます, との話を耳にいたしました, と伺って):
# also how a checked answer is passed on (担当課に確認したところ〜とのこと),
# so it counts only when the writer presents as staff and names no check.
_RELAYED = ("との", "と伺", "を耳", "と耳")
_CHECKED = lazy_regex.compile(r"確認(?:した|しました|いたしました|したら|済み)|問い合わせ(?:た|まし|いたし)|によると|によれば|発表|公表")


def _heard_of_the_city(text: str, lo: int, at: int) -> bool:
    said = text[lo:at]
    if _CHANGE_PREDICATE.search(said):
        return True
    # 同僚が市民会館の演奏会に出ると聞いて: a person's doing, wherever it is.
    if _PERSON_DOES.search(said):
        return False
    return _ADMIN_TOPIC.search(_INSIDER.sub(_mask_insider, said)) is not None


_PERSON_DOES = lazy_regex.compile(
    r"(?:先輩|後輩|同僚|同期|上司|課長|係長|部長|友達|友人|知人|知り合い|娘|息子|妻|夫|嫁|旦那|母|父|家族|子ども|子供|孫|"
    r"[一-龥]{1,3}(?:さん|くん|君|ちゃん))(?:が|も|は)")


_GUESS_ADVERB = lazy_regex.compile("|".join(sorted(_GUESS_ADVERBS)))


# 遅刻しそうで公用車を飛ばした / 雨が降りそうだったので中止にした: how
# things looked to the writer, given as the reason for what they did next
# (the clause goes on), not a guess put to the reader.
_SEEMED_AS_REASON = lazy_regex.compile(
    r"(?:で(?![すし])|に(?:なって|なっ|なり)|(?:だった|やった|じゃった)(?:ので|から|けん|けど|し|ばってん|[。!?！？\n]|$))")
