"""Review records as CSV that Excel opens correctly on a Japanese Windows PC.

UTF-8 with a BOM (without it Excel assumes CP932 and garbles the text),
CRLF line ends, every field quoted when needed (the text has newlines).
One row per record; per checklist item two columns (status, tick), then the
confirm reasons and the dismissed findings.

Spreadsheet safety: a cell that starts with = + - @ (a post that starts with
"@city_info", say) would be run as a formula by Excel, so such cells get a
leading apostrophe.  The exact text is in the database and the PDF; the
SHA-256 column is of the exact text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from ..store.records import StoredRecord
from .labels import TICKED, item_titles, platform_label, status_label

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def header(item_ids: list[str]) -> list[str]:
    titles = item_titles()
    cols = ["記録番号", "日時", "利用者", "媒体", "本文", "SHA-256", "改変検査"]
    for item in item_ids:
        clause = titles.get(item, (item, ""))[0]
        cols += [f"{clause} 状態", f"{clause} 確認"]
    cols += ["確認の理由", "無視した指摘", "アプリ版", "規則版", "記録ID"]
    return cols


def rows(records: list[StoredRecord], item_ids: list[str]) -> Iterable[list[str]]:
    titles = item_titles()
    for rec in records:
        r = rec.review
        by_item = {i.item: i for i in r.items}
        row = [str(rec.id), r.created_at.strftime("%Y-%m-%d %H:%M:%S"), r.user, platform_label(r.platform),
               r.text, rec.sha256, "一致" if rec.intact else "不一致（本文が記録後に変わっています）"]
        for item in item_ids:
            it = by_item.get(item)
            row += [status_label(it.status), TICKED[it.ticked]] if it else ["", ""]
        reasons = [f"{titles.get(i.item, (i.item,))[0]}: {i.reason}" for i in r.items if i.reason]
        dismissed = [f"{d.item} {d.rule}「{d.excerpt}」" + (f": {d.reason}" if d.reason else "")
                     for d in r.dismissed]
        row += ["\n".join(reasons), "\n".join(dismissed), r.app_version, r.rules_version, rec.uid]
        yield [_cell(c) for c in row]


def item_ids_of(records: list[StoredRecord]) -> list[str]:
    """The checklist items, in checklist order, plus any a record has that the
    current checklist does not (an older checklist)."""
    ids = list(item_titles())
    for rec in records:
        for i in rec.review.items:
            if i.item not in ids:
                ids.append(i.item)
    return ids


def to_csv(records: list[StoredRecord]) -> str:
    item_ids = item_ids_of(records)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header(item_ids))
    writer.writerows(rows(records, item_ids))
    return out.getvalue()


def write_csv(records: list[StoredRecord], path: Path) -> None:
    """Write to `path` via a temporary file, so a failure leaves no half file."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_bytes(to_csv(records).encode("utf-8-sig"))
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
