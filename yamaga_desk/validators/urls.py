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

from . import validator

_URL_CHARS = r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]"
_SCHEME = r"(?:h[tx*]{2}ps?|ttps?|h[*_]{2}ps?|h..p)://"
_DOT = r"(?:\.|\s?(?:ドット|どっと|\(dot\)|\[dot\]|\{dot\}|\[\.\]|\(\.\))\s?)"
_LABEL = r"[A-Za-z0-9][A-Za-z0-9-]{0,62}"
_TLD = (
    r"(?:com|net|org|jp|info|biz|xyz|tv|me|to|io|cc|ws|club|site|online|top|live|fun|vip|sex|xxx|porn|"
    r"adult|example|asia|moe|tokyo|link|app|dev|page|blog|shop|ly|gl|us|uk|ru|cn|kr|tw|de|fr|co)"
)
URL = re.compile(
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
    "sukebe", "dosukebe", "ecchi", "etchi", "oppai", "mushusei", "muhusei", "uradouga", "r18", "18kin",
    "nsfw", "strip", "kyonyu", "kyonyuu", "bakunyu", "onani", "hamedori", "rori", "gravure-nude",
}
# Adult words that are unambiguous inside a longer part too (freeporn, xvideos2).
_ADULT_INFIXES = ("porn", "hentai", "xvideo", "xxx", "jukujo", "hitozuma", "sukebe", "oppai", "ecchi",
                  "mushusei", "onlyfans", "nsfw")
_ADULT_PREFIXES = ("ero", "av")
_ADULT_PREFIX_TAILS = ("anime", "manga", "douga", "doga", "gazou", "game", "video", "movie", "site", "tube",
                       "matome", "mate", "live", "chat", "joyu", "jyoyu")

# Adult words in the text near a link (normalized text: ｴﾛ is already エロ).
ADULT_WORDS = re.compile(
    r"(?:エロ|エッチ|えっち|スケベ|すけべ)(?:い|な|すぎ)?(?:動画|画像|サイト|漫画|マンガ|アニメ|写真|ゲーム|系|配信|ライブ)?"
    r"(?:まとめ|サイト)?(?:は(?:こちら|ここ)|こちら)?"
    r"|アダルト(?:動画|サイト|グッズ|コンテンツ|ビデオ)?"
    r"|大人(?:向け|の)の?(?:動画|サイト|コンテンツ|ビデオ|お店|遊び|アニメ)(?:サイト)?"
    r"|(?:夜の|今夜の|大人の)(?:お供|おとも|オカズ|おかず)|大人の遊び"
    r"|風俗(?:店|嬢|情報|サイト)?|デリヘル|ソープ(?:ランド|嬢)|ピンサロ|キャバクラ|出会い系(?:サイト|アプリ)?"
    r"|18禁|R-?18|🔞|無修正|裏動画|AV(?:女優|動画|サイト)|人妻(?:動画|もの|系)?|熟女(?:動画|もの|系)?"
    r"|ヌード|セクシー(?:動画|画像|女優)|盗撮(?:動画|画像)|ハメ撮り|援交|援助交際|パパ活"
    r"|おっぱい|巨乳|爆乳|裸(?:の)?(?:画像|動画|写真)|過激(?:な)?(?:動画|画像|写真)|抜ける(?:動画|画像|サイト)?"
    r"|H(?:な|い)(?:動画|画像|サイト|写真)"
)
# How far (characters) adult words may stand from a link and still describe it.
NEAR = 60
# A sentence that warns about adult sites (ワンクリック詐欺に注意) is not a pointer to one.
_WARNING = re.compile(
    r"注意|詐欺|架空請求|不当請求|請求画面|相談|被害|消費生活|フィルタリング|トラブル|気をつけ|気を付け|ご用心|有害|"
    r"啓発|防止|守りましょう|見ないで|開かないで|アクセスしないで"
)


def find_urls(text: str):
    """(start, end) of every link in `text`, without trailing punctuation."""
    for m in URL.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in _TRAILING:
            end -= 1
        if end > m.start():
            yield m.start(), end


def _parts(url: str) -> list[str]:
    url = re.sub(r"^[a-z*_.]{3,5}s?://", "", url.lower())
    url = re.sub(r"ドット|どっと|\(dot\)|\[dot\]|\{dot\}", ".", url)
    return [p for p in re.split(r"[^a-z0-9]+|(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])", url) if p]


def url_is_adult(url: str) -> bool:
    for part in _parts(url):
        if part in _ADULT_PARTS:
            return True
        if any(w in part for w in _ADULT_INFIXES):
            return True
        for prefix in _ADULT_PREFIXES:
            if part.startswith(prefix) and part[len(prefix):] in _ADULT_PREFIX_TAILS:
                return True
    return False


def _same_paragraph(text: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return "\n\n" not in text[lo:hi]


def adult_words_near(doc, start: int, end: int):
    """Adult words within NEAR characters of the link [start, end), except in
    a sentence that warns about such sites."""
    text = doc.text
    lo, hi = max(0, start - NEAR), min(len(text), end + NEAR)
    for m in ADULT_WORDS.finditer(text, lo, hi):
        if m.end() <= start or m.start() >= end:
            if not (_same_paragraph(text, m.start(), start) and _same_paragraph(text, end, m.end())):
                continue
            s_lo, s_hi = doc.sentence_at(m.start())
            if _WARNING.search(text, s_lo, s_hi):
                continue
            yield m.span()


@validator("url")
def urls(doc):
    yield from find_urls(doc.text)


@validator("adult_url", scope="paragraph")
def adult_urls(doc):
    """A link whose domain or path has adult words, or with adult words next to it."""
    text = doc.text
    for start, end in find_urls(text):
        if url_is_adult(text[start:end]) or any(adult_words_near(doc, start, end)):
            yield start, end


@validator("adult_link_words")
def adult_link_words(doc):
    """Adult words that describe a link next to them (エロ動画はこちら👉 URL)."""
    text = doc.text
    for start, end in find_urls(text):
        yield from adult_words_near(doc, start, end)


# Pointing to an adult site without a link: 「エロ動画サイト、momoで検索してみ」.
_ADULT_SITE = re.compile(
    r"(?:エロ|エッチな?|アダルト|無修正|18禁|R-?18|風俗|出会い系)(?:動画|画像|漫画|マンガ|アニメ|ライブ|配信)?"
    r"(?:サイト|アプリ|動画)"
)
_POINTER = re.compile(
    r"検索|ググ|アクセス|見てみ|見て|こちら|ここ|👉|→|URL|リンク|入れて|ダウンロード|おすすめ|オススメ|教えて|"
    r"ブクマ|ブックマーク|登録"
)


@validator("adult_site_pointer")
def adult_site_pointers(doc):
    """An adult site named and pointed to in a sentence with no link in it
    (a sentence with a link is judged by adult_url / adult_link_words)."""
    text = doc.text
    links = list(find_urls(text))
    for m in _ADULT_SITE.finditer(text):
        lo, hi = doc.sentence_at(m.start())
        if _WARNING.search(text, lo, hi) or not _POINTER.search(text, lo, hi):
            continue
        if any(s < hi + NEAR and e > lo - NEAR for s, e in links):
            continue
        yield m.span()
