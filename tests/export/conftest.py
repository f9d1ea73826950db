from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from yamaga_desk.review import DismissedFinding, ItemReview, ReviewRecord
from yamaga_desk.ruleset.loader import load_checklist
from yamaga_desk.store import open_store

JST = dt.timezone(dt.timedelta(hours=9))


@pytest.fixture
def store():
    s = open_store()
    yield s
    s.close()


@pytest.fixture
def add_record(store):
    """add_record(text, platform, untick=(item ids), when=datetime) -> StoredRecord."""

    def add(text, platform="x", untick=(), when=None, dismissed=()):
        items = tuple(
            ItemReview(i.id, "flagged" if i.id == "5.6.1" else ("review" if i.kind == "review" else "clear"),
                       i.id not in untick, "市長の発言の引用で問題なし" if i.id == "5.6.1" else "")
            for i in load_checklist())
        review = ReviewRecord(text, platform, items, tuple(dismissed),
                              created_at=when or dt.datetime(2025, 8, 1, 10, 0, tzinfo=JST), user="kouhou01")
        return store.records.record(review)

    return add


@pytest.fixture
def dismissed():
    return (DismissedFinding("5.6.1-insults", "5.6.1", "ばか", "方言の「ばかうまい」"),)


@pytest.fixture
def export_pdf(store):
    """Run `yamaga-desk records export --format pdf OUT` in a child process.

    Not in the test process: a Qt application created here would live on
    through every later test of the session (PySide6 6.12.0 on CPython 3.11
    leaked a reference to None per processEvents(), which pytest-qt calls
    around each test, and the run aborted at exit).  The child process is
    also exactly what a clerk runs."""

    def run(out, *args):
        return subprocess.run([sys.executable, "-m", "yamaga_desk", "records", "export", "--format", "pdf",
                               *args, str(out)], capture_output=True, text=True, timeout=120)

    return run
