"""Crashes in the middle of a restore, a backup or a new database: the next start finishes or undoes
the work, never loses the database and leaves no copy with personal data behind (issue 10, defects
5, 6 and 9). The crash is a real SIGKILL of a child process at an injected `os.replace`/`os.fsync`.
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from wijkdesk.cli import main
from wijkdesk.store import backups, leftovers, sqlite_file
from wijkdesk.store.database import (
    InterruptedDatabaseError,
    MissingDatabaseError,
    close_database,
    current,
    open_database,
)
from wijkdesk.store.models import Idee

from store_helpers import snapshot

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX-only")


@pytest.fixture
def run_child(zygote):
    """run_child(data_dir, operation, db, [arg], crash_at=, **env): crash_child.py's operation in a child
    process (a fork of the session's fork server), killed at `crash_at`; its exit as a CompletedProcess
    (-9 when killed), stdout and stderr together in `stderr`."""
    def run(data_dir: Path, operation: str, db: str, arg: str = "", *, crash_at: str = "",
            **extra_env: str) -> subprocess.CompletedProcess:
        output = Path(data_dir).parent / "kind-uitvoer.txt"  # outside the data folder the test inspects
        return zygote.run(output, data_dir=str(data_dir), op=operation, db=db, arg=arg, crash_at=crash_at,
                          env=dict(QT_QPA_PLATFORM="offscreen", **extra_env))

    return run


def personal_copies(folder: Path) -> list[str]:
    """Temporary or half files anywhere under `folder` (real backups and set-aside files are fine)."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.name.endswith((".tmp", ".tmp-journal", ".terugzetten", ".terugzetten.plan")))


def _deleted_ideas(db_path: Path) -> Path:
    """A backup with all 40 ideas; then the live database loses them (the restore must bring them back)."""
    backup = backups.make_backup(db_path, now=dt.datetime(2026, 11, 20, 9, 0))
    open_database(db_path, backup=False)
    Idee.delete().execute()
    close_database()
    return backup


@posix_only
@pytest.mark.parametrize("crash_at", ["replace:2", "replace:3", "fsync:2", "fsync:3"])
def test_restore_killed_halfway_is_finished_at_the_next_start(run_child, filled_db_path, crash_at):
    backup = _deleted_ideas(filled_db_path)
    expected = snapshot(backup)
    result = run_child(filled_db_path.parent, "restore", str(filled_db_path), str(backup), crash_at=crash_at)
    assert result.returncode == -9, result.stderr
    open_database(filled_db_path)
    try:
        count = Idee.select().count()
    finally:
        close_database()
    assert count in (0, 40)  # before or after, never half; and the database file is there
    if count == 40:
        assert snapshot(filled_db_path) == expected
    assert personal_copies(filled_db_path.parent) == []


def test_missing_database_with_a_complete_restore_copy_is_put_in_place(filled_db_path):
    """The state an older WijkDesk left when killed at the second rename: no database file, the old
    one set aside and the complete restore copy beside it. Never a new, empty database."""
    backup = _deleted_ideas(filled_db_path)
    aside = backups.set_aside_name(filled_db_path)
    os.replace(filled_db_path, aside)
    tmp = backups.sibling(filled_db_path, backups.RESTORE_TMP)
    backups.copy_database(backup, tmp)
    open_database(filled_db_path)
    assert Idee.select().count() == 40
    assert "onderbroken" in current().recovered
    close_database()
    assert aside.exists() and not tmp.exists()


def test_missing_database_beside_a_set_aside_file_is_explained_not_replaced(filled_db_path, capsys):
    aside = backups.set_aside_name(filled_db_path)
    os.replace(filled_db_path, aside)
    with pytest.raises(MissingDatabaseError) as err:
        open_database(filled_db_path)
    assert err.value.set_aside == aside
    assert "bestaat niet" in str(err.value) and f'--restore "{aside}"' in str(err.value)
    assert not filled_db_path.exists()  # no new, empty database
    # the command line says the same and exits 2; the named command then brings it back
    assert main(["demo", "--db", str(filled_db_path)]) == 2
    assert "opzij is gezet" in capsys.readouterr().err
    assert not filled_db_path.exists()
    assert main(["backup", "--db", str(filled_db_path), "--restore", str(aside)]) == 0
    open_database(filled_db_path)
    assert Idee.select().count() == 40
    close_database()


@posix_only
@pytest.mark.parametrize("crash_at", ["fsync:1", "replace:1"])
def test_backup_killed_halfway_leaves_no_copy_after_the_next_start(run_child, filled_db_path, crash_at):
    result = run_child(filled_db_path.parent, "backup", str(filled_db_path), crash_at=crash_at)
    assert result.returncode == -9, result.stderr
    assert personal_copies(filled_db_path.parent), "the kill should have left a temporary copy"
    assert backups.list_backups(filled_db_path) == []  # never listed as a backup
    open_database(filled_db_path)
    close_database()
    assert personal_copies(filled_db_path.parent) == []


@posix_only
def test_backup_to_killed_halfway_leaves_no_copy_after_the_next_start(run_child, filled_db_path, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    result = run_child(filled_db_path.parent, "backup-to", str(filled_db_path), str(usb / "kopie.db"),
                       crash_at="fsync:2")  # the first fsync is the register's
    assert result.returncode == -9, result.stderr
    assert personal_copies(usb) == ["kopie.db.tmp"]
    open_database(filled_db_path)  # the next start, with the same data folder
    close_database()
    assert personal_copies(usb) == []
    assert not leftovers.register_path().exists()


def _hot_journal(path: Path) -> None:
    """A crash in the middle of a transaction in rollback-journal mode (as at the first open after a
    restore, when the restored copy is switched to WAL): half-written pages and a hot journal."""
    code = (
        "import sqlite3, os, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode=DELETE'); c.execute('PRAGMA cache_size=1')\n"
        "c.execute('BEGIN'); c.execute(\"UPDATE idee SET omschrijving = 'half' || omschrijving\")\n"
        "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    assert sqlite_file.sibling(path, "-journal").exists()


def test_hot_journal_is_rolled_back_not_called_damaged(filled_db_path, capsys):
    expected = snapshot(filled_db_path)
    _hot_journal(filled_db_path)
    assert main(["check", "--db", str(filled_db_path)]) == 0, capsys.readouterr().err
    assert "gezond" in capsys.readouterr().out
    assert snapshot(filled_db_path) == expected  # the half change is gone, everything else is there


def test_hot_journal_is_rolled_back_by_a_normal_open(filled_db_path):
    expected = snapshot(filled_db_path)
    _hot_journal(filled_db_path)
    open_database(filled_db_path)
    close_database()
    assert snapshot(filled_db_path) == expected


def test_hot_journal_in_a_read_only_folder_is_interrupted_not_damaged(filled_db_path):
    from store_helpers import read_only_folder

    _hot_journal(filled_db_path)
    with read_only_folder(filled_db_path.parent):
        with pytest.raises(InterruptedDatabaseError, match="niet netjes afgesloten"):
            open_database(filled_db_path, readonly=True)


def test_interrupted_creation_is_made_anew(data_dir, capsys):
    """A crash while SQLite was making a new file: 0 bytes and a journal. Made anew, demo included."""
    path = data_dir / "nieuw.db"
    path.write_bytes(b"")
    sqlite_file.sibling(path, "-journal").write_bytes(b"")
    assert main(["demo", "--db", str(path)]) == 0, capsys.readouterr().err
    open_database(path)
    assert Idee.select().count() > 0
    close_database()
    assert not sqlite_file.sibling(path, "-journal").exists()


def test_interrupted_creation_of_an_older_version_schema_zero_is_made_anew(data_dir, capsys):
    """A file with SQLite's header but no tables (a creation cut off): no 'oudere opbouw' forever."""
    path = data_dir / "nieuw.db"
    sqlite3.connect(path).execute("PRAGMA journal_mode=WAL").fetchall()
    assert path.stat().st_size > 0
    assert main(["check", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "niet afgemaakt" in err and "oudere opbouw" not in err
    assert main(["demo", "--db", str(path)]) == 0, capsys.readouterr().err
    assert main(["check", "--db", str(path)]) == 0


def test_refused_file_gets_no_wal_or_shm(data_dir):
    path = data_dir / "recepten.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE recept (naam TEXT)")
    conn.commit()
    conn.close()
    for readonly in (False, True):
        with pytest.raises(Exception, match="geen WijkDesk-database"):
            open_database(path, readonly=readonly)
        assert sorted(p.name for p in data_dir.iterdir()) == ["recepten.db"]


@posix_only
@pytest.mark.parametrize("crash_at", ["replace:2", "fsync:2"])
def test_encrypted_restore_killed_halfway_is_finished_and_stays_encrypted(run_child, data_dir, crash_at):
    from store_helpers import fill_sample
    from wijkdesk.store import cipher

    passphrase = "lange zomeravond 2026"
    db = data_dir / "versleuteld.db"
    try:
        open_database(db, passphrase=passphrase)
        fill_sample()
        close_database()
        backup = _deleted_ideas(db)
        result = run_child(data_dir, "restore", str(db), str(backup), crash_at=crash_at,
                           WIJKDESK_WACHTWOORD=passphrase)
        assert result.returncode == -9, result.stderr
        cipher.forget()
        open_database(db, passphrase=passphrase)
        try:
            assert current().encrypted
            assert Idee.select().count() in (0, 40)
        finally:
            close_database()
        assert not sqlite_file.read_magic(db).startswith(b"SQLite format 3")
        assert personal_copies(data_dir) == []
    finally:
        cipher.forget()


def _plain_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*.db") if sqlite_file.read_magic(p).startswith(b"SQLite format 3"))


@posix_only
@pytest.mark.parametrize("crash_at", ["replace:3", "replace:4"])
def test_encrypt_killed_while_converting_old_backups_leaves_none_readable(run_child, filled_db_path, crash_at):
    """Issue 12: `versleutel` killed after the database was encrypted but before its older backups were
    left readable copies (and `.omzetten.tmp` files) behind for good; the next open encrypts them."""
    from wijkdesk.store import cipher

    passphrase = "lange zomeravond 2026"
    folder = filled_db_path.parent
    for minute in (1, 2, 3):
        backups.make_backup(filled_db_path, now=dt.datetime(2026, 11, 20, 9, minute))
    secret = folder / "wachtwoord.txt"
    secret.write_text(passphrase + "\n", encoding="utf-8")
    try:
        result = run_child(folder, "versleutel", str(filled_db_path), str(secret), crash_at=crash_at)
        assert result.returncode == -9, result.stderr
        assert not sqlite_file.read_magic(filled_db_path).startswith(b"SQLite format 3")  # the database is
        assert _plain_files(folder)  # the control: readable backups are left after the kill
        cipher.forget()
        # `check` (read-only) does not call this 'gezond'; the next open for writing repairs it.
        assert main(["check", "--db", str(filled_db_path), "--passphrase-file", str(secret)]) == 1
        assert _plain_files(folder)
        cipher.forget()
        open_database(filled_db_path, passphrase=passphrase)
        try:
            assert current().encrypted and Idee.select().count() == 40
        finally:
            close_database()
        assert _plain_files(folder) == []
        assert personal_copies(folder) == []
        for backup in backups.list_backups(filled_db_path):  # each still opens, with the passphrase
            assert sqlite_file.quick_check(backup.path) == [], backup.path
    finally:
        cipher.forget()
