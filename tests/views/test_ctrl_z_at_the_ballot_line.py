"""Ctrl+Z at the ballot line after Enter (found clicking through under Xvfb, issue 9).

The line was emptied with QLineEdit.clear(), which Qt records as an edit: Ctrl+Z brought the saved
ballot's numbers back into the line, ready to be saved a second time as the next ballot, while the
saved one stayed. Ballots are not undone (they are corrected or withdrawn, the first entry stays on
record), so Ctrl+Z there leaves the line empty, changes nothing in the database or on the window's
undo stack, and says how a saved ballot is corrected. Events only; the database is read afterwards.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from wijkdesk.store.models import Idee, Stembiljet, Stemronde, Telling


def click_tab(qtbot, window, tab) -> None:
    bar = window.tabs.tabBar()
    rect = bar.tabRect(window.tabs.indexOf(tab))
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    qtbot.wait(1)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    qtbot.wait(1)


def test_ctrl_z_after_a_saved_ballot_does_not_bring_its_numbers_back(demo_window, qtbot):
    window = demo_window
    ronde = Stemronde.get(Stemronde.status == "open")
    click_tab(qtbot, window, window.stemronde_tab)
    entry = window.stemronde_tab.ballots
    assert QApplication.focusWidget() is entry.line
    before = Stembiljet.select().where(Stembiljet.ronde == ronde).count()
    undo_index = window.context.undo_stack.index()

    qtbot.keyClicks(QApplication.focusWidget(), "1 5")
    press(qtbot, Qt.Key.Key_Return)
    assert Stembiljet.select().where(Stembiljet.ronde == ronde).count() == before + 1

    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is entry.line
    assert entry.line.text() == "", "Ctrl+Z put the saved ballot's numbers back, ready to be saved twice"
    assert "Laten vervallen" in entry.message.text() and "Verbeteren" in entry.message.text()
    assert window.context.undo_stack.index() == undo_index, "Ctrl+Z at the ballot line undid another change"

    assert Stembiljet.select().where(Stembiljet.ronde == ronde).count() == before + 1

    # Text typed and not yet saved is still undone by Ctrl+Z, as in every text field.
    qtbot.keyClicks(QApplication.focusWidget(), "3")
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert entry.line.text() == ""


def test_ctrl_z_after_a_saved_count_does_not_bring_it_back(demo_window, qtbot, dialogs):
    """The same for the tally line (a count per idea) of a show-of-hands round."""
    from wijkdesk.views.dialogs import set_combo_value
    from wijkdesk.views.stemronde.dialog import StemrondeDialog

    window = demo_window
    tab = window.stemronde_tab
    click_tab(qtbot, window, tab)
    ids = [i.id for i in Idee.select().where(Idee.geschatte_kosten_cents.is_null(False)).limit(3)]

    def fill(dialog):  # setting up the round is not what is tested here
        dialog.form.titel.setText("Handen opsteken")
        set_combo_value(dialog.form.invoerwijze, "telling")
        dialog.set_checked_ideas(ids)

    dialogs.answer(StemrondeDialog, fill)
    tab.new_item()
    ronde = Stemronde.get(Stemronde.titel == "Handen opsteken")
    assert tab.entry_stack.currentWidget() is tab.tally
    assert QApplication.focusWidget() is tab.tally.line
    qtbot.keyClicks(QApplication.focusWidget(), "12")
    press(qtbot, Qt.Key.Key_Return)
    assert Telling.select().where(Telling.ronde == ronde).count() == 1
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.tally.line.text() == "", "Ctrl+Z put the saved count back"
    assert Telling.select().where(Telling.ronde == ronde).count() == 1
