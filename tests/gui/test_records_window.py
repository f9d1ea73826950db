"""確認してコピー writes a review record through the SQLite store (record
first, then the clipboard); the 記録 menu lists records and exports them."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import subprocess
import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog

from yamaga_desk import __version__
from yamaga_desk.review import ItemReview, ReviewRecord
from yamaga_desk.ruleset.loader import load_checklist
from gui_helpers import finding, set_text, tick_all, wait_checked

JST = dt.timezone(dt.timedelta(hours=9))


@pytest.fixture
def store_window(qtbot):
    """The window as the app builds it: records go to its own store."""
    from yamaga_desk.gui import MainWindow

    win = MainWindow()
    win.checker.set_debounce(20)
    qtbot.addWidget(win)
    win.show()
    wait_checked(qtbot, win)
    yield win
    win.checker.wait_idle()


def add_record(store, text: str, when: dt.datetime, platform: str = "x"):
    items = tuple(ItemReview(i.id, "clear", True) for i in load_checklist())
    return store.records.record(ReviewRecord(text, platform, items, created_at=when, user="kouhou01"))


def test_approve_and_copy_writes_the_record_with_every_field(qtbot, store_window, dialog_log):
    from yamaga_desk.store import open_store
    from yamaga_desk.store.records import rules_version_of, windows_user
    from yamaga_desk.engine import get_engine

    win = store_window
    text = "山鹿灯籠まつりは8月です。😊\nあいつはバカだ。"
    set_text(qtbot, win, text)
    win.platform_bar.set_platform("facebook")
    wait_checked(qtbot, win)
    insult = finding(win, "5.6.1")
    dialog_log.reason = "方言の引用"
    win.dismiss_finding(insult)
    dialog_log.reason = "台詞の引用"
    tick_all(win)
    QGuiApplication.clipboard().setText("前の内容")
    before = dt.datetime.now().astimezone()
    qtbot.mouseClick(win.approve_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text

    with open_store() as store:  # what a supervisor's export reads
        [rec] = store.records.list()
    r = rec.review
    assert r.text == text and rec.intact
    assert rec.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert r.platform == "facebook"
    assert len(r.items) == 16 and all(i.ticked for i in r.items)
    statuses = {i.item: i.status for i in r.items}
    assert set(statuses.values()) <= {"flagged", "review", "clear"}
    assert statuses == {e.item: e.status for e in get_engine().statuses(win.visible_findings)}
    assert [(d.rule, d.excerpt, d.reason) for d in r.dismissed] == [(insult.rule, "バカ", "方言の引用")]
    assert r.app_version == __version__
    assert r.rules_version == rules_version_of(get_engine().ruleset.files)
    assert re.fullmatch(r"[0-9a-f]{12}", r.rules_version)
    assert r.user == windows_user() and r.user
    assert before - dt.timedelta(seconds=1) <= r.created_at <= dt.datetime.now().astimezone()
    assert rec.draft_uid == win.session.draft.uid
    # The drafts panel shows the draft as approved.
    assert win.drafts_panel.row_texts()[0][3] == "確認済み"
    assert "確認の記録を残しました" in win.statusBar().currentMessage()


def test_a_flagged_item_confirm_reason_is_in_the_record(qtbot, store_window, dialog_log):
    win = store_window
    set_text(qtbot, win, "あいつはバカだ。")
    dialog_log.reason = "台詞の引用のため"
    tick_all(win)
    assert win.approve_and_copy()
    [rec] = win.store.records.list()
    by_item = {i.item: i for i in rec.review.items}
    assert by_item["5.6.1"].status == "flagged" and by_item["5.6.1"].reason == "台詞の引用のため"


def test_record_failure_blocks_the_copy(qtbot, store_window, dialog_log):
    win = store_window
    set_text(qtbot, win, "本日は晴天です。")
    tick_all(win)
    win.store.conn.execute("PRAGMA query_only = ON")  # the database refuses every write
    QGuiApplication.clipboard().setText("前の内容")
    assert win.approve_and_copy() is False
    assert QGuiApplication.clipboard().text() == "前の内容"
    title, message = dialog_log.errors[-1]
    assert title == "記録できませんでした" and "コピーしていません" in message
    assert "データベースに書き込めませんでした" in message
    win.store.conn.execute("PRAGMA query_only = OFF")
    assert win.store.records.list() == []
    assert win.editor.text() == "本日は晴天です。"


# -- the 記録 menu ----------------------------------------------------------------------


def test_export_csv_from_the_menu_with_a_date_filter(qtbot, store_window, dialog_log, tmp_path, monkeypatch):
    win = store_window
    add_record(win.store, "七月の投稿", dt.datetime(2025, 7, 31, 23, 0, tzinfo=JST))
    add_record(win.store, "=八月の投稿", dt.datetime(2025, 8, 1, 9, 0, tzinfo=JST), "line")
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (asked.append(a[2]), (str(tmp_path / "八月分"), ""))[1])
    dialog_log.since_answer = (True, dt.date(2025, 8, 1))
    win.act_export_csv.trigger()
    out = tmp_path / "八月分.csv"
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    text = data.decode("utf-8-sig")
    assert "'=八月の投稿" in text and "七月の投稿" not in text and "LINE" in text
    assert asked[0].endswith(".csv")
    [(title, message)] = dialog_log.infos
    assert title == "書き出しました"
    assert message == f"確認記録 1 件（2025/08/01 以降）を {out} に書き出しました。"


def test_export_cancelled_or_empty_writes_nothing(qtbot, store_window, dialog_log, tmp_path, monkeypatch):
    win = store_window
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "x.csv"), ""))
    win.act_export_csv.trigger()  # no records yet
    assert dialog_log.infos[-1][0] == "書き出す記録がありません"
    add_record(win.store, "一件", dt.datetime(2025, 8, 1, 9, 0, tzinfo=JST))
    dialog_log.since_answer = (False, None)  # cancelled the range question
    win.act_export_csv.trigger()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))  # cancelled the file
    dialog_log.since_answer = (True, None)
    win.act_export_csv.trigger()
    assert not (tmp_path / "x.csv").exists() and not dialog_log.errors


def test_export_to_a_folder_that_is_gone_says_so(qtbot, store_window, dialog_log, tmp_path, monkeypatch):
    win = store_window
    add_record(win.store, "一件", dt.datetime(2025, 8, 1, 9, 0, tzinfo=JST))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "ない" / "記録.csv"), ""))
    assert win.export_records("csv") is None
    title, message = dialog_log.errors[-1]
    assert title == "CSVを書き出せません" and "書き込めませんでした" in message


def test_records_dialog_lists_filters_and_exports_pdf(qtbot, store_window, dialog_log, tmp_path, monkeypatch):
    win = store_window
    add_record(win.store, "七月の投稿", dt.datetime(2025, 7, 31, 10, 0, tzinfo=JST))
    add_record(win.store, "【お知らせ】八月の投稿\n二行目", dt.datetime(2025, 8, 2, 10, 0, tzinfo=JST), "facebook")
    win.findChild(QAction, "actionRecords").trigger()
    dialog = win.records_dialog
    assert dialog.objectName() == "recordsDialog" and dialog.isVisible()
    table = dialog.table
    assert table.rowCount() == 2
    assert [table.item(1, c).text() for c in (2, 3, 4, 6)] == ["kouhou01", "Facebook", "16/16", "【お知らせ】八月の投稿"]
    assert dialog.text.toPlainText().startswith("【お知らせ】八月の投稿\n二行目")  # newest selected
    dialog.since.set_value(dt.date(2025, 8, 1))
    assert table.rowCount() == 1 and dialog.info.text() == "1 件（2025/08/01 以降）"

    out = tmp_path / "記録票.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert out.read_bytes().startswith(b"%PDF")
    assert dialog_log.infos[-1][1] == f"確認記録 1 件（1 ページ）（2025/08/01 以降）を {out} に書き出しました。"
    if shutil.which("pdftotext"):
        page = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        page = unicodedata.normalize("NFKC", page)  # Qt writes some kanji as radicals (⽉ for 月)
        assert "八月の投稿" in page and "七月の投稿" not in page


def test_records_are_read_only_in_the_window(qtbot, store_window):
    add_record(store_window.store, "一件", dt.datetime(2025, 8, 1, 9, 0, tzinfo=JST))
    dialog = store_window.show_records()
    assert dialog.table.editTriggers() == dialog.table.EditTrigger.NoEditTriggers
    assert dialog.text.isReadOnly()


def test_the_app_as_started_records_into_its_database(qtbot, monkeypatch):
    """`yamaga-desk` (cli.cmd_gui -> app.run) gives the window the store's records."""
    import argparse

    from PySide6.QtWidgets import QApplication

    from yamaga_desk.gui import MainWindow
    from yamaga_desk.gui import app as app_module
    from yamaga_desk.store.db import default_db_path

    seen = {}

    class StartedApp:
        """The event loop, as far as run() is concerned: look at the window, close it."""

        def exec(self):
            [win] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
            seen["recorder is the store's"] = win.recorder is win.store.records
            seen["database"] = win.store.path
            win.close()
            return 0

    # Not the real app.exec(): a finished QApplication event loop inside the
    # test process leaves later tests' background checks undelivered.
    monkeypatch.setattr(app_module, "create_application", lambda argv=None: StartedApp())
    assert app_module.run(argparse.Namespace()) == 0
    assert seen == {"recorder is the store's": True, "database": default_db_path()}
