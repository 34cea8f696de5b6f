"""Two users edit the same idea (issue 15 point 2), driven by events.

Anna works in the window; Bert saves the same idea from a second connection to the database (what his
own WijkDesk on the shared database does). Anna's save, typed into the pane from the version she saw,
is refused with a Dutch message naming Bert and the time; the pane and the list show Bert's version;
what Anna typed is in the message and can be copied or saved on top, knowingly. The database is read
afterwards.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from wijkdesk.services import audit, changes, ideeen
from wijkdesk.store.models import AuditLog, Idee

from .events import click_row

REAL_MESSAGEBOX_EXEC = QMessageBox.exec


def click(qtbot, widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, widget.rect().center())
    qtbot.wait(1)


def answer_conflict(button_name: str, seen: list) -> None:
    """When the conflict message appears: note its text and what the window shows behind it, then press
    the button with the mouse. Polls, because the message is modal (it opens inside the save)."""
    def poll(tries=[0]):  # noqa: B006 (a counter shared by the retries)
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            tries[0] += 1
            if tries[0] < 1000:
                QTimer.singleShot(10, poll)
            return
        seen.append(box.text())
        button = box.findChild(QPushButton, button_name)
        if button is None:
            box.reject()
            return
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, poll)


def retype(qtbot, widget, text: str) -> None:
    """Click the field, select what is there, type over it and leave with Tab (the autosave)."""
    window = widget.window()
    if QApplication.activeWindow() is not window:
        # What the window manager does when a modal message closes (the offscreen platform has none).
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    click(qtbot, widget)
    assert QApplication.focusWidget() is widget
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.wait(1)


def bert_renames(second_user, idee_id: int, titel: str) -> None:
    with second_user("Bert"):
        bert_sees = ideeen.get_idee(idee_id)
        with changes.change("Idee wijzigen", versies={("Idee", idee_id): bert_sees.versie}):
            ideeen.update_idee(idee_id, titel=titel)


def test_second_save_shows_who_changed_the_idea_and_the_fresh_row(demo_window, qtbot, monkeypatch, second_user,
                                                                    settle):
    monkeypatch.setattr(QMessageBox, "exec", REAL_MESSAGEBOX_EXEC)
    audit.set_current_user("Anna")
    try:
        window = demo_window
        tab = window.ideeen_tab
        window.tabs.setCurrentWidget(tab)
        qtbot.wait(1)
        click_row(qtbot, tab.table, 1)
        idee_id = tab.pane.row_id
        titel = tab.pane.form.titel
        assert titel.text() == Idee.get_by_id(idee_id).titel

        # Bert saves first, from his own connection; Anna's window still shows the old title.
        settle()
        bert_renames(second_user, idee_id, "Bankjes bij de vijver")
        assert titel.text() != "Bankjes bij de vijver"

        seen: list[str] = []
        answer_conflict("houden", seen)
        retype(qtbot, titel, "Bankjes op het plein")
        assert len(seen) == 1, "the conflict message was shown once"
        bert = AuditLog.select().where(AuditLog.gebruiker == "Bert").order_by(AuditLog.id.desc()).get()
        assert "gewijzigd door Bert" in seen[0] and f"om {bert.tijd:%H:%M}" in seen[0]
        assert "Bankjes op het plein" in seen[0], "what Anna typed is kept in the message"
        # Nothing of Anna's was saved; the pane and the list show Bert's version.
        assert Idee.get_by_id(idee_id).titel == "Bankjes bij de vijver"
        assert titel.text() == "Bankjes bij de vijver"
        row = tab.model.position_of(idee_id)
        assert tab.model.index(row, 1).data() == "Bankjes bij de vijver"
        assert not AuditLog.select().where((AuditLog.gebruiker == "Anna") & (AuditLog.rij_uuid ==
                                                                             Idee.get_by_id(idee_id).uuid)).exists()

        # From the fresh version Anna's next save simply goes through (no message).
        retype(qtbot, titel, "Bankjes bij de vijver en het plein")
        assert len(seen) == 1
        assert Idee.get_by_id(idee_id).titel == "Bankjes bij de vijver en het plein"

        # Bert again; this time Anna keeps her own text, knowingly, on top of his.
        bert_renames(second_user, idee_id, "Drie bankjes")
        answer_conflict("toch_opslaan", seen)
        retype(qtbot, titel, "Vier bankjes")
        assert len(seen) == 2 and "Vier bankjes" in seen[1]
        assert Idee.get_by_id(idee_id).titel == "Vier bankjes"
        assert titel.text() == "Vier bankjes"
        # ... and her saves after that need no message either.
        retype(qtbot, titel, "Vier bankjes!")
        assert len(seen) == 2
        assert Idee.get_by_id(idee_id).titel == "Vier bankjes!"
        # Undo (Ctrl+Z) still works on her own steps.
        click_row(qtbot, tab.table, tab.model.position_of(idee_id))
        qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(1)
        assert Idee.get_by_id(idee_id).titel == "Vier bankjes"
    finally:
        audit.set_current_user(None)


def test_expense_dialog_names_who_saved_first_and_keeps_the_typed_input(demo_window, qtbot, dialogs, second_user,
                                                                         settle):
    """A dialog (here: an expense) is refused the same way; OK again saves the typed input knowingly."""
    from PySide6.QtWidgets import QDialogButtonBox

    from wijkdesk.services import budget
    from wijkdesk.store.models import Uitgave
    from wijkdesk.views.tabs.budget_tab import UitgaveDialog

    window = demo_window
    tab = window.budget_tab
    window.tabs.setCurrentWidget(tab)
    settle()
    click_row(qtbot, tab.table, 0)
    uitgave_id = tab.table.model().row(0).id
    before = Uitgave.get_by_id(uitgave_id)
    seen = {}

    def fill(dialog):
        # Bert saves the same expense (another supplier) while Anna's dialog is open.
        settle()
        with second_user("Bert"):
            with changes.change("Uitgave wijzigen", versies={("Uitgave", uitgave_id): before.versie}):
                budget.update_uitgave(uitgave_id, leverancier="Gamma Deventer")
        dialog.form.omschrijving.selectAll()
        qtbot.keyClicks(dialog.form.omschrijving, "Verf en kwasten")
        ok = dialog.form.knoppen.button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
        seen["open after the refusal"] = dialog.isVisible()
        seen["stored after the refusal"] = Uitgave.get_by_id(uitgave_id).omschrijving
        seen["typed after the refusal"] = dialog.form.omschrijving.text()
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)  # knowingly over Bert's version

    dialogs.answer(UitgaveDialog, fill)
    tab.edit_expense()
    assert len(dialogs.warnings) == 1 and "gewijzigd door Bert" in dialogs.warnings[0]
    assert "leverancier" in dialogs.warnings[0]
    assert seen == {"open after the refusal": True, "stored after the refusal": before.omschrijving,
                    "typed after the refusal": "Verf en kwasten"}
    after = Uitgave.get_by_id(uitgave_id)
    assert after.omschrijving == "Verf en kwasten"
    assert after.versie == before.versie + 2  # Bert's save, then Anna's


def test_delete_of_an_idea_changed_meanwhile_is_refused_and_shows_it(demo_window, qtbot, dialogs, second_user,
                                                                       settle):
    """Del on an idea someone else changed after the pane showed it: refused, the pane shows the change."""
    window = demo_window
    tab = window.ideeen_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.wait(1)
    tab.capture.setFocus()
    qtbot.keyClicks(tab.capture, "Bankjes")  # a new idea, nothing refers to it yet
    qtbot.keyClick(tab.capture, Qt.Key.Key_Return)
    idee_id = Idee.get(Idee.titel == "Bankjes").id
    click_row(qtbot, tab.table, tab.model.position_of(idee_id))
    assert tab.pane.row_id == idee_id
    settle()
    bert_renames(second_user, idee_id, "Bankjes bij de vijver")

    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert len(dialogs.confirmed) == 1
    assert len(dialogs.warnings) == 1 and "gewijzigd door Bert" in dialogs.warnings[0]
    assert Idee.get_or_none(Idee.id == idee_id).titel == "Bankjes bij de vijver"
    assert tab.pane.form.titel.text() == "Bankjes bij de vijver"

    # Seen now: Del again deletes it.
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert Idee.get_or_none(Idee.id == idee_id) is None
