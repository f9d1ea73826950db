"""Offline by construction, stale results, a broken rule, a huge paste, and
the screenshot hook."""

from __future__ import annotations

import socket
import threading
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from yamaga_desk.engine import reload_rules
from yamaga_desk.validators import VALIDATORS
from gui_helpers import finding, set_text, tick_all, wait_checked


def test_whole_window_works_with_every_socket_refused(qtbot, monkeypatch, tmp_path, recorder, dialog_log):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("テスト: ネットワークは使えません")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    reload_rules()
    from yamaga_desk.gui import MainWindow

    draft = tmp_path / "draft.txt"
    draft.write_text("詳しくは https://www.city.yamaga.kumamoto.jp/ をご覧ください。\n", encoding="utf-8")
    win = MainWindow(recorder=recorder)
    win.checker.set_debounce(20)
    qtbot.addWidget(win)
    win.show()
    assert win.open_file(draft)
    win.editor.moveCursor(win.editor.textCursor().MoveOperation.End)
    win.editor.insertPlainText("あいつはバカだ。")
    wait_checked(qtbot, win)
    assert finding(win, "5.6.1")
    dialog_log.reason = "確認済み"
    tick_all(win)
    qtbot.mouseClick(win.approve_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == win.editor.text()
    assert len(recorder.records) == 1
    assert attempts == []  # nothing even tried to connect
    win.checker.wait_idle()


def test_a_failing_rule_is_skipped_and_shown_in_the_status_bar(qtbot, window, monkeypatch):
    from yamaga_desk import paths

    def broken(doc):
        raise RuntimeError("壊れた検出器")
        yield  # pragma: no cover

    monkeypatch.setitem(VALIDATORS, "broken_for_test", broken)
    user_rules = paths.user_config_dir() / "rules"
    user_rules.mkdir(parents=True, exist_ok=True)
    (user_rules / "broken.toml").write_text(
        '[[rule]]\nid = "broken-test-rule"\nitem = "5.3"\nseverity = "error"\n'
        'message = "テスト用"\nvalidator = "broken_for_test"\n'
        '[rule.examples]\nmatch = ["x"]\nno_match = ["y"]\n', encoding="utf-8")
    reload_rules()
    set_text(qtbot, window, "あいつはバカだ。")
    assert "broken-test-rule" in window.statusBar().currentMessage()
    assert "飛ばしました" in window.statusBar().currentMessage()
    assert finding(window, "5.6.1")  # every other rule still ran
    window.editor.insertPlainText("それにクズだ。")  # and the editor keeps working
    wait_checked(qtbot, window)
    assert len([f for f in window.visible_findings if f.item == "5.6.1"]) == 2


def test_stale_result_is_discarded(qtbot, window, monkeypatch):
    """A check that finishes after the text changed again must not paint."""
    from yamaga_desk.gui import checker_worker

    release = threading.Event()
    real = checker_worker.run_check
    seen = []

    def slow_first(text, platform):
        seen.append(text)
        if len(seen) == 1:
            release.wait(10)
        return real(text, platform)

    monkeypatch.setattr(checker_worker, "run_check", slow_first)
    window.editor.setPlainText("あいつはバカだ")
    qtbot.waitUntil(lambda: len(seen) == 1)  # the first check is running
    window.editor.setPlainText("本日は晴天です")
    applied = []
    window.checkApplied.connect(lambda: applied.append(window.report.text))
    release.set()
    wait_checked(qtbot, window)
    assert applied == ["本日は晴天です"]
    assert window.visible_findings == [] and window.editor.extraSelections() == []
    assert seen == ["あいつはバカだ", "本日は晴天です"]


def test_typing_goes_on_while_a_huge_paste_is_checked(qtbot, window, monkeypatch):
    from yamaga_desk.gui import checker_worker

    started, release = threading.Event(), threading.Event()
    real = checker_worker.run_check

    def held(text, platform):
        if len(text) > 50000:
            started.set()
            release.wait(20)  # the check of the paste is still running ...
        return real(text, platform)

    monkeypatch.setattr(checker_worker, "run_check", held)
    line = "山鹿市からのお知らせです。今日の窓口は混雑しています。\n"
    QGuiApplication.clipboard().setText(line * (100000 // len(line) + 1))
    window.editor.paste()
    assert len(window.editor.text()) > 100000
    qtbot.waitUntil(started.is_set)
    # ... and the author types: every key lands at once.
    qtbot.keyClicks(window.editor, "typing")
    assert window.editor.text().endswith("typing")
    assert window.is_checking() and not window.approve_button.isEnabled()
    release.set()
    wait_checked(qtbot, window, timeout=60000)
    assert window.report.text.endswith("typing")


def test_screenshot_hook_opens_checks_saves_and_exits_0(qtbot, tmp_path):
    from PySide6.QtGui import QImage

    from yamaga_desk.gui.app import run

    draft = tmp_path / "draft.txt"
    draft.write_text("【お知らせ】あいつはバカだ。\n", encoding="utf-8")
    out = tmp_path / "shot.png"
    assert run(SimpleNamespace(file=None, open_file=str(draft), screenshot=str(out))) == 0
    image = QImage(str(out))
    assert image.width() >= 800 and image.height() >= 500


def test_screenshot_of_an_unreadable_file_fails_cleanly(qtbot, tmp_path, capsys):
    from yamaga_desk.gui.app import run

    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02")
    assert run(SimpleNamespace(file=None, open_file=str(bad), screenshot=str(tmp_path / "x.png"))) == 2
    assert not (tmp_path / "x.png").exists()


def test_a_broken_rule_file_is_reported_and_the_rest_works(qtbot, window):
    from yamaga_desk import paths

    user_rules = paths.user_config_dir() / "rules"
    user_rules.mkdir(parents=True, exist_ok=True)
    (user_rules / "typo.toml").write_text('[[rule]]\nid = "x"\nitem = = "5.3"\n', encoding="utf-8")
    reload_rules()
    set_text(qtbot, window, "あいつはバカだ。")
    message = window.statusBar().currentMessage()
    assert "規則ファイルに問題が 1 件" in message and "typo.toml:3" in message
    assert finding(window, "5.6.1")


def test_a_long_paste_is_underlined_on_screen_before_the_whole_draft_is_checked(qtbot, window, monkeypatch):
    """The lines on screen get their underlines while the check of the rest
    of a 60,000-character paste is still running; the full report then
    replaces them and fills the checklist."""
    from yamaga_desk.gui import checker_worker

    release = threading.Event()
    real = checker_worker.run_check
    whole = []

    def held(text, platform):
        if len(text) > 50000:  # the whole draft, not the on-screen part
            whole.append(text)
            release.wait(20)
        return real(text, platform)

    monkeypatch.setattr(checker_worker, "run_check", held)
    top = "窓口に来たじいさん、マジでﾊﾞｶなの？😡\n\n"
    filler = "山鹿市からのお知らせです。今日の窓口は混雑しています。\n\n"
    tail = "最後の段落、あいつはクズだ。"
    QGuiApplication.clipboard().setText(top + filler * (60000 // len(filler)) + tail)
    window.editor.paste()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.Start)
    qtbot.waitUntil(lambda: bool(whole))  # the full check has started, so the partial one is done
    qtbot.waitUntil(lambda: bool(window.editor.extraSelections()))
    marks = window.editor.marks()
    assert "ﾊﾞｶ" in [m.finding.excerpt for m in marks]
    assert all(m.finding.end <= len(top) for m in marks)  # on screen only; the tail is far below
    assert window.is_checking() and window.report.text != window.editor.text()
    assert window.check_state.text() == "チェック中…"  # the checklist waits for the whole draft
    release.set()
    wait_checked(qtbot, window, timeout=60000)
    excerpts = [m.finding.excerpt for m in window.editor.marks()]
    assert "ﾊﾞｶ" in excerpts and "クズ" in excerpts
    assert window.report.findings == real(window.editor.text(), window.platform()).findings


def test_typing_in_a_long_draft_checks_only_once_per_pause(qtbot, window, monkeypatch):
    """No on-screen-first step while typing: the paragraph cache already makes it quick."""
    from yamaga_desk.gui import checker_worker

    filler = "山鹿市からのお知らせです。今日の窓口は混雑しています。\n\n"
    set_text(qtbot, window, filler * (30000 // len(filler)))
    wait_checked(qtbot, window, timeout=60000)
    calls = []
    real = checker_worker.run_check
    monkeypatch.setattr(checker_worker, "run_check", lambda t, p: calls.append(len(t)) or real(t, p))
    qtbot.keyClicks(window.editor, "a")
    wait_checked(qtbot, window, timeout=60000)
    assert calls == [len(window.editor.text())]
