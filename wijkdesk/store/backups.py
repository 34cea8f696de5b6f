"""Backups of a WijkDesk database: made with SQLite's backup API, verified, rotated, restorable.

A backup is a consistent copy even while WijkDesk writes (the backup API copies a snapshot, which a
file copy of a live WAL database is not). Each backup is written under a temporary name, switched to
rollback-journal mode so it is one self-contained file, checked with `PRAGMA quick_check` and only then
renamed to its final name `<stem>-YYYYMMDD-HHMMSS-<reden>.db` in `paths.backup_dir_for(db)`. The time
in the name (not the file's mtime, which copying changes) drives listing and rotation.

Restoring never deletes the current file: it is renamed to `<stem>-vervangen-<time>.db` beside it.

Attachments (receipts, `store/attachments.py`) travel with every copy: a backup `X.db` gets its own
folder `X-bijlagen/xx/<sha256>.ext` beside it, built from hard links to the database's files (a copy
where linking fails, e.g. another disk), so rotating backups of unchanged receipts share one file on
the disk instead of copying it again. Attachment files are immutable and named by their content, so
sharing them is safe. The folder is built under `X-bijlagen.tmp` and renamed before the backup itself,
so a backup that exists has its attachments. A restore adds the backup's attachments beside the
database (never removing one) before the restore is decided.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from wijkdesk import paths
from wijkdesk.store import attachments, cipher, sqlite_file, text_index
from wijkdesk.store.errors import BackupError, DatabaseOpenError

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


# A start-up backup must leave room to work: at least the database's size again (its -wal grows while
# you work) and never less than this.
MIN_FREE_AFTER_BACKUP = 100 * 1024 * 1024


def check_free_space(db_path: Path) -> None:
    """Refuse (BackupError) a start-up backup that would leave too little free space to work with.

    A backup needs about the database's size (with its -wal); after it, the disk must still hold
    as much again and at least MIN_FREE_AFTER_BACKUP. Better no backup at this start than a full disk.
    """
    db_path = Path(db_path)
    folder = paths.backup_dir_for(db_path)
    where = folder if folder.exists() else db_path.parent
    size = sum(sibling(db_path, s).stat().st_size for s in ("", "-wal") if sibling(db_path, s).exists())
    free = shutil.disk_usage(where).free
    reserve = max(size, MIN_FREE_AFTER_BACKUP)
    if free < size + reserve:
        raise BackupError(
            f"er is te weinig vrije ruimte op de schijf: {format_size(free)} vrij, de reservekopie "
            f"heeft {format_size(size)} nodig en daarna moet er nog {format_size(reserve)} vrij blijven "
            "om te kunnen werken", db_path)


def format_size(n: float) -> str:
    """Bytes as a Dutch-readable size: `1,2 MB`."""
    for unit in ("bytes", "kB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            text = f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
            return text.replace(".", ",")
        n /= 1024
    return f"{n} bytes"


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
        remove_with_journal(dest)
        raise BackupError(f"De reservekopie naar {dest} is mislukt: {_sqlite_reason(exc)}", dest) from exc
    finally:
        if own:
            src.close()
    if verify:
        verify_copy(dest)


def _sqlite_reason(exc: sqlite3.Error) -> str:
    """SQLite's reason in Dutch where a user can act on it (a full disk), else as SQLite says it."""
    if "full" in str(exc).lower():
        return "de schijf is vol. Maak ruimte vrij en probeer het opnieuw"
    return str(exc)


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
    remove_with_journal(tmp)
    newest = next(iter(list_backups(db_path)), None)
    # Verified only once we know it is kept: an unchanged start costs one copy, not a copy and a check.
    copy_database(connection if connection is not None else db_path, tmp, verify=False)
    if skip_if_unchanged and newest is not None and same_content(tmp, newest.path):
        _remove_quietly(tmp)
        log.info("Geen nieuwe reservekopie: niets veranderd sinds %s", newest.path.name)
        return newest.path
    try:
        verify_copy(tmp)
        fsync_file(tmp)
        copy_attachments(db_path, tmp, final)
        os.replace(tmp, final)
    except BaseException:
        remove_with_journal(tmp)
        raise
    sqlite_file.fsync_dir(folder)
    log.info("Reservekopie gemaakt: %s", final)
    return final


ATTACHMENTS_TMP = ".tmp"  # `X-bijlagen.tmp`: an attachment folder being built


def attachments_named_by(copy: Path) -> list[str] | None:
    """The attachment paths the rows of a database file name (relative to its folder); None when the
    file cannot be read (damaged, or encrypted with a key that is not at hand)."""
    try:
        conn = sqlite_file.connect_readonly(copy, ask=False)
    except (DatabaseOpenError, *cipher.Error):
        return None
    try:
        tables = sqlite_file.table_names(conn)
        found = []
        if "uitgave" in tables:
            found += [r[0] for r in conn.execute("SELECT DISTINCT bonnetje FROM uitgave WHERE bonnetje != ''")]
        if "bijlage" in tables:  # receipts, photos and documents of grants, expenses, goals, progress
            found += [r[0] for r in conn.execute("SELECT DISTINCT pad FROM bijlage WHERE pad != ''")]
        return found
    except cipher.Error:
        return None
    finally:
        conn.close()


def _receipts_in(copy: Path) -> list[str]:
    return attachments_named_by(copy) or []


def copy_attachments(db_path: Path, copy: Path, dest: Path) -> int:
    """Give the backup `dest` its attachments: every receipt the copy's rows name (as they resolve
    beside `db_path`) and every file in the database's attachment folder, linked or copied into
    `attachments.folder(dest)`. Built under a temporary name and renamed; an existing folder (an
    earlier export to the same place) only gets the files it lacks. Raises BackupError."""
    db_path, dest = Path(db_path), Path(dest)
    sources: dict[str, Path] = {}
    for stored in _receipts_in(copy):
        relative, source = attachments.relative_name(stored), attachments.locate(db_path, stored)
        if relative and source.is_file():  # a missing one is reported by `check`, not fatal here
            sources[relative] = source
    base = attachments.folder(db_path)
    for path in attachments.stored_files(db_path):
        sources.setdefault(path.relative_to(base).as_posix(), path)
    if not sources:
        return 0
    target = attachments.folder(dest)
    staging = target.with_name(target.name + ATTACHMENTS_TMP)
    from wijkdesk.store import leftovers

    try:
        if target.is_dir():
            return attachments.add_missing((s, target / r) for r, s in sources.items())
        shutil.rmtree(staging, ignore_errors=True)
        leftovers.register(staging)
        try:
            added = attachments.add_missing((s, staging / r) for r, s in sources.items())
            os.replace(staging, target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        finally:
            leftovers.unregister(staging)
        return added
    except OSError as exc:
        raise BackupError(f"De bijlagen (bonnetjes) konden niet mee in de reservekopie naar {target}: "
                          f"{exc}. Maak ruimte vrij of kies een andere plek.", dest) from exc


def restore_attachments(db_path: Path, backup: Path, copy: Path) -> int:
    """Add the attachments kept beside `backup` to the database at `db_path`, each where the rows of
    `copy` (the backup being restored) will look for it. Only adds; files already there stay."""
    source = attachments.folder(backup)
    if not source.is_dir():
        return 0
    wanted: dict[str, list[Path]] = {}
    for stored in _receipts_in(copy):
        relative = attachments.relative_name(stored)
        if relative:
            wanted.setdefault(relative, []).append(attachments.resolve(db_path, stored))
    pairs = []
    for path in attachments.stored_files(backup):
        relative = path.relative_to(source).as_posix()
        for target in wanted.get(relative, [attachments.folder(db_path) / relative]):
            pairs.append((path, target))
    return attachments.add_missing(pairs)


# Header bytes that differ between copies of the same content: the file change counter (24-27) and
# the "version-valid-for" counter (92-95). See https://www.sqlite.org/fileformat2.html#database_header
_VOLATILE_HEADER = ((24, 28), (92, 96))


def same_content(a: Path, b: Path, chunk: int = 1 << 20) -> bool:
    """True when two backup files hold the same pages, ignoring the header's change counters."""
    if cipher.is_encrypted(a) or cipher.is_encrypted(b):
        return _same_rows(Path(a), Path(b))
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


def _same_rows(a: Path, b: Path) -> bool:
    """Encrypted copies differ in every byte (each page gets a fresh IV), so compare what they hold:
    schema, version and every row in rowid order; stops at the first difference."""
    try:
        ca = sqlite_file.connect_readonly(a, ask=False)
    except (DatabaseOpenError, *cipher.Error):
        return False
    try:
        cb = sqlite_file.connect_readonly(b, ask=False)
    except (DatabaseOpenError, *cipher.Error):
        ca.close()
        return False
    try:
        schema = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        if (ca.execute(schema).fetchall() != cb.execute(schema).fetchall()
                or sqlite_file.user_version(ca) != sqlite_file.user_version(cb)):
            return False
        # The list filters' text indexes are derived from the rows (text_index): same rows, same index.
        tables = [r[0] for r in ca.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            if not text_index.is_index_table(r[0])]
        for table in tables:
            rows_a = ca.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
            rows_b = cb.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
            while True:
                block_a, block_b = rows_a.fetchmany(2000), rows_b.fetchmany(2000)
                if block_a != block_b:
                    return False
                if not block_a:
                    break
        return True
    except cipher.Error:  # a table without rowid, a damaged page: not provably the same
        return False
    finally:
        ca.close()
        cb.close()


def export_backup(db_path: Path, dest: Path) -> Path:
    """A verified backup of `db_path` at a place the user chose (`wijkdesk backup --to FILE`)."""
    db_path, dest = Path(db_path), Path(dest)
    if dest.exists() and dest.resolve() == db_path.resolve():
        raise BackupError("De reservekopie kan niet naar het databasebestand zelf.", dest)
    if dest.exists():
        raise BackupError(f"Het bestand {dest} bestaat al; kies een andere naam. Er is niets gewijzigd.", dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".tmp")
    from wijkdesk.store import leftovers

    remove_with_journal(tmp)
    leftovers.register(tmp)  # a crash during the copy leaves it anywhere: the next start removes it
    try:
        copy_database(db_path, tmp)
        fsync_file(tmp)
        copy_attachments(db_path, tmp, dest)  # `<dest stem>-bijlagen` beside it: it moves to a new laptop
        os.replace(tmp, dest)
    except BaseException:
        remove_with_journal(tmp)
        raise
    finally:
        leftovers.unregister(tmp)
    sqlite_file.fsync_dir(dest.parent)
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
            # its own links: a file another backup or the database still has stays on the disk
            shutil.rmtree(attachments.folder(backup.path), ignore_errors=True)
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


# The restore's working files beside the database. The restore is decided at one atomic rename:
# `.terugzetten.tmp` (being copied, may be half) becomes `.terugzetten` (complete and verified). From
# then on the restore is finished at the next open if a crash stops it; before it, nothing changed.
RESTORE_TMP, RESTORE_READY, RESTORE_PLAN = ".terugzetten.tmp", ".terugzetten", ".terugzetten.plan"
# SQLite's files that belong to a database and must move with it.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def sibling(db_path: Path, suffix: str) -> Path:
    """`wijkdesk.db` + `-wal` -> `wijkdesk.db-wal`, in the same folder."""
    return Path(str(db_path) + suffix)


def restore_backup(db_path: Path, backup: Path, *, now: dt.datetime | None = None) -> Path | None:
    """Put `backup` in place of `db_path`; the current file (and its -wal) is kept aside, not deleted.

    Atomic for a crash: until the verified copy is renamed to `<db>.terugzetten` nothing has changed;
    after it, `finish_interrupted_restore` (run by the next open) completes the restore.
    Takes the database's lock for the duration (DatabaseLockedError when another WijkDesk has it open).
    Returns where the current file was put, or None when there was no current file.
    """
    from wijkdesk.store import migrations
    from wijkdesk.store.lock import DatabaseLock

    db_path, backup = Path(db_path), Path(backup)
    before = sqlite_file.side_files_present(backup)
    try:
        _check_restorable(backup, migrations.LATEST_VERSION)
        with DatabaseLock(db_path):
            aside = _restore_locked(db_path, backup, now)
    finally:  # reading a set-aside file (WAL mode) made a -shm beside it
        sqlite_file.tidy_after_reading(backup, before)
    log.info("Reservekopie %s teruggezet in %s; vorige bestand bewaard als %s", backup, db_path, aside)
    return aside


def _restore_locked(db_path: Path, backup: Path, now: dt.datetime | None) -> Path | None:
    """The restore proper, with the lock held; see `restore_backup`."""
    finish_interrupted_restore(db_path)  # an earlier restore that a crash stopped comes first
    tmp, ready, plan = (sibling(db_path, s) for s in (RESTORE_TMP, RESTORE_READY, RESTORE_PLAN))
    remove_with_journal(tmp)
    copy_database(backup, tmp)
    fsync_file(tmp)
    try:  # before the decision: until then the database is unchanged and extra files are harmless
        restore_attachments(db_path, backup, tmp)
    except OSError as exc:
        remove_with_journal(tmp)
        raise BackupError(f"Terugzetten van {backup} is mislukt: de bijlagen (bonnetjes) konden niet "
                          f"worden teruggezet ({exc}). De database is niet gewijzigd.", db_path) from exc
    exists = any(sibling(db_path, s).exists() for s in ("",) + SIDE_SUFFIXES)
    aside = set_aside_name(db_path, now) if exists else None
    _write_plan(plan, aside)
    os.replace(tmp, ready)  # the restore is decided here
    sqlite_file.fsync_dir(db_path.parent)
    try:
        return _complete_restore(db_path)
    except OSError as exc:
        raise BackupError(f"Terugzetten van {backup} is mislukt: {exc}. Er is niets gewijzigd.",
                          db_path) from exc


def _write_plan(plan: Path, aside: Path | None) -> None:
    """Record where the current file goes, so a restore finished after a crash uses the same name."""
    with open(plan, "w", encoding="utf-8") as fh:
        fh.write(str(aside.name) if aside is not None else "")
        fh.flush()
        os.fsync(fh.fileno())


def _read_plan(db_path: Path) -> Path | None:
    try:
        name = sibling(db_path, RESTORE_PLAN).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    # Only a plain name beside the database: the plan never points elsewhere.
    if not name or "/" in name or "\\" in name or not name.startswith(db_path.stem + "-vervangen-"):
        return None
    return db_path.with_name(name)


def _complete_restore(db_path: Path) -> Path | None:
    """Move the current file and its side files aside, then the ready copy in. Safe to repeat.

    On an error (not a crash) everything moved is moved back and the ready copy removed.
    """
    ready, plan = sibling(db_path, RESTORE_READY), sibling(db_path, RESTORE_PLAN)
    aside = _read_plan(db_path)
    present = [s for s in ("",) + SIDE_SUFFIXES if sibling(db_path, s).exists()]
    if present and (aside is None or any(sibling(aside, s).exists() for s in present)):
        aside = set_aside_name(db_path)
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in present:  # the database itself first: its -wal and -journal follow it
            os.replace(sibling(db_path, suffix), sibling(aside, suffix))
            moved.append((sibling(aside, suffix), sibling(db_path, suffix)))
        os.replace(ready, db_path)
    except OSError:
        for target, current in reversed(moved):  # put the current file back as it was
            os.replace(target, current)
        remove_with_journal(ready)
        _remove_quietly(plan)
        raise
    sqlite_file.fsync_dir(db_path.parent)
    _remove_quietly(plan)
    return aside if present else None


def finish_interrupted_restore(db_path: Path) -> str | None:
    """Finish or undo a restore a crash interrupted; a Dutch sentence saying what was done, or None.

    Call with the database's lock held. A decided restore (`.terugzetten` present) is completed; an
    undecided one (only `.terugzetten.tmp`) is removed, except that a complete, sound copy beside a
    missing database (left by an older WijkDesk, which renamed before deciding) is put in place.
    """
    db_path = Path(db_path)
    tmp, ready, plan = (sibling(db_path, s) for s in (RESTORE_TMP, RESTORE_READY, RESTORE_PLAN))
    if ready.exists():
        aside = _complete_restore(db_path)
        log.warning("Onderbroken terugzetting afgemaakt in %s (vorige bestand: %s)", db_path, aside)
        text = f"Het terugzetten van een reservekopie in {db_path} was onderbroken en is nu afgemaakt."
        if aside is not None:
            text += f" Het vorige bestand is bewaard als {aside} (niet gewist)."
        return text
    _remove_quietly(plan)
    if not tmp.exists():
        return None
    if not db_path.exists() and not sibling(tmp, "-journal").exists() and _is_sound_wijkdesk(tmp):
        os.replace(tmp, db_path)
        sqlite_file.fsync_dir(db_path.parent)
        log.warning("Onderbroken terugzetting: volledige kopie %s in plaats gezet", tmp)
        return (f"Het terugzetten van een reservekopie in {db_path} was onderbroken; de volledige, "
                "gecontroleerde kopie is nu op zijn plaats gezet.")
    remove_with_journal(tmp)
    log.info("Onvoltooide kopie van een terugzetting verwijderd: %s", tmp)
    return None


def _is_sound_wijkdesk(path: Path) -> bool:
    from wijkdesk.store import migrations

    try:
        _check_restorable(path, migrations.LATEST_VERSION)
    except (BackupError, *cipher.Error):
        return False
    return True


def set_aside_files(db_path: Path) -> list[Path]:
    """Files a restore put aside (`<stem>-vervangen-<time>...`), newest first."""
    db_path = Path(db_path)
    pattern = re.compile(re.escape(db_path.stem) + r"-vervangen-(\d{8}-\d{6})(?:-\d+)?" + re.escape(db_path.suffix) + "$")
    try:
        found = [p for p in db_path.parent.iterdir() if pattern.match(p.name)]
    except OSError:
        return []
    return sorted(found, key=lambda p: (pattern.match(p.name)[1], p.name), reverse=True)


def _check_restorable(backup: Path, latest_version: int) -> None:
    """Refuse a file that is not a sound WijkDesk database this version can open."""
    if not backup.is_file():
        raise BackupError(f"De reservekopie {backup} bestaat niet.", backup)
    problems = sqlite_file.quick_check(backup)
    if problems:
        raise BackupError(
            f"De reservekopie {backup} is zelf niet in orde ({problems[0]}); kies een andere. "
            "Er is niets gewijzigd.", backup)
    from wijkdesk.store import migrations  # it imports this module

    conn = sqlite_file.connect_readonly(backup)
    try:
        version = sqlite_file.user_version(conn)
        tables = sqlite_file.table_names(conn)
        if "wijk" not in tables:
            raise BackupError(f"{backup} is geen WijkDesk-database; er is niets gewijzigd.", backup)
        if version > latest_version:
            raise BackupError(
                f"De reservekopie {backup} is gemaakt met een nieuwere WijkDesk (schema {version}); "
                "installeer die versie om hem terug te zetten. Er is niets gewijzigd.", backup)
        # The checks of an open, before anything is replaced (found by attack: a file with a trigger of
        # another program, or without a table, was put in place, and then refused at the open that
        # followed: the database no longer opened while the message said nothing had changed). A file
        # of an older schema is made current at its first open; its own rules are checked here.
        reader = sqlite_file.RawReader(conn)
        try:
            if version == latest_version:
                migrations.require_current_tables(reader, where=str(backup))
            else:
                migrations.require_only_our_triggers(reader, where=str(backup))
        except DatabaseOpenError as exc:
            raise BackupError(f"De reservekopie {backup} kan niet worden teruggezet. {exc}", backup) from exc
    finally:
        conn.close()


def _remove_quietly(path: Path) -> None:
    try:
        Path(path).unlink()
    except FileNotFoundError:
        pass


def remove_with_journal(path: Path) -> None:
    """Remove a temporary copy and the rollback journal SQLite may have left beside it."""
    for suffix in ("",) + SIDE_SUFFIXES:
        _remove_quietly(sibling(Path(path), suffix))


def fsync_file(path: Path) -> None:
    """Force a finished copy to the disk before a rename makes it count."""
    # Windows flushes only a handle opened for writing (FlushFileBuffers); POSIX needs no more than reading.
    fd = os.open(path, os.O_RDWR if os.name == "nt" else os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
