"""Links, including the forms people use to slip past filters, and links to
adult sites.

URL forms found: http(s)://…, hxxp:// / ttp:// / h**p://, scheme-less
www.… and bare domains (nude-cam.example/free), obfuscated dots
(example[.]com, example(dot)com, example ドット com).  Full-width letters
(ｈｔｔｐ) are already ASCII in the normalized text (NFKC).

A link is an adult link when its domain or path has an adult word as one of
its parts (momo-av, ero-gazou, xxx-hitozuma, /adult/), or when adult words
(エロ動画, 大人向けの動画サイト, 風俗, アダルト, 🔞) stand close to it.
"""

from __future__ import annotations

import re

from .. import lazy_regex
from .registry import validator
from .draft_facts import ParagraphSpans, once_per_draft, remembered_in
from .literal_precheck import LiteralPrecheck

_URL_CHARS = r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]"
# http(s)://, hxxp://, ttp://, h**p://, spaced h t t p s ://, and a colon
# left out (https//).
_SCHEME = r"(?:h[tx*]{2}ps?|ttps?|h[*_]{2}ps?|h..p|h\st\st\sp(?:\ss)?)\s?:?\s?//"
# 「ドット」 in any bracket: (ドット), [ドット], 【ドット】, 「ドット」.
_DOT_WORD = r"(?:ドット|どっと|dot|DOT|\.|点)"
_DOT = (rf"(?:\.|\s?(?:ドット|どっと|[(\[{{【「『]\s?{_DOT_WORD}\s?[)\]}}】」』])\s?"
        r"|\s(?:dot|DOT)\s)")
_LABEL = r"[A-Za-z0-9][A-Za-z0-9-]{0,62}"
_TLD = (
    r"(?:com|net|org|jp|info|biz|xyz|tv|me|to|io|cc|ws|club|site|online|top|live|fun|vip|sex|xxx|porn|"
    r"adult|example|asia|moe|tokyo|link|app|dev|page|blog|shop|ly|gl|us|uk|ru|cn|kr|tw|de|fr|co)"
)
URL = lazy_regex.compile(
    rf"(?:{_SCHEME}|www{_DOT}){_URL_CHARS}+"
    rf"|(?<![A-Za-z0-9@._%+-]){_LABEL}(?:{_DOT}{_LABEL}){{0,4}}{_DOT}{_TLD}(?![A-Za-z0-9-])"
    rf"(?:[/?#]{_URL_CHARS}*)?",
    re.IGNORECASE,
)
_TRAILING = ".,)）」』】]'!?:;"

# Adult words as whole parts of a domain or path (split at - . / _ digits).
_ADULT_PARTS = {
    "xxx", "porn", "porno", "sex", "sexy", "nude", "nudes", "adult", "adults", "hentai", "jukujo",
    "hitozuma", "ero", "eroero", "erotic", "erotica", "eroi", "av", "jav", "fuzoku", "fuuzoku", "deaikei",
    "chikan", "milf", "xvideos", "xhamster", "pornhub", "onlyfans", "camgirl", "camgirls", "escort",
    "sukebe", "dosukebe", "ecchi", "etchi", "etti", "oppai", "mushusei", "muhusei", "musyusei", "uradouga",
    "r18", "r18g", "18kin", "nsfw", "strip", "kyonyu", "kyonyuu", "bakunyu", "onani", "hamedori", "rori",
    "sefure", "sefre", "sefuremboshu", "papakatsu", "enkou", "deriheru", "soapland", "pinsaro", "uncensored",
    "tousatsu", "roshutsu", "panchira", "chatlady", "fetish", "bdsm", "boobs", "tits", "lewd", "uraaka",
    # other romanisations people use: Kunrei-shiki (huzoku), jy- spellings
    "huzoku", "huuzoku", "fuzok", "jyukujo", "jukujyo", "jyukujyo", "hitoduma", "sekkusu", "sekusu", "hoteheru",
    "menesu", "kaishun", "pinsalo", "soap-land", "erogazo", "eromanga", "eroanime", "h-anime",
    # 抜き (nukinuki-douga), 痴女, 淫乱, ロリ, ヤリ…: slang romanised in the domain (chijo
    # alone is 地上, kinshin 謹慎, shasei 写生: those are adult only before a medium)
    "nuki", "nukinuki", "nukeru", "nukenuke", "chijyo", "inran", "yariman", "yarimoku", "loli", "lolicon",
    "rorikon", "naked", "slut", "sluts", "hamehame", "ahegao", "doero", "gachiero",
    "muramura", "seikoui", "bukkake", "fellatio", "paizuri", "nakadashi",
    "uraaka", "urakou", "ura-aka", "adultvideo", "xxxvideo", "18plus", "over18",
    "kinbaku", "bondage", "kinbakubi",
}
# Adult words that are unambiguous inside a longer part too (freeporn, xvideos2).
_ADULT_INFIXES = ("porn", "hentai", "xvideo", "xxx", "jukujo", "hitozuma", "sukebe", "oppai", "ecchi",
                  "mushusei", "musyusei", "onlyfans", "nsfw", "deaikei", "sefure", "papakatsu", "chatlady")
# A word that is adult only before a medium: ero-douga, seijin-manga, h-anime,
# deai-kei, otona-tube (deai alone is 出会い, seijin alone 成人式, otona alone 大人).
_ADULT_PREFIXES = ("ero", "av", "seijin", "h", "deai", "otona", "otonano", "nuki", "nukeru",
                   "hitozuma", "jukujo", "chijo", "ura",
                   # 縛り / 裸 / 全裸 romanised: shibari alone is a game rule, hadaka a festival (裸祭り)
                   "shibari", "hadaka", "zenra",
                   # pin-up words, adult only before a racy or hidden tail: mizugi-ura, gravure-ero
                   "mizugi", "gravure", "gurabia", "bikini", "shitagi", "fukurotoji", "kageki", "kiwadoi")
_ADULT_PREFIX_TAILS = ("anime", "manga", "douga", "doga", "gazou", "gazo", "game", "video", "videos", "movie",
                       "movies", "site", "tube", "matome", "mate", "live", "chat", "joyu", "jyoyu", "muke",
                       "doujin", "dojin", "comic", "comics", "kei", "app", "apuri", "image", "pics",
                       "ura", "kageki", "kiwadoi", "porori", "mieru", "sukesuke")

# Adult words in the text near a link (normalized text: ｴﾛ is already エロ).
# 伏字 marks stay in the normalized text (エ○動画, ア●ルト), so the masked
# spellings are listed with the mark.
_MASK = r"[○◯●〇◎✕✖×※*□■△▲▽▼◇◆☆★♡♥]"
_MEDIUM = r"(?:動画|画像|サイト|漫画|マンガ|アニメ|写真|ゲーム|同人誌|同人|配信|ライブ|チャット|ビデオ|コミック|雑誌|作品|コンテンツ)"
# 大人向けの写真教室 / 大人の動画講座: a class or tour for grown-ups.
_NOT_A_CLASS = r"(?![^。!?\n、]{0,4}(?:講座|教室|ツアー|見学|セミナー|体験|サークル|募集|コンテスト|展|講習|ワークショップ))"
# Slots of the euphemism 「大人向けの“いけない”写真集」.
_GROWN_UP = (r"(?:(?:大人|おとな|オトナ|成人|紳士|男性|殿方|深夜|夜)(?:向け|限定|専用)|(?:大人|おとな|オトナ)の|"
             r"18禁|R-?18|🔞|夜の)")
_QUOTE = r"[\"“”'‘’「」『』【】]"
_NAUGHTY = (r"(?:いけない|イケない|イケナイ|秘密|ヒミツ|ひみつ|内緒|ナイショ|禁断|えっち|エッチ|過激|刺激的|大胆|セクシー|"
            r"色っぽい|艶っぽい|悩ましい|あぶない|アブナイ|危ない|きわどい|際どい|キワドい|濃厚|恥ずかしい|はずかしい|"
            r"いやらしい|やらしい|妖艶|官能的|刺激強め)")
_PICTURES = (r"(?:写真集|写真|画像|動画|映像|グラビア|自撮り|配信|ムービー|イラスト|漫画|マンガ|作品|コンテンツ|撮影会|"
             r"ビデオ|DVD|ライブ|チャット|ボイス|姿)")
_NAUGHTY_PICTURES = (
    _GROWN_UP + r"の?\s?" + _QUOTE + r"?" + _NAUGHTY + r"(?:な|の)?" + _QUOTE + r"?(?:な|の)?\s?" + _PICTURES + _NOT_A_CLASS +
    r"|(?:いけない|イケない|イケナイ)" + _QUOTE + r"?(?:な|の)?" + _PICTURES + _NOT_A_CLASS
)
# Pin-up material and how racy it is said to be: neither alone is adult
# (グラビアアイドルのトークショー, きわどい判定), both together are.
_PINUP = (r"(?:グラビア|ぐらびあ|袋とじ|袋綴じ|ふくろとじ|水着|みずぎ|ビキニ|下着|したぎ|ランジェリー|手ブラ|半裸|全裸|"
          r"裸|はだか|ハダカ|谷間|胸チラ|パンチラ|パンツ|生足|寝そべり|コスプレ|写真集|自撮り|セルフィー|撮影会)")
# (大胆, ギリギリ, 攻めた, 危ない are left out: 締切ギリギリの写真集予約, 大胆な水着デザイン)
_RACY = (r"(?:過激|かげき|きわどい|際どい|キワドい|きわどすぎ|際どすぎ|攻めすぎ|攻めまくり|"
         r"エロ|えろ|エッチ|えっち|セクシー|せくしー|刺激的|刺激強め|ポロリ|ぽろり|見えそう|見えちゃ|丸見え|"
         r"透け透け|スケスケ|すけすけ|食い込|(?:じゃ|では|で|だけじゃ|だけでは)(?:済ま|すま)(?:ない|ん)|どころじゃ(?:ない|なか)|布(?:面積)?(?:少な|小さ|ちっちゃ)|露出(?:度)?(?:高|多|すご)|えぐい|エグい|やらしい|いやらしい)")
# The sex trade in any spelling: 風俗 / フーゾク / ふうぞく (ﾌｰｿﾞｸ is フーゾク
# after NFKC), masked 風○, and the kinds of shop.  ソープ after ハンド or
# ボディ is soap.
_SEX_WORK = (
    r"(?:風俗(?!営業|習慣|画|史|資料|文化|考証|研究|博物|民俗)(?:店|嬢|情報|サイト)?|風" + _MASK + r"{1,2}|フ[ーウ" + _MASK[1:-1] + r"]ゾク|ふ[うーぅ]ぞく|フウゾク|"
    r"デリヘル|でりへる|ホテヘル|箱ヘル|ファッションヘルス|(?<![ァ-ヴー])ソープ(?:ランド|嬢|街|店)?|ソー" + _MASK + r"|"
    r"ピンサロ|ピンクサロン|ピンク(?:映画|動画|チラシ|サイト)|キャバクラ|セクキャバ|おっパブ|メンエス|回春(?:マッサージ|エステ)?|"
    r"JKリフレ|性感(?:マッサージ|エステ)?|夜のお店|大人のお店)"
)
ADULT_WORDS = lazy_regex.compile(
    # 過激グラビアの裏アカ / 過激なのは店の裏サイト: a back account or back site
    # said to hold the racy part (a school's 裏サイト alone is a gossip board).
    # First, so the whole phrase is the finding, not only its racy word.
    r"(?:過激(?!派)|かげき|無修正|エロ|えろ|エッチ|えっち|18禁|R-?18|きわどい|際どい)[^。!?\n]{0,12}?裏(?:サイト|アカ|垢|ページ|チャンネル)"
    r"|裏(?:サイト|ページ|チャンネル)[^。!?\n]{0,12}?(?:過激(?!派)|無修正|エロ|えろ|エッチ|えっち|18禁|R-?18)"
    # 過激なサービスの店: a shop's racy service is the sex trade
    r"|(?:過激|きわどい|際どい|エロい|えろい|エッチな|えっちな|いやらしい|やらしい|エグい)な?(?:サービス|オプション|プレイ)"
    r"(?:の|が(?:ある|あり|受けられる|できる)|を(?:する|してくれる))?(?:お?店|店舗)(?:一覧|リスト|まとめ|ランキング|情報)?"
    # (え○ち / エ★チ: a mark standing in for the っ; え♡ち, its heart folded away by
    # normalization, is えち before a medium, below)
    r"|(?:エロ|えろ|エ[・･.]ロ|エッ{1,3}チ|えっ{1,3}ち|エチエチ|えちえち|スケベ|すけべ|ドスケベ|いやらしい|やらしい|え" + _MASK + r"{1,2}ち|エ" + _MASK + r"{1,2}|H" + _MASK +
    # エ口画像, 工ロ動画: the kanji 口 or 工 standing in for the katakana, a
    # look-alike a filter misses; only before what is shown (加工ロス is a loss)
    r"|(?<![一-龥])(?:エ口|工ロ|工口)(?=(?:い|な|すぎ)?(?:" + _MEDIUM[3:-1] + r"|系|まとめ)))"
    r"(?:い|な|すぎ)?(?:" + _MEDIUM + r"|系|まとめ)?"
    r"(?:まとめ|サイト)?(?:は(?:こちら|ここ)|こちら)?"
    r"|(?:えち|エチ)(?:な|い)?(?:" + _MEDIUM[3:-1] + r")"
    r"|(?:アダルト|あだると|ア" + _MASK + r"{1,2}ルト|ア" + _MASK + r"ダルト)" + _MEDIUM + r"?"
    r"|大人(?:向け|の)の?(?:動画|サイト|コンテンツ|ビデオ|お店|遊び|アニメ|おもちゃ|オモチャ)(?:サイト)?"
    # (成人向けの当該サイト, 大人向けの例の動画: a pointing word may come between)
    r"|" + _QUOTE + r"?(?:成人|18歳以上|大人|おとな|オトナ)" + _QUOTE + r"?(?:向け|限定|専用)" + _QUOTE + r"?の?"
    r"(?:当該|例の|件の|くだんの|この|その|あの|某|専用の?|無料の?)?" + _MEDIUM + _NOT_A_CLASS +
    # 成人向け is the sexual label itself (not 大人向け, a grown-up's novel): any
    # list or reading offered under it is the site (成人向けランキング, 成人向けの小説サイト)
    r"|" + _QUOTE + r"?成人" + _QUOTE + r"?(?:向け|限定|専用)" + _QUOTE + r"?の?(?:小説|ノベル|ランキング|映像|一覧|まとめ|ゲーム|チャンネル)(?:サイト)?" + _NOT_A_CLASS +
    # 夜のお楽しみ動画 / 大人のお楽しみサイト: the evening's "fun" as a medium
    # (夜のお楽しみ抽選会 and お楽しみライブ are events, not media).
    r"|(?:夜|深夜|今夜|大人|オトナ|おとな)の(?:お楽しみ|おたのしみ|オタノシミ|楽しみ|ひととき|お遊び)(?:用の?|の)?(?:動画|画像|サイト|ビデオ|写真集|コンテンツ)"
    # 🍑💦動画 / 🍆💦画像: fruit and splash emoji framing a medium (a lone 🍑
    # before 動画 is a peach farm's video).
    r"|[🍑🍆💦💋👅]{0,4}(?:🍑💦|💦🍑|🍆💦|💦🍆|🍑🍆|🍆🍑)[🍑🍆💦💋👅]{0,4}\s?(?:動画|画像|写真|サイト|ビデオ|配信)[🍑🍆💦💋👅]{0,4}"
    r"|(?:動画|画像|写真|サイト|ビデオ|配信)\s?[🍑🍆💦💋👅]{0,4}(?:🍑💦|💦🍑|🍆💦|💦🍆|🍑🍆|🍆🍑)" +
    r"|18歳未満(?:の方)?(?:は|の)?(?:閲覧|見|アクセス|立ち入り|禁止|お断り)|未成年(?:の方)?(?:は|の)?(?:閲覧|視聴|アクセス)"
    # 18歳以上限定で公開中: pictures shown to adults only, the age label said as a sentence
    r"|(?:18|十八)歳以上(?:の方)?(?:限定|のみ|専用)で?(?:公開|配信|閲覧|視聴|販売)"
    r"|(?:夜の|今夜の|大人の)(?:お供|おとも|オカズ|おかず)|大人の遊び|夜のお店"
    r"|" + _SEX_WORK +
    r"|出会い系(?:サイト|アプリ)?|出会える(?:サイト|アプリ)|即会い|ワンナイト|セフレ|ライブチャット|チャットレディ"
    # hook-up come-ons: 今夜すぐ会える子, 近所でヤれる人妻, 欲求不満な女性
    r"|(?:今夜|今晩|今すぐ|すぐ(?:に)?|今日|近所で|近くで|即日|割り切りで)[^。\n]{0,4}?(?:会える|ヤれる|やれる|エッチできる|会ってくれる)"
    r"(?:子|女の子|女性|人妻|娘|相手|女子|ギャル|JD|OL)|(?:欲求不満|かまってほしい|寂しがり)な?(?:人妻|女性|女の子|子)"
    r"|裏垢|裏アカ|18禁|R-?18|🔞|無修正|モザ(?:イク)?(?:なし|無し)|裏動画"
    # AV, written A V to slip past a filter, before or after what is offered
    r"|(?<![A-Za-z])A\s?V\s?(?:女優|動画|サイト|見放題|無料)|(?:無料|素人|おすすめの?)\s?A\s?V(?![A-Za-z])"
    r"|人妻(?:動画|もの|系)?|熟女(?:動画|もの|系)?|素人(?:投稿|動画|もの)"
    r"|ヌード|セクシー(?:動画|画像|女優)|盗撮(?:動画|画像)|ハメ撮り|援交|援助交際|パパ活|ママ活"
    r"|おっぱい|巨乳|爆乳|(?:過激|きわどい|際どい|キワドい|お色気|官能的?|卑猥|ひわい|猥褻|わいせつ|淫ら|みだら|ハレンチ|破廉恥|肌色多め|露出多め|透け透け|スケスケ|セクシー)(?:な|の|すぎる)?(?:動画|画像|写真|自撮り|配信|ライブ|漫画|マンガ|コンテンツ)|抜ける(?:動画|画像|サイト)?"
    # naked pictures and whose they are, as what the site shows: 女の子の裸の写メが見れるサイト
    r"|(?:(?:女の子|女性|女子|娘|ギャル|人妻|奥さん|お姉さん|子)(?:たち)?の)?(?:裸|全裸|はだか|ハダカ)(?:の)?(?:画像|動画|写真|写メ|自撮り)"
    r"(?:が|を|も)?(?:見れる|見られる|観れる|見放題)?(?:サイト|アプリ|ページ|まとめ)?"
    # 脱いでくれるお姉さんたちの配信, 服を脱いじゃう女の子の動画: undressing as the show
    r"|(?:(?<![をもは])|(?<=服を)|(?<=全部)|(?<=下着を))(?:脱いで(?:くれる|くれた|くれちゃう|見せる|見せて)|脱いじゃう|脱ぎたて|脱ぎまくる)[^。!?\n]{0,10}?"
    r"(?:お姉さん|おねえさん|お姉様|女の子|女性|女子|ギャル|人妻|娘|奥さん|子)[^。!?\n]{0,6}?" + _MEDIUM + r"(?:配信|動画|チャット)?"
    # 川辺で脱ぐ女シリーズ / 脱いだ人妻の動画: the women who undress named as the series or the medium
    r"|(?:脱ぐ|脱いだ|脱いでる|脱いどる|脱ぎよる)(?:女|女の子|女性|娘|ギャル|人妻|お姉さん|おねえさん|美女|素人)(?:たち)?の?(?:シリーズ|動画|画像|写真|サイト|まとめ|配信|ビデオ)"
    r"|着エロ|パンチラ|胸チラ|露出(?:動画|画像|写真)|下着(?:動画|画像|写真)|オナ(?:ニー|ホ)"
    # 裸エプロン: a fetish name, never a cooking class (an apron alone is 5(6)⑤ only by its link)
    r"|(?:裸|はだか|ハダカ)エプロン"
    r"|(?<![A-Za-z])H(?:な|い)?(?:動画|画像|サイト|写真|漫画|マンガ|アニメ|ゲーム)"
    r"|(?<![A-Za-z])(?:ero|eroi|ecchi|sex|porn|hentai|nsfw)(?![A-Za-z])"
    # spelled out letter by letter to slip past a filter: e r o, E.R.O, s-e-x
    # (a letter of a longer spelled word is no part: e r o s, a e r o)
    r"|(?<![A-Za-z])(?<![A-Za-z][\s.・_\-])(?:[eE][\s.・_\-]{1,2}[rR][\s.・_\-]{1,2}[oO]|[sS][\s.・_\-]{1,2}[eE][\s.・_\-]{1,2}[xX]|[pP][\s.・_\-]{1,2}[oO][\s.・_\-]{1,2}[rR][\s.・_\-]{1,2}[nN])(?![A-Za-z]|[\s.・_\-][A-Za-z])"
    # 大人向けの“いけない”写真集, オトナ限定の秘密の自撮り, 紳士向けの刺激的な動画:
    # a grown-ups' label and a naughty word before the medium (大人向けの写真教室
    # has no naughty word); いけない写真集 needs no label.
    r"|" + _NAUGHTY_PICTURES +
    # 袋とじより過激なの / きわどい水着 / グラビアの件、もっと攻めたやつ: a
    # pin-up word and a racy degree side by side (either order)
    r"|" + _RACY + r"[^。!?\n]{0,10}?" + _PINUP + r"|" + _PINUP + r"[^。!?\n]{0,12}?" + _RACY +
    # 夜にこっそり見てね / 嫁にバレんごと観て: a link to be watched at night or
    # behind the family's back (a surprise for one person names that person).
    r"|(?:夜|深夜|夜中|寝る前|ひとり|一人|家族|嫁|妻|旦那|親|彼女|彼氏)[^。\n]{0,6}?"
    r"(?:こっそり|コッソリ|こそっと|内緒で|ないしょで|ナイショで|隠れて|バレ(?:ない|ん)(?:ように|よう|ごと))[^。\n]{0,3}?(?:見|観|楽しん)"
)
# How far (characters) adult words may stand from a link and still describe it.
NEAR = 60
# A sentence that warns about adult sites (ワンクリック詐欺に注意) is not a pointer to one.
_WARNING = lazy_regex.compile(
    # …but not a wink at the reader (夜ふかし注意, 見すぎ注意, 閲覧注意, ハマり注意).
    r"(?<![しぎ足覧り沼])注意|詐欺|架空請求|不当請求|請求画面|相談|被害|消費生活|フィルタリング|トラブル|気をつけ|気を付け|ご用心|有害|"
    r"啓発|防止|守りましょう|見ないで|開かないで|アクセスしないで|"
    # an official notice about the trade: 客引きは条例で禁止, 営業許可の申請
    r"禁止|条例|許可|申請|取り締ま|取締|摘発|違反|風営法|客引き|補導"
)
# 「親フラ注意」「家族バレ注意」「鼻血注意」: a wink at the reader that the
# content is racy, not a warning against it.
_WINK_BEFORE_CAUTION = lazy_regex.compile(
    r"(?:親フラ|親バレ|身バレ|家族バレ|嫁バレ|妻バレ|会社バレ|職場バレ|鼻血|音量|音漏れ|中毒|沼|寝不足|夜ふかし|夜更かし|"
    r"見すぎ|見過ぎ|閲覧|ハマり|はまり|やりすぎ|抜きすぎ|電車内|電車で|職場で|会社で|人前|背後|後ろ|刺激|興奮|のぼせ|"
    # 「18禁注意」「R18注意」: the age rating worn as a label, not a warning;
    # 「18禁なので注意してね」「R18やけん注意」「エロだから注意」: the rating
    # given as the reason to take care is the same wink
    r"(?:18禁|R-?18|🔞|"
    # 「ｱﾀﾞﾙﾄ注意」「エロ注意」: what the link holds, worn as a label
    r"アダルト|あだると|エロ|えろ|エッチ|えっち)"
    r"(?:なので|なんで|だから|やから|やけん|だけん|じゃけん|ですので|ですから|につき)?[、,\s]?ご?)$"
)
# How far before 注意 the wink may start (「R18ですので、ご注意」 is 10 characters).
_WINK_REACH = 11
# 「職場の人は見ないでね」「良い子は見ないで」: who must not see it, a wink
# that the link is racy (a warning names the site, not the onlookers).
_ONLOOKERS_BEFORE_DONT_LOOK = lazy_regex.compile(
    r"(?:職場|会社|仕事場|家族|嫁|妻|旦那|親|上司|同僚|彼女|彼氏|良い子|よい子|いい子|未成年|18歳未満)"
    r"(?:の(?:人|ひと|方|みんな|皆さん|みなさん|子|子たち))?(?:たち)?(?:は|には|にも|も)?$"
)

# 「18歳未満は閲覧禁止」「未成年閲覧禁止」: the age gate a site wears, a wink
# that the link is adult (a warning names the harm: 被害, 詐欺, 相談).
_AGE_GATE_BEFORE_BAN = lazy_regex.compile(
    r"(?:18歳未満|十八歳未満|未成年|18禁)(?:の(?:方|子|人))?(?:は|の)?(?:閲覧|観覧|視聴|アクセス|入場)?(?:は)?$"
)


def _warns(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] warns about adult sites (a wink 「親フラ注意」 does not)."""
    for m in _WARNING.finditer(text, lo, hi):
        if m.group() == "注意" and _WINK_BEFORE_CAUTION.search(text, max(lo, m.start() - _WINK_REACH), m.start()):
            continue
        if m.group() == "見ないで" and _ONLOOKERS_BEFORE_DONT_LOOK.search(text, max(lo, m.start() - 10), m.start()):
            continue
        if m.group() == "禁止" and _AGE_GATE_BEFORE_BAN.search(text, max(lo, m.start() - 12), m.start()):
            continue
        return True
    return False


@once_per_draft
def _warning_sentences(doc) -> dict[tuple[int, int], bool]:
    """Sentence bounds -> whether that sentence warns (filled as asked)."""
    return {}


def _sentence_warns(doc, bounds: tuple[int, int]) -> bool:
    """_warns over one sentence of `doc`, remembered for the draft: the
    words near many links of one long sentence (a pasted list) ask again
    and again, and each ask scanned the whole sentence."""
    memo = _warning_sentences(doc)
    warns = memo.get(bounds)
    if warns is None:
        warns = memo[bounds] = _warns(doc.text, *bounds)
    return warns


# A public body's site is never an adult site, whatever words stand next to it.
_PUBLIC_HOST = lazy_regex.compile(
    r"^(?:[a-z*_. ]{3,9}s?\s?:?\s?//)?(?:[a-z0-9-]+\.)*(?:(?:go|lg|ed)\.jp|(?:city|town|vill|pref|police)\.[a-z0-9.-]+)(?:[/:?#]|$)",
    re.IGNORECASE,
)


# Every link holds // or a top-level domain after a dot in some spelling
# (case-insensitive like URL): a cheap test first, since URL (tried at every
# letter and digit) is slow and nine paragraphs in ten hold none of these.
_URL_PRECHECK = LiteralPrecheck(URL)


def find_urls(text: str, pos: int = 0):
    """(start, end) of every link in `text` (from `pos`), without trailing punctuation."""
    if not _URL_PRECHECK.may_match(text, pos):
        return
    for m in URL.finditer(text, pos):
        end = m.end()
        while end > m.start() and text[end - 1] in _TRAILING:
            end -= 1
        if end > m.start():
            yield m.start(), end


def _parts(url: str) -> list[str]:
    """The words a link is made of: its alphanumeric chunks (doujin, r18),
    their letter and digit pieces (r, 18), and every two neighbouring chunks
    joined (r-18 → r18, seijin-manga → seijinmanga), since people write
    one word with or without a hyphen."""
    url = re.sub(r"^[a-z*_. ]{3,9}s?\s?:?\s?//", "", url.lower())
    url = re.sub(r"ドット|どっと|\bdot\b|点", ".", url)
    chunks = [c for c in re.split(r"[^a-z0-9]+", url) if c]
    parts = list(chunks)
    for chunk in chunks:
        pieces = [p for p in re.split(r"(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])", chunk) if p]
        if len(pieces) > 1:
            parts.extend(pieces)
    parts.extend(a + b for a, b in zip(chunks, chunks[1:]))
    return parts


# Euphemisms of their own, adult only with these tails: otona-yoru (大人の夜),
# peach-douga (🍑 for a bottom).  Kept apart from the shared tails above:
# yamaga-yoru-live is the lantern festival's night stream, peach-shop a farm.
_EUPHEMISM_PREFIX_TAILS = {
    # otona-deai (大人の出会い) is a hookup site's name; deai alone is 出会い
    "otona": ("yoru", "night", "yoasobi", "himitsu", "himegoto", "secret", "naisho", "ikenai", "okazu", "deai"),
    "otonano": ("yoru", "night", "yoasobi", "himitsu", "himegoto", "secret", "naisho", "ikenai", "okazu", "deai"),
    "peach": ("douga", "doga", "gazou", "gazo", "video", "videos", "movie", "movies", "tube", "chat", "cam",
              "av", "ero", "xxx"),
    "momo": ("douga", "doga", "gazou", "gazo", "tube", "movie", "movies", "video", "videos"),
    # momoiro-douga (桃色動画), pink-movie (ピンク映画): the colour that means
    # racy, before a medium (momoiro alone is a fruit shop, pink a rose garden)
    "momoiro": ("douga", "doga", "gazou", "gazo", "tube", "movie", "movies", "video", "videos", "live", "chat"),
    "pink": ("douga", "doga", "gazou", "gazo", "tube", "movie", "movies", "video", "videos", "eiga"),
    # a body part romanised before a medium: oshiri-douga, shiri-gazou (oshiri
    # alone is a children's cartoon, oshiri-cafe a pun on a café's name)
    "oshiri": ("douga", "doga", "gazou", "gazo", "tube", "movie", "movies", "video", "videos", "cam", "chat", "live"),
    "shiri": ("douga", "doga", "gazou", "gazo", "tube", "movie", "movies", "video", "videos", "cam"),
}


# Words that are innocent alone and adult together (signals combined).
# 女子高生 slang: jk-kyoto may be anything, jk-poolside is not.
_MINOR_PARTS = {"jk", "joshikosei", "joshikousei", "jyoshikousei", "jyoshikosei", "joshikou", "schoolgirl",
                "schoolgirls"}
# Where or how a schoolgirl is looked at: adult only right after a minor word
# (jk-poolside, joshikosei-gazou); pool alone is a pool.
_MINOR_TAILS = ("pool", "poolside", "puru", "beach", "swim", "onsen", "bath", "furo", "locker", "kouishitsu",
                "toilet", "douga", "doga", "gazou", "gazo", "pics", "cam", "tube", "mizugi", "bikini", "pantsu",
                "panchira", "sukumizu", "buruma", "kiwadoi", "ura")
# Pin-up material: gravure-mag, bikini-beach and mizugi-shop are ordinary.
_PINUP_PARTS = {"gravure", "gurabia", "guravure", "bikini", "mizugi", "swimsuit", "swimsuits", "swimwear",
                "lingerie", "shitagi", "pantsu", "panty", "panties", "sukumizu", "buruma"}
# A genre word that makes pin-up material adult anywhere in the same link
# (gravure-free.example/amateur): amateur-radio alone is a radio club.
_PINUP_GENRES = {"amateur", "amateurs", "amature", "shirouto", "shiroto", "sirouto", "kageki", "kiwadoi",
                 "leak", "leaks", "leaked", "hidden", "voyeur", "tousatsu", "nuki"} | _MINOR_PARTS


# Girls and the night (midnight-girls, night-pink/girls): a hostess club
# alone, adult with a lure; girls on a live stream or a cam (joshi-live) are
# a sports or idol show too, adult only under a grown-ups' label.
_GIRL_PARTS = {"girls", "girl", "gals", "gal", "gyaru", "joshi", "jyoshi", "onnanoko", "ladies", "lady", "musume"}
_NIGHT_PARTS = {"night", "midnight", "yoru", "yoasobi", "pink", "momoiro"}
_SHOW_PARTS = {"live", "cam", "chat"}


def url_is_suggestive(url: str) -> bool:
    """Whether the link has a pin-up or schoolgirl word (bikini-beach,
    jk-kyoto), or girls with the night (midnight-girls): not adult alone,
    adult with a lure next to it (過激, 際どい)."""
    return _suggestive(set(_parts(url)))


def _suggestive(parts: set[str]) -> bool:
    """url_is_suggestive, given the link's set of _parts."""
    if parts & _GIRL_PARTS and parts & _NIGHT_PARTS:
        return True
    return not parts.isdisjoint(_PINUP_PARTS) or not parts.isdisjoint(_MINOR_PARTS)


def _girls_on_show(parts: set[str]) -> bool:
    """Girls on a live stream or a cam (joshi-live, girls-chat), of the link's set of _parts."""
    return bool(parts & _GIRL_PARTS and parts & _SHOW_PARTS)


def _night_show_fused(parts) -> bool:
    """A night word fused with a show word in one part (nightchat, yorulive)."""
    return any(part.startswith(night) and part[len(night):] in _SHOW_PARTS for part in parts for night in _NIGHT_PARTS)


def _girls_on_a_night_show(parts: set[str]) -> bool:
    """Girls, the night and a chat or a cam together (nightchat-girls, night-live-girls):
    a paid adult chat, whatever the lure (a hostess club has no chat, a sports show no
    night); of the link's set of _parts."""
    return bool(parts & _GIRL_PARTS) and (bool(parts & _NIGHT_PARTS and parts & _SHOW_PARTS) or _night_show_fused(parts))


def _combined_signals(parts: list[str]) -> bool:
    found = set(parts)
    if found & _PINUP_PARTS and found & _PINUP_GENRES:
        return True
    for part in parts:
        for prefix in _MINOR_PARTS:
            if part.startswith(prefix) and part[len(prefix):] in _MINOR_TAILS:
                return True
    return False


# An age mark fused to a chat or video word (live-chat18, 18cam, douga-18):
# the 18 of 18禁.  A lone 18 is a number (room18, route18) and 2018 a year.
_AGE_MARKED_MEDIUM = re.compile(r"(?:chat|cam|douga|doga|gazou|gazo|tube)18(?![0-9])|(?<![0-9])18(?:chat|cam|douga|doga|gazou|gazo|tube)")


def url_is_adult(url: str) -> bool:
    parts = _parts(url)
    if _combined_signals(parts) or _girls_on_a_night_show(set(parts)):
        return True
    for part in parts:
        if _AGE_MARKED_MEDIUM.search(part):
            return True
        if part in _ADULT_PARTS:
            return True
        if any(w in part for w in _ADULT_INFIXES):
            return True
        for prefix in _ADULT_PREFIXES:
            if part.startswith(prefix) and part[len(prefix):] in _ADULT_PREFIX_TAILS:
                return True
        for prefix, tails in _EUPHEMISM_PREFIX_TAILS.items():
            if part.startswith(prefix) and part[len(prefix):] in tails:
                return True
    return False


# A lure: how racy the linked pictures are said to be.  Alone near a link it
# is no adult word (刺激的な体験ツアー, 過激派のニュース), with a pin-up or
# schoolgirl word in the link it is (過激で面白いので → gravure-…).  Words a
# shop uses for its swimwear (セクシー, 大人向け, 色っぽい, 攻めた) are left out.
# A racy degree counts only when it describes the pictures or the site
# (過激で面白い, 際どいショット, 刺激的な一枚), not another thing
# (過激なダイエット, 際どい判定, 刺激的な体験; 刺激的で楽しい is any outing).
# 目の保養 and 丸見え are said of a sea view too (bikini-beach travel pages).
_PICTURE_NOUN = r"(?:な|の|すぎる|すぎの)?(?:写真|画像|ショット|一枚|動画|カット|姿|自撮り|ポーズ|衣装|やつ|もの|もん|の|サイト|ページ|まとめ)"
_LURE = lazy_regex.compile(
    # (際どか, えぐか: the 熊本弁 adjective ending)
    r"(?:過激|かげき|きわどい|際どい|キワドい|きわどか|際どか|キワドか|攻めすぎ|エグい|えぐい|エグか|えぐか)"
    r"(?:" + _PICTURE_NOUN + r"|で|すぎ|だ|です|や|ばい|たい|けん|かよ|ね|よ|[。、!?\s→👉]|$)"
    r"|(?:刺激的|刺激強め)" + _PICTURE_NOUN +
    r"|きわどすぎ|際どすぎ|キワドすぎ|ポロリ|ぽろり|透け透け|スケスケ|食い込"
    # watched free without limit: the ad's wording for what the girls show
    r"|(?:無料|タダ|ただ)で(?:見|観)(?:放題|れ放題)"
)


def _words_near(doc, pattern, start: int, end: int):
    """Matches of `pattern` within NEAR characters of the link [start, end),
    in the link's paragraph and outside it, except in a sentence that warns
    about such sites."""
    text = doc.text
    lo, hi = max(0, start - NEAR), min(len(text), end + NEAR)
    for m in pattern.finditer(text, lo, hi):
        if m.end() <= start or m.start() >= end:
            if not (_same_paragraph(text, m.start(), start) and _same_paragraph(text, end, m.end())):
                continue
            if _sentence_warns(doc, doc.sentence_at(m.start())):
                continue
            yield m.span()


def lure_words_near(doc, start: int, end: int):
    """Lure words (過激で, 際どいショット) near the link [start, end)."""
    return _words_near(doc, _LURE, start, end)


def _lured(doc, start: int, end: int) -> list[tuple[int, int]]:
    """The lure words next to a pin-up or schoolgirl link (none for another
    link), or the grown-ups' label right before it (大人のお楽しみはこちら💋)."""
    parts = set(_parts(doc.text[start:end]))
    suggestive = _suggestive(parts)
    if not (suggestive or _girls_on_show(parts)):
        return []
    lures = list(lure_words_near(doc, start, end)) if suggestive else []
    label = _label_before(doc.text, start)
    if label is not None and not _sentence_warns(doc, doc.sentence_at(label.start())):
        lures.append(label.span())
    return lures


def _same_paragraph(text: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return "\n\n" not in text[lo:hi]


def adult_words_near(doc, start: int, end: int):
    """Adult words near the link [start, end)."""
    return _words_near(doc, ADULT_WORDS, start, end)


_LINKS_BY_PARAGRAPH = ParagraphSpans(find_urls)


@once_per_draft
def draft_links(draft) -> list[tuple[int, int]]:
    """find_urls(draft.text), found paragraph by paragraph (the two text-wide
    adult validators below ask at every check).  A link has no line break in
    it but where a scheme without its colon takes a blank line in
    (https\n\n//example.com); a draft with "\n\n//" is scanned whole."""
    if "\n\n//" in draft.text:
        return list(find_urls(draft.text))
    return _LINKS_BY_PARAGRAPH(draft)


@once_per_draft
def _links_over_blank_lines(draft) -> tuple[tuple[int, int], ...]:
    """(start, end before trimming) of the draft's links that run over a
    blank line.  Only a scheme without its colon takes two line breaks in
    (https\n\n//example.com), so a draft without "\n\n//" has none and is
    not scanned."""
    text = draft.text
    if "\n\n//" not in text:
        return ()
    return tuple(m.span() for m in URL.finditer(text) if "\n\n" in m.group())


def _link_edges(draft, start: int, end: int) -> tuple[int, str]:
    """The fact of url: (how many characters at the paragraph's start belong
    to a link of the paragraph before, the text of the next paragraph that a
    link starting in this one runs into) — (0, "") but in drafts with a
    link over a blank line."""
    skip, tail = 0, ""
    for s, e in _links_over_blank_lines(draft):
        if s < start < e:
            skip = e - start
        elif start <= s < end < e:
            tail = draft.text[end:e]
    return skip, tail


@validator("url", scope="paragraph", facts=_link_edges)
def urls(doc, edges=(0, "")):
    skip, tail = edges
    yield from find_urls(doc.text + tail, skip)


# 「（大人向け）→ URL」, 「【R18】 URL」, 「🔞閲覧注意 URL」: the label that
# says what the link is, on its line right before it.  Alone it is no adult
# word (大人向けの講座), so it is underlined only with a link found adult.
_ADULT_LABEL_BEFORE = lazy_regex.compile(
    r"[（(【\[「『]?\s?(?:大人向け|おとな向け|オトナ向け|大人限定|成人向け|成人限定|大人専用|18禁|十八禁|R-?18|R-?15|🔞|"
    r"閲覧注意|未成年閲覧禁止|18歳未満(?:閲覧)?禁止|年齢制限(?:あり)?|夜のおかず|深夜向け|紳士向け|男性向け|"
    r"(?:夜|深夜|今夜|大人|オトナ|おとな)の(?:お楽しみ|おたのしみ|お遊び|時間))(?:です|の)?"
    r"\s?[）)】\]」』]?\s?(?:→|➡|⇒|=>|->|👉|:|：|は(?:こちら|ここ)|こちら|ここ)?(?:から|へ|で)?\s?[🔞💋🍑💦]{0,3}\s?$"
)


# 🍑 (peach) stands for a bottom, but a peach farm's site has peach in its name
# too: a fruit-named link is adult only with a wink beside it — the splash
# emoji pairs (🍑💦) or a site said to be unsafe to open at work or in public
# (仕事中は開いたらいかんサイト).  Either cue alone is no adult word (桃ジュース🍑💦).
_FRUIT_EUPHEMISM_PART = re.compile(r"peach|^momo(?:iro)?$")
_FRUIT_WINK = lazy_regex.compile(
    r"🍑💦|💦🍑|🍆💦|💦🍆|🍑🍆|🍆🍑"
    r"|(?:仕事中|勤務中|職場|会社|電車|人前|家族の前)(?:で|は|に|では|の)?[^。!?\n]{0,6}?(?:開い|ひらい|見|観|再生し)(?:たら|ちゃ|ては)"
    r"(?:いかん|いけん|あかん|アカン|だめ|ダメ|いけない|いけません)"
)


# …unless the sentence is about the fruit itself or a laugh (今年の桃は甘い🍑💦,
# 電車で見たらいかん、笑いすぎる).
_FRUIT_OR_FUN = lazy_regex.compile(
    r"桃|もも|モモ|果物|くだもの|フルーツ|果樹|農園|果樹園|収穫|出荷|甘|ジュース|スイーツ|パフェ|タルト|ゼリー|狩り|"
    r"笑|わら|爆笑|ウケ|うけ|泣|感動|ネタ|面白|おもしろ|吹い|ふい"
)


def _fruit_euphemism(doc, start: int, end: int) -> bool:
    if not any(_FRUIT_EUPHEMISM_PART.search(part) for part in _parts(doc.text[start:end])):
        return False
    for cue_start, _ in _words_near(doc, _FRUIT_WINK, start, end):
        lo, hi = doc.sentence_at(cue_start)
        if not _FRUIT_OR_FUN.search(doc.text, lo, hi):
            return True
    return False


def _label_before(text: str, start: int):
    """The age label on the link's line right before it (【R18】, 大人向け→), or None."""
    line_start = text.rfind("\n", 0, start) + 1
    return _ADULT_LABEL_BEFORE.search(text, max(line_start, start - 24), start)


@validator("adult_url", scope="paragraph")
def adult_urls(doc):
    """A link whose domain or path has adult words, or with adult words next to it."""
    text = doc.text
    for start, end in find_urls(text):
        if _PUBLIC_HOST.match(text[start:end]):
            continue
        if (url_is_adult(text[start:end]) or any(adult_words_near(doc, start, end)) or _lured(doc, start, end)
                or _fruit_euphemism(doc, start, end) or any(_words_near(doc, _GROWNUP_UNLIMITED_RE, start, end))):
            label = _label_before(text, start)
            yield (label.start() if label else start), end


# Stays "text": "same paragraph" is tested with a literal "\n\n", so across a
# blank line holding a space ("\n \n", a paragraph break too) adult words are
# paired with a link of the next or previous paragraph, which may be of any
# length; a paragraph would need its neighbours' links (their full extent) as
# facts, and a link over a blank line (https\n\n//…) moves its words into
# the next paragraph.  Not made exact within this round.
# An age label in brackets worn by a link ((大人限定)https://…, https://… 【成人向け】):
# nothing else is said of what the link holds, so the label is the pointer.
# A tour, a tasting or a show named in the sentence is an event for adults.
_AGE_LABEL = lazy_regex.compile(
    r"[（(【\[]\s?(?:成人|18歳以上|大人|おとな|オトナ)(?:限定|専用|向け|のみ)\s?[）)】\]]"
)
_AGE_LABEL_NEAR = 3
_ADULT_EVENT = lazy_regex.compile(
    r"ツアー|イベント|会|講座|教室|体験|ワイン|酒|焼酎|ビール|試飲|試食|コース|プラン|入場|参加|申込|申し込|チケット|"
    r"料金|映画|上映|公演|舞台|ライブ|席|観覧|鑑賞|キャンプ|料理|レストラン|メニュー|カクテル|バー|ナイト|夜景|祭|まつり|灯籠"
)


def _age_labelled(doc, start: int, end: int):
    text = doc.text
    for m in _AGE_LABEL.finditer(text, max(0, start - NEAR), min(len(text), end + NEAR)):
        if not (end <= m.start() <= end + _AGE_LABEL_NEAR or start - _AGE_LABEL_NEAR <= m.end() <= start):
            continue
        lo, hi = doc.sentence_at(m.start())
        if _ADULT_EVENT.search(text, lo, hi) or _warns(text, lo, hi):
            continue
        yield m.span()


# How a link found adult is sold: treasure footage, a look-alike watched free.
# Alone they are no adult words (秘蔵のお宝映像 of a festival, 無料で見れる
# 講演会の動画), so they are underlined only beside a link found adult.
_SALES_PITCH = lazy_regex.compile(
    r"お宝(?:映像|動画|画像|写真|ショット)|秘蔵(?:の)?(?:映像|動画|画像)"
    r"|(?:似たような|同じような|そっくりな)(?:の|もの|もん|やつ)?[^。!?\n]{0,8}?(?:無料|タダ|ただ)で(?:見|観|読)(?:れる|られる|放題)(?:サイト|ページ)?"
    r"|(?:無料|タダ)で(?:見|観|読)(?:れる|られる|放題)(?:サイト|ページ)"
    # what is bared (写真モロ見え, 中身丸見え) and a hook-up called grown-up
    # (大人の出会い): a sea view 丸見え or a mixer for adults is no pitch,
    # so they count only beside a link already found adult.
    r"|(?:写真|画像|動画|写メ|自撮り|中身|全部|ぜんぶ)?(?:が|も)?(?:モロ見え|もろ見え|モロ出し|もろ出し|丸見え|まる見え|まるみえ)"
    r"|(?:大人|おとな|オトナ)の(?:出会い|出逢い|であい)"
    # the grown-ups' word in scare quotes, winking at what the site is:
    # “大人の”サイト, 「オトナな」動画, 『大人向け』のページ
    r"|[“\"「『‘']\s?(?:大人|おとな|オトナ)(?:の|な|向け|専用)?\s?[”\"」』’'](?:の)?(?:サイト|ページ|動画|画像|写真|お店|店|チャンネル|配信)"
)


@validator("adult_link_words")
def adult_link_words(doc):
    """Adult words that describe a link next to them (エロ動画はこちら👉 URL)."""
    text = doc.text
    for start, end in draft_links(doc):
        if not _PUBLIC_HOST.match(text[start:end]):
            # What is read about a link lies within NEAR of it and in the
            # sentences there: the spans are remembered by that stretch of
            # text, so a re-check after an edit elsewhere looks nothing up
            # again (the words around each of a long draft's links were read
            # at every check).  A few characters more either side cover the
            # patterns' look-behinds and look-aheads.
            lo = max(0, doc.sentence_at(max(0, start - NEAR))[0] - _LOOKAROUND)
            hi = min(len(text), doc.sentence_at(min(len(text), end + NEAR) - 1)[1] + _LOOKAROUND)
            spans = remembered_in(_LINK_WORDS, (text[lo:hi], start - lo, end - lo), lambda _: tuple(
                (s - lo, e - lo) for s, e in _words_about_link(doc, start, end)), 2048)
            yield from ((s + lo, e + lo) for s, e in spans)


_LOOKAROUND = 8
_LINK_WORDS: dict = {}  # (text around a link, its start and end there) -> spans


def _words_about_link(doc, start: int, end: int):
    text = doc.text
    near = list(adult_words_near(doc, start, end)) + list(_words_near(doc, _GROWNUP_UNLIMITED_RE, start, end))
    yield from near
    yield from _lured(doc, start, end)
    yield from _age_labelled(doc, start, end)
    if near or url_is_adult(text[start:end]):
        yield from _words_near(doc, _SALES_PITCH, start, end)


# Grown-ups' videos sold as watched free or without limit (オトナの動画が無料で
# 見放題, 大人の動画見放題): the ad's wording; 大人の動画 alone may be a class.
_GROWNUP_UNLIMITED = (
    r"|(?:大人|オトナ|おとな)の(?:動画|画像|配信|ライブ|ビデオ)(?:が|を)?(?:無料で|タダで|全部|ぜんぶ)?(?:見放題|観放題|見れ放題|見まくり)"
)
_GROWNUP_UNLIMITED_RE = lazy_regex.compile(_GROWNUP_UNLIMITED[1:])
# Pointing to an adult site without a link: 「エロ動画サイト、momoで検索してみ」.
_ADULT_SITE = lazy_regex.compile(
    # 大人向けの / 18禁の and a softener may come first: 大人向けのちょっとHな動画
    r"(?:(?:大人|成人)向けの?|18禁の?|R-?18の?|無修正の?|モロ(?:見え)?の?|素人の?)?(?:ちょっと|ちょい|ちょっぴり|かなり|めっちゃ|超|すごく|とびきり)?"
    r"(?:(?<![A-Za-z])H(?:な|い)?|エロ|えろ|エッチな?|えっちな?|エ" + _MASK + r"{1,2}|アダルト|ア" + _MASK + r"{1,2}ルト|成人向けの?|無修正|18禁|R-?18|"
    r"風俗|風" + _MASK + r"|フーゾク|ふうぞく|ふーぞく|デリヘル|ソープ|ピンサロ|出会い系|ライブチャット|裏垢|裏アカ|セフレ|"
    # adult genres named as the kind of site: 熟女系のサイト, 人妻もののアプリ
    r"(?:熟女|人妻)(?:系|もの|モノ)?)"
    r"(?:動画|画像|漫画|マンガ|アニメ|ライブ|配信|同人誌|まとめ)?(?:の)?(?:神)?"
    r"(?:サイト|アプリ|動画|画像|配信|掲示板|アカウント|垢)"
    # a porn genre's streams or videos offered without limit (素人のライブ配信が見放題,
    # 人妻の動画が観放題): the ad's own wording, no adult word needed
    r"|(?:素人|シロウト|しろうと|人妻|熟女|女子大生)(?:さん|娘|妻)?の?(?:ライブ配信|生配信|ライブチャット|ライブ|動画|画像|写メ|配信|チャット)"
    r"(?:が|を|も)?(?:無料で|タダで|全部)?(?:見放題|観放題|見れ放題)"
    # the age label on a secret account itself (18禁の裏アカ, エロ垢): the
    # account is the site
    r"|(?:18禁|十八禁|R-?18|エロ|えろ|アダルト|成人向け|大人向け|無修正)の?(?:裏アカウント|裏アカ|裏垢|エロ垢)"
    + _GROWNUP_UNLIMITED
)
# Pointing without a link: search for it, the link in my profile, sent by DM.
_POINTER = lazy_regex.compile(
    r"検索|ググ|アクセス|見てみ|見て|こちら|ここ|👉|→|URL|リンク|入れて|ダウンロード|おすすめ|オススメ|教えて|"
    r"ブクマ|ブックマーク|登録|プロフ|bio|DM|ＤＭ|コメ欄|リプ欄|固定ツイ|固ツイ|ハイライト|送る|送ります|貼っ|"
    r"調べ|しらべ|探して|さがして|入力|打ち込|覗い|のぞい|インストール|飛んで|踏んで|タップ|クリック|"
    r"飛ぶ|飛べ|飛ば|とぶ|繋が|つなが|どうぞ"
)
# A search or visit told in a sentence of its own, next to the sentence that
# says what comes up: 「『ピンクナイト』で検索してみて。無修正のエロ動画が
# いっぱい出てくるけん」.  The name searched for is part of the pointer.
_SEARCH_POINTER = lazy_regex.compile(
    r"(?:[「『【\"“][^」』】\"”\n]{1,24}[」』】\"”]|[A-Za-z0-9ァ-ヴー]{2,20})\s?(?:で|と|って)?(?:入れて|入力して|打って|打ち込んで)?\s?"
    r"(?:検索|けんさく|ググ|ぐぐ|調べ|しらべ|探して|さがして)"
    r"|(?:[「『【\"“][^」』】\"”\n]{1,24}[」』】\"”]|[A-Za-z0-9ァ-ヴー]{2,20})\s?(?:って|という|っていう)?(?:サイト|アプリ|ページ|アカウント|垢)(?:を|に)?\s?"
    r"(?:見て|みて|覗い|のぞい|入れ|登録|アクセス|行って|いって)"
)

# "大人の動画" alone is ambiguous (大人の社会見学, 大人向けの動画講座); it names
# an adult site only when the draft also gates it by age or calls itself a
# secret account (18歳未満は見ないで, 裏垢, R18).
_EUPHEMISM = lazy_regex.compile(
    r"(?:(?:大人|オトナ|おとな)の(?:動画|画像|写真|配信|ライブ|時間|遊び|関係|サイト|ページ|チャンネル)|(?:ヒミツ|ひみつ|秘密|内緒|ナイショ)の(?:動画|画像|写真|配信|アカウント)"
    # 大人のお友達限定の動画サイト, 大人の男性だけが見れる動画, 紳士の皆さま専用のサイト
    r"|(?:大人|オトナ|おとな|紳士|殿方)の?(?:お友達|お友だち|おともだち|友達|お兄さん|お兄様|男性|紳士|方|かた|皆さん|皆様|皆さま|みなさん|みなさま|人|ひと)?"
    r"(?:限定|専用|向け|だけ|のみ)[^。!?\n、]{0,6}?(?:動画|画像|写真|配信|ライブ|サイト|ページ|アカウント|チャンネル|コンテンツ))"
    # a class or tour for grown-ups is not: 大人の写真教室, 大人の社会見学
    r"(?![^。!?\n、]{0,4}(?:講座|教室|ツアー|見学|セミナー|体験|サークル|募集|向け))"
)
_AGE_GATE = lazy_regex.compile(
    r"(?:(?:18|十八)歳未満|未成年)(?:の(?:方|子))?(?:は|の閲覧は)[^。!?\n]{0,6}(?:見|閲覧|ダメ|だめ|禁止|NG|お断り|厳禁|ご遠慮)|18禁|R-?18|🔞|成人限定|裏垢|裏アカ|エロ|えっち|エッチ|夜のおかず|"
    # 夜のお供に (the 🔞 beside it is often folded away with the space by normalize)
    r"(?:夜|今夜|深夜)の(?:お供|おとも|オトモ|オカズ)|"
    # 見たい人だけどうぞ / 自己責任で / 閲覧注意: a come-on that only the willing look
    r"見たい(?:人|方|ひと)(?:だけ|のみ)|自己責任で(?:見|閲覧|どうぞ)|閲覧注意|家族バレ|親フラ|親バレ"
)
_EVENING_TREAT = lazy_regex.compile(r"(?:夜|今夜|深夜)の(?:お供|おとも|オトモ|オカズ)")
# Grown-ups' video named plainly, no other word between (大人向け動画, 大人の
# サイト): 大人向けの学び直し動画サイト is a class, not this.
_PLAIN_ADULT_MEDIUM = lazy_regex.compile(
    r"(?:大人|オトナ|おとな)(?:の|向けの?|限定の?|専用の?)(?:動画|画像|サイト|チャンネル)(?:サイト|チャンネル)?"
)
_SITE_END = lazy_regex.compile(r"(?:サイト|チャンネル)$")
_SITE_AFTER = lazy_regex.compile(r"(?<=動画|画像)(?:の)?(?:サイト|チャンネル|アプリ)")
_MEDIUM_END = lazy_regex.compile(r"(?:動画|画像|写真|配信|ライブ|サイト|ページ|アカウント|チャンネル|コンテンツ)$")
# The rest of the phrase, so the finding shows what is offered (まとめてます).
_OFFER_TAIL = lazy_regex.compile(r"[^。!?\n、]{0,8}")


# None of these takes in a line break, and their look-arounds read no line
# break, so they are looked for paragraph by paragraph and remembered (the
# validator below stays "text": see there), each only in a paragraph holding
# a literal every match of it must hold (nine paragraphs in ten hold none).
# _EUPHEMISM's literals are those naming grown-ups or a secret (大人, ひみつの
# 動画), not the media (動画, 写真): those are in eight times as many paragraphs.
_EUPHEMISM_HINTS = ("大人", "オトナ", "おとな", "紳士", "殿方", "ヒミツ", "ひみつ", "秘密", "内緒", "ナイショ")


def _spans_where_literals(precheck: LiteralPrecheck):
    """spans_of for ParagraphSpans: the spans of the precheck's pattern."""
    return lambda text: [m.span() for m in precheck.finditer(text)]


_ADULT_SITE_BY_PARAGRAPH = ParagraphSpans(_spans_where_literals(LiteralPrecheck(_ADULT_SITE)))
# 大人向けの“いけない”写真集、プロフのリンクから: the euphemism pointed to with no link.
_NAUGHTY_PICTURES_RE = lazy_regex.compile(_NAUGHTY_PICTURES)
_NAUGHTY_PICTURES_BY_PARAGRAPH = ParagraphSpans(lambda text: (m.span() for m in _NAUGHTY_PICTURES_RE.finditer(text)))
_EUPHEMISM_BY_PARAGRAPH = ParagraphSpans(_spans_where_literals(LiteralPrecheck(_EUPHEMISM, hints=_EUPHEMISM_HINTS)))
_AGE_GATE_BY_PARAGRAPH = ParagraphSpans(_spans_where_literals(LiteralPrecheck(_AGE_GATE)))


# 「…」で検索しないで / 調べたらいかん: a search told not to be done.
_NOT_TO_DO = lazy_regex.compile(
    r"[^。!?\n]{0,3}?(?:しないで|せんで|せんごと|するな|しては|しちゃ(?:だめ|ダメ|いけ)|したらいか|したらだめ|したらダメ|しないよう|"
    r"ないで|ないよう|んごと|たらいかん|ちゃだめ|ちゃダメ|てはいけ)"
)


def _search_in_next_sentence(doc, lo: int, hi: int):
    """The search pointer (「…」で検索) of the sentence just before or after
    [lo, hi) in the same paragraph, unless that sentence warns."""
    text = doc.text
    neighbours = []
    if lo > 0:
        neighbours.append(doc.sentence_at(lo - 1))
    if hi < len(text):
        neighbours.append(doc.sentence_at(hi))
    for n_lo, n_hi in neighbours:
        if n_hi <= n_lo or not _same_paragraph(text, min(lo, n_lo), max(hi, n_hi) - 1):
            continue
        if _warns(text, n_lo, n_hi):
            continue
        m = _SEARCH_POINTER.search(text, n_lo, n_hi)
        if m and not _NOT_TO_DO.match(text, m.end()):
            return m.span()
    return None


# Stays "text": a link within NEAR characters of the sentence silences it even
# across a blank line, and that link may start anywhere in the paragraph
# before (links have no length bound), so the facts would be the neighbours'
# link extents.  Its scans over the whole draft are done per paragraph and
# remembered (ParagraphSpans) instead.
# 「山鹿 人妻 無修正」で検索して一番上に出てくるサイト: the adult words are
# the search words themselves, quoted or not, and the search is the pointer.
# The search may also be told only by typing the words in and what then comes
# up (「…」って入れると一番上に出てくる, 打ち込んだら出てくる): typing words
# into a box that makes a site come up is a search without the word 検索.
_SEARCH_VERB = (r"\s?(?:で|と|って|て|を)?\s?(?:(?:入れて|入力して|打って|打ち込んで|いれて)?\s?"
                r"(?:検索|けんさく|ググ|ぐぐ|調べ|しらべ)"
                r"|(?:(?:入れ|いれ)(?:ると|たら|れば)|入力(?:すると|したら|すれば)|(?:打ち込|うちこ)(?:むと|んだら|めば)|打(?:つと|ったら|てば))"
                r"(?=[^。!?\n]{0,16}?(?:出て|出る|でて|でる|出ます|ヒット|ひっと)))")
_QUOTED_QUERY = lazy_regex.compile(r"[「『【\"“]([^」』】\"”\n]{1,30})[」』】\"”]" + _SEARCH_VERB)
_BARE_QUERY_END = lazy_regex.compile(_SEARCH_VERB)
_ROMAN_QUERY = lazy_regex.compile(r"\s?[A-Za-z0-9][A-Za-z0-9._-]{1,28}\s?")
# What comes up, so the finding shows where the reader is sent (一番上に出てくるサイト).
_SEARCH_RESULT = lazy_regex.compile(r"[^。!?\n、]{0,16}?(?:サイト|ページ|動画|アカウント|画像)")


# Every search ends with a verb of _SEARCH_VERB, which holds one of its
# literals (検索, ググ, 入れたら…): a paragraph without them (99 in 100) is
# not scanned for adult words.
_SEARCH_VERB_PRECHECK = LiteralPrecheck(_BARE_QUERY_END)


def _adult_queries(text: str) -> list[tuple[int, int]]:
    """(start, end) of each search for adult words in `text`, quoted or not."""
    if not _SEARCH_VERB_PRECHECK.may_match(text):
        return []
    # A quoted romanised query is read like a link (「hitoduma-night」で検索).
    spans = [(m.start(), m.end()) for m in _QUOTED_QUERY.finditer(text)
             if ADULT_WORDS.search(m.group(1)) or (_ROMAN_QUERY.fullmatch(m.group(1)) and url_is_adult(m.group(1)))]
    for m in ADULT_WORDS.finditer(text):
        q = _BARE_QUERY_END.match(text, m.end())
        if q:
            spans.append((m.start(), q.end()))
    return spans


# Per paragraph and remembered: scanning the whole draft for adult words at
# every check cost ~12 ms of a 20,000-character re-check.  (A search told
# across a blank line, 「…」⏎⏎で検索, is no longer read as one.)
_ADULT_QUERIES_BY_PARAGRAPH = ParagraphSpans(_adult_queries)


def _adult_searches(doc):
    """(start, end) of a search for adult words, to the site it turns up."""
    text = doc.text
    for start, end in _ADULT_QUERIES_BY_PARAGRAPH(doc):
        lo, hi = doc.sentence_at(start)
        if _warns(text, lo, hi) or _NOT_TO_DO.match(text, end):
            continue
        result = _SEARCH_RESULT.match(text, end)
        yield start, (result.end() if result else end)


@validator("adult_site_pointer")
def adult_site_pointers(doc):
    """An adult site named and pointed to in a sentence with no link in it
    (a sentence with a link is judged by adult_url / adult_link_words)."""
    text = doc.text
    links = draft_links(doc)
    yield from _adult_searches(doc)
    for m_start, m_end in _ADULT_SITE_BY_PARAGRAPH(doc):
        lo, hi = doc.sentence_at(m_start)
        if _warns(text, lo, hi):
            continue
        if any(s < hi + NEAR and e > lo - NEAR for s, e in links):
            continue
        if _POINTER.search(text, lo, hi):
            yield m_start, m_end
            # the name to search for is the pointer too: 「momo」でググれば出てくる
            search = _SEARCH_POINTER.search(text, lo, hi)
            if search is not None and not _NOT_TO_DO.match(text, search.end()):
                yield search.span()
            continue
        search = _search_in_next_sentence(doc, lo, hi)
        if search is not None:
            yield search
            yield m_start, m_end
    for m_start, m_end in _NAUGHTY_PICTURES_BY_PARAGRAPH(doc):
        lo, hi = doc.sentence_at(m_start)
        if _warns(text, lo, hi) or any(s < hi + NEAR and e > lo - NEAR for s, e in links):
            continue
        if _POINTER.search(text, lo, hi):
            yield m_start, m_end
    euphemisms = _EUPHEMISM_BY_PARAGRAPH(doc)
    # (the age gates matter only beside a euphemism)
    gates = _AGE_GATE_BY_PARAGRAPH(doc) if euphemisms else []
    for m_start, m_end in euphemisms:
        lo, hi = doc.sentence_at(m_start)
        if not gates:
            # A video site or channel for grown-ups whose name is given to
            # search for (大人向け動画サイト、「…」で検索すると出てくる) is
            # passed on the way adult sites are, with no age gate needed.
            if not _PLAIN_ADULT_MEDIUM.fullmatch(text, m_start, m_end):
                continue
            if not (_SITE_END.search(text, m_start, m_end) or _SITE_AFTER.match(text, m_end)):
                continue
            search = _SEARCH_POINTER.search(text, lo, hi)
            if search is None or _NOT_TO_DO.match(text, search.end()) or _warns(text, lo, hi):
                continue
            if any(s < hi + NEAR and e > lo - NEAR for s, e in links):
                continue
            yield m_start, _SITE_AFTER.match(text, m_end).end() if _SITE_AFTER.match(text, m_end) else m_end
            yield search.span()
            continue
        # 夜のお供 alone gates only a medium (大人のサイト), not 大人の時間 (a drink's evening)
        if all(_EVENING_TREAT.fullmatch(text, s, e) for s, e in gates) and not _MEDIUM_END.search(text, m_start, m_end):
            continue
        pointer = _POINTER.search(text, lo, hi)
        if pointer is None or _warns(text, lo, hi):
            continue
        if any(s < hi + NEAR and e > lo - NEAR for s, e in links):
            continue
        end = max(pointer.end(), _OFFER_TAIL.match(text, m_end, hi).end())
        yield min(pointer.start(), m_start), end
