"""After a check the worker sets the surviving objects aside from the cycle
collector (checker_worker.settle_garbage).  Its own cycle search walked the
~120,000 young objects of a long paste while holding the GIL (the window
stood still 25-50 ms) and found nothing, so past a bound it is skipped."""

from __future__ import annotations

import gc

from yamaga_desk.gui import checker_worker


def test_a_long_paste_is_set_aside_without_a_cycle_search(monkeypatch):
    searches = []
    monkeypatch.setattr(checker_worker.gc, "collect", lambda *a: searches.append(a) or 0)
    gc.disable()
    try:
        young = [[i] for i in range(checker_worker.CYCLE_SEARCH_MAX_OBJECTS + 5_000)]
        checker_worker.settle_garbage()
        assert searches == []
        assert gc.get_freeze_count() >= len(young)
    finally:
        gc.unfreeze()
        gc.enable()


def test_a_short_check_still_collects_its_cycles():
    import weakref

    class Node:
        pass

    gc.collect()
    gc.disable()
    try:
        a, b = Node(), Node()
        a.other, b.other = b, a
        gone = weakref.ref(a)
        del a, b
        checker_worker.settle_garbage()
        assert gone() is None  # found by the cycle search, not set aside for good
    finally:
        gc.unfreeze()
        gc.enable()
