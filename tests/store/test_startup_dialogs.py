"""The start-up dialogs: each database problem gets its Dutch question; no real modal dialog is shown.

`QMessageBox.exec` is patched to click the button a test scripts (by its key), and to record what
the box said; `QFileDialog.getSaveFileName` returns a scripted file. An unexpected dialog fails.
"""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from wijkdesk.store import backups, migrations
from wijkdesk.store.database import close_database, current
from wijkdesk.store.models import Idee, Wijk
from wijkdesk.views import startup

from store_helpers import damage, snapshot


class Dialogs:
    """Scripted answers for message boxes and the file dialog, and a record of what was shown."""

    def __init__(self):
        self.answers: list[str] = []
        self.files: list = []
        self.shown: list[dict] = []

    def exec_box(self, box: QMessageBox) -> int:
        keys = {b.objectName() for b in box.buttons() if b.objectName()}  # not "Details..."
        self.shown.append({"title": box.windowTitle(), "text": box.text(), "buttons": keys,
                           "icon": box.icon()})
        assert self.answers, f"unexpected dialog: {box.windowTitle()}: {box.text()}"
        answer = self.answers.pop(0)
        assert answer in keys, f"no button {answer!r} in {box.windowTitle()!r} (has {keys})"
        next(b for b in box.buttons() if b.objectName() == answer).click()
        return 0

    def get_save_file_name(self, *args, **kwargs):
        assert self.files, "unexpected file dialog"
        chosen = self.files.pop(0)
        return (str(chosen) if chosen else "", "")


@pytest.fixture
def dialogs(qtbot, monkeypatch):
    script = Dialogs()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: script.exec_box(box))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", script.get_save_file_name)
    yield script
    close_database()
    assert script.answers == [], "scripted answers left over: a dialog did not appear"
    assert script.files == []


def test_healthy_local_database_opens_without_any_dialog(dialogs, filled_db_path):
    opened = startup.open_database_for_gui(filled_db_path)
    assert opened is current() and not opened.readonly and opened.path == filled_db_path
    assert dialogs.shown == []


def test_not_a_database_choose_another_file(dialogs, data_dir):
    wrong = data_dir / "notulen.docx"
    wrong.write_bytes(b"PK\x03\x04 notulen van de bewonersavond")
    before = wrong.read_bytes()
    other = data_dir / "wijkdesk.db"
    dialogs.answers = [startup.CHOOSE]
    dialogs.files = [other]
    opened = startup.open_database_for_gui(wrong)
    assert opened.path == other and other.exists()
    assert dialogs.shown[0]["title"] == "Geen WijkDesk-database"
    assert "geen WijkDesk-database" in dialogs.shown[0]["text"]
    assert dialogs.shown[0]["buttons"] == {startup.CHOOSE, startup.QUIT}
    assert wrong.read_bytes() == before


def test_empty_file_quit(dialogs, data_dir):
    empty = data_dir / "wijkdesk.db"
    empty.write_bytes(b"")
    dialogs.answers = [startup.QUIT]
    assert startup.open_database_for_gui(empty) is None
    assert "leeg (0 bytes)" in dialogs.shown[0]["text"]
    assert empty.read_bytes() == b""
    assert current() is None


def test_cancelled_file_choice_asks_again(dialogs, data_dir):
    empty = data_dir / "wijkdesk.db"
    empty.write_bytes(b"")
    dialogs.answers = [startup.CHOOSE, startup.QUIT]
    dialogs.files = [None]  # the user cancels the file dialog
    assert startup.open_database_for_gui(empty) is None
    assert len(dialogs.shown) == 2


def test_newer_schema_only_quit(dialogs, filled_db_path):
    conn = sqlite3.connect(filled_db_path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 3}")
    conn.commit()
    conn.close()
    before = filled_db_path.read_bytes()
    dialogs.answers = [startup.QUIT]
    assert startup.open_database_for_gui(filled_db_path) is None
    shown = dialogs.shown[0]
    assert shown["buttons"] == {startup.QUIT}
    assert "nieuwere versie van WijkDesk" in shown["text"]
    assert filled_db_path.read_bytes() == before


def test_locked_open_read_only(dialogs, holder, filled_db_path):
    dialogs.answers = [startup.READONLY]
    opened = startup.open_database_for_gui(filled_db_path)
    assert opened.readonly
    text = dialogs.shown[0]["text"]
    assert f"proces {holder.pid}" in text and "op computer" in text
    assert dialogs.shown[0]["buttons"] == {startup.READONLY, startup.QUIT}
    assert Wijk.select().count() == 1
    with pytest.raises(Exception, match="readonly|read-only"):
        Wijk.create(naam="Rivierenwijk")


def test_locked_quit(dialogs, holder, filled_db_path):
    before = filled_db_path.read_bytes()
    dialogs.answers = [startup.QUIT]
    assert startup.open_database_for_gui(filled_db_path) is None
    assert current() is None
    assert filled_db_path.read_bytes() == before


def test_damaged_restore_newest_good_backup(dialogs, filled_db_path):
    good = backups.make_backup(filled_db_path, reason="start", now=dt.datetime(2026, 11, 20, 17, 45))
    expected = snapshot(filled_db_path)
    damage(filled_db_path)
    damaged = filled_db_path.read_bytes()
    dialogs.answers = [startup.RESTORE, startup.OK]
    opened = startup.open_database_for_gui(filled_db_path)
    assert opened is not None and not opened.readonly
    assert Idee.select().count() == 40
    question, done = dialogs.shown
    assert question["title"] == "Database beschadigd" and "20-11-2026 17:45" in question["text"]
    assert question["buttons"] == {startup.RESTORE, startup.CHOOSE, startup.QUIT}
    aside = next(filled_db_path.parent.glob("test-vervangen-*.db"))
    assert str(aside) in done["text"]
    assert aside.read_bytes() == damaged  # the damaged file is kept as it was
    close_database()
    assert snapshot(good) == expected


def test_damaged_quit_changes_nothing(dialogs, filled_db_path):
    backups.make_backup(filled_db_path)
    damage(filled_db_path)
    damaged = filled_db_path.read_bytes()
    dialogs.answers = [startup.QUIT]
    assert startup.open_database_for_gui(filled_db_path) is None
    assert filled_db_path.read_bytes() == damaged
    assert list(filled_db_path.parent.glob("*vervangen*")) == []


def test_damaged_without_backup_offers_no_restore(dialogs, filled_db_path):
    damage(filled_db_path)
    dialogs.answers = [startup.QUIT]
    assert startup.open_database_for_gui(filled_db_path) is None
    assert dialogs.shown[0]["buttons"] == {startup.CHOOSE, startup.QUIT}
    assert "geen goede reservekopie" in dialogs.shown[0]["text"]


def test_cloud_folder_warning_continue(dialogs, data_dir):
    path = data_dir / "OneDrive - Gemeente Deventer" / "wijkdesk.db"
    dialogs.answers = [startup.CONTINUE]
    opened = startup.open_database_for_gui(path)
    assert opened.path == path
    assert "OneDrive synchroniseert" in dialogs.shown[0]["text"]
    assert dialogs.shown[0]["buttons"] == {startup.CONTINUE, startup.CHOOSE, startup.QUIT}


def test_cloud_folder_warning_choose_another(dialogs, data_dir):
    risky = data_dir / "Dropbox" / "wijkdesk.db"
    safe = data_dir / "lokaal" / "wijkdesk.db"
    dialogs.answers = [startup.CHOOSE]
    dialogs.files = [safe]
    opened = startup.open_database_for_gui(risky)
    assert opened.path == safe and not risky.exists()


def test_cloud_folder_warning_quit(dialogs, data_dir):
    risky = data_dir / "Dropbox" / "wijkdesk.db"
    dialogs.answers = [startup.QUIT]
    assert startup.open_database_for_gui(risky) is None
    assert not risky.exists()


def test_start_backup_problem_is_shown(dialogs, filled_db_path, monkeypatch):
    def no_space(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "make_backup", no_space)
    dialogs.answers = [startup.OK]
    opened = startup.open_database_for_gui(filled_db_path)
    assert opened is not None
    assert dialogs.shown[0]["title"] == "Geen reservekopie"
    assert "No space left" in dialogs.shown[0]["text"]


def test_escape_means_the_safe_choice(qtbot, monkeypatch, filled_db_path):
    damage(filled_db_path)
    backups_made = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)  # closed without clicking a button
    monkeypatch.setattr(backups, "restore_backup", lambda *a, **k: backups_made.append(a))
    assert startup.open_database_for_gui(filled_db_path) is None
    assert backups_made == []


# Issue 10: crashes and leftovers in the window.

def test_missing_database_beside_set_aside_file_is_put_back_not_replaced(dialogs, filled_db_path):
    import os

    expected = snapshot(filled_db_path)
    aside = backups.set_aside_name(filled_db_path)
    os.replace(filled_db_path, aside)
    dialogs.answers = [startup.PUT_BACK]
    opened = startup.open_database_for_gui(filled_db_path)
    assert opened is not None and Idee.select().count() == 40
    shown = dialogs.shown[0]
    assert shown["title"] == "Database ontbreekt" and aside.name in shown["text"]
    assert shown["buttons"] == {startup.PUT_BACK, startup.CHOOSE, startup.QUIT}
    close_database()
    assert snapshot(filled_db_path) == expected
    # the set-aside file is kept as it was, with no -wal or -shm that reading it made
    assert aside.exists() and not backups.sibling(aside, "-shm").exists()
    assert not backups.sibling(aside, "-wal").exists()


def test_missing_database_quit_makes_no_empty_one(dialogs, filled_db_path):
    import os

    os.replace(filled_db_path, backups.set_aside_name(filled_db_path))
    dialogs.answers = [startup.QUIT]
    assert startup.open_database_for_gui(filled_db_path) is None
    assert not filled_db_path.exists()


def test_interrupted_restore_is_finished_and_said(dialogs, filled_db_path):
    good = backups.make_backup(filled_db_path, now=dt.datetime(2026, 11, 20, 17, 45))
    expected = snapshot(good)
    # the state a kill leaves right after the restore was decided: the verified copy is ready
    backups.copy_database(good, backups.sibling(filled_db_path, backups.RESTORE_READY))
    dialogs.answers = [startup.OK]
    opened = startup.open_database_for_gui(filled_db_path)
    assert opened is not None
    assert dialogs.shown[0]["title"] == "Onderbroken werk afgemaakt"
    assert "vervangen" in dialogs.shown[0]["text"]
    close_database()
    assert snapshot(filled_db_path) == expected


def test_left_over_lock_lifted_after_the_users_word(dialogs, filled_db_path):
    from wijkdesk.store.lock import lock_path_for

    lock_path_for(filled_db_path).write_bytes(b"")
    dialogs.answers = [startup.UNLOCK]
    opened = startup.open_database_for_gui(filled_db_path)
    assert opened is not None and not opened.readonly
    assert dialogs.shown[0]["title"] == "Achtergebleven slot"
    assert dialogs.shown[0]["buttons"] == {startup.UNLOCK, startup.READONLY, startup.QUIT}
    Wijk.create(naam="Rivierenwijk")  # writable


def test_left_over_lock_quit_keeps_it(dialogs, filled_db_path):
    from wijkdesk.store.lock import lock_path_for

    lock_path_for(filled_db_path).write_bytes(b"")
    dialogs.answers = [startup.QUIT]
    assert startup.open_database_for_gui(filled_db_path) is None
    assert lock_path_for(filled_db_path).read_bytes() == b""


def test_read_only_folder_opens_read_only_in_the_window(dialogs, filled_db_path):
    from store_helpers import read_only_folder

    with read_only_folder(filled_db_path.parent):
        dialogs.answers = [startup.READONLY]
        opened = startup.open_database_for_gui(filled_db_path)
        assert opened is not None and opened.readonly
        assert Wijk.select().count() == 1
        assert dialogs.shown[0]["title"] == "Alleen-lezen"
        assert "niet schrijven in de map" in dialogs.shown[0]["text"]
        close_database()


def test_read_only_folder_window_names_the_folder_not_another_wijkdesk(dialogs, filled_db_path, qtbot, monkeypatch):
    """Opened read-only because the folder is write-protected: the status bar and the refusal of a
    typed change say so and what to do, not 'een andere WijkDesk werkt erin' (nobody else is there)."""
    from PySide6.QtCore import Qt

    from store_helpers import read_only_folder
    from wijkdesk.views import app

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: warnings.append(text)))
    monkeypatch.setattr(app, "apply_settings", lambda settings: None)
    with read_only_folder(filled_db_path.parent):
        dialogs.answers = [startup.READONLY]
        window = app.create_main_window(filled_db_path)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        try:
            status = window.statusBar().currentMessage()
            assert "mag niet schrijven" in status and "andere WijkDesk" not in status, status
            tab = window.ideeen_tab
            window.tabs.setCurrentWidget(tab)
            before = Idee.select().count()
            tab.capture.setFocus()
            qtbot.keyClicks(tab.capture, "Bankje bij de vijver")
            qtbot.keyClick(tab.capture, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
            assert "mag niet schrijven" in warnings[-1] and "andere WijkDesk" not in warnings[-1], warnings
            assert "map waarin u mag schrijven" in warnings[-1]
            assert Idee.select().count() == before
        finally:
            window.close()
            from wijkdesk.views import background

            background.wait(10_000)
            close_database()
