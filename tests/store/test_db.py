import sqlite3

import pytest

from yamaga_desk.store.db import BUSY_TIMEOUT_MS, connect, default_db_path, transaction


def test_database_lives_in_the_data_dir(store, isolated_dirs):
    assert store.path == isolated_dirs / "data" / "yamaga-desk.sqlite3"
    assert default_db_path() == store.path
    assert store.path.exists()


def test_wal_busy_timeout_and_full_sync(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_transaction_rolls_back_everything_on_error(tmp_path):
    conn = connect(tmp_path / "t.sqlite3")
    conn.execute("CREATE TABLE t (x INTEGER)")
    with pytest.raises(RuntimeError):
        with transaction(conn):
            conn.execute("INSERT INTO t VALUES (1)")
            raise RuntimeError("boom")
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0
    with transaction(conn):
        conn.execute("INSERT INTO t VALUES (2)")
    # Visible to another connection: it was committed.
    other = sqlite3.connect(tmp_path / "t.sqlite3")
    assert other.execute("SELECT x FROM t").fetchall() == [(2,)]
