"""The beamer view: a second window, full screen on the second screen when there is one.

Readable from the back of a room: white and yellow on black, type sized to the screen's height and
never below MIN_FONT of it, one idea per line. First the ideas with their votes filling in live, then
the outcome: chosen ideas in order with the budget bar filling up, and why the others were not
chosen (on further pages when they do not fit). Keyboard only while presenting: Space/Enter/→ shows
the outcome and its next page, ←/Backspace goes back, F11 toggles full screen, Esc leaves. The laptop
screen keeps the controls.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QKeyEvent, QPainter, QPen, QScreen
from PySide6.QtWidgets import QWidget

from wijkdesk.domain.money import format_cents
from wijkdesk.services import stemronde

log = logging.getLogger(__name__)

BACKGROUND = QColor("#000000")
TEXT = QColor("#ffffff")
NUMBER = QColor("#ffd400")      # yellow: idea numbers, what people look for
VOTES = QColor("#4fc3f7")       # light blue vote bars
CHOSEN = QColor("#3ddc84")      # green: chosen
CHOSEN_ALT = QColor("#1fa463")
MUTED = QColor("#c8c8c8")       # not chosen: still clearly readable on black
TRACK = QColor("#2a2a2a")
OVER = QColor("#ff5252")
MIN_FONT = 0.034  # of the screen height: below this a line is not readable from the back of a room
REASON_WEIGHT = 1.7  # a line with a reason under it is this much taller


def euros(cents: int) -> str:
    """Whole euros on the beamer (cents only when there are any): '€ 12.500'."""
    text = format_cents(cents)
    return text[:-3] if text.endswith(",00") else text


def beamer_reason(text: str) -> str:
    """A reason as the beamer shows it: short, whole euros (rounded down), and without the cost (it has
    its own column), so that it fits one line in large type."""
    text = re.sub(r",? kost € [0-9.,]+$", "", text)
    text = re.sub(r"(€ -?[0-9.]+),[0-9]{2}\b", r"\1", text)
    text = re.sub(r"de ([0-9]+) voorstanders hebben samen nog (€ [0-9.]+) over van hun deel",
                  r"\1 voorstanders hebben samen nog \2", text)
    return re.sub(r"de enige voorstander heeft nog (€ [0-9.]+) over van het eigen deel",
                  r"1 voorstander heeft nog \1", text)


def choose_screen(screens: list[QScreen], laptop: QScreen | None) -> QScreen | None:
    """The screen for the beamer: another one than the laptop's, or None when there is only one."""
    others = [s for s in screens if s is not laptop]
    return others[0] if len(screens) > 1 and others else None


@dataclass
class Line:
    """One idea as the beamer shows it."""

    nummer: int
    titel: str
    stemmen: int
    kosten_cents: int
    gekozen: bool = False
    volgorde: int | None = None
    reden: str = ""


class BeamerWindow(QWidget):
    """A top-level window that paints the count or the outcome of one round."""

    closed = Signal()

    def __init__(self, context, ronde_id: int, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.ronde_id = ronde_id
        self.mode = "stand"
        self.page = 0
        self.page_count = 1
        self.message = ""
        self.lines: list[Line] = []
        self.titel = ""
        self.subtitle = ""
        self.budget_cents = 0
        self.besteed_cents = 0
        self.hidden_count = 0
        self.setWindowTitle(self.tr("WijkDesk – beamer"))
        self.setObjectName("beamer")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.BlankCursor)  # keyboard only while presenting
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(640, 400)
        context.data_changed.connect(self._on_data_changed)
        self.refresh()

    # --- showing ----------------------------------------------------------------------------------

    def present(self, laptop_screen: QScreen | None = None) -> QScreen | None:
        """Full screen on a second screen when there is one; else a large window on this screen."""
        screen = choose_screen(QGuiApplication.screens(), laptop_screen or QGuiApplication.primaryScreen())
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.resize(1280, 720)
            self.show()
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # they cannot raise a window
            self.raise_()
            self.activateWindow()
        self.setFocus()
        return screen

    def _on_data_changed(self, tables: frozenset) -> None:
        if tables & stemronde.TABLES:
            self.refresh()

    def set_ronde(self, ronde_id: int) -> None:
        self.ronde_id, self.mode = ronde_id, "stand"
        self.refresh()

    def show_outcome(self) -> bool:
        """Switch to the outcome; stays on the count (with a note) while the entries disagree."""
        self.mode, self.page = "uitslag", 0
        self.refresh()
        return self.mode == "uitslag"

    def show_count(self) -> None:
        self.mode, self.page = "stand", 0
        self.refresh()

    def next_page(self) -> None:
        """Space: from the count to the outcome, then through its pages."""
        if self.mode != "uitslag":
            self.show_outcome()
        elif self.page < self.page_count - 1:
            self.page += 1
            self.update()

    def previous_page(self) -> None:
        if self.mode == "uitslag" and self.page > 0:
            self.page -= 1
            self.update()
        else:
            self.show_count()

    def refresh(self) -> None:
        ronde = stemronde.get_ronde(self.ronde_id)
        self.titel = ronde.titel
        self.budget_cents = ronde.budget_cents
        self.message = ""
        if self.mode == "uitslag":
            try:
                result = stemronde.outcome(ronde)
            except stemronde.VerschillenError:
                self.mode = "stand"
                self.message = self.tr("De uitslag volgt zodra de tweede invoer klopt.")
            else:
                # Chosen in order, then the others with the most votes first (the ones people ask about).
                ordered = sorted(result.ideeen, key=lambda i: (not i.gekozen, i.volgorde or 0, -i.stemmen, i.nummer))
                self.lines = [Line(i.nummer, i.titel, i.stemmen, i.kosten_cents, i.gekozen, i.volgorde, i.reden)
                              for i in ordered]
                self.besteed_cents = result.besteed_cents
                left = result.over_cents
                self.subtitle = (self.tr("Uitslag: {0} gekozen, {1} over") if left >= 0 else
                                 self.tr("Uitslag: {0} gekozen, {1} te veel")).format(len(result.gekozen),
                                                                                      euros(abs(left)))
                self.update()
                return
        counts = stemronde.stand(ronde)
        links = stemronde.ronde_ideeen(ronde)
        self.lines = [Line(link.nummer, link.idee.titel, counts.per_idee.get(link.id, 0), link.kosten_cents)
                      for link in links]
        self.besteed_cents = 0
        if ronde.invoerwijze == "biljetten":
            self.subtitle = self.tr("{0} stembiljetten geteld").format(counts.biljetten)
            if counts.ongeldig:
                self.subtitle += self.tr(" ({0} ongeldig)").format(counts.ongeldig)
        else:
            self.subtitle = self.tr("{0} stemmen geteld").format(sum(counts.per_idee.values()))
        self.update()

    def texts(self) -> list[str]:
        """What the beamer shows, as text (for tests and for a screen reader)."""
        out = [self.titel, self.subtitle, self.tr("Budget {0}").format(euros(self.budget_cents))]
        if self.message:
            out.append(self.message)
        for line in self.lines:
            if self.mode == "uitslag":
                head = f"{line.volgorde}. " if line.gekozen else ""
                out.append(f"{head}{line.nummer} {line.titel} {euros(line.kosten_cents)}"
                           + ("" if line.gekozen else f" – {line.reden}"))
            else:
                out.append(f"{line.nummer} {line.titel} {line.stemmen}")
        return out

    # --- keyboard ---------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.next_page()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace):
            self.previous_page()
        elif key == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self.closed.emit()
        super().closeEvent(event)

    # --- painting ---------------------------------------------------------------------------------

    def _font(self, pixels: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(int(pixels), 10))
        font.setBold(bold)
        return font

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        w, h = self.width(), self.height()
        painter.fillRect(self.rect(), BACKGROUND)
        margin = max(h * 0.03, 12)
        left, right = margin, w - margin
        y = margin
        # Title over the full width; below it the state (left) and the budget (right, yellow)
        title_font = self._font(h * 0.06, bold=True)
        painter.setFont(title_font)
        metrics = QFontMetrics(title_font)
        painter.setPen(TEXT)
        painter.drawText(QRectF(left, y, right - left, metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(self.titel, Qt.TextElideMode.ElideRight, int(right - left)))
        y += metrics.height() + h * 0.005
        sub_font = self._font(h * 0.04)
        painter.setFont(sub_font)
        sub_metrics = QFontMetrics(sub_font)
        budget_text = self.tr("Budget {0}").format(euros(self.budget_cents))
        budget_width = sub_metrics.horizontalAdvance(budget_text)
        painter.setPen(NUMBER)
        painter.drawText(QRectF(right - budget_width, y, budget_width, sub_metrics.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, budget_text)
        painter.setPen(MUTED)
        subtitle = self.subtitle + (f"  —  {self.message}" if self.message else "")
        space = int(right - left - budget_width - margin)
        painter.drawText(QRectF(left, y, space, sub_metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         sub_metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, space))
        y += sub_metrics.height() + h * 0.015
        # Budget bar
        bar_height = h * 0.065
        self._paint_budget_bar(painter, QRectF(left, y, right - left, bar_height))
        y += bar_height + h * 0.03
        # Ideas: as many as fit at a readable size. The count sums up the rest in one line; the outcome
        # continues on a next page (Space), so every reason is shown at a readable size.
        area = QRectF(left, y, right - left, h - margin - y)
        footer_font = self._font(h * 0.036)
        footer_metrics = QFontMetrics(footer_font)
        footer = footer_metrics.height() + h * 0.01
        pages, hidden = self._fit(area.height(), footer)
        self.page_count = len(pages)
        self.page = min(self.page, len(pages) - 1)
        self.hidden_count = hidden
        text = ""
        if self.mode == "uitslag" and self.page < len(pages) - 1:
            rest = sum(len(p) for p in pages[self.page + 1:])
            text = self.tr("Volgende (spatie): nog {0} ideeën").format(rest)
        elif self.mode == "uitslag" and len(pages) > 1:
            text = self.tr("Pagina {0} van {1}").format(self.page + 1, len(pages))
        elif hidden:
            text = self.tr("en nog {0} ideeën met minder stemmen").format(hidden)
        if text:
            area.setHeight(area.height() - footer)
            painter.setFont(footer_font)
            painter.setPen(MUTED)
            painter.drawText(QRectF(left, h - margin - footer_metrics.height(), right - left, footer_metrics.height()),
                             Qt.AlignmentFlag.AlignLeft,
                             footer_metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(right - left)))
        self._paint_lines(painter, area, pages[self.page] if pages else [])
        painter.end()

    def _paint_budget_bar(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(rect, rect.height() * 0.2, rect.height() * 0.2)
        font = self._font(rect.height() * 0.55, bold=True)
        painter.setFont(font)
        if self.mode != "uitslag" or self.budget_cents <= 0:
            painter.setPen(TEXT)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("{0} te verdelen").format(euros(self.budget_cents)))
            return
        scale = max(self.budget_cents, self.besteed_cents)
        x = rect.left()
        metrics = QFontMetrics(font)
        chosen = [line for line in self.lines if line.gekozen]
        for index, line in enumerate(sorted(chosen, key=lambda line: line.volgorde or 0)):
            width = rect.width() * line.kosten_cents / scale
            segment = QRectF(x, rect.top(), width, rect.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(CHOSEN if index % 2 == 0 else CHOSEN_ALT)
            painter.drawRect(segment)
            label = str(line.nummer)
            if metrics.horizontalAdvance(label) + 8 < width:
                painter.setPen(BACKGROUND)
                painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, label)
            x += width
        left_cents = self.budget_cents - self.besteed_cents
        text = self.tr("{0} over").format(euros(left_cents)) if left_cents >= 0 else \
            self.tr("{0} te veel").format(euros(-left_cents))
        rest = QRectF(x, rect.top(), rect.right() - x, rect.height())
        painter.setPen(OVER if left_cents < 0 else TEXT)
        if metrics.horizontalAdvance(text) + 16 < rest.width():  # else the subtitle says it already
            painter.drawText(rest, Qt.AlignmentFlag.AlignCenter, text)
        painter.setPen(QPen(TEXT, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, rect.height() * 0.2, rect.height() * 0.2)

    def _weight(self, line: Line) -> float:
        return REASON_WEIGHT if self.mode == "uitslag" and not line.gekozen and line.reden else 1.0

    def _fit(self, height: float, footer: float) -> tuple[list[list[Line]], int]:
        """The lines that fit at a readable size: (pages, left out).

        The count is one page in ballot-number order that leaves out the ideas with the fewest votes;
        the outcome is cut into pages: the chosen ideas in order, then the others by votes.
        """
        row = self.height() * MIN_FONT / 0.62
        lines = list(self.lines)
        if sum(self._weight(line) for line in lines) * row <= height:
            return [lines], 0
        budget = (height - footer) / row
        if self.mode == "uitslag":
            pages, page, used = [], [], 0.0
            for line in lines:
                if page and used + self._weight(line) > budget:
                    pages.append(page)
                    page, used = [], 0.0
                page.append(line)
                used += self._weight(line)
            pages.append(page)
            return pages, 0
        keep, used = set(), 0.0
        for line in sorted(lines, key=lambda line: -line.stemmen):
            if used + 1 > budget:
                break
            keep.add(id(line))
            used += 1
        visible = [line for line in lines if id(line) in keep]
        return [visible], len(lines) - len(visible)

    def _paint_lines(self, painter: QPainter, area: QRectF, lines: list[Line]) -> None:
        """One idea per line, one column (two columns leave no room for titles on a 1024-wide beamer).

        In the outcome a line that was not chosen gets a second, smaller line with the reason.
        """
        if not lines:
            return
        weights = [1.0 if self.mode != "uitslag" or line.gekozen or not line.reden else REASON_WEIGHT
                   for line in lines]
        unit = area.height() / sum(weights)
        font_px = min(unit * 0.62, self.height() * 0.048)
        most = max((line.stemmen for line in lines), default=0) or 1
        y = area.top()
        for line, weight in zip(lines, weights):
            rect = QRectF(area.left(), y, area.width(), unit * weight)
            if self.mode == "uitslag":
                self._paint_outcome_line(painter, rect, line, font_px)
            else:
                self._paint_count_line(painter, rect, line, font_px, most)
            y += unit * weight

    def _number_box(self, painter: QPainter, rect: QRectF, text: str, font: QFont, color: QColor) -> float:
        metrics = QFontMetrics(font)
        width = max(metrics.horizontalAdvance("00"), metrics.horizontalAdvance(text)) + metrics.height() * 0.3
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(QRectF(rect.left(), rect.top(), width, rect.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        return width + metrics.height() * 0.4

    def _paint_count_line(self, painter: QPainter, rect: QRectF, line: Line, font_px: float, most: int) -> None:
        bold = self._font(font_px, bold=True)
        normal = self._font(font_px)
        x = rect.left() + self._number_box(painter, rect, str(line.nummer), bold, NUMBER)
        metrics = QFontMetrics(bold)
        count_text = str(line.stemmen)
        count_width = metrics.horizontalAdvance("0000")
        bar_width = rect.width() * 0.24
        title_width = rect.right() - x - bar_width - count_width - metrics.height() * 0.6
        painter.setFont(normal)
        painter.setPen(TEXT)
        painter.drawText(QRectF(x, rect.top(), title_width, rect.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(normal).elidedText(line.titel, Qt.TextElideMode.ElideRight, int(title_width)))
        bar_left = rect.right() - count_width - bar_width - metrics.height() * 0.3
        track = QRectF(bar_left, rect.center().y() - rect.height() * 0.22, bar_width, rect.height() * 0.44)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRect(track)
        if line.stemmen:
            painter.setBrush(VOTES)
            painter.drawRect(QRectF(track.left(), track.top(), track.width() * line.stemmen / most, track.height()))
        painter.setFont(bold)
        painter.setPen(TEXT)
        painter.drawText(QRectF(rect.right() - count_width, rect.top(), count_width, rect.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, count_text)

    def _paint_outcome_line(self, painter: QPainter, rect: QRectF, line: Line, font_px: float) -> None:
        color = CHOSEN if line.gekozen else MUTED
        bold = self._font(font_px, bold=True)
        normal = self._font(font_px, bold=line.gekozen)
        marker = f"✓ {line.volgorde}." if line.gekozen else "–"
        metrics = QFontMetrics(bold)
        marker_width = metrics.horizontalAdvance("✓ 00.") + metrics.height() * 0.15
        painter.setFont(bold)
        painter.setPen(color)
        painter.drawText(QRectF(rect.left(), rect.top(), marker_width, rect.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, marker)
        x = rect.left() + marker_width
        x += self._number_box(painter, QRectF(x, rect.top(), rect.width(), rect.height()), str(line.nummer),
                              bold, NUMBER if line.gekozen else MUTED) - metrics.height() * 0.2
        cost = euros(line.kosten_cents)
        cost_width = metrics.horizontalAdvance(cost)
        space = rect.right() - x - cost_width - metrics.height() * 0.8  # a clear gap before the amount
        normal_metrics = QFontMetrics(normal)
        painter.setPen(TEXT if line.gekozen else MUTED)
        painter.setFont(normal)
        two_lines = not line.gekozen and bool(line.reden)
        top_height = rect.height() / REASON_WEIGHT if two_lines else rect.height()
        painter.drawText(QRectF(x, rect.top(), space, top_height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         normal_metrics.elidedText(line.titel, Qt.TextElideMode.ElideRight, int(space)))
        if two_lines:
            reason = beamer_reason(line.reden)
            width = rect.right() - x
            size = font_px * 0.8
            # Shrink the reason to fit its line, but not below the readable minimum; then elide.
            while size > self.height() * MIN_FONT * 0.85 and QFontMetrics(self._font(size)).horizontalAdvance(reason) > width:
                size *= 0.94
            small = self._font(size)
            painter.setFont(small)
            painter.drawText(QRectF(x, rect.top() + top_height * 0.92, rect.right() - x, rect.height() - top_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             QFontMetrics(small).elidedText(reason, Qt.TextElideMode.ElideRight, int(rect.right() - x)))
        painter.setFont(bold)
        painter.setPen(TEXT if line.gekozen else MUTED)
        painter.drawText(QRectF(rect.right() - cost_width, rect.top(), cost_width, top_height),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, cost)
