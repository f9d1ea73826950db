"""Drafts in the window: autosave, reopening, the drafts panel (search,
rename, delete with undo, trash), version history, and a store that fails."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gui_helpers import stored_text, wait_checked


@pytest.fixture
def new_window(qtbot):
    """new_window() -> a MainWindow on the test's data folder (as the app starts)."""
    from yamaga_desk.gui import MainWindow

    made = []

    def make():
        win = MainWindow()
        win.checker.set_debounce(20)
        qtbot.addWidget(win)
        win.show()
        made.append(win)
        return win

    yield make
    for win in made:
        win.checker.wait_idle()


def make_draft(win, text: str, platform: str = "x") -> int:
    """A draft written and saved the way the app does it; returns its id."""
    assert win.new_draft()
    win.platform_bar.set_platform(platform)
    win.editor.setPlainText(text)
    assert win.session.flush("save")
    return win.session.draft_id


def panel_titles(win) -> list[str]:
    return [row[0] for row in win.drafts_panel.row_texts()]


# -- autosave ------------------------------------------------------------------


def test_typing_is_saved_once_typing_pauses(qtbot, window):
    draft_id = window.session.draft_id
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "Yamaga Toro Matsuri")
    window.editor.insertPlainText(" 山鹿灯籠まつり")
    # Still typing (well under a second ago): nothing written yet, and the bar says so.
    assert window.save_state.text() == "保存中…"
    assert stored_text(draft_id) == ""
    qtbot.waitUntil(lambda: stored_text(draft_id) == "Yamaga Toro Matsuri 山鹿灯籠まつり", timeout=4000)
    # The write runs on a background thread; the bar follows as soon as the
    # window hears it finished.
    qtbot.waitUntil(lambda: window.save_state.text() == "保存済み", timeout=2000)
    assert window.session.saver.saves == 1  # twenty edits, one write
    assert panel_titles(window) == ["Yamaga Toro Matsuri 山鹿灯籠まつり"]


def test_continuous_typing_is_saved_before_it_stops(qtbot, window):
    draft_id = window.session.draft_id
    typed = []

    def type_one():
        typed.append("あ")
        window.editor.insertPlainText("あ")

    start = time.monotonic()
    while time.monotonic() - start < 2.2:  # no pause longer than 100 ms
        type_one()
        qtbot.wait(100)
        if stored_text(draft_id):
            break
    saved = stored_text(draft_id)
    assert saved, "nothing was saved during 2 s of continuous typing"
    assert len(typed) - len(saved) <= 17  # at most ~1.7 s (100 ms a key) behind


def test_platform_change_alone_is_saved(qtbot, window):
    window.editor.setPlainText("LINE で送る文")
    window.platform_bar.set_platform("line")
    assert window.session.flush("save")
    assert window.store.drafts.get(window.session.draft_id).platform == "line"


# -- reopening ----------------------------------------------------------------------


def test_reopens_the_last_open_draft_with_its_platform(qtbot, new_window, dialog_log):
    first = new_window()
    a = make_draft(first, "灯籠まつりのお知らせ", "facebook")
    make_draft(first, "温泉のご案内", "line")
    assert first.switch_to_draft(a)
    first.editor.appendPlainText("追記（閉じる直前）")
    assert first.close()  # saves on close, without a question
    assert dialog_log.save_prompts == [] and dialog_log.unstored_prompts == []

    second = new_window()
    assert second.session.draft_id == a
    assert second.editor.text() == "灯籠まつりのお知らせ\n追記（閉じる直前）"
    assert second.platform() == "facebook"
    assert sorted(panel_titles(second)) == ["温泉のご案内", "灯籠まつりのお知らせ"]
    wait_checked(qtbot, second)


def test_first_start_opens_one_empty_draft_and_new_does_not_pile_up_empties(qtbot, window):
    assert window.editor.text() == "" and len(window.store.drafts.list()) == 1
    window.act_new.trigger()
    assert len(window.store.drafts.list()) == 1
    window.editor.setPlainText("一つ目")
    window.act_new.trigger()
    assert window.editor.text() == "" and len(window.store.drafts.list()) == 2


# -- the drafts panel ------------------------------------------------------------------


def test_panel_lists_title_platform_time_and_status(qtbot, window):
    make_draft(window, "\n  【お知らせ】市役所の駐車場\n工事のため", "instagram")
    window.editor.setPlainText(window.editor.text() + "あいつはバカだ")
    wait_checked(qtbot, window)
    qtbot.waitUntil(lambda: "指摘" in window.drafts_panel.row_texts()[0][3])
    title, platform, when, status = window.drafts_panel.row_texts()[0]
    assert title == "【お知らせ】市役所の駐車場"  # the first line that has text
    assert platform == "Instagram"
    now = dt.datetime.now()
    assert when in (f"{now:%H:%M}", f"{now - dt.timedelta(minutes=1):%H:%M}")  # today: the time only
    assert status.startswith("編集中・指摘")
    assert window.windowTitle().startswith("【お知らせ】市役所の駐車場")


def test_panel_search_finds_title_or_text(qtbot, window):
    make_draft(window, "灯籠まつりの交通規制\n8月15日")
    make_draft(window, "温泉のご案内\n灯籠の展示もあります")
    make_draft(window, "議会だより")
    panel = window.drafts_panel
    panel.search.setText("灯籠")
    qtbot.waitUntil(lambda: len(panel.row_texts()) == 2)
    assert sorted(panel_titles(window)) == ["温泉のご案内", "灯籠まつりの交通規制"]
    panel.search.setText("8月15日")
    qtbot.waitUntil(lambda: panel_titles(window) == ["灯籠まつりの交通規制"])
    panel.search.setText("存在しない語")
    qtbot.waitUntil(lambda: panel.row_texts() == [])
    assert panel.info.text() == "「存在しない語」を含む下書きはありません"


def test_clicking_a_draft_saves_the_open_one_first(qtbot, window):
    a = make_draft(window, "一つ目の下書き")
    b = make_draft(window, "二つ目の下書き")
    window.editor.appendPlainText("まだ自動保存されていない追記")
    panel = window.drafts_panel
    assert panel.select(a)
    item = panel.list.currentItem()
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.list.visualItemRect(item).center())
    assert window.session.draft_id == a and window.editor.text() == "一つ目の下書き"
    assert stored_text(b) == "二つ目の下書き\nまだ自動保存されていない追記"


def test_rename_and_back_to_first_line(qtbot, window, dialog_log):
    draft_id = make_draft(window, "本文の一行目\n二行目")
    dialog_log.text_answer = "灯籠まつり告知（確定版）"
    window.drafts_panel.rename_button.click()
    assert panel_titles(window) == ["灯籠まつり告知（確定版）"]
    assert window.windowTitle().startswith("灯籠まつり告知（確定版）")
    dialog_log.text_answer = ""
    assert window.rename_draft(draft_id)
    assert dialog_log.texts_asked[-1][1] == "灯籠まつり告知（確定版）"  # offered for editing
    assert panel_titles(window) == ["本文の一行目"]
    dialog_log.text_answer = None  # cancelled
    assert not window.rename_draft(draft_id)


def test_delete_to_trash_and_undo_with_ctrl_z_in_the_panel(qtbot, window):
    keep = make_draft(window, "残す下書き")
    gone = make_draft(window, "消してしまう下書き\n大事な二行目")
    window.editor.appendPlainText("削除直前の追記")
    panel = window.drafts_panel
    panel.list.setFocus()
    assert panel.select(gone)
    QTest.keyClick(panel.list, Qt.Key.Key_Delete)
    assert panel_titles(window) == ["残す下書き"]
    assert window.session.draft_id == keep and window.editor.text() == "残す下書き"
    assert "ゴミ箱に移しました" in window.statusBar().currentMessage()
    assert window.undo_delete_button.isVisible()
    assert [d.id for d in window.store.drafts.list(trash=True)] == [gone]

    QTest.keyClick(panel.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(panel_titles(window)) == ["残す下書き", "消してしまう下書き"]
    # It was the open draft: it is open again, with the text typed just before deleting.
    assert window.session.draft_id == gone
    assert window.editor.text() == "消してしまう下書き\n大事な二行目\n削除直前の追記"
    assert window.store.drafts.list(trash=True) == []
    assert not window.undo_delete_button.isVisible()


def test_undo_button_in_the_status_bar_and_deleting_the_last_draft(qtbot, window):
    only = make_draft(window, "ただ一つの下書き")
    for d in window.store.drafts.list():
        if d.id != only:
            window.store.drafts.delete(d.id)
            window.store.drafts.purge(d.id)
    window.drafts_panel.refresh()
    assert window.drafts_panel.select(only)
    window.drafts_panel.delete_button.click()
    assert window.editor.text() == "" and window.session.draft_id != only  # a new empty draft
    qtbot.mouseClick(window.undo_delete_button, Qt.MouseButton.LeftButton)
    assert window.session.draft_id == only and window.editor.text() == "ただ一つの下書き"
    # The empty stand-in draft is not left behind.
    assert panel_titles(window) == ["ただ一つの下書き"]


def test_trash_view_restore_purge_and_empty(qtbot, window, dialog_log):
    a = make_draft(window, "ゴミ箱から戻す")
    b = make_draft(window, "完全に消す")
    c = make_draft(window, "空にするときに消える")
    make_draft(window, "使っている下書き")
    for draft_id in (a, b, c):
        assert window.delete_draft(draft_id)
    panel = window.drafts_panel
    panel.trash_button.click()
    assert sorted(panel_titles(window)) == ["ゴミ箱から戻す", "完全に消す", "空にするときに消える"]
    assert panel.restore_button.isVisible() and not panel.new_button.isVisible()

    panel.select(a)
    panel.restore_button.click()
    assert "ゴミ箱から戻しました" in window.statusBar().currentMessage()
    dialog_log.confirm_answer = False
    panel.select(b)
    panel.purge_button.click()
    assert len(panel.row_texts()) == 2  # cancelled
    dialog_log.confirm_answer = True
    panel.purge_button.click()
    assert panel_titles(window) == ["空にするときに消える"]
    panel.empty_button.click()
    assert panel.row_texts() == [] and panel.info.text() == "ゴミ箱は空です"
    assert "元に戻せません" in dialog_log.confirms[-1]
    panel.trash_button.click()
    assert sorted(panel_titles(window)) == ["ゴミ箱から戻す", "使っている下書き"]
    assert {d.id for d in window.store.drafts.list(trash=True)} == set()


# -- history -----------------------------------------------------------------------------


def test_history_shows_versions_and_restoring_loses_nothing(qtbot, window):
    draft_id = make_draft(window, "第1版の本文")
    window.editor.setPlainText("第2版の本文（書き直した）")
    assert window.session.flush("save")
    dialog = window.show_history()
    assert dialog.objectName() == "historyDialog" and dialog.isVisible()
    texts = [v.text for v in dialog.versions]
    assert texts[:2] == ["第2版の本文（書き直した）", "第1版の本文"]
    assert dialog.list.item(0).text().endswith("（現在）")
    assert not dialog.restore_button.isEnabled()  # the current text is already the current text

    dialog.list.setCurrentRow(1)
    assert dialog.preview.toPlainText() == "第1版の本文"
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert window.editor.text() == "第1版の本文"
    versions = window.store.drafts.versions(draft_id)
    assert versions[0].text == "第1版の本文" and versions[0].kind == "restore"
    assert "第2版の本文（書き直した）" in [v.text for v in versions]  # still there
    assert len(dialog.versions) == len(texts) + 1 and "以前の版に戻した" in dialog.list.item(0).text()
    assert stored_text(draft_id) == "第1版の本文"
    # Ctrl+Z in the editor takes the restore back too.
    window.editor.undo()
    assert window.editor.text() == "第2版の本文（書き直した）"


# -- a database that fails ----------------------------------------------------------------


def test_corrupt_database_at_start_is_moved_aside_and_the_app_works(qtbot, new_window, dialog_log):
    from yamaga_desk.store.db import default_db_path

    db = default_db_path()
    db.parent.mkdir(parents=True)
    db.write_bytes(b"SQLite format 3\x00" + b"\xde\xad\xbe\xef" * 2000)
    win = new_window()
    qtbot.waitUntil(lambda: bool(dialog_log.notices))
    [(title, message)] = dialog_log.notices
    assert title == "下書きと確認記録の保存について"
    assert "壊れていた" in message and ".broken-" in message
    assert list(db.parent.glob("*.broken-*"))  # the damaged file is kept for IT
    assert "壊れていた" in win.statusBar().currentMessage()
    win.editor.setPlainText("壊れたあとも書ける")
    assert win.session.flush("save")
    assert stored_text(win.session.draft_id) == "壊れたあとも書ける"
    assert win.save_state.text() == "保存済み"


def _fill_disk(store):
    """Let the database grow no further: the next larger save fails as on a full disk."""
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")


def test_disk_full_keeps_the_text_and_saves_when_space_is_back(qtbot, window, monkeypatch):
    from yamaga_desk.store import autosave

    monkeypatch.setattr(autosave, "RETRY_SECONDS", 0.5)
    draft_id = window.session.draft_id
    _fill_disk(window.store)
    text = "山鹿灯籠まつりのお知らせです。" * 400  # needs new pages
    window.editor.setPlainText(text)
    qtbot.waitUntil(lambda: window.save_state.text() == "保存できません", timeout=4000)
    assert "ディスクの空きがない" in window.statusBar().currentMessage()
    assert "ディスクの空きがない" in window.save_state.toolTip()
    assert window.editor.toPlainText() == text and window.session.pending
    window.store.conn.execute("PRAGMA max_page_count = 1073741823")  # space again
    qtbot.waitUntil(lambda: window.save_state.text() == "保存済み", timeout=4000)
    assert stored_text(draft_id) == text
    assert window.statusBar().currentMessage() == "下書きを保存できました"


def test_switching_is_refused_while_the_open_draft_cannot_be_saved(qtbot, window, dialog_log):
    other = make_draft(window, "別の下書き")
    current = make_draft(window, "いまの下書き")
    _fill_disk(window.store)
    window.editor.setPlainText("保存できない長い本文。" * 500)
    assert not window.switch_to_draft(other)
    assert window.session.draft_id == current
    assert window.editor.toPlainText().startswith("保存できない長い本文。")
    title, message = dialog_log.errors[-1]
    assert "ディスクの空きがない" in message and "切り替えずに" in message
    assert window.save_state.text() == "保存できません"


def test_closing_while_the_disk_is_full_offers_a_file(qtbot, window, dialog_log, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    _fill_disk(window.store)
    text = "閉じる直前の長い本文。" * 500
    window.editor.setPlainText(text)
    dialog_log.unstored_answer = "cancel"
    assert not window.close()  # cancelled: the window and the text stay
    assert "ディスクの空きがない" in dialog_log.unstored_prompts[0]
    assert window.editor.toPlainText() == text
    target = tmp_path / "退避.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog_log.unstored_answer = "save"
    assert window.close()
    assert target.read_text(encoding="utf-8") == text


def test_a_slow_disk_never_holds_the_editor_still(qtbot, window, monkeypatch):
    """Autosave writes on a background thread: while a (slow) write runs the
    author keeps typing, and nothing typed meanwhile is lost."""
    import threading

    drafts = window.session.drafts
    real_save = drafts.save
    writing, release, threads = threading.Event(), threading.Event(), []

    def slow_save(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        if not writing.is_set():
            writing.set()
            release.wait(10)  # a disk that takes its time
        return real_save(*args, **kwargs)

    monkeypatch.setattr(drafts, "save", slow_save)
    window.editor.setFocus()
    QTest.keyClicks(window.editor, "first")
    qtbot.waitUntil(writing.is_set, timeout=5000)
    QTest.keyClicks(window.editor, " second")  # typed while the write is held up
    assert window.editor.text() == "first second"
    release.set()
    draft_id = window.session.draft_id
    qtbot.waitUntil(lambda: stored_text(draft_id) == "first second", timeout=10000)
    assert threads and not any(threads)  # no write ran on the GUI thread
