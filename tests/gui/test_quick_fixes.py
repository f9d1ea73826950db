"""What the context menu offers for a finding's suggestions (pure Python)."""

from __future__ import annotations

from yamaga_desk.gui.quick_fixes import quick_fixes
from yamaga_desk.report import Finding


def fixes(*suggestions):
    finding = Finding(0, 3, "r", "5.4", "error", "役不足", "m", tuple(suggestions))
    return [(f.label, f.replacement) for f in quick_fixes(finding)]


def test_short_wording_is_offered_as_a_replacement():
    assert fixes("力不足") == [("「力不足」に置き換える", "力不足")]


def test_wrapped_advice_is_a_hint_and_delete_advice_deletes():
    assert fixes("（担当課に確認してから書く）") == [("ヒント: 担当課に確認してから書く", None)]
    assert fixes("（番号を削除する）") == [("この部分を削除（番号を削除する）", "")]


def test_unwrapped_instruction_is_a_hint_not_a_replacement():
    # A rule author forgot the parentheses: replacing the flagged words by an
    # instruction would damage the draft.
    [(label, replacement)] = fixes("カレンダーで日付と曜日を確かめて直す")
    assert replacement is None and label.startswith("ヒント")
    [(label, replacement)] = fixes("記事へのリンクを貼り、感想を自分の言葉で書く")
    assert replacement is None
