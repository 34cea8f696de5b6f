"""Looking at an SQLite file without changing it: header, read-only URI, quick_check, user_version.

Plain and encrypted (SQLCipher) files alike: `connect_readonly` takes the key from `store.cipher`.
"""
from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from wijkdesk.store import cipher, text_index
from wijkdesk.store.errors import PassphraseRequiredError

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"


def read_magic(path: Path) -> bytes:
    """The first 16 bytes of the file (fewer when the file is shorter)."""
    with Path(path).open("rb") as fh:
        return fh.read(len(SQLITE_MAGIC))


# The longest name WijkDesk or SQLite puts beside a database or its backups is the database's
# stem plus `-20261126-143015-voor-migratie-99.db.tmp-journal`; most file systems allow 255 bytes.
MAX_NAME_BYTES = 200
# SQLITE_READONLY_ROLLBACK: a read-only connection met a hot journal it may not roll back.
# SQLITE_READONLY_RECOVERY: the same for a -wal that needs recovering.
READONLY_ROLLBACK, READONLY_RECOVERY = 776, 264


def sibling(path: Path, suffix: str) -> Path:
    return Path(str(path) + suffix)


def folder_writable(path: Path) -> bool:
    """Can files be made beside `path` (a -wal, -shm, -journal, lock)? False on a read-only medium too."""
    return os.access(Path(os.path.abspath(path)).parent, os.W_OK)


def is_immutable_here(path: Path) -> bool:
    """True when nothing can change the file: a read-only folder and no -wal or -journal beside it.

    Any write to an SQLite file needs a -wal or -journal beside it, which cannot be made there; so
    SQLite may read it as immutable (without the -shm it could not create either).
    """
    return not folder_writable(path) and not any(
        sibling(path, s).exists() for s in ("-wal", "-journal"))


def side_files_present(path: Path) -> set[str]:
    """Which of `-wal` and `-shm` exist beside `path` now (see `tidy_after_reading`)."""
    return {s for s in ("-wal", "-shm") if sibling(path, s).exists()}


def tidy_after_reading(path: Path, before: set[str]) -> None:
    """Remove the empty -wal and the -shm a read-only look at a WAL file made beside it.

    Only for files no one else has open (a refused file, a backup or set-aside file being restored
    from): a read-only connection cannot remove them itself, and they would be left for good.
    """
    for suffix in {"-wal", "-shm"} - before:
        made = sibling(path, suffix)
        try:
            if suffix == "-shm" or made.stat().st_size == 0:
                made.unlink()
        except OSError:
            pass


def readonly_uri(path: Path) -> str:
    """A `file:` URI that opens `path` read-only; as_uri() escapes spaces, '#' and '?' portably."""
    uri = Path(os.path.abspath(path)).as_uri() + "?mode=ro"
    return uri + "&immutable=1" if is_immutable_here(path) else uri


def has_hot_journal(exc: Exception) -> bool:
    """True for the error a read-only connection gives when a crash left a transaction to undo."""
    return getattr(exc, "sqlite_errorcode", None) in (READONLY_ROLLBACK, READONLY_RECOVERY) or \
        "attempt to write a readonly database" in str(exc)


def roll_back_hot_journal(path: Path) -> None:
    """Let SQLite undo the half transaction a crash left (it does so on the first read, read-write).

    SQLite only rolls back a journal that is "hot": no live connection holds the transaction.
    """
    conn = cipher.connect(path, cipher.key_for_file(path))
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()
    log.warning("Onderbroken transactie teruggedraaid in %s", path)


def connect_readonly(path: Path, *, ask: bool = True) -> sqlite3.Connection:
    """A raw read-only connection: SQLite cannot write to the file through it.

    An encrypted file is opened with its key from the keyring (PassphraseRequiredError or
    WrongPassphraseError when there is none that fits).
    """
    file_key = cipher.key_for_file(path, ask=ask)
    # readonly_uri, not cipher's plain mode=ro: in a read-only folder the file must be read as
    # immutable (SQLite could not make the -shm it needs otherwise).
    conn = cipher.connect(readonly_uri(path), file_key, uri=True)
    try:
        conn.execute("PRAGMA query_only = 1")
    except BaseException:
        conn.close()
        raise
    return conn


def quick_check(path: Path) -> list[str]:
    """Problems `PRAGMA quick_check` finds in the file at `path`; an empty list means it is sound."""
    path = Path(path)
    try:
        if read_magic(path) != SQLITE_MAGIC and not cipher.is_encrypted(path):
            return ["geen SQLite-bestand"]
    except OSError as exc:
        return [f"kan het bestand niet lezen: {exc}"]
    try:
        conn = connect_readonly(path, ask=False)
        try:
            rows = check_rows(conn)
        finally:
            conn.close()
    except PassphraseRequiredError:
        return ["versleuteld met een wachtwoord dat niet bekend is"]
    except cipher.DatabaseError as exc:  # "database disk image is malformed" and friends
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def check_rows(conn, pragma: str = "quick_check") -> list[str]:
    """SQLite's quick_check (or integrity_check), where damage to the text indexes alone counts as none:
    they are derived data, made again from the rows as the database opens (text_index.ensure).

    SQLite 3.44 and newer (sqlcipher's, so every encrypted file) check FTS5 tables too: a file whose text
    index another program damaged was refused as damaged, with the advice to restore a backup, or its open
    stopped with MemoryError (SQLite's 'out of memory' after reading sizes from the damaged record). Then
    each table of the data is checked alone, so that damage there is still found."""
    try:
        problems = [row[0] for row in conn.execute(f"PRAGMA {pragma}").fetchall()]
    except MemoryError:
        problems = []
    else:
        if problems == ["ok"]:
            return problems
        problems = [p for p in problems if "fts5" not in p.lower()]
        if problems:
            return problems
    for name in sorted(table_names(conn)):
        if not text_index.is_index_table(name):
            problems += [row[0] for row in conn.execute(f'PRAGMA {pragma}("{name}")').fetchall()
                         if row[0] != "ok"]
    return problems or ["ok"]


class RawReader:
    """A raw (read-only) connection where a schema check asks a peewee database for `execute_sql`."""

    def __init__(self, conn) -> None:
        self.conn = conn

    def execute_sql(self, sql: str, params=()):
        return self.conn.execute(sql, params)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def table_names(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
