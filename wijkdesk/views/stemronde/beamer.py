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
from wijkdesk.services.errors import ServiceError
from wijkdesk.services.stemronde import rondes, stemmen, uitslag
from wijkdesk.views.stemronde.reasons import reason_text

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
MAX_FONT = 0.048  # of the screen height: the largest type, when few ideas leave room
REASON_WEIGHT = 1.7  # a line with a reason under it is this much taller
SECOND_LINE = 0.75  # a title that wraps to a second line makes its row this much taller
ROW_TO_FONT = 0.62  # font size per row height
COUNT_BAR = 0.2  # share of the width for the vote bar on the count


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


# What typing a ballot or a count writes: the round and its ideas stay as they were read.
VOTE_TABLES = frozenset({"stembiljet", "telling"})


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
        self.shown_message = ""  # the message as last painted (cut to the width when it must be)
        self.budget_cents = 0
        self.besteed_cents = 0
        self.hidden_count = 0
        self.painted_titles: dict[int, list[str]] = {}  # ballot number -> title lines of the last paint
        self._wrap = True  # long titles wrap to a second line (see _fit)
        self._live = stemmen.LiveStand(ronde_id)  # the count, read incrementally after each ballot
        self._shown: tuple | None = None  # (ronde, its ideas) of the count on screen, for the next ballot
        # Measured text (columns, title lines) by what it depends on: a paint after one more ballot
        # measures nothing again unless a title, a size or the width of the vote count changed.
        self._measured: dict = {}
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
        """Full screen on a second screen when there is one; else full screen on this one (the laptop's
        output mirrored to the beamer): a window would cut off the counts and the budget. Esc closes it,
        F11 makes it a window and back."""
        laptop = laptop_screen or QGuiApplication.primaryScreen()
        screen = choose_screen(QGuiApplication.screens(), laptop)
        target = screen or laptop
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
        self.showFullScreen()
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # they cannot raise a window
            self.raise_()
            self.activateWindow()
        self.setFocus()
        return screen

    def _on_data_changed(self, tables: frozenset) -> None:
        if not tables & rondes.TABLES:
            return
        if self.mode == "stand" and tables <= VOTE_TABLES and self._shown is not None:
            # One more ballot or count: the round and its ideas are as read before; only the count moves.
            self.message = ""
            self._show_count(*self._shown)
        else:
            self.refresh()

    def set_ronde(self, ronde_id: int) -> None:
        self.ronde_id, self.mode = ronde_id, "stand"
        self._live = stemmen.LiveStand(ronde_id)
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
        self._shown = None
        ronde = rondes.get_ronde(self.ronde_id)
        self.titel = ronde.titel
        self.budget_cents = ronde.budget_cents
        self.message = ""
        if self.mode == "uitslag":
            try:
                result = uitslag.compute_uitslag(ronde)
            except stemmen.VerschillenError:
                self.mode = "stand"
                self.message = self.tr("De uitslag volgt zodra de tweede invoer klopt.")
            except ServiceError:  # the laptop's outcome page says why and what to do
                self.mode = "stand"
                self.message = self.tr("Geen uitslag: zie de laptop.")
            else:
                # Chosen in order, then the others with the most votes first (the ones people ask about).
                ordered = sorted(result.ideeen, key=lambda i: (not i.gekozen, i.volgorde or 0, -i.stemmen, i.nummer))
                self.lines = [Line(i.nummer, i.titel, i.stemmen, i.kosten_cents, i.gekozen, i.volgorde, reason_text(i, short=True))
                              for i in ordered]
                self.besteed_cents = result.besteed_cents
                left = result.over_cents
                self.subtitle = (self.tr("Uitslag: {0} gekozen, {1} over") if left >= 0 else
                                 self.tr("Uitslag: {0} gekozen, {1} te veel")).format(len(result.gekozen),
                                                                                      euros(abs(left)))
                self.update()
                return
        self._show_count(ronde, rondes.ronde_ideeen(ronde))

    def _show_count(self, ronde, links) -> None:
        """The live count of `ronde` with its ideas `links`; update() coalesces the repaint (and paints
        nothing while the window is hidden)."""
        self._shown = (ronde, links)
        counts = self._live.current(ronde)
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
            if self.isFullScreen():
                self.showNormal()
                free = self.screen().availableGeometry()
                self.resize(min(1280, free.width() - 16), min(720, free.height() - 40))
            else:
                self.showFullScreen()
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
        # A long round title shrinks to fit (to a still readable size) before it is cut off.
        pixels = h * 0.06
        title_font = self._font(pixels, bold=True)
        metrics = QFontMetrics(title_font)
        while metrics.horizontalAdvance(self.titel) > right - left and pixels > h * 0.038:
            pixels *= 0.93
            title_font = self._font(pixels, bold=True)
            metrics = QFontMetrics(title_font)
        painter.setFont(title_font)
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
        space = int(right - left - budget_width - margin)
        painter.drawText(QRectF(left, y, space, sub_metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         sub_metrics.elidedText(self.subtitle, Qt.TextElideMode.ElideRight, space))
        y += sub_metrics.height() + h * 0.015
        # The message for the room on a line of its own, the whole width: after the count, beside the budget,
        # it was cut to "Geen uitslag: zie d…" at 1024x768 (found clicking through).
        self.shown_message = sub_metrics.elidedText(self.message, Qt.TextElideMode.ElideRight, int(right - left))
        if self.message:
            painter.setPen(TEXT)
            painter.drawText(QRectF(left, y - h * 0.01, right - left, sub_metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.shown_message)
            y += sub_metrics.height()
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
        pages, hidden = self._fit(area.height(), footer, area.width())
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

    # --- layout: a title gets a second line before it is cut off ---------------------------------

    def _metrics(self, font_px: float, bold: bool) -> QFontMetrics:
        key = ("metrics", font_px, bold)
        if key not in self._measured:
            self._measured[key] = QFontMetrics(self._font(font_px, bold=bold))
        return self._measured[key]

    def _lines_key(self) -> tuple:
        """What the columns depend on, computed once per set of lines (a paint asks many times)."""
        if getattr(self, "_key_lines", None) is not self.lines:
            most = max((line.stemmen for line in self.lines), default=0)
            self._key_lines = self.lines
            self._key = (self.mode, str(max(most, 100)) if self.mode != "uitslag" else "",
                         tuple((line.nummer, line.kosten_cents, line.gekozen, line.volgorde) for line in self.lines))
        return self._key

    def _columns(self, font_px: float, width: float) -> tuple[float, float, float]:
        key = ("columns", font_px, width, self._lines_key())
        if key not in self._measured:
            self._measured[key] = self._measure_columns(font_px, width)
        return self._measured[key]

    def _measure_columns(self, font_px: float, width: float) -> tuple[float, float, float]:
        """(width before the title, width of the title, width after it) for one line at `font_px`.

        Measured on the texts of this round (the widest number, mark and amount), not on a fixed
        "00", so that the title gets every pixel the other columns do not need.
        """
        bold = self._metrics(font_px, True)
        gap = bold.height() * 0.35
        number = max((bold.horizontalAdvance(str(line.nummer)) for line in self.lines), default=0) + gap
        if self.mode == "uitslag":
            marks = [self._marker(line) for line in self.lines]
            marker = max((bold.horizontalAdvance(m) for m in marks), default=0) + gap
            cost = max((bold.horizontalAdvance(euros(line.kosten_cents)) for line in self.lines), default=0)
            before, after = marker + number, cost + gap * 2
        else:
            most = max((line.stemmen for line in self.lines), default=0)
            count = bold.horizontalAdvance(str(max(most, 100)))  # room for three digits without a jump
            before, after = number, width * COUNT_BAR + count + gap * 2
        return before, max(width - before - after, bold.height() * 3), after

    def _marker(self, line: Line) -> str:
        return f"✓ {line.volgorde}." if line.gekozen else "–"

    def _title_font(self, font_px: float, line: Line) -> QFont:
        return self._font(font_px, bold=self.mode == "uitslag" and line.gekozen)

    def _title_lines(self, line: Line, font_px: float, width: float) -> list[str]:
        room = int(self._columns(font_px, width)[1])
        bold = self.mode == "uitslag" and line.gekozen
        key = ("title", line.titel, font_px, bold, room, self._wrap)
        if key not in self._measured:
            if len(self._measured) > 20_000:  # a long evening of resizes: start afresh
                self._measured.clear()
            self._measured[key] = self._wrap_title(line, font_px, room, bold)
        return self._measured[key]

    def _wrap_title(self, line: Line, font_px: float, room: int, bold: bool) -> list[str]:
        """The title on one line, or word-wrapped on two (the second cut off only when even that is too short).

        Without `_wrap` (a count with more ideas than fit) the title is cut off on its one line."""
        metrics = self._metrics(font_px, bold)
        title = " ".join(line.titel.split())
        if not self._wrap:
            return [metrics.elidedText(title, Qt.TextElideMode.ElideRight, room)]
        if metrics.horizontalAdvance(title) <= room:
            return [title]
        words = title.split(" ")
        first = words[0]
        for count in range(1, len(words)):
            candidate = " ".join(words[:count + 1])
            if metrics.horizontalAdvance(candidate) > room:
                break
            first = candidate
        rest = title[len(first):].strip()
        if not rest:  # one word longer than the line
            return [metrics.elidedText(title, Qt.TextElideMode.ElideRight, room)]
        return [metrics.elidedText(first, Qt.TextElideMode.ElideRight, room),
                metrics.elidedText(rest, Qt.TextElideMode.ElideRight, room)]

    def _weight(self, line: Line, font_px: float, width: float) -> float:
        """Height of a line in rows: 1, plus a second title line, plus a reason under it."""
        weight = 1.0
        if len(self._title_lines(line, font_px, width)) > 1:
            weight += SECOND_LINE
        if self.mode == "uitslag" and not line.gekozen and line.reden:
            weight += REASON_WEIGHT - 1
        return weight

    def _settle(self, lines: list[Line], height: float, width: float) -> tuple[float, list[float], bool]:
        """The font size for `lines` in `height`: as large as allowed, smaller while they do not fit, never
        below MIN_FONT. Returns (font size, row weights, whether they fit)."""
        font_px = self.height() * MAX_FONT
        smallest = self.height() * MIN_FONT
        for _ in range(6):  # a smaller font may need fewer second lines: settle in a few steps
            weights = [self._weight(line, font_px, width) for line in lines]
            wanted = height / max(sum(weights), 1) * ROW_TO_FONT
            if wanted >= font_px - 0.5:
                return font_px, weights, True
            if font_px <= smallest:
                return font_px, weights, False
            font_px = max(wanted, smallest)
        weights = [self._weight(line, font_px, width) for line in lines]
        return font_px, weights, sum(weights) * font_px / ROW_TO_FONT <= height + 0.5

    def _fit(self, height: float, footer: float, width: float) -> tuple[list[list[Line]], int]:
        """The lines that fit at a readable size: (pages, left out).

        The count is one page in ballot-number order that leaves out the ideas with the fewest votes;
        the outcome is cut into pages: the chosen ideas in order, then the others by votes.
        """
        lines = list(self.lines)
        self._wrap = True
        _font, _weights, fits = self._settle(lines, height, width)
        if fits:
            return [lines], 0
        if self.mode != "uitslag":
            # A live count that does not fit: one line per idea, so that more ideas (with their number)
            # stay on the screen; the outcome wraps and continues on a next page instead.
            self._wrap = False
            _font, _weights, fits = self._settle(lines, height, width)
            if fits:
                return [lines], 0
        smallest = self.height() * MIN_FONT
        budget = (height - footer) / (smallest / ROW_TO_FONT)
        weight = {id(line): self._weight(line, smallest, width) for line in lines}
        if self.mode == "uitslag":
            pages, page, used = [], [], 0.0
            for line in lines:
                if page and used + weight[id(line)] > budget:
                    pages.append(page)
                    page, used = [], 0.0
                page.append(line)
                used += weight[id(line)]
            pages.append(page)
            return pages, 0
        keep, used = set(), 0.0
        for line in sorted(lines, key=lambda line: -line.stemmen):
            if used + weight[id(line)] > budget:
                break
            keep.add(id(line))
            used += weight[id(line)]
        visible = [line for line in lines if id(line) in keep]
        return [visible], len(lines) - len(visible)

    def _paint_lines(self, painter: QPainter, area: QRectF, lines: list[Line]) -> None:
        """One idea per row, one column (two columns leave no room for titles on a 1024-wide beamer).

        A long title wraps to a second line; in the outcome a line that was not chosen gets a smaller
        line with the reason under it.
        """
        self.painted_titles = {}
        if not lines:
            return
        font_px, weights, _fits = self._settle(lines, area.height(), area.width())
        unit = area.height() / sum(weights)
        most = max((line.stemmen for line in lines), default=0) or 1
        y = area.top()
        for line, weight in zip(lines, weights):
            rect = QRectF(area.left(), y, area.width(), unit * weight)
            titles = self._title_lines(line, font_px, area.width())
            self.painted_titles[line.nummer] = titles
            if self.mode == "uitslag":
                self._paint_outcome_line(painter, rect, line, font_px, unit, titles)
            else:
                self._paint_count_line(painter, rect, line, font_px, unit, titles, most)
            y += unit * weight

    def _paint_title(self, painter: QPainter, x: float, top: float, width: float, unit: float,
                     line: Line, font_px: float, titles: list[str], color: QColor) -> float:
        """The title lines from `top`: the first centred in a row, the second right under it; returns the bottom."""
        font = self._title_font(font_px, line)
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(QRectF(x, top, width, unit), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         titles[0])
        bottom = top + unit
        if len(titles) > 1:
            painter.drawText(QRectF(x, bottom - unit * (1 - SECOND_LINE) / 2, width, unit * SECOND_LINE),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, titles[1])
            bottom += unit * SECOND_LINE
        return bottom

    def _paint_count_line(self, painter: QPainter, rect: QRectF, line: Line, font_px: float, unit: float,
                          titles: list[str], most: int) -> None:
        bold = self._font(font_px, bold=True)
        before, title_width, _after = self._columns(font_px, rect.width())
        title_height = unit * (1 + SECOND_LINE * (len(titles) - 1))
        top = rect.center().y() - title_height / 2
        painter.setFont(bold)
        painter.setPen(NUMBER)
        gap = QFontMetrics(bold).height() * 0.35
        painter.drawText(QRectF(rect.left(), top, before - gap, unit),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(line.nummer))
        self._paint_title(painter, rect.left() + before, top, title_width, unit, line, font_px, titles, TEXT)
        title_end = rect.left() + before + title_width
        track = QRectF(title_end + gap, rect.center().y() - unit * 0.22, rect.width() * COUNT_BAR - gap, unit * 0.44)
        count_left = track.right() + gap
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRect(track)
        if line.stemmen:
            painter.setBrush(VOTES)
            painter.drawRect(QRectF(track.left(), track.top(), track.width() * line.stemmen / most, track.height()))
        painter.setFont(bold)
        painter.setPen(TEXT)
        painter.drawText(QRectF(count_left, rect.top(), rect.right() - count_left, rect.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(line.stemmen))

    def _paint_outcome_line(self, painter: QPainter, rect: QRectF, line: Line, font_px: float, unit: float,
                            titles: list[str]) -> None:
        color = CHOSEN if line.gekozen else MUTED
        bold = self._font(font_px, bold=True)
        metrics = QFontMetrics(bold)
        gap = metrics.height() * 0.35
        before, title_width, _after = self._columns(font_px, rect.width())
        number_width = max((metrics.horizontalAdvance(str(other.nummer)) for other in self.lines), default=0)
        first_row = QRectF(rect.left(), rect.top(), rect.width(), unit)
        painter.setFont(bold)
        painter.setPen(color)
        painter.drawText(QRectF(first_row.left(), first_row.top(), before - number_width - gap, unit),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._marker(line))
        painter.setPen(NUMBER if line.gekozen else MUTED)
        painter.drawText(QRectF(rect.left() + before - number_width - gap, first_row.top(), number_width, unit),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(line.nummer))
        x = rect.left() + before
        bottom = self._paint_title(painter, x, rect.top(), title_width, unit, line, font_px, titles,
                                   TEXT if line.gekozen else MUTED)
        painter.setFont(bold)
        painter.setPen(TEXT if line.gekozen else MUTED)
        painter.drawText(QRectF(x + title_width, first_row.top(), rect.right() - x - title_width, unit),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, euros(line.kosten_cents))
        if not line.gekozen and line.reden:
            reason = beamer_reason(line.reden)
            width = rect.right() - x
            size = font_px * 0.8
            # Shrink the reason to fit its line, but not below the readable minimum; then elide.
            while size > self.height() * MIN_FONT * 0.85 and QFontMetrics(self._font(size)).horizontalAdvance(reason) > width:
                size *= 0.94
            small = self._font(size)
            painter.setFont(small)
            painter.setPen(MUTED)
            painter.drawText(QRectF(x, bottom - unit * 0.08, width, unit * (REASON_WEIGHT - 1)),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             QFontMetrics(small).elidedText(reason, Qt.TextElideMode.ElideRight, int(width)))
