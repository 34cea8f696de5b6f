"""Ctrl+Z right after editing a field and pressing Tab undoes that edit (found under Xvfb, issue 9).

The cursor is then in the next field, which has no typing of its own to undo; its text undo swallowed
Ctrl+Z and nothing happened. Now such a field passes Ctrl+Z / Ctrl+Y on to the window's undo. Typing
still in a field is undone in the field first. Events only; the database is read afterwards.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from wijkdesk.store.models import Bewonersgroep, Idee


def click(qtbot, widget, pos=None) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     pos if pos is not None else widget.rect().center())
    qtbot.wait(1)


def click_row(qtbot, view, row: int) -> None:
    click(qtbot, view.viewport(), view.visualRect(view.model().index(row, 0)).center())


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    qtbot.wait(1)


def test_ctrl_z_after_tab_undoes_the_title_just_saved_and_ctrl_y_redoes_it(demo_window, qtbot):
    window = demo_window
    tab = window.ideeen_tab
    window.tabs.setCurrentWidget(tab)
    click_row(qtbot, tab.table, 1)
    idee_id = tab.pane.row_id
    titel = Idee.get_by_id(idee_id).titel
    click(qtbot, tab.pane.form.titel)
    press(qtbot, Qt.Key.Key_End)
    qtbot.keyClicks(QApplication.focusWidget(), " (kerst)")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.pane.form.omschrijving
    assert Idee.get_by_id(idee_id).titel == titel + " (kerst)"

    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Idee.get_by_id(idee_id).titel == titel, "Ctrl+Z in the next (untouched) field did nothing"
    assert tab.pane.form.titel.text() == titel

    press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert Idee.get_by_id(idee_id).titel == titel + " (kerst)"


def test_typing_in_the_field_is_undone_there_first(demo_window, qtbot):
    window = demo_window
    tab = window.groepen_tab
    window.tabs.setCurrentWidget(tab)
    click_row(qtbot, tab.table, 0)
    groep_id = tab.pane.row_id
    naam = Bewonersgroep.get_by_id(groep_id).naam
    index = window.context.undo_stack.index()
    click(qtbot, tab.pane.form.notities)
    qtbot.keyClicks(QApplication.focusWidget(), "Bel terug")
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.pane.form.notities.toPlainText() == ""
    assert window.context.undo_stack.index() == index, "the window's undo ran while the field had typing"
    assert Bewonersgroep.get_by_id(groep_id).naam == naam
