"""Encryption at rest (SQLCipher): what a lost laptop exposes, wrong passphrases, every command, on/off.

The raw-bytes tests first find their needles in a plain copy of the same data, so they can fail: a
needle that is not even in the plain file proves nothing about the encrypted one.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import threading

import pytest

from wijkdesk.cli import main
from wijkdesk.domain.money import format_cents
from wijkdesk.services.check import run_checks
from wijkdesk.services.demo import fill_demo
from wijkdesk.store import backups, cipher, encryption, text_index
from wijkdesk.store.database import (
    PassphraseRequiredError,
    WrongPassphraseError,
    close_database,
    current,
    open_database,
)
from wijkdesk.store.errors import EncryptionError
from wijkdesk.store.lock import lock_path_for
from wijkdesk.store.models import Idee, Persoon, Uitgave

from store_helpers import DEMO_PASSPHRASE

PASSPHRASE = "lange zomeravond 2026"
OTHER = "herfststorm boven de wijk"


@pytest.fixture(autouse=True)
def empty_keyring():
    """Every test starts with no passphrase in memory, as a fresh program does."""
    cipher.forget()
    cipher.set_passphrase_source(None)
    yield
    close_database()
    cipher.forget()
    cipher.set_passphrase_source(None)


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def demo_needles() -> list[bytes]:
    """Names, e-mail addresses, titles and amounts (as the log and text columns would write them)."""
    texts = [p.naam for p in Persoon.select()] + [p.email for p in Persoon.select() if p.email]
    texts += [i.titel for i in Idee.select()]
    texts += [format_cents(u.bedrag_cents) for u in Uitgave.select()] + [u.omschrijving for u in Uitgave.select()]
    return sorted({t.encode("utf-8") for t in texts if t and len(t) >= 6})


def found_in(needles: list[bytes], *paths) -> list[bytes]:
    data = b"".join(p.read_bytes() for p in paths if p.exists())
    return [n for n in needles if n in data]


@pytest.fixture
def plain_demo(data_dir, demo_template, copy_template):
    """A closed plain demo database (a copy of the session's demo: made by open, fill_demo, close)."""
    return copy_template(demo_template, data_dir / "plain.db")


@pytest.fixture
def encrypted_demo(data_dir, encrypted_demo_template, copy_template):
    """A closed encrypted demo database (passphrase PASSPHRASE), and the keyring empty: a copy of the
    session's encrypted demo (made by open with the passphrase, fill_demo, close)."""
    assert PASSPHRASE == DEMO_PASSPHRASE
    return copy_template(encrypted_demo_template, data_dir / "versleuteld.db")


def test_raw_file_wal_and_backups_hold_no_readable_demo_text(data_dir, plain_demo):
    open_database(plain_demo)
    needles = demo_needles()
    close_database()
    in_plain = found_in(needles, plain_demo)
    assert len(in_plain) > 50  # the control: the plain file shows names, titles and amounts

    path = data_dir / "versleuteld.db"
    open_database(path, passphrase=PASSPHRASE)
    fill_demo()
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the window is open: changes sit in the -wal
    made = backups.make_backup(path)
    assert found_in(in_plain, path, wal, made) == []
    close_database()
    open_database(path, passphrase=PASSPHRASE)  # a start backup too
    start_backup = current().backup
    close_database()
    assert start_backup is not None
    assert found_in(in_plain, path, *[b.path for b in backups.list_backups(path)]) == []
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"


def test_wrong_passphrase_is_refused_and_changes_nothing(encrypted_demo):
    before = sha256(encrypted_demo)
    listing = sorted(p.name for p in encrypted_demo.parent.iterdir())
    with pytest.raises(WrongPassphraseError, match="wachtwoord klopt niet.*niets gewijzigd"):
        open_database(encrypted_demo, passphrase="verkeerd wachtwoord")
    assert sha256(encrypted_demo) == before
    assert sorted(p.name for p in encrypted_demo.parent.iterdir()) == listing  # no lock, -wal or backup
    assert not lock_path_for(encrypted_demo).exists()


def test_missing_passphrase_says_how_to_give_it(encrypted_demo):
    before = sha256(encrypted_demo)
    with pytest.raises(PassphraseRequiredError, match="versleuteld.*WIJKDESK_WACHTWOORD") as info:
        open_database(encrypted_demo)
    assert not isinstance(info.value, WrongPassphraseError)
    assert sha256(encrypted_demo) == before


def test_passphrase_never_in_messages_or_log(encrypted_demo, data_dir):
    with pytest.raises(WrongPassphraseError) as info:
        open_database(encrypted_demo, passphrase="mijn-geheime-poging")
    assert "mijn-geheime-poging" not in str(info.value)
    open_database(encrypted_demo, passphrase=PASSPHRASE)
    assert PASSPHRASE not in repr(current()) and PASSPHRASE not in repr(current().key)
    close_database()
    for log_file in (data_dir / "logs").glob("*") if (data_dir / "logs").exists() else []:
        assert PASSPHRASE.encode() not in log_file.read_bytes()


def test_services_checks_and_background_threads_work_encrypted(encrypted_demo):
    open_database(encrypted_demo, passphrase=PASSPHRASE)
    assert run_checks() == []
    assert Persoon.select().count() > 0
    seen = {}

    def worker():  # a background query opens its own connection, as views/background.py does
        from wijkdesk.store.models import db
        seen["ideeen"] = Idee.select().count()
        db.close()

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen["ideeen"] == Idee.select().count() > 0


def test_opens_with_the_passphrase_in_any_sqlcipher4_tool(encrypted_demo):
    """The raw key WijkDesk hands SQLCipher is the one SQLCipher derives itself: no lock-in."""
    conn = cipher.sqlcipher.connect(str(encrypted_demo))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    assert conn.execute("SELECT count(*) FROM persoon").fetchone()[0] > 0
    conn.close()


def test_restore_of_an_encrypted_backup(encrypted_demo):
    open_database(encrypted_demo, passphrase=PASSPHRASE)
    made = backups.make_backup(encrypted_demo)
    first = Idee.select().order_by(Idee.id).first()
    title = first.titel
    Idee.update(titel="Na de reservekopie veranderd").where(Idee.id == first.id).execute()
    close_database()
    assert backups.newest_good_backup(encrypted_demo) is not None  # the keyring opens the backups
    aside = backups.restore_backup(encrypted_demo, made)
    assert aside is not None and aside.exists()
    cipher.forget()
    open_database(encrypted_demo, passphrase=PASSPHRASE)
    assert Idee.get_by_id(first.id).titel == title
    assert current().encrypted


def test_every_command_on_an_encrypted_database(encrypted_demo, tmp_path, monkeypatch, capsys):
    db = str(encrypted_demo)
    before = sha256(encrypted_demo)
    assert main(["check", "--db", db]) == 2
    assert "versleuteld" in capsys.readouterr().err
    assert sha256(encrypted_demo) == before

    secret = tmp_path / "wachtwoord.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert main(["check", "--db", db, "--passphrase-file", str(secret)]) == 0
    assert "gezond" in capsys.readouterr().out
    cipher.forget()

    monkeypatch.setenv(cipher.PASSPHRASE_ENV, PASSPHRASE)
    out_file = tmp_path / "financien.xlsx"
    assert main(["export", "--db", db, "--out", str(out_file)]) == 0
    assert out_file.is_file()
    assert main(["import", "--db", db, str(out_file), "--dry-run"]) == 0
    assert "ongewijzigd" in capsys.readouterr().out
    assert main(["backup", "--db", db]) == 0
    made = backups.list_backups(encrypted_demo)[0].path
    assert cipher.is_encrypted(made)
    assert main(["backup", "--db", db, "--to", str(tmp_path / "usb.db")]) == 0
    assert cipher.is_encrypted(tmp_path / "usb.db")
    assert main(["backup", "--db", db, "--list"]) == 0
    assert main(["backup", "--db", db, "--restore"]) == 0
    assert "teruggezet" in capsys.readouterr().out
    cipher.forget()
    assert main(["check", "--db", db]) == 0
    monkeypatch.setenv(cipher.PASSPHRASE_ENV, "verkeerd wachtwoord")
    cipher.forget()
    assert main(["export", "--db", db, "--out", str(tmp_path / "nee.xlsx")]) == 2
    assert "klopt niet" in capsys.readouterr().err
    assert not (tmp_path / "nee.xlsx").exists()


def test_passphrase_file_problems_are_clear(encrypted_demo, tmp_path, capsys):
    empty = tmp_path / "leeg.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["check", "--db", str(encrypted_demo), "--passphrase-file", str(empty)]) == 2
    assert "is leeg" in capsys.readouterr().err
    assert main(["check", "--db", str(encrypted_demo), "--passphrase-file", str(tmp_path / "weg.txt")]) == 2
    assert "weg.txt bestaat niet" in capsys.readouterr().err


@pytest.mark.parametrize("kind,fragment", [
    ("utf16", "is geen UTF-8-tekst: sla het op als tekst in UTF-8"),  # was "'utf-8' codec can't decode byte 0xff"
    ("map", "is een map, geen bestand"),
    ("groot", "is groter dan 64 kB"),
    ("pijp", "is geen gewoon bestand"),  # opening it waited for a writer, for ever
    ("nul", "is geen gewoon bestand"),  # /dev/zero was read until memory ran out
])
def test_a_hostile_passphrase_file_is_refused_in_dutch(encrypted_demo, tmp_path, capsys, kind, fragment):
    secret = tmp_path / "wachtwoord.txt"
    if kind == "utf16":
        secret.write_bytes(b"\xff\xfe" + PASSPHRASE.encode("utf-16-le"))
    elif kind == "map":
        secret.mkdir()
    elif kind == "groot":
        secret.write_text(PASSPHRASE + "\n" + "x" * 70_000, encoding="utf-8")
    elif kind == "pijp":
        if not hasattr(os, "mkfifo"):
            pytest.skip("named pipes are a POSIX thing")
        os.mkfifo(secret)
    elif not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    else:
        secret = "/dev/zero"
    before = encrypted_demo.read_bytes()
    assert main(["check", "--db", str(encrypted_demo), "--passphrase-file", str(secret)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Fout: Het wachtwoordbestand") and fragment in err and "Er is niets gewijzigd" in err
    assert "codec" not in err and "Traceback" not in err
    assert encrypted_demo.read_bytes() == before


def _table_rows(path, key) -> dict:
    conn = cipher.connect(path, key, readonly=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                  if not text_index.is_index_table(r[0])]  # derived from the rows: not data of its own
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        conn.close()


def test_encrypt_keeps_a_verified_backup_and_converts_old_backups(plain_demo):
    open_database(plain_demo)
    needles = demo_needles()
    close_database()
    old_backup = backups.make_backup(plain_demo, reason="handmatig")
    rows_before = _table_rows(plain_demo, None)
    assert found_in(needles, old_backup)  # the control

    result = encryption.encrypt(plain_demo, PASSPHRASE)
    assert result.encrypted and result.backup.exists() and result.skipped == []
    assert old_backup in result.converted
    cipher.forget()
    key = cipher.key_for_file(plain_demo, PASSPHRASE)
    assert _table_rows(plain_demo, key) == rows_before
    assert _table_rows(result.backup, cipher.key_for_file(result.backup)) == rows_before
    everything = [plain_demo] + [b.path for b in backups.list_backups(plain_demo)]
    assert {b.reason for b in backups.list_backups(plain_demo)} == {"start", "handmatig", "voor-versleutelen"}
    assert found_in(needles, *everything) == []
    assert not plain_demo.with_name(plain_demo.name + ".omzetten.tmp").exists()

    with pytest.raises(EncryptionError, match="al versleuteld"):
        encryption.encrypt(plain_demo, OTHER)

    # A new passphrase: the old one no longer opens the database nor its backups.
    result = encryption.change_passphrase(plain_demo, PASSPHRASE, OTHER)
    cipher.forget()
    with pytest.raises(WrongPassphraseError):
        open_database(plain_demo, passphrase=PASSPHRASE)
    for backup in backups.list_backups(plain_demo):
        with pytest.raises(WrongPassphraseError):
            cipher.key_for_file(backup.path, PASSPHRASE)
    open_database(plain_demo, passphrase=OTHER)
    assert run_checks() == []
    close_database()

    # And off again: plain, readable by Python's own sqlite3, backups too.
    result = encryption.decrypt(plain_demo, OTHER)
    assert not result.encrypted
    assert _table_rows(plain_demo, None) == rows_before
    for backup in backups.list_backups(plain_demo):
        sqlite3.connect(backup.path).execute("SELECT count(*) FROM idee").fetchone()


def test_conversion_refuses_bad_input_and_changes_nothing(plain_demo, encrypted_demo):
    before = sha256(plain_demo)
    with pytest.raises(EncryptionError, match="te kort"):
        encryption.encrypt(plain_demo, "kort")
    with pytest.raises(EncryptionError, match="niet versleuteld"):
        encryption.decrypt(plain_demo, PASSPHRASE)
    assert sha256(plain_demo) == before
    assert not backups.list_backups(plain_demo)

    before = sha256(encrypted_demo)
    with pytest.raises(WrongPassphraseError):
        encryption.change_passphrase(encrypted_demo, "verkeerd wachtwoord", OTHER)
    assert sha256(encrypted_demo) == before
    assert not lock_path_for(encrypted_demo).exists()


def test_conversion_refused_while_the_database_is_open(encrypted_demo):
    open_database(encrypted_demo, passphrase=PASSPHRASE)
    before = sha256(encrypted_demo)
    from wijkdesk.store.errors import DatabaseLockedError
    with pytest.raises(DatabaseLockedError):
        encryption.decrypt(encrypted_demo, PASSPHRASE)
    assert sha256(encrypted_demo) == before


def test_cli_versleutel_wachtwoord_ontsleutel(plain_demo, tmp_path, monkeypatch, capsys):
    db = str(plain_demo)
    assert main(["versleutel", "--db", db]) == 2  # no terminal, no file, no variable: nothing done
    assert "nieuwe wachtwoord" in capsys.readouterr().err
    assert not cipher.is_encrypted(plain_demo)

    new_file = tmp_path / "nieuw.txt"
    new_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert main(["versleutel", "--db", db, "--new-passphrase-file", str(new_file)]) == 0
    out = capsys.readouterr().out
    assert "versleuteld" in out and "voor-versleutelen" in out
    assert cipher.is_encrypted(plain_demo)
    cipher.forget()

    monkeypatch.setenv(cipher.PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv("WIJKDESK_NIEUW_WACHTWOORD", OTHER)
    assert main(["wachtwoord", "--db", db]) == 0
    cipher.forget()
    monkeypatch.setenv(cipher.PASSPHRASE_ENV, OTHER)
    assert main(["ontsleutel", "--db", db]) == 0
    assert not cipher.is_encrypted(plain_demo)
    monkeypatch.delenv(cipher.PASSPHRASE_ENV)
    cipher.forget()
    assert main(["check", "--db", db]) == 0


def test_foreign_files_are_still_not_a_database(data_dir):
    """Random whole pages look like an encrypted file; with a passphrase the answer is 'wrong passphrase'."""
    path = data_dir / "ruis.db"
    path.write_bytes(bytes(range(256)) * 32)
    before = sha256(path)
    with pytest.raises(PassphraseRequiredError):
        open_database(path)
    with pytest.raises(WrongPassphraseError):
        open_database(path, passphrase=PASSPHRASE)
    assert sha256(path) == before


def test_unchanged_start_adds_no_backup_also_when_encrypted(encrypted_demo):
    """Encrypted copies never match byte for byte; the start compares their rows instead."""
    open_database(encrypted_demo, passphrase=PASSPHRASE)
    first = current().backup
    close_database()
    open_database(encrypted_demo)
    assert current().backup == first
    Idee.update(titel="Veranderd na de start").where(Idee.id == Idee.select(Idee.id).limit(1)).execute()
    close_database()
    open_database(encrypted_demo)
    assert current().backup != first
    assert len(backups.list_backups(encrypted_demo)) == 2


def test_a_conversion_interrupted_by_a_crash_leaves_no_copy_after_the_next_start(plain_demo):
    """A kill -9 during a decryption would leave a readable copy beside the database: the start removes it."""
    from wijkdesk import paths

    backup = backups.make_backup(plain_demo)
    half = [plain_demo.with_name(plain_demo.name + ".omzetten.tmp"),
            backup.with_name(backup.name + ".omzetten.tmp"),
            plain_demo.with_name(f"{plain_demo.stem}-vervangen-20261201-101010.db.omzetten.tmp")]
    half[2].with_name(half[2].name[:-len(".omzetten.tmp")]).write_bytes(b"x")  # the file being converted
    for path in half:
        path.write_bytes(b"SQLite format 3\x00 Dirk Dekker half geschreven")
    keep = paths.backup_dir_for(plain_demo) / "iets-anders.omzetten.tmp"  # not ours: left alone
    keep.write_bytes(b"x")
    open_database(plain_demo)
    assert [p for p in half if p.exists()] == []
    assert keep.exists()


def test_restoring_a_copy_with_an_earlier_passphrase_says_which_passphrase_now_opens_it(
        encrypted_demo, tmp_path, monkeypatch, capsys):
    """A USB copy from before a passphrase change, restored: the database silently took the copy's old
    passphrase and the next start refused the new one ('het wachtwoord klopt niet')."""
    monkeypatch.setenv("WIJKDESK_WACHTWOORD", PASSPHRASE)
    usb = tmp_path / "usb" / "oud.db"
    assert main(["backup", "--db", str(encrypted_demo), "--to", str(usb)]) == 0
    cipher.forget()
    encryption.change_passphrase(encrypted_demo, PASSPHRASE, OTHER)
    cipher.forget()
    capsys.readouterr()
    assert main(["backup", "--db", str(encrypted_demo), "--restore", str(usb)]) == 0  # the copy's passphrase
    out = capsys.readouterr().out
    assert "ander wachtwoord" in out and "wijkdesk wachtwoord" in out, out
    cipher.forget()
    open_database(encrypted_demo, passphrase=PASSPHRASE)  # what the message says opens it now
    close_database()
    cipher.forget()
    capsys.readouterr()
    # The same passphrase on both sides: nothing to say.
    same = tmp_path / "usb" / "nieuw.db"
    assert main(["backup", "--db", str(encrypted_demo), "--to", str(same)]) == 0
    cipher.forget()
    assert main(["backup", "--db", str(encrypted_demo), "--restore", str(same)]) == 0
    assert "ander wachtwoord" not in capsys.readouterr().out


def test_receipts_are_encrypted_with_the_database_and_converted_with_it(plain_demo, tmp_path):
    from wijkdesk.services import budget
    from wijkdesk.store import attachments

    receipt = tmp_path / "bon.pdf"
    receipt.write_bytes(b"%PDF-1.4 Bonnetje van Dirk Dekker, 06 77446522, EUR 12,50")
    open_database(plain_demo)
    uitgave = Uitgave.select().first()
    budget.update_uitgave(uitgave.id, bonnetje_bron=receipt)
    stored = Uitgave.get_by_id(uitgave.id).bonnetje
    close_database()
    files = attachments.stored_files(plain_demo)
    assert len(files) == 1 and b"Dirk Dekker" in files[0].read_bytes()  # the control

    result = encryption.encrypt(plain_demo, PASSPHRASE)
    assert result.attachments == 1
    assert b"Dekker" not in files[0].read_bytes() and cipher.is_encrypted(files[0])
    cipher.forget()
    open_database(plain_demo, passphrase=PASSPHRASE)
    assert attachments.problem(plain_demo, stored) is None  # its name still matches its plain content
    shown = budget.receipt_file(uitgave.id)
    assert shown != files[0] and shown.read_bytes() == receipt.read_bytes()
    assert run_checks() == []

    # A new receipt beside the encrypted database is written encrypted at once.
    other = tmp_path / "tweede.pdf"
    other.write_bytes(b"%PDF-1.4 tweede bonnetje Speeltuin Zandweerd")
    second = Uitgave.select().where(Uitgave.id != uitgave.id).first()
    budget.update_uitgave(second.id, bonnetje_bron=other)
    new_files = [f for f in attachments.stored_files(plain_demo) if f != files[0]]
    assert len(new_files) == 1 and b"Zandweerd" not in new_files[0].read_bytes()
    assert budget.receipt_file(second.id).read_bytes() == other.read_bytes()
    close_database()

    result = encryption.decrypt(plain_demo, PASSPHRASE)
    assert result.attachments == 2
    assert files[0].read_bytes() == receipt.read_bytes()
