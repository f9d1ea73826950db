"""How long a post is, by each platform's own rule (plain Python, no Qt).

    measure(text, platform) -> Measure(length, limit, over, unit, notes)

- X: weighted length as twitter-text v3 counts it (config/v3.json of
  github.com/twitter/twitter-text: 280 weighted; code points in
  U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F, U+2032–U+2037 weigh 1,
  everything else — kana, kanji, full-width forms — weighs 2; every URL counts
  23 whatever its length; an emoji, including a whole ZWJ / skin-tone / flag /
  keycap sequence, counts 2; text is NFC-normalized first).
- Instagram: a caption holds 2,200 characters and at most 30 hashtags.
- Facebook: a post holds 63,206 characters.
- LINE: a text bubble of a LINE公式アカウント message holds 500 characters;
  every character, emoji and line break counts 1 (LINE for Business help for
  LINE公式アカウント「メッセージ配信」: テキスト 500文字まで.  The Messaging API
  allows 5,000, but staff post through the manager screen).
- ブログ: no limit; the counter only shows the length.

Meta's clients count in UTF-16 units (an emoji outside the BMP counts 2),
so Instagram and Facebook are counted that way: never fewer than the site.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from encodings import idna as _idna

PLATFORM_NAMES = {
    "x": "X（旧Twitter）",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "line": "LINE",
    "blog": "ブログ",
}

X_LIMIT = 280
X_URL_WEIGHT = 23
INSTAGRAM_LIMIT = 2200
INSTAGRAM_MAX_HASHTAGS = 30
FACEBOOK_LIMIT = 63206
LINE_LIMIT = 500

# twitter-text v3 ranges that weigh 1 (scale 100, weight 100); default 200.
_LIGHT_RANGES = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))
_LIGHT_RE = re.compile(
    "[" + "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in _LIGHT_RANGES) + "]"
)


@dataclass(frozen=True)
class Measure:
    length: int
    limit: int | None  # None: no limit (ブログ)
    unit: str  # what is counted, in Japanese
    notes: tuple[str, ...] = field(default=())  # other limits broken (hashtags)

    @property
    def over(self) -> bool:
        return (self.limit is not None and self.length > self.limit) or bool(self.notes)

    @property
    def excess(self) -> int:
        return max(0, self.length - self.limit) if self.limit is not None else 0


# -- emoji ---------------------------------------------------------------------

# Extended_Pictographic, as ranges (Unicode 15; the stdlib has no property
# for it).  Symbols in the weight-1 range (© ® ‼ ...) only count as emoji
# with the emoji presentation selector U+FE0F, as twitter-text does.
_PICTO = (
    "\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u2199\u21a9\u21aa\u231a\u231b\u2328\u23cf"
    "\u23e9-\u23f3\u23f8-\u23fa\u24c2\u25aa\u25ab\u25b6\u25c0\u25fb-\u25fe\u2600-\u27bf"
    "\u2934\u2935\u2b05-\u2b07\u2b1b\u2b1c\u2b50\u2b55\u3030\u303d\u3297\u3299"
    "\U0001f000-\U0001f0ff\U0001f10d-\U0001f10f\U0001f12f\U0001f16c-\U0001f171\U0001f17e\U0001f17f"
    "\U0001f18e\U0001f191-\U0001f19a\U0001f1ad-\U0001f1e5\U0001f201-\U0001f20f\U0001f21a\U0001f22f"
    "\U0001f232-\U0001f23a\U0001f23c-\U0001f23f\U0001f249-\U0001f3fa\U0001f400-\U0001f53d"
    "\U0001f546-\U0001f64f\U0001f680-\U0001f6ff\U0001f774-\U0001f77f\U0001f7d5-\U0001f7ff"
    "\U0001f80c-\U0001f80f\U0001f848-\U0001f84f\U0001f85a-\U0001f85f\U0001f888-\U0001f88f"
    "\U0001f8ae-\U0001f8ff\U0001f90c-\U0001f93a\U0001f93c-\U0001f945\U0001f947-\U0001faff"
    "\U0001fc00-\U0001fffd"
)
_MOD = "\U0001f3fb-\U0001f3ff"  # skin tones
_ELEMENT = f"(?:[{_PICTO}]\ufe0f?[{_MOD}]?|[{_PICTO}]?[{_MOD}])[\U000e0020-\U000e007f]*"
_EMOJI_RE = re.compile(
    "[\U0001f1e6-\U0001f1ff]{2}"  # flag: a pair of regional indicators
    "|[0-9#*]\ufe0f?\u20e3"  # keycap
    f"|{_ELEMENT}(?:\u200d{_ELEMENT})*"
)


# Where an emoji sequence can start: a keycap base, a pictograph of the
# BMP, or any character beyond it (flags, most emoji, skin tones).  Trying
# _EMOJI_RE only there is the same search ~10x faster: its classes of
# astral ranges are slow to test at every character of a long draft, and
# the counter runs in the window's thread at every edit.
_EMOJI_START = re.compile(
    "[0-9#*" + _PICTO[: next(i for i, ch in enumerate(_PICTO) if ord(ch) > 0xFFFF)] + "\U00010000-\U0010ffff]"
)


def emoji_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) code-point spans of emoji sequences."""
    out = []
    done = 0
    for start in _EMOJI_START.finditer(text):
        if start.start() < done:
            continue
        m = _EMOJI_RE.match(text, start.start())
        if m is None:
            continue
        done = m.end()
        s = m.group()
        first = ord(s[0])
        # A light-weight symbol (©, ↔, ☺ is heavy anyway) alone, without
        # U+FE0F, is text, not an emoji.
        if len(s) == 1 and first <= 0x10FF:
            continue
        out.append(m.span())
    return out


# -- URLs ------------------------------------------------------------------------

# Common generic TLDs; any two ASCII letters are taken as a country TLD.
_GTLDS = (
    "com|net|org|info|biz|edu|gov|mil|int|jobs|mobi|name|pro|tel|travel|asia|xyz|online|site|"
    "top|club|shop|store|app|dev|blog|news|tokyo|osaka|nagoya|yokohama|okinawa|kyoto|"
    "kumamoto|fukuoka|jp|io|co|me|tv|ly|gl|be|to|fm|am|cc|us|uk|tech|link|page|live|life|"
    "work|world|today|media|city|town|design|cloud|email|website|space|fun|art|moe"
)
_TLD_RE = re.compile(f"(?:{_GTLDS}|[a-z]{{2}}|xn--[a-z0-9-]+)", re.I)
_PATH_CHARS = r"a-z0-9!*';:=+,.$/%#\[\]\-\u2013_~@|&\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0400-\u04ff"
_PATH_END = r"a-z0-9=_#/+\-\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0400-\u04ff"
_PATH = rf"/(?:[{_PATH_CHARS}]*(?:\([{_PATH_CHARS}]*\)[{_PATH_CHARS}]*)*(?:[{_PATH_END}]|\([{_PATH_CHARS}]*\)))?"
_QUERY = r"\?[a-z0-9!?*'@();:&=+$/%#\[\].,~|_\-]*[a-z0-9_&=#/\-]"
# Characters that cannot be in a host name (punctuation, spaces, controls).
_HOST_CHAR = r"[^\s!-,./:-@\[-`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]"
_WITH_SCHEME = re.compile(
    rf"(?<![a-z0-9@$#＠＃])https?://((?:{_HOST_CHAR}+\.)+{_TLD_RE.pattern})(?![a-z0-9@+\-])"
    rf"(?::[0-9]+)?(?:{_PATH})?(?:{_QUERY})?",
    re.I,
)
_SCHEME = re.compile("https?://", re.I)
_WITHOUT_SCHEME = re.compile(
    rf"(?<![a-z0-9@$#＠＃.\-_/])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+{_TLD_RE.pattern})"
    rf"(?![a-z0-9\-])(?::[0-9]+)?(?:{_PATH})?(?:{_QUERY})?",
    re.I,
)


def _host_ok(host: str) -> bool:
    """Every label fits DNS: at most 63 octets once punycode-encoded."""
    for label in host.split("."):
        try:
            encoded = _idna.ToASCII(label)
        except (UnicodeError, ValueError):
            return False
        if not 0 < len(encoded) <= 63:
            return False
    return True


def url_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) code-point spans of what X would turn into a t.co link."""
    spans = []
    done = 0
    # Only where a scheme is written (the pattern opens with a look-behind,
    # which keeps the regex engine from skipping ahead to "http" itself).
    for scheme in _SCHEME.finditer(text):
        if scheme.start() < done:
            continue
        m = _WITH_SCHEME.match(text, scheme.start())
        if m is None:
            continue
        done = m.end()
        if _host_ok(m.group(1)):
            spans.append(m.span())
    taken = list(spans)
    for m in _WITHOUT_SCHEME.finditer(text):
        s, e = m.span()
        if any(s < te and e > ts for ts, te in taken):
            continue
        if all(len(label) <= 63 for label in m.group(1).split(".")):
            spans.append((s, e))
    spans.sort()
    return spans


# -- counters ------------------------------------------------------------------


def x_weighted_length(text: str) -> int:
    text = unicodedata.normalize("NFC", text)
    covered = url_spans(text)
    total = X_URL_WEIGHT * len(covered)
    # Emoji inside a URL are part of the URL.
    emoji = [(s, e) for s, e in emoji_spans(text) if not any(s < ue and e > us for us, ue in covered)]
    total += 2 * len(emoji)
    pos = 0
    for s, e in sorted(covered + emoji):
        total += _plain_weight(text[pos:s])
        pos = max(pos, e)
    total += _plain_weight(text[pos:])
    return total


def _plain_weight(chunk: str) -> int:
    # Light characters weigh 1, the rest 2.  Listing the light ones (few in
    # Japanese) is ~6x faster on a long draft than removing the heavy ones.
    return 2 * len(chunk) - len(_LIGHT_RE.findall(chunk))


def utf16_length(text: str) -> int:
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


# A hashtag: # or ＃ followed by letters, digits, marks or _ (Japanese too),
# not glued to a word before it.
_HASHTAG_RE = re.compile(r"(?<![\w&])[#＃](?!\ufe0f|\u20e3)\w*[^\W\d_]\w*")


def hashtags(text: str) -> list[str]:
    return [m.group() for m in _HASHTAG_RE.finditer(text)]


def line_length(text: str) -> int:
    """LINE counts every character, emoji (a whole sequence) and line break as 1."""
    text = text.replace("\r\n", "\n")
    spans = emoji_spans(text)
    return len(text) - sum(e - s - 1 for s, e in spans)


def measure(text: str, platform: str | None) -> Measure:
    if platform == "x":
        return Measure(x_weighted_length(text), X_LIMIT, "文字（Xの重み付き）")
    if platform == "instagram":
        tags = hashtags(text)
        notes = ()
        if len(tags) > INSTAGRAM_MAX_HASHTAGS:
            notes = (f"ハッシュタグが {len(tags)} 個あります（{INSTAGRAM_MAX_HASHTAGS} 個まで）",)
        return Measure(utf16_length(text.replace("\r\n", "\n")), INSTAGRAM_LIMIT, "文字", notes)
    if platform == "facebook":
        return Measure(utf16_length(text.replace("\r\n", "\n")), FACEBOOK_LIMIT, "文字")
    if platform == "line":
        return Measure(line_length(text), LINE_LIMIT, "文字")
    return Measure(len(text.replace("\r\n", "\n")), None, "文字")
