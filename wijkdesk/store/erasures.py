"""What erasing a person (AVG) needs from the store: the erasure list, and files with nothing left behind.

The erasure list (`<stem>-gewist.json` beside the database) records each erased person as a salted
hash of the row's UUID plus salted hashes of the ways their name, e-mail and phone are written: no
personal data, but enough to recognise the person again when an older backup brings them back, and
to keep their data out of an export when someone types it again. It lives beside the database, not
in it, so that restoring an older backup (which replaces the database file) does not take it away.
Beside an encrypted database the list is encrypted with the database's key, the way attachments are
(`attachments.write_bytes`: a one-row SQLCipher file), because its hashes let whoever holds the laptop
confirm guessed names and phone numbers; `store.encryption` converts it with the database (`convert`).

`wipe_free_space` rebuilds the file (VACUUM) and empties its write-ahead log, so that deleted rows do
not stay readable in free pages or in old WAL frames; `PRAGMA secure_delete` (set on every connection,
see `store.database`) zeroes what later deletes free.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path

from wijkdesk import paths
from wijkdesk.store import attachments, cipher, sqlite_file
from wijkdesk.store.errors import BackupError, DatabaseOpenError

log = logging.getLogger(__name__)

FORMAT_VERSION = 1


def list_path(db_path: Path) -> Path:
    """Where the erasure list of `db_path` lives: `<stem>-gewist.json` in the same folder."""
    db_path = Path(db_path)
    return db_path.with_name(f"{db_path.stem}-gewist.json")


@dataclass
class ErasureList:
    """The salt and the erased persons (each: id hash, date, key hashes) of one database."""

    salt: bytes
    persons: list[dict] = field(default_factory=list)

    def ids(self) -> set[str]:
        return {p["id"] for p in self.persons}

    def has(self, id_hash: str) -> bool:
        return id_hash in self.ids()


def load(db_path: Path) -> ErasureList:
    """The erasure list of `db_path`; an empty one with a fresh salt when there is none yet."""
    path = list_path(db_path)
    try:
        raw = json.loads(attachments.read_bytes(path).decode("utf-8"))
        return ErasureList(bytes.fromhex(raw["zout"]), list(raw.get("personen", [])))
    except FileNotFoundError:
        return ErasureList(secrets.token_bytes(16))
    except (OSError, ValueError, KeyError, TypeError, DatabaseOpenError, *cipher.Error) as exc:
        # DatabaseOpenError: an encrypted list whose passphrase is not known in this process.
        # Never start a new list over an unreadable one: the erasures in it would be forgotten.
        raise BackupError(
            f"De lijst van gewiste personen ({path}) is onleesbaar: {exc}. WijkDesk wist niets en zet niets "
            "terug zolang die lijst niet te lezen is; zet het bestand terug uit een kopie of vraag hulp.",
            path) from exc


def save(db_path: Path, erasures: ErasureList) -> None:
    """Write the list atomically (temporary file, fsync, rename), so a crash never leaves half a list;
    encrypted with the database's key when the database is encrypted."""
    db_path = Path(db_path)
    _write(db_path, erasures, cipher.key_for_file(db_path, ask=False) if db_path.exists() else None)


def _write(db_path: Path, erasures: ErasureList, key: cipher.FileKey | None) -> None:
    path = list_path(db_path)
    data = {"versie": FORMAT_VERSION, "zout": erasures.salt.hex(), "personen": erasures.persons,
            "uitleg": "Gewiste personen (AVG): alleen gezouten hashes, geen persoonsgegevens. "
                      "Niet verwijderen: hiermee wist WijkDesk deze personen opnieuw als een oudere "
                      "reservekopie wordt teruggezet."}
    text = json.dumps(data, ensure_ascii=False, indent=1)
    try:
        attachments.write_bytes(path, text.encode("utf-8"), key)
    except cipher.Error as exc:
        raise BackupError(f"De lijst van gewiste personen ({path}) kon niet worden geschreven: {exc}", path) from exc
    sqlite_file.fsync_dir(path.parent)


def convert(db_path: Path, new_key: cipher.FileKey | None) -> bool:
    """Rewrite the erasure list encrypted with `new_key` (or plain), for `store.encryption`; True if it
    was rewritten. The old form is read with a key from the keyring; a list that is not there or does
    not open is left as it is (logged: WijkDesk then names it when it is needed)."""
    path = list_path(db_path)
    if not path.is_file():
        return False
    try:
        encrypted = cipher.is_encrypted(path)
        if encrypted and new_key is not None and cipher.read_head(path) == new_key.salt:
            old = cipher.key_for_file(path, ask=False)
            if old is not None and old.key == new_key.key:
                return False  # already in the wanted form
        if not encrypted and new_key is None:
            return False
        _write(db_path, load(db_path), new_key)
        return True
    except (OSError, DatabaseOpenError, *cipher.Error) as exc:
        log.warning("Lijst van gewiste personen niet omgezet: %s", exc)
        return False


def today() -> str:
    return dt.date.today().isoformat()


def wipe_free_space(database) -> list[str]:
    """Rebuild the live database (VACUUM) and truncate its WAL; returns what could not be done, in Dutch.

    `database` is the peewee database. Both steps need no other reader in the file: a second window
    that holds a read open keeps old pages in the WAL until it lets go (said in the returned text).
    """
    from wijkdesk.store import server

    problems = []
    if server.is_server(database):
        # On the server VACUUM removes the old row versions from the tables; the server's own WAL
        # archive and backups are its administrator's (docs/server.md says so).
        try:
            database.execute_sql("VACUUM")
        except Exception as exc:  # a role without the right to VACUUM: say so, the erase stands
            log.warning("VACUUM na wissen op de server mislukt: %s", exc)
            problems.append("de server kon de oude versies van de rijen niet direct opruimen (VACUUM); "
                            "de beheerder van de server doet dat, of het gebeurt vanzelf (autovacuum)")
        return problems
    try:
        database.execute_sql("VACUUM")
    except cipher.Error as exc:
        log.warning("VACUUM na wissen mislukt: %s", exc)
        problems.append(f"het databasebestand kon niet worden opgeschoond ({exc})")
    for attempt in range(20):  # a background read of the window (the budget figures) ends in moments
        try:
            busy, _frames, _done = database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except cipher.Error as exc:
            busy = 1
            log.warning("WAL-checkpoint na wissen mislukt: %s", exc)
        if not busy:
            break
        time.sleep(0.1)
    if busy:
        problems.append("het logbestand (-wal) van de database is nog in gebruik door een ander programma of "
                        "venster; sluit dat, dan wordt het bij de volgende wijziging geleegd")
    return problems


def database_copies(db_path: Path) -> list[Path]:
    """Every copy of the database WijkDesk made and knows of: backups and files set aside by a restore."""
    from wijkdesk.store import backups

    db_path = Path(db_path)
    found = [b.path for b in backups.list_backups(db_path)]
    if db_path.parent.is_dir():
        found += sorted(p for p in db_path.parent.glob(f"{db_path.stem}-vervangen-*{db_path.suffix}") if p.is_file())
    return found


def remove_leftovers(db_path: Path) -> list[Path]:
    """Delete scratch copies an interrupted erase left behind (`*.wissen.tmp`): they hold old data."""
    db_path = Path(db_path)
    removed = []
    for folder in {db_path.parent, paths.backup_dir_for(db_path)}:
        if folder.is_dir():
            for tmp in folder.glob(f"{db_path.stem}*.wissen.tmp"):
                _remove(tmp)
                removed.append(tmp)
    if removed:
        log.info("%d onderbroken kopie(ën) van het wissen verwijderd", len(removed))
    return removed


def rewrite_copy(path: Path, change) -> None:
    """Apply `change(conn)` to the database copy at `path` and put the result in its place.

    The copy is made with the backup API (its -wal included), changed with secure_delete on and no
    journal on disk, rebuilt with VACUUM so no deleted data stays in free pages, checked, and then
    renamed over the original: a failure leaves the original as it was (BackupError says why).
    """
    from wijkdesk.store import backups

    path = Path(path)
    tmp = path.with_name(path.name + ".wissen.tmp")
    _remove(tmp)
    try:
        key = cipher.key_for_file(path, ask=False)  # an encrypted copy stays encrypted, with its own key
        backups.copy_database(path, tmp, verify=False, key=key)
        conn = cipher.connect(tmp, key, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = MEMORY")  # a scratch copy: no journal file with old pages
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("BEGIN")
            change(conn)
            conn.execute("COMMIT")
            conn.execute("VACUUM")
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
        problems = sqlite_file.quick_check(tmp)
        if problems:
            raise BackupError(f"de opgeschoonde kopie is niet in orde ({problems[0]})", path)
        os.replace(tmp, path)
        for ext in ("-wal", "-shm"):
            _remove(Path(str(path) + ext))
        sqlite_file.fsync_dir(path.parent)
    except (OSError, *cipher.Error) as exc:
        _remove(tmp)
        raise BackupError(f"{path.name}: {exc}", path) from exc
    except DatabaseOpenError:  # BackupError, or an encrypted copy whose passphrase is not known now
        _remove(tmp)
        raise


def log_files() -> list[Path]:
    """WijkDesk's log file and its rotated predecessors."""
    folder = paths.log_dir()
    return sorted(folder.glob("wijkdesk.log*")) if folder.is_dir() else []


def rewrite_text_file(path: Path, clean) -> bool:
    """Replace a text file's contents by `clean(text)` in place (the logger keeps appending); True if changed."""
    path = Path(path)
    with path.open("r+", encoding="utf-8", errors="replace", newline="") as fh:
        text = fh.read()
        cleaned = clean(text)
        if cleaned == text:
            return False
        fh.seek(0)
        fh.write(cleaned)
        fh.truncate()
        fh.flush()
        os.fsync(fh.fileno())
    return True


def _remove(path: Path) -> None:
    try:
        Path(path).unlink()
    except FileNotFoundError:
        pass
