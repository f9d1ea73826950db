"""The editor as the author uses it: typing, pasting, underlines, hover,
quick fixes with undo, zoom, find and replace."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QHelpEvent, QInputMethodEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QToolTip

from gui_helpers import finding, set_text, wait_checked


def underlined(win):
    """(selected text, underline style, colour) of every painted underline."""
    return [(sel.cursor.selectedText(), sel.format.underlineStyle(), sel.format.underlineColor().name())
            for sel in win.editor.extraSelections()]


def test_object_names_for_automation(window):
    from PySide6.QtWidgets import QWidget

    for name in ("draftEditor", "checklistView", "findingsView", "platformSelector",
                 "charCounter", "approveCopyButton"):
        assert window.findChild(QWidget, name) is not None, name


def ime_commit(widget, text: str, preedit_first: bool = True) -> None:
    """Input the way a Japanese IME does: a preedit (uncommitted) string,
    then the committed text."""
    if preedit_first:
        QApplication.sendEvent(widget, QInputMethodEvent(text, []))
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_typing_is_checked_and_underlined_after_emoji(qtbot, window):
    window.editor.setFocus()
    # QTest types ASCII keys only; Japanese comes from the IME anyway.
    ime_commit(window.editor, "😡😡あいつは")
    qtbot.keyClicks(window.editor, "OK ")
    qtbot.keyClick(window.editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(window.editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(window.editor, Qt.Key.Key_Backspace)
    ime_commit(window.editor, "バカだ")
    assert window.editor.text() == "😡😡あいつはバカだ"
    wait_checked(qtbot, window)
    f = finding(window, "5.6.1")
    assert (f.start, f.end) == (6, 8)
    # The wavy underline covers exactly バカ although each emoji is two UTF-16 units.
    assert ("バカ", QTextCharFormat.UnderlineStyle.WaveUnderline, "#d32f2f") in underlined(window)


def test_underline_after_surrogate_kanji_and_zero_width_space(qtbot, window):
    set_text(qtbot, window, "𠮷野家の店員、バ\u200bカすぎ")
    f = finding(window, "5.6.1")
    assert f.excerpt == "バ\u200bカ"
    assert "バ\u200bカ" in [u[0] for u in underlined(window)]


def test_pasting_crlf_text_keeps_positions(qtbot, window):
    QGuiApplication.clipboard().setText("一行目\r\n👨‍👩‍👧 二行目はクズ\r\n")
    window.editor.paste()
    assert window.editor.text() == "一行目\n👨‍👩‍👧 二行目はクズ\n"
    wait_checked(qtbot, window)
    assert "クズ" in [u[0] for u in underlined(window)]


def test_severity_colours(qtbot, window):
    set_text(qtbot, window, "あの人はバカ。パスワードは abc12345! です")
    colours = {f.severity: c for f in window.visible_findings
               for text, _style, c in underlined(window) if text == f.excerpt}
    assert colours.get("error") == "#d32f2f"


def test_tooltip_shows_message_clause_and_suggestions(qtbot, window):
    set_text(qtbot, window, "😡あいつはバカだ")
    f = finding(window, "5.6.1")
    mark = window.editor.mark_for(f)
    tip = window.editor.tooltip_at(mark.start)
    assert f.message in tip
    assert "ガイドライン5(6)①" in tip and "誹謗中傷" in tip
    assert all(s in tip for s in f.suggestions)
    assert window.editor.tooltip_at(0) == ""  # on the emoji: nothing
    # A real hover event over the underlined word shows it.
    cursor = window.editor.textCursor()
    cursor.setPosition(mark.start + 1)
    rect = window.editor.cursorRect(cursor)
    point = QPoint(rect.x() - 2, rect.center().y())
    event = QHelpEvent(QEvent.Type.ToolTip, point, window.editor.viewport().mapToGlobal(point))
    QApplication.sendEvent(window.editor.viewport(), event)
    assert QToolTip.isVisible()
    assert "ガイドライン5(6)①" in QToolTip.text()


def test_quick_fix_then_undo(qtbot, window):
    original = "😡あいつはバカだ"
    set_text(qtbot, window, original)
    f = finding(window, "5.6.1")
    menu = window.editor.build_context_menu(window.editor.mark_for(f).start)
    fixes = [a for a in menu.actions() if a.objectName() == "quickFixAction" and a.isEnabled()]
    delete = [a for a in fixes if "削除" in a.text()]
    assert delete, [a.text() for a in menu.actions()]
    delete[0].trigger()
    assert window.editor.text() == "😡あいつはだ"
    wait_checked(qtbot, window)
    assert not [x for x in window.visible_findings if x.item == "5.6.1"]
    window.editor.undo()  # one step
    assert window.editor.text() == original
    wait_checked(qtbot, window)
    assert finding(window, "5.6.1")


def test_context_menu_standard_actions_stay(qtbot, window):
    set_text(qtbot, window, "あいつはバカだ")
    menu = window.editor.build_context_menu(window.editor.mark_for(finding(window, "5.6.1")).start)
    names = [a.objectName() for a in menu.actions()]
    assert "dismissAction" in names and "allowAction" in names
    assert any(a.text().startswith("元に戻す") or "Undo" in a.text() for a in menu.actions())


def test_zoom_shortcuts_change_font_size(qtbot, window):
    size = window.editor.font().pointSizeF()
    window.act_zoom_in.trigger()
    assert window.editor.font().pointSizeF() > size
    window.act_zoom_out.trigger()
    window.act_zoom_out.trigger()
    assert window.editor.font().pointSizeF() < size
    window.act_zoom_reset.trigger()
    assert window.editor.font().pointSizeF() == size
    assert window.act_zoom_in.shortcuts()[0].toString() == "Ctrl++"


def test_undo_redo_and_shortcuts(qtbot, window):
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "Yamaga")
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.text() == ""
    qtbot.keyClick(window.editor, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.text() == "Yamaga"
    keys = {a.objectName(): a.shortcut().toString() for a in window.findChildren(type(window.act_new))
            if a.objectName()}
    assert keys["actionNew"] == "Ctrl+N" and keys["actionOpen"] == "Ctrl+O"
    assert keys["actionSave"] == "Ctrl+S" and keys["actionFind"] == "Ctrl+F"
    assert keys["actionRedo"] == "Ctrl+Y"


def test_find_and_replace_all_is_one_undo_step(qtbot, window):
    set_text(qtbot, window, "バカ、またバカ。")
    window.show_find()
    dialog = window.find_dialog
    dialog.find_edit.setText("バカ")
    dialog.replace_edit.setText("困った人")
    assert dialog.find()
    assert window.editor.textCursor().selectedText() == "バカ"
    assert dialog.replace_all() == 2
    assert window.editor.text() == "困った人、また困った人。"
    window.editor.undo()
    assert window.editor.text() == "バカ、またバカ。"
    dialog.find_edit.setText("見つからない語")
    assert not dialog.find()
    assert "見つかりません" in dialog.status.text()
    dialog.close()
