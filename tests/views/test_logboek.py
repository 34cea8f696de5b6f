"""Extra > Logboek: the audit log in the window, filtered by kind, text and date; persons stay redacted."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wijkdesk.services import groepen, ideeen
from wijkdesk.views.logboek_dialog import LogboekDialog, LogboekModel


def _column(dialog, column) -> list[str]:
    model = dialog.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_log_viewer_filters_by_kind_text_and_date(demo_window, qtbot, dialogs):
    persoon = groepen.find_groep(1)  # any group: its first member is edited below
    lid = groepen.leden(persoon)[0]
    groepen.update_persoon(lid.persoon_id, email="nieuw.adres@example.nl")
    ideeen.update_idee(ideeen.ideeen_van_wijk(demo_window.context.wijk_id)[0].id, thema="Logboektest")
    seen = {}

    def fill(dialog: LogboekDialog):
        seen["all"] = dialog.model.rowCount()
        assert seen["all"] > 100
        # Only the changes of persons: no name and no address, in any column.
        dialog.form.soort.setCurrentIndex(dialog.form.soort.findText("persoon"))
        seen["persons"] = [" ".join(str(dialog.model.data(dialog.model.index(r, c))) for c in range(7))
                           for r in range(dialog.model.rowCount())]
        dialog.form.soort.setCurrentIndex(0)
        # Typed into the search box (it has the focus when the dialog opens), then the list follows.
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.form.zoek, timeout=3000)
        qtbot.keyClicks(QApplication.focusWidget(), "Logboektest")
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=3000)
        seen["found"] = (_column(dialog, LogboekModel.SOORT), _column(dialog, LogboekModel.WIJZIGINGEN))
        dialog.form.vanaf.setText(format(dt.date.today() + dt.timedelta(days=1), "%d-%m-%Y"))
        dialog.form.vanaf.editingFinished.emit()
        seen["tomorrow"] = dialog.model.rowCount()
        dialog.form.vanaf.setText("31-02-2026")
        dialog.form.vanaf.editingFinished.emit()
        seen["bad_date"] = dialog.form.melding.text()
        dialog.reject()

    dialogs.answer(LogboekDialog, fill)
    qtbot.keyClick(demo_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert seen["persons"] and all("(persoonsgegeven)" in line for line in seen["persons"])
    assert not any(lid.persoon.naam in line or "nieuw.adres" in line for line in seen["persons"])
    assert seen["found"][0] == ["idee"] and "Logboektest" in seen["found"][1][0]
    assert seen["tomorrow"] == 0
    assert "Datum niet begrepen" in seen["bad_date"]


def test_an_amount_typed_in_the_window_reads_as_euros_in_the_log(demo_window, qtbot, dialogs):
    """Found by hand: the log showed 'geschatte_kosten_cents: 45000 → 123450', field names of the code and
    cents, where a wijkmanager looks for 'geschatte kosten: € 450,00 → € 1.234,50'."""
    from PySide6.QtTest import QTest

    from wijkdesk.store.models import Idee

    window = demo_window
    window.tabs.setCurrentWidget(window.ideeen_tab)
    tab = window.ideeen_tab
    row = next(r for r in (tab.model.row(i) for i in range(tab.model.rowCount())) if r.geschatte_kosten_cents)
    index = tab.model.index(next(i for i in range(tab.model.rowCount()) if tab.model.row(i).id == row.id), 1)
    tab.table.scrollTo(index)
    QTest.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=tab.table.visualRect(index).center())
    kosten = tab.pane.form.geschatte_kosten_cents
    QTest.mouseClick(kosten, Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "1.234,50")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert Idee.get_by_id(row.id).geschatte_kosten_cents == 123_450
    seen = {}

    def look(dialog: LogboekDialog):
        dialog.form.soort.setCurrentIndex(dialog.form.soort.findText("idee"))
        seen["first"] = dialog.model.data(dialog.model.index(0, LogboekModel.WIJZIGINGEN))
        # and the amount typed into the search box as the log shows it finds that line (the log stores cents)
        dialog.form.soort.setCurrentIndex(0)
        dialog.activateWindow()
        dialog.form.zoek.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.form.zoek, timeout=3000)
        qtbot.keyClicks(QApplication.focusWidget(), "1.234,50")
        qtbot.waitUntil(lambda: 0 < dialog.model.rowCount() < 5, timeout=3000)
        seen["found"] = _column(dialog, LogboekModel.WIJZIGINGEN)
        # a click on the found line's cell, on the viewport, selects that line
        table = dialog.form.tabel
        index = dialog.model.index(0, LogboekModel.WIJZIGINGEN)
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
        seen["clicked"] = (table.currentIndex().row(), dialog.model.data(table.currentIndex()))
        dialog.reject()

    dialogs.answer(LogboekDialog, look)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    from wijkdesk.domain.money import format_cents

    assert "_cents" not in seen["first"]
    assert f"geschatte kosten: {format_cents(row.geschatte_kosten_cents)} → € 1.234,50" in seen["first"]
    assert seen["found"] and all("€ 1.234,50" in line for line in seen["found"]), seen["found"]
    assert seen["clicked"] == (0, seen["found"][0])
    # the line found is the change the typing made, as the log holds it
    from wijkdesk.store.models import AuditLog

    assert AuditLog.select().where(AuditLog.wijzigingen.contains("123450")).count() == len(seen["found"])


def test_a_search_that_stops_early_says_so(demo_window, qtbot, dialogs, monkeypatch):
    """A word SQL cannot narrow (only signs) is tested line by line, and the search stops after SCAN_LIMIT
    rows of the log: the dialog says how far it looked and how to look further."""
    from wijkdesk.services import logboek

    monkeypatch.setattr(logboek, "PAGE", 10)
    monkeypatch.setattr(logboek, "SCAN_LIMIT", 30)
    seen = {}

    def look(dialog: LogboekDialog):
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.form.zoek, timeout=3000)
        qtbot.keyClicks(QApplication.focusWidget(), "-;")
        qtbot.waitUntil(lambda: "nieuwste" in dialog.form.melding.text(), timeout=3000)
        seen["melding"], seen["rows"] = dialog.form.melding.text(), dialog.model.rowCount()
        dialog.reject()

    dialogs.answer(LogboekDialog, look)
    qtbot.keyClick(demo_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert seen["rows"] == 0
    assert seen["melding"].startswith("0 regels in de nieuwste 30 regels van het logboek; kies een soort")
