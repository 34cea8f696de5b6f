"""Year end in the window, by mouse and keyboard: close 2026, the carry-over in both years' figures, the
closed-year guard, undo, reopen; the year filter of the Ideeën tab; a goal's value reached.

Modal dialogs run for real (exec) and are answered with clicks and keys (with_modal); figures are read
from the widgets after the events, and the database is checked afterwards.
"""
from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from tests.exchange.helpers import cents, sheet_dicts_openpyxl
from wijkdesk.domain.money import format_cents, parse_cents
from wijkdesk.exchange.excel_export import export_workbook
from wijkdesk.exchange.pdf import jaarverslag as jaarverslag_pdf
from wijkdesk.services import jaren
from wijkdesk.store.models import Doel, Idee, Jaarafsluiting, Meedoenbudget, Overheveling, Uitgave, Wijk
from tests.views.test_whole_evening_by_events import (
    REAL_DIALOG_EXEC,
    REAL_MESSAGEBOX_EXEC,
    click,
    click_row,
    click_tab,
    select_all_and_type,
    type_keys,
    with_modal,
)


def _amount(label) -> int:
    return parse_cents(label.text().replace("€", "").strip())


def _set_year(qtbot, window, jaar: int, settle) -> None:
    click(qtbot, window.jaar_spin)
    select_all_and_type(qtbot, str(jaar))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.jaar_spin.value() == jaar
    settle()


def _ok(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    click(qtbot, box.button(QDialogButtonBox.StandardButton.Ok))


def test_close_2026_carries_the_remaining_money_into_2027_in_the_figures(demo_window, qtbot, monkeypatch, settle,
                                                                         tmp_path):
    """The issue's test: 2026 closed with money left; its "resterend" is 2027's carry-over in the window's
    figures, in the finance workbook and in the jaarverslag."""
    monkeypatch.setattr(QDialog, "exec", REAL_DIALOG_EXEC)
    monkeypatch.setattr(QMessageBox, "exec", REAL_MESSAGEBOX_EXEC)
    window = demo_window
    wijk = Wijk.get_by_id(window.context.wijk_id)
    tab = window.budget_tab
    form = tab.summary_form
    click_tab(qtbot, window.tabs, tab)
    settle()
    left_2026 = _amount(form.resterend_bedrag)
    assert left_2026 > 0, "the demo leaves money in Keizerslanden 2026"
    assert Meedoenbudget.get_or_none((Meedoenbudget.wijk == wijk) & (Meedoenbudget.jaar == 2027)) is None
    assert form.jaar_knop.text() == "Jaar afsluiten…"

    def close_it(dialog):
        assert format_cents(left_2026) in dialog.overhevelen.text()
        click(qtbot, dialog.reden_overheveling)
        assert QApplication.focusWidget() is dialog.reden_overheveling
        select_all_and_type(qtbot, "Over van 2026, naar het speelveld")
        _ok(qtbot, dialog)

    with_modal(qtbot, lambda: click(qtbot, form.jaar_knop), close_it)
    settle()

    carry = Overheveling.get()
    assert carry.bedrag_cents == left_2026 and carry.reden == "Over van 2026, naar het speelveld"
    assert (carry.van_budget.jaar, carry.naar_budget.jaar) == (2026, 2027)
    assert Jaarafsluiting.get().jaar == 2026
    # 2026: nothing left any more, the carry-out shown under the figures; the button now reopens.
    assert form.resterend_bedrag.text() == format_cents(0)
    assert f"Overgeheveld naar 2027: <b>{format_cents(left_2026)}</b>" in form.overheveling.text()
    assert "afgesloten" in form.overheveling.text() and form.jaar_knop.text() == "Heropenen…"
    assert format_cents(0) in window.remaining_text()

    # 2027: the 2026 "resterend" arrives as carry-over, and is what is left there.
    _set_year(qtbot, window, 2027, settle)
    assert f"Overgeheveld uit 2026: <b>{format_cents(left_2026)}</b>" in form.overheveling.text()
    assert _amount(form.resterend_bedrag) == left_2026
    assert format_cents(left_2026) in window.remaining_text()

    # The finance workbook (the export the window and the command line run) and the jaarverslag PDF say the same.
    workbook = tmp_path / "financien.xlsx"
    export_workbook(workbook, wijk=wijk.naam)
    overzicht = {int(r["Jaar"]): r for r in sheet_dicts_openpyxl(workbook, "Overzicht")}
    assert cents(overzicht[2026]["Naar volgend jaar"]) == left_2026 and cents(overzicht[2026]["Resterend"]) == 0
    assert cents(overzicht[2027]["Uit vorig jaar"]) == left_2026 == cents(overzicht[2027]["Resterend"])
    carries = sheet_dicts_openpyxl(workbook, "Overhevelingen")
    assert [(int(r["Van jaar"]), int(r["Naar jaar"]), cents(r["Bedrag"])) for r in carries] == [(2026, 2027, left_2026)]
    for jaar, line in ((2026, f"Overgeheveld naar 2027 (eraf) {format_cents(left_2026)}"),
                       (2027, f"Overgeheveld uit 2026 (erbij) {format_cents(left_2026)}")):
        pdf = tmp_path / f"jaarverslag-{jaar}.pdf"
        jaarverslag_pdf.make(pdf, jaar, wijk.naam)
        text = " ".join(subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        assert line in text, (jaar, line)

    # Back in 2026: a new expense there asks for a reason (the year is closed); cancelling writes nothing.
    _set_year(qtbot, window, 2026, settle)
    expenses = Uitgave.select().count()

    def new_expense(dialog):
        click(qtbot, dialog.form.omschrijving)
        type_keys(qtbot, "Late bon")
        click(qtbot, dialog.form.bedrag_cents)
        type_keys(qtbot, "12,50")
        # OK opens the reason dialog (a nested modal): answer it with Cancel, then close this one.
        asked = {}

        def refuse(reason_dialog):
            asked["text"] = reason_dialog.form.melding.text()
            box = reason_dialog.findChild(QDialogButtonBox)
            click(qtbot, box.button(QDialogButtonBox.StandardButton.Cancel))

        with_modal(qtbot, lambda: _ok(qtbot, dialog), refuse)
        assert "afgesloten" in asked["text"] and "reden" in asked["text"]
        dialog.reject()

    with_modal(qtbot, lambda: click(qtbot, tab.new_expense_button), new_expense)
    assert Uitgave.select().count() == expenses

    # Ctrl+Z undoes the whole year end; Ctrl+Y makes it again.
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert Jaarafsluiting.select().count() == 0 and Overheveling.select().count() == 0
    assert _amount(form.resterend_bedrag) == left_2026
    qtbot.keyClick(tab.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert Overheveling.get().bedrag_cents == left_2026

    # Reopening asks why; the money comes back to 2026.
    def reopen(dialog):
        _ok(qtbot, dialog)  # without a reason: refused in the dialog, which stays open
        assert "reden" in dialog.fout.text().lower() and dialog.isVisible()
        click(qtbot, dialog.reden)
        type_keys(qtbot, "Bon van december vergeten")
        _ok(qtbot, dialog)

    with_modal(qtbot, lambda: click(qtbot, form.jaar_knop), reopen)
    settle()
    closing = Jaarafsluiting.get()
    assert closing.heropend_op is not None and closing.heropend_reden == "Bon van december vergeten"
    assert Overheveling.select().count() == 0
    assert _amount(form.resterend_bedrag) == left_2026
    assert form.jaar_knop.text() == "Jaar afsluiten…"


def test_ideas_tab_follows_the_year_and_a_capture_stays_in_it(demo_window, qtbot, settle):
    window = demo_window
    wijk_id = window.context.wijk_id
    tab = window.ideeen_tab
    click_tab(qtbot, window.tabs, tab)
    _set_year(qtbot, window, 2025, settle)
    tab.model.fetch_all()
    shown = {r.id for r in tab.model.rows()}
    expected = {i.id for i in Idee.select().where(Idee.wijk == wijk_id) if jaren.jaar_van_idee(i) == 2025}
    assert expected and shown == expected
    click(qtbot, tab.capture)
    type_keys(qtbot, "Bankje bij de vijver", enter=True)
    idee = Idee.get(Idee.titel == "Bankje bij de vijver")
    assert jaren.jaar_van_idee(idee) == 2025
    assert idee.id in {r.id for r in tab.model.rows()}
    _set_year(qtbot, window, 2026, settle)
    tab.model.fetch_all()
    assert idee.id not in {r.id for r in tab.model.rows()}


def test_goal_value_reached_is_typed_in_the_pane_and_shown_in_the_list(demo_window, qtbot):
    window = demo_window
    tab = window.doelen_tab
    click_tab(qtbot, window.tabs, tab)
    click_row(qtbot, tab.table, 0)
    doel_id = tab.current_row().id
    click(qtbot, tab.pane.form.bereikt_waarde)
    assert QApplication.focusWidget() is tab.pane.form.bereikt_waarde
    select_all_and_type(qtbot, "2 bankjes geplaatst")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert Doel.get_by_id(doel_id).bereikt_waarde == "2 bankjes geplaatst"
    position = tab.model.position_of(doel_id)
    assert tab.model.data(tab.model.index(position, tab.model.BEREIKT)) == "2 bankjes geplaatst"


def test_enter_in_the_reason_does_not_close_the_year(demo_window, qtbot, monkeypatch, settle):
    """Found clicking through the window: the cursor starts in the reason of the carry-over, and Enter
    there pressed 'Jaar afsluiten' at once. Now Enter does nothing; the button itself, clicked, closes."""
    monkeypatch.setattr(QDialog, "exec", REAL_DIALOG_EXEC)
    window = demo_window
    form = window.budget_tab.summary_form
    click_tab(qtbot, window.tabs, window.budget_tab)
    settle()
    seen = {}

    def enter_then_click(dialog):
        click(qtbot, dialog.reden_overheveling)
        assert QApplication.focusWidget() is dialog.reden_overheveling
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            qtbot.keyClick(dialog.reden_overheveling, key)
            seen["open after Enter"] = dialog.isVisible()
            seen["closed after Enter"] = Jaarafsluiting.select().count()
            if not dialog.isVisible():
                return
        _ok(qtbot, dialog)

    with_modal(qtbot, lambda: click(qtbot, form.jaar_knop), enter_then_click)
    settle()
    assert seen == {"open after Enter": True, "closed after Enter": 0}
    assert Jaarafsluiting.get().jaar == 2026
