"""Bar charts drawn with QPainter (QtCharts is not in PySide6-Essentials), legible in black and white.

Every bar carries its label beside it and its amount at its end, so nothing depends on colour; where
bars of different series stand together they differ by fill as well (dark grey, hatched, light grey),
and a legend with the same fills names them. Amounts in Dutch notation (€ 1.234,56).
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from wijkdesk.domain.money import format_cents
from wijkdesk.exchange.pdf.flow import Block, Wrapped
from wijkdesk.exchange.pdf.page import font

# Fills that stay apart on a black-and-white printer: solid dark, diagonal hatching, solid light,
# cross-hatching. A fill is (grey level of the ground, hatching: None, "diag" or "cross").
FILLS = [("#4d4d4d", None), ("#ffffff", "diag"), ("#c8c8c8", None), ("#ffffff", "cross")]


def fill_rect(painter: QPainter, rect: QRectF, fill: tuple[str, str | None]) -> None:
    """A bar: ground, hatching drawn as lines (the same on every printer and PDF viewer), black edge."""
    if rect.width() <= 0 or rect.height() <= 0:
        return
    ground, hatch = fill
    painter.save()
    painter.fillRect(rect, QColor(ground))
    if hatch:
        clip = QPainterPath()
        clip.addRect(rect)
        painter.setClipPath(clip)
        painter.setPen(QPen(QColor("#000000"), 0.9))
        step = 5.0
        span = rect.width() + rect.height()
        x = rect.left() - rect.height()
        while x < rect.left() + span:
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()))
            if hatch == "cross":
                painter.drawLine(QPointF(x, rect.top()), QPointF(x + rect.height(), rect.bottom()))
            x += step
        painter.setClipping(False)
    painter.setPen(QPen(QColor("#000000"), 0.8))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    painter.restore()


def euro(cents: int) -> str:
    return format_cents(cents).replace("€ ", "€\u00a0")


@dataclass(frozen=True)
class Bar:
    label: str
    cents: int


class BarChart(Block):
    """Horizontal bars, one per label, largest first; a long chart continues on the next page."""

    ROW = 22.0
    LABEL_SHARE = 0.36
    VALUE_W = 92.0

    def __init__(self, bars: list[Bar], fill=FILLS[0], scale_cents: int | None = None, caption: str = ""):
        self.bars = bars
        self.fill = fill
        self.caption = caption
        self.scale_cents = scale_cents if scale_cents is not None else max([b.cents for b in bars] + [1])

    def _label(self, device, text, width) -> Wrapped:
        return Wrapped(text, font(8.5), width, device)  # every line: the row grows, no label is cut

    def _row_height(self, device, width, bar: Bar) -> float:
        return max(self.ROW, self._label(device, bar.label, width * self.LABEL_SHARE - 8).height + 6)

    def _caption_height(self, device, width) -> float:
        return Wrapped(self.caption, font(8, False), width, device).height + 4 if self.caption else 0.0

    def measure(self, device, width):
        return sum(self._row_height(device, width, b) for b in self.bars) + self._caption_height(device, width) + 4

    def split(self, device, width, room):
        used, count = self._caption_height(device, width) + 4, 0
        for bar in self.bars:
            used += self._row_height(device, width, bar)
            if used > room:
                break
            count += 1
        if count == 0 or count == len(self.bars):
            return None, self
        return (BarChart(self.bars[:count], self.fill, self.scale_cents, self.caption),
                BarChart(self.bars[count:], self.fill, self.scale_cents, self.caption + " (vervolg)"
                         if self.caption else ""))

    def draw(self, painter, device, x, y, width):
        label_w = width * self.LABEL_SHARE
        area_x = x + label_w
        area_w = width - label_w - self.VALUE_W
        if self.caption:
            painter.setPen(QPen(QColor("#333333")))
            Wrapped(self.caption, font(8), width, device).draw(painter, x, y)
            y += self._caption_height(device, width)
        top = y
        for bar in self.bars:
            h = self._row_height(device, width, bar)
            painter.setPen(QPen(QColor("#000000")))
            label = self._label(device, bar.label, label_w - 8)
            label.draw(painter, x, y + (h - label.height) / 2)
            length = area_w * max(bar.cents, 0) / self.scale_cents if self.scale_cents > 0 else 0
            rect = QRectF(area_x, y + 4, max(length, 0.0), h - 8)
            fill_rect(painter, rect, self.fill)
            painter.setPen(QPen(QColor("#000000")))
            value = Wrapped(euro(bar.cents), font(8.5, True), self.VALUE_W + area_w - length - 4, device)
            value.draw(painter, area_x + length + 4, y + (h - value.height) / 2)
            y += h
        # The zero line the bars start from.
        painter.setPen(QPen(QColor("#000000"), 1))
        painter.drawLine(QPointF(area_x, top), QPointF(area_x, y))


class StackedBar(Block):
    """One bar split in parts (spent, committed, left), with a legend naming each part and its amount."""

    BAR_H = 34.0

    def __init__(self, parts: list[tuple[str, int, tuple]], total_label: str, total_cents: int, note: str = ""):
        self.parts, self.total_label, self.total_cents, self.note = parts, total_label, total_cents, note

    def _legend_rows(self):
        return self.parts + ([(self.note, None, None)] if self.note else [])

    def measure(self, device, width):
        return self.BAR_H + 10 + len(self._legend_rows()) * 18 + 6

    def draw(self, painter, device, x, y, width):
        scale = max(self.total_cents, sum(max(c, 0) for _l, c, _f in self.parts), 1)
        cx = x
        bar = QRectF(x, y, width, self.BAR_H)
        painter.setPen(QPen(QColor("#000000"), 0.8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for label, cents, fill in self.parts:
            w = width * max(cents, 0) / scale
            fill_rect(painter, QRectF(cx, y, w, self.BAR_H), fill)
            cx += w
        painter.setPen(QPen(QColor("#000000"), 1.2))
        painter.drawRect(bar)
        if self.total_cents > 0 and self.total_cents < scale:  # more committed than the budget: mark the budget
            bx = x + width * self.total_cents / scale
            painter.setPen(QPen(QColor("#000000"), 2.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(bx, y - 4), QPointF(bx, y + self.BAR_H + 4))
        ly = y + self.BAR_H + 10
        for label, cents, fill in self._legend_rows():
            if fill is not None:
                fill_rect(painter, QRectF(x, ly + 2, 22, 12), fill)
            painter.setPen(QPen(QColor("#000000")))
            text = f"{label}: {euro(cents)}" if cents is not None else label
            Wrapped(text, font(9), width - 30, device).draw(painter, x + 30, ly)
            ly += 18


class GroupedBars(Block):
    """Per group (a wijk) one bar per series (budget, toegekend, uitgegeven), each with its amount;
    a legend on top of every page the chart runs onto."""

    BAR_H = 11.0
    GROUP_GAP = 9.0
    LABEL_SHARE = 0.22
    VALUE_W = 86.0

    def __init__(self, series: list[str], groups: list[tuple[str, list[int]]], scale_cents: int | None = None):
        self.series, self.groups = series, groups
        values = [v for _g, vs in groups for v in vs]
        self.scale_cents = scale_cents if scale_cents is not None else max(values + [1])

    def _label(self, device, name: str, width: float) -> Wrapped:
        return Wrapped(name, font(8.5, True), width * self.LABEL_SHARE - 8, device)

    def _group_h(self, device=None, width: float = 0.0, name: str = "") -> float:
        """The bars of one group, or its name when that needs more lines (a long wijk name is never cut)."""
        bars = len(self.series) * (self.BAR_H + 2)
        label = self._label(device, name, width).height if device is not None and name else 0.0
        return max(bars, label) + self.GROUP_GAP

    def _legend_h(self) -> float:
        return 22.0

    def measure(self, device, width):
        return self._legend_h() + sum(self._group_h(device, width, name) for name, _v in self.groups)

    def split(self, device, width, room):
        used, count = self._legend_h(), 0
        for name, _values in self.groups:
            used += self._group_h(device, width, name)
            if used > room:
                break
            count += 1
        if count <= 0 or count >= len(self.groups):
            return None, self
        return (GroupedBars(self.series, self.groups[:count], self.scale_cents),
                GroupedBars(self.series, self.groups[count:], self.scale_cents))

    def draw(self, painter, device, x, y, width):
        lx = x
        for i, name in enumerate(self.series):
            fill_rect(painter, QRectF(lx, y + 3, 22, 11), FILLS[i % len(FILLS)])
            painter.setPen(QPen(QColor("#000000")))
            w = Wrapped(name, font(8.5), 160, device)
            w.draw(painter, lx + 27, y + 1)
            lx += 27 + (max(line.naturalTextWidth() for line in w.lines) if w.lines else 0) + 24
        y += self._legend_h()
        label_w = width * self.LABEL_SHARE
        area_x, area_w = x + label_w, width - label_w - self.VALUE_W
        for name, values in self.groups:
            gh = self._group_h(device, width, name) - self.GROUP_GAP
            painter.setPen(QPen(QColor("#000000")))
            label = self._label(device, name, width)
            label.draw(painter, x, y + (gh - label.height) / 2)
            by = y
            for i, cents in enumerate(values):
                length = area_w * max(cents, 0) / self.scale_cents if self.scale_cents > 0 else 0
                fill_rect(painter, QRectF(area_x, by, length, self.BAR_H), FILLS[i % len(FILLS)])
                painter.setPen(QPen(QColor("#000000")))
                Wrapped(euro(cents), font(7.5), self.VALUE_W + area_w - length, device).draw(
                    painter, area_x + length + 3, by - 1)
                by += self.BAR_H + 2
            painter.setPen(QPen(QColor("#000000"), 1))
            painter.drawLine(QPointF(area_x, y - 2), QPointF(area_x, y + gh))
            y += gh + self.GROUP_GAP
