"""A bar that shows a budget at a glance: spent, granted but not yet spent, and what is left."""
from __future__ import annotations

import logging

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from wijkdesk.domain.money import format_cents

log = logging.getLogger(__name__)

SPENT = QColor("#c26a00")      # uitgegeven
GRANTED = QColor("#6fa8dc")    # toegekend, nog niet uitgegeven
LEFT = QColor("#e3f1e5")       # resterend
OVER = QColor("#c62828")       # meer toegekend of uitgegeven dan het budget
BORDER = QColor("#8a8a8a")


class BudgetBar(QWidget):
    """Paints budget / toegekend / uitgegeven (cents) as one horizontal bar."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._budget = 0
        self._toegekend = 0
        self._uitgegeven = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(28)

    def sizeHint(self) -> QSize:
        return QSize(400, 34)

    def set_values(self, budget_cents: int, toegekend_cents: int, uitgegeven_cents: int) -> None:
        self._budget, self._toegekend, self._uitgegeven = int(budget_cents), int(toegekend_cents), int(uitgegeven_cents)
        self.setToolTip(self.tr("Uitgegeven {0}, toegekend {1} van {2}").format(
            format_cents(self._uitgegeven), format_cents(self._toegekend), format_cents(self._budget)))
        self.update()

    def values(self) -> tuple[int, int, int]:
        return self._budget, self._toegekend, self._uitgegeven

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(LEFT)
        painter.drawRoundedRect(rect, 4, 4)
        # Scale to the largest of the three, so an over-commitment shows as red beyond the budget.
        scale = max(self._budget, self._toegekend, self._uitgegeven, 1)
        width = rect.width()
        committed = max(self._toegekend, self._uitgegeven)
        if committed:
            painter.setBrush(GRANTED)
            painter.drawRoundedRect(QRectF(rect.left(), rect.top(), width * committed / scale, rect.height()), 4, 4)
        if self._uitgegeven:
            painter.setBrush(SPENT)
            painter.drawRoundedRect(QRectF(rect.left(), rect.top(), width * self._uitgegeven / scale, rect.height()), 4, 4)
        if committed > self._budget and self._budget >= 0:
            x = rect.left() + width * self._budget / scale
            painter.setBrush(OVER)
            painter.drawRect(QRectF(x, rect.top(), rect.right() - x, rect.height() / 4))
        painter.setPen(QPen(BORDER, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 4, 4)
        painter.end()
