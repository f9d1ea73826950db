"""Crash safety: a real process typing into a draft is killed (SIGKILL on
POSIX, TerminateProcess on Windows); the next start must reopen the draft
with at most the last 2 seconds of typing missing and nothing garbled."""

import os
import subprocess
import sys
import time

import pytest

from yamaga_desk.store import open_store

# The "editor": types one line every 50 ms; each line carries its number and
# the wall-clock time it was typed, so the survivor can be checked.  It uses
# the real Autosaver, polled like the app's timer.  burst: pause typing for
# 1.2 s after every 20 lines (someone thinking), else type without a break.
TYPIST = r"""
import sys, time
from yamaga_desk.store import Autosaver, open_store

burst = sys.argv[1] == "burst"
store = open_store()
draft = store.drafts.create("", "x")
store.drafts.set_open(draft.id)
saver = Autosaver(store.drafts)
print(draft.id, flush=True)
text, n = "", 0
while True:
    n += 1
    text += f"{n:06d} {time.time():.3f} 山鹿灯籠まつり😀\n"
    saver.changed(draft.id, text, "x")
    saver.poll()
    time.sleep(0.05)
    if burst and n % 20 == 0:
        pause_end = time.monotonic() + 1.2
        while time.monotonic() < pause_end:
            saver.poll()
            time.sleep(0.05)
"""


def _run_and_kill(mode: str, seconds: float) -> tuple[int, float]:
    proc = subprocess.Popen([sys.executable, "-c", TYPIST, mode], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=os.environ.copy())
    try:
        draft_id = int(proc.stdout.readline())
        time.sleep(seconds)
        killed_at = time.time()
        proc.kill()
    finally:
        proc.wait(timeout=30)
    assert proc.returncode != 0, proc.stderr.read()
    return draft_id, killed_at


@pytest.mark.parametrize("mode,seconds", [("steady", 3.3), ("burst", 4.1), ("steady", 5.7)])
def test_kill_while_typing_loses_at_most_two_seconds(mode, seconds):
    draft_id, killed_at = _run_and_kill(mode, seconds)

    with open_store() as store:
        assert store.take_notices() == []  # the database is fine, nothing to recover
        draft = store.drafts.last_open()  # what the app reopens at start
        assert draft is not None and draft.id == draft_id
        lines = draft.text.splitlines()
        assert draft.text.endswith("\n")  # a whole save, not a torn one
        # Intact: every line typed, in order, none missing or garbled.
        for expected, line in enumerate(lines, 1):
            number, stamp, words = line.split(" ")
            assert int(number) == expected and words == "山鹿灯籠まつり😀"
        last_typed_saved = float(lines[-1].split(" ")[1])
        lost = killed_at - last_typed_saved
        print(f"{mode}: {lost:.2f} s lost, {len(lines)} lines kept")
        assert lost <= 2.0, f"{lost:.2f} s of typing lost"
        assert draft.platform == "x"
