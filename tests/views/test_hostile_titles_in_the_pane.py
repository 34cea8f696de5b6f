"""A title from a hostile or damaged file (20,000 characters without a space, markup) stays inside the
detail pane's heading: the heading is plain text and clipped, not as wide as the word.

Found by clicking through the window on a database with such a title: the heading made the pane as wide
as the title, the pane does not scroll sideways, so the inputs were cut off on the right and the buttons
under them were out of sight; '<b>...' in a title was shown bold. Events only: a click on the row's
rectangle, keys typed into the field that has the focus, the database read afterwards.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from .events import click_row, settle, title_panes

HOSTILE = "<b>Vet</b> " + "A" * 20_000

# The pane's button furthest to the right, which the heading pushed out of sight.
LAST_BUTTON = {"ideeen_tab": "verwijder_knop", "groepen_tab": "archiveer_knop", "doelen_tab": "verwijder_knop"}


@pytest.mark.parametrize("tab_name, model, field", title_panes(), ids=lambda c: c if isinstance(c, str) else "")
def test_a_title_without_spaces_stays_in_the_pane(demo_window, qtbot, tab_name, model, field):
    window = demo_window
    tab = getattr(window, tab_name)
    window.tabs.setCurrentWidget(tab)
    qtbot.wait(1)
    row_id = tab.model.row(0).id
    model.update({getattr(model, field): HOSTILE}).where(model.id == row_id).execute()  # the damaged file
    tab.refresh()
    click_row(qtbot, tab.table, tab.model.position_of(row_id))
    settle(qtbot)
    pane = tab.pane
    assert pane.row_id == row_id
    heading = pane.form.kop
    assert heading.textFormat() == Qt.TextFormat.PlainText, "markup in a title was rendered"
    scroll_area = pane.parentWidget().parentWidget()
    visible = scroll_area.viewport().width()
    assert pane.width() <= visible, f"the heading made the pane {pane.width()} px wide, {visible} px visible"
    knop = getattr(pane.form, LAST_BUTTON[tab_name])
    assert knop.mapTo(pane, knop.rect().topRight()).x() <= visible, "a button of the pane is out of sight"

    edit = getattr(pane.form, field)
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, edit.rect().center())
    qtbot.wait(1)
    focus = QApplication.focusWidget()
    assert focus is edit
    qtbot.keyClick(focus, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focus, "Gewone titel")
    qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert getattr(model.get_by_id(row_id), field) == "Gewone titel"
    settle(qtbot)
    assert heading.text().endswith("Gewone titel")
