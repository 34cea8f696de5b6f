"""Defect 7 of issue 9, by events: rule warnings do not move the dialog's controls, a stale error goes when
the field is filled, two-digit years are read as 20xx and typed dates are shown normalised, and a consent
date in the future is refused."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from wijkdesk.domain.dates import parse_date
from wijkdesk.services import groepen
from wijkdesk.services.errors import ValidationError
from wijkdesk.store.models import Doel, Uitgave
from wijkdesk.views.tabs.budget_tab import ToekenningDialog, UitgaveDialog


def click(qtbot, widget, pos=None) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     pos if pos is not None else widget.rect().center())
    qtbot.wait(1)


def test_two_digit_years_are_this_century():
    assert parse_date("1-7-27") == dt.date(2027, 7, 1)
    assert parse_date("31/12/26") == dt.date(2026, 12, 31)
    assert parse_date("01-07-2027") == dt.date(2027, 7, 1)


def test_deadline_typed_short_is_saved_and_shown_normalised(demo_window, qtbot):
    window = demo_window
    tab = window.doelen_tab
    bar = window.tabs.tabBar()
    click(qtbot, bar, bar.tabRect(window.tabs.indexOf(tab)).center())
    click(qtbot, tab.table.viewport(), tab.table.visualRect(tab.model.index(0, 0)).center())
    doel_id = tab.pane.row_id
    deadline = tab.pane.form.deadline
    click(qtbot, deadline)
    assert QApplication.focusWidget() is deadline
    qtbot.keyClick(deadline, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "1-7-27")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert Doel.get_by_id(doel_id).deadline == dt.date(2027, 7, 1)
    assert deadline.text() == "01-07-2027"


def test_consent_date_in_the_future_is_refused(db):
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).strftime("%d-%m-%Y")
    with pytest.raises(ValidationError) as info:
        groepen.create_persoon("Piet Pieters", toestemming_op=tomorrow)
    assert info.value.field == "toestemming_op" and "toekomst" in info.value.message
    assert groepen.create_persoon("Piet Pieters", toestemming_op=dt.date.today()).toestemming_op == dt.date.today()


def test_rule_warnings_do_not_move_the_controls(demo_window, qtbot, dialogs):
    window = demo_window
    window.tabs.setCurrentWidget(window.budget_tab)
    seen = {}

    def fill(dialog: ToekenningDialog):
        ok = dialog.form.knoppen.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.wait(10)
        where = lambda: (ok.mapTo(dialog, ok.rect().topLeft()),  # noqa: E731
                         dialog.form.doel.mapTo(dialog, dialog.form.doel.rect().topLeft()), dialog.height())
        before = where()
        click(qtbot, dialog.form.omschrijving)
        qtbot.keyClicks(QApplication.focusWidget(), "Koffie en taart voor de vrijwilligers")
        qtbot.wait(10)
        seen["warning"] = dialog.form.waarschuwingen.text()
        seen["moved"] = where() != before
        dialog.reject()

    dialogs.answer(ToekenningDialog, fill)
    click(qtbot, window.budget_tab.new_grant_button)
    assert seen["warning"], "the forbidden word gave a warning"
    assert not seen["moved"], "the OK button or the combo box moved when the warning appeared"


def test_a_stale_error_goes_when_the_field_is_filled(demo_window, qtbot, dialogs):
    window = demo_window
    window.tabs.setCurrentWidget(window.budget_tab)
    before = Uitgave.select().count()
    seen = {}

    def fill(dialog: UitgaveDialog):
        ok = dialog.form.knoppen.button(QDialogButtonBox.StandardButton.Ok)
        click(qtbot, dialog.form.bedrag_cents)
        qtbot.keyClicks(QApplication.focusWidget(), "12,50")
        click(qtbot, ok)
        seen["error"] = dialog.form.omschrijving_fout.text()
        seen["shown"] = not dialog.form.omschrijving_fout.isHidden()
        assert QApplication.focusWidget() is dialog.form.omschrijving
        qtbot.keyClicks(QApplication.focusWidget(), "Lijm")
        seen["after"] = not dialog.form.omschrijving_fout.isHidden()
        click(qtbot, dialog.form.datum)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(QApplication.focusWidget(), "3-2-26")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen["datum"] = dialog.form.datum.text()
        click(qtbot, ok)

    dialogs.answer(UitgaveDialog, fill)
    click(qtbot, window.budget_tab.new_expense_button)
    assert seen["shown"] and "verplicht" in seen["error"]
    assert seen["after"] is False, "the 'verplicht' message went away once the field was filled"
    assert seen["datum"] == "03-02-2026"
    assert Uitgave.select().count() == before + 1
    saved = Uitgave.select().order_by(Uitgave.id.desc()).first()
    assert (saved.omschrijving, saved.bedrag_cents, saved.datum) == ("Lijm", 1250, dt.date(2026, 2, 3))


def test_two_wrapped_rule_warnings_move_no_field(demo_window, qtbot, dialogs):
    """Found under Xvfb at 1024x768: two warnings (amount above the advice limit, activity in two days)
    wrap to four lines; the fields above them moved up by a few pixels as the dialog gave up its slack."""
    window = demo_window
    window.tabs.setCurrentWidget(window.budget_tab)
    seen = {}

    def fill(dialog: ToekenningDialog):
        qtbot.wait(10)
        fields = ("omschrijving", "doel", "groep", "activiteit_soort", "bedrag_cents", "zaaknummer",
                  "besluitdatum", "besloten_door", "activiteit_einddatum")
        ok = dialog.form.knoppen.button(QDialogButtonBox.StandardButton.Ok)
        where = lambda: [getattr(dialog.form, f).mapTo(dialog, getattr(dialog.form, f).rect().topLeft())  # noqa: E731
                         for f in fields] + [ok.mapTo(dialog, ok.rect().topLeft()), dialog.height()]
        # The activity's dates are on the page Aanvraag of the dialog: both pages shown once (laid out) first.
        bar = dialog.form.tabs.tabBar()
        aanvraag_tab = bar.tabRect(dialog.form.tabs.indexOf(dialog.form.aanvraag_pagina)).center()
        click(qtbot, bar, aanvraag_tab)
        click(qtbot, bar, bar.tabRect(dialog.form.tabs.indexOf(dialog.form.toekenning_pagina)).center())
        before = where()
        click(qtbot, dialog.form.bedrag_cents)
        qtbot.keyClicks(QApplication.focusWidget(), "5.000")
        click(qtbot, bar, aanvraag_tab)
        click(qtbot, dialog.form.activiteit_einddatum)
        assert QApplication.focusWidget() is dialog.form.activiteit_einddatum
        soon = dt.date.today() + dt.timedelta(days=2)
        qtbot.keyClicks(QApplication.focusWidget(), soon.strftime("%d-%m-%Y"))
        qtbot.wait(10)
        seen["warning"] = dialog.form.waarschuwingen.text()
        seen["moved"] = [(f, b, a) for f, b, a in zip(fields + ("ok", "height"), before, where()) if b != a]
        dialog.reject()

    dialogs.answer(ToekenningDialog, fill)
    click(qtbot, window.budget_tab.new_grant_button)
    assert seen["warning"].count("\n") == 1, seen["warning"]
    assert seen["moved"] == []
