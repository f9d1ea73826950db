"""What a finding's suggestions offer in the editor's context menu.

Rule authors write a suggestion either as replacement text
(「ご意見ありがとうございます。…」) or, in full-width parentheses, as advice
for the author (「（番号を削除する）」).  Replacement text becomes
「…」に置き換える; advice that says to delete (削除) becomes the quick fix
「この部分を削除」; other advice is shown as a hint the author acts on.
Not every author wraps advice, so an unwrapped suggestion that reads like an
instruction (a whole sentence, or longer than a phrase) is a hint too:
replacing 「ﾊﾞｶ」 by 「カレンダーで日付を確かめて直す」 would only make things worse.
Every quick fix is one undoable edit.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..report import Finding


@dataclass(frozen=True)
class QuickFix:
    label: str  # menu text
    replacement: str | None  # None: advice only, nothing to apply


def _shorten(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# Longest suggestion still taken as replacement wording (的を射た, 外国の方,
# 押しも押されもせぬ); longer ones are instructions for the author.
MAX_REPLACEMENT_CHARS = 10


def _is_replacement(text: str) -> bool:
    return len(text) <= MAX_REPLACEMENT_CHARS and not any(c in text for c in "、。！？!?")


def quick_fixes(finding: Finding) -> list[QuickFix]:
    fixes = []
    for suggestion in finding.suggestions:
        s = suggestion.strip()
        if not s:
            continue
        wrapped = s.startswith("（") and s.endswith("）")
        if wrapped or not _is_replacement(s):
            advice = s[1:-1] if wrapped else s
            if "削除" in advice:
                fixes.append(QuickFix(f"この部分を削除（{_shorten(advice)}）", ""))
            else:
                fixes.append(QuickFix(f"ヒント: {_shorten(advice, 40)}", None))
        else:
            fixes.append(QuickFix(f"「{_shorten(s)}」に置き換える", s))
    return fixes
