"""A click on a column header sorts the list and keeps the row the user was working on.

Found while measuring the tabs: the sort read the rows again (a model reset), which dropped the
selection, and the detail pane went empty and grey ("Kies een ... in de lijst") after every sort, as a
search did before issue 9 fixed that. Now the row is selected again and the pane keeps showing it; an
edit after the sort lands in that row. Events only: mouse presses on the row's rectangle and on the
header section, keys typed into the widget that has the focus; the database is read afterwards.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from wijkdesk.views.models import DoelenModel, GroepenModel, IdeeenModel
from wijkdesk.views.tabs.base import selected_row

from .events import click_header, click_row, title_panes

# The column whose header is clicked to sort.
SORT_COLUMN = {"ideeen_tab": IdeeenModel.TITEL, "groepen_tab": GroepenModel.THEMA, "doelen_tab": DoelenModel.TITEL}


@pytest.mark.parametrize("tab_name, model, field", title_panes(), ids=lambda c: c if isinstance(c, str) else "")
def test_a_sort_keeps_the_selected_row_in_the_pane_and_edits_land_there(demo_window, qtbot, tab_name, model,
                                                                        field):
    column = SORT_COLUMN[tab_name]
    window = demo_window
    tab = getattr(window, tab_name)
    window.tabs.setCurrentWidget(tab)
    qtbot.wait(1)
    view = tab.table
    ids_before = [r.id for r in tab.model.rows()]
    assert len(ids_before) >= 3
    click_row(qtbot, view, 1)
    chosen = tab.model.row(1).id
    assert tab.pane.row_id == chosen

    click_header(qtbot, view, column)
    if [r.id for r in tab.model.rows()] == ids_before:
        click_header(qtbot, view, column)  # already sorted this way: the second click turns the order round
    assert [r.id for r in tab.model.rows()] != ids_before, "the header click did not sort"
    assert tab.pane.row_id == chosen, "the sort emptied the pane"
    assert tab.pane.isEnabled()
    assert selected_row(view) is not None and selected_row(view).id == chosen, "the sort dropped the selection"
    index = tab.model.index(tab.model.position_of(chosen), 0)
    assert view.viewport().rect().intersects(view.visualRect(index)), "the selected row is out of sight"

    edit = getattr(tab.pane.form, field)
    before = getattr(model.get_by_id(chosen), field)
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, edit.rect().center())
    qtbot.wait(1)
    focus = QApplication.focusWidget()
    assert focus is edit
    qtbot.keyClick(focus, Qt.Key.Key_End)
    qtbot.keyClicks(focus, " na sorteren")
    qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert getattr(model.get_by_id(chosen), field) == before + " na sorteren"
    others = [r.id for r in tab.model.rows() if r.id != chosen]
    assert not model.select().where(getattr(model, field).endswith(" na sorteren") & model.id.in_(others)).exists()


def test_a_status_filter_keeps_the_idea_it_still_lists(demo_window, qtbot):
    window = demo_window
    tab = window.ideeen_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.wait(1)
    click_row(qtbot, tab.table, 0)
    chosen = tab.model.row(0)
    combo = tab.status_filter
    position = next(i for i in range(combo.count()) if combo.itemData(i) == chosen.status)
    combo.setFocus()
    qtbot.wait(1)
    focus = QApplication.focusWidget()
    assert focus is combo
    start = combo.currentIndex()
    key = Qt.Key.Key_Down if position > start else Qt.Key.Key_Up
    for _ in range(abs(position - start)):
        qtbot.keyClick(focus, key)
    qtbot.wait(1)
    assert combo.currentIndex() == position
    assert all(r.status == chosen.status for r in tab.model.rows())
    assert tab.pane.row_id == chosen.id, "the status filter emptied the pane although the idea is listed"
    assert selected_row(tab.table).id == chosen.id
