"""Start the desktop app: `yamaga-desk` (no arguments) or `yamaga-desk gui [FILE]`.

    --open FILE          open FILE (same as the positional FILE)
    --screenshot OUT.png open, wait until the check is done, save a PNG of
                         the window and exit (for docs and scripts)
"""

from __future__ import annotations

import sys
import tempfile
import threading
from pathlib import Path

SCREENSHOT_TIMEOUT_MS = 60000
SCREENSHOT_SIZE = (1200, 760)


def _preload_in_background() -> None:
    """Load the dictionary, the rules and the learned model while the window
    is already shown."""

    def work() -> None:
        try:
            from ..analysis.tokenizer import preload
            from ..engine import get_engine
            from ..learned.sentence_model import shipped_model

            preload()
            get_engine()
            # On a first start (no start-up cache yet) reading the model file
            # holds the GIL ~45 ms in json.loads: done here, before any typing,
            # not inside the first check of a pasted draft.
            shipped_model()
        except Exception:  # the first check will report it properly
            pass

    threading.Thread(target=work, name="yamaga-preload", daemon=True).start()


def create_application(argv: list[str] | None = None):
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    from .look import app_icon, ui_font

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("YamagaDesk")
    app.setApplicationDisplayName("山鹿市 SNS投稿チェッカー")
    app.setOrganizationName("YamagaCity")
    app.setWindowIcon(app_icon())
    app.setFont(ui_font(app.font()))
    # Qt's own texts (context menu 元に戻す/コピー, file dialogs) in Japanese.
    translator = QTranslator(app)
    if translator.load(QLocale(QLocale.Language.Japanese), "qtbase", "_",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
        app._yamaga_translator = translator  # keep it alive
    return app


def run(args, recorder=None) -> int:
    """`recorder`: where review records go; default the store's own records
    (the SQLite database in the data folder, see yamaga_desk.store)."""
    from .crash_log import install as install_crash_log
    install_crash_log()  # no console (pythonw, Start menu): errors and crashes go to a log file
    open_file = getattr(args, "open_file", None) or getattr(args, "file", None)
    screenshot = getattr(args, "screenshot", None)
    app = create_application()
    _preload_in_background()
    # Building the window reads only the checklist; rule files with problems
    # are reported in the status bar with the first result, never fatal.
    from ..store import open_store
    from .main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="yamaga-screenshot-", ignore_cleanup_errors=True) as scratch:
        # A screenshot neither shows nor touches the user's own drafts.
        store = open_store(Path(scratch) / "screenshot.sqlite3") if screenshot else open_store()
        try:
            window = MainWindow(recorder=recorder if recorder is not None else store.records, store=store)
            if screenshot:
                # Same picture on every machine: a fixed size, and the user's saved
                # layout neither used nor overwritten.
                window.keep_settings = False
                window.resize(*SCREENSHOT_SIZE)
                window.splitter.setSizes([640, 560])
            window.show()
            if open_file and not window.open_file(open_file, ask_save=False) and screenshot:
                print(f"yamaga-desk: {open_file} を開けませんでした", file=sys.stderr)
                window.close()
                return 2
            if screenshot:
                return _screenshot(app, window, Path(screenshot))
            return app.exec()
        finally:
            store.close()
            _remember_compiled_rules()


def _remember_compiled_rules() -> None:
    """Keep the regexes this session compiled for the next start (the
    command line does the same after a check; see lazy_regex.py).  Only
    writes when something is new; never fails the exit."""
    try:
        from ..startup_cache import cache

        cache().save()
    except Exception:  # the cache only ever saves time
        pass


def _screenshot(app, window, out: Path) -> int:
    from PySide6.QtCore import QElapsedTimer, QEventLoop

    timer = QElapsedTimer()
    timer.start()
    while (window.is_checking() or window.report is None) and timer.elapsed() < SCREENSHOT_TIMEOUT_MS:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    if window.is_checking() or window.report is None:
        print("yamaga-desk: チェックが時間内に終わらなかったため、画面を保存しませんでした", file=sys.stderr)
        return 2
    for _ in range(5):  # let the last layout and paint happen
        app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out), "PNG"):
        print(f"yamaga-desk: {out} に保存できませんでした", file=sys.stderr)
        return 2
    window.editor.document().setModified(False)  # a screenshot run never asks to save
    window.close()
    return 0
