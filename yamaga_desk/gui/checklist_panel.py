"""The 16 checklist items of the guideline (sections 5 and 6): status from
the checker, a tick from the author.

- status icon: 指摘あり (flagged) / 要確認 (review) / 問題なし (clear);
  grey while the first check runs (items cannot be ticked until then);
- ticking a flagged item asks the author to confirm, with an optional
  reason (`confirm_flagged`, set by the main window);
- a tick is cleared when a new check changes the item's status, or finds
  more problems for an item that was already flagged: what the author
  confirmed is no longer what the draft says.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QLabel, QWidget

from ..report import ChecklistEntry
from ..ruleset.model import ChecklistItem
from .look import STATUS_LABELS, status_icon

GROUP_TITLES = {
    "5": "5 職員のソーシャルメディアの利用にあたっての基本原則",
    "6": "6 ソーシャルメディアを利用して山鹿市に関する情報を発信する際の留意事項",
}
ID_ROLE = Qt.ItemDataRole.UserRole


class ChecklistPanel(QWidget):
    ticksChanged = Signal()
    itemActivated = Signal(str)  # item id: show its next finding
    ticksCleared = Signal(list)  # item ids whose tick a new check cleared

    def __init__(self, items: list[ChecklistItem], parent=None):
        super().__init__(parent)
        self.items = list(items)
        self._by_id = {i.id: i for i in self.items}
        self.status: dict[str, str | None] = {i.id: None for i in self.items}
        self.count: dict[str, int] = {i.id: 0 for i in self.items}
        self.reasons: dict[str, str] = {}
        # confirm_flagged(item) -> reason ("" allowed) or None when cancelled.
        self.confirm_flagged = lambda item: ""
        self._updating = False

        title = QLabel("ガイドラインのチェックリスト（確認したらチェック）")
        title.setObjectName("checklistTitle")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("checklistView")
        self.tree.setAccessibleName("チェックリスト")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["項目", "件数"])
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self._rows: dict[str, QTreeWidgetItem] = {}
        for group in ("5", "6"):
            top = QTreeWidgetItem(self.tree, [GROUP_TITLES[group], ""])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            top.setFirstColumnSpanned(True)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for item in self.items:
                if item.group != group:
                    continue
                row = QTreeWidgetItem(top, [f"{item.clause} {item.title}", ""])
                row.setData(0, ID_ROLE, item.id)
                row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self._rows[item.id] = row
                self._show(item.id, ticked=False)
        self.tree.expandAll()
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.itemClicked.connect(self._on_clicked)
        self.tree.itemActivated.connect(self._on_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.tree)

    # -- state -------------------------------------------------------------

    def row(self, item_id: str) -> QTreeWidgetItem:
        return self._rows[item_id]

    def is_ticked(self, item_id: str) -> bool:
        return self._rows[item_id].checkState(0) == Qt.CheckState.Checked

    def all_ticked(self) -> bool:
        return all(self.is_ticked(i.id) for i in self.items)

    def unticked_count(self) -> int:
        return sum(1 for i in self.items if not self.is_ticked(i.id))

    def checked_once(self) -> bool:
        return all(s is not None for s in self.status.values())

    def _show(self, item_id: str, ticked: bool | None = None) -> None:
        item = self._by_id[item_id]
        row = self._rows[item_id]
        status = self.status[item_id]
        self._updating = True
        try:
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if status is not None:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            row.setFlags(flags)
            if ticked is not None:
                row.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            row.setIcon(0, status_icon(status))
            count = self.count[item_id]
            row.setText(1, str(count) if count else "")
            lines = [f"ガイドライン{item.clause}", item.text, "", f"状態: {STATUS_LABELS[status]}"]
            if status == "review":
                lines.append("機械では判断しきれない項目です。本文を読んで確かめてからチェックしてください。")
            if count:
                lines.append(f"指摘 {count} 件（クリックで本文の該当箇所へ）")
            reason = self.reasons.get(item_id)
            if reason:
                lines.append(f"確認の理由: {reason}")
            tip = "\n".join(lines)
            row.setToolTip(0, tip)
            row.setToolTip(1, tip)
            row.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, STATUS_LABELS[status])
        finally:
            self._updating = False

    def update_statuses(self, entries: tuple[ChecklistEntry, ...]) -> list[str]:
        """Show a new check's statuses; returns the ids whose tick was cleared."""
        cleared = []
        for entry in entries:
            if entry.item not in self._rows:
                continue
            old_status, old_count = self.status[entry.item], self.count[entry.item]
            changed = old_status != entry.status or (entry.status == "flagged" and entry.count > old_count)
            self.status[entry.item] = entry.status
            self.count[entry.item] = entry.count
            untick = changed and self.is_ticked(entry.item)
            if untick:
                cleared.append(entry.item)
                self.reasons.pop(entry.item, None)
            self._show(entry.item, ticked=False if untick else None)
        if cleared:
            self.ticksCleared.emit(cleared)
            self.ticksChanged.emit()
        return cleared

    def reset(self) -> None:
        """A new draft: nothing checked, nothing ticked."""
        self.reasons.clear()
        for item in self.items:
            self.status[item.id] = None
            self.count[item.id] = 0
            self._show(item.id, ticked=False)
        self.ticksChanged.emit()

    def set_ticked(self, item_id: str, ticked: bool) -> None:
        """Tick as if the author clicked (used by keyboard users and tests)."""
        self._rows[item_id].setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    # -- author's clicks -----------------------------------------------------

    def _on_item_changed(self, row: QTreeWidgetItem, column: int) -> None:
        if self._updating or column != 0:
            return
        item_id = row.data(0, ID_ROLE)
        if item_id is None:
            return
        if self.is_ticked(item_id):
            if self.status[item_id] == "flagged":
                reason = self.confirm_flagged(self._by_id[item_id])
                if reason is None:  # cancelled: the tick does not stick
                    self._show(item_id, ticked=False)
                    return
                self.reasons[item_id] = reason
        else:
            self.reasons.pop(item_id, None)
        self._show(item_id)
        self.ticksChanged.emit()

    def _on_clicked(self, row: QTreeWidgetItem, column: int) -> None:
        item_id = row.data(0, ID_ROLE)
        if item_id is not None:
            self.itemActivated.emit(item_id)
