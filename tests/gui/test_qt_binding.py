"""The pinned Qt binding must not corrupt Python's reference counts.

PySide6 6.12.0 on CPython 3.11 dropped one reference to None on every Qt call
that returns nothing; after a few thousand underline updates (one paste of a
long draft) Python aborted with "none_dealloc".  Pinned to 6.11.3."""

from __future__ import annotations

import sys


def test_void_qt_calls_keep_none_refcount(qapp):
    from PySide6.QtGui import QTextCharFormat

    fmt = QTextCharFormat()
    before = sys.getrefcount(None)
    for _ in range(1000):
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    # On 3.12+ None is immortal and its count is a constant; on 3.11 it must not fall.
    assert sys.getrefcount(None) - before > -100
