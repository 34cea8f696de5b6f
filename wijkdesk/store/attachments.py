"""Attachments (receipts, later photos and documents) kept beside the database, by content.

A file is stored once under the SHA-256 of its bytes in `<database name>-bijlagen/` next to the
database file; the database keeps the path relative to the database's folder
(`wijk-bijlagen/3f/3fa9…c2.pdf`), so the database and its folder move together to another laptop or
into a backup. The same receipt attached twice is one file. Adding copies to a temporary name first
and renames it into place, so a failed copy (disk full, unreadable source) leaves no half file and
raises OSError for the caller's change to roll back. A file is removed only when no row refers to it
(`remove_unreferenced`, called by services/bijlagen_opruimen where no undo step exists yet), so undo
can always find it again.

Beside an encrypted database the attachments are encrypted too, with the database's key: each file is
then a one-row SQLCipher file (the same AES-256 and page authentication as the database, no other
crypto library), named by the SHA-256 of its plain content as before. `readable_copy` gives a plain
file to show: a temporary copy, removed when the program ends. `store/encryption.py` converts the
attachments with the database (`convert_all`).
"""
from __future__ import annotations

import atexit
import hashlib
import logging
import os
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import Iterable

from wijkdesk.store import cipher

log = logging.getLogger(__name__)

CHUNK = 1 << 20


def folder(db_path: Path) -> Path:
    """Where the attachments of the database at `db_path` live."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.stem + "-bijlagen")


def digest(path: Path) -> str:
    """The SHA-256 of a file's bytes, hex (of its plain content when it is an encrypted attachment)."""
    if cipher.is_encrypted(path):
        try:
            return hashlib.sha256(_decrypt(Path(path))).hexdigest()
        except Exception:  # no key that fits, or damaged: its content cannot be vouched for
            return ""
    sha = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            sha.update(block)
    return sha.hexdigest()


def _database_key(db_path: Path) -> cipher.FileKey | None:
    """The key of the database when it is encrypted (from the keyring: it is open), else None."""
    return cipher.key_for_file(db_path, ask=False) if Path(db_path).exists() else None


def _write_encrypted(target: Path, data: bytes, key: cipher.FileKey) -> None:
    conn = cipher.connect(target, key)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("CREATE TABLE bijlage (inhoud BLOB NOT NULL)")
        conn.execute("INSERT INTO bijlage VALUES (?)", (data,))
        conn.commit()
    finally:
        conn.close()


def _decrypt(path: Path) -> bytes:
    """The plain content of an encrypted attachment (its key from the keyring)."""
    conn = cipher.connect(path, cipher.key_for_file(path, ask=False), readonly=True)
    try:
        return bytes(conn.execute("SELECT inhoud FROM bijlage").fetchone()[0])
    finally:
        conn.close()


def write_bytes(target: Path, data: bytes, key: cipher.FileKey | None) -> None:
    """Write `data` to `target` the way attachments are kept: encrypted with `key` (a one-row SQLCipher
    file), or plain when `key` is None; in one rename. Also used for the erasure list (`store.erasures`)."""
    _write(target, data, key)


def read_bytes(path: Path) -> bytes:
    """The plain content of a file written by `write_bytes` (decrypted with a key from the keyring)."""
    path = Path(path)
    return _decrypt(path) if cipher.is_encrypted(path) else path.read_bytes()


def _write(target: Path, data: bytes, key: cipher.FileKey | None) -> None:
    """Write `data` (encrypted with `key`, or plain) to `target` via a temporary name and a rename."""
    temporary = target.with_name(target.name + ".tmp")
    temporary.unlink(missing_ok=True)
    try:
        if key is not None:
            _write_encrypted(temporary, data, key)
        else:
            with open(temporary, "wb") as dst:
                dst.write(data)
                dst.flush()
                os.fsync(dst.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _suffix(source: Path) -> str:
    suffix = source.suffix.lower()
    return suffix if suffix[1:].isalnum() and len(suffix) <= 8 else ""


class GrewTooLarge(OSError):
    """The source grew past the limit while it was copied (checked before, larger now: a scan still being
    written, a file being downloaded)."""


def add(db_path: Path, source: Path, key: cipher.FileKey | None = None, max_bytes: int | None = None) -> str:
    """Store a copy of `source`; returns its path relative to the database's folder. Raises OSError.

    Encrypted when the database is (its key from the keyring), or with `key` for a database still being
    made (an encrypted offline copy: no attachment of it is ever written in plain text)."""
    db_path, source = Path(db_path), Path(source)
    key = key or _database_key(db_path)
    # The name is the hash of the bytes stored, read once: hashed first and copied after, a file that
    # changed in between (a scan still being written) was stored under another content's name. A file of
    # that name already there is kept only when its content is that (not by its size): an altered one,
    # which `check` reports, is replaced by adding the receipt again.
    if key is not None:
        with open(source, "rb") as handle:
            data = handle.read() if max_bytes is None else handle.read(max_bytes + 1)
        if max_bytes is not None and len(data) > max_bytes:
            raise GrewTooLarge(27, "het bestand werd tijdens het kopiëren groter dan toegestaan")
        sha = hashlib.sha256(data).hexdigest()
        target = _place(db_path, sha, source)
        if not (target.is_file() and digest(target) == sha):
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                _write(target, data, key)
            except cipher.Error as exc:
                raise OSError(f"versleutelen mislukt: {exc}") from exc
        return target.relative_to(db_path.parent).as_posix()
    base = folder(db_path)
    base.mkdir(parents=True, exist_ok=True)
    temporary = base / f"{uuid.uuid4().hex}.tmp"  # left out of stored_files, as every .tmp
    try:
        sha = _copy_hashing(source, temporary, max_bytes)
        target = _place(db_path, sha, source)
        if not (target.is_file() and digest(target) == sha):
            target.parent.mkdir(exist_ok=True)
            os.replace(temporary, target)  # a backup's hard link keeps its own copy
    finally:
        temporary.unlink(missing_ok=True)
    return target.relative_to(db_path.parent).as_posix()


def _place(db_path: Path, sha: str, source: Path) -> Path:
    return folder(db_path) / sha[:2] / f"{sha}{_suffix(source)}"


def _copy_hashing(source: Path, target: Path, max_bytes: int | None = None) -> str:
    """Copy `source` to `target` (synced) and return the SHA-256 of the bytes written; GrewTooLarge past
    `max_bytes` (the limit is checked on the bytes copied, not on the size seen before)."""
    sha = hashlib.sha256()
    written = 0
    with open(source, "rb") as src, open(target, "wb") as dst:
        for block in iter(lambda: src.read(CHUNK), b""):
            written += len(block)
            if max_bytes is not None and written > max_bytes:
                raise GrewTooLarge(27, "het bestand werd tijdens het kopiëren groter dan toegestaan")
            sha.update(block)
            dst.write(block)
        dst.flush()
        os.fsync(dst.fileno())
    return sha.hexdigest()


def resolve(db_path: Path, stored: str) -> Path:
    """The file of a stored attachment path (relative to the database's folder; old rows are absolute)."""
    path = Path(stored)
    return path if path.is_absolute() else Path(db_path).parent / path


def locate(db_path: Path, stored: str) -> Path:
    """The file of a stored attachment: where the row says (`resolve`), else the same file in this
    database's own attachment folder. A database copied or restored under another name keeps rows that
    name the folder of its old name (`oud-bijlagen/3f/…`) while its files may sit in its own."""
    path = resolve(db_path, stored)
    if path.is_file():
        return path
    relative = relative_name(stored)
    if relative is not None:
        own = folder(db_path) / relative
        if own.is_file():
            return own
    return path


_shown: Path | None = None  # temporary folder of decrypted copies, removed at exit


def _remove_shown() -> None:
    if _shown is not None:
        shutil.rmtree(_shown, ignore_errors=True)


def readable_copy(db_path: Path, stored: str) -> Path:
    """A file with the attachment's plain content, to show: the file itself when it is not encrypted,
    else a decrypted copy in a private temporary folder that is removed when WijkDesk ends."""
    global _shown
    path = locate(db_path, stored)
    if not path.is_file() or not cipher.is_encrypted(path):
        return path
    if _shown is None:
        _shown = Path(tempfile.mkdtemp(prefix="wijkdesk-bijlagen-"))
        atexit.register(_remove_shown)
    copy = _shown / path.name
    if not copy.exists():
        copy.write_bytes(_decrypt(path))
    return copy


def convert_all(db_path: Path, old_key: cipher.FileKey | None, new_key: cipher.FileKey | None) -> int:
    """Encrypt, decrypt or re-key every attachment of the database (with `store/encryption.py`);
    each file is replaced in one rename. Files that do not open with `old_key` are left as they are."""
    done = 0
    for path in stored_files(db_path):
        try:
            encrypted = cipher.is_encrypted(path)
            if (old_key is None) == encrypted:
                continue  # already in another form than expected: not ours to touch
            data = _decrypt(path) if encrypted else path.read_bytes()
            _write(path, data, new_key)
            done += 1
        except (OSError, cipher.DatabaseOpenError, *cipher.Error) as exc:
            log.warning("Bijlage %s niet omgezet: %s", path.name, exc)
    return done


def is_managed(db_path: Path, stored: str) -> bool:
    """True when `stored` names a file in this database's attachment folder."""
    try:
        resolve(db_path, stored).resolve().relative_to(folder(db_path).resolve())
    except ValueError:
        return False
    return True


def problem(db_path: Path, stored: str) -> str | None:
    """'ontbreekt' when the file is gone, 'gewijzigd' when its bytes no longer match its name, else None."""
    path = locate(db_path, stored)
    if not path.is_file():
        return "ontbreekt"
    # A managed file is named by the SHA-256 of its content, in this folder or one of an older name.
    managed = is_managed(db_path, stored) or relative_name(stored) is not None
    # An empty digest (an encrypted file that cannot be read: damaged, or cut short to a size that looks
    # encrypted) is no match: every name starts with the empty text, and such a file went unreported.
    if managed and not path.name.split(".", 1)[0] == digest(path):
        return "gewijzigd"
    return None


def stored_files(db_path: Path) -> list[Path]:
    """Every attachment file under the folder (for backups)."""
    base = folder(db_path)
    if not base.is_dir():
        return []
    return sorted(p for p in base.rglob("*") if p.is_file() and not p.name.endswith(".tmp"))


def remove_unreferenced(db_path: Path, referenced: Iterable[str]) -> list[Path]:
    """Delete attachment files in this database's folder no row refers to (and leftovers of failed
    copies); returns what went. A row of a database copied or restored under another name names the
    folder of the old name (`oud-bijlagen/3f/…`): its file in this folder is kept all the same."""
    keep, keep_inside = set(), set()
    for stored in referenced:
        if not stored:
            continue
        inside = relative_name(stored)
        if inside is not None:  # ours: compared by name, no file system call per row
            keep_inside.add(inside)
        else:  # an old absolute or odd path: compared by the file it resolves to
            keep.add(resolve(db_path, stored).resolve())
    removed = []
    base = folder(db_path)
    if not base.is_dir():
        return removed
    # os.walk, not Path.rglob: at the start of the window with 10,000 receipts the difference is a
    # second (names are compared as strings; only a file about to go is resolved).
    for top, _dirs, names in os.walk(base):
        inside_top = os.path.relpath(top, base).replace(os.sep, "/")
        for name in names:
            if (name if inside_top == "." else f"{inside_top}/{name}") in keep_inside:
                continue
            path = Path(top, name)
            if path.resolve() in keep:
                continue
            try:
                path.unlink()
                removed.append(path)
            except OSError as exc:
                log.warning("Bijlage %s niet opgeruimd: %s", path, exc)
    return removed


def link_or_copy(source: Path, target: Path) -> bool:
    """Put `source` at `target` (which must not exist yet) as a hard link, or as a copy where linking
    fails (another disk, FAT, a network share). Attachment files are never rewritten in place (they
    are replaced by a rename), so a link shares nothing that can change under it. True when linked."""
    source, target = Path(source), Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
        return True
    except FileExistsError:
        raise
    except OSError:
        pass
    _copy_durably(source, target)
    return False


def _copy_durably(source: Path, target: Path) -> None:
    """Copy through a temporary file, synced, then renamed: `target` is the whole file or absent,
    whatever stops the copy (a full disk, Ctrl+C)."""
    temporary = target.with_name(target.name + ".tmp")
    try:
        with open(source, "rb") as src, open(temporary, "wb") as dst:
            for block in iter(lambda: src.read(CHUNK), b""):
                dst.write(block)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def add_missing(pairs: Iterable[tuple[Path, Path]]) -> int:
    """Link or copy each (source, target) whose target is not there yet; never replaces a file that is
    there (same name = same content). Raises OSError; returns how many files were added."""
    added = 0
    for source, target in pairs:
        if Path(target).exists():
            continue
        try:
            link_or_copy(source, target)
        except FileExistsError:
            continue
        added += 1
    return added


def relative_name(stored: str) -> str | None:
    """`wijk-bijlagen/3f/3fa9….pdf` -> `3f/3fa9….pdf`: a managed file's place inside any attachment
    folder; None for a path that is not one of ours (an old absolute path)."""
    # String work, not Path: the clean-up at the window's start and every backup ask this for each
    # receipt (10,000 Path parses cost most of a second). `add` writes them as `folder/xx/name`.
    text = str(stored)
    parts = text.replace("\\", "/").split("/")
    if (len(parts) != 3 or not all(parts) or not parts[0].endswith("-bijlagen") or ":" in parts[0]
            or os.path.isabs(text)):
        return None
    return f"{parts[1]}/{parts[2]}"
