"""After a check the worker empties linecache: PySide6's import hook read
the source of every module imported after it (the engine's, at the first
check) into it, ~5 MB kept for the life of the app."""

from __future__ import annotations

import gc
import linecache

from yamaga_desk.gui import checker_worker


def test_module_sources_read_at_import_are_let_go_after_a_check():
    linecache.getlines(checker_worker.__file__)
    assert checker_worker.__file__ in linecache.cache
    gc.disable()
    try:
        checker_worker.settle_garbage()
    finally:
        gc.unfreeze()
        gc.enable()
    assert checker_worker.__file__ not in linecache.cache
    # A traceback still shows its lines: they are read again when asked for.
    assert "def settle_garbage" in "".join(linecache.getlines(checker_worker.__file__))
