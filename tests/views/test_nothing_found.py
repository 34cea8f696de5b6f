"""A search that finds nothing says so in the pane's heading (it said "Kies een idee in de lijst…" above an
empty list), and the pane's own text comes back with the rows. Keys as a user types them."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.views.events import open_search, press, settle


@pytest.mark.parametrize("tab_name, noun", [("ideeen_tab", "ideeën"), ("doelen_tab", "doelen"),
                                            ("groepen_tab", "groepen"), ("bijeenkomsten_tab", "bijeenkomsten")])
def test_a_search_that_finds_nothing_says_so_in_the_pane(demo_window, qtbot, tab_name, noun):
    tab, box = open_search(qtbot, demo_window, tab_name)
    qtbot.keyClicks(box, "zzqx")
    qtbot.waitUntil(lambda: tab.model.text_filter() == "zzqx", timeout=2000)
    settle(qtbot)
    heading = tab.detail.form.kop
    assert tab.model.rowCount() == 0
    assert heading.text() == f"Geen {noun} met 'zzqx'. Esc wist het zoekwoord."
    press(qtbot, Qt.Key.Key_Escape)  # the list back, and the pane's heading its own again
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=2000)
    settle(qtbot)
    assert "zzqx" not in heading.text() and heading.text()
