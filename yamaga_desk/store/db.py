"""The SQLite connection: WAL journal, busy timeout, explicit transactions.

WAL keeps a committed autosave intact when the process is killed mid-write,
and lets a second window of the app read while the first one writes.
``synchronous=FULL`` also syncs each commit to disk, because the PCs this runs
on are switched off at the wall, not only killed.

Connections are opened in autocommit mode (``isolation_level=None``) so every
write goes through :func:`transaction`, which is the only place that says
BEGIN / COMMIT / ROLLBACK.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from .. import paths

DB_FILENAME = "yamaga-desk.sqlite3"
# Long enough to wait out another window's autosave (milliseconds), short
# enough that a stuck lock does not freeze the editor for long.
BUSY_TIMEOUT_MS = 3000


def default_db_path() -> Path:
    return paths.user_data_dir() / DB_FILENAME


def connect(path: Path | str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection:
    """Open (or create) the database at `path` and set it up.

    Raises sqlite3 errors as they come: the caller (recovery.open_store)
    decides whether the file is corrupt, locked or unreadable.
    """
    conn = sqlite3.connect(
        str(path),
        timeout=busy_timeout_ms / 1000,
        isolation_level=None,
        check_same_thread=False,  # the Store serialises access with its own lock
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        if str(path) != ":memory:":
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                # Another connection holds the file in a mode we cannot change
                # (or the filesystem cannot do WAL); carry on with what we got.
                pass
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection, *, immediate: bool = True) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception.

    IMMEDIATE takes the write lock at the start, so a busy database fails
    before anything is half done rather than at COMMIT.
    """
    conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def now_iso() -> str:
    """Local time with its UTC offset, to the millisecond: what people read."""
    return dt.datetime.now().astimezone().isoformat(timespec="milliseconds")


def utc_iso(moment: dt.datetime) -> str:
    """UTC, fixed width, so string order is time order (filters and sorting)."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
