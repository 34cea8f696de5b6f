"""A4 pages with what Qt ships in PySide6-Essentials: QPdfWriter, QPainter and QTextDocument.

Every page gets the same frame: the wijk and the date at the top, "pagina i van n" at the bottom. A
flowing document (besluitenlijst, proces-verbaal) is HTML laid out by a QTextDocument whose page size
is the space inside that frame, so Qt breaks it between lines, never through one. Drawn documents
(ballots, posters) paint on the pages themselves. Black on white with grey lines only: it prints the
same on a black-and-white printer. Qt needs a QGuiApplication for fonts: `ensure_gui_app()` makes an
off-screen one when the command line runs without a window.
"""
from __future__ import annotations

import datetime as dt
import html
import os
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (QFont, QFontMetricsF, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen,
                           QTextDocument)

from wijkdesk.domain.dates import format_date
from wijkdesk.exchange import safe_file

DPI = 96  # one unit is one screen pixel at 100 %: fonts in points come out at their printed size
A4_W, A4_H = 794, 1123  # A4 at 96 dpi (210 x 297 mm)
MARGIN = 57  # 15 mm
HEADER = 34  # the band with wijk and date
FOOTER = 30  # the band with the page number
FONT_FAMILY = "DejaVu Sans"  # ships with most Linux systems; Qt falls back to a sans font elsewhere


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or an off-screen one (command line, tests)."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["wijkdesk"])
    return app


def font(points: float, bold: bool = False) -> QFont:
    f = QFont(FONT_FAMILY)
    f.setPointSizeF(points)
    f.setBold(bold)
    return f


def esc(value) -> str:
    return html.escape("" if value is None else str(value))


def dutch_date(value: dt.date | None) -> str:
    """12 november 2026: a date as it is read aloud at the evening (the table cells use dd-mm-jjjj)."""
    if value is None:
        return ""
    months = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
              "oktober", "november", "december")
    return f"{value.day} {months[value.month - 1]} {value.year}"


class Pages:
    """A PDF being written: `new_page()` before each page after the first; `frame(i, n)` draws the
    wijk/date band and the page number. The painter works in 96-dpi units over the whole A4 page."""

    def __init__(self, path: Path | str, title: str, wijk: str, datum: dt.date | None):
        ensure_gui_app()
        self.path = Path(path)
        self.wijk, self.datum, self.title = wijk, datum, title
        # Written beside the target and renamed over it when complete: never a half PDF under its name.
        self.tmp = safe_file.temp_path_beside(self.path)
        self.writer = QPdfWriter(str(self.tmp))
        self.writer.setResolution(DPI)
        self.writer.setTitle(title)
        self.writer.setCreator("WijkDesk")
        self.writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                              QMarginsF(0, 0, 0, 0)))
        self.painter = QPainter()
        if not self.painter.begin(self.writer):
            safe_file.remove_quietly(self.tmp)
            raise safe_file.TargetError(f"Kan niet schrijven naar {self.path}. Kies een andere map of naam.")
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)

    @property
    def body(self) -> QRectF:
        """The space inside margins, header and footer."""
        return QRectF(MARGIN, MARGIN + HEADER, A4_W - 2 * MARGIN, A4_H - 2 * MARGIN - HEADER - FOOTER)

    def new_page(self) -> None:
        self.writer.newPage()

    def frame(self, page: int, pages: int, left: str | None = None) -> None:
        """The band at the top ("Wijk X", or `left`) and the page number at the bottom."""
        p = self.painter
        p.save()
        p.setPen(QPen(Qt.GlobalColor.black))
        p.setFont(font(9))
        top = QRectF(MARGIN, MARGIN, A4_W - 2 * MARGIN, HEADER - 10)
        right = f"{self.title} · {format_date(self.datum)}" if self.datum else self.title
        metrics = QFontMetricsF(p.font())
        # A very long wijk name is shortened with "…" rather than run into the title on the right.
        room = top.width() - metrics.horizontalAdvance(right) - 16
        p.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   metrics.elidedText(f"Wijk {self.wijk}" if left is None else left, Qt.TextElideMode.ElideRight, room))
        p.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
        p.setPen(QPen(Qt.GlobalColor.gray, 1))
        p.drawLine(top.bottomLeft(), top.bottomRight())
        bottom = QRectF(MARGIN, A4_H - MARGIN - FOOTER + 10, A4_W - 2 * MARGIN, FOOTER - 10)
        p.drawLine(bottom.topLeft(), bottom.topRight())
        p.setPen(QPen(Qt.GlobalColor.black))
        p.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   f"WijkDesk · gemaakt op {format_date(dt.date.today())}")
        p.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"pagina {page} van {pages}")
        p.restore()

    def finish(self) -> Path:
        self.painter.end()
        safe_file.replace_target(self.tmp, self.path)
        return self.path

    def abandon(self) -> None:
        if self.painter.isActive():
            self.painter.end()
        safe_file.remove_quietly(self.tmp)


STYLE = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #000; }
h1 { font-size: 17pt; margin: 0 0 4px 0; }
h2 { font-size: 12.5pt; margin: 14px 0 4px 0; }
p { margin: 2px 0 6px 0; }
table.lijst { border-collapse: collapse; }
table.lijst th { background: #e6e6e6; font-weight: bold; text-align: left; }
td.num, th.num { text-align: right; }
.klein { font-size: 8.5pt; color: #333; }
"""


def write_html(path: Path | str, title: str, wijk: str, datum: dt.date | None, body_html: str) -> int:
    """Lay out `body_html` on A4 pages with the frame on each; returns the number of pages."""
    pages = Pages(path, title, wijk, datum)
    body = pages.body
    doc = _laid_out(body_html, pages.writer, body)
    count = max(1, doc.pageCount())
    painter = pages.painter
    try:
        for index in range(count):
            if index:
                pages.new_page()
            pages.frame(index + 1, count)
            painter.save()
            painter.translate(body.left(), body.top() - index * body.height())
            page_rect = QRectF(0, index * body.height(), body.width(), body.height())
            # drawContents draws every block that touches the rectangle, whole: a heading moved to the next
            # page by page-break-before still touches this one with its top margin, and was drawn twice,
            # the first time over the footer. Clip to the page.
            painter.setClipRect(page_rect)
            doc.drawContents(painter, page_rect)
            painter.restore()
    except BaseException:
        pages.abandon()
        raise
    pages.finish()
    return count


def _laid_out(body_html: str, device, body: QRectF) -> QTextDocument:
    """`body_html` laid out on pages the size of `body`, with the fonts as `device` measures them."""
    doc = QTextDocument()
    doc.setDefaultFont(font(10))
    doc.setDefaultStyleSheet(STYLE)
    doc.setDocumentMargin(0)
    doc.documentLayout().setPaintDevice(device)
    doc.setPageSize(QSizeF(body.width(), body.height()))
    doc.setHtml(f"<html><body>{body_html}</body></html>")
    return doc


def page_count(body_html: str) -> int:
    """How many pages `write_html` would make of `body_html` (to keep a block such as the signatures on
    one page: Qt's text layout breaks anywhere and knows no page-break-inside)."""
    ensure_gui_app()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    body = QRectF(MARGIN, MARGIN + HEADER, A4_W - 2 * MARGIN, A4_H - 2 * MARGIN - HEADER - FOOTER)
    return max(1, _laid_out(body_html, writer, body).pageCount())


def write_drawn(path: Path | str, title: str, wijk: str, datum: dt.date | None, count: int,
                draw: Callable[[QPainter, QRectF, int], None]) -> int:
    """`count` pages, each framed, with `draw(painter, body, index)` filling the body."""
    pages = Pages(path, title, wijk, datum)
    try:
        for index in range(count):
            if index:
                pages.new_page()
            pages.frame(index + 1, count)
            pages.painter.save()
            draw(pages.painter, pages.body, index)
            pages.painter.restore()
    except BaseException:
        pages.abandon()
        raise
    pages.finish()
    return count


def table(headers: list[tuple[str, str]], rows: list[list[str]], widths: list[int] | None = None) -> str:
    """An HTML table with a grey header row and thin borders; `headers` are (text, css class)."""
    cols = "".join(f'<th class="{cls}"{_width(widths, i)}>{esc(text)}</th>' for i, (text, cls) in enumerate(headers))
    body = "".join("<tr>" + "".join(f'<td class="{headers[i][1]}">{cell}</td>' for i, cell in enumerate(row)) + "</tr>"
                   for row in rows)
    return (f'<table class="lijst" width="100%" border="1" cellspacing="0" cellpadding="4" '
            f'style="border-color:#777;"><thead><tr>{cols}</tr></thead>{body}</table>')


def _width(widths, i) -> str:
    return f' width="{widths[i]}%"' if widths else ""
