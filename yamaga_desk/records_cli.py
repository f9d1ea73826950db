"""``yamaga-desk records``: list and export the review records.

    yamaga-desk records list [--since YYYY-MM-DD]
    yamaga-desk records export --format csv|pdf [--since YYYY-MM-DD] OUT

Reads the same database as the app (paths.user_data_dir(), or
YAMAGA_DESK_DATA_DIR).  Store and export modules are imported inside the
commands, so ``yamaga-desk check`` never loads them (nor Qt, for the PDF).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

EXIT_OK, EXIT_USAGE = 0, 2


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日付「{value}」は YYYY-MM-DD の形で指定してください") from None


def add_parser(sub) -> None:
    """Register ``records list`` and ``records export`` on the main CLI."""
    records = sub.add_parser("records", help="確認記録の一覧・書き出し（CSV / PDF）")
    records_sub = records.add_subparsers(dest="records_command", required=True)

    listing = records_sub.add_parser("list", help="確認記録の一覧")
    listing.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="この日以降の記録だけ")
    listing.set_defaults(func=cmd_list)

    export = records_sub.add_parser("export", help="確認記録を CSV（Excel 用）か PDF（確認記録票）に書き出す")
    export.add_argument("--format", choices=("csv", "pdf"), required=True)
    export.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="この日以降の記録だけ")
    export.add_argument("out", metavar="OUT", help="書き出すファイル")
    export.set_defaults(func=cmd_export)


def _load(since: dt.date | None):
    """Records from the database, or [] when there is no database yet
    (listing must not create one).  Notices go to stderr."""
    from .store import open_store
    from .store.db import default_db_path

    if not default_db_path().exists():
        return []
    store = open_store()
    try:
        for notice in store.take_notices():
            print(f"yamaga-desk: {notice}", file=sys.stderr)
        return store.records.list(since)
    finally:
        store.close()


def _first_line(text: str, width: int = 40) -> str:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= width else line[: width - 1] + "…"


def cmd_list(args) -> int:
    from .export.labels import platform_label
    from .store import StoreError

    try:
        records = _load(args.since)
    except StoreError as exc:
        print(f"yamaga-desk: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    if not records:
        print("確認記録はありません。", file=sys.stderr)
        return EXIT_OK
    for rec in records:
        r = rec.review
        ticked = sum(1 for i in r.items if i.ticked)
        flagged = sum(1 for i in r.items if i.status == "flagged")
        mark = "" if rec.intact else "\t[SHA-256 不一致]"
        print(f"{rec.id}\t{r.created_at:%Y-%m-%d %H:%M}\t{r.user}\t{platform_label(r.platform)}\t"
              f"確認 {ticked}/{len(r.items)}\t指摘 {flagged}\t{rec.sha256[:12]}\t{_first_line(r.text)}{mark}")
    return EXIT_OK


def cmd_export(args) -> int:
    from .store import StoreError

    out = Path(args.out)
    if out.is_dir():
        print(f"yamaga-desk: {out}: フォルダーです。書き出すファイルの名前を指定してください", file=sys.stderr)
        return EXIT_USAGE
    if not out.parent.is_dir():
        print(f"yamaga-desk: {out.parent}: フォルダーが見つかりません", file=sys.stderr)
        return EXIT_USAGE
    try:
        records = _load(args.since)
    except StoreError as exc:
        print(f"yamaga-desk: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.format == "csv":
            from .export.csv_export import write_csv

            write_csv(records, out)
            shown = f"{len(records)} 件"
        else:
            from .export.pdf_export import PdfExportError, write_pdf

            try:
                pages = write_pdf(records, out)
            except PdfExportError as exc:
                print(f"yamaga-desk: {exc}", file=sys.stderr)
                return EXIT_USAGE
            shown = f"{len(records)} 件、{pages} ページ"
    except OSError as exc:
        print(f"yamaga-desk: {out}: 書き込めません（{exc.strerror or exc}）", file=sys.stderr)
        return EXIT_USAGE
    since = f"（{args.since:%Y-%m-%d} 以降）" if args.since else ""
    print(f"確認記録 {shown}{since}を {out} に書き出しました。", file=sys.stderr)
    return EXIT_OK
