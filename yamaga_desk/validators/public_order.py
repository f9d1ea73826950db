"""Things offensive to public order and morals (checklist item 5.6.6) that a
word list cannot catch: each needs two signals in one sentence.

- ``violence_endorsed``: violence (殴る, 手を出す, 鉄拳, 体罰, 立てなくなるまで
  やる) and a word that makes it a norm or a good (礼儀, 当然, 一番効く, 強く
  なる, 男ってもん): 先に手を出した方が勝ち, 殴られて強くなるもんだ.
- ``victim_blamed``: the victim of bullying, assault, harassment or fraud
  and the blame put on them (やられる方にも原因がある, 騙される年寄りは自業
  自得), and harassment played down (パワハラくらいで辞める奴は根性なし).
- ``harassment_boasted``: sexual harassment told as fun or done (セクハラ発言
  を連発して盛り上げた, 後輩にスリーサイズ聞いたらウケた), or defended
  (セクハラなんてコミュニケーション).
- ``animal_cruelty_relished``: an animal, a way of hurting it and fun or
  habit (カエルに爆竹くっつけて遊んでた, 甥っ子にも教えよ).

- ``animal_made_to_suffer``: an animal's suffering drawn out or handed to
  children as a game (とどめを刺さずに子どもたちに棒で叩かせた), even in
  pest control.
- ``violence_justified``: a blow excused as keeping the victim in line
  (一発はたいといた。わからせんと調子に乗る).
- ``violence_minimised``: hitting someone told as harmless (顔は殴ってない
  から大丈夫, 跡が残らないように, ちょっと叩いただけ).

Sentences that condemn, warn or speak of sport, fiction or pest control
are skipped.
"""

from __future__ import annotations


from .. import lazy_regex
from .registry import validator
from .draft_facts import text_after, text_before
from .triggers import Trigger
from .spans import LAUGHING_W

# -- violence made a norm ------------------------------------------------------------

_VIOLENCE = lazy_regex.compile(
    r"殴(?!り書)|ぶん殴|蹴(?!散ら|とば|落と|上げ)|ボコ|しば[かきくい]|ぶっ飛ば|ぶちのめ|先に手を出|手を出した(?:方|ほう)|"
    r"(?:子|子ども|子供|相手|女|妻|嫁|部下|生徒|後輩)に手を(?:出|あげ|上げ)|(?:わから|聞か)(?:ない|ん)(?:なら|やつ|奴)[^。!?\n]{0,6}手を(?:出|あげ|上げ)|"
    r"拳で(?:語|わからせ|教え|黙らせ)|鉄拳|ゲンコツ|げんこつ|ビンタ|平手|"
    r"体罰|暴力|タイマン|リンチ|袋叩き|タコ殴り|半殺し|血祭り|締め上げ|痛めつけ|叩き込|ひっぱた|引っぱた|やり返|病院送り|"
    r"(?:立て|動け|起き上がれ)なくなるまで|血(?:が出る|を見る)まで|いじめ(?!防止|対策|相談|ゼロ|のない|をなく|をゆる|を許)|いじめられ"
)
_NORM = lazy_regex.compile(
    r"礼儀|当然|当たり前|あたりまえ|常識|正解|一番(?:効|早|だ|いい|よ)|(?:した|出した)?(?:方|ほう)が勝ち|勝ちだ|"
    r"男(?:って(?:もん|もの)|なら|の(?:世界|勲章|流儀)|らし)|(?:もん|もの)(?:だ|よ|でしょ|だろ|です|$|[。!w])|"
    r"強くな|育つ|愛情|愛の|(?:しつけ|躾|教育)(?:だ|です|の一環|として|には|に(?:は)?必要)|必要(?:だ|悪|な(?:とき|時|場合)|です|でしょ)|"
    r"しかな(?:い|いっ)|べき|許される|アリ(?:だ|でしょ|$)|上等|効く|効果的|なんぼ|わからせ|分からせ|手っ取り早|てっとり早|"
    r"正義|流儀|掟|ケジメ|けじめ|鉄則|(?:して|出して)(?:も)?(?:いい|よし|かまわな|構わな)"
)
# Said of the norm in the negative: 殴られて強くなるもんじゃない.
_NORM_DENIED = lazy_regex.compile(r"[^。!?\n]{0,3}?(?:じゃな|ではな|じゃありません|ではありません|わけ(?:が)?な|とは思わな|なんてありえな|ない)")
_AGAINST_VIOLENCE = lazy_regex.compile(
    r"ダメ|だめ|駄目|いけな|いけません|良くな|よくな|許されな|許さな|許しません|反対|なくそう|なくす|なくしましょう|防止|根絶|撲滅|"
    r"相談|被害|仲直り|謝|試合|ボクシング|格闘技|格闘家|空手|柔道|剣道|プロレス|総合格闘|道場|稽古|練習|ゲーム|漫画|マンガ|映画|"
    r"ドラマ|アニメ|小説|夫婦|兄弟|口喧嘩|口げんか|両成敗|問題になる|アウト|考えられな|ありえな|あり得な|時代錯誤|通報|189|"
    r"(?:手|拳)を(?:出さ|あげさせ)ない|しない(?:こと|で)|では(?:解決し|何も)|ボール|サッカー|キック|缶蹴り|シュート|"
    r"見て見ぬ|止め|助け|守る|守り|許さ|気づ|サイン|ゼロ|ない(?:のが|こと|のは)|犯罪|禁止|処罰|(?<!体)罰|逮捕|訴え|警察|逃げ|乗り越え|"
    r"ではありません|ではない(?!か)|わけではな|とは限らな|と(?:は)?思わな|思いません"
)
# The clause before: 喧嘩は… 相手が立てなくなるまでやるのが礼儀.
_FIGHT = lazy_regex.compile(r"喧嘩|ケンカ|けんか|タイマン|殴り合|やり合")
_FIGHT_ONLY = lazy_regex.compile(r"(?:立て|動け|起き上がれ)なくなるまで|血(?:が出る|を見る)まで")


# Hitting taught to a child as the rule: 殴られる前に殴れって息子に教えてる.
_VIOLENCE_TAUGHT = lazy_regex.compile(
    r"(?:ぶん殴|殴り返|殴|蹴り返|蹴|やり返|叩き返|叩|しば|どつ|ボコ)(?:れ|せ|け)(?:ばいい|ば良い|ばよか)?(?:って|と)[^。!?\n]{0,12}?"
    r"(?:教え(?:て|た|る|と)|言い聞かせ|育て|しつけ|躾け|言って(?:る|ます|ある)|言っと(?:る|う)|仕込)"
)
# Every span is a _VIOLENCE with a _NORM after it in its sentence, or a
# _VIOLENCE_TAUGHT.
_VIOLENCE_OR_TAUGHT = lazy_regex.compile(f"(?:{_VIOLENCE.pattern})|(?:{_VIOLENCE_TAUGHT.pattern})")
_VIOLENCE_TRIGGER, _NORM_TRIGGER, _TAUGHT_TRIGGER = Trigger(_VIOLENCE), Trigger(_NORM), Trigger(_VIOLENCE_TAUGHT)


_FIGHT_REACH = 60  # how far before the sentence a fight may be named


def _fight_before(draft, start: int, end: int) -> str:
    """The fact of violence_endorsed: 立てなくなるまで is a fight's only when a
    fight is named in the 60 characters before the sentence, which may lie
    across a blank line — those characters when a fight is named in them,
    else "" (then an edit of the paragraph before does not re-run this one)."""
    before = text_before(draft, start, _FIGHT_REACH)
    m = _FIGHT.search(before + draft.text[start:start + 4])  # a fight word is at most 4 long
    return before if m and m.start() < len(before) else ""


@validator("violence_endorsed", scope="paragraph", needs=(_VIOLENCE_OR_TAUGHT,), facts=_fight_before)
def violence_endorsed(doc, fight_before):
    """Violence spoken of as a norm, a duty or a good."""
    text = doc.text
    norm_sentences = set(_NORM_TRIGGER.sentences(doc))
    violent = [b for b in _VIOLENCE_TRIGGER.sentences(doc) if b in norm_sentences]
    taught = _TAUGHT_TRIGGER.sentences(doc)
    for lo, hi in sorted(set(violent).union(taught)):
        # The rare words first, the long list of counter-signs only then.
        if not (_VIOLENCE.search(text, lo, hi) or _VIOLENCE_TAUGHT.search(text, lo, hi)):
            continue
        if _AGAINST_VIOLENCE.search(text, lo, hi):
            continue
        # Every pair in the sentence, not only the first: 先に手を出したもん勝ち、
        # 殴られたら倍返しが常識 says it twice, and both are the evidence.
        last_end = lo
        for v in _VIOLENCE.finditer(text, lo, hi):
            if v.start() < last_end:
                continue
            if _FIGHT_ONLY.match(v.group()) and not _fight_named(text, lo, hi, fight_before):
                continue
            n = _NORM.search(text, v.end(), min(hi, v.end() + 30))
            if n and not _NORM_DENIED.match(text, n.end()):
                yield v.start(), n.end()
                last_end = n.end()
        # Hitting taught to a child as the rule: 殴られる前に殴れって息子に教えてる.
        for t in _VIOLENCE_TAUGHT.finditer(text, lo, hi):
            yield t.start(), t.end()


def _fight_named(text: str, lo: int, hi: int, fight_before: str) -> bool:
    """A fight named in the sentence [lo, hi) or the _FIGHT_REACH characters
    before it, which may lie in the paragraph before (`fight_before`)."""
    if lo >= _FIGHT_REACH or not fight_before:
        return bool(_FIGHT.search(text, max(0, lo - _FIGHT_REACH), hi))
    joined = fight_before + text[:hi]
    return bool(_FIGHT.search(joined, max(0, len(fight_before) + lo - _FIGHT_REACH)))


# -- blaming the victim ------------------------------------------------------------------

_VICTIM = lazy_regex.compile(
    r"(?:やられ|いじめられ|虐められ|殴られ|叩かれ|蹴られ|襲われ|痴漢され|セクハラされ|パワハラされ|嫌がらせされ|ハラスメントを受け|"
    r"被害に(?:あ|遭)|だまされ|騙され|引っかか|ひっかか|刺され|殺され|レイプされ|絡まれ|狙われ|盗まれ|つきまとわれ|ストーカーされ)"
    r"(?:る|た|う|ちゃう|ちゃった)?(?:方|ほう|側|がわ|やつ|奴|ヤツ|人|子|女|男|年寄り|老人|お年寄り|の)|"
    r"被害者|いじめられっ子|いじめられっこ|被害女性"
)
_BLAME = lazy_regex.compile(
    r"悪い|バカ|馬鹿|アホ|間抜け|マヌケ|自業自得|(?:原因|責任|落ち度|非|問題|隙|スキ)(?:が|は|も)?(?:ある|あっ|あり)|"
    r"弱い(?:から|んだ|の|$)|根性(?:が)?な|甘え|自己責任|ざま|鈍い|情弱|ちょろ|チョロ"
)
_BLAME_DENIED = lazy_regex.compile(r"(?:は|も|なんて)?(?:ない|なく|ありませ|ありえ|あり得|じゃな|ではな|わけ(?:が)?な|とは(?:思わ|言え)な|はずがな)")
# Hurt "deservedly": 狙われて当然, いじめられても仕方ない.
_DESERVED = lazy_regex.compile(
    r"(?:狙われ|やられ|襲われ|騙され|だまされ|いじめられ|殴られ|叩かれ|痴漢され|刺され|殺され|ぼったくられ)(?:る|た)?(?:の(?:は|も))?(?:て|ても)?"
    r"(?:当然|当たり前|仕方な|しかたな|しょうがな|自業自得)"
)
_VICTIM_GAP = 6  # the blame follows the victim closely: やられる方にも原因がある
# Harassment or bullying played down: パワハラくらいで, いじめなんて遊び.
_PLAYED_DOWN = lazy_regex.compile(
    r"(?:セクハラ|パワハラ|モラハラ|カスハラ|いじめ|イジメ|痴漢|嫌がらせ|DV|虐待|体罰)(?:された)?(?:くらい|ぐらい|程度|なんか|なんて|ごとき)(?:で|は|、)?"
    r"[^。!?\n]{0,15}?(?:騒|大げさ|大袈裟|辞め|やめる|休|泣|根性|甘え|弱|気にしすぎ|被害者(?:ぶ|面|づら|ヅラ)|コミュニケーション|ノリ|冗談|"
    r"愛情|普通|当たり前|遊び|じゃれ|スキンシップ|挨拶|どこにでも|昔から|強くな|必要)"
)
_MOCKED = lazy_regex.compile(
    r"被害者(?:面|づら|ヅラ|ぶ(?:って|る|りやがって))|"
    r"(?:隙|スキ)(?:が|を)?(?:ある|あった|見せる|見せた)(?:方|ほう|側|人|女|の)(?:が|も)?(?:悪い|問題)|"
    r"(?:セクハラ|パワハラ|モラハラ|いじめ|イジメ|痴漢|嫌がらせ|DV)(?:され|を?受け|に遭っ|にあっ)?た?(?:って|とか|くらいで|ぐらいで)[^。!?\n]{0,6}?"
    r"(?:騒|大げさ|大袈裟|被害者(?:ぶ|面|づら))"
)
_AGAINST_BLAME = lazy_regex.compile(r"相談|支援|啓発|防止|なくそう|なくしましょう|窓口|研修|講座|ありません|ではない|じゃない|寄り添")


_BLAMING = (_VICTIM, _DESERVED, _PLAYED_DOWN, _MOCKED)  # every span is one of these
_BLAME_TRIGGER = Trigger(*_BLAMING)


@validator("victim_blamed", scope="paragraph", needs=(lazy_regex.compile("|".join(f"(?:{p.pattern})" for p in _BLAMING)),))
def victim_blamed(doc):
    """The victim blamed for what was done to them, or the harm played down."""
    text = doc.text
    for lo, hi in _BLAME_TRIGGER.sentences(doc):
        if not any(p.search(text, lo, hi) for p in _BLAMING):
            continue
        if _AGAINST_BLAME.search(text, lo, hi):
            continue
        for v in _VICTIM.finditer(text, lo, hi):
            b = _BLAME.search(text, v.end(), min(hi, v.end() + 16))
            if b and b.start() - v.end() <= _VICTIM_GAP + (4 if "にも" in text[v.end():b.start()] else 0) \
                    and not _BLAME_DENIED.match(text, b.end()):
                yield v.start(), b.end()
                break
        for m in _DESERVED.finditer(text, lo, hi):
            if not _BLAME_DENIED.match(text, m.end()):
                yield m.start(), m.end()
        for m in _PLAYED_DOWN.finditer(text, lo, hi):
            yield m.start(), m.end()
        for m in _MOCKED.finditer(text, lo, hi):
            yield m.start(), m.end()


# -- sexual harassment boasted -------------------------------------------------------------

_HARASSMENT = lazy_regex.compile(
    r"セクハラ(?:発言|ネタ|トーク|質問)?|下ネタ|エロトーク|エロい話|ボディタッチ|お触り|スリーサイズ|(?:胸|バスト)の?サイズ|カップ数|"
    # lewd talk in other words: シモネタ, 猥談, エロ話, 卑猥な冗談, エッチな話
    r"シモネタ|しもネタ|しもねた|猥談|エロ(?:話|ネタ|ジョーク|トーク|発言)|エッチな(?:話|ネタ|質問|冗談)|卑猥な(?:話|ネタ|冗談|ジョーク|言葉|発言)|下品な(?:ネタ|冗談|ジョーク)|"
    r"下着の色|(?:彼氏|彼女)(?:いる|いない)(?:の|か)|処女|童貞|"
    r"(?:お尻|尻|ケツ|胸|おっぱい|太もも|太腿|脚|足|腰|体)(?:を|に|、)?[^。!?\n]{0,8}?(?:触っ|さわっ|揉ん|撫で|タッチし|つつい|つかん|掴ん)"
)
_TARGET = lazy_regex.compile(
    r"新人|後輩|部下|女の子|女子|子に|さんに|ちゃんに|バイト|パート|店員|受付|職場|合コン|飲み会|宴会|二次会|女性|"
    # the work party or the office where it was told: 忘年会, 課の飲み, 女性陣
    r"忘年会|新年会|歓迎会|送別会|懇親会|打ち上げ|慰労会|社員旅行|課の|係の|課内|庁内|社内|同僚|女性陣|女子社員|女子職員|OL"
)
_FUN = lazy_regex.compile(
    r"盛り上|ウケ|うけ|笑|面白|おもしろ|楽し|最高|ノリ|真っ赤|照れ|赤くな|反応|かわい|可愛|👍|😏|ｗ|" + LAUGHING_W + r"(?:$|[w!。\s])|"
    # won at it: 下ネタしりとりで優勝, エロ話で無双, MVP
    r"優勝|無双|MVP|一位|1位|勝ち|王者|チャンピオン|撃沈|沸かせ|沸い|拍手|喝采|"
    r"てやった|てきた|てた|てる|連発|しまく|かまし|言いまく|振りまく|聞きまく|聞いてみた|してみた|ゲット|役得"
)
_DEFENDED = lazy_regex.compile(
    r"(?:怒鳴|どな|叱り飛ば|殴|しばか)(?:って|られて|れて)なんぼ|"
    r"(?:セクハラ|パワハラ|モラハラ|ボディタッチ)(?:くらい|ぐらい|程度|なんか|なんて|も|は)?(?:で)?[^。!?\n]{0,10}?"
    r"(?:コミュニケーション|スキンシップ|ノリ|冗談|挨拶|愛情|上等|当然|必要|気にしすぎ|騒ぎすぎ|過敏|減るもんじゃな|減るもんでもな)"
)
_AGAINST_HARASSMENT = lazy_regex.compile(
    r"防止|研修|相談|窓口|被害|受け(?:た|て)|され(?:た|て|る)|言われ|やめ|ダメ|だめ|いけな|許されな|苦手|嫌|不快|困っ|注意|啓発|気をつけ|謝|反省"
)


_HARASSMENT_OR_DEFENDED = lazy_regex.compile(f"(?:{_HARASSMENT.pattern})|(?:{_DEFENDED.pattern})")
_HARASSMENT_TRIGGER = Trigger(_HARASSMENT, _DEFENDED)


def _next_line_head(draft, end: int, chars: int, word) -> str:
    """The start of the line after a paragraph (its first `chars` characters,
    up to its line break) when `word` occurs in it, else "": the paragraph's
    last sentence ends in the blank lines, so a look "to the end of the next
    line" reaches there.  "" when there is no such word keeps the paragraph's
    result while the next paragraph is edited."""
    head = text_after(draft, end, chars).split("\n", 1)[0]
    return head if word.search(head) else ""


_FUN_REACH = 20  # how far past the sentence, on the next line, the fun may be told


def _fun_after(draft, start: int, end: int) -> str:
    """The fact of harassment_boasted: the next line's head, where the fun
    may be told (the span then ends in the next paragraph)."""
    return _next_line_head(draft, end, _FUN_REACH, _FUN)


@validator("harassment_boasted", scope="paragraph", needs=(_HARASSMENT_OR_DEFENDED,), facts=_fun_after)
def harassment_boasted(doc, fun_after=""):
    """Sexual harassment told as fun or something done, or defended."""
    text = doc.text + fun_after
    for lo, hi in _HARASSMENT_TRIGGER.sentences(doc):
        if not (_DEFENDED.search(text, lo, hi) or _HARASSMENT.search(text, lo, hi)):
            continue
        if _AGAINST_HARASSMENT.search(text, lo, hi):
            continue
        d = _DEFENDED.search(text, lo, hi)
        if d:
            yield d.start(), d.end()
            continue
        h = _HARASSMENT.search(text, lo, hi)
        if not h:
            continue
        line_end = text.find("\n", hi)
        f = _FUN.search(text, h.end(), min(hi + 20, line_end if line_end != -1 else len(text)))
        if f and (_TARGET.search(text, lo, hi) or h.group().startswith("セクハラ")):
            yield h.start(), f.end()


# -- cruelty to animals, relished -------------------------------------------------------------

_ANIMAL = lazy_regex.compile(
    r"(?:カエル|蛙|かえる(?=に|を|の)|猫|ネコ|ねこ|犬|イヌ|わんこ|野良(?:猫|犬)?|鳩|ハト|カラス|スズメ|雀(?!荘)|ザリガニ|金魚|メダカ|トカゲ|ヤモリ|ヘビ|蛇(?!口)|"
    r"カメ(?![ラ])|亀(?!裂)|ウサギ|うさぎ|ハムスター|インコ|小鳥|(?<!焼き)鳥(?!肉)|タヌキ|アライグマ|イタチ|ネズミ(?!講)|ねずみ(?!講)|(?<![ァ-ヶ])リス(?![ァ-ヶ])|鯉|(?<![ァ-ヶ])コイ(?![ァ-ヶ])|"
    r"セミ(?![ァ-ヶ])|蝉|トンボ(?!返)|バッタ(?!リ)|カマキリ|蝶|(?<![ァ-ヶ])アリ(?=を|に|の)|蟻|ミミズ|カブトムシ|クワガタ|オタマジャクシ|ペット(?!ボトル|ショップ)|(?<![害益殺防昆])虫(?!歯|除け|よけ|刺され|眼鏡|めがね|かご|カゴ|取り網|捕り網)|昆虫|コオロギ|(?<![ァ-ヶ])クモ(?![ァ-ヶ])|蜘蛛|ダンゴムシ|カタツムリ|"
    r"ニワトリ|鶏(?!肉|ガラ)|ヒヨコ|ひよこ|アヒル|子猫|子犬|"
    r"(?<![焼煮干])魚(?!屋|市|料理)|ブルーギル|ブラックバス|(?<![ァ-ヶ])バス(?=を|に|、)|フナ|鮒|ナマズ|ドジョウ|ウシガエル|オタマ)(?:たち|ども)?"
)
# The animal is the one hurt, not the one doing: 犬を…, カエルに…, ザリガニの足を….
# Or caught first, its particle dropped in speech: カエル捕まえて…, 野良猫つかまえて….
# ば is the 熊本弁 を (子犬ば追いかけ回して).
_ANIMAL_OBJECT = lazy_regex.compile(
    r"(?:を|ば|に|、|の[一-龥ぁ-んァ-ヶ]{1,3}(?:を|に)|の(?:しっぽ|尻尾|足|脚|羽|ひげ|ヒゲ|首|目|耳)|"
    r"(?:を)?(?:捕まえ|つかまえ|捕え|捕らえ|とらえ|捕っ|獲っ|取っ|とっ|拾っ|ひろっ|すくっ|掬っ|釣っ|連れてき|連れて帰っ|生け捕りにし)(?:て|た|たら|とっ|てき(?:て|た)))"
)
_HURT = lazy_regex.compile(
    # something that bursts or burns, put on, in or at the animal: 爆竹くわえさせて, 花火を口に突っ込んで
    r"(?:爆竹|ロケット花火|ねずみ花火|ネズミ花火|花火|癇癪玉|かんしゃく玉|クラッカー|火薬|爆弾|発煙筒)(?:を)?[^。!?\n]{0,4}?"
    r"(?:くっつけ|くくりつけ|くくり付け|結びつけ|結び付け|巻きつけ|巻き付け|縛りつけ|縛り付け|貼りつけ|貼り付け|つけ|付け|向け|投げ|"
    r"入れ|打ち込|撃ち込|ぶち込|ぶっこ|当て|鳴らし|くわえさせ|咥えさせ|食わせ|食べさせ|飲ませ|のませ|詰め|突っ込|つっこ|差し込|さしこ|"
    r"押し込|仕込|放り込|ほうりこ|持たせ|背負わせ|しょわせ|点火|着火|火(?:を)?(?:つけ|付け))|"
    # something it should never swallow, forced on it: タバコ吸わせて, 酒飲ませて, 唐辛子食わせて
    r"(?:酒|ビール|焼酎|タバコ|たばこ|煙草|唐辛子|わさび|ワサビ)(?:を)?(?:飲ませ|のませ|食わせ|食べさせ|吸わせ|くわえさせ|咥えさせ)|"
    r"(?:洗剤|漂白剤|灯油|ガソリン|熱湯)(?:を)?(?:飲ませ|のませ|ぶっかけ|かけ|浴びせ)|"
    r"(?:爆竹|花火|ロケット花火|癇癪玉|かんしゃく玉|スプレー|ガス)で[^。!?\n]{0,6}?(?:吹っ?飛ば|吹き飛ば|飛ばし|爆破|破裂|驚か|脅か|攻撃|焼)|吹っ?飛ばし|吹き飛ばし|爆破|"
    r"火を(?:つけ|付け)|燃や|ライター|あぶ|炙|生きたまま(?:焼|煮|埋め)|虫眼鏡|エアガン|BB弾|ガス銃|石(?:を)?(?:投げ|ぶつけ)|"
    r"沈め|溺れさせ|踏み(?:つぶ|潰|つけ)|蹴(?:っ|り|飛ば)|叩きつけ|投げつけ|振り回|吊るし|吊し|縛っ|縛り|"
    # chased until it panics or crashes: 追い回して、パニクって壁に激突する (a chase alone is play)
    r"(?:追い回|追いかけ回|追っかけ回|追い詰め)(?:し|さ)[^。!?\n]{0,20}?(?:激突|衝突|ぶつか|パニ|怯え|おびえ|逃げ惑|失神|動かなくな)|"
    r"(?:しっぽ|尻尾|足|脚|羽|ひげ|ヒゲ)(?:を)?(?:全部|ぜんぶ|一本ずつ|1本ずつ|一本一本|片っ端から)?(?:切|引っ張|もい|もぎ|ちぎ|引きちぎ|むし|抜い)|"
    r"電子レンジ|冷凍庫|洗濯機|熱湯|殺虫剤(?:を)?(?:かけ|吹きかけ)|棒で(?:つつ|叩|突)|いじめ(?:て|た|る)|虐待|痛めつけ|いたぶ|なぶ|"
    r"閉じ込め|水攻め|接着剤|瞬間接着"
)
_RELISH = lazy_regex.compile(
    r"遊ん|遊ぶ|遊び|面白|おもしろ|楽し|最高|笑|ウケ|うけ|ストレス発散|暇つぶし|ヒマつぶし|教え(?:よ|る|てあげ|たい|とこ)|ハマ|"
    r"てみ(?:た|よう|る)|ｗ|" + LAUGHING_W + r"(?:$|[w!。])|草|鳴き声|ざま|スッキリ|すっきり|てやった|てた|てる|日課|"
    # a pastime that soothes: 最近の癒やし, ストレス解消, 気晴らし
    r"癒(?:やし|し|され)|ストレス(?:解消|発散)|気晴らし|憂さ晴らし|うさ晴らし|至福|マイブーム|趣味"
)
_AGAINST_CRUELTY = lazy_regex.compile(
    r"駆除|害虫|防除|罠|わな|捕獲|保護|獣医|救|助け|通報|ダメ|だめ|いけな|かわいそう|可哀想|可哀そう|やめ|注意|禁止|犯罪|"
    r"料理|調理|食べ|刺身|活け|締め|〆|血抜き|捌|さば(?:い|く)|すり身|解剖|授業|実験|花火大会|手持ち花火|エサ|餌|散歩|ボール|おもちゃ|オモチャ|ぬいぐるみ|"
    r"釣り(?:大会|教室|堀)|リリース"
)


_ANIMAL_TRIGGER, _HURT_TRIGGER = Trigger(_ANIMAL), Trigger(_HURT)


_RELISH_REACH = 40  # how far past the sentence, on its line, the relish may be told


def _relish_after(draft, start: int, end: int) -> str:
    """The fact of animal_cruelty_relished: the next line's head, where the
    relish may be told (the span still ends in this paragraph: a relish past
    the sentence only confirms it)."""
    return _next_line_head(draft, end, _RELISH_REACH, _RELISH)


@validator("animal_cruelty_relished", scope="paragraph", needs=(_ANIMAL, _HURT), facts=_relish_after)
def animal_cruelty_relished(doc, relish_after=""):
    """An animal hurt for fun or as a pastime, or the game taught to a child."""
    text = doc.text + relish_after
    hurt = set(_HURT_TRIGGER.sentences(doc))
    for lo, hi in _ANIMAL_TRIGGER.sentences(doc):
        if (lo, hi) not in hurt or not _HURT.search(text, lo, hi):
            continue
        if _AGAINST_CRUELTY.search(text, lo, hi):
            continue
        for a in _ANIMAL.finditer(text, lo, hi):
            if not _ANIMAL_OBJECT.match(text, a.end()):
                continue
            h = _HURT.search(text, a.end(), min(hi, a.end() + 25))
            if not h:
                continue
            line_end = text.find("\n", hi)
            reach = line_end if line_end != -1 else len(text)
            r = _RELISH.search(text, h.start(), min(reach, hi + 40))
            if r:
                end = r.end() if r.start() < hi else h.end()
                yield a.start(), max(end, h.end())
                # The fun told again further on (…遊んでた動画見つけた。最高に
                # 笑える): each word of fun is evidence too.
                for fun in _FUN_WORD.finditer(text, max(r.end(), h.end()), min(reach, hi + 40)):
                    yield fun.start(), _RELISH_TAIL.match(text, fun.end()).end()
                # Passing the game on: 今度甥っ子にも教えよ.
                t = _TEACH.search(text, hi, reach)
                if t:
                    yield t.start(), t.end()
                break


_FUN_WORD = lazy_regex.compile(r"(?:最高に)?(?:面白|おもしろ|楽し|笑え|笑っ|ウケ|爆笑)|最高")
# Optional: the fun word may end the draft (今見ても爆笑), and then the tail is empty.
_RELISH_TAIL = lazy_regex.compile(r"(?:[^。!?\n]{0,4}?(?:る|た|い|ｗ|w))?")
# The game passed on to children: 教えてやりたい, やらせてみたか, 伝授しよう.
_TEACH = lazy_regex.compile(
    r"[^。!?\n]{0,12}(?:にも|に)(?:教え(?:よ|よう|てあげよ|てやろ|てやりた(?:い|か)|てあげた(?:い|か)|てやらな|てやらん|てやる|たい|たか|とこ|ちゃろ)"
    r"|やらせ(?:たい|たか|てみたい|てみたか|てやりた(?:い|か)|よ|よう|ちゃろ)|させ(?:たい|たか|てみたい|てみたか|てやりた(?:い|か))|伝授し(?:たい|よ|ちゃろ)|仕込(?:みたい|も|んでやりた(?:い|か)))"
)


# -- violence played down -------------------------------------------------------------------

# Hitting someone told as harmless because it leaves no mark or was "only a
# little": 顔は殴ってないから大丈夫, 跡が残らないように腹を殴っといた.
_MINIMISED = lazy_regex.compile(
    r"(?:顔|見える(?:所|ところ|場所)|目立つ(?:所|ところ|場所)|頭)(?:は|を|に|だけは)?[^。!?\n]{0,4}?(?:殴|叩|蹴|ぶっ|しばい|やっ)(?:って|いて|て)?(?:ない|ねー|ません)(?:から|し|ので)"
    r"[^。!?\n]{0,8}?(?:大丈夫|セーフ|問題な|平気|バレな|OK|オッケー|証拠)|"
    r"(?:跡|アザ|あざ|傷|キズ)(?:が|は|も)?(?:残らな|つかな|残ってな|できな|見えな)(?:い)?(?:よう(?:に)?|程度|くらい|ぐらい|から|し)[^。!?\n]{0,10}?(?:殴|叩|蹴|しばい|シメ|つね|ぶっ|どつ)|"
    r"(?:殴|叩|蹴|しばい|シメ|つね|ぶっ|どつ)[^。!?\n]{0,12}?(?:跡|アザ|あざ|傷|キズ)(?:が|は|も)?(?:残らな|つかな|残ってな|できてな|見えな)(?:い)?(?:から|し|ので|よう)|"
    r"(?:見えない|服で隠れる|目立たない)(?:所|ところ|場所)(?:を|に|なら|だけ)[^。!?\n]{0,6}?(?:殴|叩|蹴|つね|どつ)|"
    r"(?:ちょっと|軽く|少し|1発|一発|一回|1回)(?:殴|叩|蹴|小突|しばい|どつ|はたい)[^。!?\n]{0,6}?(?:だけ|ぐらい|くらい)(?:だ|だし|だから|で|じゃん|なのに)?[^。!?\n]{0,8}?"
    r"(?:大丈夫|問題な|平気|暴力じゃな|暴力(?:の)?うちに入らな|騒ぐ|大げさ|大袈裟|セーフ)"
)
_AGAINST_MINIMISED = lazy_regex.compile(r"(?:殴|叩|蹴|ぶた)(?:ら)?れ|ください|下さい|ましょう|相談|虐待|通報|被害|DV|防止|許されな|いけな|ダメ|だめ|試合|練習|稽古|マッサージ|肩たたき|肩叩き|ボール|太鼓|ドア|扉|布団")


_MINIMISED_TRIGGER = Trigger(_MINIMISED)


@validator("violence_minimised", scope="paragraph", needs=(_MINIMISED,))
def violence_minimised(doc):
    """Hitting someone told as harmless: no mark on the face, only a little."""
    text = doc.text
    for lo, hi in _MINIMISED_TRIGGER.sentences(doc):
        if not _MINIMISED.search(text, lo, hi) or _AGAINST_MINIMISED.search(text, lo, hi):
            continue
        for m in _MINIMISED.finditer(text, lo, hi):
            yield m.start(), m.end()


# -- violence justified by the victim's "cheek" ------------------------------------------------

# A blow excused as keeping someone in line: たまにはわからせんと調子に乗る,
# 殴らなきゃ舐められる.  Needs a blow in the same or the sentence before.
_JUSTIFIED = lazy_regex.compile(
    r"(?:わからせ|分からせ|思い知らせ|しつけ|躾け|教え込ま|言うこと(?:を)?聞かせ|シメ|締め|殴ら|叩か|はたか|しばか|手を出さ|手をあげ)"
    r"(?:とか|ておか|てお|と)?(?:ない|ん|なきゃ|なけりゃ|なけれ|ねえ|にゃ)(?:と|ば|ゃ|きゃ)?[^。!?\n]{0,8}?"
    r"(?:調子に乗|ちょうしにの|つけあが|付け上が|つけ上が|図に乗|なめられ|舐められ|ナメられ|なめて(?:く|か)|舐めて(?:く|か)|言うこと(?:を)?聞か(?:ん|ない|へん))"
)
_BLOW = lazy_regex.compile(
    r"殴|叩い|はたい|ひっぱた|引っぱた|ビンタ|平手|蹴っ|蹴り|どつ|しばい|小突|手を(?:出し|あげ|上げ)|げんこつ|ゲンコツ|一発|張り倒|突き飛ば|胸ぐら"
)
_AGAINST_JUSTIFIED = lazy_regex.compile(r"相談|DV|虐待|被害|通報|許されな|いけな|ダメ|だめ|ではありません|じゃない|って(?:言う|いう)(?:人|男|夫)|なんて(?:最低|ありえ)")
_JUSTIFIED_TRIGGER = Trigger(_JUSTIFIED)


@validator("violence_justified", scope="paragraph", needs=(_JUSTIFIED,))
def violence_justified(doc):
    """A blow told and excused as keeping the victim in line."""
    text = doc.text
    for lo, hi in _JUSTIFIED_TRIGGER.sentences(doc):
        k = doc.sentence_index(lo)
        prev_lo = doc.sentences_around(k, 1, 0)[0]
        for m in _JUSTIFIED.finditer(text, lo, hi):
            if not _BLOW.search(text, prev_lo, hi) or _AGAINST_JUSTIFIED.search(text, prev_lo, hi):
                continue
            yield m.start(), m.end()


# -- an animal made to suffer --------------------------------------------------------------

# Suffering drawn out or handed to others as a game: a trapped boar not
# killed cleanly but beaten by children, a bird left to struggle.  Pest
# control and trapping are lawful; the cruelty is in how the animal is made
# to suffer, so 罠 or 駆除 do not cancel it.
_SUFFERING_ANIMAL = lazy_regex.compile(
    _ANIMAL.pattern + r"|イノシシ|猪|シカ|(?<!山)鹿(?!児|北|本|央)|サル|猿|ハクビシン|アナグマ|キツネ|狐|ヒヨドリ|ムクドリ|獲物|えもの"
)
_MADE_TO_SUFFER = lazy_regex.compile(
    r"(?:子ども|子供|子|息子|娘|孫|甥っ?子|姪っ?子|生徒|児童|みんな|後輩|新人|若い(?:の|もん|者))(?:たち|ら|ども)?(?:に|にも)[^。!?\n]{0,10}?"
    r"(?:叩か|たたか|殴ら|蹴ら|突か|つつか|刺さ|いじめさ|石(?:を)?投げさ|痛めつけさ|なぶら|いたぶら|踏ま)せ|"
    r"とどめ(?:を)?(?:刺さ|ささ)(?:ず|ない(?:で|まま)|んで|んと|なかった|んかった)|"
    r"(?:すぐ|一思いに|ひと思いに)(?:殺さ|しめ|締め|仕留め)(?:ず|ないで|んで|んと)|"
    r"(?:苦しむ|もがく|もがいてる|鳴き叫ぶ|弱っていく)(?:の|様子|姿|ところ)を[^。!?\n]{0,6}?(?:見|眺め|楽し|笑|撮)|なぶり殺し|嬲り殺し|生殺し"
)
_AGAINST_SUFFERING = lazy_regex.compile(r"ダメ|だめ|いけな|禁止|虐待(?:は|です|に当た)|通報|やめ(?:よう|ましょう|て)|してはいけ|しないで|許されな|適切に|速やかに")


_SUFFER_TRIGGER = Trigger(_MADE_TO_SUFFER)


def _animal_in_sentence_before(draft, start: int, end: int) -> bool:
    """The fact of animal_made_to_suffer: the animal may be named in the
    sentence before, the last of the previous paragraph (罠にイノシシがかかった
    <blank line> 子どもたちに…)."""
    if start == 0:
        return False
    lo, hi = draft.sentence_at(start - 1)
    return bool(_SUFFERING_ANIMAL.search(draft.text, lo, hi))


# Every span is a _MADE_TO_SUFFER; the animal may be in the paragraph before,
# so it is no need.
@validator("animal_made_to_suffer", scope="paragraph", needs=(_MADE_TO_SUFFER,), facts=_animal_in_sentence_before)
def animal_made_to_suffer(doc, animal_before):
    """An animal's suffering drawn out or handed to children as a game."""
    text = doc.text
    for lo, hi in _SUFFER_TRIGGER.sentences(doc):
        if not _MADE_TO_SUFFER.search(text, lo, hi) or _AGAINST_SUFFERING.search(text, lo, hi):
            continue
        k = doc.sentence_index(lo)
        prev_lo = doc.sentences_around(k, 1, 0)[0]
        for m in _MADE_TO_SUFFER.finditer(text, lo, hi):
            if _SUFFERING_ANIMAL.search(text, prev_lo, hi) or (k == 0 and animal_before):
                yield m.start(), _RELISH_TAIL.match(text, m.end()).end() if _RELISH_TAIL.match(text, m.end()) else m.end()
