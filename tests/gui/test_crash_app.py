"""Crash safety of the whole app: a real app process is killed with SIGKILL
while text is being typed into its editor; the next start reopens the draft
with at most the last 2 seconds of typing missing."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gui_helpers import wait_checked

TYPIST = Path(__file__).with_name("crash_typist.py")
LINE = re.compile(r"(\d{5}) (\d+\.\d{3}) 山鹿灯籠まつり")


def _type_then_kill(seconds: float, platform: str) -> tuple[float, int]:
    """Start the app, let it type for `seconds`, SIGKILL it.  Returns the
    kill time and how many lines it had typed."""
    proc = subprocess.Popen([sys.executable, str(TYPIST), platform], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=os.environ.copy())
    typed = 0
    try:
        first = proc.stdout.readline().strip()
        assert first == "ready", proc.stderr.read() if proc.poll() is not None else first
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            line = proc.stdout.readline().strip()
            if line.isdigit():
                typed = int(line)
        killed_at = time.time()
        if sys.platform == "win32":
            proc.kill()  # TerminateProcess: no chance to clean up either
        else:
            os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    if sys.platform != "win32":
        assert proc.returncode == -signal.SIGKILL
    return killed_at, typed


@pytest.mark.parametrize("seconds", [3.2])
def test_killed_while_typing_reopens_with_at_most_two_seconds_lost(qtbot, seconds):
    from yamaga_desk.gui import MainWindow

    killed_at, typed = _type_then_kill(seconds, "line")
    assert typed >= 20, "the app did not type"  # a line every 60 ms for 3 s

    win = MainWindow()  # the next start, on the same data folder
    qtbot.addWidget(win)
    win.show()
    text = win.editor.text()
    lines = text.split("\n")
    complete = [LINE.fullmatch(ln) for ln in lines[:-1]]
    assert all(complete), f"garbled line in {lines[:-1]!r}"
    numbers = [int(m.group(1)) for m in complete]
    assert numbers == list(range(1, len(numbers) + 1))  # nothing missing in between
    assert lines[-1] == "" or LINE.fullmatch(lines[-1]) or \
        f"{len(numbers) + 1:05d} ".startswith(lines[-1][:6])  # a line cut mid-typing
    last_saved = float(complete[-1].group(2))
    # Everything typed up to 2 s before the kill is there.
    assert killed_at - last_saved <= 2.0, f"lost {killed_at - last_saved:.2f} s of typing"
    assert win.platform() == "line"
    assert win.session.draft.text == text
    wait_checked(qtbot, win)
