"""One writer per database: a second WijkDesk is told who holds the lock and may read only."""
from __future__ import annotations

import os
import socket
import sys

import pytest

from wijkdesk.store import backups
from wijkdesk.store.database import DatabaseLockedError, close_database, current, open_database
from wijkdesk.store.lock import DatabaseLock, lock_path_for
from wijkdesk.store.models import Wijk


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


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="read-only folders need POSIX permissions and a non-root user")
def test_read_only_folder_offers_read_only(filled_db_path):
    folder = filled_db_path.parent
    os.chmod(folder, 0o555)
    try:
        with pytest.raises(DatabaseLockedError, match="geen slotbestand"):
            open_database(filled_db_path)
    finally:
        os.chmod(folder, 0o755)


def test_unreadable_lock_names_an_unknown_holder(filled_db_path):
    lock_path_for(filled_db_path).mkdir()  # something odd where the lock file should be
    with pytest.raises(DatabaseLockedError, match="onbekend welk") as err:
        open_database(filled_db_path)
    assert err.value.pid is None
