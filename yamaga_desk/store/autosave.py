"""Autosave: coalesce a stream of edits into a few saves.

The editor calls ``changed()`` on every edit (cheap, no I/O) and ``poll()``
from a timer (every 200 ms or so).  A save happens once typing has paused for
``idle`` seconds (1 s) — or, while someone types without pausing, once the
oldest unsaved edit is ``max_delay`` seconds old (1.5 s), so a crash never
loses more than about two seconds of typing.  ``flush()`` saves at once (on
close, before switching drafts, before 確認してコピー).

No Qt here: the clock is injectable and tests drive it by hand.

Thread-safe: the app writes from a background thread (poll) while the GUI
thread keeps calling changed(); flush() waits for a write in progress, so
versions are written in order.  An edit never changes the text a write
already took: it replaces the pending record.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from .drafts import Drafts, DraftVersion
from .errors import StoreError

IDLE_SECONDS = 1.0
MAX_DELAY_SECONDS = 1.5
RETRY_SECONDS = 5.0  # after a failed save (disk full, locked), try again this much later


@dataclass
class _Pending:
    draft_id: int
    text: str
    platform: str | None
    first_change: float
    last_change: float


class Autosaver:
    def __init__(self, drafts: Drafts, *, clock: Callable[[], float] = time.monotonic,
                 idle: float = IDLE_SECONDS, max_delay: float = MAX_DELAY_SECONDS) -> None:
        self._drafts = drafts
        self._clock = clock
        self.idle = idle
        self.max_delay = max_delay
        self._pending: _Pending | None = None
        self._retry_at: float | None = None
        self.saves = 0  # how many writes actually happened (for the status bar and tests)
        self.last_error: StoreError | None = None
        self._state = threading.Lock()  # _pending, _retry_at, saves, last_error
        self._writing = threading.Lock()  # one write at a time, in order

    @property
    def pending(self) -> bool:
        """True while there is text the database does not have yet."""
        return self._pending is not None

    def changed(self, draft_id: int, text: str, platform: str | None = None) -> None:
        """The editor's text (or platform) changed.

        Switching drafts: call flush() before loading another draft and keep
        the old one on screen if it raises.  (An edit of another draft while
        one is pending flushes first, and raises StoreError if that fails,
        leaving the pending text as it was.)"""
        p = self._pending
        if p is not None and p.draft_id != draft_id:
            self.flush()
        now = self._clock()
        with self._state:
            p = self._pending
            first = p.first_change if p is not None else now
            self._pending = _Pending(draft_id, text, platform, first, now)

    def seconds_until_due(self) -> float | None:
        """How long until poll() would save; None when nothing is pending."""
        p = self._pending
        if p is None:
            return None
        now = self._clock()
        due = min(p.last_change + self.idle, p.first_change + self.max_delay)
        if self._retry_at is not None:
            due = max(due, self._retry_at)
        return max(0.0, due - now)

    def poll(self) -> DraftVersion | None:
        """Save if due.  Raises StoreError when the save fails (the text stays
        pending and is tried again after RETRY_SECONDS)."""
        wait = self.seconds_until_due()
        if wait is None or wait > 0:
            return None
        return self._save("autosave")

    def flush(self, kind: str = "close") -> DraftVersion | None:
        """Save what is pending now (kind: close / save / copy)."""
        if self._pending is None:
            return None
        return self._save(kind)

    def _save(self, kind: str) -> DraftVersion | None:
        with self._writing:
            p = self._pending
            if p is None:  # written by the call we waited for
                return None
            try:
                version = self._drafts.save(p.draft_id, p.text, p.platform, kind=kind)
            except StoreError as exc:
                with self._state:
                    self.last_error = exc
                    self._retry_at = self._clock() + RETRY_SECONDS
                raise
            with self._state:
                self.last_error = None
                self._retry_at = None
                if self._pending is p:  # not replaced by an edit meanwhile
                    self._pending = None
                if version is not None:
                    self.saves += 1
            return version
