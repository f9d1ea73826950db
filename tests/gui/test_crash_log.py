"""The crash/error log of the app started without a console (pythonw from the
Start menu, where sys.stdout and sys.stderr are None): errors, Qt warnings
and hard crashes end up in <data>/logs/yamaga-desk.log instead of nowhere."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from yamaga_desk.gui import crash_log


@pytest.fixture
def log_path(isolated_dirs):
    yield isolated_dirs / "data" / "logs" / "yamaga-desk.log"
    crash_log.uninstall()


@pytest.fixture
def boxes(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(crash_log, "show_error_box", lambda title, text: shown.append((title, text)))
    return shown


def run_without_console(tmp_path: Path, body: str) -> subprocess.CompletedProcess:
    """Run `body` in a fresh Python whose stdout and stderr are None, as under pythonw."""
    script = tmp_path / "no_console.py"
    script.write_text("import sys\nsys.stdout = sys.stderr = None\n" + textwrap.dedent(body), encoding="utf-8")
    env = {**os.environ, "YAMAGA_DESK_DATA_DIR": str(tmp_path / "data"),
           "YAMAGA_DESK_CONFIG_DIR": str(tmp_path / "config"), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120)


def test_with_a_console_nothing_changes(log_path):
    hook = sys.excepthook
    assert crash_log.install() is None
    assert sys.excepthook is hook
    assert not log_path.parent.exists()


def test_uncaught_error_in_the_gui_start_is_logged_without_a_console(tmp_path):
    """The wiring in app.run: a bug while building the window, under pythonw."""
    result = run_without_console(tmp_path, """
        from yamaga_desk.gui import main_window

        class BrokenWindow:
            def __init__(self, *args, **kwargs):
                raise RuntimeError("窓を作れません（試験）")

        main_window.MainWindow = BrokenWindow
        from yamaga_desk.cli import main
        sys.exit(main(["gui"]))
    """)
    assert result.returncode == 1
    log = (tmp_path / "data" / "logs" / "yamaga-desk.log").read_text(encoding="utf-8")
    assert "起動: Yamaga Desk" in log
    assert "捕捉されない例外" in log
    assert "RuntimeError: 窓を作れません（試験）" in log
    assert "in __init__" in log  # the traceback, not only the message


def test_hard_crash_leaves_the_python_stack_in_the_log(tmp_path):
    result = run_without_console(tmp_path, """
        import faulthandler
        from yamaga_desk.gui import crash_log

        crash_log.install()

        def set_plain_text_inside_qt():
            faulthandler._sigsegv()

        set_plain_text_inside_qt()
    """)
    assert result.returncode != 0
    log = (tmp_path / "data" / "logs" / "yamaga-desk.log").read_text(encoding="utf-8", errors="replace")
    assert "Fatal Python error" in log or "fatal exception" in log
    assert "set_plain_text_inside_qt" in log
    assert "終了" not in log  # a start without its normal end: the crash is visible


def test_normal_exit_is_logged(tmp_path):
    result = run_without_console(tmp_path, """
        from yamaga_desk.gui import crash_log

        crash_log.install()
        print("ファイルを保存できませんでした", file=sys.stderr)
    """)
    assert result.returncode == 0
    lines = (tmp_path / "data" / "logs" / "yamaga-desk.log").read_text(encoding="utf-8").splitlines()
    assert "起動: Yamaga Desk" in lines[0]
    assert "ファイルを保存できませんでした" in lines  # the app's notices reach the file
    assert lines[-1].endswith("終了")


def test_error_in_a_qt_slot_is_logged_and_shown_once_in_japanese(qapp, log_path, boxes, monkeypatch):
    from PySide6.QtCore import QObject, Signal

    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "stdout", None)
    assert crash_log.install() == log_path

    class Button(QObject):
        clicked = Signal()

    def broken_slot():
        raise KeyError("下書き")

    button = Button()
    button.clicked.connect(broken_slot)
    button.clicked.emit()

    log = log_path.read_text(encoding="utf-8")
    assert "KeyError: '下書き'" in log and "broken_slot" in log
    assert len(boxes) == 1
    title, text = boxes[0]
    assert title == "山鹿市 SNS投稿チェッカー"
    assert "予期しないエラーが発生しました" in text
    assert str(log_path) in text


def test_repeated_errors_stop_opening_boxes_but_are_all_logged(qapp, log_path, boxes):
    from PySide6.QtCore import QObject, Signal

    crash_log.install(force=True)

    class Timer(QObject):
        tick = Signal(int)

    def broken(n):
        raise ValueError(f"失敗 {n}")

    timer = Timer()
    timer.tick.connect(broken)
    for n in range(crash_log.MAX_BOXES + 3):
        timer.tick.emit(n)

    assert len(boxes) == crash_log.MAX_BOXES
    assert "これ以降のエラーは" in boxes[-1][1]
    log = log_path.read_text(encoding="utf-8")
    assert all(f"ValueError: 失敗 {n}" in log for n in range(crash_log.MAX_BOXES + 3))


def test_error_in_a_worker_thread_is_logged_without_a_box(qapp, log_path, boxes):
    crash_log.install(force=True)

    def load_rules():
        raise OSError("規則ファイルを読めません")

    worker = threading.Thread(target=load_rules, name="yamaga-preload")
    worker.start()
    worker.join()

    log = log_path.read_text(encoding="utf-8")
    assert "スレッド yamaga-preload で捕捉されない例外" in log
    assert "OSError: 規則ファイルを読めません" in log
    assert boxes == []  # a box may only be opened from the GUI thread


def test_qt_warnings_are_logged(qapp, log_path):
    from PySide6.QtCore import qWarning

    crash_log.install(force=True)
    qWarning("フォントが見つかりません（試験）")

    assert "Qt warning" in log_path.read_text(encoding="utf-8")
    assert "フォントが見つかりません（試験）" in log_path.read_text(encoding="utf-8")


def test_qt_messages_go_back_to_qt_after_uninstall(qapp, log_path):
    from PySide6.QtCore import qWarning

    crash_log.install(force=True)
    crash_log.uninstall()
    qWarning("ログには書かない")

    assert "ログには書かない" not in log_path.read_text(encoding="utf-8")


def test_box_is_not_opened_where_no_one_can_see_it(qapp, monkeypatch):
    """Offscreen (scripted --screenshot runs): a modal box would wait forever."""
    from PySide6.QtWidgets import QMessageBox

    opened = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: opened.append(a))
    assert qapp.platformName() == "offscreen"
    crash_log.show_error_box("題", "本文")
    assert opened == []


def test_a_large_log_is_rotated_at_start(log_path):
    log_path.parent.mkdir(parents=True)
    log_path.write_text("古い記録\n" * (crash_log.MAX_BYTES // 10), encoding="utf-8")
    assert log_path.stat().st_size > crash_log.MAX_BYTES

    crash_log.install(force=True)

    assert log_path.stat().st_size < 2000
    assert "古い記録" in log_path.with_name("yamaga-desk.log.1").read_text(encoding="utf-8")


def test_unwritable_data_folder_falls_back_to_the_temp_folder(isolated_dirs, monkeypatch, tmp_path):
    blocker = tmp_path / "data-is-a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("YAMAGA_DESK_DATA_DIR", str(blocker))
    monkeypatch.setattr(crash_log.tempfile, "gettempdir", lambda: str(tmp_path / "temp"))
    try:
        path = crash_log.install(force=True)
        assert path == tmp_path / "temp" / "YamagaDesk" / "logs" / "yamaga-desk.log"
        assert "起動" in path.read_text(encoding="utf-8")
    finally:
        crash_log.uninstall()


def test_start_line_does_not_ask_the_platform_module(log_path, monkeypatch):
    """platform.platform() and friends run a WMI query on Windows: slow, and
    under Wine it aborted pythonw before the log had a single line."""
    import platform

    def wmi_query(*_args, **_kwargs):
        raise AssertionError("platform module asked for the OS version")

    for name in ("platform", "win32_ver", "release", "version", "uname", "system"):
        monkeypatch.setattr(platform, name, wmi_query)
    crash_log.install(force=True)
    assert "起動: Yamaga Desk" in log_path.read_text(encoding="utf-8")
