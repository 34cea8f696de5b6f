"""Write a file so that the target path holds either the old file or the complete new one, never half.

The workbook is written to a temporary file in the target's own folder (so the final rename stays
on one disk and is atomic) and renamed over the target only when it is complete.

`read_capped` is the other way: the bytes of a file given by the user, refused in Dutch when it is
no ordinary file (a folder, a pipe, /dev/zero) or larger than the caller expects.
"""
from __future__ import annotations

import contextlib
import errno
import logging
import os
import stat
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)


class TargetError(OSError):
    """The target file cannot be written; the message says in Dutch why and what to do."""


def temp_path_beside(target: Path) -> Path:
    """A new, empty temporary file in the target's folder (hidden, recognisable, .tmp)."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise TargetError(f"De map {folder} bestaat niet. Kies een bestaande map.")
    if target.is_dir():
        # The example keeps the kind of file asked for (a PDF is no workbook): 'x.pdf/' -> 'x.pdf/wijkdesk.pdf'.
        example = target / f"wijkdesk{target.suffix.lower() if target.suffix.lower() in ('.pdf', '.png') else '.xlsx'}"
        raise TargetError(f"{target} is een map. Kies een bestandsnaam, bijvoorbeeld {example}.")
    try:
        fd, name = tempfile.mkstemp(prefix=f".~{target.stem}.", suffix=".tmp", dir=folder)
    except PermissionError:
        raise TargetError(f"Geen schrijfrechten in de map {folder}. Kies een andere map.") from None
    os.close(fd)
    return Path(name)


def save_workbook(wb, tmp: Path) -> None:
    """Save an openpyxl workbook to `tmp`: zipped in memory, then written and synced in one go.

    openpyxl's zip writer on a full disk fails, and then fails again when the garbage collector
    closes it ("Exception ignored ... Traceback" after our message). Zipping into memory keeps
    every disk error in this one write, where it is raised once and handled.
    """
    write_synced(tmp, workbook_bytes(wb))


def workbook_bytes(wb):
    """An openpyxl workbook zipped in memory (see save_workbook)."""
    import io

    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getbuffer()


def write_synced(tmp: Path, data) -> None:
    """Write `data` (bytes) to `tmp` and sync it to the disk: a full disk fails here, before the rename."""
    fd = os.open(tmp, os.O_WRONLY | os.O_TRUNC | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    try:
        view = memoryview(data)
        written = 0
        while written < len(view):
            written += os.write(fd, view[written:])
        os.fsync(fd)
    finally:
        os.close(fd)


def write_file(target: Path | str, data: bytes) -> Path:
    """Write a whole file so that `target` holds the old file or the complete new one, never half."""
    target = Path(target)
    tmp = temp_path_beside(target)
    try:
        write_synced(tmp, data)
        replace_target(tmp, target)
    except BaseException:
        remove_quietly(tmp)
        raise
    return target


def file_error_text(exc: OSError) -> str:
    """A Dutch message for a file that could not be written: our own (TargetError) as it is, a full
    disk and a read-only place in the same words as the command line, anything else with the system's."""
    if isinstance(exc, TargetError):
        return str(exc)
    if exc.errno == errno.ENOSPC:
        return "De schijf is vol: het bestand is niet geschreven. Maak ruimte vrij en probeer het opnieuw."
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ("WijkDesk mag hier niet schrijven: de map of de schijf is alleen-lezen. Kies een plek waar u "
                "mag schrijven.")
    return f"Het bestand kan niet worden geschreven: {exc.strerror or exc}"


def replace_target(tmp: Path, target: Path) -> None:
    """Move the finished temporary file over the target."""
    try:
        os.replace(tmp, target)
    except PermissionError:
        remove_quietly(tmp)
        raise TargetError(
            f"{target} kan niet worden overschreven: is het bestand nog open in Excel? "
            "Sluit het en probeer het opnieuw."
        ) from None


def remove_quietly(path: Path | str | None) -> None:
    if path:
        with contextlib.suppress(FileNotFoundError):
            os.remove(path)


class UnreadableFile(ValueError):
    """A file read_capped refuses; the message is the Dutch reason, to follow the file's name."""


def read_capped(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file `path`, at most `limit` of them, or UnreadableFile with the reason.

    A folder, a pipe (FIFO) or a device such as /dev/zero given as a file is refused before it is
    opened: reading a pipe waits for ever and /dev/zero never ends. The size is checked twice, before
    (st_size) and while reading (never more than limit + 1 bytes), for a file that grows or is swapped.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise UnreadableFile("bestaat niet") from None
    except PermissionError:
        raise UnreadableFile("mag niet gelezen worden (geen leesrechten)") from None
    except OSError as exc:
        raise UnreadableFile(f"kan niet gelezen worden ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableFile("is een map, geen bestand")
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFile("is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp)")
    too_big = UnreadableFile(f"is groter dan {_size_text(limit)}; dit is niet het bestand dat WijkDesk verwacht")
    if info.st_size > limit:
        raise too_big
    try:
        # O_NONBLOCK: a pipe put in the file's place after the check above gives no data, it does not wait
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as fh:
            data = fh.read(limit + 1)
    except PermissionError:
        raise UnreadableFile("mag niet gelezen worden (geen leesrechten)") from None
    except OSError as exc:
        raise UnreadableFile(f"kan niet gelezen worden ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise too_big
    return data


class NotText(UnreadableFile):
    """A file read_text_capped refuses because its bytes are no text in the expected encoding."""


def read_text_capped(path: Path | str, limit: int, encoding: str = "utf-8") -> str:
    """`read_capped`, decoded; NotText ('is geen UTF-8-tekst') when the bytes do not decode."""
    data = read_capped(path, limit)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise NotText("is geen UTF-8-tekst") from None


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size // (1024 * 1024)} MB"
    return f"{size // 1024} kB" if size >= 1024 else f"{size} bytes"
