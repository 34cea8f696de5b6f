"""A long paste into a list's search box: the box takes what the lists can search on (lists.MAX_SEARCH_CHARS),
and the list answers. Before, 300 pasted words stopped the filter with SQLite's 'parser stack overflow'
and 1,000 with a RecursionError in peewee: a traceback where a user expects an empty list. Keys only."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.views.events import open_search, press, settle
from wijkdesk.services import lists


@pytest.mark.parametrize("tab_name", ["ideeen_tab", "budget_tab", "groepen_tab"])
def test_a_long_paste_into_the_search_box_is_cut_to_what_the_list_searches(demo_window, qtbot, tab_name):
    tab, box = open_search(qtbot, demo_window, tab_name)
    pasted = " ".join(f"woord{n}" for n in range(300))
    QApplication.clipboard().setText(pasted)
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert box.text() == pasted[: lists.MAX_SEARCH_CHARS]
    qtbot.waitUntil(lambda: tab.model.text_filter() == box.text().strip(), timeout=2000)
    settle(qtbot)
    assert tab.model.rowCount() == 0  # no row holds all those words; the list says so instead of failing
    press(qtbot, Qt.Key.Key_Escape)  # and Escape gives the list back
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=2000)
