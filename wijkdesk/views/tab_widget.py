"""The main window's tabs: a QTabWidget that does not repaint itself whole for a change inside a page."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QStackedWidget, QTabWidget


class TabWidget(QTabWidget):
    """Lays the tab bar and the pages out again only when what that layout depends on has changed.

    Why: Qt passes a geometry change anywhere inside the shown page up to the QTabWidget as a layout
    request (a label that gets a new text, a scroll bar that appears under a table), and QTabWidget
    answers every one by repainting itself whole. A typed search that changed the count beside the
    search box ("60 groepen" -> "0 groepen") repainted the whole window (1366x684 at 1366x768) for a
    label of 61x22. The layout of the tab bar and the pages depends only on their size hints and on the
    widget's own size (a resize lays out on its own path), so a request that changes neither is answered
    by doing nothing: the page has already laid out and repainted what changed inside it.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._stack = self.findChild(QStackedWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        self._hints = None

    def _layout_hints(self) -> tuple:
        bar = self.tabBar()
        return (self._stack.sizeHint(), self._stack.minimumSizeHint(), bar.sizeHint(), bar.minimumSizeHint(),
                bar.isVisibleTo(self), self.size())

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and self._stack is not None:
            hints = self._layout_hints()
            if hints == self._hints:
                return True
            self._hints = hints
        return super().event(event)
