"""Review records as a PDF 確認記録票, one page per record, drawn with Qt.

This module imports PySide6 (QtGui only).  That is allowed here because it is
an export, not the checking engine: nothing in yamaga_desk.engine or
yamaga_desk.cli imports it at module level; records_cli imports it only when
a PDF is asked for.  With no Qt application running (the command line), a
QGuiApplication is created — on the "offscreen" platform except on Windows,
where the native platform works without showing a window and is the one
that knows the installed fonts.

Each record is its own QTextDocument drawn on its own page.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (QFont, QFontDatabase, QGuiApplication, QPageLayout, QPageSize, QPainter,
                           QPdfWriter, QTextDocument)

from .. import __version__
from ..store.records import StoredRecord
from .labels import TICKED, item_titles, platform_label, status_label

# First one installed wins: Windows (Yu Gothic, Meiryo, MS Gothic), then Linux.
JAPANESE_FONTS = ("Yu Gothic", "Meiryo", "MS Gothic", "Noto Sans CJK JP", "Noto Sans JP",
                  "IPAexGothic", "IPAGothic", "TakaoGothic", "VL Gothic")

STATUS_COLOURS = {"flagged": "#b00020", "review": "#9a5b00", "clear": "#1b5e20"}


class PdfExportError(Exception):
    """Shown to the user as is (Japanese)."""


_app: QGuiApplication | None = None  # the one we created, kept for the life of the process


def _ensure_gui_app() -> QGuiApplication:
    global _app
    app = QGuiApplication.instance()
    if app is None:
        if sys.platform != "win32" and "QT_QPA_PLATFORM" not in os.environ:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = _app = QGuiApplication(["yamaga-desk"])
    return app


def japanese_font_family() -> str:
    installed = set(QFontDatabase.families())
    for family in JAPANESE_FONTS:
        if family in installed:
            return family
    japanese = QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
    if japanese:
        return japanese[0]
    raise PdfExportError("日本語のフォントが見つからないため PDF を作れません"
                         "（Windows では游ゴシックかメイリオ、Linux では Noto Sans CJK JP を入れてください）。")


def _e(text: object) -> str:
    return html.escape("" if text is None else str(text))


def _text_html(text: str) -> str:
    # Keep line breaks and runs of spaces exactly; the text is the evidence.
    return _e(text).replace("\r\n", "\n").replace("\n", "<br>").replace("  ", "&nbsp; ")


def record_html(rec: StoredRecord, titles: dict[str, tuple[str, str]], footer: str = "",
                text_in_annex: bool = False) -> str:
    """The record's page.  `text_in_annex`: the text is too long for this page
    and is printed on the following pages (別紙) instead."""
    r = rec.review
    text_cell = ("<b>本文が長いため、次のページ以降の別紙に記載しています。</b>" if text_in_annex
                 else _text_html(r.text))
    ticked = sum(1 for i in r.items if i.ticked)
    intact = "一致" if rec.intact else '<span style="color:#b00020">不一致（記録後に本文が変わっています）</span>'
    meta = [
        ("記録番号", _e(rec.id)),
        ("確認日時", _e(r.created_at.strftime("%Y年%m月%d日 %H:%M:%S"))),
        ("作成者", _e(r.user or "（不明）")),
        ("媒体", _e(platform_label(r.platform))),
        ("文字数", f"{len(r.text)} 文字"),
        ("SHA-256", f'<span style="font-size:7pt">{_e(rec.sha256)}</span>（{intact}）'),
        ("版", f"アプリ {_e(r.app_version)} / 規則 {_e(r.rules_version)}"),
    ]
    meta_rows = "".join(
        f'<tr><td width="18%" bgcolor="#eeeeee">{k}</td><td>{v}</td></tr>' for k, v in meta)
    item_rows = []
    for i in r.items:
        clause, title = titles.get(i.item, (i.item, ""))
        colour = STATUS_COLOURS.get(i.status, "#000000")
        tick = "☑ " + TICKED[True] if i.ticked else "☐ " + TICKED[False]
        item_rows.append(
            f'<tr><td width="9%">{_e(clause)}</td><td width="33%">{_e(title)}</td>'
            f'<td width="12%"><span style="color:{colour}">{_e(status_label(i.status))}</span></td>'
            f'<td width="12%">{tick}</td><td>{_e(i.reason)}</td></tr>')
    if r.dismissed:
        dismissed = "".join(
            f'<tr><td width="9%">{_e(titles.get(d.item, (d.item,))[0])}</td><td width="25%">{_e(d.rule)}</td>'
            f'<td width="28%">「{_e(d.excerpt)}」</td><td>{_e(d.reason)}</td></tr>' for d in r.dismissed)
        dismissed_html = (
            '<table width="100%" border="1" cellspacing="0" style="border-collapse: collapse" cellpadding="3">'
            '<tr bgcolor="#eeeeee"><td>項目</td><td>規則</td><td>該当箇所</td><td>無視した理由</td></tr>'
            f"{dismissed}</table>")
    else:
        dismissed_html = "<p>なし</p>"
    return f"""
<div>
<p align="center" style="font-size:18pt; font-weight:bold; margin-bottom:2px">確認記録票</p>
<p align="center" style="font-size:8pt; margin-top:0">山鹿市職員のソーシャルメディア利用に関するガイドラインによる投稿前の自己確認</p>
<table width="100%" border="1" cellspacing="0" style="border-collapse: collapse" cellpadding="3">{meta_rows}</table>
<p style="font-size:11pt; font-weight:bold; margin-top:8px; margin-bottom:3px">投稿本文</p>
<table width="100%" border="1" cellspacing="0" style="border-collapse: collapse" cellpadding="6"><tr><td>{text_cell}</td></tr></table>
<p style="font-size:11pt; font-weight:bold; margin-top:8px; margin-bottom:3px">チェックリスト（確認 {ticked} / {len(r.items)} 項目）</p>
<table width="100%" border="1" cellspacing="0" cellpadding="2" style="border-collapse: collapse; font-size:8pt">
<tr bgcolor="#eeeeee"><td>項目</td><td>内容</td><td>判定</td><td>確認</td><td>確認の理由</td></tr>
{"".join(item_rows)}
</table>
<p style="font-size:11pt; font-weight:bold; margin-top:8px; margin-bottom:3px">無視した指摘</p>
{dismissed_html}
<p></p>
<table align="right" border="1" cellspacing="0" style="border-collapse: collapse" cellpadding="4" width="46%">
<tr bgcolor="#eeeeee"><td align="center" colspan="2">押印欄</td></tr>
<tr bgcolor="#eeeeee"><td align="center" width="50%">作成者</td><td align="center">所属長（確認者）</td></tr>
<tr><td style="padding-top:75px; padding-bottom:75px">&nbsp;</td><td>&nbsp;</td></tr>
<tr><td align="right" style="font-size:7pt; white-space:pre">年　　月　　日</td><td align="right" style="font-size:7pt; white-space:pre">年　　月　　日</td></tr>
</table>
<p style="font-size:6pt; color:#666666">{_e(footer)}</p>
</div>"""


def annex_html(rec: StoredRecord, footer: str = "") -> str:
    return f"""
<p align="center" style="font-size:14pt; font-weight:bold">確認記録票　別紙（記録番号 {_e(rec.id)} の投稿本文）</p>
<p style="font-size:7pt">SHA-256: {_e(rec.sha256)}　文字数: {len(rec.review.text)}</p>
<table width="100%" border="1" cellspacing="0" style="border-collapse: collapse" cellpadding="6">
<tr><td>{_text_html(rec.review.text)}</td></tr></table>
<p style="font-size:6pt; color:#666666">{_e(footer)}</p>"""


def write_pdf(records: list[StoredRecord], path: Path) -> int:
    """Write the 確認記録票 to `path`, one page per record; returns the number
    of pages.  A record a little too tall for the page is scaled down to fit;
    a very long text (a blog post) continues on further pages instead of
    becoming unreadably small."""
    _ensure_gui_app()
    family = japanese_font_family()
    titles = item_titles()
    footer = f"山鹿市 SNS投稿チェッカー {__version__} で出力（{dt.datetime.now():%Y-%m-%d %H:%M}）"
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    writer = QPdfWriter(str(tmp))
    writer.setTitle("確認記録票")
    writer.setCreator(f"山鹿市 SNS投稿チェッカー {__version__}")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 12, 15, 12), QPageLayout.Unit.Millimeter))
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    width, height = float(page.width()), float(page.height())
    painter = QPainter()
    if not painter.begin(writer):
        tmp.unlink(missing_ok=True)
        raise PdfExportError(f"{path}: PDF を書き込めません。")
    pages = 0
    try:
        if not records:
            _draw(painter, writer, f'<p align="center" style="font-size:14pt">該当する確認記録はありません。</p>'
                  f'<p>{_e(footer)}</p>', family, width, height)
            pages = 1
        for rec in records:
            if pages:
                writer.newPage()
            pages += _draw_record(painter, writer, rec, titles, footer, family, width, height)
    finally:
        painter.end()
        del painter, writer  # closes the file
    try:
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    return pages


MIN_SCALE = 0.75  # below this, continue on another page instead of shrinking


def _draw_record(painter, writer, rec, titles, footer, family, width, height) -> int:
    """One page; or, when the text is too long for that, the record's page
    with the text moved to 別紙 pages after it.  Returns pages drawn."""
    if _draw(painter, writer, record_html(rec, titles, footer), family, width, height, only_if_fits=True):
        return 1
    _draw(painter, writer, record_html(rec, titles, footer, text_in_annex=True), family, width, height)
    doc = _document(writer, annex_html(rec, footer), family, width)
    doc.setPageSize(QSizeF(width, height))  # lines and table rows are not cut between pages
    count = doc.pageCount()
    for n in range(count):
        writer.newPage()
        painter.save()
        painter.translate(0, -n * height)
        doc.drawContents(painter, QRectF(0, n * height, width, height))
        painter.restore()
    return 1 + count


def _document(writer, body: str, family: str, width: float):
    doc = QTextDocument()
    # Lay out at the writer's resolution, so point sizes are points on paper.
    doc.documentLayout().setPaintDevice(writer)
    font = QFont(family)
    font.setPointSizeF(9.5)
    # With 'locl' on, Noto Sans CJK JP swaps the digits in Latin runs for
    # glyphs that Qt's PDF text layer cannot map back: "kouhou01" would copy
    # out of the PDF as "kouhou".  The JP font needs no localised forms.
    font.setFeature(QFont.Tag("locl"), 0)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(body)
    doc.setTextWidth(width)
    return doc


def _draw(painter, writer, body: str, family: str, width: float, height: float, *,
          only_if_fits: bool = False) -> bool:
    """Draw `body` on the current page, scaled down if a little too tall.
    With only_if_fits, draw nothing and return False if it would need
    shrinking below MIN_SCALE."""
    doc = _document(writer, body, family, width)
    needed = doc.size().height()
    if only_if_fits and needed * MIN_SCALE > height:
        return False
    scale = min(1.0, height / needed) if needed else 1.0
    painter.save()
    painter.scale(scale, scale)
    doc.setTextWidth(width / scale)
    doc.drawContents(painter, QRectF(0, 0, width / scale, height / scale))
    painter.restore()
    return True
