"""Opening a WijkDesk database: the one function that creates, checks, backs up and migrates.

SQLite is the default (a local file, nothing to install). Pragmas: WAL so readers do not block the
writer, synchronous=FULL because WAL with NORMAL can lose the last commit on power loss, and foreign
keys on so that a reference can never point at nothing.
"""
from __future__ import annotations

import logging
from pathlib import Path

from peewee import SqliteDatabase

from wijkdesk.store import migrations
from wijkdesk.store.models import db as db_proxy

log = logging.getLogger(__name__)

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 5000,
}
SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseOpenError(Exception):
    """The database cannot be opened; the message says in Dutch what is wrong and what to do."""


class NotADatabaseError(DatabaseOpenError):
    pass


class NewerSchemaError(DatabaseOpenError):
    pass


def _check_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database before SQLite touches it."""
    if not path.exists():
        return
    if path.is_dir():
        raise NotADatabaseError(f"{path} is een map, geen databasebestand. Kies een bestand.")
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    if len(head) == 0:
        raise NotADatabaseError(
            f"Het bestand {path} is leeg (0 bytes): het is geen WijkDesk-database. "
            "Kies een ander bestand of zet een reservekopie terug."
        )
    if head != SQLITE_MAGIC:
        raise NotADatabaseError(
            f"Het bestand {path} is geen WijkDesk-database (geen SQLite-bestand). "
            "Kies het juiste bestand; dit bestand is niet gewijzigd."
        )


def connect_sqlite(path: Path, readonly: bool = False) -> SqliteDatabase:
    """An SQLite connection with WijkDesk's pragmas, bound to the models' proxy."""
    if readonly:
        database = SqliteDatabase(f"file:{path.as_posix()}?mode=ro", uri=True,
                                  pragmas={"foreign_keys": 1, "busy_timeout": 5000})
    else:
        database = SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS)
    database.connect()
    db_proxy.initialize(database)
    return database


def open_database(path: Path | str, *, readonly: bool = False, create: bool = True) -> SqliteDatabase:
    """Open (and if needed create or migrate) the database at `path` and bind the models to it."""
    path = Path(path)
    _check_file(path)
    is_new = not path.exists()
    if is_new and not create:
        raise DatabaseOpenError(f"Het databasebestand {path} bestaat niet.")
    if is_new:
        path.parent.mkdir(parents=True, exist_ok=True)
    database = connect_sqlite(path, readonly=readonly)
    try:
        version = migrations.get_version(database)
        if version > migrations.LATEST_VERSION:
            raise NewerSchemaError(
                f"Deze database is gemaakt met een nieuwere versie van WijkDesk (schema {version}; "
                f"deze versie kent tot en met {migrations.LATEST_VERSION}). Installeer de nieuwste "
                "WijkDesk; het bestand is niet gewijzigd."
            )
        if readonly:
            return database
        if version == 0 and not database.get_tables():
            migrations.create_schema(database)
        else:
            migrations.migrate(database)
    except DatabaseOpenError:
        database.close()
        raise
    except Exception as exc:  # sqlite3.DatabaseError: "file is not a database" and friends
        database.close()
        raise DatabaseOpenError(f"De database {path} kan niet worden geopend: {exc}") from exc
    log.info("Database geopend: %s (schema %d)", path, migrations.get_version(database))
    return database


def close_database() -> None:
    """Close the bound database, if any."""
    database = db_proxy.obj
    if database is not None and not database.is_closed():
        database.close()
