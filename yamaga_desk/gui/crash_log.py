"""A log file for the desktop app when it runs without a console.

Started from the Start menu the app runs under pythonw.exe, where
sys.stdout and sys.stderr are None: a Python traceback, a Qt warning or a
hard crash inside Qt would vanish, and the window would simply be gone.
install() sends all of them to one file in the user's data folder,

    %LOCALAPPDATA%\\YamagaDesk\\logs\\yamaga-desk.log   (paths.user_data_dir())

- hard crashes (an access violation inside Qt): faulthandler writes the
  Python stack of every thread;
- uncaught exceptions (main thread, Qt slots, other threads, "unraisable"
  ones) with their traceback.  For one in the main thread the user also
  sees a Japanese message box naming the file (at most MAX_BOXES a session;
  never from a worker thread, never when no one can see it);
- Qt's own warnings, through qInstallMessageHandler;
- the app's notices (print(..., file=sys.stderr)) and Python warnings:
  sys.stdout and sys.stderr point to the file.

Every start writes a 起動 line and every normal exit a 終了 line, so a 起動
without its 終了 is a crash or a killed process.  Over MAX_BYTES at start,
the file is moved to yamaga-desk.log.1 (one old file is kept).

With a console (python.exe in a terminal, `yamaga-desk gui` from a shell,
the tests) install() does nothing: errors show where the user already looks.
"""

from __future__ import annotations

import atexit
import datetime as dt
import faulthandler
import os
import sys
import tempfile
import threading
import traceback
from pathlib import Path

from .. import __version__, paths

LOG_NAME = "yamaga-desk.log"
MAX_BYTES = 1_000_000
MAX_BOXES = 3
TITLE = "山鹿市 SNS投稿チェッカー"
# Platforms without a screen: a modal box there would wait for a click forever.
HEADLESS_PLATFORMS = {"offscreen", "minimal"}

_active: CrashLog | None = None


def log_file() -> Path:
    return paths.user_data_dir() / "logs" / LOG_NAME


def install(force: bool = False) -> Path | None:
    """Start the log when there is no console (sys.stderr is None), or
    always with `force`.  Returns the log file, or None when errors keep
    going to the console.  Never raises: the app starts either way."""
    global _active
    if _active is not None:
        return _active.path
    if sys.stderr is not None and not force:
        return None
    for folder in (log_file().parent, Path(tempfile.gettempdir()) / "YamagaDesk" / "logs"):
        try:
            _active = CrashLog(folder / LOG_NAME)
            break
        except OSError:
            continue
    else:
        return None
    _active.start()
    return _active.path


def uninstall() -> None:
    """Undo install() (for tests; the app keeps its log until it exits)."""
    global _active
    if _active is not None:
        _active.stop()
        _active = None


def error_message(exc: BaseException, log: Path, last: bool) -> str:
    """What the user reads: what happened, what to do, where the details are."""
    what = f"{type(exc).__name__}: {exc}".strip().rstrip(":")
    if len(what) > 300:
        what = what[:300] + "…"
    text = ("予期しないエラーが発生しました。\n\n"
            f"{what}\n\n"
            "作業中の下書きがあれば保存してから、アプリを再起動してください。\n"
            "詳しい内容は次のファイルに記録しました。問い合わせの際は、このファイルを添えて"
            "情報担当へお送りください。\n\n"
            f"{log}")
    if last:
        text += "\n\nこれ以降のエラーは、画面には出さずファイルにだけ記録します。"
    return text


def show_error_box(title: str, text: str) -> None:
    """A modal error box.  Module-level so a test can replace it."""
    qt_widgets = sys.modules.get("PySide6.QtWidgets")
    app = qt_widgets.QApplication.instance() if qt_widgets else None
    if app is not None and isinstance(app, qt_widgets.QApplication):
        if app.platformName() in HEADLESS_PLATFORMS:
            return
        qt_widgets.QMessageBox.critical(None, title, text)
    elif sys.platform == "win32":
        # Before Qt is up (or when PySide6 itself failed to load): Windows' own box.
        import ctypes

        MB_ICONERROR, MB_TOPMOST = 0x10, 0x40000
        ctypes.windll.user32.MessageBoxW(None, text, title, MB_ICONERROR | MB_TOPMOST)


class CrashLog:
    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        _rotate(path)
        # Line-buffered: every line is on disk before a crash can lose it.
        self.stream = open(path, "a", encoding="utf-8", errors="backslashreplace", buffering=1)
        self.lock = threading.RLock()
        self.boxes = 0
        self.showing_box = False
        self.saved: dict = {}
        self.qt_handler_installed = False
        self.previous_qt_handler = None

    # -- writing --------------------------------------------------------------

    def write(self, text: str) -> None:
        """One timestamped entry.  Never raises: it runs inside error hooks."""
        stamp = dt.datetime.now().isoformat(sep=" ", timespec="milliseconds")
        try:
            with self.lock:
                self.stream.write(f"{stamp} [{os.getpid()}] {text.rstrip()}\n")
                self.stream.flush()
        except (OSError, ValueError):
            pass

    # -- hooks ----------------------------------------------------------------

    def start(self) -> None:
        self.saved = {
            "stdout": sys.stdout, "stderr": sys.stderr, "excepthook": sys.excepthook,
            "threading": threading.excepthook, "unraisable": sys.unraisablehook,
            "faulthandler": faulthandler.is_enabled(),
        }
        python = ".".join(str(part) for part in sys.version_info[:3])
        self.write(f"起動: Yamaga Desk {__version__}, Python {python}, {_system()}, "
                   f"{sys.executable}, args {sys.argv[1:]}")
        faulthandler.enable(self.stream, all_threads=True)
        if sys.stdout is None:
            sys.stdout = self.stream
        if sys.stderr is None:
            sys.stderr = self.stream
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        sys.unraisablehook = self._unraisablehook
        try:
            from PySide6.QtCore import qInstallMessageHandler

            self.previous_qt_handler = qInstallMessageHandler(self._qt_message)
            self.qt_handler_installed = True
        except Exception as exc:  # PySide6 broken: its import error is logged when the app imports it
            self.write(f"Qt のメッセージは記録できません: {exc!r}")
        atexit.register(self._at_exit)

    def stop(self) -> None:
        atexit.unregister(self._at_exit)
        self._restore_qt_handler()
        sys.excepthook = self.saved["excepthook"]
        threading.excepthook = self.saved["threading"]
        sys.unraisablehook = self.saved["unraisable"]
        if sys.stdout is self.stream:
            sys.stdout = self.saved["stdout"]
        if sys.stderr is self.stream:
            sys.stderr = self.saved["stderr"]
        faulthandler.disable()
        if self.saved["faulthandler"] and sys.__stderr__ is not None:
            try:
                faulthandler.enable(sys.__stderr__, all_threads=True)
            except (OSError, ValueError, RuntimeError):
                pass
        self.stream.close()

    def _at_exit(self) -> None:
        # Qt may still print while Python shuts down; a Python handler then
        # would run without an interpreter.
        self._restore_qt_handler()
        self.write("終了")

    def _restore_qt_handler(self) -> None:
        if self.qt_handler_installed:
            from PySide6.QtCore import qInstallMessageHandler

            qInstallMessageHandler(self.previous_qt_handler)
            self.qt_handler_installed = False

    def _excepthook(self, exc_type, exc, tb) -> None:
        self.write(f"捕捉されない例外（{threading.current_thread().name}）:\n"
                   + "".join(traceback.format_exception(exc_type, exc, tb)))
        if threading.current_thread() is threading.main_thread():
            self._tell_user(exc)

    def _thread_excepthook(self, args) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        self.write(f"スレッド {name} で捕捉されない例外:\n"
                   + "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)))

    def _unraisablehook(self, unraisable) -> None:
        where = f"{unraisable.err_msg or '無視された例外'}: {unraisable.object!r}"
        self.write(where + "\n" + "".join(traceback.format_exception(
            unraisable.exc_type, unraisable.exc_value, unraisable.exc_traceback)))

    def _qt_message(self, mode, context, message) -> None:
        level = getattr(mode, "name", str(mode)).removeprefix("Qt").removesuffix("Msg").lower()
        if level == "debug":
            return
        where = f" ({context.file}:{context.line})" if getattr(context, "file", None) else ""
        category = getattr(context, "category", None) or "qt"
        self.write(f"Qt {level} [{category}]: {message}{where}")

    def _tell_user(self, exc: BaseException) -> None:
        if self.showing_box or self.boxes >= MAX_BOXES:
            return  # an error while the box is open, or too many: the file has them
        self.boxes += 1
        self.showing_box = True
        try:
            show_error_box(TITLE, error_message(exc, self.path, last=self.boxes == MAX_BOXES))
        except Exception:
            self.write("エラーの画面表示に失敗しました:\n" + traceback.format_exc())
        finally:
            self.showing_box = False


def _system() -> str:
    """The OS version without the platform module: on Windows its functions
    run a WMI query (slow, and under Wine it aborts the process)."""
    if sys.platform == "win32":
        version = sys.getwindowsversion()
        return f"Windows {version.major}.{version.minor}.{version.build}"
    uname = os.uname()
    return f"{uname.sysname} {uname.release}"


def _rotate(path: Path) -> None:
    try:
        if path.stat().st_size > MAX_BYTES:
            os.replace(path, path.with_name(path.name + ".1"))
    except OSError:  # absent, or open in another copy of the app (Windows): keep appending
        pass
