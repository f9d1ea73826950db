"""The version history of the open draft: every saved version with its time,
a preview of the selected one, and 「この版に戻す」.

Restoring adds a new version (the text it replaces stays in the history), so
nothing is ever lost by it; the main window does the restoring because it
must flush the editor's text first.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSplitter, QVBoxLayout,
)

from ..platforms import PLATFORM_NAMES
from ..store.drafts import DraftVersion

KIND_LABELS = {
    "autosave": "自動保存",
    "save": "保存",
    "close": "終了時に保存",
    "restore": "以前の版に戻した",
    "copy": "確認してコピー",
    "import": "取り込み",
}
ID_ROLE = Qt.ItemDataRole.UserRole


def _local(iso: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return None


def version_label(version: DraftVersion, newest: bool = False) -> str:
    started, saved = _local(version.started_at), _local(version.saved_at)
    if saved is None:
        when = version.saved_at
    elif started is not None and started.date() == saved.date() and (saved - started).total_seconds() >= 60:
        when = f"{started:%Y/%m/%d %H:%M}–{saved:%H:%M}"  # an autosave extended while typing
    else:
        when = f"{saved:%Y/%m/%d %H:%M:%S}"
    label = f"{when}　{KIND_LABELS.get(version.kind, version.kind)}　{len(version.text):,} 文字"
    return label + "（現在）" if newest else label


class HistoryDialog(QDialog):
    restoreRequested = Signal(int)  # version id

    def __init__(self, parent, title: str):
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(f"版の履歴 - {title}")
        self.versions: list[DraftVersion] = []
        self.heading = QLabel("", self)
        self.heading.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("versionList")
        self.list.setAccessibleName("版の一覧")
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("versionPreview")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName("選んだ版の本文")
        self.details = QLabel("", self)
        self.details.setObjectName("versionDetails")
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([400, 460])

        self.restore_button = QPushButton("この版に戻す", self)
        self.restore_button.setObjectName("restoreVersionButton")
        self.restore_button.setToolTip("選んだ版の本文をエディターに戻します。いまの本文も履歴に残ります")
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton("閉じる", QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("closeHistoryButton")
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.details, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.restore_button.clicked.connect(self._restore)
        self.resize(860, 520)

    def set_versions(self, versions: list[DraftVersion]) -> None:
        """Newest first, as Drafts.versions() gives them; selects the newest."""
        self.versions = list(versions)
        self.list.clear()
        for n, version in enumerate(self.versions):
            item = QListWidgetItem(version_label(version, newest=n == 0), self.list)
            item.setData(ID_ROLE, version.id)
        self.heading.setText(
            f"この下書きには {len(self.versions)} 個の版があります。版を選ぶと右に本文が出ます。"
            "「この版に戻す」を押しても、いまの本文は履歴に残ります。")
        if self.versions:
            self.list.setCurrentRow(0)
        self._show_selected()

    def selected(self) -> DraftVersion | None:
        row = self.list.currentRow()
        return self.versions[row] if 0 <= row < len(self.versions) else None

    def select_version(self, version_id: int) -> None:
        for row, version in enumerate(self.versions):
            if version.id == version_id:
                self.list.setCurrentRow(row)
                return

    def _show_selected(self) -> None:
        version = self.selected()
        self.preview.setPlainText(version.text if version else "")
        self.restore_button.setEnabled(version is not None and self.list.currentRow() > 0)
        if version is None:
            self.details.setText("")
            return
        platform = PLATFORM_NAMES.get(version.platform or "", "指定なし")
        self.details.setText(f"投稿先: {platform}　{KIND_LABELS.get(version.kind, version.kind)}")

    def _restore(self) -> None:
        version = self.selected()
        if version is not None:
            self.restoreRequested.emit(version.id)
