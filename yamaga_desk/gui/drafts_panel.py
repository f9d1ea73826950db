"""The drafts panel (a dock): every draft in the store with its title, platform,
last change and status; search; new / rename / delete / history; the trash.

The panel only lists and asks: every change (switching, deleting, restoring)
is done by the main window, which knows which draft is open and flushes it
first.  Ctrl+Z in the panel takes back the last deletion (the editor's own
Ctrl+Z must not fire there), Delete deletes, F2 renames, Enter opens.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QDockWidget, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStyle, QStyledItemDelegate,
    QStyleOptionViewItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ..platforms import PLATFORM_NAMES
from ..store import StoreError
from ..store.drafts import Draft, Drafts

ID_ROLE = Qt.ItemDataRole.UserRole
FIELDS_ROLE = Qt.ItemDataRole.UserRole + 1  # (platform, last change, status) under the title
CURRENT_ROLE = Qt.ItemDataRole.UserRole + 2  # the draft open in the editor
SEARCH_DELAY_MS = 150
SHORT_PLATFORM = {"x": "X"}


def when_label(iso: str, today: dt.date | None = None) -> str:
    """A change time as people read a list: 10:32 today, 8/15 10:32 this year,
    2025/08/15 before that."""
    try:
        moment = dt.datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    today = today or dt.date.today()
    if moment.date() == today:
        return f"{moment:%H:%M}"
    if moment.year == today.year:
        return f"{moment.month}/{moment.day} {moment:%H:%M}"
    return f"{moment:%Y/%m/%d}"


def platform_label(platform: str | None) -> str:
    if not platform:
        return ""
    return SHORT_PLATFORM.get(platform, PLATFORM_NAMES.get(platform, platform))


def status_text(draft: Draft) -> str:
    text = draft.status_label
    if draft.status == "editing" and draft.flagged_items:
        text += f"・指摘{draft.flagged_items}"
    return text


class DraftRowDelegate(QStyledItemDelegate):
    """Two lines per draft: the title (bold when it is the open draft) and,
    smaller, platform · last change · status.  A narrow panel keeps the whole
    title readable this way, which columns side by side did not."""

    PAD = 4

    def _fonts(self, option) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
        return title, small

    def sizeHint(self, option, index) -> QSize:
        title, small = self._fonts(option)
        height = QFontMetrics(title).height() + QFontMetrics(small).height() + 3 * self.PAD
        return QSize(option.rect.width(), height)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget else None
        text, opt.text = opt.text, ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        title_font, small_font = self._fonts(opt)
        title_font.setBold(bool(index.data(CURRENT_ROLE)))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active \
            else QPalette.ColorGroup.Inactive
        colour = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                   else QPalette.ColorRole.Text)
        rect = opt.rect.adjusted(self.PAD + 2, self.PAD, -self.PAD, -self.PAD)
        line = QFontMetrics(title_font).height()
        painter.save()
        painter.setFont(title_font)
        painter.setPen(colour)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignLeft,
                         QFontMetrics(title_font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width()))
        if not selected:
            colour = opt.palette.color(group, QPalette.ColorRole.PlaceholderText)
        painter.setFont(small_font)
        painter.setPen(colour)
        details = "　".join(f for f in (index.data(FIELDS_ROLE) or ()) if f)
        painter.drawText(QRect(rect.left(), rect.top() + line + self.PAD, rect.width(), rect.height() - line),
                         Qt.AlignmentFlag.AlignLeft,
                         QFontMetrics(small_font).elidedText(details, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()


class DraftsPanel(QDockWidget):
    openRequested = Signal(int)
    newRequested = Signal()
    renameRequested = Signal(int)
    deleteRequested = Signal(int)
    historyRequested = Signal()
    restoreRequested = Signal(int)
    purgeRequested = Signal(int)
    emptyTrashRequested = Signal()
    undoRequested = Signal()

    def __init__(self, drafts: Drafts, parent=None):
        super().__init__("下書き一覧", parent)
        self.setObjectName("draftsPanel")
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.drafts = drafts
        self.current_id: int | None = None
        self.shown: list[Draft] = []
        self.error = ""

        body = QWidget(self)
        self.search = QLineEdit(body)
        self.search.setObjectName("draftSearchEdit")
        self.search.setPlaceholderText("タイトル・本文で検索")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("下書きの検索")
        self.trash_button = QPushButton("ゴミ箱", body)
        self.trash_button.setObjectName("trashButton")
        self.trash_button.setCheckable(True)
        self.trash_button.setToolTip("削除した下書きを表示します（元に戻せます）")

        self.list = QTreeWidget(body)
        self.list.setObjectName("draftsList")
        self.list.setAccessibleName("下書きの一覧")
        self.list.setColumnCount(1)
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setItemDelegate(DraftRowDelegate(self.list))
        self.list.installEventFilter(self)

        self.info = QLabel("", body)
        self.info.setObjectName("draftsInfoLabel")
        self.info.setWordWrap(True)

        def button(text: str, name: str, tip: str) -> QPushButton:
            b = QPushButton(text, body)
            b.setObjectName(name)
            b.setToolTip(tip)
            return b

        self.new_button = button("新規", "newDraftButton", "新しい下書きを作ります（Ctrl+N）")
        self.rename_button = button("名前の変更", "renameDraftButton", "一覧に出す名前を付けます（F2）")
        self.delete_button = button("削除", "deleteDraftButton", "ゴミ箱に移します（Delete、Ctrl+Z で元に戻せます）")
        self.history_button = button("履歴…", "historyButton", "開いている下書きの版の履歴")
        self.restore_button = button("元に戻す", "restoreDraftButton", "選んだ下書きをゴミ箱から戻します")
        self.purge_button = button("完全に削除", "purgeDraftButton", "選んだ下書きを履歴ごと消します（元に戻せません）")
        self.empty_button = button("ゴミ箱を空にする", "emptyTrashButton", "ゴミ箱の下書きをすべて消します（元に戻せません）")

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.trash_button)
        self.draft_buttons = QHBoxLayout()
        for b in (self.new_button, self.rename_button, self.delete_button, self.history_button):
            self.draft_buttons.addWidget(b)
        self.trash_buttons = QHBoxLayout()
        for b in (self.restore_button, self.purge_button, self.empty_button):
            self.trash_buttons.addWidget(b)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.info)
        layout.addLayout(self.draft_buttons)
        layout.addLayout(self.trash_buttons)
        self.setWidget(body)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.trash_button.toggled.connect(lambda _on: self.refresh())
        self.list.itemActivated.connect(self._on_activated)
        self.list.itemClicked.connect(self._on_activated)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.new_button.clicked.connect(self.newRequested)
        self.rename_button.clicked.connect(lambda: self._emit_selected(self.renameRequested))
        self.delete_button.clicked.connect(lambda: self._emit_selected(self.deleteRequested))
        self.history_button.clicked.connect(self.historyRequested)
        self.restore_button.clicked.connect(lambda: self._emit_selected(self.restoreRequested))
        self.purge_button.clicked.connect(lambda: self._emit_selected(self.purgeRequested))
        self.empty_button.clicked.connect(self.emptyTrashRequested)
        self._update_buttons()

    # -- what is shown -----------------------------------------------------------

    def showing_trash(self) -> bool:
        return self.trash_button.isChecked()

    def show_trash(self, on: bool) -> None:
        self.trash_button.setChecked(on)  # toggled -> refresh

    def refresh(self, current_id: int | None = None) -> None:
        """Re-read the list from the store (keeps the selection)."""
        self.search_timer.stop()
        if current_id is not None:
            self.current_id = current_id
        query = self.search.text().strip()
        trash = self.showing_trash()
        try:
            drafts = self.drafts.list(query, trash=trash)
            self.error = ""
        except StoreError as exc:
            drafts, self.error = [], exc.message
        # After a switch the open draft is selected; otherwise the selection stays.
        selected = None if current_id is not None else self.selected_id()
        self.shown = drafts
        self.list.blockSignals(True)
        self.list.clear()
        keep = None
        for draft in drafts:
            fields = (platform_label(draft.platform), when_label(draft.updated_at), status_text(draft))
            row = QTreeWidgetItem(self.list, [draft.title])
            row.setData(0, ID_ROLE, draft.id)
            row.setData(0, FIELDS_ROLE, fields)
            row.setData(0, CURRENT_ROLE, draft.id == self.current_id and not trash)
            row.setData(0, Qt.ItemDataRole.AccessibleTextRole, "、".join((draft.title,) + fields))
            row.setToolTip(0, self._tooltip(draft))
            if draft.id == (selected if selected is not None else self.current_id):
                keep = row
        if keep is None and not trash:
            keep = next((self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())
                         if self.list.topLevelItem(i).data(0, ID_ROLE) == self.current_id), None)
        if keep is not None:
            self.list.setCurrentItem(keep)
        self.list.blockSignals(False)
        self.info.setText(self._info_text(query, trash, len(drafts)))
        for b in (self.new_button, self.rename_button, self.delete_button, self.history_button):
            b.setVisible(not trash)
        for b in (self.restore_button, self.purge_button, self.empty_button):
            b.setVisible(trash)
        self._update_buttons()

    def _info_text(self, query: str, trash: bool, count: int) -> str:
        if self.error:
            return f"一覧を読めませんでした: {self.error}"
        if query and not count:
            return f"「{query}」を含む下書きはありません" + ("（ゴミ箱）" if trash else "")
        if trash:
            return f"ゴミ箱に {count} 件" if count else "ゴミ箱は空です"
        return f"{count} 件" + (f"（「{query}」を含むもの）" if query else "")

    @staticmethod
    def _tooltip(draft: Draft) -> str:
        first = draft.text.strip().splitlines()[0] if draft.text.strip() else "（本文なし）"
        lines = [draft.title, f"投稿先: {PLATFORM_NAMES.get(draft.platform or '', '指定なし')}",
                 f"最終更新: {draft.updated_at[:19].replace('T', ' ')}", f"状態: {status_text(draft)}"]
        if draft.custom_title:
            lines.append(f"1行目: {first[:60]}")
        if draft.deleted_at:
            lines.append(f"削除: {draft.deleted_at[:19].replace('T', ' ')}")
        return "\n".join(lines)

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def select(self, draft_id: int) -> bool:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item.data(0, ID_ROLE) == draft_id:
                self.list.setCurrentItem(item)
                return True
        return False

    def row_texts(self) -> list[tuple[str, str, str, str]]:
        """What the list shows, row by row: (title, platform, last change, status)."""
        rows = []
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            rows.append((item.text(0),) + tuple(item.data(0, FIELDS_ROLE)))
        return rows

    # -- asking ------------------------------------------------------------------

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for b in (self.rename_button, self.delete_button, self.restore_button, self.purge_button):
            b.setEnabled(has)
        self.empty_button.setEnabled(bool(self.shown) and self.showing_trash())

    def _emit_selected(self, signal) -> None:
        draft_id = self.selected_id()
        if draft_id is not None:
            signal.emit(draft_id)

    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if not self.showing_trash():
            self.openRequested.emit(item.data(0, ID_ROLE))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.list and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            if event.matches(QKeySequence.StandardKey.Undo):
                # Accepting the override keeps the window's 元に戻す (the
                # editor's undo) from firing while the panel has focus.
                if event.type() == QEvent.Type.KeyPress:
                    self.undoRequested.emit()
                event.accept()
                return event.type() == QEvent.Type.KeyPress
            if event.type() == QEvent.Type.KeyPress:
                key = event.key()
                if key == Qt.Key.Key_Delete:
                    self._emit_selected(self.purgeRequested if self.showing_trash() else self.deleteRequested)
                    return True
                if key == Qt.Key.Key_F2 and not self.showing_trash():
                    self._emit_selected(self.renameRequested)
                    return True
        return super().eventFilter(watched, event)
