"""Looking at an SQLite file without changing it: header, read-only URI, quick_check, user_version.

Plain and encrypted (SQLCipher) files alike: `connect_readonly` takes the key from `store.cipher`.
"""
from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from wijkdesk.store import cipher
from wijkdesk.store.errors import PassphraseRequiredError

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"


def read_magic(path: Path) -> bytes:
    """The first 16 bytes of the file (fewer when the file is shorter)."""
    with Path(path).open("rb") as fh:
        return fh.read(len(SQLITE_MAGIC))


def readonly_uri(path: Path) -> str:
    """A `file:` URI that opens `path` read-only; as_uri() escapes spaces, '#' and '?' portably."""
    return Path(os.path.abspath(path)).as_uri() + "?mode=ro"


def connect_readonly(path: Path, *, ask: bool = True) -> sqlite3.Connection:
    """A raw read-only connection: SQLite cannot write to the file through it.

    An encrypted file is opened with its key from the keyring (PassphraseRequiredError or
    WrongPassphraseError when there is none that fits).
    """
    file_key = cipher.key_for_file(path, ask=ask)
    return cipher.connect(path, file_key, readonly=True)


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
            rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        finally:
            conn.close()
    except PassphraseRequiredError:
        return ["versleuteld met een wachtwoord dat niet bekend is"]
    except cipher.DatabaseError as exc:  # "database disk image is malformed" and friends
        return [str(exc)]
    return [] if rows == ["ok"] else rows


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
