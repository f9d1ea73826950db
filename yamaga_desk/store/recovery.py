"""Opening the database no matter what state it is in.

open_store() never raises for a bad database; it always returns a Store the
app can write to, and puts a Japanese message in ``store.notices`` saying
what happened:

* corrupt (garbage bytes, damaged pages, not a database): the file and its
  -wal/-shm are renamed ``<name>.broken-<time>.sqlite3``, a fresh database is
  started, and every draft and record that can still be read from the broken
  copy is copied into it;
* locked by another program, or made by a newer version of the app: the file
  is left alone (moving a file another program is writing would lose its
  writes) and this session saves into a stand-in file
  ``<name>.pending-<time>.sqlite3`` beside it; the next start that can open
  the normal file copies the stand-in's drafts and records into it;
* unreadable (no permission, I/O error): moved aside like a corrupt file if
  possible, else a stand-in file, else (folder not writable, disk full)
  memory only — the user is told to keep their text another way.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import tempfile
from pathlib import Path

from .db import DB_FILENAME, default_db_path, transaction
from .errors import CORRUPT, FULL, LOCKED, NewerSchemaError, classify
from .store import FILE, MEMORY, STAND_IN, Store

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def open_store(path: Path | None = None) -> Store:
    path = Path(path) if path is not None else default_db_path()
    notices: list[str] = []
    store = _open_main(path, notices)
    store.on_corrupt = replace_corrupt
    if store.where != MEMORY:
        _merge_pending(store, notices)
    store.notices.extend(notices)
    return store


def _open_main(path: Path, notices: list[str]) -> Store:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return Store.open_file(path)
    except NewerSchemaError as exc:
        return _stand_in(path, notices, exc.message)
    except (sqlite3.Error, OSError) as exc:
        kind = classify(exc)
    if kind == LOCKED:
        return _stand_in(path, notices, f"データベース（{path}）が他のプログラムに使用中（ロック）のため開けません。")
    if kind == FULL:
        return _memory(notices, "ディスクの空きがないためデータベースを開けません。")
    # CORRUPT, UNREADABLE or anything else that makes the file unusable.
    try:
        aside = move_aside(path, "broken")
    except OSError:
        what = "壊れている" if kind == CORRUPT else "読めない"
        return _stand_in(path, notices, f"データベース（{path}）が{what}うえ、移動もできません。")
    try:
        store = Store.open_file(path)
    except (sqlite3.Error, OSError):
        return _stand_in(path, notices, f"データベース（{path}）を新しく作れません。")
    drafts, records = salvage_into(aside, store)
    notices.append(
        f"データベースが{'壊れていた' if kind == CORRUPT else '読めなかった'}ため、{aside.name} に移して"
        f"新しいデータベースで始めます。読み出せた下書き {drafts} 件と確認記録 {records} 件は新しいデータベースに移しました。"
    )
    return store


def _stand_in(path: Path, notices: list[str], why: str) -> Store:
    """A fresh file beside the normal one (or in the temp folder) for this session."""
    stamp = _stamp()
    for folder in (path.parent, Path(tempfile.gettempdir()) / "YamagaDesk"):
        candidate = folder / f"{path.stem}.pending-{stamp}{path.suffix}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            store = Store.open_file(candidate, where=STAND_IN)
        except (sqlite3.Error, OSError):
            continue
        later = "次に起動したとき元のデータベースに取り込みます。" if folder == path.parent else \
            "このファイルは自動では取り込まれません。"
        notices.append(f"{why}今回の下書きと確認記録は {candidate} に保存します。{later}")
        return store
    return _memory(notices, why)


def _memory(notices: list[str], why: str) -> Store:
    notices.append(
        f"{why}下書きと確認記録はアプリを閉じるまでメモリーにだけ保持します。"
        "本文はファイルに保存するかコピーして残してください。"
    )
    return Store.in_memory()


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")[:-3]


def move_aside(path: Path, label: str) -> Path:
    """Rename the database and its -wal/-shm to ``<stem>.<label>-<time><suffix>``
    (the WAL holds committed saves, so it moves with the file)."""
    aside = path.with_name(f"{path.stem}.{label}-{_stamp()}{path.suffix}")
    os.replace(path, aside)
    for suffix in SIDE_SUFFIXES:
        side = Path(str(path) + suffix)
        if side.exists():
            with contextlib.suppress(OSError):
                os.replace(side, Path(str(aside) + suffix))
    return aside


def replace_corrupt(store: Store) -> None:
    """Store.on_corrupt of every store open_store returns: called by
    Store.run when the open database turns out corrupt."""
    path = store.path
    assert path is not None
    store.close()
    notices: list[str] = []
    fresh = _open_main_after_corruption(path, notices)
    # A stand-in that broke is replaced by a fresh stand-in, not promoted to the main file.
    where = store.where if fresh.where == FILE else fresh.where
    store.conn, store.path, store.where = fresh.conn, fresh.path, where
    store.notices.extend(notices)


def _open_main_after_corruption(path: Path, notices: list[str]) -> Store:
    try:
        aside = move_aside(path, "broken")
    except OSError:
        return _stand_in(path, notices, "作業中にデータベースが壊れ、移動もできません。")
    try:
        store = Store.open_file(path)
    except (sqlite3.Error, OSError):
        return _stand_in(path, notices, "作業中にデータベースが壊れ、新しく作れません。")
    drafts, records = salvage_into(aside, store)
    notices.append(
        f"作業中にデータベースが壊れていることが分かったため、{aside.name} に移して新しいデータベースに切り替えました。"
        f"読み出せた下書き {drafts} 件と確認記録 {records} 件は移しました。"
    )
    return store


# -- copying drafts and records out of another database file -----------------

def salvage_into(source: Path, store: Store) -> tuple[int, int]:
    """Copy every draft (with its versions) and every record that can be read
    from `source` into `store`; rows on damaged pages are skipped.
    Returns (drafts copied, records copied)."""
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return 0, 0
    try:
        columns = _columns(src)
        drafts = _read_rows(src, "drafts", columns.get("drafts", []))
        versions = _read_rows(src, "draft_versions", columns.get("draft_versions", []))
        records = _read_rows(src, "review_records", columns.get("review_records", []))
    finally:
        src.close()
    return _import(store, drafts, versions, records)


def _columns(src: sqlite3.Connection) -> dict[str, list[str]]:
    out = {}
    for table in ("drafts", "draft_versions", "review_records"):
        try:
            out[table] = [r[1] for r in src.execute(f"PRAGMA table_info({table})")]
        except sqlite3.Error:
            out[table] = []
    return out


def _read_rows(src: sqlite3.Connection, table: str, columns: list[str]) -> list[dict]:
    """Rows as dicts, read forwards and then backwards by id so that rows on
    both sides of a damaged page are found."""
    if "id" not in columns:
        return []
    rows: dict[int, dict] = {}
    for order in ("ASC", "DESC"):
        try:
            for row in src.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY id {order}"):
                item = dict(zip(columns, row))
                if item["id"] in rows:
                    break
                rows[item["id"]] = item
        except sqlite3.Error:
            continue
    return [rows[k] for k in sorted(rows)]


def _import(store: Store, drafts: list[dict], versions: list[dict], records: list[dict]) -> tuple[int, int]:
    by_draft: dict[int, list[dict]] = {}
    for v in versions:
        by_draft.setdefault(v.get("draft_id"), []).append(v)

    def run(conn) -> tuple[int, int]:
        n_drafts = n_records = 0
        with transaction(conn):
            for d in drafts:
                mine = by_draft.get(d["id"], [])
                if not mine and "text" in d:  # a v1 database: the text is on the draft
                    mine = [{"text": d["text"] or "", "platform": d.get("platform"), "kind": "save",
                             "started_at": d["updated_at"], "saved_at": d["updated_at"]}]
                if _import_draft(conn, d, mine):
                    n_drafts += 1
            for r in records:
                if _import_record(conn, r):
                    n_records += 1
        return n_drafts, n_records

    try:
        return store.run(run)
    except Exception:
        return 0, 0


def _import_draft(conn, d: dict, versions: list[dict]) -> bool:
    try:
        uid, created, updated = d["uid"], d["created_at"], d["updated_at"]
    except KeyError:
        return False
    row = conn.execute("SELECT id FROM drafts WHERE uid = ?", (uid,)).fetchone()
    if row is None:
        taken = conn.execute("SELECT 1 FROM drafts WHERE id = ?", (d["id"],)).fetchone()
        row_id = None if taken else d["id"]  # keep the number when it is free
        draft_id = conn.execute(
            "INSERT INTO drafts (id, uid, title, platform, created_at, updated_at, deleted_at, flagged_items)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (row_id, uid, d.get("title"), d.get("platform"), created, updated, d.get("deleted_at"),
             d.get("flagged_items"))).lastrowid
        added = True
    else:
        draft_id = row[0]
        added = False
    have = {(s, t) for s, t in conn.execute(
        "SELECT started_at, text FROM draft_versions WHERE draft_id = ?", (draft_id,))}
    for v in versions:
        if (v.get("started_at"), v.get("text")) in have or v.get("text") is None:
            continue
        conn.execute(
            "INSERT INTO draft_versions (draft_id, text, platform, kind, started_at, saved_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (draft_id, v["text"], v.get("platform"), v.get("kind") or "import",
             v.get("started_at") or updated, v.get("saved_at") or updated))
        added = True
    if not added:
        return False
    conn.execute("UPDATE drafts SET updated_at = max(updated_at, ?) WHERE id = ?", (updated, draft_id))
    return True


_RECORD_COLUMNS = ("uid", "created_at", "created_utc", "user", "platform", "text", "sha256",
                   "app_version", "rules_version", "items_json", "dismissed_json", "draft_uid")


def _import_record(conn, r: dict) -> bool:
    if any(r.get(c) is None for c in _RECORD_COLUMNS if c not in ("platform", "draft_uid")):
        return False
    cur = conn.execute(
        f"INSERT OR IGNORE INTO review_records ({', '.join(_RECORD_COLUMNS)})"
        f" VALUES ({', '.join('?' * len(_RECORD_COLUMNS))})",
        tuple(r.get(c) for c in _RECORD_COLUMNS))
    return cur.rowcount == 1


# -- stand-in files from earlier sessions -------------------------------------

def _merge_pending(store: Store, notices: list[str]) -> None:
    """Copy earlier sessions' stand-in files into the database we opened."""
    if store.path is None or store.where != FILE:
        return
    folder, stem, suffix = store.path.parent, store.path.stem, store.path.suffix
    for pending in sorted(folder.glob(f"{stem}.pending-*{suffix}")):
        if pending == store.path:
            continue
        try:
            _checkpoint(pending)  # fails while another window still uses it
        except sqlite3.Error:
            continue
        drafts, records = salvage_into(pending, store)
        with contextlib.suppress(OSError):
            os.replace(pending, pending.with_name(pending.name + ".merged"))
        notices.append(f"前回 {pending.name} に保存した下書き {drafts} 件と確認記録 {records} 件を取り込みました。")


def _checkpoint(path: Path) -> None:
    """Fold the -wal into the file so it can be read read-only and renamed."""
    conn = sqlite3.connect(str(path), timeout=0.2)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0].lower() != "delete":
            raise sqlite3.OperationalError("database is locked")
    finally:
        conn.close()


__all__ = ["open_store", "move_aside", "salvage_into", "DB_FILENAME"]
