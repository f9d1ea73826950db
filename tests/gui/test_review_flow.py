"""The self-review: dismiss, allow-list, ticks and their confirmation,
確認してコピー (enabled state, clipboard, record), platform counters."""

from __future__ import annotations

import threading
import tomllib

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor

from yamaga_desk import paths
from yamaga_desk.gui.allow_list import is_allow_listable
from gui_helpers import finding, set_text, tick_all, wait_checked

INSULT = "窓口に来たあの人はバカだ。"
CLEAN = "本日は晴天です。"


def test_dismiss_hides_the_finding_and_keeps_the_reason(qtbot, window, dialog_log):
    set_text(qtbot, window, INSULT)
    f = finding(window, "5.6.1")
    assert window.checklist.status["5.6.1"] == "flagged"
    dialog_log.reason = "引用のため"
    menu = window.editor.build_context_menu(window.editor.mark_for(f).start)
    [a for a in menu.actions() if a.objectName() == "dismissAction"][0].trigger()
    assert f not in window.visible_findings
    assert window.editor.mark_for(f) is None
    assert f not in window.findings_panel.findings
    assert window.checklist.status["5.6.1"] != "flagged"  # nothing left to flag
    assert [(d.rule, d.excerpt, d.reason) for d in window.dismissed.values()] == [(f.rule, "バカ", "引用のため")]
    # Stays dismissed through later checks of this draft ...
    window.editor.appendPlainText("追記です。")
    wait_checked(qtbot, window)
    assert not [x for x in window.visible_findings if x.rule == f.rule]
    # ... and comes back on request.
    window.act_restore_dismissed.trigger()
    assert finding(window, "5.6.1")


def test_dismiss_cancelled_changes_nothing(qtbot, window, dialog_log):
    set_text(qtbot, window, INSULT)
    f = finding(window, "5.6.1")
    dialog_log.reason = None
    window.dismiss_finding(f)
    assert f in window.visible_findings and not window.dismissed


def test_allow_list_takes_effect_at_once_and_keeps_entries(qtbot, window):
    allow_file = paths.user_allow_file()
    allow_file.parent.mkdir(parents=True, exist_ok=True)
    allow_file.write_text('[allow]\nwords = ["山鹿太郎"]\n', encoding="utf-8")
    set_text(qtbot, window, INSULT)
    f = finding(window, "5.6.1")
    menu = window.editor.build_context_menu(window.editor.mark_for(f).start)
    [a for a in menu.actions() if a.objectName() == "allowAction"][0].trigger()
    wait_checked(qtbot, window)
    assert not [x for x in window.visible_findings if x.excerpt == "バカ"]
    words = tomllib.loads(allow_file.read_text(encoding="utf-8"))["allow"]["words"]
    assert words == ["山鹿太郎", "バカ"]
    assert "許可リストに追加しました" in window.statusBar().currentMessage()


def test_allow_list_never_overwrites_a_hand_edited_rule_file(qtbot, window, dialog_log):
    allow_file = paths.user_allow_file()
    allow_file.parent.mkdir(parents=True, exist_ok=True)
    original = 'disable = ["some-rule"]\n[allow]\nwords = ["山鹿太郎"]\n'
    allow_file.write_text(original, encoding="utf-8")
    set_text(qtbot, window, INSULT)
    window.allow_word(finding(window, "5.6.1"))
    assert allow_file.read_text(encoding="utf-8") == original
    assert dialog_log.errors and "自動では追加できません" in dialog_log.errors[0][1]


LEAK_SENTENCE = "未公表やけど、ゲストは歌手に決まったよ。"


def menu_names(window, f) -> list[str]:
    menu = window.editor.build_context_menu(window.editor.mark_for(f).start)
    return [a.objectName() for a in menu.actions()]


def test_allow_list_is_offered_for_a_word_but_never_for_a_sentence(qtbot, window):
    set_text(qtbot, window, INSULT + LEAK_SENTENCE)
    word = finding(window, "5.6.1")
    assert word.excerpt == "バカ"
    names = menu_names(window, word)
    assert "allowAction" in names and "dismissAction" in names
    leak = finding(window, "6.1")
    assert leak.excerpt == LEAK_SENTENCE  # the whole sentence is underlined
    names = menu_names(window, leak)
    assert "dismissAction" in names
    assert "allowAction" not in names


def test_the_word_under_the_mouse_comes_before_its_underlined_sentence(qtbot, window):
    """A word finding inside a sentence finding: the menu (and the first
    無視 action) is about the word first, the sentence after it."""
    set_text(qtbot, window, INSULT)
    word = finding(window, "5.6.1")
    marks = window.editor.marks_at(window.editor.mark_for(word).start)
    assert marks[0].finding == word
    assert [m.end - m.start for m in marks] == sorted(m.end - m.start for m in marks)


@pytest.mark.parametrize("excerpt, offered", [
    ("バカ", True),
    ("０９０-１２３４-５６７８", True),  # the city's own number, say
    ("yamaga2026!", True),  # ! inside an ASCII token ends no sentence
    ("https://www.city.yamaga.kumamoto.jp/adult-education/?page=2", True),  # a URL of any length
    (LEAK_SENTENCE, False),
    ("ゲストは歌手に決まったよ!", False),  # ASCII ! after Japanese ends a sentence
    ("本当？", False),
    ("頭\nおかしい", False),  # spans a line break
    ("うちの地区にはこれ以上来てほしくない", False),  # a clause without its full stop
])
def test_which_excerpts_count_as_words(excerpt, offered):
    assert is_allow_listable(excerpt) is offered


def test_allow_handler_refuses_a_sentence(qtbot, window, dialog_log):
    allow_file = paths.user_allow_file()
    set_text(qtbot, window, LEAK_SENTENCE)
    window.allow_word(finding(window, "6.1"))
    assert not allow_file.exists()
    assert "許可リストには追加できません" in window.statusBar().currentMessage()
    assert finding(window, "6.1")  # still flagged
    assert not dialog_log.errors


def test_ticking_a_flagged_item_asks_to_confirm(qtbot, window, dialog_log):
    set_text(qtbot, window, INSULT)
    # Cancelled: the tick does not stick.
    dialog_log.reason = None
    window.checklist.set_ticked("5.6.1", True)
    assert not window.checklist.is_ticked("5.6.1")
    assert "5(6)①" in dialog_log.reasons_asked[-1]
    # Confirmed with a reason.
    dialog_log.reason = "作中の台詞の引用です"
    window.checklist.set_ticked("5.6.1", True)
    assert window.checklist.is_ticked("5.6.1")
    assert window.checklist.reasons["5.6.1"] == "作中の台詞の引用です"
    # A clear item needs no confirmation.
    asked = len(dialog_log.reasons_asked)
    window.checklist.set_ticked("5.6.2", True)
    assert window.checklist.is_ticked("5.6.2") and len(dialog_log.reasons_asked) == asked


def test_clicking_the_checkbox_like_a_user(qtbot, window, dialog_log):
    set_text(qtbot, window, CLEAN)
    tree = window.checklist.tree
    row = window.checklist.row("5.3")
    rect = tree.visualItemRect(row)
    # The check box sits left of the icon and the text in column 0.
    for x in range(rect.left() + 2, rect.left() + 60, 4):
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, rect.center().y()))
        if window.checklist.is_ticked("5.3"):
            break
    assert window.checklist.is_ticked("5.3")


def test_status_change_clears_the_tick(qtbot, window, dialog_log):
    set_text(qtbot, window, CLEAN)
    window.checklist.set_ticked("5.6.1", True)
    window.checklist.set_ticked("5.6.2", True)
    window.editor.appendPlainText("あいつはバカだ。")
    wait_checked(qtbot, window)
    assert window.checklist.status["5.6.1"] == "flagged"
    assert not window.checklist.is_ticked("5.6.1")  # its status changed
    assert window.checklist.is_ticked("5.6.2")  # unchanged item keeps its tick
    assert "5(6)①" in window.statusBar().currentMessage()


def test_approve_button_only_with_all_16_ticked_and_a_finished_check(qtbot, window, dialog_log):
    set_text(qtbot, window, CLEAN)
    button = window.approve_button
    assert not button.isEnabled()
    items = [i.id for i in window.engine_checklist]
    assert len(items) == 16
    for item in items[:-1]:
        window.checklist.set_ticked(item, True)
    assert not button.isEnabled()
    assert "残り 1 項目" in button.toolTip()
    window.checklist.set_ticked(items[-1], True)
    assert button.isEnabled()
    # While a new check of edited text runs, nothing unchecked can be copied.
    window.editor.appendPlainText("市役所からのお知らせです。")
    assert not button.isEnabled()
    wait_checked(qtbot, window)
    assert button.isEnabled()
    window.checklist.set_ticked("6.1", False)
    assert not button.isEnabled()


def test_approve_and_copy_puts_text_on_clipboard_and_records(qtbot, window, recorder, dialog_log):
    text = "山鹿灯籠まつりは8月です。😊\nあいつはバカだ。"
    set_text(qtbot, window, text)
    window.platform_bar.set_platform("facebook")
    wait_checked(qtbot, window)
    dialog_log.reason = "台詞の引用"
    f = [x for x in window.visible_findings if x.item == "5.6.1"][0]
    tick_all(window)
    assert window.approve_button.isEnabled()
    QGuiApplication.clipboard().setText("前の内容")
    qtbot.mouseClick(window.approve_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text
    [review] = recorder.records
    assert review.text == text and review.platform == "facebook"
    by_item = {i.item: i for i in review.items}
    assert len(by_item) == 16 and all(i.ticked for i in review.items)
    assert by_item["5.6.1"].status == "flagged" and by_item["5.6.1"].reason == "台詞の引用"
    assert by_item["5.6.2"].reason == ""
    assert review.created_at.tzinfo is not None
    assert f.rule in {x.rule for x in window.report.findings}


def test_record_failure_means_no_copy(qtbot, window, dialog_log):
    class BrokenRecorder:
        def record(self, review):
            raise OSError("ディスクがいっぱいです")

    window.recorder = BrokenRecorder()
    set_text(qtbot, window, CLEAN)
    tick_all(window)
    QGuiApplication.clipboard().setText("前の内容")
    assert window.approve_and_copy() is False
    assert QGuiApplication.clipboard().text() == "前の内容"
    assert "コピーしていません" in dialog_log.errors[0][1]


def test_checklist_click_selects_the_items_next_finding(qtbot, window):
    set_text(qtbot, window, "バカだ。それにクズだ。")
    marks = sorted((m for m in window.editor.marks() if m.finding.item == "5.6.1"), key=lambda m: m.start)
    assert len(marks) == 2
    window.checklist.itemActivated.emit("5.6.1")
    assert window.editor.textCursor().selectedText() == "バカ"
    window.checklist.itemActivated.emit("5.6.1")
    assert window.editor.textCursor().selectedText() == "クズ"
    window.checklist.itemActivated.emit("5.6.1")  # wraps around
    assert window.editor.textCursor().selectedText() == "バカ"


def test_findings_list_selects_in_editor(qtbot, window):
    set_text(qtbot, window, "😀😀 あの人はバカ。パスワードは abc12345! です")
    view = window.findings_panel.view
    model = view.model()
    assert model.rowCount() == len(window.visible_findings) >= 2
    for row in range(model.rowCount()):
        view.setCurrentIndex(model.index(row, 0))
        assert window.editor.textCursor().selectedText() == window.findings_panel.findings[row].excerpt
    # Clicking the row already chosen shows its finding again after the caret moved.
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    index = model.index(0, 0)
    view.setCurrentIndex(index)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert window.editor.textCursor().selectedText() == window.findings_panel.findings[0].excerpt
    # Each row says where, which clause, the words and why.
    f = window.findings_panel.findings[0]
    assert [model.data(model.index(0, c)) for c in range(4)][2:] == [f.excerpt, f.message]
    assert model.data(model.index(0, 0)).endswith("字") and "行" in model.data(model.index(0, 0))


def test_checklist_rows_show_title_clause_status_and_count(qtbot, window):
    set_text(qtbot, window, "バカだ。それにクズだ。")
    row = window.checklist.row("5.6.1")
    assert row.text(0) == "5(6)① 誹謗中傷・不敬な言い方"
    assert row.text(1) == "2"
    tip = row.toolTip(0)
    assert "誹謗中傷や不敬な言い方を含む情報" in tip and "指摘あり" in tip
    assert "問題なし" in window.checklist.row("5.6.5").toolTip(0)


def test_platform_counter_follows_the_selected_platform(qtbot, window):
    window.platform_bar.set_platform("x")
    window.editor.setPlainText("あ" * 141)
    qtbot.waitUntil(lambda: window.platform_bar.measure.length == 282)
    counter = window.platform_bar.counter
    assert counter.objectName() == "charCounter"
    assert "282 / 280" in counter.text() and "2 超過" in counter.text()
    assert "c62828" in counter.styleSheet()
    window.platform_bar.selector.setCurrentIndex(window.platform_bar.selector.findData("line"))
    assert "141 / 500" in counter.text() and counter.styleSheet() == ""
    window.platform_bar.set_platform("instagram")
    window.editor.setPlainText(" ".join(f"#山鹿{i}" for i in range(31)))
    qtbot.waitUntil(lambda: "ハッシュタグが 31 個" in counter.text())
    window.platform_bar.set_platform("blog")
    assert "上限なし" in counter.text()


def test_items_cannot_be_ticked_before_the_first_check(qtbot, recorder, monkeypatch):
    from yamaga_desk.gui import MainWindow, checker_worker

    release = threading.Event()
    real = checker_worker.run_check
    monkeypatch.setattr(checker_worker, "run_check",
                        lambda text, platform: (release.wait(10), real(text, platform))[1])
    win = MainWindow(recorder=recorder)
    qtbot.addWidget(win)
    row = win.checklist.row("5.3")
    assert not (row.flags() & Qt.ItemFlag.ItemIsUserCheckable)
    assert "チェック中" in row.toolTip(0)
    assert not win.approve_button.isEnabled()
    release.set()
    wait_checked(qtbot, win)
    assert row.flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_reason_dialog_returns_the_typed_reason(qtbot):
    from yamaga_desk.gui.dialogs import ReasonDialog

    dialog = ReasonDialog(None, "確認", "指摘があります", "問題ないとしてチェック")
    qtbot.addWidget(dialog)
    dialog.reason.setText("  固有名詞のため ")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.reason.text().strip() == "固有名詞のため"
