import datetime as dt
import hashlib
import sqlite3
import subprocess
import sys

import pytest

from yamaga_desk import __version__
from yamaga_desk.review import MemoryRecorder, ReviewRecord
from yamaga_desk.store.records import Records, rules_version, rules_version_of


def test_record_keeps_everything_the_review_had(store, make_review):
    review = make_review("【お知らせ】\r\n灯籠まつり😀 8/15", "instagram",
                         created_at=dt.datetime(2025, 8, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=9))))
    stored = store.records.record(review)
    (got,) = store.records.list()
    assert got.id == stored.id
    r = got.review
    assert r.text == "【お知らせ】\r\n灯籠まつり😀 8/15"  # exact, CRLF and emoji included
    assert got.sha256 == hashlib.sha256(r.text.encode("utf-8")).hexdigest() and got.intact
    assert r.platform == "instagram"
    assert r.items == review.items and len(r.items) == 16
    assert [i.reason for i in r.items if i.reason] == ["日付と曜日は広報課で確認済み"]
    assert r.dismissed == review.dismissed
    assert r.created_at == review.created_at and r.created_at.utcoffset() == dt.timedelta(hours=9)
    assert r.app_version == __version__
    assert r.rules_version == rules_version() and len(r.rules_version) == 12


def test_user_is_the_windows_user_name(store, make_review, monkeypatch):
    for name in ("LOGNAME", "USER", "LNAME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("USERNAME", "yamaga.hanako")
    assert store.records.record(make_review()).review.user == "yamaga.hanako"
    # A user given by the app wins.
    assert store.records.record(make_review(user="kouhou01")).review.user == "kouhou01"


def test_same_interface_as_memory_recorder(store, make_review):
    for recorder in (MemoryRecorder(), store.records):
        recorder.record(make_review("同じ呼び方"))
    assert isinstance(store.records, Records)
    assert store.records.list()[0].review.text == "同じ呼び方"


def test_append_only_even_with_raw_sql_from_another_process(store, make_review):
    store.records.record(make_review("消せない記録"))
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("DELETE FROM review_records")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("UPDATE review_records SET text = '改ざん'")
    script = ("import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\n"
              "for sql in ('UPDATE review_records SET user = 1', 'DELETE FROM review_records'):\n"
              "    try:\n        c.execute(sql); c.commit(); print('allowed')\n"
              "    except sqlite3.IntegrityError as e:\n        print('refused')\n")
    out = subprocess.run([sys.executable, "-c", script, str(store.path)], capture_output=True, text=True,
                         timeout=60).stdout.split()
    assert out == ["refused", "refused"]
    assert store.records.list()[0].review.text == "消せない記録"


def test_tampered_text_is_detected(store, make_review):
    store.records.record(make_review("元の本文"))
    # Someone with a database tool drops the trigger and edits the text.
    store.conn.execute("DROP TRIGGER review_records_no_update")
    store.conn.execute("UPDATE review_records SET text = '書き換えた本文'")
    (got,) = store.records.list()
    assert not got.intact


def test_since_is_from_local_midnight(store, make_review):
    jst = dt.timezone(dt.timedelta(hours=9))
    for day in (1, 2, 3):
        store.records.record(make_review(f"{day}日", created_at=dt.datetime(2025, 8, day, 0, 0, 1, tzinfo=jst)))
    local = dt.datetime(2025, 8, 2, 0, 0, 1, tzinfo=jst).astimezone().date()
    texts = [r.review.text for r in store.records.list(since=local)]
    assert texts[-1] == "3日" and "1日" not in texts
    assert [r.review.text for r in store.records.list()] == ["1日", "2日", "3日"]


def test_rules_version_follows_rule_file_contents(tmp_path):
    a = tmp_path / "a.toml"
    a.write_text("[[rule]]\nid = 'x'\n", encoding="utf-8")
    first = rules_version_of([str(a)])
    assert rules_version_of([str(a)]) == first
    a.write_text("[[rule]]\nid = 'y'\n", encoding="utf-8")
    assert rules_version_of([str(a)]) != first


def test_naive_time_is_stored_as_local_time(store):
    review = ReviewRecord("t", None, (), created_at=dt.datetime(2025, 1, 2, 3, 4, 5))
    got = store.records.get(store.records.record(review).id).review
    assert got.created_at.tzinfo is not None
    assert got.created_at.replace(tzinfo=None) == dt.datetime(2025, 1, 2, 3, 4, 5)
