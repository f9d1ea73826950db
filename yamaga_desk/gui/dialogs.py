"""Dialogs: confirm-with-reason, unsaved changes, find/replace.

Callers use these through the module (``dialogs.ask_reason(...)``) so a
test can replace a dialog with a function that answers at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QGridLayout, QInputDialog, QLabel, QLineEdit, QMessageBox,
    QPushButton, QVBoxLayout, QWidget,
)


class ReasonDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, message: str, ok_text: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        label = QLabel(message)
        label.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonEdit")
        self.reason.setPlaceholderText("理由（任意）: 例）固有名詞のため、引用のため")
        buttons = QDialogButtonBox()
        ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.addButton("キャンセル", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(QLabel("理由（任意）:"))
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())


def ask_reason(parent: QWidget | None, title: str, message: str, ok_text: str = "OK") -> str | None:
    """Ask to confirm, with an optional reason.  Returns the reason ("" when
    none was given) or None when the author cancelled."""
    dialog = ReasonDialog(parent, title, message, ok_text)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.reason.text().strip()
        return None
    finally:
        dialog.deleteLater()


SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_save_changes(parent: QWidget | None, name: str) -> str:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("保存されていない変更")
    box.setText(f"「{name}」への変更は保存されていません。保存しますか？")
    save = box.addButton("保存する", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("保存しない", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton("キャンセル", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    return SAVE if clicked is save else DISCARD if clicked is discard else CANCEL


def ask_save_unstored(parent: QWidget | None, why: str) -> str:
    """Closing while the text is not in the database: keep it in a file?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("下書きが保存されていません")
    box.setText(f"{why}\nこのまま閉じると、いま編集中の本文は失われます。ファイルに保存しますか？")
    save = box.addButton("ファイルに保存する", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("保存せずに閉じる", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton("キャンセル", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    return SAVE if clicked is save else DISCARD if clicked is discard else CANCEL


def ask_confirm(parent: QWidget | None, title: str, message: str, ok_text: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(message)
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton("キャンセル", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text, or None when cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def ask_since(parent: QWidget | None, what: str):
    """Which records to export: (True, date or None for all) or (False, None) when cancelled."""
    from .records_dialog import SinceDialog

    dialog = SinceDialog(parent, what)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return True, dialog.since.value()
        return False, None
    finally:
        dialog.deleteLater()


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.critical(parent, title, message)


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def show_notice(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """A warning that does not block: shown while the app starts (recovery of
    the database), so the window works and a scripted start never hangs."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("noticeBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class FindReplaceDialog(QDialog):
    """Find and replace in the editor (modeless; Ctrl+F, F3 = 次を検索)."""

    message = Signal(str)

    def __init__(self, editor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.setWindowTitle("検索と置換")
        self.setObjectName("findReplaceDialog")
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("findEdit")
        self.replace_edit = QLineEdit()
        self.replace_edit.setObjectName("replaceEdit")
        self.case = QCheckBox("大文字と小文字を区別する")
        find_next = QPushButton("次を検索")
        find_next.setDefault(True)
        find_prev = QPushButton("前を検索")
        replace = QPushButton("置換")
        replace_all = QPushButton("すべて置換")
        close = QPushButton("閉じる")
        find_next.clicked.connect(lambda: self.find(backward=False))
        find_prev.clicked.connect(lambda: self.find(backward=True))
        replace.clicked.connect(self.replace_one)
        replace_all.clicked.connect(self.replace_all)
        close.clicked.connect(self.close)
        self.status = QLabel("")
        grid = QGridLayout(self)
        grid.addWidget(QLabel("検索する文字列:"), 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addWidget(find_next, 0, 2)
        grid.addWidget(QLabel("置換後の文字列:"), 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        grid.addWidget(find_prev, 1, 2)
        grid.addWidget(self.case, 2, 1)
        grid.addWidget(replace, 2, 2)
        grid.addWidget(self.status, 3, 1)
        grid.addWidget(replace_all, 3, 2)
        grid.addWidget(close, 4, 2)

    def open_with_selection(self) -> None:
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.show()
        self.raise_()
        self.activateWindow()
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def _flags(self, backward: bool) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        if self.case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        return flags

    def find(self, backward: bool = False) -> bool:
        needle = self.find_edit.text()
        if not needle:
            return False
        if self.editor.find(needle, self._flags(backward)):
            self.status.setText("")
            return True
        # Wrap around once.
        cursor = self.editor.textCursor()
        saved = cursor.position()
        cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
        self.editor.setTextCursor(cursor)
        if self.editor.find(needle, self._flags(backward)):
            self.status.setText("文書の先頭（末尾）に戻って検索しました")
            return True
        cursor.setPosition(saved)
        self.editor.setTextCursor(cursor)
        self.status.setText(f"「{needle}」は見つかりません")
        return False

    def _selection_matches(self) -> bool:
        selected = self.editor.textCursor().selectedText()
        needle = self.find_edit.text()
        if self.case.isChecked():
            return selected == needle
        return selected.casefold() == needle.casefold()

    def replace_one(self) -> None:
        if self.find_edit.text() and self._selection_matches():
            self.editor.textCursor().insertText(self.replace_edit.text())
        self.find()

    def replace_all(self) -> int:
        needle = self.find_edit.text()
        if not needle:
            return 0
        doc = self.editor.document()
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()  # one undo step for all replacements
        count = 0
        found = doc.find(needle, 0, self._flags(False))
        while not found.isNull():
            found.insertText(self.replace_edit.text())
            count += 1
            found = doc.find(needle, found.position(), self._flags(False))
        cursor.endEditBlock()
        self.status.setText(f"{count} 件置換しました" if count else f"「{needle}」は見つかりません")
        return count
