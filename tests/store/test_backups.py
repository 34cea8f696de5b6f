"""Backups: made with the backup API, verified, named by time, listed newest first, rotated."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from wijkdesk import paths
from wijkdesk.store import backups, sqlite_file
from wijkdesk.store.database import BackupError, close_database, open_database
from wijkdesk.store.models import Idee, Wijk

from store_helpers import damage, snapshot

NOW = dt.datetime(2026, 11, 26, 14, 30, 15)


def test_backup_is_a_verified_copy_named_by_time(filled_db_path):
    made = backups.make_backup(filled_db_path, reason="handmatig", now=NOW)
    assert made == paths.backup_dir_for(filled_db_path) / "test-20261126-143015-handmatig.db"
    assert sqlite_file.quick_check(made) == []
    assert snapshot(made) == snapshot(filled_db_path)
    # self-contained: rollback journal, no -wal needed beside it
    conn = sqlite3.connect(made)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert not list(made.parent.glob("*.tmp"))


@pytest.mark.sqlite_only  # a backup of the SQLite file with another connection writing in it
def test_backup_holds_committed_data_only_while_the_app_writes(db, db_path):
    Wijk.create(naam="Rivierenwijk")
    # another connection has an open, uncommitted write: the backup must not contain it
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO wijk (uuid, aangemaakt_op, gewijzigd_op, naam, wijkmanager, wijkopbouwwerker, "
                  "welzijnsorganisatie, wijkwethouder, kostenplaats, gearchiveerd) "
                  "VALUES ('u-1', '2026-01-01', '2026-01-01', 'Halverwege', '', '', '', '', '', 0)")
    made = backups.make_backup(db_path, now=NOW)
    other.execute("COMMIT")  # committed only after the backup started: not in it
    other.close()
    assert [r[4] for r in snapshot(made)["wijk"]] == ["Rivierenwijk"]
    assert [r[4] for r in snapshot(db_path)["wijk"]] == ["Rivierenwijk", "Halverwege"]


def test_same_second_gets_a_sequence_number_and_listing_is_newest_first(filled_db_path):
    first = backups.make_backup(filled_db_path, reason="start", now=NOW)
    second = backups.make_backup(filled_db_path, reason="start", now=NOW)
    older = backups.make_backup(filled_db_path, reason="voor-migratie", now=NOW - dt.timedelta(days=2))
    assert second.name == "test-20261126-143015-start-2.db"
    listed = backups.list_backups(filled_db_path)
    assert [b.path for b in listed] == [second, first, older]
    assert [b.reason for b in listed] == ["start", "start", "voor-migratie"]
    assert listed[2].made_at == NOW - dt.timedelta(days=2)


def test_listing_ignores_other_files(filled_db_path):
    folder = paths.backup_dir_for(filled_db_path)
    folder.mkdir()
    (folder / "notities.txt").write_text("x")
    (folder / "ander-20261126-143015-start.db").write_bytes(b"")  # another database's backup
    (folder / "test-20261126-143015-start.db.tmp").write_bytes(b"")  # an interrupted one
    made = backups.make_backup(filled_db_path, now=NOW)
    assert [b.path for b in backups.list_backups(filled_db_path)] == [made]


def _fake_backups(db_path, ages_in_days):
    """Backups with injected times (no sleeping): one per age, made from the real database."""
    return {age: backups.make_backup(db_path, reason="start", now=NOW - dt.timedelta(days=age))
            for age in ages_in_days}


def test_rotation_keeps_last_thirty_days_even_beyond_ten(filled_db_path):
    made = _fake_backups(filled_db_path, range(0, 91, 3))  # 31 backups, every 3 days
    removed = backups.rotate_backups(filled_db_path, now=NOW)
    kept = {b.path for b in backups.list_backups(filled_db_path)}
    assert kept == {made[a] for a in range(0, 31, 3)}  # 11 of the last 30 days (day 30 included)
    assert set(removed) == {made[a] for a in range(33, 91, 3)}
    assert all(not p.exists() for p in removed)


def test_rotation_keeps_ten_newest_even_when_old(filled_db_path):
    made = _fake_backups(filled_db_path, range(40, 40 + 15))  # 15 backups, all older than 30 days
    backups.rotate_backups(filled_db_path, now=NOW)
    kept = [b.path for b in backups.list_backups(filled_db_path)]
    assert kept == [made[a] for a in range(40, 50)]


def test_rotation_mix(filled_db_path):
    made = _fake_backups(filled_db_path, [0, 1, 2, 29, 31, 32, 33, 34, 35, 36, 37, 38, 60, 61])
    backups.rotate_backups(filled_db_path, now=NOW)
    kept = {b.path for b in backups.list_backups(filled_db_path)}
    # 10 newest: 0..37 (0,1,2,29,31..36); also within 30 days: 0,1,2,29 (already in)
    assert kept == {made[a] for a in [0, 1, 2, 29, 31, 32, 33, 34, 35, 36]}


def test_start_backup_each_start_skips_unchanged_and_rotates(filled_db_path):
    open_database(filled_db_path, now=NOW)
    close_database()
    assert len(backups.list_backups(filled_db_path)) == 1
    open_database(filled_db_path, now=NOW + dt.timedelta(hours=1))  # nothing changed: no new file
    Wijk.create(naam="Rivierenwijk")
    close_database()
    assert len(backups.list_backups(filled_db_path)) == 1
    open_database(filled_db_path, now=NOW + dt.timedelta(hours=2))  # changed: a new backup
    close_database()
    listed = backups.list_backups(filled_db_path)
    assert [b.made_at for b in listed] == [NOW + dt.timedelta(hours=2), NOW]
    assert "Rivierenwijk" in {row[4] for row in snapshot(listed[0].path)["wijk"]}
    # starts over 40 days: rotation at start keeps 10 newest + last 30 days
    for day in range(1, 41):
        open_database(filled_db_path, now=NOW + dt.timedelta(days=day))
        Wijk.create(naam=f"Wijk {day}")
        close_database()
    listed = backups.list_backups(filled_db_path)
    last = NOW + dt.timedelta(days=40)
    assert all(last - b.made_at <= dt.timedelta(days=30) for b in listed)
    assert len(listed) == 31


def test_new_database_gets_no_backup(db_path):
    open_database(db_path)
    close_database()
    assert backups.list_backups(db_path) == []


def test_backup_of_damaged_database_is_refused_and_leaves_no_file(filled_db_path):
    damage(filled_db_path)
    with pytest.raises(BackupError, match="niet in orde"):
        backups.make_backup(filled_db_path, now=NOW)
    folder = paths.backup_dir_for(filled_db_path)
    assert list(folder.iterdir()) == []


def test_newest_good_backup_skips_a_damaged_backup(filled_db_path):
    old = backups.make_backup(filled_db_path, now=NOW - dt.timedelta(days=1))
    new = backups.make_backup(filled_db_path, now=NOW)
    assert backups.newest_good_backup(filled_db_path) == new
    damage(new)
    assert backups.newest_good_backup(filled_db_path) == old


def test_export_backup_refuses_existing_file(filled_db_path, tmp_path):
    dest = tmp_path / "usb" / "kopie.db"
    assert backups.export_backup(filled_db_path, dest) == dest
    assert snapshot(dest) == snapshot(filled_db_path)
    before = dest.read_bytes()
    with pytest.raises(BackupError, match="bestaat al"):
        backups.export_backup(filled_db_path, dest)
    assert dest.read_bytes() == before
    with pytest.raises(BackupError):
        backups.export_backup(filled_db_path, filled_db_path)


def test_restore_keeps_current_file_aside(filled_db_path):
    backup = backups.make_backup(filled_db_path, now=NOW)
    expected = snapshot(filled_db_path)
    open_database(filled_db_path)
    Idee.delete().execute()  # a mistake the user wants to undo
    close_database()
    current_bytes = filled_db_path.read_bytes()
    aside = backups.restore_backup(filled_db_path, backup, now=NOW + dt.timedelta(minutes=5))
    assert aside == filled_db_path.with_name("test-vervangen-20261126-143515.db")
    assert aside.read_bytes() == current_bytes
    assert snapshot(filled_db_path) == expected
    assert backup.exists()
    open_database(filled_db_path)
    assert Idee.select().count() == 40
    close_database()


def test_restore_refuses_a_damaged_or_foreign_backup(filled_db_path, tmp_path):
    before = filled_db_path.read_bytes()
    bad = backups.make_backup(filled_db_path, now=NOW)
    damage(bad)
    with pytest.raises(BackupError, match="niet in orde"):
        backups.restore_backup(filled_db_path, bad)
    foreign = tmp_path / "ander.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE recepten (naam TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError, match="geen WijkDesk-database"):
        backups.restore_backup(filled_db_path, foreign)
    assert filled_db_path.read_bytes() == before
    assert list(filled_db_path.parent.glob("*vervangen*")) == []


def test_no_duplicate_start_backup_after_a_restore(filled_db_path):
    first = backups.make_backup(filled_db_path, reason="start", now=NOW)
    backups.restore_backup(filled_db_path, first)  # same content, other header counters
    open_database(filled_db_path, now=NOW + dt.timedelta(hours=1))
    close_database()
    assert [b.path for b in backups.list_backups(filled_db_path)] == [first]


def test_same_content_sees_a_one_byte_change(filled_db_path, tmp_path):
    a = backups.export_backup(filled_db_path, tmp_path / "a.db")
    b = tmp_path / "b.db"
    data = bytearray(a.read_bytes())
    data[25] ^= 0xFF  # the change counter: ignored
    b.write_bytes(bytes(data))
    assert backups.same_content(a, b)
    data[len(data) // 2] ^= 0x01  # a byte in a page: a real difference
    b.write_bytes(bytes(data))
    assert not backups.same_content(a, b)
