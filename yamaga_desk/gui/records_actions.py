"""The 記録 menu of the main window: the list of review records and their
export to CSV (Excel) or PDF (確認記録票), with a date filter.

A mixin of MainWindow.  The exports are the same functions the command line
uses (`yamaga-desk records export`); the PDF reuses the running QApplication.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from ..store import StoreError
from . import dialogs
from .records_dialog import RecordsDialog

FORMATS = {
    "csv": ("CSV", "CSV ファイル（Excel 用） (*.csv)"),
    "pdf": ("PDF（確認記録票）", "PDF ファイル (*.pdf)"),
}


class RecordsActions:
    """Mixin for MainWindow; see the module docstring."""

    records_dialog: RecordsDialog | None = None

    def show_records(self) -> RecordsDialog:
        if self.records_dialog is not None:
            self.records_dialog.close()
            self.records_dialog.deleteLater()
        dialog = RecordsDialog(self, self.store.records.list)
        dialog.exportRequested.connect(self.export_records)
        dialog.reload()
        self.records_dialog = dialog
        dialog.open()
        return dialog

    def export_records_from_menu(self, fmt: str) -> Path | None:
        ok, since = dialogs.ask_since(self, FORMATS[fmt][0])
        if not ok:
            return None
        return self.export_records(fmt, since)

    def export_records(self, fmt: str, since: dt.date | None = None) -> Path | None:
        """Ask where, write, and say what happened.  Returns the file written."""
        label, file_filter = FORMATS[fmt]
        span = f"（{since:%Y/%m/%d} 以降）" if since else ""
        try:
            records = self.store.records.list(since)
        except StoreError as exc:
            dialogs.show_error(self, "確認記録を読めません", exc.message)
            return None
        if not records:
            dialogs.show_info(self, "書き出す記録がありません",
                              f"書き出す確認記録がありません{span}。ファイルは作っていません。")
            return None
        folder = Path(str(self.settings.value("exportDir", "") or Path.home()))
        suggested = folder / f"確認記録_{dt.date.today():%Y%m%d}.{fmt}"
        name, _ = QFileDialog.getSaveFileName(self, f"確認記録を{label}に書き出す", str(suggested), file_filter)
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if fmt == "csv":
                from ..export.csv_export import write_csv

                write_csv(records, path)
                done = f"{len(records)} 件"
            else:
                from ..export.pdf_export import PdfExportError, write_pdf

                try:
                    pages = write_pdf(records, path)
                except PdfExportError as exc:
                    QApplication.restoreOverrideCursor()
                    dialogs.show_error(self, "PDF を書き出せません", str(exc))
                    return None
                done = f"{len(records)} 件（{pages} ページ）"
        except OSError as exc:
            QApplication.restoreOverrideCursor()
            dialogs.show_error(self, f"{label}を書き出せません",
                               f"{path} に書き込めませんでした（{exc.strerror or exc}）。\n"
                               "別の場所を選ぶか、ファイルを開いているアプリ（Excel など）を閉じてからもう一度お試しください。")
            return None
        QApplication.restoreOverrideCursor()
        self.settings.set_value("exportDir", str(path.parent))
        message = f"確認記録 {done}{span}を {path} に書き出しました。"
        self.statusBar().showMessage(message, 10000)
        dialogs.show_info(self, "書き出しました", message)
        return path
