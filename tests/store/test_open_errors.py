"""Files WijkDesk must refuse: each gets its own Dutch message and the file is left exactly as it was."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from peewee import OperationalError

from wijkdesk.store import backups, migrations
from wijkdesk.store.database import (
    DamagedDatabaseError,
    DatabaseOpenError,
    NewerSchemaError,
    NotADatabaseError,
    close_database,
    current,
    open_database,
)
from wijkdesk.store.lock import lock_path_for
from wijkdesk.store.models import Idee, Wijk

from store_helpers import damage, snapshot

NOW = dt.datetime(2026, 11, 26, 9, 0, 0)


def _files_beside(path):
    return sorted(p.name for p in path.parent.iterdir())


def test_not_a_database(data_dir):
    path = data_dir / "begroting.xlsx"
    content = b"PK\x03\x04" + b"niet echt een spreadsheet" * 50
    path.write_bytes(content)
    with pytest.raises(NotADatabaseError, match="geen WijkDesk-database .*niet gewijzigd"):
        open_database(path)
    assert path.read_bytes() == content
    assert _files_beside(path) == ["begroting.xlsx"]  # no lock, no -wal, no backup folder


def test_empty_file(data_dir):
    path = data_dir / "wijkdesk.db"
    path.write_bytes(b"")
    with pytest.raises(NotADatabaseError, match="leeg \\(0 bytes\\)"):
        open_database(path)
    assert path.read_bytes() == b""
    assert _files_beside(path) == ["wijkdesk.db"]


def test_folder_instead_of_file(data_dir):
    with pytest.raises(NotADatabaseError, match="is een map"):
        open_database(data_dir)


def test_sqlite_file_of_another_program(data_dir):
    path = data_dir / "recepten.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recept (naam TEXT)")
    conn.execute("INSERT INTO recept VALUES ('erwtensoep')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError, match="SQLite-database, maar geen WijkDesk-database"):
        open_database(path)
    assert path.read_bytes() == before


def test_newer_schema(filled_db_path):
    conn = sqlite3.connect(filled_db_path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    before = filled_db_path.read_bytes()
    with pytest.raises(NewerSchemaError, match="nieuwere versie van WijkDesk") as err:
        open_database(filled_db_path)
    assert err.value.version == migrations.LATEST_VERSION + 1
    assert err.value.supported == migrations.LATEST_VERSION
    assert "Installeer de nieuwste WijkDesk" in str(err.value)
    assert filled_db_path.read_bytes() == before
    assert not lock_path_for(filled_db_path).exists()  # the lock was given back
    assert backups.list_backups(filled_db_path) == []  # nothing written, not even a backup
    with pytest.raises(NewerSchemaError):
        open_database(filled_db_path, readonly=True)


def test_damaged_file_names_newest_good_backup_and_restore_loses_nothing(filled_db_path):
    open_database(filled_db_path, now=NOW)  # a start: makes the backup
    close_database()
    good = backups.list_backups(filled_db_path)[0].path
    expected = snapshot(filled_db_path)
    damage(filled_db_path)
    damaged_bytes = filled_db_path.read_bytes()

    with pytest.raises(DamagedDatabaseError) as err:
        open_database(filled_db_path, now=NOW + dt.timedelta(days=1))
    assert err.value.backup == good
    assert err.value.problems
    message = str(err.value)
    assert "is beschadigd" in message and "niet gewijzigd" in message
    assert f'wijkdesk backup --db "{filled_db_path}" --restore "{good}"' in message
    assert filled_db_path.read_bytes() == damaged_bytes  # untouched
    assert not lock_path_for(filled_db_path).exists()
    assert len(backups.list_backups(filled_db_path)) == 1  # no backup of the damaged file

    aside = backups.restore_backup(filled_db_path, err.value.backup)
    assert aside.read_bytes() == damaged_bytes  # the damaged file is kept, byte for byte
    open_database(filled_db_path)
    assert Idee.select().count() == 40
    close_database()
    assert snapshot(filled_db_path) == expected


def test_damaged_file_without_backup(filled_db_path):
    damage(filled_db_path)
    before = filled_db_path.read_bytes()
    with pytest.raises(DamagedDatabaseError, match="geen goede reservekopie") as err:
        open_database(filled_db_path)
    assert err.value.backup is None
    assert filled_db_path.read_bytes() == before


def test_truncated_file_is_damaged(filled_db_path):
    data = filled_db_path.read_bytes()
    filled_db_path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedDatabaseError):
        open_database(filled_db_path)
    assert len(filled_db_path.read_bytes()) == len(data) // 2


def test_readonly_really_prevents_writes(filled_db_path):
    before = filled_db_path.read_bytes()
    open_database(filled_db_path, readonly=True)
    assert current().readonly
    assert Wijk.select().count() == 1
    with pytest.raises(OperationalError, match="readonly|read-only|query_only"):
        Wijk.create(naam="Rivierenwijk")
    with pytest.raises(OperationalError):
        Idee.delete().execute()
    with pytest.raises(OperationalError):
        current().database.execute_sql("PRAGMA user_version = 7")
    close_database()
    assert filled_db_path.read_bytes() == before
    assert backups.list_backups(filled_db_path) == []  # read-only makes no backup either


def test_missing_file_readonly_or_without_create(data_dir):
    with pytest.raises(DatabaseOpenError, match="bestaat niet"):
        open_database(data_dir / "weg.db", readonly=True)
    with pytest.raises(DatabaseOpenError, match="bestaat niet"):
        open_database(data_dir / "weg.db", create=False)
    assert not (data_dir / "weg.db").exists()


def test_new_database_in_new_folder(data_dir):
    path = data_dir / "sub" / "map" / "nieuw.db"
    open_database(path)
    assert migrations.get_version(current().database) == migrations.LATEST_VERSION
    assert current().database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert current().database.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert current().database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    close_database()


def test_an_unreachable_server_is_refused_in_dutch_and_makes_no_file(data_dir):
    with pytest.raises(DatabaseOpenError, match="niet bereikbaar"):
        open_database("postgresql://wijkkoppel@gemeente.invalid/wijkdesk")
    assert [p for p in data_dir.iterdir() if p.name != "logs"] == []


def test_file_locked_by_another_program_is_not_called_damaged(filled_db_path, monkeypatch):
    import sqlite3

    from wijkdesk.store import cipher
    from wijkdesk.store.database import DamagedDatabaseError, DatabaseOpenError, open_database

    # What SQLite says when its wait for the lock runs out is the point, not the 5 s wait itself.
    monkeypatch.setattr(cipher, "BUSY_TIMEOUT", 0.2)

    other = sqlite3.connect(filled_db_path, isolation_level=None)
    other.execute("PRAGMA journal_mode=DELETE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseOpenError) as info:
            open_database(filled_db_path)
        assert not isinstance(info.value, DamagedDatabaseError)
        assert "in gebruik door een ander programma" in str(info.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
