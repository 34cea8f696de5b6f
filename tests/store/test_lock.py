"""One writer per database: a second WijkDesk is told who holds the lock and may read only."""
from __future__ import annotations

import os
import socket
import sys

import pytest

from wijkdesk.store import backups
from wijkdesk.store.database import (
    DamagedDatabaseError,
    DatabaseLockedError,
    ReadOnlyError,
    close_database,
    current,
    open_database,
)
from wijkdesk.store.lock import DatabaseLock, lock_path_for
from wijkdesk.store.models import Wijk

from store_helpers import read_only_folder


def _host_names():
    from PySide6.QtCore import QSysInfo

    return {socket.gethostname(), QSysInfo.machineHostName()}


def test_second_writer_is_told_pid_and_host(holder, filled_db_path):
    before = filled_db_path.read_bytes()
    with pytest.raises(DatabaseLockedError) as err:
        open_database(filled_db_path)
    assert err.value.pid == holder.pid
    assert err.value.host in _host_names()
    message = str(err.value)
    assert f"proces {holder.pid}" in message and err.value.host in message
    assert "alleen-lezen" in message
    assert filled_db_path.read_bytes() == before
    assert current() is None


def test_second_instance_can_read_only(holder, filled_db_path):
    open_database(filled_db_path, readonly=True)
    assert Wijk.select().count() == 1
    with pytest.raises(Exception, match="readonly|read-only"):
        Wijk.create(naam="Rivierenwijk")
    close_database()
    # the holder's lock is untouched by the read-only open and close
    assert lock_path_for(filled_db_path).exists()
    with pytest.raises(DatabaseLockedError):
        open_database(filled_db_path)


def test_lock_is_free_after_holder_quits(holder, filled_db_path):
    holder.stdin.close()
    assert holder.wait(timeout=10) == 0
    assert not lock_path_for(filled_db_path).exists()
    open_database(filled_db_path)
    Wijk.create(naam="Rivierenwijk")
    close_database()


def test_stale_lock_of_a_killed_process_is_recovered_at_once(holder, filled_db_path):
    holder.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up runs
    holder.wait(timeout=10)
    assert lock_path_for(filled_db_path).exists()  # left behind
    open_database(filled_db_path)  # no waiting, no question
    assert current().lock.is_held
    close_database()


def test_restore_respects_the_lock(holder, filled_db_path):
    backup = backups.make_backup(filled_db_path)
    before = filled_db_path.read_bytes()
    with pytest.raises(DatabaseLockedError):
        backups.restore_backup(filled_db_path, backup)
    assert filled_db_path.read_bytes() == before
    assert list(filled_db_path.parent.glob("*vervangen*")) == []


def test_same_process_holder_and_release(filled_db_path):
    lock = DatabaseLock(filled_db_path)
    lock.acquire()
    try:
        with pytest.raises(DatabaseLockedError) as err:
            open_database(filled_db_path)
        assert err.value.pid == os.getpid()
    finally:
        lock.release()
    open_database(filled_db_path)
    close_database()
    assert not lock_path_for(filled_db_path).exists()


def test_opening_another_database_releases_the_first(data_dir):
    first, second = data_dir / "a.db", data_dir / "b.db"
    open_database(first)
    assert lock_path_for(first).exists()
    open_database(second)
    assert not lock_path_for(first).exists()
    assert lock_path_for(second).exists()
    close_database()
    assert not lock_path_for(second).exists()


def test_read_only_folder_offers_read_only(filled_db_path):
    """Really read-only, also as root (CI): a read-only bind mount, else permission bits."""
    before = filled_db_path.read_bytes()
    with read_only_folder(filled_db_path.parent):
        with pytest.raises(ReadOnlyError, match="niet schrijven in de map") as err:
            open_database(filled_db_path)
        assert not isinstance(err.value, DamagedDatabaseError)
        # reading works: the window's "Alleen-lezen openen", check and backup --to elsewhere
        open_database(filled_db_path, readonly=True)
        assert Wijk.select().count() == 1
        close_database()
        assert sorted(p.name for p in filled_db_path.parent.iterdir()) == ["test.db"]
    assert filled_db_path.read_bytes() == before


def test_unreadable_lock_is_left_over_and_says_how_to_lift_it(filled_db_path):
    lock_path_for(filled_db_path).mkdir()  # something odd where the lock file should be
    with pytest.raises(DatabaseLockedError, match="--ontgrendel") as err:
        open_database(filled_db_path)
    assert err.value.pid is None and err.value.stale


# Issue 10, defect 8: lock files left by a power cut, or naming a process that is not WijkDesk.

def _unrelated_python():
    """A live process with the same program name as a WijkDesk run from source: python."""
    import subprocess

    return subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])


def _write_lock(filled_db_path, content: bytes) -> None:
    lock_path_for(filled_db_path).write_bytes(content)


@pytest.mark.parametrize("content", [b"", b"\x00\x13garbage\xff\n", b"not a pid\n\n\n"])
def test_empty_or_garbage_lock_is_lifted_only_with_the_users_word(filled_db_path, content, capsys):
    from wijkdesk.cli import main

    backups.make_backup(filled_db_path)
    _write_lock(filled_db_path, content)
    with pytest.raises(DatabaseLockedError) as err:
        open_database(filled_db_path)
    assert err.value.stale and "--ontgrendel" in str(err.value) and "Slot opheffen" in str(err.value)
    assert lock_path_for(filled_db_path).read_bytes() == content  # not removed without asking
    # the command line: the message names the option, the option lifts the lock
    assert main(["backup", "--db", str(filled_db_path), "--restore"]) == 2
    assert "--ontgrendel" in capsys.readouterr().err
    assert main(["check", "--db", str(filled_db_path)]) == 0  # reading needs no lock
    open_database(filled_db_path, break_stale_lock=True)
    assert current().lock.is_held
    close_database()
    assert not lock_path_for(filled_db_path).exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_lock_naming_a_live_unrelated_process_is_left_over(filled_db_path):
    from PySide6.QtCore import QSysInfo

    other = _unrelated_python()
    try:
        name = os.path.basename(os.path.realpath(f"/proc/{other.pid}/exe"))  # as Qt compares it
        _write_lock(filled_db_path, f"{other.pid}\n{name}\n{QSysInfo.machineHostName()}\n".encode())
        with pytest.raises(DatabaseLockedError) as err:
            open_database(filled_db_path)
        assert err.value.stale and err.value.pid == other.pid
        assert "houdt het slot niet vast" in str(err.value)
        open_database(filled_db_path, break_stale_lock=True)
        close_database()
    finally:
        other.kill()
        other.wait()


def test_a_live_wijkdesk_lock_is_never_lifted(holder, filled_db_path):
    with pytest.raises(DatabaseLockedError) as err:
        open_database(filled_db_path, break_stale_lock=True)
    assert not err.value.stale and err.value.pid == holder.pid
    assert lock_path_for(filled_db_path).exists()


def test_ontgrendel_is_documented_in_dutch_help(capsys):
    from wijkdesk.cli import main

    with pytest.raises(SystemExit):
        main(["demo", "--help"])
    out = capsys.readouterr().out
    assert "--ontgrendel" in out and "achtergebleven slot" in out


def test_ontgrendel_on_the_command_line(filled_db_path, capsys):
    from wijkdesk.cli import main
    from wijkdesk.store import lock

    backups.make_backup(filled_db_path)
    _write_lock(filled_db_path, b"")
    try:
        assert main(["backup", "--db", str(filled_db_path), "--restore", "--ontgrendel"]) == 0, \
            capsys.readouterr().err
    finally:
        lock.allow_breaking_stale_locks(False)
    assert not lock_path_for(filled_db_path).exists()


def test_advice_for_a_left_over_lock_fits_the_command_given(filled_db_path, capsys):
    """The advice is followed literally: the same command again with --ontgrendel (not an example with
    `demo`, which refuses a database with data and would only puzzle the user)."""
    from wijkdesk.cli import main
    from wijkdesk.store import lock

    backups.make_backup(filled_db_path)
    _write_lock(filled_db_path, b"\x00garbage")
    command = ["backup", "--db", str(filled_db_path), "--restore"]
    assert main(command) == 2
    err = capsys.readouterr().err
    assert "dezelfde opdracht nog eens met --ontgrendel erachter" in err and "wijkdesk demo" not in err
    try:
        assert main([*command, "--ontgrendel"]) == 0, capsys.readouterr().err
    finally:
        lock.allow_breaking_stale_locks(False)
    assert not lock_path_for(filled_db_path).exists()
