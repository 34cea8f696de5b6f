"""The Ideeën tab driven as a user would: type, Enter, click, Ctrl+Z, Ctrl+Y."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.views.events import click_row
from wijkdesk.store.models import AuditLog, Doel, DoelIdee, Idee
from wijkdesk.views.dialogs import StatusDialog
from wijkdesk.views.tabs.base import select_id


def _open(window):
    window.tabs.setCurrentWidget(window.ideeen_tab)
    return window.ideeen_tab


def _ctrl(qtbot, widget, key):
    widget.setFocus()
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def test_quick_capture_saves_on_enter_and_is_ready_for_the_next(demo_window, qtbot):
    tab = _open(demo_window)
    before = Idee.select().count()
    qtbot.mouseClick(tab.capture, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.capture, "Bankje bij de bushalte")
    qtbot.keyClick(tab.capture, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.capture, "Meer prullenbakken")
    qtbot.keyClick(tab.capture, Qt.Key.Key_Return)
    assert Idee.select().count() == before + 2
    assert [tab.model.row(0).titel, tab.model.row(1).titel] == ["Meer prullenbakken", "Bankje bij de bushalte"]
    assert tab.capture.text() == "" and tab.capture.hasFocus()
    saved = Idee.get(Idee.titel == "Meer prullenbakken")
    assert saved.status == "nieuw" and saved.wijk_id == demo_window.context.wijk_id
    # Ctrl+Z takes the last one back, Ctrl+Y brings it again (same row, same UUID).
    _ctrl(qtbot, tab.table, Qt.Key.Key_Z)
    assert Idee.get_or_none(Idee.id == saved.id) is None
    assert tab.model.row(0).titel == "Bankje bij de bushalte"
    _ctrl(qtbot, tab.table, Qt.Key.Key_Y)
    again = Idee.get_by_id(saved.id)
    assert again.uuid == saved.uuid and tab.model.row(0).titel == "Meer prullenbakken"


def test_empty_title_is_refused_and_nothing_is_saved(demo_window, qtbot):
    tab = _open(demo_window)
    before = Idee.select().count()
    qtbot.keyClicks(tab.capture, "   ")
    qtbot.keyClick(tab.capture, Qt.Key.Key_Return)
    assert Idee.select().count() == before
    assert not tab.capture_error.isHidden() and "verplicht" in tab.capture_error.text()
    assert demo_window.context.undo_stack.count() == 0


def test_change_a_field_in_the_detail_and_undo_it(demo_window, qtbot):
    tab = _open(demo_window)
    row = tab.model.row(3)
    select_id(tab.table, row.id)
    titel = tab.pane.form.titel
    titel.setFocus()
    titel.selectAll()
    qtbot.keyClicks(titel, "Bankjes op het plein")
    qtbot.keyClick(titel, Qt.Key.Key_Return)
    assert Idee.get_by_id(row.id).titel == "Bankjes op het plein"
    assert tab.model.row(3).titel == "Bankjes op het plein", "the table row was refreshed in place"
    kosten = tab.pane.form.geschatte_kosten_cents
    kosten.setFocus()
    kosten.selectAll()
    qtbot.keyClicks(kosten, "1.234,50")
    qtbot.keyClick(kosten, Qt.Key.Key_Return)
    assert Idee.get_by_id(row.id).geschatte_kosten_cents == 123_450
    _ctrl(qtbot, tab.table, Qt.Key.Key_Z)
    _ctrl(qtbot, tab.table, Qt.Key.Key_Z)
    restored = Idee.get_by_id(row.id)
    assert restored.titel == row.titel and restored.geschatte_kosten_cents == row.geschatte_kosten_cents
    assert tab.pane.form.titel.text() == row.titel, "the detail shows the restored value"
    _ctrl(qtbot, tab.table, Qt.Key.Key_Y)
    assert Idee.get_by_id(row.id).titel == "Bankjes op het plein"


def test_invalid_amount_is_shown_next_to_the_field_and_not_saved(demo_window, qtbot):
    tab = _open(demo_window)
    row = tab.model.row(0)
    select_id(tab.table, row.id)
    kosten = tab.pane.form.geschatte_kosten_cents
    kosten.setFocus()
    kosten.selectAll()
    qtbot.keyClicks(kosten, "twaalf euro")
    qtbot.keyClick(kosten, Qt.Key.Key_Return)
    error = tab.pane.form.geschatte_kosten_cents_fout
    assert not error.isHidden() and "Geschatte kosten" in error.text()
    assert kosten.text() == "twaalf euro", "what the user typed stays, to be corrected"
    assert Idee.get_by_id(row.id).geschatte_kosten_cents == row.geschatte_kosten_cents
    assert demo_window.context.undo_stack.count() == 0
    kosten.selectAll()
    qtbot.keyClicks(kosten, "12,50")
    qtbot.keyClick(kosten, Qt.Key.Key_Return)
    assert error.isHidden() and Idee.get_by_id(row.id).geschatte_kosten_cents == 1250


def test_a_refused_amount_left_standing_is_said_in_the_status_bar_when_another_row_is_clicked(demo_window, qtbot):
    """Found clicking through the window: '12.5.0', marked red, vanished without a word at a click on the
    next row. The old value stays (nothing half-saved), and the status bar now says what was not saved."""
    from PySide6.QtWidgets import QApplication

    tab = _open(demo_window)
    first, second = tab.model.row(0), tab.model.row(1)
    click_row(qtbot, tab.table, 0)
    kosten = tab.pane.form.geschatte_kosten_cents
    qtbot.mouseClick(kosten, Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "12.5.0")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not tab.pane.form.geschatte_kosten_cents_fout.isHidden()
    click_row(qtbot, tab.table, 1)
    assert tab.pane.row_id == second.id
    message = demo_window.statusBar().currentMessage()
    assert "Niet opgeslagen" in message and "Geschatte kosten '12.5.0'" in message, message
    assert Idee.get_by_id(first.id).geschatte_kosten_cents == first.geschatte_kosten_cents


def test_status_change_needs_a_reason_for_afgewezen(demo_window, qtbot, dialogs):
    tab = _open(demo_window)
    idee = Idee.get((Idee.wijk == demo_window.context.wijk_id) & (Idee.status == "nieuw"))
    select_id(tab.table, idee.id)
    seen = {}

    def without_reason(dialog):
        dialog.form.status.setCurrentIndex(dialog.form.status.findData("afgewezen"))
        dialog.accept()
        seen["error"] = dialog.form.reden_fout.text()
        seen["open"] = dialog.result() == 0
        dialog.reject()

    dialogs.answer(StatusDialog, without_reason)
    qtbot.mouseClick(tab.pane.form.status_knop, Qt.MouseButton.LeftButton)
    assert seen["open"] and "reden" in seen["error"].lower()
    assert Idee.get_by_id(idee.id).status == "nieuw"

    def with_reason(dialog):
        dialog.form.status.setCurrentIndex(dialog.form.status.findData("afgewezen"))
        dialog.form.reden.setPlainText("Past niet in het budget van dit jaar.")

    dialogs.answer(StatusDialog, with_reason)
    qtbot.mouseClick(tab.pane.form.status_knop, Qt.MouseButton.LeftButton)
    changed = Idee.get_by_id(idee.id)
    assert (changed.status, changed.status_reden) == ("afgewezen", "Past niet in het budget van dit jaar.")
    assert "afgewezen" in tab.pane.form.status_tekst.text()
    _ctrl(qtbot, tab.table, Qt.Key.Key_Z)
    assert Idee.get_by_id(idee.id).status == "nieuw"


def test_filter_as_you_type_and_by_status(demo_window, qtbot):
    tab = _open(demo_window)
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.filter_edit.hasFocus()
    qtbot.keyClicks(tab.filter_edit, "moestuin")
    qtbot.waitUntil(lambda: tab.model.text_filter() == "moestuin", timeout=2000)
    titles = [r.titel for r in tab.model.rows()]
    assert titles and all("moestuin" in t.lower() for t in titles)
    tab.filter_edit.clear()
    qtbot.waitUntil(lambda: tab.model.text_filter() == "", timeout=2000)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("afgewezen"))
    statuses = {r.status for r in tab.model.rows()}
    assert statuses == {"afgewezen"}
    tab.status_filter.setCurrentIndex(0)
    assert len({r.status for r in tab.model.rows()}) > 1


def test_delete_asks_and_undo_brings_it_back(demo_window, qtbot, dialogs):
    tab = _open(demo_window)
    idee = Idee.create(wijk=demo_window.context.wijk_id, titel="Weg ermee")
    tab.refresh()
    select_id(tab.table, idee.id)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert dialogs.confirmed and "Weg ermee" in dialogs.confirmed[-1]
    assert Idee.get_or_none(Idee.id == idee.id) is None
    _ctrl(qtbot, tab.table, Qt.Key.Key_Z)
    assert Idee.get_by_id(idee.id).titel == "Weg ermee"


def test_delete_of_an_idea_with_a_goal_is_refused_with_a_reason(demo_window, qtbot, dialogs):
    tab = _open(demo_window)
    tab.model.fetch_all()
    linked_ids = {link.idee_id for link in DoelIdee.select()}
    position = next(i for i in range(tab.model.rowCount()) if tab.model.row(i).id in linked_ids)
    linked = DoelIdee.get(DoelIdee.idee == tab.model.row(position).id)
    click_row(qtbot, tab.table, position)
    assert tab.current_row().id == linked.idee_id
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert Idee.get_or_none(Idee.id == linked.idee_id) is not None
    assert dialogs.warnings and "verwijderd" in dialogs.warnings[-1]
    # Told at once, not asked 'Verwijderen?' first (found clicking through the window: yes, then no).
    assert dialogs.confirmed == []


def test_make_goal_from_idea_switches_to_the_goal_and_undoes(demo_window, qtbot):
    tab = _open(demo_window)
    tab.model.fetch_all()
    idee = next(Idee.get_by_id(r.id) for r in tab.model.rows() if r.status == "in onderzoek")  # one of the year shown
    select_id(tab.table, idee.id)
    qtbot.mouseClick(tab.pane.form.maak_doel_knop, Qt.MouseButton.LeftButton)
    doel = Doel.select().order_by(Doel.id.desc()).first()
    assert doel.titel == idee.titel
    assert DoelIdee.get_or_none((DoelIdee.doel == doel) & (DoelIdee.idee == idee.id)) is not None
    assert Idee.get_by_id(idee.id).status == "gekozen"
    assert demo_window.current_tab() is demo_window.doelen_tab
    assert demo_window.doelen_tab.current_row().id == doel.id
    demo_window.doelen_tab.table.setFocus()
    qtbot.keyClick(demo_window.doelen_tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Doel.get_or_none(Doel.id == doel.id) is None
    assert Idee.get_by_id(idee.id).status == "in onderzoek"
    # The first wave put the idea back without a word in the audit log; now its row says who undid it.
    undone = AuditLog.get_or_none((AuditLog.tabel == "idee") & (AuditLog.rij_uuid == idee.uuid)
                                  & (AuditLog.actie == "ongedaan gemaakt"))
    assert undone is not None and "gekozen" in undone.wijzigingen and "in onderzoek" in undone.wijzigingen
    qtbot.keyClick(demo_window.doelen_tab.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert Doel.get_by_id(doel.id).titel == idee.titel and Idee.get_by_id(idee.id).status == "gekozen"
    assert AuditLog.select().where((AuditLog.rij_uuid == idee.uuid) & (AuditLog.actie == "opnieuw gedaan")).count() == 1


def test_ctrl_z_in_the_capture_line_after_enter_takes_back_the_idea_not_its_title(demo_window, qtbot):
    """Found by hand under Xvfb: after Enter the capture line was emptied with clear(), which Qt records as
    an edit, so Ctrl+Z there brought the saved title back into the line (Enter again = the same idea twice)
    while the idea stayed. Ctrl+Z in the empty line now takes back the last change, the new idea."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    tab = _open(demo_window)
    QTest.mouseClick(tab.capture, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is tab.capture
    qtbot.keyClicks(QApplication.focusWidget(), "Zomerfeest op het plein")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    saved = Idee.get(Idee.titel == "Zomerfeest op het plein")
    assert QApplication.focusWidget() is tab.capture and tab.capture.text() == ""

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.capture.text() == ""
    assert Idee.get_or_none(Idee.id == saved.id) is None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert Idee.get_by_id(saved.id).titel == "Zomerfeest op het plein" and tab.capture.text() == ""
    # Typing not yet saved is still undone in the line itself first.
    qtbot.keyClicks(QApplication.focusWidget(), "Bankje")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Idee.get_by_id(saved.id).titel == "Zomerfeest op het plein"
