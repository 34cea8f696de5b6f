"""Bijlagen (several per grant, expense, goal and progress entry): stored inside the change, undoable,
refused with a Dutch message for hostile files (too large, unreadable, read-only folder, odd names),
checked by `check`, opened after a restore on another machine under another name."""
from __future__ import annotations

import hashlib
import os
import shutil

import pytest

from wijkdesk.cli import main
from wijkdesk.services import bijlagen, budget, changes, check, doelen, wijken
from wijkdesk.services.errors import InUseError, ServiceError, ValidationError
from wijkdesk.store import attachments, cipher
from wijkdesk.store.database import close_database, open_database
from wijkdesk.store.models import AuditLog, Bijlage

FOTO = b"\x89PNG\r\n\x1a\n foto van het buurtfeest"
VERSLAG = b"%PDF-1.4 verslag van de activiteit"


def _file(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.fixture
def grant(wijk, budget_2026):
    return budget.create_toekenning(wijk, 2026, 80_000, omschrijving="Buurtfeest", activiteit_einddatum="1-6-2026")


def test_several_attachments_per_grant_expense_goal_and_progress_entry(wijk, grant, db_anchor, tmp_path):
    uitgave = budget.create_uitgave(wijk, 2026, 2_500, "Slingers", "1-5-2026", toekenning=grant)
    doel = doelen.create_doel(wijk, "Meer groen")
    voortgang = doelen.add_voortgang(doel, 40, "Plantvakken aangelegd", datum="1-5-2026")
    foto, verslag = _file(tmp_path, "feest.JPG", FOTO), _file(tmp_path, "verslag.pdf", VERSLAG)
    a = bijlagen.add("toekenning", grant.id, foto, omschrijving="Sfeerbeeld")
    b = bijlagen.add("toekenning", grant.id, verslag, soort="verslag")
    bijlagen.add("uitgave", uitgave.id, verslag, soort="bon")
    bijlagen.add("doel", doel.id, foto)
    bijlagen.add("voortgang", voortgang.id, foto)
    rows = bijlagen.for_subject("toekenning", grant.id)
    assert [(r.naam, r.soort, r.omschrijving) for r in rows] == [("feest.JPG", "foto", "Sfeerbeeld"),
                                                                  ("verslag.pdf", "verslag", "")]
    assert a.wijk_id == b.wijk_id == wijk.id and a.grootte == len(FOTO)
    assert a.pad.startswith(f"{db_anchor.stem}-bijlagen/") and a.pad.endswith(".jpg")
    assert len(attachments.stored_files(db_anchor)) == 2  # the same photo four times is one file
    foto.unlink()
    assert bijlagen.readable_file(a.id).read_bytes() == FOTO
    assert [len(bijlagen.for_subject(t, r.id)) for t, r in
            (("uitgave", uitgave), ("doel", doel), ("voortgang", voortgang))] == [1, 1, 1]
    assert check.run_checks() == []


def test_adding_and_removing_are_undoable_changes(grant, tmp_path):
    foto = _file(tmp_path, "foto.png", FOTO)
    with changes.change("Bijlage toevoegen") as added:
        row = bijlagen.add("toekenning", grant.id, foto)
    assert AuditLog.select().where(AuditLog.rij_uuid == row.uuid, AuditLog.actie == "aangemaakt").exists()
    changes.undo(added)
    assert Bijlage.select().count() == 0
    changes.redo(added)
    assert Bijlage.select().count() == 1
    with changes.change("Bijlage verwijderen") as removed:
        bijlagen.remove(row.id)
    assert Bijlage.select().count() == 0
    changes.undo(removed)
    assert bijlagen.readable_file(row.id).read_bytes() == FOTO  # the file stayed for undo


def test_a_grant_with_attachments_is_not_deleted_silently(grant, tmp_path):
    bijlagen.add("toekenning", grant.id, _file(tmp_path, "foto.png", FOTO))
    with pytest.raises(InUseError, match="1 bijlage"):
        budget.delete_toekenning(grant.id)


def test_a_file_of_500_mb_is_refused_before_anything_is_copied(grant, db_anchor, tmp_path):
    big = tmp_path / "film.mp4"
    with open(big, "wb") as handle:
        handle.truncate(500 * 1024 * 1024)  # sparse: no real disk used
    with pytest.raises(ValidationError, match="500 MB; een bijlage mag hoogstens 50 MB"):
        bijlagen.add("toekenning", grant.id, big)
    assert Bijlage.select().count() == 0
    assert attachments.stored_files(db_anchor) == []


AS_ROOT = os.name == "posix" and os.geteuid() == 0  # root reads and writes anything: simulate the refusal


def test_an_unreadable_file_is_refused_in_dutch(grant, tmp_path, monkeypatch):
    secret = _file(tmp_path, "geheim.pdf", VERSLAG)
    secret.chmod(0)
    if AS_ROOT or os.name != "posix":
        def refused(*_args, **_kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(bijlagen, "open", refused, raising=False)
    try:
        with pytest.raises(ValidationError, match="kan niet worden gelezen"):
            bijlagen.add("toekenning", grant.id, secret)
    finally:
        secret.chmod(0o600)
    assert Bijlage.select().count() == 0


def test_a_read_only_attachment_folder_rolls_the_change_back(grant, db_anchor, tmp_path, monkeypatch):
    folder = attachments.folder(db_anchor)
    folder.mkdir()
    folder.chmod(0o555)
    if AS_ROOT or os.name != "posix":
        def refused(source, target, max_bytes=None):
            raise PermissionError(13, "Permission denied", str(target))

        monkeypatch.setattr(attachments, "_copy_hashing", refused)
    try:
        with pytest.raises(ValidationError, match="niet beschrijfbaar.*Er is niets opgeslagen"):
            with changes.change("Bijlage"):
                bijlagen.add("toekenning", grant.id, _file(tmp_path, "foto.png", FOTO))
    finally:
        folder.chmod(0o755)
    assert Bijlage.select().count() == 0
    assert attachments.stored_files(db_anchor) == []


def test_a_failed_copy_halfway_leaves_no_row_and_no_half_file(grant, db_anchor, tmp_path, monkeypatch):
    def disk_full(source, temporary, max_bytes=None):  # half the bytes written, then the disk is full: add removes the half
        temporary.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(attachments, "_copy_hashing", disk_full)
    with pytest.raises(ValidationError, match="niet bewaard.*Er is niets opgeslagen"):
        bijlagen.add("toekenning", grant.id, _file(tmp_path, "foto.png", FOTO))
    assert Bijlage.select().count() == 0
    assert attachments.stored_files(db_anchor) == []


def test_odd_file_names_are_stored_readably(grant, tmp_path):
    names = ["Bon café €12,50 (kopie) [2].pdf", "verslag\u202egnp.exe", "a\x07b\x1bc.pdf", "x" * 245 + ".jpeg",
             "../../etc/passwd", "🎉 feest.png"]
    made = []
    for n, name in enumerate(names):
        folder = tmp_path / f"d{n}"
        folder.mkdir()
        target = folder / name.replace("/", "_")
        target.write_bytes(VERSLAG + bytes([n]))
        made.append(bijlagen.add("toekenning", grant.id, target))
    stored = [b.naam for b in made]
    assert stored[0] == "Bon café €12,50 (kopie) [2].pdf"
    assert stored[1] == "verslaggnp.exe"  # no right-to-left override hiding the real extension
    assert stored[2] == "abc.pdf"  # control characters gone
    assert stored[3] == "x" * 245 + ".jpeg"
    assert bijlagen.clean_name("y" * 400 + ".jpeg") == "y" * 250 + ".jpeg"  # at most 255, extension kept
    assert "/" not in stored[4]
    assert stored[5] == "🎉 feest.png"
    for row in made:
        assert bijlagen.readable_file(row.id).read_bytes().startswith(VERSLAG)


@pytest.mark.skipif(os.name != "posix", reason="bytes in file names are a POSIX thing")
def test_a_file_name_that_is_not_utf8(grant, tmp_path):
    raw = os.fsencode(str(tmp_path)) + b"/bon-\xff\xfe.pdf"
    with open(raw, "wb") as handle:
        handle.write(VERSLAG)
    row = bijlagen.add("toekenning", grant.id, os.fsdecode(raw))
    assert Bijlage.get_by_id(row.id).naam == "bon-??.pdf"


def test_missing_and_bad_sources_are_refused(grant, tmp_path):
    for bron, message in ((tmp_path / "weg.pdf", "bestaat niet"), (tmp_path, "is een map"), ("", "Kies een bestand"),
                          (_file(tmp_path, "leeg.pdf", b""), "is leeg")):
        with pytest.raises(ValidationError, match=message):
            bijlagen.add("toekenning", grant.id, bron)
    with pytest.raises(ValidationError, match="kan niet bij"):
        bijlagen.add("persoon", 1, _file(tmp_path, "a.pdf", VERSLAG))
    with pytest.raises(ValidationError, match="Soort bijlage"):
        bijlagen.add("toekenning", grant.id, _file(tmp_path, "b.pdf", VERSLAG), soort="video")
    assert Bijlage.select().count() == 0


def test_check_reports_a_missing_and_an_altered_attachment(grant, db_anchor, tmp_path):
    row = bijlagen.add("toekenning", grant.id, _file(tmp_path, "verslag.pdf", VERSLAG))
    stored = attachments.resolve(db_anchor, row.pad)
    stored.write_bytes(b"ander verslag")
    assert any("De bijlage 'verslag.pdf' bij toekenning is gewijzigd" in p for p in check.run_checks())
    stored.unlink()
    problems = check.run_checks()
    assert any("De bijlage 'verslag.pdf' bij toekenning ontbreekt" in p for p in problems)
    with pytest.raises(ServiceError, match="ontbreekt"):
        bijlagen.readable_file(row.id)


def test_encrypted_database_keeps_attachments_encrypted_and_opens_them(data_dir, tmp_path):
    cipher.forget()
    path = data_dir / "geheim.db"
    try:
        open_database(path, passphrase="lange zomeravond 2026")
        wijk = wijken.create_wijk("Keizerslanden")
        budget.set_budget(wijk, 2026, 100_000)
        grant = budget.create_toekenning(wijk, 2026, 10_000, omschrijving="Feest")
        row = bijlagen.add("toekenning", grant.id, _file(tmp_path, "foto.png", FOTO))
        assert cipher.is_encrypted(attachments.resolve(path, row.pad))
        assert FOTO not in attachments.resolve(path, row.pad).read_bytes()
        assert bijlagen.readable_file(row.id).read_bytes() == FOTO
        assert check.run_checks() == []
    finally:
        close_database()
        cipher.forget()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_a_backup_restored_on_another_machine_under_another_name_opens_every_attachment(data_dir, tmp_path,
                                                                                            capsys):
    old = tmp_path / "oude-laptop" / "wijkdesk.db"
    old.parent.mkdir()
    open_database(old)
    wijk = wijken.create_wijk("Keizerslanden")
    budget.set_budget(wijk, 2026, 1_000_000)
    grant = budget.create_toekenning(wijk, 2026, 50_000, omschrijving="Feest")
    uitgave = budget.create_uitgave(wijk, 2026, 1_000, "Huur", "1-5-2026", toekenning=grant)
    doel = doelen.create_doel(wijk, "Groen")
    contents = {}
    for n, (tabel, ref) in enumerate((("toekenning", grant.id), ("toekenning", grant.id), ("uitgave", uitgave.id),
                                      ("doel", doel.id))):
        data = VERSLAG + str(n).encode()
        contents[bijlagen.add(tabel, ref, _file(tmp_path, f"b{n}.pdf", data)).id] = data
    close_database()
    usb = tmp_path / "usb" / "kopie van dinsdag.db"
    assert main(["backup", "--db", str(old), "--to", str(usb)]) == 0, capsys.readouterr().err
    shutil.rmtree(old.parent)  # the old laptop is gone

    new = tmp_path / "andere map" / "stadsdeel-noord.db"
    new.parent.mkdir()
    assert main(["backup", "--db", str(new), "--restore", str(usb)]) == 0, capsys.readouterr().err
    open_database(new)
    try:
        for bijlage_id, data in contents.items():
            assert _sha(bijlagen.readable_file(bijlage_id).read_bytes()) == _sha(data)
        assert check.run_checks() == []
    finally:
        close_database()
    # and the copy on the stick opens as it is, under its own name, beside its own folder
    open_database(usb)
    try:
        for bijlage_id, data in contents.items():
            assert bijlagen.readable_file(bijlage_id).read_bytes() == data
        assert check.run_checks() == []
    finally:
        close_database()


KILLED_MID_COPY = r'''
import os, signal, sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from wijkdesk.services import bijlagen
from wijkdesk.store import attachments
from wijkdesk.store.database import open_database

def copy_then_die(source, temporary, max_bytes=None):
    # half the file written under its temporary name, the row not yet committed: then SIGKILL
    with open(temporary, "wb") as handle:
        handle.write(Path(source).read_bytes()[:10])
        handle.flush()
        os.fsync(handle.fileno())
    print("halfway", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)

open_database(Path(sys.argv[1]))
attachments._copy_hashing = copy_then_die
bijlagen.add("toekenning", 1, sys.argv[2])
'''


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.sqlite_only  # the child reopens the database FILE (db_path)
def test_killed_halfway_through_a_copy_leaves_no_row_and_no_half_file_after_the_next_start(grant, db_path, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    from wijkdesk.services import bijlagen_opruimen

    earlier = bijlagen.add("toekenning", grant.id, _file(tmp_path, "foto.png", FOTO))
    close_database()
    source = _file(tmp_path, "verslag.pdf", VERSLAG * 100)
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", KILLED_MID_COPY, str(db_path), str(source), str(root)],
                          cwd=root, capture_output=True, text=True, timeout=120)
    assert done.returncode == -9 and "halfway" in done.stdout, done.stderr
    open_database(db_path)
    assert [b.id for b in Bijlage.select()] == [earlier.id]  # the change never committed
    assert any(p.name.endswith(".tmp") for p in attachments.folder(db_path).rglob("*"))
    bijlagen_opruimen.remove_unreferenced()  # what the window does when it opens the database
    left = [p for p in attachments.folder(db_path).rglob("*") if p.is_file()]
    assert left == [attachments.resolve(db_path, earlier.pad)]  # the half copy is gone, the earlier file kept
    assert check.run_checks() == []
    row = bijlagen.add("toekenning", grant.id, source)  # trying again works
    assert bijlagen.readable_file(row.id).read_bytes() == VERSLAG * 100


def test_a_goal_whose_progress_entry_has_attachments_is_not_deleted_silently(wijk, tmp_path):
    doel = doelen.create_doel(wijk, "Meer groen")
    entry = doelen.add_voortgang(doel, 40, "Plantvakken", datum="1-5-2026")
    row = bijlagen.add("voortgang", entry.id, _file(tmp_path, "foto.png", FOTO))
    with pytest.raises(InUseError, match="1 bijlage"):
        doelen.delete_doel(doel.id)
    bijlagen.remove(row.id)
    doelen.delete_doel(doel.id)


def test_a_pipe_or_device_is_refused_as_no_ordinary_file_not_called_a_folder(grant, tmp_path):
    from pathlib import Path

    pipe = tmp_path / "pijp"
    os.mkfifo(pipe)
    for bron in (pipe, Path("/dev/zero")):
        with pytest.raises(ValidationError) as refused:
            bijlagen.add("toekenning", grant.id, bron)
        assert "geen gewoon bestand" in str(refused.value) and "map" not in str(refused.value)
    assert Bijlage.select().count() == 0


def test_a_file_that_grows_past_the_limit_while_it_is_copied_is_refused(grant, db_anchor, tmp_path, monkeypatch):
    """Found by attack: the size was checked before the copy, and a file still being written was stored at
    60 MB past the 50 MB limit. The limit now holds for the bytes copied."""
    monkeypatch.setattr(bijlagen, "MAX_BYTES", 1000)
    source = _file(tmp_path, "scan.pdf", VERSLAG)
    checked = bijlagen.check_source

    def then_it_grows(bron):
        found = checked(bron)
        with open(source, "ab") as handle:
            handle.write(b"x" * 5000)
        return found

    monkeypatch.setattr(bijlagen, "check_source", then_it_grows)
    with pytest.raises(ValidationError, match="tijdens het kopiëren groter dan.*Er is niets opgeslagen"):
        bijlagen.add("toekenning", grant.id, source)
    assert Bijlage.select().count() == 0
    assert attachments.stored_files(db_anchor) == []


def test_a_folder_in_the_place_of_the_stored_file_is_named_in_dutch(grant, db_anchor, tmp_path):
    """Found by attack: 'Is a directory' in English, and the advice to make room on the disk."""
    sha = hashlib.sha256(FOTO).hexdigest()
    (attachments.folder(db_anchor) / sha[:2] / f"{sha}.png").mkdir(parents=True)
    with pytest.raises(ValidationError, match="staat een map op de plaats van het bestand.*Er is niets opgeslagen"):
        bijlagen.add("toekenning", grant.id, _file(tmp_path, "foto.png", FOTO))
    assert Bijlage.select().count() == 0
