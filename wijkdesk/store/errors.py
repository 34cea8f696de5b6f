"""Why a database cannot be opened, each with a Dutch message a user can act on.

The GUI picks a dialog by the class (`views/startup.py`); the CLI prints the message and exits 2.
Every one of these is raised before anything is written to the file.
"""
from __future__ import annotations

from pathlib import Path


class DatabaseOpenError(Exception):
    """The database cannot be opened; the message says in Dutch what is wrong and what to do."""

    def __init__(self, message: str, path: Path | None = None):
        super().__init__(message)
        self.message = message
        self.path = path


class NotADatabaseError(DatabaseOpenError):
    """The file is empty, a folder, or not an SQLite file at all."""


class NewerSchemaError(DatabaseOpenError):
    """Made by a newer WijkDesk: this version must not touch it."""

    def __init__(self, message: str, path: Path | None = None, version: int = 0, supported: int = 0):
        super().__init__(message, path)
        self.version = version
        self.supported = supported


class DamagedDatabaseError(DatabaseOpenError):
    """`PRAGMA quick_check` failed; `backup` is the newest backup that passes it (or None)."""

    def __init__(self, message: str, path: Path | None = None, backup: Path | None = None,
                 problems: list[str] | None = None):
        super().__init__(message, path)
        self.backup = backup
        self.problems = problems or []


class DatabaseLockedError(DatabaseOpenError):
    """Another WijkDesk holds the lock; `pid`, `host` and `app` name it when known.

    `stale` is True when the lock file is left over (empty, unreadable, or naming a process that no
    longer holds it): the user may remove it (`--ontgrendel`, or "Slot opheffen" in the window).
    """

    def __init__(self, message: str, path: Path | None = None, pid: int | None = None,
                 host: str = "", app: str = "", stale: bool = False):
        super().__init__(message, path)
        self.pid = pid
        self.host = host
        self.app = app
        self.stale = stale


class BackupError(DatabaseOpenError):
    """A backup could not be made, verified or restored; nothing was replaced."""


class PassphraseRequiredError(DatabaseOpenError):
    """The database is encrypted and no passphrase was given (or none of those known fits)."""


class WrongPassphraseError(PassphraseRequiredError):
    """The passphrase given does not open the encrypted database; nothing was changed."""


class EncryptionError(DatabaseOpenError):
    """Encrypting, decrypting or changing the passphrase could not be done; nothing was replaced."""


class ReadOnlyError(DatabaseOpenError):
    """WijkDesk may not write here (the file, its folder or the medium is read-only); reading may work."""


class NameTooLongError(DatabaseOpenError):
    """The file name leaves no room for the files SQLite and WijkDesk put beside it."""


class InterruptedDatabaseError(DatabaseOpenError):
    """A crash left work half done (a hot journal, a restore) that cannot be finished here."""


class MissingDatabaseError(DatabaseOpenError):
    """The database file is gone, but files a restore put aside are beside it; `set_aside` the newest."""

    def __init__(self, message: str, path: Path | None = None, set_aside: Path | None = None):
        super().__init__(message, path)
        self.set_aside = set_aside
