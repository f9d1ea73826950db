"""Illegal acts that a draft boasts of, plans or urges (checklist item 5.6.3),
and violence or cruelty it relishes (5.6.6).

An act alone is not the problem: 飲酒運転撲滅, 万引き防止, 不法投棄の通報
are the city's own warnings.  A finding needs the act AND a sign that the
writer did it, means to, or tells others to (〜してやった, 〜しようぜ,
バレなきゃ, 余裕, 捨ててきた), in a sentence that is not a warning or a report
of enforcement (禁止, 防止, 逮捕, 注意…) and does not describe the writer as
the victim (万引きされた).

- ``illegal_act_endorsed``: an illegal act — named (万引き, 信号無視, 車検切れ)
  or told by its method (バーコードを通さずに袋に入れる, 持ち主に黙って掘って
  きた) — with a sign the writer did, plans or urges it: a finite verb right
  after it (〜してきた, 〜しちゃった, 〜しようかな), or anywhere in the
  sentence (or the next short one) a cue of impunity, gain or urging
  (バレない, 余裕, 捕まったことない, みんなやってる, した方が得, コツ, 0円).
  Acts of others (信号無視の車, 路駐してる人), denials (したことない) and
  complaints (迷惑, 困って) are skipped.
- ``drink_driving``: driving after drinking, with or without the word
  飲酒運転 (飲み会のあと…自分で運転して帰った).
- ``illegal_dumping``: rubbish left in the hills, a river or a vacant lot
  (粗大ゴミ…山の方に捨ててきた).
- ``bribe_taken``: a benefit received in return for an official act
  (契約を回してあげた…お礼に焼肉おごってもらった).
- ``open_burning``: household rubbish, plastics or tyres burnt in a garden,
  a field or a drum (庭で家庭ゴミを燃やせば楽, 毎週末やってる); the city's
  incinerator, とんど焼き and 焼き芋 are not it.
- ``drink_driving`` also takes the excuse "drunk is fine on a bike"
  (自転車だから酔ってても問題なし).
- ``violent_act``: assault, child abuse dressed up as discipline, and
  cruelty to animals (ボコボコにしてやった, 殴ってしつけた, 毒エサ撒いといた,
  シメといた next to a person); rules for 5.6.3 and 5.6.6 both use it.
- ``animal_abandoned``: a kept animal let go in the hills, a river or a park
  (飼ってたウサギ…山に放してきた); a dog let off the lead, a nursed wild
  animal returned and fish stocking are not it.
- ``bribe_taken`` also takes a favour done at work followed by a gift
  arriving (甘めに通してあげた農家さんから新米が届いた).
- Enforcement dodged (監視員が来ない時間, 検問もない) is a boast even though
  it names enforcement; a designated driver or a lift in any verb form
  (代行呼ぶから) clears drink-driving; free reading is piracy only for new or
  paid works; a thing borrowed without leave is theft only when kept or sold.
- Told indirectly or in dialect: income kept from the tax office
  (手渡しやけん申告しとらん), speeding without the word (3桁出した, 峠を攻め,
  制限50の道を90キロ), birds shot with an air gun, fish taken before the
  season (解禁前やけど), rubbish left behind after an outing (BBQのゴミは
  そのまま置いてきた); a campaign explaining where the act comes from
  (そんな油断から起こります) is a warning.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .. import lazy_regex
from .registry import any_of, declare_needs, validator
from .draft_facts import holds_match, once_per_draft, sentence_before, text_after, text_before
from .literal_precheck import LiteralPrecheck

# A sentence that warns, prohibits or reports enforcement.
_WARNING = lazy_regex.compile(
    r"懲戒|免職|停職|処分の対象|処分され|処分を受け|撲滅|(?<!立ち入り)(?<!立入)(?<!駐車)(?<!通行)(?<!進入)禁止|防止|やめましょう|やめよう|しないで(?:ください|下さい)|しないよう|させないよう|取り?締ま?り|"
    r"注意|犯罪です|違反です|法律で|法律違反|罰金|懲役|罰則|逮捕|検挙|摘発|送検|補導|容疑|疑い|被害|啓発|根絶|"
    # a risk told to the reader: 盗み見られるおそれがあります, 利用は控えましょう
    r"(?:おそれ|恐れ)(?:が|も)(?:あります|ございます)|控え(?:ましょう|てください|て下さい|ください)|"
    r"許さない|許されません|(?:絶対(?:に)?|決して|二度と)(?:しない|しません|やらない|ダメ|だめ|いけない|やめ)|"
    # 不法投棄はダメ！ / 不法投棄はあかんで / 飲酒運転はいかん: the act named and forbidden
    r"(?:は|も)(?:ダメ|だめ|駄目|あかん|アカン|いかん|いけん|NG)(?![^。!?！？\n]{0,6}?(?:じゃな|やな|って言われ|と言われ))|"
    r"いけません|なくそう|なくしましょう|通報|相談|キャンペーン|強化月間|運動|パトロール|見回り|ストップ|"
    r"気をつけ|呼びかけ|ニュース|報道|事件|事故防止|監視|防犯|対策|パトロール|看板|ポスター|"
    # someone else's act, complained about or reported: not the writer's boast
    # a notice to those who think they can get away: バレないと思っている方へ
    r"と思(?:って|っと)(?:いる|る|らっしゃる|おられる)?(?:方|人|かた)(?:へ|に|は|も|、|が)|と思って(?:い)?ませんか|と思ったら大間違い|"
    r"迷惑|許せ|やめてほしい|やめて欲しい|困って(?:い|る|ます)|困ります|見かけ|目撃|後を絶た|相次|多発|発生して|見つかっ|発見|"
    # lawful ways to read or watch for free
    r"図書館|公式(?:サイト|アプリ|配信)|試し読み|無料公開|期間限定|キャンペーン|見放題|読み放題プラン|サブスク|配信サービス|"
    r"ご連絡|ご相談|お問い合わせ|講習|講座|教室|研修|授業|法律|条例|違法です|犯罪|絶対ダメ|絶対だめ|ダメです|いけない|反省|後悔|ごめんなさい|申し訳|"
    # a campaign explaining where the act comes from: そんな油断から起こります
    r"油断|から起(?:こ|き)(?:ります|る|ています)|につながり(?:ます|かねません)|命取り|取り返しのつかな|ご協力(?:を|ください|お願い)|"
    # what piracy costs the makers, told to the reader: 作者に1円も届きません
    r"(?:作者|作家|著者|漫画家|クリエイター|アーティスト|制作者|製作者|著作者|権利者|出版社)(?:さん)?(?:たち|の方)?(?:に|へ|には)[^。!?\n]{0,8}?(?:届きません|入りません|還元されません|支払われません|届かないんです|届かないのです)"
)

# A prohibition named and waved away: 野焼き禁止とか知らん, ルールなんて関係なか.
_RULE_DISMISSED_PATTERN = (
    r"(?:禁止|違反|違法|法律|条例|規則|ルール|決まり)(?:とか|なんて|なんか|など)(?:知らん|しらん|知らない|知るか|関係な|かんけいな|気にせん|気にしない|どうでも)"
)
_RULE_DISMISSED = lazy_regex.compile(_RULE_DISMISSED_PATTERN)

# Enforcement dodged: 監視員が来ない時間, 検問もない, 取り締まりの死角.  The
# words of a warning (監視, 取り締まり) here tell the writer's way round it.
_EVASION = lazy_regex.compile(
    r"(?:監視(?:員)?|取り?締ま?り|検問|パトカー|おまわり|警察|見回り|パトロール|警備員?|(?:監視)?カメラ|漁協の人|管理人)(?:の人)?(?:が|も|は)?"
    r"(?:来な|い(?:な|ね)|ない|少な|手薄|緩|ゆる|甘|休み|やってな|見てな)|"
    r"(?:監視|取り?締ま?り|検問|カメラ)(?:の)?(?:目|隙|すき|死角|穴)(?:を|に)?(?:盗|かいくぐ|すり抜|突|入|狙)|"
    r"(?:来ない|いない|見てない)(?:時間|隙|すき|日|曜日|ルート|場所)|(?:見つから|バレ|ばれ)(?:ない|にくい)(?:ルート|道|場所|時間|やり方)|"
    # a camera's blind spot told as the way in: 防犯カメラの死角があるけん
    r"(?:防犯)?(?:カメラ|監視)(?:の)?死角(?:が|の)?(?:ある|あっ|あり|多|だらけ|やけん|けん|だから|なので|で)|"
    # the rule named only to be waved away: 野焼き禁止とか知らん, 条例なんて関係なか
    + _RULE_DISMISSED_PATTERN + "|"
    # the writer's own enforcement job set against the deed: 取り締まりしよるけど、うちのは
    r"(?:取り?締ま?り|パトロール|監視|啓発|指導)(?:を)?(?:し(?:よる|とる|てる|ている|ています)|担当し(?:よる|とる|てる|ている))(?:けど|けれど|のに|くせに)"
)


# Words of lawful free viewing (見放題, サブスク) clear nothing when the work
# is fetched from an unnamed site: 例のサイトで落とせるけんタダで見放題.
# The library too, when set beside a pirate site as the slower way: 図書館で順番待つより早か.
_LAWFUL_VIEWING = lazy_regex.compile(r"見放題|読み放題プラン|サブスク|配信サービス|期間限定|無料公開|試し読み|図書館")
_PIRACY_METHOD = lazy_regex.compile(
    r"海賊版(?:サイト|アプリ)?(?:[、,]|で|から|なら|は)|漫画村|(?:例の|あの|某|海外の|裏|怪しい)(?:サイト|アプリ)|(?<!公式)(?:サイト|アプリ)(?:で|から)[^。!?\n]{0,4}?(?:落と(?:せ|し)|ダウンロード(?:でき|し)|DL(?:でき|し))"
)


def _warns(text: str, lo: int, hi: int) -> bool:
    """The sentence warns, prohibits or reports enforcement — unless it tells
    how enforcement is dodged, or its only "warning" is free viewing next to
    a piracy method."""
    warnings = [m.group() for m in _WARNING.finditer(text, lo, hi)]
    if not warnings or _EVASION.search(text, lo, hi):
        return False
    if all(_LAWFUL_VIEWING.fullmatch(w) for w in warnings) and _PIRACY_METHOD.search(text, lo, hi):
        return False
    return True


# The writer is the one it happened to; matched right after the act with
# .match(text, pos) (no "^": it would never match at pos > 0).
_VICTIM = lazy_regex.compile(
    # 盗み見られる / 盗み聞きされる: the writer or the reader is the one snooped on
    r"(?<=盗み)(?:見られ|聞きされ|聞かれ)|"
    # ポイ捨てだらけ, 路駐だらけ: others' deeds found all over, not the writer's
    r"だらけ|"
    r"(?:を)?(?:され|さ(?:せ)?られ|に遭|にあ|を見かけ|を目撃|を発見|を見つけ|に気づ|に気付|を捕まえ|犯を|犯が|の現場|の被害|"
    # (the act may end on its verb's stem: 燃やし|てるのを見た)
    r"(?:する|した|して(?:る|いる|た|いた)|てる|ている|ていた|た)(?:人|奴|やつ|車|者|連中|輩|ドライバー|客|"
    # …のを見た is someone else's act; …するのが習慣 is the writer's own
    r"の(?:を|が)[^。!?\n]{0,8}?(?:見|目撃|発見|気づ|気付|通報|注意|迷惑|困|腹が立|苦情)))"
)
# Another person or vehicle doing it: 信号無視の車, 路駐してる人, and the same
# nouns ending a compound (路駐してる観光客, 信号無視する軽トラ).
_OTHERS = lazy_regex.compile(
    r"(?:を|が)?(?:の|する|した|して(?:る|いる|た|いた)|る|た)?[一-龥ァ-ヶー]{0,4}?"
    r"(?:人|奴|やつ|車|者|連中|輩|ドライバー|客|バイク|トラック|軽トラ|業者|職員|社員|教員|公務員|生徒|学生|若者|家族|住民|おじさん|おばさん|じいさん|ばあさん)"
    r"(?:たち|達|ら)?(?:が|を|に|は|って|の|、|も|、|ほんと|マジ|まじ)"
)

# The act's subject named before it in the sentence as someone else — a
# named person (佐藤君が, 山田健二…、), a colleague or kin (係長、, 親父が),
# a neighbour or a firm (近所の…, ○○生コンの生コン、) — told as a habit or a
# past deed (落書きしてた, ゴミ燃やしてる, 水増ししとる): a complaint about
# them, not the writer's boast.  The writer's own hand in it (俺も, 一緒に,
# 手伝って) or a deed done for the writer (〜してやった, 〜しようぜ) keeps it.
_THIRD_PARTY_SUBJECT = lazy_regex.compile(
    r"(?:さん|君|くん|ちゃん|氏|係長|課長|部長|主任|所長|班長|上司|先輩|後輩|同僚|部下|社長|店長|親方|"
    r"親父|おやじ|オヤジ|旦那|嫁|息子|娘|兄貴|姉貴|父|母|兄|姉|弟|妹|じいちゃん|ばあちゃん|"
    r"あいつ|こいつ|そいつ|あの人|あの家|隣の人|近所の人|業者|会社|建設|工業|工務店|商店|生コン|運送|"
    # a group of people told about (often to demean them: 実習生が勝手に採っとった)
    r"(?:(?:技能)?実習生|研修生|留学生|外国人|ガイジン|観光客|旅行者|移住者|よそ者|よそもん|若者|若いもん|高校生|中学生|釣り人|登山客|キャンプ客)"
    r"(?:たち|達|ら|ども|連中)?|"
    r"[一-龥]{2}[一-龥ぁ-ゖ]{1,3}(?=[(（]))(?:[(（][^)）\n]{0,20}[)）])?(?:が|は|って|ったら|、|の[一-龥ァ-ヶー]{1,6}(?:が|は|、))"
)
_WRITER_TOO = lazy_regex.compile(r"俺|オレ|おれ|僕|ぼく|私|わたし|あたし|うち(?:も|が|で|ら)|自分(?:も|が|で)|わし|一緒に|いっしょに|手伝|頼まれ|に言われて|俺ら|みんなで")
# Told as the other's habit or past deed: してた, しとる, しよった, 燃やしてる.
_OTHERS_DEED_TOLD = lazy_regex.compile(
    r"(?:し|して|やって)?(?:てる|ている|てた|ていた|とる|とった|よる|よった|よらす|とらす|ござる)"
)
# An act ending on て (パクって) told by the sentence's last verb: …報告しとった.
_TOLD_LATER = lazy_regex.compile(r"(?:てる|ている|てた|ていた|とる|とった|よる|よった)(?=[。!?💢\n]|$|けん|し[、。]|わ|よ|ね)")


def _third_party_did_it(text: str, lo: int, hi: int, act) -> bool:
    """The act told of someone else named before it, as their habit or deed."""
    before = text[lo:act.start()]
    if not _THIRD_PARTY_SUBJECT.search(before) or _WRITER_TOO.search(text, lo, act.end()):
        return False
    if _OTHERS_DEED_TOLD.match(text, act.end()):
        return True
    # an act ending on its manner (人の畑の柿を勝手に | 採っとった) is told by the verb after it
    ends_open = act.group().endswith("て") or _MANNER_END.search(act.group())
    return bool(ends_open) and bool(_TOLD_LATER.search(text, act.end(), hi))


_MANNER_END = lazy_regex.compile(r"(?:黙って|無断で|勝手に|断りなく|断らずに|許可なく|許可もなく|こっそり)$")

_ACT = lazy_regex.compile(
    "|".join([
        # traffic: drink-driving words, licence, inspection and insurance
        r"飲酒運転|酒気帯び(?:運転)?|無免許(?:運転)?|免許(?:ない|無い|なし|持ってない|切れ(?:て(?:る|いる))?|不携帯)(?:けど|のに|で|まま)|"
        # driving while the licence is suspended or revoked: 免停中だけど, 免許取り消されてるけど
        r"免停(?:中|期間中|くらって(?:る|いる)|食らって(?:る|いる))|免許(?:停止|取り?消し|取消|失効)(?:中|期間中)|免許(?:を)?(?:取り上げられ|取り?消され|止められ)て(?:る|いる|ん)|"
        r"車検(?:切れ|が切れ|を?通してない|通さず|受けず)|無車検|無保険(?:車|運転)?|自賠責(?:切れ|が切れ|なし|入ってない)|"
        # speed, signals, stopping, dangerous driving
        r"スピード違反|速度違反|速度超過|[0-9]{2,3}(?:キロ|km/?h?|㌔)(?:で(?:走|飛ば|ぶっ飛ば|かっ飛ば)|出(?=し|て)|オーバー)|"
        # the speed hedged (100キロ近く出して, 150キロ超えで飛ばした, 120キロくらいは出しとる)
        # (a plain "about": 80キロくらいで走っていたら is a speed told, not boasted)
        r"[0-9]{2,3}(?:キロ|km/?h?|㌔)(?:近く|近こう|以上|超え|超|オーバー)(?:は|も|まで)?(?:で(?:走|飛ば|ぶっ飛ば|かっ飛ば|攻め|流し|突っ走|抜け)|出(?=し|て|と|ちょ))|"
        r"[0-9]{2,3}(?:キロ|km/?h?|㌔)(?:ちょい|ちょっと|くらい|ぐらい|ほど|前後|弱|強)(?:は|も)?出(?=し|て|と|ちょ)|"
        r"信号無視|赤信号(?:を|で|でも|だけど|なのに)?[^。!?\n]{0,15}?(?:無視|突っ切|突っ込|渡っ|渡り|行っ|進ん|通過し)|一時停止(?:無視|しない|せず|止まらず|で止まら)|"
        r"逆走|あおり運転|煽り運転|当て逃げ|"
        # speeding told without a number or the word: 3桁出した, 峠を攻めて, メーター振り切って
        r"(?:3|三)桁(?:キロ)?(?:出し|出て|で(?:走|飛ば))|(?:メーター|針)(?:が|を)?振り切|リミッター(?:を)?(?:切|外|カット)|(?:峠|ワインディング|山道)(?:を)?攻め|"
        r"(?:制限|法定)(?:速度)?[0-9]{2,3}(?:キロ|km/?h?)?(?:の(?:道|所|とこ|ところ|区間)|なのに|だけど|やけど|を)[^。!?\n]{0,15}?[0-9]{2,3}(?:キロ|km|(?=出し|出て|で(?:走|飛ば|攻め)))|"
        # the limit written after its figure: 60km/h制限のとこ110出してた, 40キロ制限の道を90で走った
        r"[0-9]{2,3}(?:キロ|km/?h?|㌔)?制限(?:の(?:道|所|とこ|ところ|区間|峠)|なのに|だけど|やけど|を|で)[^。!?\n]{0,15}?[0-9]{2,3}(?:キロ|km/?h?|㌔)?(?:で(?:走|飛ば|ぶっ飛ば|かっ飛ば|攻め)|出(?=し|て|と|ちょ))|"
        # the limit named, then the foot put down: 制限速度は50キロですが、つい踏み込んでしまう
        r"(?:制限|法定)(?:速度)?(?:は|が|って)?[0-9]{2,3}(?:キロ|km)?(?:ですが|ですけど|だけど|やけど|だが|なのに|なんだけど|なんですけど|けど)[、,]?[^。!?\n]{0,20}?(?:踏み込ん|踏み込ま|踏みこん|アクセル(?:を)?(?:ベタ踏み|べた踏み|全開|踏み込)|飛ばし(?:て|ちゃ|た|とる|よる)|ぶっ飛ば|かっ飛ば|倍(?:近く)?(?:出|で走)|[0-9]{2,3}(?:キロ|km)(?:は|も|近く|以上)?(?:出|で))|"
        r"[0-9]{2,3}(?:キロ|km/?h?|㌔)(?:オーバー|超過)(?:で|して)|(?:ぶっ|かっ)飛ばし(?:て|た)[^。!?\n]{0,10}?(?:最短|記録|到着|間に合)|"
        # tailgating and road rage in other words: 車間ギリギリ, 幅寄せ, 煽り返した
        r"車間(?:距離)?(?:を)?(?:ギリギリ|ぎりぎり|ゼロ|ほぼゼロ|詰め|つめ|空けず|あけず)|(?:後ろ|真後ろ)に(?:ぴったり|ピッタリ|べったり|ベッタリ)?(?:つけ|付け|張り付|はりつ|くっつ)|"
        r"幅寄せ|パッシング(?:し|連発|攻撃)|ハイビーム(?:攻撃|で煽)|クラクション(?:を)?(?:鳴らしまく|連打|鳴らし続け|鳴らしっぱなし)|"
        r"(?:煽り|あおり)(?:返|倒|まく)|(?:煽って|あおって)(?:やっ|どかせ|どけさせ|ビビらせ)|追いかけ回|追い回し(?:て|た)|"
        r"(?:前に|目の前に)(?:割り込んで|回り込んで|入って|出て)[^。!?\n]{0,6}(?:急ブレーキ|止め|停め|ブレーキ)|急ブレーキ(?:を)?(?:かけて|踏んで)(?:やっ|驚か|ビビらせ)|"
        r"(?:車|クルマ|相手)(?:を)?(?:無理やり|むりやり)?(?:止めさせ|停めさせ)|ひき逃げ|轢き逃げ|ノーヘル|シートベルト(?:しない|せず|なし|無し|してない|締めない|締めず)|"
        r"チャイルドシート(?:なし|無し|使わ|乗せず|乗せない)|(?:原付|自転車|バイク)(?:で|の)?(?:二人乗り|2人乗り)|"
        # road rules broken on the way: people in a truck bed, no licence on
        # board, no light, an umbrella held, a stop or a closed road ignored
        r"荷台に[^。!?\n]{0,6}?(?:人|子ども|子供|こども|孫|息子|娘|友達|友だち|家族|みんな|嫁|妻|親|ばあちゃん|じいちゃん)(?:たち|ら)?(?:を|ば)?乗せ(?=て|た|ちゃ|とる|よる)|"
        r"免許(?:証)?不携帯|(?:免許|車検)(?:の)?(?:更新)?(?:が)?(?:切れ|失効|忘れ)(?:とる|てる|とった|てた|たまま|てるけど|とるけど|とったけど|てたけど)[^。!?\n]{0,10}?(?:乗っ|運転|走っ)(?=て|た|と|ちょ)|"
        r"(?:(?:無灯火|ライトなし)で|ライト(?:を)?(?:つけ|点け)(?:ず(?:に)?|んで|ないで))[^。!?\n]{0,6}?(?:こい|漕い|乗っ|走っ|帰っ|走り)(?=て|た|で|と|よ)"
        # (not someone else seen riding so: 無灯火で走っとった高校生に声をかけた)
        r"(?![^。!?\n、]{0,5}?(?:高校生|中学生|小学生|学生|生徒|子|人|奴|やつ|車|自転車|バイク)(?:に|を|が|は|と|も))|"
        r"傘(?:さし|差し)(?:運転(?:しながら|して|で)?|で(?:自転車|チャリ|原付|バイク))|(?:自転車|チャリ)[^。!?\n]{0,8}?傘(?:を)?(?:さし|差し)(?:て|ながら)(?:こい|漕い|乗っ|走っ|帰っ|運転)|"
        r"一時停止(?:を|は)?(?:せず|せんで|しないで|無視)|(?:踏切|止まれ)[^。!?\n]{0,6}?(?:止まらず|止まらんで|止まらないで)|"
        r"(?:スクールゾーン|通行止め|車両通行止め|歩行者天国)[^。!?\n]{0,20}?(?:通り抜(?=け[てた])|突っ切(?=っ[てた])|突っ込(?=ん[でだ])|入(?=っ[てた])|走(?=っ[てた])|通(?=っ[てた]))|"
        # ながら運転
        r"(?:運転(?:中|しながら)|運転中の?)[^。!?\n]{0,8}(?:スマホ|携帯|LINE|ライン|ゲーム|動画|テレビ|メール|ポケモン)|"
        r"(?:スマホ|携帯|LINE|ゲーム|動画)(?:を)?(?:見|い?じり|操作し|打ち|やり)ながら(?:運転|走)|(?<![いきしちにひみりぎびえけせてねへめれ見寝着居出])ながら運転|"
        # parking
        r"駐禁|駐車禁止(?:の場所|の所|のところ)?(?:に|で)|路駐|路上駐車|違法駐車|二重駐車|"
        r"(?:消火栓|横断歩道|バス停|交差点|歩道|障害者用(?:の)?(?:駐車場|スペース)|身障者用)(?:の前|の上|の中)?に(?:停め|止め|駐車)",
        # theft, taking without leave, not paying
        r"万引き|パクっ(?:て|た)|パクリ(?:まし|ました)|盗んで|盗んだ|盗った|盗み|窃盗|くすね|ちょろまかし|ネコババ|猫ばば|"
        r"(?:お金|代金|金|料金|運賃|会計|レジ|バーコード|精算|お代)(?:を)?(?:払わず|払わない|払わんで|払ってな|通さず|通さない|済ませず|せず|入れず|入れんで|入れないで|入れんまま|置かず|置かんで)(?:に|で)?[^。!?\n]{0,12}?(?:持って帰|持ってき|もらってき|持ち帰|袋に入れ|カバンに入れ|鞄に入れ|ポケットに|店を出|出てき|出た|帰っ|食べ|飲ん|乗っ|降り|入っ)|"
        # a self-checkout or a till cheated: スキャンしたふりして袋へ, 通さずにカバンに
        r"(?:スキャン|バーコード|読み取り|レジ打ち|レジ|会計|精算|支払い|お会計|ピッ)(?:を|は)?(?:した|する|通した|済ませた|済んだ|払った|"
        # …or feigned forgetting at a self-checkout: スキャンし忘れたふり, 通し忘れたフリ, 払い忘れたふり
        r"し忘れた|通し忘れた|打ち忘れた|入れ忘れた|読ませ忘れた|払い忘れた|忘れた|ミスした|漏れた|しそびれた)(?:ふり|フリ|振り|体|てい)|"
        r"(?:スキャン|読み取り|ピッ)(?:と)?(?:せず|しないで|せんで|しない|せんまま|しないまま)(?:に)?[^。!?\n]{0,12}?(?:袋|カバン|鞄|バッグ|ポケット|持って帰|持ち帰|通し|通せ|店を出|出)|"
        r"食い逃げ|無銭飲食|無賃乗車|キセル(?:乗車)?|タダ乗り|盗電|"
        r"(?:拾った|落ちてた|落ちていた|置き忘れの|忘れ物の)(?:財布|お金|現金|スマホ|カード|傘|自転車|一万円|1万円|千円|商品券)[^。!?\n]{0,12}(?:もらっ|いただ|使っ|自分のもの|ポケット|懐|届けず|届けなかった|そのまま)|"
        r"(?:持ち主|所有者|地主|大家|家主|お店の人|店の人|管理者|管理人|人の(?:畑|田んぼ|庭|山|竹林|土地|家|敷地)|他人の[一-龥ぁ-んァ-ヶ]{1,4}|よその[一-龥ぁ-んァ-ヶ]{1,4})"
        r"(?:には|に|の|から)?[^。!?\n]{0,10}?(?:黙って|無断で|勝手に|断りなく|断らずに|許可なく|許可もなく|こっそり)|"
        r"(?:こっそり|黙って|無断で|勝手に)(?:持って帰|持ち帰|持ち出|拝借|採っ|取っ|掘っ|もいで|抜いて|刈っ|切っ)|"
        # a facility's or a public place's things taken home: 公園の花を摘んで持って帰った,
        # ホテルのバスローブを記念に持ち帰った, 工事現場のコーンを持って帰った
        r"(?:公園|花壇|植え込み|街路樹|公民館|学校|市民プール|プール|体育館|ホテル|旅館|工事現場|職場|会社|役所|市役所|図書館|お寺|神社|道路|駅|店|お店|病院)の"
        r"(?:花|植木|苗|球根|草花|備品|椅子|イス|パイプ椅子|机|ビート板|バスローブ|タオル|浴衣|ハンガー|ドライヤー|コーン|カラーコーン|看板|工具|本|傘|食器|グラス|皿|ボール|コピー用紙|トイレットペーパー|電球|蛍光灯)"
        r"[^。!?\n]{0,24}?(?:持って帰(?!ら)|持ち帰(?!り(?:自由|可|OK|ください|いただ|下さ)|ら|って(?:ください|下さい|OK|いい))|もらってき|もらって帰|取ってき|摘んで(?:き|帰|持)|抜いてき|パク|拝借(?=し)|(?:勝手に|黙って|無断で)借り)|"
        # crops or fruit taken from another's land, told as done: 他人の畑の栗、落ちてたから拾ってきた
        r"(?:人の|他人の|よその|隣の|近所の)(?:畑|田んぼ|果樹園|庭|山|竹林|土地|敷地|木)[^。!?\n]{0,25}?(?:取っ|採っ|とっ|拾っ|もい|もぎ|掘っ|抜い|持って帰|持ち帰)(?=て(?:きた|きちゃった|帰っ|やった)|た|ちゃった)|"
        # another's identity used, fakes sold
        r"(?:人の|他人の|友達の|知り合いの|兄の|姉の|弟の|妹の|親の|父の|母の|先輩の)(?:免許証?|保険証|マイナンバーカード|マイナカード|名義|身分証|学生証|社員証|IDカード)(?:を)?(?:借りて|使って|拝借して)|"
        r"(?:偽(?:ブランド|物|モノ|札|造品)|パチモン|パチもん|スーパーコピー|コピー品|模造品)[^。!?\n]{0,12}?(?:売っ|売り|売れ|出品|転売|使っ|作っ)|"
        r"(?:備品|公用|職場の|会社の|市の|役所の)[^。!?\n]{0,10}(?:持って帰|持ち帰|私物化|もらって帰)|"
        r"(?:トイレットペーパー|トイレの紙|消耗品|文房具|コピー用紙|置き傘|他人の傘|人の傘|誰かの傘)[^。!?\n]{0,10}(?:持って帰|持ち帰|パク|もらって帰)|"
        r"(?:Wi-?Fi|WiFi|ワイファイ|無線LAN)(?:に|を)?(?:ただ乗り|タダ乗り|勝手に(?:使|つな|繋))|"
        r"(?:家庭ごみ|家庭ゴミ|家のゴミ|家のごみ)[^。!?\n]{0,15}(?:コンビニ|公園|駅|サービスエリア|スーパー)の?ゴミ箱|"
        r"ナンバー(?:プレート)?(?:を)?(?:外し|隠し|曲げ|折り曲げ)|忍び込(?:ん|も|み)|"
        r"(?:車|車内|駐車場)に(?:子ども|子供|赤ちゃん|娘|息子|子)(?:を)?(?:置いた|残した|寝かせた|置いて)まま",
        # fraud, benefits, tax, public money
        r"詐欺(?:っ|っぽい|まがい|みたいな)?(?:こと|事|手口)?で|脱税|(?<!なら)(?<!なら確定)(?<!場合)(?<!場合は)(?<!場合は確定)(?<!人は)(?<!人は確定)申告(?:なんて|とか|は)?(?:しな|せず|してな)|無申告|所得隠し|売上(?:を)?(?:ごまかし|少なく)|"
        r"(?:会社|職場|市|公費|経費|公金|部費|会費)の?(?:経費|お金|金)で(?:私物|自分の|個人的な|家族の)|(?:私物|プライベート|家族旅行|飲み代)[^。!?\n]{0,6}(?:経費|公費)で(?:落と|精算|買)|"
        r"不正受給|(?:生活保護|手当|給付金|補助金|助成金|報奨金|奨励金|交付金|捕獲報奨金|失業保険|失業手当|雇用保険|保険金|年金)[^。!?\n]{0,12}(?:不正|ごまかし|ごまかして|水増し|隠して|嘘の|ウソの|偽って|もらいながら|貰いながら|二重に)|"
        r"(?:働いてる|働いている|収入ある|収入がある|バイトしてる|稼いでる)(?:の|こと)?(?:を)?(?:隠して|黙って|申告せず)|"
        # expenses claimed for what did not happen: 実際は日帰りだったけど1泊で旅費申請,
        # 残業してないのに残業申請, 領収書を書き換え
        r"(?:実際(?:に)?は|本当は|ほんとは|ホントは|実は)[^。!?\n]{0,20}?(?:けど|のに|が)[^。!?\n]{0,20}?"
        r"(?:旅費|交通費|出張費?|宿泊費?|泊|手当|残業(?:代)?|経費|日当|[一-龥ァ-ヶー]{1,6}代|[一-龥ァ-ヶー]{1,4}費|領収書|実費)[^。!?\n]{0,10}?(?:申請|請求|精算|計上|つけ|付け|出し|もらっ)|"
        r"(?:して|行って|使って|乗って|泊まって|出て|やって|働いて)(?:も)?(?:ないのに|ないけど|ねーのに|ねーけど|なかったのに|なかったけど)[^。!?\n]{0,20}?"
        r"(?:旅費|交通費|出張|宿泊|手当|残業|経費|日当|[一-龥ァ-ヶー]{1,6}代|[一-龥ァ-ヶー]{1,4}費|領収書)[^。!?\n]{0,10}?(?:申請|請求|精算|計上|つけ|付け|出し|もらっ)|"
        r"(?:出張|研修|会議|残業|休日出勤|宿泊)(?:に)?(?:行った|出た|した)(?:こと|体|てい)に(?:して|する|しとい)|"
        r"領収書(?:を|の金額を?)?(?:書き換え|改ざん|水増し|偽造|多めに書|盛っ)|白紙(?:の)?領収書|"
        r"(?:残業|旅費|交通費|出張費|宿泊費|通勤手当|残業代|手当|経費)(?:を|も)?[^。!?\n]{0,8}?(?:多めに(?:つけ|付け|申請|請求)|二重に(?:申請|請求|もら)|盛っ|盛り|ごまかし|ちょろまかし)|"
        # a count padded in a claim for money: 頭数ちょっと盛って申請, 参加人数を多めに書いて補助金請求
        r"(?:頭数|捕獲数|匹数|羽数|件数|人数|人員|日数|回数|時間数|台数|数量|本数|個数|面積|距離|実績)(?:を|も|ば)?[^。!?\n]{0,8}?(?:盛っ|盛り|水増し|多めに(?:書|つけ|付け|数え)|上乗せ|サバ(?:を)?読|さば(?:を)?読|ごまかし|ちょろまかし)"
        r"[^。!?\n]{0,8}?(?:申請|請求|計上|精算|受給|報告して(?:もら|受け取)|もらっ|貰っ)|"
        r"水増し(?:請求)?|カラ出張|空出張|横領|着服|裏金|偽造|改ざん|改竄|なりすまし|名義貸し|架空(?:請求|発注|計上)|(?:チケット|切符)(?:を)?(?:高額)?転売|"
        # piracy
        r"違法(?:ダウンロード|DL|アップロード|アップ|視聴|サイト|配信|コピー)|(?:ダウンロード|DL)違法|違法(?:な|の)(?:漫画|マンガ|アニメ|映画|動画)?サイト|"
        # a paid work copied and passed round: スキャンしたやつが回ってきた, 自炊データを共有
        r"(?:スキャン|自炊|スクショ|スクリーンショット|画像化|PDF化)(?:し)?(?:た|した)?(?:やつ|もの|データ|ファイル|PDF|画像|の)(?:が|を|も)?[^。!?\n]{0,8}?"
        r"(?:回って|まわって|送られて|送って(?:もら|くれ)|出回っ|流れて|流して|共有|貼っ|貼り|はっ|アップ|上げ|配っ|配布|ばらま)|"
        r"海賊版(?:サイト|アプリ)?(?:で|から|を)|漫画村|割れ(?:ソフト|版)|(?:コピー|不正)(?:ソフト|品)(?:を)?(?:使|入れ|売)|"
        r"(?:新作|公開中|上映中|最新刊|最新話|最新号|今週号|新刊|有料|発売(?:前|日)|全巻|劇場版|映画|漫画|マンガ|アニメ|ドラマ)[^。!?\n]{0,12}(?:無料|タダ)で(?:見|観|読|落と|ダウンロード|DL)|"
        # a new or paid work fetched from "that site" for nothing: 新作は例のサイトで落とせるけんタダ
        r"(?:新作|公開中|上映中|最新刊|最新話|最新号|今週号|新刊|有料|発売(?:前|日)|全巻|劇場版|映画(?!館)|漫画|マンガ|アニメ|ドラマ)[^。!?\n]{0,20}?(?<!公式)(?<!公式の)(?:サイト|アプリ|リンク|とこ|ところ)(?:で|から|なら)[^。!?\n]{0,4}?"
        r"(?:落と(?:せ|し)|ダウンロード(?:でき|し)|DL(?:でき|し)|見れ|観れ|見られ|読め)[^。!?\n]{0,12}?(?:タダ|無料|0円|ゼロ円|(?:金|お金|一円|1円)(?:も)?(?:かから|払わ|いら))(?:で(?:見放題|読み放題|見れる|観れる|読める))?",
        # gambling, drugs
        r"賭博|賭け(?:麻雀|マージャン|ゴルフ|将棋|囲碁|トランプ|花札|野球|ポーカー)|(?:お金|金|現金)(?:を)?賭けて(?:麻雀|マージャン|トランプ|ゴルフ|ポーカー|ゲーム|勝負)|"
        r"野球賭博|闇カジノ|裏カジノ|オンラインカジノ|オンカジ|ネットカジノ|ノミ行為|"
        # illegal gambling dens and their slang (闇スロ, インカジ, 賭場), mahjong
        # played for money (テンピン), and stakes on a match among friends
        r"(?:闇|裏|違法|地下)(?:スロ(?:ット)?|パチ(?:ンコ|スロ)?|カジノ|ポーカー|賭博|麻雀|マージャン|雀荘|ゲーム喫茶)|インカジ|賭場|ノミ屋|胴元|"
        r"テンピン|テンゴ|デカピン|(?:ゴルフ|コンペ|ラウンド)[^。!?\n]{0,15}ニギリ|"
        r"(?:野球|甲子園|サッカー|W杯|ワールドカップ|相撲|ゴルフ|麻雀|マージャン|将棋|囲碁|トランプ|ポーカー|花札|チンチロ|サイコロ|試合|勝敗|優勝|選挙)"
        r"[^。!?\n]{0,25}?(?:[0-9一二三四五六七八九十百千万]+(?:円|万|千|点)|お金|現金)(?:ずつ)?(?:を|で)?(?:賭け|賭|張っ|張る|張り)(?!事)|"
        r"大麻|マリファナ|ガンジャ|覚醒剤|覚せい剤|シャブ|脱法ハーブ|危険ドラッグ|違法薬物|MDMA|コカイン|ヘロイン|LSD|合成麻薬",
        # voyeurism, trespass, damage, wildlife, open burning, dumping
        # 盗撮 names the crime; a covert photo (隠し撮り) of someone at a counter
        # or in the street is a privacy matter (5.3), a crime only of a body
        # or a private place: スカートの中を隠し撮り, 更衣室で隠し撮り
        r"不法投棄|ポイ捨て|盗撮|逆さ撮り|"
        r"(?:スカート|下着|パンツ|更衣室|着替え|トイレ|風呂|浴室|浴場|女湯|男湯|胸|谷間|太もも|水着|シャワー)[^。!?\n]{0,12}?隠し撮り|"
        r"隠し撮り[^。!?\n]{0,8}?(?:スカート|下着|パンツ|更衣室|着替え|トイレ|風呂|浴室|女湯|胸|谷間|太もも|水着|シャワー)|(?:スカート|更衣室|トイレ|風呂|浴室|女湯|部屋|窓)(?:の中)?(?:を)?(?:撮|覗|のぞ)(?:い|き|っ)|(?:のぞき|覗き)(?:見|魔|行為)|"
        r"住居侵入|不法侵入|建造物侵入|立ち入り禁止(?:の(?:場所|所|ところ|区域))?(?:に|へ)(?:入|侵入)|(?:柵|フェンス|門|塀)(?:を)?(?:乗り越え|よじ登|越え)|"
        r"廃(?:墟|屋|病院|校|ホテル)(?:に|へ)(?:侵入|忍び込|入っ)|(?:人の|他人の|よその)(?:家|敷地|土地|畑|庭)に(?:勝手に|無断で)?(?:入|侵入|忍び込)|"
        r"器物損壊|落書き(?:し|して)|(?:看板|標識|ガラス|窓|ミラー|ポスト|自販機|ベンチ|遊具)(?:を)?(?:壊し|割っ|蹴っ|倒し|曲げ|蹴り)|"
        r"(?:空気銃|エアガン|エアライフル|ガス銃|スリングショット|パチンコ玉|吹き矢|ボウガン|クロスボウ)(?:で|を(?:使って|撃って))[^。!?\n]{0,10}?(?:撃ち落と|撃ち殺|撃っ|仕留め|しとめ|落とし|殺し)|"
        r"(?:カスミ網|かすみ網|霞網|鳥もち|とりもち|トリモチ)(?:で|を)|(?:メジロ|ウグイス|野鳥|ヒバリ|ホオジロ)(?:を)?[^。!?\n]{0,6}?(?:捕まえ|捕っ|獲っ|つかまえ)(?:て(?:きた|飼|かご)|た)|"
        r"(?:猟期外|猟期(?:前|以外|が?終わっ(?:た|とる|てる)(?:のに|けど|ばってん))|禁猟(?:区|期|期間)|鳥獣保護区)(?:に|で|の|なのに|だけど|やけど|ばってん)?[^。!?\n]{0,10}?(?:罠|わな|ワナ|くくり罠|箱罠|仕掛け|撃っ|撃ち|獲っ|捕っ|仕留め|しとめ)(?=[てたちとよっ])|解禁(?:前|日前|まだ)(?:だ|や|じゃ)?(?:けど|けども|けれど|のに|なのに|でも|だが)|(?:解禁|禁漁)[^。!?\n]{0,12}?(?:バレ|ばれ)(?:ない|ん|へん|ね)|"
        r"密漁|密猟|禁漁(?:期間|区|中)(?!が(?:明け|終わ|解け)|明け|は(?:終わ|明け)|の(?:お知らせ|案内|解除|終わり))|(?:鑑札|遊漁券|入漁券|遊漁承認証|漁業権|狩猟免許|狩猟許可|捕獲許可|採捕許可|特別採捕許可|猟銃の許可|許可|免許)(?:も|を|は|ば)?(?:なし|無し|も持たず|持たず|持たんで|も持たんで|持ってない|持っとらん|買わず|買わんで|取らず|とらず|取らんで|とらんで|なく|ないまま)(?:で|に)?(?:こっそり|勝手に|夜に|夜中に)?[^。!?\n]{0,12}?(?:釣(?:っ|り|る|れ)|仕掛け|網|投網|刺し網|置き針|はえ縄|延縄|罠|わな|ワナ|漁|猟|獲(?:っ|り|る)|捕(?:っ|り|る|まえ)|採(?:っ|り|る)|撃(?:っ|ち)|ウナギ|うなぎ|鰻|アユ|鮎|ヤマメ|イワナ|モクズガニ|ツガニ|シカ|イノシシ|猪|鳥)|(?:電気ショック|電気ショッカー|毒流し|ガチンコ漁)|(?:川|池|沢|淵|用水路)に(?:毒|農薬|青酸|石灰)(?:を)?(?:流|まい|撒い|入れ)|遊漁券(?:なし|無し|買わず|持たず|買ってない|持ってない)|解禁(?:前|日より前)に(?:釣|採|獲|取|とっ)|"
        r"(?:アワビ|あわび|鮑|ウニ|うに|サザエ|さざえ|ナマコ|なまこ|伊勢エビ|伊勢海老)(?:を)?(?:勝手に|こっそり)?(?:採っ|獲っ|取っ|とっ|捕っ|採り|獲り)|"
        r"(?:ゴミ|ごみ|廃材|タイヤ|家電|プラスチック|ビニール|古紙|雑誌)(?:を)?(?:庭|畑|空き地|河原|ドラム缶)?(?:で)?(?:燃やし|焼い|燃や)|"
        # underage drinking/smoking told of others, weapons
        r"未成年(?:に|の子に)(?:酒|お酒|ビール|タバコ|たばこ)(?:を)?(?:飲ませ|吸わせ|売っ|渡し)|"
        r"(?:ナイフ|刃物|スタンガン|特殊警棒)(?:を)?(?:いつも)?(?:持ち歩|携帯し|隠し持)",
    ])
)

# A work, put up by someone somewhere not official, and fetched (5.6.3 piracy).
_WORK = (
    r"(?:新作|最新話|最新刊|新刊|映画(?!館)|漫画|マンガ|まんが|アニメ|ドラマ|シーズン|全話|全巻|アルバム|新曲|写真集|"
    r"DVD|ブルーレイ|ゲーム|ソフト|有料|番組|作品|洋画|邦画|韓ドラ|海外ドラマ)"
)
_UPLOADED = (
    r"(?<!公式)(?<!公式の)(?<!市の)(?:サイト|サーバー?|ネット|掲示板|どっか|どこか|ページ|ユーチューブ|YouTube|動画サイト)"
    r"(?:上)?(?:に|で)[^。!?\n]{0,8}?(?:上が|あが|アップされ|アップロードされ|上げられ|あげられ|転が|落ちて|流れて|出回|置いて)"
)
_FETCHED = r"(?:落と(?:し|せ|そ)|ダウンロード(?:し|でき)|DL(?:し|でき)|ぶっこ抜|引っこ抜)(?:といた|ておいた|ちゃった|たった|てきた|た)?"

# Money that must go into the books and the tax return (income, takings, rent, fees).
_TAKINGS = (
    r"(?:売上|売り上げ|収入|副収入|所得|儲け|もうけ|利益|稼ぎ|日銭|現金|手渡し|取っ払い|とっぱらい|レジ|家賃|賃料|地代|謝礼|報酬|"
    r"バイト代|ギャラ|原稿料|講演料|副業|店の金|お代|代金|売れた分|入金)"
)
# The tax office will not notice (not said of those who think so: …と思っている方).
_UNNOTICED = (
    r"(?:バレ|ばれ|見つから|気づかれ|気付かれ|わから|分から)(?:ん|ない|へん|なかった|んかった)"
    r"(?![^。!?\n]{0,6}?(?:と思(?:って|う|い)|って(?:思|人)|人|方))(?:やろ|じゃろ|だろ|でしょ|っしょ|よね|て)?"
)
# Told as done by the telling itself: 未成年だけどビール飲んだ.
_CONFESSION = lazy_regex.compile(
    r"(?:未成年|高校生|中学生|小学生|1[0-9]歳|18歳未満|20歳未満|二十歳前)(?:だけど|なのに|の(?:頃|とき|時)に?)[^。!?\n]{0,15}"
    r"(?:(?:飲ん|呑ん)(?:だ|でる|じゃった)|(?:吸っ|やっ)(?:た|てる|ちゃった)|喫煙し|飲酒し|(?:頼め|買え|飲め|吸え)(?:た|る))"
    # alcohol given to minors: 中学生たちにビール飲ませてあげた, 高校生の甥に焼酎ば注いでやった
    # (a school year stands for the age: 高1の甥っ子に, 姪(中3)にも)
    r"|(?:(?:未成年|中高生|高校生|中学生|小学生|子ども|子供|こども|児童|生徒|園児|1[0-9]歳|(?<![一-龥])(?:高|中|高校|中学)[1-3一二三](?:年生?)?)"
    r"(?:の[一-龥ぁ-んァ-ヶ]{1,4})?(?:たち|達|ら|ども)?(?:に|にも|には)"
    r"|(?:甥|姪|息子|娘|孫|弟|妹|いとこ|従兄弟|従姉妹)(?:っ子|ちゃん|くん|君)?\((?:高|中|高校|中学)[1-3一二三](?:年生?)?\)(?:に|にも|には|も))[^。!?\n]{0,15}?"
    r"(?<!こども)(?<!子ども)(?<!子供)(?<!キッズ)(?<!甘)(?:ビール|お酒|酒|焼酎|チューハイ|酎ハイ|ハイボール|ワイン|日本酒|アルコール|缶チュー|ストゼロ)(?:を|ば|も)?[^。!?\n]{0,6}?"
    r"(?:飲ませ|呑ませ|注い|つい(?:で|だ)|(?:買って|出して)(?:あげ|やっ))(?!ない|ません|ん|ては|ちゃ(?:だめ|ダメ|いけ)|ないで|られ)"
    # shoplifting urged: 文庫の一冊くらいカバンに入れてもバレん, 化粧品ひとつポケットに入れたら気づかれんよ
    r"|(?:商品|品物|売り物|本|文庫|マンガ|漫画|雑誌|お菓子|菓子|化粧品|口紅|電池|一冊|1冊|一個|1個|ひとつ|一つ|1つ)(?:くらい|ぐらい|なら|でも|は|を|も|ば)?[^。!?\n]{0,8}?"
    r"(?:カバン|かばん|鞄|バッグ|ポケット|懐|袖|上着|服の中|エコバッグ|マイバッグ)(?:に|の中に|ん中に|へ)(?:入れ|いれ|しまっ|突っ込ん|つっこん|忍ばせ|滑り込ませ)(?:て|た)?"
    r"(?:も|ても|たら|りゃ|れば|ときゃ|とけば|ちゃえば)[^。!?\n]{0,6}?(?:バレ|ばれ|見つから|気(?:づ|付)かれ|捕まら)(?:ん|ない|へん)(?!よう|こと|と思)"
    # goods carried off, a small amount or from a shop, told as unnoticed:
    # 1本くらい持ってってもバレん, 店のアイスなら持って帰ってもばれへんて
    r"|(?:(?:[0-9]{1,2}|[一二三]|ひと|ふた)(?:本|個|冊|枚|箱|袋|缶|つ|パック)(?:くらい|ぐらい|程度|だけ|なら)|ちょっと(?:くらい|ぐらい)|少し(?:くらい|ぐらい)"
    r"|(?:店|コンビニ|スーパー|売店|直売所|無人販売|売り物|商品|品物)[^。!?\n]{0,12}?(?:くらい|ぐらい|なら|でも))[^。!?\n]{0,6}?"
    r"(?:持っ(?:てっ|て(?:行っ|いっ|帰っ|かえっ|き|来))|持ち(?:帰っ|出し|去っ)|もらっ(?:てっ|て(?:行っ|いっ|帰っ|き))|取っ(?:てっ|て(?:行っ|いっ|帰っ|き))|パクっ|くすね)ても"
    r"[^。!?\n]{0,6}?(?:バレ|ばれ|見つから|気(?:づ|付)かれ|捕まら)(?:ん|ない|へん|ねえ|ねー)(?!よう|こと|と思)"
    # alcohol brewed at home past the 1% the liquor tax law allows without a
    # licence, told as safe: 1%超えても家で飲む分ならバレん, どぶろく造っても自家用ならばれへん
    r"|(?:アルコール|度数)(?:が|も|は)?[^。!?\n]{0,4}?(?:1|一)(?:%|パーセント|度)(?:を)?(?:超え|こえ|越え|以上に?なっ|以上あっ|以上出)て?も[^。!?\n]{0,15}?"
    r"(?:バレ|ばれ|見つから|捕まら)(?:ん|ない|へん|ねえ|ねー)(?!よう|こと|と思)"
    r"|(?:ビール|どぶろく|濁酒|日本酒|ワイン|焼酎|果実酒|酒|ミード|シードル)(?:を|ば|も)?[^。!?\n]{0,4}?(?:自宅で|家で|うちで|自分で)?(?:造|作|仕込|醸)(?:っ|ん|し)(?:て)?(?:も|でも)[^。!?\n]{0,12}?"
    r"(?:バレ|ばれ|見つから|捕まら)(?:ん|ない|へん|ねえ|ねー)(?!よう|こと|と思)"
    r"|(?:収入|所得|売上|売り上げ|副業|儲け|利益|バイト代|家賃|賃料|地代|報酬|謝礼|手間賃|ギャラ|原稿料|講演料|配当|売却益|現金(?:で|手渡し)|手渡し|取っ払い|とっぱらい)[^。!?\n]{0,12}"
    r"申告(?:なんて|とか|は|も)?(?:してな|せず|しなかった|しないで|しとらん|しとらへん|してへん|せん(?!で(?:ください|下さい))|しない(?:つもり|でおこ|でおく))(?:(?:でも|ても|で|けど)?[^。!?\n]{0,8}?" + _UNNOTICED + r")?"
    # takings kept off the books, said to spare the tax: 帳簿に載せんどけば税金かからん
    r"|(?:帳簿|帳面|台帳|売上|売り上げ|収入|所得|儲け|利益)(?:に|を|は|も)?[^。!?\n]{0,6}?(?:載せ|のせ|つけ|付け|計上(?:せ|し)|記帳(?:せ|し))"
    r"(?:ん(?:どけ|とけ|かったら|でおけ)ば?|ずに(?:おけば|いれば|おく|いる|おいた)|ないで(?:おけば|いれば|おく|いる)|なければ|なきゃ|ない(?:まま|ように)|て(?:ない|ません)(?!と|人|方|場合)|とらん|ん(?:まま|ごと))"
    r"[^。!?\n]{0,15}?(?:税金|税|バレ|ばれ|税務署|得|浮|かから)[^。!?\n]{0,6}?(?:かから(?:ん|ない|へん)|払わ(?:ん|ない|んで)|取られ(?:ん|ない)|バレ(?:ん|ない)|ばれ(?:ん|ない)|得|浮く|浮いた)?"
    r"|税務署に(?:バレ|ばれ)ない(?:ように|よう)|(?:税金|税)(?:を)?(?:ごまかし|ちょろまかし|払わずに)"
    # takings taken off the books to cut the tax: 現金の分は売上から抜いとけば税金安くなる
    r"|(?:売上|売り上げ|収入|所得|帳簿|帳面|儲け|利益|レジ|申告)(?:から|を|は|に|も)?[^。!?\n]{0,6}?"
    r"(?:抜(?:い|か|く|き|け)|外(?:し|さ|す|せ)|除(?:い|か|外し)|削(?:っ|ら|れ)|隠(?:し|さ|す|せ)|ごまかし|ちょろまかし|少なめに|少なく(?:し|書|申告)|入れ(?:ん|ず|ない|なかった)|載せ(?:ず|ない|なかった)|書か(?:ん|ず|ない))"
    r"[^。!?\n]{0,12}?(?:税金|税|所得税|消費税|住民税)(?:が|も|は)?(?:安く|少なく|減|浮|かから|払わ|取られ(?:ん|な)|ゼロ|0円|タダ)"
    # takings kept out of the books or the return, told as done or habitual
    # (no tax outcome needed): 現金の売上は申告から外しよる, 家賃は帳簿につけとらん
    r"|(?<!非課税の)(?<!非課税)" + _TAKINGS + r"[^。!?\n]{0,12}?(?:帳簿|帳面|台帳|申告|確定申告|決算|伝票|記帳)(?:から|に|には|にも|へ|も)?(?:は)?"
    r"(?:(?:外|抜|除|省|隠|漏ら)(?:し|い)(?:よる|よった|とる|とった|とり(?:ます|まし)|ちょる|ちょった|てる|てお(?:り|る)|ている|ています|てます|てた|ていた|てました|ました|た(?!ら|ほうが|方が)|とく|とい|ておい|ちゃっ|ちゃう|まく)"
    r"|(?:載せ|のせ|つけ|付け|入れ|計上し|記帳し|書い|計上せ|記帳せ|せ|し)(?:て(?:ない|ません|なかった|へん)(?!と|人|方|場合|なら)|とらん|ちょらん|とらへん|ず(?:に)?(?:おる|いる|おいた|とる|きた)|ん(?:まま|ごと)|ないまま|んで(?:おる|おく|おいた|とる|る)))"
    r"|(?:勝手に|無断で|こっそり)[^。!?\n]{0,6}(?:お金|金|現金)(?:を)?(?:おろし|下ろし|引き出し|抜い|取っ)(?:た|ちゃった|てる)"
    # the return not filed, because the taxman will not notice: 確定申告？バレんけんせんでよか
    r"|(?:確定申告|申告)(?:なんて|とか|は)?[？?]?[ 、]?(?:バレ|ばれ)(?:ん|ない|へん)(?:けん|から|し|やろ|だろ|って)?[、 ]?(?:せ|し)(?:ん|なくて|ないで|んで|んでも)(?:も|で)?(?:よか|いい|良い|OK|大丈夫|平気)"
    # money taken out of found property: 拾った財布、現金だけ抜いて / 落とし物の財布の中身はもらっといた
    r"|(?:拾った|落ちて(?:た|いた)|落ちとった|落ちちょった|忘れ物の|落とし物の)[^。!?\n]{0,6}?(?:財布|サイフ|さいふ|カバン|かばん|バッグ|封筒|ポーチ)[^。!?\n]{0,12}?"
    r"(?:現金|お金|金|中身|札|お札|[0-9一二三四五六七八九十]+(?:万|千))(?:円)?(?:だけ|は|を|ば)?[^。!?\n]{0,4}?(?:抜い|抜き取っ|もらっ|いただい|取っ|使っ|使わせてもらっ|ポケットに入れ)(?:て|た|とい|ちゃ)"
    # logging in with someone else's ID or password: 他人のIDとパスでログインして見てる
    r"|(?:他人|人|友達|友人|同僚|上司|先輩|後輩|元カレ|元カノ|元彼|元彼女|知らん人|知らない人|誰か)の(?:ID|アカウント|アカ|パスワード|パス|ログイン情報)"
    r"(?:と(?:パスワード|パス|ID))?(?:で|を使って|使って|を入れて|入れて)[^。!?\n]{0,6}?(?:ログイン|入っ|入れ|入り)(?:し)?(?:て|た|ちゃ|とる|よる|でき)"
    r"|(?:他人|人|元カレ|元カノ|元彼|元彼女|同僚|上司|友達)の[^。!?\n]{0,10}?(?:に|へ)(?:勝手に|無断で|こっそり)ログイン(?:し)?(?:て|た|ちゃ|とる|よる)"
    # a piracy site told as serving the works: 海賊版サイト、新刊もまるごとダウンロードできるけん,
    # 違法アップのとこなら全話見れるよ, 漫画村みたいなとこで最新話読めるばい
    r"|(?:海賊版|違法(?:アップ|うp|アップロード|サイト|配信)|無断転載|割れ|漫画村|裏(?:サイト|アプリ))(?:の)?(?:サイト|アプリ|サーバー?|鯖|リンク|とこ|ところ|ページ|やつ)?"
    r"(?:[、,]|で|から|なら|は|って|だと|やったら|では)[^。!?\n]{0,25}?"
    r"(?:ダウンロード|DL|落と|見|観|読|視聴|ゲット|拾)(?:でき|出来|せ|れ|め|られ|し放題|み放題|放題)(?:る|ます|た|ちゃう|よる|とる)?(?![るまたち]|か[?？]|かも|という|といった|って(?:話|噂|問題|本当)|ように|ことが(?:問題|あります))"
    r"|(?:無料|タダ)(?:の|で見れる|で読める)?(?:サイト|アプリ)で[^。!?\n]{0,15}"
    r"(?:見れた|観れた|見られた|読めた|読んだ|見た|観た|落とした|ダウンロードした|DLした|見てる|読んでる)"
    # a work fetched or watched from a site that is no lawful outlet:
    # 公開中の映画、海外のサイトから落として観よる / 新刊は例のアプリで読める
    r"|" + _WORK + r"[^。!?\n]{0,25}?"
    r"(?:(?:例の|某|海外の|外国の|中国の|ロシアの|裏|怪しい|怪しげな|違法な?|非公式の?|アングラな?|闇の?)(?:サイト|アプリ|サーバー?|鯖|動画サイト|リンク|URL|ページ|掲示板|まとめ)"
    r"|トレント|torrent|Torrent|P2P|Winny|Share(?![A-Za-z]))(?:で|から|に|使って)[^。!?\n]{0,8}?"
    r"(?:落と(?:し|せ|そ|い)|ダウンロード|DL|ぶっこ抜|引っこ抜|拾っ|拾え|(?<![意])見(?:て|た|れ|よ|と|ちゃ|る)|観(?:て|た|れ|よ|と|ちゃ|る)|読(?:ん|め|み|ま)|視聴)"
    r"|(?:公開中|上映中|劇場公開中|発売前|発売日前|放送前|配信前|未公開|封切り)[^。!?\n]{0,25}?(?<!公式)(?<!公式の)(?:サイト|アプリ|サーバー?|鯖|ネット|リンク)"
    r"(?:で|から|に)[^。!?\n]{0,8}?(?:落と(?:し|せ|そ|い)|ダウンロード|DL|ぶっこ抜|引っこ抜)"
    # a whole work someone put up somewhere, fetched: 海外のサイトに上がっとったけん全話落とした
    r"|" + _WORK + r"[^。!?\n]{0,25}?" + _UPLOADED + r"[^。!?\n]{0,20}?" + _FETCHED
    + r"|(?:全話|全巻|全部|全シーズン|全エピソード|丸ごと|まるごと)[^。!?\n]{0,6}?" + _FETCHED + r"[^。!?\n]{0,15}?"
    r"(?:(?:代|料金|金|お金|課金|円)(?:が|も)?(?:浮い|浮く|かから|払わ|いら|ゼロ|0円)|タダ|無料|ただで)"
    # income not declared, and the taxman will not notice: 申告せんでもバレんやろ
    r"|(?:確定申告|申告|届け?出)(?:なんて|とか|は|も)?(?:せん(?:でも|で|ても)|しなくて(?:も)?|しないでも|せず(?:に)?|しとらん(?:でも|けど)|"
    r"してなくても|してないけど|しなかったけど|しなかったのに)[^。!?\n]{0,8}?" + _UNNOTICED
)

# Did it, plans it, or tells others to: within a few characters after the act.
# Did it or plans it: a verb right after the act (万引きしてきた, 賭け麻雀しようぜ,
# 海賊版で見ちゃった, 無免許だけど).
_NEAR = lazy_regex.compile(
    r"(?:を|も|とか|は|まで)?(?:こっそり|普通に|また|つい|ちょっと|何回か|何度か)?(?:"
    + "|".join([
        r"(?:して|やって|し|出して|出し)(?:きた|きました|やった|やりました|る|います|ます|みた|おいた|といた|しまった|ちゃった|ちゃいました)",
        r"(?:見|観|読ん|読み|落とし|ダウンロードし|DLし|し)(?:ちゃった|ちゃいました|た|てる|ました|まくって)",
        r"(?:した|やった)(?![らりい])|(?:して|やって)(?:た|まし)|きた|きちゃった|やった|みた|おいた|しまった|ちゃった",
        r"[一-龥](?:っ|し|い|め|け|ん)(?:た|だ|てる|でる|ちゃった|てきた)",
        r"しよう|しようぜ|しよっ|やろう|やろうぜ|する(?:つもり|予定)|しちゃお|しとこ|しとく|しなよ|しな(?:[!。w]|$)|しろ",
        r"っ(?:てきた|てやった|た|ちゃった)|だけど|なのに|だけども",
    ])
    + ")"
)
# Says it pays, is safe, or tells others to: anywhere in the sentence (or the
# next short one) — バレない, 余裕, みんなやってる, した方が得, コツ.
_FAR = lazy_regex.compile(
    r"(?:すれ|やれ|し|やっ|行け|使え)ば(?:いい|いいじゃん|良い|OK)|[えけせてねべめれ]ば(?:無料|タダ|大丈夫|平気|バレな|OK)|無料(?:だよ|じゃん|になる)|タダ(?:だよ|じゃん|になる)|した(?:方|ほう)が(?:いい|得|早い|楽)|しないと損|すべき|[ぁ-ゖ]うぜ(?![えぇー])|行こう|いこう|"
    r"しよう(?:かな|っと|と思)|[こそとよろおのもごば]うかな|[こそとよろおのもごば]うっと|ちゃお|やろう(?:かな|っと|と思)|してみよう|やってみよう|するつもり|やるつもり|する予定|"
    r"余裕|楽勝|ちょろ|チョロ|成功|バレ(?:な|へん|てな|ず|ません|なかった|とらん|ちょらん|んかった)|ばれ(?:な|へん|てな|ず|とらん|ちょらん|んかった)|(?:バレ|ばれ|見つかっ|気(?:づ|付)かれ)た(?:こと|ためし)(?:が|は|も)?(?:ない|なし|無し|なか|ありません|一度もな)|捕まらな|捕まったことな|捕まってな|"
    r"止められたことな|見つからな|見つかってな|注意されたことな|怒られたことな|誰も(?:気づ|見て|い)な|誰も(?:気(?:づ|付)か(?:ん|へん)|見と(?:らん|らへん)|見て(?:ん|へん))|セーフ|大丈夫|平気|問題ない|OK|オッケー|"
    r"見れた|見られた|読めた|読み放題|手に入|みんな(?:やって|してる|使って|見て|読んで|普通に)|誰でも(?:やって|して)|普通にやって|お得|得した|"
    r"浮いた|儲かった|儲け|稼いだ|タダで|0円|ゼロ円|無料で|コスパ|節約|"
    r"して(?:きた|やった|みた|ます|る)|(?:て|って)き(?:た|ました|ちゃった)|(?:っ|い|ん)てみた|"
    r"見(?:られ|れ)る|読める|落とせる|(?:申請|請求)した|おすすめ|オススメ|やり方|コツ|裏技|穴場|恒例|毎年|毎回|いつも|常習|"
    r"最高|ｗ|w(?:$|[w!。(\s])|笑|😏|🤫|✌|"
    r"みんな(?:も)?(?:そう|同じ|やっとる|しとる|やりよる|しよる|やって(?:る|ます)|してる)|(?:バレ|ばれ)ん(?!で(?:ください|下さい)|ように(?:し|気をつけ))|捕まらん|"
    r"(?:一円|1円|いちえん|びた一文|お金|金)(?:も)?(?:かから|払わ|使わ)(?:ない|ん|ず|へん)|(?:やって|試して)み(?:て|な|んね|らん)(?:$|[!。よねw])|"
    r"(?:最短|最速)(?:記録)?|記録(?:更新|達成)|新記録|楽しみ|趣味|日課"
)

# A finite verb right after the act in the same clause: 掘ってきました,
# 袋に入れた, 乗ってる — the writer telling what was done.
_DONE = lazy_regex.compile(
    r"[^。!?\n、がは]{0,20}?(?:て(?:き(?:た|ました|ちゃった)|やった|やりました|おいた|といた|しまった|ちゃった|る|ます|います|いる|た|みた)|"
    r"[っいんしきみめけせれえべちりぎ](?:た|だ)|ちゃった|じゃった|ました|ちゃいました|とい(?:た|て)|ておいた|"
    # Kyushu progressive and perfect: 飼いよる, 捕まえとる, 乗っとった
    r"[いきしちにみりぎびえけせてねべめれ]よ(?:る|った|ります)|[てでっ]と(?:る|った|ります)|(?<=っ)と(?:る|ります)|[きしちにみりぎびえけせてねべめれ]とる)"
    r"(?![人奴車者客])"
)
# Verbs that only say something happened or was seen, not that the writer did it.
_NEUTRAL_END = lazy_regex.compile(r"(?:なり|なっ|あり|あっ|だっ|でし|われ|され|られ|始まり|始まっ|終わり|終わっ|見え|思い|思っ|聞い|知っ|知り|行われ)(?:た|ました)$")
# …したことない, …はしてない: the writer denies it.
_DENIED = lazy_regex.compile(r"(?:こと|事)(?:は|が|も)?(?:な|ありませ|一度もな)")

# …しとるらしい, …したげな, …したって噂: a rumour about someone else's deed
# (5(6)④ when unverified), not the writer's own.
_HEARSAY = lazy_regex.compile(r"らし[いかく]|げな|(?:って|という|との)(?:噂|うわさ|ウワサ|話)|そう(?:だ|です|な)")

_WINDOW = 40


def _quoted_warning(doc, start: int, quote) -> bool:
    """`start` lies inside 「…」 in a draft that warns: 「バレなきゃ大丈夫」
    その油断が事故につながります — a quoted excuse, not the writer's own.
    `quote`: the paragraph's _quote_facts (None: no quote can hold `start`)."""
    if quote is None:
        return False
    open_at_start, closed_after, draft_warns = quote
    text = doc.text
    o = text.rfind("「", 0, start + 1)
    if o == -1:  # the quote may open in an earlier paragraph
        if not open_at_start or text.find("」", 0, start) != -1:
            return False
    elif text.rfind("」", o, start) != -1:
        return False
    return (text.find("」", start) != -1 or closed_after) and draft_warns


_WARNING_PRECHECKED = LiteralPrecheck(_WARNING)  # (in 1 draft of 4)


@once_per_draft
def _draft_warns(draft) -> bool:
    return bool(_WARNING_PRECHECKED.search(draft.text) or _QUOTED_WARNING.search(draft.text))


@once_per_draft
def _brackets(draft) -> tuple[list[int], list[int]]:
    """Where 「 and 」 stand in the draft, in order."""
    text = draft.text
    return [m.start() for m in re.finditer("「", text)], [m.start() for m in re.finditer("」", text)]


def _quote_facts(draft, start: int, end: int):
    """For a quote that may run across a blank line: (a 「 before the
    paragraph is still open at its start, a 」 follows the paragraph, the
    draft warns anywhere) — or None when no quote can hold a position of the
    paragraph (then the other two need not be known)."""
    opens, closes = _brackets(draft)
    i, j = bisect_left(opens, start), bisect_left(closes, start)
    open_at_start = (opens[i - 1] if i else -1) > (closes[j - 1] if j else -1)
    if not open_at_start and draft.text.find("「", start, end) == -1:
        return None
    return open_at_start, bool(closes) and closes[-1] >= end, _draft_warns(draft)


_LEAVE_REACH = 40  # how far before a sentence the owner's leave may be told


def _leave_before(draft, start: int) -> str:
    """The _LEAVE_REACH characters before the paragraph when leave may be
    told there (a match of _LEAVE_GIVEN starts in them), else "": the usual
    previous paragraph says nothing of leave, and then an edit of its end
    does not re-run this one."""
    before = text_before(draft, start, _LEAVE_REACH)
    m = _LEAVE_GIVEN_PRECHECKED.search(before + draft.text[start:start + 20])  # a match is shorter than 20
    return before if m and m.start() < len(before) else ""


@once_per_draft
def _innocent_secret(draft) -> bool:
    return bool(_INNOCENT_SECRET.search(draft.text))


def _endorsed_facts(draft, start: int, end: int):
    """What illegal_act_endorsed reads outside its paragraph: leave told just
    before it, a quote running across a blank line (and whether the draft
    warns, which clears a quoted excuse), and whether the draft speaks of a
    surprise kept secret anywhere (which clears an impunity boast)."""
    return _leave_before(draft, start), _quote_facts(draft, start, end), _innocent_secret(draft)


_QUOTED_WARNING = lazy_regex.compile(r"油断|間違い|事故につな|危険|甘い考え|誤解|思っていませんか|ありませんか|意識が広が")
_CUE_TAIL = lazy_regex.compile(r"(?:きゃ|ければ|かった|い)?")  # バレな → バレない


# A paragraph validator whose facts carry what it reads elsewhere: a quoted
# excuse (「バレなきゃ大丈夫」) is cleared by a warning anywhere in the draft
# (その油断が… in the next paragraph), leave given may be told just before the
# sentence, across a blank line, and a kept surprise anywhere clears an
# impunity boast.
# An awareness notice framing the whole paragraph: a prevention class or a
# campaign held (薬物乱用防止教室を行いました), its hashtag (#STOP海賊版,
# #ダメゼッタイ), or the danger of the thing explained (大麻の危険性について).
# Every sentence of it speaks about the act, none boasts of it.
_AWARENESS_FRAME = lazy_regex.compile(
    r"#\s?(?:STOP|Stop|stop|ストップ|ダメ|だめ|NO|No|ノー)\s?[^\s#]{1,12}|#[^\s#]{1,12}(?:防止|撲滅|根絶|ゼロ|啓発)"
    r"|(?:防止|啓発|撲滅|根絶|防犯|非行防止|薬物|交通安全|情報モラル|ネットモラル)(?:教室|講座|講習|講話|授業|キャンペーン|運動|月間|週間|ポスター|標語|集会|大会)"
    r"|(?:危険性|恐ろしさ|怖さ|害|危なさ)(?:について|を(?:学|知|伝え|訴え|説明|お話)|に関する)"
)


@validator("illegal_act_endorsed", scope="paragraph", facts=_endorsed_facts)  # needs: below _ENDORSED_TRIGGERS
def illegal_acts_endorsed(doc, facts):
    """A named illegal act that the writer did, plans or urges."""
    text = doc.text
    framed = None  # (worked out for the first sentence that needs it: few do)
    # Each trigger runs only on the sentences holding one of its literals.
    candidates = [set(t.sentences(doc)) for t in _ENDORSED_TRIGGERS]
    for lo, hi in sorted(set().union(*candidates)):
        # The triggers, cheap on one sentence, before the costly warning test
        # (the short patterns first: any one of them will do).
        if not any((lo, hi) in c and p.search(text, lo, hi)
                   for c, p in zip(candidates, _ENDORSED_PATTERNS)):
            continue
        if _warns(text, lo, hi):
            continue
        if framed is None:
            # (getting away with it is told even beside a class: 防止教室の帰りに…バレんかった)
            framed = (_AWARENESS_FRAME.search(text) is not None
                      and not (_IMPUNITY.search(text) or _EVASION.search(text) or _ESCAPE.search(text) or _FAR.search(text)))
        if framed:
            continue
        found = list(_endorsed_in_sentence(doc, lo, hi, facts))
        yield from found
        # Advice that follows the deed is evidence too: 〜しとる。おすすめ
        if found:
            yield from _urged_after(doc, max(e for _, e in found), hi)


def _urged_after(doc, start: int, hi: int):
    """Urging or "everyone does it" after a deed, in the rest of its sentence
    or the next sentence of the same line: うちはずっとそうしよるよ、おすすめ."""
    text = doc.text
    end = hi
    k = doc.sentence_index(hi - 1) + 1
    if k < len(doc.sentence_bounds) and "\n" not in text[start:hi]:
        end = doc.sentence_bounds[k][1]
    m = _URGED.search(text, start, end)
    if m and not _WARNING.search(text, m.start(), end):
        yield m.start(), m.end()


_URGED = lazy_regex.compile(
    r"(?:うちは|うちも|俺は|私は|みんな|皆)?[^。!?\n、]{0,6}?(?:ずっと|昔から|いつも|毎年|毎回)(?:そう|こう|これ)(?:しよる|しとる|してる|している|やっとる|やってる|やりよる)(?:[^。!?\n]{0,6}?(?:おすすめ|オススメ|お勧め))?|"
    r"(?:みんな|皆)(?:も)?[^。!?\n、]{0,4}?(?:買わ(?:ん|なく|ない)(?:で|ても|て)?(?:よか|いい|良い|OK|大丈夫)[よねばいぞ]*|(?:そう|同じ)(?:しよる|しとる|してる|やっとる|やってる)(?:[^。!?\n]{0,6}?(?:おすすめ|オススメ|お勧め))?)|"
    r"買わ(?:ん|なく|ない)(?:で|ても|て)?(?:よか|いい|良い|OK|大丈夫)[よねばいぞ]*|おすすめ|オススメ|お勧め|真似して(?:み|ね)|やってみ(?:て|な|んね|らん)|"
    # told as a yearly custom: 毎年この時期の恒例です
    r"(?:毎年|毎回|いつも|例年|毎週|毎月)[^。!?\n]{0,8}?(?:恒例|定番|習慣|お決まり|お約束|楽しみ)|"
    # everyone told they need not keep the rule either: みんなも無理して車検通さんでよかよ
    r"(?:みんな|皆|皆さん|あんたら|お前ら)(?:も)[^。!?\n]{0,12}?(?:ん|なく|ない|ず)(?:で|ても|て|に)?(?:も)?(?:よか|いい|良い|OK|大丈夫|平気|構わん)[よねばいぞ〜ー]*"
)


def _endorsed_in_sentence(doc, lo, hi, facts):
    """The spans of illegal_act_endorsed in one sentence that does not warn."""
    text = doc.text
    leave_before, quote, innocent_secret = facts
    for act in _ACT.finditer(text, lo, hi):
        if _quoted_warning(doc, act.start(), quote):
            continue
        if _VICTIM.match(text, act.end()):
            continue
        if _OTHERS.match(text, act.end()) or _DONE_TO_WRITER.match(text, act.end()):
            continue
        if _third_party_did_it(text, lo, hi, act):
            continue
        if _ROAD_ONLY.match(act.group()) and not _ROAD.search(text, lo, hi):
            continue
        if act.group().startswith("落書き") and _DRAWN_ON_PICTURE.search(text, lo, hi):
            continue
        if re.search(r"燃や|焼", act.group()) and _BURN_LAWFUL.search(text, lo, hi):
            continue
        # Free reading or watching is piracy only for paid or new works
        # or with a word of piracy: 漫画が無料で読める may be an ad-funded site.
        if _FREE_VIEWING.match(act.group()) and not _PIRACY_SIGN.search(text, lo, hi):
            continue
        # A far cue may sit anywhere in the sentence or in the next short
        # one on the same line (…捨ててきた。バレなきゃOK).
        line_end = text.find("\n", act.end())
        far_end = min(act.end() + _WINDOW, line_end if line_end != -1 else len(text))
        far_end = max(far_end, hi)
        # Taking a thing out without leave and using it (着ぐるみを勝手に
        # 持ち出して着てきた) is misuse, not theft, unless it was kept,
        # sold or hidden.
        if _BORROWED.search(act.group()) and not _KEPT.search(text, lo, far_end):
            continue
        # パクる said of a design or an idea is copying it (企画パクって,
        # 市章をロゴにパクってみた): the rights of its owner (5(6)①, 6(3)②),
        # not theft.
        if act.group().startswith("パク") and _COPIED_WORK.search(text, lo, act.start()):
            continue
        if _leave_given(text, lo, hi, leave_before):
            continue
        near = _NEAR.match(text, act.end())
        if not near:
            done = _DONE.match(text, act.end(), hi)
            near = done if done and not _NEUTRAL_END.search(done.group()) else None
        if near and (_DENIED.match(text, near.end()) or _HEARSAY.match(text, _CUE_TAIL.match(text, near.end()).end())):
            continue
        if near:
            yield act.start(), _CUE_TAIL.match(text, near.end()).end()
            # An impunity cue further on is evidence too (免停中だけど…運転しても捕まらん).
            imp = _IMPUNITY.search(text, near.end(), hi)
            if imp:
                yield imp.start(), _CUE_TAIL.match(text, imp.end()).end()
        else:
            far = _FAR.search(text, lo, far_end) or _EVASION.search(text, lo, far_end)
            if far or (_GAMBLING.match(act.group()) and _GAMBLING_CUE.search(text, lo, far_end)):
                yield act.start(), act.end()
            # The cue is evidence too (免停中だけど…運転しても捕まらん).
            if far and far.start() >= act.end():
                yield far.start(), _CUE_TAIL.match(text, far.end()).end()
    # Getting away with a deed of taking or leaving, told with impunity:
    # 隣の畑のスイカもらってきた。あれだけあれば気づかないでしょ
    imp = _IMPUNITY.search(text, lo, hi)
    if imp and not innocent_secret:
        prev_lo = _previous_sentence_start(doc, lo)
        deed = _DEED.search(text, prev_lo, hi)
        if deed and not _WARNING.search(text, deed.start(), hi):
            yield deed.start(), deed.end()
            yield imp.start(), _CUE_TAIL.match(text, imp.end()).end()
    # Produce taken from land the writer says is not theirs, because nobody
    # comes to look: よその山やけど誰も来んけん毎年栗拾いよる.
    yield from _taken_unwatched(doc, lo, hi)
    # Running from the police after the act: 警察呼ばれる前に逃げた;
    # or an act that the telling itself confesses.
    for m in _ESCAPE.finditer(text, lo, hi):
        yield m.start(), m.end()
    for m in _CONFESSION.finditer(text, lo, hi):
        if _FREE_VIEWING.match(m.group()) and not _PIRACY_SIGN.search(text, lo, hi):
            continue
        yield m.start(), m.end()


def _leave_given(text: str, lo: int, hi: int, leave_before: str) -> bool:
    """Leave told in the sentence [lo, hi) or the _LEAVE_REACH characters
    before it, which may lie in the paragraph before (`leave_before`)."""
    if lo >= _LEAVE_REACH or not leave_before:
        return bool(_LEAVE_GIVEN.search(text, max(0, lo - _LEAVE_REACH), hi))
    joined = leave_before + text[:hi]
    return bool(_LEAVE_GIVEN.search(joined, max(0, len(leave_before) + lo - _LEAVE_REACH)))


# Land, trees or water that belong to someone else.
_OTHERS_LAND = lazy_regex.compile(
    r"(?:人の|他人の|ひとの|よその|よそ様の|余所の|誰かの|知らない人の|知らん人の|持ち主のいる|持ち主がいる|地主さん?の|隣の家の|近所の家の)"
    r"(?:畑|田んぼ|田|果樹園|農園|ハウス|庭|山|裏山|竹林|竹やぶ|竹藪|土地|敷地|木|森|林|栗林|柿の木|栗の木|梅の木|みかん山|池|生け簀|いけす|釣り堀|家)|私有地"
)
# Nobody comes, looks or would notice; the owner is away or unaware.
_UNWATCHED = lazy_regex.compile(
    r"誰も(?:見に|取りに|採りに|様子を見に)?(?:来|こ)(?:ない|ん|へん|ねー|ません|なかった|んけん|んし)|"
    r"誰も(?:見て|見と|気づいて|気付いて|気づか|気付か|気づいと|知ら|住んで|住んど|住ん|管理して|手入れして|いな|おら)(?:な|ん|ら|へん)|"
    r"(?:持ち主|所有者|地主|家主|管理人|大家)(?:さん)?(?:は|も|が)?[^。!?\n]{0,8}?(?:知らな|知らん|気づかな|気付かな|気づいてな|気づいとらん|来な|来ん|いな|おらん|わからな|わからん)|"
    r"(?:バレ|ばれ)(?:ない|ん|へん|てない|とらん)|見つから(?:ない|ん)|気(?:づ|付)か(?:れ)?(?:ない|ん|へん)|(?:人|ひと)(?:が|も)?(?:来|こ)(?:ない|ん)(?:けん|から|し|ので)"
)
# Produce taken, in any form of the verb: 掘らせてもらっとる, 採りよる, 拾ってきた.
_TAKEN = lazy_regex.compile(
    r"(?:掘|採|取|獲|摘|拾|刈|釣|抜|もぎ|もい|とっ|とら|とり|切っ|切ら|持って帰|持ち帰)"
    r"[^。!?\n、]{0,10}?(?:た|て(?:る|ます|いる|きた)|とる|とった|よる|よった|ちゃった|ます|ている|ってる)"
)
# Leave told: 持ち主さんに言うてある, 採ってよかって言われとる.
_LAND_LEAVE = lazy_regex.compile(
    r"許可|了承|承諾|頼まれ|お願いされ|(?:て|で)(?:も)?(?:いい|よか|良い)(?:よ|って|と|ち)|くれ(?:た|る|ます|まし|ん)|くださ|どうぞ|"
    r"(?:言|い)(?:う|っ)て(?:ある|あります|る|とる)|断って|断っと|声(?:を)?かけ|お裾分け|おすそ分け|分けて|手伝"
)


def _taken_unwatched(doc, lo: int, hi: int):
    text = doc.text
    land = _OTHERS_LAND.search(text, lo, hi)
    if not land:
        return
    unwatched = _UNWATCHED.search(text, lo, hi)
    taken = _TAKEN.search(text, land.end(), hi)
    if not (unwatched and taken) or _LAND_LEAVE.search(text, lo, hi):
        return
    yield land.start(), max(taken.end(), unwatched.end())


# Free viewing (the last piracy alternative and the free-site confession):
# piracy only with a paid or new work or a word of piracy in the sentence.
# (スキャンしたふり, スキャンせずに: a till cheated, not a work copied.)
_FREE_VIEWING = lazy_regex.compile(r"(?:映画|漫画|マンガ|アニメ|ドラマ|(?:無料|タダ)(?:の|で見れる|で読める)?(?:サイト|アプリ)|スキャン(?!(?:を|は)?(?:した|する|通した)(?:ふり|フリ|振り)|(?:と)?(?:せず|しない|せん))|自炊|スクショ|スクリーンショット|画像化|PDF化)")
_PIRACY_SIGN = lazy_regex.compile(
    r"新作|公開中|上映中|最新刊|最新話|最新号|今週号|新刊|有料|発売(?:前|日|した)|全巻|劇場版|ロードショー|違法|海賊|非公式|裏サイト|"
    # a site that is no lawful outlet: 海外のサイト, 例のアプリ, トレント
    r"(?:例の|某|海外の|外国の|中国の|ロシアの|裏|怪しい|怪しげな|アングラな?|闇の?)(?:サイト|アプリ|サーバー?|鯖|動画サイト|リンク|URL|ページ|掲示板|まとめ)|"
    r"トレント|torrent|Torrent|P2P|Winny|封切り|"
    r"お金(?:を)?払う|金(?:を)?払う|買わなくて|買う必要|買うの(?:が)?(?:バカ|馬鹿|アホ)|払うの(?:が)?(?:バカ|馬鹿|アホ)|課金(?:しなくて|不要)|"
    r"まるごと|丸ごと|落とせる|落とした|ダウンロード|DL|バレ|"
    # told not to buy it: みんな買わんでよか, 買う必要なし
    r"買わ(?:ん|なく|ない)(?:で|ても|て)?(?:よか|いい|良い|OK|大丈夫|済)|買う(?:必要|こと)(?:は|も)?(?:ない|なか|なし)|"
    # put up by someone somewhere not official: ネットに転がっとった
    + _UPLOADED
)
# The owner said yes: 隣の畑のおばちゃんが採っていいよって.
_LEAVE_GIVEN = lazy_regex.compile(
    r"(?:て|で)(?:も)?いいよ(?:ー)?(?:って|と(?:言|いう|のこと))|(?:て|で)(?:も)?いいって|どうぞ|許可(?:を)?(?:もら|得|とっ|取っ|いただ)|了承|頼まれ|お裾分け|おすそ分け|分けて(?:もら|いただ|くれ)|承諾|"
    # things given away: 無料配布, ご自由にお持ちください, リサイクル市, 譲ってもらった
    r"無料配布|ご自由に|お持ち(?:くだ|下)さい|持ち帰り(?:自由|可|OK)|リサイクル(?:市|品|コーナー)|譲(?:って(?:もら|くれ|いただ)|り受け)"
)
_LEAVE_GIVEN_PRECHECKED = LiteralPrecheck(_LEAVE_GIVEN)  # (read before every paragraph; in 1 of 16)
# Taken out for a while, not taken: needs a sign it was kept, sold or hidden.
_BORROWED = lazy_regex.compile(r"持ち出|拝借")
_COPIED_WORK = lazy_regex.compile(
    r"ロゴ|デザイン|アイデア|アイディア|ネタ|構図|市章|マーク|キャラ(?!メル)|イラスト|フレーズ|キャッチコピー|タイトル|メロディ|歌詞|企画|手柄|発想|レイアウト"
)
_KEPT = lazy_regex.compile(
    r"バレ|ばれ|気(?:づ|付)か|誰も(?:気(?:づ|付)|見て)|自分の(?:もの|物)|私物|売っ|売れ|売り|売った|メルカリ|ヤフオク|フリマ|転売|質に|"
    r"返して(?:な|ね)|返さ|返す(?:つもり|気)(?:は|も)?な|持って帰|持ち帰|パク|盗|もらっ(?:た|ちゃ)|いただい|ネコババ|"
    # taken for use at home: 家用に拝借, 自分用に持ち出し
    r"家用|自宅用|自分用|私用|家で使"
)


# Someone else doing it to the writer: 車間詰めてくる車, 幅寄せしてきたトラック.
_DONE_TO_WRITER = lazy_regex.compile(
    r"[^。!?\n、]{0,8}?(?:てくる|てきた|してくる|してきた|される|された|られる|られた)(?:車|奴|やつ|人|ドライバー|トラック|バイク|の(?:が|を|で|に)|こと)"
)
# Acts that are road rage only on a road: 追いかけ回した can be a child and a hen.
_ROAD_ONLY = lazy_regex.compile(r"追いかけ回|追い回し|(?:前に|目の前に)|急ブレーキ|(?:車|クルマ|相手)(?:を)?(?:無理|むり)?")
_ROAD = lazy_regex.compile(r"車|クルマ|運転|ハンドル|アクセル|ブレーキ|高速|国道|県道|バイパス|道路|信号|トラック|バイク|ドライバー")
# Illegal gambling told with its stakes or its outcome: 闇スロで50万負け.
_GAMBLING = lazy_regex.compile(r"賭|闇|裏|違法|地下|インカジ|テンピン|テンゴ|デカピン|ゴルフ|コンペ|ラウンド|野球|オン|ネット|ノミ|胴元")
_GAMBLING_CUE = lazy_regex.compile(
    r"勝っ|勝ち|負け|溶か|スッ|すっ(?:た|て)|取り返|儲|稼|当て|当たっ|張っ|張る|賭け(?:て|た|る)|通っ|通い|入り浸|連れて(?:って|行|い)|"
    r"行っ|行こ|行く|やめられ|レート|[0-9]+万|ハマ|楽し|最高|熱い|アツい|しびれ|入れてもら"
)


# Nobody noticed, nobody will: the boast of impunity.  Not 〜ないように
# (a surprise kept secret is not a crime).
_IMPUNITY = lazy_regex.compile(
    r"(?:バレ|ばれ)(?:ない|なかった|てない|ません|ず|へん)(?!よう)|気(?:づ|付)か(?:ない|れない|なかった|れなかった)(?!よう)|"
    r"誰も(?:見て|気(?:づ|付)いて)な|見つから(?:ない|なかった)(?!よう)|捕まら(?:ない|なかった)|(?<![がー])捕まらん|捕まったことな|証拠(?:は|も)?残らな|"
    # never yet found out, in any register: バレたことなし, 一回もばれとらん, 気づかれたためしがない
    r"(?:バレ|ばれ|見つかっ|見つか|気(?:づ|付)かれ|捕まっ|注意され|怒られ)た(?:こと|ためし|事)(?:が|は|も)?(?:ない|なし|無し|無い|なか|ありません|ねえ|ねー|一度もな|いっぺんもな)|"
    r"(?:バレ|ばれ)(?:とらん|ちょらん|てへん|とらへん|んかった|ずに済|ずにす)"
)
# Graffiti drawn on a picture (画像に落書き, 落書きして加工した画像を作った,
# アプリで落書き) damages no one's property: a mascot's image misused is
# 6(3)②, not a crime.  A photo taken of real graffiti (落書きして写真撮った)
# is no picture drawn on.
_DRAWN_ON_PICTURE = lazy_regex.compile(
    r"(?:画像|写真|イラスト|スクショ|プリクラ|データ|PDF|絵)(?:に|の上に|を)[^。!?\n]{0,4}?落書き|"
    r"(?:画像|イラスト|コラ|スタンプ|アイコン|壁紙|GIF|gif)(?:を)?(?:作っ|つくっ|作成|作り|作る|こしらえ|でき|完成|加工)|"
    r"(?:加工|編集|お絵かき|お絵描き|ペイント)(?:アプリ|ソフト)|アプリで[^。!?\n]{0,6}?落書き"
)
_INNOCENT_SECRET = lazy_regex.compile(r"サプライズ|プレゼント|誕生日|内緒で準備|こっそり練習|ドッキリ")
# A deed of taking, using or leaving something, told as done.
# (とっ in kana after a verb stem is Kumamoto 〜とる "be …ing": 昼寝しとった, 見とった,
# 寝とった — what the writer was doing, not 取った "took")
_DEED = lazy_regex.compile(
    r"(?:もらっ|貰っ|取っ|(?<![しっいきちにひみりえけせてねべめれ見寝来出居])とっ|採っ|掘っ|摘ん|もいで|抜い|持っ|拝借し|持ち出し|使っ|乗っ|停め|止め|捨て|置い|燃やし|入っ|忍び込ん)"
    r"(?:て(?:きた|きました|きちゃった|帰った|帰ってきた|やった|る|ます|おいた|といた|帰っとる|帰っとった|帰ってる|帰りよる|帰りよった|帰っちょる|きとる|きよる|きちょる|帰ります|帰ってます)|た|ちゃった)"
)


def _previous_sentence_start(doc, lo: int) -> int:
    bounds = doc.sentence_bounds
    i = doc.sentence_index(lo)  # lo starts a sentence
    return bounds[i - 1][0] if i > 0 and "\n" not in doc.text[bounds[i - 1][1] - 1:lo] else lo


_ESCAPE = lazy_regex.compile(
    r"警察(?:を|が|に)?(?:呼ばれる|来る|呼ばれ(?:そう|かけ)|見つかる|捕まる)(?:前に|まえに)[^。!?\n]{0,6}(?:逃げ|ずらか|とんずら|帰っ)"
    r"|(?:ぶつけ|当て|轢い|ひい|こすっ)(?:た(?:けど|のに)|ちゃったけど|ちゃったが)[^。!?\n]{0,20}(?:逃げ|そのまま帰|そのまま走|バレ|知らんぷり|知らないふり)"
)
# Every span of illegal_act_endorsed starts from one of these five in its
# sentence; the sentences holding none are never looked at.
_ENDORSED_PATTERNS = (_IMPUNITY, _ESCAPE, _OTHERS_LAND, _CONFESSION, _ACT)
_ENDORSED_TRIGGERS = tuple(map(LiteralPrecheck, _ENDORSED_PATTERNS))
# illegal_act_endorsed reads only sentences holding a trigger match (the
# first test of its loop): a paragraph without one has nothing to find.
declare_needs("illegal_act_endorsed", any_of(_ACT, _IMPUNITY, _ESCAPE, _CONFESSION, _OTHERS_LAND))

# -- drink-driving ---------------------------------------------------------------

_DRINK = lazy_regex.compile(
    r"飲み会|飲んで|飲んだ|呑んで|呑んだ|飲みすぎ|飲んど(?:った|る)|呑んど(?:った|る)|飲みよった|飲みよる|飲んじょった|飲んじょる|飲んじゃっ|ビール|酒|酎ハイ|チューハイ|ハイボール|ワイン|焼酎|晩酌|ほろ酔い|"
    r"酔っ|一杯(?:だけ|ひっかけ)|生中|乾杯|二次会|宴会|忘年会|新年会|歓迎会|送別会|打ち上げ|🍺|🍻|🍶|🍷|"
    # drinking told by the occasion or the count (emoji are gone after
    # normalization): 暑気払い, 懇親会, 3杯目, 何杯も, 飲み放題, 一杯やって
    r"暑気払い|懇親会|慰労会|親睦会|納会|反省会|祝勝会|飲み放題|居酒屋|はしご酒|酒盛り|一杯やっ|ジョッキ|サワー|熱燗|冷酒|"
    r"(?<![ー茶飯])(?:[0-9]{1,2}|[一二三四五六七八九十何])杯(?:目|も|飲|空け|いっ)|"
    # drinks by their names and slang: ストゼロ, 缶チューハイ, 角ハイ; a can
    # downed (1本キメて, 2本空けて); 昼飲み, 迎え酒, だれやめ (晩酌 in 熊本弁)
    r"ストゼロ|ストロング(?:系|缶|チューハイ|ゼロ)|缶チュー|缶ビ|発泡酒|ホッピー|泡盛|ウイスキー|ウィスキー|ウォッカ|テキーラ|マッコリ|角ハイ|"
    r"アルコール(?!消毒|除菌|スプレー|ジェル|綿|度数の低い飲料|依存)|昼飲み|昼呑み|朝飲み|家飲み|宅飲み|迎え酒|だれやめ|ダレヤメ|だいやめ|"
    r"(?:軽く|ちょっと|一杯|1杯)?(?:ひっかけ|引っかけ|引っ掛け)(?:て|た)|(?:[0-9]|[一二三四五])本(?:キメ|きめ|空け|あけ|飲|呑|いっ)"
)
_DRIVE = lazy_regex.compile(
    r"(?:自分で|そのまま|普通に)?運転し(?:て(?:帰|き|た|る|も|行|回|戻|出勤|向か)|た|ちゃ)|運転(?:して|で)?帰|"
    # the destination told between: そのまま運転して庁舎戻った, 運転して職場まで行った
    r"(?:自分で|そのまま|普通に|その足で|そのあと)運転し(?:て|ながら)[^。!?\n]{1,10}?(?:帰っ|帰る|帰宅|帰り|戻っ|戻る|戻り|行っ|行く|向かっ|出勤|通勤|回っ|走っ|来た|寄っ|送っ|着い|出社|登庁|帰庁)|"
    r"(?:公用車|社用車|自転車|チャリ|ママチャリ|(?<![電列汽馬台])車|クルマ|くるま|軽トラ|バイク|原付|スクーター|トラクター)"
    r"(?:で|を|運転して|に乗って|乗って|こいで|漕いで)[^。!?\n]{0,12}?"
    # the road taken home as the plan: 帰りは軽トラで農道通ればバレん
    r"(?:帰っ|帰る|帰宅|帰り|帰ろ|帰ります|(?<![0-9一二三四五六七八九十])通れば|通って帰|行っ|行く|行こ|回っ|向かっ|向かお|送っ|走っ|走る|出かけ|戻っ|運転し|出勤|通勤|ドライブ|"
    # the work round made by car: 公用車で現場回りしてきた, 車で外回り, 軽トラで見回りしよる
    r"(?:現場|外|営業|得意先|挨拶|見|配達|集金)?回り(?:し|に|を|して|しよ|しと)|巡回|パトロール|見回っ|見回り|出張|直行|移動し|往復し|配達し|出動|迎えに行|送りに行|買い出し|配って)|"
    r"(?<![にを])(?:乗って|乗り)帰(?:っ|る|り|ろ|れ)|ハンドル(?:を)?握っ|(?:車|クルマ)(?:を)?(?:出し|転がし)|ドライブ(?:し|して|した|に行|最高|行こ)|"
    r"(?:運転|ドライブ)(?:しても|したって|くらい|ぐらい)[^。!?\n]{0,6}(?:平気|大丈夫|余裕|問題な|いける|OK|セーフ)"
)
# Signs the writer did NOT drive drunk.
_SOBER = lazy_regex.compile(
    # 代行 in any form (代行呼ぶから, 運転代行を頼む予定) unless it was skipped:
    # 代行呼ぶのめんどくて / 代行がつかまらなくて are the excuse before driving.
    r"代行(?![^。!?\n]{0,10}?(?:めんど|面倒|高(?:い|か|く)|もったいな|ケチ|呼ば(?:ず|ない|なかった)|使わ(?:ず|ない|なかった)|頼ま(?:ず|ない|なかった)|つかまらな|捕まらな|来な(?:い|か)|待て|待ちきれ|待ち切れ|待ちくたび|待たれ|いな(?:い|か)|なし|無し))|"
    r"タクシー(?:で|を|呼)|(?:タクシー|電車|バス|汽車|列車|新幹線|送迎(?:車|バス)?|代行|運転代行)(?:に|で)|ノンアル|(?<!しか)飲んでな|飲まず|飲まな|飲めな|"
    # someone else at the wheel: 同僚の運転やけん, 帰りは妻が運転, 運転は後輩に任せた
    r"(?:同僚|先輩|後輩|上司|部下|友達|友人|仲間|家族|妻|夫|嫁|旦那|主人|家内|息子|娘|父|母|兄|姉|弟|妹|彼氏|彼女|相方|連れ|さん|くん|君|ちゃん)(?:の|が)運転|"
    r"運転は(?:同僚|先輩|後輩|上司|部下|友達|友人|仲間|家族|妻|夫|嫁|旦那|主人|家内|息子|娘|父|母|兄|姉|弟|妹|彼氏|彼女|相方|連れ|[^。!?\n、]{1,6}?(?:さん|くん|君|ちゃん))|運転(?:を)?(?:任せ|代わってもら|替わってもら|頼ん)|"
    r"ソフトドリンク|ウーロン茶|烏龍茶|お茶で|ハンドルキーパー|運転手(?:役|担当|さん)|運転手を?(?:やる|する)|送ってもら|迎えに来てもら|乗せてもら|迎え(?:を)?(?:頼|お願い)|"
    r"歩いて帰|電車で|バスで|泊まっ|翌朝|次の日|翌日|抜けてから|覚めてから|醒めてから|飲んだら乗るな|乗るなら飲むな|"
    r"飲酒運転(?:は|を)?(?:絶対|撲滅|ダメ|だめ|根絶|しない|させない)|"
    # a bottle bought to take home is not a drink drunk: お土産にワインを買って車で帰った
    r"お土産|(?:ワイン|酒|ビール|焼酎|地酒)(?:を)?(?:[0-9一二三]本)?(?:買|購入)"
)
_DRINK_REACH = 120  # how far before the driving the drinking may be mentioned
_SOBER_REACH = 60  # how far after the driving a sober way home may be told
# The rest of the verb, so a finding ends on a whole word (帰っ→帰ってきた).
_VERB_TAIL = lazy_regex.compile(r"(?:てきた|てった|て(?:ました|ます)|た|て|宅|った|ってきた)?")


# "Drunk is fine on a bike": drinking, a vehicle and an all-clear in one
# sentence (自転車だから酔ってても問題なし, 飲んでも原付なら大丈夫).
_DRUNK = lazy_regex.compile(r"飲んで|飲んだ|呑んで|呑んだ|酔って|酔っ払|酔っぱら|酔い|ほろ酔|飲酒|酒(?:が)?(?:入|残)|ビール|一杯|ストゼロ|チューハイ|酎ハイ|ハイボール")
_RIDE = lazy_regex.compile(r"自転車|チャリ|原付|バイク|スクーター|(?<![電列汽馬台])車|クルマ|軽トラ|運転|ハンドル|乗る|乗っ|乗れ")
_ALL_CLEAR = lazy_regex.compile(
    r"問題な|問題ねー|平気|大丈夫|セーフ|OK|オッケー|余裕|捕まらな|捕まん|関係な|バレな|いける|イケる|楽勝|(?<=運転)でき(?:る|ちゃう)(?!よう|人|方|か)|"
    r"飲酒運転(?:に|じゃ|では)?(?:ならな|な[いく])|違反(?:に|じゃ)?(?:ならな|な[いく])"
)


_ALL_CLEAR_PRECHECKED = LiteralPrecheck(_ALL_CLEAR)  # (in 1 sentence of 20)


def _drunk_riding_excused(doc, quoted_warning: bool):
    text = doc.text
    for lo, hi in doc.sentence_bounds:
        ok = _ALL_CLEAR_PRECHECKED.search(text, lo, hi)
        if not ok:
            continue
        drunk, ride = _DRUNK.search(text, lo, ok.start()), _RIDE.search(text, lo, ok.start())
        if not (drunk and ride) or _SOBER.search(text, lo, hi):
            continue
        if _warns(text, lo, hi) or quoted_warning:
            continue
        yield min(drunk.start(), ride.start()), _CUE_TAIL.match(text, ok.end()).end()


# Every span tells of a vehicle (_DRIVE, or _RIDE) in its paragraph; the
# drinking may be told up to 120 characters before the drive, in the
# paragraph before, so it is no need.
_DRIVING = lazy_regex.compile("|".join(f"(?:{p.pattern})" for p in (_DRIVE, _RIDE)))


@once_per_draft
def _draft_quotes_a_warning(draft) -> bool:
    return bool(_QUOTED_WARNING.search(draft.text))


def _drink_facts(draft, start: int, end: int):
    """What drink_driving reads outside its paragraph:
    - the _DRINK_REACH characters before it, where the drinking (or a sober
      way home) may be told — "" when they hold neither, so that an edit of
      the previous paragraph's end does not re-run this one;
    - the characters after it, when the paragraph does not end in a blank
      line "\n\n" (a line of spaces between paragraphs): the way home is
      looked for up to the next "\n\n", which then lies further on;
    - whether the draft quotes a warning anywhere (その油断が…)."""
    text = draft.text
    before = text_before(draft, start, _DRINK_REACH)
    # A match ends before a line break, and the lookbehind of 杯 may reject
    # in `before` what a window starting later accepts: keep `before` then.
    if before.endswith("\n") and "杯" not in before and not (holds_match(_DRINK, before) or holds_match(_SOBER, before)):
        before = ""
    after = "" if text.endswith("\n\n", start, end) else text_after(draft, end, _SOBER_REACH + 1)
    return before, after, _draft_quotes_a_warning(draft)


_DRIVE_PRECHECKED = LiteralPrecheck(_DRIVE)  # (in 1 paragraph of 10)


@validator("drink_driving", scope="paragraph", needs=(_DRIVING,), facts=_drink_facts)
def drink_driving(doc, facts):
    """Driving home or about after drinking, told as something done."""
    before, after, quoted_warning = facts
    yield from _drunk_riding_excused(doc, quoted_warning)
    text = doc.text
    with_before = before + text
    with_after = text + after
    for d in _DRIVE_PRECHECKED.finditer(text):
        lo = doc.sentence_at(d.start())[0]
        window_lo = max(0, len(before) + d.start() - _DRINK_REACH)
        window = with_before[window_lo:len(before) + d.end()]
        if not _DRINK.search(window):
            continue
        s_lo, s_hi = doc.sentence_at(d.start())
        # The way home may be told after the drive: 車で行くよ。帰りは代行呼ぶから
        para_end = with_after.find("\n\n", d.end())
        after_end = min(d.end() + _SOBER_REACH, para_end if para_end != -1 else len(with_after))
        if _SOBER.search(window) or _SOBER.search(with_after, s_lo, max(s_hi, after_end)):
            continue
        if _warns(text, lo, s_hi) and not re.search(r"バレ|余裕|ｗ|w", text[lo:s_hi]):
            continue
        yield d.start(), _VERB_TAIL.match(text, d.end()).end()


# -- illegal dumping ----------------------------------------------------------------

_DUMP = lazy_regex.compile(
    r"(?:山|川|空き地|空地|河川敷|河原|川原|土手|堤防|川べり|川沿い|林|森|藪|道端|道路脇|路肩|海|池|田んぼ|畑|用水路|側溝|他人の(?:土地|敷地)|人の(?:土地|敷地|家)|"
    r"公園|その辺|そこら|そこらへん|どっか|どこか|裏山|山奥|山林|谷|林道|山道|空き家|廃屋)(?:の方|のほう|の中|の奥|の隅|の裏|ん中|の脇|の下|の陰|の茂み)?(?:に|へ|で)"
    r"[^。!?\n]{0,10}?(?:捨て|ポイ|置い|投げ|埋め|放っ|ほか|流し)"
    # done, or planned and put as a question: 置いてくればよかろ？ 捨てとけばバレん
    r"(?:て(?:きた|きました|やった|やりました|おいた|おきました|った|る|ます|きちゃった|きちゃいました|しまった|しまいました|こよう|くる|いこう|くれば|くりゃ|こうか|こか|くるか|おけば|いけば|帰っ|帰る|帰ろ|かえっ)|た|ました|ちゃいました|とい|ちゃ|とこ|とけば|よう|てこ|りゃ|れば(?:いい|よか|ええ)|たら(?:いい|よか|ええ)|"
    # a habit in 熊本弁 (用水路に流しとる, 谷に捨てよります) and a trip planned (谷に捨てに行こう)
    # (not a plan given up: 捨てに行こうかと思ったけど)
    r"(?:とる|よる|とります|よります)(?![^。!?\n]{0,6}?(?:人|奴|やつ|連中|業者))|に(?:行こ|いこ|行く|いく|行っ|いっ)(?![^。!?\n]{0,6}?(?:と思(?:った|ったけど|いました)|たけど|のをやめ|のはやめ))|"
    # left to someone else, decided on, or urged as the cheap way: 捨ててもらう, 埋めることにした, 捨てるのが一番安か
    r"て(?:もら(?:う|お|った|いました)|もろ(?:う|た))|る(?:ことにした|ことにしました|つもり)|るのが(?:一番|いちばん)?(?:安|早|楽))"
    r"|(?:夜中に|こっそり|夜のうちに|夜の間に|暗くなってから|人目のない)[^。!?\n]{0,12}(?:捨て|置い|投げ)(?:て(?:きた|きました|やった|おいた|おきました|しまった|しまいました|くれば|くりゃ|こうか|こか|おけば)|た|ました|とい|ちゃ|とけば)"
)
# Rubbish left where it was made: BBQのゴミはそのまま置いてきた, 空き缶は放置して帰った.
_LEFT_BEHIND = lazy_regex.compile(
    r"(?:ゴミ|ごみ|空き缶|空缶|ペットボトル|吸い殻|吸殻|残飯|食べ残し|炭|コンロ|網|容器|トレー|紙皿|弁当(?:の)?(?:ガラ|容器|殻))(?:は|も|とか|を|類は)?[、,]?[^。!?\n]{0,12}?"
    r"(?:そのまま[^。!?\n]{0,4}?(?:置いて(?:きた|帰っ|きちゃった)|捨てて(?:きた|帰っ)|にして(?:きた|帰っ)|帰っ(?:た|てきた))|置きっぱなし|置きっぱ|ほったらかし|放置し|置いたまま|置いて(?:きた|帰っ|きちゃった|いった)|捨てて(?:きた|帰っ|いった)|持って帰ら(?:ず|ない|なかった)|持って帰らん(?:かった)?|持ち帰ら(?:ず|ない|なかった))"
    r"(?:て(?:きた|帰っ|帰った|いった|やった|きちゃった|ある)|た|ちゃった|で帰っ|で帰った|にし(?:て(?:きた|帰っ)|た)|ばい|たい|けん|!|。|$)?"
)
# Where a party leaves its rubbish: 河原でBBQ, キャンプ場, 花見
_OUTING = lazy_regex.compile(r"河原|河川敷|川|海|浜|ビーチ|山|キャンプ|BBQ|バーベキュー|花見|公園|駐車場|道の駅|広場|釣り|堤防|展望台|グラウンド|運動場")
_BIN = lazy_regex.compile(r"持ち帰(?:り|っ|る)|持って帰(?:り|っ|る)|集積所|ステーション|収集|回収|ゴミ箱|ごみ箱|分別|持ち帰り(?:ましょう|ください)|拾い|清掃|片付けて(?:くれ|くださ|もら)")
_HARD_RUBBISH = lazy_regex.compile(
    r"ゴミ|ごみ|粗大|タンス|箪笥|家電|冷蔵庫|テレビ|洗濯機|エアコン|タイヤ|廃材|廃棄物|空き缶|ペットボトル|布団|ソファ|"
    r"自転車|マットレス|産廃|瓦礫|がれき|処分|不用品|バッテリー|ペンキ|廃油|家具|畳|電子レンジ|ストーブ|灯油|"
    # building and farm waste: 残土, 瓦, 農業用ビニール
    r"残土|土砂|瓦(?!版)|ブロック塀|コンクリ|空き瓶|空きビン|空瓶|"
    r"段ボール|ダンボール|古紙|古雑誌|生ごみ|生ゴミ|ビニール|マルチ|肥料袋|農薬|原付|スクーター|廃車|パソコン|電池|解体|リフォーム|建材|"
    # a thing done with: 壊れた, 使わんごとなった, いらなくなった
    r"壊れ(?:た|て|とる)|使わ(?:なく|ん(?:ごと|よう|く))|(?:いら|要ら)(?:なく|ん(?:ごと|よう|く)?)|不要(?:に|な)|"
    # the fee dodged: 業者に頼むと高い, 手数料がもったいない
    r"業者|手数料|有料"
)
# Garden waste: dumped on a hill, by a road or in a river it is illegal
# dumping, but heaped or dug into one's own field it is compost.
_GREEN_WASTE = lazy_regex.compile(
    r"草刈りの草|剪定枝|くず|屑|剪定|(?:切|伐|刈|剪定し|抜い|むし)(?:っ|り|た)?(?:た)?(?:枝|竹|草|木)|刈り草|草刈り|落ち葉|枯れ葉"
)
_RUBBISH = lazy_regex.compile(_HARD_RUBBISH.pattern + "|" + _GREEN_WASTE.pattern)
# A catch thrown away where it was caught (小物は腹を裂いてその辺に捨てた,
# 外道のブラックバスは池に投げた) is no rubbish, even in a draft that names
# ゴミ elsewhere: what the writer did to the fish is another item's matter.
_CATCH = lazy_regex.compile(
    r"魚|小物|雑魚|ザコ|外道|釣(?:れ|っ|り)|獲物|腹を(?:裂|割|さ)|さばい|捌い|バス|ギル|フナ|ブナ|鮒|鯉|コイ|ナマズ|ウナギ|"
    r"カエル|蛙|ザリガニ|虫|ミミズ|匹"
)
_OWN_FIELD = lazy_regex.compile(r"畑|田んぼ")
# Rubbish found left (河川敷にゴミ置きっぱなし。どうせ観光客の仕業やろ) and
# blamed on others is their act, not the writer's: another item's matter.
_BLAMED_ON_OTHERS = lazy_regex.compile(
    r"仕業|しわざ|犯人|誰が(?:置|捨|やっ)|どこの(?:誰|どいつ|奴|やつ|連中)|マナー|民度|モラル|常識(?:が|も)?(?:な|無)|(?:の|ん)せい(?:や|だ|じゃ|でしょ|やろ|たい)"
)
# ... unless the writer tells leaving it: 置きっぱなしで帰ってきた, 放置しちゃった
_LEFT_BY_WRITER = lazy_regex.compile(r"きた|帰っ|ちゃっ|やった|とい|ておい|てきま")
# Dumping the writer came upon (捨てた跡を見つけ, 置いてったのを発見, 捨てた
# 形跡がある): the deed names what was found, someone else's act.  Read right
# after the deed.
_DUMPING_FOUND = lazy_regex.compile(
    r"(?:跡|形跡|痕跡)|"
    # (found by the writer: を見つけ; が見つかっ may be the writer caught)
    r"(?:の|もの|物|ゴミ|ごみ|[一-龥ァ-ヶー]{1,4})?(?:を|も)(?:見つけ|みつけ|発見|見かけ|目撃|見た|見まし)"
)
# A deed told as heard of (捨てとるって噂, 捨てよるらしい, 捨てたげな): a
# rumour about another (5(6)④), not the writer's boast.
_DUMPING_HEARD = lazy_regex.compile(
    r"(?:って|という|との|ちゅう|っちゅう)(?:噂|うわさ|ウワサ|話(?![しさせ])|こと)|らし[いかく]|げな|そう(?:だ|です|な|や)|って(?:聞|きい|言われ|いわれ)"
)


@once_per_draft
def _draft_names_outing(draft) -> bool:
    return bool(_OUTING.search(draft.text))


_HARD_RUBBISH_IN_DRAFT = LiteralPrecheck(_HARD_RUBBISH)  # (in 1 draft of 8: the cheap test first)


@once_per_draft
def _draft_names_rubbish(draft) -> tuple[bool, bool]:
    """(any rubbish named, rubbish other than garden waste named)."""
    hard = bool(_HARD_RUBBISH_IN_DRAFT.search(draft.text))
    return hard or bool(_GREEN_WASTE.search(draft.text)), hard


def _dumping_facts(draft, start: int, end: int):
    """Rubbish left behind counts once an outing is named anywhere in the
    draft, and dumping once rubbish is named anywhere (in a field, only
    rubbish other than garden waste)."""
    return _draft_names_outing(draft), _draft_names_rubbish(draft)


@validator("illegal_dumping", scope="paragraph", facts=_dumping_facts,
           needs=(lazy_regex.compile("|".join(f"(?:{p.pattern})" for p in (_LEFT_BEHIND, _DUMP))),))
def illegal_dumping(doc, facts):
    """Rubbish left where it does not belong, told as done or planned."""
    text = doc.text
    outing, (rubbish, hard_rubbish) = facts
    if outing:
        for m in _LEFT_BEHIND.finditer(text):
            lo, hi = doc.sentence_at(m.start())
            if _BIN.search(text, lo, hi) or _warns(text, lo, hi):
                continue
            next_hi = doc.sentence_at(hi)[1] if hi < len(text) else hi
            if not _LEFT_BY_WRITER.search(m.group()) and _BLAMED_ON_OTHERS.search(text, lo, next_hi):
                continue
            yield m.start(), m.end()
    if not rubbish:
        return
    for m in _DUMP.finditer(text):
        lo, hi = doc.sentence_at(m.start())
        if _warns(text, lo, hi):
            continue
        if _VICTIM.match(text, m.end()) or re.match(r"(?:られ|れ)", text[m.end():m.end() + 2]):
            continue
        if not hard_rubbish and _OWN_FIELD.match(text, m.start()):
            continue
        if _CATCH.search(text, lo, hi) and not _HARD_RUBBISH.search(text, lo, hi):
            continue
        if _DUMPING_FOUND.match(text, m.end()) or _DUMPING_HEARD.match(text, m.end()):
            continue
        yield m.start(), m.end()


# -- bribery -------------------------------------------------------------------------

_BENEFIT = lazy_regex.compile(
    r"(?:お礼|御礼|見返り|謝礼|返礼)(?:に|として|で|は)[^。!?\n]{0,15}?"
    r"(?:おごって(?:もらっ|くれ)|奢って(?:もらっ|くれ)|ご馳走(?:になっ|して(?:もらっ|くれ))|ごちそう(?:になっ|して(?:もらっ|くれ))|"
    r"接待|もらっ|貰っ|いただ|頂い|受け取|くれ)[^。!?\n]{0,3}?(?:た|ちゃった|てる|ます)?"
    r"|(?:賄賂|袖の下|裏金)(?:を)?(?:もらっ|貰っ|受け取|いただ|渡し)"
)
_OFFICIAL_ACT = lazy_regex.compile(
    r"契約|工事|発注|入札|許可|認可|審査|便宜|口利き|随意契約|回してあげ|回した|通してあげ|通した|融通|採用|点数|"
    r"見逃し|見逃して|目をつぶ|黙認|取り計らっ|優先して|先に(?:処理|回)|仕事を回|"
    # the city's choosing of a firm: 指名, 見積, 業者選び
    r"指名(?:競争|業者|願|停止)?|相見積|見積(?:もり)?合わせ|業者選び|業者選定"
)


# A gift from a party dealing with the city, with the favour it pays for named.
_GIFT = lazy_regex.compile(
    # the giver: a contractor, its boss or salesman, named by its kind of firm
    r"(?:業者|取引先|受注業者|工務店|建設会社|建設業者|会社の人|社長|専務|常務|会長|営業(?:の人|マン|さん|担当)|担当者|親方|"
    r"[一-龥ァ-ヶ]{1,6}(?:建設|興業|工業|工務店|組|商事|商会|産業|設備|電気|電設|土木|造園|開発|不動産|物産|技研|建工|舗道|運輸)(?:の(?:人|方|社長|専務|営業|担当))?)"
    r"(?:さん|様|さま)?(?:から|が|の方から)[^。!?\n]{0,25}?"
    # the thing: vouchers, cash, treats
    r"(?:商品券|現金|金券|お金|ギフト券|ビール券|接待|ゴルフ|料亭|高級|図書カード|クオカード|QUOカード|旅行券|宿泊券|食事券|お食事券|カタログギフト|"
    r"お車代|封筒|現ナマ|札束|金一封|心付け|寸志|袖の下|[0-9一二三四五六七八九十]+万(?:円)?(?:分)?)[^。!?\n]{0,8}?"
    # taken, or left on the desk, brought, sent (熊本弁 置いていかした = left, honorific)
    r"(?:もらっ|貰っ|くれ|いただ|頂い|頂き|受け取|招待|置いて(?:いっ|いか|行っ|行か|か|き|った|ってくれ)|置いてった|置いてか|持って(?:き|来)|持参|届け|届い|渡され|渡して(?:くれ|き|いか|いっ)|"
    r"手渡され|寄越し|よこし|くださっ|下さっ|包んで(?:くれ|き)|握らせ|忍ばせ)"
)
_FAVOUR = lazy_regex.compile(
    r"便宜|口利き|入札の件|契約の件|工事の件|回してあげ|通してあげ|見逃し|融通|優先して|取り計らっ|随意契約|予定価格|お世話になって|お世話になっと|"
    # the favour promised or done in return: うまいこと回しとく, 次の工事はうちで何とかする
    r"(?:うまいこと|うまく|ええように|よかごと|よかように|いいように|悪いようには)[^。!?\n]{0,6}?(?:回し|まわし|通し|し|やっ|計らっ|しな)|そのかわり|その代わり|持ちつ持たれつ|見返り"
)


# A favour done in the writer's official work (甘めに通してあげた, 目をつぶって
# やった, 便宜を図った) and then a gift arriving from someone (〜から新米が届い
# た, 社長がご馳走してくれた): the bribe told without お礼 or 見返り.
_FAVOUR_DONE = lazy_regex.compile(
    r"(?:甘め|甘く|大目|ゆるめ|緩め|早め|先に|優先的|特別|こっそり)に?[^。!?\n]{0,6}?(?:して|通して|見て|処理して|回して|出して|審査して|採点して|評価して|許可して)(?:あげ|やっ|おい|とい)(?:た|て)(?!い|く)|"
    r"(?:目をつぶ|目を瞑|見逃し|見逃)(?:って|して)(?:あげ|やっ)(?:た|て)(?!い|く)|便宜(?:を)?(?:図っ|はかっ)|"
    r"(?:通して|回して|採用して|合格させて|落札させて)(?:あげ|やっ)た(?!い|く)|(?:予定価格|入札価格|最低制限価格)(?:を)?[^。!?\n]{0,8}?教え|"
    # the file moved out of turn or waved through: 決裁の順番入れ替えといた, 書類にハンコ押しといた
    r"(?:決裁|審査|申請|書類|順番|手続き|検査|処理|受付|起案)(?:の)?(?:順番|順位|番)?(?:を)?[^。!?\n]{0,6}?"
    r"(?:入れ替え|入れかえ|繰り上げ|くりあげ|前倒し|飛ばし|差し替え|割り込ませ|ねじ込|ねじこ|早め|先回し|後回しにし|スルーさせ|パスさせ|通し|押し)"
    r"(?:(?:で|に|して)?(?:回し|通し|処理し|出し|し))?(?:といた|ておいた|とった|てやった|てあげた|ちゃった|た|んどいた|んでおいた|んだ|んじゃった|んでやった|んどった)(?!い|く)|"
    r"(?:ハンコ|判子|はんこ|印鑑|判)(?:を)?[^。!?\n]{0,4}?押し(?:といた|ておいた|とった|てやった|てあげた|ちゃった)|"
    r"(?:点数|評価|採点|査定)(?:を)?[^。!?\n]{0,6}?(?:上げ|盛っ|甘く|水増し|(?:多め|甘め|高め|大目)に(?:つけ|付け))(?:といた|ておいた|とった|てやった|てあげた|ちゃった)|"
    # marks given softly: 甘めに点つけといた, 点数ば多めにつけてやった
    r"(?:甘め|甘く|多め|高め|大目|ゆるめ|緩め)に[^。!?\n]{0,4}?(?:点|点数|評価|丸)(?:を|ば)?(?:つけ|付け|入れ)(?:といた|ておいた|とった|てやった|てあげた|ちゃった|た)(?!い|く)|"
    # a slot held ahead of the public: 抽選前に枠押さえてあげた, 受付前に部屋ば確保しといた
    r"(?:抽選|受付|申込|申し込み|募集)(?:の)?(?:前|より先)に[^。!?\n]{0,8}?(?:押さえ|おさえ|確保し|取っ|入れ|回し)"
    r"(?:て(?:あげ|やっ|おい)|とい|ちゃっ)た(?!い|く)|"
    # a stall or booth placed where it sells best: 出店場所を角にしてあげた, ブースば入口の前に回してやった
    r"(?:出店場所|出店位置|出店|区画|ブース|屋台|テント)[^。!?\n]{0,20}?"
    r"(?:角|一番|いちばん|いっちゃん|いい|良い|よか|目立つ|人通り|特等|正面|入口|入り口|真ん中|前列)[^。!?\n]{0,12}?"
    r"(?:に|を|ば)(?:して|回して|まわして|入れて|割り当てて|割り振って|置いて|取って|押さえて|確保して)(?:あげ|やっ)(?:た|て)(?!い|く)"
)
# A gift offered for the favour: 「早めに通してくれたら商品券10万分お礼する」
_GIFT_OFFERED = lazy_regex.compile(
    r"(?:商品券|現金|金券|ギフト券|ビール券|図書カード|クオカード|QUOカード|旅行券|お車代|謝礼|菓子折り|封筒|袖の下|賄賂|リベート|キックバック|"
    r"[0-9一二三四五六七八九十百千万]+(?:万円?|千円|円)(?:分)?)[^。!?\n]{0,10}?"
    r"(?:お礼|御礼|お返し|謝礼|渡す|渡し|払う|はらう|包む|包ま|出す|用意|くれる|やる|あげる|もらえ|いただけ|する|します|"
    # brought round: 商品券5万円分持ってくる
    r"持って(?:く|来|行|い)|届け|送る|送り)(?:する|します|すっ|しま|る|って|と|けん|から|よ|ぞ)?|"
    # produce offered by the load: 新米10俵持ってくる, 焼酎2ケース届ける
    r"[0-9一二三四五六七八九十百]+(?:俵|箱|ケース|升|本|キロ|kg|袋|頭)[^。!?\n]{0,4}?(?:持って(?:く|来|行|い)|届け|送る|送り|やる|あげる|渡す|くれる)"
)
# A voucher or cash that came, and the giver a party dealing with the office.
_GIFT_RECEIVED = lazy_regex.compile(
    r"(?:商品券|現金|金券|ギフト券|ビール券|図書カード|クオカード|QUOカード|旅行券|お車代|謝礼|袖の下|賄賂|リベート|キックバック)"
    r"[^。!?\n]{0,8}?(?:届い|届き|もらっ|貰っ|もろ|いただい|頂い|くれた|置いて(?:いっ|いか|行っ))"
)
_GIVER = lazy_regex.compile(r"業者|社長|会社|営業|取引先|工務店|専務|申請者|関係者")
_FAVOUR_NEXT_TIME = lazy_regex.compile(
    r"(?:次も|次回も|今後も|これからも)[^。!?\n]{0,8}?(?:優先し|回し|通し|入れ|推し|選ん|贔屓し|ひいきし|便宜(?:を)?図っ)"
    r"(?:とこ|とく|ておく|ておこ|てあげよ|てやろ|ちゃお|ましょ)"
)
_FAVOUR_ASKED = lazy_regex.compile(r"(?:くれ|もらえ|いただけ|頂け)(?:たら|れば|るなら)")
# The giver asking for the city's choice in so many words: うちに決めてくれたら,
# 指名入れてくれたら, 次の工事回してもらえれば
_CHOICE_ASKED = lazy_regex.compile(
    r"(?:決めて|選んで|買い上げて|購入して|推薦して|採択して|認定して|指名(?:入れて|して)|指名に入れて|回して|通して|推して|採用して|融通して|優先して|落札させて|選定して|入れて)"
    r"(?:くれ|もらえ|いただけ|頂け|くださ)(?:たら|れば|るなら|ると)"
)
# The writer taking up an offer: 受け取る方向で, もらっとく, ありがたく頂く
_OFFER_TAKEN = lazy_regex.compile(
    r"(?:受け取る|もらう|貰う|いただく|頂く|乗る)(?:方向|つもり|予定|ことに)|(?:ありがたく|遠慮なく)[^。!?\n]{0,6}?(?:もら|貰|いただ|頂|受け取)|"
    r"(?:もらっ|貰っ|いただい|頂い|受け取っ)(?:とく|ておく|とこ|ちゃお|ちゃった|た)|もろた|もろうた|"
    # the favour promised back: さりげなく推しとく, うまいこと回しとく
    r"(?:推し|押し|回し|通し|入れ|選ん|決め|推薦し|採用し|購入し|買い上げ|認定し|許可し)(?:とく|ておく|とこ|てあげよ|てやろ|とくね|ておきます)"
)
_FAVOUR_PROMISED = lazy_regex.compile(
    r"(?:お返し|お礼|見返り|恩返し)(?:に|として)[^。!?\n]{0,25}?"
    r"(?:(?:甘め|甘く|大目|ゆるめ|緩め|早め|先に|優先的|特別|こっそり)に?[^。!?\n]{0,6}?(?:して|通して|見て|処理して|回して|出して|審査して|採点して|評価して|許可して)"
    r"(?:あげよ|やろ|あげる|やる|おこ|とこ|おく|とく)(?:う|っと|か)?|(?:目をつぶ|目を瞑|見逃し|見逃|便宜を図|融通し|優先し)[^。!?\n]{0,6}?(?:あげよ|やろ|あげる|やる|とこ|とく|ておく)(?:う|っと|か)?)"
)
_OFFICIAL_WORK = lazy_regex.compile(
    r"審査|補助金|助成金|許可|認可|認定|確認|登録|交付|証明|入札|契約|発注|申請|検査|点検|監査|書類|評価|採点|採用|選考|工事|業者|指名|査定|届出|手続き|予定価格|窓口|担当|違反|指導|決裁|起案|ハンコ|判子|はんこ|印鑑|"
    r"抽選|受付|納入|選定|推薦|収蔵|買い上げ|備品購入|"
    # the stalls of a city event placed by the writer
    r"出店|区画|場所割|ブース"
)
_GIFT_ARRIVED = lazy_regex.compile(
    r"(?:から|が)[^。!?\n]{0,25}?(?:届い|届き|送られ|送って(?:くれ|き)|もらっ|貰っ|もろ(?:た|うた|て)|いただい|頂い|くれた|くれまし|おごっ|奢っ|ご馳走|ごちそう|招待|接待)"
)
# The giver's thanks for the ordinary course of business: いつも発注して
# もらっとるお礼に, 日頃のお取引のお礼に, 毎度ご注文いただいとるお礼.
_CUSTOM_THANKS = lazy_regex.compile(
    r"(?:いつも|日頃|日ごろ|毎度|普段|ふだん|毎回|毎年|長年|ずっと)(?:の|から)?(?:お|ご)?"
    r"(?:発注|注文|取引|利用|購入|贔屓|ひいき|買い物|仕入れ)"
    r"(?:を|して|し|いただ|頂|もら|さ)?[ぁ-ゖ]{0,8}?(?:お礼|御礼|感謝)"
)
_NOT_A_GIFT = lazy_regex.compile(r"手紙|メール|連絡|電話|お礼状|礼状|感謝状|お叱り|苦情|クレーム|書類|申請書|返事|回答")


# Every span is a gift (_GIFT_ARRIVED, _BENEFIT or _GIFT) in a draft about
# official work (_OFFICIAL_WORK or _OFFICIAL_ACT).  Stays "text": the favour
# (the draft's first) and the gift may be told paragraphs apart, and both are
# spans; the gift reported is the first that qualifies after the draft's
# first favour, so each paragraph would need the draft's first favour and
# whether a gift before it already qualified — a chain of facts not built in
# this round.
_GIFT_TAKEN = lazy_regex.compile("|".join(f"(?:{p.pattern})" for p in (_GIFT_ARRIVED, _BENEFIT, _GIFT)))
_OFFICIAL = lazy_regex.compile("|".join(f"(?:{p.pattern})" for p in (_OFFICIAL_WORK, _OFFICIAL_ACT)))


def _gift_that_came(doc, start: int, end: int):
    """The first gift received (_GIFT_ARRIVED) between start and end that is
    a gift indeed and not told in a warning; None when there is none."""
    text = doc.text
    for g in _GIFT_ARRIVED.finditer(text, start, end):
        lo, hi = doc.sentence_at(g.start())
        if not (_NOT_A_GIFT.search(g.group()) or _warns(text, lo, hi)):
            return g
    return None

# Searched only in the sentences holding one of their literals (neither can
# take a sentence end): scanning a long draft whole cost ~3 ms of every
# recheck (benchmarks: the recheck after one edit in 20,000 characters).
_FAVOUR_DONE_SENTENCES = LiteralPrecheck(_FAVOUR_DONE)
_GIFT_OFFERED_SENTENCES = LiteralPrecheck(_GIFT_OFFERED)


# (Each way below needs a gift, and official work, a favour promised next
# time or the city's choice asked for.)
@validator("bribe_taken", needs=(any_of(_GIFT_TAKEN, _GIFT_OFFERED, _GIFT_RECEIVED),
                                 any_of(_OFFICIAL, _FAVOUR_NEXT_TIME, _CHOICE_ASKED)))
def bribes_taken(doc):
    """A benefit taken in return for an official act."""
    text = doc.text
    favour = next(_FAVOUR_DONE_SENTENCES.sentence_matches(doc), None)
    if favour and _OFFICIAL_WORK.search(text):
        f_lo, _ = doc.sentence_at(favour.start())
        for g in _GIFT_ARRIVED.finditer(text, favour.start()):
            lo, hi = doc.sentence_at(g.start())
            if lo - f_lo > 200 or _NOT_A_GIFT.search(g.group()) or _warns(text, lo, hi):
                continue
            yield favour.start(), favour.end()
            yield g.start(), g.end()
            break
    # A gift offered for the favour, and the favour done (either order):
    # 「通してくれたら商品券10万分お礼する」って言うけん、決裁の順番入れ替えといた
    if favour and _OFFICIAL_WORK.search(text):
        f_lo, _ = doc.sentence_at(favour.start())
        for g in _GIFT_OFFERED_SENTENCES.sentence_matches(doc):
            lo, hi = doc.sentence_at(g.start())
            if abs(lo - f_lo) > 200 or _warns(text, lo, hi):
                continue
            if not (_FAVOUR_ASKED.search(text, max(0, g.start() - 25), g.end()) or lo == f_lo):
                continue
            yield g.start(), g.end()
            yield favour.start(), favour.end()
            break
    # The favour done after the gift had come: 業者から焼酎一箱もろたけん、
    # 甘めに点つけといた (the gift in the same or the previous sentence)
    if favour and _OFFICIAL_WORK.search(text):
        f_lo, _ = doc.sentence_at(favour.start())
        g = _gift_that_came(doc, _previous_sentence_start(doc, f_lo), favour.start())
        if g is not None:
            yield g.start(), g.end()
            yield favour.start(), favour.end()
        # ... or given as thanks after it: 枠押さえてあげた。お礼にラケットもらった
        for g in _BENEFIT.finditer(text, favour.end(), favour.end() + 120):
            lo, hi = doc.sentence_at(g.start())
            if not _warns(text, lo, hi):
                yield favour.start(), favour.end()
                yield g.start(), g.end()
                break
    # The city's choice asked for with a gift, the gift taken or the offer
    # taken up: 指名入れてくれたら商品券10万出すって。受け取る方向で調整中
    for asked in _CHOICE_ASKED.finditer(text):
        lo, _ = doc.sentence_at(asked.start())
        offered = _GIFT_OFFERED.search(text, asked.end(), asked.end() + 40)
        taken = _GIFT.search(text, max(0, asked.start() - 40), asked.end() + 60)
        if taken is None:
            taken = _GIFT_TAKEN.search(text, asked.end(), asked.end() + 40)
        gift = offered or taken
        if gift is None or _warns(text, lo, doc.sentence_at(gift.start())[1]):
            continue
        if offered and not taken and not _OFFER_TAKEN.search(text, gift.end(), gift.end() + 80):
            continue
        yield asked.start(), asked.end()
        yield gift.start(), gift.end()
        break
    # The voucher that came, then the favour promised for next time: 後で
    # ギフト券5万円分届いた。次も優先しとこ
    if _GIVER.search(text):
        for g in _GIFT_RECEIVED.finditer(text):
            lo, hi = doc.sentence_at(g.start())
            promise = _FAVOUR_NEXT_TIME.search(text, g.end(), g.end() + 60)
            if promise is None or _warns(text, lo, doc.sentence_at(promise.start())[1]):
                continue
            yield g.start(), g.end()
            yield promise.start(), promise.end()
            break
    # The gift first, the favour promised in return: 社長からビール券もらった。
    # お返しに検査は甘めに通してあげよ
    promised = _FAVOUR_PROMISED.search(text)
    if promised and _OFFICIAL_WORK.search(text):
        g = _gift_that_came(doc, max(0, promised.start() - 200), promised.start())
        if g is not None:
            yield g.start(), g.end()
            yield promised.start(), promised.end()
    if not _OFFICIAL_ACT.search(text):
        return
    for m in _BENEFIT.finditer(text):
        lo, hi = doc.sentence_at(m.start())
        if _WARNING.search(text, lo, hi):
            continue
        # Thanks for the ordinary custom (いつも発注しよるお礼に…送ってくれた)
        # with no favour told anywhere: a private benefit through work
        # contacts, 5(1)/5(2) by LABELS.md, not a bribe.
        if _CUSTOM_THANKS.search(text, max(lo, m.start() - 40), m.start() + 4) and not _FAVOUR.search(text):
            continue
        yield m.start(), m.end()
    if _FAVOUR.search(text):
        for m in _GIFT.finditer(text):
            lo, hi = doc.sentence_at(m.start())
            if not _WARNING.search(text, lo, hi):
                yield m.start(), m.end()


# -- violence and cruelty ----------------------------------------------------------------

# Discipline by force only wished or weighed (ぶん殴って黙らせたい, 分からせたらいい)
# is a violent wish (5(6)⑥), and force recommended (殴って黙らせるのが一番) is its
# glorification, not an act done: 黙らせた / 黙らせてる / 黙らせたら静かになった stay.
_NOT_DONE = r"(?!たい|たか|たく|とうな|てやりたい|てやりた|てやろうか|ようか|よっか|れば|たら(?:いい|よか|ええ|良い)|なきゃ|ないと|んと|るのが(?:一番|いちばん|手っ取り早|早|確実|正解)|るしか|るに限|るべき)"
_VIOLENCE = lazy_regex.compile(
    "|".join([
        # assault told as done
        r"ボコボコに(?:し(?:た|て(?:やった|きた|やりました))|してやった)|ボコっ(?:た|てやった)|ボコして(?:やった|きた)|"
        r"ぶん殴っ(?:た|てやった|てきた)|殴っ(?:てやった|てやりました|てきた|て(?:黙らせ|わからせ)" + _NOT_DONE + r")|殴り(?:倒し|飛ばし)(?:た|てやった)|"
        r"(?:蹴り|蹴っ|蹴)(?:飛ばし|入れ)(?:た|てやった|といた|ておいた|ときました|とった|ちゃった|てきた)|蹴ってやった|ぶっ飛ばし(?:た|てやった)|しばいた|しばいてやった|"
        r"シメ(?:た|てやった)|締めてやった|張り倒し(?:た|てやった)|ひっぱたいてやった|引っぱたいてやった",
        # abuse dressed up as discipline
        r"(?:殴っ|叩い|蹴っ|ぶっ|殴り)て(?:しつけ|躾|わからせ|黙らせ|言うこと(?:を)?聞かせ|教え込|おとなしくさせ)" + _NOT_DONE + r"|(?:しつけ|躾)(?:で|として|に|のために)(?:殴|叩|蹴|ぶ)|"
        r"パンクさせ(?:た|てやった)|(?:傷|キズ)(?:を)?つけてやった|壊してやった|落書きしてやった|"
        r"(?:食事|ご飯|ごはん|飯)(?:を)?抜き(?:に(?:した|してやった|してる|している)|の罰)|(?:ベランダ|物置|押し入れ|外)に(?:閉じ込め|出し)(?:た|てやった|ておいた|といた)(?!ら)",
        # cruelty to animals
        r"毒(?:エサ|餌|えさ|団子|だんご)(?:を)?(?:撒|ま|置|仕掛|食べさせ|やっ|混ぜ)[いきっけ]?[^。!?\n]{0,4}?(?:た|といた|ておいた|てやった|とい|ちゃ|てき)|"
        r"殺鼠剤|(?:農薬|除草剤)(?:を)?(?:混ぜ|入れ)[^。!?\n]{0,8}(?:猫|犬|カラス|鳩|ハト|エサ|餌)|"
        r"(?:猫|犬|ネコ|イヌ|子猫|子犬|カラス|鳩|ハト|野良|タヌキ|ペット|ウサギ|うさぎ)(?:を|に|が)?[^。!?\n]{0,15}(?:蹴っ(?:た|てやった)|蹴っ?飛ばし|殺し(?:た|てやった)|"
        r"轢いてやった|石(?:を)?投げ(?:た|て|つけ)|エアガン(?:で)?撃|熱湯|水(?:を)?ぶっかけ|追い回し(?:た|てやった)|踏みつけ|"
        r"(?:川|池|海|用水路)に(?:捨て|流し|投げ)|(?:山|山奥|河原|空き地|公園|ダンボール|段ボール|箱)(?:の中)?に(?:捨て|置いて|放し)(?:て(?:きた|やった)|た|ちゃった|といた))|"
        r"(?:猫|犬|ネコ|イヌ|動物)(?:を)?(?:虐待|いじめ(?:て|た))",
        # assault in other words: 突き飛ばしてやった, ビンタしてやった, 胸ぐらつかんで
        r"(?:突き飛ばし|張り倒し|投げ飛ばし|押し倒し|締め上げ|小突い|ひっぱたい|引っぱたい|どつい|いたぶっ|痛めつけ)(?:た|てやった|てやりました|てきた|ちゃった|てる)|"
        r"(?:ビンタ|平手打ち|げんこつ|ゲンコツ|回し蹴り|頭突き|腹パン|蹴り|膝蹴り)(?:を)?(?:して|食らわせ|入れ|かまし)(?:やった|た|てきた|てやった|ちゃった|といた|ておいた|ときました|とった)|"
        r"胸ぐら(?:を)?(?:つかん|掴ん)(?:で|だ)|土下座させ(?:た|てやった|といた|ておいた|とった|てきた)|首(?:を)?(?:絞め|締め)(?:た|てやった)|"
        r"(?:シメ|締め|ボコっ|ボコし|ボコボコにし|ボコにし|ぶん殴っ|殴っ|しばい|どつい|張り倒し|突き飛ばし|痛めつけ|いたぶっ|ヤキ(?:を)?入れ|焼き(?:を)?入れ|いわし)"
        r"(?:といた|ておいた|ときました|ておきました|てきた|てきました|てやった|ちゃった|てやりました)|"
        r"(?:息子|娘|子ども|子供|うちの子|嫁|妻|旦那|夫|女房|かみさん|カミさん|彼女|彼氏|家内|主人)[^。!?\n]{0,16}(?:叩い|殴っ|蹴っ|つねっ|ビンタし|はたい|ひっぱたい|引っぱたい|どつい|しばい)(?:た|てる|ちゃった|てやった|といた|ておいた|とった|てやりました)|"
        # a blow counted out in dialect or slang: 一発はたいといた, 2、3発殴っといた
        r"(?:一発|1発|いっぱつ|何発か|数発|[0-9二三]発)(?:ほど|ばかり|くらい|ぐらい)?(?:、)?(?:はたい|ひっぱたい|引っぱたい|叩い|殴っ|ぶん殴っ|蹴っ|どつい|しばい|ぶっ叩い|ビンタし|お見舞いし|食らわせ|くらわせ)"
        r"(?:た|てやった|といた|ておいた|ときました|とった|ちゃった|てきた|てやりました)",
    ])
)


# シメる / 締める is also what a cook does to a fish: as assault it needs a
# person in the sentence and no fish.
_SHIME = lazy_regex.compile(r"シメ|締め")
_PERSON_HIT = lazy_regex.compile(
    r"後輩|先輩|新人|部下|同僚|上司|あいつ|こいつ|そいつ|奴|やつ|ヤツ|客|酔っ払い|ヤンキー|男|女|生意気|息子|娘|弟|妹|ガキ|子|相手|野郎|彼|おっさん|じじい|ジジイ|"
    # (Kumamoto 若っか者 / 若か者 / 若造, the ones who picked the fight: 絡んできた若っか者、二、三発殴ってやった)
    r"若っか者|若か者|若い者|若者|若造|若僧|兄ちゃん|あんちゃん|チンピラ|酔っぱらい|よそ者"
)
# A blow counted out (一発叩いた) is assault only on a person: not a fly.
_COUNTED_BLOW = lazy_regex.compile(r"一発|1発|いっぱつ|何発|数発|[0-9二三]発")
_PERSON_OR_KIN = lazy_regex.compile(_PERSON_HIT.pattern + r"|嫁|妻|旦那|夫|女房|かみさん|カミさん|家内|主人|人")
_PEST = lazy_regex.compile(r"ハエ|蠅|蝿|蚊|ゴキブリ|虫|布団|太鼓|ボール|テレビ|機械")
# 外に出した is a punishment only when a child or a pet was put out: a
# report or a secret "put out" (これ外に出したらいかん) is a leak, not abuse.
_PUT_OUT = lazy_regex.compile(r"外に(?:閉じ込め|出し)")
_CHILD_OR_PET = lazy_regex.compile(
    r"息子|娘|子ども|子供|うちの子|[長次三]男|[長次三]女|ガキ|チビ|坊主|犬|猫|イヌ|ネコ|ペット|ワンコ|わんこ|罰|お仕置き|おしおき|反省|泣"
)
_FISH_WORK = lazy_regex.compile(r"魚|アジ|鯵|鯛|タイ|サバ|鯖|ブリ|鰤|イカ|サケ|鮭|マス|鱒|アユ|鮎|釣|血抜き|神経|ネクタイ|帯|ベルト|ボルト|ネジ|蛇口|気を")


_VIOLENCE_TRIGGER = LiteralPrecheck(_VIOLENCE)

# Poison laid for crop-raiding birds and beasts (カラス, イノシシ, モグラ) is an
# unlawful way of catching wildlife — 5(6)③, told by violent_act_unlawful —
# not the cruelty to a pet that 5(6)⑥ names; relishing the suffering is
# caught by the cruelty-relished rules on its own words.
_POISON = lazy_regex.compile(r"毒|殺鼠剤|農薬|除草剤")
_WILD_PEST = lazy_regex.compile(
    r"カラス|からす|烏|鴉|ハト|鳩|ヒヨドリ|スズメ|雀|ムクドリ|イノシシ|猪|シカ|鹿|サル|猿|モグラ|もぐら|ネズミ|ねずみ|鼠|"
    r"タヌキ|狸|ハクビシン|アライグマ|アナグマ|害獣|害鳥|有害鳥獣"
)
# (a kept animal beside it: _PET, the list animal_abandoned reads, below)

# ぶっ飛ばした after a road, a speed or a car is speeding (5(6)③ via the
# speeding rules), not a blow.
_DRIVEN_FAST = lazy_regex.compile(
    r"km|キロ|車|🚗|🏎|🏍|バイク|単車|(?<![柔剣武])道(?!場)|高速|オービス|覆面|アクセル|ドライブ|峠|バイパス"
)
# An animal chased about or soaked for fun is cruelty relished (5(6)⑥); with
# no blow, poison or wound it is not the crime the unlawful-violence rule names.
_HARASSED_ONLY = lazy_regex.compile(r"(?:水(?:を)?ぶっかけ|追い回し(?:た|てやった))$")


# A match of _VIOLENCE holds no sentence end (。!?, a line break), so looking
# sentence by sentence finds the same matches as one pass over the text.
def _violent_acts_told(doc):
    """Assault, abuse as discipline, or cruelty to animals, told as done."""
    text = doc.text
    for lo, hi in _VIOLENCE_TRIGGER.sentences(doc):
        for m in _VIOLENCE.finditer(text, lo, hi):
            if _SHIME.match(m.group()) and (not _PERSON_HIT.search(text, lo, hi) or _FISH_WORK.search(text, lo, hi)):
                continue
            if _COUNTED_BLOW.match(m.group()) and (not _PERSON_OR_KIN.search(text, lo, hi) or _PEST.search(text, lo, hi)):
                continue
            if m.group().startswith("ぶっ飛ばし") and _DRIVEN_FAST.search(text, lo, hi):
                continue
            if _PUT_OUT.match(m.group()) and not _CHILD_OR_PET.search(text, lo, hi):
                continue
            if _WARNING.search(text, lo, hi) or re.search(r"虐待(?:の)?(?:防止|通報|相談|ゼロ)|189", text[lo:hi]):
                continue
            yield m.start(), m.end()


# The act as the subject of something watched or read (動物虐待の動画,
# 殴ってる映像, 喧嘩をボコボコにする動画): someone else did it and the writer
# looked on.  Relishing it is offensive content (5(6)⑥, violent_act), not
# the writer's crime.
_WATCHED = lazy_regex.compile(
    r"(?:の|する|してる|している|してた|した|される|されてる|された|とかの|系の)?"
    r"(?:動画|映像|ビデオ|画像|写真|ニュース|記事|投稿|配信|生配信|ライブ|シーン|場面|ドラマ|映画|漫画|マンガ|アニメ|ゲーム|ショート|リール|切り抜き)"
)


@validator("violent_act", scope="paragraph", needs=(_VIOLENCE,))
def violent_acts(doc):
    """Violence or cruelty offensive to public order (5(6)⑥): poison laid for
    crop-raiding wildlife is left to the unlawful-act rule."""
    text = doc.text
    for start, end in _violent_acts_told(doc):
        if _POISON.search(text, start, end):
            lo, hi = doc.sentence_at(start)
            if _WILD_PEST.search(text, lo, hi) and not _PET.search(text, lo, hi):
                continue
        yield start, end


@validator("violent_act_unlawful", scope="paragraph", needs=(_VIOLENCE,))
def violent_acts_unlawful(doc):
    """Violent acts that are crimes: an animal only chased or soaked, or an
    act the writer only watched in a video, is left to 5(6)⑥."""
    text = doc.text
    for start, end in _violent_acts_told(doc):
        if _HARASSED_ONLY.search(text[start:end]) or _WATCHED.match(text, end):
            continue
        yield start, end


# -- open burning ----------------------------------------------------------------------

# Household rubbish burnt at home or in the open (廃棄物処理法の野外焼却禁止).
# Garden leaves, とんど焼き and the city's incinerator are not it.
_BURNT = (
    r"(?:ゴミ|ごみ|生ゴミ|生ごみ|プラ(?:スチック)?|ビニール|発泡スチロール|タイヤ|段ボール|ダンボール|古紙|雑誌|新聞紙?|"
    r"家具|廃材|不用品|粗大|ペットボトル|おむつ|オムツ|衣類|古着|布団|家電|ゴミ袋|廃油|産廃|ゴム|塗料|ペンキ)"
)
# 燃やすごみ / 燃やせるゴミ / 燃やさないごみ / 焼却ごみ (and 燃やせるもの,
# what goes in it) name a collection category in every rubbish notice: a
# noun, not a burning (燃えるごみ and 可燃ごみ never reach the verb).
_BURN_VERB = r"(?:燃や|燃し|もやし|焼却|焼い|焼く|焼け|焼こ)(?!(?:す|せる|さない|せない)?(?:ごみ|ゴミ)|せる(?:もの|物))"
_OPEN_BURNING = lazy_regex.compile(
    _BURNT + r"(?:を|も|とか|ごと|は|、)?[^。!?\n]{0,20}?" + _BURN_VERB
)
_BURN_PLACE = lazy_regex.compile(
    r"庭|畑|田んぼ|裏|空き地|空地|河原|河川敷|山|ドラム缶|一斗缶|焼却炉|野外|屋外|外で|敷地|自宅|家で|うちで|"
    r"毎週|毎朝|毎日|毎月|いつも|日課|習慣|恒例|週末|しょっちゅう|楽|ゴミ袋代|処分(?:代|料|費)|収集日|ゴミ出し|ごみ出し|浮い|タダ|手間"
)
_BURN_LAWFUL = lazy_regex.compile(
    r"清掃工場|クリーンセンター|環境センター|焼却(?:場|施設)|処理(?:場|施設)|発電|収集車|焼き芋|焼芋|とんど|どんど|左義長|野焼き|お焚き上げ|"
    r"(?:燃や|燃し|焼却し|焼い)(?:さない|さず|てはいけ|ちゃダメ|たらダメ|たら駄目|ないで|ては(?:ダメ|だめ))|燃やすな"
)


# 焼却炉 as a noun (ごみピットから焼却炉へ, 焼却炉の操作室) names a furnace,
# not a burning; it is the writer's only when owned by the writer or the
# burning is placed or told as a habit by another word of _BURN_PLACE
# (裏の焼却炉, うちの焼却炉, 毎週焼却炉で).
_FURNACE_NOUN = lazy_regex.compile(r"焼却炉$")
_OWN_FURNACE = lazy_regex.compile(r"(?:うち|家|自宅|実家|庭|裏|畑|小屋|自分|手作り|手製|自作|ドラム缶|一斗缶)(?:の)?(?:古い|小さな|簡易)?焼却炉")


def _plant_incinerator_only(text: str, lo: int, hi: int, m) -> bool:
    end = m.end() + 1 if text.startswith("炉", m.end()) else m.end()
    if not _FURNACE_NOUN.search(text, m.start(), end):
        return False
    if _OWN_FURNACE.search(text, lo, hi):
        return False
    return not any(p.group() != "焼却炉" for p in _BURN_PLACE.finditer(text, lo, hi))


def _burning_before(draft, start: int, end: int) -> str:
    """The fact of open_burning: the habit is looked for to the end of the
    line after the sentence, and a sentence ending in the blank lines (the
    draft's sentence just before this paragraph) reaches this paragraph's
    first line — that sentence when it tells of burning, else ""."""
    before = sentence_before(draft, start)
    return before if _OPEN_BURNING.search(before) else ""


# Every span is a burning (with a _BURN_PLACE in its sentence) or a habit,
# whose words are all _BURN_PLACE words too; the burning itself may be in the
# paragraph before, so it is no need.
@validator("open_burning", scope="paragraph", needs=(_BURN_PLACE,), facts=_burning_before)
def open_burning(doc, burning_before=""):
    """Household rubbish burnt in a garden, a field or a drum, told as done or habit."""
    # The previous paragraph's last sentence goes in front, so that its habit
    # found on this paragraph's first line is this paragraph's span.
    skip = len(burning_before)
    text = burning_before + doc.text
    bounds = [(0, skip)] if skip else []
    for m in _OPEN_BURNING.finditer(text):
        lo, hi = bounds[0] if m.start() < skip else doc.sentence_at(m.start() - skip)
        if m.start() >= skip:
            lo, hi = lo + skip, hi + skip
        if not _BURN_PLACE.search(text, lo, hi):
            continue
        if (_WARNING.search(text, lo, hi) or _BURN_LAWFUL.search(text, lo, hi)) and not _RULE_DISMISSED.search(text, lo, hi):
            continue
        if _plant_incinerator_only(text, lo, hi, m):
            continue
        if _VICTIM.match(text, m.end()) or _third_party_did_it(text, lo, hi, m):
            continue
        if m.start() >= skip:
            yield m.start() - skip, _BURN_TAIL.match(text, m.end()).end() - skip
        line_end = text.find("\n", hi)
        habit = _BURN_HABIT.search(text, lo, line_end if line_end != -1 else len(text))
        if habit and habit.start() >= skip:
            yield habit.start() - skip, habit.end() - skip


_BURN_TAIL = lazy_regex.compile(r"[さしすせそ]?(?:て(?:る|いる|た|きた|ます|しまった)|た|ちゃった|ちゃう|ば|す|せば)?")
# Told as a habit: the repetition is part of what breaks the law.
_BURN_HABIT = lazy_regex.compile(r"(?:毎週末?|毎朝|毎日|毎月|週末(?:ごと)?|いつも|しょっちゅう)(?:は|に)?(?:やって(?:る|ます|いる)|燃やして(?:る|ます)|の(?:日課|習慣))|日課|習慣")


# -- pets abandoned ----------------------------------------------------------------------

# A kept animal let go in the wild or left somewhere (動物愛護管理法の遺棄;
# アメリカザリガニ and アカミミガメ may not be released either).  Fish
# stocking (稚魚の放流) and wild animals nursed and returned are lawful.
_PET = lazy_regex.compile(
    r"犬|イヌ|わんこ|猫|ネコ|ねこ|子猫|子犬|ウサギ|うさぎ|ハムスター|モルモット|フェレット|インコ|文鳥|オウム|カメ(?!ラ)|亀|ミドリガメ|アカミミガメ|"
    r"ザリガニ|ヘビ|蛇(?!口)|トカゲ|イグアナ|ハリネズミ|チンチラ|ニワトリ|鶏(?!肉)|アヒル|ヤギ|ペット(?!ボトル|ショップ)"
)
_KEPT_ANIMAL = lazy_regex.compile(
    r"飼って(?:た|いた|る|いる)|飼い(?:犬|猫|始め|きれ)?|ペット|うちの|家の|買った|飼育|世話|面倒(?:を)?見|ペット不可|"
    r"増えすぎ|生まれすぎ|産まれすぎ|大きくなりすぎ|大きくなった|飽き|なつかな|懐かな|噛(?:む|みつく)|引っ越"
)
_RELEASED = lazy_regex.compile(
    r"(?:山|山奥|森|林|川|河原|河川敷|池|沼|湖|用水路|水路|公園|空き地|野原|田んぼ|畑|海|藪|やぶ|草むら|神社|お寺|寺|道端|駅|スーパー|ダンボール|段ボール|箱|外)"
    r"(?:の(?:近く|方|ほう|中|奥|隅|脇|前))?(?:(?:に|へ)[^。!?\n]{0,8}?(?:放し|放っ|逃がし|逃し|捨て|置い|置き去りにし|離し|返し|帰し)|で[^。!?\n]{0,8}?(?:捨て|置き去りにし))(?:て(?:きた|やった|あげた|おいた|しまった|きちゃった|る|いる|来た)|た|ちゃった|といた|てこよう|てくる|とこ)|"
    r"(?:自然|野生)に(?:返|帰)(?:して|し)(?:きた|あげた|やった|た|ちゃった|とい)"
)
_RELEASE_LAWFUL = lazy_regex.compile(
    r"保護|ケガ|怪我|治療|手当て|野生の|放流|稚魚|リリース|里親|譲渡|保健所|動物病院|獣医|迷子|迷い|飼い主(?:を|さん)|"
    r"遺棄|犯罪|禁止|法律|違反|いけません|ダメ|だめ|やめ|カブトムシ|クワガタ|セミ|蝶|トンボ|ホタル|メダカ|金魚|"
    r"遊ばせ|走り回|散歩|リード|ドッグラン|水浴び|泳が"
)


# Paragraph: the pet is looked for in the sentence and the one before it on
# the same line.
@validator("animal_abandoned", scope="paragraph", needs=(_RELEASED, _PET, _KEPT_ANIMAL))
def animals_abandoned(doc):
    """A kept animal let go in the hills, a river or a park, told as done."""
    text = doc.text
    for m in _RELEASED.finditer(text):
        lo, hi = doc.sentence_at(m.start())
        p_lo = _previous_sentence_start(doc, lo)
        if not _PET.search(text, p_lo, m.start()) or not _KEPT_ANIMAL.search(text, p_lo, hi):
            continue
        if _RELEASE_LAWFUL.search(text, p_lo, hi) or _warns(text, lo, hi):
            continue
        yield m.start(), m.end()


# A gift thanked for and a matter of the giver's put ahead in the writer's
# work, in one draft: 商品券までいただき…例の件は優先順位を上げておきます.
# The favour is promised in thanks, not done first, and no お礼/見返り is said.
_GIFT_THANKED = lazy_regex.compile(
    r"(?:商品券|ギフト券|ギフトカード|ビール券|旅行券|金券|現金|謝礼|金一封|袖の下|お車代|心付け|"
    r"[0-9一二三四五六七八九十]+万円?(?:分|相当)?(?![人件部回枚台歩票年世帯]))"
    r"(?:を|まで|も)?(?:いただき|いただい|頂き|頂い|頂戴し|もらい|もらっ|もろ|受け取り|受け取っ)"
)
_PUT_AHEAD = lazy_regex.compile(
    r"(?:優先(?:順位|度)|順番|順位)(?:を|ば|は)?[^。!?\n]{0,4}?(?:上げ|あげ|繰り上げ|くりあげ|高め|早め|前に|先に)(?:て|と)?(?:おき|とき|とく|ておく|おく)"
    r"|(?:優先的に|最優先で|先に|早めに)[^。!?\n]{0,6}?(?:処理|回|進め|通|審査|決裁)(?:して|し)?(?:おき|とき|とく|ておく)"
)
# The matter is the writer's work: 例の…の件, 工事, 申請, うちの課で.
_MATTER = lazy_regex.compile(r"の件|案件|工事|舗装|申請|審査|許可|入札|契約|補助金|発注|決裁|うちの(?:課|係|部署)")
_GIFT_FAVOUR_REACH = 200
_REFUSED_GIFT = lazy_regex.compile(r"断(?:っ|り|る)|お断り|返却|お返し(?:し|いた)|受け取(?:らな|れな|りませ)|辞退")


@validator("gift_repaid_by_favour", needs=(_GIFT_THANKED, _PUT_AHEAD))
def gifts_repaid_by_favour(doc):
    text = doc.text
    for g in _GIFT_THANKED.finditer(text):
        g_lo, g_hi = doc.sentence_at(g.start())
        if _warns(text, g_lo, g_hi) or _REFUSED_GIFT.search(text, g_lo, g_hi):
            continue
        for f in _PUT_AHEAD.finditer(text, g_lo, min(len(text), g.end() + _GIFT_FAVOUR_REACH)):
            f_lo, f_hi = doc.sentence_at(f.start())
            if _warns(text, f_lo, f_hi) or not _MATTER.search(text, f_lo, f_hi):
                continue
            yield g.start(), g.end()
            # the favour from its clause: うちの課で優先順位を上げておき
            comma = text.rfind("、", f_lo, f.start())
            yield (comma + 1 if comma != -1 else f_lo), f.end()
            return
