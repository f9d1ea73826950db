"""Colours, status icons and fonts: how the app looks, in one place."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

SEVERITY_COLORS = {"error": "#d32f2f", "warning": "#ef6c00", "info": "#1565c0"}
SEVERITY_LABELS = {"error": "エラー", "warning": "注意", "info": "参考"}
STATUS_LABELS = {
    "flagged": "指摘あり",
    "review": "要確認",
    "clear": "問題なし",
    None: "チェック中",
}
_STATUS_COLORS = {"flagged": "#d32f2f", "review": "#f9a825", "clear": "#2e7d32", None: "#9e9e9e"}
_STATUS_MARKS = {"flagged": "!", "review": "?", "clear": "✓", None: "…"}

# Windows ships Yu Gothic UI (8.1+) and Meiryo; Linux desktops Noto Sans CJK.
UI_FONT_FAMILIES = (
    ["Yu Gothic UI", "Meiryo UI", "Meiryo", "MS UI Gothic"] if sys.platform == "win32"
    else ["Hiragino Sans", "Hiragino Kaku Gothic ProN"] if sys.platform == "darwin"
    else ["Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", "IPAGothic", "TakaoPGothic"]
)
# Body text: Yu Gothic (not the UI variant) reads better in paragraphs.
EDITOR_FONT_FAMILIES = (["Yu Gothic", "Meiryo"] + UI_FONT_FAMILIES) if sys.platform == "win32" \
    else UI_FONT_FAMILIES


def ui_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setFamilies(UI_FONT_FAMILIES + list(base.families()))
    return font


def editor_font(point_size: int = 12) -> QFont:
    font = QFont()
    font.setFamilies(EDITOR_FONT_FAMILIES)
    font.setPointSize(point_size)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


_icon_cache: dict = {}


def _disc_icon(color: str, mark: str, size: int = 32) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(QRectF(2, 2, size - 4, size - 4))
    painter.setPen(QPen(QColor("white")))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.6))
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, mark)
    painter.end()
    return QIcon(pixmap)


def status_icon(status: str | None) -> QIcon:
    key = ("status", status)
    if key not in _icon_cache:
        _icon_cache[key] = _disc_icon(_STATUS_COLORS[status], _STATUS_MARKS[status])
    return _icon_cache[key]


def severity_icon(severity: str) -> QIcon:
    key = ("severity", severity)
    if key not in _icon_cache:
        mark = {"error": "!", "warning": "!", "info": "i"}.get(severity, "?")
        _icon_cache[key] = _disc_icon(SEVERITY_COLORS.get(severity, "#616161"), mark)
    return _icon_cache[key]


def app_icon_pixmap(size: int = 256) -> QPixmap:
    """The app icon, drawn: a speech bubble with a check mark (a post, reviewed)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1565c0"))
    p.drawRoundedRect(QRectF(16 * s, 24 * s, 224 * s, 168 * s), 36 * s, 36 * s)
    tail = [QPointF(64 * s, 184 * s), QPointF(64 * s, 236 * s), QPointF(120 * s, 184 * s)]
    p.drawPolygon(tail)
    pen = QPen(QColor("white"), 26 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.drawPolyline([QPointF(76 * s, 108 * s), QPointF(114 * s, 146 * s), QPointF(184 * s, 72 * s)])
    p.end()
    return pixmap


def app_icon() -> QIcon:
    """Drawn at run time, so the window icon needs no file beside the package;
    resources/icons/ holds the same drawing for the installer (make_icons.py)."""
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addPixmap(app_icon_pixmap(size))
    return icon
