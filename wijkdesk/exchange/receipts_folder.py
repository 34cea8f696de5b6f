"""The receipts that travel with the finance workbook: a folder `<workbook name>-bonnetjes` beside it.

Each file is named by the expense's WijkDesk-ID and invoice number (`<ID>_<factuurnummer>.pdf`; a second
receipt of the same expense `<ID>_<factuurnummer>_2.pdf`), never by the name the user's file had (that can
name a resident). The Uitgaven sheet lists them in its Bonnetjes column, relative to the workbook, so the
folder and the workbook can be mailed or copied together. Beside an encrypted database the services hand
out a decrypted copy: the folder never holds ciphertext.

The folder is built as `<name>.tmp` and takes the place of the old one only once the workbook is saved,
so a cancelled or failed export leaves the previous folder as it was.
"""
from __future__ import annotations

import logging
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from wijkdesk.services.errors import ServiceError

log = logging.getLogger(__name__)

# Characters Windows refuses in a file name, and control characters; a run of them becomes one '-'.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
MAX_INVOICE_CHARS = 60
MISSING = "ontbreekt"


def folder_for(workbook: Path) -> Path:
    return workbook.with_name(f"{workbook.stem}-bonnetjes")


def safe_part(text: str) -> str:
    """An invoice number as part of a file name: no path separators or reserved characters."""
    cleaned = _UNSAFE.sub("-", text or "").strip(" .-")
    return cleaned[:MAX_INVOICE_CHARS]


@dataclass
class ReceiptsFolder:
    """The folder being built: what each expense got (uuid -> texts for its Bonnetjes cell)."""

    workbook: Path
    per_expense: dict[str, list[str]] = field(default_factory=dict)
    copied: int = 0
    missing: int = 0

    @property
    def final(self) -> Path:
        return folder_for(self.workbook)

    @property
    def building(self) -> Path:
        return self.final.with_name(self.final.name + ".tmp")

    @property
    def old(self) -> Path:
        return self.final.with_name(self.final.name + ".oud")

    def start(self) -> None:
        # Before anything is written: a FILE under one of our three names is the user's own (we only ever
        # make folders there). Going on would rename it to .oud silently, or fail after the workbook was
        # already replaced; so refuse and name it.
        for path in (self.final, self.building, self.old):
            if (path.exists() or path.is_symlink()) and not path.is_dir():
                raise ServiceError(
                    f"Naast de werkmap staat al een bestand '{path.name}'. Daar maakt WijkDesk de map met "
                    "bonnetjes. Hernoem of verplaats dat bestand, kies een andere naam voor de werkmap, of "
                    "exporteer zonder bonnetjes. Er is niets geschreven.")
        # A left-over .tmp of a killed export is ours (its name says so): start from nothing.
        shutil.rmtree(self.building, ignore_errors=True)

    def add(self, uitgave_uuid: str, factuurnummer: str, suffix: str, readable) -> None:
        """Copy one receipt (`readable()` gives the plain file) under its ID-and-invoice name."""
        done = self.per_expense.setdefault(uitgave_uuid, [])
        number = len(done) + 1
        invoice = safe_part(factuurnummer)
        stem = f"{uitgave_uuid}_{invoice}" if invoice else uitgave_uuid
        name = f"{stem}{'' if number == 1 else f'_{number}'}{suffix}"
        try:
            source = Path(readable())
            if not source.is_file():
                raise FileNotFoundError(str(source))
        except (ServiceError, FileNotFoundError) as exc:
            log.warning("Bonnetje bij uitgave %s ontbreekt: %s", uitgave_uuid, exc)
            done.append(f"{MISSING}: {name}")
            self.missing += 1
            return
        self.building.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, self.building / name)
        done.append(f"{self.final.name}/{name}")
        self.copied += 1

    def cell(self, uitgave_uuid: str) -> str | None:
        texts = self.per_expense.get(uitgave_uuid)
        return "; ".join(texts) if texts else None

    def put_in_place(self) -> Path | None:
        """After the workbook is saved: the new folder replaces the old one (None when no file was copied)."""
        if not self.building.exists():
            return None
        old = self.old
        shutil.rmtree(old, ignore_errors=True)
        if self.final.exists():
            self.final.rename(old)
        self.building.rename(self.final)
        shutil.rmtree(old, ignore_errors=True)
        return self.final

    def discard(self) -> None:
        shutil.rmtree(self.building, ignore_errors=True)
