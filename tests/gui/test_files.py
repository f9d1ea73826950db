"""New / open / save, encodings and line endings, unsaved changes, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from gui_helpers import finding, wait_checked


def test_open_cp932_crlf_file_and_save_back_as_utf8_crlf(qtbot, window, tmp_path):
    path = tmp_path / "下書き.txt"
    path.write_bytes("山鹿灯籠まつり\r\nあいつはバカだ\r\n".encode("cp932"))
    assert window.open_file(path)
    assert window.editor.text() == "山鹿灯籠まつり\nあいつはバカだ\n"
    assert "Shift_JIS" in window.statusBar().currentMessage()
    wait_checked(qtbot, window)
    assert finding(window, "5.6.1").excerpt == "バカ"
    assert window.windowTitle().startswith("下書き.txt")
    window.editor.appendPlainText("追記")
    assert window.isWindowModified()
    assert window.save()
    assert path.read_bytes() == "山鹿灯籠まつり\r\nあいつはバカだ\r\n\r\n追記".encode("utf-8")
    assert not window.isWindowModified()
    assert str(path.resolve()) in window.settings.recent_files()


def test_undecodable_file_gives_japanese_message_and_loses_nothing(qtbot, window, tmp_path, dialog_log):
    window.editor.insertPlainText("書きかけの大事な下書き")
    bad = tmp_path / "壊れた.txt"
    bad.write_bytes("下書き".encode("cp932") + b"\x82")  # cut in the middle of a character
    assert window.open_file(bad) is False
    [(title, message)] = dialog_log.errors
    assert title == "ファイルを開けません"
    assert "文字コードを判別できません" in message and "壊れた.txt" in message
    assert "そのまま残っています" in message
    assert window.editor.text() == "書きかけの大事な下書き"
    assert window.editor.document().isModified()
    assert window.file_path is None


def test_binary_and_missing_files(qtbot, window, tmp_path, dialog_log):
    binary = tmp_path / "画像.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert not window.open_file(binary)
    assert not window.open_file(tmp_path / "ない.txt")
    assert not window.open_file(tmp_path)
    messages = [m for _t, m in dialog_log.errors]
    assert "テキストファイルではありません" in messages[0]
    assert "見つかりません" in messages[1]
    assert "フォルダー" in messages[2]


def test_untitled_draft_closes_without_a_prompt_and_is_kept(qtbot, window, dialog_log):
    window.editor.insertPlainText("まだファイルにしていない文")
    assert window.close()
    assert dialog_log.save_prompts == [] and dialog_log.unstored_prompts == []
    from yamaga_desk.store import open_store

    with open_store() as store:
        assert store.drafts.last_open().text == "まだファイルにしていない文"


def test_a_file_with_unsaved_changes_prompts_on_close_and_new(qtbot, window, dialog_log, tmp_path):
    path = tmp_path / "お知らせ.txt"
    path.write_text("元の文", encoding="utf-8")
    assert window.open_file(path)
    window.editor.appendPlainText("追記した文")
    dialog_log.save_answer = "cancel"
    assert not window.close()
    assert window.isVisible() and dialog_log.save_prompts == ["お知らせ.txt"]
    window.act_new.trigger()
    assert window.editor.text() == "元の文\n追記した文"  # cancelled: nothing lost
    dialog_log.save_answer = "discard"
    window.act_new.trigger()
    assert window.editor.text() == "" and window.file_path is None
    assert path.read_text(encoding="utf-8") == "元の文"
    # Not saving the file loses nothing: the draft has the text.
    assert "元の文\n追記した文" in [d.text for d in window.store.drafts.list()]


def test_save_prompt_save_writes_the_file(qtbot, window, dialog_log, tmp_path):
    path = tmp_path / "保存先.txt"
    path.write_text("一行目", encoding="utf-8")
    assert window.open_file(path)
    window.editor.appendPlainText("二行目")
    dialog_log.save_answer = "save"
    assert window.close()
    assert path.read_text(encoding="utf-8") == "一行目\n二行目"


def test_memory_only_store_offers_a_file_on_close(qtbot, recorder, dialog_log, tmp_path, monkeypatch):
    from yamaga_desk.gui import MainWindow
    from yamaga_desk.store import Store

    target = tmp_path / "退避"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    win = MainWindow(recorder=recorder, store=Store.in_memory())
    qtbot.addWidget(win)
    assert "メモリー" in win.save_state.text()
    win.editor.insertPlainText("消えては困る文")
    dialog_log.unstored_answer = "cancel"
    assert not win.close()
    dialog_log.unstored_answer = "save"
    assert win.close()
    assert "メモリー" in dialog_log.unstored_prompts[0]
    assert Path(str(target) + ".txt").read_text(encoding="utf-8") == "消えては困る文"


def test_save_failure_keeps_the_text(qtbot, window, dialog_log, tmp_path):
    window.editor.insertPlainText("消えては困る文")
    assert not window._write(tmp_path / "ないフォルダー" / "a.txt")
    assert "保存できませんでした" in dialog_log.errors[0][1]
    assert window.editor.text() == "消えては困る文" and window.editor.document().isModified()


def test_recent_files_menu(qtbot, window, tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(name, encoding="utf-8")
        window.open_file(tmp_path / name)
    labels = [a.text() for a in window.recent_menu.actions() if a.text()]
    assert labels[0].endswith("b.txt") and labels[1].endswith("a.txt")
    window.recent_menu.actions()[1].trigger()
    assert window.editor.text() == "a.txt"


def test_dropping_a_file_opens_it(qtbot, window, tmp_path):
    from PySide6.QtCore import QMimeData, QUrl

    path = tmp_path / "落とした下書き.txt"
    path.write_text("ドロップした本文", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    assert window.editor.canInsertFromMimeData(mime)
    window.editor.insertFromMimeData(mime)
    assert window.editor.text() == "ドロップした本文"
    assert window.file_path == path.resolve()
