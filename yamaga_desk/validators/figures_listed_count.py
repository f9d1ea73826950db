"""A count of kinds that the items listed with it do not bear out (item 5.4,
ガイドライン5(4)).

「3km・5km・10km・ハーフの全3種目」「全4コース（A・B・C）」: listed_count_mismatch.
The list is read only where it is plainly one (short items joined by ・, or
three or more after 全 / 計 joined by 、), and a list left open (など, ほか)
or a count of something else (各, うち, 新たに) is left alone.
"""

from __future__ import annotations

import re

from .. import lazy_regex
from .registry import validator
from .figures_common import _whole_number


# 「3km・5km・10km・ハーフの全3種目」「全4コース（A・B・C）」: a count of
# kinds (種目, 種類, コース, 部門, 品目 …) that the items listed with it do
# not bear out.  The list is two or more short items joined by ・ (or 、 / ／)
# right before 〜の(全|計)N種目, or in brackets right after it.  A list left
# open (など, 等, ほか, をはじめ) or a count of something else (各, うち,
# 残り, 新たに) says nothing about the total.
_KIND_COUNT_WORD = (r"種目|種類|項目|コース|部門|品目|競技|講座|教室|会場|地区|エリア|ルート|メニュー|プラン|"
                    r"か所|カ所|ヶ所|箇所")
_KIND_COUNT = lazy_regex.compile(
    r"(?P<lead>の)?\s?(?P<all>全|計|合計|全部で)?\s?(?P<n>[0-9]{1,2}|[二三四五六七八九十])\s?(?P<kind>" + _KIND_COUNT_WORD + r")"
)
_LIST_ITEM_TEXT = r"[^・、,／/。！!？?\n「」『』()（）:：]{1,14}"
_LIST_BEFORE = lazy_regex.compile(
    rf"(?P<items>{_LIST_ITEM_TEXT}(?:\s?(?P<sep>[・、,／/])\s?{_LIST_ITEM_TEXT}){{1,11}})$"
)
_LIST_IN_BRACKETS = lazy_regex.compile(
    rf"\s?[(（](?P<items>{_LIST_ITEM_TEXT}(?:\s?[・、,／/]\s?{_LIST_ITEM_TEXT}){{1,11}})[)）]"
)
_LIST_OPEN = lazy_regex.compile(r"など|等|ほか|他|をはじめ|を含む|含め|以外|その他|うち|残り|各|新た|追加|一部|例えば|たとえば|…|\.\.\.")
_ITEM_TOPIC = lazy_regex.compile(r"(?:は|も|が|で|に|を|から|より|では|には)$")


def _listed(items: str, bracketed: bool, counted: bool) -> int | None:
    """How many items a list names; None when it may not be a plain list.
    `counted`: the count says 全 / 計."""
    if _LIST_OPEN.search(items):
        return None
    sep = next((c for c in "・／/" if c in items), None)
    if sep:
        # the first chunk may carry the sentence's topic (今年は3km・5km):
        # still one item
        parts = items.split(sep)
        if any(c in p for p in parts[1:] for c in "、,・／/"):
            return None  # A・B、C・D: items of two levels
    else:
        # 、 also closes a clause (死角をなくすため、鹿本地区の5か所): only a
        # list of three or more short items with 全 / 計 is read as a list
        parts = re.split("[、,／/]", items)
        if not bracketed and (_ITEM_TOPIC.search(parts[0].strip()) or len(parts[0].strip()) > 8):
            parts = parts[1:]
        if not counted or len(parts) < 3 or any(len(p.strip()) > 8 for p in parts):
            return None
    if any(not p.strip() or _ITEM_TOPIC.search(p.strip()) for p in parts[1:]):
        return None
    return len(parts) if len(parts) >= 2 else None


@validator("listed_count_mismatch", scope="paragraph", needs=(lazy_regex.compile(_KIND_COUNT_WORD),))
def listed_count_mismatches(doc):
    text = doc.text
    for m in _KIND_COUNT.finditer(text):
        n = m.group("n")
        n = _whole_number(n)
        if m.group("lead"):
            listed = _LIST_BEFORE.search(text, max(0, m.start() - 80), m.start())
            if listed and not re.search(r"各|毎|ずつ", text[m.end():m.end() + 2]):
                count = _listed(listed.group("items"), False, bool(m.group("all")))
                if count is not None and count != n:
                    yield listed.start("items"), m.end()
                    continue
        if m.group("all"):
            bracket = _LIST_IN_BRACKETS.match(text, m.end())
            if bracket:
                count = _listed(bracket.group("items"), True, True)
                if count is not None and count != n:
                    yield m.start("all"), bracket.end()
