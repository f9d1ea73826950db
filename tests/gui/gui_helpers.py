"""Helpers for the GUI tests (imported as `gui_helpers`)."""

from __future__ import annotations

# How long a test waits for a background check at most.  The checks here are
# short texts (milliseconds); the bound only keeps a hang from lasting.
CHECK_TIMEOUT_MS = 15000


def wait_checked(qtbot, win, timeout: int = CHECK_TIMEOUT_MS) -> None:
    """Wait until the background check of the current text is on screen."""
    qtbot.waitUntil(
        lambda: not win.is_checking() and win.report is not None and win.report.text == win.editor.text(),
        timeout=timeout,
    )


def set_text(qtbot, win, text: str) -> None:
    win.editor.setPlainText(text)
    wait_checked(qtbot, win)


def finding(win, item: str):
    found = [f for f in win.visible_findings if f.item == item]
    assert found, f"no finding for {item} in {win.visible_findings}"
    return found[0]


def tick_all(win) -> None:
    for item in win.engine_checklist:
        win.checklist.set_ticked(item.id, True)


def stored_text(draft_id: int) -> str | None:
    """The draft's newest text as committed to the database file, read through
    a connection of its own (what a restart would find)."""
    import sqlite3

    from yamaga_desk.store.db import default_db_path

    conn = sqlite3.connect(f"file:{default_db_path()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT text FROM draft_versions WHERE draft_id = ? ORDER BY id DESC LIMIT 1",
                           (draft_id,)).fetchone()
    finally:
        conn.close()
    return row[0] if row else None
