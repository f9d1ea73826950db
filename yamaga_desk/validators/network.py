"""Security data: IP addresses, host and system names, passwords, IDs and PINs,
and the name of a staff network given with its key.

Spans cover the secret itself (the value), not the label in front of it:
that is what must be deleted, and what the corpus marks as evidence.
"""

from __future__ import annotations

import bisect
import ipaddress
import re

from .. import lazy_regex
from .registry import validator
from .draft_facts import once_per_draft, sentence_before, text_after, text_before
from .literal_precheck import LiteralPrecheck

# Not inside a longer dotted number; "落ちてる…192.168.10.5" (an ellipsis,
# "..." after NFKC) may come right before.
_IPV4 = lazy_regex.compile(r"(?<![0-9])(?<![0-9]\.)(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9]|\.[0-9])")
# "Version 1.2.3.4" is a version number, not an address.
_VERSION_BEFORE = lazy_regex.compile(r"(?:[vV]|[vV]er\.?|バージョン|ver\.?\s?)\s?$")


# Addresses that can never be one of the city's machines: this computer
# (127.x, "There's no place like 127.0.0.1"), "any address" (0.x), the
# ranges reserved for manuals and examples (RFC 5737), a link-local address
# a PC gives itself, multicast and the broadcast address.
_DOCUMENTATION_NETS = tuple(ipaddress.IPv4Network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"))
_THIS_NETWORK = ipaddress.IPv4Network("0.0.0.0/8")


def _never_a_city_host(address: ipaddress.IPv4Address) -> bool:
    return (address.is_loopback or address.is_link_local or address.is_multicast
            or address == ipaddress.IPv4Address("255.255.255.255")
            or address in _THIS_NETWORK or any(address in net for net in _DOCUMENTATION_NETS))


# An address shown as an example, in a tutorial or a joke ("IPアドレスは例えば
# 192.168.1.1 のような数字です")…
_EXAMPLE_TALK = lazy_regex.compile(
    r"例えば|たとえば|例[:：)）]|例(?:です|として|では)|のような|サンプル|架空|ダミー"
    r"|ジョーク|ネタ|定番|あるある|ミーム|エンジニア界隈|(?<![A-Za-z])e\.g\.|for example", re.IGNORECASE)
# …unless the sentence speaks of the city's own machines or network.
_CITY_SYSTEM = lazy_regex.compile(
    r"サーバー?|ホスト|端末|プリンタ|複合機|NAS|ルーター?|ファイアウォール|基幹|庁内|庁舎|職員|本庁|支所|課の|市の|うちの|共有フォルダ|業務用|VPN|DB|データベース|カメラ",
    re.IGNORECASE)


@validator("ip_address", scope="paragraph", needs=(_IPV4,))
def ip_addresses(doc):
    text = doc.text
    for m in _IPV4.finditer(text):
        try:
            address = ipaddress.IPv4Address(m.group())
        except ValueError:
            continue
        if _VERSION_BEFORE.search(text[max(0, m.start() - 10):m.start()]) or _never_a_city_host(address):
            continue
        lo, hi = doc.sentence_at(m.start())
        if _EXAMPLE_TALK.search(text, lo, hi) and not _CITY_SYSTEM.search(text, lo, hi):
            continue
        # jinji-web02（10.24.8.13）: the machine's name glued before its address
        host = _HOST_BEFORE_ADDRESS.search(text, max(0, m.start() - 40), m.start())
        if host:
            yield host.span("host")
        yield m.span()


# A host name (letters, a hyphen or a dot, a number at the end) right before
# the address in brackets or after a colon: jinji-web02（10.24.8.13）, srv-01: 10.0.0.5.
_HOST_BEFORE_ADDRESS = lazy_regex.compile(
    r"(?<![A-Za-z0-9._-])(?P<host>[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*[-_]?[A-Za-z]*[0-9]{1,3})\s?(?:[（(]|[:：=＝]\s?)$"
)


# --- passwords, IDs, PINs -------------------------------------------------

# Labels after which a secret value is written.  ASCII labels must stand
# alone (not "passport", "valid", "bypass").
_LABEL = (
    r"(?:(?<![A-Za-z])(?:password|passwd|passcode|pass|pwd|pw|pin|login|id|user\s?name)(?![A-Za-z])"
    r"|パスワード|パスワ|パスコード|(?<![ァ-ヶー])パス(?![ァ-ヶー])"
    # in hiragana, or broken by a space or a line break (ぱす\nわーど, パス ワード)
    r"|(?:パス|ぱす)\s?(?:ワード|わーど|わあど|ワ－ド)|ぱすこーど|ぱすわ|あんしょうばんごう|暗しょう番号|(?<![A-Za-z])pass\s(?:word|code)(?![A-Za-z])"
    r"|暗証番号|暗証|認証コード|確認コード|セキュリティコード|ロック解除(?:番号|コード)?|解錠(?:番号|コード)"
    r"|ログインID|ユーザーID|ユーザー名|アカウント名|職員番号|職員ID|職員コード|管理者アカウント|管理者ID|管理者権限の?アカウント"
    r"|ネットワークキー|暗号化キー|セキュリティキー|Wi-?Fiの?キー"
    r"|キーボックス(?:の番号)?|ダイヤル錠?の番号|鍵の番号|入館コード|ドアコード|テンキーの番号|金庫の番号"
    r"|オートロック(?:の番号)?|(?:入口|入り口|出入口|通用口|裏口|ドア|扉|門|ゲート|シャッター|倉庫|書庫|ロッカー|サーバー?室|宿直室|事務室)の(?:番号|暗証|コード|パスコード)"
    r"|解錠番号|開錠番号|ログイン名|サインイン(?:ID|名)|共有アカウント|管理者パスワード|端末のID"
    # The name of a staff network tells an intruder which one to attack.
    r"|SSID|ネットワーク名|アクセスポイント名"
    r")"
)
# Between label and value: particles, quotes, colons, and a few words
# ("暗証番号、今月から5829に変わった").  No letters or digits, no sentence end.
# A value shown after an arrow or colon may come further on
# ("パスワード、みんな忘れるけん書いとくね→ Yamaga#2026").
# The change announced first, the value after an exclamation
# ("PW変わった！ Yamaga_2026", "パスワード新しくなりました!! abc123").
_GAP = (r"(?:[^0-9A-Za-z。!?！？\n]{0,14}?|[^0-9A-Za-z。!?！？\n]{0,30}?[→⇒➡=＝:：]\s?"
        r"|[^0-9A-Za-z。!?！？\n]{0,6}?(?:変わった|変わりました|変えた|変えました|変更した|変更しました|変更です|新しくなった|新しくなりました)"
        r"(?:よ|ね|わ|けん|ばい|っす|ー)?[!！]{1,3}\s?)")
# One character may start it: a short first half joins the next line (see
# _joined_end), and a value under 4 characters is dropped after the match.
# (nyan♡0731: a heart or a star between letters and digits is part of it)
_VALUE = r"(?P<secret>[A-Za-z0-9](?:[A-Za-z0-9!#$%&*+\-./@_~^]|[♡♥☆★♪](?=[A-Za-z0-9])){0,40})"
_CREDENTIAL = lazy_regex.compile(_LABEL + _GAP + _VALUE, re.IGNORECASE)
# The label's sentence tells why it is written down, the value follows as a
# sentence of its own: 「金庫の暗証番号、覚えられんけん付箋に貼っとる。0518。」
# 「パスワード忘れそうなのでメモ。Yamaga2026です」.  Only a value with a digit
# standing alone (a copula or a sentence end after it) counts: the next
# sentence may be anything else (「パスワード変えた。Good!」).
_CREDENTIAL_NEXT_SENTENCE = lazy_regex.compile(
    _LABEL + r"[^0-9A-Za-z。!?！？\n]{0,40}?[。!！]\s?"
    r"(?P<secret>(?=[A-Za-z0-9!#$%&*+\-./@_~^]*[0-9])[A-Za-z0-9][A-Za-z0-9!#$%&*+\-./@_~^]{0,40})"
    # (Ushi-Yamaga2026 ってそのまんま: the value named as it is)
    r"(?=\s?(?:です|でした|だよ|やで|やけん|ばい|たい|っす|ね|よ|な|[。!！\n]|$"
    r"|って\s?(?:そのまま|そのまんま|まんま|単純|簡単|安直|わかりやす|分かりやす|覚えやす|バレバレ|ばればれ)))",
    re.IGNORECASE,
)

# A literal every _LABEL holds (pass, id, login… ; パス, 暗証番号, 職員番号…),
# so every match of both patterns above: they are tried at every position,
# and one paragraph in 25 of the labelled drafts holds one of these literals.
_LABEL_PRECHECK = LiteralPrecheck(lazy_regex.compile(_LABEL, re.IGNORECASE))

# A number followed by one of these is a count or a date, not a secret
# ("12文字以上", "4桁", "90日ごと", "2026年").
_DATE = lazy_regex.compile(r"(?:[0-9]{2,4}[/.-])?[0-9]{1,2}[/.-][0-9]{1,2}")
_UNIT_AFTER = lazy_regex.compile(r"\s?(?:文字|字|桁|けた|回|日|か月|ヶ月|カ月|ケ月|月|歳|年|分|秒|時|人|円|%|件|個|つ|度|週|号|番目|以上|以下|未満|種類|通り)")
# A login pair with no label, a default account and its password:
# admin/yamaga0000, root:toor, ユーザー guest / guest123.  It counts in a
# sentence about a device or a login (管理画面, サーバー, カメラ, ルーター).
_ACCOUNT_PAIR = lazy_regex.compile(
    r"(?<![A-Za-z0-9._/-])(?P<secret>(?:admin|administrator|root|user|guest|staff|operator|manager|test|kanri|yamaga)"
    r"\s?[/:／：]\s?[A-Za-z0-9][A-Za-z0-9!#$%&*+\-._@~^]{2,30})(?![A-Za-z0-9/])",
    re.IGNORECASE,
)
_DEVICE_WORDS = lazy_regex.compile(
    r"管理画面|管理者|ログイン|ログオン|サインイン|サーバー?|ルーター|カメラ|レコーダー|システム|端末|パソコン|PC|NAS|機器|設定画面|初期設定|初期値|デフォルト|のまま|アカウント",
    re.IGNORECASE,
)
# Names of things written after a label's sentence goes on (パスワードが
# かかってないWi-Fi, パスワードを変えたらiPhoneが…): words, not values.
_COMMON_WORDS = {"wi-fi", "wifi", "usb", "line", "windows", "excel", "word", "google", "iphone", "ipad", "android",
                 "mail", "email", "gmail", "zoom", "teams", "outlook", "yahoo", "amazon", "apple", "office", "wi-fiの"}
_LABEL_WORDS = {"password", "passwd", "passcode", "pass", "pwd", "pw", "pin", "login", "id", "user", "username"}
_PUBLIC_ACCOUNT = lazy_regex.compile(r"LINE|公式|Instagram|インスタ|X|ツイッター|Twitter|フェイスブック|Facebook|アカウント", re.IGNORECASE)
_URL_CHARS = lazy_regex.compile(r"[A-Za-z0-9._~%/?#=&:+-]")


def _inside_url(text: str, start: int) -> bool:
    """Is `start` part of a URL (…?id=123) or an e-mail address?"""
    i = start
    while i > 0 and _URL_CHARS.match(text[i - 1]):
        i -= 1
    word = text[i:start + 1]
    return "://" in text[i:start + 12] or "www." in word or (i < start and text[start - 1] in "?&=/._-@")


_ADDRESS_SIGNS = lazy_regex.compile(r"://|www\.|[?&=@]|[A-Za-z0-9-]\.[A-Za-z]{2,}")


def _label_in_address(text: str, start: int) -> bool:
    """Is the label at `start` part of a URL (…/login?id=123)?  A slash alone
    does not make one: "ID:keiryo01/パスワード:…" lists a pair."""
    if not _inside_url(text, start):
        return False
    i = start
    while i > 0 and _URL_CHARS.match(text[i - 1]):
        i -= 1
    return _ADDRESS_SIGNS.search(text, i, start) is not None or "://" in text[i:start + 12]


# A free public hotspot's network name is printed on posters.
_PUBLIC_WIFI = lazy_regex.compile(r"無料|フリー|free|公衆|公共|観光客|どなたでも|ご利用", re.IGNORECASE)
_STAFF_NETWORK = lazy_regex.compile(r"職員|庁内|業務用|スタッフ用|内部")


@once_per_draft
def _public_wifi_only(draft) -> bool:
    """A free hotspot is spoken of and no staff network: network names in
    this draft are public."""
    text = draft.text
    return _PUBLIC_WIFI.search(text) is not None and _STAFF_NETWORK.search(text) is None


def _credential_facts(draft, start: int, end: int):
    # The public-hotspot answer for the whole draft; the 12 characters before
    # the paragraph when they name a public account ("LINE公式\n\nID: yamaga"
    # is an account name, not a login), and the 12 after when they hold
    # "://" (a value at the paragraph's end that opens a URL).  Both are ""
    # otherwise, so an edit next door rarely re-runs the paragraph.
    before = text_before(draft, start, 12)
    after = text_after(draft, end, 12)
    return (_public_wifi_only(draft), before if _PUBLIC_ACCOUNT.search(before) else "",
            after if "://" in after else "")


def _within(spans, lo: int, hi: int):
    """Spans of a paragraph read with its neighbours' text around it
    (text[lo:hi] is the paragraph), in the paragraph's coordinates."""
    for start, end in spans:
        if lo <= start < hi:
            yield start - lo, end - lo


# Every value found is Latin letters or digits, and every way one is found
# needs a Latin letter (an ASCII label, admin/…, an ID pair, a rotation),
# a Japanese label (_LABEL, which every labelled value follows) or digits
# written on a note (_NOTE_VALUE, defined below; read when called): three
# paragraphs in four hold neither, and are not scanned.  (Case-insensitive
# like _CREDENTIAL: [A-Za-z] then also takes the four non-ASCII letters that
# fold to ASCII, ı İ ſ K.)
_LATIN_LETTER = lazy_regex.compile(r"[A-Za-z]", re.IGNORECASE)
_DIGIT = lazy_regex.compile(r"[0-9]")


def _may_hold_credential(text: str) -> bool:
    # (a PIN written on a note may have no label beside it: 金庫、付箋に 4819 って書いとる)
    return _LATIN_LETTER.search(text) is not None or (
        _DIGIT.search(text) is not None and (_LABEL_PRECHECK.may_match(text)
                                             or _NOTE_VALUE.search(text) is not None
                                             or _LOCK.search(text) is not None))


# Paragraph scope: a match never crosses a blank line; what the paragraph
# reads outside itself is in _credential_facts.
@validator("credential", scope="paragraph", facts=_credential_facts)
def credentials(doc, facts):
    public_wifi, before, after = facts
    text = before + doc.text + after
    if not _may_hold_credential(text):
        return
    yield from _within(_credentials(text, public_wifi), len(before), len(before) + len(doc.text))


def _account_pairs(text: str, labelled):
    for m in _ACCOUNT_PAIR.finditer(text):
        start, end = m.span("secret")
        if any(s < end and start < e for s, e in labelled) or _inside_url(text, start):
            continue
        lo = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
        hi = min((i for i in (text.find("。", end), text.find("\n", end), len(text)) if i >= 0))
        if _DEVICE_WORDS.search(text, lo, hi):
            yield start, end


# The second half of "ID / password" written after a labelled ID
# (管理者ID ymg_admin02 / Kikuchi#0419).
_PAIR_SECOND = lazy_regex.compile(r"\s?[/／]\s?(?P<secret>[A-Za-z0-9][A-Za-z0-9!#$%&*+\-._@~^]{3,30})(?![A-Za-z0-9/])")
# An unlabelled pair of an ID with a number in it and a password
# (kaigo1042 / kaigo1042, tanaka_01:Pass2026), counted where a login, an ID
# or a password is spoken of just before it in the paragraph: never TCP/IP,
# km/h, on/off (no digit), nor a date 2026/04/01 (starts with a letter).
_ID_PAIR = lazy_regex.compile(
    r"(?<![A-Za-z0-9._/:-])(?P<secret>[A-Za-z][A-Za-z_.-]{0,15}[0-9][A-Za-z0-9_.-]{0,15}\s?[/／:：]\s?[A-Za-z0-9][A-Za-z0-9!#$%&*+\-._@~^]{3,30})(?![A-Za-z0-9/])"
)
# (VPN共通アカ ymg-vpn01 / Kiku!2026: an account shortened to アカ or 垢, a VPN login)
_LOGIN_TALK = lazy_regex.compile(
    r"ID|パスワード|パスワ|ぱすわ|ログイン|ログオン|サインイン|アカウント|(?<![ァ-ヶー])アカ(?![ァ-ヶー])|垢|VPN|管理者|初期設定"
    r"|password|pass|pw", re.IGNORECASE)
_LOGIN_LOOK_BACK = 80


def _second_halves(text: str, labelled):
    for start, end in labelled:
        m = _PAIR_SECOND.match(text, end)
        # (SSID:yamaga-hoken/PASS:…: the next label, whose value is its own credential)
        if m and m.group("secret").lower() not in _LABEL_WORDS:
            yield m.span("secret")


def _id_pairs(text: str, taken):
    for m in _ID_PAIR.finditer(text):
        start, end = m.span("secret")
        if any(s < end and start < e for s, e in taken) or _inside_url(text, start):
            continue
        lo = max(text.rfind("\n\n", 0, start), start - _LOGIN_LOOK_BACK, 0)
        if _LOGIN_TALK.search(text, lo, end):
            yield start, end


# A password told by how it is changed each time, old → new: 「パスワード、また
# 期限切れ。毎回 Hogo#0412 → Hogo#0413 に変えるだけ」, 「PWはyamaga01からyamaga02に
# 変更」.  Both values have letters and a digit (never 10時→11時 or v1.2→v1.3
# of a version named in the paragraph: a password must be spoken of just before).
_VALUE_WITH_DIGIT = r"[A-Za-z][A-Za-z!#$%&*+\-._@~^]{1,20}[0-9][A-Za-z0-9!#$%&*+\-._@~^]{0,15}"
_ROTATION = lazy_regex.compile(
    rf"(?<![A-Za-z0-9._/:-])(?P<old>{_VALUE_WITH_DIGIT})\s?(?:→|⇒|➡|->|=>|から)\s?(?P<new>{_VALUE_WITH_DIGIT})(?![A-Za-z0-9/])"
    r"\s?(?:に|へ|って)?(?:変え|かえ|変更|更新|す|し|なる|なっ)"
)
_PASSWORD_TALK = lazy_regex.compile(r"パスワード|パスワ|ぱすわ|パスコード|暗証|(?<![A-Za-z])(?:password|pass|pw|pwd)(?![A-Za-z])", re.IGNORECASE)


def _rotations(text: str, taken):
    for m in _ROTATION.finditer(text):
        if _inside_url(text, m.start()):
            continue
        lo = max(text.rfind("\n\n", 0, m.start()), m.start() - _LOGIN_LOOK_BACK, 0)
        if not _PASSWORD_TALK.search(text, lo, m.start()):
            continue
        for start, end in (m.span("old"), m.span("new")):
            if not any(s < end and start < e for s, e in taken):
                yield start, end


# A value written on a note, the password or the safe spoken of in its sentence or the two before:
# 「建築確認システムのパスワード、また変更かよ。覚えられんけん付箋に kakunin_0417 って書いて
# モニターに貼った」, 「金庫の番号、ホワイトボードに 4819 って書いとる」, 「付箋見たら kosodate2026!
# って書いてあった」.  A value of letters only
# counts where a password itself is spoken of (システムの説明、付箋に TODO って書いて is a note).
# Advice (書かないようにしましょう, 例えば) and a private card or phone are no disclosure.
_NOTE_VALUE = lazy_regex.compile(
    r"(?:付箋|ふせん|フセン|ポストイット|メモ(?:用紙|帳)?|紙|ホワイトボード|手帳|カレンダー)(?:に|には|へ|(?:を)?見(?:たら|ると|れば))\s?[「『\"]?"
    r"(?P<secret>[A-Za-z0-9][A-Za-z0-9!#$%&*+\-./@_~^]{3,31})[」』\"]?\s?(?:って|と|て)(?:書い|書き|書く|書こ|メモ|貼)"
)
_NOTE_PASSWORD_TALK = lazy_regex.compile(
    r"パスワード|パスワ|ぱすわ|パスコード|(?<![ァ-ヶー])パス(?![ァ-ヶー])|暗証|ログイン|(?<![A-Za-z])(?:password|pass|pw|pwd|pin)(?![A-Za-z])",
    re.IGNORECASE)
_NOTE_LOCK_TALK = lazy_regex.compile(r"金庫|ロッカー|キーボックス|システム|端末|(?<![A-Za-z])PC(?![A-Za-z])|パソコン", re.IGNORECASE)
_NOTE_NO_DISCLOSURE = lazy_regex.compile(
    r"ましょう|避け|しないで|しないよう|書かない|貼らない|やめ|禁止|例えば|たとえば|キャッシュカード|スマホ|携帯")
_SENTENCE_END = lazy_regex.compile(r"[。!?！？\n]")


def _note_values(text: str, taken):
    for m in _NOTE_VALUE.finditer(text):
        start, end = m.span("secret")
        value = m.group("secret")
        if any(s < end and start < e for s, e in taken) or value.lower() in _COMMON_WORDS:
            continue
        # its sentence and the two before it
        starts = [0] + [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())]
        lo = starts[max(len(starts) - 3, 0)]
        end_mark = _SENTENCE_END.search(text, m.end())
        hi = end_mark.end() if end_mark else len(text)
        if _NOTE_NO_DISCLOSURE.search(text, lo, hi):
            continue
        if _NOTE_PASSWORD_TALK.search(text, lo, m.start()) or (
                _DIGIT.search(value) and _NOTE_LOCK_TALK.search(text, lo, m.start())):
            yield start, end


# A lock's number told after the lock is named (キーボックスは玄関の柱の裏です。
# 番号は今月から3719に; 金庫、番号変えました。新しかとは4-7-2-9です): a bare
# 番号 or "the new one" stands for the combination when a lock was named in
# its sentence or the one before.
_LOCK = lazy_regex.compile(r"金庫|キーボックス|キーケース|ダイヤル錠?|南京錠|ロッカー|暗証|テンキー|オートロック|通用口の鍵|裏口の鍵")
_LOCK_NUMBER = lazy_regex.compile(
    r"(?:(?<![電話番号部屋受付整理会員管理登録])番号|新しい(?:の|ほう|番号)|新しか(?:と|とこ|ほう)|新番号)(?:は|が|を|も)?"
    r"[^0-9A-Za-z。!?！？\n]{0,10}?(?P<secret>[0-9](?:[0-9]|[-ー‐－](?=[0-9])){3,11})(?![0-9])"
)
# 入館カード届いた、番号 YMG-0457-2231: the number of the card that opens the door.
_ENTRY_CARD = lazy_regex.compile(r"(?:入館|入室|入構|通行|セキュリティ|IC)カード|カードキー|入館証", re.IGNORECASE)
_CARD_NUMBER = lazy_regex.compile(
    r"番号(?:は|が)?[^0-9A-Za-z。!?！？\n]{0,4}?(?P<secret>[A-Za-z0-9]{2,6}(?:-[A-Za-z0-9]{2,6}){1,3})(?![A-Za-z0-9-])"
)


def _lock_numbers(text: str, taken):
    sentence_starts = None  # (0 and every sentence end: found once, when a number is there)
    for pattern, opener in ((_LOCK_NUMBER, _LOCK), (_CARD_NUMBER, _ENTRY_CARD)):
        for m in pattern.finditer(text):
            start, end = m.span("secret")
            if any(s < end and start < e for s, e in taken) or _UNIT_AFTER.match(text, end):
                continue
            if sentence_starts is None:
                sentence_starts = [0] + [e.end() for e in _SENTENCE_END.finditer(text)]
            # the sentence before the number's, or its own when it is the first
            lo = sentence_starts[max(bisect.bisect_right(sentence_starts, m.start()) - 2, 0)]
            end_mark = _SENTENCE_END.search(text, m.end())
            hi = end_mark.end() if end_mark else len(text)
            if (opener.search(text, lo, m.start()) and not _NOTE_NO_DISCLOSURE.search(text, lo, hi)
                    and not _CALL_US.search(text, lo, hi)):
                yield start, end


# コインロッカーのお問い合わせ番号は0968-43-1111: a number to call, not a combination.
_CALL_US = lazy_regex.compile(r"電話|TEL|問い?合わせ|お問合せ|連絡先|ダイヤルして|かけて", re.IGNORECASE)


def _credentials(text: str, public_wifi: bool):
    labelled = list(_labelled_credentials(text, public_wifi))
    yield from labelled
    seconds = list(_second_halves(text, labelled))
    yield from seconds
    pairs = list(_account_pairs(text, labelled))
    yield from pairs
    yield from _id_pairs(text, labelled + seconds + pairs)
    yield from _rotations(text, labelled + seconds + pairs)
    yield from _note_values(text, labelled + seconds + pairs)
    yield from _lock_numbers(text, labelled + seconds + pairs)


# A value broken over two lines to slip past a checker ("Yamaga_\nStaff#88
# ね（改行してるけど続けて入力して）"): the next line belongs to it when the
# first half ends in a joiner (_ - . #) or the paragraph says to join them.
_CONTINUED = lazy_regex.compile(r"\n(?P<rest>[A-Za-z0-9][A-Za-z0-9!#$%&*+\-./@_~^]{0,40})")
_JOIN_HINT = lazy_regex.compile(r"改行|続けて|つなげて|繋げて|くっつけ|一続き|ひと続き")


def _joined_end(text: str, raw_end: int, raw_value: str) -> int | None:
    m = _CONTINUED.match(text, raw_end)
    if m and (raw_value[-1] in "_-.#" or _JOIN_HINT.search(text, m.end(), m.end() + 40)):
        return m.end("rest")
    return None


_NEXT_LABEL = lazy_regex.compile(r"/(?=(?:pass(?:word)?|pwd?|pin|id|login)\s?[:：=])", re.IGNORECASE)
_PASSWORD_AFTER = lazy_regex.compile(r"\s?[/／、,]?\s?(?:PW|PWD|pass(?:word)?|パスワード|パス)\s?[:：=]", re.IGNORECASE)


def _next_label(text: str, m) -> int | None:
    """Where a slash and a second label cut the value of `m` short, or None."""
    cut = _NEXT_LABEL.search(text, m.start("secret"), m.end("secret") + 12)
    return cut.start() if cut is not None and cut.start() < m.end("secret") else None


def _labelled_credentials(text: str, public_wifi: bool):
    if not _LABEL_PRECHECK.may_match(text):
        return
    found = list(_CREDENTIAL.finditer(text))
    # SSID:yamaga-hoken/PASS:ha8020migaki: a second label after a slash ends
    # the first value and starts a credential of its own.
    for m in list(found):
        cut = _next_label(text, m)
        if cut is not None:
            found += [n for n in [_CREDENTIAL.match(text, cut + 1)] if n]
    taken = {m.start("secret") for m in found}
    found += [m for m in _CREDENTIAL_NEXT_SENTENCE.finditer(text) if m.start("secret") not in taken]
    for m in found:
        if public_wifi and re.match(r"SSID|ネットワーク名|アクセスポイント名", m.group(0), re.IGNORECASE):
            continue
        cut = _next_label(text, m)
        value = text[m.start("secret"):m.end("secret") if cut is None else cut].rstrip(".-/")
        start = m.start("secret")
        end = start + len(value)
        joined = _joined_end(text, m.end("secret"), m.group("secret"))
        if joined is not None:
            value, end = text[start:joined].replace("\n", ""), joined
        if len(value) < 4 or value.lower() in _LABEL_WORDS or value.lower() in _COMMON_WORDS:
            continue
        if value.isdigit() and _UNIT_AFTER.match(text, end):
            continue
        # A date after the label is when, not what (パスワードは2026/04/01から変更).
        if _DATE.fullmatch(value):
            continue
        if value.lower().startswith(("http", "www")) or "://" in text[start:start + 12]:
            continue
        # An SNS handle after "ID" is a public account name (LINE ID:@yamaga).
        if text[start - 1:start] == "@" or value.startswith("@"):
            continue
        if _label_in_address(text, m.start()):
            continue
        # "LINE公式アカウント ID: yamaga_city" is a public account, not a login
        # (共通アカウント ID: hoken01 / PW: …, with its password, is one).
        if (m.group(0)[:2].lower() == "id" and _PUBLIC_ACCOUNT.search(text[max(0, m.start() - 12):m.start()])
                and not _PASSWORD_AFTER.match(text, end)):
            continue
        yield start, end


# A Wi-Fi key given without the word "password": "Wi-Fiは yamaga2026 で繋がる".
_WIFI_VALUE = lazy_regex.compile(
    r"(?:Wi-?Fi|wifi|WiFi|無線LAN|SSID)[^0-9A-Za-z。!?！？\n]{1,10}?"
    r"(?P<secret>(?=[A-Za-z0-9!#$%&*+\-._@]*[0-9])(?=[A-Za-z0-9!#$%&*+\-._@]*[A-Za-z])[A-Za-z0-9!#$%&*+\-._@]{6,40})"
    r"(?=\s?(?:で|なら|を入れ|を入力|って|だよ|です))",
    re.IGNORECASE,
)


# Paragraph scope: the key, its label and what follows stay on one line.
@validator("wifi_key", scope="paragraph")
def wifi_keys(doc):
    for m in _WIFI_VALUE.finditer(doc.text):
        yield m.span("secret")


# The name of a staff network given with its key: 職員用Wi-Fi「YAMAGA-STAFF」の
# パスワード….  The name tells an intruder which network the key opens.
_NETWORK_NAME = lazy_regex.compile(
    # (市役所のWi-Fi、職員用は YMG-STAFF: the staff one picked out after a comma)
    r"(?:Wi-?Fi|wifi|無線LAN|SSID|ネットワーク|アクセスポイント)(?:の名前|名)?"
    r"(?:[、,]\s?(?:職員用|業務用|スタッフ用|庁内用|内部用|職員向け)(?:の(?:名前|SSID))?)?(?:は|が|:)?\s?"
    r"(?:[「『\"](?P<quoted>[A-Za-z0-9][A-Za-z0-9_\-.]{2,31})[」』\"]|(?P<bare>[A-Za-z][A-Za-z0-9_\-.]{2,31})(?=\s?(?:の|は|で|に|、|,)))",
    re.IGNORECASE,
)
_KEY_WORD = lazy_regex.compile(r"パスワード|パス(?![ァ-ヶー])|パスワ|キー|暗号|暗証|password|pass|pw", re.IGNORECASE)


def _staff_network_facts(draft, start: int, end: int) -> bool:
    # A free hotspot spoken of anywhere (and no staff network) makes the
    # network names public; the rest is read in one sentence.
    return _public_wifi_only(draft)


@validator("staff_network_name", scope="paragraph", facts=_staff_network_facts)
def staff_network_names(doc, public_wifi_only):
    text = doc.text
    if public_wifi_only:
        return
    for lo, hi in doc.sentence_bounds:
        if not _KEY_WORD.search(text, lo, hi):
            continue
        for m in _NETWORK_NAME.finditer(text, lo, hi):
            group = "quoted" if m.group("quoted") else "bare"
            if _KEY_WORD.fullmatch(m.group(group)) or _NOT_HOSTS.match(m.group(group)):
                continue
            yield m.span(group)


# --- host and system names -----------------------------------------------

# Names like YMG-CORE01, ymg-fs02, SRV_DB3, YAMAGASV01: letters, an optional
# separator, letters/digits, ending in a digit.
# (A floor or a letter may close it: YMGPRN-3F, KIOSK-2B.)
# A name may also end in a server's role after a separator, as hosts are
# named by office, system and role: YMG-SENKAN-DB, ymg-web-ap, SRV_FS.
_HOST_ROLE = r"(?i:db|sql|sv|svr|srv|fs|nas|ap|app|web|dc|ad|mail|gw|fw|vpn|prn|bk|bak|backup|prod|stg|dev)"
_HOST_NAME = (
    r"(?:[A-Za-z][A-Za-z0-9]{1,15}(?:[-_][A-Za-z0-9]{1,15}){0,3}(?:[0-9]|(?<=[-_][0-9])[A-Za-z])"
    rf"|[A-Za-z][A-Za-z0-9]{{1,15}}(?:[-_][A-Za-z0-9]{{1,15}}){{0,2}}[-_]{_HOST_ROLE})"
)
_HOST_CONTEXT = (
    r"サーバー?|サーバ|ホスト|端末|PC|パソコン|NAS|ルーター?|ファイアウォール|機器|システム|"
    r"プリンター?|複合機|コピー機|スキャナー?|防犯カメラ|ネットワークカメラ|スイッチングハブ|アクセスポイント|レコーダー|UPS|"
    r"データベース|DB|ドメイン|コンピューター?|マシン|共有フォルダ|基幹系|情報系|VPN"
)
# Context right before ("サーバー（YMG-CORE01）", "ホスト名は ymg-db1") or
# right after ("YMG-FS01サーバー").
# (After の only a name with a separator, as hosts are written: ファイルサーバの
# fs-honcho02; パソコンのWin10 is a product.)
_HOST_BEFORE = lazy_regex.compile(rf"(?:{_HOST_CONTEXT})(?:名|の名前)?(?:[はがもって:：=、,\s(（「『]{{0,4}}|の\s?(?=[A-Za-z0-9]{{1,15}}[-_]))(?P<name>{_HOST_NAME})(?![A-Za-z0-9])")
# Further names listed after the first: "DB01とDB02", "FS01・FS02".
_HOST_NEXT = lazy_regex.compile(rf"\s?(?:と|、|・|,|/)\s?(?P<name>{_HOST_NAME})(?![A-Za-z0-9])")
_HOST_AFTER = lazy_regex.compile(rf"(?<![A-Za-z0-9])(?P<name>{_HOST_NAME})[)）」』\s]?(?:の)?(?:{_HOST_CONTEXT})")
# A UNC path \\server\share or an intranet domain name.  Japanese Windows
# shows the backslash as ¥ (￥ becomes ¥ in NFKC).
_UNC = lazy_regex.compile(r"[\\¥]{2}[A-Za-z0-9._-]{2,}(?:[\\¥][^\s\\¥。、]+)*")
# A share written without its leading \\ is still a server and a folder:
# 比較表は ymg-fs02\keiyaku に.  The name must look like a host (ends in a
# digit or a role), so C:\Users or a folder path alone are not taken.
_SHARE_PATH = lazy_regex.compile(rf"(?<![A-Za-z0-9\\¥._-])(?P<name>{_HOST_NAME})[\\¥][A-Za-z0-9_\-.]+")
_INTRANET = lazy_regex.compile(r"(?<![A-Za-z0-9.-])(?:[A-Za-z0-9-]+\.)+(?:local|lan|internal|intra|corp|localdomain)(?![A-Za-z0-9])"
                       r"|(?<![A-Za-z0-9./-])(?:intra(?:net)?|vpn|gw|fw|owa|admin|sslvpn|remote)\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}",
                       re.IGNORECASE)
# An internal system's own name in quotes: 庁内システム『ヤマガネット3』.  Only a
# coined name (with a number or Latin letters), not 『電子申請』, a service.
_SYSTEM_NAME = lazy_regex.compile(
    # (a back-office "…管理システム" is staff-only too: 収蔵品管理, 文書管理, 資産管理)
    # (市長日程の共有システム「HishoNavi」: a system the office shares among its staff)
    r"(?:庁内|基幹|内部|業務|職員用|住民情報|財務会計|人事給与|グループウェア|[一-龥]{0,6}管理|共有|課内|勤怠|決裁|文書)(?:の)?(?:システム|ネットワーク|サーバー?|ポータル|LAN)"
    r"[はがもの、:]{0,2}\s?[「『](?P<name>[^」』\n]{1,16}?[A-Za-z0-9][^」』\n]{0,8})[」』]"
)
# 介護保険システム（KAIGO-ONE）, 予約システム（YMG-RSV）: a system's code name in
# capitals, in brackets right after the system (a host name needs a digit or a
# role; a code name of letters alone is told this way).
_SYSTEM_CODE = lazy_regex.compile(
    rf"(?:{_HOST_CONTEXT})(?:名)?[（(]\s?(?P<name>[A-Z][A-Z0-9]{{1,15}}(?:[-_][A-Z0-9]{{2,15}}){{1,3}})\s?[）)]"
)
# Names that look like hosts but are public words (Jアラート's J-ALERT, e-Tax).
_NOT_HOSTS = lazy_regex.compile(r"^(?:J-?ALERT|L-?ALERT|E-?TAX|COVID-?19|SDGs?\d*|Wi-?Fi\d*|PC\d*|LINE\d*|JR\d*|Windows\d*|Office\d*|iPhone\d*|Android\d*|USB\d*|HDMI\d*|[A-Za-z]\d)$", re.IGNORECASE)


_HOST_CONTEXT_WORD = lazy_regex.compile(_HOST_CONTEXT)
# The longest context a name can follow across a blank line: a context word
# (ファイアウォール), の名前 and four separators, the blank line among them.
_HOST_LOOK_BACK = 16


def _host_facts(draft, start: int, end: int) -> str:
    # "サーバー\n\nYMG-FS01": the name opening a paragraph may follow a
    # context word at the end of the one before.  "" when no context word is
    # that close, so an edit next door rarely re-runs the paragraph.
    before = text_before(draft, start, _HOST_LOOK_BACK)
    return before if _HOST_CONTEXT_WORD.search(before) else ""


def _may_name_host(text: str) -> bool:
    """Whether any pattern below can match: a host name starts with a Latin
    letter (so does an intranet domain), a UNC path with backslashes or ¥, and a
    system's coined name in 「」 or 『』 holds a Latin letter or a digit."""
    return (_LATIN_LETTER.search(text) is not None or "\\" in text or "¥" in text
            or (("「" in text or "『" in text) and _DIGIT.search(text) is not None))


@validator("host_name", scope="paragraph", facts=_host_facts)
def host_names(doc, before):
    text = before + doc.text
    if not _may_name_host(text):
        return
    yield from _within(_host_names(text), len(before), len(text))


def _host_names(text: str):
    seen = set()
    for span in _host_name_spans(text):
        # a coined name in quotes after its system is found as a host too
        if span not in seen:
            seen.add(span)
            yield span


def _host_name_spans(text: str):
    for pattern in (_HOST_BEFORE, _HOST_AFTER):
        for m in pattern.finditer(text):
            name = m.group("name")
            if _NOT_HOSTS.match(name) or not re.search(r"[A-Za-z]{2}", name):
                continue
            yield m.span("name")
            end = m.end("name")
            while (more := _HOST_NEXT.match(text, end)) and not _NOT_HOSTS.match(more.group("name")):
                yield more.span("name")
                end = more.end("name")
    for pattern in (_UNC, _INTRANET):
        for m in pattern.finditer(text):
            yield m.span()
    for m in _SHARE_PATH.finditer(text):
        if not _NOT_HOSTS.match(m.group("name")):
            yield m.span()
    for m in _SYSTEM_NAME.finditer(text):
        yield m.span("name")
    for m in _SYSTEM_CODE.finditer(text):
        if not _NOT_HOSTS.match(m.group("name")):
            yield m.span("name")


# --- door, locker and lock codes ------------------------------------------

# A code told by what it opens: "3014#で開く", "テンキーは 1357# で開錠",
# "番号は全部0000で開くよ", "*2468を押せば入れる".  The code itself is the
# span.  Room numbers and counters ("302号室", "3番の窓口") are no codes:
# the number must be followed by how it opens something.
_DOOR_CODE = lazy_regex.compile(
    r"(?<![0-9A-Za-z])(?P<code>[#*]?[0-9]{3,8}[#*]?)(?![0-9])\s?"
    r"(?:って|と)?(?:を)?(?:押(?:せば|すと|して|したら)|入れ(?:れば|ると|て|たら)|入力(?:すれば|すると|して|したら)|打(?:てば|つと|って|ったら)|回(?:せば|すと)|で)"
    r"\s?(?:すぐ|普通に|誰でも)?(?:開|あ[くきけい]|解錠|開錠|解除|ロック(?:が)?(?:解除|外れ|開)|入れ|入室|出入り)"
)
# What is locked: a door, a room, a locker, a lock.
_LOCKED_THING = lazy_regex.compile(
    r"錠|ロック|テンキー|暗証|ドア|扉|入口|入り口|出入口|通用口|裏口|勝手口|門|ゲート|シャッター|ロッカー|書庫|倉庫|金庫"
    r"|キーボックス|部屋|[一-龥]室|宿直室|更衣室|サーバー?室|事務室|会議室|車庫|物置|保管庫|ボックス"
)
# Campaigns show a bad example on purpose: 「1234」で開くような番号はやめましょう.
_CODE_ADVICE = lazy_regex.compile(r"ましょう|ください|例えば|たとえば|ような番号|などの番号|推測されやすい|避け")


# "番号は2580#" after a sentence about the lock: the code told by its label.
# The digits may be spaced out to dodge a filter ("暗証番号、4 8 1 9").
_LABELLED_CODE = lazy_regex.compile(r"(?:番号|暗証|コード|パスコード)(?:は|が|って|:|、)\s?(?P<code>[#*]?(?:[0-9]{3,8}|[0-9](?: [0-9]){2,7})[#*]?)(?![0-9])(?!\s?(?:号|番|階|人|円|件|個|日|時|分|年|月|回|枚|本|台))")
# (a key's number: 倉庫の鍵の番号は205 — a combination or key-box key)
# (送迎用の門の番号が変わりました: the number of a gate or a door is its code; a
# locker's number is which one it is)
_LOCK_WORD = lazy_regex.compile(r"錠|ロック|テンキー|暗証|解錠|開錠|キーボックス|(?:鍵|カギ)(?:ボックス|箱)|金庫|開く|開け|開き|(?:鍵|カギ|かぎ)の(?:番号|暗証|ナンバー)"
                                r"|(?:門|扉|ドア|ゲート|通用口|勝手口|裏口|入口|入り口|出入口)の(?:番号|暗証|ナンバー|パスコード)")
# 暗証番号さえ打てば入れるけん便利。ちなみに0729: the code dropped as an aside
# right after the lock is told of.
_ASIDE_CODE = lazy_regex.compile(
    r"(?:ちなみに|ちな|因みに|ヒントは|答えは|正解は)[、,:：]?\s?(?P<code>[#*]?[0-9]{3,8}[#*]?)(?![0-9])"
    r"(?!\s?(?:文字|字|桁|けた|回|日|か月|ヶ月|カ月|月|歳|年|分|秒|時|人|円|%|件|個|台|枚|本|階|号|番|室|名|軒|万|千|億))"
)

# A keypad or coded lock named with its number: 通用口のテンキー、今月から4702
# になった / 電子錠は0815のまま.  Only devices that open by a number: a room
# (会議室は302) or a counter has numbers that are no codes.
_CODE_DEVICE_CODE = lazy_regex.compile(
    # (予備鍵ボックス、番号 4729 に変わった: a key box by its Japanese name)
    r"(?:テンキー|暗証|電子錠|番号錠|ボタン錠|プッシュ錠|デジタルロック|スマートロック|オートロック|キーボックス|(?:鍵|カギ)(?:ボックス|箱)|キーレス|入館コード|ドアコード|解錠コード|開錠コード)"
    r"[^0-9。!?！？\n]{0,16}?(?<![0-9\-‐−ー.,/:])(?P<code>[#*]?[0-9]{3,8}[#*]?)(?![0-9])"
    r"(?!\s?(?:文字|字|桁|けた|回|日|か月|ヶ月|カ月|月|歳|年|分|秒|時|人|円|%|件|個|台|枚|本|階|号|番|室|名|軒|箇所|か所|社|校|店|部|冊|戸|世帯|度|週|種類|通り|以上|以下|未満|万|千|億|[A-Za-z.,/:-]))"
)


def _door_code_facts(draft, start: int, end: int) -> bool:
    # A labelled code counts after a lock named in the sentence before, which
    # for the paragraph's first sentence may end the paragraph before
    # ("テンキー錠\n\n番号は2580#": a line without 。 takes the blank line in).
    return _LOCK_WORD.search(sentence_before(draft, start)) is not None


@validator("door_code", scope="paragraph", facts=_door_code_facts)
def door_codes(doc, lock_just_before):
    text = doc.text
    # Every code is digits: a sentence without one (most) is passed over,
    # a paragraph without one at once.
    if _DIGIT.search(text) is None:
        return
    bounds = doc.sentence_bounds
    for i, (lo, hi) in enumerate(bounds):
        if _DIGIT.search(text, lo, hi) is None or _CODE_ADVICE.search(text, lo, hi):
            continue
        if _LOCKED_THING.search(text, lo, hi):
            for m in _DOOR_CODE.finditer(text, lo, hi):
                yield m.span("code")
        w_lo = doc.sentences_around(i, 1, 0)[0]
        if (i == 0 and lock_just_before) or _LOCK_WORD.search(text, w_lo, hi):
            for m in _LABELLED_CODE.finditer(text, lo, hi):
                yield m.span("code")
        for m in _CODE_DEVICE_CODE.finditer(text, lo, hi):
            yield m.span("code")
        if (i == 0 and lock_just_before) or _LOCK_WORD.search(text, w_lo, hi):
            for m in _ASIDE_CODE.finditer(text, lo, hi):
                yield m.span("code")
