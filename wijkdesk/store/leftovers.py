"""Temporary copies a crash can leave behind (they hold personal data), and their clean-up.

Every copy WijkDesk writes goes to a temporary name first and is renamed when complete. A kill -9 or
a power cut in between leaves the temporary file: a full or half copy of the database. The next start
removes them:

- `<backup folder>/<backup name>.db.tmp`: a backup being made (`backups.make_backup`);
- `<db>.nieuw.tmp`, `<db>.demo.tmp`: a new database being built before it is put in place;
- `<target>.tmp` of `wijkdesk backup --to`: anywhere the user chose, so its path is written in a
  register in the data folder before the copy starts and crossed out after it;
- `<backup>-bijlagen.tmp/`: a backup's attachment folder being built (registered the same way, and
  looked for in the backup folder), and a `<backup>-bijlagen/` in the backup folder whose backup file
  was never renamed into place (a crash between the two renames).

The restore's own temporary copy is finished or removed by `backups.finish_interrupted_restore`.
A backup command running at the very moment another WijkDesk starts may lose its temporary file to
this clean-up; it then fails with a message and nothing else is lost.
"""
from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

from wijkdesk import paths
from wijkdesk.store import backups

log = logging.getLogger(__name__)

REGISTER_NAME = "onvoltooide-kopieen.txt"
NEW_SUFFIX, DEMO_SUFFIX = ".nieuw.tmp", ".demo.tmp"


def register_path() -> Path:
    return paths.data_dir() / REGISTER_NAME


def _read_register() -> list[str]:
    try:
        return [line for line in register_path().read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError):
        return []


def _write_register(lines: list[str]) -> None:
    target = register_path()
    if not lines:
        backups._remove_quietly(target)
        return
    with open(target, "w", encoding="utf-8") as fh:
        fh.write("".join(f"{line}\n" for line in lines))
        fh.flush()
        os.fsync(fh.fileno())


def register(tmp: Path) -> None:
    """Note a temporary copy about to be written outside the database's folder (before writing it)."""
    try:
        register_path().parent.mkdir(parents=True, exist_ok=True)
        _write_register(_read_register() + [os.path.abspath(tmp)])
    except OSError as exc:  # no data folder: the copy can still be made, only not cleaned after a crash
        log.warning("Tijdelijk bestand %s niet genoteerd: %s", tmp, exc)


def unregister(tmp: Path) -> None:
    """Cross out a temporary copy that was renamed or removed."""
    name = os.path.abspath(tmp)
    lines = _read_register()
    if name in lines:
        try:
            _write_register([line for line in lines if line != name])
        except OSError as exc:
            log.warning("Register van tijdelijke bestanden niet bijgewerkt: %s", exc)


def leftovers_of(db_path: Path) -> list[Path]:
    """The temporary copies of `db_path` (beside it and in its backup folder) that exist now."""
    db_path = Path(db_path)
    found = [backups.sibling(db_path, suffix) for suffix in (NEW_SUFFIX, DEMO_SUFFIX)]
    folder = paths.backup_dir_for(db_path)
    try:
        found += [p for p in folder.iterdir()
                  if p.name.endswith(".db.tmp") and backups.parse_backup_name(db_path, p.with_suffix(""))]
        found += [p for p in folder.iterdir() if p.is_dir() and _orphan_attachments(db_path, p)]
    except OSError:
        pass
    return [p for p in found if any(backups.sibling(p, s).exists() for s in ("",) + backups.SIDE_SUFFIXES)]


_ATTACHMENTS = "-bijlagen"


def _orphan_attachments(db_path: Path, path: Path) -> bool:
    """A backup's attachment folder being built (`-bijlagen.tmp`) or left without its backup file."""
    name = path.name
    if name.endswith(_ATTACHMENTS + ".tmp"):
        name = name[:-len(".tmp")]
    elif not name.endswith(_ATTACHMENTS):
        return False
    backup = path.with_name(name[:-len(_ATTACHMENTS)] + ".db")
    if not backups.parse_backup_name(db_path, backup):
        return False
    return path.name.endswith(".tmp") or not backup.exists()


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        backups.remove_with_journal(path)


def clean_up(db_path: Path | None = None) -> list[Path]:
    """Remove the temporary copies a crash left (of `db_path`, and every registered one); the removed."""
    removed = []
    candidates = leftovers_of(db_path) if db_path is not None else []
    registered = _read_register()
    candidates += [Path(line) for line in registered if line.endswith(".tmp")
                   and any(backups.sibling(Path(line), s).exists() for s in ("",) + backups.SIDE_SUFFIXES)]
    for tmp in candidates:
        try:
            _remove(tmp)
            removed.append(tmp)
        except OSError as exc:  # in use (Windows) or read-only: try again at the next start
            log.warning("Achtergebleven kopie %s niet verwijderd: %s", tmp, exc)
    if registered:
        still = [line for line in registered if any(backups.sibling(Path(line), s).exists()
                                                    for s in ("",) + backups.SIDE_SUFFIXES)]
        try:
            _write_register(still)
        except OSError as exc:
            log.warning("Register van tijdelijke bestanden niet bijgewerkt: %s", exc)
    for tmp in removed:
        log.warning("Achtergebleven kopie na een onderbreking verwijderd: %s", tmp)
    return removed
