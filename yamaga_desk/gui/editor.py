"""The draft editor: a QPlainTextEdit that underlines findings.

Each finding becomes an ExtraSelection with a wavy underline in its
severity's colour.  The selection's QTextCursor is kept with the finding: Qt
moves it as the author types, so underlines stay on their words until the
next check replaces them.  Hover shows the message, clause and suggestions;
the context menu offers quick fixes, 「この指摘を無視」 and
「この語を許可リストに追加」.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip

from ..report import Finding
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
        # While painting in slices: (marks in final order, marks not on screen,
        # selections handed over so far, how many of those marks are in them)
        self._paint_queue: tuple | None = None
        self._paint_serial = 0
        self._clauses: dict[str, tuple[str, str]] = {}  # item -> (clause, text)
        self.zoom = 0

    # -- text --------------------------------------------------------------

    def text(self) -> str:
        """The draft exactly as written (LF line ends, no-break spaces kept)."""
        return editor_text(self.document().toRawText())

    def set_clauses(self, clauses: dict[str, tuple[str, str]]) -> None:
        self._clauses = dict(clauses)

    # -- underlines --------------------------------------------------------

    def set_findings(self, findings, position_map: PositionMap) -> None:
        """Underline `findings`, whose offsets are code points of
        position_map.text (the text that was checked, == self.text())."""
        doc = self.document()
        last = max(0, doc.characterCount() - 1)
        marks = []
        # Inside an edit block QTextCursor.setPosition does not lay out the
        # block to find the caret's x: placing 4,000 cursors in a fresh
        # 100,000-character paste otherwise lays out the whole draft (~70 ms
        # of a blocked window).  Nothing is edited, so nothing is undoable;
        # but closing the block announces contentsChanged, which would
        # request another check (and so on, forever): the document keeps
        # quiet meanwhile.
        batch = QTextCursor(doc)
        quiet = doc.blockSignals(True)
        batch.beginEditBlock()
        try:
            for f in findings:
                start, end = position_map.span_to_qt(f.start, f.end)
                start, end = min(start, last), min(end, last)
                if end <= start:
                    continue
                cursor = QTextCursor(doc)
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                marks.append(Mark(f, cursor))
        finally:
            batch.endEditBlock()
            doc.blockSignals(quiet)
        self._marks = marks
        self._paint()

    def marks(self) -> list[Mark]:
        return list(self._marks)

    # Underlines are handed to Qt in slices so that a draft with thousands of
    # findings never blocks the window: those on screen first, then
    # PAINT_SLICE more from each zero-timer tick, then the whole list in its
    # final order.  Qt lays out the block of every underline it has not seen
    # (to repaint its rectangle) - about 0.1 ms each in a fresh paste - and
    # skips those it already has, so each slice pays only for its own.  A
    # new set_findings drops what is left of the old one.
    PAINT_SLICE = 200

    def painting(self) -> bool:
        """True while underlines are still being handed over in slices."""
        return self._paint_queue is not None

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

    def _painted_order(self) -> list[Mark]:
        # Paint info first so an error on the same words draws on top.
        order = {"info": 0, "warning": 1, "error": 2}
        return sorted((m for m in self._marks if m.start != m.end),
                      key=lambda m: order.get(m.finding.severity, 0))

    def _visible_range(self) -> tuple[int, int]:
        """Qt positions of the first and last character on screen."""
        block = self.firstVisibleBlock()
        first = block.position() if block.isValid() else 0
        corner = self.viewport().rect().bottomRight()
        return first, self.cursorForPosition(corner).position() + 1

    def _paint(self) -> None:
        ordered = self._painted_order()
        self._paint_serial += 1
        if len(ordered) <= self.PAINT_SLICE:
            self._paint_queue = None
            self.setExtraSelections([self._selection(m) for m in ordered])
            return
        lo, hi = self._visible_range()
        on_screen = [m for m in ordered if m.start < hi and m.end > lo]
        shown = {id(m) for m in on_screen}
        rest = [m for m in ordered if id(m) not in shown]
        selections = [self._selection(m) for m in on_screen]
        self.setExtraSelections(selections)
        self._paint_queue = (ordered, rest, selections, 0)
        self._paint_later(self._paint_serial)

    def _paint_later(self, serial: int) -> None:
        QTimer.singleShot(0, self, lambda: self._paint_more(serial))

    def _paint_more(self, serial: int) -> None:
        if serial != self._paint_serial or self._paint_queue is None:
            return  # a newer set_findings took over
        ordered, rest, selections, done = self._paint_queue
        upto = min(len(rest), done + self.PAINT_SLICE)
        selections.extend(self._selection(m) for m in rest[done:upto])
        if upto < len(rest):
            self.setExtraSelections(selections)
            self._paint_queue = (ordered, rest, selections, upto)
            self._paint_later(serial)
            return
        self.finish_painting()

    def finish_painting(self) -> None:
        """Hand over every remaining underline now, in the final order."""
        if self._paint_queue is not None:
            ordered = self._paint_queue[0]
            self._paint_queue = None
            self._paint_serial += 1
            self.setExtraSelections([self._selection(m) for m in ordered])

    def marks_at(self, position: int) -> list[Mark]:
        """Findings covering the character that starts at Qt `position`."""
        return [m for m in self._marks if m.start <= position < m.end]

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
            put(f"「{f.excerpt[:20]}」を許可リストに追加", "allowAction",
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
