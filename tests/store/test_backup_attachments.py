"""Receipts travel with backups: `backup --to` to a new laptop, rotating backups sharing unchanged
files (hard links), an encrypted database's receipts staying encrypted, half-built folders removed."""
from __future__ import annotations

import datetime as dt
import hashlib
import shutil

import pytest

from wijkdesk.cli import main
from wijkdesk.services import budget, check, wijken
from wijkdesk.store import attachments, backups, cipher, leftovers
from wijkdesk.store.database import close_database, open_database
from wijkdesk.store.models import Uitgave

RECEIPT = b"%PDF-1.4 Bonnetje Bouwmarkt Zandweerd EUR 12,50"
PASSPHRASE = "lange zomeravond 2026"


@pytest.fixture(autouse=True)
def empty_keyring():
    cipher.forget()
    yield
    close_database()
    cipher.forget()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def database_with_receipt(path, tmp_path, passphrase=None) -> int:
    """A closed database at `path` with one expense whose receipt is stored; returns the expense id."""
    path.parent.mkdir(parents=True, exist_ok=True)
    open_database(path, passphrase=passphrase) if passphrase else open_database(path)
    wijk = wijken.create_wijk("Keizerslanden")
    budget.set_budget(wijk, 2026, 1_000_000)
    source = tmp_path / "bon.pdf"
    source.write_bytes(RECEIPT)
    row = budget.create_uitgave(wijk, 2026, 1_250, "Verf", "1-3-2026", bonnetje_bron=source)
    source.unlink()
    close_database()
    return row.id


def receipt_problems() -> list[str]:
    return [p for p in check.run_checks() if "bonnetje" in p.lower()]


def test_a_receipt_moves_to_a_new_laptop_through_backup_to_and_restore(data_dir, tmp_path, capsys):
    old = tmp_path / "oude-laptop" / "wijkdesk.db"
    uitgave_id = database_with_receipt(old, tmp_path)
    usb = tmp_path / "usb" / "kopie.db"
    assert main(["backup", "--db", str(old), "--to", str(usb)]) == 0
    assert attachments.stored_files(usb), "the copy on the stick has its receipts beside it"
    shutil.rmtree(old.parent)  # the old laptop is gone

    new = tmp_path / "nieuwe-laptop" / "wijkdesk.db"
    new.parent.mkdir()
    assert main(["backup", "--db", str(new), "--restore", str(usb)]) == 0, capsys.readouterr().err
    open_database(new)
    stored = Uitgave.get_by_id(uitgave_id).bonnetje
    assert sha256(attachments.resolve(new, stored).read_bytes()) == sha256(RECEIPT)
    assert attachments.problem(new, stored) is None
    assert receipt_problems() == []


def test_restore_adds_receipts_and_keeps_the_ones_the_current_rows_need(data_dir, tmp_path):
    path = data_dir / "wijkdesk.db"
    uitgave_id = database_with_receipt(path, tmp_path)
    backup = backups.make_backup(path, now=dt.datetime(2026, 3, 1, 9, 0))
    # after the backup: a second receipt, then the first file lost from the live folder
    open_database(path)
    other = tmp_path / "tweede.pdf"
    other.write_bytes(b"%PDF tweede")
    second = budget.update_uitgave(uitgave_id, bonnetje_bron=other)
    second_file = attachments.resolve(path, Uitgave.get_by_id(uitgave_id).bonnetje)
    close_database()
    first_file = [f for f in attachments.stored_files(path) if f != second_file][0]
    first_file.unlink()

    backups.restore_backup(path, backup)
    assert first_file.read_bytes() == RECEIPT  # back from the backup
    assert second_file.exists()  # a file the current rows (now set aside) need is never removed
    open_database(path)
    assert receipt_problems() == []
    assert second is not None


def test_rotating_backups_of_an_unchanged_database_share_the_receipt_file(data_dir, tmp_path):
    path = data_dir / "wijkdesk.db"
    database_with_receipt(path, tmp_path)
    live = attachments.stored_files(path)
    first = backups.make_backup(path, now=dt.datetime(2026, 3, 1, 9, 0))
    second = backups.make_backup(path, now=dt.datetime(2026, 3, 2, 9, 0))
    in_first, in_second = attachments.stored_files(first), attachments.stored_files(second)
    assert len(live) == len(in_first) == len(in_second) == 1
    assert in_first[0].read_bytes() == RECEIPT
    inode = live[0].stat().st_ino
    assert in_first[0].stat().st_ino == in_second[0].stat().st_ino == inode  # one file on the disk

    removed = backups.rotate_backups(path, now=dt.datetime(2026, 6, 1), keep_last=1, keep_days=0)
    assert removed == [first]
    assert not attachments.folder(first).exists()
    assert in_second[0].read_bytes() == RECEIPT and live[0].read_bytes() == RECEIPT


def test_a_backup_copies_the_receipt_where_linking_is_impossible(data_dir, tmp_path, monkeypatch):
    path = data_dir / "wijkdesk.db"
    database_with_receipt(path, tmp_path)

    def no_links(src, dst):
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr("os.link", no_links)
    made = backups.make_backup(path, now=dt.datetime(2026, 3, 1, 9, 0))
    copied = attachments.stored_files(made)
    assert len(copied) == 1 and copied[0].read_bytes() == RECEIPT
    assert copied[0].stat().st_ino != attachments.stored_files(path)[0].stat().st_ino


def test_an_encrypted_databases_receipts_stay_encrypted_in_the_backup(data_dir, tmp_path):
    path = data_dir / "versleuteld.db"
    uitgave_id = database_with_receipt(path, tmp_path, passphrase=PASSPHRASE)
    usb = tmp_path / "usb" / "kopie.db"
    backups.export_backup(path, usb)
    made = backups.make_backup(path, now=dt.datetime(2026, 3, 1, 9, 0))
    for copy in (usb, made):
        files = attachments.stored_files(copy)
        assert len(files) == 1 and cipher.is_encrypted(files[0])
        assert b"Zandweerd" not in files[0].read_bytes()

    new = tmp_path / "nieuwe-laptop" / "versleuteld.db"
    new.parent.mkdir()
    backups.restore_backup(new, usb)
    cipher.forget()
    open_database(new, passphrase=PASSPHRASE)
    assert budget.receipt_file(uitgave_id).read_bytes() == RECEIPT
    assert receipt_problems() == []


def test_half_built_attachment_folders_are_removed_at_the_next_start(data_dir, tmp_path):
    path = data_dir / "wijkdesk.db"
    database_with_receipt(path, tmp_path)
    made = backups.make_backup(path, now=dt.datetime(2026, 3, 1, 9, 0))
    folder = paths_backup = made.parent
    building = folder / (made.stem.replace("20260301", "20260302") + "-bijlagen.tmp")
    orphan = folder / (made.stem.replace("20260301", "20260303") + "-bijlagen")
    for leftover in (building, orphan):
        (leftover / "ab").mkdir(parents=True)
        (leftover / "ab" / "ab12.pdf").write_bytes(RECEIPT)
    removed = leftovers.clean_up(path)
    assert set(removed) == {building, orphan}
    assert not building.exists() and not orphan.exists()
    assert attachments.stored_files(made) and paths_backup.is_dir()  # a real backup's folder stays


def test_encrypting_the_database_encrypts_the_receipts_of_its_older_backups(data_dir, tmp_path):
    from wijkdesk.store import encryption

    path = data_dir / "wijkdesk.db"
    database_with_receipt(path, tmp_path)
    made = backups.make_backup(path, now=dt.datetime(2026, 3, 1, 9, 0))
    kept = attachments.stored_files(made)
    assert b"Zandweerd" in kept[0].read_bytes()  # the control: readable before
    encryption.encrypt(path, PASSPHRASE)
    assert cipher.is_encrypted(made)
    kept = attachments.stored_files(made)
    assert len(kept) == 1 and cipher.is_encrypted(kept[0]) and b"Zandweerd" not in kept[0].read_bytes()


def test_the_backup_made_by_encrypting_has_the_encrypted_receipts(data_dir, tmp_path):
    from wijkdesk.store import encryption

    path = data_dir / "wijkdesk.db"
    uitgave_id = database_with_receipt(path, tmp_path)
    result = encryption.encrypt(path, PASSPHRASE)
    kept = attachments.stored_files(result.backup)
    assert len(kept) == 1 and cipher.is_encrypted(kept[0]) and b"Zandweerd" not in kept[0].read_bytes()

    new = tmp_path / "nieuwe-laptop" / "wijkdesk.db"
    new.parent.mkdir()
    backups.restore_backup(new, result.backup)
    cipher.forget()
    open_database(new, passphrase=PASSPHRASE)
    assert budget.receipt_file(uitgave_id).read_bytes() == RECEIPT
