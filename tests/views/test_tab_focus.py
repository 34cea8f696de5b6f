"""Defect 4 of issue 9: opening a tab puts the cursor where the user types next (Ideeën: the quick
capture), and Escape clears a search. Events only; the database is read afterwards."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from wijkdesk.store.models import Idee


def click_tab(qtbot, window, tab) -> None:
    bar = window.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     bar.tabRect(window.tabs.indexOf(tab)).center())
    qtbot.wait(1)


def test_click_ideeen_tab_type_a_title_and_enter_saves_the_idea(demo_window, qtbot):
    window = demo_window
    click_tab(qtbot, window, window.groepen_tab)
    click_tab(qtbot, window, window.ideeen_tab)
    before = Idee.select().count()
    qtbot.keyClicks(QApplication.focusWidget(), "Fietsenstalling bij het station")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert Idee.select().count() == before + 1
    assert Idee.get_or_none(Idee.titel == "Fietsenstalling bij het station") is not None
    assert window.ideeen_tab.filter_edit.text() == ""
    assert window.ideeen_tab.model.rowCount() > 1, "the list was not filtered by the typed title"


def test_escape_clears_a_search(demo_window, qtbot):
    window = demo_window
    for tab in (window.ideeen_tab, window.groepen_tab, window.doelen_tab, window.budget_tab):
        click_tab(qtbot, window, tab)
        rows = tab.model.rowCount()
        assert rows > 0
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is tab.filter_edit
        qtbot.keyClicks(QApplication.focusWidget(), "zzzgeenzzz")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert tab.model.rowCount() == 0
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        assert tab.filter_edit.text() == ""
        qtbot.waitUntil(lambda: tab.model.rowCount() == rows, timeout=2000)


def test_other_tabs_open_with_the_focus_on_their_list(demo_window, qtbot):
    window = demo_window
    for tab in (window.groepen_tab, window.doelen_tab):
        click_tab(qtbot, window, window.ideeen_tab)
        click_tab(qtbot, window, tab)
        assert QApplication.focusWidget() is tab.table


def test_the_window_opens_with_the_cursor_in_the_quick_capture(demo_window, qtbot):
    assert demo_window.tabs.currentWidget() is demo_window.ideeen_tab
    assert QApplication.focusWidget() is demo_window.ideeen_tab.capture
    before = Idee.select().count()
    qtbot.keyClicks(QApplication.focusWidget(), "Meer groen op het plein")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert Idee.select().count() == before + 1


@pytest.mark.parametrize("tab_name, field, model", [
    ("doelen_tab", "titel", "Doel"), ("groepen_tab", "naam", "Bewonersgroep"), ("bijeenkomsten_tab", "titel", "Bijeenkomst")])
def test_ctrl_n_with_the_pane_scrolled_down_shows_the_field_it_types_into(demo_window, qtbot, tab_name, field, model):
    """Found by a user at 1024x768: the pane scrolled down to a goal's progress, Ctrl+N, and the new title
    was typed into a field out of sight. The pane now scrolls to it (TableTab.focus_in_pane)."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    from tests.views.events import click_row, settle
    from wijkdesk.store import models

    demo_window.resize(1024, 600)
    tab = getattr(demo_window, tab_name)
    demo_window.tabs.setCurrentWidget(tab)
    settle(qtbot)
    click_row(qtbot, tab.table, 0)
    scroll = tab.detail_scroll
    viewport = scroll.viewport()
    centre = QPointF(viewport.rect().center())
    for _ in range(10):  # the mouse wheel over the pane, down
        QApplication.sendEvent(viewport, QWheelEvent(
            centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False))
    settle(qtbot)
    target = getattr(tab.pane.form, field)
    assert scroll.verticalScrollBar().value() > 0 and target.visibleRegion().isEmpty(), "the pane is scrolled down"
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert QApplication.focusWidget() is target
    assert not target.visibleRegion().isEmpty(), "the field typed into is on screen"
    qtbot.keyClicks(QApplication.focusWidget(), "Buurtbarbecue")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    table = getattr(models, model)
    newest = table.select().order_by(table.id.desc()).first()
    assert getattr(newest, field) == "Buurtbarbecue"
