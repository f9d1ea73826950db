"""The Store: one open database, its drafts and its review records.

All access goes through ``Store.run`` which holds a lock (the app may save
from more than one thread) and turns sqlite3 errors into StoreError with a
Japanese message.  A database found corrupt while the app is running is
replaced the same way as at start (recovery.py) and the operation retried
once, so the save the user asked for still happens.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from . import migrations
from .db import connect
from .drafts import Drafts
from .errors import CORRUPT, StoreError, as_store_error, classify
from .records import Records

T = TypeVar("T")

# Where the data is kept: the normal file, a stand-in file while the normal
# one cannot be used, or memory only (nothing on disk could be written).
FILE, STAND_IN, MEMORY = "file", "stand-in", "memory"


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path | None, where: str = FILE) -> None:
        self.conn = conn
        self.path = path  # None in memory
        self.where = where
        self.notices: list[str] = []  # Japanese, for the user; see take_notices()
        self._lock = threading.RLock()
        # What to do when the open database turns out corrupt in the middle of
        # work: open_store (recovery.py) sets recovery.replace_corrupt, which
        # swaps in a fresh database; without it the error is raised.
        self.on_corrupt: Callable[[Store], None] | None = None
        self.drafts = Drafts(self)
        self.records = Records(self)

    @classmethod
    def open_file(cls, path: Path, where: str = FILE) -> "Store":
        """Open `path`, check it and migrate it; sqlite3 errors propagate
        (recovery.open_store is the caller that handles them)."""
        conn = connect(path)
        try:
            check_integrity(conn)
            migrations.migrate(conn, db_path=path)
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, where)

    @classmethod
    def in_memory(cls) -> "Store":
        conn = connect(":memory:")
        migrations.migrate(conn)
        return cls(conn, None, MEMORY)

    def run(self, operation: Callable[[sqlite3.Connection], T]) -> T:
        """Run `operation(conn)` under the lock; sqlite3 errors become StoreError."""
        with self._lock:
            try:
                return operation(self.conn)
            except sqlite3.Error as exc:
                if classify(exc) != CORRUPT or self.where == MEMORY or self.on_corrupt is None:
                    raise as_store_error(exc) from exc
                self.on_corrupt(self)
            try:
                return operation(self.conn)
            except sqlite3.Error as exc:
                raise as_store_error(exc) from exc

    def take_notices(self) -> list[str]:
        """Messages the app has not shown yet (and forget them)."""
        with self._lock:
            notices, self.notices = self.notices, []
            return notices

    def close(self) -> None:
        with self._lock:
            try:
                self.conn.close()
            except sqlite3.Error:
                pass

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def check_integrity(conn: sqlite3.Connection) -> None:
    """Raise sqlite3.DatabaseError (CORRUPT) unless quick_check says ok.

    quick_check reads every page, which is what finds a damaged file at
    start instead of in the middle of a save; the database is small."""
    rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    if rows != ["ok"]:
        raise sqlite3.DatabaseError("database disk image is malformed: " + "; ".join(rows[:3]))


__all__ = ["Store", "StoreError", "FILE", "STAND_IN", "MEMORY"]
