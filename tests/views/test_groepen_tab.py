"""The Bewonersgroepen tab: new group, rename, duplicate name refused, members, archive, undo."""
from __future__ import annotations

from PySide6.QtCore import Qt

from wijkdesk.store.models import Bewonersgroep, Lidmaatschap, Persoon
from wijkdesk.views.tabs.base import select_id
from wijkdesk.views.tabs.groepen_tab import LidDialog


def _open(window):
    window.tabs.setCurrentWidget(window.groepen_tab)
    return window.groepen_tab


def test_new_group_rename_and_duplicate_name_refused(demo_window, qtbot):
    tab = _open(demo_window)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    groep = Bewonersgroep.select().order_by(Bewonersgroep.id.desc()).first()
    assert groep.naam == "Nieuwe groep"
    naam = tab.pane.form.naam
    qtbot.keyClicks(naam, "Buurtkookclub")
    qtbot.keyClick(naam, Qt.Key.Key_Return)
    assert Bewonersgroep.get_by_id(groep.id).naam == "Buurtkookclub"
    other = Bewonersgroep.get((Bewonersgroep.wijk == groep.wijk) & (Bewonersgroep.id != groep.id))
    naam.selectAll()
    qtbot.keyClicks(naam, other.naam)
    qtbot.keyClick(naam, Qt.Key.Key_Return)
    assert not tab.pane.form.naam_fout.isHidden() and "al een groep" in tab.pane.form.naam_fout.text()
    assert Bewonersgroep.get_by_id(groep.id).naam == "Buurtkookclub"
    soort = tab.pane.form.soort
    soort.setCurrentIndex(soort.findData("werkgroep"))
    soort.activated.emit(soort.currentIndex())
    assert Bewonersgroep.get_by_id(groep.id).soort == "werkgroep"


def test_add_new_person_as_member_then_undo(demo_window, qtbot, dialogs):
    tab = _open(demo_window)
    groep = Bewonersgroep.get(Bewonersgroep.wijk == demo_window.context.wijk_id)
    select_id(tab.table, groep.id)
    members = tab.pane.leden_model.rowCount()

    def bad_email(dialog):
        dialog.form.naam.setText("Fenna Bakker")
        dialog.form.email.setText("fenna-at-example")
        dialog.accept()
        assert dialog.result() == 0 and "e-mailadres" in dialog.form.email_fout.text()
        dialog.form.email.setText("fenna@example.nl")
        dialog.form.rol.setCurrentIndex(dialog.form.rol.findData("secretaris"))

    dialogs.answer(LidDialog, bad_email)
    qtbot.mouseClick(tab.pane.form.lid_toevoegen_knop, Qt.MouseButton.LeftButton)
    persoon = Persoon.get(Persoon.naam == "Fenna Bakker")
    assert Persoon.select().where(Persoon.naam == "Fenna Bakker").count() == 1, "the refused try saved nothing"
    lid = Lidmaatschap.get((Lidmaatschap.persoon == persoon) & (Lidmaatschap.groep == groep))
    assert lid.rol == "secretaris"
    assert tab.pane.leden_model.rowCount() == members + 1
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Persoon.get_or_none(Persoon.id == persoon.id) is None
    assert tab.pane.leden_model.rowCount() == members
    qtbot.keyClick(tab.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert Lidmaatschap.get_by_id(lid.id).rol == "secretaris"


def test_archive_hides_the_group_and_undo_shows_it(demo_window, qtbot, dialogs):
    tab = _open(demo_window)
    groep = Bewonersgroep.get(Bewonersgroep.wijk == demo_window.context.wijk_id)
    select_id(tab.table, groep.id)
    qtbot.mouseClick(tab.pane.form.archiveer_knop, Qt.MouseButton.LeftButton)
    assert Bewonersgroep.get_by_id(groep.id).gearchiveerd
    assert tab.model.position_of(groep.id) is None
    tab.archive_check.setChecked(True)
    assert tab.model.position_of(groep.id) is not None
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not Bewonersgroep.get_by_id(groep.id).gearchiveerd


def test_delete_group_with_ideas_is_refused(demo_window, dialogs):
    from wijkdesk.store.models import Idee

    tab = _open(demo_window)
    groep = Bewonersgroep.get_by_id(Idee.select().where(Idee.ingediend_door_groep.is_null(False)).first().ingediend_door_groep_id)
    demo_window.set_scope(groep.wijk_id, 2026)
    select_id(tab.table, groep.id)
    tab.delete_selected()
    assert Bewonersgroep.get_or_none(Bewonersgroep.id == groep.id) is not None
    assert "Archiveer" in dialogs.warnings[-1]


def test_filter_groups(demo_window, qtbot):
    tab = _open(demo_window)
    qtbot.keyClicks(tab.filter_edit, "jeugd")
    qtbot.waitUntil(lambda: tab.model.text_filter() == "jeugd", timeout=2000)
    assert [r.thema for r in tab.model.rows()] == ["Jeugd"]


def test_avg_export_and_erase_of_a_member_then_undo(demo_window, qtbot, dialogs, tmp_path, monkeypatch):
    import json

    from PySide6.QtWidgets import QFileDialog

    from wijkdesk.store.models import AuditLog

    tab = _open(demo_window)
    groep = Bewonersgroep.get(Bewonersgroep.wijk == demo_window.context.wijk_id)
    select_id(tab.table, groep.id)
    tab.pane.form.leden_tabel.selectRow(0)
    member = tab.pane.selected_member()
    persoon = Persoon.get_by_id(member.persoon_id)
    target = tmp_path / "inzage.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(tab.pane.form.persoon_inzage_knop, Qt.MouseButton.LeftButton)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert (data["naam"], data["email"]) == (persoon.naam, persoon.email)
    assert {"groep": groep.naam, "wijk": groep.wijk.naam, "rol": member.rol} in data["lidmaatschappen"]

    from wijkdesk.views.wis_dialog import WisDialog

    dialogs.answer(WisDialog)  # OK: "Wissen"
    # The progress dialog shows at once, as on a slow or busy machine: the focus must come back after it.
    monkeypatch.setattr("wijkdesk.views.wis_dialog.PROGRESS_AFTER_MS", 0)
    qtbot.mouseClick(tab.pane.form.persoon_wissen_knop, Qt.MouseButton.LeftButton)
    assert dialogs.shown and persoon.naam in dialogs.shown[-1].form.uitleg.text()
    qtbot.waitUntil(lambda: "Gewist" in demo_window.statusBar().currentMessage(), timeout=60_000)
    assert Persoon.get_or_none(Persoon.id == persoon.id) is None
    assert not Lidmaatschap.select().where(Lidmaatschap.persoon == persoon.id).exists()
    for row in AuditLog.select():  # nothing of the person stays behind in the log
        assert persoon.email not in row.wijzigingen and persoon.naam not in row.wijzigingen
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Persoon.get_by_id(persoon.id).email == persoon.email


def test_a_role_another_user_set_while_the_question_was_open_is_not_overwritten(demo_window, qtbot, dialogs,
                                                                                  monkeypatch, second_user):
    """Anna clicks Rol wijzigen…; while the question is open Bert makes the member penningmeester. Her
    choice is refused with his name (the question sent no version before: Bert's role was overwritten)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QInputDialog

    from wijkdesk.services import changes, groepen
    from wijkdesk.views import labels

    tab = _open(demo_window)
    table = tab.table
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(0, 0)).center())
    leden = tab.pane.form.leden_tabel
    assert leden.model().rowCount() > 0
    QTest.mouseClick(leden.viewport(), Qt.MouseButton.LeftButton,
                     pos=leden.visualRect(leden.model().index(0, 0)).center())
    member = tab.pane.selected_member()
    lid = Lidmaatschap.get_by_id(member.id)
    anna_wants = "secretaris" if lid.rol != "secretaris" else "voorzitter"

    def bert_meanwhile(parent, title, label, items, current, editable):
        with second_user("Bert"), changes.change("Rol wijzigen"):
            groepen.change_rol(member.id, "penningmeester")
        return labels.rol_label(anna_wants), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(bert_meanwhile))
    QTest.mouseClick(tab.pane.form.rol_knop, Qt.MouseButton.LeftButton)

    assert Lidmaatschap.get_by_id(member.id).rol == "penningmeester"
    assert any("Bert" in text for text in dialogs.warnings), dialogs.warnings


def _click_first_member(tab):
    from PySide6.QtTest import QTest

    table = tab.table
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(0, 0)).center())
    leden = tab.pane.form.leden_tabel
    QTest.mouseClick(leden.viewport(), Qt.MouseButton.LeftButton,
                     pos=leden.visualRect(leden.model().index(0, 0)).center())
    return tab.pane.selected_member()


def test_inzage_saves_the_members_data_as_a_whole_file(demo_window, dialogs, monkeypatch, tmp_path):
    """AVG inzage: a click on the member and on the button writes what WijkDesk keeps about the person
    (through exchange.persoonsgegevens, the window writes no file itself)."""
    import json

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QFileDialog

    tab = _open(demo_window)
    member = _click_first_member(tab)
    out = tmp_path / "uit"
    out.mkdir()
    target = out / "inzage.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    QTest.mouseClick(tab.pane.form.persoon_inzage_knop, Qt.MouseButton.LeftButton)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert Persoon.get_by_id(member.persoon_id).naam in json.dumps(data, ensure_ascii=False)
    assert [p.name for p in out.iterdir()] == ["inzage.json"] and not dialogs.warnings


def test_inzage_on_a_full_disk_or_into_a_folder_says_so_in_dutch_and_leaves_nothing(demo_window, dialogs,
                                                                                     monkeypatch, tmp_path):
    import errno
    import os

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QFileDialog

    from wijkdesk.exchange import safe_file

    tab = _open(demo_window)
    _click_first_member(tab)
    out = tmp_path / "uit"
    out.mkdir()
    target = out / "inzage.json"
    target.write_text("de vorige inzage", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))

    def full(tmp, data):  # half of the file reaches the disk, then it is full
        tmp.write_bytes(bytes(data[:len(data) // 2]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    real = safe_file.write_synced
    monkeypatch.setattr(safe_file, "write_synced", full)
    QTest.mouseClick(tab.pane.form.persoon_inzage_knop, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(safe_file, "write_synced", real)
    assert dialogs.warnings and "De schijf is vol" in dialogs.warnings[-1], dialogs.warnings
    assert target.read_text(encoding="utf-8") == "de vorige inzage"  # the old file whole, no half new one
    assert [p.name for p in out.iterdir()] == ["inzage.json"]  # no temporary file left

    folder = out / "map"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(folder), "")))
    QTest.mouseClick(tab.pane.form.persoon_inzage_knop, Qt.MouseButton.LeftButton)
    assert "is een map" in dialogs.warnings[-1] and list(folder.iterdir()) == []
