"""Turning encryption on or off, or changing the passphrase, for an existing database: one action.

The database is closed (its lock is taken here). Steps, so that at every moment a sound copy exists:
1. every change still in the -wal is checkpointed into the file;
2. an encrypted (or plain) copy is written next to it with SQLCipher's `sqlcipher_export`, then
   checked: `quick_check`, the schema version, and for every table the same number of rows;
3. a backup of that verified copy goes to the backup folder (reason `voor-versleutelen` and so on);
4. the copy replaces the database in one rename (`os.replace`): a crash leaves the old file or the new;
5. the older backups and the files a restore kept aside (`-vervangen-`) are converted the same way,
   so no readable copy stays behind in the backup folder after encrypting (and none that needs the old
   passphrase after a change). A backup that does not open with the old key is left as it is and named.
   The attachments and the erasure list (`<stem>-gewist.json`) are converted with it, so they are
   encrypted exactly when the database is. When decrypting, the list is made plain just before the
   rename: a crash in between leaves an encrypted database with a plain list, which `finish_interrupted`
   encrypts again; the other way round, the list would be locked with a passphrase nobody is asked for.

Overwriting a file does not wipe the old blocks from the disk: the privacy page in the docs says so.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from wijkdesk import paths
from wijkdesk.store import attachments, backups, cipher, erasures, sqlite_file
from wijkdesk.store.errors import BackupError, DatabaseOpenError, EncryptionError
from wijkdesk.store.lock import DatabaseLock

log = logging.getLogger(__name__)

REASON_ENCRYPT = "voor-versleutelen"
REASON_DECRYPT = "voor-ontsleutelen"
REASON_REKEY = "voor-nieuw-wachtwoord"
TMP_SUFFIX = ".omzetten.tmp"  # a converted copy being written beside the original


@dataclass
class Conversion:
    """What a conversion did: the backup it made and the old copies it converted or could not."""

    path: Path
    encrypted: bool
    backup: Path
    converted: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    attachments: int = 0  # attachment files converted with the database


def encrypt(path: Path, new_passphrase: str, *, now: dt.datetime | None = None) -> Conversion:
    """Encrypt the plain database at `path` with `new_passphrase`."""
    return _convert(Path(path), None, new_passphrase, REASON_ENCRYPT, now)


def decrypt(path: Path, passphrase: str | None = None, *, now: dt.datetime | None = None) -> Conversion:
    """Make the encrypted database at `path` plain again (its passphrase: given, or from the keyring)."""
    return _convert(Path(path), passphrase, None, REASON_DECRYPT, now)


def change_passphrase(path: Path, old: str | None, new: str, *, now: dt.datetime | None = None) -> Conversion:
    """Give the encrypted database at `path` a new passphrase (the old one: given, or from the keyring)."""
    return _convert(Path(path), old, new, REASON_REKEY, now)


def _convert(path: Path, old: str | None, new: str | None, reason: str,
             now: dt.datetime | None) -> Conversion:
    from wijkdesk.store.database import inspect_file

    if new is not None and (problem := cipher.passphrase_problem(new)):
        raise EncryptionError(problem + " Er is niets gewijzigd.", path)
    with DatabaseLock(path):
        if not path.is_file():
            raise EncryptionError(f"Het databasebestand {path} bestaat niet.", path)
        old_key = cipher.key_for_file(path, old) if cipher.is_encrypted(path) else None
        if reason == REASON_ENCRYPT and old_key is not None:
            raise EncryptionError(f"De database {path} is al versleuteld. Er is niets gewijzigd.", path)
        if reason != REASON_ENCRYPT and old_key is None:
            raise EncryptionError(f"De database {path} is niet versleuteld. Er is niets gewijzigd.", path)
        inspect_file(path)  # refuses a damaged, foreign or newer file with its own message
        new_key = cipher.new_file_key(cipher.Passphrase(new)) if new is not None else None
        _checkpoint(path, old_key)
        tmp = path.with_name(path.name + TMP_SUFFIX)
        _remove(tmp)
        try:
            export(path, old_key, tmp, new_key)
            backup = _backup_of(path, tmp, reason, now)
            for extra in ("-wal", "-shm"):  # empty after the checkpoint; they belong to the old file
                _remove(Path(str(path) + extra))
            if new_key is None:  # see the module docstring: plain list first, then the plain database
                erasures.convert(path, None)
            os.replace(tmp, path)
            sqlite_file.fsync_dir(path.parent)
        except BaseException:
            _remove(tmp)
            raise
        # Still under the lock: a WijkDesk starting now would otherwise see the old copies half
        # converted and finish them itself (`finish_interrupted`) at the same time.
        done = Conversion(path, new_key is not None, backup)
        done.attachments = attachments.convert_all(path, old_key, new_key)
        if new_key is not None:
            erasures.convert(path, new_key)
        try:  # the receipts, now in the new form, go with the new backup (hard links, as any backup's)
            backups.copy_attachments(path, backup, backup)
        except BackupError as exc:  # the conversion itself is done; the live receipts are there
            log.warning("Bijlagen niet bij de reservekopie %s: %s", backup.name, exc)
        for old_copy in _old_copies(path):
            if old_copy == backup:
                continue
            try:
                copy_key = cipher.key_for_file(old_copy, ask=False)
            except DatabaseOpenError:  # a copy with another passphrase: left as it is, and named
                done.skipped.append(old_copy)
                continue
            if _same_key(copy_key, new_key):
                continue
            if not _same_key(copy_key, old_key):
                done.skipped.append(old_copy)
                continue
            try:
                _convert_file(old_copy, copy_key, new_key)
                attachments.convert_all(old_copy, copy_key, new_key)  # the backup's own receipts
                done.converted.append(old_copy)
            except (EncryptionError, OSError, *cipher.Error) as exc:
                log.warning("Reservekopie %s niet omgezet: %s", old_copy.name, exc)
                done.skipped.append(old_copy)
    if old_key is not None and new_key is not None and old_key.passphrase is not new_key.passphrase:
        cipher.forget(old_key.passphrase)
    log.info("Database %s %s; reservekopie %s; %d oude kopieën omgezet, %d niet",
             path, "versleuteld" if done.encrypted else "ontsleuteld", backup.name,
             len(done.converted), len(done.skipped))
    return done


def finish_interrupted(db_path: Path, key: cipher.FileKey | None) -> str | None:
    """After a crash in the middle of a conversion: remove its scratch copies (`*.omzetten.tmp`), and
    when the database is encrypted, encrypt the backups and set-aside files still readable without a
    passphrase (`encrypt` had replaced the database but not yet converted all its older copies).

    Runs at every open for writing, with the lock held and the key known. Returns a sentence for the
    user when anything was done, else None.
    """
    db_path = Path(db_path)
    for original in [db_path, *_old_copies(db_path)]:  # only this database's own: never another's
        tmp = original.with_name(original.name + TMP_SUFFIX)
        if tmp.exists() or backups.sibling(tmp, "-journal").exists():
            try:
                backups.remove_with_journal(tmp)
                log.warning("Achtergebleven kopie van een onderbroken omzetting verwijderd: %s", tmp)
            except OSError as exc:
                log.warning("Achtergebleven kopie %s niet verwijderd: %s", tmp, exc)
    if key is None:
        return None
    attachments.convert_all(db_path, None, key)  # receipts still readable beside an encrypted database
    if not cipher.is_encrypted(erasures.list_path(db_path)):
        erasures.convert(db_path, key)  # an erasure list still readable beside an encrypted database
    converted = []
    for old_copy in plain_copies(db_path):
        try:
            _convert_file(old_copy, None, key)
            attachments.convert_all(old_copy, None, key)  # the backup's own receipts
            converted.append(old_copy)
        except (EncryptionError, OSError, *cipher.Error) as exc:
            log.warning("Onversleutelde reservekopie %s niet versleuteld: %s", old_copy.name, exc)
    if not converted:
        return None
    log.info("%d onversleutelde kopie(ën) van %s alsnog versleuteld", len(converted), db_path)
    return (f"Het versleutelen was onderbroken: {len(converted)} reservekopie(ën) die nog onversleuteld "
            "waren, zijn nu ook versleuteld.")


def plain_copies(db_path: Path) -> list[Path]:
    """The backups and set-aside files of `db_path` that are not encrypted (readable by anyone)."""
    found = []
    for old_copy in _old_copies(Path(db_path)):
        try:
            if sqlite_file.read_magic(old_copy) == sqlite_file.SQLITE_MAGIC:
                found.append(old_copy)
        except OSError:
            continue
    return found


def _same_key(a: cipher.FileKey | None, b: cipher.FileKey | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.key == b.key


def _checkpoint(path: Path, key: cipher.FileKey | None) -> None:
    """Write every change in the -wal into the file, so the copy and the old -wal hold nothing apart."""
    conn = cipher.connect(path, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()


def export(source: Path, source_key: cipher.FileKey | None, dest: Path, dest_key: cipher.FileKey | None) -> None:
    """Write the whole database `source` into the new file `dest`, encrypted with `dest_key` (or plain),
    and verify it; a copy that fails the check is removed and refused."""
    if not cipher.available():
        raise EncryptionError("Deze installatie van WijkDesk kan niet versleutelen (sqlcipher3 ontbreekt).",
                              source)
    if dest.exists():
        raise EncryptionError(f"Het bestand {dest} bestaat al; WijkDesk overschrijft het niet.", dest)
    # sqlcipher_export needs an SQLCipher connection, also to read a plain file (an empty key = plain).
    conn = cipher.sqlcipher.connect(str(source), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if source_key is not None:
            conn.execute(f'PRAGMA key = "{source_key.pragma_value()}"')
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        target_key = dest_key.pragma_value() if dest_key is not None else ""
        conn.execute("ATTACH DATABASE ? AS target KEY ?", (str(dest), target_key))
        # sqlcipher_export runs one statement per table, index and trigger, each committed on its own:
        # with a journal and an fsync per commit a 1 MB database took 3 to 4 s on an ordinary disk
        # instead of 0.05 s. The new file is scratch until it is verified, fsynced and renamed (a crash
        # leaves a `.omzetten.tmp` that the next start removes), so it needs neither a journal nor a
        # sync per statement; the one fsync below, before anyone renames it, is what makes it count.
        conn.execute("PRAGMA target.journal_mode = OFF").fetchall()
        conn.execute("PRAGMA target.synchronous = OFF")
        conn.execute("SELECT sqlcipher_export('target')").fetchall()
        conn.execute(f"PRAGMA target.user_version = {version}")
        conn.execute("DETACH DATABASE target")
        counts = _row_counts(conn)
    except cipher.Error as exc:
        _remove(dest)
        raise EncryptionError(f"Omzetten naar {dest} is mislukt: {exc}. Er is niets gewijzigd.", dest) from exc
    finally:
        conn.close()
    backups.fsync_file(dest)
    _verify(dest, dest_key, version, counts)


def _row_counts(conn) -> dict[str, int]:
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}


def _verify(dest: Path, key: cipher.FileKey | None, version: int, counts: dict[str, int]) -> None:
    try:
        conn = cipher.connect(dest, key, readonly=True)
        try:
            problems = sqlite_file.check_rows(conn)
            found_version = sqlite_file.user_version(conn)
            found = _row_counts(conn)
        finally:
            conn.close()
    except cipher.Error as exc:
        problems, found_version, found = [str(exc)], -1, {}
    if problems != ["ok"] or found_version != version or found != counts:
        _remove(dest)
        detail = problems[0] if problems != ["ok"] else "niet dezelfde inhoud als het origineel"
        raise EncryptionError(f"De omgezette kopie {dest} is niet in orde ({detail}). Er is niets gewijzigd.",
                              dest)


def _backup_of(db_path: Path, copy: Path, reason: str, now: dt.datetime | None) -> Path:
    """A verified backup of the converted copy, in the database's backup folder."""
    made_at = (now or dt.datetime.now()).replace(microsecond=0)
    folder = paths.backup_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    seq = 1
    while (folder / backups.backup_name(db_path, made_at, reason, seq)).exists():
        seq += 1
    final = folder / backups.backup_name(db_path, made_at, reason, seq)
    tmp = final.with_name(final.name + ".tmp")
    _remove(tmp)
    backups.copy_database(copy, tmp)  # verified (quick_check) with the copy's own key
    os.replace(tmp, final)
    sqlite_file.fsync_dir(folder)
    return final


def _old_copies(db_path: Path) -> list[Path]:
    """The backups of `db_path` and the files a restore set aside beside it."""
    found = [b.path for b in backups.list_backups(db_path)]
    found += sorted(p for p in db_path.parent.glob(f"{db_path.stem}-vervangen-*{db_path.suffix}") if p.is_file())
    return found


def _convert_file(path: Path, old_key: cipher.FileKey | None, new_key: cipher.FileKey | None) -> None:
    """Convert one old copy in place: export beside it, verify, rename over it."""
    tmp = path.with_name(path.name + TMP_SUFFIX)
    _remove(tmp)
    _checkpoint(path, old_key)
    try:
        export(path, old_key, tmp, new_key)
        for extra in ("-wal", "-shm"):
            _remove(Path(str(path) + extra))
        os.replace(tmp, path)
    except BaseException:
        _remove(tmp)
        raise


def _remove(path: Path) -> None:
    try:
        Path(path).unlink()
    except FileNotFoundError:
        pass
