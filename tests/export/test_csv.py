import csv
import hashlib
import io

from yamaga_desk.export.csv_export import to_csv, write_csv


def _read(path):
    data = path.read_bytes()
    return data, list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_excel_ready_utf8_with_bom_and_crlf(store, add_record, tmp_path):
    add_record("山鹿灯籠まつり😀\n二行目")
    out = tmp_path / "records.csv"
    write_csv(store.records.list(), out)
    data, rows = _read(out)
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    assert data.count(b"\r\n") == 2  # header and one record; the text's own \n stays inside quotes
    assert "山鹿灯籠まつり😀\n二行目" in rows[1]
    assert not list(tmp_path.glob("*.tmp"))


def test_one_row_per_record_with_every_item(store, add_record, dismissed):
    add_record("一件目", "x", untick=("5.3",), dismissed=dismissed)
    add_record("二件目", "blog")
    _, rows = _read_text(to_csv(store.records.list()))
    header, first, second = rows
    row = dict(zip(header, first))
    assert row["本文"] == "一件目" and row["媒体"] == "X" and row["利用者"] == "kouhou01"
    assert row["日時"] == "2025-08-01 10:00:00"
    assert row["SHA-256"] == hashlib.sha256("一件目".encode()).hexdigest()
    assert row["改変検査"] == "一致"
    status_cols = [h for h in header if h.endswith(" 状態")]
    assert len(status_cols) == 16 and status_cols[0] == "5(1) 状態" and "5(6)① 状態" in status_cols
    assert row["5(6)① 状態"] == "指摘あり" and row["5(6)① 確認"] == "確認済"
    assert row["5(3) 確認"] == "未確認"
    assert row["確認の理由"] == "5(6)①: 市長の発言の引用で問題なし"
    assert row["無視した指摘"] == "5.6.1 5.6.1-insults「ばか」: 方言の「ばかうまい」"
    assert dict(zip(header, second))["媒体"] == "ブログ"


def test_cells_excel_would_run_as_formulas_are_defused(store, add_record):
    add_record("@yamaga_city 本日の告知")
    add_record("=HYPERLINK(\"http://example.com\")")
    _, rows = _read_text(to_csv(store.records.list()))
    header = rows[0]
    texts = [dict(zip(header, r))["本文"] for r in rows[1:]]
    assert texts == ["'@yamaga_city 本日の告知", "'=HYPERLINK(\"http://example.com\")"]
    # The hash is still that of the exact text.
    sha = dict(zip(header, rows[1]))["SHA-256"]
    assert sha == hashlib.sha256("@yamaga_city 本日の告知".encode()).hexdigest()


def test_no_records_gives_just_the_header(tmp_path):
    out = tmp_path / "empty.csv"
    write_csv([], out)
    _, rows = _read(out)
    assert len(rows) == 1 and rows[0][0] == "記録番号"


def _read_text(text):
    return None, list(csv.reader(io.StringIO(text, newline="")))
