"""Backups of a WijkDesk database: made with SQLite's backup API, verified, rotated, restorable.

A backup is a consistent copy even while WijkDesk writes (the backup API copies a snapshot, which a
file copy of a live WAL database is not). Each backup is written under a temporary name, switched to
rollback-journal mode so it is one self-contained file, checked with `PRAGMA quick_check` and only then
renamed to its final name `<stem>-YYYYMMDD-HHMMSS-<reden>.db` in `paths.backup_dir_for(db)`. The time
in the name (not the file's mtime, which copying changes) drives listing and rotation.

Restoring never deletes the current file: it is renamed to `<stem>-vervangen-<time>.db` beside it.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from wijkdesk import paths
from wijkdesk.store import cipher, sqlite_file
from wijkdesk.store.errors import BackupError

log = logging.getLogger(__name__)

KEEP_LAST = 10
KEEP_DAYS = 30
TIME_FORMAT = "%Y%m%d-%H%M%S"
# Reasons a backup was made; they end up in the file name, so plain lowercase words.
REASON_START = "start"
REASON_MIGRATION = "voor-migratie"
REASON_MANUAL = "handmatig"

_NAME_RE = re.compile(
    r"^(?P<stem>.+)-(?P<time>\d{8}-\d{6})-(?P<reason>[a-z]+(?:-[a-z]+)*)(?:-(?P<seq>\d+))?\.db$"
)


@dataclass(frozen=True)
class Backup:
    """One backup file and what its name says about it."""

    path: Path
    made_at: dt.datetime
    reason: str
    seq: int = 1

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def backup_name(db_path: Path, made_at: dt.datetime, reason: str, seq: int = 1) -> str:
    """The file name of a backup of `db_path` made at `made_at`."""
    suffix = "" if seq <= 1 else f"-{seq}"
    return f"{Path(db_path).stem}-{made_at.strftime(TIME_FORMAT)}-{reason}{suffix}.db"


def parse_backup_name(db_path: Path, path: Path) -> Backup | None:
    """The Backup a file name describes, or None when it is not a backup of `db_path`."""
    match = _NAME_RE.match(path.name)
    if not match or match["stem"] != Path(db_path).stem:
        return None
    try:
        made_at = dt.datetime.strptime(match["time"], TIME_FORMAT)
    except ValueError:
        return None
    return Backup(path, made_at, match["reason"], int(match["seq"] or 1))


def list_backups(db_path: Path) -> list[Backup]:
    """Every backup of `db_path` in its backup folder, newest first."""
    folder = paths.backup_dir_for(Path(db_path))
    if not folder.is_dir():
        return []
    found = [b for p in folder.iterdir() if p.is_file() and (b := parse_backup_name(db_path, p))]
    return sorted(found, key=lambda b: (b.made_at, b.seq), reverse=True)


def copy_database(source: Path | sqlite3.Connection, dest: Path, *, verify: bool = True,
                  key: cipher.FileKey | None = None) -> None:
    """Copy a database into the new file `dest` with the backup API, then verify the copy.

    `source` is a path (opened read-only) or an open connection (the running app's own, with its
    `key` when encrypted). The copy of an encrypted database is encrypted with the same key.
    The copy uses rollback-journal mode, so it is a single file with no -wal beside it.
    """
    dest = Path(dest)
    if dest.exists():
        raise BackupError(f"Het bestand {dest} bestaat al; WijkDesk overschrijft het niet.", dest)
    own = not isinstance(source, cipher.Connection)
    if own:
        key = cipher.key_for_file(Path(source))
    src = sqlite_file.connect_readonly(Path(source)) if own else source
    try:
        target = cipher.connect(dest, key)
        try:
            src.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
            target.commit()
        finally:
            target.close()
    except cipher.Error as exc:
        _remove_quietly(dest)
        raise BackupError(f"De reservekopie naar {dest} is mislukt: {exc}", dest) from exc
    finally:
        if own:
            src.close()
    if verify:
        verify_copy(dest)


def verify_copy(dest: Path) -> None:
    """quick_check a fresh copy; a copy that is not sound is removed and refused."""
    problems = sqlite_file.quick_check(dest)
    if problems:
        _remove_quietly(dest)
        raise BackupError(
            f"De reservekopie naar {dest} is mislukt: de kopie is niet in orde ({problems[0]}).", dest
        )


def make_backup(db_path: Path, *, reason: str = REASON_MANUAL, now: dt.datetime | None = None,
                connection: sqlite3.Connection | None = None, skip_if_unchanged: bool = False) -> Path:
    """Make a verified backup of `db_path` in its backup folder and return its path.

    With `skip_if_unchanged`, a backup identical to the newest one is not kept (the newest one's path
    is returned): a start without changes since the last one adds no file.
    """
    db_path = Path(db_path)
    made_at = (now or _now()).replace(microsecond=0)
    folder = paths.backup_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    seq = 1
    while (folder / backup_name(db_path, made_at, reason, seq)).exists():
        seq += 1
    final = folder / backup_name(db_path, made_at, reason, seq)
    tmp = final.with_name(final.name + ".tmp")
    _remove_quietly(tmp)
    newest = next(iter(list_backups(db_path)), None)
    # Verified only once we know it is kept: an unchanged start costs one copy, not a copy and a check.
    copy_database(connection if connection is not None else db_path, tmp, verify=False)
    if skip_if_unchanged and newest is not None and same_content(tmp, newest.path):
        _remove_quietly(tmp)
        log.info("Geen nieuwe reservekopie: niets veranderd sinds %s", newest.path.name)
        return newest.path
    verify_copy(tmp)
    os.replace(tmp, final)
    sqlite_file.fsync_dir(folder)
    log.info("Reservekopie gemaakt: %s", final)
    return final


# Header bytes that differ between copies of the same content: the file change counter (24-27) and
# the "version-valid-for" counter (92-95). See https://www.sqlite.org/fileformat2.html#database_header
_VOLATILE_HEADER = ((24, 28), (92, 96))


def same_content(a: Path, b: Path, chunk: int = 1 << 20) -> bool:
    """True when two backup files hold the same pages, ignoring the header's change counters."""
    if Path(a).stat().st_size != Path(b).stat().st_size:
        return False
    with Path(a).open("rb") as fa, Path(b).open("rb") as fb:
        head_a, head_b = bytearray(fa.read(100)), bytearray(fb.read(100))
        for start, end in _VOLATILE_HEADER:
            head_a[start:end] = head_b[start:end] = bytes(end - start)
        if head_a != head_b:
            return False
        while True:
            block_a, block_b = fa.read(chunk), fb.read(chunk)
            if block_a != block_b:
                return False
            if not block_a:
                return True


def export_backup(db_path: Path, dest: Path) -> Path:
    """A verified backup of `db_path` at a place the user chose (`wijkdesk backup --to FILE`)."""
    db_path, dest = Path(db_path), Path(dest)
    if dest.exists() and dest.resolve() == db_path.resolve():
        raise BackupError("De reservekopie kan niet naar het databasebestand zelf.", dest)
    if dest.exists():
        raise BackupError(f"Het bestand {dest} bestaat al; kies een andere naam. Er is niets gewijzigd.", dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".tmp")
    _remove_quietly(tmp)
    copy_database(db_path, tmp)
    os.replace(tmp, dest)
    log.info("Reservekopie gemaakt: %s", dest)
    return dest


def rotate_backups(db_path: Path, *, now: dt.datetime | None = None, keep_last: int = KEEP_LAST,
                   keep_days: int = KEEP_DAYS) -> list[Path]:
    """Delete the backups that are neither among the newest `keep_last` nor younger than `keep_days`."""
    now = now or _now()
    backups = list_backups(db_path)
    cutoff = now - dt.timedelta(days=keep_days)
    removed = []
    for index, backup in enumerate(backups):
        if index < keep_last or backup.made_at >= cutoff:
            continue
        try:
            backup.path.unlink()
            removed.append(backup.path)
        except OSError as exc:  # in use or read-only: try again next start
            log.warning("Oude reservekopie %s niet verwijderd: %s", backup.path, exc)
    if removed:
        log.info("%d oude reservekopieën verwijderd", len(removed))
    return removed


def newest_good_backup(db_path: Path) -> Path | None:
    """The newest backup of `db_path` that passes `quick_check`, or None."""
    for backup in list_backups(db_path):
        problems = sqlite_file.quick_check(backup.path)
        if not problems:
            return backup.path
        log.warning("Reservekopie %s is niet in orde: %s", backup.path, problems[0])
    return None


def set_aside_name(db_path: Path, now: dt.datetime | None = None) -> Path:
    """Where restore puts the current file: `<stem>-vervangen-<time><suffix>` beside it."""
    db_path = Path(db_path)
    stamp = (now or _now()).strftime(TIME_FORMAT)
    candidate = db_path.with_name(f"{db_path.stem}-vervangen-{stamp}{db_path.suffix}")
    n = 2
    while candidate.exists():
        candidate = db_path.with_name(f"{db_path.stem}-vervangen-{stamp}-{n}{db_path.suffix}")
        n += 1
    return candidate


def restore_backup(db_path: Path, backup: Path, *, now: dt.datetime | None = None) -> Path | None:
    """Put `backup` in place of `db_path`; the current file (and its -wal) is kept aside, not deleted.

    Takes the database's lock for the duration (DatabaseLockedError when another WijkDesk has it open).
    Returns where the current file was put, or None when there was no current file.
    """
    from wijkdesk.store import migrations
    from wijkdesk.store.lock import DatabaseLock

    db_path, backup = Path(db_path), Path(backup)
    _check_restorable(backup, migrations.LATEST_VERSION)
    with DatabaseLock(db_path):
        tmp = db_path.with_name(db_path.name + ".terugzetten.tmp")
        _remove_quietly(tmp)
        copy_database(backup, tmp)
        aside = None
        moved: list[tuple[Path, Path]] = []
        try:
            if db_path.exists():
                aside = set_aside_name(db_path, now)
                for ext in ("", "-wal", "-shm"):
                    current = Path(str(db_path) + ext)
                    if current.exists():
                        target = Path(str(aside) + ext)
                        os.replace(current, target)
                        moved.append((target, current))
            os.replace(tmp, db_path)
        except OSError as exc:
            for target, current in reversed(moved):  # put the current file back as it was
                os.replace(target, current)
            _remove_quietly(tmp)
            raise BackupError(f"Terugzetten van {backup} is mislukt: {exc}. Er is niets gewijzigd.",
                              db_path) from exc
        sqlite_file.fsync_dir(db_path.parent)
    log.info("Reservekopie %s teruggezet in %s; vorige bestand bewaard als %s", backup, db_path, aside)
    return aside


def _check_restorable(backup: Path, latest_version: int) -> None:
    """Refuse a file that is not a sound WijkDesk database this version can open."""
    if not backup.is_file():
        raise BackupError(f"De reservekopie {backup} bestaat niet.", backup)
    problems = sqlite_file.quick_check(backup)
    if problems:
        raise BackupError(
            f"De reservekopie {backup} is zelf niet in orde ({problems[0]}); kies een andere. "
            "Er is niets gewijzigd.", backup)
    conn = sqlite_file.connect_readonly(backup)
    try:
        version = sqlite_file.user_version(conn)
        tables = sqlite_file.table_names(conn)
    finally:
        conn.close()
    if "wijk" not in tables:
        raise BackupError(f"{backup} is geen WijkDesk-database; er is niets gewijzigd.", backup)
    if version > latest_version:
        raise BackupError(
            f"De reservekopie {backup} is gemaakt met een nieuwere WijkDesk (schema {version}); "
            "installeer die versie om hem terug te zetten. Er is niets gewijzigd.", backup)


def _remove_quietly(path: Path) -> None:
    try:
        Path(path).unlink()
    except FileNotFoundError:
        pass
