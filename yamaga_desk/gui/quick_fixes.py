"""What a finding's suggestions offer in the editor's context menu.

Rule authors write a suggestion either as replacement text
(「ご意見ありがとうございます。…」) or, in full-width parentheses, as advice
for the author (「（番号を削除する）」).  Replacement text becomes
「…」に置き換える; advice that says to delete (削除) becomes the quick fix
「この部分を削除」; other advice is shown as a hint the author acts on.
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


def quick_fixes(finding: Finding) -> list[QuickFix]:
    fixes = []
    for suggestion in finding.suggestions:
        s = suggestion.strip()
        if not s:
            continue
        if s.startswith("（") and s.endswith("）"):
            advice = s[1:-1]
            if "削除" in advice:
                fixes.append(QuickFix(f"この部分を削除（{_shorten(advice)}）", ""))
            else:
                fixes.append(QuickFix(f"ヒント: {_shorten(advice, 40)}", None))
        else:
            fixes.append(QuickFix(f"「{_shorten(s)}」に置き換える", s))
    return fixes
