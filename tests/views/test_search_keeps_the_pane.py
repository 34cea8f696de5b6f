"""A search that is typed and cleared again (Escape) leaves the detail pane on the row it showed (found
under Xvfb, issue 9 defect 4): the pane went empty and grey ("Kies een idee in de lijst") until the user
clicked a row again, and a search that still found the shown row emptied it too. Events only."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .events import open_tab_on_row, press


@pytest.mark.parametrize("tab_name", ["ideeen_tab", "groepen_tab", "doelen_tab"])
def test_search_and_escape_keep_the_shown_row(demo_window, qtbot, tab_name):
    window = demo_window
    tab = open_tab_on_row(qtbot, window, tab_name, 1)
    shown = tab.pane.row_id
    assert shown == tab.model.row(1).id
    name = getattr(tab.model.row(1), "titel", None) or tab.model.row(1).naam
    word = next(w for w in name.split() if w.isascii() and len(w) > 3)  # QTest types ASCII only

    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is tab.filter_edit
    qtbot.keyClicks(QApplication.focusWidget(), word)
    press(qtbot, Qt.Key.Key_Return)
    assert tab.pane.row_id == shown, "a search that still finds the shown row emptied the pane"

    qtbot.keyClicks(QApplication.focusWidget(), "zzzgeenzzz")
    press(qtbot, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 0 and tab.pane.row_id is None

    press(qtbot, Qt.Key.Key_Escape)
    assert tab.filter_edit.text() == ""
    assert tab.pane.row_id == shown, "after Escape the pane stayed empty"
    assert tab.pane.isEnabled()
