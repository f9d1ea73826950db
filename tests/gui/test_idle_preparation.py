"""Idle time prepares the rules' compiled code (checker_worker.py): on a
start the installer's `yamaga-desk prepare` did not precede, the checker
thread works it out once nothing has been asked for a while, so a later long
paste need not; typing puts it off, checks keep priority and their results
still arrive."""

from __future__ import annotations

import threading

from yamaga_desk.gui import checker_worker
from yamaga_desk.gui.checker_worker import BackgroundChecker


def test_idle_checker_prepares_in_batches_until_nothing_is_left(qtbot, monkeypatch):
    left = [3]
    batches = []

    def prepare_some(limit):
        batches.append(limit)
        left[0] -= 1
        return left[0]
    monkeypatch.setattr(checker_worker, "prepare_some", prepare_some)
    checker = BackgroundChecker(debounce_ms=0, prepare_after_idle_ms=0)
    with qtbot.waitSignal(checker.resultReady, timeout=30000):
        checker.request_now("本日は晴天なり。", None)
    qtbot.waitUntil(lambda: left[0] == 0 and not checker._preparing, timeout=10000)
    assert batches == [checker_worker.PREPARE_BATCH] * 3
    with qtbot.waitSignal(checker.resultReady, timeout=30000):  # nothing left: no more batches
        checker.request_now("山鹿灯籠まつりのお知らせ。", None)
    qtbot.wait(50)
    assert len(batches) == 3
    checker.wait_idle()


def test_a_check_asked_for_while_a_batch_runs_gets_its_result(qtbot, monkeypatch):
    batch_running, release = threading.Event(), threading.Event()
    left = [2]

    def slow_prepare_some(limit):
        batch_running.set()
        release.wait(10)
        left[0] -= 1
        return left[0]
    monkeypatch.setattr(checker_worker, "prepare_some", slow_prepare_some)
    checker = BackgroundChecker(debounce_ms=0, prepare_after_idle_ms=0)
    with qtbot.waitSignal(checker.resultReady, timeout=30000):
        checker.request_now("本日は晴天なり。", None)
    qtbot.waitUntil(batch_running.is_set, timeout=10000)
    generation = checker.request_now("窓口の人、マジでバカ。", None)
    release.set()
    with qtbot.waitSignal(checker.resultReady, timeout=30000) as result:
        pass
    assert result.args[0] == generation
    assert any(f.item == "5.6.1" for f in result.args[1].findings)
    qtbot.waitUntil(lambda: left[0] == 0, timeout=10000)
    checker.wait_idle()


def test_no_preparation_while_the_user_keeps_typing(qtbot, monkeypatch):
    batches = []
    monkeypatch.setattr(checker_worker, "prepare_some", lambda limit: batches.append(limit) or 0)
    checker = BackgroundChecker(debounce_ms=0, prepare_after_idle_ms=400)
    text = "本日は晴天なり。"
    for ch in "山鹿灯籠まつりのお知らせ":  # a keystroke every 150 ms, each checked
        text += ch
        with qtbot.waitSignal(checker.resultReady, timeout=30000):
            checker.request_now(text, None)
        qtbot.wait(150)
    assert batches == []  # never 400 ms without a request
    qtbot.waitUntil(lambda: batches == [checker_worker.PREPARE_BATCH], timeout=5000)
    checker.wait_idle()
