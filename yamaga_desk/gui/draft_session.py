"""The draft that is open in the editor, kept in the store (autosave).

The window tells the session about every edit (`changed`, no I/O); a 100 ms
timer lets the store's Autosaver decide when to write (about a second after
typing stops, at most 1.5 s into continuous typing).  The write itself runs
on a background thread: writing a 100,000-character draft (and SQLite's
fsync) held the window still for 70 ms or more.  The Autosaver keeps the
order and never loses an edit made during a write; `flush` (close, switching
drafts, 確認してコピー) writes at once on the GUI thread, after any write in
progress.

A failed save (disk full, database locked) never touches the editor: the
text stays pending, `saveStateChanged` reports the error and the Autosaver
tries again a few seconds later.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal

from ..store import MEMORY, STAND_IN, Autosaver, Store, StoreError
from ..store.drafts import Draft

POLL_MS = 100  # how late a due save can be; the Autosaver decides when one is due

SAVED, PENDING, FAILED = "saved", "pending", "failed"


class DraftSession(QObject):
    saveStateChanged = Signal(str, str)  # SAVED | PENDING | FAILED, message for the user
    saved = Signal(int)  # draft id whose text was written
    _written = Signal(object, object)  # from the writer thread: version, error (queued to the GUI thread)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._writing = False
        self._written.connect(self._on_written)
        self.store = store
        self.drafts = store.drafts
        self.saver = Autosaver(store.drafts)
        self.draft: Draft | None = None
        self.state = SAVED
        self.message = ""
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def set_store(self, store: Store) -> None:
        """Continue with another store (the window fell back to memory)."""
        self.store, self.drafts = store, store.drafts
        self.saver = Autosaver(store.drafts)
        self.draft = None

    @property
    def draft_id(self) -> int | None:
        return self.draft.id if self.draft else None

    @property
    def draft_uid(self) -> str | None:
        return self.draft.uid if self.draft else None

    # -- which draft -----------------------------------------------------------

    def open_initial(self, platform: str | None) -> Draft:
        """The draft that was open last time (also after a crash), else a new one.
        Raises StoreError only when even a new draft cannot be made."""
        draft = self.drafts.last_open() or self.drafts.create("", platform)
        self.use(draft)
        return draft

    def use(self, draft: Draft) -> None:
        """The editor now shows `draft` (call flush() before, see switch_ok)."""
        self.draft = draft
        try:
            self.drafts.set_open(draft.id)
        except StoreError:
            pass  # only decides what opens next time; the next save says if the store is down
        self._set_state(SAVED)

    def flush(self, kind: str = "save") -> bool:
        """Write what is pending now.  False (and the FAILED state) when the
        store refused; the text is still pending then."""
        try:
            version = self.saver.flush(kind)
        except StoreError as exc:
            self._set_state(FAILED, exc.message)
            return False
        self._after_save(version)
        return True

    def refresh_draft(self) -> None:
        """Re-read the open draft's row (title, status) from the store."""
        if self.draft is None:
            return
        try:
            self.draft = self.drafts.get(self.draft.id)
        except StoreError:
            pass

    # -- edits -----------------------------------------------------------------

    def changed(self, text: str, platform: str | None) -> None:
        if self.draft is None:
            return
        try:
            self.saver.changed(self.draft.id, text, platform)
        except StoreError as exc:  # only when another draft's text was still pending
            self._set_state(FAILED, exc.message)
            return
        if self.state != FAILED:
            self._set_state(PENDING)
        if not self.timer.isActive():
            self.timer.start()

    def poll(self) -> None:
        if self._writing:
            return
        if not self.saver.pending:
            self.timer.stop()
            return
        if self.saver.seconds_until_due():
            return
        self._writing = True
        self._writer.submit(self.saver.poll).add_done_callback(self._report_write)

    def _report_write(self, future: Future) -> None:
        # On the writer thread: hand the outcome to the GUI thread.
        error = future.exception()
        self._written.emit(None if error else future.result(), error)

    def _on_written(self, version, error) -> None:
        self._writing = False
        if isinstance(error, StoreError):
            self._set_state(FAILED, error.message)
        elif error is not None:  # a bug, not the disk: say so, keep the text pending
            self._set_state(FAILED, f"保存中にエラーが起きました（{type(error).__name__}: {error}）")
        elif not self.saver.pending:
            self._after_save(version)

    @property
    def pending(self) -> bool:
        return self.saver.pending

    def stop(self) -> None:
        """No more autosaves (the window closes; flush first)."""
        self.timer.stop()
        self._writer.shutdown(wait=True)

    # -- state -----------------------------------------------------------------

    def _after_save(self, version) -> None:
        if self.saver.pending:
            return
        self.timer.stop()
        self._set_state(SAVED)
        if version is not None and self.draft is not None:
            self.saved.emit(self.draft.id)

    def _set_state(self, state: str, message: str = "") -> None:
        if (state, message) == (self.state, self.message):
            return
        self.state, self.message = state, message
        self.saveStateChanged.emit(state, message)

    def saved_label(self) -> str:
        if self.store.where == MEMORY:
            return "メモリーに保持（ディスクには保存されていません）"
        if self.store.where == STAND_IN:
            return "保存済み（一時ファイル）"
        return "保存済み"
