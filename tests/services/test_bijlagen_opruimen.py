"""Attachment files no row names are removed at a safe moment (services.bijlagen_opruimen), without Qt:
what a row names (receipts and Bijlage rows) stays, a backup keeps its own link, a database restored
under another name keeps its files, a database without any reference removes nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from wijkdesk.cli import main
from wijkdesk.services import bijlagen, bijlagen_opruimen, budget, changes
from wijkdesk.store import attachments, backups
from wijkdesk.store.database import close_database, current, open_database


@pytest.fixture
def files(tmp_path):
    made = {}
    for name, content in (("bon-a.pdf", b"%PDF a"), ("bon-b.pdf", b"%PDF b"), ("foto.jpg", b"jpeg c")):
        path = tmp_path / name
        path.write_bytes(content)
        made[name] = path
    return made


def _sqlite_only():
    if current().path is None:
        pytest.skip("attachments live beside a database file")


def test_only_files_no_row_names_go_and_a_backup_keeps_its_own(wijk, budget_2026, db_path, files):
    _sqlite_only()
    kept = budget.create_uitgave(wijk, 2026, 500, "A", "1-3-2026", bonnetje_bron=files["bon-a.pdf"])
    gone = budget.create_uitgave(wijk, 2026, 700, "B", "2-3-2026", bonnetje_bron=files["bon-b.pdf"])
    toekenning = budget.create_toekenning(wijk, 2026, 10_000, omschrijving="Buurtfeest")
    photo = bijlagen.add("toekenning", toekenning.id, files["foto.jpg"])
    stored_gone = budget.receipt_file(gone.id)
    backup = backups.make_backup(db_path, reason="handmatig")
    with changes.change("B weg"):
        budget.delete_uitgave(gone.id)
    assert stored_gone.exists(), "an undo step may still need it while the program runs"

    removed = bijlagen_opruimen.remove_unreferenced()

    assert removed == [stored_gone] and not stored_gone.exists()
    assert budget.receipt_file(kept.id).exists()
    assert attachments.locate(db_path, photo.pad).exists(), "a Bijlage row names it"
    in_backup = attachments.folder(backup) / attachments.relative_name(gone.bonnetje)
    assert in_backup.read_bytes() == b"%PDF b", "the backup holds its own link to the removed file"
    assert bijlagen_opruimen.remove_unreferenced() == []  # nothing left to do


def test_a_database_restored_under_another_name_keeps_its_files(wijk, budget_2026, db_path, files):
    _sqlite_only()
    row = budget.create_uitgave(wijk, 2026, 500, "A", "1-3-2026", bonnetje_bron=files["bon-a.pdf"])
    assert row.bonnetje.startswith("test-bijlagen/")
    close_database()
    other = db_path.with_name("andere-naam.db")
    db_path.rename(other)
    attachments.folder(db_path).rename(attachments.folder(other))
    open_database(other)

    assert bijlagen_opruimen.remove_unreferenced() == []
    assert (attachments.folder(other) / attachments.relative_name(row.bonnetje)).exists()


def test_no_reference_at_all_removes_nothing(db, db_path, files):
    _sqlite_only()
    # The files of a database the user moved away, beside a new, empty one under the same name.
    left = attachments.add(db_path, files["bon-a.pdf"])
    assert bijlagen_opruimen.remove_unreferenced() == []
    assert attachments.resolve(db_path, left).exists()


def test_check_opruimen_from_the_command_line(wijk, budget_2026, db_path, files, capsys):
    _sqlite_only()
    gone = budget.create_uitgave(wijk, 2026, 700, "B", "2-3-2026", bonnetje_bron=files["bon-b.pdf"])
    budget.create_uitgave(wijk, 2026, 500, "A", "1-3-2026", bonnetje_bron=files["bon-a.pdf"])
    stored_gone = budget.receipt_file(gone.id)
    with changes.change("B weg"):
        budget.delete_uitgave(gone.id)
    close_database()

    assert main(["check", "--db", str(db_path)]) == 0
    assert stored_gone.exists(), "a plain check only reads"
    assert main(["check", "--db", str(db_path), "--opruimen"]) == 0
    out = capsys.readouterr().out
    assert "1 bijlage opgeruimd" in out and not stored_gone.exists()
    open_database(Path(db_path))  # the fixture closes it again


def test_a_receipt_of_the_database_a_restore_put_aside_stays(wijk, budget_2026, db_path, files, capsys):
    """Restore an older backup: the database it replaces is kept aside (-vervangen-) and names a receipt
    added after the backup, in the same folder. The clean-up at the next start keeps it."""
    _sqlite_only()
    budget.create_uitgave(wijk, 2026, 500, "A", "1-3-2026", bonnetje_bron=files["bon-a.pdf"])
    older = backups.make_backup(db_path, reason="handmatig")
    later = budget.create_uitgave(wijk, 2026, 700, "B", "2-3-2026", bonnetje_bron=files["bon-b.pdf"])
    stored_later = budget.receipt_file(later.id)
    close_database()
    assert main(["backup", "--db", str(db_path), "--restore", str(older)]) == 0, capsys.readouterr().err
    assert backups.set_aside_files(db_path), "the replaced database is kept aside"
    open_database(db_path)

    assert bijlagen_opruimen.remove_unreferenced() == []
    assert stored_later.exists(), "the set-aside database still names it"
