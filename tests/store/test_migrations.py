"""Migrations, above all from the first schema (v1) to the current one."""

import sqlite3

import pytest

from yamaga_desk.store import STAND_IN, open_store
from yamaga_desk.store.db import default_db_path
from yamaga_desk.store.migrations import LATEST, MIGRATIONS, current_version, migrate

# The first schema exactly as version 1 shipped it, frozen here so that an
# edit to migration 1 (which must never happen) shows up as a failing test.
V1_AS_SHIPPED = """
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, description TEXT NOT NULL);
CREATE TABLE drafts (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, title TEXT, platform TEXT,
    text TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE review_records (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL,
    created_utc TEXT NOT NULL, user TEXT NOT NULL, platform TEXT, text TEXT NOT NULL, sha256 TEXT NOT NULL,
    app_version TEXT NOT NULL, rules_version TEXT NOT NULL, items_json TEXT NOT NULL, dismissed_json TEXT NOT NULL);
CREATE INDEX review_records_created ON review_records(created_utc);
CREATE TRIGGER review_records_no_update BEFORE UPDATE ON review_records
BEGIN SELECT RAISE(ABORT, 'review records are append-only: UPDATE refused'); END;
CREATE TRIGGER review_records_no_delete BEFORE DELETE ON review_records
BEGIN SELECT RAISE(ABORT, 'review records are append-only: DELETE refused'); END;
INSERT INTO schema_version VALUES (1, '2025-04-01T09:00:00+09:00', 'first schema');
"""



def _make_v1_database(path):
    import hashlib

    conn = sqlite3.connect(path)
    conn.executescript(V1_AS_SHIPPED)
    conn.execute("INSERT INTO drafts VALUES (1, 'u-1', NULL, 'x', '菊池川の花火大会\n雨天順延です', "
                 "'2025-04-02T10:00:00.000+09:00', '2025-04-02T10:05:00.000+09:00')")
    conn.execute("INSERT INTO drafts VALUES (2, 'u-2', '議会だより', 'blog', '本文', "
                 "'2025-04-03T10:00:00.000+09:00', '2025-04-03T10:00:00.000+09:00')")
    text = "菊池川の花火大会\n雨天順延です"
    conn.execute(
        "INSERT INTO review_records VALUES (1, 'r-1', '2025-04-02T10:06:00.000+09:00', "
        "'2025-04-02T01:06:00.000000Z', 'yamaga.taro', 'x', ?, ?, '0.0.9', 'abc123', "
        "'[{\"item\": \"5.1\", \"status\": \"review\", \"ticked\": true, \"reason\": \"\"}]', '[]')",
        (text, hashlib.sha256(text.encode()).hexdigest()))
    conn.commit()
    conn.close()


def test_migration_1_is_the_frozen_first_schema(tmp_path):
    fresh = sqlite3.connect(tmp_path / "a.sqlite3", isolation_level=None)
    migrate(fresh, target=1)
    frozen = sqlite3.connect(tmp_path / "b.sqlite3")
    frozen.executescript(V1_AS_SHIPPED)

    def shape(conn):
        return sorted((r[0], r[1], [tuple(c[1:3]) for c in conn.execute(f"PRAGMA table_info({r[1]})")])
                      for r in conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))

    assert shape(fresh) == shape(frozen)


def test_fresh_database_is_at_latest_version(store):
    assert current_version(store.conn) == LATEST == MIGRATIONS[-1].version
    versions = [r[0] for r in store.conn.execute("SELECT version FROM schema_version ORDER BY version")]
    assert versions == [m.version for m in MIGRATIONS]


def test_v1_database_is_migrated_with_everything_kept():
    path = default_db_path()
    path.parent.mkdir(parents=True)
    _make_v1_database(path)

    store = open_store()
    assert store.path == path and store.take_notices() == []
    assert current_version(store.conn) == LATEST

    drafts = {d.uid: d for d in store.drafts.list()}
    assert drafts["u-1"].text == "菊池川の花火大会\n雨天順延です"
    assert drafts["u-1"].title == "菊池川の花火大会"
    assert drafts["u-2"].title == "議会だより" and drafts["u-2"].custom_title
    # The v1 text became the first version; history works from here on.
    assert [v.text for v in store.drafts.versions(drafts["u-1"].id)] == ["菊池川の花火大会\n雨天順延です"]
    store.drafts.save(drafts["u-1"].id, "菊池川の花火大会\n小雨決行です", "x")
    assert len(store.drafts.versions(drafts["u-1"].id)) == 2

    (record,) = store.records.list()
    assert record.review.user == "yamaga.taro" and record.intact and record.draft_uid is None
    # Still append-only after the migration.
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("UPDATE review_records SET text = 'changed'")
    store.close()

    backups = list(path.parent.glob("yamaga-desk.before-v2-*.sqlite3"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 1
    assert old.execute("SELECT text FROM drafts WHERE uid = 'u-1'").fetchone()[0].startswith("菊池川")


def test_failed_migration_leaves_the_previous_version(tmp_path, monkeypatch):
    from yamaga_desk.store import migrations

    path = tmp_path / "v1.sqlite3"
    _make_v1_database(path)
    broken = migrations.Migration(2, "broken", migrations.V2 + "\nTHIS IS NOT SQL;")
    monkeypatch.setattr(migrations, "MIGRATIONS", (migrations.MIGRATIONS[0], broken))
    conn = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError):
        migrations.migrate(conn, target=2)
    assert current_version(conn) == 1
    assert "text" in [c[1] for c in conn.execute("PRAGMA table_info(drafts)")]
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'draft_versions'").fetchone() is None


def test_database_from_a_newer_app_is_left_alone():
    path = default_db_path()
    path.parent.mkdir(parents=True)
    with open_store() as s:
        s.drafts.create("新しい版の下書き")
        s.conn.execute("INSERT INTO schema_version VALUES (?, 'later', 'from the future')", (LATEST + 1,))
    before = path.read_bytes()

    store = open_store()
    assert store.where == STAND_IN and store.path != path
    (notice,) = store.take_notices()
    assert "新しい版" in notice and str(store.path) in notice
    store.drafts.create("この版の下書き")  # work goes on
    store.close()
    assert path.read_bytes() == before
