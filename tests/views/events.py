"""Input as a user gives it, for the window tests: mouse presses where a row or header section is drawn,
keys to whatever widget has the focus, and rounds of events until the window has done what they caused."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def click_row(qtbot, view, row: int) -> None:
    """A left click in the middle of the row's first cell (scrolled into sight first)."""
    index = view.model().index(row, 0)
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.visualRect(index).center())
    qtbot.wait(1)


def click_header(qtbot, view, column: int) -> None:
    """A left click on the column's header section (what sorts a list)."""
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(x, header.height() // 2))
    qtbot.wait(1)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """One key to the widget that has the focus."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    qtbot.wait(1)


def settle(qtbot) -> None:
    """Rounds of events: layout and paint that a step left for later."""
    for _ in range(10):
        QApplication.processEvents()
    qtbot.wait(1)


def open_tab_on_row(qtbot, window, tab_name: str, row: int):
    """Switch to the tab (as a click on it would) and click the row; the tab."""
    tab = getattr(window, tab_name)
    window.tabs.setCurrentWidget(tab)
    qtbot.wait(1)
    click_row(qtbot, tab.table, row)
    return tab


def title_panes():
    """The list tabs whose detail pane has a title field: (tab attribute, database model, the field, which is
    also the model's column), for tests that click a row and type into its pane."""
    from wijkdesk.store.models import Bewonersgroep, Doel, Idee

    return [("ideeen_tab", Idee, "titel"), ("groepen_tab", Bewonersgroep, "naam"), ("doelen_tab", Doel, "titel")]


def open_search(qtbot, window, tab_name: str):
    """Switch to the tab and press Ctrl+F, as a user starts a search; (the tab, its search box, focused)."""
    tab = getattr(window, tab_name)
    window.tabs.setCurrentWidget(tab)
    settle(qtbot)
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    box = QApplication.focusWidget()
    assert box is tab.filter_edit
    return tab, box
