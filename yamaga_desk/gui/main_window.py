"""The main window: the drafts panel on the left, the editor, checklist and
findings, platform and 確認してコピー at the bottom.

The window owns the draft's state that is not text: which findings the
author dismissed (with reasons), the ticks (in ChecklistPanel), the file it
came from and its line ending.  It talks to the engine only through
BackgroundChecker; the text itself is kept in the store by DraftSession
(autosave), and review records go through `recorder.record()` (the store's
Records unless a test gives another recorder).  Drafts panel, history and
trash are in draft_actions.py, the records menu in records_actions.py.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QMainWindow, QPushButton, QSplitter,
    QVBoxLayout, QWidget,
)

from .. import __version__
from ..engine import get_engine, reload_rules
from ..report import Finding, Report
from ..ruleset.loader import load_checklist
from ..review import DismissedFinding, ItemReview, ReviewRecord
from ..store import Store, StoreError, open_store
from ..store.records import Records, rules_version_of, windows_user
from ..text.encoding import DecodeError, decode
from . import dialogs
from .allow_list import AllowListError, add_word, is_allow_listable
from .checker_worker import FOCUS_MIN_CHARS, BackgroundChecker
from .checklist_panel import ChecklistPanel
from .draft_actions import DraftActions
from .draft_session import DraftSession
from .drafts_panel import DraftsPanel
from .editor import DraftEditor
from .findings_panel import FindingsPanel
from .look import app_icon
from .offsets import PositionMap, split_line_ending
from .platform_counter import PlatformBar
from .records_actions import RecordsActions
from .settings import Settings

APP_TITLE = "山鹿市 SNS投稿チェッカー"
MAX_FILE_BYTES = 20 * 1024 * 1024
COUNTER_DELAY_MS = 120


class MainWindow(DraftActions, RecordsActions, QMainWindow):
    checkApplied = Signal()  # a current result is on screen

    def __init__(self, recorder=None, settings: Settings | None = None, parent=None, *,
                 store: Store | None = None):
        """`store`: the drafts and records database (default: open the one in
        the configured data folder; open_store never fails, see its notices).
        `recorder`: where 確認してコピー records go (default: the store)."""
        super().__init__(parent)
        self.store = store if store is not None else open_store()
        self.recorder = recorder if recorder is not None else self.store.records
        self.session = DraftSession(self.store, self)
        self.settings = settings or Settings()
        # The checklist is a small TOML file: read it directly so the window
        # shows before the engine (dictionary, rules) has loaded.
        self.engine_checklist = load_checklist()
        self.clauses = {i.id: (i.clause, i.text) for i in self.engine_checklist}
        self.file_path: Path | None = None
        self.newline = "\n"
        self.report: Report | None = None  # last current result
        self.visible_findings: list[Finding] = []
        self.dismissed: dict[tuple[str, str], DismissedFinding] = {}
        self.notices: tuple[str, ...] = ()
        self.store_notices: list[str] = []  # every database notice shown this session
        self.keep_settings = True  # False: leave the saved layout alone (screenshots)
        self._loading = False  # True while a draft is put into the editor: not an edit
        self._init_draft_actions()

        self.setWindowTitle(APP_TITLE)
        self.setWindowIcon(app_icon())
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._connect()
        self._restore_settings()
        self._update_approve()
        self.platform_bar.update_count("")
        self.open_initial_draft()
        self._update_title()
        self.show_store_notices()

    # -- building ------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.editor = DraftEditor(self)
        self.editor.set_clauses(self.clauses)
        self.checklist = ChecklistPanel(self.engine_checklist, self)
        self.checklist.confirm_flagged = self._confirm_flagged_tick
        self.findings_panel = FindingsPanel(self)
        self.platform_bar = PlatformBar(self)
        self.approve_button = QPushButton("確認してコピー", self)
        self.approve_button.setObjectName("approveCopyButton")
        self.approve_button.setMinimumHeight(36)
        font = self.approve_button.font()
        font.setBold(True)
        self.approve_button.setFont(font)

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.checklist)
        right.addWidget(self.findings_panel)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        self.right_splitter = right
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.editor)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        self.splitter = split

        bottom = QHBoxLayout()
        bottom.addWidget(self.platform_bar, 1)
        bottom.addWidget(self.approve_button)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.setCentralWidget(central)

        self.drafts_panel = DraftsPanel(self.store.drafts, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.drafts_panel)
        self.resizeDocks([self.drafts_panel], [330], Qt.Orientation.Horizontal)

        self.undo_delete_button = QPushButton("元に戻す", self)
        self.undo_delete_button.setObjectName("undoDeleteButton")
        self.undo_delete_button.setToolTip("いまゴミ箱に移した下書きを戻します（下書き一覧で Ctrl+Z）")
        self.undo_delete_button.hide()
        self.statusBar().addPermanentWidget(self.undo_delete_button)
        self.save_state = QLabel("")
        self.save_state.setObjectName("saveStateLabel")
        self.save_state.setAccessibleName("下書きの保存状態")
        self.statusBar().addPermanentWidget(self.save_state)
        self.check_state = QLabel("")
        self.check_state.setObjectName("checkStateLabel")
        self.statusBar().addPermanentWidget(self.check_state)
        self.checker = BackgroundChecker(self)
        self.counter_timer = QTimer(self)
        self.counter_timer.setSingleShot(True)
        self.counter_timer.setInterval(COUNTER_DELAY_MS)
        self.find_dialog: dialogs.FindReplaceDialog | None = None
        self.resize(1200, 760)

    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        e = self.editor
        self.act_new = self._action("新しい下書き(&N)", self.new_draft, K.New, "actionNew")
        self.act_open = self._action("開く(&O)…", self.open_dialog, K.Open, "actionOpen")
        self.act_save = self._action("上書き保存(&S)", self.save, K.Save, "actionSave")
        self.act_save_as = self._action("名前を付けて保存(&A)…", self.save_as, "Ctrl+Shift+S", "actionSaveAs")
        self.act_quit = self._action("終了(&X)", self.close, "Ctrl+Q", "actionQuit")
        self.act_undo = self._action("元に戻す(&U)", e.undo, K.Undo, "actionUndo")
        self.act_redo = self._action("やり直し(&R)", e.redo, ["Ctrl+Y", "Ctrl+Shift+Z"], "actionRedo")
        self.act_cut = self._action("切り取り(&T)", e.cut, K.Cut)
        self.act_copy = self._action("コピー(&C)", e.copy, K.Copy)
        self.act_paste = self._action("貼り付け(&P)", e.paste, K.Paste)
        self.act_select_all = self._action("すべて選択(&A)", e.selectAll, K.SelectAll)
        self.act_find = self._action("検索と置換(&F)…", self.show_find, ["Ctrl+F", "Ctrl+H"], "actionFind")
        self.act_find_next = self._action("次を検索(&N)", lambda: self._find_again(False), "F3")
        self.act_find_prev = self._action("前を検索(&V)", lambda: self._find_again(True), "Shift+F3")
        self.act_zoom_in = self._action("拡大(&I)", lambda: e.zoom_by(1), ["Ctrl++", "Ctrl+="], "actionZoomIn")
        self.act_zoom_out = self._action("縮小(&O)", lambda: e.zoom_by(-1), "Ctrl+-", "actionZoomOut")
        self.act_zoom_reset = self._action("標準の大きさ(&R)", e.reset_zoom, "Ctrl+0")
        self.act_check_now = self._action("今すぐチェック(&C)", lambda: self.request_check(now=True), "F5")
        self.act_next_finding = self._action("次の指摘へ(&N)", lambda: self.goto_next_finding(), "F8")
        self.act_restore_dismissed = self._action("無視した指摘をすべて戻す(&R)", self.restore_dismissed)
        self.act_approve = self._action("確認してコピー(&K)", self.approve_and_copy, "Ctrl+Shift+C")
        self.act_history = self._action("版の履歴(&H)…", self.show_history, "Ctrl+Shift+H", "actionHistory")
        self.act_rename_draft = self._action("下書きの名前を変更(&M)…", lambda: self.rename_draft(),
                                             name="actionRenameDraft")
        self.act_records = self._action("確認記録の一覧(&L)…", self.show_records, name="actionRecords")
        self.act_export_csv = self._action("CSV に書き出す(&C)…", lambda: self.export_records_from_menu("csv"),
                                           name="actionExportCsv")
        self.act_export_pdf = self._action("PDF（確認記録票）に書き出す(&P)…",
                                           lambda: self.export_records_from_menu("pdf"), name="actionExportPdf")
        self.act_drafts_panel = self.drafts_panel.toggleViewAction()
        self.act_drafts_panel.setText("下書き一覧(&D)")
        self.act_drafts_panel.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.act_drafts_panel.setObjectName("actionDraftsPanel")
        self.act_manual = self._action("使い方(&M)", self.show_manual, K.HelpContents)
        self.act_about = self._action("バージョン情報(&A)", self.show_about)
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        for action in (self.act_undo, self.act_redo, self.act_cut, self.act_copy, self.act_paste,
                       self.act_select_all):
            # The editor handles these keys itself while it has focus; the
            # menu shortcut must not steal them (ambiguous shortcut).
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("ファイル(&F)")
        file_menu.addActions([self.act_new, self.act_open])
        self.recent_menu = file_menu.addMenu("最近使ったファイル(&R)")
        file_menu.addSeparator()
        file_menu.addActions([self.act_save, self.act_save_as])
        file_menu.addSeparator()
        file_menu.addActions([self.act_history, self.act_rename_draft])
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit = bar.addMenu("編集(&E)")
        edit.addActions([self.act_undo, self.act_redo])
        edit.addSeparator()
        edit.addActions([self.act_cut, self.act_copy, self.act_paste, self.act_select_all])
        edit.addSeparator()
        edit.addActions([self.act_find, self.act_find_next, self.act_find_prev])
        view = bar.addMenu("表示(&V)")
        view.addAction(self.act_drafts_panel)
        view.addSeparator()
        view.addActions([self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset])
        check = bar.addMenu("チェック(&C)")
        check.addActions([self.act_check_now, self.act_next_finding, self.act_restore_dismissed])
        check.addSeparator()
        check.addAction(self.act_approve)
        records = bar.addMenu("記録(&R)")
        records.addAction(self.act_records)
        records.addSeparator()
        records.addActions([self.act_export_csv, self.act_export_pdf])
        help_menu = bar.addMenu("ヘルプ(&H)")
        help_menu.addActions([self.act_manual, self.act_about])
        self._rebuild_recent_menu()

    def _connect(self) -> None:
        e = self.editor
        e.textChanged.connect(self._on_text_changed)
        e.undoAvailable.connect(self.act_undo.setEnabled)
        e.redoAvailable.connect(self.act_redo.setEnabled)
        e.document().modificationChanged.connect(lambda _m: self._update_title())
        e.dismissRequested.connect(self.dismiss_finding)
        e.allowRequested.connect(self.allow_word)
        e.fileDropped.connect(self.open_file)
        e.zoomChanged.connect(lambda z: self.settings.set_value("zoom", z))
        self.counter_timer.timeout.connect(lambda: self.platform_bar.update_count(self.editor.text()))
        self.platform_bar.platformChanged.connect(self._on_platform_changed)
        self.checker.resultReady.connect(self._on_result)
        self.checker.partialReady.connect(self._on_partial_result)
        self.checker.checkFailed.connect(self._on_check_failed)
        self.checker.busyChanged.connect(self._on_busy_changed)
        self.checklist.ticksChanged.connect(self._update_approve)
        self.checklist.ticksCleared.connect(self._on_ticks_cleared)
        self.checklist.itemActivated.connect(self.goto_next_finding)
        self.findings_panel.findingSelected.connect(self.show_finding)
        self.approve_button.clicked.connect(self.approve_and_copy)
        self.session.saveStateChanged.connect(self._on_save_state)
        self.session.saved.connect(self._on_draft_saved)
        self._connect_drafts_panel()

    # -- settings ------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        for key, splitter in (("splitter", self.splitter), ("rightSplitter", self.right_splitter)):
            state = self.settings.value(key)
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        self.platform_bar.set_platform(str(self.settings.value("platform", "x")))
        self.editor.zoom_by(self.settings.int_value("zoom", 0))

    def _save_settings(self) -> None:
        self.settings.set_value("geometry", self.saveGeometry())
        self.settings.set_value("splitter", self.splitter.saveState())
        self.settings.set_value("rightSplitter", self.right_splitter.saveState())
        self.settings.set_value("platform", self.platform_bar.platform())
        self.settings.sync()

    # -- checking ------------------------------------------------------------

    def platform(self) -> str:
        return self.platform_bar.platform()

    def request_check(self, now: bool = False) -> None:
        text = self.editor.text()
        if now:
            self.checker.request_now(text, self.platform())
        else:
            self.checker.request(text, self.platform())

    def _focus(self, text: str) -> tuple[int, int] | None:
        """The code points on screen, for a long paste's on-screen-first
        check (checker_worker); None when the checker would not use it."""
        if len(text) < FOCUS_MIN_CHARS or not self.checker.is_paste(text):
            return None
        lo, hi = self.editor.visible_range()
        positions = PositionMap(text)
        return positions.to_offset(lo), positions.to_offset(hi)

    def is_checking(self) -> bool:
        return self.checker.is_busy()

    def _on_text_changed(self) -> None:
        text = self.editor.text()
        self.checker.request(text, self.platform(), self._focus(text))
        self.counter_timer.start()
        self._update_approve()
        if not self._loading:
            self.session.changed(text, self.platform())

    def _on_platform_changed(self, platform: str) -> None:
        self.settings.set_value("platform", platform)
        text = self.editor.text()
        self.platform_bar.update_count(text)
        self.request_check()
        if not self._loading:
            self.session.changed(text, platform)

    def _on_busy_changed(self, busy: bool) -> None:
        if busy:
            self.check_state.setText("チェック中…")
        self._update_approve()

    def _on_result(self, generation: int, report: Report) -> None:
        if report.text != self.editor.text():  # belt and braces: never paint stale offsets
            return
        self.report = report
        self.notices = tuple(report.notices)
        self._apply_report()
        self.checkApplied.emit()

    def _on_partial_result(self, generation: int, findings) -> None:
        """Underlines of the paragraphs on screen while the rest of a long
        paste is still being checked; the checklist waits for the whole."""
        if not self.checker.is_current(generation):
            return
        visible = [f for f in findings if (f.rule, f.excerpt) not in self.dismissed]
        self.editor.set_findings(visible, PositionMap(self.editor.text()))

    def _apply_report(self) -> None:
        report = self.report
        if report is None:
            return
        visible = [f for f in report.findings if (f.rule, f.excerpt) not in self.dismissed]
        self.visible_findings = visible
        self.editor.set_findings(visible, PositionMap(report.text))
        clause_names = {k: v[0] for k, v in self.clauses.items()}
        self.findings_panel.set_findings(visible, report.text, clause_names)
        # Dismissed findings no longer count toward an item's status.
        statuses = get_engine().statuses(visible) if self.dismissed else report.checklist
        self.checklist.update_statuses(statuses)
        self.note_flagged_items(sum(1 for s in statuses if s.status == "flagged"))
        n = len(visible)
        self.check_state.setText(f"チェック済み: 指摘 {n} 件" if n else "チェック済み: 指摘はありません")
        notes = list(self.notices)
        problems = get_engine().ruleset.problems
        if problems:
            notes.append(f"規則ファイルに問題が {len(problems)} 件あり、その規則は使っていません（例: {problems[0]}）")
        if notes:
            self.statusBar().showMessage(" / ".join(notes))
        self._update_approve()

    def _on_check_failed(self, _generation: int, message: str) -> None:
        self.check_state.setText("チェックできませんでした")
        self.statusBar().showMessage(f"チェック中にエラーが起きました。本文はそのまま残っています（{message}）")
        self._update_approve()

    def _on_ticks_cleared(self, item_ids: list[str]) -> None:
        names = "、".join(self.clauses[i][0] for i in item_ids if i in self.clauses)
        self.statusBar().showMessage(f"本文が変わり判定が変わったため、次の項目のチェックを外しました: {names}", 10000)

    # -- findings --------------------------------------------------------------

    def show_finding(self, finding: Finding) -> None:
        mark = self.editor.mark_for(finding)
        if mark is not None:
            self.editor.select_mark(mark)
            self.statusBar().showMessage(finding.message, 8000)

    def goto_next_finding(self, item_id: str | None = None) -> None:
        """Select the next finding (of `item_id`, if given) after the cursor."""
        marks = [m for m in self.editor.marks() if item_id is None or m.finding.item == item_id]
        if not marks:
            if item_id is not None:
                clause = self.clauses.get(item_id, ("", ""))[0]
                self.statusBar().showMessage(f"ガイドライン{clause}についての指摘はありません", 5000)
            return
        marks.sort(key=lambda m: (m.start, m.end))
        cursor = self.editor.textCursor()
        # With a selection (the finding shown last) move past it; with a bare
        # caret a finding starting right there is the next one.
        if cursor.hasSelection():
            after = [m for m in marks if m.start > cursor.selectionStart()]
        else:
            after = [m for m in marks if m.start >= cursor.position()]
        mark = after[0] if after else marks[0]  # wrap around
        self.editor.select_mark(mark)
        self.findings_panel.select_finding(mark.finding)
        self.statusBar().showMessage(mark.finding.message, 8000)

    def _confirm_flagged_tick(self, item) -> str | None:
        count = self.checklist.count.get(item.id, 0)
        return dialogs.ask_reason(
            self, "指摘のある項目の確認",
            f"ガイドライン{item.clause}「{item.title}」には指摘が {count} 件あります。\n"
            f"{item.text}\n\n内容を確かめたうえで、問題ないとしてチェックしますか？",
            "問題ないとしてチェック")

    def dismiss_finding(self, finding: Finding) -> None:
        reason = dialogs.ask_reason(
            self, "この指摘を無視",
            f"「{finding.excerpt}」への指摘を、この下書きでは無視します。\n{finding.message}",
            "無視する")
        if reason is None:
            return
        self.dismissed[(finding.rule, finding.excerpt)] = DismissedFinding(
            finding.rule, finding.item, finding.excerpt, reason)
        self._apply_report()
        self.statusBar().showMessage(f"「{finding.excerpt}」への指摘を無視しました（チェック → 無視した指摘をすべて戻す で元に戻せます）", 8000)

    def restore_dismissed(self) -> None:
        if not self.dismissed:
            self.statusBar().showMessage("無視した指摘はありません", 4000)
            return
        self.dismissed.clear()
        self._apply_report()
        self.statusBar().showMessage("無視した指摘を元に戻しました", 4000)

    def allow_word(self, finding: Finding) -> None:
        word = finding.excerpt.strip()
        if not is_allow_listable(word):
            # The menu offers no such entry; refuse all the same, so a whole
            # sentence never ends up on the list as a word.
            shown = word if len(word) <= 20 else word[:20] + "…"
            self.statusBar().showMessage(
                f"「{shown}」は語ではなく文のため、許可リストには追加できません。"
                "この指摘だけを外すには「この指摘を無視…」を使ってください", 10000)
            return
        try:
            added = add_word(word)
        except AllowListError as exc:
            dialogs.show_error(self, "許可リストに追加できません", str(exc))
            return
        reload_rules()
        self.request_check(now=True)
        if added:
            self.statusBar().showMessage(f"「{word}」を許可リストに追加しました。今後この語は指摘されません", 8000)
        else:
            self.statusBar().showMessage(f"「{word}」はすでに許可リストにあります", 8000)

    # -- approve and copy ------------------------------------------------------

    def _update_approve(self) -> None:
        checking = self.checker.is_busy()
        ready = self.report is not None and not checking and self.checklist.all_ticked()
        self.approve_button.setEnabled(ready)
        self.act_approve.setEnabled(ready)
        if checking:
            tip = "チェックが終わるまでお待ちください"
        elif not self.checklist.all_ticked():
            tip = f"チェックリストの16項目すべてを確認してチェックすると押せます（残り {self.checklist.unticked_count()} 項目）"
        else:
            tip = "本文をクリップボードにコピーし、確認の記録を残します"
        self.approve_button.setToolTip(tip)

    def build_review(self, text: str) -> ReviewRecord:
        items = tuple(
            ItemReview(i.id, self.checklist.status.get(i.id) or "", self.checklist.is_ticked(i.id),
                       self.checklist.reasons.get(i.id, ""))
            for i in self.engine_checklist)
        return ReviewRecord(text=text, platform=self.platform(), items=items,
                            dismissed=tuple(self.dismissed.values()), app_version=__version__,
                            rules_version=rules_version_of(get_engine().ruleset.files),
                            user=windows_user())

    def approve_and_copy(self) -> bool:
        """Record first, then the clipboard: no copy without its record."""
        self._update_approve()
        if not self.approve_button.isEnabled():
            return False
        text = self.editor.text()
        review = self.build_review(text)
        # The draft as approved goes into its history too; if that fails the
        # save-state label says so, and the record (which has the text) decides.
        self.session.flush("copy")
        try:
            if isinstance(self.recorder, Records):
                self.recorder.record(review, draft_uid=self.session.draft_uid)
            else:
                self.recorder.record(review)
        except StoreError as exc:
            dialogs.show_error(self, "記録できませんでした",
                               f"確認の記録を保存できなかったため、コピーしていません。\n{exc.message}")
            return False
        except Exception as exc:
            dialogs.show_error(self, "記録できませんでした",
                               f"確認の記録を保存できなかったため、コピーしていません。\n（{exc}）")
            return False
        QGuiApplication.clipboard().setText(text)
        self.statusBar().showMessage("確認済みの本文をクリップボードにコピーし、確認の記録を残しました。投稿先に貼り付けてください", 10000)
        self.session.refresh_draft()
        self.drafts_panel.refresh()
        return True

    # -- files -------------------------------------------------------------------

    def _display_name(self) -> str:
        if self.file_path:
            return self.file_path.name
        draft = self.session.draft
        return draft.title if draft is not None else "無題"

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self._display_name()}[*] - {APP_TITLE}")
        # [*] is about the file: a draft's text is autosaved (see the status bar).
        self.setWindowModified(self.file_path is not None and self.editor.document().isModified())

    def maybe_save(self) -> bool:
        """True when the file the draft came from need not be saved first.
        (The draft itself is in the store; only a file can be out of date.)"""
        if self.file_path is None or not self.editor.document().isModified():
            return True
        answer = dialogs.ask_save_changes(self, self._display_name())
        if answer == dialogs.SAVE:
            return self.save()
        return answer == dialogs.DISCARD

    def _set_draft(self, text: str, path: Path | None, newline: str = "\n") -> None:
        self.dismissed.clear()
        self.report = None
        self.checklist.reset()
        self.editor.set_findings([], PositionMap(""))
        self.editor.setPlainText(text)  # also clears undo history: a new document
        self.editor.document().setModified(False)
        self.file_path = path
        self.newline = newline
        self._update_title()
        self.platform_bar.update_count(self.editor.text())
        self.request_check(now=True)

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        start = str(self.settings.value("lastDir", "") or Path.home())
        name, _ = QFileDialog.getOpenFileName(self, "下書きを開く", start,
                                              "テキストファイル (*.txt);;すべてのファイル (*)")
        if name:
            self.open_file(name, ask_save=False)

    def open_file(self, name: str | os.PathLike, ask_save: bool = True) -> bool:
        """Open a draft; on any problem say what and keep the current text."""
        path = Path(name)
        try:
            if path.is_dir():
                raise ValueError("フォルダーです。テキストファイルを選んでください")
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise ValueError(f"ファイルが大きすぎます（{size // 1024 // 1024} MB）。投稿の下書きとしては長すぎるため開きません")
            text, _encoding = decode(path.read_bytes())
        except FileNotFoundError:
            return self._open_failed(path, "ファイルが見つかりません")
        except PermissionError:
            return self._open_failed(path, "ファイルを読む権限がありません")
        except (DecodeError, ValueError) as exc:
            return self._open_failed(path, str(exc))
        except OSError as exc:
            return self._open_failed(path, f"ファイルを読めません（{exc.strerror or exc}）")
        body, newline = split_line_ending(text)
        if not self.leave_current_draft(ask_file=ask_save):
            return False
        if not self.show_file_as_draft(body, path.resolve(), newline):
            return False
        self.settings.set_value("lastDir", str(path.resolve().parent))
        self.settings.add_recent_file(str(path))
        self._rebuild_recent_menu()
        encoding_note = "（Shift_JIS から読み込みました。保存すると UTF-8 になります）" if _encoding == "cp932" else ""
        self.statusBar().showMessage(f"{path.name} を開きました{encoding_note}", 8000)
        return True

    def _open_failed(self, path: Path, why: str) -> bool:
        dialogs.show_error(self, "ファイルを開けません",
                           f"{path} を開けませんでした。\n{why}\n\n編集中の本文はそのまま残っています。")
        return False

    def save(self) -> bool:
        if self.file_path is None:
            return self.save_as()
        return self._write(self.file_path)

    def save_as(self) -> bool:
        start = str(self.file_path or Path(str(self.settings.value("lastDir", "") or Path.home())) / "下書き.txt")
        name, _ = QFileDialog.getSaveFileName(self, "名前を付けて保存", start, "テキストファイル (*.txt)")
        if not name:
            return False
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".txt")
        return self._write(path)

    def _write(self, path: Path) -> bool:
        """UTF-8, the file's own line ending, written to a temporary file first
        so a full disk or a crash never leaves a half-written draft."""
        data = self.editor.text().replace("\n", self.newline).encode("utf-8")
        try:
            fd, tmp = tempfile.mkstemp(prefix=".~", suffix=".txt", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            dialogs.show_error(self, "保存できません",
                               f"{path} に保存できませんでした（{exc.strerror or exc}）。\n本文は編集画面に残っています。別の場所に保存してください。")
            return False
        self.file_path = path.resolve()
        self.editor.document().setModified(False)
        self.settings.set_value("lastDir", str(self.file_path.parent))
        self.settings.add_recent_file(str(self.file_path))
        self._rebuild_recent_menu()
        self._update_title()
        self.statusBar().showMessage(f"{path.name} に保存しました（UTF-8）", 5000)
        return True

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for n, name in enumerate(files, 1):
            action = self.recent_menu.addAction(f"&{n % 10} {name}")
            action.triggered.connect(lambda _=False, f=name: self._open_recent(f))
        if files:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("履歴を消去", self._clear_recent)
        self.recent_menu.setEnabled(bool(files))

    def _open_recent(self, name: str) -> None:
        if not Path(name).exists():
            self.settings.remove_recent_file(name)
            self._rebuild_recent_menu()
        self.open_file(name)

    def _clear_recent(self) -> None:
        self.settings.clear_recent_files()
        self._rebuild_recent_menu()

    # -- find ----------------------------------------------------------------------

    def show_find(self) -> None:
        if self.find_dialog is None:
            self.find_dialog = dialogs.FindReplaceDialog(self.editor, self)
        self.find_dialog.open_with_selection()

    def _find_again(self, backward: bool) -> None:
        if self.find_dialog is None or not self.find_dialog.find_edit.text():
            self.show_find()
        else:
            self.find_dialog.find(backward)

    # -- help ----------------------------------------------------------------------

    def show_manual(self) -> None:
        dialogs.show_info(self, "使い方", (
            "1. 中央の欄に投稿の下書きを書くか貼り付けます。書くそばからチェックされ、問題のある語に波線が付きます"
            "（赤: エラー、橙: 注意、青: 参考）。波線にマウスを重ねると理由とガイドラインの条項が出ます。\n"
            "2. 波線を右クリックすると、直し方の候補・「この指摘を無視」・「許可リストに追加」（語の指摘のみ。文全体の指摘は無視で外します）を選べます。\n"
            "3. 右のチェックリスト16項目を、本文を確かめながらチェックします。指摘のある項目は確認のうえでチェックします。\n"
            "4. 下で投稿先を選ぶと、その投稿先の数え方で文字数が出ます。\n"
            "5. すべてチェックすると「確認してコピー」が押せます。確認の記録を残してから本文をコピーします。"
            "コピーした本文を投稿先に貼り付けてください。\n"
            "6. 下書きは自動で保存され、次に起動したときも開きます。左の「下書き一覧」から別の下書きを開けます。"
            "前の版は「履歴…」から戻せます。確認の記録は「記録」メニューで一覧・CSV/PDF 書き出しができます。\n\n"
            "詳しくは docs/manual.md（職員向けマニュアル）をご覧ください。"))

    def show_about(self) -> None:
        engine = get_engine()
        dialogs.show_info(self, "バージョン情報", (
            f"{APP_TITLE} {__version__}\n規則 {len(engine.ruleset.rules)} 件\n\n"
            "このアプリはネットワークに一切接続しません。入力した本文はこのパソコンの外に出ません。"))

    # -- closing ---------------------------------------------------------------------

    def closeEvent(self, event) -> None:
        if not self.maybe_save() or not self.keep_text_before_close():
            event.ignore()
            return
        if self.keep_settings:
            self._save_settings()
        self.checker.wait_idle(5000)
        self.session.stop()
        self.store.close()
        event.accept()
