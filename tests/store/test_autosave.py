"""Autosave timing, driven by a hand-held clock."""

import pytest

from yamaga_desk.store import Autosaver, DiskFullError
from yamaga_desk.store.autosave import RETRY_SECONDS


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


@pytest.fixture
def clock():
    return Clock()


def type_text(saver, clock, draft_id, text, start="", every=0.1):
    """Type `text` one character per `every` seconds, polling like a timer."""
    for ch in text:
        start += ch
        saver.changed(draft_id, start, "x")
        clock.advance(every)
        saver.poll()
    return start


def test_one_save_about_a_second_after_typing_stops(store, clock):
    d = store.drafts.create("", "x")
    saver = Autosaver(store.drafts, clock=clock)
    text = type_text(saver, clock, d.id, "こんにちは", every=0.1)  # 0.5 s of typing
    assert saver.saves == 0 and saver.pending
    clock.advance(0.8)
    assert saver.poll() is None  # 0.9 s since the last key
    clock.advance(0.15)
    assert saver.poll() is not None  # 1.05 s
    assert saver.saves == 1 and not saver.pending
    assert store.drafts.get(d.id).text == text
    clock.advance(5)
    assert saver.poll() is None and saver.saves == 1  # nothing new, no write


def test_continuous_typing_is_saved_at_least_every_max_delay(store, clock):
    d = store.drafts.create("", "x")
    saver = Autosaver(store.drafts, clock=clock)
    saved_at = []
    text = ""
    for n in range(200):  # 20 s of typing without a pause
        text += "あ"
        saver.changed(d.id, text, "x")
        clock.advance(0.1)
        if saver.poll() is not None:
            saved_at.append(clock.now)
    gaps = [b - a for a, b in zip(saved_at, saved_at[1:])]
    assert max(gaps) <= saver.max_delay + 0.1 + 1e-9
    # Coalesced: far fewer writes than keystrokes.
    assert 10 <= len(saved_at) <= 20
    # The database is never more than max_delay + one keystroke behind.
    assert len(text) - len(store.drafts.get(d.id).text) <= (saver.max_delay + 0.1) / 0.1


def test_seconds_until_due(store, clock):
    d = store.drafts.create("")
    saver = Autosaver(store.drafts, clock=clock)
    assert saver.seconds_until_due() is None
    saver.changed(d.id, "a")
    assert saver.seconds_until_due() == pytest.approx(1.0)
    clock.advance(0.8)
    saver.changed(d.id, "ab")
    assert saver.seconds_until_due() == pytest.approx(0.7)  # max delay wins


def test_flush_on_close_saves_at_once_as_a_close_version(store, clock):
    d = store.drafts.create("", "x")
    saver = Autosaver(store.drafts, clock=clock)
    saver.changed(d.id, "閉じる直前", "x")
    assert saver.flush().kind == "close"
    assert store.drafts.get(d.id).text == "閉じる直前"
    assert saver.flush() is None


def test_editing_another_draft_saves_the_previous_one_first(store, clock):
    a = store.drafts.create("", "x")
    b = store.drafts.create("", "x")
    saver = Autosaver(store.drafts, clock=clock)
    saver.changed(a.id, "Aの本文", "x")
    saver.changed(b.id, "Bの本文", "x")
    assert store.drafts.get(a.id).text == "Aの本文"
    saver.flush()
    assert store.drafts.get(b.id).text == "Bの本文"


def test_disk_full_keeps_the_text_pending_and_retries(store, clock):
    d = store.drafts.create("短い本文", "x")
    saver = Autosaver(store.drafts, clock=clock)
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now full
    big = "長い本文。" * 20000
    saver.changed(d.id, big, "x")
    clock.advance(1.1)
    with pytest.raises(DiskFullError) as exc:
        saver.poll()
    assert "ディスク" in exc.value.message and "エディターに残っています" in exc.value.message
    assert saver.pending and saver.last_error is exc.value
    assert store.drafts.get(d.id).text == "短い本文"  # the last good save is intact

    clock.advance(1.0)
    assert saver.poll() is None  # backs off instead of failing on every tick
    store.conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
    clock.advance(RETRY_SECONDS)
    assert saver.poll() is not None
    assert store.drafts.get(d.id).text == big and saver.last_error is None


def test_an_edit_made_while_a_background_write_runs_is_kept(store, clock):
    """The app writes on a background thread; typing goes on meanwhile.  The
    edit must stay pending (and be written next), never be marked saved."""
    import threading

    d = store.drafts.create("", "x")
    entered, release = threading.Event(), threading.Event()
    real_save = store.drafts.save

    class SlowDrafts:
        def save(self, *args, **kwargs):
            entered.set()
            release.wait(10)
            return real_save(*args, **kwargs)

    saver = Autosaver(SlowDrafts(), clock=clock)
    saver.changed(d.id, "一行目", "x")
    clock.advance(5)
    writer = threading.Thread(target=saver.poll)
    writer.start()
    assert entered.wait(10)
    saver.changed(d.id, "一行目と二行目", "x")  # typed while the write runs
    release.set()
    writer.join(10)
    assert saver.pending  # the newer text is not lost ...
    assert store.drafts.get(d.id).text == "一行目"
    saver.flush("close")
    assert store.drafts.get(d.id).text == "一行目と二行目"  # ... and is written next


def test_flush_waits_for_a_write_in_progress(store, clock):
    import threading

    d = store.drafts.create("", "x")
    entered, release = threading.Event(), threading.Event()
    real_save = store.drafts.save
    order = []

    class SlowDrafts:
        def save(self, draft_id, text, platform=None, *, kind="save"):
            if kind == "autosave":
                entered.set()
                release.wait(10)
            order.append(kind)
            return real_save(draft_id, text, platform, kind=kind)

    saver = Autosaver(SlowDrafts(), clock=clock)
    saver.changed(d.id, "下書き", "x")
    clock.advance(5)
    writer = threading.Thread(target=saver.poll)
    writer.start()
    assert entered.wait(10)
    saver.changed(d.id, "下書きの続き", "x")
    closer = threading.Thread(target=saver.flush, args=("close",))
    closer.start()
    release.set()
    writer.join(10), closer.join(10)
    assert order == ["autosave", "close"]
    assert store.drafts.get(d.id).text == "下書きの続き" and not saver.pending
