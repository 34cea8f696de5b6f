"""Attachments (receipts, later photos and documents) kept beside the database, by content.

A file is stored once under the SHA-256 of its bytes in `<database name>-bijlagen/` next to the
database file; the database keeps the path relative to the database's folder
(`wijk-bijlagen/3f/3fa9…c2.pdf`), so the database and its folder move together to another laptop or
into a backup. The same receipt attached twice is one file. Adding copies to a temporary name first
and renames it into place, so a failed copy (disk full, unreadable source) leaves no half file and
raises OSError for the caller's change to roll back. A file is removed only when no row refers to it
(`remove_unreferenced`), so undo can always find it again.
"""
from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path
from typing import Iterable

log = logging.getLogger(__name__)

CHUNK = 1 << 20


def folder(db_path: Path) -> Path:
    """Where the attachments of the database at `db_path` live."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.stem + "-bijlagen")


def digest(path: Path) -> str:
    """The SHA-256 of a file's bytes, hex."""
    sha = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            sha.update(block)
    return sha.hexdigest()


def _suffix(source: Path) -> str:
    suffix = source.suffix.lower()
    return suffix if suffix[1:].isalnum() and len(suffix) <= 8 else ""


def add(db_path: Path, source: Path) -> str:
    """Store a copy of `source`; returns its path relative to the database's folder. Raises OSError."""
    db_path, source = Path(db_path), Path(source)
    sha = digest(source)
    target_dir = folder(db_path) / sha[:2]
    target = target_dir / f"{sha}{_suffix(source)}"
    relative = target.relative_to(db_path.parent).as_posix()
    if target.is_file() and target.stat().st_size == source.stat().st_size:
        return relative  # the same content is there already
    target_dir.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    try:
        with open(source, "rb") as src, open(temporary, "wb") as dst:
            for block in iter(lambda: src.read(CHUNK), b""):
                dst.write(block)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(temporary, target)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise
    return relative


def resolve(db_path: Path, stored: str) -> Path:
    """The file of a stored attachment path (relative to the database's folder; old rows are absolute)."""
    path = Path(stored)
    return path if path.is_absolute() else Path(db_path).parent / path


def is_managed(db_path: Path, stored: str) -> bool:
    """True when `stored` names a file in this database's attachment folder."""
    try:
        resolve(db_path, stored).resolve().relative_to(folder(db_path).resolve())
    except ValueError:
        return False
    return True


def problem(db_path: Path, stored: str) -> str | None:
    """'ontbreekt' when the file is gone, 'gewijzigd' when its bytes no longer match its name, else None."""
    path = resolve(db_path, stored)
    if not path.is_file():
        return "ontbreekt"
    if is_managed(db_path, stored) and not path.name.startswith(digest(path)):
        return "gewijzigd"
    return None


def stored_files(db_path: Path) -> list[Path]:
    """Every attachment file under the folder (for backups)."""
    base = folder(db_path)
    if not base.is_dir():
        return []
    return sorted(p for p in base.rglob("*") if p.is_file() and not p.name.endswith(".tmp"))


def remove_unreferenced(db_path: Path, referenced: Iterable[str]) -> list[Path]:
    """Delete attachment files no row refers to (and leftovers of failed copies); returns what went."""
    keep = {resolve(db_path, s).resolve() for s in referenced if s}
    removed = []
    base = folder(db_path)
    if not base.is_dir():
        return removed
    for path in base.rglob("*"):
        if path.is_file() and path.resolve() not in keep:
            try:
                path.unlink()
                removed.append(path)
            except OSError as exc:
                log.warning("Bijlage %s niet opgeruimd: %s", path, exc)
    return removed
