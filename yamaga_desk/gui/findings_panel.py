"""Every finding of the last check, in text order; selecting one shows it
in the editor."""

from __future__ import annotations

import bisect
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ..report import Finding
from .look import SEVERITY_LABELS, severity_icon

# Beyond this many rows the list shows a note instead: thousands of rows
# help nobody and cost time on every check.
MAX_ROWS = 1000


class LineColumns:
    """1-based line and column of code-point offsets in one text (the line
    starts found once: counting newlines per finding cost 15 ms for a
    100,000-character draft with a thousand findings)."""

    def __init__(self, text: str):
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def at(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


class FindingsPanel(QWidget):
    findingSelected = Signal(object)  # Finding

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel("指摘の一覧")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("findingsView")
        self.tree.setAccessibleName("指摘の一覧")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(["位置", "項目", "語句", "内容"])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        # Fixed starting widths the user can drag: ResizeToContents made Qt
        # measure every row after each check (about 60 ms with 1,500 findings,
        # a visible freeze while typing in a long draft).
        metrics = self.tree.fontMetrics()
        for col, sample in enumerate(("999行99字", "6(3)③", "あいうえおかき")):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, metrics.horizontalAdvance(sample) + 36)
        header.setStretchLastSection(True)
        self.findings: list[Finding] = []
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemClicked.connect(lambda row, _col: self._on_current(row, None))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tree)

    def set_findings(self, findings, text: str, clauses: dict[str, str]) -> None:
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            self.findings = list(findings)[:MAX_ROWS]
            rows = []
            positions = LineColumns(text)
            for index, f in enumerate(self.findings):
                line, col = positions.at(f.start)
                excerpt = f.excerpt.replace("\n", "⏎")
                row = QTreeWidgetItem([f"{line}行{col}字", clauses.get(f.item, f.item), excerpt, f.message])
                row.setIcon(0, severity_icon(f.severity))
                row.setData(0, Qt.ItemDataRole.UserRole, index)
                tip = f"【{SEVERITY_LABELS.get(f.severity, f.severity)}】{f.message}"
                if f.suggestions:
                    tip += "\n候補: " + " / ".join(f.suggestions)
                for c in range(4):
                    row.setToolTip(c, tip)
                rows.append(row)
            self.tree.addTopLevelItems(rows)
        finally:
            self.tree.blockSignals(False)
        total = len(findings)
        if total > MAX_ROWS:
            self.title.setText(f"指摘の一覧（{total} 件のうち先頭 {MAX_ROWS} 件）")
        else:
            self.title.setText(f"指摘の一覧（{total} 件）" if total else "指摘の一覧（指摘はありません）")

    def _on_current(self, row, _previous) -> None:
        if row is None:
            return
        index = row.data(0, Qt.ItemDataRole.UserRole)
        if index is not None and 0 <= index < len(self.findings):
            self.findingSelected.emit(self.findings[index])

    def select_finding(self, finding: Finding) -> None:
        """Highlight `finding`'s row without re-emitting findingSelected."""
        for index, f in enumerate(self.findings):
            if f == finding:
                self.tree.blockSignals(True)
                self.tree.setCurrentItem(self.tree.topLevelItem(index))
                self.tree.blockSignals(False)
                return
