"""Benchmark (not a test): does the window stay responsive while a
100,000-character paste is being checked?

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/gui/bench_typing_latency.py

Pastes ~100,000 characters of a flagged draft, then types one character
every 500 ms for a few seconds while checks run in the background, and
reports: how long the background check took, how long the GUI thread spent
putting a result on screen, and the longest the event loop went without
running (a 5 ms heartbeat timer) — i.e. the worst delay a keystroke saw.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Slower than the debounce, so checks of the 100k text run while typing goes on.
TYPE_EVERY_MS = 500
TYPING_SECONDS = 8.0


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="yamaga-bench-"))
    os.environ["YAMAGA_DESK_CONFIG_DIR"] = str(tmp / "config")
    os.environ["YAMAGA_DESK_DATA_DIR"] = str(tmp / "data")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    from yamaga_desk.engine import get_engine
    from yamaga_desk.gui.app import create_application
    from yamaga_desk.gui.main_window import MainWindow

    app = create_application()
    get_engine()
    win = MainWindow()
    win.keep_settings = False
    win.show()
    sample = (ROOT / "resources" / "sample-draft.txt").read_text(encoding="utf-8")
    text = (sample * (100000 // len(sample) + 1))[:100000]

    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(beat)

    apply_times: list[float] = []
    real_apply = win._apply_report

    def timed_apply() -> None:
        t = time.perf_counter()
        real_apply()
        apply_times.append(time.perf_counter() - t)

    win._apply_report = timed_apply

    def pump(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)

    QGuiApplication.clipboard().setText(text)
    t0 = time.perf_counter()
    win.editor.paste()
    paste_time = time.perf_counter() - t0
    heart.start()
    last[0] = time.perf_counter()
    typed = 0
    type_timer = QTimer()
    type_timer.setInterval(TYPE_EVERY_MS)

    def type_one() -> None:
        nonlocal typed
        win.editor.insertPlainText("あ")
        typed += 1

    type_timer.timeout.connect(type_one)
    type_timer.start()
    pump(TYPING_SECONDS)
    type_timer.stop()
    t1 = time.perf_counter()
    while win.is_checking() or win.report is None or win.report.text != win.editor.text():
        pump(0.05)
    settle = time.perf_counter() - t1
    pump(0.3)  # let the heartbeat after the last result fire
    heart.stop()
    gaps_ms = sorted(g * 1000 for g in gaps)
    print(f"text: {len(win.editor.text()):,} chars, findings on screen: {len(win.visible_findings):,}")
    print(f"paste into the editor (GUI thread): {paste_time * 1000:.0f} ms")
    print(f"typed {typed} characters during checks; last check settled {settle:.2f} s after typing stopped")
    print(f"result on screen (GUI thread, per result): "
          + ", ".join(f"{t * 1000:.0f} ms" for t in apply_times))
    print(f"event-loop gaps: median {gaps_ms[len(gaps_ms) // 2]:.1f} ms, "
          f"p95 {gaps_ms[int(len(gaps_ms) * 0.95)]:.1f} ms, max {gaps_ms[-1]:.1f} ms")
    win.editor.document().setModified(False)
    win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
