"""Insults hidden behind masks, and demeaning talk about groups of people
(checklist items 5.6.1 and 5.6.2).

- ``masked_insult``: 伏字 such as バ〇, ﾊﾞ○, ク＊, ア〇, 〇ね and し〇ばいい.
  The normalizer keeps masking marks (○ ● ◯ × ※ ＊…) where they were, so
  the detector reads them straight from the normalized text.
- ``group_generalisation``: a group of people named by nationality, race,
  belief, residence or origin, occupation, disability, sex or age, followed
  in the same sentence by a sweeping judgement (考え方が古い, 怖い, 民度,
  無理, マナーが悪い…): 山奥の人たちって考え方が古い.
- ``group_exclusion``: wanting a group kept away (貸さない方がいい,
  来てほしくない, 遊ばせたくない…), kept out by preference or restriction
  (健常者優先に, 地元出身者に限った方がいい, 役員から外すべき) or refused in
  marriage (結婚させたがらない), with the group named in the same
  sentence or the two before it, or pointed at (ああいう人たち).
- Round 5 (indirect phrasing and 熊本弁): trouble dated from a group's
  arrival (実習生が増えてから空き巣も), a fixed fate (女性はどうせ辞める),
  never lifting a finger (全然協力せん), marriage hesitated over
  (結婚はちょっと考える), our own kind only (地元の人間だけでやりたい),
  masked nationalities (△国人), customers and pupils as the group
  (車いすのお客さん), and Kyushu adjective endings (怖か).
- ``place_contempt`` / ``place_contempt_whole``: a place whose people are
  called a heap of something (あの地区は貧乏人の集まり, 底辺の巣窟).

Sentences that speak against discrimination (人権, 差別をなくそう, 偏見,
男女共同参画…) or that warn about crime aimed at a group (高齢者を狙った
詐欺に注意) are skipped; a warning cancels only when it is about a hazard
or an act, never when the group itself is the reason (在日らしいから気を
つけた方がいい is the prejudice).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .. import lazy_regex
from .registry import any_of, validator
from .draft_facts import any_line_matches, once_per_draft
from .literal_precheck import LiteralPrecheck

# -- masked insults -----------------------------------------------------------

# Masking marks as they arrive after NFKC (＊ becomes *).
_M = "[〇○●◯◎×✕✖※*]"
# The insults _MASKED finds without a masking mark: a filler inside the word,
# and romaji.  Every other branch of _MASKED holds a mark.
_FILLED_WORDS = ("クーズ", "ボーケ", "アーホ", "ゴーミ", "クーソ", "ク・ズ", "バ・カ", "ア・ホ", "カ・ス", "ボ・ケ", "ク・ソ", "ゴ・ミ")
_ROMAJI_WORDS = ("baka", "BAKA", "Baka", "aho", "AHO", "Aho", "kuzu", "KUZU", "Kuzu", "kasu", "KASU", "Kasu",
                 "munou", "MUNOU", "Munou", "munoo", "MUNOO")
_MASKED = lazy_regex.compile(
    "|".join([
        rf"(?<![ァ-ヶー])バ{_M}{{1,2}}カ?(?!{_M})",
        rf"(?<![ぁ-ゖ])ば{_M}{{1,2}}か?(?!{_M})",
        rf"(?<![ァ-ヶー]){_M}カ(?!{_M}|[月所国条年ァ-ヶ])",
        rf"(?<![ァ-ヶー])ア{_M}(?!{_M}|[ァ-ヶー])",
        rf"(?<![ァ-ヶー])ク{_M}(?!{_M}|[ァ-ヶー])",
        rf"(?<![ァ-ヶー])カ{_M}(?=が|野郎|すぎ|だな|じゃん|人間)",
        rf"(?<![ァ-ヶー])ゴ{_M}(?=人間|野郎|すぎ|だな|じゃん|以下|クズ)",
        rf"(?<![ァ-ヶー])ガ{_M}ジ",
        # ガイジ / ガイジン with the last letter masked (ガイ〇), as discrimination-masked-slur reads it
        rf"(?<![ァ-ヶー])ガイ{_M}(?!{_M}|[ァ-ヶー])",
        rf"(?<![ァ-ヶー])キ{_M}ガイ",
        # 税金ドロ〇 / 給料ドロ〇〇: the tail of ドロボー masked by one or two marks
        rf"(?:税金|給料|月給)ドロ{_M}{{1,2}}(?!{_M})",
        rf"(?<![ァ-ヶー])ブ{_M}(?=すぎ|だな|じゃん|女|男|だし)",
        # a filler mark inside the word: ク〜ズ (NFKC makes 〜 a long mark: クーズ), ア・ホ
        rf"(?<![ァ-ヶー・])(?:{'|'.join(_FILLED_WORDS)})(?![ァ-ヶー・])",
        # 死ね / 死ねばいいのに with a masked letter: 〇ね, し〇, し〇ばいいのに
        rf"(?<![〇○●◯◎×✕✖※*0-9一-龥ァ-ヶ])(?:死|し){_M}(?:ば(?:いい|良い))?(?!{_M})"
        rf"|(?<![〇○●◯◎×✕✖※*一-龥]){_M}ね(?=ー|よ|や|[!。、…w]|って|$|\s|ばいい|ば良い)",
        # romaji, in any case after NFKC folds ＫＡＳＵ to KASU
        rf"(?<![A-Za-z])(?:{'|'.join(_ROMAJI_WORDS)})(?![A-Za-z])",
    ])
)

# Disability slurs, plain or with a letter masked (ガイジ, ｶﾞｲｼﾞ, ガ〇ジ, キ●ガイ, 池沼), never
# ガイジン nor a word quoted to be named: conduct.py reads them said of a resident met at work
# as contempt for the person served (5.1); 5.6.1 and 5.6.2 have them from their own rules.
DISABILITY_SLUR = (
    rf"(?<![「『ァ-ヶー])(?:ガイジ|ガ{_M}ジ|キチガイ|キ{_M}ガイ|基地外|知恵遅れ|"
    r"池沼(?!(?:の|や|に|を|が)?(?:生態|環境|湖沼|河川|水質|保全|調査|整備)))(?![ンァ-ヶー」』])"
)

# Longer insults with any ONE letter masked: 税金泥〇, 役立〇ず, 人で〇し.
# Three letters or more, so the letters left still spell only the insult
# (a masked two-letter word, 無〇, reads as a placeholder).
_MASKABLE = (
    "税金泥棒", "給料泥棒", "月給泥棒", "役立たず", "能無し", "穀潰し", "ごくつぶし", "人でなし", "ろくでなし",
    "恥知らず", "老いぼれ", "ウジ虫", "蛆虫", "寄生虫", "売国奴", "ゴミクズ", "ゴミカス", "クソ野郎", "バカ野郎",
    "馬鹿野郎", "アホンダラ", "クソガキ", "クソジジイ", "クソババア", "くそったれ", "クソッタレ", "ブサイク",
    "不細工", "キチガイ", "腰抜け", "負け犬", "ポンコツ", "税金ドロボー", "税金ドロボウ", "給料ドロボー", "給料ドロボウ",
    "ドロボー", "ドロボウ",
)


def _one_masked(word: str) -> str:
    return "|".join(re.escape(word[:i]) + _M + re.escape(word[i + 1:]) for i in range(len(word)))


_MASKED_WORD = lazy_regex.compile(
    rf"(?<!{_M})(?:"
    + "|".join(_one_masked(w) for w in sorted(_MASKABLE, key=len, reverse=True))
    + rf")(?!{_M})"
)

# Two-letter kanji insults with one letter masked (無〇, 低〇, 馬〇, 〇能) read
# as a placeholder on their own (無〇〇の日, 〇〇市), so they count only
# said of someone: after an intensifier or a topic marker (ほんと無〇,
# あいつは低〇) and closing the clause (。, すぎ, だな, やけん).
_MASKED_KANJI = lazy_regex.compile(
    r"(?:ほんと(?:に)?|ホント(?:に)?|本当に|マジ(?:で)?|まじ(?:で)?|超|ガチ(?:で)?|クソ|くそ|完全に|ただの|相当|かなり|"
    r"ほんま(?:に)?|ほんなこつ|ほんなこて|まるで|マジの|は|って|なんて|、|,)\s?"
    # 老〇 / 〇害 for 老害, said of someone the same way
    rf"((?:無|低|馬|阿|老){_M}|{_M}(?:能|鹿|呆|害))(?!{_M})"
    r"(?=[。!?、,…wｗ\s]|$|すぎ|過ぎ|だ(?:な|ろ|よ|わ|し|$|[。!?])|じゃん|じゃね|や(?:ろ|ん|な|けん|し)|かよ|な(?:奴|やつ|人|上司|の|ん)|ばい|たい|っぷり)"
)
_FEE_ENDS = set("費料金代税額")
_MASK_MARK = lazy_regex.compile(_M)
# A _MASKED match without a mark holds one of these words.
_UNMARKED_INSULT = lazy_regex.compile("|".join(_FILLED_WORDS + _ROMAJI_WORDS))


# Paragraph scope: every match is made of letters and marks (never a line
# break) and looks at most at its neighbouring characters, where a
# paragraph's start or end tests like the line break beside it.
@validator("masked_insult", scope="paragraph")
def masked_insults(doc):
    """Insults written with a masked letter: バ〇, ク＊, 〇ね, 税金泥〇, 無〇, baka."""
    # Cheap tests first: 29 paragraphs in 30 hold no masking mark, and one
    # scan for a mark or for the few unmarked words costs far less than the
    # long alternation (the long mark ー of katakana, tested here before,
    # is in every other paragraph).
    marked = _MASK_MARK.search(doc.text) is not None
    if marked or _UNMARKED_INSULT.search(doc.text):
        for m in _MASKED.finditer(doc.text):
            yield m.start(), m.end()
    # Each masked word holds a masking mark.
    if marked:
        for m in _MASKED_WORD.finditer(doc.text):
            yield m.start(), m.end()
        for m in _MASKED_KANJI.finditer(doc.text):
            # a price left blank (参加費は無〇) is a placeholder
            if doc.text[m.start() - 1:m.start()] not in _FEE_ENDS:
                yield m.start(1), m.end(1)


# -- groups of people -----------------------------------------------------------

_COUNTRIES = (
    "中国|韓国|北朝鮮|朝鮮|台湾|香港|ベトナム|フィリピン|タイ|インドネシア|ネパール|ミャンマー|"
    "カンボジア|マレーシア|スリランカ|バングラデシュ|パキスタン|インド|中東|アラブ|イスラム|"
    "ブラジル|ペルー|ロシア|アメリカ|アフリカ|アジア|東南アジア|南米|ヨーロッパ|欧米|日本"
)
# The end of a company's name: the place right after it is not a group's name.
_FIRM_NAME_END = "".join(f"(?<!{re.escape(w)})" for w in (
    "建設", "工業", "工務店", "商事", "商会", "産業", "興業", "電工", "設備", "運輸", "保障", "ガード", "セキュリティ",
    "サービス", "不動産", "技研", "会社", "(株)", "(有)", "ホールディングス", "グループ", "警備社", "土木社",
    # …nor a section, office or unit of colleagues (建設課の連中, 消防署のやつら,
    # 総務部の人間): put down as co-workers, an insult (5(6)①), no protected group
    "課", "係", "室", "局", "班", "署", "庁", "部", "役所", "支所", "本庁", "分団", "事務所", "センター",
))
_PEOPLE = r"(?:人たち|人達|人ら|人間|人|連中|奴ら|やつら|奴|やつ|もん|者|子|家の子|家|方々)"
# One firm's staff (委託先の作業員, やまびこ運輸の運転手, and あそこの作業員
# once a firm is named just before): the workers of one company pointed at,
# an insult of them (5(6)① / 6(3)②), not a trade judged as a group.
_FIRM = (
    r"(?:あの|その)(?:会社|業者)|委託先|委託業者|受託業者|下請け?|元請け?|取引先|業者|"
    r"[〇一-龥ァ-ヶ]{0,8}(?:建設|工業|工務店|商事|商会|産業|興業|電工|設備|運輸|運送|保障|ガード|セキュリティ|サービス|不動産|技研|会社|ホールディングス|グループ|警備|土木|組)"
)
# The writer's own shop or firm (うちのパートさん, 当店のスタッフ) is one firm too: its staff
# spoken of by their employer (うちのパートさんはみんな一生懸命です), no trade judged.
_OWN_FIRM = r"うち|ウチ|うちの店|うちん店|うちの会社|当店|当社|弊社|当館|当施設"
_FIRMS_STAFF_OF = lazy_regex.compile(rf"(?:{_FIRM}|{_OWN_FIRM})(?:さん)?の(?:とこ(?:ろ)?の)?$")
# あそこ alone may be a place (あそこの作業員の連中は危険): one firm only
# when a firm is named within _FIRM_REACH characters before it.
_THAT_ONE = lazy_regex.compile(r"(?:あそこ|あっこ|そこ|あちら|そちら|先方)(?:さん)?の(?:とこ(?:ろ)?の)?$")
_FIRM_NAMED = lazy_regex.compile(_FIRM)
_FIRM_REACH = 60
_STAFF = lazy_regex.compile(
    r"(?:作業員|清掃員|警備員|社員|従業員|職員|スタッフ|店員|運転手|ドライバー|職人|派遣|パート|バイト|作業者|配達員|土方|トラック運転手)"
)


def _one_firms_staff(text: str, lo: int, g) -> bool:
    """The group word names staff of one firm pointed at just before it."""
    if not _STAFF.match(g.group()):
        return False
    before = text[max(lo, g.start() - 16):g.start()]
    if _FIRMS_STAFF_OF.search(before):
        return True
    pointer = _THAT_ONE.search(before)
    if pointer is None:
        return False
    at = g.start() - len(before) + pointer.start()
    return bool(_FIRM_NAMED.search(text, max(0, at - _FIRM_REACH), at))
# The group nouns that name people on their own, one row per kind the
# guideline protects (5(6)②: 人種・思想・信条・住居・職業・障害・性…),
# plain, polite and dialect forms alike.  Shared by every validator below
# through _GROUP (and _group_triggers: each word is its own trigger), so
# a word added here is a group for the judgement, exclusion, blame, fault
# and contempt-noun slots at once.  (Groups that need a phrase around
# them, 〇〇教の家, 〇〇出身の人, 山奥の連中, are the other _GROUP rows.)
GROUP_WORDS: dict[str, tuple[str, ...]] = {
    "belief": (
        "宗教の人", "宗教の家", "宗教団体", "新興宗教", "カルト", "信者", "信徒", "学会員", "創価",
        "エホバ", "ムスリム", "クリスチャン", "仏教徒", "キリスト教徒", "イスラム教徒", "統一教会",
        "宗教二世", "宗教やっとる", "宗教やってる", "宗教しとる",
    ),
    "disability": (
        "障害者", "障がい者", "障碍者", "障害児", "障がい児", "身障者", "知的障害者", "精神障害者",
        "障害者雇用", "障がい者雇用", "障害者枠", "障がい者枠", "手帳持ち", "支援学校の子", "養護学校の子",
        "支援学級の子", "特別支援学級の子", "ろうあ者", "聾唖者", "盲人",
        # named by the sense or limb: 耳の聞こえん人, 目の不自由な方
        *(part + lack + who for part, lacks in (("耳の", ("不自由な", "聞こえない", "聞こえん", "聞こえん", "遠い")),
                                               ("目の", ("不自由な", "見えない", "見えん")),
                                               ("体の", ("不自由な",)), ("足の", ("不自由な", "悪い")))
          for lack in lacks for who in ("人", "方")),
    ),
    "foreign": (
        # …spelled in kana to slip past a filter (ｶﾞｲｺｸｼﾞﾝ is ガイコクジン once normalized)
        "外国人", "外人", "ガイジン", "がいじん", "ガイコクジン", "がいこくじん", "外国籍", "実習生", "技能実習生", "外国人実習生",
        "外国人労働者", "留学生", "移民", "難民", "在日", "不法滞在", "外国の人", "外国の方", "よその国の人",
        "海外の人", "ザイニチ", "ざいにち", "帰化人", "帰化した人", "半島の人", "半島出身", "大陸の人", "外国の血",
    ),
    "occupation": (
        "派遣社員", "派遣さん", "派遣の人", "契約社員", "パートさん", "パートのおばちゃん", "バイトの子", "アルバイトの子",
        "フリーター", "日雇い労働者", "期間工", "季節労働者", "土方", "作業員", "清掃員", "警備員", "ホステス", "風俗嬢",
        "キャバ嬢", "水商売の人", "トラック運転手",
    ),
    "sex": (
        "女ども", "男ども", "女連中", "男連中", "女の子ら", "女子供", "おなご", "おなごども", "女子社員", "女子職員",
        "オバサン連中", "おばさん連中", "おばちゃん連中", "主婦連中", "ママ連中", "母親連中", "ゲイ", "レズ", "オカマ",
        "おかま", "ニューハーフ", "同性愛者",
    ),
    "residence": (
        "団地の", "市営住宅の", "県営住宅の", "公営住宅の", "市営の", "長屋の", "山奥の", "山ん中の", "集落の",
        "地区の", "部落", "同和地区", "川向こうの", "山間部の", "離島の", "僻地の", "田舎の", "出身者",
    ),
}
# …each as a regex branch; the residence row is a place, so it needs a
# people word after it (団地の連中, 市営住宅の人たち: 団地の公民館 is no group).
_GROUP_WORD_ALTERNATIVES = (
    # (longest first: 障害者雇用 before 障害者)
    # (with the contempt nouns after them kept in the group: 実習生の連中)
    "(?:" + "|".join(re.escape(w) for w in sorted((w for k in ("belief", "disability", "foreign", "occupation", "sex") for w in GROUP_WORDS[k]),
                                                   key=len, reverse=True)) + ")(?:の(?:連中|やつら|奴ら)|ども)?",
    "(?:" + "|".join(re.escape(w) for w in sorted(GROUP_WORDS["residence"], key=len, reverse=True)) + ")"
    r"(?:人たち|人達|人ら|人間|人|連中|奴ら|やつら|もん|者|家の子|子|住人|住民|方々)",
)

# The same people met as customers, tenants or pupils: 車いすのお客さん, 外国の入居者.
_CLIENT = r"(?:お客さん|お客様|お客|客|利用者|入居者|住人|生徒|児童|園児|患者|世帯|家族)"

# A named group of people.  Each alternative is one kind of attribute the
# guideline protects; the comment says which.
_GROUP = lazy_regex.compile(
    "|".join([
        # the bare group nouns of GROUP_WORDS
        *_GROUP_WORD_ALTERNATIVES,
        # nationality, race
        rf"(?:外国|海外|よその国|他の国|あの国|あっちの国|(?:{_COUNTRIES}))(?:の|から来た)?{_PEOPLE}|外国(?:の|人の|籍の)?{_CLIENT}",
        # roots abroad: 外国ルーツっぽい人, 外国にルーツのある子
        rf"外国(?:ルーツ|にルーツ(?:の|が)?ある)(?:っぽい|らしい|の)?{_PEOPLE}",
        # …as visitors or customers: 中国の観光客, 外国の団体客 (a tour from a country, not a person's trait)
        rf"(?:外国|海外|よその国|他の国|あの国|あっちの国|(?:{_COUNTRIES}))(?:の|人の|から来た|からの)?(?:観光客|団体客|旅行者|ツアー客|団体さん)",
        # …who came to train, study or work: 外国から来た研修生, ベトナムの留学生
        rf"(?:外国|海外|よその国|他の国|あの国|あっちの国|(?:{_COUNTRIES}))(?:の|から来た|人の|人|籍の)?(?:研修生|留学生|労働者|実習生)",
        # a nationality masked or left unnamed: △国人, 〇〇国の人, 某国人, A国の連中
        rf"(?:[〇○●◯△▲□■×✕※*]{{1,3}}|某|[A-Z])国(?:人|籍の{_PEOPLE}|の{_PEOPLE}|出身の{_PEOPLE})",
        # …and with 国 masked too: これだから〇〇人は.  Only as a topic, so a
        # count (定員〇〇人) is not a group.
        r"(?<![0-9約計員着最で第])[〇○●◯△▲□■×✕※*]{1,3}人(?=は|って|なんて|なんか|ども|ときたら|の(?:連中|奴ら|やつら))",
        rf"(?:{_COUNTRIES})系",
        r"外国人|外人|移民|難民|(?:技能)?実習生|黒人|白人|ハーフ(?![ァ-ヶー])|在日|(?<![ァ-ヶー])[ァ-ヶ][ァ-ヶー]{1,7}人(?![数口気形材件力参生工間])|外国籍|不法滞在者?",
        r"あの国の[一-龥ァ-ヶー]{1,5}|[一-龥]{1,3}国籍の(?:人|方)",
        # belief, religion, politics
        rf"(?:新興)?宗教(?:団体|の{_PEOPLE}|関係の{_PEOPLE}|系の{_PEOPLE}|信者|家)?|カルト|[〇○一-龥ァ-ヶ]{{1,4}}教(?:の{_PEOPLE}|徒|信者)|信者|学会員|ムスリム|イスラム教徒|クリスチャン|エホバ|創価|統一教会",
        # belief named by what the people do: 信仰を持っとる人, 宗教やってる連中, 神様を信じてる人
        rf"(?:信仰|信心)(?:を|が)?(?:持っ|もっ|し)(?:て|と|ちょ)(?:る|いる|おる|らす)?{_PEOPLE}|信心深い{_PEOPLE}|"
        rf"宗教(?:を|に)?(?:やっ|入っ|はまっ|ハマっ|入信し)(?:て|と|ちょ)(?:る|いる|おる)?{_PEOPLE}|(?:神|神様|仏|仏様|教祖)(?:を|に)?信じ(?:て|と|ちょ)(?:る|いる|おる)?{_PEOPLE}",
        rf"(?:左翼|右翼|左派|右派|共産党|[〇○●◯△×※*A-Z一-龥ァ-ヶ]{{1,4}}党)(?:の{_PEOPLE}|の?支持者|の?支持層|員)",
        # residence, origin
        # (全部落とした, 一部落ちて: 部 closes 全部 / 一部, 落 opens 落とす; no hamlet)
        rf"(?<![全一])部落(?:の{_PEOPLE}|出身)?|同和地区",
        rf"(?:[〇一-龥ァ-ヶ]{{1,6}})?地区の{_PEOPLE}",
        # the people of a hamlet, a block or a school district: 川向こうの集落の人たち, 町内の人ら
        rf"(?:集落|町内|校区)の(?:{_PEOPLE}|住人|住民)",
        r"[“\"「『]?(?:あの|あそこの|その)(?:地区|集落|団地|部落|辺り|へん|あたり|地域)[”\"」』]?(?=は|って|の|出身|から)",
        rf"[一-龥]{{1,4}}(?:県|府|市|町|村|島)(?:の|出身の|育ちの)(?:人間|連中|奴ら|やつら|もん)|[〇一-龥]{{1,3}}県民(?=って|は|なんて)|関西人|大阪人|東京人|都会(?:の)?(?:人|もん)|田舎(?:の)?(?:人|もん)",
        rf"団地(?:に住んで(?:る|いる|た)|住まい|の)?(?:{_PEOPLE}|住人)",
        # the people of a part of town named by direction: 〜の奥の方の人たち, 川の向こうの連中
        r"(?:奥|向こう|外れ|はずれ|裏|方|辺|へん|あたり|辺り|界隈)の(?:人たち|人達|人ら|人間|人|連中|奴ら|やつら|もん|者)",
        # …and by where they come in from: 奥の方から来る人, 山の向こうから来よる連中
        r"(?:奥|向こう|外れ|はずれ|山|山奥)(?:の方|のほう|ん方)?から(?:来る|来た|来よる|来とる|出てくる|出てきた)(?:人たち|人達|人ら|人間|人|連中|奴ら|やつら|もん|者)",
        rf"(?:山奥|山ん中|山の中|山ん奥|田舎|僻地|山間部|離島|よそ|他所|県外|都会|地方)(?:の|から来た){_PEOPLE}|よそ者|余所者",
        # newcomers and migrant workers: 移住者, よそから来た人, 出稼ぎの連中
        rf"移住者|移住(?:して)?(?:きた|来た){_PEOPLE}|新住民|転勤族|(?:よそ|他所|外|都会|県外|町外|市外)から(?:来た|来る|越してきた|越して来た|引っ越してきた|移ってきた)(?:{_PEOPLE}|方(?![向法面針式角]))|出稼ぎ(?:の{_PEOPLE}|労働者|者)?",
        # the majority favoured in a preference or a restriction: 健常者優先, 地元出身者に限る
        r"健常者|地元(?:出身)?者|地元(?:の|出身の)(?:人間|者)",
        rf"(?:地区|町|村|地域|部落|団地|集落|島)の?出身(?:の{_PEOPLE}|者)?|[〇一-龥ァ-ヶ]{{1,6}}(?:出身|生まれ)の{_PEOPLE}|[〇一-龥ァ-ヶ]{{1,6}}出身者",
        # origin told with 出 alone: 集落の出の者, 農家出の人, 百姓の出の連中
        rf"(?:地区|町|村|地域|部落|団地|集落|島|農家|百姓|漁師|炭鉱|在)の?出の{_PEOPLE}",
        # (never a firm named by its trade-name ending: 北斗ガードの連中, 山田建設の連中
        # are one company's staff, an insult of them (5(6)① / 6(3)②), not a group)
        # (the look-ahead first: it fails at once where no の人間… follows,
        # before the thirty-odd look-behinds of _FIRM_NAME_END are tried)
        rf"[〇一-龥ァ-ヶ]{{1,6}}(?=の(?:人間|連中|奴ら|やつら)){_FIRM_NAME_END}(?:の人間|の連中|の奴ら|のやつら)",
        rf"(?:中卒|高卒|低学歴|Fラン|学歴(?:の)?(?:ない|低い))(?:の{_PEOPLE}|者|{_PEOPLE})?",
        # people on welfare, first as named by what they come to the desk for
        # (生活保護の申請に来る連中, tried before the bare 生活保護)
        rf"生活保護(?:の|を)?(?:申請|相談|受給)?(?:に|を|で|し)?(?:来る|来た|来よる|来とる|来らす|くる|きた|来ている|来てる|受けとる|受けよる|もらいよる|もらっとる|もろうとる|もろとる|頼っとる|頼って(?:る|いる)|に頼る){_PEOPLE}|"
        # …and by any benefit they live on: 障害年金もらっとる人, 児童手当の受給世帯,
        # 年金暮らしの連中, 失業保険で食っとる奴ら
        rf"(?:障害者?年金|年金|失業保険|失業手当|児童手当|児童扶養手当|扶養手当|就学援助|保護費|手当|給付金|生保)(?:を|で|に)?"
        r"(?:受給して(?:る|いる)|受給しとる|受けて(?:る|いる)|受けとる|受けよる|もらって(?:る|いる)|もらっとる|もろとる|もろうとる|もらいよる|"
        rf"頼っとる|頼って(?:る|いる)|に頼る|(?:食って|食っと|暮らして|暮らしと|生活して|生活しと)(?:る|いる)){_PEOPLE}|"
        rf"(?:年金|手当|生保)(?:の)?(?:受給者|受給世帯|受給家庭|生活者|(?:暮らし|生活)の{_PEOPLE})|生保の{_PEOPLE}|"
        rf"(?:母子|父子)家庭(?:の{_PEOPLE})?|片親|ひとり親|シングルマザー|生活保護(?:の{_PEOPLE}|受給者)?|施設(?:育ち|の子)|貧乏人|低所得(?:者|層)|生活保護(?:を)?(?:受けて(?:る|いる)|もらって(?:る|いる)){_PEOPLE}|ナマポ|母子家庭|父子家庭|離婚家庭|(?:ひとり親|片親)(?:の{_PEOPLE}|家庭)",
        # occupation
        # …and named by what the people do: 夜の仕事しとる人, 水商売やってる連中
        rf"(?:夜の(?:お)?(?:仕事|商売|お店|店)|水商売|風俗|キャバクラ|ホステス|日雇い)(?:を|で|の)?(?:して|されて|されと|やって|し[とよ]|やっと|やっちょ|働いて|働いと|勤めて|勤めと)(?:る|いる|おる|らす|おられる)?(?:{_PEOPLE}|{_CLIENT}|方(?![向法面針式角]))|夜の(?:お)?(?:仕事|商売)の{_PEOPLE}",
        rf"派遣(?:社員|の{_PEOPLE}|さん)|非正規(?:の{_PEOPLE})?|フリーター|ニート|無職|水商売(?:の{_PEOPLE})?|風俗嬢|キャバ嬢|ホスト|土方|肉体労働者|清掃員|作業員|介護職|トラック運転手|百姓|パートのおばちゃん",
        # disability, illness
        rf"障(?:害|がい|碍)(?:者|児|のある{_PEOPLE}|がある{_PEOPLE})|(?:知的|精神|発達|身体)障(?:害|がい)(?:者|の{_PEOPLE})?|精神病(?:の{_PEOPLE}|患者)?|身障者|車い?椅?す?(?:の|に乗った|を使って(?:る|いる)|利用の)(?:{_PEOPLE}|方(?![向法面針式角]))|車い?椅?す?(?:の|に乗った|利用の){_CLIENT}|(?:障(?:害|がい|碍)|認知症|知的障(?:害|がい)|発達障(?:害|がい))(?:の|のある|がある){_CLIENT}|認知症の{_PEOPLE}|ボケ老人|自閉症(?:の{_PEOPLE})?|アスペ|メンヘラ|"
        rf"(?:うつ|鬱|うつ病|精神疾患|統合失調症|発達障(?:害|がい)|ADHD|知的障(?:害|がい)|HIV|エイズ|ハンセン病|透析|認知症|依存症)(?:の{_PEOPLE}|患者|持ち)|障(?:害|がい|碍)(?:のある|がある|を持つ|持ち)の?(?:{_PEOPLE}|方(?![向法面針式角策位]))",
        # sex, sexuality
        r"(?<![一-龥])(?:女|男)(?:性|の人|の子|子)?(?=って|は|なんて|なんか|に(?:は)?[^。!?\n]{0,10}(?:無理|向いて|できな|務まら)|を(?:入れ|雇|採用|配属|登用|任命|受け入れ|選))",
        r"(?:女性|男性)(?:職員|社員|ドライバー|の方)?(?=って|は|なんて|なんか)",
        # a sex and a role together: 女性の管理職は, 男の保育士って
        r"(?<![一-龥])(?:女|男)(?:性の?|の)(?:管理職|上司|課長|部長|係長|社長|店長|リーダー|医者|医師|先生|教師|運転手|ドライバー|職員|社員|政治家|議員|部下|新人|店員|従業員|作業員|消防士|警察官|看護師|保育士|幹部|役員|監督|審判|営業)(?=って|は|なんて|なんか)",
        # …any role written in kanji, with さん or たち (女性の店主さんは, 男性の事務員たちって);
        # never 女性の方は (the polite "women"), which the row above reads
        r"(?<![一-龥])(?:女|男)(?:性の?|の)[一-龥]{1,4}(?<!方)(?:さん|たち|達)?(?=って|は|なんて|なんか)",
        r"ゲイ|レズ|ホモ|オカマ|おかま|同性愛者?|同性(?:の)?カップル|同性婚|LGBTQ?|トランスジェンダー|性的少数者|性的マイノリティ|ニューハーフ",
        r"(?:主婦|専業主婦|ママ友|おばさん|おばちゃん|おっさん|おじさん|じじい|ばばあ|年寄り)(?:たち|連中|ども|ら)?(?:って|は)(?=[、,]?(?:みんな|だいたい|どうせ|すぐ|暇|図々|ずうずう|厚かまし|うるさ|話が長|しつこ|噂|陰口|悪口))",
        # age
        rf"年寄り|老人|高齢者|高齢ドライバー|最近の若(?:い|え){_PEOPLE}|若(?:い|え)(?:{_PEOPLE})|若者|ゆとり(?:世代)?|Z世代|団塊(?:の世代|世代)?",
    ])
)

# -- the rare trigger of a named group ------------------------------------------
#
# _GROUP is a long alternation tried at every position, and most sentences
# name no group.  Each alternative of _GROUP holds one of these strings in
# what it matches (or, for 女/男, in the lookahead right after it), so a
# sentence without any of them cannot hold a group: the validators below
# find these first (a plain alternation of literals, which `re` scans with a
# first-character table) and run _GROUP only where one occurs.  Adding an
# alternative to _GROUP means adding its trigger here; test_contempt checks
# the pair on every alternative's examples and the corpora.
_PEOPLE_FIRST = "人連奴やも者子家方"  # first characters of _PEOPLE
_CLIENT_FIRST = "お客利入住生児園患世家"  # first characters of _CLIENT


def _group_triggers() -> list[str]:
    countries = _COUNTRIES.split("|")
    abroad = ["外国", "海外", "よその国", "他の国", "あの国", "あっちの国", *countries]
    places = ["山奥", "山ん中", "山の中", "山ん奥", "田舎", "僻地", "山間部", "離島", "よそ", "他所", "県外", "都会", "地方"]
    homes = ["地区", "町", "村", "地域", "部落", "団地", "集落", "島"]
    ills = ["うつ", "うつ病", "鬱", "精神疾患", "統合失調症", "発達障害", "発達障がい", "ADHD", "知的障害", "知的障がい",
            "HIV", "エイズ", "ハンセン病", "透析", "認知症", "依存症"]
    return [
        # every word of GROUP_WORDS is its own trigger
        *(w for row in GROUP_WORDS.values() for w in row),
        # nationality: 外国の人, タイ人, 中国から来た連中, 外国籍の児童, ブラジル系, △国人
        *(a + n for a in abroad for n in "のか籍" + _PEOPLE_FIRST), *(c + "系" for c in countries),
        *("外国" + n for n in "人籍" + _CLIENT_FIRST), "国人", "国籍", "国の", "国出", "外国ルーツ", "外国にルーツ",
        *(m + "人" for m in "〇○●◯△▲□■×✕※*"),
        "外人", "移民", "難民", "実習生", "黒人", "白人", "ハーフ", "在日", "不法滞在",
        # (ベトナム研修生, あの国労働者: the country straight before the trainee or worker)
        *(a + w for a in abroad for w in ("研修生", "労働者", "観光客", "団体客", "旅行者", "ツアー客", "団体さん")),
        # belief
        "宗教", "カルト", "教の", "教徒", "信者", "学会員", "ムスリム", "クリスチャン", "エホバ", "創価",
        "統一教会", "信仰", "信心", "信じ", "左翼", "右翼", "左派", "右派", "党の", "党支", "党員",
        # residence, origin
        "部落", "同和地区", "地区の", "集落の", "町内の", "校区の", *(a + b for a in ("あの", "あそこの", "その")
                                       for b in ("地区", "集落", "団地", "部落", "辺り", "へん", "あたり", "地域")),
        "の人間", "の連中", "の奴ら", "のやつら", "のもん", "県民", "関西人", "大阪人", "東京人", "都会", "田舎", "団地",
        *(p + n for p in places for n in "のか"), "よそ者", "余所者",
        *(d + "の" for d in ("奥", "向こう", "外れ", "はずれ", "裏", "方", "辺", "へん", "あたり", "辺り", "界隈")),
        "移住", "新住民", "転勤族", "から来た", "から来る", "から越してきた", "から越して", "から引っ越して", "から移ってきた", "出稼ぎ", "から来よ", "から来と", "から出て",
        "健常者", "地元者", "地元出身", "地元の人間", "地元の者",
        *(h + s for h in homes for s in ("出身", "の出身")), "出身の", "生まれの", "出身者", "出の",
        "中卒", "高卒", "低学歴", "Fラン", "学歴", "母子家庭", "父子家庭", "片親", "ひとり親", "シングルマザー",
        "生活保護", "施設育ち", "施設の子", "貧乏人", "低所得者", "低所得層", "ナマポ", "離婚家庭",
        "年金", "手当", "失業保険", "就学援助", "保護費", "給付金", "生保",
        # occupation
        "派遣社員", "派遣の", "派遣さん", "非正規", "フリーター", "ニート", "無職", "水商売", "風俗嬢", "キャバ嬢",
        "ホスト", "土方", "肉体労働者", "夜の仕", "夜の商", "夜のお", "夜の店", "風俗", "キャバクラ", "ホステス", "日雇い", "清掃員", "作業員", "介護職", "トラック運転手", "百姓", "パートのおばちゃん",
        # disability, illness
        "障害", "障が", "障碍", "精神病", "身障者", *("車" + n for n in "い椅すのに を利".replace(" ", "")),
        "認知症", "ボケ老人", "自閉症", "アスペ", "メンヘラ", *(i + s for i in ills for s in ("の", "患者", "持ち")),
        # sex, sexuality
        *(s + n for s in "女男" for n in "性の子っはなにを"),
        "ゲイ", "レズ", "ホモ", "オカマ", "おかま", "同性", "LGBT", "トランスジェンダー", "性的少数者",
        "性的マイノリティ", "ニューハーフ", "主婦", "ママ友", "おばさん", "おばちゃん", "おっさん", "おじさん",
        "じじい", "ばばあ",
        # age
        "年寄り", "老人", "高齢者", "高齢ドライバー", *("若" + e + n for e in "いえ" for n in _PEOPLE_FIRST),
        "若者", "ゆとり", "Z世代", "団塊",
    ]


_GROUP_WORDS = lazy_regex.compile("|".join(map(re.escape, sorted(set(_group_triggers())))))
# (ベトナム人, ネパール人: the katakana before 人 is checked looking back from
# 人, so the scan stops at each 人 rather than at every katakana letter.)
_KATAKANA_PEOPLE = lazy_regex.compile(r"人(?<=[ァ-ヶー]人)")


class _GroupTrigger:
    """`found(text, pos, endpos)`: does text[pos:endpos] hold a group
    trigger word (_group_triggers) or a katakana word before 人?  The test
    before _GROUP.  The words are searched as one trie (literal_precheck.py:
    its source is kept in the build cache, not shaped at every start)."""

    def __init__(self) -> None:
        self._words = LiteralPrecheck(_GROUP_WORDS)

    def found(self, text: str, pos: int = 0, endpos: int = 2 ** 62) -> bool:
        return self._words.may_match(text, pos, endpos) or _KATAKANA_PEOPLE.search(text, pos, endpos) is not None


_GROUP_TRIGGER = _GroupTrigger()


def _group_flags(doc) -> list[bool]:
    """Per sentence of doc.sentence_bounds: may it hold a _GROUP match?
    Worked out once per Document (four validators ask)."""
    flags = doc.__dict__.get("_contempt_group_flags")
    if flags is None:
        text, found = doc.text, _GROUP_TRIGGER.found
        flags = doc.__dict__["_contempt_group_flags"] = [found(text, lo, hi) for lo, hi in doc.sentence_bounds]
    return flags


# An occupation, or the work itself, looked down on: 保育士や介護士みたいな仕事は
# 誰にでもできる.  Its own judgements: 危険 or 大変 describe the work, not the people.
_OCCUPATION = lazy_regex.compile(
    r"(?:保育士|介護士|介護職|介護|保育|看護助手|看護|ヘルパー|清掃員?|ゴミ収集|掃除|警備員?|コンビニ(?:店員|バイト)?|工場|農家|百姓|漁師|土木|土方|建設作業員?|配達員?|"
    r"ドライバー|運転手|レジ打ち|飲食店?|派遣|パート|バイト|日雇い|水商売|夜の仕事|風俗|ホスト|キャバ嬢|作業員|肉体労働|"
    r"農業|農作業|配達|警備|ヘルパー|工場勤め|現場仕事|介護士さん|保育士さん|ヘルパーさん)"
    r"(?:や[一-龥ァ-ヶー]{1,5}){0,2}(?:みたいな|なんかの|なんて|の|とかの|とか|なんか)?(?:仕事|職業|職|人たち|人|連中|奴ら|やつら)?"
    # …named by the people who do it: 介護の仕事する人, 保育士になる人,
    # 清掃の仕事しよる人, コンビニで働く人, 工場に勤めとる人
    r"(?:(?:を)?(?:で|に)?(?:して(?:る|いる|た)|やって(?:る|いる|た)|で働いて(?:る|いる|た)|に就いて(?:る|いる)|"
    r"する|しよる|しとる|しちょる|やる|やっとる|やりよる|やっちょる|になる|になった|になろうとする|(?:で|に)?働(?:く|いとる|きよる|いちょる)|"
    r"(?:に|で)?勤め(?:る|とる|よる|てる|ている|の))(?:人たち|人達|人ら|人|連中|奴ら|やつら|もん|の))?"
    r"(?=って|は|なんて|なんか|とか|しか|でも|、|,)"
)
# Marriage to one of them refused: 〜なんかとは結婚させられん, 嫁にはやれん
# (said of a trade, _LOOKED_DOWN, or of any group, _JUDGEMENT).
_MARRIAGE_REFUSED = (
    r"(?:結婚|一緒に)(?:は|なんて|なんか|とか)?させ(?:られ|れ)(?:ん|な|ね)|嫁に(?:は|なんか)?(?:やれ|出せ|やら(?:れ)?|もらえ)(?:ん|な(?:い|か))|"
    r"婿に(?:は|なんか)?(?:迎えられ|もらえ)(?:ん|な(?:い|か))|結婚(?:相手|の相手)(?:として|には|に)(?:は)?(?:論外|ありえな|あり得な|無理|考えられな|認められな)|"
    r"結婚(?:は|なんて|なんか)?(?:許せ|許さ|認めん|認めな|反対)"
)
_LOOKED_DOWN = lazy_regex.compile(
    _MARRIAGE_REFUSED + "|"
    r"誰にでもでき|誰でもでき|バカでもでき|馬鹿でもでき|猿でもでき|底辺|負け組|学(?:歴)?(?:が|も)?な(?:い|く)|頭(?:が|の)?悪|"
    r"目指すもの(?:じゃ|では)な|なるもの(?:じゃ|では)な|なるもんじゃな|やるもの(?:じゃ|では)な|なっちゃ(?:ダメ|だめ|おしまい)|ああはなりたくな|"
    r"勉強(?:が|も)?できな(?:い|かった)(?:人|子|奴|やつ)|落ちこぼれ|しか(?:なれ|でき|就け)な|レベル(?:が)?低|見下|人生終わ|恥ずかしい仕事|まともな仕事じゃな|"
    r"(?:他に|ほかに|よそに)(?:何も)?(?:仕事|行く(?:ところ|とこ|所|場所|あて|当て)|行き場|取り柄|とりえ|就ける仕事|できる(?:こと|仕事)|雇ってくれる(?:ところ|とこ|所))(?:が|も|の)?(?:な|無)(?:い|かった|く)(?!時代|頃|ころ|時|とき)|(?:人|奴|やつ|連中)がやる(?:もん|もの|仕事)|"
    # nowhere else would take them: よそで雇ってもらえんかった, どこにも就職できなかった
    r"(?:他で|ほかで|よそで|他に|ほかに|どこにも|どこも|どこでも)[^。!?\n]{0,6}?(?:雇って(?:もら|くれ)|就職|採用|拾って(?:もら|くれ))(?:え|でき|され|くれ)?(?:な|ん)(?:い|かった|かっ)(?:人|奴|やつ|連中|もん|から|けん|んやろ|んでしょ|のでしょ|んだろ)|"
    r"(?:他|ほか)に(?:何も)?でき(?:る(?:こと|仕事)(?:が|の)?な|な|ん)(?:い|かった)?(?:人|奴|やつ|連中|もん)|"
    r"(?:他|ほか)に(?:何も)?でき(?:な|ん)(?:い|かった)(?:人|から|もん)|仕方なく(?:なった|やって|就いた)|しょうがなく(?:なった|やって)|誰でもなれる|なるしかなかった|(?:頭|学)(?:を)?使わな(?:い|くて(?:いい|いい))"
)

# Contempt, not only a sweeping judgement: LABELS.md counts a contempt word
# about a group as an insult too (5.6.1).  Also strong enough to be read
# across a sentence break: 同性カップルが越してきた。気持ち悪いし…
# バカ / 馬鹿 as the first or last part of a word that is no put-down:
# 火事場の馬鹿力 (extraordinary strength), 馬鹿正直, 馬鹿丁寧, バカ売れ, 親バカ;
# バカらしい / バカバカしい call a thing absurd (映画館に行くのがバカらしい).
_FOOL = r"(?<!親)(?:バカ|馬鹿)(?!力|ぢから|正直|丁寧|売れ|でか|デカ|うま|ウマ|ンス|らし|バカし|馬鹿し)"
_CONTEMPT = lazy_regex.compile(
    r"気持ち悪|気色悪|キモ(?:い|すぎ|っ)|きもい|汚(?:い|らし)|きたな(?:い|すぎ)|不潔|臭(?:い|う|すぎ)|くさい|"
    rf"{_FOOL}|"
    r"アホ(?!らし|くさ|臭)|頭(?:が|の)?(?:悪|わる)|民度|野蛮|下品|"
    r"(?<![ァ-ヶ])サル(?![ァ-ヶ])|猿(?:みたい|以下|並み)|ゴキブリ|害虫|ゴミ(?!出し|拾|散らか|ポイ|放置|持ち帰|の日|袋|箱|収集|置|の?分別|の?分け方|の出し方|を|捨て|当番|ステーション|集積|(?:とか|など|なんか|が|は|も|の(?:こと|問題|量|処理))(?:ちゃんと|きちんと|ほんとに|本当に)?(?:大丈夫|だいじょうぶ|心配|不安|平気|散らか|増え|出せ|出さ|出す|出し|分け|ポイ捨て|ルール|マナー))|クズ|カス(?![テタ])|寄生虫|乞食|税金泥棒|嘘つき|うそつき|ウソつき|泥棒|盗人|盗っ人|ぬすっと|ぬすびと|ヌスット|手癖(?:が|の)?(?:悪|わる)|犯罪者予備軍|生理的に(?:無理|受け付け)|虫(?:酸|唾)が走|劣等|劣って|"
    # slow or useless: トロい, 使いもんにならん, 役立たず
    r"トロ(?:い|すぎ|くさ)|(?<![ぁ-ゖ])とろ(?:い(?![もわ])|すぎ|くさ)|鈍くさ|どんくさ|のろま|ノロマ|役立たず|無能|能無し|低能|低脳|知能が低|"
    # shameless or grasping, said of the people: 移住者って図々しい, あの連中は厚かましか
    r"図々し|図図し|ずうずうし|ずーずーし|厚かまし|あつかまし|厚顔無恥|恥知らず|がめつ|意地汚|いじきたな|ふてぶてし|"
    # ranked below the rest, said of the people themselves (right after は/も/って/、,
    # so 〜の医療のレベルが低い, said of a service, is no put-down):
    # 〜の人間はレベルが低か, 〜って程度が低い, 〜は知能レベル低すぎ, 〜は下等
    r"(?:(?<=[はもら、,])|(?<=って)|(?<=なんて))(?:知能|人間|民族|人種|頭の|脳みその|オツムの)?(?:レベル|程度|品位|品性|知性|教養|格)(?:が|も|は)?(?:ひっく|低|ひく)|"
    r"下等(?:な|動物|生物|民族)|劣等(?:民族|人種)|底辺(?:の(?:人間|連中|奴ら|やつら|もん)|ども|層)|格下|人間以下|虫けら|ウジ虫|蛆虫"
)
# Once a group has been put down in a sentence, the rest of the sentence's
# put-downs of it: トロいし使いもんにならん.  Useless on its own is said of
# things as often as of people (外国人向けの古い地図は使い物にならん).
_MORE_PUTDOWN = lazy_regex.compile(_CONTEMPT.pattern + r"|使い(?:物|もん|者)に(?:なら(?:な|ん|ね))|役に立た(?:な|ん|ね)|使え(?:な|ん|ね)")

# Judgements strong enough to be read in the sentence right after the group.
_FOLLOWING = lazy_regex.compile(
    _CONTEMPT.pattern + r"|悪影響|反対する(?:の|気持ち)(?:も|は)?[、,]?(?:正直|まあ|まぁ)?[、,]?(?:わか|分か|当然|無理(?:も)?な)|結婚(?:に|は|なんて)?(?:反対|許さ|認め(?:られ|な))|"
    r"怖(?:い|すぎ|か(?!っ))|こわ(?:い|か(?!っ))|信用(?:でき|なら)な|治安が悪"
)
_FOLLOW_REACH = 12
# The place or the family itself blamed: 昔からそういう土地だから.  Read next
# to a named group in the sentence or the one before it.
_STIGMA = lazy_regex.compile(r"そういう(?:土地|土地柄|地域|地区|所|ところ|場所|家|家柄|家系|血筋|血|筋|出|人たち|連中)(?:だ|な|なん|や|じゃ)?(?:から|ので|だし|でしょ|だもん|けん|けえ|し|もん)")  # the judgement opens the next sentence: 気持ち悪いし…

# "That's what they're like": これだから〇〇人は, これやけん若いもんは.
_THIS_IS_WHY = lazy_regex.compile(r"(?:これ|こい|それ|そい|あれ)(?:だ|や|じゃ)?(?:から|けん|けえ|けぇ)[、,]?$")
_TOPIC = lazy_regex.compile(r"(?:って(?:のは|やつは)?|は|なんて|ときたら)")
# …left unfinished (これだから〇〇人は…), or finished with a put-down; a
# fond これだから女の子は可愛い is neither.
_UNFINISHED = lazy_regex.compile(r"[…‥・.。!?、,wｗー〜~💢😡😤\s]*$")
_WHY_VERDICT = lazy_regex.compile(
    r"低能|無能|ダメ|だめ|困る|困った|嫌|いや(?:だ|や|なん)|信用|しょうがな|仕方な|どうしようもな|話になら|ろくな(?![りるっれら])|"
    r"使えな|使えん|役に立た|頭(?:が)?(?:悪|弱|固)|常識|マナー|民度"
)

# A failing told as inborn in a sex, a nation or an age: 話が長いのは女の人の
# 特性, 時間にルーズなのはあの国の人の国民性, 男ってそういう生き物.  The
# owner holds a _GROUP_TRIGGER word (女の, 女性, 〜人, 国人, 年寄り, 若いも…).
_INNATE_OWNER = (
    r"(?:女|男)(?:性|の人|の子|子)?|外国人|外国の人|あの国の人|[ァ-ヶー]{2,8}人|[〇○△×A-Z]{1,3}国人|[〇一-龥]{1,3}県民|"
    r"年寄り|お年寄り|老人|高齢者|若者|(?:最近の)?若(?:い|え)(?:人|もん|子|の)"
)
_INNATE = lazy_regex.compile(
    r"(?P<pred>[^。!?\n、,]{2,20}?)(?:の|ん)(?:は|って)[、,]?(?:やっぱり?|やっぱ|しょせん|所詮|結局|もう)?"
    rf"(?:{_INNATE_OWNER})(?:の|特有の|ならではの|らしい)"
    r"(?:特性|性分|性(?:さが)?(?=[（(]|[やだでじがなね]|$|[。!、])|さが|サガ|習性|特徴|本能|気質|国民性|県民性|DNA|宿命|生態)"
    r"|(?<![一-龥])(?:女|男)(?:性|の人)?(?:って|は|なんて)[、,]?(?:結局|所詮|しょせん|みんな|どうせ)?(?:そういう|そがん|ああいう|そんな)(?:生き物|人種)"
)
# …a failing, not a gift (細かい気配りができるのは女性の強み is not one).
_FLAW = lazy_regex.compile(
    r"な(?:い|か)$|[らかさたなまわがばえせきれめびみじち]ん$|られ(?:ん|な)|悪|遅|長い|長か|弱|うるさ|下手|へた|苦手|ルーズ|だらしな|感情的|ヒステリ|しつこ|"
    r"ケチ|ずる|汚|臭|冷た|多い|多か|キレ|怒(?:る|り)|泣|文句|愚痴|噂|嘘|サボ|遅刻|騒|がめつ|図々|厚かまし|わがまま|まとまら|できな|でけん|守らな|守らん|わから(?:な|ん)|分から(?:な|ん)"
)

# A group blamed for a common harm, read right after the group: 外国人労働者の
# せいで仕事がなくなる, 移住者が増えたせいで家賃が上がった, 障害者なんかに
# 税金使うのは無駄.  (A harm without the group, 台風のせいで, is no blame.)
_HARM = (
    r"仕事(?:が|も)?(?:なくな|減|奪)|税金(?:が|も)?(?:高|上が|増え)|治安|家賃|物価|給料|保険料|医療費|年金|負担|迷惑|騒音|うるさ|"
    r"しわ寄せ|割を食|苦労|損(?:する|して|ば)|困っ|悪(?:く|な)|上が(?:っ|る)|高く"
)
# A crime or a harm put on the group with no more than the group for proof:
# 〜の仕業, 〜がやったに決まっとる, 〜が盗んだって噂.  The deed slot...
_DEEDS = (
    r"やった|盗んだ|盗った|とった|盗みよる|盗みよった|荒らした|荒らしよる|壊した|割った|火を(?:つけ|付け)た|放火した|"
    r"捨てた|捨てよる|捨てていった|落書きした|書いた|描いた|汚した|散らかした|入った|侵入した|持って(?:いっ|行っ|っ)た|パクった|万引きした|騒いだ|"
    r"持ち出した|殺した|襲った|ひいた|轢いた|逃げた"
)
# …and the word that pins it on them: sure of it, heard it, or 仕業 itself.
_PINNED = (
    r"に決まっ|に違いな|にちがいな|んやろ|んだろ|んでしょ|のでしょ|んじゃろ|っちゃろ|らしい|っぽい|"
    r"(?:って|との|という|ちゅう)(?:話|噂|うわさ|ウワサ|こと)|と思う|と思っ|んよ|けん"
)
_CULPRIT = (
    r"(?:の|が|による|どもの|らの|連中の)(?:仕業|しわざ|シワザ|犯行|手口|せい(?:だ|や|じゃ|に決ま|に違いな|らしい|って|$|[。!、])|"
    r"犯人(?:だ|や|じゃ|に決ま|に違いな|らしい|って|$|[。!、]))|"
    rf"(?:が|らが|たちが|どもが|連中が)[^。!?\n]{{0,8}}?(?:{_DEEDS})(?:{_PINNED})"
)
# …or the culprit named first: 犯人は外国人に決まっとる, やったのはどうせ団地の子
_CULPRIT_FIRST = lazy_regex.compile(
    r"(?:犯人|ホシ|やったの|盗んだの|盗ったの|荒らしたの|壊したの|捨てたの|入ったの)(?:は|って|も)[、,]?"
    r"(?:どうせ|きっと|たぶん|多分|絶対|まず|また)?[、,]?$"
)
_PINNED_AFTER = lazy_regex.compile(
    r"[^。!?\n]{0,6}?(?:に決まっ|に違いな|にちがいな|やろ|だろ|でしょ|じゃろ|っちゃろ|らしい|っぽい|(?:って|との|という)(?:話|噂|うわさ)|と思う|たい|ばい)"
)

_BLAMED = lazy_regex.compile(
    r"[一-龥ァ-ヶー]{0,4}?(?:たち|達|ら|ども|連中)?(?:ばっかり|ばかり|ばっか|なんか|なんて)?"
    r"(?:" + _CULPRIT + r"|(?:の|が[^。!?\n]{0,6}?(?:増え|来|い|お|住ん|住み|入っ|入ってき|越してき)(?:た|る|とる|てる|ちょる))(?:せい|所為)(?:で|だ|や|じゃ|に)[^。!?\n]{0,20}?(?:" + _HARM + r")"
    r"|(?:に|のために|なんかに|なんかのために|ばっかりに|ばかりに)[^。!?\n]{0,6}?(?:税金|金|予算|お金|血税)(?:を)?(?:使う|使っ|かける|かけ|出す|回す|使わ)[^。!?\n]{0,8}?"
    r"(?:無駄|ムダ|もったいな|おかしい|(?:若者|若い(?:人|者|もん)|俺ら|私ら|うちら|わしら|市民|住民|こっち)(?:が|は)(?:苦労|損|割を食|迷惑|困)))"
)

# A fault explained by the group alone: 障害者雇用やろ？そりゃ仕事遅いわけだ,
# 外国の人やけん道理で覚えが悪いと思った.  The fault slot…
_FAULT = (
    r"(?:仕事|作業|対応|レジ|手|動き|覚え|飲み込み)(?:が|も)?(?:遅|おそ|トロ|とろ|のろ|鈍|悪|わる)|遅(?:い|か|すぎ)|トロ(?:い|か|すぎ|くさ)|"
    r"のろ(?:い|か|ま)|ノロマ|鈍くさ|どんくさ|ミス(?:が|も|ばっ?か|ばかり|ばっかり|多|する|しよる)|間違い(?:が|ばっ?か|ばかり|多)|"
    r"使え(?:な|ん|ね)|役に立た(?:な|ん|ね)|仕事に(?:なら|ならん)|話に(?:なら|ならん)|話(?:が|も)?通じ(?:な|ん|ひん)|"
    r"(?:でき|覚えられ|わから|分から|覚え)(?:な|ん|ひん)(?:い|か)?(?=わけ|訳|はず|筈|と思|ん|の|けん|もん)|"
    r"要領(?:が)?悪|手際(?:が)?悪|段取り(?:が)?悪|気が利か|不器用|下手|へた|ヘタ|足手まとい|足(?:を)?引っ張|迷惑|"
    r"頭(?:が)?(?:悪|弱)|常識(?:が)?な|マナー(?:が)?悪|汚|うるさ|臭"
)
# …read only after a word that says the group is the reason: そりゃ, 道理で,
# だから, and closed as the explanation (〜わけだ, 〜はずだ, 〜と思った).
_EXPLAINED = lazy_regex.compile(
    r"(?:そりゃ|そら|そりゃあ|道理で|どうりで|どおりで|通りで|だから|やけん|じゃけん|だけん|なるほど|やっぱり?|やっぱ)[、,]?"
    rf"[^。!?\n]{{0,10}}?(?:{_FAULT})[^。!?\n]{{0,6}}?"
    r"(?:わけ|訳|はず|筈|と思(?:った|うた|ったら|ったわ)|(?:ん|の)(?:か|や|だ|じゃ)(?:な|ね|ー|わ)?(?:$|[。!?、…]))"
)
# …or the group given as the reason in its own clause: 障害者やけん仕事が遅か,
# 実習生だから使えん (not a plain fact such as 外国籍の方なので日本語が…).
_BECAUSE_GROUP = lazy_regex.compile(
    r"[^。!?\n]{0,3}?(?:やけん|じゃけん|だけん|だから|やから|やし|だし|なんだから|なんやから|やもん|だもん)[、,]?(?:そりゃ|当然|やっぱり?)?[、,]?"
    r"[^。!?\n]{0,8}?(?:(?:仕事|作業|対応|覚え|動き)(?:が|も)?(?:遅|トロ|とろ|のろ|鈍|悪)|使え(?:な|ん|ね)|役に立た(?:な|ん|ね)|"
    r"仕事に(?:なら|ならん)|ミス(?:ばっ?か|ばかり|が多)|足手まとい|足(?:を)?引っ張|トロ(?:い|か)|どんくさ|鈍くさ|ノロマ|のろま)"
)

# "They can't even…", said of a group with a contempt word (あいつら, 連中):
# 日本語もまともに通じん, 挨拶もできん, ゴミの分別も守らん.  Read only after a
# pointer or a group named with 連中/奴ら: after 外国籍の方 the same words
# are a plain fact (日本語も話せない方には通訳を).
_CANT_EVEN = lazy_regex.compile(
    r"(?:日本語|言葉|話|会話|挨拶|あいさつ|敬語|返事|ゴミ出し|ゴミの分別|分別|ルール|決まり|約束|時間|順番|列|計算|漢字|字|"
    r"掃除|片付け|常識|簡単なこと|こんなこと|そんなこと|そげなこと|電話(?:番)?|名前)(?:も|すら|さえ|一つ|ひとつ)[、,]?"
    r"(?:まともに|ろくに|満足に|ちゃんと|きちんと|ろくすっぽ)?"
    r"(?:でき|通じ|話せ|しゃべれ|喋れ|読め|書け|守れ|守ら|覚えられ|わから|分から|理解でき|並べ|並ば|出せ|使え|取れ|とれ|かけられ|言え|打て)"
    r"(?:な|ん|ひん|ね|ず|んし|んけん)"
)

# Sweeping words right after the group's topic marker: 〜って(だいたい|みんな).
_SWEEP = lazy_regex.compile(r"(?:って|は|なんて|なんか)[、,]?(?:みんな|皆|だいたい|大体|どうせ|全員|大抵|たいてい|ほとんど|結局|基本|しょせん|所詮|しょせんは)")

# The group called a contempt name outright, or a heap of it: 受給者は寄生虫
# ばかり, 〜って社会のゴミばっかり, 〜なんてクズだらけ.  LABELS.md: a contempt
# word about a group is 5.6.2 as well as 5.6.1.  The word must be what is
# said of them (the clause ends there or goes on as a heap), so 〜は臭いに
# 敏感, 〜はバカ正直, 〜はゴミを持ち帰って say nothing of the kind.
_CONTEMPT_VERDICT = lazy_regex.compile(
    # (the rest of a group word _GROUP stopped short of: 派遣の人|たち, ひとり親|家庭)
    # (what the name is qualified with: 税金にたかる寄生虫, 社会のゴミ, ただのクズ)
    r"(?:たち|達|ら|家庭|世帯)?(?:って|は|なんて|なんか|ときたら)[、,]?[^。!?\n]{0,12}?"
    r"(?:" + _CONTEMPT.pattern + r")(?:ども|共|以下|同然)?"
    r"(?=ばかり|ばっかり|ばっか|ばかし|だらけ|みたい|と(?:一緒|同じ)|(?:だ|や|じゃ|です|たい|ばい|やん|やろ|でしょ|だろ|じゃん|よ|ね|な|やね|だね|だよ|よね|ばってん|けん|やけん|だから)?(?:[。!?、…‥wｗ💢😡😤]|$))"
)

# What the office tells the group, not what it thinks of them: 手当をもらって
# いる人は、みんな現況届が必要です, 高齢者はだいたい10時ごろ来られます.
_NOTICE_AFTER = lazy_regex.compile(
    r"必要(?:です|になります|となります)|(?:して|出して|お持ち|ご持参|ご確認|ご提出|お越し|ご注意)?(?:ください|下さい)|対象(?:です|となります|になります)|"
    r"(?:でき|いただけ|受けられ|受け取れ|もらえ)ます|届きます|お送りします|支給され|来られ|いらっしゃ|お見えにな"
)

# People words that are contempt in themselves: 〜の連中, 〜の奴ら.
_PEJORATIVE_PEOPLE = lazy_regex.compile(r"(?:連中|奴ら|やつら|ども)$")

# Pointing at a group already named: ああいう人たち, あの連中.
_POINTER = lazy_regex.compile(
    rf"(?:ああいう|ああいった|あんな|ああゆう|そういう|ああいう類の|あの手の|あの)(?:{_PEOPLE})|あいつら|こいつら|そいつら|"
    r"アイツら|コイツら|あん(?:連中|やつら|奴ら)|あの連中|ああいう連中|あがん(?:人|者|もん)(?:ら|たち)"
)

# Pointing at the people of a trade: ああいう職業の人, あんな仕事しとる連中.
_POINTER_TRADE = lazy_regex.compile(
    rf"(?:ああいう|ああいった|あんな|ああゆう|ああいう類の|あの手の)(?:職業|仕事|職種|商売)(?:の|を(?:して|やって|し[とよ])(?:る|いる)){_PEOPLE}"
)
_TRADE_VERDICT = lazy_regex.compile(r"話(?:が|も)?(?:合わ|通じ)(?:な|ん|ひん|ね)|付き合いたくな|付き合えな|関わりたくな|(?:ああは|ああいうふうには)なりたくな")

# A sweeping judgement about the group.
_JUDGEMENT = lazy_regex.compile(
    "|".join([
        r"考え方が(?:古|遅れ|おかし)|古臭|頭が(?:固|悪|おかし)|頭(?:固|悪)",
        # not fitting in, bringing quarrels, never lasting: よそから来た人は考え方が合わん,
        # よそから来た人ば入れるけん揉めごとが増える, 新規就農するもんはどうせ3年で辞める
        r"(?:考え方|価値観|感覚)(?:が|も|の)?合わ(?:ん|ない|なか|ねー)(?!こと|ところ|とこ|時|とき|場面|部分|点)|(?:揉め|もめ)(?:ごと|事)(?:が|も|ば)?(?:増え|多|絶え|起き|起こ)|"
        r"どうせ[^。!?\n]{0,14}?(?:辞め|やめ|逃げ|出ていく|出て行く|続かん|続かない|長続きせ|もたん|もたない)",
        # (危険箇所, 危険物: a compound noun names the hazard, not the people)
        r"怖い|こわい|危な(?:い|っかしい)|危険(?![一-龥ァ-ヶ])|物騒|不気味|信用(?:でき|なら)な|信頼できな|信用でけん|信用できん|信用ならん",
        # Kyushu adjective endings: 怖か, 汚かけん, うるさかもん
        r"(?:怖|こわ|危な|汚|きたな|うるさ|臭|くさ|図々し|だらしな)か(?:っ|ね|ば|もん|けん|と|ー|ろ|$|[。!、])",
        # trouble dated from the group's arrival: 実習生が増えてから空き巣も増えた
        r"(?:増え|来|住み(?:始め|だし)|越してき|入ってき|引っ越してき|移ってき)て(?:から|以来)[、,]?[^。!?\n]{0,15}?"
        r"(?:空き巣|泥棒|盗難|窃盗|万引き|犯罪|事件|トラブル|騒音|ゴミ(?:が|の|出し)|治安|物騒|不審者|ひったくり|強盗|喧嘩|ケンカ|物がなくな|怖|こわ|危な|不安|落ち着かな)",
        # a fixed fate told of the group: どうせ辞める, 結婚したら辞める
        r"どうせ[^。!?\n]{0,8}?(?:辞め|やめ|逃げ|無理|でき(?:な|ん|ひん)|続かな|続かん|休む|休ま|帰る|帰っ|いなくな|使えな|使えん|役に立たな|サボ)|"
        r"(?:結婚|出産|妊娠|子ども(?:が)?でき|子供(?:が)?でき|子ども(?:を)?産ん|子供(?:を)?産ん)(?:し)?(?:たら|だら|たって|だって|すれば|れば)[^。!?\n]{0,8}?(?:辞め|やめ|退職|休|戦力|使えな|使えん|いなくな|抜け)|"
        r"(?:係長|課長|部長|管理職|リーダー|主任|役職|責任者|幹部|店長|正社員)(?:に(?:する|させる|上げる|登用する|据える)|に昇(?:進|任)させる)(?:の(?:は|も))?[^。!?\n]{0,4}?(?:もったいな|無駄|むだ|早い|意味(?:が)?な)",
        # never lifting a finger: 全然協力しない, 一切出てこん
        r"(?:全然|まったく|全く|ちっとも|一切|ぜんぜん|何ひとつ|なんも|何も)[^。!?\n]{0,6}?(?:協力|参加|手伝|挨拶|顔を出|顔出|出て(?:こ|き)|出席)(?:し|せ|わ|さ|さ?せ)?(?:な(?:い|か)|ん(?:けん|し|もん|$|[。!、])|ず|ね[えー])",
        # (臭いに敏感, 臭いを気にする: the smell as a noun, no verdict)
        r"汚(?:い|らし)|きたな|不潔|臭(?:い(?![にをへ])|う)|くさい(?![にをへ])|うるさ|騒がし",
        # no sense of community: 協調性がない, 自分勝手, 付き合いが悪か, 融通がきかん
        r"協調性(?:が|も)?(?:な|無|欠け|ゼロ)|自分勝手|身勝手|非協力的|協力的じゃな|融通(?:が|も)?(?:きか|利か)(?:な|ん)|愛想(?:が|も)?(?:な|無|悪)|"
        r"(?:人|近所)?付き合い(?:が|も)?(?:悪|下手)|まとまり(?:が|も)?(?:な|無)|よそ(?:者|もん|の人)(?:を|は)?受け入れ(?:な|ん|よらん)|"
        r"品が(?:な|悪)|下品|ガラが悪|柄が悪|マナー(?:が|も)?(?:悪|最悪|な|守らな)|マナー(?:って|という|ちゅう)(?:概念|意識|感覚|もの|もん)(?:が|も)?(?:な|無)|民度|常識(?:が|も)?な|非常識|だらしな|図々し|厚かまし|ずうずうし",
        r"治安が悪|治安(?:の)?悪化|治安(?:が|も)?(?:最悪|ヤバ|やば|終わっ|崩壊)|犯罪(?:者|が増|を犯|ばかり|だらけ)|何をするかわからな|泥棒|盗人|ぬすっと|うそつき|ウソつき",
        r"下手|へた(?:くそ|だ|です|すぎ)|ヘタ|邪魔|じゃま|仕事が遅|(?:仕事|作業)(?:が)?進まな|"
        r"贅沢(?:する|すん)な|税金で(?:生活|食って|暮らし)|働け|タダ飯|甘えるな|恥を知れ|"
        r"(?:ルール|マナー|決まり|約束|時間|ゴミの日|ごみの日|ゴミ出しの日)(?:を|も)?守(?:ら|れ)(?:な(?!いと|きゃ|ければ|くては|くちゃ|いように|いよう|いで)|ん(?!と|かった|ば|でも|けれ|ごと|よう))|冷た(?:い|すぎ)|よそ者に(?:冷た|厳し)|しつけ(?:が|も)?なって(?:な|ね)|育ちが悪|親の顔が見|根性(?:が|も)?な|やる気(?:が|も)?な|礼儀(?:が|も)?(?:な|知らな)|敬語も使えな|働かな|怠け|怠惰|ずる(?:い|賢)|嘘(?:つき|ばかり|ばっかり|ばっか)|甘え|わがまま|感情的|ヒステリ|すぐ(?:泣|キレ|怒)",
        # a stereotype of the group's habits: 料金も払わん, よそ者を嫌う, 身なりに気を使わん, 生活リズムめちゃくちゃ
        r"(?:料金|税金|家賃|給食費|保育料|会費|水道代|利用料)(?:も|を|ば)?(?:ろくに|まともに|ちゃんと)?払わ(?:ん|ない|なか)(?!と|ければ|なきゃ|いと)|"
        r"(?:よそ者|よそもん|余所者|よその人|よそから来た人)(?:を|ば)?(?:嫌|いや|受け付け|寄せ付け)|"
        r"(?:身なり|服装|見た目|格好|かっこう)(?:に|も|が|を)?(?:とか)?(?:に)?(?:気を(?:使|遣)わ(?:ん|ない|なか)|だらしな|無頓着)|"
        r"生活(?:リズム|習慣)(?:が|も)?\s?(?:めちゃくちゃ|滅茶苦茶|メチャクチャ|バラバラ|ばらばら|乱れ|だらしな)|"
        r"足手まとい|足を引っ張|役に立たな|トロ(?:い|すぎ|くさ)|(?<![ぁ-ゖ])とろ(?:い(?![もわ])|すぎ|くさ)|鈍くさ|どんくさ|のろま|ノロマ|役立たず|無能|能無し|低能|低脳|使えな|向いてな|向かな|務まらな|(?:真面目|まじめ|ちゃんと|きちんと)に?(?:せ|し)(?:ん(?!と(?:いか|いけ|なら|だめ|ダメ)|で|かった|ごと)|ない(?!と|で|よう))|無理(?=[だでじっ!。、]|$|でしょ|だろ|です|たい|ばい|やろ|やけん|じゃろ)|無理が(?:ある|あり)|できるわけ(?:が)?な|任せられな|劣って|劣る",
        # (バカにできん, 馬鹿にならない: not to be made light of, a compliment)
        rf"(?:レベル|程度)が低|頭悪|(?:{_FOOL})(?!に(?:でき|なら|しな|せず|せん|しちゃ|しては|するな))|アホ(?!らし|くさ|臭)|キモ|気持ち悪|気色悪|変な(?:人|奴|やつ)|閉鎖的|排他的|陰険|野蛮|迷惑|ろくな(?![りるっれら])",
        r"(?:イメージ|評判|雰囲気|環境)(?:が)?悪(?:く|い)|(?:地価|価値|質|品質|レベル|評判|格|品位|客層)(?:が|も)?(?:下が|落ち)",
        # a contempt name for country people used as the verdict: 〜の連中は田舎もんやけん
        r"田舎(?:者|もん|モン|っぺ)|いなかっぺ",
        r"悪影響|トラブル(?:に(?:なり|なる)|を起こ|ばかり|ばっかり|が(?:多|絶え))|問題(?:を)?起こ|言葉(?:も|が|の)?通じ(?:な|ん|ひん|ず|らん)|話(?:が|も|の)?通じ(?:な|ん|ひん|ず|らん)|"
        # the group called nothing but a burden: 手間ばかりかかる, 手がかかってしょうがない
        r"(?:手間|手|時間|世話)(?:ばかり|ばっかり|ばっか)(?:が)?(?:かか|食う|くう)|(?:手間|手)(?:が|も)?(?:かかって|かかっ?て)(?:しょうがな|仕方(?:が)?な|かなわ|たまらな)|厄介(?:者|な(?:人|連中|奴|存在))|"
        # the group said to be odd: どこかズレとる, 普通じゃない, 感覚がおかしい
        r"(?:どこか|どっか|なんか|やっぱり?|ちょっと)[、,]?(?:ズレ|ずれ)(?:て|と|ちょ)(?:る|ん)|(?:感覚|価値観|常識)(?:が|も)?(?:ズレ|ずれ|おかし)|(?:どこか|どっか)(?:変|おかし)|普通じゃな|まともじゃな|洗脳され|"
        r"感情で動|感情的|どこ(?:に)?行っても|迷惑(?:かけ|を(?:かけ|かける))|(?:授業|勉強|仕事|作業|練習)(?:が|も)?遅れ|ペースが(?:落ち|乱れ)|"
        r"(?:うつ|移)(?:る|され)(?:から|かも|し)|反対する(?:の|気持ち)(?:も|は)?[、,]?(?:正直|まあ|まぁ)?[、,]?(?:わか|分か|当然|無理(?:も)?な)|結婚(?:に|は|なんて)?(?:反対|許さ|認め(?:られ|な))|"
        + _MARRIAGE_REFUSED + "|"
        # slow or unsteady judgement told as the group's nature: 判断が遅い, いざという時に頼りにならん
        r"(?:判断|決断|決定|対応|反応)(?:力)?(?:が|も)?(?:遅|鈍|にぶ|甘|とろ|トロ)(?:い|か(?:っ|け|も|ろ|$|[。!、]))(?!がち)|冷静(?:な判断)?(?:に|が)?(?:なれ|でき)(?:な|ん)(?:い|か|$|[。!、])|すぐ(?:パニック|取り乱)|頼りにならな|頼りにならん|頼りにな(?:ら|れ)へん|いざという(?:時|とき)(?:に|は)?[^。!?\n]{0,6}?(?:役に立た|使えな|使えん|頼りにならな|頼りにならん|ダメ|だめ|弱)|"
        # a companion demanded before the group may come: 家族同伴で来てもらわんと困る
        r"(?:家族|付き添い|付添い|介助者|保護者|身内|誰か|通訳|手話通訳|ヘルパー|(?:日本語|言葉|手話)(?:の|が)(?:わかる|分かる|できる|話せる)(?:人|方|者))(?:の(?:人|方))?(?:同伴|同行|付き|つき|と一緒|を連れて)(?:で|じゃないと|でないと|じゃなきゃ|じゃなか[とね]?)?[^。!?\n]{0,4}?(?:来て|きて|来られて)(?:もらわ|くれ|もらえ|いただかな)(?:ん|な(?:い|きゃ|けりゃ|いと)?)と?(?:困|迷惑|話になら)|"
        r"(?:一人|ひとり|1人|単独)で(?:は)?(?:来|こ)(?:られ)?(?:ん|ない)で(?:ほし|欲し|くれ|もらいた)|(?:一人|ひとり|1人|単独)で来(?:られ)?(?:て|ても)(?:も)?(?:困|迷惑)|"
        r"育ちが|血筋|家柄|自業自得|暇(?:な|人|そう|だよ)|がめつ|ケチ|たかり|金にうるさ|あてにならな|当てにならな|(?<!今)すぐ(?:辞め|逃げ(?!て(?:!|。|ください|下さい|ね|$|\n))|盗|サボ|噂)|噂(?:話)?(?:ばかり|ばっか|好き)|陰口|悪口(?:ばかり|ばっか)|"
        r"(?:昼間|平日|朝)から(?:パチンコ|酒|飲ん|遊ん|ぶらぶら)|パチンコ(?:ばかり|ばっかり|ばっか|三昧|してる|行って)|"
        r"お荷物|まとも(?:に|な)[^。!?\n]{0,10}?(?:でき|られ|かけられ|使え|書け|話せ|しゃべれ|喋れ|読め|守れ|覚えられ|理解でき|通じ|働け|払え)(?:な(?!くても|くてい|くて(?:大丈夫|OK|構わ))|ね|ん(?!と|でも|ば|かった))|"
        # the group named and scorned in one breath: よそ者のくせに, 移住者の分際で
        r"(?:の|な)(?:くせに|くせして|癖に|分際で|ぶんざいで|ぶんざいが|分際が)",
        # most of them lack a virtue: 協力しない人が多い, 運転が苦手な人が多い
        r"(?:(?:協力|参加|手伝い?|挨拶|努力|我慢|分別|掃除|草刈り)(?:も|を|は)?(?:し|でき)な(?:い|くて)|守(?:ら|れ)な(?:い|くて)|働かな(?:い|くて)|払わな(?:い|くて)|手伝わな(?:い|くて)|"
        r"気が利かな(?:い|くて)|空気(?:が|も)?読めな(?:い|くて)|苦手|下手|ヘタ|だらしな(?:い|くて)|いい加減|適当)(?:な)?(?:人|の|奴|やつ|子|家|もん)(?:が|も)?(?:多い|多すぎ|多く|ばかり|ばっかり|ばっか|だらけ)|"
        r"(?:運転|仕事|計算|機械|パソコン|数字|力仕事)(?:が|も|は)?(?:苦手|できな)|"
        # …or its look: 車いすの方が列に入ると見栄えが悪か
        r"(?:来る|来られる|いる|おる|入る|混ざる|交じる|並ぶ|加わる|出る|参加する|映る|写る)と[^。!?\n]{0,6}(?:段取り|進行|ペース|流れ|雰囲気|仕事|作業|治安|空気|見栄え|見た目|体裁|格好|恰好|絵面|印象|イメージ)(?:が|も)?(?:狂|乱|遅|悪|わる|崩|台無|壊|よくな|良くな)|"
        # a trait pinned on the group: 〜は数字に弱い, 時間にルーズ, 手癖が悪い
        r"(?:数字|計算|時間|お金|金|機械|数学|理系|方向|地図|お酒|酒)(?:に|が|は)?(?:弱|ルーズ|疎|うと)(?:い|か|く|$)|ルーズ(?![ァ-ヶー])|手癖(?:が|の)?(?:悪|わる)|"
        # the group said unable to understand: 県外から来た方にここのことは分からない
        r"(?:に|には)[^。!?\n]{0,12}?(?:こと|気持ち|良さ|よさ|伝統|文化|心|やり方|事情|感覚)(?:は|が|なんて|なんか|など)?(?:分から|わから|理解でき|わかりっこ|分かりっこ)(?:な(?:い|か)|ん)(?![^。!?\n]{0,3}(?:こと|場合|点|ところ|方|ため|よう))|"
        r"考え方が違う(?:から|ので|し)|話(?:が)?まとまらな",
        # called a lot of something: 〜の人たちは田舎者ばっかり
        r"(?:田舎者|田舎もん|田舎っぺ|いなかっぺ|貧乏人|怠け者|変わり者|変人|乱暴者|ろくでなし|よそ者|頑固者|偏屈者|飲んだくれ|酔っ払い|ケチ|けち)(?:ばっ?か(?:り)?|ばかり|だらけ|しか(?:おら|いな)|の集まり)",
        # working beside the group said to break the work: 〜と同じ係になると仕事が回らん
        r"(?:と同じ[一-龥]{1,3}(?:に|で|だと)?(?:なる|なっ(?:たら)?|働く|いる|おる)?と?|と一緒(?:に|だ)[^。!?\n]{0,6}?(?:と|たら)|が(?:いる|おる|来る|入る|入っ|配属され)(?:と|たら))[、,]?[^。!?\n]{0,8}?"
        r"(?:回らな|回らん|回らね|進まな|進まん|はかどらな|はかどらん|遅れ|滞|迷惑|困る)",
        # a warning whose only reason is the group: 在日らしいから気をつけた方がいい
        r"(?:だ|らしい|っぽい|みたいだ|ばかりだ|ばっかりだ|ばっかだ|が多い|多い|なん?だ|や|じゃけ)?(?:から|ので|し)[、,]?[^。!?\n]{0,10}?"
        r"(?:気をつけ|気を付け|注意し|注意して|注意な|注意が必要|用心|警戒|(?:鍵|カギ)(?:を|は)?(?:かけ|掛け)|戸締まり|戸締り|目を離さ|近寄らな|近づかな)",
    ])
)

# Keeping people away, as one slot of verbs (the negative stem: 貸さ-ない,
# 遊ばせ-ん) × one slot of endings saying it is better so or wished
# (〜ない方がいい, 〜ん方がよか, 〜んでほしか, 〜んごとしとる).  Read only
# with a group named near it (group_exclusions).
_KEEP_AWAY_STEMS = (
    "貸さ", "売ら", "雇わ", "泊め", "入れ", "住ませ", "乗せ", "使わせ", "入らせ", "採ら", "受け入れ", "関わら", "関わらせ",
    "付き合わ", "付き合わせ", "つきあわ", "近づか", "近付か", "近寄ら", "近づけ", "寄せ付け", "遊ば", "遊ばせ", "仲良くせ",
    "仲良くさせ", "仲良くし", "口きか", "口をきか", "話さ", "会わ", "会わせ", "呼ば", "誘わ", "招か", "家に上げ", "上げ",
    "結婚させ", "嫁にやら", "嫁にもらわ", "通わせ", "行かせ", "参加させ", "入会させ", "入居させ", "組ま", "組ませ", "相手にせ",
    "相手にし", "構わ", "同席させ", "混ぜ", "交ぜ", "一緒にさせ",
    # left out of the neighbourhood's round: 回覧板まわさんでよか, 声かけんでいい, 知らせなくていい
    "回さ", "まわさ", "配ら", "知らせ", "声かけ", "声をかけ", "連絡せ", "連絡し", "教え", "案内せ", "案内し", "招待せ", "招待し",
)
_KEEP_AWAY_ENDINGS = (
    r"(?:ん|ない|ねえ|ねー)(?:方|ほう)が(?:いい|良い|よか|ええ|よい|無難|身のため|正解|賢明)|"
    r"(?:んで|んごと|ないで|ないように|んように)(?:ほしい|欲しい|ほしか|欲しか|くれ|もらいたい|もらえ|しとる|しとく|してる|している|しよる|せんと|しなさい|しな)|"
    r"(?:ん|ない)(?:ことにしと|ことにしてる|ことにしてい|ようにしと|ようにしてる|ようにしてい|ごとしと|ごとしてる)|"
    r"(?:ん|ない)(?:に越したことはな|のが一番|のが正解|のが無難)|"
    r"(?:せん|させん)(?:方|ほう)が|"
    r"(?:んで|んでも|なくて|なくても)(?:いい|よか|ええ|よい|構わん|かまわん|構わない|かまわない)(?!です|ので|から|ため|場合)"
)
_KEEP_AWAY = (
    "(?:" + "|".join(re.escape(v) for v in sorted(_KEEP_AWAY_STEMS, key=len, reverse=True)) + ")"
    "(?:" + _KEEP_AWAY_ENDINGS + ")"
)

_EXCLUSION = lazy_regex.compile(
    "(?:これ以上|二度と|もう)?(?:"
    + "|".join([
        _KEEP_AWAY,
        # not in the same class or team: 同じ班にせんでほしい
        r"同じ(?:班|クラス|グループ|部屋|職場|学校|チーム|係|組|部署|現場)に(?:せ|さ|し)(?:ん|ない)(?:で|ように|ごと)(?:ほしい|欲しい|ほしか|欲しか|くれ|もらいたい)",
        # their goods or their seats set apart out of sight: 研修生の出荷は…棚は別にして
        # 目立たんところに置いとります
        r"(?:別に|分けて|離して)[^。!?\n]{0,12}?目立た(?:ん|ない|なか|ん様な|ないような)(?:ところ|場所|とこ|隅|奥|端)(?:に|へ)(?:置|並べ|回|出|追いや|隠)",
        r"貸さな(?:い(?:方が|ほうが)|くていい)|貸したくな|貸すべきじゃな|貸すな|"
        # a service withheld from them, decided (試食は出さんことにした, 案内せんようにしとる)
        r"(?:出さ|売ら|入れ|案内せ|案内し|対応せ|対応し|受け付け|通さ|見せ)(?:ん|ない|ず)(?:ことに(?:し|決め|なっ)|ように(?:し|しとる|してる|している)|方針)|"
        # a refusal decided in polite words: お貸ししないよう申し合わせ, 貸さんことにした
        r"(?:お貸し(?:し|いたし)|貸さ|お貸しでき)(?:ない|ません|ん)(?:ように|よう|ことに(?:し|なっ|決め|決まっ)?|ことと|方針|決まり)",
        r"来てほしくな|来て欲しくな|来なくてい|来ないで(?:ほしい|欲しい|くれ)|来るな",
        # sent elsewhere: 普通の保育園に来んで、専門のとこ行けばいい
        r"来(?:んで|ないで)[、,]\s?[^。!?\n]{0,16}?(?:行けば|行け(?=[。!?\s]|$)|行ったら(?:いい|よか)|行きゃ)",
        # told not to live here: 払えんなら住むな
        r"住むな(?![らりるれ])",
        r"住んでほしくな|住んで欲しくな|住まないで(?:ほしい|くれ)|住ませたくな|住ませない(?:方が|ほうが)",
        # the same wish in Kyushu or Kansai negatives (住まんでほしい, 来んといて, 住まへんでほしい)
        r"(?:来|住ま|入ら|近寄ら|近づか)(?:ん|へん|ひん)(?:で(?:ほしい|欲しい|ほしか|欲しか|くれ|もらいたい|もらいたか)|といて|とって(?:ほしい|欲しい|くれ)?)",
        r"入れな(?:い(?:方が|ほうが)|いで)|入れるな|入れたくな|入れるべきじゃな",
        r"雇わな(?:い(?:方が|ほうが))|雇いたくな|雇うべきじゃな|採用しな(?:い(?:方が|ほうが))|採用したくな",
        r"関わらな(?:い(?:方が|ほうが))|関わりたくな|近づかな(?:い(?:方が|ほうが))|近寄らな(?:い(?:方が|ほうが))",
        # (a round of the writer's own job dreaded, あの地区は検針行きたくなか, is no group kept out: 5(1))
        r"行かな(?:い(?:方が|ほうが))|行かせたくな|行かせな(?:い(?:方が|ほうが))|通わせたくな|"
        r"(?<!検針)(?<!検針に)(?<!集金)(?<!集金に)(?<!点検)(?<!点検に)(?<!配達)(?<!配達に)(?<!訪問)(?<!訪問に)行きたくな|"
        r"遊ばせたくな|遊ばせな(?:い(?:方が|ほうが))|付き合わせたくな|付き合わな(?:い(?:方が|ほうが))|仲良くさせたくな",
        r"結婚させたくな|嫁にもらいたくな|嫁にやりたくな|"
        # hesitation over marriage: 結婚はちょっと考える, 結婚となると躊躇する
        r"(?:結婚|縁談|嫁|婿|お付き合い|付き合う)(?:は|を|って|となると|となったら|するのは|相手としては|相手は|の話は)?[、,]?[^。!?\n]{0,6}?"
        r"(?:考える|考えちゃ|考えてしま|考えもん|考えもの|躊躇|ためら|迷う|二の足|避けた|やめと|やめた(?:方|ほう)|ない(?:かな|わ)|厳しい|きつい|引っかか|気になる|無理)|"
        r"(?:親|両親|家族|親戚|じいちゃん|ばあちゃん)(?:も|が|は)?[^。!?\n]{0,6}?(?:絶対|きっと|たぶん|多分)?(?:反対する|反対す|許さん|許さない|認めん|認めない|いい顔しない|いい顔せん)|"
        # the group ruled out as the one match not wanted: あの地区の出身だけはやめてほしい,
        # 〜の人とだけは勘弁 (right after a people or place word, so ポイ捨てだけはやめて is no exclusion;
        # the look-ahead first, so the look-behinds are tried only before a だけ)
        r"(?=と?だけ)(?:(?<=出身)|(?<=生まれ)|(?<=育ち)|(?<=もん)|(?<=連中)|(?<=たち)|(?<=地区)|(?<=集落)|(?<=団地)|(?<=部落)|(?<=辺り)|(?<=あたり)|(?<=[人者家子方国籍達系]))"
        r"と?(?:だけ|だけに)は[、,]?(?:絶対(?:に)?|ちょっと|さすがに|どうしても|なんとか|頼むから)?[、,]?"
        r"(?:やめ(?:て(?:ほしい|欲しい|ほしか|欲しか|くれ|もらいたい|おけ|おきなさい)|とけ|とき|なさい|た(?:方|ほう)が)|勘弁|避け(?:て(?:ほしい|欲しい|ほしか|欲しか|くれ)|たい|たか|た(?:方|ほう)が|るべき)|"
        r"嫌|いや(?:だ|や|じゃ|なん|って)|イヤ|ごめん|お断り|困る|NG|ダメ|だめ|無理|許さ|許せ|認め(?:な|ん|られ)|ちょっと(?:ね|な|…|$|[。!、]))|"
        # our own kind only: 地元の人間だけでやりたい
        r"だけで(?:やりたい|やりたか|やるべき|やった(?:方|ほう)が|固めたい|固めるべき|回したい|十分|いい(?:と思|よ|$))|だけ(?:に|で)(?:したい|したか|しておきたい|しときたい)",
        r"結婚(?:を|は)?(?:させ|許さ|認め|許し)(?:たがらな|たくな|な(?:い|かった)|られな)|"
        # …in dialect: 結婚させん, 結婚は許さんけん, 嫁にはやらん (not 結婚させんといかん, must marry)
        r"結婚(?:を|は|なんか|なんて)?(?:させ|許さ|認め|許し)(?:ん|ね[えー]?)(?!と(?:いか|いけ|なら|だめ|ダメ)|ば|でも|かった)|嫁(?:に|には)(?:やら|出さ|もらわ|迎え)(?:ん|ない)(?!と(?:いか|いけ|なら))|(?:結婚|縁談|付き合い)(?:に|は|を)?(?:反対|破談|断っ|断る|断られ)|(?:嫁が|付き合わ)せたがらな",
        # the others kept out of a role or a place by preference: 健常者優先に, 地元出身者に限った方がいい, 役員から外した方がいい
        r"優先(?:に|で)?(?:して(?:ほしい|欲しい|もらいたい|くれ)|すべき|した(?:方|ほう)が|しろ|でいい)|(?:に|だけに)限(?:った(?:方|ほう)が|るべき|ってほしい|って欲しい)|だけにして(?:ほしい|欲しい|くれ)|"
        r"(?:から|を|は)?外(?:した(?:方|ほう)が|すべき|して(?:ほしい|欲しい|くれ)|せ(?:よ|ば)?(?:$|[。!、]))|後回しで(?:いい|いいよ|十分)|除外(?:すべき|して(?:ほしい|欲しい)|した(?:方|ほう)が)|"
        r"(?:役員|委員|班長|会長|当番|代表|リーダー)(?:に|には|は)(?:させ|選ば|し|任せ|入れ)な(?:い(?:方|ほう)が|いで)",
        r"お断り|出て(?:行|い)け|出て(?:行|い)ってほしい|(?:国|故郷|田舎)に帰れ|"
        # sent back where they came from: 早く国に帰ってほしい, 自分の国へ帰ればいい
        r"(?:国|自国|母国|祖国|故郷|田舎)(?:に|へ|さ)(?:帰|かえ)(?:って(?:ほしい|欲しい|ほしか|欲しか|くれ|もらいたい|もらえ)|ればいい|ればよか|りやがれ|らせろ|らせるべき|すべき|るべき|れって)|"
        # not counted as one of us: 同じ市民と思いたくない, 同じ人間とは思えん
        r"同じ(?:市民|町民|村民|県民|住民|日本人|人間|仲間|地域の(?:人|人間)|山鹿市民)(?:だ)?(?:と|とは|って)(?:は)?(?:思いたくな|思えな|思えん|思わん|思ってな|思っとらん|認めたくな|認めな|認めん)|追い出(?:せ|す|した)|排除(?:すべき|しろ|したい)|締め出",
        r"(?:[一-龥]|[一-龥]?[ぁ-ゖ])させたくな|任せたくな|(?:貸さ|売ら|入れ|住ませ|雇わ|採用し|受け入れ)ないようにす(?:べき|る)|"
        r"(?:使わ|利用さ|入ら|参加さ|住ま|来さ)せな(?:い(?:方が|ほうが))|(?:使わ|利用さ|入ら|参加さ)せたくな|"
        r"(?:買う|住む|借りる|行く|付き合う|関わる|結婚する|嫁ぐ)の(?:は)?(?:やめた|避けた)(?:方|ほう)が|"
        # hiring or admitting the group called a mistake: 〜を雇うのはやめた方がいい, 入居させるのは反対
        r"(?:雇う|雇用する|採用する|雇い入れる|受け入れる|入れる|配属する|貸す|泊める|住ませる|入居させる|入会させる|入学させる|担当させる|置く)"
        r"(?:の|と|ん)(?:は|も)?[、,]?(?:正直|やっぱり?|絶対)?(?:(?:やめた|やめといた|よした|避けた|控えた)(?:方|ほう)が|(?:やめる|避ける|控える)べき|やめとけ|やめとき|考えもん|考えもの|どうかと思|反対|ありえな|あり得な|勘弁|無理がある)|(?:買わ|住ま|借り|関わら)な(?:い(?:方|ほう)が)|"
        # refusing as a rule: 貸さないことにした, 雇わないようにしてる, 断ることにした
        r"(?:貸さ|売ら|泊め|雇わ|入れ|住ませ|乗せ|使わせ|入らせ|採ら|採用し|受け入れ|相手にし|関わら|付き合わ|遊ばせ|結婚させ|通わせ|来させ|入店させ)"
        r"な(?:い(?:ことにし|ようにし|主義|つもり|でほしい|で欲しい|でもらいたい)|くていい)|断る(?:ことにし|ようにし)|"
        # sent to a separate room or school: 別の教室にしてほしか, 別のクラスに分けてほしい,
        # 専用の施設に移してくれ, よその学校に回してもらいたい
        r"(?:別の|ほかの|他の|よその|別|専用の|特別な?|障害者用の|障がい者用の|その子(?:たち|ら)?用の)(?:学校|学級|クラス|教室|施設|場所|地域|地区|町|ところ|所|とこ|部屋|班|グループ|組|コース|席|室|棟)(?:に|へ|で)(?:行って|移って|入って|通って|住んで|引っ越して|して|回して|分けて|移して|入れて|まとめて|集めて|隔離して|やって|行かせて|通わせて|替えて|変えて|うつって|もって行って)"
        r"(?:ほしい|欲しい|ほしか|欲しか|もらいたい|もらいたか|もらえんかな|もらえないかな|くれ|くれん(?:かな|ね)|くれないかな|ちょうだい|いただきたい)|"
        r"(?:別の|ほかの|他の|よその|専用の)(?:学校|学級|クラス|教室|施設|部屋|班|グループ|組|コース|棟)(?:に|へ)(?:すべき|するべき|移すべき|分けるべき|行くべき|行けばいい|行けばよか|行きゃいい|すればいい|すればよか)|"
        r"(?:引っ越して|どっか(?:に)?行って|いなくなって|出てって|出ていって)(?:ほしい|欲しい|くれ|くれないかな)|(?:越して|引っ越して|移って|住んで)(?:こないで|ほしくな|欲しくな)|"
        r"(?:一緒に|同じ(?:クラス|学校|職場|教室|風呂|湯船|施設|地区)(?:に|で|だと|なのは)?)[^。!?\n]{0,6}(?:しないで|させないで|されたくな|は嫌|は困る|は無理|勘弁|嫌だ|いや)|"
        r"入店(?:拒否|させない)|"
        # a boycott of where the group works or goes: 外国人雇う店には二度と行かん
        r"(?:もう)?二度と[^。!?\n]{0,4}?(?:行か|いか|買わ|利用せ|利用し|使わ|頼ま|入ら|寄ら|泊まら|通わ|注文せ|食べに行か|飲みに行か|借り|乗ら|預け|任せ|相談せ)(?:ん|ない|ねー|ねえ|ぬ|ず|へん)|"
        # the majority put first as a rule: 日本人優先で何が悪い, 健常者が優先で当然
        # (the look-ahead first, so the look-behinds are tried only before a 優先)
        r"(?=最?優先)(?:(?<=日本人)|(?<=健常者)|(?<=日本人を)|(?<=健常者を)|(?<=日本人が)|(?<=健常者が)|(?<=地元の人間)|(?<=地元出身者))(?:最)?優先|"
        r"優先(?:で|は|が|に|なのは)?[^。!?\n]{0,3}?(?:何が悪|なにが悪|どこが悪|当然|当たり前|当たりまえ|あたりまえ|あたり前|決まっと|決まって)|"
        # 熊本弁 and other dialect negatives: 配属せんでほしい, 貸さんごとして, 入れん方がよか
        r"(?:配属|配置|採用|異動|入居|入会|入学|転入|雇用)(?:し|せ|さ|させ)(?:ないで|んで|んごと|んように|ないように)(?:ほしい|欲しい|ほしか|欲しか|くれ|もらいたい|もらえ|して|頼|言)|"
        r"(?:貸さ|売ら|泊め|雇わ|入れ|住ませ|乗せ|使わせ|来さ|採ら|関わら|付き合わ|遊ばせ|結婚させ|通わせ|来|こ)(?:んで|んごと)(?:ほしい|欲しい|ほしか|欲しか|くれ)|"
        r"(?:貸さ|売ら|雇わ|入れ|関わら|付き合わ|近づか|近寄ら|行か|住ま|買わ)ん(?:方|ほう)が(?:いい|よか|良い|ええ)|"
        # a flat dialect refusal: 外国の人には貸さんって, 〜は雇わんけん
        r"(?:貸さ|売ら|雇わ|泊め)ん(?=って|と(?:言|決)|けん|ばい|よ|わ|$|[。!、])|"
        r"(?:貸さ|売ら|泊め|雇わ|入れ|住ませ|乗せ|使わせ|入らせ|採ら|採用せ|受け入れ|相手にせ|関わら|付き合わ|遊ばせ|結婚させ|通わせ|来させ|入店させ)ん(?:ことにし|ようにし|ごとし|主義|つもり)|"
        # a refusal as a house rule, also told of someone else: 外国の人には貸さないって大家さんが決めてる
        r"(?:貸さ|売ら|泊め|雇わ|入れ|住ませ|乗せ|使わせ|入らせ|採ら|採用し|受け入れ)な(?:い)?(?:って|と|という|っていう)[^。!?\n]{0,10}?(?:決め|決まり|方針|ルール)|"
        r"(?:貸さ|売ら|泊め|雇わ|入れ|住ませ|乗せ|使わせ|入らせ|採ら|採用し|受け入れ)ない(?:方針|ルール|決まり|ことになって)|"
        # a home or facility for the group kept away: 近くにできるのは反対, 建ってほしくない
        r"(?:できる|建つ|来る|移ってくる|越してくる|作る|つくる|建てる|開所する|オープンする)(?:の|こと|ん)(?:は|も)?[、,]?(?:正直|やっぱり?|絶対|ちょっと|さすがに)?[、,]?(?:反対|困る|勘弁|嫌|いや|無理|遠慮)|"
        r"(?:できて|建って|作って|建てて)(?:ほしくな|欲しくな)|(?:できたら|建ったら|できると|建つと)[^。!?\n]{0,4}困る|"
        r"いない(?:方が|ほうが)いい|増えてほしくな|増えると[^。!?\n]{0,4}困る|(?:来られ|来られる|いられ|いる)と[^。!?\n]{0,4}困る|受け入れ(?:るべきじゃな|ない(?:方が|ほうが)|たくな)",
    ])
    + ")"
)

# The writer siding with an exclusion told of someone else: 〜させんって親が
#言いよるけど、わたしもそれが正解やと思う / 〜って大家さんの気持ち、わかる.
# Read only after an exclusion, in its sentence or the next one.
_ENDORSE = lazy_regex.compile(
    r"(?:それが|それで|その方が|そのほうが|そっちが|そっちの方が)[、,]?(?:正解|正しい|当然|当たり前|無難|いい|よか|ええ)|"
    r"(?:気持ち|言い分|考え|心配|理屈)(?:は|も|が)?[、,]?(?:正直|すごく|よく|ちょっと|少し|なんとなく|まあ|まぁ|痛いほど)?(?:わか|分か)(?:る|ります|らんでもな|らなくもな)|"
    r"一理(?:ある|あり)|(?:わか|分か)(?:らんでもな|らなくもな)|無理もな|"
    r"(?:わたし|私|俺|おれ|僕|ぼく|うち|あたし|わし)も[、,]?(?:正直)?[、,]?(?:賛成|同感|同意|同じ(?:意見|考え|気持ち)|そう思|反対)"
)

_ENDORSE_REACH = 24

# A harm feared as the reason, read only in the sentence after an exclusion
# (近所にできるのは反対。子どもに何かあったら困る): after a group alone it
# is as often care (障がいのある方に何かあったら困るので、声をかけて).
_FEARED_HARM = lazy_regex.compile(
    r"何か(?:あったら|あってから|起きたら|起こったら|されたら|あると|起きると)[^。!?\n]{0,6}?(?:困る|困ります|怖|こわ|遅い|どうす|責任|心配)"
)

# A view called a thing of the past (昔の話, 時代遅れ, もう古い), not denied.
_OUTDATED = (
    r"(?:(?:もう|とっくに|すでに|既に|もはや|今は|いまは|今や|今どき)?(?:昔の(?:話|こと|考え|常識)|昔話|過去の(?:話|こと|もの|遺物)|"
    r"(?:ひと|一)昔前の(?:話|考え|常識)|時代遅れ(?!な(?:ん|の))|古い(?:考え|話|常識|価値観)|古か(?:考え|話))|"
    r"(?:もう|とっくに|すでに|既に|もはや|今どき)(?:古い|古か))"
    # never denied: 昔の話じゃない, 過去のことではありません
    r"(?!じゃな|じゃあり|ではな|ではあり|やな)"
)

# Sentences that speak against discrimination: informing, not demeaning.
_ANTI_PREJUDICE = lazy_regex.compile(
    r"差別|偏見|人権|啓発|解消|共生|多文化|理解を深|なくそう|なくしましょう|思い込み|無意識|男女共同参画|"
    # (研修生 are trainees, people a sentence may judge, not a training against prejudice)
    r"尊重|ダイバーシティ|ハラスメント|ヘイト|研修(?!生)|講演|相談(?:窓口|室|会)|"
    # what such words do to people: 〜という言葉が、今も人を傷つけています
    r"(?:人|誰か|相手|心|子ども|子供)(?:の心)?を(?:深く|今も|ずっと)?傷つけ|"
    # an abuse-prevention notice quoting the abusive words it warns against
    # (「役立たず」…その言葉も心理的虐待にあたります): abuse named to prevent it,
    # never a group accused of it (あの家は子どもを虐待しとる stays a claim).
    r"虐待(?:防止|予防|の(?:防止|予防|相談|通報|サイン|疑い|早期発見)|に(?:あた|当た|なり|つなが)|を(?:防|なく|見逃さ|疑)|かもしれ)|"
    r"(?:心理的|身体的|性的|経済的)虐待|言葉の暴力|"
    # a prejudice quoted as another's backbiting or abuse: 「…」と陰口を叩く人がいた, 「…」などの暴言
    r"[」』](?:など)?(?:と|って|などと)(?:陰口|悪口|嫌味|いやみ|イヤミ)(?:を)?(?:叩|たた|言|い|吐)|[」』](?:など|なんど)?(?:の|という|といった)(?:暴言|心ない|心無い)|"
    # the group as the target of a crime: 高齢者を狙った詐欺, 外国人の被害
    r"被害|狙(?:う|っ|わ)|見守り|勧誘|セールス|訪問販売|詐欺(?!師)|"
    # a prejudice named to refute it: 〜と言われますが, 山鹿では積極的な方ばかり
    r"と(?:よく)?言われ(?:ます|てい(?:ます)?|る)(?:が|けど|けれど)|と思われがち|という(?:イメージ|声|見方)(?:が|も)?(?:あり|ある)(?:ます)?(?:が|けど)|"
    r"とは限りません|とは限らな|わけではありません|なんてことはな|そんなことはな|"
    # a prejudice dismissed as outdated: 「女は現場に向かない」なんて昔の話,
    # 〜なんてもう古い, 「…」は時代遅れ.  Never the exclamation なんて古いんだ
    # (古い and 時代遅れ need もう/とっくに before or no な/ん after).
    r"(?:」|[ぁ-んー])(?:なんて|などと?は?|なんちゅう(?:とは)?|というのは|っていうのは|って(?:いう)?の(?:は|も))[、,]?" + _OUTDATED
    + r"|[」』](?:は|も)[、,]?" + _OUTDATED
)
# A warning cancels only when it is about an act or a hazard (詐欺に注意,
# 熱中症に注意, 運転に気をつけて); "在日らしいから気をつけた方がいい" warns
# about the people themselves and is the prejudice.
_CAUTION = lazy_regex.compile(r"注意|気をつけ|気を付け|用心|警戒|防止|予防|対策")
_HAZARD = lazy_regex.compile(
    r"詐欺|勧誘|セールス|訪問販売|悪質|不審|空き巣|強盗|盗難|事故|熱中症|感染|転倒|災害|台風|大雨|豪雨|地震|避難|交通|運転|"
    r"(?<![電列])車|ヒートショック|凍結|水難|火災|火事|インフルエンザ|コロナ|脱水|体調|健康|ワクチン|接種|予約|段差|足元|"
    r"食中毒|迷子|徘徊|雪|暑さ|寒さ|紫外線|花粉|虫|ハチ|蜂|クマ|熊(?!本)|イノシシ|マムシ"
)


class _Against:
    """The sentence skip test: against prejudice, or a warning about a hazard."""

    pattern = _ANTI_PREJUDICE.pattern + "|" + _CAUTION.pattern + "|詐欺|勧誘|セールス"

    @staticmethod
    def search(text: str, lo: int = 0, hi: int | None = None):
        hi = len(text) if hi is None else hi
        hit = _ANTI_PREJUDICE.search(text, lo, hi)
        if hit:
            return hit
        caution = _CAUTION.search(text, lo, hi)
        return caution if caution and _HAZARD.search(text, lo, hi) else None


_AGAINST = _Against()

# A draft that quotes a prejudice in order to question it: 「外国の人は怖い」。
# そう感じたことはありませんか？  A quoted judgement in such a draft is a mention.
_QUESTIONING = lazy_regex.compile(
    _AGAINST.pattern + r"|交流|考えてみ|ありませんか|かもしれません|どう感じ|話し合|気づ|見直|学ぶ|学び|知ることから"
)


_QUOTE_PAIRS = (("「", "」"), ("『", "』"))
_QUOTE_MARK = lazy_regex.compile("[「」『』]")


def _quoted(text: str, start: int, around: tuple) -> bool:
    """`start` lies inside 「…」 or 『…』.  `around` says, per pair, whether
    one was left open before the paragraph and whether one closes after it
    (_QuoteFacts): a quotation may run across a blank line."""
    for (open_, close), (open_before, closes_after) in zip(_QUOTE_PAIRS, around):
        o = text.rfind(open_, 0, start + 1)
        if o != -1:
            still_open = text.rfind(close, o, start) == -1
        else:
            still_open = open_before and text.rfind(close, 0, start) == -1
        if still_open and (text.find(close, start) != -1 or closes_after):
            return True
    return False


def _mention(doc, start: int, quotes) -> bool:
    """A group quoted in a draft that questions the prejudice; `quotes` is
    _mention_facts of the paragraph (None: nothing in it can be a mention)."""
    return quotes is not None and _quoted(doc.text, start, quotes)


# -- facts: what a paragraph needs from the rest of the draft -------------------

@once_per_draft
def _draft_questions(draft) -> bool:
    """The draft questions a prejudice somewhere (_QUESTIONING matches no
    line break, so it is read line by line and only changed lines are read
    again)."""
    return any_line_matches(draft, _QUESTIONING)


@once_per_draft
def _quote_marks(draft) -> dict[str, list[int]]:
    """Positions of each quotation mark of the draft, in order."""
    marks: dict[str, list[int]] = {c: [] for c in "「」『』"}
    for m in _QUOTE_MARK.finditer(draft.text):
        marks[m.group()].append(m.start())
    return marks


def _mention_facts(draft, start: int, end: int):
    """For a paragraph: None when nothing in it can be a quoted mention (the
    draft questions no prejudice, or no quotation is open in it); else, per
    pair of marks, (a quotation opened before the paragraph is still open at
    its start, a closing mark comes after the paragraph)."""
    marks = _quote_marks(draft)
    if not (marks["「"] or marks["『"]) or not _draft_questions(draft):
        return None
    around, opens_inside = [], False
    for open_, close in _QUOTE_PAIRS:
        opens, closes = marks[open_], marks[close]
        i, j = bisect.bisect_left(opens, start), bisect.bisect_left(closes, start)
        open_before = i > 0 and (j == 0 or opens[i - 1] > closes[j - 1])
        opens_inside = opens_inside or (i < len(opens) and opens[i] < end)
        around.append((open_before, bisect.bisect_left(closes, end) < len(closes)))
    if not opens_inside and not any(open_before for open_before, _ in around):
        return None
    return tuple(around)


@lru_cache(maxsize=4096)
def _names_group(sentence: str) -> bool:
    """A named group in this sentence, unless the sentence only informs
    against prejudice (_informs_against; remembered by text: the facts ask
    for the same sentences before each paragraph at every check)."""
    return _GROUP_TRIGGER.found(sentence) and _GROUP.search(sentence) is not None \
        and not _informs_against(sentence, 0, len(sentence))


def _informs_against(text: str, lo: int, hi: int) -> bool:
    """The sentence speaks against prejudice and holds no put-down of its own
    (部落差別の解消の推進に関する法律が施行された), unlike 研修に来とる外国人の子たち、
    民度低すぎ, where the campaign word is only the group's errand."""
    return _AGAINST.search(text, lo, hi) is not None and not (
        _CONTEMPT.search(text, lo, hi) or _JUDGEMENT.search(text, lo, hi))


def _exclusion_facts(draft, start: int, end: int):
    """_mention_facts, and whether a group is named in the draft's two
    sentences / one sentence before the paragraph: group_exclusion reads a
    group up to two sentences back, across a blank line (_group_nearby)."""
    i = draft.sentence_index(start)
    bounds, text = draft.sentence_bounds, draft.text
    back = tuple(i > 0 and any(_names_group(text[bounds[k][0]:min(bounds[k][1], start)]) for k in range(max(0, i - n), i))
                 for n in (2, 1))
    return _mention_facts(draft, start, end), back


_WINDOW = 40  # how far after the group a judgement may sit, in characters

# The inflection left after a judgement or exclusion stem (怖い, 来てほしくない),
# so a finding ends on a whole word.
_TAIL = lazy_regex.compile(r"(?:いい|かった|くて|すぎ|い|さ)?")


def _end(text: str, end: int) -> int:
    return _TAIL.match(text, end).end()


def _sentences(doc):
    return doc.sentence_bounds


# Paragraph scope: the judgement, the group and the sentence before it are in
# the paragraph (_group_just_before stops at a line break); a quotation that
# questions the prejudice is judged by the rest of the draft (_mention_facts).
# needs: every finding needs a group in its sentence or the one before, or
# an occupation or trade named in it (the first test of the loop below).
# The group triggers as whole words (the trie's literals are single first
# characters such as 日 or 山, found in nearly every draft).
_GROUP_TRIGGER_WORDS = lazy_regex.compile(_GROUP_WORDS.pattern + "|[ァ-ヶー]人")


# A group scorned as such (在日のくせに, 移住者の分際で) is contempt even when
# campaign words sit elsewhere in the sentence (多文化共生の予算にケチつける
# とか、在日のくせに…: the writer attacks a critic by origin); only a quoted
# or reported use (「女のくせに」, 〜のくせにと言われた) is a mention.
_SCORNED_AS_GROUP = lazy_regex.compile(r"(?:の|な)(?:くせに|くせして|癖に|分際で|ぶんざいで|ぶんざいが|分際が)")
_REPORTED = lazy_regex.compile(
    r"(?:と|って|なんて|などと|とか)[^。!?\n]{0,4}?(?:言わ|いわ|言う|いう|言っ|いっ|罵|責め|書か|書き込|陰口|思わ)|言われ|という(?:言葉|発言|偏見|決めつけ|思い込み)"
)


def _scorned_despite_campaign_words(doc, lo: int, hi: int, quotes):
    text = doc.text
    for g in _GROUP.finditer(text, lo, hi):
        k = _SCORNED_AS_GROUP.match(text, g.end(), hi)
        if k is None or _mention(doc, g.start(), quotes):
            continue
        if text.rfind("「", lo, g.start()) > text.rfind("」", lo, g.start()):
            continue
        if text.rfind("『", lo, g.start()) > text.rfind("』", lo, g.start()):
            continue
        if _REPORTED.search(text, k.end(), hi):
            continue
        yield g.start(), _end(text, k.end())
        return


@validator("group_generalisation", scope="paragraph", needs=(any_of(_GROUP_TRIGGER_WORDS, _OCCUPATION, _POINTER_TRADE),),
           facts=_mention_facts)
def group_generalisations(doc, quotes):
    """A group of people and a sweeping judgement about it in one sentence."""
    text = doc.text
    flags = _group_flags(doc)
    for i, (lo, hi) in enumerate(_sentences(doc)):
        # Rare triggers first: every finding below needs a group in this
        # sentence or the one before it, or a looked-down-on occupation.
        group_here, group_before = flags[i], i > 0 and flags[i - 1]
        if not (group_here or group_before or _OCCUPATION.search(text, lo, hi) or _POINTER_TRADE.search(text, lo, hi)):
            continue
        if _AGAINST.search(text, lo, hi):
            if group_here:
                yield from _scorned_despite_campaign_words(doc, lo, hi, quotes)
            continue
        for g in _GROUP.finditer(text, lo, hi) if group_here else ():
            if _mention(doc, g.start(), quotes) or _one_firms_staff(text, lo, g):
                continue
            j = _JUDGEMENT.search(text, g.end(), min(hi, g.end() + _WINDOW))
            if j:
                yield g.start(), _end(text, j.end())
                break
            c = _CONTEMPT_VERDICT.match(text, g.end(), hi)
            if c:
                yield g.start(), c.end()
                break
            b = _BLAMED.match(text, g.end(), hi) or _BECAUSE_GROUP.match(text, g.end(), hi)
            if b:
                yield g.start(), _end(text, b.end())
                break
            # the culprit named first: 犯人はどうせ団地の子やろ
            culprit = _CULPRIT_FIRST.search(text, max(lo, g.start() - 16), g.start())
            pinned = culprit and _PINNED_AFTER.match(text, g.end(), hi)
            if pinned:
                yield culprit.start(), pinned.end()
                break
            # a contempt noun (〜の連中, 〜のやつら) with a put-down later in
            # the sentence or opening the next one: 山奥の連中と会うと毎回…。話が通じん
            if _PEJORATIVE_PEOPLE.search(g.group()) and _put_down_after(doc, g.end(), hi):
                yield g.start(), g.end()
                break
            why = _THIS_IS_WHY.search(text, max(lo, g.start() - 8), g.start())
            topic = why and _TOPIC.match(text, g.end())
            if topic and (
                _UNFINISHED.match(text, topic.end(), hi)
                or _WHY_VERDICT.search(text, topic.end(), min(hi, topic.end() + _WINDOW))
                or _JUDGEMENT.search(text, topic.end(), min(hi, topic.end() + _WINDOW))
                or _CONTEMPT.search(text, topic.end(), min(hi, topic.end() + _WINDOW))
            ):
                yield why.start(), topic.end()
                break
            sweep = _SWEEP.match(text, g.end())
            if sweep and not _NOTICE_AFTER.search(text, sweep.end(), hi):
                yield g.start(), sweep.end()
                # the same people relabelled in the sentence: しょせん出稼ぎの連中
                for other in _GROUP.finditer(text, sweep.end(), hi):
                    if _PEJORATIVE_PEOPLE.search(other.group()):
                        yield other.start(), other.end()
                break
        if group_here:
            for t in _INNATE.finditer(text, lo, hi):
                pred = t.group("pred")
                if (pred is None or _FLAW.search(pred)) and not _mention(doc, t.start(), quotes):
                    yield t.start(), t.end()
                    break
        if group_before:  # (each needs a group in the sentence before)
            j = _following_judgement(doc, lo, hi)
            if j:
                yield j.start(), _end(text, j.end())
                # the group it is about, and the rest of the verdict
                g = _GROUP.search(text, *doc.sentence_bounds[i - 1])
                if g:
                    yield g.start(), g.end()
                for more in _FOLLOWING.finditer(text, j.end(), hi):
                    yield more.start(), _end(text, more.end())
        if group_here or group_before:
            # a fault explained by the group: 障害者雇用やろ？そりゃ仕事遅いわけだ
            # (the group named last before it: パートさん、障害者雇用やろ？道理で…)
            e = _EXPLAINED.search(text, lo, hi)
            g = e and (_last_group(text, lo, e.start()) if group_here else None)
            if e and not g and _group_just_before(doc, lo):
                g = _last_group(text, *doc.sentence_bounds[i - 1])
            if e and g and not _mention(doc, g.start(), quotes):
                yield g.start(), g.end()
                yield e.start(), _end(text, e.end())
            st = _STIGMA.search(text, lo, hi)
            if st and (_GROUP.search(text, lo, st.start()) or _group_just_before(doc, lo)):
                yield st.start(), st.end()
        for o in _OCCUPATION.finditer(text, lo, hi):
            j = _LOOKED_DOWN.search(text, o.end(), min(hi, o.end() + _WINDOW))
            if j and not _mention(doc, o.start(), quotes):
                yield o.start(), o.end()
                yield j.start(), _end(text, j.end())
                # every other put-down of the work in the sentence
                for more in _LOOKED_DOWN.finditer(text, j.end(), hi):
                    yield more.start(), _end(text, more.end())
                break
        for p in _POINTER_TRADE.finditer(text, lo, hi):
            v = _TRADE_VERDICT.search(text, p.end(), min(hi, p.end() + _WINDOW))
            if (v or _LOOKED_DOWN.search(text, p.end(), min(hi, p.end() + _WINDOW))) and not _mention(doc, p.start(), quotes):
                yield p.start(), _end(text, v.end()) if v else p.end()
                break


def _last_group(text: str, lo: int, hi: int):
    """The last named group between lo and hi, or None."""
    last = None
    for last in _GROUP.finditer(text, lo, hi):
        pass
    return last


def _put_down_after(doc, start: int, hi: int) -> bool:
    """A put-down after `start` in its sentence, or opening the next sentence
    of the paragraph (for a group already called 連中 or やつら)."""
    text = doc.text
    if _JUDGEMENT.search(text, start, hi) or _CONTEMPT.search(text, start, hi) or _CANT_EVEN.search(text, start, hi):
        return True
    bounds = doc.sentence_bounds
    i = doc.sentence_index(start) + 1
    if i >= len(bounds) or "\n" in text[hi - 1:bounds[i][0] + 1]:
        return False
    n_lo, n_hi = bounds[i]
    return not _AGAINST.search(text, n_lo, n_hi) and bool(
        _JUDGEMENT.search(text, n_lo, min(n_hi, n_lo + _WINDOW)) or _CONTEMPT.search(text, n_lo, min(n_hi, n_lo + _WINDOW))
        or _CANT_EVEN.search(text, n_lo, min(n_hi, n_lo + _WINDOW)))


def _group_just_before(doc, lo: int) -> bool:
    """A named group in the sentence right before the one starting at `lo`,
    in the same paragraph."""
    bounds = doc.sentence_bounds
    i = doc.sentence_index(lo)
    if i == 0 or "\n" in doc.text[bounds[i - 1][1] - 1:lo]:
        return False
    p_lo, p_hi = bounds[i - 1]
    return not _AGAINST.search(doc.text, p_lo, p_hi) and bool(_GROUP.search(doc.text, p_lo, p_hi))


def _following_judgement(doc, lo: int, hi: int):
    """A strong judgement opening a sentence about the group just named."""
    j = _FOLLOWING.search(doc.text, lo, min(hi, lo + _FOLLOW_REACH))
    if j and not _GROUP.search(doc.text, lo, hi) and _group_just_before(doc, lo):
        return j
    return None


def _group_nearby(doc, lo: int, end: int, back: tuple = (False, False)) -> bool:
    """A named group in the sentence up to `end` or in the two before it;
    `back` says whether the draft names one in the two / one sentence(s)
    before the paragraph (_exclusion_facts).  A group named in an earlier
    sentence that informs against prejudice (部落差別の解消の推進に関する法律が
    施行された。…公開はお断りしとる) was named to inform, not to be kept out."""
    bounds, text = doc.sentence_bounds, doc.text
    i = doc.sentence_index(lo)
    if _GROUP.search(text, lo, end):
        return True
    for k in range(max(0, i - 2), i):
        p_lo, p_hi = bounds[k]
        if _GROUP.search(text, p_lo, p_hi) and not _informs_against(text, p_lo, p_hi):
            return True
    return i < 2 and back[i]


# Paragraph scope: every span is in the sentence of the exclusion or the one
# after it, in the paragraph; the group may be named two sentences back,
# across a blank line, and a quotation is judged by the rest of the draft
# (both in _exclusion_facts).
# needs: every span is an exclusion or a pointer of the paragraph, or
# follows an exclusion found in it.
@validator("group_exclusion", scope="paragraph", needs=(any_of(_EXCLUSION, _POINTER),), facts=_exclusion_facts)
def group_exclusions(doc, facts):
    """Wanting a named group kept away: 〜には貸さない方がいい, 来てほしくない."""
    quotes, back = facts
    text = doc.text
    flags = _group_flags(doc)
    for i, (lo, hi) in enumerate(_sentences(doc)):
        # Every finding needs a group in this sentence or the two before it,
        # or a pointer at one (ああいう人たち): both rarer than _EXCLUSION.
        if not (any(flags[max(0, i - 2):i + 1]) or (i < 2 and back[i]) or _POINTER.search(text, lo, hi)):
            continue
        if _AGAINST.search(text, lo, hi):
            continue
        excluded = False
        for x in _EXCLUSION.finditer(text, lo, hi):
            if _mention(doc, x.start(), quotes):
                continue
            # (searched up to the exclusion's end: a group may need the words
            # after it to be one, 女の人を|入れるのは反対, and must end before it)
            g = next((g for g in _GROUP.finditer(text, max(lo, x.start() - _WINDOW), x.end())
                      if g.end() <= x.start()), None) if flags[i] else None
            if g:
                yield g.start(), _end(text, x.end())
                excluded = True
            elif _POINTER.search(text, lo, x.start()) or _group_nearby(doc, lo, x.start(), back):
                yield x.start(), _end(text, x.end())
                excluded = True
        if excluded:
            # the writer siding with it, later in the sentence (or opening the next, below)
            for e in _ENDORSE.finditer(text, lo, hi):
                yield e.start(), _end(text, e.end())
            # the reason given right after, in the next sentence of the
            # paragraph: 〜には貸さないことにした。言葉も通じないし…
            bounds = doc.sentence_bounds
            if i + 1 < len(bounds) and "\n" not in text[hi - 1:bounds[i + 1][0] + 1]:
                n_lo, n_hi = bounds[i + 1]
                r = (_JUDGEMENT.search(text, n_lo, min(n_hi, n_lo + _FOLLOW_REACH))
                     or _FEARED_HARM.search(text, n_lo, min(n_hi, n_lo + _FOLLOW_REACH + 8)))
                if r and not _AGAINST.search(text, n_lo, n_hi):
                    yield r.start(), _end(text, r.end())
                # (the writer's siding may open with a subject: 私もその気持ちちょっとわかる)
                e = _ENDORSE.search(text, n_lo, min(n_hi, n_lo + _ENDORSE_REACH))
                if e and not _AGAINST.search(text, n_lo, n_hi):
                    yield e.start(), _end(text, e.end())
        # ああいう人たち… pointing back at a group named earlier, with a
        # judgement: the pointer is itself the demeaning part.
        for p in _POINTER.finditer(text, lo, hi):
            if not _group_nearby(doc, lo, p.start(), back):
                continue
            if _JUDGEMENT.search(text, p.end(), min(hi, p.end() + _WINDOW)) or _EXCLUSION.search(text, p.end(), min(hi, p.end() + _WINDOW)):
                yield p.start(), p.end()
            # あいつら日本語もまともに通じん: the pointer and what they "can't even" do
            # (also when a judgement was found: "まともに話せん" is one as well)
            c = _CANT_EVEN.search(text, p.end(), min(hi, p.end() + _WINDOW))
            if c:
                yield p.start(), c.end()


# Paragraph scope: the contempt word and its group share a sentence, or the
# group is in the sentence just before, in the paragraph (_following_judgement);
# a quotation is judged by the rest of the draft (_mention_facts).  Every
# finding needs a contempt word (the _FOLLOWING ones too: checked with
# _CONTEMPT.match) and a named group in the paragraph, so the engine skips
# paragraphs lacking either.
@validator("group_contempt", scope="paragraph", needs=(_CONTEMPT, _GROUP), facts=_mention_facts)
def group_contempt(doc, quotes):
    """A contempt word about a named group: 〜の人間は民度が低い, 〜って気持ち悪い."""
    text = doc.text
    flags = _group_flags(doc)
    for i, (lo, hi) in enumerate(_sentences(doc)):
        # the group is named in this sentence, or the one before (_following_judgement)
        if not (flags[i] or (i > 0 and flags[i - 1])):
            continue
        if _AGAINST.search(text, lo, hi):
            continue
        found = False
        for g in _GROUP.finditer(text, lo, hi) if flags[i] else ():
            if _mention(doc, g.start(), quotes):
                continue
            c = _CONTEMPT.search(text, g.end(), min(hi, g.end() + _WINDOW))
            if c:
                yield c.start(), _end(text, c.end())
                # every other put-down of them in the sentence: トロいし使いもんにならん
                for more in _MORE_PUTDOWN.finditer(text, c.end(), hi):
                    yield more.start(), _end(text, more.end())
                found = True
                break
        if not found:
            j = _following_judgement(doc, lo, hi)
            if j and _CONTEMPT.match(text, j.start()):
                yield j.start(), _end(text, j.end())


# -- places of people looked down on ----------------------------------------------

# A place and the people in it called a heap of something: あの地区は貧乏人の
# 集まり, 駅裏の団地なんて底辺の巣窟.  LABELS.md counts it under 5.6.1 (a
# contempt word about a group) and 5.6.2 (residence).
_SCORNED = (
    r"(?:貧乏人|貧乏|底辺|低所得(?:者|層)?|ろくでなし|ならず者|チンピラ|ゴロツキ|ごろつき|犯罪者|前科者|ナマポ|生活保護|"
    r"(?:ガラ|柄)の(?:悪い|わるい)(?:連中|奴ら|やつら|人|の)|バカ|馬鹿|アホ|貧民|田舎者|DQN|ドキュン|よそ者)"
)
_PLACE_CONTEMPT = lazy_regex.compile(
    # a heap, a den, a dump: strong with any of them, and with ゴミ/クズ too
    rf"(?:{_SCORNED[3:-1]}|ゴミ|ごみ|クズ|くず|カス)(?:と[^。!?\n]{{1,10}}?)?(?:の|ども(?:の)?)?"
    r"(?:集まり|巣窟|吹き?だまり|吹き?溜まり|掃き?溜め|はきだめ|たまり場|溜まり場|スラム|集落|町|村|地区)|"
    # full of them: people words only (河川敷はゴミだらけ is litter)
    rf"{_SCORNED}(?:と[^。!?\n]{{1,10}}?)?(?:の人)?(?:だらけ|ばっかり|ばっか|ばかり|しかいな|しか住ん)|"
    r"掃き溜め|掃きだめ|はきだめ|スラム(?:街)?(?!ダンク)|貧民街|貧民窟|ゲットー"
)
_PLACE = lazy_regex.compile(
    r"地区|集落|団地|地域|辺り|あたり|へん|辺|界隈|エリア|アパート|住宅|部落|町|村|島|通り|"
    r"あそこ|あっち|向こう|この辺|このへん|あの辺|あのへん|そのへん|その辺"
)


def _place_contempt(doc, quotes):
    """(place, contempt) matches, worked out once per Document and facts for
    the two validators below."""
    slot = ("_contempt_places", quotes)
    found = doc.__dict__.get(slot)
    if found is None:
        found = doc.__dict__[slot] = list(_find_place_contempt(doc, quotes))
    return found


def _find_place_contempt(doc, quotes):
    text = doc.text
    for lo, hi in _sentences(doc):
        # the contempt words are rarer than _AGAINST's: look for them first
        if not _PLACE_CONTEMPT.search(text, lo, hi) or _AGAINST.search(text, lo, hi):
            continue
        for c in _PLACE_CONTEMPT.finditer(text, lo, hi):
            if _mention(doc, c.start(), quotes):
                continue
            place = _PLACE.search(text, lo, c.start()) or _GROUP.search(text, lo, c.start())
            if place:
                yield place, c
                break


# Paragraph scope: the place and the contempt words share a sentence; a
# quotation is judged by the rest of the draft (_mention_facts).
@validator("place_contempt", scope="paragraph", needs=(_PLACE_CONTEMPT,), facts=_mention_facts)
def place_contempt(doc, quotes):
    """The contempt words about the people of a place: 貧乏人の集まり."""
    for _place, c in _place_contempt(doc, quotes):
        yield c.start(), c.end()


@validator("place_contempt_whole", scope="paragraph", needs=(_PLACE_CONTEMPT,), facts=_mention_facts)
def place_contempt_whole(doc, quotes):
    """The place and the contempt together: あの地区は昔から貧乏人の集まり."""
    for place, c in _place_contempt(doc, quotes):
        yield place.start(), c.end()


# -- origin guessed from a name or looks ----------------------------------------------

# Someone's origin guessed from their name, face or speech, as the answer to
# what they said: 名前からして在日の人でしょ, 苗字見たら帰化人って丸わかり,
# 訛りからしてあっちの国の人やろ.  The clue slot…
_ORIGIN_CLUE = lazy_regex.compile(
    r"(?:名前|苗字|名字|本名|氏名|フルネーム|顔|顔つき|顔立ち|見た目|容姿|肌の色|目の色|髪の色|骨格|訛り|なまり|発音|"
    r"しゃべり方|喋り方|話し方|言葉遣い|言葉づかい|日本語|アクセント|イントネーション|食べ方|考え方)"
    r"(?:から(?:して|すると|見て|みて|いって)|(?:を|が)?(?:見(?:れば|たら|ると|りゃ|ただけで)|聞(?:けば|いたら|くと|いただけで))|的に(?:は)?|で(?:わかる|分かる|バレる))"
    r"[、,]?(?:どうせ|もう|絶対|たぶん|多分|明らかに|どう見ても|どう考えても|きっと|まあ)?[、,]?"
)
# …the origin slot: a nation, a people or a belief (not any group: 春生まれの
# 人 is no origin)…
_ORIGIN_GROUP = lazy_regex.compile(
    "(?:" + "|".join(re.escape(w) for w in sorted(GROUP_WORDS["foreign"] + GROUP_WORDS["belief"], key=len, reverse=True)) + ")"
    rf"|(?:{_COUNTRIES}|外国|よその国|他の国|あの国|あっちの国|半島|大陸)(?:の|から来た)?(?:人たち|人達|人間|人|血|系|出身|者)?"
    r"|(?<![ァ-ヶー])[ァ-ヶ][ァ-ヶー]{1,7}人|ハーフ(?![ァ-ヶー])|部落(?:出身|の人)?|同和"
)
# …and the guess told as sure: でしょ, やろ, 確定, 丸わかり, 〜に決まっとる.
_ORIGIN_VERDICT = lazy_regex.compile(
    r"(?:の(?:人たち|人達|人間|人|方|者|家|血|系|出身))?(?:って|なの|なん|だって|が入っ(?:て|と|ちょ)(?:る|ん))?(?:は)?[、,]?"
    r"(?:でしょ|やろ|だろ|じゃろ|っちゃろ|確定|決定|決まり|に決まっ|に違いな|にちがいな|っぽ|丸出し|丸わかり|まるわかり|バレバレ|ばればれ|"
    r"じゃん|やん|じゃね|じゃない(?:の|か)|ちゃう|確実|間違いな|まちがいな|なんだろ|なんやろ|なんでしょ|ですよね|よね|やけん|だから|じゃけん)"
)


@validator("origin_guessed", scope="paragraph", needs=(_ORIGIN_CLUE,))
def origin_guessed(doc):
    """An origin guessed from a name or looks: 名前からして在日の人でしょ."""
    text = doc.text
    for lo, hi in _sentences(doc):
        if _AGAINST.search(text, lo, hi):
            continue
        for c in _ORIGIN_CLUE.finditer(text, lo, hi):
            g = _ORIGIN_GROUP.search(text, c.end(), min(hi, c.end() + 8))
            v = g and _ORIGIN_VERDICT.match(text, g.end(), hi)
            if v:
                yield g.start(), v.end()
                break


# -- death wishes spelled in kana -------------------------------------------------

# しんでくれ / しんでほしい spelled in kana is also the tail of every verb in
# -しむ: 楽しんでくれる, 悲しんでほしい, 惜しんでくれた, たのしんでくれ.  The
# wish starts a word (もうしんでくれ, 課長しんでくれ); the verb's conjugation
# starts inside one, so a match whose first letter sits inside a verb or an
# adjective other than 死ぬ is that word's ending.
_KANA_DEATH_WISH = lazy_regex.compile(r"しんで(?:くれ|ほしい|欲しい|しまえ)")
_NOT_A_WORD_START = ("動詞", "形容詞")


@validator("kana_death_wish", scope="paragraph")
def kana_death_wishes(doc):
    """しんでくれ / しんでほしい as a word of its own, never a -しむ verb's ending."""
    if "しんで" not in doc.text:
        return
    for m in _KANA_DEATH_WISH.finditer(doc.text):
        start = m.start()
        before = doc.tokens_between(max(0, start - 12), start + 1)
        inside = [t for t in before if t.start < start < t.end]
        if any(t.pos[0] in _NOT_A_WORD_START and t.lemma not in ("死ぬ", "しぬ") for t in inside):
            continue
        yield start, m.end()
