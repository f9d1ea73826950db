"""Underlines of a long draft are handed to Qt in slices (editor.py) so the
window never freezes; the end result must be exactly what painting them all
at once gives, and underlining must never change the draft or ask for
another check."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextFormat

from gui_helpers import set_text
from yamaga_desk.gui.editor import DraftEditor
from yamaga_desk.gui.offsets import PositionMap

# Many findings of several severities, some on the same words, and emoji
# (two Qt positions each) before them.
LINE = "😡あいつはバカだ。絶対に儲かる投資だよ。{n}番の隣の奥さんは最悪。\n"


def painted(editor):
    return [(sel.cursor.selectionStart(), sel.cursor.selectionEnd(), sel.cursor.selectedText(),
             sel.format.underlineStyle(), sel.format.underlineColor().name(),
             sel.format.property(QTextFormat.Property.UserProperty))
            for sel in editor.extraSelections()]


def test_sliced_underlines_end_exactly_as_painting_all_at_once(qtbot, window, monkeypatch):
    monkeypatch.setattr(DraftEditor, "PAINT_SLICE", 25)
    set_text(qtbot, window, "".join(LINE.format(n=n) for n in range(60)))
    editor = window.editor
    findings = window.visible_findings
    assert len(findings) > 4 * DraftEditor.PAINT_SLICE
    editor.set_findings(findings, PositionMap(window.report.text))
    assert editor.painting()  # sliced: not all handed over yet ...
    assert 0 < len(editor.extraSelections()) < len(findings)
    qtbot.waitUntil(lambda: not editor.painting(), timeout=10000)
    sliced = painted(editor)
    monkeypatch.setattr(DraftEditor, "PAINT_SLICE", 100_000)
    editor.set_findings(findings, PositionMap(window.report.text))
    assert not editor.painting()
    assert sliced == painted(editor)
    assert len(sliced) == len(findings)  # a few screens of text: all near the screen


def test_a_long_drafts_underlines_follow_the_screen(qtbot, window):
    # Qt is handed only the underlines near the screen (editor.py): each
    # call copies the whole list and lays out the new ones, which held the
    # window 20-40 ms per call with a long draft's thousands of underlines.
    lines = [LINE.format(n=n) for n in range(600)]
    set_text(qtbot, window, "".join(lines))
    editor = window.editor
    qtbot.waitUntil(lambda: not editor.painting(), timeout=10000)
    insults = [m for m in editor.marks() if m.finding.rule == "insult-word"]
    assert len(insults) == 600  # every finding has its mark ...
    first, last = insults[0], insults[-1]

    def shown(mark):
        return any(sel.cursor.selectionStart() == mark.start and sel.cursor.selectionEnd() == mark.end
                   and sel.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
                   for sel in editor.extraSelections())

    assert shown(first) and not shown(last)  # ... but only the top of the draft is underlined
    assert len(editor.extraSelections()) < len(editor.marks())
    bar = editor.verticalScrollBar()
    bar.setValue(bar.maximum())  # the author scrolls to the end
    qtbot.waitUntil(lambda: shown(last), timeout=2000)
    assert not shown(first)
    editor.moveCursor(QTextCursor.MoveOperation.Start)  # and back (Ctrl+Home)
    editor.ensureCursorVisible()
    qtbot.waitUntil(lambda: shown(first), timeout=2000)
    # Deleting the top of the draft brings later lines on screen: underlined too.
    cursor = QTextCursor(editor.document())
    cursor.movePosition(QTextCursor.MoveOperation.Down, QTextCursor.MoveMode.KeepAnchor, 300)
    cursor.removeSelectedText()
    now_first = [m for m in editor.marks() if m.finding.rule == "insult-word" and m.start != m.end][0]
    qtbot.waitUntil(lambda: shown(now_first), timeout=2000)


def test_new_findings_replace_a_painting_still_in_progress(qtbot, window, monkeypatch):
    monkeypatch.setattr(DraftEditor, "PAINT_SLICE", 10)
    set_text(qtbot, window, "".join(LINE.format(n=n) for n in range(40)))
    editor = window.editor
    findings = window.visible_findings
    editor.set_findings(findings, PositionMap(window.report.text))
    assert editor.painting()
    few = [f for f in findings if f.item == "5.6.1"][:3]
    editor.set_findings(few, PositionMap(window.report.text))  # before the old slices ran
    qtbot.wait(50)
    assert [p[2] for p in painted(editor)] == [window.report.text[f.start:f.end] for f in few]


def test_underlining_leaves_the_draft_alone_and_asks_for_no_new_check(qtbot, window):
    set_text(qtbot, window, "".join(LINE.format(n=n) for n in range(30)))
    doc = window.editor.document()
    generation, undo_steps, modified = window.checker.generation, doc.availableUndoSteps(), doc.isModified()
    window.editor.set_findings(window.visible_findings, PositionMap(window.report.text))
    qtbot.wait(500)  # longer than the check debounce
    assert window.checker.generation == generation
    assert not window.is_checking()
    assert (doc.availableUndoSteps(), doc.isModified()) == (undo_steps, modified)


def test_underlines_still_waiting_move_with_text_typed_meanwhile(qtbot, window, monkeypatch):
    from PySide6.QtGui import QTextCursor

    monkeypatch.setattr(DraftEditor, "PAINT_SLICE", 10)
    set_text(qtbot, window, "".join(LINE.format(n=n) for n in range(40)))
    editor = window.editor
    findings = window.visible_findings
    editor.set_findings(findings, PositionMap(window.report.text))
    assert editor.painting()
    # The author types at the top and deletes a line in the middle before
    # the remaining underlines are placed.
    cursor = QTextCursor(editor.document())
    cursor.insertText("追記：")
    block = editor.document().findBlockByNumber(20)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    qtbot.waitUntil(lambda: not editor.painting(), timeout=10000)
    # (a mark placed before the line went keeps an empty span, as Qt's
    # cursors do, and is not painted; one still waiting is dropped)
    marks = [m for m in editor.marks() if m.start != m.end]
    assert len(findings) - 10 <= len(marks) < len(findings)
    for mark in marks:
        assert mark.cursor.selectedText() == mark.finding.excerpt
    assert len(editor.extraSelections()) == len(marks)


def test_a_paste_is_checked_without_the_typing_pause(qtbot):
    from yamaga_desk.gui.checker_worker import DEBOUNCE_MS, PASTE_DEBOUNCE_MS, BackgroundChecker

    checker = BackgroundChecker()
    text = "本日は晴天なり。"
    assert checker.delay_for(text) == DEBOUNCE_MS  # typing the first words
    checker.request(text, None)
    assert checker.delay_for(text + "。") == DEBOUNCE_MS  # one more character
    pasted = text + "山鹿灯籠まつりのお知らせ。" * 100
    assert checker.delay_for(pasted) == PASTE_DEBOUNCE_MS < DEBOUNCE_MS
    checker.request(pasted, None)
    assert checker.delay_for("") == PASTE_DEBOUNCE_MS  # all of it deleted at once
    checker.wait_idle()
