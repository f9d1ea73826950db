"""The schema, as a numbered list of migrations; ``schema_version`` says which ran.

Never edit a migration that has shipped: add the next one.  Each runs in one
transaction (DDL is transactional in SQLite), so a migration interrupted by a
crash or a full disk leaves the file at the previous version, and before an
existing database is migrated a copy of it is kept beside it.

v1  the first schema: a draft is one row holding its text; review records
    are append-only (triggers refuse UPDATE and DELETE).
v2  drafts keep their history in draft_versions and go to a trash
    (deleted_at) before they are gone; records can name the draft they came
    from; a small key/value ``state`` table remembers the open draft.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .errors import NewerSchemaError


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    sql: str


_APPEND_ONLY = """
CREATE TRIGGER review_records_no_update BEFORE UPDATE ON review_records
BEGIN SELECT RAISE(ABORT, 'review records are append-only: UPDATE refused'); END;
CREATE TRIGGER review_records_no_delete BEFORE DELETE ON review_records
BEGIN SELECT RAISE(ABORT, 'review records are append-only: DELETE refused'); END;
"""

V1 = """
CREATE TABLE schema_version (
    version     INTEGER PRIMARY KEY,
    applied_at  TEXT NOT NULL,
    description TEXT NOT NULL
);
CREATE TABLE drafts (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,      -- survives copying between databases
    title      TEXT,                      -- NULL: the first line of the text
    platform   TEXT,
    text       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE review_records (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    created_at     TEXT NOT NULL,         -- local time with offset, as the author saw it
    created_utc    TEXT NOT NULL,         -- for ordering and --since
    user           TEXT NOT NULL,
    platform       TEXT,
    text           TEXT NOT NULL,         -- exactly what was copied
    sha256         TEXT NOT NULL,
    app_version    TEXT NOT NULL,
    rules_version  TEXT NOT NULL,
    items_json     TEXT NOT NULL,         -- [{item, status, ticked, reason}]
    dismissed_json TEXT NOT NULL          -- [{rule, item, excerpt, reason}]
);
CREATE INDEX review_records_created ON review_records(created_utc);
""" + _APPEND_ONLY

V2 = """
CREATE TABLE draft_versions (
    id         INTEGER PRIMARY KEY,
    draft_id   INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    platform   TEXT,
    kind       TEXT NOT NULL,             -- autosave | save | close | restore | copy | import
    started_at TEXT NOT NULL,             -- first save of this version
    saved_at   TEXT NOT NULL              -- last save (autosaves extend one version)
);
CREATE INDEX draft_versions_by_draft ON draft_versions(draft_id, id);
INSERT INTO draft_versions (draft_id, text, platform, kind, started_at, saved_at)
    SELECT id, text, platform, 'save', updated_at, updated_at FROM drafts;
ALTER TABLE drafts DROP COLUMN text;
ALTER TABLE drafts ADD COLUMN deleted_at TEXT;
ALTER TABLE drafts ADD COLUMN flagged_items INTEGER;
ALTER TABLE review_records ADD COLUMN draft_uid TEXT;
CREATE INDEX review_records_draft ON review_records(draft_uid);
CREATE TABLE state (
    key   TEXT PRIMARY KEY,
    value TEXT
);
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "first schema: drafts and append-only review records", V1),
    Migration(2, "draft version history, trash, record→draft link, state", V2),
)
LATEST = MIGRATIONS[-1].version


def current_version(conn: sqlite3.Connection) -> int:
    """0 for an empty database."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if not has_table:
        return 0
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection, *, target: int = LATEST, db_path: Path | None = None) -> int:
    """Bring the database up to `target`; returns the version it was at.

    `db_path`: when given and the database already holds data, a copy is
    written beside it first (``<name>.before-v<N>-<time>.sqlite3``).
    """
    found = current_version(conn)
    if found > LATEST:
        raise NewerSchemaError(found, LATEST)
    todo = [m for m in MIGRATIONS if found < m.version <= target]
    if not todo:
        return found
    if found > 0 and db_path is not None:
        _backup(conn, db_path, todo[-1].version)
    for m in todo:
        _apply(conn, m)
    return found


def _apply(conn: sqlite3.Connection, m: Migration) -> None:
    stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    script = (
        "BEGIN IMMEDIATE;\n" + m.sql
        + f"\nINSERT INTO schema_version (version, applied_at, description) VALUES "
        f"({m.version}, '{stamp}', '{m.description.replace(chr(39), chr(39) * 2)}');\nCOMMIT;"
    )
    try:
        conn.executescript(script)
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _backup(conn: sqlite3.Connection, db_path: Path, to_version: int) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest_path = db_path.with_name(f"{db_path.stem}.before-v{to_version}-{stamp}{db_path.suffix}")
    dest = sqlite3.connect(str(dest_path))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return dest_path
