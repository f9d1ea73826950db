"""yamaga-desk records list / export."""

import csv
import datetime as dt
import io
import shutil
import subprocess
import sys

import pytest

from yamaga_desk.cli import main
from yamaga_desk.review import ItemReview, ReviewRecord
from yamaga_desk.ruleset.loader import load_checklist
from yamaga_desk.store import open_store
from yamaga_desk.store.db import default_db_path

JST = dt.timezone(dt.timedelta(hours=9))


@pytest.fixture
def three_records():
    items = tuple(ItemReview(i.id, "flagged" if i.id == "5.4" else "clear", i.id != "6.2") for i in load_checklist())
    with open_store() as store:
        for day, text, platform in ((1, "七月の告知\n詳細は後日", "x"), (10, "八月の告知", "line"),
                                    (20, "九月の告知", None)):
            store.records.record(ReviewRecord(text, platform, items, user="kouhou01",
                                              created_at=dt.datetime(2025, 8, day, 12, 0, tzinfo=JST)))


def test_list(three_records, capsys):
    assert main(["records", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    first = lines[0].split("\t")
    assert first[0] == "1" and first[2] == "kouhou01" and first[3] == "X"
    assert first[4] == "確認 15/16" and first[5] == "指摘 1" and first[-1] == "七月の告知"
    assert lines[2].split("\t")[3] == "指定なし"


def test_list_since(three_records, capsys):
    assert main(["records", "list", "--since", "2025-08-10"]) == 0
    out = capsys.readouterr().out
    assert "七月の告知" not in out and "八月の告知" in out and "九月の告知" in out


def test_list_without_a_database_creates_none(capsys):
    assert main(["records", "list"]) == 0
    assert "確認記録はありません" in capsys.readouterr().err
    assert not default_db_path().exists()


def test_export_csv_since(three_records, tmp_path, capsys):
    out = tmp_path / "記録.csv"
    assert main(["records", "export", "--format", "csv", "--since", "2025-08-10", str(out)]) == 0
    assert "2 件" in capsys.readouterr().err
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [r[4] for r in rows[1:]] == ["八月の告知", "九月の告知"]


def _yamaga_desk(*argv):
    # The PDF export loads Qt: keep it out of the test process (see tests/export/conftest.py).
    return subprocess.run([sys.executable, "-m", "yamaga_desk", *argv], capture_output=True, text=True,
                          timeout=120)


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils is not installed")
def test_export_pdf(three_records, tmp_path):
    out = tmp_path / "records.pdf"
    done = _yamaga_desk("records", "export", "--format", "pdf", str(out))
    assert done.returncode == 0 and "3 件、3 ページ" in done.stderr
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           3" in info


def test_export_pdf_writes_a_pdf_even_without_poppler(three_records, tmp_path):
    out = tmp_path / "records.pdf"
    done = _yamaga_desk("records", "export", "--format", "pdf", "--since", "2025-08-20", str(out))
    assert done.returncode == 0 and "1 件、1 ページ" in done.stderr
    assert out.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize("argv,message", [
    (["records", "export", "--format", "csv", "--since", "2025-02-30", "x.csv"], "YYYY-MM-DD"),
    (["records", "export", "--format", "xlsx", "x.csv"], "invalid choice"),
    (["records", "export", "x.csv"], "--format"),
])
def test_usage_errors(argv, message, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert message in capsys.readouterr().err


def test_export_to_missing_folder_or_a_folder(three_records, tmp_path, capsys):
    assert main(["records", "export", "--format", "csv", str(tmp_path / "nope" / "x.csv")]) == 2
    assert "フォルダーが見つかりません" in capsys.readouterr().err
    assert main(["records", "export", "--format", "csv", str(tmp_path)]) == 2
    assert "フォルダーです" in capsys.readouterr().err


def test_corrupt_database_is_reported_and_listing_goes_on(capsys):
    path = default_db_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database at all" * 100)
    assert main(["records", "list"]) == 0
    err = capsys.readouterr().err
    assert "壊れていた" in err and "確認記録はありません" in err
