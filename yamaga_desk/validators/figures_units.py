"""A measure told again in another unit that does not make it (item 5.4,
ガイドライン5(4)).

- 1日に2リットル、つまり500mlペットボトルで6本 (6 × 500 ml is 3 litres),
  2L（500ml×6本）, 1.5km、つまり1,000m: the same amount restated with つまり /
  すなわち / ＝ or in brackets, in bottles, packs or bags counted out, or plainly.

Volumes (L, ml, cc), weights (kg, g) and lengths (km, m) are compared in their
smallest unit; a rough restatement (約, ほど, くらい) makes no claim to check.
"""

from __future__ import annotations

from .. import lazy_regex
from .figures_common import _number
from .registry import validator

# unit -> (dimension, size in the smallest unit of the dimension)
_UNIT_SIZE = {
    "リットル": ("v", 1000), "L": ("v", 1000), "l": ("v", 1000), "ミリリットル": ("v", 1), "ml": ("v", 1), "mL": ("v", 1),
    "cc": ("v", 1), "キログラム": ("w", 1000), "kg": ("w", 1000), "グラム": ("w", 1), "g": ("w", 1),
    "キロメートル": ("d", 1000), "km": ("d", 1000), "メートル": ("d", 1), "m": ("d", 1),
}
_UNIT = r"(?:リットル|ミリリットル|キログラム|キロメートル|グラム|メートル|mL|ml|cc|kg|km|L|l|g|m)(?![A-Za-z])"
_NUM = r"(?<![0-9])(?<![0-9][,.])[0-9][0-9,]*(?:\.[0-9]+)?"
_CONTAINER = r"(?:の)?(?:ペットボトル|ボトル|紙パック|パック|缶|袋|ビン|瓶|カップ|コップ|杯)?"
_COUNTED = r"(?:で|×|x|✕|\*)\s?(?P<k>[0-9]{1,3})\s?(?:本|個|杯|袋|缶|パック|つ|箱|枚)?"
_RESTATED = lazy_regex.compile(
    rf"(?<![0-9.,約])(?P<n1>{_NUM})\s?(?P<u1>{_UNIT})\s?"
    rf"(?:[、,]?\s?(?:つまり|すなわち|言い換えると|=|＝|→)\s?|[(（]\s?)"
    rf"(?P<n2>{_NUM})\s?(?P<u2>{_UNIT})\s?{_CONTAINER}\s?(?:{_COUNTED})?"
)
_COUNT_LEFT_OPEN = lazy_regex.compile(r"\s?(?:で(?=\s?(?:約|およそ|ほぼ|何|[0-9]))|×|x|✕|\*)")
_ROUGH = lazy_regex.compile(r"約|およそ|ほぼ|ほど|くらい|ぐらい|前後|以上|以下|未満|弱|強|余り|あまり|近く|超")


@validator("measure_restated_wrongly", scope="paragraph", needs=(lazy_regex.compile(r"つまり|すなわち|言い換えると|=|＝|→|[(（]"),))
def measure_restated_wrongly(doc):
    text = doc.text
    for m in _RESTATED.finditer(text):
        (dim1, size1), (dim2, size2) = _UNIT_SIZE[m.group("u1")], _UNIT_SIZE[m.group("u2")]
        if dim1 != dim2 or _ROUGH.search(text, max(0, m.start("n2") - 3), m.end()) or _ROUGH.match(text, m.end()):
            continue
        if not m.group("k") and _COUNT_LEFT_OPEN.match(text, m.end()):
            continue  # 500mlで約4本 / で何本: a count the regex did not read
        count = int(m.group("k")) if m.group("k") else 1
        told, restated = _number(m.group("n1")) * size1, _number(m.group("n2")) * size2 * count
        if abs(told - restated) > 0.01 * max(told, restated):
            yield m.start(), m.end()
