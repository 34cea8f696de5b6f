"""The evening's checks in the Stemronde tab, by keyboard: too many ballots, and four eyes means two people."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wijkdesk.services import audit, bijeenkomsten
from wijkdesk.services.stemronde import rondes, stemmen
from wijkdesk.store.models import AuditLog, Stembiljet, Stemronde
from wijkdesk.views.dialogs import RedenDialog


def _open_round(window, qtbot):
    tab = window.stemronde_tab
    window.tabs.setCurrentWidget(tab)
    ronde = Stemronde.get(Stemronde.status == "open")
    tab.select_ronde(ronde.id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return tab, ronde


def _type_ballot(qtbot, tab, text):
    line = tab.ballots.line
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is line
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_more_ballots_than_attendees_is_said_at_once(demo_window, qtbot):
    tab, ronde = _open_round(demo_window, qtbot)
    counted = stemmen.stand(ronde).biljetten
    bijeenkomsten.update_bijeenkomst(ronde.bijeenkomst_id, aantal_aanwezig=counted + 1)
    _type_ballot(qtbot, tab, "1 2")
    assert "Let op" not in tab.ballots.message.text()
    _type_ballot(qtbot, tab, "3")
    assert Stembiljet.select().where(Stembiljet.ronde == ronde).count() == counted + 2
    message = tab.ballots.message.text()
    assert f"{counted + 2} stembiljetten ingevoerd" in message and f"{counted + 1} aanwezigen" in message


def test_second_entry_under_the_same_name_asks_why(demo_window, qtbot, dialogs):
    tab, ronde = _open_round(demo_window, qtbot)
    first = Stembiljet.get(Stembiljet.ronde == ronde, Stembiljet.invoer == 1, Stembiljet.volgnummer == 1)
    audit.set_current_user(first.ingevoerd_door)
    try:
        qtbot.mouseClick(tab.second_radio, Qt.MouseButton.LeftButton)
        assert tab.second_radio.isChecked()
        dialogs.answer(RedenDialog, lambda d: d.reject())  # cancelled: nothing saved
        _type_ballot(qtbot, tab, " ".join(str(n) for n in sorted(stemmen.choices_of(first))))
        assert Stembiljet.select().where(Stembiljet.ronde == ronde, Stembiljet.invoer == 2).count() == 0
        dialogs.answer(RedenDialog, lambda d: qtbot.keyClicks(d.form.reden, "Tweede vrijwilliger ziek"))
        qtbot.keyClick(tab.ballots.line, Qt.Key.Key_Return)
        assert Stembiljet.select().where(Stembiljet.ronde == ronde, Stembiljet.invoer == 2).count() == 1
        kept = AuditLog.get(AuditLog.rij_uuid == ronde.uuid, AuditLog.actie == stemmen.SAME_TYPIST)
        assert kept.reden == "Tweede vrijwilliger ziek"
    finally:
        audit.set_current_user(None)


def test_entries_saved_and_added_back_through_the_file_menu(demo_window, qtbot, dialogs, tmp_path, monkeypatch):
    """The menu's two actions: save the round's entries, add a file; the same file twice adds nothing."""
    from PySide6.QtWidgets import QFileDialog, QMenu

    tab, ronde = _open_round(demo_window, qtbot)
    target = tmp_path / "a.wijkdesk-invoer"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), "")))
    menu = demo_window.findChild(QMenu, "menu_laptops")
    save = next(a for a in menu.actions() if a.objectName() == "invoer_bewaren")
    add = next(a for a in menu.actions() if a.objectName() == "invoer_toevoegen")
    save.trigger()
    assert target.exists()
    before = Stembiljet.select().count()
    add.trigger()
    assert Stembiljet.select().count() == before  # every entry is here already: nothing added
    assert "0 invoer(en) toegevoegd" in demo_window.statusBar().currentMessage()
    other = Stemronde.select().where(Stemronde.id != ronde.id).first()
    if other is None:
        other = rondes.create_ronde(ronde.wijk_id, "Andere", 100_000)
    tab.select_ronde(other.id)
    add.trigger()
    assert any("andere stemronde" in w for w in dialogs.warnings)
