"""Opening a WijkDesk database: the one function that checks, locks, backs up, creates and migrates.

SQLite is the default (a local file, nothing to install). Pragmas: WAL so readers do not block the
writer, synchronous=FULL because WAL with NORMAL can lose the last commit on power loss, and foreign
keys on so that a reference can never point at nothing.

Order on open, so that a refused file is never written to: look at the header; take the lock; run
`quick_check` and read the schema version through a read-only connection; back up; only then connect
read-write (which switches the file to WAL) and create or migrate.

Encrypted databases (SQLCipher, `store/cipher.py`): the key is found before the lock is taken, so a
missing or wrong passphrase is refused with the file untouched; `connect_sqlite` is the one place that
picks the plain or the encrypted driver, and the backups of an encrypted file are encrypted alike.

`open_database` takes a path today. A later issue may pass a server URL (PostgreSQL): `connect()` is
the seam where that goes; the lock, `quick_check` and the backups are SQLite-only and stay in
`_open_sqlite`.
"""
from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from peewee import Database, SqliteDatabase

from wijkdesk import paths
from wijkdesk.store import backups, cipher, migrations, sqlite_file
from wijkdesk.store.errors import (  # noqa: F401  (re-exported: callers import them from here)
    BackupError,
    DamagedDatabaseError,
    DatabaseLockedError,
    DatabaseOpenError,
    NewerSchemaError,
    NotADatabaseError,
    PassphraseRequiredError,
    WrongPassphraseError,
)
from wijkdesk.store.lock import DatabaseLock
from wijkdesk.store.models import db as db_proxy

log = logging.getLogger(__name__)

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    # Deleted content is overwritten with zeros, not left in free pages (AVG: an erased person is gone).
    "secure_delete": 1,
}
READONLY_PRAGMAS = {"foreign_keys": 1, "busy_timeout": 5000, "query_only": 1}
SQLITE_MAGIC = sqlite_file.SQLITE_MAGIC
_URL_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]+://")


@dataclass
class OpenedDatabase:
    """The database the models are bound to, and how it was opened."""

    database: Database
    path: Path | None
    readonly: bool
    lock: DatabaseLock | None = None
    backup: Path | None = None          # the backup made (or found unchanged) at this start
    backup_problem: str | None = None   # why the start backup failed, to show as a warning
    key: cipher.FileKey | None = None   # set when the file is encrypted (SQLCipher)

    @property
    def encrypted(self) -> bool:
        return self.key is not None


_current: OpenedDatabase | None = None


def current() -> OpenedDatabase | None:
    """The database opened last by `open_database` (None when closed)."""
    return _current


def is_server_url(location: Path | str) -> bool:
    """True for `postgresql://...` and the like; False for a file path (also `C:\\...`)."""
    return isinstance(location, str) and bool(_URL_RE.match(location))


def _check_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database before SQLite touches it."""
    if not path.exists():
        return
    if path.is_dir():
        raise NotADatabaseError(f"{path} is een map, geen databasebestand. Kies een bestand.", path)
    try:
        head = sqlite_file.read_magic(path)
    except OSError as exc:
        raise DatabaseOpenError(f"Het bestand {path} kan niet worden gelezen: {exc}", path) from exc
    if len(head) == 0:
        raise NotADatabaseError(
            f"Het bestand {path} is leeg (0 bytes): het is geen WijkDesk-database. "
            "Kies een ander bestand of zet een reservekopie terug; dit bestand is niet gewijzigd.", path)
    if head != SQLITE_MAGIC and not cipher.is_encrypted(path):
        raise NotADatabaseError(
            f"Het bestand {path} is geen WijkDesk-database (geen SQLite-bestand). "
            "Kies het juiste bestand; dit bestand is niet gewijzigd.", path)


def connect_sqlite(path: Path, readonly: bool = False, key: cipher.FileKey | None = None) -> SqliteDatabase:
    """An SQLite connection with WijkDesk's pragmas, bound to the models' proxy; with `key`, SQLCipher.

    Read-only is enforced twice: SQLite opens the file read-only (`mode=ro`) and `query_only`
    refuses any statement that would write.
    """
    if key is not None:
        pragmas = READONLY_PRAGMAS if readonly else SQLITE_PRAGMAS
        target = sqlite_file.readonly_uri(path) if readonly else str(path)
        database = cipher.EncryptedSqliteDatabase(target, key, uri=readonly, pragmas=pragmas)
    elif readonly:
        database = SqliteDatabase(sqlite_file.readonly_uri(path), uri=True, pragmas=READONLY_PRAGMAS)
    else:
        database = SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS)
    database.connect()
    db_proxy.initialize(database)
    return database


def connect(location: Path | str, readonly: bool = False, key: cipher.FileKey | None = None) -> Database:
    """A connection to `location`, bound to the models. Only SQLite files today."""
    if is_server_url(location):
        raise DatabaseOpenError(
            f"Een databaseserver ({str(location).split(':', 1)[0]}) wordt in deze versie van WijkDesk "
            "nog niet ondersteund. Geef een databasebestand op.")
    return connect_sqlite(Path(location), readonly=readonly, key=key)


def open_database(location: Path | str, *, readonly: bool = False, create: bool = True,
                  backup: bool = True, now: dt.datetime | None = None,
                  passphrase: str | None = None) -> Database:
    """Open (and if needed create or migrate) the database at `location` and bind the models to it.

    Raises a DatabaseOpenError subclass, with the file unchanged, when it is not a database, damaged,
    made by a newer WijkDesk, locked by another WijkDesk (not when `readonly`), or encrypted and the
    passphrase is missing or wrong. A new database is created encrypted when `passphrase` is given.
    """
    close_database()  # the models bind to one database at a time; release the previous lock
    if is_server_url(location):
        connect(location, readonly=readonly)  # raises until a later issue adds servers
    opened = _open_sqlite(Path(location), readonly=readonly, create=create, backup=backup, now=now,
                          passphrase=passphrase)
    global _current
    _current = opened
    return opened.database


def inspect_file(path: Path | str) -> int:
    """Check a database file without writing to it or locking it; returns its schema version.

    Raises the same errors as `open_database` for a missing, foreign, damaged or newer file.
    """
    path = Path(path)
    _check_file(path)
    if not path.exists():
        raise DatabaseOpenError(f"Het databasebestand {path} bestaat niet.", path)
    version, _has_tables = _inspect(path)
    return version


def _key_for(path: Path, exists: bool, passphrase: str | None) -> cipher.FileKey | None:
    """The key of an encrypted file (asked, or refused, before anything is touched); None when plain."""
    if exists and path.stat().st_size > 0:
        return cipher.key_for_file(path, passphrase)
    if passphrase:
        return cipher.new_file_key(cipher.Passphrase(passphrase))
    return None


def _open_sqlite(path: Path, *, readonly: bool, create: bool, backup: bool,
                 now: dt.datetime | None, passphrase: str | None = None) -> OpenedDatabase:
    _check_file(path)
    exists = path.exists()
    if not exists and (readonly or not create):
        raise DatabaseOpenError(f"Het databasebestand {path} bestaat niet.", path)
    key = _key_for(path, exists, passphrase)
    if not exists:
        path.parent.mkdir(parents=True, exist_ok=True)
    lock = None if readonly else DatabaseLock(path)
    if lock is not None:
        lock.acquire()
    try:
        opened = OpenedDatabase(database=None, path=path, readonly=readonly, lock=lock, key=key)
        if exists:
            version, has_tables = _inspect(path)
            if readonly and version < migrations.LATEST_VERSION:
                raise DatabaseOpenError(
                    f"De database {path} heeft een oudere opbouw (schema {version}) en moet eerst worden "
                    "bijgewerkt; dat kan niet alleen-lezen. Open hem eenmaal gewoon (niet alleen-lezen).",
                    path)
            if not readonly and backup and has_tables:
                _backup_at_start(path, opened, migrating=version < migrations.LATEST_VERSION, now=now)
        database = connect(path, readonly=readonly, key=key)
        opened.database = database
        try:
            if not readonly:
                _create_or_migrate(database)
        except Exception as exc:
            database.close()
            if isinstance(exc, DatabaseOpenError):
                raise
            raise DatabaseOpenError(f"De database {path} kan niet worden geopend: {exc}", path) from exc
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    log.info("Database geopend: %s (schema %d%s%s)", path, migrations.get_version(database),
             ", alleen-lezen" if readonly else "", ", versleuteld" if key is not None else "")
    return opened


def _inspect(path: Path) -> tuple[int, bool]:
    """Schema version and whether it has tables, read without writing; raises when damaged or newer."""
    try:
        conn = sqlite_file.connect_readonly(path)
        try:
            problems = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
            version = sqlite_file.user_version(conn)
            tables = sqlite_file.table_names(conn)
        finally:
            conn.close()
    except cipher.OperationalError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            # Another program holds the file: that is not damage, and must not lead to a restore.
            raise DatabaseOpenError(
                f"De database {path} is nu in gebruik door een ander programma (SQLite meldt: {exc}). "
                "Sluit dat programma en probeer het opnieuw; het bestand is niet gewijzigd.", path) from exc
        if "unable to open" in text:
            raise DatabaseOpenError(
                f"De database {path} kan niet worden gelezen (SQLite meldt: {exc}). Controleer of u "
                "toegang hebt tot het bestand en de map; het bestand is niet gewijzigd.", path) from exc
        problems, version, tables = [str(exc)], 0, set()
    except cipher.DatabaseError as exc:  # "database disk image is malformed", "file is not a database"
        problems, version, tables = [str(exc)], 0, set()
    if problems != ["ok"]:
        raise _damaged(path, problems)
    if version > migrations.LATEST_VERSION:
        raise NewerSchemaError(
            f"Deze database ({path}) is gemaakt met een nieuwere versie van WijkDesk (schema {version}; "
            f"deze versie kent tot en met {migrations.LATEST_VERSION}). Installeer de nieuwste WijkDesk; "
            "het bestand is niet gewijzigd.", path, version=version, supported=migrations.LATEST_VERSION)
    if version == 0 and tables:
        # Another program's SQLite file: migrating would add our tables to it.
        raise NotADatabaseError(
            f"Het bestand {path} is een SQLite-database, maar geen WijkDesk-database. "
            "Kies het juiste bestand; dit bestand is niet gewijzigd.", path)
    return version, bool(tables)


def _damaged(path: Path, problems: list[str]) -> DamagedDatabaseError:
    """The error for a damaged file, naming the newest good backup and how to restore it."""
    good = backups.newest_good_backup(path)
    first = problems[0] if problems else "onbekend probleem"
    text = (f"De database {path} is beschadigd (SQLite meldt: {first}). "
            "WijkDesk heeft het bestand niet gewijzigd. ")
    if good is not None:
        text += (
            f"De nieuwste goede reservekopie is {good}. Zet die terug met:\n"
            f'  wijkdesk backup --db "{path}" --restore "{good}"\n'
            "Het beschadigde bestand wordt dan bewaard (niet gewist) als "
            f"{path.stem}-vervangen-<tijd>{path.suffix} in dezelfde map.")
    else:
        text += (f"Er is geen goede reservekopie in {paths.backup_dir_for(path)}. "
                 "Kies een ander bestand, of vraag hulp bij het redden van de gegevens.")
    return DamagedDatabaseError(text, path, backup=good, problems=problems)


def _backup_at_start(path: Path, opened: OpenedDatabase, *, migrating: bool,
                     now: dt.datetime | None) -> None:
    """A backup at every start; before a migration it must succeed, at a plain start it may fail."""
    reason = backups.REASON_MIGRATION if migrating else backups.REASON_START
    try:
        opened.backup = backups.make_backup(path, reason=reason, now=now, skip_if_unchanged=not migrating)
        backups.rotate_backups(path, now=now)
    except (BackupError, OSError, *cipher.Error) as exc:
        if migrating:
            raise BackupError(
                f"WijkDesk wil de database {path} bijwerken naar een nieuwe opbouw, maar kan eerst geen "
                f"reservekopie maken ({exc}). Er is niets gewijzigd. Maak ruimte vrij op de schijf of "
                "controleer de rechten op de map met reservekopieën.", path) from exc
        log.warning("Reservekopie bij de start mislukt: %s", exc)
        opened.backup_problem = (
            f"WijkDesk kon bij het starten geen reservekopie maken ({exc}). U kunt gewoon verder "
            "werken, maar controleer de vrije ruimte op de schijf.")


def _create_or_migrate(database: Database) -> None:
    version = migrations.get_version(database)
    if version == 0 and not database.get_tables():
        migrations.create_schema(database)
    else:
        migrations.migrate(database)


def close_database() -> None:
    """Close the bound database, if any, and release its lock."""
    global _current
    opened, _current = _current, None
    database = opened.database if opened else db_proxy.obj
    if database is not None and not database.is_closed():
        database.close()
    if opened is not None and opened.lock is not None:
        opened.lock.release()


@contextmanager
def opened_database(location: Path | str, **options):
    """`open_database(location, **options)` for the length of a `with` block, closed (and unlocked) after it."""
    opened = open_database(location, **options)
    try:
        yield opened
    finally:
        close_database()
