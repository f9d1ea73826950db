"""What the main window does with drafts: open the last one at start, switch,
new, rename, delete to the trash (with undo), the trash, version history,
the save-state indicator, and keeping the text when closing.

A mixin of MainWindow (it uses the window's editor, session, store, panel and
status bar), kept apart so each file has one job.  The rule everywhere: the
open draft is flushed before anything replaces it in the editor, and when
that flush fails the editor keeps showing it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor

from ..store import MEMORY, Store, StoreError
from ..store.drafts import Draft
from . import dialogs
from .draft_session import FAILED, PENDING
from .history_dialog import HistoryDialog

UNDO_SHOWN_MS = 15000
NOTICE_TITLE = "下書きと確認記録の保存について"


class DraftActions:
    """Mixin for MainWindow; see the module docstring."""

    def _init_draft_actions(self) -> None:
        self.history_dialog: HistoryDialog | None = None
        self.deleted_stack: list[tuple[int, bool]] = []  # (draft id, was open), for 元に戻す
        self._placeholder_id: int | None = None  # an empty draft opened because the open one was deleted
        self._flagged_stored: int | None = None
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.setInterval(UNDO_SHOWN_MS)
        self.undo_timer.timeout.connect(lambda: self.undo_delete_button.hide())

    def _connect_drafts_panel(self) -> None:
        p = self.drafts_panel
        p.openRequested.connect(self.switch_to_draft)
        p.newRequested.connect(self.new_draft)
        p.renameRequested.connect(self.rename_draft)
        p.deleteRequested.connect(self.delete_draft)
        p.historyRequested.connect(self.show_history)
        p.restoreRequested.connect(self.restore_from_trash)
        p.purgeRequested.connect(self.purge_draft)
        p.emptyTrashRequested.connect(self.empty_trash)
        p.undoRequested.connect(self.undo_delete)
        self.undo_delete_button.clicked.connect(self.undo_delete)

    # -- start -------------------------------------------------------------------

    def open_initial_draft(self) -> None:
        """Reopen the draft that was open last time (also after a crash), with
        its platform; a new empty draft on the first start."""
        try:
            draft = self.session.open_initial(self.platform())
        except StoreError as exc:
            self._use_memory_store(exc.message)
            draft = self.session.open_initial(self.platform())
        self._show_draft(draft)

    def _use_memory_store(self, why: str) -> None:
        """Even a new draft cannot be written: go on in memory, and say so."""
        old = self.store
        self.store = Store.in_memory()
        self.store.notices.append(
            f"{why}下書きと確認記録はアプリを閉じるまでメモリーにだけ保持します。"
            "本文はファイルに保存するかコピーして残してください。")
        if self.recorder is old.records:
            self.recorder = self.store.records
        old.close()
        self.session.set_store(self.store)
        self.drafts_panel.drafts = self.store.drafts

    def show_store_notices(self) -> None:
        """Tell the user what the store had to do (recovered a broken file,
        saves to a stand-in file or to memory only)."""
        notices = self.store.take_notices()
        if not notices:
            return
        self.store_notices.extend(notices)
        self.statusBar().showMessage(notices[-1], 30000)
        text = "\n\n".join(notices)
        # After the window is up, and without blocking (a scripted start must not hang).
        QTimer.singleShot(0, lambda: dialogs.show_notice(self, NOTICE_TITLE, text))

    # -- the save-state indicator --------------------------------------------------

    def _on_save_state(self, state: str, message: str) -> None:
        label = self.save_state
        if state == FAILED:
            label.setText("保存できません")
            label.setStyleSheet("color: #c62828; font-weight: bold;")
            label.setToolTip(message)
            self.statusBar().showMessage(message)
        elif state == PENDING:
            label.setText("保存中…")
            label.setStyleSheet("")
            label.setToolTip("入力が止まると自動で保存します")
        else:
            label.setText(self.session.saved_label())
            label.setStyleSheet("color: #c62828;" if self.store.where == MEMORY else "")
            label.setToolTip(f"下書きは自動で保存されます（{self.store.path or 'メモリー'}）")
        self.show_store_notices()

    def _on_draft_saved(self, _draft_id: int) -> None:
        if self.statusBar().currentMessage().startswith(("ディスクの空きがない", "データベース")):
            self.statusBar().showMessage("下書きを保存できました", 5000)
        self.session.refresh_draft()
        self._update_title()
        self.drafts_panel.refresh()
        self.show_store_notices()

    def note_flagged_items(self, flagged: int) -> None:
        """Keep the drafts panel's 「指摘n項目」 up to date (after each check)."""
        draft_id = self.session.draft_id
        if draft_id is None or self._loading or flagged == self._flagged_stored:
            return
        try:
            self.store.drafts.set_flagged_items(draft_id, flagged)
        except StoreError:
            return  # only a hint in the list; the save-state label reports store trouble
        self._flagged_stored = flagged
        self.drafts_panel.refresh()

    # -- switching -----------------------------------------------------------------

    def _show_draft(self, draft: Draft, path: Path | None = None, newline: str = "\n") -> None:
        """Put `draft` in the editor (with its platform): not an edit."""
        self._loading = True
        try:
            if draft.platform:
                self.platform_bar.set_platform(draft.platform)
            self._set_draft(draft.text, path, newline)
        finally:
            self._loading = False
        self.session.use(draft)
        self._flagged_stored = draft.flagged_items
        self._on_save_state(self.session.state, self.session.message)
        self.drafts_panel.refresh(draft.id)
        self._update_title()

    def leave_current_draft(self, ask_file: bool = True) -> bool:
        """Flush the open draft before something else replaces it; False (and
        the draft stays on screen) when it cannot be saved or the author
        cancels saving its file."""
        if not self.session.flush("save"):
            dialogs.show_error(self, "いまの下書きを保存できません",
                               f"{self.session.message}\n切り替えずに、いまの下書きをそのまま表示しています。")
            return False
        if ask_file and not self.maybe_save():
            return False
        return True

    def switch_to_draft(self, draft_id: int) -> bool:
        if draft_id == self.session.draft_id:
            return True
        if not self.leave_current_draft():
            self.drafts_panel.refresh()
            return False
        try:
            draft = self.store.drafts.get(draft_id)
        except StoreError as exc:
            dialogs.show_error(self, "下書きを開けません", exc.message)
            return False
        self._show_draft(draft)
        self.editor.setFocus()
        self.statusBar().showMessage(f"下書き「{draft.title}」を開きました", 4000)
        return True

    def new_draft(self) -> bool:
        if not self.leave_current_draft():
            return False
        if self.file_path is None and not self.editor.text() and self.session.draft is not None:
            self.editor.setFocus()  # the open draft is already a new, empty one
            self.statusBar().showMessage("いま開いている下書きが空の新しい下書きです", 4000)
            return True
        try:
            draft = self.store.drafts.create("", self.platform())
        except StoreError as exc:
            dialogs.show_error(self, "新しい下書きを作れません", exc.message)
            return False
        self._show_draft(draft)
        self.editor.setFocus()
        return True

    def show_file_as_draft(self, body: str, path: Path, newline: str) -> bool:
        """A file that was opened becomes a draft: the open one if that is
        empty, a draft with exactly this text if there is one, else a new one."""
        drafts = self.store.drafts
        try:
            current = self.session.draft
            if current is not None and self.file_path is None and not self.editor.text():
                drafts.save(current.id, body, self.platform(), kind="import")
                draft = drafts.get(current.id)
            else:
                draft = next((d for d in drafts.list() if d.text == body), None) \
                    or drafts.create(body, self.platform())
        except StoreError as exc:
            dialogs.show_error(self, "下書きとして保存できません",
                               f"{path.name} を開けましたが、下書きとして保存できないため表示していません。\n{exc.message}")
            return False
        self._show_draft(draft, path, newline)
        return True

    # -- rename, delete, trash ---------------------------------------------------------

    def rename_draft(self, draft_id: int | None = None) -> bool:
        draft_id = draft_id if draft_id is not None else self.session.draft_id
        if draft_id is None:
            return False
        try:
            draft = self.store.drafts.get(draft_id)
        except StoreError as exc:
            dialogs.show_error(self, "名前を変更できません", exc.message)
            return False
        title = dialogs.ask_text(self, "下書きの名前", "一覧に表示する名前（空にすると本文の1行目）:",
                                 draft.title if draft.custom_title else "")
        if title is None:
            return False
        try:
            draft = self.store.drafts.rename(draft_id, title)
        except StoreError as exc:
            dialogs.show_error(self, "名前を変更できません", exc.message)
            return False
        if draft_id == self.session.draft_id:
            self.session.refresh_draft()
            self._update_title()
        self.drafts_panel.refresh()
        self.statusBar().showMessage(f"下書きの名前を「{draft.title}」にしました", 5000)
        return True

    def delete_draft(self, draft_id: int | None = None) -> bool:
        """Move a draft to the trash; 元に戻す (button or Ctrl+Z in the panel) takes it back."""
        draft_id = draft_id if draft_id is not None else self.session.draft_id
        if draft_id is None:
            return False
        was_open = draft_id == self.session.draft_id
        if was_open and not self.session.flush("save"):
            dialogs.show_error(self, "削除できません",
                               f"{self.session.message}\nいまの本文を保存できないため、ゴミ箱に移していません。")
            return False
        try:
            draft = self.store.drafts.delete(draft_id)
        except StoreError as exc:
            dialogs.show_error(self, "削除できません", exc.message)
            return False
        self.deleted_stack.append((draft_id, was_open))
        if was_open:
            self._open_after_deleting()
        else:
            self.drafts_panel.refresh()
        self.statusBar().showMessage(f"下書き「{draft.title}」をゴミ箱に移しました", UNDO_SHOWN_MS)
        self.undo_delete_button.show()
        self.undo_timer.start()
        return True

    def _open_after_deleting(self) -> None:
        try:
            draft = self.store.drafts.last_open()  # the newest one left (the deleted one is in the trash)
            if draft is None:
                draft = self.store.drafts.create("", self.platform())
                self._placeholder_id = draft.id
        except StoreError as exc:
            dialogs.show_error(self, "下書きを開けません", exc.message)
            return
        self._show_draft(draft)

    def undo_delete(self) -> bool:
        self.undo_delete_button.hide()
        if not self.deleted_stack:
            self.statusBar().showMessage("元に戻せる削除はありません", 4000)
            return False
        draft_id, was_open = self.deleted_stack.pop()
        try:
            draft = self.store.drafts.restore(draft_id)
        except StoreError as exc:
            dialogs.show_error(self, "元に戻せません", exc.message)
            return False
        if was_open:
            placeholder = self._placeholder_id
            if self.switch_to_draft(draft_id):
                self._drop_placeholder(placeholder)
        self.drafts_panel.refresh()
        self.statusBar().showMessage(f"下書き「{draft.title}」を元に戻しました", 5000)
        return True

    def _drop_placeholder(self, draft_id: int | None) -> None:
        """The empty draft opened because the last one was deleted, if nobody wrote in it."""
        self._placeholder_id = None
        if draft_id is None or draft_id == self.session.draft_id:
            return
        try:
            if all(not v.text for v in self.store.drafts.versions(draft_id)):
                self.store.drafts.delete(draft_id)
                self.store.drafts.purge(draft_id)
        except StoreError:
            pass

    def restore_from_trash(self, draft_id: int) -> bool:
        try:
            draft = self.store.drafts.restore(draft_id)
        except StoreError as exc:
            dialogs.show_error(self, "元に戻せません", exc.message)
            return False
        self.deleted_stack = [d for d in self.deleted_stack if d[0] != draft_id]
        self.drafts_panel.refresh()
        self.statusBar().showMessage(f"下書き「{draft.title}」をゴミ箱から戻しました", 5000)
        return True

    def purge_draft(self, draft_id: int) -> bool:
        try:
            draft = self.store.drafts.get(draft_id)
        except StoreError as exc:
            dialogs.show_error(self, "削除できません", exc.message)
            return False
        if not dialogs.ask_confirm(self, "完全に削除",
                                   f"下書き「{draft.title}」を履歴ごと完全に削除します。元に戻せません。よろしいですか？",
                                   "完全に削除"):
            return False
        try:
            self.store.drafts.purge(draft_id)
        except (StoreError, ValueError) as exc:
            dialogs.show_error(self, "削除できません", getattr(exc, "message", str(exc)))
            return False
        self.deleted_stack = [d for d in self.deleted_stack if d[0] != draft_id]
        self.drafts_panel.refresh()
        self.statusBar().showMessage(f"下書き「{draft.title}」を完全に削除しました", 5000)
        return True

    def empty_trash(self) -> int:
        count = len(self.drafts_panel.shown) if self.drafts_panel.showing_trash() else None
        what = f"ゴミ箱の下書き {count} 件" if count else "ゴミ箱の下書き"
        if not dialogs.ask_confirm(self, "ゴミ箱を空にする",
                                   f"{what}を履歴ごと完全に削除します。元に戻せません。よろしいですか？",
                                   "ゴミ箱を空にする"):
            return 0
        try:
            removed = self.store.drafts.empty_trash()
        except StoreError as exc:
            dialogs.show_error(self, "ゴミ箱を空にできません", exc.message)
            return 0
        self.deleted_stack.clear()
        self.undo_delete_button.hide()
        self.drafts_panel.refresh()
        self.statusBar().showMessage(f"ゴミ箱の下書き {removed} 件を完全に削除しました", 5000)
        return removed

    # -- version history -----------------------------------------------------------------

    def show_history(self) -> HistoryDialog | None:
        draft = self.session.draft
        if draft is None:
            return None
        self.session.flush("save")  # so the newest version is the text on screen (if the store lets us)
        try:
            versions = self.store.drafts.versions(draft.id)
        except StoreError as exc:
            dialogs.show_error(self, "履歴を読めません", exc.message)
            return None
        if self.history_dialog is not None:
            self.history_dialog.close()
            self.history_dialog.deleteLater()
        self.history_dialog = HistoryDialog(self, self._display_name())
        self.history_dialog.set_versions(versions)
        self.history_dialog.restoreRequested.connect(self.restore_version)
        self.history_dialog.open()
        return self.history_dialog

    def restore_version(self, version_id: int) -> bool:
        """Make an earlier version the text again, as a new version: the text
        it replaces stays in the history, and Ctrl+Z in the editor undoes it."""
        draft = self.session.draft
        if draft is None:
            return False
        if not self.session.flush("save"):
            dialogs.show_error(self, "版を戻せません",
                               f"{self.session.message}\nいまの本文を保存できないため、戻していません。")
            return False
        try:
            version = self.store.drafts.restore_version(draft.id, version_id)
        except (StoreError, KeyError) as exc:
            dialogs.show_error(self, "版を戻せません", getattr(exc, "message", "その版が見つかりません。"))
            return False
        self._loading = True
        try:
            if version.platform:
                self.platform_bar.set_platform(version.platform)
            cursor = QTextCursor(self.editor.document())
            cursor.beginEditBlock()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(version.text)
            cursor.endEditBlock()
        finally:
            self._loading = False
        self.session.refresh_draft()
        self._update_title()
        self.drafts_panel.refresh()
        if self.history_dialog is not None:
            try:
                self.history_dialog.set_versions(self.store.drafts.versions(draft.id))
            except StoreError:
                pass
        self.statusBar().showMessage("選んだ版に戻しました（戻す前の本文も履歴に残っています。Ctrl+Z でも戻せます）", 8000)
        return True

    # -- closing ---------------------------------------------------------------------------

    def keep_text_before_close(self) -> bool:
        """Save the draft on close.  When it cannot be kept (store failing, or
        memory only), offer to save the text to a file; False = do not close."""
        saved = self.session.flush("close")
        if saved and self.store.where != MEMORY:
            return True
        if not self.editor.text().strip():
            return True
        if self.file_path is not None and not self.editor.document().isModified():
            return True  # the file has this text
        why = self.session.message if not saved else \
            "データベースを使えないため、下書きはメモリーにだけ保持していました。"
        answer = dialogs.ask_save_unstored(self, why)
        if answer == dialogs.SAVE:
            return self.save()
        return answer == dialogs.DISCARD

