"""The grant dialog's page Aanvraag by events: dates, plan and budget lines typed with the keyboard, the
warnings pointing at their lines, the deadline in red, OK, undo with Ctrl+Z, a bad line refused on its page,
'Aanvraag afdrukken' from the Budget tab, and the dialog fitting 1024x768 with a long begroting."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from tests.views.events import settle as let_events_run
from wijkdesk.services import aanvraag, budget
from wijkdesk.services.aanvraag import RegelInvoer
from wijkdesk.store.models import AuditLog, Begrotingsregel, Toekenning
from wijkdesk.views.tabs.base import select_id
from wijkdesk.views.tabs.budget_tab import ToekenningDialog


def click(qtbot, widget, pos=None) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     pos if pos is not None else widget.rect().center())
    qtbot.wait(1)


# Each key is followed by a turn of the event loop, as between a person's keystrokes: the table's cell
# editors are closed and opened through queued events.
def type_in_focus(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.wait(1)


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)
    qtbot.wait(1)


def to_page(qtbot, dialog, page) -> None:
    bar = dialog.form.tabs.tabBar()
    click(qtbot, bar, bar.tabRect(dialog.form.tabs.indexOf(page)).center())
    assert dialog.form.tabs.currentWidget() is page


def click_ok(qtbot, dialog) -> None:
    click(qtbot, dialog.form.knoppen.button(QDialogButtonBox.StandardButton.Ok))


def _tab(window):
    window.tabs.setCurrentWidget(window.budget_tab)
    return window.budget_tab


def _type_line(qtbot, omschrijving, soort, bedrag) -> None:
    """Insert: a new line whose description is being edited; Tab to the next cells; Enter ends the amount."""
    key(qtbot, Qt.Key.Key_Insert)
    type_in_focus(qtbot, omschrijving)
    key(qtbot, Qt.Key.Key_Tab)
    type_in_focus(qtbot, soort)
    key(qtbot, Qt.Key.Key_Tab)
    type_in_focus(qtbot, bedrag)
    key(qtbot, Qt.Key.Key_Return)


def test_a_new_request_typed_with_its_lines_warnings_deadline_then_undo(demo_window, qtbot, dialogs):
    window = demo_window
    tab = _tab(window)
    seen = {}

    def fill(dialog: ToekenningDialog):
        let_events_run(qtbot)  # the layout and paint the step left for later, no fixed time
        click(qtbot, dialog.form.omschrijving)
        type_in_focus(qtbot, "Buurtfeest Zandweerd")
        click(qtbot, dialog.form.bedrag_cents)
        type_in_focus(qtbot, "325,50")
        click(qtbot, dialog.form.zaaknummer)
        type_in_focus(qtbot, "Z-2026-0042")
        assert dialog.form.besluitdatum.text() == ""  # a new request is not decided yet: no date filled in
        to_page(qtbot, dialog, dialog.form.aanvraag_pagina)
        click(qtbot, dialog.form.aanvraag_ontvangen_op)
        type_in_focus(qtbot, "20-4-26")
        key(qtbot, Qt.Key.Key_Tab)
        type_in_focus(qtbot, "30-4-26")
        key(qtbot, Qt.Key.Key_Tab)
        type_in_focus(qtbot, "30-04-2026")
        key(qtbot, Qt.Key.Key_Tab)
        key(qtbot, Qt.Key.Key_Tab)  # past the wijkteam's advice: not needed below EUR 1,000
        assert QApplication.focusWidget() is dialog.form.activiteitenplan
        type_in_focus(qtbot, "Een middag voor de hele straat")
        _type_line(qtbot, "Koffie en taart", "", "45")
        _type_line(qtbot, "Muziek", "buurtfeest", "200")
        _type_line(qtbot, "Tenten", "buurtfeest", "80,5")
        let_events_run(qtbot)  # the layout and paint the step left for later, no fixed time
        table = dialog.form.begroting
        seen["dates"] = dialog.form.aanvraag_ontvangen_op.text()
        seen["cells"] = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
        seen["total"] = dialog.form.begroting_totaal.text()
        lijst = dialog.form.regel_waarschuwingen
        seen["line_warnings"] = [lijst.item(i).text() for i in range(lijst.count())]
        seen["red_rows"] = [r for r in range(table.rowCount())
                            if table.item(r, 0).background().color().name() == "#ffe3e3"]
        seen["term"] = dialog.form.beslistermijn.text()
        seen["term_style"] = dialog.form.beslistermijn.styleSheet()
        seen["summary"] = dialog.form.waarschuwingen.text()
        click_ok(qtbot, dialog)

    dialogs.answer(ToekenningDialog, fill)
    click(qtbot, tab.new_grant_button)
    assert seen["dates"] == "20-04-2026"  # normalised when the field was left
    assert seen["cells"] == [["Koffie en taart", "", "45,00"], ["Muziek", "buurtfeest", "200,00"],
                             ["Tenten", "buurtfeest", "80,50"]]
    assert seen["total"] == "Totaal: € 325,50"
    assert [w.split(":")[0] for w in seen["line_warnings"]] == ["Regel 1 (Koffie en taart)", "Regel 3 (Tenten)"]
    assert seen["red_rows"] == [0, 2]
    # 20-04-2026 + 10 working days = 05-05-2026 (Koningsdag skipped); passed, and no decision date.
    assert "Termijn verstreken" in seen["term"] and "05-05-2026" in seen["term"] and "Koningsdag" in seen["term"]
    assert "#b00020" in seen["term_style"]
    assert "14 dagen" in seen["summary"] and "regel 1, 3" in seen["summary"]

    grant = Toekenning.get(Toekenning.zaaknummer == "Z-2026-0042")
    assert (grant.aanvraag_ontvangen_op, grant.activiteit_startdatum, grant.activiteit_einddatum) == (
        dt.date(2026, 4, 20), dt.date(2026, 4, 30), dt.date(2026, 4, 30))
    assert grant.activiteitenplan == "Een middag voor de hele straat" and grant.besluitdatum is None
    assert [(r.volgorde, r.omschrijving, r.soort, r.bedrag_cents) for r in aanvraag.regels(grant)] == [
        (1, "Koffie en taart", "", 4_500), (2, "Muziek", "buurtfeest", 20_000), (3, "Tenten", "buurtfeest", 8_050)]
    assert aanvraag.termijn_verstreken(grant)

    # One Ctrl+Z takes back the grant with its lines.
    tab.grant_table.setFocus()
    qtbot.keyClick(tab.grant_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Toekenning.get_or_none(Toekenning.id == grant.id) is None
    assert Begrotingsregel.select().where(Begrotingsregel.toekenning == grant.id).count() == 0


def _demo_grant_with_lines(window):
    from wijkdesk.store.models import Meedoenbudget

    grant = (Toekenning.select().join(Meedoenbudget)
             .where((Meedoenbudget.wijk == window.context.wijk_id) & (Meedoenbudget.jaar == window.context.jaar))
             .order_by(Toekenning.id).first())
    lines = [RegelInvoer("Zaalhuur", "huur", "150,00"), RegelInvoer("Snoep voor de kinderen", "", "20,00"),
             RegelInvoer("Flyers", "drukwerk", "30,00")]
    aanvraag.save_aanvraag(grant.id, None, None, grant.bedrag_cents, {"aanvraag_ontvangen_op": "02-11-2026"}, lines)
    window.context.notify(frozenset({"toekenning"}))
    return budget.get_toekenning(grant.id)


def _open_grant(qtbot, tab, grant) -> None:
    tab.refresh()
    select_id(tab.grant_table, grant.id)
    index = tab.grant_table.currentIndex()
    click(qtbot, tab.grant_table.viewport(), tab.grant_table.visualRect(index.siblingAtColumn(0)).center())
    click(qtbot, tab.edit_grant_button)


def test_removing_a_line_with_ctrl_delete_then_undo(demo_window, qtbot, dialogs):
    window = demo_window
    tab = _tab(window)
    grant = _demo_grant_with_lines(window)
    ids = [r.id for r in aanvraag.regels(grant)]
    removed_uuid = aanvraag.regels(grant)[1].uuid
    seen = {}

    def fill(dialog: ToekenningDialog):
        let_events_run(qtbot)  # the layout and paint the step left for later, no fixed time
        to_page(qtbot, dialog, dialog.form.aanvraag_pagina)
        table = dialog.form.begroting
        seen["warned"] = [dialog.form.regel_waarschuwingen.item(i).text()
                          for i in range(dialog.form.regel_waarschuwingen.count())]
        click(qtbot, table.viewport(), table.visualRect(table.model().index(1, 0)).center())
        key(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
        seen["rows"] = [table.item(r, 0).text() for r in range(table.rowCount())]
        click_ok(qtbot, dialog)

    dialogs.answer(ToekenningDialog, fill)
    _open_grant(qtbot, tab, grant)
    assert seen["warned"] and seen["warned"][0].startswith("Regel 2 (Snoep voor de kinderen): ")
    assert seen["rows"] == ["Zaalhuur", "Flyers"]
    now = aanvraag.regels(grant)
    assert [(r.id, r.volgorde, r.omschrijving) for r in now] == [(ids[0], 1, "Zaalhuur"), (ids[2], 2, "Flyers")]
    assert AuditLog.select().where((AuditLog.rij_uuid == removed_uuid) & (AuditLog.actie == "verwijderd")).count() == 1

    tab.grant_table.setFocus()
    qtbot.keyClick(tab.grant_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r.omschrijving for r in aanvraag.regels(grant)] == ["Zaalhuur", "Snoep voor de kinderen", "Flyers"]


def test_a_bad_amount_is_refused_on_its_page_and_nothing_is_saved(demo_window, qtbot, dialogs):
    window = demo_window
    tab = _tab(window)
    grant = _demo_grant_with_lines(window)
    before = [(r.id, r.omschrijving, r.bedrag_cents) for r in aanvraag.regels(grant)]
    seen = {}

    def fill(dialog: ToekenningDialog):
        let_events_run(qtbot)  # the layout and paint the step left for later, no fixed time
        to_page(qtbot, dialog, dialog.form.aanvraag_pagina)
        dialog.form.begroting.setFocus()
        _type_line(qtbot, "Geluid", "huur", "tien euro")
        to_page(qtbot, dialog, dialog.form.toekenning_pagina)
        click_ok(qtbot, dialog)
        seen["open"] = dialog.isVisible()
        seen["page"] = dialog.form.tabs.currentWidget() is dialog.form.aanvraag_pagina
        seen["error"] = dialog.form.begroting_fout.text()
        seen["focus"] = QApplication.focusWidget() is dialog.form.begroting
        dialog.reject()

    dialogs.answer(ToekenningDialog, fill)
    _open_grant(qtbot, tab, grant)
    assert seen["open"] and seen["page"] and seen["focus"]
    assert seen["error"].startswith("Regel 4 van de begroting: bedrag")
    assert [(r.id, r.omschrijving, r.bedrag_cents) for r in aanvraag.regels(grant)] == before


def test_print_the_request_from_the_budget_tab(demo_window, qtbot, monkeypatch, tmp_path):
    import subprocess

    window = demo_window
    tab = _tab(window)
    grant = _demo_grant_with_lines(window)
    target = tmp_path / "aanvraag.pdf"
    asked = {}

    def save_name(parent, title, start, pattern):
        asked["start"] = start
        return str(target), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    tab.refresh()
    select_id(tab.grant_table, grant.id)
    index = tab.grant_table.currentIndex()
    click(qtbot, tab.grant_table.viewport(), tab.grant_table.visualRect(index.siblingAtColumn(0)).center())
    click(qtbot, tab.print_grant_button)
    # Named after the case number; its slashes (Z/26/...) cannot be in a file name.
    assert asked["start"].endswith("aanvraag-" + grant.zaaknummer.replace("/", "-") + ".pdf")
    text = subprocess.run(["pdftotext", "-raw", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Aanvraag Meedoenbudget" in text and "Snoep voor de kinderen" in text and "Zaalhuur" in text


def test_the_dialog_fits_1024x768_with_a_long_begroting(demo_window, qtbot, dialogs):
    window = demo_window
    tab = _tab(window)
    grant = _demo_grant_with_lines(window)
    many = [RegelInvoer(f"Post {n} met een wat langere omschrijving", "huur", "10,00") for n in range(40)]
    aanvraag.save_aanvraag(grant.id, None, None, grant.bedrag_cents,
                           {"aanvraag_ontvangen_op": "02-11-2026", "activiteitenplan": "Plan\n" * 30}, many)
    seen = {}

    def fill(dialog: ToekenningDialog):
        let_events_run(qtbot)  # the layout and paint the step left for later, no fixed time
        to_page(qtbot, dialog, dialog.form.aanvraag_pagina)
        seen["size"] = (dialog.frameGeometry().width(), dialog.frameGeometry().height())
        seen["hint"] = (dialog.sizeHint().width(), dialog.sizeHint().height())
        seen["rows"] = dialog.form.begroting.rowCount()
        dialog.reject()

    dialogs.answer(ToekenningDialog, fill)
    _open_grant(qtbot, tab, grant)
    assert seen["rows"] == 40
    # Room for a title bar and a taskbar: at most 1024 x 720.
    assert seen["size"][0] <= 1024 and seen["size"][1] <= 720, seen
    assert seen["hint"][1] <= 720, seen


def test_print_from_the_dialog_saves_first_when_asked(demo_window, qtbot, dialogs, monkeypatch, tmp_path):
    import subprocess

    window = demo_window
    tab = _tab(window)
    target = tmp_path / "uit-dialoog.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "PDF (*.pdf)")))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    seen = {}

    def fill(dialog: ToekenningDialog):
        let_events_run(qtbot)  # the layout and paint the step left for later, no fixed time
        click(qtbot, dialog.form.omschrijving)
        type_in_focus(qtbot, "Straatspeeldag")
        click(qtbot, dialog.form.bedrag_cents)
        type_in_focus(qtbot, "60")
        to_page(qtbot, dialog, dialog.form.aanvraag_pagina)
        click(qtbot, dialog.form.regel_toevoegen)
        type_in_focus(qtbot, "Stoepkrijt")
        key(qtbot, Qt.Key.Key_Tab)
        key(qtbot, Qt.Key.Key_Tab)
        type_in_focus(qtbot, "60")
        key(qtbot, Qt.Key.Key_Return)
        click(qtbot, dialog.print_button)
        seen["open"] = dialog.isVisible()
        seen["title"] = dialog.windowTitle()
        click(qtbot, dialog.form.knoppen.button(QDialogButtonBox.StandardButton.Cancel))

    dialogs.answer(ToekenningDialog, fill)
    click(qtbot, tab.new_grant_button)
    assert dialogs.confirmed and "Eerst opslaan" in dialogs.confirmed[0]
    assert seen["open"] and seen["title"] == "Toekenning wijzigen"
    grant = Toekenning.get(Toekenning.omschrijving == "Straatspeeldag")  # saved, although the dialog was cancelled
    assert [(r.omschrijving, r.bedrag_cents) for r in aanvraag.regels(grant)] == [("Stoepkrijt", 6_000)]
    text = subprocess.run(["pdftotext", "-raw", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Straatspeeldag" in text and "Stoepkrijt" in text


def test_the_decision_term_is_set_in_the_settings_for_the_wijk_and_year(demo_window, qtbot, dialogs):
    from wijkdesk.services import instellingen
    from wijkdesk.views.settings_dialog import SettingsDialog

    wijk_id = demo_window.context.wijk_id

    def set_term(dialog):
        let_events_run(qtbot)  # the layout and paint the step left for later, no fixed time
        spin = dialog.form.beslistermijn_werkdagen
        assert spin.value() == 10
        click(qtbot, spin)
        key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_in_focus(qtbot, "5")
        click_ok(qtbot, dialog)

    dialogs.answer(SettingsDialog, set_term)
    demo_window.settings_action.trigger()
    assert instellingen.budget_rules(wijk_id, 2026).beslistermijn_werkdagen == 5
    assert instellingen.budget_rules(wijk_id, 2025).beslistermijn_werkdagen == 10


def test_a_grant_past_its_decision_deadline_is_red_in_the_list_until_decided(demo_window, qtbot, dialogs):
    from wijkdesk.views.models import PROBLEM_TEXT, ToekenningenModel

    window = demo_window
    tab = _tab(window)
    grant = _demo_grant_with_lines(window)
    # Received six weeks ago, no decision: ten working days are past whatever the calendar says.
    # Its activity ends ahead, so its verantwoording is not late (that would keep it red after the decision).
    budget.update_toekenning(grant.id, besluitdatum="", aanvraag_ontvangen_op=dt.date.today() - dt.timedelta(weeks=6),
                             activiteit_einddatum=dt.date.today() + dt.timedelta(weeks=8))
    tab.refresh()
    model = tab.grants
    index = model.index(model.position_of(grant.id), ToekenningenModel.OMSCHRIJVING)
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) == PROBLEM_TEXT
    assert model.data(index, Qt.ItemDataRole.ToolTipRole).startswith("Termijn verstreken: beslissen uiterlijk ")

    def decide(dialog: ToekenningDialog):
        let_events_run(qtbot)  # the layout and paint the step left for later, no fixed time
        click(qtbot, dialog.form.besluitdatum)
        type_in_focus(qtbot, dt.date.today().strftime("%d-%m-%Y"))
        click_ok(qtbot, dialog)

    dialogs.answer(ToekenningDialog, decide)
    _open_grant(qtbot, tab, grant)
    assert budget.get_toekenning(grant.id).besluitdatum == dt.date.today()
    index = model.index(model.position_of(grant.id), ToekenningenModel.OMSCHRIJVING)
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) != PROBLEM_TEXT


def test_a_line_of_the_kind_consumpties_is_warned_about(demo_window, qtbot, dialogs):
    """Found by hand: a line 'Limonade en chips' with soort 'consumpties' got no warning at all, though the
    Meedoenbudget pays no consumpties: the soort was never checked and the plural did not match 'consumptie'."""
    window = demo_window
    tab = _tab(window)
    seen = {}

    def fill(dialog: ToekenningDialog):
        let_events_run(qtbot)  # the layout and paint the step left for later, no fixed time
        click(qtbot, dialog.form.omschrijving)
        type_in_focus(qtbot, "Zomerfeest op het plein")
        click(qtbot, dialog.form.bedrag_cents)
        type_in_focus(qtbot, "500")
        to_page(qtbot, dialog, dialog.form.aanvraag_pagina)
        click(qtbot, dialog.form.activiteitenplan)
        type_in_focus(qtbot, "Een middag op het plein")
        _type_line(qtbot, "Springkussen huur", "huur", "350")
        _type_line(qtbot, "Limonade en chips", "consumpties", "150")
        let_events_run(qtbot)  # the layout and paint the step left for later, no fixed time
        lijst = dialog.form.regel_waarschuwingen
        seen["line_warnings"] = [lijst.item(i).text() for i in range(lijst.count())]
        click_ok(qtbot, dialog)

    dialogs.answer(ToekenningDialog, fill)
    click(qtbot, tab.new_grant_button)
    assert [w.split(":")[0] for w in seen["line_warnings"]] == ["Regel 2 (Limonade en chips)"]
    assert "consumpties" in seen["line_warnings"][0]
    grant = Toekenning.get(Toekenning.omschrijving == "Zomerfeest op het plein")
    assert [(r.omschrijving, r.soort) for r in aanvraag.regels(grant)] == [
        ("Springkussen huur", "huur"), ("Limonade en chips", "consumpties")]
    assert any("consumpties" in w.tekst for w in aanvraag.waarschuwingen(grant))
