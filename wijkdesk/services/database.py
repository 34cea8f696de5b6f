"""The database as the window and the exchange see it: opening, closing, thread connections, snapshots.

Views import services, not the store (import-linter checks it, see pyproject.toml); this module is the
one place where the window's start-up reaches the store's database, backups and location checks.
"""
from __future__ import annotations

from contextlib import contextmanager

from wijkdesk.store import cipher
from wijkdesk.store.backups import parse_backup_name, restore_backup
from wijkdesk.store.database import OpenedDatabase, close_database, current, open_database
from wijkdesk.store.encryption import change_passphrase, decrypt, encrypt
from wijkdesk.store.errors import (
    BackupError,
    DamagedDatabaseError,
    DatabaseLockedError,
    DatabaseOpenError,
    EncryptionError,
    InterruptedDatabaseError,
    MissingDatabaseError,
    NameTooLongError,
    NewerSchemaError,
    NotADatabaseError,
    PassphraseRequiredError,
    ReadOnlyError,
    WrongPassphraseError,
)
from wijkdesk.store.locations import location_warning
from wijkdesk.store.models import db
from wijkdesk.store import server
from wijkdesk.store.server import is_server

__all__ = [
    "BackupError", "DamagedDatabaseError", "DatabaseLockedError", "DatabaseOpenError", "EncryptionError",
    "InterruptedDatabaseError", "MissingDatabaseError", "NameTooLongError", "NewerSchemaError",
    "NotADatabaseError", "PassphraseRequiredError", "ReadOnlyError", "WrongPassphraseError",
    "OpenedDatabase", "close_database", "current", "open_database", "location_warning", "parse_backup_name",
    "restore_backup", "encrypt", "decrypt", "change_passphrase", "thread_connection", "close_thread_connection",
    "read_snapshot", "database_name", "OPERATIONAL_ERRORS", "passphrase_problem", "is_server_location",
    "server_location_problem", "location_title",
]

passphrase_problem = cipher.passphrase_problem  # why a new passphrase is too weak (None: fine)

# What a full disk or a vanished file raises, from either SQLite driver (plain or SQLCipher).
OPERATIONAL_ERRORS = tuple(cipher.OperationalError)


def is_server_location(location) -> bool:
    """True for a server (`postgresql://...`, `server:NAAM`, any `scheme:`): never a file name."""
    return server.looks_like_server(location)


def server_location_problem(text: str) -> str | None:
    """Why `text` is no server location WijkDesk can use (a password in it, an unknown kind), in Dutch;
    None when it is fine. Checked before a location is kept in the settings."""
    try:
        server.parse(text)
    except DatabaseOpenError as exc:
        return exc.message
    return None


def location_title(location) -> str:
    """A short name for the window's title: the file's name, or the server database's name and host."""
    if is_server_location(location):
        return server.parse(str(location)).short
    from pathlib import Path

    return Path(location).name


def thread_connection():
    """A context with this thread's own connection (SQLite connections belong to one thread)."""
    return db.connection_context()


def close_thread_connection() -> None:
    """Close the calling thread's connection (a worker thread that is done)."""
    database = db.obj
    if database is not None:
        database.close()


@contextmanager
def read_snapshot():
    """One read transaction: everything read inside comes from the same state of the database.

    SQLite's WAL gives a transaction one snapshot by itself; on a server, where others commit while
    we read, the transaction asks for REPEATABLE READ (one snapshot for all its statements)."""
    with db.atomic():
        if is_server(db) and not _nested():
            db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        yield


def _nested() -> bool:
    """True inside an outer transaction (the isolation level can only be set as the first statement)."""
    return db.transaction_depth() > 1


def database_name() -> str:
    """The open database's file name or location, for reports ('' when none is open). For a database
    on a server: its name and host, without the user name ('wijkdesk op db.gemeente.nl')."""
    location = getattr(db.obj, "location", None)
    if location is not None:
        return location.short
    return str(getattr(db.obj, "database", "") or "")
