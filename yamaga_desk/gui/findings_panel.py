"""Every finding of the last check, in text order; selecting one shows it
in the editor.

The list is a model (FindingsModel) shown by a QTreeView: Qt asks for the
rows it paints, so a long draft's thousands of findings cost nothing until
they are scrolled to.  (A QTreeWidget made an item, an icon and four
tooltips per finding at once: ~20-60 ms in the window's thread after each
check of a long draft, so it had to stop at 1,000 rows.)
"""

from __future__ import annotations

import bisect
import re

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget

from ..report import Finding
from .editor import tooltip_text
from .look import severity_icon


class LineColumns:
    """1-based line and column of code-point offsets in one text (the line
    starts found once: counting newlines per finding cost 15 ms for a
    100,000-character draft with a thousand findings)."""

    def __init__(self, text: str):
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def at(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


class FindingsModel(QAbstractTableModel):
    """One row per finding: where (line, column), the clause, the words and
    the message; the severity's icon and the suggestions as a tooltip."""

    HEADERS = ("位置", "項目", "語句", "内容")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.findings: list[Finding] = []
        self._positions = LineColumns("")
        self._clauses: dict[str, str] = {}

    def reset(self, findings, text: str, clauses: dict[str, str]) -> None:
        self.beginResetModel()
        self.findings = list(findings)
        self._positions = LineColumns(text)
        self._clauses = dict(clauses)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.findings):
            return None
        f = self.findings[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                line, col = self._positions.at(f.start)
                return f"{line}行{col}字"
            if column == 1:
                return self._clauses.get(f.item, f.item)
            if column == 2:
                return f.excerpt.replace("\n", "⏎")
            return f.message
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return severity_icon(f.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(f)  # the editor's hover text, without the clause
        return None


class FindingsPanel(QWidget):
    findingSelected = Signal(object)  # Finding

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel("指摘の一覧")
        self.model = FindingsModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("findingsView")
        self.view.setAccessibleName("指摘の一覧")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setWordWrap(False)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        # Fixed starting widths the user can drag: ResizeToContents made Qt
        # measure every row after each check (about 60 ms with 1,500 findings,
        # a visible freeze while typing in a long draft).
        metrics = self.view.fontMetrics()
        for col, sample in enumerate(("999行99字", "6(3)③", "あいうえおかき")):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, metrics.horizontalAdvance(sample) + 36)
        header.setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        # Clicking the row already selected shows its finding again (the
        # author may have moved the caret away since).
        self.view.clicked.connect(lambda index: self._on_current(index, None))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view)

    @property
    def findings(self) -> list[Finding]:
        return self.model.findings

    def set_findings(self, findings, text: str, clauses: dict[str, str]) -> None:
        selection = self.view.selectionModel()
        quiet = selection.blockSignals(True)  # a reset is not the author choosing a row
        try:
            self.model.reset(findings, text, clauses)
        finally:
            selection.blockSignals(quiet)
        total = len(self.model.findings)
        self.title.setText(f"指摘の一覧（{total:,} 件）" if total else "指摘の一覧（指摘はありません）")

    def _on_current(self, index, _previous) -> None:
        if index is not None and index.isValid() and 0 <= index.row() < len(self.findings):
            self.findingSelected.emit(self.findings[index.row()])

    def select_finding(self, finding: Finding) -> None:
        """Highlight `finding`'s row without re-emitting findingSelected."""
        for row, f in enumerate(self.findings):
            if f == finding:
                selection = self.view.selectionModel()
                quiet = selection.blockSignals(True)
                try:
                    index = self.model.index(row, 0)
                    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                              | QItemSelectionModel.SelectionFlag.Rows)
                    self.view.scrollTo(index)
                finally:
                    selection.blockSignals(quiet)
                # The view repaints the new current row itself: blocked
                # signals only keep findingSelected from firing back.
                self.view.viewport().update()
                return
