"""Issue 12, done when: erase a person in the window (WAL active); nothing of them on disk, none back on restore."""
from __future__ import annotations

import logging
import sqlite3
import zipfile

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from wijkdesk.services import groepen, ideeen
from wijkdesk.store import backups, erasures
from wijkdesk.store.models import Bewonersgroep, Idee, Persoon
from wijkdesk.views.wis_dialog import WisDialog

NOTE = "Heeft de sleutel van het buurthuis, bel na 18 uur"


def _click_row(view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _choose_member(window, qtbot):
    tab = window.groepen_tab
    window.tabs.setCurrentWidget(tab)
    groep = Bewonersgroep.get(Bewonersgroep.wijk == window.context.wijk_id)
    _click_row(tab.table, tab.model.position_of(groep.id))
    assert tab.pane.row_id == groep.id
    _click_row(tab.pane.form.leden_tabel, 0)
    member = tab.pane.selected_member()
    assert member is not None
    return tab, Persoon.get_by_id(member.persoon_id)


def _wait_for_erase(window, qtbot) -> None:
    """The erase runs in the background; it has ended when the status bar says so."""
    qtbot.waitUntil(lambda: "Gewist" in window.statusBar().currentMessage(), timeout=60_000)


def _pieces(persoon) -> list[bytes]:
    digits = "".join(ch for ch in persoon.telefoon if ch.isdigit())
    return [p.encode("utf-8") for p in (persoon.naam, persoon.email, persoon.telefoon, digits, NOTE)]


def _export_bytes(path) -> bytes:
    from wijkdesk.exchange.excel_export import export_workbook

    export_workbook(path)
    with zipfile.ZipFile(path) as archive:
        return b"".join(archive.read(n) for n in archive.namelist())


def test_erase_in_the_window_leaves_nothing_on_disk_and_a_restore_does_not_bring_it_back(
        demo_window, qtbot, dialogs, db_path, tmp_path, capsys):
    from wijkdesk import logsetup
    from wijkdesk.cli import main
    from wijkdesk.store.database import close_database

    logsetup.setup_logging()
    tab, persoon = _choose_member(demo_window, qtbot)
    groepen.update_persoon(persoon, notities=NOTE)
    idea = ideeen.create_idee(demo_window.context.wijk_id, "Bankjes bij de vijver",
                              omschrijving=f"contact: {persoon.naam} {persoon.telefoon}")
    logging.getLogger("wijkdesk.test").info("Contact opgenomen met %s", persoon.naam)  # a log line naming them
    pieces = _pieces(persoon)
    before_erase = backups.export_backup(db_path, tmp_path / "usb" / "voor-het-wissen.db")
    older = backups.make_backup(db_path)
    assert any(p in older.read_bytes() for p in pieces)  # the control: a backup holds the person
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the window is open and writing through the WAL

    def press_wissen(dialog):
        shown = [dialog.form.teksten.item(i).text() for i in range(dialog.form.teksten.count())]
        assert any("Bankjes bij de vijver" in t and persoon.naam in t for t in shown), shown
        qtbot.mouseClick(dialog.form.knoppen.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    dialogs.answer(WisDialog, press_wissen)
    qtbot.mouseClick(tab.pane.form.persoon_wissen_knop, Qt.MouseButton.LeftButton)
    _wait_for_erase(demo_window, qtbot)
    assert Persoon.get_or_none(Persoon.id == persoon.id) is None
    assert persoon.naam not in Idee.get_by_id(idea.id).omschrijving

    files = [db_path, wal, *[b.path for b in backups.list_backups(db_path)], *erasures.log_files(),
             erasures.list_path(db_path)]
    assert older in files and erasures.log_files()
    for f in files:
        raw = f.read_bytes() if f.exists() else b""
        for piece in pieces:
            assert piece not in raw, (f.name, piece)
    export = _export_bytes(tmp_path / "na-het-wissen.xlsx")
    for piece in pieces:
        assert piece not in export, piece

    # A restore of a copy made before the erase (out of WijkDesk's reach, on a USB stick).
    demo_window.close()
    close_database()
    assert main(["backup", "--db", str(db_path), "--restore", str(before_erase)]) == 0
    assert "opnieuw gewist" in capsys.readouterr().out
    assert main(["check", "--db", str(db_path)]) == 0
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT COUNT(*) FROM persoon WHERE uuid = ?", (persoon.uuid,)).fetchone() == (0,)
    finally:
        conn.close()
    for piece in pieces:
        assert piece not in db_path.read_bytes()


def test_unchecked_text_is_kept_cancel_erases_nothing_and_undo_brings_the_person_back(
        demo_window, qtbot, dialogs):
    tab, persoon = _choose_member(demo_window, qtbot)
    wijk_id = demo_window.context.wijk_id
    first = ideeen.create_idee(wijk_id, "Bankjes", omschrijving=f"contact: {persoon.naam}")
    second = ideeen.create_idee(wijk_id, "Boomspiegels", omschrijving=f"mail {persoon.email}")

    def cancel(dialog):
        qtbot.mouseClick(dialog.form.knoppen.button(QDialogButtonBox.StandardButton.Cancel),
                         Qt.MouseButton.LeftButton)

    dialogs.answer(WisDialog, cancel)
    qtbot.mouseClick(tab.pane.form.persoon_wissen_knop, Qt.MouseButton.LeftButton)
    assert Persoon.get_by_id(persoon.id).naam == persoon.naam

    def keep_the_second(dialog):
        teksten = dialog.form.teksten
        row = next(i for i in range(teksten.count()) if "Boomspiegels" in teksten.item(i).text())
        _click_row(teksten, row)
        teksten.setFocus()
        QTest.keyClick(teksten, Qt.Key.Key_Space)  # uncheck with the keyboard
        assert teksten.item(row).checkState() == Qt.CheckState.Unchecked
        qtbot.mouseClick(dialog.form.knoppen.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    dialogs.answer(WisDialog, keep_the_second)
    qtbot.mouseClick(tab.pane.form.persoon_wissen_knop, Qt.MouseButton.LeftButton)
    _wait_for_erase(demo_window, qtbot)
    assert Persoon.get_or_none(Persoon.id == persoon.id) is None
    assert persoon.naam not in Idee.get_by_id(first.id).omschrijving
    assert Idee.get_by_id(second.id).omschrijving == f"mail {persoon.email}"  # kept, as chosen

    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Persoon.get_by_id(persoon.id).email == persoon.email
    assert Idee.get_by_id(first.id).omschrijving == f"contact: {persoon.naam}"


def test_read_only_window_erases_nothing(demo_window, qtbot, dialogs):
    tab, persoon = _choose_member(demo_window, qtbot)
    demo_window.context.readonly = True
    qtbot.mouseClick(tab.pane.form.persoon_wissen_knop, Qt.MouseButton.LeftButton)
    assert dialogs.warnings and "alleen-lezen" in dialogs.warnings[-1]
    assert Persoon.get_by_id(persoon.id).naam == persoon.naam


def test_window_start_erases_a_returned_person_again_and_says_so(qtbot, demo_db_path, dialogs, tmp_path):
    """A copy from before an erase put back by hand: the window erased the person again without a word
    (only the log knew), and an unreadable erasure list let them stay with nothing said."""
    import shutil

    from wijkdesk.services import wissen
    from wijkdesk.store.database import close_database, open_database
    from wijkdesk.views import app, background

    open_database(demo_db_path)
    outside = backups.export_backup(demo_db_path, tmp_path / "usb" / "kopie.db")
    persoon = Persoon.select().order_by(Persoon.id).first()
    wissen.erase_person(persoon)
    close_database()

    def put_back():
        # As the window does before it closes its database (offline_actions, encryption_actions): the
        # overview a window starts in the background still reads the file. Copied over while it read, in a
        # loaded run, it said 'database disk image is malformed' and held a lock ('database is locked').
        background.wait(30_000)
        close_database()
        shutil.copyfile(outside, demo_db_path)
        for ext in ("-wal", "-shm"):
            demo_db_path.with_name(demo_db_path.name + ext).unlink(missing_ok=True)

    put_back()
    window = app.create_main_window(demo_db_path)
    qtbot.addWidget(window)
    assert Persoon.get_or_none(Persoon.uuid == persoon.uuid) is None
    assert "opnieuw gewist" in window.statusBar().currentMessage()
    assert not dialogs.warnings
    window.close()

    put_back()
    erasures.list_path(demo_db_path).write_text("{kapot", encoding="utf-8")
    window = app.create_main_window(demo_db_path)
    qtbot.addWidget(window)
    assert dialogs.warnings and "onleesbaar" in dialogs.warnings[-1], dialogs.warnings
    window.close()
    background.wait(30_000)
    close_database()
