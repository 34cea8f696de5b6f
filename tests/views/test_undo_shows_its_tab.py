"""Ctrl+Z on a tab that does not show the step goes to the step's tab (found in the wave-3 review).

An idea typed on the Ideeën tab, then the user clicks the Bewonersgroepen tab and presses Ctrl+Z: the idea
was removed from a tab out of sight, and nothing on screen said so. Now the window goes to the Ideeën tab
and the status bar names the step; Ctrl+Y from another tab does the same. A step the open tab shows is
taken back where the user is. Events only (clicks on the tab bar, typing, key presses); the database is
read afterwards.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from wijkdesk.store.models import Idee


def click_tab(qtbot, window, tab) -> None:
    bar = window.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     bar.tabRect(window.tabs.indexOf(tab)).center())
    qtbot.wait(1)
    assert window.tabs.currentWidget() is tab


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    qtbot.wait(1)


def test_ctrl_z_on_another_tab_goes_to_the_tab_of_the_step_and_says_so(demo_window, qtbot):
    window = demo_window
    ideeen = window.ideeen_tab
    click_tab(qtbot, window, ideeen)
    QTest.mouseClick(ideeen.capture, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is ideeen.capture
    qtbot.keyClicks(QApplication.focusWidget(), "Bloembakken bij de school")
    press(qtbot, Qt.Key.Key_Return)
    assert Idee.select().where(Idee.titel == "Bloembakken bij de school").exists()

    click_tab(qtbot, window, window.groepen_tab)
    window.groepen_tab.table.setFocus()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not Idee.select().where(Idee.titel == "Bloembakken bij de school").exists()
    assert window.tabs.currentWidget() is ideeen
    message = window.statusBar().currentMessage()
    assert "Ongedaan gemaakt op het tabblad Ideeën" in message and "Bloembakken bij de school" in message

    click_tab(qtbot, window, window.budget_tab)
    window.budget_tab.table.setFocus()
    press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert Idee.select().where(Idee.titel == "Bloembakken bij de school").exists()
    assert window.tabs.currentWidget() is ideeen
    assert "Opnieuw gedaan op het tabblad Ideeën" in window.statusBar().currentMessage()


def test_a_step_the_open_tab_shows_is_undone_where_the_user_is(demo_window, qtbot):
    """Doelen shows ideas (its goals name them): an idea's step is taken back there, the tab stays."""
    window = demo_window
    ideeen = window.ideeen_tab
    click_tab(qtbot, window, ideeen)
    QTest.mouseClick(ideeen.capture, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(QApplication.focusWidget(), "Zitbank bij de bushalte")
    press(qtbot, Qt.Key.Key_Return)
    click_tab(qtbot, window, window.doelen_tab)
    window.doelen_tab.table.setFocus()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not Idee.select().where(Idee.titel == "Zitbank bij de bushalte").exists()
    assert window.tabs.currentWidget() is window.doelen_tab
