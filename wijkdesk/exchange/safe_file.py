"""Write a file so that the target path holds either the old file or the complete new one, never half.

The workbook is written to a temporary file in the target's own folder (so the final rename stays
on one disk and is atomic) and renamed over the target only when it is complete.
"""
from __future__ import annotations

import contextlib
import logging
import os
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
        raise TargetError(f"{target} is een map. Kies een bestandsnaam, bijvoorbeeld {target / 'wijkdesk.xlsx'}.")
    try:
        fd, name = tempfile.mkstemp(prefix=f".~{target.stem}.", suffix=".tmp", dir=folder)
    except PermissionError:
        raise TargetError(f"Geen schrijfrechten in de map {folder}. Kies een andere map.") from None
    os.close(fd)
    return Path(name)


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
