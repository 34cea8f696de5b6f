"""Defect 2 of issue 9: the Stemronde entry panel is filled the first time the tab appears, and a typed
ballot is saved or the user is told why not (never dropped silently). Events only."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from wijkdesk.store.models import Stembiljet, Stemronde


def click_tab(qtbot, window, tab) -> None:
    bar = window.tabs.tabBar()
    rect = bar.tabRect(window.tabs.indexOf(tab))
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    qtbot.wait(1)


def test_entry_panel_is_filled_at_first_show_and_a_typed_ballot_is_saved(demo_window, qtbot):
    window = demo_window
    tab = window.stemronde_tab
    ronde = Stemronde.get(Stemronde.status == "open")
    before = Stembiljet.select().where(Stembiljet.ronde == ronde).count()
    assert before > 0
    click_tab(qtbot, window, tab)
    entry = tab.ballots
    assert tab.entry_stack.currentWidget() is entry
    assert entry.prompt.text().startswith("Stembiljet "), entry.prompt.text()
    assert "<b>1</b>" in entry.legend.text() and "<b>2</b>" in entry.legend.text()
    assert entry.table.rowCount() == before
    # The typing goes where the cursor is: the ballot line.
    assert QApplication.focusWidget() is entry.line
    qtbot.keyClicks(QApplication.focusWidget(), "2 3")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert Stembiljet.select().where(Stembiljet.ronde == ronde).count() == before + 1
    assert "opgeslagen" in entry.message.text()


def test_entry_panel_is_filled_after_a_language_switch(demo_window_factory, qtbot):
    from wijkdesk.views import i18n

    window = demo_window_factory()
    try:
        i18n.install("en")
        window = demo_window_factory()
        tab = window.stemronde_tab
        click_tab(qtbot, window, tab)
        entry = tab.ballots
        assert entry.prompt.text() != "" and "<b>1</b>" in entry.legend.text()
        assert entry.table.rowCount() > 0
    finally:
        i18n.install("nl")


def test_a_ballot_typed_without_a_round_is_not_dropped_silently(qtbot, db):
    from wijkdesk.views.stemronde.entry import BallotEntry, TallyEntry

    for panel in (BallotEntry(), TallyEntry()):
        qtbot.addWidget(panel)
        panel.show()
        panel.load(None, 1)
        qtbot.keyClicks(panel.line, "2 3")
        qtbot.keyClick(panel.line, Qt.Key.Key_Return)
        assert panel.message.text() != "", type(panel).__name__
        assert panel.line.text() == "2 3", "what was typed stays"
