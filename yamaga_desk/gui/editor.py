"""The draft editor: a QPlainTextEdit that underlines findings.

Each finding becomes an ExtraSelection with a wavy underline in its
severity's colour.  The selection's QTextCursor is kept with the finding: Qt
moves it as the author types, so underlines stay on their words until the
next check replaces them.  Hover shows the message, clause and suggestions;
the context menu offers quick fixes, 「この指摘を無視」 and
「この語を許可リストに追加」 (for a word, never a whole sentence:
allow_list.is_allow_listable).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip

from ..report import Finding
from .allow_list import is_allow_listable
from .look import SEVERITY_COLORS, SEVERITY_LABELS, editor_font
from .offsets import PositionMap, editor_text
from .quick_fixes import quick_fixes

MIN_ZOOM, MAX_ZOOM = -6, 20


@dataclass
class Mark:
    finding: Finding
    cursor: QTextCursor  # tracks the span through edits

    @property
    def start(self) -> int:
        return self.cursor.selectionStart()

    @property
    def end(self) -> int:
        return self.cursor.selectionEnd()


def tooltip_text(finding: Finding, clause: str = "", clause_text: str = "") -> str:
    """What hovering a finding shows (plain text; the tooltip renders it as HTML)."""
    lines = [f"【{SEVERITY_LABELS.get(finding.severity, finding.severity)}】{finding.message}"]
    if clause:
        lines.append(f"ガイドライン{clause}: {clause_text}" if clause_text else f"ガイドライン{clause}")
    fixes = [s for s in finding.suggestions if s.strip()]
    if fixes:
        lines.append("候補: " + " / ".join(fixes))
    return "\n".join(lines)


# Underlines are painted in this order, so an error on the same words draws
# on top of a warning or a hint.
_PAINT_ORDER = {"info": 0, "warning": 1, "error": 2}


class DraftEditor(QPlainTextEdit):
    dismissRequested = Signal(object)  # Finding
    allowRequested = Signal(object)  # Finding
    quickFixApplied = Signal(object, str)  # Finding, replacement
    zoomChanged = Signal(int)
    fileDropped = Signal(str)  # a local file dropped on the editor: open it

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("draftEditor")
        self.setAccessibleName("下書き")
        self.setFont(editor_font())
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(False)
        self.setPlaceholderText("ここに投稿の下書きを書くか、貼り付けてください。書くそばからガイドラインに照らしてチェックします。")
        self._marks: list[Mark] = []
        self._formats: dict[tuple[str, str], QTextCharFormat] = {}
        self._slots: list[Mark | None] = []  # marks by finding, None until placed
        self._selections: list = []  # the same, each placed mark's underline for Qt
        self._pending: list[list] = []  # [index, finding, start, end] still to place
        self._shown_ids: list[int] | None = []  # ids of the underlines (self._selections) Qt has now
        self._refresh_queued = False
        self._paint_serial = 0
        self.document().contentsChange.connect(self._on_contents_change)
        self.verticalScrollBar().valueChanged.connect(self._queue_refresh)
        self._clauses: dict[str, tuple[str, str]] = {}  # item -> (clause, text)
        self.zoom = 0

    # -- text --------------------------------------------------------------

    def text(self) -> str:
        """The draft exactly as written (LF line ends, no-break spaces kept)."""
        return editor_text(self.document().toRawText())

    def set_clauses(self, clauses: dict[str, tuple[str, str]]) -> None:
        self._clauses = dict(clauses)

    # -- underlines --------------------------------------------------------

    # A draft can have thousands of findings.  Placing a QTextCursor for
    # each is done in slices from a short timer so the window never blocks:
    # the findings on screen at once, then PAINT_SLICE at a time.  Until a
    # finding has its cursor its span is moved along with edits
    # (contentsChange) the way Qt moves cursors.  Anyone asking for marks
    # gets all of them at once (finish_painting).  A new set_findings drops
    # what is left of the old.
    #
    # Qt is handed only the underlines near the screen (the screen and
    # NEAR_SCREEN_CHARS, or one more screen, either side), refreshed when the
    # view scrolls, resizes or the text changes.  setExtraSelections copies
    # the whole list it is given and lays out every new underline's block:
    # with a long draft's thousands of underlines each call held the window
    # 20-40 ms, and painting cannot show more than a screen anyway.
    PAINT_SLICE = 200
    SLICE_PAUSE_MS = 5  # lets input and repaints in between slices
    NEAR_SCREEN_CHARS = 3_000

    def set_findings(self, findings, position_map: PositionMap) -> None:
        """Underline `findings`, whose offsets are code points of
        position_map.text (the text that was checked, == self.text())."""
        last = max(0, self.document().characterCount() - 1)
        spans = []
        for f in findings:
            start, end = position_map.span_to_qt(f.start, f.end)
            start, end = min(start, last), min(end, last)
            if end > start:
                spans.append([len(spans), f, start, end])
        self._paint_serial += 1
        self._marks = []
        self._slots: list[Mark | None] = [None] * len(spans)
        self._selections: list = [None] * len(spans)  # each placed mark's underline for Qt
        self._shown_ids = None  # new underlines: Qt is told even if an id is reused
        if len(spans) <= self.PAINT_SLICE:  # a few: all at once
            self._pending = spans
            self._finish()
            return
        lo, hi = self.visible_range()
        on_screen = [s for s in spans if s[2] < hi and s[3] > lo]
        self._place(on_screen)
        rest = [s for s in spans if not (s[2] < hi and s[3] > lo)]
        self._pending = rest
        if not rest:
            self._finish()
            return
        self.refresh_underlines()
        self._paint_later(self._paint_serial)

    def _place(self, spans) -> None:
        """Make the cursors of `spans` ([index, finding, start, end])."""
        doc = self.document()
        # Inside an edit block QTextCursor.setPosition does not lay out the
        # block to find the caret's x (which otherwise lays out the whole of
        # a fresh paste).  Nothing is edited, so nothing is undoable; but
        # closing the block announces contentsChanged, which would request
        # another check (and so on, forever): the document keeps quiet.
        batch = QTextCursor(doc)
        quiet = doc.blockSignals(True)
        batch.beginEditBlock()
        try:
            for index, f, start, end in spans:
                cursor = QTextCursor(doc)
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                mark = self._slots[index] = Mark(f, cursor)
                self._selections[index] = self._selection(mark)
        finally:
            batch.endEditBlock()
            doc.blockSignals(quiet)

    def _placed(self) -> list[Mark]:
        return [m for m in self._slots if m is not None]

    def _paint_later(self, serial: int) -> None:
        QTimer.singleShot(self.SLICE_PAUSE_MS, self, lambda: self._paint_more(serial))

    def _paint_more(self, serial: int) -> None:
        if serial != self._paint_serial or not self._pending:
            return  # a newer set_findings took over, or all done already
        now, self._pending = self._pending[:self.PAINT_SLICE], self._pending[self.PAINT_SLICE:]
        self._place(now)
        if not self._pending:
            self._finish()
            return
        self.refresh_underlines()
        self._paint_later(serial)

    def _finish(self) -> None:
        self._place(self._pending)
        self._pending = []
        self._paint_serial += 1
        self._marks = self._placed()
        self.refresh_underlines()

    def near_screen(self) -> tuple[int, int]:
        """Qt positions around the screen whose underlines Qt is given."""
        lo, hi = self.visible_range()
        margin = max(self.NEAR_SCREEN_CHARS, hi - lo)
        return max(0, lo - margin), hi + margin

    def refresh_underlines(self) -> None:
        """Hand Qt the underlines of the placed marks near the screen, by
        severity (an error paints over a warning on the same words), then in
        the findings' order; a mark an edit emptied is left out."""
        self._refresh_queued = False
        lo, hi = self.near_screen()
        layers: tuple[list, list, list] = ([], [], [])
        for mark, selection in zip(self._slots, self._selections):
            if mark is None:
                continue
            start, end = mark.cursor.selectionStart(), mark.cursor.selectionEnd()
            if start < end and start < hi and end > lo:
                layers[_PAINT_ORDER.get(mark.finding.severity, 0)].append(selection)
        shown = layers[0] + layers[1] + layers[2]
        ids = [id(selection) for selection in shown]
        if ids != self._shown_ids:  # scrolling within the margin changes nothing
            self._shown_ids = ids
            self.setExtraSelections(shown)

    def _queue_refresh(self, *_args) -> None:
        # One refresh per turn of the event loop, however many scroll steps
        # or edits came in it.
        if not self._refresh_queued:
            self._refresh_queued = True
            QTimer.singleShot(0, self, self._refresh_if_queued)

    def _refresh_if_queued(self) -> None:
        if self._refresh_queued:
            self.refresh_underlines()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._queue_refresh()

    def finish_painting(self) -> None:
        """Place and hand over every remaining underline now."""
        if self._pending:
            self._finish()

    def painting(self) -> bool:
        """True while underlines are still being handed over in slices."""
        return bool(self._pending)

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        """Move the spans still waiting for a cursor as Qt moves cursors (Qt
        moves the placed ones); deleted text may bring others on screen."""
        if self._slots:
            self._queue_refresh()
        if not self._pending:
            return

        def moved(p: int) -> int:
            if p >= position:
                p = position if p < position + removed else p - removed
                p += added  # text inserted at a cursor's position goes before it
            return p

        kept = []
        for index, f, start, end in self._pending:
            start, end = moved(start), moved(end)
            if end > start:
                kept.append([index, f, start, end])
        self._pending = kept

    def marks(self) -> list[Mark]:
        self.finish_painting()
        return list(self._marks)

    def _format(self, severity: str, rule: str) -> QTextCharFormat:
        key = (severity, rule)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(SEVERITY_COLORS.get(severity, "#616161")))
            fmt.setProperty(QTextFormat.Property.UserProperty, rule)
            self._formats[key] = fmt
        return fmt

    def _selection(self, mark: Mark):
        sel = QTextEdit.ExtraSelection()
        sel.cursor = mark.cursor
        sel.format = self._format(mark.finding.severity, mark.finding.rule)
        return sel

    def visible_range(self) -> tuple[int, int]:
        """Qt positions of the first and last character on screen."""
        block = self.firstVisibleBlock()
        first = block.position() if block.isValid() else 0
        corner = self.viewport().rect().bottomRight()
        return first, self.cursorForPosition(corner).position() + 1

    def marks_at(self, position: int) -> list[Mark]:
        """Findings covering the character that starts at Qt `position`,
        narrowest first: the word under the mouse (バカ) before the sentence
        underlined around it, in the menu and in the tooltip."""
        self.finish_painting()
        return sorted((m for m in self._marks if m.start <= position < m.end), key=lambda m: m.end - m.start)

    def position_under(self, point: QPoint) -> int:
        """Qt position of the character under viewport `point`."""
        cursor = self.cursorForPosition(point)
        position = cursor.position()
        # cursorForPosition gives the nearest caret; left of it is the
        # character before.
        if point.x() < self.cursorRect(cursor).x() and position > 0:
            position -= 1
        return position

    def tooltip_at(self, position: int) -> str:
        texts = []
        for mark in self.marks_at(position):
            clause, clause_text = self._clauses.get(mark.finding.item, ("", ""))
            texts.append(tooltip_text(mark.finding, clause, clause_text))
        return "\n\n".join(texts)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(self.position_under(event.pos()))
            if text:
                html = "<p style='white-space:pre-wrap'>" + escape(text).replace("\n", "<br>") + "</p>"
                QToolTip.showText(event.globalPos(), html, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    # -- navigation ----------------------------------------------------------

    def select_mark(self, mark: Mark) -> None:
        cursor = QTextCursor(mark.cursor)
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def mark_for(self, finding: Finding) -> Mark | None:
        self.finish_painting()
        for mark in self._marks:
            if mark.finding == finding:
                return mark
        return None

    # -- context menu and quick fixes ------------------------------------------

    def contextMenuEvent(self, event) -> None:
        if event.reason() == event.Reason.Mouse:
            position = self.position_under(event.pos())
        else:
            position = self.textCursor().position()
        menu = self.build_context_menu(position)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def build_context_menu(self, position: int) -> QMenu:
        """The standard menu (元に戻す, コピー, ...) with the findings under
        `position` and what can be done about them on top."""
        menu = self.createStandardContextMenu()
        marks = self.marks_at(position)
        if not marks:
            return menu
        first = menu.actions()[0] if menu.actions() else None

        def put(label: str, name: str, slot=None) -> QAction:
            action = QAction(label, menu)
            action.setObjectName(name)
            if slot is None:
                action.setEnabled(False)
            else:
                action.triggered.connect(slot)
            menu.insertAction(first, action)
            return action

        for mark in marks:
            f = mark.finding
            clause = self._clauses.get(f.item, (f.item, ""))[0]
            menu.insertSection(first, f"{clause}【{SEVERITY_LABELS.get(f.severity, '')}】「{f.excerpt[:20]}」")
            for fix in quick_fixes(f):
                slot = None if fix.replacement is None else \
                    (lambda _=False, m=mark, r=fix.replacement: self.apply_fix(m, r))
                put(fix.label, "quickFixAction", slot)
            put("この指摘を無視…", "dismissAction", lambda _=False, fi=f: self.dismissRequested.emit(fi))
            if is_allow_listable(f.excerpt):  # never a whole sentence as a "word"
                put(f"「{f.excerpt.strip()[:20]}」を許可リストに追加", "allowAction",
                    lambda _=False, fi=f: self.allowRequested.emit(fi))
        if first is not None:
            menu.insertSeparator(first)
        return menu

    def apply_fix(self, mark: Mark, replacement: str) -> None:
        """Replace the finding's words: one undoable step."""
        cursor = QTextCursor(mark.cursor)
        if not cursor.hasSelection():
            return
        cursor.beginEditBlock()
        cursor.insertText(replacement)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.quickFixApplied.emit(mark.finding, replacement)

    # -- drag and drop -----------------------------------------------------------

    def _dropped_file(self, mime) -> str | None:
        if mime.hasUrls():
            local = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
            if local:
                return local[0]
        return None

    def canInsertFromMimeData(self, mime) -> bool:
        return self._dropped_file(mime) is not None or super().canInsertFromMimeData(mime)

    def insertFromMimeData(self, mime) -> None:
        """A dropped file is opened (not pasted as its path); text is pasted
        as plain text, never as rich text."""
        path = self._dropped_file(mime)
        if path is not None:
            self.fileDropped.emit(path)
            return
        super().insertFromMimeData(mime)

    # -- zoom ------------------------------------------------------------------

    def zoom_by(self, steps: int) -> None:
        target = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom + steps))
        delta = target - self.zoom
        if delta > 0:
            self.zoomIn(delta)
        elif delta < 0:
            self.zoomOut(-delta)
        self.zoom = target
        self.zoomChanged.emit(self.zoom)

    def reset_zoom(self) -> None:
        self.zoom_by(-self.zoom)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)
