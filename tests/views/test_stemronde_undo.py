"""Ctrl+Z on the Stemronde tab (left over from issue 9): it took back the last change made in another
tab, out of sight (an idea typed on the Ideeën tab vanished while the user looked at the votes). There
it now does nothing and says in the status bar why and how votes are corrected; the step stays and is
undone on its own tab. Real key presses and mouse clicks; the database is read afterwards."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from wijkdesk.store.models import Idee


def click_tab(qtbot, window, tab) -> None:
    bar = window.tabs.tabBar()
    rect = bar.tabRect(window.tabs.indexOf(tab))
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    qtbot.wait(1)


def ctrl_z(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(1)


def test_ctrl_z_on_the_stemronde_tab_leaves_another_tabs_step_alone_and_says_why(demo_window, qtbot):
    window = demo_window
    stack = window.context.undo_stack
    click_tab(qtbot, window, window.ideeen_tab)
    assert QApplication.focusWidget() is window.ideeen_tab.capture
    qtbot.keyClicks(QApplication.focusWidget(), "Bankje bij de vijver")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: Idee.select().where(Idee.titel == "Bankje bij de vijver").exists(), timeout=5000)
    index = stack.index()

    tab = window.stemronde_tab
    click_tab(qtbot, window, tab)
    # Not in the ballot line (that line keeps Ctrl+Z for its own typing): on the list of rounds.
    rect = tab.rounds.visualItemRect(tab.rounds.item(0))
    QTest.mouseClick(tab.rounds.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert QApplication.focusWidget() is tab.rounds
    ctrl_z(qtbot)

    assert Idee.select().where(Idee.titel == "Bankje bij de vijver").exists(), "Ctrl+Z undid another tab's step"
    assert stack.index() == index
    said = window.statusBar().currentMessage()
    assert "Niets ongedaan gemaakt" in said and "Bankje bij de vijver" in said, said
    explained = tab.ballots.message.text()
    assert "Verbeteren" in explained and "Laten vervallen" in explained and "Bankje bij de vijver" in explained

    # The toolbar's undo button is the same action.
    button = window.toolbar.widgetForAction(next(a for a in window.toolbar.actions()
                                                 if a.objectName() == "werkbalk_ongedaan"))
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(1)
    assert Idee.select().where(Idee.titel == "Bankje bij de vijver").exists() and stack.index() == index

    # On its own tab the step is undone as always (from the list: the capture field keeps Ctrl+Z for its text).
    click_tab(qtbot, window, window.ideeen_tab)
    table = window.ideeen_tab.table
    rect = table.visualRect(table.model().index(0, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert QApplication.focusWidget() is table
    ctrl_z(qtbot)
    qtbot.waitUntil(lambda: not Idee.select().where(Idee.titel == "Bankje bij de vijver").exists(), timeout=5000)
    assert stack.index() == index - 1

    # Redo (Ctrl+Y) on the Stemronde tab leaves it alone too, and says so; on Ideeën it comes back.
    click_tab(qtbot, window, tab)
    rect = tab.rounds.visualItemRect(tab.rounds.item(0))
    QTest.mouseClick(tab.rounds.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(1)
    assert "Niets opnieuw gedaan" in window.statusBar().currentMessage()
    assert not Idee.select().where(Idee.titel == "Bankje bij de vijver").exists() and stack.index() == index - 1
    click_tab(qtbot, window, window.ideeen_tab)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect_first(table))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: Idee.select().where(Idee.titel == "Bankje bij de vijver").exists(), timeout=5000)


def rect_first(table):
    return table.visualRect(table.model().index(0, 0)).center()
