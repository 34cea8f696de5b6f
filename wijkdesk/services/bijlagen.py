"""Bijlagen: receipts, photos and documents attached to a grant, an expense, a goal or a progress entry.

A row (`Bijlage`) names its subject by table and UUID and keeps the file's original name; the file itself
is stored by `store.attachments` beside the database (by content, encrypted when the database is), inside
the same change as the row: a copy that fails (unreadable file, full disk, read-only folder) rolls the
row back and leaves nothing half-written. Adding and removing are ordinary changes, so Ctrl+Z works;
removing leaves the file on disk (undo must find it again; services/bijlagen_opruimen removes files no row
names when the window opens the database, before there is anything to undo).
Views never touch the files: they ask `readable_file` for something to open.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from wijkdesk.domain.control_chars import strip_control_chars
from wijkdesk.services import changes, common
from wijkdesk.services.errors import ServiceError, ValidationError
from wijkdesk.store import attachments, database
from wijkdesk.store.models import Bijlage, Doel, Meedoenbudget, Toekenning, Uitgave, Voortgang

log = logging.getLogger(__name__)

SOORTEN = ("bon", "foto", "document", "verslag")
SOORT_NAMEN = {"bon": "bon of factuur", "foto": "foto", "document": "document", "verslag": "verslag"}
# The subjects an attachment can belong to: table name -> (model, Dutch name).
ONDERWERPEN = {
    "toekenning": (Toekenning, "toekenning"),
    "uitgave": (Uitgave, "uitgave"),
    "doel": (Doel, "doel"),
    "voortgang": (Voortgang, "voortgangsmelding"),
}
# A receipt, a photo or a scanned report is a few MB; a larger file is almost always a mistake (a video,
# a whole photo folder zipped) and would make every backup heavy.
MAX_BYTES = 50 * 1024 * 1024
_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_FOTO = {".jpg", ".jpeg", ".png", ".heic", ".gif", ".webp", ".tif", ".tiff", ".bmp"}


@dataclass(frozen=True)
class BijlageRij:
    """An attachment as a list shows it."""

    id: int
    soort: str
    naam: str
    grootte: int
    omschrijving: str
    aangemaakt_op: object
    ontbreekt: bool


def _db_path() -> Path:
    opened = database.current()
    if opened is None:
        raise ValidationError("bijlage", "Er is geen database geopend om de bijlage bij te bewaren.")
    if opened.attachments_anchor is None:  # a server database without its shared folder set
        from wijkdesk.services.budget import SERVER_ATTACHMENTS_MISSING

        raise ValidationError("bijlage", SERVER_ATTACHMENTS_MISSING.replace("bonnetjes", "bijlagen")
                              .replace("het bonnetje", "de bijlage"))
    return Path(opened.attachments_anchor)


def subject(tabel: str, ref):
    """The grant, expense, goal or progress entry an attachment belongs to (an id, a UUID or the row)."""
    if tabel not in ONDERWERPEN:
        raise ValidationError("onderwerp_tabel", f"Een bijlage kan niet bij '{tabel}' horen; kies uit "
                                                 f"{', '.join(ONDERWERPEN)}.")
    model, naam = ONDERWERPEN[tabel]
    if isinstance(ref, str) and len(ref) == 36:
        row = model.get_or_none(model.uuid == ref)
        if row is None:
            raise common.NotFoundError(f"Deze {naam} bestaat niet (meer); misschien is hij net verwijderd.")
        return row
    return common.get(model, ref, naam)


def _wijk_id(tabel: str, row) -> int:
    if tabel in ("toekenning", "uitgave"):
        return Meedoenbudget.select(Meedoenbudget.wijk).where(Meedoenbudget.id == row.budget_id).scalar()
    if tabel == "doel":
        return row.wijk_id
    return Doel.select(Doel.wijk).where(Doel.id == row.doel_id).scalar()


def guess_soort(name: str) -> str:
    """'foto' for an image file, else 'document' (a receipt is chosen as 'bon' by the user)."""
    return "foto" if Path(name).suffix.lower() in _FOTO else "document"


def clean_name(name: str) -> str:
    """The original file name as it can be stored and shown: valid text, no control characters, at most
    255 characters (the extension kept)."""
    # A Linux file name may hold bytes that are no UTF-8 (Python keeps them as surrogates): show them as '?'.
    name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace").replace("\ufffd", "?")
    # Bidirectional overrides make 'verslag<RLO>gnp.exe' look like 'verslagexe.png': never shown.
    name = _BIDI.sub("", strip_control_chars(name)).replace("\t", " ").replace("\n", " ").replace("\r", " ").strip()
    if len(name) > 255:
        suffix = Path(name).suffix[:20]
        name = name[:255 - len(suffix)] + suffix
    return name or "bijlage"


def _size_text(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.0f} MB".replace(".", ",")
    return f"{max(1, n // 1024)} kB"


def check_source(bron) -> tuple[Path, int]:
    """The file the user chose, checked before anything is written: it exists, is a file, can be read,
    and is not too large. Returns (path, size); a Dutch ValidationError otherwise."""
    text = "" if bron is None else str(bron).strip()
    if not text:
        raise ValidationError("bijlage", "Kies een bestand om bij te voegen.")
    path = Path(text)
    shown = clean_name(path.name)
    if not path.exists():
        raise ValidationError("bijlage", f"Het bestand '{shown}' bestaat niet (meer). Kies het opnieuw.")
    if path.is_dir():
        raise ValidationError("bijlage", f"'{shown}' is een map, geen bestand. Kies een bestand in die map.")
    if not path.is_file():
        # A pipe, socket or device (/dev/zero): no document to keep, and reading it may never end.
        raise ValidationError("bijlage", f"'{shown}' is geen gewoon bestand (maar bijvoorbeeld een apparaat of "
                                         "pijp). Kies een document, foto of scan.")
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            handle.read(1)
    except OSError as exc:
        raise ValidationError("bijlage", f"Het bestand '{shown}' kan niet worden gelezen "
                                         f"({exc.strerror or exc}). Controleer of u het mag openen, of kopieer "
                                         "het eerst naar uw eigen map.") from None
    if size == 0:
        raise ValidationError("bijlage", f"Het bestand '{shown}' is leeg (0 bytes). Kies het goede bestand.")
    if size > MAX_BYTES:
        raise ValidationError("bijlage", f"Het bestand '{shown}' is {_size_text(size)}; een bijlage mag hoogstens "
                                         f"{_size_text(MAX_BYTES)} zijn. Verklein de foto of scan het document "
                                         "opnieuw met een lagere resolutie.")
    return path, size


def add(tabel: str, ref, bron, soort: str | None = None, omschrijving: str = "") -> Bijlage:
    """Attach the file `bron` to a grant, expense, goal or progress entry; one change (undoable).

    The file is copied beside the database inside the change: when the copy fails, the change rolls back
    and a Dutch message says why. The same file attached twice is stored once.
    """
    row = subject(tabel, ref)
    source, size = check_source(bron)
    soort = soort or guess_soort(source.name)
    common.choice("soort", soort, SOORTEN, label="Soort bijlage")
    omschrijving = common.text("omschrijving", omschrijving, label="Omschrijving", max_len=200)
    db_path = _db_path()
    values = {"wijk": _wijk_id(tabel, row), "onderwerp_tabel": tabel, "onderwerp_uuid": row.uuid, "soort": soort,
              "naam": clean_name(source.name), "grootte": size, "omschrijving": omschrijving}
    with changes.change():
        try:
            values["pad"] = attachments.add(db_path, source, max_bytes=MAX_BYTES)
        except OSError as exc:
            raise ValidationError("bijlage", _copy_problem(values["naam"], exc, db_path)) from None
        return common.create_row(Bijlage, values)


def _copy_problem(naam: str, exc: OSError, db_path: Path) -> str:
    """A Dutch sentence for a copy that failed: what happened and what to do."""
    from wijkdesk.services.storage_errors import storage_error_message

    where = attachments.folder(db_path)
    if isinstance(exc, attachments.GrewTooLarge):
        return (f"De bijlage '{naam}' is niet bewaard: het bestand werd tijdens het kopiëren groter dan "
                f"{_size_text(MAX_BYTES)} (wordt het nog geschreven of gedownload?). Er is niets opgeslagen. "
                "Wacht tot het bestand klaar is, verklein het zo nodig, en voeg het opnieuw toe.")
    if isinstance(exc, IsADirectoryError) or exc.errno == 21:  # EISDIR: a folder where the copy must go
        return (f"De bijlage '{naam}' is niet bewaard: in de bijlagenmap {where} staat een map op de plaats "
                "van het bestand. Er is niets opgeslagen. Verwijder of hernoem die map (een ander programma "
                "heeft haar gemaakt) en voeg de bijlage opnieuw toe.")
    if isinstance(exc, PermissionError) or exc.errno in (13, 30):  # EACCES, EROFS
        reason = f"de map {where} is niet beschrijfbaar"
        hint = "Open de database vanuit een map waarin u mag schrijven."
    else:
        reason = storage_error_message(exc) or (exc.strerror or str(exc))
        hint = "Maak ruimte vrij of controleer het bestand, en probeer het opnieuw."
    return f"De bijlage '{naam}' is niet bewaard: {reason}. Er is niets opgeslagen. {hint}"


def remove(bijlage) -> common.Snapshot:
    """Remove an attachment from its subject (undoable: the file stays until nothing refers to it)."""
    row = common.get(Bijlage, bijlage, "bijlage")
    return common.delete_row(row, f"De bijlage '{row.naam}'")


def update(bijlage, *, soort: str | None = None, omschrijving: str | None = None) -> Bijlage:
    """Change an attachment's kind or description (the file stays as it is)."""
    fields = {}
    if soort is not None:
        fields["soort"] = soort
    if omschrijving is not None:
        fields["omschrijving"] = omschrijving

    def validate(values, _current):
        out = {}
        if "soort" in values:
            out["soort"] = common.choice("soort", values["soort"], SOORTEN, label="Soort bijlage")
        if "omschrijving" in values:
            out["omschrijving"] = common.text("omschrijving", values["omschrijving"], label="Omschrijving",
                                              max_len=200)
        return out

    return common.update_row(Bijlage, bijlage, "bijlage", fields, validate)


def get_bijlage(bijlage) -> Bijlage:
    return common.get(Bijlage, bijlage, "bijlage")


def for_subject(tabel: str, ref) -> list[BijlageRij]:
    """The attachments of one grant, expense, goal or progress entry, oldest first."""
    row = subject(tabel, ref)
    opened = database.current()
    db_path = opened.attachments_anchor if opened is not None else None
    rows = (Bijlage.select().where((Bijlage.onderwerp_tabel == tabel) & (Bijlage.onderwerp_uuid == row.uuid))
            .order_by(Bijlage.aangemaakt_op, Bijlage.id))
    return [BijlageRij(b.id, b.soort, b.naam, b.grootte, b.omschrijving, b.aangemaakt_op,
                       db_path is None or not attachments.locate(db_path, b.pad).is_file()) for b in rows]


def count_per_subject(tabel: str, uuids) -> dict[str, int]:
    """UUID -> number of attachments, for the subjects given (one query)."""
    from peewee import fn

    uuids = list(uuids)
    if not uuids:
        return {}
    query = (Bijlage.select(Bijlage.onderwerp_uuid, fn.COUNT(Bijlage.id))
             .where((Bijlage.onderwerp_tabel == tabel) & Bijlage.onderwerp_uuid.in_(uuids))
             .group_by(Bijlage.onderwerp_uuid))
    return dict(query.tuples())


def readable_file(bijlage) -> Path:
    """A file with the attachment's content, to open (a decrypted temporary copy beside an encrypted
    database); a Dutch ServiceError when the file is gone."""
    row = common.get(Bijlage, bijlage, "bijlage")
    db_path = _db_path()
    located = attachments.locate(db_path, row.pad)
    if not located.is_file():
        raise ServiceError(f"Het bestand van de bijlage '{row.naam}' ontbreekt ({row.pad}). Zet het terug uit een "
                           "reservekopie (wijkdesk backup --restore) of voeg het opnieuw toe.")
    try:
        return attachments.readable_copy(db_path, row.pad)
    except OSError as exc:
        raise ServiceError(f"De bijlage '{row.naam}' kan niet worden geopend ({exc.strerror or exc}).") from None


def stored_paths() -> list[str]:
    """Every stored path the attachment rows name (for backups and the clean-up of unreferenced files)."""
    return [p for (p,) in Bijlage.select(Bijlage.pad).distinct().tuples()]


def problems(db_path: Path) -> list[str]:
    """Dutch sentences for attachment files that are missing or altered since they were stored."""
    found = []
    for row in Bijlage.select().order_by(Bijlage.id):
        problem = attachments.problem(db_path, row.pad)
        what = f"De bijlage '{row.naam}' bij {ONDERWERPEN.get(row.onderwerp_tabel, (None, row.onderwerp_tabel))[1]}"
        if problem == "ontbreekt":
            found.append(f"{what} ontbreekt: {row.pad}. Zet het bestand terug uit een reservekopie "
                         "(wijkdesk backup --restore) of voeg het opnieuw toe.")
        elif problem == "gewijzigd":
            found.append(f"{what} is gewijzigd sinds hij werd bewaard: {row.pad}. Zet het oorspronkelijke "
                         "bestand terug uit een reservekopie.")
    return found


def size_text(n: int) -> str:
    """'3 MB', '120 kB': a file size for people."""
    return _size_text(int(n or 0))
