"""AVG erase (issue 12, defects 1 and 2): nothing of the person left anywhere, and it stays that way."""
from __future__ import annotations

import shutil
import sqlite3

import openpyxl
import pytest

from wijkdesk.services import groepen, ideeen, wissen
from wijkdesk.store import backups, erasures
from wijkdesk.store.models import AuditLog, Idee, Lidmaatschap, Persoon

PHONE = "06 77446522"


@pytest.fixture
def dirk(groep):
    persoon = groepen.create_persoon("Dirk Dekker", email="dirk.dekker@voorbeeld.nl", telefoon=PHONE,
                                     notities="Heeft de sleutel van het buurthuis")
    groepen.add_lid(groep, persoon, "contactpersoon")
    return persoon


@pytest.fixture
def idea(wijk, dirk):
    return ideeen.create_idee(wijk, "Bankjes bij de vijver", omschrijving=f"contact: Dirk Dekker {PHONE}",
                              ingediend_door_persoon=dirk)


def _export_texts(path) -> str:
    from wijkdesk.exchange.excel_export import export_workbook

    export_workbook(path)
    wb = openpyxl.load_workbook(path)
    return "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)


def test_mentions_are_found_and_shown_before_the_erase(dirk, idea, wijk):
    other = ideeen.create_idee(wijk, "Boomspiegels", omschrijving="Bel D. Dekker of mail dirk.dekker@voorbeeld.nl")
    ideeen.create_idee(wijk, "Dakgoot", omschrijving="de dakdekker komt dinsdag")
    found = {(m.rij_uuid, m.kolom): m for m in wissen.find_mentions(dirk)}
    assert set(found) == {(idea.uuid, "omschrijving"), (other.uuid, "omschrijving")}
    shown = found[(idea.uuid, "omschrijving")]
    assert shown.tekst == f"contact: Dirk Dekker {PHONE}" and "Dekker" not in shown.wordt
    assert shown.omschrijving.startswith("Idee 'Bankjes bij de vijver'")


def test_erased_person_never_reaches_an_export_again(dirk, idea, wijk, tmp_path):
    """Defect 1: the export scrubbed only persons still in Persoon. Here the user keeps the mention at the
    erase (and types the name again afterwards): the export still leaves the person out."""
    kept = next(m for m in wissen.find_mentions(dirk) if m.rij_uuid == idea.uuid)
    wissen.erase_person(dirk, keep=[kept.key])
    assert Idee.get_by_id(idea.id).omschrijving == f"contact: Dirk Dekker {PHONE}"  # kept, as chosen
    ideeen.create_idee(wijk, "Later", omschrijving="Sleutel bij dhr. Dekker, mail dirk.dekker@voorbeeld.nl, "
                                                   "bel +31 6 77 44 65 22")
    texts = _export_texts(tmp_path / "export.xlsx")
    for piece in ("Dekker", "dirk.dekker", "77446522", "77 44 65 22"):
        assert piece not in texts, piece
    assert "Bankjes bij de vijver" in texts  # the idea itself is still there


def test_erase_scrubs_free_text_audit_log_and_leaves_the_idea_without_a_name(dirk, idea):
    result = wissen.erase_person(dirk)
    assert Persoon.get_or_none(Persoon.id == dirk.id) is None
    assert not Lidmaatschap.select().where(Lidmaatschap.persoon == dirk.id).exists()
    after = Idee.get_by_id(idea.id)
    assert after.ingediend_door_persoon_id is None and "Dekker" not in after.omschrijving
    assert "77446522" not in after.omschrijving.replace(" ", "")
    assert result.teksten == 1 and result.logregels >= 1
    for row in AuditLog.select():
        assert "Dekker" not in row.wijzigingen + row.reden and "77446522" not in row.wijzigingen


def test_a_window_still_showing_the_name_cannot_write_it_back_after_the_erase(dirk, idea):
    """The erase gives every row it rewrote its next version (issue 15): a pane elsewhere that was filled
    before the erase, with the name in it, is refused when it saves instead of putting the name back."""
    from wijkdesk.services import changes
    from wijkdesk.services.errors import ConflictError

    shown = Idee.get_by_id(idea.id)  # another window's pane, filled before the erase
    wissen.erase_person(dirk)
    with pytest.raises(ConflictError):
        with changes.change("Idee wijzigen", versies={("Idee", idea.id): shown.versie}):
            ideeen.update_idee(idea.id, omschrijving=shown.omschrijving + " (bel eerst)")
    assert "Dekker" not in Idee.get_by_id(idea.id).omschrijving


def test_undo_of_an_erase_brings_everything_back_and_takes_the_person_off_the_list(dirk, idea, db_anchor):
    before = Idee.get_by_id(idea.id).omschrijving
    result = wissen.erase_person(dirk)
    assert erasures.load(db_anchor).has(result.id_hash)
    wissen.undo_erase(result)
    assert Persoon.get_by_id(dirk.id).email == "dirk.dekker@voorbeeld.nl"
    assert Idee.get_by_id(idea.id).omschrijving == before
    assert Idee.get_by_id(idea.id).ingediend_door_persoon_id == dirk.id
    assert not erasures.load(db_anchor).has(result.id_hash)


def _raw(path) -> bytes:
    return path.read_bytes() if path.exists() else b""


def _pieces() -> list[bytes]:
    return [b"Dirk Dekker", b"dirk.dekker@voorbeeld.nl", b"77446522", PHONE.encode(), b"sleutel van het buurthuis"]


@pytest.mark.sqlite_only  # reads the SQLite file, its -wal or its backups itself
def test_nothing_left_in_file_wal_backups_and_logs(dirk, idea, db, db_path, data_dir):
    """Defect 2: backups, free pages, the WAL and the audit log kept the person."""
    from wijkdesk import logsetup

    logsetup.setup_logging()
    import logging
    logging.getLogger("test").info("Lid 'Dirk Dekker' toegevoegd")  # as if something had logged the name
    older = backups.make_backup(db_path, reason=backups.REASON_MANUAL)
    assert b"Dirk Dekker" in older.read_bytes()
    result = wissen.erase_person(dirk)
    assert older in result.kopieen and not result.problemen, result.problemen
    files = [db_path, db_path.with_name(db_path.name + "-wal"), *backups.list_backups(db_path),
             *erasures.log_files(), erasures.list_path(db_path)]
    for f in files:
        raw = _raw(getattr(f, "path", f))
        for piece in _pieces():
            assert piece not in raw, (f, piece)
    assert sqlite3.connect(older).execute("SELECT COUNT(*) FROM persoon WHERE naam = 'Dirk Dekker'").fetchone() == (0,)


@pytest.mark.sqlite_only  # reads the SQLite file, its -wal or its backups itself
def test_restore_of_an_older_copy_erases_again_and_check_sees_a_returned_person(dirk, idea, db, db_path, tmp_path):
    from wijkdesk.services.check import run_checks
    from wijkdesk.store.database import close_database, open_database

    outside = backups.export_backup(db_path, tmp_path / "usb" / "kopie.db")  # a copy the erase cannot reach
    wissen.erase_person(dirk)
    assert not run_checks()
    close_database()
    shutil.copy(outside, db_path)  # put back by hand, without WijkDesk
    for ext in ("-wal", "-shm"):
        db_path.with_name(db_path.name + ext).unlink(missing_ok=True)
    open_database(db_path, readonly=True)
    problems = run_checks()
    assert any("eerder zijn gewist" in p for p in problems), problems
    close_database()
    open_database(db_path)
    again = wissen.reapply_erasures()
    assert again.personen == 1
    assert not Persoon.select().where(Persoon.naam == "Dirk Dekker").exists()
    assert "Dekker" not in Idee.get_by_id(idea.id).omschrijving
    assert not run_checks()


@pytest.mark.sqlite_only  # reads the SQLite file, its -wal or its backups itself
def test_backup_restore_command_erases_again(dirk, idea, db, db_path, tmp_path, capsys):
    from wijkdesk.cli import main
    from wijkdesk.store.database import close_database

    outside = backups.export_backup(db_path, tmp_path / "usb" / "kopie.db")
    wissen.erase_person(dirk)
    close_database()
    assert main(["backup", "--db", str(db_path), "--restore", str(outside)]) == 0
    assert "opnieuw gewist" in capsys.readouterr().out
    assert main(["check", "--db", str(db_path)]) == 0
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT COUNT(*) FROM persoon WHERE naam = 'Dirk Dekker'").fetchone() == (0,)
    conn.close()


@pytest.mark.sqlite_only  # reads the SQLite file, its -wal or its backups itself
def test_erase_person_command(dirk, idea, db, db_path, capsys):
    from wijkdesk.cli import main
    from wijkdesk.store.database import close_database

    close_database()
    assert main(["erase-person", "--db", str(db_path), "--naam", "dirk dekker", "--ja"]) == 0
    out = capsys.readouterr().out
    assert "Idee 'Bankjes bij de vijver', omschrijving" in out and "Gewist." in out
    assert main(["erase-person", "--db", str(db_path), "--naam", "Dirk Dekker", "--ja"]) == 1
    for piece in _pieces():
        assert piece not in db_path.read_bytes()


def test_erase_refused_when_the_list_cannot_be_written_changes_nothing(dirk, idea, db_path, monkeypatch):
    from wijkdesk.services.errors import ServiceError

    def broken(*_a, **_k):
        raise OSError("schijf vol")

    monkeypatch.setattr(erasures, "save", broken)
    with pytest.raises(ServiceError, match="Er is niets gewist"):
        wissen.erase_person(dirk)
    assert Persoon.get_by_id(dirk.id).naam == "Dirk Dekker"
    assert Idee.get_by_id(idea.id).ingediend_door_persoon_id == dirk.id


def test_erase_in_an_encrypted_database_keeps_its_backups_encrypted(data_dir):
    from wijkdesk.services import wijken
    from wijkdesk.store import cipher
    from wijkdesk.store.database import close_database, open_database

    path = data_dir / "versleuteld.db"
    try:
        open_database(path, passphrase="lange zomeravond 2026")
        wijk = wijken.create_wijk("Keizerslanden")
        groep = groepen.create_groep(wijk, "Werkgroep Groen")
        persoon = groepen.create_persoon("Dirk Dekker", email="dirk.dekker@voorbeeld.nl", telefoon=PHONE)
        groepen.add_lid(groep, persoon)
        ideeen.create_idee(wijk, "Bankjes", omschrijving="contact: Dirk Dekker")
        older = backups.make_backup(path)
        result = wissen.erase_person(persoon)
        assert result.kopieen == [older] and not result.problemen, result.problemen
        assert cipher.is_encrypted(older) and cipher.is_encrypted(path)
        conn = cipher.connect(older, cipher.key_for_file(older))
        assert conn.execute("SELECT COUNT(*) FROM persoon").fetchone() == (0,)
        assert "Dekker" not in conn.execute("SELECT omschrijving FROM idee").fetchone()[0]
        conn.close()
    finally:
        close_database()
        cipher.forget()


KILLED_ERASE = """
import os, signal, sys
sys.path.insert(0, {root!r})
from wijkdesk import paths
paths.set_data_dir({data!r})
from wijkdesk.services import wissen
from wijkdesk.store.database import open_database
from wijkdesk.store.models import Persoon
open_database({db!r})
real = wissen._erase_rows
calls = []
def erase_then_die(conn, *args, **kwargs):
    calls.append(1)
    if len(calls) == 2:  # the first backup copy, halfway: its scratch copy is on disk
        real(conn, *args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)
    return real(conn, *args, **kwargs)
wissen._erase_rows = erase_then_die
wissen.erase_person(Persoon.get(Persoon.naam == "Dirk Dekker"))
"""


@pytest.mark.sqlite_only  # reads the SQLite file, its -wal or its backups itself
def test_killed_halfway_through_the_backups_the_next_start_finishes_the_erase(dirk, idea, db, db_path, data_dir):
    import subprocess
    import sys
    from pathlib import Path

    from wijkdesk.services.check import run_checks
    from wijkdesk.store.database import close_database, open_database

    older = backups.make_backup(db_path, reason=backups.REASON_MANUAL)
    close_database()
    root = str(Path(__file__).resolve().parents[2])
    proc = subprocess.run([sys.executable, "-c", KILLED_ERASE.format(root=root, data=str(data_dir), db=str(db_path))],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == -9, proc.stderr
    leftovers = list(older.parent.glob("*.wissen.tmp"))
    assert leftovers and b"Dirk Dekker" in older.read_bytes()  # killed with the backup not yet rewritten
    open_database(db_path)  # what the window does at start:
    again = wissen.reapply_erasures()
    assert again.kopieen and not again.problemen
    assert not list(older.parent.glob("*.wissen.tmp"))
    for b in backups.list_backups(db_path):
        for piece in _pieces():
            assert piece not in b.path.read_bytes(), (b.path.name, piece)
    assert not run_checks()


def test_an_unreadable_erasure_list_refuses_the_erase_and_check_says_so(dirk, db_anchor):
    from wijkdesk.services.check import run_checks
    from wijkdesk.services.errors import ServiceError

    erasures.list_path(db_anchor).write_text("{kapot", encoding="utf-8")
    with pytest.raises(ServiceError, match="onleesbaar"):
        wissen.erase_person(dirk)
    assert Persoon.get_by_id(dirk.id).naam == "Dirk Dekker"
    assert any("onleesbaar" in p for p in run_checks())


@pytest.mark.sqlite_only  # reads the SQLite file, its -wal or its backups itself
def test_a_backup_that_cannot_be_rewritten_is_named_and_the_rest_is_erased(dirk, db_path, monkeypatch):
    older = backups.make_backup(db_path, reason=backups.REASON_MANUAL)
    real = erasures.rewrite_copy

    def read_only(path, change):
        if path == older:
            raise erasures.BackupError(f"{path.name}: alleen-lezen", path)
        return real(path, change)

    monkeypatch.setattr(erasures, "rewrite_copy", read_only)
    result = wissen.erase_person(dirk)
    assert Persoon.get_or_none(Persoon.id == dirk.id) is None
    assert len(result.problemen) == 1 and older.name in result.problemen[0] and "verwijder die zelf" in result.problemen[0]


@pytest.mark.sqlite_only  # reads the SQLite file, its -wal or its backups itself
def test_erase_person_command_without_a_yes_erases_nothing(dirk, db, db_path, capsys, monkeypatch):
    import io

    from wijkdesk.cli import main
    from wijkdesk.store.database import close_database

    close_database()
    monkeypatch.setattr("sys.stdin", io.StringIO("nee\n"))
    assert main(["erase-person", "--db", str(db_path), "--id", str(dirk.id)]) == 1
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal at all
    assert main(["erase-person", "--db", str(db_path), "--id", str(dirk.id)]) == 1
    assert main(["erase-person", "--db", str(db_path), "--naam", "Niemand Bekend", "--ja"]) == 1
    assert "geen persoon 'Niemand Bekend'" in capsys.readouterr().err
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT email FROM persoon WHERE id = ?", (dirk.id,)).fetchone() == ("dirk.dekker@voorbeeld.nl",)
    conn.close()


@pytest.mark.sqlite_only  # reads the SQLite file, its -wal or its backups itself
def test_erase_person_command_with_a_name_two_persons_share_tells_them_apart(dirk, wijk, db, db_path, capsys):
    """Two residents with the same name (the demo has two 'Lotte Yildiz', same e-mail pattern): the
    list to choose from names what differs (phone, groups), and nothing is erased."""
    from wijkdesk.cli import main
    from wijkdesk.store.database import close_database

    other_groep = groepen.create_groep(wijk, "Jongerenraad", soort="bewonersgroep")
    twin = groepen.create_persoon("Dirk Dekker", email="dirk.dekker@voorbeeld.nl", telefoon="06 11223344")
    groepen.add_lid(other_groep, twin, "lid")
    close_database()
    assert main(["erase-person", "--db", str(db_path), "--naam", "dirk dekker", "--ja"]) == 1
    lines = {line for line in capsys.readouterr().err.splitlines() if "--id" in line}
    mine = next(line for line in lines if f"--id {dirk.id} " in line)
    theirs = next(line for line in lines if f"--id {twin.id} " in line)
    assert PHONE in mine and "Werkgroep Groen" in mine and "Jongerenraad" not in mine
    assert "06 11223344" in theirs and "Jongerenraad" in theirs
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT COUNT(*) FROM persoon WHERE naam = 'Dirk Dekker'").fetchone() == (2,)
    conn.close()


def test_a_copy_under_an_earlier_passphrase_is_named_as_such(data_dir, tmp_path):
    """A backup made before a passphrase change (or a restore of one) does not open with the current
    passphrase: the erase said 'Het wachtwoord klopt niet ... probeer het opnieuw' for a passphrase the
    user never typed. It now says the copy has another passphrase and what to do."""
    import datetime as dt

    from wijkdesk.services import wijken
    from wijkdesk.store import cipher, encryption
    from wijkdesk.store.database import close_database, open_database

    path = data_dir / "versleuteld.db"
    try:
        open_database(path, passphrase="lange zomeravond 2026")
        wijk = wijken.create_wijk("Keizerslanden")
        persoon = groepen.create_persoon("Dirk Dekker", email="dirk.dekker@voorbeeld.nl", telefoon=PHONE)
        groepen.add_lid(groepen.create_groep(wijk, "Werkgroep Groen"), persoon)
        outside = backups.export_backup(path, tmp_path / "usb" / "kopie.db")
        close_database()
        encryption.change_passphrase(outside, "lange zomeravond 2026", "herfststorm boven de wijk")
        from wijkdesk import paths

        earlier = paths.backup_dir_for(path) / backups.backup_name(path, dt.datetime(2026, 1, 5, 9, 0), "handmatig")
        earlier.parent.mkdir(parents=True, exist_ok=True)
        outside.replace(earlier)
        cipher.forget()
        open_database(path, passphrase="lange zomeravond 2026")
        result = wissen.erase_person(Persoon.get(Persoon.naam == "Dirk Dekker"))
        about = [p for p in result.problemen if earlier.name in p]
        assert len(about) == 1, result.problemen
        assert "ander wachtwoord" in about[0] and "probeer het opnieuw" not in about[0]
        assert earlier not in result.kopieen
    finally:
        close_database()
        cipher.forget()
