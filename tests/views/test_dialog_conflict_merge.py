"""Two users change the same expense; Anna in the dialog, Bert from his own WijkDesk (issue 15 point 2).

Anna opens the expense (a click on the row, then on Wijzigen…) and types a new amount; meanwhile Bert saves another supplier and
another description. Anna's OK is refused (who and when); the dialog then shows Bert's supplier and
description, which Anna had not touched, and keeps her amount. Her second OK saves her amount without
undoing Bert's fields. Before, that second OK wrote every field as the form held it and Bert's supplier
was gone without anyone choosing that. A field both changed keeps Anna's input and is named.
Driven by events (clicks on the row and the button, typing into the focused field, clicks on OK); the database is
read afterwards.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from wijkdesk.services import audit, budget, changes
from wijkdesk.views.tabs.budget_tab import UitgaveDialog

REAL_MESSAGEBOX_EXEC = QMessageBox.exec
REAL_DIALOG_EXEC = QDialog.exec  # taken before the suite's guard against unanswered dialogs replaces it


def _when(condition, then) -> None:
    """Run `then` once `condition()` holds (modal windows open inside a click, so poll from the loop)."""
    count = [0]

    def poll():
        found = condition()
        if not found:
            count[0] += 1
            if count[0] < 1000:
                QTimer.singleShot(10, poll)
            return
        try:
            then(found)
        except BaseException:
            # A failed check inside a modal window: close every modal one, so the test ends (and fails)
            # instead of waiting for a click that will not come.
            while QApplication.activeModalWidget() is not None:
                QApplication.activeModalWidget().reject()
            raise

    QTimer.singleShot(0, poll)


def _modal(kind):
    return lambda: QApplication.activeModalWidget() if isinstance(QApplication.activeModalWidget(), kind) else None


def _type_into(qtbot, widget, text: str) -> None:
    window = widget.window()
    if QApplication.activeWindow() is not window:
        window.activateWindow()  # what the window manager does for a dialog that opens (offscreen has none)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, widget.rect().center())
    assert QApplication.focusWidget() is widget
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _click_ok(dialog) -> None:
    button = dialog.form.knoppen.button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def _bert_saves(second_user, uitgave_id: int, **fields) -> None:
    with second_user("Bert"):
        seen = budget.get_uitgave(uitgave_id)
        with changes.change("Uitgave wijzigen", versies={("Uitgave", uitgave_id): seen.versie}):
            budget.update_uitgave(uitgave_id, **fields)


def _open_first_expense(qtbot, window):
    tab = window.budget_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.wait(1)
    view = tab.table
    index = view.model().index(0, 0)
    row = view.model().row_for_index(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.visualRect(index).center())
    qtbot.wait(1)
    button = tab.edit_expense_button
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, button.rect().center())
    return row


def test_ok_after_a_refusal_keeps_the_other_users_fields_that_were_not_touched(demo_window, qtbot, monkeypatch,
                                                                                second_user):
    monkeypatch.setattr(QMessageBox, "exec", REAL_MESSAGEBOX_EXEC)
    monkeypatch.setattr(QDialog, "exec", REAL_DIALOG_EXEC)  # answered by the timers below, by events
    audit.set_current_user("Anna")
    seen = {}

    def in_dialog(dialog):
        seen["id"] = dialog.row_id
        seen["before"] = budget.get_uitgave(dialog.row_id)
        _type_into(qtbot, dialog.form.bedrag_cents, "12,34")
        _bert_saves(second_user, seen["id"], leverancier="Bouwmarkt Bert", omschrijving="Door Bert hernoemd")
        _when(_modal(QMessageBox), after_refusal)
        _click_ok(dialog)  # refused: Bert was first

    def after_refusal(box):
        seen["message"] = box.text()
        _when(_modal(UitgaveDialog), second_ok)
        QTest.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    def second_ok(dialog):
        seen["shown"] = (dialog.form.leverancier.text(), dialog.form.omschrijving.text(),
                         dialog.form.bedrag_cents.text())
        _click_ok(dialog)  # now knowingly: her amount over Bert's version

    _when(_modal(UitgaveDialog), in_dialog)
    row = _open_first_expense(qtbot, demo_window)
    assert row is not None and seen["id"] == row.id

    stored = budget.get_uitgave(row.id)
    assert (stored.leverancier, stored.omschrijving) == ("Bouwmarkt Bert", "Door Bert hernoemd")  # not undone
    assert Decimal(stored.bedrag_cents) / 100 == Decimal("12.34")  # and Anna's amount saved
    assert stored.factuurnummer == seen["before"].factuurnummer
    assert seen["shown"] == ("Bouwmarkt Bert", "Door Bert hernoemd", "12,34")
    assert "Bert" in seen["message"]
    assert "Leverancier" in seen["message"] and "Omschrijving" in seen["message"]


def test_a_field_changed_by_both_keeps_what_was_typed_and_is_named(demo_window, qtbot, monkeypatch, second_user):
    monkeypatch.setattr(QMessageBox, "exec", REAL_MESSAGEBOX_EXEC)
    monkeypatch.setattr(QDialog, "exec", REAL_DIALOG_EXEC)  # answered by the timers below, by events
    audit.set_current_user("Anna")
    seen = {}

    def in_dialog(dialog):
        seen["id"] = dialog.row_id
        _type_into(qtbot, dialog.form.leverancier, "Tuincentrum Anna")
        _bert_saves(second_user, dialog.row_id, leverancier="Bouwmarkt Bert", factuurnummer="B-77")
        _when(_modal(QMessageBox), after_refusal)
        _click_ok(dialog)

    def after_refusal(box):
        seen["message"] = box.text()
        _when(_modal(UitgaveDialog), second_ok)
        QTest.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    def second_ok(dialog):
        seen["shown"] = (dialog.form.leverancier.text(), dialog.form.factuurnummer.text())
        _click_ok(dialog)

    _when(_modal(UitgaveDialog), in_dialog)
    _open_first_expense(qtbot, demo_window)

    stored = budget.get_uitgave(seen["id"])
    assert (stored.leverancier, stored.factuurnummer) == ("Tuincentrum Anna", "B-77")
    assert seen["shown"] == ("Tuincentrum Anna", "B-77")
    assert "Door u allebei gewijzigd" in seen["message"] and "Leverancier" in seen["message"]
