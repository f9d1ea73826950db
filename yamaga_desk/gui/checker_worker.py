"""Runs the engine off the GUI thread: debounced, one check at a time, and
results of an older text are thrown away.

    checker.request(text, platform, focus)   # on every edit: restarts the debounce timer
    checker.partialReady(generation, findings) # a long paste: the lines on screen first
    checker.resultReady(generation, report)
    checker.checkFailed(generation, message)
    checker.idle                      # nothing waiting, nothing running

Every request bumps a generation counter at once (not when the timer fires),
so a result that comes back after the text changed again is recognisably
stale.  At most one check runs; while it runs only the newest request is kept
waiting, so a burst of edits during a slow check of a 100,000-character paste
costs one more check, not one per keystroke.

A long paste (or an opened file) is checked in two steps: first the
paragraphs on screen (`focus`), whose underlines then appear in a fraction of
a second, then the whole draft, whose report replaces them.  The first step
costs little extra: the engine keeps those paragraphs' analysis for the
second.

Once nothing has been asked for a while, the same thread works out, a few
dozen patterns at a time, the compiled code of the rules' patterns the
start-up cache still lacks (a first start that `yamaga-desk prepare` did not
precede, see lazy_regex.remember_code), so that a later long paste need not
compile them; a check asked for meanwhile waits for one batch at most
(~10 ms).  Not at once after a check: the window is then busy showing its
result, and sharing the interpreter with a batch made it stand still 110-130
ms after a long paste.  What it prepared is written at exit, with the rest.
"""

from __future__ import annotations

import gc
import linecache
import sys
import time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

DEBOUNCE_MS = 350
# A paste or an opened file is not typing: nothing more is coming, so its
# check starts almost at once (the underlines of a long paste appear ~0.3 s
# sooner).  A change of at least PASTE_CHARS characters counts as one.
PASTE_DEBOUNCE_MS = 30
PASTE_CHARS = 200
# A pasted or opened draft this long is checked on-screen-first; around the
# screen a margin is checked too, so a small scroll shows underlines as well.
FOCUS_MIN_CHARS = 20_000
FOCUS_MARGIN_CHARS = 3_000
# Idle-time preparation: after this long with nothing asked for, batches of
# this many patterns (~0.5 ms each here), this far apart (the window gets
# its turns in between).
PREPARE_AFTER_IDLE_MS = 3000
PREPARE_BATCH = 20
PREPARE_PAUSE_MS = 20


@dataclass(frozen=True)
class CheckRequest:
    generation: int
    text: str
    platform: str | None
    focus: tuple[int, int] | None = None  # code points on screen, checked first


def focus_slice(text: str, lo: int, hi: int) -> tuple[int, int]:
    """[lo, hi) widened by the margin and out to whole paragraphs (a blank
    line), or whole lines when no blank line is near."""
    lo, hi = max(0, lo - FOCUS_MARGIN_CHARS), min(len(text), hi + FOCUS_MARGIN_CHARS)
    start = text.rfind("\n\n", max(0, lo - FOCUS_MARGIN_CHARS), lo)
    start = start + 2 if start >= 0 else text.rfind("\n", 0, lo) + 1
    end = text.find("\n\n", hi, hi + FOCUS_MARGIN_CHARS)
    if end < 0:
        end = text.find("\n", hi)
    return start, len(text) if end < 0 else end


def run_focus_check(text: str, platform: str | None, focus: tuple[int, int]) -> list:
    """Findings of the paragraphs around `focus`, with offsets into `text`."""
    start, end = focus_slice(text, *focus)
    report = run_check(text[start:end], platform)
    return [replace(f, start=f.start + start, end=f.end + start) for f in report.findings]


def prepare_some(limit: int) -> int:
    """Remember the compiled code of up to `limit` more patterns (written to
    the start-up cache at exit: app.py).  Returns how many are left."""
    from .. import lazy_regex

    return lazy_regex.remember_code(limit)


def run_check(text: str, platform: str | None):
    """The engine call (a module function so a test can replace it)."""
    from ..engine import get_engine

    return get_engine().check(text, platform)


@contextmanager
def garbage_collection_paused():
    """No cyclic garbage collection while a check runs.

    A check of a long paste makes ~100,000 objects that stay in the engine's
    caches; collections triggered meanwhile (by any thread) walked them while
    holding the GIL and stalled the window 40-90 ms at random moments.
    Instead the young garbage is collected once after the check
    (settle_garbage), in one pause of a few milliseconds per 10,000 objects.
    Reference counting frees everything else as usual."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# Up to this many young objects the cycle search after a check is cheap
# (~4 ms); see settle_garbage.
CYCLE_SEARCH_MAX_OBJECTS = 20_000


def settle_garbage() -> None:
    """After a check: collect the young garbage, then set every surviving
    object aside from Python's cyclic garbage collector (gc.freeze).

    A check of a long draft leaves ~100,000 objects in the engine's caches
    (paragraphs, lines, tokens).  Every full collection walks all of them
    while holding the GIL: the window stood still 40-90 ms each time, at
    moments no one chose.  Frozen objects are still freed as soon as nothing
    refers to them (reference counting); only the cycle search skips them,
    and the engine's caches hold no cycles.

    The cycle search itself holds the GIL ~0.2 ms per 1,000 young objects;
    after a long paste (120,000 of them) that was a 25-50 ms stall of its
    own, and it found nothing (a check leaves no cyclic garbage: 0 found
    after a 100,000-character paste).  So past CYCLE_SEARCH_MAX_OBJECTS the
    young objects are set aside without the search."""
    if gc.get_count()[0] <= CYCLE_SEARCH_MAX_OBJECTS:
        gc.collect(1)
    gc.freeze()
    # PySide6's import hook reads the source of every module imported after
    # it (inspect.getsource, looking for "PySide6" to set up __feature__),
    # and linecache keeps those lines for the life of the process: the
    # engine's modules, imported by the first check, left ~5 MB of source
    # text there (60,000 lines).  Nothing reads it again; a traceback
    # re-reads the lines it shows.
    linecache.clearcache()


class _JobSignals(QObject):
    # Emitted from the pool thread; the receiver lives in the GUI thread, so
    # Qt queues the call there.
    done = Signal(int, object)
    partial = Signal(int, object)
    failed = Signal(int, str)
    prepared = Signal(int)  # patterns still to prepare


class _CheckJob(QRunnable):
    def __init__(self, request: CheckRequest, signals: _JobSignals):
        super().__init__()
        self.request = request
        self.signals = signals

    def run(self) -> None:
        try:
            with garbage_collection_paused():
                request = self.request
                if request.focus is not None:
                    findings = run_focus_check(request.text, request.platform, request.focus)
                    self.signals.partial.emit(request.generation, findings)
                report = run_check(request.text, request.platform)
                # Still paused: switched back on first, the collector would
                # start a full collection at the next allocation (the check
                # allocated far past its thresholds) and hold the GIL ~50 ms
                # over every object of the caches: the window stood still.
                settle_garbage()
        except Exception as exc:  # the engine guards rules; this is the last net
            traceback.print_exc()
            self.signals.failed.emit(self.request.generation, f"{type(exc).__name__}: {exc}")
        else:
            self.signals.done.emit(self.request.generation, report)


class _PrepareJob(QRunnable):
    def __init__(self, signals: _JobSignals):
        super().__init__()
        self.signals = signals

    def run(self) -> None:
        try:
            left = prepare_some(PREPARE_BATCH)
        except Exception:  # only ever saves time: never again this session
            traceback.print_exc()
            left = 0
        self.signals.prepared.emit(left)


# How long a thread waiting for the GIL lets the running one go on (Python's
# default is 5 ms).  While a check runs on the worker thread, every call on
# the GUI thread that releases the GIL (SQLite, Qt painting, a timer slot)
# waits that long to get it back; a handler making ten such calls stood
# still 50 ms.  1 ms keeps the window smooth; the check loses ~1%.
GIL_SWITCH_INTERVAL_S = 0.001


class BackgroundChecker(QObject):
    resultReady = Signal(int, object)  # generation, Report
    partialReady = Signal(int, object)  # generation, findings around the focus
    checkFailed = Signal(int, str)
    busyChanged = Signal(bool)
    idle = Signal()

    def __init__(self, parent: QObject | None = None, debounce_ms: int = DEBOUNCE_MS,
                 prepare_after_idle_ms: int = PREPARE_AFTER_IDLE_MS):
        super().__init__(parent)
        sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
        self.generation = 0
        self._pending: CheckRequest | None = None
        self._running: CheckRequest | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _JobSignals()
        self._signals.done.connect(self._on_done)
        self._signals.partial.connect(self._on_partial)
        self._signals.failed.connect(self._on_failed)
        self._signals.prepared.connect(self._on_prepared)
        self._preparing = False
        self._prepared = False  # nothing (more) to prepare this session
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.setInterval(prepare_after_idle_ms)
        self._prepare_timer.timeout.connect(self._prepare_more)
        self._pause_timer = QTimer(self)  # between two batches
        self._pause_timer.setSingleShot(True)
        self._pause_timer.setInterval(PREPARE_PAUSE_MS)
        self._pause_timer.timeout.connect(self._prepare_more)
        self._debounce_ms = debounce_ms
        self._last_length = 0  # of the text last requested
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._start_pending)

    # -- requests --------------------------------------------------------

    def is_paste(self, text: str) -> bool:
        """Is `text` a paste or a new draft rather than typing?"""
        return abs(len(text) - self._last_length) >= PASTE_CHARS

    def delay_for(self, text: str) -> int:
        """Milliseconds to wait before checking `text`: the debounce while
        typing, next to nothing after a paste."""
        if self.is_paste(text):
            return min(PASTE_DEBOUNCE_MS, self._debounce_ms)
        return self._debounce_ms

    def request(self, text: str, platform: str | None, focus: tuple[int, int] | None = None) -> int:
        """Check `text` once typing pauses.  Returns the new generation.
        `focus`: the code points on screen, checked first when `text` is a
        long paste or a newly opened draft."""
        self.generation += 1
        self._prepare_timer.stop()  # (typing: not idle)
        if focus is not None and (len(text) < FOCUS_MIN_CHARS or not self.is_paste(text)):
            focus = None  # typing: the engine re-checks only the edited paragraph anyway
        self._pending = CheckRequest(self.generation, text, platform, focus)
        self._timer.setInterval(self.delay_for(text))
        self._last_length = len(text)
        self._timer.start()
        self.busyChanged.emit(True)
        return self.generation

    def request_now(self, text: str, platform: str | None, focus: tuple[int, int] | None = None) -> int:
        generation = self.request(text, platform, focus)
        self._timer.stop()
        self._start_pending()
        return generation

    def set_debounce(self, msecs: int) -> None:
        self._debounce_ms = msecs
        self._timer.setInterval(msecs)

    def is_busy(self) -> bool:
        return self._pending is not None or self._running is not None

    def is_current(self, generation: int) -> bool:
        return generation == self.generation

    def wait_idle(self, msecs: int = 30000) -> bool:
        """Block until no check runs (used when closing the app)."""
        self._timer.stop()
        self._pending = None
        # Not QThreadPool.waitForDone: it would hold the GIL the running
        # (Python) check needs to finish.  time.sleep releases it.
        deadline = time.monotonic() + msecs / 1000
        while self._pool.activeThreadCount() and time.monotonic() < deadline:
            time.sleep(0.01)
        return not self._pool.activeThreadCount()

    # -- running ---------------------------------------------------------

    @Slot()
    def _start_pending(self) -> None:
        if self._running is not None or self._pending is None:
            return
        self._running, self._pending = self._pending, None
        self._pool.start(_CheckJob(self._running, self._signals))

    @Slot(int, object)
    def _on_done(self, generation: int, report) -> None:
        self._finish()
        if generation == self.generation:
            self.resultReady.emit(generation, report)
        self._after()

    @Slot(int, object)
    def _on_partial(self, generation: int, findings) -> None:
        if generation == self.generation:
            self.partialReady.emit(generation, findings)

    @Slot(int, str)
    def _on_failed(self, generation: int, message: str) -> None:
        self._finish()
        if generation == self.generation:
            self.checkFailed.emit(generation, message)
        self._after()

    def _finish(self) -> None:
        self._running = None

    def _after(self) -> None:
        if self._pending is not None and not self._timer.isActive():
            self._start_pending()
        if not self.is_busy():
            self.busyChanged.emit(False)
            self.idle.emit()
            if not self._prepared:
                self._prepare_timer.start()

    def _prepare_more(self) -> None:
        # After a check (the engine is loaded), nothing asked for since.
        if self._prepared or self._preparing or self.is_busy() or self._prepare_timer.isActive():
            return
        self._preparing = True
        self._pool.start(_PrepareJob(self._signals))

    @Slot(int)
    def _on_prepared(self, left: int) -> None:
        self._preparing = False
        self._prepared = left == 0
        if not self._prepared:
            self._pause_timer.start()
