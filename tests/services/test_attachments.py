"""Receipts kept by content beside the database: relative paths, one file per content, check reports."""
from __future__ import annotations

import pytest

from wijkdesk.services import budget, changes, check
from wijkdesk.services.errors import ValidationError
from wijkdesk.store import attachments
from wijkdesk.store.models import Uitgave


def test_a_receipt_is_stored_once_by_content_relative_to_the_database(wijk, budget_2026, db_anchor, tmp_path):
    bon = tmp_path / "Bon Bouwmarkt.PDF"
    bon.write_bytes(b"%PDF-1.4 verf")
    first = budget.create_uitgave(wijk, 2026, 1_250, "Verf", "1-3-2026", bonnetje_bron=bon)
    copy = tmp_path / "kopie.pdf"
    copy.write_bytes(bon.read_bytes())
    second = budget.create_uitgave(wijk, 2026, 1_250, "Verf (2)", "2-3-2026", bonnetje_bron=copy)
    assert first.bonnetje == second.bonnetje  # same content, one file
    assert first.bonnetje.startswith(f"{db_anchor.stem}-bijlagen/") and first.bonnetje.endswith(".pdf")
    assert len(attachments.stored_files(db_anchor)) == 1
    bon.unlink()  # the user's own file may go: the copy stays
    assert budget.receipt_file(first.id).read_bytes() == b"%PDF-1.4 verf"
    assert check.run_checks() == []


def test_check_reports_missing_and_altered_receipts(wijk, budget_2026, db_anchor, tmp_path):
    bon = tmp_path / "bon.jpg"
    bon.write_bytes(b"jpeg bytes")
    row = budget.create_uitgave(wijk, 2026, 500, "Koffie", "1-3-2026", bonnetje_bron=bon)
    stored = budget.receipt_file(row.id)
    stored.write_bytes(b"iets anders")
    assert any("is gewijzigd" in p for p in check.run_checks())
    stored.unlink()
    assert any("ontbreekt" in p for p in check.run_checks())


def test_a_failed_copy_saves_nothing(wijk, budget_2026, tmp_path, monkeypatch):
    bon = tmp_path / "bon.pdf"
    bon.write_bytes(b"%PDF")

    def full(db_anchor, source):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(attachments, "add", full)
    with pytest.raises(ValidationError, match="kan niet worden bewaard"):
        with changes.change("Uitgave met bonnetje"):
            budget.create_uitgave(wijk, 2026, 500, "Koffie", "1-3-2026", bonnetje_bron=bon)
    assert Uitgave.select().count() == 0


def test_a_missing_receipt_books_nothing_and_the_second_try_books_once(wijk, budget_2026, db_anchor, tmp_path):
    """The first wave saved the expense before it looked at the receipt: a missing file left a booked
    expense that could not be undone, and OK again booked it twice. The check comes first, inside the
    change; the same service call, tried again with the file in place, books it once, undone as one."""
    from wijkdesk.store.models import AuditLog

    bon = tmp_path / "bon.pdf"  # chosen in the dialog, then moved away before OK
    audited = AuditLog.select().count()
    with pytest.raises(ValidationError, match="bestaat niet"):
        with changes.change("Uitgave 'Zaden' toevoegen"):
            budget.create_uitgave(wijk, 2026, 1_250, "Zaden", "1-3-2026", bonnetje_bron=bon)
    assert Uitgave.select().count() == 0 and AuditLog.select().count() == audited
    bon.write_bytes(b"%PDF-1.4 zaden")
    with changes.change("Uitgave 'Zaden' toevoegen") as made:
        row = budget.create_uitgave(wijk, 2026, 1_250, "Zaden", "1-3-2026", bonnetje_bron=bon)
    assert Uitgave.select().count() == 1 and budget.receipt_file(row.id).read_bytes() == b"%PDF-1.4 zaden"
    changes.undo(made)
    assert Uitgave.select().count() == 0
    changes.redo(made)
    assert budget.receipt_file(row.id).read_bytes() == b"%PDF-1.4 zaden"


def test_unreferenced_files_are_removed_only_when_no_row_refers_to_them(wijk, budget_2026, db_anchor, tmp_path):
    keep, drop = tmp_path / "a.pdf", tmp_path / "b.pdf"
    keep.write_bytes(b"a")
    drop.write_bytes(b"b")
    kept = budget.create_uitgave(wijk, 2026, 500, "A", "1-3-2026", bonnetje_bron=keep)
    gone = budget.create_uitgave(wijk, 2026, 500, "B", "1-3-2026", bonnetje_bron=drop)
    stored_b = budget.receipt_file(gone.id)
    with changes.change("B weg") as c:
        budget.delete_uitgave(gone.id)
    assert stored_b.exists()  # undo must find it again
    referenced = [u.bonnetje for u in Uitgave.select()]
    removed = attachments.remove_unreferenced(db_anchor, referenced)
    assert removed == [stored_b] and budget.receipt_file(kept.id).exists()
    assert c.rows


@pytest.mark.sqlite_only  # a copy of the database file under another name
def test_a_database_copied_under_another_name_finds_and_checks_its_receipts(wijk, budget_2026, db_path, tmp_path):
    """The rows name `test-bijlagen/…`; the copy `kopie.db` has its files in `kopie-bijlagen/`. `check`
    finds them there (and still sees an altered one), and the window's receipt_file opens them."""
    import shutil

    from wijkdesk.store.database import close_database, open_database

    bon = tmp_path / "bon.pdf"
    bon.write_bytes(b"%PDF bon")
    row = budget.create_uitgave(wijk, 2026, 500, "Verf", "1-3-2026", bonnetje_bron=bon)
    close_database()
    copy = tmp_path / "elders" / "kopie.db"
    copy.parent.mkdir()
    shutil.copy2(db_path, copy)
    shutil.copytree(attachments.folder(db_path), attachments.folder(copy))
    shutil.rmtree(attachments.folder(db_path))  # the old folder is not there to fall back on
    open_database(copy)
    try:
        assert Uitgave.get_by_id(row.id).bonnetje.startswith("test-bijlagen/")
        assert check.run_checks() == []
        shown = budget.receipt_file(row.id)
        assert shown.read_bytes() == b"%PDF bon" and attachments.folder(copy) in shown.parents
        shown.write_bytes(b"iets anders")
        assert any("is gewijzigd" in p for p in check.run_checks())
    finally:
        close_database()
        open_database(db_path)  # the fixture closes it again


def test_adding_a_receipt_again_repairs_an_altered_stored_file_of_the_same_size(wijk, budget_2026, db_anchor,
                                                                                tmp_path):
    """`check` reports a stored receipt whose bytes changed; adding the receipt again is the user's way to
    mend it. The file of that name was kept when its size matched, so the damage stayed."""
    bon = tmp_path / "bon.pdf"
    bon.write_bytes(b"%PDF-1.4 bankjes")
    row = budget.create_uitgave(wijk, 2026, 500, "Bankjes", "1-3-2026", bonnetje_bron=bon)
    stored = budget.receipt_file(row.id)
    stored.write_bytes(b"%PDF-1.4 BANKJES")  # the same size, other bytes
    assert any("is gewijzigd" in p for p in check.run_checks())
    assert attachments.add(db_anchor, bon) == row.bonnetje
    assert budget.receipt_file(row.id).read_bytes() == b"%PDF-1.4 bankjes"
    assert check.run_checks() == []
    assert [p.name for p in attachments.stored_files(db_anchor)] == [stored.name]  # no temporary left


def test_a_receipt_that_changes_while_it_is_added_is_named_by_what_was_stored(db_anchor, tmp_path, monkeypatch):
    """A scan still being written: the bytes copied decide the name, so the stored file always has the
    content its name says (it was hashed first and copied after: two reads that could differ)."""
    import hashlib

    bon = tmp_path / "scan.pdf"
    bon.write_bytes(b"%PDF half")
    real_open = open
    reads = []

    def growing(path, mode="r", *args, **kwargs):  # every read of the scan sees it further along
        if str(path) == str(bon) and "r" in mode:
            reads.append(path)
            bon.write_bytes(b"%PDF half" + b" en meer" * len(reads))
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", growing)
    stored = attachments.resolve(db_anchor, attachments.add(db_anchor, bon))
    monkeypatch.undo()
    assert stored.name.split(".")[0] == hashlib.sha256(stored.read_bytes()).hexdigest()
    assert check.run_checks() == []


def test_check_reports_a_receipt_cut_short_to_a_size_that_looks_encrypted(wijk, budget_2026, db_anchor, tmp_path):
    """Found by attack: a stored receipt cut to 4096 bytes (a multiple of 512, no SQLite header) looked
    encrypted, could not be read, and its empty digest 'matched' every name: check said nothing."""
    bon = tmp_path / "bon.pdf"
    bon.write_bytes(b"%PDF-1.4 " + bytes(range(256)) * 40)
    row = budget.create_uitgave(wijk, 2026, 500, "Koffie", "1-3-2026", bonnetje_bron=bon)
    stored = budget.receipt_file(row.id)
    stored.write_bytes(stored.read_bytes()[:4096])
    assert any("is gewijzigd" in p for p in check.run_checks())
    attachments.add(db_anchor, bon)  # adding it again mends it
    assert check.run_checks() == []
