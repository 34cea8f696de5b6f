"""Encryption at rest: which files are encrypted, the passphrases known in this process, one connect.

A WijkDesk database is plain (an ordinary SQLite file, opened with Python's sqlite3) or encrypted (an
SQLCipher 4 file, opened with the `sqlcipher3` package: every page, its -wal and its backups are
AES-256 encrypted and authenticated). The first bytes say which: a plain file starts with
"SQLite format 3", an SQLCipher file with its 16-byte random salt and then only ciphertext.

Passphrases live in memory only, in this module's keyring: never in a file, the settings, the log or
an error message. SQLCipher turns a passphrase into the page key with PBKDF2-HMAC-SHA512 over the
file's salt (256,000 rounds, about 0.1 s). That is done here once per salt and the key is handed to
SQLCipher as a raw key, so that every further connection (start backup, checks, background threads)
opens at once instead of paying 0.1 s each. It is the key SQLCipher itself would derive: the file
opens with the passphrase in any SQLCipher 4 tool (DB Browser for SQLite, the sqlcipher shell).

Every raw connection to a database file goes through `connect` (peewee's through
`EncryptedSqliteDatabase`, which calls it), so plain and encrypted files are one code path above here.
"""
from __future__ import annotations

import hashlib
import logging
import os
import secrets
import sqlite3
import threading
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from peewee import SqliteDatabase

from wijkdesk.store.errors import DatabaseOpenError, PassphraseRequiredError, WrongPassphraseError

try:  # a dependency; a build without it can still open plain databases, and says why not the others
    from sqlcipher3 import dbapi2 as sqlcipher
except ImportError:  # pragma: no cover - only in a broken installation
    sqlcipher = None

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
SALT_SIZE = 16
KEY_SIZE = 32
KDF_ITERATIONS = 256_000  # SQLCipher 4's default: files stay compatible with its tools
PAGE_SIZE = 4096          # SQLCipher 4's default page size; an encrypted file is a whole number of pages
MIN_PASSPHRASE_LENGTH = 8
PASSPHRASE_ENV = "WIJKDESK_WACHTWOORD"
# Seconds a raw connection waits for another program's lock on the file before SQLite says "locked"
# (the default of `connect`; peewee's connections have their own busy_timeout).
BUSY_TIMEOUT = 5.0

# DB-API errors of both drivers, for code that handles raw connections.
if sqlcipher is not None:
    Error = (sqlite3.Error, sqlcipher.Error)
    DatabaseError = (sqlite3.DatabaseError, sqlcipher.DatabaseError)
    OperationalError = (sqlite3.OperationalError, sqlcipher.OperationalError)
    Connection = (sqlite3.Connection, sqlcipher.Connection)
    import datetime as _dt
    import decimal as _decimal

    # The same adapters peewee registers for sqlite3, so both drivers store values alike.
    sqlcipher.register_adapter(_decimal.Decimal, str)
    sqlcipher.register_adapter(_dt.date, str)
    sqlcipher.register_adapter(_dt.time, str)
else:  # pragma: no cover
    Error, DatabaseError = (sqlite3.Error,), (sqlite3.DatabaseError,)
    OperationalError, Connection = (sqlite3.OperationalError,), (sqlite3.Connection,)


class Passphrase:
    """A passphrase in memory; its text never shows in a repr, a log line or a traceback's locals."""

    def __init__(self, text: str):
        if not isinstance(text, str) or text == "":
            raise ValueError("leeg wachtwoord")
        self._secret = text.encode("utf-8")
        self._keys: dict[bytes, bytes] = {}
        self._lock = threading.Lock()
        self.new_salt = secrets.token_bytes(SALT_SIZE)  # for files this passphrase creates

    def __repr__(self) -> str:
        return "Passphrase(***)"

    def matches(self, text: str) -> bool:
        return secrets.compare_digest(self._secret, text.encode("utf-8"))

    def key_for(self, salt: bytes) -> bytes:
        """The page key SQLCipher 4 derives from this passphrase and `salt` (cached per salt)."""
        with self._lock:
            key = self._keys.get(salt)
            if key is None:
                key = self._keys[salt] = derive_key(self._secret, salt)
            return key


def derive_key(secret: bytes, salt: bytes) -> bytes:
    """SQLCipher 4's page key for a passphrase (UTF-8) and a file salt: PBKDF2-HMAC-SHA512, KDF_ITERATIONS.

    A pure function; keys are kept only by the Passphrase they belong to (and dropped with it).
    """
    with warnings.catch_warnings():
        # Without OpenSSL's _hashlib (the packaged build leaves it out) Python 3.11 uses
        # its own, slower but equal PBKDF2 and warns that it is deprecated.
        warnings.simplefilter("ignore", DeprecationWarning)
        return hashlib.pbkdf2_hmac("sha512", secret, salt, KDF_ITERATIONS, KEY_SIZE)


@dataclass(frozen=True)
class FileKey:
    """The key of one encrypted file: passphrase, the file's salt and the derived page key."""

    passphrase: Passphrase = field(repr=False)
    salt: bytes = field(repr=False)
    key: bytes = field(repr=False)

    @classmethod
    def for_salt(cls, passphrase: Passphrase, salt: bytes) -> "FileKey":
        return cls(passphrase, salt, passphrase.key_for(salt))

    def pragma_value(self) -> str:
        """SQLCipher's raw-key form: key and salt in hex, so a new file gets this very salt."""
        return f"x'{self.key.hex()}{self.salt.hex()}'"


# The keyring: passphrases the user gave in this process, and the file salts they are known to open.
_known: list[Passphrase] = []
_by_salt: dict[bytes, FileKey] = {}
_ring_lock = threading.Lock()
# Asked when an encrypted file is opened and no known passphrase fits (the CLI sets one: environment
# variable, --passphrase-file or a prompt on the terminal); None means: raise PassphraseRequiredError.
_source: Callable[[Path], str | None] | None = None


def remember(passphrase: Passphrase) -> Passphrase:
    with _ring_lock:
        if passphrase not in _known:
            _known.insert(0, passphrase)
    return passphrase


def forget(passphrase: Passphrase | None = None) -> None:
    """Drop one passphrase (or all) from memory, with every key derived from it."""
    with _ring_lock:
        gone = list(_known) if passphrase is None else [passphrase]
        for item in gone:
            if item in _known:
                _known.remove(item)
        for salt, file_key in list(_by_salt.items()):
            if file_key.passphrase in gone:
                del _by_salt[salt]


def set_passphrase_source(source: Callable[[Path], str | None] | None) -> None:
    global _source
    _source = source


def available() -> bool:
    return sqlcipher is not None


def _require_driver(path: Path | None = None) -> None:
    if sqlcipher is None:
        raise DatabaseOpenError(
            "Deze installatie van WijkDesk kan geen versleutelde databases openen (het onderdeel "
            "sqlcipher3 ontbreekt). Installeer WijkDesk opnieuw; er is niets gewijzigd.", path)


def read_head(path: Path, size: int = SALT_SIZE) -> bytes:
    with Path(path).open("rb") as fh:
        return fh.read(size)


def is_encrypted(path: Path) -> bool:
    """True for a file that can be an SQLCipher database: whole pages, no plain SQLite header.

    Without the passphrase an SQLCipher file cannot be told from random bytes; the page-size rule
    keeps text files, spreadsheets and other foreign files out (they get "not a database").
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size < 512 or size % 512:
            return False
        return read_head(path, len(SQLITE_MAGIC)) != SQLITE_MAGIC
    except OSError:
        return False


def new_file_key(passphrase: Passphrase) -> FileKey:
    """The key for a new encrypted file made with `passphrase` (its salt is made once per passphrase)."""
    remember(passphrase)
    return FileKey.for_salt(passphrase, passphrase.new_salt)


def _opens(path: Path, file_key: FileKey) -> bool:
    try:
        conn = connect(path, file_key, readonly=True)
    except Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except DatabaseError:
        return False
    finally:
        conn.close()


def key_for_file(path: Path, passphrase: str | Passphrase | None = None, *, ask: bool = True) -> FileKey | None:
    """The key that opens `path`: None for a plain (or missing or empty) file.

    With `passphrase`, only that one is tried (WrongPassphraseError when it does not fit); otherwise
    the keyring, then the passphrase source (when `ask`). Nothing is written to the file.
    """
    path = Path(path)
    if not is_encrypted(path):
        return None
    _require_driver(path)
    salt = read_head(path)
    if passphrase is not None:
        given = passphrase if isinstance(passphrase, Passphrase) else _known_or_new(passphrase)
        file_key = FileKey.for_salt(given, salt)
        if not _opens(path, file_key):
            raise WrongPassphraseError(wrong_passphrase_message(path), path)
        return _keep(file_key)
    with _ring_lock:
        cached = _by_salt.get(salt)
        candidates = list(_known)
    if cached is not None:
        return cached
    for candidate in candidates:
        file_key = FileKey.for_salt(candidate, salt)
        if _opens(path, file_key):
            return _keep(file_key)
    if ask and _source is not None:
        text = _source(path)
        if text:
            return key_for_file(path, text, ask=False)
    if candidates:
        raise WrongPassphraseError(wrong_passphrase_message(path), path)
    raise PassphraseRequiredError(passphrase_required_message(path), path)


def _known_or_new(text: str) -> Passphrase:
    with _ring_lock:
        for item in _known:
            if item.matches(text):
                return item
    return Passphrase(text)


def _keep(file_key: FileKey) -> FileKey:
    remember(file_key.passphrase)
    with _ring_lock:
        _by_salt[file_key.salt] = file_key
    return file_key


def connect(target: Path | str, file_key: FileKey | None, *, readonly: bool = False, uri: bool = False,
            timeout: float | None = None, **params):
    """A DB-API connection to a database file: sqlite3 for a plain file, sqlcipher3 with its key.

    `readonly` opens the file read-only (SQLite's `mode=ro`) and sets `query_only`.
    """
    if timeout is None:
        timeout = BUSY_TIMEOUT
    if readonly:
        target, uri = Path(os.path.abspath(target)).as_uri() + "?mode=ro", True
    if file_key is None:
        conn = sqlite3.connect(str(target), uri=uri, timeout=timeout, **params)
    else:
        _require_driver()
        conn = sqlcipher.connect(str(target), uri=uri, timeout=timeout, **params)
        try:
            # SQLCipher writes a wrong key's "hmac check failed" to stderr; the caller says it in Dutch.
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f'PRAGMA key = "{file_key.pragma_value()}"')
        except BaseException:
            conn.close()
            raise
    if readonly:
        conn.execute("PRAGMA query_only = 1")
    return conn


class EncryptedSqliteDatabase(SqliteDatabase):
    """peewee's SqliteDatabase on an SQLCipher file: each connection (one per thread) gets the key."""

    def __init__(self, database, file_key: FileKey, **kwargs):
        self.file_key = file_key
        super().__init__(database, **kwargs)

    def _connect(self):
        conn = connect(self.database, self.file_key, timeout=self._timeout, isolation_level=None,
                       **self.connect_params)
        try:
            self._add_conn_hooks(conn)
        except Exception:
            conn.close()
            raise
        return conn


def passphrase_required_message(path: Path) -> str:
    return (f"De database {path} is versleuteld. Geef het wachtwoord om hem te openen: in het venster "
            f"wordt het gevraagd; op de opdrachtregel typt u het in, of geeft u het via de "
            f"omgevingsvariabele {PASSPHRASE_ENV} of --passphrase-file BESTAND. Er is niets gewijzigd.")


def wrong_passphrase_message(path: Path) -> str:
    return (f"Het wachtwoord klopt niet voor de database {path} (of het bestand is geen "
            "WijkDesk-database). Let op hoofdletters en spaties en probeer het opnieuw. "
            "Er is niets gewijzigd.")


def passphrase_problem(text: str) -> str | None:
    """Why `text` cannot be a new passphrase (Dutch), or None when it can."""
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return (f"Het wachtwoord is te kort: gebruik minstens {MIN_PASSPHRASE_LENGTH} tekens "
                "(een zin van een paar woorden is sterk en goed te onthouden).")
    if text != text.strip():
        return "Het wachtwoord begint of eindigt met een spatie; dat gaat makkelijk mis. Laat die weg."
    return None
