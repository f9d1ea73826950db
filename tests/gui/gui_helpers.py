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
