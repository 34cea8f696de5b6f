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

`open_database` also takes a database server (`postgresql://...` or `server:NAAM`, see
`store/server.py`): `_open_server` connects, refuses a foreign or newer database and fills a new, empty
one with `create_schema`. The lock, `quick_check`, the start backup and encryption are SQLite's and stay
in `_open_sqlite`: on a server the server's transactions, roles and backups (pg_dump) do that work.
A server location is never taken for a file name (`server.looks_like_server`).
"""
from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, TypeVar

from peewee import Database, SqliteDatabase

from wijkdesk import paths
from wijkdesk.store import backups, cipher, leftovers, migrations, server, sqlite_file, text_index
from wijkdesk.store.errors import (  # noqa: F401  (re-exported: callers import them from here)
    BackupError,
    DamagedDatabaseError,
    DatabaseLockedError,
    DatabaseOpenError,
    InterruptedDatabaseError,
    MissingDatabaseError,
    NameTooLongError,
    NewerSchemaError,
    NotADatabaseError,
    PassphraseRequiredError,
    ReadOnlyError,
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
T = TypeVar("T")


@dataclass
class OpenedDatabase:
    """The database the models are bound to, and how it was opened."""

    database: Database
    path: Path | None
    readonly: bool
    lock: DatabaseLock | None = None
    backup: Path | None = None          # the backup made (or found unchanged) at this start
    backup_problem: str | None = None   # why the start backup failed, to show as a warning
    recovered: str | None = None        # what was finished or cleaned up after a crash, to tell the user
    key: cipher.FileKey | None = None   # set when the file is encrypted (SQLCipher)
    server: server.ServerLocation | None = None  # set for a database on a server (path is then None)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def is_server(self) -> bool:
        return self.server is not None

    @property
    def attachments_anchor(self) -> Path | None:
        """What `store/attachments` keeps receipts beside: the database file, or for a server database
        `wijkdesk.db` in the configured shared folder (`paths.server_attachments_dir`; the name is a
        stand-in, no such file is made), so receipts live in `<shared>/wijkdesk-bijlagen/` and the
        database stores them relative to the shared folder. None: a server without a shared folder."""
        if self.server is None:
            return self.path
        shared = paths.server_attachments_dir()
        return shared / "wijkdesk.db" if shared is not None else None

    @property
    def location(self) -> str:
        """Where the database is, for titles and messages: the file, or the server (never a password)."""
        return str(self.server) if self.server is not None else str(self.path)


_current: OpenedDatabase | None = None


def current() -> OpenedDatabase | None:
    """The database opened last by `open_database` (None when closed)."""
    return _current


def is_server_url(location: Path | str) -> bool:
    """True for `postgresql://...`, `server:NAAM` and any other `scheme:`; False for a file path (also
    `C:\\...`). Such a text is never used as a file name: it is a server, or refused."""
    return server.looks_like_server(location)


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
    if len(head) == 0 and any(sqlite_file.sibling(path, s).exists() for s in ("-journal", "-wal")):
        raise InterruptedDatabaseError(
            f"Het maken van de database {path} is onderbroken (een leeg bestand met een journaal "
            "ernaast). Er staan nog geen gegevens in. Open hem eenmaal gewoon (niet alleen-lezen) in een "
            "map waarin u mag schrijven: WijkDesk maakt hem dan opnieuw.", path)
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
    """A connection to `location` (a file, or a server), bound to the models."""
    if is_server_url(location):
        database = server.connect(server.parse(str(location)), readonly=readonly)
        db_proxy.initialize(database)
        return database
    return connect_sqlite(Path(location), readonly=readonly, key=key)


def open_database(location: Path | str, *, readonly: bool = False, create: bool = True,
                  backup: bool = True, now: dt.datetime | None = None,
                  break_stale_lock: bool | None = None, passphrase: str | None = None) -> Database:
    """Open (and if needed create or migrate) the database at `location` and bind the models to it.

    Raises a DatabaseOpenError subclass, with the file unchanged, when it is not a database, damaged,
    made by a newer WijkDesk, locked by another WijkDesk (not when `readonly`), or encrypted and the
    passphrase is missing or wrong. A new database is created encrypted when `passphrase` is given.
    What a crash left half done (a restore, a transaction, a new file, temporary copies) is finished
    or cleaned up first; `OpenedDatabase.recovered` says what, when anything.
    `break_stale_lock` removes a left-over lock file (None: as the command line's `--ontgrendel` says).
    """
    close_database()  # the models bind to one database at a time; release the previous lock
    global _current
    if is_server_url(location):
        _current = _open_server(str(location), readonly=readonly, create=create, passphrase=passphrase)
        return _current.database
    opened = _open_sqlite(Path(location), readonly=readonly, create=create, backup=backup, now=now,
                          break_stale_lock=break_stale_lock, passphrase=passphrase)
    _current = opened
    return opened.database


def _open_server(text: str, *, readonly: bool, create: bool, passphrase: str | None) -> OpenedDatabase:
    """Connect to a server database; an empty one gets the whole schema (when `create`), a foreign,
    older or newer one is refused in Dutch with nothing written."""
    location = server.parse(text)
    if passphrase:
        raise DatabaseOpenError(
            f"Een wachtwoord voor versleuteling hoort bij een databasebestand; de database op de server "
            f"{location} wordt niet door WijkDesk versleuteld (dat doet de server, met zijn eigen "
            "versleuteling van schijf en verbinding). Laat het wachtwoord weg. Er is niets gewijzigd.")
    database = server.connect(location, readonly=readonly)
    db_proxy.initialize(database)
    try:
        with database.atomic():
            if not readonly:
                server.lock_schema(database)  # two WijkDesks opening a new database: one makes it
            _check_or_create_server_schema(database, location, readonly=readonly, create=create)
    except BaseException as exc:
        database.close()
        if isinstance(exc, DatabaseOpenError) or not isinstance(exc, Exception):
            raise
        raise DatabaseOpenError(server.connect_problem(location, exc)) from exc
    log.info("Database geopend: %s (schema %d%s)", location, migrations.LATEST_VERSION,
             ", alleen-lezen" if readonly else "")
    return OpenedDatabase(database=database, path=None, readonly=readonly, server=location)


def _check_or_create_server_schema(database, location, *, readonly: bool, create: bool) -> None:
    """Inside the open transaction (holding the schema lock when writing): refuse a foreign, newer or
    (read-only) empty database; give an empty one the schema; make the derived text indexes."""
    version = migrations.get_version(database)
    tables = [t for t in database.get_tables() if t != migrations.SERVER_VERSION_TABLE]
    if version == 0 and tables:
        raise NotADatabaseError(
            f"De database {location} op de server bevat al tabellen, maar is geen WijkDesk-database "
            f"(bijvoorbeeld {tables[0]}). Kies een andere of een nieuwe, lege database; er is niets "
            "gewijzigd.")
    if version > migrations.LATEST_VERSION:
        raise NewerSchemaError(
            f"De database {location} is gemaakt met een nieuwere versie van WijkDesk (schema {version}; "
            f"deze versie kent tot en met {migrations.LATEST_VERSION}). Installeer de nieuwste "
            "WijkDesk; er is niets gewijzigd.", version=version, supported=migrations.LATEST_VERSION)
    if version == 0:
        if readonly or not create:
            raise DatabaseOpenError(
                f"De database {location} op de server is leeg: er staat nog geen WijkDesk-database in. "
                "Open hem eenmaal gewoon (niet alleen-lezen) om hem te vullen, of zet er een over met "
                "wijkdesk server-import.")
        migrations.create_schema(database)
        log.info("Nieuwe WijkDesk-database gemaakt op de server %s", location)
    elif readonly and set(migrations.pending_steps(database)) <= migrations.SERVER_STEPS:
        # Missing index steps only: the rows read the same without them (the first WijkDesk that opens
        # the database to write adds them); a read-only connection may not create them.
        migrations.require_current_tables(database)  # those steps add indexes only: the columns are today's
        log.info("Database op de server zonder de indexen van schema %d; alleen-lezen geopend", migrations.LATEST_VERSION)
    else:
        if version == migrations.LATEST_VERSION:
            migrations.require_current_tables(database)  # before anything is written
        if migrations.migrate(database):
            migrations.require_current_tables(database, migrated=True)
    if not readonly:
        text_index.ensure(database)  # pg_trgm indexes of the list filters (derived, made once)


def inspect_file(path: Path | str) -> int:
    """Check a database file without writing to it or locking it; returns its schema version.

    Raises the same errors as `open_database` for a missing, foreign, damaged or newer file.
    """
    path = Path(path)
    _check_file(path)
    if not path.exists():
        raise DatabaseOpenError(f"Het databasebestand {path} bestaat niet.", path)
    if sqlite_file.sibling(path, backups.RESTORE_READY).exists():
        raise InterruptedDatabaseError(
            f"Het terugzetten van een reservekopie in {path} is onderbroken. Open de database eenmaal "
            "gewoon (niet alleen-lezen): WijkDesk maakt het terugzetten dan af.", path)
    version, _has_tables = _inspect(path, may_write=sqlite_file.folder_writable(path))
    return version


def _key_for(path: Path, exists: bool, passphrase: str | None) -> cipher.FileKey | None:
    """The key of an encrypted file (asked, or refused, before anything is touched); None when plain."""
    if exists and path.stat().st_size > 0:
        return cipher.key_for_file(path, passphrase)
    if passphrase:
        return cipher.new_file_key(cipher.Passphrase(passphrase))
    return None


def _check_name(path: Path) -> None:
    """Refuse a name so long that `-journal`, `.lock` or a backup name beside it would not fit."""
    size = len(path.name.encode("utf-8"))
    if size > sqlite_file.MAX_NAME_BYTES:
        raise NameTooLongError(
            f"De naam van het databasebestand is te lang ({size} tekens; hoogstens "
            f"{sqlite_file.MAX_NAME_BYTES}): WijkDesk zet er bestanden naast met een nog langere naam "
            "(het slot .lock, SQLite's -wal en -journal, reservekopieën met datum en tijd), en die passen "
            "dan niet meer binnen de 255 tekens die het bestandssysteem toestaat. Kies een kortere naam; "
            "er is niets gewijzigd.", path)


def _check_writable(path: Path) -> None:
    """Refuse to write when the folder or the file is read-only, before anything is tried."""
    if not sqlite_file.folder_writable(path):
        raise ReadOnlyError(
            f"WijkDesk mag niet schrijven in de map {path.parent} (alleen-lezen, of een schijf die "
            "alleen gelezen kan worden). U kunt de database alleen-lezen openen, of hem naar een map "
            "kopiëren waarin u mag schrijven. Er is niets gewijzigd.", path)
    if path.exists() and not os.access(path, os.W_OK):
        raise ReadOnlyError(
            f"Het databasebestand {path} is alleen-lezen (schrijfbeveiligd), dus WijkDesk kan er niets "
            "in opslaan. U kunt het alleen-lezen openen, of het bestand weer schrijfbaar maken "
            "(Eigenschappen, 'Alleen-lezen' uitvinken) en het opnieuw proberen. Er is niets gewijzigd.",
            path)


def _open_sqlite(path: Path, *, readonly: bool, create: bool, backup: bool,
                 now: dt.datetime | None, break_stale_lock: bool | None = None,
                 passphrase: str | None = None) -> OpenedDatabase:
    if readonly:
        return _open_readonly(path, passphrase)
    _check_name(path)
    if not path.exists() and not path.parent.exists():
        if not create:
            raise DatabaseOpenError(f"Het databasebestand {path} bestaat niet.", path)
        path.parent.mkdir(parents=True, exist_ok=True)
    _check_writable(path)
    if path.exists() and path.stat().st_size > 0 and not path.is_dir():
        _check_file(path)
        _key_for(path, True, passphrase)  # a missing or wrong passphrase is refused before the lock
    lock = DatabaseLock(path)
    lock.acquire(break_stale=break_stale_lock)
    try:
        opened = OpenedDatabase(database=None, path=path, readonly=False, lock=lock)
        opened.recovered = _recover(path)
        _check_file(path)
        exists = path.exists()
        if not exists:
            if not create:
                raise DatabaseOpenError(f"Het databasebestand {path} bestaat niet.", path)
            _refuse_if_set_aside(path)
        key = opened.key = _key_for(path, exists, passphrase)
        if exists:
            from wijkdesk.store import encryption

            # An interrupted `versleutel` may have left readable backups beside the encrypted file.
            finished = encryption.finish_interrupted(path, key)
            if finished:
                opened.recovered = f"{opened.recovered} {finished}" if opened.recovered else finished
            version, has_tables = _inspect(path, may_write=True)
            if backup and has_tables:
                _backup_at_start(path, opened, migrating=version < migrations.LATEST_VERSION, now=now)
        else:
            _create_new(path, key)
        database = connect(path, key=key)
        opened.database = database
        try:
            _create_or_migrate(database)
        except Exception as exc:
            database.close()
            if isinstance(exc, DatabaseOpenError):
                raise
            raise DatabaseOpenError(f"De database {path} kan niet worden geopend: {exc}", path) from exc
    except BaseException:
        lock.release()
        raise
    log.info("Database geopend: %s (schema %d%s)", path, migrations.get_version(database),
             ", versleuteld" if key is not None else "")
    return opened


def _open_readonly(path: Path, passphrase: str | None = None) -> OpenedDatabase:
    """Read-only: no lock, no backup, no migration, nothing written (except undoing a crash's half
    transaction, which SQLite itself insists on and which needs a writable folder)."""
    if sqlite_file.sibling(path, backups.RESTORE_READY).exists():
        raise InterruptedDatabaseError(
            f"Het terugzetten van een reservekopie in {path} is onderbroken. Open de database eenmaal "
            "gewoon (niet alleen-lezen): WijkDesk maakt het terugzetten dan af.", path)
    _check_file(path)
    if not path.exists():
        raise DatabaseOpenError(f"Het databasebestand {path} bestaat niet.", path)
    key = _key_for(path, True, passphrase)
    version, has_tables = _inspect(path, may_write=sqlite_file.folder_writable(path))
    if version == 0 and not has_tables:
        raise InterruptedDatabaseError(
            f"De database {path} is leeg: het maken ervan is niet afgemaakt (er staan nog geen gegevens "
            "in). Open hem eenmaal gewoon (niet alleen-lezen): WijkDesk maakt hem dan af.", path)
    if version < migrations.LATEST_VERSION:
        raise DatabaseOpenError(
            f"De database {path} heeft een oudere opbouw (schema {version}) en moet eerst worden "
            "bijgewerkt; dat kan niet alleen-lezen. Open hem eenmaal gewoon (niet alleen-lezen).",
            path)
    try:
        database = connect(path, readonly=True, key=key)
    except Exception as exc:  # sqlite3/peewee errors: a -wal without -shm in a read-only folder
        raise InterruptedDatabaseError(
            f"De database {path} kan niet alleen-lezen worden geopend (SQLite meldt: {exc}). Hij is "
            "waarschijnlijk niet netjes afgesloten en staat in een map waarin WijkDesk niet mag "
            "schrijven. Kopieer het bestand samen met de bestanden ernaast die met dezelfde naam "
            "beginnen naar een map waarin u mag schrijven, en open hem daar.", path) from exc
    text_index.prime(database)
    return OpenedDatabase(database=database, path=path, readonly=True, key=key)


def _recover(path: Path) -> str | None:
    """Finish or undo what a crash left: a restore, temporary copies, an interrupted new file.

    Runs with the lock held, before the file is looked at. Returns a sentence for the user, or None.
    """
    said = backups.finish_interrupted_restore(path)
    if leftovers.clean_up(path):
        said = (said + " " if said else "") + (
            "Tijdelijke kopieën van een onderbroken reservekopie zijn opgeruimd.")
    if path.exists() and path.stat().st_size == 0 and any(
            sqlite_file.sibling(path, s).exists() for s in ("-journal", "-wal")):
        # SQLite had just made the file when the program stopped: let SQLite undo that, and if it is
        # still empty it never held data; it is made anew below.
        sqlite_file.roll_back_hot_journal(path)
        if path.stat().st_size == 0:
            for suffix in ("", "-journal", "-wal", "-shm"):
                backups._remove_quietly(sqlite_file.sibling(path, suffix))
            log.warning("Onderbroken aanmaak van %s opgeruimd; de database wordt opnieuw gemaakt", path)
    return said


def _refuse_if_set_aside(path: Path) -> None:
    """A missing database beside a file a restore set aside: explain, never make an empty one."""
    aside = backups.set_aside_files(path)
    if not aside:
        return
    raise MissingDatabaseError(
        f"Het databasebestand {path} bestaat niet, maar ernaast staat {aside[0].name}: het bestand dat "
        "bij het terugzetten van een reservekopie opzij is gezet. WijkDesk maakt hier geen nieuwe, lege "
        "database van, om uw gegevens niet uit het oog te verliezen. Zet dat bestand terug met:\n"
        f'  wijkdesk backup --db "{path}" --restore "{aside[0]}"\n'
        "of kies in het venster 'Opzij gezet bestand terugzetten'. Wilt u echt een nieuwe, lege "
        "database, verplaats dan eerst de opzij gezette bestanden naar een andere map.",
        path, set_aside=aside[0])


def _create_new(path: Path, key: cipher.FileKey | None = None) -> None:
    """Make the new, empty database under a temporary name and rename it in when complete.

    A crash halfway leaves only the temporary file (cleaned up at the next start), never a file at
    `path` that is half made.
    """
    tmp = sqlite_file.sibling(path, leftovers.NEW_SUFFIX)
    backups.remove_with_journal(tmp)
    database = _unbound(tmp, key)
    try:
        database.connect()
        db_proxy.initialize(database)
        migrations.create_schema(database)
        database.close()  # checkpoints: one file, no -wal
        backups.fsync_file(tmp)
        os.replace(tmp, path)
    except BaseException as exc:
        if not database.is_closed():
            database.close()
        backups.remove_with_journal(tmp)
        if isinstance(exc, (OSError, *cipher.Error)) or _reason(exc) != str(exc):
            raise DatabaseOpenError(
                f"De nieuwe database {path} kan niet worden gemaakt: {_reason(exc)}. Er is niets "
                "achtergebleven.", path) from exc
        raise
    sqlite_file.fsync_dir(path.parent)


def _unbound(path: Path, key: cipher.FileKey | None) -> SqliteDatabase:
    """A new read-write connection object (not yet connected) with WijkDesk's pragmas."""
    if key is not None:
        return cipher.EncryptedSqliteDatabase(str(path), key, pragmas=SQLITE_PRAGMAS)
    return SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS)


def build_new_database(location: Path | str, fill: Callable[[], T], key: cipher.FileKey | None = None) -> T | None:
    """Make a new database at `location` filled by `fill()`, all or nothing; None when it exists.

    With `key` the file is encrypted from its first page (an offline copy of an encrypted database).

    The database is built and filled under a temporary name beside it (`<db>.demo.tmp`) and renamed
    in only when complete, so a full disk or a crash leaves no half file at `location` (and the next
    start removes the temporary one). The lock of `location` is held throughout.
    """
    close_database()
    if is_server_url(location):
        return _fill_new_server_database(str(location), fill)
    path = Path(location)
    _check_name(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _check_writable(path)
    lock = DatabaseLock(path)
    lock.acquire()
    stage = sqlite_file.sibling(path, leftovers.DEMO_SUFFIX)
    database = None
    try:
        _recover(path)
        if path.exists():
            return None
        _refuse_if_set_aside(path)
        backups.remove_with_journal(stage)
        database = _unbound(stage, key)
        database.connect()
        db_proxy.initialize(database)
        migrations.create_schema(database)
        result = fill()
        # The text indexes too, made from the rows in one pass (faster than triggers row by row while
        # filling): without them a demo, a wijk taken along or a server's copy on a laptop was complete
        # only after its first writable open, and a read-only open or `check` found them missing.
        text_index.ensure(database)
        database.close()  # checkpoints: one file, no -wal
        backups.fsync_file(stage)
        os.replace(stage, path)
        sqlite_file.fsync_dir(path.parent)
        log.info("Nieuwe database gemaakt: %s", path)
        return result
    except BaseException as exc:
        if database is not None and not database.is_closed():
            try:
                database.close()
            except Exception:  # closing after a full disk may fail again; the file goes anyway
                pass
        backups.remove_with_journal(stage)
        if _reason(exc) != str(exc):
            raise DatabaseOpenError(
                f"De database {path} kan niet worden gemaakt: {_reason(exc)}. Er is niets "
                "achtergebleven.", path) from exc
        raise
    finally:
        lock.release()


def _fill_new_server_database(text: str, fill: Callable[[], T]) -> T | None:
    """On a server: fill a new (empty) database in one transaction; None when it already held WijkDesk.

    An empty database on the server is made (tables and version) and filled in the same transaction,
    so a failure halfway leaves it empty, as it was.
    """
    location = server.parse(text)
    database = server.connect(location)
    db_proxy.initialize(database)
    try:
        with database.atomic():
            # Committed to disk before the commit returns, whatever the server's default: the VACUUM
            # after it can only mark the new pages all-visible once their commit record is flushed.
            database.execute_sql("SET LOCAL synchronous_commit TO on")
            server.lock_schema(database)  # a window opening the same new database waits for this
            version = migrations.get_version(database)
            if version == 0:
                if database.get_tables():
                    raise NotADatabaseError(
                        f"De database {location} op de server bevat al tabellen, maar is geen WijkDesk-database. "
                        "Kies een nieuwe, lege database; er is niets gewijzigd.")
                migrations.create_schema(database)
            elif version != migrations.LATEST_VERSION or not _holds_no_rows(database):
                return None
            # else: WijkDesk opened this database once (it made the tables) and nobody saved anything in
            # it: as empty as a new one, so it is filled rather than refused.
            result = fill()
        log.info("Nieuwe database gemaakt op de server: %s", location)
        # Committed: now let the server mark the new rows visible, so its covering indexes serve the lists
        # at once (server-import of a city's laptop: a million expenses), not only after autovacuum.
        server.vacuum_after_bulk_load(database)
        return result
    finally:
        database.close()


def _holds_no_rows(database: Database) -> bool:
    """Whether no table of the models holds a row (the schema's own version table does not count)."""
    from wijkdesk.store.models import ALL_MODELS

    return not any(database.execute_sql(f'SELECT 1 FROM "{model._meta.table_name}" LIMIT 1').fetchone()
                   for model in ALL_MODELS)


def _reason(exc: BaseException) -> str:
    """Dutch for a full disk anywhere in the chain (a failed rollback hides it); else the text."""
    seen = exc
    while seen is not None:
        if "full" in str(seen).lower() or getattr(seen, "errno", None) == 28:
            return "de schijf is vol; maak ruimte vrij en probeer het opnieuw"
        seen = seen.__cause__ or seen.__context__
    return str(exc)


def _inspect(path: Path, *, may_write: bool) -> tuple[int, bool]:
    """Schema version and whether it has tables, read without writing; raises when damaged or newer.

    A half transaction a crash left (a hot journal) is not damage: with `may_write` SQLite undoes it
    first, as it would at any open; without, the file is "interrupted", not "damaged".
    A refused file keeps no -wal or -shm that reading it made beside it.
    """
    before = sqlite_file.side_files_present(path)
    try:
        try:
            return _read_header_facts(path)
        except InterruptedDatabaseError:
            if not may_write:
                raise
            sqlite_file.roll_back_hot_journal(path)
            return _read_header_facts(path)
    except DatabaseOpenError:
        sqlite_file.tidy_after_reading(path, before)
        raise


def _read_header_facts(path: Path) -> tuple[int, bool]:
    try:
        conn = sqlite_file.connect_readonly(path)
        try:
            problems = sqlite_file.check_rows(conn)
            version = sqlite_file.user_version(conn)
            tables = sqlite_file.table_names(conn)
            if problems == ["ok"] and version == migrations.LATEST_VERSION:
                # Refused here, before the open takes its backup: a foreign file became the newest backup,
                # which the advice for a damaged file would later recommend.
                migrations.require_current_tables(sqlite_file.RawReader(conn), where=str(path))
        finally:
            conn.close()
    except cipher.OperationalError as exc:
        text = str(exc).lower()
        if sqlite_file.has_hot_journal(exc):
            raise InterruptedDatabaseError(
                f"De database {path} is niet netjes afgesloten: een wijziging was half geschreven toen "
                "het programma stopte. SQLite maakt die ongedaan zodra de database in een map staat "
                "waarin u mag schrijven; hier mag dat niet. Kopieer het bestand samen met "
                f"{path.name}-journal (of -wal) naar zo'n map en open hem daar. Er is niets gewijzigd.",
                path) from exc
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
    if version == 0 and not tables and path.stat().st_size > 0:
        # A file with SQLite's header and nothing in it: a new database whose making was cut off
        # by an older WijkDesk (or a full disk). It holds no data, so it is simply made anew.
        return version, False
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
        backups.check_free_space(path)
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
            f"WijkDesk heeft bij het starten geen reservekopie gemaakt: {exc}. U kunt gewoon verder "
            "werken, maar maak ruimte vrij op de schijf, zodat er weer reservekopieën komen.")


def _create_or_migrate(database: Database) -> None:
    version = migrations.get_version(database)
    if version == 0 and not database.get_tables():
        migrations.create_schema(database)
    elif migrations.migrate(database):  # a current file was checked already, as its header was read (_inspect)
        migrations.require_current_tables(database, migrated=True)
    # Derived data, not schema: the text indexes of the list filters (made and filled once if missing).
    text_index.forget(database)
    text_index.ensure(database)


def close_database() -> None:
    """Close the bound database, if any, and release its lock."""
    global _current
    opened, _current = _current, None
    database = opened.database if opened else db_proxy.obj
    if database is not None and not database.is_closed():
        if opened is not None and not opened.readonly and not opened.is_server:
            _optimize(database)
        database.close()
    if opened is not None and opened.lock is not None:
        opened.lock.release()


# Below this size the planner's guesses are good enough, and the file stays byte for byte as it was when
# nothing was saved (a refused or cancelled import proves "nothing changed" that way).
OPTIMIZE_FROM_BYTES = 16 * 1024 * 1024


def _optimize(database: Database) -> None:
    """SQLite's advice before closing: refresh the planner's statistics where many rows changed.

    Without them the planner guesses; at city scale (a million expenses) a guess that reads a wijk's
    year through the wrong index costs a tenth of a second per list. Usually a no-op; never fatal."""
    try:
        pages, size = (database.execute_sql(f"PRAGMA {p}").fetchone()[0] for p in ("page_count", "page_size"))
        if pages * size < OPTIMIZE_FROM_BYTES:
            return
        # SQLite's advice: approximate, in milliseconds (a migration's new index is analysed the same way)
        database.execute_sql(f"PRAGMA analysis_limit = {migrations.ANALYSIS_LIMIT}")
        database.execute_sql("PRAGMA optimize")
    except Exception as exc:  # noqa: BLE001 - a busy or full database: the statistics wait for next time
        log.info("PRAGMA optimize overgeslagen: %s", exc)


@contextmanager
def opened_database(location: Path | str, **options):
    """`open_database(location, **options)` for the length of a `with` block, closed (and unlocked) after it."""
    opened = open_database(location, **options)
    try:
        yield opened
    finally:
        close_database()
