"""A corrupt, unreadable, locked or full database never stops the work."""

import os
import sqlite3
import subprocess
import sys
import tempfile

import pytest

from yamaga_desk.store import FILE, MEMORY, STAND_IN, StoreBusyError, open_store
from yamaga_desk.store.db import default_db_path

GARBAGE = bytes(range(256)) * 64 + "壊れたファイル".encode("utf-8")


def _fill(store, n_drafts=5, n_records=0, make_review=None):
    ids = [store.drafts.create(f"下書き{n}\n" + "本文。" * 200, "x").id for n in range(n_drafts)]
    for n in range(n_records):
        store.records.record(make_review(f"記録{n}\n" + "確認済みの本文。" * 100))
    return ids


def _corrupt_page(path, page_from_end):
    size = path.stat().st_size
    page = 4096
    with open(path, "r+b") as f:
        f.seek(size - page * page_from_end)
        f.write((b"\xde\xad\xbe\xef" * (page // 4)))


def test_garbage_file_is_moved_aside_and_a_fresh_database_started():
    path = default_db_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(GARBAGE)

    store = open_store()
    assert store.where == FILE and store.path == path
    (notice,) = store.take_notices()
    assert "壊れていた" in notice and ".broken-" in notice
    (aside,) = path.parent.glob("yamaga-desk.broken-*.sqlite3")
    assert aside.read_bytes() == GARBAGE  # kept, byte for byte, for whoever investigates
    assert aside.name in notice
    d = store.drafts.create("壊れた後の下書き", "x")  # work goes on
    store.close()
    with open_store() as again:
        assert again.take_notices() == []
        assert again.drafts.get(d.id).text == "壊れた後の下書き"


def test_empty_and_truncated_files(tmp_path):
    # A zero-byte file is a valid empty database for SQLite: just used.
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    with open_store(path) as store:
        assert store.take_notices() == [] and store.drafts.list() == []
    # A database cut off in the middle (copy interrupted) is corrupt.
    path = tmp_path / "cut.sqlite3"
    with open_store(path) as store:
        _fill(store, 20)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with open_store(path) as store:
        (notice,) = store.take_notices()
        assert "壊れていた" in notice
        assert store.drafts.create("続ける").text == "続ける"


def test_damaged_page_salvages_what_can_be_read(make_review):
    path = default_db_path()
    with open_store() as store:
        draft_ids = _fill(store, n_drafts=5, n_records=120, make_review=make_review)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # The records were written last, so the last pages hold them.
    _corrupt_page(path, 10)

    store = open_store()
    (notice,) = store.take_notices()
    assert "壊れていた" in notice
    drafts = store.drafts.list()
    assert sorted(d.id for d in drafts) == sorted(draft_ids)  # same numbers as before
    assert all(d.text.endswith("本文。" * 200) for d in drafts)
    records = store.records.list()
    assert 60 <= len(records) < 120  # most of them; those on the bad page are gone
    assert all(r.intact for r in records)
    assert f"下書き 5 件と確認記録 {len(records)} 件" in notice
    store.close()


def test_corruption_found_while_running_switches_to_a_fresh_file():
    store = open_store()
    kept = store.drafts.create("作業中の下書き", "x")
    _fill(store, 40)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _corrupt_page(store.path, 3)
    store.conn.execute("PRAGMA shrink_memory")  # drop the cache so SQLite reads the damage

    drafts = store.drafts.list()  # finds the damage, recovers, answers
    (notice,) = store.take_notices()
    assert "作業中にデータベースが壊れて" in notice
    assert kept.id in [d.id for d in drafts]
    assert store.drafts.get(kept.id).text == "作業中の下書き"
    assert store.drafts.save(kept.id, "続きを書く", "x") is not None
    assert list(store.path.parent.glob("yamaga-desk.broken-*.sqlite3"))
    store.close()


LOCKER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
for sql in sys.argv[2:]:
    conn.execute(sql)
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


@pytest.fixture
def locker():
    procs = []

    def lock(path, *how):
        # Default: another program holding the whole file.
        how = how or ("PRAGMA locking_mode = EXCLUSIVE", "BEGIN EXCLUSIVE")
        proc = subprocess.Popen([sys.executable, "-c", LOCKER, str(path), *how], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, text=True)
        procs.append(proc)
        assert proc.stdout.readline().strip() == "locked"
        return proc

    yield lock
    for proc in procs:
        if proc.poll() is None:
            proc.stdin.write("\n")
            proc.stdin.flush()
            proc.wait(timeout=30)


def _release(proc):
    proc.stdin.write("\n")
    proc.stdin.flush()
    proc.wait(timeout=30)


def test_locked_database_is_left_alone_and_merged_next_time(locker, make_review):
    path = default_db_path()
    with open_store() as store:
        first = store.drafts.create("ロック前の下書き", "x")
    before = path.read_bytes()
    proc = locker(path)

    store = open_store()
    assert store.where == STAND_IN and store.path.parent == path.parent and ".pending-" in store.path.name
    (notice,) = store.take_notices()
    assert "ロック" in notice and "次に起動したとき" in notice
    during = store.drafts.create("ロック中に書いた下書き", "line")
    store.records.record(make_review("ロック中に書いた下書き"), draft_uid=during.uid)
    store.close()
    assert path.read_bytes() == before  # the locked file was not touched

    _release(proc)
    store = open_store()
    assert store.where == FILE and store.path == path
    (notice,) = store.take_notices()
    assert "下書き 1 件と確認記録 1 件を取り込みました" in notice
    texts = {d.text: d for d in store.drafts.list()}
    assert set(texts) == {"ロック前の下書き", "ロック中に書いた下書き"}
    assert texts["ロック中に書いた下書き"].status == "approved"  # the record still points at it
    assert [r.review.text for r in store.records.list()] == ["ロック中に書いた下書き"]
    assert store.drafts.get(first.id).text == "ロック前の下書き"
    store.close()
    # Merged once: the stand-in is renamed, not deleted, and not merged again.
    assert len(list(path.parent.glob("*.pending-*.sqlite3.merged"))) == 1
    with open_store() as again:
        assert again.take_notices() == []
        assert len(again.records.list()) == 1


def test_write_lock_while_running_keeps_the_text(locker):
    store = open_store()
    d = store.drafts.create("保存済み", "x")
    proc = locker(store.path, "BEGIN IMMEDIATE")  # readers still fine, writers wait
    with pytest.raises(StoreBusyError) as exc:
        store.drafts.save(d.id, "保存できなかった続き", "x")
    assert "使用中" in exc.value.message and "エディターに残っています" in exc.value.message
    _release(proc)
    assert store.drafts.get(d.id).text == "保存済み"
    store.drafts.save(d.id, "保存できなかった続き", "x")
    assert store.drafts.get(d.id).text == "保存できなかった続き"
    store.close()


def test_unreadable_path_is_moved_aside():
    path = default_db_path()
    path.mkdir(parents=True)  # a folder where the file should be: cannot be opened
    (path / "something").write_text("x")
    store = open_store()
    (notice,) = store.take_notices()
    assert "読めなかった" in notice
    assert store.where == FILE and store.path.is_file()
    assert [p for p in path.parent.glob("yamaga-desk.broken-*") if (p / "something").exists()]
    store.close()


def test_data_folder_that_cannot_exist_falls_back_to_temp(isolated_dirs, monkeypatch, tmp_path):
    blocker = isolated_dirs / "data"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    store = open_store()
    assert store.where == STAND_IN and str(store.path).startswith(str(tmp_path / "tmp"))
    (notice,) = store.take_notices()
    assert str(store.path) in notice and "自動では取り込まれません" in notice
    assert store.drafts.create("それでも書ける").text == "それでも書ける"
    store.close()


def test_nowhere_to_write_keeps_working_in_memory(isolated_dirs, monkeypatch, tmp_path):
    (isolated_dirs / "data").write_text("not a folder")
    no_temp = tmp_path / "no-temp"
    no_temp.write_text("not a folder either")
    monkeypatch.setattr(tempfile, "tempdir", str(no_temp))
    store = open_store()
    assert store.where == MEMORY and store.path is None
    (notice,) = store.take_notices()
    assert "メモリー" in notice and "ファイルに保存するかコピー" in notice
    d = store.drafts.create("メモリーの下書き")
    assert store.drafts.get(d.id).text == "メモリーの下書き"
    store.close()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions (not root)")
def test_file_without_read_permission(tmp_path):
    path = tmp_path / "secret.sqlite3"
    with open_store(path) as store:
        store.drafts.create("x")
    path.chmod(0)
    try:
        with open_store(path) as store:
            assert store.take_notices()
            assert store.drafts.create("続ける").text == "続ける"
    finally:
        for p in tmp_path.iterdir():
            p.chmod(0o600)


def test_sqlite_message_for_disk_full_is_recognised():
    from yamaga_desk.store.errors import FULL, classify

    assert classify(sqlite3.OperationalError("database or disk is full")) == FULL
