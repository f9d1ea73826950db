"""GUI figures, run by benchmarks/run.py in a process of its own (needs
yamaga_desk.gui; QT_QPA_PLATFORM=offscreen works).  Prints one JSON line:

- window_s: from this script's start to the main window shown with the draft
  editor enabled (the dictionary may still be loading in the background);
- max_block_ms: the longest gap of a 5 ms heartbeat timer while 100,000
  characters are pasted and checked (how long the event loop was blocked);
- underlines_s: from the paste to the first underline in the editor (the
  paragraphs on screen are checked first);
- checked_s: from the paste to the whole draft checked (checklist filled);
  the heartbeat runs on for a second after it, so later work counts too;
- longest_blocks_ms: the five longest heartbeat gaps;
- peak_rss_mb: peak resident memory of the process with that draft open.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time

T0 = time.perf_counter()
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def peak_rss_mb() -> float:
    # Linux: VmHWM is this program's own peak.  (getrusage's ru_maxrss also
    # counts the parent's memory at the fork that started us: run.py, with
    # a megabyte of drafts checked, made the app look 160 MB bigger.)
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    try:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    except ImportError:  # Windows
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):
            _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                        ("PeakWorkingSetSize", ctypes.c_size_t), ("WorkingSetSize", ctypes.c_size_t),
                        ("QuotaPeakPagedPoolUsage", ctypes.c_size_t), ("QuotaPagedPoolUsage", ctypes.c_size_t),
                        ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t), ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
                        ("PagefileUsage", ctypes.c_size_t), ("PeakPagefileUsage", ctypes.c_size_t)]
        c = Counters()
        c.cb = ctypes.sizeof(c)
        ctypes.windll.psapi.GetProcessMemoryInfo(ctypes.windll.kernel32.GetCurrentProcess(), ctypes.byref(c), c.cb)
        return c.PeakWorkingSetSize / 2**20


def main() -> int:
    tmp = tempfile.mkdtemp()
    os.environ.setdefault("YAMAGA_DESK_CONFIG_DIR", os.path.join(tmp, "config"))
    os.environ.setdefault("YAMAGA_DESK_DATA_DIR", os.path.join(tmp, "data"))
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit

    app = QApplication.instance() or QApplication(sys.argv)
    from yamaga_desk.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    editor = window.findChild(QPlainTextEdit, "draftEditor") or window.findChild(QTextEdit, "draftEditor")
    if editor is None:
        print(json.dumps({"error": "no widget named draftEditor"}))
        return 2
    # Everything below is driven by timers inside app.exec(): in PySide6
    # 6.12 on CPython 3.11 each bare QApplication.processEvents() call drops
    # a reference to None, and a loop of them aborts the interpreter.
    import corpus

    draft = corpus.long_draft(100_000, seed=31)
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]
    state = {"window_s": None, "pasted_at": None, "underlines_s": None, "checked_s": None}
    # What the user sees: the underlines handed to Qt.  (Not editor.marks():
    # asking for the marks places every remaining one at once, which would
    # make the benchmark itself block the window.)
    underlined = editor.extraSelections

    def beat():
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(beat)
    poll = QTimer()
    poll.setInterval(10)

    def finish():
        heartbeat.stop()
        poll.stop()
        # The pasted draft is unsaved: quitting closes the window, which would
        # ask whether to save it (offscreen, nobody answers: a 90 s wait).
        editor.document().setModified(False)
        app.quit()

    def paste():
        gaps.clear()
        last[0] = clock.elapsed()
        state["pasted_at"] = time.perf_counter()
        editor.insertPlainText(draft)

    def watch():
        now = time.perf_counter()
        if state["window_s"] is None:
            if window.isVisible() and editor.isEnabled():
                state["window_s"] = now - T0
                heartbeat.start()
                # Let the dictionary finish loading in the background first:
                # the paste figure is about checking, not start-up.
                QTimer.singleShot(3000, paste)
        elif state["pasted_at"] is not None and state["underlines_s"] is None and underlined():
            state["underlines_s"] = now - state["pasted_at"]
        elif (state["underlines_s"] is not None and state["checked_s"] is None and not window.is_checking()
              and window.report is not None and window.report.text == editor.text()):
            # The whole draft is checked (checklist filled).  Keep the
            # heartbeat going a little: what follows must not block either.
            state["checked_s"] = now - state["pasted_at"]
            QTimer.singleShot(1000, finish)

    poll.timeout.connect(watch)
    poll.start()
    QTimer.singleShot(90_000, finish)  # a bound, whatever happens
    app.exec()
    result = {
        "window_s": round(state["window_s"], 3) if state["window_s"] is not None else float("inf"),
        "max_block_ms": float(max(gaps) if gaps else 0),
        "underlines_s": round(state["underlines_s"], 3) if state["underlines_s"] is not None else float("inf"),
        "checked_s": round(state["checked_s"], 3) if state["checked_s"] is not None else float("inf"),
        "longest_blocks_ms": sorted(gaps, reverse=True)[:5],
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "draft_chars": len(draft),
    }
    window.close()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
