"""A ratio that the two figures told beside it do not give (item 5.4,
ガイドライン5(4)).

- A ratio to last time (前年の2倍の4,000件（前年は3,000件）, 3割増, 前年比
  150%): ratio_mismatch.
- A competition ratio (定員20名に応募50名で倍率2倍): competition_ratio_mismatch.

The ratio is worked out from the figures and compared with the one told,
with the room its wording gives (ちょうど exact, a bare 2倍 to a tenth, 約 more).
"""

from __future__ import annotations

from .. import lazy_regex
from .registry import validator
from .figures_common import _approximate, _is_previous, _previous_sentence_start, _small_number, quantities


# 「定員20名に応募50名で倍率2倍」: a competition ratio (倍率) that the places
# and the applicants told beside it, in the sentence or the one before, do
# not bear out.  ちょうど makes it exact; a written 倍率 is otherwise read as
# rounded to a tenth, 約 / ほぼ to a fifth of itself.
_COMPETITION = lazy_regex.compile(
    r"倍率(?:は|が|も)?\s*(?P<exact>ちょうど|きっかり)?(?P<approx>約|およそ|ほぼ|ざっと)?\s*(?P<n>(?<![0-9])(?<![0-9][,.])[0-9]+(?:\.[0-9]+)?)倍(?!以上|以下|未満|超|近|弱|強)"
)
# 倍率 of an exam or a lottery is applicants over those who passed / won
# (受験者180人、合格者30人 → 6倍), as of a course it is over its places.
_PLACES_WORD = lazy_regex.compile(r"(?:定員|募集人数|募集人員|募集枠|募集|採用予定|枠|合格者?数?|採用者?数?|当選者?数?|内定者?数?)(?:は|が|:|：)?\s*$")
_APPLICANTS_WORD = lazy_regex.compile(r"(?:応募者?数?|申込者?数?|申し込み者?数?|申込み者?数?|志願者?数?|受験者?数?|エントリー)(?:は|が|:|：)?\s*$")


@validator("competition_ratio_mismatch", scope="paragraph", needs=(lazy_regex.compile(r"倍率"),))
def competition_ratio_mismatches(doc):
    text = doc.text
    ratios = list(_COMPETITION.finditer(text))
    if not ratios:
        return
    found = quantities(text)
    for m in ratios:
        lo, hi = _previous_sentence_start(doc, m.start()), doc.sentence_at(m.start())[1]
        near = [q for q in found if lo <= q.start and q.end <= hi and not _approximate(text, q)]
        places = [q for q in near if _PLACES_WORD.search(text, max(0, q.start - 8), q.start)]
        applicants = [q for q in near if _APPLICANTS_WORD.search(text, max(0, q.start - 8), q.start)]
        if len(places) != 1 or len(applicants) != 1 or places[0].unit != applicants[0].unit or places[0].value <= 0:
            continue
        stated = float(m.group("n"))
        actual = applicants[0].value / places[0].value
        if m.group("exact"):
            slack = 0.005
        elif m.group("approx"):
            slack = 0.2 * stated
        else:
            slack = 0.05 + (0 if "." in m.group("n") else 0.1 * stated)
        if abs(actual - stated) > slack:
            yield m.start(), m.end()


# 「寄附件数が前年の2倍の4,000件（前年は3,000件）」: a ratio to last time
# (2倍, 倍増, 半分, 3割増, 2割減, 前年比150%, 120%増) that the two figures
# told next to it do not bear out.  The ratio stands right after a word for
# last time (前年の, 昨年比, 去年より, 前回に比べて); the current figure is
# the nearest one after the ratio (2倍の4,000件) or right before it
# (4,000件と前年の2倍); last time's figure is one of the same unit marked as
# last time's (前年は3,000件, 昨年の3,000件) in the sentence or the next.
_RATIO_NUMBER = r"(?P<n>(?<![0-9])(?<![0-9][,.])[0-9]+(?:\.[0-9]+)?|[一二三四五六七八九十])"
_RATIO = lazy_regex.compile(
    r"(?:前年度?|昨年度?|去年度?|前回|前月|先月|前期|例年|前年同期|前年同月|前大会|昨シーズン|前シーズン|昨季|前季|前週|先週|"
    # 前年は3,000件。今年はその2倍の4,000件: last time named just before
    r"(?<=[はがも、])その|(?<=[はがも、])そん)"
    r"(?:度)?"
    # 前月（800件）の約2倍: last time's figure in brackets after its name
    r"(?P<bracket>[（(]\s?(?:約|およそ)?\s?(?<![0-9])(?<![0-9][,.])[0-9][0-9,.]*\s?[^（）()0-9。\n]{0,4}[)）])?"
    r"(?:の|比|比で|比では|より(?:も)?|から|に比べ(?:て)?|と比べ(?:て)?|と比較して|に対して)?\s?"
    r"(?P<approx>約|およそ|ほぼ|ざっと|実に)?\s?"
    r"(?:(?P<times>" + _RATIO_NUMBER + r")倍(?!以上|以下|未満|超)|(?P<double>倍増|倍(?:に|の|と)|倍近)|(?P<half>半分|半減|半数)"
    r"|(?P<wari>[0-9]{1,2}|[一二三四五六七八九])割(?P<wari_dir>増|減|アップ|ダウン|も?増え|も?減っ|減り|増し|ほど増|ほど減)?(?!以上|以下|未満|超|引|程度)"
    r"|(?P<pct>[0-9]{1,4}(?:\.[0-9]+)?)\s?(?:%|パーセント)(?P<pct_dir>増|減|アップ|ダウン|も?増え|も?減っ|減り|の?増加|の?減少)?(?!以上|以下|未満|超|程度))"
    r"(?P<near>近く|近い|ほど|くらい|ぐらい|弱|強|余り|あまり)?"
)


_RATIO_TO_FIGURE = lazy_regex.compile(r"[^。！!？?\n0-9]{0,10}$")
_FIGURE_TO_RATIO = lazy_regex.compile(r"[^。！!？?\n0-9]{0,8}")
# 総額3,100万円のご寄附をいただきました（前年比12%増）: the ratio in brackets
# closing the clause that gives the figure.
_FIGURE_TO_BRACKETED_RATIO = lazy_regex.compile(r"[^。！!？?\n0-9()（）]{0,20}[（(]")
# 令和7年度 / 平成30年 / 2024年度: a year a figure is told for (era, number).
_YEAR_LABEL = lazy_regex.compile(r"(?P<era>令和|平成|R|H)?\s?(?P<n>元|[0-9]{1,4})\s?年(?:度)?")
_YEAR_TO_FIGURE = lazy_regex.compile(r"(?:の|は|が|も|:|：|、)?\s?(?:[一-龥ァ-ヶー]{1,8}(?:は|が|の|:|：)?)?\s?(?:約|およそ)?\s?$")


_CLOSES_SENTENCE = lazy_regex.compile(r"\s*(?:です|でした|だった|やった|でございます)?\s*[。!！]?\s*")


def _year(m) -> tuple[str, int]:
    n = m.group("n")
    return (m.group("era") or "").replace("R", "令和").replace("H", "平成"), 1 if n == "元" else int(n)


def _year_of(text: str, lo: int, start: int) -> tuple[str, int] | None:
    """The one year named in the sentence before a figure (令和7年度は1,240件・総額3,100万円)."""
    years = {_year(y) for y in _YEAR_LABEL.finditer(text, lo, start)
             if not (y.group("era") is None and len(y.group("n")) < 4)}
    return years.pop() if len(years) == 1 else None


def _labelled_year(text: str, q) -> tuple[str, int] | None:
    """The year a figure is told for, named right before it (令和6年度は3,500万円)."""
    for y in _YEAR_LABEL.finditer(text, max(0, q.start - 20), q.start):
        if _YEAR_TO_FIGURE.fullmatch(text, y.end(), q.start) and not (y.group("era") is None and len(y.group("n")) < 4):
            return _year(y)
    return None


# 去年の2倍！去年は約300匹、今年は約450匹: the ratio told alone, the two
# figures after it each under its period.  The current one is the single
# figure labelled with this period (今年は, 今回は) in the ratio's sentence or
# the next.
_CURRENT_LABEL = lazy_regex.compile(
    r"(?:今年度|本年度|今年|本年|今回|今季|今シーズン|今月|今週|今期)(?:は|が|も)?\s?(?:約|およそ)?\s?$"
)


def _current_told_apart(text: str, found, lo: int, hi: int):
    told = [q for q in found if lo <= q.start < hi and not _is_previous(text, q)
            and _CURRENT_LABEL.search(text, max(0, q.start - 10), q.start)]
    return told[0] if len(told) == 1 else None


def _ratio_of(m) -> tuple[float, bool]:
    """(the ratio current / last time that m states, whether it is rounded)."""
    approx = bool(m.group("approx") or m.group("near"))
    if m.group("times"):
        return _small_number(m.group("n")), approx
    if m.group("double"):
        return 2.0, approx or m.group("double") == "倍近"
    if m.group("half"):
        return 0.5, approx
    if m.group("wari"):
        share = _small_number(m.group("wari")) / 10
        direction = m.group("wari_dir") or ""
        if "増" in direction or "アップ" in direction:
            return 1 + share, approx
        if "減" in direction or "ダウン" in direction:
            return 1 - share, approx
        return share, approx
    share = float(m.group("pct")) / 100
    direction = m.group("pct_dir") or ""
    if "増" in direction or "アップ" in direction:
        return 1 + share, approx
    if "減" in direction or "ダウン" in direction:
        return 1 - share, approx
    return share, approx


@validator("ratio_mismatch", scope="paragraph", needs=(lazy_regex.compile(r"倍|半|割|%|パーセント"),))
def ratio_mismatches(doc):
    text = doc.text
    ratios = list(_RATIO.finditer(text))
    if not ratios:
        return
    found = quantities(text)
    bounds = doc.sentence_bounds
    for m in ratios:
        k = doc.sentence_index(m.start())
        lo, hi = doc.sentences_around(k, 0, 1)
        # last time's figure may close the sentence before (前年は3,000件でした。今年はその2倍…)
        last_lo = doc.sentences_around(k, 1, 0)[0] if m.group().startswith(("その", "そん")) else lo
        after = next((q for q in found if q.start >= m.end()), None)
        before = next((q for q in reversed(found) if q.end <= m.start()), None)
        current = None
        if (after is not None and after.start < bounds[k][1] and not _is_previous(text, after)
                and _RATIO_TO_FIGURE.match(text[m.end():after.start])):
            current = after
        elif (before is not None and before.start >= lo and not _is_previous(text, before)
              and (_FIGURE_TO_RATIO.fullmatch(text, before.end, m.start())
                   or _FIGURE_TO_BRACKETED_RATIO.fullmatch(text, before.end, m.start()))):
            current = before
        if current is None:
            current = _current_told_apart(text, found, lo, hi)
        if current is None and m.group("bracket") and k > 0 and not text[bounds[k][0]:m.start()].strip():
            # 不審メールは1,200件。前月（800件）の約2倍に増えています: the
            # figure closing the sentence before is the one compared
            closing = next((q for q in reversed(found) if q.end <= bounds[k][0]), None)
            if closing is not None and closing.start >= bounds[k - 1][0] and not _is_previous(text, closing) \
                    and _CLOSES_SENTENCE.fullmatch(text, closing.end, bounds[k][0]):
                current = closing
        if current is None or current.value == 0:
            continue
        # 比率は8.1%（前年度8.4%）: a rate's bracketed figure of last time is
        # last time's rate, not a ratio, and never its own last time
        previous = [q for q in found if q is not current and q.unit == current.unit and last_lo <= q.start < hi
                    and _is_previous(text, q) and q.value > 0
                    and (not (m.start() <= q.start < m.end())
                         or (m.group("bracket") and m.start("bracket") <= q.start < m.end("bracket")))]
        if not previous:
            # 令和7年度は3,100万円（前年比12%増）。令和6年度は3,500万円: last
            # time named by the year before the current figure's year
            year = _year_of(text, lo, current.start)
            if year is not None:
                previous = [q for q in found if q is not current and q.unit == current.unit and last_lo <= q.start < hi
                            and q.value > 0 and _labelled_year(text, q) == (year[0], year[1] - 1)]
        if len(previous) != 1:
            continue
        last = previous[0]
        stated, rounded = _ratio_of(m)
        if stated <= 0:
            continue
        actual = current.value / last.value
        rounded = rounded or _approximate(text, current) or _approximate(text, last)
        slack = max(0.08 * stated, 0.04) * (2 if rounded else 1)
        if m.group("pct_dir") or m.group("wari_dir"):
            # 55億円から58億円で「10%増」: a change is judged as a change
            # (5.5 points off), not as a ratio of 1.1 against 1.05
            slack = min(slack, max(0.2 * abs(stated - 1), 0.015) * (2 if rounded else 1))
        if abs(actual - stated) > slack:
            yield min(m.start(), current.start), max(m.end(), current.end)
            yield last.start, last.end
