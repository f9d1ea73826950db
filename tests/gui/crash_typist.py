"""The real app, typed into by a timer; run as a child process by
test_crash_app.py, which kills it with SIGKILL mid-typing.

    python tests/gui/crash_typist.py PLATFORM

Builds the window exactly as `yamaga-desk` does (app.create_application,
MainWindow on the data folder from YAMAGA_DESK_DATA_DIR), then types one
line every LINE_MS: the number and wall-clock time as key events
(QTest.keyClicks), the Japanese as an input method commits it after 変換
(QInputMethodEvent), then Enter.  Prints "ready"
once the first line is typed and every line number after that, so the test
knows typing is under way.  Background checks run as in normal use.
"""

from __future__ import annotations

import sys
import time

LINE_MS = 60


def main() -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from yamaga_desk.gui.app import create_application
    from yamaga_desk.gui.main_window import MainWindow

    app = create_application()
    window = MainWindow()
    window.keep_settings = False
    window.show()
    window.platform_bar.set_platform(sys.argv[1])
    window.editor.setFocus()
    count = 0

    def type_line() -> None:
        nonlocal count
        count += 1
        QTest.keyClicks(window.editor, f"{count:05d} {time.time():.3f} ")
        ime = QInputMethodEvent()
        ime.setCommitString("山鹿灯籠まつり")
        QApplication.sendEvent(window.editor, ime)
        QTest.keyClick(window.editor, Qt.Key.Key_Return)
        print("ready" if count == 1 else count, flush=True)

    timer = QTimer()
    timer.timeout.connect(type_line)
    timer.start(LINE_MS)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
