"""The review records (確認記録): a table, the selected record's text, a date
filter, and export to CSV / PDF of what the filter shows.

Read-only: records are append-only from the app.  Exporting is done by the
main window (file dialog, messages); this dialog only says what to export.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from ..export.labels import platform_label
from ..store.records import StoredRecord

COLUMNS = ("番号", "確認日時", "作成者", "媒体", "確認", "指摘", "本文（1行目）", "SHA-256")


def first_line(text: str, width: int = 40) -> str:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= width else line[: width - 1] + "…"


class SinceFilter:
    """A 「この日以降だけ」 check box with a date, shared by both dialogs."""

    def __init__(self, parent, on_change=None):
        self.check = QCheckBox("この日以降の記録だけ:", parent)
        self.check.setObjectName("sinceCheck")
        self.date = QDateEdit(parent)
        self.date.setObjectName("sinceDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy/MM/dd")
        today = dt.date.today()
        self.date.setDate(QDate(today.year, today.month, 1))
        self.date.setEnabled(False)
        self.check.toggled.connect(self.date.setEnabled)
        if on_change is not None:
            self.check.toggled.connect(lambda _on: on_change())
            self.date.dateChanged.connect(lambda _d: on_change())

    def value(self) -> dt.date | None:
        if not self.check.isChecked():
            return None
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day())

    def set_value(self, since: dt.date | None) -> None:
        if since is not None:
            self.date.setDate(QDate(since.year, since.month, since.day))
        self.check.setChecked(since is not None)

    def layout(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.check)
        row.addWidget(self.date)
        row.addStretch(1)
        return row


class RecordsDialog(QDialog):
    exportRequested = Signal(str, object)  # "csv" | "pdf", since (dt.date | None)

    def __init__(self, parent, load):
        """`load(since)` returns the records (raises StoreError)."""
        super().__init__(parent)
        self.setObjectName("recordsDialog")
        self.setWindowTitle("確認記録")
        self._load = load
        self.records: list[StoredRecord] = []
        self.since = SinceFilter(self, self.reload)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("recordsTable")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("本文（1行目）"), QHeaderView.ResizeMode.Stretch)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("recordText")
        self.text.setReadOnly(True)
        self.info = QLabel("", self)
        self.info.setObjectName("recordsInfoLabel")
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.text)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.csv_button = QPushButton("CSV に書き出す…", self)
        self.csv_button.setObjectName("exportCsvButton")
        self.csv_button.setToolTip("Excel で開ける CSV（UTF-8、BOM 付き）に、表示中の記録を書き出します")
        self.pdf_button = QPushButton("PDF に書き出す…", self)
        self.pdf_button.setObjectName("exportPdfButton")
        self.pdf_button.setToolTip("1件1ページの確認記録票（押印欄付き）を PDF に書き出します")
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.csv_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton("閉じる", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self.since.layout())
        layout.addWidget(split, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.info, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        self.csv_button.clicked.connect(lambda: self.exportRequested.emit("csv", self.since.value()))
        self.pdf_button.clicked.connect(lambda: self.exportRequested.emit("pdf", self.since.value()))
        self.resize(980, 600)

    def reload(self) -> None:
        from ..store import StoreError

        since = self.since.value()
        try:
            self.records = self._load(since)
            error = ""
        except StoreError as exc:
            self.records, error = [], exc.message
        self.table.setRowCount(len(self.records))
        for row, rec in enumerate(self.records):
            r = rec.review
            ticked = sum(1 for i in r.items if i.ticked)
            flagged = sum(1 for i in r.items if i.status == "flagged")
            sha = rec.sha256[:12] + ("" if rec.intact else "（不一致）")
            for column, value in enumerate((str(rec.id), f"{r.created_at:%Y/%m/%d %H:%M}", r.user,
                                            platform_label(r.platform), f"{ticked}/{len(r.items)}",
                                            f"{flagged} 項目" if flagged else "なし", first_line(r.text), sha)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        if error:
            self.info.setText(f"記録を読めませんでした: {error}")
        elif not self.records:
            self.info.setText("該当する確認記録はありません" if since else "確認記録はまだありません")
        else:
            self.info.setText(f"{len(self.records)} 件" + (f"（{since:%Y/%m/%d} 以降）" if since else ""))
        has = bool(self.records)
        self.csv_button.setEnabled(has)
        self.pdf_button.setEnabled(has)
        if has:
            self.table.selectRow(len(self.records) - 1)  # the newest
            self._show(len(self.records) - 1)
        else:
            self.text.setPlainText("")

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.records):
            self.text.setPlainText("")
            return
        rec = self.records[row]
        r = rec.review
        lines = [r.text, "", "―" * 20]
        reasons = [f"{i.item}: {i.reason}" for i in r.items if i.reason]
        if reasons:
            lines.append("確認の理由: " + " / ".join(reasons))
        if r.dismissed:
            lines.append("無視した指摘: " + " / ".join(
                f"{d.item}「{d.excerpt}」" + (f"（{d.reason}）" if d.reason else "") for d in r.dismissed))
        lines.append(f"アプリ {r.app_version} / 規則 {r.rules_version} / SHA-256 {rec.sha256}")
        self.text.setPlainText("\n".join(lines))


class SinceDialog(QDialog):
    """Before exporting from the menu: everything, or from a date on."""

    def __init__(self, parent, what: str):
        super().__init__(parent)
        self.setObjectName("exportRangeDialog")
        self.setWindowTitle(f"確認記録を{what}に書き出す")
        self.since = SinceFilter(self)
        label = QLabel("書き出す確認記録の範囲を選んでください（チェックしなければすべて）。", self)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton("書き出し先を選ぶ…", QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.addButton("キャンセル", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(self.since.layout())
        layout.addWidget(buttons)
